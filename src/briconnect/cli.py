"""The ``briconnect`` command line.

Every user-fixable problem is reported as one line on stderr with exit status 2; nothing is
written unless everything succeeded.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from . import __version__
from .errors import BriconnectError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briconnect",
        description="Turn white-paper text into quantity, sentence and country tables.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("extract", help="extract claims, sentences and countries from a text file")
    p.add_argument("input", help="a UTF-8 text file (numbered section headings optional)")
    p.add_argument("--out", required=True, help="folder to write the CSV files into")

    sub.add_parser("build-data", help="verify data/raw/ and regenerate data/processed/")
    sub.add_parser("write-dictionary", help="write data/datapackage.json and data/README.md")
    p = sub.add_parser("validate", help="validate a folder of CSVs against the data dictionary")
    p.add_argument("folder", nargs="?", default=None, help="default: data/processed")
    return parser


def _table_counts(tables: dict[str, int]) -> str:
    return ", ".join(f"{name} ({k} row{'' if k == 1 else 's'})" for name, k in tables.items())


def run(args: argparse.Namespace) -> int:
    from .dataset import build as pipeline

    if args.command == "extract":
        tables = pipeline.extract_file(args.input, args.out)
        print(f"wrote {_table_counts(tables)} to {args.out}")
    elif args.command == "build-data":
        tables = pipeline.build_data()
        print(f"data/processed: {_table_counts(tables)}")
    elif args.command == "write-dictionary":
        for path in pipeline.write_dictionary():
            print(f"wrote {path}")
    elif args.command == "validate":
        n = pipeline.validate_folder(args.folder)
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
