"""The store folder: parsed documents as JSON, plus what later stages add beside them.

Layout (all under one folder, default ``.kg-store/``):
  documents/{doc_id}.json   one parsed Document per file (ids with "/" never occur at doc level)
  corpus/                   the validated curated corpus (written by ``kg ingest corpus/``)
  graph/                    the RDF store (knowledge graph issue)
  index/                    the search index with its params.json (retrieval issue)
Every write goes to a temporary file first and is renamed into place, so a crash never leaves
a half-written record and a failed ingest never loses what was stored before.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ingest.records import Document, Provision, Reference
from kg.errors import MalformedIdError, UnknownIdError, check_id_length
from kg.settings import store_path

__all__ = ["Store", "UnknownIdError", "atomic_write_text", "resolve_store_path"]


def resolve_store_path(path: str | Path | None = None) -> Path:
    """The store folder: the argument, else $KG_STORE, else ./.kg-store."""
    return store_path(path)


def atomic_write_text(path: Path, text: str) -> None:
    """Write text to path through a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class Store:
    """A folder of parsed documents; later stages keep their own sub-folders in it."""

    def __init__(self, path: str | Path | None = None):
        self.path = resolve_store_path(path)
        self.documents_dir = self.path / "documents"
        self._cache: dict[str, Document] = {}

    # -- documents -------------------------------------------------------------------------
    def _doc_file(self, doc_id: str) -> Path:
        check_id_length(doc_id)
        if not doc_id or "/" in doc_id or doc_id.startswith(".") or "\x00" in doc_id:
            raise MalformedIdError(f"not a document id: {doc_id!r} (give one such as pp-94-2021)")
        return self.documents_dir / f"{doc_id}.json"

    def put(self, doc: Document) -> bool:
        """Store a document, replacing any with the same id; True if it replaced one."""
        target = self._doc_file(doc.id)
        existed = target.exists()
        atomic_write_text(target, doc.model_dump_json())
        self._cache[doc.id] = doc
        return existed

    def get(self, doc_id: str) -> Document:
        """The stored document with this id (UnknownIdError with suggestions if absent)."""
        if doc_id in self._cache:
            return self._cache[doc_id]
        f = self._doc_file(doc_id)
        if not f.exists():
            raise UnknownIdError(doc_id, self.suggest(doc_id), self._no_document(doc_id))
        doc = Document.model_validate_json(f.read_text(encoding="utf-8"))
        self._cache[doc_id] = doc
        return doc

    def has(self, doc_id: str) -> bool:
        try:
            return self._doc_file(doc_id).exists()
        except ValueError:
            return False

    def remove(self, doc_id: str) -> None:
        """Drop a document from the store."""
        f = self._doc_file(doc_id)
        if not f.exists():
            raise UnknownIdError(doc_id, self.suggest(doc_id), self._no_document(doc_id))
        f.unlink()
        self._cache.pop(doc_id, None)
        if self._refs_file.exists():
            self.update_reference_index(removed=[doc_id])

    def ids(self) -> list[str]:
        """All document ids, sorted."""
        if not self.documents_dir.exists():
            return []
        return sorted(p.stem for p in self.documents_dir.glob("*.json"))

    def documents(self) -> Iterator[Document]:
        """Every stored document, in id order."""
        for doc_id in self.ids():
            yield self.get(doc_id)

    # -- the reverse reference index ---------------------------------------------------------
    # Incoming references need every document's outgoing ones; reading thousands of documents
    # for one `kg show` is too slow, so the outgoing references are kept per document in one file.
    @property
    def _refs_file(self) -> Path:
        return self.path / "references.json"

    def _read_refs(self) -> dict[str, list[dict]]:
        if not self._refs_file.exists():
            return {}
        return json.loads(self._refs_file.read_text(encoding="utf-8"))

    def update_reference_index(self, docs: list[Document] = (), removed: list[str] = ()) -> None:
        """Record the outgoing references of these documents (replacing theirs) and drop removed ones."""
        index = self._read_refs()
        for doc in docs:
            index[doc.id] = [r.model_dump(mode="json") for r in doc.references if r.target]
        for doc_id in removed:
            index.pop(doc_id, None)
        atomic_write_text(self._refs_file, json.dumps(index, ensure_ascii=False))

    def incoming_references(self, target: str) -> list[Reference]:
        """References from any stored document whose target is this id or lies below it."""
        found = []
        for refs in self._read_refs().values():
            for r in refs:
                t = r["target"]
                if t == target or t.startswith(target + "/"):
                    found.append(Reference.model_validate(r))
        return found

    # -- provisions ------------------------------------------------------------------------
    def provision(self, pid: str) -> tuple[Document, Provision | None]:
        """The document and provision for an id; the provision is None when pid is a document id."""
        doc_id = check_id_length(pid).split("/", 1)[0]
        self._doc_file(doc_id)  # a malformed id is refused as such, not looked up
        found = self.lookup(pid)
        if found is not None:
            return found
        if pid == doc_id:
            return self.get(doc_id), None  # raises, with the near document ids
        try:
            doc = self.get(doc_id)
        except UnknownIdError as exc:
            raise UnknownIdError(pid, exc.suggestions, f"its document {doc_id} is not in the store") from None
        raise UnknownIdError(pid, self.suggest(pid, doc), f"{doc_id} has no such provision")

    def lookup(self, pid: str) -> tuple[Document, Provision | None] | None:
        """As provision(), but None for an id the store does not hold (or that is no id at all): no "did
        you mean" is worked out, which costs a fuzzy match over every id and is wasted on a caller that
        only asks whether."""
        try:
            doc_id = check_id_length(pid).split("/", 1)[0]
            if doc_id not in self._cache and not self._doc_file(doc_id).exists():
                return None
        except MalformedIdError:
            return None
        doc = self.get(doc_id)
        if pid == doc_id:
            return doc, None
        prov = doc.provision(pid)
        return (doc, prov) if prov is not None else None

    def _no_document(self, doc_id: str) -> str:
        return f"no document with this id in the store {self.path} (kg ingest FILE adds one)"

    def suggest(self, wanted: str, doc: Document | None = None, n: int = 5) -> list[str]:
        """The known ids closest to a wanted one (for 'did you mean')."""
        import difflib

        pool = [p.id for p in doc.provisions] if doc else self.ids()
        return difflib.get_close_matches(wanted, pool, n=n, cutoff=0.5)
