"""Loading the processed tables with the right types, for notebooks and analysts.

    >>> from briconnect import data
    >>> claims = data.load_claims()

Column types come from the data dictionary (``dataset/datapackage.yaml``, read by
:mod:`briconnect.dataset.dictionary`), so a new column is typed as soon as it is documented.
Text columns keep empty cells as "" (so "2022" in as_of stays a string); number columns read
empty cells as missing (NaN); integer columns are int64, or pandas' nullable Int64 when the
dictionary allows empty cells; booleans are bool.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

from .. import paths
from .dictionary import TABLES, Field

# Table Schema type -> pandas dtype, (required, optional). Optional integers need pandas'
# nullable Int64: int64 has no missing value.
DTYPES = {
    "string": ("string", "string"),
    "integer": ("int64", "Int64"),
    "number": ("float64", "float64"),
    "boolean": ("bool", "boolean"),
}


def dtype(field: Field) -> str:
    """The pandas dtype of a column of the data dictionary."""
    required, optional = DTYPES[field.type]
    return required if field.required else optional


def load(name: str, folder: Path | None = None) -> pd.DataFrame:
    """Any table of data/processed/ by name: claims, sentences, countries, projects, ..."""
    if name not in TABLES:
        raise KeyError(f"no table {name!r}; the tables are {', '.join(TABLES)}")
    path = (folder or paths.PROCESSED) / f"{name}.csv"
    fields = TABLES[name].fields
    return pd.read_csv(
        path,
        dtype={f.name: dtype(f) for f in fields},
        keep_default_na=False,
        na_values={f.name: [""] for f in fields if f.type != "string"},
        true_values=["true"],
        false_values=["false"],
    )


def _loader(name: str) -> Callable[[Path | None], pd.DataFrame]:
    """``load_<name>(folder=None)``: one typed table, documented from the dictionary."""

    def load_table(folder: Path | None = None) -> pd.DataFrame:
        return load(name, folder)

    load_table.__name__ = load_table.__qualname__ = f"load_{name}"
    load_table.__doc__ = f"{TABLES[name].description} (every column: data/README.md)"
    return load_table


load_sections = _loader("sections")
load_sentences = _loader("sentences")
load_claims = _loader("claims")
load_countries = _loader("countries")
load_projects = _loader("projects")
load_alignments = _loader("alignments")
load_mechanisms = _loader("mechanisms")
load_checks = _loader("checks")


def raw_text() -> str:
    """The verbatim chapter; every start/end offset indexes into this string."""
    return paths.RAW_TEXT.read_text(encoding="utf-8")
