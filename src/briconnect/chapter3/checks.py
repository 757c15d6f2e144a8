"""Do the chapter's own numbers agree with each other? One small engine for ``checks.yaml``.

Each declared check picks its claims by selectors (never by printed value), evaluates its
``implied`` and ``stated`` expressions in interval arithmetic (the strict reading of
:mod:`briconnect.intervals`), and compares them:

* **consistent**: equals, and the intervals meet; or an inequality that holds for every value
  the wording allows;
* **inconsistent**: no value the wording allows satisfies the relation;
* **undecidable**: an inequality that holds for some allowed values and not others, a check
  whose verdict rests on an assumption the text does not state, or nothing stated to compare
  with (an implied figure such as an average per project).

``can_fail`` says whether the check could have come out inconsistent had the text printed
other numbers with the same hedges: not when a side is unbounded where it matters ("more than"
on the larger side), nor when one clause states both numbers and the relation. Only checks that
can fail count as evidence.
"""

from __future__ import annotations

import ast
import math
import operator
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from ..errors import BriconnectError
from ..intervals import INF, Interval, read_claim
from ..selectors import find_claim

Row = dict[str, object]

RELATIONS = ("equals", "at_most", "at_least", "none")
VERDICTS = ("consistent", "inconsistent", "undecidable")
CHECK_KINDS = ("share", "total", "growth", "average", "bound")


@cache
def spec() -> list[dict[str, Any]]:
    """The declared checks, in order."""
    text = resources.files(__package__).joinpath("checks.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)["checks"]


# ---------------------------------------------------------------- selecting claims


def list_length(sentence: str, pattern: str) -> int:
    """Items in the pattern's `list` group: 'the UN secretary-general and the IMF's director'."""
    m = re.search(pattern, sentence)
    if not m:
        raise BriconnectError(f"checks: no list matching {pattern!r}")
    return len(re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("list")))


def period_years(as_of: str) -> int:
    """Years in an as-of period, both ends counted: '2013/2022' -> 10."""
    m = re.fullmatch(r"(\d{4})/(\d{4})", as_of)
    if not m:
        raise BriconnectError(f"checks: {as_of!r} is not a period")
    return int(m.group(2)) - int(m.group(1)) + 1


# ---------------------------------------------------------------- models the expressions use


def path_sum(first: Interval, last: Interval, years: Interval) -> Interval:
    """Range of a total over ``years`` yearly values that start at ``first``, end at ``last``
    and stay between them in every other year."""
    n = Interval.of(years)
    inner = Interval(min(first.low, last.low), max(first.high, last.high))
    return first + last + (n - 2) * inner


def constant_growth_last(total: float, rate_percent: float, years: int) -> float:
    """Last value of a series growing at one constant rate whose ``years`` values sum to
    ``total``: total * g^(n-1) * (g - 1) / (g^n - 1)."""
    g = 1 + rate_percent / 100
    return total * g ** (years - 1) * (g - 1) / (g**years - 1)


def constant_growth_rate(total: float, last: float, years: int) -> float:
    """The constant rate (percent) at which ``years`` values summing to ``total`` end at
    ``last``: the root of constant_growth_last(total, r, years) = last, by bisection."""
    lo, hi = -50.0, 100.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if constant_growth_last(total, mid, years) < last:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


FUNCTIONS: dict[str, Callable[..., Interval]] = {"path_sum": path_sum}
_OPS: dict[type, Callable[[Any, Any], Any]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
}


def evaluate(expression: str, names: Mapping[str, Interval]) -> Interval:
    """An arithmetic expression over named intervals (+ - * / **, numbers, FUNCTIONS)."""

    def ev(node: ast.AST) -> Interval:
        if isinstance(node, ast.Expression):
            return ev(node.body)
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return Interval.of(_OPS[type(node.op)](ev(node.left), ev(node.right)))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return -ev(node.operand)
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
            return Interval.point(float(node.value))
        if isinstance(node, ast.Name) and node.id in names:
            return names[node.id]
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in FUNCTIONS
        ):
            return FUNCTIONS[node.func.id](*(ev(a) for a in node.args))
        raise BriconnectError(f"checks: cannot evaluate {ast.unparse(node)!r} in {expression!r}")

    return ev(ast.parse(expression, mode="eval"))


# ---------------------------------------------------------------- one check


def could_fail(relation: str, implied: Interval, stated: Interval) -> bool:
    """Could some printed numbers with these hedges make the relation fail for every value?
    Only the finiteness of the ends matters: an unbounded end can always absorb a gap."""
    fin = math.isfinite
    if relation == "at_most":
        return fin(implied.low) and fin(stated.high)
    if relation == "at_least":
        return fin(implied.high) and fin(stated.low)
    if relation == "equals":
        return (fin(implied.high) and fin(stated.low)) or (fin(implied.low) and fin(stated.high))
    return False


@dataclass(frozen=True)
class Check:
    check_id: str
    kind: str
    claims: tuple[Mapping[str, object], ...]
    formula: str
    relation: str
    unit: str
    implied_value: float
    implied: Interval
    stated_value: float | None = None
    stated: Interval | None = None
    same_clause: bool = False
    assumptions: str = ""
    unstated: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def holds(self) -> str:
        """always / sometimes / never, ignoring assumptions; '' when nothing is stated."""
        if self.stated is None or self.relation == "none":
            return ""
        return self.implied.relation(self.relation, self.stated)

    @property
    def verdict(self) -> str:
        holds = self.holds
        if not holds or self.unstated:
            return "undecidable"
        if holds == "never":
            return "inconsistent"
        if holds == "always" or self.relation == "equals":
            return "consistent"
        return "undecidable"

    @property
    def can_fail(self) -> bool:
        if self.stated is None or self.relation == "none" or self.same_clause:
            return False
        return could_fail(self.relation, self.implied, self.stated)

    def note(self) -> str:
        out = list(self.notes)
        if self.stated is None or self.relation == "none":
            out.append("The text states no number to compare with.")
        elif self.unstated:
            word = {
                "always": "would hold",
                "sometimes": "could still go either way",
                "never": "would fail",
            }
            out.append(
                "Undecidable: it rests on an assumption the text does not state; were the "
                f"assumption true, the relation {word[self.holds]}."
            )
        elif self.holds == "sometimes" and self.relation != "equals":
            out.append("Undecidable: it holds for some values the wording allows, not all.")
        if self.same_clause:
            out.append("One clause states both numbers and the relation: it cannot fail.")
        elif self.stated is not None and not self.can_fail and self.relation != "none":
            out.append("An unbounded side ('more than') means it cannot fail.")
        return " ".join(out)

    def row(self) -> Row:
        sections = sorted({int(str(c["section"])) for c in self.claims})
        stated = self.stated
        return {
            "check_id": self.check_id,
            "sections": ";".join(map(str, sections)),
            "claim_ids": ";".join(str(c["claim_id"]) for c in self.claims),
            "kind": self.kind,
            "formula": self.formula,
            "relation": self.relation,
            "unit": self.unit,
            "stated_value": _sig(self.stated_value),
            "stated_low": _end(stated.low) if stated else None,
            "stated_high": _end(stated.high) if stated else None,
            "implied_value": _sig(self.implied_value),
            "implied_low": _end(self.implied.low),
            "implied_high": _end(self.implied.high),
            "difference": (
                _sig(self.implied_value - self.stated_value)
                if self.stated_value is not None
                else None
            ),
            "verdict": self.verdict,
            "can_fail": self.can_fail,
            "assumptions": self.assumptions,
            "note": self.note(),
        }


def _sig(x: float | None, digits: int = 6) -> float | None:
    """Six significant digits: enough for every comparison, stable in the CSV."""
    if x is None:
        return None
    if x == 0:
        return 0.0
    return round(x, digits - 1 - math.floor(math.log10(abs(x))))


def _end(x: float) -> float | None:
    """An interval's end for the CSV: empty when unbounded."""
    return _sig(x) if math.isfinite(x) else None


def build_check(declared: Mapping[str, Any], claims: list[Row], reading: str = "strict") -> Check:
    """One declared check, evaluated on a build's claims rows."""
    picked = {n: find_claim(claims, **sel) for n, sel in declared["claims"].items()}
    names: dict[str, Interval] = {n: read_claim(c, reading) for n, c in picked.items()}
    values: dict[str, Interval] = {
        n: Interval.point(float(str(c["value"]))) for n, c in picked.items()
    }
    for n, how in declared.get("lists", {}).items():
        k = Interval.point(list_length(str(picked[how["claim"]]["sentence_text"]), how["pattern"]))
        names[n] = values[n] = k
    for n, claim in declared.get("period", {}).items():
        k = Interval.point(period_years(str(picked[claim]["as_of"])))
        names[n] = values[n] = k
    stated_expr = declared.get("stated")
    ordered = [picked[n] for n in declared["claims"]]
    if stated_expr in picked:  # the stated claim goes last
        ordered = [c for c in ordered if c is not picked[stated_expr]] + [picked[stated_expr]]
    return Check(
        check_id=declared["id"],
        kind=declared["kind"],
        claims=tuple(ordered),
        formula=" ".join(str(declared["formula"]).split()),
        relation=declared["relation"],
        unit=declared["unit"],
        implied_value=evaluate(declared["implied"], values).low,
        implied=evaluate(declared["implied"], names),
        stated_value=evaluate(stated_expr, values).low if stated_expr else None,
        stated=evaluate(stated_expr, names) if stated_expr else None,
        same_clause=bool(declared.get("same_clause")),
        assumptions=" ".join(str(declared.get("assumptions", "")).split()),
        unstated=bool(declared.get("unstated")),
    )


def compute_checks(claims: list[Row], reading: str = "strict") -> list[Check]:
    """Every declared check, in order. Raises if a claim it needs is missing or ambiguous."""
    out = [build_check(d, claims, reading) for d in spec()]
    ids = [c.check_id for c in out]
    if len(set(ids)) != len(ids):
        raise BriconnectError("checks: duplicate check_id")
    return out


def extract_checks(claims: list[Row], strict: bool = True) -> list[Row]:
    """checks.csv rows, computed from the claims rows of the same build.

    On the chapter (``strict``) a missing claim fails the build; on another text the table is
    empty unless every claim the checks need is there.
    """
    try:
        return [ch.row() for ch in compute_checks(claims)]
    except BriconnectError:
        if strict:
            raise
        return []


__all__ = ["INF", "VERDICTS", "Check", "compute_checks", "evaluate", "extract_checks", "spec"]
