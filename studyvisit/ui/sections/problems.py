"""Problems: what the plan checker found; a click shows the records involved."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from studyvisit.records import pick_text
from studyvisit.ui import icons
from studyvisit.ui.i18n import current_language, fill
from studyvisit.ui.sections.base import TableSection
from studyvisit.ui.table_model import Column
from studyvisit.ui.visit_data import LoadedVisit, ProblemRow
from studyvisit.ui.vocabulary import severity_name

CONTEXT = "ProblemColumns"
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
SEVERITY_FILTERS = {
    None: QT_TRANSLATE_NOOP("ProblemsSection", "All problems"),
    "error": QT_TRANSLATE_NOOP("ProblemsSection", "Errors only"),
    "warning": QT_TRANSLATE_NOOP("ProblemsSection", "Warnings only"),
}


@dataclass(frozen=True, slots=True)
class ProblemItem:
    problem: ProblemRow
    records: str  # the refs as names a coordinator recognises

    @property
    def id(self) -> None:
        return None

    @property
    def key(self) -> str:
        return self.problem.key

    @property
    def refs(self) -> tuple[str, ...]:
        return self.problem.refs


class RefNames:
    """Refs as names a coordinator recognises: "agenda:welcome" → the item's title.

    Built once per listing: a big plan has thousands of problems, each naming
    items and runs that a linear search per ref would look up again and again.
    """

    def __init__(self, visit: LoadedVisit) -> None:
        self.visit = visit
        self.language = current_language()
        self.agenda = {item.key: item for item in visit.plan.agenda}
        self.runs = {run.key: run for run in visit.plan.transport}
        self.names: dict[str, str] = {}

    def __call__(self, ref: str) -> str:
        name = self.names.get(ref)
        if name is None:
            name = self.names[ref] = self._describe(ref)
        return name

    def _describe(self, ref: str) -> str:
        kind, _, key = ref.partition(":")
        visit, language = self.visit, self.language
        if kind == "agenda" and key in self.agenda:
            return pick_text(self.agenda[key].title, language)[0] or key
        if kind == "delegate" and key in visit.delegates:
            delegate = visit.delegates[key]
            return delegate.latin_name or delegate.full_name
        if kind == "vehicle" and key in visit.vehicles:
            return visit.vehicles[key].label
        if kind == "site":
            return visit.site_name(key, language)
        if kind == "staff" and key in visit.staff:
            return visit.staff[key].name
        if kind == "group" and key in visit.group_names:
            return visit.group_names[key]
        if kind == "transport" and key in self.runs:
            run = self.runs[key]
            return fill(
                QCoreApplication.translate("ProblemsSection", "run %1 → %2"),
                visit.site_name(run.from_key, language),
                visit.site_name(run.to_key, language),
            )
        return ref


def _severity_icon(item: ProblemItem) -> QIcon:
    return icons.severity_icon(item.problem.severity)


COLUMNS = (
    Column(
        "severity",
        QT_TRANSLATE_NOOP("ProblemColumns", "Severity"),
        lambda r: r.problem.severity,
        CONTEXT,
        display=severity_name,
        sort=lambda r: SEVERITY_ORDER.get(r.problem.severity, 9),
        decoration=_severity_icon,
    ),
    Column(
        "message",
        QT_TRANSLATE_NOOP("ProblemColumns", "Problem"),
        lambda r: r.problem.message,
        CONTEXT,
        tooltip=lambda r: r.problem.message,
    ),
    Column(
        "records",
        QT_TRANSLATE_NOOP("ProblemColumns", "Concerns"),
        lambda r: r.records,
        CONTEXT,
        tooltip=lambda r: "\n".join(r.problem.refs) or None,
    ),
    Column("code", QT_TRANSLATE_NOOP("ProblemColumns", "Code"), lambda r: r.problem.code, CONTEXT),
)


class ProblemsSection(TableSection):
    name = "problems"
    title_text = QT_TRANSLATE_NOOP("Sections", "Problems")
    columns = COLUMNS
    sort_column = "severity"
    stretch_column = "message"
    wrap = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table.record_clicked.connect(self._clicked)
        self.table.record_activated.connect(self._clicked)
        self.severity_label = QLabel(self)
        self.severity_filter = QComboBox(self)
        self.severity_filter.setObjectName("severity-filter")
        self.severity_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for code in SEVERITY_FILTERS:
            self.severity_filter.addItem("", code)
        self.severity_label.setBuddy(self.severity_filter)
        self.severity_filter.currentIndexChanged.connect(lambda _position: self.refresh())
        bar = QHBoxLayout()
        bar.addWidget(self.severity_label)
        bar.addWidget(self.severity_filter)
        bar.addStretch(1)
        self.body.insertLayout(self.body.indexOf(self.table), bar)

    def show_severity(self, severity: str | None) -> None:
        """List only the problems of one severity ("error", "warning"); None: all of them."""
        self.severity_filter.setCurrentIndex(max(self.severity_filter.findData(severity), 0))

    def retranslate(self) -> None:
        self.severity_label.setText(self.tr("&Show:"))
        for position, code in enumerate(SEVERITY_FILTERS):
            self.severity_filter.setItemText(
                position, QCoreApplication.translate("ProblemsSection", SEVERITY_FILTERS[code])
            )
        super().retranslate()

    def rows(self, visit: LoadedVisit) -> list[ProblemItem]:
        check = visit.check
        if not check.checked:
            explanation = ProblemRow(
                severity="info",
                code="checker_unavailable",
                message=fill(
                    QCoreApplication.translate(
                        "ProblemsSection",
                        "The plan could not be checked, so problems are not listed yet (%1).",
                    ),
                    check.unavailable,
                ),
            )
            return [ProblemItem(explanation, "")]
        severity = self.severity_filter.currentData()
        describe = RefNames(visit)
        return [
            ProblemItem(problem, "; ".join(describe(ref) for ref in problem.refs))
            for problem in check.problems
            if severity is None or problem.severity == severity
        ]

    def summary_text(self) -> str:
        if self.visit is None:
            return ""
        summary = problems_summary(self.visit)
        if self.visit.check.problems:
            hint = QCoreApplication.translate(
                "ProblemsSection", "Click a problem to see the records it concerns."
            )
            summary += " · " + hint
        return summary

    def _clicked(self, item: ProblemItem) -> None:
        if item.refs:
            self.reveal_requested.emit(item.refs)


def problems_summary(visit: LoadedVisit) -> str:
    """ "2 errors, 3 warnings", "No problems found" or "Plan not checked"."""
    check = visit.check
    if not check.checked:
        return QCoreApplication.translate("ProblemsSection", "Plan not checked")
    if not check.problems:
        return QCoreApplication.translate("ProblemsSection", "No problems found")
    parts = []
    if check.errors:
        parts.append(QCoreApplication.translate("ProblemsSection", "%Ln error(s)", "", check.errors))
    if check.warnings:
        parts.append(
            QCoreApplication.translate("ProblemsSection", "%Ln warning(s)", "", check.warnings)
        )
    if not parts:  # only notes
        parts.append(
            QCoreApplication.translate("ProblemsSection", "%Ln problem(s)", "", len(check.problems))
        )
    return ", ".join(parts)
