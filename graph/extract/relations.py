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

import re
from itertools import combinations

from epkg.graph.documents import DocumentRecord
from epkg.graph.extract import cues
from epkg.graph.extract.context import DocumentContext, Ref, SentenceView, unique_keys
from epkg.graph.extract.dates import find_dates
from epkg.graph.extract.facts import (GOVERNMENT_BODY, INTERNATIONAL_ORGANIZATION, STATE, Agreement, Cooperation,
                                      DocumentFacts, Membership, Partnership)
from epkg.graph.extract.vocab import level_label, level_regex


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
    ...                   EntityMention("place/tbilisi", 62, 69, 0, "Tbilisi")]
    >>> extract_relations(facts, DocumentRecord("d", text, published="2025-03-01"))
    >>> [(a.kind, a.parties, a.place) for a in facts.agreements]
    [('MemorandumOfUnderstanding', ('state/AZE', 'state/GEO'), 'place/tbilisi')]
    >>> [c.actors for c in facts.cooperations]
    [('state/AZE', 'state/GEO')]
    """
    from epkg.graph.extract.events import extract_events
    from epkg.graph.extract.projects import extract_projects

    reference = record.published or facts.published
    ctx = DocumentContext(facts)
    pairs: dict[frozenset, Cooperation] = {}
    for view in ctx.views:
        _memberships(view, facts)
        _partnerships(view, facts, pairs)
        _agreements(view, ctx, facts, reference, pairs)
        _cooperation(view, pairs)
    extract_projects(ctx, facts, reference, pairs)
    extract_events(ctx, facts, reference)
    facts.cooperations.extend(pairs.values())


def _add_pairs(pairs: dict, keys, sentence: int) -> None:
    for a, b in combinations(dict.fromkeys(keys), 2):
        if a != b:
            pairs.setdefault(frozenset((a, b)), Cooperation(actors=tuple(sorted((a, b))), sentence=sentence))


# ---------------------------------------------------------------------- memberships

_ROLE_RE = re.compile(
    r"\b(?P<role>(?:full(?:-fledged)?\s+|founding\s+|permanent\s+)?member(?:s|\s+states?|\s+countr(?:y|ies))?|"
    r"observers?(?:\s+states?|\s+status)?|dialogue\s+partners?|"
    r"(?:rotating\s+)?(?:chairmanship|presidency|chair)|countries|states|belongs?)\b", re.IGNORECASE)
_MEMBERSHIP_DENIED_RE = re.compile(r"\b(?:not|candidates?|candidacy|pending|applied|application|applicant|left|"
                                   r"withdr[ae]w\w*|suspended|expelled|aspir\w+|bid\s+to|seeks?)\b", re.IGNORECASE)
_LIST_GAP_RE = re.compile(r"^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s+as\s+well\s+as\s+)$")


def _role_of(word: str) -> str:
    word = word.lower()
    if word.startswith("observer"):
        return "observer"
    if word.startswith("dialogue"):
        return "dialogue partner"
    return "member"


def _coordinated_before(view: SentenceView, refs: list[Ref], pos: int, kinds=(STATE,)) -> list[Ref]:
    """The coordinated list of actors ending nearest before *pos* ("Bulgaria and Greece")."""
    cands = [r for r in refs if r.end <= pos and r.kind in kinds and r.free]
    if not cands:
        return []
    group = [cands[-1]]
    for r in reversed(cands[:-1]):
        if _LIST_GAP_RE.match(view.text[r.end:group[0].start]):
            group.insert(0, r)
        else:
            break
    return group


def _coordinated_after(view: SentenceView, refs: list[Ref], pos: int, kinds=(STATE,)) -> list[Ref]:
    cands = [r for r in refs if r.start >= pos and r.kind in kinds and r.free]
    if not cands or not re.fullmatch(r"[\s,:]*(?:the\s+)?", view.text[pos:cands[0].start]):
        return []
    group = [cands[0]]
    for r in cands[1:]:
        if _LIST_GAP_RE.match(view.text[group[-1].end:r.start]):
            group.append(r)
        else:
            break
    return group


def _memberships(view: SentenceView, facts: DocumentFacts) -> None:
    orgs = [r for r in view.refs if r.kind == INTERNATIONAL_ORGANIZATION]
    if not orgs:
        return
    from epkg.ontology.gazetteer import load as load_gazetteer

    text = view.text
    found: dict[tuple[str, str], str] = {}
    for m in _ROLE_RE.finditer(text):
        word = m.group("role").lower()
        clause = view.clause_at(m.start())
        clause_text = text[clause[0]:clause[1]]
        near = [o for o in orgs if abs((o.start + o.end) / 2 - m.start()) < 60]
        if not near:
            continue
        org = min(near, key=lambda o: abs(o.start - m.start()))
        if word in ("countries", "states", "member states", "member countries", "members") \
                and re.match(r"\s*(?:countries|states|member)", text[org.end:org.end + 10]) \
                or word.startswith(("chair", "presidency", "rotating")):
            # "the SCO countries China, Kazakhstan …" or "X holds the SCO chairmanship":
            # the states named with it are members when the reference lists say so.
            gazetteer = load_gazetteer()
            entry = gazetteer.get(org.key)
            listed = {code for code, role in (entry.members if entry else ()) if role == "member"}
            if word.startswith(("chair", "presidency", "rotating")):
                group = _coordinated_before(view, [r for r in view.refs if r.start < m.start()], m.start())
                candidates = group[-1:] if group else []
            else:
                candidates = [r for r in view.refs if r.kind == STATE]
            for r in candidates:
                if r.key.split("/", 1)[1] in listed and not _MEMBERSHIP_DENIED_RE.search(clause_text):
                    found.setdefault((r.key, org.key), "member")
            continue
        if word in ("countries", "states", "belongs", "belong"):
            if word.startswith("belong"):
                member = _coordinated_before(view, view.refs, m.start())
                if member and not _MEMBERSHIP_DENIED_RE.search(text[member[0].start:m.end()]):
                    for r in member:
                        found.setdefault((r.key, org.key), "member")
            continue
        role = _role_of(word)
        before = [r for r in view.refs if r.end <= m.start() and r.kind == STATE]
        group = _coordinated_before(view, before, m.start())
        if group and m.start() - group[-1].end > 70:
            group = []
        if not group:
            group = _coordinated_after(view, view.refs, m.end())
        if not group:
            continue
        span = text[min(group[0].start, m.start()):max(group[-1].end, m.end())]
        if _MEMBERSHIP_DENIED_RE.search(span) or _MEMBERSHIP_DENIED_RE.search(text[m.end():m.end() + 25]):
            continue
        if role == "member" and re.search(r"\b(?:pending|admission|eventual|future|become)\b",
                                          text[max(0, m.start() - 40):m.start()], re.IGNORECASE):
            continue
        targets = [org]
        if re.match(r"\s+of\s+both\b", text[m.end():m.end() + 10]):
            targets = [o for o in orgs if o.start < m.start()][-2:] or [org]
        for r in group:
            if r.kind != STATE:
                continue
            for o in targets:
                found.setdefault((r.key, o.key), role)
    for (member, org), role in found.items():
        if any(ms.member == member and ms.organization == org for ms in facts.memberships):
            continue
        facts.memberships.append(Membership(member, org, role, view.index))


# ---------------------------------------------------------------------- partnerships

_BETWEEN_RE = re.compile(r"\bbetween\b", re.IGNORECASE)


def _partners(view: SentenceView, pos: int) -> list[str]:
    """The partners of a partnership phrase at *pos*: "between A and B", "A-B relations", the clause's actors."""
    text = view.text
    clause = view.clause_at(pos)
    kinds = (STATE, INTERNATIONAL_ORGANIZATION)
    after = text[pos:clause[1]]
    m = _BETWEEN_RE.search(after)
    if m:
        group = _coordinated_after(view, view.refs, pos + m.end(), kinds)
        if len(group) >= 2:
            return unique_keys(group)
    refs = [r for r in view.refs if clause[0] <= r.start < clause[1] and r.kind in kinds and (r.free or r.how == "demonym")]
    keys = unique_keys(refs)
    if len(keys) < 2:
        refs = [r for r in view.refs if r.kind in kinds and (r.free or r.how == "demonym")]
        keys = unique_keys(refs)
    states = [k for k in keys if k.startswith("state/")]
    if len(states) >= 2 and len(keys) > len(states):
        # An organization next to two or more states is usually the setting, not a partner.
        with_org = re.search(r"\bwith\s+(?:the\s+)?$", text[:pos]) is not None
        keys = keys if with_org else states
    return keys


def _partnerships(view: SentenceView, facts: DocumentFacts, pairs: dict) -> None:
    text = view.text
    for m in level_regex().finditer(text):
        level = level_label(m.group("level"))
        if level is None:
            continue
        before = text[max(0, m.start() - 60):m.start()]
        if cues.negated_noun(text, m.start()) or re.search(r"\b(?:could|would|may|might|hopes?|seeks?|wants?|aims?)\b"
                                                           r"[^,;]*$", before, re.IGNORECASE):
            continue
        partners = _partners(view, m.start())
        if len(partners) < 2:
            continue
        # "the only other countries with which Vietnam has a comprehensive strategic partnership":
        # the actor after "with which" partners each listed item, one partnership each.
        rel = re.search(r"\bwith\s+(?:which|whom)\s+(?:the\s+)?", text[:m.start()], re.IGNORECASE)
        groups = [partners]
        if rel:
            hub = next((r for r in view.refs if r.start >= rel.end() and r.end <= m.start() and r.free), None)
            if hub is not None:
                listed_refs = _coordinated_before(view, [r for r in view.refs if r.end <= rel.start()], rel.start())
                listed = [r.key for r in listed_refs if r.key != hub.key]
                groups = [[hub.key, k] for k in dict.fromkeys(listed)]
        for group in groups:
            key = (frozenset(group), level)
            if any((frozenset(p.partners), p.level) == key for p in facts.partnerships):
                continue
            facts.partnerships.append(Partnership(tuple(group), level, view.index))
            _add_pairs(pairs, group, view.index)


# ---------------------------------------------------------------------- agreements

_AGREEMENT_RE = re.compile(
    r"(?P<np>(?P<mods>(?:(?:joint|implementation|framework|investment|intergovernmental|inter-governmental|"
    r"bilateral|trilateral|tripartite|multilateral|shareholder|shareholders['’]?|power\s+purchase|purchase|supply|"
    r"sales?|swap|cooperation|strategic|engineering,\s+procurement\s+and\s+construction|EPC|long-term|"
    r"[\w]+-year|leaders['’]?|hydrogen|gas|energy|green|separate|new|first|second|third|final|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten)|\d+)\s+)*)"
    r"(?P<noun>memorand(?:um|a|ums)\s+of\s+(?:understanding|cooperation|intent)|memorand(?:um|a|ums)|MoUs?|"
    r"declarations?|statements?|treat(?:y|ies)|conventions?|contracts?|agreements?|deals?|accords?|protocols?))\b",
    re.IGNORECASE)
_SIGN_RE = re.compile(
    r"\b(?:sign(?:ed|s|ing)?|co-signed|conclu(?:ded|des|de)|adopt(?:ed|s)?|issued|inked|struck|"
    r"entered\s+into|ratif(?:ied|ies|y)|agreed|exchanged\s+signatures|initial(?:l)?ed)\b", re.IGNORECASE)
_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def agreement_kind(phrase: str) -> str | None:
    """The agreement class a noun phrase names, or None for a mere "statement" or "document".

    Examples
    --------
    >>> agreement_kind("memorandum of understanding"), agreement_kind("power purchase agreement")
    ('MemorandumOfUnderstanding', 'Contract')
    >>> agreement_kind("Treaty on Comprehensive Strategic Partnership"), agreement_kind("joint leaders' statement")
    ('Treaty', 'JointStatement')
    """
    p = phrase.lower()
    if re.search(r"memorand|\bmous?\b", p):
        return "MemorandumOfUnderstanding"
    if "declaration" in p:
        return "Declaration"
    if "statement" in p:
        return "JointStatement" if re.search(r"\bjoint\b|\bhydrogen\b|leaders", p) else None
    if re.search(r"treat|convention", p):
        return "Treaty"
    if re.search(r"contract|power\s+purchase|purchase\s+agreement|\bepc\b|engineering,\s+procurement", p):
        return "Contract"
    if re.search(r"agreement|deal|accord|protocol", p):
        return "Agreement"
    return None


def _place_near(view: SentenceView, lo: int, hi: int) -> str | None:
    """A place the text says something happened in ("signed in Beijing", "at a ceremony in Baku")."""
    for p in view.places:
        if lo <= p.start < hi and re.search(r"\b(?:in|at)\s+(?:the\s+)?(?:city\s+of\s+)?$",
                                            view.text[max(0, p.start - 15):p.start], re.IGNORECASE):
            if re.search(r"\b(?:sector|part|waters?|region)\s+of\s+(?:the\s+)?$",
                         view.text[max(0, p.start - 25):p.start]):
                continue
            return p.key
    return None


def _date_near(view: SentenceView, reference, lo: int, hi: int, pos: int) -> str | None:
    dates = [d for d in find_dates(view.text, reference) if lo <= d.start < hi and not d.target]
    if not dates:
        return None
    return min(dates, key=lambda d: abs(d.start - pos)).value


def _agreement_parties(view: SentenceView, np_start: int, np_end: int) -> list[Ref]:
    text = view.text
    clause = view.clause_at(np_start)
    lo, hi = clause
    # "signed by A, B and C", "between A and B", "with A and B" may run past a comma-free clause end
    refs = [r for r in view.refs if lo <= r.start < hi and r.free and r.kind != "Person"]
    if len({r.key for r in refs}) < 2:
        refs = [r for r in view.refs if r.free]
    # A list introduced after the noun by a colon belongs to it ("…: A, B and C").
    return refs


def _agreements(view: SentenceView, ctx: DocumentContext, facts: DocumentFacts, reference, pairs: dict) -> None:
    text = view.text
    matches = list(_AGREEMENT_RE.finditer(text))
    for m in matches:
        kind = agreement_kind(m.group("np"))
        if kind is None:
            continue
        noun_start = m.start("noun")
        mods = m.group("mods") or ""
        clause = view.clause_at(m.start())
        clause_text = text[clause[0]:clause[1]]
        before = text[max(0, m.start() - 25):m.start()]
        definite = re.search(r"\b(?:the|this|that|these|those|its|their|both|[\w]+['’]s)\s+$", before, re.IGNORECASE) \
            and not re.search(r"\b(?:the\s+)?(?:first|second|third|fourth|fifth|other|only|new|latest)\b", mods + before[-12:],
                              re.IGNORECASE)
        if cues.negated_noun(text, m.start()) or re.search(r"\b(?:draft|planned|proposed)\b", mods, re.IGNORECASE):
            continue
        sign = None
        for s in _SIGN_RE.finditer(text):
            if clause[0] - 40 <= s.start() <= clause[1] + 80:
                sign = s
                break
        under = re.search(r"\b(?:under|in|through|via)\s+(?:an?|the|this|that|its|their)?\s*$",
                          text[max(0, m.start() - 20):m.start()], re.IGNORECASE)
        asserted = sign is not None and not cues.hedged_before(text, sign.start())
        if not asserted and not (under and re.match(r"\s+(?:with|between|signed)\b", text[m.end():m.end() + 10])):
            if not re.match(r"[^,;.]{0,60}\b(?:was|were|had\s+been|has\s+been)\s+(?:signed|concluded|agreed)",
                            text[m.end():]):
                continue
        if re.search(r"\b(?:negotiat\w+|to\s+be\s+signed|will\s+be\s+signed|would\s+be\s+signed)\b", clause_text,
                     re.IGNORECASE) and not (sign and not cues.hedged_before(text, sign.start())):
            continue
        refs = _agreement_parties(view, m.start(), m.end())
        if any(r.kind == "Person" for r in refs):
            refs = [r for r in refs if r.kind != "Person"]
        intergovernmental = re.search(r"inter-?governmental", mods, re.IGNORECASE)
        keys = []
        for r in refs:
            key = r.key
            if intergovernmental and r.kind == GOVERNMENT_BODY:
                ent = facts.entities.get(r.key)
                key = f"state/{ent.country}" if ent is not None and ent.country else key
            keys.append(key)
        keys = list(dict.fromkeys(keys))
        date = _date_near(view, reference, clause[0], clause[1] + 40, m.start())
        place = _place_near(view, 0, len(text))
        # The same agreement again ("the agreement was signed in Bucharest"): complete it.
        prior = _antecedent(facts, kind, keys, date, definite)
        if prior is not None:
            if prior.date is None and date:
                prior.date = date
            if prior.place is None and place:
                prior.place = place
            if len(prior.parties) < 2 <= len(keys) and set(prior.parties) <= set(keys):
                prior.parties = tuple(keys)
            continue
        if len(keys) < 1:
            continue
        distributive = re.search(r"\b(?:each|separate|respectively|individual)\b", text, re.IGNORECASE) \
            and m.group("noun").lower().endswith(("s", "a")) and not m.group("noun").lower().endswith("ss")
        count_word = next((w for w in re.findall(r"\w+", mods.lower()) if w in _COUNT), None)
        if distributive:
            common = unique_keys([r for r in refs if r.start < m.start()])
            others = [k for k in unique_keys([r for r in view.refs if r.start >= m.end() and r.free])
                      if k not in common]
            groups = [tuple(common + [k]) for k in others] or [tuple(keys)]
        elif count_word and kind != "Agreement" or (count_word and _COUNT[count_word] <= 6 and kind == "Agreement"):
            groups = [tuple(keys)] * _COUNT[count_word]
        else:
            groups = [tuple(keys)]
        establishes = None
        lv = level_regex().search(text, m.end(), min(len(text), m.end() + 90))
        for group in groups:
            if lv:
                level = level_label(lv.group("level"))
                establishes = next((i for i, p in enumerate(facts.partnerships)
                                    if p.level == level and set(p.partners) <= set(group)), None)
            facts.agreements.append(Agreement(kind, group, view.index, date=date, place=place,
                                              establishes=establishes))
            if len(group) >= 2:
                _add_pairs(pairs, group, view.index)


def _antecedent(facts: DocumentFacts, kind: str, keys: list[str], date: str | None, definite) -> Agreement | None:
    """An earlier agreement this mention refers back to (same kind, compatible parties and date)."""
    for prior in reversed(facts.agreements):
        same_kind = prior.kind == kind or kind == "Agreement" and definite
        if not same_kind:
            continue
        if date and prior.date and not (prior.date.startswith(date) or date.startswith(prior.date)):
            continue
        if keys and not (set(keys) <= set(prior.parties) or set(prior.parties) <= set(keys)):
            continue
        if not definite and (not date or not prior.date or set(keys) != set(prior.parties)):
            continue
        return prior
    return None


# ---------------------------------------------------------------------- cooperation

_COOP_RE = re.compile(
    r"\b(?:cooperat(?:ion|e|es|ed|ing)|collaborat(?:ion|e|es|ed|ing)|jointly|together\s+with|"
    r"joined\s+forces|joint\s+venture|partner(?:ed|ing)?\s+with|in\s+partnership\s+with|consortium|"
    r"each\s+hold|partnership\s+between|energy\s+bridge|coordinated\s+work)\b", re.IGNORECASE)


def _cooperation(view: SentenceView, pairs: dict) -> None:
    text = view.text
    for m in _COOP_RE.finditer(text):
        clause = view.clause_at(m.start())
        clause_text = text[clause[0]:clause[1]]
        before = text[max(0, m.start() - 50):m.start()]
        if re.search(r"\b(?:no|not|never|could|would|might|may|hopes?|seeks?|wants?|plans?\s+to|ready\s+to)\b[^,;]*$",
                     before, re.IGNORECASE):
            continue
        refs = [r for r in view.refs if clause[0] <= r.start < clause[1] and r.free]
        if len(unique_keys(refs)) < 2:
            refs = [r for r in view.refs if r.free]
        after = text[m.end():]
        w = re.match(r"\s*(?:\w+\s+){0,4}?(?:with|between|by)\s+(?:the\s+)?", after)
        if w:
            start = m.end() + w.end()
            targets = _coordinated_after(view, view.refs, start,
                                         kinds=("State", "InternationalOrganization", "Company", "GovernmentBody"))
            if targets:
                if after[:w.end()].rstrip().endswith(("between", "by")):
                    if len(unique_keys(targets)) >= 2:
                        _add_pairs(pairs, unique_keys(targets), view.index)
                    continue
                subjects = [r for r in refs if r.start < m.start() and r.key not in {t.key for t in targets}]
                subject = subjects[0].key if subjects else None
                if subject is None:
                    continue
                for t in unique_keys(targets):
                    if t != subject:
                        _add_pairs(pairs, [subject, t], view.index)
                continue
        keys = unique_keys(refs)
        if 2 <= len(keys) <= 4 and not cues.hedged_clause(clause_text):
            _add_pairs(pairs, keys, view.index)
