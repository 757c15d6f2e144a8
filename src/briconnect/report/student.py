"""Student copies of the lessons: ``make student`` -> ``build/student/NN-*.ipynb``.

Each copy is the teacher's notebook (``notebooks/``) with every worked answer (cells tagged
``answer``) removed by nbconvert's TagRemovePreprocessor, outputs cleared, and one empty code
cell per exercise after the exercise list, headed by a comment naming the exercise. Relative
links (the glossary) are rewritten to land from ``build/student/``. The copies run top to bottom;
run by hand, they write their figures and summary to ``build/lab/``.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat

from .. import paths
from ..errors import BriconnectError
from ..io import write_atomic
from .links import relink

_EXERCISE = re.compile(r"(?m)^(\d+)\.\s")


def student_copy(source: Path, folder: Path | None = None) -> nbformat.NotebookNode:
    """The student's edition of one notebook (answers out, outputs cleared, cells to fill in),
    its links valid from ``folder`` (default ``build/student/``)."""
    from nbconvert.preprocessors import ClearOutputPreprocessor, TagRemovePreprocessor

    nb = nbformat.read(source, as_version=4)
    resources: dict[str, object] = {}
    nb, _ = TagRemovePreprocessor(remove_cell_tags={"answer"}).preprocess(nb, resources)
    nb, _ = ClearOutputPreprocessor().preprocess(nb, resources)
    folder = folder or paths.BUILD / "student"
    cells = []
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            cell.source = relink(cell.source, source.parent, folder)
        cells.append(cell)
        if cell.cell_type == "markdown" and cell.source.startswith("## Exercises"):
            for number in _EXERCISE.findall(cell.source):
                empty = nbformat.v4.new_code_cell(f"# Exercise {number}: your answer\n")
                empty.id = f"{source.stem}-exercise-{number}"
                cells.append(empty)
    if len(cells) == len(nb.cells):
        raise BriconnectError(f"{source.name}: no '## Exercises' cell with a numbered list")
    nb.cells = cells
    return nb


def write_student_copy(name: str, folder: Path | None = None) -> Path:
    """Write ``build/student/<name>.ipynb`` (atomically) and return its path."""
    source = paths.NOTEBOOKS / f"{name}.ipynb"
    if not source.is_file():
        raise BriconnectError(f"unknown notebook {name!r}: no notebooks/{name}.ipynb")
    folder = folder or paths.BUILD / "student"
    target = folder / f"{name}.ipynb"
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, nbformat.writes(student_copy(source, folder)) + "\n")
    return target
