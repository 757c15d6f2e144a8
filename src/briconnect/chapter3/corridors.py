"""Which economic corridor (or other group) each paragraph of section 2 is about.

Read from the paragraphs' opening words, as declared in ``rules.yaml``: "Along the X Economic
Corridor, ..." and "Major projects along the X ..." name a corridor for their own paragraph;
"In Africa, ..." names Africa; "Maritime connectivity ..." opens a block of port paragraphs
that runs until the air or inter-modality paragraphs.
"""

from __future__ import annotations

import re

from ..errors import BriconnectError
from ..extract.spans import paragraphs
from ..extract.text import Sentence
from .vocabulary import load


def paragraph_corridors(sentences: list[Sentence], strict: bool = True) -> dict[int, str]:
    """Corridor of every paragraph; ``strict`` fails on a corridor the chapter does not list
    and on a corridor no paragraph names."""
    spec = load()["corridors"]
    economic = spec["economic"]
    lead = re.compile(spec["lead"])
    blocks = [(re.compile(p), name) for p, name in spec["block_openers"].items()]
    out: dict[int, str] = {}
    block = spec["default"]
    for number, sents in paragraphs(sentences).items():
        first = sents[0]
        if first.section != spec["section"]:
            out[number] = spec["default"]
            continue
        m = lead.match(first.text)
        for rx, name in blocks:
            if rx.match(first.text):
                block = name
        opener = next(
            (g for w, g in spec["paragraph_openers"].items() if first.text.startswith(w)), None
        )
        if m and m.group("name") in economic:
            out[number] = m.group("name")
        elif m and strict:
            raise BriconnectError(f"paragraph {number}: unknown corridor {m.group('name')!r}")
        elif opener:
            out[number] = opener
        else:
            out[number] = block
    missing = set(economic) - set(out.values())
    if missing and strict:
        raise BriconnectError(f"no paragraph found for corridors {sorted(missing)}")
    return out
