"""`make bench`: wall times of the pipeline on this machine, with the targets next to them.

Run from the project root with the project's Python. Timings are the best of a few runs; the
machine's other load still shows up in them, so read them as "this order of magnitude", and compare
runs on the same machine only. Targets come from the issues: extraction of the chapter in a
fraction of a second, linear scaling (20 copies in < 25x the time of one; texts of awkward shapes,
a run-on sentence and a long list of numbers, 4x the text in about 4x the time). It first prints
the scores on the genre test set (tests/genre/) beside the chapter's.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from briconnect import paths  # noqa: E402
from briconnect.dataset.build import extract_rows, extract_text  # noqa: E402


def median_time(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)  # best of N: the least disturbed by other load on the machine


def shell_time(cmd: list[str], repeat: int = 1, env: dict[str, str] | None = None) -> float:
    def run() -> None:
        subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, env=env)

    return median_time(run, repeat)


def row(label: str, seconds: float, note: str = "") -> None:
    print(f"| {label:<44} | {seconds:>9.3f} | {note} |")


def bench_extraction(repeat: int) -> None:
    text = paths.RAW_TEXT.read_text(encoding="utf-8")
    extract_text(text, "chapter3")  # warm: regexes compile and the country table loads once
    one = median_time(lambda: extract_text(text, "chapter3"), repeat)
    rows_only = median_time(lambda: extract_rows(text, "chapter3"), repeat)
    general = median_time(lambda: extract_text(text), repeat)
    twenty = median_time(lambda: extract_text("\n".join([text] * 20)), max(1, repeat // 2))
    row("extract chapter 1x, chapter rules (in process)", rows_only, "tables' rows, target < 0.3 s")
    row("  with CSV text and frictionless validation", one, "the build's whole in-process step")
    row("extract chapter 1x, general rules (in process)", general, "")
    row(
        "extract chapter 20x, general rules", twenty, f"ratio {twenty / general:.1f}x, target < 25x"
    )
    with tempfile.TemporaryDirectory() as out:
        cli = [
            str(Path(sys.executable).with_name("briconnect")),
            "extract",
            str(paths.RAW_TEXT),
            "--out",
            out,
        ]
        row("briconnect extract (CLI, cold process)", shell_time(cli, repeat), "includes imports")


def _run_on(chars: int) -> str:
    """One sentence without a stop, as pasted tables and PDF text often are."""
    unit = (
        "and by the end of 2019 the Nairobi Railway in Kenya was completed with the Silk Road "
        "Fund (SRF) and more than US$1.5 billion in 12 projects covering 300 km, "
    )
    return (unit * (chars // len(unit) + 1))[:chars].rsplit(" ", 1)[0]


def _numbers(count: int) -> str:
    return "Values: " + ", ".join(str(100 + (i * 7919) % 900) for i in range(count))


def bench_shapes(repeat: int) -> None:
    """Texts of awkward shapes at two sizes: 4x the text should take about 4x the time."""
    from briconnect.extract import extract_all

    chapter = paths.RAW_TEXT.read_text(encoding="utf-8")
    shapes = [
        ("run-on sentence, no stop", _run_on, 37_500, 150_000, "chars"),
        ("comma-separated numbers", _numbers, 5_000, 20_000, "numbers"),
        ("chapter repeated", lambda k: "\n".join([chapter] * k), 5, 20, "copies"),
    ]
    for label, make, small, big, what in shapes:
        small_text, big_text = make(small), make(big)
        a = median_time(lambda t=small_text: extract_all(t), max(1, repeat // 2))
        b = median_time(lambda t=big_text: extract_all(t), 1)
        row(f"{label}: {small:,} {what}", a, "")
        row(f"{label}: {big:,} {what}", b, f"ratio {b / a:.1f}x for 4x the text, target ~4x")


def bench_genre() -> None:
    """Precision, recall and field accuracy on the genre set and on the chapter."""
    sys.path.insert(0, str(ROOT / "tests" / "genre"))
    import score

    print()
    print(score.report())
    print()


FLOOR_NOTEBOOK = {
    "cells": [
        {
            "cell_type": "code",
            "execution_count": None,
            "id": "imports",
            "metadata": {},
            "outputs": [],
            "source": (
                "import pandas, matplotlib.pyplot\nfrom briconnect.report import analysis, figures"
            ),
        }
    ],
    "metadata": {
        "kernelspec": {"name": "briconnect", "display_name": "briconnect", "language": "python"}
    },
    "nbformat": 4,
    "nbformat_minor": 5,
}


def notebook_floor(repeat: int) -> tuple[float, int]:
    """Kernel start + the notebooks' imports through papermill: the cost no notebook avoids."""
    import json

    notebooks = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "floor.ipynb"
        src.write_text(json.dumps(FLOOR_NOTEBOOK))
        cmd = [
            sys.executable,
            "-m",
            "papermill",
            "-k",
            "briconnect",
            "--log-level",
            "ERROR",
            str(src),
            str(Path(tmp) / "out.ipynb"),
        ]
        one = shell_time(cmd, repeat)
    return one, len(notebooks)


def bench_report(repeat: int) -> None:
    """Full report at -j1 and -j2, no-op, one changed notebook, against the floor."""
    make = ["make", "--no-print-directory"]
    sources = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))
    cores = os.cpu_count() or 1
    one, count = notebook_floor(repeat)
    floor = one * count / cores
    row(
        f"floor: kernel + imports x {count} notebooks / {cores} cores",
        floor,
        f"one notebook's floor {one:.2f} s",
    )
    for jobs in ("-j1", "-j2"):
        for nb in sources:
            nb.touch()  # mtime only: every notebook is out of date, the bytes stay the same
        seconds = shell_time([*make, jobs, "report"])
        note = f"{seconds / floor:.2f}x the floor" + (", target < 1.5x" if jobs == "-j2" else "")
        row(f"make {jobs} report (all {count} notebooks)", seconds, note)
    row("make report (no-op)", shell_time([*make, "report"], 3), "target < 2 s")
    sources[3 if len(sources) > 3 else 0].touch()
    row(
        f"make report after touching {sources[3 if len(sources) > 3 else 0].name}",
        shell_time([*make, "report"]),
        "re-runs that notebook and the index",
    )
    (ROOT / "src/briconnect/extract/projects.py").touch()
    start = time.perf_counter()
    out = subprocess.run([*make, "report"], cwd=ROOT, capture_output=True, text=True, check=True)
    runs = sum(1 for line in out.stdout.splitlines() if line.startswith("report: 0"))
    row(
        "make report after touching extract/projects.py",
        time.perf_counter() - start,
        f"rebuilds the tables (same bytes); notebooks re-run: {runs} (target 0)",
    )


def bench_make(targets: list[str]) -> None:
    make = ["make", "--no-print-directory"]
    if "setup" in targets:
        row("make setup (warm, nothing to do)", shell_time([*make, "setup"], 3), "")
    if "data" in targets:
        (ROOT / "src/briconnect/__init__.py").touch()
        row("make data (after touching the package)", shell_time([*make, "data"], 1), "")
        row("make data (no-op)", shell_time([*make, "data"], 3), "")


def bench_pages(repeat: int) -> None:
    """Each report page's size and its time to load from disk in headless Chromium (offline)."""
    try:
        from playwright.sync_api import sync_playwright

        from briconnect.report.chromium import CHROMIUM_ARGS, chromium_path

        chromium = chromium_path()
    except Exception as exc:  # no browser here: say so, time the rest
        print(f"| {'report pages in Chromium':<44} | {'-':>9} | skipped: {exc} |")
        return
    top = [paths.REPORTS / name for name in ("index.html", "source.html", "claims.html")]
    pages = [*top, *sorted((paths.REPORTS / "html").glob("*.html"))]
    ready = {"claims.html": "html[data-explorer='ready']"}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        try:
            for page_path in pages:
                if not page_path.exists():
                    continue
                times = []
                for _ in range(repeat):
                    context = browser.new_context(viewport={"width": 1280, "height": 800})
                    context.route(
                        "**/*",
                        lambda r: (
                            r.continue_()
                            if r.request.url.startswith(("file:", "data:", "blob:"))
                            else r.abort()
                        ),
                    )
                    tab = context.new_page()
                    t0 = time.perf_counter()
                    tab.goto(page_path.as_uri(), wait_until="load")
                    if page_path.name in ready:
                        tab.wait_for_selector(ready[page_path.name])
                    times.append(time.perf_counter() - t0)
                    context.close()
                size = page_path.stat().st_size
                name = page_path.relative_to(paths.ROOT).as_posix()
                note = f"{size / 1e6:.2f} MB, target < 1 MB and < 1 s"
                row(f"load {name}", min(times), note)
        finally:
            browser.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--make",
        nargs="*",
        default=["setup", "data"],
        help="make targets to time before the report (setup, data)",
    )
    parser.add_argument(
        "--make-after",
        nargs="*",
        default=["test"],
        help="make targets to time after the report (test)",
    )
    parser.add_argument("--no-report", action="store_true", help="skip the report timings")
    parser.add_argument(
        "--pages-only", action="store_true", help="only the report pages' sizes and load times"
    )
    args = parser.parse_args()
    print(f"briconnect benchmark on {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    bench_genre()
    print(f"| {'what':<44} | {'seconds':>9} | notes |")
    print(f"| {'-' * 44} | {'-' * 9} | --- |")
    if args.pages_only:
        bench_pages(args.repeat)
        return 0
    bench_extraction(args.repeat)
    bench_shapes(args.repeat)
    bench_make(args.make)
    if not args.no_report:
        bench_report(max(1, args.repeat // 2))
    bench_pages(args.repeat)
    if "test" in args.make_after:
        row("make test", shell_time(["make", "--no-print-directory", "test"]), "target < 5 min")
    return 0


if __name__ == "__main__":
    sys.exit(main())
