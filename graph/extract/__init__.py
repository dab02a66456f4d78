"""epkg.graph.extract: text → plain facts (entities, relations, dates, quantities).

``extract(record)`` runs the whole pipeline on one document: sentences, the
dateline and credit line, entities (``entities.recognise``), then relations
(``relations.extract_relations``). The gazetteer and reference data link
names to IRIs; spaCy's small English pipeline (``nlp.py``) proposes names in no
list and parses the sentences whose relations need their structure; rules read
levels, capacities, dates, hedges and denials. Nothing goes to the network.
"""
from __future__ import annotations

import datetime as dt

from epkg.graph.documents import DocumentRecord
from epkg.graph.extract.facts import DocumentFacts


def extract(record: DocumentRecord) -> DocumentFacts:
    """Extract everything epkg knows how to read from one document.

    Parameters
    ----------
    record : DocumentRecord

    Returns
    -------
    DocumentFacts

    Examples
    --------
    >>> facts = extract(DocumentRecord("a.txt", "Azerbaijan and China signed a memorandum of understanding."))
    >>> sorted(facts.entities)
    ['state/AZE', 'state/CHN']
    """
    from epkg.graph.extract.entities import recognise
    from epkg.graph.extract.header import find_dateline, story_text
    from epkg.graph.extract.relations import extract_relations
    from epkg.graph.extract.text import split_sentences

    text = story_text(record.text)  # credit lines, links to other stories and captions tell no facts
    facts = DocumentFacts(text, split_sentences(text))
    facts.publisher = record.publisher  # (a credit line in the text, read below, names it when the record does not)
    if not record.published:
        facts.published = _dateline_date(find_dateline(record.text))
    recognise(facts)
    extract_relations(facts, record)
    return facts


def _dateline_date(dateline) -> str | None:
    """A dateline's day, when it gives its year (a month and day alone cannot be placed)."""
    if dateline and dateline.year and dateline.month and dateline.day:
        try:
            return dt.date(dateline.year, dateline.month, dateline.day).isoformat()
        except ValueError:
            return None
    return None
