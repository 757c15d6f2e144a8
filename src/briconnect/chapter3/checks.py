"""Internal consistency checks: do the chapter's own numbers agree with each other?

Each check names the claims it uses (found in the claims rows by what they count and the words
of their sentence, never by their value), recomputes one number from the others, and compares
it with what the text states, allowing for the rounding the wording implies:

* the rounding step of a number is the place value of its last non-zero digit as written
  ("US$1.5 trillion": 0.1 trillion; "45.4 percent": 0.1; "more than 80": 10);
* exact numbers may be off by half a step, except counts, which are exact integers;
* "more than X" / "exceeded X" allow [X, X + step]; "nearly X" allows [X - step, X];
  "about X" allows [X - step, X + step].

Intervals are propagated through each formula, and the verdict is ``consistent`` when the
implied and stated intervals meet (or the bound holds), ``inconsistent`` when they cannot, and
``not checkable`` when the text states nothing to compare with (the implied value is still
useful, e.g. an average per project).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..errors import BriconnectError

Row = dict[str, object]
Interval = tuple[float, float]

RELATIONS = ("equals", "at_most", "at_least", "none")
VERDICTS = ("consistent", "inconsistent", "not checkable")
CHECK_KINDS = ("share", "total", "growth", "average", "bound")


# ---------------------------------------------------------------- finding claims


def find_claim(
    claims: Iterable[Row],
    *,
    section: int,
    counted: str | None = None,
    sentence: str | None = None,
    unit: str | None = None,
    mention: str | None = None,
    after: str | None = None,
) -> Row:
    """The one claim matching every given pattern; raise when none or several match.

    ``counted``, ``sentence`` and ``mention`` are regular expressions searched in the claim's
    counted phrase, sentence text and mention; ``after`` must match the words right after
    the mention in its sentence.
    """
    found = [
        c
        for c in claims
        if int(str(c["section"])) == section
        and (unit is None or c["unit"] == unit)
        and (counted is None or re.search(counted, str(c["counted"] or "")))
        and (sentence is None or re.search(sentence, str(c["sentence_text"])))
        and (mention is None or re.search(mention, str(c["mention"])))
        and (
            after is None
            or re.search(re.escape(str(c["mention"])) + after, str(c["sentence_text"]))
        )
    ]
    if len(found) != 1:
        what = f"section {section}, counted ~ {counted!r}, sentence ~ {sentence!r}, unit {unit}"
        ids = ", ".join(str(c["claim_id"]) for c in found) or "none"
        raise BriconnectError(f"checks: expected one claim for {what}; found {ids}")
    return found[0]


def rounding_step(claim: Row) -> float:
    """Place value of the last non-zero digit of the number as written, in the claim's unit."""
    m = re.search(r"\d[\d,]*(?:\.\d+)?", str(claim["mention"]))
    value = float(str(claim["value"]))
    if not m:  # number words ("twice", "eight"): exact small integers
        return 1.0
    written = m.group().replace(",", "")
    number = float(written)
    if number == 0:
        return 1.0
    scale = value / number
    whole, _, frac = written.partition(".")
    frac = frac.rstrip("0")
    exponent = -len(frac) if frac else len(whole) - len(whole.rstrip("0"))
    return 10.0**exponent * scale


def bounds(claim: Row) -> Interval:
    """The interval of values the wording allows (see the module docstring)."""
    v = float(str(claim["value"]))
    step = rounding_step(claim)
    q = claim["qualifier"]
    if q == "lower":
        return v, v + step
    if q == "upper":
        return v - step, v
    if q == "approx":
        return v - step, v + step
    if claim["unit"] in ("count", "times"):
        return v, v
    return v - step / 2, v + step / 2


def value(claim: Row) -> float:
    return float(str(claim["value"]))


# ---------------------------------------------------------------- interval arithmetic


def _apply(f: Callable[..., float], *intervals: Interval) -> Interval:
    """Range of a function monotone in each argument: evaluate at every corner."""
    corners = [f(*c) for c in _corners(intervals)]
    return min(corners), max(corners)


def _corners(intervals: tuple[Interval, ...]) -> list[tuple[float, ...]]:
    out: list[tuple[float, ...]] = [()]
    for lo, hi in intervals:
        out = [(*c, x) for c in out for x in (lo, hi)]
    return out


def last_year_from_cumulative(total: float, rate_percent: float, years: int) -> float:
    """Last year's value of a series growing at a constant rate whose ``years`` values sum to
    ``total``: total * g^(n-1) * (g - 1) / (g^n - 1)."""
    g = 1 + rate_percent / 100
    return total * g ** (years - 1) * (g - 1) / (g**years - 1)


def first_year_from_cumulative(total: float, rate_percent: float, years: int) -> float:
    g = 1 + rate_percent / 100
    return total * (g - 1) / (g**years - 1)


# ---------------------------------------------------------------- one check


@dataclass(frozen=True)
class Check:
    check_id: str
    kind: str
    claims: tuple[Row, ...]
    formula: str
    relation: str
    unit: str
    implied: float
    implied_range: Interval
    stated: float | None = None
    stated_range: Interval | None = None
    note: str = ""

    def verdict(self) -> str:
        if self.relation == "none" or self.stated_range is None:
            return "not checkable"
        lo, hi = self.implied_range
        s_lo, s_hi = self.stated_range
        tol = 1e-9 * max(abs(hi), abs(s_hi), 1.0)
        ok = {
            "equals": lo <= s_hi + tol and s_lo <= hi + tol,
            "at_most": lo <= s_hi + tol,
            "at_least": hi + tol >= s_lo,
        }[self.relation]
        return "consistent" if ok else "inconsistent"

    def row(self) -> Row:
        sections = sorted({int(str(c["section"])) for c in self.claims})
        stated_lo, stated_hi = self.stated_range if self.stated_range else (None, None)
        return {
            "check_id": self.check_id,
            "sections": ";".join(map(str, sections)),
            "claim_ids": ";".join(str(c["claim_id"]) for c in self.claims),
            "kind": self.kind,
            "formula": self.formula,
            "relation": self.relation,
            "unit": self.unit,
            "stated_value": _sig(self.stated),
            "stated_low": _sig(stated_lo),
            "stated_high": _sig(stated_hi),
            "implied_value": _sig(self.implied),
            "implied_low": _sig(self.implied_range[0]),
            "implied_high": _sig(self.implied_range[1]),
            "difference": _sig(self.implied - self.stated) if self.stated is not None else None,
            "verdict": self.verdict(),
            "note": self.note,
        }


def _sig(x: float | None, digits: int = 6) -> float | None:
    """Six significant digits: enough for every comparison, stable in the CSV."""
    if x is None:
        return None
    if x == 0:
        return 0.0
    return round(x, digits - 1 - math.floor(math.log10(abs(x))))


def _part_of_whole(
    check_id: str, part: Row, whole: Row, formula: str, unit: str, note: str = ""
) -> Check:
    """A part cannot exceed its whole; the share goes in the note."""
    share = 100 * value(part) / value(whole)
    return Check(
        check_id,
        "bound",
        (part, whole),
        formula,
        "at_most",
        unit,
        value(part),
        bounds(part),
        value(whole),
        bounds(whole),
        (note + " " if note else "") + f"Share: {share:.1f} percent.",
    )


def _at_least(check_id: str, many: Row, few: Row, formula: str, unit: str) -> Check:
    """N things spread over M places needs N >= M (each place has at least one)."""
    return Check(
        check_id,
        "bound",
        (many, few),
        formula,
        "at_least",
        unit,
        value(many),
        bounds(many),
        value(few),
        bounds(few),
        f"Average: {value(many) / value(few):.2f} per place.",
    )


def _average(check_id: str, total: Row, count: Row, formula: str, unit: str) -> Check:
    rng = _apply(lambda t, n: t / n, bounds(total), bounds(count))
    return Check(
        check_id,
        "average",
        (total, count),
        formula,
        "none",
        unit,
        value(total) / value(count),
        rng,
        note="The text states no average to compare with.",
    )


# ---------------------------------------------------------------- the checks


def compute_checks(claims: list[Row]) -> list[Check]:
    """Every check, in section order. Raises if a claim it needs is missing or ambiguous."""

    def c(section: int, **kw: str | None) -> Row:
        return find_claim(claims, section=section, **kw)

    out: list[Check] = []

    # Section 1: the second Belt and Road Forum's leaders.
    leaders = c(1, counted=r"^leaders$")
    heads = c(1, counted=r"^countries$", sentence=r"Leaders' Roundtable")
    others = re.search(r"from \d+ countries, (.+?), attended", str(heads["sentence_text"]))
    if not others:
        raise BriconnectError("checks: cannot find the other leaders at the second forum")
    n_others = len(re.split(r",\s*(?:and\s+)?|\s+and\s+", others.group(1)))
    lo, hi = bounds(heads)
    out.append(
        Check(
            "s1-forum-leaders",
            "total",
            (heads, leaders),
            f"heads of state and government from N countries (one each) + the {n_others} "
            "officials named after them = leaders at the Leaders' Roundtable",
            "equals",
            "count",
            value(heads) + n_others,
            (lo + n_others, hi + n_others),
            value(leaders),
            bounds(leaders),
            "Assumes one head of state or government per country.",
        )
    )
    agreements = c(1, counted=r"^bri cooperation agreements$")
    countries = c(1, counted=r"^countries$", sentence=r"BRI cooperation agreements")
    orgs = c(1, counted=r"^international organizations$", sentence=r"BRI cooperation agreements")
    out.append(
        Check(
            "s1-agreements-per-partner",
            "bound",
            (agreements, countries, orgs),
            "cooperation agreements >= partner countries + international organizations "
            "(every partner signed at least one)",
            "at_least",
            "count",
            value(agreements),
            bounds(agreements),
            value(countries) + value(orgs),
            _apply(lambda a, b: a + b, bounds(countries), bounds(orgs)),
            "Both sides are lower bounds ('more than'), so only a gross mismatch would show.",
        )
    )

    # Section 3: trade shares and growth.
    share22 = c(3, counted=r"share of china's total foreign trade")
    rise = c(3, unit="percentage_points", counted=r"increase")
    out.append(
        Check(
            "s3-share-2013",
            "share",
            (share22, rise),
            "share of China's foreign trade in 2013 = share in 2022 - increase since 2013",
            "none",
            "percent",
            value(share22) - value(rise),
            _apply(lambda a, b: a - b, bounds(share22), bounds(rise)),
            note="The text states no 2013 share to compare with.",
        )
    )
    trade22 = c(3, unit="USD", counted=r"^value of imports and exports$", sentence=r"In 2022")
    private = c(3, unit="USD", counted=r"private enterprises")
    private_share = c(3, unit="percent", counted=r"^share of trade$")
    out.append(
        Check(
            "s3-private-trade-total",
            "total",
            (private, private_share, trade22),
            "trade with partner countries in 2022 = private enterprises' trade / their share",
            "equals",
            "USD",
            value(private) / (value(private_share) / 100),
            _apply(lambda p, s: p / (s / 100), bounds(private), bounds(private_share)),
            value(trade22),
            bounds(trade22),
        )
    )
    cumulative = c(3, unit="USD", counted=r"cumulative value of imports and exports")
    growth = c(3, unit="percent", counted=r"average annual growth rate")
    period = re.fullmatch(r"(\d{4})/(\d{4})", str(cumulative["as_of"]))
    if not period:
        raise BriconnectError("checks: the cumulative trade claim has no period")
    years = int(period.group(2)) - int(period.group(1)) + 1
    out.append(
        Check(
            "s3-trade-last-year",
            "growth",
            (cumulative, growth, trade22),
            f"trade in {period.group(2)} implied by {years} years summing to the cumulative "
            "value while growing at the average annual rate every year",
            "equals",
            "USD",
            last_year_from_cumulative(value(cumulative), value(growth), years),
            _apply(
                lambda t, r: last_year_from_cumulative(t, r, years),
                bounds(cumulative),
                bounds(growth),
            ),
            value(trade22),
            bounds(trade22),
            "Assumes constant compound growth; an average of uneven yearly rates compounds "
            "differently, so this tests the wording, not the underlying series.",
        )
    )
    out.append(
        Check(
            "s3-trade-first-year",
            "growth",
            (cumulative, growth),
            f"trade in {period.group(1)} implied by the same constant-growth series",
            "none",
            "USD",
            first_year_from_cumulative(value(cumulative), value(growth), years),
            _apply(
                lambda t, r: first_year_from_cumulative(t, r, years),
                bounds(cumulative),
                bounds(growth),
            ),
            note="The text states no 2013 value to compare with.",
        )
    )
    two_way = c(3, unit="USD", counted=r"two-way investment", sentence=r"including", mention="380")
    from_china = c(3, unit="USD", counted=r"two-way investment", mention="240")
    out.append(
        _part_of_whole(
            "s3-investment-from-china",
            from_china,
            two_way,
            "investment from China <= cumulative two-way investment",
            "USD",
            f"Implies US${(value(two_way) - value(from_china)) / 1e9:.0f} billion from partner "
            "countries into China.",
        )
    )

    # Section 4: finance.
    srf_n = c(4, counted=r"^projects$", after=r" projects with committed")
    srf_usd = c(4, unit="USD", counted=r"committed investment")
    out.append(
        _average(
            "s4-silk-road-fund-per-project",
            srf_usd,
            srf_n,
            "Silk Road Fund committed investment / projects",
            "USD",
        )
    )
    aiib_n = c(4, counted=r"^projects$", after=r" projects with a total")
    aiib_usd = c(4, unit="USD", counted=r"total investment")
    out.append(
        _average("s4-aiib-per-project", aiib_usd, aiib_n, "AIIB total investment / projects", "USD")
    )
    panda_all = c(4, unit="RMB", counted=r"total value", mention=r"152")
    panda_bri = c(4, unit="RMB", counted=r"total value", mention=r"52\.72")
    out.append(
        _part_of_whole(
            "s4-panda-bonds-value",
            panda_bri,
            panda_all,
            "value of BRI-themed panda bonds <= value of all panda bonds",
            "RMB",
        )
    )
    n_all = c(4, counted=r"^panda bonds$")
    n_bri = c(4, counted=r"bri-themed bonds")
    out.append(
        _part_of_whole(
            "s4-panda-bonds-count",
            n_bri,
            n_all,
            "number of BRI-themed panda bonds <= number of all panda bonds",
            "count",
        )
    )
    offices = c(4, counted=r"first-tier offices")
    bank_countries = c(4, counted=r"bri partner countries", sentence=r"first-tier offices")
    out.append(
        _at_least(
            "s4-bank-offices-per-country",
            offices,
            bank_countries,
            "first-tier offices and branches >= countries they are in",
            "count",
        )
    )
    unionpay = c(4, counted=r"^partner countries$", sentence=r"UnionPay", mention=r"131")
    mobile = c(4, counted=r"^partner countries$", sentence=r"UnionPay mobile", mention=r"74")
    out.append(
        _part_of_whole(
            "s4-unionpay-mobile",
            mobile,
            unionpay,
            "countries with UnionPay mobile payment <= countries with UnionPay services",
            "count",
            "Assumes mobile payment is offered only where UnionPay services are.",
        )
    )

    # Section 5: culture.
    centres = c(5, counted=r"china cultural centers")
    centre_countries = c(5, counted=r"^countries$", sentence=r"cultural centers", mention=r"44")
    centre_partners = c(5, counted=r"^countries$", sentence=r"cultural centers", mention=r"32")
    out.append(
        _part_of_whole(
            "s5-cultural-centres-partners",
            centre_partners,
            centre_countries,
            "partner countries with a China cultural center <= countries with one",
            "count",
        )
    )
    out.append(
        _at_least(
            "s5-cultural-centres-countries",
            centres,
            centre_countries,
            "China cultural centers >= countries they are in",
            "count",
        )
    )
    offices5 = c(5, counted=r"tourism offices")
    office_countries = c(5, counted=r"^countries$", sentence=r"tourism offices", mention=r"18")
    office_partners = c(5, counted=r"^countries$", sentence=r"tourism offices", mention=r"eight")
    out.append(
        _part_of_whole(
            "s5-tourism-offices-partners",
            office_partners,
            office_countries,
            "partner countries with a tourism office <= countries with one",
            "count",
            "The text's 'eight of which' may count offices or countries; both readings fit.",
        )
    )
    out.append(
        _at_least(
            "s5-tourism-offices-countries",
            offices5,
            office_countries,
            "tourism offices >= countries they are in",
            "count",
        )
    )
    members = c(5, counted=r"^members$")
    cultural = c(5, counted=r"cultural institutions")
    out.append(
        _part_of_whole(
            "s5-platform-members",
            cultural,
            members,
            "cultural institutions among the platforms' members <= all members",
            "count",
        )
    )

    # Section 6: health, climate, science.
    teams = c(6, counted=r"expert medical teams")
    team_countries = c(6, counted=r"^countries$", sentence=r"expert medical teams")
    out.append(
        _at_least(
            "s6-medical-teams",
            teams,
            team_countries,
            "expert medical teams >= countries they were sent to",
            "count",
        )
    )
    mous = c(6, counted=r"south-south mous")
    mou_countries = c(6, counted=r"partner countries", sentence=r"South-South MoUs")
    out.append(
        _at_least(
            "s6-south-south-mous", mous, mou_countries, "MoUs >= countries signing them", "count"
        )
    )
    labs = c(6, counted=r"agricultural technology demonstration centers")
    african = c(6, counted=r"african countries")
    out.append(
        _at_least(
            "s6-agricultural-centres",
            labs,
            african,
            "agricultural demonstration centers >= African countries they are in",
            "count",
        )
    )
    ids = [ch.check_id for ch in out]
    if len(set(ids)) != len(ids):
        raise BriconnectError("checks: duplicate check_id")
    return out


def extract_checks(claims: list[Row], strict: bool = True) -> list[Row]:
    """checks.csv rows, computed from the claims rows of the same build.

    The checks are written for Chapter III: on it (``strict``) a missing claim fails the build;
    on another text the table is empty unless every claim they need is there.
    """
    try:
        return [ch.row() for ch in compute_checks(claims)]
    except BriconnectError:
        if strict:
            raise
        return []
