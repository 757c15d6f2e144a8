"""Every number in a summary comes from code: the write_summary call of each notebook holds no
number typed by hand, and every number in each written summary is in its executed notebook."""

from __future__ import annotations

import ast
import json
import re

import pytest

from briconnect import paths

NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
# Numbers that are words of the sentence, not data: "per 1,000 words" and the notebook's own number.
WORDING = {"1,000"}


def _summary_call(notebook) -> ast.Call:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    code = next("".join(c["source"]) for c in cells if "write_summary(" in "".join(c["source"]))
    tree = ast.parse(code)
    return next(
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "write_summary"
    )


def _typed_text(node: ast.AST) -> list[str]:
    """The literal text of the summary's strings, format specifications left out."""
    specs = {
        id(c)
        for n in ast.walk(node)
        if isinstance(n, ast.FormattedValue) and n.format_spec is not None
        for c in ast.walk(n.format_spec)
    }
    keys = {
        id(c) for n in ast.walk(node) if isinstance(n, ast.Subscript) for c in ast.walk(n.slice)
    }
    return [
        n.value
        for n in ast.walk(node)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in specs | keys
    ]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_no_number_is_typed_into_a_summary(notebook) -> None:
    call = _summary_call(notebook)
    own = {notebook.stem[:2], str(int(notebook.stem[:2]))}  # "section 3" in notebook 03
    typed = [
        m.rstrip(".,")
        for text in _typed_text(call.args[2] if len(call.args) > 2 else call)
        for m in re.findall(r"(?<!\w)\d[\d,.]*", text)
        if m.rstrip(".,") not in WORDING | own
    ]
    assert typed == [], f"{notebook.name}: numbers typed by hand in the summary: {typed}"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_summary_number_is_in_the_executed_notebook(notebook) -> None:
    summary = (paths.REPORTS / "summaries" / f"{notebook.stem}.md").read_text(encoding="utf-8")
    executed = (paths.REPORTS / "notebooks" / notebook.name).read_text(encoding="utf-8")
    body = "\n".join(line for line in summary.splitlines() if line.startswith("- "))
    numbers = {m.rstrip(".,") for m in re.findall(r"\d[\d,.]*", body)}
    assert numbers
    missing = sorted(n for n in numbers if n not in executed)
    assert missing == []
