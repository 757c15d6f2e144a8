"""Shared fixtures: the raw chapter and the committed tables, read once per session."""

from __future__ import annotations

import csv

import pytest

from briconnect import paths


@pytest.fixture(scope="session")
def raw() -> str:
    return paths.RAW_TEXT.read_text(encoding="utf-8")


def _rows(name: str) -> list[dict[str, str]]:
    with (paths.PROCESSED / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _table_fixture(name: str):
    @pytest.fixture(scope="session", name=name)
    def rows() -> list[dict[str, str]]:
        return _rows(name)

    return rows


# One session fixture per table, named after it: claims, sentences, countries, projects, ...
for _name in ("claims", "sentences", "countries", "sections", "projects", "alignments",
              "mechanisms", "checks"):  # fmt: skip
    globals()[_name] = _table_fixture(_name)


@pytest.fixture(scope="session")
def sentences_by_id(sentences: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    return {r["sentence_id"]: r for r in sentences}


def _answer_outputs(name: str) -> dict[int, str]:
    """The stored output of each worked answer of an executed notebook, by exercise number.

    An answer is a code cell tagged ``answer`` whose first line is ``# Answer N: ...`` (its prose
    reasoning, a Markdown cell with the same tag, displays nothing); its output is
    the text of what it printed or displayed (nbval checks that re-running gives the same).
    """
    import json

    from briconnect.report.executed import ANSWER_NUMBER

    path = paths.ROOT / "reports" / "notebooks" / f"{name}.ipynb"
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    out: dict[int, str] = {}
    for cell in cells:
        if cell["cell_type"] != "code" or "answer" not in cell["metadata"].get("tags", []):
            continue
        number = ANSWER_NUMBER.match("".join(cell["source"]))
        assert number, f"{name}: an answer cell must start with '# Answer N'"
        texts = []
        for output in cell.get("outputs", []):
            if output["output_type"] == "stream":
                texts.append("".join(output["text"]))
            elif "text/plain" in output.get("data", {}):
                texts.append("".join(output["data"]["text/plain"]))
        key = int(number.group(1))
        out[key] = out.get(key, "") + "\n".join(texts)
    return out


@pytest.fixture(scope="session")
def answers():
    """``answers("03-trade")[2]``: the text the worked answer to exercise 2 displayed."""
    return _answer_outputs


@pytest.fixture(scope="module")
def answer_prose(request):
    """``answer_prose(1)``: the Markdown reasoning of answer 1 ("**Answer 1.** ...") in the source
    notebook named by the test module's ``NAME``, line breaks as spaces."""
    import json

    path = paths.ROOT / "notebooks" / f"{request.module.NAME}.ipynb"
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    texts = ["".join(c["source"]) for c in cells if c["cell_type"] == "markdown"]

    def prose(number: int) -> str:
        found = [t for t in texts if t.startswith(f"**Answer {number}.**")]
        assert len(found) == 1, number
        return " ".join(found[0].split())

    return prose


def _table_cells(text: str) -> dict[str, list[str]]:
    """A displayed pandas table as {row label: its cells}, joining the blocks pandas wraps."""
    import re

    rows: dict[str, list[str]] = {}
    for line in text.splitlines():
        parts = [p for p in re.split(r"\s{2,}", line.strip()) if p and p != "\\"]
        if len(parts) >= 2:
            rows.setdefault(parts[0], []).extend(parts[1:])
    return rows


@pytest.fixture(scope="session")
def table_cells():
    """``table_cells(out[2])``: a displayed pandas table as {row label: its cells}."""
    return _table_cells
