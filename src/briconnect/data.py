"""The public way in: ``from briconnect import data; data.load_claims()``.

The loaders live in :mod:`briconnect.dataset.loaders`; this module only re-exports them so
notebooks and analysts keep one short import.
"""

from .dataset.loaders import (
    load,
    load_alignments,
    load_checks,
    load_claims,
    load_countries,
    load_mechanisms,
    load_projects,
    load_sections,
    load_sentences,
    raw_text,
)

__all__ = [
    "load",
    "load_alignments",
    "load_checks",
    "load_claims",
    "load_countries",
    "load_mechanisms",
    "load_projects",
    "load_sections",
    "load_sentences",
    "raw_text",
]
