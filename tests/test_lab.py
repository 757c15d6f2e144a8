"""Running a lesson in JupyterLab leaves the repository alone, and every link in a lesson, its
student copy and its report page lands on a file."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import nbformat
import pytest

from briconnect import paths
from briconnect.report.lab import clear_run, is_lesson, strip_on_save
from briconnect.report.links import relink
from briconnect.report.student import student_copy

NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
LINK = re.compile(r"\]\((?![a-z]+:|#)([^)\s#]+)(?:#[^)\s]*)?\)")


def _as_run_and_saved(source: Path) -> dict:
    """The notebook as JupyterLab saves it after a run: outputs, counts, timings, kernel details."""
    nb = json.loads(source.read_text(encoding="utf-8"))
    for n, cell in enumerate(c for c in nb["cells"] if c["cell_type"] == "code"):
        cell["outputs"] = [{"output_type": "stream", "name": "stdout", "text": "45.4\n"}]
        cell["execution_count"] = n + 1
        cell["metadata"]["execution"] = {"iopub.status.busy": "2026-12-01T03:00:00Z"}
    nb["metadata"]["language_info"] = {
        "name": "python",
        "version": "3.11.9",
        "file_extension": ".py",
        "mimetype": "text/x-python",
    }
    return nb


@pytest.mark.parametrize("source", NOTEBOOKS, ids=lambda p: p.stem)
def test_a_run_lesson_saves_byte_identical_to_the_committed_one(source: Path) -> None:
    model = {"type": "notebook", "content": _as_run_and_saved(source)}
    strip_on_save(model=model, path=f"notebooks/{source.name}", contents_manager=None)
    # JupyterLab's file manager writes with nbformat.write, which ends the text with a newline
    saved = nbformat.writes(nbformat.from_dict(model["content"])) + "\n"
    assert saved == source.read_text(encoding="utf-8")


def test_only_lessons_are_cleared_and_edits_are_kept() -> None:
    assert is_lesson("notebooks/03-trade.ipynb") and is_lesson("/notebooks/00-overview.ipynb")
    assert not is_lesson("build/student/03-trade.ipynb") and not is_lesson("notebooks/README.md")
    run = _as_run_and_saved(NOTEBOOKS[0])
    model = {"type": "notebook", "content": copy.deepcopy(run)}
    strip_on_save(model=model, path="build/student/00-overview.ipynb", contents_manager=None)
    assert model["content"] == run  # a student's copy keeps its outputs
    run["cells"][0]["source"] = "# My own title"
    run["cells"][0]["metadata"]["tags"] = ["mine"]
    cleared = clear_run(run)
    assert cleared["cells"][0]["source"] == "# My own title"  # a person's edit stays an edit
    assert cleared["cells"][0]["metadata"]["tags"] == ["mine"]


def test_relink_keeps_each_relative_link_on_its_file() -> None:
    text = "[Bound](../docs/teaching/glossary.md#bound), [web](https://x.org/a), [top](#top)"
    moved = relink(text, Path("/r/notebooks"), Path("/r/build/student"))
    assert moved == (
        "[Bound](../../docs/teaching/glossary.md#bound), [web](https://x.org/a), [top](#top)"
    )
    assert relink(text, Path("/r/notebooks"), Path("/r/notebooks")) == text


@pytest.mark.parametrize("source", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_relative_link_lands_from_the_lesson_and_its_student_copy(source: Path) -> None:
    folder = paths.BUILD / "student"
    copies = {
        paths.NOTEBOOKS: nbformat.read(source, as_version=4),
        folder: student_copy(source, folder),
    }
    for where, nb in copies.items():
        links = [
            link
            for cell in nb.cells
            if cell.cell_type == "markdown"
            for link in LINK.findall(cell.source)
        ]
        assert links, f"{source.stem}: no relative link (the glossary) in {where.name}"
        for link in links:
            assert (where / link).resolve().is_file(), f"{source.stem} in {where.name}: {link}"
