"""The number grammar: find every quantity mention in a sentence and read its value.

A mention is ``[qualifier] [currency] number [scale] [unit words]``, for example "more than 200",
"nearly US$2.9 trillion", "300-plus", "RMB152.54 billion", "145.72 billion yuan", "45.4 percent",
"6.2 percentage points", "120 km per hour", "twice", "six times", "seven consecutive years",
"fourth largest". Calendar years, dates and identifiers ("Resolution 2344", "5G", "K2", "BDS-3",
"Covid-19", "Agenda 2063", "(10+1)", "71st ... Assembly") are recognised and skipped: dates feed
``as_of`` in :mod:`briconnect.dates` instead.

Everything works on offsets into the original string, so ``text[q.start:q.end] == q.mention``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

UNITS = (
    "USD",
    "RMB",
    "percent",
    "percentage_points",
    "TEU",
    "tonnes",
    "km_per_hour",
    "count",
    "times",
    "years",
    "rank",
)
QUALIFIERS = ("exact", "lower", "upper", "approx")
TIERS = ("core", "word", "ordinal")

# ---------------------------------------------------------------- vocabularies

# Qualifier words written before the number, longest first so "more than" beats "more".
_QUALIFIER_WORDS: dict[str, str] = {
    "more than": "lower",
    "over": "lower",
    "exceeded": "lower",
    "exceeding": "lower",
    "exceeds": "lower",
    "exceed": "lower",
    "above": "lower",
    "at least": "lower",
    "no less than": "lower",
    "not less than": "lower",
    "no fewer than": "lower",
    "upwards of": "lower",
    "in excess of": "lower",
    "greater than": "lower",
    "well over": "lower",
    "surpassing": "lower",
    "surpassed": "lower",
    "nearly": "upper",
    "almost": "upper",
    "up to": "upper",
    "less than": "upper",
    "fewer than": "upper",
    "no more than": "upper",
    "not more than": "upper",
    "below": "upper",
    "close to": "upper",
    "just under": "upper",
    "under": "upper",
    "about": "approx",
    "some": "approx",
    "around": "approx",
    "roughly": "approx",
    "approximately": "approx",
    "an estimated": "approx",
    "estimated": "approx",
    "circa": "approx",
    "approx.": "approx",
}
_QUALIFIER_BEFORE = re.compile(
    r"(?i)(?<![\w-])("
    + "|".join(re.escape(w) for w in sorted(_QUALIFIER_WORDS, key=len, reverse=True))
    + r")\s+$"
)
# Trailing qualifiers: "300-plus", "300+", "30-odd", "100 or more".
_QUALIFIER_AFTER = re.compile(r"(?i)(-plus\b|\+(?![\d+])|-odd\b|\s+or\s+more\b|\s+and\s+above\b)")

_SMALL = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "bln": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    "k": 1e3,
    "m": 1e6,
    "b": 1e9,
    "t": 1e12,
}
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()

# Capitalised words that may stand before a count at the start of a sentence ("In 2022, 40 ...",
# "Only 3 ..."); any other capitalised word right before a number makes it a label.
_FUNCTION_WORDS = frozenset(
    """in by since from to of at on for with about around over some nearly almost only just all
    the a an and but another last first another these those its their including another""".split()
)

# Nouns after an ordinal that make it a sequence label, not a rank claim ("the first forum").
_SEQUENCE_NOUNS = frozenset(
    """anniversary forum forums session sessions meeting meetings phase round rounds batch
    edition summit conference congress plenary time times stage half quarter day week month
    year century step""".split()
)

# Vague magnitudes: words -> (value, low, high). "tens of thousands" means 10,000 or more.
_VAGUE = {
    "tens of thousands": (1e4, 1e4, 1e5),
    "tens of millions": (1e7, 1e7, 1e8),
    "hundreds of thousands": (1e5, 1e5, 1e6),
    "hundreds of millions": (1e8, 1e8, 1e9),
    "hundreds": (1e2, 1e2, 1e3),
    "thousands": (1e3, 1e3, 1e4),
    "millions": (1e6, 1e6, 1e7),
    "billions": (1e9, 1e9, 1e10),
    "dozens": (24.0, 24.0, 100.0),
}

_CARDINAL_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen)"
)

# All the places a number can begin. Order matters: specials before plain words.
_CORE = re.compile(
    r"(?P<digits>(?P<cur>US\$|HK\$|\$|USD\s?|RMB\s?|CNY\s?|\u00a5|\uffe5)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<ord>st|nd|rd|th)?)"
    r"|(?P<vague>\b(?:tens|hundreds)\s+of\s+(?:thousands|millions)\b"
    r"|\b(?:hundreds|thousands|millions|billions|dozens)(?=\s+of\b))"
    r"|(?P<special>\b(?:twice|thrice|a\s+dozen|a\s+couple\s+of|a\s+(?:hundred|thousand)|half\s+a\s+dozen)\b)"
    r"|(?P<word>\b" + _CARDINAL_WORD + r"(?:\s+(?:hundred|thousand|million|billion|trillion))?\b)"
    r"|(?P<ordinal>\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b)",
    re.IGNORECASE,
)

_SCALE_AFTER = re.compile(
    r"(?:\s+(?P<word>trillion|billion|million|thousand)\b"
    r"|\s?(?P<abbr>tn|trn|bn|bln|mn|mln)\b"
    r"|(?P<letter>[TBMK])\b)"
)
# Unit words after the number (and scale). Each maps to a unit; order: longest first.
_UNIT_AFTER: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"(?i)\s?(?:percentage|percent|per\s+cent)\s+points?\b|\s?(?:pp|ppts?)\b"),
        "percentage_points",
    ),
    (re.compile(r"(?i)\s?(?:%|percent\b|per\s+cent\b|pct\b)"), "percent"),
    (
        re.compile(
            r"(?i)[\s-]?(?:km|kilometers|kilometres)\s*(?:per\s+hour|an\s+hour|/\s*h(?:our)?\b)"
            r"|[\s-]?(?:kph|km/h|kmh)\b"
        ),
        "km_per_hour",
    ),
    (
        re.compile(
            r"(?i)\s+twenty-foot\s+equivalent\s+units?(?:\s+\(TEUs?\))?"
            r"|\s?TEUs?\b"
        ),
        "TEU",
    ),
    (re.compile(r"(?i)\s?(?:metric\s+tons|tonnes|tonne|tons|ton)\b"), "tonnes"),
    (re.compile(r"(?i)\s+(?:U\.?S\.?\s+)?dollars\b|\s+USD\b"), "USD"),
    (re.compile(r"(?i)\s+(?:yuan|renminbi|RMB|CNY)\b"), "RMB"),
    (re.compile(r"(?i)\s+times\b"), "times"),
    (re.compile(r"(?i)(?:\s+consecutive)?\s+(?:years?|decades?)\b|-year\b"), "years"),
]
_CURRENCY = {
    "US$": "USD",
    "$": "USD",
    "USD": "USD",
    "RMB": "RMB",
    "CNY": "RMB",
    "\u00a5": "RMB",
    "\uffe5": "RMB",
    "HK$": None,
}
_SUPERLATIVE = re.compile(
    r"\s+(?:largest|biggest|highest|greatest|longest|fastest|busiest|strongest|most\s+[a-z]+)\b"
)


@dataclass(frozen=True)
class Quantity:
    """One quantity mention, with offsets into the text it was found in."""

    start: int
    end: int
    mention: str
    value: float
    unit: str
    qualifier: str
    qualifier_text: str
    value_low: float | None
    value_high: float | None
    tier: str
    number_start: int  # where the number itself starts (after any qualifier)
    number_end: int  # where the number and its scale end (before unit words)


# ---------------------------------------------------------------- helpers


def parse_number(digits: str, scale: float = 1.0) -> float:
    """'74,000' -> 74000.0; '152.54' with scale 1e9 -> 152540000000.0, computed in decimal
    so that scaled values print without binary noise (17.7 million is 17700000, not ...004)."""
    return float(Decimal(digits.replace(",", "")) * Decimal(int(scale)))


def words_to_number(words: str) -> float:
    """Number words to a value: 'Sixteen' -> 16, 'twenty-five' -> 25, 'two million' -> 2e6."""
    total = 0.0
    for token in re.split(r"[\s-]+", words.lower()):
        if token in ("a", "an", "and"):
            total = total or 1.0
        elif token in _SMALL:
            total += _SMALL[token]
        elif token in _TENS:
            total += _TENS[token]
        elif token in _SCALES:
            total = (total or 1.0) * _SCALES[token]
        else:
            raise ValueError(f"not a number word: {token!r} in {words!r}")
    return total


def _previous_word(text: str, pos: int, lo: int) -> str:
    m = re.search(r"([A-Za-z][\w.'-]*)\s*$", text[lo:pos])
    return m.group(1) if m else ""


def _is_sentence_start(text: str, pos: int, lo: int) -> bool:
    before = text[lo:pos].strip(" \"'(\u201c")
    return before == "" or before.endswith((".", "!", "?", ":", ";"))


def _is_year(value: float, num: str, has_currency: bool) -> bool:
    return not has_currency and "," not in num and "." not in num and 1800 <= value <= 2100


def _skip_digit_number(text: str, m: re.Match[str], lo: int, hi: int) -> bool:
    """True for digit strings that are identifiers, dates or years, not quantities."""
    start, end = m.start("digits"), m.end("num")
    before = text[lo:start]
    after = text[end:hi]
    prev_char = before[-1:] if before else ""
    cur = m.group("cur")
    value = parse_number(m.group("num"))
    if not cur:
        # Glued to letters or an identifier hyphen: K2, BDS-3, Covid-19, G20.
        if (
            prev_char.isalpha()
            or (prev_char and prev_char in "_./")
            or re.search(r"[A-Za-z]-$", before)
        ):
            return True
        # Part of a range or a formula: "(10+1)", "2017-2022", "2013-22".
        if prev_char == "+" or re.match(r"\+\d", after):
            return True
        if re.search(r"\d-$", before):
            return True
    # Glued letters after the number that are not a unit or scale: 5G, 3D, 4K.
    tail = re.match(r"[A-Za-z]+", after)
    if tail and not m.group("ord"):
        glued = tail.group().lower()
        units_ok = {"km", "kph", "kmh", "t", "bn", "bln", "mn", "mln", "tn", "trn", "pp", "ppt"}
        if not (glued in units_ok or (cur and glued in {"b", "m", "k", "t"})):
            return True
    if m.group("ord"):
        # "71st United Nations General Assembly": a session number, never a quantity.
        after_ord = text[m.end("ord") : hi]
        return bool(re.match(r"\s+[A-Z]", after_ord)) or not _rank_context(after_ord)
    if _is_year(value, m.group("num"), bool(cur)) and not _has_unit_after(after):
        return True
    # Day of a date: "January 1, 2022", "1 January 2022".
    prev = _previous_word(text, start, lo)
    if prev.lower().rstrip(".") in _MONTHS and value <= 31 and "." not in m.group("num"):
        return True
    nxt = re.match(r"\s+([A-Za-z]+)", after)
    if nxt and nxt.group(1).lower() in _MONTHS and value <= 31:
        return True
    # A label number right after a capitalised word: "Resolution 2344", "Line 2", "Industry 4.0".
    if not cur and prev[:1].isupper() and before.endswith(prev + " ") and "," not in m.group("num"):
        low = prev.lower()
        if (
            low not in _QUALIFIER_WORDS
            and low not in _FUNCTION_WORDS
            and not _unit_after(text, end, hi)
        ):
            return True
    if not cur and prev.lower().rstrip(".") in ("no", "nos") and prev.endswith("."):
        return True
    # Enumerators: "(1)", "1)" at the start of an item.
    return bool(re.search(r"\($", before) and re.match(r"\)", after) and value < 20)


def _has_unit_after(after: str) -> bool:
    return any(p.match(after) for p, unit in _UNIT_AFTER if unit not in ("years", "times")) or bool(
        _SCALE_AFTER.match(after) and _SCALE_AFTER.match(after).group("word")
    )


def _rank_context(after: str) -> bool:
    """An ordinal is a rank claim unless the noun after it names a sequence (forum, anniversary)."""
    if re.match(r"-[a-z]", after):  # "first-tier", "third-party"
        return False
    nxt = re.match(r"\s+([A-Za-z]+)", after)
    return not (nxt and nxt.group(1).lower() in _SEQUENCE_NOUNS)


def _qualifier_before(text: str, start: int, lo: int) -> tuple[int, str, str]:
    """(new start, qualifier, words) for a qualifier written right before the number."""
    m = _QUALIFIER_BEFORE.search(text, lo, start)
    if not m or m.end() != start:
        return start, "exact", ""
    words = m.group(1)
    return m.start(1), _QUALIFIER_WORDS[words.lower()], words


def _unit_after(text: str, pos: int, hi: int) -> tuple[str, int] | None:
    for pattern, unit in _UNIT_AFTER:
        m = pattern.match(text, pos, hi)
        if m:
            return unit, m.end()
    return None


# ---------------------------------------------------------------- the scanner


def find_quantities(text: str, lo: int = 0, hi: int | None = None) -> list[Quantity]:
    """Every quantity mention in text[lo:hi] (one sentence, ideally), in order."""
    hi = len(text) if hi is None else hi
    found: list[Quantity] = []
    pos = lo
    while True:
        m = _CORE.search(text, pos, hi)
        if not m:
            break
        q = _read(text, m, lo, hi)
        if q is None:
            pos = m.end()
            continue
        found.append(q)
        pos = q.end
    return found


def _read(text: str, m: re.Match[str], lo: int, hi: int) -> Quantity | None:
    kind = m.lastgroup if m.group("digits") is None else "digits"
    if kind == "digits":
        return _read_digits(text, m, lo, hi)
    if kind == "ordinal":
        return _read_ordinal(text, m, lo, hi)
    return _read_words(text, m, kind, lo, hi)


def _finish(
    text: str,
    start: int,
    num_start: int,
    num_end: int,
    end: int,
    value: float,
    unit: str,
    qualifier: str,
    qualifier_text: str,
    tier: str,
    low: float | None = None,
    high: float | None = None,
) -> Quantity:
    if unit == "years" and qualifier_text.lower() == "over":
        start, qualifier, qualifier_text = num_start, "exact", ""  # "over two decades": a span
    if low is None and high is None:
        low = value if qualifier in ("exact", "lower") else None
        high = value if qualifier in ("exact", "upper") else None
    return Quantity(
        start,
        end,
        text[start:end],
        value,
        unit,
        qualifier,
        qualifier_text,
        low,
        high,
        tier,
        num_start,
        num_end,
    )


def _read_digits(text: str, m: re.Match[str], lo: int, hi: int) -> Quantity | None:
    if _skip_digit_number(text, m, lo, hi):
        return None
    num_start = m.start("digits")
    value = parse_number(m.group("num"))
    cur = (m.group("cur") or "").strip()
    unit = _CURRENCY.get(cur) if cur else None
    if cur and unit is None:
        return None  # a currency outside the vocabulary (HK$): not guessed
    end = m.end("num")
    if m.group("ord"):
        num_end = m.end("ord")
        sup = _SUPERLATIVE.match(text, num_end, hi)
        end = sup.end() if sup else num_end
        return _finish(
            text, num_start, num_start, num_end, end, value, "rank", "exact", "", "ordinal"
        )
    scale = _SCALE_AFTER.match(text, end, hi)
    if scale and (scale.group("word") or scale.group("abbr") or (cur and scale.group("letter"))):
        factor = _SCALES[
            (scale.group("word") or scale.group("abbr") or scale.group("letter")).lower()
        ]
        value = parse_number(m.group("num"), factor)
        end = scale.end()
    num_end = end
    start, qual, qtext = _qualifier_before(text, num_start, lo)
    trailing = _QUALIFIER_AFTER.match(text, end, hi)
    if trailing:
        end = trailing.end()
        if qual == "exact":
            word = trailing.group(1).strip().lower()
            qual = "approx" if word == "-odd" else "lower"
            qtext = trailing.group(1).strip()
    found = _unit_after(text, end, hi)
    if found:
        u, uend = found
        if unit is None or u in ("USD", "RMB"):
            if u == "years" and "decade" in text[end:uend].lower():
                value *= 10
            unit = u
            end = uend
    if unit is None:
        unit = "count"
    return _finish(text, start, num_start, num_end, end, value, unit, qual, qtext, "core")


def _read_words(text: str, m: re.Match[str], kind: str, lo: int, hi: int) -> Quantity | None:
    words = m.group(kind)
    num_start, end = m.span(kind)
    lower = " ".join(words.lower().split())
    after = text[end:hi]
    # Capitalised mid-sentence: part of a name ("Two Countries, Twin Parks", "Hualong One").
    if words[0].isupper() and not _is_sentence_start(text, num_start, lo):
        return None
    # Compounds are adjectives or names, not counts: "two-way", "one-stop", "twenty-foot".
    if re.match(r"-[A-Za-z]", after):
        return None
    low = high = None
    qual, qtext = "exact", ""
    if kind == "vague":
        value, low, high = _VAGUE[lower]
        qual, qtext = "approx", words
    elif kind == "special":
        value = {"twice": 2.0, "thrice": 3.0, "a dozen": 12.0, "half a dozen": 6.0}.get(lower)
        if value is None:
            value = words_to_number(lower)
    else:
        if lower == "one" and re.match(r"\s+(?:of|another|by|day|way|side|or)\b|\s*-", after):
            return None
        if lower == "one" and _previous_word(text, num_start, lo).lower() in ("no", "every", "any"):
            return None
        value = words_to_number(lower)
    num_end = end
    if kind != "vague":
        start, qual, qtext = _qualifier_before(text, num_start, lo)
    else:
        start = num_start
    if lower in ("twice", "thrice"):
        unit = "times"
    else:
        unit = "count"
        found = _unit_after(text, end, hi)
        if found:
            unit, uend = found
            if unit == "years" and "decade" in text[end:uend].lower():
                value *= 10
            end = uend
    if low is None and high is None:
        return _finish(text, start, num_start, num_end, end, value, unit, qual, qtext, "word")
    return _finish(
        text, start, num_start, num_end, end, value, unit, qual, qtext, "word", low, high
    )


def _read_ordinal(text: str, m: re.Match[str], lo: int, hi: int) -> Quantity | None:
    word = m.group("ordinal")
    start, end = m.span("ordinal")
    if word[0].isupper() and not _is_sentence_start(text, start, lo):
        return None  # "the Second Belt and Road Forum": part of a name
    after = text[end:hi]
    if not _rank_context(after) or not re.match(r"\s+[a-z]", after):
        return None
    sup = _SUPERLATIVE.match(text, end, hi)
    num_end, end = end, (sup.end() if sup else end)
    value = float(_ORDINALS[word.lower()])
    return _finish(text, start, start, num_end, end, value, "rank", "exact", "", "ordinal")
