"""Every example in the four guides of docs/ runs, in the order the guide gives it.

A guide's code blocks run against a store holding the seed and the sample documents (the
guides assume ``epkg ingest seeds/`` was run), one fresh copy per guide, in a folder that
holds ``seeds/``, ``corpus/`` (the seed again) and the files a guide names as the reader's own:

- ``console`` and ``text`` blocks: each ``$ epkg …`` line runs; the lines under it, when there
  are any, are its exact output (stdout and stderr as a terminal shows them). Output that
  starts with ``epkg: error`` means the command must fail with status 1, else it must succeed.
- ``sh`` blocks and plain blocks with ``epkg`` commands: every line runs and must succeed
  (``# …`` comments and a ``> FILE`` redirection are understood).
- ``sparql`` blocks are checked and run; ``python`` blocks are executed with ``EPKG_STORE`` set.

A block that cannot run here (it needs a Dask cluster, a SPARQL server, a browser …) is preceded
by ``<!-- not run: REASON -->`` in the guide; the reason is required. A plain block without any
``epkg`` command (a syntax summary, a folder tree) is no example.
"""
from __future__ import annotations

import os
import re
import shlex
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from epkg.cli.main import cli
from epkg.graph.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from conftest import SEEDS  # noqa: E402
from sample_graph import fill  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
GUIDES = sorted((REPO / "docs").glob("*.md"))
NOT_RUN = re.compile(r"^\s*<!--\s*not run:\s*(.*?)\s*-->\s*$")
FENCE = re.compile(r"^(\s*)```(\w*)\s*$")

# Files a guide treats as the reader's own, so that its examples can run
READERS_FILES = {
    "wikidata-extract.ttl": "<http://www.wikidata.org/entity/Q227> "
                            "<http://www.w3.org/2000/01/rdf-schema#label> \"Azerbaijan\"@en .\n",
}


@dataclass
class Block:
    guide: str
    line: int
    lang: str
    text: str
    not_run: str | None = None
    commands: list = field(default_factory=list)  # (command, expected output or None)

    def __str__(self):
        return f"{self.guide}:{self.line} ({self.lang or 'plain'})"


def _commands(lang: str, lines: list[str]) -> list[tuple[str, str | None]]:
    """The commands of a shell block with, for console-style blocks, the output shown under each."""
    console = any(line.startswith("$ ") for line in lines)
    found: list[list] = []
    pending = None
    for line in lines:
        if pending is not None:  # a quoted argument spanning lines
            pending += "\n" + line
            if _complete(pending):
                found.append([pending, []])
                pending = None
            continue
        if console and not line.startswith("$ "):
            if found:
                found[-1][1].append(line)
            continue
        command = line[2:] if console else line.strip()
        if not command or command.startswith("#"):
            continue
        if _complete(command):
            found.append([command, []])
        else:
            pending = command
    assert pending is None, f"unfinished command {pending!r}"
    return [(c, "\n".join(out) if out else None) for c, out in found]


def _complete(command: str) -> bool:
    try:
        shlex.split(command, comments=True)
    except ValueError:
        return False
    return True


def blocks(path: Path) -> list[Block]:
    lines = path.read_text(encoding="utf-8").splitlines()
    found, i = [], 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        indent, lang = len(m.group(1)), m.group(2)
        j = i + 1
        while not FENCE.match(lines[j]) or FENCE.match(lines[j]).group(2):
            j += 1
        body = [line[indent:] for line in lines[i + 1:j]]
        before = next((line for line in reversed(lines[:i]) if line.strip()), "")
        reason = NOT_RUN.match(before)
        block = Block(path.name, i + 1, lang, "\n".join(body), reason.group(1) if reason else None)
        if lang in ("", "sh", "console", "text"):
            block.commands = _commands(lang, body)
        found.append(block)
        i = j + 1
    return found


def examples(path: Path) -> list[Block]:
    """The blocks of *path* that are examples: code, queries, or shell blocks with an ``epkg`` command."""
    return [b for b in blocks(path) if b.lang in ("python", "sparql", "sh", "console")
            or any(c.startswith("epkg ") for c, _ in b.commands)]


@pytest.fixture(scope="module")
def base_store(tmp_path_factory):
    from epkg.graph.consolidate import rebuild
    from epkg.graph.ingest import ingest

    path = tmp_path_factory.mktemp("docs") / "store"
    with Store.open(path) as store:
        summary = ingest([str(SEEDS)], store)
        assert summary.read and not summary.failed, summary.failures
        fill(store)
        rebuild(store)  # the sample documents are stored by hand: bring the consolidated graph up to date
    return path


@pytest.fixture
def workdir(tmp_path, base_store, monkeypatch):
    store = tmp_path / "store"
    shutil.copytree(base_store, store)
    folder = tmp_path / "work"
    folder.mkdir()
    shutil.copytree(SEEDS, folder / "seeds")
    shutil.copytree(SEEDS, folder / "corpus")
    os.symlink(REPO / "queries", folder / "queries")
    for name, text in READERS_FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(folder)
    monkeypatch.setenv("EPKG_STORE", str(store))
    return store


def _run(store: Path, block: Block, command: str, expected: str | None) -> None:
    args = shlex.split(command, comments=True)
    assert args[0] == "epkg", f"{block}: {command!r} is no epkg command: mark the block <!-- not run: … -->"
    args = args[1:]
    target = None
    if ">" in args:
        at = args.index(">")
        args, target = args[:at], args[at + 1]
    if "--store" not in args:
        args = ["--store", str(store), *args]
    result = CliRunner().invoke(cli, args)
    failing = expected is not None and expected.startswith("epkg: error")
    assert result.exit_code == (1 if failing else 0), f"{block}: {command}\n{result.output}\n{result.exception!r}"
    if target:
        Path(target).write_text(result.stdout, encoding="utf-8")
    if expected is not None:
        assert result.output.replace("\r\n", "\n").rstrip("\n") == expected.rstrip("\n"), f"{block}: {command}"


def _run_sparql(store: Path, block: Block) -> None:
    from epkg.graph.sparql import check_query, execute

    with Store.open(store, read_only=True) as s:
        execute(s, check_query(block.text))


def _run_python(block: Block) -> None:
    exec(compile(block.text, str(block), "exec"), {"__name__": "__doc_example__"})


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_every_example_of_the_guide_runs(workdir, guide):
    ran = 0
    for block in examples(guide):
        if block.not_run:
            continue
        if block.lang == "sparql":
            _run_sparql(workdir, block)
        elif block.lang == "python":
            _run_python(block)
        for command, expected in block.commands:
            _run(workdir, block, command, expected)
        ran += len(block.commands) or 1
    assert ran >= 2, f"{guide.name}: only {ran} example(s) run"


def test_the_guides_are_the_four_the_readme_names():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert [p.name for p in GUIDES] == ["analysis.md", "exports-and-views.md", "lookup-and-sparql.md", "scale.md"]
    for path in GUIDES:
        assert f"(docs/{path.name})" in readme


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_an_example_left_out_says_why(guide):
    for block in blocks(guide):
        if block.not_run is not None:
            assert len(block.not_run) > 10, f"{block}: say what the example needs"


def test_the_lookup_guide_shows_its_outputs():
    """Most lookups' outputs depend on the documents; those the reference data fixes are shown and compared."""
    shown = [c for b in examples(REPO / "docs" / "lookup-and-sparql.md") if not b.not_run
             for c, out in b.commands if out is not None]
    assert len(shown) >= 3


def test_a_wrong_example_fails(tmp_path, base_store, monkeypatch):
    """The runner catches a guide that is wrong: a changed output, a failing command."""
    guide = tmp_path / "guide.md"
    guide.write_text("```console\n$ epkg partners Azerbajan\nepkg: error: no entity named 'Azerbajan'\n```\n"
                     "```sh\nepkg centrality --metric nonsense\n```\n", encoding="utf-8")
    first, second = examples(guide)
    with pytest.raises(AssertionError):  # the real line goes on: "; did you mean Azerbaijan?"
        _run(base_store, first, *first.commands[0])
    with pytest.raises(AssertionError, match="nonsense"):
        _run(base_store, second, *second.commands[0])


def test_every_reader_id_is_in_the_readmes_table():
    from epkg.graph.extract.facts import RULES

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([a-z-]+)` \|", readme, flags=re.MULTILINE))
    assert set(RULES) <= documented, sorted(set(RULES) - documented)
