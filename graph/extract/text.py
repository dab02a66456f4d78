"""Sentences and tokens with their character offsets."""
from __future__ import annotations

import bisect
import re

from epkg.graph.extract.facts import Sentence

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = {"co", "ltd", "inc", "corp", "mr", "mrs", "ms", "dr", "st", "no", "nos", "vs", "etc", "jr", "sr",
                  "gen", "gov", "sen", "rep", "prof", "approx", "est", "jan", "feb", "mar", "apr", "jun", "jul",
                  "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "p.m", "a.m", "s.a",
                  "s.p.a", "n.v", "b.v", "l.l.c", "pte", "pvt", "pty", "bhd", "sdn", "dept", "mt", "ft",
                  # company forms of central Europe and the Balkans ("Elektrárna Dukovany II, a.s. (EDU II)")
                  "a.s", "s.r.o", "s.r.l", "s.a.s", "d.o.o", "a.d", "k.k"}
# a full stop before a capital, a paragraph break, or a line break before a bullet ("- a memorandum …;")
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*\n+|[ \t]*\n(?=[ \t]*[-•*–·▪●][ \t])"
                       r"|(?P<line>[ \t]*\n)(?=[\"“‘]?[A-Z0-9])")
# A heading: a paragraph's first line, with no punctuation at its end and no word that a sentence goes on
# from ("Nigeria, Niger and Algeria sign pipeline memorandum", "About NHPC"), above the next line
_HEADING = re.compile(r"[^\n]{1,150}")
_SENTENCE_LINE = re.compile(r"[^\n]{10,}[.!?][\"”’)]*[ \t]*(?:\n|$)")
_WRAPPED = re.compile(r"[^.!?:;\"”’)\s][ \t]*\n")
_GOES_ON = re.compile(r"(?:[.!?:;,\-–—(&]|\b(?:by|of|the|and|or|to|in|with|a|an|for|from|at|on|as|that|its|their))$",
                      re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
#: Numbers written as words, as news counts things ("the nine countries", "ten 20 MW modules", "three years ago").
# Units written after a number in capitals, which a reader may take for the first word of a name that
# follows ("the 15 MW Tina River project")
UNIT_ABBREVIATIONS = r"(?:[kMGT]Wp?|[kMGT]Wh|kV|km|bcm|[Mm]tpa|bpd|MMscfd|MMBtu)"
#: The words after a number that make it a percentage: "20%", "20 per cent", "20 percent", and "20pc" as
#: the British financial and commodity press writes it.
PERCENT_SIGN = r"(?:%|per\s*cent|percent|pc(?![A-Za-z]))"

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12}
_BULLET = re.compile(r"[-•*–·▪●][ \t]+")
# A name's short form in brackets, then the sentence going on in lower case: "Empresa X, E.P. (ENE) today
# signed": the full stop before it ends a legal form, not the sentence.
_ACRONYM_GOES_ON = re.compile(r"\([A-Z][\w&.-]{1,11}\)\s+[a-z]")
TOKEN_RE = re.compile(r"\w+(?:[-'’.&]\w+)*\+?|[^\w\s]")


# Case-insensitive patterns also match "ı" and "İ" to "i" and "ſ" to "s", which str.lower()
# keeps apart: they are folded first.
_PATTERN_FOLDS = str.maketrans({"ı": "i", "İ": "i", "ſ": "s"})


# A session of the UN climate conference by its number ("COP29", "Cop 27"); the number is group "number"
COP_SESSION = r"\b(?:COP|Cop)\s?(?P<number>\d{1,2})\b"

# "signed in the presence of President X and Prime Minister Y by A and B": who looked on, standing between a
# verb and its agents (the words up to "by" are left to the caller's pattern)
IN_THE_PRESENCE_OF = r"in\s+the\s+presence\s+of\s+(?:[\w.'’-]+\s+){1,9}?"
# "signed at the Ministry of Territorial Administration and Infrastructure by A and B": where, between the verb
# and its agents (no participle before "by": "signed at a summit hosted by Egypt" names the host, not a signer)
# (not a ground the "by" belongs to: "signed on the basis of a statement by the leaders of A, B and C")
WHERE_BEFORE_AGENT = r"(?:at|in|on|during)\s+(?!(?:the\s+)?basis\s+of\b|accordance\s+with\b|line\s+with\b|response\s+to\b)" \
    r"(?:(?![\w'’-]+ed\s+by\b)[\w'’-]+\s+){1,8}?(?=by\b)"
# From a place or a state to the clause it opens with "where", up to what that clause tells: "in Beijing, where
# A held talks", "neighbouring Guyana, where a consortium has been producing oil from the Stabroek block"
WHERE_CLAUSE_RE = re.compile(r"\s*,\s*where\s+[^,;:()]*")


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
        Paragraph breaks and bulleted lines always end a sentence, but for bulleted lines of bare
        names after a line ending in a colon, which are one list with that line; a full stop after a
        known abbreviation ("Co.", "Ltd.", "U.S.") or a single capital letter does not.

    Examples
    --------
    >>> [s.text for s in split_sentences("China Datang Co. Ltd. signed it. Baku agreed.")]
    ['China Datang Co. Ltd. signed it.', 'Baku agreed.']
    """
    sentences: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        head = text[start:m.start()].rstrip()
        if m.group("line") is not None:
            rest = text[m.end():].split("\n\n", 1)[0]
            # "Timeline:" above "March 2023: A and B sign …": a line that introduces lines of sentences
            introduces = head.endswith(":") and _SENTENCE_LINE.match(text, m.end()) is not None
            # (a paragraph broken into lines of a set width, inside its sentences, is not a heading and its text)
            if not introduces and (not is_heading(text, start, start + len(head)) or _WRAPPED.search(rest) is not None):
                continue
            _add(sentences, text, start, m.start())
            start = m.end()
            continue
        if "\n\n" not in m.group(0) and _ACRONYM_GOES_ON.match(text, m.end()):
            continue
        if m.group(0).strip() or "\n\n" not in m.group(0):
            w = _word_before(head)
            # (dotted initials too, which name a firm's form or a state: "S.N. Nuclearelectrica S.A.")
            if w and (w.group(1).lower() in _ABBREVIATIONS or len(w.group(1)) == 1 and w.group(1).isupper()
                      or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", w.group(1))):
                if "\n\n" not in m.group(0):
                    continue
        _add(sentences, text, start, m.start())
        start = m.end()
    _add(sentences, text, start, len(text))
    return _bulleted_names_joined(text, sentences)


def is_heading(text: str, start: int, end: int) -> bool:
    """Whether *text[start:end]* is a heading: a paragraph's first line, with a line break after it and no
    punctuation or word at its end that a sentence goes on from.

    Examples
    --------
    >>> text = "Kenya and Uganda sign memorandum\\nThe ministers signed it with\\nUganda."
    >>> is_heading(text, 0, 32), is_heading(text, 33, 61)
    (True, False)
    """
    line = text[start:end]
    paragraph_start = not text[:start].strip() or re.search(r"\n[ \t]*\n\s*$", text[:start]) is not None
    return paragraph_start and _HEADING.fullmatch(line) is not None and not _GOES_ON.search(line) \
        and re.match(r"[ \t]*\n", text[end:]) is not None


# A bulleted line that is a name and nothing more ("- the Philippines;"): at most six words, capitalised
# but for "of", "the" and "and".
_BARE_ITEM = re.compile(r"(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+(?:of|the|and|[A-Z][\w.'’&-]*|\([A-Z]{2,8}\))){0,5}[;,.]?")
_BULLET_BREAK = re.compile(r"\s*\n[ \t]*[-•*–·▪●][ \t]+")


def _bulleted_names_joined(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """A line ending in a colon and two or more bulleted lines of bare names after it ("Taking part
    were:" then "- Japan", "- Australia" …) are one sentence listing them. Its text has each line break
    and bullet written as spaces (after the colon) or a comma and spaces, of the same length, so the
    offsets still hold."""
    out: list[Sentence] = []
    i = 0
    while i < len(sentences):
        s, j = sentences[i], i + 1
        if s.text.endswith(":"):
            while j < len(sentences) and _BARE_ITEM.fullmatch(sentences[j].text) and \
                    _BULLET_BREAK.fullmatch(text, sentences[j - 1].end, sentences[j].start):
                j += 1
        if j - i < 3:
            out.append(Sentence(len(out), s.start, s.end, s.text))
            i += 1
            continue
        end = sentences[j - 1].end
        joined = list(text[s.start:end])
        for k in range(i + 1, j):
            a, b = sentences[k - 1].end, sentences[k].start
            if k > i + 1 and text[a - 1] in ";,.":
                a -= 1  # "- Japan;": the item's own stop becomes the comma
            joined[a - s.start:b - s.start] = (" " if k == i + 1 else ",") + " " * (b - a - 1)
        if joined[-1] in ";,":
            joined[-1] = "."
        out.append(Sentence(len(out), s.start, end, "".join(joined)))
        i = j
    return out


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
    if (bullet := _BULLET.match(text, start, end)) is not None:
        start = bullet.end()  # "• In Poland, A and B formed …": the sentence opens after its bullet
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(len(sentences), start, end, text[start:end]))


def find_words(text: str, forms) -> list[tuple[int, int, str]]:
    r"""Where *forms* stand in *text* as whole words, neither after nor before a word character or "-".

    Parameters
    ----------
    text : str
    forms : iterable of str
        Non-empty; where several fit at one place the first of them is taken.

    Returns
    -------
    list of (start, end, form)
        Left to right, without overlaps: the spans of
        ``re.finditer(r"(?<![\w-])(?:form1|form2|…)(?![\w-])", text)`` with every form
        escaped, found with ``str.find`` rather than a pattern compiled for each document.

    Examples
    --------
    >>> find_words("Datang and China Datang; Datang-led", ["China Datang", "Datang"])
    [(0, 6, 'Datang'), (11, 23, 'China Datang')]
    """
    first: dict[int, str] = {}  # start -> the first form that fits there
    size = len(text)
    for form in forms:
        if not form:
            raise ValueError("empty form")
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            if at not in first and (at == 0 or not _word_or_hyphen(text[at - 1])) \
                    and (end == size or not _word_or_hyphen(text[end])):
                first[at] = form
            at = text.find(form, at + 1)
    found, pos = [], 0
    for at in sorted(first):
        if at >= pos:
            pos = at + len(first[at])
            found.append((at, pos, first[at]))
    return found


def _word_or_hyphen(char: str) -> bool:
    r"""``[\w-]`` for one character (``\w`` is str.isalnum() and the underscore)."""
    return char.isalnum() or char == "_" or char == "-"


def sentence_index(sentences: list[Sentence], offset: int) -> int:
    """Index of the sentence holding character *offset* (the previous one between sentences)."""
    starts = [s.start for s in sentences]
    return max(0, bisect.bisect_right(starts, offset) - 1)
