"""Helpers for tests that drive the command line and then look into the store it wrote."""
from __future__ import annotations

from click.testing import CliRunner

from epkg.cli.main import cli
from epkg.graph.store import Store


def run(store, *args, **kwargs):
    """``epkg --store STORE ARGS…`` in-process; returns click's Result."""
    return CliRunner().invoke(cli, ["--store", str(store), *args], **kwargs)


def identifiers(store_path) -> list[str]:
    """The identifiers of the documents a store folder holds, sorted."""
    store = Store.open(store_path, read_only=True)
    try:
        return sorted(str(r["id"]) for r in store.select("SELECT ?id WHERE { GRAPH ?g { ?g dcterms:identifier ?id } }"))
    finally:
        store.close()
