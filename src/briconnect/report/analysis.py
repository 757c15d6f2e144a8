"""Small, tested helpers the section notebooks share.

Anything a notebook needs twice lives here: picking one claim out of the table without retyping
its number, labelling paragraphs by sub-topic, the last day an as-of date can mean, the renminbi
rate of a date, and the number formatting used in summaries. The arithmetic a lesson teaches
(shares, growth paths, conversions) is written in its notebook, not here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd

from .. import paths
from ..extract.projects import STATUSES
from ..intervals import Interval
from ..io import sha256_file
from ..selectors import find_claim

# How the chapter hedges a number, from the claims table's ``qualifier`` column.
QUALIFIER_LABELS = {
    "exact": "exact",
    "lower": "at least (more than, over, -plus)",
    "upper": "at most (nearly)",
    "approx": "about (about, some)",
}

# ---------------------------------------------------------------- picking claims


def pick(claims: pd.DataFrame, number: str, *, sentence: str | None = None) -> pd.Series:
    """The one claim whose mention contains ``number`` (as written, e.g. "45.4" or "1,600").

    ``sentence`` narrows the search to sentences containing that text. Notebooks name a claim
    this way so that its value always comes from the data, never from a number typed by hand;
    zero or several matches are an error that lists what was found.
    """
    row = find_claim(
        claims.to_dict("records"),
        mention=rf"(?<![\d.,]){re.escape(number)}(?![\d]|[.,]\d)",
        sentence=re.escape(sentence) if sentence is not None else None,
    )
    return claims[claims["claim_id"] == row["claim_id"]].iloc[0]


def value_of(claims: pd.DataFrame, number: str, *, sentence: str | None = None) -> float:
    """The scaled value of the claim :func:`pick` finds."""
    return float(pick(claims, number, sentence=sentence)["value"])


# ---------------------------------------------------------------- sub-topics


def label_paragraphs(
    sentences: pd.DataFrame, section: int, markers: Mapping[str, str], default: str
) -> pd.Series:
    """Label each sentence of a section by the sub-topic it falls under.

    The chapter opens each sub-topic with a paragraph whose first sentence names it ("Notable
    achievements have been made in health cooperation."). Walking the paragraphs in order, a
    paragraph whose first sentence contains a marker (case-insensitive) starts that label, and
    later paragraphs inherit it. Returns a Series aligned with the section's sentences.
    """
    part = sentences[sentences["section"] == section].sort_values("start", kind="stable")
    labels: dict[int, str] = {}
    current = default
    for _, para in part.groupby("paragraph", sort=False):
        first = str(para.iloc[0]["text"]).lower()
        for label, marker in markers.items():
            if marker.lower() in first:
                current = label
                break
        for idx in para.index:
            labels[idx] = current
    return pd.Series(labels, name="topic").reindex(part.index)


# The statuses of projects.csv are the extractor's STATUSES, ranked there by which cue wins when a
# clause has several. Charts and tables read them from running to planned instead ("making
# progress", under way at an unstated stage, right after the running ones; "not stated" last):
# the same statuses in another order (tests check that it is exactly a reordering of STATUSES).
STATUS_ORDER = (
    "operational",
    "open to traffic",
    "completed",
    "making progress",
    "under construction",
    "under development",
    "in preparation",
    "agreement signed",
    "feasibility study",
    "not stated",
)
RUNNING = STATUS_ORDER[:3]


def status_table(projects: pd.DataFrame, by: str = "corridor") -> pd.DataFrame:
    """Projects per ``by`` value and status, statuses ordered from running to planned.

    A status the extractor does not define is an error that lists it, so a row is never dropped.
    """
    unknown = sorted(set(projects["status"].dropna()) - set(STATUSES))
    if unknown:
        raise ValueError(f"statuses the extractor does not define (projects.STATUSES): {unknown}")
    table = pd.crosstab(projects[by], projects["status"])
    return table.reindex(columns=[s for s in STATUS_ORDER if s in table.columns])


# ---------------------------------------------------------------- dates


def as_of_end(as_of: str) -> str:
    """The last day an ``as_of`` value can mean, as YYYY-MM-DD ("" when undated or open-ended)."""
    a = str(as_of).strip()
    if "/" in a:
        a = a.split("/", 1)[1]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", a):
        return a
    if re.fullmatch(r"\d{4}-\d{2}", a):
        year, month = int(a[:4]), int(a[5:])
        last = (pd.Timestamp(year=year, month=month, day=1) + pd.offsets.MonthEnd(1)).day
        return f"{a}-{last:02d}"
    if re.fullmatch(r"\d{4}", a):
        return f"{a}-12-31"
    return ""


# ---------------------------------------------------------------- money


def parity_rates(path: Path | None = None) -> pd.DataFrame:
    """The documented table of renminbi central parity rates (data/external/, with its README)."""
    table = pd.read_csv(path or paths.EXTERNAL / "cny_usd_central_parity.csv", dtype={"date": str})
    return table.sort_values("date", kind="stable").reset_index(drop=True)


def parity_rate(as_of: str, rates: pd.DataFrame) -> pd.Series:
    """The rate for an as-of value: the latest listed date on or before the last day it can mean
    ("2022" -> 2022-12-31 -> the rate of 2022-12-30). Undated amounts have no rate of their own."""
    end = as_of_end(as_of)
    if not end:
        raise ValueError("an undated amount has no date to pick a rate for")
    earlier = rates[rates["date"] <= end]
    if earlier.empty:
        raise ValueError(f"no rate on or before {end} in the table")
    return earlier.iloc[-1]


# How the chapter scales money in words, largest first.
MONEY_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def fmt_money_range(span: Interval, currency: str = "USD") -> str:
    """A hedged amount as words: 'US$2.8-2.9 trillion', 'at least US$2.79 trillion'."""
    prefix = {"USD": "US$", "RMB": "RMB"}[currency]
    if span.low == 0 and span.high == math.inf:
        return f"any amount in {prefix} ≥ 0"
    top = max(abs(x) for x in (span.low, span.high) if math.isfinite(x))
    scale, word = next(((s, w) for s, w in MONEY_SCALES if top >= s), (1.0, ""))
    words = span.text(scale)
    head, _, number = words.rpartition(" ")
    lead = f"{head} " if head else ""
    return f"{lead}{prefix}{number} {word}".rstrip()


# ---------------------------------------------------------------- tables for the notebooks

CLAIM_COLUMNS = ["claim_id", "mention", "value", "unit", "qualifier", "counted", "as_of"]


def show(claims: pd.DataFrame, extra: Sequence[str] = ()) -> pd.DataFrame:
    """The columns a reader needs to check a claim against the text, indexed by claim_id."""
    return claims[[*CLAIM_COLUMNS, *extra]].set_index("claim_id")


def with_topic(
    claims: pd.DataFrame,
    sentences: pd.DataFrame,
    section: int,
    markers: Mapping[str, str],
    default: str,
) -> pd.DataFrame:
    """The section's claims with a ``topic`` column from :func:`label_paragraphs`."""
    topics = label_paragraphs(sentences, section, markers, default)
    by_sentence = dict(zip(sentences.loc[topics.index, "sentence_id"], topics, strict=True))
    part = claims[claims["section"] == section].copy()
    part["topic"] = part["sentence_id"].map(by_sentence).fillna(default)
    return part


def year_span(as_of: str) -> tuple[int, int]:
    """The first and last year of a period written "2013/2022"; anything else is an error."""
    m = re.fullmatch(r"(\d{4})/(\d{4})", str(as_of).strip())
    if not m:
        raise ValueError(f"expected a period like '2013/2022', got {as_of!r}")
    return int(m.group(1)), int(m.group(2))


def fingerprint(folder: Path | None = None) -> pd.DataFrame:
    """Rows and a short sha256 of every CSV in data/processed/, so any edit to the data shows.

    nbval compares this table, so ``make test`` fails after any change to any table until the
    report is regenerated and the change reviewed.
    """
    rows = []
    for path in sorted(Path(folder or paths.PROCESSED).glob("*.csv")):
        n = len(pd.read_csv(path, usecols=[0]))
        rows.append({"file": path.name, "rows": n, "sha256": sha256_file(path)[:12]})
    return pd.DataFrame(rows).set_index("file")


def claim_labels(claims: pd.DataFrame, width: int = 45) -> list[str]:
    """Chart labels that read as the text does: "more than 1,600 representatives"."""
    out = []
    for mention, counted in zip(claims["mention"], claims["counted"].fillna(""), strict=True):
        label = str(mention)
        if counted and str(counted).split()[0].lower() not in label.lower():
            label = f"{label} {counted}"
        out.append(label if len(label) <= width else label[: width - 1] + "…")
    return out


def un_members() -> int:
    """Member states of the United Nations, counted in country_converter's own table: the base
    rate a share of "partner countries" must be read against (partners are most countries)."""
    from ..extract.countries import un_members as members

    return len(members())
