"""Python's cycle collector paused while a phase builds many long-lived objects.

A consolidation refresh, or reading the network of a large store (hundreds of thousands of
facts, their rows and the networkx graph built of them), makes objects that all live until the
phase ends; each full collection walks them all again, so its cost grows faster than the objects
(at 50,000 articles a quarter of reading the network's facts). Little of what these phases make
is cyclic garbage, and what there is gets collected once the collector resumes.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def paused():
    """Pause the cycle collector for the ``with`` block (or, as a decorator, the call); a pause
    inside another leaves it paused until the outer one ends.

    Examples
    --------
    >>> with paused():
    ...     gc.isenabled()
    False
    """
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()


__all__ = ["paused"]
