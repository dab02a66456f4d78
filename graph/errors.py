"""Errors that reach the user as one readable line (the CLI prints them without a traceback)."""


class EpkgError(Exception):
    """Base class: the message is a complete, one-line explanation for the user."""


class InputError(EpkgError):
    """A document, file or argument cannot be used."""


class QueryError(EpkgError):
    """A SPARQL query is refused, malformed, or ran past its limits."""
