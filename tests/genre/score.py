"""Score the general extractor against the hand-annotated genre set (and the chapter).

The genre set is ``tests/genre/texts/NN-name.txt`` with its gold in ``NN-name.yaml``: texts of
the genre (ministry statements, press conferences, white paper sections, lists, headlines)
written for this project, not copied from any published document. Gold claims are
``[mention, value, unit, qualifier, value_low, value_high]`` in text order; gold projects are
``[name, kind, countries, status]``.

Matching: a gold claim is placed at the first occurrence of its mention after the previous gold
claim; an extracted claim matches the first unmatched gold claim its span overlaps. Precision is
matched / extracted, recall matched / gold; field accuracy is over matched pairs (``mention``:
the same span exactly). A gold project matches the extracted project whose name contains it or
is contained in it; its countries are right when they are the same set, in any order (a
cross-border line's order is the name's, which gold may write alphabetically). Run
``python tests/genre/score.py`` for the table; ``make bench`` prints it.
"""

from __future__ import annotations

import csv
import functools
import math
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
# Held-out texts: written with their gold before the rules were scored on them, and never used to
# write rules. Reported apart; once a rule is written from one of them it moves to texts/.
UNTUNED = HERE / "untuned"
ROOT = HERE.parents[1]
CLAIM_FIELDS = ("mention", "value", "unit", "qualifier", "value_low", "value_high")
PROJECT_FIELDS = ("name", "kind", "countries", "status")


@dataclass
class Score:
    """Counts over one or more texts; fields count correct values over matched pairs."""

    gold: int = 0
    found: int = 0
    matched: int = 0
    right: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    def accuracy(self, name: str) -> float:
        return self.right.get(name, 0) / self.matched if self.matched else 1.0

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.found += other.found
        self.matched += other.matched
        for k, v in other.right.items():
            self.right[k] = self.right.get(k, 0) + v
        self.errors += other.errors


def _same(a: object, b: object) -> bool:
    if a is None or a == "" or (isinstance(a, float) and math.isnan(a)):
        return b is None or b == "" or (isinstance(b, float) and math.isnan(b))
    if isinstance(a, int | float) or isinstance(b, int | float):
        try:
            x, y = float(a), float(b)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return False
        return math.isclose(x, y, rel_tol=1e-6, abs_tol=1e-9)  # gold may round 33.333333
    return str(a) == str(b)


def _locate(text: str, mentions: Iterable[str], where: str) -> list[tuple[int, int]]:
    """Place each gold mention at its first occurrence after the previous one ends, as a whole
    word or number: the gold "3" is not the last digit of "12-13", and the gold "two" after
    "once every two years" is not the "two" inside it."""
    spans, pos = [], 0
    for m in mentions:
        at = re.compile(
            r"(?<![\w.,])" * m[:1].isalnum() + re.escape(m) + r"(?!\w|[.,]\d)" * m[-1:].isalnum()
        )
        found = at.search(text, pos)
        if found is None:
            raise ValueError(f"{where}: gold mention {m!r} not found in text order")
        spans.append(found.span())
        pos = found.end()
    return spans


def score_claims(
    text: str,
    gold: list[list[object]],
    rows: list[dict],
    where: str,
    spans: list[tuple[int, int]] | None = None,
) -> Score:
    """Claims against gold; ``spans`` places the gold mentions when they are known."""
    s = Score(gold=len(gold), found=len(rows))
    spans = spans or _locate(text, (str(g[0]) for g in gold), where)
    taken: set[int] = set()
    for r in rows:
        a, b = int(r["start"]), int(r["end"])
        hit = next(
            (i for i, (gs, ge) in enumerate(spans) if i not in taken and gs < b and a < ge), None
        )
        if hit is None:
            s.errors.append(f"{where}: extra {r['mention']!r} ({r['unit']})")
            continue
        taken.add(hit)
        s.matched += 1
        g = dict(zip(CLAIM_FIELDS, gold[hit], strict=True))
        for name in CLAIM_FIELDS:
            ok = (a, b) == spans[hit] if name == "mention" else _same(g[name], r[name])
            s.right[name] = s.right.get(name, 0) + ok
            if not ok:
                s.errors.append(f"{where}: {g['mention']!r} {name} {r[name]!r} != {g[name]!r}")
    for i, g in enumerate(gold):
        if i not in taken:
            s.errors.append(f"{where}: missed {g[0]!r}")
    return s


def score_projects(gold: list[list[object]], rows: list[dict], where: str) -> Score:
    s = Score(gold=len(gold), found=len(rows))
    taken: set[int] = set()
    for g in gold:
        name = str(g[0])
        hit = next(
            (
                i
                for i, r in enumerate(rows)
                if i not in taken and (name in str(r["name"]) or str(r["name"]) in name)
            ),
            None,
        )
        if hit is None:
            s.errors.append(f"{where}: missed project {name!r}")
            continue
        taken.add(hit)
        s.matched += 1
        r = rows[hit]
        for fname, want in zip(PROJECT_FIELDS, g, strict=True):
            if fname == "countries":  # the same countries, in any order
                ok = sorted(str(r[fname]).split(";")) == sorted(str(want).split(";"))
            else:
                ok = str(r[fname]) == str(want)
            s.right[fname] = s.right.get(fname, 0) + ok
            if not ok:
                s.errors.append(f"{where}: project {name!r} {fname} {r[fname]!r} != {want!r}")
    for i, r in enumerate(rows):
        if i not in taken:
            s.errors.append(f"{where}: extra project {r['name']!r}")
    return s


# libyaml's loader when PyYAML has it (the same safe constructors, ten times faster on the set)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def genre_cases(folder: Path = TEXTS) -> list[tuple[str, str, dict]]:
    """(name, text, gold) for every text of the genre set (or of ``folder``), in file order.
    Read once per process: several tests walk the whole set."""
    return list(_cases(Path(folder)))


@functools.cache
def _cases(folder: Path) -> tuple[tuple[str, str, dict], ...]:
    out = []
    for path in sorted(folder.glob("*.txt")):
        gold = yaml.load(path.with_suffix(".yaml").read_text(encoding="utf-8"), _LOADER) or {}
        out.append((path.stem, path.read_text(encoding="utf-8"), gold))
    return tuple(out)


def genre_tables(folder: Path = TEXTS) -> dict[str, dict]:
    """Each text's tables with the general rules, extracted once per process."""
    return _tables(Path(folder))


@functools.cache
def _tables(folder: Path) -> dict[str, dict]:
    from briconnect.extract import extract_all

    return {name: extract_all(text) for name, text, _ in genre_cases(folder)}


def score_genre(folder: Path = TEXTS) -> tuple[Score, Score, dict[str, Score]]:
    """(claims pooled, projects pooled, claims per text) with the general rules."""
    claims, projects, per_text = Score(), Score(), {}
    extracted = genre_tables(folder)
    for name, text, gold in genre_cases(folder):
        tables = extracted[name]
        one = score_claims(text, gold.get("claims") or [], tables["claims"], name)
        per_text[name] = one
        claims.add(one)
        if "projects" in gold:
            projects.add(score_projects(gold["projects"], tables["projects"], name))
    return claims, projects, per_text


def score_chapter(rules: str = "chapter3") -> Score:
    """The chapter's committed claims.csv as gold, against a fresh extraction."""
    from briconnect.dataset.build import extract_rows

    text = (ROOT / "data/raw/bri-white-paper-2023-ch3.txt").read_text(encoding="utf-8")
    with open(ROOT / "data/processed/claims.csv", newline="", encoding="utf-8") as f:
        committed = list(csv.DictReader(f))

    def num(v: str) -> float | None:
        return float(v) if v != "" else None

    gold: list[list[object]] = [
        [r["mention"], float(r["value"]), r["unit"], r["qualifier"]] for r in committed
    ]
    for g, r in zip(gold, committed, strict=True):
        g += [num(r["value_low"]), num(r["value_high"])]
    rows = extract_rows(text, rules)["claims"]
    spans = [(int(r["start"]), int(r["end"])) for r in committed]
    return score_claims(text, gold, rows, "chapter", spans)


def line(label: str, s: Score, fields: tuple[str, ...]) -> str:
    cells = " ".join(f"{f}={s.accuracy(f):.3f}" for f in fields)
    return (
        f"{label:<28} gold={s.gold:<4} found={s.found:<4} P={s.precision:.3f} "
        f"R={s.recall:.3f} {cells}"
    )


def report(verbose: bool = False) -> str:
    claims, projects, per_text = score_genre()
    held_claims, held_projects, _ = score_genre(UNTUNED)
    out = [
        line("genre set, claims", claims, CLAIM_FIELDS[1:]),
        line("genre set, projects", projects, PROJECT_FIELDS[1:]),
    ]
    if held_claims.gold or held_projects.gold:
        out += [
            line("held-out texts, claims", held_claims, CLAIM_FIELDS[1:]),
            line("held-out texts, projects", held_projects, PROJECT_FIELDS[1:]),
        ]
    else:
        out.append(
            "held-out texts: none at present (earlier rounds: tests/genre/untuned/README.md)"
        )
    out.append(line("chapter III, claims", score_chapter(), CLAIM_FIELDS[1:]))
    if verbose:
        out += [line(f"  {k}", v, ("unit", "qualifier")) for k, v in per_text.items()]
        out += claims.errors + projects.errors + held_claims.errors + held_projects.errors
    return "\n".join(out)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    print(report(verbose="-v" in sys.argv))
