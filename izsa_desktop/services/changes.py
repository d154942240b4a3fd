"""What an operation changed, so each screen can decide what to refresh (Anki's OpChanges idea)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class OpChanges:
    projects: frozenset[str] = field(default_factory=frozenset)  # uuids created/changed/deleted
    all_projects: bool = False  # bulk change: reload everything
    identity: bool = False
    keys: bool = False
    conflicts: bool = False

    @property
    def any(self) -> bool:
        return bool(self.projects) or self.all_projects or self.identity or self.keys or self.conflicts
