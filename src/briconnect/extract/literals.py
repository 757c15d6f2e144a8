"""The words every match of a pattern must contain: a cheap test that it cannot match a span.

The rules run many patterns over every sentence (a status cue, a facility name), and most of
them match in few sentences. Python's ``re`` tries such a pattern at every position of the span:
its search has no fast path when the pattern opens with ``\\b``, a lookbehind or an optional
group. :func:`needles` reads a compiled pattern's parse tree once and returns lowercase strings,
one of which every match contains; a span holding none of them (:func:`may_match`) is skipped
without running the pattern.

The test only ever lets a span through that the pattern then rejects, never the other way
round: a string counts as required only when every way through the pattern spells it, and
anything the walk does not know (a class, a back-reference, a lookaround) requires nothing.
Text and needles are both lowercased and the letters ``re`` treats as one under IGNORECASE
("ſ" and "s", "ı" and "i", "µ" and "μ", "İ"; ``re``'s own table) written alike, so case never
hides one.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as C
from re import _parser
from re._casefix import _EXTRA_CASES

Needles = tuple[str, ...]  # one of these occurs in every match; () means no test


def _fold_tables() -> tuple[dict[int, str], dict[int, str]]:
    """Before lowering: "İ" as re reads it ("i"; str.lower() makes two characters of it).
    After: each class of lowercase letters re matches to one another (``re._casefix``), as
    its first member."""
    after = {}
    for code, others in _EXTRA_CASES.items():
        first = min(code, *others)
        for c in (code, *others):
            if c != first:
                after[c] = chr(first)
    return {0x130: "i"}, after


_BEFORE, _AFTER = _fold_tables()
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def fold(text: str) -> str:
    """Text as the needles are written: lowercase, with the letters re matches to one another
    under IGNORECASE written alike."""
    return text.translate(_BEFORE).lower().translate(_AFTER)


def _better(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    """The more selective of two requirements: longer shortest string, then fewer strings."""
    if a is None:
        return b
    if b is None:
        return a
    key_a = (min(map(len, a)), -len(a))
    key_b = (min(map(len, b)), -len(b))
    return b if key_b > key_a else a


def _required(items: list[tuple[object, object]]) -> set[str] | None:
    """Strings one of which every match of the sequence ``items`` contains, or None."""
    best: set[str] | None = None
    run: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))  # type: ignore[arg-type]
            continue
        if run:
            best = _better(best, {fold("".join(run))})
            run = []
        best = _better(best, _of(op, av))
    if run:
        best = _better(best, {fold("".join(run))})
    return best


def _of(op: object, av: object) -> set[str] | None:
    if op is C.SUBPATTERN:
        return _required(list(av[-1]))  # type: ignore[index]
    if op is C.ATOMIC_GROUP:
        return _required(list(av))  # type: ignore[arg-type]
    if op in _REPEATS:
        low, _, body = av  # type: ignore[misc]
        return _required(list(body)) if low >= 1 else None
    if op is C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:  # type: ignore[index]
            needs = _required(list(branch))
            if not needs:
                return None  # one way through that spells nothing required
            out |= needs
        return out
    return None  # classes, any, lookarounds, anchors, references: nothing required


@lru_cache(maxsize=4096)
def needles(pattern: re.Pattern[str]) -> Needles:
    """The strings one of which every match of ``pattern`` contains (lowercase), or () when
    the pattern requires no string (or cannot be read: then every span is tried). Read once
    per pattern and process."""
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # a pattern re accepted but this reader cannot: no test, never wrong
        return ()
    found = _required(list(tree))
    if not found or not all(found):
        return ()
    # a string holding another is found only where the other is: the shorter one suffices
    return tuple(sorted(n for n in found if not any(o != n and o in n for o in found)))


def may_match(found: Needles, folded_span: str) -> bool:
    """Whether a span (already passed through :func:`fold`) may hold a match."""
    return not found or any(n in folded_span for n in found)


# ---------------------------------------------------------------- first characters

First = set[tuple[str, bool]]  # (character, read ignoring case)


def _first_of(op: object, av: object, icase: bool) -> tuple[First | None, bool]:
    """(characters a match of one node can begin with, whether it can match empty); None:
    any character."""
    if op is C.LITERAL:
        return {(chr(av), icase)}, False  # type: ignore[arg-type]
    if op is C.IN:
        chars: First = set()
        for kind, value in av:  # type: ignore[attr-defined]
            if kind is C.LITERAL:
                chars.add((chr(value), icase))
            elif kind is C.RANGE and value[1] - value[0] < 256:
                chars.update((chr(c), icase) for c in range(value[0], value[1] + 1))
            else:
                return None, False  # a negated class, a category (\d, \w): anything
        return chars, False
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return set(), True  # zero width: the next node begins the match
    if op is C.SUBPATTERN:
        _, add, remove, body = av  # type: ignore[misc]
        icase = bool(add & re.IGNORECASE) or (icase and not remove & re.IGNORECASE)
        return _first(list(body), icase)
    if op is C.ATOMIC_GROUP:
        return _first(list(av), icase)  # type: ignore[arg-type]
    if op in _REPEATS:
        low, _, body = av  # type: ignore[misc]
        chars, empty = _first(list(body), icase)
        return chars, empty or low == 0
    if op is C.BRANCH:
        union: First = set()
        empty = False
        for branch in av[1]:  # type: ignore[index]
            chars, e = _first(list(branch), icase)
            if chars is None:
                return None, False
            union |= chars
            empty = empty or e
        return union, empty
    return None, False


def _first(items: list[tuple[object, object]], icase: bool) -> tuple[First | None, bool]:
    out: First = set()
    for op, av in items:
        chars, empty = _first_of(op, av, icase)
        if chars is None:
            return None, False
        out |= chars
        if not empty:
            return out, False
    return out, True


def first_chars(pattern: str, flags: int = 0) -> tuple[frozenset[str], frozenset[str]] | None:
    """The characters a match of ``pattern`` can begin with, as (read as written, read
    ignoring case), or None when it may begin with any or match empty."""
    try:
        chars, empty = _first(list(_parser.parse(pattern, flags)), bool(flags & re.IGNORECASE))
    except Exception:  # a pattern this reader cannot parse: no guard, never wrong
        return None
    if chars is None or empty:
        return None
    either = frozenset(c for c, icase in chars if icase)
    exact = frozenset(c for c, icase in chars if not icase) - either
    return exact, either


# A pattern opening with global flags ("(?i)...") or scoping ASCII/Unicode matching
_UNGUARDABLE = re.compile(r"^\(\?[aiLmsux]+\)|\(\?[aiLmsux]*[au][aiLmsux-]*[:)]")


def _class(chars: frozenset[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def guarded(pattern: str, flags: int = 0) -> str:
    """``pattern`` behind a lookahead for its possible first characters, when they are known:
    re then tries its alternatives only where one of them stands, not at every position (the
    same matches, sooner). Each character is looked for as its own context reads it (as
    written, or ignoring case). Unchanged when any character may begin a match, and for what
    the guard could not carry over: global inline flags or VERBOSE (the pattern is wrapped),
    ASCII matching (scoped or not: case equivalents differ), characters beyond the BMP (CPython
    cannot match them case-insensitively inside a class)."""
    if flags & (re.VERBOSE | re.ASCII) or _UNGUARDABLE.search(pattern):
        return pattern
    found = first_chars(pattern, flags)
    if found is None:
        return pattern
    exact, either = found
    if any(ord(c) > 0xFFFF for c in exact | either):
        return pattern
    parts = ([f"(?-i:{_class(exact)})"] if exact else []) + (
        [f"(?i:{_class(either)})"] if either else []
    )
    return "(?=" + "|".join(parts) + ")(?:" + pattern + ")"
