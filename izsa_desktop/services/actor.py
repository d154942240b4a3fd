"""Who is acting: the name written into audit rows and ``updated_by``.

A workspace stores ONE identity (its office and the name given when it was set up). On a shared
central database, or a district file used by several staff, that name is the same for everybody, so
it cannot say who did something. The acting user is, in order:

1. the name this person gave for themselves, kept in their own per-user settings (the window's
   ``QSettings`` key ``user/name``, i.e. outside the shared database);
2. the operating-system account name (each member of staff logs in as themselves);
3. the workspace identity's user (or office): the single-user fallback of earlier versions.
"""

from __future__ import annotations

import getpass

from .workspace import Workspace

SETTINGS_KEY = "user/name"  # per-user setting (QSettings of the OS account) holding the acting name
MAX_LEN = 120


def os_account() -> str:
    try:
        return getpass.getuser().strip()
    except Exception:  # no login name available (no environment variable, no passwd entry)
        return ""


def acting_user(ws: Workspace, configured: object = "") -> str:
    """The acting user's name (see the module docstring); ``configured`` is the per-user setting."""
    name = str(configured or "").strip() or os_account()
    if not name:
        name = ws.identity.user or ws.identity.office or "?"
    return name[:MAX_LEN]
