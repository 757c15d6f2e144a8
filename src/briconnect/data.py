"""Loading the processed tables with the right types, for notebooks and analysts.

>>> from briconnect import data
>>> claims = data.load_claims()
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import paths

# Read identifiers and free text as strings so that "2022" in as_of stays a string, not an int.
_STRING_COLUMNS = {
    "claims": [
        "claim_id",
        "mention",
        "unit",
        "qualifier",
        "qualifier_text",
        "counted",
        "as_of",
        "tier",
        "sentence_text",
        "section_title",
    ],
    "sentences": ["text"],
    "countries": ["name", "iso3", "continent", "kind"],
    "sections": ["title"],
}


def _load(name: str, folder: Path | None) -> pd.DataFrame:
    path = (folder or paths.PROCESSED) / f"{name}.csv"
    header = pd.read_csv(path, nrows=0).columns
    dtype = {c: "string" for c in _STRING_COLUMNS.get(name, []) if c in header}
    return pd.read_csv(
        path,
        dtype=dtype,
        keep_default_na=False,
        na_values={c: [""] for c in header if c not in dtype},
    )


def load_claims(folder: Path | None = None) -> pd.DataFrame:
    """One row per quantity mention (see data/README.md for every column)."""
    return _load("claims", folder)


def load_sentences(folder: Path | None = None) -> pd.DataFrame:
    return _load("sentences", folder)


def load_countries(folder: Path | None = None) -> pd.DataFrame:
    return _load("countries", folder)


def load_sections(folder: Path | None = None) -> pd.DataFrame:
    return _load("sections", folder)


def raw_text() -> str:
    """The verbatim chapter; every start/end offset indexes into this string."""
    return paths.RAW_TEXT.read_text(encoding="utf-8")
