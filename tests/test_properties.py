"""Property-based tests: on arbitrary text the extractor never crashes and stays truthful."""

from __future__ import annotations

import math

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from briconnect.dataset.build import extract_text
from briconnect.errors import BriconnectError
from briconnect.extract.quantities import find_quantities

# Text built from the pieces that matter to the grammar, plus arbitrary characters.
PIECES = st.sampled_from(
    [" ", ".", ",", "-", "$", "US$", "RMB", "%", "(", ")", "+", "\n", "more than ", "nearly ",
     "-plus", " billion", " trillion", " percent", " percentage points", " km per hour", " TEUs",
     " times", " years", "twice", "Sixteen", "fourth largest", "2023", "June", "By the end of ",
     "Since ", "From 2013 to 2022", "China", "Hong Kong SAR", "K2", "5G", "No.", "e.g.", "1,000",
     "19.1", "0", "7", "a dozen", "tens of thousands", "1. Title\n", "In 2022, "]
)  # fmt: skip
TEXTS = st.one_of(
    st.lists(PIECES, max_size=40).map("".join),
    st.text(max_size=200),
    st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=30).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_quantities_slice_back_and_are_finite(text: str) -> None:
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.mention
        assert math.isfinite(q.value)
        assert q.start <= q.number_start <= q.number_end <= q.end
        if q.value_low is not None and q.value_high is not None:
            assert q.value_low <= q.value_high


@settings(max_examples=60, deadline=None)
@given(TEXTS)
@example("0\r0")  # found by hypothesis in CI: an unquoted CR split a CSV row
def test_whole_pipeline_never_crashes_and_validates(text: str) -> None:
    """60 examples: each validates with frictionless (~0.1 s), so more would cost minutes."""
    # extract_text validates every table (types, enums, offsets) before returning. A CR is
    # refused with one line: offsets count LF only, and a CR in a CSV cell would end its row.
    if "\r" in text:
        with pytest.raises(BriconnectError, match="CR line endings"):
            extract_text(text)
        return
    tables = extract_text(text)
    assert set(tables) >= {"claims", "sentences", "countries", "sections"}
    assert all(t.endswith("\n") for t in tables.values())
