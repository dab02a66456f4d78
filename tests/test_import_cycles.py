"""Every epkg module imports, and no two epkg modules import each other, directly or round a loop.

The graph is read from the source with ``ast``: every ``import`` counts, at module level or
inside a function (a deferred import still ties the two modules together; it only hides the
loop until a call runs it). Old module names (``epkg.graph.store`` …) count as the modules they
now are (``epkg.graph.MOVED``), and a name taken from a package that loads it on demand counts
as the module that holds it.
"""
from __future__ import annotations

import ast
import configparser
import importlib
from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parent.parent

KNOWN: set[tuple[str, str]] = set()  # no known cycle is left


def _modules() -> dict[str, Path]:
    """Module name → source file, from the package folders setup.cfg maps."""
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg")
    folders = {}
    for line in config["options"]["package_dir"].strip().splitlines():
        package, folder = (part.strip() for part in line.split("="))
        folders[package] = ROOT / folder
    modules = {}
    for package, folder in folders.items():
        for path in folder.rglob("*.py"):
            parts = path.relative_to(folder).with_suffix("").parts
            name = ".".join((package, *parts))
            modules[name.removesuffix(".__init__")] = path
    return modules


MODULES = _modules()


def _resolve(name: str, imported: str | None = None) -> str | None:
    """The epkg module an import of *name* (and of *imported* from it) loads, or None outside epkg."""
    from epkg.graph import MOVED

    name = MOVED.get(name, name)
    if imported and f"{name}.{imported}" in MODULES:
        return _resolve(f"{name}.{imported}")
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    if not name:
        return None
    on_demand = getattr(importlib.import_module(name), "_EXPORTS", None)
    if imported and isinstance(on_demand, dict) and imported in on_demand:
        where = on_demand[imported]
        return where if "." in where else f"{name}.{where}"
    return name


def import_graph() -> nx.DiGraph:
    graph = nx.DiGraph()
    for module, path in MODULES.items():
        graph.add_node(module)
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            targets = []
            if isinstance(node, ast.Import):
                targets = [_resolve(alias.name) for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                    base = f"{anchor}.{base}" if base else anchor
                targets = [_resolve(base, alias.name) for alias in node.names]
            for target in targets:
                if target and target != module:
                    graph.add_edge(module, target)
    return graph


def test_the_source_tree_is_found():
    assert {"epkg.graph.storage.embedded", "epkg.graph.query.running", "epkg.ontology.classes"} <= set(MODULES)


@pytest.mark.parametrize("name", sorted(m for m in MODULES if not m.endswith(".__main__")))  # __main__ runs the CLI
def test_every_module_imports(name):
    importlib.import_module(name)


def test_no_import_cycles():
    graph = import_graph()
    graph.remove_edges_from(KNOWN)
    cycles = sorted(" → ".join(c + [c[0]]) for c in nx.simple_cycles(graph))
    assert nx.is_directed_acyclic_graph(graph), "import cycles:\n" + "\n".join(cycles[:20])


def test_the_check_sees_a_deferred_import_loop(tmp_path, monkeypatch):
    # The check must see loops made by imports inside functions, as store ↔ remote was.
    a, b = "epkg.graph.storage.embedded", "epkg.graph.storage.opening"
    graph = import_graph()
    assert graph.has_edge(b, a)
    graph.add_edge(a, b)
    assert not nx.is_directed_acyclic_graph(graph)


def test_ontology_imports_nothing_from_graph():
    graph = import_graph()
    leaks = [(a, b) for a, b in graph.edges if a.startswith("epkg.ontology") and b.startswith("epkg.graph")]
    assert leaks == []


def test_old_module_names_are_the_new_modules():
    import epkg.graph.sparql as old_sparql
    import epkg.graph.store as old_store
    from epkg.graph.query import running
    from epkg.graph.storage import embedded

    assert old_store.Store is embedded.Store
    assert old_sparql.execute is running.execute
    assert importlib.import_module("epkg.graph.network") is importlib.import_module("epkg.graph.analysis.projection")
    # the alias leaves the module's own spec in place (multiprocessing and reload read it)
    assert old_store.__spec__.name == "epkg.graph.storage" and old_sparql.__spec__.name == "epkg.graph.query"
