"""Projects and facilities named in a text: name, kind, status, countries.

Rules over the text, no model. What each relies on:

* names: a run of capitalised words ending in a head noun that says what the facility is
  ("... Railway", "... Hydropower Station", "... Port"), "Port of X", "K2 and K3 units of the
  ... Power Plant", sections of a named line, plus a document's own patterns and listing
  sentences (:class:`~briconnect.extract.rules.Rules`);
* status: cue words in the name's own clause; a clause without cues borrows those of the next
  clause only when that clause names no other facility (not even "its port"), and a document
  may say which clause openings go on about the same name (``Rules.continuing_clauses``);
* countries: "... in Serbia" after the name, countries inside the name, "connecting A and B",
  the line a section belongs to, the sentence, or the one partner a paragraph group names;
* group: the paragraph's group, given by the caller (Chapter III's corridors), else
  ``rules.default_group``.

Nothing here knows any one document: a document's words come in as :class:`Rules`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property
from typing import Any, TypeVar

from . import countries as countries_mod
from . import gazetteer, literals
from .rules import CAP, CAPS, GENERAL, GENERAL_SERVICE_WORDS, Rules, expand, ordered
from .spans import (
    Hit,
    Intervals,
    Row,
    check_unique,
    list_items,
    longest,
    paragraphs,
    slug,
    verify_spans,
)
from .text import Sentence

T = TypeVar("T")

#: Project status, most advanced first; a clause with several cues gets the first in this order.
STATUSES = (
    "operational",
    "open to traffic",
    "completed",
    "under construction",
    "under development",
    "agreement signed",
    "feasibility study",
    "in preparation",
    "making progress",
    "not stated",
)

PROJECT_KINDS = (
    "railway",
    "highway",
    "bridge",
    "metro line",
    "port",
    "airport",
    "terminal",
    "pipeline",
    "power plant",
    "transmission line",
    "nuclear unit",
    "nuclear fuel plant",
    "economic zone",
    "industrial park",
    "transport channel",
    "tunnel",
    "dam",
)

#: Where a project's countries were read from (the first rule that gives any).
COUNTRY_BASES = (
    "location",
    "name",
    "connecting",
    "parent",
    "opener",
    "place",
    "sentence",
    "paragraph",
    "heading",
    "dateline",
    "corridor",
    "not stated",
)

_WINDOW = 200  # how far back an anchored look-behind reads, so no name rescans its sentence
_HEAD_FIRST = re.compile(rf"\bPort of {CAP}")
_SECTION_OF = re.compile(rf"(?P<pre>{CAPS}section of the )$")
_BARE_SECTION = re.compile(rf"\bthe (?P<name>{CAPS}section)\b(?! of the)")
# A possessive that opens a run of capitalised words: "Vietnam's", "Kenya’s".
_POSSESSIVE = re.compile(r"[A-Z]\w*(?:-[A-Z]\w*)?(?: (?:and )?[A-Z]\w*){0,2}['\u2019]s ")
_MEASURE_FIRST = re.compile(r"\d[\d.,]*[ -]?(?:MW|GW|kW|MWp|GWp|kV|km|TEU)\b ")
_CITY_AFTER_PORT = re.compile(r" [A-Z][\w'’-]+")
_COMPANY_AFTER = re.compile(
    r" (?:Construction |Engineering )?(?:Group|Company|Corporation|Corp\.?|Co\.|Ltd|Limited"
    r"|Holdings|Authority|Administration|Bureau|Consortium)\b"
)
_OWNED_FIRST = re.compile(
    r"[A-Z][a-z]+-(?:owned|built|financed|funded|run|operated|backed|designed|led) (?=[A-Z])"
)
_INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Aa]nother) $")
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")  # a capitalised word right before a position
_FIRST_WORD = re.compile(r"([A-Z][a-z]+) (?=[A-Z])")
_POSSESSIVE_BEFORE = re.compile(r"(?P<owner>[A-Z][\w -]*?)['\u2019]s (?:the )?$")
_NOT_BEFORE_NUMBER = (
    "In|On|At|By|Of|For|From|With|To|Over|Under|About|Some|Nearly|Almost|Around|Roughly"
    "|Only|All|Top|Just|Up|Approximately|Than|And|Or|The|Its|Their|Our|These|Those"
)
_UNITS = re.compile(rf"\b[A-Z]\d+(?: and [A-Z]\d+)* units of the {CAPS}Power Plant")


def _capitalised(head: str) -> str:
    """'power station' -> 'Power Station': each word's first letter in capitals."""
    return " ".join(w[:1].upper() + w[1:] for w in head.split(" "))


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """A rule's pattern compiled once per process: the rules hold more patterns than the re
    module's own cache keeps, so a Matcher made per document would compile them all again."""
    return re.compile(pattern)


def _searchable(pattern: str, kind: str) -> tuple[re.Pattern[str], str, literals.Needles]:
    """A document pattern compiled, with the words it cannot match without (a sentence lacking
    them is not searched)."""
    rx = _compiled(expand(pattern))
    return rx, kind, literals.needles(rx)


class Matcher:
    """The rules compiled once per document."""

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        heads = "|".join(re.escape(h) for h in ordered(list(rules.heads)))
        mods = "|".join(re.escape(m) for m in rules.lower_modifiers)
        lower = rf"(?:(?:{mods}) )*" if mods else ""
        service = "|".join(re.escape(w) for w in rules.not_followed_by)
        not_service = rf"(?! (?:{service})\b)" if service else ""
        # A head written in lowercase ("terminal") also heads a name in capitals ("Container
        # Terminal"); a capitalised head never matches lowercase ("the TEU port" names nothing).
        self.head_kinds = {h.lower(): k for h, k in rules.heads.items()}
        self.head_kinds.update({w.lower(): k for w, k in rules.project_words.items()})
        variants = {v for h in rules.heads for v in (h, _capitalised(h))}
        heads = "|".join(re.escape(h) for h in ordered(sorted(variants)))
        # A closing word ("Extension", "Expansion", "Upgrade") and "Project" stay in the name;
        # a facility word ("Solar") heads a name only before them and "Project".
        sufs = "|".join(re.escape(w) for w in ordered(list(rules.name_suffixes)))
        closing = rf"(?: (?:{sufs})\b)?(?: Project\b)?" if sufs else r"(?: Project\b)?"
        words = "|".join(re.escape(w) for w in ordered(list(rules.project_words)))
        if words:
            # "... Solar Extension Project", "... Rail Extension": a closing word may end the name
            lead = rf" (?:(?:{sufs})(?: Project)?|Project)\b" if sufs else r" Project\b"
            heads = rf"{heads}|(?:{words})(?={lead})"
        # A name starts at a word: the leading \b spares the alternation of heads every other
        # position of the sentence.
        # A unit after a number is a measure, not a name's first word ("1,320 MW Payra ...");
        # an ordinal with "of" opens a place's name ("10th of Ramadan Light Rail").
        units = "|".join(re.escape(u) for u in ordered(list(rules.name_units)))
        not_unit = rf"(?<=\d[ -])(?:{units}) " if units else "(?!)"
        # A number between a name's words numbers one of a series ("Nam Ou 8 Dam"), not after
        # a word that opens a sentence or hedges a quantity ("Over 8 Bridge ...").
        not_after = "".join(rf"(?<!\b{w} )" for w in _NOT_BEFORE_NUMBER.split("|"))
        numbered = rf"(?:{not_after}\d{{1,2}} (?:{CAPS})?)?"
        # "Badr-10th of Ramadan", "Tenth of Ramadan": an ordinal with "of" opens a place's name
        ordinal_of = (
            r"(?:(?:[A-Z][a-z]+-)?\d{1,2}(?:st|nd|rd|th) of |(?:First|Second|Third|Fourth|Fifth"
            r"|Sixth|Seventh|Eighth|Ninth|Tenth) of )?"
        )
        self.named = _compiled(
            rf"(?:{not_unit})?\b(?P<name>{ordinal_of}(?P<caps>{CAPS}{numbered})?"
            rf"(?:(?<=\w )[A-Z][a-z]+-)?{lower}(?P<head>{heads})\b"
            rf"{not_service}{closing}(?: Phase [IVX]+|(?<=Line) \d{{1,2}}\b(?![.,]\d))?"
            rf"(?: \([^()]*section\))?)"
        )
        self.named_needles = literals.needles(self.named)
        self.patterns = [_searchable(p.pattern, p.kind) for p in rules.patterns]
        self.lists = [_searchable(r.pattern, r.kind) for r in rules.lists]
        self.cues = [
            (_compiled(expand(c.pattern)), c.status, c.governs, c.weak, c.road)
            for c in rules.status_cues
        ]
        # the words each cue cannot match without: a clause lacking them is not searched
        self.cue_needles = [literals.needles(c[0]) for c in self.cues]
        nouns = "|".join(re.escape(n) for n in ordered(list(rules.facility_nouns)))
        self.facility_noun = _compiled(rf"\b(?:{nouns})s?\b") if nouns else None
        conts = "|".join(f"(?:{expand(c)})" for c in rules.continuing_clauses)
        self.continuing = _compiled(conts) if conts else None
        home = re.escape(rules.home_country_name)
        self.home_leads = _compiled(rf"\b{home}(?:, [A-Z]\w+)+,? and [A-Z]\w+") if home else None
        self.referring = {
            kind: _compiled(
                rf"\b(?:[Tt]he|[Ii]ts|[Tt]his) (?P<mods>(?:[\w'’.,-]+ ){{0,3}}?)"
                rf"(?P<noun>{'|'.join(re.escape(n) for n in ordered(list(nouns)))})\b(?!-)"
            )
            for kind, nouns in rules.referring_nouns.items()
        }
        self._cache: dict[tuple[int, str], Any] = {}
        self._openers: dict[int, list[str]] = {}
        self._dateline: list[str] | None = None
        self._datelines: list[tuple[int, list[str]]] | None = None
        self._text_countries: tuple[str, ...] | None = None

    def per_sentence(self, sentence: Sentence, what: str, compute: Callable[[], T]) -> T:
        """What a rule reads from a whole sentence, computed once per sentence (not per name)."""
        key = (sentence.sentence_id, what)
        if key not in self._cache:
            if self._cache and next(iter(self._cache))[0] != sentence.sentence_id:
                self._cache.clear()  # one sentence at a time: memory stays small
            self._cache[key] = compute()
        return self._cache[key]

    def dateline(self, text: str) -> list[str]:
        """The country of a news dateline ("NANNING, Dec. 3 --", "SUKKUR, Pakistan, May 2"): a
        place in capitals opening one of the text's first lines; read once per text."""
        if self._dateline is None:
            self._dateline = _dateline(text, self.rules.gazetteer)
        return self._dateline

    def dateline_before(self, text: str, pos: int) -> list[str]:
        """The country of the nearest dateline opening a line before ``pos``: a digest of wire
        items each under its own ("TEHRAN, 9 September — ...", "JAKARTA, 8 September — ..."),
        else the text's own dateline. The lines are found once per text."""
        if self._datelines is None:
            self._datelines = datelines(text, self.rules.gazetteer)
        i = bisect.bisect_right(self._datelines, pos, key=lambda d: d[0]) - 1
        return self._datelines[i][1] if i >= 0 else self.dateline(text)

    def text_countries(self, text: str) -> tuple[str, ...]:
        """Every country the text names, by name or adjective, once per text: the countries
        whose towns' other spellings the gazetteer may read ("Andijan" in a text naming
        Uzbekistan)."""
        if self._text_countries is None:
            named = [c.iso3 for c in countries_mod.find_countries(text)]
            named += countries_mod.adjective_countries(text, 0, len(text))
            self._text_countries = tuple(dict.fromkeys(named))
        return self._text_countries

    def opener(self, text: str, sentence: Sentence) -> list[str]:
        """The countries of a sentence's "In X, ..." opener, read once per sentence (kept apart
        from :meth:`per_sentence`, whose one-sentence cache a paragraph's lead would evict)."""
        if sentence.sentence_id not in self._openers:
            self._openers[sentence.sentence_id] = _opener(text, sentence, self)
        return self._openers[sentence.sentence_id]

    @cached_property
    def head_words(self) -> frozenset[str]:
        """The words of the heads, lowercase ("railway", "power", "station", ...)."""
        return frozenset(w for h in self.head_kinds for w in h.split())

    @cached_property
    def group_partners(self) -> dict[str, list[str]]:
        """The partner countries each named group's name contains (without the home country)."""
        out = {}
        for group in self.rules.named_groups:
            codes = [c.iso3 for c in countries_mod.find_countries(group)]
            out[group] = [c for c in dict.fromkeys(codes) if c != self.rules.home_country]
        return out


# ---------------------------------------------------------------- names


_SERVICE_AFTER = re.compile(
    r" (?:" + "|".join(re.escape(w) for w in GENERAL_SERVICE_WORDS) + r")\b(?![-\w])"
)


_ROUTE_NUMBER = re.compile(r" [A-Z]?\d")


def _generic_name(name: str, m: Matcher) -> bool:
    """Whether a name is only generic words ("National Highway", "Coastal Road")."""
    return all(w in gazetteer.NOT_PLACES or w.lower() in m.head_words for w in name.split())


# Capitalised words that describe a facility in a title-case headline, naming none, and the
# determiners such a headline capitalises ("Every New Bridge Brings Our Regions Closer").
_DESCRIPTIVE = frozenset("New Modern Major Key Big Main".split())
_DETERMINERS = frozenset("Every Each Any Our Their Its This That These Those Another".split())
# A state's own railway operator: "the State Railway of Thailand says", "National Railways of
# Zimbabwe" (a body, no facility; "the Federal Highway of Malaysia" is a road)
_STATE_WORDS = frozenset("State National Federal Royal".split())
_OF_A_PLACE = re.compile(r" of (?:the )?(?=[A-Z])")
# Words before a head that make it a platform or a programme, not a built facility.
_VIRTUAL = frozenset("Information Digital Data Innovation Online Cloud".split())


def _written_lowercase(text: str, word: str) -> bool:
    """Whether the text writes a capitalised word in lowercase somewhere (a common word)."""
    low = word.lower()
    return low != word and re.search(rf"\b{re.escape(low)}\b", text) is not None


def _of_a_country(text: str, pos: int, hi: int) -> bool:
    """Whether "of" and a country's name follow ``pos`` ("... Railway of Thailand")."""
    of = _OF_A_PLACE.match(text, pos, hi)
    if of is None:
        return False
    named = countries_mod.find_countries(text, of.end(), min(hi, of.end() + 40))
    return bool(named) and named[0].start == of.end()


def _first_two_words(text: str, start: int, end: int) -> str:
    """The first two words of text[start:end], a hyphen ending a word ("Lao Cai" of "Lao
    Cai-Hekou Railway")."""
    return " ".join(re.split(r"[\s\-–]+", text[start:end].strip())[:2])


# Adjectives of regions, and "Chinese" (the home country's, which countries.adjective_of
# leaves out): with a lowercase noun they describe, they name nothing ("African railway
# technicians", "Vietnamese and Chinese railway authorities").
_REGION_ADJECTIVES = frozenset(
    "African Asian European Arab American Eurasian Latin Caribbean Pacific Balkan Nordic"
    " Mediterranean Gulf Chinese".split()
)


def _only_adjectives(words: str | None) -> bool:
    """Whether capitalised words are all country or region adjectives ("Moroccan", "Sino-Lao",
    "Vietnamese and Chinese", "African")."""
    parts = [w for w in re.split(r"[\s-]+", str(words or "").strip()) if w and w != "and"]
    return bool(parts) and all(
        w in _REGION_ADJECTIVES or countries_mod.adjective_of(w) for w in parts
    )


def find_project_names(text: str, sentence: Sentence, m: Matcher) -> list[Hit]:
    """Project and facility names in one sentence, longest first where they overlap."""
    lo, hi = sentence.start, sentence.end
    hits: list[Hit] = []
    folded = literals.fold(text[lo:hi])  # a sentence without a rule's words skips the rule
    # A document's own patterns and lists first: on the same span they are the more specific
    # reading ("channels include the ... Expressway" is a transport channel, not a highway).
    for rx, kind, needles in m.patterns:
        if literals.may_match(needles, folded):
            for x in rx.finditer(text, lo, hi):
                hits.append(Hit(x.start(), x.end(), x.group(), kind))
    for rx, kind, needles in m.lists:
        if literals.may_match(needles, folded):
            for x in rx.finditer(text, lo, hi):
                for s, e in list_items(text, x.start("list"), x.end("list")):
                    hits.append(Hit(s, e, text[s:e], kind))
    named = m.named.finditer(text, lo, hi) if literals.may_match(m.named_needles, folded) else ()
    for x in named:
        if not x.group("caps") and x.group("name") == x.group("head"):
            continue  # a bare head noun ("Port" of "Port Qasim") names nothing
        if x.group("name") in m.rules.named_groups or text[x.end() : x.end() + 1] == '"':
            continue  # a group's name ("... Land Bridge"), a quoted title ("Chinese Bridge")
        if _SERVICE_AFTER.match(text, x.end(), hi):
            continue  # "China-Europe Railway Express": a service on the line, no facility
        if _COMPANY_AFTER.match(text, x.end(), hi):
            continue  # "Hunan Road and Bridge Construction Group", "the Port Authority": a body
        city = _CITY_AFTER_PORT.match(text, x.end(), hi) if x.group("head") == "Port" else None
        place = text[x.start("head") : city.end()] if city else ""
        if city and (
            gazetteer.city_country(place) or gazetteer.city_country(place.replace(" ", "-"))
        ):
            continue  # "Dili and Port Vila": "Port Vila" is a city
        if _ROUTE_NUMBER.match(text, x.end(), hi) and _generic_name(x.group("name"), m):
            continue  # "National Highway 7": a route's number, no project
        if x.group("head")[:1].islower() and _only_adjectives(x.group("caps")):
            continue  # "The Moroccan terminal": a facility called back by its country, no name
        s = x.start("name")
        owner = _POSSESSIVE.match(text, s, x.end())
        if owner and x.start("head") > owner.end() and _iso3_in(text, s, owner.end() - 3):
            s = owner.end()  # "Vietnam's Vinh Tan ... Plant": a country owns it, not named by it
            measure = _MEASURE_FIRST.match(text, s, x.start("head"))
            if measure:
                s = measure.end()  # "Bosnia and Herzegovina's 60 MW Bileća Solar Park"
        adjective = _FIRST_WORD.match(text, s, x.end())
        if (
            adjective
            and x.start("head") > adjective.end()
            and countries_mod.adjective_of(adjective.group(1))
            # "Lao Cai Logistics Industrial Park", "Lao Cai-Hekou ...": a city's name, not the
            # adjective
            and not gazetteer.city_country(_first_two_words(text, s, x.start("head")))
        ):
            s = adjective.end()  # "the Tunisian Medjerda Valley Dam": where it is, not its name
        owned = _OWNED_FIRST.match(text, s, x.start("head"))
        if owned:
            s = owned.end()  # "the Argentine-owned Collón Curá Hydropower Station": its owner
        words = text[s : x.start("head")].split()
        if words and words[-1] in _VIRTUAL:
            continue  # "the China-ASEAN Information Harbor": a platform, no facility
        if words and set(words) <= _DESCRIPTIVE | _DETERMINERS:
            continue  # "Cambodia's New Expressway" in a title-case headline: described, unnamed
        if (
            words
            and set(words) <= _STATE_WORDS
            and x.group("head").lower().startswith("rail")
            and _of_a_country(text, x.end(), hi)
        ):
            continue  # "the State Railway of Thailand": the state's operator, no facility
        only_head = not words or text[s : x.end()].lower() in m.head_kinds
        if _INDEFINITE_BEFORE.search(text, max(lo, s - 8), s) and (
            only_head
            # a title-case headline's "How a Border Railway Is Reshaping ...": no place, no name
            or (
                sentence.kind == "heading"
                and not _iso3_in(text, s, x.end())
                and not gazetteer.leading_places(" ".join(words))
                # common words the text also writes in lowercase ("the border"), not a name
                # ("Ethiopia Opens a Modjo Dry Port Expansion")
                and all(_written_lowercase(text, w) for w in words)
            )
        ):
            continue  # "a Dry Port Turns Distance into Opportunity": a headline's any port
        pre = _SECTION_OF.search(text, max(lo, s - _WINDOW), s)
        part_of = ""
        if pre:
            part_of = x.group("name")
            s = pre.start()
        kind = m.head_kinds[x.group("head").lower()]
        longer = _WORD_BEFORE.search(text, max(s, x.start("head") - 30), x.start("head"))
        if longer:  # "Cali Eastern Light Rail Line": the longer head "Light Rail Line"
            kind = m.head_kinds.get(f"{longer.group(1)} {x.group('head')}".lower(), kind)
        hits.append(Hit(s, x.end(), text[s : x.end()], kind, part_of))
    for x in _HEAD_FIRST.finditer(text, lo, hi):
        hits.append(Hit(x.start(), x.end(), x.group(), "port"))
    for x in _UNITS.finditer(text, lo, hi):
        kind = "nuclear unit" if "Nuclear" in x.group() else "power plant"
        hits.append(Hit(x.start(), x.end(), x.group(), kind))
    hits = longest(hits)  # sorted and non-overlapping from here on
    # "the Budapest-Kelebija section": a section of the project named before it.
    for x in _BARE_SECTION.finditer(text, lo, hi):
        s, e = x.span("name")
        i = bisect.bisect_right(hits, s, key=lambda h: h.start)
        if i and hits[i - 1].end > s:
            continue  # inside a name found already
        j = bisect.bisect_right(hits, s, key=lambda h: h.end)
        if not j:
            continue  # "the X section" with no line named before it: not a project we can place
        parent = hits[j - 1]
        if _only_adjectives(text[s:e].removesuffix("section")):
            continue  # "stringing on the Georgian section began": where work is, no project
        hits.insert(i, Hit(s, e, text[s:e], parent.kind, parent.part_of or parent.name))
    return hits


# ---------------------------------------------------------------- status


@dataclass(frozen=True)
class _Cue:
    start: int
    end: int
    status: str
    governs: bool
    weak: bool = False
    road: str = ""


#: Kinds that are roads: a road "inaugurated" or "opened" is open to traffic.
ROAD_KINDS = frozenset({"highway", "bridge", "tunnel"})

_CLAUSE_CUT = re.compile(
    r";\s*|,\s+and\s+(?=[a-z0-9])|,\s+(?=including\b)|,\s+(?=(?:while|whilst|whereas|but)\b)"
    r"|,\s+as\s+well\s+as\s+"  # "the opening of the A ..., as well as the signing ... for the B"
    # a "with" clause, unless set off inside its subject ("the A, with a capacity of 5 million
    # tonnes a year, was handed over")
    # ("..., with a Chinese policy bank on Friday to finance the A": the other party of the verb)
    r"|,\s+(?=with\b(?!\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:bank|lender|fund|company|firm"
    r"|consortium|contractor|government|ministry|partner|investor|developer|operator)s?"
    r"(?:\s+on\s+\w+)?\s+to\s+(?:finance|fund)\b)"
    r"(?![^;]*?,\s+(?!(?:and|or|but|while|whilst|whereas|which|who|where|with"
    r"|including|as|its|their|the|a|an|in|on|at|by|for|from|to|of|some|about|up)\b)[a-z]+\b))"
    # "the A is under construction and the B was completed": a new subject with its own,
    # singular verb ("the A and the B are operational" is one plural subject, not cut)
    r"|\s+and\s+(?=the (?:[A-Z][\w'-]* ){1,6}(?:is|was|has)\b)"
)


# A sentence that opens with a subordinate clause ends it at its first comma.
_SUBORDINATE_LEAD = re.compile(
    r"(?:While|Whilst|Whereas|Although|Though|Even as|After|Before|When|Once|Since|Until)"
    r" [^,;]{5,200}?, "
)


def _clauses(text: str, s: Sentence) -> list[tuple[int, int]]:
    """Clause spans: split at ';', at ', and ' + lowercase word or digit, at ', including', and
    before a contrast (', while', ', whilst', ', whereas', ', but'): "the A is under
    construction, while the B is operational" states two projects' status, each in its own
    clause."""
    cuts = [s.start]
    lead = _SUBORDINATE_LEAD.match(s.text)
    if lead:  # "While the A has been operating since June, the B is still ...": two clauses
        cuts += [s.start + lead.end() - 2, s.start + lead.end()]
    for m in _CLAUSE_CUT.finditer(s.text):
        if lead and m.start() < lead.end():
            continue
        cuts += [s.start + m.start(), s.start + m.end()]
    cuts.append(s.end)
    return [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]


# A stage not reached: a future, a plan or a negation right before the words that name it ("is
# due to open to lorries", "has yet to be connected to the grid", "is expected to be completed",
# "has not yet begun operations"). The words state no status.
# "before it enters service", "when it opens in 2026" are to come; "before it entered service in
# 2021", "when it opened" happened
_BEFORE_IT = re.compile(r"(?i)\b(?:before|when) (?:it|they)\s+$")
_ONCE_THE = re.compile(r"(?i)\b(?:once|until) (?:its|the|their) [a-z-]+(?: [a-z-]+){0,2}\s+$")
_PAST = re.compile(r"(?:(?:has|have|had|was|were) )?(?:[a-z]+ed|began|begun|went|took|became)\b")
_NOT_YET = re.compile(
    r"\b(?:(?:due|set|scheduled|expected|planned|slated|yet|going|poised|likely|able|plans?"
    r"|aims?|on track|on course|on schedule) to|(?:is|are) to|will|would|could|may|might|shall"
    r"|should|not|never|cannot|(?i:once|until) (?:it|they)(?: (?:is|are))?"
    # an infinitive of purpose: "clearing the way for the line to open to passengers"
    # (not after a verb of going on: "continues to make good progress", "began to carry")
    r"|(?<!\bup )(?<!\bclose )(?<!\bnext )(?<!\bdue )(?<!continues )(?<!continued )"
    r"(?<!continue )(?<!began )(?<!begun )(?<!started )(?<!starts )\bto"
    r"|can't)"
    r"(?: (?:be|have|been|yet|soon|fully|finally|officially|formally|also|then|eventually"
    r"|begin|start|commence))*\s+$"  # "is scheduled to begin operating next year"
)


_ON_TRIAL = re.compile(
    r"(?i)\b(?:test|trial)(?: (?:trains?|runs?|flights?|vessels?|operations?))?\s+$"
)  # "test trains have been running", "trial runs" (the noun, no verb of use)


def _cues(text: str, lo: int, hi: int, skip: list[Hit] | Intervals, m: Matcher) -> list[_Cue]:
    found: list[_Cue] = []
    names = skip if isinstance(skip, Intervals) else Intervals((h.start, h.end) for h in skip)
    folded = literals.fold(text[lo:hi])
    for (rx, status, governs, weak, road), needles in zip(m.cues, m.cue_needles, strict=True):
        if not literals.may_match(needles, folded):
            continue
        for x in rx.finditer(text, lo, hi):
            # Ignore cues inside a name ("Power Plant") and empty matches.
            inside = names.containing(x.start())
            if inside and x.end() <= inside[1]:
                continue
            if x.end() <= x.start() or _NOT_YET.search(text, max(lo, x.start() - 40), x.start()):
                continue
            if _BEFORE_IT.search(text, max(lo, x.start() - 12), x.start()) and not _PAST.match(
                text, x.start(), x.end()
            ):
                continue  # "before it enters commercial service": a stage to come
            if (
                status != "in preparation"  # ("once land acquisition is completed": under way)
                and _ONCE_THE.search(text, max(lo, x.start() - 40), x.start())
                and not _PAST.match(text, x.start(), x.end())
            ):
                continue  # "will open once its terminal is completed" (not "once the line
                # entered service in 2021")
            on_trial = _ON_TRIAL.search(text, max(lo, x.start() - 30), x.start())
            if status == "operational" and on_trial:
                continue  # "test trains have been running on the A since": on trial, not in use
            found.append(_Cue(x.start(), x.end(), status, governs, weak, road))
    openers = [first] if (first := _FIRST_WORD_AT.match(text, lo, hi)) else []
    # ... or the answer after a list item's name ("Tuas South LNG Terminal (Singapore): Completed
    # in May"): a colon opens a clause of its own
    openers += _AFTER_COLON.finditer(text, lo, hi)
    for first in openers:
        if names.containing(first.end()):
            continue
        after_colon = text[first.start() - 1 : first.start()] == ":"
        # a participle opening the sentence ("Handed over to the authority in June, the
        # terminal ...", "Being developed in phases, the park ..."): the cues read it in lowercase
        start = first.end()
        # (a cue is a phrase: its 300 characters keep a run-on list of colons linear)
        seg = text[start].lower() + text[start + 1 : min(hi, start + 300)]
        for rx, status, governs, weak, road in m.cues:
            x = rx.match(seg)
            if after_colon and x and not _PARTICIPLE_ENDS.match(seg, x.end()):
                continue  # "(Kenya): Signed contracts are expected ...": an adjective
            if x and x.end() > 0 and not any(c.start == start for c in found):
                found.append(_Cue(start, start + x.end(), status, governs, weak, road))
    # Drop cues inside a longer cue (the "operational" of "became operational").
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[_Cue] = []
    for c in found:
        if kept and c.start < kept[-1].end:
            if c.end > kept[-1].end:
                prev = kept[-1]
                # a governing cue's stage stands over the one it overlaps ("has been completed
                # on roughly 140 kilometres of": a stretch done, the works go on)
                status = (
                    prev.status
                    if prev.governs and not c.governs
                    else c.status
                    if c.governs and not prev.governs
                    else _better(prev, c)
                )
                kept[-1] = _Cue(
                    prev.start,
                    c.end,
                    status,
                    prev.governs or c.governs,
                    prev.weak and c.weak,
                    prev.road if status == prev.status else c.road,
                )
            continue
        kept.append(c)
    return kept


def _better(a: _Cue, b: _Cue) -> str:
    return a.status if STATUSES.index(a.status) <= STATUSES.index(b.status) else b.status


def decide_status(cues: list[_Cue], kind: str = "") -> tuple[str, int, int]:
    """(status, start, end of the words that say so) from a clause's cues. An inferred (weak)
    cue counts only when no cue states a stage outright; a road takes a cue's road status."""
    if kind in ROAD_KINDS:
        cues = [replace(c, status=c.road) if c.road else c for c in cues]
    if any(not c.weak for c in cues):
        strong = [c for c in cues if not c.weak]
        # finished and now in use ("the A, completed in 2019, now supplies 40,000 homes"): the
        # present tense of use outranks a completion; any other stage stated outright stands
        if all(c.status == "completed" for c in strong):
            strong += [c for c in cues if c.weak and c.status in ("operational", "open to traffic")]
        cues = strong
    if not cues:
        return "not stated", 0, 0
    governing = [c for c in cues if c.governs]
    # A governing cue decides alone; otherwise the most advanced status wins.
    status = governing[0].status if governing else min((c.status for c in cues), key=STATUSES.index)
    start = min(c.start for c in cues)
    end = max(c.end for c in cues)
    return status, start, end


# ---------------------------------------------------------------- projects: countries


def _iso3_in(
    text: str,
    lo: int,
    hi: int,
    *,
    keep_in_name: bool = True,
    heads: frozenset[str] | None = None,
) -> list[str]:
    """ISO3 codes of the countries named in text[lo:hi]; with ``heads`` (the rules' head words),
    a country name that opens a city's name ("Lao Cai") is skipped, looked up in the gazetteer."""
    out: list[str] = []
    for c in countries_mod.find_countries(text, lo, hi):
        if heads is not None and _opens_a_city(text, c.start, c.end, hi, heads):
            continue  # "Lao Cai" is a Vietnamese city, not Laos
        if (keep_in_name or not c.in_name) and c.iso3 not in out:
            out.append(c.iso3)
    return out


_NEXT_WORD = re.compile(r" [A-Z][\w'’]*")


def _opens_a_city(text: str, start: int, end: int, hi: int, heads: frozenset[str]) -> bool:
    """Whether a country's name and the capitalised word after it name a city the gazetteer
    knows ("Lao Cai"); read only when such a word follows."""
    x = _NEXT_WORD.match(text, end, hi)
    if not x or text[end + 1 : x.end()].lower() in heads:
        return False  # "Laos Railway": a head, no city (and no gazetteer to load)
    return gazetteer.city_country(text[start : x.end()]) is not None


_LOCATION_AFTER = re.compile(
    r"\s+(?:operating\s+)?(?:in|near|off)\s+(?:the\s+)?(?:coast\s+of\s+)?"
    r"(?:(?:(?:north|south|east|west)(?:ern|-\w+)|central)\s+)?"
)
# "close to the Ethiopian border" (a neighbour), not "the Bulgarian border town" (a place there)
_ADJECTIVE_BORDER = re.compile(
    r"\b([A-Z][a-z]+) border\b(?! (?:town|city|village|post|station|region|area|district))"
)
_BORDER_AFTER = re.compile(r"['’]?s? border\b")
_BORDER_BEFORE = re.compile(r"\bborders? (?:with|of) (?:the )?$")
# where a route leads: "on the rail corridor to Ethiopia" (the dry port is on this side; not
# "the main rail link into Kenya's interior")
_ROUTE_TO_BEFORE = re.compile(
    r"\b(?:corridor|route|line|road|railway|link|highway)s? (?:to|into|towards) (?:the )?$"
)
_OWNS_AFTER = re.compile(r"['’]s\b")
_FIRST_WORD_AT = re.compile(r"[\s\-•*–—]*(?=[A-Z][a-z]+ [a-z])")  # "Handed over ..."
_AFTER_COLON = re.compile(r"(?<=:) (?=[A-Z][a-z]+ [a-z])")
# A participle, not an adjective: what follows it is a phrase of time, place or manner
_PARTICIPLE_ENDS = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:in|on|at|by|ahead|last|this|early|late|since|from|over|to|under"
    r"|with|after|before|during|within|for|jointly|fully|successfully)\b"
)
_SIDE_AFTER = re.compile(
    r"\s+(?:sits|lies|stands|is located|is situated|is)\s+on the ([A-Z][a-z]+)"
    r" (?:side|bank|shore)\b"
)
# ("On the Chinese side, ..." speaks of a party to the talks, not a place)
_SIDE = re.compile(r"(?!Chinese )([A-Z][a-z]+) (?:side|shore|coast|bank|banks)(?: of .*)?")
_REGION_AFTER = re.compile(r" (?:" + "|".join(sorted(gazetteer.REGION_WORDS)) + r")\b")
# A facility across a border, both sides named: "the A Zone, which straddles the China-Myanmar
# frontier", "the A Bridge, spanning the Uruguay-Argentina border"
_ASTRIDE_AFTER = re.compile(
    r",? (?:(?:which|that) (?:straddles|spans|sits astride|lies astride|sits on|lies on)"
    r"|straddling|spanning|astride) the (?P<pair>[A-Z][\w'’]+(?: [A-Z][\w'’]+)?[-–][A-Z][\w'’]+"
    r"(?: [A-Z][\w'’]+)?) (?:border|frontier)\b"
)
# A country's adjective before a region noun: "in the northern Philippine province of Kalinga"
_ADJECTIVE_REGION = re.compile(
    r"([A-Z][a-z]+) (?i:" + "|".join(sorted(gazetteer.REGION_WORDS)) + r")\b"
)
# The place right after "in" / "near": one to three capitalised words ("in Istanbul").
_PLACE_WORDS = re.compile(r"[A-Z][\w'’]*(?: [A-Z][\w'’]*){0,2}")
# Months and days are times, not places ("in March" is no town in England).
_WHEN = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
# A name that opens by listing partner countries at hyphens: "Malaysia-China Kuantan ...".
_PARTNERS = re.compile(r"^(?:[Tt]he )?[A-Z][\w'’]*(?:[-–][A-Z][\w'’]*)+ (?P<rest>[A-Z].*)$")
_LOCATION_BEFORE = re.compile(r"\bin\s+(?P<place>[A-Z][\w ]*?),\s+including\s+(?:the\s+)?$")
# "In Zambia, the ..." / "Across Kenya and Tanzania, ...": a sentence's or paragraph's place.
# After a list marker too ("• In Bosnia and Herzegovina, ..."), and a country's coast or region
# ("On the UAE's east coast, ..."); a list item may open with its country and a colon ("- Nepal:").
_OPENER = re.compile(
    r"(?:(?:[-•*–—]|\d{1,2}[.)])\s*)?(?:(?P<prep>In|Across|Throughout|Near|Outside|Around|On"
    r"|Along|Off) (?:the )?(?P<place>[A-Z][\w'’ -]*?)(?:['’]s (?:[\w-]+ ){0,3}?[\w-]+)?,"
    r"|(?:[Tt]he )?(?P<country>[A-Z][\w'’ -]{2,40}?)(?::|\s+[—–]\s+|\.$))"
)
# An opener led by where it sits from the last place: "Across the border in Tajikistan, ...",
# "Further south, in Cambodia, ..."
_LED_OPENER = re.compile(
    r"(?:Across the (?:border|river|strait|straits|sea|lake|water)|Further (?:north|south|east"
    r"|west|inland|afield|upriver|downriver)|Next door),? in (?:the )?"
    r"(?P<place>[A-Z][\w'’ -]*?)(?:['’]s (?:[\w-]+ ){0,3}?[\w-]+)?,"
)
# "Zamora River Hydropower Station, Ecuador." / "... Terminal (Peru)": a country set beside the
# name, ending its sentence or its brackets.
_APPOSED = re.compile(r"\s*(?:,|\()\s*")
_BRACKETED_PLACES = re.compile(
    r"\s*\(((?:[A-Z][\w'’ .]*?)(?:(?:-|–|, | and )[A-Z][\w'’ .]*?)*)(?: border| section| side)?\)"
)
_APPOSED_END = re.compile(r"\s*(?:[.:;)]|[–—]|$)")
# A name that links places at a hyphen: "Kano-Maradi Railway", "Phnom Penh-Bavet Expressway".
_LINKS_PLACES = re.compile(r"^(?:[Tt]he )?[A-Z][\w']*(?: [A-Z][\w']*)?[-–][A-Z]")
# "..., which would link China and Nepal" / "linking A and B" right after a name.
_LINKING_AFTER = re.compile(
    r",?\s+(?:(?:which|that) (?:(?:would|will|is to|is set to|is due to|is expected to) )?"
    r"(?:link|connect|join)s?|linking|connecting|joining"
    # an appositive: "the A Bridge, a four-lane crossing of roughly 2.3 km between Uruguay and
    # Argentina"
    # (a link, not "a joint venture between China and Kazakhstan")
    r"|an? (?:[\w.-]+ ){0,6}?(?:crossing|bridge|link|line|road|railway|highway|pipeline|tunnel"
    r"|route|connection|interconnector)(?: [\w.-]+){0,4}? between) (?:the )?"
    r"(?P<list>(?:the country|[A-Z][\w'’ ,-]*?) (?:and|with|to) (?:the )?[A-Z][\w'’-]*"
    r"(?: [A-Z][\w'’-]*)*)"
)
# A later clause's own place: "..., and in North Macedonia works on the ... Motorway are ...".
_NEAR = r"(?:(?:neighbouring|neighboring|nearby|(?:north|south|east|west)ern|central) )?"
_CLAUSE_OPENER = re.compile(
    r"(?:(?:and|but|while|whilst|whereas) )?(?:in|across|throughout|near) (?:the )?"
    + _NEAR
    + r"(?P<place>[A-Z][\w'’-]*(?: (?:and |of |the )?[A-Z][\w'’-]*)*)(?=,? [a-z])"
)
_IN_COUNTRY = re.compile(
    r"\bin (?:the )?" + _NEAR + r"(?P<place>[A-Z][\w'’-]*(?: (?:and |of |the )?[A-Z][\w'’-]*)*)"
)
_CONNECTING = re.compile(r"\bconnecting\s+(?P<list>[A-Z][\w ,]*? and [A-Z]\w+)")


def project_countries(
    text: str,
    sentence: Sentence,
    hit: Hit,
    hits: list[Hit],
    group: str,
    parent: list[str],
    m: Matcher,
    before: Sequence[Sentence] = (),
    heading: Sequence[str] = (),
) -> tuple[list[str], str]:
    """(ISO3 codes, basis): the first rule that names any country wins.

    location: "... in Serbia" right after the name or "projects in Bangladesh, including the";
    name: countries (or ``rules.places``) inside the name ("China-Laos Railway");
    connecting: "connecting China and Russia" in the sentence;
    parent: a section takes its railway's countries;
    opener: the countries of the sentence's own "In Zambia, ..." opener, and those of each city
    of a name that links places ("Kano-Maradi Railway"), a city of the opener's country first;
    place: the city the name opens with, from the gazetteer ("Hanoi Urban Metro Line" -> VNM),
    unless ``rules.gazetteer`` is off;
    sentence: other countries the sentence names (the home country only when it leads a list
    of three or more);
    place (again): the cities of a name that links places, a part the gazetteer lacks passed
    over ("Dasu-Islamabad Transmission Line" -> PAK);
    paragraph: the "In Uzbekistan, ..." opener of the latest sentence before it in its paragraph
    that has one (``before``: the paragraph's sentences before the name's own);
    dateline: the place of a news report's dateline ("NANNING, Dec. 3 --"), read once per text;
    corridor: the one partner a named group's name contains ("China-Pakistan ..." -> PAK).
    Nothing is read from another sentence than the name's own, except its paragraph's opener.
    """
    rules = m.rules
    astride = _ASTRIDE_AFTER.match(text, hit.end, sentence.end)
    if astride and len(codes := _iso3_in(text, astride.start("pair"), astride.end("pair"))) > 1:
        return codes, "location"  # "..., which straddles the China-Myanmar frontier"
    side = _SIDE_AFTER.match(text, hit.end, sentence.end)
    if side and (code := countries_mod.adjective_of(side.group(1))):
        return [code], "location"  # "the A Dry Port sits on the Kazakh side of the border"
    x = _APPOSED.match(text, hit.end, sentence.end)
    if x:
        bracket = _BRACKETED_PLACES.match(text, hit.end, sentence.end)
        if bracket:  # "(Togo, Benin)", "(Turkmenistan–Iran)": the places it lies in
            codes = _iso3_in(text, bracket.start(1), bracket.end(1))
            if codes:
                return codes, "location"
        found = countries_mod.find_countries(text, x.end(), min(x.end() + 40, sentence.end))
        if found and found[0].start == x.end() and _APPOSED_END.match(text, found[0].end):
            return [found[0].iso3], "location"
    x = _LOCATION_AFTER.match(text, hit.end, sentence.end)
    if x:
        found = countries_mod.find_countries(text, x.end(), min(x.end() + 60, sentence.end))
        if found and _REGION_AFTER.match(text, found[0].end):
            found = []  # "in Gaza Province": Mozambique's province, not the Gaza Strip
        if found and found[0].start == x.end():
            return [found[0].iso3], "location"
        region = _ADJECTIVE_REGION.match(text, x.end(), sentence.end)
        if region and (code := countries_mod.adjective_of(region.group(1))):
            return [code], "location"  # "in the Philippine province of Kalinga"
        place = _PLACE_WORDS.match(text, x.end(), sentence.end)
        if (
            found
            and place
            and text.startswith(", ", place.end())
            and found[0].start == place.end() + 2
        ):
            return [found[0].iso3], "location"  # "in North Kalimantan, Indonesia"
        # "The Kumport Container Terminal in Istanbul": a city right after "in" / "near"
        if place and rules.gazetteer and not _WHEN.match(place.group()):
            named = _mentions(text, sentence, m)
            codes = gazetteer.leading_places(
                place.group(), regions_first=True, prefer=tuple(c.iso3 for c in named)
            )
            if codes:
                return codes[:1], "location"
    x = _WORD_BEFORE.search(text, max(sentence.start, hit.start - 30), hit.start)
    code = countries_mod.adjective_of(x.group(1)) if x else None
    if code:  # "the Tunisian Medjerda Valley Dam"
        return [code], "location"
    x = _POSSESSIVE_BEFORE.search(text, max(sentence.start, hit.start - 40), hit.start)
    if x:  # "Vietnam's Vinh Tan Thermal Power Plant"
        codes = _iso3_in(text, x.start("owner"), x.end("owner"))
        if codes:
            return codes, "location"
    x = _LOCATION_BEFORE.search(text, max(sentence.start, hit.start - _WINDOW), hit.start)
    if x:
        codes = _iso3_in(text, x.start("place"), x.end("place"))
        if codes:
            return codes, "location"
    codes = _iso3_in(text, hit.start, hit.end, heads=m.head_words if rules.gazetteer else None)
    for place, iso3 in rules.places.items():
        if place in hit.name and iso3 not in codes:
            codes.append(iso3)
    if codes and not hit.part_of:
        partner = _partner_place(hit.name, codes) if rules.gazetteer else None
        if partner:
            return [partner], "name"
        if rules.gazetteer:  # "Addis Ababa-Djibouti Railway": the city's country too, in order
            codes = list(dict.fromkeys(_name_places(hit.name) + codes))
            codes += _other_end(text, sentence, hit, hits, codes, m)
        return codes, "name"
    x = m.per_sentence(
        sentence, "connecting", lambda: _CONNECTING.search(text, sentence.start, sentence.end)
    )
    if x and not codes:
        codes = _iso3_in(text, x.start("list"), x.end("list"))
        if codes and not any(h.start <= x.start() < h.end for h in hits):
            return codes, "connecting"
    x = _LINKING_AFTER.match(text, hit.end, sentence.end)
    if x and not codes:  # "the A Railway, which would link China and Nepal"
        # (not "link the Mekong town to the Lao border": the road ends at the border)
        codes = [
            c.iso3
            for c in countries_mod.find_countries(text, x.start("list"), x.end("list"))
            if not _across_border(text, c)
        ]
        codes = list(dict.fromkeys(codes))
        if x.group("list").startswith("the country "):  # "... link the country with Tajikistan"
            here = m.opener(text, sentence) or next(
                (c for prev in reversed(before) if (c := m.opener(text, prev))), []
            )
            codes = list(dict.fromkeys(here + codes))
        if len(codes) == 1:
            # "- Nepal: ... the A Line, a link between Jilong in China's Tibet ... and Rasuwa
            # district": the other end in the sentence's own country
            codes += [c for c in m.opener(text, sentence) if c not in codes]
        if len(codes) == 1 and rules.gazetteer and _LINKS_PLACES.search(hit.name):
            # "the Gyirong-Kathmandu Railway, which would connect Gyirong in China's Xizang with
            # the Nepali capital": the name's cities add their countries on the same continent
            home = {countries_mod.continent(c) for c in codes}
            ends = gazetteer.leading_places(hit.name, country=_country_named, linked=True)
            codes = list(
                dict.fromkeys(codes + [c for c in ends if countries_mod.continent(c) in home])
            )
        if codes:
            return codes, "connecting"
    if hit.part_of and parent:
        return parent, "parent"
    if codes:
        return codes, "name"
    codes = (
        _clause_opener(text, sentence, hit, m)
        or m.opener(text, sentence)
        or (m.opener(text, before[0]) if before and _is_label(text, before[0]) else [])
    )
    if codes:
        if rules.gazetteer and _LINKS_PLACES.search(hit.name):
            # "In Nigeria, ... the Kano-Maradi Railway": each city of a name that links places
            # adds its country to the opener's (Maradi is in Niger).
            # A city abroad counts on the opener's continent only ("Mojo-Batu" in Ethiopia is
            # not Indonesian Batu).
            home = {countries_mod.continent(c) for c in codes}
            more = [
                c
                for c in _name_places(hit.name, prefer=tuple(codes))
                if c in codes or countries_mod.continent(c) in home
            ]
            codes = list(dict.fromkeys(codes + more))
        return codes, "opener"
    if rules.gazetteer:
        # under a heading "Chile and Argentina", San Juan is the Argentine one
        codes = _name_places(hit.name, prefer=tuple(heading), spellings=m.text_countries(text))
        if codes:
            # a town by another spelling, unless its sentence names that country as the
            # neighbour across a border ("the Khorgos Gateway Dry Port, Kazakhstan's largest
            # inland port, ... on the border with China": not China's Horgos)
            plain = _name_places(hit.name, prefer=tuple(heading))
            across = _neighbours_in_sentence(text, sentence, m)
            codes = [c for c in codes if c in plain or c not in across]
        if codes and not heading:
            # a namesake in the country its sentence names, by name or adjective ("The Chilean
            # side welcomed ... the San Antonio Dry Port": not the Texan city)
            named_here = [c.iso3 for c in _mentions(text, sentence, m)] + m.per_sentence(
                sentence,
                "adjectives",
                lambda: countries_mod.adjective_countries(text, sentence.start, sentence.end),
            )
            if named_here and codes[0] not in named_here:
                alt = _name_places(hit.name, prefer=tuple(named_here))
                if alt and alt[0] in named_here:
                    codes = alt
        if codes:
            return codes + _other_end(text, sentence, hit, hits, codes, m), "place"
    mentioned = _mentions(text, sentence, m)
    codes = _named_in_sentence(text, sentence, hits, m)
    if m.home_leads is not None and not m.home_leads.search(sentence.text):
        codes = [c for c in codes if c != rules.home_country]
    codes = list(dict.fromkeys(codes))
    if codes:
        if rules.gazetteer:  # "Arxan-Choibalsan Railway ... Mongolian coal ... China"
            codes += _other_end(text, sentence, hit, hits, codes, m)
        return codes, "sentence"
    # no country named as a place (none, or only a neighbour, a party, a source; none inside a
    # name): its adjective ("Tanzanian authorities ...", "the Belarusian capital ... trains back
    # to China")
    if not any(c.in_name for c in mentioned):
        codes = m.per_sentence(
            sentence,
            "adjectives",
            lambda: countries_mod.adjective_countries(text, sentence.start, sentence.end),
        )
        near = m.per_sentence(
            sentence,
            "border adjectives",
            lambda: {
                countries_mod.adjective_of(x.group(1))
                for x in _ADJECTIVE_BORDER.finditer(text, sentence.start, sentence.end)
            },
        )
        codes = [c for c in codes if c not in near]  # "close to the Ethiopian border"
        if codes:
            return codes, "sentence"
    if rules.gazetteer:  # a region opening the name ("Luapula Falls Dam"), after the sentence's
        words = hit.name.removeprefix("the ").removeprefix("The ").split(" ")
        code = gazetteer.region_country(words[0]) if words[0] not in gazetteer.NOT_PLACES else None
        if code:
            return [code], "place"
    if rules.gazetteer and _LINKS_PLACES.search(hit.name):
        # "Dasu-Islamabad Transmission Line": the first town is under the gazetteer's floor,
        # the other end still places the line (after the sentence's own countries)
        codes = gazetteer.leading_places(
            hit.name, country=_country_named, linked=True, spellings=m.text_countries(text)
        )
        if codes:
            return codes + _other_end(text, sentence, hit, hits, codes, m), "place"
    for prev in reversed(before):
        codes = m.opener(text, prev)
        if codes:
            return codes, "paragraph"
    if heading:
        return list(heading), "heading"
    codes = m.dateline_before(text, hit.start)
    if codes:
        return codes, "dateline"
    partners = m.group_partners.get(group, [])
    if len(partners) == 1:
        return partners, "corridor"
    return [], "not stated"


def _mentions(text: str, sentence: Sentence, m: Matcher) -> list[countries_mod.CountryMention]:
    """The countries a sentence names, found once per sentence."""
    return m.per_sentence(
        sentence,
        "countries",
        lambda: countries_mod.find_countries(text, sentence.start, sentence.end),
    )


def _across_border(text: str, c: countries_mod.CountryMention) -> bool:
    """Whether a country is named as the neighbour across a border: "on the border with China",
    "close to the Myanmar border"."""
    return bool(
        _BORDER_AFTER.match(text, c.end)
        or _BORDER_BEFORE.search(text, max(0, c.start - 20), c.start)
        or (
            _ROUTE_TO_BEFORE.search(text, max(0, c.start - 30), c.start)
            and not _OWNS_AFTER.match(text, c.end)
        )
    )


def _neighbours_in_sentence(text: str, sentence: Sentence, m: Matcher) -> set[str]:
    """The countries a sentence names as a neighbour across a border ("on the border with
    China", "close to the Myanmar border")."""
    mentioned = _mentions(text, sentence, m)
    return {c.iso3 for c in mentioned if _across_border(text, c)}


# A country as the owner of a party to a deal: "signed with Thailand's state utility, which will
# buy its output" (the buyer's country, not where the wind farm stands)
_PARTY_OWNED = re.compile(
    r"['’]s (?:[\w-]+ ){0,2}?(?:utility|utilities|power company|company|firm|government|ministry"
    r"|buyer|investor|lender|operator|grid operator|state oil company)\b"
)
_WITH_BEFORE = re.compile(r"\bwith $")  # (not "handed over to Kenya's government")
# Where parts come from and trains go: "its turbines, to be supplied from China", "dispatches
# block trains back to China" (a source or a destination, no place of it)
_SOURCE_BEFORE = re.compile(
    r"\b(?:supplied|imported|shipped|sourced|bought|procured|manufactured|made|delivered|brought)"
    r" (?:in )?from (?:the )?$|\b(?:back to|bound for|destined for) (?:the )?$"
)


def _named_in_sentence(text: str, sentence: Sentence, hits: list[Hit], m: Matcher) -> list[str]:
    """The countries a sentence names by name as a place: not inside a facility's name, not a
    neighbour across a border ("on the border with China", "close to the Myanmar border"), not
    the owner of the other party of a deal ("with Thailand's state utility"), not where parts
    come from ("turbines, to be supplied from China")."""
    inside = m.per_sentence(sentence, "names", lambda: Intervals((h.start, h.end) for h in hits))
    mentioned = _mentions(text, sentence, m)
    return [
        c.iso3
        for c in mentioned
        if not c.in_name
        and not inside.containing(c.start)
        and not _across_border(text, c)
        and not (
            _PARTY_OWNED.match(text, c.end)
            and _WITH_BEFORE.search(text, max(0, c.start - 6), c.start)
        )
        and not _SOURCE_BEFORE.search(text, max(0, c.start - 30), c.start)
    ]


def _other_end(
    text: str, sentence: Sentence, hit: Hit, hits: list[Hit], codes: list[str], m: Matcher
) -> list[str]:
    """The country of a linked name's other end when its clause confirms it: a small town
    abroad the gazetteer places only without a preference ("Pakse-Stung Treng ... into northern
    Cambodia"), or an end it cannot place ("Calub-Djibouti Gas Pipeline ... Ethiopia's Somali
    Region", "Saryagash-Tashkent ... on the Kazakh-Uzbek border"): the one other country its
    clause names, by name or adjective, on the same continent; none when it names several."""
    if len(codes) != 1 or not _LINKS_PLACES.search(hit.name):
        return []
    words = hit.name.removeprefix("the ").removeprefix("The ").split(" ")
    ends = [
        gazetteer.leading_places(e, country=_country_named, spellings=m.text_countries(text))[:1]
        for e in re.split(r"[-–]", " ".join(words[:3]))[:2]
    ]
    if all(e and e[0] in codes for e in ends):
        return []
    inside = Intervals((h.start, h.end) for h in hits)
    lo, hi = next(((a, b) for a, b in _clauses(text, sentence) if a <= hit.start < b), (0, 0))
    named = [
        c.iso3
        for c in countries_mod.find_countries(text, lo, hi)
        if not inside.containing(c.start)
        # a shared border names both sides: "on the Mexico-Guatemala border"
        and (not c.in_name or _SHARED_BORDER.match(text, c.end, hi))
        # "to the Lao border": the road ends at the border (as for adjectives below)
        and (c.in_name or not _BORDER_AFTER.match(text, c.end, hi))
    ]
    # "a link to the Angolan border" ends at the border, not in Angola; "the Kazakh-Uzbek
    # border" is both countries'
    named += [c for _, _, c, edge in countries_mod.adjective_mentions(text, lo, hi) if not edge]
    # a region after "in": "linking Ruili in Yunnan with Muse in Myanmar"
    named += [
        code
        for x in _IN_REGION.finditer(text, lo, hi)
        if (code := gazetteer.region_country(x.group(1))) and not inside.containing(x.start(1))
    ]
    home = countries_mod.continent(codes[0])
    others = {c for c in named if c not in codes and countries_mod.continent(c) == home}
    abroad = {e[0] for e in ends if e and e[0] not in codes}
    if abroad:
        return sorted(abroad & others)
    return sorted(others) if len(others) == 1 else []


_IN_REGION = re.compile(r"\bin ([A-Z][a-z]{3,})\b")
_SHARED_BORDER = re.compile(r"(?:[-–][A-Z][a-z]+(?: [A-Z][a-z]+)?)? (?:border|frontier)\b")
_COUNTRY_LABEL = re.compile(r"(?:(?:[-•*–—]|\d{1,2}[.)])\s*)?(?:[Tt]he )?[A-Z][\w'’ -]{2,40}?[.:]?")


def _is_label(text: str, s: Sentence) -> bool:
    """Whether a paragraph opens with a line that is only a place ("- Oman."): the place of
    the item it heads, as an "In Oman, ..." opener would be."""
    return _COUNTRY_LABEL.fullmatch(text, s.start, s.end) is not None


def _partner_place(name: str, codes: list[str]) -> str | None:
    """The country of the place a name locates itself at after listing partner countries
    ("Malaysia-China Kuantan Industrial Park": Kuantan is in Malaysia), when that place is a
    city of one of them; None when the name names no such place ("China-Laos Railway")."""
    x = _PARTNERS.match(name)
    if not x or len(codes) < 2:
        return None
    head = x.group("rest").split(" ")[0]
    code = gazetteer.city_country(head, tuple(codes)) if head not in gazetteer.NOT_PLACES else None
    return code if code in codes else None


def _country_named(words: str) -> str | None:
    """ISO3 of the country ``words`` name as a whole ("Laos"), else None."""
    found = countries_mod.find_countries(words)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(words):
        return found[0].iso3
    return None


def _name_places(
    name: str, prefer: tuple[str, ...] = (), spellings: tuple[str, ...] = ()
) -> list[str]:
    """Countries of the places (cities or countries) a facility's name opens with; a city of one
    of the ``prefer`` countries (the sentence's opener) before a namesake elsewhere."""
    return gazetteer.leading_places(
        name, country=_country_named, prefer=prefer, spellings=spellings
    )


# A dateline: a place in capitals, a comma, then a region or country, a date or a news agency.
_UPPER = "A-Z\u00c0-\u00dd"  # capitals, with accents ("BOGOTÁ, 5 June —")
_DATELINE = re.compile(
    rf"^(?P<place>[{_UPPER}][{_UPPER}'’.-]+(?: [{_UPPER}][{_UPPER}'’.-]+){{0,2}}),"
    r"(?: (?P<next>[A-Z][\w'’ ]*?),)?"
    r" (?=(?:[A-Z][a-z]{2}\.? \d|\d|\(|[A-Z][a-z]+ \d))",
    re.MULTILINE,
)


def _dateline(text: str, use_gazetteer: bool) -> list[str]:
    """The country of the dateline opening one of the first five lines, if any; else the one
    country besides China that those of them that are titles or headers (no closing stop) name
    ("China-Sri Lanka Newsletter ... Embassy of the People's Republic of China in Sri Lanka,
    Colombo")."""
    lines = text[:2000].split("\n")[:5]
    head = "\n".join(lines)
    x = _DATELINE.search(head)
    if not x:
        # a title or a header line: one that ends without a sentence's stop, above the body's
        # first sentence (a heading below it, "Vietnam and China", heads only its own items)
        header = list(
            itertools.takewhile(lambda ln: not ln.rstrip().endswith((".", "?", "!")), lines)
        )
        titles = "\n".join(header)
        named = {c.iso3 for c in countries_mod.find_countries(titles)} - {"CHN"}
        return sorted(named) if len(named) == 1 else []
    place = x.group("place").title()
    for words in (x.group("next") or "", place):
        if words:
            code = _country_named(words)
            if code:
                return [code]
    if use_gazetteer:
        code = gazetteer.city_country(gazetteer.spelled(place))
        return [code] if code else []
    return []


# A line that is only one or more countries' names: a heading over the items below it.
_HEADING_LINE = re.compile(r"^[ \t]*([A-Z][^\n.:;!?]{2,60}?)[ \t]*$", re.MULTILINE)
_HEADING_GLUE = re.compile(r"(?:\s|,|and\b|the\b|The\b)*")
# A heading line of a region, not a country: it closes the scope of a country heading above.
_REGION_HEADING = re.compile(
    r"\b(?:Asia|Africa|Europe|Americas?|Middle East|Caribbean|Pacific|Oceania|Balkans|Caucasus"
    r"|Sahel|Maghreb|Gulf|Cross-[Bb]order|Regional|Multi-country|Multilateral)\b"
)


def country_headings(text: str) -> tuple[list[int], list[list[str]]]:
    """(offsets, countries) of the heading lines that name only countries ("Tanzania", "Chile
    and Argentina"): each heads the text below it until the next such line (or any other
    heading naming countries)."""
    at: list[int] = []
    codes: list[list[str]] = []
    for x in _HEADING_LINE.finditer(text):
        a, b = x.span(1)
        found = countries_mod.find_countries(text, a, b)
        pos = a
        for c in found:
            if not _HEADING_GLUE.fullmatch(text, pos, c.start):
                break
            pos = c.end
        else:
            if found and _HEADING_GLUE.fullmatch(text, pos, b):
                at.append(a)
                codes.append(list(dict.fromkeys(c.iso3 for c in found)))
                continue
        if not found and _REGION_HEADING.search(text, a, b) and not names_a_project(text, a, b):
            # "Central Asia", "North Africa and South-East Asia": the country heading above
            # heads no further
            at.append(a)
            codes.append([])
    return at, codes


@cache
def _general_matcher() -> Matcher:
    return Matcher(GENERAL)


def names_a_project(text: str, start: int, end: int) -> bool:
    """Whether a heading line names a facility ("Faisalabad Green Line Metro" over the
    paragraph that describes it): such a line is read as a sentence too."""
    return _general_matcher().named.search(text, start, end) is not None


def dateline_countries(text: str) -> list[str]:
    """The country of the text's dateline or header (see ``_dateline``), gazetteer on."""
    return _dateline(text, True)


def datelines(text: str, use_gazetteer: bool = True) -> list[tuple[int, list[str]]]:
    """(offset, countries) of each line a dateline opens, in text order: a wire digest's items
    each under their own ("TEHRAN, 9 September — ...", "BOGOTÁ, 5 June — ...")."""
    return [
        (x.start(), codes)
        for x in _DATELINE.finditer(text)
        if (codes := _dateline(text[x.start() : x.end() + 40], use_gazetteer))
    ]


def _clause_opener(text: str, sentence: Sentence, hit: Hit, m: Matcher) -> list[str]:
    """The countries of the place that opens the hit's own clause when that clause is not the
    sentence's first ("..., and in North Macedonia works on the A are ..."); the first clause's
    place is the sentence's opener."""
    clauses = _clauses(text, sentence)
    for a, b in clauses[1:]:
        if a <= hit.start < b:
            x = _CLAUSE_OPENER.match(text, a, hit.start)
            if not x:
                # "..., while next door in Kyrgyzstan the ... Dam is advancing": a country
                # (not a city) after "in" anywhere in the clause before the name
                places = list(_IN_COUNTRY.finditer(text, a, hit.start))
                for y in reversed(places):
                    codes = _iso3_in(text, y.start("place"), y.end("place"), keep_in_name=False)
                    if codes:
                        return codes
                return []
            codes = _iso3_in(text, x.start("place"), x.end("place"))
            if not codes and m.rules.gazetteer:
                codes = gazetteer.leading_places(x.group("place"), regions_first=True)
            return codes
    return []


def _opener(text: str, sentence: Sentence, m: Matcher) -> list[str]:
    """The countries of a sentence's "In Zambia, ..." opener ("In Hanoi, ..." through the
    gazetteer when the rules allow it)."""
    x = _OPENER.match(text, sentence.start, sentence.end)
    if not x:
        led = _LED_OPENER.match(text, sentence.start, sentence.end)
        return _iso3_in(text, led.start("place"), led.end("place")) if led else []
    if x.group("country"):  # "- Nepal: Surveyors have ...": a country, as a whole
        code = _country_named(x.group("country"))
        place = x.group("country")
        if not code and place.isupper() and m.rules.gazetteer:  # "• CAIRO — ...": a dateline
            code = gazetteer.city_country(gazetteer.spelled(place))
        return [code] if code else []
    if _WHEN.match(x.group("place")):
        return []  # "On Monday, ..."
    if x.group("prep") in ("On", "Along", "Off"):
        # "On Malaysia's east coast, ...": a country, as a whole ("On the Zambezi, ..." is a
        # river and "Along the China-Pakistan Economic Corridor, ..." a corridor: no place);
        # a country's side or shore by its adjective ("On the Thai side, ...", "On the Kazakh
        # shore of the Caspian Sea, ...")
        code = _country_named(x.group("place"))
        side = _SIDE.fullmatch(x.group("place"))
        if not code and side:
            code = countries_mod.adjective_of(side.group(1))
        return [code] if code else []
    codes = _iso3_in(text, x.start("place"), x.end("place"))
    if not codes and m.rules.gazetteer:
        codes = gazetteer.leading_places(x.group("place"), regions_first=True)
    return codes


# ---------------------------------------------------------------- projects: the table


def extract_projects(
    text: str,
    sentences: list[Sentence],
    rules: Rules = GENERAL,
    groups: Mapping[int, str] | None = None,
) -> list[Row]:
    """One row per named project or facility, at the mention that states its status.

    Later mentions of a name already in the table are references and add no row; a name first
    met without a status moves to the first later mention that states one. A name whose
    sentence has no status cue takes the cue of its paragraph's lead sentence when that names
    no project ("... transport channels continue to enjoy stable development. These channels
    include ..."). ``groups`` gives each paragraph's group (the ``corridor`` column).
    """
    m = Matcher(rules)
    groups = groups or {}
    by_paragraph = paragraphs(sentences)
    rows: list[Row] = []
    ids: dict[str, Row] = {}
    labels: dict[str, Sentence] = {}  # project_id -> the list item that is only its name
    heading_at, heading_codes = country_headings(text)
    for s in sentences:
        hits = longest(find_project_names(text, s, m))
        _refer_back(text, s, hits, rows, m, labels)
        if not hits:
            continue
        assigned = _assign_status(text, s, hits, m)
        lead = by_paragraph[s.paragraph][0]
        for hit in hits:
            earlier = ids.get(f"p-{slug(hit.name)}")
            if earlier is not None and earlier["status"] != "not stated":
                continue  # a later mention of a name already placed is a reference
            status, st_start, st_end = assigned[hit]
            if status == "not stated" and lead is not s and _LISTS_THE_LEADS.search(s.text):
                lead_status = m.per_sentence(
                    lead, "lead", lambda lead=lead: _lead_status(text, lead, m)
                )
                if lead_status is not None:
                    status, st_start, st_end = lead_status
            if earlier is not None and status == "not stated":
                continue
            parent = _parent_countries(rows, hit, s.sentence_id)
            group = groups.get(s.paragraph, rules.default_group)
            before = [x for x in by_paragraph[s.paragraph] if x.sentence_id < s.sentence_id]
            i = bisect.bisect_right(heading_at, hit.start) - 1
            heading = heading_codes[i] if i >= 0 else []
            codes, basis = project_countries(text, s, hit, hits, group, parent, m, before, heading)
            row: Row = {
                "project_id": f"p-{slug(hit.name)}",
                "name": hit.name,
                "kind": hit.kind,
                "part_of": hit.part_of,
                "corridor": group,
                "countries": ";".join(codes),
                "countries_basis": basis,
                "status": status,
                "status_text": text[st_start:st_end] if st_end else "",
                "status_start": st_start if st_end else None,
                "status_end": st_end if st_end else None,
                "section": s.section,
                "paragraph": s.paragraph,
                "sentence_id": s.sentence_id,
                "start": hit.start,
                "end": hit.end,
            }
            if earlier is not None:
                # A name first met without a status ("What progress has been made on the A?")
                # moves to the mention that states one; it keeps the countries found first when
                # this mention names none.
                rows.remove(earlier)
                if not codes:
                    row["countries"] = earlier["countries"]
                    row["countries_basis"] = earlier["countries_basis"]
            ids[str(row["project_id"])] = row
            if is_label(text, s, hit):
                labels[str(row["project_id"])] = s
            rows.append(row)
    check_unique(rows, "project_id")
    spans = {"name": ("start", "end"), "status_text": ("status_start", "status_end")}
    verify_spans(rows, text, sentences, spans)
    return rows


# "It entered service in May.", "The dam was finished in 2019.": a sentence about the project
# the sentence before named.
_PRONOUN_OPENING = re.compile(
    r"(?:(?:Since|When|After|Once|As|Although|Though|While) it\b|Its?"
    r"|The (?:line|railway|port|plant|park|zone|bridge|expressway|highway|project|airport"
    r"|terminal|pipeline|tunnel|station|dam|road|facility|scheme|motorway|harbour))\b"
)
# "the Abidjan line": a project named before, called by its first word and a lowercase noun.
_BACK_REFERENCE = re.compile(
    rf"\bthe (?P<word>{CAP}) (?:line|railway|port|plant|park|zone|bridge|expressway|highway"
    r"|project|airport|terminal|pipeline|tunnel|station|metro)\b"
)
# Words that make a lowercase noun another facility than the one named before ("the other
# terminal", "a new line", "the old port").
_ANOTHER = frozenset(
    "other another new second third next neighbouring neighboring existing old older former "
    "previous nearby adjacent rival first last two three both these those such".split()
)
# A list item or heading that is only a project's name, with its place: "1. Paita North
# Container Terminal, Peru." The sentences after it, up to the next name, describe it.
_ITEM_MARKER = re.compile(
    r"(?:(?:\d{1,2}|[a-zA-Z])[.)]|\((?:\d{1,2}|[a-z]|[ivx]+)\)|[-•*–—]|A:)?\s*"
    r"(?:(?<=A: )[Tt]he )?"  # an answer that is only a name: "A: The Peshawar-Torkham Expressway."
    r"(?:[A-Z][\w'’ ./]{1,40}?\s+[–—]\s+)?"  # its country first: "- Hungary — Paks ... Bridge."
)
_LABEL_TAIL = re.compile(r"(?:(?:,\s*|\s*\(\s*|\s+[–—-]\s+)[A-Z][\w'’ .-]{0,60}?\)?)?\s*[.:]?")
_REFERENCE_WINDOW = 4  # sentences back a lowercase noun may call a name from
_REFERENCES_TRIED = 3  # references read per sentence, so no sentence is rescanned per mention


def is_label(text: str, s: Sentence, hit: Hit) -> bool:
    """Whether a sentence is nothing but a list marker, the name and its place."""
    lead = _ITEM_MARKER.match(text, s.start, hit.start)
    return bool(lead and lead.end() >= hit.start and _LABEL_TAIL.fullmatch(text, hit.end, s.end))


def _calls(x: re.Match[str], row: Row) -> bool:
    """Whether "the <mods> <noun>" can be the named project: no word that makes it another, and
    any capitalised word one of its name's or its country's adjective ("the Algerian line")."""
    words = x.group("mods").replace(",", " ").split()
    if any(w.lower() in _ANOTHER for w in words):
        return False
    name = re.sub(r"[-–]", " ", str(row["name"])).split()
    for w in words:
        if w[:1].isupper() and w[1:2].islower() and w not in name:  # "MW" is a unit
            code = countries_mod.adjective_of(w)
            if code is None or code not in str(row["countries"]).split(";"):
                return False
    return True


def _refer_back(
    text: str,
    s: Sentence,
    hits: list[Hit],
    rows: list[Row],
    m: Matcher,
    labels: dict[str, Sentence],
) -> None:
    """A project placed without a status takes the status of a later sentence about it; its row
    stays where it was named. Such a sentence calls it by its first word ("... the Abidjan Metro
    Line 1 ... Work on the Abidjan line has started"), opens with "It" right after the one
    sentence that named it, calls it by a lowercase noun that fits its kind when it names no
    project ("Q: Could you update us on the A Railway? / A: Track-laying on the Algerian line
    is continuing") and no other waiting project fits, or follows the list item or heading that
    is only its name ("1. Paita North Container Terminal, Peru. / In commercial operation since
    2022, ...")."""
    x = _PRONOUN_OPENING.match(text, s.start, s.end)
    if x and not any(h.start < x.end() for h in hits):
        before = [r for r in rows if r["sentence_id"] == s.sentence_id - 1]
        if (
            len(before) == 1
            and before[0]["status"] == "not stated"
            and before[0]["paragraph"] == s.paragraph
        ):
            _take_status(text, s, hits, m, before[0], x.start(), x.end())
    for x in _BACK_REFERENCE.finditer(text, s.start, s.end):
        word = x.group("word")
        waiting = [
            r for r in rows if r["status"] == "not stated" and str(r["name"]).split(" ")[0] == word
        ]
        if len(waiting) != 1 or any(h.start < x.end() and x.start() < h.end for h in hits):
            continue
        _take_status(text, s, hits, m, waiting[0], x.start(), x.end())
    if hits:
        return
    recent = [
        r
        for r in rows[-8:]
        if r["status"] == "not stated"
        and 0 < s.sentence_id - int(r["sentence_id"]) <= _REFERENCE_WINDOW
        and s.paragraph - int(r["paragraph"]) <= 1
    ]
    if not recent:
        return
    kinds = dict.fromkeys([str(r["kind"]) for r in recent] + [""])
    references = (
        (kind, x) for kind in kinds for x in m.referring[kind].finditer(text, s.start, s.end)
    )
    for kind, x in itertools.islice(references, _REFERENCES_TRIED):
        fits = [
            r
            for r in recent
            if r["status"] == "not stated" and kind in ("", r["kind"]) and _calls(x, r)
        ]
        if len(fits) == 1:
            _take_status(text, s, hits, m, fits[0], x.start(), x.end())
    for r in recent:
        label = labels.get(str(r["project_id"]))
        in_item = label is not None and (
            label.paragraph == s.paragraph
            or (label.paragraph == s.paragraph - 1 and label.kind == "heading")
        )
        if in_item and r["status"] == "not stated":
            _take_status(text, s, hits, m, r, s.start, s.start)
        if in_item and r["status"] == "not stated":
            # the sentence names nothing else: any of its clauses is about the item ("3. Oran
            # Grain Terminal. The detailed design of the terminal ..., and land acquisition ...
            # is under way.")
            status, x, y = decide_status(_cues(text, s.start, s.end, [], m), str(r["kind"]))
            if status != "not stated":
                r.update(status=status, status_text=text[x:y], status_start=x, status_end=y)
        if in_item and not r["countries"]:
            _take_countries(text, s, r)


def _take_countries(text: str, s: Sentence, row: Row) -> None:
    """Give a project named alone on its line the one country of the sentence that describes
    it ("4. Karshi Solar Park. / Located in Uzbekistan's Kashkadarya region, the plant ...")."""
    codes = {c.iso3 for c in countries_mod.find_countries(text, s.start, s.end)} or set(
        countries_mod.adjective_countries(text, s.start, s.end)
    )
    if len(codes) == 1:
        row.update(countries=codes.pop(), countries_basis="sentence")


def _take_status(
    text: str, s: Sentence, hits: list[Hit], m: Matcher, row: Row, a: int, b: int
) -> None:
    """Give ``row`` the status of the clause of ``s`` that calls it at text[a:b]."""
    ref = Hit(a, b, text[a:b], str(row["kind"]))
    status, x, y = _assign_status(text, s, sorted([*hits, ref], key=lambda h: h.start), m)[ref]
    if status != "not stated":
        row.update(status=status, status_text=text[x:y], status_start=x, status_end=y)


# A sentence that lists what its paragraph's lead sentence spoke of ("... transport channels
# continue to enjoy stable development. These channels include the A, the B ..."): the lead's
# status is theirs. Any other sentence is about something of its own ("We have signed debt
# agreements with 19 countries. ... Take the A in Senegal." lends the A no agreement).
_LISTS_THE_LEADS = re.compile(
    r"^(?:These|Those|Such|They|Among them)\b"
    r"|\b(?:include|includes|included|including|such as|among them)\b"
)


def _lead_status(text: str, lead: Sentence, m: Matcher) -> tuple[str, int, int] | None:
    """The status a paragraph's lead sentence lends: its cues, when it names no project."""
    lead_names = find_project_names(text, lead, m)
    cues = _cues(text, lead.start, lead.end, lead_names, m)
    cues = [c for c in cues if not c.weak]  # an inferred stage is no paragraph's
    return decide_status(cues) if cues and not lead_names else None


def _parent_countries(rows: list[Row], hit: Hit, sentence_id: int) -> list[str]:
    """Countries of the line a section belongs to: its own row, or a sibling section's row in
    the same sentence ("... of the Hungary-Serbia Railway in Serbia ..., the Budapest-Kelebija
    section ...")."""
    if not hit.part_of:
        return []
    for r in reversed(rows):
        same_line = r["name"] == hit.part_of or (
            r["part_of"] == hit.part_of and r["sentence_id"] == sentence_id
        )
        if same_line and r["countries"]:
            return str(r["countries"]).split(";")
    return []


def _mentions_facility(text: str, a: int, b: int, names: Intervals, m: Matcher) -> bool:
    """Whether text[a:b] mentions a facility by a lowercase noun outside any name."""
    if m.facility_noun is None:
        return False
    return any(not names.containing(x.start()) for x in m.facility_noun.finditer(text, a, b))


_LIST_GLUE = re.compile(r"(?:\s|,|[Tt]he\b|and\b)*")


_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)+")


def _names_something(text: str, a: int, b: int) -> bool:
    """Whether a clause names a thing of its own by two or more capitalised words ("the Kenyatta
    International Convention Centre upgrade was completed"): its status is that thing's, and it
    lends nothing to the clause after it."""
    return _CAPITALISED_RUN.search(text, a, b) is not None


def _only_names(text: str, clause: tuple[int, int], names: list[Hit]) -> bool:
    """Whether a clause is nothing but a list of names: the first part of a coordinated subject
    that ', and the C are open to traffic' goes on with."""
    pos = clause[0]
    for h in sorted(names, key=lambda h: h.start):
        if not _LIST_GLUE.fullmatch(text, pos, h.start):
            return False
        pos = max(pos, h.end)
    return bool(_LIST_GLUE.fullmatch(text, pos, clause[1]))


# A clause that contrasts with the one before borrows nothing from it, and a "with" clause
# (describing its own subject) lends nothing forward.
_NO_BORROWING = re.compile(r"(?:while|whilst|whereas|but|with)\b")


# A relative clause set off by commas: "the A, which links the B to the port, is ...". A name
# inside one takes only the stage that clause states.
_RELATIVE = re.compile(r", (?:which|that|where|whose) [^,;]*?(?=,|$)")


def _assign_status(
    text: str, s: Sentence, hits: list[Hit], m: Matcher
) -> dict[Hit, tuple[str, int, int]]:
    """Status per name: its clause's cues; a cue-less clause borrows the next clause's, and a
    clause with cues but no names lends them to the clause before ("the contract ... was
    signed, and 11 sections ... have started")."""
    clauses = _clauses(text, s)
    names: list[list[Hit]] = [[] for _ in clauses]
    ends = [b for _, b in clauses]
    for h in hits:  # clauses are consecutive: each name falls in the one its start is in
        i = bisect.bisect_right(ends, h.start)
        if i < len(clauses) and clauses[i][0] <= h.start:
            names[i].append(h)
    spans = Intervals((h.start, h.end) for h in hits)
    cues = [_cues(text, a, b, spans, m) for a, b in clauses]
    # A clause may lend its cues only when it names no facility, not even in lowercase ("the
    # feasibility study for its deep-sea port has been completed" says nothing of the zone).
    # An inferred (weak) cue speaks only of its own clause's names: it is never lent.
    lent = [[c for c in cs if not c.weak] for cs in cues]
    lends = [
        bool(lent[i]) and not names[i] and not _mentions_facility(text, a, b, spans, m)
        for i, (a, b) in enumerate(clauses)
    ]
    out: dict[Hit, tuple[str, int, int]] = {}
    for i, group in enumerate(names):
        if not group:
            continue
        mine = list(cues[i])
        if (
            i > 0
            and lends[i - 1]
            and not _names_something(text, *clauses[i - 1])
            and not _NO_BORROWING.match(text, clauses[i][0])  # "..., whereas the B welcomed"
            and not _NO_BORROWING.match(text, clauses[i - 1][0])  # "..., with asphalt being laid"
        ):
            mine = lent[i - 1] + mine  # "Construction projects in X, including the A, ..."
        if not mine and i + 1 < len(clauses) and _only_names(text, clauses[i], group):
            mine = list(cues[i + 1])  # "The A, the B, and the C are open": one subject
        elif i + 1 < len(clauses) and lends[i + 1]:
            if not mine:
                mine = list(lent[i + 1])  # "the A, which ..., and was completed in 2020"
            elif all(c.status == "making progress" for c in mine) and not _NO_BORROWING.match(
                text, clauses[i + 1][0]
            ):
                # progress, then how far the works are: "work on the A is moving ahead ..., and
                # earthworks are about 45 percent complete" (not a "with" clause's tenants)
                mine += [c for c in lent[i + 1] if c.status == "under construction"]
            elif m.continuing is not None and m.continuing.match(text, clauses[i + 1][0]):
                mine += lent[i + 1]  # a document's own continuation of the same name
        relatives = [x.span() for x in _RELATIVE.finditer(text, *clauses[i])]
        for h in group:
            inner = next(((a, b) for a, b in relatives if a < h.start < b), None)
            if inner:  # "the A, which links the B to the port, is being bored": B's own words
                out[h] = decide_status(
                    [c for c in cues[i] if inner[0] <= c.start < inner[1]], h.kind
                )
            else:
                # "In Egypt, where the Nile supplies ..., delegates presented the A": a relative
                # clause before the name speaks of its own antecedent
                earlier = [(a, b) for a, b in relatives if b <= h.start]
                own = [c for c in mine if not any(a <= c.start < b for a, b in earlier)]
                out[h] = decide_status(own, h.kind)
    return out
