"""Matching partnership levels and energy technologies in text to their concept labels.

The ontology (``epkg.ontology.reference``) is the single source of truth for the
concept labels: ``partnership_levels()`` and ``technologies()`` give each
lower-case prefLabel with its alternative labels. Until that module exists the
fallback tables below stand in for it. Extraction stores the *prefLabel*;
``graph/build.py`` turns it into the concept IRI.
"""
from __future__ import annotations

import functools
import re

from epkg.graph.extract.text import NUMBER_WORDS

# Used only when epkg.ontology.reference is not available.
_FALLBACK_LEVELS = [
    {"label": "partnership", "rank": 1, "alt_labels": []},
    {"label": "cooperative partnership", "rank": 2, "alt_labels": []},
    {"label": "comprehensive partnership", "rank": 3, "alt_labels": []},
    {"label": "comprehensive cooperative partnership", "rank": 4, "alt_labels": []},
    {"label": "strategic partnership", "rank": 5, "alt_labels": []},
    {"label": "strategic cooperative partnership", "rank": 6, "alt_labels": []},
    {"label": "comprehensive strategic partnership", "rank": 7, "alt_labels": []},
    {"label": "comprehensive strategic cooperative partnership", "rank": 8, "alt_labels": []},
    {"label": "all-weather strategic cooperative partnership", "rank": 9, "alt_labels": []},
]
_FALLBACK_TECHNOLOGIES = [
    {"label": "wind", "alt_labels": ["onshore wind", "wind power", "wind energy", "wind farm", "wind farms",
                                     "wind turbines", "turbines"], "broader": None},
    {"label": "offshore wind", "alt_labels": [], "broader": "wind"},
    {"label": "solar", "alt_labels": ["solar pv", "photovoltaic", "solar power", "solar energy", "pv"],
     "broader": None},
    {"label": "floating solar", "alt_labels": [], "broader": "solar"},
    {"label": "hydro", "alt_labels": ["hydropower", "hydroelectric", "hydro power", "hydroelectricity"],
     "broader": None},
    {"label": "nuclear", "alt_labels": ["nuclear power", "reactor", "reactors"], "broader": None},
    {"label": "natural gas", "alt_labels": ["gas", "lng", "liquefied natural gas", "gas-fired"],
     "broader": None},
    {"label": "oil", "alt_labels": ["crude", "oil field", "oilfield", "refinery", "refineries"], "broader": None},
    {"label": "coal", "alt_labels": ["coal-fired"], "broader": None},
    {"label": "hydrogen", "alt_labels": ["green hydrogen"], "broader": None},
    {"label": "battery storage", "alt_labels": ["battery energy storage", "battery", "batteries", "bess"],
     "broader": "energy storage"},
    {"label": "energy storage", "alt_labels": ["storage"], "broader": None},
    {"label": "transmission", "alt_labels": ["transmission line", "power line", "cable", "interconnection",
                                             "hvdc", "power grid", "grid", "electricity highway"],
     "broader": None},
    {"label": "pipeline", "alt_labels": ["gas pipeline", "pipe"], "broader": None},
    {"label": "geothermal", "alt_labels": [], "broader": None},
    {"label": "biomass", "alt_labels": ["bioenergy"], "broader": None},
]


def _reference():
    try:
        from epkg.ontology import reference  # the ontology engineer's module
    except ImportError:
        return None
    return reference if hasattr(reference, "partnership_levels") and hasattr(reference, "technologies") else None


@functools.lru_cache(maxsize=None)
def partnership_levels() -> tuple[dict, ...]:
    """The partnership levels: dicts with ``label`` (lower case), ``rank`` and ``alt_labels``.

    Examples
    --------
    >>> "comprehensive strategic partnership" in {lv["label"] for lv in partnership_levels()}
    True
    """
    ref = _reference()
    levels = list(ref.partnership_levels()) if ref else []
    return tuple(levels or _FALLBACK_LEVELS)


@functools.lru_cache(maxsize=None)
def technologies() -> tuple[dict, ...]:
    """The technologies: dicts with ``label`` (lower case), ``alt_labels`` and ``broader``.

    Examples
    --------
    >>> "offshore wind" in {t["label"] for t in technologies()}
    True
    """
    ref = _reference()
    techs = list(ref.technologies()) if ref else []
    labels = {t["label"] for t in techs}
    # Keep fallback labels the ontology does not (yet) declare, so extraction
    # never loses a technology the text names.
    return tuple(techs + [t for t in _FALLBACK_TECHNOLOGIES if t["label"] not in labels]) if techs \
        else tuple(_FALLBACK_TECHNOLOGIES)


def _form_pattern(form: str) -> str:
    return r"[\s-]+".join(re.escape(w) for w in form.split())


@functools.lru_cache(maxsize=None)
def level_regex() -> re.Pattern:
    """A regex matching any partnership level phrase; group ``level`` holds it."""
    forms = set()
    for lv in partnership_levels():
        if lv["label"] != "partnership":
            forms.update([lv["label"], *lv.get("alt_labels", ())])
    alts = "|".join(_form_pattern(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"\b(?P<level>{alts})s?\b", re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def partners_level_regex(plural: bool = True) -> re.Pattern:
    """A regex matching a level told of the partners rather than the partnership ("strategic partners"), or
    with *plural* false, of one partner ("Mozambique's strategic partner"); group ``stem`` holds the words before
    the noun.

    Examples
    --------
    >>> partners_level_regex().search("China and Pakistan are all-weather strategic cooperative partners").group("stem")
    'all-weather strategic cooperative'
    >>> partners_level_regex(plural=False).search("China is Zambia's strategic partner.").group("stem")
    'strategic'
    """
    stems = set()
    for lv in partnership_levels():
        for form in (lv["label"], *lv.get("alt_labels", ())):
            words = form.split()
            if len(words) >= 2 and words[-1].lower() == "partnership":
                stems.add(" ".join(words[:-1]))
    alts = "|".join(_form_pattern(f) for f in sorted(stems, key=len, reverse=True))
    return re.compile(rf"\b(?P<stem>{alts})\s+{'partners' if plural else 'partner'}\b", re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _level_index() -> dict[str, str]:
    index = {}
    for lv in partnership_levels():
        for form in (lv["label"], *lv.get("alt_labels", ())):
            index[" ".join(re.split(r"[\s-]+", form.lower()))] = lv["label"]
    return index


def level_label(phrase: str) -> str | None:
    """The level prefLabel a phrase names (``"Comprehensive Strategic Partnership"`` → its label).

    Examples
    --------
    >>> level_label("Comprehensive  Strategic Partnership")
    'comprehensive strategic partnership'
    >>> level_label("business partnership") is None
    True
    """
    key = " ".join(re.split(r"[\s-]+", phrase.strip().lower()))
    key = re.sub(r"partnerships$", "partnership", key)
    return _level_index().get(key)


# The technologies the contract names: a finer concept found in text is recorded as
# the nearest of these above it ("onshore wind" → wind, LNG → natural gas), so the
# same plant gets the same label whichever way a report words it.
CORE_TECHNOLOGIES = frozenset({
    "wind", "offshore wind", "solar", "floating solar", "hydro", "nuclear", "natural gas", "oil", "coal",
    "hydrogen", "battery storage", "energy storage", "transmission", "pipeline", "geothermal", "biomass"})
# Surface forms news uses beyond the ontology's alt labels.
_EXTRA_FORMS = {"reactor": "nuclear", "reactors": "nuclear", "battery": "battery storage",
                "batteries": "battery storage", "oil field": "oil", "oilfield": "oil",
                "refinery": "oil", "refineries": "oil", "oil refinery": "oil",
                "electricity highway": "transmission", "power grid": "transmission",
                "transmission lines": "transmission", "interconnector": "transmission",
                "floating solar pv": "floating solar", "subsea link": "transmission",
                "submarine link": "transmission", "power link": "transmission", "electricity link": "transmission",
                "energy corridor": "transmission", "electricity corridor": "transmission",
                "transmission corridor": "transmission", "electricity cable": "transmission",
                "high-voltage link": "transmission", "high voltage link": "transmission", "hvdc link": "transmission",
                "grid link": "transmission", "transmission link": "transmission", "cross-border link": "transmission",
                "cross border link": "transmission", "grid interconnection": "transmission",
                "dam": "hydro", "dams": "hydro", "high-voltage line": "transmission",
                "high voltage line": "transmission", "kv line": "transmission", "kv link": "transmission",
                "kv cable": "transmission", "kv lines": "transmission"}


def core_technology(label: str) -> str:
    """The contract technology a concept label falls under (itself when it is one).

    Examples
    --------
    >>> core_technology("onshore wind"), core_technology("solar")
    ('wind', 'solar')
    """
    seen, todo = set(), [label]
    broader = {t["label"]: t.get("broader") for t in technologies()}
    while todo:
        current = todo.pop(0)
        if current in CORE_TECHNOLOGIES:
            return current
        if current in seen:
            continue
        seen.add(current)
        up = broader.get(current) or []
        todo.extend([up] if isinstance(up, str) else up)
    return label


@functools.lru_cache(maxsize=None)
def _tech_index() -> tuple[re.Pattern, dict[str, str]]:
    index = {}
    for t in technologies():
        for form in (t["label"], *t.get("alt_labels", ())):
            index.setdefault(" ".join(re.split(r"[\s-]+", form.lower())), core_technology(t["label"]))
    for form, label in _EXTRA_FORMS.items():
        index.setdefault(form, label)
    # Matched against lower-cased text: much faster than a case-insensitive alternation.
    # (after a count's hyphen too: "the four-reactor Akkuyu plant", "a 2-reactor station"; not "anti-nuclear")
    counted = "".join(f"|(?<={w}-)" for w, n in NUMBER_WORDS.items() if 2 <= n <= 8)
    return re.compile(rf"(?:(?<![\w-])|(?<=\d-){counted})(?:{trie_pattern(index)})(?![\w])"), index


def trie_pattern(forms, space: str = r"[\s-]+") -> str:
    r"""An alternation of *forms* (words of ``\w`` characters joined by spaces) as a trie of characters.

    A space stands for *space* (``[\s-]+``, as in ``_form_pattern``, unless told). At each place it matches the
    longest form that ends the word there, as the plain alternation of the forms sorted
    longest first does (a word is only ever matched whole, so the forms that fit at one
    place are word prefixes of each other), but tries far fewer branches per character.

    Examples
    --------
    >>> trie_pattern(["wind", "wind power", "wave"])
    'w(?:ave|ind(?:[\\s-]+power)?)'
    >>> trie_pattern(["Ali Bek", "Ali"], space=r"\ ")
    'Ali(?:\\ Bek)?'
    """
    trie: dict = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}  # a form ends here

    def branches(node: dict) -> str:
        alts = [(space if char == " " else re.escape(char)) + branches(child)
                for char, child in sorted(node.items()) if char]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body  # the longer forms first, then the one ending here

    return branches(trie)


@functools.lru_cache(maxsize=512)
def find_technologies(text: str) -> tuple[tuple[int, int, str], ...]:
    """Technology words in *text*: ``(start, end, prefLabel)``, longest form first.

    Examples
    --------
    >>> [t for _, _, t in find_technologies("a floating solar plant with battery storage and offshore wind")]
    ['floating solar', 'battery storage', 'offshore wind']
    """
    regex, index = _tech_index()
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lower-cased
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    found = []
    for m in regex.finditer(lowered):
        if m.group(0) == "storage" and (_NOT_POWER_STORAGE_RE.search(lowered, 0, m.start())
                                        or _NOT_POWER_STORED_AFTER_RE.match(lowered, m.end())) \
                or _POINT_AFTER_RE.match(lowered, m.end()) \
                or m.group(0) in ("grid", "grids") and _GRID_REACHED_RE.search(lowered, max(0, m.start() - 40), m.start()):
            continue
        form = " ".join(m.group(0).replace("-", " ").split())
        label = index[form]
        fuel = index.get(form.split(" ", 1)[0]) if label == "pipeline" and " " in form else None
        if fuel in _CARRIED_FUELS:
            # "a gas pipeline", "the oil pipeline": the work and the fuel it carries
            found.append((m.start(), m.start() + len(form.split(" ", 1)[0]), fuel))
        found.append((m.start(), m.end(), label))
    return tuple(found)


# What a pipeline named by its fuel carries ("gas pipeline", "oil pipeline")
_CARRIED_FUELS = ("natural gas", "oil", "hydrogen")


# "synchronised to the national grid", "add 550 MW to the sultanate's grid": the grid a plant feeds, no line
_GRID_REACHED_RE = re.compile(r"\b(?:to|into|onto)\s+(?:the|its|their|a)\s+"
                              r"(?:(?!pipeline|gas|transmission|electricity|power)[\w'’-]+\s+){0,2}$")
# "the Melendugno interconnection point", "an interconnector point": where a pipeline meets a grid, no line
_POINT_AFTER_RE = re.compile(r"\s+points?\b")


# "gas storage", "carbon storage", "a floating storage and regasification unit": storage of a fuel or of CO2,
# not of energy for the grid
_NOT_POWER_STORAGE_RE = re.compile(r"\b(?:gas|lng|oil|crude|carbon|co2|floating|underground|fuel|product|grain)\s+$")
# … or named after it: "a storage facility for spent fuel", "storage of radioactive waste"
_NOT_POWER_STORED_AFTER_RE = re.compile(r"\s+(?:(?:facility|facilities|site|sites|tanks?)\s+)?(?:for|of)\s+(?:the\s+)?"
                                        r"(?:spent|used|nuclear|radioactive|fuel|waste|gas|lng|oil|crude|carbon|co2)\b")
