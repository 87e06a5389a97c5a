"""``studyvisit self-test``: every step passes here, and a broken step is reported, not hidden."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyvisit.cli import main
from studyvisit.documents.registry import load_exporters
from studyvisit.self_test import SelfTestReport, Status, run_self_test

# The failure paths run on our small visit: they need no 18 delegates, only speed.
SMALL_VISIT = Path(__file__).resolve().parents[1] / "data" / "small-visit.json"


@pytest.fixture(scope="module")
def full_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[SelfTestReport, list[str], Path]:
    lines: list[str] = []
    folder = tmp_path_factory.mktemp("self-test")
    report = run_self_test(lines.append, keep_files=folder)  # the shipped demo visit
    return report, lines, folder


def test_every_step_passes(full_run) -> None:
    report, lines, _ = full_run
    assert report.failures() == []
    assert report.passed and report.exit_code == 0
    assert lines[-1].startswith("self-test passed")


def test_it_covers_the_plan_check_every_document_and_type_and_the_window(full_run) -> None:
    report, _, _ = full_run
    names = {step.name for step in report.steps}
    assert {
        "database",
        "demo visit",
        "plan check",
        "documents",
        "main window",
        "translations",
    } <= names
    for identifier, exporter in load_exporters().items():
        for file_type in exporter.file_types:
            assert f"{identifier}.{file_type} (en)" in names
        for language in ("pl", "ru"):
            assert f"{identifier}.{exporter.file_types[0]} ({language})" in names
    assert "offscreen" in report.step("main window").detail


def test_documents_are_read_back_not_only_written(full_run) -> None:
    report, _, folder = full_run
    pdf_steps = [step for step in report.steps if ".pdf (" in step.name]
    assert pdf_steps and all("contains" in step.detail for step in pdf_steps)
    assert all(path.stat().st_size > 0 for path in (folder / "documents").iterdir())


def test_progress_is_printed_one_line_per_step(full_run) -> None:
    report, lines, _ = full_run
    assert lines[0].startswith("studyvisit ")
    assert len(lines) == len(report.steps) + 2  # the heading and the summary


def test_an_exporter_that_raises_is_reported_and_fails_the_run(monkeypatch) -> None:
    badges = load_exporters()["badges"]

    def broken_render(*args, **kwargs):
        raise RuntimeError("the badge printer caught fire")

    monkeypatch.setattr(badges, "render", broken_render)
    lines: list[str] = []
    report = run_self_test(lines.append, visit_file=SMALL_VISIT, window=False)

    assert report.exit_code == 1
    failed = {step.name: step for step in report.failures()}
    assert set(failed) == {"badges.pdf (en)", "badges.pdf (pl)", "badges.pdf (ru)"}
    assert "RuntimeError: the badge printer caught fire" in failed["badges.pdf (en)"].detail
    assert report.step("agenda.pdf (en)").ok  # one broken document does not hide the others
    assert any(line.startswith("failed") and "caught fire" in line for line in lines)
    assert "FAILED" in lines[-1] and "badges.pdf (en)" in lines[-1]


def test_a_document_that_cannot_be_read_back_fails(monkeypatch) -> None:
    agenda = load_exporters()["agenda"]
    monkeypatch.setattr(agenda, "render", lambda plan, options, out, *rest: out.write_text("hello"))
    report = run_self_test(lambda line: None, visit_file=SMALL_VISIT, window=False)

    step = report.step("agenda.pdf (en)")
    assert step.status is Status.FAILED
    assert "not a PDF" in step.detail


def test_a_missing_demo_visit_stops_the_run_with_the_reason(tmp_path: Path) -> None:
    report = run_self_test(lambda line: None, visit_file=tmp_path / "nowhere.json")

    assert report.exit_code == 1
    assert report.step("database").ok
    assert report.step("demo visit").status is Status.FAILED
    assert "nowhere.json" in report.step("demo visit").detail
    assert report.step("main window").status is Status.NOT_RUN


def test_the_command_exits_0_and_leaves_no_user_database(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    user_database = tmp_path / "user" / "studyvisit.sqlite3"
    monkeypatch.setenv("STUDYVISIT_DB", str(user_database))
    argv = ["self-test", "--no-window", "--visit-file", str(SMALL_VISIT)]

    assert main(argv) == 0
    assert "self-test passed" in capsys.readouterr().out
    assert not user_database.parent.exists()
