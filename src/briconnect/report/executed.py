"""What an executed notebook (``reports/notebooks/NN-*.ipynb``) tells the report pages: its title,
the figures its cells saved, and the data tables it read.

Nothing here runs a notebook; it reads the stored JSON. Notebook names are checked against
``notebooks/`` so a typo is a one-line error, not a traceback.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from .. import paths
from ..errors import BriconnectError

if TYPE_CHECKING:
    import nbformat


def notebook_names() -> list[str]:
    """The section notebooks, ``00-overview`` to ``06-new-areas``, from ``notebooks/``."""
    return sorted(p.stem for p in paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))


def check_name(name: str) -> None:
    """Refuse a name that is not one of the section notebooks, listing the ones there are."""
    names = notebook_names()
    if name not in names:
        raise BriconnectError(f"unknown notebook {name!r}; choose one of {', '.join(names)}")


def read_notebook(nb_path: Path) -> nbformat.NotebookNode:
    """An executed notebook; a missing one is an error that says how to make it."""
    import nbformat

    if not nb_path.exists():
        raise BriconnectError(f"{nb_path}: no executed notebook; run `make report`")
    return nbformat.read(nb_path, as_version=4)


def notebook_title(nb: nbformat.NotebookNode, fallback: str) -> str:
    """The notebook's H1 ("03 · Trade: ..."), or ``fallback`` when it has none."""
    for cell in nb.cells:
        if cell.cell_type == "markdown" and cell.source.startswith("# "):
            return cell.source.splitlines()[0][2:].strip()
    return fallback


_SAVE = re.compile(r"""fg\.save\(\s*fig\s*,\s*NAME\s*,\s*["']([^"']+)["']""")


def saved_figures(nb: nbformat.NotebookNode) -> dict[str, str]:
    """Cell id -> figure stem, for each code cell that saves a figure, in notebook order."""
    found: dict[str, str] = {}
    for cell in nb.cells:
        if cell.cell_type == "code":
            for stem in _SAVE.findall(cell.source):
                found.setdefault(cell.get("id", ""), stem)
    return found


def tables_read(nb: nbformat.NotebookNode) -> list[str]:
    """The data/processed/ tables a notebook loads, in first-use order (for source captions)."""
    from ..dataset.dictionary import TABLES
    from .deps import LOAD_CALL

    names: list[str] = []
    for cell in nb.cells:
        if cell.cell_type == "code":
            for direct, by_name in LOAD_CALL.findall(cell.source):
                name = direct or by_name
                if name in TABLES and name not in names:
                    names.append(name)
    return names


ANSWER_NUMBER = re.compile(r"\A(?:# Answer|\*\*Answer) (\d+)\b")


def answer_folds(nb: nbformat.NotebookNode) -> tuple[dict[str, int], set[str]]:
    """Where each worked answer's fold opens (cell id -> its number) and where it closes.

    A worked answer is its reasoning (a Markdown cell tagged ``answer``, "**Answer N.** ...")
    and its code (tagged ``answer``, "# Answer N: ..."); both go in one fold so the page shows
    them together, as JupyterLab does. A code cell without output shows nothing, so it neither
    opens nor closes a fold. Cells without a number each make their own answer.
    """
    shown = [
        c
        for c in nb.cells
        if "answer" in c.metadata.get("tags", [])
        and (c.cell_type == "markdown" or (c.cell_type == "code" and c.get("outputs")))
    ]
    groups: list[tuple[str | None, list[str]]] = []
    for cell in shown:
        match = ANSWER_NUMBER.match(cell.source.lstrip())
        key = match.group(1) if match else None
        if key is not None and groups and groups[-1][0] == key:
            groups[-1][1].append(cell.get("id", ""))
        else:
            groups.append((key, [cell.get("id", "")]))
    opens = {ids[0]: n for n, (_, ids) in enumerate(groups, start=1)}
    return opens, {ids[-1] for _, ids in groups}
