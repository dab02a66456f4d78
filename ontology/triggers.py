"""The trigger vocabulary: the words that state each kind of fact.

The tables are data (``reference/triggers.yaml``), one per kind of fact
(cooperation, agreements, memberships, projects, events), each a few named lists
reviewed as words of news English. The rules and the parse-based readers of
:mod:`epkg.graph.extract` read their words from here instead of each keeping a
list, and build their patterns with :func:`pattern`, which spells out every
inflected form of a lemma ("sign" → sign, signs, signed, signing) with
``lemminflect``.

A list's name says how its entries are read:

- ``…verbs``: verb lemmas, every form ("enter into" inflects its first word);
- ``…past_verbs``: verb lemmas whose other forms are mostly nouns or other senses
  ("an issue", "a strike"): only the past forms;
- ``…nouns``: noun lemmas, singular and plural ("letter of intent" inflects the
  word before "of", "term sheet" its last word);
- anything else: words and phrases as written.
"""
from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources

import yaml

# The verb forms a ``…past_verbs`` or ``…finite_verbs`` list keeps (Penn tags).
_TAGS = {"past": ("VBD", "VBN"), "finite": ("VBD", "VBN", "VBZ"), "present": ("VBZ",)}


@dataclass(frozen=True)
class Triggers:
    """The trigger lists of one kind of fact, as lower-case lemmas or words.

    Each list is an attribute: ``triggers("agreements").nouns``.
    """
    kind: str
    lists: Mapping[str, frozenset[str]] = field(compare=False)  # one table a kind: equal and hashed by kind

    def __getattr__(self, name: str) -> frozenset[str]:
        try:
            return self.lists[name]
        except KeyError:
            raise AttributeError(f"the {self.kind!r} trigger table has no list {name!r}") from None

    @functools.cached_property
    def words(self) -> frozenset[str]:
        """Every verb and noun lemma, for a cheap test of whether a sentence can hold the fact (computed once a
        table: the parse-based reader asks it for every token)."""
        return frozenset().union(*(words for name, words in self.lists.items() if _pos_of(name)))

    def pattern(self, name: str, *, capitalised: bool = False) -> str:
        """A regex alternation of every form of list *name* (see :func:`pattern`)."""
        return pattern(self.lists[name], _pos_of(name), only=_only(name), capitalised=capitalised)

    def forms(self, name: str) -> tuple[str, ...]:
        """Every surface form of list *name*, longest first (see :func:`inflections`)."""
        return _forms(tuple(sorted(self.lists[name])), _pos_of(name), _only(name))

    def hints(self, name: str) -> tuple[str, ...]:
        """Substrings of every form of list *name* (see :func:`hints`)."""
        return hints(self.lists[name], _pos_of(name), only=_only(name))


def _pos_of(name: str) -> str | None:
    """How a list's entries inflect, from the last word of its name ("signing_verbs": verbs)."""
    return {"verbs": "VERB", "nouns": "NOUN"}.get(name.rsplit("_", 1)[-1])


def _only(name: str) -> str | None:
    """Which verb forms a list keeps, from the word before "verbs" ("signing_past_verbs": past)."""
    words = name.split("_")
    return words[-2] if words[-1] == "verbs" and len(words) > 1 and words[-2] in _TAGS else None


@functools.cache
def _tables() -> dict:
    text = resources.files("epkg.ontology").joinpath("reference", "triggers.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@functools.cache
def triggers(kind: str = "cooperation") -> Triggers:
    """The trigger table of one kind of fact.

    Parameters
    ----------
    kind : str
        A top-level key of ``reference/triggers.yaml``: ``"cooperation"``,
        ``"agreements"``, ``"memberships"``, ``"projects"``, ``"events"``, ``"speech"``
        (verbs of saying) or ``"actors"`` (what only a party does).

    Returns
    -------
    Triggers

    Examples
    --------
    >>> t = triggers()
    >>> "sign" in t.joint_verbs and "consortium" in t.nouns and "between" in t.between_preps
    True
    >>> "memorandum of understanding" in triggers("agreements").nouns
    True
    """
    table = _tables()[kind]
    return Triggers(kind, {name: frozenset(str(w).lower() for w in words) for name, words in table.items()})


def _head(words: list[str], pos: str) -> int:
    """Which word of a phrase inflects: a verb's first, a noun's before "of", else its last."""
    if pos == "VERB":
        return 0
    return words.index("of") - 1 if "of" in words[1:] else len(words) - 1


@functools.cache
def _head_forms(word: str, pos: str, only: str | None) -> tuple[str, ...]:
    # lemminflect imports spaCy; only extraction, which loads spaCy anyway, builds patterns.
    from lemminflect import getAllInflections, getAllInflectionsOOV

    found = getAllInflections(word, upos=pos) or getAllInflectionsOOV(word, upos=pos)
    forms = set() if only else {word}
    for tag, spelled in found.items():
        if not only or tag in _TAGS[only]:
            forms.update(spelled)
    return tuple(sorted(forms))


def inflections(lemma: str, pos: str | None = "VERB", *, only: str | None = None) -> tuple[str, ...]:
    """Every surface form of a lemma or phrase, sorted.

    Parameters
    ----------
    lemma : str
        A word or a phrase ("enter into", "letter of intent").
    pos : {"VERB", "NOUN", None}
        How to inflect it; None keeps it as written.
    only : {None, "past", "finite", "present"}
        Verbs: only the past tense and participle, or those and the third person
        singular present, or that alone.

    Returns
    -------
    tuple of str

    Examples
    --------
    >>> inflections("join", only="finite")
    ('joined', 'joins')
    >>> inflections("supply", only="present")
    ('supplies',)
    >>> inflections("strike", only="past")
    ('stricken', 'struck')
    >>> inflections("letter of intent", "NOUN")
    ('letter of intent', 'letters of intent')
    """
    words = lemma.split()
    if pos is None or not words:
        return (lemma,)
    at = _head(words, pos)
    return tuple(sorted(" ".join(words[:at] + [form] + words[at + 1:])
                        for form in _head_forms(words[at], pos, only)))


@functools.cache
def _forms(lemmas: tuple[str, ...], pos: str | None, only: str | None) -> tuple[str, ...]:
    forms = {form for lemma in lemmas for form in inflections(lemma, pos, only=only)}
    return tuple(sorted(forms, key=lambda f: (-len(f), f)))


def pattern(words: Iterable[str], pos: str | None = None, *, only: str | None = None,
            capitalised: bool = False) -> str:
    r"""A non-capturing regex alternation of every form of *words*, longest first.

    A space in a phrase matches any run of white space.

    Parameters
    ----------
    words : iterable of str
        Lemmas or phrases.
    pos : {"VERB", "NOUN", None}
        How to inflect them (see :func:`inflections`).
    only : {None, "past", "finite", "present"}
        Verbs: only these forms (see :func:`inflections`).
    capitalised : bool
        Spell each form with a capital first letter (for case-sensitive patterns
        that find names: "Summit", "Forum").

    Returns
    -------
    str

    Examples
    --------
    >>> pattern(["treaty", "pact"], "NOUN")
    '(?:treaties|treaty|pacts|pact)'
    >>> bool(re.fullmatch(pattern(["enter into"], "VERB"), "entered  into"))
    True
    >>> bool(re.search(pattern(["may", "could"]), "On 20 May 2025", re.IGNORECASE))
    False
    """
    forms = _forms(tuple(sorted(words)), pos, only)
    if capitalised:
        forms = tuple(dict.fromkeys(f[:1].upper() + f[1:] for f in forms))

    def written(form: str) -> str:
        alternative = r"\s+".join(map(re.escape, form.split()))
        # a word that is also a month ("may", "march") stays in lower case in a case-insensitive pattern:
        # "On 20 May 2025" is a date, no hedge
        return f"(?-i:{alternative})" if form in _MONTH_WORDS else alternative

    return "(?:" + alternation(forms, written) + ")"


def alternation(forms: Iterable[str], written: Callable[[str], str], *, cased: bool = False) -> str:
    r"""The regex alternatives ``written(form)`` of *forms*, in their order, filed under each form's first letter.

    At each position the engine then tests a file's letter once instead of trying every form in turn. The matches
    are those of the plain alternation, in either case: forms that start with different letters never match at
    the same place. A letter of one or two forms (filing them would save nothing), or one whose forms do not all
    start with it as written (in two cases, or kept in one case: ``(?-i:may)``), is left as a plain list.

    Parameters
    ----------
    forms : iterable of str
    written : callable
        A form's regex; filed, it must start with the form's first letter, escaped.
    cased : bool
        The alternation is only matched case-sensitively: a letter's capital and small forms are two files.

    Examples
    --------
    >>> alternation(["signed", "signs", "sign", "inked"], re.escape)
    's(?:igned|igns|ign)|inked'
    """
    files: dict[str, list[tuple[str, str]]] = {}
    for form in forms:
        files.setdefault(form[:1] if cased else form[:1].lower(), []).append((form, written(form)))
    out = []
    for entries in files.values():
        first = re.escape(entries[0][0][:1])
        if len(entries) > 2 and all(form[:1] == entries[0][0][:1] and alternative.startswith(first)
                                    for form, alternative in entries):
            out.append(first + "(?:" + "|".join(alternative[len(first):] for _, alternative in entries) + ")")
        else:
            out += [alternative for _, alternative in entries]
    return "|".join(out)


_MONTH_WORDS = frozenset({"may", "march", "august"})


def hints(words: Iterable[str], pos: str | None = None, *, only: str | None = None) -> tuple[str, ...]:
    """Substrings, one per lemma, that every form of it contains (lower case).

    A sentence none of them occurs in cannot match the :func:`pattern` of the same
    words, so a rule can skip it with substring tests, far cheaper than the pattern.

    Parameters
    ----------
    words : iterable of str
        Lemmas or phrases.
    pos : {"VERB", "NOUN", None}
        How they inflect.
    only : {None, "past", "finite"}
        Verbs: only these forms.

    Returns
    -------
    tuple of str

    Examples
    --------
    >>> hints(["treaty", "memorandum of understanding"], "NOUN")
    ('memorand', 'treat')
    """
    found = set()
    for lemma in words:
        firsts = {form.split()[0].lower() for form in inflections(lemma, pos, only=only)}
        found.add(os.path.commonprefix(sorted(firsts)))
    return tuple(sorted(found))
