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
from dataclasses import dataclass, replace
from decimal import Decimal

from .literals import guarded

# Currencies other than USD and RMB, as ISO 4217 codes: what a symbol, a code or a name after
# the number ("€450 million", "EUR 3 billion", "5 billion euros", "HK$2 billion") is read as.
# Renminbi is RMB (also for CNY and the yuan sign), as in the chapter.
CURRENCIES = (
    "EUR GBP JPY HKD INR AUD CAD CHF SGD NZD TWD KRW RUB BRL ZAR IDR MYR THB VND PHP PKR BDT LKR"
    " NPR KZT UZS KGS MNT TRY SAR AED QAR KWD EGP NGN KES TZS UGX ETB ZMW GHS MAD XOF XAF MXN ARS"
    " CLP PEN SEK NOK DKK PLN HUF CZK RON RSD ILS IRR MMK LAK KHR"
    # added with the names below: the partners' other currencies
    " MUR SOS COP JMD TTD FJD PGK SBD VUV WST TOP MVR DZD TND LYD JOD IQD BHD OMR GEL AMD AZN"
    " TMT TJS UAH ALL MKD BAM AFN BOB PYG UYU CRC DOP AOA BWP MZN MGA SLE GMD RWF CDF DJF SDG"
    " YER BND NAD MRU BTN GNF BYN MWK LRD GTQ HNL NIO MDL GYD BGN PAB LBP SYP SSP"
).split()
# Physical and calendar units for texts beyond the chapter; a value is in the unit named
# (GWh and TWh are converted to kWh, billion cubic metres "bcm" to cubic metres).
PHYSICAL_UNITS = (
    "km",
    "square_km",
    "hectares",
    "MW",
    "GW",
    "kV",
    "kWh",
    "cubic_metres",
    "months",
    "weeks",
    "days",
    "hours",
)
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
    *PHYSICAL_UNITS,
    *CURRENCIES,
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
    "topped": "lower",
    "passed": "lower",  # the perfect only ("has passed 28 billion"): _qualifier_before
    "passes": "lower",  # "trade passes 18 trillion yuan", as "tops"
    "pass": "lower",  # the verb ("is expected to pass 900,000 TEU"), as "top"
    "passing": "lower",
    "tops": "lower",
    "topping": "lower",
    "top": "lower",  # the verb ("trains top 1,500 a year"), not "the top 10": _qualifier_before
    "just over": "lower",
    "a little over": "lower",
    "a little more than": "lower",
    "slightly over": "lower",
    "slightly more than": "lower",
    "just above": "lower",
    "past": "lower",  # "lift the number past 600"; not "the past 5 years": _qualifier_before
    "well above": "lower",
    "nearly": "upper",
    "almost": "upper",
    "up to": "upper",
    "as much as": "upper",
    "as many as": "upper",
    "less than": "upper",
    "fewer than": "upper",
    "no more than": "upper",
    "at most": "upper",
    "at the most": "upper",
    "a maximum of": "upper",
    "a minimum of": "lower",
    "not more than": "upper",
    "below": "upper",
    "close to": "upper",
    "approaching": "upper",  # "trade is approaching one trillion US dollars"
    "nearing": "upper",
    "just under": "upper",
    "a little under": "upper",
    "a little less than": "upper",
    "slightly under": "upper",
    "slightly less than": "upper",
    "just below": "upper",
    "within": "upper",  # "within six months": at most six months
    "well under": "upper",
    "well below": "upper",
    "under": "upper",
    "about": "approx",
    "some": "approx",
    "around": "approx",
    "roughly": "approx",
    "approximately": "approx",
    "an estimated": "approx",
    "estimated": "approx",
    "estimated at": "approx",  # "talks on financing estimated at US$310 million"
    "estimated to cost": "approx",  # "Estimated to cost EUR 210 million, the farm ..."
    "circa": "approx",
    "maybe": "approx",  # "we moved maybe 40 wagons a week"
    "something like": "approx",
    "perhaps": "approx",
    "in the region of": "approx",
    "on the order of": "approx",
    "in the order of": "approx",
    "approx.": "approx",
}
# "passed" hedges as a perfect ("has passed 28 billion dollars") or before a scaled or measured
# amount ("throughput passed 58 million TEU"); "passed 12 laws" is a count.
_MEASURED_AFTER = re.compile(
    r"(?:(?:US|HK)?\$\s?|[\u20ac\u00a3\u00a5]\s?|(?:RMB|USD|EUR|CNY)\s?)?[\d.,]+\s*"
    r"(?:million|billion|trillion|percent|%|TEU|tonnes|km|MW|GW|kWh|yuan|dollars|euros)\b"
)
# "half of their site engineers": a share of a group (not "the first half of 2025")
_HALF_OF_A_GROUP = re.compile(
    r"\s+of\s+(?:their|its|our|the|all|these|those)\s+(?![^.;]{0,12}\b(?:year|month|decade"
    r"|century|(?:1[89]|20)\d\d\b(?![,.]\d)))"
)
_PERFECT_AUX = frozenset({"has", "have", "had"})
_BY_BEFORE = re.compile(r"\bby\s+$")
_FOR_BEFORE = re.compile(r"\bfor\s+$")  # "for over a decade": more than a decade
# Words after which "past" opens a time ("during past 5 years"), not the preposition of "past 600"
_PAST_AS_TIME = frozenset("over during within through throughout across".split())
# Words after which "top" is an adjective ("the top 10", "its top 3"), not the verb "to top".
_NOT_BEFORE_VERB_TOP = frozenset(
    "the a an its their our his her my your this that these those of in among from on at by"
    " for with and or".split()
)
# Verbs of extent: "spread over 30 square kilometres", "stretching over 400 km" place the
# quantity, they do not hedge it ("over" is spatial, the number exact). "Cover" takes an object,
# so "covers over 2,000 hectares" stays a hedge ("more than").
# "over three phases": the stages a sum is spread across, no hedge
_STAGES_AFTER = re.compile(r"\s+(?:phases|stages|instalments|installments|tranches)\b")
_EXTENT_BEFORE = re.compile(
    r"(?i)\b(?:spread(?:s|ing)?|stretch(?:es|ed|ing)?|extend(?:s|ed|ing)?|scattered"
    r"|sprawl(?:s|ed|ing)?|distributed|phases|stages)\s+$"  # "in three phases over 6.5 km2"
)
# "one" after a determiner and a word, ending its phrase, is a pronoun ("a central one").
_ONE_PRONOUN_BEFORE = re.compile(r"(?i)\b(?:a|an|the|this|that|each|every)\s+[a-z][a-z-]*\s+$")
_CLOCK_AFTER = re.compile(r"\s+(?:in the (?:morning|afternoon|evening)|at night|o'clock)\b")
# ("two in the morning and two in the evening" count trains; "after six in the morning" is a time)
_CLOCK_PAST = re.compile(r"(?i)\b(?:half|quarter)\s+(?:past|to)\s+$")
_CLOCK_BEFORE = frozenset("at by after until before around about from past till".split())
# "went out at nine.": an hour of the clock ends its clause; "stood at nine." is a level
_HOURS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
_CLOCK_END = re.compile(r"\s*(?:[,;!?\"\u201d\u2019]|\.(?!\d))")
# ... after a verb of the clock's events ("go out at nine", "opens at eight"); "stood at nine",
# "are now at nine", "held steady at seven" are levels
_CLOCK_VERB_AT = re.compile(
    r"(?i)\b(?:go(?:es)? out|went out|go(?:es)? off|went off|leaves?|left|starts?|started|opens?"
    r"|opened|closes?|closed|begins?|began|ends?|ended|arrives?|arrived|departs?|departed|wakes? up"
    r"|woke up|gets? up|got up|finish(?:es|ed)?|knocks? off|knocked off)\s+at\s+$"
)
# "one" before a word for a part or a reckoning: a figure of speech, no count
_ONE_OF_A_WHOLE = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:strand|part|piece|element|pillar|facet|aspect|example|chapter"
    r"|estimate|account|measure|reckoning|count)\b(?![-\w])"
)
_ONE_PRONOUN_AFTER = re.compile(
    r"\s*(?:[,.;:?!)]|$)|\s+(?:is|was|are|were|that|which|with|for|in|at|to|and|or|of)\b"
)

# The marker of a list item at the start of a line ("1)", "2.", "(3)", "(a)"): never a quantity.
_LIST_MARKER = re.compile(
    r"\(?(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})[.)](?=\s)"
    # a numbered section's heading: "4.2 Southeast Europe and ..." (not "4.2 Billion ...")
    r"|\d{1,2}(?:\.\d{1,2})+(?= (?!(?:Million|Billion|Trillion|Percent|Per)\b)[A-Z][a-z])"
)
_QUALIFIER_BEFORE = re.compile(
    r"(?i)(?<![\w-])("
    + "|".join(re.escape(w) for w in sorted(_QUALIFIER_WORDS, key=len, reverse=True))
    + r")(?:\s+another)?\s+$"  # "at least another two years"
)
# Trailing qualifiers: "300-plus", "300+", "30-odd", "100 or more".
_QUALIFIER_AFTER = re.compile(
    r"(?i)(-plus\b|\+(?![\d+])|-odd\b|\s+or\s+more\b|\s+and\s+above\b|\s+or\s+so\b)"
)
# The same hedges written after the unit ("48 hours or so", "40 km or more"): words only, as a
# sign or suffix there ("km+") is no hedge of the number.
_QUALIFIER_AFTER_UNIT = re.compile(
    r"(?i)(\s+or\s+(?:so|thereabouts|more|less|fewer|under|below)\b|\s+and\s+(?:above|below)\b)"
)

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
    "lakh": 1e5,  # South Asian scales: "Rs 300 crore", "Tk 4,500 crore"
    "crore": 1e7,
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
    the a an and but another last first another these those its their including another
    between today now currently nowadays meanwhile already here there together overall
    altogether""".split()
)

# Nouns after an ordinal that make it a sequence label, not a rank claim ("the first forum").
_SEQUENCE_NOUNS = frozenset(
    """anniversary forum forums session sessions meeting meetings phase round rounds batch
    edition editions summit conference congress plenary time times stage half quarter day week
    month year century step section sections stretch stretches segment segments leg legs
    tranche tranches festival festivals stop stops ship ships vessel vessels carrier carriers
    train trains flight flights shipment shipments consignment consignments group groups
    cohort cohorts intake intakes package packages lot lots snow snows snowfall rains frost
    harvest link links power call calls""".split()
)

# The words an ordinal's noun phrase may run over (at most four), and the words that end it.
_NOUN_PHRASE = re.compile(r"(?:\s+[A-Za-z][\w-]*){1,4}")
_PHRASE_STOPS = frozenset(
    """of in on at to for from by with between since that which who and or but as than was were
    is are has have had will would be been operating""".split()
)
_POSSESSIVE_BEFORE = re.compile(r"(?i)\b(?:its|their|our|his|her|whose)\s+$")
# "Tanzania's first highway", "the line's first freight station": a milestone of its owner (not
# "the world's first")
_NAME_POSSESSIVE_BEFORE = re.compile(r"\b(?!world['’]s)[A-Za-z][\w-]*['’]s\s+$")
# An ordinal's noun phrase that is a part of a named whole: "the first production hall of the
# Miskolc ... Park", "the second berth of its container terminal".
_PART_OF_A_NAME = re.compile(
    r"(?:\s+[a-z][\w-]*){1,3}\s+(?:of|at|on)\s+(?:the\s+[A-Z]|its\b|their\b)"
)  # "the second berth at the Mtwara Deep-Sea Port"
# Capitalised words before "of" that open a sentence, not a name ("Upwards of 300 Kenyan ...").
_NOT_NAMES_BEFORE_OF = frozenset(
    "upwards most all some many both none one each any out instead because ahead inside outside"
    " east west north south".split()
)
# Irregular past tenses an ordinal may stand before as an adverb ("the Forum first met").
_PAST_VERBS = frozenset(
    "met began became came went took made held set built ran won saw rose grew sent brought"
    " broke drew flew gave got hit led left put said sold spent stood told wrote drove rode"
    " heard felt knew found thought spoke arrived visited".split()
)

# Lowercase nouns a number after which is a label, not a quantity ("week 23", "phase 2").
_LABEL_NOUNS = frozenset(
    "week phase stage round line lot batch unit item article chapter paragraph annex page".split()
)

# The label nouns a number word follows as a label ("phase two"; not "this week three were
# handed over", "last week two arrived")
_WORD_LABEL_NOUNS = frozenset("phase stage lot package tranche".split())

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

# A spelled-out range: "two to four days", "between ten and fifteen" (the second end).
_WORD_RANGE = re.compile(
    r"(?i)(?P<sep>\s+to\s+|\s+and\s+|\s+or\s+(?=\w+\s+(?:years|months|weeks|days|hours)\b))"
    r"(?P<word>" + _CARDINAL_WORD + r"|\d{1,3})\b(?![-.,]?\d)(?!-)"
)  # "two to four days", "once every two or three years", "six to 10 weeks"

# A fraction written in words, read as a percentage: "a third" (of, or before a stop), "one
# quarter of", "two thirds", "three-quarters of"; "half" after a hedge ("more than half") or
# opening a sentence before "of" (checked in the reader). Not ordinals ("a third party", "the
# third meeting") nor calendar quarters ("the first three quarters of 2024"). A comparison is
# a fraction too ("a fifth below", "a third faster"), and so is a share of work done ("more than
# half done", "a third complete").
_FRACTION_WORDS = {
    "half": 2,
    "third": 3,
    "quarter": 4,
    "fifth": 5,
    "sixth": 6,
    "eighth": 8,
    "tenth": 10,
}
# A share of work done or space taken: "more than half done", "a third complete", "half full".
_DONE = r"done|complete|completed|finished|built|paved|laid|full|occupied"
_FRACTION = (
    r"\b(?:(?:a|one)[\s-](?:half|third|quarter|fifth|sixth|eighth|tenth)"
    r"(?=\s+of\b|\s*[,.;:)]|\s*$|\s+(?:and|or|in|since|from|over|on|between|to|than|when|once"
    r"|after|if)\b"
    r"|\s+(?:below|above|under|less|more|fewer|lower|higher|cheaper|dearer|faster|slower"
    r"|shorter|longer|smaller|larger|bigger|greater|quicker|" + _DONE + r")\b"
    r"|(?:(?<=\bby a third)|(?<=\bby a quarter)|(?<=\bby a fifth))"
    r"\s+(?:last|this|compared|year-on-year)\b"
    r"|\s+(?:last|this)\s+(?:year|month|quarter|week)\b)"
    r"|(?<!first )(?<!last )(?<!past )(?<!next )(?<!the )"
    r"(?:two|three|four|five|seven|nine)[\s-](?:thirds|quarters|fifths|eighths|tenths)\b"
    r"(?!\s+of\s+(?:\d|the\s+year|this\s+year|last\s+year))"
    r"|(?:(?<=\bby )|(?<=\bby more than )|(?<=\bby nearly )|(?<=\bby almost )|(?<=\bby about )"
    r"|(?<=\bby roughly )|(?<=\bby over )|(?<=\bby around ))half\b(?!\s+past\b|-)"
    r"|half(?=\s+of\b|\s*[,.;:)]|\s*$"
    r"|\s+(?:" + _DONE + r")\b"
    # "roughly half the time needed by sea"
    r"|\s+the\s+(?:time|cost|price|distance|size|number|amount|level|rate|length|fare|volume)\b)"
    # "nine in ten", "three out of four": a share
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:ten|four|five)\b"
    # a share of the amount just named: "EUR 500 million, of which a quarter is earmarked"
    # ... or after a hedge: "by at least a third during the coming three years", "of whom at
    # least a quarter will be women"
    r"|(?:(?<=\bof which )|(?<=\bof them )|(?<=\bof whom )|(?<=\bat least )|(?<=\bmore than )"
    r"|(?<=\bnearly )|(?<=\balmost )|(?<=\bup to )|(?<=\broughly ))(?:a|one)[\s-](?:half|third"
    r"|quarter|fifth|sixth|eighth|tenth)\b"
    # (a verb, a preposition of time or a stop after it: not "of which a third party handles")
    r"(?=\s+(?:is|are|was|were|will|would|has|have|had|goes|went|comes|came|must|should|can"
    r"|could|may|during|within|by|over|in)\b|\s*[,.;:)])"
    r")"
)

# The letters before a dollar sign ("US$", "HK$", "Mex$"); a dollar is looked for only where a
# sign stands within as many letters (most words are not tried against the list).
_DOLLARS = "US HK AU A CA C S NZ NT R Mex J FJ TT SI N B G".split()
_CURRENCY_PREFIX = (
    rf"(?=[A-Za-z]{{0,{max(map(len, _DOLLARS))}}}\$)"
    r"(?:(?:" + "|".join(_DOLLARS) + r")\$|\$)(?:\s(?=\d))?"
    r"|[\u00a5\uffe5\u20ac\u00a3\u20b9\u20a9\u20bd\u20a6\u20ab\u0e3f\u20ba](?:\s(?=\d))?"
    r"|(?<![A-Za-z])(?:USD\s?|RMB\s?|CNY\s?)"
    # a code glued to its number only before a scale: "EUR800 million", not "the COP28 summit"
    r"|(?<![A-Za-z])"
    + guarded(
        r"(?-i:(?:"
        + "|".join(CURRENCIES)
        + r"|Rs\.?|Rp|RM|KSh|TSh|TShs|Tsh|USh|UShs|Ush|Tk|QR|KD|Nu\.|Bs)"
        r"(?:\s|(?=[\d.,]+\s?(?:million|billion|trillion|bn|m|crore|lakh)\b)))",
        re.IGNORECASE,
    )
)

# All the places a number can begin. Order matters: specials before plain words.
# A number can only begin at a digit, a currency sign or the start of a word: the lookahead
# skips every other position before the alternatives (about 70 of them) are tried.
_CORE = re.compile(
    r"(?=\d|[$\u00a5\uffe5\u20ac\u00a3\u20b9\u20a9\u20bd\u20a6\u20ab\u0e3f\u20ba]|\b[A-Za-z])"
    r"(?:(?P<digits>(?P<cur>" + _CURRENCY_PREFIX + r")?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<ord>st|nd|rd|th)?)"
    # (the words' alternatives are tried only at a letter one of them begins with)
    r"|"
    + guarded(
        r"(?P<vague>\b(?:tens|hundreds)\s+of\s+(?:thousands|millions)\b"
        r"|\b(?:hundreds|thousands|millions|billions|dozens)(?=\s+of\b))"
        r"|(?P<fraction>" + _FRACTION + r")"
        r"|(?P<once>\bonce\s+(?:a|per)\s+(?:year|month|week|day)\b)"
        r"|(?P<aperiod>\ban?\s+(?:year|month|week|day|decade|hour)\b)"
        r"|(?P<special>\b(?:twice|thrice|a\s+dozen|(?<=\banother\s)dozen|a\s+couple\s+of|a\s+(?:hundred|thousand)|half\s+a\s+dozen"
        r"|half\s+a\s+(?:million|billion|trillion)"
        r"|(?:doubl|tripl|trebl|quadrupl)(?:ed|es|ing|e)|(?:two|three|four|five|six|seven|eight|nine|ten)fold)\b)"
        r"|(?P<word>\b"
        + _CARDINAL_WORD
        + r"(?:\s+(?:hundred|thousand|million|billion|trillion)){0,2}\b)"
        r"|(?P<ordinal>\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b)",
        re.IGNORECASE,
    )
    + ")",
    re.IGNORECASE,
)

_SCALE_AFTER = re.compile(
    # ("a 2.4-billion-ringgit project": hyphens join an amount used as an adjective)
    r"(?:(?:\s+|-)(?P<word>trillion|billion|million|thousand|crore|lakh)\b"
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
    (
        re.compile(
            r"(?i)[\s-]?(?:square|sq\.?)[\s-]+(?:kilometres?|kilometers?|km)\b|\s?(?:km2|km\u00b2)"
        ),
        "square_km",
    ),
    (re.compile(r"(?i)[\s-]?(?:kilometres?|kilometers?)\b|[\s-]?km\b"), "km"),
    (re.compile(r"(?i)[\s-]?hectares?\b|\s?ha\b"), "hectares"),
    (re.compile(r"(?i)[\s-]?(?:kilowatt[\s-]hours?|kwh)\b"), "kWh"),
    (re.compile(r"[\s-]?(?:[Mm]egawatt[\s-]hours?|MWh)\b"), "MWh"),
    (re.compile(r"[\s-]?(?:[Gg]igawatt[\s-]hours?|GWh)\b"), "GWh"),
    (re.compile(r"[\s-]?(?:[Tt]erawatt[\s-]hours?|TWh)\b"), "TWh"),
    (re.compile(r"[\s-]?(?:[Mm]egawatts?|MW)\b"), "MW"),
    (re.compile(r"[\s-]?(?:[Gg]igawatts?|GW)\b"), "GW"),
    (re.compile(r"[\s-]?(?:[Kk]ilovolts?|kV)\b"), "kV"),
    (
        re.compile(r"(?i)[\s-]?(?:cubic[\s-]+met(?:re|er)s?)\b|\s?(?:m3|m\u00b3|cu\.?\s?m)\b"),
        "cubic_metres",
    ),
    (re.compile(r"(?i)\s?bcm\b"), "bcm"),
    (
        re.compile(
            r"(?i)(?:\s?|-)(?:metric\s+tons|(?:deadweight\s+)?(?:tonnes|tonne|tons|ton)|dwt)\b"
        ),
        "tonnes",
    ),
    (
        # "a 1.1 billion dollar scheme", "a 2-billion-dollar plant": the amount as an adjective
        re.compile(
            r"(?i)\s+(?:U\.?S\.?\s+|American\s+)?dollars\b|\s+USD\b|(?<=illion)[\s-]dollar\b"
        ),
        "USD",
    ),
    (re.compile(r"(?i)\s+(?:yuan|renminbi|RMB|CNY)\b"), "RMB"),
    (re.compile(r"(?i)\s+times\b"), "times"),
    (
        re.compile(
            r"(?i)(?:\s+consecutive)?\s+(?:years?|decades?|centuries|century|millennia|millennium)\b"
            r"|-year\b"
        ),
        "years",
    ),
    (re.compile(r"(?i)(?:\s+consecutive)?\s+months?\b|-month\b"), "months"),
    (re.compile(r"(?i)(?:\s+(?:consecutive|working|business|calendar))?\s+days?\b|-day\b"), "days"),
    (re.compile(r"(?i)(?:\s+consecutive)?\s+weeks?\b|-week\b"), "weeks"),
    # ("topped 2 million working hours", "500,000 man-hours")
    (
        re.compile(r"(?i)\s+(?:(?:working|work|man|person|labou?r)[\s-])?hours?\b|-hour\b"),
        "hours",
    ),
    # A number joined to the things it counts makes an adjective that still counts them: "a
    # four-lane road", "the 18-station line", "a two-berth terminal" (4, 18, 2; unit count).
    (
        re.compile(
            r"-(?:lane|station|berth|storey|story|span|runway|platform|gate|turbine|deck"
            r"|carriage|tower|stop)\b"
        ),
        "count",
    ),
]
# Currency names that several countries share: a bare name takes its default code (the one in
# _CURRENCY_NAMES), unless the context names one country whose currency has that name
# (document.extract_claims): "In Nepal, ... 180 billion rupees" is NPR.
SHARED_CURRENCY_NAMES: dict[str, dict[str, str]] = {
    "rupee": {"IND": "INR", "PAK": "PKR", "LKA": "LKR", "NPL": "NPR", "MUS": "MUR"},
    "shilling": {"KEN": "KES", "TZA": "TZS", "UGA": "UGX", "SOM": "SOS"},
    "peso": {
        "MEX": "MXN",
        "PHL": "PHP",
        "COL": "COP",
        "CHL": "CLP",
        "ARG": "ARS",
        "DOM": "DOP",
        "URY": "UYU",
    },
    "dirham": {"ARE": "AED", "MAR": "MAD"},
    "rial": {"SAU": "SAR", "QAT": "QAR", "OMN": "OMR", "IRN": "IRR", "YEM": "YER"},
    "riyal": {"SAU": "SAR", "QAT": "QAR", "OMN": "OMR", "IRN": "IRR", "YEM": "YER"},
    "som": {"KGZ": "KGS", "UZB": "UZS"},
    "kwacha": {"ZMB": "ZMW", "MWI": "MWK"},
    "lei": {"ROU": "RON", "MDA": "MDL"},
    "leu": {"ROU": "RON", "MDA": "MDL"},
    "dinar": {
        "IRQ": "IQD",
        "JOR": "JOD",
        "DZA": "DZD",
        "TUN": "TND",
        "LBY": "LYD",
        "KWT": "KWD",
        "BHR": "BHD",
        "SRB": "RSD",
    },
    # the two CFA francs: West African (XOF) and Central African (XAF)
    "CFA franc": {
        **dict.fromkeys(("BEN", "BFA", "CIV", "GNB", "MLI", "NER", "SEN", "TGO"), "XOF"),
        **dict.fromkeys(("CMR", "CAF", "TCD", "COG", "GNQ", "GAB"), "XAF"),
    },
}
_SHARED_NAME = re.compile(
    r"\b(" + "|".join(SHARED_CURRENCY_NAMES) + r")s?(?:\s+(?:or|and)\s+[a-z]+)?$"
)  # "58 billion rupees or so"


def shared_currency_name(q: Quantity) -> str:
    """The shared currency name a quantity's unit was read from, written bare ("180 billion
    rupees", not "Nepalese rupees"); "" otherwise."""
    if re.search(r"\bRs\.?\s?\d", q.mention):
        return "rupee"  # "Rs 40 billion": a rupee sign, its country read from the context
    m = _SHARED_NAME.search(q.mention)
    before = q.mention[: m.start()].split() if m else []
    if not m or (before and before[-1][:1].isupper()):
        return ""
    return m.group(1)


# Currency names after the number ("5 billion euros", "40 billion JPY"), most specific first.
_CURRENCY_NAMES: list[tuple[str, str]] = [
    (r"Hong\s+Kong\s+dollars?", "HKD"),
    (r"Australian\s+dollars?", "AUD"),
    (r"Canadian\s+dollars?", "CAD"),
    (r"Singapore(?:an)?\s+dollars?", "SGD"),
    (r"New\s+Zealand\s+dollars?", "NZD"),
    (r"(?:New\s+)?Taiwan\s+dollars?", "TWD"),
    (r"euros?", "EUR"),
    (r"(?:Japanese\s+)?yen", "JPY"),
    (r"(?:British\s+)?pounds(?:\s+sterling)?|sterling", "GBP"),
    (r"Pakistani\s+rupees?", "PKR"),
    (r"Sri\s+Lankan\s+rupees?", "LKR"),
    (r"Nepal(?:ese|i)\s+rupees?", "NPR"),
    (r"(?:Indian\s+)?rupees?", "INR"),
    (r"Indonesian\s+rupiah|rupiah", "IDR"),
    (r"(?:South\s+African\s+)?rand", "ZAR"),
    (r"(?:Malaysian\s+)?ringgit", "MYR"),
    (r"(?:Thai\s+)?baht", "THB"),
    (r"Belarusian\s+(?:roubles?|rubles?)", "BYN"),
    (r"(?:Russian\s+)?(?:roubles?|rubles?)", "RUB"),
    (r"(?:South\s+)?Korean\s+won|won", "KRW"),
    (r"(?:Nigerian\s+)?naira", "NGN"),
    (r"Tanzanian\s+shillings?", "TZS"),
    (r"Ugandan\s+shillings?", "UGX"),
    (r"(?:Kenyan\s+)?shillings?", "KES"),
    (r"(?:Kazakh(?:stani)?\s+)?tenge", "KZT"),
    (r"(?:Vietnamese\s+)?dong", "VND"),
    (r"CFA\s+francs?", "XOF"),
    (r"Guinean\s+francs?", "GNF"),
    (r"(?:Swiss\s+)?francs?", "CHF"),
    (r"Moroccan\s+dirhams?", "MAD"),
    (r"(?:UAE\s+|Emirati\s+)?dirhams?", "AED"),
    (r"Omani\s+riy?als?", "OMR"),
    (r"Qatari\s+riy?als?", "QAR"),
    (r"Iranian\s+riy?als?", "IRR"),
    (r"Yemeni\s+riy?als?", "YER"),
    (r"(?:Saudi\s+)?riy?als?", "SAR"),
    (r"Philippine\s+pesos?", "PHP"),
    (r"Colombian\s+pesos?", "COP"),
    (r"Chilean\s+pesos?", "CLP"),
    (r"Argentin(?:e|ian)\s+pesos?", "ARS"),
    (r"Dominican\s+pesos?", "DOP"),
    (r"Uruguayan\s+pesos?", "UYU"),
    (r"(?:Mexican\s+)?pesos?", "MXN"),
    (r"Algerian\s+dinars?", "DZD"),
    (r"Tunisian\s+dinars?", "TND"),
    (r"Libyan\s+dinars?", "LYD"),
    (r"Jordanian\s+dinars?", "JOD"),
    (r"Iraqi\s+dinars?", "IQD"),
    (r"Kuwaiti\s+dinars?", "KWD"),
    (r"Bahraini\s+dinars?", "BHD"),
    (r"Serbian\s+dinars?", "RSD"),
    (r"dinars?", "IQD"),  # bare: the country in context, else the Iraqi dinar
    (r"(?:Macedonian\s+)?denars?", "MKD"),
    (r"(?:Hungarian\s+)?forints?", "HUF"),
    (r"(?:Czech\s+)?korun(?:a|y)", "CZK"),
    (r"Danish\s+kron(?:e|er)", "DKK"),
    (r"Norwegian\s+kron(?:e|er)", "NOK"),
    (r"(?:Swedish\s+)?kron(?:a|or)", "SEK"),
    (r"(?:Polish\s+)?(?:zlotys?|zloty|złoty|złotys|złote)", "PLN"),
    (r"(?:Romanian\s+)?(?:lei|leu)", "RON"),
    (r"(?:Bulgarian\s+)?(?:leva|lev)", "BGN"),
    (r"(?:Georgian\s+)?lari", "GEL"),
    (r"(?:Armenian\s+)?drams?", "AMD"),
    (r"Turkmen\s+manats?", "TMT"),
    (r"(?:Azerbaijani\s+)?manats?", "AZN"),
    (r"(?:Tajik\s+)?somoni", "TJS"),
    (r"(?:Ukrainian\s+)?(?:hryvnias?|hryvnia)", "UAH"),
    (r"(?:Albanian\s+)?leks?", "ALL"),
    (r"(?:Bosnian\s+)?convertible\s+marks?", "BAM"),
    (r"(?:Afghan\s+)?afghanis?", "AFN"),
    (r"(?:Maldivian\s+)?rufiyaa", "MVR"),
    (r"(?:Tongan\s+)?pa['’]anga", "TOP"),
    (r"(?:Papua\s+New\s+Guinea\s+)?kina", "PGK"),
    (r"(?:Vanuatu\s+)?vatu", "VUV"),
    (r"(?:Samoan\s+)?tala", "WST"),
    (r"Fiji(?:an)?\s+dollars?", "FJD"),
    (r"Brunei\s+dollars?", "BND"),
    (r"Guyan(?:ese|a)\s+dollars?", "GYD"),
    (r"Moldovan\s+(?:lei|leu)", "MDL"),
    (r"Jamaican\s+dollars?", "JMD"),
    (r"Trinidad\s+and\s+Tobago\s+dollars?", "TTD"),
    (r"Solomon\s+Islands?\s+dollars?", "SBD"),
    (r"(?:Peruvian\s+)?(?:soles|nuevos\s+soles)", "PEN"),
    (r"(?:Bolivian\s+)?bolivianos?", "BOB"),
    (r"(?:Paraguayan\s+)?guaran[ií](?:es|s)?", "PYG"),
    (r"(?:Costa\s+Rican\s+)?col[oó]n(?:es)?", "CRC"),
    (r"(?:Angolan\s+)?kwanzas?", "AOA"),
    (r"(?:Botswana\s+)?pula", "BWP"),
    (r"(?:Mozambican\s+)?meticais|metical", "MZN"),
    (r"(?:Malagasy\s+)?ariary", "MGA"),
    (r"(?:Sierra\s+Leonean\s+)?leones?", "SLE"),
    (r"(?:Gambian\s+)?dalasis?", "GMD"),
    (r"Rwandan\s+francs?", "RWF"),
    (r"(?:Mauritanian\s+)?ouguiyas?", "MRU"),
    (r"Congolese\s+francs?", "CDF"),
    (r"Djiboutian\s+francs?", "DJF"),
    (r"South\s+Sudanese\s+pounds?", "SSP"),
    (r"Sudanese\s+pounds?", "SDG"),
    (r"Lebanese\s+pounds?", "LBP"),
    (r"Syrian\s+pounds?", "SYP"),
    (r"(?:Israeli\s+)?(?:new\s+)?shekels?", "ILS"),
    (r"(?:Turkish\s+)?lira", "TRY"),
    (r"(?:Ethiopian\s+)?birr", "ETB"),
    (r"Malawian\s+kwacha", "MWK"),
    (r"(?:Zambian\s+)?kwacha", "ZMW"),
    (r"(?:Bhutanese\s+)?ngultrum", "BTN"),
    (r"(?:Guatemalan\s+)?quetzal(?:es|s)?", "GTQ"),
    (r"(?:Honduran\s+)?lempiras?", "HNL"),
    (r"(?:Panamanian\s+)?balboas?", "PAB"),
    (r"(?:Nicaraguan\s+)?c[óo]rdobas?", "NIO"),
    (r"Liberian\s+dollars?", "LRD"),
    (r"(?:Ghanaian\s+)?cedis?", "GHS"),
    (r"(?:Brazilian\s+)?reais|reals?", "BRL"),
    (r"(?:Egyptian\s+)?pounds?", "EGP"),
    (r"(?:Lao\s+)?kip", "LAK"),
    (r"(?:Cambodian\s+)?riels?", "KHR"),
    (r"(?:Myanmar\s+)?kyats?", "MMK"),
    (r"(?:Bangladeshi\s+)?taka", "BDT"),
    (r"(?:Mongolian\s+)?tugriks?", "MNT"),
    (r"Kyrgyz\s+soms?", "KGS"),
    (r"(?:Uzbek\s+)?(?:soums?|so['’]m)|Uzbek\s+soms?", "UZS"),
    (r"soms?", "KGS"),
    ("|".join(CURRENCIES), ""),  # the code itself: "40 billion JPY"
]
_TIMES_AT = next(i for i, (_, unit) in enumerate(_UNIT_AFTER) if unit == "times")
_UNIT_AFTER[_TIMES_AT:_TIMES_AT] = [
    (
        re.compile(
            r"(?:\s+|(?<=illion)-)(?:" + pattern + r")\b", 0 if code == "" else re.IGNORECASE
        ),
        code or "code",
    )
    for pattern, code in _CURRENCY_NAMES
]


def _one_pattern(patterns: list[tuple[re.Pattern[str], str]]) -> re.Pattern[str]:
    """The unit patterns as one alternation, tried in list order: the first that matches wins,
    as when they are tried one by one, in one call (group ``u<i>`` says which)."""
    branches = []
    for i, (pattern, _) in enumerate(patterns):
        body = pattern.pattern.removeprefix("(?i)")
        flags = "i" if pattern.flags & re.IGNORECASE else ""
        branches.append(f"(?P<u{i}>(?{flags}:{body}))" if flags else f"(?P<u{i}>{body})")
    return re.compile("|".join(branches))


_UNITS_ONE = _one_pattern(_UNIT_AFTER)
_UNITS_MEASURE = [(p, u) for p, u in _UNIT_AFTER if u not in ("years", "times")]
_UNITS_MEASURE_ONE = _one_pattern(_UNITS_MEASURE)
# The second end of a range and the words before the first: "between 3 and 5", "15 to 20",
# "3-5", "3–5"; "from 12 to 15" is a change.
_RANGE = re.compile(
    r"(?P<sep>-|\s*\u2013\s*|\s+to\s+|\s+and\s+)"
    r"(?P<cur>" + _CURRENCY_PREFIX + r")?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\d|,\d|\.\d)"
)
_BETWEEN = re.compile(r"(?i)\bbetween\s+$")
# "from 12 to 15" is a change; "ranging from 45 to 180 birr" a range
_FROM = re.compile(r"(?i)(?<!ranging )(?<!range )(?<!ranges )(?<!varying )(?<!vary )\bfrom\s+$")
_EVERY = re.compile(r"(?i)\b(?:once\s+)?every\s+$")
# Factors that bring a unit written one way to the unit of the table (GWh -> kWh).
_CONVERT = {
    "MWh": ("kWh", 1e3),
    "GWh": ("kWh", 1e6),
    "TWh": ("kWh", 1e9),
    "bcm": ("cubic_metres", 1e9),
}
_SPAN_FACTORS = {"decade": 10, "centur": 100, "millenn": 1000}
_CURRENCY = {
    "US$": "USD",
    "$": "USD",
    "USD": "USD",
    "RMB": "RMB",
    "CNY": "RMB",
    "\u00a5": "RMB",
    "\uffe5": "RMB",
    "HK$": "HKD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "S$": "SGD",
    "NZ$": "NZD",
    "NT$": "TWD",
    "R$": "BRL",
    "Mex$": "MXN",
    "J$": "JMD",
    "N$": "NAD",
    "FJ$": "FJD",
    "B$": "BND",  # the Brunei dollar's sign
    "G$": "GYD",  # the Guyanese dollar's
    "TT$": "TTD",
    "SI$": "SBD",
    "\u20ac": "EUR",
    "\u00a3": "GBP",
    "\u20b9": "INR",
    "Rs": "INR",
    "Tk": "BDT",
    "Rs.": "INR",
    "Rp": "IDR",
    "RM": "MYR",
    "KSh": "KES",
    "TSh": "TZS",  # the Tanzanian shilling's sign
    "TShs": "TZS",
    "Tsh": "TZS",
    "USh": "UGX",  # the Ugandan's
    "UShs": "UGX",
    "Ush": "UGX",
    "QR": "QAR",  # "QR 1.1 billion": the Qatari riyal's sign
    "KD": "KWD",  # the Kuwaiti dinar's
    "Nu.": "BTN",
    "Bs": "BOB",  # the boliviano's sign ("Bs 8.2 billion")
    "\u20a9": "KRW",
    "\u20bd": "RUB",
    "\u20a6": "NGN",
    "\u20ab": "VND",
    "\u0e3f": "THB",
    "\u20ba": "TRY",
    **{code: code for code in CURRENCIES},
}
_CURRENCY_UNITS = frozenset(("USD", "RMB", *CURRENCIES))
# Words that state a multiple (unit "times"): "twice", "tripled", "a fourfold increase".
_MULTIPLES = {
    "twice": 2.0,
    "thrice": 3.0,
    "doubled": 2.0,
    "tripled": 3.0,
    "trebled": 3.0,
    "quadrupled": 4.0,
}
# A multiple as a verb in any tense: "doubled", "doubles", "will double", "nearly triple".
_MULTIPLE_VERB = {"doubl": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0}
# The bare form ("double", "triple") is a verb only after an auxiliary or a hedge ("will double",
# "to triple", "nearly double") or before an object or a preposition ("double its funding",
# "double the 2023 amount", "double by 2030"); "double taxation", "a double win" are not multiples.
_MULTIPLE_BARE_BEFORE = frozenset(
    "will would shall should can could may might must to did does do nearly almost roughly about "
    "around than over some just".split()
)
_MULTIPLE_BARE_AFTER = re.compile(
    r"(?i)\s*(?:[,.;:)]|$)|\s+(?:its|their|the|our|his|her|this|that|these|those|by|in|from|to|"
    r"over|since|between|within|again|and|or)\b"
)
# A list item's marker right before a word: "(c) double two-way tourist arrivals": an imperative.
_LIST_MARKER_BEFORE = re.compile(r"(?:^|\n)\s*(?:\(?[a-z0-9]{1,3}[.)]|[-*\u2022])\s+$")
_TARGET_AFTER = re.compile(r"[^.;\n]{0,60}?\bto\s+\S{0,4}\d")
_SUPERLATIVE = re.compile(
    r"(?:\s+|-)(?:largest|biggest|highest|greatest|longest|fastest|busiest|strongest|most\s+[a-z]+)\b"
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

# How far the grammar looks before or after a number (characters): longer than any qualifier,
# unit or word it reads, and constant, so that reading a quantity never rescans its sentence.
WINDOW = 200
_LAST_WORD = re.compile(r"([A-Za-z][\w.'-]*)\s*$")


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
    m = _LAST_WORD.search(text, max(lo, pos - WINDOW), pos)
    return m.group(1) if m else ""


def _is_sentence_start(text: str, pos: int, lo: int) -> bool:
    i = pos
    while i > lo and text[i - 1] in " \"'(\u201c\t\n":
        i -= 1
    if i == lo or text[i - 1] in ".!?:;":
        return True
    # after a dateline's dash: "SUKKUR, Nov. 26 (Xinhua) -- Five years ago"
    return text[max(lo, i - 2) : i] == "--" or text[i - 1] in "\u2014\u2013"


def _is_year(value: float, num: str, has_currency: bool) -> bool:
    return not has_currency and "," not in num and "." not in num and 1800 <= value <= 2100


# How a telephone number runs up to a digit group: a "tel." / "fax" / "phone:" label or a "+86"
# country code, then only digits, spaces, hyphens, dots and brackets (read over the last few
# dozen characters only, so the check stays constant-time).
_PHONE_REACH = 40
_PHONE_BEFORE = re.compile(
    r"(?i)(?:\b(?:tel|fax)\b\.?:?\s*|\b(?:telephone|phone|hotline)(?:\s+(?:number|no\.))?:\s*"
    r"|(?<![\w+])\+\d{1,3}\)?[\s-]+"
    r"|(?<![\w.,+])\(?0\d+\)?[\s-]+)"
    r"(?:\(?\d+\)?[\s.-]+)*\(?$"
)
# A telephone number without a label: a digit group with a leading zero (an area code), then
# further digit groups ("0591-8761 2205", "(010) 6512 3456"); "0.5 percent" has no such group.
_PHONE_LEADING_ZERO = re.compile(r"\)?[\s-]+\(?\d{2,}")


# Characters of the longest number read as an amount ("1,000,000,000,000,000.00" is 24)
_LONGEST_NUMBER = 40


def _skip_digit_number(text: str, m: re.Match[str], lo: int, hi: int) -> bool:
    """True for digit strings that are identifiers, dates or years, not quantities."""
    if len(m.group("num")) > _LONGEST_NUMBER:
        return True  # longer than any amount (a serial, a hash, a pasted table's run of digits)
    start, end = m.start("digits"), m.end("num")
    before = text[max(lo, start - WINDOW) : start]
    after = text[end : min(hi, end + WINDOW)]
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
        # Three digit groups or more joined by hyphens number a line or a document
        # ("400-810-5566"); a range joins two.
        if re.match(r"-\d+-\d", after):
            return True
        # A telephone or fax number: the digit groups after "tel." / "fax" / "phone:" or after a
        # "+86"-style country code ("tel. +86 532 8577 1200") number a line, they count nothing.
        if _PHONE_BEFORE.search(before[-_PHONE_REACH:]):
            return True
        num = m.group("num")
        if (
            re.fullmatch(r"0\d+", num)
            and not re.search(r"[\w.,+]\(?$", before)
            and _PHONE_LEADING_ZERO.match(after)
        ):
            return True
    # Glued letters after the number that are not a unit or scale: 5G, 3D, 4K.
    tail = re.match(r"[A-Za-z]+", after)
    if tail and not m.group("ord"):
        glued = tail.group().lower()
        units_ok = {"km", "kph", "kmh", "t", "bn", "bln", "mn", "mln", "tn", "trn", "pp", "ppt"}
        units_ok |= {"mw", "gw", "kv", "kwh", "mwh", "gwh", "twh", "bcm", "km2", "ha"}
        if not (glued in units_ok or (cur and glued in {"b", "m", "k", "t"})):
            return True
    if m.group("ord"):
        # "71st United Nations General Assembly": a session number, never a quantity.
        after_ord = text[m.end("ord") : min(hi, m.end("ord") + WINDOW)]
        return bool(re.match(r"\s+[A-Z]", after_ord)) or not _rank_context(after_ord, before)
    if not cur and re.match(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock\b|hrs\b)", after):
        return True  # a time of day: "at 3 pm"
    if not cur and (re.match(r":\d\d\b", after) or re.search(r"\b\d{1,2}:$", before)):
        return True  # a clock time: "the 7:15 to Jebba"
    if not cur and _CLOCK_PAST.search(before):
        return True  # "half past 8"
    if _is_year(value, m.group("num"), bool(cur)) and not _has_unit_after(after):
        return True
    # Day of a date: "January 1, 2022", "1 January 2022".
    prev = _previous_word(text, start, lo)
    if prev.lower().rstrip(".") in _MONTHS and value <= 31 and "." not in m.group("num"):
        return True
    nxt = re.match(r"(?:\s*(?:-|\u2013|to)\s*\d{1,2})?\s+([A-Za-z]+)", after)
    if nxt and nxt.group(1).lower() in _MONTHS and value <= 31:
        return True  # "12 September", and the first day of "12-13 September"
    # A label number right after a capitalised word: "Resolution 2344", "Line 2", "Industry 4.0".
    if not cur and prev[:1].isupper() and before.endswith(prev + " ") and "," not in m.group("num"):
        low = prev.lower()
        if (
            low not in _QUALIFIER_WORDS
            and low not in _FUNCTION_WORDS
            and not low.endswith("ing")  # "Costing 58 billion rupees": a verb, no label
            and not _unit_after(text, end, hi)
        ):
            return True
    if not cur and prev.lower().rstrip(".") in ("no", "nos") and prev.endswith("."):
        return True
    # A name ending "of" and a number: "the Group of 77", "Group of 20 capitals" (a word in
    # capitals before "of", and nothing counted after, or a group's name).
    named_of = re.search(r"\b([A-Z][a-z]+) of $", before)
    if (
        not cur
        and named_of
        and named_of.group(1).lower() not in _NOT_NAMES_BEFORE_OF
        and (
            not re.match(r"\s*(?:[a-z]|%|\d)", after) or before.endswith(("Group of ", "Club of "))
        )
        and "," not in m.group("num")
        and "." not in m.group("num")
    ):
        return True
    # A label after a lowercase noun that numbers things: "week 23", "phase 2", "article 5".
    if (
        not cur
        and prev in _LABEL_NOUNS
        and before.endswith(prev + " ")
        and "," not in m.group("num")
    ):
        return not _unit_after(text, end, hi)
    # Enumerators: "(1)" anywhere, "1)" after a colon or semicolon ("targets: 1) build ...").
    if not cur and re.match(r"\)", after) and value < 20:
        return bool(
            re.search(r"\($|[:;]\s*$", before) or (before.strip() == "" and start - lo <= WINDOW)
        )
    return False


def _has_unit_after(after: str) -> bool:
    return bool(_UNITS_MEASURE_ONE.match(after)) or bool(
        _SCALE_AFTER.match(after) and _SCALE_AFTER.match(after).group("word")
    )


def _rank_context(after: str, before: str = "") -> bool:
    """An ordinal is a rank claim ("the third trade channel between China and Europe") unless
    it numbers a thing in a sequence: the noun phrase it opens has a sequence noun in it ("the
    third ministerial meeting", "the first full year"), or a possessive pronoun owns the series
    ("its first container ship", "their second phase"), or it has no noun ("the sixth since
    2019"), or its noun is plural ("the first tenants": the earliest of a group)."""
    if re.match(r"-[a-z]", after) and not _SUPERLATIVE.match(after):  # "first-tier"
        return False
    # ("our second-largest trading partner": a superlative ranks whoever owns it)
    if _POSSESSIVE_BEFORE.search(before) and not _SUPERLATIVE.match(after):
        return False
    if _NAME_POSSESSIVE_BEFORE.search(before) and not _SUPERLATIVE.match(after):
        return False  # "Tanzania's first highway built under ...": a milestone, no rank
    if _ADVERB_BEFORE.search(before):
        return False  # "I will first brief you", "was first built": an adverb before a verb
    phrase = _NOUN_PHRASE.match(after)
    words = phrase.group().lower().split() if phrase else []
    if words and words[0] in _PHRASE_STOPS:
        return False  # "the sixth since 2019": no noun, nothing ranked
    if _PART_OF_A_NAME.match(after):
        return False  # "the first production hall of the ... Park": a part of a named whole
    if (
        words
        and (words[0] in _PAST_VERBS or re.fullmatch(r"[a-z]{3,}ed", words[0]))
        and not re.search(r"(?i)(?:\bthe|\ban?|'s|\u2019s)\s+$", before)
    ):
        return False  # "since the Forum first met", "when it first opened": an adverb
    for word in words:
        if word in _PHRASE_STOPS:
            break
        if word in _SEQUENCE_NOUNS or word.rstrip("s") in _SEQUENCE_NOUNS:
            return False
        if _PLURAL.fullmatch(word):
            return False  # "the first tenants": the earliest of a group, no rank of one thing
    return True


# Words after which an ordinal is an adverb of the verb that follows, not a rank: a subject
# pronoun, a modal, "to", an auxiliary ("we first met", "will first brief", "to first
# visit", "was first built", "had first proposed").
_ADVERB_BEFORE = re.compile(
    r"(?i)\b(?:I|we|you|he|she|they|will|would|shall|should|can|could|may|might|must|to|was"
    r"|were|has|have|had|did|do|does|been|than|when|as|once)\s+$"
    # "a second line", "a third party": another one, no rank
    r"|\b[Aa]n?\s+$"
)


# A plural noun in an ordinal's noun phrase: "tenants", "trains", "companies" (not "ss", "us",
# "is": "business", "bonus", "basis"), three letters or more before the "s".
_PLURAL = re.compile(r"[a-z-]{3,}(?<![su'])s")


def _late_qualifier(words: str) -> str:
    """The qualifier of a hedge written after the unit: "or more" lower, "or less" upper."""
    low = words.lower()
    if low.endswith(("more", "above")):
        return "lower"
    if low.endswith(("less", "fewer", "under", "below")):
        return "upper"
    return "approx"


_ARTICLE_BEFORE = re.compile(r"\ban?\s+$")
_FOLD = re.compile(r"\w+fold\b")
# "an estimated cost of", "an estimated total investment of": a hedge with its noun
_ESTIMATED_NOUN_OF = re.compile(r"(?i)\b(an\s+estimated(?:\s+[a-z]+){1,2}\s+of)\s+$")


def _qualifier_before(text: str, start: int, lo: int) -> tuple[int, str, str]:
    """(new start, qualifier, words) for a qualifier written right before the number."""
    m = _QUALIFIER_BEFORE.search(text, max(lo, start - WINDOW), start)
    if not m or m.end() != start:
        if _FOLD.match(text, start, start + 20):
            a = _ARTICLE_BEFORE.search(text, max(lo, start - 4), start)
            if a:  # "roughly a threefold increase": the hedge before the article
                new_start, qual, words = _qualifier_before(text, a.start(), lo)
                if qual != "exact":
                    return new_start, qual, words
        est = _ESTIMATED_NOUN_OF.search(text, max(lo, start - WINDOW), start)
        if est:  # "at an estimated cost of 1.8 billion": the estimate hedges the number
            return est.start(1), "approx", est.group(1)
        return start, "exact", ""
    words = m.group(1)
    if words.lower() in ("top", "pass") and (
        _is_sentence_start(text, m.start(1), lo)
        or _previous_word(text, m.start(1), lo).lower() in _NOT_BEFORE_VERB_TOP
    ):
        return start, "exact", ""  # "the top 10 exporters", "Top 5 ports": a rank, no hedge
    if words.lower() == "past" and (
        _is_sentence_start(text, m.start(1), lo)
        or _previous_word(text, m.start(1), lo).lower() in _NOT_BEFORE_VERB_TOP | _PAST_AS_TIME
    ):
        return start, "exact", ""  # "the past 5 years", "over past decades": a time, no hedge
    if (
        words.lower() == "passed"
        and _previous_word(text, m.start(1), lo).lower() not in _PERFECT_AUX
        and not _MEASURED_AFTER.match(text, start)
    ):
        return start, "exact", ""  # "parliament passed 12 laws": a count, no hedge
    return m.start(1), _QUALIFIER_WORDS[words.lower()], words


def _unit_after(text: str, pos: int, hi: int) -> tuple[str, int] | None:
    m = _UNITS_ONE.match(text, pos, hi)
    if m is None:
        return None
    return _UNIT_AFTER[int(str(m.lastgroup)[1:])][1], m.end()


# ---------------------------------------------------------------- the scanner


def find_quantities(text: str, lo: int = 0, hi: int | None = None) -> list[Quantity]:
    """Every quantity mention in text[lo:hi] (one sentence, ideally), in order."""
    hi = len(text) if hi is None else hi
    found: list[Quantity] = []
    pos = lo
    marker = _LIST_MARKER.match(text, lo, hi)
    if marker and _at_line_start(text, lo):
        pos = marker.end()  # "1) build 12 ...", "2. Central Asia": the item's marker
    while True:
        m = _CORE.search(text, pos, hi)
        if not m:
            break
        q = _read(text, m, lo, hi)
        if q is None:
            pos = m.end()
            continue
        if (q.unit in _CALENDAR_UNITS or _QUARTERS.match(text, q.end, hi)) and _THE_FIRST.search(
            text, max(lo, q.start - 12), q.start
        ):
            pos = q.end  # "in the first eight months of this year": a period, as "the first half"
            continue
        if found and q.unit == "count" and _BARE_TAIL.fullmatch(text, q.number_end, q.end):
            q = _unit_from_the_start(text, found[-1], q, lo, hi)
        if (
            found
            and _is_bare(found[-1])
            and _PART_OF.fullmatch(text, found[-1].end, q.start)
            and not _MEASURE_OF_EACH.match(text, q.end, hi)
        ):
            found[-1] = _unit_of_the_whole(found[-1], q)
        if (
            q.qualifier_text.lower() == "over"
            and q.unit in _EXTENT_UNITS
            and _SPREAD_BEFORE.search(text, max(lo, q.start - 60), q.start)
            and not _OF_AFTER.match(text, q.end, hi)
        ):
            q = _unhedged(text, q)  # "developed over 1,200 hectares", "rebuilt over 30 months"
        if (
            found
            and q.qualifier_text.lower().endswith(" than")
            and q.unit != "times"  # "US$5 billion more than doubled": a hedged multiple
            and _adjoins(text, found[-1], q)
        ):
            q = _unhedged(text, q)  # "19 points more than five years earlier": a comparison
        found.append(q)
        pos = q.end
    return found


# "over" after a participle of building or spreading is a preposition of extent: "is being
# developed over 1,200 hectares", "rebuilt by a Chinese contractor over 30 months"
# (not an object: "built or upgraded over 4,000 km of roads" is more than 4,000)
_EXTENT_UNITS = frozenset({"hectares", "square_km", "months", "years", "weeks", "days"})
_SPREAD_BEFORE = re.compile(
    r"\b(?:developed|built|rebuilt|constructed|spread|laid out|sprawled|sprawling|stretching"
    r"|completed|renovated)(?: by (?:an? |the )?(?:[\w-]+ ){0,3}?[\w-]+)?\s+$"
)  # ("run by a Chinese state firm for over 20 years": more than 20)
_OF_AFTER = re.compile(r"\s+of\b")
_TO_BEFORE = re.compile(r"\bto\s+$")
_THEN_FROM = re.compile(r",?\s+from\s+")
# "from six hours by road to about two and a half", "by roughly ten days, to about 23"
_FROM_TO = re.compile(r",?\s+(?:(?:by|via|on|at) [a-z]+\s+)?to\s+")
_FROM_OR_BY = re.compile(r"(?i)\b(?:from|by)\s+$")
_RATES = ("percent", "percentage_points")
_AFTER_COMPARED = re.compile(r"\s*(?:[.;,!?]|$)|\s+(?:in|on|at|by|last|this|a|per|before)\b")
# "in roughly 11 days, compared with about 20 in 2021", "in two hours rather than six"
_COMPARED = re.compile(
    r",?\s+(?:compared\s+(?:with|to)|rather\s+than|instead\s+of|down\s+from|up\s+from"
    r"|against)\s+"
    # "rather than the current 30 or so"
    r"(?:the\s+(?:current|present|previous|usual|former|old|earlier|existing)\s+)?"
)
# "took nine hours takes about four": one verb between the first quantity and a bare second
# number that ends its clause (a change told by two tenses)
_ONE_VERB = re.compile(r"(?:\s+(?:by|on|in)\s+[a-z]+)?,?\s+[a-z]+s\s+")  # "by bus, takes"
_CLAUSE_END = re.compile(r"\s*(?:[.;!?]|$)")
# "some 210 of its 265 kilometres": a part of a whole, the part written bare
_PART_OF = re.compile(
    r"\s+of\s+(?:its|their|the|his|her|our|a total of)(?:\s+[a-z-]+['’]s)?"
    r"(?:\s+(?:planned|total|entire|projected|proposed|whole|designed))?\s+"
)  # "around 62 of the highway's 115 kilometres"


# "the first eight months", "the first three quarters": a stretch of the calendar, no claim
_THE_FIRST = re.compile(r"(?i)\bthe\s+first\s+$")
_CALENDAR_UNITS = frozenset({"days", "weeks", "months", "years"})
_QUARTERS = re.compile(r"\s+quarters\b")


# What may follow a number that is still written bare: nothing, or a late hedge ("30 or so")
_BARE_TAIL = re.compile(r"(?:\s+or\s+(?:so|more|less|thereabouts))?")


# "all six of its 100 MW units": the measure of each unit, no whole the six are part of
_MEASURE_OF_EACH = re.compile(
    r"\s+(?!(?:is|was|has|does|as|its|this|thus|plus|less|unless|across|always|perhaps)\b)"
    r"[a-z]{2,}s\b"
)


def _is_bare(q: Quantity) -> bool:
    return q.unit == "count" and q.end == q.number_end


def _unit_from_the_start(text: str, first: Quantity, q: Quantity, lo: int, hi: int) -> Quantity:
    """ "from five hours to two", "once took nine hours takes about four": the second number
    of a change, written bare, is in the unit of the first (not for money, whose scale would be
    guessed too)."""
    if first.unit in ("count", "rank", "times", *_CURRENCY_UNITS):
        return q
    by = _FROM_OR_BY.search(text, max(lo, first.start - 12), first.start)
    if (
        by
        and _FROM_TO.fullmatch(text, first.end, q.start)
        # "rose by 28 percent to about 41,000": a rate's change, the target in its own unit
        and not (by.group().lower().startswith("by") and first.unit in _RATES)
    ):
        return replace(q, unit=first.unit)
    if _COMPARED.fullmatch(text, first.end, q.start) and _AFTER_COMPARED.match(text, q.end, hi):
        return replace(q, unit=first.unit)  # "in two hours rather than six"
    if _TO_BEFORE.search(text, max(lo, first.start - 5), first.start) and _THEN_FROM.fullmatch(
        text, first.end, q.start
    ):
        return replace(q, unit=first.unit)  # "to 500,000 TEU, from about 300,000 previously"
    if _ONE_VERB.fullmatch(text, first.end, q.start) and _CLAUSE_END.match(text, q.end, hi):
        return replace(q, unit=first.unit)
    if (
        _JUST_A_COMMA.fullmatch(text, first.end, q.start)
        and _OF_THEM.match(text, q.end, hi)
        and first.unit not in ("percent", "percentage_points", "kWh", "cubic_metres")
    ):
        return replace(q, unit=first.unit)  # "about 60 km, 38 of them on Georgian territory"
    return q


_JUST_A_COMMA = re.compile(r",\s*")
_OF_THEM = re.compile(r"\s+of\s+(?:them|which|these)\b")


def _unit_of_the_whole(part: Quantity, whole: Quantity) -> Quantity:
    """ "some 210 of its 265 kilometres": a bare part takes the unit of its whole (a physical
    unit only: a count stays a count, and money's scale would be guessed)."""
    if whole.unit in ("count", "rank", "times", "percent", *_CURRENCY_UNITS):
        return part
    return replace(part, unit=whole.unit)


def _at_line_start(text: str, pos: int) -> bool:
    """Only blanks between the previous line break (or the text's start) and pos (looking back
    a few characters at most, so the check stays constant-time)."""
    i = pos - 1
    while i >= 0 and pos - i <= 40 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n"


_ONCE_UNITS = {"year": "years", "month": "months", "week": "weeks", "day": "days"}
# "a month", "a decade" counted only when hedged ("more than a month", "nearly a decade"); bare,
# "a year" is a rate ("4 million tonnes a year") or a time ("a year later").
_PERIODS = {**_ONCE_UNITS, "hour": "hours", "decade": "years"}
_AND_A_HALF = re.compile(r"(?i)\s+and\s+a\s+half\b")
_PARTICIPLE_BEFORE = re.compile(r"\b[a-z]{3,}ed\s+$")
_PERIOD_AS_TIME = re.compile(r"\s+(?:earlier|ago|later|before|after|back|previously|on)\b")
# "22 percent more than a year ...": the hedge compares the amount before it
_COMPARED_BEFORE = re.compile(r"(?i)(?:\d|percent|%|times|points?)\s+$")


def _read(text: str, m: re.Match[str], lo: int, hi: int) -> Quantity | None:
    kind = m.lastgroup if m.group("digits") is None else "digits"
    if kind == "digits":
        return _read_digits(text, m, lo, hi)
    if kind == "ordinal":
        return _read_ordinal(text, m, lo, hi)
    if kind == "once":
        # "once a year": a frequency read as its interval, 1 year (as "once every three years")
        start, end = m.span("once")
        unit = _ONCE_UNITS[m.group("once").split()[-1].lower()]
        return _finish(text, start, start, end, end, 1.0, unit, "exact", "", "core")
    if kind == "aperiod":
        start, end = m.span("aperiod")
        new_start, qual, qtext = _qualifier_before(text, start, lo)
        if (
            qual == "exact"
            or qtext.lower() in ("top", "pass", "passed", "some", "estimated")
            or _PERIOD_AS_TIME.match(text, end, hi)  # "than a year earlier": a time
            or _COMPARED_BEFORE.search(text, max(lo, new_start - 20), new_start)
        ):
            return None
        word = m.group("aperiod").split()[-1].lower()
        value = 10.0 if word == "decade" else 1.0
        half = _AND_A_HALF.match(text, end, hi)
        if half:  # "roughly an hour and a half"
            value, end = value * 1.5, half.end()
        return _finish(text, new_start, start, end, end, value, _PERIODS[word], qual, qtext, "word")
    return _read_words(text, m, kind, lo, hi)


def _adjoins(text: str, before: Quantity, q: Quantity) -> bool:
    """Only spaces between a quantity and the next one's qualifier ('3 points more than 5')."""
    gap = text[before.end : q.start]
    return gap != "" and gap.isspace()


def _unhedged(text: str, q: Quantity) -> Quantity:
    """q without the qualifier written before it: the words compare the quantity before with
    this one ('X more than five years earlier'), they do not hedge this one."""
    return replace(
        q,
        start=q.number_start,
        mention=text[q.number_start : q.end],
        qualifier="exact",
        qualifier_text="",
        value_low=q.value,
        value_high=q.value,
    )


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
    if (
        qualifier_text.lower() == "over"
        and not _FOR_BEFORE.search(text, max(0, start - 5), start)
        and (
            unit == "years"
            or (
                unit in ("months", "weeks", "days", "hours")
                and _PARTICIPLE_BEFORE.search(text, max(0, start - 30), start)
            )
        )
    ):
        # "over two decades", "data collected over 18 months": a span, not a hedge
        start, qualifier, qualifier_text = num_start, "exact", ""
    elif qualifier_text.lower() == "over" and (
        _EXTENT_BEFORE.search(text, max(0, start - 20), start) or _STAGES_AFTER.match(text, end)
    ):
        start, qualifier, qualifier_text = num_start, "exact", ""  # "spread over 30 km2"
    if unit in ("years", "months", "weeks", "days", "hours") and qualifier == "exact":
        every = _EVERY.search(text, max(0, start - 12), start)
        if every:  # "once every three years": a frequency, read as its interval
            start = every.start()
            hedge = _QUALIFIER_BEFORE.search(text, max(0, start - 40), start)
            if hedge and _QUALIFIER_WORDS.get(hedge.group(1).lower()) == "approx":
                start, qualifier, qualifier_text = hedge.start(1), "approx", hedge.group(1)
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
    factor, end = _scale_at(text, end, hi, bool(cur))
    if factor:
        value = parse_number(m.group("num"), factor)
    ranged = _range_after(text, m, factor, end, lo, hi, unit)
    if ranged is not None:
        return ranged
    num_end = end
    start, qual, qtext = _qualifier_before(text, num_start, lo)
    trailing = _QUALIFIER_AFTER.match(text, end, hi)
    if trailing:
        end = trailing.end()
        if qual == "exact":
            word = trailing.group(1).strip().lower()
            # "-odd" is "a few more than" ("3,000-odd projects"): a lower bound, like "-plus"
            qual = "approx" if word == "or so" or word.endswith(" so") else "lower"
            qtext = trailing.group(1).strip()
    found = _unit_after(text, end, hi)
    if found:
        u, uend = found
        if unit is None or u in _CURRENCY_UNITS:
            value, unit = _in_unit(value, u, text[end:uend])
            end = uend
            late = _QUALIFIER_AFTER_UNIT.match(text, end, hi) if qual == "exact" else None
            if late:
                end = late.end()
                qtext = late.group(1).strip()
                qual = _late_qualifier(qtext)
    if unit is None:
        unit = "count"
    return _finish(text, start, num_start, num_end, end, value, unit, qual, qtext, "core")


def _scale_at(text: str, pos: int, hi: int, has_currency: bool) -> tuple[float, int]:
    """(factor, end) of a scale word right after a number ("billion", "bn", "B" after a
    currency); (0, pos) when there is none."""
    scale = _SCALE_AFTER.match(text, pos, hi)
    if scale and (
        scale.group("word") or scale.group("abbr") or (has_currency and scale.group("letter"))
    ):
        word = scale.group("word") or scale.group("abbr") or scale.group("letter")
        return _SCALES[word.lower()], scale.end()
    return 0.0, pos


def _range_after(
    text: str, m: re.Match[str], factor: float, end: int, lo: int, hi: int, unit: str | None
) -> Quantity | None:
    """A range read as one claim: "between 3 and 5 billion euros", "15 to 20 experts", "3-5
    percent", "between US$120 billion and US$150 billion". The two ends share the scale, currency
    and unit written once; ``value`` is the lower end, the bounds are both ends and the
    qualifier is approx. After "from", "from 12 to 15 percent" is a change, not a range: the first
    number takes the unit of the second and stays a claim of its own ("from 25-30 days to ten"
    starts from a range)."""
    r = _RANGE.match(text, end, hi)
    if r is None:
        return None
    num_start = m.start("digits")
    sep = r.group("sep").strip()
    before = text[max(lo, num_start - 20) : num_start]
    between = _BETWEEN.search(before)
    if sep == "and" and not between:
        return None
    cur2 = (r.group("cur") or "").strip()
    if cur2 and (_CURRENCY.get(cur2) is None or (unit is not None and _CURRENCY[cur2] != unit)):
        return None
    num2 = r.group("num")
    high = parse_number(num2)
    if _is_year(high, num2, bool(cur2 or unit)) and not between:
        return None
    factor2, end2 = _scale_at(text, r.end(), hi, bool(cur2 or unit))
    low = parse_number(m.group("num"), factor or factor2 or 1.0)
    if factor2:
        high = parse_number(num2, factor2)
    unit = unit or (_CURRENCY[cur2] if cur2 else None)
    found = _unit_after(text, end2, hi)
    if found and (unit is None or found[0] in _CURRENCY_UNITS):
        (low, u), (high, _) = (
            _in_unit(low, found[0], text[end2 : found[1]]),
            _in_unit(high, found[0], text[end2 : found[1]]),
        )
        unit, end2 = u, found[1]
    unit = unit or "count"
    # a change: the first number alone, in the unit of the second ("from 25-30 days to ten":
    # a range that a change starts from)
    if sep == "to" and _FROM.search(before):
        return _finish(text, num_start, num_start, end, end, low, unit, "exact", "", "core")
    if low > high:
        return None
    start = num_start - len(between.group()) if between else num_start
    words = f"{between.group().strip()} ... {sep}" if between else sep
    return _finish(
        text, start, num_start, end2, end2, low, unit, "approx", words, "core", low, high
    )


def _in_unit(value: float, unit: str, words: str) -> tuple[float, str]:
    """The value and unit of the table for unit words as written: '2 decades' is 20 years,
    '3 TWh' is 3e9 kWh, '40 billion JPY' is JPY."""
    if unit == "code":
        return value, words.strip()
    if unit in _CONVERT:
        unit, factor = _CONVERT[unit]
        return float(Decimal(repr(value)) * Decimal(int(factor))), unit
    if unit == "years":
        low = words.lower()
        for stem, factor in _SPAN_FACTORS.items():
            if stem in low:
                return value * factor, unit
    return value, unit


def _read_words(text: str, m: re.Match[str], kind: str, lo: int, hi: int) -> Quantity | None:
    words = m.group(kind)
    num_start, end = m.span(kind)
    lower = " ".join(words.lower().split())
    after = text[end : min(hi, end + WINDOW)]
    # Capitalised mid-sentence: part of a name ("Two Countries, Twin Parks", "Hualong One").
    if words[0].isupper() and not _is_sentence_start(text, num_start, lo):
        return None
    # Compounds are adjectives or names, not counts: "two-way", "one-stop", "twenty-foot"; but a
    # unit after the hyphen measures: "a two-day forum", "a five-kilometre stretch".
    measure = kind == "word" and re.match(r"-[A-Za-z]", after) and _unit_after(text, end, hi)
    if re.match(r"-[A-Za-z]", after) and not measure:
        return None
    low = high = None
    qual, qtext = "exact", ""
    if kind == "vague":
        value, low, high = _VAGUE[lower]
        qual, qtext = "approx", words
    elif kind == "fraction":
        value = _fraction_percent(lower)
        if (
            lower == "half"
            and not (
                _QUALIFIER_BEFORE.search(text, max(lo, num_start - WINDOW), num_start)
                or _is_sentence_start(text, num_start, lo)
                or _BY_BEFORE.search(text, max(lo, num_start - 4), num_start)  # "cut by half"
                or (
                    _HALF_OF_A_GROUP.match(after)
                    and not re.search(
                        r"(?i)\b(?:the|a|first|second|last|past|next)\s+$",
                        text[max(lo, num_start - 20) : num_start],
                    )
                )
            )
        ):
            return None  # "the first half of 2025", "in half": no share of anything
    elif kind == "special":
        value = {
            "a dozen": 12.0,
            "dozen": 12.0,
            "half a dozen": 6.0,
            "half a million": 5e5,
            "half a billion": 5e8,
            "half a trillion": 5e11,
            **_MULTIPLES,
        }.get(re.sub(r"\s+", " ", lower))
        stem = (
            lower[:-1]
            if lower.endswith("e")
            else lower[:-3]
            if lower.endswith("ing")
            else lower[:-2]
        )
        if value is None and stem in _MULTIPLE_VERB:
            if lower.endswith("e") and re.match(r"\s+down\b", after):
                return None  # "double down": an idiom
            if lower.endswith("e") and not (
                _previous_word(text, num_start, lo).lower() in _MULTIPLE_BARE_BEFORE
                or _MULTIPLE_BARE_AFTER.match(after)
                or (
                    # an imperative opening a list item or a line, with its target: "(c) double
                    # two-way tourist arrivals to 8 million" ("- double taxation treaties" is no
                    # multiple)
                    words[0].islower()
                    and (
                        _LIST_MARKER_BEFORE.search(text, max(0, num_start - 8), num_start)
                        or _is_sentence_start(text, num_start, lo)
                    )
                    and _TARGET_AFTER.match(after)
                )
            ):
                return None  # "double taxation": an adjective, not a multiple
            value = _MULTIPLE_VERB[stem]
        if value is None and lower.endswith("fold"):
            value = words_to_number(lower[:-4])
        elif value is None:
            value = words_to_number(lower)
    else:
        if lower == "one" and re.match(r"\s+(?:of|another|by|day|way|side|or)\b|\s*-", after):
            return None
        if _CLOCK_PAST.search(text, max(lo, num_start - 20), num_start):
            return None  # "by half past eight": a time of day
        if _CLOCK_AFTER.match(text, end, hi) and _previous_word(text, num_start, lo).lower() in (
            _CLOCK_BEFORE
        ):
            return None  # "shortly after six in the morning": a time of day
        if (
            lower in _HOURS
            and _CLOCK_END.match(text, end, hi)
            and _CLOCK_VERB_AT.search(text, max(lo, num_start - 30), num_start)
        ):
            return None  # "the lights used to go out at nine," : a time of day
        if lower == "one" and _ONE_OF_A_WHOLE.match(text, end, hi):
            return None  # "one strand of a wider web", "by one independent estimate"
        if lower == "one" and _previous_word(text, num_start, lo).lower() in ("no", "every", "any"):
            return None
        if (
            lower == "one"
            and _ONE_PRONOUN_BEFORE.search(text, max(lo, num_start - 30), num_start)
            and _ONE_PRONOUN_AFTER.match(text, end, hi)
        ):
            return None  # "a central one": a pronoun
        value = words_to_number(lower)
        half = _AND_A_HALF.match(text, end, hi)
        if half:  # "two and a half hours": the half belongs to the number
            value += 0.5
            end = half.end()
            after = text[end : min(hi, end + WINDOW)]
        if (
            not measure
            and _previous_word(text, num_start, lo).lower() in _WORD_LABEL_NOUNS
            and not _PLURAL_AFTER.match(after)
            and not _unit_after(text, end, hi)
        ):
            return None  # "the heart of phase two", "stage three": a label, as "phase 2"
        ref = re.search(
            r"(?i)\b(?:the|these|those|both|our|their)\s+$",  # "its two units" counts
            text[max(lo, num_start - 8) : num_start],
        )
        if ref and not measure and not _counts_a_group(ref.group(), value, after):
            return None  # "the two sides", "these three countries": a reference; "the two-day
            # forum" measures
    num_end = end
    if kind != "vague":
        start, qual, qtext = _qualifier_before(text, num_start, lo)
    else:
        start = num_start
    if kind == "word" and not measure:
        # "over five to ten years": the span a range of years covers, no hedge of its start
        spanned = "exact" if qtext.lower() == "over" else qual
        ranged = _word_range(text, start, num_start, end, value, spanned, lo, hi)
        if ranged is not None:
            return ranged
    if kind == "fraction":
        unit = "percent"
    elif lower in _MULTIPLES or lower.endswith("fold") or lower.startswith(tuple(_MULTIPLE_VERB)):
        unit = "times"
    else:
        unit = "count"
        found = _unit_after(text, end, hi)
        if found:
            value, unit = _in_unit(value, found[0], text[end : found[1]])
            end = found[1]
            late = _QUALIFIER_AFTER_UNIT.match(text, end, hi) if qual == "exact" else None
            if late:  # "three hours or so", as "48 hours or so"
                end = late.end()
                qtext = late.group(1).strip()
                qual = _late_qualifier(qtext)
        elif qual == "exact" and (late := _QUALIFIER_AFTER_UNIT.match(text, end, hi)):
            end = late.end()  # "from about nine hours to five or so"
            qtext = late.group(1).strip()
            qual = _late_qualifier(qtext)
    if kind == "special" and qual == "exact" and low is None:
        late = _QUALIFIER_AFTER_UNIT.match(text, end, hi)
        if late:  # "a dozen or so"
            end = late.end()
            qtext = late.group(1).strip()
            qual = _late_qualifier(qtext)
    if lower == "zero" and _PLURAL_AFTER.match(after):
        return None  # "zero tariffs", "zero emissions": a policy's name, no count
    if low is None and high is None:
        return _finish(text, start, num_start, num_end, end, value, unit, qual, qtext, "word")
    return _finish(
        text, start, num_start, num_end, end, value, unit, qual, qtext, "word", low, high
    )


def _word_range(
    text: str, start: int, num_start: int, end: int, low: float, qual: str, lo: int, hi: int
) -> Quantity | None:
    """A range spelled out, as one claim like "15 to 20": "two to four days", "between ten and
    fifteen" (value the lower end, approx, both ends as bounds); "and" only after "between";
    "from two to four" is a change, read number by number."""
    r = _WORD_RANGE.match(text, end, hi)
    if r is None or qual != "exact":
        return None
    before = text[max(lo, num_start - 20) : num_start]
    between = _BETWEEN.search(before)
    if (r.group("sep").strip() == "and" and not between) or _FROM.search(before):
        return None
    word = r.group("word").lower()
    high = float(word) if word.isdigit() else words_to_number(word)
    if high <= low:
        return None
    end2, unit = r.end(), "count"
    found = _unit_after(text, end2, hi)
    if found:
        (low, unit), (high, _) = (
            _in_unit(low, found[0], text[end2 : found[1]]),
            _in_unit(high, found[0], text[end2 : found[1]]),
        )
        end2 = found[1]
    start = num_start - len(between.group()) if between else num_start
    words = f"{between.group().strip()} ... {r.group('sep').strip()}" if between else "to"
    return _finish(
        text, start, num_start, r.end(), end2, low, unit, "approx", words, "word", low, high
    )


def _fraction_percent(words: str) -> float:
    """ "a third" -> 33.33... (percent), "two thirds" -> 66.66..., "three-quarters" -> 75."""
    share = re.fullmatch(r"(\w+)\s+(?:in|out\s+of)\s+(\w+)", words)
    if share:  # "nine in ten" -> 90
        return 100 * words_to_number(share.group(1)) / words_to_number(share.group(2))
    *count, part = re.split(r"[\s-]+", words)
    numerator = 1.0 if not count or count[0] in ("a", "one") else words_to_number(count[0])
    return 100 * numerator / _FRACTION_WORDS[part.removesuffix("s")]


# A plural noun right after a number word, or after one or two modifiers ("the eight projects",
# "the eight major projects", "the five Central Asian states").
_PLURAL_AFTER = re.compile(r"\s+(?:[A-Za-z][a-z-]*\s+){0,2}[a-z-]{3,}(?<![su'])s\b")


def _counts_a_group(determiner: str, value: float, after: str) -> bool:
    """ "the eight projects", "these eight projects": a number word from three up after "the",
    "these", "those" or a possessive, before a plural noun, states how many a group holds (a
    count claim). "the two sides", "our two countries" name the pair a bilateral text speaks
    of, "the three sides" the parties of a trilateral one: references."""
    det = determiner.strip().lower()
    return (
        det in ("the", "these", "those", "their", "our")
        and value >= 3
        and bool(_PLURAL_AFTER.match(after))
        and not _PARTIES_AFTER.match(after)
    )


# "The three sides agreed ...": the parties a trilateral text speaks for, as "the two sides"
_PARTIES_AFTER = re.compile(r"\s+sides\b")  # ("the eight parties to the memorandum" count)


_RANKED_BEFORE = re.compile(r"(?i)\b(?:rank(?:s|ed|ing)?|placed|came in|stands|stood)\s+$")


def _read_ordinal(text: str, m: re.Match[str], lo: int, hi: int) -> Quantity | None:
    word = m.group("ordinal")
    start, end = m.span("ordinal")
    if word[0].isupper() and not _is_sentence_start(text, start, lo):
        return None  # "the Second Belt and Road Forum": part of a name
    after = text[end : min(hi, end + WINDOW)]
    before = text[max(lo, start - 12) : start]
    ranked = _RANKED_BEFORE.search(before) and not re.match(r"-[a-z]", after)
    if not ranked and (
        not _rank_context(after, before)
        or not (re.match(r"\s+[a-z]", after) or _SUPERLATIVE.match(after))
    ):
        return None  # ("now ranks fifth among ...": a rank stated by the verb, no noun needed)
    sup = _SUPERLATIVE.match(text, end, hi)
    num_end, end = end, (sup.end() if sup else end)
    value = float(_ORDINALS[word.lower()])
    return _finish(text, start, start, num_end, end, value, "rank", "exact", "", "ordinal")
