"""Whether a statement is asserted: negation, hedging and rumour cues.

Relations are only recorded when the text states them as fact. These tests look
at the words right before a verb or noun ("did not sign", "is expected to sign",
"no agreement", "a draft memorandum") and at the clause around it ("could reach",
"hopes that", "reportedly").
"""
from __future__ import annotations

import re

from epkg.ontology.triggers import triggers

# Before a verb: "did not", "has yet to", "will be", "could", "hopes to" … (up to two words between);
# "may" only in lower case, since the month opens sentences ("In May 2024 they signed").
# (One word boundary for all the words, so that most positions fail before any word is tried; "n't", the only cue
# that starts inside a word, can match nowhere another does.)
_VERB_HEDGE_RE = re.compile(
    r"(?:n['’]t|\b(?:not|nor|never|to\s+be|will|would|could|(?-i:may)|might|should|can|must|"
    r"hopes?\s+to|hoped\s+to|plans?\s+to|planned\s+to|expects?\s+to|expected\s+to|"
    r"intends?\s+to|yet\s+to|ready\s+to|wants?\s+to|aims?\s+to|seeks?\s+to|likely\s+to|"
    r"set\s+to|due\s+to|preparing\s+to|failed\s+to|refused\s+to|whether|if|unless|"
    # a signing put off: "hesitated to sign", "reluctant to commit", "declined to sign"
    r"hesitat\w*\s+to|reluctant\s+to|unwilling\s+to|declined\s+to|"
    r"meant\s+to|supposed\s+to|intended\s+to|"
    # a signing still to come that something waits on: "once the investor signs", "Once signed, the deal will"
    r"once|"
    r"before\s+it\s+can|"
    # A subject that names no one: "none has signed", "neither of them signed", "none of the five bidders has".
    r"(?:none|neither|nobody|no\s+one)(?:\s+of(?:\s+[\w'’-]+){1,3})?|"
    # Verbs that end a relation rather than state it ("left the partnership with", "withdrew from").
    r"left|leaves?|quit|exit(?:ed|s)?|withdr[ae]w(?:n|s)?\s+from|abandon(?:ed|s)?|"
    r"terminat(?:ed|es)|scrapp(?:ed)|suspend(?:ed|s)?))\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# Before a noun: "no agreement", "a draft memorandum", "any contract", "a new bilateral agreement".
# A noun still being talked about: "negotiations on an investors' agreement", "talks over a new deal".
_NOUN_HEDGE_RE = re.compile(
    r"\b(?:no|not\s+a|nor\s+an?|draft|possible|proposed|potential|future|any|planned|prospective|new\s+bilateral|"
    # an instrument turned down or left: "turned down a deal with", "walked away from the agreement with"
    r"(?:turned\s+down|rejected|declined|refused|walked\s+away\s+from|pulled\s+out\s+of|backed\s+out\s+of|"
    r"withdrew\s+from|scrapped|tore\s+up|froze|renounced|lacks?|lacked|lacking|without|"
    # an instrument left to end: "let a long-standing contract with Qatar lapse"
    r"let)\s+(?:a|an|the|its|their|any)|"
    # one that only reports carry: "dismissed reports of a deal with Rome", "speculation about a merger agreement"
    r"(?:reports?|rumou?rs?|speculation)\s+(?:of|about|over|on)\s+(?:a|an|the|its|their|any)|"
    r"(?:negotiations?|talks|discussions?|negotiating|discussing)\s+(?:on|over|for|about|towards?|of)\s+"
    r"(?:a|an|the|its|their)|"
    # a deal only tried for: "struggled to close a deal with", "is seeking to clinch an agreement"
    r"(?:struggl\w*|fail\w*|tr(?:y|ies|ied|ying)|seek\w*|sought|attempt\w*|bid|push\w*|rac\w*|hop\w*|"
    r"work(?:s|ed|ing)?)\s+to\s+(?:close|clinch|seal|reach|conclude|sign|finali[sz]e|secure|strike|land|agree\s+on)"
    r"\s+(?:a|an|the|its|their)|"
    # a signing only aimed at: "with the aim of signing a contract by March", "in a bid to conclude a deal"
    r"(?:with\s+(?:the|an?)\s+(?:aim|goal|view|intention|objective|hope)\s+(?:of|to)|aim(?:s|ed|ing)?\s+(?:at|to)|"
    r"in\s+order\s+to|in\s+a\s+bid\s+to)\s+(?:sign(?:ing)?|conclud(?:e|ing)|finali[sz](?:e|ing)|reach(?:ing)?|"
    r"seal(?:ing)?|clinch(?:ing)?)\s+(?:a|an|the|its|their)|"
    # an instrument another depends on, not yet made: "conditional on an agreement between A and the IMF",
    # "pending a deal with", "subject to a contract with"
    r"(?:(?:conditional|contingent|dependent|depending)\s+(?:up)?on|pending)\s+(?:a|an|the|its|their)|"
    r"subject\s+to\s+(?:a|an)|"
    # a signing still to be held: "discussed the schedule of signing of the power purchase agreement"
    r"(?:schedule|timetable|timing|date|preparations?)\s+(?:of|for)\s+(?:the\s+)?signing\s+(?:of\s+)?"
    r"(?:a|an|the|its|their))"
    r"\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
#: What only the press says: "local media have reported", "media reports said", "newspapers claimed"
MEDIA_SAID = r"(?:media|press|newspapers?|outlets)\s+(?:reports?\s+)?(?:have\s+|has\s+)?(?:reported|said|claimed|suggested)"
# Anywhere in the clause: the statement is reported as hope, plan, rumour or denial.
_CLAUSE_HEDGE_RE = re.compile(
    r"\b(?:negotiat\w*|under\s+discussion|discussing|discuss|considering|consider|hopes?|hoped|"
    r"reportedly|rumou?r\w*|allegedly|unconfirmed|not\s+(?:been\s+)?confirmed|denied|denies|deny|cancel+ed|postponed|"
    r"no\s+(?:\w+\s+){0,3}(?:agreements?|contracts?|decisions?)\s+(?:(?:on|about|for|over)\s+(?:\w+\s+){1,3}?)?"
    r"(?:has|have)\s+(?:yet\s+)?been|"
    r"not\s+yet|yet\s+to|could|would|might|under\s+study|being\s+examined|examined|feasibility\s+of|"
    # a signing still ahead: "is planned for signature", "awaiting signature", "to be signed"
    r"(?:planned|scheduled|slated|earmarked|due|set|expected|ready|up|pending)\s+for\s+(?:signature|signing)|"
    # (not "the first deal to be signed under it": one signed, counted among others)
    r"awaiting\s+(?:signature|signing)|(?<!first\s)(?<!last\s)(?<!latest\s)(?<!second\s)(?<!only\s)to\s+be\s+signed|"
    # what only the press says, or what the one concerned would not confirm: "local media have reported that",
    # "media reports said", "declined to confirm"
    rf"{MEDIA_SAID}|(?:(?:declined|refused)\s+to|would\s+not|did\s+not)\s+confirm|"
    r"whether)\b", re.IGNORECASE)
# A plain future before a verb ("will develop"); "would" is one after a verb of saying, the "will" of what was said
# ("X said that Y would work with Z")
_PLAIN_FUTURE_RE = re.compile(r"(?i:(?P<modal>will|would))\s+(?!(?:not|never|be|have|need|only|first|like|prefer|rather)\b)"
                              r"(?:[\w'’-]+\s+){0,2}")
_SPEECH = triggers("speech")
_REPORTED_BEFORE_RE = re.compile(rf"\b(?:{_SPEECH.pattern('reporting_finite_verbs')}|{_SPEECH.pattern('reporting_past_verbs')})"
                                 r"\b(?:\s+that)?\s")
_NOT_ONLY_RE = re.compile(r"\bnot\s+only\b", re.IGNORECASE)
# A statement inside a report that someone denies: "rejected as baseless a news report … that Pakistan had
# signed", "denied media reports that …"
_DENIED_REPORT_RE = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|rejecting|dismissed|dismisses|dismissing|refuted|refutes|"
    r"refuting|rebutted|debunked)\b[^.;:]{0,120}?\b(?:reports?|claims?|rumou?rs?|speculation|allegations?|"
    r"suggestions?|stories|story)\b[^.;:]{0,80}?\bthat\b[^.;:]*$|"
    # the denial itself: "denied that A and B had signed", "X denies that it has agreed"
    r"\b(?:denied|denies|deny|denying)\s+(?:(?:on\s+\w+|again|flatly|strongly|firmly)\s+)?that\b[^.;:]*$",
    re.IGNORECASE)
_DENIED_REPORT_WORDS = ("eport", "claim", "umo", "peculation", "allegation", "suggestion", "stor", "deni", "deny", "edia",
                        "ress")
# What the press says, before the verb it says of: "Local media have reported that A signed …", "Media reports said A …"
_MEDIA_SAID_RE = re.compile(rf"\b{MEDIA_SAID}\b[^.;:]*$", re.IGNORECASE)
# A statement that only reports carry, whoever confirms them: "Reports this summer that A and B had agreed …",
# "media reports that A signed …" (not "Trend reports that": a credit line's verb, after a name)
_REPORTS_THAT_RE = re.compile(
    r"(?:^\s*|[.;:!?]\s+|\b(?i:media|press|news|local|recent|unconfirmed|earlier|some|several|conflicting|initial|"
    r"the)\s+)(?:[Rr]eports|[Rr]umou?rs|[Ss]peculation)"
    # (what the reports are: when, where from; not "Reports from Tashkent say that …", which tell the news)
    r"(?:\s+(?:(?i:in|from|of|over|during)\s+(?:the\s+)?[\w'’-]+|(?i:this|last|earlier|late|early)\s+[\w'’-]+))?"
    r"\s+that\b[^.;:]*$")


def hedged_before(text: str, pos: int, future_holds: bool = False) -> bool:
    """True when the words before *pos* (a verb) deny or hedge it ("did not sign", "is to be signed").

    With *future_holds*, a plain "will" before the verb states what is decided ("A will develop it together
    with B"), not a hedge, and so does a "would" after a verb of saying ("the minister said the ministry would work
    with B"); "will not", "will be", "will have to" still hedge.

    Examples
    --------
    >>> hedged_before("Kenya did not sign the deal", 14)
    True
    >>> hedged_before("Kenya signed the deal", 6)
    False
    >>> hedged_before("The minister denied that Kenya and Uganda had signed the deal", 40)
    True
    """
    window = text[max(0, pos - 50):pos]
    # A match ends the window and spans at most seven words (a cue of up to five, "none of the three
    # bidders", two more): it cannot start before the seventh word from the end, so the search starts there.
    words = window.rsplit(None, 7)
    start = len(words[0]) if len(words) == 8 else 0
    hedge = _VERB_HEDGE_RE.search(window, start)
    future = _PLAIN_FUTURE_RE.fullmatch(hedge.group(0)) if hedge and future_holds else None
    if future and (future.group("modal").lower() == "will"
                   or _REPORTED_BEFORE_RE.search(text, max(0, pos - 240), max(0, pos - 50) + hedge.start())):
        hedge = None  # ("the minister said the ministry would work with X": a "will" told in reported speech)
    if hedge and not _NOT_ONLY_RE.search(window[-20:]):
        return True
    wide = text[max(0, pos - 240):pos]
    return any(w in wide for w in _DENIED_REPORT_WORDS) and bool(_DENIED_REPORT_RE.search(wide)
                                                                 or _REPORTS_THAT_RE.search(wide)
                                                                 or _MEDIA_SAID_RE.search(wide))


def negated_noun(text: str, pos: int) -> bool:
    """True when the noun at *pos* is negated or only prospective ("no agreement", "a draft memorandum").

    Examples
    --------
    >>> negated_noun("No intergovernmental agreement has been signed", 3)
    True
    >>> negated_noun("They set the timetable for signing the purchase agreement", 39)
    True
    >>> negated_noun("It will negotiate with the aim of signing a contract by March", 44)
    True
    """
    return bool(_NOUN_HEDGE_RE.search(text[max(0, pos - 50):pos]))


def hedged_clause(text: str) -> bool:
    """True when a clause reports hope, plan, rumour, study or denial rather than fact.

    Examples
    --------
    >>> hedged_clause("the two sides are also discussing projects of 2.5 GW")
    True
    >>> hedged_clause("the plant has been operating since 2023")
    False
    """
    return bool(_CLAUSE_HEDGE_RE.search(_NOT_ONLY_RE.sub(" ", text)))
