"""Named cooperation mechanisms: forums, alliances, funds, banks, platforms, centres, ...

A name is a capitalised run whose governing noun says what the body is. The governing noun is
the last head word of the name's first segment (segments split at of/on/for/in/by/to):
"Advisory Council of the Belt and Road Forum ..." is a council, "Forum on China-Africa
Cooperation" a forum. Acronyms defined in brackets ("Silk Road Fund (SRF)") join later
mentions. The head nouns are general English (:mod:`briconnect.extract.rules`); a document adds
its own overrides and aliases through :class:`~briconnect.extract.rules.Rules`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .rules import GENERAL, Rules
from .spans import Hit, Row, check_unique, list_items, slug, verify_spans
from .text import Sentence

MECHANISM_KINDS = (
    "forum",
    "alliance",
    "association",
    "network",
    "fund",
    "bank",
    "financial institution",
    "platform",
    "expo",
    "centre",
    "initiative",
    "program",
    "partnership",
    "mechanism",
    "organization",
)

_LOWER_HEADS = ("mechanism", "network", "association", "platform", "program")
# Words that end a name's first segment; "and" and "&" do not ("Import and Export Fair").
_SEGMENT_BREAKS = frozenset(["of", "on", "for", "in", "by", "to", "the", "Along"])
_MTOK = r"(?:[A-Z0-9][\w'’.+-]*|&|\+|\([\w+ -]+\))"
_MRUN = re.compile(
    rf"{_MTOK}(?: (?:(?:of|on|for|in|by|to|and|the|Along) )*{_MTOK})*"
    rf"(?: (?:{'|'.join(_LOWER_HEADS)})\b)?"
)
_CUE_LIST = re.compile(r"\b(?:mechanisms|platforms),? (?:such as|including) (?P<list>[^.;]+)")
_ORDINAL_PREFIX = re.compile(r"^(?:First|Second|Third) ")
# The small patterns of reading one name, compiled once (each runs several times per name).
_AND = re.compile(r" and (?:the )?")
_BRACKETS_AT_END = re.compile(r" \([^()]*\)$")
_ALL_CAPS = re.compile(r"[A-Z][A-Z0-9-]+")
_TWO_CAPS = re.compile(r"[A-Z]{2,}")
# (from a word's start only: tried inside a long word, "\S+" would rescan it from every position)
_POSSESSIVE = re.compile(r"(?<!\S)\S+(?:'s|s')(?= )")
_LEAD = re.compile(r"(?:(?:Through|Under|At|Along|In|By|With|From|Relying on) )?(?:[Tt]he )?")
_ALIAS_AT_END = re.compile(r" \(([^()]+)\)$")
_TOKEN = re.compile(r"\S+")
_AGREEMENT_AFTER = re.compile(r" agreement\b")


@dataclass(frozen=True)
class Body(Hit):
    """A named body; ``alias`` is the acronym defined in brackets after it, if any."""

    alias: str = ""


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class Reader:
    """The mechanism rules compiled once per document."""

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        aliases = _alternation(rules.aliases)
        self.acronym = re.compile(rf"^(?:[A-Z][A-Z0-9-]+{'|' + aliases if aliases else ''})$")
        nb = _alternation(rules.not_bodies)
        self.not_bodies = re.compile(rf"\b(?:{nb})\b") if nb else None
        cw = _alternation(rules.compound_words)
        self.compounds = re.compile(rf"\b(?:{cw})\b") if cw else None
        self.not_in = [re.compile(p) for p in rules.not_in]

    def governing(self, tokens: list[str]) -> int | None:
        """Index of the governing head token, or None when the name is not a body.

        The first segment (up to of/on/for/in/by/to) decides: a document noun there (Plan,
        Agreement, Principles, ...) means a document; otherwise its last head word governs
        ("Standard Information Platform Contributed by ..." is a platform).
        """
        first: list[int] = []
        for i, tok in enumerate(tokens):
            if tok in _SEGMENT_BREAKS:
                # A lone compound modifier ("China-League of Arab States ...") is no segment.
                if first and not (len(first) == 1 and "-" in tokens[first[0]]):
                    break
                first = []
                continue
            first.append(i)
        if any(tokens[i] in self.rules.document_nouns for i in first):
            return None
        heads, pairs = self.rules.mechanism_heads, self.rules.two_word_heads
        for i in reversed(first):
            if tokens[i] in heads or " ".join(tokens[i - 1 : i + 1]) in pairs:
                return i
        return None

    def head_kind(self, tokens: list[str], i: int) -> str:
        pair = " ".join(tokens[i - 1 : i + 1])
        return self.rules.two_word_heads.get(pair) or self.rules.mechanism_heads[tokens[i]]

    def bodies_in_run(self, text: str, s: int, e: int) -> list[Body]:
        """Split a capitalised run at ' and the ' / ' and ' after a head word, then read each."""
        parts: list[tuple[int, int]] = []
        cursor = s
        for m in _AND.finditer(text[s:e]):
            left = _BRACKETS_AT_END.sub("", text[cursor : s + m.start()]).split()
            left_is_body = bool(left) and (
                _ALL_CAPS.fullmatch(left[-1]) is not None
                or self.read_body(text, cursor, s + m.start()) is not None
            )
            two_bodies = (
                m.group().endswith("the ")
                and left_is_body
                and self.read_body(text, s + m.end(), e) is not None
            )
            if (left and left[-1] in self.rules.mechanism_heads) or two_bodies:
                parts.append((cursor, s + m.start()))
                cursor = s + m.end()
        parts.append((cursor, e))
        return [b for a, z in parts if (b := self.read_body(text, a, z)) is not None]

    def read_body(self, text: str, a: int, b: int) -> Body | None:
        # Start after a possessive owner ("Egypt's ...") and any leading article.
        for m in _POSSESSIVE.finditer(text[a:b]):
            a = a + m.end() + 1
            break
        lead = _LEAD.match(text[a:b])
        a += lead.end() if lead else 0
        b = a + len(text[a:b].rstrip("."))
        if text[b - 2 : b] in ("'s", "’s"):
            b -= 2
        alias = ""
        m = _ALIAS_AT_END.search(text[a:b])
        if m and self.acronym.match(m.group(1)):
            alias = m.group(1)
            b = a + m.start()
        # A compound ("Belt and Road") is one word; a name that is no body heads nothing.
        masked = text[a:b]
        if self.not_bodies is not None:
            masked = self.not_bodies.sub(lambda m: "X" * len(m.group()), masked)
        if self.compounds is not None:
            masked = self.compounds.sub(lambda m: m.group().replace(" ", "~"), masked)
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(masked)]
        words = [t[2] for t in tokens]
        idx = self.governing(words)
        if idx is None:
            return None
        kind = self.head_kind(words, idx)
        nxt = next((i for i, w in enumerate(words) if i > idx and w in _SEGMENT_BREAKS), None)
        tail = words[idx + 2 :]
        if (idx + 1 < len(tokens) and nxt != idx + 1) or (
            tail and all(_TWO_CAPS.fullmatch(t) for t in tail)
        ):
            b = a + tokens[idx][1]  # cut after the head: "Platform Contributed by", "... for BRI"
            alias = ""
        name = text[a:b]
        if name in self.rules.mechanism_heads or not name[:1].isupper():
            return None
        if _AGREEMENT_AFTER.match(text, b + (len(alias) + 3 if alias else 0)):
            return None  # "the ... Partnership (RCEP) agreement" is a trade agreement
        return Body(a, b, name, self.rules.kind_overrides.get(name, kind), alias=alias)

    def canonical_name(self, name: str) -> str:
        """The form mentions join on: no ordinal prefix, the document's preferred spelling."""
        name = _ORDINAL_PREFIX.sub("", name)
        for variant, spelling in self.rules.spellings.items():
            name = name.replace(variant, spelling)
        return name

    def find_bodies(self, text: str, sentence: Sentence) -> list[Body]:
        """Named bodies in a sentence: capitalised runs with a governing head, then listed items
        after 'mechanisms/platforms such as|including' whose names have no head ('China-ASEAN
        (10+1) Cooperation')."""
        found: list[Body] = []
        for m in _MRUN.finditer(text, sentence.start, sentence.end):
            found.extend(self.bodies_in_run(text, m.start(), m.end()))
        for m in _CUE_LIST.finditer(text, sentence.start, sentence.end):
            for a, b in list_items(text, m.start("list"), m.end("list")):
                item = text[a:b]
                if not _MRUN.fullmatch(item):
                    break  # the list has ended ("..., China has helped ...")
                if item.endswith(" Cooperation") and not any(f.start <= a < f.end for f in found):
                    found.append(Body(a, b, item, "mechanism"))
        return sorted(found, key=lambda f: f.start)


def extract_mechanisms(text: str, sentences: list[Sentence], rules: Rules = GENERAL) -> list[Row]:
    """One row per mention of a named forum, alliance, fund, bank, platform, centre, ...

    ``mechanism_id`` joins repeated mentions: the same canonical name, or an acronym defined
    in brackets after the full name ("Silk Road Fund (SRF)", later "the SRF").
    """
    reader = Reader(rules)
    aliases: dict[str, str] = {}
    kinds: dict[str, str] = {}
    rows: list[Row] = []
    for s in sentences:
        # Items of lists the rules exclude (e.g. partners' own strategies) are not mechanisms.
        lists = [m.span("list") for rx in reader.not_in for m in rx.finditer(text, s.start, s.end)]
        found = reader.find_bodies(text, s)
        bodies = [b for b in found if not any(a <= b.start < z for a, z in lists)]
        for b in bodies:
            canon = reader.canonical_name(b.name)
            kinds.setdefault(canon, b.kind)
            if b.alias:
                aliases.setdefault(b.alias, canon)
        # Later mentions by acronym (or an alias such as "China Eximbank"), outside the names.
        for alias, canon in aliases.items():
            if alias not in s.text:
                continue  # (most sentences: no search)
            for m in re.finditer(rf"(?<![\w(-]){re.escape(alias)}(?![\w)-])", s.text):
                a = s.start + m.start()
                if any(b.start <= a < b.end + len(b.alias) + 3 for b in bodies):
                    continue
                bodies.append(Body(a, a + len(alias), alias, kinds[canon]))
        for b in sorted(bodies, key=lambda b: b.start):
            canon = aliases.get(b.name, reader.canonical_name(b.name))
            rows.append(
                {
                    "mention_id": f"x{b.start:05d}",
                    "mechanism_id": f"k-{slug(canon)}",
                    "name": b.name,
                    "canonical_name": canon,
                    "acronym": b.alias or next((k for k, v in aliases.items() if v == canon), ""),
                    "kind": kinds.get(canon, b.kind),
                    "section": s.section,
                    "sentence_id": s.sentence_id,
                    "start": b.start,
                    "end": b.end,
                }
            )
    check_unique(rows, "mention_id")
    verify_spans(rows, text, sentences, {"name": ("start", "end")})
    return rows
