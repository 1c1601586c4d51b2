"""Synthetic documents and a synthetic corpus for the graph tests (invented wording throughout).

The acts are numbered 9xx so they can never be mistaken for real ones:
  uu-901-2010  the base act (Pasal 1-3; Pasal 2 with two ayat, ayat 2 with huruf a-b)
  uu-902-2012  amends it: replaces Pasal 2 (now three ayat), inserts Pasal 2A after Pasal 2
  uu-903-2014  amends it again: replaces Pasal 2 ayat (3) only, deletes Pasal 3
  uu-904-2020  repeals uu-901-2010 "as far as" it does not cover one matter, and keeps Pasal 1
  pp-905-2021  a discipline regulation whose prohibition, penalties and enforcers the corpus describes
"""

from __future__ import annotations

import socket
import subprocess
import time
from datetime import date
from pathlib import Path

import yaml
from servers import free_port, stop  # noqa: F401 — re-exported for the graph tests

from ingest.records import Amendment, Document, Provision, Reference, SourceLocation
from kg.store import Store

SRC = SourceLocation(file="synthetic.txt")


def synthetic_prov(
    pid: str,
    level: str,
    number: str,
    label: str,
    text: str,
    parent: str | None,
    amended_by: str | None = None,
) -> Provision:
    return Provision(
        id=pid,
        doc_id=pid.split("/", 1)[0],
        level=level,  # type: ignore[arg-type]
        number=number,
        label=label,
        text=text,
        parent=parent,
        amended_by=amended_by,
    )


def synthetic_base_act() -> Document:
    d = "uu-901-2010"
    provs = [
        synthetic_prov(
            f"{d}/pasal-1", "pasal", "1", "Pasal 1", "Zebra keepers shall count stripes weekly.", None
        ),
        synthetic_prov(f"{d}/pasal-2", "pasal", "2", "Pasal 2", "", None),
        synthetic_prov(
            f"{d}/pasal-2/ayat-1", "ayat", "1", "ayat (1)", "Original alpha wording.", f"{d}/pasal-2"
        ),
        synthetic_prov(
            f"{d}/pasal-2/ayat-2", "ayat", "2", "ayat (2)", "Original beta chapeau:", f"{d}/pasal-2"
        ),
        synthetic_prov(
            f"{d}/pasal-2/ayat-2/huruf-a", "huruf", "a", "huruf a", "beta item one;", f"{d}/pasal-2/ayat-2"
        ),
        synthetic_prov(
            f"{d}/pasal-2/ayat-2/huruf-b", "huruf", "b", "huruf b", "beta item two.", f"{d}/pasal-2/ayat-2"
        ),
        synthetic_prov(f"{d}/pasal-3", "pasal", "3", "Pasal 3", "Gamma rule on lanterns.", None),
    ]
    refs = (
        Reference(
            source=f"{d}/pasal-2/ayat-2",
            target=f"{d}/pasal-1",
            text="Pasal 1",
            kind="internal",
            resolved=True,
        ),
        Reference(
            source=f"{d}/pasal-3",
            target=None,
            text="Pasal 99",
            kind="internal",
            resolved=False,
            reason="no such pasal",
        ),
    )
    return Document(
        id=d,
        kind="regulation",
        jenis="uu",
        nomor="901",
        tahun=2010,
        title="Undang-Undang Nomor 901 Tahun 2010",
        judul="Synthetic Zebra Keeping",
        ditetapkan=date(2010, 3, 1),
        diundangkan=date(2010, 3, 1),
        provisions=tuple(provs),
        references=refs,
        source=SRC,
    )


def _amending(d: str, tahun: int, when: date, amendments: tuple[Amendment, ...]) -> Document:
    provs = [synthetic_prov(f"{d}/pasal-i", "pasal", "I", "Pasal I", "Some changes follow.", None)]
    for a in amendments:
        if not any(p.id == a.id for p in provs):
            provs.append(
                synthetic_prov(a.id, "angka", a.id.rsplit("-", 1)[1], "angka", a.instruction, f"{d}/pasal-i")
            )
    return Document(
        id=d,
        kind="amending_act",
        jenis="uu",
        nomor=d.split("-")[1],
        tahun=tahun,
        title=f"Undang-Undang Nomor {d.split('-')[1]} Tahun {tahun}",
        ditetapkan=when,
        diundangkan=when,
        provisions=tuple(provs),
        references=(
            Reference(
                source=f"{d}/pasal-i",
                target="uu-901-2010",
                text="UU 901/2010",
                kind="external",
                resolved=True,
            ),
        ),
        amendments=amendments,
        source=SRC,
    )


def synthetic_first_amendment() -> Document:
    d, t = "uu-902-2012", "uu-901-2010"
    new2 = (
        synthetic_prov(f"{t}/pasal-2", "pasal", "2", "Pasal 2", "", None, d),
        synthetic_prov(
            f"{t}/pasal-2/ayat-1", "ayat", "1", "ayat (1)", "Second alpha wording.", f"{t}/pasal-2", d
        ),
        synthetic_prov(
            f"{t}/pasal-2/ayat-2", "ayat", "2", "ayat (2)", "Second beta wording.", f"{t}/pasal-2", d
        ),
        synthetic_prov(
            f"{t}/pasal-2/ayat-3", "ayat", "3", "ayat (3)", "Second gamma wording.", f"{t}/pasal-2", d
        ),
    )
    new2a = (synthetic_prov(f"{t}/pasal-2a", "pasal", "2A", "Pasal 2A", "Inserted delta rule.", None, d),)
    return _amending(
        d,
        2012,
        date(2012, 5, 1),
        (
            Amendment(
                id=f"{d}/pasal-i/angka-1",
                amending_doc=d,
                target_doc=t,
                target=f"{t}/pasal-2",
                kind="replace",
                instruction="Pasal 2 is reworded as follows.",
                new_text="(1) Second alpha wording. (2) Second beta wording. (3) Second gamma wording.",
                new_provisions=new2,
            ),
            Amendment(
                id=f"{d}/pasal-i/angka-2",
                amending_doc=d,
                target_doc=t,
                target=f"{t}/pasal-2a",
                kind="insert",
                instruction="A new Pasal 2A goes after Pasal 2.",
                new_text="Inserted delta rule.",
                new_provisions=new2a,
                position_after=f"{t}/pasal-2",
            ),
        ),
    )


def synthetic_second_amendment() -> Document:
    d, t = "uu-903-2014", "uu-901-2010"
    return _amending(
        d,
        2014,
        date(2014, 7, 1),
        (
            Amendment(
                id=f"{d}/pasal-i/angka-1",
                amending_doc=d,
                target_doc=t,
                target=f"{t}/pasal-2/ayat-3",
                kind="replace",
                instruction="Pasal 2 ayat (3) is reworded.",
                new_text="Third gamma wording.",
                new_provisions=(
                    synthetic_prov(
                        f"{t}/pasal-2/ayat-3",
                        "ayat",
                        "3",
                        "ayat (3)",
                        "Third gamma wording.",
                        f"{t}/pasal-2",
                        d,
                    ),
                ),
            ),
            Amendment(
                id=f"{d}/pasal-i/angka-2",
                amending_doc=d,
                target_doc=t,
                target=f"{t}/pasal-3",
                kind="delete",
                instruction="Pasal 3 is removed.",
            ),
        ),
    )


def synthetic_repealing_act() -> Document:
    d, t = "uu-904-2020", "uu-901-2010"
    provs = (
        synthetic_prov(
            f"{d}/pasal-9",
            "pasal",
            "9",
            "Pasal 9",
            "Counting under Pasal 1 of the old zebra act tetap berlaku until a new schedule exists.",
            None,
        ),
        synthetic_prov(
            f"{d}/pasal-10",
            "pasal",
            "10",
            "Pasal 10",
            "The old zebra act, sepanjang it does not govern counting, is withdrawn.",
            None,
        ),
        synthetic_prov(
            f"{d}/pasal-11", "pasal", "11", "Pasal 11", "This act starts on 15 January 2020.", None
        ),
    )
    refs = (
        Reference(
            source=f"{d}/pasal-9", target=f"{t}/pasal-1", text="Pasal 1", kind="external", resolved=True
        ),
        Reference(source=f"{d}/pasal-10", target=t, text="old zebra act", kind="repeal", resolved=True),
        Reference(
            source=f"{d}/pasal-11",
            target=d,
            text="starts",
            kind="commencement",
            resolved=True,
            effective=date(2020, 1, 15),
        ),
    )
    return Document(
        id=d,
        kind="regulation",
        jenis="uu",
        nomor="904",
        tahun=2020,
        title="Undang-Undang Nomor 904 Tahun 2020",
        ditetapkan=date(2020, 1, 10),
        diundangkan=date(2020, 1, 10),
        provisions=provs,
        references=refs,
        source=SRC,
    )


def synthetic_discipline_regulation() -> Document:
    d = "pp-905-2021"
    provs = (
        synthetic_prov(f"{d}/pasal-5", "pasal", "5", "Pasal 5", "Clerks must not:", None),
        synthetic_prov(
            f"{d}/pasal-5/huruf-n", "huruf", "n", "huruf n", "back a contender by:", f"{d}/pasal-5"
        ),
        synthetic_prov(
            f"{d}/pasal-5/huruf-n/angka-4",
            "angka",
            "4",
            "angka 4",
            "lending office vans to a rally;",
            f"{d}/pasal-5/huruf-n",
        ),
        synthetic_prov(f"{d}/pasal-8", "pasal", "8", "Pasal 8", "", None),
        synthetic_prov(
            f"{d}/pasal-8/ayat-4",
            "ayat",
            "4",
            "ayat (4)",
            "Heavy penalties are demotion or dismissal.",
            f"{d}/pasal-8",
        ),
        synthetic_prov(f"{d}/pasal-14", "pasal", "14", "Pasal 14", "Heavy penalties follow for:", None),
        synthetic_prov(
            f"{d}/pasal-14/huruf-i",
            "huruf",
            "i",
            "huruf i",
            "the breach in Pasal 5 huruf n angka 4.",
            f"{d}/pasal-14",
        ),
        synthetic_prov(
            f"{d}/pasal-20",
            "pasal",
            "20",
            "Pasal 20",
            "The appointing officer imposes heavy penalties.",
            None,
        ),
    )
    refs = (
        Reference(
            source=f"{d}/pasal-14/huruf-i",
            target=f"{d}/pasal-5/huruf-n/angka-4",
            text="Pasal 5 huruf n angka 4",
            kind="internal",
            resolved=True,
        ),
        Reference(
            source=f"{d}/pasal-14",
            target=f"{d}/pasal-8/ayat-4",
            text="Pasal 8 ayat (4)",
            kind="internal",
            resolved=True,
        ),
    )
    return Document(
        id=d,
        kind="regulation",
        jenis="pp",
        nomor="905",
        tahun=2021,
        title="Peraturan Pemerintah Nomor 905 Tahun 2021",
        ditetapkan=date(2021, 8, 31),
        diundangkan=date(2021, 8, 31),
        provisions=provs,
        references=refs,
        source=SRC,
    )


def synthetic_documents() -> list[Document]:
    return [
        synthetic_base_act(),
        synthetic_first_amendment(),
        synthetic_second_amendment(),
        synthetic_repealing_act(),
        synthetic_discipline_regulation(),
    ]


def _kp(pid: str, words: str) -> dict:
    return {
        "id": pid,
        "citation": pid,
        "summary_id": f"ringkasan sintetis {words}",
        "summary_en": f"synthetic {words}",
    }


SYNTHETIC_CORPUS = {
    "regulations": [
        {
            "id": "pp-905-2021",
            "jenis": "pp",
            "nomor": "905",
            "tahun": 2021,
            "judul": "Disiplin Sintetis",
            "title": "Peraturan Pemerintah Nomor 905 Tahun 2021",
            "diundangkan": "2021-08-31",
            "status": {"state": "in_force"},
            "official_source": {"issuer": "synthetic"},
            "checked_against_text": False,
            "provisions": [
                _kp("pp-905-2021/pasal-5/huruf-n/angka-4", "office vans at a rally"),
                _kp("pp-905-2021/pasal-8/ayat-4", "heavy penalty kinds"),
                _kp("pp-905-2021/pasal-14/huruf-i", "heavy penalty for the van breach"),
                _kp("pp-905-2021/pasal-20", "who imposes heavy penalties"),
            ],
        },
        {
            "id": "uu-906-2017",
            "jenis": "uu",
            "nomor": "906",
            "tahun": 2017,
            "judul": "Pemilu Sintetis",
            "title": "Undang-Undang Nomor 906 Tahun 2017",
            "diundangkan": "2017-08-16",
            "status": {"state": "in_force"},
            "official_source": {"issuer": "synthetic"},
            "checked_against_text": False,
            "provisions": [
                {
                    **_kp("uu-906-2017/pasal-7", "rally organisers must not use office vans"),
                    # what its elucidation adds: the meaning of a term the rule uses
                    "elucidation_en": "synthetic elucidation: a rally organiser is whoever books the hall",
                },
                _kp("uu-906-2017/pasal-8", "jail for van misuse at a rally"),
                _kp("uu-906-2017/pasal-30", "the watchdog receives reports"),
                _kp("uu-906-2017/pasal-31", "the watchdog examines and recommends"),
            ],
        },
    ],
    "sanctions": [
        {
            "id": "sanction:pp-905-2021/berat/demotion",
            "regime": "discipline",
            "kind": "disciplinary",
            "level": "berat",
            "description_id": "penurunan sintetis",
            "description_en": "synthetic demotion",
            "provisions": ["pp-905-2021/pasal-8/ayat-4"],
        },
        {
            "id": "sanction:uu-906-2017/jail",
            "regime": "criminal-election",
            "kind": "imprisonment-and-fine",
            "description_id": "penjara sintetis",
            "description_en": "synthetic jail term",
            "range": {"max_months": 12, "max_fine": 12000000},
            "provisions": ["uu-906-2017/pasal-8"],
        },
    ],
    "norms": [
        {
            "id": "norm:pp-905-2021/no-office-vans",
            "kind": "prohibition",
            "addressees": ["pns"],
            "act_id": "meminjamkan mobil dinas untuk kampanye",
            "act_en": "lending office vans or other state facilities to a campaign rally",
            "conditions": {"period": ["during"]},
            "provisions": ["pp-905-2021/pasal-5/huruf-n/angka-4"],
            "sanction_provisions": ["pp-905-2021/pasal-14/huruf-i"],
            "sanctions": ["sanction:pp-905-2021/berat/demotion"],
            "enforced_by": ["inst:synthetic-ppk"],
            "regime": "discipline",
        },
        {
            "id": "norm:uu-906-2017/no-vans-at-rallies",
            "kind": "prohibition",
            "addressees": ["pelaksana-kampanye"],
            "act_id": "menggunakan fasilitas pemerintah dalam kampanye",
            "act_en": "using government facilities in a campaign",
            "provisions": ["uu-906-2017/pasal-7"],
            "sanction_provisions": ["uu-906-2017/pasal-8"],
            "sanctions": ["sanction:uu-906-2017/jail"],
            "enforced_by": ["inst:synthetic-watchdog"],
            "regime": "criminal-election",
        },
        {
            "id": "norm:uu-906-2017/unrelated-ballot-rule",
            "kind": "obligation",
            "addressees": ["setiap-orang"],
            "act_id": "menyimpan kotak suara di gudang",
            "act_en": "keeping ballot boxes in a warehouse",
            "provisions": ["uu-906-2017/pasal-30"],
            "regime": "administrative",
        },
    ],
    "institutions": [
        {
            "id": "inst:synthetic-watchdog",
            "name": "Pengawas Sintetis",
            "name_en": "Synthetic Watchdog",
            "sources": ["uu-906-2017/pasal-30"],
            "powers": [
                {
                    "kind": "receives_reports",
                    "scope_id": "menerima laporan",
                    "scope_en": "takes in reports",
                    "provision": "uu-906-2017/pasal-30",
                    "norms": ["norm:pp-905-2021/no-office-vans", "norm:uu-906-2017/no-vans-at-rallies"],
                },
                {
                    "kind": "investigates",
                    "scope_id": "memeriksa",
                    "scope_en": "examines",
                    "provision": "uu-906-2017/pasal-31",
                    "norms": ["norm:pp-905-2021/no-office-vans"],
                },
                {
                    "kind": "recommends",
                    "scope_id": "merekomendasikan",
                    "scope_en": "recommends a penalty",
                    "provision": "uu-906-2017/pasal-31",
                    "towards": ["inst:synthetic-ppk"],
                    "norms": ["norm:pp-905-2021/no-office-vans"],
                },
            ],
        },
        {
            "id": "inst:synthetic-ppk",
            "name": "Pejabat Sintetis",
            "name_en": "Synthetic appointing officer",
            "sources": ["pp-905-2021/pasal-20"],
            "powers": [
                {
                    "kind": "imposes",
                    "scope_id": "menjatuhkan hukuman berat",
                    "scope_en": "imposes heavy penalties",
                    "provision": "pp-905-2021/pasal-20",
                    "norms": ["norm:pp-905-2021/no-office-vans"],
                    "sanctions": ["sanction:pp-905-2021/berat/demotion"],
                }
            ],
        },
    ],
    "articles": [
        {
            "id": "article:synthetic-study",
            "kind": "journal",
            "authors": ["A. Synthetic"],
            "year": 2024,
            "title": "A synthetic study of office vans",
            "url": "https://example.invalid/study",
            "discusses": ["pp-905-2021", "case:synthetic-van-case"],
        }
    ],
    "cases": [
        {
            "id": "case:synthetic-van-case",
            "title_id": "Kasus mobil dinas sintetis",
            "title_en": "Synthetic office-van case",
            "date": "2024-01",
            "place": "Synthetic City",
            "election": "pemilu",
            "actors": [{"role_id": "pegawai", "role_en": "clerk", "count": 2, "employment": "asn"}],
            "conduct_id": "mobil dinas dipakai kampanye",
            "conduct_en": "an office van was used at a rally",
            "institutions": ["inst:synthetic-watchdog"],
            "norms": ["norm:pp-905-2021/no-office-vans"],
            "sources": [{"article": "article:synthetic-study"}],
        }
    ],
}


def synthetic_store(path: Path, with_corpus: bool = True, docs: list[Document] | None = None) -> Store:
    """A store holding the synthetic documents (and the synthetic corpus)."""
    store = Store(path / "store")
    for d in synthetic_documents() if docs is None else docs:
        store.put(d)
    if with_corpus:
        from kg.corpus import ingest_corpus

        folder = path / "synthetic_corpus"
        folder.mkdir(exist_ok=True)
        (folder / "synthetic.yaml").write_text(yaml.safe_dump(SYNTHETIC_CORPUS, allow_unicode=True))
        ingest_corpus(folder, store)
    return store


def synthetic_glossed_store(path: Path) -> Store:
    """The synthetic corpus beside PP 905/2021's official text with each point's children linked, so
    the index folds its ayat, huruf and angka into their Pasal and our summaries of them are glosses."""
    reg = synthetic_discipline_regulation()
    kids: dict[str, list[str]] = {}
    for p in reg.provisions:
        if p.parent:
            kids.setdefault(p.parent, []).append(p.id)
    provisions = tuple(p.model_copy(update={"children": tuple(kids.get(p.id, ()))}) for p in reg.provisions)
    return synthetic_store(path, docs=[reg.model_copy(update={"provisions": provisions})])


# -- an Oxigraph server for the endpoint tests ------------------------------------------------------
def start_oxigraph(location: Path, read_only: bool = False) -> tuple[subprocess.Popen, str]:
    """Start ``oxigraph serve`` on a free port; returns the process and its base URL."""
    port = free_port()
    cmd = ["oxigraph", "serve-read-only" if read_only else "serve", "--location", str(location)]
    proc = subprocess.Popen(
        [*cmd, "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 20
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"oxigraph exited: {proc.stderr.read().decode() if proc.stderr else ''}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc, url
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("oxigraph did not start")


# -- the real texts, ingested once per test session -----------------------------------------------
REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS_RAW = SHARED / "corpus-raw"
_REAL: dict[str, Store] = {}


def real_store(base: Path) -> Store:
    """corpus-raw + the shipped corpus, ingested and built once per session (graph without SHACL)."""
    if "store" not in _REAL:
        from kg.api import ingest_documents
        from kg.corpus import ingest_corpus
        from kg.graph.build import build_graph

        store = Store(base / "real-store")
        summary = ingest_documents([CORPUS_RAW], store)
        assert not summary["errors"], summary["errors"]
        ingest_corpus(REPO / "corpus", store)
        build_graph(store, progress=False, shacl=False)
        _REAL["store"] = store
    return _REAL["store"]
