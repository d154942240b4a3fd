"""Import preview: the plan that will be applied (counts, records, field-level differences), with the
id-claim alarm (ids central already holds for another district: possible id theft) above everything;
and the district's dataset summary with its own alarm (own records the dataset attributes elsewhere)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.bundles_import import ImportPreview


def show_value(v: Any) -> str:
    if v is None:
        return "—"
    if isinstance(v, str):
        return v
    return json.dumps(v, ensure_ascii=False)


def _district_name(code: str) -> str:
    from .. import labels

    return labels.district(code) if code else "?"


def dataset_summary(pre: Any) -> tuple[str, bool]:
    """The district's dataset preview text and whether it carries an alarm (own records the dataset
    attributes to another district: refused, the rest applies)."""
    ctx = "DatasetPreview"
    counts = pre.plan.counts()
    text = ("\n".join(f"{k}: {v}" for k, v in sorted(counts.items()))
            or QCoreApplication.translate(ctx, "Nothing to change."))
    refused = pre.plan.refused
    if not refused:
        return text, False
    claimants = ", ".join(sorted({_district_name(e.claimed_by) for e in refused}))
    alarm = QCoreApplication.translate(
        "DatasetPreview",
        "ALARM: this dataset attributes {count} of this district's own records to {districts} — possible id "
        "theft. These records are NOT changed here (they keep their values and are sent again with the next "
        "bundle); contact central.")
    lines = [alarm.format(count=len(refused), districts=claimants)]
    item = QCoreApplication.translate("DatasetPreview", "• {title} ({id}): here {own}, in the dataset {other}")
    for e in refused[:10]:
        lines.append(item.format(title=e.before.values.get("title_tr", "") if e.before else "", id=e.id[:8],
                                 own=_district_name(e.before.district if e.before else ""),
                                 other=_district_name(e.claimed_by)))
    return "\n".join(lines) + "\n\n" + text, True


class ImportPreviewDialog(QDialog):
    """Shows ``ImportPreview.plan``; Apply accepts the dialog (the caller applies exactly that plan)."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        m = preview.verified.manifest
        self.setWindowTitle(self.tr("Import bundle {seq} from {district}").format(seq=m.seq, district=m.district))
        c = preview.counts()
        self.summary = QLabel(
            self.tr("New: {new}   Changed: {changed}   Unchanged: {unchanged}   Deleted: {deleted}   "
                    "Conflicting: {conflicting}   Rejected: {rejected}   Likely duplicates: {duplicates}").format(**c),
            self,
        )
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.alarm = QLabel(self)
        self.alarm.setWordWrap(True)
        self.alarm.setTextFormat(Qt.TextFormat.PlainText)
        self.alarm.setStyleSheet("QLabel { color: #b00020; font-weight: bold; }")
        claims = preview.id_claims
        if claims:
            holders = ", ".join(sorted({_district_name(c.holder) for c in claims}))
            self.alarm.setText(self.tr(
                "ALARM: {count} record(s) in this bundle from {district} carry ids already registered to "
                "{holders} — possible id theft. They are not imported; both claims are stored in the "
                "history of each record for review. If the earlier claim is the false one, undo the "
                "bundle that brought it (shown below) and import this district's next bundle."
            ).format(count=len(claims), district=_district_name(m.district), holders=holders))
        self.alarm.setVisible(bool(claims))
        self._claims = {c.id: c for c in claims}
        kinds = {"new": self.tr("new"), "changed": self.tr("changed"), "unchanged": self.tr("unchanged"),
                 "deleted": self.tr("deleted"), "conflicting": self.tr("conflicting"), "rejected": self.tr("rejected")}
        self.entries = [e for e in preview.plan.entries if e.kind != "unchanged" or e.writes]
        self.records = QTableWidget(len(self.entries), 3, self)
        self.records.setHorizontalHeaderLabels([self.tr("Change"), self.tr("Project"), self.tr("Fields")])
        for i, e in enumerate(self.entries):
            self.records.setItem(i, 0, QTableWidgetItem(kinds.get(e.kind, e.kind)))
            self.records.setItem(i, 1, QTableWidgetItem(preview.titles.get(e.id, e.id)))
            self.records.setItem(i, 2, QTableWidgetItem(", ".join(d.field for d in e.diffs)))
        self.records.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.records.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.records.horizontalHeader().setStretchLastSection(True)
        self.diff = QTableWidget(0, 4, self)
        self.diff.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Now"), self.tr("After import"),
                                             self.tr("Conflict")])
        self.diff.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.diff.horizontalHeader().setStretchLastSection(True)
        self.records.currentCellChanged.connect(lambda row, *_: self.show_entry(row))
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.records)
        split.addWidget(self.diff)
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.alarm)
        lay.addWidget(self.summary)
        lay.addWidget(split, 1)
        lay.addWidget(self.buttons)
        self.resize(900, 600)
        if self.entries:
            self.records.selectRow(0)
            self.show_entry(0)

    def show_entry(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        e = self.entries[row]
        conflicts = {c.field: c for c in e.conflicts}
        fields = [d.field for d in e.diffs] + [f for f in conflicts if f not in {d.field for d in e.diffs}]
        diffs = {d.field: d for d in e.diffs}
        claim = self._claims.get(e.id)
        self.diff.setRowCount(len(fields) + (1 if e.reason else 0) + (2 if claim else 0))
        for i, f in enumerate(fields):
            d = diffs.get(f)
            c = conflicts.get(f)
            self.diff.setItem(i, 0, QTableWidgetItem(f))
            self.diff.setItem(i, 1, QTableWidgetItem(show_value(d.old if d else c.central)))  # type: ignore[union-attr]
            self.diff.setItem(i, 2, QTableWidgetItem(show_value(d.new if d else c.provisional)))  # type: ignore[union-attr]
            text = self.tr("central: {central} / incoming: {incoming}").format(
                central=show_value(c.central), incoming=show_value(c.incoming)) if c else ""
            self.diff.setItem(i, 3, QTableWidgetItem(text))
        if e.reason:
            self.diff.setItem(len(fields), 0, QTableWidgetItem(self.tr("Rejected: {reason}").format(reason=e.reason)))
        if claim:
            row = len(fields) + 1
            self.diff.setItem(row, 0, QTableWidgetItem(self.tr("Registered to")))
            self.diff.setItem(row, 1, QTableWidgetItem(_district_name(claim.holder)))
            self.diff.setItem(row, 2, QTableWidgetItem(claim.holder_title))
            self.diff.setItem(row, 3, QTableWidgetItem(self.tr("bundle {id}").format(id=claim.holder_bundle)))
            self.diff.setItem(row + 1, 0, QTableWidgetItem(self.tr("Claimed by")))
            self.diff.setItem(row + 1, 1, QTableWidgetItem(_district_name(claim.claimant)))
            self.diff.setItem(row + 1, 2, QTableWidgetItem(claim.claimant_title or self.tr("(deleted)")))
