"""The command line (../shared/CONTRACT.md): thin handlers over the services.

Exit status: 0 success; 1 refused (one ``error:`` line on stderr, database
unchanged); 2 wrong usage (argparse). The GUI is imported only when opened.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from studyvisit import __version__
from studyvisit.db import Database, default_database_location, open_database
from studyvisit.errors import StudyvisitError, ValidationError
from studyvisit.services import delegates, demo, documents, visit_file, visits
from studyvisit.services.documents import apply_default_permissions

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_PROBLEMS = 3  # check --strict found an error

Handler = Callable[[argparse.Namespace, Database], int]


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _parse_date(text: str, option: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"{option} {text!r} is not a date; write it as YYYY-MM-DD.") from None


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Write through a temporary file beside ``path`` so a failure leaves no half file."""
    path = path.expanduser()
    if path.parent and not path.parent.exists():
        raise ValidationError(f"The folder {path.parent} does not exist.")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
    os.close(handle)
    temporary_path = Path(temporary)
    try:
        write(temporary_path)
        apply_default_permissions(temporary_path)
        os.replace(temporary_path, path)
    except BaseException:
        temporary_path.unlink(missing_ok=True)
        raise


# --------------------------------------------------------------------------- handlers


def cmd_demo(args: argparse.Namespace, database: Database) -> int:
    with database.unit_of_work() as uow:
        visit_id = demo.create_demo_visit(uow)
        uow.commit()
    if args.json:
        _print_json({"id": visit_id})
    else:
        print(f"Demo visit created with id {visit_id}.")
    return EXIT_OK


def cmd_visits_create(args: argparse.Namespace, database: Database) -> int:
    start = _parse_date(args.start, "--start")
    end = _parse_date(args.end, "--end")
    details = {
        name: getattr(args, name)
        for name in ("project", "funder", "host")
        if getattr(args, name) is not None
    }
    with database.unit_of_work() as uow:
        visit = visits.create_visit(uow, args.name, start, end, **details)
        uow.commit()
    if args.json:
        _print_json({"id": visit.id, "name": visit.name})
    else:
        print(f"Visit {visit.id} created: {visit.name}")
    return EXIT_OK


def cmd_visits_list(args: argparse.Namespace, database: Database) -> int:
    with database.unit_of_work() as uow:
        found = visits.list_visits(uow)
        counts = {visit.id: visits.count_delegates(uow, visit.id) for visit in found}
    if args.json:
        _print_json(
            [
                {
                    "id": visit.id,
                    "name": visit.name,
                    "start_date": visit.start_date.isoformat(),
                    "end_date": visit.end_date.isoformat(),
                    "project": visit.project,
                    "host": visit.host,
                    "delegates": counts[visit.id],
                }
                for visit in found
            ]
        )
        return EXIT_OK
    if not found:
        print("No visits yet. Create one with `studyvisit visits create` or try `studyvisit demo`.")
    for visit in found:
        print(
            f"{visit.id:>4}  {visit.start_date} – {visit.end_date}  "
            f"{counts[visit.id]:>4} delegates  {visit.name}"
        )
    return EXIT_OK


def cmd_visits_export(args: argparse.Namespace, database: Database) -> int:
    with database.unit_of_work() as uow:
        document = visit_file.export_visit(uow, args.visit_id)
    output = Path(args.output)
    write_atomically(output, lambda path: visit_file.write_document(document, path))
    print(f"Visit {args.visit_id} written to {output}.", file=sys.stderr)
    return EXIT_OK


def cmd_visits_import(args: argparse.Namespace, database: Database) -> int:
    document = visit_file.read_document(Path(args.file))
    try:
        with database.unit_of_work() as uow:
            visit_id = visit_file.import_document(uow, document)
            uow.commit()
    except ValidationError as error:
        raise ValidationError(f"{args.file}: {error}") from None
    if args.json:
        _print_json({"id": visit_id})
    else:
        print(f"Visit imported with id {visit_id}.")
    return EXIT_OK


def cmd_delegates_import(args: argparse.Namespace, database: Database) -> int:
    from studyvisit.services.delegate_import import OnDuplicate, import_file

    with database.unit_of_work() as uow:
        report = import_file(
            uow,
            args.visit,
            Path(args.file),
            sheet=args.sheet,
            on_duplicate=OnDuplicate(args.on_duplicate),
        )
        report.dry_run = args.dry_run
        if not args.dry_run:
            uow.commit()
    if args.json:
        _print_json(report.to_json())
        return EXIT_OK
    verb = "would be" if args.dry_run else "were"
    print(
        f"{report.imported} delegates {verb} added, {report.updated} updated, "
        f"{report.unchanged} unchanged, {report.skipped} skipped."
    )
    for change in report.changes:
        print(f"  row {change.row}: {change.delegate_key} updated ({', '.join(change.fields)})")
    for problem in report.problems:
        where = f"row {problem.row}" if problem.row else "file"
        column = f", {problem.column}" if problem.column else ""
        print(f"  {where}{column}: {problem.message}")
    return EXIT_OK


def cmd_delegates_list(args: argparse.Namespace, database: Database) -> int:
    with database.unit_of_work() as uow:
        found = delegates.list_delegates(uow, args.visit)
    if args.json:
        _print_json([delegates.to_contract_json(delegate) for delegate in found])
        return EXIT_OK
    for delegate in found:
        latin = delegate.latin_name
        mark = " (transliterated)" if delegate.latin_source == "transliterated" else ""
        print(
            f"{delegate.id:>5}  {delegate.full_name}  [{latin}{mark}]  "
            f"{delegate.organisation or ''}"
        )
    print(f"{len(found)} delegates.", file=sys.stderr)
    return EXIT_OK


def cmd_check(args: argparse.Namespace, database: Database) -> int:
    from studyvisit.services.plan_checker import Severity, check_plan

    with database.unit_of_work() as uow:
        plan = visits.load_plan(uow, args.visit)
    problems = check_plan(plan, language=args.lang)
    if args.json:
        _print_json([problem.to_json() for problem in problems])
    else:
        for problem in problems:
            print(f"{problem.severity.value:<7} {problem.code:<22} {problem.message}")
            print(f"        {' '.join(problem.refs)}")
        errors = sum(problem.severity == Severity.ERROR for problem in problems)
        print(f"{len(problems)} problems ({errors} errors).", file=sys.stderr)
    if args.strict and any(problem.severity == Severity.ERROR for problem in problems):
        return EXIT_PROBLEMS
    return EXIT_OK


def cmd_export(args: argparse.Namespace, database: Database) -> int:
    from studyvisit.documents.registry import ExportOptions

    delegate_key = None
    if args.delegate is not None:
        with database.unit_of_work() as uow:
            found = {d.id: d.key for d in delegates.list_delegates(uow, args.visit)}
        if args.delegate not in found:
            raise ValidationError(f"Visit {args.visit} has no delegate with id {args.delegate}.")
        delegate_key = found[args.delegate]
    options = ExportOptions(
        language=args.lang,
        layout=args.layout,
        group_key=args.group,
        delegate_key=delegate_key,
        per=args.per,
        delimiter=args.delimiter,
        extra=_badge_extras(args),
    )
    out = documents.generate(database, args.visit, args.document, Path(args.output), options)
    print(f"Written {out}.", file=sys.stderr)
    return EXIT_OK


def _badge_extras(args: argparse.Namespace) -> dict[str, Any]:
    extra: dict[str, Any] = {}
    if getattr(args, "back_side", False):
        extra["back_side"] = True
    if getattr(args, "blank", 0):
        extra["blank"] = args.blank
    if getattr(args, "logo", None):
        extra["logos"] = list(args.logo)
    return extra


# --------------------------------------------------------------------------- parser


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="studyvisit",
        description="Plan and run study visits. Without a command, opens the application.",
    )
    parser.add_argument("--version", action="version", version=f"studyvisit {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="the database: an SQLite file path or an SQLAlchemy URL "
        f"(default: $STUDYVISIT_DB or {default_database_location()})",
    )
    parser.add_argument(
        "--demo", action="store_true", help="open the application on a fresh copy of the demo visit"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo_parser = commands.add_parser("demo", help="write the demo visit into the database")
    demo_parser.add_argument("--json", action="store_true", help="print the new visit's id as JSON")
    demo_parser.set_defaults(handler=cmd_demo)

    visits_parser = commands.add_parser("visits", help="create, list, export and import visits")
    visit_commands = visits_parser.add_subparsers(
        dest="visits_command", metavar="ACTION", required=True
    )

    create = visit_commands.add_parser("create", help="create an empty visit")
    create.add_argument("--name", required=True)
    create.add_argument("--start", required=True, metavar="YYYY-MM-DD")
    create.add_argument("--end", required=True, metavar="YYYY-MM-DD")
    create.add_argument("--project")
    create.add_argument("--funder")
    create.add_argument("--host")
    create.add_argument("--json", action="store_true")
    create.set_defaults(handler=cmd_visits_create)

    listing = visit_commands.add_parser("list", help="list the visits")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_visits_list)

    export = visit_commands.add_parser("export", help="write a whole visit as one JSON file")
    export.add_argument("visit_id", type=int, metavar="ID")
    export.add_argument("-o", "--output", required=True, metavar="FILE.json")
    export.set_defaults(handler=cmd_visits_export)

    import_ = visit_commands.add_parser("import", help="add a visit from a visit file")
    import_.add_argument("file", metavar="FILE.json")
    import_.add_argument("--json", action="store_true")
    import_.set_defaults(handler=cmd_visits_import)

    delegates_parser = commands.add_parser("delegates", help="list and import delegates")
    delegate_commands = delegates_parser.add_subparsers(
        dest="delegates_command", metavar="ACTION", required=True
    )
    importing = delegate_commands.add_parser(
        "import", help="add or update a visit's delegates from a spreadsheet (xlsx, ods, xls, csv)"
    )
    importing.add_argument("file", metavar="FILE")
    importing.add_argument("--visit", type=int, required=True, metavar="ID")
    importing.add_argument(
        "--sheet", metavar="NAME", help="the sheet to read (default: the likeliest)"
    )
    importing.add_argument(
        "--dry-run", action="store_true", help="show what would happen; change nothing"
    )
    importing.add_argument(
        "--on-duplicate",
        choices=("update", "skip"),
        default="update",
        help="a delegate already in the visit: update them from the file (default) or keep them",
    )
    importing.add_argument("--json", action="store_true")
    importing.set_defaults(handler=cmd_delegates_import)

    listing = delegate_commands.add_parser("list", help="list a visit's delegates")
    listing.add_argument("--visit", type=int, required=True, metavar="ID")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_delegates_list)

    check = commands.add_parser("check", help="list the problems in a visit's plan")
    check.add_argument("--visit", type=int, required=True, metavar="ID")
    check.add_argument("--json", action="store_true")
    check.add_argument("--strict", action="store_true", help="exit 3 when an error is found")
    check.add_argument(
        "--lang",
        choices=("en", "pl"),
        default=_ui_language(),
        help="language of the messages (default: the system's)",
    )
    check.set_defaults(handler=cmd_check)

    from studyvisit.self_test import add_self_test_command

    add_self_test_command(commands)

    if "export" in argv:
        _add_export_commands(commands, argv)
    else:
        # Exporters pull in reportlab, openpyxl and Babel: load them only when asked,
        # so that every other command starts fast.
        commands.add_parser("export", help="print documents: agenda, badges, attendance, ...")
    return parser


def _asked_document(argv: Sequence[str]) -> str | None:
    """The word after ``export`` (``export ics -o ...`` → "ics"), if any."""
    position = list(argv).index("export")
    rest = [word for word in argv[position + 1 :] if not word.startswith("-")]
    return rest[0] if rest else None


def _add_export_commands(commands: argparse._SubParsersAction, argv: Sequence[str]) -> None:
    from studyvisit.documents.registry import load_exporter, load_exporters

    export_parser = commands.add_parser("export", help="print documents: agenda, badges, ...")
    documents_parsers = export_parser.add_subparsers(
        dest="document", metavar="DOCUMENT", required=True
    )
    # One document asked for: only its exporter is loaded. Otherwise (help, a
    # typo) all of them, so that argparse can list the choices.
    asked = _asked_document(argv)
    one = load_exporter(asked) if asked else None
    exporters = {asked: one} if one is not None else load_exporters()
    for identifier, exporter in sorted(exporters.items()):
        types = "|".join(f"FILE.{t}" for t in exporter.file_types)
        sub = documents_parsers.add_parser(identifier, help=exporter.name)
        sub.add_argument("--visit", type=int, required=True, metavar="ID")
        sub.add_argument("-o", "--output", required=True, metavar=types)
        sub.add_argument("--lang", choices=("pl", "en", "ru"), default="en")
        sub.add_argument("--layout", help="badge layout (see resources/badge-layouts)")
        sub.add_argument("--group", metavar="KEY", help="only this group's programme")
        sub.add_argument("--delegate", type=int, metavar="ID", help="only this delegate")
        sub.add_argument(
            "--per",
            choices=("day", "item"),
            default="day",
            help="attendance: one sheet per day or per agenda item",
        )
        sub.add_argument("--delimiter", choices=(",", ";"), default=",", help="CSV delimiter")
        if identifier == "badges":
            sub.add_argument(
                "--back-side",
                action="store_true",
                help="add an agenda summary on the back, for long-edge duplex",
            )
            sub.add_argument(
                "--blank",
                type=int,
                default=0,
                metavar="N",
                help="add N blank badges to fill by hand",
            )
            sub.add_argument(
                "--logo",
                action="append",
                default=[],
                metavar="IMAGE",
                help="a logo image for the badges (repeat for more)",
            )
        sub.set_defaults(handler=cmd_export)


def _ui_language() -> str:
    """Polish on a Polish system, else English (as the GUI chooses)."""
    import locale

    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "pl" if value.lower().startswith("pl") else "en"
    system = (locale.getlocale()[0] or "").lower()
    return "pl" if system.startswith("pl") else "en"


def _run_gui(args: argparse.Namespace) -> int:
    from studyvisit.gui_launch import Launch, run  # Qt is loaded only for the GUI

    return run(Launch(database=args.db, demo=args.demo, open_file=args.open_file))


def _visit_file_argument(argv: list[str]) -> str | None:
    """A visit file given alone (``studyvisit FILE.json``, as a file association runs it)."""
    if argv and not argv[-1].startswith("-") and argv[-1].lower().endswith(".json"):
        candidate = Path(argv[-1])
        if candidate.is_file() and (len(argv) == 1 or argv[-3:-1][0:1] == ["--db"]):
            return argv.pop()
    return None


def main(argv: Sequence[str] | None = None) -> int:
    if hasattr(sys.stdout, "reconfigure"):
        # JSON and Cyrillic names must survive a Windows console's code page.
        sys.stdout.reconfigure(encoding="utf-8")
    argv = list(sys.argv[1:] if argv is None else argv)
    open_file = _visit_file_argument(argv)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    args.open_file = open_file
    try:
        if args.command is None:
            return _run_gui(args)
        if args.demo:
            parser.error("--demo opens the application; it does not go with a command")
        if not getattr(args, "needs_database", True):
            return args.handler(args, None)  # self-test: never touches the user's database
        database = open_database(args.db or default_database_location())
        try:
            return args.handler(args, database)
        finally:
            database.close()
    except StudyvisitError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:
        # The output went to a pager or `head` that stopped reading: not an error of ours.
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        print("error: interrupted; nothing was saved.", file=sys.stderr)
        return 130
