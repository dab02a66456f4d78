"""Plain fact objects: what extraction finds in one document, before any RDF.

Extraction (``epkg.graph.extract``) produces a :class:`DocumentFacts`;
``epkg.graph.build`` turns it into one rdflib graph. Entities are referred to by
their *key* (``"state/AZE"``, ``"organization/socar-green"``), which is also the
local part of their IRI under ``epid:``, so the same real thing gets the same
IRI in every document and run.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations

from epkg.ontology.namespaces import slug as namespace_slug

# Entity kinds, named as the ontology's classes.
STATE = "State"
INTERNATIONAL_ORGANIZATION = "InternationalOrganization"
COMPANY = "Company"
GOVERNMENT_BODY = "GovernmentBody"
PERSON = "Person"
PLACE = "Place"
ORGANIZATION = "Organization"  # a body of no narrower class: a university, a party, a chamber of commerce
ENTITY_KINDS = (STATE, INTERNATIONAL_ORGANIZATION, COMPANY, GOVERNMENT_BODY, PERSON, PLACE, ORGANIZATION)

# The readers that find relations, by the short id each fact keeps (``epkg:extractedBy``), so that
# "why is this here?" has an answer and errors can be counted by reader.
RULES = {
    "membership-rules": "memberships stated around a role word or a 'joined' verb (rules)",
    "partnership-level": "a partnership level phrase and its partners, or a partnership named after its two sides (rules)",
    "partnership-founded": "a partnership two sides form, launch or establish with no level named: 'A formed a hydrogen "
                           "partnership with B' (rules)",
    # agreements, one id per reader (rules)
    "agreement-phrase": "an agreement noun or a signing verb with its parties, date and place: 'A and B signed a "
                        "memorandum', 'an agreement between A and B', 'the deal A reached with B'",
    "agreement-series-item": "one of a series of instruments told one by one: 'The first is a memorandum with B', "
                             "'Under the first agreement, A will supply B'",
    "agreement-enumerated-item": "an item of a list of instruments under an opening sentence: 'First, a memorandum "
                                 "between A and B'",
    "agreement-signed-list": "an item of a list after 'A signed:': '- a power purchase agreement with B'",
    "agreement-each-named": "the instruments of a side counted and then named: 'with three banks. Among them are A "
                            "and B'",
    "agreement-also-signed": "one more party of an instrument: 'the contract, which was also signed by the regulator B'",
    "agreement-signed-for-side": "those who signed for each side: 'A signed for Kestria and B for Marland'",
    "agreement-agreed-with": "'A agreed with B to …' with no instrument noun",
    "agreement-awarded": "a contract awarded: 'A awarded B the contract', 'a consortium of A and B won the tender'",
    "agreement-order-placed": "a supply order placed: 'A placed a firm order with B for 80 turbines'",
    "agreement-traded-under": "a trade and the instrument it goes under: 'A buys power from B under a power purchase "
                              "agreement'",
    "agreement-elliptic": "an instrument named by its signatories alone: 'among the signatories are A and B'",
    "agreement-sales": "separate sales agreements with each buyer: 'sale and purchase agreements with A, B and C'",
    "agreement-rules": "an instrument told again by the firms that signed it, or settled at its occasion (rules)",
    "agreement-parties": "the parties of an agreement cooperate (rules)",
    # cooperation stated by a cue, one id per reader (rules)
    "cooperation-decided-together": "firms listed as the subject of one decision or win: 'A and B took the final "
                                    "investment decision', 'A and B secured the site'",
    "cooperation-supply": "a seller and a buyer of energy: 'A supplies gas to B', 'Azerbaijani gas began flowing to "
                          "Syria', 'A trades electricity with B', 'B buys gas from A'",
    "cooperation-with": "a cue verb or noun and 'with': 'cooperate with', 'a partnership with', 'together with'; "
                        "the agent of a passive work and 'with': 'developed by A with B'",
    "cooperation-among": "'between A and B', 'owned by A and B', 'sponsored by A, B and C', 'a joint venture of A and B'",
    "cooperation-jointly": "a coordinated subject that works jointly: 'A and B will prepare the application jointly', "
                           "'A and B produce fuel at their joint plant'",
    "cooperation-have": "a coordinated subject that has cooperation: 'A and B enjoy close energy cooperation'",
    "cooperation-agreed-with": "'A agreed with B to finance …': the ones who agreed and the one agreed with",
    "cooperation-partners-are": "actors said to be partners: 'A and B are partners', 'the partners are A and B', "
                                "'A and B, partners in X', partners counted and then named, 'with A and B among the "
                                "other shareholders', 'backers including A, B and C'",
    "cooperation-its-partners": "a possessive and its partners or holders: 'its partners include A and B', "
                                "'its shareholders include A, B and C', 'with its partner A'",
    "cooperation-as-partners": "'with A and B as partners', 'operated by A, with B and C as co-owners'",
    "cooperation-held-by-partners": "a holder and the partners that hold the rest: 'the remaining 25% is held by A and B'",
    "cooperation-stakes": "holders of one work's shares: 'A holds 62%, B 15% and C 8%', 'A holds 75%, while B holds the rest'",
    "cooperation-lending": "a lender and its borrower: 'A approved a loan to B', 'a loan from A to B', "
                           "'B secured a loan from A', 'A lent B $1 billion', 'A approved financing for B's plant'",
    "cooperation-co-led": "who lead one thing together: 'the summit was co-chaired by A, B and C'",
    "cooperation-venture-members": "the members of a consortium or joint venture, listed or led: 'a consortium led by A with B', "
                                   "'a joint initiative of A with B', 'the project involves A, B and C'",
    "cooperation-partner-in-a-work": "who becomes a partner in, or takes a stake in, a work, with the one whose work it is",
    "cooperation-partner-of": "a partner named by a copula: 'A is a partner of B', 'A has long been B's partner' (not "
                              "a trading partner)",
    "cooperation-chosen": "who chooses a builder or partner for its work: 'selected A to build', 'chose A as its partner'",
    "cooperation-joining": "who joins the partners of a work works with each of them",
    "cooperation-compound-name": "the states a hyphened compound names before a cue noun: 'French-Kazakh cooperation', "
                                 "or before a work they build: 'the Turkmenistan-Afghanistan-Pakistan-India pipeline'",
    "cooperation-linked-grids": "the states whose grids one line links: 'connecting the power systems of A, B and C'",
    "cooperation-counted-among-partners": "firms a text counts among another's partners: 'counts A and B among "
                                          "C's partners'",
    "parse-cooperation": "subjects, agents and 'with'/'between' objects of a trigger word (dependency parse)",
    "parse-agreement-parties": "the parties the parse adds to an instrument's: the subject or agent of the verb that "
                               "signs it and the objects of 'with' and 'between' (dependency parse)",
    "parse-membership": "a member, ally or observer word, 'belongs to', 'holds observer status' and whom they say it "
                        "of: 'the IAEA, of which it is a member', 'A belongs to both B and C' (dependency parse)",
    "project-rules": "an energy project: technology, capacity, host, place, participants (rules)",
    "project-participants": "the co-developers of one project, named together, cooperate, and so do the two states a line "
                            "links (rules)",
    "event-rules": "an event: kind, name, place, date, participants (rules)",
    "joint-body-meeting": "the parties meeting in a standing joint body cooperate (rules)",
    "body-instrument": "the members of an international body, all and only they, adopt an instrument: it is the "
                       "body's, and each member cooperates with the body (rules)",
    "body-meeting": "a state that takes part in a meeting of an international body its name names cooperates "
                    "with that body: 'the 42nd ASEAN Ministers on Energy Meeting' (not one still to come) (rules)",
}

# Agreement and event kinds, named as the ontology's classes.
AGREEMENT_KINDS = ("Agreement", "Declaration", "MemorandumOfUnderstanding", "JointStatement", "Treaty", "Contract")
EVENT_KINDS = ("Event", "Meeting", "Summit", "Forum", "Visit", "Ceremony")
MEMBERSHIP_ROLES = ("member", "observer", "dialogue partner")
PARTICIPANT_ROLES = ("developer", "investor", "contractor")


@dataclass
class Sentence:
    """A sentence of the document text, with its character offsets."""
    index: int
    start: int
    end: int
    text: str


@dataclass
class EntityMention:
    """One place in the text where an entity is named (or referred back to)."""
    key: str
    start: int  # character offsets in DocumentFacts.text
    end: int
    sentence: int
    text: str
    how: str = "name"  # name | alias | acronym | demonym | capital | pronoun | short


@dataclass
class Entity:
    """A named thing the document mentions.

    ``country`` is the ISO3 code of the state a place lies in, a government body
    belongs to (``epkg:partOf``) or a company is based in; ``represents`` is the
    key of the actor a person speaks for.
    """
    key: str
    kind: str
    label: str
    alt_labels: set[str] = field(default_factory=set)
    iso3: str | None = None
    country: str | None = None
    position: str | None = None
    represents: str | None = None
    wikidata: str | None = None
    sentences: set[int] = field(default_factory=set)


@dataclass
class Membership:
    member: str
    organization: str
    role: str  # one of MEMBERSHIP_ROLES
    sentence: int
    date: str | None = None
    rule: str = ""  # the reader that found it (RULES)


@dataclass
class Partnership:
    partners: tuple[str, ...]
    level: str | None  # lower-case prefLabel of a epkg:PartnershipLevels concept
    sentence: int
    date: str | None = None
    rule: str = ""


@dataclass
class Cooperation:
    actors: tuple[str, str]
    sentence: int
    date: str | None = None
    rule: str = ""


@dataclass
class Agreement:
    kind: str  # one of AGREEMENT_KINDS
    parties: tuple[str, ...]
    sentence: int
    date: str | None = None  # "2025", "2025-04" or "2025-04-23"
    place: str | None = None  # entity key of a Place
    label: str | None = None
    establishes: int | None = None  # index into DocumentFacts.partnerships
    rule: str = ""


@dataclass
class Project:
    technologies: tuple[str, ...]  # lower-case prefLabels of epkg:Technologies concepts
    sentence: int
    capacity_mw: float | None = None
    hosts: tuple[str, ...] = ()  # state keys
    locations: tuple[str, ...] = ()  # place keys
    participants: tuple[str, ...] = ()  # actor keys, role unknown
    developers: tuple[str, ...] = ()
    investors: tuple[str, ...] = ()
    contractors: tuple[str, ...] = ()
    label: str | None = None
    rule: str = ""


@dataclass
class Event:
    kind: str  # one of EVENT_KINDS
    sentence: int
    label: str | None = None
    alt_labels: set[str] = field(default_factory=set)
    place: str | None = None  # entity key of a Place
    date: str | None = None
    participants: tuple[str, ...] = ()
    organizer: str | None = None
    rule: str = ""


@dataclass
class DocumentFacts:
    """Everything extracted from one document."""
    text: str
    sentences: list[Sentence] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[EntityMention] = field(default_factory=list)  # in text order
    memberships: list[Membership] = field(default_factory=list)
    partnerships: list[Partnership] = field(default_factory=list)
    cooperations: list[Cooperation] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    published: str | None = None  # ISO date read from the text (dateline) when the record has none
    publisher: str | None = None  # from the credit line ("…, Trend reports")
    dateline_place: str | None = None  # entity key

    def sentence_text(self, index: int) -> str:
        return self.sentences[index].text if 0 <= index < len(self.sentences) else ""


# The project's one slug (``epkg.ontology.namespaces.slug``), remembered: extraction asks for the
# same names over and over.
slug = functools.lru_cache(maxsize=1 << 16)(namespace_slug)


def leading(counts: Counter):
    """The key *counts* holds most often, when it leads: at least three times, and more often than any other.

    Parameters
    ----------
    counts : collections.Counter

    Returns
    -------
    the leading key, or None

    Examples
    --------
    >>> leading(Counter({"GUY": 6, "USA": 4})), leading(Counter({"GUY": 3, "USA": 3})), leading(Counter({"GUY": 2}))
    ('GUY', None, None)
    """
    top = counts.most_common(2)
    if top and top[0][1] >= 3 and (len(top) == 1 or top[0][1] > top[1][1]):
        return top[0][0]
    return None


def add_cooperation_pairs(pairs: dict, keys, sentence: int) -> None:
    """Record that every two of *keys* cooperate, unless that pair is already known.

    Parameters
    ----------
    pairs : dict
        ``frozenset({a, b})`` → :class:`Cooperation`, filled in place.
    keys : iterable of str
        Entity keys named together as cooperating; repeats are ignored.
    sentence : int
        The sentence that says so.

    Returns
    -------
    None

    Examples
    --------
    >>> pairs = {}
    >>> add_cooperation_pairs(pairs, ["state/AZE", "state/CHN", "state/AZE"], 0)
    >>> [p.actors for p in pairs.values()]
    [('state/AZE', 'state/CHN')]
    """
    for a, b in combinations(dict.fromkeys(keys), 2):
        if a != b:
            pairs.setdefault(frozenset((a, b)), Cooperation(actors=tuple(sorted((a, b))), sentence=sentence))
