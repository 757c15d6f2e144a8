"""The ``briconnect`` command line: one parser, one error style.

    briconnect extract TEXT --out DIR [--rules general|chapter3] [--strict]
    briconnect build [--strict]
    briconnect validate [FOLDER] [--text RAW]
    briconnect report run|page NAME [--variant FILE]
    briconnect report index [--variant FILE]
    briconnect report student NAME
    briconnect report source|claims [--variant FILE]
    briconnect report screenshot --out PNG

A problem the user can fix is one ``briconnect: error: ...`` line on stderr and exit status 2;
a bug is one ``briconnect: internal error: ...`` line and exit 1 (``BRICONNECT_DEBUG=1`` shows
the traceback). Nothing is written unless everything succeeded.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from . import __version__, paths
from .errors import BriconnectError


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line like every other error."""

    def error(self, message: str) -> NoReturn:
        print(f"briconnect: error: {message} (see briconnect --help)", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="briconnect",
        description="Turn white-paper text into checkable tables, notebooks and a report.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--root", help="the project folder (default: $BRICONNECT_ROOT, or found from here)"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("extract", help="extract the tables from any UTF-8 text file")
    p.add_argument("input", help="a UTF-8 text file (numbered section headings optional)")
    p.add_argument("--out", required=True, help="folder to write the CSV files into")
    p.add_argument(
        "--rules",
        choices=("general", "chapter3"),
        default="general",
        help="general rules (default), or with Chapter III's vocabulary, corridors and checks",
    )
    p.add_argument("--strict", action="store_true", help="fail on anything the rules cannot read")

    p = sub.add_parser("build", help="verify data/raw/ and regenerate data/processed/")
    p.add_argument("--strict", action="store_true", help="fail on anything the rules cannot read")

    p = sub.add_parser("validate", help="validate a folder of CSVs against the data dictionary")
    p.add_argument("folder", nargs="?", default=None, help="default: data/processed")
    p.add_argument(
        "--text",
        help="the raw text the offsets point into (default for data/processed: data/raw's)",
    )

    report = sub.add_parser("report", help="run notebooks and build the HTML report")
    rsub = report.add_subparsers(dest="report_command", required=True, metavar="STEP")
    for step, what in (("run", "run one notebook with papermill"), ("page", "one notebook page")):
        p = rsub.add_parser(step, help=what)
        p.add_argument("name", help="notebook name, e.g. 03-trade")
        p.add_argument("--variant", type=Path, help="a parameter file; writes into build/variants/")
    for step, what in (
        ("index", "the landing page reports/index.html"),
        ("source", "the annotated chapter reports/source.html"),
        ("claims", "the claims explorer reports/claims.html"),
    ):
        p = rsub.add_parser(step, help=what)
        p.add_argument("--variant", type=Path, help="a parameter file; writes into build/variants/")
    p = rsub.add_parser("student", help="a student copy: answers removed, outputs cleared")
    p.add_argument("name", help="notebook name, e.g. 03-trade")
    p = rsub.add_parser("screenshot", help="the landing page's first screen as a PNG")
    p.add_argument("--out", type=Path, required=True, help="PNG file to write")
    return parser


def _table_counts(tables: dict[str, int]) -> str:
    return ", ".join(f"{name} ({k} row{'' if k == 1 else 's'})" for name, k in tables.items())


def _run_report(args: argparse.Namespace) -> None:
    from . import report

    step = args.report_command
    if step == "run":
        report.run(args.name, args.variant)
    elif step == "page":
        report.page(args.name, args.variant)
    elif step == "index":
        report.index(args.variant)
    elif step == "student":
        report.student(args.name)
    elif step == "source":
        report.source(args.variant)
    elif step == "claims":
        report.claims(args.variant)
    else:
        report.screenshot(args.out)


def run(args: argparse.Namespace) -> int:
    if args.root:
        paths.set_root(args.root)
    if args.command == "report":
        _run_report(args)
        return 0

    from .dataset import build

    if args.command == "extract":
        tables = build.extract_file(args.input, args.out, args.rules, args.strict)
        print(f"wrote {_table_counts(tables)} to {args.out}")
    elif args.command == "build":
        tables = build.build(args.strict)
        print(f"data/processed: {_table_counts(tables)}")
    elif args.command == "validate":
        n = build.validate_folder(args.folder, args.text)
        print(f"valid: {n} tables match the data dictionary")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return run(args)
    except BriconnectError as exc:
        print(f"briconnect: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("briconnect: interrupted; nothing was written", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug, not bad input: still one line, traceback on request
        if os.environ.get("BRICONNECT_DEBUG"):
            raise
        print(
            f"briconnect: internal error: {type(exc).__name__}: {exc} "
            "(set BRICONNECT_DEBUG=1 for the traceback); nothing was written",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
