"""Chapter III's vocabulary, read from ``rules.yaml`` beside this file.

The general extractor's :class:`~briconnect.extract.rules.Rules` extended with the chapter's
own head nouns, status phrases, places and organisation overrides, plus what only this chapter
has: its corridors and the two alignment lists.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from ..extract.rules import GENERAL, Rules


@cache
def load() -> dict[str, Any]:
    """The data file as a dict (read once per process)."""
    text = resources.files(__package__).joinpath("rules.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def rules() -> Rules:
    """The general rules plus the chapter's projects and mechanisms vocabulary."""
    data = load()
    return GENERAL.extended(
        {
            **data["projects"],
            **data["mechanisms"],
            "named_groups": data["corridors"]["economic"],
            "default_group": data["corridors"]["default"],
            "not_in": data["alignments"]["lists"],
        }
    )


ECONOMIC_CORRIDORS: tuple[str, ...] = tuple(load()["corridors"]["economic"])
#: The projects.corridor enum: the six economic corridors, then the other groups.
CORRIDORS: tuple[str, ...] = ECONOMIC_CORRIDORS + tuple(load()["corridors"]["other_groups"])
ALIGNMENT_LEVELS: tuple[str, ...] = tuple(load()["alignments"]["levels"])
PARTNER_TYPES: tuple[str, ...] = tuple(load()["alignments"]["partner_types"])
