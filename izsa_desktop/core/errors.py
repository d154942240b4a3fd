"""Errors are codes in the core and words in the UI (ui/messages.py maps codes to translated text)."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any


@dataclass(frozen=True, slots=True)
class Issue:
    """One validation finding: a code, the field it concerns, and parameters for the message."""

    code: str
    field: str = ""
    params: dict[str, Any] = dc_field(default_factory=dict)


class IzsaError(Exception):
    """Base of the errors the application reports to users: ``code`` is translated by the UI/CLI."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    def __str__(self) -> str:  # useful in logs and tests; users see the translated text
        if not self.params:
            return self.code
        return f"{self.code} " + ", ".join(f"{k}={v}" for k, v in self.params.items())


class ValidationError(IzsaError):
    def __init__(self, issues: list[Issue]) -> None:
        super().__init__("validation_failed", count=len(issues))
        self.issues = issues
