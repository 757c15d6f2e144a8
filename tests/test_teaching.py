"""The teacher's guide and glossary: every term is linked from the notebook that introduces it,
and every glossary link in a notebook lands on a term."""

from __future__ import annotations

import json
import re

from briconnect import paths

GLOSSARY = paths.ROOT / "docs" / "teaching" / "glossary.md"


def _slug(heading: str) -> str:
    """GitHub's anchor for a Markdown heading."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def _anchors() -> set[str]:
    text = GLOSSARY.read_text(encoding="utf-8")
    return {_slug(h) for h in re.findall(r"(?m)^### (.+)$", text)}


def _linked() -> dict[str, set[str]]:
    out = {}
    for nb in sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb")):
        cells = json.loads(nb.read_text(encoding="utf-8"))["cells"]
        md = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
        out[nb.stem] = set(re.findall(r"\]\(\.\./docs/teaching/glossary\.md#([\w-]+)\)", md))
    return out


def test_the_glossary_has_at_least_twenty_terms() -> None:
    assert len(_anchors()) >= 20


def test_every_term_is_linked_from_a_notebook_and_every_link_lands() -> None:
    linked = _linked()
    every = set().union(*linked.values())
    assert every <= _anchors(), every - _anchors()
    assert _anchors() <= every, _anchors() - every


def test_the_guide_names_the_commands_it_relies_on() -> None:
    guide = (paths.ROOT / "docs" / "teaching" / "guide.md").read_text(encoding="utf-8")
    for command in ("make lab", "make student", "make report"):
        assert command in guide
    makefiles = (paths.ROOT / "Makefile").read_text() + (
        paths.ROOT / "make" / "report.mk"
    ).read_text()
    for target in ("lab:", "student:", "report:"):
        assert target in makefiles
