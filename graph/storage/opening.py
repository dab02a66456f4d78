"""Opening a store by its location: the one place that knows both backends."""
from __future__ import annotations

import os
from pathlib import Path

from epkg.graph.storage.embedded import Store
from epkg.graph.storage.locations import ENV_STORE, check_location, is_remote
from epkg.graph.storage.remote import RemoteStore


def open_store(location: str | Path | None = None, *, read_only: bool = False, reference: bool = True):
    """Open the store at *location*: a :class:`~epkg.graph.storage.remote.RemoteStore` for a
    ``sparql+http(s)://…`` location, else the embedded :class:`~epkg.graph.storage.embedded.Store`
    in that folder.

    Parameters
    ----------
    location : str or Path, optional
        A folder, a remote location, or ``None`` for
        :func:`~epkg.graph.storage.locations.default_location`.
    read_only : bool
        Refuse writes (and open beside a writer, for a folder).
    reference : bool
        Load the ontology and gazetteer graphs when missing (writable stores only).

    Returns
    -------
    Store or RemoteStore

    Examples
    --------
    >>> import tempfile
    >>> with open_store(tempfile.mkdtemp(), reference=False) as store:
    ...     len(store)
    0
    """
    if location is None and is_remote(os.environ.get(ENV_STORE)):
        location = os.environ[ENV_STORE]
    check_location(str(location) if location is not None else os.environ.get(ENV_STORE))
    if is_remote(str(location) if location is not None else None):
        return RemoteStore.open(str(location), read_only=read_only, reference=reference)
    return Store.open(location, read_only=read_only, reference=reference)
