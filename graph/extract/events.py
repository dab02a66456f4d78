"""Events: meetings, summits, forums, visits, ceremonies and conferences.

Named events are capitalised phrases ending in Meeting, Summit, Forum, Week,
Conference … ("Baku Energy Week", "the 42nd ASEAN Ministers on Energy Meeting")
and COP sessions ("COP29"); unnamed ones are read from their nouns and verbs
("a state visit to China", "held talks with", "met … in Dhaka", "at a ceremony
in Baku"). Each gets its place ("held in Ningbo"), its date (resolved against
the document date; an event reported as happening now gets the document date)
and its participants. The same event mentioned again is merged by name, or by
kind and participants.
"""
from __future__ import annotations

import re

from epkg.graph.extract.context import DocumentContext, SentenceView, unique_keys
from epkg.graph.extract.dates import find_dates
from epkg.graph.extract.facts import DocumentFacts, Event

_NAMED_EVENT_RE = re.compile(
    r"(?P<name>(?:(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+)?"
    r"(?:[A-Z][\w'’.&-]*\s+|\([A-Z]+\)\s+|(?:of|on|for|the|and|in)\s+(?=[A-Z(]))*"
    r"(?:[A-Z][\w'’.&-]*\s+|\([A-Z]+\)\s+)"
    r"(?P<head>Meeting|Summit|Forum|Week|Conference|Congress|Expo|Exhibition|Dialogue|Session)"
    r"(?:\s+(?:on|of)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*|(?:of|on|in|the|and|for)\s+(?=[A-Z]))+)?)"
    r"(?:\s+\((?P<acronym>[A-Z][\w ]{1,12})\))?")
_LOWER_EVENT_RE = re.compile(
    r"\b(?P<ord>(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+)"
    r"(?P<head>meeting|session|summit|forum)\s+of\s+(?:the\s+)?(?P<body>(?:[A-Z][\w'’-]*\s*|(?:of|and|on|for)\s+)+)")
_COP_RE = re.compile(r"\b(?P<name>COP\s?\d{1,2})\b(?:\s+climate\s+(?:conference|summit|talks))?")
_COMMON_RE = re.compile(
    r"\b(?P<visit>(?:state|official|working|first)\s+visit|visit(?:ed|ing|s)?|travell?ed\s+to)\b|"
    r"\b(?P<talks>held\s+talks|talks|met|meeting\s+between|hearing)\b|"
    r"\b(?P<summit>summit)\b|"
    r"\b(?P<ceremony>(?:signing|opening|launch|groundbreaking|inauguration|commissioning|first\s+concrete)?\s*ceremony|"
    r"inauguration)\b")
_HEDGED_RE = re.compile(r"\b(?:planned|will|would|could|may|might|cancel+ed|postponed|expected|due\s+to|"
                        r"upcoming|next)\b[^.;]{0,30}$", re.IGNORECASE)
_PLACE_PREP_RE = re.compile(r"\b(?:in|at|to)\s+(?:the\s+)?(?:city\s+of\s+)?$", re.IGNORECASE)


def _kind(head: str, name: str) -> str:
    head = head.lower()
    if re.search(r"heads\s+of\s+state|summit", name, re.I) and head != "forum":
        return "Summit" if head in ("meeting", "summit") and re.search(r"heads\s+of\s+state|^\S*\s*summit$|summit$",
                                                                       name, re.I) else "Meeting"
    return {"meeting": "Meeting", "session": "Meeting", "summit": "Summit", "forum": "Forum"}.get(head, "Event")


class _Events:
    def __init__(self, ctx: DocumentContext, facts: DocumentFacts, reference):
        self.ctx, self.facts, self.reference = ctx, facts, reference
        self.doc_month = (reference or "")[:7] or None

    def _place(self, view: SentenceView, lo: int, hi: int) -> str | None:
        for p in view.places:
            if lo <= p.start < hi and _PLACE_PREP_RE.search(view.text[max(0, p.start - 12):p.start]):
                return p.key
        return None

    def _date(self, view: SentenceView, lo: int, hi: int, pos: int) -> str | None:
        dates = [d for d in find_dates(view.text, self.reference) if lo <= d.start < hi and not d.target]
        if dates:
            return min(dates, key=lambda d: abs(d.start - pos)).value
        return None

    def _participants(self, view: SentenceView, lo: int, hi: int) -> list[str]:
        refs = [r for r in view.refs if lo <= r.start < hi and (r.free or r.how in ("person", "demonym"))]
        return unique_keys(refs)

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
        if a.kind != b.kind:
            return False
        if a.date and b.date and not (a.date.startswith(b.date[:7]) or b.date.startswith(a.date[:7])):
            return False
        if a.place and b.place and a.place != b.place:
            return False
        if a.kind == "Visit":
            return bool(set(a.participants) & set(b.participants)) or not (a.participants and b.participants)
        if a.label and b.label:
            return False
        return bool(a.kind == b.kind and (not a.participants or not b.participants
                                          or set(a.participants) & set(b.participants)))

    def sentence(self, view: SentenceView) -> None:
        text = view.text
        taken: list[tuple[int, int]] = []
        clause_default = self.facts.dateline_place

        def record(kind, label, lo, hi, pos, *, place=None, participants=None, alt=None, current=False):
            if _HEDGED_RE.search(text[max(0, pos - 40):pos]):
                return
            date = self._date(view, lo, hi, pos)
            if date is None and current:
                date = self.doc_month
            ev = Event(kind, view.index, label=label, alt_labels=set(alt or ()),
                       place=place if place is not None else self._place(view, lo, hi),
                       date=date, participants=tuple(participants if participants is not None
                                                     else self._participants(view, lo, hi)))
            if ev.place is None and current and clause_default:
                ev.place = None
            self.add(ev)

        for m in _COP_RE.finditer(text):
            label = m.group("name").replace(" ", "")
            taken.append((m.start(), m.end()))
            lo, hi = view.clause_at(m.start())
            record("Event", label, max(0, m.start() - 80), min(len(text), m.end() + 60), m.start(),
                   alt={m.group(0)} if m.group(0) != label else None)
        for m in _NAMED_EVENT_RE.finditer(text):
            name = re.sub(r"^(?:The|the)\s+", "", m.group("name")).strip()
            if any(a <= m.start() < b for a, b in taken) or len(name.split()) < 2:
                continue
            taken.append((m.start(), m.end()))
            kind = _kind(m.group("head"), name)
            lo, hi = view.clause_at(m.start())
            alt = {m.group("acronym")} if m.group("acronym") else set()
            record(kind, name, lo, hi, m.start(), alt=alt, current=True)
        for m in _LOWER_EVENT_RE.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            name = m.group(0).strip()
            taken.append((m.start(), m.end()))
            kind = "Summit" if re.search(r"heads\s+of\s+state", name, re.I) or m.group("head") == "summit" \
                else _kind(m.group("head"), name)
            lo, hi = view.clause_at(m.start())
            record(kind, name, 0, len(text), m.start())
        for m in _COMMON_RE.finditer(text):
            if any(a - 5 <= m.start() < b + 5 for a, b in taken):
                continue
            lo, hi = view.clause_at(m.start())
            if m.group("visit"):
                after = text[m.end():m.end() + 60]
                dest = next((r for r in view.refs if m.end() <= r.start < m.end() + 40 and r.kind == "State"), None)
                place = self._place(view, m.end(), min(len(text), m.end() + 40))
                parts = self._participants(view, max(0, m.start() - 80), m.end() + 40)
                if dest is not None and dest.key not in parts:
                    parts.append(dest.key)
                if place is not None:
                    ent = self.facts.entities.get(place)
                    if ent is not None and ent.country and f"state/{ent.country}" not in parts:
                        parts.append(f"state/{ent.country}")
                if len(parts) < 1 or re.match(r"\s+(?:by|from)\b", after) and False:
                    continue
                if place is None and dest is not None and self.facts.dateline_place:
                    dl = self.facts.entities.get(self.facts.dateline_place)
                    if dl is not None and dl.country and f"state/{dl.country}" == dest.key:
                        place = self.facts.dateline_place
                record("Visit", None, max(0, m.start() - 80), min(len(text), m.end() + 60), m.start(),
                       place=place, participants=parts)
            elif m.group("talks"):
                if m.group("talks").lower() == "met" and not view.refs:
                    continue
                parts = self._participants(view, lo, hi)
                if len(parts) < 1:
                    continue
                record("Meeting", None, lo, hi, m.start(), participants=parts, current=True)
            elif m.group("summit"):
                continue
            else:
                parts = self._participants(view, 0, len(text))
                record("Event", None, 0, len(text), m.start(), participants=parts, current=True)


def _norm(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", label.lower()).strip()


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
    [('Event', 'Baku Energy Week', '2024-06-04')]
    """
    builder = _Events(ctx, facts, reference)
    for view in ctx.views:
        builder.sentence(view)
