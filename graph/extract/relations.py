"""Relations between the entities of a document: the second stage of extraction.

:func:`extract_relations` reads the sentences and entity mentions that entity
recognition found (``facts.sentences``, ``facts.entities``, ``facts.mentions``)
and fills the relation lists of the :class:`~epkg.graph.extract.facts.DocumentFacts`
in place: memberships, partnerships, agreements, energy projects, events, and
the cooperation pairs they imply. Rules are general patterns of news English
(appositions, coordinated lists, "signed by", "between X and Y", "with X",
possessives) over the actor references of :mod:`epkg.graph.extract.context`;
what the text denies or only hopes for is left out (:mod:`epkg.graph.extract.cues`).
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter

from epkg.graph.documents import DocumentRecord
from epkg.graph.extract import cues, orgnames
from epkg.graph.extract.context import (AS_MEMBERS_OF_RE, ATTRIBUTION_AFTER_RE, OFFICE_HOLDER_AFTER_RE, OFFICE_NOUNS,
                                        OFFICES_GAP_RE, OPENING_PARTNER_RE, RELATIVE_GAP_RE,
                                        RELATIVE_OPEN_RE, SIDELINES_OF_RE, UNIT_NOUNS,
                                        DocumentContext, Ref,
                                        SentenceView, coordinated_lists, in_opening_comparison, in_relative_clause,
                                        names_its_meeting, opener_end, unit_apposed_to,
                                        list_after, list_before, unique_keys)
from epkg.graph.extract.dates import MONTHS, SINCE_BEFORE_RE, WEEKDAYS, find_dates, in_week_before, parse_reference
from epkg.graph.extract.entities import REPORTING
from epkg.graph.extract.facts import (COMPANY, GOVERNMENT_BODY, INTERNATIONAL_ORGANIZATION, ORGANIZATION, PLACE, STATE,
                                      Agreement, Cooperation, DocumentFacts, Entity, Membership, Partnership,
                                      add_cooperation_pairs)
from epkg.graph.extract.text import IN_THE_PRESENCE_OF, NUMBER_WORDS, PERCENT_SIGN, WHERE_BEFORE_AGENT, is_heading
from epkg.graph.extract.vocab import level_label, level_regex, partners_level_regex
from epkg.graph.isodate import compatible
from epkg.ontology.triggers import pattern as trigger_pattern, triggers


def extract_relations(facts: DocumentFacts, record: DocumentRecord) -> None:
    """Fill the relation lists of *facts* from its sentences and entity mentions.

    Parameters
    ----------
    facts : DocumentFacts
        With ``sentences``, ``entities`` and ``mentions`` already set; its
        ``memberships``, ``partnerships``, ``cooperations``, ``agreements``,
        ``projects`` and ``events`` are filled in place.
    record : DocumentRecord
        The document; its ``published`` date (else ``facts.published``) resolves
        relative dates.

    Returns
    -------
    None

    Examples
    --------
    >>> from epkg.graph.extract.facts import Entity, EntityMention, Sentence
    >>> text = "Azerbaijan and Georgia signed a memorandum of understanding in Tbilisi."
    >>> facts = DocumentFacts(text, sentences=[Sentence(0, 0, len(text), text)])
    >>> facts.entities = {"state/AZE": Entity("state/AZE", "State", "Azerbaijan", iso3="AZE"),
    ...                   "state/GEO": Entity("state/GEO", "State", "Georgia", iso3="GEO"),
    ...                   "place/tbilisi": Entity("place/tbilisi", "Place", "Tbilisi", country="GEO")}
    >>> facts.mentions = [EntityMention("state/AZE", 0, 10, 0, "Azerbaijan"),
    ...                   EntityMention("state/GEO", 15, 22, 0, "Georgia"),
    ...                   EntityMention("place/tbilisi", 63, 70, 0, "Tbilisi")]
    >>> extract_relations(facts, DocumentRecord("d", text, published="2025-03-01"))
    >>> [(a.kind, a.parties, a.place) for a in facts.agreements]
    [('MemorandumOfUnderstanding', ('state/AZE', 'state/GEO'), 'place/tbilisi')]
    >>> [c.actors for c in facts.cooperations]
    [('state/AZE', 'state/GEO')]
    """
    from epkg.graph.extract.events import (ceremonies_told_back, date_events_of_that_day, extract_events,
                                           place_events_by_the_lede, place_meetings_by_their_day, place_signing_ceremonies,
                                           place_talks_on_the_sidelines, place_visits_by_their_talks,
                                           without_unplaced_gatherings)
    from epkg.graph.extract.grammar import (AGREEMENT_RULE as PARSE_AGREEMENT_RULE, MEMBERSHIP_RULE, RULE as PARSE_RULE,
                                            read_cooperation, read_memberships)
    from epkg.graph.extract.projects import extract_projects

    reference = record.published or facts.published
    ctx = DocumentContext(facts)
    pairs: dict[frozenset, Cooperation] = {}
    agreements = _AgreementReader(ctx, facts, reference, pairs)
    focus = ctx.focus_state()  # the state counts are complete once the context is built
    main = tuple(ctx.two_main_states())
    for view in ctx.views:
        _memberships(view, facts, ctx)
        _stamp(facts, pairs, "membership-rules")
        _partnerships(view, facts, pairs, focus, main)
        _stamp(facts, pairs, "partnership-level")
        agreements.read(view)
        agreements.sales(view)
        _stamp(facts, pairs, "agreement-sales", pairs_rule="agreement-parties")
        _cooperation(view, ctx, pairs)
        _linked_grids(view, pairs)
        _stamp(facts, pairs, "cooperation-linked-grids")
        _counted_among_partners(view, pairs)
        _stamp(facts, pairs, "cooperation-counted-among-partners")
    agreements.widen_by_parse()
    _stamp(facts, pairs, PARSE_AGREEMENT_RULE)
    read_cooperation(ctx, lambda keys, index: add_cooperation_pairs(pairs, keys, index), known=pairs.keys())
    _stamp(facts, pairs, PARSE_RULE)
    read_memberships(ctx, lambda member, body, role, index: _add_membership(facts, member, body, role, index))
    _stamp(facts, pairs, MEMBERSHIP_RULE)
    extract_projects(ctx, facts, reference, pairs)
    _stamp(facts, pairs, "project-rules", pairs_rule="project-participants")
    extract_events(ctx, facts, reference)
    _stamp(facts, pairs, "event-rules")
    _joint_body_meetings(facts, pairs)
    _stamp(facts, pairs, "joint-body-meeting")
    _body_meetings(facts, pairs)
    _stamp(facts, pairs, "body-meeting")
    agreements.settle_occasion()
    _instruments_told_again_by_firms(facts, pairs, reference)
    _stamp(facts, pairs, "agreement-rules", pairs_rule="agreement-parties")
    place_signing_ceremonies(facts)
    date_events_of_that_day(facts)
    ceremonies_told_back(facts)
    place_visits_by_their_talks(facts)
    place_meetings_by_their_day(facts)
    place_events_by_the_lede(facts, reference)
    place_talks_on_the_sidelines(ctx, facts)
    without_unplaced_gatherings(facts)
    _without_own_bodies(facts, pairs)
    _without_home_states(facts, pairs)
    _without_parents(ctx, facts, pairs)
    # an agreement needs two sides: one the text does not name is one the reader did not find (but the
    # members of a body adopt its declarations together: "BRICS leaders adopted the Rio Declaration")
    facts.agreements[:] = [a for a in facts.agreements if len(a.parties) >= 2 or _adopted_by_a_body(facts, a)]
    _adopted_for_their_body(facts, pairs)
    _mark(pairs, "body-instrument")
    _headings_told_again(facts)
    _contract_told_again(facts)
    _signed_together_with(ctx, facts, pairs)
    _mark(pairs, "agreement-parties")
    facts.cooperations.extend(pairs.values())
    _without_places_only_in_names(facts)
    _states_the_facts_name(facts)


def _add_membership(facts: DocumentFacts, member: str, body: str, role: str, sentence: int) -> None:
    """A membership, unless one of the member in the body is already known (in any role)."""
    if not any(ms.member == member and ms.organization == body for ms in facts.memberships):
        facts.memberships.append(Membership(member, body, role, sentence))


def _states_the_facts_name(facts: DocumentFacts) -> None:
    """The state a fact names that the text only names through its places or firms ("3,000 MW at Bisha in the Asir
    region" in a report that calls Saudi Arabia "the kingdom"): an entity of the document too, so that the fact keeps
    it (the builder links only the entities it knows)."""
    from epkg.ontology import gazetteer

    needed: dict[str, int] = {}
    for p in facts.projects:
        for key in p.hosts:
            needed.setdefault(key, p.sentence)
    for key, sentence in needed.items():
        if key in facts.entities or not key.startswith("state/"):
            continue
        if sum(e.kind == PLACE and e.country == key[len("state/"):] for e in facts.entities.values()) < 2:
            continue  # one place alone may be another of its name ("Wales" on the Demerara): not a state's evidence
        entry = gazetteer.load().get(key)
        if entry is not None:
            facts.entities[key] = Entity(key, STATE, entry.label, iso3=entry.iso3, wikidata=entry.wikidata,
                                         sentences={sentence})


# What follows a place's name when the place only names a work: "the Power of Siberia pipeline", "the
# Baku-Tbilisi-Ceyhan oil pipeline", "the Akkuyu nuclear power plant"
_WORK_NAME_AFTER_RE = re.compile(r"(?:[-–][A-Z][\w'’-]*)*\s+(?:(?:\d+|[A-Z]\w*|oil|gas|nuclear|hydro(?:power|electric)?|"
                                 r"coal|solar|wind|power|natural|thermal|crude|export|main|trunk)\s+){0,3}"
                                 # (the singular of a built work's noun: one work's name)
                                 rf"(?:{trigger_pattern(triggers('projects').lists['built_nouns'])}|NPP|corridor|"
                                 r"complex)\b(?!-)")
# ... named as one work, definite: "the Akkuyu …", "the Power of Siberia …", "the Baku-Tbilisi-Ceyhan …" (the chain of
# places before the name's first place, read back to its article)
_WORK_NAME_CHAIN_RE = re.compile(r"(?:[A-Z][\w'’]*[-–])*$")
_WORK_NAME_OPENS_RE = re.compile(r"\bthe\s+(?:[A-Z][\w'’]*\s+of\s+)?$")


_FEATURE_NAME_RE = re.compile(r"\b(?:River|Lake|Sea|Gulf|Bay|Basin|Delta|Valley|Falls|Ocean|Strait|Canal|Gorge|Island|"
                              r"Islands|Peninsula)\b|^(?:Lake|River|Gulf|Bay)\s")


def _without_places_only_in_names(facts: DocumentFacts) -> None:
    """A place the text names only inside the names of works ("the Power of Siberia pipeline", "the Akkuyu
    plant"), and that no fact places anything in, is no place the report speaks of."""
    used = {k for p in facts.projects for k in p.locations} | {e.place for e in facts.events} \
        | {a.place for a in facts.agreements}
    by_key: dict[str, list] = {}
    for m in facts.mentions:
        if m.key.startswith("place/"):
            by_key.setdefault(m.key, []).append(m)
    text = facts.text
    # (a feature a work is named after is where the work is: "the Tina River hydropower project")
    def in_a_name(m) -> bool:
        chain = _WORK_NAME_CHAIN_RE.search(text, max(0, m.start - 60), m.start)
        return bool(_WORK_NAME_AFTER_RE.match(text, m.end)
                    and _WORK_NAME_OPENS_RE.search(text, max(0, chain.start() - 30), chain.start()))

    gone = {k for k, ms in by_key.items() if k not in used and k in facts.entities
            and not _FEATURE_NAME_RE.search(facts.entities[k].label) and all(in_a_name(m) for m in ms)}
    if gone:
        facts.mentions[:] = [m for m in facts.mentions if m.key not in gone]
        for k in gone:
            facts.entities.pop(k, None)


# ", together with Korea East-West Power (EWP).": one more signer, named at the end of the sentence
_TOGETHER_WITH_END_RE = re.compile(r",\s+together\s+with\s+(?:the\s+)?")
_SENTENCE_REST_RE = re.compile(r"\)?(?:\s*\([^()]{1,12}\))?\s*[.!]?\s*$")


def _signed_together_with(ctx: DocumentContext, facts: DocumentFacts, pairs: dict) -> None:
    """The one instrument of a sentence that ends ", together with C" ("A signed a power purchase agreement with
    B for the plant, together with C") has C among its parties too."""
    by_sentence: dict[int, list] = {}
    for a in facts.agreements:
        by_sentence.setdefault(a.sentence, []).append(a)
    for index, found in by_sentence.items():
        view = ctx.views[index] if index < len(ctx.views) else None
        if len(found) != 1 or view is None or "together with" not in view.text:
            continue
        m = _TOGETHER_WITH_END_RE.search(view.text)
        listed = list_after(view, m.end(), _PARTY_KINDS, max_gap=0) if m else []
        if not listed or not _SENTENCE_REST_RE.fullmatch(view.text, listed[-1].end) \
                or any(r.start > m.start() for r in view.refs if r.key in found[0].parties) \
                or cues.hedged_clause(view.text):
            continue
        added = [k for k in unique_keys(listed) if k not in found[0].parties]
        if added:
            found[0].parties = tuple(found[0].parties) + tuple(added)
            add_cooperation_pairs(pairs, list(found[0].parties), index)


# "The contract, valued at …": an agreement or a deal referred back to, as the next sentence's subject, as a
# contract (a deal is one; a memorandum or a treaty named next is as likely another instrument)
_CONTRACT_TOLD_AGAIN_RE = re.compile(r"\W*The\s+(?:[a-z][\w-]*\s+){0,2}?contract\b(?!\s+(?:for|to|with|between|on|of)\b)")


def _contract_told_again(facts: DocumentFacts) -> None:
    """An instrument read with no narrower kind ("signed a project agreement") that the next sentence's subject
    calls a contract ("The contract, valued at …") is one, when no other instrument comes between."""
    told = [a for a in facts.agreements if a.kind == "Agreement"]
    if not told or len(facts.sentences) < 2:
        return
    stated = {a.sentence for a in facts.agreements}
    for a in told:
        for s in facts.sentences[a.sentence + 1:a.sentence + 3]:
            if s.index in stated:
                break  # another instrument's sentence: "the contract" may be that one
            if _CONTRACT_TOLD_AGAIN_RE.match(s.text):
                a.kind = "Contract"
                break


def _instruments_told_again_by_firms(facts: DocumentFacts, pairs: dict, reference: str | None) -> None:
    """An instrument named first by a state ("Bulgaria's gas agreement with BOTAŞ … since the day it was
    signed") and told again with the state's firm as the side that signed ("Bulgargaz and BOTAŞ signed an
    agreement in Ankara"): one instrument, the firm's; the first copy, dated at most by the report, goes."""
    month = (reference or "")[:7]
    drop = []
    for a in facts.agreements:
        if a.date and not (month and a.date == month):
            continue  # a date of its own (not the report's month it was given): an instrument of its own
        for b in facts.agreements:
            if b is a or b in drop or len(b.parties) != len(a.parties) or a.kind not in ("Agreement", b.kind):
                continue
            shared = set(a.parties) & set(b.parties)
            states = [p for p in a.parties if p not in shared]
            firms = [p for p in b.parties if p not in shared]
            if not shared or len(states) != 1 or len(firms) != 1 or not states[0].startswith("state/"):
                continue
            firm = facts.entities.get(firms[0])
            if firm is None or firm.kind not in ("Company", GOVERNMENT_BODY) or f"state/{firm.country}" != states[0]:
                continue
            state = facts.entities.get(states[0])
            said = facts.sentences[a.sentence].text if a.sentence < len(facts.sentences) else ""
            if state is None or not any(re.search(rf"\b{re.escape(n)}['’]s\b", said)
                                        for n in (state.label, *state.alt_labels)):
                continue  # only "Bulgaria's agreement with X": an agreement with "the Government of …" is its own
            drop.append(a)
            for key in [k for k, c in pairs.items() if c.sentence == a.sentence and k <= set(a.parties)
                        and not k <= set(b.parties)]:
                del pairs[key]
            break
    facts.agreements[:] = [a for a in facts.agreements if a not in drop]


def _headings_told_again(facts: DocumentFacts) -> None:
    """An agreement a heading announces ("Nigeria, Niger and Algeria sign pipeline memorandum") is the one
    the next two sentences report with the same or more parties: the heading's copy goes."""
    told = []
    heads = [is_heading(facts.text, s.start, s.end) for s in facts.sentences]
    for i, a in enumerate(facts.agreements):
        if not heads[a.sentence]:
            continue
        # a byline or a line of times between them is no sentence of the story: two sentences of it at most
        if any(b is not a and b.sentence > a.sentence and sum(not h for h in heads[a.sentence + 1:b.sentence + 1]) <= 2
               and (b.kind == a.kind or a.kind == "Agreement") and set(a.parties) <= set(b.parties)
               for b in facts.agreements):
            told.append(i)
    for i in reversed(told):
        del facts.agreements[i]


# A day or month the tail of an instrument's name runs into, and whatever follows it.
_DAY_NAMES = "|".join(n.capitalize() for n in (*WEEKDAYS, *(m for m in MONTHS if len(m) > 3 or m == "may")))
_DAY_IN_NAME_RE = re.compile(rf"(?:\s+(?:on|in|of|for|the))*\s+(?:on|in)\s+(?:{_DAY_NAMES})\b.*$"
                             r"|(?:\s+(?:on|of|in|the|and|for|a))+$")
# The members of a body acting together: "BRICS leaders", "the SCO's energy ministers", "leaders of the G20".
_MEMBERS_AFTER_BODY_RE = re.compile(r"(?:['’]s)?\s+(?:(?:energy|foreign|trade|finance)\s+)?(?:leaders|ministers|"
                                    r"heads\s+of\s+(?:state|government)|member\s+(?:states|countries))\b")
_MEMBERS_BEFORE_BODY_RE = re.compile(r"\b(?:[Ll]eaders|[Mm]inisters|[Hh]eads\s+of\s+(?:state|government)|[Mm]ember\s+"
                                     r"(?:states|countries))\s+of\s+(?:the\s+)?$")


# "The Heads of State adopted …", "the leaders endorsed …": a body's heads, with no state named (not "the two
# heads of state", who are two states' own)
# (what such a group does to an instrument, after its noun)
_GROUP_ACTED = r"\s+(?:have\s+|also\s+|today\s+|then\s+|jointly\s+)?(?:adopted|signed|endorsed|approved|issued)\b"
_HEADS_ACTED_RE = re.compile(r"\b(?<!two\s)(?<!both\s)(?:[Hh]eads\s+of\s+[Ss]tate(?:\s+and\s+[Gg]overnment)?|"
                             r"[Hh]eads\s+of\s+[Gg]overnment|[Ll]eaders)" + _GROUP_ACTED)
# "the G20 leaders' declaration", "the leaders' communiqué", "the ministers' joint statement"
_LEADERS_OWN_RE = re.compile(r"(?:\b(?P<the>[Tt]he)\s+)?\b(?:leaders|heads\s+of\s+state|ministers)['’]\s+"
                             r"(?:(?:joint|final|closing)\s+)?(?=\S)")
_LEADERS_MET_RE = re.compile(r"\s+(?:leaders|heads\s+of\s+state|ministers)\s+(?:\w+\s+)?(?:met|gathered|convened)\b")
# "The Ministers adopted …", "the delegations issued …": the members a bloc's meeting brought together, acting
_MEMBERS_ACTED_RE = re.compile(r"\b(?<!two\s)(?<!both\s)(?:[Mm]inisters|[Ll]eaders|[Dd]elegations|[Pp]articipants)"
                               + _GROUP_ACTED)
_HEADS_ADOPTED_RE = re.compile(_HEADS_ACTED_RE.pattern + r"\s+(?:the\s+)?(?:[\w“”\"'’–-]+\s+){0,8}?$")


_ADOPTED_RE = re.compile(r"\b(?:adopted|adopt|adopts|endorsed|issued|approved)\b")


def _adopted_for_their_body(facts: DocumentFacts, pairs: dict) -> None:
    """An instrument that all the members of an international body, and only they, adopt together ("energy
    ministers from the 11 countries adopted a joint statement", the 11 being the members the story listed) is
    the body's own: the body is its party, and each member works with the body rather than with each other."""
    if not facts.memberships:
        return
    for a in facts.agreements:
        states = set(a.parties)
        if len(states) < 3 or not all(k.startswith("state/") for k in states):
            continue
        # (members the story has said they are by then: "… signed by A, B and C. The three countries are also
        # members of NATO" tells what else they are, not whose the statement is)
        members: dict[str, set[str]] = {}
        for ms in facts.memberships:
            if ms.role == "member" and ms.member.startswith("state/") and ms.sentence <= a.sentence:
                members.setdefault(ms.organization, set()).add(ms.member)
        said = facts.sentences[a.sentence].text if 0 <= a.sentence < len(facts.sentences) else ""
        if a.kind not in ("JointStatement", "Declaration") and not _ADOPTED_RE.search(said):
            continue  # ("an agreement … that the three governments signed": theirs, members of a body or not)
        bodies = [body for body, held in members.items() if held == states]
        if len(bodies) != 1:
            continue
        listed = {code for code, role in _reference_members(bodies[0]) if role == "member"}
        if len(states) < 0.8 * len(listed):
            continue  # ("the eight EU member states around the Baltic Sea signed …": some of its members, theirs)
        body = bodies[0]
        a.parties = (body,)
        for pair in [p for p, c in pairs.items() if p <= states and c.sentence == a.sentence
                     and c.rule == "agreement-parties"]:
            del pairs[pair]
        for k in sorted(states):
            add_cooperation_pairs(pairs, [k, body], a.sentence)


def _adopted_by_a_body(facts: DocumentFacts, a: Agreement) -> bool:
    """Whether the one party of *a* is an international body whose members its sentence says acted."""
    if len(a.parties) != 1 or not a.parties[0].startswith("organization/"):
        return False
    ent = facts.entities.get(a.parties[0])
    if ent is None or ent.kind != INTERNATIONAL_ORGANIZATION:
        return False
    text = facts.text
    sentence = facts.sentences[a.sentence] if a.sentence < len(facts.sentences) else None
    if sentence is not None and _HEADS_ACTED_RE.search(sentence.text) \
            and not re.search(r"\b(?:with|between)\s+(?:the\s+)?[A-Z]", sentence.text):
        return True  # ("the leaders signed a loan agreement with the World Bank" has another side, unnamed here)
    if sentence is not None and _MEMBERS_ACTED_RE.search(sentence.text) \
            and any(m.key == a.parties[0] and a.sentence - 3 <= m.sentence <= a.sentence and names_its_meeting(text, m.end)
                    for m in facts.mentions):
        return True  # ("The 43rd ASEAN Ministers on Energy Meeting … The Ministers adopted a joint statement")
    if sentence is not None and any(_AGREEMENT_NOUN_RE.match(sentence.text, h.end())
                                    for h in _LEADERS_OWN_RE.finditer(sentence.text)):
        return True  # ("The leaders' declaration adopted there": of the body whose leaders met, the sentence before)
    return any(m.key == a.parties[0] and m.sentence == a.sentence and m.how != "coref"
               and (_MEMBERS_AFTER_BODY_RE.match(text, m.end)
                    or _MEMBERS_BEFORE_BODY_RE.search(text, max(0, m.start - 30), m.start))
               for m in facts.mentions)


_EVENT_WORDS = triggers("events")
# "the Joint Ministerial Steering Committee", "the Nepal-India Joint Commission", "a bilateral
# working group": the words between the modifier and the noun are names or adjectives, never a
# noun of another thing ("a joint venture board")
_JOINT_BODY_RE = re.compile(
    rf"\b(?i:{_EVENT_WORDS.pattern('joint_body_modifiers')})"
    rf"(?:\s+(?:[A-Z][\w-]*|[a-z]+(?:al|ing|ion|ic|ive|ory)))" r"{0,3}"
    rf"\s+(?i:{_EVENT_WORDS.pattern('joint_body_nouns')})\b")


def _joint_body_meetings(facts: DocumentFacts, pairs: dict) -> None:
    """The parties that meet in a standing joint body cooperate ("the ministers of A, B and C met for the
    first session of the Joint Steering Committee"): such a body exists for their common work."""
    for event in facts.events:
        actors = [k for k in event.participants
                  if facts.entities.get(k) is not None and facts.entities[k].kind in (STATE, INTERNATIONAL_ORGANIZATION,
                                                                                      GOVERNMENT_BODY, "Company")]
        if len(actors) < 2:
            continue
        public = [k for k in actors if facts.entities[k].kind != "Company"]
        if len(public) >= 2:
            actors = public  # (firms that sign on a commission's sidelines are no parties of the states' body)
        if _JOINT_BODY_RE.search(event.label or facts.sentence_text(event.sentence)):
            add_cooperation_pairs(pairs, _before_as_well_as(facts, event.sentence, actors), event.sentence)


# A meeting still to come: "will meet", "is scheduled to convene", "tomorrow", "next week"
_STILL_TO_MEET_RE = re.compile(r"\b(?:will|shall|are\s+to|is\s+to)\s+(?:also\s+)?(?:meet|convene|gather|hold|attend)\b|"
                               r"\b(?:is|are)\s+(?:scheduled|due|set|expected)\s+to\b|\b[Tt]omorrow\b|\bnext\s+(?:week|month|year)\b")


def _body_meetings(facts: DocumentFacts, pairs: dict) -> None:
    """The states that take part in a meeting of an international body, one its name names ("the 42nd ASEAN
    Ministers on Energy Meeting", "the first summit of the Asia Zero Emission Community"), cooperate with that
    body: the meeting is their work within it. They are no partners of each other for taking part."""
    for event in facts.events:
        bodies = [k for k in event.participants if (e := facts.entities.get(k)) is not None
                  and e.kind == INTERNATIONAL_ORGANIZATION]
        if len(bodies) != 1 or not event.label:
            continue
        said = facts.sentences[event.sentence] if 0 <= event.sentence < len(facts.sentences) else None
        if said is not None and _STILL_TO_MEET_RE.search(said.text):
            continue  # "Tomorrow the ministers will meet their counterparts at …": a meeting yet to take place
        body = facts.entities[bodies[0]]
        label = f" {event.label.casefold()} "
        if not _ENERGY_WORD_RE.search(f"{label} {body.label}"):
            continue  # (a summit of the G20 is where leaders meet; its energy ministers' meeting is work in it)
        if not any(f" {name.casefold()}" in label or f" {name.casefold()}'" in label
                   for name in (body.label, *body.alt_labels)):
            continue
        for k in event.participants:
            if k.startswith("state/"):
                add_cooperation_pairs(pairs, [k, body.key], event.sentence)


def _before_as_well_as(facts: DocumentFacts, sentence: int, actors: list[str]) -> list[str]:
    """The actors a sentence lists before "as well as" when it lists others after it ("attended by A, B, C and D,
    as well as the World Bank and the IsDB"): the first list are the body's parties, the second its guests."""
    said = facts.sentences[sentence] if 0 <= sentence < len(facts.sentences) else None
    cut = said.text.find(" as well as ") if said is not None else -1
    if cut < 0:
        return actors
    cut += said.start
    first: dict[str, int] = {}
    for m in facts.mentions:
        if m.sentence == sentence:
            key = m.key
            ent = facts.entities.get(key)
            if ent is not None and ent.kind == "Person" and ent.represents:
                key = ent.represents
            first.setdefault(key, m.start)
    before = [k for k in actors if first.get(k, cut) < cut]
    return before if len(before) >= 2 else actors


def _without_home_states(facts: DocumentFacts, pairs: dict) -> None:
    """A state beside two or more firms as a party, home to one of them, stood for that firm ("Bechtel and
    Westinghouse signed with Poland's PEJ in the presence of the US ambassador"): it goes from the parties,
    and the ties the agreement alone gave it."""
    for ag in facts.agreements:
        firms = [k for k in ag.parties if (e := facts.entities.get(k)) is not None and e.kind == "Company"]
        if len(firms) < 2:
            continue
        homes = {f"state/{facts.entities[k].country}" for k in firms if facts.entities[k].country}
        said = facts.sentence_text(ag.sentence)
        # ("signed by the Government of Sri Lanka, CPC and Lanka IOC": a government named as signing signs)
        gone = [k for k in ag.parties if k in homes and not re.search(
            rf"[Gg]overnment\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+){{1,3}}of\s+)?{re.escape(facts.entities[k].label)}|"
            rf"{re.escape(facts.entities[k].label)}(?:['’]s)?\s+[Gg]overnment", said)]
        if not gone or len(ag.parties) - len(gone) < 2:
            continue
        signers = set(ag.parties)
        ag.parties = tuple(k for k in ag.parties if k not in gone)
        for key, pair in list(pairs.items()):
            # (only the ties this agreement gave: "Rowley and Maduro signed an agreement …, and NGC signed a sales
            # agreement with PDVSA" keeps the two states' tie)
            if pair.sentence == ag.sentence and pair.rule.startswith("agreement-parties") and set(gone) & key \
                    and key <= signers:
                del pairs[key]


def _without_own_bodies(facts: DocumentFacts, pairs: dict) -> None:
    """A ministry acts for its state, an institution of the European Union for the Union: never its partner,
    and never a second party beside it."""
    owner = {k: f"state/{e.country}" for k, e in facts.entities.items() if e.kind == GOVERNMENT_BODY and e.country}
    for pair in [p for p in pairs if any(owner.get(a) in p for a in p)]:
        del pairs[pair]
    for ag in facts.agreements:
        states = {owner[k] for k in ag.parties if k in owner}
        if states & set(ag.parties):
            ag.parties = tuple(k for k in ag.parties if k not in states)
        if _EU in ag.parties:
            # "Morocco and the EU signed …, initialed by … the Executive Vice-President of the European
            # Commission": the Union's institutions sign for it, they are no parties beside it
            ag.parties = tuple(k for k in ag.parties if k not in _EU_INSTITUTIONS)
    for partnership in facts.partnerships:
        if _EU in partnership.partners:  # (and of a partnership the Union is in: "… elevating relations between
            # the EU and Egypt", signed by the President of the European Commission)
            partnership.partners = tuple(k for k in partnership.partners if k not in _EU_INSTITUTIONS)
    union_told = {c.sentence for p, c in pairs.items() if _EU in p}
    for pair in [p for p, c in pairs.items() if p & _EU_INSTITUTIONS and c.sentence in union_told]:
        del pairs[pair]


# ", the generation arm of ": an aside that names the unit before it, then (below) its parent; the parent's name
# may follow a state's possessive, where it is based or a trade word (", the power trading arm of India's
# state-owned NTPC", ", the renewables arm of Perth-based SSE")
_UNIT_OF = rf",\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){{0,3}}?{UNIT_NOUNS}\s+of"
_PARENT_NAMED = (r"\s+(?:the\s+)?(?:[A-Z][\w.-]*['’]s\s+)?(?:[A-Z][\w-]*-(?:based|owned|listed|headquartered)\s+)?"
                 r"(?:[a-z][\w-]*\s+){0,3}$")  # ("… of Oman's state energy group OQ")
# "X, a subsidiary of Y": the unit, then its parent; "Y's subsidiary X", "Y unit X": the parent, then its unit
_UNIT_OF_RE = re.compile(rf"\s*{_UNIT_OF}{_PARENT_NAMED}")
_PARENTS_UNIT_RE = re.compile(rf"(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?{UNIT_NOUNS}\s*,?\s+(?:the\s+)?$")


def _without_parents(ctx: DocumentContext, facts: DocumentFacts, pairs: dict) -> None:
    """A firm and its parent, as the text tells it ("CNNC Overseas, a subsidiary of CNNC", "Rosatom's unit
    Atomstroyexport"), are one group, not partners; where both sign, the unit signs for the parent."""
    units: set[tuple[str, str]] = set()  # (unit, parent)
    for view in ctx.views:
        if not any(w in view.text for w in ("subsidiar", "subholding", "unit", "arm ", "affiliate", "division")):
            continue
        refs = [r for r in view.refs if r.kind in (COMPANY, GOVERNMENT_BODY, INTERNATIONAL_ORGANIZATION)]
        for a in refs:
            for b in refs:
                if a.key == b.key or not 0 < b.start - a.end <= 80:
                    continue
                if _UNIT_OF_RE.fullmatch(view.text, a.end, b.start):
                    units.add((a.key, b.key))
                elif _PARENTS_UNIT_RE.fullmatch(view.text, a.end, b.start):
                    units.add((b.key, a.key))
    for pair in {frozenset(u) for u in units} & set(pairs):
        del pairs[pair]
    for unit, parent in units:
        # "a venture of SSE Renewables, the renewables arm of Perth-based SSE, and Equinor": the unit holds the
        # stake; its parent, named in its apposition, is no partner of the others beside it
        for pair in [p for p, c in pairs.items() if parent in p and unit not in p
                     and (same := pairs.get((p - {parent}) | {unit})) is not None and same.sentence == c.sentence]:
            del pairs[pair]
    for ag in facts.agreements:
        parents = {parent for unit, parent in units if unit in ag.parties and parent in ag.parties}
        if parents and len(ag.parties) - len(parents) >= 2:
            ag.parties = tuple(k for k in ag.parties if k not in parents)
            for pair in [p for p, c in pairs.items() if p & parents and c.sentence == ag.sentence
                         and p <= parents | set(ag.parties)]:
                del pairs[pair]


def _stamp(facts: DocumentFacts, pairs: dict, rule: str, pairs_rule: str | None = None) -> None:
    """Mark the facts a reader just added with its id (``facts.RULES``); the first reader of a fact keeps it."""
    for found in (facts.memberships, facts.partnerships, facts.agreements, facts.projects, facts.events):
        _label(found, rule)
    _mark(pairs, pairs_rule or rule)


def _label(found, rule: str) -> None:
    """Mark the facts a reader just added at the end of *found* (a list, or a dict's values) with its id; the
    first reader of a fact keeps it."""
    for fact in reversed(found):
        if fact.rule:
            break
        fact.rule = rule


def _mark(pairs: dict, rule: str) -> None:
    """Mark the cooperation pairs a reader just added with its id (pairs are added at the end of *pairs*)."""
    _label(pairs.values(), rule)


# ---------------------------------------------------------------------- memberships

_ROLE_RE = re.compile(
    r"\b(?P<role>(?:full(?:-fledged)?\s+|founding\s+|permanent\s+|operating\s+|active\s+|core\s+)?"
    r"member(?:s|\s+states?|\s+countr(?:y|ies))?|"
    r"observers?(?:\s+states?|\s+status)?|dialogue\s+partners?|"
    r"contracting\s+part(?:y|ies)|"
    r"(?:rotating\s+)?(?:chairmanship|presidency|chair)|chairs|chaired|partner\s+(?:states?|countr(?:y|ies)(?=\s+of\b))|countries|states|nations|"
    r"belongs?|participates(?=\s+in\s+both\b))\b", re.IGNORECASE)
_MEMBERSHIPS = triggers("memberships")
_MEMBERSHIP_DENIED_RE = re.compile(rf"\b{_MEMBERSHIPS.pattern('denials')}\b", re.IGNORECASE)
_LIST_GAP_RE = re.compile(r"^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?$")
# "joined", "has joined", "acceded to", "was admitted to" (not "will join" or "plans to join").
_JOINED_RE = re.compile(rf"\b(?:has\s+|have\s+|was\s+|were\s+)?(?:{_MEMBERSHIPS.pattern('joining_finite_verbs')}|"
                        rf"{_MEMBERSHIPS.pattern('founding_past_verbs')})\s+(?:the\s+)?")
_JOINED_HINTS = _MEMBERSHIPS.hints("joining_finite_verbs") + _MEMBERSHIPS.hints("founding_past_verbs")


_MEMBER_VERB_RE = re.compile(r"\)?\s+(?:is|are|was|were|became|becomes|has\s+become|have\s+become|has\s+been|"
                             r"have\s+been|remains?|remained|holds?|held|has|have|enjoys?|enjoyed|gained|obtained|"
                             r"(?:was|were|has\s+been|have\s+been)\s+granted)\s+(?:(?:an?|the|both|all|now|also|still|full|founding|"
                             r"longstanding|long-standing)\s+){0,3}", re.IGNORECASE)
# "the International Finance Corporation (IFC), a member of the World Bank Group": an apposition
_MEMBER_APPOSITION_RE = re.compile(r"\)?(?:\s*\([^)]{1,20}\))?\s*,\s+"
                                   # ("ZESCO, Zambia's national utility and an operating member of SAPP")
                                   r"(?:(?:the\s+|a\s+|an\s+|[A-Z][\w-]*['’]s\s+)?(?:[a-z][\w-]*\s+){1,4}and\s+)?"
                                   r"(?:an?|the|both|all)\s+(?:(?:founding|full|longstanding|long-standing|operating|active)\s+)?")
# "…, both members of", "…, all MI members": an apposition on every name of the list before it
_ALL_OF_THEM_RE = re.compile(r"\s*,\s+(?:both|all)\s+(?:(?:founding|full)\s+)?")
# Who can be a member: states, and the companies, agencies and organizations that join associations
# of their own kind ("Ukrenergo became an observer member of ENTSO-E").
_MEMBER_KINDS = (STATE, INTERNATIONAL_ORGANIZATION, "Company", GOVERNMENT_BODY)


# "from Australia and from nine of the ten members of ASEAN": the word heads another conjunct, not the actor's
# Words before "agreement" that name an instrument of its own ("the implementation agreement", not "the
# 25-year agreement"): a definite one with them is no mention of the instrument named before
_OWN_KIND_MODS_RE = re.compile(r"\b(?:implementation|framework|investment|intergovernmental|inter-governmental|"
                               r"shareholders?|purchase|supply|sales?|swap|cooperation|epc|offtake|production|"
                               r"loan|credit|financing|concession|transit|grant|host|lease)\b", re.IGNORECASE)
# A comment on the whole statement after it: ", a move that …", ", a step towards …"
_COMMENT_AFTER_RE = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:move|step|sign|decision|development|shift|"
                               r"boost|blow|milestone)\b")
# An enumerated item of a list of instruments ("First, a memorandum …"), and a sentence that opens such a list
_ENUMERATED_ITEM_RE = re.compile(r"\s*(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Finally|"
                                 r"Lastly|Also|In\s+addition)(?:ly)?\s*,\s*")
# "… signed:" or "… signed the following documents:" opening a list of instruments, one an item
def _refined(known: str | None, told: str | None) -> str | None:
    """*told* where it says more than *known* and agrees with it ("2025-05" → "2025-05-02"), else *known*."""
    return told if told and (not known or told.startswith(known)) else known


def _item_side(view: SentenceView, end: int) -> list[str]:
    """The other side an item of a list of instruments names after "with" ("a grid connection agreement with KEGOC",
    "a joint development agreement with A, the state utility B and C"), the noun ending at *end*."""
    with_ = re.match(r"[^;.]{0,40}?\bwith\s+(?:the\s+)?", view.text[end:])
    return unique_keys(list_after(view, end + with_.end(), _PARTY_KINDS, max_gap=4)) if with_ else []


_SIGNED_COLON_RE = re.compile(r"\b(?:signed|concluded|inked)(?:\s+the\s+following(?:\s+[\w-]+){0,2})?\s*:\s*$")
_LIST_ITEM_RE = re.compile(r"\s*(?:[-–•*]\s*|\d{1,2}[.)]\s*)?(?:an?|the)\s+", re.IGNORECASE)
_LIST_OPENER_RE = re.compile(r"\b(?:documents|agreements|memorand\w+|instruments)\s+(?:[\w-]+\s+){0,10}?(?:were|are)\s+"
                             r"(?:as\s+follows|the\s+following)|\bthe\s+following\s+(?:documents|agreements|memorand\w+)"
                             r"\s+(?:[\w-]+\s+){0,6}?(?:were\s+)?(?:signed|exchanged)|\bexchange\s+of\s+(?:[\w-]+\s+){0,3}(?:documents|agreements)",
                             re.IGNORECASE)
_WHERE_LIST_BEFORE_RE = re.compile(r"\b(?:in|across|throughout)\s+(?:the\s+)?$")
_RELATION_AFTER_RE = re.compile(r"[-–]|\s+(?:relations|ties)\b")
_ITS_BEFORE_RE = re.compile(r"\bits\s+(?:[\w-]+\s+)?$")
_OTHER_CONJUNCT_RE = re.compile(r"\s*,?\s+(?:and|or|but)\s+(?:also\s+)?(?:from|of|in|with|by|for|to|among)\s"
                                # "Japan, Australia and nine member states of ASEAN": the members are counted, and
                                # the names before them are their fellows in another list, not members
                                rf"|\s*,?\s+(?:and|or|plus)\s+(?:the\s+)?(?:{'|'.join(NUMBER_WORDS)}|\d+|all|other|several|"
                                r"some)\s+(?:other\s+|fellow\s+)?$")


_BOTH_BODIES_RE = re.compile(r"\s+(?:to|in|of)\s+both\s+(?:the\s+)?(?:[\w-]+\s+)?(?:pools|organi[sz]ations|bodies|groups|groupings|"
                             r"blocs|alliances|communities|unions|forums|associations)\b")


def _role_of(word: str) -> str:
    word = word.lower()
    if word.startswith("observer"):
        return "observer"
    if word.startswith("dialogue"):
        return "dialogue partner"
    return "member"


# Between two bodies a member list names ("of OPEC and the GCC", "of OPEC and members of the GCC").
_MEMBER_OF_GAP_RE = re.compile(r"(?:\s*\([A-Z]{2,8}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:founding\s+)?members?\s+of\s+|of\s+)?"
                               r"(?:the\s+)?")


def _coordinated_before(view: SentenceView, refs: list[Ref], pos: int, kinds=(STATE,), free_only: bool = True) -> list[Ref]:
    """The coordinated list of actors ending nearest before *pos* ("Bulgaria and Greece"); with *free_only* false,
    names that only qualify another count too ("the utilities of A, B and C")."""
    cands = [r for r in refs if r.end <= pos and r.kind in kinds and (r.free or not free_only)]
    if not cands:
        return []
    group = [cands[-1]]
    for r in reversed(cands[:-1]):
        # (one phrase standing for several, "both countries", is several refs of one span)
        if (r.start, r.end) == (group[0].start, group[0].end) or _LIST_GAP_RE.match(view.text[r.end:group[0].start]):
            group.insert(0, r)
        else:
            break
    return group


# Between a word and the list it opens: "members: A, B", "observers — among them A and B", "members including A"
# ("among them the African producers A and B": a plural describing the listed, after the word that opens the list)
_LIST_AFTER_OPENS_RE = re.compile(r"[\s,:]*(?:\s[-–—]\s*|[–—]\s*|\(\s*)?(?:(?:among\s+them|including|such\s+as|namely)\s+"
                                  r"(?:the\s+(?:[\w-]+\s+){0,2}?(?:producers|exporters|importers|countries|states|nations|"
                                  r"economies|republics|members|neighbou?rs)\s+)?)?(?:the\s+)?")


def _coordinated_after(view: SentenceView, refs: list[Ref], pos: int, kinds=(STATE,)) -> list[Ref]:
    cands = [r for r in refs if r.start >= pos and r.kind in kinds and (r.free or r.aside and not r.modifier)]
    if not cands or not _LIST_AFTER_OPENS_RE.fullmatch(view.text, pos, cands[0].start):
        return []
    group = [cands[0]]
    for r in cands[1:]:
        if (r.start, r.end) == (group[-1].start, group[-1].end) or _LIST_GAP_RE.match(view.text[group[-1].end:r.start]):
            group.append(r)
        else:
            break
    return group


# Between a body and the word for its member states ("the AZEC partner countries"), and between that word
# and the list of them ("countries: A, B and C", "countries are A, B and C").
_NAMED_MEMBERS_GAP_RE = re.compile(r"(?:\s*\([A-Z]{2,8}\))?\s+(?:(?:member|partner|participating|founding)\s+)?")
_LIST_OPENS_RE = re.compile(r"(?:\s*[:,]|\s+(?:are|were|include|included|includes)\b|\s+[-–—])?\s*(?:the\s+)?")


_COUNTED_RE = re.compile(r"\b(?:[Aa]ll\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+)|[Bb]oth)\s+"
                         r"(?:(?:countries|states|nations|governments)\s+)?(?:also\s+)?$")


def _counted_before(view: SentenceView, pos: int) -> list[Ref]:
    """The states "all three" or "both" just before *pos* counts: the last so many named before it in the
    sentence, when the sentence names exactly that many ("A and B are members of X, and all three belong …")."""
    m = _COUNTED_RE.search(view.text, max(0, pos - 30), pos)
    if m is None:
        return []
    n = 2 if m.group("n") is None else NUMBER_WORDS.get(m.group("n"), int(m.group("n")) if m.group("n").isdigit() else 0)
    states = list({r.key: r for r in view.refs if r.kind == STATE and r.end <= m.start()}.values())
    return states if len(states) == n else []


_EU = "organization/european-union"
_EU_INSTITUTIONS = frozenset({"organization/european-commission", "organization/european-council",
                              "organization/council-of-the-european-union"})


@functools.lru_cache(maxsize=4096)
def _state_opening(label: str, closing: bool = False) -> str | None:
    """The ISO3 code of the state whose name opens *label* ("China National Nuclear Corporation Overseas"), or with
    *closing* closes it ("Nucleoeléctrica Argentina", "Electricité du Laos"), else None: a body named after its state
    is of that state."""
    from epkg.ontology.gazetteer import load as load_gazetteer

    words = label.split()
    for n in (3, 2, 1):
        if len(words) > n:
            part = words[-n:] if closing else words[:n]
            states = {e.iso3 for e in load_gazetteer().lookup(" ".join(part)) if e.kind == STATE}
            if len(states) == 1:
                return states.pop()
    return None


def _reference_members(org: str) -> set:
    """The (ISO3, role) pairs the reference lists give for the body *org* (none for a body they do not describe)."""
    from epkg.ontology.gazetteer import load as load_gazetteer

    entry = load_gazetteer().get(org)
    return set(entry.members) if entry else set()


# An apposition right after a member's name, set off by commas: what it says is of the name, not of the membership
_APPOSED_ASIDE = r",\s+(?:a|an|the)\s[^,;:()]*,"
_APPOSED_ASIDE_RE = re.compile(_APPOSED_ASIDE)
# "Bulgaria joined the EU in 2007 and has been a member of NATO since 2004": a second predicate of the
# sentence's subject; "It is also a founding member of …": the state the sentence before was about
# ("Iran is a founding member of the AIIB, and since 2005 it has been an observer in the SCO": "it" is the subject)
_MEMBER_PREDICATE_RE = re.compile(r"(?:^\s*(?P<it>It)|\band(?:\s+(?:since|in|from)\s+\d{4},?)?(?:\s+(?:it|they))?|"
                                  # ("Montenegro, a candidate for EU membership, is a contracting party of X": past
                                  # an apposition too)
                                  rf",\s+(?:which|who)\s[^,;:()]*,|{_APPOSED_ASIDE})\s+(?:also\s+)?(?:has\s+been|have\s+been|had\s+been|is|are|was|"
                                  r"were|became|has\s+become)\s+(?:also\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?$|"
                                  # "X signed the Framework Agreement of the ISA, becoming the 101st member country of
                                  # the Alliance": the subject, by the participle that closes its clause
                                  r",\s+(?:thus\s+|thereby\s+|so\s+)?becoming\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?$")


_IT_JOINED_RE = re.compile(r"\b[Ii]t\s+(?:also\s+|formally\s+|officially\s+|then\s+)?$")


_PLURAL_IN_BODY_BEFORE_RE = re.compile(r"\b(?:producers|members|countries|states|exporters|nations|economies)\s+"
                                      r"(?:in|of)\s+(?:the\s+)?$")
_BODY_ARE_AFTER_RE = re.compile(r"(?:\s+(?:group|grouping|arrangements?|alliance|bloc))?\s+(?:are|include|were|included)\s+"
                                r"(?:the\s+)?")


def _state_it_stands_for(view: SentenceView, ctx: DocumentContext | None) -> list[Ref]:
    """The state "it" stands for: the one that opened the sentence before, if one did."""
    if ctx is None or view.index == 0:
        return []
    prior = ctx.views[view.index - 1]
    first = next((r for r in prior.refs if r.free and not r.possessive and r.kind in _MEMBER_KINDS), None)
    opens = first is not None and re.fullmatch(r"\s*(?:The\s+)?", prior.text[:first.start]) is not None
    return [first] if opens and first.kind == STATE else []


def _subject_of_member_predicate(view: SentenceView, ctx: DocumentContext | None, pos: int) -> list[Ref]:
    """The member a predicate stands for when no name stands before its member word: the sentence's opening
    state ("Bulgaria joined the EU in 2007 and has been a member of NATO"), or, after "It", the state that
    opened the sentence before."""
    # ("Kazakhstan, which sells oil to China, is a member of X": the opening state, past the clause on it)
    m = _MEMBER_PREDICATE_RE.search(view.text, max(0, pos - 140), pos)
    if m is None:
        return []
    if m.group("it"):
        return _state_it_stands_for(view, ctx)
    first = next((r for r in view.refs if r.free and not r.possessive and r.kind in _MEMBER_KINDS), None)
    if first is None or first.kind != STATE or first.end > m.start() \
            or re.fullmatch(r"\s*(?:The\s+)?", view.text[:first.start]) is None:
        return []
    return [first]


_STATE_AS_MEMBER_RE = re.compile(r",\s+(?:another|a\s+fellow|a|an|also\s+an?|the\s+(?:only\s+)?other|the\s+remaining|"
                                 # ("Guyana, Trinidad's CARICOM partner, …": the partner and the one it is the partner of)
                                 r"(?P<owner>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})['’]s)\s+(?:(?:founding|full|fellow)\s+)?$")
_MEMBER_AFTER_BODY_RE = re.compile(r"\s+(?:member\b(?:\s+(?:state|country|nation))?|(?P<partner>partner|ally|neighbou?r)\b)\s*,")


# "to EU countries", "from other OPEC members": a group where something goes or comes from
_BODY_AS_DESTINATION_RE = re.compile(r"\b(?:to|into|from|for|across|towards?)\s+(?:the\s+)?(?:other\s+|all\s+|some\s+|"
                                     r"several\s+|many\s+|most\s+|fellow\s+)?$", re.IGNORECASE)
_NON_BEFORE_RE = re.compile(r"(?:\bnon[-\s]|\b(?:outside|beyond|non-members?\s+of|not\s+(?:members?\s+)?(?:of|in))\s+(?:the\s+)?)$",
                            re.IGNORECASE)


def _memberships(view: SentenceView, facts: DocumentFacts, ctx: DocumentContext | None = None) -> None:
    orgs = [r for r in view.refs if r.kind == INTERNATIONAL_ORGANIZATION]
    if ctx is not None:
        orgs = sorted(orgs + _bodies_referred(view, ctx, orgs), key=lambda r: r.start)
    if not orgs and not (ctx is not None and ("ember" in view.text or "bserver" in view.text
                                              or "ontracting" in view.text or _THE_N_STATES_RE.search(view.text))):
        return
    text = view.text
    # ("the group's non-OPEC members", "non-EU states", "producers outside OPEC+": a body named as what they are not)
    orgs = [o for o in orgs if not _NON_BEFORE_RE.search(text, max(0, o.start - 24), o.start)]
    found: dict[tuple[str, str], str] = {}
    for org in orgs if "member" in text or "partner" in text or "ally" in text or "neighbo" in text else ():
        # "Venezuela, another OPEC member, is …": a state set off by an apposition that calls it a member
        m = _STATE_AS_MEMBER_RE.search(text, max(0, org.start - 40), org.start)
        after = _MEMBER_AFTER_BODY_RE.match(text, org.end)
        if m is None or after is None or cues.negated_noun(text, org.start) \
                or bool(m.group("owner")) != bool(after.group("partner")):
            continue
        member = next((r for r in view.refs if r.kind == STATE and r.end == m.start() and r.free), None)
        owner = next((r for r in view.refs if r.kind == STATE and r.start == m.start("owner")), None) \
            if m.group("owner") else None
        if member is not None and (owner is not None or not m.group("owner")):
            found[(member.key, org.key)] = "member"
            if owner is not None:
                found[(owner.key, org.key)] = "member"
    bodies: set[tuple[int, int]] = set()  # the spans of the bodies the member words so far took
    described = [m.span() for m in _DESCRIBED_MEMBERS_RE.finditer(text)] if "member" in text else []
    for m in _ROLE_RE.finditer(text):
        if any(a <= m.start() < b for a, b in described):
            continue  # "the group's other members are …": read by _described_members
        word = m.group("role").lower()
        clause = view.clause_at(m.start())
        clause_text = text[clause[0]:clause[1]]
        near = [o for o in orgs if abs((o.start + o.end) / 2 - m.start()) < 110
                and clause[0] - 60 <= o.start <= clause[1] + 60]
        if not near and _ROLE_WORD_RE.fullmatch(word):
            # "The OTS has five members — …, while A and B participate as observers": the one body of the
            # sentence; "all 16 Member States (A, B, …)" with none, the one the two sentences before named
            named = unique_keys(o for o in orgs if o.how != "coref")
            if len(named) == 1:
                near = [next(o for o in orgs if o.key == named[0])]
            elif not named and ctx is not None and (word.endswith(("states", "members", "observers", "parties"))
                                                    # ("with Canada joining as an observer"; "Armenia is an
                                                    # observer" is the report's own body's, read below)
                                                    or word.endswith(("member", "observer")) and not
                                                    _ROLE_PREDICATE_RE.search(text, max(0, m.start() - 40), m.start())):
                earlier = _bodies_named_before(view, ctx)
                # (a body read as a member of another just before is not the body meant: "Its contracting parties
                # are the European Union, A and B. C and D take part as observers")
                earlier = [k for k in earlier if not any(ms.member == k for ms in facts.memberships)] \
                    if len(earlier) > 1 else earlier
                if len(earlier) == 1:
                    near = [Ref(earlier[0], INTERNATIONAL_ORGANIZATION, m.start(), m.start(), "coref", earlier[0])]
        if ctx is not None and _ROLE_WORD_RE.fullmatch(word) and not re.match(r"\s+(?:of|in|to)\b", text[m.end():]) \
                and (_OUR_ROLE_RE.search(text, max(0, m.start() - 12), m.start())
                     or not near and _ROLE_PREDICATE_RE.search(text, max(0, m.start() - 40), m.start())) \
                and (lead := _lead_body(ctx)) is not None and not _MEMBERSHIP_DENIED_RE.search(clause_text):
            # the body the report is about: "Ukraine has been a Contracting Party since 2011", "Armenia is an
            # observer, as are Norway and Türkiye", "our Contracting Parties A, B and C" (in its head's words)
            role = _role_of(word)
            if _OUR_ROLE_RE.search(text, max(0, m.start() - 12), m.start()):
                # ("our members include some of the world's largest exporters: A, B and C")
                verb = _OUR_MEMBERS_VERB_RE.match(text, m.end())
                members = _coordinated_after(view, view.refs, verb.end() if verb else m.end(), _MEMBER_KINDS)
                while members and (more := _LIST_GOES_ON_RE.match(text, members[-1].end)) is not None:
                    # "A and B, as well as C and D, and now E": one list of members
                    further = _coordinated_after(view, view.refs, more.end(), _MEMBER_KINDS)
                    if not further:
                        break
                    members = members + further
            else:
                members = _subject_of_member_predicate(view, ctx, m.start()) \
                    or _coordinated_before(view, view.refs, m.start(), (STATE,))
                if (also := _AS_ARE_RE.match(text, m.end())) is not None:
                    members = members + _coordinated_after(view, view.refs, also.end(), _MEMBER_KINDS)
            for r in members:
                if r.key != lead.key and not (role == "member" and re.search(
                        r"\b(?:pending|admission|eventual|future|become)\b", text[max(0, m.start() - 40):m.start()])):
                    found.setdefault((r.key, lead.key), role)
            continue
        if word.startswith(("belong", "particip", "member")) and ctx is not None \
                and (both := _BOTH_BODIES_RE.match(text, m.end())) is not None:
            # "Tanzania belongs to both pools", "participates in both": the last two bodies named, in this sentence
            # or the one before
            # (or the one before that, when the sentence between names no body: a paragraph on the work between)
            named = [r.key for v in (*ctx.views[max(0, view.index - 2):view.index], view)
                     for r in v.refs if r.kind == INTERNATIONAL_ORGANIZATION and r.how != "coref"
                     and (v is not view or r.end <= m.start())]
            pair = list(dict.fromkeys(reversed(named)))[:2]
            # ("TANESCO, which is a member of both power pools": any actor may hold a seat in a power pool)
            member = _coordinated_before(view, view.refs, m.start(), _MEMBER_KINDS if word.startswith("member") else (STATE,))
            if len(pair) == 2 and member and not _MEMBERSHIP_DENIED_RE.search(text[member[0].start:m.end()]):
                for r in member:
                    for key in pair:
                        found.setdefault((r.key, key), "member")
            continue
        # (not a body across a semicolon, in another clause: "France joins as a member; the US and the EU become
        # observers", nor one the role word is said of: "the US and the EU become observers" of a body not named)
        near = [o for o in near if not (o.start >= m.end() and ";" in text[m.end():o.start])
                and not (o.end <= m.start() and _ROLE_OF_SUBJECT_RE.fullmatch(text, o.end, m.start()))]
        if not near:
            continue
        org = min(near, key=lambda o: abs(o.start - m.start()))
        if (whose := _WHOSE_ROLE_RE.search(text, max(0, m.start() - 30), m.start())) is not None:
            # "the IPG, which the EU and the UK co-lead and whose other members are …": "whose" is the body the
            # relative clause opened on, and those it says lead or founded it are members too
            for o in orgs:
                rel = _WHICH_AND_WHOSE_RE.fullmatch(text, o.end, whose.start()) if o.end <= whose.start() else None
                if rel is not None:
                    org = o
                    for r in view.refs if rel.group("lead") else ():
                        if rel.start("who") <= r.start and r.end <= rel.end("who") and r.kind in _MEMBER_KINDS \
                                and r.key != o.key:
                            found.setdefault((r.key, o.key), "member")
                    break
        if (of := re.match(r"\s+of\s+(?:the\s+)?", text[m.end():])) is not None:
            # "two non-OPEC members of the alliance": the body after "of", not the one the word's modifier names
            at = m.end() + of.end()
            named_after = next((o for o in near if o.start == at), None)
            if named_after is None and re.match(r"[A-Z]", text[at:at + 1]) and org.start > m.end() \
                    and not any(at - 4 <= o.start <= at + 1 for o in orgs):
                continue  # "members of SINEA, …, and the IDB": a body the reader does not know, not the next one
            org = named_after or org
        if (its := _ITS_BEFORE_RE.search(text, max(0, m.start() - 24), m.start())) is not None \
                and (opener := next((o for o in orgs if o.how != "coref"), None)) is not None \
                and opener.key != org.key and opener.free and not opener.possessive \
                and not view.refs_between(0, opener.start) and opener.start < 30:
            # "X signed a loan with Y for the dam, … to share electricity among its four member states: …": "its"
            # is the body the sentence is about, the subject it opens with, not the last one named
            org = opener
        if word in ("countries", "states", "nations", "member states", "member countries") and org.end <= m.start() \
                and _NAMED_MEMBERS_GAP_RE.fullmatch(text, org.end, m.start()) \
                and not _reference_members(org.key) and not _MEMBERSHIP_DENIED_RE.search(clause_text):
            # "the 11 AZEC partner countries: Japan, Australia …" for a body the reference lists do not
            # describe: the states listed right after the words are its members
            if (after := _LIST_OPENS_RE.match(text, m.end())) is not None:
                for r in _coordinated_after(view, view.refs, after.end()):
                    found.setdefault((r.key, org.key), "member")
            continue
        if word in ("countries", "states", "nations", "member states", "member countries", "members") \
                and org.end < m.start() and re.match(r"\s*(?:countries|states|nations|member)", text[org.end:org.end + 10]) \
                or word.startswith(("chair", "presidency", "rotating")):
            # "the SCO countries China, Kazakhstan …" or "X holds the SCO chairmanship":
            # the states named with it are members when the reference lists say so.
            listed = {code for code, role in _reference_members(org.key) if role == "member"}
            if word.startswith(("chair", "presidency", "rotating")):
                candidates = [r for r in view.refs if r.kind == STATE and r.end <= m.start()
                              and m.start() - r.end < 60][-1:]
            else:
                # (not where the group is where something goes or comes from: "links to A, B and C could carry
                # hydrogen to EU countries" says nothing of who is in the EU)
                candidates = [r for r in view.refs if r.kind == STATE] \
                    if not _BODY_AS_DESTINATION_RE.search(text, max(0, org.start - 30), org.start) else []
            # "Solomon Islands, which chairs the Forum": a state chairing a body the lists do not describe sits in it
            chairing = word in ("chairs", "chaired") and not _reference_members(org.key) \
                and org.start > m.start() and re.fullmatch(r"\s+(?:the\s+)?(?:[\w-]+\s+)?", text[m.end():org.start])
            # "OPEC members Angola and Nigeria": the states named right after the words, whatever the lists say
            # today (a member may have left since the report)
            apposed = {r.key for r in _coordinated_after(view, view.refs, m.end(), (STATE,))
                       if r.start - m.end() <= 2} if word == "members" else set()
            if word == "members" and not _reference_members(org.key):
                # "A and B are also MI members", "A and B, both MI members": for a body the lists do not
                # describe, the states a copula or an apposition joins to the words are its members
                joined = _coordinated_before(view, [r for r in view.refs if not r.modifier], org.start, (STATE,),
                                             free_only=False)
                if joined and (_MEMBER_VERB_RE.fullmatch(text, joined[-1].end, org.start)
                               or _MEMBER_APPOSITION_RE.fullmatch(text, joined[-1].end, org.start)):
                    apposed |= {r.key for r in joined}
            for r in candidates:
                if (r.key.split("/", 1)[1] in listed or chairing or r.key in apposed) \
                        and not _MEMBERSHIP_DENIED_RE.search(clause_text):
                    found.setdefault((r.key, org.key), "member")
            continue
        if word in ("countries", "states", "nations", "belongs", "belong"):
            if word.startswith("belong"):
                member = _counted_before(view, m.start()) or _coordinated_before(view, view.refs, m.start())
                if not member:
                    # (firms belong to a body of firms too, told by "to which": "the SAPP, to which both NamPower
                    # and Eskom belong")
                    firms = _coordinated_before(view, view.refs, m.start(), _MEMBER_KINDS)
                    member = firms if firms and any(_TO_WHICH_RE.fullmatch(text, o.end, firms[0].start)
                                                    for o in orgs if o.end <= firms[0].start) else []
                if _body_follows(text, m.end(), org):
                    pass
                elif member and (which := next((o for o in orgs if o.end <= member[0].start and _TO_WHICH_RE.fullmatch(
                        text, o.end, member[0].start)), None)) is not None:
                    org = which  # "the EAPP, to which Tanzania also belongs"
                else:
                    continue  # "belong to the wider alliance": a body only described is no named one
                if member and not _MEMBERSHIP_DENIED_RE.search(text[member[0].start:m.end()]):
                    for r in member:
                        found.setdefault((r.key, org.key), "member")
            continue
        role = _role_of(word)
        # (a body an earlier member word of the sentence took is no member here: "Italy, a member of the EU,
        # and Tunisia, a member of the AU")
        before = [r for r in view.refs if r.end <= m.start() and r.kind in _MEMBER_KINDS and (r.start, r.end) not in bodies]
        group = _coordinated_before(view, before, m.start(), _MEMBER_KINDS)
        if group and group[-1].possessive and (apposed_to := next(
                (r for r in reversed(before) if r.end <= group[-1].start and r.kind in _MEMBER_KINDS and r.free), None)) \
                and _MEMBER_APPOSITION_RE.fullmatch(text, apposed_to.end, m.start()):
            # "ZESCO, Zambia's national utility and an operating member of SAPP": the state's possessive is inside
            # the apposition on the name before it, which is the member
            group = [apposed_to]
        if not group and (loose := _coordinated_before(view, [r for r in before if not r.modifier], m.start(),
                                                       _MEMBER_KINDS, free_only=False)) \
                and len(loose) >= 2 and _ALL_OF_THEM_RE.fullmatch(text, loose[-1].end, m.start()):
            group = loose  # "co-led by A, B and C, all members of X": the names "led by" set aside, by the apposition
        if group and len({o.key for o in near}) == 1 and all(r.key == org.key for r in group):
            # "A and B take part in ASEAN meetings as dialogue partners": the body is not its own member
            group = _coordinated_before(view, [r for r in before if r.key != org.key], m.start(), _MEMBER_KINDS)
            if group and re.search(r"[,;:(]|\b(?:which|that|who|whose)\b", text[group[-1].end:m.start()]) \
                    and not (org.start > group[-1].end and (_ALL_OF_THEM_RE.fullmatch(text, group[-1].end, org.start)
                                                            or _MEMBER_APPOSITION_RE.fullmatch(text, group[-1].end, org.start))):
                group = []  # "in Chile, which the EU and its member states …": another clause's actor (but "A and
                # B, both ASEAN dialogue partners": an apposition on the list)
        if group and (m.start() - group[-1].end > 70 or _OTHER_CONJUNCT_RE.match(text, group[-1].end, m.start())
                      or _WHOSE_ROLE_RE.search(text, group[-1].end, m.start())):
            group = []  # ("whose members are A and B and whose dialogue partners are C": the second list is theirs)
        if group and any(r.kind != STATE for r in group) \
                and not _MEMBER_VERB_RE.fullmatch(text[group[-1].end:m.start()]) \
                and not _MEMBER_APPOSITION_RE.fullmatch(text[group[-1].end:m.start()]):
            group = []  # any actor may be a member, but only a state is one by standing near the word
        predicate = _subject_of_member_predicate(view, ctx, m.start())
        if predicate and (not group or group[0].start > predicate[0].start):
            group = predicate  # ("Kazakhstan signed with Russia and is a member of the SCO": not Russia)
        if not group:
            start = m.end()
            if _WHOSE_ROLE_RE.search(text, max(0, m.start() - 30), m.start()) \
                    and (copula := re.match(r"\s+(?:are|were|include|included)\s+", text[m.end():])) is not None:
                start += copula.end()  # "whose dialogue partners are China and Myanmar"
            if _body_follows(text, start, org):
                # "the Partner States of the Community – A, B and C": the list follows the body's name
                start = org.end + (len(acr.group(0)) if (acr := re.match(r"\s*\([^)]{1,20}\)", text[org.end:])) else 0)
            group = [r for r in _coordinated_after(view, view.refs, start, _MEMBER_KINDS) if r.key != org.key]
        if not group:
            continue
        if (named := next((o for o in orgs if o.end <= group[0].start
                           and _OF_WHICH_RE.fullmatch(text, o.end, group[0].start)), None)) is not None:
            org = named  # "the SAPP, of which both A and B are members, and the EAPP": the body "which" stands for
        if org.key in {r.key for r in group}:
            # "the Forum, in which the EU holds observer status": the member is an organization too,
            # and the body it is a member of is the other one near the word
            others = [o for o in near if o.key not in {r.key for r in group}]
            if not others:
                continue
            org = min(others, key=lambda o: abs(o.start - m.start()))
        span = text[min(group[0].start, m.start()):max(group[-1].end, m.end())]
        if (aside := _APPOSED_ASIDE_RE.match(text, group[-1].end)) is not None and aside.end() <= m.start():
            span = text[aside.end():m.end()]  # ("Montenegro, a candidate for EU membership, is a contracting party")
        if _MEMBERSHIP_DENIED_RE.search(span) or _MEMBERSHIP_DENIED_RE.search(text[m.end():m.end() + 25]):
            continue
        if role == "member" and re.search(r"\b(?:pending|admission|eventual|future|become)\b",
                                          text[max(0, m.start() - 40):m.start()], re.IGNORECASE):
            continue
        targets = [org]
        if re.match(r"\s+of\s+both\b", text[m.end():m.end() + 10]) and org.start < m.start():
            targets = [o for o in orgs if o.start < m.start()][-2:] or [org]
        elif org.start > m.start():
            # "members of OPEC and (members of) the GCC": every body listed after the word
            for o in orgs:
                gap = _MEMBER_OF_GAP_RE.fullmatch(text, targets[-1].end, o.start) if o.start > targets[-1].end else None
                if gap and ("and" in gap.group(0) or re.match(r"(?:\s*\([A-Z]{2,8}\))?\s*(?:,|and\b)", text[o.end:])):
                    targets.append(o)  # not a comma alone before a clause: "member of the ICC, the EU said"
        bodies.update((o.start, o.end) for o in targets)
        for r in group:
            if r.kind not in _MEMBER_KINDS or r.key == org.key:
                continue
            for o in targets:
                found.setdefault((r.key, o.key), role)
    joins = _JOINED_RE.finditer(text) if any(h in text for h in _JOINED_HINTS) else ()
    for j in joins:
        # (a body named by a description takes its article: "have also joined the alliance")
        org = next((o for o in orgs if o.start == j.end() or 0 <= o.start - j.end() <= 4
                    or o.how == "coref" and text[o.start:j.end()].lower() == "the "), None)
        if org is None or re.match(r"[-–]|\s+[A-Z]", text[org.end:]):
            continue  # "set up the EU-US Energy Council": the body named is another, whose name holds this one
        member = list_before(view, j.start(), (STATE,), max_gap=60)
        if not member:
            # "Iran became a member of the SCO in 2023 and joined BRICS in 2024": the clause's subject,
            # when no other actor stands between it and the verb
            clause = view.clause_at(j.start())
            before = [r for r in view.refs if clause[0] <= r.start < j.start() and r.free]
            if before and before[0].kind == STATE and not before[0].possessive and \
                    all(r.kind == INTERNATIONAL_ORGANIZATION for r in before[1:]):
                member = [before[0]]
            elif not before and _IT_JOINED_RE.search(text, max(0, j.start() - 24), j.start()):
                member = _state_it_stands_for(view, ctx)  # "Egypt … On January 1 it joined BRICS"
        tail = text[org.end:org.end + 50]
        rm = re.match(r"[^.;]{0,25}?\bas\s+(?:an?\s+)?(?P<role>observer|dialogue\s+partner|(?:full\s+)?member)", tail)
        role = _role_of(rm.group("role")) if rm else "member"
        if member and not _MEMBERSHIP_DENIED_RE.search(text[max(0, j.start() - 30):j.start()]):
            for r in member:
                found[(r.key, org.key)] = role
    for org in orgs:
        for r in _member_list(view, org):
            found.setdefault((r.key, org.key), "member")
        # "Saudi Arabia, Russia and other OPEC+ producers": the states listed are of the body too
        other = _AND_OTHER_BEFORE_RE.search(text, max(0, org.start - 20), org.start)
        if other is not None and _MEMBERS_NOUN_AFTER_RE.match(text, org.end) \
                and not _MEMBERSHIP_DENIED_RE.search(text[max(0, other.start() - 80):org.end]):
            for r in list_before(view, other.start() + 1, (STATE,), max_gap=2):
                found.setdefault((r.key, org.key), "member")
    for org in orgs:
        for r in _led_by(view, org):
            found.setdefault((r.key, org.key), "member")
        # "the International Solar Alliance, the India-led grouping", "the Saudi-led OPEC+ alliance": the state
        # that leads a body of states sits in it
        led = _STATE_LED_AFTER_RE.match(text, org.end) or _STATE_LED_BEFORE_RE.search(text, max(0, org.start - 40),
                                                                                       org.start)
        if led is not None and org.kind == INTERNATIONAL_ORGANIZATION and "-led" in text:
            for r in view.refs:
                if r.kind == STATE and led.start("state") <= r.start and r.end <= led.end("state"):
                    found.setdefault((r.key, org.key), "member")
        # "The four countries are part of the North Seas Energy Cooperation", "Tanzania is also part of the EAPP":
        # the subject a copula makes part of a body of states
        part = _PART_OF_BEFORE_RE.search(text, max(0, org.start - 50), org.start) \
            if org.kind == INTERNATIONAL_ORGANIZATION and "part of" in text else None
        if part is not None and not cues.hedged_before(text, part.start()) \
                and not _MEMBERSHIP_DENIED_RE.search(text[max(0, part.start() - 30):org.start]):
            for r in _coordinated_before(view, view.refs, part.start() + 1, _MEMBER_KINDS):
                if r.key != org.key:
                    found.setdefault((r.key, org.key), "member")
        # "The other Latin American producers in the OPEC+ arrangements are Venezuela … and Mexico": the states
        # a plural of members names after the body
        if org.how != "coref" and _PLURAL_IN_BODY_BEFORE_RE.search(text, max(0, org.start - 40), org.start) \
                and (are := _BODY_ARE_AFTER_RE.match(text, org.end)) is not None \
                and not _MEMBERSHIP_DENIED_RE.search(text[max(0, org.start - 40):are.end()]):
            for r in _coordinated_after(view, view.refs, are.end(), (STATE,)):
                found.setdefault((r.key, org.key), "member")
        founded = _FOUNDED_BEFORE_RE.search(text, max(0, org.start - 80), org.start) if org.how != "coref" else None
        if founded is not None and not cues.hedged_before(text, founded.start()) \
                and not _MEMBERSHIP_DENIED_RE.search(text[founded.start():org.start]) \
                and not re.search(r"\b(?:not|never|no)\s+$", text[max(0, founded.start() - 12):founded.start()]):
            # "A, B and C … have formed their own confederation, the Alliance of Sahel States": its founders
            rel = RELATIVE_OPEN_RE.search(text, 0, founded.start())  # "A and B, which left X and formed …"
            for r in list_before(view, rel.start() if rel else founded.start(), (STATE,), max_gap=40):
                found.setdefault((r.key, org.key), "member")
    for member, org in _described_members(view, orgs):
        found.setdefault((member, org), "member")
    if (its := _ITS_MEMBERS_RE.match(text)) is not None and ctx is not None and view.index > 0:
        # "The Energy Community was established … Its contracting parties today are A, B and C": the body the
        # sentence before was about
        prior = ctx.views[view.index - 1]
        body = next((r for r in prior.refs if r.kind == INTERNATIONAL_ORGANIZATION and r.how != "coref"), None)
        if body is not None and not _MEMBERSHIP_DENIED_RE.search(its.group(0)):
            role = "observer" if "observer" in its.group("role").lower() else "member"
            for r in _coordinated_after(view, view.refs, its.end(), _MEMBER_KINDS):
                if r.key != body.key:
                    found.setdefault((r.key, body.key), role)
    for org in orgs:
        # "the Global Biofuels Alliance, launched by India, Brazil and the US", "X was founded in 2015 by A and B":
        # its founders
        launched = _LAUNCHED_BY_RE.match(text, org.end) \
            if org.kind == INTERNATIONAL_ORGANIZATION and org.how != "coref" else None
        if launched is not None and not cues.hedged_clause(launched.group(0)) \
                and not _MEMBERSHIP_DENIED_RE.search(launched.group(0)):
            for r in list_after(view, launched.end(), (STATE,), max_gap=4):
                found.setdefault((r.key, org.key), "member")
        # "the Alliance of Sahel States (AES), which the three countries founded in 2023": its founders
        founders = _FOUNDED_BY_RELATIVE_RE.match(text, org.end) if org.kind == INTERNATIONAL_ORGANIZATION else None
        if founders is not None:
            for r in [r for r in view.refs if founders.start("who") <= r.start < founders.end("who")
                      and r.kind == STATE]:
                found.setdefault((r.key, org.key), "member")
        # "Indonesia's admission as a full member of BRICS"
        admitted = _ADMISSION_BEFORE_RE.search(text, max(0, org.start - 60), org.start) \
            if org.kind == INTERNATIONAL_ORGANIZATION else None
        if admitted is not None and not cues.hedged_before(text, admitted.start()):
            owner = next((r for r in view.refs if r.kind == STATE and r.possessive and r.end <= admitted.start()
                          and admitted.start() - r.end <= 3), None)
            if owner is not None:
                found.setdefault((owner.key, org.key), "member")
        # "Argentina and Brazil, partners in Mercosur together with Uruguay and Paraguay": the states the
        # apposition describes are the body's members (their fellows are read by _companions)
        apposed = _PARTNERS_IN_BODY_RE.search(text, max(0, org.start - 40), org.start) \
            if org.kind == INTERNATIONAL_ORGANIZATION and org.how != "coref" else None
        if apposed is not None and not _MEMBERSHIP_DENIED_RE.search(apposed.group(0)):
            for r in list_before(view, apposed.start() + 1, (STATE,), max_gap=2):
                found.setdefault((r.key, org.key), "member")
    for member, org, role in _grouped_members(view, orgs) + _counted_members(view, ctx, orgs):
        found.setdefault((member, org), role)
    for org in orgs if " sit" in text or " sat " in text else ():
        # "Uruguay also sits in Mercosur with Argentina, Brazil and Paraguay": a seat in a body is membership
        if (seat := _SITS_IN_BEFORE_RE.search(text, max(0, org.start - 30), org.start)) is None \
                or org.kind != INTERNATIONAL_ORGANIZATION or cues.hedged_before(text, seat.start()) \
                or _MEMBERSHIP_DENIED_RE.search(text[max(0, seat.start() - 30):org.start]):
            continue
        seated = list_before(view, seat.start(), (STATE,), max_gap=12)
        if seated and (fellows := re.match(r"\s+with\s+(?:the\s+)?", text[org.end:])) is not None:
            listed = list_after(view, org.end + fellows.end(), (STATE,), max_gap=2)
            # ("with A, B and, since last year, C": an aside before the list's last name)
            if listed and (aside := re.match(r"\s*,?\s*and\s*,\s*[^,;.]{1,30},\s*", text[listed[-1].end:])) is not None:
                listed += list_after(view, listed[-1].end + aside.end(), (STATE,), max_gap=2)[:1]
            seated += listed
        for r in seated:
            found.setdefault((r.key, org.key), "member")
    for (member, org), role in _companions(view, orgs, found).items():
        found.setdefault((member, org), role)
    if (opening := _AS_MEMBERS_OF_LIST_RE.search(text)) is not None:
        # "As member states of the ECO, the SCO and the OIC, the two sides agreed …": the subject after the list
        # is a member of each body listed; the bodies are no members of one another
        listed = list_after(view, opening.end(), (INTERNATIONAL_ORGANIZATION,), max_gap=2, asides=True)
        after = re.match(r"\)?(?:\s*\([^)]{1,20}\))?\s*,\s+", text[listed[-1].end:listed[-1].end + 30]) if listed else None
        keys = set(unique_keys(listed))
        found = {pair: role for pair, role in found.items() if not (pair[0] in keys and pair[1] in keys)}
        if after and len(keys) >= 2 and not _MEMBERSHIP_DENIED_RE.search(opening.group(0)):
            for r in _subject_after(view, listed[-1].end + after.end()):
                for org in keys - {r.key}:
                    found.setdefault((r.key, org), "member")
    if ctx is not None and ("states" in text or "countries" in text or "nations" in text or "monarchies" in text):
        for (member, org), role in _all_members_counted(view, ctx).items():
            found.setdefault((member, org), role)
    if ctx is not None and view.index > 0 and (these := _THESE_STATES_MEMBERS_RE.search(text)) is not None:
        # "All of these countries (except A) are members of X": the states the sentence before listed
        body = next((o for o in orgs if o.start == these.end() and o.kind == INTERNATIONAL_ORGANIZATION), None)
        lists = [g for g in coordinated_lists(ctx.views[view.index - 1], (STATE,)) if len(unique_keys(g)) >= 2]
        if body is not None and lists and not cues.hedged_clause(these.group(0)):
            for key in unique_keys(lists[-1]):
                found.setdefault((key, body.key), "member")
    if found and _EXCEPT_RE.search(text):
        # "All of these countries except A and B are members of X": the states set apart are not
        excepted = {r.key for m in _EXCEPT_RE.finditer(text) for r in list_after(view, m.end(), (STATE,), max_gap=2)}
        found = {pair: role for pair, role in found.items() if pair[0] not in excepted}
    for (member, org), role in found.items():
        if member != org:
            _add_membership(facts, member, org, role, view.index)


# Words that set states apart from the rest of a list: "except", "excluding", "other than"
_EXCEPT = (r"(?:except(?:\s+for)?|excluding|other\s+than|apart\s+from|save\s+for|bar|"
           r"with\s+the\s+exceptions?\s+of)")
_THESE_STATES_MEMBERS_RE = re.compile(
    r"\b(?:(?:[Aa]ll|[Ee]ach|[Bb]oth)\s+(?:of\s+)?(?:these|those)|[Tt]hese|[Tt]hose)\s+(?:[a-z]+\s+)?(?:countries|states|nations)"
    rf"(?:\s*,?\s+{_EXCEPT}\s+[^,;.]{{1,80}}?,?)?"
    r"\s+(?:are|were)\s+(?:all\s+|also\s+|both\s+)*(?:(?:founding|full)\s+)?members\s+of\s+(?:the\s+)?")
_EXCEPT_RE = re.compile(rf"\b{_EXCEPT}\s+(?:the\s+)?")


# "China and the six Gulf states", "the 22 Arab states": all the members of the one body the report names whose
# name holds the word, when the reference lists give it exactly that many
_THE_N_STATES_RE = re.compile(rf"\bthe\s+(?P<n>{'|'.join(NUMBER_WORDS)}|\d{{1,2}})\s+(?P<word>[A-Z][a-z]+)\s+"
                              r"(?:member\s+)?(?:states|countries|nations|monarchies)\b")


def _all_members_counted(view: SentenceView, ctx: DocumentContext) -> dict[tuple[str, str], str]:
    """The ``(member, body) → role`` memberships "the N <word> states" stands for (see above)."""
    found = {}
    for m in _THE_N_STATES_RE.finditer(view.text):
        n = NUMBER_WORDS.get(m.group("n").lower()) or (int(m.group("n")) if m.group("n").isdigit() else 0)
        bodies = [k for k, e in ctx.facts.entities.items() if e.kind == INTERNATIONAL_ORGANIZATION
                  and m.group("word") in e.label.split()]
        if n < 2 or len(bodies) != 1 or cues.hedged_clause(view.text[view.clause_at(m.start())[0]:m.start()]):
            continue
        members = {code for code, role in _reference_members(bodies[0]) if role == "member"}
        if len(members) == n:
            for code in sorted(members):
                found[(f"state/{code}", bodies[0])] = "member"
    return found


# How many members a body has, then some of them: "the Forum now counts 13 members, including A and B", "The
# alliance has nine initiating members, led by A, B and C"
_NUMBER = r"(?:\d{1,3}|" + "|".join(NUMBER_WORDS) + r")"
_MEMBERS_COUNTED = (rf"{_NUMBER}\s+(?:(?:full|founding|initiating|permanent|current)\s+)?"
                    r"(?P<role>members|member\s+states|member\s+countries|member\s+nations|observers)")
_COUNTED_MEMBERS_RE = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+(?:now\s+|currently\s+|today\s+|already\s+)?"
                                 r"(?:has|have|had|counts|numbers|comprises|brings\s+together|groups)\s+"
                                 r"(?:some\s+|about\s+|around\s+)?" + _MEMBERS_COUNTED +
                                 r"\s*(?:,\s*|\s+)(?:including|led\s+by|among\s+them|such\s+as|notably)\s+(?:the\s+)?")
# "Of its twelve member countries, three – A, B and C – …": some of a body's members, set off
_OF_ITS_MEMBERS_RE = re.compile(r"\b[Oo]f\s+(?:its|their|the)\s+(?:" + _NUMBER + r"\s+)?(?:(?:full|founding)\s+)?"
                                r"(?P<role>members|member\s+states|member\s+countries|observers)"
                                r"(?P<of>\s+of\s+(?:the\s+)?)?")
_SOME_SET_OFF_RE = re.compile(r"\s*,\s*(?:" + _NUMBER + r"|only\s+" + _NUMBER + r"|all|most|some)\s*(?:[-–—:(]|,)\s*")
# "Among the newest full members are A and B": members named after the verb
_AMONG_MEMBERS_RE = re.compile(r"\b[Aa]mong\s+(?:the|its|their)\s+(?:[a-z][\w-]*\s+){0,2}?(?:(?:full|founding)\s+)?"
                               r"(?P<role>members|member\s+states|member\s+countries|observers)"
                               r"(?P<of>\s+of\s+(?:the\s+)?)?")
_MEMBERS_ARE_RE = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s+(?:are|were|is|was)\s+|\s*,\s*)(?:the\s+)?")
# "A and B joined C, D and E as full members": members who joined those who were members already
_JOINED_STATES_RE = re.compile(r"\b(?:joined|joining)\s+(?:the\s+)?")
_AS_MEMBERS_AFTER_LIST_RE = re.compile(r"(?:\s+(?:of|in)\s+(?P<body>[^,;:]{2,60}?))?\s+as\s+(?:(?:full|founding|"
                                       r"permanent)\s+)?(?P<role>members|observers)\b")


def _bodies_named_before(view: SentenceView, ctx: DocumentContext) -> list[str]:
    """The international organizations the two sentences before *view* name (not by a description)."""
    return unique_keys(r for v in ctx.views[max(0, view.index - 2):view.index] for r in v.refs
                       if r.kind == INTERNATIONAL_ORGANIZATION and r.how != "coref")


def _body_spoken_of(view: SentenceView, ctx: DocumentContext | None, orgs: list[Ref], pos: int) -> Ref | None:
    """The international organization a member word without a name of its own speaks of: the one named just
    before *pos* in the sentence, else the only one the two sentences before named, else the report's own."""
    before = [o for o in orgs if o.end <= pos]
    if before:
        return before[-1]
    if ctx is None:
        return None
    earlier = _bodies_named_before(view, ctx)
    if len(earlier) == 1:
        return Ref(earlier[0], INTERNATIONAL_ORGANIZATION, pos, pos, "coref", earlier[0])
    return _lead_body(ctx) if not earlier else None


def _counted_members(view: SentenceView, ctx: DocumentContext | None, orgs: list[Ref]) -> list[tuple[str, str, str]]:
    """Some of a body's members named where the sentence counts them or picks them out of its members.

    Examples
    --------
    >>> from epkg.graph.extract.entities import recognise
    >>> from epkg.graph.extract.text import split_sentences
    >>> text = "With Senegal's accession, the Gas Exporting Countries Forum now counts 13 members, including Qatar and Iran."
    >>> f = DocumentFacts(text, split_sentences(text)); recognise(f)
    >>> view = DocumentContext(f).views[0]
    >>> _counted_members(view, None, [r for r in view.refs if r.kind == INTERNATIONAL_ORGANIZATION])
    [('state/QAT', 'organization/gas-exporting-countries-forum', 'member'), ('state/IRN', 'organization/gas-exporting-countries-forum', 'member')]
    """
    text, out = view.text, []
    if "member" not in text and "bserver" not in text:
        return out

    def add(listed, org, role_word, where):
        if org is None or _MEMBERSHIP_DENIED_RE.search(where) or cues.hedged_clause(where):
            return
        out.extend((r.key, org.key, _role_of(role_word)) for r in listed if r.key != org.key)

    for org in orgs:
        m = _COUNTED_MEMBERS_RE.match(text, org.end)
        if m is not None:
            # (the list after "including" or "led by" reads as an aside to the clause; it is what is said here)
            add(list_after(view, m.end(), _MEMBER_KINDS, max_gap=6, asides=True), org, m.group("role"), m.group(0))
    for m in _OF_ITS_MEMBERS_RE.finditer(text):
        named = next((o for o in orgs if o.start == m.end()), None) if m.group("of") else None
        end = named.end if named is not None else m.end()
        some = _SOME_SET_OFF_RE.match(text, end)
        if some is None or (m.group("of") and named is None):
            continue
        listed = list_after(view, some.end(), _MEMBER_KINDS, max_gap=4, asides=True)
        add(listed, named or _body_spoken_of(view, ctx, orgs, m.start()), m.group("role"), text[m.start():some.end()])
    for m in _AMONG_MEMBERS_RE.finditer(text):
        named = next((o for o in orgs if o.start == m.end()), None) if m.group("of") else None
        verb = _MEMBERS_ARE_RE.match(text, named.end if named is not None else m.end())
        if m.group("of") and named is None or verb is None:
            continue
        listed = list_after(view, verb.end(), _MEMBER_KINDS, max_gap=6)
        add(listed, named or _body_spoken_of(view, ctx, orgs, m.start()), m.group("role"), m.group(0))
    for m in _JOINED_STATES_RE.finditer(text) if "joined" in text or "joining" in text else ():
        joined = list_after(view, m.end(), (STATE,), max_gap=2, asides=True)
        role = _AS_MEMBERS_AFTER_LIST_RE.match(text, joined[-1].end) if len(joined) >= 2 else None
        joiners = list_before(view, m.start(), (STATE,), max_gap=30) if role is not None else []
        if not joiners:
            continue
        inside = [o for o in orgs if role.group("body") and role.start("body") <= o.start < role.end("body")]
        org = inside[0] if inside else (orgs[0] if len(unique_keys(orgs)) == 1 else None)
        add(joiners + joined, org, role.group("role"), text[joiners[0].start:role.end()])
    return out


# Who shares a membership the sentence states: "joined BRICS in 2024, together with A and B", "a founding
# member of Mercosur alongside A, B and C", "fellow members of X, as is A", "Belarus, like A and B a member of X"
# A seat in a body: "sits in Mercosur", "also sat in the bloc"
_SITS_IN_BEFORE_RE = re.compile(r"\b(?:sits|sit|sat|sitting)\s+(?:also\s+|still\s+)?in\s+(?:the\s+)?$")
_COMPANIONS_RE = re.compile(r"(?:\s*\([^)]{1,20}\))?(?:\s+(?:group|bloc|grouping|alliance))?"  # ("the BRICS group")
                            r"(?:\s*,\s+(?:the|a|an)\s+[^,;:()]{3,90}?,)?"
                            # ("became a full member of BRICS on 1 January 2024, alongside A, B and C")
                            r"(?:\s+(?:(?:in|since)\s+(?:(?:[A-Z][a-z]+\s+)?\d{4}|(?:January|February|March|April|May|June|July|August|"
                            r"September|October|November|December)\b)|on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}),?"
                            r"(?:\s+\d{4})?|(?:last|this|earlier\s+this)\s+(?:year|month|"
                            r"week|January|February|March|April|May|June|July|August|September|October|November|"
                            r"December)|at\s+the\s+(?:start|beginning|end|turn)\s+of\s+(?:this|last|the)\s+(?:year|month)"
                            r"(?:\s+\d{4})?))?\s*,?\s+"
                            # ("became a full member of Mercosur last July, joining A, B, C and D in a bloc …")
                            r"(?:together\s+with|alongside|along\s+with|joining|as\s+(?:is|are|was|were|do|does|did))\s+"
                            r"(?:the\s+)?")
_COMPANIONS_END_RE = re.compile(r"\s*(?:[,.;:)–—]|\s-\s|$)|\s+(?:in|as)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
                                r"(?:bloc|group|grouping|union|alliance|organi[sz]ation|club|body|members?)\b")
_LIKE_BEFORE_RE = re.compile(r",\s+like\s+(?:the\s+)?$")


def _companions(view: SentenceView, orgs: list[Ref], found: dict) -> dict:
    """More members of a body the sentence names beside one it found: after the body's name ("joined X in 2024,
    together with A and B"; "a member of X alongside A"; "members of X, as is A") or before a list of members
    compared with the subject ("Belarus, like A and B a member of X")."""
    text, out = view.text, {}
    for (member, org_key), role in found.items():
        for o in (o for o in orgs if o.key == org_key):
            m = _COMPANIONS_RE.match(text, o.end)
            if m is None or _MEMBERSHIP_DENIED_RE.search(m.group(0)) \
                    or any(r.start < m.end() and r.start >= o.end and r.kind == STATE for r in view.refs
                           if r.start < m.end() - 4):
                continue
            listed = _coordinated_after(view, view.refs, m.end(), _MEMBER_KINDS)
            if listed and _COMPANIONS_END_RE.match(text, listed[-1].end) and member not in {r.key for r in listed}:
                for r in listed:
                    if r.key != org_key:
                        out.setdefault((r.key, org_key), role)
        refs = [r for r in view.refs if r.key == member]
        for r in refs:
            like = _LIKE_BEFORE_RE.search(text, max(0, r.start - 12), r.start)
            if like is None:
                continue
            subject = next((s for s in reversed(view.refs) if s.end <= like.start() and s.kind in _MEMBER_KINDS), None)
            if subject is not None and subject.end == like.start() and subject.key != org_key:
                out.setdefault((subject.key, org_key), role)
    return out


_TO_WHICH_RE = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*,\s*to\s+which\s+(?:both\s+|all\s+)?(?:the\s+)?"
                          # "the EAEU, the Moscow-led trade bloc that neighbouring Kazakhstan and Kyrgyzstan belong to"
                          r"|(?:\s*\([^()]{1,20}\))?(?:\s*,\s*(?:the|a|an)\s+[^,;:()]{1,60}?)?\s+(?:that|which)\s+"
                          r"(?:both\s+|all\s+)?(?:the\s+)?(?:[a-z][\w-]*\s+)?")
# The member words that name a membership whatever stands near (not "countries" or "states")
_ROLE_WORD_RE = re.compile(r"(?:full\s+|founding\s+)?(?:members?|member\s+states|member\s+countries|observers?|"
                           r"dialogue\s+partners?|partner\s+states|contracting\s+part(?:y|ies))", re.IGNORECASE)
# The verbs that say what an actor is or has become ("is", "has been", "became", "remains").
_COPULA = r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been|became|become|becomes|becoming|remains?|remained)"
# "Ukraine has been a Contracting Party since 2011", "Armenia is an observer": a role held, its body unsaid
_ROLE_PREDICATE_RE = re.compile(rf"\b{_COPULA}\s+(?:now\s+|also\s+|still\s+)?(?:an?\s+)?(?:full\s+|founding\s+)?$",
                                re.IGNORECASE)
# What joins a subject to the role it takes: "A and B become observers", "C sits as an observer"
_ROLE_OF_SUBJECT_RE = re.compile(rf"\s+(?:(?:also|now|both)\s+)?(?:{_COPULA}|sit|sits|sat|join|joins|joined)\s+(?:as\s+)?"
                                 r"(?:an?\s+)?(?:full\s+)?", re.IGNORECASE)
_OUR_ROLE_RE = re.compile(r"\b[Oo]ur\s+(?:fellow\s+|other\s+)?$")  # "our Contracting Parties A, B and C"
_LIST_GOES_ON_RE = re.compile(r",?\s+(?:as\s+well\s+as|along\s+with|plus|and\s+(?:now|also|since\s+\d{4}))\s+(?:the\s+)?")
_OUR_MEMBERS_VERB_RE = re.compile(r"\s+(?:include|are|comprise|now\s+include)\s+(?:[^:;.]{0,70}:\s*)?(?:the\s+)?")
_AS_ARE_RE = re.compile(r"\s*,\s+as\s+(?:are|is|were|was)\s+(?:the\s+)?")


def _lead_body(ctx: DocumentContext) -> Ref | None:
    """The body a report opens with (its title, dateline or first sentences): the one a role word without
    a body's name speaks of, in an interview with its head or a story about it."""
    for v in ctx.views[:3]:
        body = next((r for r in v.refs if r.kind == INTERNATIONAL_ORGANIZATION and r.how != "coref"), None)
        if body is not None:
            return body
    return None
_ITS_MEMBERS_RE = re.compile(r"\s*(?:Its|Their)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<role>members|member\s+states|member\s+countries|"
                             r"contracting\s+parties|observers|shareholders)\s+(?:(?:today|now|currently)\s+)?"
                             r"(?:are|include|comprise|were)\s+(?:the\s+)?")
_LAUNCHED_BY_RE = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*,?\s+(?:which\s+|that\s+)?(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+)?"
                             r"(?:jointly\s+|first\s+)?(?:co-?)?(?:founded|launched|formed|created|set\s+up|established|"
                             r"initiated)\s+(?:in\s+(?:\w+\s+)?\d{4}\s+)?(?:jointly\s+)?by\s+(?:the\s+)?")
_FOUNDED_BY_RELATIVE_RE = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*,\s*which\s+(?P<who>[^,;:.]{3,60}?)\s+"
                                     r"(?:co-?)?(?:founded|formed|created|set\s+up|established)\b")
# "A and B, partners in Mercosur": an apposition that makes them a body's members
_PARTNERS_IN_BODY_RE = re.compile(r",\s+(?:fellow\s+|long-?time\s+)?partners\s+in\s+(?:the\s+)?$")
_ADMISSION_BEFORE_RE = re.compile(r"['’]s\s+(?:admission|accession|entry)\s+(?:as\s+(?:a\s+)?(?:full\s+)?member\s+)?"
                                  r"(?:of|to|into)\s+(?:the\s+)?$")
_FOUNDED_BEFORE_RE = re.compile(r"\b(?:have\s+|has\s+|had\s+)?(?:formed|founded|created|established|set\s+up)\s+"
                                r"(?:(?:their|its)\s+own\s+|a\s+new\s+|a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                                r"(?:confederation|federation|union|bloc|alliance|organi[sz]ation|community|grouping|"
                                r"forum|association|council)\s*,\s*(?:the\s+)?$")
_OF_BODY_RE = re.compile(r"\s+(?:of|in|to)\s+(?:the\s+)?")


def _body_follows(text: str, pos: int, org: Ref) -> bool:
    """Whether *org* is named right after *pos*, governed by "of", "in" or "to" ("belong to the EAC")."""
    return org.start > pos and _OF_BODY_RE.fullmatch(text, pos, org.start) is not None


# (after an apposition too: "the East Mediterranean Gas Forum, the Cairo-based body of which Egypt is a member")
_OF_WHICH_RE = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*,\s*(?:(?:the|a|an)\s+[^,;:()]{1,60}?\s+)?(?:of|in)\s+which\s+"
                          r"(?:both\s+|all\s+|the\s+)?")


# "the group", "the forum", "the bloc": a body named before, in this sentence or the two before it
_BODY_RE = re.compile(r"\b[Tt]he\s+(?:\d+-member\s+|(?:[a-z]+-)?member\s+)?(?:group|bloc|forum|organi[sz]ation|alliance|club|"
                      r"grouping|cartel|coalition|(?P<titled>Group|Bloc|Forum|Organi[sz]ation|Alliance|Community|Union|"
                      r"Pool|Council|Commission|Authority))\b(?!\s+(?:of|for|on|[A-Z]))")


def _bodies_referred(view: SentenceView, ctx: DocumentContext, orgs: list[Ref]) -> list[Ref]:
    """The international organization each definite "the group", "the forum" … of a sentence stands for:
    the last one named before it, in the sentence or in the two before (none when two were named there)."""
    if not any(w in view.text for w in ("group", "bloc", "forum", "organi", "alliance", "club", "cartel",
                                        "coalition", "Group", "Bloc", "Forum", "Organi", "Alliance", "Community",
                                        "Union", "Pool", "Council", "Commission", "Authority")):
        return []
    out = []
    earlier = _bodies_named_before(view, ctx)
    for m in _BODY_RE.finditer(view.text):
        if any(r.start <= m.start() < r.end for r in view.refs):
            continue
        here = unique_keys(o for o in orgs if o.end <= m.start() and o.how != "coref")
        noun = m.group(0).split()[-1].lower()[:8]
        if m.group("titled") and any(r.start <= m.end() + 1 and r.end > m.start() for r in view.refs):
            continue  # "the Union" inside a name read already
        titled = [k for k in earlier + here if noun in ctx.facts.entities[k].label.lower()] \
            if all(k in ctx.facts.entities for k in earlier + here) else []
        # a body whose name has the noun ("the forum": the … Gas Forum); else the one body named just before
        # (a capitalised noun, "the Community", only a body whose name has it)
        # ("the alliance", "the forum": only a body whose name says so, never the union named last)
        generic = noun in ("group", "bloc", "organiza", "organisa", "grouping", "club", "cartel", "coalitio")
        named = titled[-1:] or (earlier if len(earlier) == 1 and not here and not m.group("titled") and generic
                                else [])
        if named:
            out.append(Ref(named[0], INTERNATIONAL_ORGANIZATION, m.start(), m.end(), "coref", named[0]))
    return out


# The nouns a text calls a body of states by ("OPEC+, the group that …", "the India-led grouping")
_GROUP_NOUN = r"(?:group|grouping|bloc|alliance|club|coalition|organi[sz]ation|forum)"
_GROUPING_RE = re.compile(rf"(?:\s*\([^)]{{1,20}}\))?(?:\s+(?:bloc|group|grouping|alliance|club|cartel|forum|summit))?"
                          rf"(?:\s*,\s+[^,;:()]{{3,90}},)?"
                          # "AZEC was launched by Japan in 2023 and brings together …": a first predicate of the body
                          rf"(?:\s+(?:was|is|has\s+been)\s+[a-z]+ed\s+(?:[\w-]+\s+){{0,6}}?and)?"
                          # ("OPEC+, which brings together …": the relative that describes the body; "OPEC+, the
                          # group that brings together …": an apposition's)
                          rf"(?:\s*,\s+(?:(?:the|an?)\s+(?:[\w-]+\s+){{0,2}}?{_GROUP_NOUN}\s+)?(?:which|that)(?=\s))?"
                          rf"\s+(?:now\s+|also\s+)?"
                          rf"(?:(?:has|have|had)\s+(?:long\s+|since\s+|now\s+)?)?"
                          rf"{_MEMBERSHIPS.pattern('grouping_finite_verbs')}\s+(?:the\s+)?"
                          # ("the MED9 summit brought together the leaders of A, B and C": the leaders' states)
                          rf"(?:(?:leaders|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers|ministers)"
                          rf"\s+of\s+(?:the\s+)?)?")
_GROUPING_APPOSITION_RE = re.compile(rf"(?:\s*\([^)]{{1,20}}\))?\s*,\s+(?:which\s+is\s+)?"
                                     rf"{_MEMBERSHIPS.pattern('grouping_participles')}\s+(?:the\s+)?")
# A relative clause of the body that seats its members: ", in which A and B sit", ", of which A is a member"
# (after the body's description too: "the EMGF, the Cairo-based organisation in which A and B are members")
_IN_WHICH_RE = re.compile(r"\)?(?:\s*\([^)]{1,20}\))?,\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:organi[sz]ation|body|"
                          r"group|grouping|bloc|forum|alliance|platform|club|association|initiative|partnership)\s+)?"
                          r"(?:in|of|on)\s+which\s+")
_SEATED_VERB_RE = re.compile(r"\s+(?:also\s+|now\s+)?(?:sits?|participates?|(?:is|are)\s+(?:a\s+)?(?:founding\s+|full\s+)?"
                             r"members?)\b(?P<beside>\s+(?:alongside|with|together\s+with|beside)\s+(?:the\s+)?)?")
# A second relative clause of the same body for its observers: "…, and in which the EU holds observer status"
_AND_IN_WHICH_OBSERVES_RE = re.compile(r",?\s+and\s+(?:in|of)\s+which\s+(?P<who>[^,;.]{2,80}?)\s+(?:holds?|has|have|enjoys?)\s+"
                                       r"observer\s+status\b|,?\s+and\s+(?:in|of)\s+which\s+(?P<who2>[^,;.]{2,80}?)\s+"
                                       r"(?:is|are)\s+(?:an?\s+)?observers?\b")
_SEAT_RE = re.compile(rf"\b{_MEMBERSHIPS.pattern('seat_verbs')}\s+(?:the\s+)?$")
# ("takes part in OPEC+ as an allied producer": a member under the body's own name for it)
_SEAT_ROLE_RE = re.compile(r"(?:\s*\([^)]{1,20}\))?\s+as\s+(?:an?\s+)?(?:full\s+)?(?P<role>observers?|members?|"
                           r"dialogue\s+partners?|(?:allied|associate|associated|non-[A-Za-z]+)\s+"
                           r"(?:producers?|partners?|countries|country|states?|members?))\b")
_MEMBER_WORD_AFTER_RE = re.compile(r"\s+(?:founding\s+|full\s+)?(?:member|member\s+state|member\s+country)\b(?!s)")
_MEMBER_APPOSITION_OPEN_RE = re.compile(r"\s*,\s+(?:an?|the)\s+(?:(?:founding|full|fellow|longstanding)\s+)?$")
_RANKED_RE = re.compile(rf"['’]s\s+(?:(?:[\w-]+est|top|leading|biggest|newest|founding|second|third|fourth)\s+)"
                        rf"(?:[\w-]+\s+){{0,2}}?{_MEMBERSHIPS.pattern('ranked_nouns')}\b")


_RANKED_IN_BEFORE_RE = re.compile(rf",\s+the\s+(?:[\w-]+est|top|leading|biggest|newest|second|third|fourth)\s+"
                                  rf"(?:[\w-]+\s+){{0,2}}?{_MEMBERSHIPS.pattern('ranked_nouns')}\s+(?:in|of|within)\s+(?:the\s+)?$")
_ALL_OF_WHICH_RE = re.compile(r",\s+(?:all|each|both)\s+of\s+(?:which|whom)\s+(?:also\s+|now\s+)?$")


# "… and nine members of the Association of Southeast Asian Nations -- ", "… and nine ASEAN states: ": a count
# of members, named next
_COUNTED_TAIL_RE = re.compile(rf"(?P<and>,?\s+and\s+)?(?:the\s+)?(?P<n>{_NUMBER})\s+(?:other\s+)?"
                              r"(?:[\w-]+\s+){0,2}?(?:members?|member\s+states|member\s+countries|"
                              r"countries|states|nations)\b[^.;:—–]{0,80}?(?:\s--?\s|\s*[—–:]\s*)", re.IGNORECASE)


def _grouped_members(view: SentenceView, orgs: list[Ref]) -> list[tuple[str, str, str]]:
    """Memberships stated with the body as subject or place: "the forum, founded in 2019, groups A, B and
    C", "A and B sit in the forum as observers", "Iraq, OPEC's second-largest producer".

    Examples
    --------
    >>> from epkg.graph.extract.context import DocumentContext
    >>> from epkg.graph.extract.entities import recognise
    >>> from epkg.graph.extract.text import split_sentences
    >>> text = "The Gas Exporting Countries Forum, set up in 2001, groups Qatar, Iran and Algeria."
    >>> f = DocumentFacts(text, split_sentences(text)); recognise(f)
    >>> view = DocumentContext(f).views[0]
    >>> [m for m, _, _ in _grouped_members(view, [r for r in view.refs if r.kind == INTERNATIONAL_ORGANIZATION])]
    ['state/QAT', 'state/IRN', 'state/DZA']
    """
    text, out = view.text, []
    denied = _MEMBERSHIP_DENIED_RE.search
    for org in orgs:
        grouping = _GROUPING_RE.match(text, org.end) or _GROUPING_APPOSITION_RE.match(text, org.end)
        if grouping and not denied(grouping.group(0)) and not any(
                r.kind == INTERNATIONAL_ORGANIZATION and org.end < r.start < grouping.end() and r.key != org.key
                for r in view.refs):  # (the body's own acronym in brackets is no other body)
            listed = [r for r in list_after(view, grouping.end(), (STATE, INTERNATIONAL_ORGANIZATION), max_gap=6)
                      if r.key != org.key]
            counted = _COUNTED_TAIL_RE.match(text, listed[-1].end if listed else grouping.end())
            if counted and (listed or counted.group("and") is None):
                # "groups Japan, Australia and nine members of ASEAN -- Brunei, …": the counted ones, named
                # after a dash or a colon, are members too
                named = [r for r in list_after(view, counted.end(), (STATE,), max_gap=6, asides=True)
                         if r.key != org.key]
                n = counted.group("n").lower()
                if len(named) == (int(n) if n.isdigit() else NUMBER_WORDS.get(n, -1)):
                    listed += named
                    # (and members of the body the count names: "nine members of ASEAN", "nine ASEAN states")
                    out += [(r.key, o.key, "member") for o in view.refs for r in named
                            if o.kind == INTERNATIONAL_ORGANIZATION and counted.start() <= o.start < counted.end()
                            and o.key != org.key]
            if len(listed) >= 2:
                out += [(r.key, org.key, "member") for r in listed]
            else:
                # "Opec+ brings together Opec members, among them A, B and C, with non-Opec producers led by D":
                # the states each kind of member is exemplified by
                stop = re.search(r"[;:]", text[grouping.end():])
                end = grouping.end() + stop.start() if stop else len(text)
                exemplified = unique_keys(r for e in _EXEMPLIFIED_RE.finditer(text, grouping.end(), end)
                                          # (the names "led by" sets aside are examples too)
                                          for r in list_after(view, e.end(), (STATE,), max_gap=6, asides=True)
                                          if r.key != org.key)
                if len(exemplified) >= 2:
                    out += [(k, org.key, "member") for k in exemplified]
        if (which := _IN_WHICH_RE.match(text, org.end)) is not None:
            # "The International Partners Group (IPG), in which Japan sits alongside Germany and others, …"
            seated = list_after(view, which.end() + len(re.match(r"(?:both|all)?\s*", text[which.end():]).group(0)), (STATE,), max_gap=4)
            verb = _SEATED_VERB_RE.match(text, seated[-1].end) if seated else None
            if verb is not None and not denied(text[which.start():verb.end()]):
                beside = list_after(view, verb.end(), (STATE,), max_gap=4) if verb.group("beside") else []
                # (of each body listed before the relative: "the SCO and the CICA, of which both A and B are members")
                bodies, first = [org], org
                for o in sorted((o for o in orgs if o.end <= org.start), key=lambda o: -o.start):
                    if o.key in {b.key for b in bodies}:
                        first = o
                        continue
                    if not re.fullmatch(r"\)?\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*|,?\s+and\s+)(?:the\s+)?", text[o.end:first.start]):
                        break
                    bodies.append(o)
                    first = o
                out += [(r.key, b.key, "member") for b in bodies for r in seated + beside if r.key != b.key]
                told = max([verb.end()] + [r.end for r in beside])
                if (obs := _AND_IN_WHICH_OBSERVES_RE.match(text, told)) is not None:
                    who = "who" if obs.group("who") else "who2"
                    out += [(r.key, org.key, "observer") for r in view.refs_between(obs.start(who), obs.end(who))
                            if r.key != org.key and r.kind in _MEMBER_KINDS]
        seat = _SEAT_RE.search(text, max(0, org.start - 30), org.start)
        role = _SEAT_ROLE_RE.match(text, org.end) if seat else None
        if role and not denied(text[max(0, seat.start() - 30):seat.start()]):
            # ("A, B and C, all of which participate in X as members": the list the relative stands for)
            which = _ALL_OF_WHICH_RE.search(text, max(0, seat.start() - 30), seat.start())
            # (the list may name whose the things of the clause are: "the utilities of A, B and C, all of which")
            seated = _coordinated_before(view, view.refs, which.start(), free_only=False) if which \
                else list_before(view, seat.start(), _MEMBER_KINDS, max_gap=4)
            if which and seated and seated[-1].end != which.start():
                seated = []  # the relative stands for the list right before it, or for none
            out += [(r.key, org.key, _role_of(role.group("role"))) for r in seated if r.key != org.key]
        if _MEMBER_WORD_AFTER_RE.match(text, org.end) and not any(
                o.start > org.end and o.start - org.end < 8 for o in orgs):
            # "Poland, an EU and NATO member, …": the bodies listed right before "member", the state before them
            bodies = [org]
            for o in reversed([o for o in orgs if o.end <= org.start]):
                if re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[o.end:bodies[0].start]):
                    bodies.insert(0, o)
                else:
                    break
            opening = _MEMBER_APPOSITION_OPEN_RE.search(text, max(0, bodies[0].start - 30), bodies[0].start)
            state = next((r for r in view.refs if r.kind == STATE and opening is not None
                          and r.end == opening.start()), None)
            if state is not None and not denied(text[max(0, state.start - 30):org.end + 20]):
                out += [(state.key, o.key, "member") for o in bodies]
        ranked = _RANKED_IN_BEFORE_RE.search(text, max(0, org.start - 80), org.start) if not org.possessive else None
        if ranked is not None and not denied(ranked.group(0)):
            # "Iraq, the second largest producer in OPEC": the state the apposition describes
            state = next((r for r in view.refs if r.kind == STATE and r.end == ranked.start()), None)
            if state is not None:
                out.append((state.key, org.key, "member"))
        if org.possessive and _RANKED_RE.match(text, org.end):
            # ("Germany, the EU's largest economy")
            before = re.search(r",\s+(?:the\s+)?$", text[max(0, org.start - 10):org.start])
            state = next((r for r in view.refs if r.kind == STATE and before is not None
                          and r.end == max(0, org.start - 10) + before.start()), None)
            if state is not None:
                out.append((state.key, org.key, "member"))
    return out


# "X's members include / are / — A, B and C", "X, whose members include A, B and C",
# "Members of X include A, B and C", "X's members, among them A and B"
_MEMBERS_VERB = (r"(?:\s*,?\s*(?:which\s+)?(?:include[sd]?|including|are|were|comprise[sd]?|among\s+them|such\s+as)\s+|"
                 r"\s*[:—–]\s*|\s+--?\s+)")
_WHOSE_ROLE_RE = re.compile(r"\bwhose\s+(?:[\w-]+\s+){0,2}$")
# "X (XYZ), which A and B co-lead and whose …": the relative clause on a body, then a second one on it
_WHICH_AND_WHOSE_RE = re.compile(r"(?:\s*\([^)]{1,20}\))?\s*,\s*which\s+(?P<who>[^;:.()]{1,80}?)\s+(?:(?P<lead>"
                                 r"(?:co-?)?(?:lead|leads|led|chair|chairs|chaired|founded)|set\s+up)|[a-z]+)"
                                 r"(?:\s+[a-z]+){0,3}\s*,?\s+and\s+")
_OWN_MEMBERS_RE = re.compile(r"^(?:['’]s|(?:\s*\([^)]{1,20}\))?\s*,\s*(?:the\s+(?:[a-z][\w-]*\s+){0,2}?(?:grouping|group|bloc|"
                             r"body|organi[sz]ation|alliance|forum|community|union|association)\s+)?whose)\s+"
                             r"(?:[a-z\d][\w-]*\s+){0,2}"
                             # (a body that calls its members partners: "AZEC's eleven partners are …")
                             # (in a body's own style: "ASEAN's Member States are …", "its Contracting Parties")
                             r"(?:[Mm]embers?|[Cc]ontracting\s+[Pp]arties|[Mm]ember\s+(?:[Ss]tates|[Cc]ountries)|partners|"
                             r"partner\s+(?:states|countries))" + _MEMBERS_VERB
                             + r"(?:the\s+)?")
# "the OPEC+ group, which includes Russia and Kazakhstan": the body's members, listed
# ("the BRICS, the bloc which, since this year, also includes A and B": an apposition and an aside before the verb)
# ("the X (XYZ), a regional grouping that also includes A, B …")
_WHICH_INCLUDES_RE = re.compile(r"^(?:\s+(?:group|bloc|alliance|grouping|club|organi[sz]ation))?(?:\s*\([^)]{1,20}\))?\s*,\s*"
                                r"(?:(?P<a>the|an?)\s+(?:[\w-]+\s+){0,2}?(?:bloc|group|grouping|alliance|club|organi[sz]ation|"
                                r"forum)\s+)?(?:which|(?(a)that))\s*(?:,\s*[^,;:]{1,40},\s*)?"
                                r"(?:now\s+|also\s+)*(?:includes|included|comprises|groups|counts)\s+(?:the\s+)?")
_DASH_APPOSITION_RE = re.compile(r"^(?:\s*\([^)]{1,20}\))?\s*(?:[—–]|\s--?)\s*(?:the\s+)?")
_ANNOUNCED_BEFORE_RE = re.compile(r"\b(?:announced|announces|confirmed|confirms|celebrated|marked|reported)\s+"
                                  r"(?:today\s+|on\s+\w+\s+|this\s+week\s+)?(?:the\s+)?$")
_AND_OTHER_BEFORE_RE = re.compile(r"\s+and\s+(?:the\s+)?other\s+(?:\w+\s+)?$")
_MEMBERS_NOUN_AFTER_RE = re.compile(r"\s+(?:\w+\s+)?(?:producers|members|countries|states|nations|member\s+states|"
                                    r"exporters|economies|governments)\b")
_MEMBERS_OF_BEFORE_RE = re.compile(r"\b[Mm]ember(?:s|\s+[Ss]tates|\s+[Cc]ountries|\s+[Nn]ations)?\s+of\s+(?:the\s+)?$")
# "As members of ASEAN, both countries …": the members are the subject of the clause the phrase opens
_AS_MEMBERS_RE = re.compile(r"(?:^|[.;:]\s+|\b)[Aa]s\s+(?:an?\s+)?(?:(?:fellow|full|founding|longstanding|"
                            r"long-standing)\s+)?members?\s+of\s+(?:the\s+)?$")
_AS_MEMBERS_AFTER_RE = re.compile(r"^(?:\s*\([^)]{1,20}\))?\s*,\s+")
# … and a list of bodies after it ("As member states of the ECO, the SCO and the OIC, …")
_AS_MEMBERS_OF_LIST_RE = re.compile(r"(?:^|[.;:]\s+)" + AS_MEMBERS_OF_RE.pattern)
_MEMBERS_OF_AFTER_RE = re.compile(r"^(?:\s*\([^)]{1,20}\))?" + _MEMBERS_VERB + r"(?:the\s+)?")


_JOINING_MEMBERS_RE = re.compile(r"^(?:\s*\([^)]{1,20}\))?\s*,\s+(?:thereby\s+)?joining\s+(?:the\s+)?")
_GROUP_OF_RE = re.compile(r"^(?:\s*\([^)]{1,20}\))?\s+(?:group|bloc|grouping|club)\s+of\s+(?:the\s+)?(?=[A-Z])")


_STATE_LED_AFTER_RE = re.compile(r"(?:\s*\([^)]{1,20}\))?\s*,\s+(?:the|an?)\s+(?P<state>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}?)"
                                 rf"-led\s+(?:[\w-]+\s+){{0,2}}?(?:{_GROUP_NOUN}|body|partnership|initiative)\b")
_STATE_LED_BEFORE_RE = re.compile(r"\b(?:the|an?)\s+(?P<state>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}?)-led\s+$")
_PART_OF_BEFORE_RE = re.compile(r"\s+(?:is|are|was|were|has\s+been|have\s+been|became|remains?|remained)\s+"
                                r"(?:also\s+|now\s+|already\s+|both\s+|all\s+)*(?:a\s+)?part\s+of\s+(?:the\s+)?$")
# "The IPG, co-led by the EU and the UK and including the US, Japan …": who leads a group and who else it
# includes are its members
_LED_BY_RE = re.compile(r"(?:\s*\([^)]{1,20}\))?(?:\s*(?:,|\s[-–—]+)|\s+(?:alliance|group|grouping|bloc|coalition))\s+"
                        r"(?:co-?led|led|co-?chaired|chaired)\s+by\s+(?:the\s+)?")
# The words that give examples of a kind of member: "Opec members, among them A and B", "producers led by C"
_EXEMPLIFIED_RE = re.compile(r"\b(?:among\s+them|including|such\s+as|led\s+by|notably|like)\s+(?:the\s+)?")
_AND_INCLUDING_RE = re.compile(rf",?\s+and\s+(?:also\s+)?{_MEMBERSHIPS.pattern('grouping_participles')}\s+(?:the\s+)?")


def _led_by(view: SentenceView, org: Ref) -> list[Ref]:
    """The members of *org* an apposition after its name lists as leading it and included in it."""
    m = _LED_BY_RE.match(view.text, org.end)
    if m is None or _MEMBERSHIP_DENIED_RE.search(m.group(0)):
        return []
    leaders = list_after(view, m.end(), _MEMBER_KINDS, max_gap=4, asides=True)
    if not leaders:
        return []
    more = _AND_INCLUDING_RE.match(view.text, leaders[-1].end)
    others = list_after(view, more.end(), _MEMBER_KINDS, max_gap=4, asides=True) if more else []
    return [r for r in leaders + others if r.key != org.key]


def _member_list(view: SentenceView, org: Ref) -> list[Ref]:
    """The members a sentence lists for *org* with a "members include …" construction."""
    text = view.text
    after = text[org.end:org.end + 80]
    m = _OWN_MEMBERS_RE.match(after) or _WHICH_INCLUDES_RE.match(after)
    if m is None and (dash := _DASH_APPOSITION_RE.match(after)):
        # "The group — the United States, Canada, … — also set": the body's members, as an aside
        listed = [r for r in list_after(view, org.end + dash.end(), (STATE,), max_gap=6, asides=True)
                  if r.key != org.key]
        closed = listed and re.match(r"\s*(?:[—–]|\s--?\s|,\s+(?:with|along|plus|and)\b)", text[listed[-1].end:])
        return listed if len(listed) >= 2 and closed else []
    if m is None and _MEMBERS_OF_BEFORE_RE.search(text[max(0, org.start - 30):org.start]):
        # "a full member of BRICS, joining Brazil, Russia …": those it joins are members already
        m = _MEMBERS_OF_AFTER_RE.match(after) or _JOINING_MEMBERS_RE.match(after)
    if m is None:
        m = _GROUP_OF_RE.match(after)  # "the BRICS group of Brazil, Russia, India, China and South Africa"
    if m is None or _MEMBERSHIP_DENIED_RE.search(m.group(0)):
        return []
    # a list set off by dashes is an aside, and the members all the same
    listed = list_after(view, org.end + m.end(), _MEMBER_KINDS, max_gap=6, asides=bool(re.search(r"[-—–]", m.group(0))))
    while listed and (more := _LIST_GOES_ON_RE.match(text, listed[-1].end)) is not None:
        # "… includes A, B and C, along with the European Commission": one list of members
        further = list_after(view, more.end(), _MEMBER_KINDS, max_gap=2)
        if not further:
            break
        listed = listed + further
    return [r for r in listed if r.key != org.key]


# "the group's other members are A, B and C": the organization a definite description names
_DESCRIBED_MEMBERS_RE = re.compile(
    r"\b[Tt]he\s+(?:group|bloc|forum|organi[sz]ation|alliance|club|union|community|grouping|body|association|"
    r"pool|coalition)['’]s\s+(?:(?:other|remaining|founding|full|current)\s+)?members?" + _MEMBERS_VERB + r"(?:the\s+)?")
# "when A, B and C signed its charter", "signed the statute of X": the founders are its members
_CHARTER_RE = re.compile(r"\bsigned\s+(?:(?P<its>its)|the)\s+(?:founding\s+)?(?:charter|statutes?|founding\s+"
                         r"(?:treaty|agreement|declaration)|(?:treaty|agreement|charter|convention)(?P<est>\s+"
                         r"(?:establishing|creating|founding|setting\s+up)\s+(?:the\s+)?))(?P<of>\s+of\s+(?:the\s+)?)?")
# "Germany co-leads the IPG with Japan": who leads a group together is in it
_CO_LEAD_RE = re.compile(r"\b(?:co-?leads?|co-?chairs?|jointly\s+leads?|jointly\s+chairs?)\s+(?:the\s+)?$")


def _subject_after(view: SentenceView, pos: int) -> list[Ref]:
    """The coordinated actors that start the clause at *pos* ("Kenya and Uganda", "both countries"), asides
    included: an opening "As members of X," makes the names after its comma look like part of it."""
    cands = [r for r in view.refs if r.start >= pos and r.kind in _MEMBER_KINDS and not r.modifier]
    if not cands or not re.fullmatch(r"\s*(?:the\s+)?", view.text[pos:cands[0].start]):
        return []
    group = [r for r in cands if r.start == cands[0].start]  # "both countries" stands for two
    for r in cands[len(group):]:
        if r.start == group[-1].start or _LIST_GAP_RE.match(view.text[group[-1].end:r.start]):
            group.append(r)
        else:
            break
    return group


def _described_members(view: SentenceView, orgs: list[Ref]) -> list[tuple[str, str]]:
    """Memberships a sentence states without the organization's name in the member construction.

    Examples
    --------
    >>> from epkg.graph.extract.context import DocumentContext
    >>> from epkg.graph.extract.entities import recognise
    >>> from epkg.graph.extract.text import split_sentences
    >>> text = ("Egypt and Jordan founded the East Mediterranean Gas Forum, and Greece and Italy signed its "
    ...         "charter in 2020.")
    >>> f = DocumentFacts(text, split_sentences(text)); recognise(f)
    >>> view = DocumentContext(f).views[0]
    >>> sorted(_described_members(view, [r for r in view.refs if r.kind == INTERNATIONAL_ORGANIZATION]))
    [('state/GRC', 'organization/east-mediterranean-gas-forum'), ('state/ITA', 'organization/east-mediterranean-gas-forum')]
    """
    text = view.text
    out = []
    denied = _MEMBERSHIP_DENIED_RE.search
    for m in _DESCRIBED_MEMBERS_RE.finditer(text) if "member" in text else ():
        org = next((o for o in reversed(orgs) if o.end <= m.start()), None)
        if org is not None and not denied(m.group(0)):
            out += [(r.key, org.key) for r in list_after(view, m.end(), _MEMBER_KINDS, max_gap=6) if r.key != org.key]
    for m in _CHARTER_RE.finditer(text) if "signed" in text else ():
        if m.group("its"):
            org = next((o for o in orgs if o.end <= m.start()), None)  # the sentence's own organization
        elif m.group("of"):
            org = next((o for o in orgs if 0 <= o.start - m.end() <= 2), None)
        elif m.group("est"):  # "the treaty establishing the Confederation of the Alliance of Sahel States"
            org = next((o for o in orgs if 0 <= o.start - m.end() <= 24), None)
        else:
            org = None
        clause = view.clause_at(m.start())
        if org is None or denied(text[clause[0]:m.start()]):
            continue
        out += [(r.key, org.key) for r in list_before(view, m.start(), (STATE,), max_gap=4) if r.key != org.key]
    for org in orgs:
        opening = _AS_MEMBERS_RE.search(text[max(0, org.start - 40):org.start]) if " as " in f" {text[:org.start].lower()}" else None
        after = _AS_MEMBERS_AFTER_RE.match(text[org.end:org.end + 30]) if opening else None
        if after and not denied(text[max(0, org.start - 40):org.start]):
            out += [(r.key, org.key) for r in _subject_after(view, org.end + after.end()) if r.key != org.key]
        lead = _CO_LEAD_RE.search(text[max(0, org.start - 40):org.start])
        # "co-chairs the group with Qatar", "co-chairs the OPEC+ ministerial meetings with Russia"
        partner = re.match(r"(?:\s+[a-z][\w-]*){0,3}?\s+(?:together\s+)?with\s+(?:the\s+)?", text[org.end:org.end + 60])
        if lead and partner:
            leaders = list_before(view, org.start - len(lead.group(0)), (STATE,), max_gap=16) + \
                list_after(view, org.end + partner.end(), (STATE,), max_gap=2)
            out += [(r.key, org.key) for r in leaders if r.key != org.key]
    return out


# ---------------------------------------------------------------------- partnerships



def _partners(view: SentenceView, pos: int, end: int, focus: str | None, hub: str | None = None,
              main: tuple = ()) -> list[str]:
    """The partners of a partnership phrase at pos..end.

    In order: "partnership between A and B"; "relations with X" or "partnership
    with X" plus the subject (else the document's focus state); "A-B relations";
    a subject list ("Seoul and Prague raised …"); the states (or actors) of the clause.
    """
    text = view.text
    kinds = (STATE, INTERNATIONAL_ORGANIZATION)
    clause = view.clause_at(pos)
    m = re.match(r"\s*(?:\w+\s+){0,8}?between\s+(?:the\s+)?", text[end:end + 80])
    if m:
        group = unique_keys(list_after(view, end + m.end(), kinds))
        if len(group) >= 2:
            return group
    others: list[str] = []
    # (the topic may be a list: "strategic partnerships on raw materials, batteries and hydrogen with A and B")
    m = re.match(r"(?:\s+(?:in|for|on)\s+[^.;]{0,70}?)?\s+with\s+(?:the\s+)?", text[end:end + 110])
    if m:
        others = unique_keys(list_after(view, end + m.end(), kinds))
    if not others:
        w = None
        for w in re.finditer(r"\b(?:relations|ties|relationship)\s+with\s+(?:the\s+)?", text[clause[0]:pos]):
            pass
        if w is not None:
            others = unique_keys(list_after(view, clause[0] + w.end(), kinds))
    hyphen = [r for r in view.refs if r.kind in kinds and clause[0] <= r.start < clause[1]
              and (text[r.end:r.end + 1] in ("-", "–") or text[r.start - 1:r.start] in ("-", "–"))]
    if others:
        verb = re.search(r"\b(?:raised|elevated|upgraded|established|signed|signing|agreed|forged|lifted|"
                         r"reached|has|have|had)\b", text[clause[0]:pos])
        anchor = clause[0] + verb.start() if verb else pos
        subject = [k for k in unique_keys(r for r in list_before(view, anchor, kinds) if not r.possessive)
                   if k not in others]
        if not subject and hub is not None and hub not in others:
            subject = [hub]  # "similar strategic partnerships with A and B": the one the story's partnerships share
        if not subject and focus and focus not in others:
            subject = [focus]
        return subject + others
    if len(unique_keys(hyphen)) >= 2:
        return unique_keys(hyphen)
    verb = re.search(r"\b(?:raised|elevated|upgraded|established|signed|agreed|forged|lifted|reached|issued)\b",
                     text[clause[0]:pos])
    if verb:
        subject = unique_keys(r for r in list_before(view, clause[0] + verb.start(), kinds) if not r.possessive)
        if len(subject) >= 2:
            return subject
    # "the two countries' relations of strategic partnership": a phrase standing for both is theirs
    both = {(r.start, r.end) for r in view.refs if r.how == "coref"
            and sum((o.start, o.end) == (r.start, r.end) for o in view.refs) >= 2}
    refs = [r for r in view.refs if clause[0] <= r.start < clause[1] and r.kind in kinds
            and (r.free or r.how == "demonym") and (not r.possessive or (r.start, r.end) in both)]
    keys = unique_keys(refs)
    if len(keys) < 2:
        keys = unique_keys(r for r in view.refs if r.kind in kinds and (r.free or r.how == "demonym")
                           and not r.possessive)
    states = [k for k in keys if k.startswith("state/")]
    if not keys and main and _RELATIONSHIP_RE.search(text, clause[0], pos):
        # "The deal is the latest layer in a relationship that was elevated to a comprehensive strategic
        # partnership in 2015": the relationship of the two states the story is about
        return list(main)
    return states if len(states) >= 2 else keys


# A relationship named without its sides
_RELATIONSHIP_RE = re.compile(r"\b(?:relationship|relations|ties)\b")


def _partnerships_hub(facts: DocumentFacts) -> str | None:
    """The one actor every partnership read so far in the document shares, if there is one."""
    shared = set.intersection(*(set(p.partners) for p in facts.partnerships)) if facts.partnerships else set()
    # (of one partnership's two sides, the one the text named first: the subject that signed it, as a rule)
    return next((m.key for m in facts.mentions if m.key in shared), None) if shared else None


# The predicate that makes a level phrase before "partners" the states' partnership ("A and B are strategic
# partners", "became strategic partners in 2014", "as comprehensive strategic partners")
_PARTNERS_PREDICATE_RE = re.compile(rf"\b(?:{_COPULA}|as)\s+(?:now\s+|also\s+|long\s+|since\s+become\s+)?$")


def _partners_by_level(view: SentenceView, facts: DocumentFacts) -> None:
    """"China and Pakistan are all-weather strategic cooperative partners": the partnership of that level."""
    text = view.text
    for m in partners_level_regex().finditer(text):
        if not _PARTNERS_PREDICATE_RE.search(text, max(0, m.start() - 40), m.start()) \
                or cues.negated_noun(text, m.start()) or cues.hedged_before(text, m.start()):
            continue
        # ("comprehensive strategic partners of coordination for a new era": the level's own tail)
        tail = re.match(r"\s+(of\s+coordination(?:\s+for\s+a\s+new\s+era)?)", text[m.end():])
        level = (tail and level_label(f"{m.group('stem')} partnership {tail.group(1)}")) \
            or level_label(f"{m.group('stem')} partnership")
        # (a union of states is a partner as a state is: "The EU and the Republic of Korea have been strategic
        # partners since 2010")
        states = unique_keys(list_before(view, m.start(), (STATE, INTERNATIONAL_ORGANIZATION), max_gap=40))
        if level is None or len(states) != 2 or not any(k.startswith("state/") for k in states):
            continue
        if not any((frozenset(p.partners), p.level) == (frozenset(states), level) for p in facts.partnerships):
            facts.partnerships.append(Partnership(tuple(states), level, view.index))


# What joins a state to the partner another state's possessive calls it: "A is B's strategic partner", "A, B's
# strategic partner,", "A, which has been B's comprehensive strategic cooperative partner since 2016"
_LEVEL_PARTNER_BEFORE_RE = re.compile(rf"\s*,\s*(?:(?:which|that)\s+(?:now\s+|also\s+|long\s+)?{_COPULA}\s+"
                                      rf"(?:now\s+|also\s+|long\s+)?)?|\s+{_COPULA}\s+(?:now\s+|also\s+|long\s+)?")


def _possessive_level_partner(view: SentenceView, facts: DocumentFacts) -> None:
    """"China is Mozambique's comprehensive strategic cooperative partner": a partnership of that level between
    the state the predicate or apposition describes and the state whose partner it is called."""
    text = view.text
    for m in partners_level_regex(plural=False).finditer(text):
        owner = next((r for r in view.refs if r.kind == STATE and r.possessive and r.start < m.start()
                      and re.fullmatch(r"(?:['’]s)?\s+", text[r.end:m.start()])), None)
        if owner is None or cues.negated_noun(text, owner.start) or cues.hedged_before(text, owner.start):
            continue
        subject = next((r for r in reversed(view.refs) if r.end <= owner.start and r.kind in (STATE, INTERNATIONAL_ORGANIZATION)
                        and not r.possessive and _LEVEL_PARTNER_BEFORE_RE.fullmatch(text, r.end, owner.start)), None)
        level = level_label(f"{m.group('stem')} partnership")
        if subject is None or level is None or subject.key == owner.key:
            continue
        key = (frozenset((subject.key, owner.key)), level)
        if not any((frozenset(p.partners), p.level) == key for p in facts.partnerships):
            facts.partnerships.append(Partnership((subject.key, owner.key), level, view.index))


# After "A-B": the rest of a partnership's proper name ("Morocco-EU Green Partnership", "Canada-Germany
# Hydrogen Alliance"), not an instrument or a body named after it ("… Partnership Agreement", "… Council")
_NAMED_PARTNERSHIP_AFTER_RE = re.compile(r"\s+(?:[A-Z][\w-]*\s+){0,3}?(?:Partnership|Alliance)\b(?!\s+(?:Agreement|"
                                         r"Treaty|Memorandum|Declaration|Council|Fund|Programme|Program|Forum)\b)")


def _named_partnerships(view: SentenceView, facts: DocumentFacts) -> None:
    """A partnership two sides named with a name of its own and no level ("the German-Algerian Energy
    Partnership", "an EU-Norway Green Alliance"): a partnership of theirs whose level is not named."""
    text = view.text
    sides = [r for r in view.refs if r.kind in (STATE, INTERNATIONAL_ORGANIZATION) and r.how != "coref"]
    for a, b in zip(sides, sides[1:]):
        name = _NAMED_PARTNERSHIP_AFTER_RE.match(text, b.end)
        if name is None or a.key == b.key or text[a.end:b.start] not in ("-", "–") \
                or level_regex().search(name.group(0)) or cues.negated_noun(text, a.start) \
                or cues.hedged_before(text, a.start):
            continue
        key = frozenset((a.key, b.key))
        if not any(frozenset(p.partners) == key for p in facts.partnerships):
            facts.partnerships.append(Partnership((a.key, b.key), None, view.index))


# "A formed a hydrogen partnership with B", "A and B launched an energy partnership": one founded, its level unnamed
_PARTNERSHIP_FOUNDED_RE = re.compile(r"\b(?:formed|forms|established|establishes|launched|launches|set\s+up|sets\s+up|"
                                     r"created|creates|to\s+form|to\s+establish|to\s+launch)\s+(?:a|an|their)\s+"
                                     r"(?:(?!(?:strategic|comprehensive|special|privileged|all-round)\b)[\w-]+\s+){0,2}?"
                                     r"partnership\b(?P<with>\s+with\s+(?:the\s+)?)?")


def _partnerships_founded(view: SentenceView, facts: DocumentFacts) -> None:
    """A partnership two states or bodies found with no level named ("Berlin was the first capital to form a
    hydrogen partnership with Windhoek"): a partnership of theirs whose level is not named."""
    text = view.text
    sides = (STATE, INTERNATIONAL_ORGANIZATION)
    for m in _PARTNERSHIP_FOUNDED_RE.finditer(text) if "partnership" in text else ():
        if cues.hedged_before(text, m.start()) or cues.negated_noun(text, m.start()) or _NAMED_PARTNERSHIP_AFTER_RE.match(
                text, m.end()) or level_regex().search(text, m.start(), m.end()):
            continue
        subject = [r for r in list_before(view, m.start(), sides, max_gap=60) if not r.possessive]
        other = list_after(view, m.end(), sides, max_gap=2) if m.group("with") else []
        keys = unique_keys(subject + other)
        if len(keys) != 2 or not (other or len(unique_keys(subject)) == 2):
            continue
        if not any(frozenset(p.partners) == frozenset(keys) for p in facts.partnerships):
            facts.partnerships.append(Partnership(tuple(keys), None, view.index))
    _label(facts.partnerships, "partnership-founded")


def _partnerships(view: SentenceView, facts: DocumentFacts, pairs: dict, focus: str | None, main: tuple = ()) -> None:
    text = view.text
    _partnerships_founded(view, facts)
    if "partners" in text:  # (also in "partnerships": the level regex wants the word whole)
        _partners_by_level(view, facts)
    if "partner" in text:
        _possessive_level_partner(view, facts)
    if "Partnership" in text or "Alliance" in text:
        _named_partnerships(view, facts)
    if "artnership" not in text:
        return
    for m in level_regex().finditer(text):
        level = level_label(m.group("level"))
        if level is None:
            continue
        before = text[max(0, m.start() - 60):m.start()]
        if cues.negated_noun(text, m.start()) or re.search(r"\b(?:could|would|(?-i:may)|might|hopes?|seeks?|wants?|aims?)\b"
                                                           r"[^,;]*$", before, re.IGNORECASE):
            continue
        if (sides := re.match(r"\s+(?:between|with)\s+(?:the\s+)?", text[m.end():])) is not None \
                and (firms := list_after(view, m.end() + sides.end(), _ACTOR_KINDS, max_gap=4)) \
                and all(r.kind == COMPANY for r in firms):
            continue  # "the strategic partnership between Terna and CGES": two firms', no partnership of states
        partners = _partners(view, m.start(), m.end(), focus, _partnerships_hub(facts), main)
        if len(partners) < 2:
            continue
        # "the only other countries with which Vietnam has a comprehensive strategic partnership":
        # the actor after "with which" partners each listed item, one partnership each.
        rel = re.search(r"\bwith\s+(?:which|whom)\s+(?:the\s+)?", text[:m.start()], re.IGNORECASE)
        groups = [partners]
        if rel and "," not in text[rel.end():m.start()]:
            # (only within the relative clause: "…, with which Jakarta has comprehensive strategic partnerships,
            # comes years after the two countries established a strategic partnership": the second is theirs)
            hub = next((r for r in view.refs if r.start >= rel.end() and r.end <= m.start() and r.free), None)
            if hub is not None:
                listed_refs = _coordinated_before(view, [r for r in view.refs if r.end <= rel.start()], rel.start())
                listed = [r.key for r in listed_refs if r.key != hub.key]
                if (more := re.match(r"\s*,\s+(?:alongside|along\s+with|like|such\s+as|together\s+with)\s+(?:the\s+)?",
                                     text[m.end():])) is not None:
                    # "… with which Australia has a comprehensive strategic partnership, alongside A, B and C"
                    listed += [r.key for r in list_after(view, m.end() + more.end(), _ACTOR_KINDS) if r.key != hub.key]
                groups = [[hub.key, k] for k in dict.fromkeys(listed)]
        elif len(partners) > 2 and m.group(0).lower().endswith("partnerships") and \
                (w := re.match(r"(?:\s+(?:in|for|on)\s+[^.;]{0,70}?)?\s+with\s+(?:the\s+)?", text[m.end():])) is not None:
            # "Australia has comprehensive strategic partnerships with Indonesia, India and Singapore": one each
            others = unique_keys(list_after(view, m.end() + w.end(), _ACTOR_KINDS))
            hubs = [k for k in partners if k not in others]
            if len(hubs) == 1 and others:
                groups = [[hubs[0], k] for k in others]
        for group in groups:
            key = (frozenset(group), level)
            if any((frozenset(p.partners), p.level) == key for p in facts.partnerships):
                continue
            facts.partnerships.append(Partnership(tuple(group), level, view.index))


# ---------------------------------------------------------------------- agreements

_AGREEMENTS = triggers("agreements")
_AGREEMENT_NOUN_RE = re.compile(rf"\b(?:{_AGREEMENTS.pattern('nouns')}|{_AGREEMENTS.pattern('signed_nouns')})\b",
                                re.IGNORECASE)
_SIGNED_NOUN_RE = re.compile(_AGREEMENTS.pattern("signed_nouns"), re.IGNORECASE)
_SIGNED_RIGHT_AFTER_RE = re.compile(r"\s+(?:was|were|has\s+been|had\s+been)\s+signed\b")  # "The alliance was signed by"
_INSTRUMENT_NEXT_RE = re.compile(rf"\s+{_AGREEMENTS.pattern('nouns')}\b", re.IGNORECASE)  # "Partnership Agreement"
# Right before such a noun: the signing verb, an article and at most three words, none an instrument's
# noun, or a name in capitals ("signed a Low and Zero Emissions Technology Partnership").
_SIGNED_RIGHT_BEFORE_RE = re.compile(
    rf"\b(?:{_AGREEMENTS.pattern('signing_verbs')}|{trigger_pattern(_AGREEMENTS.lists['signing_past_verbs'], 'VERB')})"
    rf"\s+(?:an?|the|its|their)\s+"
    # (a sum among them: "inked a $3.3-billion deal")
    rf"(?:(?:(?!{_AGREEMENTS.pattern('nouns')}\b)[\"“‘']?(?:US|A|C|HK|S)?[$€£¥]?[\w-]+(?:\.\d+)?(?:-\w+)?[\"”’']?\s+){{0,3}}[\"“‘']?|(?:(?!{_AGREEMENTS.pattern('nouns')}\b)(?-i:[A-Z][\w-]*|and|of|for|on)\s+){{1,8}})$",
    re.IGNORECASE)
# Signed instruments counted as a sum, without an article: "signed €800 million of loans with"
_SIGNED_SUM_OF_BEFORE_RE = re.compile(
    rf"\b(?:{_AGREEMENTS.pattern('signing_verbs')}|{trigger_pattern(_AGREEMENTS.lists['signing_past_verbs'], 'VERB')})"
    r"\s+(?:US|A|C|HK|S)?[$€£¥][\d.,]+\s*(?:million|billion|bn|m)?\s+(?:of\s+|in\s+)?(?:[a-z][\w-]*\s+)?$",
    re.IGNORECASE)
# Modifiers are read word by word backwards from the noun: the table's words, their possessive
# ("leaders' declaration"), a term ("10-year agreement") or a count.
_AGREEMENT_MOD_RE = re.compile(rf"{_AGREEMENTS.pattern('modifiers')}['’]?|\w+-year|\d+", re.IGNORECASE)
_WORD_RE = re.compile(r"[\w'’-]+")


# "X, through its subsidiary Y, signed …", "X, via its unit Y, …": Y acts for X
_THROUGH_ITS_RE = re.compile(r"\s*,\s+(?:through|via)\s+its\s+(?:[\w-]+\s+){0,2}?(?:subsidiary|unit|arm|affiliate|"
                             r"division|vehicle)\s+(?:the\s+)?$")


def _acting_through(view: SentenceView, pos: int) -> list[tuple[str, str]]:
    """The (parent, unit) pairs of "X, through its subsidiary Y," before *pos* in the sentence."""
    out = []
    refs = [r for r in view.refs if r.end <= pos and r.kind in (COMPANY, GOVERNMENT_BODY)]
    for a, b in zip(refs, refs[1:]):
        if a.key != b.key and _THROUGH_ITS_RE.fullmatch(view.text, a.end, b.start):
            out.append((a.key, b.key))
    return out


# A second instrument coordinated with one named before it in the sentence: "…, and a contract with B"
_ANOTHER_OF_THE_SAME_RE = re.compile(r"(?:,\s*|\s)(?:and|as\s+well\s+as|plus)\s+(?:an?|another)\s+$")


class _NounMatch:
    """An agreement noun phrase: modifiers + noun, with the accessors of a regex match."""

    def __init__(self, text: str, noun):
        self._noun = noun
        start = noun.start()
        # walk back over the words before the noun while they are modifiers
        for word in reversed(list(_WORD_RE.finditer(text, max(0, noun.start() - 120), noun.start()))):
            if text[word.end():start].strip() or not _AGREEMENT_MOD_RE.fullmatch(word.group(0)):
                break
            start = word.start()
        self._start = start
        self._mods = text[start:noun.start()]
        self._text = text

    def start(self, group: str | None = None) -> int:
        return self._noun.start() if group == "noun" else self._start

    def end(self, group: str | None = None) -> int:
        return self._noun.end()

    def group(self, name):
        if name == "noun":
            return self._noun.group(0)
        if name == "mods":
            return self._mods
        return self._text[self._start:self._noun.end()]


# Nouns that name an agreement only when the text says it was signed (the table's weak nouns).
_WEAK_NOUN_RE = re.compile(_AGREEMENTS.pattern("weak_nouns"), re.IGNORECASE)
_PREDICATE_BEFORE_RE = re.compile(r"\b(?:call(?:ed|s|ing)?|describ(?:ed|es|ing)\s+(?:\w+\s+){0,3}?as|term(?:ed|s)|"
                                  r"dubb(?:ed|s)|is|was|as)\b[^.;,]{0,30}?\ban?\s+(?:[\w-]+\s+){0,2}$",
                                  re.IGNORECASE)
_AGREEMENT_HINTS = _AGREEMENTS.hints("nouns") + _AGREEMENTS.hints("signed_nouns")


# The trade's short names of instruments, written in capitals ("signed a PPA with", "the PDA"): power purchase,
# gas sale and purchase, host government, intergovernmental, project development and joint development
# agreements. Case-sensitive; SPA and GSA (sale and purchase, gas sales) only where the instrument's words stand
# around them ("long-term SPAs with", "a 20-year GSA"), since they are as often agencies ("Riyadh, SPA --"); never
# PSA, as often a firm.
_INSTRUMENT_ACRONYM_RE = re.compile(r"\b(?:PPA|GSPA|HGA|IGA|PDA|JDA)s?\b|(?<=-year |-term )(?:SPA|GSA)s?\b|"
                                    r"\b(?:SPA|GSA)s?(?=\s+(?:with|between)\s)")


def _agreement_phrases(text: str) -> list[_NounMatch]:
    low = text.lower()
    acronyms = list(_INSTRUMENT_ACRONYM_RE.finditer(text)) if "A" in text else []
    if not acronyms and not any(h in low for h in _AGREEMENT_HINTS):
        return []
    found = []
    for m in sorted([*_AGREEMENT_NOUN_RE.finditer(text), *acronyms], key=lambda x: x.start()):
        # "a Memorandum of Understanding (MoU)": the short form in brackets names the same instrument
        if found and re.fullmatch(r"\s*\(", text[found[-1].end():m.start()]) and text[m.end():m.end() + 1] == ")":
            continue
        # … and so does its defined term ("a consortium agreement (the "Agreement")", "(the "Supply Contract")")
        if found and _DEFINED_TERM_OPENS_RE.fullmatch(text, found[-1].end(), m.start()) \
                and _DEFINED_TERM_CLOSES_RE.match(text, m.end()):
            continue
        if _WEAK_NOUN_RE.fullmatch(m.group(0)) and _INSTRUMENT_NEXT_RE.match(text, m.end()):
            continue  # "a framework agreement", "a pledge document": the noun after is the instrument's head
        if m.re is _INSTRUMENT_ACRONYM_RE and re.search(r"\b(?i:the|this|that|its|their)\s+$", text[max(0, m.start() - 8):m.start()]) \
                and not _SIGN_BEFORE_ACRONYM_RE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "The PPA builds on …": the instrument named before, mentioned again, tells nothing new
        found.append(_NounMatch(text, m))
    return found


# The brackets of a defined term after an instrument's name: '(the "', what it is called, '")'
# (after the instrument's full title too: "the Treaty between A and B Establishing … (the "Maritime Boundary Treaty")")
_DEFINED_TERM_OPENS_RE = re.compile(r"[^();.]{0,160}\(\s*(?:the\s+|this\s+)?[\"“'‘](?:[\w&-]+\s+){0,3}", re.IGNORECASE)
_DEFINED_TERM_CLOSES_RE = re.compile(r"[\"”'’]?\s*\)|[\"”'’]\s+(?:or|and)\s")


_SIGN_BEFORE_ACRONYM_RE = re.compile(r"\b(?:signed|signs|sign|signing|inked|concluded)\s+(?:the|this|that|its|their)\s+$",
                                     re.IGNORECASE)


# An instrument noun qualifying another noun: "contract area", "contract award", "agreement terms"
_NOUN_MODIFIER_RE = re.compile(r"\s+(?:area|areas|block|blocks|price|prices|terms|value|award|awards|period|holder|"
                               r"holders|workers|basis|(?-i:Centre|Center|Hall|Complex|Palace))\b")
_DETERMINER_END_RE = re.compile(r"\b(?:a|an|the|this|that|its|their)\s+$", re.IGNORECASE)
# before a singular "deal" a few words may stand between ("a $3.3-billion deal with", "a 27-year liquefied natural
# gas (LNG) purchase deal with"): the verb would be "deals", or come after a modal ("… would deal with")
_DETERMINER_BEFORE_DEAL_RE = re.compile(r"\b(?:a|an|this|that|its|their)\s+"
                                        r"(?:(?!(?:would|will|to|could|must|should|may|might|can|shall)\b)[^\s,;]+\s+){0,6}$",
                                        re.IGNORECASE)


def _deals_with(text: str, m) -> bool:
    """Whether the noun "deal(s)" of *m* is the verb ("the memorandum deals with planning"), not an
    instrument ("a long-term deal with RWE": a determiner before the phrase or the noun; "signed supply deals
    with": a signing verb right before its modifiers)."""
    return bool(re.match(r"deals?$", m.group("noun"), re.I) and re.match(r"\s+with\b", text[m.end():])) \
        and not _DETERMINER_END_RE.search(text, max(0, m.start() - 8), m.start()) \
        and not (m.group("mods").strip() and any(re.fullmatch(r"\s+", text[s.end():m.start()]) for s in _signs(text))) \
        and not _DETERMINER_END_RE.search(text, max(0, m.start("noun") - 8), m.start("noun")) \
        and not (m.group("noun").lower() == "deal"
                 and _DETERMINER_BEFORE_DEAL_RE.search(text, max(0, m.start("noun") - 70), m.start("noun")))


# ("A and B exchanged a memorandum": a signing in diplomatic reports' words, in the active voice with its object; not
# "the documents exchanged after the talks", an instrument read before)
_SIGN_RE = re.compile(rf"\b(?:{_AGREEMENTS.pattern('signing_verbs')}|{_AGREEMENTS.pattern('signing_past_verbs')}|"
                      # ("witnessed the exchange of a memorandum": the signing, as a noun)
                      rf"exchange\s+of(?=\s+(?:an?|two|three|four|five|six|\d+)\s)|"
                      rf"(?<!stock\s)exchange[sd]?(?=\s+(?:an?|two|three|four|five|six|\d+)\s|"
                      # ("exchanged memorandums on …", "exchanged the ratified protocols": instruments, not views)
                      # ("exchanged the power purchase agreement", not "exchanged views on the agreement")
                      rf"(?!\s+(?:[\w-]+\s+){{0,2}}?(?:views|ideas|opinions|information|greetings|experience)\b)"
                      rf"\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:memorand|MoUs?\b|agreements?|documents|"
                      rf"instruments|protocols|contracts?|treaties|notes\s+on)))\b", re.IGNORECASE)
_THAT_RE = re.compile(r"\s+that\b")
# "… in a joint statement", "in their joint declaration": the instrument the clause's own act was told in
_IN_A_STATEMENT_RE = re.compile(r"\b(?:in|through|by)\s+(?:a|an|their|the)\s+(?:[\w-]+\s+){0,2}$")
_PAST_VERB_RE = re.compile(r"\b(?!(?:need|based|led|used|red|bed|shed|fed|seed|speed|hundred|united)\b)[a-z]{3,}ed\b|"
                           r"\b(?:set|made|put|laid|gave|took|struck|sealed|unveiled|issued)\b")
_CEREMONY_MARKING_RE = re.compile(r"\bceremon(?:y|ies)\s+(?:marking|celebrating|to\s+(?:mark|celebrate))\s+the\s+signing\s+"
                                  r"of\s+(?:the\s+|an?\s+)?(?:[\w,()-]+\s+){0,8}?$")
_INSTRUMENT_NOUN_RE = re.compile(r"\b(?:agreements?|contracts?|memorand(?:um|a|ums)|MoUs?|accords?|treat(?:y|ies)|"
                                 r"declarations?|protocols?)\b")
# A signing verb's own object, right after it ("signed a power purchase agreement")
_OWN_OBJECT_AFTER_SIGN_RE = re.compile(r"\s+(?:an?|the|two|three|four|five|six|\d+)\s+(?:[\w'’-]+\s+){0,4}?(?:agreements?|contracts?|"
                                       r"memorand(?:um|a|ums)|deals?|PPAs?|MoUs?|accords?|declarations?|protocols?|"
                                       r"statements?|treaty|treaties|letters?\s+of\s+intent)\b")


# A relative clause up to its verb, in one clause ("… an agreement that A and B concluded on …")
_RELATIVE_UP_TO_VERB_RE = re.compile(r"\s+(?:that|which)\s+(?:[^,;.]|(?<=\d)[.,](?=\d)){1,90}?")


# The verbs of _SIGN_RE that sign an instrument (not "adopted", "exchanged", "reached" …)
_SIGNING_VERB_RE = re.compile(r"sign|conclu|ink", re.IGNORECASE)


def _signing_verb(sign: re.Match) -> bool:
    """Whether the match of :data:`_SIGN_RE` is a verb of signing itself ("signed", "concluded", "inked")."""
    return _SIGNING_VERB_RE.match(sign.group(0)) is not None


@functools.lru_cache(maxsize=256)
def _signs(text: str) -> tuple[re.Match, ...]:
    """The signing verbs of a sentence (``_SIGN_RE`` matches in order), found once for the rules that ask."""
    return tuple(m for m in _SIGN_RE.finditer(text)
                 # "concluded that …" reports a finding, not a signing
                 if not (m.group(0).lower().startswith("conclu") and _THAT_RE.match(text, m.end())))


# Quantities that make a plural instrument noun a batch: beyond the counts of _COUNT, or vague.
_BATCH_RE = re.compile(r"\b(?:\d{2,}|dozens?\s+of|scores\s+of|several|numerous|multiple|various|more\s+than\s+\w+|"
                       r"(?:a|an|the|this|that)\s+(?:\w+\s+)?(?:series|set|package|raft|number|host|slew|batch|range)\s+of)"
                       r"\s+(?:[\w-]+\s+){0,3}$",
                       re.IGNORECASE)
# "ten agreements and memoranda on trade, investment, science and technology, agriculture and energy": a visit's
# batch across many fields (the energy ones are read where the text names them), not ten energy instruments
_MANY_FIELDS_RE = re.compile(r"\b(?:five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_FIELDS_AFTER_RE = re.compile(r"(?:\s+(?:and|or)\s+(?:memorand\w+|agreements|documents|deals|contracts))?\s+"
                              r"(?:on|covering|in)\s+(?:the\s+fields?\s+of\s+)?(?:[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*)?,\s+){2,}")
_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


# Capitalised words right before an instrument's phrase, not opening the sentence: its name ("the Tokyo
# Statement", "a Green Alliance").
_NAME_BEFORE_RE = re.compile(r"(?<=\w )[\"“‘]?(?:(?!The\b)[A-Z][\w'’-]+\s+(?:(?:and|of|for|on|&|de|da|do|del|du|des|di)\s+"
                             r"(?=[A-Z]))?)+$")


# A volume a year or a day after an instrument (and its other side): what it sells
_FOR_A_VOLUME_RE = re.compile(r"\s+(?:with\s+[^;:.]{1,80}?\s*,?\s+)?for\s+(?:up\s+to\s+|about\s+|some\s+|around\s+)?"
                              r"[\d.,]+\s*(?:mtpa|mt/y|mn\s*t/yr|million\s+(?:tonnes|tons|metric\s+tons)|bcm|"
                              r"billion\s+cubic|cargoes|barrels|bpd|b/d)\b", re.IGNORECASE)


def _phrase_kind(text: str, m) -> str | None:
    """The kind of instrument the phrase *m* names, reading a name in capitals before it: "a statement" is
    none, "the Tokyo Statement" is a joint one."""
    kind = agreement_kind(m.group("np"))
    if kind == "Agreement" and re.match(r"(?:sub-?)?charters?$", m.group("np"), re.IGNORECASE) \
            and re.search(r"(?:time|bareboat|voyage|-year|\byear|sub-)\s*$", text[max(0, m.start() - 12):m.start()]):
        return "Contract"  # "a ten-year time charter with EGAS": a ship's hire
    if kind == "JointStatement" and re.match(r"\s+of\s+intent\b", text[m.end():]):
        return "Declaration"  # "a joint communiqué of intent": a declaration of intent
    if kind == "Agreement" and re.match(r"\s+(?:with\s+(?:[^;:.]{1,100}?)\s+)?(?:for\s+the\s+(?:long-term\s+)?"
                                        r"(?:supply|purchase|sale|delivery)\s+of|to\s+(?:supply|sell|deliver|buy|purchase)\s+"
                                        r"[\d.,]+)\b", text[m.end():]) \
            and re.search(r"\b(?:agreement|deal)s?$", m.group("np"), re.IGNORECASE):
        return "Contract"  # "a 15-year agreement with X for the supply of 1.8 MTPA of LNG", "a deal to supply 4 mtpa": a sale
    if kind == "Agreement" and re.match(r"\s+(?:with\s+(?:[^;:.]{1,100}?)\s+)?to\s+(?:acquire|buy|purchase|take)\s+"
                                        r"(?:an?\s+)?(?:(?:[\d.,]+\s*(?:%|per\s*cent|percent)|majority|minority|"
                                        r"controlling)\s+)?(?:equity\s+)?(?:stake|interest|share|holding)s?\b",
                                        text[m.end():]) \
            and re.search(r"\b(?:agreement|deal)s?$", m.group("np"), re.IGNORECASE):
        return "Contract"  # "a definitive agreement with B to acquire a 20% equity interest": a sale of shares
    if kind == "Agreement" and _FOR_A_VOLUME_RE.match(text, m.end()) \
            and re.search(r"\b(?:agreement|deal)s?$", m.group("np"), re.IGNORECASE):
        return "Contract"  # "the ENGIE agreement with NextDecade, for 1.75 mtpa over 15 years": a sale
    if kind is None and m.group("noun")[:1].isupper():
        name = _NAME_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())
        if name is not None:
            kind = agreement_kind(name.group(0) + m.group("np"))
    return kind


# (the office alone: the list may end the sentence, "… and Georgia's economy minister.")
_OFFICE_AFTER_RE = re.compile(rf"['’]s?\s+(?:[a-z][\w-]*\s+){{0,3}}{OFFICE_NOUNS}\b")
# A signer's side named after the signer: ", who signed for the EU", ", who signed it on behalf of Kenya"
_SIGNED_FOR_RE = re.compile(r",\s+who\s+signed\s+(?:it\s+|them\s+|the\s+[a-z]+\s+)?(?:for|on\s+behalf\s+of)\s+(?:the\s+)?")
_ON_BEHALF_RE = re.compile(r"\bon\s+behalf\s+of\s+(?:the\s+)?(?:(?:Government|Republic|State)\s+of\s+(?:the\s+)?)?")
# A firm's or a body's officer after its possessive ("ACWA Power's chairman", "the bank's chief executive").
_OFFICER_AFTER_RE = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}(?:chairman|chairwoman|chair|chief\s+executive(?:\s+officer)?|"
                               r"CEO|president|managing\s+director|director[\s-]general|head|general\s+director)\b")


def _office_holders_after(view: SentenceView, pos: int) -> list[str]:
    """The states whose office holders are listed at *pos*: "(signed by) Azerbaijan's energy minister and
    Georgia's economy minister" → the two states, who sign through them."""
    text, found, at = view.text, [], pos
    for r in view.refs:
        if r.start < at or r.kind not in _PARTY_KINDS:
            continue
        # (a state signs through its minister; a firm or a body through its officer)
        office = _OFFICE_AFTER_RE.match(text, r.end) if r.kind == STATE else _OFFICER_AFTER_RE.match(text, r.end)
        if r.start - at > 4 or not r.possessive or office is None:
            break
        found.append(r.key)
        joined = OFFICES_GAP_RE.match(text[office.end():office.end() + 12])
        if not joined.group(0).strip():
            break
        at = office.end() + joined.end()
    return list(dict.fromkeys(found)) if len(found) >= 2 else []


@functools.lru_cache(maxsize=4096)
def agreement_kind(phrase: str) -> str | None:
    """The agreement class a noun phrase names, or None for a mere "statement" or "document".

    Examples
    --------
    >>> agreement_kind("memorandum of understanding"), agreement_kind("power sales agreement")
    ('MemorandumOfUnderstanding', 'Contract')
    >>> agreement_kind("Treaty on Comprehensive Strategic Partnership"), agreement_kind("joint leaders' statement")
    ('Treaty', 'JointStatement')
    >>> agreement_kind("Tokyo Statement"), agreement_kind("statement"), agreement_kind("press statement")
    ('JointStatement', None, None)
    >>> agreement_kind("letter of intent"), agreement_kind("joint communiqué"), agreement_kind("energy roadmap")
    ('MemorandumOfUnderstanding', 'JointStatement', 'Agreement')
    >>> agreement_kind("energy purchase and wheeling agreement"), agreement_kind("gas supply deal")
    ('Contract', 'Contract')
    >>> agreement_kind("syndicated loan"), agreement_kind("loan guarantee"), agreement_kind("joint letter")
    ('Agreement', None, 'Agreement')
    >>> agreement_kind("financing package"), agreement_kind("package")
    ('Agreement', None)
    >>> agreement_kind("three-year action plan"), agreement_kind("statement of intent")
    ('Agreement', 'Declaration')
    >>> agreement_kind("service agreement"), agreement_kind("cooperation agreement")
    ('Contract', 'Agreement')
    >>> agreement_kind("production concession"), agreement_kind("land lease")
    ('Contract', 'Contract')

    """
    p = phrase.lower()
    if re.search(r"memorand|\bmous?\b|letters?\s+of\s+intent", p):
        return "MemorandumOfUnderstanding"
    if "declaration" in p or re.search(r"statements?\s+of\s+intent", p):
        return "Declaration"  # ("a statement of intent" declares an intent, as a declaration of intent does)
    if "statement" in p or re.search(r"communiqu", p):
        # a joint or leaders' one, or one named as a document is ("the Tokyo Statement"); not "a statement"
        named = re.search(r"\b[A-Z][\w'’-]+\s+(?:[A-Z][\w'’-]+\s+)*Statement\b", phrase)
        return "JointStatement" if named or re.search(r"\bjoint\b|leaders", p) else None
    if re.search(r"treat|convention", p) and not re.search(r"treaty[\s-]level", p):  # ("a treaty-level deal")
        return "Treaty"
    if re.search(r"contract|power\s+purchase|\b(?:spa|ppa|gsp?a|psa)s?\b|\bepc\b|engineering,\s+procurement|"
                 # a ship's hire ("a ten-year time charter", "a sub-charter"), not a body's founding text
                 r"(?:time|bareboat|voyage|-year|\byear)\s+charter|\bsub-?charter|"
                 r"production[\s-]+sharing|offtake|"
                 # a service bought: "a service agreement", "a construction agreement"
                 r"\b(?:services?|construction|maintenance)\s+(?:agreement|deal)|"
                 # a sale, a supply or a service bought: "energy purchase and wheeling agreement", "gas supply deal"
                 r"\b(?:purchase|sales?|supply|wheeling|tolling|transportation|transit|storage|lease)\b"
                 r"(?:\s+(?:and|&)\s+[a-z]+)?\s+(?:agreement|deal)|"
                 # a right granted for a price: "a production concession", "a 47-year land lease"
                 r"\b(?:concessions?|leases?)$", p):
        return "Contract"
    if re.search(r"agreement|\b(?:hga|iga|pda|jda)s?\b|deal|accord|protocol|\bpacts?\b|road\s?maps?|term\s+sheet|partnerships?$|alliances?$|\bpledges?$|"
                 r"\bjoint\s+letters?$|\baction\s+plans?$|\bamendments?$|\bextensions?$|"
                 r"\bcharters?$|\bframeworks?$|\bcompacts?$|\bloans?$|\bcredit\s+(?:facility|facilities|lines?)$|"
                 r"\b(?:financing|debt|loan)\s+packages?$", p):
        return "Agreement"
    return None


# ("in the Moroccan capital": a state's capital named by its people's word)
_PLACE_CUE_RE = re.compile(r"\b(?:in|at|visit(?:ed|ing|s)?|travel(?:l)?ed\s+to|arrived\s+in|flew\s+to|came\s+to)"
                           r"\s+(?:the\s+)?(?:city\s+of\s+|(?-i:[A-Z][a-z]+(?:ian|ean|an|ese|ish|i|ic))\s+)?$", re.IGNORECASE)
_THAT_TIME_RE = re.compile(r"\b(?:that|the\s+same)\s+(?:(?P<month>(?-i:January|February|March|April|May|June|July|"
                           r"August|September|October|November|December))|year)\b", re.IGNORECASE)


def _anaphoric_date(views: list[SentenceView], view: SentenceView, reference) -> str | None:
    """"that December", "the same year": the month (or year) of the year the previous sentence dated; "a month
    later", "two years later", "the following year": that sentence's date moved on by so much, as precise as both
    allow."""
    m = _THAT_TIME_RE.search(view.text)
    later = _LATER_RE.search(view.text) if m is None else None
    if m is None and later is None or view.index == 0:
        return None
    previous = [d.value for d in find_dates(views[view.index - 1].text, reference) if not d.target]
    if not previous and later is not None and (before := _anaphoric_date(views, views[view.index - 1], reference)):
        previous = [before]  # "Two years later, … The following year, …": measured from the time told before
    if not previous:
        return None
    if later is not None:
        return _moved_on(previous[-1], later)
    year = previous[-1][:4]
    if not m.group("month"):
        return year
    return f"{year}-{MONTHS[m.group('month').lower()]:02d}"


# "a month later", "two years later", "the following month", "the next year": a time measured from the one before
_LATER_RE = re.compile(rf"\b(?:(?P<n>a|an|one|{'|'.join(w for w, n in NUMBER_WORDS.items() if 2 <= n <= 12)}|\d{{1,2}})\s+"
                       r"(?P<unit>month|year)s?\s+later|the\s+(?:following|next)\s+(?P<unit2>month|year))\b",
                       re.IGNORECASE)


def _moved_on(value: str, later) -> str | None:
    """*value* ("2022-09", "2022-09-14", "2022") moved on by what *later* says, to the month or the year."""
    unit = (later.group("unit") or later.group("unit2")).lower()
    word = (later.group("n") or "one").lower()
    n = 1 if word in ("a", "an", "one") else int(word) if word.isdigit() else NUMBER_WORDS[word]
    year = int(value[:4])
    if unit == "year":
        return str(year + n)
    if len(value) < 7:
        return None  # a month after a year: which month, the text does not say
    month = int(value[5:7]) - 1 + n
    return f"{year + month // 12}-{month % 12 + 1:02d}"


_WORKS_AFTER_RE = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}(?:plant|station|substation|field|dam|mine|terminal|refinery|"
                             r"farm|park|complex|reactors?|units?|site|project)s?\b")


# The works a deal is for, described up to the place they stand in ("for a 50 MW solar plant with battery
# storage in Westmoreland")
# (a number's comma is no clause's: "for a 1,000-megawatt solar plant … at Kom Ombo")
_FOR_WORKS_BEFORE_RE = re.compile(r"\bfor\s+(?:an?|the|two|three|its|their)\s+(?:[^,;:]|(?<=\d),(?=\d))*?\b(?:plant|"
                                  r"station|farm|park|project|dam|terminal|refinery|line|interconnector|pipeline|cable|"
                                  r"facility|complex|mine|field|barge|vessel|ship|unit)s?\b(?:[^,;:]|(?<=\d),(?=\d))*$")


# … or by what the deal is to do there ("agreements … to develop wind farms and battery storage in the
# Karakalpakstan region"): where the works will stand, not where the parties signed
_TO_BUILD_BEFORE_RE = re.compile(r"\bto\s+(?:jointly\s+)?(?:develop|build|construct|install|set\s+up|deploy|expand|"
                                 r"explore\s+for|drill|produce|generate)\s+[^,;:]*$")


# Between a place and the wider one it lies in, or the narrower one that lies in it: "at Chashma in Punjab",
# "in Zarate, Buenos Aires", "in Punjab's Mianwali district"
_PLACE_WITHIN_RE = re.compile(r"\s*(?:,\s*|\s+(?:in|of)\s+|['’]s\s+)(?:the\s+)?")


# A gathering the sentence refers to as another occasion than the signing ("the decisions of the summit held in
# Gabala", "since the meeting in Rome", "after talks in Doha"), whose place is not where the deal was signed
# (unlike "at the summit in Gabala", "on the sidelines of the meeting in Rome")
_OTHER_GATHERING_BEFORE_RE = re.compile(
    r"\b(?<!sidelines\s)(?:of|since|after|following|before|ahead\s+of|to)\s+(?:the|a|an|last\s+\w+['’]s|its|their)\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:{_EVENT_WORDS.pattern('name_heads')}|talks|visits?|gatherings?|ministerial)"
    r"\s+(?:(?:held|hosted|convened|organi[sz]ed)\s+)?(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)


def _place_near(view: SentenceView, lo: int, hi: int) -> str | None:
    """A place the text says something happened in ("signed in Beijing", "at a ceremony in Baku")."""
    works_end = -1
    for p in view.places:
        if p.country is None:
            continue  # ceremonies are held in towns and regions of a state, not on a sea or a lake
        if lo <= p.start < hi and _PLACE_CUE_RE.search(view.text, max(0, p.start - 30), p.start):
            if works_end >= 0 and _PLACE_WITHIN_RE.fullmatch(view.text, works_end, p.start):
                works_end = p.end
                continue  # "a plant at Chashma in Punjab": where the works' place lies, not where they signed
            if re.search(r"\b(?:sector|part|waters?|region|plants?|sites?|fields?|reactors?|units?|refiner(?:y|ies)|"
                         r"terminals?|stations?|farms?|parks?|dams?|mines?|complex|facility|facilities|projects?)\s+"
                         r"(?:of|in|at|near)\s+(?:the\s+)?$",
                         view.text[max(0, p.start - 25):p.start]) or _WORKS_AFTER_RE.match(view.text, p.end) \
                    or _FOR_WORKS_BEFORE_RE.search(view.text, max(0, p.start - 90), p.start) \
                    or _TO_BUILD_BEFORE_RE.search(view.text, max(0, p.start - 90), p.start):
                works_end = p.end
                continue  # (nor a place naming the works the deal is for: "for two units at the Kozloduy nuclear plant")
            if _OTHER_GATHERING_BEFORE_RE.search(view.text, max(0, p.start - 80), p.start):
                continue  # "builds on the decisions of the summit held in Gabala": another occasion's place
            return p.key
    return None




_NEXT_CLAUSE_RE = re.compile(r",\s+(?:and|but|while|whereas)\s+")


def _signing_clause(text: str, pos: int) -> tuple[int, int]:
    """The span of the sentence that tells of the signing at *pos*: all of it, less the clauses joined by ", and"
    (", but", ", while") that tell of another signing ("A and B signed an MoU in 2002, and the three governments
    signed an agreement in Abuja in 2009": Abuja is the second one's place)."""
    lo, hi = 0, len(text)
    for joint in _NEXT_CLAUSE_RE.finditer(text):
        if joint.end() <= pos:
            if _SIGN_RE.search(text, lo, joint.start()):
                lo = joint.end()
        elif _SIGN_RE.search(text, joint.end()):
            hi = joint.start()
            break
    return lo, hi


_ATTRIBUTIVE_YEAR_BEFORE_RE = re.compile(r"(?:['’]s|\b(?:the|its|their|his|her|a|an))\s+$", re.IGNORECASE)
_ATTRIBUTIVE_YEAR_AFTER_RE = re.compile(r"\s+(?!and\b|or\b|to\b|in\b|at\b|on\b)[a-z][\w-]*")


def _date_near(view: SentenceView, reference, lo: int, hi: int, pos: int) -> str | None:
    """The date within lo..hi nearest after *pos* (else before) that is not after the document's date."""
    dates = [d for d in find_dates(view.text, reference) if lo <= d.start < hi and not d.target
             and not (reference and d.value[:len(reference)] > reference[:len(d.value)])
             # "the first such contract since 2023": a date the signing is measured from, not its own
             and not (SINCE_BEFORE_RE.search(view.text, max(0, d.start - 12), d.start)
                      and not re.match(r"\s*,?\s+when\b", view.text[d.end:]))  # ("since 2017, when they signed")
             # "Morocco's 2007 autonomy plan", "the 2030 targets": a year that names another thing
             and not (len(d.value) == 4 and _ATTRIBUTIVE_YEAR_AFTER_RE.match(view.text, d.end)
                      and _ATTRIBUTIVE_YEAR_BEFORE_RE.search(view.text, max(0, d.start - 8), d.start))]
    if not dates:
        return None
    later = [d for d in dates if d.start >= pos]
    if later and any(d.start < pos for d in dates) and _NEXT_CLAUSE_RE.search(view.text, pos, later[0].start):
        # "In February it agreed to buy X, and last year it took a stake in Y": the date of the noun's own clause
        later = []
    if later:
        return later[0].value
    return min(dates, key=lambda d: abs(d.start - pos)).value


# The sentence tells of an earlier signing, so the report's own date is not the agreement's.
_LOOKS_BACK_RE = re.compile(r"\b(?:had|previously|earlier|formerly|originally|in\s+recent\s+years|ago|in\s+the\s+past|"
                            r"signing\s+of|builds?\s+on|built\s+on|follows?\s+(?:up\s+)?on|succeeds|replaces|"
                            r"predecessor|first\s+signed|once|back\s+in)\b", re.IGNORECASE)
_SAME_OCCASION_RE = re.compile(r"\b(?:(?:on|at)\s+the\s+same\s+(?:day|occasion|ceremony|event|meeting|time)|"
                               r"that\s+same\s+day|on\s+that\s+occasion)\b", re.IGNORECASE)
# A sentence that opens on the occasion the report is about: "Following the talks, …", "Within the framework of the
# session, …", "On the sidelines of the forum, …"
_AT_THE_OCCASION_RE = re.compile(r"(?:(?:Immediately|Shortly|Later|Soon)\s+)?(?:Following|After|At|During|Within\s+the\s+"
                                 r"framework\s+of|In\s+the\s+framework\s+of|On\s+the\s+(?:sidelines|margins|occasion)\s+of|"
                                 r"At\s+the\s+(?:end|close|conclusion)\s+of|On\s+the\s+(?:same\s+)?(?:day|evening|afternoon|morning)\s+of)"
                                 r"\s+(?:the|their|these|this|that)\s+(?:[\w-]+\s+){0,3}?"
                                 r"(?:talks|meeting|session|visit|summit|forum|ceremony|consultations|discussions|dialogue|"
                                 r"conference|event)\b")


# Both sides named right after an instrument's noun: "The fourth agreement, between A and B"
_BETWEEN_NEXT_RE = re.compile(r"\s*,?\s*(?:\([^()]*\)\s*)?(?:(?:was\s+)?(?:signed|concluded)\s+)?between\b")
# A verb before a definite agreement noun that names another instrument than the one just read.
_OTHER_INSTRUMENT_RE = re.compile(r"\b(?:replac\w*|succeed\w*|supersed\w*|builds?\s+on|built\s+on|follows?(?:\s+up)?"
                                  r"\s+on|extends?|extended|renews?|renewed|amends?|amended)\s+(?:the|an?|its)\s+"
                                  r"(?:[\w-]+\s+){0,3}$|"
                                  # "the first memorandum … was signed in 2002": an older one, the first of a series
                                  r"\b[Tt]he\s+(?:very\s+)?(?:first|original|initial|earlier|previous|former)\s+"
                                  r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _asserts_signing(text: str) -> bool:
    """The sentence reports a signing as done ("A and B signed", "was concluded", "used the visit to sign")."""
    sign = next(iter(_signs(text)), None)
    return sign is not None and not cues.hedged_before(text, sign.start()) and not cues.hedged_clause(text)


def _recent(date: str, reference: str) -> bool:
    """*date* falls in the month of the report or the month before (the occasion the report is about)."""
    ref = parse_reference(reference)
    if ref is None or len(date) < 7:
        return False
    year, month = int(date[:4]), int(date[5:7])
    months = (ref.year - year) * 12 + ref.month - month
    return 0 <= months <= 1


_PARTY_KINDS = (STATE, INTERNATIONAL_ORGANIZATION, "Company", GOVERNMENT_BODY, ORGANIZATION)
_COUNT_WORDS = {w: n for w, n in NUMBER_WORDS.items() if n >= 2}
# A subject counted and named by its trade: "the four national grid operators", "the three companies"
_COUNTED_FIRMS_RE = re.compile(rf"\b(?:the|their|its|all)\s+(?P<n>{'|'.join(_COUNT_WORDS)}|\d{{1,2}})\s+(?:[a-z][\w-]*\s+){{0,3}}?"
                               rf"(?:{orgnames.FIRM_PLURALS_PATTERN}|shareholders|sponsors)"
                               r"\s+(?:(?:have|has|had|also|jointly|then|formally)\s+)*$",
                               re.IGNORECASE)
# "leaders of nine European countries", "ministers from three states", "the five nations": a subject given by count
_COUNTED_STATES_RE = re.compile(
    rf"\b(?:(?:leaders|ministers|heads\s+of\s+(?:state|government)|representatives|officials|delegations)\s+"
    rf"(?:of|from)\s+|the\s+)(?P<n>{'|'.join(_COUNT_WORDS)}|\d{{1,2}})\s+(?:[A-Z][\w-]+\s+)?"
    rf"(?:countries|states|nations|governments)\b(?=[^.;:]*$)", re.I)
# ("with a club of four lenders: A, B, C and D": the group they form first)
_COUNTED_PARTIES_RE = re.compile(r"(?:(?:a|an|the)\s+(?:[\w-]+\s+)?(?:club|group|syndicate|consortium|pool)\s+of\s+)?"
                                 r"(?:two|three|four|five|six|seven|eight|several|\d+)\s+(?:[\w-]+\s+){0,2}?"
                                 r"(?:partners|companies|firms|groups|banks|lenders|utilities|investors|buyers|members|shareholders|"
                                 r"producers|operators|developers|institutions|agencies)\s*[,:—–]\s*")
_ALSO_SIGNED_RE = re.compile(r"^\s*(?:The|This|That)\s+(?:[\w-]+\s+){0,3}?(?:contract|agreement|memorandum|deal|"
                            r"document|accord|MoU)s?\s*,?\s+(?:which|that)\s+(?:was|were|has\s+been|had\s+been)\s+"
                            r"also\s+signed\s+by\s+(?:the\s+)?")
_EACH_SIGNED_RE = re.compile(r"\b(?:each|separately|individually)\s+(?:(?:also|then|later|has|have|had)\s+)?"
                             r"(?:signed|concluded|inked|agreed|reached)\b(?:\s+[\w€$£¥.,-]+){0,4}\s*$")
_BETWEEN_SIDES_GAP_RE = re.compile(r"\)?(?:\s*\([^()]{1,20}\))?\s*,\s+(?:the|a|an|its)\s+[^,;:()]{1,60}?,\s+and\s+(?:the\s+)?")
_DATELINE_RE = re.compile(r"[^.!?]{0,80}?\s(?:-|–|—|--)\s")
_AND_WITH_RE = re.compile(r"(?:\s*,\s*(?:for|on|covering)\s+[^,;.()]{1,80}?)?\s*,?\s+and\s+(?:also\s+)?with\s+(?:the\s+)?")
# The second side of "between" only described: "between Vietnamese ministries and their partners"
_UNNAMED_OTHER_SIDE_RE = re.compile(r"(?:\s*[\w-]+,?\s+){0,5}?\s*(?:,\s*)?and\s+(?:their|its|his|her|the|foreign|"
                                    r"international|overseas)\s+(?:[\w-]+\s+){0,2}?(?:partners|counterparts|companies|firms|"
                                    r"investors|businesses|banks|lenders)\b"
                                    # (not a description before the names: "and the Japanese firms A and B")
                                    r"(?!\s*[A-Z(:]|\s*,?\s+(?:such|including|namely|led|among|like)\b)")
# An unnamed counterpart: "with 23 local, regional and international banks", "with several investors"
_UNNAMED_SIDE_RE = re.compile(r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens\s+of|several|"
                              r"various|multiple|numerous|some|a\s+number\s+of|a\s+group\s+of|a\s+consortium\s+of\s+"
                              r"(?:\d+|several))\s+(?:[\w,-]+\s+){0,5}?(?:banks|lenders|investors|companies|firms|"
                              r"institutions|partners|buyers|utilities|operators|developers|financiers|groups|suppliers|"
                              r"contractors|producers|consortia|consortiums)\b"
                              # a bare plural side, its examples named after it ("with European buyers since 2022,
                              # including A, B and C")
                              r"|(?:[A-Z][a-z]+\s+)?(?:[a-z-]+\s+)?(?:banks|lenders|investors|companies|firms|buyers|"
                              r"utilities|customers|offtakers|suppliers|partners)\b(?=[^.;:]{0,40}?,?\s+(?:including|"
                              r"such\s+as|among\s+them)\s)")
# A bare plural side placed by where its members are ("with producers outside the EU", "with buyers in Asia")
_PLACED_CLASS_SIDE_RE = re.compile(r"(?:[a-z-]+\s+)?(?:banks|lenders|investors|companies|firms|buyers|producers|"
                                   r"utilities|customers|offtakers|suppliers|developers|exporters|importers)\s+"
                                   r"(?:outside|in|from|across|around|abroad|based\s+in)\b")
# A plural description before the names it describes ("the German utilities", "Japanese trading houses")
_DESCRIBED_PARTIES_RE = re.compile(r"(?:[A-Z][a-z]+\s+)?(?:[a-z-]+\s+)?(?:utilities|companies|firms|groups|banks|"
                                   r"lenders|houses|majors|producers|operators|developers|investors|buyers)\s+(?=[A-Z])")
_SIDE_RE = re.compile(r"\b[Oo]n\s+(?:the\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){1,3}?side\b")
_SIGNED_BY_RE = re.compile(r"\bsigned\s+by\s+(?:the\s+)?")
# "The first memorandum, with B", after "A signed two memoranda": the first item of the series counted
_FIRST_OF_COUNTED_RE = re.compile(r"\bfirst\b", re.IGNORECASE)
_COUNTED_INSTRUMENTS_RE = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\d)\s+(?:[\w-]+\s+){0,3}?"
                                     r"(?:memorand(?:a|ums)|MoUs|agreements|contracts|deals|documents|declarations|"
                                     r"accords|protocols)\b")
# An instrument's noun as the subject of what any such instrument is: "A memorandum is not a contract", "An
# agreement is only as good as …"
_GENERIC_INSTRUMENT_RE = re.compile(r"(?:^|[.;:\"“]\s*|\s[-–—]\s)(?:An?)\s+(?:[a-z][\w-]*\s+)?$")
_SAID_OF_A_KIND_RE = re.compile(r"\s+(?:is|are)\s+(?:not|no|never|only|just|merely|rarely|seldom|usually|often)\b")
_ORDINAL_RE = re.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|other|another|remaining|last|final)\b",
                         re.IGNORECASE)
# "The first is a …", "The second, an agreement on …": one item of a series of signed documents
# ("Under the first agreement, a sale and purchase agreement …": the item the sentence is about, named)
_SERIES_ITEM_RE = re.compile(r"(?:(?:Under|Under\s+the\s+terms\s+of|In)\s+)?(?:The|the)\s+(?:first|second|third|fourth|fifth|"
                             r"other|last|final)(?:\s+one|\s+document|\s+agreement|\s+deal)?"
                             r"(?:\s+(?:is|was)\s+|\s*,\s*)")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": 0, "final": 0}
_COUNTED_ORDINAL_RE = re.compile("|".join(_ORDINALS), re.IGNORECASE)
_ELLIPTIC_RE = re.compile(r"\b(?:The|A|the|a)\s+(?:first|second|third|fourth|fifth|sixth|seventh|last|final)"
                          r"(?:\s+one)?(?:,\s+with\b|\s+brings\s+together\b)")
_ALONGSIDE_RE = re.compile(r",?\s+(?:alongside|along\s+with|together\s+with|as\s+well\s+as)\s+")
_AMONG_SIGNATORIES_RE = re.compile(r"\s+(?:were|are|was|is)\s+(?:also\s+)?among\s+the\s+(?:[\w-]+\s+){0,2}?"
                                   r"(?:signatories|signers|parties)\b")
_SIGNATORIES_RE = re.compile(r"\b[Tt]he\s+(?:\w+\s+)?signatories\s+(?:were|are|included|include|:)\s*(?:the\s+)?")
_IT_WAS_SIGNED_RE = re.compile(r"\b(?:It|This|They)\s+(?:(?:was|were)\s+signed\s+by|(?:bears|bore|carries|carried)\s+"
                               r"the\s+signatures\s+of)\s+(?:the\s+)?")


_BY_VERBS = ("signed", "concluded", "adopted", "inked", "initialled")
# A state named as where someone travels ("during his first official visit to Singapore")
_DESTINATION_BEFORE_RE = re.compile(r"\b(?:visits?|trip|tour|travel(?:l?ed)?|flew|arrived)\s+(?:to|in)\s+(?:the\s+)?$")
# "to import gas through the territory of Iran": the way the goods go, not who signs
_TRANSIT_BEFORE_RE = re.compile(r"\b(?:through|via|across|transiting)\s+(?:the\s+)?(?:territory\s+of\s+|"
                                r"(?:[a-z][\w-]*\s+){1,2}(?:of|in)\s+)?$")
# "TC Energy's existing contracts with": the owner, a few modifiers, then the instrument's noun
_OWNER_OF_CUE_RE = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,3}")
# "contracts with CFE in Mexico": where, not with whom
_IN_BEFORE_RE = re.compile(r"\bin\s+(?:the\s+)?$")
# A side named by its trade and what it does, not by a name: "with the developer of a 720 MW plant"
_TRADE_SIDE_RE = re.compile(r"(?:[a-z][\w-]*\s+){0,2}(?:developer|operator|owner|builder|buyer|seller|contractor|lender|"
                            r"investor|producer|supplier|sponsor)s?\s+(?:of|for|behind)\s")
# "to deliver liquefied natural gas to Germany": where the goods go, not who signs
# ("sell about 130 billion cubic meters (BCM) of gas to Egypt": the goods may be measured, with brackets)
_DELIVERED_TO_RE = re.compile(r"\b(?:deliver|supply|export|ship|sell|send|pipe|transport|carry|bring)\w*\s+"
                              r"(?:[\w.,%$()-]+\s+){0,9}?(?:to|into)\s+(?:the\s+)?$")
# "the contract under which Leviathan has been supplying Egypt": a clause on what the instrument does, past its
# own subject (not "under which the two leaders are to meet": the clause's subject)
_UNDER_WHICH_RE = re.compile(r"\b(?:under|by|through)\s+which\s+(?:[^\s,;:()]+\s+){2,12}$")
# Only a capitalised name between an agreement noun and its signing verb: the relative clause's subject
_NAME_GAP_RE = re.compile(r"\s+(?:[A-Z][\w.&'’-]*\s+){1,4}(?:(?:has|had|have|also|jointly)\s+)*")
# "it" as the subject right before a signing verb
_IT_BEFORE_RE = re.compile(r"(?:^|[,;]\s+(?:when|where|after|as|and)\s+|\b(?:In|On|At|By)\s+[^,;]{1,30}?\s)"
                           r"(?:it|It)\s+(?:(?:also|then|has|had|have|later|jointly|subsequently)\s+)*$")
# A trading verb and the preposition before its counterpart ("buys gas from", "sold power to"): the name after it
# is who the subject trades with, not one who signs.
_TRADED_WITH_RE = re.compile(r"\b(?:buy|buys|bought|buying|import|imports|imported|importing|purchases?|purchased|"
                             r"sell|sells|sold|selling|export|exports|exported|exporting)\b[^,;.()]{0,40}?"
                             r"\b(?:from|to)\s+(?:the\s+)?$")


# A second verb of the subject after an object: "buys gas from A and has a contract with B", "moved its
# purchases away from A and in 2022 signed …"
_NEXT_VERB_RE = re.compile(r",?\s+and\s+(?:\w+\s+){0,4}?(?:has|have|had|holds|held|signed|agreed|concluded|inked|"
                           r"also)\b")


def _traded_with(text: str, start: int, end: int, verb: int) -> bool:
    """Whether the names at *start*..*end* follow a trading verb's "from" or "to" and another verb of the same
    subject comes before *verb* ("buys gas from A and has a contract with B"; not "bought from A under a
    contract with B", where A is a party of the contract)."""
    return ("from" in text or " to " in text) and _TRADED_WITH_RE.search(text, max(0, start - 60), start) is not None \
        and _NEXT_VERB_RE.search(text, end, verb) is not None


# The word opening a clause that tells of something other than the main clause's act
_SUBORDINATE_OPENING_RE = re.compile(r"(?:when|while|whereas|where|although|though)\b")
# A second predicate of one subject: "… and has approved", "… but will build".
_SECOND_PREDICATE_RE = re.compile(r"\s(?:and|but)\s+(?:has|have|had|will|would|is|are|was|were)\s+(?:also\s+|since\s+)?"
                                  r"[a-z]+(?:ed|en)\b"
                                  # (or a clause of its own: ", and discussions are under way with A and B")
                                  r"|,\s+(?:and|but|while|whereas)\s+(?!the\b|both\b|all\b)[a-z]+(?:\s+[a-z]+)?\s+"
                                  r"(?:is|are|was|were|remain|remains)\b")

# The second side of "between", named by capitalised words no list holds: "between X and the Hungarian Export-Import Bank"
_UNREAD_OTHER_SIDE_RE = re.compile(r"(?:\s+[A-Z][\w.&'’-]*){0,3}(?:\s*\([^()]{1,20}\))?\s+and\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+){0,4}"
                                   r"[A-Z][\w.&'’-]*(?:\s*\([^()]{1,20}\))?(?:\s+(?:on|for|to|in|at)\b|\s*[,;.]|$)")

# An apposition that compares the name before it with others: ", one of the world's top exporters alongside "
# (one of a class: not "X, a venture in which A holds 33% alongside B and C", whose holders are told)
_COMPARED_IN_APPOSITION_RE = re.compile(r",\s+(?:one\s+of|among)\s+[^,;:()]{0,80}?\b(?:alongside|like|such\s+as|"
                                        r"besides|along\s+with|after|behind|ahead\s+of)\s+(?:the\s+)?$")

# The year an instrument was made, written before its noun: "under a 2016 memorandum", "the 2019 supply contract"
_YEAR_BEFORE_NOUN_RE = re.compile(r"\b(?:a|an|the|its|their|this|that)\s+((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,3}$",
                                  re.IGNORECASE)

# A clause of its own, joined to the agreement's, whose own subject signs something: "A signed a 27-year deal in
# 2022, and B signed an identical one in 2023" (each signed with someone the sentence does not name, not with
# each other)
_ANOTHER_SIGNER_RE = re.compile(r",\s+(?:and|while|but|whereas)\s+(?:[A-Z][^,;:]{0,60}?|the\s+[^,;:]{0,40}?)\s+"
                                r"(?:(?:has|have|had)\s+)?(?:also\s+)?(?:signed|concluded|inked|struck|sealed|clinched)\b")

# A preposition that makes the name after it an object, never a signer ("of" is left out: "the governments
# of A and B signed").
_GOVERNED_RE = re.compile(r"\b(?:from|to|into|towards?|against|on|over|about|than|via|through|without|beyond|"
                          r"across|off|toward|upon|despite)\s+(?:the\s+)?$")
# The words that may open a sentence before its subject ("In 2022, ", "On Monday ", "Meanwhile, ").
_PARTICIPLE_OPENER_RE = re.compile(r"\b(?:after|before|by|when|while|upon|on)\s+$")
_OPENING_RE = re.compile(r"(?:(?:[A-Z][a-z]+|[Ii]n\s+\d{4}|[Oo]n\s+\w+(?:\s+\d{1,2})?|[Ll]ast\s+\w+)\s*,?\s*)?"
                         r"(?:the\s+|The\s+)?")


_AWARD_HINTS = _AGREEMENTS.hints("awarding_verbs") + _AGREEMENTS.hints("winning_verbs")
# "awarded (A) the EPC contract", "won a $2 billion contract", "was awarded the contract"
_AND_VERB_BEFORE_RE = re.compile(r"\band\s+(?:(?:has|have|had|also|then|later)\s+)*$")
_OBJECT_BEFORE_RE = re.compile(r"\b(?:with|to|from|for|by)\s+(?:the\s+)?$")
_AWARD_RE = re.compile(
    rf"\b(?:(?P<give>(?:has\s+|have\s+|had\s+)?(?-i:{_AGREEMENTS.pattern('awarding_verbs')}))(?![^.;]{{0,4}}\bby\b)|"
    rf"(?P<was>(?:was|were|has\s+been|have\s+been)\s+(?-i:{_AGREEMENTS.pattern('awarding_verbs')}))|"
    rf"(?:has\s+|have\s+|had\s+)?(?-i:{_AGREEMENTS.pattern('winning_verbs')}))\s+"
    rf"(?:(?P<it>(?-i:it|them))\s+"  # "Masdar awarded it the EPC contract": the one just named
    # ("granted Shell and Trinidad and Tobago's National Gas Company (NGC) a licence": names with their "and"s,
    # possessives and acronyms)
    rf"|[A-Z][\w&.'’-]*(?:\s+(?:and\s+)?(?:[A-Z][\w&.'’-]*|\([A-Z][A-Za-z&]{{1,7}}\))){{0,10}}\s+)?"
    rf"(?:the|a|an|its|their|two|three)\s+(?:[\w$€£.,%()-]+\s+){{0,6}}?(?P<noun>{_AGREEMENTS.pattern('award_nouns')})\b",
    re.IGNORECASE)
# "under an engineering, procurement and construction contract awarded by X"
_UNDER_AWARDED_RE = re.compile(
    rf"\bunder\s+(?:the|a|an|its|their)\s+(?:[\w$€£.,%()-]+\s+){{0,7}}?(?P<noun>{_AGREEMENTS.pattern('award_nouns')})"
    rf"\s+(?:(?-i:{_AGREEMENTS.pattern('awarding_verbs')}))\s+(?:to\s+it\s+|to\s+them\s+)?by\s+(?:the\s+)?",
    re.IGNORECASE)
_AWARDED_TO_RE = re.compile(r"[^.;]{0,80}?\bto\s+(?:a\s+(?:consortium|joint\s+venture|group)\s+(?:of|led\s+by|"
                            r"formed\s+by)\s+|the\s+)?")
_OWNER_BEFORE_NAME_RE = re.compile(r"(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*['’]s\s+")
_AWARDED_BY_RE = re.compile(r"[^.;]{0,80}?\b(?:from|by)\s+(?:the\s+)?")
_VENTURE_RE = re.compile(r"\b(?:consortium|joint\s+venture|venture|group)\b")
_VENTURE_OF_RE = re.compile(r"\s+(?:of|between|formed\s+by|led\s+by)\s+(?:the\s+)?")
# "a consortium of A and B, which won …": the winners are the list before the relative pronoun
_WHICH_GAP_RE = re.compile(r",\s+(?:which|who|that)\s+(?:\w+\s+){0,2}$")
# Who attends a signing does not sign ("the presidents attended the signing of …")
# The governments an instrument binds, named after it: "… under which the two governments establish …"
_GOVERNMENTS_AFTER_RE = re.compile(r"[^.;]{0,60}?\b(?:under|by|through)\s+which\s+(?:the|both)\s+(?:two\s+)?"
                                   r"(?:governments|countries|states|nations)\b")
_WITNESSED_RE = re.compile(r"\b(?:attend(?:ed|s)?|witness(?:ed|es)?|overs(?:aw|ee|ees)|presid(?:ed|es)\s+over|"
                           r"looked\s+on|(?:was|were)\s+present)\b")
# The lower-case description before a party's name ("the national hydrocarbons company ", "the Italian group ")
_SIDE_NOUNS = (r"(?:company|firm|group|utility|operator|developer|major|producer|giant|lender|bank|fund|agency|"
               r"corporation|concern|regulator|ministry)")
# ("the", then a state's adjective or who owns it: "the Italian", "the British-owned")
_SIDE_OPENER = r"(?:the\s+)?(?:[A-Z][A-Za-z]+(?:[-–](?:owned|controlled|backed|held|run|funded|financed))?\s+)?"
_DESCRIBED_SIDE_RE = re.compile(rf"{_SIDE_OPENER}(?:[a-z][\w-]*\s+){{0,2}}?{_SIDE_NOUNS}\s+(?=[A-Z])")
# "with Egyptian state entities, including A and B": the ones named are the other side
_EXAMPLES_OF_SIDE_RE = re.compile(r"(?:[A-Z][a-z]+\s+)?(?:[a-z-]+\s+){0,2}(?:entities|companies|firms|bodies|agencies|"
                                  r"institutions|partners|banks|lenders|ministries|utilities|groups|investors)\s*,?\s+"
                                  r"(?:including|such\s+as|among\s+them)\s+(?:the\s+)?")
# "with a group of lenders led by the EBRD": the side named by who leads it
_GROUP_LED_BY_RE = re.compile(r"(?:a\s+|the\s+)?(?:group|syndicate|consortium|club|pool)\s+of\s+(?:[\w-]+\s+){0,3}?"
                              r"(?:banks|lenders|investors|financiers|institutions|companies|firms)\s*,?\s+"
                              r"(?:led|headed|arranged|coordinated)\s+by\s+(?:the\s+)?")
# ("with Indonesia's upstream oil and gas regulator, SKK Migas": a state's possessive allows a longer description,
# and a comma before the name)
_OWNED_SIDE_RE = re.compile(rf"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+{_SIDE_OPENER}"
                            rf"(?:[a-z][\w-]*\s+){{0,4}}?{_SIDE_NOUNS},?\s+(?=[A-Z])")
# "with a consortium grouping A and B", "with a joint venture of A and B": one side, made of the firms listed
# The last item of a list of signers: a consortium, and how it is made up ("… and a consortium led by France's EDF")
_AND_CONSORTIUM_RE = re.compile(r"\)?(?:\s*\([^()]{1,20}\))?(?:\s*,\s+(?:the|a|an)\s+[^,;:()]{1,60}?(?=,))?\s*,?\s+and\s+(?:by\s+)?(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:consortium|joint\s+venture|"
                                r"group\s+of\s+companies)\s+(?:of|led\s+by|comprising|made\s+up\s+of|formed\s+by|including)\s+")
_CONSORTIUM_SIDE_RE = re.compile(r"(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:consortium|joint\s+venture)\s+"
                                 r"(?:of|grouping|comprising|made\s+up\s+of|formed\s+by|including|led\s+by)\s+(?:the\s+)?")
# Between the members a consortium's subject lists, each described by its trade or nationality ("led by French
# utility A and including French energy major B and Japanese trading house C")
_MEMBER_DESCRIBED = r"(?:(?:[a-z][\w-]*|[A-Z][a-z]+(?:an|ese|ish|i|ic|ch))\s+){0,4}"  # ("Japanese trading house")
_MEMBER_GAP_RE = re.compile(r"(?:\s*,\s*|\s+)(?:and\s+)?(?:(?:also\s+)?(?:including|comprising|with)\s+)?(?:the\s+)?"
                            + _MEMBER_DESCRIBED)
_FIRST_MEMBER_GAP_RE = re.compile(_MEMBER_DESCRIBED)


def _consortium_described(view: SentenceView, start: int, verb: int) -> list[Ref]:
    """The firms a consortium opening the sentence is made of, before its verb at *verb*: names each with a
    description of its own, joined by "and", "and including" or commas; [] when anything else stands between."""
    members: list[Ref] = []
    at = start
    for r in sorted((r for r in view.refs if start <= r.start and r.end <= verb and not r.modifier), key=lambda r: r.start):
        if r.kind not in _PARTY_KINDS or r.possessive:
            continue
        gap = view.text[at:r.start]
        if members and r.key == members[-1].key and re.fullmatch(r"\s*\(", gap):
            at = r.end + (view.text[r.end:r.end + 1] == ")")  # "Électricité de France (EDF)": its short name
            continue
        if not (_MEMBER_GAP_RE if members else _FIRST_MEMBER_GAP_RE).fullmatch(gap):
            return []
        members.append(r)
        at = r.end
    return members


# "A consortium led by X signed": the same side opening a sentence, as its subject (after a dateline too:
# "RIYADH: A consortium led by X signed")
_CONSORTIUM_SUBJECT_RE = re.compile(r"(?:[A-Z][^,.;]{0,40},\s+|[A-Z][A-Z .'’/-]{2,30}(?:\s*\([^()]{1,30}\))?\s*(?::|--?|[–—])\s+)?"
                                    r"(?i:an?|the)\s+" + _CONSORTIUM_SIDE_RE.pattern[len("(?:a\\s+|the\\s+)?"):])
# A day's possessive before an instrument's noun ("Monday's agreement", "yesterday's deal")
_DAY_POSSESSIVE_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(d.capitalize() for d in WEEKDAYS)}|[Yy]esterday|[Tt]oday)"
                                       r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}$")
# "the memorandum", "the three-way memorandum", "Tuesday's landmark agreement": a definite mention
# ("Under the sale and purchase agreement": a coordinated modifier, "sale and", before the phrase read)
_DEFINITE_BEFORE_RE = re.compile(r"\b(?:the|this|that|these|those|its|their|both|[\w]+['’]s)\s+"
                                 # ("the engineering, procurement and construction contract")
                                 r"(?:(?:(?-i:[a-z])[a-z-]+,\s+){0,3}(?-i:[a-z])[a-z-]+,?\s+and\s+)?"
                                 r"(?:(?!(?:a|an|and|or|with|signed|to|of|for|on|in)\b)[a-z][\w-]*\s+){0,2}$",
                                 re.IGNORECASE)


# "ratified by the parliament", "was denounced by the Jogorku Kenesh": who decided on an instrument, no party to it
_DECIDED_BY_RE = re.compile(r"\b(?:ratified|denounced|approved|rejected|endorsed|passed|annulled|repealed|revoked|"
                            r"terminated|suspended)\s+(?:[\w-]+\s+){0,2}?by\s+(?:the\s+)?$")


# The other side named after the noun's complements and a comma ("an agreement governing X, …, with A and B")
_WITH_AFTER_COMPLEMENTS_RE = re.compile(
    r"^(?:(?!\b(?:that|which|who|whom|while|but|whereas|and|signed|agreed|said|says)\b)(?:[^.;:]|(?<=\d)[.,](?=\d))){0,220}?"
    r",\s+with\s+(?:(?:affiliates|subsidiaries|units)\s+of\s+)?(?:the\s+)?")
# Between a signer and its verb: a defined term and the units it acts through
_SIGNER_ASIDE_RE = re.compile(r"(?:\s*\((?:the\s+)?[\"“][^\"”()]{1,30}[\"”]\))?(?P<aside>\s*,\s+(?:(?:through|via|acting\s+through)\s+"
                              r"(?:its|their|an?|the)\s+(?:[\w-]+\s+){0,4}?[\w-]+|"
                              # ("X, as operator of the Y project on behalf of the joint venture, executed": X signs)
                              r"(?:acting\s+)?as\s+(?:the\s+)?operator\s+[^,;]{1,120}?|on\s+behalf\s+of\s+[^,;]{1,80}?)\s*,\s*$)")


# What something depends on is not there yet: "it depends on an investment decision and on a transmission
# agreement with X"
_CONDITION_BEFORE_RE = re.compile(r"\b(?:depends?|depended|depending|hinges?|hinged|contingent|conditional|conditioned)"
                                  r"\s+(?:up)?on\b[^.;:]{0,120}$")


# The members of a counted side named after it: "with 23 banks, including A and B"; "… Among them are A, B and C."
_NAMED_AMONG_RE = re.compile(r"[^.;:]*?(?:,\s+|\s+)(?:including|among\s+them|such\s+as|notably)\s+(?:the\s+)?")
# One item of a counted side, told in order, and the side it was concluded with: "The first agreement, covering
# …, was signed … with a consortium of A and B", "The second, for a farm …, was concluded with C and D"
_COUNTED_ITEM_RE = re.compile(r"\s*(?:Under\s+)?(?:The|the)\s+(?:first|second|third|fourth|fifth|other|last|final)\b")
_COUNTED_ITEM_SIDE_RE = re.compile(r"\b(?:signed|concluded|agreed|inked|reached|awarded|entered\s+into)\s+"
                                   r"(?:[^.;:]{0,60}?\s)?(?:with|to)\s+(?:(?:a|the)\s+(?:[\w-]+\s+){0,2}?"
                                   r"(?:consortium|joint\s+venture|group|partnership)\s+(?:of|made\s+up\s+of|"
                                   r"formed\s+by|led\s+by)\s+)?")
# The object of a clause whose verb is left out, after its subject (", and the ADB a separate US$120 million loan")
_GAPPED_OBJECT_RE = re.compile(r"\)?(?:\s*\([A-Z][\w&-]{1,11}\))?\s+(?:a|an)\s+(?:separate|second|further|similar|parallel|"
                               r"additional|another)?\s*(?:[\w$€£.,-]+\s+){0,4}?(?:loan|agreement|contract|deal|"
                               r"memorandum|facility|credit|guarantee)s?\b")
# Between a trader and its verb, only auxiliaries and adverbs ("A will in turn supply …")
# ("the Comisión Federal de Electricidad (CFE) will": the short form in brackets may stand between)
_TRADER_GAP_RE = re.compile(r"(?:\s*\([A-Z][\w&-]{1,11}\)|\))?\s*(?:(?:will|would|shall|can|also|in\s+turn|then|now|"
                            r"already|still|has|have|had|to|is|are|set|due)\s+)*")
# An order placed with a supplier ("placed a firm order with Vestas for 80 turbines")
_ORDER_PLACED_RE = re.compile(r"\b(?:placed|places|has\s+placed)\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,3}?(?P<noun>orders?)\s+"
                             r"(?:worth\s+[^,;.]{1,30}?\s+)?with\s+(?:the\s+)?")
# A trade and its other side ("buys electricity from", "sells gas to"), then the instrument it goes under
_TRADED_UNDER_RE = re.compile(r"\b(?:buys?|bought|purchases?|purchased|imports?|imported|sells?|sold|exports?|exported|"
                              r"supply|supplies|supplied)\s+(?:[^.;,]{0,60}?\s)?(?P<prep>from|(?<!\bup\s)to)\s+(?:the\s+)?")  # (not "up to 120 MW")
_UNDER_INSTRUMENT_RE = re.compile(r"(?:\s*\([A-Z][\w&-]{1,11}\))?(?:\s*,\s+(?:the|a|an)\s+[^,;:()]{1,80}?,)?\s+under\s+(?:an?|the|its|their|a\s+long-term)\s+"
                                  r"(?:[\w-]+\s+){0,4}?(?P<noun>(?:power\s+purchase|supply|sales?|purchase|offtake)\s+"
                                  r"(?:agreement|contract|deal)|PPA|contract)\b")
# An instrument that opens the sentence as the frame of a trade: "In a separate contract, …", "Under the new power
# purchase agreement, …"
_INSTRUMENT_OPENS_RE = re.compile(r"\s*(?:Under|In)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,5}?"
                                  r"(?P<noun>(?:agreement|contract|deal|PPA))\s*,\s+")
_AMONG_THEM_RE = re.compile(r"\s*(?:Among\s+(?:them|the\s+\w+)\s+(?:are|were|is|was)|(?:They|These|Those)\s+"
                            r"(?:include|included|are|were)|The\s+(?:lenders|banks|financiers)\s+(?:include|included|are|were))"
                            r"\s+(?:the\s+)?")


# A named venture's apposition before the list of its members: "X (XJV), a consortium of …"
_NAMED_VENTURE_BEFORE_RE = re.compile(r"(?:\s*\([^()]{1,12}\))?,\s+an?\s+(?:[\w-]+\s+){0,2}?(?:consortium|joint\s+venture|"
                                      r"venture|partnership)\s+(?:of|between|formed\s+by)\s+(?:[\w'’-]+\s+){0,5}?$")


_ANOTHER_INSTRUMENT_RE = re.compile(r"\b(?:also|another|second|third|separate|further|additional|earlier|previous|"
                                    r"former|original|first)\b", re.IGNORECASE)


# An apposition ranking the instrument just named: ", the longest LNG supply agreement", ", its first such deal"
_RANKING_APPOSITION_RE = re.compile(r",\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:\w+est|first|biggest|only)\s+"
                                    r"(?:[\w-]+\s+){0,3}$")
# An instrument's own sides named right after it ("a supply deal between IOC and ADNOC")
_OWN_SIDES_AFTER_RE = re.compile(r"\s+between\s+(?:the\s+)?[A-Z]")
_AND_A_BEFORE_RE = re.compile(r"(?:,\s*|\s)and\s+(?:an?|another)\s+(?:[\w-]+\s+){0,3}$")
_OWN_PARTNER_AFTER_RE = re.compile(r"\s+with\s+(?:the\s+)?(?:[A-Z][\w.-]*['’]s\s+)?[A-Z]")


# ", securing …", ", making …": a participle's clause after a comma (not "including", "according to", "following")
_PARTICIPLE_CLAUSE_RE = re.compile(r",\s+(?!(?:including|according|following|excluding|concerning|regarding|"
                                   r"covering|involving)\b)[a-z]{2,}ing\s")


# An opening adverbial that sets a signing beside a gathering, or under a host ("on the sidelines of the X of Y",
# "at the invitation of Y", "under the auspices of Y"), or that names whom a report went to: Y does not sign
_BESIDE_OPENER_RE = re.compile(rf"{SIDELINES_OF_RE.pattern}|\bat\s+the\s+invitation\s+of\b|"
                               r"\bunder\s+the\s+auspices\s+of\b|"
                               # ("In a filing to the Tel Aviv Stock Exchange, X said …": whom a report went to)
                               r"\bin\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:filing|report|statement|notice|"
                               r"letter|submission|disclosure)\s+(?:to|with)\b", re.IGNORECASE)


class _AgreementReader:
    """Agreements of one document, with what coreference across sentences needs."""

    def __init__(self, ctx: DocumentContext, facts: DocumentFacts, reference, pairs: dict):
        self.ctx, self.facts, self.reference, self.pairs = ctx, facts, reference, pairs
        self.resided: set[int] = set()  # counted instruments given the sides their item names (by id)
        self.subjects: dict[int, list[str]] = {}  # agreement index -> the parties named as its subject
        self.last_kind: str | None = None  # kind of the last agreement noun, asserted or not
        self.pending: tuple[str, int] | None = None  # an agreement noun not (yet) said to be signed
        self.mentioned: list[str] = []  # kinds of the agreement nouns read so far
        self.specific: tuple[str, int] | None = None  # the last specific kind named, and its sentence
        self.series: tuple | None = None  # (parties, date, place, sentence) of "signed two documents"
        self.with_side = False  # the last phrase's other parties came from "with …" alone
        self.one_side = False  # … and they are one side, a consortium of them
        self.shared_subject: tuple[int, tuple[str, ...]] | None = None  # sentence and subject of the last two-sided phrase
        self.unnamed_side: tuple | None = None  # (kind, subject, sentence, date, place) of "… with 23 banks"
        self.bodies_named: tuple[str, ...] = ()  # the bodies a "signed by" sentence made an instrument's parties
        self.created: list[tuple[Agreement, int, bool]] = []  # each agreement made, its offset, whether on energy

    def parties(self, view: SentenceView, m_start: int, m_end: int, sign) -> tuple[list[str], list[str], bool]:
        """(subject parties, other parties, whether the other side is there but unnamed) of an agreement
        phrase at m_start..m_end."""
        text = view.text
        after = text[m_end:m_end + 160]
        subject: list[str] = []
        others: list[str] = []
        unnamed = False
        self.with_side = self.one_side = False
        # "signed on behalf of Senegal by its minister and on behalf of Mauritania by …": each side it names
        # (the names there are no sentence's subject, hence looked up whether free or not)
        # (a state's span may take in the "Republic of" the pattern steps over: "on behalf of the Republic of Kenya")
        behalf = [next((r for r in view.refs if r.kind in _PARTY_KINDS
                        and m_end + b.start() + 12 <= r.start <= m_end + b.end() + 4), None)
                  for b in _ON_BEHALF_RE.finditer(text[m_end:])] if "behalf" in text else []
        if len(sides := unique_keys(r for r in behalf if r is not None)) >= 2:
            return [], sides, False
        # the patterns below need "by" and a verb, "between" or "with": without, they are not tried
        by = re.match(r"^(?:(?!\b(?:that|which|who)\b)[^.;:]){0,60}?\b(?:signed|concluded|adopted|inked|initialled)"
                      rf"\s+(?:{IN_THE_PRESENCE_OF}|{WHERE_BEFORE_AGENT})?(?:\w+\s+){{0,4}}?by\s+(?:the\s+)?", after) \
            if "by" in after and any(v in after for v in _BY_VERBS) else None
        if sign is not None and sign.start() > m_end:
            # "under a supply agreement the two companies signed on December 9": a relative clause
            # whose subject follows the noun
            inner = list_after(view, m_end, _PARTY_KINDS, max_gap=6)
            if inner and re.fullmatch(r"\s+(?:(?:had|have|has|jointly|also)\s+)*", text[inner[-1].end:sign.start()]) \
                    and _signing_verb(sign):
                signers = unique_keys(inner)
                if len(signers) >= 2:
                    return [], signers, False
                # "X supplies gas to Y under a contract Z signed": one signer; the other side is the trader
                # of the main clause (a firm rather than a buyer state whose firm Z is), named before the noun
                before = unique_keys(r for r in view.refs if r.end <= m_start and r.kind in _PARTY_KINDS and r.free
                                     and not r.possessive and r.key not in signers)
                firms = [k for k in before if not k.startswith("state/")]
                # (not when the clause names the other side: "a supply contract that A concluded with B")
                if len(firms) == 1 and not re.match(r"\s+(?:[^.;,]{0,40}?\s)?with\s", text[sign.end():]):
                    return signers, firms, False
        if re.match(r"\s+by\s", after):
            by = re.match(r"\s+by\s+(?:the\s+)?", after)
        elif sign is not None and sign.start() > m_end and re.match(r"\s+by\b", text[sign.end():sign.end() + 4]):
            by = re.match(r"^.*?by\s+(?:the\s+)?", text[m_end:sign.end() + 8])
        between = None if "between" not in after and "among" not in after else \
            re.match(r"^\s*,?\s*(?:\([^)]*\)\s*)?(?:(?:on|of|for|worth)\s+(?:[^,.;]|(?<=\d)[.,](?=\d)){0,40}?\s)?"
                     # "an agreement was signed today in Kathmandu between A, B and C"
                     r"(?:(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:signed|concluded|inked|initialled)\s+"
                     # ("was signed on Wednesday in Nairobi, Kenya, on the sidelines of the summit, between A and B":
                     # commas of a place and an occasion, where no other clause starts)
                     r"(?:(?:(?!\b(?:with|by|and)\b)(?:[^,.;]|,(?=\s*\d{4}\b))){0,50}?|"
                     r"(?:(?!\b(?:with|by|and|which|that|who|while|but|as|after|before)\b)[^.;]){0,130}?,\s))?"
                     r"(?:between|among|amongst)\s+(?:the\s+)?",
                     after)  # (a date's comma: "signed on October 3, 2024 among")
        if between is not None and _LINK_BEFORE_BETWEEN_RE.search(after, 0, between.end()):
            between = None  # "an agreement to build a new line between the two countries": whose ends the line joins
        with_ = re.match(r"^\s*,?\s*(?:\([^)]*\)\s*)?(?:(?!\b(?:that(?!\s+(?:year|month|week|day|summer|spring|autumn|"
                         # ("signed power purchase agreements that year with Hydro-Québec": a time, no relative)
                         r"winter|time)\b)|which|who|and)\b)(?:[^,.;]|(?<=\d)[.,](?=\d))){0,70}?"
                         r"\bwith\s+(?:the\s+)?",
                         after) if "with" in after else None
        if with_ is None and ", with " in text[m_end:m_end + 240]:
            # "entered into a joint venture agreement governing the ownership of X, the entity developing …,
            # with affiliates of A, B and C": the other side after the noun's own complements
            with_ = _WITH_AFTER_COMPLEMENTS_RE.match(text[m_end:m_end + 260])
        if with_ is None and "with" in after and sign is not None and sign.start() > m_end:
            # "a roadmap that A signed in Brussels with B and C": the relative clause's partners
            # (after the sum it is worth: "a contract worth about $2.9bn that was signed with TANESCO")
            with_ = re.match(r"^(?:\s+worth\s+(?:[^,.;()]|(?<=\d)[.,](?=\d)){1,40}?(?:\s*\([^()]{1,20}\))?)?"
                             r"\s+(?:that|which)\s(?:[^,.;]|(?<=\d)[.,](?=\d)){0,90}?\bwith\s+(?:the\s+)?", after)
        if by:
            others = _office_holders_after(view, m_end + by.end()) \
                or unique_keys(list_after(view, m_end + by.end(), _PARTY_KINDS))
            if len(others) < 2:
                others = self._signing_bodies(view, m_end + by.end()) or others
            if others:
                others += [k for k in self._consortium_listed_last(view, m_end + by.end(), others) if k not in others]
                others += [k for k in _and_by_more(view, m_end + by.end()) if k not in others]
            if others:
                return [], others, False
        if not others and between:
            start = m_end + between.end()
            if described := _DESCRIBED_SIDE_RE.match(text, start):
                start = described.end()  # "between the national oil company X and the Italian group Y"
            first = list_after(view, start, _PARTY_KINDS)
            others = unique_keys(first)
            if len(others) == 1 and (gap := _BETWEEN_SIDES_GAP_RE.match(text, first[-1].end)) is not None:
                # "between A, the developer's project company, and two lenders: B and C"
                more = _COUNTED_PARTIES_RE.match(text, gap.end())
                side = [k for k in unique_keys(list_after(view, more.end() if more else gap.end(), _PARTY_KINDS,
                                                          max_gap=4)) if k not in others]
                if more is not None and side:
                    return others, side, False  # one side, and the other counted: each of them with the one
                others += side
            if len(others) >= 2:
                return [], others, False
            if len(others) == 1 and _UNREAD_OTHER_SIDE_RE.match(text, first[-1].end):
                # "a roadmap between X and the Hungarian Export-Import Bank": the other side is named, though by no
                # name the reader knows; no one else in the sentence stands in for it
                return [], others, True
            if len(others) <= 1 and _UNNAMED_OTHER_SIDE_RE.match(text, first[-1].end if first else start):
                # "nine documents between Vietnamese ministries and their partners": the other side is there but
                # unnamed; no name elsewhere in the sentence stands in for it
                return [], others, True
        if not others and with_:
            start, gap = m_end + with_.end(), 12
            if gov := _GOVERNMENT_OF_RE.match(text, start):
                start = gov.end()  # "with the Government of Sri Lanka"
            described = None
            # ("with the two companies": the ones named before, which the words stand for, no description)
            standing_for = any(r.how == "coref" and start - 4 <= r.start <= start for r in view.refs)
            if standing_for:
                pass
            elif counted := _COUNTED_PARTIES_RE.match(text, start):
                # "with three Japanese partners, the upstream group A, the producer B and C"
                start, gap = counted.end(), 40
            elif described := _CONSORTIUM_SIDE_RE.match(text, start) or _GROUP_LED_BY_RE.match(text, start) \
                    or _EXAMPLES_OF_SIDE_RE.match(text, start) \
                    or _DESCRIBED_PARTIES_RE.match(text, start) \
                    or _OWNED_SIDE_RE.match(text, start) or _DESCRIBED_SIDE_RE.match(text, start):
                # "with the German utilities A and B", "with Turkmenistan's state concern Türkmengaz", "with the
                # British-owned developer Globeleq"
                start = described.end()
            # (the leader of a group is read as its aside: "lenders led by the EBRD")
            self.one_side = described is not None and described.re is _CONSORTIUM_SIDE_RE
            listed = list_after(view, start, _PARTY_KINDS, max_gap=gap,
                                asides=described is not None and described.re in (_GROUP_LED_BY_RE, _CONSORTIUM_SIDE_RE))
            cut = next((i for i, r in enumerate(listed) if i and _IN_BEFORE_RE.search(text, max(0, r.start - 6), r.start)),
                       None)
            listed = listed[:cut]  # "contracts with CFE in Mexico": where, not with whom

            while listed and (more := _AND_WITH_RE.match(text, listed[-1].end)) is not None:
                # "contracts with A, for the stations, and with B, for the cables": one list of others
                further = list_after(view, more.end(), _PARTY_KINDS, max_gap=2)
                if not further:
                    break
                listed = listed + further
            placed_class = _PLACED_CLASS_SIDE_RE.match(text, start) is not None and not standing_for
            if placed_class:
                listed = []  # "purchase agreements with producers outside the EU": a class of firms, placed
            others = unique_keys(listed)
            self.with_side = bool(others)
            # "signed financing agreements with 23 local and international banks": the other side is
            # there but unnamed; no name elsewhere in the sentence stands in for it
            # (and "with the developer of a solar plant in Ghana": a side named by its trade alone, when no firm
            # named after it says who: "with the developer of the Ibri plant, ACWA Power")
            unnamed = not others and (placed_class or _UNNAMED_SIDE_RE.match(text, start) is not None
                                      or _TRADE_SIDE_RE.match(text, start) is not None
                                      and not any(r.start > start and r.kind in _PARTY_KINDS and r.kind != STATE
                                                  for r in view.refs))
        verb = sign.start() if sign is not None and sign.start() < m_start else m_start
        if (aside := _SIGNER_ASIDE_RE.search(text, max(0, verb - 120), verb)) is not None:
            verb = aside.start("aside")  # "X (the "Company"), through its subsidiaries, entered into": X signs
        if (announced := _ANNOUNCED_BEFORE_RE.search(text, max(0, verb - 40), verb)) is not None:
            verb = announced.start()  # "X, a developer of …, announced today the signing of": X signed
        lead = list_before(view, verb, _PARTY_KINDS)
        if lead and (joined := _JOINED_SUBJECT_RE.search(text, max(0, lead[0].start - 30), lead[0].start)) is not None \
                and (head := [r for r in list_before(view, joined.start() + 1, _PARTY_KINDS)
                              if r.free and not r.possessive]):
            lead = [*head, *lead]  # "The EBRD, together with A and B, signed …": the EBRD signs with them
        if (cons := _CONSORTIUM_SUBJECT_RE.match(text)) is not None and cons.end() < verb \
                and all(r.start >= cons.end() for r in lead):
            # "A consortium led by Marubeni signed …": the firms that make up the subject sign
            members = [r for r in list_after(view, cons.end(), _PARTY_KINDS, max_gap=4, asides=True) if r.end <= verb]
            if len(members) < 2 and (described := _consortium_described(view, cons.end(), verb)):
                members = described  # "A consortium led by French utility A and including Japan's B and C signed"
            if members and len(members) >= len(lead) \
                    and re.fullmatch(r"[\s,]*(?:(?:has|have|had|also|on\s+\w+day)[\s,]+)*", text[members[-1].end:verb]):
                lead = members
        if lead and (apposed := _COMPARED_IN_APPOSITION_RE.search(text, max(0, lead[0].start - 120), lead[0].start)) \
                and re.match(r"\s*,", text[lead[-1].end:verb]) is not None:
            # "Qatar, one of the top exporters alongside the US and Australia, has been signing deals": the ones
            # it is compared with in its apposition are no signers; the name before the apposition is
            lead = list_before(view, apposed.start(), _PARTY_KINDS)
        if (it := _IT_BEFORE_RE.search(text, max(0, verb - 40), verb)) is not None:
            # "Eni has operated in the country for decades, when it signed …": "it" is the actor the sentence,
            # or the one before, is about
            lead = [r for r in [self._it(view, it.start())] if r is not None]
        elif sign is not None and sign.start() > m_end and (it := re.match(r"\s+(?:that\s+|which\s+)?it\s+(?:has\s+|had\s+)?$",
                                                                           text[m_end:sign.start()])) is not None:
            # "… under a swap contract it signed with BOTAŞ": the relative clause's "it", the actor the sentence is about
            lead = [r for r in [self._it(view, m_start)] if r is not None]
        if lead and sign is not None and sign.start() < m_start and sign.group(0).lower().endswith("ing") \
                and _PARTICIPLE_OPENER_RE.search(text, max(0, sign.start() - 12), sign.start()) \
                and (opening := next((g for g in coordinated_lists(view, _PARTY_KINDS) if g[-1].end <= lead[0].start
                                      and not any(r.possessive or not r.free for r in g)), None)):
            lead = opening  # "A will buy 40% of B, after signing an agreement with C": A signs, not B
        if lead and _WITNESSED_RE.search(text, lead[-1].end, m_start):
            lead = []  # "A and B attended the signing of …": witnesses, not signers
        if lead and _CEREMONY_MARKING_RE.search(text, max(0, m_start - 120), m_start):
            lead = []  # "A joined B for a ceremony marking the signing of the contract": there, not signing
        if lead and _traded_with(text, lead[0].start, lead[-1].end, verb):
            lead = []  # "X buys gas from A and has a contract with Y": a seller, not a signer
        if lead and _GOVERNED_RE.search(text, max(0, lead[0].start - 16), lead[0].start) \
                and _NEXT_VERB_RE.search(text, lead[-1].end, verb + 12):
            # "X has moved its purchases away from A and in 2022 signed …": A is governed by a preposition;
            # the verb's subject is the one that opens the sentence
            lead = self._opening_subject(view, lead[0].start)
        if lead and (owned := _OWNER_IN_APPOSITION_RE.search(text, max(0, lead[0].start - 160), lead[0].start)):
            # "A and B, a subsidiary of C, signed": A and B, the list the apposition follows
            lead = next((g for g in coordinated_lists(view, _PARTY_KINDS) if g[-1].end <= owned.start()
                         and re.fullmatch(r"\)?(?:\s*\([^()]{1,12}\))?\s*", text[g[-1].end:owned.start()])), [])
        # a possessive names whose thing follows, not a signer, unless the thing is its office holder
        signers = (r for r in lead if not r.possessive or OFFICE_HOLDER_AFTER_RE.match(text, r.end))
        # (nor an owner an apposition names inside the list)
        signers = [r for r in signers if not (r is not lead[0] and _OWNER_IN_APPOSITION_RE.search(
            text, max(0, r.start - 160), r.start))]
        subject = [k for k in unique_keys(signers) if k not in others]
        if sign is not None and sign.start() > m_end and re.match(r"\s+(?:that|which)\s", after):
            # "a roadmap that Commission President Juncker signed … with A and B": the relative clause's subject
            inner = list_before(view, sign.start(), _PARTY_KINDS, max_gap=2)
            if inner and inner[0].start > m_end and _signing_verb(sign):
                subject = [k for k in unique_keys(inner) if k not in others]
        if (firms := self._counted_firms(view, verb)):
            subject = [k for k in firms if k not in others]  # "the four national grid operators signed …"
        if not subject and not others:
            subject = self._counted(view, verb)
        owner = next((r for r in view.refs if r.possessive and r.end <= m_start and r.kind in _PARTY_KINDS
                      and _OWNER_OF_CUE_RE.fullmatch(text, r.end, m_start)), None)
        if not subject and others and owner is not None and owner.key not in others:
            subject = [owner.key]  # "TC Energy's existing contracts with CFE": whose instrument it is
        if not subject and others and (sayer := _SAYER_AT_END_RE.search(text)) is not None \
                and (said := [r for r in view.refs if r.kind in _PARTY_KINDS and r.start == sayer.start("who")
                              and r.key not in others]):
            # "The contract was signed in Vientiane with X, a joint venture of A and B, EGAT said": the one who
            # tells of its own signing is the other side
            subject = [said[0].key]
        if not subject and others:
            # "Under an agreement with X, the ministry and the company will …": the other list.
            for group in coordinated_lists(view, _PARTY_KINDS):
                keys = [k for k in unique_keys(group) if k not in others]
                if _OWNERS_BEFORE_RE.search(text, max(0, group[0].start - 30), group[0].start):
                    continue  # "with X, a joint venture of A and B": whose X is, not who signed
                if group[-1].end < m_start and _WITNESSED_RE.search(text, group[-1].end, m_start) \
                        or group[0].start > m_end and _PRESENT_BEFORE_RE.search(text, m_end, group[0].start) \
                        or _DELIVERED_TO_RE.search(text, max(0, group[0].start - 80), group[0].start) \
                        or _UNDER_WHICH_RE.search(text, max(0, group[0].start - 80), group[0].start) \
                        or in_relative_clause(view, group[0]) \
                        or _DECIDED_BY_RE.search(text, max(0, group[0].start - 40), group[0].start):
                    continue  # (nor who ratified or denounced it: "… was denounced by the Jogorku Kenesh")
                if keys and not any(r.possessive for r in group) \
                        and not _traded_with(text, group[0].start, group[-1].end, m_start):
                    subject = keys
                    break
        return subject, [k for k in others if k not in subject], unnamed

    def _consortium_listed_last(self, view: SentenceView, start: int, listed: list[str]) -> list[str]:
        """"signed by A, B and a consortium led by France's C that includes D and E": the firms that make up the
        consortium that closes the list of signers."""
        text = view.text
        last = max((r for r in view.refs if r.start >= start and r.key in listed), key=lambda r: r.end, default=None)
        cons = _AND_CONSORTIUM_RE.match(text, last.end) if last is not None else None
        if cons is None:
            return []
        stop = _SIGNERS_END_RE.search(text, cons.end())
        stop_at = stop.start() if stop else len(text)
        # (its own clause's end: "…, at a ceremony presided over by …")
        stop_at = min(stop_at, next((m.start() for m in re.finditer(r",\s+(?:at|in|on|during)\s", text[cons.end():stop_at])),
                                    stop_at - cons.end()) + cons.end())
        return unique_keys(r for r in view.refs if cons.end() <= r.start and r.end <= stop_at and r.kind in _PARTY_KINDS
                           and r.kind != STATE and not r.possessive and not r.modifier)

    def _counted_firms(self, view: SentenceView, verb: int) -> list[str]:
        """The firms a counted subject right before the verb at *verb* stands for ("the four national grid
        operators signed …"): the list of exactly that many bodies that are no states, in the sentence, the next
        one or the one before; [] when there is no such subject or list."""
        m = _COUNTED_FIRMS_RE.search(view.text, max(0, verb - 80), verb)
        if m is None or not view.text[m.end():verb].strip() == "":
            return []
        n = _COUNT_WORDS.get(m.group("n").lower()) or (int(m.group("n")) if m.group("n").isdigit() else 0)
        for i in (view.index, view.index + 1, view.index - 1):
            if n >= 2 and 0 <= i < len(self.ctx.views):
                for group in coordinated_lists(self.ctx.views[i], _PARTY_KINDS, True):
                    keys = unique_keys(r for r in group if r.kind != STATE and not r.possessive)
                    if len(keys) == n and len(keys) == len(unique_keys(group)):
                        return keys
        return []

    def _counted(self, view: SentenceView, verb: int) -> list[str]:
        """The states a counted subject stands for ("leaders of nine countries signed …"): the list of
        exactly that many states in the next sentence, or in the one before."""
        m = _COUNTED_STATES_RE.search(view.text, max(0, verb - 200), verb)
        if m is None:
            return []
        n = _COUNT_WORDS.get(m.group("n").lower()) or (int(m.group("n")) if m.group("n").isdigit() else 0)
        if n < 2:
            return []
        for i in (view.index + 1, view.index - 1):
            if 0 <= i < len(self.ctx.views):
                for group in coordinated_lists(self.ctx.views[i], (STATE,)):
                    keys = unique_keys(group)
                    if len(keys) == n:
                        return keys
        return []

    @staticmethod
    def _opening_subject(view: SentenceView, before: int) -> list:
        """The list that opens the sentence (after at most a short adverbial), when it ends before *before*
        and is no possessive: the subject a later verb of the sentence shares."""
        groups = [g for g in coordinated_lists(view, _PARTY_KINDS) if g[-1].end <= before]
        if groups and _OPENING_RE.fullmatch(view.text, 0, groups[0][0].start) \
                and not any(r.possessive for r in groups[0]):
            return groups[0]
        return []

    def _it(self, view: SentenceView, pos: int):
        """The actor "it" at *pos* stands for: the first named one of its sentence, else of the sentence before."""
        def first(v, end):
            return next((r for r in v.refs if r.start < end and r.free and not r.possessive and r.how != "coref"
                         and r.kind in _PARTY_KINDS), None)

        found = first(view, pos)
        if found is None and view.index > 0 and view.index - 1 < len(self.ctx.views):
            found = first(self.ctx.views[view.index - 1], len(self.ctx.views[view.index - 1].text))
        return found

    def read(self, view: SentenceView) -> None:
        text = view.text
        if self.unnamed_side is not None:
            if self.unnamed_side[2] == view.index - 1 and (among := _AMONG_THEM_RE.match(text)) is not None:
                self._each_named(view, among.end())
                _label(self.facts.agreements, "agreement-each-named")
            elif 0 < view.index - self.unnamed_side[2] <= 2 and _COUNTED_ITEM_RE.match(text) \
                    and self._item_of_counted_side(view):
                _label(self.facts.agreements, "agreement-series-item")
                return
            self.unnamed_side = None
        if self._series_item(view):
            _label(self.facts.agreements, "agreement-series-item")
            return
        if _ENUMERATED_ITEM_RE.match(text) and not _signs(text) and self._enumerated_item(view):
            _label(self.facts.agreements, "agreement-enumerated-item")
            return
        if "also signed by" in text and self._also_signed(view):
            _label(self.facts.agreements, "agreement-also-signed")
            return
        if _LIST_ITEM_RE.match(text) and not _signs(text) and self._signed_list_item(view):
            _label(self.facts.agreements, "agreement-signed-list")
            return
        if "side" in text:
            self._signed_for_side(view)
            _label(self.facts.agreements, "agreement-signed-for-side")
        if " signed " in text and (by := _DOCUMENT_SIGNED_BY_RE.search(text)) is not None \
                and (bodies := self._signing_bodies(view, by.end()) or self._signed_on_behalf_of(view)):
            # "Pakistan and China signed an agreement … The document was signed by PAEC's member … and the
            # president of CNOS": the bodies of the two states are its parties
            last = self.facts.agreements[-1]
            for a in self.facts.agreements:  # ("signed three memorandums … The documents were signed by …")
                if a.sentence == last.sentence and a.parties == last.parties and a is not last:
                    a.parties = tuple(bodies)
            last.parties = tuple(bodies)
            self.bodies_named = last.parties  # (the states' signers that the sentence goes on to name refer to it)
            last.place = last.place or _place_near(view, by.start(), by.end())  # ("… was signed in Seoul by …")
            if last.kind == "Agreement" and (kind := agreement_kind(by.group("phrase"))) is not None:
                last.kind = kind  # ("signed its first agreement … The power sales agreement was signed by …")
            add_cooperation_pairs(self.pairs, bodies, view.index)
        matches = [m for m in _agreement_phrases(text)
                   if (_phrase_kind(text, m) or re.match(r"documents?$", m.group("noun"), re.I))
                   and not _deals_with(text, m)]
        if any(_phrase_kind(text, m) for m in matches):
            matches = [m for m in matches if _phrase_kind(text, m)]
        if len(matches) > 1:
            # "a 27-year deal to supply 4 mtpa to Sinopec, the longest LNG supply agreement in history": an apposition
            # that ranks the instrument named before it names no other one
            matches = [m for i, m in enumerate(matches)
                       if not (i and _RANKING_APPOSITION_RE.search(text, max(0, m.start() - 60), m.start()))]
        if len(matches) > 1:  # "a deal … where they signed an MoU": the specific noun names it
            # (as "the framework dates back to 2020, when A and B signed an agreement")
            # (unless the deal names its own sides: "agreements, including a supply deal between A and B and an MoU")
            # (or a second one the verb governs with its own partner: "signed an SPA with A, and a 10-year deal
            # with B")
            matches = [m for m in matches if not re.match(r"deal|accord|framework|compact|pact", m.group("noun"), re.I)
                       or _OWN_SIDES_AFTER_RE.match(text, m.end())
                       or _AND_A_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
                       and _OWN_PARTNER_AFTER_RE.match(text, m.end())] or matches
        if len(matches) > 1:  # "heads of agreement or sale and purchase agreements": one or the other, once
            matches = [m for i, m in enumerate(matches)
                       if not (i and re.fullmatch(r"\s+or\s+(?:[\w-]+\s+){0,3}", text[matches[i - 1].end():m.start()]))]
        if "agreed with" in text:
            self._agreed_with(view, matches)
            _label(self.facts.agreements, "agreement-agreed-with")
        if any(h in text for h in _AWARD_HINTS):
            awarded = self._awarded(view)
            _label(self.facts.agreements, "agreement-awarded")
            matches = [m for m in matches if not any(a <= m.start() < b for a, b in awarded)]
        if "order" in text:
            self._ordered_from(view)
            _label(self.facts.agreements, "agreement-order-placed")
        if (" under " in text or text.lstrip().startswith(("Under ", "In "))) and matches:
            traded = self._traded_under(view)
            _label(self.facts.agreements, "agreement-traded-under")
            matches = [m for m in matches if not any(a <= m.start() < b for a, b in traded)]
        if not matches or "ignator" in text and all(_WEAK_NOUN_RE.fullmatch(m.group("noun")) for m in matches):
            # ("The pledge was championed by A; among the signatories are B and C": the signatories say who)
            self._elliptic(view)
            _label(self.facts.agreements, "agreement-elliptic")
            return
        for m in matches:
            self._one(view, m)
        _label(self.facts.agreements, "agreement-phrase")

    def _also_signed(self, view: SentenceView) -> bool:
        """"The contract, which was also signed by the regulator X, …": X is one more party of the instrument
        just told (in this sentence or the two before), which the sentence names by a definite noun."""
        m = _ALSO_SIGNED_RE.search(view.text)
        last = self.facts.agreements[-1] if self.facts.agreements else None
        if m is None or last is None or not 0 <= view.index - last.sentence <= 2 \
                or cues.hedged_clause(view.text[:m.start()]):
            return False
        added = [k for k in unique_keys(list_after(view, m.end(), _PARTY_KINDS, max_gap=4)) if k not in last.parties]
        if not added:
            return False
        last.parties = last.parties + tuple(added)
        add_cooperation_pairs(self.pairs, list(last.parties), view.index)
        return True

    def _trade_contract(self, view: SentenceView, m, sellers: list[Ref], noun_start: int, *,
                        future_holds: bool = False, date: str | None = None) -> bool:
        """A contract of the trader named as the subject of the trading verb at *m* (before it, past only auxiliaries
        and adverbs: "A will in turn supply …") and the other side *sellers*; False when the verb is hedged or either
        side is missing."""
        text = view.text
        if cues.hedged_before(text, m.start(), future_holds=future_holds) \
                or cues.hedged_clause(text[view.clause_at(m.start())[0]:m.start()]):
            return False
        traders = [r for r in list_before(view, m.start(), _PARTY_KINDS, max_gap=40) if not r.possessive]
        if not traders or not _TRADER_GAP_RE.fullmatch(text, traders[-1].end, m.start()):
            return False
        subject = unique_keys(traders)
        keys = subject + [k for k in unique_keys(sellers) if k not in subject]
        if not sellers or len(keys) < 2:
            return False
        self._create(view, "Contract", keys, noun_start, None, subject=subject, date=date)
        return True

    def _ordered_from(self, view: SentenceView) -> None:
        """"A placed a firm order with B for 80 turbines": a supply contract of the buyer and the supplier."""
        for m in _ORDER_PLACED_RE.finditer(view.text):
            clause = view.clause_at(m.start())
            self._trade_contract(view, m, list_after(view, m.end(), _PARTY_KINDS, max_gap=4), m.start("noun"),
                                 date=_date_near(view, self.reference, clause[0], clause[1], m.start()))

    def _traded_under(self, view: SentenceView) -> list[tuple[int, int]]:
        """A sale told by the trade and the instrument it goes under: "Kenya Power buys electricity from EEP under
        a power purchase agreement" (a contract of the buyer and the seller, in force, whenever it was signed).
        Returns the spans read, so that the noun is not read again."""
        spans = []
        for m in _TRADED_UNDER_RE.finditer(view.text):
            # (the other side of a sale may be read as where goods go: "supply … to B", an aside)
            sellers = list_after(view, m.end("prep"), _PARTY_KINDS, max_gap=4, asides=True)[:1]
            under = _UNDER_INSTRUMENT_RE.match(view.text, sellers[0].end) if sellers else None
            # (a plain "will" states what the contract provides: "B will supply gas to C under a contract")
            if under is not None and self._trade_contract(view, m, sellers, under.start("noun"), future_holds=True):
                spans.append((under.start(), under.end()))
        opening = _INSTRUMENT_OPENS_RE.match(view.text)
        trade = _TRADED_UNDER_RE.search(view.text, opening.end()) if opening is not None and not spans else None
        if trade is not None:
            # "In a separate contract, A will supply up to 120 MW to B": the instrument first, then what it provides
            sellers = [r for r in list_after(view, trade.end("prep"), _PARTY_KINDS, max_gap=4, asides=True)
                       if not r.possessive][:1]  # (the firm of "to Guatemala's INDE")
            if self._trade_contract(view, trade, sellers, opening.start("noun"), future_holds=True):
                spans.append((opening.start("noun"), opening.end("noun")))
        return spans

    def _awarded(self, view: SentenceView) -> list[tuple[int, int]]:
        """Contracts a buyer gives a contractor: "X awarded the EPC contract to A and B", "X awarded A the
        contract", "A won a contract from X", "a consortium of A and B, which won the contract from X",
        "A was awarded the contract by X". Returns the spans read, so that the noun is not read again."""
        text, spans = view.text, []
        for m in _AWARD_RE.finditer(text):
            if cues.hedged_before(text, m.start()) or cues.negated_noun(text, m.start("noun")):
                continue
            after = m.end()
            if m.group("give"):
                buyers = list_before(view, m.start(), _PARTY_KINDS, max_gap=40)
                if buyers and _AND_VERB_BEFORE_RE.search(text, max(0, m.start() - 24), m.start()) \
                        and _OBJECT_BEFORE_RE.search(text, max(0, buyers[0].start - 12), buyers[0].start):
                    # "X has signed the contract with A and has awarded the contract to B": the sentence's subject
                    # awards, not the object of the verb before
                    buyers = self._opening_subject(view, buyers[0].start)
                inner = list_after(view, m.end("give"), _PARTY_KINDS, max_gap=2) \
                    if m.start("noun") > m.end("give") + 3 else []
                to = _AWARDED_TO_RE.match(text, after)
                # "to a joint venture of Japan's Chiyoda Corporation and …": past the first winner's owner
                start = (owner.end() if (owner := _OWNER_BEFORE_NAME_RE.match(text, to.end())) else to.end()) if to else 0
                winners = [r for r in inner if r.end <= m.start("noun")] or \
                    (list_after(view, start, _PARTY_KINDS, max_gap=4) if to else [])
                if not winners and m.group("it"):
                    buyer_keys = {r.key for r in buyers}
                    it = self._it(view, m.start())
                    winners = [it] if it is not None and it.key not in buyer_keys and it.kind != STATE else []
            else:
                winners = list_before(view, m.start(), _PARTY_KINDS, max_gap=40)
                if m.group("was") is None and (which := _WHICH_GAP_RE.search(text, 0, m.start())) is not None:
                    winners = self._venture_members(view, which.start())
                if winners and (named := _NAMED_VENTURE_BEFORE_RE.search(text, max(0, winners[0].start - 120),
                                                                          winners[0].start)) is not None:
                    # "Future Generation Joint Venture (FGJV), a consortium of A and B, which was awarded …": the
                    # named venture wins, its members are what it is
                    venture = next((r for r in view.refs if r.end == named.start() and r.kind in _PARTY_KINDS), None)
                    winners = [venture] if venture is not None else winners
                frm = _AWARDED_BY_RE.match(text, after)
                buyers = list_after(view, frm.end(), _PARTY_KINDS, max_gap=4) if frm else []
            buyers_keys = unique_keys(r for r in buyers if not r.possessive)
            keys = buyers_keys + [k for k in unique_keys(winners) if k not in buyers_keys]
            if not buyers_keys or len(keys) < 2 or cues.hedged_clause(text[max(0, m.start() - 30):m.end()]):
                continue
            clause = view.clause_at(m.start())
            date = _date_near(view, self.reference, clause[0], clause[1] + 40, m.start())
            self._create(view, "Contract", keys, m.start("noun"), None, date=date, subject=buyers_keys)
            spans.append((m.start(), m.end()))
        for m in _UNDER_AWARDED_RE.finditer(text):
            # "A and B are building the trains under an EPC contract awarded by X": the clause's subject
            # works under the contract the buyer gave
            if any(a <= m.start("noun") < b for a, b in spans) or cues.negated_noun(text, m.start("noun")):
                continue
            clause = view.clause_at(m.start())
            winners = list_after(view, clause[0], _PARTY_KINDS, max_gap=12)
            buyers = list_after(view, m.end(), _PARTY_KINDS, max_gap=4)
            buyers_keys = unique_keys(r for r in buyers if not r.possessive)
            keys = buyers_keys + [k for k in unique_keys(winners) if k not in buyers_keys]
            if not buyers_keys or not winners or len(keys) < 2 or winners[-1].end > m.start() \
                    or cues.hedged_clause(text[clause[0]:m.end()]):
                continue
            date = _date_near(view, self.reference, clause[0], clause[1] + 40, m.start("noun"))
            self._create(view, "Contract", keys, m.start("noun"), None, date=date, subject=buyers_keys)
            spans.append((m.start(), m.end()))
        return spans

    @staticmethod
    def _venture_members(view: SentenceView, pos: int) -> list:
        """Who "…, which won the contract" stands for: the members named after "a consortium of", else the
        one who led it ("KEPCO led the consortium, with A and B among its members, that won …"), else the
        list just before."""
        text = view.text
        venture = next(reversed(list(_VENTURE_RE.finditer(text, 0, pos))), None)  # the nearest before *pos*
        if venture is None:
            return list_before(view, pos, _PARTY_KINDS, max_gap=4)
        of = _VENTURE_OF_RE.match(text, venture.end())
        if of is not None:
            return list_after(view, of.end(), _PARTY_KINDS, max_gap=2)
        lead = [r for r in view.refs if r.end <= venture.start() and r.free and r.kind in _PARTY_KINDS]
        return lead[:1]

    def _agreed_with(self, view: SentenceView, matches) -> None:
        """"A agreed with B to extend the storage deal", "in 2014 it agreed with B to finance …": an
        agreement between them with no instrument noun, when what they agreed is a verb ("to …")."""
        text = view.text
        for m in _AGREED_TO_RE.finditer(text):
            # an instrument named around it is read as that instrument ("agreed with B on a supply deal")
            if any(m.start() - 80 <= a.start() < m.end() + 60 for a in matches) or cues.hedged_before(text, m.start()) \
                    or re.search(r"(?i)\b(?:no|not|never|reportedly|reports?\s+that)\b[^,;]{0,30}$", text[:m.start()]):
                continue
            start = m.end()
            if gov := _GOVERNMENT_OF_RE.match(text, start):
                start = gov.end()  # "agreed with the government of X": X
            others = list_after(view, start, _PARTY_KINDS, max_gap=6)
            to = _TO_VERB_RE.match(text, others[-1].end) if others else None
            if to is None:
                continue
            # a leader's state guessed from the story is too weak a party for an agreement with no noun
            others = [r for r in others if not r.guessed]
            if not others:
                continue
            subject = unique_keys(list_before(view, m.start(), _PARTY_KINDS, max_gap=6))
            if not subject and re.search(r"\b[Ii]t\s+(?:had\s+|has\s+|also\s+)?$", text[max(0, m.start() - 12):m.start()]):
                it = self._it(view, m.start() - 3)
                subject = [it.key] if it is not None else []
            keys = subject + [k for k in unique_keys(others) if k not in subject]
            if subject and len(keys) >= 2:
                # the date of the agreeing ("in December 2023 it agreed with B to …"), not of what follows it
                date = _date_near(view, self.reference, max(0, m.start() - 60), to.end(), m.start())
                self._create(view, "Agreement", keys, m.start(), None, subject=subject, date=date)

    def _signed_for_side(self, view: SentenceView) -> None:
        """"On the Uzbek side, the documents were signed by X": X, not the state, is the party."""
        text = view.text
        side = _SIDE_RE.search(text)
        if side is None:
            return
        state = next((r for r in view.refs if side.start() <= r.start < side.end() and r.kind == STATE), None)
        by = _SIGNED_BY_RE.search(text, side.end())
        if state is None or by is None:
            return
        signers = [k for k in unique_keys(list_after(view, by.end(), _PARTY_KINDS)) if k != state.key]
        if not signers:
            return
        for a in self.facts.agreements:
            if view.index - a.sentence <= 5 and state.key in a.parties:
                parties = [k for p in a.parties for k in (signers if p == state.key else [p])]
                a.parties = tuple(dict.fromkeys(parties))
                add_cooperation_pairs(self.pairs, a.parties, view.index)

    def _elliptic(self, view: SentenceView) -> None:
        """"It was signed by A, B and C" after an unsigned mention; "A third, with X and Y, covers …"."""
        text = view.text
        if (listed := _SIGNATORIES_RE.search(text) if "ignator" in text else None) is not None:
            self._signatories(view, listed.start(), unique_keys(list_after(view, listed.end(), _PARTY_KINDS, max_gap=15)))
            return
        if (among := _AMONG_SIGNATORIES_RE.search(text) if "among" in text else None) is not None:
            # "A, B and C were among the signatories": some of them, named before, and those named "alongside"
            # them, past a group the text only describes ("alongside a group of European states, Ghana and Mongolia")
            keys = unique_keys(list_before(view, among.start(), _PARTY_KINDS))
            if (along := _ALONGSIDE_RE.match(text, among.end())) is not None:
                end = re.compile(r"[.;]").search(text, along.end())
                keys += [k for k in unique_keys(r for r in view.refs if r.free and r.kind in _PARTY_KINDS and
                                                along.end() <= r.start < (end.start() if end else len(text)))
                         if k not in keys]
            self._signatories(view, among.start(), keys)
            return
        sign = _IT_WAS_SIGNED_RE.search(text) if "signed" in text or "signatures" in text else None
        if sign and self.pending and view.index - self.pending[1] <= 2:
            keys = unique_keys(list_after(view, sign.end(), _PARTY_KINDS))
            if len(keys) >= 2:
                self._create(view, self.pending[0], keys, sign.start(), None)
                self.pending = None
            return

        e = _ELLIPTIC_RE.search(text) if self.last_kind and ("with" in text or "brings" in text) else None
        if e:
            keys = unique_keys(list_after(view, e.end(), _PARTY_KINDS, max_gap=15))
            inherited = self._series_subject()
            keys = inherited + [k for k in keys if k not in inherited]
            if len(keys) >= 2:
                self._create(view, self.last_kind, keys, e.start(), None, subject=inherited)

    def _signatories(self, view: SentenceView, at: int, keys: list[str]) -> None:
        """"The signatories were A of Greece, B and Romania's C" (*keys*, said at *at*): the parties of the
        instrument just read (or the one only mentioned), who all work together."""
        if len(keys) < 2 or cues.hedged_clause(view.text):
            return
        last = self.facts.agreements[-1] if self.facts.agreements else None
        if last is not None and 0 <= view.index - last.sentence <= 2:
            # the parties guessed from the signing sentence ("to carry more power from Bulgaria to Poland") give way,
            # and so do the pairs read with them
            guessed, named = set(last.parties), set(keys)
            for pair in [p for p, c in self.pairs.items() if c.sentence == last.sentence and p <= guessed
                         and not p <= named]:
                del self.pairs[pair]
            last.parties = tuple(dict.fromkeys(keys))
        elif self.pending and view.index - self.pending[1] <= 2:
            self._create(view, self.pending[0], keys, at, None)
            self.pending = None
            return
        elif (named := self._named_instrument(view)) is not None:
            # "the 22 signatories of the Declaration to Triple Nuclear Energy commit …" then "A, B and C were among
            # the signatories": the instrument the text names, with the signatories it lists
            self._create(view, named[0], keys, at, named[1])
            return
        add_cooperation_pairs(self.pairs, keys, view.index)

    def _named_instrument(self, view: SentenceView) -> tuple[str, str] | None:
        """The kind and name of the one instrument named with capitals in this sentence or the two before."""
        found = set()
        for v in self.ctx.views[max(0, view.index - 2):view.index + 1]:
            for m in _agreement_phrases(v.text):
                kind = _phrase_kind(v.text, m)
                label = self._label(m, v.text)
                if kind and label:
                    found.add((kind, label))
        return found.pop() if len(found) == 1 else None

    def _open_series(self, view: SentenceView, m) -> None:
        """"A and B signed two documents": remember who signed them, where and when, for the sentences
        that go on to say what each one is ("The first is a memorandum on …")."""
        text = view.text
        signs = [x for x in _signs(text) if x.start() < m.start()]
        if not signs or cues.hedged_before(text, signs[-1].start()):
            return
        subject, others, _ = self.parties(view, m.start(), m.end(), signs[-1])
        keys = list(dict.fromkeys(subject + others))
        if len(keys) < 2:
            return
        clause = view.clause_at(m.start())
        date = _date_near(view, self.reference, clause[0], clause[1] + 40, m.start())
        self.series = (keys, date, _place_near(view, 0, len(text)), view.index)

    def _series_item(self, view: SentenceView) -> bool:
        """"The first is a memorandum of understanding on …" after "signed two documents": one of them."""
        item = _SERIES_ITEM_RE.match(view.text)
        if item is None:
            return False
        phrase = _agreement_phrases(view.text[item.end():])
        kind = agreement_kind(phrase[0].group("np")) if phrase and phrase[0].start() < 40 else None
        if self.series is None or not 0 < view.index - self.series[3] <= 3:
            return self._counted_item(view, item, kind)
        if kind is None:
            return False
        keys, date, place, _ = self.series
        # "The first is a joint development agreement with A, the state utility B and C": the item's own other side
        others = [k for k in _item_side(view, item.end() + phrase[0].end()) if k not in keys]
        self._create(view, kind, list(keys) + others, item.end() + phrase[0].start(), None, date=date, place=place)
        return True

    def _counted_item(self, view: SentenceView, item, kind: str | None) -> bool:
        """"A signed two agreements with B. Under the first agreement, a sale and purchase agreement, …": the
        ordinal (of *item*) picks one of the instruments counted just before, and *kind* is what it is. States
        counted as signing ("The UAE and India signed four agreements") give way to the firms or bodies the item
        names as its sides ("Under the first agreement, ADNOC will supply LNG to IOCL")."""
        ordinal = _COUNTED_ORDINAL_RE.search(item.group(0))
        if ordinal is None:
            return False
        batch = [a for a in self.facts.agreements if 0 < view.index - a.sentence <= 3 and id(a) not in self.resided]
        batch = [a for a in self.facts.agreements if a.sentence == batch[-1].sentence
                 and (a.parties == batch[-1].parties or id(a) in self.resided)] if batch else []
        n = _ORDINALS[ordinal.group(0).lower()]
        if len(batch) < 2 or n > len(batch):
            return False
        chosen = batch[n - 1] if n > 0 else batch[-1]
        sides = []
        if all(k.startswith("state/") for k in chosen.parties) and not cues.hedged_clause(view.text):
            # (the item's own sides: the firms or bodies it names outside asides)
            sides = unique_keys(r for r in view.refs if r.start >= item.end() and r.free and not r.possessive
                                and r.kind in _PARTY_KINDS and r.kind != STATE)
        if len(sides) >= 2:
            chosen.parties = tuple(sides)
            self.resided.add(id(chosen))
            add_cooperation_pairs(self.pairs, sides, view.index)
        elif kind is None:
            return False
        if kind is not None and chosen.kind == "Agreement":
            chosen.kind = kind
        return True

    def _enumerated_item(self, view: SentenceView) -> bool:
        """"The documents exchanged were as follows. First, a memorandum of understanding on … between A and B.
        Second, …": each item names an instrument of its own, with its own sides, made on the occasion the
        opening sentence (up to twelve before) reports."""
        opener = next((v for v in reversed(self.ctx.views[max(0, view.index - 12):view.index])
                       if _LIST_OPENER_RE.search(v.text) and not cues.hedged_clause(v.text)), None)
        if opener is None:
            return False
        text = view.text
        item = _ENUMERATED_ITEM_RE.match(text)
        phrase = next(iter(_agreement_phrases(text[item.end():])), None)
        if phrase is None or phrase.start() > 20:
            return False
        kind = agreement_kind(phrase.group("np"))
        if kind is None:
            return False
        start, end = item.end() + phrase.start(), item.end() + phrase.end()
        between = re.search(r"\bbetween\s+(?:the\s+)?", text[end:])
        keys = unique_keys(list_after(view, end + between.end(), _PARTY_KINDS, max_gap=40)) if between else []
        if len(keys) < 2:
            return False
        date = _date_near(view, self.reference, 0, len(text), start) or \
            _date_near(opener, self.reference, 0, len(opener.text), 0)
        place = _place_near(view, 0, len(text)) or _place_near(opener, 0, len(opener.text))
        self._create(view, kind, keys, start, None, date=date, place=place)
        return True

    def _signed_list_item(self, view: SentenceView) -> bool:
        """"Patrick Pouyanné, chief executive of TotalEnergies, signed: - an investment agreement with the Ministry
        of Energy; - a power purchase agreement with FSC; …": each item an instrument between the one who signed,
        named before the colon, and the side the item names after "with"."""
        opener, verb = next(((v, found) for v in reversed(self.ctx.views[max(0, view.index - 8):view.index])
                             if (found := _SIGNED_COLON_RE.search(v.text))), (None, None))
        if opener is None or cues.hedged_clause(opener.text):
            return False
        text = view.text
        item = _LIST_ITEM_RE.match(text)
        phrase = next(iter(_agreement_phrases(text[item.end():])), None)
        kind = agreement_kind(phrase.group("np")) if phrase is not None and phrase.start() < 40 else None
        if kind is None:
            return False
        signer = unique_keys([r for r in opener.refs if r.end <= verb.start() and r.kind in _PARTY_KINDS
                              and not r.modifier and not r.possessive][:1])
        keys = signer + [k for k in _item_side(view, item.end() + phrase.end()) if k not in signer]
        if not signer or len(keys) < 2:
            return False
        date = _date_near(view, self.reference, 0, len(text), item.end()) or \
            _date_near(opener, self.reference, 0, len(opener.text), 0)
        self._create(view, kind, keys, item.end() + phrase.start(), None, date=date,
                     place=_place_near(view, 0, len(text)) or _place_near(opener, 0, len(opener.text)))
        return True

    def _counted_before(self, view: SentenceView) -> bool:
        """Whether this sentence or one of the two before counts instruments signed ("signed two memoranda")."""
        return any(_COUNTED_INSTRUMENTS_RE.search(v.text) for v in self.ctx.views[max(0, view.index - 2):view.index + 1])

    def _series_subject(self) -> list[str]:
        if not self.facts.agreements:
            return []
        return self.subjects.get(len(self.facts.agreements) - 1, [])

    def _one(self, view: SentenceView, m) -> None:
        """Read one agreement noun phrase: its kind, whether it was signed, its parties, and whether it
        is one already read (a definite "the memorandum") or new."""
        text = view.text
        mods = m.group("mods") or ""
        noun = m.group("noun")
        if _deals_with(text, m) or _NOUN_MODIFIER_RE.match(text, m.end()) or text.startswith("-level", m.end()):
            return  # "the memorandum deals with …", "the Bagtyyarlyk contract area": no instrument
        if any(r.start <= m.start("noun") and m.end("noun") <= r.end and r.kind != STATE and r.how != "coref"
               for r in view.refs):
            return  # "the United Nations Framework Convention on Climate Change": a body's name, no instrument
        plural = bool(re.match(r"(?:memorandums|memoranda|mous|declarations|statements|treaties|conventions|"
                               r"contracts|agreements|deals|accords|protocols|documents|PPAs|SPAs|GSAs)\b", noun, re.IGNORECASE)) \
            or bool(re.search(r"\bheads\s+of\s+$", text[max(0, m.start() - 10):m.start()], re.IGNORECASE))
        # ("heads of agreement or sale and purchase agreements": more than one, as the plural head says)
        if _LEFT_INSTRUMENT_RE.search(text, max(0, m.start() - 50), m.start()):
            return  # "Italy left the Treaty with effect from 2016": no party of it since
        if plural and re.match(r"\s+(?:that\s+(?:were|had\s+been)\s+)?reached\b", text[m.end():]):
            return  # "in line with agreements reached at the meetings of A and B": understandings, no instrument
        clause = view.clause_at(m.start())
        before = text[max(0, m.start() - 25):m.start()]
        definite = bool(_DEFINITE_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())) \
            and not _ORDINAL_RE.search(mods + before[-14:]) \
            and not re.search(r"\bonly\b", before[-10:] + mods)
        if re.search(r"\bsuch\s+(?:[\w-]+\s+){0,2}$", text[max(0, m.start() - 30):m.start()] + mods):
            return  # "the second such deal between the two companies": the kind, not another instrument
        if _GENERIC_INSTRUMENT_RE.search(text, max(0, m.start() - 12), m.start()) \
                and _SAID_OF_A_KIND_RE.match(text, m.end()):
            return  # "A memorandum is not a contract": what such an instrument is, no instrument signed
        if plural and re.search(r"\bone\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", text[max(0, m.start() - 40):m.start()]):
            return  # "an MoU …, one of several energy agreements concluded during the visit": the MoU again
        kind = self._mention_kind(view, m, plural, definite, before)
        if kind == "Agreement" and _SALE_AFTER_RE.match(text, m.end()):
            kind = "Contract"  # "an agreement to supply 4 mtpa of LNG to B", "agreements under which B will buy gas"
        if kind is None or cues.negated_noun(text, m.start()) or \
                _CONDITION_BEFORE_RE.search(text, max(0, m.start() - 140), m.start()) or \
                re.search(r"\b(?:draft|planned|proposed)\b", mods, re.IGNORECASE):
            return
        signing = self._signing(view, m, clause, kind, definite)
        if signing is None:
            return
        sign, asserted = signing
        if sign is not None and sign.start() > m.end() and _NAME_GAP_RE.fullmatch(text, m.end(), sign.start()) \
                and not view.refs_between(m.end(), sign.start(), free=False):
            return  # "under a ten-year contract Magyarovac signed": its signer is a name no list holds
        if (body := self._leaders_body(view, m)) is not None:
            # "the G20 leaders' declaration", "Group of 20 leaders met in New Delhi. The leaders' declaration
            # adopted there …": the body's own instrument, whoever else the sentence names
            if asserted:
                date = _date_near(view, self.reference, clause[0], clause[1] + 40, m.start()) \
                    or _anaphoric_date(self.ctx.views, view, self.reference)
                self._create(view, kind, [body], m.start(), self._label(m, text), date=date,
                             place=_place_near(view, *_signing_clause(text, m.start())), subject=[body],
                             level_from=m.end())
            return
        subject, others, unnamed = self.parties(view, m.start(), m.end(), sign)
        if unnamed and subject and asserted and self._lenders_named(view, m, kind, subject):
            return
        if plural and definite and not others:
            # "both agreements were signed …": the ones already read; "The contracts were signed on Wednesday in
            # Abuja": where and when those were signed
            if asserted and sign is not None and _signing_verb(sign):
                both = re.search(r"\b(?:[Bb]oth|[Tt]he\s+two|[Tt]hese\s+two)\s+(?:[\w-]+\s+){0,2}$", text[:m.start()])
                self._signed_back(view, kind, _date_near(view, self.reference, clause[0], clause[1] + 40, m.start()),
                                  _place_near(view, 0, len(text)), count=2 if both else None)
            return
        subject, keys = self._keys(view, m, clause, before, sign, asserted, subject, others, unnamed)
        for parent, unit in _acting_through(view, m.start()):
            # "Petronas, through its subsidiary Petronas CCS Solutions, signed …": the unit signs, not its parent
            if parent in keys and unit in keys:
                keys = [k for k in keys if k != parent]
                subject = [k for k in subject if k != parent]
        shared = self.shared_subject
        if others and shared is not None and shared[0] == view.index and not set(shared[1]) & set(others) \
                and _ANOTHER_OF_THE_SAME_RE.search(text, max(0, m.start() - 20), m.start()):
            # "rests on a contract with A …, and a contract with B": the second has the first one's subject
            subject, keys = list(shared[1]), list(shared[1]) + [k for k in others if k not in shared[1]]
        if subject and others:
            self.shared_subject = (view.index, tuple(subject))
        if self.with_side and not subject and not definite and others and set(keys) == set(others):
            # "The company signed a contract with A and B": A and B are the side "with" names; the other side
            # is a signer the reader did not find (for states, the state the report is about), so no
            # instrument between A and B alone is read
            focus = self.ctx.focus_state() if all(k.startswith("state/") for k in others) else None
            hub = _partnerships_hub(self.facts) if _SIGNED_NOUN_RE.fullmatch(m.group("noun")) else None
            if hub is not None and hub not in others:
                focus = hub  # "similar strategic partnerships with A and B signed in 2021": the story's signer's
            if not focus or focus in others:
                if not plural and asserted:
                    add_cooperation_pairs(self.pairs, others, view.index)  # still the signers of one document
                return
            keys = [focus] + others
        date = _date_near(view, self.reference, clause[0], clause[1] + 40, m.start()) \
            or _anaphoric_date(self.ctx.views, view, self.reference)
        year = _YEAR_BEFORE_NOUN_RE.search(text, max(0, m.start() - 30), m.start("noun"))
        if year and (not self.reference or year.group(1) <= self.reference[:4]) \
                and not (date and date.startswith(year.group(1))):
            date = year.group(1)  # "under a 2016 memorandum": the year names when it was made, not the report's day
        place = _place_near(view, *_signing_clause(text, m.start()))
        label = self._label(m, text)
        if definite and _OTHER_INSTRUMENT_RE.search(text[max(0, m.start() - 40):m.start()] + mods):
            definite = False  # "It replaces the treaty that the two countries signed in 2001": an older one
        if definite and _DAY_POSSESSIVE_BEFORE_RE.search(before) and self.facts.agreements:
            # "Monday's agreement builds on the one the two countries signed in 2018": the instrument of that day,
            # read before; the date, place and signers the clause goes on to give are the other one's
            return
        if definite:
            keys = self._as_antecedent(view, kind, keys, label, others, sign, asserted, date, place)
            if keys is None:
                return
        if not keys and definite and not plural and asserted and sign is not None \
                and _signing_verb(sign) and sign.start() > m.end():
            # "A and B are to combine their assets in a joint venture … The deal has been signed": the sides
            # that opened the story's last sentences
            keys = self._subjects_before(view)
        if not keys and asserted and _HEADS_ADOPTED_RE.search(text, max(0, m.start() - 80), m.start()) \
                and (body := _lead_body(self.ctx)) is not None:
            # "The Eighth Summit of the OTS was held in Istanbul. … The Heads of State adopted the Istanbul
            # Declaration": the heads of the body the report is about adopt it together, as that body
            keys = [body.key]
        if len(keys) < 2 and not (len(keys) == 1 and keys[0].startswith("organization/")):
            if asserted and (not definite or label):
                # "Seven operators signed a memorandum. The signatories were …"; "The Marienborg Declaration was
                # signed on Tuesday. It bears the signatures of …"
                self.pending = (kind, view.index)
            return
        if plural and not definite and (_BATCH_RE.search(text[max(0, m.start() - 30):m.start()] + mods)
                                        or _MANY_FIELDS_RE.search(text[max(0, m.start() - 30):m.start()] + mods)
                                        and _FIELDS_AFTER_RE.match(text, m.end())):
            # "signed dozens of agreements", "a set of 22 agreements": a batch, not an instrument to record
            # (the ones it includes are read where the text names them); its parties still work together
            if len(keys) >= 2 and not _off_energy(text[max(0, m.start() - 25):m.start() + 160]):
                add_cooperation_pairs(self.pairs, keys, view.index)
            return
        gapped = self._gapped_signer(view, m, keys, subject) if others and subject else None
        if gapped is not None:
            # "A has signed a loan agreement with B, and C a separate loan": C's instrument with B, the verb
            # left out; C is no party to A's
            keys = [k for k in keys if k != gapped]
        for group in self._instruments(view, m, plural, subject, others, keys):
            self._create(view, kind, group, m.start(), label, date=date, place=place, subject=subject,
                         level_from=m.end())
        if gapped is not None:
            self._create(view, kind, [gapped] + [k for k in keys if k not in subject], m.start(), None, date=date,
                         place=place, subject=[gapped])

    def _gapped_signer(self, view: SentenceView, m, keys: list[str], subject: list[str]) -> str | None:
        """The last name of the "with" list when a clause with its verb left out follows it (", and C a separate
        loan"): the subject of that clause, not one of the other side."""
        text = view.text
        after = [r for r in view.refs if r.key in keys and r.key not in subject and r.start > m.end() and r.free]
        if not after:
            return None
        named = [r for r in after if r.key == max(after, key=lambda x: x.start).key]
        first, last = min(named, key=lambda x: x.start), max(named, key=lambda x: x.end)
        if not re.search(r",\s+and\s+(?:the\s+)?$", text[max(0, first.start - 12):first.start]) \
                or _GAPPED_OBJECT_RE.match(text, last.end) is None:
            return None
        return last.key

    def _leaders_body(self, view: SentenceView, m) -> str | None:
        """The international body whose leaders' (or ministers') instrument *m* is: the body named right before
        "leaders'" ("the G20 leaders' declaration"), or, for "the leaders'", the body whose leaders the
        sentence before says met ("Group of 20 leaders met in New Delhi"); None otherwise."""
        heads = _LEADERS_OWN_RE.search(view.text, max(0, m.start() - 30), m.end())
        if heads is None or heads.end() <= m.start("noun") - 12:
            return None
        before = [r for r in view.refs if r.end <= heads.start() and r.kind == INTERNATIONAL_ORGANIZATION
                  and view.text[r.end:heads.start()].isspace()]
        if before:
            return before[-1].key
        if heads.group("the") is None or view.index == 0:
            return None
        prior = self.ctx.views[view.index - 1]
        met = [r for r in prior.refs if r.kind == INTERNATIONAL_ORGANIZATION and _LEADERS_MET_RE.match(prior.text, r.end)]
        return met[-1].key if met else None

    def _through_their_bodies(self, parties, keys) -> tuple[str, ...] | None:
        """The parties of an instrument read before, *parties*, with each state replaced by its body that a
        later mention names among its signers *keys* (the others the same); None when that is not the case."""
        def state_of(k: str) -> str | None:
            ent = self.facts.entities.get(k)
            if ent is None or ent.kind == STATE:
                return None
            iso = ent.country or _state_opening(ent.label) or _state_opening(ent.label, closing=True)
            return f"state/{iso}" if iso else None

        bodies_of = {state_of(k) for k in keys} - {None}
        signers = tuple(k for k in keys if k not in bodies_of)
        replaced, added = set(parties) - set(signers), set(signers) - set(parties)
        if not replaced or not all(k.startswith("state/") for k in replaced) \
                or {state_of(k) for k in added} != replaced or len(added) != len(replaced):
            return None
        if any(getattr(self.facts.entities.get(k), "kind", None) == GOVERNMENT_BODY for k in added):
            return None  # (a state's ministry that signs speaks for the state: "… and A, state secretary at X's ministry")
        return signers

    def _speaking_for_their_states(self, parties, keys) -> bool:
        """Whether *keys* are the states of *parties* or their ministries, all of them ("Canada and Germany signed
        a declaration … signed by Canada's minister and a state secretary at Germany's ministry")."""
        if not parties or not all(p.startswith("state/") for p in parties):
            return False
        states = set()
        for k in keys:
            ent = self.facts.entities.get(k)
            if k in parties:
                states.add(k)
            elif ent is not None and ent.kind == GOVERNMENT_BODY and ent.country and f"state/{ent.country}" in parties:
                states.add(f"state/{ent.country}")
            else:
                return False
        return states == set(parties)

    def _bodies_of_the_states(self, parties, keys) -> bool:
        """Whether *keys* are bodies (firms, ministries), one of each state of *parties* and no more."""
        if len(keys) != len(parties) or len(keys) < 2 or not all(p.startswith("state/") for p in parties):
            return False
        entities = self.facts.entities
        countries = [getattr(entities.get(k), "country", None) or _state_opening(getattr(entities.get(k), "label", ""))
                     for k in keys]
        return all(not k.startswith("state/") for k in keys) and all(countries) \
            and sorted(f"state/{c}" for c in countries) == sorted(parties)

    def _signed_in_their_place(self, prior: Agreement, sides, index: int, named=()) -> None:
        """*prior*'s parties become *sides*, firms that signed it for states among them; the states' cooperation
        pairs read with it (in its sentence or sentence *index*, among its parties and *named*) go to the firms."""
        states = set(prior.parties) - set(sides)
        for pair in [p for p, c in self.pairs.items() if p & states and c.sentence in (prior.sentence, index)
                     and p <= set(prior.parties) | set(named) | set(sides)]:
            del self.pairs[pair]
        prior.parties = tuple(sides)
        add_cooperation_pairs(self.pairs, list(sides), index)

    def _some_sides_by_their_bodies(self, parties, keys) -> bool:
        """Whether *keys* are *parties* with some of their states named again by a firm of each ("Bangladesh
        has secured a deal with QatarEnergy … The sale and purchase agreement between QatarEnergy and Petrobangla
        was signed in Doha")."""
        if len(keys) != len(parties) or len(keys) < 2:
            return False
        bodies = [k for k in keys if k not in parties]
        states = [p for p in parties if p not in keys]
        # (firms only: a ministry whose official signs the state's instrument leaves the state its party)
        if not bodies or not all(p.startswith("state/") for p in states) \
                or any(getattr(self.facts.entities.get(k), "kind", None) != "Company" for k in bodies):
            return False
        return sorted(f"state/{getattr(self.facts.entities.get(k), 'country', None)}" for k in bodies) == sorted(states)

    def _parties_and_their_states(self, agreement: Agreement) -> set[str]:
        """The parties of *agreement* and the states of its firms and bodies: "Under the sale and purchase
        agreement, … Qatar will deliver LNG to CNPC" is the one CNPC signed with QatarEnergy (one party named
        again, the other by its state)."""
        entities = self.facts.entities
        return set(agreement.parties) | {f"state/{e.country}" for k in agreement.parties
                                         if (e := entities.get(k)) is not None and e.country and e.kind != STATE}

    def _signing_bodies(self, view: SentenceView, pos: int) -> list[str]:
        """The bodies whose people sign, named after "by" at *pos* ("… signed by PAEC member X and the president
        of CNOS, the overseas arm of CNNC"), when they are one of each state of the instrument just read; else
        none. The states agreed; the text now says which of their bodies the document binds."""
        last = self.facts.agreements[-1] if self.facts.agreements else None
        if last is None or not 0 <= view.index - last.sentence <= 2:
            return []
        text = view.text
        stop = _SIGNERS_END_RE.search(text, pos)
        end, at, keys, parents = stop.start() if stop else len(text), pos, [], set()
        if re.search(r"\b(?:[Mm]inister|[Ss]ecretary|[Aa]mbassador)\b", text[pos:end]):
            return []  # "by X, the UAE's Minister of Industry and chief executive of ADNOC": a minister signs for the state
        for r in view.refs:
            if pos <= r.start < end and r.kind in _PARTY_KINDS and r.kind != STATE:
                if _PARENT_ASIDE_RE.search(text, at, r.start):
                    parents.add(r.key)  # (a parent told in an aside signs nothing, nor does its short form)
                elif r.key not in parents:
                    keys.append(r.key)
                at = r.end
        keys = list(dict.fromkeys(keys))
        if len(keys) >= 2 and len(last.parties) < 2 and set(last.parties) <= set(keys):
            # "A signed a letter of intent with two Polish energy companies … The letter was signed by A, B and C":
            # the side left unnamed is named now
            return keys
        return keys if self._bodies_of_the_states(last.parties, keys) else []

    def _subjects_before(self, view: SentenceView) -> list[str]:
        """The two or more actors listed together at the head of one of the three sentences before, else none."""
        for prior in reversed(self.ctx.views[max(0, view.index - 3):view.index]):
            groups = coordinated_lists(prior, _PARTY_KINDS)
            if groups and groups[0][0].start <= 12 and len(keys := unique_keys(groups[0])) >= 2:
                return keys
        return []

    def _lenders_named(self, view: SentenceView, m, kind: str, subject: list[str]) -> bool:
        """"X signed financing agreements with 23 banks, including A and B" (or "… with a group of banks.
        Among them are A, B and C."): one instrument of X with each one named; the names may come in the
        next sentence. True when the sentence named them."""
        text = view.text
        date = _date_near(view, self.reference, 0, len(text), m.start())
        place = _place_near(view, 0, len(text))
        self.unnamed_side = (kind, tuple(subject), view.index, date, place)
        inline = _NAMED_AMONG_RE.match(text, m.end(), min(len(text), m.end() + 200))
        return inline is not None and self._each_named(view, inline.end())

    def _each_named(self, view: SentenceView, pos: int) -> bool:
        """The instruments of the side counted last (``unnamed_side``) with each party named from *pos*."""
        kind, subject, _, date, place = self.unnamed_side
        named = [k for k in unique_keys(list_after(view, pos, _PARTY_KINDS, max_gap=60, asides=True))
                 if k not in subject]
        if not named:
            return False
        self.unnamed_side = None
        for k in named:
            self._create(view, kind, [*subject, k], pos, None, date=date, place=place, subject=subject)
        return True

    def _item_of_counted_side(self, view: SentenceView) -> bool:
        """One of the instruments of the side counted last ("signed power purchase agreements with two
        consortia"), told in order ("The first, …, was signed with a consortium of A and B"): one instrument of
        the counted side's signer and the names it was concluded with. True when the sentence named them."""
        kind, subject, _, date, place = self.unnamed_side
        side = _COUNTED_ITEM_SIDE_RE.search(view.text)
        if side is None:
            return False
        first = list_after(view, side.end(), _PARTY_KINDS, max_gap=4, asides=True)
        if not first:
            return False
        stop = _SIGNERS_END_RE.search(view.text, first[0].start)
        stop_at = stop.start() if stop else len(view.text)
        named, at = [], first[0].start
        for r in sorted((r for r in view.refs if first[0].start <= r.start and r.end <= stop_at and r.free
                         and r.kind in _PARTY_KINDS and r.kind != STATE and not r.possessive), key=lambda r: r.start):
            # (with each one's apposition: "A, the Saudi developer, and B, the renewables arm of C": C is B's parent)
            if not _PARENT_ASIDE_RE.search(view.text, at, r.start) and r.key not in subject and r.key not in named:
                named.append(r.key)
            at = r.end
        if not named:
            return False
        self._create(view, kind, [*subject, *named], side.start(), None,
                     date=_date_near(view, self.reference, 0, len(view.text), side.start()) or date,
                     place=_place_near(view, 0, len(view.text)) or place, subject=list(subject))
        return True

    def _signed_back(self, view: SentenceView, kind: str, date: str | None, place: str | None,
                     count: int | None = None) -> None:
        """The day and place a plural definite mention gives ("The contracts were signed on Wednesday in
        Abuja") to the instruments of its kind read in the two sentences before, where they lack them (or where
        they had only the report's dateline's). A counted one ("both agreements were signed …") gives them to
        the last that many instruments of the report's lead, however far back."""
        near = [a for a in self.facts.agreements
                if 0 <= view.index - a.sentence <= (5 if count else 2) and (kind == "Agreement" or a.kind == kind)]
        if count:
            near = near[-count:]
        filed = self.facts.dateline_place
        for a in near:
            if count and date and a.date == self.reference and date != a.date and date[:7] == a.date[:7]:
                a.date = date  # ("today announced that it has signed": the day of the report, not of the signing)
            else:
                a.date = _refined(a.date, date)
            if place and (a.place is None or count and a.place == filed and place != filed):
                a.place = place

    def _signed_for(self, view: SentenceView, keys) -> list[str]:
        """The parties with a signer the sentence says signed for another ("A and the Commission's president, who
        signed for the EU, signed …"): the side is the one signed for, not the signer's own body."""
        keys = list(keys)
        if "signed" not in view.text:
            return keys
        for m in _SIGNED_FOR_RE.finditer(view.text):
            side = next((r for r in view.refs if r.start == m.end() and r.kind in _PARTY_KINDS), None)
            opening = max(view.text.rfind(",", 0, m.start()), view.text.rfind(" and ", 0, m.start()))
            signer = [r for r in view.refs if opening < r.start and r.end <= m.start()]
            if side is None or side.key in keys:
                continue
            own = {r.key for r in signer} | {e.represents for r in signer
                                             if (e := self.facts.entities.get(r.key)) is not None and e.represents}
            at = next((i for i, k in enumerate(keys) if k in own), None)
            if at is not None:
                keys[at] = side.key
        return keys

    def _signed_on_behalf_of(self, view: SentenceView) -> list[str]:
        """"The MoUs were signed … on behalf of Indonesia's Ministry of Energy and Singapore's Ministry of Trade":
        the bodies the sentence says signed, when they are one for each state of the instrument last read."""
        text = view.text
        on = _ON_BEHALF_RE.search(text) if "behalf" in text else None
        if on is None:
            return []
        by_state: dict[str, str] = {}
        for key in unique_keys(list_after(view, on.end(), _PARTY_KINDS, max_gap=4, asides=True)):
            ent = self.facts.entities.get(key)
            if ent is None or ent.kind not in (GOVERNMENT_BODY, COMPANY) or not ent.country \
                    or f"state/{ent.country}" in by_state:
                return []
            by_state[f"state/{ent.country}"] = key
        last = self.facts.agreements[-1] if self.facts.agreements else None
        if last is None or len(by_state) < 2 or set(last.parties) != set(by_state) or view.index - last.sentence > 2:
            return []
        return [by_state[k] for k in last.parties]

    def _mention_kind(self, view: SentenceView, m, plural: bool, definite: bool, before: str) -> str | None:
        """The kind of instrument a noun phrase names, or None when it names none to read here ("two
        documents" opens a series; "the documents" refers back)."""
        kind = _phrase_kind(view.text, m)
        mods = m.group("mods") or ""
        if re.match(r"documents?$", m.group("noun"), re.I):
            counted = plural and re.search(r"\b(?:two|three|four|five|six|seven|eight|\d+)\b", mods + before)
            if counted and not definite:
                self._open_series(view, m)
            if definite and not plural and self.facts.agreements \
                    and 0 <= view.index - self.facts.agreements[-1].sentence <= 2:
                self._signed_when_and_where(view, m, self.facts.agreements[-1])
            return None if definite or counted else "Agreement"
        if definite and kind == "Agreement" and self.mentioned and not _OWN_KIND_MODS_RE.search(mods):
            # (a modifier names an instrument of its own: "the MoU …, while the implementation agreement …")
            kind = self.mentioned[-1] if self.mentioned[-1] != "Agreement" and self._specific_pending() else kind
            if kind == "Agreement" and self.specific and 0 <= view.index - self.specific[1] <= 1 and not plural:
                # "required by its power purchase agreement … signed the 25-year agreement": the
                # instrument just named, whether or not its first mention said it was signed
                kind = self.specific[0]
        self.last_kind = kind
        self.mentioned.append(kind)
        if kind != "Agreement":
            self.specific = (kind, view.index)
        return kind

    def _signed_when_and_where(self, view: SentenceView, m, prior) -> None:
        """"… have signed an agreement … The document was signed in Vienna on Monday": the day and place of
        the instrument just read, when the sentence says "the document" was signed then and there."""
        text = view.text
        sign = next((s for s in _signs(text) if s.start() > m.end() and re.match(r"sign", s.group(0), re.I)), None)
        if sign is None or not re.fullmatch(r"\s+(?:was|had\s+been|has\s+been)\s+", text[m.end():sign.start()]) \
                or cues.hedged_before(text, sign.start()):
            return
        clause = view.clause_at(sign.start())
        date = _date_near(view, self.reference, sign.start(), clause[1], sign.start())
        if date and (not prior.date or date.startswith(prior.date) or in_week_before(self.reference, prior.date, date)):
            prior.date = date
        prior.place = _place_near(view, sign.start(), clause[1]) or prior.place

    def _in_signed_list(self, view: SentenceView) -> bool:
        """Whether the sentence is an item of a list of documents the text says were signed or exchanged ("the
        following documents were exchanged: • Roadmap between A and B; • …"): every item is signed, a roadmap too."""
        for prior in reversed(self.ctx.views[max(0, view.index - 8):view.index]):
            if _LIST_OPENER_RE.search(prior.text) and prior.text.rstrip().endswith(":"):
                return True
            if not prior.text.rstrip().endswith(";"):  # (the items before, each closed by a semicolon)
                return False
        return False

    def _signing(self, view: SentenceView, m, clause, kind: str, definite: bool):
        """``(signing verb or None, asserted)`` when the sentence reports the instrument as made (or
        names it with its parties); None when it is only planned, called so, or hedged."""
        text = view.text
        lo = clause[0] - 40
        if re.search(r":\s*$", text[:clause[0]]):
            lo = view.clause_at(clause[0] - 3)[0]  # "adopted two documents: a joint declaration …, and …"
        signs = [s for s in _signs(text) if lo <= s.start() <= clause[1] + 80
                 and not re.match(r"\s+ceremon", text[s.end():s.end() + 10])]
        sign = min(signs, key=lambda s: abs(s.start() - m.start())) if signs else None
        if sign is not None and sign.start() < m.start() \
                and (own := next((s for s in signs if s.start() > m.end()), None)) is not None \
                and _signing_verb(own) \
                and _RELATIVE_UP_TO_VERB_RE.fullmatch(text, m.end(), own.start()):
            # "a memorandum that A and B signed in March, and an agreement that C and D concluded in June": the
            # relative clause's own verb, not the nearer one of the instrument before
            sign = own
        if sign is not None and sign.start() > m.end() and (
                _OWN_OBJECT_AFTER_SIGN_RE.match(text, sign.end())
                # ("The contract builds on the intergovernmental agreement …, which the two governments signed": the
                # verb of the instrument nearer to it)
                or _INSTRUMENT_NOUN_RE.search(text, m.end(), sign.start())):
            # "will trade under a long-term contract after their utilities signed a power purchase agreement": the
            # verb signs the object after it, not the instrument before
            sign = None
        asserted = sign is not None and not cues.hedged_before(text, sign.start())
        if sign is None and kind in ("JointStatement", "Declaration") \
                and _IN_A_STATEMENT_RE.search(text, max(0, m.start() - 20), m.start()) \
                and not cues.hedged_clause(text[clause[0]:m.start()]):
            # "A and B unveiled a partnership in a joint statement": the clause's subject issued the statement, with
            # the finite verb the clause tells it by
            verbs = list(_PAST_VERB_RE.finditer(text, clause[0], m.start()))
            if verbs:
                return verbs[-1], True
        if _SIGNED_NOUN_RE.fullmatch(m.group("noun")) and (_INSTRUMENT_NEXT_RE.match(text, m.end()) or not (
                asserted and (_SIGNED_RIGHT_BEFORE_RE.search(text, max(0, m.start() - 60), m.start("noun"))
                              or _SIGNED_RIGHT_AFTER_RE.match(text, m.end())
                              or m.group("noun").lower().endswith("s")
                              and _SIGNED_SUM_OF_BEFORE_RE.search(text, max(0, m.start() - 60), m.start("noun"))))):
            return None  # "signed a partnership with B" names an instrument; "the partnership between" none
        if _WEAK_NOUN_RE.match(m.group("noun")) and not self._in_signed_list(view) and (
                not asserted or _PREDICATE_BEFORE_RE.search(text[max(0, m.start() - 45):m.start()])
                and not re.match(r"\s+(?:that|which)\b", text[m.end():])) \
                and not (self.facts.agreements and 0 <= view.index - self.facts.agreements[-1].sentence <= 3
                         and _ORDINAL_RE.search((m.group("mods") or "") + text[max(0, m.start() - 14):m.start()])
                         and _BETWEEN_NEXT_RE.match(text, m.end())):
            # a roadmap is an agreement only when signed, and not when something is called one (but "A fifth pact,
            # between A and B, …" in a series of pacts the report said were sealed is one of them)
            return None
        if asserted:
            return sign, True
        after = text[m.end():m.end() + 40]
        listed = re.match(r"\s*,?\s*(?:\([^)]*\)\s*)?(?:[\w-]+\s+){0,2}?(?:with|between)\s", after)
        under = re.search(r"\b(?:under|through|via)\s+(?:an?|the|this|that|its|their)?\s*$", text[:m.start()][-25:],
                          re.IGNORECASE)
        clause_text = text[clause[0]:clause[1]]
        accept = listed and (under or not (sign is not None or cues.hedged_clause(clause_text) or re.search(
            r"\b(?:will|would|to\s+be|expects?|plans?)\b", clause_text, re.IGNORECASE)))
        if not accept:
            if not definite:
                self.pending = (kind, view.index)
            return None
        return sign, False

    def _keys(self, view: SentenceView, m, clause, before: str, sign, asserted: bool, subject: list[str],
              others: list[str], unnamed: bool) -> tuple[list[str], list[str]]:
        """``(subject, parties)``: a series inherits its first item's signer, a lone party is completed
        from the clause or the report's focus (not when the other side is there but unnamed), and an
        intergovernmental instrument is the states'."""
        mods = m.group("mods") or ""
        keys = subject + others
        if (_ORDINAL_RE.search(mods + before) or _FIRST_OF_COUNTED_RE.search(mods + before)
                and self._counted_before(view)) and not subject and others \
                and not (len(others) >= 2 and _BETWEEN_NEXT_RE.match(view.text, m.end())):
            # ("The second deal, with B": the series' signer and B; "The fourth agreement, between A and B": A and B)
            subject = self._series_subject()
            keys = subject + [k for k in others if k not in subject]
        elif len(keys) == 1 and any(r.how == "coref" and r.key == keys[0] and r.kind == INTERNATIONAL_ORGANIZATION
                                    for r in view.refs):
            pass  # "The Ministers adopted a joint statement", at a bloc's meeting: the bloc's own (see context.py)
        elif len(keys) < 2:
            keys = self._fallback(view, clause, m) if not others and not unnamed else keys
            if len(keys) < 2 and self.facts.agreements and _ORDINAL_RE.search(mods + before) \
                    and _ALONGSIDE_SIGNED_RE.match(view.text, m.end()) \
                    and set(keys) <= set(last := self.facts.agreements[-1].parties):
                # "Under a second agreement signed alongside the SPA, B will …": the same signers again
                keys = list(last)
            if len(keys) < 2 and others and all(k.startswith("state/") for k in others):
                focus = self.ctx.focus_state()
                if focus and focus not in others:
                    keys = [focus] + others
        if re.search(r"inter-?governmental", mods, re.IGNORECASE):
            keys = [self._state_of(k) for k in keys]
            if len(set(keys)) < 2 and asserted and re.match(r"(?:signed|concluded|inked)$", sign.group(0), re.I):
                keys = keys + [k for k in self.ctx.two_main_states() if k not in keys]
        return subject, list(dict.fromkeys(keys))

    def _as_antecedent(self, view: SentenceView, kind: str, keys: list[str], label, others, sign, asserted: bool,
                       date, place) -> list[str] | None:
        """A definite mention: update the instrument it refers back to and return None, or return the
        parties of a new one (another instrument the sentence says was signed)."""
        text = view.text
        prior = self._antecedent(kind, keys, label, explicit=bool(others))
        last = self.facts.agreements[-1] if self.facts.agreements else None
        if prior is None and kind != "Agreement" and last is not None and last.kind == "Agreement" \
                and 0 <= view.index - last.sentence <= 2 and (not others or set(keys) <= set(last.parties)) \
                and not (kind in ("JointStatement", "Declaration", "Treaty")
                         and any(self.facts.entities.get(k) is not None and self.facts.entities[k].kind == COMPANY
                                 for k in last.parties)) \
                and not (label and len(keys) >= 2 and not set(keys) <= set(last.parties)) \
                and (not date or not last.date or date.startswith(last.date) or last.date.startswith(date)
                     or asserted and in_week_before(self.reference, last.date, date)):
            # "signed a preliminary agreement … The memorandum, signed in Buenos Aires": the kind made precise
            # (and "… The contract was signed in Istanbul on 25 January": the day and place of the report's
            # first mention, told by its dateline, give way to those the signing sentence names)
            last.kind = kind
            if date and last.date and date != last.date and asserted:
                last.date, last.place = date, place or last.place
            prior = last
        if prior is None and others and last is not None and last.kind == kind and 0 <= view.index - last.sentence <= 2 \
                and (self._through_their_bodies(last.parties, keys) is not None
                     or self._speaking_for_their_states(last.parties, keys)):
            prior = last  # "Argentina signed a contract with CNNC … The contract was signed by NA-SA and CNNC"
        if prior is None:
            if not asserted and self._antecedent(kind, [], label, explicit=False) is not None:
                return None  # "Biden announced the deal together with A and B": the deal read before
            return keys
        conflict = date and prior.date and not (prior.date.startswith(date) or date.startswith(prior.date)) \
            or re.search(r"\b(?:first|originally|initially|previously|earlier)\s+(?:signed|concluded)\b", text)
        one_noun = len(_AGREEMENT_NOUN_RE.findall(text)) == 1
        if asserted and sign is not None and _signing_verb(sign) and len(keys) >= 2 and prior.date \
                and (last_key := max((r.end for r in view.refs if r.key in keys and r.end <= sign.start()),
                                     default=None)) is not None \
                and re.fullmatch(r"\s*(?:(?:also|jointly|formally|then|both|today|finally)\s+)*", text[last_key:sign.start()]) \
                and not set(keys) <= self._parties_and_their_states(prior) and not set(keys) & set(prior.parties) \
                and (own := date or _date_near(view, self.reference, 0, len(text), sign.start())) is not None \
                and not compatible(own, prior.date):
            return keys  # "- 2012: A and B sign the X agreement": other sides signing another year, another instrument
        if conflict and asserted and in_week_before(self.reference, prior.date, date) and one_noun:
            # "have signed an MoU, the ministry announced today … The MoU was signed in Riyadh on
            # Sunday": the day of the report gives way to the day the signing sentence names
            prior.date, prior.place = date, place or prior.place
            if self._some_sides_by_their_bodies(prior.parties, keys):
                # (and the firm that signed for its state: "… between QatarEnergy and Petrobangla")
                self._signed_in_their_place(prior, keys, view.index)
            return None
        if not conflict:
            # "Wednesday's agreement builds on a memorandum signed in Tashkent on May 1": the
            # date and place belong to the other instrument when the sentence names two.
            # (a signing that had neither day nor place takes those its definite mention's signing names, whatever
            # other nouns the sentence holds: "The contract was signed in Vientiane on Monday with X, a joint venture")
            if one_noun or prior.date is None and prior.place is None and sign is not None and _signing_verb(sign):
                prior.date = _refined(prior.date, date)  # the day the sentence gives, within the month read before
                prior.place = prior.place or place
            if len(prior.parties) < 2 <= len(keys) or self._bodies_of_the_states(prior.parties, keys) \
                    or self._some_sides_by_their_bodies(prior.parties, keys) \
                    or self._members_signed_for_the_body(prior.parties, keys, sign):
                # (and "Laos, Thailand and Malaysia have signed an agreement … The agreement was signed by the
                # deputy managing director of EDL, the governor of EGAT and …": the states' bodies sign it)
                prior.parties = tuple(keys)
                if sign and _signing_verb(sign) and not _off_energy(text):
                    # (its signers work together, as those of a new one do; not those that ratify it)
                    add_cooperation_pairs(self.pairs, keys, view.index)
            elif (through := self._through_their_bodies(prior.parties, keys)) is not None:
                # "Argentina has signed a contract with CNNC … The contract was signed by the president of
                # Nucleoeléctrica Argentina and CNNC's chairman": the state signed through its company, which
                # works with the others in its place
                self._signed_in_their_place(prior, through, view.index, named=keys)
            return None
        if not (sign and _signing_verb(sign)):
            return None
        return keys if len(keys) >= 2 else list(prior.parties)

    def _members_signed_for_the_body(self, parties, keys: list[str], sign) -> bool:
        """A pact read as a body's ("the ministers of the bloc adopted the declaration") that the text then says
        states signed ("The declaration, signed by the ministers of the five member states - A, B, …"): the
        states are its parties."""
        if sign is None or not _signing_verb(sign) or len(keys) < 2 or not all(k.startswith("state/") for k in keys):
            return False
        bodies = {k for k in parties if self.facts.entities.get(k) is not None
                  and self.facts.entities[k].kind == INTERNATIONAL_ORGANIZATION}
        # (members the text says they are: not "EU, A and B signed …; it was signed by A's and B's ministers")
        members = {m.member for m in self.facts.memberships if m.organization in bodies and m.role == "member"}
        return bool(bodies) and set(keys) <= members

    def _instruments(self, view: SentenceView, m, plural: bool, subject, others, keys) -> list[list[str]]:
        """The party lists of the instruments one phrase names: "separate agreements with A and B" are
        one each, "three agreements" between the same parties are three."""
        text = view.text
        mods = m.group("mods") or ""
        distributive = plural and re.search(r"\b(?:each|separate|respectively|individual)\b", text, re.IGNORECASE)
        # (not a number that opens a compound: "ten-year power supply agreements" are of ten years, not ten)
        count_word = next((w for w in re.findall(r"\b\w+\b(?![-–]\w)", mods.lower()) if w in _COUNT), None)
        # ("EirGrid signed financing agreements with the EIB, Danske Bank and Barclays": the lenders of one loan lend
        # together, not a loan each; states borrowing from one lender borrow one each)
        def lender(k: str) -> bool:
            return _LENDER_NAME_RE.search(self.facts.entities[k].label if k in self.facts.entities else k) is not None

        syndicated = _LENDING_MODS_RE.search(text, max(0, m.start() - 25), m.end()) \
            and all(lender(k) for k in others) and not any(lender(k) for k in subject) \
            and not re.search(r"\b(?:including|among\s+them|such\s+as)\b|\b(?:two|three|four|five|\d+)\s+(?:[\w-]+\s+){0,2}"
                              r"(?:lenders|banks|institutions)\b", text[m.end():])  # (some of many, or counted lenders)
        each = _EACH_SIGNED_RE.search(text, max(0, m.start() - 60), m.start()) if len(subject) >= 2 else None
        rest = [k for k in keys if k not in subject]
        if each is not None and not (each.group(0).startswith("separately") and not rest and not plural):
            # "A and B each signed a wheeling agreement with C": one instrument of each with C, none between A and B;
            # "A and B each signed supply deals": each with a side the sentence does not name (but "A and B
            # separately signed a memorandum": one of their own, apart from the one told before)
            return [[s] + rest for s in subject] if rest else []
        if len(subject) >= 2 and others and re.search(r"\brespectively\b", text[m.end():], re.IGNORECASE):
            # "A and B signed agreements with C for 1.7 and 0.8 Mtpa, respectively": one of each with C
            return [[s] + [k for k in others if k != s] for s in subject]
        if distributive or (plural and subject and len(others) >= 2 and not count_word and not self.one_side
                            and not syndicated):
            common = subject or [k for k in keys if k not in others]
            rest = [k for k in others if k not in common]
            if distributive and not rest:
                rest = [k for k in unique_keys([r for r in view.refs if r.start >= m.end() and r.free])
                        if k not in common]
            return [common + [k] for k in rest] or [keys]
        if count_word and plural:
            return [keys] * _COUNT[count_word]
        if plural and len(subject) >= 2 and len(others) == 1 and re.search(r"\btheir\s+(?:[\w-]+\s+){0,3}$",
                                                                         text[max(0, m.start() - 40):m.start()] + mods):
            # "The partners signed their financing agreements with the government": one of each with it
            return [[s] + others for s in subject]
        return [keys]

    def settle_occasion(self) -> None:
        """Date and place the agreements the report says were just signed, where their sentence does not.

        A report of a signing dates and places the whole occasion once ("BAKU, June 5. … signed
        on Wednesday"); agreements read later without a date of their own ("the second agreement,
        with X, …", "on the same day, A and B signed …") belong to that occasion. An agreement whose
        sentence looks back ("had signed", "builds on", "in recent years") keeps no date.
        """
        if not self.reference or all(a.date and a.place for a in self.facts.agreements):
            return
        views = self.ctx.views
        recent = [a for a in self.facts.agreements if a.date and _recent(a.date, self.reference)]
        lead_signing = any(_signs(v.text) and _agreement_phrases(v.text)
                           and not cues.hedged_clause(v.text) for v in views[:4])
        # (the day the lede's signing names first: "signed on Tuesday", not a deal of the week before told
        # further down)
        lead_date = self._lead_date(views)
        lead_event = next((e for e in sorted(self.facts.events, key=lambda e: e.sentence)
                           if e.date and len(e.date) == 10 and _recent(e.date, self.reference)), None)
        # (the day of the lede's event, "On the evening of 17 December, … held a working session": the report's
        # occasion, not an instrument of the month before it mentions further down)
        opening = lead_event.date if lead_event is not None and lead_event.sentence == 0 \
            and not (recent and recent[0].sentence == 0) else None
        occasion_date = lead_date or opening or (recent[0].date if recent else self.reference[:7])
        occasion_place = recent[0].place if recent and recent[0].place else self._occasion_place()
        previous = None
        for a in self.facts.agreements:
            text = views[a.sentence].text if a.sentence < len(views) else ""
            if lead_event is not None and lead_event.sentence < a.sentence and a.sentence < len(views) \
                    and self._told_at_the_occasion(a.sentence) and not cues.hedged_clause(text) \
                    and compatible(_date_near(views[a.sentence], self.reference, 0, len(text), 0) or lead_event.date,
                                   lead_event.date):
                # "Following the talks, the two ministers witnessed the signing of …": the day and place of the
                # occasion the report is about, told before
                a.date, a.place = lead_event.date, a.place or lead_event.place
            elif _LOOKS_BACK_RE.search(text):
                pass
            elif a.date is None:
                if _SAME_OCCASION_RE.search(text) and previous is not None:
                    a.date, a.place = previous.date, a.place or previous.place
                elif _SAME_OCCASION_RE.search(text) or _asserts_signing(text) or (lead_signing and a.sentence > 0):
                    a.date, a.place = occasion_date, a.place or occasion_place
            elif a.place is None and _recent(a.date, self.reference) and _asserts_signing(text) \
                    and compatible(a.date, occasion_date):
                a.place = occasion_place  # (not one signed another day: "On Nov. 21, A signed a deal with B")
            if a.date:
                previous = a

    def _told_at_the_occasion(self, index: int) -> bool:
        """Whether sentence *index*, or the one before it in its paragraph, opens on the occasion the report is
        about ("Following the talks, …"; "Within the framework of the session, two documents were exchanged. A and
        B signed …")."""
        views = self.ctx.views
        for i in (index, index - 1):
            if 0 <= i < len(views) and _AT_THE_OCCASION_RE.match(views[i].text.lstrip()):
                return i == index or "\n" not in self.facts.text[views[i].start:views[index].start]
        return False

    def _lead_date(self, views: list[SentenceView]) -> str | None:
        """The date in the clause of the lead's signing verb ("met in Oslo today and adopted …")."""
        for v in views[:4]:
            sign = next(iter(_signs(v.text)), None)
            if sign is None or not _agreement_phrases(v.text):
                continue
            clause = v.clause_at(sign.start())
            return _date_near(v, self.reference, clause[0], clause[1], sign.start())
        return None

    def _occasion_place(self) -> str | None:
        """Where the lead's visit went, else the dateline's place, else the place of the first event the
        report describes."""
        from epkg.graph.extract.events import lead_visit_place

        if self.facts.dateline_place and self.facts.dateline_place in self.facts.entities:
            return lead_visit_place(self.facts) or self.facts.dateline_place
        return next((e.place for e in self.facts.events
                     if e.place and (not e.date or _recent(e.date, self.reference))), None)

    def _specific_pending(self) -> bool:
        return self.pending is not None and self.pending[0] != "Agreement"

    def _label(self, m, text: str) -> str | None:
        """A proper name: "Declaration on Strategic Partnership", "Treaty on Comprehensive …"."""
        noun = m.group("noun")
        if not noun[:1].isupper():
            return None
        if not text[:m.start("noun")].strip(" \t-–•*\"“‘") and any(w[:1].islower() for w in noun.split()[1:]):
            return None  # "Memorandum of understanding between …" opening a line: the common noun, capitalised
        # (not "between": who signed, not the title, in "Agreement between CI-Energies and …")
        tail = re.match(r"(?:\s+(?:on|of|for|to(?=\s+[A-Z]))\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*|(?:of|on|in|the|and|for|a)\s+)+)?",
                        text[m.end():])
        # "the Global Renewables and Energy Efficiency Pledge", "the Pacific Clean Energy Compact" (a modifier in
        # capitals is a word of the name, which may begin before it)
        before = _NAME_BEFORE_RE.search(text, max(0, m.start() - 60), m.start()) \
            if m.group("np") == noun or m.group("np")[:1].isupper() else None
        name = ((before.group(0).lstrip("\"“‘") if before else "") + m.group("np") + (tail.group(0) if tail else "")).strip()
        name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.IGNORECASE)
        name = _DAY_IN_NAME_RE.sub("", name)  # "… Declaration on Energy Security on Monday": the day is no part
        # "the Treaty on Allied Relations in Tashkent": where it was signed is no part of its name either
        if (where := re.search(r"\s+(?:in|at)\s+(?P<place>(?:[A-Z][\w'’-]*\s*)+)$", name)) is not None and any(
                e.kind in ("Place", STATE) and where.group("place").strip() in (e.label, e.label.split(",")[0])
                for e in self.facts.entities.values()):  # ("Washington" for "Washington, D.C.")
            name = name[:where.start()]
        return name if len(name.split()) > 1 else None

    def _state_of(self, key: str) -> str:
        ent = self.facts.entities.get(key)
        if ent is not None and ent.kind == GOVERNMENT_BODY and ent.country:
            return f"state/{ent.country}"
        return key

    def _fallback(self, view: SentenceView, clause, m) -> list[str]:
        if _CEREMONY_MARKING_RE.search(view.text, max(0, m.start() - 120), m.start()):
            return []  # "A joined B for a ceremony marking the signing of the contract": no signer named
        if (witness := _WITNESSED_RE.search(view.text, clause[0], m.start())) is not None:
            # "the two presidents witnessed the signing of three agreements for the X pipeline": who looks on does
            # not sign, and the clause names no signer (nor is the work the instruments are for one) …
            if _GOVERNMENTS_AFTER_RE.match(view.text, m.end()):
                # … unless the instrument binds "the two governments" of those who look on: "A and B witnessed
                # the exchange of a memorandum under which the two governments establish …"
                states = unique_keys(r for r in view.refs if r.how == "person" and r.kind == STATE
                                     and clause[0] <= r.start < witness.start())
                return states if len(states) == 2 else []
            return []
        dateline = _DATELINE_RE.match(view.text) if view.index <= 1 else None
        # "Riyadh, Saudi Arabia; May 22, 2023 - X signed …": where the report was filed names no party
        filed = dateline.end() if dateline is not None and re.search(r"\d|\b[A-Z]{3,}\b", dateline.group(0)) else 0

        def ok(r):
            group_coref = r.how == "coref" and sum((o.start, o.end) == (r.start, r.end) for o in view.refs) >= 2
            # a capital in capitals is a dateline ("MUSCAT -"): where the report was filed, not a party
            return r.free and (not r.possessive or group_coref) and r.kind in _PARTY_KINDS \
                and not (r.kind == STATE and _DESTINATION_BEFORE_RE.search(view.text, max(0, r.start - 22), r.start)) \
                and not (r.kind == STATE and _DELIVERED_TO_RE.search(view.text, max(0, r.start - 70), r.start)) \
                and not (r.kind == STATE and _UNDER_WHICH_RE.search(view.text, max(0, r.start - 80), r.start)) \
                and not (r.kind == STATE and _TRANSIT_BEFORE_RE.search(view.text, max(0, r.start - 40), r.start)) \
                and not any(a <= r.start < b for a, b in witnessed) \
                and not (r.how == "capital" and view.text[r.start:r.end].isupper()) and r.start >= filed \
                and not r.end <= beside

        # "In September 2014, on the sidelines of the General Conference of the IAEA in Vienna, A and B signed": the
        # body whose gathering an opening adverbial names is where, not who
        beside = _beside_opener_end(view.text)
        beside = beside if beside < m.start() else 0
        # "signed between A and B, in the presence of C and D's prime minister E": witnesses, to the clause's end
        witnessed = [(w.end(), view.clause_at(w.start())[1]) for w in _PRESENT_BEFORE_RE.finditer(view.text)]

        # states listed after "in" are where, not who ("signed agreements for projects in A, B and C")
        # (not "a new stage in Azerbaijan-China relations": a relation the states have, not a place)
        def located(first) -> bool:
            return bool(_WHERE_LIST_BEFORE_RE.search(view.text, max(0, first.start - 14), first.start)) \
                and not _RELATION_AFTER_RE.match(view.text, first.end)

        where = {(r.start, r.end) for g in coordinated_lists(view, (STATE,)) if located(g[0]) for r in g}
        # and one state after "in" past the instrument ("signed agreements to buy LNG from projects in the US")
        where |= {(r.start, r.end) for r in view.refs if r.kind == STATE and r.start > m.end() and located(r)}
        # not into a second predicate of the subject ("signed contracts … and has approved links with A and B"):
        # what it governs is another act's
        second = _SECOND_PREDICATE_RE.search(view.text, m.end(), clause[1]) \
            or _COMMENT_AFTER_RE.search(view.text, m.end(), clause[1])  # (", a move that dovetails with X's …")
        clause = (clause[0], second.start()) if second else clause
        if "," in view.text:
            # the signing clauses of other subjects, joined to this one's before or after it, are theirs
            # (narrower than _signing_clause, which cuts at any later signing verb, even one that only goes on
            # telling of this instrument: that one is for places, and cost four true parties here)
            signers = list(_ANOTHER_SIGNER_RE.finditer(view.text))
            after = next((a.start() for a in signers if a.start() >= m.end()), len(view.text))
            # (one before only when it follows a signing of its own: not "A's minister, B, and Kenya signed a treaty")
            before = max((a.start() for a in signers if a.end() <= m.start() and _SIGN_RE.search(view.text, 0, a.start())),
                         default=0)
            clause = (max(clause[0], before), min(clause[1], after))
        else:
            before, after = 0, len(view.text)
        refs = [r for r in view.refs if clause[0] <= r.start < clause[1] and ok(r) and (r.start, r.end) not in where]
        if (participle := _PARTICIPLE_CLAUSE_RE.search(view.text, m.end(), clause[1])) is not None \
                and len(unique_keys(r for r in refs if r.start < participle.start())) >= 2:
            # "Qatar agreed a deal to supply India with gas, securing a buyer as supply from the US grows": a
            # participle's clause after the instrument tells of its effect, not of more signers
            refs = [r for r in refs if r.start < participle.start()]
        if len(unique_keys(refs)) < 2:
            # not into a clause after the agreement's own ("…, while officials of A and B looked on"): it tells
            # who else was there; nor, when the agreement's clause names no one, into a subordinate or relative
            # clause after it ("signed long-term contracts …, when a wave of supply from Qatar and the US is due"):
            # it tells of something else
            aside = [(a, b) for a, b in view.clauses if a >= clause[1] and _SUBORDINATE_OPENING_RE.match(view.text, a)]
            refs = [r for r in view.refs if ok(r) and (r.start < clause[1] or not refs) and (r.start, r.end) not in where
                    and not any(a <= r.start < b for a, b in aside) and before <= r.start < after]
        keys = unique_keys(refs)
        if m.end() <= (opened := opener_end(view.text)) and len(keys) > 2:
            # "Under a memorandum signed on March 5, A and B agreed to co-operate on training engineers for C":
            # the instrument's opener is followed by its signers, the subject the clause opens with, not by
            # whom the clause's complements name
            lead = list_after(view, opened + 1, _PARTY_KINDS, max_gap=6)
            if len(lead := unique_keys(lead)) >= 2 and re.match(r"\s+(?:have\s+|has\s+|also\s+|will\s+|jointly\s+)*[a-z]+",
                                                             view.text[max(r.end for r in refs if r.key == lead[-1]):]):
                keys = lead
        states = [k for k in keys if k.startswith("state/")]
        return states if len(states) >= 2 else keys

    def sales(self, view: SentenceView) -> None:
        """A sale of part of a work or of a business told as done ("X sold a 65% interest in the line to A", "A
        bought the unit from X", "X has agreed to sell …"): a contract between the seller and the buyers, unless
        the sentence already told an instrument."""
        text = view.text
        if not any(w in text for w in _SOLD_HINTS) or any(a.sentence == view.index for a in self.facts.agreements):
            return
        for m in [*_STAKE_SOLD_RE.finditer(text), *_STAKE_BOUGHT_RE.finditer(text),
                  *_BUSINESS_SOLD_RE.finditer(text), *_BUSINESS_BOUGHT_RE.finditer(text), *_firms_bought(view)]:
            if cues.hedged_before(text, m.start()) or re.search(r"\b(?:no|not|never)\b[^,;]{0,30}$", text[:m.start()]):
                continue
            other = _buyers_or_sellers(view, m.end())
            subject = [r for r in list_before(view, m.start(), _ACTOR_KINDS) if not r.possessive and r.kind != STATE]
            if not subject and (it := re.search(r"\b(?:it|It)\s+(?:(?:has|had|also|then)\s+)*(?:agreed\s+to\s+)?$",
                                                text[max(0, m.start() - 40):m.start()])) is not None:
                # "In February it agreed to buy …": the firm the sentence, or the one before, is about
                found = self._it(view, m.start() - len(it.group(0)))
                subject = [found] if found is not None and found.kind != STATE else []
            keys = unique_keys([*subject, *other])
            if other and subject and len(keys) >= 2:
                place = _place_near(view, m.start(), len(text))
                buyers = [k for k in unique_keys(other) if k not in unique_keys(subject)]
                if len(buyers) >= 2 and re.search(r"\b(?:stakes|interests|holdings)\b", m.group(0)):
                    # "after selling 10% stakes to A, B and C": a sale to each, who then hold the work together
                    for buyer in buyers:
                        self._create(view, "Contract", unique_keys(subject) + [buyer], m.start(), None, place=place)
                    add_cooperation_pairs(self.pairs, buyers, view.index)
                    return
                self._create(view, "Contract", keys, m.start(), None, place=place)
                return
        for m in _OWNERS_SHARE_BOUGHT_RE.finditer(text):
            if cues.hedged_before(text, m.start()) or re.search(r"\b(?:no|not|never)\b[^,;]{0,30}$", text[:m.start()]):
                continue
            owner = [r for r in view.refs if r.kind in _ACTOR_KINDS and r.kind != STATE and r.possessive
                     and m.start("owner") <= r.start and r.end <= m.end("owner") + 2]
            subject = [r for r in list_before(view, m.start(), _ACTOR_KINDS) if not r.possessive and r.kind != STATE]
            if not subject and _PARTICIPLE_SALE_BEFORE_RE.search(text, max(0, m.start() - 60), m.start()):
                subject = [r for r in self._opening_subject(view, m.start()) if r.kind != STATE]
            keys = unique_keys([*subject, *owner])
            if owner and subject and len(keys) >= 2:
                self._create(view, "Contract", keys, m.start(), None, place=_place_near(view, m.start(), len(text)))
                return

    def _told_unnamed(self, view: SentenceView, kind: str, keys, date) -> Agreement | None:
        """An unnamed instrument of the same parties and kind read in one of the two sentences before, of no
        other date, which a named mention tells again (not "another", "a second", "also")."""
        if _ANOTHER_INSTRUMENT_RE.search(view.text):
            return None
        return next((a for a in reversed(self.facts.agreements)
                     if not a.label and 0 < view.index - a.sentence <= 2 and set(a.parties) == set(keys)
                     and (a.kind == kind or "Agreement" in (a.kind, kind))
                     and (a.date is None or date is None or a.date[:7] == date[:7])), None)

    def _antecedent(self, kind: str, keys: list[str], label: str | None, *, explicit: bool) -> Agreement | None:
        same_kind = [p for p in reversed(self.facts.agreements) if p.kind == kind or kind == "Agreement"]
        for prior in same_kind:
            if label and prior.label and label.lower() != prior.label.lower():
                continue
            if keys and len(keys) >= 2 and not (set(keys) <= set(prior.parties) or set(prior.parties) <= set(keys)
                                                or self._bodies_of_the_states(prior.parties, keys)
                                                or self._some_sides_by_their_bodies(prior.parties, keys)
                                                or prior.parties == self.bodies_named
                                                and self._bodies_of_the_states(keys, prior.parties)
                                                or set(keys) & set(prior.parties)
                                                and set(keys) <= self._parties_and_their_states(prior)):
                continue
            return prior
        if not explicit:  # a definite description refers back even when the sentence names others
            return next((p for p in same_kind if not (label and p.label and label.lower() != p.label.lower())), None)
        return None

    def _create(self, view, kind, keys, pos, label, *, date=None, place=None, subject=(), level_from=None):
        text = view.text
        if date is None:
            date = _date_near(view, self.reference, 0, len(text), pos)
        if place is None:
            place = _place_near(view, *_signing_clause(text, pos))
        if label and (told := self._told_unnamed(view, kind, keys, date)) is not None:
            # "A and B have signed what they call a green economy agreement. The A-B Green Economy Agreement was
            # signed in Canberra on Tuesday": the instrument told a sentence before, now named, dated and placed
            told.label, told.date, told.place = label, _refined(told.date, date) or date, place or told.place
            told.kind = kind if told.kind == "Agreement" else told.kind
            return
        keys = self._signed_for(view, keys)
        if len(told := [k for k in keys if not _only_the_sayer(view, k)]) >= 2:
            keys = told  # ("…, the Ministry of Hydrocarbons and Energy announced": who tells of it signed nothing)
        establishes = None
        lv = level_regex().search(text, level_from, min(len(text), level_from + 90)) if level_from else None
        if lv:
            level = level_label(lv.group("level"))
            establishes = next((i for i, p in enumerate(self.facts.partnerships)
                                if p.level == level and set(p.partners) <= set(keys)), None)
        self.facts.agreements.append(Agreement(kind, tuple(keys), view.index, date=date, place=place, label=label,
                                               establishes=establishes))
        self.subjects[len(self.facts.agreements) - 1] = list(subject)
        self.pending = None
        # "a defence agreement": the topic may precede the noun; it ends with the noun's own phrase (not
        # "…, including a memorandum on energy, and jointly inaugurated a hospital")
        stop = re.search(r"[;.]|,\s+and\s+(?!the\b)[a-z]+", text[pos:pos + 160])
        topic = text[max(0, pos - 25):pos + (stop.start() if stop else 160)]
        on_energy = not _off_energy(topic)
        self.created.append((self.facts.agreements[-1], pos, on_energy))
        if len(keys) >= 2 and on_energy:
            add_cooperation_pairs(self.pairs, keys, view.index)

    def widen_by_parse(self) -> None:
        """Give an instrument the parties the parse adds to those the rules read ("the EU and the five Central Asian
        states, A, B, C, D and E, adopted …": the rules keep the list nearest the verb): only where the parse names
        every party the rules found, and only for a sentence's one instrument (where a sentence tells several, the
        rules have shared its names out among them)."""
        from epkg.graph.extract.grammar import read_agreement_parties

        told = Counter(a.sentence for a in self.facts.agreements)
        # (a sentence that names no actor beyond the parties read is not parsed: there is nothing to add)
        asked = [(a, pos, on_energy) for a, pos, on_energy in self.created
                 if told[a.sentence] == 1
                 and any(r.key not in a.parties for r in self.ctx.views[a.sentence].refs if r.kind in _PARTY_KINDS)]
        if not asked:
            return
        found = read_agreement_parties(self.ctx, [(a.sentence, pos) for a, pos, _ in asked])
        for (a, _, on_energy), keys in zip(asked, found):
            if set(a.parties) < set(keys):
                a.parties = (*a.parties, *(k for k in keys if k not in a.parties))
                if on_energy:
                    add_cooperation_pairs(self.pairs, a.parties, a.sentence)


# A work that joins two places or sides, right before "between": the sides are its ends, not the instrument's parties
_LINK_BEFORE_BETWEEN_RE = re.compile(r"\b(?:lines?|pipelines?|interconnectors?|interconnections?|cables?|links?|"
                                     r"corridors?|connections?|borders?)\s+(?:between|among|amongst)\s+(?:the\s+)?$")


# The companions of a subject set off after it: "The EBRD, together with A and B, signed …"
_JOINED_SUBJECT_RE = re.compile(r"\s*,\s+(?:together\s+with|along\s+with|jointly\s+with)\s+(?:the\s+)?$")
# An instrument signed on the occasion of the one read before ("signed alongside the SPA", "at the same time")
_ALONGSIDE_SIGNED_RE = re.compile(r"\s*(?:,\s*)?(?:also\s+)?(?:signed|concluded|inked)\s+(?:alongside|at\s+the\s+same\s+"
                                  r"(?:time|ceremony|event)|on\s+the\s+same\s+(?:day|occasion))\b")
# What makes an agreement a sale's or a supply's contract, right after its noun ("an agreement to supply LNG to B",
# "agreements with B, under which B will buy LNG")
# ("signed a 15-year agreement on Tuesday to supply LNG to B": the day it was signed may stand between)
_SALE_AFTER_RE = re.compile(r"(?:\s+\([^()]{1,20}\))?(?:\s+(?:on|in|last|this)\s+(?:[A-Z][a-z]+|week|month|year)(?:\s+\d{1,2})?)?"
                            r"(?:\s+with\s+(?:[^,.;()]|\([^()]{1,20}\)){1,80}?)?,?\s+"
                            r"(?:to\s+(?:jointly\s+)?|under\s+which\s+(?:[^,.;()]|\([^()]*\)){1,60}?\s+(?:will|would|is\s+to|are\s+to)\s+"
                            r"(?:\w+\s+)?)(?:supply|buy|sell|purchase|import|export|ship|"
                            # (a fuel or an amount delivered, not "to deliver new renewable capacity": a framework)
                            r"deliver(?=\s+(?:up\s+to\s+|about\s+|around\s+)?(?:\d|LNG|gas|oil|crude|electricity|"
                            r"power|cargo|uranium|coal|ammonia|hydrogen|diesel|fuel)))\b")
# Words that make instruments a loan's, whose lenders sign one together (searched in the words just before the
# instrument's noun and the noun), and names that say a lender's ("… Bank", "BNP Paribas", "Barclays")
_LENDING_MODS_RE = re.compile(r"\b(?:financing|finance|loan|credit|facility|lending)\b(?=[^,;.]*$)", re.IGNORECASE)
_LENDER_NAME_RE = re.compile(r"\b(?:Bank|Banco|Banque|Bancorp|Paribas|Barclays|HSBC|Citi\w*|Natixis|Santander|"
                             r"Finance|Financial|Credit|Crédit|Fund|Exim|JBIC|Société\s+Générale)\b")


# ---------------------------------------------------------------------- cooperation

# "The loop links the grids of all four countries", "connecting the power systems of A, B and C": the
# states whose grids a line joins, each with each
_LINKS_GRIDS_RE = re.compile(r"\b(?:links?|linked|linking|connects?|connected|connecting|interconnects?|interconnected|"
                             r"interconnecting|joins|joined|joining|integrates?|integrated|integrating)\s+(?:the\s+)?"
                             r"(?:(?:national|power|electricity|electric|transmission|gas)\s+)?(?:grids|networks|"
                             r"systems|markets)\s+of\s+(?:the\s+)?")


# "X also counts A, B and C among QatarEnergy's international partners", "includes A and B among its shareholders"
_COUNTED_AMONG_RE = re.compile(r"\b(?:counts?|counted|includes?|included|numbers?|numbered)\s+(?P<list>[^.;:]{2,160}?)\s+"
                               r"among\s+(?:(?P<its>its|their)|(?P<owner>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})['’]s?)"
                               r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:partners|shareholders|co-investors|co-venturers|investors|"
                               r"co-owners)\b")


def _counted_among_partners(view: SentenceView, pairs: dict) -> None:
    """"North Field East counts A, B and C among QatarEnergy's partners": the listed firms work with the one whose
    partners they are (the work's own holder, named by its possessive, or by "its" the clause's subject)."""
    text = view.text
    for m in _COUNTED_AMONG_RE.finditer(text) if "among" in text else ():
        if cues.hedged_before(text, m.start()) or cues.hedged_clause(text[:m.start()]):
            continue
        listed = unique_keys(r for r in list_before(view, m.end("list"), _PARTY_KINDS, max_gap=4)
                             if r.start >= m.start("list"))
        if m.group("owner"):
            owner = [r.key for r in view.refs if r.start == m.start("owner") and r.end == m.end("owner")
                     and r.kind in _PARTY_KINDS]
        else:
            owner = unique_keys(r for r in list_before(view, m.start(), _PARTY_KINDS, max_gap=12))
        keys = list(dict.fromkeys(owner[-1:] + listed)) if owner else []
        if len(keys) >= 2:
            add_cooperation_pairs(pairs, keys, view.index)


def _linked_grids(view: SentenceView, pairs: dict) -> None:
    if "grid" not in view.text and "network" not in view.text and "system" not in view.text \
            and "market" not in view.text:
        return
    for m in _LINKS_GRIDS_RE.finditer(view.text):
        if cues.hedged_before(view.text, m.start()) or cues.hedged_clause(view.text[:m.start()]):
            continue  # "is meant to connect the grids of …", "could in future become part of a corridor linking …"
        states = unique_keys(r for r in list_after(view, m.end(), (STATE,), max_gap=6, asides=True))
        if len(states) >= 2:
            add_cooperation_pairs(pairs, states, view.index)


_ACTOR_KINDS = (STATE, INTERNATIONAL_ORGANIZATION, "Company", GOVERNMENT_BODY, ORGANIZATION)
_COOPERATION = triggers("cooperation")
# "<cue> with A, B and C": the subject cooperates with each of them ("keep working with" too).
_WITH_RE = re.compile(
    rf"\b(?:{_COOPERATION.pattern('with_cue_verbs')}|{_COOPERATION.pattern('with_cue_nouns')}|"
    rf"{_COOPERATION.pattern('joint_words')}|{_COOPERATION.pattern('continuing_verbs')}\s+(?:to\s+)?work(?:ing)?)"
    r"\s+with\s+(?:the\s+)?",
    re.IGNORECASE)
# A possessive pronoun owning the cue noun ("our partnership with", "their cooperation with")
_OWNED_BY_PRONOUN_RE = re.compile(r"\b(?:our|their|my)\s+(?:[a-z-]+\s+){0,2}\w", re.IGNORECASE)
_CONTINUING_RE = re.compile(rf"{_COOPERATION.pattern('continuing_verbs')}\s", re.IGNORECASE)
_AGREED_WITH_RE = re.compile(r"\bagree(?:d|s)?\s+with\s+(?:the\s+)?", re.IGNORECASE)
# "agreed with B" in the past, and what was agreed: a verb ("to extend", "in 2014 to finance"), not an opinion
_AGREED_TO_RE = re.compile(r"\b(?:had\s+|has\s+|have\s+)?agreed\s+with\s+(?:the\s+)?")
_TO_VERB_RE = re.compile(r"\)?(?:\s*\([^)]{1,20}\))?(?:\s+(?:in|on)\s+[\w ,]{3,25}?)?\s+to\s+(?:jointly\s+)?[a-z]{3,}\b")
_GOVERNMENT_OF_RE = re.compile(r"(?:governments?|authorities|administration)\s+of\s+", re.IGNORECASE)
# "operated by A with B, C and D as partners", "A, with B and C as co-owners": one group
_AS_PARTNERS_RE = re.compile(r"\)?\s+as\s+(?:its\s+|their\s+|(?:junior|minority|equity)\s+)?(?:partners|co-?venturers|"
                             r"co-?owners|shareholders)\b")
_CHOSE_RE = re.compile(rf"\b{_COOPERATION.pattern('choosing_forms')}\s+(?:the\s+)?")
# "X joins A, B and C as partners", "…, joining the oil companies A, B and C, which were selected as partners":
# the one who joins works with each of those already in
_JOINING_RE = re.compile(r"\bjoin(?:s|ed|ing)?\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,4}?(?=[A-Z])")
_SELECTED_PARTNERS_RE = re.compile(r"\)?,?\s+(?:which|who)\s+(?:were|are|had\s+been|have\s+been)\s+(?:\w+\s+){0,2}?"
                                   r"(?:as\s+)?(?:partners|shareholders)\b")
# "teamed up with A, B and C in Southern Energy S.A., a consortium …": all of them in one venture
_IN_VENTURE_RE = re.compile(r"\)?\s+(?:in|through|via)\s+(?:(?:a|an|the|their|its)\s+(?:[\w.&'’-]+\s+){0,4}?"
                            r"(?:consortium|joint\s+venture|venture)\b|(?:[A-Z][\w.&'’-]*\s+){0,5}[A-Z][\w.&'’-]*,?\s+"
                            r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:consortium|joint\s+venture|venture)\b)")
# A membership the sentence states before "together with": the companions share it, not a work
_MEMBERSHIP_BEFORE_RE = re.compile(r"\b(?:joined|(?:founding\s+|full\s+)?members?\s+(?:of|in)|contracting\s+part(?:y|ies)|"
                                   r"partners\s+in\s+(?=[A-Z])|"
                                   r"part(?:y|ies)\s+to|belongs?\s+to|observers?\s+(?:of|in|at|to)|admitted\s+to)\b",
                                   re.IGNORECASE)
def _members_together(text: str, m) -> bool:
    """Whether the joint words *m* tell who joined a body together, not who works together: "Egypt joined BRICS
    in 2024, together with Iran", "Egypt, together with Ethiopia and Iran, officially joined BRICS"."""
    before = _MEMBERSHIP_BEFORE_RE.search(text, 0, m.start())
    if before is not None and not re.search(r"[;:]", text[before.end():m.start()]) \
            and not _WORK_VERB_RE.search(text, before.end(), m.start()):
        return True
    after = _MEMBERSHIP_BEFORE_RE.search(text, m.end(), m.end() + 120)
    return after is not None and after.group(0).lower().startswith(("joined", "admitted")) \
        and not re.search(r"[;:]", text[m.end():after.start()]) and not _WORK_VERB_RE.search(text, m.end(), after.start())


# "The document was signed at a ceremony in Islamabad by …", "Both documents were signed by …"
# ("The addendum was signed between PAEC and CNNC": the instrument named again by its noun, the signers after
# "between")
# ("The tripartite power sales agreement was signed in Kathmandu by …": plain words may say which one)
_DOCUMENT_SIGNED_BY_RE = re.compile(r"\b(?:[Tt]he|[Bb]oth|[Tt]hese)\s+(?:two\s+)?(?P<phrase>(?:[a-z][a-z-]*\s+){0,4}?"
                                    r"(?:documents?|agreements?|contracts?|deals?|"
                                    r"memorand(?:um|a|ums)|MoUs?|MOUs?|LOIs?|LoIs?|letters?(?:\s+of\s+intent)?|addend(?:um|a|ums)|accords?|"
                                    r"protocols?))\s+"
                                    r"(?:was|were|had\s+been|have\s+been)\s+"
                                    r"(?:also\s+)?signed\s+(?:[^.;:]{0,60}?\s)?(?:by|between)\s+(?:the\s+)?")
# An aside that names the parent of the firm before it: ", the generation arm of ", ", wholly owned by the "
_PARENT_ASIDE_RE = re.compile(rf"(?:{_UNIT_OF}|,\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,3}}?parent\s+of|"
                              rf"(?:wholly|majority|partly|fully)[\s-]+owned\s+by){_PARENT_NAMED}")
# Being there, not working: "Attending the session were …", "present were …", "accompanied by …"
_PRESENT_BEFORE_RE = re.compile(r"\b(?:[Aa]ttend(?:ed|ing|ees?)|[Pp]resent\s+(?:were|was|at)|[Aa]ccompanied\s+by|"
                                r"[Ww]itnessed\s+by|[Ii]n\s+the\s+presence\s+of|"
                                r"[Aa]mong\s+(?:the\s+)?(?:guests|invitees|attendees|dignitaries))\b")
# Who a gathering brought together ("The meeting brought together the ministers of A, …, together with B"): present
# together, no joint work
_GATHERED_BEFORE_RE = re.compile(r"\b(?:brought|brings|bringing|bring)\s+together\b|\b(?:gathered|gathers|convened|"
                                 r"convenes)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:ministers|leaders|officials|heads|"
                                 r"representatives|delegations|delegates)\b")
# Where the signers named after "by" end: those present, the next clause or sentence
_SIGNERS_END_RE = re.compile(rf"{_PRESENT_BEFORE_RE.pattern}|[;:]|\.(?:\s|$)|,\s+(?:and\s+)?(?:which|while|who)\b|"
                             r",\s+according\s+to\b")
_WORK_VERB_RE = re.compile(r"\b(?:build|develop|construct|operat|financ|fund|sign|implement|lay|install|run|"
                           r"invest|supply|explor|produc)\w*", re.IGNORECASE)
# "A, B and C will prepare the application jointly", "A and B are jointly developing it": a joint word with no
# "with" after it, in the clause of a coordinated subject and of a verb of work
# ("A and B have produced fuel at their joint plant": what they do at a work of both)
_JOINT_ALONE_RE = re.compile(r"\b(?:jointly|together)\b(?!\s+with\b)|\btheir\s+joint\b", re.IGNORECASE)
_JOINT_WORK_VERB_RE = re.compile(rf"{_WORK_VERB_RE.pattern}|\b(?:prepar|submit|apply|appli|stud|organi[sz]|conduct|launch|"
                                 r"host|manag|coordinat|design)\w*", re.IGNORECASE)  # ("together organized the tender")


def _joint_subjects(view: SentenceView, pairs: dict) -> None:
    text = view.text
    for m in _JOINT_ALONE_RE.finditer(text):
        lo, hi = view.clause_at(m.start())
        if cues.hedged_before(text, m.start()) or cues.hedged_clause(text[lo:hi]) or _members_together(text, m) \
                or _PARTING_RE.search(text, lo, hi) or _NON_ENERGY_RE.search(text, lo, hi):
            continue
        groups = [g for g in coordinated_lists(view, _ACTOR_KINDS) if lo <= g[0].start and g[-1].end <= m.start()
                  and len(unique_keys(g)) >= 2 and not view.refs_between(g[-1].end + 1, m.start())]
        if not groups:
            continue
        group = groups[-1]
        verb = _JOINT_WORK_VERB_RE.search(text, group[-1].end, min(hi, m.end() + 40))
        if verb is None or re.search(r"[,;:]", text[group[-1].end:min(verb.start(), m.start())]):
            continue  # ("A and B, together with …" is read with its "with"; "A and B together hold 60%": no work)
        add_cooperation_pairs(pairs, unique_keys(group), view.index)


# What a coordinated subject decides or wins together, right after it ("A and B on Tuesday took the final
# investment decision", "A and B secured the Saikai site"): each of them with each
_AUX_AFTER_SUBJECT = r"\)?(?:\s*\([^()]{1,20}\))?(?:\s+(?:on|last|this|in)\s+[A-Z0-9]\w*)?(?:\s+(?:have|has|had|jointly|also|now|finally))*\s+"
_DECIDED_TOGETHER_RE = re.compile(
    rf"{_AUX_AFTER_SUBJECT}(?:(?:{_COOPERATION.pattern('decision_forms')})\s+(?:the|a|their)\s+"
    rf"(?:{_COOPERATION.pattern('decision_phrases')})\b|"
    rf"(?:{_COOPERATION.pattern('winning_forms')})\s+(?:the|a|an|their)\s+(?:[\w'’-]+\s+){{0,5}}?"
    rf"(?:{_COOPERATION.pattern('won_objects')})\b)", re.IGNORECASE)


# (the last word of each form: "were awarded" needs "awarded", and the decision's own noun)
_DECIDED_HINTS = ("decision", "fid") + tuple(sorted({f.split()[-1] for f in _COOPERATION.lists["winning_forms"]}))


def _decided_together(view: SentenceView, pairs: dict) -> None:
    """"A and B have taken the final investment decision on X", "A and B secured the site off Y": the
    coordinated firms (and bodies) that decide or win one thing together work together."""
    for group in coordinated_lists(view, _ACTOR_KINDS):
        keys = [k for k in unique_keys(group) if not k.startswith("state/")]
        if len(keys) < 2 or len(keys) != len(unique_keys(group)):
            continue
        m = _DECIDED_TOGETHER_RE.match(view.text, group[-1].end)
        if m is not None and not cues.hedged_before(view.text, group[0].start):
            add_cooperation_pairs(pairs, keys, view.index)


_FUEL = rf"(?:[\w-]+\s+){{0,5}}?(?:{_COOPERATION.pattern('fuels')})"
_FUEL_HINTS = _COOPERATION.hints("fuels")
# "A supplies gas to B", "A began exporting LNG to B": the seller before, the buyer after "to"
# ("A resumed electricity exports to B": a supply noun after a verb that starts or keeps it up)
_SUPPLIES_RE = re.compile(rf"\b(?:(?:{_COOPERATION.pattern('supply_forms')})\s+{_FUEL}|"
                          rf"(?:{_COOPERATION.pattern('supply_start_forms')})\s+(?:its\s+|their\s+)?{_FUEL}\s+"
                          rf"(?:{_COOPERATION.pattern('supply_nouns')}))\b[^.;:]{{0,40}}?\s(?:to|into)\s+(?:the\s+)?")
_BUYS_FROM_RE = re.compile(rf"\b(?:{_COOPERATION.pattern('buy_forms')})\s+(?:{_FUEL}|it|them)\b[^.;:]{{0,40}}?"
                          r"\sfrom\s+(?:the\s+)?", re.IGNORECASE)
# "Azerbaijani gas began flowing to Syria", "Turkmen gas exports to China": the fuel's state and the buyer
_FUEL_FLOWS_RE = re.compile(rf"\b(?P<fuel>(?:natural\s+)?(?:{_COOPERATION.pattern('fuels')}))\s+"
                            rf"(?:(?:{_COOPERATION.pattern('flow_forms')})|(?:{_COOPERATION.pattern('supply_nouns')}))"
                            r"\b[^.;:]{0,30}?\s(?:to|into)\s+(?:the\s+)?", re.IGNORECASE)


# "the pipeline has carried Bolivian gas to Brazil since 1999": a work's verb of carrying, the fuel's state and the buyer
_FUEL_CARRIED_RE = re.compile(r"\b(?:carr(?:y|ies|ied)|deliver(?:s|ed)?|transport(?:s|ed)?|ship(?:s|ped)?|pump(?:s|ed)?|"
                              r"brings?|brought|sends?|sent)\s+[A-Z][\w-]*\s+"
                              rf"(?P<fuel>(?:natural\s+)?(?:{_COOPERATION.pattern('fuels')}))\s+(?:to|into)\s+(?:the\s+)?")


# "Morocco already trades electricity with Spain": a trade both ways with one partner ties the two (not a market of
# several: "Britain trades power with France, the Netherlands, Belgium and Norway")
_TRADES_WITH_RE = re.compile(rf"\b(?:{_COOPERATION.pattern('trade_forms')})\s+{_FUEL}\s+with\s+(?:the\s+)?")


_PERCENT_WORD_RE = re.compile(r"%|\bper\s*cent\b|\bpercent\b|\bstakes?\b|\bshares\b|\bequity\b", re.IGNORECASE)
_OPEN_LIST_AFTER_RE = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as)\s+(?:several|many|other|a\s+number\s+of|various|some|"
                                 r"a\s+dozen|more\s+than)\b")


# (the words "with the Government of Sri Lanka" skips, here ending at the state)
_GOVERNMENT_BEFORE_RE = re.compile(rf"\b{_GOVERNMENT_OF_RE.pattern}(?:the\s+)?$", re.IGNORECASE)
_GOVERNMENT_AFTER_RE = re.compile(r"(?:['’]s)?\s+(?:[Gg]overnment|authorities)\b")


def _as_government(view: SentenceView, r) -> bool:
    """Whether the state at *r* is named as its government ("the Government of Uzbekistan", "the Kenyan
    government", "Uzbekistan's government")."""
    return bool(_GOVERNMENT_BEFORE_RE.search(view.text, max(0, r.start - 20), r.start)
                or _GOVERNMENT_AFTER_RE.match(view.text, r.end))


def _supplied(view: SentenceView, ctx: DocumentContext, pairs: dict) -> None:
    """"A supplies gas to B", "Azerbaijani gas began flowing to Syria via Türkiye", "Turkmen gas exports to
    China": the seller and the buyer of energy work together (not the state it passes through); a firm that
    sells to a state, or buys from one, trades for its own state ("EEP exports electricity to Djibouti")."""
    text = view.text

    def trade(a: str, b: str) -> None:
        if a.startswith("state/") != b.startswith("state/"):
            firm = b if a.startswith("state/") else a
            home = ctx.facts.entities[firm].country if firm in ctx.facts.entities else None
            if not home:
                return
            a, b = (f"state/{home}", b) if firm == a else (a, f"state/{home}")
        if a != b:
            add_cooperation_pairs(pairs, [a, b], view.index)

    def hedged(m) -> bool:
        return cues.hedged_before(text, m.start()) or cues.hedged_clause(text[view.clause_at(m.start())[0]:m.start()])

    for m in _SUPPLIES_RE.finditer(text):
        if hedged(m):
            continue
        # (the seller right before the verb, perhaps with an auxiliary: not "on organising supplies of gas to B")
        sellers = unique_keys(list_before(view, m.start(), _ACTOR_KINDS, max_gap=12))
        listed = list_after(view, m.end(), _ACTOR_KINDS, max_gap=4)
        if listed and _OPEN_LIST_AFTER_RE.match(text, listed[-1].end):
            continue  # "exports gas to Türkiye, Georgia and several other European countries": its markets, listed
        buyers = unique_keys(listed)
        for buyer in buyers if len(sellers) == 1 else ():  # ("sells electricity to Djibouti, Kenya and Sudan")
            trade(sellers[0], buyer)
    for m in _BUYS_FROM_RE.finditer(text):
        before = list_before(view, m.start(), _ACTOR_KINDS, max_gap=12)
        buyers = unique_keys(before)
        # (a firm or body that sells, not a state a firm's fuel comes from: "X buys LNG from the United States";
        # but a state that buys from a state trades with it: "Thailand buys electricity from Laos")
        state_buyer = any(r.kind == STATE for r in before)
        sellers = unique_keys(r for r in list_after(view, m.end(), _ACTOR_KINDS, max_gap=4)
                              if r.kind != STATE or state_buyer)
        # ("imported most of its electricity from Vietnam and Thailand": from each of them)
        for seller in sellers if len(buyers) == 1 and not hedged(m) else ():
            trade(buyers[0], seller)
    for m in _TRADES_WITH_RE.finditer(text):
        traders = unique_keys(list_before(view, m.start(), _ACTOR_KINDS, max_gap=24))
        others = unique_keys(list_after(view, m.end(), _ACTOR_KINDS, max_gap=4))
        if len(traders) == 1 and len(others) == 1 and others[0] != traders[0] and not hedged(m):
            add_cooperation_pairs(pairs, [traders[0], others[0]], view.index)
    for m in [*_FUEL_FLOWS_RE.finditer(text), *_FUEL_CARRIED_RE.finditer(text)]:
        if hedged(m):
            continue
        origin = [r for r in view.refs if r.kind == STATE and r.how == "demonym" and 0 <= m.start("fuel") - r.end <= 2]
        buyers = unique_keys(list_after(view, m.end(), (STATE,), max_gap=4))
        if origin and buyers and origin[0].key != buyers[0]:
            add_cooperation_pairs(pairs, [origin[0].key, buyers[0]], view.index)


_JOINT_RE = re.compile(rf"(?:{_COOPERATION.pattern('joint_words')}|join\w*\s+forces)\b", re.IGNORECASE)
_PLURAL_WORK_RE = re.compile(r"\b(?:projects|plants|programmes|programs|initiatives|schemes|deals|ventures)\b",
                             re.IGNORECASE)
_PARTING_RE = re.compile(r"\b(?:withdr[ae]w\w*|withdrawal|exit(?:ed|ing|s)?|quit|pull(?:ed|ing|s)?\s+out|"
                         r"denounc\w+)\b", re.IGNORECASE)
# "Italy left the Treaty", "withdrew from the Energy Charter Treaty": who leaves an instrument (the parting words,
# and "left", which only an instrument after it makes one)
_LEFT_INSTRUMENT_RE = re.compile(rf"(?:{_PARTING_RE.pattern}|\b(?:left|leaves|leaving))\s+(?:from\s+|of\s+)?"
                                 r"(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# "<cue> between A and B", "owned by A and B", "joint venture in which A and B …": all pairs.
_AMONG_RE = re.compile(
    r"\b(?:(?:cooperation|collaboration|partnership|interconnector|interconnection|link|cable|pipeline|"
    r"power\s+trade|electricity\s+trade|joint\s+venture|consortium)\s+(?:\w+\s+){0,3}?between|"
    # ("owned in equal 20 percent stakes by")
    r"(?:(?:jointly|equally)\s+|co-?)?(?:owned|sponsored)\s+(?:(?:jointly|equally|in\s+equal\s+(?:[\w.-]+\s+){0,3}?"
    r"(?:parts|shares|stakes))\s+)?by|"
    # ("Petronet LNG is promoted by four state-owned companies: A, B, C and D": its founding holders)
    r"(?:(?:jointly|equally)\s+)?promoted\s+by|"
    r"joint\s+venture\s+(?:in\s+which|of|formed\s+by)|"
    r"feasibility\s+study\s+by|(?:work|study|studies)\s+by|"
    # ("the remaining 60 percent is split equally between A, B and C": co-holders of a work)
    r"(?<=\s)(?:split|divided|shared)\s+(?:equally\s+|evenly\s+)?between)\s+(?:the\s+)?", re.IGNORECASE)
# "owned by three firms: A, B and C": the holders counted, then named after a colon
_COUNTED_HOLDERS_RE = re.compile(r"\s*(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:compan(?:y|ies)|firms|groups|partners|shareholders|"
                                 r"investors|utilities|banks|entities|corporations)\s*:\s*(?:the\s+)?")
# "A and B cooperate", "A, B and C signed …" are handled with agreements; "X with two partners, A and B".
# ("the company's Stabroek co-venturers Hess and CNOOC": the partners in a named asset, of the firm just named)
_ITS_PARTNER_NAMED_RE = re.compile(r"\b(?:its|their|the\s+company['’]s)\s+(?:[A-Z][\w-]*\s+(?:\d[\w-]*\s+)?)?"
                                   r"(?:(?:long-?time|long-?standing|joint\s+venture|main|local)\s+)?"
                                   r"(?:partners?|co-?venturers?)\s+(?:the\s+)?(?=[A-Z])")
_PARTNERS_RE = re.compile(r"\b(?:(?P<owner>its|their)\s+|(?:with|and)\s+(?:\w+\s+)?)partners?\s*"
                          r"(?:are|include[sd]?|including|such\s+as|,|:)\s*", re.IGNORECASE)
# An agreement about something else than energy (the trigger table's off-topic words, and the two
# treaty kinds named by a phrase: status-of-forces and legal-status conventions).
_NON_ENERGY_RE = re.compile(r"\b(?:" + "|".join(
    sorted(map(re.escape, _COOPERATION.off_topic)) +
    sorted(r"\s+".join(map(re.escape, p.split())) for p in _COOPERATION.off_topic_phrases)) + r")\b",
    re.IGNORECASE)
_GENERAL_TOPIC_RE = re.compile(r"\b(?:" + "|".join(
    sorted(r"\s+".join(map(re.escape, p.split())) for p in _COOPERATION.general_topic_phrases)) + r")\b",
    re.IGNORECASE)
_ENERGY_WORD_RE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _COOPERATION.energy_words))) + r")\b",
                             re.IGNORECASE)


def _off_energy(topic: str) -> bool:
    """Whether an instrument's words say it is about something else than energy: an off-topic subject
    ("a defence agreement"), or a kind of instrument about trade or transport at large with no energy word
    beside it ("a memorandum on an economic corridor").

    Examples
    --------
    >>> _off_energy("signed a free trade agreement"), _off_energy("signed a free trade and energy agreement")
    (True, False)
    """
    return bool(_NON_ENERGY_RE.search(topic)) or bool(_GENERAL_TOPIC_RE.search(topic)) \
        and not _ENERGY_WORD_RE.search(topic)


_RELATIVE_START_RE = re.compile(r"\s*(?:which|who)\s")
# A sentence or clause whose subject is "It" or "They": its actor is the one the sentence before named first.
_IT_OPENS_RE = re.compile(r"\s*(?:It|They)\s")
_PRONOUN_SUBJECT_RE = re.compile(r"\W*(?:(?:where|when|while|as|and|but|since|after)\s+)?(?:it|they)\s+(?!is\b|are\b|was\b|were\b)")
_WE_SUBJECT_RE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Ii])\b")
_WE_AFTER_RE = re.compile(r"\)?\s*,?\s*(?:we|I)\b")


_AGENT_BEFORE_WITH_RE = re.compile(r"\b(?:developed|built|constructed|operated|implemented|financed|owned|run)\s+"
                                   r"(?:jointly\s+)?by\s+(?:the\s+)?")


_MONEY_AFTER_RE = re.compile(r"['’]?s?\s+(?:financing|funding|funds|loans?|credits?|money|backing|support|grants?)\b")
_WITH_AFTER_AGENT_RE = re.compile(r"\)?(?:\s*\([^()]{1,15}\))?\s+with\s+(?:the\s+)?")


def _agent_with(view: SentenceView, pairs: dict) -> None:
    """"Noor Ouarzazate, developed by the Moroccan Agency for Sustainable Energy (Masen) with Saudi Arabia's ACWA
    Power": the agent of a passive work and the one it did it with work together."""
    text = view.text
    for m in _AGENT_BEFORE_WITH_RE.finditer(text):
        agents = unique_keys(list_after(view, m.end(), _ACTOR_KINDS, max_gap=4))
        last = next((r for r in reversed(view.refs) if r.key in agents and r.start >= m.end()), None)
        if len(agents) != 1 or last is None or (w := _WITH_AFTER_AGENT_RE.match(text, last.end)) is None \
                or cues.hedged_before(text, m.start()):
            continue
        others = list_after(view, w.end(), _ACTOR_KINDS, max_gap=4)
        if others and _MONEY_AFTER_RE.match(text, others[-1].end):
            continue  # "built by A with Exim Bank financing": the lender's money, not a partner in the work
        for other in unique_keys(others):
            if other != agents[0]:
                add_cooperation_pairs(pairs, [agents[0], other], view.index)


def _with_subject(view: SentenceView, m, listed: list) -> str | None:
    """Who works "together with" the ones listed, where the clause's first name is not it: the subject after a
    sentence-opening "Together with A, …" ("Together with Norfund, the company owns …"), or the agent of a
    passive before it ("developed by A, a Thai company, together with B")."""
    text = view.text
    if listed and OPENING_PARTNER_RE.match(text) and m.start() < 12:
        comma = text.find(",", listed[-1].end)
        while comma >= 0 and any(r.start <= comma < r.end for r in view.refs):
            comma = text.find(",", comma + 1)
        if comma >= 0:
            # past the apposition that describes the partner ("Together with Norfund, the Norwegian fund …, the
            # company"): the subject is the first actor after the last comma before the verb
            after = [r for r in view.refs if r.start > comma and r.free and not r.possessive and r.kind in _ACTOR_KINDS
                     and r.key not in {x.key for x in listed}]
            return after[0].key if after else None
    agent = _AGENT_BEFORE_WITH_RE.search(text, max(0, m.start() - 120), m.start())
    if agent is not None and not _NEXT_CLAUSE_RE.search(text, agent.end(), m.start()):
        # (not the agent of a clause before another's: "… developed by A, and the Bank is working with B")
        first = next((r for r in view.refs if r.start == agent.end() and r.kind in _ACTOR_KINDS), None)
        if first is not None and first.possessive:  # "developed by the UAE's Masdar, together with B": Masdar
            first = next((r for r in view.refs if r.start > first.end and r.kind in _ACTOR_KINDS), None)
        if first is not None and re.fullmatch(r"[^;:]*", text[first.end:m.start()]):
            return first.key
    return None


def _clause_subject(view: SentenceView, ctx: DocumentContext, pos: int) -> str | None:
    """The actor a clause is about: its first free actor before *pos*, else the focus state."""
    clause = view.clause_at(pos)
    if (rel := RELATIVE_GAP_RE.search(view.text, max(0, pos - 160), pos)) is not None:
        # "YPF, which is controlled by the Argentine government, already partners with": the name the clause
        # describes, not one inside it
        described = [r for r in view.refs if r.end <= rel.start() and r.kind in _ACTOR_KINDS and not r.possessive]
        if described and re.fullmatch(r"\)?(?:\s*\([^()]{1,20}\))?\s*", view.text[described[-1].end:rel.start()]):
            return described[-1].key
    def candidates(start):
        return (r for r in view.refs if start <= r.start < pos and (r.free or r.how == "person")
                and not r.possessive and r.kind in _ACTOR_KINDS)
    # "On the Canadian side of the border, Hydro-Québec is building …": the subject after an opening adverbial
    opener = opener_end(view.text) if clause[0] == 0 else -1
    first = next(candidates(opener + 1), None) if opener > 0 else None
    first = first or next(candidates(clause[0]), None)
    if first is not None:
        return first.key
    if _RELATIVE_START_RE.match(view.text, clause[0]):
        # "the ASEAN Centre for Energy (ACE), which cooperated with the IEA": the name the clause describes
        before = [r for r in view.refs if r.end <= clause[0] and r.kind in _ACTOR_KINDS and not r.possessive]
        if re.match(r"\s*(?:which|that)\s+it\b", view.text[clause[0]:]):
            # "Pakistan is pursuing the TAPI pipeline, which it is developing jointly with A, B and C": "it" is the
            # actor the sentence opened with
            lead = next((r for r in view.refs if r.end <= clause[0] and r.free and not r.possessive
                         and r.kind in _ACTOR_KINDS), None)
            return lead.key if lead is not None else None
        if before and re.fullmatch(r"\)?(?:\s*\([^()]{1,20}\))?\s*,?\s*", view.text[before[-1].end:clause[0]]):
            return before[-1].key
        return None
    if _WE_SUBJECT_RE.search(view.text, clause[0], pos):
        return None  # "We work with A": whose "we" is, the sentence does not say
    if _PRONOUN_SUBJECT_RE.match(view.text, clause[0]) and clause[0] > 0:
        # "For TotalEnergies the deal adds to Venus, where it works with A": "it" is the actor the sentence opened with
        lead = next((r for r in view.refs if r.end <= clause[0] and r.free and not r.possessive
                     and r.kind in _ACTOR_KINDS and r.kind != STATE), None)
        if lead is not None:
            return lead.key
    if re.match(r"\s*(?:It|They|The\s+company|The\s+group)\b", view.text[clause[0]:]) and view.index > 0:
        prev = ctx.views[view.index - 1] if view.index - 1 < len(ctx.views) else None
        lead = next((r for r in prev.refs if r.free and r.kind in _ACTOR_KINDS), None) if prev else None
        if lead is not None:
            return lead.key
    return ctx.focus_state()


# A sentence can state cooperation only if it holds one of these (lower case): the cue words'
# stems, and the words of the other patterns below.
_COOPERATION_HINTS = (_COOPERATION.hints("with_cue_verbs") + _COOPERATION.hints("with_cue_nouns") +
                      _COOPERATION.hints("joint_words") + ("work", "between", "owned", "sponsored", "venture", "stud", "agree"))


# Co-owners: "in which A holds 62%, B and C 15% each and D 8%"; "A, with 27%, and B …" — the
# companies, banks and agencies of one sentence each given a share of something they hold together.
_STAKE_CUE_RE = re.compile(r"\b(?:hold|holds|held|holding|own|owns|owned|keeps|kept|retains|retained|stakes?|shares?|"
                           r"interests?|each|"
                           r"(?:share|stake)holders?|owners?|equity|capital|operator|partners?)\b")
# (the next holder's state before it: "Masdar, France's EDF Renewables and China's JinkoPower (20% each)"; "and by")
_HOLDER_GAP_RE = re.compile(r"(?:\s*\([A-Z][\w&.+-]{1,11}\))?\)?\s*,?\s*(?:and\s+)?(?:by\s+)?(?:the\s+)?"
                            r"(?:[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?['’]s\s+)?(?:\(\s*)?")
# a share written as a percentage ("44.9%", "20 per cent")
_PERCENT = r"\d+(?:\.\d+)?\s*" + PERCENT_SIGN
# "A (40%)", "A (EDF; 12.5%)"
# ("and QatarEnergy, which announced its entry last month, 25%": a relative clause before the share)
_PERCENT_AFTER_RE = re.compile(r"^\)?(?:\s*\([A-Z][\w&.+-]{1,11}\))?(?:\s*,\s+(?:which|who)\s+[^,;()%]{1,90},)?"
                               r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)?(?:\s*\((?:[A-Z][\w&.+-]{1,11}\s*;\s*)?)?[^.;%()]{0,45}?"
                               rf"\b{_PERCENT}")
# "The state becomes the largest shareholder, with 44.9%, ahead of A, with 20%": a state among the holders
# ("the UK government becomes the largest shareholder in Sizewell C, with an initial stake of 44.9%")
_STATE_HOLDS_RE = re.compile(r"^[^.;%()]{0,40}?\b(?:holds?|held|owns?|owned|(?:share|stake)holder|stake|equity)\b"
                             rf"[^.;%()]{{0,50}}?\b{_PERCENT}")
_LOCATIVE_OF_BEFORE_RE = re.compile(r"\b(?:of|in|from)\s+(?:the\s+)?$")
# Members of a joint venture or consortium listed after a colon ("the joint venture of the four
# operators: A, B, C and D").
_VENTURE_LIST_RE = re.compile(r"\b(?:joint\s+venture|consortium|partnership|alliance)\b[^.;:–—]{0,80}(?::|\s[–—])\s*"
                              r"(?:the\s+)?")


def _shareholders(view: SentenceView, pairs: dict, ctx: DocumentContext | None = None) -> None:
    holders = _holders_in(view)
    if len(set(holders)) >= 2:
        add_cooperation_pairs(pairs, holders, view.index)
        prior = ctx.before_in_paragraph(view) if ctx is not None else None
        if prior is not None and (told := _holders_in(prior)):
            # "X becomes the largest shareholder, with 44.9%. A takes 20%, B 15% and C 12.5%, while D holds 7.6%":
            # one holder, the subject the sentence tells of, then the others of the same shares (which add up to
            # no more than the whole)
            shares = [float(re.match(r"[\d.]+", m.group(0)).group(0))
                      for m in _PERCENT_RE.finditer(prior.text + " " + view.text)]
            beside = _beside_opener_end(prior.text)
            subject = next((r.key for r in prior.refs if r.kind in _ACTOR_KINDS and r.start >= beside), None)
            if told == [subject] and subject not in holders and sum(shares) <= 100.5:
                add_cooperation_pairs(pairs, [subject, *holders], view.index)


_PERCENT_RE = re.compile(rf"\b{_PERCENT}")


def _beside_opener_end(text: str) -> int:
    """Where an opening adverbial that names no actor of the sentence ends ("On the sidelines of the X,", "In a
    filing to the Y,"; see _BESIDE_OPENER_RE), else 0."""
    end = opener_end(text)
    return end if end > 0 and _BESIDE_OPENER_RE.search(text, 0, end) else 0


def _may_name_a_share(text: str) -> bool:
    # (a cheap test before the stake patterns: the characters every spelling of PERCENT_SIGN holds)
    return "%" in text or "cent" in text or "pc" in text


# The vehicle a share is held through: "hold 70% through a joint venture, X"
_THROUGH_VEHICLE_RE = re.compile(r"\bthrough\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:joint\s+venture|vehicle|"
                                 r"subsidiary|company|unit|affiliate|consortium)\s*,?\s+(?:called\s+|named\s+)?$")


def _holders_in(view: SentenceView) -> list[str]:
    """The holders of shares a sentence names with their percentages, in order; none when it names no stake."""
    text = view.text
    if not _may_name_a_share(text) or not _STAKE_CUE_RE.search(text):
        return []
    # (not a name inside brackets: "PETRONAS (25%, through its subsidiary X)" holds the share)
    # (nor one in an opener that names no actor: "In a filing to the X, A, which holds 45%": not X)
    beside = _beside_opener_end(text)
    actors = [r for r in view.refs if r.kind in _ACTOR_KINDS and not r.modifier and not r.possessive
              and text.rfind("(", 0, r.start) <= text.rfind(")", 0, r.start) and r.start >= beside]
    holders = []
    first = len(text)
    for i in range(len(actors) - 1, -1, -1):  # backwards: "A and B 15% each" takes A with B
        r = actors[i]
        following = actors[i + 1] if i + 1 < len(actors) else None
        gap = text[r.end:following.start if following else len(text)]
        if _OWNED_AFTER_RE.match(gap) or _THROUGH_VEHICLE_RE.search(text, max(0, r.start - 60), r.start):
            continue  # "X, which is 70 per cent owned by A": X is what they hold (or hold it through: "A and B hold
            # 70% through a joint venture, X")
        if r.kind == STATE and (not _STATE_HOLDS_RE.match(gap) or _LOCATIVE_OF_BEFORE_RE.search(text, 0, r.start)):
            continue  # a state holds a share only where the words say so ("Engie of France (35%)" is Engie's)
        if r.kind == STATE or _PERCENT_AFTER_RE.match(gap) or (following is not None and following.key in holders
                                            and _HOLDER_GAP_RE.fullmatch(gap)):
            if r.aside and gap.lstrip().startswith(",") and (unit := unit_apposed_to(view, r)) is not None:
                r = unit  # "Badeel, a subsidiary of the Public Investment Fund, holds 35%": the unit holds it
            holders.append(r.key)
            first = r.start
    # "It will be built by X, in which A holds 62% and B 38%": the hedge is the pipeline's, not the holding's
    return [] if cues.hedged_clause(text[max(0, first - 25):]) else holders


# "A and B are shareholders, together with C, in X": co-holders named on both sides of "together with"
_HOLDERS_TOGETHER_RE = re.compile(r"\s+(?:are|were|have\s+been|remain|became)\s+(?:the\s+)?(?:co-?)?(?:shareholders|"
                                  r"owners|investors|stakeholders|partners)\s*,?\s+(?:together|along)\s+with\s+(?:the\s+)?")


def _holders_together(view: SentenceView, pairs: dict) -> None:
    """"CNPC and the Silk Road Fund are shareholders, together with Novatek, in Yamal LNG": all of them hold it."""
    text = view.text
    for m in _HOLDERS_TOGETHER_RE.finditer(text) if "together with" in text or "along with" in text else ():
        subjects = unique_keys(list_before(view, m.start() + 1, _ACTOR_KINDS, max_gap=2))
        others = unique_keys(list_after(view, m.end(), _ACTOR_KINDS, max_gap=2))
        if subjects and others and not cues.hedged_before(text, m.start() + 1):
            add_cooperation_pairs(pairs, subjects + [k for k in others if k not in subjects], view.index)


# "A and B hold stakes in the field alongside C", "in which A holds the majority stake alongside B and C":
# the holders of one asset, named on both sides of "alongside", hold it together.
_STAKE_ALONGSIDE_RE = re.compile(
    r"\b(?P<verb>holds?|held|owns?|owned|has|have|had|takes?|took|acquired|acquires?)\s+(?:(?:a|an|the|its|their)\s+)?"
    r"(?:(?:[\w%.-]+\s+){0,3}?(?:stakes?|interests?|shares?|shareholdings?)\b|"
    rf"{_PERCENT}\s+of\b)[^.;:]{{0,90}}?"  # ("owns 25 percent of X, alongside B")
    r"\b(?:alongside|together\s+with|along\s+with)\s+(?:the\s+)?")
# "X, which is 70 per cent owned by A": the name before is what is held, not a holder
_OWNED_AFTER_RE = re.compile(rf"^\)?\s*,?\s*(?:which|that)?\s*(?:is|was|are|were|will\s+be)\s+(?:\w+\s+)?{_PERCENT}\s+"
                             r"(?:owned|held|controlled)\b")
# "owned 70% by A and 30% by B", "70 per cent owned by A and 30 per cent by B": the holders of one thing's shares
_OWNED_PERCENT_BY_RE = re.compile(rf"(?:\b{_PERCENT}\s+(?:owned|held|controlled)|\b(?:owned|held|controlled)\s+{_PERCENT})"
                                  r"\s+by\s+(?:the\s+)?")
_AND_PERCENT_BY_RE = re.compile(rf"(?:\s*\([^()]{{1,20}}\))?\)?,?\s+(?:and|with|while)\s+(?:the\s+)?"
                                rf"(?:(?:remaining|other|rest)\s+)?{_PERCENT}\s+(?:(?:owned|held)\s+)?by\s+(?:the\s+)?")


# "A will own 40% of the project, with the rest held by B": the shares of one work, the rest another's
_STAKE_REST_RE = re.compile(
    rf"\b(?P<verb>holds?|held|owns?|owned|will\s+(?:own|hold|take)|takes?|took)\s+(?:a\s+)?{_PERCENT}"
    rf"[^.;:]{{0,60}}?,\s+with\s+the\s+(?:rest|remainder|remaining\s+{_PERCENT})\s+"
    r"(?:to\s+be\s+)?(?:held|owned|taken)\s+by\s+(?:the\s+)?")


# "A holds a 75% stake in the project, while B holds the remaining 25%": two holders of one work's shares
_STAKE_WHILE_RE = re.compile(
    rf"\b(?P<verb>holds?|held|owns?|owned|has|had)\s+(?:a\s+|an\s+)?{_PERCENT}[^.;:]{{0,60}}?"
    r",?\s+(?:while|whereas|and)\s+(?:the\s+)?")
_REST_HELD_RE = re.compile(r"[^.;:]{0,80}?\b(?:holds?|held|owns?|owned|has|had|keeps?|kept)\s+the\s+"
                           r"(?:remaining|other|rest|remainder|balance)\b")


# "A has kept 75% of the field and sold the rest to B, C and D": the one who keeps a share and the buyers of the rest
_KEPT_SOLD_RE = re.compile(
    rf"\b(?P<verb>kept|keeps|keeping|retained|retains|retaining|holds|held)\s+(?:a\s+|an\s+|its\s+)?{_PERCENT}"
    r"[^.;:]{0,60}?\b(?:sold|sells|selling|transferred|allotted|allocated|farmed\s+out|offered)\s+"
    rf"(?:the\s+)?(?:rest|remainder|balance|remaining\s+(?:{_PERCENT}|shares|stakes?)|other\s+{_PERCENT})"
    r"[^.;:]{0,10}?\s+to\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,4}[\w-]+\s*:\s*|(?:[\w-]+\s+){0,4}?(?=[A-Z]))")


def _stakes_alongside(view: SentenceView, pairs: dict) -> None:
    text = view.text
    for m in _KEPT_SOLD_RE.finditer(text) if _may_name_a_share(text) else ():
        holders = unique_keys(r for r in list_before(view, m.start("verb"), _ACTOR_KINDS, max_gap=12) if r.kind != STATE)
        buyers = [k for k in unique_keys(list_after(view, m.end(), _ACTOR_KINDS, max_gap=4)) if not k.startswith("state/")]
        if holders and buyers and not cues.hedged_before(text, m.start()):
            add_cooperation_pairs(pairs, holders + [k for k in buyers if k not in holders], view.index)
    for m in _OWNED_PERCENT_BY_RE.finditer(text) if _may_name_a_share(text) else ():
        holders = list_after(view, m.end(), _ACTOR_KINDS, max_gap=4, asides=True)
        while holders and (more := _AND_PERCENT_BY_RE.match(text, holders[-1].end)) is not None:
            holders += list_after(view, more.end(), _ACTOR_KINDS, max_gap=4, asides=True) or [None]
            if holders[-1] is None:
                holders.pop()
                break
        keys = [k for k in unique_keys(holders) if not k.startswith("state/")]
        if len(keys) >= 2 and not cues.hedged_before(text, m.start()):
            add_cooperation_pairs(pairs, keys, view.index)
    for m in _STAKE_WHILE_RE.finditer(text) if _may_name_a_share(text) else ():
        if cues.hedged_before(text, m.start()):
            continue
        holders = unique_keys(list_before(view, m.start("verb"), _ACTOR_KINDS, max_gap=12))
        others = list_after(view, m.end(), _ACTOR_KINDS, max_gap=4)
        if holders and others and _REST_HELD_RE.match(text, others[-1].end):
            add_cooperation_pairs(pairs, holders + [k for k in unique_keys(others) if k not in holders], view.index)
    for m in _STAKE_REST_RE.finditer(text) if _may_name_a_share(text) else ():
        if cues.hedged_before(text, m.start()):
            continue
        holders = unique_keys(list_before(view, m.start("verb"), _ACTOR_KINDS, max_gap=12))
        others = unique_keys(list_after(view, m.end(), _ACTOR_KINDS, max_gap=14))
        if holders and others:
            add_cooperation_pairs(pairs, holders + [k for k in others if k not in holders], view.index)
    for m in _STAKE_ALONGSIDE_RE.finditer(text) if "alongside" in text or " with " in text else ():
        if cues.hedged_before(text, m.start()) or re.search(r"\b(?:no|not|never)\s+$", text[:m.start()]):
            continue
        holders = unique_keys(list_before(view, m.start("verb"), _ACTOR_KINDS, max_gap=12))
        others = unique_keys(list_after(view, m.end(), _ACTOR_KINDS, max_gap=14))  # "alongside Egypt's EGAS"
        if holders and others and not any(k.startswith("state/") for k in holders + others):
            add_cooperation_pairs(pairs, holders + [k for k in others if k not in holders], view.index)


_BODY_NOUNS = r"(?:consortium|joint\s+venture|venture|partnership|alliance|group)"
# "a TotalEnergies-led consortium with A and B", "the ExxonMobil-led consortium, which includes A and B"
_LED_BODY_AFTER_RE = re.compile(rf"-led\s+{_BODY_NOUNS}\s*(?:,\s*)?(?:with|of|including|(?:which|that)\s+"
                                rf"(?:also\s+)?includes?|comprising|alongside)\s+(?:the\s+)?")
# "a consortium led by TotalEnergies with A and B", "… led by A and including B and C"
_BODY_LED_BY_RE = re.compile(rf"\b{_BODY_NOUNS}\s+(?:\([^)]{{1,20}}\)\s+)?led\s+by\s+(?:the\s+)?")
# ("led by Shell, which holds a 40 per cent stake, with A at 25 per cent, …": the leader's share between commas)
_LED_BY_MORE_RE = re.compile(r"(?:\)|\s*\([^()]{1,20}\))?(?:\s*,\s*(?:which|that)\s[^,;:()]{1,60},)?"  # ("led by A (AA) with")
                             r"\s*,?\s*(?:with|and\s+including|including|alongside|together\s+with|and\s+(?:its\s+)?"
                             # ("the consortium led by KHNP also includes A, B and C")
                             r"partners?|(?:also\s+)?(?:includes|included|comprises|comprised))\s+(?:the\s+)?")


def _led_bodies(view: SentenceView, pairs: dict) -> None:
    """A consortium told by its leader and its other members: "a TotalEnergies-led consortium with A and B",
    "a consortium led by X with A and B": each of them works with each other."""
    text = view.text
    if "led" not in text or cues.hedged_clause(text[:max(0, text.find("led"))][-60:]):
        return
    for r in view.refs:
        m = _LED_BODY_AFTER_RE.match(text, r.end) if r.kind in _ACTOR_KINDS and r.kind != STATE else None
        if m is not None:
            members = [k for k in unique_keys(list_after(view, m.end(), _ACTOR_KINDS, max_gap=4, asides=True))
                       if k != r.key]
            if members:
                add_cooperation_pairs(pairs, [r.key, *members], view.index)
    for m in _BODY_LED_BY_RE.finditer(text):
        leads = list_after(view, m.end(), _ACTOR_KINDS, max_gap=2, asides=True)
        if not leads or leads[0].kind == STATE:
            continue
        more = _LED_BY_MORE_RE.match(text, leads[-1].end)
        members = unique_keys(list_after(view, more.end(), _ACTOR_KINDS, max_gap=4, asides=True)) if more else []
        group = unique_keys(leads) + [k for k in members if k not in unique_keys(leads)]
        if len(group) >= 2:
            add_cooperation_pairs(pairs, group, view.index)


def _venture_members(view: SentenceView, pairs: dict) -> None:
    text = view.text
    found = list(_VENTURE_LIST_RE.finditer(text)) if ":" in text or "–" in text or "—" in text else []
    if any(w in text for w in ("consortium", "venture")):
        # "carried out by a consortium of A, B Co., Ltd. (BC), C and D": the members work together
        found += [m for m in _CONSORTIUM_OF_RE.finditer(text)
                  if not _UNSURE_VENTURE_RE.search(text, max(0, m.start() - 30), m.start() + 25)]
    for m in _VENTURE_FORMED_RE.finditer(text) if "venture" in text or "consortium" in text or "joint company" in text else ():
        # "Georgia's GSE, Azerbaijan's Azerenerji and Romania's Transelectrica have created a joint venture"
        if cues.hedged_before(text, m.start()) or _UNSURE_VENTURE_RE.search(text, max(0, m.start() - 30), m.start()):
            continue
        group = unique_keys(list_before(view, m.start(), _ACTOR_KINDS, max_gap=24))
        if len(group) >= 2:
            add_cooperation_pairs(pairs, group, view.index)
    for m in _WORK_INVOLVES_RE.finditer(text) if "involv" in text else ():
        # "The project involves A, B, C and D": those it involves take part in one work together
        clause = view.clause_at(m.start())
        group = unique_keys(r for r in list_after(view, m.end(), _ACTOR_KINDS, max_gap=2) if r.kind != STATE)
        if len(group) >= 2 and not cues.hedged_clause(text[clause[0]:clause[1]]):
            add_cooperation_pairs(pairs, group, view.index)
    for m in _JOINT_WORK_OF_RE.finditer(text) if "joint" in text else ():
        # "a joint project of A and B", "a joint initiative of the ISA with the Governments of India and the
        # United Kingdom": those whose joint work it is work together
        clause = view.clause_at(m.start())
        if cues.hedged_clause(text[clause[0]:clause[1]]) \
                or _UNSURE_VENTURE_RE.search(text, max(0, m.start() - 30), m.start()):
            continue
        listed = list_after(view, m.end(), _ACTOR_KINDS, max_gap=2)
        group = unique_keys(listed)
        if listed and (more := _JOINT_WITH_RE.match(text, listed[-1].end)) is not None:
            group += [k for k in unique_keys(list_after(view, more.end(), _ACTOR_KINDS, max_gap=2)) if k not in group]
        if len(group) >= 2:
            add_cooperation_pairs(pairs, group, view.index)
    for r in view.refs if _MADE_UP_HINT_RE.search(text) else ():
        # "CBC brings together A, B and C", "Team X, composed of A, B and C,": a named group of firms and its members
        made = _MADE_UP_AFTER_RE.match(text, r.end) if r.kind == "Company" and r.free else None
        if made is None or cues.hedged_clause(text[view.clause_at(r.start)[0]:made.end()]):
            continue
        group = unique_keys(x for x in list_after(view, made.end(), _ACTOR_KINDS, max_gap=2, asides=True)
                            if x.kind != STATE and x.key != r.key)
        if len(group) >= 2:
            add_cooperation_pairs(pairs, group, view.index)
    for m in found:
        # a first member no list names ("a consortium of Kawasaki, J-Power, …") does not hide the others
        gap = 6 if m.re is _VENTURE_LIST_RE else 6 + len(_NAME_ITEM_RE.match(text, m.end()).group(0))
        listed = list_after(view, m.end(), _ACTOR_KINDS, max_gap=gap)
        group = unique_keys(listed)
        if listed and (rest := _VENTURE_REST_RE.match(text, listed[-1].end)) is not None:
            # "a consortium of A and B, which together hold 60%, with C and D holding the remaining 40%"
            more = list_after(view, rest.end(), _ACTOR_KINDS, max_gap=2)
            if more and _HOLDING_AFTER_RE.match(text, more[-1].end):
                group += [k for k in unique_keys(more) if k not in group]
        if len(group) >= 2:
            add_cooperation_pairs(pairs, group, view.index)


# A named group of firms and the verb that lists its members ("CBC brings together A, B and C")
_MADE_UP_HINT_RE = re.compile(r"\b(?:brings\s+together|compris|consists\s+of|made\s+up\s+of|composed\s+of)")
_MADE_UP_AFTER_RE = re.compile(r"(?:\s*\([^()]{1,12}\))?\s*,?\s+(?:which\s+|that\s+)?(?:brings\s+together|comprises|comprising|"
                               r"consists\s+of|consisting\s+of|(?:is\s+)?made\s+up\s+of|(?:is\s+)?composed\s+of)\s+(?:the\s+)?")


# "The project involves A, B and C": a work and the firms and bodies it involves
_WORK_INVOLVES_RE = re.compile(rf"\b{_COOPERATION.pattern('involving_work_nouns')}\s+(?:also\s+|has\s+)?"
                               rf"{_COOPERATION.pattern('involving_finite_verbs')}\s+(?:the\s+)?")
# "a joint project of A and B", "the joint initiative by A with B" (not a venture: read above)
_JOINT_WORK_OF_RE = re.compile(rf"\bjoint\s+(?:[\w-]+\s+)?{_COOPERATION.pattern('joint_work_nouns')}\s+"
                               r"(?:of|by|between)\s+(?:the\s+)?")
_JOINT_WITH_RE = re.compile(rf"(?:\s*\([^()]{{1,20}}\))?\s+with\s+(?:the\s+)?(?:{_GOVERNMENT_OF_RE.pattern}(?:the\s+)?)?",
                            re.IGNORECASE)


_VENTURE_REST_RE = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s*,\s*which\s+[^,;:]{1,60},)?\s*,?\s+with\s+(?:the\s+)?")
_HOLDING_AFTER_RE = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+(?:holding|owning|taking|with)\b")
_VENTURE_FORMED_RE = re.compile(r"\b(?:(?:have|has|had|will|would)\s+)?(?:jointly\s+)?(?:created|formed|set\s+up|established|"
                                r"launched|registered|founded|create|form|establish|launch|found)\s+(?:a|an|the)\s+"
                                r"(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:joint\s+venture|joint\s+company|consortium)\b")
_NAME_ITEM_RE = re.compile(r"(?:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3},\s+)?")
# (in apposition too: "the consortium, made up of A, B and C,", "the consortium includes A and B")
_CONSORTIUM_OF_RE = re.compile(r"\b(?:consortium|joint\s+venture)(?:\s*,)?\s+(?:(?:which|that)\s+(?:is\s+|was\s+)?)?(?:of|between|"
                               r"comprising|comprises|consisting\s+of|consists\s+of|formed\s+by|made\s+up\s+of|"
                               r"(?:is\s+|was\s+)?composed\s+of|includes|included|including|groups|grouping)\s+"
                               r"(?:the\s+)?")
_UNSURE_VENTURE_RE = re.compile(r"\b(?:proposed|planned|potential|possible|future|would|could|(?-i:may)|might|considering)\b",
                                re.IGNORECASE)


# "French-Kazakh cooperation", "the Sino-Pakistani energy partnership": a cue noun after states
# named in one hyphened compound
# (or names the programme they run together: "the China-Pakistan Economic Corridor")
# (or a work they build together: "the Turkmenistan-Afghanistan-Pakistan-India (TAPI) gas pipeline", "the Lao
# PDR-Thailand-Malaysia-Singapore Power Integration Project")
_COMPOUND_NOUN_RE = re.compile(rf"\s+(?:(?:[a-z][\w-]*\s+){{0,3}}?{_COOPERATION.pattern('with_cue_nouns')}\b|"
                               rf"(?:Economic|Trade|Energy|Development)\s+Corridor\b)|"
                               r"(?:\s*\([A-Z][\w-]*\))?\s+(?:[\w-]+\s+){0,4}?(?i:pipelines?|corridors?|interconnectors?|"
                               r"interconnections?|projects?|power\s+lines?|transmission\s+lines?|cables?|links?)\b")


# "the Xlinks Morocco-UK Power Project": a firm's work named for the states it joins, no work of theirs
_OWNER_NAME_BEFORE_RE = re.compile(r"\b(?!(?:The|In|On|At|For|Under|With|By)\s)[A-Z][\w&.-]*\s+$")
# "The Iran-Pakistan pipeline was never built": a work that is not, or no longer, theirs
_UNBUILT_AFTER_RE = re.compile(r"\b(?:never|not|no\s+longer|cancell?ed|shelved|abandoned|scrapped|suspended|frozen|"
                               r"stalled|proposed|planned)\b")


def _compound_states(view: SentenceView, pairs: dict) -> None:
    """The states a hyphened compound names cooperate when the compound qualifies a cue noun or names a work
    they build (not a firm's work named for them, nor one the words say is not built)."""
    text, group = view.text, []
    for r in [r for r in view.refs if r.key.startswith("state/")] + [None]:
        if r is not None and group and text[group[-1].end:r.start] in ("-", "–"):
            group.append(r)
            continue
        keys = unique_keys(group)
        if len(keys) >= 2 and _COMPOUND_NOUN_RE.match(text, group[-1].end) \
                and not cues.hedged_before(text, group[0].start) and not cues.negated_noun(text, group[0].start) \
                and not _NON_ENERGY_RE.search(text) \
                and not _UNBUILT_AFTER_RE.search(text, group[-1].end, view.clause_at(group[-1].end)[1]) \
                and not _OWNER_NAME_BEFORE_RE.search(text, max(0, group[0].start - 30), group[0].start):
            add_cooperation_pairs(pairs, keys, view.index)
        group = [r]


# "building the reactors with its partners A, B and C": the partners named work with each other too
_WITH_ITS_PARTNERS_RE = re.compile(r"\b(?:with|alongside)\s+(?:its|their)\s+(?:[\w-]+\s+)?partners,?\s+")


# "its partners include A and B", "Galp's existing partners – A and B –": the owner and the partners named
# ("ExxonMobil and its partners in the Stabroek block, Hess and CNOOC, …")
# ("its shareholders include A, B and C", "the project's owners are A and B": the holders work with one another,
# not with what they hold)
_OWNED_PARTNERS_RE = re.compile(r"\b(?:(?P<pronoun>[Ii]ts|[Tt]heir)|['’]s?)\s+(?:[\w-]+\s+){0,3}?"
                                r"(?:partners|(?P<holders>shareholders|owners|co-?owners|sponsors))"
                                r"(?:\s+in\s+(?:the\s+)?[^,;:]{1,40}?(?=\s*[,:–—]|\s+(?:include[sd]?|are|were)\b))?\s*"
                                r"(?:,|:|[–—]|\s+(?:include[sd]?|are|were|such\s+as|including|among\s+them))\s*(?:the\s+)?")


def _owned_partners(view: SentenceView, pairs: dict) -> None:
    text = view.text
    for m in _OWNED_PARTNERS_RE.finditer(text):
        lo, _ = view.clause_at(m.start())
        if cues.hedged_before(text, m.start()) or cues.hedged_clause(text[lo:m.start()]) \
                or re.search(rf"\b(?:{_NOT_YET_WORDS}|new|previous)\s+(?:[\w-]+\s+)?(?:partners|{m.group('holders') or 'partners'})",
                             m.group(0)):
            continue
        if m.group("holders"):
            listed = unique_keys(r for r in list_after(view, m.end(), _ACTOR_KINDS, max_gap=2) if r.kind != STATE)
            if len(listed) >= 2:
                add_cooperation_pairs(pairs, listed, view.index)
            continue
        if m.group("pronoun"):
            # "QatarEnergy holds 75% of the project; its partners include …": the sentence's first firm
            owner = next((r for r in view.refs if r.end <= m.start() and r.free and not r.possessive
                          and r.kind in _ACTOR_KINDS and r.kind != STATE), None)
        else:
            owner = next((r for r in view.refs if r.end == m.start() and r.kind in _ACTOR_KINDS
                          and r.kind != STATE), None)
        listed = [r for r in list_after(view, m.end(), _ACTOR_KINDS, max_gap=2) if r.kind != STATE]
        if owner is None and len(unique_keys(listed)) >= 2:
            add_cooperation_pairs(pairs, unique_keys(listed), view.index)  # partners in one work, with one another
        if owner is None or not listed:
            continue
        add_cooperation_pairs(pairs, unique_keys([owner, *listed]), view.index)


def _partners_listed(view: SentenceView, pairs: dict) -> None:
    text = view.text
    for m in _WITH_ITS_PARTNERS_RE.finditer(text) if "partners" in text else ():
        lo, _ = view.clause_at(m.start())
        if cues.hedged_before(text, m.start()) or cues.hedged_clause(text[lo:m.start()]) \
                or re.search(r"\b(?:may|might)\b", text[lo:m.start()]):
            continue
        listed = unique_keys(list_after(view, m.end(), _ACTOR_KINDS, max_gap=2))
        if len(listed) >= 2 and not any(k.startswith("state/") for k in listed):
            add_cooperation_pairs(pairs, listed, view.index)


# "became the fifth partner in X's expansion", "took a 25% stake in the field operated by X": who
# joins a work works with the one whose work it is
_PARTNER_IN_RE = re.compile(r"\b(?:partner|shareholder|co-?owner|co-?investor)\s+in\s+(?:the\s+)?|"
                            r"\bstake\s+in\s+(?:the\s+)?")
_OPERATED_BY_RE = re.compile(r"\b(?:operated|led|run|developed|owned)\s+by\s+(?:the\s+)?")
_RUN_BY_RE = re.compile(r"[^.;,]{0,60}?" + _OPERATED_BY_RE.pattern)


# "Rosatom and Kazakhstan have a long record of cooperation": a coordinated subject that has cooperation, unless
# the words say it has none or only seeks it
_HAVE_COOPERATION_RE = re.compile(r"\s+(?:also\s+)?(?:have|has|had|enjoy|enjoyed|maintain|maintained|share|shared)\s+"
                                  r"(?:(?:a|an)\s+)?(?:[\w-]+\s+){0,4}?(?:of\s+)?(?:[\w-]+\s+){0,2}?"
                                  r"(?:cooperation|co-operation|collaboration)\b")
_NOT_HELD_RE = re.compile(r"\b(?:no|not|never|little|limited|discuss\w*|explor\w*|seek\w*|sought|consider\w*|"
                          r"propos\w*|possible|potential|future)\b", re.IGNORECASE)
# "A and B, partners in the X refinery, …", "A and B, co-owners of the field": a list of actors described as
# partners together
_PARTNERS_APPOSED_RE = re.compile(r"\s*,\s+(?:(?:both|the|equal|joint|long-?time|long-?standing|fellow)\s+)?"
                                  r"(?:partners|co-?owners|co-?developers|shareholders|joint\s+venture\s+partners)\s+"
                                  r"(?:in|of|at|on)\s")


def _partners_apposed(view: SentenceView, pairs: dict) -> None:
    text = view.text
    for group in coordinated_lists(view, _ACTOR_KINDS):
        keys = unique_keys(group)
        if len(keys) >= 2 and not any(r.possessive for r in group) \
                and (apposed := _PARTNERS_APPOSED_RE.match(text, group[-1].end)) is not None \
                and not cues.hedged_before(text, group[0].start) \
                and not any(r.start == apposed.end() + len(re.match(r"(?:the\s+)?", text[apposed.end():]).group(0))
                            and r.kind == INTERNATIONAL_ORGANIZATION for r in view.refs):
            # ("A and B, partners in Mercosur": fellow members of a body, read as its members, not a joint work)
            add_cooperation_pairs(pairs, keys, view.index)


def _partners_in_a_work(view: SentenceView, pairs: dict) -> None:
    text = view.text
    for m in _PARTNER_IN_RE.finditer(text):
        owner = next((r for r in view.refs if r.start >= m.end()), None)
        if owner is not None and owner.start == m.end() and owner.possessive and owner.kind != STATE \
                and re.match(r"['’]s?\s+(?:[\w-]+\s+){0,4}?(?:[\w-]+)", text[owner.end:]):
            owners = [owner]
        elif (run := _RUN_BY_RE.match(text, m.end())) is not None:
            owners = [r for r in list_after(view, run.end(), _ACTOR_KINDS, max_gap=2) if r.kind != STATE]
        else:
            continue
        clause = view.clause_at(m.start())
        joiners = [r for r in view.refs if clause[0] <= r.start < m.start() and r.free and not r.possessive
                   and r.kind in _ACTOR_KINDS]
        if not joiners or not owners or cues.hedged_before(text, m.start()) or cues.negated_noun(text, m.start()):
            continue
        first = list_after(view, joiners[0].start, _ACTOR_KINDS, max_gap=0) or joiners[:1]
        for a in unique_keys(first):
            for b in unique_keys(owners):
                if a != b:
                    add_cooperation_pairs(pairs, [a, b], view.index)


# "A is a partner of B", "A has long been B's partner in …", "A became a key partner to B": a partner named by
# a copula (not a trading partner: trade alone is no joint work)
_PARTNER_OF_RE = re.compile(r"\s+(?:is|was|has\s+(?:long\s+|since\s+|also\s+)?been|had\s+been|became|becomes|remains|remained)\s+"
                            r"(?:(?:a|an|the|its|their)\s+(?P<of_mods>(?:[\w-]+\s+){0,2}?)partner\s+(?:of|to)\s+(?:the\s+)?|"
                            r"(?=[A-Z]))")
_PARTNER_AFTER_OWNER_RE = re.compile(r"['’]s?\s+(?P<mods>(?:[\w-]+\s+){0,2}?)partner\b")
_TRADE_PARTNER_RE = re.compile(r"\b(?:trad\w*|commercial|export|import)\b", re.IGNORECASE)


def _partner_of(view: SentenceView, pairs: dict) -> None:
    """"ConocoPhillips is a partner of QatarEnergy", "A has long been B's partner in the field": the subject
    and the one it is a partner of work together."""
    text = view.text
    for m in _PARTNER_OF_RE.finditer(text):
        if cues.hedged_before(text, m.start() + 1):
            continue
        if m.group("of_mods") is not None:
            if _TRADE_PARTNER_RE.search(m.group("of_mods")):
                continue
            others = list_after(view, m.end(), _ACTOR_KINDS, max_gap=2)
        else:  # "A is B's partner": the owner, then the noun
            owner = next((r for r in view.refs if r.start == m.end() and r.possessive and r.kind in _ACTOR_KINDS),
                         None)
            noun = _PARTNER_AFTER_OWNER_RE.match(text, owner.end) if owner is not None else None
            if noun is None or _TRADE_PARTNER_RE.search(noun.group("mods")):
                continue
            others = [owner]
        subjects = list_before(view, m.start(), _ACTOR_KINDS, max_gap=2)
        if not subjects and re.search(r"\b(?:and|government|authorities)$", text[:m.start()]) \
                and not re.search(r"[,;:]", text[:m.start()]):
            # "The UK government bought out CGN in 2022 and has since been EDF's partner": the sentence's subject
            subjects = [r for r in view.refs[:1] if r.start <= 12 and r.kind in _ACTOR_KINDS]
        for a in unique_keys(subjects):
            for b in unique_keys(others):
                if a != b:
                    add_cooperation_pairs(pairs, [a, b], view.index)


_TO_BUILD_RE = re.compile(r"\)?(?:\s*\([^)]{1,20}\))?,?\s+to\s+(?:jointly\s+)?(?:build|develop|construct|operate|supply|"
                          r"finance|install|run|explore|expand|modernise|modernize|upgrade|lead|implement|design|carry\s+out)\b")


def _chosen_to_build(view: SentenceView, pairs: dict) -> None:
    """ "Kazakhstan selected TotalEnergies to build a wind farm": who chooses a builder for its work works with
    it (the chooser named in the clause, not guessed from the story)."""
    text = view.text
    for m in _CHOSE_RE.finditer(text):
        targets = list_after(view, m.end(), _ACTOR_KINDS, max_gap=2)
        if not targets or not _TO_BUILD_RE.match(text, targets[-1].end) or cues.hedged_before(text, m.start()) \
                or re.search(r"\b(?:not|never|no)\b[^,;]{0,20}$", text[:m.start()]):
            continue
        clause = view.clause_at(m.start())
        lead = [r for r in view.refs if clause[0] <= r.start < m.start() and (r.free or r.how == "person")
                and not r.possessive and r.kind in _ACTOR_KINDS][:1]
        for t in unique_keys(targets):
            if lead and t != lead[0].key:
                add_cooperation_pairs(pairs, [lead[0].key, t], view.index)


# "The partners in the block are Eni (42.5%), Shell and Chevron": the owners a work's partners are named as
# ("…, whose shareholders are A, the shipping company B and C, each with 20%")
_PARTNERS_ARE_RE = re.compile(r"\b(?:(?:partners|shareholders|co-?owners|owners)\s+(?:in|of)\s+(?:the\s+)?[^,.;:]{1,60}?|"
                              r"(?:whose|its|their)\s+(?:[a-z][\w-]+\s+)?(?:partners|shareholders|co-?owners|owners)|"
                              # "The partners are A, B and C", "Those shareholders include A and B"
                              r"\b(?:[Tt]he|[Tt]hose|[Tt]hese)\s+(?P<other>other\s+)?(?:[a-z][\w-]+\s+)?(?:partners|shareholders|co-?owners|"
                              r"(?<=other\s)members)(?=\s+(?:are|were|include))|"
                              # "TANAP's shareholders are A, B and C": the owners of what the possessive names
                              r"(?<=['’]s\s)(?:[a-z][\w-]+\s+)?(?:shareholders|co-?owners|owners))\s+"
                              r"(?:are|were|include|included)\s+(?:the\s+)?")
# "TotalEnergies, Shell and Eni are also among QatarEnergy's partners in North Field East"
_AMONG_PARTNERS_BEFORE_RE = re.compile(r"\s(?:are|were)\s+(?:also\s+|all\s+|both\s+)?(?:among\s+)?(?:the\s+)?$")
_PARTNERS_AFTER_OWNER_RE = re.compile(r"(?:['’]s?)?\s+(?:[a-z][\w-]+\s+)?(?:partners|co-?owners|shareholders)\b")
# Partners still sought, or no longer partners: "its potential partners", "the former partners" (and, before a list's
# noun, "new" or "other" ones: not the partners the list names)
_NOT_YET_WORDS = "potential|possible|prospective|future|former"
_NOT_YET_RE = re.compile(rf"\b(?:{_NOT_YET_WORDS})\s", re.IGNORECASE)
_NOT_YET_BEFORE_RE = re.compile(rf"\b(?:{_NOT_YET_WORDS}|new|other)\s+$", re.IGNORECASE)


# "The block, operated by ExxonMobil with Hess and CNOOC as partners", "Shell operates Blocks 1 and 4, with
# Pavilion Energy and Medco Energi as partners": the operator and the partners it names
_WITH_AS_PARTNERS_RE = re.compile(r"\s+as\s+(?:its\s+|their\s+)?(?:[a-z][\w-]*\s+)?(?:partners|co-?owners|shareholders)\b")


def _with_as_partners(view: SentenceView, pairs: dict) -> None:
    text = view.text
    for w in re.finditer(r"\bwith\s+(?:the\s+)?", text):
        listed = [r for r in list_after(view, w.end(), _ACTOR_KINDS, max_gap=2) if r.kind != STATE]
        if not listed or not _WITH_AS_PARTNERS_RE.match(text, listed[-1].end) \
                or cues.hedged_before(text, w.start()) or _NOT_YET_BEFORE_RE.search(text, w.start(), listed[0].start):
            continue
        lo, _ = view.clause_at(w.start())
        agent = _OPERATED_BY_RE.search(text, max(0, w.start() - 60), w.start())
        before = [r for r in view.refs if (agent.end() if agent else lo) <= r.start < w.start() and r.free
                  and not r.possessive and r.kind in _ACTOR_KINDS and r.kind != STATE]
        lead = before[:1] if agent else before[-1:]
        keys = unique_keys([*lead, *listed])
        if lead and len(keys) >= 2:
            add_cooperation_pairs(pairs, keys, view.index)


_OWNERS_BEFORE_NAMES_RE = re.compile(r"\b(?:its\s+|the\s+|project\s+|joint\s+)?(?:co-?owners|owners|shareholders|"
                                     r"venture\s+partners)\s+(?=[A-Z])")
_HOLDER_BEFORE_RE = re.compile(r"\b(?:owns?|holds?|held|operator|operates|largest\s+shareholder|majority\s+stake)\b")
_CONSORTIUM_LED_BY_RE = re.compile(r"\b(?:consortium|venture|group|alliance)\b[^.;]{0,60}?\bled\s+by\s+(?:the\s+)?")


# "…, with Vestas, Norway's Norfund and Finland's Finnfund among the other shareholders": holders named before
# their noun; "backers including TAQA, TotalEnergies and Octopus Energy": after it
_AMONG_HOLDERS_AFTER_RE = re.compile(r"\s+(?:are\s+|were\s+)?(?:among|amongst)\s+the\s+(?P<other>other\s+)?"
                                     r"(?:[a-z][\w-]+\s+)?(?:shareholders|partners|co-?owners|owners|investors|backers)\b")
_HOLDERS_INCLUDING_RE = re.compile(r"\b(?:backers|co-?investors|shareholders|co-?owners|partners)\s*,?\s+"
                                   r"(?:including|include[sd]?|such\s+as)\s+(?:the\s+)?")


def _holders_listed(view: SentenceView, pairs: dict) -> None:
    """Co-holders named in a list with their noun after it ("with A, B and C among the other shareholders",
    the holders that "owned by" or "led by" names before them too) or before it ("backers including A, B and C")."""
    text = view.text
    for w in re.finditer(r"\bwith\s+(?:the\s+)?", text):
        listed = [r for r in list_after(view, w.end(), _ACTOR_KINDS, max_gap=2) if r.kind != STATE]
        tail = _AMONG_HOLDERS_AFTER_RE.match(text, listed[-1].end) if listed else None
        if tail is None or cues.hedged_before(text, w.start()):
            continue
        group = unique_keys(listed)
        if tail.group("other"):
            # (the ones "owned by", "led by" or "operated by" names, else the holder the sentence opens with: "A holds 30% of
            # the company, with B and C among the other shareholders")
            led = list(_OPERATED_BY_RE.finditer(text, 0, w.start()))
            leaders = [r for r in list_after(view, led[-1].end(), _ACTOR_KINDS, max_gap=2) if r.kind != STATE] \
                if led else [r for r in view.refs if r.start < w.start() and r.free and not r.possessive
                             and r.kind in _ACTOR_KINDS and r.kind != STATE][:1]
            group = list(dict.fromkeys([*unique_keys(leaders), *group]))
        if len(group) >= 2:
            add_cooperation_pairs(pairs, group, view.index)
    for m in _HOLDERS_INCLUDING_RE.finditer(text):
        not_yet = _NOT_YET_BEFORE_RE.search(text, max(0, m.start() - 14), m.start())
        if not_yet and not (not_yet.group(0).lower().startswith("other") and re.search(r"\binclude[sd]?\s", m.group(0))) \
                or cues.hedged_before(text, m.start()):
            continue  # (but "Other shareholders include A and B": the holders besides one named before)
        group = unique_keys(r for r in list_after(view, m.end(), _ACTOR_KINDS, max_gap=2) if r.kind != STATE)
        if len(group) >= 2:
            add_cooperation_pairs(pairs, group, view.index)


def _partners_are(view: SentenceView, pairs: dict, ctx: DocumentContext | None = None) -> None:
    text = view.text
    for m in _PARTNERS_ARE_RE.finditer(text):
        if _NOT_YET_BEFORE_RE.search(text, max(0, m.start() - 14), m.start()) or _NOT_YET_RE.search(m.group(0)) \
                or cues.hedged_before(text, m.start()):
            continue
        # (the list the phrase introduces, though a reading of "shareholders of" as a description set it aside)
        listed = unique_keys(r for r in list_after(view, m.end(), _ACTOR_KINDS, max_gap=2, asides=True)
                             if r.kind != STATE)
        if m.group("other") and listed and ctx is not None and view.index:
            # "… a consortium led by Kawasaki Heavy. The other members are A, B and C": the leader with them
            prior = ctx.views[view.index - 1]
            led = _CONSORTIUM_LED_BY_RE.search(prior.text)
            leader = next((r.key for r in prior.refs if led is not None and r.start >= led.end()
                           and r.kind in _ACTOR_KINDS and r.kind != STATE), None)
            if leader is None and _HOLDER_BEFORE_RE.search(prior.text):
                # "Shell, which owns 40 per cent of the venture, is the operator. The other partners are …"
                leader = next((r.key for r in prior.refs if r.free and r.kind in _ACTOR_KINDS and r.kind != STATE), None)
            listed = ([leader] if leader and leader not in listed else []) + listed
        if len(listed) >= 2:
            add_cooperation_pairs(pairs, listed, view.index)
    for m in _OWNERS_BEFORE_NAMES_RE.finditer(text) if "owners" in text or "partners" in text else ():
        # "…, owners National Grid and Energinet said": the owners named after the word, together
        listed = unique_keys(r for r in list_after(view, m.end(), _ACTOR_KINDS, max_gap=0) if r.kind != STATE)
        if len(listed) >= 2 and not cues.hedged_before(text, m.start()):
            add_cooperation_pairs(pairs, listed, view.index)
    for owner in [r for r in view.refs if r.possessive and r.kind in _ACTOR_KINDS and r.kind != STATE]:
        verb = _AMONG_PARTNERS_BEFORE_RE.search(text, max(0, owner.start - 30), owner.start)
        if verb is None or not _PARTNERS_AFTER_OWNER_RE.match(text, owner.end) \
                or cues.hedged_before(text, verb.start()) or cues.negated_noun(text, owner.start):
            continue
        listed = [k for k in unique_keys(r for r in list_before(view, verb.start() + 1, _ACTOR_KINDS, max_gap=2)
                                         if r.kind != STATE) if k != owner.key]
        if listed:
            add_cooperation_pairs(pairs, [owner.key, *listed], view.index)


# "… is developed by QatarEnergy with five international partners. TotalEnergies, ExxonMobil, Shell and
# ConocoPhillips each hold 6.25% and Eni 3.125%": partners counted at a sentence's end and named, as many, by
# the next one work with the one they partner
_COUNTED_PARTNERS_END_RE = re.compile(r"\bwith\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                                      r"(?:[\w-]+\s+){0,2}?partners\s*[.;]?\s*$")


def _partners_counted_then_named(view: SentenceView, ctx: DocumentContext, pairs: dict) -> None:
    m = _COUNTED_PARTNERS_END_RE.search(view.text)
    if m is None or view.index + 1 >= len(ctx.views) or cues.hedged_before(view.text, m.start()):
        return
    count = int(m.group("n")) if m.group("n").isdigit() else NUMBER_WORDS[m.group("n")]
    lead = [r for r in view.refs if r.end <= m.start() and r.free and r.kind in _ACTOR_KINDS and r.kind != STATE][-1:]
    following = ctx.views[view.index + 1]
    named = [k for k in unique_keys(r for r in following.refs if r.free and r.kind in _ACTOR_KINDS and r.kind != STATE)
             if not lead or k != lead[0].key]  # ("… through ventures in which QatarEnergy keeps the majority")
    if lead and len(named) == count:
        for key in named:
            add_cooperation_pairs(pairs, [lead[0].key, key], following.index)


# "A and B have been partners since 2019", "are partners in the project": the subjects partner each other
_ARE_PARTNERS_RE = re.compile(rf"\b{_COPULA}\s+"
                              r"(?:now\s+|also\s+|still\s+|long(?:time|-time|standing)?\s+|close\s+|key\s+|equal\s+)?"
                              r"partners\b(?!\s+(?:of|with|such|like|including)\b)")


def _subjects_are_partners(view: SentenceView, pairs: dict) -> None:
    text = view.text
    for m in _ARE_PARTNERS_RE.finditer(text):
        if cues.negated_noun(text, m.end() - 8) or cues.hedged_before(text, m.start()) \
                or re.search(r"\b(?:not|never|no\s+longer)\s+(?:\w+\s+)?$", text[max(0, m.start() - 20):m.end() - 8]):
            continue
        group = unique_keys(list_before(view, m.start(), _ACTOR_KINDS, max_gap=4))
        if len(group) >= 2:
            add_cooperation_pairs(pairs, group, view.index)


# "The remaining 25 percent is held by its international partners A, B and C": the partners of the firm that
# holds the rest
_HELD_BY_PARTNERS_RE = re.compile(r"\b(?:is|are|was|were)\s+(?:now\s+)?(?:held|owned)\s+by\s+(?P<its>its|their)\s+"
                                  r"(?:[a-z][\w-]+\s+){0,2}?(?:partners|co-?owners|shareholders)\s+(?:the\s+)?")


def _held_by_partners(view: SentenceView, ctx: DocumentContext, pairs: dict) -> None:
    m = _HELD_BY_PARTNERS_RE.search(view.text)
    if m is None or cues.hedged_before(view.text, m.start()):
        return
    listed = unique_keys(r for r in list_after(view, m.end(), _ACTOR_KINDS, max_gap=2, asides=True)
                         if r.kind != STATE)
    if not listed:
        return
    # whose partners: the firm the sentence names first, else the one the sentence before opens with
    owner = next((r.key for r in view.refs if r.end <= m.start() and r.kind == COMPANY and r.free), None)
    if owner is None and view.index > 0:
        owner = next((r.key for r in ctx.views[view.index - 1].refs if r.kind == COMPANY and r.free
                      and not r.possessive), None)
    keys = ([owner] if owner and owner not in listed else []) + listed
    if len(keys) >= 2:
        add_cooperation_pairs(pairs, keys, view.index)


# "X sold a 65 per cent interest in the line to A and B", "A bought a 25% stake in the field from X": the
# seller and the buyers of part of a work (the buyers of one stake together)
_SHARE_NOUN_OF = (r"\s+(?:a|an|its|their|the|his|her|part\s+of\s+its)?\s*(?:[\w.,%-]+\s+){0,4}?"
                  r"(?:stakes?|interests?|shares?|holdings?|equity)\b(?:\s+(?:in|of)\s+[^.;:()]{1,80}?)?")
# (or a share told by its percentage: "agreed to sell 10% of Scarborough to A")
_SHARE_OF = (rf"(?:{_SHARE_NOUN_OF}|\s+(?:about\s+|around\s+|some\s+|a\s+further\s+|another\s+)?\d+(?:\.\d+)?\s*"
             rf"{PERCENT_SIGN}\s+(?:of|in)\s+[^.;:()]{{1,80}}?)")
# The verbs of a sale, told by the seller and by the buyer
_SELLS = r"\b(?:sell|sells|sold|selling|divest|divests|divested)"
_BUYS = r"\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased)"
_STAKE_SOLD_RE = re.compile(r"\b(?:sell|sells|sold|selling|divest|divests|divested|transfer|transfers|transferred)"
                            + _SHARE_OF + r"\s+to\s+(?:the\s+)?")
_STAKE_BOUGHT_RE = re.compile(_BUYS + _SHARE_OF + r"\s+from\s+(?:the\s+)?")


# … and of a whole business ("sold its Peruvian businesses to A", "bought the Chilean unit from X")
_BUSINESS = (r"\s+(?:its|their|the|a)\s+(?:[\w.,%-]+\s+){0,3}?(?:business|businesses|assets|unit|units|subsidiary|"
             r"operations|distribution\s+company|utility)\b(?:\s+(?:in|of)\s+[^.;:()]{1,60}?)?")
_BUSINESS_SOLD_RE = re.compile(_SELLS + _BUSINESS + r"\s+to\s+(?:the\s+)?")
_BUSINESS_BOUGHT_RE = re.compile(_BUYS + _BUSINESS + r"\s+from\s+(?:the\s+)?")
_SOLD_HINTS = ("sell", "sold", "bought", "buy", "acquir", "purchas", "divest", "transfer")
# … and of what a named owner holds ("agreed to buy Wintershall Dea's assets outside Russia"): bought from it
_OWNERS_SHARE_BOUGHT_RE = re.compile(
    _BUYS + r"\s+(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4})['’]s?\s+(?:[\w%.,-]+\s+){0,3}?"
    r"(?:business|businesses|assets|unit|units|subsidiary|operations|stake|interest|holding|shares)\b")
# A participle clause whose subject is the sentence's: "X became the largest producer after agreeing to buy …"
_PARTICIPLE_SALE_BEFORE_RE = re.compile(r"\b(?:after|before|by|when|while)\s+(?:agreeing|buying|acquiring|purchasing|"
                                        r"selling)\b[^,;:]*$")
# "agreed to buy Spanish operator Saeta Yield from Canada's Brookfield": a firm bought from its owner
_FIRM_BOUGHT_RE = re.compile(_BUYS + r"\s+(?P<what>[^.;:()]{2,90}?)\s+from\s+(?:the\s+)?")


# Where the other side of a sale is from, or what it is, before its name ("to Texas-based Excelerate Energy",
# "from the Canadian asset manager Brookfield")
_SIDE_DESCRIBED_RE = re.compile(r"(?:the\s+)?(?:[A-Z][\w.'’]*(?:[ -][A-Z][\w.'’]*)?(?:-(?:based|owned|listed|headquartered)|"
                                r"['’]s)?\s+)?(?:[a-z][\w-]*\s+){0,3}$")


def _buyers_or_sellers(view: SentenceView, pos: int) -> list:
    """The firms a sale phrase names after "to" or "from" at *pos*, past what says where they are from."""
    listed = [r for r in list_after(view, pos, _ACTOR_KINDS, max_gap=40) if r.kind != STATE]
    if listed and not _SIDE_DESCRIBED_RE.fullmatch(view.text, pos, listed[0].start):
        return []
    return listed


def _firms_bought(view: SentenceView) -> list:
    """The "buy X from Y" phrases whose X is a firm the sentence names (not "buy gas from Qatar")."""
    return [m for m in _FIRM_BOUGHT_RE.finditer(view.text)
            if any(r.kind != STATE and m.start("what") <= r.start and r.end <= m.end("what") and not r.possessive
                   for r in view.refs)]


# A lender and the one it lends to work together on what the money pays for: "the Bank approved a $120 million
# loan to Tanzania", "a loan from the Export-Import Bank of China to Zimbabwe", "B secured a loan from A",
# "A lent B $350 million".
_MONEY_NOUNS = r"(?:loans?|grants?|credits?|credit\s+lines?|lines?\s+of\s+credit|financing|funding|debt\s+financing)"
# A lender's verb and the money it gives, up to what comes after ("approved a $120 million loan of …")
_LENDING_VERBS = (r"approved|approves|provided|provides|extended|extends|granted|grants|disbursed|disburses|arranged|"
                  r"committed|commits|signed|announced")
_MONEY_GIVEN = (r"\s+(?:(?:a|an|the|its|their)\s+)?"
                rf"(?:[^.;:()]{{0,50}}?\s)?{_MONEY_NOUNS}\b(?:\s+(?:of|worth|totall?ing)\s+[^.;:()]{{1,40}}?)?")
_LENT_TO_RE = re.compile(rf"\b(?P<verb>{_LENDING_VERBS}|gave|gives|awarded|lent|lends){_MONEY_GIVEN}\s+to\s+(?:the\s+)?")
# "the Bank approved $497 million in financing for the repurposing of Eskom's Komati power station", "a $300 million
# loan for Kenya's Last Mile Connectivity Project": the borrower is whose the work is
_LENT_FOR_RE = re.compile(rf"\b(?P<verb>{_LENDING_VERBS}){_MONEY_GIVEN}\s+for\s+(?P<what>[^.;:()]{{0,90}}?)(?=['’]s?\s)")
_LENT_FROM_TO_RE = re.compile(rf"\b{_MONEY_NOUNS}\s+(?:of\s+[^.;:()]{{1,40}}?\s+)?from\s+(?:the\s+)?")
_LENT_OBJECT_RE = re.compile(r"\b(?P<verb>lent|lends)\s+(?:the\s+)?(?=[A-Z])")
_BORROWED_RE = re.compile(
    r"\b(?P<verb>received|receives|secured|secures|obtained|obtains|raised|borrowed|borrows|took\s+out|won|signed)\s+"
    rf"(?:(?:a|an|the)\s+)?(?:[^.;:()]{{0,50}}?\s)?{_MONEY_NOUNS}\b(?:\s+of\s+[^.;:()]{{1,40}}?)?\s+from\s+(?:the\s+)?")
_BOARD_AFTER_RE = re.compile(r"(?:['’]s)?\s+(?:Board|board|Executive\s+Board|executive\s+board)\b")
_LENDING_VERB_RE = re.compile(rf"\b(?:{_LENDING_VERBS})\b")
# "signed by A and B, the two state companies …, and by the three partners: C, …; D, …; and E": a second "by"
# (the count of the second list, "the three consortium partners:", is read by _COUNTED_PARTIES_RE)
_AND_BY_RE = re.compile(r"\)?(?:\s*\([^()]{1,20}\))?(?:\s*,\s+(?:the|a|an|its|their|both)\s+[^;:.()]{0,110}?)?\s*,?\s+"
                        r"and\s+(?:also\s+)?by\s+(?:the\s+)?")


def _and_by_more(view: SentenceView, pos: int) -> list[str]:
    """The signers a second "and by" adds to the list of signers that opens at *pos*: a list of its own, or one
    told item by item between semicolons ("C, the French utility; D, also of France; and Japan's E")."""
    text = view.text
    first = list_after(view, pos, _PARTY_KINDS)
    more = _AND_BY_RE.match(text, first[-1].end) if first else None
    if more is None:
        return []
    at = counted.end() if (counted := _COUNTED_PARTIES_RE.match(text, more.end())) is not None else more.end()
    if ";" not in text[at:]:
        return unique_keys(list_after(view, at, _PARTY_KINDS))
    out, start = [], at
    for item in re.split(r";", text[at:]):
        lead = re.match(r"\s*(?:and\s+)?", item)
        ref = next((r for r in view.refs if start + lead.end() <= r.start < start + len(item) and r.kind in _PARTY_KINDS
                    and not r.possessive and r.free), None)
        if ref is None or view.text[start + lead.end():ref.start].strip() not in ("", "the") \
                and not re.fullmatch(r"(?:the\s+)?[A-Z][\w'’-]*['’]s\s+", view.text[start + lead.end():ref.start]):
            break  # (each item opens with its name, or with its owner's possessive: "Japan's Sumitomo")
        out.append(ref.key)
        start += len(item) + 1
    return out


# The one who tells of a signing at the sentence's end: ", EGAT said in a statement."
def _only_the_sayer(view: SentenceView, key: str) -> bool:
    """Whether every mention of *key* in the sentence tells the news after a comma ("…, the Ministry of Energy
    announced"), so that the sentence gives it no other part."""
    refs = [r for r in view.refs if r.key == key]
    return bool(refs) and all(re.search(r",\s+(?:the\s+)?$", view.text[max(0, r.start - 8):r.start])
                              and ATTRIBUTION_AFTER_RE.match(view.text, r.end) for r in refs)

_SAYER_AT_END_RE = re.compile(rf",\s+(?P<who>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){{0,5}})\s+(?:{REPORTING})"
                              r"(?:\s+(?:in\s+a\s+statement|on\s+\w+day))?\s*[.!]?\s*$")
# Words that tell whose a firm is, before its owners: "a joint venture of A and B", "owned by A and B"
# The owner named in a signer's apposition: ", a subsidiary of", ", the single buyer … and a unit of"
_OWNER_IN_APPOSITION_RE = re.compile(rf",\s+(?:the|a|an)\s+[^,;()]{{0,60}}?\b(?:{UNIT_NOUNS}|affiliate)\s+of\s+"
                                     r"(?:the\s+)?(?:[A-Z][\w'’-]*['’]s\s+)?(?:[A-Z][^,;()]{0,80}\(\s*)?$")  # ("… of X (TAQA)")
_OWNERS_BEFORE_RE = re.compile(rf"\b(?:(?:joint\s+venture|consortium|partnership|{UNIT_NOUNS})\s+"
                               r"(?:\w+\s+)?(?:of|between)|owned\s+(?:\w+\s+)?by|led\s+by)\s+(?:the\s+)?"
                               r"(?:[A-Z][\w'’-]*['’]s\s+)?(?:[a-z][\w-]*\s+){0,2}$")

# One part of money told as a whole before it: "(comprising) a US$270 million credit to A"
_PARTS_LENT_TO_RE = re.compile(rf"\b(?:comprising|including|consisting\s+of|of\s+which|and)\s+(?:a|an)\s+"
                               rf"(?:[^.;:()]{{0,40}}?\s)?{_MONEY_NOUNS}\s+to\s+(?:the\s+)?")
_TO_BORROWER_RE = re.compile(r"\)?(?:\s*\([^()]{1,20}\))?\s+to\s+(?:the\s+)?")
_WORK_WORD_RE = re.compile(r"\b(?:plants?|projects?|dams?|stations?|farms?|interconnect(?:ion|or)s?|terminals?|substations?|"
                           r"reactors?|transmission|lines?)\b")


def _lender_before(view: SentenceView, pos: int) -> list:
    """The actors just before the lending verb at *pos*; also one named in the body that decides ("the Board of
    the African Development Bank approved")."""
    found = list_before(view, pos, _ACTOR_KINDS, max_gap=40)
    if not found:
        found = [r for r in view.refs if r.kind in _ACTOR_KINDS and r.end <= pos and pos - r.end <= 40
                 and not re.search(r"[,;:()]", view.text[r.end:pos])][-1:]
    return found


def _borrowers_after(view: SentenceView, pos: int) -> list:
    if (gov := _GOVERNMENT_OF_RE.match(view.text, pos)) is not None:
        pos = gov.end()  # "to the Government of the United Republic of Tanzania": the state is the borrower
    return list_after(view, pos, _ACTOR_KINDS, max_gap=4)


def _lending(view: SentenceView, pairs: dict, ctx: DocumentContext | None = None) -> None:
    """A lender and its borrower: "A approved a loan to B", "a loan from A to B", "B secured a loan from A",
    "A lent B $1 billion", "A approved $420 million, comprising a credit to B and a grant to C". Not where the
    words hope or deny it ("A may lend B"), nor lending about other things than energy (the sentence, or the one
    before it that the money goes on from, names the work)."""
    text = view.text
    before = ctx.views[view.index - 1].text if ctx is not None and view.index else ""
    if _NON_ENERGY_RE.search(text) or not (_ENERGY_WORD_RE.search(text) or _WORK_WORD_RE.search(text)
                                           or _ENERGY_WORD_RE.search(before) or _WORK_WORD_RE.search(before)):
        return  # ("the IMF approved a loan to Pakistan to support its budget": no energy work it pays for)
    found = []
    for m in _LENT_TO_RE.finditer(text):
        found.append((_lender_before(view, m.start("verb")), _borrowers_after(view, m.end()), m.start()))
    for m in _PARTS_LENT_TO_RE.finditer(text):
        # "approved $420 million in financing, comprising a $270 million credit to A and a $150 million grant
        # to B": each part goes to its borrower from the lender of the whole
        verbs = list(_LENDING_VERB_RE.finditer(text, 0, m.start()))
        if verbs:
            found.append((_lender_before(view, verbs[-1].start()), _borrowers_after(view, m.end()), m.start()))
    for m in _LENT_FOR_RE.finditer(text):
        # (the possessive that ends the words after "for": the work's owner)
        owner = [r for r in view.refs if r.possessive and r.end == m.end() and r.kind in _ACTOR_KINDS]
        found.append((_lender_before(view, m.start("verb")), owner, m.start()))
    for m in _LENT_OBJECT_RE.finditer(text):
        found.append((_lender_before(view, m.start("verb")),
                      list_after(view, m.end(), _ACTOR_KINDS, max_gap=4), m.start()))
    for m in _LENT_FROM_TO_RE.finditer(text):
        lenders = list_after(view, m.end(), _ACTOR_KINDS, max_gap=4)
        to = _TO_BORROWER_RE.match(text, lenders[-1].end) if lenders else None
        if to is not None:
            found.append((lenders, _borrowers_after(view, to.end()), m.start()))
    for m in _BORROWED_RE.finditer(text):
        found.append((list_after(view, m.end(), _ACTOR_KINDS, max_gap=4),
                      list_before(view, m.start("verb"), _ACTOR_KINDS, max_gap=40), m.start()))
    for lenders, borrowers, at in found:
        # (a possessive lends through its board: "The World Bank's Board of Executive Directors approved …")
        lenders = [r for r in lenders if not r.possessive or _BOARD_AFTER_RE.match(text, r.end)]
        if not lenders or not borrowers or cues.hedged_before(text, at) \
                or re.search(r"\b(?:no|not|never)\s+(?:\w+\s+)?$", text[:at]):
            continue
        for lender in unique_keys(lenders):
            for borrower in unique_keys(borrowers):
                if lender != borrower:
                    add_cooperation_pairs(pairs, [lender, borrower], view.index)


# "The summit was co-chaired by A, B and C", "co-hosted by the leaders of A and B": who lead one thing together
_CO_LED_BY_RE = re.compile(r"\bco-?(?:chaired|hosted|organi[sz]ed|convened|led|sponsored)\s+by\s+(?:the\s+)?")


def _led_together(view: SentenceView, pairs: dict) -> None:
    """The co-chairs or co-hosts named after "co-chaired by" (the states and bodies their office holders
    speak for too) work together: each with each."""
    text = view.text
    for m in _CO_LED_BY_RE.finditer(text):
        # (to the clause's end: "co-led by A and B and comprises C, D and E", "co-led by A and B, and also
        # comprising C and D - committed" name the leaders only)
        stop = re.search(r"[.;:]\s|\s[-–—]+\s|\s(?:which|who|where|while)\s|,?\s+and\s+(?:also\s+)?[a-z]+(?:s|ing)\b",
                         text[m.end():])
        end = m.end() + stop.start() if stop else len(text)
        leaders = unique_keys(r for r in view.refs if m.end() <= r.start < end and r.kind in _ACTOR_KINDS
                              and not r.modifier and (r.free or r.how == "person"))
        if len(leaders) >= 2 and not cues.hedged_clause(text[max(0, m.start() - 60):end]):
            add_cooperation_pairs(pairs, leaders, view.index)


def _group_standing_for(view: SentenceView, key: str, before: int) -> list[str]:
    """The actors a counted phrase before *before* stands for ("the four countries"), when *key* is one of them."""
    phrase = next(((r.start, r.end) for r in view.refs if r.key == key and r.how == "coref" and r.end <= before), None)
    if phrase is None or phrase[1] <= opener_end(view.text) or "," in view.text[phrase[1]:before]:
        return []  # ("For the two Chinese groups, the deal extends a partnership with X": an opening adverbial's)
    return unique_keys(r for r in view.refs if (r.start, r.end) == phrase)


def _cooperation(view: SentenceView, ctx: DocumentContext, pairs: dict) -> None:
    _shareholders(view, pairs, ctx)
    _mark(pairs, "cooperation-stakes")
    if " by " in view.text and ("partners" in view.text or "owners" in view.text or "shareholders" in view.text):
        _held_by_partners(view, ctx, pairs)
        _mark(pairs, "cooperation-held-by-partners")
    if "partners" in view.text:
        _subjects_are_partners(view, pairs)
        _partners_counted_then_named(view, ctx, pairs)
        _mark(pairs, "cooperation-partners-are")
    if " are " in view.text or " were " in view.text or " include" in view.text or "owners " in view.text \
            or "partners " in view.text:
        _partners_are(view, pairs, ctx)
        _mark(pairs, "cooperation-partners-are")
    if " among" in view.text or " including" in view.text or " include" in view.text or "such as" in view.text:
        _holders_listed(view, pairs)
        _mark(pairs, "cooperation-partners-are")
    if " as " in view.text and "with" in view.text:
        _with_as_partners(view, pairs)
        _mark(pairs, "cooperation-as-partners")
    _stakes_alongside(view, pairs)
    _holders_together(view, pairs)
    _mark(pairs, "cooperation-stakes")
    if "co-" in view.text:
        _led_together(view, pairs)
        _mark(pairs, "cooperation-co-led")
    _venture_members(view, pairs)
    _led_bodies(view, pairs)
    _mark(pairs, "cooperation-venture-members")
    _partners_listed(view, pairs)
    _mark(pairs, "cooperation-its-partners")
    if any(w in view.text for w in ("partners", "owners", "shareholders", "sponsors")):
        _owned_partners(view, pairs)
        _mark(pairs, "cooperation-its-partners")
    if ", " in view.text and ("partners" in view.text or "owners" in view.text or "developers" in view.text
                              or "shareholders" in view.text):
        _partners_apposed(view, pairs)
        _mark(pairs, "cooperation-partners-are")
    if "partner" in view.text or "stake" in view.text:
        _partners_in_a_work(view, pairs)
        _mark(pairs, "cooperation-partner-in-a-work")
    if "partner" in view.text:
        _partner_of(view, pairs)
        _mark(pairs, "cooperation-partner-of")
    if " to " in view.text:
        _chosen_to_build(view, pairs)
        _mark(pairs, "cooperation-chosen")
    if "-" in view.text or "–" in view.text:
        _compound_states(view, pairs)
        _mark(pairs, "cooperation-compound-name")
    text = view.text
    low = text.lower()
    if (" to " in text or " into " in text or " with " in text or " from " in text) and any(h in low for h in _FUEL_HINTS):
        _supplied(view, ctx, pairs)
        _mark(pairs, "cooperation-supply")
    if any(h in low for h in _DECIDED_HINTS):
        _decided_together(view, pairs)
        _mark(pairs, "cooperation-decided-together")
    if " by " in text and " with " in text:
        _agent_with(view, pairs)
        _mark(pairs, "cooperation-with")
    if any(w in low for w in ("loan", "lent", "lend", "credit", "grant", "financing", "funding")):
        _lending(view, pairs, ctx)
        _mark(pairs, "cooperation-lending")
    if len(view.refs) < 2 and "partners" not in low and not _IT_OPENS_RE.match(text) \
            or not any(h in low for h in _COOPERATION_HINTS):
        return  # (a sentence opening with "It" or "They" has its other actor in the sentence before)
    for m in _WITH_RE.finditer(text) if "with" in view.hints else ():  # the pattern needs "with"
        # "would keep working with": going on with a partner says they already work together
        if not _CONTINUING_RE.match(m.group(0)) and cues.hedged_before(text, m.start(), future_holds=True) \
                or re.search(r"\b(?:no|not|never)\b[^,;]{0,30}$", text[:m.start()]):
            continue
        listed = list_after(view, (gov.end() if (gov := _GOVERNMENT_OF_RE.match(text, m.end())) else m.end()),
                            _ACTOR_KINDS)  # ("in partnership with the Government of Uzbekistan")
        targets = unique_keys(listed)
        if listed and _WE_AFTER_RE.match(text, listed[-1].end):
            continue  # "Together with A and B we are moving": whose "we" is, the sentence does not say
        subject = _with_subject(view, m, listed) or _clause_subject(view, ctx, m.start())
        clause = view.clause_at(m.start())
        if len(view.refs) < 2 and subject and subject.startswith("state/") and _IT_OPENS_RE.match(text):
            continue  # "It holds part of a venture with X", the sentence before naming a state first: not said whose
        if re.match(r"work(?:s|ed|ing)?\s", m.group(0), re.IGNORECASE) and not view.refs_between(clause[0], m.start()) \
                and not _PRONOUN_SUBJECT_RE.match(text, clause[0]) and not _RELATIVE_START_RE.match(text, clause[0]):
            continue  # "asked the Secretariat to work with X": plain "work with" needs its worker named (or described:
            # "the developer A, which is working with B")
        if "venture" in m.group(0).lower() and not view.refs_between(clause[0], m.start()) \
                and not _IT_OPENS_RE.match(text, clause[0]):  # ("It holds 40% of a venture with X")
            continue  # "Each partner holds its stake through a joint venture with X": whose venture, unsaid
        if _PARTING_RE.search(text, m.start(), max(clause[1], m.end() + 80)):
            continue  # "The EU, together with Euratom, notified its withdrawal": leaving together is no cooperation
        if in_opening_comparison(text, m.start()):
            continue  # "Unlike the partnerships with A and B, this one …": ties compared with, not stated
        if _NON_ENERGY_RE.search(text, clause[0], m.start()):
            continue  # "building a container terminal together with A and B": work outside energy
        if _JOINT_RE.match(m.group(0)) and _members_together(text, m):
            continue  # "Egypt joined BRICS in 2024, together with Iran": members together, no joint work
        if _JOINT_RE.match(m.group(0)) and (_PRESENT_BEFORE_RE.search(text, view.clause_at(m.start())[0], m.start())
                                            or _GATHERED_BEFORE_RE.search(text, 0, m.start())):
            continue  # "Attending the session were representatives of A, together with B": present together
        if _OWNED_BY_PRONOUN_RE.search(text, max(0, m.start() - 20), m.start() + 1) \
                and not view.refs_between(view.clause_at(m.start())[0], m.start()):
            continue  # "our partnership with X", said by someone: whose "our" is, the sentence does not name
        one_venture = bool(listed) and _IN_VENTURE_RE.match(text, listed[-1].end) is not None
        if subject and len(group := _group_standing_for(view, subject, m.start())) >= 2 and targets:
            # "the four countries work with the PNG Government": all four, together with it
            add_cooperation_pairs(pairs, [*group, *targets], view.index)
            continue
        if subject and (_JOINT_RE.match(m.group(0)) or one_venture) and len(targets) >= 2 \
                and not _PLURAL_WORK_RE.search(text[view.clause_at(m.start())[0]:m.start()]):
            # "the corridor, which A is developing together with B, C and D": one joint undertaking,
            # all of them in it ("projects implemented jointly with B, C and D" may be one with each)
            add_cooperation_pairs(pairs, [subject, *targets], view.index)
            continue
        for t in targets:
            if subject and t != subject:
                add_cooperation_pairs(pairs, [subject, t], view.index)
    _mark(pairs, "cooperation-with")
    # a firm "with" a state is most often a state's firm or a market named beside it ("ScottishPower, the UK arm
    # of Iberdrola, will develop them in partnership with Shell"), seldom the state's own partner (measured on
    # eight annotated sets: 2 right in 11), unless the state is named as its government ("in partnership with
    # the Government of Uzbekistan")
    def kind(key: str) -> str:  # (a pair's state may be the subject of the sentence before)
        return STATE if key.startswith("state/") else getattr(ctx.facts.entities.get(key), "kind", "")

    for pair in [p for p, c in pairs.items() if c.rule == "cooperation-with" and c.sentence == view.index
                 and sorted(map(kind, p)) == [COMPANY, STATE]
                 and not any(_as_government(view, r) for r in view.refs if r.key in p and r.kind == STATE)]:
        del pairs[pair]
    if "jointly" in low or "together" in low or "their joint" in low:
        _joint_subjects(view, pairs)
        _mark(pairs, "cooperation-jointly")
    for m in _HAVE_COOPERATION_RE.finditer(text) if "cooperation" in low or "partnership" in low else ():
        # "Rosatom and Kazakhstan have a long record of cooperation in the fuel cycle", "A and B enjoy close
        # energy cooperation": the coordinated subject holds the cooperation it has
        subjects = unique_keys(list_before(view, m.start() + 1, _ACTOR_KINDS, max_gap=2))
        if len(subjects) >= 2 and not cues.hedged_before(text, m.start() + 1) \
                and not _NOT_HELD_RE.search(m.group(0)) \
                and not _NON_ENERGY_RE.search(text, m.start(), min(len(text), m.end() + 60)):
            add_cooperation_pairs(pairs, subjects, view.index)
    _mark(pairs, "cooperation-have")
    for m in _AGREED_WITH_RE.finditer(text) if "agree" in low else ():
        # "The lenders — A, B and C — agreed with the government of X to finance it": one group
        if cues.hedged_before(text, m.start()) or re.search(r"\b(?:no|not|never)\b[^,;]{0,30}$", text[:m.start()]):
            continue
        subjects = unique_keys(list_before(view, m.start(), _ACTOR_KINDS, max_gap=6))
        start = m.end()
        if gov := _GOVERNMENT_OF_RE.match(text, start):
            start = gov.end()
        targets = unique_keys(list_after(view, start, _ACTOR_KINDS))
        if subjects and targets:
            add_cooperation_pairs(pairs, subjects + [t for t in targets if t not in subjects], view.index)
    _mark(pairs, "cooperation-agreed-with")
    for m in re.finditer(r"\bwith\s+(?:the\s+)?", text) if " as " in text else ():
        targets = list_after(view, m.end(), _ACTOR_KINDS, max_gap=2)
        if not targets or not _AS_PARTNERS_RE.match(text, targets[-1].end) or cues.hedged_before(text, m.start()):
            continue
        lead = list_before(view, m.start(), _ACTOR_KINDS, max_gap=3)
        lead_keys = unique_keys(lead) or [k for k in [_clause_subject(view, ctx, m.start())] if k]
        add_cooperation_pairs(pairs, lead_keys + unique_keys(targets), view.index)
    _mark(pairs, "cooperation-as-partners")
    for m in _JOINING_RE.finditer(text) if "join" in low and "partners" in low else ():
        targets = list_after(view, m.end(), _ACTOR_KINDS, max_gap=2)
        if len(unique_keys(targets)) < 2 or not (_AS_PARTNERS_RE.match(text, targets[-1].end)
                                                 or _SELECTED_PARTNERS_RE.match(text, targets[-1].end)) \
                or cues.hedged_before(text, m.start()):
            continue
        lead = [k for k in [_clause_subject(view, ctx, m.start())] if k and not k.startswith("state/")]
        add_cooperation_pairs(pairs, lead + [k for k in unique_keys(targets) if k not in lead], view.index)
    _mark(pairs, "cooperation-joining")
    for m in _CHOSE_RE.finditer(text) if " as " in text else ():
        # "For the Hail field, X has chosen A, B and C as partners": X works with each of them
        targets = list_after(view, m.end(), _ACTOR_KINDS, max_gap=2)
        if not targets or not _AS_PARTNERS_RE.match(text, targets[-1].end) or cues.hedged_before(text, m.start()):
            continue
        lead = unique_keys(list_before(view, m.start(), _ACTOR_KINDS, max_gap=24)) \
            or [k for k in [_clause_subject(view, ctx, m.start())] if k]
        for t in unique_keys(targets):
            if lead and t != lead[-1]:
                add_cooperation_pairs(pairs, [lead[-1], t], view.index)
    _mark(pairs, "cooperation-chosen")
    for m in _AMONG_RE.finditer(text) if "between" in low or "by" in low or "venture" in low else ():
        if cues.hedged_before(text, m.start()):
            continue
        listed = list_after(view, m.end(), _ACTOR_KINDS, max_gap=45, asides=True)
        if listed and re.search(r"[,;:]", text[m.end():listed[0].start]) \
                and not _COUNTED_HOLDERS_RE.fullmatch(text, m.end(), listed[0].start):
            continue  # "a vehicle owned by X, signed loans with A, B and C": the list is another clause's
        # ("owned by A and its French counterpart B": a people's word qualifies the next firm, no owner itself)
        # ("owned by A, the generation arm of B, and C": B is A's parent, told in an aside, no owner itself)
        listed = [r for i, r in enumerate(listed)
                  if not _PARENT_ASIDE_RE.search(text, listed[i - 1].end if i else m.end(), r.start)]
        group = unique_keys(r for r in listed if r.how != "demonym")
        if "sponsored" in m.group(0).lower() and any(k.startswith("state/") for k in group):
            continue  # "a resolution sponsored by A, B and C": states sponsor texts, firms sponsor projects
        if re.match(r"split|divided|shared", m.group(0), re.I) and not _PERCENT_WORD_RE.search(text, 0, m.start()):
            continue  # only a holding split between holders ("60 percent is split between"), not a market
        if len(group) >= 2:
            add_cooperation_pairs(pairs, group, view.index)
    _mark(pairs, "cooperation-among")
    for m in _ITS_PARTNER_NAMED_RE.finditer(text) if "partner" in low or "venturer" in low else ():
        # "committing with its partner APA Corporation to a project": the one whose partner it is, with it
        named = list_after(view, m.end(), _ACTOR_KINDS, max_gap=1, asides=True)
        said = text[view.clause_at(m.start())[0]:m.start()]
        if not named or named[0].start != m.end() or cues.hedged_before(text, m.start()) or cues.hedged_clause(said) \
                or re.search(r"\b(?-i:may)\b|\bmight\b", said):
            continue
        lead = _clause_subject(view, ctx, m.start())
        if lead and not lead.startswith("state/"):
            add_cooperation_pairs(pairs, [lead] + [k for k in unique_keys(named) if k != lead], view.index)
    _mark(pairs, "cooperation-its-partners")
    for m in _PARTNERS_RE.finditer(text) if "partner" in low else ():
        lead = _clause_subject(view, ctx, m.start())
        beside = next((r for r in view.refs if r.kind in _ACTOR_KINDS and r.kind != STATE and r.free
                       and 0 <= m.start() - r.end <= 2), None)
        if not m.group("owner") and beside is not None:
            lead = beside.key  # "the project, operated by ExxonMobil with partners including A and B": the operator
        if m.group("owner") and lead == ctx.focus_state() and view.index > 0:
            # "Its partners are A and B" opening a sentence: "its" is the actor the sentence before is about
            prev = ctx.views[view.index - 1]
            lead = next((r.key for r in prev.refs if r.free and r.kind in _ACTOR_KINDS and not r.possessive), lead)
        rest = unique_keys(r for r in view.refs if r.start >= m.end() and r.free and r.kind in ("Company",
                                                                                             INTERNATIONAL_ORGANIZATION))
        group = ([lead] if lead and not lead.startswith("state/") else []) + rest
        if len(group) >= 2:
            add_cooperation_pairs(pairs, group, view.index)
    _mark(pairs, "cooperation-partners-are")
