"""The typed loaders analysts and notebooks use."""

from __future__ import annotations

import pandas as pd
import pytest

from briconnect import data
from briconnect.dataset.dictionary import TABLES
from briconnect.dataset.loaders import dtype


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_table_loads_with_its_dictionary_columns(name: str) -> None:
    df = data.load(name)
    assert list(df.columns) == TABLES[name].field_names()
    assert len(df) > 0


def test_types_follow_the_dictionary() -> None:
    claims = data.load_claims()
    assert claims["as_of"].dtype == "string"
    assert (claims["as_of"] == "2022").sum() == 7  # a year stays a string, not the number 2022
    assert pd.api.types.is_integer_dtype(claims["start"])
    lower = claims[claims["qualifier"] == "lower"]
    assert len(lower) == 54 and lower["value_high"].isna().all()  # an empty cell is missing
    row = claims.set_index("claim_id").loc["c16177"]
    assert (row["mention"], row["value"], row["unit"]) == ("nearly US$2.9 trillion", 2.9e12, "USD")
    text = data.raw_text()
    assert all(
        text[s:e] == m for s, e, m in zip(claims.start, claims.end, claims.mention, strict=True)
    )
    assert data.load_countries()["in_name"].dtype == bool


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_column_has_the_dtype_of_its_dictionary_type(name: str) -> None:
    df = data.load(name)
    assert {c: str(t) for c, t in df.dtypes.items()} == {
        f.name: dtype(f) for f in TABLES[name].fields
    }


def test_optional_integers_are_nullable() -> None:
    projects = data.load_projects()
    assert projects["status_start"].dtype == "Int64"  # may be empty: int64 has no missing value
    assert projects["start"].dtype == "int64"


def test_unknown_table() -> None:
    with pytest.raises(KeyError, match="no table 'claim'"):
        data.load("claim")
