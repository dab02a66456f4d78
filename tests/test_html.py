"""The HTML view: what it selects, that the file is standalone and escaped, and that Chromium draws it."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote

import networkx as nx
import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from epkg.cli.main import cli
from epkg.cli.main import main
from epkg.exports.html import PHYSICS_MAX_NODES, build_view, render_html, select_view, strongest_ties, write_view
from epkg.graph.build import build_graph
from epkg.graph.documents import DocumentRecord
from epkg.graph.errors import InputError
from epkg.graph.extract.facts import COMPANY, STATE, Cooperation, DocumentFacts, Entity, Partnership, Sentence
from epkg.graph.network import project
from epkg.graph.store import Store
from epkg.ontology.namespaces import EPID

from conftest import SEEDS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
XSS = "<img src=x onerror=alert(1)>"
XSS_ESCAPED = "&lt;img src=x onerror=alert(1)&gt;"


def _graph(n_nodes: int, kinds=("State", "Company")) -> nx.Graph:
    """A ring with chords: node i tied to i+1 and to 2i."""
    G = nx.Graph(layers=["cooperation"])
    for i in range(n_nodes):
        G.add_node(f"n{i}", label=f"Node {i}", kind=kinds[i % len(kinds)])
    for i in range(n_nodes):
        for j in {(i + 1) % n_nodes, (2 * i) % n_nodes} - {i}:
            G.add_edge(f"n{i}", f"n{j}", relations=["cooperation"], weight=1.0, weight_cooperation=1.0,
                       evidence=[], dates=[])
    return G


# ------------------------------------------------------------------ selection

def test_top_keeps_the_most_central_and_says_so():
    G = nx.star_graph(5)
    for n in G:
        G.nodes[n].update(label=f"N{n}", kind="State")
    view = select_view(G, top=3, size_by="degree")
    assert set(view.graph) == {0, 1, 2}  # the centre, then ties broken by label
    assert (view.omitted_nodes, view.omitted_edges) == (3, 3)
    assert "Showing the 3 most central of 6 entities (by degree); 3 entities and 3 ties left out" in view.note
    assert select_view(G, top=10).note is None


def test_focus_depth_and_type():
    G = nx.path_graph(6)
    for n in G:
        G.nodes[n].update(label=f"N{n}", kind="Company" if n == 3 else "State")
    assert set(select_view(G, focus=2, depth=1).graph) == {1, 2, 3}
    assert set(select_view(G, focus=2, depth=2).graph) == {0, 1, 2, 3, 4}
    # --type drops the company, which cuts the path at 3
    assert set(select_view(G, focus=2, depth=3, kinds=["State"]).graph) == {0, 1, 2}
    # the focus survives --top
    assert 5 in select_view(G, focus=5, depth=5, top=2).graph
    with pytest.raises(InputError, match="has no ties"):
        select_view(G, focus=99)
    with pytest.raises(InputError, match="unknown --size-by"):
        select_view(G, size_by="fame")


# ------------------------------------------------------------------ the tie budget

def _weighted() -> nx.Graph:
    """A hub H; A its strongest tie; D, B, C tied to it equally (D by more reports, B before C by label),
    each also tied more strongly to X, Y and Z; W tied to H alone, weakly; F tied to H, A and C."""
    G = nx.Graph()
    ties = [("H", "A", 5, 1), ("H", "D", 3, 4), ("H", "B", 3, 2), ("H", "C", 3, 2), ("H", "W", 0.5, 1),
            ("F", "H", 1, 1), ("F", "A", 0.2, 1), ("F", "C", 0.1, 1)]
    ties += [(n, far, w, 1) for n in "BCD" for far, w in (("X", 9), ("Y", 8), ("Z", 7))]
    for a, b, weight, reports in ties:
        G.add_edge(a, b, weight=float(weight), reports=reports)
    for n in G:
        G.nodes[n].update(label=f"Entity {n}", kind="State")
    return G


def _pairs(edges) -> set[str]:
    return {"".join(sorted(e)) for e in edges}


def test_each_node_keeps_its_k_strongest_ties():
    G = _weighted()
    assert G.number_of_edges() == 17
    # K=1: everyone's strongest tie; X, Y and Z take B, first by label among equals; W keeps its only, weak tie
    assert _pairs(strongest_ties(G, 1)) == {"AH", "BX", "CX", "DX", "HW", "BY", "BZ", "FH"}
    # K=2: the hub takes A and, of the three equal ties, D's (more reports); H–B, H–C are no one's two
    # strongest, nor D–Z (D has X and Y, Z has B and C by label), nor F–C (F has H and A)
    assert _pairs(strongest_ties(G, 2)) == {"AH", "DH", "AF", "FH", "HW", "BX", "BY", "CX", "CY", "DX", "DY",
                                            "BZ", "CZ"}
    # K=3: the hub takes B before C (same weight and reports; by label); F takes C
    assert _pairs(strongest_ties(G, 3)) == _pairs(G.edges()) - {"CH"}
    # every tie of a node to keep (the focus)
    assert _pairs(strongest_ties(G, 2, keep=["F"])) == _pairs(strongest_ties(G, 2)) | {"CF"}
    assert _pairs(strongest_ties(G, 1, keep=["H"])) >= {"AH", "BH", "CH", "DH", "FH", "HW"}
    # no node with a tie loses all of them
    for k in (1, 2, 3):
        assert {n for e in strongest_ties(G, k) for n in e} == set(G)
    assert strongest_ties(G, 0) == list(G.edges())
    with pytest.raises(InputError, match="ties-per-node"):
        strongest_ties(G, -1)


def test_the_backbone_does_not_depend_on_the_graph_order():
    G = _weighted()
    H = nx.Graph()
    H.add_nodes_from(sorted(G, reverse=True), label="?")
    H.add_edges_from((b, a, d) for a, b, d in reversed(list(G.edges(data=True))))
    for n in H:
        H.nodes[n].update(G.nodes[n])
    for k in (1, 2, 3):
        assert _pairs(strongest_ties(H, k)) == _pairs(strongest_ties(G, k))
        assert strongest_ties(G, k) == strongest_ties(G, k)


def test_the_view_draws_the_backbone_and_says_what_it_left_out():
    G = _weighted()
    view = select_view(G, top=None, ties_per_node=2)
    assert _pairs(view.graph.edges()) == _pairs(strongest_ties(G, 2))
    assert set(view.graph) == set(G)
    assert (view.omitted_nodes, view.omitted_edges, view.trimmed_edges) == (0, 4, 4)
    # no entity is left out, yet the note says which ties are, and how to get them
    assert view.note == ("Of the 17 ties among the entities shown, 13 are drawn (the 2 strongest ties of each "
                         "entity); 4 ties left out. Raise --ties-per-node, or 0 to draw them all.")
    drawn = view.graph.edges["H", "A"]
    assert (drawn["weight"], drawn["reports"]) == (5.0, 1)  # the edges keep their attributes
    # the focus keeps every tie it has
    focused = select_view(G, focus="F", depth=3, top=None, ties_per_node=2)
    assert _pairs(focused.graph.edges()) == _pairs(strongest_ties(G, 2)) | {"CF"}
    assert "and every tie of the focus" in focused.note
    # --top first, then the budget among the entities kept: both counted apart
    top = select_view(G, top=6, size_by="degree", ties_per_node=1)
    among = G.subgraph(top.graph).number_of_edges()
    assert top.graph.number_of_edges() + top.trimmed_edges == among
    assert top.omitted_edges == G.number_of_edges() - top.graph.number_of_edges()
    assert f"{top.omitted_nodes} entities and {G.number_of_edges() - among} ties left out" in top.note
    assert f"Of the {among} ties among the entities shown" in top.note
    # 0: every tie, as before the budget; nothing to say
    whole = select_view(G, top=None, ties_per_node=0)
    assert whole.graph.number_of_edges() == 17 and whole.trimmed_edges == 0 and whole.note is None
    with pytest.raises(InputError, match="ties-per-node"):
        select_view(G, ties_per_node=-1)


def test_viz_json_counts_on_a_store_the_ingest_built(tmp_path, capsys):
    # Five states sign one declaration (ten ties, all alike); two of them then a partnership,
    # which makes their tie the strongest of both.
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(
        "date 2025-03-04 TASHKENT, March 4. The energy ministers of Azerbaijan, Georgia, Kazakhstan, Turkmenistan "
        "and Uzbekistan signed a joint declaration on energy cooperation in Tashkent on Tuesday.\n")
    (docs / "b.txt").write_text(
        "date 2025-05-12 ASHGABAT, May 12. Turkmenistan and Uzbekistan signed a comprehensive strategic partnership "
        "agreement on energy in Ashgabat on Monday, the presidents of the two countries said.\n")
    location = tmp_path / "store"
    assert main(["--store", str(location), "ingest", str(docs)]) == 0
    capsys.readouterr()

    def viz(*args):
        assert main(["--store", str(location), "viz", "-o", str(tmp_path / "v.html"), "--json", *args]) == 0
        out, err = capsys.readouterr()
        info = json.loads(out)
        return (info["nodes"], info["edges"], info["trimmed_edges"], info["omitted_edges"]), info["note"], err

    # every state keeps its strongest tie: Turkmenistan and Uzbekistan each other's, the other
    # three (all alike) the first by label: Azerbaijan–Georgia, Georgia–Azerbaijan, Kazakhstan–Azerbaijan
    counts, note, err = viz("--ties-per-node", "1")
    assert counts == (5, 3, 7, 7)
    assert "Of the 10 ties among the entities shown, 3 are drawn (the strongest tie of each entity); 7 ties left out" \
        in note
    assert err == f"epkg viz: {note}\n"
    page = BeautifulSoup((tmp_path / "v.html").read_text(), "html.parser")
    assert "7 ties left out. Raise --ties-per-node" in page.find(id="note").get_text()
    data = json.loads(page.find("script", id="epkg-data").string)
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    assert sorted(tuple(sorted((labels[e["from"]], labels[e["to"]]))) for e in data["edges"]) == [
        ("Azerbaijan", "Georgia"), ("Azerbaijan", "Kazakhstan"), ("Turkmenistan", "Uzbekistan")]
    # two a state: the first three tie up among themselves, the other two to Azerbaijan
    assert viz("--ties-per-node", "2")[0] == (5, 6, 4, 4)
    # the focus keeps its four ties
    assert viz("--ties-per-node", "1", "--focus", "Kazakhstan")[0] == (5, 6, 4, 4)
    # the default (5) and 0 draw all ten
    assert viz()[:2] == ((5, 10, 0, 0), None)
    assert viz("--ties-per-node", "0")[:2] == ((5, 10, 0, 0), None)
    # the data exports are never trimmed: every tie, whatever the view draws
    assert main(["--store", str(location), "export", "--format", "graphml", "-o", str(tmp_path / "n.graphml"),
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["edges"] == 10
    assert nx.read_graphml(tmp_path / "n.graphml").number_of_edges() == 10


def test_physics_off_with_a_layout_above_the_limit():
    small = select_view(_graph(20))
    assert small.physics and not small.positions
    big = select_view(_graph(PHYSICS_MAX_NODES + 10), top=None)
    assert not big.physics
    assert set(big.positions) == set(big.graph)
    xs = [p[0] for p in big.positions.values()]
    assert max(xs) - min(xs) > 500  # spread out in page pixels, not squeezed into a unit square


# ------------------------------------------------------------------ the file

def _xss_store() -> Store:
    """A store whose entity label and document title are markup."""
    text = "Atlantis and Lemuria will cooperate. Atlantis and Lemuria agreed on a strategic partnership."
    s0, s1 = text.split(". ")
    facts = DocumentFacts(text, sentences=[Sentence(0, 0, len(s0) + 1, s0 + "."),
                                           Sentence(1, len(s0) + 2, len(text), s1)])
    facts.entities = {"state/ATL": Entity("state/ATL", STATE, "Atlantis", iso3="ATL"),
                      "organization/evil": Entity("organization/evil", COMPANY, XSS)}
    facts.cooperations = [Cooperation(("state/ATL", "organization/evil"), 0)]
    facts.partnerships = [Partnership(("state/ATL", "organization/evil"), "strategic partnership", 1)]
    record = DocumentRecord("xss.txt", text, title=XSS, published="2025-01-02", publisher="<b>Wire</b>",
                            source="javascript:alert(1)")
    store = Store.memory()
    store.add_document(record.iri, record.identifier, build_graph(record, facts))
    return store


def _external_references(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for tag in soup.find_all(True):
        for attr in ("src", "href"):
            value = tag.get(attr)
            if value and re.match(r"\s*(https?:)?//", value, re.I):
                found.append(f"{tag.name} {attr}={value}")
    return found


def test_file_is_standalone_and_escaped(tmp_path):
    view = build_view(_xss_store())
    html = render_html(view)
    assert _external_references(html) == []
    assert not re.search(r"<script[^>]*\ssrc\s*=", html, re.I)
    assert not re.search(r"<link\b", html, re.I)  # no stylesheet to fetch either
    assert "@license" in html and "vis-network" in html  # vis-network inlined, its licence header kept
    assert XSS not in html and "<b>Wire</b>" not in html
    soup = BeautifulSoup(html, "html.parser")
    data = json.loads(soup.find("script", id="epkg-data").string)
    assert sorted(n["label"] for n in data["nodes"]) == sorted(["Atlantis", XSS])
    (edge,) = data["edges"]
    assert edge["relations"] == ["cooperation", "partnership"]
    assert edge["relation"] == "partnership" and edge["level"] == "strategic partnership"
    assert edge["width"] == 5.0  # 1 + the rank of "strategic partnership"
    assert {e["title"] for e in edge["evidence"]} == {XSS}
    assert soup.find("img") is None
    assert sorted(o.get_text() for o in soup.select("#node-names option")) == sorted(["Atlantis", XSS])


def test_write_view_refuses_other_suffixes(tmp_path):
    with pytest.raises(InputError, match="HTML file"):
        write_view(select_view(_graph(3)), tmp_path / "view.png")


def test_viz_command_reports_what_it_left_out(tmp_path, monkeypatch):
    store = Store.memory()
    facts = DocumentFacts("x", sentences=[Sentence(0, 0, 1, "x")])
    for i in range(12):
        a, b = f"organization/c{i}", f"organization/c{(i + 1) % 12}"
        facts.entities.setdefault(a, Entity(a, COMPANY, f"C{i}"))
        facts.cooperations.append(Cooperation((a, b), 0))
    record = DocumentRecord("ring.txt", "x")
    store.add_document(record.iri, record.identifier, build_graph(record, facts))
    monkeypatch.setattr("epkg.cli.main.Context.store", lambda self, read_only=False: store)
    r = CliRunner().invoke(cli, ["viz", "-o", str(tmp_path / "v.html"), "--top", "5", "--json"])
    assert r.exit_code == 0, r.output
    # A ring: equal PageRank everywhere, so the first five labels C0, C1, C10, C11, C2 stay,
    # tied by C0–C1, C0–C11, C1–C2 and C10–C11.
    assert r.stderr == ("epkg viz: Showing the 5 most central of 12 entities (by pagerank); 7 entities and "
                        "8 ties left out. Narrow with --focus, --type or --layers, or raise --top.\n")
    assert json.loads(r.stdout) == {"output": str(tmp_path / "v.html"), "nodes": 5, "edges": 4,
                                    "omitted_nodes": 7, "omitted_edges": 8, "trimmed_edges": 0, "ties_per_node": 5,
                                    "physics": True, "note": r.stderr.removeprefix("epkg viz: ").strip()}
    note = BeautifulSoup((tmp_path / "v.html").read_text(), "html.parser").find(id="note")
    assert "7 entities and 8 ties left out" in note.get_text()


# ------------------------------------------------------------------ in a real browser

def _dump_dom(html_path: Path, profile: Path, fragment: str = "") -> str:
    if CHROMIUM is None:
        pytest.skip("chromium not installed (.ci/run installs Debian's chromium)")
    r = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        f"--user-data-dir={profile}", "--virtual-time-budget=10000", "--dump-dom",
                        html_path.resolve().as_uri() + fragment],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-500:]
    return r.stdout


def _drawn(dom: str) -> tuple[int, int]:
    body = BeautifulSoup(dom, "html.parser").body
    assert body.get("data-status") == "drawn", body.attrs
    return int(body["data-nodes"]), int(body["data-edges"])


@pytest.mark.slow
def test_chromium_draws_the_seed_view(tmp_path):
    from epkg.graph.ingest import ingest

    store = Store.memory()
    ingest([SEEDS], store)
    G = project(store)
    assert G.number_of_edges() > 0
    path = write_view(build_view(store), tmp_path / "seed.html")
    assert _external_references(path.read_text()) == []
    dom = _dump_dom(path, tmp_path / "profile")
    assert _drawn(dom) == (G.number_of_nodes(), G.number_of_edges())
    body = BeautifulSoup(dom, "html.parser").body
    assert body["data-layout"] == "settled"  # physics ran, settled and stopped


@pytest.mark.slow
def test_chromium_shows_markup_as_text(tmp_path):
    store = _xss_store()
    path = write_view(build_view(store), tmp_path / "xss.html")
    evil = quote(str(EPID["organization/evil"]), safe="")
    dom = _dump_dom(path, tmp_path / "profile", f"#node={evil}")
    assert _drawn(dom) == (2, 1)
    soup = BeautifulSoup(dom, "html.parser")
    assert soup.find("img") is None and soup.find("b", string="Wire") is None
    details = soup.find(id="details")
    assert details.find("h2").get_text() == XSS  # the entity's details, its label as text
    assert XSS_ESCAPED in str(details)
    assert XSS in details.get_text()  # the document title, in the evidence source line
    assert "<b>Wire</b>" in details.get_text()
    assert details.find("a") is None  # a javascript: source is not made a link


@pytest.mark.slow
def test_chromium_draws_a_big_view_with_a_precomputed_layout(tmp_path):
    G = _graph(400)
    view = select_view(G, top=300)
    path = write_view(view, tmp_path / "big.html")
    dom = _dump_dom(path, tmp_path / "profile")
    assert _drawn(dom) == (300, view.graph.number_of_edges())
    soup = BeautifulSoup(dom, "html.parser")
    assert soup.body["data-layout"] == "precomputed"
    assert "100 entities" in soup.find(id="note").get_text()


def test_the_view_shows_the_evidence_of_the_network_read_whole():
    # the view reads the sentences of the ties it draws only, a few reports a tie: on the seed
    # each tie shows what the network read with every sentence gives it
    from epkg.exports.html import network_data
    from epkg.graph.ingest import ingest

    seed_store = Store.memory()
    assert ingest([str(SEEDS)], seed_store).failed == 0

    view = build_view(seed_store, top=None)
    whole = select_view(project(seed_store), top=None)
    _, edges, _ = network_data(view)
    _, expected, _ = network_data(whole)
    assert len(edges) > 5
    assert [(e["from"], e["to"], e["evidence"], e["evidence_count"]) for e in edges] == \
        [(e["from"], e["to"], e["evidence"], e["evidence_count"]) for e in expected]
    assert all(e["evidence"] and e["evidence"][0]["sentence"] and e["evidence"][0]["document"] for e in edges)
