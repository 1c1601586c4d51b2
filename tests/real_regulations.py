"""The real regulations of ../shared/corpus-raw, parsed as the pipeline parses them (once per session).

Tests that use them carry ``needs_shared`` (from conftest) so they skip where ../shared is absent.
"""

from __future__ import annotations

import functools

from ingest.clean import clean_pages
from ingest.identify import identify
from ingest.read import read_file
from ingest.records import Document
from ingest.structure import parse_regulation
from tests.conftest import CORPUS_RAW


@functools.cache
def parse_real(name: str) -> Document:
    """The structure of ``CORPUS_RAW/name`` (e.g. "uu-8-2015.md"): read, cleaned, identified, parsed."""
    path = CORPUS_RAW / name
    text = clean_pages(str(path), read_file(path))
    return parse_regulation(text, identify(text))
