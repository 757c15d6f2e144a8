"""Small span helpers shared by the entity rules: list items, overlaps, identifiers, checks."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .text import Sentence

Row = dict[str, object]


@dataclass(frozen=True)
class Hit:
    """A named thing found in the text: its span, name, kind and (for a section) its line."""

    start: int
    end: int
    name: str
    kind: str
    part_of: str = ""


def list_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the items of 'A, B, and C' / 'the A, the B and the C' in text[start:end]."""
    spans = []
    for m in re.finditer(r"[^,]+", text[start:end]):
        s, e = start + m.start(), start + m.end()
        item = text[s:e]
        lead = re.match(r"\s*(?:and\s+)?(?:the\s+)?", item)
        s += lead.end() if lead else 0
        while e > s and text[e - 1] in " .":
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


class Intervals:
    """Sorted, non-overlapping (start, end) spans with logarithmic overlap tests, so that
    checking each of n hits against the others stays O(n log n) on any sentence."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for a, b in sorted(spans):
            self.add(a, b)

    def overlaps(self, a: int, b: int) -> bool:
        i = bisect.bisect_left(self.starts, b)  # spans starting before b
        return i > 0 and self.ends[i - 1] > a

    def add(self, a: int, b: int) -> None:
        i = bisect.bisect_left(self.starts, a)
        self.starts.insert(i, a)
        self.ends.insert(i, b)

    def containing(self, pos: int) -> tuple[int, int] | None:
        """The span with start <= pos < end, if any."""
        i = bisect.bisect_right(self.starts, pos)
        if i and self.ends[i - 1] > pos:
            return self.starts[i - 1], self.ends[i - 1]
        return None


def longest(hits: list[Hit]) -> list[Hit]:
    """Drop hits that overlap a longer one (ties: the earlier wins)."""
    chosen: list[Hit] = []
    taken = Intervals()
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if not taken.overlaps(h.start, h.end):
            chosen.append(h)
            taken.add(h.start, h.end)
    return sorted(chosen, key=lambda h: h.start)


def paragraphs(sentences: Iterable[Sentence]) -> dict[int, list[Sentence]]:
    out: dict[int, list[Sentence]] = {}
    for s in sentences:
        out.setdefault(s.paragraph, []).append(s)
    return out


def slug(name: str) -> str:
    """A stable lowercase identifier from a name: 'China-Laos Railway' -> 'china-laos-railway'."""
    s = re.sub(r"[\"'’()]", "", name.lower())
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def check_unique(rows: list[Row], key: str) -> None:
    """Identifiers are derived from names and offsets; a clash is a bug in a rule."""
    counts = Counter(str(r[key]) for r in rows)
    dupes = sorted(k for k, n in counts.items() if n > 1)
    if dupes:
        raise ValueError(f"duplicate {key}: {', '.join(dupes)}")


def verify_spans(
    rows: list[Row], text: str, sentences: list[Sentence], spans: dict[str, tuple[str, str]]
) -> None:
    """Every (start, end) pair slices back to its column, inside the row's sentence.

    ``spans`` maps a column to its offset columns, e.g. {"name": ("start", "end")}. The
    sentence check applies to the first pair; the others may point elsewhere in the text.
    A failure is a bug in a rule, not bad input, hence ValueError.
    """
    by_id = {s.sentence_id: s for s in sentences}
    for n, r in enumerate(rows, start=1):
        for i, (column, (a, b)) in enumerate(spans.items()):
            if r[a] is None or r[column] == "":
                continue
            s, e = int(str(r[a])), int(str(r[b]))
            if text[s:e] != r[column]:
                raise ValueError(f"row {n}: raw[{s}:{e}] is not {column} {r[column]!r}")
            sent = by_id[int(str(r["sentence_id"]))]
            if i == 0 and not (sent.start <= s and e <= sent.end):
                raise ValueError(f"row {n}: {r[column]!r} is outside its sentence")
