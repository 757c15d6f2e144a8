"""The report: run the section notebooks, build their pages and the landing page, take the README's
screenshot. The ``briconnect report ...`` command line calls these four functions; each prints one
progress line and raises :class:`briconnect.errors.BriconnectError` for anything a user can fix
(an unknown notebook name, a bad parameter file, a missing output).

``variant`` is a parameter file such as ``params/variants/print.yaml``: its outputs go to
``build/variants/<stem>/`` and the committed ones stay untouched.

Modules: :mod:`.execute` (papermill runner), :mod:`.variants` (parameter files),
:mod:`.site` (HTML from ``templates/``), :mod:`.reader` (the annotated source page),
:mod:`.explorer` (the claims table page), :mod:`.landing` and :mod:`.executed` /
:mod:`.figure_files` (what the pages read back), :mod:`.chromium` (screenshot); the notebooks use
:mod:`.analysis`, :mod:`.figures`, :mod:`.maps`, :mod:`.summaries`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

__all__ = ["claims", "index", "page", "run", "screenshot", "source"]


def _variant(variant: Path | None) -> Path | None:
    from ..errors import BriconnectError

    if variant is None:
        return None
    if not Path(variant).is_file():
        raise BriconnectError(f"{variant}: no such parameter file")
    return Path(variant).resolve()


def _shown(path: Path) -> str:
    from .. import paths

    try:
        return str(path.relative_to(paths.ROOT))
    except ValueError:
        return str(path)


def run(name: str, variant: Path | None) -> None:
    """Execute ``notebooks/<name>.ipynb`` into ``reports/notebooks/`` (figures, summary too)."""
    from .execute import run as run_one

    run_one(name, _variant(variant))


def _write(label: str, build: Callable[[Path], Path], variant: Path | None) -> Path:
    """Build one page under the output root, print one progress line, return its path."""
    from .variants import output_root

    target = build(output_root(_variant(variant)))
    print(f"report: {label:<6} -> {_shown(target)}", flush=True)
    return target


def page(name: str, variant: Path | None) -> Path:
    """Write ``reports/html/<name>.html`` from the executed notebook; return its path."""
    from .site import build_page

    return _write("page", lambda root: build_page(root, name), variant)


def index(variant: Path | None) -> Path:
    """Write ``reports/index.html`` from the notebooks' outputs; return its path."""
    from .site import build_index

    return _write("index", build_index, variant)


def source(variant: Path | None) -> Path:
    """Write ``reports/source.html``, the chapter with every row marked; return its path."""
    from .reader import build_source

    return _write("source", build_source, variant)


def claims(variant: Path | None) -> Path:
    """Write ``reports/claims.html``, the claims explorer; return its path."""
    from .explorer import build_claims

    return _write("claims", build_claims, variant)


def student(name: str) -> Path:
    """Write ``build/student/<name>.ipynb``: the lesson without its worked answers."""
    from .student import write_student_copy

    target = write_student_copy(name)
    print(f"report: student -> {_shown(target)}", flush=True)
    return target


def screenshot(out: Path, width: int = 1280, height: int = 800) -> None:
    """Save the first screen of ``reports/index.html`` (headless Chromium) as a PNG at ``out``."""
    from .. import paths
    from .chromium import screenshot_page

    screenshot_page(paths.REPORTS / "index.html", Path(out), width, height)
    print(f"report: screenshot -> {out}", flush=True)
