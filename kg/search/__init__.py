"""Hybrid retrieval over the store: lexical (BM25 + Sastrawi), dense (faiss), fusion and graph lift."""

from kg.search.engine import Hit, Searcher, SearchError, get_searcher, search
from kg.search.index import SearchIndexError, build_index, load_index

__all__ = [
    "Hit",
    "SearchError",
    "SearchIndexError",
    "Searcher",
    "build_index",
    "get_searcher",
    "load_index",
    "search",
]
