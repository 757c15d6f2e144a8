"""Country and territory mentions, coded with country_converter's maintained table.

Candidates are runs of capitalised words in a sentence (split at hyphens, possessives dropped).
A candidate is a country when one of country_converter's regular expressions matches it and the
match ends where the candidate ends (so "Russian" and "Indian" are not countries). Where
candidates overlap, a library name written in full wins ("China" over "Bank of China");
otherwise a longer name with a different code wins ("Papua New Guinea" over "Guinea").
Regions and blocs (ASEAN, Africa, Central Asia, EU) are in no regular expression, so they never
match. "Hong Kong SAR" and "Macao SAR" keep their suffix and are territories: places that are
not UN members in the library's table. China itself is marked ``china``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

KINDS = ("china", "country", "territory")


@dataclass(frozen=True)
class CountryMention:
    start: int
    end: int
    name: str  # as written
    iso3: str
    short_name: str  # the library's short name
    continent: str
    kind: str
    in_name: bool  # part of a proper name or compound: "China-Laos Railway", "Bank of China"


@dataclass(frozen=True)
class _Entry:
    iso3: str
    short_name: str
    continent: str
    kind: str
    regex: re.Pattern[str]
    names: frozenset[str]


def continent(iso3: str) -> str:
    """The continent of a country in the library's table ("" when it has no such code)."""
    return _continents().get(iso3, "")


@lru_cache(maxsize=1)
def _continents() -> dict[str, str]:
    return {e.iso3: e.continent for e in _table()}


def un_members() -> frozenset[str]:
    """ISO3 codes of the UN's member states (China included), from the same table."""
    return frozenset(e.iso3 for e in _table() if e.kind in ("country", "china"))


@lru_cache(maxsize=1)
def _table() -> tuple[_Entry, ...]:
    """country_converter's own data file, read so that Namibia's code "NA" stays a string.

    (country_converter 1.3.2 crashes under pandas 3 when it loads this file itself.)
    """
    import csv
    import importlib.util

    # Locate the package's table without importing it (importing pulls in pandas: ~1 s).
    spec = importlib.util.find_spec("country_converter")
    if spec is None or spec.origin is None:
        raise ImportError("country_converter is not installed; run `make setup`")
    path = Path(spec.origin).with_name("country_data.tsv")
    entries = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if not row["ISO3"] or row.get("obsolete"):
                continue
            iso3 = row["ISO3"]
            kind = "china" if iso3 == "CHN" else ("country" if row["UNmember"] else "territory")
            names = frozenset(n.lower() for n in (row["name_short"], row["name_official"]) if n)
            entries.append(
                _Entry(
                    iso3,
                    row["name_short"],
                    row["continent"],
                    kind,
                    re.compile(row["regex"], re.IGNORECASE),
                    names,
                )
            )
    return tuple(entries)


@lru_cache(maxsize=1)
def _name_last_words() -> frozenset[str]:
    words = {re.split(r"[\s-]", name)[-1] for e in _table() for name in e.names}
    words.update(name.split()[-1] for e in _table() for name in e.names)
    words.update(e.short_name.lower().split()[0] for e in _table())  # "Brunei (Darussalam)"
    return frozenset(words)


_DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "ic", "i", "an")


def _is_demonym(candidate: str) -> bool:
    """'Russian', 'Saudi', 'Afghan' name a people or language; 'Oman' and 'Mali' are names."""
    last = re.split(r"[\s-]", candidate)[-1]
    if last.isupper() or last.lower() in _name_last_words():
        return False
    return last.lower().endswith(_DEMONYM_ENDINGS)


@lru_cache(maxsize=4096)
def _may_end_a_name(word: str) -> bool:
    """Every country name ends in a word of a library name or matches an expression alone."""
    return word.lower() in _name_last_words() or bool(_any_country().search(word))


@lru_cache(maxsize=1)
def _any_country() -> re.Pattern[str]:
    """All the library's expressions in one, to discard most candidates with one search."""
    return re.compile("|".join(f"(?:{e.regex.pattern})" for e in _table()), re.IGNORECASE)


# First words of a country's name that the library's expressions take for the whole name but
# that texts use for other things ("Sierra Gorda", "Marshall Plan", "Cook Strait"); "Brunei",
# "Bosnia", "Burkina" alone do name their countries.
_FIRST_WORDS_NOT_ALONE = frozenset(
    {
        "sierra",
        "solomon",
        "marshall",
        "cook",
        "christmas",
        "dominican",
        "turks",
        "wallis",
        "cocos",
        "trinidad",  # a Bolivian city too ("Santa Cruz-Trinidad Railway")
    }
)


def _city_elsewhere(word: str, iso3: str) -> bool:
    """Whether a word a country's pattern matches only in part is a city of another country
    in the gazetteer (looked up only then, so most texts never load it)."""
    from . import gazetteer

    city = gazetteer.city_country(word)
    return city is not None and city != iso3


@lru_cache(maxsize=4096)
def lookup(candidate: str) -> tuple[_Entry, bool] | None:
    """(entry, written in full) for a candidate name, or None when it names no country."""
    key = candidate.lower().replace("\u2019", "'")
    if key.startswith("the "):
        key = key[4:]
    words = re.split(r"[\s-]", candidate)
    if not _may_end_a_name(words[-1]) and not (
        len(words) > 1 and _may_end_a_name(" ".join(words[-2:]))
    ):
        return None  # cheap: most capitalised runs end in words no country name ends in
        # (a variant spelled in two words, "Viet Nam", is matched by the library as a whole)
    if _is_demonym(candidate):
        return None
    if key in _FIRST_WORDS_NOT_ALONE:
        return None  # "Sierra Gorda", "Solomon" (a name), "Cook": no country's first word alone
    last_word = max(candidate.rfind(" "), candidate.rfind("-")) + 1
    for entry in _table():
        m = entry.regex.search(candidate)
        # The match must reach the candidate's last word ("Macao SAR the Forum" is no name)
        # and must need its first letter ("Indochina" and "Bank of China" match only because
        # of what they end with), unless the candidate is the library's own name ("North
        # Macedonia" matches without its "N").
        if (
            m
            and (
                (key in entry.names and not candidate.startswith(("The ", "the ")))
                or (
                    m.end() > last_word
                    and not entry.regex.search(candidate[1:])
                    # "Franceville" (a Gabonese town) is not France, "Luxemburg" is Luxembourg
                    and not (
                        candidate[m.end() : m.end() + 1].isalpha()
                        and _city_elsewhere(candidate, entry.iso3)
                    )
                )
            )
        ):
            return entry, key in entry.names
    return None


_TOKEN = re.compile(r"[A-Z][A-Za-z\u00c0-\u024f.]*(?:'[A-Za-z]+)?")
_CONNECTORS = frozenset(["of", "and", "the", "de", "d'"])
_MAX_TOKENS = 5
# No country's name is longer ("The United Kingdom of Great Britain and Northern Ireland" is 57):
# a longer candidate is not looked up (the library's patterns would rescan a long word, say a
# 50,000-letter string pasted from a PDF, once per pattern and position)
_MAX_NAME_CHARS = 100
# Prepositions capitalised only because they open a sentence or heading ("In Kenya, ..."), and
# the imperatives of spoken answers ("Take Pakistan: ...", "Consider Kenya"): they join a
# capitalised run but do not make the country part of a name.
_OPENERS = frozenset(
    "In At For From By With Across Along Between Throughout Within Take Consider Like Unlike"
    " Beyond Besides Outside Inside Among".split()
)


_ELIDED = re.compile(r"[dl]['\u2019][A-Z]")


_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][\w\u00c0-\u024f.'\u2019]*")
_JOINING_INITIALS = frozenset("oatdl")  # of, and, the, de; d'Ivoire, l'Est


def _capital_tokens(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of the words a run is made of: capitalised words, with possessive 's dropped, and
    the connectors that join them. Other words are left out: each would end a run, and so does
    the gap it leaves between its neighbours."""
    spans = []
    for m in _WORD.finditer(text, lo, hi):
        word = m.group()
        if not word[0].isupper() and word[0] not in _JOINING_INITIALS:
            continue  # (most words: nothing more to read)
        s, e = m.start(), m.end()
        if word in ("People's", "People\u2019s"):
            pass  # "People's Republic of China", "Democratic People's Republic of Korea"
        elif word.endswith(("'s", "\u2019s")):
            e -= 2
        elif word.endswith(("'", "\u2019")):
            e -= 1
        word = text[s:e].rstrip(".")
        e = s + len(word)
        if word and (word[0].isupper() or word in _CONNECTORS or _ELIDED.match(word)):
            spans.append((s, e))
    return spans


def _runs(text: str, lo: int, hi: int) -> list[list[tuple[int, int]]]:
    """Maximal runs of capitalised tokens joined by single spaces, hyphens or connectors."""
    runs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for s, e in _capital_tokens(text, lo, hi):
        word = text[s:e]
        is_cap = word[:1].isupper() or _ELIDED.match(word) is not None  # "d'Ivoire"
        gap = text[current[-1][1] : s] if current else ""
        joined = current and gap in (" ", "-") and (is_cap or word in _CONNECTORS)
        if joined:
            current.append((s, e))
        else:
            if current:
                runs.append(current)
            current = [(s, e)] if is_cap else []
    if current:
        runs.append(current)
    return runs


def find_countries(text: str, lo: int = 0, hi: int | None = None) -> list[CountryMention]:
    hi = len(text) if hi is None else hi
    found: list[CountryMention] = []
    for run in _runs(text, lo, hi):
        found.extend(_in_run(text, run, lo))
    return found


def _in_run(text: str, run: list[tuple[int, int]], lo: int) -> list[CountryMention]:
    candidates = []
    for i in range(len(run)):
        if text[run[i][0] : run[i][1]] in _CONNECTORS:
            continue
        for j in range(i, min(len(run), i + _MAX_TOKENS)):
            if text[run[j][0] : run[j][1]] in _CONNECTORS:
                continue
            s, e = run[i][0], run[j][1]
            if e - s > _MAX_NAME_CHARS:
                break  # (longer with every further token)
            name = text[s:e]
            if name == "US" and text[e : e + 1] == "$":
                continue  # the currency US$, not the country
            if name.endswith((" SAR", " SARs")):
                continue  # the suffix is added back below, once the place is known
            hit = lookup(name)
            if hit:
                candidates.append((s, e, hit[0], hit[1]))
    chosen: list[tuple[int, int, _Entry, bool]] = []
    # Full library names first, then longer spans, then earlier ones.
    for cand in sorted(candidates, key=lambda c: (not c[3], -(c[1] - c[0]), c[0])):
        s, e, entry, _ = cand
        clash = [c for c in chosen if c[0] < e and s < c[1]]
        if not clash:
            chosen.append(cand)
    mentions = []
    run_words = [text[a:b] for a, b in run]
    for s, e, entry, _ in sorted(chosen, key=lambda c: c[0]):
        if text[e : e + 4] == " SAR":
            e += 4
        # the run's other words, outside every country it names ("Côte d'Ivoire and Ghana":
        # Ghana is no part of a name)
        # and only those joined to it by no "and" ("Kenya and the Bank of China": Kenya is
        # no part of the bank's name)
        outside = [not any(cs <= a and b <= ce for cs, ce, _, _ in chosen) for a, b in run]
        ands = [
            a for (a, _), w, out in zip(run, run_words, outside, strict=True) if w == "and" and out
        ]
        left = max((a for a in ands if a < s), default=-1)
        right = min((a for a in ands if a >= e), default=len(text))
        inside = [
            w
            for (a, b), w, out in zip(run, run_words, outside, strict=True)
            if out and left < a < right
        ]
        extras = [
            w
            for w in inside
            if w not in _CONNECTORS
            and w not in ("SAR", "The")
            and not (w in _OPENERS and w == run_words[0])
            and lookup(w) is None
        ]
        hyphenated = text[s - 1 : s] == "-" or text[e : e + 1] == "-"
        mentions.append(
            CountryMention(
                s,
                e,
                text[s:e],
                entry.iso3,
                entry.short_name,
                entry.continent,
                entry.kind,
                bool(extras) or hyphenated,
            )
        )
    return mentions


# ---------------------------------------------------------------- adjectives of countries

# The adjective of a country ("Tanzanian authorities", "Sri Lankan delegates") names it as a
# sentence's place when the sentence names no country. Regular adjectives are made from the
# library's short names ("Tanzania" + n, "Hungary" -> "Hungarian", "Pakistan" + i); the others
# are listed. An adjective that two countries could own ("Guinean", "Congolese") is left out, and
# so is "Chinese": in this genre it names who builds or lends ("Chinese contractors"), not where.
_IRREGULAR_ADJECTIVES: dict[str, str] = {
    "Afghan": "AFG",
    "Argentine": "ARG",
    "Argentinian": "ARG",
    "Azerbaijani": "AZE",
    "Bahraini": "BHR",
    "Bangladeshi": "BGD",
    "Beninese": "BEN",
    "Bhutanese": "BTN",
    "Bosnian": "BIH",
    "British": "GBR",
    "Bruneian": "BRN",
    "Burkinabe": "BFA",
    "Burmese": "MMR",
    "Cambodian": "KHM",
    "Comorian": "COM",
    "Croatian": "HRV",
    "Cypriot": "CYP",
    "Czech": "CZE",
    "Danish": "DNK",
    "Dominican": "DOM",  # the Dominican Republic's, far more often than Dominica's
    "Dutch": "NLD",
    "Emirati": "ARE",
    "Filipino": "PHL",
    "Finnish": "FIN",
    "French": "FRA",
    "Gabonese": "GAB",
    "German": "DEU",
    "Greek": "GRC",
    "Iraqi": "IRQ",
    "Israeli": "ISR",
    "Ivorian": "CIV",
    "Japanese": "JPN",
    "Kazakh": "KAZ",
    "Kazakhstani": "KAZ",
    "Kuwaiti": "KWT",
    "Kyrgyz": "KGZ",
    "Lao": "LAO",
    "Laotian": "LAO",
    "Lebanese": "LBN",
    "Macedonian": "MKD",
    "Malagasy": "MDG",
    "Maldivian": "MDV",
    "Maltese": "MLT",
    "Mauritian": "MUS",
    "Mexican": "MEX",
    "Montenegrin": "MNE",
    "Moroccan": "MAR",
    "Mozambican": "MOZ",
    "Nepalese": "NPL",
    "Nepali": "NPL",
    "Nigerian": "NGA",
    "Nigerien": "NER",
    "Norwegian": "NOR",
    "Omani": "OMN",
    "Pakistani": "PAK",
    "Panamanian": "PAN",
    "Peruvian": "PER",
    "Philippine": "PHL",
    "Polish": "POL",
    "Portuguese": "PRT",
    "Qatari": "QAT",
    "Salvadoran": "SLV",
    "Saudi": "SAU",
    "Senegalese": "SEN",
    "Seychellois": "SYC",
    "Singaporean": "SGP",
    "Slovak": "SVK",
    "Somali": "SOM",
    "Spanish": "ESP",
    "Sri Lankan": "LKA",
    "Sudanese": "SDN",
    "Swedish": "SWE",
    "Swiss": "CHE",
    "Tajik": "TJK",
    "Thai": "THA",
    "Togolese": "TGO",
    "Turkish": "TUR",
    "Turkmen": "TKM",
    "Ukrainian": "UKR",
    "Uzbek": "UZB",
    "Vietnamese": "VNM",
    "Yemeni": "YEM",
}


@lru_cache(maxsize=1)
def _adjectives() -> dict[str, str]:
    """Adjective -> ISO3: the regular ones made from one-word short names, then the list."""
    made: dict[str, set[str]] = {}
    for e in _table():
        name = e.short_name
        if " " in name or "(" in name or not name.isalpha():
            continue
        forms = {name + "n", name + "an", name + "ian"}
        if name.endswith("y"):
            forms.add(name[:-1] + "ian")  # Hungary -> Hungarian, Italy -> Italian
        if name.endswith("a"):
            forms.add(name + "ian")  # Ghana -> Ghanaian is not made: "Ghanaian" below
        if name.endswith(("stan", "desh")):
            forms.add(name + "i")
        for form in forms:
            made.setdefault(form, set()).add(e.iso3)
    out = {form: codes.pop() for form, codes in made.items() if len(codes) == 1}
    out.update({"Ghanaian": "GHA", **_IRREGULAR_ADJECTIVES})
    for form in ("Guinean", "Chinan", "Chinian"):
        out.pop(form, None)
    return {form: code for form, code in out.items() if code != "CHN"}


@lru_cache(maxsize=2)
def _adjective_pattern(any_word_after: bool = False) -> re.Pattern[str]:
    words = sorted(_adjectives(), key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words)
    if any_word_after:
        return re.compile(rf"\b({alternation})\b")
    # not a named thing ("Indian Ocean", "the Chinese Embassy"): a lowercase word follows
    return re.compile(
        rf"\b({alternation})\b(?=(?:-[A-Z][a-z]+)* [a-z])"
    )  # "Bolivian-Chinese venture"


def adjective_of(word: str) -> str | None:
    """ISO3 of the country whose adjective ``word`` is ("Tunisian"), else None."""
    return _adjectives().get(word)


def adjective_mentions(
    text: str, lo: int = 0, hi: int | None = None, any_word_after: bool = False
) -> list[tuple[int, int, str, bool]]:
    """(start, end, ISO3, at a border) of each country adjective in the span; "at a border" when
    it names one side's border alone ("the Angolan border"), not a shared one ("the
    Kazakh-Uzbek border"). With ``any_word_after``, also before a capitalised word ("Pakistani
    Finance Minister")."""
    hi = len(text) if hi is None else hi
    out = []
    for m in _adjective_pattern(any_word_after).finditer(text, lo, hi):
        alone = text[m.start() - 1 : m.start()] != "-" and text[m.end() : m.end() + 1] != "-"
        edge = (
            alone
            # ("the Bulgarian border town" is a town in Bulgaria)
            and re.match(
                r" (?:border|frontier|boundary)\b(?! (?:town|city|village)\b)", text[m.end() : hi]
            )
            is not None
        )
        out.append((m.start(), m.end(), _adjectives()[m.group(1)], edge))
    return out


def adjective_countries(text: str, lo: int = 0, hi: int | None = None) -> list[str]:
    """ISO3 codes of the countries whose adjective the span uses before a lowercase word
    ("Tanzanian authorities", "Sri Lankan delegates"), in order of first use."""
    hi = len(text) if hi is None else hi
    codes = [_adjectives()[m.group(1)] for m in _adjective_pattern().finditer(text, lo, hi)]
    return list(dict.fromkeys(codes))
