"""Events: meetings, summits, forums, visits, ceremonies and conferences.

Named events are capitalised phrases ending in Meeting, Summit, Forum, Week,
Conference … ("Baku Energy Week", "the 42nd ASEAN Ministers on Energy Meeting")
and COP sessions ("COP29"); unnamed ones are read from their nouns and verbs
("a state visit to China", "held talks with", "met … in Dhaka", "at a ceremony
in Baku"). Each gets its place ("held in Ningbo"), its date (resolved against
the document date; an event reported as happening now gets the day a sentence
just before dates the news to, "on Thursday", else the document's month)
and its participants. The same event mentioned again is merged by name, or by
kind and participants.
"""
from __future__ import annotations

import datetime as dt
import re

from epkg.graph.extract.context import (EVENT_NAME_AFTER_RE, SIDELINES_OF_RE, DocumentContext, SentenceView, list_after,
                                       list_before, unique_keys)
from epkg.graph.extract.dates import MONTHS, SINCE_BEFORE_RE, WEEKDAYS, find_dates, in_week_before
from epkg.graph.extract.facts import INTERNATIONAL_ORGANIZATION, DocumentFacts, Event
from epkg.graph.extract.text import COP_SESSION, WHERE_CLAUSE_RE
from epkg.graph.isodate import compatible
from epkg.ontology.gazetteer import cop_sessions, load
from epkg.ontology.triggers import triggers

_VOCABULARY = triggers("events")

_ORD = r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"
# "the Astana International Forum on Thursday": a day or a month after "on" is when, not what the event is on
_NOT_A_TOPIC = "(?!(?:" + "|".join(sorted({w.capitalize() for w in (*MONTHS, *WEEKDAYS)}, key=len, reverse=True)) + r")\b)"
_NAMED_EVENT_RE = re.compile(
    rf"(?P<name>(?:{_ORD}\s+)?"
    r"(?:[A-Z][\w'’.&-]*\s+|\([A-Z]+\)\s+|(?:of|on|for|the|and|in)\s+(?=[A-Z(]))*"
    rf"(?P<head>{_VOCABULARY.pattern('name_heads', capitalised=True)})\b"
    rf"(?:\s+(?:on|of)\s+{_NOT_A_TOPIC}(?:the\s+)?(?:[A-Z][\w'’-]*\s*|(?:of|on|in|the|and|for)\s+(?=[A-Z]))+)?)"
    r"(?:\s+\((?P<acronym>[A-Z][\w ]{1,12})\))?")
# A building named after the events it holds ("International Conference Centre", "Congress Hall")
_VENUE_AFTER_RE = re.compile(r"\s+(?:Centre|Center|Hall|Palace|Hotel|Complex|Building|Venue|Pavilion|Grounds)\b")
_TITLED_RE = re.compile(rf"\b(?P<head>{_VOCABULARY.pattern('titled_heads')})\s+{_VOCABULARY.pattern('title_verbs')}\s+"
                        r"[“\"'‘](?P<title>[^”\"’]{3,120})[”\"’]", re.IGNORECASE)
_TITLE_VERBS = tuple(_VOCABULARY.title_verbs)  # _TITLED_RE needs one (tested on the lower-case hints)
_LOWER_EVENT_RE = re.compile(
    rf"\b(?P<ord>{_ORD}\s+)?(?P<mods>(?:ministerial\s+|annual\s+|joint\s+)?)"
    rf"(?P<head>{_VOCABULARY.pattern('body_nouns')})\s+of\s+(?:the\s+)?"
    r"(?P<body>(?:[A-Z][\w'’-]*[\s,]*|(?:of|and|on|for|the)\s+(?=[A-Z]))+|[^,.;()]{3,80})")
# (British style writes it "Cop27")
_COP_RE = re.compile(rf"(?P<name>{COP_SESSION})(?:\s+climate\s+(?:conference|summit|talks))?")
# A meeting or summit introduced as new, by an indefinite or an ordinal article, with up to three words
# before its noun ("a trilateral meeting", "the fourth ministerial meeting"), none of them "of"
# ("held its fifth meeting", "held their 11th session": a body's meeting counted by the body)
_INTRODUCED = rf"(?:an?|(?:the|its|their)\s+{_ORD})\s+(?:(?!of\b)[\w-]+\s+){{0,3}}?"
_COMMON_RE = re.compile(
    # "the East Mediterranean Gas Forum held its ministerial meeting in Cairo": a body's own meeting, told by its
    # subject
    rf"\b(?P<itsmeeting>held\s+its\s+(?:(?:{_ORD}|annual|ministerial|regular|extraordinary|ordinary|plenary|"
    r"general|energy|leaders['’]?|ministers['’]?)\s+){0,3}(?:meeting|session|summit|conference|assembly))\b|"
    rf"\b(?P<visit>(?i:{_VOCABULARY.pattern('visit_kinds')}\s+visit)|{_VOCABULARY.pattern('visiting_verbs')}|"
    rf"{_VOCABULARY.pattern('travelling_past_verbs')})\b|"
    # (not "is in talks with", a negotiation going on rather than a meeting held; "raised in talks with" is one)
    # ("held bilateral talks", "held wide-ranging talks"; "Talks between A and B took place …" opening a sentence)
    r"\b(?P<talks>held\s+(?:[\w-]+\s+){0,2}?talks|(?:[Aa]fter|[Dd]uring|[Ff]ollowing)\s+talks|"
    # "after bilateral talks that lasted three hours", "after their bilateral meeting in Malacanang"
    r"(?:[Aa]fter|[Dd]uring|[Ff]ollowing)\s+(?:their\s+|the\s+)?(?:(?:bilateral|closed-door|one-on-one|official|"
    r"wide-ranging|lengthy|restricted|extended|delegation-level|private|tete-a-tete)\s+){1,2}(?:talks|meeting)(?!\s+of\b)|"
    r"(?<!\bis\sin\s)(?<!\bare\sin\s)"
    r"(?<!\bwas\sin\s)(?<!\bwere\sin\s)(?<!\bbeen\sin\s)(?<!\balso\sin\s)(?<!\bstill\sin\s)(?<!\bnow\sin\s)"
    r"[Tt]alks\s+(?=with|between|in\b)|"
    # "in the format of a videoconference between A and B", "held a video call with": talks at a distance
    # ("a meeting held through video conferencing between A and B")
    r"(?<![Nn]o\s)(?:meeting\s+held\s+(?:through|via|by)\s+)?[Vv]ideo[\s-]?(?:conferenc(?:es?|ing)|calls?|link)\s+"
    r"(?=(?:held\s+)?(?:with|between))|"
    # "held a meeting with", "had a bilateral meeting with", "held separate discussions with"
    # ("held a working session with leaders of X": a meeting in the words of many state agencies)
    r"(?:held|had)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:meetings?|discussions|(?<=working\s)sessions?)\s+(?=with\b)|"
    # "paid a courtesy call on the Prime Minister", "received a courtesy call from the Ambassador": an audience
    # ("received here this morning a courtesy call by the Ambassador")
    r"(?:paid|made|received|had)\s+(?:[a-z]+\s+){0,3}?(?:a\s+)?courtesy\s+(?:calls?|visits?)\s+(?=(?:on|from|to|by)\b)|"
    # (not "the company had met its obligations", "demand was met": a need fulfilled)
    r"(?<!been\s)(?<!be\s)(?<!were\s)(?<!was\s)met\b(?!\s+(?:by|with\s+(?:resistance|opposition)|"
    r"(?:its|their|his|her|our|all|the|these|those|both|most|some|every)\s+(?:[\w-]+\s+){0,2}?(?:obligations?|targets?|"
    r"goals?|demands?|needs|requirements?|criteria|conditions?|deadlines?|expectations?|commitments?|standards?|"
    r"thresholds?|quotas?|costs?|payments?|terms)\b))|"
    # the present of a timeline or a headline ("3 October 2024 – Energy ministers meet in Vilnius"), not a
    # meeting to come or a need to meet ("will meet in", "to meet at")
    r"(?<!\bto\s)(?<!will\s)(?<!would\s)(?<!\bcan\s)(?<!could\s)(?<!shall\s)(?<!\bmay\s)(?<!might\s)(?<!should\s)"
    r"(?<!\bmust\s)(?<!\bnot\s)(?<!\bTo\s)(?<=\w\s)meet(?=\s+(?:in|at)\s+(?:the\s+)?[A-Z])|"
    r"meeting\s+between|hearing|"
    # "a meeting in Washington last month between A and B": the place and the time before the list
    r"meeting(?=\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:(?:last|this|earlier\s+this)\s+(?:week|month|year)\s+|"
    r"on\s+[A-Z]\w+\s+)?between\b)|"
    # "At a meeting in Brussels in October, A, B and C agreed …", "announced at their joint cabinet meeting in
    # Paris": the meeting an adverbial names, of the clause's actors
    r"(?<=\b[Aa]t\s)(?:the\s+(?:end|close|start|opening|sidelines|margins?)\s+of\s+)?(?:a|an|their)\s+"
    r"(?:(?!of\b)[\w-]+\s+){0,3}?meeting(?=\s+in\s+[A-Z]|\s*,)|"
    # "signed … in Niamey, at the first tripartite ministerial meeting on …": a meeting an adverbial
    # introduces as new (an indefinite or ordinal article)
    # ("at the end of the fourth tripartite ministerial meeting devoted to the project")
    rf"(?<=\b[Aa]t\s)(?:the\s+(?:end|close|start|opening|conclusion|sidelines|margins?)\s+of\s+)?{_INTRODUCED}"
    rf"meeting\b(?!\s+(?:of|with)\b)|"
    # "hosted in Tbilisi the fourth ministerial meeting on …", "held a trilateral meeting in …"
    rf"\b(?:hosted|held|convened|chaired)\s+(?:in\s+[A-Z][\w'’-]*\s+)?{_INTRODUCED}(?:meeting|session)\b(?!\s+(?:of|with)\b)|"
    # "during the annual leaders' retreat between A and B"
    r"\b(?:leaders['’]\s+)retreat\b|"
    # "President X hosted Prime Minister Y in Sochi": a leader received by another
    r"(?:hosted|received|welcomed)(?=\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:(?:Vice[- ])?President|Prime\s+Minister|King|Emir|"
    r"Chancellor|Premier|Crown\s+Prince|Sheikh|Minister)\b|"
    # "received a delegation of X", "received the chief executive of X", "received Chinese Ambassador X": a
    # visitor received by an official
    r"\s+(?:an?\s+|the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}(?i:delegation|chief\s+executive|CEO|chairman|chairwoman|chair|"
    r"head|president|managing\s+director|director\s+general|director-general|ambassador|minister|founder)\b)|"
    # "X was received by the Head of Government, Y": the same audience told from the visitor's side
    r"(?<=\bwas\s)received(?=\s+by\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:(?:Vice[- ])?President|Prime\s+Minister|"
    r"King|Emir|Chancellor|Premier|Crown\s+Prince|Sheikh|Minister|Head\s+of\s+(?:State|Government))\b)|(?:[Tt]alks|[Mm]eeting)(?=\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+held\b))\b|"
    # "the OPEC+ ministerial meeting was held in Vienna", "at the SCO energy ministers' meeting": a body's meeting,
    # named by the body before it
    # (and "the OPEC+ meeting on June 10", "the ASEAN meeting in Vientiane": an international body's meeting)
    r"(?<=[\w+)]\s)(?P<bodymeeting>(?:(?:energy\s+)?(?:ministerial|ministers['’]?|leaders['’])\s+)?meeting)\b"
    r"(?!\s+(?:of|with)\b)|"
    # "a summit in Brussels", "a summit held in Esbjerg", "signed at a summit hosted by …"
    # ("the SCO summit was held in Tashkent", "Tashkent hosted the SCO summit")
    r"\b(?P<summit>summit)(?=\s+in\s+[A-Z]|\s+(?:(?:was|had\s+been|will\s+be|is\s+(?:due\s+|set\s+|scheduled\s+)?to\s+be)\s+)?"
    r"(?:held|hosted|convened)\s+(?:in|by|at)\s+[A-Z])|"
    r"(?<=\bhosted\s)(?:the\s+)?(?:[A-Z][\w+-]*\s+){0,4}(?:leaders['’]\s+)?(?P<summit3>summit)\b(?!\s+(?:of|with)\b)|"
    rf"(?<=\b[Aa]t\s){_INTRODUCED}(?P<summit2>summit)\b(?!\s+(?:of|with)\b)|"
    # "the Kenya-China business forum took place in Nairobi": a forum named in lower case, held somewhere
    r"\b(?P<forum>(?:business|investment|energy|economic|trade)\s+forum)(?=\s+(?:took\s+place|was\s+held|opened|"
    r"was\s+hosted|in\s+[A-Z]))|"
    rf"\b(?P<ceremony>{_VOCABULARY.pattern('ceremony_kinds')}?\s*ceremony|"
    # "The signing took place in Tunis on Wednesday": the signing told as an event of its own
    # (not where it says at which gathering: "took place on the sidelines of World Atomic Week" is that event's)
    r"inauguration|(?<=[Tt]he\s)signing(?=\s+(?:took\s+place|was\s+held)\b(?!\s+(?:on\s+the\s+(?:sidelines|margins)\s+of|"
    r"during)\s+(?:the\s+)?[A-Z\d]))|"
    # "Abiy Ahmed inaugurated the dam": the opening told by its verb, with someone doing it (not "the line,
    # inaugurated in 2019": a work's past)
    # ("President X today commissioned the 310 MW plant": the same, in the word of many Commonwealth reports)
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!,\s)(?<=[\w)]\s)(?:formally\s+|officially\s+)?(?:inaugurated(?=\s+(?:the|a|an|its|"
    r"their)\s)|commissioned(?=\s+(?:the|a|an|its|their)\s+(?:(?!(?:study|studies|report|review|survey|audit|assessment|"
    r"design|on|of|for|to|from)\b)[\w,.-]+\s+){0,6}?(?:plant|station|farm|dam|line|pipeline|"
    r"project|park|terminal|refinery|units?|substation|interconnector|reactor|facility|complex)\b)))\b|"
    # "a conference of the Eastern Africa Power Pool": not a call or a room, nor a routine press conference
    r"\b(?<!press\s)(?<!news\s)(?P<conference>conference)\b(?!\s+(?:call|calls|room|rooms|centre|center|hall|"
    r"table|facilities))(?=\s+(?:of|on|in|at|organi[sz]ed|hosted|held|with)\b)")
# Words each (case-sensitive) pattern needs, tested before running it: substring tests run
# several times faster than one regex alternation over the sentence.
_NAMED_HEADS = tuple(sorted(w.capitalize() for w in _VOCABULARY.name_heads))
_LOWER_HEADS = _VOCABULARY.hints("body_nouns")
_COMMON_WORDS = (_VOCABULARY.hints("visiting_verbs") + _VOCABULARY.hints("travelling_past_verbs") +
                 ("talks", "Talks", "met", "meet", "meeting", "Meeting", "hearing", "summit", "ceremony", "inauguration", "signing",
                  "retreat", "session", "inaugurated", "commissioned", "Visit", "courtesy",
                  "conference", "hosted", "received", "welcomed", "forum"))
# A cheap test that a sentence can name an event at all, run before the costly patterns:
# any word one of the patterns needs (in either case), or "met" as a word.
_EVENT_WORDS = tuple(sorted({*_NAMED_HEADS, *_LOWER_HEADS, *_VOCABULARY.titled_heads, "COP", "Cop",
                             *(w for word in _COMMON_WORDS if word != "met" for w in (word, word.capitalize()))}))
_LINE_HEAD_GAP_RE = re.compile(r"\s*[–—:-]\s")
_MET_RE = re.compile(r"\b(?:met|meet)\b")
# Heads of state or government right before "met" (unlike _GROUP_MET_BEFORE_RE, not ministers or officials:
# their meeting is no summit)
_HEADS_BEFORE_MET_RE = re.compile(r"\b(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?)\s+"
                                  r"(?:(?:have|had|also|then|first|last)\s+)?$")
# ("On the sidelines of the summit": a gathering named before, not by its name)
_SIDELINES_OF_THE_RE = re.compile(rf"(?i:{SIDELINES_OF_RE.pattern})\s+the\s+(?:summit|forum|meeting|conference|congress|"
                                  r"session|talks|visit|week|gathering)\b")


def _may_name_event(text: str) -> bool:
    return any(w in text for w in _EVENT_WORDS) or "me" in text and _MET_RE.search(text) is not None  # (met, meet)


def _has_any(text: str, words) -> bool:
    return any(w in text for w in words)


# A venue named as a building ("at the Akorda presidential palace", "at Villa Doria Pamphilj"): in the
# city the report is filed from, which a dateline names
_VENUE_RE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*|presidential|royal|state|official)\s+){0,4}"
                       r"(?:Palace|palace|Villa|Hotel|hotel|Centre|Center|centre|center|Hall|hall|House|residence|Residence|"
                       r"Kremlin|Elysee|Élysée|headquarters)\b")
# ("may" stays in lower case in the table's pattern: the month opens dates, "On 20 May 2025 Georgia hosted …")
_HEDGED_RE = re.compile(rf"\b{_VOCABULARY.pattern('hedges')}\b[^.;]{{0,30}}$", re.IGNORECASE)
# "in Ningbo", "at the city of X", "in the Panamanian capital" (a demonym before the place word)
# "in Baku", "at the Ostend", "in the city of X", "in the Turkmen resort of Avaza", "in the port city of X"
_PLACE_PREP_RE = re.compile(r"\b(?i:in|at|to|near)\s+(?:(?i:the)\s+(?:[A-Z][\w'’-]+\s+)?(?:[a-z][\w-]*\s+){0,2}?)?"
                            r"(?:[A-Z][\w'’-]+['’]s\s+)?"  # "in Mersin's Gulnar district"
                            r"(?:(?i:city|town|resort|port|village|capital)\s+of\s+|"
                            # "in the western Indian state of Goa": a unit of a state, named after its kind
                            r"(?i:the)\s+(?:[a-z][\w-]*\s+)?[A-Z][\w'’-]+\s+(?:state|province|region|island|prefecture)"
                            r"\s+of\s+)?$")
_ON_A_VISIT_RE = re.compile(r",\s+who\s+(?:is|was)\s+(?:on|paying)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}$"
                            # "Rowley, who travelled to the Venezuelan capital": who went, a relative clause's subject
                            r"|,\s+who\s+(?:had\s+|has\s+)?(?:also\s+)?$")
_DEFINITE_RE = re.compile(r"(?:\b(?:the|this|that|its|same)|['’]s)\s+(?:(?:same|(?:one|two|three|four|five|\d+)-day|official|recent|annual|"
                          r"first|last|presidential|royal|ministerial|working|historic|landmark|high-level)\s+)*\s*$",
                          re.IGNORECASE)
# a day is written with a digit, or as a weekday, "today" or "yesterday"
_DAY_HINT_RE = re.compile(r"\d|day\b")
# "a ceremony attended by the leaders of A, B and C": who attends an event takes part in it (the agreement
# reader keeps them out of a deal's parties)
_ATTENDED_BY_RE = re.compile(r"\battended\s+by\s+[^.;:]{0,80}$")
_PRONOUN_START_RE = re.compile(r"\s*(?:He|She)\s")
_TO_END_RE = re.compile(r"\bto\s+(?:the\s+)?$")
# The gathering a leader hosts another for, when it is a summit
_FOR_A_SUMMIT_RE = re.compile(r"\bfor\s+(?:the|a|an|their)\s+(?:[\w-]+\s+){0,3}summit\b")
# "…, which the Saudi government is hosting", "…, hosted by Egypt"
_HOSTED_AFTER_RE = re.compile(r"(?:\s+\d{4})?\s*,\s+(?:which\s+(?:the\s+)?(?P<host>[A-Z][\w'’-]*)(?:\s+government)?\s+"
                              r"(?:is\s+|was\s+|will\s+be\s+)?host(?:s|ed|ing)|hosted\s+by\s+(?:the\s+)?(?P<by>[A-Z][\w'’-]*))")


_AT_A_RE = re.compile(rf"\b[Aa]t\s+{_INTRODUCED}$")
# "held a meeting of energy ministers", "after a meeting of the three countries' ministers": a meeting said
# to have taken place, not one named in passing
_HELD_A_RE = re.compile(r"\b(?:held|hosted|convened|chaired|attended|after|during|following)\s+(?:an?|their)\s+"
                        r"(?:(?!of\b)[\w-]+\s+){0,3}?$")
# "A meeting of energy ministers was held in Bishkek", "… took place in Bishkek"
_HELD_AFTER_RE = re.compile(r"[^.;:]{0,60}?\b(?:(?:was|were|has\s+been|had\s+been)\s+held|took\s+place)\b")
_NEGOTIATING_RE = re.compile(r"\b(?:is|are|was|were|been|be|remains?|remained|still|currently)\s+in\s+$")
_NOT_YET_NAME_RE = re.compile(r"(?:Next|Upcoming|Future|Forthcoming|Planned)\s")
_TOLD_BEFORE_RE = re.compile(r"\btold\s+(?:the\s+)?$")
_LEADERS_MEETING_RE = re.compile(r"\b[Ll]eaders['’]?\s+[Mm]eeting$")


# "The signing took place on the sidelines of": the gathering the signing told before was part of
_SIGNING_HELD_AT_RE = re.compile(r"\b[Tt]he\s+signing(?:\s+ceremony)?\s+(?:took\s+place|was\s+held)\s+"
                                 r"(?:on\s+the\s+(?:sidelines|margins)\s+of|during|at)\s+(?:the\s+)?$")
# An apposition after an event's name that says what kind of gathering it is ("…, an international forum")
_DESCRIBED_AS_RE = re.compile(r"(?:\s*\([^()]{1,15}\))?\s*,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
                              r"(?P<noun>forum|summit|meeting)\b")


_HEADS_MEET_RE = re.compile(r"heads\s+of\s+(?:state|government)|\bSupreme\s+(?:[A-Z]\w+\s+){0,2}Council", re.I)


def _kind(head: str, name: str) -> str:
    head = head.lower()
    # ("the Commonwealth Heads of Government Meeting", "a session of the Supreme Council": its heads meet)
    heads = _HEADS_MEET_RE.search(name)
    if (heads or re.search(r"summit", name, re.I)) and head != "forum":
        return "Summit" if head == "summit" or head in ("meeting", "session") and (
            heads or re.search(r"^\S*\s*summit$|summit$", name, re.I)) else "Meeting"
    if head == "meeting" and _LEADERS_MEETING_RE.search(name) and not re.search(r"\b[A-Z][a-z]+[-–][A-Z][a-z]+", name):
        # "the Pacific Islands Forum Leaders Meeting": heads of state and government meet (not the two of "the
        # Singapore-Australia Annual Leaders' Meeting", a meeting of two)
        return "Summit"
    return {"meeting": "Meeting", "session": "Meeting", "roundtable": "Meeting", "dialogue": "Meeting",
            "summit": "Summit", "forum": "Forum", "week": "Forum",  # ("World Atomic Week": a forum of a week)
            "seminar": "Forum", "symposium": "Forum"}.get(head, "Event")


_MARGINS_OF_RE = re.compile(r"\b(?:margins?|sidelines?|fringes?)\s+of\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?$")
# Between a region and the city it holds: "the Red Sea port city of Jeddah", "the Caspian town of Alat"
_CITY_OF_RE = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:city|town|port|capital|village|resort)\s+of\s+")
# ", which links fields in the North Sea with Poland via Denmark,": a relative clause set off by commas
_RELATIVE_ASIDE_RE = re.compile(r",\s+(?:which|who|whose|where)\b[^,;()]{3,160},")
# Words before an event's name that are no part of it: articles and link words, demonstratives and possessives,
# and a participle with its article ("Addressing the", "Speaking at the")
_NAME_OPENING_RE = re.compile(r"^(?:(?:At|In|On|During|After|Before|Ahead\s+of|Following|Since|From)\s+(?=the\s))?"
                              # (a sentence's opening preposition: "At the Borneo Energy Transition Conference")
                              r"(?:(?:The|the|A|An|of|on|for|and|in|This|this|That|that|Its|its|Their|their|Our|our)\s+"
                              r"|[A-Z][a-z]+ing\s+(?:at\s+|to\s+|before\s+)?the\s+)+")


class _Events:
    def __init__(self, ctx: DocumentContext, facts: DocumentFacts, reference):
        self.ctx, self.facts, self.reference = ctx, facts, reference
        self.doc_month = (reference or "")[:7] or None
        self._news_day: tuple[int, str] | None = None  # (sentence, day) of the latest "on Thursday"
        self._by_video: int | None = None  # the sentence of the latest talks held by videoconference
        try:
            self._reference_day = dt.date.fromisoformat(reference[:10]) if reference and len(reference) >= 10 else None
        except ValueError:
            self._reference_day = None

    def _note_news_day(self, view: SentenceView) -> None:
        """Remember the last day of the past week the text dates an action to ("on Thursday").

        News reports an event happening now ("at a ceremony in Baku") a sentence or two after
        the lead that dates it; that day is more precise than the document's month.
        """
        ref = self._reference_day
        if ref is None or not _DAY_HINT_RE.search(view.text):
            return
        for d in find_dates(view.text, self.reference):
            if len(d.value) == 10 and not d.target:
                try:
                    day = dt.date.fromisoformat(d.value)
                except ValueError:
                    continue
                if 0 <= (ref - day).days <= 7:
                    self._news_day = (view.index, d.value)

    def _current_date(self, view: SentenceView) -> str | None:
        if self._news_day and 0 <= view.index - self._news_day[0] <= 2:
            return self._news_day[1]
        return self.doc_month

    def _place(self, view: SentenceView, lo: int, hi: int) -> str | None:
        """The place the words lo..hi hold an event in ("in Baku", "at the Villa Madama" of a report from Rome)."""
        # "in the Red Sea port city of Jeddah": the city the words after a region name (the region's start is where
        # the preposition is looked for)
        region_of = {o.start: p for p in view.places for o in view.places
                     if 0 < o.start - p.end <= 30 and _CITY_OF_RE.fullmatch(view.text, p.end, o.start)}
        regions = {p.start for p in region_of.values()}
        # ("The pipeline, which links fields in the North Sea with Poland, was inaugurated at a ceremony in
        # Goleniów": a place in a relative clause tells of the thing described, the event's is outside it)
        described = [m.span() for m in _RELATIVE_ASIDE_RE.finditer(view.text)] if ", wh" in view.text else []
        found = []
        for p in view.places:
            if any(o.start - p.end in (3, 4) and re.match(r"['’]s\s", view.text[p.end:o.start]) for o in view.places):
                continue  # "in Mersin's Gulnar district": the place the possessive's holds is the nearer one
            if p.start in regions or EVENT_NAME_AFTER_RE.match(view.text, p.end):
                continue  # (nor the place an event's name opens with: "at the North Sea Summit")
            at = region_of.get(p.start, p).start
            if lo <= p.start < hi and _PLACE_PREP_RE.search(view.text[max(0, at - 44):at]):
                found.append(p)
        if found:
            return next((p.key for p in found if not any(a <= p.start < b for a, b in described)), found[0].key)
        if self.facts.dateline_place and _VENUE_RE.search(view.text, lo, hi):
            return self.facts.dateline_place  # "met at the Villa Madama" in a report filed from Rome
        return None

    def _date(self, view: SentenceView, lo: int, hi: int, pos: int) -> str | None:
        found = find_dates(view.text, self.reference)
        # ("Xi's first visit to Saudi Arabia since 2016": the date the visit is counted from, not its own)
        dates = [d for d in found if lo <= d.start < hi and not d.target
                 and not (SINCE_BEFORE_RE.search(view.text, max(0, d.start - 12), d.start)
                          and not re.match(r"\s*,\s*when\b", view.text[d.end:]))]
        # "3 October 2024 – Ministers meet in Vilnius": a timeline's line opens with the date of what it tells
        dates = dates or [d for d in found if not view.text[:d.start].strip() and _LINE_HEAD_GAP_RE.match(view.text, d.end)]
        if not dates:
            return None
        later = [d for d in dates if d.start >= pos]
        d = later[0] if later else min(dates, key=lambda d: abs(d.start - pos))
        value = d.value
        if d.relative and self.reference and value < self.reference[:len(value)] \
                and re.search(r"\b(?:will|is\s+to|later\s+this)\b", view.text) \
                and not d.weekday:  # ("on Sunday opened a link that will …")
            value = f"{int(value[:4]) + 1}{value[4:]}"  # "Baku will host COP29 in November": the coming one
        return value

    def _participants(self, view: SentenceView, lo: int, hi: int) -> list[str]:
        text = view.text
        place_ends = {p.end for p in view.places}
        refs = [r for r in view.refs if lo <= r.start < hi and (r.free or r.how in ("person", "demonym")
                                                                 or r.aside and _ATTENDED_BY_RE.search(text, max(0, r.start - 100), r.start))
                # "held in Ningbo, China": the state only says where the place is
                and not (r.kind == "State" and r.start - 2 in place_ends and text[r.start - 2:r.start] == ", ")
                # "on the margins of the United Nations General Assembly": the gathering beside which it is held
                and not _MARGINS_OF_RE.search(text, max(0, r.start - 30), r.start)]
        keys = unique_keys(refs)
        speaker = self._pronoun_subject(view)
        if speaker and speaker not in keys:
            keys.insert(0, speaker)
        return keys

    def _pronoun_subject(self, view: SentenceView) -> str | None:
        """ "He made the remark at the forum": the person the sentence before quoted or named last
        (as the actor they speak for)."""
        if not _PRONOUN_START_RE.match(view.text) or view.index == 0 or view.index > len(self.ctx.views):
            return None
        before = self.ctx.views[view.index - 1]
        people = [r for r in before.refs if r.how == "person"]
        return people[-1].key if people else None

    def add(self, event: Event) -> None:
        for e in self.facts.events:
            if self._same(e, event):
                e.alt_labels |= event.alt_labels | ({event.label} if event.label else set())
                e.place = e.place or event.place
                e.date = e.date or event.date
                e.participants = tuple(dict.fromkeys(e.participants + event.participants))
                e.organizer = e.organizer or event.organizer
                return
        self.facts.events.append(event)

    @staticmethod
    def _same(a: Event, b: Event) -> bool:
        if a.label and b.label and _norm(a.label) == _norm(b.label):
            return True
        if a.label and b.label and (b.label in a.alt_labels or a.label in b.alt_labels):
            return True
        if a.label and b.label:
            # "Climate Week" after "the Middle East and North Africa (MENA) Climate Week": its short name
            short, long_ = sorted((_norm(a.label), _norm(b.label)), key=len)
            if len(short.split()) >= 2 and long_.endswith(" " + short):
                return True
            # "the 11th meeting of the Intergovernmental Commission" after "… Commission on Economic Cooperation
            # between A and B": the name cut after its body
            if len(short.split()) >= 4 and re.match(rf"{re.escape(short)} (?:on|of|for|between|in)\b", long_):
                return True
        if a.kind != b.kind:
            return False
        if a.date and b.date and not (a.date.startswith(b.date[:7]) or b.date.startswith(a.date[:7])):
            return False
        if a.place and b.place and a.place != b.place:
            return False
        if a.kind == "Visit":
            # the same visitor's trips to two states, each naming a state the other does not, are two visits
            sa, sb = ({k for k in e.participants if k.startswith("state/")} for e in (a, b))
            if sa - sb and sb - sa:
                return False
            return bool(set(a.participants) & set(b.participants)) or not (a.participants and b.participants)
        if a.label or b.label:
            return False
        return bool(a.kind == b.kind and (not a.participants or not b.participants
                                          or set(a.participants) & set(b.participants)))

    def _last_of(self, kind: str, labelled: bool | None = None) -> Event | None:
        for e in reversed(self.facts.events):
            if e.kind == kind and (labelled is None or bool(e.label) == labelled):
                return e
        return None

    def _place_of_name(self, view: SentenceView, start: int, end: int) -> str | None:
        """A place that begins an event's name ("Istanbul Energy Forum")."""
        for p in view.places:
            # a sea or a river in the name ("Caspian Energy Forum") is no venue: places with a country are
            if p.country and (p.start == start or (start <= p.start < end and p.start - start <= 4)):
                return p.key
        ent = next((r for r in view.refs if start <= r.start < end and r.how == "capital"), None)
        if ent is not None:
            return next((p for p, e in self.facts.entities.items() if e.kind == "Place" and e.label.lower()
                         == view.text[ent.start:ent.end].lower()), None)
        return None

    def _capital_place(self, view: SentenceView, start: int, end: int) -> str | None:
        """The Place entity for a capital the recognizer read as its state ("Baku will host …")."""
        ref = next((r for r in view.refs if start <= r.start < end and r.how == "capital"), None)
        if ref is None:
            return None
        surface = view.text[ref.start:ref.end].lower()
        return next((k for k, e in self.facts.entities.items() if e.kind == "Place" and e.label.lower() == surface),
                    None)

    def _host_place(self, view: SentenceView, pos: int, end: int | None = None) -> str | None:
        """ "Baku will host COP29", "hosted by Baku", "…, which the Saudi government is hosting" (its capital)."""
        text = view.text
        after = _HOSTED_AFTER_RE.match(text, end) if end is not None else None
        if after:
            group = "host" if after.group("host") else "by"
            found = self._capital_place(view, after.start(group), after.end(group)) or next(
                (p.key for p in view.places if p.start == after.start(group)), None)
            if found:
                return found
        for p in view.places:
            if p.end <= pos and re.fullmatch(r"\s+(?:will\s+|is\s+to\s+|is\s+set\s+to\s+)?host(?:s|ed|ing)?\s+(?:the\s+)?",
                                             text[p.end:pos]):
                return p.key
        host = re.search(r"(\S+)\s+(?:will\s+|is\s+to\s+)?host(?:s|ed|ing)?\s+(?:the\s+)?$", text[:pos])
        if host:
            return self._capital_place(view, host.start(1), host.end(1))
        return None

    def sentence(self, view: SentenceView) -> None:
        """Read the events one sentence names: named ones first, then visits, talks, summits and
        ceremonies the sentence tells of without a name."""
        self._note_news_day(view)
        if not _may_name_event(view.text):
            return
        taken = self._named_events(view)
        for m in _COMMON_RE.finditer(view.text) if _has_any(view.text, _COMMON_WORDS) else ():
            if any(a - 5 <= m.start() < b + 5 for a, b in taken):
                continue
            text = view.text
            if re.match(r"[^.;]{0,20}\b(?:planned\s+for|was\s+cancel+ed|postponed)\b", text[m.end():]):
                continue
            definite = bool(_DEFINITE_RE.search(text[max(0, m.start() - 30):m.start()] + " "))
            if m.group("visit"):
                self._visit(view, m, definite)
            elif m.group("talks"):
                if _NEGOTIATING_RE.search(text, max(0, m.start() - 30), m.start()):
                    continue  # "it was in talks with several partners": negotiating, no meeting told
                self._talks(view, m, definite, named_here=bool(taken))
            elif m.group("conference"):
                if _SPOKE_AT_RE.search(text, max(0, m.start() - 40), m.start()):
                    continue  # "told a conference in Hanoi": a speaker's audience, not an event of the story
                lo, hi = view.clause_at(m.start())
                self._record(view, "Event", None, lo, hi, m.start(), place=self._place(view, m.end(), hi),
                             current=True)
            elif m.group("forum"):
                self._record(view, "Forum", None, 0, len(text), m.start(), place=self._place(view, m.end(), len(text)),
                             participants=self._participants(view, 0, len(text)))
            elif m.group("itsmeeting"):
                if not self._its_meeting(view, m) and re.match(rf"held\s+its\s+{_ORD}\s", m.group(0)) \
                        and not _NEGOTIATING_RE.search(text, max(0, m.start() - 30), m.start()):
                    # "The X council held its third meeting in Athens": a meeting of those the clause names
                    self._talks(view, m, definite, named_here=bool(taken))
            elif m.group("bodymeeting"):
                body = next((r for r in view.refs if r.kind not in ("State", "Person", "Place") and r.end <= m.start()
                             and re.fullmatch(r"['’]?s?\s+", text[r.end:m.start()])
                             and (r.kind == "InternationalOrganization" or m.group("bodymeeting") != "meeting")), None)
                if body is None and re.match(r"\s+between\b", text[m.end():]) and not _future(text, m.start()):
                    # "at the annual leaders' meeting between the two countries": a meeting of those it names
                    self._talks(view, re.compile(r"meeting").search(text, m.start()), definite, named_here=bool(taken))
                    continue
                if body is None or _future(text, m.start()):
                    continue
                # ("The first AZEC ministerial meeting": its ordinal tells it apart from the body's other meetings)
                ordinal = re.search(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
                                    r"\s+$", text[max(0, body.start - 12):body.start], re.IGNORECASE)
                label = f"{ordinal.group(0) if ordinal else ''}{text[body.start:body.end]} {m.group('bodymeeting')}"
                kind = "Summit" if m.group("bodymeeting").startswith("leaders") else "Meeting"
                self._record(view, kind, label, 0, len(text),
                             m.start(), place=self._place(view, m.end(), len(text)),
                             participants=list(dict.fromkeys([body.key, *self._participants(view, 0, len(text))])),
                             current=True)
            elif m.group("summit") or m.group("summit2") or m.group("summit3"):
                at = m.start("summit3") if m.group("summit3") else m.start()
                if _future(text, at) and (self._place(view, m.end(), len(text)) is None
                                          or not any(d.start > at for d in find_dates(text, self.reference))):
                    continue  # a summit still to come is recorded when the text says where and when
                # "the NATO summit in Brussels", "a BRICS leaders' summit": the body whose summit it is names it
                body = next((r for r in view.refs if r.kind not in ("State", "Person") and r.end <= at
                             and re.fullmatch(r"\s+(?:leaders['’]?\s+)?", text[r.end:at])), None)
                participants = self._participants(view, 0, len(text))
                if body is not None and body.key not in participants:
                    participants = [body.key, *participants]
                place = self._place(view, m.end(), len(text)) or (self._host_place(view, m.start())
                                                                  if m.group("summit3") else None)
                self._record(view, "Summit", text[body.start:m.end()] if body else None, 0, len(text), at,
                             place=place, participants=participants, hedge=False)
            else:
                self._ceremony(view, m, definite)

    def _its_meeting(self, view: SentenceView, m) -> bool:
        """"X held its ministerial meeting in Cairo": the meeting of the body that is the verb's subject, named by
        the body and the words after "its" ("X ministerial meeting"). False when no body is the subject."""
        text = view.text
        body = next((r for r in reversed(view.refs) if r.end <= m.start() and r.kind not in ("State", "Person", "Place")
                     and re.fullmatch(r"\s*(?:\([^()]{1,12}\)\s*)?(?:also\s+|then\s+|recently\s+)?", text[r.end:m.start()])),
                    None)
        if body is None:
            return False
        if _future(text, m.start()):
            return True
        words = m.group("itsmeeting").split()[2:]
        kind = "Summit" if words[-1] == "summit" else "Meeting"
        self._record(view, kind, f"{text[body.start:body.end]} {' '.join(words)}", 0, len(text), m.start(),
                     place=self._place(view, m.end(), len(text)),
                     participants=list(dict.fromkeys([body.key, *self._participants(view, 0, len(text))])),
                     current=True)
        return True

    def _record(self, view: SentenceView, kind, label, lo, hi, pos, *, place=None, participants=None, alt=None,
                current=False, hedge=True, placed=False) -> Event | None:
        """Add the event a sentence names at *pos* (dated and placed from lo..hi unless told, or *placed*),
        unless hedged."""
        text = view.text
        # (a named event still to come is a scheduled one, as a report of it reads: "Baku will host COP29")
        if hedge and _HEDGED_RE.search(text[max(0, pos - 40):pos]) or label is None and _future(text, pos):
            return None
        date = self._date(view, lo, hi, pos)
        if date is None and current:
            date = self._current_date(view)
        ev = Event(kind, view.index, label=label, alt_labels=set(alt or ()) - {None},
                   place=place if place is not None or placed else self._place(view, lo, hi),
                   date=date, participants=tuple(participants if participants is not None
                                                 else self._participants(view, lo, hi)))
        self.add(ev)
        return ev

    def _named_events(self, view: SentenceView) -> list[tuple[int, int]]:
        """Events with a name: COP sessions, titled meetings, "… Forum", "the second session of …".
        Returns the spans they take."""
        text = view.text
        taken: list[tuple[int, int]] = []
        for m in _COP_RE.finditer(text) if "COP" in text or "Cop" in text else ():
            label = m.group("name").replace(" ", "").upper()
            taken.append((m.start(), m.end()))
            place = self._place(view, m.end(), min(len(text), m.end() + 40)) or self._host_place(view, m.start())
            kind = "Summit" if m.group(0).endswith("summit") else "Event"  # "the COP28 climate summit"
            ev = self._record(view, kind, label, max(0, m.start() - 80), min(len(text), m.end() + 60), m.start(),
                              place=place, alt={m.group(0)} if m.group(0) != label else None, hedge=False)
            year = cop_sessions().get(int(m.group("number")), ("",))[0]
            if ev is not None and year and ev.date and ev.date[:4] != year:
                # a session's year is known: "from 6 to 18 November" in a report of October 2022 is 2022's
                ev.date = year + ev.date[4:]
        for m in _TITLED_RE.finditer(text) if any(w in view.hints for w in _TITLE_VERBS) else ():
            taken.append((m.start(), m.end()))
            lo, hi = view.clause_at(m.start())
            self._record(view, _kind(m.group("head"), m.group("head")), m.group("title").strip(), lo, len(text),
                         m.start(), place=self._place(view, m.end(), len(text)), current=True, hedge=False)
        for m in _NAMED_EVENT_RE.finditer(text) if _has_any(text, _NAMED_HEADS) else ():
            # (link words before the first capital are no part of the name: "the sidelines of India Energy Week")
            # (nor a demonstrative or a participle and its article: "This Summit", "Addressing the Summit" are the
            # summit named before, no name of one)
            name = _NAME_OPENING_RE.sub("", m.group("name")).strip()
            if any(a <= m.start() < b for a, b in taken) or len(name.split()) < 2:
                continue
            if any(r.kind != "State" and r.start <= m.start("head") < r.end for r in view.refs):
                continue  # "the East Mediterranean Gas Forum": an organization the forum word only names
            if _NOT_YET_NAME_RE.match(name) or _TOLD_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()) \
                    or _VENUE_AFTER_RE.match(text, m.end("head")):
                continue  # a heading "Next Summit"; "told PV Asia Week": an outlet a speaker told, no event;
                # "the Abdelatif Rahal International Conference Centre": a building
            taken.append((m.start(), m.end()))
            lo, hi = view.clause_at(m.start())
            alt = {m.group("acronym")} if m.group("acronym") else set()
            # "signed it in Palić, at a session of X": where the clause's action happened
            # ("came to Canberra from Melbourne, where Australia hosted the X Summit": the place "where" opens on)
            where = next((p.key for p in reversed(view.places) if p.end <= m.start()
                          and re.match(r"\s*,\s+where\s", text[p.end:p.end + 10])
                          and not re.search(r"[;:]|,\s+(?:and|but|while)\s", text[p.end + 1:m.start()])), None)
            place = self._place_of_name(view, m.start(), m.end()) or where or self._place(view, m.end(), hi) \
                or self._place(view, lo, m.start()) or self._host_place(view, m.start(), m.end())
            kind = _kind(m.group("head"), name)
            if kind == "Event" and (described := _DESCRIBED_AS_RE.match(text, m.end())) is not None:
                # "World Atomic Week, an international forum that brought together …": the kind its apposition says
                kind = _kind(described.group("noun"), described.group("noun"))
            participants = None
            paired = [r for r in view.refs if r.kind == "State" and m.start() <= r.start < m.end()
                      and (text[r.end:r.end + 1] in ("-", "–") or text[r.start - 1:r.start] in ("-", "–"))]
            if len(unique_keys(paired)) >= 2:
                # "the Türkiye-Hungary Business Forum": the two states its name pairs take part
                participants = list(dict.fromkeys(unique_keys(paired) + list(self._participants(view, lo, hi))))
            begins = text.find(name, m.start())
            if _SIGNING_HELD_AT_RE.search(text, max(0, begins - 80), begins):
                # "They signed … The signing took place on the sidelines of World Atomic Week": the signers took part
                signers = [k for a in self.facts.agreements if view.index - 2 <= a.sentence < view.index for k in a.parties]
                participants = list(dict.fromkeys(signers + list(self._participants(view, lo, hi))))
            self._record(view, kind, name, lo, hi, m.start(), place=place, alt=alt, participants=participants,
                         current=True, hedge=False)
        for m in _LOWER_EVENT_RE.finditer(text) if _has_any(text, _LOWER_HEADS) else ():
            if any(a <= m.start() < b for a, b in taken):
                continue
            body = m.group("body").strip(" ,")
            if not m.group("ord") and not body[:1].isupper() and not _AT_A_RE.search(text, max(0, m.start() - 30),
                                                                                      m.start()) \
                    and not _HELD_A_RE.search(text, max(0, m.start() - 40), m.start()) \
                    and not _HELD_AFTER_RE.match(text, m.end("head")):
                continue  # "a meeting of experts" in passing; "signed at a meeting of the ministers" is one
            taken.append((m.start(), m.end()))
            if _future(text, m.start()):
                continue  # "It was agreed to hold the next meeting of the Commission in Baku"
            bodies = re.split(r"\s+and\s+(?:the\s+)?", body) if m.group("head").endswith("s") else [body]
            # "a meeting of Central Asian energy ministers": of people the adjectives describe, no body's name
            people = re.match(r"\s*(?:[a-z-]+\s+){0,2}(?:ministers|officials|leaders|representatives|delegates|experts|"
                              r"heads|executives|producers|members|countries|states|governments|companies|regulators|"
                              r"operators|envoys|negotiators|diplomats|lawmakers|businesses|investors|utilities)\b",
                              text[m.end():]) \
                and re.search(r"(?:an|ese|ic|ish|i)$", body) is not None  # adjectives of people, not a body's name
            for b in bodies:
                name = f"{(m.group('ord') or '').strip()} {m.group('mods') or ''}{m.group('head').rstrip('s')} of the {b}"
                name = None if people or not (m.group("ord") or b[:1].isupper()) else re.sub(r"\s+", " ", name).strip()
                kind = "Summit" if re.search(r"heads\s+of\s+state", b, re.I) or m.group("head") == "summit" \
                    else "Meeting"
                self._record(view, kind, name and name[0].upper() + name[1:], 0, len(text), m.start(), current=True,
                             hedge=False,
                             place=self._place(view, m.end() - 1, len(text)) or self._place(view, 0, m.start()))
        return taken

    def _visit(self, view: SentenceView, m, definite: bool) -> None:
        """A visit: the state visited, where, and who went."""
        text = view.text
        prior = self._last_of("Visit")
        lo, hi = view.clause_at(m.start())
        if m.group(0).lower() in ("visits", "visit") and \
                re.search(r"\b(?:when|once|if|until|unless|before|after)\b[^,;.]*$", text[max(0, m.start() - 60):m.start()]):
            return  # "… could be signed when Biden visits Mexico": a visit still to come
        named_visitor = any(r.how in ("person", "name") and text[r.end:r.end + 2] in ("'s", "’s")
                            and 0 < m.start() - r.end <= 30 for r in view.refs)
        if definite and prior is not None and not named_visitor:
            return  # "the visit" again; "Mirziyoyev's visit" names its own
        after = text[m.end():m.end() + 60]
        # the state visited: the one it is "to" ("the state visit of the President of the
        # Republic of Azerbaijan, Ilham Aliyev, to the People's Republic of China"), else the next
        dest = next((r for r in view.refs if r.kind == "State" and m.end() <= r.start < m.end() + 150
                     and _TO_END_RE.search(text[max(m.end(), r.start - 10):r.start])
                     and not re.search(r"[;:()]", text[m.end():r.start])), None) \
            or next((r for r in view.refs if m.end() <= r.start < m.end() + 40 and r.kind == "State"
                     and not r.aside and not re.match(r"\s+(?:by|of|from)\b", after)), None)  # "a visit by X": the visitor
        place = self._place(view, m.end(), min(len(text), m.end() + 40))
        if place is None and re.match(r"ed\s", text[m.end() - 2:m.end() + 1]):
            place = next((p.key for p in view.places if 0 <= p.start - m.end() <= 2), None) \
                or self._capital_place(view, m.end(), m.end() + 3)
        parts = self._participants(view, max(lo, m.start() - 80), min(hi, m.end() + 40))
        if place is None:
            # "agreed in Tehran last November, during a visit by Prime Minister Pashinyan": the one
            # place the sentence puts something in, in the state visited (or not the visitor's own)
            visitors = {r.key for r in view.refs if r.how == "person" and m.end() <= r.start < m.end() + 60}
            there = [p for p in view.places if p.country
                     and _PLACE_PREP_RE.search(text[max(0, p.start - 32):p.start])
                     and (f"state/{p.country}" == dest.key if dest is not None
                          else f"state/{p.country}" not in visitors)]
            if len({p.key for p in there}) == 1:
                place = there[0].key
        if dest is not None and re.match(r"\s+(?:of|by)\s", after):
            # "the official visit of the President of the French Republic, Emmanuel Macron, to Kazakhstan": the
            # visitor named between the noun and the state visited, however long the title
            parts += [k for k in unique_keys(r for r in view.refs if m.end() <= r.start < dest.start
                                             and r.kind == "State" and (r.free or r.how == "person"))
                      if k not in parts and k != dest.key]
        elif dest is None and re.match(r"\s+(?:of|by)\s", after):
            # "during the official visit of Communist Party of Vietnam General Secretary To Lam, who …": the visitor,
            # a titled person named after the noun, however long the title (the state visited is the report's)
            parts += [k for k in unique_keys(r for r in view.refs if m.end() <= r.start < m.end() + 80
                                             and r.kind == "State" and r.how == "person"
                                             and not re.search(r"[,;:()]", text[m.end():r.start]))
                      if k not in parts]
        if dest is not None and dest.key not in parts:
            parts.append(dest.key)
        if place is not None:
            ent = self.facts.entities.get(place)
            if ent is not None and ent.country and f"state/{ent.country}" not in parts:
                parts.append(f"state/{ent.country}")
        if not parts:
            return
        if (who := _ON_A_VISIT_RE.search(text, max(0, m.start() - 60), m.start())) is not None:
            # "President Yoon Suk Yeol, who is on a state visit": the visitor is the one the clause describes
            visitor = next((r for r in reversed(view.refs) if r.end <= who.start() and r.kind == "State"
                            and r.how == "person"), None)
            if visitor is not None:
                parts = [visitor.key] + [k for k in parts if k != visitor.key and k.startswith("state/")]
        if place is None and self.facts.dateline_place:
            dl = self.facts.entities.get(self.facts.dateline_place)
            home = f"state/{dl.country}" if dl is not None and dl.country else None
            if home and (dest is not None and home == dest.key
                         # "Modi's state visit on November 11-12", in a report from Thimphu: a visit to the
                         # report's country, when the sentence names no other destination or place
                         or dest is None and not view.places and (who is not None or named_visitor)
                         and home not in parts and all(k.startswith("state/") for k in parts)):
                place = self.facts.dateline_place
                if home not in parts:
                    parts.append(home)
        lo, hi = max(0, m.start() - 80), min(len(text), m.end() + 60)
        placed = False
        if place is None and dest is not None:
            # "during the president's state visit to China, the ministry signed … at Hambantota": a place
            # outside the state visited is where something else happened
            near = self._place(view, lo, hi)
            ent = self.facts.entities.get(near) if near is not None else None
            placed = ent is not None and ent.country is not None and f"state/{ent.country}" != dest.key
        # a government body travels with its state: the state takes part ("Sri Lanka's Ministry of Energy")
        states = {k for k in parts if k.startswith("state/")}
        parts = [k for k in parts if not ((ent := self.facts.entities.get(k)) is not None
                                          and ent.kind == "GovernmentBody" and f"state/{ent.country}" in states)]
        # a visit the lead reports without a date of its own is under way now
        self._record(view, "Visit", None, lo, hi, m.start(),
                     place=place, participants=parts, current=view.index < _LEAD_SENTENCES + 1, placed=placed)

    def _talks(self, view: SentenceView, m, definite: bool, *, named_here: bool) -> None:
        """Talks or a meeting without a name: who met (the "between" list, or the clause's actors)."""
        text = view.text
        aside = named_here and self._met_aside(view, m)
        if named_here and not aside or definite and self._last_of("Meeting") is not None:
            return
        lo, hi = view.clause_at(m.start())
        parts = self._participants(view, lo, hi)
        if aside:  # the two who met, not the event they met beside
            parts = unique_keys(r for r in view.refs if r.how == "person" and lo <= r.start < hi)
        between = re.search(r"^\s*(?:held\s+)?(?:(?:in|at)\s+[^,;]{0,50}?)?between\s+(?:the\s+)?", text[m.end():]) \
            if re.search(r"talks|video", m.group(0), re.I) or m.group(0) == "meeting" else None
        if not between and m.group(0).endswith("meeting") and " " in m.group(0) and not parts:
            # "At a meeting in Brussels, A, B and C agreed": the actors of the clause the adverbial opens
            opened = re.match(r"[^,;]*,\s*", text[hi:]) if hi < len(text) else None
            if opened is None and hi < len(text) and text[hi] == ",":
                opened = re.match(r",\s*", text[hi:])
            if opened is not None:
                lo2, hi2 = view.clause_at(hi + opened.end())
                parts = self._participants(view, lo2, hi2)
                hi = max(hi, hi2)
        if between:
            # "after talks between A and B, C and D signed …": the talks were A's and B's
            listed = unique_keys(list_after(view, m.end() + between.end(), None, max_gap=40))
            parts = listed if len(listed) >= 2 else parts
        elif re.search(r",\s+who\s+(?:had\s+|have\s+|also\s+)?$", text[max(0, m.start() - 16):m.start()]):
            # "A and B, who held talks at the palace, witnessed …"
            parts = unique_keys(list_before(view, m.start(), None, max_gap=16)) or parts
        hosted_before = None
        if len(parts) < 2 and "bilateral" in m.group(0):
            # "Kenyatta hosted his Tanzanian counterpart … after bilateral talks, President Suluhu said": the two
            # who met in a sentence before, where that sentence has them meet
            met, hosted_before = self.ctx.meeting_before(view)
            parts = list(dict.fromkeys([*parts, *met]))
        if m.group(0).startswith("met") and _MET_AT_GATHERING_RE.match(text, m.end()) and not aside \
                and _GROUP_MET_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()):
            return  # "G7 leaders met at their summit in Puglia": the summit is the meeting, read as such
        if _GOING_ON_RE.search(text, m.end(), max(hi, m.end())) \
                or _GOING_ON_BEFORE_RE.search(text, max(0, m.start() - 24), m.start()) \
                or _MET_COUNT_RE.match(text, m.end()):
            return  # "talks with lenders were continuing": a negotiation, not a meeting held
        if parts:
            # "at a binational cabinet meeting in Loja": the place the noun names, before any other of its clause
            at = next((p for p in view.places if m.end() <= p.start <= m.end() + 30
                       and re.fullmatch(r"\s+(?:in|at)\s+(?:the\s+)?", text[m.end():p.start])), None)
            # ("in Malacanang, Manila": the palace, then the city the meeting is placed in)
            city = next((p for p in view.places if at is not None and re.fullmatch(r"\s*,\s*", text[at.end:p.start])),
                        None)
            place = (city or at).key if at is not None else hosted_before
            # ("signed in Beijing, where A held talks with B after attending the summit in Tianjin": the place
            # the clause's "where" stands for)
            where = next((p for p in reversed(view.places) if p.end <= m.start()
                          and WHERE_CLAUSE_RE.fullmatch(text, p.end, m.start())), None)
            place = place or (where.key if where is not None else None)
            # ("X hosted Y … for the ninth trilateral summit of the three countries": the leaders' summit)
            kind = "Summit" if m.group(0) in ("hosted", "received", "welcomed") \
                and _FOR_A_SUMMIT_RE.search(text, m.end(), max(hi, m.end())) \
                or m.group(0) == "met" and _HEADS_BEFORE_MET_RE.search(text, max(0, m.start() - 40), m.start()) \
                and {r.kind for r in view.refs if r.key in parts} == {INTERNATIONAL_ORGANIZATION} \
                else "Meeting"  # ("G20 leaders met in New Delhi": the heads of a body's states, at its summit)
            self._record(view, kind, None, lo, hi, m.start(), participants=parts, current=True, place=place)
            if "video" in m.group(0).lower():
                self._by_video = view.index

    @staticmethod
    def _met_aside(view: SentenceView, m) -> bool:
        """"A met B on the sidelines of the summit": two people who meet apart from the named event hold a
        meeting of their own (a group that "met on the sidelines of" a forum met at the forum)."""
        text = view.text
        persons = [r for r in view.refs if r.how == "person"]
        if re.match(r"held\s+(?:[\w-]+\s+){0,2}?(?:talks|working\s+sessions?)", m.group(0)) \
                and re.match(r"\s*with\s+", text[m.end():]):
            # "travelled to Beijing for the Belt and Road Forum and held talks with Xi Jinping": two leaders'
            # talks of their own, beside the forum
            return any(r.start >= m.end() and r.start - m.end() <= 50 for r in persons)
        if not m.group(0).startswith("met") or not SIDELINES_OF_RE.search(text, m.end(), m.end() + 140):
            return False
        return any(r.end <= m.start() and m.start() - r.end <= 3 for r in persons) \
            and any(r.start >= m.end() and r.start - m.end() <= 40 for r in persons)

    def _ceremony(self, view: SentenceView, m, definite: bool) -> None:
        """A ceremony: a new one, or more participants of the one just read ("at the ceremony")."""
        text = view.text
        if re.match(r"\s+of\s+the\s+[A-Z]", text[m.end():m.end() + 10]) or "opening" in m.group(0).lower() \
                and any(e.label for e in self.facts.events):
            return  # the opening ceremony of a named meeting is part of it
        if self._by_video is not None and 0 <= view.index - self._by_video <= 6 and definite:
            return  # "signed in the format of a videoconference between A and B, who followed the ceremony from …"
        prior = self._last_of("Event", labelled=False)
        parts = self._participants(view, 0, len(text))
        if definite and prior is not None:
            prior.participants = tuple(dict.fromkeys(prior.participants + tuple(parts)))
            return
        self._record(view, "Event", None, 0, len(text), m.start(), participants=parts, current=True)


_GOING_ON_RE = re.compile(r"\b(?:were|are|is|was|remain|remained|remains)\s+(?:still\s+)?(?:continuing|ongoing|"
                         r"under\s+way|underway|at\s+an\s+early\s+stage|in\s+progress|making\s+(?:\w+\s+)?progress|"
                         r"progressing|stalled|deadlocked)\b|\b(?:have|has|had)\s+(?:\w+\s+)?(?:stalled|dragged\s+on)\b"
                         # "talks … have not produced a contract": a negotiation, no meeting
                         r"|\b(?:have|has|had)\s+(?:not|yet\s+to)\s+(?:\w+\s+)?(?:produced|yielded|led|resulted)\b")
# "has since met six times", "meet twice a year": a count of meetings, none of them told
_MET_COUNT_RE = re.compile(r"\s+(?:\w+\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|many)\s+"
                           r"times|twice|regularly|annually|every\s+\w+)\b")
# (a body's people met there, not two leaders: "when the two met at the G20 summit" is their own meeting)
_GROUP_MET_BEFORE_RE = re.compile(r"\b(?:leaders|ministers|heads\s+of\s+(?:state|government)|delegates|delegations|"
                                  r"officials|representatives|members)\s+(?:also\s+|had\s+)?$")
_MET_AT_GATHERING_RE = re.compile(r"\s+(?:(?:on\s+\w+|again|today|yesterday)\s+)?(?:at|during)\s+(?:the|their|a|an)\s+"
                                  r"(?:[\w'’-]+\s+){0,4}?(?:summit|forum|conference|congress)\b")
# "continue talks with other partners", "ongoing talks with lenders": a negotiation going on, not a meeting held
_GOING_ON_BEFORE_RE = re.compile(r"\b(?:continue|continues|continuing|ongoing|protracted)\s+"
                                 r"(?:[\w-]+\s+)?$", re.IGNORECASE)


def without_unplaced_gatherings(facts: DocumentFacts) -> None:
    """Drop the summits and other events of no particular kind that have neither a name nor a place.

    Read after every pass that places events. Such an event says no more than a date and who took part ("the
    leaders held a summit on Monday", "a ceremony was held"): nothing tells it from another gathering of the same
    people, and a signing ceremony is most often the signing the document already holds as an agreement. On ten
    annotated sets of news, 10 of 13 such events matched none the annotators recorded, mostly because their record
    of the same gathering names its place. Named events and visits are kept without a place, and so are meetings
    of two actors or more.

    Parameters
    ----------
    facts : DocumentFacts
        Its ``events`` are filtered in place.

    Returns
    -------
    None

    Examples
    --------
    >>> from epkg.graph.extract.facts import DocumentFacts, Event
    >>> f = DocumentFacts("", [])
    >>> f.events = [Event("Summit", 0), Event("Summit", 0, place="place/aktau"), Event("Event", 1),
    ...             Event("Summit", 1, label="Kestrel Summit"), Event("Meeting", 2, participants=("state/KAZ",)),
    ...             Event("Meeting", 2, participants=("state/KAZ", "state/UZB"))]
    >>> without_unplaced_gatherings(f)
    >>> [(e.kind, e.place, e.label, len(e.participants)) for e in f.events]
    [('Summit', 'place/aktau', None, 0), ('Summit', None, 'Kestrel Summit', 0), ('Meeting', None, None, 2)]
    """
    facts.events[:] = [e for e in facts.events if e.place is not None or e.label or e.kind not in ("Summit", "Event")
                       # a meeting of one actor, neither named nor placed, is one side of talks the text does not
                       # tell (on ten annotated sets, 4 of 6 such meetings matched none the annotators recorded),
                       # unless the actor is a body whose members meet
                       and not (e.kind == "Meeting" and len(e.participants) < 2 and not _a_body_meets(facts, e))]


def _a_body_meets(facts: DocumentFacts, event) -> bool:
    """The one actor of a meeting is a body of members, who meet in it ("the OPEC+ video conference")."""
    return any((ent := facts.entities.get(k)) is not None and ent.kind == INTERNATIONAL_ORGANIZATION
               for k in event.participants)


def place_talks_on_the_sidelines(ctx: DocumentContext, facts: DocumentFacts) -> None:
    """Talks "on the sidelines of the summit" that no place is told for were held where that gathering, the
    last placed one told before them, was ("… the summit, which concluded in Xi'an. … On the sidelines of the
    summit, Xi held talks with B"). Run once every event is placed.

    Parameters
    ----------
    ctx : DocumentContext
        The document's sentence views.
    facts : DocumentFacts
        With its events read; such talks are placed in place.

    Returns
    -------
    None

    Examples
    --------
    >>> from epkg.graph.extract.facts import Event, Sentence
    >>> text = "The summit concluded in Aktau. On the sidelines of the summit, A held talks with B."
    >>> f = DocumentFacts(text, [Sentence(0, 0, 30, text[:30]), Sentence(1, 31, len(text), text[31:])])
    >>> f.events = [Event("Summit", 0, place="place/aktau"), Event("Meeting", 1, participants=("state/KAZ", "state/AZE"))]
    >>> place_talks_on_the_sidelines(DocumentContext(f), f)
    >>> f.events[1].place
    'place/aktau'
    """
    for ev in facts.events:
        if ev.kind != "Meeting" or ev.place or ev.label or ev.sentence >= len(ctx.views) \
                or not _SIDELINES_OF_THE_RE.search(ctx.views[ev.sentence].text):
            continue
        gathering = next((e for e in reversed(facts.events) if e is not ev and e.place and e.kind != "Visit"
                          and e.sentence <= ev.sentence), None)
        if gathering is not None:
            ev.place = gathering.place


def _norm(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", label.lower()).strip()


# An event still to come, whatever names it: "will host the COP30 conference", "is expected to send a
# delegation to the … Week", "agreed to hold the next summit", "a ceremony … will be held in Abidjan".
_TO_COME_BEFORE_RE = re.compile(
    r"(?:\b(?:will|would|(?:is|are)\s+(?:expected|due|set|scheduled)\s+to|plans?\s+to|agreed\s+to|intends?\s+to|"
    r"hopes?\s+to|invited\s+to)\s+(?:also\s+)?(?:host|hold|attend|convene|organi[sz]e|take\s+part\s+in|participate\s+in|"
    r"send\s+(?:a\s+|its\s+)?(?:[\w-]+\s+)?delegation\s+to)\s+|\b(?:next|upcoming|forthcoming|future)\s+)"
    r"(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w'’-]+\s+){0,6}$", re.IGNORECASE)
_TO_COME_AFTER_RE = re.compile(r"[^.;]{0,60}?\b(?:will|(?:is|are)\s+(?:due|expected|scheduled|set)\s+to)\s+be\s+held\b|"
                               # "a summit that Algeria may host next year"
                               r"[^.;,]{0,30}?\b(?:that|which)\s+(?:[\w'’-]+\s+){0,4}?(?:will|would|may|might|could|"
                               r"(?:is|are)\s+to|plans?\s+to|hopes?\s+to)\s+(?:host|hold|convene|organi[sz]e)\b")


_SPOKE_AT_RE = re.compile(r"\b(?:told|telling|tells|addressed|addressing|addresses|speaking\s+(?:at|to)|spoke\s+(?:at|to)|"
                          r"said\s+at|saying\s+at)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$")


def _future(text: str, pos: int) -> bool:
    """Whether the event named at *pos* is still to come."""
    return bool(_TO_COME_BEFORE_RE.search(text, max(0, pos - 70), pos) or _TO_COME_AFTER_RE.match(text, pos))


def extract_events(ctx: DocumentContext, facts: DocumentFacts, reference) -> None:
    """Fill ``facts.events`` from every sentence of the document (see the module docstring).

    Parameters
    ----------
    ctx : DocumentContext
    facts : DocumentFacts
    reference : str or None
        The document's date.

    Returns
    -------
    None

    Examples
    --------
    >>> from epkg.graph.extract.facts import DocumentFacts, Sentence
    >>> text = "Ministers met at Baku Energy Week on 4 June 2024."
    >>> facts = DocumentFacts(text, sentences=[Sentence(0, 0, len(text), text)])
    >>> extract_events(DocumentContext(facts), facts, "2024-06-05")
    >>> [(e.kind, e.label, e.date) for e in facts.events]
    [('Forum', 'Baku Energy Week', '2024-06-04')]
    """
    builder = _Events(ctx, facts, reference)
    for view in ctx.views:
        builder.sentence(view)
    lead = _lead_start(facts)
    visited = lead_visit_place(facts)
    for event in facts.events:
        _placed_by_the_dateline(event, facts, reference, lead, visited if event.kind != "Visit" else None)
    _cop_venues(facts)


def _cop_venues(facts: DocumentFacts) -> None:
    """A COP session with no place of its own is held in its host city, when the report names that city
    (the reference list of sessions says which it is; a city the text does not name is not added)."""
    sessions = cop_sessions()
    for event in facts.events:
        m = re.fullmatch(r"COP(\d{1,2})", event.label or "")
        if event.place is not None or m is None or int(m.group(1)) not in sessions:
            continue
        city = sessions[int(m.group(1))][1]
        gaz = load()
        keys = {e.key for e in gaz.lookup(city) if e.kind == "Place"} | {e.key for e, _ in gaz.maintained_places(city)}
        named = [k for k in keys if k in facts.entities]
        if len(named) == 1:
            event.place = named[0]


def lead_visit_place(facts: DocumentFacts) -> str | None:
    """Where the visit the lead reports went, when the report is datelined elsewhere ("DAKAR, 6 March – The
    minister made a working visit to Nouakchott …"): where the lead's news happened, else None.

    Parameters
    ----------
    facts : DocumentFacts
        With its events read.

    Returns
    -------
    str or None
        The place's key.

    Examples
    --------
    >>> f = DocumentFacts("", [])
    >>> f.dateline_place = "place/dakar"
    >>> f.events = [Event("Visit", 0, place="place/nouakchott")]
    >>> lead_visit_place(f)
    'place/nouakchott'
    """
    if facts.dateline_place is None:
        return None
    lead = _lead_start(facts)
    visited = {e.place for e in facts.events if e.kind == "Visit" and e.place and e.place != facts.dateline_place
               and lead <= e.sentence < lead + _LEAD_SENTENCES}
    return visited.pop() if len(visited) == 1 else None


# The lead of a datelined report ("GLASGOW, November 2 — …") tells the news where it happened.
_LEAD_SENTENCES = 2


def _lead_start(facts: DocumentFacts) -> int:
    """The first sentence of the lead: the one the dateline opens, or the next when the dateline stands
    alone ("PRESS RELEASE / Santiago, 14 June 2023. The President …")."""
    place = facts.entities.get(facts.dateline_place) if facts.dateline_place else None
    if place is None or not place.sentences:
        return 0
    first = min(place.sentences)
    alone = first < len(facts.sentences) and len(facts.sentences[first].text) < 40
    return first + 1 if alone else first


def _placed_by_the_dateline(event: Event, facts: DocumentFacts, reference, lead: int = 0,
                            visited: str | None = None) -> None:
    """An event the lead reports, with no place of its own, happened where the report is datelined (or where
    the lead's visit went), in the report's month when the text gives no date; an event dated to another month
    is left as it is."""
    if event.place is not None or facts.dateline_place is None or \
            not 0 <= event.sentence - lead < _LEAD_SENTENCES and event.sentence >= _LEAD_SENTENCES:
        return
    month = (reference or "")[:7]
    if event.date and month and not (event.date.startswith(month) or month.startswith(event.date)):
        return
    home = facts.entities.get(facts.dateline_place)
    if event.kind == "Visit" and not visited and home is not None and home.country \
            and f"state/{home.country}" not in event.participants:
        return  # "Dubai: … Sheikh Khaled's official visit to India": a visit elsewhere than the report's city
    event.place = visited or facts.dateline_place
    if event.date is None and month:
        event.date = month


def place_signing_ceremonies(facts: DocumentFacts) -> None:
    """A ceremony with no place of its own, reported just after a signing, is held where that was signed.

    Parameters
    ----------
    facts : DocumentFacts
        With its agreements and events read; events are placed in place.

    Returns
    -------
    None

    Examples
    --------
    >>> from epkg.graph.extract.facts import Agreement, Event
    >>> f = DocumentFacts("", [])
    >>> f.agreements = [Agreement("Agreement", ("state/MAR", "state/MRT"), 1, date="2025-02-04",
    ...                           place="place/nouakchott")]
    >>> f.events = [Event("Event", 3, date="2025-02-04", participants=("state/MAR",))]
    >>> place_signing_ceremonies(f)
    >>> f.events[0].place
    'place/nouakchott'
    """
    sentences = facts.sentences
    for event in facts.events:
        if event.place is not None:
            continue
        # a ceremony just after the signing; any event the signing's own sentence names as its occasion
        # ("signed … in Palić, at a session of the Council"), or one whose sentence speaks of the signing
        # ("The signing closed the first ministerial meeting")
        speaks = event.sentence < len(sentences) and _SIGNING_WORD_RE.search(sentences[event.sentence].text)
        reach = 3 if event.kind == "Event" and not event.label else 2 if speaks else 0
        if reach and _THE_CEREMONY_IN_RE.search(sentences[event.sentence].text if event.sentence < len(sentences) else ""):
            reach = 6  # "Malinov said at the ceremony", paragraphs after the signing it refers back to
        signed = {a.place for a in facts.agreements if a.place and 0 <= event.sentence - a.sentence <= reach
                  and (not a.date or not event.date or compatible(a.date, event.date))}
        if not signed and speaks and event.kind == "Event":
            # "… signed a series of agreements at the end of the ministerial meeting in Algiers. … The signing
            # ceremony was attended by …": held where that meeting was, when no instrument of it was read
            signed = {e.place for e in facts.events if e is not event and e.place and e.kind in ("Meeting", "Summit")
                      and 0 <= event.sentence - e.sentence <= 4
                      and (not e.date or not event.date or compatible(e.date, event.date))}
        if len(signed) == 1:
            event.place = signed.pop()


_THE_CEREMONY_IN_RE = re.compile(r"\b(?:at|during|after)\s+the\s+(?:signing\s+)?ceremony\b", re.IGNORECASE)
# "The ceremony was attended by …": a definite ceremony told paragraphs after the signing is that signing's
_THE_CEREMONY_RE = re.compile(r"\s*(?:The|That|This)\s+(?:signing\s+)?(?:ceremony|signing)\b")


def ceremonies_told_back(facts: DocumentFacts) -> None:
    """A ceremony named by a definite description ("The ceremony was attended by …"), with no name of its
    own, is the signing the report told before it, when the report tells one signing dated to the day:
    it takes that signing's day and (when it has none) place. One that has its own day ("The signing
    took place in Tunis on Wednesday") gives its day and place to the signings told in the two sentences
    before it, whose parties take part in it.

    Parameters
    ----------
    facts : DocumentFacts
        With its agreements and events read; events are dated and placed in place.

    Returns
    -------
    None

    Examples
    --------
    >>> from epkg.graph.extract.facts import Agreement, Event, Sentence
    >>> text = "They signed it. The plant will cost $1 billion. The ceremony was attended by the ministers."
    >>> sentences = [Sentence(0, 0, 15, text[:15]), Sentence(1, 16, 47, text[16:47]), Sentence(2, 48, len(text), text[48:])]
    >>> f = DocumentFacts(text, sentences)
    >>> f.agreements = [Agreement("Agreement", ("state/ZMB", "state/FRA"), 0, date="2024-03-13", place="place/lusaka")]
    >>> f.events = [Event("Event", 2, date="2024-03")]
    >>> ceremonies_told_back(f)
    >>> (f.events[0].date, f.events[0].place)
    ('2024-03-13', 'place/lusaka')
    """
    for event in facts.events:
        if event.kind != "Event" or event.label or event.sentence >= len(facts.sentences) \
                or not _THE_CEREMONY_RE.match(facts.sentences[event.sentence].text):
            continue
        if event.date and len(event.date) == 10:
            # "They signed the contracts … The signing took place in Tunis on Wednesday": the ceremony dates
            # and places the signings told just before it, and they are its participants
            just_before = [a for a in facts.agreements if 1 <= event.sentence - a.sentence <= 2
                           and (not a.date or event.date.startswith(a.date))]
            for a in just_before:
                a.date, a.place = event.date, event.place or a.place
                event.participants = tuple(dict.fromkeys(event.participants + a.parties))
            if just_before:
                continue
        signings = {(a.date, a.place) for a in facts.agreements
                    if a.sentence < event.sentence and a.date and len(a.date) == 10}
        if len(signings) != 1:
            continue  # none, or several days or places: which one the text means is not said
        date, place = signings.pop()
        if event.date and not date.startswith(event.date):
            continue
        event.date, event.place = date, event.place or place


def place_visits_by_their_talks(facts: DocumentFacts) -> None:
    """A visit with no place of its own took place where the report has its talks or signings held, in a city
    of a state the visit is between, in the same month: "Putin arrived in Mongolia on Monday …" and "… signed
    in Ulaanbaatar on Tuesday" is a visit to Ulaanbaatar.

    Parameters
    ----------
    facts : DocumentFacts
        With its agreements and events read; visits are placed in place.

    Returns
    -------
    None

    Examples
    --------
    >>> from epkg.graph.extract.facts import Entity, Event
    >>> f = DocumentFacts("", [])
    >>> f.entities["place/ulaanbaatar"] = Entity("place/ulaanbaatar", "Place", "Ulaanbaatar", country="MNG")
    >>> f.events = [Event("Visit", 1, date="2024-09-02", participants=("state/RUS", "state/MNG")),
    ...             Event("Meeting", 2, date="2024-09-03", place="place/ulaanbaatar")]
    >>> place_visits_by_their_talks(f)
    >>> f.events[0].place
    'place/ulaanbaatar'
    """
    for visit in facts.events:
        if visit.kind != "Visit" or visit.place is not None or not visit.date:
            continue
        states = {p.split("/", 1)[1] for p in visit.participants if p.startswith("state/")}
        month = visit.date[:7]
        found = {x.place for x in [*facts.events, *facts.agreements] if x is not visit and x.place and x.date
                 and x.date[:7] == month and (e := facts.entities.get(x.place)) is not None and e.country in states}
        if len(found) == 1:
            visit.place = found.pop()
            continue
        # else the capital of the one state visited that the report names as a place ("Xi's state visit to South
        # Africa … in Pretoria"): a state visit is received in the capital
        gaz = load()
        capitals = {state.capital for iso in states if (state := gaz.state(iso)) is not None and state.capital
                    and state.capital in facts.entities}
        if len(capitals) == 1:
            visit.place = capitals.pop()


# "The signing took place after talks between …", "The documents were signed following the meeting of …": the
# talks of the signing just told
_SIGNING_AFTER_TALKS_RE = re.compile(
    r"^(?:The|This|That|Their)\s+(?:signing|ceremony|signing\s+ceremony|documents?|agreements?|memorand\w+|deal|"
    r"contract)\b[^.;]{0,40}?\b(?:took\s+place|was\s+held|came|were\s+signed|was\s+signed)\s+"
    r"(?:shortly\s+|immediately\s+|right\s+)?(?:after|following|during|on\s+the\s+sidelines\s+of)\b")


def place_meetings_by_their_day(facts: DocumentFacts) -> None:
    """A meeting or summit with no place of its own took place where the report puts the visit, meeting or
    signing of the same day between the same sides: "Putin arrived in Tashkent on Monday …", "… after the two
    leaders held talks at the Kuksaroy residence" is a meeting in Tashkent. One the report dates by its month
    alone takes the place and the day of the one such visit, meeting or signing it tells that month.

    Parameters
    ----------
    facts : DocumentFacts
        With its agreements and events read; meetings are placed in place.

    Returns
    -------
    None

    Examples
    --------
    >>> from epkg.graph.extract.facts import Event
    >>> f = DocumentFacts("", [])
    >>> f.events = [Event("Visit", 0, date="2024-05-27", place="place/tashkent", participants=("state/RUS", "state/UZB")),
    ...             Event("Meeting", 1, date="2024-05-27", participants=("state/RUS", "state/UZB"))]
    >>> place_meetings_by_their_day(f)
    >>> f.events[1].place
    'place/tashkent'
    """
    for meeting in facts.events:
        if meeting.kind not in ("Meeting", "Summit") or meeting.place is not None:
            continue
        sides = set(meeting.participants)
        # "Kishida visited Jeddah in July 2023 for talks with Mohammed bin Salman": talks told with a visit of
        # the same sides, in its sentence, are held where the visit went
        visits = {x.place for x in facts.events if x.kind == "Visit" and x.place and x.sentence == meeting.sentence
                  and sides & set(x.participants)
                  and (not x.date or not meeting.date or compatible(x.date, meeting.date))}
        if len(visits) == 1:
            meeting.place = visits.pop()
            continue
        if not meeting.date or len(meeting.date) < 7:
            continue
        # (a meeting the report dates by its month alone, "the two leaders held talks", was held on the day of
        # the one visit, meeting or signing of the same sides it tells that month)
        told = [x for x in [*facts.events, *facts.agreements] if x is not meeting and x.place and x.date
                and (x.date == meeting.date or len(meeting.date) == 7 and len(x.date) == 10
                     and x.date.startswith(meeting.date))
                and sides & set(getattr(x, "participants", ()) or getattr(x, "parties", ()))]
        found = {x.place for x in told}
        if len(found) == 1:
            meeting.place = found.pop()
            if len(days := {x.date for x in told}) == 1:
                meeting.date = days.pop()


# "The leaders met in the west Jutland port town of Esbjerg on Wednesday": where the report's gathering was
_GATHERED_IN_RE = re.compile(r"\b(?:met|gathered|convened|assembled)\b[^.;:]{0,40}?\b(?:in|at)\s+(?:the\s+)?"
                             r"(?:[\w'’-]+\s+){0,6}?$")


# Done at a place, in the lede: "was put into operation in", "inaugurated … in the Serbian city of", "signed in"
_DONE_IN_RE = re.compile(r"\b(?:inaugurat\w*|launch\w*|open\w*|commission\w*|put\s+into\s+(?:operation|service)|"
                         r"signed|inked|attended|held|marked|started|began|broke\s+ground)\b[^.;:]{0,60}?"
                         r"\b(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?$")


def place_events_by_the_lede(facts: DocumentFacts, reference: str | None) -> None:
    """A meeting, summit or forum of the report's month with no place of its own was held where the opening
    sentences say the gathering took place ("… met in Esbjerg on Wednesday", then "at the North Sea Summit"),
    when they name one place so.

    Parameters
    ----------
    facts : DocumentFacts
        With its events read; events are placed in place.
    reference : str or None
        The report's date: only events of its month (or undated) are placed.

    Returns
    -------
    None

    Examples
    --------
    >>> from epkg.graph.documents import DocumentRecord
    >>> from epkg.graph.extract import extract
    >>> text = ("The leaders met in the port town of Esbjerg on Wednesday. Prime Minister Mette Frederiksen hosted "
    ...         "Chancellor Olaf Scholz at the North Sea Summit.")
    >>> [(e.label, e.place) for e in extract(DocumentRecord("d.txt", text, published="2022-05-18")).events]
    [('North Sea Summit', 'place/esbjerg')]
    """
    if not reference or not any(e.place is None for e in facts.events):
        return
    place = _lede_place(facts, _GATHERED_IN_RE, 3)
    for event in facts.events if place else ():
        if event.place is None and event.kind in ("Meeting", "Summit", "Forum") \
                and (event.date is None or event.date[:7] == reference[:7]):
            event.place = place
    # a ceremony of the report's day (an opening, a launch, a signing) with no place of its own was held where
    # the lede says the work was opened, launched or signed ("… was put into operation in Karmana district",
    # then "The launch ceremony was held on Friday at the site"): the first, narrower place of a sentence
    # ("in Karmana district of Navoi region")
    place = _lede_place(facts, _DONE_IN_RE, 2, first_only=True)
    for event in facts.events if place else ():
        if event.place is None and event.kind == "Event" and event.date is not None \
                and in_week_before(reference, event.date):
            event.place = place


def _lede_place(facts: DocumentFacts, cue: re.Pattern, sentences: int, *, first_only: bool = False) -> str | None:
    """The one place the first *sentences* sentences name right after *cue* (with *first_only*, only a
    sentence's first such place counts), else None."""
    found, seen = set(), set()
    for m in sorted(facts.mentions, key=lambda x: x.start):
        if m.sentence >= sentences or first_only and m.sentence in seen or m.key not in facts.entities \
                or facts.entities[m.key].kind != "Place":
            continue
        if cue.search(facts.text, facts.sentences[m.sentence].start, m.start):
            found.add(m.key)
            seen.add(m.sentence)
    return found.pop() if len(found) == 1 else None


_SIGNING_WORD_RE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:signing|signature)\b")
# The day a sentence before named ("On that day the two leaders co-chaired …")
_THAT_DAY_RE = re.compile(r"\b(?:on\s+that\s+(?:same\s+)?day|that\s+same\s+day|(?:on\s+)?the\s+same\s+day|"
                          r"on\s+that\s+occasion)\b", re.IGNORECASE)


_AROUND_THE_SIGNING_RE = re.compile(r"\b(?:before|after|ahead\s+of|following|on\s+the\s+(?:sidelines|margins?)\s+of)\s+"
                                    r"the\s+(?:signing(?:\s+ceremony)?|ceremony)\b", re.IGNORECASE)


# "Earlier in the day, X was received by Y": the day of the occasion the report told before
_EARLIER_THAT_DAY_RE = re.compile(r"\b(?:earlier|later)\s+(?:in\s+the|that|the\s+same)\s+day\b", re.IGNORECASE)


def date_events_of_that_day(facts: DocumentFacts) -> None:
    """An event whose sentence says it took place "on that day", or talks the signing "took place after", have
    the date and (when they have none of their own) the place of the signing reported in one of the two
    sentences before; one held "before the ceremony", "after the signing" or "earlier in the day", those of the
    signing dated to the day a few sentences before.

    Parameters
    ----------
    facts : DocumentFacts
        With its agreements and events read; events are dated and placed in place.

    Returns
    -------
    None

    Examples
    --------
    >>> from epkg.graph.extract.facts import Agreement, Event, Sentence
    >>> text = "They signed it. On that day the leaders met."
    >>> f = DocumentFacts(text, [Sentence(0, 0, 15, text[:15]), Sentence(1, 16, len(text), text[16:])])
    >>> f.agreements = [Agreement("Agreement", ("state/IND", "state/SAU"), 0, date="2023-09-11", place="place/new-delhi")]
    >>> f.events = [Event("Meeting", 1, date="2023-10")]
    >>> date_events_of_that_day(f)
    >>> (f.events[0].date, f.events[0].place)
    ('2023-09-11', 'place/new-delhi')
    """
    for event in facts.events:
        if event.sentence >= len(facts.sentences):
            continue
        text = facts.sentences[event.sentence].text
        if _THAT_DAY_RE.search(text) \
                or event.kind == "Meeting" and _SIGNING_AFTER_TALKS_RE.match(text) and not find_dates(text, None):
            # (and "… was signed in Baku on July 12. The signing took place after talks between A and B": the talks
            # of that signing)
            before = [a for a in facts.agreements if a.date and 1 <= event.sentence - a.sentence <= 2]
        elif _AROUND_THE_SIGNING_RE.search(text) or _EARLIER_THAT_DAY_RE.search(text):
            # "Before the ceremony, A held a meeting with B": the day and place of the signing told before
            before = [a for a in [*facts.agreements, *(e for e in facts.events if e.kind == "Event")]
                      if a.date and len(a.date) == 10 and 1 <= event.sentence - a.sentence <= 10]
        else:
            continue
        if before:
            signing = max(before, key=lambda a: a.sentence)
            event.date = signing.date
            event.place = event.place or signing.place
