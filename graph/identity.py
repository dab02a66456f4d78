"""When two reports are of the same fact: the matching rules of the consolidated graph.

Documents report one signing, project or meeting in different words and with
different precision. These rules compare two *claims* (one document's relation
node) on keys that survive that: kind; parties or participants (a subset matches
the fuller set); dates compatible at the coarser precision (``"2025"`` ~
``"2025-04"`` ~ ``"2025-04-23"``); place; capacity within a tolerance; names
normalised (case, punctuation, word order, generic words, acronyms). A rule needs
positive evidence beyond the parties: two undated, unnamed reports are never taken
for one fact, because nothing says they are.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

# Words that name the kind of thing, not which one: "the Memorandum of Understanding on
# green hydrogen" and "the green hydrogen MoU" are the same name once these are gone.
GENERIC_WORDS = frozenset("""
a an the of on in and for between to with by at its their new
memorandum memorandums memoranda understanding mou mous agreement agreements accord deal declaration joint
statement treaty contract framework intergovernmental implementation protocol roadmap letter intent
cooperation collaboration partnership
project projects plant power station facility farm park field programme program
meeting summit forum visit conference session talks ceremony official state working
""".split())
_WORD = re.compile(r"[^\W_]+")
CAPACITY_TOLERANCE = 0.05  # relative: 445 MW and 500 MW differ; 2,000 MW and 2,040 MW do not


@lru_cache(maxsize=65536)
def name_tokens(label: str | None) -> frozenset[str]:
    """The distinctive words of a name, lower case, without accents and generic words.

    Examples
    --------
    >>> sorted(name_tokens("Memorandum of Understanding on Green Hydrogen"))
    ['green', 'hydrogen']
    >>> name_tokens("the Memorandum of Understanding")
    frozenset()
    """
    if not label:
        return frozenset()
    text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode().lower()
    return frozenset(w for w in _WORD.findall(text) if w not in GENERIC_WORDS)


@lru_cache(maxsize=65536)
def acronym(label: str | None) -> str:
    """The initials of a name's words, generic kind words included ("Trans Adriatic Pipeline" → "tap").

    Examples
    --------
    >>> acronym("Trans Adriatic Pipeline"), acronym("Southern Gas Corridor")
    ('tap', 'sgc')
    """
    if not label:
        return ""
    words = [w for w in _WORD.findall(label.lower()) if w not in {"of", "the", "and", "for", "on", "in"}]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def names_compatible(a: str | None, b: str | None) -> bool | None:
    """Whether two names can denote one thing: ``None`` when either says nothing distinctive.

    Equal word sets in any order, one a subset of the other, or one the acronym of
    the other.

    Examples
    --------
    >>> names_compatible("Green Hydrogen MoU", "Memorandum on green hydrogen")
    True
    >>> names_compatible("MoU on offshore wind", "MoU on green hydrogen")
    False
    >>> names_compatible("TAP", "the Trans Adriatic Pipeline")
    True
    >>> names_compatible("Declaration on Strategic Partnership",
    ...                  "Declaration on the Establishment of a Comprehensive Strategic Partnership")
    False
    >>> names_compatible("the agreement", "MoU on green hydrogen") is None
    True
    """
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return None
    small, large = sorted((ta, tb), key=len)
    # one distinctive word inside a longer name is weak evidence ("Strategic Partnership" is not
    # "Comprehensive Strategic Partnership"): a one-word name matches a name of at most two
    if small <= large and (len(small) >= 2 or len(large) <= 2):
        return True
    if len(ta) == 1 and next(iter(ta)) == acronym(b):
        return True
    if len(tb) == 1 and next(iter(tb)) == acronym(a):
        return True
    return False


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Two dates of any precision agree at the coarser one (an absent date agrees with all).

    Examples
    --------
    >>> dates_compatible("2025", "2025-04-23"), dates_compatible("2025-04", "2025-04-23")
    (True, True)
    >>> dates_compatible("2025-04", "2025-05"), dates_compatible("2024-11-12", "2024-11-20")
    (False, False)
    """
    if not a or not b:
        return True
    short, long = sorted((a, b), key=len)
    return long.startswith(short)


def capacities_compatible(a: float | None, b: float | None, tolerance: float = CAPACITY_TOLERANCE) -> bool:
    """Two capacities within *tolerance* of the larger (an absent one agrees with all).

    Examples
    --------
    >>> capacities_compatible(2000, 2040), capacities_compatible(445, 500), capacities_compatible(None, 5)
    (True, False, True)
    """
    if a is None or b is None:
        return True
    return abs(a - b) <= tolerance * max(abs(a), abs(b))


def _nested(a: frozenset, b: frozenset) -> bool:
    return a <= b or b <= a


@dataclass(frozen=True)
class Claim:
    """What one document says about one relation node.

    ``kind`` is the relation kind (``"agreement"``, ``"project"``, ``"event"``,
    ``"partnership"``, ``"membership"``, ``"cooperation"``), ``cls`` the most specific
    class's local name (``"MemorandumOfUnderstanding"``), ``actors`` the parties,
    participants or partners (a project's participants), ``hosts`` a project's host states, ``values`` every other property
    as ``{property local name: frozenset of values}``.
    """
    kind: str
    cls: str
    doc: str
    node: str
    label: str | None = None
    date: str | None = None
    place: str | None = None
    actors: frozenset = frozenset()
    hosts: frozenset = frozenset()
    technologies: frozenset = frozenset()
    capacity: float | None = None
    level: str | None = None
    sentences: frozenset = frozenset()
    values: dict = field(default_factory=dict, compare=False, hash=False)

    def specificity(self) -> tuple:
        """Richer reports first: they anchor a fact, vaguer ones join it."""
        return (len(self.date or ""), len(self.actors) + len(self.hosts), bool(self.label),
                self.capacity is not None, bool(self.place))


_GENERIC_CLASSES = {"Agreement", "Event"}


def _classes_compatible(a: Claim, b: Claim) -> bool:
    if a.cls == b.cls:
        return True
    # "the meeting" may be the summit another report names; an agreement's kind is kept apart
    return a.kind == "event" and "Event" in (a.cls, b.cls)


def same_fact(a: Claim, b: Claim) -> bool:
    """Whether two claims report one fact, by the rules of their kind.

    Examples
    --------
    >>> mou = dict(kind="agreement", cls="MemorandumOfUnderstanding", node="x")
    >>> a = Claim(doc="d1", date="2025-04", actors=frozenset({"AZE", "CHN"}), label="MoU on green hydrogen", **mou)
    >>> b = Claim(doc="d2", date="2025-04-23", actors=frozenset({"AZE", "CHN"}), **mou)
    >>> c = Claim(doc="d3", date="2025-04-10", actors=frozenset({"AZE", "CHN"}), label="MoU on wind", **mou)
    >>> same_fact(a, b), same_fact(a, c)
    (True, False)
    """
    if a.kind != b.kind or a.doc == b.doc or not _classes_compatible(a, b):
        # two nodes of one document are two facts: the document told them apart
        return False
    if a.sentences & b.sentences and (a.actors, a.hosts, a.technologies) == (b.actors, b.hosts, b.technologies) \
            and _not_contradicting(a, b):
        # the same sentence read the same way in two documents (a repeated or syndicated story)
        # reports one thing; the same stock sentence read with another host is another thing
        return True
    rule = _RULES[a.kind]
    return rule(a, b)


def _not_contradicting(a: Claim, b: Claim) -> bool:
    return (dates_compatible(a.date, b.date) and not (a.place and b.place and a.place != b.place)
            and names_compatible(a.label, b.label) is not False and a.level == b.level
            and capacities_compatible(a.capacity, b.capacity))


def sentence_key(text: str) -> str:
    """A sentence normalised for comparison: lower case, words only.

    Examples
    --------
    >>> sentence_key("Azerbaijan  and China signed it.") == sentence_key("azerbaijan and china signed it")
    True
    """
    return " ".join(_WORD.findall(text.lower()))


def _agreement(a: Claim, b: Claim) -> bool:
    if not (a.actors & b.actors) or not _nested(a.actors, b.actors):
        return False
    if not dates_compatible(a.date, b.date) or (a.place and b.place and a.place != b.place):
        return False
    names = names_compatible(a.label, b.label)
    if names is False:
        return False
    # positive evidence: the same name, or both dated (compatibly, checked above)
    return bool(names) or bool(a.date and b.date)


def _project(a: Claim, b: Claim) -> bool:
    if a.technologies and b.technologies and not (a.technologies & b.technologies):
        return False
    names = names_compatible(a.label, b.label)
    if names is False:
        return False
    if names:
        exact = name_tokens(a.label) == name_tokens(b.label)
        # a named pipeline or corridor crosses states: one report lists one host, another all
        return exact or not a.hosts or not b.hosts or _nested(a.hosts, b.hosts)
    # unnamed: the same host and technology, and the same capacity or (without two
    # capacities to compare) a participant in common
    if not (a.hosts and a.hosts == b.hosts and a.technologies & b.technologies):
        return False
    if a.place and b.place and a.place != b.place:
        return False
    if a.capacity is not None and b.capacity is not None:
        return capacities_compatible(a.capacity, b.capacity)
    return bool(a.actors & b.actors)


def _event(a: Claim, b: Claim) -> bool:
    if not dates_compatible(a.date, b.date) or (a.place and b.place and a.place != b.place):
        return False
    names = names_compatible(a.label, b.label)
    if names is False:
        return False
    if names:  # a named event: reports list different participants of one summit
        return True
    if a.actors and b.actors and not _nested(a.actors, b.actors):
        return False
    # unnamed: both dated and sharing the place or the participants
    return bool(a.date and b.date) and (bool(a.place and a.place == b.place) or bool(a.actors & b.actors))


def _partnership(a: Claim, b: Claim) -> bool:
    if a.level != b.level:
        return False
    return a.actors == b.actors or (len(a.actors & b.actors) >= 2 and _nested(a.actors, b.actors))


def _same_key(a: Claim, b: Claim) -> bool:
    return a.actors == b.actors and a.level == b.level


# The kinds whose reports match when their key is the same (class, actors, level) and their
# documents differ: a relation among reports of different documents that is transitive.
_KEYED_KINDS = frozenset({"membership", "cooperation"})
_RULES = {"agreement": _agreement, "project": _project, "event": _event, "partnership": _partnership,
          "membership": _same_key, "cooperation": _same_key}


@lru_cache(maxsize=65536)
def _name_anchors(label: str) -> frozenset:
    """The anchors of a name (its distinctive words, and its acronym), made once for each name: many
    reports of a store share a few thousand names."""
    tokens = name_tokens(label)
    out = {("name", t) for t in tokens}
    if len(tokens) == 1:
        out.add(("acronym", next(iter(tokens))))
    if ac := acronym(label):
        out.add(("acronym", ac))
    return frozenset(out)


def anchors(c: Claim, sentences: bool = True) -> set:
    """Keys that any two matching claims share (so only claims sharing one are compared).

    Parameters
    ----------
    c : Claim
    sentences : bool
        Include the claim's sentences (``("sentence", key)``). Two claims matched by a sentence they
        share have the same actors (a project's hosts): when those are not empty, the two share an
        anchor of them too.

    Returns
    -------
    set of tuples

    Examples
    --------
    >>> sorted(anchors(Claim(kind="agreement", cls="Treaty", doc="d", node="n", actors=frozenset({"AZE"}))))
    [('actor', 'AZE')]
    """
    out = set(_name_anchors(c.label)) if c.label else set()
    if sentences:
        out.update(("sentence", x) for x in c.sentences)
    kind = c.kind
    if kind in ("partnership", "membership", "cooperation", "agreement"):
        out.update(("actor", x) for x in c.actors)
    elif kind == "project":
        out.update(("host", x) for x in c.hosts)
    elif kind == "event":
        out.update(("actor", x) for x in c.actors)
        if c.place:
            out.add(("place", c.place))
    return out


def joins_fact(c: Claim, members: list[Claim], docs: set) -> bool:
    """Whether claim *c* joins the fact of *members* (reported by *docs*): it matches every member.

    For a keyed kind a match is the same key from another document, so matching every member is
    matching the first from a document the fact does not have yet (a fact of a member state's
    hundreds of reports is not compared report by report)."""
    if c.kind in _KEYED_KINDS:
        return c.doc not in docs and same_fact(c, members[0])
    return all(same_fact(c, m) for m in members)


def cluster(claims: list[Claim]) -> list[list[Claim]]:
    """Group claims into facts, the same way whatever order they come in.

    Claims are taken richest first (then by document and node, for a fixed order);
    each joins the first fact all of whose claims it matches, or starts one. Matching
    every member, not just one, keeps a vague report from chaining two distinct facts
    together ("2025" matches "2025-04" and "2025-05", which do not match each other).

    Parameters
    ----------
    claims : list of Claim

    Returns
    -------
    list of list of Claim
        Each fact's claims, richest first; facts in the order they were started.

    Examples
    --------
    >>> ev = dict(kind="event", cls="Summit", node="e")
    >>> facts = cluster([Claim(doc="d1", label="COP29", **ev), Claim(doc="d2", label="COP29", date="2024-11", **ev),
    ...                  Claim(doc="d3", label="COP29", date="2024-11-12", **ev)])
    >>> [len(f) for f in facts]
    [3]
    """
    ordered = sorted(claims, key=lambda c: (tuple(-x for x in c.specificity()), c.doc, c.node))
    facts: list[list[Claim]] = []
    docs: list[set] = []  # each fact's documents
    shelves: list[tuple] = []  # where each fact is filed under an anchor (by its first claim)
    by_anchor: dict = {}  # anchor -> shelf -> facts
    by_key: dict = {}  # a keyed kind's (class, actors, level) -> its facts, in the order they were started
    for c in ordered:
        if c.kind in _KEYED_KINDS and c.actors:
            # every fact of its key shares an actor anchor and its shelf, and only those: the anchor
            # search would find exactly these (a member state's key has hundreds of facts' anchors)
            key = (c.kind, c.cls, c.actors, c.level)
            started = by_key.setdefault(key, [])
            for i in started:
                if c.doc not in docs[i]:  # a match is the same key from another document (joins_fact)
                    facts[i].append(c)
                    docs[i].add(c.doc)
                    break
            else:
                started.append(len(facts))
                facts.append([c])
                docs.append({c.doc})
                shelves.append(_shelves(c))
            continue
        keys = anchors(c)
        wanted = _shelves_to_search(c)
        found: set = set()
        for k in keys:
            filed = by_anchor.get(k)
            if not filed:
                continue
            if wanted is None:
                for on_shelf in filed.values():
                    found |= on_shelf
            else:
                for shelf in wanted:
                    found |= filed.get(shelf, set())
        for i in sorted(found):
            if joins_fact(c, facts[i], docs[i]):
                facts[i].append(c)
                docs[i].add(c.doc)
                break
        else:
            i = len(facts)
            facts.append([c])
            docs.append({c.doc})
            shelves.append(_shelves(c))
        for k in keys:
            filed = by_anchor.setdefault(k, {})
            for shelf in shelves[i]:
                filed.setdefault(shelf, set()).add(i)
    return facts


def _shelves(first: Claim) -> tuple:
    """Where :func:`cluster` files a fact started by *first*, under each anchor of its claims: by what
    any claim that matches *first* shares with it (:func:`_shelves_to_search`), so a claim is compared
    only with facts it may join, not with every fact sharing a popular anchor (a state, "energy")."""
    if first.kind in ("agreement", "event"):
        # every rule needs the dates compatible, one a prefix of the other; claims come longest date
        # first, so a later claim's date (of four characters or more) begins with the same year
        return (first.date[:4] if first.date and len(first.date) >= 4 else None,)
    if first.kind in _KEYED_KINDS:
        return ((first.cls, first.actors, first.level),)
    if first.kind == "partnership":  # the same level, and the same actors or two of them in common
        pairs = sorted(first.actors)
        return (("=", first.level, first.actors),
                *(("2", first.level, a, b) for n, a in enumerate(pairs) for b in pairs[n + 1:]))
    if first.kind == "project":  # a technology in common, or none given by one of the two
        return tuple(("technology", t) for t in sorted(first.technologies)) or (("technology", None),)
    return (None,)


_NO_TECHNOLOGY = (("technology", None),)


def _shelves_to_search(c: Claim) -> tuple | None:
    """The shelves (:func:`_shelves`) holding every fact *c* may join; ``None``: all of them."""
    if c.kind in ("agreement", "event"):
        return (c.date[:4], None) if c.date and len(c.date) >= 4 else None
    if c.kind in _KEYED_KINDS or c.kind in ("partnership", "project"):
        return shelves_searched(_shelves(c))
    return (None,)


def shelves_searched(shelves: tuple) -> tuple | None:
    """Where what a claim filed on *shelves* (:func:`_shelves`) may match is filed (``None``: everywhere): its
    own shelves; for a project, those and the shelf of projects without a technology, or every shelf for
    one without a technology."""
    if shelves and shelves[0][0] == "technology":
        return None if shelves == _NO_TECHNOLOGY else (*shelves, *_NO_TECHNOLOGY)
    return shelves


# ------------------------------------------------------------------ name variants of one actor

# Words of a company's name that say what kind of company it is or where it sits, not which:
# "China Datang Overseas Investment Co., Ltd." is Datang's overseas arm. Sector words ("energy",
# "engineering") are kept: "China Energy" and "China Energy Engineering" are two companies.
LEGAL_FORMS = frozenset("""
co company companies corp corporation inc incorporated ltd limited plc llc llp lp ag sa se nv bv spa
jsc pjsc ojsc cjsc gmbh kg as asa ab oy sas srl pte pvt bhd tbk kk sae saog qpsc wll fze
""".split())
COMPANY_DESCRIPTORS = frozenset("overseas international investment investments holding holdings group global".split())


@lru_cache(maxsize=1)
def country_words() -> frozenset[str]:
    """Words of state names and demonyms (from the gazetteer), lower case and without accents.

    Examples
    --------
    >>> {"china", "chinese", "azerbaijan"} <= country_words()
    True
    """
    from epkg.ontology.gazetteer import STATE, load

    words = set()
    for entry in load().entries():
        if entry.kind == STATE:
            for name in (entry.label, *entry.alt_labels, *entry.demonyms):
                words |= _folded_words(name)
    return frozenset(words - {"of", "the", "and"})


@lru_cache(maxsize=65536)
def _folded_words(text: str) -> frozenset[str]:
    """The words of *text*, lower case and without accents (made once for each text: a document's names
    are compared pair by pair)."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return frozenset(_WORD.findall(text))


@lru_cache(maxsize=65536)
def company_core(label: str) -> frozenset[str]:
    """What names one company: its name's words without legal forms, descriptors and country words.

    Examples
    --------
    >>> sorted(company_core("China Datang Overseas Investment Co. Ltd."))
    ['datang']
    >>> sorted(company_core("China Energy Engineering Corporation"))
    ['energy', 'engineering']
    """
    return frozenset(_folded_words(label) - LEGAL_FORMS - COMPANY_DESCRIPTORS - country_words())


def same_company(a: str, b: str) -> bool:
    """Whether two company names of one text can name one company: the same core words and no
    country the other does not name, or one the acronym of the other's whole name.

    Examples
    --------
    >>> same_company("Datang", "China Datang Overseas Investment Co. Ltd.")
    True
    >>> same_company("CNPC", "China National Petroleum Corporation")
    True
    >>> same_company("China Energy", "China Energy Engineering")
    False
    >>> same_company("Gambia National Petroleum Corporation", "Nigerian National Petroleum Company Limited")
    False
    """
    core_a, core_b = company_core(a), company_core(b)
    if core_a and core_a == core_b:
        # the national companies of two states share every other word
        countries_a, countries_b = _folded_words(a) & country_words(), _folded_words(b) & country_words()
        return countries_a <= countries_b or countries_b <= countries_a
    for short, full in ((a, b), (b, a)):
        words = short.split()
        if len(words) == 1 and len(short) >= 2 and short.lower() == acronym(full):
            return True
    return False


def same_person(short: str, full: str) -> bool:
    """Whether *short* is *full*'s surname alone ("Aliyev" of "Ilham Aliyev").

    Examples
    --------
    >>> same_person("Aliyev", "Ilham Aliyev"), same_person("Ilham", "Ilham Aliyev")
    (True, False)
    """
    s, f = _WORD.findall(short.lower()), _WORD.findall(full.lower())
    return len(s) == 1 and len(f) >= 2 and s[0] == f[-1]


def variants(actors: dict) -> dict:
    """Within one document, the actors that are a variant of another's name, and which: ``{variant: canonical}``.

    *actors* maps an IRI to ``(kind, label)``, kind ``"company"`` or ``"person"``. A shorter
    name resolves to the one fuller name of its kind it matches (:func:`same_company`,
    :func:`same_person`); a name matching two fuller ones ("Aliyev" beside "Ilham Aliyev" and
    "Heydar Aliyev") is ambiguous and stays apart.

    Parameters
    ----------
    actors : dict
        IRI -> (kind, label).

    Returns
    -------
    dict
        Variant IRI -> canonical IRI.

    Examples
    --------
    >>> variants({"p/aliyev": ("person", "Aliyev"), "p/ilham-aliyev": ("person", "Ilham Aliyev")})
    {'p/aliyev': 'p/ilham-aliyev'}
    >>> variants({"p/aliyev": ("person", "Aliyev"), "p/ilham-aliyev": ("person", "Ilham Aliyev"),
    ...           "p/heydar-aliyev": ("person", "Heydar Aliyev")})
    {}
    """
    rules = {"company": same_company, "person": same_person}
    out = {}
    # fuller names first: each shorter one looks for the fuller names it can abbreviate
    ordered = sorted(actors, key=lambda x: (-len(actors[x][1]), x))
    for i, short in enumerate(ordered):
        kind, label = actors[short]
        fuller = [x for x in ordered[:i] if actors[x][0] == kind and len(actors[x][1]) > len(label)
                  and x not in out and rules[kind](label, actors[x][1])]
        if len(fuller) == 1:
            out[short] = fuller[0]
    return out
