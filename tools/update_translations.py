"""Regenerate translations: lupdate the sources, fill the .ts files, compile the .qm files.

Turkish texts live in translations/tr_strings/*.json as {"Context": {"English source": "Türkçe"}};
English is the source language, so izsa_en.ts maps each source to itself. Usage:

    python tools/update_translations.py          # update .ts and .qm, list missing Turkish strings
    python tools/update_translations.py --check  # exit 1 if any Turkish string is missing
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
BIN = Path(sys.executable).parent


def tr_strings() -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for f in sorted((TS_DIR / "tr_strings").glob("*.json")):
        for ctx, entries in json.loads(f.read_text(encoding="utf-8")).items():
            for src, dst in entries.items():
                out[(ctx, src)] = dst
    return out


def lupdate(ts: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "izsa_desktop").rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none", "-ts", str(ts)],
        check=True, capture_output=True,
    )


_CLI_CALL = re.compile(r"""\bt\(\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\s*\)""")


def cli_strings() -> list[str]:
    """Strings of ``t("...")`` calls in izsa_desktop/cli (context "Cli"); lupdate cannot see them."""
    found: list[str] = []
    for p in sorted((ROOT / "izsa_desktop" / "cli").glob("*.py")):
        for lit in _CLI_CALL.findall(p.read_text(encoding="utf-8")):
            text = ast.literal_eval(lit)
            if text not in found:
                found.append(text)
    return found


def add_cli_context(root: ET.Element) -> None:
    ctx = next((c for c in root.iter("context") if c.findtext("name") == "Cli"), None)
    if ctx is None:
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = "Cli"
    have = {m.findtext("source") for m in ctx.iter("message")}
    for text in cli_strings():
        if text not in have:
            msg = ET.SubElement(ctx, "message")
            ET.SubElement(msg, "source").text = text
            ET.SubElement(msg, "translation").set("type", "unfinished")


def fill(ts: Path, lang: str, table: dict[tuple[str, str], str]) -> list[tuple[str, str]]:
    tree = ET.parse(ts)
    root = tree.getroot()
    add_cli_context(root)
    root.set("language", {"tr": "tr_TR", "en": "en_GB"}[lang])
    missing = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            src = msg.findtext("source") or ""
            tr_el = msg.find("translation")
            if tr_el is None:
                tr_el = ET.SubElement(msg, "translation")
            value = src if lang == "en" else table.get((name, src))
            if value is None:
                missing.append((name, src))
                tr_el.text = ""
                tr_el.set("type", "unfinished")
            else:
                tr_el.text = value
                tr_el.attrib.pop("type", None)
    ET.indent(tree)
    with open(ts, "wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
    return missing


def main() -> int:
    check = "--check" in sys.argv
    table = tr_strings()
    missing: list[tuple[str, str]] = []
    for lang in ("tr", "en"):
        ts = TS_DIR / f"izsa_{lang}.ts"
        lupdate(ts)
        m = fill(ts, lang, table)
        if lang == "tr":
            missing = m
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(TS_DIR / f"izsa_{lang}.qm")],
                       check=True, capture_output=True)
    for ctx, src in missing:
        print(f"missing tr: [{ctx}] {src!r}")
    print(f"{len(missing)} Turkish strings missing")
    return 1 if (check and missing) else 0


if __name__ == "__main__":
    sys.exit(main())
