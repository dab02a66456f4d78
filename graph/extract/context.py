"""Who a sentence talks about: the actor references relation rules work on.

A :class:`SentenceView` lists, for one sentence, the actors it refers to
(:class:`Ref`): named mentions, people standing for the state or organization
they represent, and resolved definite descriptions ("the two countries", "the
ministry", "the company", "the bloc", "whose country"). Each reference says
whether it only modifies another name ("China's Universal Energy", "Chinese
partners", "Petroguin of Guinea-Bissau") or sits in a descriptive aside
("a subsidiary of …", "attended by …"), which relation rules use to tell the
parties of a statement from the names around them. Clause boundaries
(";", ":", dashes, relative and participle clauses) are computed once too.

This module is internal to the relation rules (``relations``, ``projects``,
``events``); its helpers take and return the objects defined here.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from epkg.graph.extract.facts import (COMPANY, GOVERNMENT_BODY, INTERNATIONAL_ORGANIZATION, ORGANIZATION, PERSON, PLACE,
                                      STATE, DocumentFacts, leading)
from epkg.graph.extract import orgnames
from epkg.graph.extract.entities import ANY_TITLE_RE, REPORTING, REPRESENTING_AFTER_RE, TITLE_RE, UNIT_OF_NOUNS
from epkg.graph.extract.text import NUMBER_WORDS, PERCENT_SIGN, hint_text
from epkg.ontology import gazetteer as gaz_module

# (a university or a chamber of commerce signs memoranda too: "Rosatom and Addis Ababa University signed …")
ACTOR_KINDS = (STATE, INTERNATIONAL_ORGANIZATION, COMPANY, GOVERNMENT_BODY, ORGANIZATION)

_CLAUSE_RE = re.compile(
    r"\s*;\s*|:\s+|\s+[—–]\s+|\s+-\s+|\((?=[a-z])|"
    r",\s+(?=(?:which|who|whose|where|while|when|although|though|but|pending|setting|saying|making|"
    r"allowing|giving|bringing|adding|according|after\s+which|at\s+whose|whereas|as\s+well\s+as|"
    r"and\s+that|and\s+the\s+\w+\s+(?:said|says)|"
    # ", as both countries brace for …": a clause of its own (not ", as part of", ", as well as")
    r"as\s+(?=(?:both|the|their|its|they|it|he|she|we|[A-Z]\w+)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:are|is|was|were|have|has|had|will|would|brace[sd]?|prepare[sd]?|seek|seeks|sought|look|looks|move[sd]?)\b))\b)"
    r"|\s+(?=(?:after\s+which|while|whereas|although)\b)")
_POSSESSIVE_RE = re.compile(r"^\s*['’]s?\s")
# An owner and a capitalised name that no list holds ("Korea's Daelwoo"): the name is the actor.
_OWNED_NAME_RE = re.compile(r"\s*['’]s?\s+(?:the\s+)?(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)")
# Phrases after which a name is described rather than acting ("a subsidiary of X", "attended by X"),
# indexed by their last word so one pass over the prepositions of a sentence finds them.
_EXCLUDING = {
    "of": {*UNIT_OF_NOUNS, "portfolio company", "headquarters", "offices", "premises", "part", "presence", "invitation", "ambassadors",
           "ambassador", "behalf", "instead", "ahead", "chairman", "chair", "board", "member", "members", "takeover",
           "secretary", "president", "minister", "head", "director", "chairwoman", "chief", "executive", "officer",
           "governor", "commissioner", "administrator", "founder", "ceo", "envoy", "secretary-general",
           "secretary general", "director-general", "director general",
           # "GEK Terna, the parent company of Terna Energy": the company it owns only describes it
           "parent", "parent company", "owner", "owners", "shareholder", "shareholders"},
    "by": {"owned", "attended", "represented", "headed", "over", "led", "co-led", "co-chaired", "financed", "mainly",
           "funded", "provided", "witnessed", "overseen", "watched",
           # "an agreement approved by the Energy Regulatory Commission": the regulator is no party
           "approved", "authorised", "authorized", "endorsed", "licensed", "cleared",
           "arranged", "underwritten", "guaranteed", "insured"},
    "to": {"ambassador"},
    "than": {"rather"},
    "in": {"buyers", "buyer"},
}
# The region an officer's post covers: "Country Director for", "Regional Manager for the"
_REGION_OF_OFFICE_RE = re.compile(r"\b(?:Director|Manager|Representative|Head|Coordinator|Officer|Vice[- ]President|"
                                  r"(?:regional|country|area|general)\s+(?:president|director|manager|head|chief|"
                                  r"representative))\s+for\s+(?:the\s+)?$")
_HOSTILE_AFTER_RE = re.compile(r"['’]s?\s+(?:full-scale\s+|military\s+|illegal\s+|unprovoked\s+)?(?:invasion|war|"
                               r"occupation|annexation|aggression|attacks?|bombing|blockade|sanctions)\b")
_HOSTILE_BEFORE_RE = re.compile(r"\b(?:invasion|occupation|annexation|war|aggression|attacks?|bombing|blockade|"
                                r"ceasefire|truce|armistice|conflict)\s+"
                                r"(?:of|on|against|in|with)\s+(?:the\s+)?$")


# ", which Mr Sharif called \"brotherly countries\",": a relative clause of what someone called the names before it
_CALLED_CLAUSE_RE = re.compile(r",\s+(?:which|whom|who)\s+[^,;:]{0,60}?\b(?:called|calls|described|describes|dubbed|"
                               r"termed|hailed)\b[^;:]{0,80}?,")


_RELATIVE_OPENER_RE = re.compile(r"\b(?:that|which|who|whom)\s")


def _relative_clause_start(text: str, pos: int) -> int:
    """Where the relative clause *pos* stands in opens ("… a contract that C signed with …"), else 0."""
    opener = None
    for opener in _RELATIVE_OPENER_RE.finditer(text, max(0, pos - 80), pos):
        pass
    return opener.start() if opener is not None and not re.search(r"[,;.]", text[opener.end():pos]) else 0


def _who_called_them(view: "SentenceView") -> None:
    """Whoever a relative clause says called the names before it something ("Pakistan and Azerbaijan, which Mr
    Sharif called \"brotherly countries\", have been members of …") is an aside, no actor of the sentence."""
    if "called" not in view.text and "descri" not in view.text and "dubbed" not in view.text \
            and "termed" not in view.text and "hailed" not in view.text:
        return
    for m in _CALLED_CLAUSE_RE.finditer(view.text):
        for r in view.refs:
            if m.start() <= r.start and r.end <= m.end():
                r.aside = True


# Whom a firm tells of its deal: "disclosed to the Kazakhstan Stock Exchange (KASE) that it has signed",
# "said in a filing with the Hong Kong Stock Exchange", "informed the Bucharest Stock Exchange that"
_AUDIENCE_BEFORE_RE = re.compile(r"\b(?:(?:disclosed|reported|announced|said|stated|declared|confirmed|submitted)\s+"
                                 r"(?:(?:on|in)\s+(?:[\w-]+\s+){1,3}?)?to|(?:filing|filings|notice|notification|statement|"
                                 r"disclosure|release|announcement)\s+(?:to|with)|"
                                 r"(?:informed|notified|told|updated|advised)|announced\s+to)\s+(?:the\s+)?$")
# (one of them in every sentence the pattern can match: most sentences are skipped before it is tried)
_AUDIENCE_WORDS = ("isclos", "report", "announc", "said", "stated", "statement", "declared", "confirmed", "submitted",
                   "filing", "notice", "notif", "release", "inform", "told", "updated", "advised")


def _audiences(view: "SentenceView") -> None:
    """Those a firm tells of its news (an exchange, its bondholders, a regulator) are no actors of the deal it tells
    of: asides."""
    if not any(w in view.text for w in _AUDIENCE_WORDS):
        return
    for r in view.refs:
        if _AUDIENCE_BEFORE_RE.search(view.text, max(0, r.start - 60), r.start) \
                and (told := _TOLD_AFTER_RE.match(view.text, r.end)) is not None:
            for o in view.refs:  # (and its short form in brackets, and the state its name opens with)
                if r.start <= o.start and o.end <= told.start("what"):
                    o.aside = True


_TOLD_AFTER_RE = re.compile(r"(?:\s*\([^)]{1,20}\))?\s*(?:,\s*)?(?:on\s+\w+\s+)?(?P<what>that|of|about|on)\b")


# An aside between spaced dashes right after a name ("The FSC - a subsidiary of KEGOC that buys power in Kazakhstan -
# signed …")
_DASHED_ASIDE_RE = re.compile(r"\)?\s[-–—]\s(?P<aside>[^-–—;:.]{3,200}?)\s[-–—]\s")


# An apposition with a relative clause that opens with a preposition ("Southern Energy, the vehicle through which
# A, B and C plan to …, signed"), up to the comma before the main verb
_PREPOSITIONAL_RELATIVE_RE = re.compile(r"\s*,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:through|in|by|via|with|under)\s+which\s+"
                                        r"(?P<aside>[^;:.]{3,240}?),\s+(?=(?:[a-z]+\s+){0,2}?(?:signed|has|have|had|will|is|"
                                        r"was|are|were|said|agreed|announced|concluded|inked)\b)")


def _asides_after_names(view: "SentenceView", pattern: re.Pattern) -> None:
    """The names inside the group ``aside`` of *pattern*, matched right after a name, describe that name: asides, no
    actors of the sentence (an aside between dashes, a relative clause that opens with a preposition)."""
    for r in list(view.refs):
        m = pattern.match(view.text, r.end)
        if m is None or r.aside:
            continue
        for o in view.refs:
            if m.start("aside") <= o.start and o.end <= m.end("aside"):
                o.aside = True


def _at_war(view: "SentenceView") -> None:
    """States named as the sides of a war, an invasion or an occupation are asides, no actors of the sentence:
    "shortly after Russia's invasion of Ukraine, the two governments agreed …"."""
    text = view.text
    if not any(w in text for w in ("invasion", "war", "occupation", "annexation", "aggression", "attack",
                                   "bombing", "blockade", "sanctions", "ceasefire", "truce", "armistice",
                                   "conflict")):
        return
    for r in view.refs:
        if r.kind == STATE and (_HOSTILE_AFTER_RE.match(text, r.end)
                                or _HOSTILE_BEFORE_RE.search(text, max(0, r.start - 30), r.start)):
            r.aside = True


_EXCLUDING_PREP_RE = re.compile(r"\b(?:of|by|to|than|in)\b")
# A head of state or government named by office after "by" or in a list of signers: "by the President of".
# The offices of heads of state and government.
_LEADER_RE = re.compile(r"President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emir")
# A leader or the leader's deputy ("Deputy Prime Minister Tran Hong Ha", "Vice President X")
_STATE_LEADER = rf"(?:(?:First\s+)?(?:Deputy|Vice)[\s-]+|First\s+)?(?:{_LEADER_RE.pattern})"
_STATE_LEADER_RE = re.compile(_STATE_LEADER)
_MINISTER_RE = re.compile(r"(?:(?:First\s+)?(?:Deputy|Vice)[\s-]+)?Minister\s+(?:of|for)\s")
# "Sulgás president Marcelo Brandão": a name in no list before a title in lower case is the holder's firm,
# so the title is no head of state's
# ("Commission President Ursula von der Leyen": the president of a body, not of a state)
_FIRM_TITLE_BEFORE_RE = re.compile(r"\b(?!(?:The|A|An|Its|Their|His|Her|Our|Former|Then|Vice|Deputy|Incoming|Outgoing|Acting|"
                                   r"Interim|Late|Current|New)\b)[A-Z][\w&'’.-]*"
                                   r"\s+(?:[Pp]resident|[Cc]hairman|[Cc]hairwoman|[Cc]hair)\s+$")
_SIGNER_OFFICE_BEFORE_RE = re.compile(rf"(?:\bby|\band|,)\s+the\s+{_STATE_LEADER}\s+$")


# A name described by its owners in an apposition ("X, a joint venture of A and B,", "X, a joint venture
# owned in equal shares by A and B,"): the owners
# describe X and take no part in what X does (a venture's own subject, "A joint venture of A and B
# will build …", is not an apposition; owners listed after a colon are read by the venture rule).
_OWNERS_APPOSITION_RE = re.compile(r",\s+(?:a|an|the|its)\s+(?:[\w:.-]+\s+){0,2}?(?:joint\s+)?venture\s+"
                                   r"(?:of|between|formed\s+by|(?:owned|held)\s+(?:[\w-]+\s+){0,4}?by)\b"
                                   r"(?![^.;:]{0,60}:)")


# Between a state and the firm it qualifies: the firm's trade in lower case ("US reactor maker ", "the
# Italian oil major ", "Japan's state lender ").
_TRADE = orgnames.FIRM_NOUNS_PATTERN
#: The nouns of a firm's part, named with its parent ("the upstream arm of X", "a unit of X").
UNIT_NOUNS = r"(?:arm|unit|subsidiary|subholding|affiliate|division|portfolio\s+company)"
# Words that describe a firm named next in a list without a trade noun ("A and local independent B")
_FIRM_DESCRIBERS = r"(?:local|independent|domestic|foreign|private|privately[- ]held|publicly[- ]listed|listed|" \
    r"state-owned|state-run|state-backed|family-owned|citizen-owned|indigenous)"
# The state may own or back the firm rather than name its nationality ("the British-owned developer X",
# "a Chinese-backed contractor"): the firm is still the actor.
_TRADE_GAP_RE = re.compile(rf"(?:[-–](?:owned|controlled|backed|held|run|funded|financed))?"
                           rf"\s+(?:(?:[a-z][\w-]*\s+){{0,2}}(?:{_TRADE})|state-(?:owned|controlled|run))\s+")


def _excluding_ends(text: str) -> list[int]:
    """End offsets of the excluding phrases of *text*."""
    ends = [m.end() for m in _OWNERS_APPOSITION_RE.finditer(text)] if "venture" in text else []
    for m in _EXCLUDING_PREP_RE.finditer(text):
        words = text[max(0, m.start() - 40):m.start()].lower().split()
        if not words:
            continue
        last = words[-1]
        pair = " ".join(words[-2:])
        wanted = _EXCLUDING[m.group(0)]
        if m.group(0) == "of" and _SIGNER_OFFICE_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "signed by the President of Kenya, William Ruto": the state signs through its head
        if last in wanted or pair in wanted or (m.group(0) == "of" and last == "general") \
                or m.group(0) == "by" and re.search(r"\w-(?:owned|controlled|backed|held)$", last):
            # ("the project company majority-owned by Nuclearelectrica": the owner describes it)
            ends.append(m.end())
    return ends


# An apposition that describes the name before it by its state: ", the UK's development finance
# institution," — a possessive and a common noun phrase, closed by punctuation or the sentence's end.
_APPOSITION_OPEN_RE = re.compile(r"\)?\s*,\s+(?:the\s+|a\s+|an\s+)?$")
_STATE_DESCRIPTION_RE = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,5}[a-z][\w-]*\s*(?:[,;.)]|$)")


def _describes_the_name_before(view: "SentenceView", before: list["Ref"], r: "Ref") -> bool:
    """Whether state *r* opens an apposition describing the actor named just before it."""
    prev = next((o for o in reversed(before) if o.end <= r.start and o.how != "coref"), None)
    return prev is not None and prev.kind != STATE and r.start - prev.end <= 12 \
        and _APPOSITION_OPEN_RE.search(view.text, prev.end, r.start) is not None \
        and _STATE_DESCRIPTION_RE.match(view.text, r.end) is not None


# Between two names of one list inside an aside ("owned by A, B and C").
# ("in the presence of President A and then Prime Minister B": a title may stand before the next name)
# ("led by A and B and including C": the group's other members go on the list)
# ("subsidiaries of state electricity firm PT PLN and state oil and gas firm PT Pertamina": each name may be
# described by its trade first)
_TRADE_DESCRIPTION = rf"(?:(?:[a-z][\w'’-]*\s+){{0,4}}(?:{_TRADE})s?\s+)?"
# ("a consortium led by A together with B and C": the leader's partners in it)
_ASIDE_LIST_GAP_RE = re.compile(r"(?:\)|\s*\((?:Persero|Tbk)\))?(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s+and\s+(?:also\s+)?including\s+"
                                r"|\s+(?:together|along)\s+with\s+)"
                                rf"(?:the\s+)?(?:then[-\s]|former\s+)?{_TRADE_DESCRIPTION}"
                                r"(?:[A-Z][\w.-]*\s+){0,3}")
# Between an excluding cue and the name it governs: at most an article and two words, after the name's trade.
# ("the generation arm of Indonesian state utility PT PLN": the parent's nationality may come first)
_EXCLUDING_GAP_RE = re.compile(rf"\s+(?:the\s+)?(?:[A-Z][a-z][\w-]*(?:['’]s)?\s+(?=(?:[a-z][\w'’-]*\s+){{0,3}}(?:{_TRADE})))?"
                               rf"{_TRADE_DESCRIPTION}(?:[\w'’-]+\s+|[\w'’]+-[a-z]+,\s+){{0,2}}")  # ("the Texas-based, US-listed X")
# The parent named in a unit's apposition, before its name: ", the Chilean subsidiary of Colombia's "
_APPOSED_UNIT_OF = rf",\s+(?:and\s+)?(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){{0,3}}?{UNIT_NOUNS}\s+of"
_UNIT_PARENT_BEFORE_RE = re.compile(rf"\)?\s*{_APPOSED_UNIT_OF}\s+(?:the\s+)?"
                                    r"(?:[A-Z][\w'’-]*['’]s\s+)?(?:[A-Za-z][\w-]*\s+){0,4}$")
# A unit named in an apposition ("X, the generation arm of PLN, and Y signed"): the comma after the parent
# closes the aside; the next name is the list's own again
_APPOSED_UNIT_OF_RE = re.compile(rf"{_APPOSED_UNIT_OF}$")
# After a bloc's name, the rest of its meeting's name ("ASEAN| Ministers on Energy Meeting", "SCO| Energy Ministers'
# Meeting", "GECF| Summit", "OPEC+| Ministerial Meeting")
_BLOC_MEETING_AFTER_RE = re.compile(r"(?:\s+(?:[A-Z][\w'’-]*|on|of|for|and|\+)){0,6}?\s+(?:Meeting|Summit|Ministerial|"
                                    r"Conference|Council|Dialogue)\b")
def names_its_meeting(text: str, end: int) -> bool:
    """Whether the organization's name that ends at *end* opens the name of its meeting ("ASEAN| Ministers on Energy
    Meeting", "GECF| Summit")."""
    return _BLOC_MEETING_AFTER_RE.match(text, end) is not None


# Whom a report or filing went to ("said in a filing to the Saudi Exchange", "in a statement to the bourse"): no
# actor of what the report says
_FILED_TO_BEFORE_RE = re.compile(r"\b(?:in|through|via)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:filing|statement|"
                                 r"notice|disclosure|submission|notification|letter)\s+(?:sent\s+)?(?:to|with)\s+(?:the\s+)?$")
# "Kenya's energy minister and his Ethiopian counterpart": the state's office holder stands for the state
# (not "Kenya's energy minister Davis Chirchir", where the person does)
# The offices through which a state acts ("Kenya's energy minister"), after its possessive
OFFICE_NOUNS = r"(?:minister|president|prime\s+minister|secretary|commissioner|envoy|ambassador)"
OFFICE_HOLDER_AFTER_RE = re.compile(rf"['’]s?\s+(?:[a-z][\w-]*\s+){{0,3}}(?:{OFFICE_NOUNS}|delegation|government|"
                                    rf"officials?)(?:\s*,|\s+(?![A-Z]))")
# "Kazakh and Chinese officials": the first demonym shares the noun that makes the second an actor
_COORDINATED_DEMONYM_ACTOR_RE = re.compile(r"^\s+and\s+[A-Z][\w'’-]+\s+(?:side|sides|government|governments|authorities|"
                                           r"delegations?|officials|leaders|ministers)\b")
# (a compound of demonyms acts, "French-Kazakh cooperation", unless it only says whose a firm is: "a French-German
# consortium of A and B")
_DEMONYM_ACTOR_RE = re.compile(rf"^(?:[-–]\w(?![\w'’-]*\s+(?:consortium|venture|joint|partners|companies|utilities|"
                               rf"(?:{_TRADE})s?)\b))"
                               r"|^(?:\s+(?:side|government|governments|authorities|delegation|"
                               r"officials|leadership|state|relations|ties|cooperation|"
                               # ("its French counterpart RTE": the name after it acts; the demonym says whose it is)
                               r"counterparts?\b(?!\s+(?:the\s+)?[A-Z])))")
_NOUN_MODIFIED_RE = re.compile(
    r"\s+(?:member|members|countries|states|state|observer|dialogue|partner|partners|market|region|summit|"
    r"chairmanship|presidency|energy|electricity|sector|company|companies|investor|investors|grid|bloc|"
    r"framework|platform|ministers?|officials?|delegation|leaders?|secretariat|commissioner|envoy|"
    r"project|plant|pipeline|network|operator|group|subsidiary|unit|arm)\b")
# "the Baker Hughes company", "the Rosneft company": a firm called by its own kind, as translations write it (not
# "the Adani group company X", "the Gazprom company's unit")
_FIRM_CALLED_SO_RE = re.compile(r"\s+(?:company|firm|group)\b(?!['’]|\s+(?:[A-Z]|unit|subsidiary|arm|compan|official|executive))")
# "Name, chairman and chief executive of the French major": the words of a title, then "of".
_APPOSITION_OF_RE = re.compile(r",\s+(?:(?:the|its|his|her)\s+)?(?:[a-z][\w-]*\s+|and\s+){1,6}?(?:of|at|for)\s+")
# "Germany's Vice-Chancellor and Federal Minister for Economic Affairs, Robert Habeck"
_TITLE_BEFORE_RE = re.compile(r"['’]s?\s+(?:(?:[A-Z][\w.-]*|and|for|of|the|on|in)\s+){1,12}?(?:[A-Z][\w.-]*),\s+")
_REPRESENTED_BY_RE = re.compile(r"\s+(?:was|were|is|are)\s+represented\s+by\b|\s+sent\s+(?:its|their)\b")
# Titles that speak for a state when the text names no other side.
_ARTICLE_BEFORE_RE = re.compile(r"\b(?:an?|the)\s+$")
# The noun of a work named after the two states it joins ("the Zambia-Tanzania Interconnector Project")
_WORK_NAMED_AFTER_RE = re.compile(r"\s+(?:(?:[A-Z][\w-]*|[a-z][\w-]*)\s+){0,2}?(?i:interconnector|interconnection|"
                                  r"pipeline|power\s+line|transmission\s+line|cable|corridor|railway|highway)\b")
_DESCRIBING_CUE_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join(UNIT_OF_NOUNS)}|parent(?:\s+company)?|portfolio\s+company|owner)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}$"
    r"|\b(?:owned|approved|authori[sz]ed|endorsed|licensed|cleared)\s+(?:[^,;()]{0,20}\s)?by\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}$")
_FIRM_AFTER_STATE_RE = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{_TRADE})s?\b")
_OF_BEFORE_RE = re.compile(r"\bof\s+(?:the\s+)?$")
_OF_GAP_RE = re.compile(r"\)?(?:\s*\([A-Z][A-Za-z0-9&.-]{1,9}\))?\s+of\s+(?:the\s+)?")  # "NVVN (NVVN) of India"
# "The gas transmission system operators of Romania, Greece and …": firms of the states listed, whose
# names come later or never (the states are not the ones acting)
# (one firm too, described in an apposition: "Masdar, the renewable energy company of the United Arab Emirates,")
_FIRMS_OF_BEFORE_RE = re.compile(r"\b(?:operators|companies|utilities|firms|producers|regulators|developers|"
                                 r"subsidiaries|TSOs|distributors|enterprises|corporations)\s+of\s+(?:the\s+)?$"
                                 r"|,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:operator|company|utility|firm|producer|"
                                 r"developer|subsidiary|distributor|enterprise|corporation|champion|arm|unit)\s+of\s+"
                                 r"(?:the\s+)?$")
_STATE_LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
# After a list's item: the next item, the list's end in a dash or bracket, or the sentence's end.
_LISTED_ON_RE = re.compile(r"\s*(?:,|and\b|[–—)]|$)")
_PUNCTUATION_RE = re.compile(r"[,;.:()]")
def _governs_the_state(ent) -> bool:
    """Whether a "Government of X" body is its state's government, not a province's ("Government of Gujarat")."""
    tail = re.sub(r"(?i)^(?:the\s+)?governments?\s+of\s+(?:the\s+)?", "", ent.label)
    gaz = gaz_module.load()
    return tail == ent.label or any(e.key == f"state/{ent.country}" for e in gaz.lookup(tail)) \
        or not gaz.maintained_places(tail)


_GOVERNMENT_RE = re.compile(r"(?i)(the\s+)?governments?\b")
# "the government", "Government" with no state: the report's own (not "the government of X", not "governments")
_BARE_GOVERNMENT_RE = re.compile(r"\b(?:(?:[Tt]he|[Ii]ts|[Oo]ur)\s+)?[Gg]overnment\b(?!\s+(?:of|in|and\s+the\s+government)\b)"
                                 r"(?![-\w])(?!['’]s\s+(?:own\s+)?(?:spokes|statement))")
# Between a name and its short form in brackets, perhaps after a legal form ("Empresa X, E.P. (ENE)")
_OPEN_PAREN_RE = re.compile(r"(?:,?\s+[A-Z][\w.&]{0,10})?\s*\(\s*(?:(?:the\s+)?[\"“])?"  # (a filing's: ("GIP"))
                            # ("Abu Dhabi Future Energy Company, better known as Masdar,": the same firm's other name)
                            r"|\s*,\s+(?:better\s+|also\s+|more\s+commonly\s+)?known\s+as\s+")
_TITLE_WORDS = {"minister", "of", "for", "and", "the", "deputy", "first", "state", "vice", "acting", "cabinet"}
_NUMBERS = {**{w: n for w, n in NUMBER_WORDS.items() if n >= 2}, "both": 2, **{str(n): n for n in range(2, 40)}}
_COUNT = rf"(?:{'|'.join(w for w, n in NUMBER_WORDS.items() if n >= 2)}|[2-9]|[1-3]\d)"
# Firms counted by their trade ("the two grid operators", "the two yards"): the firms named together before.
_FIRM_GROUP_NOUNS = ("firms", "utilities", "operators", "developers", "lenders", "banks", "contractors", "majors",
                     "producers", "suppliers", "yards", "shipyards", "investors")
_GROUP_RE = re.compile(
    rf"\b(?:(?P<num>the\s+{_COUNT}|both|all\s+{_COUNT}|their(?:\s+two)?|our(?:\s+two)?(?=\s+(?:countries|states|nations)\b)|the(?=\s+(?:sides|parties|partners|companies|leaders|ministers|participants|delegations)\b(?!\s+of\b)))\s+"
    r"(?P<nationality>(?:US|U\.S\.|EU|UK|[A-Z][a-z]+(?:an|ese|ish|ian|i|ic))\s+(?=companies|groups|firms)|"
    r"(?:host|neighbou?ring|partner|member|participating|signatory)\s+(?=countries|states|governments|nations)|"
    # a region's adjective: "the three Baltic states", "the five Central Asian countries"
    r"(?:[A-Z][a-z]+\s+){1,2}(?=countries\b|states\b|nations\b)|"
    r"(?:grid|state|power|oil|gas|energy|national|transmission|local|international|foreign|development)\s+"
    rf"(?=(?:{'|'.join(_FIRM_GROUP_NOUNS)})\b)|"
    # "the two prime ministers", "the two foreign ministers": the leaders of the states
    r"(?:prime|foreign|energy|deputy\s+prime)\s+(?=ministers\b))?"
    r"(?P<noun>countries|states|nations|governments|sides|leaders|ministers|participants|delegations|presidents|"
    # "signed by the three heads of state"
    r"heads\s+of\s+(?:state|government)(?:\s+and\s+(?:of\s+)?government)?|"
    r"men|neighbou?rs|capitals|"
    rf"partners|parties|signatories|members|companies|groups|{'|'.join(_FIRM_GROUP_NOUNS)})\b|\b(?P<eachother>each\s+other)\b)",
    re.IGNORECASE)
# A place named before its state after a preposition ("in Sharm el-Sheikh, Egypt"), and what may follow the state
_PLACE_BEFORE_STATE_RE = re.compile(r"\b(?:in|at|near|from)\s+(?:the\s+)?[A-Z][\w'’.-]*"
                                    r"(?:[\s-]+(?:[A-Z][\w'’.-]*|el|al|de|di|du|sur|on|upon|la|le))*,\s(?:the\s)?$")
_PLACE_STATE_END_RE = re.compile(r"\s*[,.;:)]|\s*$|\s+(?:on|in|at|last|this|earlier|yesterday|today|from|for|where)\b")
# The rest of an event's name after a state's or a place's ("India Energy Week", "North Sea Summit")
EVENT_NAME_AFTER_RE = re.compile(r"(?:\s+[A-Z][\w'’&-]*){0,4}\s+(?:Week|Summit|Forum|Conference|Congress|Expo|"
                                  r"Exhibition|Dialogue|Festival)\b")
# A group after ", and" that a verb follows opens a clause of its own (", and the four utilities signed …"):
# not an item of the list before
_CLAUSE_SUBJECT_AFTER_RE = re.compile(r"\s+(?:have\s+|had\s+|also\s+|then\s+|jointly\s+|each\s+)*"
                                      r"(?:signed|agreed|concluded|inked|committed|pledged)\b")
# "She signed …", "A day earlier, on 7 November and also at the conference, she signed …"
_PRONOUN_HINT_RE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_PERSONAL_PRONOUN_RE = re.compile(r"(?:[^.;:\"“”]{0,80}?,\s+)?(?P<pronoun>[Ss]?[Hh]e)\s+(?:also\s+|then\s+|later\s+)?"
                                  r"(?:signed|agreed|inked|concluded|met|held|visited|announced|launched)\b")
# "It" as the subject of a sentence's main clause, after an opening phrase or none ("Launched in 2015, it now
# groups …"), but not the "it" of a clause that only comments ("It is expected that …", "It was not clear …")
_BODY_PRONOUN_RE = re.compile(r"(?:[^.;:\"“”]{0,120}?,\s+)?(?P<pronoun>[Ii]t)\s+(?:now\s+|also\s+|then\s+|later\s+|still\s+)?"
                              r"(?!(?:is|was|will\s+be|has\s+been|had\s+been|would\s+be|remains|seems)\s+(?:not\s+)?"
                              r"(?:[\w-]+\s+){0,3}?(?:that|to|whether|clear|unclear)\b)[a-z]+\b")
# An opening phrase that names who does something with the subject: "Together with A and B, it …"
_COMPANIONS_OPENING_RE = re.compile(r"\s*(?:Together\s+with|Along\s+with|Alongside|Jointly\s+with|In\s+partnership\s+with)\s")
# Who is there, not who acts: "attended by", "in the presence of" and the like, before a list (and its titles)
_PRESENT_BY_RE = re.compile(r"\b(?:(?:attended|witnessed|flanked|accompanied|watched)\s+by|in\s+the\s+presence\s+of)\b",
                            re.IGNORECASE)


def _present_at(text: str, start: int) -> bool:
    """Whether the name at *start* is one of a list of those present ("attended by A, B's president C and D"):
    after such a cue, with only names and titles, each item opening in capitals, in between."""
    cue = next(reversed(list(_PRESENT_BY_RE.finditer(text, max(0, start - 160), start))), None)  # the last one
    if cue is None or re.search(r"[;:]", text[cue.end():start]):
        return False
    return all(re.match(r"\s*(?:and\s+)?(?:the\s+)?[A-Z]", chunk) or not chunk.strip()
               for chunk in text[cue.end():start].split(",")[1:])
# "the project company" standing alone, and where a firm is called so ("X LLP, the project company wholly owned by Y",
# "the project company, X")
_THE_PROJECT_COMPANY_RE = re.compile(r"\bthe\s+project\s+company\b")
_CALLED_PROJECT_COMPANY_AFTER_RE = re.compile(r"(?:\s*\([^)]{1,40}\))?\s*,\s+(?:the|its|a)\s+(?:[\w-]+\s+)?project\s+company\b")
_CALLED_PROJECT_COMPANY_BEFORE_RE = re.compile(r"\bthe\s+(?:[\w-]+\s+)?project\s+company,?\s+$")
# A venture named by its noun alone ("TANESCO and the joint venture signed"), and where one is described by the
# firms that make it up ("a joint venture of two Egyptian companies, A and B", "a consortium of A and B")
_THE_VENTURE_RE = re.compile(r"\b[Tt]he\s+(?:joint\s+venture|consortium|JV)\b(?!\s+(?:of|between|led|formed|comprising|made|"
                             r"partners?|members?|company|companies)\b|['’])")
_VENTURE_OF_RE = re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:joint\s+venture|consortium|JV)\s+(?:of|between|comprising|"
                            r"made\s+up\s+of|formed\s+by)\s+(?:the\s+)?(?:(?:two|three|four|five|\d)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:companies|firms|groups|partners)\s*[,:]\s*)?")
# "Together with A, …" opening a sentence: A works with the main clause's subject (read here and in relations)
OPENING_PARTNER_RE = re.compile(r"\s*(?:Together|Along|Jointly)\s+with\b")
# A meeting of two sides told by its verb ("met with", "held talks with", "received"): "the sides" after it
_MEETING_VERB_RE = re.compile(r"\b(?:met(?:\s+with)?|held\s+(?:talks|(?:a\s+)?(?:[\w-]+\s+)?meetings?|discussions)\s+with|"
                             r"received|hosted|welcomed)\b(?!\s+(?:by|in|at|on)\b)")
# A sentence's subject that stands for the actors named together just before ("They will build …",
# "All four signed …", "Both agreed …"), before a verb rather than a noun ("Both countries" is _GROUP_RE's)
_BARE_GROUP_RE = re.compile(rf"\s*(?P<word>(?P<they>They)|(?P<both>Both)|All\s+(?P<n>{_COUNT})"
                            r"(?=\s+(?:also\s+|then\s+|have\s+|had\s+|will\s+|would\s+|jointly\s+)?[a-z]+(?:ed|s)?\b)"
                            r"(?!\s+(?:of|countries|companies|sides|states|nations|governments|partners|parties)\b)"
                            # "The eight, all members of the EU, …", "The three agreed …": a count standing alone
                            rf"|The\s+(?P<the_n>{_COUNT})(?=\s*,\s|\s+(?:also\s+|then\s+|jointly\s+)?(?:[a-z]+ed|have|had|are|were|will|would)\b))")
# The same after a time adverbial: "On June 1 the two signed …", "Later that day, the three agreed …"
_BARE_GROUP_AFTER_TIME_RE = re.compile(
    # ("At the fourth summit, in Kathmandu in August 2018, all seven signed …": an opener of two phrases)
    rf"\s*(?:On|In|At|Later|Then|After|During|Last|This|That)\b[^,;:.\"“”]{{0,40}}?(?:,[^,;:.\"“”]{{1,40}}?)?,?\s+"
    rf"(?P<word>(?:the|all)\s+(?P<the_n>{_COUNT}))(?=\s+(?:also\s+|then\s+|jointly\s+)?[a-z]+ed\b)")
# The same inside a sentence, after a subordinator: "A has worked with B and C since the three signed …"
_GROUP_IN_CLAUSE_RE = re.compile(rf"\b(?:since|after|when|before|until|because|as)\s+(?P<word>the\s+(?P<the_n>{_COUNT}))"
                                 r"(?=\s+(?:also\s+|then\s+|jointly\s+|have\s+|had\s+)?[a-z]+ed\b)")
_DEFINITE_RE = re.compile(
    # ("the state-owned Colombian company": two words before the noun)
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?:[A-Z][a-z]+(?:\s+(?=[A-Z][a-z]+\s+bloc\b)[A-Z][a-z]+)?|state-owned|state-run|"
    r"state-controlled|national|federal)\s+){0,2}"
    r"(?P<noun>(?i:ministry|company|developer|operator|group|investor|major|concessionaire|"
    r"firm|utility|subsidiary|affiliate|lender|regulator|organi[sz]ation|bloc|community|grouping|alliance|bank|kingdom|emirate|sultanate|principality|republic|country|"
    r"government|state|junta))\b(?![-–])(?!\s+(?:of|[A-Z]))"
    # "the state concern Turkmengaz", "the state oil company", "the government spokesman": a modifier
    r"(?!\s+(?:concern|company|companies|firm|utility|oil|gas|power|energy|fund|agency|enterprise|corporation|"
    r"operator|producer|grid|bank|budget|secretary|department|visit|media|broadcaster|television|news|"
    r"official|officials|spokesman|spokeswoman|spokesperson|source|sources|bonds?|debt|subsidies)\b)"
    # "The alliance was signed by …": an instrument, not a body
    r"(?!\s+(?:was|were|has\s+been|had\s+been)\s+(?:signed|sealed|concluded|launched|adopted)\b)"
    r"|\b(?P<whose>whose|his|her)\s+country\b")
# Trade nouns specific enough to name one actor of a story when it was described by them.
_DESCRIBING_NOUNS = "developer|operator|investor|major|concessionaire|utility|subsidiary|affiliate|lender|regulator"
_DESCRIBED_AFTER_RE = re.compile(rf"(?:\s*\([^()]{{1,20}}\))?\s*,\s+(?:the|a|an|its)\s+(?:[\w'’-]+\s+){{0,4}}?"
                                 rf"(?P<noun>{_DESCRIBING_NOUNS})\b")
# A filing's defined term: "NextDecade Corporation (the "Company")" is "the Company" from then on
# (with other terms for it: 'ACWA Power Company (the "Company" or "ACWA Power")')
_DEFINED_TERM_RE = re.compile(r"\s*\((?:the\s+|hereinafter\s+(?:the\s+)?)?[\"“](?:the\s+)?"
                              rf"(?P<noun>(?i:company|group|firm|{_DESCRIBING_NOUNS}))[\"”]"
                              r"(?:\s*(?:,|or|and)\s+(?:the\s+)?[\"“][^\"”()]{1,40}[\"”])*\)")
_DESCRIBED_BEFORE_RE = re.compile(rf"\b(?P<noun>{_DESCRIBING_NOUNS})\s+$")
_NOUN_KIND = {"ministry": GOVERNMENT_BODY, "company": COMPANY, "developer": COMPANY, "operator": COMPANY,
              "group": COMPANY, "investor": COMPANY, "major": COMPANY, "concessionaire": COMPANY, "firm": COMPANY,
              "utility": COMPANY, "subsidiary": COMPANY, "affiliate": COMPANY, "lender": COMPANY,
              "regulator": GOVERNMENT_BODY, "organization": INTERNATIONAL_ORGANIZATION,
              "organisation": INTERNATIONAL_ORGANIZATION, "bloc": INTERNATIONAL_ORGANIZATION,
              "community": INTERNATIONAL_ORGANIZATION, "grouping": INTERNATIONAL_ORGANIZATION,
              "alliance": INTERNATIONAL_ORGANIZATION, "bank": INTERNATIONAL_ORGANIZATION, "kingdom": STATE, "emirate": STATE, "republic": STATE,
              "sultanate": STATE, "principality": STATE,
              "country": STATE, "government": STATE, "state": STATE, "junta": STATE}
# Words in the name of a body that lends ("the lender" is the last one named)
_LENDER_NAME_WORDS = ("bank", "fund", "financ", "credit", "invest", "export")
# What introduces the members of a group named by count, right after it ("the three countries, namely A, B and C")
_NAMED_AFTER_RE = re.compile(r"\s*(?:,\s*(?:meaning|namely|i\.e\.,?|that\s+is,?|specifically)|:|\s+[—–]|\s+-(?=\s)|\s*\()\s*")
# Words that _GROUP_RE and _DEFINITE_RE each need (in any case): sentences without one skip the pattern.
_GROUP_WORDS = (*(w for w, n in NUMBER_WORDS.items() if n >= 2), "both", "their", "our", "each", *map(str, range(10)),
                "sides", "parties", "partners", "companies", "leaders", "ministers", "participants", "delegations")
_DEFINITE_WORDS = tuple(_NOUN_KIND)


@dataclass
class Ref:
    """An actor a sentence refers to, with offsets local to the sentence."""
    key: str  # the actor (a person is replaced by the state or organization they represent)
    kind: str
    start: int
    end: int
    how: str  # name | alias | acronym | demonym | capital | person | coref | …
    source: str  # the mention's own key (the person, for a person)
    modifier: bool = False  # only qualifies another name
    aside: bool = False  # inside a descriptive aside ("a subsidiary of …")
    possessive: bool = False  # followed by 's
    guessed: bool = False  # a leader named by title alone, taken to speak for the report's main state
    names_work: bool = False  # one of the states a line or pipeline is named after ("the Zambia-Tanzania Interconnector")

    @property
    def free(self) -> bool:
        """Stands for an actor of the statement (neither a modifier nor in an aside)."""
        return not (self.modifier or self.aside)


@dataclass
class PlaceRef:
    key: str
    start: int
    end: int
    country: str | None


@dataclass
class SentenceView:
    """One sentence with its actor and place references and clause spans."""
    index: int
    text: str
    start: int
    refs: list[Ref] = field(default_factory=list)
    places: list[PlaceRef] = field(default_factory=list)
    clauses: list[tuple[int, int]] = field(default_factory=list)

    def clause_at(self, pos: int) -> tuple[int, int]:
        for span in self.clauses:
            if span[0] <= pos < span[1]:
                return span
        return (0, len(self.text))

    def refs_between(self, start: int, end: int, *, free: bool = True) -> list[Ref]:
        return [r for r in self.refs if start <= r.start and r.end <= end and (r.free or not free)]

    @functools.cached_property
    def hints(self) -> str:
        """The sentence for substring tests before case-insensitive patterns (``text.hint_text``)."""
        return hint_text(self.text)


# An aside between dashes that describes the name before it ("- the power-trading arm of NTPC -")
_DASH_ASIDE = r"\s+[-–—]\s+(?:the|a|an|its)\s+[^;:]{1,80}?\s+[-–—]"
# The title between an employer's name and its officer's ("Eni chief executive ", "Sonatrach CEO ").
_EMPLOYER_TITLE_GAP_RE = re.compile(r"(?:['’]s)?\s+(?:[A-Za-z][\w-]*\s+){1,4}")
_PARENT_NAME = r"(?![\w.&'’-]*-(?:based|listed|owned|backed|run|controlled|headquartered)\b)" \
               r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}(?:\s*\([^()]{1,20}\))?"
# A person's office between commas: ", president of the Brazilian Development Bank (BNDES)"
_OFFICE_APPOSITION = (r",\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?i:president|chairman|chairwoman|chair|"
                      r"chief\s+executive(?:\s+officer)?|ceo|head|director(?:[\s-]general)?|governor|"
                      r"managing\s+director|secretary[\s-]general|minister|ambassador)\s+(?:of|at|for)\s+(?:the\s+)?"
                      r"[A-Z][^,;:()]{1,70}?(?:\s*\([A-Z][\w&.-]{1,11}\))?")
# A list's closing comma before its verb ("Flanked by X, A and B, president of C, signed …"): the list is the subject
_SUBJECT_VERB_AFTER_RE = re.compile(rf"(?:{_OFFICE_APPOSITION})?\s*,\s+(?:(?:have|has|had|jointly|also|then|later)\s+)*"
                                    r"(?:signed|agreed|concluded|inked|initialled|launched|announced|committed|pledged)\b")
_LIST_GAP_RE = re.compile(rf"^(?:,?\s+(?<![\w.])(?:{orgnames.legal_pattern()})(?![\w]))?"  # "A Co., Ltd. (AC), B"
                          # ("B (Republic of Moldova) and C": where the firm before is from)
                          r"(?:\s*\([A-Z][\w&.+-]{1,11}(?:\s+(?:of\s+|the\s+)?[A-Z][\w.-]*){0,3}\))?"
                          # ("Engie S.A. of France (35%) and B": the state, then the stake)
                          r"(?:\s+(?:of|in|from)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?=\s*\(\d))?"
                          # "Eni (42.5%), Shell (25%)", "EDF with 40%, TotalEnergies with 30%": stakes
                          # ("TotalEnergies (operator, 35%), Eni (35%)", "in which A holds 54%, B 36% and C 10%")
                          r"(?:\s*\((?:operator\s*,\s*|[A-Z][\w&.-]{1,11}\s*[;,]\s*)?\d+(?:\.\d+)?\s*" + PERCENT_SIGN + r"(?:\s*,\s*operator)?\)|\s*\(operator\)"
                          # ("B (EDF; 12.5%) and C": the short form read as a name, its stake after it)
                          r"|\s*[;,]\s*\d+(?:\.\d+)?\s*" + PERCENT_SIGN + r"\)"
                          r"|\s+with\s+(?:a\s+)?\d+(?:\.\d+)?\s*" + PERCENT_SIGN + r"(?:\s+stake)?"
                          # ("A at 25 per cent, B and C at 15 per cent each, and D at five per cent")
                          r"|\s+at\s+(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|"
                          r"fifty)\s*" + PERCENT_SIGN + r"(?:\s+each)?"
                          r"|\s+(?:(?:holds?|held|has|had|owns?|owned|takes?|took)\s+(?:a\s+|the\s+remaining\s+)?)?\d+(?:\.\d+)?\s*" + PERCENT_SIGN +
                          r"(?:\s+(?:stake|share|interest))?)?"
                          r"[\"”]?\)?(?:\s+(?:of|in|from)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"  # "A of Greece, B"
                          # "B (NVVN) - the power-trading arm of NTPC - and C": an aside between dashes
                          rf"(?:{_DASH_ASIDE}(?=\s))?"
                          # "by A, Azerbaijan's state energy company, and B": what the firm before is, between commas
                          # ("A, the upstream arm of the Indonesian state energy company, and B": a unit of a firm)
                          # ("A, the Thai developer that originated the project, B and C": a relative clause after it)
                          rf"(?:,\s+(?:the\s+|a\s+|an\s+)?(?:[A-Za-z][\w.'’-]*['’]s\s+)?(?:(?:[a-z][\w-]*|[A-Z][a-z]+)\s+){{0,4}}"
                          # ("A, the generation arm of state utility PT PLN (Persero), and B": the parent named)
                          rf"(?:(?:{_TRADE})|{UNIT_NOUNS}\s+of\s+(?:the\s+|a\s+|an\s+)?"
                          rf"(?:(?:[\w.'’-]+\s+){{0,5}}?(?:{_TRADE})(?:\s+{_PARENT_NAME})?|{_PARENT_NAME}))"
                          # ("A, the world's largest manufacturer of electric-vehicle batteries, B": what it makes)
                          r"(?:\s+of\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?=,))?"
                          # ("owned by A, the local unit of X; B, Chile's largest grid company; and C": a list whose
                          # items are described takes semicolons)
                          # (or a participle's: "A, the special-purpose vehicle set up to implement the PPI, and B")
                          rf"(?:\s+(?:that|which|who|set\s+up|[a-z]{{3,}}ed)\s+[^,;:()]{{1,60}}?)?(?:(?=,)|;(?=\s)))?"
                          # ("A, president of the Brazilian Development Bank (BNDES), and B, …": a person's office
                          # between commas, before the next person of the list)
                          rf"(?:{_OFFICE_APPOSITION}(?=,))?"
                          r"(?:(?<=;)\s+(?:and\s+)?|\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s*,?\s+as\s+well\s+as\s+|\s+&\s+|\s+or\s+|\s+plus\s+"
                          # ("A and what was then B": the name B had at the time)
                          r"|\s*,?\s+and\s+what\s+(?:was|is)\s+(?:then|now)\s+"
                          # "A and a group of commercial banks, B, C and D": the group's members named after it
                          r"|\s+and\s+(?:a\s+(?:group|consortium|syndicate)\s+of\s+|(?:two|three|four|five|six|seven|eight)\s+)"
                          r"(?:[a-z][\w-]*\s+){0,2}(?:banks|lenders|companies|firms|investors|utilities)\s*,\s*)"
                          # "the state utility B", but not "the cooperation between B": a preposition ends the description
                          # ("the Greek grid operator C": a demonym may open the description)
                          r"(?:the\s+(?:[A-Z][a-z]+\s+(?=[a-z]))?(?:(?!(?:between|with|among)\s)[a-z][\w-]*\s+){0,3}|(?:the\s+)?(?:Commission|Secretariat|Presidency)\s+of\s+(?:the\s+)?|"
                          # "A, and the Prime Minister of Norway, B": the next signer's office
                          rf"(?:the\s+)?(?:(?:Deputy|Vice|First)\s+)?(?:{_LEADER_RE.pattern}|Secretary[- ]General)\s+of\s+"
                          r"(?:the\s+)?|"
                          # ("A and Iran's Minister of Energy B": the next signer's office, capitalised, with its portfolio)
                          rf"(?:(?:Deputy|Vice|First)\s+)?(?=[A-Z])(?i:{OFFICE_NOUNS})"
                          r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*\s+(?:(?:and|&)\s+[A-Z][\w-]*\s+)?|"
                          # ("A and its French counterpart B": the next one named by what it is to the one before)
                          r"(?:(?:its|their|his|her)\s+(?:[A-Z][a-z]+\s+)?(?:counterparts?|peers?)|"
                          # ("then-Portuguese Prime Minister B": an office held then)
                          # ("A and Trinidad and Tobago's B": a state named with an "and")
                          r"its|their|[A-Z][\w.'’-]*\s+and\s+[A-Z][\w.'’-]*['’]s|(?:then-|ex-|former\s+)?[A-Z][\w.'’-]*(?:'s|’s)?|"
                          r"[a-z]+\s+(?:minister|secretary|president))\s+"
                          # "A and local independent B"
                          rf"|(?<=and\s)(?:{_FIRM_DESCRIBERS}\s+){{1,2}}"
                          # "TAQA, sovereign investor Mubadala and oil giant ADNOC": what the next firm is, with no article
                          # ("Thai firms B and C": the trade of the ones named next)
                          rf"|(?:(?!(?:of|for|in|with|between|to|among|and|which|that|who)\s)[a-z][\w-]*\s+){{0,3}}(?:{_TRADE})(?:s|es)?\s+"
                          # "A and Kazakhstan's sovereign wealth fund B": an owner and what B is to it
                          r"|[A-Z][\w.'’-]*['’]s\s+(?:[a-z][\w-]*\s+){1,3}){0,4}$"
                          # "A and Sonatrach chief executive B": the next person's employer and title
                          # "A and U.S. oil major B", "A and the Italian group B": the next firm's trade (no
                          # comma before "and": ", and the French company B signed" opens another clause)
                          # ("and the national oil and gas company B": a trade of up to four words)
                          rf"|^\s+and\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){{0,2}}(?:(?!(?:of|for|in|with|between|to)\s)[a-z][\w-]*\s+){{0,4}}(?:{_TRADE})\s+$"
                          # "Kenya's energy minister and his Ethiopian counterpart": one office holder each
                          r"|^['’]s?\s+(?:[a-z][\w-]*\s+){0,3}(?:minister|president|secretary|commissioner|envoy|"
                          r"ambassador)\s+and\s+(?:his|her|their|the)\s+$"
                          r"|^\s+and\s+(?:[A-Z][\w.'’&-]*\s+){1,3}(?:chief\s+executive|executive|chairman|chairwoman|"
                          r"chair|head|CEO|president|director|managing\s+director)\s+$"
                          # "Malaysia's Petronas, with 25 per cent; PetroChina, with 15 per cent; and …": shares set
                          # off by semicolons
                          r"|^(?:\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?,\s+with\s+(?:a\s+)?\d+(?:\.\d+)?\s*" +
                          PERCENT_SIGN + r"\s*;\s*(?:and\s+)?(?:[A-Z][\w.'’-]*['’]s\s+)?$")


# An opening adverbial that ends with a name and a comma ("At the invitation of Germany, …",
# "Hosted by Japan, …", "In Baku, …"): the name belongs to the adverbial, not to a list after it.
# Words that open a comparison: what follows them is set against the sentence's statement, not part of it
COMPARISON_OPENERS = (r"Unlike|Like|Besides|Apart\s+from|Except|Compared\s+(?:with|to)|In\s+contrast\s+(?:to|with)|"
                      r"Similar(?:ly)?\s+to|Just\s+as|As\s+with|As\s+in|Rather\s+than|Instead\s+of")
_COMPARED_RE = re.compile(rf"^\W*(?:{COMPARISON_OPENERS})\b[^,;:]*$")


def in_opening_comparison(text: str, pos: int) -> bool:
    """Whether *pos* is inside an opening comparison still open ("Unlike the TAPI pipeline, …", "Unlike the
    partnerships with A and B, …"): what it names is set against the sentence's statement, not part of it.

    Examples
    --------
    >>> in_opening_comparison("Unlike the TAPI pipeline, CASA-1000 is built.", 11)
    True
    >>> in_opening_comparison("Unlike the TAPI pipeline, CASA-1000 is built.", 26)
    False
    """
    return _COMPARED_RE.match(text, 0, pos) is not None


#: "on the sidelines of" (or "margins"): beside a gathering, where other business is done
SIDELINES_OF_RE = re.compile(r"\bon\s+the\s+(?:sidelines|margins?)\s+of\b")
_OPENER_RE = re.compile(
    r"^(?:At|In|On|During|After|Before|Under|Following|Through|Amid|Despite|Thanks\s+to|With|Without|"
    r"Hosted|Attended|Chaired|Backed|Supported|Sponsored|Invited|Brokered|Mediated|Financed|Funded|"
    r"Accompanied|Welcomed|Received|Led|Flanked|Witnessed|Watched|Surrounded|"
    # an opening comparison: "Unlike Kenya, Ethiopia has signed …" (what it names is set against the subject)
    rf"{COMPARISON_OPENERS})\b[^,;:]*?,\s")


_NEXT_OPENER_RE = re.compile(r"(?:at|in|on|during|after|before|under|following|amid|despite|while\s+on)\s[^,;:]*?,\s")


# A possessive owner whose noun phrase is a description ("Kazakhstan's national gas company"), not a name.
_OWNER_IN_APPOSITION_RE = re.compile(r"['’]s\s+[a-z]")


# A time adverbial that ends without a comma where a name starts: "In March 2015 Spain, France and Portugal signed"
_DATE_OPENER_RE = re.compile(
    r"(?:In|On|During|By|Since|Until|From)\s+(?:(?:early|mid|late)[-\s]+)?(?:(?:\d{1,2}\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d\d)?|(?:19|20)\d\d)"
    # ("In March 2015 the ministers of A, B and C signed": the subject opens with a determiner)
    r"(?=\s+(?:the\s+)?[A-Z]|\s+(?:the|a|an|two|three|four|five|six)\s+[a-z])")


# Where and when a report was filed, before its first sentence ("Baghdad, 14 April 2025 (Herald) – ")
_FILED_LEAD_RE = re.compile(r"[^.!?;]{0,80}?\s(?:-|–|—|--)\s")


def _filed(lead: str) -> bool:
    """Whether the words before a sentence's first dash say where and when it was filed (a date, or a city in
    capitals), not an aside of the sentence."""
    return re.search(r"\d|\b[A-Z]{3,}\b", lead) is not None


def opener_end(text: str) -> int:
    """The offset of the comma that closes an opening adverbial (or of the space after a time adverbial that
    closes without one: "In March 2015 Spain, France and Portugal signed …"), or -1.

    Examples
    --------
    >>> opener_end("In Baku, Kenya and Ethiopia signed it."), opener_end("In March 2015 Spain, France and Portugal signed.")
    (7, 13)
    >>> opener_end("In March 2015 the ministers of Spain, France and Portugal signed.")
    13
    """
    lead = _FILED_LEAD_RE.match(text)
    if lead is not None and _filed(lead.group(0)) and (after := opener_end(text[lead.end():])) >= 0:
        # "Baghdad, 14 April 2025 (Herald) – In the presence of A, B and C signed …": the opener after the dateline
        return lead.end() + after
    if (dated := _DATE_OPENER_RE.match(text)) is not None:
        return dated.end()
    m = _OPENER_RE.match(text)
    if m is None:
        return -1
    end = m.end()
    # "In January, during the president's state visit to China, X signed": adverbials in a row open it
    while (more := _NEXT_OPENER_RE.match(text, end)) is not None:
        end = more.end()
    return end - 2


# Capitalised words that open a state's institution or an office rather than a firm's name.
_OWNED_NOT_NAMES = frozenset({"Ministry", "Government", "Parliament", "Cabinet", "Senate", "Congress", "Presidency",
                              "Foreign", "Energy", "Finance", "Economy", "Deputy", "First", "Vice", "Former",
                              "Federal", "Supreme", "Central", "National", "State", "Crown", "Embassy", "Mission"})


def _owns_unlisted_name(view: "SentenceView", end: int, nxt: "Ref | None") -> bool:
    """Whether the possessive ending at *end* owns a capitalised name that is neither a listed actor,
    a place nor a title ("Korea's Daelwoo", not "Japan's Prime Minister" or "Chile's Maule region")."""
    m = _OWNED_NAME_RE.match(view.text, end)
    if m is None or nxt is not None and nxt.start <= m.end() \
            or any(m.start("name") <= p.start < m.end() for p in view.places):
        return False
    name = m.group("name")
    # "Chile's Union Minister for Mines": an office, whatever word opens it
    return not (TITLE_RE.search(name) or ANY_TITLE_RE.search(name) or any(w in _OWNED_NOT_NAMES for w in name.split()))


def _acts(ent) -> bool:
    """Whether an entity signs, builds or meets in its own name: not a political party, whose leaders act
    for their state ("General Secretary of the Communist Party of Vietnam Nguyen Phu Trong"), nor a gathering
    read as a body ("the XX Forum of Interregional Cooperation … was held in Aktobe")."""
    return ent.kind in ACTOR_KINDS and not (ent.kind == ORGANIZATION and _NOT_ACTING_RE.search(ent.label))


_NOT_ACTING_RE = re.compile(r"\b(?:Party|Forum|Summit|Conference|Congress|Week|Expo|Meeting|Dialogue)\b")
_VENTURE_AFTER_RE = re.compile(r"\s+(?:consortium|joint\s+venture|JV|partnership|alliance|team|grouping)\b")


def unit_apposed_to(view: "SentenceView", parent: "Ref") -> "Ref | None":
    """The name whose apposition names *parent* as its owner ("Badeel, a wholly owned subsidiary of the Public
    Investment Fund, holds 35%": Badeel, for the fund), else None."""
    m = _UNIT_PARENT_BEFORE_RE.search(view.text, max(0, parent.start - 90), parent.start)
    if m is None:
        return None
    return next((r for r in reversed(view.refs) if r.end <= m.start() and m.start() - r.end <= 12
                 and not r.aside and not r.modifier and re.fullmatch(r"(?:\s*\([^()]{1,12}\))?\s*", view.text[r.end:m.start()])),
                None)


def coordinated_lists(view: "SentenceView", kinds=None, asides: bool = False) -> list[list["Ref"]]:
    """The coordinated lists of free actor references in a sentence ("A, B and C"), singletons included.

    With *asides*, references inside descriptive asides ("owned by A and B") count too. A name
    that closes an opening adverbial ("At the invitation of Germany, Kenya and Ethiopia signed …")
    does not start the list after it.
    """
    refs = [r for r in view.refs if (r.free or r.how == "person" or asides and r.aside and not r.modifier)
            and (kinds is None or r.kind in kinds)
            # (not the parent an item's apposition names: "owned by A, the Chilean subsidiary of Colombia's X; B
            # …": X is no owner, and the list goes on past it)
            and not (asides and r.aside and _UNIT_PARENT_BEFORE_RE.search(view.text, max(0, r.start - 90), r.start))]
    # "A, the generation arm of state utility B, and C": B is the parent an apposition on A names, no item of the list
    refs = [b for i, b in enumerate(refs) if not (0 < i < len(refs) - 1
                                                 and _PARENT_IN_APPOSITION_RE.fullmatch(view.text, refs[i - 1].end, b.start)
                                                 and _APPOSITION_CLOSED_RE.fullmatch(view.text, b.end, refs[i + 1].start))]
    groups: list[list[Ref]] = []
    for r in refs:
        if groups and r.possessive and _OWNER_IN_APPOSITION_RE.match(view.text, r.end) \
                and re.fullmatch(r"\)?\s*,\s*", view.text[groups[-1][-1].end:r.start]):
            continue  # "QazaqGaz, Kazakhstan's national gas company", "Atomstroyexport (ASE), Rosatom's engineering
            # arm": describes the name before it
        if groups and r.key == groups[-1][-1].key and _OPEN_PAREN_RE.fullmatch(view.text[groups[-1][-1].end:r.start]):
            groups[-1][-1] = replace(r, start=groups[-1][-1].start)  # "the Saudi Electricity Company (SEC)"
        elif groups and groups[-1][-1].how == "person" and r.key == groups[-1][-1].key \
                and REPRESENTING_AFTER_RE.fullmatch(view.text, groups[-1][-1].end, r.start):
            groups[-1][-1] = replace(groups[-1][-1], end=r.end)  # "A B, representing X,": the person acts for X
        elif groups and groups[-1][-1].possessive and r.possessive and groups[-1][-1].end <= r.start \
                and (office := OFFICE_HOLDER_AFTER_RE.match(view.text, groups[-1][-1].end, r.start)) is not None \
                and OFFICES_GAP_RE.fullmatch(view.text, office.end(), r.start) \
                and OFFICE_HOLDER_AFTER_RE.match(view.text, r.end):
            groups[-1].append(r)  # "Denmark's energy minister and Germany's economy minister": the two states
        elif groups and groups[-1][-1].how == "person" and r.key == groups[-1][-1].key and not r.possessive \
                and _HOLDER_THEN_OFFICE_RE.fullmatch(view.text, groups[-1][-1].end, r.start):
            # "Frans Timmermans, then Executive Vice-President of the European Commission,": one signer
            groups[-1][-1] = replace(groups[-1][-1], end=r.end)
        elif groups and groups[-1][-1].how == "person" and r.key == groups[-1][-1].key and r.possessive \
                and re.fullmatch(r"\s*,\s+(?:the\s+)?", view.text[groups[-1][-1].end:r.start]) \
                and _OFFICE_AFTER_POSSESSIVE_RE.match(view.text, r.end):
            # "Nasser Bourita, Morocco's Minister of Foreign Affairs": one signer
            groups[-1][-1] = replace(groups[-1][-1], end=r.end)
        elif groups and groups[-1][-1].possessive and r.how == "person" and r.key == groups[-1][-1].key \
                and _OFFICE_THEN_HOLDER_RE.fullmatch(view.text, groups[-1][-1].end, r.start):
            groups[-1][-1] = replace(r, start=groups[-1][-1].start)  # "Jordan's Minister of Water, Mohammad Najjar,": one
        elif groups and (r.start, r.end) == (groups[-1][-1].start, groups[-1][-1].end):
            groups[-1].append(r)  # one phrase standing for several actors ("the two countries")
        elif groups and r.kind == COMPANY and groups[-1][-1].kind == COMPANY \
                and view.text[groups[-1][-1].end:r.start] in ("-", "–", "/") and _VENTURE_AFTER_RE.match(view.text, r.end):
            groups[-1].append(r)  # "the CNEEC-Sinohydro consortium": the firms of the venture
        elif groups and groups[-1][-1].end <= r.start and _LIST_GAP_RE.match(view.text[groups[-1][-1].end:r.start]) \
                and not _joined_already(view.text, groups[-1], r) \
                and not (r.how == "coref" and "," in view.text[groups[-1][-1].end:r.start]) \
                and not (ATTRIBUTION_AFTER_RE.match(view.text, r.end)
                         and not re.search(r"\b(?:and|or)\b", view.text[groups[-1][-1].end:r.start])) \
                and not ("," in view.text[groups[-1][-1].end:r.start]
                         and (groups[-1][-1].how == "person") != (r.how == "person")
                         # (but "A's Minister of X, B, and C's Minister of Y, D": the next item is an office holder too;
                         # "…, Joe Saddi, and Iraqi officials": or the officials of a state)
                         and not (r.possessive and _OFFICE_THEN_HOLDER_RE.match(view.text, r.end))
                         and not (r.how == "demonym" and _OFFICIALS_AFTER_RE.match(view.text, r.end))):
            groups[-1].append(r)
        elif not groups or groups[-1][-1].end <= r.start:
            groups.append([r])
    opener = opener_end(view.text)
    if opener > 0:
        split = []
        for g in groups:
            inside = [r for r in g if r.end <= opener]
            if 0 < len(inside) < len(g) and _closed_by_comma(view.text, g):
                split.append(g)  # "Under a deal signed by A, B and C, gas flows": the opener ends after the list
                continue
            split += [inside, g[len(inside):]] if 0 < len(inside) < len(g) else [g]
        groups = split
    return groups


# Between a name and the parent its apposition names: ", the generation arm of Indonesian state utility "
_PARENT_IN_APPOSITION_RE = re.compile(rf"\)?\s*,\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?{UNIT_NOUNS}\s+of\s+(?:the\s+)?"
                                      r"(?:[\w'’-]+\s+){0,4}")
# … and after the parent, the apposition's closing comma before the list goes on: " (Persero), and "
_APPOSITION_CLOSED_RE = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*,\s*(?:and\s+)?(?:[A-Z][\w'’-]*['’]s\s+)?")


# An office of a state's government: "Minister of …", "Deputy Prime Minister" (not a firm's or a body's officer)
# (with a portfolio, or the head of government; and where the sentence names no ministry the minister may be of:
# "Brazil's Ministry of Mines and Energy, represented by minister Alexandre Silveira")
_STATE_MINISTER_RE = re.compile(rf"{_MINISTER_RE.pattern}|(?:(?:Deputy|Vice)[\s-]+)?Prime\s+Minister\b")
# A state's people who act for it: "Iraqi officials", "the Turkish delegation"
_OFFICIALS_AFTER_RE = re.compile(r"\s+(?:officials|delegation|delegates|authorities|government|side|representatives)\b")
# A person's office in apposition, at the body the office is of: ", then Executive Vice-President of the "
_HOLDER_THEN_OFFICE_RE = re.compile(r"\s*,\s+(?:then[\s-]+|former\s+|the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,5}?(?:of|at|for)\s+"
                                    r"(?:the\s+)?")
# The words of a state's offices, in either case
_STATE_OFFICES = rf"(?i:{OFFICE_NOUNS})"
# … or of the state whose office it is: "['s] Minister of Foreign Affairs"
_OFFICE_AFTER_POSSESSIVE_RE = re.compile(rf"['’]s?\s+(?:[\w-]+\s+){{0,3}}?{_STATE_OFFICES}\b")
# A state's office, then its holder in apposition: "['s] Minister of Water and Irrigation, " before "Mohammad Najjar"
_OFFICE_THEN_HOLDER_RE = re.compile(rf"['’]s?\s+(?=[^,;()]{{0,60}}\b{_STATE_OFFICES}\b)[^,;()]{{2,80}},\s*")
#: Between two office holders a list joins ("X's minister, Y's envoy and Z's minister")
OFFICES_GAP_RE = re.compile(r"\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?")


# "…, the Saudi Press Agency reported on Monday": who tells the news, after a comma, is no item of the list before
ATTRIBUTION_AFTER_RE = re.compile(rf"\s+(?:has\s+|had\s+)?(?:{REPORTING})\b(?!\s+(?:that|on\s+\w+\s+that)\b)")


def _closed_by_comma(text: str, group: list["Ref"]) -> bool:
    """A list that an opening adverbial's first comma cuts, but that goes on to its conjunction and a comma
    ("Under a deal signed by A, B and C, gas flows"): the comma after the list closes the adverbial, not the
    one after its first name ("At the invitation of Germany, Kenya and Ethiopia signed" stays cut)."""
    return len(group) >= 3 and _CONJUNCTION_RE.search(text, group[-2].end, group[-1].start) is not None \
        and re.match(r"\s*,", text[group[-1].end:]) is not None \
        and _SUBJECT_VERB_AFTER_RE.match(text, group[-1].end) is None \
        and all(re.fullmatch(r"\s*,\s*", text[a.end:b.start]) for a, b in zip(group[:-2], group[1:-1]))


def _joined_already(text: str, group: list["Ref"], r: "Ref") -> bool:
    """A list closed by its conjunction ("A and B") that ", and" or a comma would continue: the "and" joins
    another clause ("a venture of A and B, and C supplied the turbines"), since a list has one conjunction."""
    if len(group) < 2 or group[-2].end > group[-1].start or not (
            _COMMA_AND_RE.match(text, group[-1].end, r.start)
            # ("Jointly owned by A, B and C, Masdar is …": a comma after the conjunction's name ends the list)
            or re.fullmatch(r"\s*,\s*", text[group[-1].end:r.start])
            and not re.match(r"\s*,|\s+(?:and|or)\b", text[r.end:])):
        return False
    if len(group) >= 3 and _PLURAL_TRADE_END_RE.search(text, group[-3].end, group[-2].start):
        return False  # "A, Thai firms B and C, and Japan's D": the "and" of a list inside the list
    return _CONJUNCTION_RE.search(text, group[-2].end, group[-1].start) is not None


_PLURAL_TRADE_END_RE = re.compile(r"\b(?:firms|companies|utilities|banks|lenders|investors|groups|operators|producers|"
                                  r"developers|majors|funds)\s+$")
_COMMA_AND_RE = re.compile(r"\s*,\s*(?:and|or)\b")
_CONJUNCTION_RE = re.compile(r"\b(?:and|or)\b")


def list_before(view: "SentenceView", pos: int, kinds=None, max_gap: int = 70) -> list["Ref"]:
    """The coordinated list ending nearest before *pos*, within *max_gap* characters."""
    if (clause := RELATIVE_GAP_RE.search(view.text, max(0, pos - 160), pos)) is not None:
        pos = clause.start()  # "A, which sells gas to B, signed": the clause describes A; B is no subject
    best = [g for g in coordinated_lists(view, kinds) if g[-1].end <= pos]
    if best and pos - best[-1][-1].end > max_gap and _APPOSITION_GAP_RE.fullmatch(view.text, best[-1][-1].end, pos):
        return best[-1]  # "X, a leading developer, investor and operator of …, announced": a long apposition
    if not best or pos - best[-1][-1].end > max_gap:
        return []
    if len(best) >= 2 and all(r.how == "coref" for r in best[-1]) \
            and {r.key for r in best[-1]} <= {r.key for r in best[-2]}:
        return best[-2]  # "A and B, the Czech company that …, signed": the apposition names B again
    for k in range(2, min(len(best), 4) + 1):
        # (from the group's first name when the apposition names it again: "Uzatom, the Agency for …")
        if _APPOSITION_GAP_RE.fullmatch(view.text, best[-k][-1].end, pos) \
                or len({r.key for r in best[-k]}) == 1 and _APPOSITION_GAP_RE.fullmatch(view.text, best[-k][0].end, pos):
            # "A, the Omani state company that …, signed": the apposition describes A (and may name others:
            # "Uzatom, the Agency for Atomic Energy under Uzbekistan's Cabinet of Ministers, signed")
            return best[-k]
    if best and ", and " in view.text[best[0][-1].end:pos] and (pair := _described_pair(view, best, pos, kinds)):
        return pair
    found = best[-1]
    if len(found) >= 2 and RELATIVE_OPEN_RE.match(view.text, found[-1].end, pos) \
            and _LIST_OPENED_RE.search(view.text, max(0, found[0].start - 12), found[0].start):
        # "six financiers back it: A, B and C, which signed …": a clause on the last item of an enumeration
        return found[-1:]
    return found


# An apposition that describes a name and may hold names of its own, their short forms in brackets
# (", the offshore venture of Portugal's EDP Renováveis (EDPR) and France's ENGIE,")
_DESCRIBING = r",\s+(?:a|an|the|its)\s(?:[^,;:()]|\([\w&.-]{1,12}\))*(?:,(?:[^,;:()]|\([\w&.-]{1,12}\))*){0,2}?,"
_FIRST_DESCRIBED_RE = re.compile(rf"\s*{_DESCRIBING}\s+and\s+")
_LAST_DESCRIBED_RE = re.compile(rf"\s*{_DESCRIBING}\s*(?:(?:today|yesterday|also|jointly|formally|officially)\s+)?")


def _described_pair(view: "SentenceView", groups: list[list["Ref"]], pos: int, kinds) -> list["Ref"]:
    """Two names before a verb, each followed by an apposition that describes it ("A, the arm of X, and B,
    the venture of Y and Z, sign"): the two names, not the names inside the appositions (the second
    name, after the first one's apposition, is read as part of it, and is found here among all names)."""
    text = view.text
    for second in view.refs:
        if second.end >= pos or kinds is not None and second.kind not in kinds or second.possessive \
                or not _LAST_DESCRIBED_RE.fullmatch(text, second.end, pos):
            continue
        for first in groups:
            if first[-1].end < second.start and _FIRST_DESCRIBED_RE.fullmatch(text, first[-1].end, second.start):
                return [first[-1], second]
    return []


# A relative clause that ends right before the verb (", which … ,", ", who … ,"), found from the verb back.
RELATIVE_GAP_RE = re.compile(r",\s+(?:which|who|whose)\s[^,;:()]*(?:,[^,;:()]*)?,\s*"
                              r"(?:(?:already|also|now|still|currently|recently|today|jointly|has|have|had|will|would)\s+)*\Z")
# A relative clause still open at the end of the text searched ("A and B, which left X and formed …")
RELATIVE_OPEN_RE = re.compile(r",\s+(?:which|who|whose)\s[^,;:()]*\Z")
# The colon (or "such as", "including") that opens an enumeration, right before its first item.
_LIST_OPENED_RE = re.compile(r"(?::|\bsuch\s+as|\bincluding)\s+(?:the\s+)?\Z")


def in_relative_clause(view: "SentenceView", ref: "Ref") -> bool:
    """*ref* is named inside a relative clause set off by commas ("The company, which works in Russia, …")."""
    return RELATIVE_OPEN_RE.search(view.text, max(0, ref.start - 120), ref.start) is not None \
        and re.match(r"[^,;:()]*,", view.text[ref.end:]) is not None


# From the end of a list to its verb across an apposition describing it (", the … firm that …, ").
_APPOSITION_GAP_RE = re.compile(r"\s*,\s+(?:a|an|the|its)\s(?:[^,;:()]|\([\w&.-]{1,12}\))*(?:,[^,;:()]*){0,3},\s*"
                                r"(?:(?:today|yesterday|also|jointly|formally|officially)\s+)?"
                                # (the day of the verb: "X, a venture of A and B, on Monday signed")
                                r"(?:(?:on\s+(?:[A-Z][a-z]+day|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|[A-Z][a-z]+\s+\d{1,2}(?:,\s+\d{4})?)|"
                                r"last\s+(?:week|month)|this\s+week)\s+)?")


def list_after(view: "SentenceView", pos: int, kinds=None, max_gap: int = 12, asides: bool = False) -> list["Ref"]:
    """The coordinated list starting right after *pos* (after at most *max_gap* characters)."""
    for g in coordinated_lists(view, kinds, asides):
        if g[0].start >= pos - 4:  # a definite description starts with the article *pos* may have skipped
            near = g[0].start - pos <= max_gap or \
                g[0].how == "person" and _TITLE_GAP_RE.fullmatch(view.text[max(0, pos):g[0].start]) or \
                len(unique_keys(g)) >= 2 and _GROUP_DESCRIBED_GAP_RE.fullmatch(view.text, max(0, pos), g[0].start) or \
                g[0].kind != STATE and (_OWNER_TRADE_GAP_RE.fullmatch(view.text, max(0, pos), g[0].start)
                                        or _OWNER_GAP_RE.fullmatch(view.text, max(0, pos), g[0].start)
                                        or _DESCRIBER_GAP_RE.fullmatch(view.text, max(0, pos), g[0].start))
            return g if near else []
    return []


# Whose firm it is and its trade, between a preposition and the name ("with Suriname's state oil company
# Staatsolie", "with the US reactor maker Westinghouse"): no gap in a list.
# (in capitals too: "with the National Wealth Fund Samruk-Kazyna")
_OWNER_TRADE_GAP_RE = re.compile(
    r"\s*(?:the\s+)?(?:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}(?:['’]s)?\s+)?(?:[a-z][\w-]*\s+){0,3}"
    # (the trade nouns of the shared table, and the words for a firm's standing that no trade table holds)
    rf"(?i:{_TRADE}|agency|corporation|unit|arm|provider|monopoly|incumbent|"
    # ("together with the renewable energy companies A and B": the trade of the list that follows)
    r"companies|firms|utilities|operators|producers|developers|groups|banks|lenders|investors|majors)\s+")


# Words that only describe the firm named next ("with the citizen-owned Folosha Investments"): no gap in a list.
_DESCRIBER_GAP_RE = re.compile(rf"\s*(?:the\s+|a\s+)?(?:{_FIRM_DESCRIBERS}\s+){{1,2}}")


# Whose firm it is, alone ("a consortium of France's ENGIE, …"): no gap in a list.
# ("with Spain's Repsol", "including Abu Dhabi-based TAQA")
_OWNER_GAP_RE = re.compile(rf"\s*(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?(?:['’]s?|-based)\s+"
                           rf"(?:{_FIRM_DESCRIBERS}\s+)?")  # ("between Türkiye's state-owned BOTAŞ and …")


# A group described, then set off and named ("by the participating states present at leaders' level, A, B and
# C", "the founding members – A, B and C"): no gap in a list.
_GROUP_DESCRIBED_GAP_RE = re.compile(r"\s*(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,3}(?:states|countries|nations|governments|"
                                     r"members|signatories|parties|partners|companies|utilities|operators)"
                                     r"(?:\s+(?!(?:and|or|but|which|that|who)\b)[^,;:.()–—]{1,50}?)?\s*(?:,|:|[–—]|\s-)\s*")


# The title before a person's name ("Lithuanian President ", "Prime Minister "): no gap in a list.
_TITLE_GAP_RE = re.compile(r"(?:(?:the\s+|then-|former\s+)?[A-Z][\w'’.-]*\s+){1,5}")


def unique_keys(refs) -> list[str]:
    """The keys of *refs* in order, each once."""
    return list(dict.fromkeys(r.key for r in refs))


# _CLAUSE_RE needs one of these characters, a comma and one of the words it allows after a comma,
# or one of _CLAUSE_WORDS ("after which" has "which", "whereas" has "where", "although" has "though").
_CLAUSE_CHARS = (";", ":", "—", "–", "-", "(")
_AFTER_COMMA_WORDS = ("which", "who", "where", "while", "when", "though", "but", "pending", "setting", "saying",
                      "making", "allowing", "giving", "bringing", "adding", "according", "well", "that", "said",
                      "says", ", as ")
_CLAUSE_WORDS = ("which", "while", "where", "though")


# "A, B (NVVN) - the power-trading arm of NTPC - and C": an aside between dashes inside a list, no clause
_LISTED_ASIDE_RE = re.compile(rf"{_DASH_ASIDE}(?=\s+(?:and|or)\s|,)")


def _clauses(text: str) -> list[tuple[int, int]]:
    if not any(c in text for c in _CLAUSE_CHARS) and not any(w in text for w in _CLAUSE_WORDS) \
            and not ("," in text and any(w in text for w in _AFTER_COMMA_WORDS)):
        return [(0, len(text))]
    spans, last = [], 0
    asides = [a.span() for a in _LISTED_ASIDE_RE.finditer(text)] if "-" in text or "—" in text or "–" in text else []
    for m in _CLAUSE_RE.finditer(text):
        if any(a <= m.start() < b for a, b in asides):
            continue
        if m.start() > last:
            spans.append((last, m.start()))
        last = m.end()
    spans.append((last, len(text)))
    return [s for s in spans if s[1] > s[0]] or [(0, len(text))]


# A state's absence from a meeting: "was not invited", "was not represented", "did not attend".
_ABSENT_RE = re.compile(r"\b(?:was|were)\s+(?:not\s+(?:invited|represented|present)|absent|excluded)\b|"
                        r"\bdid\s+not\s+(?:attend|take\s+part|participate|sign)\b|\bstayed\s+away\b|\bboycotted\b")


_QA_RE = re.compile(r"(?m)^[ \t]*(?P<who>Q|A)[ \t]*[:.][ \t]")
_WE_RE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")
# A quotation in straight or curly marks, and a speech verb next to the person it is attributed to
_QUOTE_RE = re.compile(r'"[^"]{3,400}"|“[^”]{3,400}”')
_SAID_RE = re.compile(rf"\b(?:{REPORTING})\b")


def _interview(facts: DocumentFacts) -> tuple[frozenset[int], str | None]:
    """The sentences of an interview's answers ("Q: …" / "A: …" paragraphs) and the firm the answers speak
    for: the first company the text names before its first question."""
    text = facts.text
    marks = [(m.start(), m.group("who")) for m in _QA_RE.finditer(text)] if "Q:" in text or "Q." in text else []
    if not any(who == "A" for _, who in marks) or not any(who == "Q" for _, who in marks):
        return frozenset(), None
    first_q = next(pos for pos, who in marks if who == "Q")
    firm = next((m.key for m in facts.mentions if m.start < first_q
                 and facts.entities.get(m.key) is not None and facts.entities[m.key].kind == COMPANY), None)
    starts = [pos for pos, _ in marks]
    # a sentence is an answer when the last mark before it is an "A:"
    answers = {s.index for s in facts.sentences
               if (i := bisect.bisect_right(starts, s.start)) and marks[i - 1][1] == "A"}
    return frozenset(answers), firm


def _first_person_firm(facts: DocumentFacts) -> str | None:
    """The company a document speaks as when it is the company's own ("Brookfield Renewable Partners" publishing
    its results: "In May we signed …"): the firm the publisher names, when the text names it and says "we" or
    "our" outside quotations at least twice."""
    publisher = " ".join((facts.publisher or "").split()).casefold()
    if not publisher or len(_WE_RE.findall(_QUOTE_RE.sub(" ", facts.text))) < 2:
        return None
    for ent in facts.entities.values():
        if ent.kind != COMPANY:
            continue
        names = {ent.label.casefold(), *(a.casefold() for a in ent.alt_labels)}
        # (the publisher may add the firm's legal form or a word: "Brookfield Renewable Partners" for
        # "Brookfield Renewable")
        if publisher in names or any(len(n) > 3 and (publisher.startswith(n + " ") or n.startswith(publisher + " "))
                                     for n in names):
            return ent.key
    # a firm's own document passed on by another publisher ("TC Energy Corporation — Third-quarter 2022 results
    # conference call", "Letter to shareholders"): the one firm its first line names, as the line says what it is
    first_line = facts.text.split("\n", 1)[0]
    if _OWN_DOCUMENT_RE.search(first_line):
        named = {m.key for m in facts.mentions if m.end <= len(first_line)
                 and (e := facts.entities.get(m.key)) is not None and e.kind == COMPANY}
        if len(named) == 1:
            return named.pop()
    return None


# "As member states of the ECO, the SCO and the OIC, …": an opening that says what the subject after it is
AS_MEMBERS_OF_RE = re.compile(r"[Aa]s\s+(?:(?:fellow|full|founding)\s+)?(?:members?|member\s+(?:states|countries|nations))"
                              r"\s+of\s+(?:the\s+)?")
# "our Mexican subsidiary, TGNH": a unit or partner of the firm, named after it, is the actor, not the firm
_OUR_UNIT_RE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:subsidiary|subsidiaries|unit|units|affiliate|affiliates|arm|"
                          r"partners?|shareholders?|customers?|team)\b")
# The first line of a firm's own document: a results call, a letter to its shareholders, a filing
_OWN_DOCUMENT_RE = re.compile(r"\b(?:(?:results|earnings)\s+(?:conference\s+)?call|conference\s+call|transcript|"
                              r"letter\s+to\s+(?:our\s+)?(?:shareholders|unitholders|investors)|annual\s+report|"
                              r"Form\s+(?:8-K|10-K|10-Q|6-K|20-F|17-C)|press\s+release)\b", re.IGNORECASE)


class DocumentContext:
    """The sentence views of one document, with the salience of states for defaults."""

    def __init__(self, facts: DocumentFacts):
        self.facts = facts
        self.views: list[SentenceView] = []
        self.state_counts: Counter = Counter()
        self._history: list[Ref] = []
        self.groups: dict[int, list[str]] = {}  # the last coordinated list of n states
        self.group_at: dict[int, int] = {}  # the sentence of each of those lists
        self.person_actor: dict[str, str] = {}  # people whose side the text showed (see _affiliate)
        self.absent: set[str] = set()  # states the text says were kept away or stayed away
        self.described: dict[str, str] = {}  # "X, the developer of …": the actor each trade noun last described
        self.partners_called: list[str] = []  # the last list "the partners" stood for
        by_sentence: dict[int, list] = {}
        for m in facts.mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        self.answers, self.interviewee = _interview(facts)
        self.first_person = _first_person_firm(facts) if not self.interviewee else None
        for s in facts.sentences:
            self.views.append(self._view(s, sorted(by_sentence.get(s.index, []), key=lambda m: m.start)))

    # ---------------------------------------------------------------- building
    def _view(self, sentence, mentions) -> SentenceView:
        ents = self.facts.entities
        view = SentenceView(sentence.index, sentence.text, sentence.start, clauses=_clauses(sentence.text))
        unresolved: list[tuple[str, int, int]] = []
        for m in mentions:
            ent = ents.get(m.key)
            if ent is None:
                continue
            start, end = m.start - sentence.start, m.end - sentence.start
            if ent.kind == PLACE:
                view.places.append(PlaceRef(m.key, start, end, ent.country))
                continue
            key, kind, how = m.key, ent.kind, m.how
            if ent.kind == PERSON:
                target = ents.get(ent.represents or self.person_actor.get(m.key, ""))
                guessed = False
                if target is None and ent.position and _STATE_MINISTER_RE.match(ent.position) \
                        and (home := self._document_state) is not None \
                        and not any(ents[o.key].kind == GOVERNMENT_BODY for o in mentions if o.key in ents):
                    # "Minister of Territorial Administration and Infrastructure Gnel Sanosyan", in a report on
                    # Armenia: a minister whose state the text does not name is the report's
                    target, guessed = ents.get(home), True
                if target is None or not _acts(target):
                    unresolved.append((m.key, start, end))
                    continue
                key, kind, how = target.key, target.kind, "person"
                if guessed:
                    view.refs.append(Ref(key, kind, start, end, how, m.key, guessed=True))
                    continue
            elif ent.kind == GOVERNMENT_BODY and ent.country and _GOVERNMENT_RE.match(ent.label) \
                    and _governs_the_state(ent):
                # "the Government of Azerbaijan" acts as the state itself.
                key, kind = f"state/{ent.country}", STATE
            elif not _acts(ent):
                continue
            view.refs.append(Ref(key, kind, start, end, how, m.key))
        if self.interviewee and sentence.index in self.answers:
            # in an interview's answers "we" and "our" are the firm whose executive answers
            for m in _WE_RE.finditer(view.text):
                view.refs.append(Ref(self.interviewee, self._kind(self.interviewee), m.start(), m.end(), "coref",
                                     self.interviewee))
        elif _WE_RE.search(view.text) and ('"' in view.text or "“" in view.text):
            self._quoted_speaker(view, mentions)
        if self.first_person and _WE_RE.search(view.text):
            # a firm's own release: "we" and "our" outside quotations are the firm
            quoted = [(m.start(), m.end()) for m in _QUOTE_RE.finditer(view.text)]
            for m in _WE_RE.finditer(view.text):
                # ("between our Mexican subsidiary, TGNH, and the CFE": "our" only says whose the subsidiary is)
                if not any(a <= m.start() < b for a, b in quoted) \
                        and not (m.group(0).lower() == "our" and _OUR_UNIT_RE.match(view.text, m.end())):
                    view.refs.append(Ref(self.first_person, COMPANY, m.start(), m.end(), "coref", self.first_person))
        _at_war(view)  # before "the two governments" is read: the sides of a war are none of them
        _who_called_them(view)
        _audiences(view)
        if " - " in view.text or " – " in view.text or " — " in view.text:
            _asides_after_names(view, _DASHED_ASIDE_RE)
        if " which " in view.text:
            _asides_after_names(view, _PREPOSITIONAL_RELATIVE_RE)
        if "(" in view.text:
            self._note_defined_terms(view)  # (before the definite descriptions: "X (the "Company") … the Company")
        self._coreference(view)
        view.refs.sort(key=lambda r: r.start)
        if unresolved:
            self._affiliate(view, unresolved)
        self._flag(view)
        self._note_descriptions(view)
        for r in view.refs:
            if r.kind == STATE and r.how != "coref" and not r.guessed:
                self.state_counts[r.key] += 1 if r.free else 0.5
        # "Myanmar, the bloc's 10th member, was not invited": a state kept away is none of "the 11 countries"
        absent = _ABSENT_RE.search(view.text) if "not" in view.text or "absent" in view.text else None
        if absent is not None:
            subject = next((r for r in view.refs if r.kind == STATE and r.free and r.start < absent.start()), None)
            if subject is not None and view.refs[0] is subject:
                self.absent.add(subject.key)
        self._history.extend(r for r in view.refs if (r.how != "coref" or r.kind != STATE) and r.key not in self.absent)
        states = [r for r in view.refs if r.kind == STATE]
        # (a list in an aside counts: "the meeting, which was attended by A, B, C and D"; "the four countries")
        for group in coordinated_lists(view, (STATE,), asides=True) if len(states) >= 2 else ():  # a list needs two
            keys = unique_keys(group)
            if len(keys) >= 2 and not all(r.how == "coref" for r in group):  # (a group referred back is one known)
                self.groups[len(keys)] = keys
                self.group_at[len(keys)] = view.index
        return view

    def _quoted_speaker(self, view: SentenceView, mentions) -> None:
        """In a quotation its sentence attributes to one person ('"We will partner with X," said Y, chief
        executive of Z'), "we", "our" and "us" are the actor that person speaks for."""
        quotes = [(m.start(), m.end()) for m in _QUOTE_RE.finditer(view.text)]
        if not quotes:
            return
        speakers = set()
        for m in mentions:
            ent = self.facts.entities.get(m.key)
            start = m.start - view.start
            if ent is None or ent.kind != PERSON or any(a <= start < b for a, b in quotes):
                continue
            near = view.text[max(0, start - 25):start] + " " + view.text[m.end - view.start:m.end - view.start + 25]
            target = self.facts.entities.get(ent.represents or "")
            if _SAID_RE.search(near) and target is not None and target.kind in ACTOR_KINDS:
                speakers.add(target.key)
        if len(speakers) != 1:
            return
        speaker = speakers.pop()
        # only where the words outside the quotation attribute it and say nothing else: an actor named there
        # ("…," X said after A signed with B) could take the speaker's place in another statement
        for m in mentions:
            ent = self.facts.entities.get(m.key)
            start = m.start - view.start
            if ent is not None and ent.kind in ACTOR_KINDS and m.key != speaker \
                    and not any(a <= start < b for a, b in quotes):
                return
        for a, b in quotes:
            for w in _WE_RE.finditer(view.text, a, b):
                view.refs.append(Ref(speaker, self._kind(speaker), w.start(), w.end(), "coref", speaker))

    def _affiliate(self, view: SentenceView, people: list[tuple[str, int, int]]) -> None:
        """Stand people the recogniser left unaffiliated for the actor the sentence ties them to.

        "Patrick Pouyanné, chief executive of the French major", "Germany's Vice-Chancellor …,
        Robert Habeck", "Romania was represented by … Energy Minister Sebastian Burduja", and a
        leader or minister named by title alone ("Prime Minister Jonas Gahr Støre"), who speaks for
        the state the report is about. The side found is kept for the person's later mentions.
        """
        text = view.text
        ents = self.facts.entities
        for person, start, end in people:
            actor = None
            after = _APPOSITION_OF_RE.match(text, end)
            if after:
                actor = next((r for r in view.refs if 0 <= r.start - after.end() <= 4 and r.how != "person"), None)
            if actor is None:
                actor = next((r for r in reversed(view.refs) if r.end <= start
                              and _TITLE_BEFORE_RE.fullmatch(text, r.end, start)), None)
            if actor is None:
                rep = None
                for rep in _REPRESENTED_BY_RE.finditer(text, 0, start):
                    pass
                if rep is not None and not re.search(r"[;.]", text[rep.end():start]):
                    actor = next((r for r in reversed(view.refs) if r.end <= rep.start() and r.kind == STATE
                                  and rep.start() - r.end <= 3), None)
            key = actor.key if actor is not None else None
            how = "text"
            position = (ents[person].position or "") if person in ents else ""
            if key is None and "Minister" in position:
                key = self._ministry_state(position)
            if key is None and _STATE_LEADER_RE.fullmatch(position) and not _FIRM_TITLE_BEFORE_RE.search(text, 0, start):
                key, how = self._home_state(view), "guess"
            if key is None and _MINISTER_RE.match(position) and (home := self._dateline_state()) is not None \
                    and not any(r.key == home and r.how != "person" for r in view.refs):
                # "ALGIERS - Minister of Energy and Mines Mohamed Arkab signed …, with Nigeria's Minister …": a
                # minister named by title alone in a report filed from home is that state's
                key, how = home, "guess"
            if key is None or key not in ents and not key.startswith("state/"):
                continue
            self.person_actor[person] = key
            view.refs.append(Ref(key, self._kind(key), start, end, "person", person, guessed=how == "guess"))
        view.refs.sort(key=lambda r: r.start)

    def _dateline_state(self) -> str | None:
        place = self.facts.entities.get(self.facts.dateline_place or "")
        return f"state/{place.country}" if place is not None and place.country else None

    def _home_state(self, view: SentenceView) -> str | None:
        """The state a leader named by title alone most likely leads: the dateline's, unless the
        sentence names that state itself (the leader is then its visitor), else the main state so far."""
        counts = Counter(self.state_counts)
        counts.update(r.key for r in view.refs if r.kind == STATE and r.how not in ("person", "coref"))
        home = self._dateline_state()
        if home is not None and not any(r.key == home and r.how != "person" for r in view.refs):
            return home
        ranked = [k for k, _ in counts.most_common() if k != home]
        return ranked[0] if ranked else None

    def _ministry_state(self, position: str) -> str | None:
        """"Oil Minister" in a report naming the Ministry of Oil of Iraq: Iraq's minister."""
        portfolio = {w.lower() for w in re.findall(r"[A-Za-z]+", position)} - _TITLE_WORDS
        if not portfolio:
            return None
        countries = {e.country for e in self.facts.entities.values() if e.kind == GOVERNMENT_BODY and e.country
                     and portfolio <= {w.lower() for w in re.findall(r"[A-Za-z]+", e.label)}}
        return f"state/{countries.pop()}" if len(countries) == 1 else None

    def _last(self, kinds, view: SentenceView, before: int, n: int = 1, *, free_only: bool = False,
              skip=frozenset()) -> list[str]:
        """The *n* most recent distinct actors of *kinds* before position *before* of *view*."""
        found: list[str] = []
        candidates = [r for r in view.refs if r.start < before][::-1] + self._history[::-1]
        for r in candidates:
            if r.kind in kinds and r.key not in found and r.key not in skip \
                    and (r.free or not free_only or r.how == "person"):
                found.append(r.key)
                if len(found) == n:
                    break
        return found[::-1]

    def _subject_firm(self, view: SentenceView, skip=frozenset()) -> str | None:
        """The firm the sentence before is about, when it opens with one ("Scatec signed a PPA with EETC. …, the
        company owns …": Scatec, not EETC): "the company" near a sentence's start is the story's subject."""
        for prior in reversed(self.views[max(0, view.index - 2):view.index]):
            first = next((r for r in prior.refs if r.kind in ACTOR_KINDS and r.free and not r.possessive), None)
            if first is None:
                continue
            return first.key if first.kind == COMPANY and first.key not in skip and first.start < 40 else None
        return None

    def _listed_before(self, view: SentenceView, before: int, kinds) -> list[str]:
        """The actors of the last list of two or more (of *kinds*) before *before*, in this sentence or
        the two before it."""
        for prior in [view, *reversed(self.views[max(0, view.index - 2):view.index])]:
            # (a list in an aside counts: "partners led by the World Bank, including A, B and C. The partners …")
            # (not those present at it: "At their summit, attended by A, B and C, the two sides adopted …")
            groups = [unique_keys(g) for g in coordinated_lists(prior, kinds, asides=prior is not view)
                      if (prior is not view or g[-1].end <= before)
                      and not _present_at(prior.text, g[0].start)]
            groups = [g for g in groups if len(g) >= 2]
            if groups:
                return groups[-1]
        return []

    def _bloc_meeting_before(self, view: SentenceView, before: int) -> str | None:
        """The organization whose meeting the sentence (before *before*) or one of the three before it names by
        the organization's own name ("the 43rd ASEAN Ministers on Energy Meeting", "the SCO Energy Ministers'
        Meeting", "the Seventh GECF Summit"), the last one named, else None."""
        for prior in [view, *reversed(self.views[max(0, view.index - 3):view.index])]:
            for r in reversed(prior.refs):
                if r.kind == INTERNATIONAL_ORGANIZATION and (prior is not view or r.end <= before) \
                        and names_its_meeting(prior.text, r.end):
                    return r.key
        return None

    def _office_holders_before(self, view: SentenceView, before: int) -> list[str]:
        """The states whose office holders the sentence (before *before*) or the one before it names, when
        they are two or more ("President Biden hosted … President Tokayev of Kazakhstan, … The leaders
        adopted …"), else none."""
        for prior in [view, *self.views[max(0, view.index - 1):view.index]]:
            keys = unique_keys([r for r in prior.refs if r.how == "person" and r.kind == STATE
                                and (prior is not view or r.end <= before)])
            if len(keys) >= 2:
                return keys
        return []

    def met_before(self, view: SentenceView) -> list[str]:
        """The two actors of a meeting told in one of the two sentences before ("X met with a delegation of
        Y. The sides signed …"): who met (or the side a person there speaks for) and whom, else none."""
        return self.meeting_before(view)[0]

    def meeting_before(self, view: SentenceView) -> tuple[list[str], str | None]:
        """:meth:`met_before`, with the first place the sentence that tells the meeting names (or None)."""
        for prior in reversed(self.views[max(0, view.index - 2):view.index]):
            m = _MEETING_VERB_RE.search(prior.text)
            if m is None:
                continue
            before = [r for r in prior.refs if r.end <= m.start() and (r.free or r.how == "person")
                      and r.kind in ACTOR_KINDS]
            after = [r for r in prior.refs if r.start >= m.end() and r.free and r.kind in ACTOR_KINDS]
            if before and after and before[-1].key != after[0].key:
                return [before[-1].key, after[0].key], next((p.key for p in prior.places), None)
            return [], None
        return [], None

    def two_main_states(self) -> list[str]:
        """The two states a report is about, when two stand out over the third ("an intergovernmental
        agreement concluded in 2011" in a story about Russia and Bangladesh), else none.

        Returns
        -------
        list of str
        """
        counts = self.state_counts.most_common(3)
        if len(counts) < 2 or counts[1][1] < 2 or (len(counts) == 3 and counts[2][1] * 2 > counts[1][1]):
            return []
        return [counts[0][0], counts[1][0]]

    def before_in_paragraph(self, view: SentenceView) -> SentenceView | None:
        """The sentence just before *view* when no line break parts them, else None."""
        if view.index == 0:
            return None
        prior = self.views[view.index - 1]
        return None if "\n" in self.facts.text[prior.start + len(prior.text):view.start] else prior

    def _home_of_the_actors(self, view: SentenceView, pos: int, besides: str) -> str | None:
        """The one state whose firms or bodies the sentence names before *pos*, other than *besides*."""
        homes = {f"state/{e.country}" for r in view.refs if r.start < pos and r.kind != STATE and r.free
                 and (e := self.facts.entities.get(r.key)) is not None and e.country} - {besides}
        return next(iter(homes)) if len(homes) == 1 else None

    def focus_state(self) -> str | None:
        """The state the document has talked about most so far."""
        return self.state_counts.most_common(1)[0][0] if self.state_counts else None

    @functools.cached_property
    def _document_state(self) -> str | None:
        """The state the whole report names most, when it leads (:func:`leading`); the mentions are all read by
        the time the context is built."""
        return leading(Counter(m.key for m in self.facts.mentions if m.key.startswith("state/")))

    def _bare_government(self, view: SentenceView, free_span) -> None:
        """"The government signed …", "after Government signed …": the government of the state the report is
        about (its dateline's, else the one it names most, else the one whose capital it names), as a party;
        not "the government of X" or "the Kenyan government", which name theirs."""
        for m in _BARE_GOVERNMENT_RE.finditer(view.text):
            if not free_span(m.start(), m.end()) or any(r.end <= m.start() and m.start() - r.end <= 2 and r.kind == STATE
                                                       for r in view.refs):
                continue
            if any(r.how == "person" and 0 <= r.start - m.end() <= 3 for r in view.refs):
                continue  # "The president of the Government, Pedro Sánchez": an office whose holder tells its state
            home = self._report_state()
            if home is not None:
                view.refs.append(Ref(home, STATE, m.start(), m.end(), "coref", home, guessed=True))

    def _report_state(self) -> str | None:
        place = self.facts.entities.get(self.facts.dateline_place or "")
        if place is not None and place.country:
            return f"state/{place.country}"
        if self.state_counts:
            return self.focus_state()
        if (whole := self._document_state) is not None:
            return whole  # (named only further on: "GEORGETOWN — … the government signed …", Guyana named later)
        from epkg.ontology.gazetteer import load
        gazetteer = load()
        # (a report that names no state but one capital, "at State House in Windhoek": that capital's state)
        capitals = {e.country for e in self.facts.entities.values() if e.kind == PLACE and e.country
                    and (g := gazetteer.get(e.key)) is not None and g.is_capital}
        return f"state/{capitals.pop()}" if len(capitals) == 1 else None

    def _personal_pronoun(self, view: SentenceView) -> None:
        """"He" or "she" as a clause's subject at the head of a sentence ("A day earlier, she signed …"): the side
        the person stands for who was the subject of the sentence before."""
        m = _PERSONAL_PRONOUN_RE.match(view.text)
        if m is None or view.index == 0:
            return
        for prior in reversed(self.views[max(0, view.index - 2):view.index]):
            person = next((r for r in prior.refs if r.how == "person"), None)
            if person is None:
                continue
            if not any(r.how == "person" and r.start < person.start for r in prior.refs) \
                    and not any(r.free and r.how != "person" and r.start < person.start and r.kind in ACTOR_KINDS
                                and not r.modifier for r in prior.refs):
                view.refs.append(Ref(person.key, person.kind, m.start("pronoun"), m.end("pronoun"), "coref",
                                     person.source))
            return

    def _body_pronoun(self, view: SentenceView) -> None:
        """"It" as a sentence's subject ("Launched in 2015, it now groups …"): the body that was the subject of the
        sentence before, named at its head ("Mission Innovation (MI) is an odd creature.")."""
        m = _BODY_PRONOUN_RE.match(view.text)
        if m is None or view.index == 0 or any(r.start < m.start("pronoun") and r.free for r in view.refs) \
                and not _COMPANIONS_OPENING_RE.match(view.text):
            return  # (but "Together with A and B, it is developing …": its companions, no subject of their own)
        prior = self.views[view.index - 1]
        head = min(prior.refs, key=lambda r: r.start, default=None)
        if head is not None and head.kind in (INTERNATIONAL_ORGANIZATION, COMPANY, GOVERNMENT_BODY) and head.free \
                and re.fullmatch(r"\s*(?:The\s+)?", prior.text[:head.start]) \
                and not any(head in g and len(unique_keys(g)) > 1 for g in coordinated_lists(prior, ACTOR_KINDS)):
            # (one body alone: after "A and B formed a consortium", "it" is the consortium, neither of them)
            view.refs.append(Ref(head.key, head.kind, m.start("pronoun"), m.end("pronoun"), "coref", head.source))

    def _coreference(self, view: SentenceView) -> None:
        text = view.text
        if "it " in text[:130] or text.startswith("It "):
            self._body_pronoun(view)
        if _PRONOUN_HINT_RE.search(text, 0, 100):  # (a cheap test before the anchored pattern)
            self._personal_pronoun(view)
        if self.views and ((bare := _BARE_GROUP_RE.match(text)) is not None
                           or (bare := _BARE_GROUP_AFTER_TIME_RE.match(text)) is not None):
            self._bare_group(view, bare)
        if ("venture" in text or "consortium" in text) and view.index:
            self._venture_named_before(view)
        if "project company" in text:
            self._the_project_company(view)
        if " the " in text and (inner := _GROUP_IN_CLAUSE_RE.search(text)) is not None:
            self._group_in_clause(view, inner)
        taken = [(r.start, r.end) for r in view.refs if r.how != "demonym"]

        def free_span(s, e):
            return all(e <= a or s >= b for a, b in taken)

        if "overnment" in text:
            self._bare_government(view, free_span)
        hints = view.hints
        for m in _GROUP_RE.finditer(text) if any(w in hints for w in _GROUP_WORDS) else ():
            nationality = m.span("nationality") if m.group("nationality") else None
            if nationality and free_span(m.start(), nationality[0]) and free_span(nationality[1], m.end()):
                # "the two US companies": the state only qualifies the companies
                inside = [r for r in view.refs if nationality[0] <= r.start and r.end <= nationality[1]]
                for r in inside:
                    r.modifier = True
            elif not free_span(m.start(), m.end()):
                continue
            if m.group("eachother"):
                continue
            word = m.group("num").split()[-1].lower()
            noun = m.group("noun").lower()
            n = _NUMBERS.get(word, 2)
            if word == "the" or word == "their" and noun in ("leaders", "ministers", "participants", "delegations"):
                # "The sides signed …", "signed by their ministers": as many as the text listed together just before
                # the leaders, ministers or delegations of the states listed; the companies of the firms
                kinds = {"companies": (COMPANY,), "leaders": (STATE,), "ministers": (STATE,),
                         "delegations": (STATE,)}.get(noun, ACTOR_KINDS)
                listed = self._listed_before(view, m.start(), kinds)
                if len(listed) < 2 and noun in ("sides", "parties", "delegations"):
                    listed = self.met_before(view)
                if len(listed) < 2 and noun in ("sides", "parties") and view.index and m.group("noun")[0].isupper():
                    # "The Parties will …", the treaty's word, in a joint statement of two states: those two
                    listed = self.two_main_states() or (list(self.state_counts) if len(self.state_counts) == 2 else [])
                if noun == "partners":
                    # "The partners have signed …" paragraphs after "A and B … the partners": the same ones,
                    # as long as no other list was called the partners since
                    if len(listed) >= 2:
                        self.partners_called = listed
                    elif self.partners_called:
                        listed = self.partners_called
                if noun in ("leaders", "ministers", "delegations", "participants"):
                    # (the states of the office holders named, when they are more than a list of states holds:
                    # "President A of X, President B of Y and President C of Z")
                    holders = self._office_holders_before(view, m.start())
                    if len(holders) > len(listed) and set(listed) <= set(holders):
                        listed = holders
                if len(listed) >= 3 and noun in ("leaders", "ministers", "delegations", "participants") \
                        and all(self._kind(k) == STATE for k in listed) \
                        and (bloc := self._bloc_meeting_before(view, m.start())) is not None:
                    # "The 43rd ASEAN Ministers on Energy Meeting brought together A, B, C … The Ministers adopted a
                    # Joint Ministerial Statement": the bloc's meeting speaks for the bloc, not for each member
                    view.refs.append(Ref(bloc, INTERNATIONAL_ORGANIZATION, m.start(), m.end(), "coref", bloc))
                elif len(listed) >= 2:
                    for k in listed:
                        view.refs.append(Ref(k, self._kind(k), m.start(), m.end(), "coref", k))
                continue
            if noun in ("partners", "parties", "signatories", "sides"):
                kinds = (STATE, INTERNATIONAL_ORGANIZATION, COMPANY, GOVERNMENT_BODY)
            elif noun in ("companies", "groups"):
                kinds = (COMPANY,)
            elif noun in _FIRM_GROUP_NOUNS:
                if word in ("the", "their") or re.search(r"\beach\s+of\s+$", text[max(0, m.start() - 10):m.start()]):
                    continue  # "the banks": how many, and which, the text does not say; "with each of the two
                    # operators": one instrument with each, not one between them
                # (a development bank lends and invests, but is no utility, operator or yard)
                kinds = (COMPANY, GOVERNMENT_BODY, INTERNATIONAL_ORGANIZATION) if noun in ("lenders", "banks", "investors") \
                    else (COMPANY, GOVERNMENT_BODY)
            else:
                kinds = (STATE,)
            keys = self.groups.get(n) if kinds == (STATE,) or n >= 3 and noun in ("parties", "signatories", "sides") \
                else None  # ("the three parties" to a pact three states signed: those three, not the last three named)
            if keys and n == 2 and noun in ("countries", "states", "nations", "governments", "sides"):
                # "the two countries" in a story about two states means those two, unless the pair
                # listed last is about as prominent ("Moscow has such treaties with Belarus and North Korea")
                main = [k for k, _ in self.state_counts.most_common(2)]
                if len(main) == 2 and not set(keys) & set(main) and \
                        min(self.state_counts[k] for k in main) > max(self.state_counts[k] for k in keys):
                    keys = main
            # "A signed with the two companies": the two are others than the clause's own actors
            # (in its own clause: "A and B build it under a contract that C signed with the two companies")
            skip = {r.key for r in view.refs if r.start < m.start() and r.free
                    and r.start >= _relative_clause_start(text, m.start())} \
                if re.search(r"\bwith\s+$", text[max(0, m.start() - 6):m.start()]) else set()
            if re.search(r"(?:,|\band)\s+$", text[max(0, m.start() - 6):m.start()]) \
                    and not (re.search(r",\s+and\s+$", text[max(0, m.start() - 8):m.start()])
                             and _CLAUSE_SUBJECT_AFTER_RE.match(text, m.end())):
                # "signed by TANESCO and the two Egyptian companies": others than the ones listed with them
                skip |= {r.key for r in list_before(view, m.start(), kinds, max_gap=6)}
            if nationality and kinds == (COMPANY,):
                # "the two Egyptian companies": the firms of that state
                iso = next((r.key[6:] for r in view.refs if r.kind == STATE and nationality[0] <= r.start
                            and r.end <= nationality[1]), None)
                skip |= {k for k, e in self.facts.entities.items() if e.kind == COMPANY and iso and e.country
                         and e.country != iso}
            recent = bool(keys) and self.group_at.get(n, -9) >= view.index - 1
            here = list(dict.fromkeys(r.key for r in view.refs if r.kind == STATE and r.start < m.start()
                                      and r.how != "coref"))
            if n == 2 and kinds == (STATE,) and len(here) == 2 and noun in ("countries", "states", "nations", "governments"):
                # "China is Peru's largest trading partner, and the two countries …": the two states the
                # sentence has just named, not a pair listed further back
                keys, recent = here, True
            elif n == 2 and kinds == (STATE,) and len(here) == 1 and here[0] not in (keys or ()) \
                    and noun in ("countries", "governments") \
                    and (other := self._home_of_the_actors(view, m.start(), here[0]) or self.focus_state()) \
                    not in (None, here[0]) \
                    and not any(r.kind == STATE and m.end() < r.start < m.end() + 30 for r in view.refs):
                # "The NEA has set targets of exporting 10,000 MW to India, under the agreement the two governments
                # signed": the one state the sentence names and the home of its actors (else the state the story
                # is about), not a pair listed further back
                keys, recent = [other, here[0]], True
            elif n == 2 and kinds == (STATE,) and keys and not recent and view.index \
                    and not any(r.kind == STATE and r.start < m.start() for r in view.refs) \
                    and len(last := list(dict.fromkeys(r.key for r in self.views[view.index - 1].refs
                                                       if r.kind == STATE))) == 2:
                # "For Baku, the visit underlined its growing ties with Belgrade. The two countries …": the two
                # states of the sentence just before, not a pair listed further back
                keys, recent = last, True
            if not keys and n == 2 and noun in ("sides", "parties") \
                    and not any(r.how == "coref" and r.start < m.start() for r in view.refs) \
                    and len(listed := self._listed_before(view, m.start(), kinds)) == 2 \
                    and not (all(k.startswith("state/") for k in listed) and self.two_main_states()):
                # "Kazakhstan and the EU signed … in Sharm el-Sheikh, Egypt. … the two sides": the pair listed
                # together just before, not the last two actors named (but the two states a story is about stay
                # its two sides, not two others a pipeline crosses)
                keys, recent = listed, True
            if (named := _NAMED_AFTER_RE.match(text, m.end())) is not None \
                    and len(after := unique_keys(list_after(view, named.end(), kinds, max_gap=2))) == n:
                # "the three countries, meaning A, B and C": the ones the sentence names right after, whatever the
                # text listed before
                keys, recent = after, True
            if not keys and kinds == (COMPANY,):
                # "A, the arm of B, and C formed a venture, the two companies said": the list of that many the
                # sentence named before the words, not the last names before them
                here = [unique_keys(g) for g in coordinated_lists(view, kinds) if g[-1].end <= m.start()
                        and len(unique_keys(g)) == n and not set(unique_keys(g)) & skip]
                keys = here[-1] if here else keys
            keys = keys or self._last(kinds, view, m.start(), n, free_only=True, skip=skip)
            if n == 2 and noun in ("countries", "states", "nations", "governments", "sides") and not recent \
                    and keys and all(k.startswith("state/") for k in keys) \
                    and (two := self.two_main_states()) and set(keys) != set(two):
                # "the two sides", "both countries" in a story about two states: those two, not the last two
                # named in passing ("… continues through Bulgaria and Serbia. … the two sides discussed …")
                keys = two
            if noun == "sides" and n == 2 and len({k.startswith("state/") for k in keys}) == 2 \
                    and any(self._kind(k) == COMPANY for k in keys):
                # a state and a company are no two sides: the two states last listed, else the state and
                # the other state the story names most
                state = next(k for k in keys if k.startswith("state/"))
                other = next((k for k, _ in self.state_counts.most_common() if k != state), None)
                keys = self.groups.get(2) or ([state, other] if other else keys)
            if len(keys) == n:
                for k in keys:
                    view.refs.append(Ref(k, self._kind(k), m.start(), m.end(), "coref", k))
        for m in _DEFINITE_RE.finditer(text) if any(w in hints for w in _DEFINITE_WORDS) else ():
            if not free_span(m.start(), m.end()):
                continue
            if m.group("whose"):
                person = next((r for r in reversed(view.refs) if r.how == "person" and r.start < m.start()), None)
                if person is not None and person.kind == STATE:
                    view.refs.append(Ref(person.key, STATE, m.start(), m.end(), "coref", person.key))
                continue
            noun = m.group("noun").lower()
            kind = _NOUN_KIND[noun]
            if noun == "bank" and text[m.end():m.end() + 2] in ("'s", "’s"):
                continue  # "the bank's division": a part of the bank, no actor
            named = next((r.key for r in view.refs if r.how == "demonym" and r.kind == STATE
                          and m.start() <= r.start and r.end <= m.end()), None)
            if noun in ("country", "government", "state", "junta") and named:
                key = named  # "the Kenyan government" is Kenya's, whatever state the report is about
            elif noun in ("country", "government", "state", "junta"):
                # (in the first sentence, the state it names itself before any it only qualifies a firm with:
                # "Bangladesh will import LNG from US-based X …, as the government tries to shield the country")
                key = self.focus_state() or self._document_state \
                    or next((r.key for r in view.refs if r.kind == STATE and r.free
                             and r.how != "coref" and r.end <= m.start()), None) \
                    or next(iter(self._last((STATE,), view, m.start())), None)
            elif noun in ("kingdom", "emirate", "sultanate", "principality", "republic"):
                key = self._last_titled(noun, view, m.start())
            else:
                # "Together with Norfund, …, the company owns": not the one its own sentence named with "with"
                partner = {r.key for r in view.refs if r.start < m.start() and r.how != "coref"} \
                    if OPENING_PARTNER_RE.match(text) else frozenset()
                key = self.described.get(noun) if self.described.get(noun) not in partner else None
                if key is None and noun in ("company", "firm", "group") and m.start() < 80:
                    key = self._subject_firm(view, skip=partner)
                if key is None and noun in ("alliance", "community", "bank", "lender"):
                    # "the alliance" is a body whose name says alliance, never the union named last; "the Bank", one
                    # whose name says bank (a development bank or a firm's); "the lender", one whose name says it
                    # lends (a bank, a fund, an export credit agency), of whatever kind
                    kinds = (INTERNATIONAL_ORGANIZATION, COMPANY, GOVERNMENT_BODY) if noun == "lender" \
                        else (kind, COMPANY) if noun == "bank" else (kind,)
                    words = _LENDER_NAME_WORDS if noun == "lender" else (noun,)
                    recent = self._last(kinds, view, m.start(), 6, skip=partner)
                    key = next((k for k in reversed(recent) if k in self.facts.entities
                                and any(w in self.facts.entities[k].label.lower() for w in words)), None)
                elif key is None:
                    key = next(iter(self._last((kind,), view, m.start(), skip=partner)), None)
                if named and kind == COMPANY and key is not None \
                        and getattr(self.facts.entities.get(key), "country", None) not in (None, named.split("/", 1)[1]):
                    # "the state-owned Colombian company": the last firm of that state, not of another
                    key = next((k for k in reversed(self._last((COMPANY,), view, m.start(), 6, skip=partner))
                                if getattr(self.facts.entities.get(k), "country", None) == named.split("/", 1)[1]), None)
            if key is not None:
                view.refs.append(Ref(key, self._kind(key), m.start(), m.end(), "coref", key))

    def _note_defined_terms(self, view: SentenceView) -> None:
        """A filing's term defined right after a name ('ACWA Power Company (the "Company")'): the same sentence's
        "the Company" already stands for it."""
        for r in view.refs:
            if r.kind in (COMPANY, GOVERNMENT_BODY) and r.how != "coref" \
                    and (defined := _DEFINED_TERM_RE.match(view.text, r.end)) is not None:
                self.described[defined.group("noun").lower()] = r.key

    def _note_descriptions(self, view: SentenceView) -> None:
        """Remember which actor a trade noun described ("TSPI, the developer of the project", "state utility
        EVN"), so that "the developer" later in the story is that one, not merely the last firm named."""
        text = view.text
        for r in view.refs:
            if r.kind not in (COMPANY, GOVERNMENT_BODY) or r.how == "coref":
                continue
            after = _DESCRIBED_AFTER_RE.match(text, r.end)
            before = _DESCRIBED_BEFORE_RE.search(text, max(0, r.start - 40), r.start)
            defined = _DEFINED_TERM_RE.match(text, r.end)
            for m in (after, before, defined):
                if m is not None:
                    self.described[m.group("noun").lower()] = r.key

    def _bare_group(self, view: SentenceView, m) -> None:
        """A sentence that opens with "They", "Both" or "All four" before its verb: the actors listed
        together in the sentence before (the first such list, its subject as a rule)."""
        groups = m.groupdict()
        n = 2 if groups.get("both") else _NUMBERS.get((groups.get("n") or groups.get("the_n") or "").lower())
        previous = self.views[-1]
        for group in coordinated_lists(previous, ACTOR_KINDS):
            keys = unique_keys(group)
            if len(keys) >= 2 and (n is None or len(keys) == n):
                for k in keys:
                    view.refs.append(Ref(k, self._kind(k), m.start("word"), m.end("word"), "coref", k))
                return
        # "the UK-Morocco Strategic Dialogue with his Moroccan counterpart Y. … the two signed": the sides
        # the sentence before names, when they are as many
        held = unique_keys([r for r in previous.refs if (r.free or r.how == "person") and r.kind in ACTOR_KINDS])
        if groups.get("the_n") and n and len(held) == n:
            for k in held:
                view.refs.append(Ref(k, self._kind(k), m.start("word"), m.end("word"), "coref", k))
            return
        if groups.get("the_n") and n and (keys := self.groups.get(n)):
            # "The eight, all members of the EU": the eight states the story listed, further back
            for k in keys:
                view.refs.append(Ref(k, self._kind(k), m.start("word"), m.end("word"), "coref", k))

    def _the_project_company(self, view: SentenceView) -> None:
        """"… each signed a loan agreement with the project company": the firm the text called the project company
        before ("Masdar Wind Jambyl LLP, the project company wholly owned by Masdar", "the project company, X")."""
        for m in _THE_PROJECT_COMPANY_RE.finditer(view.text):
            if any(r.start < m.end() and m.start() < r.end for r in view.refs) \
                    or re.match(r"\s*,?\s*[A-Z(\"“]", view.text[m.end():m.end() + 3]):
                continue  # (a name of its own, or one given right after it)
            found = None
            for prior in [view, *reversed(self.views[max(0, view.index - 4):view.index])]:
                limit = m.start() if prior is view else len(prior.text)
                for r in prior.refs:
                    if r.kind == COMPANY and r.end <= limit and (
                            _CALLED_PROJECT_COMPANY_AFTER_RE.match(prior.text, r.end)
                            or _CALLED_PROJECT_COMPANY_BEFORE_RE.search(prior.text, max(0, r.start - 30), r.start)):
                        found = r
                if found is not None:
                    break
            if found is not None:
                view.refs.append(Ref(found.key, COMPANY, m.start(), m.end(), "coref", found.key))

    def _venture_named_before(self, view: SentenceView) -> None:
        """"TANESCO and the joint venture signed …": the firms that make up the venture or consortium the text
        described a sentence or three before ("a joint venture of two Egyptian companies, A and B")."""
        for m in _THE_VENTURE_RE.finditer(view.text):
            if any(r.start <= m.start() < r.end or m.start() <= r.start < m.end() for r in view.refs):
                continue
            for prior in reversed(self.views[max(0, view.index - 3):view.index]):
                made = list(_VENTURE_OF_RE.finditer(prior.text))
                members = unique_keys(list_after(prior, made[-1].end(), (COMPANY,), max_gap=4, asides=True)) \
                    if made else []
                if len(members) >= 2:
                    for k in members:
                        view.refs.append(Ref(k, COMPANY, m.start(), m.end(), "coref", k))
                    break

    def _group_in_clause(self, view: SentenceView, m) -> None:
        """"since the three signed …": the actors the sentence named before it, when they are as many."""
        n = _NUMBERS.get(m.group("the_n").lower())
        before = unique_keys(r for r in view.refs if r.end <= m.start() and (r.free or r.how == "person")
                             and r.kind in ACTOR_KINDS and not r.possessive)
        if n and len(before) == n:
            for k in before:
                view.refs.append(Ref(k, self._kind(k), m.start("word"), m.end("word"), "coref", k))

    def _last_titled(self, noun: str, view: "SentenceView", before: int) -> str | None:
        """The most recent state whose official name has *noun* ("the kingdom" → a Kingdom of …)."""
        from epkg.ontology.gazetteer import load

        gazetteer = load()
        fallback = None
        focus = self.focus_state()
        if focus is not None and (entry := gazetteer.get(focus)) is not None \
                and noun in " ".join((entry.label, *entry.alt_labels)).lower():
            # "the Kingdom" in a report about Morocco is Morocco, even after a sentence on Spain
            return focus
        for key in reversed(self._last((STATE,), view, before, 6)):
            entry = gazetteer.get(key)
            names = " ".join((entry.label, *entry.alt_labels)).lower() if entry is not None else ""
            if noun in names:
                return key
            fallback = fallback or key
        return fallback if noun == "republic" else None

    def _kind(self, key: str) -> str:
        ent = self.facts.entities.get(key)
        return ent.kind if ent is not None else (STATE if key.startswith("state/") else COMPANY)

    @staticmethod
    def _flag(view: SentenceView) -> None:
        text = view.text
        refs = view.refs
        cue_ends = _excluding_ends(text) if refs else []
        apposed: set[int] = set()  # (the refs of an aside that an apposition opened)
        for i, r in enumerate(refs):
            after = text[r.end:r.end + 60]
            nxt = next((o for o in refs[i + 1:] if o.start >= r.end and o.how != "coref"), None)
            gap = text[r.end:nxt.start] if nxt is not None else None
            r.possessive = bool(_POSSESSIVE_RE.match(after + " "))
            if r.possessive and nxt is not None and len(gap) < 45 and not _PUNCTUATION_RE.search(gap[2:]) \
                    and not (r.kind == STATE and OFFICE_HOLDER_AFTER_RE.match(gap)):
                r.modifier = True  # "Saudi Arabia's ACWA Power" (not "Kenya's energy minister and …")
            elif r.possessive and r.kind == STATE and _owns_unlisted_name(view, r.end, nxt):
                r.modifier = True  # "Korea's Daelwoo": the firm is the actor even when no list names it
            elif r.possessive and r.kind == STATE and _describes_the_name_before(view, refs[:i], r):
                r.modifier = True  # "BII, the UK's development finance institution": it says whose BII is
            if r.how != "person" and nxt is not None and nxt.how == "person" and nxt.key == r.key \
                    and _EMPLOYER_TITLE_GAP_RE.fullmatch(gap):
                r.modifier = True  # "Eni chief executive Claudio Descalzi": the person stands for Eni
            if r.how == "demonym" and not _DEMONYM_ACTOR_RE.match(after) \
                    and not _COORDINATED_DEMONYM_ACTOR_RE.match(after):
                r.modifier = True  # "Chinese partners", "Azerbaijani President Ilham Aliyev"
            elif r.kind == STATE and re.match(r"[-–](?:based|headquartered|registered|listed)\b", after):
                r.modifier = True  # "the US-based Excelerate Energy": where the firm is from
            elif r.kind == STATE and r.how in ("name", "alt") and EVENT_NAME_AFTER_RE.match(after):
                r.modifier = True  # "on the sidelines of India Energy Week": the state names the event
            elif r.kind == STATE and nxt is not None and nxt.kind != STATE and _TRADE_GAP_RE.fullmatch(gap or "x"):
                r.modifier = True  # "US reactor maker Westinghouse": whose firm it is, not a party
            before = text[max(0, r.start - 60):r.start]
            if "to" in before and _FILED_TO_BEFORE_RE.search(before):
                r.modifier = True  # "…, the developer said in a filing to the Saudi Exchange": whom a report went to
            # the anchored match first: searching backwards for the article costs more
            if r.how != "coref" and _NOUN_MODIFIED_RE.match(after) and _ARTICLE_BEFORE_RE.search(before) \
                    and not (r.kind == COMPANY and _FIRM_CALLED_SO_RE.match(after)):
                r.modifier = True  # "an ASEAN dialogue partner", "the SCO member states"
            elif r.kind == STATE and _FIRM_AFTER_STATE_RE.match(after) and _ARTICLE_BEFORE_RE.search(before):
                r.modifier = True  # "GE Vernova, the US turbine maker": whose firm it is, not a party
            if r.kind == STATE and r.how in ("name", "alt") and before.endswith((", ", ", the ")) \
                    and _PLACE_BEFORE_STATE_RE.search(before) and _PLACE_STATE_END_RE.match(after) \
                    and (not (nxt is not None and nxt.kind == STATE and re.fullmatch(r"\s*,\s*", gap or "x"))
                         or any(p.end == r.start - 2 and p.country and r.key == f"state/{p.country}"
                                for p in view.places)):
                r.modifier = True  # "in Sharm el-Sheikh, Egypt, A and B signed", "in Rotterdam, the Netherlands":
                # the place's state, no actor
                # (before another state too, when the place is known to be the state's: "in Sharm el-Sheikh, Egypt,
                # Namibia and Chile signed"; "in Baku, Georgia, Armenia and …" stays a list)
            if r.kind == STATE and text[r.start - 1:r.start] == "(" and text[r.end:r.end + 1] == ")" and i \
                    and refs[i - 1].kind not in (STATE, PERSON) and re.fullmatch(r"\s*", text[refs[i - 1].end:r.start - 1]):
                r.modifier = True  # "ACWA Power (Saudi Arabia)": where the firm is from, not a party
            if r.kind == STATE and " for " in before and _REGION_OF_OFFICE_RE.search(before):
                r.modifier = True  # "the World Bank Country Director for Papua New Guinea": an office's region
                for prev, o in zip(refs[i:], refs[i + 1:]):  # ("… regional president for A, B and C")
                    if o.kind != STATE or not _STATE_LIST_GAP_RE.fullmatch(text, prev.end, o.start):
                        break
                    o.modifier = True
            if r.kind == STATE and "of" in before and _OF_BEFORE_RE.search(before):
                prev = next((o for o in reversed(refs[:i]) if o.end <= r.start), None)
                if prev is not None and prev.kind != STATE and _OF_GAP_RE.fullmatch(text[prev.end:r.start]):
                    r.modifier = True  # "Petroguin of Guinea-Bissau"
            if r.kind == STATE and "of" in before and _FIRMS_OF_BEFORE_RE.search(before):
                r.modifier = True
                for prev, o in zip(refs[i:], refs[i + 1:]):
                    if o.kind != STATE or not _STATE_LIST_GAP_RE.fullmatch(text, prev.end, o.start):
                        break
                    o.modifier = True
            if r.kind == STATE and text[r.start - 4:r.start] == " in " and i and refs[i - 1].end == r.start - 4 \
                    and refs[i - 1].kind in (COMPANY, GOVERNMENT_BODY) and _LISTED_ON_RE.match(text, r.end):
                r.modifier = True  # "Enagás in Spain, REN in Portugal and OGE in Germany": where each firm is
            cue = next((e for e in cue_ends if e <= r.start and r.start - e <= 64
                        and _EXCLUDING_GAP_RE.fullmatch(text, e, r.start)), None)
            if cue is not None:
                r.aside = True
                if _APPOSED_UNIT_OF_RE.search(text, max(0, cue - 60), cue):
                    apposed.add(id(r))
            if r.how != "coref" and any(o is not r and o.how != "coref" and o.start <= r.start and r.end <= o.end
                                        and o.end - o.start > r.end - r.start for o in refs):
                r.modifier = True  # "Sierra Leone" inside "Petroleum Directorate of Sierra Leone"
            if r.kind == STATE and nxt is not None and nxt.kind == STATE and gap in ("-", "–") \
                    and _WORK_NAMED_AFTER_RE.match(text, nxt.end):
                # "after the Zambia-Tanzania Interconnector Project": the work's name, no party to the clause
                r.modifier = nxt.modifier = r.names_work = nxt.names_work = True
        # (the name before the brackets, not a state named inside it: "Energy Development Oman (EDO)")
        outer = [r for r in refs if not (r.modifier and r.kind == STATE)]
        for prev, r in zip(outer, outer[1:]):
            employer = False
            if r.key == prev.key and r.how in ("acronym", "alt", "short") and prev.aside \
                    and re.fullmatch(r"\s*\(\s*[\"“]?", text[prev.end:r.start]) \
                    and (_DESCRIBING_CUE_BEFORE_RE.search(text, max(0, prev.start - 50), prev.start)
                         # (and the owners of "X, a joint venture of A and B (BB),")
                         or "venture" in text and _OWNERS_APPOSITION_RE.search(text, max(0, prev.start - 120), prev.start)
                         # (and the employer of the person named before: "A, president of the Brazilian
                         # Development Bank (BNDES), and B, …": A stands for it already, and the list goes on)
                         or (employer := any(o.how == "person" and o.key == r.key and o.end <= prev.start
                                             and prev.start - o.end <= 60 for o in refs))):
                if employer is True:
                    apposed.add(id(r))
                # "a subsidiary of Korea Electric Power Corp (KEPCO)", "approved by the Energy Regulatory Commission
                # (ERC)": the short form in brackets describes as its name does (not every aside's: "financed by
                # the ADB (ADB), a member of …" leaves the short form for the member rules)
                r.aside = True
        # "owned by A, B and C": the aside takes the whole list its cue governs (not past the comma that
        # closes an opening adverbial: "At the invitation of Germany, Kenya and Ethiopia signed …")
        lead = _FILED_LEAD_RE.match(text)
        lead = lead.end() if lead is not None and _filed(lead.group(0)) else 0
        opener = _OPENER_RE.match(text[lead:])  # (after where and when the report was filed)
        closed = lead + opener.end() if opener is not None else None
        # (a demonym before the next name, "and Egyptian Prime Minister B", is no break in the list)
        named = [r for r in refs if r.how != "demonym"]
        for prev, r in zip(named, named[1:]):
            if prev.aside and not r.aside and r.key == prev.key and r.how in ("acronym", "alt") \
                    and re.fullmatch(r"\s*\(\s*", text[prev.end:r.start]) \
                    and re.match(r"\s*\)\s+(?:together|along)\s+with\s", text[r.end:]):
                # "led by Pan American Energy (PAE) together with B": the short form in brackets goes with its name,
                # and the partners named after it with both
                r.aside = True
                if id(prev) in apposed:
                    apposed.add(id(r))
                continue
            if prev.aside and not r.aside and prev.end <= r.start \
                    and (closed is None or prev.end > closed or r.start < closed) \
                    and _ASIDE_LIST_GAP_RE.fullmatch(text, prev.end, r.start) \
                    and not (r.how == "person" and r.key == prev.key and re.fullmatch(r"\s*,\s*", text[prev.end:r.start])) \
                    and not (id(prev) in apposed and "," in text[prev.end:r.start]):
                # (but "the president of France, Emmanuel Macron,": the office holder named after his state acts)
                r.aside = True
                if id(prev) in apposed:
                    apposed.add(id(r))
