"""The national and regional strategies the chapter says the BRI is aligned with.

Read from the two list sentences of section 1 declared in ``rules.yaml``. Items are "Owner's
Strategy" (the owner is a country or an organisation) or a plan whose name contains its
organisation ("the Master Plan on ASEAN Connectivity 2025"). The level is the paragraph's ("At
regional and multilateral levels" -> regional; "At the bilateral level" -> bilateral), except
that plans of the United Nations are global.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import BriconnectError
from ..extract import countries as countries_mod
from ..extract.spans import Row, check_unique, list_items, slug, verify_spans
from ..extract.text import Sentence
from .vocabulary import load

_POSSESSIVE = re.compile(r"^(?:the\s+)?(?P<owner>[A-Z][\w ]*?)(?:'s|')\s+")


class _Skip(Exception):
    """An item the rules cannot read, on a run that is not strict."""


def _fail(strict: bool, message: str) -> None:
    if strict:
        raise BriconnectError(message)
    raise _Skip(message)


def extract_alignments(text: str, sentences: list[Sentence], strict: bool = True) -> list[Row]:
    """Each strategy in the alignment lists; ``strict`` fails on an item it cannot read."""
    spec = load()["alignments"]
    lists = [re.compile(p) for p in spec["lists"]]
    rows: list[Row] = []
    for s in sentences:
        if s.section != spec["section"]:
            continue
        for rx in lists:
            for m in rx.finditer(text, s.start, s.end):
                leads = spec["level_leads"].items()
                lead = next((v for k, v in leads if s.text.startswith(k)), None)
                if lead is None:
                    if strict:
                        raise BriconnectError(f"sentence {s.sentence_id}: alignment list, no level")
                    continue
                for a, b in list_items(text, m.start("list"), m.end("list")):
                    try:
                        row = _alignment_row(text, s, a, b, lead, spec["organizations"], strict)
                    except _Skip:
                        continue
                    if all(r["alignment_id"] != row["alignment_id"] for r in rows):
                        rows.append(row)
    if not rows and strict:
        raise BriconnectError(f"no alignment list found in section {spec['section']}")
    check_unique(rows, "alignment_id")
    spans = {"strategy": ("start", "end"), "partner_text": ("partner_start", "partner_end")}
    verify_spans(rows, text, sentences, spans)
    return rows


def _alignment_row(
    text: str,
    s: Sentence,
    a: int,
    b: int,
    lead: str,
    organizations: dict[str, dict[str, Any]],
    strict: bool,
) -> Row:
    item = text[a:b]
    m = _POSSESSIVE.match(item)
    partner_iso3 = ""
    if m:
        owner = m.group("owner")
        p_start = a + m.start("owner")
        start = a + m.end()
        hit = countries_mod.lookup(owner)
        if hit:
            partner_iso3, partner_type = hit[0].iso3, "country"
            partner, level = hit[0].short_name, "bilateral"
        elif owner in organizations:
            partner, level = organizations[owner]["name"], organizations[owner]["level"]
            partner_type = "organization"
        else:
            _fail(strict, f"alignment {item!r}: unknown owner {owner!r}")
        partner_written = owner
    else:
        start = a
        owners = [k for k in organizations if re.search(rf"\b{re.escape(k)}\b", item)]
        if len(owners) != 1:
            _fail(strict, f"alignment {item!r}: cannot tell whose plan it is")
        partner_written = owners[0]
        partner, level = organizations[owners[0]]["name"], organizations[owners[0]]["level"]
        partner_type = "organization"
        p_start = a + item.index(owners[0])
    if partner_type == "organization" and level != "global":
        level = lead
    strategy = text[start:b]
    return {
        "alignment_id": f"a-{slug(partner)}-{slug(strategy)}"[:80].rstrip("-"),
        "level": level,
        "partner": partner,
        "partner_type": partner_type,
        "partner_iso3": partner_iso3,
        "partner_text": partner_written,
        "partner_start": p_start,
        "partner_end": p_start + len(partner_written),
        "strategy": strategy,
        "section": s.section,
        "sentence_id": s.sentence_id,
        "start": start,
        "end": b,
    }
