"""Entry script of the frozen app (PyInstaller runs it as ``__main__``): the same ``main`` as the
``izsa-desktop`` / ``izsa-desktop-cli`` entry points of the wheel, so the window, ``--version`` and every
CLI sub-command behave exactly as from source."""

import sys

from izsa_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
