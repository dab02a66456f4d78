"""Where a store is: a folder (the default one, or one named), or a remote SPARQL server."""
from __future__ import annotations

import os
import re
from pathlib import Path

from epkg.graph.storage.contract import StoreError

ENV_STORE = "EPKG_STORE"
SCHEMES = ("sparql+http", "sparql+https")
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def default_location() -> Path:
    """``$EPKG_STORE``, else ``$XDG_DATA_HOME/epkg/store`` (``~/.local/share/epkg/store``).

    Returns
    -------
    Path

    Examples
    --------
    >>> default_location().name
    'store'
    """
    if os.environ.get(ENV_STORE):
        return Path(os.environ[ENV_STORE]).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "epkg" / "store"


def is_remote(location) -> bool:
    """Whether *location* names a remote SPARQL store (``sparql+http(s)://…``).

    Examples
    --------
    >>> is_remote("sparql+http://127.0.0.1:7878"), is_remote("/var/lib/epkg")
    (True, False)
    """
    return isinstance(location, str) and location.split("://", 1)[0].lower() in SCHEMES


def check_location(location) -> None:
    """Refuse a store location that looks like a URL but names no remote store we speak to.

    Without this, ``--store http://host/sparql`` silently made a folder called ``http:``.

    Parameters
    ----------
    location : str, Path or None

    Returns
    -------
    None

    Raises
    ------
    StoreError
        Saying what to write instead.

    Examples
    --------
    >>> try:
    ...     check_location("http://127.0.0.1:7878/")
    ... except StoreError as exc:
    ...     print(exc)
    --store 'http://127.0.0.1:7878/' looks like a URL, not a folder: for a SPARQL server write sparql+http://127.0.0.1:7878/
    """
    if isinstance(location, str) and _URL.match(location) and not is_remote(location):
        scheme = location.split("://", 1)[0].lower()
        hint = (f"sparql+{location}" if scheme in ("http", "https")
                else "sparql+http://HOST:PORT/… for a SPARQL server, or a folder path")
        raise StoreError(f"--store {location!r} looks like a URL, not a folder: for a SPARQL server write {hint}")
