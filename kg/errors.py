"""One error model: every failure a user can meet is a ``KgError`` whose message names the fix.

Interfaces map these once: the CLI to exit codes (``exit_code``), the REST API to HTTP status
(``http_status``), the MCP server to tool errors. ``usage`` marks errors in what the user typed
(exit 2, HTTP 400/404/422) as opposed to the state of the store or the machine (exit 1, HTTP
404/5xx). Messages are plain text: interfaces print them verbatim, never as markup.
"""

from __future__ import annotations

# Longer ids than this are never real (the longest real provision id is about 80 characters); the
# limit stops a 10,000-character argument before it reaches the file system.
MAX_ID_CHARS = 300


class KgError(Exception):
    """Base of every error the system reports to a user."""

    usage = False
    http_status = 500

    @property
    def exit_code(self) -> int:
        """The CLI exit code: 2 for a usage error, 1 for any other failure."""
        return 2 if self.usage else 1

    def __str__(self) -> str:
        # KeyError (a base of UnknownIdError) would quote the message; keep it as written.
        return str(self.args[0]) if self.args else type(self).__doc__ or ""


# -- what the user typed --------------------------------------------------------------------------
class UsageError(KgError):
    """Input that cannot be used as given; the message says what to type instead."""

    usage = True
    http_status = 400


class BadQueryError(UsageError, ValueError):
    """A search query or question that cannot be run (empty, too long, no words, bad k)."""


class BadDateError(UsageError, ValueError):
    """A date that is not YYYY-MM-DD."""


class DateOutOfRangeError(UsageError, ValueError):
    """A well-formed date the question cannot be answered for (e.g. before the document existed)."""

    http_status = 422


class MalformedIdError(UsageError, ValueError):
    """Text that cannot be a document or provision id."""


class IdTooLongError(MalformedIdError):
    """An id longer than any real one."""

    def __init__(self, length: int):
        super().__init__(
            f"the id has {length} characters; ids are at most {MAX_ID_CHARS} "
            "(give one such as pp-94-2021/pasal-5)"
        )


class UnknownNameError(UsageError):
    """A name outside a fixed list (a query name, an export format); the message lists the choices."""

    http_status = 404


class BadInputFileError(UsageError):
    """A file the user named is missing or unreadable; the message names file and line."""


# -- the state of the store or the machine ----------------------------------------------------------
class UnknownIdError(KgError, KeyError):
    """An id the store does not know; the message names what is missing and suggests near ids."""

    http_status = 404

    def __init__(self, wanted: str, suggestions: list[str] = (), missing: str | None = None):
        wanted_shown = wanted if len(wanted) <= 120 else wanted[:120] + "…"
        hint = f" Did you mean: {', '.join(suggestions)}?" if suggestions else ""
        what = f": {missing}" if missing else ""
        super().__init__(f"unknown id '{wanted_shown}'{what}.{hint}")
        self.wanted, self.suggestions, self.missing = wanted, list(suggestions), missing


class EmptyStoreError(KgError):
    """The store holds neither documents nor the curated corpus."""

    http_status = 503

    def __init__(self, path: object):
        super().__init__(f"store {path} is empty: run `kg ingest corpus/ --store {path}` (or FILE …) first")


class NoIndexError(KgError):
    """The search index is missing, stale or damaged; the message says how to rebuild it."""

    http_status = 503


class GraphStoreError(KgError):
    """The graph store cannot be opened or queried; the message names the store."""

    http_status = 503


class GraphNotBuiltError(GraphStoreError):
    """There is no graph yet for this store (run `kg build`)."""


class NoNormsError(GraphStoreError, LookupError):
    """The graph holds no curated norms to match against (ingest the corpus, then `kg build`)."""


class SparqlSyntaxError(GraphStoreError):
    """A malformed SPARQL query; the message carries the parser's words and the position."""

    usage = True
    http_status = 400


class SparqlUpdateRefusedError(GraphStoreError):
    """An update (or anything else that writes) sent where only reads are allowed."""

    usage = True
    http_status = 400


class CorpusInvalidError(KgError):
    """The curated corpus did not validate; the message lists file, record and field."""

    http_status = 422


class EncoderError(KgError):
    """A model cannot be loaded or used; the message says which and why."""


class ConductPriorError(KgError):
    """The learned conduct prior's model file is missing or malformed; the message names it and both fixes."""


class ResultOrderError(KgError):
    """The learned result order's model file is malformed or stale; the message says how to retrain it."""


class FileSystemError(KgError):
    """The file system refused an operation (no permission, no space, a name too long)."""

    @classmethod
    def of(cls, exc: OSError) -> FileSystemError:
        """The OSError in one short line naming the file (shortened: it may be a 10,000-character path)."""
        name = str(exc.filename or "")
        name = name if len(name) <= 120 else name[:120] + "…"
        why = exc.strerror or type(exc).__name__
        return cls(f"{why}: {name}" if name else why)


class NotAvailableError(KgError):
    """An operation this installation does not offer yet."""

    http_status = 501


def shorten(value: str, limit: int = 60) -> str:
    """User text cut to a length a one-line message can quote (a 10,000-character argument is not echoed)."""
    return value if len(value) <= limit else value[:limit] + "…"


def brief(message: str, width: int = 240, lines: int = 25) -> str:
    """A message as an interface shows it: every line cut to width, at most so many lines.

    Messages quote what the user sent; a 10,000-character argument must not come back whole.
    """
    out = [shorten(line, width) for line in message.splitlines()[:lines]]
    if len(message.splitlines()) > lines:
        out.append("…")
    return "\n".join(out)


def check_id_length(value: str) -> str:
    """The id unchanged, or IdTooLongError when no real id is that long."""
    if len(value) > MAX_ID_CHARS:
        raise IdTooLongError(len(value))
    return value
