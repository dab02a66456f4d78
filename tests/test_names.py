"""Entity names on the command line: names, variants, acronyms, demonyms, ISO3, IRIs; typos; ambiguity."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from epkg.cli.main import main
from epkg.graph.names import AmbiguousName, UnknownName, curie, matches, resolve, suggest
from epkg.graph.store import Store
from epkg.ontology.namespaces import EPID

sys.path.insert(0, str(Path(__file__).parent))
from sample_graph import fill, sample_store  # noqa: E402

SCO = EPID["organization/shanghai-cooperation-organization"]


@pytest.fixture(scope="module")
def store():
    return sample_store()


@pytest.mark.parametrize("name, key", [
    ("Azerbaijan", "state/AZE"),
    ("azerbaijan", "state/AZE"),
    ("  Azerbaijan ", "state/AZE"),
    ("Republic of Azerbaijan", "state/AZE"),
    ("AZE", "state/AZE"),
    ("aze", "state/AZE"),
    ("Azerbaijani", "state/AZE"),
    ("Azeri", "state/AZE"),
    ("epid:state/AZE", "state/AZE"),
    ("state:AZE", "state/AZE"),
    ("https://w3id.org/epkg/id/state/AZE", "state/AZE"),
    ("<https://w3id.org/epkg/id/state/AZE>", "state/AZE"),
    ("SCO", "organization/shanghai-cooperation-organization"),
    ("the SCO", "organization/shanghai-cooperation-organization"),
    ("Shanghai Cooperation Organisation", "organization/shanghai-cooperation-organization"),
    ("China Energy", "organization/china-energy-investment-corporation"),
    ("Türkiye", "state/TUR"),
    ("Turkiye", "state/TUR"),
    ("Chinese", "state/CHN"),
    ("Beijing", "place/beijing"),
    ("SCO Energy Ministers Meeting", "event/sco-energy-ministers-meeting-2025-06-25"),
])
def test_resolution_table(store, name, key):
    assert resolve(store, name) == EPID[key]


@pytest.mark.parametrize("typo, expected", [
    ("Azerbajan", "Azerbaijan"),
    ("Kazakstan", "Kazakhstan"),
    ("Shanghai Cooperation Organiztion", "Shanghai Cooperation Organization"),
    ("Bejing", "Beijing"),
])
def test_typos_suggest_the_closest_name(store, typo, expected):
    with pytest.raises(UnknownName) as info:
        resolve(store, typo)
    assert info.value.suggestions[0] == expected
    assert f"did you mean {expected}" in str(info.value)
    assert suggest(store, typo)[0] == expected


def test_unknown_without_suggestion(store):
    with pytest.raises(UnknownName) as info:
        resolve(store, "Qwxzzy")
    assert info.value.suggestions == []
    assert str(info.value) == "no entity named 'Qwxzzy'"


def test_unknown_iri(store):
    with pytest.raises(UnknownName) as info:
        resolve(store, "epid:state/XXX")
    assert "epid:state/XXX" in str(info.value)


def test_ambiguous_name_lists_candidates(store):
    with pytest.raises(AmbiguousName) as info:
        resolve(store, "Absheron Solar")
    assert [c["iri"] for c in info.value.candidates] == [
        str(EPID["project/absheron-solar-aze-solar-1000mw"]), str(EPID["project/absheron-solar-aze-solar-1200mw"])]
    assert all(c["type"] == "EnergyProject" for c in info.value.candidates)
    assert "project:absheron-solar-aze-solar-1000mw" in str(info.value)
    # Each candidate's IRI resolves.
    assert resolve(store, "project:absheron-solar-aze-solar-1200mw") == EPID["project/absheron-solar-aze-solar-1200mw"]


def test_label_beats_alternative_label():
    """A canonical name wins over another entity's alternative name."""
    from rdflib import Graph, Literal
    from rdflib.namespace import RDFS, SKOS

    store = Store.memory()
    g = Graph()
    g.add((EPID["place/georgia-usa"], RDFS.label, Literal("Georgia (U.S. state)")))
    g.add((EPID["place/georgia-usa"], SKOS.altLabel, Literal("Georgia")))
    store.put_graph(EPID["graph/test"], g)
    assert resolve(store, "Georgia") == EPID["state/GEO"]
    assert [m["iri"] for m in matches(store, "Georgia")] == [str(EPID["state/GEO"])]


def test_index_follows_new_documents():
    store = Store.memory()
    with pytest.raises(UnknownName):
        resolve(store, "Absheron Solar")
    fill(store)
    with pytest.raises(AmbiguousName):
        resolve(store, "Absheron Solar")


def test_curie():
    assert curie(EPID["state/AZE"]) == "state:AZE"
    assert curie(EPID["graph/gazetteer"]) == "epid:graph/gazetteer"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("names") / "store"
    s = Store.open(path)
    fill(s)
    s.close()
    return path


def test_cli_typo_exits_1_with_suggestion(store_dir, capsys):
    assert main(["--store", str(store_dir), "partners", "Azerbajan"]) == 1
    assert capsys.readouterr().err == "epkg: error: no entity named 'Azerbajan'; did you mean Azerbaijan?\n"


def test_cli_ambiguous_exits_1_listing_candidates(store_dir, capsys):
    assert main(["--store", str(store_dir), "show", "Absheron Solar"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ambiguous" in err and "project:absheron-solar-aze-solar-1200mw" in err


def test_a_surname_finds_the_person_and_show_lists_no_bookkeeping():
    from epkg.graph.ingest import ingest
    from epkg.graph.query.lookup import show

    store = Store.memory()
    ingest([str(Path(__file__).parent.parent / "seeds")], store)
    aliyev = resolve(store, "Aliyev")
    assert aliyev == EPID["person/ilham-aliyev"]
    # the meta graph's index of the entity is no statement about it
    assert {s["property"] for s in show(store, aliyev)["statements"]} == {"epkg:position", "epkg:represents"}
    # a name of its own beats a surname: the state, not a person called "… Azerbaijan"
    assert resolve(store, "Azerbaijan") == EPID["state/AZE"]
