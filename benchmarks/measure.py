"""Measuring helpers shared by the benchmark scripts: the machine, time, memory, results files."""
from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

DEFAULT_OUT = Path(__file__).resolve().parent / "results"


def machine() -> dict:
    """What the numbers were measured on, including how busy the machine was."""
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import psutil
        memory_gb = round(psutil.virtual_memory().total / 2**30, 1)
    except ImportError:
        memory_gb = None
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    import pyoxigraph
    import rdflib
    return {"cpu": model, "cores": os.cpu_count(), "memory_gb": memory_gb, "python": platform.python_version(),
            "platform": platform.platform(), "pyoxigraph": pyoxigraph.__version__, "rdflib": rdflib.__version__,
            "load_average_1min_at_start": round(load, 2) if load is not None else None}


def median_time(fn, *, repeat: int = 5, warmup: int = 1, budget_s: float = 60.0) -> dict:
    """Median wall time of *fn()* over *repeat* runs after *warmup* runs.

    Stops early (with fewer runs) once *budget_s* seconds have been spent, so one
    slow engine cannot stall a benchmark; the count of runs is returned.
    """
    for _ in range(warmup):
        fn()
    times, spent = [], 0.0
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        dt = time.perf_counter() - t0
        times.append(dt)
        spent += dt
        if spent > budget_s:
            break
    return {"median_s": statistics.median(times), "min_s": min(times), "runs": len(times)}


class PeakRSS:
    """Peak resident memory of a process and its descendants, sampled in a thread."""

    def __init__(self, pid: int, interval: float = 0.1):
        import psutil
        self._root = psutil.Process(pid)
        self.peak = 0
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> int:
        import psutil
        total = 0
        try:
            procs = [self._root] + self._root.children(recursive=True)
        except psutil.Error:
            return 0
        for p in procs:
            try:
                total += p.memory_info().rss
            except psutil.Error:
                pass
        return total

    def _run(self):
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample())
            self._stop.wait(self._interval)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def run_measured(cmd: list[str], **kwargs) -> dict:
    """Run *cmd*, returning wall seconds, peak RSS (MB, whole process tree), exit code and stdout."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)
    with PeakRSS(proc.pid) as rss:
        out, err = proc.communicate()
    wall = time.perf_counter() - t0
    return {"wall_s": wall, "peak_rss_mb": rss.peak / 2**20, "returncode": proc.returncode,
            "stdout": out, "stderr": err}


def epkg_command() -> list[str]:
    """The ``epkg`` CLI run by the current interpreter (works in any venv)."""
    return [sys.executable, "-m", "epkg.cli"]


def write_results(out: Path, name: str, data: dict, table: str) -> None:
    """Write ``{name}.json`` (everything) and ``{name}.md`` (the table for RESULTS.md) into *out*."""
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{name}.json").write_text(json.dumps(data, indent=2, default=str) + "\n")
    (out / f"{name}.md").write_text(table + "\n")


def markdown_table(headers: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)
