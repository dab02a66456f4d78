"""Entity candidates from the statistical recogniser, for names no reference list holds.

The rules of :mod:`epkg.graph.extract.entities` claim what the gazetteer and the
name shapes know. What is left (a utility with no legal suffix, a regulator, a
person named without a title) is read by spaCy's named-entity recogniser, run
once per document over only the sentences that still hold an unclaimed
capitalised word. Its spans are candidates, not facts: the small English model
often calls a company a person and a province an organization, so the caller
types each by its head noun and legal form (:mod:`epkg.graph.extract.orgnames`)
and keeps it only on evidence.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from epkg.graph.extract.facts import Sentence
from epkg.graph.extract.text import UNIT_ABBREVIATIONS

#: Characters seen and characters the recogniser read in this process (for benchmarks).
READ = {"seen": 0, "read": 0}
#: The recogniser's labels this layer reads.
LABELS = ("ORG", "PERSON", "GPE", "LOC", "FAC", "NORP")

# Capitalised words that do not make a sentence worth reading again: units and other
# abbreviations written in capitals, calendar words, and the words that open sentences.
_NOT_A_NAME = {
    "MW", "GW", "KW", "kW", "TW", "MWh", "GWh", "TWh", "kWh", "kV", "MVA", "GVA", "LNG", "LPG", "CNG", "CO2", "CO₂",
    "GHG", "HVDC", "HVAC", "PV", "EV", "EVs", "BESS", "SMR", "SMRs", "CCS", "CCUS", "GDP", "CEO", "CFO", "MoU",
    "MoUs", "MOU", "bcm", "Bcm", "km", "US$", "USD", "EUR", "I", "AM", "PM",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
}
_CAPITALISED_RE = re.compile(r"(?<![\w'’-])[A-Z][\w'’&.-]*")


@dataclass(frozen=True)
class Candidate:
    """A span the recogniser labelled, in document offsets."""
    start: int
    end: int
    label: str
    sentence: int


def needs_reading(sentence: Sentence, free, ignore=frozenset(), heads=frozenset()) -> bool:
    """Whether a sentence still holds a capitalised word no rule claimed (ignoring its first word), or two
    that together end in the head of a name.

    Parameters
    ----------
    sentence : Sentence
    free : callable
        ``free(start, end)`` in document offsets: True when no rule claimed those characters.
    ignore : set of str
        Capitalised words that alone never make a name worth reading ("Energy", "Project").
    heads : set of str
        Words that end a name after another capitalised word, even one of *ignore* ("Gulf Energy").

    Returns
    -------
    bool

    Examples
    --------
    >>> s = Sentence(0, 0, 34, "The plant will add 40 MW in March.")
    >>> needs_reading(s, lambda a, b: True)
    False
    >>> needs_reading(Sentence(0, 0, 26, "Nexora will build it soon."), lambda a, b: True)
    True
    >>> s = Sentence(0, 0, 26, "It works with Gulf Energy.")
    >>> needs_reading(s, lambda a, b: True, {"Gulf", "Energy"}), needs_reading(s, lambda a, b: True, {"Gulf", "Energy"}, {"Energy"})
    (False, True)
    """
    previous = None  # the capitalised word just before, when free and one space away
    for m in _CAPITALISED_RE.finditer(sentence.text):
        word = m.group(0).rstrip(".")
        if not free(sentence.start + m.start(), sentence.start + m.end()):
            previous = None
            continue
        paired, previous = previous is not None and sentence.text[previous.end():m.start()] == " " \
            and word in heads, m
        if paired:
            return True  # two common words that make a firm's name together ("Gulf Energy")
        if word in _NOT_A_NAME or word in ignore:
            continue
        if m.start() == 0:
            # the first word is capitalised anyway: a name only when another capitalised word follows
            # it or it is followed by a verb-like word ("Nexora will"): cheap, and the recogniser decides
            nxt = sentence.text[m.end():m.end() + 2]
            if (word.lower() in OPENERS or _english_word(word.lower())) and not nxt[1:2].isupper():
                continue
        return True
    return False


@functools.lru_cache(maxsize=4096)
def _english_word(word: str) -> bool:
    """Whether *word* (lower-cased) is in lemminflect's English lexicon: a sentence's first word that is one, with a
    small word after it ("Prices rose", "Critics say"), is capitalised for its place, not for a name."""
    from lemminflect import getAllLemmas  # (imports spaCy, as the recogniser this gate spares does)

    return bool(getAllLemmas(word))


# Words that open sentences and are not names (checked lower-cased).
OPENERS = {"the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "in", "on",
            "at", "for", "with", "and", "but", "or", "under", "after", "before", "by", "from", "as", "if", "while",
            "when", "since", "during", "according", "both", "each", "all", "some", "many", "most", "other", "one",
            "two", "three", "four", "five", "there", "here", "his", "her", "their", "our", "such", "last", "next",
            "earlier", "later", "meanwhile", "however", "also", "further", "once", "until", "about", "over", "more",
            "no", "not", "officials", "analysts", "experts", "construction", "work", "talks", "speaking", "what",
            "which", "who", "where", "why", "how", "to", "so", "yet", "still", "now", "then", "first", "second",
            "third", "finally", "separately", "additionally", "previously", "currently", "overall", "together",
            "among", "despite", "through", "within", "without", "across", "following", "amid", "besides"}


def candidates(sentences: list[Sentence], free, ignore=frozenset(), heads=frozenset(),
               also=None) -> tuple[list[Candidate], int]:
    """Run the recogniser once over the sentences that need it and return its spans.

    Parameters
    ----------
    sentences : list of Sentence
        All the sentences of one document.
    free : callable
        ``free(start, end)``: True when no rule claimed those characters.
    ignore, heads : set of str
        As for :func:`needs_reading`.
    also : callable, optional
        ``also(text)``: True for a sentence to read whatever :func:`needs_reading` says.

    Returns
    -------
    (list of Candidate, int)
        The spans with a label in :data:`LABELS`, in text order, and the number of
        characters the recogniser read.

    Examples
    --------
    >>> text = "Officials said Mariana Holt met the board."
    >>> found, read = candidates([Sentence(0, 0, len(text), text)], lambda a, b: True)
    >>> [(text[c.start:c.end], c.label) for c in found], read
    ([('Mariana Holt', 'PERSON')], 42)
    """
    chosen = [s for s in sentences if needs_reading(s, free, ignore, heads) or also is not None and also(s.text)]
    READ["seen"] += sum(len(s.text) for s in sentences)
    READ["read"] += sum(len(s.text) for s in chosen)
    if not chosen:
        return [], 0
    from epkg.graph.extract.nlp import named_entities

    out = []
    for s, spans in zip(chosen, named_entities([s.text for s in chosen])):
        for a, b, label in spans:
            if (unit := _UNIT_BEFORE_RE.match(s.text, a, b)) is not None:
                a = unit.end()  # "the 15 MW Tina River project": the unit of the number before is no part of it
            if label in LABELS and a < b:
                out.append(Candidate(s.start + a, s.start + b, label, s.index))
    return out, sum(len(s.text) for s in chosen)


_UNIT_BEFORE_RE = re.compile(rf"{UNIT_ABBREVIATIONS}\s+(?=[A-Z])")
