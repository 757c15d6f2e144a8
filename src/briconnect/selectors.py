"""Naming one claim by what the text says around it: one lookup for checks and notebooks.

A selector is a set of regular expressions (the section, what the claim counts, words of its
sentence, the words right before or after the mention, the mention itself). Exactly one claim
must match; none or several is an error naming what was found, so a changed extraction fails
loudly instead of silently picking another number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from .errors import BriconnectError


class ClaimNotFound(BriconnectError, LookupError):
    """No claim, or more than one, matches a selector."""


def find_claim(
    claims: Iterable[Mapping[str, object]],
    *,
    section: int | None = None,
    counted: str | None = None,
    sentence: str | None = None,
    unit: str | None = None,
    before: str | None = None,
    after: str | None = None,
    mention: str | None = None,
) -> Mapping[str, object]:
    """The one claim matching every given pattern (see the module docstring)."""
    found = []
    for c in claims:
        # the cheap tests first: most claims fail on their section or unit
        if (section is not None and int(str(c["section"])) != section) or (
            unit is not None and c["unit"] != unit
        ):
            continue
        text, words = str(c["sentence_text"]), str(c["mention"])
        at = text.find(words)
        if (
            (counted is None or re.search(counted, str(c["counted"] or "")))
            and (sentence is None or re.search(sentence, text))
            and (mention is None or re.search(mention, words))
            and (after is None or re.match(after, text[at + len(words) :]))
            and (before is None or re.search(before + "$", text[:at]))
        ):
            found.append(c)
    if len(found) != 1:
        asked = {
            k: v
            for k, v in dict(
                section=section, counted=counted, sentence=sentence, unit=unit,
                before=before, after=after, mention=mention,
            ).items()
            if v is not None
        }  # fmt: skip
        ids = ", ".join(f"{c['claim_id']} {c['mention']!r}" for c in found) or "none"
        raise ClaimNotFound(f"expected one claim for {asked}; found {ids}")
    return found[0]
