"""Relation arguments from the dependency parse: who does something with whom.

The rules of :mod:`epkg.graph.extract.relations` read word order around a
trigger ("A and B signed", "cooperation with X"); they lose the arguments as soon
as an apposition, an adverbial or a relative clause stands between them. This
reader takes the arguments from the grammar instead: the subjects, passive
agents, "with"/"alongside" objects and "between" objects of the trigger words
of :func:`epkg.ontology.triggers.triggers`, each expanded to its conjuncts
("A, B and C"). Actors in an opening adverbial ("At the invitation of X, A and B
signed …") or an apposition are not arguments of the verb, so they are not paired.

Only sentences that name two actors and hold a trigger word are parsed, in one
batch a document.
"""
from __future__ import annotations

import functools
import re
from itertools import combinations, product
from typing import Callable, Collection, Iterable

from epkg.graph.extract import cues, nlp
from epkg.graph.extract.header import find_dateline
from epkg.graph.extract.context import (ACTOR_KINDS, AS_MEMBERS_OF_RE, DocumentContext, Ref, SentenceView, coordinated_lists,
                                        unique_keys)
from epkg.graph.extract.facts import INTERNATIONAL_ORGANIZATION
from epkg.graph.extract.text import NUMBER_WORDS
from epkg.ontology.triggers import Triggers, inflections, triggers

#: The id of this reader in the document graph (``epkg:extractedBy``).
RULE = "parse-cooperation"

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_INHERITS_SUBJECT = ("xcomp", "conj")
_WORD_RE = re.compile(r"[a-z][a-z-]{1,}")
_SET_NOUNS = ("consortium", "venture", "alliance", "partnership", "group")
_THEY_RE = re.compile(r"\b[Tt]hey\b")
# Nouns for a set of actors named by an "of" list ("the governments of A, B and C").
_GROUP_NOUNS = frozenset({"government", "leader", "minister", "president", "company", "country", "state", "member",
                          "delegation", "representative", "official", "head", "operator", "utility", "lender", "bank"})


def read_cooperation(ctx: DocumentContext, add: Callable[[list[str], int], None],
                     known: Collection[frozenset] = ()) -> None:
    """Report every set of actors the parse shows acting together, through *add*.

    Parameters
    ----------
    ctx : DocumentContext
        The document's sentence views with their actor references.
    add : callable
        Called as ``add(keys, sentence_index)`` with two or more actor keys that
        cooperate (each pair of them is a cooperation).
    known : collection of frozenset, optional
        Pairs already found: a sentence whose actors are all paired already is not parsed.

    Returns
    -------
    None

    Examples
    --------
    >>> from epkg.graph.documents import DocumentRecord
    >>> from epkg.graph.extract import extract
    >>> text = ("At the invitation of Germany, Kenya and Ethiopia signed a power purchase agreement "
    ...         "on Monday.")
    >>> facts = extract(DocumentRecord("d.txt", text, published="2025-03-03"))
    >>> sorted(c.actors for c in facts.cooperations)
    [('state/ETH', 'state/KEN')]
    """
    table = triggers("cooperation")
    views = [v for v in ctx.views if _worth_parsing(v, table, known)]
    if not views:
        return
    for view, doc in _parsed(ctx, views):
        for keys in _groups(view, doc, table, _previous_group(ctx, view)):
            add(keys, view.index)


def _parsed(ctx: DocumentContext, views: list[SentenceView]):
    """Each view with its parse, the sentences parsed in one batch."""
    line = find_dateline(ctx.facts.text)  # (read once a document, not once a sentence)
    return zip(views, nlp.parses([_without_asides(_without_dateline(v, line)) for v in views]))


# A short aside in brackets: an acronym, a defined term or a gloss ("(KIH)", "(the "JDA")", "("Kansai Electric")")
_ASIDE_RE = re.compile(r"\([^()]{1,40}\)")


def _without_asides(text: str) -> str:
    """*text* with its short bracketed asides blanked out, offsets kept: the parser reads a name followed by its
    defined term as two phrases and loses the clause around them ("A ("A") has entered into an agreement (the
    "JDA") with B ("B") and C ("C")")."""
    return _ASIDE_RE.sub(lambda m: " " * len(m.group()), text) if "(" in text else text


def _without_dateline(view: SentenceView, line) -> str:
    """The sentence as the parser should see it: the document's dateline *line*, where the sentence opens with it
    ("NEW DELHI, Jan 10 (PTI) - "), blanked out, offsets kept; the parser would read the city as the subject of the
    story's first verb."""
    if line is None or not view.start <= line.start < view.start + len(view.text):
        return view.text
    a, b = line.start - view.start, min(line.end - view.start, len(view.text))
    return view.text[:a] + " " * (b - a) + view.text[b:]


def _actor_refs(view: SentenceView) -> list[Ref]:
    # A capital in capitals opens a dateline ("BAGHDAD, March 28 —"): a place, not an actor.
    refs = [r for r in view.refs if r.kind in ACTOR_KINDS and not r.modifier
            and not (r.how == "capital" and view.text[r.start:r.end].isupper())]
    if view.text.startswith(("As ", " As ")) and AS_MEMBERS_OF_RE.match(view.text.lstrip()):
        # "As member states of A, B and C, the two sides agreed …": the bodies of the opening say what the
        # subject is, they do not act with it (the bodies named before the first other actor)
        first = next((i for i, r in enumerate(refs) if r.kind != INTERNATIONAL_ORGANIZATION), len(refs))
        refs = refs[first:]
    return refs


@functools.lru_cache(maxsize=8)
def _forms(table: Triggers) -> frozenset[str]:
    """Every word whose lemma can be one the parse-based reader looks for: each form, as verb and as noun, of a
    trigger's first word ("set up" → set, sets, setting). A word that only shares a trigger's first letters
    ("statement", "investors") has no trigger's lemma, and its sentence is not parsed for it."""
    words = {w.split()[0] for w in table.words}
    return frozenset({w for lemma in words for pos in ("VERB", "NOUN") for w in inflections(lemma, pos)} | words)


def _previous_group(ctx: DocumentContext, view: SentenceView) -> list[str]:
    """The last list of two or more actors in the two sentences before *view*: what "they" refers to."""
    for prior in reversed(ctx.views[max(0, view.index - 2):view.index]):
        groups = [unique_keys(g) for g in coordinated_lists(prior, ACTOR_KINDS)]
        groups = [g for g in groups if len(g) >= 2]
        if groups:
            return groups[-1]
    return []


def _worth_parsing(view: SentenceView, table: Triggers, known: Collection[frozenset]) -> bool:
    keys = {r.key for r in _actor_refs(view)}
    if _THEY_RE.search(view.text):
        keys |= {"they", "them"}  # stands for two actors or more of an earlier sentence
    if len(keys) < 2 or all(frozenset(pair) in known for pair in combinations(sorted(keys), 2)):
        return False  # nothing the parse could add
    forms = _forms(table)
    # (a preposition pairs partners only before "as partners", "among its shareholders" …: _partners_as)
    words = _WORD_RE.findall(view.text.lower())
    return any(w in forms or "-" in w and not forms.isdisjoint(w.split("-")) for w in words) \
        or _AS_PARTNERS_RE.search(view.text) is not None \
        or not _CO_OWNER_FORMS.isdisjoint(words) and _COPULA_RE.search(view.text) is not None  # (_CO_OWNER_NOUNS)


def _groups(view: SentenceView, doc, table: Triggers, they: list[str]) -> Iterable[list[str]]:
    heads = _heads(view, doc)
    bodies = {r.key for r in view.refs if r.kind == INTERNATIONAL_ORGANIZATION}
    for tok in doc:
        if tok.lower_ == "they" and tok.dep_ in _SUBJECTS and tok.i not in heads and they:
            heads[tok.i] = list(they)  # "They signed …": the actors the text listed just before

    def actors(tokens) -> list[str]:
        keys: list[str] = []
        for tok in tokens:
            if tok.pos_ == "NOUN" and not heads.get(tok.i) and not _standing_for(tok) and tok.conjuncts:
                continue  # "owned by …, signed agreements, AfDB and BII": names coordinated with a thing
            # ("by bp and Kosmos Energy": the parse may make the first of two names a modifier of the second)
            listed = [*(c for c in tok.children if c.dep_ == "nmod" and c.i < tok.i and heads.get(c.i)
                        and any(x.dep_ == "cc" for x in c.children)), *_with_conjuncts(tok)]
            if tok.dep_ == "appos" and tok.conjuncts and heads.get(tok.i) and heads.get(tok.head.i) \
                    and tok.head.i < tok.i:
                listed = [tok.head, *listed]  # "A, B and C": the parse may read B as an apposition to A
            for group_tok in listed:
                if group_tok.i > tok.i and _RELATIVE_OPENER_RE.search(tok.doc.text, tok.idx, group_tok.idx):
                    continue  # "X, a venture in which A holds 51% and B 49%": B is no conjunct of X
                if group_tok.i > tok.i and _in_apposed_list(tok, group_tok):
                    continue  # "X, a joint venture of A and B": B is the last of the venture's owners, not X's conjunct
                found = heads.get(group_tok.i, ())
                if not found:
                    found = [k for t in _standing_for(group_tok) for k in heads.get(t.i, ())]
                keys += [k for k in found if k not in keys]
        return keys

    for tok in doc:
        lemma = _lemma(tok, table)
        if tok.dep_ == "prep" and lemma in table.with_preps and not _hedged(tok.head, table, view.text):
            yield from _partners_as(tok, actors)
        if tok.dep_ == "attr" and lemma in _CO_OWNER_NOUNS and tok.head.lemma_.lower() in _COPULAS \
                and not _hedged(tok.head, table, view.text):
            # "A is a shareholder, with B, C and D, in the X plant", "A and B are partners in the X field": they
            # own it together, each with each (not "A and B are investors in renewables": no one work)
            others = actors(_with_objects(tok, table))
            group = list(dict.fromkeys(actors(_subject(tok.head)) + others))
            if len(group) >= 2 and (others or any(_one_work(p) for p in (*tok.children, *tok.head.children)
                                                  if p.dep_ == "prep" and p.lower_ == "in")):
                yield group
        if lemma not in table.words or _hedged(tok, table, view.text) or _off_topic(tok, table):
            continue
        if tok.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "dobj" and c.lemma_.lower() in _POLITIES for c in tok.children):
                continue  # "A, B and C have formed their own confederation": a polity of members, no energy work
            if tok.dep_ == "acl" and (tok.head.lemma_.lower() in _POLITIES
                                      or any(k in bodies for k in heads.get(tok.head.i, ()))):
                continue  # "the bloc founded by A, B and C": its founders are its members, not partners in a work
            if any(c.dep_ == "nsubjpass" and any(k in bodies for k in heads.get(c.i, ())) for c in tok.children):
                continue  # "The Global Biofuels Alliance was launched by A, B and C": the same, in a clause of its own
            subject_tokens = _subject(tok)
            if tok.dep_ == "relcl" and _jointly(tok, table) and all(t.tag_ in ("WDT", "WP") for t in subject_tokens):
                subject_tokens = [tok.head]  # "A, B and C, which jointly own X": the names the clause describes
            subject = actors(subject_tokens)
            agent = actors(c for a in tok.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj")
            if len(agent) >= 2:  # (a list the parse began: "operated by A, and B, operated by C" is no list)
                agent = _agent_list(view, tok, agent)
            # "A, together with B, signed": the partner may hang on the subject rather than the verb
            partners = actors([*_with_objects(tok, table), *(o for t in subject_tokens for o in _with_objects(t, table))])
            # a "with" verb done together is a joint one: "A and B are working together on …"
            if lemma in table.joint_verbs and (lemma not in table.funding_lemmas or _jointly(tok, table)) \
                    or lemma in table.with_verbs and _jointly(tok, table):
                if len(subject) >= 2 and not any(c.dep_ == "nsubjpass" for c in tok.children) \
                        and not (_each_apart(tok, subject_tokens) and (partners or _on_their_own(tok, subject_tokens)
                                                                       or any(_with_objects(c, table) for c in tok.children
                                                                              if c.dep_ == "dobj"))):
                    yield subject
                if len(agent) >= 2:
                    yield agent
            if lemma == "join" and any(k in bodies for c in tok.children if c.dep_ == "dobj" for k in heads.get(c.i, ())):
                continue  # "A joined BRICS together with B": they joined a body as members, no work together
            if lemma in _TOGETHER_LEMMAS and tok.pos_ == "VERB":
                # "A already partners B in the field": the verb's object is the partner
                yield from _crossed(subject, actors(c for c in tok.children if c.dep_ == "dobj"))
            if lemma in table.joint_verbs or lemma in table.with_verbs:
                # (of a passive, the agent: "X is owned by a consortium led by A, with B among …": X is what they own)
                passive = any(c.dep_ == "nsubjpass" for c in tok.children)
                yield from _crossed(agent if passive else subject or agent, partners)
        elif tok.pos_ in ("NOUN", "PROPN") and lemma in table.nouns:
            between = actors(c for p in tok.children if p.dep_ == "prep" and p.lemma_.lower() in table.between_preps
                             for c in p.children if c.dep_ == "pobj")
            if len(between) >= 2:
                yield between
            partners = actors(_with_objects(tok, table))
            owner = actors(c for c in tok.children if c.dep_ == "poss")
            verb = tok.head
            if not owner and tok.dep_ == "dobj" and verb.lemma_.lower() in table.joint_verbs | table.with_verbs \
                    and not _hedged(verb, table, view.text):
                owner = actors(_subject(verb))
            if not owner and partners and lemma in table.joint_nouns and tok.dep_ == "pobj" \
                    and verb.lower_ in ("in", "through") and verb.head.pos_ in ("VERB", "AUX") \
                    and not _hedged(verb.head, table, view.text):
                # "The work was carried out by A, B and C in close cooperation with D": whoever does the work
                done = verb.head
                owner = actors(c for a in done.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj") \
                    if any(c.dep_ == "nsubjpass" for c in done.children) else actors(_subject(done))
                if len(owner) >= 2:
                    yield owner
                if owner and len(partners) >= 2:
                    yield partners  # "A operates the block in partnership with B and C": B and C are in it too
            yield from _crossed(owner, partners)
            if not partners and not owner and lemma in table.joint_nouns:
                taker = _founding_verb(tok, table)
                if taker is not None and not _hedged(taker, table, view.text):
                    if len(subject := actors(_subject(taker))) >= 2:
                        yield subject  # "A and B announced a joint venture"
            if lemma in _SET_NOUNS:
                members = actors(c for p in tok.children if p.dep_ == "prep" and p.lemma_.lower() in ("of", "comprising")
                                 for c in p.children if c.dep_ == "pobj")
                if not any(k in bodies for k in heads.get(tok.i, ())):
                    # (not of a body: "the Solar Alliance, founded by A and B": its founders are its members)
                    members += [k for k in actors(_described_members(tok)) if k not in members]
                if len(members) >= 2 and not _hedged(tok, table, view.text):
                    yield members


# Verbs of a clause that names a set's members: "a consortium led by A", "a venture formed by A and B"
_MEMBERS_AGENT_VERBS = frozenset({"lead", "form", "own", "make", "compose", "comprise", "create", "establish",
                                  "found", "set", "constitute", "hold", "back", "sponsor"})
# … "that includes B and C", "which groups A and B": the memberships table's grouping verbs (their first words), and
# two that name a set's members only in such a clause
_MEMBERS_OBJECT_VERBS = frozenset({w.split()[0] for w in triggers("memberships").grouping_finite_verbs}
                                  | {"count", "involve"})
# … "whose shareholders include A and B"
_MEMBER_NOUNS = frozenset({"shareholder", "member", "partner", "owner", "investor", "participant", "sponsor",
                           "stakeholder"})
# … "in which C also takes part", "in which A holds 40%": the memberships table's seat verbs, and holding a stake
_MEMBER_IN_VERBS = frozenset({w.split()[0] for w in triggers("memberships").seat_verbs} | {"hold", "have", "own"})


# What a copula's subject is, with others, in a work they own together: "A is a shareholder, with B, in X"
# (the member nouns of a set, but for those that say a seat rather than a share)
_CO_OWNER_NOUNS = _MEMBER_NOUNS - {"member", "participant", "sponsor"} | {"co-owner", "co-investor"}
_COPULAS = frozenset({"be", "become", "remain"})
_CO_OWNER_FORMS = frozenset(f for w in _CO_OWNER_NOUNS for f in inflections(w, "NOUN"))
_COPULA_RE = re.compile(r"\b(?:is|are|was|were|becomes?|became|remains?|remained)\b")


def _one_work(prep) -> bool:
    """Whether the "in" phrase *prep* names one work: "in the Karachaganak field", "in Hyport Duqm"."""
    return any(o.pos_ == "PROPN" or any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in o.children)
               for o in prep.children if o.dep_ == "pobj")


def _described_members(noun) -> list:
    """The tokens of the actors a clause on a set noun names as its members: "a consortium led by A that includes
    B and C", "a joint venture whose shareholders include A, B and C", "a consortium led by A, in which B also takes
    part", "a venture formed by A and B". The parse may hang the relative clause on the name the "led by" phrase
    ends in rather than on the noun: both are read."""
    members, hosts = [], [noun]
    for acl in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in _MEMBERS_AGENT_VERBS):
        for agent in (c for c in acl.children if c.dep_ == "agent"):
            objects = [c for c in agent.children if c.dep_ == "pobj"]
            members += objects
            hosts += [t for o in objects for t in (o, *o.conjuncts)]
    for host in hosts:
        for clause in (c for c in host.children if c.dep_ == "relcl"):
            lemma = clause.lemma_.lower()
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            relative = any(t.tag_ in ("WDT", "WP") for t in subjects)
            whose = any(t.lemma_.lower() in _MEMBER_NOUNS and any(c.lower_ == "whose" for c in t.children)
                        for t in subjects)
            if lemma in _MEMBERS_OBJECT_VERBS and (relative or whose):
                objects = [c for c in clause.children if c.dep_ == "dobj"]
                # ("includes YPF and Norway's Golar LNG": the parse may make the first names modifiers of the last)
                members += objects + [c for o in objects for c in o.children if c.dep_ == "nmod"]
            elif lemma in _MEMBER_IN_VERBS and any(p.dep_ == "prep" and p.lower_ == "in"
                                                   and any(c.tag_ == "WDT" for c in p.children)
                                                   for p in clause.children):
                members += [t for t in subjects if t.tag_ not in ("WDT", "WP")]
    return members


#: The id of the parse-based membership reader in the document graph (``epkg:extractedBy``).
MEMBERSHIP_RULE = "parse-membership"
_MEMBERSHIP_WORDS_RE = re.compile(r"\b(?:members?|belongs?|belonged|belonging|observers?|allies)\b")
# Words for the states a definite description counts ("both countries", "the two sides")
_COUNTED_DESCRIPTIONS = frozenset({"country", "state", "nation", "side", "government", "neighbour", "neighbor"})
_COUNTS = {**NUMBER_WORDS, "both": 2}


def read_memberships(ctx: DocumentContext, add: Callable[[str, str, str, int], None]) -> None:
    """Report every membership the parse shows, through *add*.

    The rules of :mod:`epkg.graph.extract.relations` read memberships around a role word in word order; the parse
    reads them where a clause stands between: "the IAEA, of which it is a member", "A belongs to both B and C",
    "allies within NATO as well as members of the EU", "in which A holds observer status", "A, a member of B".

    Parameters
    ----------
    ctx : DocumentContext
        The document's sentence views with their actor references.
    add : callable
        Called as ``add(member_key, body_key, role, sentence_index)``; *role* is ``member`` or ``observer``.

    Returns
    -------
    None

    Examples
    --------
    >>> from epkg.graph.documents import DocumentRecord
    >>> from epkg.graph.extract import extract
    >>> text = "Kazakhstan has worked with the International Atomic Energy Agency, of which it is a member."
    >>> facts = extract(DocumentRecord("d.txt", text, published="2025-03-03"))
    >>> [(m.member, m.organization, m.role) for m in facts.memberships]
    [('state/KAZ', 'organization/international-atomic-energy-agency', 'member')]
    """
    views = [v for v in ctx.views if _MEMBERSHIP_WORDS_RE.search(v.text)
             and any(r.kind == INTERNATIONAL_ORGANIZATION for r in v.refs)]
    if not views:
        return
    bodies = {k for k, e in ctx.facts.entities.items() if e.kind == INTERNATIONAL_ORGANIZATION}
    for view, doc in _parsed(ctx, views):
        for member, body, role in _memberships_in(view, doc, ctx):
            if member not in bodies:  # (a body's membership of another is the rules' to read)
                add(member, body, role, view.index)


#: The id of the reader of an agreement's parties in the document graph (``epkg:extractedBy``).
AGREEMENT_RULE = "parse-agreement-parties"


def read_agreement_parties(ctx: DocumentContext, asked: list[tuple[int, int]]) -> list[list[str]]:
    """The parties the parse gives each instrument the rules found: the subject (or, of a passive, the agent) of the
    verb that signs or adopts it, and the objects of "with" and "between" on that verb or on the instrument's noun,
    each expanded to its conjuncts and to the names a common noun stands for ("the EU and the five Central Asian
    states, A, B, C, D and E, adopted a joint declaration").

    Parameters
    ----------
    ctx : DocumentContext
        The document's sentence views with their actor references.
    asked : list of (int, int)
        A sentence index and the offset, in that sentence, of the instrument's noun or of its signing verb.

    Returns
    -------
    list of list of str
        For each asked instrument, the actor keys the parse makes its parties, in the order of the text; empty
        where the parse names none, or where the signing is negated, hedged or conditional.

    Examples
    --------
    >>> from epkg.graph.documents import DocumentRecord
    >>> from epkg.graph.extract import extract
    >>> text = ("At the close of the summit, the European Union and the five Central Asian states, Kazakhstan, "
    ...         "Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan, adopted a joint declaration on energy.")
    >>> facts = extract(DocumentRecord("d.txt", text, published="2025-04-04"))
    >>> sorted(facts.agreements[0].parties)
    ['organization/european-union', 'state/KAZ', 'state/KGZ', 'state/TJK', 'state/TKM', 'state/UZB']
    """
    found: list[list[str]] = [[] for _ in asked]
    wanted: dict[int, list[int]] = {}
    for n, (index, _) in enumerate(asked):
        wanted.setdefault(index, []).append(n)
    views = [ctx.views[i] for i in sorted(wanted)]
    for view, doc in _parsed(ctx, views):
        heads = _heads(view, doc)
        for n in wanted[view.index]:
            at = next((t for t in doc if t.idx <= asked[n][1] < t.idx + len(t.text)), None)
            if at is not None:
                found[n] = _instrument_parties(view, at, heads)
    return found


# The verbs that make an instrument signed: the agreements table's signing verbs, one word each
_SIGNING_LEMMAS = frozenset({w for w in triggers("agreements").signing_verbs | triggers("agreements").signing_past_verbs
                             if " " not in w} | {"enter"})
# The words between an instrument's noun and the verb that signs it, as the parse links them: "signed a memorandum and
# an agreement" (a conjunct), "entered into an agreement" (a preposition's object), "signed a number of agreements",
# from a word of its own name or its modifiers ("a joint declaration"), and from the rating it opens with ("a
# 25-year contract")
_INSTRUMENT_TO_VERB = ("amod", "compound", "nmod", "conj", "dobj", "nsubjpass", "pobj", "prep", "appos", "nummod")


def _instrument_parties(view: SentenceView, at, heads: dict[int, list[str]]) -> list[str]:
    """The parties the parse gives the instrument whose noun or signing verb is the token *at*."""
    table = triggers("cooperation")
    noun, verb = None, None
    tok = at
    for _ in range(5):
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in _SIGNING_LEMMAS:
            verb = tok
            break
        if tok.pos_ in ("NOUN", "PROPN") and (noun is None or noun.dep_ in ("amod", "compound", "nmod")
                                              and noun.head.i == tok.i):
            noun = tok  # (the head of the instrument's words: "agreement" of "energy agreement")
        if tok.dep_ not in _INSTRUMENT_TO_VERB or tok.head.i == tok.i:
            break
        tok = tok.head
    if verb is None and noun is not None:
        # "a 25-year contract that A and B signed with C": the verb of a relative clause on the noun signs it
        verb = next((c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in _SIGNING_LEMMAS), None)
    if verb is not None and _hedged(verb, table, view.text) or noun is not None and _hedged(noun, table, view.text):
        return []
    holders = [t for t in (verb, noun) if t is not None]
    between = [c for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("between", "among")
               for c in p.children if c.dep_ == "pobj"]
    if between:
        # "the two ministers signed a memorandum between their ministries": those it is between are its parties,
        # whoever signs it for them
        verb = None
    sides = [*between, *(c for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
                         for c in p.children if c.dep_ == "pobj" and not _looking_on(c))]
    if verb is not None:
        passive = any(c.dep_ == "nsubjpass" for c in verb.children) or verb.dep_ == "acl" and verb.tag_ == "VBN"
        agents = [c for a in verb.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"]
        signers = agents if passive else _subject(verb)
        # ("A, together with B and C, executed …": the companions the parse hangs on the subject sign too)
        sides = [*signers, *(o for t in signers for o in _with_objects(t, table)), *sides]
    keys: list[str] = []
    for tok in sides:
        for t in _listed(tok):
            if t.i > tok.i and (_RELATIVE_OPENER_RE.search(tok.doc.text, tok.idx, t.idx) or _in_apposed_list(tok, t)):
                continue  # "X, a venture in which A holds 51% and B 49%, signed": B is no conjunct of X
            named = heads.get(t.i) or [k for s in _standing_for(t) for k in heads.get(s.i, ())]
            keys += [k for k in named if k not in keys]
    return keys


def _memberships_in(view: SentenceView, doc, ctx: DocumentContext) -> Iterable[tuple[str, str, str]]:
    heads = _heads(view, doc)
    bodies = {r.key for r in view.refs if r.kind == INTERNATIONAL_ORGANIZATION}
    table = triggers("cooperation")

    def keys(tokens) -> list[str]:
        found: list[str] = []
        for tok in tokens:
            for t in _listed(tok):
                found += [k for k in heads.get(t.i, ()) or [k for s in _standing_for(t) for k in heads.get(s.i, ())]
                          if k not in found]
        return found

    def members_of(verb, tokens) -> list[str]:
        """The actors *tokens* (a verb's subject) name, a pronoun or a counted description read back."""
        if not tokens:  # "Finland and Estonia, it was recalled, are …": the parse leaves the list unattached
            tokens = [t for t in doc[:verb.i] if t.dep_ == "npadvmod" and heads.get(t.i)]
        found = keys(tokens)
        for tok in tokens:
            word = tok.lower_
            if word in ("it", "which", "who") and not found:
                found = _antecedent(view, doc, heads, verb, bodies)
            elif word == "they" or tok.lemma_.lower() in _COUNTED_DESCRIPTIONS and not heads.get(tok.i):
                count = next((_COUNTS[c.lower_] for c in tok.children if c.lower_ in _COUNTS), None)
                group = _previous_group(ctx, view)
                if word == "they" and group or count and len(group) == count:
                    found = group
        return found

    def bodies_of(noun, preps=("of", "in", "within", "to")) -> list[str]:
        found = [k for p in noun.children if p.dep_ == "prep" and p.lower_ in preps
                 for k in keys([c for c in p.children if c.dep_ == "pobj"]) if k in bodies]
        clause = noun.head if noun.dep_ in ("attr", "dobj") else noun
        which = next((c for p in (*clause.children, *noun.children) if p.dep_ == "prep" and p.lower_ in preps
                      for c in p.children if c.tag_ == "WDT"), None)
        if not found and which is not None:
            # "the IAEA, of which it is a member", "X, …, and in which A holds observer status": the body the
            # relative clause describes, the last named before it (the parse may not hang the clause on it)
            before = [k for i in sorted(heads, reverse=True) if i < which.i for k in heads[i] if k in bodies]
            found = before[:1]
        return found

    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma == "belong" and tok.pos_ in ("VERB", "AUX") and not _hedged(tok, table, view.text):
            for body in bodies_of(tok, ("to",)):
                for member in members_of(tok, _subject(tok)):
                    yield member, body, "member"
        elif lemma in ("member", "observer", "ally") and tok.pos_ == "NOUN" \
                and not any(c.lower_ in _not_yet_member() for c in tok.children):
            found = bodies_of(tok, ("of", "in", "within") if lemma != "ally" else ("in", "within"))
            top = tok
            while top.dep_ == "conj" and top.head.pos_ == "NOUN":
                top = top.head  # "allies within NATO as well as members of the EU"
            role = "observer" if lemma == "observer" else "member"
            if top.dep_ in ("attr", "acomp") and top.head.pos_ in ("VERB", "AUX"):
                verb = top.head
                if _hedged(verb, table, view.text) or any(c.dep_ == "neg" for c in verb.children):
                    continue  # ("is not a member", "hopes to become a member", "ceased to be a member")
                members = members_of(verb, _subject(verb))
            elif top.dep_ == "appos":
                members = list(heads.get(top.head.i, ()))  # "A, a member of B, and C, …": A alone
            else:
                continue
            for body in found:
                for member in members:
                    yield member, body, role
        elif lemma == "status" and any(c.lower_ == "observer" for c in tok.children) and tok.dep_ == "dobj":
            verb = tok.head  # "in which A holds observer status", "A has observer status in B"
            if _hedged(verb, table, view.text):
                continue
            found = bodies_of(verb, ("in",)) or bodies_of(tok, ("in",))
            for body in found:
                for member in members_of(verb, _subject(verb)):
                    yield member, body, "observer"


@functools.lru_cache(maxsize=1)
def _not_yet_member() -> frozenset[str]:
    """Words before a member word that say the state is none yet, or no more ("a former member", "a prospective
    member"): the memberships table's denials and the hedges of the cooperation table, one word each."""
    denials = triggers("memberships").denials
    prefixes = {w.split("-")[0] for w in denials if w.endswith("-member")}  # "ex-member": "ex" before "member"
    return frozenset(w for w in denials | triggers("cooperation").hedges if " " not in w) | prefixes


def _antecedent(view: SentenceView, doc, heads: dict, verb, bodies) -> list[str]:
    """What "it" in a clause on a body stands for: the subject of the sentence's main verb, when it names one actor
    that is no body ("Kazakhstan has worked with the IAEA, of which it is a member")."""
    root = verb.sent.root  # (tokens are made anew on each access: compare indices, never identities)
    found = [k for t in _subject(root) for x in _listed(t) for k in heads.get(x.i, ()) if k not in bodies]
    return found if len(found) == 1 else []


_AS_PARTNERS_RE = re.compile(r"(?:\s*\([^)]{1,30}\))?\s*,?\s*(?:as|among)\s+(?:its|their|the)?\s*"
                             r"(?:joint\s+|fellow\s+|minority\s+|majority\s+|equal\s+|junior\s+|\d+(?:[-–/]\d+|\s?%|\s+per\s?cent)\s+)?"
                             r"(?:co-?)?(?:partners?|members?|shareholders?|owners?|investors?|stakeholders?)\b",
                             re.IGNORECASE)


def _lemma(tok, table: Triggers) -> str:
    """The token's lemma, with its particle when the table lists the phrasal verb ("set up")."""
    lemma = tok.lemma_.lower()
    if lemma not in _phrase_openers(table):
        return lemma  # (most tokens: their children need not be walked)
    for child in tok.children:
        if child.dep_ == "prt" and (f"{lemma} {child.lower_}" in table.words
                                    or f"{lemma} {child.lower_}" in table.lists.get("other_senses", ())):
            return f"{lemma} {child.lower_}"  # (a phrase of another sense is no trigger: "signed off on")
    return lemma


@functools.lru_cache(maxsize=8)
def _phrase_openers(table: Triggers) -> frozenset[str]:
    """What the table's phrases open with, up to each space ("set" of "set up")."""
    return frozenset(w[:i] for w in table.words | table.lists.get("other_senses", frozenset())
                     for i, c in enumerate(w) if c == " ")


def _partners_as(prep, actors) -> Iterable[list[str]]:
    """"A with B, C and D as partners", "A led it, with B and C among its members": one undertaking, all in it."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return
    group = actors(objects)
    last = max((t for o in objects for t in (o, *o.conjuncts)), key=lambda t: t.i)
    if not group or not _AS_PARTNERS_RE.match(prep.doc.text[last.idx + len(last.text):]):
        return
    head = prep.head
    lead = actors([head]) if head.pos_ in ("PROPN", "NOUN") else []
    if not lead and head.pos_ in ("VERB", "AUX"):
        subject = _subject(head)
        if head.dep_ == "relcl" and subject and all(t.tag_ in ("WDT", "WP") for t in subject):
            subject = [head.head]  # "A, which operates X with B as its partner": the clause says it of A
        lead = actors(subject) or actors(c for a in head.children if a.dep_ == "agent"
                                         for c in a.children if c.dep_ == "pobj")
    keys = list(dict.fromkeys(lead + group))
    if len(keys) >= 2:
        yield keys


def _founding_verb(noun, table: Triggers):
    """The verb whose object *noun* is, directly or through a noun for its founding ("announced the formation
    of a joint venture"); None when it is no verb's object."""
    if noun.dep_ == "pobj" and noun.head.lemma_.lower() == "of" and noun.head.head.lower_ in table.founding_words:
        noun = noun.head.head
    return noun.head if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX") else None


def _jointly(verb, table: Triggers) -> bool:
    """Whether *verb* is done as one group ("funded jointly by A and B", "together financed")."""
    return any(c.dep_ == "advmod" and c.lemma_.lower() in table.joint_words for c in verb.children)


def _each_apart(verb, subject_tokens) -> bool:
    """Whether the subjects act each on their own with a third ("A and B each signed an agreement with C",
    "A and B separately signed … with C"): they then do not work with each other."""
    if _on_their_own(verb, subject_tokens):
        return True
    if any(t.lower_ == "respectively" for t in verb.subtree):
        return True  # "A and B signed agreements with C for 1.7 and 0.8 Mtpa, respectively"
    # "The partners signed their financing agreements with the government": plural instruments of their own
    return any(c.dep_ == "dobj" and c.tag_ in ("NNS", "NNPS") and any(d.lower_ == "their" for d in c.children)
               for c in verb.children)


def _on_their_own(verb, subject_tokens) -> bool:
    """Whether "each", "separately" or "individually" goes with the verb or its subjects: whoever the other side
    is, named or not ("A and B each signed supply deals"), the subjects are not each other's."""
    near = [*verb.children, *(c for t in subject_tokens for c in t.children)]
    # (the parser may hang "each" on the last conjunct of the subject: the words from the subject to the verb)
    between = verb.doc[min(t.i for t in subject_tokens):verb.i] if subject_tokens else ()
    # ("A and B separately signed a memorandum", one thing and no third side: one of their own, apart from another)
    one_thing = any(c.dep_ == "dobj" and c.tag_ == "NN" for c in verb.children) \
        and not any(c.dep_ == "prep" and c.lower_ in ("with", "alongside") for c in verb.children)
    return any(c.lower_ in ("each", "individually") or c.lower_ == "separately" and not one_thing
               for c in (*near, *between))


def _crossed(left: list[str], right: list[str]) -> Iterable[list[str]]:
    for a, b in product(left, right):
        if a != b:
            yield [a, b]


def _heads(view: SentenceView, doc) -> dict[int, list[str]]:
    """Token index → the actor keys whose mention has that token as its syntactic head."""
    heads: dict[int, list[str]] = {}
    for r in _actor_refs(view):
        span = doc.char_span(r.start, r.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        keys = heads.setdefault(span.root.i, [])
        if r.key not in keys:
            keys.append(r.key)
    return heads


def _in_apposed_list(tok, conjunct) -> bool:
    """Whether *conjunct*, which the parse coordinates with *tok*, rather ends the "of" list of an apposition of
    *tok* that stands between them ("X, a joint venture of A and B"): no comma closes the apposition before it."""
    for appos in (c for c in tok.children if c.dep_ == "appos" and tok.i < c.i < conjunct.i):
        if not any(p.dep_ == "prep" and p.lower_ in ("of", "between") for p in appos.children):
            continue
        end = max(t.i for t in appos.subtree)
        if end < conjunct.i and (not tok.doc[end + 1].is_punct or tok.doc[end + 1].text == ")"):
            return True
    return False


def _with_conjuncts(tok) -> list:
    """*tok* and the tokens coordinated with it ("A, B and C"), through nested conjunctions."""
    return [tok, *tok.conjuncts]


def _listed(tok) -> list:
    """*tok*, its conjuncts, and a list the parse hangs on it as an apposition ("A, B and C" read as A with the
    apposition "B and C")."""
    return [tok, *tok.conjuncts, *(t for c in tok.children if c.dep_ == "appos" and c.conjuncts and c.i > tok.i
                                   and tok.pos_ == "PROPN" for t in _with_conjuncts(c))]


def _standing_for(tok) -> list:
    """The names a common noun stands for: its apposition ("the lenders — A, B and C —", "three
    partners, A, B and C") or, for a group noun, its "of" list ("the governments of A, B and C")."""
    named = [t for c in tok.children if c.dep_ == "appos" for t in _listed(c)]
    if not named:  # "companies, including A, B and C", "countries such as A and B": the examples given
        named = [t for p in tok.children if p.dep_ == "prep" and _examples_follow(p)
                 for c in p.children if c.dep_ == "pobj" for t in _with_conjuncts(c)]
    if not named and tok.lemma_.lower() in _GROUP_NOUNS:
        named = [t for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                 for c in p.children if c.dep_ == "pobj" for t in _with_conjuncts(c)]
    if not named and tok.lemma_.lower() in _GROUP_NOUNS:
        named = _set_off_after_place(tok)
    return named


_ASIDE_MARKS = frozenset({"–", "—", ","})


def _set_off_after_place(tok) -> list:
    """The list set off by dashes or commas after the place a group noun's words end in ("the eight member states
    around the Baltic Sea – A, B and C – agreed"), which the parse hangs on that place as more of it (or makes the
    place a modifier of the list's first name); none when no mark closes the list ("the firms in A, B and C agreed")."""
    doc = tok.doc
    for prep in tok.children:
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or not obj.conjuncts:
                continue
            chain = sorted([obj, *obj.conjuncts], key=lambda t: t.i)
            close = chain[-1].right_edge.i + 1
            opening = next((t.i for t in doc[tok.i + 1:chain[1].i] if t.text in _ASIDE_MARKS), None)
            if opening is not None and close < len(doc) and doc[close].text in _ASIDE_MARKS:
                return [t for t in chain if t.i > opening]
    return []


def _examples_follow(prep) -> bool:
    """*prep* opens examples of the noun it hangs on: "including", "such as"."""
    word = prep.lower_
    return word == "including" or (word == "as" and any(c.lower_ == "such" for c in prep.children)) \
        or (word == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such")


# Unions of states that forming, founding or joining makes members of, not partners in a work.
_POLITIES = frozenset({"confederation", "federation", "union", "bloc", "grouping", "league", "community"})
_TOGETHER_LEMMAS = frozenset({"cooperate", "co-operate", "collaborate", "coordinate", "partner", "team", "ally"})


_RELATIVE_OPENER_RE = re.compile(r"\b(?:(?:in|of|under|through)\s+which|whose)\b")


def _subject(verb) -> list:
    """The subject tokens of *verb*, inherited through ``xcomp`` and ``conj`` ("A and B agreed to build …")."""
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        if verb.dep_ == "relcl" and verb.lemma_.lower() in _TOGETHER_LEMMAS \
                and any(c.lower_ in ("which", "who", "that") for c in subjects):
            # "A and B, which have coordinated policy since 2016": the names the clause describes (for the verbs
            # that say two work together; "which is building X with Y" is the clause's own statement)
            return [verb.head]
        if not subjects:
            # "A has on 6 June entered into …": the parse may hang the subject on the auxiliary an adverbial follows
            subjects = [c for a in verb.children if a.dep_ == "aux" and a.i < verb.i for c in a.children
                        if c.dep_ in _SUBJECTS]
        if subjects or verb.dep_ not in _INHERITS_SUBJECT or verb.head is verb:
            return subjects
        verb = verb.head
    return []


def _agent_list(view: SentenceView, verb, agent: list[str]) -> list[str]:
    """The whole list of names a passive verb's "by" opens, where the parse lost its end ("developed by A, B (B2),
    C and the German operator D": the parser may hang C and D on the verb)."""
    by = next((a for a in verb.children if a.dep_ == "agent"), None)
    if by is None:
        return agent
    after = by.idx + len(by.text)
    for group in coordinated_lists(view, ACTOR_KINDS):
        keys = unique_keys(group)
        # (names, not signers: the people who sign stand for bodies the parse reads on its own)
        if group and re.fullmatch(r"\s+(?:the\s+)?", view.text[after:group[0].start]) and set(agent) <= set(keys) \
                and not any(r.how == "person" for r in group):
            return keys
    return agent


def _with_objects(tok, table: Triggers) -> list:
    """Objects of "with", "alongside", "together with" attached to *tok*."""
    objects = []
    for child in tok.children:
        lemma = child.lemma_.lower()
        if child.dep_ == "prep" and lemma in table.with_preps:
            objects += [c for c in child.children if c.dep_ == "pobj" and not _looking_on(c)]
        elif child.dep_ == "advmod" and lemma in table.with_preps:  # "together with"
            objects += [c for p in child.children if p.dep_ == "prep" for c in p.children if c.dep_ == "pobj"]
    return objects


# What makes "with X …" say who was there rather than who took part: "with the ministers in attendance",
# "with the two presidents looking on", "with X present"
_LOOKING_ON_RE = re.compile(r"\b(?:in\s+attendance|in\s+(?:the\s+)?audience|present|looking\s+on|watching|on\s+hand|"
                            r"as\s+(?:witnesses|observers|guests))\b")


def _looking_on(pobj) -> bool:
    """Whether the "with" object *pobj* is a bystander ("with the energy ministers of A and B in attendance")."""
    doc = pobj.doc
    after = doc[pobj.right_edge.i + 1:min(len(doc), pobj.right_edge.i + 4)].text
    inside = doc[pobj.i + 1:pobj.right_edge.i + 1].text
    return bool(_LOOKING_ON_RE.match(after) or _LOOKING_ON_RE.search(inside[-20:]))


@functools.lru_cache(maxsize=8)
def _modal_hedges(table: Triggers) -> frozenset[str]:
    """The table's hedges, plus "will" (the future is not yet fact) and "no" ("no agreement")."""
    return table.hedges | {"will", "no"}


# Verbs of saying (the speech table's), whose clause tells what is said as fact
_SAYING = frozenset(w.split()[0] for w in triggers("speech").lists["reporting_finite_verbs"])

# Subordinators that make a clause a condition or a question, not a statement.
_CONDITIONS = frozenset({"if", "unless", "whether", "once", "until", "provided", "lest"})


def _hedged(tok, table: Triggers, text: str) -> bool:
    """The statement at *tok* is negated, hedged, planned or conditional."""
    for child in tok.children:
        if child.dep_ == "neg" or (child.dep_ in ("aux", "auxpass", "amod", "det")
                                   and child.lemma_.lower() in _modal_hedges(table)):
            return True
        if child.dep_ == "mark" and child.lower_ in _CONDITIONS:
            return True  # "if A and B agreed on its parameters": a condition, however far the subject reaches
        if child.dep_ == "dobj" and tok.pos_ in ("VERB", "AUX") \
                and any(d.dep_ == "det" and d.lower_ == "no" for d in child.children):
            return True  # "A and B signed no agreement": a verb whose object is none
    if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and tok.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ == "nsubj" for c in tok.children) and _hedged(tok.head, table, text):
        return True  # "has not confirmed a site or signed any document": the negation governs both verbs
    head = tok
    for _ in range(3):  # "plans to sign", "hopes that they will build"
        if head.dep_ not in ("xcomp", "ccomp", "dobj", "pobj", "prep", "acl", "relcl") or head.head is head:
            break
        head = head.head
        if head.lemma_.lower() in _SAYING:
            break  # "wishes to announce that A has entered into …": what is announced is told as done
        if head.lemma_.lower() in table.hedges or any(c.dep_ == "neg" for c in head.children):
            return True
    if tok.pos_ in ("VERB", "AUX"):
        return cues.hedged_before(text, tok.idx)
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and tok.head.pos_ in ("VERB", "AUX") \
            and any(_hedged(v, table, text) for v in (tok.head, *(c for c in tok.head.children if c.dep_ == "xcomp"))):
        return True  # "contracts between A and B are still to be signed"
    return cues.negated_noun(text, tok.idx)


# Nouns for a signed instrument that the cooperation table does not list as triggers.
_PACT_NOUNS = frozenset({"convention", "charter", "statute"})


def _off_topic(tok, table: Triggers) -> bool:
    """The words after the trigger make it a pact on something else ("a treaty … with no mutual defence clause")."""
    doc = tok.doc
    start = max(tok.left_edge.i, tok.i - 3)  # its own modifiers too ("a defence agreement")
    if tok.dep_ in ("acl", "relcl") and tok.head.i < tok.i:
        # "the Convention on the Legal Status …, signed by A and B"; "a status of forces agreement that A and B
        # signed" (the parse may hang "agreement" under "status of": the words before its own phrase too)
        start = min(start, max(0, tok.head.left_edge.i - 3))
    for child in tok.children:  # what was signed may be its subject or object ("The Convention on … was signed")
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.lemma_.lower() in table.nouns | _PACT_NOUNS:
            start = min(start, child.left_edge.i)
    span = doc[start:min(len(doc), tok.i + 30)]
    if any(t.lower_ in table.off_topic for t in span):
        return True
    text = " ".join(span.text.lower().split())
    if any(phrase in text for phrase in table.off_topic_phrases):
        return True
    # a pact on trade or transport at large ("a memorandum on an economic corridor"), unless it names energy
    return any(phrase in text for phrase in table.general_topic_phrases) \
        and not any(t.lower_ in table.energy_words for t in span)
