"""The cheap tests in front of the rules' patterns never change what a pattern finds.

`needles` (strings every match contains) lets a rule skip a sentence; `guarded` puts a
lookahead for a pattern's possible first characters in front of it. Both must be sound: a
skipped sentence holds no match, a guarded pattern finds exactly what the bare one finds. The
property tests draw patterns and texts over an alphabet holding the letters ``re`` folds
together under IGNORECASE ("ſ" and "s", "ı" and "i", "İ", the Kelvin sign, "µ" and "μ").
"""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from briconnect.extract import literals
from briconnect.extract.projects import Matcher
from briconnect.extract.rules import GENERAL

ALPHABET = "abksiAB KSI\u017f\u0131\u0130\u212a\u00b5\u03bc0-"
ATOMS = [re.escape(c) for c in ALPHABET] + [
    "[ab]",
    "[a-c]",
    "[^a]",
    r"\d",
    ".",
    r"\b",
    "(?<=a)",
    "(?<!b)",
    "(?=s)",
    "(?!k)",
    "$",
]


def _patterns() -> st.SearchStrategy[str]:
    return st.recursive(
        st.sampled_from(ATOMS),
        lambda inner: st.one_of(
            st.lists(inner, min_size=2, max_size=4).map("".join),
            st.tuples(inner, inner).map(lambda t: f"(?:{t[0]}|{t[1]})"),
            inner.map(lambda p: f"(?:{p})?"),
            inner.map(lambda p: f"(?:{p})*"),
            inner.map(lambda p: f"(?:{p})+"),
            inner.map(lambda p: f"(?:{p}){{2}}"),
            inner.map(lambda p: f"(?i:{p})"),
            inner.map(lambda p: f"(?-i:{p})"),
            inner.map(lambda p: f"(?>{p})"),
        ),
        max_leaves=8,
    )


def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    try:
        return re.compile(pattern, flags)
    except re.error:
        assume(False)
        raise


texts = st.text(alphabet=ALPHABET + "cx", max_size=14)
flag_sets = st.sampled_from([0, re.IGNORECASE])


@settings(max_examples=400, deadline=None)
@given(_patterns(), texts, flag_sets, st.data())
def test_a_span_without_the_needles_holds_no_match(pattern, text, flags, data) -> None:
    rx = _compiled(pattern, flags)
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    if rx.search(text, lo, hi):
        assert literals.may_match(literals.needles(rx), literals.fold(text[lo:hi]))


@settings(max_examples=400, deadline=None)
@given(_patterns(), texts, flag_sets, st.data())
def test_a_guarded_pattern_finds_exactly_what_the_bare_one_finds(
    pattern, text, flags, data
) -> None:
    bare = _compiled(pattern, flags)
    guarded = re.compile(literals.guarded(pattern, flags), flags)
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert [(m.span(), m.groups()) for m in guarded.finditer(text, lo, hi)] == [
        (m.span(), m.groups()) for m in bare.finditer(text, lo, hi)
    ]


def test_needles_are_the_words_every_way_through_spells() -> None:
    cue = re.compile(r"\b(?:was|were|(?:has|have) been) (?:officially )?inaugurated\b")
    assert literals.needles(cue) == ("inaugurated",)
    # a branch contributes the words of each of its ways; a word holding another adds nothing
    assert literals.needles(re.compile(r"\b(?:Bypass|bypass road|Causeway)\b")) == (
        "bypass",
        "causeway",
    )
    # what a lookbehind reads is no part of the match
    assert literals.needles(re.compile(r"(?<=Port )Qasim")) == ("qasim",)
    # "(?:ed|es)" after "complet": re itself factors out the shared "e"
    assert literals.needles(re.compile(r"(?:\b(?:is|are) )*\bcomplet(?:ed|es)")) == ("complete",)


def test_no_needles_where_a_way_through_spells_nothing() -> None:
    for pattern in (r"a*", r"\d+(?:km|miles)?", r"(?:open|\w+)", r"[A-Z]\w+"):
        assert literals.needles(re.compile(pattern)) == ()
    assert literals.may_match((), "anything")


def test_fold_writes_alike_what_ignorecase_matches_alike() -> None:
    # "İSTANBUL" lowercases to two characters; re reads its first letter as "i"
    assert literals.fold("\u0130STANBUL") == "istanbul"
    assert literals.fold("\u017fTATION") == "station"
    assert literals.fold("\u212aM") == "km"
    assert literals.fold("\u03bc") == literals.fold("\u00b5")
    assert re.search(r"(?i)istanbul", "\u0130STANBUL")
    assert literals.may_match(
        literals.needles(re.compile(r"(?i)istanbul")), literals.fold("\u0130STANBUL")
    )


def test_guard_reads_each_character_as_its_context_does() -> None:
    # a case-sensitive branch ("EUR") is looked for as written; a case-insensitive one either way
    exact, either = literals.first_chars(r"(?-i:EUR|GBP)|(?:tens|dozens)", re.IGNORECASE)
    assert exact == frozenset("EG")
    assert either == frozenset("td")
    assert literals.first_chars(r"\d+|one") is None  # a digit class: any character may begin
    assert literals.first_chars(r"(?:a)?") is None  # may match empty
    assert literals.guarded(r"\d+") == r"\d+"


def test_every_status_cue_of_the_general_rules_can_skip_a_clause() -> None:
    # a cue without needles is searched in every clause of every text: the rules' speed rests
    # on each cue naming a word it cannot match without
    matcher = Matcher(GENERAL)
    cues = zip(matcher.cues, matcher.cue_needles, strict=True)
    bare = [rx.pattern[:60] for (rx, *_), found in cues if not found]
    assert bare == []
    assert matcher.named_needles


@pytest.mark.parametrize(
    ("pattern", "flags", "text"),
    [
        # found by a reviewer: global flags, VERBOSE, letters beyond the BMP under IGNORECASE,
        # ASCII matching (scoped or not) with case equivalents
        ("(?i)abc", 0, "ABC"),
        ("abc  # note", re.VERBOSE, "abc"),
        ("\u03b8x|\U00010400y", re.IGNORECASE, "\U00010400y"),
        ("[\U00010400-\U00010401]", re.IGNORECASE, "\U00010400"),
        ("\u212ax|(?i:k)y", re.ASCII, "\u212ax"),
        ("\u01c4x|(?i:\u01c6)y", re.ASCII, "\u01c4x"),
        ("(?u:(?i:k))", re.ASCII, "\u212a"),
    ],
)
def test_a_guard_is_left_off_where_it_could_not_keep_every_match(pattern, flags, text) -> None:
    guarded = re.compile(literals.guarded(pattern, flags), flags)
    assert [m.span() for m in guarded.finditer(text)] == [
        m.span() for m in re.compile(pattern, flags).finditer(text)
    ]
