"""Workspace identity and settings stored in the workspace itself (key/value)."""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Meta


@dataclass(frozen=True, slots=True)
class Identity:
    role: str = ""  # "district" | "central"
    district: str = ""  # district code for a district office ("" for central)
    office: str = ""
    user: str = ""
    training: bool = False
    created_at: str = ""
    workspace_id: str = ""

    @property
    def configured(self) -> bool:
        return self.role in ("district", "central")


def read_meta(s: Session) -> dict[str, str]:
    return {k: v for k, v in s.execute(select(Meta.key, Meta.value))}


def write_meta(s: Session, **values: str) -> None:
    for k, v in values.items():
        row = s.get(Meta, k)
        if row is None:
            s.add(Meta(key=k, value=v))
        else:
            row.value = v


def read_identity(s: Session) -> Identity:
    m = read_meta(s)
    kw: dict[str, object] = {}
    for f in fields(Identity):
        if f.name in m:
            kw[f.name] = m[f.name] == "1" if f.name == "training" else m[f.name]
    return Identity(**kw)  # type: ignore[arg-type]


def write_identity(s: Session, ident: Identity) -> None:
    write_meta(
        s,
        **{
            f.name: ("1" if getattr(ident, f.name) else "0") if f.name == "training" else getattr(ident, f.name)
            for f in fields(Identity)
        },
    )
