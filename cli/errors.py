"""How a command fails: one small hierarchy of :class:`click.ClickException` subclasses.

click already turns a ``ClickException`` into a message on stderr and an exit status
(in ``standalone_mode``, and under ``CliRunner``), so commands raise these and the
``epkg`` group translates the library's :class:`~epkg.graph.errors.EpkgError` into them
(:func:`translated`) instead of catching errors a second time around ``cli.main``.
"""
from __future__ import annotations

import contextlib
import os
import sys
from typing import Iterator

import click

from epkg.graph.errors import EpkgError


class CliError(click.ClickException):
    """Bad input or a refused request: ``epkg: error: MESSAGE`` on stderr, exit status 1.

    Examples
    --------
    >>> CliError("no store at ./typo").format_message()
    'epkg: error: no store at ./typo'
    """

    prefix = "epkg: error: "

    def format_message(self) -> str:
        return f"{self.prefix}{self.message}"

    def show(self, file=None) -> None:
        # click's own show() writes "Error: …"; the house line is "epkg: error: …"
        click.echo(self.format_message(), err=file is None, file=file)


class NoStore(CliError):
    """A command that reads the store was pointed at a folder that holds none."""


class InternalError(CliError):
    """Something the code did not expect: still one line (``--debug`` gives the traceback)."""

    prefix = "epkg: internal error: "


class Interrupted(CliError):
    """Ctrl-C: ``epkg: interrupted``, exit status 130 (as a shell reports SIGINT)."""

    exit_code = 130
    prefix = "epkg: "

    def __init__(self) -> None:
        super().__init__("interrupted")


class Unsuccessful(CliError):
    """The command ran and has printed what went wrong itself (violations, failed documents,
    no path found); only the exit status is left to give.

    Examples
    --------
    >>> Unsuccessful().exit_code, Unsuccessful().format_message()
    (1, '')
    """

    def __init__(self, exit_code: int = 1) -> None:
        super().__init__("")
        self.exit_code = exit_code

    def format_message(self) -> str:
        return ""

    def show(self, file=None) -> None:
        pass


@contextlib.contextmanager
def translated(debug: bool = False) -> Iterator[None]:
    """Turn what a command lets escape into a :class:`CliError`, so click reports it in one line.

    Parameters
    ----------
    debug : bool
        Let everything but the library's own errors through unchanged (for ``--debug``).

    Returns
    -------
    contextlib.AbstractContextManager

    Examples
    --------
    >>> from epkg.graph.errors import InputError
    >>> try:
    ...     with translated():
    ...         raise InputError("no document 'x' in the store")
    ... except CliError as exc:
    ...     print(exc.format_message(), exc.exit_code)
    epkg: error: no document 'x' in the store 1
    """
    try:
        yield
    except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
        raise
    except EpkgError as exc:
        if debug:
            raise
        raise CliError(str(exc)) from exc
    except KeyboardInterrupt:
        raise Interrupted() from None
    except BrokenPipeError:
        # the reader went away ("epkg export | head"): stop quietly, with the status a shell gives SIGPIPE
        _silence_stdout()
        raise Unsuccessful(141) from None
    except Exception as exc:  # anything unexpected: one line unless --debug
        if debug:
            raise
        text = " ".join(str(exc).split())[:300]
        raise InternalError(f"{type(exc).__name__}: {text} (run with --debug for details)") from exc


def _silence_stdout() -> None:
    """Point standard output at the null device, so that flushing it at exit fails no more."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real file behind it (a test runner's buffer)
        pass
