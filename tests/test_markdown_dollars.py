"""JupyterLab reads two unescaped '$' in Markdown as a LaTeX span ("US$19.1 trillion ... US$2.9"
in italics): every Markdown source and displayed Markdown output escapes its dollars."""

from __future__ import annotations

import json
import re

import pytest

from briconnect import paths
from briconnect.report.summaries import escape_dollars

UNESCAPED = re.compile(r"(?<!\\)\$")
SOURCES = sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
EXECUTED = sorted((paths.REPORTS / "notebooks").glob("[0-9][0-9]-*.ipynb"))


def _markdown(notebook) -> list[str]:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    out = ["".join(c["source"]) for c in cells if c["cell_type"] == "markdown"]
    for c in cells:
        for o in c.get("outputs", []):
            md = o.get("data", {}).get("text/markdown")
            if md:
                out.append("".join(md))
    return out


@pytest.mark.parametrize("notebook", SOURCES + EXECUTED, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_no_unescaped_dollar_in_markdown(notebook) -> None:
    bad = [m[:60] for m in _markdown(notebook) if UNESCAPED.search(m)]
    assert bad == []


def test_escape_dollars() -> None:
    assert escape_dollars("US$2.9 and US\\$3") == "US\\$2.9 and US\\$3"
