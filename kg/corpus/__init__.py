"""The curated corpus: typed records (``records``), loading and validation (``load``), views (``view``)."""

from kg.corpus.load import (
    CorpusError,
    CorpusIssue,
    ingest_corpus,
    load_corpus,
    load_store_corpus,
    validate_corpus,
)
from kg.corpus.records import CORPUS_SCHEMA_VERSION, RECORD_TYPES, CorpusBundle, KeyProvision
from kg.corpus.view import carried_on, rewriting, rewritten_by

__all__ = [
    "CORPUS_SCHEMA_VERSION",
    "RECORD_TYPES",
    "CorpusBundle",
    "CorpusError",
    "CorpusIssue",
    "KeyProvision",
    "carried_on",
    "ingest_corpus",
    "load_corpus",
    "load_store_corpus",
    "rewriting",
    "rewritten_by",
    "validate_corpus",
]
