"""Every error code the application can raise has a translated message (no raw codes shown to users)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "izsa_desktop"
_PATTERNS = (re.compile(r'IzsaError\(\s*"([a-z_]+)"'), re.compile(r'\bcode\s*=\s*"([a-z][a-z_]+)"'),
             re.compile(r'Issue\(\s*"([a-z_]+)"'))


def raised_codes() -> set[str]:
    codes = set()
    for p in ROOT.rglob("*.py"):
        text = p.read_text(encoding="utf-8")
        for pat in _PATTERNS:
            codes.update(pat.findall(text))
    return codes


def test_every_raised_code_has_a_message(qapp):
    from izsa_desktop.ui import messages

    missing = sorted(raised_codes() - messages.known_codes())
    assert missing == []


def test_unknown_code_falls_back_to_a_readable_text(qapp):
    from izsa_desktop.ui import messages

    assert "no_such_code" in messages.text("no_such_code")
