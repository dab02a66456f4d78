"""Every example in a docstring runs and shows what it says (the examples are documentation)."""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

PACKAGES = ("epkg.ontology", "epkg.graph", "epkg.exports", "epkg.cli")


def _modules() -> list[str]:
    names = []
    for package in PACKAGES:
        path = importlib.import_module(package).__path__
        names += [m.name for m in pkgutil.walk_packages(path, package + ".") if not m.name.endswith("__main__")]
    return sorted(names)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize("name", _modules())
def test_docstring_examples(name):
    module = importlib.import_module(name)  # also proves each module imports on its own
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, report=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name} (run: python -m doctest -v)"


def test_the_examples_are_many():
    """A guard against the walk finding nothing (every module would pass vacuously)."""
    finder = doctest.DocTestFinder()
    examples = sum(len(t.examples) for n in _modules() for t in finder.find(importlib.import_module(n)))
    assert examples > 200
