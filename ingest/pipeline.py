"""The ingest pipeline: a file in, typed documents out.

Stages: read → clean → identify → structure → references → norms.

Each stage lives in its own module; this one only chooses the path a file takes and joins the
stages. A BEIR ``corpus.jsonl`` is read line by line, one document per line, keeping its ``_id``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from ingest.amendments import amending_act_references, extract_amendments
from ingest.article import article_references, looks_like_article, parse_article
from ingest.clean import clean_pages, split_lines
from ingest.decision import looks_like_decision, parse_decision
from ingest.decree import looks_like_joint_decree, parse_joint_decree
from ingest.identify import identify
from ingest.norms import attach_norms
from ingest.read import read_file
from ingest.records import Document, IngestError, Reference, SourceLocation
from ingest.references import extract_references
from ingest.structure import parse_regulation

DOCUMENT_SUFFIXES = {".pdf", ".txt", ".md"}
# Notes that sit beside documents in a folder but are not documents themselves.
NOT_DOCUMENTS = {"readme.md", "manifest.md", "source.md", "license.md", "changelog.md"}


def is_beir_corpus(path: Path) -> bool:
    """True for a BEIR corpus file (JSON lines with ``_id``)."""
    return path.suffix == ".jsonl"


def collect_input_files(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """Expand files and folders into the files to ingest, and those skipped as notes or other types."""
    chosen: list[Path] = []
    skipped: list[Path] = []
    for path in paths:
        candidates = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for p in candidates:
            if p.name.startswith("."):
                continue
            if p.name.lower() in NOT_DOCUMENTS:
                skipped.append(p)
            elif p.suffix.lower() in DOCUMENT_SUFFIXES or is_beir_corpus(p):
                chosen.append(p)
            elif not path.is_dir():
                chosen.append(p)  # named explicitly: let the reader say why it cannot be read
            else:
                skipped.append(p)
    return chosen, skipped


def read_beir_corpus(path: Path) -> Iterator[Document]:
    """One Document per line of a BEIR corpus, id = the line's ``_id``."""
    file = str(path)
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise IngestError(file, f"cannot open: {exc.strerror}") from exc
    with handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                doc_id = str(row["_id"])
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise IngestError(file, f"not a BEIR corpus line ({exc})", line=lineno) from exc
            if not doc_id or "/" in doc_id or doc_id.startswith("."):
                raise IngestError(file, f"unusable _id {doc_id!r}", line=lineno)
            title = str(row.get("title") or doc_id)
            yield Document(
                id=doc_id,
                kind="beir",
                title=title,
                body=str(row.get("text") or ""),
                metadata={"corpus": path.parent.name or path.stem},
                source=SourceLocation(file=file, line=lineno),
            )


def parse_text(file: str, pages: list[str]) -> Document:
    """Parse the pages of one document's text into a Document with its references and amendments."""
    # Articles and decree tables need the file's own line breaks (footnotes, table rows), which
    # the regulation cleaner joins; so they are recognised and parsed before cleaning.
    # An article reads its footnotes from line starts and page-turn blanks, so it keeps the indents.
    raw = split_lines(file, pages, keep_indent=True)
    if looks_like_article(raw):
        return attach_links(parse_article(raw))
    lines = split_lines(file, pages, drop_page_marks=True)
    if looks_like_decision(lines):
        return parse_decision(lines)  # carries its references; norms are for regulations
    if looks_like_joint_decree(lines):
        return attach_links(parse_joint_decree(lines))
    text = clean_pages(file, pages)
    if not any(line.strip() for line in text.lines):
        raise IngestError(file, "no text after cleaning")
    return attach_links(parse_regulation(text, identify(text)))


def references_of(doc: Document) -> tuple[Reference, ...]:
    """The references a document makes, read the way its kind is written."""
    if doc.kind == "article":
        return article_references(doc)
    if doc.kind == "amending_act":
        return amending_act_references(doc)
    return extract_references(doc)


def attach_links(doc: Document) -> Document:
    """Add the references found in a document, for an amending act its amendment records, then its norms."""
    update: dict[str, object] = {}
    if not doc.references:
        update["references"] = references_of(doc)
    if doc.kind == "amending_act" and not doc.amendments:
        update["amendments"] = extract_amendments(doc)
    doc = doc.model_copy(update=update) if update else doc
    # Norms read the resolved references (sanction links), so they come last.
    return doc if doc.norms or doc.definitions else attach_norms(doc)


def ingest_file(path: Path) -> list[Document]:
    """Every document in one file (one for a regulation or article, many for a BEIR corpus)."""
    path = Path(path)
    if is_beir_corpus(path):
        return list(read_beir_corpus(path))
    return [parse_text(str(path), read_file(path))]
