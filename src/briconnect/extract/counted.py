"""What a quantity counts or measures, as a short lowercase noun phrase.

Rules follow how the genre phrases its claims:

- counts name their noun right after the number: "more than 200 BRI cooperation agreements";
- measures name it before "of": "an average annual growth rate of 6.4 percent";
- shares name their base after "of": "45.4 percent of China's total foreign trade";
- totals name it as the clause's subject: "the cumulative value of imports and exports ...
  reached US$19.1 trillion";
- "including US$240 billion" and "eight of which" inherit from the claim before them.
"""

from __future__ import annotations

import re

from .quantities import WINDOW, Quantity

_DETERMINERS = frozenset("a an the its their his her our this that these those such".split())
_PREPOSITIONS = frozenset(
    """in from with to for on at by into across through between among along including such as
    per via within over under towards toward targeting after before during against around
    about than like""".split()
)
_AUXILIARIES = frozenset(
    """have has had is are was were be been being will would can could should may might do does
    did that which who whose where when while whereas""".split()
)
_QUALIFIER_WORDS = frozenset("more nearly almost over about some around roughly".split())
# Nouns that take an "of" complement as part of what is counted: "types of goods".
_MEASURE_NOUNS = frozenset(
    """types kinds sorts pairs doses rounds units pieces batches sets categories tons tonnes
    launches classes groups""".split()
)
_TOTAL_VERBS = (
    r"(?:reached|exceeded|surpassed|totaled|totalled|amounted\s+to|stood\s+at|hit|"
    r"increased\s+to|grew\s+to|rose\s+to|climbed\s+to|was|were)"
)
_AUX = r"(?:(?:has|have|had)(?:\s+been)?\s+)?"
_GROWTH_BEFORE = re.compile(
    r"(?i)\b(?:grew|grow|grows|growing|rose|rise|rises|rising|increased|increasing|up|fell|fall|"
    r"falls|declined|dropped|down|expanded|jumped|surged)(?:\s+by)?\s+$"
)
_OF_BEFORE = re.compile(r"\bof\s+$")
_OF_AFTER = re.compile(r"\s+of\s")
_FROM_PART = re.compile(r"\s+(from\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)")
_WORD = re.compile(r"[A-Za-z][\w'&]*(?:-[\w']+)*|[\d][\d,.]*")
_MAX_WORDS = 7
_FALLBACK = {
    "USD": "value",
    "RMB": "value",
    "percent": "share",
    "TEU": "container volume",
    "tonnes": "cargo volume",
    "km_per_hour": "speed",
    "years": "years",
}


# Base-form verbs the genre coordinates with "and": "... pairings and carry out ...".
_VERBS = frozenset(
    """carry make provide build promote become support help set take launch establish form
    create develop join sign expand deliver train serve offer cover connect""".split()
)
_LEADING_CONJUNCTIONS = frozenset("and or but while whereas with".split())


def _is_verb_like(word: str) -> bool:
    w = word.lower()
    return w in _AUXILIARIES or w in _VERBS or (w.endswith("ed") and "-" not in w and len(w) > 4)


def _clean(words: list[str]) -> str:
    while words and words[0].lower() in _DETERMINERS | _LEADING_CONJUNCTIONS:
        words = words[1:]
    while words and words[-1].lower() in _DETERMINERS | _PREPOSITIONS | {"and", "of"}:
        words = words[:-1]
    return " ".join(words).lower()


def noun_phrase_after(text: str, pos: int, hi: int) -> str:
    """The noun phrase starting at pos, stopping at prepositions, verbs and punctuation."""
    words: list[str] = []
    i = pos
    while len(words) < _MAX_WORDS:
        m = re.compile(r"[ \t]*(" + _WORD.pattern + r")").match(text, i, hi)
        if not m:
            break
        word = m.group(1)
        low = word.lower()
        if word[0].isdigit() or low in _AUXILIARIES or (low in _QUALIFIER_WORDS and words):
            break
        if low in _PREPOSITIONS and not (words or low == "such"):
            break
        if low in _PREPOSITIONS:
            break
        if low == "of":
            nxt = re.compile(r"\s+(" + _WORD.pattern + r")").match(text, m.end(), hi)
            if not words:  # "US$400 billion of investment": skip the "of"
                i = m.end()
                continue
            if not nxt or nxt.group(1).lower() in _DETERMINERS or nxt.group(1)[0].isdigit():
                break
            if words[-1].lower() not in _MEASURE_NOUNS and not words[-1].lower().endswith("es"):
                break
        if low == "and":
            nxt = re.compile(r"\s+(" + _WORD.pattern + r")").match(text, m.end(), hi)
            if (
                not nxt
                or nxt.group(1)[0].isdigit()
                or nxt.group(1).lower() in _QUALIFIER_WORDS | _PREPOSITIONS | _DETERMINERS
                or _is_verb_like(nxt.group(1))
                or nxt.group(1).lower().endswith("ing")  # "... countries and driving ..."
                or not words
            ):
                break
        if words and (_is_verb_like(word) or _is_adverb(text, low, m.end(), hi)):
            break  # a verb or an adverb ends the phrase: "member states unanimously agreed"
        if words and low.endswith("ing") and _starts_modifier(text, m.end(), hi):
            break  # a participle with its object: "terminal operating in Italy"
        words.append(word)
        i = m.end()
    return _clean(words)


def _is_adverb(text: str, word: str, pos: int, hi: int) -> bool:
    """'unanimously agreed' is an adverb; 'friendly cities' is an adjective."""
    if not word.endswith("ly") or len(word) <= 4:
        return False
    nxt = re.compile(r"\s+(" + _WORD.pattern + r")").match(text, pos, hi)
    return nxt is None or _is_verb_like(nxt.group(1)) or nxt.group(1).lower() in _PREPOSITIONS


def _starts_modifier(text: str, pos: int, hi: int) -> bool:
    nxt = re.compile(r"\s+(" + _WORD.pattern + r")").match(text, pos, hi)
    if not nxt:
        return True
    word = nxt.group(1)
    return word[0].isupper() or word.lower() in _DETERMINERS | _PREPOSITIONS


def noun_phrase_before_of(text: str, start: int, lo: int) -> str:
    """'an average annual growth rate of 6.4 percent' -> 'average annual growth rate'."""
    lo = max(lo, start - WINDOW)
    m = _OF_BEFORE.search(text, lo, start)
    if not m:
        return ""
    words = _WORD.findall(text, lo, m.start())
    phrase: list[str] = []
    for word in reversed(words):
        low = word.lower()
        if low in _DETERMINERS | _PREPOSITIONS | _AUXILIARIES | _VERBS:
            break
        if word[0].isdigit() or len(phrase) >= _MAX_WORDS:
            break
        phrase.insert(0, word)
    return _clean(phrase)


def subject_before(text: str, start: int, lo: int, verb_in_mention: bool) -> str:
    """The subject of 'X reached MENTION': 'the cumulative value of imports ... reached'."""
    before = text[max(lo, start - 3 * WINDOW) : start]
    if verb_in_mention:
        clause_end = len(before.rstrip())
    else:
        m = re.search(rf"\s{_AUX}{_TOTAL_VERBS}\s+$", before)
        if not m:
            return ""
        clause_end = m.start()
    clause_start = max(before.rfind(c, 0, clause_end) for c in (",", ";", ":")) + 1
    clause = re.sub(r"^\s*(?:and|with|while|but)\s+", " ", before[clause_start:clause_end])
    # Cut the clause at the first preposition that starts a modifier ("between", "of the").
    cut = re.search(r"\s(?:between|with|to|for|from|in|at|on|along|among|of\s+the)\s", clause)
    if cut:
        clause = clause[: cut.start()]
    words = _WORD.findall(clause)
    if not words or len(words) > 2 * _MAX_WORDS:
        return ""
    if words[-1].lower() in ("has", "have", "had", "been"):
        words = words[:-1]
    return _clean(words)


def counted_for(
    text: str, q: Quantity, lo: int, hi: int, earlier: list[tuple[Quantity, str]]
) -> str:
    """A short noun phrase for what q counts or measures, from its sentence text[lo:hi]."""
    verb_in_mention = q.qualifier_text.lower() in ("exceeded", "exceeding", "surpassed")
    before_of = noun_phrase_before_of(text, q.start, lo)
    after = noun_phrase_after(text, q.end, hi)
    if q.unit == "rank":
        superlative = text[q.number_end : q.end].strip().lower()
        phrase = noun_phrase_after(text, q.end, hi)
        return f"{superlative} {phrase}".strip() if superlative else phrase
    if q.unit == "times":
        return _event_held(text, q, lo, hi) or after
    if q.unit in ("percent", "percentage_points") and _GROWTH_BEFORE.search(
        text, max(lo, q.start - WINDOW), q.start
    ):
        return "growth rate"  # "trade grew by 7.7%", "up 3.5 percentage points"
    if q.unit == "percent" and _OF_AFTER.match(text, q.end, hi):
        base = noun_phrase_after(text, q.end, hi)
        return f"share of {base}" if base else "share"
    if q.unit in ("count",) and after:
        return after
    inherited = _inherit(text, q, lo, earlier)
    candidates = [
        before_of,
        after if q.unit in ("USD", "RMB") and text[q.end : q.end + 4] == " of " else "",
        subject_before(text, q.start, lo, verb_in_mention),
        inherited,
    ]
    for candidate in candidates:
        if candidate:
            return candidate
    if q.unit == "years":
        return "years"
    return _FALLBACK.get(q.unit, after)


def _inherit(text: str, q: Quantity, lo: int, earlier: list[tuple[Quantity, str]]) -> str:
    """'including US$240 billion' and 'eight of which' refer to the claim before them."""
    if not earlier:
        return ""
    before = text[max(lo, q.start - WINDOW) : q.start]
    after = text[q.end : q.end + 12]
    if re.search(r"\b(?:including|of\s+which|with)\s+$", before) or re.match(
        r"\s+of\s+which", after
    ):
        for prev, counted in reversed(earlier):
            if counted and (prev.unit == q.unit or q.unit == "count"):
                # "including US$240 billion from China": the part, named by its source
                part = _FROM_PART.match(text, q.end)
                return f"{counted} {part.group(1).lower()}" if part else counted
    if q.unit == "count" and re.search(r"\bincluding\s+$", before):
        return earlier[-1][1]
    return ""


def _event_held(text: str, q: Quantity, lo: int, hi: int) -> str:
    """'has held the Belt and Road Summit eight times' -> 'belt and road summit'."""
    verbs = r"(?:held|hosted|organized|organised|convened|staged|co-hosted|launched|run)"
    m = re.search(
        rf"\b{verbs}\s+((?:the\s+)?[^,;]+?)\s*$", text[max(lo, q.start - WINDOW) : q.start]
    )
    if m:
        return _clean(_WORD.findall(m.group(1)))
    m = re.match(r"\s+((?:the\s+)?[A-Z][^,;.]*)", text[q.end : min(hi, q.end + WINDOW)])
    if m:
        words = _WORD.findall(m.group(1))
        cut = next(
            (i for i, w in enumerate(words) if w in ("on", "for", "in", "along")), len(words)
        )
        return _clean(words[:cut])
    return ""
