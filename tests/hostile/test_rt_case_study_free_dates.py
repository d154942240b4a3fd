"""Red-team follow-up: a progress update whose date is free text ("2024", "Bahar 2023" — older records kept
it as typed, and a bundle may carry it) crashed the case-study PDF (``date.fromisoformat``). It is shown as
written instead; ISO dates are still formatted."""

from __future__ import annotations

from izsa_desktop.services.export.pdf import words as W


def test_free_text_progress_dates_are_shown_as_written():
    assert W.day("2024", "tr") == "2024"
    assert W.day("Bahar 2023", "en") == "Bahar 2023"
    assert W.day("2024-03-15", "tr") == "15.03.2024"
    assert W.day("2024-03-15", "en") == "2024-03-15"
    assert W.day("", "tr") == ""
