"""One error model: every failure a user can meet is a ``KgError`` whose message names the fix.

Interfaces map these once: the CLI to exit codes, the REST API to HTTP status, the MCP server to
tool errors. ``usage`` marks errors in what the user typed (exit 2, HTTP 400/422) as opposed to the
state of the store or the machine (exit 1).
"""

from __future__ import annotations


class KgError(Exception):
    """Base of every error the system reports to a user."""

    usage = False
    http_status = 500


class EncoderError(KgError):
    """A model cannot be loaded or used; the message says which and why."""
