"""Synthetic stores for the search and answer tests (invented wording; no statute text)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingest.records import Amendment, Document, Provision, Reference, SourceLocation
from kg.store import Store

SRC = SourceLocation(file="synthetic_fixture.md")


def _p(
    doc: str,
    path: str,
    level: str,
    number: str,
    label: str,
    text: str = "",
    parent=None,
    children=(),
    heading=None,
    penjelasan=None,
) -> Provision:
    return Provision(
        id=f"{doc}/{path}" if path else doc,
        doc_id=doc,
        level=level,
        number=number,
        label=label,
        text=text,
        parent=f"{doc}/{parent}" if parent else None,
        children=tuple(f"{doc}/{c}" for c in children),
        heading=heading,
        penjelasan=penjelasan,
        source=SRC,
    )


def synthetic_new_regulation() -> Document:
    """A made-up discipline regulation: duties, prohibitions with huruf/angka, a sanction, an authority."""
    d = "pp-90-2030"
    provs = [
        _p(d, "bab-1", "bab", "I", "BAB I", heading="KETENTUAN UMUM SINTETIS", children=("pasal-1",)),
        _p(
            d,
            "pasal-1",
            "pasal",
            "1",
            "Pasal 1",
            "Pegawai sintetis adalah orang yang bekerja pada kantor rekaan.",
            parent="bab-1",
        ),
        _p(
            d,
            "bab-2",
            "bab",
            "II",
            "BAB II",
            heading="KEWAJIBAN DAN LARANGAN",
            children=("pasal-2", "pasal-3"),
        ),
        _p(
            d,
            "pasal-2",
            "pasal",
            "2",
            "Pasal 2",
            "Pegawai sintetis wajib:",
            parent="bab-2",
            children=("pasal-2/huruf-a", "pasal-2/huruf-b"),
        ),
        _p(
            d,
            "pasal-2/huruf-a",
            "huruf",
            "a",
            "huruf a",
            "menjaga arsip kantor rekaan dengan rapi;",
            parent="pasal-2",
        ),
        _p(
            d,
            "pasal-2/huruf-b",
            "huruf",
            "b",
            "huruf b",
            "hadir tepat waktu pada hari kerja.",
            parent="pasal-2",
        ),
        _p(
            d,
            "pasal-3",
            "pasal",
            "3",
            "Pasal 3",
            "Pegawai sintetis dilarang:",
            parent="bab-2",
            children=("pasal-3/huruf-a", "pasal-3/huruf-b"),
            penjelasan="Larangan ini menjaga agar pegawai sintetis tetap netral dalam lomba rekaan.",
        ),
        _p(
            d,
            "pasal-3/huruf-a",
            "huruf",
            "a",
            "huruf a",
            "menerima hadiah dari pemasok rekaan;",
            parent="pasal-3",
        ),
        _p(
            d,
            "pasal-3/huruf-b",
            "huruf",
            "b",
            "huruf b",
            "mendukung peserta lomba rekaan dengan cara:",
            parent="pasal-3",
            children=("pasal-3/huruf-b/angka-1", "pasal-3/huruf-b/angka-2"),
        ),
        _p(
            d,
            "pasal-3/huruf-b/angka-1",
            "angka",
            "1",
            "angka 1",
            "memasang spanduk peserta di ruang kerja;",
            parent="pasal-3/huruf-b",
        ),
        _p(
            d,
            "pasal-3/huruf-b/angka-2",
            "angka",
            "2",
            "angka 2",
            "memakai mobil dinas dan fasilitas negara untuk kampanye peserta lomba.",
            parent="pasal-3/huruf-b",
        ),
        _p(d, "bab-3", "bab", "III", "BAB III", heading="HUKUMAN", children=("pasal-4", "pasal-5")),
        _p(
            d,
            "pasal-4",
            "pasal",
            "4",
            "Pasal 4",
            "Pegawai sintetis yang melanggar Pasal 3 huruf b angka 2 dijatuhi hukuman disiplin berat berupa "
            "penurunan jabatan selama satu tahun.",
            parent="bab-3",
        ),
        _p(
            d,
            "pasal-5",
            "pasal",
            "5",
            "Pasal 5",
            "Pejabat yang berwenang menghukum membentuk tim pemeriksa untuk memeriksa dugaan pelanggaran.",
            parent="bab-3",
        ),
    ]
    refs = (
        Reference(
            source=f"{d}/pasal-4",
            target=f"{d}/pasal-3/huruf-b/angka-2",
            text="Pasal 3 huruf b angka 2",
            kind="internal",
            resolved=True,
        ),
        Reference(
            source=f"{d}/pasal-5",
            target="pp-10-2020",
            text="Peraturan Pemerintah Nomor 10 Tahun 2020",
            kind="repeal",
            resolved=True,
        ),
    )
    return Document(
        id=d,
        kind="regulation",
        jenis="pp",
        nomor="90",
        tahun=2030,
        title="Peraturan Pemerintah Nomor 90 Tahun 2030",
        judul="Disiplin Pegawai Sintetis",
        diundangkan=date(2030, 3, 1),
        provisions=tuple(provs),
        references=refs,
        source=SRC,
    )


def synthetic_old_regulation() -> Document:
    """The made-up predecessor, repealed by pp-90-2030."""
    d = "pp-10-2020"
    provs = [
        _p(
            d,
            "pasal-7",
            "pasal",
            "7",
            "Pasal 7",
            "Pegawai sintetis dilarang memakai mobil dinas dan fasilitas negara "
            "untuk kampanye peserta lomba.",
        ),
    ]
    return Document(
        id=d,
        kind="regulation",
        jenis="pp",
        nomor="10",
        tahun=2020,
        title="Peraturan Pemerintah Nomor 10 Tahun 2020",
        judul="Disiplin Pegawai Sintetis Lama",
        diundangkan=date(2020, 5, 4),
        provisions=tuple(provs),
        source=SRC,
    )


def synthetic_amending_act() -> Document:
    """A made-up act that rewrites pp-90-2030 Pasal 1 from 2031."""
    d = "pp-12-2031"
    new = Provision(
        id="pp-90-2030/pasal-1",
        doc_id="pp-90-2030",
        level="pasal",
        number="1",
        label="Pasal 1",
        text="Pegawai sintetis adalah orang yang bekerja pada kantor rekaan atau kantor cabang rekaan.",
        amended_by=d,
        source=SRC,
    )
    am = Amendment(
        id=f"{d}/pasal-i/angka-1",
        amending_doc=d,
        target_doc="pp-90-2030",
        target="pp-90-2030/pasal-1",
        kind="replace",
        instruction="Ketentuan Pasal 1 diubah",
        new_text=new.text,
        new_provisions=(new,),
        effective=date(2031, 1, 2),
    )
    provs = [
        _p(
            d, "pasal-i", "pasal", "I", "Pasal I", "Beberapa ketentuan diubah:", children=("pasal-i/angka-1",)
        ),
        _p(d, "pasal-i/angka-1", "angka", "1", "angka 1", "Ketentuan Pasal 1 diubah.", parent="pasal-i"),
    ]
    return Document(
        id=d,
        kind="amending_act",
        jenis="pp",
        nomor="12",
        tahun=2031,
        title="Peraturan Pemerintah Nomor 12 Tahun 2031",
        judul="Perubahan atas PP 90/2030",
        diundangkan=date(2031, 1, 2),
        provisions=tuple(provs),
        amendments=(am,),
        source=SRC,
    )


def synthetic_store(path: Path, *, amend: bool = False) -> Store:
    st = Store(path)
    st.put(synthetic_new_regulation())
    st.put(synthetic_old_regulation())
    if amend:
        st.put(synthetic_amending_act())
    return st


SYNTHETIC_BEIR = {
    "10": "Perjanjian jual beli rekaan batal bila barang rekaan musnah sebelum diserahkan.",
    "11": "Ahli waris rekaan menerima harta peninggalan menurut urutan rekaan.",
    "12": "Ganti rugi rekaan wajib dibayar oleh pihak yang lalai memenuhi perikatan rekaan.",
    "12a": "Sewa menyewa rekaan berakhir ketika jangka waktu rekaan habis.",
}


def synthetic_beir_store(path: Path, articles: dict[str, str] | None = None) -> Store:
    """A store of BEIR-style articles (SYNTHETIC_BEIR unless others are given)."""
    st = Store(path)
    for i, (doc_id, text) in enumerate((articles or SYNTHETIC_BEIR).items(), start=1):
        st.put(
            Document(
                id=doc_id,
                kind="beir",
                title=f"Pasal {doc_id}",
                body=text,
                metadata={"corpus": "synthetic"},
                source=SourceLocation(file="synthetic.jsonl", line=i),
            )
        )
    return st
