"""Reference data wins for reference entities: an import can add names, never rename or retype a state."""
from __future__ import annotations

import json

import pytest

from epkg.cli.main import main
from epkg.exports.rdfimport import import_rdf
from epkg.graph.lookup import show
from epkg.graph.names import matches, name_index, resolve
from epkg.graph.network import project
from epkg.graph.store import Store
from epkg.ontology.namespaces import EPID

HIJACK = """\
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix epkg: <https://w3id.org/epkg/ontology#> .
@prefix epid: <https://w3id.org/epkg/id/> .
@prefix state: <https://w3id.org/epkg/id/state/> .
<http://example.org/g1> {
  state:AZE rdfs:label "HIJACKED" ; epkg:iso3 "CHN" ; a epkg:Company .
  <https://w3id.org/epkg/id/partnership/x> a epkg:Partnership ; epkg:partner state:AZE, state:CHN .
}
<http://example.org/g2> { state:AZE rdfs:label "HIJACKED" . }
<http://example.org/g3> { state:AZE rdfs:label "HIJACKED" . }
"""


@pytest.fixture
def hijacked(tmp_path):
    path = tmp_path / "hijack.trig"
    path.write_text(HIJACK, encoding="utf-8")
    store_path = tmp_path / "store"
    store = Store.open(store_path)
    # Twice, under two names: the false label is then stated more often than the true one.
    import_rdf(store, path)
    import_rdf(store, path, name="again")
    return store, store_path


def test_labels_types_and_codes_of_a_state_stay_the_reference_ones(hijacked):
    store, _ = hijacked
    aze = EPID["state/AZE"]
    index = name_index(store)
    assert index.labels[aze] == "Azerbaijan"
    assert index.types[aze] == "State"
    info = show(store, aze)
    assert (info["label"], info["type"], info["iso3"]) == ("Azerbaijan", "State", "AZE")
    assert "HIJACKED" in info["names"]  # an import may add an alternative name
    # ISO codes come from the reference data: "CHN" still names China alone.
    assert resolve(store, "CHN") == EPID["state/CHN"]
    assert [m["label"] for m in matches(store, "HIJACKED")] == ["Azerbaijan"]
    store.close()


def test_cli_show_and_partners_still_say_azerbaijan(hijacked, capsys):
    store, store_path = hijacked
    store.close()
    assert main(["--store", str(store_path), "show", "Azerbaijan"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("Azerbaijan  (State, state:AZE)")
    assert main(["--store", str(store_path), "partners", "China", "--json"]) == 0
    labels = {row["label"] for row in json.loads(capsys.readouterr().out)}
    assert "Azerbaijan" in labels and "HIJACKED" not in labels


def test_network_nodes_keep_the_reference_label_and_kind(hijacked):
    store, _ = hijacked
    G = project(store)
    node = G.nodes[str(EPID["state/AZE"])]
    assert (node["label"], node["kind"]) == ("Azerbaijan", "State")
    store.close()
