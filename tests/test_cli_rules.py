"""Rules every command follows: one --json/--csv rule, errors as click exceptions, library calls only."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from epkg.cli.errors import CliError, Interrupted
from epkg.cli.main import cli, main
from epkg.graph.store import Store

CLI = Path(__file__).resolve().parents[1] / "cli"


def _commands(group: click.Group, prefix=()):
    ctx = click.Context(group)  # the top group imports its command modules when asked for them
    for name, command in sorted((name, group.get_command(ctx, name)) for name in group.list_commands(ctx)):
        if isinstance(command, click.Group):
            yield from _commands(command, prefix + (name,))
        else:
            yield prefix + (name,), command


COMMANDS = list(_commands(cli))
BOTH = [(path, command) for path, command in COMMANDS
        if {"as_json", "as_csv"} <= {p.name for p in command.params}]


def _placeholders(command: click.Command) -> list[str]:
    return ["X" for p in command.params if isinstance(p, click.Argument) for _ in range(max(p.nargs, 1))]


def test_the_output_flags_are_everywhere_they_were():
    assert len(BOTH) == 10  # lookups (partners, projects, agreements, events, sources, new) and analysis
    names = {path[-1] for path, _ in BOTH}
    assert {"partners", "centrality", "communities", "neighbors", "trend", "new"} <= names


@pytest.mark.parametrize("path, command", BOTH, ids=lambda v: " ".join(v) if isinstance(v, tuple) else "")
@pytest.mark.parametrize("order", [("--json", "--csv"), ("--csv", "--json")], ids=["json-csv", "csv-json"])
def test_json_with_csv_is_a_usage_error_in_every_command(tmp_path, path, command, order):
    # the store need not exist: the options are refused while the command line is read
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "s"), *path, *order, *_placeholders(command)])
    assert result.exit_code == 2, result.output
    assert result.output.splitlines()[-1].startswith("Error: --json and --csv exclude each other")
    assert "Traceback" not in result.output
    assert not (tmp_path / "s").exists()


def _module_source(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", sorted(CLI.glob("*.py")), ids=lambda p: p.name)
def test_commands_run_no_sparql_themselves(path):
    """Queries belong to library functions; a command only calls them and formats what they return."""
    text = _module_source(path)
    assert not re.search(r"\.(select|ask|construct)\(|store\(?[^)]*\)?\.update\(", text)
    assert not re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\s*(\?|\*|\{|DISTINCT|WHERE)", text)


@pytest.mark.parametrize("path", sorted(CLI.glob("*.py")), ids=lambda p: p.name)
def test_commands_return_no_exit_codes(path):
    """An exit status comes from a raised click exception, never from a command's return value."""
    for node in ast.walk(ast.parse(_module_source(path))):
        if isinstance(node, ast.FunctionDef) and any(
                "command" in ast.unparse(d) for d in node.decorator_list):
            returns = [r for r in ast.walk(node) if isinstance(r, ast.Return) and r.value is not None]
            assert not [ast.unparse(r) for r in returns if isinstance(r.value, ast.Constant)], node.name


def test_no_module_shadows_the_standard_library():
    import sys
    assert not {p.stem for p in CLI.glob("*.py")} & set(sys.stdlib_module_names)


@pytest.fixture
def store_path(tmp_path):
    path = tmp_path / "store"
    Store.open(path, reference=False).close()
    return path


def test_an_unexpected_error_is_one_line_and_debug_shows_it(store_path, capsys, monkeypatch):
    def broken(store):
        raise RuntimeError("boom\nsecond line")
    monkeypatch.setattr("epkg.graph.summary.stats", broken)
    assert main(["--store", str(store_path), "stats"]) == 1
    assert capsys.readouterr().err == ("epkg: internal error: RuntimeError: boom second line "
                                       "(run with --debug for details)\n")
    with pytest.raises(RuntimeError, match="boom"):
        main(["--store", str(store_path), "--debug", "stats"])


def test_a_library_error_is_one_line_under_clirunner_too(store_path):
    result = CliRunner().invoke(cli, ["--store", str(store_path), "partners", "Atlantis"])
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)  # click's own handling: no exception escapes
    assert result.stderr == "epkg: error: no entity named 'Atlantis'\n"


def test_ctrl_c_is_exit_130(store_path, capsys, monkeypatch):
    def interrupted(store):
        raise KeyboardInterrupt
    monkeypatch.setattr("epkg.graph.summary.stats", interrupted)
    assert main(["--store", str(store_path), "stats"]) == 130
    assert capsys.readouterr().err == "epkg: interrupted\n"


def test_the_error_classes_are_click_exceptions():
    assert issubclass(CliError, click.ClickException) and issubclass(Interrupted, CliError)
    assert Interrupted().exit_code == 130


def test_a_lookup_imports_no_network_code_and_a_network_command_does():
    import subprocess
    import sys

    def loaded_after(*argv):
        code = ("import sys; from epkg.cli.main import main; main(%r); "
                "print(sorted({'networkx', 'epkg.cli.analysis'} & set(sys.modules)))" % (list(argv),))
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
        return r.stdout.strip().splitlines()[-1]

    assert loaded_after("partners", "--help") == "[]"
    assert loaded_after("centrality", "--help") == "['epkg.cli.analysis', 'networkx']"
