"""Student copies: no worked answer, no output, an empty cell per exercise, and each runs."""

from __future__ import annotations

import json

import nbformat
import pytest

from briconnect import paths
from briconnect.report.executed import ANSWER_NUMBER
from briconnect.report.student import student_copy

NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))


@pytest.mark.parametrize("source", NOTEBOOKS, ids=lambda p: p.stem)
def test_student_copy_has_no_answers_and_a_cell_per_exercise(source) -> None:
    teacher = json.loads(source.read_text(encoding="utf-8"))
    answers = [c for c in teacher["cells"] if "answer" in c["metadata"].get("tags", [])]
    numbers = {n for c in answers for n in ANSWER_NUMBER.findall("".join(c["source"]))}
    nb = student_copy(source)
    assert answers and not any("answer" in c.metadata.get("tags", []) for c in nb.cells)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")
    blanks = [c for c in nb.cells if c.source.startswith("# Exercise ")]
    assert len(blanks) == len(numbers)  # one worked answer per exercise in the teacher's copy
    assert len({c.id for c in nb.cells}) == len(nb.cells)


@pytest.mark.parametrize("source", NOTEBOOKS, ids=lambda p: p.stem)
def test_student_copy_runs_top_to_bottom(source, tmp_path, monkeypatch) -> None:
    from nbclient import NotebookClient

    monkeypatch.setenv("BRICONNECT_READ_ONLY", "1")  # a test writes no figure or summary
    nb = student_copy(source)
    NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    ).execute()
    assert nbformat.validate(nb) is None
