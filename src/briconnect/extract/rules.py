"""The vocabularies the entity rules read, as one value: general English defaults, extendable.

The extractor knows the genre (official texts that name railways, ports, forums and funds), not
any one document. A document's own words (its corridors, odd head nouns, status phrases, place
names) come from outside as a :class:`Rules` made by :meth:`Rules.extended`: Chapter III's live
in ``briconnect/chapter3/rules.yaml``. Regular expressions may use ``{CAP}`` (one capitalised
word), ``{CAPS}`` (a run of them, each followed by a space) and ``{AUX}`` (auxiliaries such as
"has been").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

# One capitalised word (not "The"), and a run of them each followed by a space.
# Capitals beyond ASCII open names too ("Štip-Kočani", "Érd", "Łódź").
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
CAP = rf"(?!The\b)[{UPPER}][\w'’]*(?:[-–][\w'’]+)*"  # "Termez–Dushanbe": an en dash joins too
# Lowercase particles inside place names ("Dar es Salaam", "Rio de Janeiro") and "and" join words.
PARTICLES = r"(?:and|es|de|des|del|da|do|dos|das|du|al|el|la|le|ul|bin)"
# An Arabic article joined to the word after it, inside a name: "Shatt al-Arab", "Wadi ad-Dawasir"
_JOINED_ARTICLE = rf"(?<=[\w'’] )(?:al|el|ad|an|ar|as|ash|az|ud|ul)-{CAP}"
# Capitalised words with the particles between them: "Cabo de la Vela"
CAPS = rf"(?:(?:{CAP}|{_JOINED_ARTICLE})(?: {PARTICLES}(?: {PARTICLES})?(?= [A-Z]))? )+"
# Auxiliaries allowed before a status word: "has been fully completed".
AUX = r"(?:\b(?:is|are|has|have|had|been|now|fully|all|became|also) )*\b"


def expand(pattern: str) -> str:
    """A rule's regular expression with the {CAP}, {CAPS} and {AUX} shorthands filled in."""
    return pattern.replace("{CAPS}", CAPS).replace("{CAP}", CAP).replace("{AUX}", AUX)


@dataclass(frozen=True)
class StatusCue:
    """Words that state a project's status. A governing cue decides its clause on its own
    ("the feasibility study ... has been completed" is a study, not a finished railway)."""

    pattern: str
    status: str
    governs: bool = False
    # An inferred cue ("now carries 4,000 cars a day") counts only when its clause states no
    # stage outright ("has been open to vehicles since 2022").
    weak: bool = False
    # The status this cue gives a road, bridge or tunnel ("was inaugurated": open to traffic).
    road: str = ""


@dataclass(frozen=True)
class ListRule:
    """A listing sentence whose items are facilities of one kind: 'power plants such as A, B'.
    The pattern has a group named ``list``."""

    pattern: str
    kind: str


@dataclass(frozen=True)
class PatternRule:
    """A whole-match facility pattern: 'the grain and oil rail transport lines between A and B'."""

    pattern: str
    kind: str


# Head nouns that say what a facility is, capitalised inside names and lowercase after them.
# The matcher prefers the longest ("Railway Bridge" before "Bridge"), and a head counts only after
# at least one capitalised word ("Port" alone names nothing). General to the genre:
#   rail: Railway, High-speed Railway, Rail Link, Light Rail; roads: Highway, Motorway,
#   Expressway, Ring Road, Tunnel; urban rail: Metro, Metro Line ("Line 1"), Monorail; bridges;
#   ports (and a Port City built round one), terminals, airports; pipelines; power: Power
#   Plant / Power Station (solar, wind, hydropower, thermal, coal-fired written out too),
#   Hydropower Station, Wind Farm, Solar Park, Transmission Line, Dam; zones and parks: Special
#   Economic Zone, Economic Zone, Free Trade Zone, Cooperation Zone, Development Zone, Industrial
#   Park, Logistics Park / Logistics Hub, Free Zone, Dry Port. A head written in lowercase
#   also heads a name in capitals ("Container Terminal"). A closing word (Extension, Expansion,
#   Upgrade) and "Project" stay in the name (GENERAL_NAME_SUFFIXES, GENERAL_PROJECT_WORDS).
# A document's own heads ("Friendship Bridge", "rail route") come in through Rules.extended.
GENERAL_HEADS: Mapping[str, str] = MappingProxyType(
    {
        "High-speed Railway": "railway",
        "Railway Bridge": "bridge",
        "Highway Bridge": "bridge",
        "Bridge": "bridge",
        "Viaduct": "bridge",
        "Railway": "railway",
        "railway": "railway",
        "Rail Link": "railway",
        "Rail Spur": "railway",
        "Rail Freight Link": "railway",
        "Freight Link": "railway",
        "Rail Freight Spur": "railway",
        "Freight Spur": "railway",
        "Second Track": "railway",
        "Double Track": "railway",
        "Rail Line": "railway",
        "Railway Line": "railway",
        "Light Rail": "metro line",
        "Light Rail Line": "metro line",
        "Light Rail Link": "metro line",
        "Tramway": "metro line",
        "Canal": "transport channel",
        "Light Rail Transit": "metro line",
        "Highway": "highway",
        "Motorway": "highway",
        "Expressway": "highway",
        "Ring Road": "highway",
        "Dual Carriageway": "highway",
        "Carriageway": "highway",
        "Bypass": "highway",
        "Coastal Road": "highway",
        "Harbour Road": "highway",
        "Access Road": "highway",
        "Link Road": "highway",
        "Causeway Road": "highway",
        "Bypass Road": "highway",
        "Metro": "metro line",
        "Metro Line": "metro line",
        "Monorail": "metro line",
        "Tunnel": "tunnel",
        "Transmission Line": "transmission line",
        "Port": "port",
        "Port City": "port",
        "Airport": "airport",
        "International Airport": "airport",
        "terminal": "terminal",
        "Gas Pipeline": "pipeline",
        "pipeline": "pipeline",
        "Hydropower Station": "power plant",
        "Hydropower Plant": "power plant",
        "Power Plant": "power plant",
        "Power Station": "power plant",
        "Solar Power Station": "power plant",
        "Wind Power Station": "power plant",
        "Thermal Power Station": "power plant",
        "Solar Power Plant": "power plant",
        "Solar Plant": "power plant",
        "Wind Plant": "power plant",
        "Hydroelectric Plant": "power plant",
        "Geothermal Plant": "power plant",
        "Wind Power Plant": "power plant",
        "Thermal Power Plant": "power plant",
        "Wind Farm": "power plant",
        "Solar Farm": "power plant",
        "Solar Park": "power plant",
        "Photovoltaic Park": "power plant",
        "Photovoltaic Plant": "power plant",
        "Photovoltaic Power Station": "power plant",
        "Photovoltaic Power Plant": "power plant",
        "Seaport": "port",
        "Special Economic Zone": "economic zone",
        "Economic Zone": "economic zone",
        "Economic and Industrial Zone": "economic zone",
        "Free Trade Zone": "economic zone",
        "Cooperation Zone": "economic zone",
        "Development Zone": "economic zone",
        "Industrial Park": "industrial park",
        "Industry Park": "industrial park",
        "Industrial Estate": "industrial park",
        "Coast Road": "highway",
        "Waterfront Road": "highway",
        "Logistics Park": "industrial park",
        "Logistics Hub": "industrial park",
        "Free Zone": "economic zone",
        "Navigation Channel": "transport channel",
        "Shipping Channel": "transport channel",
        "Dry Port": "port",
        # a harbour for boats ("Information Harbor" is a data platform, no facility)
        "Harbour": "port",
        "Harbor": "port",
        "Fishery Harbour": "port",
        "Fishing Harbour": "port",
        "Fishery Harbor": "port",
        "Fishing Harbor": "port",
        "Dam": "dam",
    }
)

# Whole-name patterns of the genre: a road named by the places it links ("the Chipata-Lundazi
# Road"; "Road" alone heads no name: "Belt and Road", "Silk Road").
GENERAL_PATTERNS: tuple[PatternRule, ...] = (
    PatternRule(
        # (an en dash, a place with a small word inside: "Shkodër-Hani i Hotit Road")
        r"\b{CAP}(?: {CAP})?[-–]{CAP}(?: {CAP})?(?: (?:i|e|de|del|da|do|la|le|el|al|di|du) {CAP})?"
        r"(?: Coastal| Highland| Trunk)? Road\b(?! Corridor)",
        "highway",
    ),
)

# Words that say what a facility is only before "Project" (with a closing word between or
# not): "the Kivu Solar Extension Project" is a power plant, while "Solar" alone heads
# nothing ("Chinese Solar" is a firm). Not "Road": "Belt and Road Project", "Digital Silk Road
# Project" are programmes, not highways.
GENERAL_PROJECT_WORDS: Mapping[str, str] = MappingProxyType(
    {
        "Solar": "power plant",
        "Wind": "power plant",
        "Hydropower": "power plant",
        "Rail": "railway",
    }
)

# Words that close a facility's name after its head: "... Metro Extension", "... Port Expansion
# Project", "... Railway Upgrade". "Project" itself may close any head's name.
GENERAL_NAME_SUFFIXES: tuple[str, ...] = ("Extension", "Expansion", "Upgrade", "Spur")

# Nouns that a head modifies: a lowercase head before a lowercase noun ("the Yiwu railway
# yard", "the port authority"), any head before a capitalised body's noun ("the Malaysian Railway
# Academy", "the Lamu Port Authority"). The head then names no facility.
GENERAL_NOT_FOLLOWED_BY: tuple[str, ...] = (
    "Academy",
    "Corridor",  # "the North-South Road Corridor": a corridor, not a road
    "Authority",
    "Administration",
    "Agency",
    "Board",
    "Bureau",
    "College",
    "Commission",
    "Company",
    "Corporation",
    "Group",
    "Institute",
    "Museum",
    "School",
    "University",
    "Workers",
    "yard",
    "yards",
    "station",
    "stations",
    "depot",
    "network",
    "company",
    "companies",
    "workers",
    "staff",
    "operator",
    "operators",
    "sector",
    "bureau",
    "authority",
    "equipment",
    "wagons",
    "hub",
)

# Unit symbols that may stand right before a name, after a number ("the 1,320 MW Payra Power
# Plant"): a measure of the facility, not the first word of its name.
GENERAL_NAME_UNITS: tuple[str, ...] = ("MW", "GW", "kW", "MWp", "GWp", "kV", "MVA", "TEU", "km")

# Capitalised words that, right after a facility's head, make the name a service run on it
# ("China-Europe Railway Express", "... Railway Shuttle Service"): no facility is named.
GENERAL_SERVICE_WORDS: tuple[str, ...] = ("Express", "Service", "Services", "Shuttle")

# Lowercase nouns that mention a facility without naming it ("its deep-sea port"): a clause
# holding one speaks of another facility, so it lends no status to a neighbouring clause's name.
GENERAL_FACILITY_NOUNS: tuple[str, ...] = (
    "railway",
    "rail link",
    "expressway",
    "highway",
    "motorway",
    "bridge",
    "port",
    "airport",
    "terminal",
    "pipeline",
    "power plant",
    "power station",
    "plant",
    "dam",
    "industrial park",
    "economic zone",
    "metro",
    "tunnel",
)

# The lowercase nouns a text calls a project of each kind by once it has named it ("the
# terminal", "the Algerian line", "the 315 MW plant"); "project", "facility" and "scheme" fit
# any kind. A sentence that names no project and calls one back by such a noun states that
# project's status (extract/projects.py, _refer_back).
GENERAL_REFERRING_NOUNS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "railway": ("railway", "railroad", "line", "rail link", "link"),
        "highway": ("road", "highway", "expressway", "motorway", "bypass", "route", "link"),
        "bridge": ("bridge", "crossing", "link"),
        "metro line": ("line", "metro", "light rail", "railway", "system"),
        "port": ("port", "harbour", "harbor"),
        "airport": ("airport",),
        "terminal": ("terminal", "port"),
        "pipeline": ("pipeline",),
        "power plant": ("plant", "station", "park", "farm", "dam", "complex"),
        "transmission line": ("line", "link", "interconnector"),
        "nuclear unit": ("unit", "reactor"),
        "nuclear fuel plant": ("plant",),
        "economic zone": ("zone", "park"),
        "industrial park": ("park", "zone", "estate"),
        "transport channel": ("channel", "corridor", "route"),
        "tunnel": ("tunnel",),
        "dam": ("dam", "reservoir", "plant", "station"),
        "": ("project", "facility", "scheme"),
    }
)

GENERAL_STATUS_CUES: tuple[StatusCue, ...] = (
    StatusCue(rf"{AUX}(?:achieved an )?operational(?: speed)?", "operational"),
    StatusCue(
        rf"{AUX}[Ii]n (?:full |commercial |regular |normal |trial |passenger |freight )?"
        r"(?:operation|service)\b",
        "operational",
    ),
    # (the adjective of a noun is no use: "awaiting an operating licence", "operating costs")
    StatusCue(
        rf"{AUX}operating\b(?! (?:licen[cs]es?|permits?|costs?|expenses|income|profits?|budget"
        r"|rights|model|manual|agreement|contract|company|companies|firm|subsidiary|speeds?"
        r"|concessions?|lease|rules|regulations|procedures|standards|life|lifetime|period"
        r"|capacity))",
        "operational",
    ),
    # Entering service in any tense: "entered service", "enters commercial operation", "went
    # into operation", "was put into service", "has been commissioned", "was inaugurated",
    # "has been running since 2019".
    StatusCue(
        r"\b(?:(?:has|have) )?enter(?:ed|s|ing)? (?:into )?(?:commercial |full )?service"
        r"|\b(?:(?:has|have) )?enter(?:ed|s|ing)? (?:into )?(?:commercial |full )?operation\b"
        r"|\b(?:went|goes|has gone|have gone|going) into (?:commercial |full )?"
        r"(?:operation|service|production)"
        r"|\b(?:began|begun|started|starts|begins) (?:commercial |full |mass )?production\b"
        r"|\b(?:was|were|is|are|(?:has|have) been) put into (?:commercial |full )?"
        r"(?:operation|service|use)"
        # the active voice: "which a Chinese contractor brought into full commercial operation"
        r"|\b(?:brought|put) (?:it |them )?into (?:full )?(?:commercial )?(?:operation|service)\b"
        r"|\b(?:was|were|(?:has|have) been) (?:officially |formally )?"
        r"commissioned\b"
        r"|\b(?:(?:has|have) been )?running since\b|\b(?:has|have) run since\b",
        "operational",
    ),
    # "has carried 11 million passengers since it opened in 2017": in use since a date.
    StatusCue(
        r"\bsince (?:it|they) (?:(?:was|were) )?(?:opened|began operati(?:ng|ons?)"
        r"|started operati(?:ng|ons?)|entered service|(?:was|were) commissioned"
        r"|went into (?:operation|service))|\bsince (?:its|their) (?:opening|commissioning)",
        "operational",
    ),
    StatusCue(
        rf"{AUX}(?:connected|hooked up|tied|linked)(?: in)? to the (?:power |national "
        r"|electricity )?grid",
        "operational",
    ),
    StatusCue(rf"{AUX}(?:re-?)?open(?:ed|ing|s)? to traffic", "open to traffic"),
    # "completed site visits for the A" finished something else, not the A
    StatusCue(
        rf"{AUX}complet(?:ed|es)\b(?! (?!(?:on|in|at|by|ahead|before|after|last|this|early|late"
        r"|and|with|the|its|their)\b)(?:[a-z-]+ ){1,3}(?:for|on|at) the\b)",
        "completed",
    ),
    StatusCue(
        r"\b(?:was|were|is|are|(?:has|have) been) (?:formally |officially )?handed over\b",
        "completed",
    ),
    StatusCue(r"\b[Cc]ompletion of", "completed"),
    StatusCue(rf"{AUX}under construction", "under construction"),
    StatusCue(r"track-laying has started", "under construction"),
    # Being built: "is being built", "was being constructed", "construction is under way".
    StatusCue(
        r"\b(?:is|are|was|were) (?:now |still )?being (?:built|constructed)\b"
        r"|\b[Cc]onstruction (?:is|was) (?:now |well )?(?:under ?way|in progress)\b",
        "under construction",
    ),
    StatusCue(
        r"\b(?:[Ww]ork|[Cc]onstruction) on (?:the )?[^.;]{0,80}? (?:has|have) (?:started|begun)"
        r"|\b[Cc]onstruction (?:has|have) (?:started|begun)|\bbroke ground\b",
        "under construction",
    ),
    StatusCue(r"construction project (?:has|have) started", "under construction"),
    StatusCue(r"\b[Cc]onstruction projects", "under construction"),
    StatusCue(
        rf"{AUX}(?:was|were) (?:also |duly |formally |officially |successfully )?"
        r"(?:signed|inked|sealed)(?: online)?",
        "agreement signed",
    ),
    StatusCue(
        r"\bsigned (?:a|an|the) (?:[\w-]+ ){0,3}(?:agreement|contract|memorandum)s? (?:for|on)\b",
        "agreement signed",
    ),
    StatusCue(
        # not a study cited as a source ("ahead of the forecast in the feasibility study")
        r"(?<!forecast in the )(?<!projected in the )(?<!envisaged in the )"
        r"(?<!estimated in the )(?<!predicted in the )(?<!forecasts in the )"
        r"(?:officially launched a )?feasibility (?:study|studies|assessment|review|appraisal"
        r"|analysis|report|work)"
        r"|\bimpact assessments?\b",  # "an environmental (and social) impact assessment"
        "feasibility study",
        True,
    ),
    StatusCue(rf"{AUX}launched", "feasibility study"),
    StatusCue(
        r"\b[Aa]t the (?:feasibility|study|research) (?:stage|phase)\b"
        r"|\b(?:is|are|was|were) (?:now |still )?being studied\b",
        "feasibility study",
    ),
    # In preparation: "is in preparation", "remains at the design stage", "is being planned".
    StatusCue(
        r"\b(?:is|are|was|were|remains?|remained) (?:still |now )?in (?:the )?"
        r"(?:preparation|planning|preparatory|design)(?: (?:stage|phase))?\b"
        # "remains in its land acquisition phase"
        r"|\b(?:is|are|was|were|remains?|remained) (?:still |now )?in (?:its|their|the) "
        r"(?:[\w-]+ )?(?:land acquisition|land-acquisition|survey|surveying|permitting|licensing"
        r"|tender|tendering|resettlement|design|planning|preparatory|preparation)"
        r" (?:stage|phase)\b"
        # ("is at the survey and route-design stage")
        r"|\b[Aa]t the (?:[\w-]+ (?:and|or) )?(?:[\w-]+ )?(?:design|planning|preparatory"
        r"|preparation|survey|route-survey|route-design|land acquisition|land-acquisition"
        r"|permitting|licensing|tender|tendering) (?:stage|phase)\b"
        r"|\b(?:is|are|was|were) (?:now |still )?being (?:prepared|planned|designed|acquired"
        r"|surveyed|mapped|drawn up|drafted)\b"
        # "work on the A has yet to move past land acquisition": still preparing
        r"|\b(?:yet to move|not (?:yet )?moved|yet to get) (?:past|beyond) (?:the )?(?:land "
        r"acquisition|design|planning|survey)",
        "in preparation",
    ),
    StatusCue(rf"{AUX}(?:seen major|made good|making steady) progress", "making progress"),
)

# ---------------------------------------------------------------- the status model
# How a status is read from wording that no cue phrase above lists. A project's status is the
# stage that its clause's main verb phrase describes, read from two lexical classes:
#
# * VERB_CLASSES: verbs of an activity that belongs to one stage (laying track is construction;
#   carrying passengers is operation), each with its -ing form and past participle;
# * NOUN_CLASSES: nouns of such an activity that a phase verb says is going on ("construction /
#   tracklaying has started", "design work is under way").
#
# and a few frames (STATUS_FRAMES) that say which forms of a class state a stage:
#
# * construction verbs in the progressive ("crews are laying track", "is being expanded") or,
#   for the piecemeal ones, the active perfect ("have laid 40 km") -> under construction;
#   a construction noun with "is under way / in progress / has started / began" -> under
#   construction; a preparatory noun (design, survey, land acquisition, planning) with the same
#   phase verbs -> in preparation (the longer, earlier phrase wins: "design work has begun");
# * operating verbs in the perfect or progressive with "since" in the clause ("has been feeding
#   electricity into the grid since 2018", "has operated since 2010"), in the progressive
#   ("is carrying"), after "began / started" ("began operating") -> operational; in the present
#   tense ("now carries 4,000 cars a day") -> operational, but only as a weak cue that yields to
#   any stage the clause states outright;
# * a signing verb (sign, ink, seal, "put their signatures to") before an agreement noun
#   (agreement, contract, deal, memorandum, MoU, accord) -> agreement signed;
# * "open to traffic / vehicles / cars / passengers / the public" -> open to traffic, and for a
#   road, bridge or tunnel "was inaugurated" / "opened" too (a railway inaugurated is
#   operational);
# * "handed over", "finished" -> completed; "under study", "under feasibility review /
#   assessment / appraisal" -> feasibility study;
#   "is being developed", "under development" -> under development; "making steady headway",
#   "progressing well", "advancing steadily", "is moving forward / ahead" -> making progress;
# * a signing noun before the project, "was signed / inked / sealed" -> agreement signed; the
#   bare present of an operating verb after "now / currently / today" ("trains now run at
#   160 km/h") -> operational, as weak as the -s form.
#
# * any verb in the perfect progressive with "since" or "for three years" is use ("has been
#   exporting electricity since March"), unless it is work toward the facility (_TOWARD);
# * trials are completed (built, not yet in service: "began trial runs", "entered trial
#   operation"); part built is under construction ("60 percent built", "nearly complete");
# * _COMMON_PHRASINGS: idioms of each stage that no frame reads ("came online", "ground was
#   broken", "reached financial close", "is on track"), each tested in tests/test_status.py.
#
# A future, a plan or a negation right before the words of a stage states none ("is due to
# open", "has yet to be connected", "will not open": projects._NOT_YET), being due to open
# included (the annotation brief's rule); the works it waits on may still say it is being built
# ("is due to open once dredging of its basin is finished"). Which project a phrase speaks of
# is left to the clause rule (projects.py): a clause's stage belongs to the names in that
# clause, or to a pronoun or "the line" / "the plant" that refers back to one, never to another
# facility's clause. Several stages in one clause: the most advanced wins (projects.STATUSES);
# a completion now in use is operational.
VERB_CLASSES: Mapping[str, Mapping[str, tuple[str, str]]] = MappingProxyType(
    {
        # verb: (-ing form, past participle)
        "construction": MappingProxyType(
            {
                "build": ("building", "built"),
                "construct": ("constructing", "constructed"),
                "lay": ("laying", "laid"),
                "bore": ("boring", "bored"),
                "dig": ("digging", "dug"),
                "drill": ("drilling", "drilled"),
                "erect": ("erecting", "erected"),
                "expand": ("expanding", "expanded"),
                "extend": ("extending", "extended"),
                "widen": ("widening", "widened"),
                "upgrade": ("upgrading", "upgraded"),
                "install": ("installing", "installed"),
                "pour": ("pouring", "poured"),
                "assemble": ("assembling", "assembled"),
                "rebuild": ("rebuilding", "rebuilt"),
                "renovate": ("renovating", "renovated"),
                "excavate": ("excavating", "excavated"),
                "pile": ("piling", "piled"),
                "roof": ("roofing", "roofed"),
                "place": ("placing", "placed"),  # "concrete is being placed"
                "fit": ("fitting", "fitted"),  # "is still being fitted out"
                "mount": ("mounting", "mounted"),
                "pave": ("paving", "paved"),
                "dredge": ("dredging", "dredged"),
                "lift": ("lifting", "lifted"),  # "crews are lifting steel girders into place"
                "hoist": ("hoisting", "hoisted"),
                "weld": ("welding", "welded"),
                "surface": ("surfacing", "surfaced"),  # "its final 28 km are still being surfaced"
                "asphalt": ("asphalting", "asphalted"),
                "bolt": ("bolting", "bolted"),  # "workers are bolting modules onto frames"
            }
        ),
        # preparatory work in the progressive: "surveyors have been mapping the route"
        "preparation": MappingProxyType(
            {
                "survey": ("surveying", "surveyed"),
                "map": ("mapping", "mapped"),
                "design": ("designing", "designed"),
                "plan": ("planning", "planned"),
                "mark out": ("marking out", "marked out"),  # "surveyors are marking out land"
                "draw up": ("drawing up", "drawn up"),  # "designers are drawing up plans"
                "acquire": ("acquiring", "acquired"),  # "have begun acquiring land for"
                "stake out": ("staking out", "staked out"),
            }
        ),
        "operating": MappingProxyType(
            {
                "run": ("running", "run"),
                "operate": ("operating", "operated"),
                "serve": ("serving", "served"),
                "carry": ("carrying", "carried"),
                "handle": ("handling", "handled"),
                "generate": ("generating", "generated"),
                "feed": ("feeding", "fed"),
                "supply": ("supplying", "supplied"),
                "produce": ("producing", "produced"),
                "transmit": ("transmitting", "transmitted"),
                "deliver": ("delivering", "delivered"),
                "process": ("processing", "processed"),
                "power": ("powering", "powered"),
                # a park or zone in use: "has been hosting manufacturers since 2019"
                "host": ("hosting", "hosted"),
                "house": ("housing", "housed"),
                "employ": ("employing", "employed"),
                "accommodate": ("accommodating", "accommodated"),
                "load": ("loading", "loaded"),  # "began loading its first vessels"
                "receive": ("receiving", "received"),  # "has been receiving flights since"
                "turn out": ("turning out", "turned out"),  # a plant's output
            }
        ),
    }
)
# Construction verbs whose active perfect reports work in progress ("crews have laid 40 km"),
# not a finished whole ("have built the bridge" may mean it stands).
PIECEMEAL = (
    "lay",
    "bore",
    "dig",
    "drill",
    "pour",
    "install",
    "excavate",
    "erect",
    "pile",
    "mount",
    "pave",
    "dredge",
    "surface",  # "crews have surfaced 71 kilometres of the route"
    "asphalt",
)
NOUN_CLASSES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "construction": (
            "construction",
            "construction work",
            "construction works",
            "civil works",
            "work",
            "works",
            "building",
            "tracklaying",
            "track-laying",
            "track laying",
            "pipe-laying",
            "pipelaying",
            "installation",
            "excavation",
            "tunnelling",
            "tunneling",
            "stringing",
            "erection",
            "earthworks",
            "earthwork",
            "groundwork",
            "groundworks",
            "paving",
            "piling",
            "dredging",
            "foundation work",
            "foundation works",
            "concreting",
            "expansion",
            "upgrade",
            "upgrading",
            "rehabilitation",
            "modernisation",
            "modernization",
            "renovation",
            "fit-out",
            "fitting-out",
        ),
        "preparation": (
            "design",
            "design work",
            "survey",
            "survey work",
            "surveying",
            "land acquisition",
            "preparatory work",
            "preparatory works",
            "planning",
            "site preparation",
            "site clearance",
            "land clearance",
            "resettlement",
            "compensation",
            "drawings",
            "alignment",
            "route alignment",
            "engineering drawings",
            "engineering design",
            "master plan",
            "blueprints",
            "licensing",
            "environmental licensing",
            "geotechnical investigation",
            "site investigation",
            "soil testing",
            "permitting",
        ),
        "agreement": (
            "agreement",
            "contract",
            "deal",
            "memorandum",
            "memorandum of understanding",
            "MoU",
            "MOU",
            "accord",
            "memoranda",
            "letter of intent",
            "letters of intent",
            "document",  # "signed eight cooperation documents"
        ),
    }
)


def _alt(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _forms(cls: str, which: int, only: Sequence[str] = ()) -> str:
    verbs = VERB_CLASSES[cls]
    return _alt([f[which] for v, f in verbs.items() if not only or v in only])


_ADV = r"(?:(?:still|now|currently|already|steadily|busy|actively|also|jointly) )?"
# A share of the works: "60 percent", "half", "two thirds" (of the line built, in place, done).
_SHARE = r"(?:\d+(?:\.\d+)? ?(?:percent|%)|half|a third|two[- ]thirds|three[- ]quarters)"
# People at work on a site: "crews are laying track", "welders are still joining the pipe".
_WORKERS = (
    r"(?:crews|workers|work crews|construction teams|builders|labourers|laborers|welders|fitters"
    r"|riggers|engineers|contractors)"
)
_AGREEMENT = _alt(NOUN_CLASSES["agreement"])
_PHASE = (
    # bare in a bulletin's line: "Muse-Lashio Expressway, Myanmar: survey ... under way for"
    r"(?:under ?way\b"
    r"|(?:has|have) been (?:under ?way|in progress|ongoing)"  # "has been under way for months"
    # after "with": "with fit-out of its cargo halls still going on"
    r"|still (?:going on|under ?way|in progress|ongoing|continuing)"
    # how far the works have come: "track-laying ... had reached the border town of Jibia"
    r"|(?:has|have|had) (?:now |already )?reached"
    r"|(?:is|are) (?:now |already )?(?:well|far) advanced"  # "construction ... is well advanced"
    r"|(?:is|are|was|were) (?:still |now |well |already |meanwhile |also |currently )?"
    r"(?:under ?way|in progress|ongoing"
    r"|proceeding|continuing|going on|being (?:finali[sz]ed|carried out|completed|prepared"
    r"|drawn up|drafted))"
    r"|(?:has|have|had) (?:now |already |finally |also )?(?:started|begun|commenced|got under ?way)"
    # "work on the A is running ahead of schedule"
    r"|(?:is|are) (?:now )?running (?:ahead of|behind|on) schedule"
    r"|began|started|commenced|got under ?way|(?:is|are) starting"
    # work nearly over is still work going on: "land acquisition ... is almost finished",
    # "excavation of ... is more than half done"
    r"|kicked off|got going|(?:is|are) in full swing|continues|continue|continued"
    r"|(?:has |have |had |was |were )?(?:resumed|restarted)"
    r"|(?:is|are) (?:now )?(?:almost|nearly|largely|mostly|more than half|over half|half"
    r"|(?:about |roughly |some |around |nearly |almost )?\d+(?:\.\d+)? ?(?:percent|%))"
    r" (?:finished|complete|completed|done))\b"
)
# Works done first, whose end is no end of the project ("river diversion has been completed")
_EARLY_WORKS = (
    "river diversion|diversion works?|cofferdams?|foundation works?|foundations|piling"
    "|excavation|earthworks|groundworks|site clearance|site levelling"
    # a line's towers, before its conductors are strung
    "|tower erection|tower assembly|pylon erection"
)
# A start of work named but not made: "the start of construction ... has been postponed / is
# planned for 2027 / will ..."
_NOT_BEGUN = (
    r"(?![^.;]{0,80}?\b(?:(?:is|are|has been|have been|was|were) (?:planned|scheduled|expected"
    r"|due|set|slated|postponed|delayed|pushed back|put off|awaited)|will)\b)"
)
# "construction of the ... Expressway is under way": the words between run over no verb of their
# own ("construction of the A has wrapped up and trial flights began" is no start of work)
_OF = (
    r"(?: (?:on|of|at|for|to|along|across|around|near|in) "
    r"(?:(?!\b(?:has|have|had|is|are|was|were)\b)(?:[^.;]|(?<=\d)\.(?=\d))){0,160}?"
    # and a relative clause set off by commas: "design work on the A, which is to be upgraded
    # for speeds of up to 160 km/h, is under way"
    # (one that states no stage of its own: "..., which has been operating since 2016, ...")
    r"(?:, (?:which|that|whose|where) (?![^,.;]*\b(?:has|have|had|was|were|opened|operating"
    r"|operational|inaugurated|commissioned|completed|finished|handed|built|service|operation)\b)"
    r"(?:[^,.;]|(?<=\d)\.(?=\d)){1,120},)?)?"
)


# In use for a while: "since 2019", "for three years".
_SINCE = r"(?:since|for (?:\w+ )?(?:years?|months?|decades?))"
# Verbs of work toward a facility, not of its use: "has been negotiating ... since 2019".
_TOWARD = (
    "working (?:on|with|to|towards?|for)|negotiating|discussing|studying|planning|preparing"
    "|waiting|seeking|awaiting"
    "|developing|pursuing|exploring|considering|talking|pushing|lobbying|campaigning|being"
)


def _frame_cues() -> tuple[StatusCue, ...]:
    """The frames of the status model as cues (see the comment above VERB_CLASSES)."""
    build_ing, build_pp = _forms("construction", 0), _forms("construction", 1)
    piece_pp = _forms("construction", 1, PIECEMEAL)
    run_ing, run_pp = _forms("operating", 0), _forms("operating", 1)
    prep_ing = _forms("preparation", 0)
    run_s = _alt(
        [
            v + "es" if v.endswith("ss") else v[:-1] + "ies" if v.endswith("y") else v + "s"
            for v in VERB_CLASSES["operating"]
            if " " not in v  # "it turns out": an idiom in the present
        ]
    )
    run_base = _alt([v for v in VERB_CLASSES["operating"] if " " not in v])
    building = _alt(NOUN_CLASSES["construction"])
    preparing = _alt(NOUN_CLASSES["preparation"])
    agreement = _alt(NOUN_CLASSES["agreement"])
    # "an investment agreement for the A, which spans 22 km2, was concluded": the agreement was
    # made (a longer cue than "was concluded", which alone says work ended)
    concluded = StatusCue(
        rf"\b(?:{agreement})s? [^.;]{{0,120}}? (?:was|were|(?:has|have|had) been)"
        r" (?:concluded|finalized|finalised|reached)\b"
        # the participle after the noun: "the loan agreement concluded on the sidelines for"
        rf"|\b(?:{agreement})s? (?:signed|concluded|inked|sealed|reached|finali[sz]ed)\b",
        "agreement signed",
    )
    return (
        concluded,
        # under construction: progressive, passive progressive, piecemeal perfect, phase nouns
        StatusCue(
            rf"\b(?:am|is|are|was|were|been) {_ADV}(?:{build_ing})\b"
            rf"|\bbeing {_ADV}(?:{build_pp})\b"
            rf"|\b(?:has|have|had) {_ADV}(?:{piece_pp})\b"
            rf"|\b(?:started|begun|began|start|starts|starting) (?:{build_ing})\b",
            "under construction",
        ),
        # ("Building on this, a feasibility study is under way": a turn of phrase, no works)
        StatusCue(
            rf"\b(?i:{building})(?! on (?:this|these|that|those)\b){_OF} {_PHASE}",
            "under construction",
        ),
        # in preparation: preparatory nouns, alone or joined ("land acquisition and design work")
        StatusCue(
            # ("surveys and environmental assessments on ... are under way": a preparatory noun
            # leads the list)
            rf"\b(?i:{preparing})s?(?:(?:,| and) (?:[a-z]+ ){{0,2}}[a-z]+)*{_OF}"
            # ("design work and route surveys, meanwhile, are continuing for the A")
            rf"(?:, (?:meanwhile|however|also|too|so far|now),)? {_PHASE}"
            # "its design is still under review": the design, not a feasibility study
            rf"|\b(?i:{preparing})s?{_OF} (?:is|are|was|were) (?:still |now )?under (?:review"
            r"|revision|consideration)\b",
            "in preparation",
        ),
        # in preparation: a preparatory verb in the progressive ("surveyors have been mapping
        # the route", "engineers are designing"), a project still "on the drawing board"
        StatusCue(
            rf"\b(?:am|is|are|was|were|been) {_ADV}(?:{prep_ing})\b|\bdrawing board\b"
            rf"|\b(?:began|begun|started|starts|begins) (?:{prep_ing})\b"
            # the nouns after the verb: "has begun land acquisition and route surveys for the A"
            rf"|\b(?:began|begun|started|starts|begins|commenced) (?:[a-z-]+ )?"
            rf"(?i:{preparing})s?\b",
            "in preparation",
        ),
        # first service: "took its first vessel", "carried its first vehicles"
        StatusCue(
            r"\b(?:took|received|welcomed|handled|served|carried|greeted) (?:its|their) first"
            r" (?:[a-z-]+ )?(?:passengers?|vessels?|ships?|flights?|trains?|cargo|vehicles?|cars"
            r"|customers|visitors|tenants|shipments?|containers?|motorists|drivers|trucks|lorries"
            r"|buses|travellers|travelers|commuters|users)\b",
            "operational",
            road="open to traffic",
        ),
        # operational: perfect or progressive of an operating verb with "since"; progressive;
        # "began operating"; the present tense as a weak cue
        StatusCue(
            rf"\b(?:has|have) since (?:been )?(?:{run_pp}|{run_ing})\b",
            "operational",
            road="open to traffic",
        ),
        StatusCue(
            rf"\b(?:has|have) (?:been )?{_ADV}(?:{run_ing}|{run_pp})\b[^.;]{{0,80}}?\b{_SINCE}\b",
            "operational",
            road="open to traffic",
        ),
        # ("is carrying out detailed design": a task, not a line in use)
        StatusCue(
            # ("is running behind schedule": how the works go, no line in use)
            # ("services are running late", "is running on schedule" stay in use)
            rf"\b(?:is|are) {_ADV}(?:{run_ing})\b(?! out\b| (?:ahead of|behind) schedule\b)",
            "operational",
            road="open to traffic",
        ),
        # works as the object of a relative clause: "whose 35-km upgrade a joint venture is
        # currently carrying out"
        StatusCue(
            r"\b(?:upgrade|upgrading|construction|expansion|rehabilitation|widening|works)\b"
            r"[^.;]{0,60}? (?:is|are) (?:currently |now )?carrying out\b",
            "under construction",
        ),
        # preparatory work as the object of "carrying out", "conducting", "undertaking"
        StatusCue(
            rf"\b(?:carrying out|conducting|undertaking|performing) (?:the )?(?:[a-z-]+ )?"
            rf"(?i:{preparing})s?\b",
            "in preparation",
        ),
        # a participle of use with "since" opening the sentence: "Feeding power into the grid
        # since December 2023, the 48 MW wind farm ..."
        StatusCue(
            rf"(?<![\w,] )\b(?i:{run_ing})\b[^.;,]{{0,60}}? since\b",
            "operational",
            road="open to traffic",
        ),
        # the perfect progressive of use without "since" after it ("Since its first vessel
        # berthed in March, the A has been handling cargo"): in use, as far as it goes
        StatusCue(
            rf"\b(?:has|have) been {_ADV}(?:{run_ing})\b",
            "operational",
            weak=True,
            road="open to traffic",
        ),
        StatusCue(
            rf"\b(?:began|begun|started|begins|starts) (?:{run_ing}|operations?\b)",
            "operational",
            road="open to traffic",
        ),
        # any other verb in the perfect progressive with "since": a facility doing something
        # since a date is in use ("has been exporting electricity ... since March"), unless
        # the verb is work toward it ("has been negotiating", a construction verb)
        StatusCue(
            rf"\b(?:has|have) been {_ADV}(?!(?:{build_ing}|{prep_ing}|{_TOWARD})\b)[a-z]+ing\b"
            rf"[^.;]{{0,80}}?\b{_SINCE}\b",
            "operational",
            road="open to traffic",
        ),
        # "put its first production line into service"
        StatusCue(
            r"\bput (?:its|their|the) [^.;,]{0,40}? into (?:commercial |full )?"
            r"(?:service|operation|use)\b",
            "operational",
        ),
        # part built: "is roughly 60 percent built", "is nearly complete"
        StatusCue(
            r"\b(?:is|are|was|were) (?:now |already )?(?:(?:about |roughly |some |around |nearly "
            rf"|almost |more than |over |close to )?{_SHARE}|almost|nearly|largely|mostly)"
            r" (?:built|complete"
            r"|completed|done"
            r"|finished|paved|laid)\b",
            "under construction",
        ),
        # "trial operation of the ... Railway got under way": built, on trial
        StatusCue(
            rf"\b(?i:trial|test) (?:operations?|runs?|flights?|services?){_OF}"
            rf" (?:{_PHASE}|ended|finished|concluded|(?:was|were) completed)",
            "completed",
        ),
        # site investigation before works: "started drilling boreholes at the site of the ..."
        StatusCue(
            r"\b(?:started|began|begun|are|is|were|was|been) (?:drilling|sinking|digging)"
            r" (?:test |exploratory |trial )?(?:boreholes|test pits|trial pits)\b"
            r"|\bgeotechnical (?:surveys?|investigations?|studies)\b",
            "in preparation",
        ),
        # the structure going up: "pylons are rising for the ...", "is taking shape"
        StatusCue(
            r"\b(?:are|is) (?:now |steadily |already |still )?(?:rising|going up|taking shape)\b",
            "under construction",
        ),
        # "roughly 70 percent of the ... Terminal has been built"
        StatusCue(
            rf"\b{_SHARE} of (?:the|its) [^.;]{{0,80}}? (?:has|have|had) (?:now |already |so far )?"
            r"been (?:built|completed|laid|paved|installed|erected|finished|done)\b",
            "under construction",
        ),
        # "nearly 70 percent of the terminal building at the A is now in place" (weak: a stated
        # stage, "is making steady progress: ... three quarters of the line are in place", stands)
        StatusCue(
            rf"\b{_SHARE} of (?:the|its) [^.;]{{0,80}}? (?:is|are) (?:now |already )?in place\b",
            "under construction",
            weak=True,
        ),
        # a stage of the works: "is still at the piling stage"
        StatusCue(rf"\b[Aa]t the (?i:{building}) (?:stage|phase)\b", "under construction"),
        # finishing the design: "engineers are finalising the detailed design of the ..."
        StatusCue(
            rf"\b(?:is|are|was|were|been) {_ADV}[a-z]+ing (?:the |its |their )?(?:detailed |final "
            rf"|technical |engineering |route )?(?:{preparing})s?\b",
            "in preparation",
        ),
        # developing it: "are jointly developing the ... Dam"
        StatusCue(rf"\b(?:is|are|was|were) {_ADV}developing\b", "under development"),
        # "the appraisal of the ... Expressway is expected to conclude": a study under way
        StatusCue(
            r"\b(?:appraisals?|assessments?|evaluations?) (?:of|for)\b"
            r"|\b(?:environmental|technical|feasibility|economic|social) reviews? (?:of|for)\b",
            "feasibility study",
        ),
        # work finished on a part: "crews finished stringing conductors on the A"
        StatusCue(
            rf"\b(?:finished|completed|wrapped up) (?:{build_ing}|(?i:{building}))\b",
            "completed",
        ),
        # a preparatory step done, the works not yet begun: "engineers have finished the
        # detailed design of the A" (still being prepared)
        StatusCue(
            r"\b(?:finished|completed|wrapped up|concluded) (?:the |its |their )?(?:detailed "
            r"|final |technical |engineering |route )?(?:designs?|surveys?|route surveys?"
            r"|engineering drawings|drawings)\b"
            # ("completed the design and construction of the A": design-and-build, all done)
            r"(?! and (?:construction|build|building|supply|installation)\b)",
            "in preparation",
        ),
        # machines or people at work on a site: "dredgers are already at work on the A"
        StatusCue(
            # (present only: "excavators were at work in 2018" tells the past; cranes at work
            # at a port handle cargo; "at work on routine maintenance" keeps a line running)
            rf"\b(?:{_WORKERS}|dredgers|excavators|diggers|bulldozers|boring machines)"
            r" (?:are|have been) (?:already |now |still |busy |hard )?at work\b"
            r"(?! on (?:the )?(?:routine |regular )?(?:maintenance|repairs?|upkeep)\b)",
            "under construction",
        ),
        # people at work, with or without a verb: "with crews now rebuilding its runway"
        StatusCue(
            rf"\b{_WORKERS} (?:are |were |have been )?(?:still |now |busy )?(?:{build_ing})\b",
            "under construction",
        ),
        # a share built, set off by commas: "Construction of the A, already 40 percent complete,
        # will be accelerated"
        StatusCue(
            r"\b(?:already |now )?(?:about |some |nearly |almost |over |more than |roughly"
            r" |around )?\d+(?:\.\d+)? ?(?:percent|%) (?:complete|completed|finished|done|built)\b"
            # a fraction in words: "is about four-fifths complete", "two-thirds built"
            r"|\b(?:(?:one|two|three|four|five|seven|nine)[ -](?:thirds?|quarters?|fifths?"
            r"|eighths?|tenths?)|half|a third|a quarter|a fifth|a tenth)"
            r" (?:complete|completed|finished|done|built)\b",
            "under construction",
        ),
        # a plan approved: "the master plan for the A ... was approved in August"
        StatusCue(
            r"\b(?:master ?plan|detailed design|site plan|zoning plan|layout plan)s?\b"
            r"(?: for\b[^.;]{0,120}?)? (?:was|were|(?:has|have) been) (?:formally )?approved\b",
            "in preparation",
        ),
        # a share as a noun: "has reached 70 percent completion"
        StatusCue(
            r"\b(?:reached|reaches|passed|at) (?:about |roughly |some |nearly |over )?"
            r"\d+(?:\.\d+)? ?(?:percent|%) completion\b",
            "under construction",
        ),
        # overall progress as a share: "overall progress stands at roughly 55 percent"
        StatusCue(
            r"\b[Pp]rogress (?:stands|stood|is|was|has reached|reached) (?:at )?(?:about |roughly "
            r"|some |nearly |almost |around |over |more than )?\d+(?:\.\d+)? ?(?:percent|%)",
            "under construction",
        ),
        # built and waiting: "is now awaiting energisation", "is awaiting customs certification"
        StatusCue(
            r"\b(?:is|are) (?:now |still )?awaiting (?:its |their |final |formal |customs |joint )?"
            r"(?:energi[sz]ation|commissioning|acceptance|handover|certification|connection"
            r"|inspection|approval to operate)\b",
            "completed",
        ),
        # finished by a named builder: "a line that the same company finished in June"
        StatusCue(
            r"\b(?:that|which) (?:the |a |an )?"
            r"(?:(?!(?:is|are|was|were|be|been|being|to|will|would|has|have|wants|want|expects"
            r"|expect|plans|plan|hopes|hope|aims|aim|intends|needs|wishes)\b)[\w-]+ ){1,3}"
            r"(?:finished|completed|built)(?= (?:in|last|early|late)\b)",
            "completed",
        ),
        # tests passed: "finished its grid-connection tests this week" (built, on trial)
        StatusCue(
            r"\b(?:finished|completed|passed) (?:its|their|the) (?:final )?(?:grid-connection"
            r"|commissioning|load|trial|acceptance|performance|connection) tests\b",
            "completed",
        ),
        # a construction stage entered: "has entered its peak construction phase"
        StatusCue(
            r"\b(?:entered|enters|reached|is in|are in|now in) (?:its|the|their) (?:[a-z]+ )?"
            r"construction (?:phase|stage|period)\b",
            "under construction",
        ),
        # an early milestone or a stretch done: "river diversion has been completed at the A",
        # "welding has been completed on roughly 140 kilometres of the A" (the works go on)
        StatusCue(
            rf"\b(?i:{_EARLY_WORKS}) (?:has|have|had) been (?:completed|finished)\b"
            r"|\b(?:completed|finished) on (?:roughly |about |some |nearly |over |more than )?"
            r"[\d,.]+ (?:km|kilometres|kilometers|miles) of\b",
            "under construction",
            True,
        ),
        # ... told in the past: "where piling was finished ahead of schedule" (not governing: the
        # story may go on to the opening)
        StatusCue(
            rf"\b(?i:{_EARLY_WORKS}|tunnell?ing|tracklaying|track-laying|boring)"
            # ("tunnelling on the 42-km, four-lane expressway was finished in August")
            rf"{_OF} (?:was|were|has been|have been) (?:completed|finished)\b",
            "under construction",
        ),
        # a stage of a part done: "levelling of the first 4 square kilometres has been finished"
        # is work going on, not a finished whole
        StatusCue(
            r"\b(?:of|on) the first [^.;]{0,40}? (?:has|have) been (?:finished|completed)\b",
            "under construction",
            True,
        ),
        # in use, by its time in use or its tenants at work: "in its first full year of
        # operation", "36 factories are already in production" (an estate in use: inferred)
        StatusCue(
            r"\b(?:its|their) first (?:full )?(?:year|months?|season) of (?:operations?|service)\b",
            "operational",
        ),
        StatusCue(
            r"\b(?:factories|enterprises|companies|firms|plants|tenants|manufacturers)"
            r" (?:are|were|have been) (?:already |now )?(?:in production|producing|operating)\b",
            "operational",
            weak=True,
        ),
        # a stage entered: "has entered the detailed design and survey stage"
        StatusCue(
            # ("has moved into detailed design": the stage without "the")
            r"\b(?:moved|moving|entered|gone) into (?:[a-z-]+ )?"
            rf"(?i:{_alt(NOUN_CLASSES['preparation'])})\b"
            r"|\b(?:entered|reached|moved into|moved to|is in|are in|now in) (?:the|its|their)"
            r" (?:[a-z-]+ )?"
            rf"(?i:{_alt(NOUN_CLASSES['preparation'])})(?: and (?:[a-z-]+ )?"
            rf"(?i:{_alt(NOUN_CLASSES['preparation'])}))? (?:stage|phase)\b",
            "in preparation",
        ),
        # part of the works done: "crews have completed more than 60 percent of the earthworks"
        # (a share completed is work going on, not a finished project)
        StatusCue(
            rf"{AUX}complet(?:ed|es|ing) (?:almost |nearly |about |some |over |more than"
            rf" |roughly |around )?{_SHARE} of\b",
            "under construction",
        ),
        # "with panel installation almost 70 percent done"
        StatusCue(
            rf"\bwith (?:[a-z-]+ )?(?i:{building}) (?:almost |nearly |about |some |over |more than"
            rf" )?{_SHARE} (?:done|complete|completed|finished)\b",
            "under construction",
        ),
        StatusCue(
            # ("runs for some 1,300 km across the steppe": its extent, not its use)
            rf"\b(?:now |currently |today )?(?:{run_s})\b(?! as\b)"
            r"(?!(?<=runs) (?:across|along|through|from|between|parallel|alongside)\b"
            r"|(?<=runs) (?:for )?(?:some |about |roughly |nearly |almost )?[\d,.]+ ?"
            r"(?:km|kilomet|mile))",
            "operational",
            weak=True,
            road="open to traffic",
        ),
        # in use still: "continued to serve as the backbone", "continues to carry freight"
        StatusCue(
            r"\bcontinu(?:ed|es|ing) to (?:serve|operate|carry|run|handle|supply|generate"
            r"|provide|feed|transmit)\b(?! out\b)",
            "operational",
            road="open to traffic",
        ),
        # output in the present after a relative pronoun: "which turns out 2 million tonnes a
        # year" ("it turns out" is an idiom)
        StatusCue(r"\b(?:which|that) turns out\b", "operational", weak=True),
        # a plural subject: "trains now run at 160 km/h" (the bare form only after an adverb)
        StatusCue(
            rf"\b(?:now|currently|today) (?:{run_base})\b(?! as\b)",
            "operational",
            weak=True,
            road="open to traffic",
        ),
        # agreement signed: a signing verb before an agreement noun
        StatusCue(
            r"\b(?:sign(?:ed|s|ing)?|ink(?:ed|s|ing)?|seal(?:ed|s|ing)?|concluded|struck"
            r"|finali[sz]ed"
            r"|put (?:their|its|his|her) (?:signatures?|names?)(?: [^.;]{0,30}?)? to"
            r"|put pen to paper)"
            # "signed an engineering, procurement and construction contract"
            rf"(?: (?:[^.;]|\.(?=\d)){{0,60}}?)? (?:{agreement})s?\b",
            "agreement signed",
        ),
        # the signing named as a noun: "welcomed the signing, during the visit, of a loan
        # agreement worth 1.2 billion yuan for the A"
        StatusCue(
            rf"\bsigning\b(?:,[^.;]{{0,40}}?,)? of (?:a|an|the) (?:(?:[^.;]|\.(?=\d)){{0,60}}? )?"
            rf"(?:{agreement})s?\b",
            "agreement signed",
        ),
        # open to traffic; a road inaugurated or opened
        StatusCue(
            # ("reopened to traffic" after repairs or a rebuild: open again)
            r"\b(?:[Rr]e-?)?[Oo]pen(?:ed|s|ing)? (?:(?:its|their|the) [^.;,]{0,40}? )?to "
            r"(?:(?:freight |passenger |road |vehicle )?traffic|vehicles|cars"
            r"|trucks|lorries|motorists|drivers|road users|passengers|the public"
            # "opened to freight and passenger trains"
            r"|(?:(?:passenger|freight)(?: and (?:passenger|freight))? )?trains|rail traffic)\b",
            "open to traffic",
        ),
        StatusCue(
            r"\b(?:was|were|(?:has|have) been) (?:officially |formally )?inaugurated\b"
            # ("was opened to passenger trains" is the open-to cue's)
            r"|\b(?:was|were) (?:officially |formally )?(?:re-?)?opened\b(?! to\b)"
            r"|\b(?:opened|opens) in\b"
            # a participle after the name: "the A Bridge, inaugurated in 2022, now carries"
            r"|(?<=, )(?:officially |formally )?(?:inaugurated|opened|commissioned)"
            r"(?= (?:in|on|last|this|early|late)\b)"
            # the active voice: "the President inaugurated the ... Bridge"; a participle with its
            # agent: "Inaugurated by the president on 12 February, the highway ..."
            r"|\b(?:officially |formally )?inaugurated (?:the|its|by)\b"
            # a participle after an appositive's noun: "..., a six-lane highway inaugurated in
            # July, ..."
            r"|\b(?:road|highway|expressway|motorway|bypass|bridge|tunnel|line|railway|port"
            r"|terminal|airport) (?:officially |formally )?(?:inaugurated|opened|commissioned)"
            r"(?= (?:in|on|last|this|early|late)\b)",
            "operational",
            road="open to traffic",
        ),
        StatusCue(
            r"\b(?:handed over|turned over|(?:was|were|(?:has|have) been) finished)\b"
            # the noun: "commended the enterprise's handover in March of the A Terminal"
            r"|\bhand-?over (?:in [A-Z][a-z]+ |last [a-z]+ )?of the\b"
            r"|\b(?:reached|achieved) mechanical completion\b",
            "completed",
        ),
        # work ended: "construction ... has wrapped up", "the handover of the A"; a line or
        # airport on trial is built but not yet in service ("began trial runs")
        StatusCue(
            r"\b(?:has|have|had|was|were)(?: been)? (?:wrapped up|concluded)\b|\bhandover of\b"
            r"|\b(?:wound|wrapped) up\b|\b(?:took|takes|taken|taking) delivery of\b",
            "completed",
        ),
        StatusCue(
            r"\b(?:began|begun|started|starts|begins|conducted|conducting|undergoing|completed"
            r"|passed|came through|went through|underwent|finished|concluded|wrapped up)"
            r" (?:a |an |its |their )?(?:[\w-]+ )?(?:first )?trial (?:runs?|operations?|flights?"
            r"|services?)\b"
            r"|\b(?:[Tt]rial|[Tt]est) (?:trains?|runs?|operations?|flights?|vessels?) (?:began"
            r"|begun|started|have started|(?:have|has) been running"
            r"|have begun|(?:is|are) under ?way)\b",
            "completed",
        ),
        # in use once switched on: "was energised on 30 October"
        StatusCue(
            r"\b(?:was|were|(?:has|have) been) (?:fully )?energi[sz]ed\b|\binauguration of\b"
            r"|\bcommissioning of\b",
            "operational",
            road="open to traffic",
        ),
        StatusCue(
            r"\b(?:is|are|was|were|remains?|remained) (?:still |now )?under (?:study"
            r"|(?:[a-z]+ ){0,3}(?:and [a-z]+ )?(?:study|review|assessment|appraisal|evaluation))\b"
            # "is still undergoing a technical and environmental appraisal", "is being appraised"
            r"|\bundergoing (?:an? |its )?(?:[\w-]+ (?:and [\w-]+ )?)?(?:appraisal|assessment"
            r"|review|evaluation|study)\b"
            r"|\bbeing (?:appraised|assessed|evaluated|studied|reviewed)\b",
            "feasibility study",
        ),
        StatusCue(
            rf"\b(?:being|continues? to be|continued to be) {_ADV}developed\b"
            rf"|\b[Dd]evelopment{_OF} (?:is|are) (?:still |now )?(?:proceeding|progressing"
            r"|continuing|under ?way|ongoing|going on|being (?:led|carried out|undertaken"
            r"|pursued|driven))\b"
            r"|\bunder development\b|\b(?:remains?|remained|is|are|was|were) (?:still )?in"
            r" (?:the |its )?development(?: (?:phase|stage))?\b"
            r"|\b(?:entered|enters|is in|are in) (?:its |their )?(?:[a-z]+ )?"
            r"development (?:phase|stage)\b",
            "under development",
        ),
        StatusCue(
            r"\b(?:mak(?:e|es|ing)|made) (?:steady |good |rapid |major |significant |solid "
            r"|smooth |great |swift |notable |further )?(?:progress|headway|strides)\b"
            r"|\b(?:progressing|advancing) (?:well|steadily|smoothly|rapidly|on schedule)\b"
            # the participle: "the steady headway made at the A"
            r"|\b(?:steady |good |rapid |significant |solid |notable )(?:progress|headway)"
            r" (?:made|achieved|recorded) (?:at|on|in)\b"
            r"|\b(?:[Ww]ork|[Cc]onstruction|[Pp]rogress)(?: on| of)? [^.;]{0,80}?"
            r"(?:is|are|was|were) (?:now |still )?(?:progressing|advancing)\b"
            r"|\b[Pp]rogress (?:on|at) [^.;]{0,80}?(?:has been|is|was) (?:steady|good|rapid|smooth"
            r"|swift|solid)\b"
            r"|\b(?:is|are|was|were) (?:now |still |steadily )?moving (?:forward|ahead)\b"
            # "good progress has been reported at the A"
            r"|\b(?i:steady |good |rapid |major |significant |solid |smooth |great |notable )"
            r"(?:progress|headway) (?:has been|was|is being|is|had been) (?:reported|made|achieved"
            r"|recorded)\b",
            "making progress",
        ),
    )


# Common phrasings of the genre's reports, stage by stage, that no frame above reads.
_COMMON_PHRASINGS: tuple[StatusCue, ...] = (
    # whether to build: "the feasibility of the A is still being assessed", "has not moved
    # beyond the feasibility stage", "are still assessing whether the A is viable"
    StatusCue(
        r"\b[Ff]easibility of\b"
        r"|\b(?:yet to move|not (?:yet )?moved|yet to get) (?:past|beyond) (?:the )?feasibility"
        r"|\b(?:assessing|studying|examining|evaluating|weighing) whether\b",
        "feasibility study",
        True,
    ),
    # whether to build, as a study of its worth: "a study of its economic viability was
    # commissioned" (a study, not a plant in service)
    StatusCue(
        r"\b(?:study|studies|assessment|appraisal|review|analysis) (?:of|on|into) (?:its|their"
        r"|the \w+['’]s) (?:economic |technical |commercial |financial )?"
        r"(?:viability|feasibility)\b",
        "feasibility study",
        True,
    ),
    # still preparing: "is still at the stage of route surveys and land acquisition",
    # "surveyors have begun marking the route of the A"
    StatusCue(
        rf"(?<!\w)at the (?:\w+ )?stage of (?:\w+ )?(?i:{_alt(NOUN_CLASSES['preparation'])})"
        # "remains at the survey and design stage"
        rf"|(?<!\w)at the (?:[a-z-]+ )?(?i:{_alt(NOUN_CLASSES['preparation'])})"
        rf"(?: and (?:[a-z-]+ )?(?i:{_alt(NOUN_CLASSES['preparation'])}))? (?:stage|phase)\b"
        r"|\b(?:marking|pegging|staking)(?: out)? the (?:route|alignment|corridor)\b",
        "in preparation",
    ),
    # "now in its second development phase": being developed
    StatusCue(
        r"\bin (?:its|their) (?:[a-z-]+ )?(?:development|expansion) (?:phase|stage)\b",
        "under development",
    ),
    # preparation finished is preparation: "Route surveys for the A ... were finished in June",
    # "..., with geotechnical surveys on the first 150 kilometres completed in July"
    StatusCue(
        rf"\b(?i:{_alt(NOUN_CLASSES['preparation'])})s?{_OF} (?:(?:was|were|has been|have been|is"
        r"|are) )?(?:now |already )?(?:finished|completed|complete|done|wrapped up)\b",
        "in preparation",
    ),
    # part built: "track-laying on the A has passed the halfway mark"
    StatusCue(
        r"\b(?:passed|reached|crossed|past) the (?:halfway|two-thirds|three-quarters"
        r"|\d+(?:-| )?(?:percent|%|kilometre|km)) (?:mark|point|stage)\b",
        "under construction",
    ),
    # tenants in: "the first tenants have moved into the A" (in use, as far as it goes: weak)
    StatusCue(
        r"\b(?:tenants|firms|companies|enterprises|businesses|factories|manufacturers)"
        r" (?:have|has|had) (?:already |now )?moved in(?:to)?\b",
        "operational",
        weak=True,
    ),
    # preparation going on: "design and land acquisition are progressing for the A" ("work is
    # progressing" is the set's "making progress")
    StatusCue(
        rf"\b(?i:{_alt(NOUN_CLASSES['preparation'])})s?(?:(?:,| and) (?:[a-z]+ )?[a-z]+)*{_OF}"
        r" (?:is|are) (?:now |still |steadily )?progressing\b",
        "in preparation",
    ),
    # piling: "crews are driving piles for the A"
    StatusCue(
        r"\b(?:is|are|was|were|been) (?:now |still |already )?(?:driving|sinking) (?:the )?"
        r"(?:piles|foundations|caissons)\b",
        "under construction",
    ),
    # still a building site
    StatusCue(
        r"\b(?:remains?|is|are) (?:still )?an? (?:building|construction|work) site\b",
        "under construction",
    ),
    # a contract for it, no verb ("among the deals was an engineering contract for the A"): weak
    StatusCue(
        rf"\b(?:{_AGREEMENT})s? (?:for|on) the\b",
        "agreement signed",
        weak=True,
    ),
    # waiting on its design: "will not break ground until its detailed design is approved"
    StatusCue(
        r"\b(?:will not|won't|cannot|can't|does not|do not|did not) (?:break ground|start"
        r"|begin|proceed) (?:until|before|unless)\b",
        "in preparation",
    ),
    # a tunnel being cut ("cut" alone is too common a verb: "has cut freight costs")
    StatusCue(
        r"\b(?:are|is|were|was|been|have|has) (?:still |now |already )?(?:cutting|cut)"
        r" (?:through|into|\d[\d.,]* ?(?:km|kilometres|kilometers|metres|meters|m)\b"
        r"|(?:the |its |their )?(?:[\w-]+ ){0,2}(?:tunnels?|bores?|rock|shafts?|galler(?:y|ies)))",
        "under construction",
    ),
    # a port opened to shipping: in use ("opened its first berth to shipping")
    StatusCue(
        r"\bopen(?:ed|s|ing)? (?:(?:its|their|the) [^.;,]{0,40}? )?to (?:shipping|ships|vessels"
        r"|navigation|cargo|freighters|aircraft|flights|airlines)\b",
        "operational",
    ),
    # in trial operation: built, on trial ("entered trial operation in May")
    StatusCue(
        r"\b(?:entered|enters|began|started|is in|are in|went into) trial (?:operation|service)\b",
        "completed",
    ),
    # users arrived: "vehicles began using the A"
    StatusCue(
        r"\b(?i:vehicles|traffic|trains|ships|vessels|passengers|motorists|drivers|trucks|lorries"
        r"|buses|flights|airlines|tenants|firms|companies) (?:began|started|have begun|have"
        r" started) (?:using|to use)\b",
        "operational",
        road="open to traffic",
    ),
    # tested and awaiting handover: "load tests ... were passed", "now awaits its handover"
    StatusCue(
        r"\b(?:awaits|awaiting|is awaiting|are awaiting) (?:its |their |the )?"
        r"(?:formal |official )?hand(?:over|-over)\b"
        r"|\b(?:load|acceptance|completion) tests?\b[^.;]{0,80}?\b(?:were|was|have been|has been)"
        r" passed\b|\bpassed (?:its |their )?(?:load|acceptance|completion) tests?\b",
        "completed",
    ),
    # working: "is fully functional", "went live", "opened its doors", "was switched on",
    # "the first train ran on the A", "traffic now flows on the A"
    StatusCue(
        r"\b(?:is|are|was|were) (?:now |fully )?functional\b"
        r"|\b(?:went|goes|has gone|have gone) live\b"
        r"|\bopened (?:its|their) doors\b"
        r"|\b(?:was|were|(?:has|have) been) (?:switched|turned) on\b"
        r"|\b[Tt]he first (?:trains?|ships?|vessels?|flights?|vehicles?|cars|trucks) (?:ran|ran on"
        r"|arrived|docked|berthed|landed|crossed|called)\b"
        r"|\b[Tt]raffic (?:now )?(?:flows|is flowing|has been flowing|began flowing|started flowing"
        r"|began to flow|started to flow)\b",
        "operational",
        road="open to traffic",
    ),
    # done: "construction ... ended", "is ready for operation", the reservoir filling
    StatusCue(
        r"\b(?:[Cc]onstruction|[Ww]orks?|[Cc]ivil works)(?: on| of)? [^.;]{0,80}?"
        r"\b(?:ended|has ended|was concluded|came to an end)\b"
        r"|\b(?:is|are|was|were) (?:now )?ready (?:for (?:operation|service|use|opening)|to open)\b"
        r"|\b(?i:reservoir|impoundment|impounding)\b[^.;]{0,60}?\b(?:began|started|begun)"
        r"|\b(?:began|started) (?:filling|impounding)\b",
        "completed",
    ),
    # building said to progress: "construction of the A is moving ahead" (while "work on the A
    # is moving ahead", of no stage named, is making progress)
    StatusCue(
        rf"(?<!for the )(?<!of the )(?<!on the )\b[Cc]onstruction(?: works?)?{_OF} (?:is|are)"
        r" (?:now |still |steadily )?(?:moving "
        r"(?:ahead|forward)|progressing|advancing)\b",
        "under construction",
    ),
    # works still going on, told by when the project will open: "is due to open next spring once
    # the last of its 14 bridges is finished", "once dredging of its basin is finished", "once
    # its final 12 km have been surfaced", "once builders finish its second smelter"; and people
    # on site ("nearly 14,000 workers are on site")
    StatusCue(
        rf"\b(?i:once|when|after) (?:(?:the )?(?i:{_alt(NOUN_CLASSES['construction'])})"
        r"(?= (?:of|is|are|has|have)\b)(?: of (?:its|the|their))?"
        r"|the last of (?:its|the|their)|(?:its|the|their) (?:final|remaining|last))\b"
        # (not land, permits or money still to come: "once the remaining land acquisition is
        # completed", "once its final financing agreement is completed")
        r"(?! (?:[a-z-]+ )?(?:land|permits?|financing|funding|approvals?|licen[cs]es?|agreements?"
        r"|contracts?|designs?|studies|study|surveys?|acquisition|environmental|resettlement"
        r"|compensation|loans?|tranches?)\b)"
        r"(?:[^.;]|\.(?=\d)){0,60}? (?:ends?\b|(?:is|are|has been|have been) (?:finished"
        r"|completed|complete|over|done|surfaced|paved|laid|built|installed|in place))\b"
        rf"|\b(?i:once|when|after|until) (?:the )?(?:{_WORKERS}|contractor) (?:finish(?:es)?"
        r"|complete[s]?)\b"
        rf"|\b{_WORKERS} (?:are|were) (?:now |currently |still |already )?on (?:the )?site\b"
        rf"|\bwith (?:some |about |nearly |over |more than |around )?[\d,]+ {_WORKERS} on "
        r"(?:the )?site\b",
        "under construction",
    ),
    # a start of work told as a noun: "welcomed the start of construction on the A", "the
    # groundbreaking of the A"; "the start of survey and design work on the A" is preparation
    StatusCue(
        # (not awaited or put off: "still awaiting the start of construction", "pushed back the
        # start of construction", "paves the way for the start of construction")
        r"(?<!awaiting )(?<!await )(?<!back )(?<!for )(?<!delay )(?<!delayed )(?<!postpone )"
        r"(?<!postponed )(?<!before )(?<!ahead of )"
        r"\b(?:the|a) (?:start|launch|beginning|commencement|kick-off) of (?:the )?(?:main )?"
        rf"(?i:{_alt(NOUN_CLASSES['construction'])})\b(?! (?:of|on|for) (?:a|an|new) )"
        + _NOT_BEGUN
        + r"|\b[Gg]round-?breaking (?:ceremony )?(?:of|for|at) the\b"
        r"(?![^.;]{0,80}?\b(?:postponed|delayed|pushed back|put off|planned|scheduled|expected"
        r"|will)\b)",
        "under construction",
    ),
    StatusCue(
        r"\b(?:the|a) (?:start|launch|beginning|commencement|kick-off) of (?:the )?(?:[a-z-]+"
        rf" (?:and|or) )?(?i:{_alt(NOUN_CLASSES['preparation'])})\b" + _NOT_BEGUN,
        "in preparation",
    ),
    # throughput over a period told in the past: "handled 1,140 block trains in the first eight
    # months", "carried 4.8 million passengers in the first half of 2025" (in use for some time,
    # as the annotation brief reads "handling": inferred, so any stage stated outright stands)
    StatusCue(
        # (any hedge: "handled just under 300,000 TEU last year")
        r"\b(?:handled|carried|generated|processed|served|produced|welcomed) (?:[a-z]+ ){0,2}?"
        r"\d[\d,.]*"
        # of traffic or output, not of materials ("moved 3.2 million cubic metres of earth",
        # "produced 14,000 tunnel segments", "welcomed 35 investors")
        r"(?: (?:million|billion|thousand))? (?:[\w-]+ ){0,2}?(?:TEUs?|tonnes|tons|passengers"
        r"|vehicles|containers|trains|trips|ships|vessels|calls|flights|cars|trucks|lorries"
        r"|travellers|travelers|visitors|tourists|kWh|GWh|MWh|TWh|barrels)\b",
        "operational",
        weak=True,
    ),
    # cables or girders hung: "crews are hanging the last of the 84 stay cables on the A"
    StatusCue(
        r"\b(?:are|is|were|was) (?:now |still )?hanging (?:the )?(?:last (?:of the )?)?"
        r"(?:[\w-]+ ){0,3}?(?:cables?|girders?|segments?|decks?|spans?)\b",
        "under construction",
    ),
    # a bridge's span closed: "the main span of the A ... was closed in October" (still building)
    StatusCue(
        r"\b(?:main |central |middle |final |last )?spans? of the\b[^.;]{0,120}? (?:was|were"
        r"|has been|have been) (?:closed|joined|connected|completed)\b(?! to (?:traffic|vehicles)"
        r"| for (?:repairs|maintenance))"
        r"|\bclosure of the (?:main |central |middle |final )?span\b"
        r"(?![^.;]{0,40}?\b(?:for (?:repairs|maintenance)|to traffic))",
        "under construction",
    ),
    # a dam's river closed: "achieved river closure in January" (the dam still building)
    StatusCue(
        r"\b(?:achieved|completed|carried out) (?:the )?river closure\b"
        r"|\briver closure (?:was|has been|had been) (?:achieved|completed)\b",
        "under construction",
    ),
    # building: "more than halfway built", a tunnel "broke through" or "holed through"
    StatusCue(
        r"\b(?:more than |over |almost |nearly )?halfway (?:built|done|complete|completed"
        r"|through construction)\b"
        r"|\b(?:broke|broken|holed|bored) through\b|\bbreakthrough of\b"
        # a tunnel being driven: "boring machines began cutting into the A"
        r"|\b(?:began|begun|started|(?:is|are|was|were) (?:now |still )?) ?(?:cutting|boring"
        r"|drilling|tunnell?ing) into\b",
        "under construction",
    ),
    # agreed to build; memoranda exchanged
    StatusCue(
        r"\bagreed to (?:jointly )?(?:build|construct|develop|finance|upgrade|expand)\b"
        rf"|\b(?i:{_AGREEMENT})s? [^.;]{{0,80}}?(?:was|were|(?:has|have) been) exchanged\b",
        "agreement signed",
    ),
    # looked into
    StatusCue(
        r"\b(?:is|are|was|were) (?:still |now )?being explored\b|\bunder exploration\b",
        "feasibility study",
    ),
    # a proposal studied: "officials are also studying a proposal for the A"
    StatusCue(
        r"\b(?:is|are|was|were) (?:also |now |still |currently )?(?:studying|examining|reviewing"
        r"|assessing|evaluating) (?:a |the )?(?:proposals?|plans?|bids?) (?:for|to build)\b",
        "feasibility study",
    ),
    # opened, as a noun: "the opening of the A to vehicles"; traffic taken: "began taking traffic"
    StatusCue(
        r"\bopening of (?:the |its )?[^.;]{0,80}? to (?:traffic|vehicles|cars|trucks|lorries"
        r"|motorists|passengers|the public)\b"
        r"|\b(?:began|begun|started|starts|begins) (?:taking|accepting|carrying|handling)"
        r" (?:traffic|vehicles|cars|trucks|lorries|passengers|ships|vessels|cargo|flights)\b",
        "operational",
        road="open to traffic",
    ),
    # a part already built: "2.1 km of quay wall at the A has already been piled"
    StatusCue(
        r"\b(?:has|have) (?:already |now |so far )?been (?:piled|dredged|laid|poured|paved"
        r"|excavated|bored|dug|erected|installed)\b",
        "under construction",
    ),
    # "work continues on the A"
    StatusCue(
        r"\b(?:[Ww]ork|[Ww]orks|[Cc]onstruction|[Cc]ivil works) (?:continues|continue|continued"
        r"|goes on|went on)\b",
        "under construction",
    ),
    # run by someone: "is operated by a Chinese company", "a company operates the A"
    StatusCue(
        r"\b(?:is|are) (?:now |currently )?(?:operated|run|managed) by\b"
        r"|\b(?:operates|runs|manages) the\b",
        "operational",
        weak=True,
    ),
    # built in the past: "was built in 2019", "a Chinese company built the A"
    StatusCue(
        r"\b(?:was|were) (?:built|constructed|erected) (?:in|by|between|from|over)\b"
        r"|\b(?:built|constructed) the\b",
        "completed",
    ),
    # in use: "was brought into use in stages", "its final stretch accepting vehicles"
    StatusCue(
        r"\b(?:was|were|is|are|(?:has|have) been) brought into (?:full |commercial )?(?:use"
        r"|service|operation)\b"
        r"|\baccept(?:s|ed|ing)? (?:vehicles|traffic|cars|trucks|lorries|passengers|ships"
        r"|vessels|flights)\b",
        "operational",
        road="open to traffic",
    ),
    # a study of whether to build: "consultants are assessing the viability of the A"
    StatusCue(
        r"\b(?:assessing|appraising|evaluating|studying|examining|reviewing|weighing)"
        r" (?:the )?(?:[a-z]+ (?:and [a-z]+ )?)?(?:viability|feasibility|merits|case for)\b"
        r"|\b(?:is|are|was|were) (?:still |now )?(?:appraising|evaluating|studying) the\b",
        "feasibility study",
    ),
    # people at work on it: "tracklaying crews are working their way north along the A"
    StatusCue(
        # (a construction verb after them is a frame's: "welders are welding")
        rf"\b{_WORKERS} (?:are|were|have been) (?:still |now )?(?:working|busy|at work|pressing on"
        r"|joining|fixing)\b",
        "under construction",
        weak=True,  # "engineers are working on the design" states its own stage
    ),
    # near the end of the works, or a part of them finished: still being built
    StatusCue(
        r"\b(?:nearing|close to|near) completion\b"
        r"|\bin (?:the|its) (?:final |last |main )?(?:stage|phase)s? of construction\b"
        r"|\bin (?:the|its) construction (?:stage|phase)\b"
        r"|\b(?:main structure|superstructure|main body|foundations?|piers|deck|main span|bore)"
        r" of (?:the|its) [^.;]{0,80}?(?:was|were|(?:has|have) been) (?:completed|finished)\b",
        "under construction",
    ),
    # work taken up again
    StatusCue(
        r"\b(?:[Ww]ork|[Ww]orks|[Cc]onstruction|[Cc]ivil works)(?: on| of)? [^.;]{0,80}?"
        r"(?:has |have |had )?resumed\b",
        "under construction",
    ),
    # services begun: "passenger services on the A began in 2021"
    StatusCue(
        r"\b(?:[Pp]assenger |[Ff]reight |[Cc]ommercial |[Rr]egular )"
        r"(?:services?|operations?|flights)(?: on| at| to| from)? [^.;]{0,80}?"
        r"(?:began|started|commenced|(?:have|has) (?:begun|started))\b",
        "operational",
        road="open to traffic",
    ),
    # money in place: "financing for the A was secured"
    StatusCue(
        r"\b(?:[Ff]inancing|[Ff]unding|[Ff]inance|[Ll]oans?)(?: for| of)? [^.;]{0,80}?(?:was|were"
        r"|(?:has|have) been) (?:secured|arranged|approved|agreed)\b",
        "agreement signed",
        weak=True,  # money found says less than a stage stated outright ("land acquisition ...")
    ),
    # in use
    StatusCue(
        r"\b(?:is|are|was|were|(?:has|have) been) (?:now |fully )?up and running\b"
        r"|\b(?:came|comes|come|coming|went|goes|gone) (?:online|on stream|on line)\b"
        r"|\b(?:(?:has|have) been|is|are) (?:now )?(?:online|in use)\b"
        r"|\b(?:was|were|(?:has|have) been) synchroni[sz]ed (?:with|to) the"
        r" (?:national |power )?grid"
        r"|\bopen for business\b"
        r"|\b(?:achieved|reached|began|started|commenced) (?:its |their )?(?:full |regular )?"
        r"(?:commercial )?operations?\b",
        "operational",
        road="open to traffic",
    ),
    # a road, bridge or tunnel "is now open" (another facility: in use)
    StatusCue(
        r"\b(?:is|are) (?:now |fully )open\b(?! to| for)|\bthrown open to traffic\b",
        "operational",
        road="open to traffic",
    ),
    # finished
    StatusCue(
        r"\b(?:is|are|was|were) (?:now |fully )?complete\b"
        r"|\breached completion\b"
        r"|\bpassed (?:its |their )?(?:final )?(?:acceptance|completion)(?: inspections?| checks?"
        r"| tests?)?\b",
        "completed",
    ),
    # work begun on site
    StatusCue(
        r"\b[Gg]round (?:was|has been|had been) broken\b"
        r"|\b(?:groundbreaking|ground-breaking) (?:ceremony|ceremonies)\b"
        r"|\b(?:foundation|corner) ?stone [^.;]{0,60}?(?:was|were|has been) laid\b",
        "under construction",
    ),
    # agreed
    StatusCue(
        rf"\b(?:{_AGREEMENT})s? [^.;]{{0,80}}?(?:was|were|(?:has|have) been) struck\b"
        r"|\b(?:contract|deal)s? [^.;]{0,80}?(?:was|were|(?:has|have) been) awarded\b"
        r"|\bawarded (?:the |a )?(?:[\w-]+ )?contract\b"
        r"|\breached financial close\b",
        "agreement signed",
    ),
    # considered
    StatusCue(
        r"\bunder consideration\b|\b(?:is|are|was|were) (?:still |now )?being considered\b",
        "feasibility study",
    ),
    # tendering: before work is contracted
    StatusCue(
        r"\b(?:[Tt]endering|[Pp]rocurement|[Bb]idding)(?: (?:for|of) [^.;]{0,80}?)? (?:is|are|was"
        r"|were) (?:now |still )?(?:under ?way|in progress|ongoing|open)\b"
        r"|\b(?:[Bb]ids|[Tt]enders) [^.;]{0,80}?(?:were|have been|are being) (?:invited|sought"
        r"|evaluated|assessed)\b"
        r"|\b(?:tender|bidding process) [^.;]{0,80}?(?:was|has been) (?:launched|issued|opened)\b",
        "in preparation",
        True,  # a tender "launched" is no study
    ),
    # on course
    StatusCue(
        r"\b(?:is|are) (?:now |still )?(?:on track|on schedule|on course)\b"
        r"|\b(?:progressing|proceeding|advancing) (?:as planned|according to plan)\b",
        "making progress",
    ),
)

GENERAL_STATUS_CUES = GENERAL_STATUS_CUES + _frame_cues() + _COMMON_PHRASINGS

# What a body is, from its governing noun: "Silk Road Fund" is a fund.
GENERAL_MECHANISM_HEADS: Mapping[str, str] = MappingProxyType(
    {
        "Forum": "forum",
        "Summit": "forum",
        "Conference": "forum",
        "Week": "forum",
        "Alliance": "alliance",
        "Coalition": "alliance",
        "League": "alliance",
        "Association": "association",
        "association": "association",
        "Consortium": "association",
        "Network": "network",
        "network": "network",
        "Fund": "fund",
        "Bank": "bank",
        "Eximbank": "bank",
        "Corporation": "financial institution",
        "Platform": "platform",
        "platform": "platform",
        "Expo": "expo",
        "Fair": "expo",
        "Exhibition": "expo",
        "Center": "centre",
        "Centre": "centre",
        "Base": "centre",
        "Initiative": "initiative",
        "Program": "program",
        "Programme": "program",
        "program": "program",
        "Project": "program",
        "Grant": "program",
        "Scholarship": "program",
        "Partnership": "partnership",
        "mechanism": "mechanism",
        "Organization": "organization",
        "Union": "organization",
        "Council": "organization",
    }
)
# Nouns that make a name a document or an agreement, not a body.
GENERAL_DOCUMENT_NOUNS = frozenset(
    "Agreement Plan Principles Guidance Guidelines Framework Resolution Agenda Strategy Outlook"
    " Statement".split()
)


@dataclass(frozen=True)
class Rules:
    """Everything the project and mechanism rules read besides the text itself."""

    # projects
    heads: Mapping[str, str] = field(default_factory=lambda: GENERAL_HEADS)
    project_words: Mapping[str, str] = field(default_factory=lambda: GENERAL_PROJECT_WORDS)
    name_suffixes: tuple[str, ...] = GENERAL_NAME_SUFFIXES
    lower_modifiers: tuple[str, ...] = ()  # lowercase words between a name and a lowercase head
    # a head followed by one of these names a service, or modifies a noun ("railway yard")
    not_followed_by: tuple[str, ...] = GENERAL_NOT_FOLLOWED_BY
    name_units: tuple[str, ...] = GENERAL_NAME_UNITS  # units before a name: not in it
    patterns: tuple[PatternRule, ...] = GENERAL_PATTERNS
    lists: tuple[ListRule, ...] = ()
    status_cues: tuple[StatusCue, ...] = GENERAL_STATUS_CUES
    facility_nouns: tuple[str, ...] = GENERAL_FACILITY_NOUNS  # lowercase mentions of a facility
    referring_nouns: Mapping[str, tuple[str, ...]] = field(
        default_factory=lambda: GENERAL_REFERRING_NOUNS
    )
    # Clause openings that go on about the name of the clause before ("11 sections of the
    # construction project have started"): such a clause adds its cues to that name's own.
    continuing_clauses: tuple[str, ...] = ()
    places: Mapping[str, str] = field(default_factory=dict)  # place in a name -> ISO3
    gazetteer: bool = True  # look a name's opening city up in the gazetteer (extract.gazetteer)
    home_country: str = ""  # ISO3 of the author's country: named in most sentences, rarely news
    home_country_name: str = ""
    named_groups: tuple[str, ...] = ()  # paragraph groups whose name names the partner country
    default_group: str = "other"
    # mechanisms
    mechanism_heads: Mapping[str, str] = field(default_factory=lambda: GENERAL_MECHANISM_HEADS)
    two_word_heads: Mapping[str, str] = field(default_factory=dict)
    document_nouns: frozenset[str] = GENERAL_DOCUMENT_NOUNS
    kind_overrides: Mapping[str, str] = field(default_factory=dict)
    aliases: tuple[str, ...] = ()  # names used like acronyms ("China Eximbank")
    compound_words: tuple[str, ...] = ()  # multi-word names read as one word ("Belt and Road")
    not_bodies: tuple[str, ...] = ()  # names with a head noun that are not bodies
    spellings: Mapping[str, str] = field(default_factory=dict)  # variant -> canonical spelling
    not_in: tuple[str, ...] = ()  # patterns with a `list` group whose items are not bodies

    def extended(self, extra: Mapping[str, Any]) -> Rules:
        """These rules plus a document's own: mappings and lists are added to, scalars replaced."""
        changes: dict[str, Any] = {}
        for name, value in extra.items():
            if not hasattr(self, name):
                raise KeyError(f"unknown rule {name!r}")
            current = getattr(self, name)
            if isinstance(current, Mapping):
                changes[name] = MappingProxyType({**current, **value})
            elif isinstance(current, frozenset):
                changes[name] = current | frozenset(value)
            elif isinstance(current, tuple):
                changes[name] = current + tuple(_item(name, v) for v in value)
            else:
                changes[name] = value
        return replace(self, **changes)


def _item(name: str, value: Any) -> Any:
    """A list entry of the data file as the type the rules use."""
    kinds: dict[str, type] = {"status_cues": StatusCue, "lists": ListRule, "patterns": PatternRule}
    if name in kinds and isinstance(value, Mapping):
        return kinds[name](**value)
    return value


GENERAL = Rules()


def ordered(values: Sequence[str]) -> tuple[str, ...]:
    """Longest first, so an alternation prefers 'Railway Bridge' to 'Railway'."""
    return tuple(sorted(values, key=len, reverse=True))
