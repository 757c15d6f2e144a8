"""The teacher's guide and glossary: every term is linked from the notebook where it first appears,
every glossary link in a notebook lands on a term, and the guide covers every notebook."""

from __future__ import annotations

import json
import re

from briconnect import paths

GLOSSARY = paths.ROOT / "docs" / "teaching" / "glossary.md"
GUIDE = paths.ROOT / "docs" / "teaching" / "guide.md"
UNESCAPED = re.compile(r"(?<!\\)\$")  # "US$2" in Markdown opens a LaTeX span
LINK = re.compile(r"\]\(\.\./docs/teaching/glossary\.md#([\w-]+)\)")

# How the notebooks' Markdown names each glossary term (case-insensitive). The first notebook, in
# lesson order, whose Markdown outside the worked answers names a term must link it: a student
# meets the link where the word is new (answers are not in the student copies).
TERMS = {
    "aiib": r"\bAIIB\b",
    "as-of-date": r"as-of date|as_of\b",
    "as-of-merge": r"merge_asof",
    "base-rate": r"base rate",
    "belt-and-road-initiative-bri": r"Belt and Road",
    "bisection": r"bisection|halving a bracket",
    "bound-lower-upper": r"\bbounds?\b",
    "bri-themed-bond": r"BRI-themed bond",
    "can-fail": r"can_fail|cannot fail|could (?:not )?have failed",
    "central-parity-rate": r"central parity",
    "claim": r"\bclaims?\b",
    "compound-annual-growth-rate": r"compound",
    "consistency-check": r"consistency check",
    "cross-tabulation": r"crosstab|cross-tabulat",
    "economic-corridor": r"economic corridor",
    "eximbank": r"Eximbank",
    "forward-fill-ffill": r"\bffill\b",
    "geometric-series": r"geometric",
    "hedge": r"\bhedge",
    "interval": r"\binterval",
    "keyword-rule": r"keyword rule",
    "named-aggregation": r"named aggregation",
    "overlap-bound": r"overlap bound|take part in both",
    "panda-bond": r"panda bond",
    "partner-country": r"partner countr",
    "percent-and-percentage-point": r"percentage point",
    "pigeonhole-bound": r"pigeonhole",
    "qualifier": r"qualifier",
    "renminbi-rmb-yuan-cny": r"renminbi",
    "rounding-step": r"rounding step",
    "same-clause-check": r"one clause",
    "silk-road-fund": r"Silk Road Fund",
    "stock-and-flow": r"\bstocks?\b.{0,40}\bflows?\b|\bflows?\b.{0,40}\bstocks?\b",
    "strict-and-conventional-reading": r"strict reading|conventional reading",
    "teu": r"\bTEU",
    "undecidable": r"undecidable",
}


def _slug(heading: str) -> str:
    """GitHub's anchor for a Markdown heading."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def _anchors() -> set[str]:
    text = GLOSSARY.read_text(encoding="utf-8")
    return {_slug(h) for h in re.findall(r"(?m)^### (.+)$", text)}


def _markdown(notebook, answers: bool = True) -> str:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return "\n".join(
        "".join(c["source"])
        for c in cells
        if c["cell_type"] == "markdown"
        and (answers or "answer" not in c["metadata"].get("tags", []))
    )


def _notebooks() -> list:
    return sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))


def _linked() -> dict[str, set[str]]:
    return {nb.stem: set(LINK.findall(_markdown(nb))) for nb in _notebooks()}


def test_the_glossary_has_at_least_twenty_terms() -> None:
    assert len(_anchors()) >= 20


def test_every_term_is_linked_from_a_notebook_and_every_link_lands() -> None:
    linked = _linked()
    every = set().union(*linked.values())
    assert every <= _anchors(), every - _anchors()
    assert _anchors() <= every, _anchors() - every


def test_every_notebook_links_a_term() -> None:
    assert [stem for stem, anchors in _linked().items() if not anchors] == []


def test_every_term_is_linked_where_it_first_appears() -> None:
    assert set(TERMS) == _anchors()  # a new term needs its pattern here
    linked = _linked()
    missing = {}
    for anchor, pattern in TERMS.items():
        for nb in _notebooks():
            # the words only: a link's target (an anchor) does not count as naming the term
            text = re.sub(r"\]\([^)]*\)", "]", _markdown(nb, answers=False))
            if re.search(pattern, text, re.IGNORECASE | re.DOTALL):
                if anchor not in linked[nb.stem]:
                    missing[anchor] = nb.stem
                break
    assert missing == {}


def test_every_definition_names_a_notebook() -> None:
    entries = re.split(r"(?m)^### ", GLOSSARY.read_text(encoding="utf-8"))[1:]
    assert [
        e.splitlines()[0] for e in entries if not re.search(r"notebooks? 0\d", e, re.IGNORECASE)
    ] == []


def test_teaching_docs_escape_currency_dollars() -> None:
    for doc in (GLOSSARY, GUIDE):
        text = doc.read_text(encoding="utf-8")
        assert [text[m.start() - 20 : m.end() + 10] for m in UNESCAPED.finditer(text)] == []


def test_the_guide_covers_every_notebook() -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    plan = guide.split("## A plan", 1)[1].split("\n## ", 1)[0]
    outcomes = guide.split("## Learning outcomes", 1)[1].split("\n## ", 1)[0]
    exercises = guide.split("## Exercises", 1)[1].split("\n## ", 1)[0]
    for nb in _notebooks():
        number = nb.stem[:2]
        assert nb.stem in plan or f"`{number}" in plan, nb.stem
        assert f"**{number} " in outcomes, nb.stem
        assert f"**{number} " in exercises, nb.stem
    sessions = re.findall(r"(?m)^\| (\d) \|", plan)
    assert 4 <= len(sessions) <= 6


def test_the_guide_names_the_commands_it_relies_on() -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    for command in ("make lab", "make student", "make report"):
        assert command in guide
    makefiles = (paths.ROOT / "Makefile").read_text() + (
        paths.ROOT / "make" / "report.mk"
    ).read_text()
    for target in ("lab:", "student:", "report:"):
        assert target in makefiles
