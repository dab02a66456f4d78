"""What every command receives: the store location, and the store once opened.

Kept apart from :mod:`epkg.cli.main` so that a command module can be imported on its own
(``main`` imports every command module to register it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import click

from epkg.cli.errors import CliError, NoStore


@dataclass
class Context:
    """What every command gets: where the store is, and the store once opened."""
    location: str | Path | None  # a folder, or a sparql+http(s):// remote store
    debug: bool = False
    _stores: dict = field(default_factory=dict)

    def __post_init__(self):
        from epkg.graph.store import check_location

        check_location(self.location)  # before any command can make a folder of a URL

    def store(self, *, read_only: bool = False, create: bool = False):
        """The store, opened on first use (read-only for commands that only read).

        Only commands that add documents (``create``) make a new store folder; any other
        command on a folder that holds no store says so, so that a mistyped ``--store``
        creates nothing.
        """
        from epkg.graph.store import open_store

        key = "ro" if read_only else "rw"
        if "rw" in self._stores:
            return self._stores["rw"]
        if key not in self._stores:
            if not create:
                self.require_store()
            self._stores[key] = open_store(self.location, read_only=read_only)
        return self._stores[key]

    def require_store(self) -> None:
        """Raise :class:`NoStore` when the location is a folder that does not exist."""
        from epkg.graph.remote import is_remote

        if not is_remote(self.location) and not self._path().exists():
            raise NoStore(f"no store at {self._path()}: epkg ingest (or epkg import) makes one")

    def _path(self) -> Path:
        from epkg.graph.store import default_location
        return Path(self.location or default_location()).expanduser()

    def close(self) -> None:
        for store in self._stores.values():
            store.close()
        self._stores.clear()


pass_context = click.make_pass_decorator(Context)

_UNITS = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}


def parse_size(text: str, option: str, minimum: int = 1) -> int:
    """Bytes from a size such as ``512M``, ``2G``, ``1.5GiB`` or ``1000000``; CliError below *minimum*.

    Parameters
    ----------
    text : str
    option : str
        The option's name, for the error message.
    minimum : int
        Smallest size accepted, in bytes.

    Returns
    -------
    int

    Examples
    --------
    >>> parse_size("2G", "--max-memory"), parse_size("512MiB", "--max-memory")
    (2147483648, 536870912)
    """
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMGT]?)(?:i?B)?\s*", text or "", re.I)
    if not m:
        raise CliError(f"{option} wants a size such as 512M or 2G, not {text!r}")
    size = int(float(m.group(1)) * _UNITS[m.group(2).upper()])
    if size < minimum:
        raise CliError(f"{option} {text} is too small: at least {minimum >> 20}M is needed"
                         if minimum >= 1 << 20 else f"{option} {text} is too small: at least {minimum} bytes")
    return size
