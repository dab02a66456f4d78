"""What every command receives: the store location, and the store once opened.

Kept apart from :mod:`epkg.cli.main` so that a command module can be imported on its own
(``main`` imports every command module to register it).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import click


@dataclass
class Context:
    """What every command gets: where the store is, and the store once opened."""
    location: str | Path | None  # a folder, or a sparql+http(s):// remote store
    debug: bool = False
    _stores: dict = field(default_factory=dict)

    def store(self, *, read_only: bool = False):
        """The store, opened on first use (read-only for commands that only read)."""
        from epkg.graph.store import open_store

        key = "ro" if read_only else "rw"
        if "rw" in self._stores:
            return self._stores["rw"]
        if key not in self._stores:
            self._stores[key] = open_store(self.location, read_only=read_only) if read_only and self._exists() \
                else open_store(self.location)
        return self._stores[key]

    def _exists(self) -> bool:
        from epkg.graph.remote import is_remote
        from epkg.graph.store import default_location
        if is_remote(self.location):
            return True
        return Path(self.location or default_location()).expanduser().exists()

    def close(self) -> None:
        for store in self._stores.values():
            store.close()
        self._stores.clear()


pass_context = click.make_pass_decorator(Context)
