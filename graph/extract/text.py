"""Sentences and tokens with their character offsets."""
from __future__ import annotations

import bisect
import re

from epkg.graph.extract.facts import Sentence

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = {"co", "ltd", "inc", "corp", "mr", "mrs", "ms", "dr", "st", "no", "nos", "vs", "etc", "jr", "sr",
                  "gen", "gov", "sen", "rep", "prof", "approx", "est", "jan", "feb", "mar", "apr", "jun", "jul",
                  "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "p.m", "a.m", "s.a",
                  "s.p.a", "n.v", "b.v", "l.l.c", "pte", "bhd", "sdn", "dept", "mt", "ft"}
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*\n+")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
TOKEN_RE = re.compile(r"\w+(?:[-'’.&]\w+)*\+?|[^\w\s]")


# Case-insensitive patterns also match "ı" and "İ" to "i" and "ſ" to "s", which str.lower()
# keeps apart: they are folded first.
_PATTERN_FOLDS = str.maketrans({"ı": "i", "İ": "i", "ſ": "s"})


def hint_text(text: str) -> str:
    """*text* in lower case for substring tests run before case-insensitive patterns.

    Every lower-case ASCII word that a case-insensitive pattern finds in *text* is a
    substring of the result, so a word missing from it means the pattern cannot match.

    Examples
    --------
    >>> hint_text("The TWO Sides"), hint_text("Dıyarbakır")
    ('the two sides', 'diyarbakir')
    """
    low = text.lower()
    return low if low.isascii() else text.translate(_PATTERN_FOLDS).lower()


def split_sentences(text: str) -> list[Sentence]:
    """Split *text* into sentences, keeping offsets.

    Parameters
    ----------
    text : str

    Returns
    -------
    list of Sentence
        Paragraph breaks always end a sentence; a full stop after a known
        abbreviation ("Co.", "Ltd.", "U.S.") or a single capital letter does not.

    Examples
    --------
    >>> [s.text for s in split_sentences("China Datang Co. Ltd. signed it. Baku agreed.")]
    ['China Datang Co. Ltd. signed it.', 'Baku agreed.']
    """
    sentences: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        head = text[start:m.start()].rstrip()
        if m.group(0).strip() or "\n\n" not in m.group(0):
            w = _word_before(head)
            if w and (w.group(1).lower() in _ABBREVIATIONS or len(w.group(1)) == 1 and w.group(1).isupper()):
                if "\n\n" not in m.group(0):
                    continue
        _add(sentences, text, start, m.start())
        start = m.end()
    _add(sentences, text, start, len(text))
    return sentences


def _word_before(head: str):
    """``_WORD_BEFORE.search(head)``, looking at the end of *head* only unless the word reaches further."""
    pos = max(0, len(head) - 40)
    w = _WORD_BEFORE.search(head, pos)
    if w is not None and w.start() == pos > 0:
        w = _WORD_BEFORE.search(head)
    return w


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(len(sentences), start, end, text[start:end]))


def sentence_index(sentences: list[Sentence], offset: int) -> int:
    """Index of the sentence holding character *offset* (the previous one between sentences)."""
    starts = [s.start for s in sentences]
    return max(0, bisect.bisect_right(starts, offset) - 1)
