"""The one actor vocabulary: canonical actor ids and the Indonesian words that name them.

Extracted norms, the curated corpus (``corpus/norms.yaml`` addressees) and the answers layer all
speak of actors with these ids, so the curated ids are kept as they are (``anggota-tni``, not
``tni``). Actors are roles, never people. ``actors_in(text)`` finds the actors a phrase names,
longest surface form first, so "Pegawai Negeri Sipil" is ``pns`` and not a bare "Pegawai".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

UNKNOWN = "unknown"

# canonical id -> surface forms (lower case; matched on word boundaries, whitespace-insensitive)
ACTORS: dict[str, tuple[str, ...]] = {
    "pns": ("pegawai negeri sipil", "pns", "calon pns", "calon pegawai negeri sipil", "pegawai negeri"),
    "pppk": ("pegawai pemerintah dengan perjanjian kerja", "pppk"),
    "pegawai-asn": ("pegawai aparatur sipil negara", "pegawai asn", "aparatur sipil negara", "asn"),
    # Staff of a government agency who are neither PNS nor PPPK (UU 20/2023 Pasal 65-66): honorary workers.
    "pegawai-non-asn": (
        "pegawai non-aparatur sipil negara",
        "pegawai non aparatur sipil negara",
        "pegawai non-asn",
        "pegawai non asn",
        "tenaga non-asn",
        "tenaga kontrak daerah",
        "pegawai kontrak daerah",
        "pegawai tidak tetap",
        "tenaga harian lepas",
        "pegawai honorer",
        "tenaga honorer",
        "guru honorer",
        "honorer",
    ),
    "pejabat-asn": (
        "pejabat aparatur sipil negara",
        "pejabat asn",
        "pejabat pimpinan tinggi",
        "pejabat administrasi",
        "pejabat fungsional",
    ),
    "pejabat-negara": ("pejabat negara",),
    "pejabat-daerah": ("pejabat daerah",),
    "kepala-daerah": (
        "kepala daerah",
        "wakil kepala daerah",
        "gubernur",
        "wakil gubernur",
        "bupati",
        "wakil bupati",
        "walikota",
        "wali kota",
        "wakil walikota",
        "wakil wali kota",
    ),
    "petahana": ("petahana",),
    "kepala-desa": ("kepala desa", "kades"),
    "perangkat-desa": ("perangkat desa",),
    "anggota-tni": ("anggota tentara nasional indonesia", "tentara nasional indonesia", "anggota tni", "tni"),
    "anggota-polri": (
        "anggota kepolisian negara republik indonesia",
        "kepolisian negara republik indonesia",
        "anggota polri",
        "polri",
    ),
    "calon": ("calon gubernur", "calon bupati", "calon walikota", "calon wali kota", "calon"),
    "pasangan-calon": ("pasangan calon", "paslon"),
    "peserta-pemilu": ("peserta pemilu", "peserta pemilihan umum"),
    "pelaksana-kampanye": ("pelaksana kampanye", "pelaksana dan/atau tim kampanye"),
    "tim-kampanye": ("tim kampanye",),
    "partai-politik": ("partai politik", "gabungan partai politik", "parpol"),
    "setiap-orang": (
        "setiap orang",
        "barang siapa",
        "barangsiapa",
        "setiap warga negara",
        "setiap penduduk",
        "seluruh orang",
        "semua orang",
    ),
    "ppk": ("pejabat pembina kepegawaian", "ppk"),
    "pybmh": ("pejabat yang berwenang menghukum",),
    "atasan-langsung": ("atasan langsung",),
    "instansi-pemerintah": ("instansi pemerintah", "setiap instansi", "instansi"),
    "pemerintah": ("pemerintah pusat", "pemerintah"),
    "pemerintah-daerah": (
        "pemerintah daerah",
        "pemerintahan daerah",
        "pemerintah provinsi",
        "pemerintahan provinsi",
        "pemerintah kabupaten/kota",
        "pemerintahan kabupaten/kota",
        "pemerintah kabupaten",
        "pemerintah kota",
        "pemda",
    ),
    "dprd": ("dewan perwakilan rakyat daerah", "dprd", "dprd provinsi", "dprd kabupaten/kota"),
    "dpr": ("dewan perwakilan rakyat", "dpr"),
    "camat": ("camat",),
    "lurah": ("lurah",),
    "menteri": ("menteri",),
    "presiden": ("presiden",),
    "penyelenggara-pemilu": (
        "penyelenggara pemilu",
        "penyelenggara pemilihan",
        "komisi pemilihan umum",
        "kpu",
        "badan pengawas pemilihan umum",
        "bawaslu",
        "panitia pengawas",
        "panwaslu",
        "panwascam",
        # The village and polling-station supervisors: "pengawas desa kami melaporkan …" is not the village.
        "pengawas desa",
        "pengawas kelurahan",
        "pengawas tps",
        "panitia pemungutan suara",
        "kelompok penyelenggara pemungutan suara",
        "kpps",
        "kppsln",
        "pps",
        "ppln",
        # Spelled out, so "PPK" defined as one of these in an election law is read as the body it is.
        "panitia pemilihan kecamatan",
        "panitia pemilihan distrik",
    ),
    "korporasi": ("korporasi", "badan usaha", "badan hukum"),
    "penyidik": (
        "penyidik pejabat pegawai negeri sipil",
        "penyidik pegawai negeri sipil",
        "pejabat penyidik pegawai negeri sipil",
        "ppns",
        "penyidik",
        "penyelidik",
    ),
    "penuntut-umum": ("penuntut umum", "jaksa"),
    "hakim": ("hakim", "pengadilan", "mahkamah agung", "mahkamah konstitusi"),
    "pelaku-usaha": ("pelaku usaha", "pengusaha", "perusahaan", "produsen"),
    "konsumen": ("konsumen",),
    "masyarakat": ("masyarakat", "masyarakat desa", "warga masyarakat"),
    "desa": ("desa",),
    "pemerintah-desa": ("pemerintah desa",),
    "badan-permusyawaratan-desa": ("badan permusyawaratan desa", "anggota badan permusyawaratan desa", "bpd"),
    "tenaga-kesehatan": ("tenaga kesehatan", "dokter", "dokter gigi", "tenaga medis"),
    "fasilitas-kesehatan": ("fasilitas pelayanan kesehatan", "rumah sakit", "puskesmas"),
    "pengemudi": ("pengemudi", "pengemudi kendaraan bermotor", "pengemudi kendaraan"),
    "pengguna-jalan": ("pengguna jalan",),
    "perusahaan-angkutan-umum": ("perusahaan angkutan umum",),
    "direksi": ("direksi", "anggota direksi", "direktur"),
    "dewan-pengawas": (
        "dewan pengawas",
        "anggota dewan pengawas",
        "dewan komisaris",
        "anggota dewan komisaris",
    ),
    "pemegang-saham": ("pemegang saham", "rapat umum pemegang saham", "rups"),
    "perseroan": ("perseroan",),
    "bpjs": ("bpjs", "bpjs kesehatan", "bpjs ketenagakerjaan", "badan penyelenggara jaminan sosial"),
    "peserta": ("peserta",),
    "pemberi-kerja": ("pemberi kerja",),
    "pekerja": ("pekerja", "buruh", "pekerja/buruh"),
    "serikat-pekerja": ("serikat pekerja/serikat buruh", "serikat pekerja", "serikat buruh"),
    "penanggung-jawab-usaha": ("penanggung jawab usaha dan/atau kegiatan", "penanggung jawab usaha"),
    "penyelenggara-sistem-elektronik": (
        "penyelenggara sistem elektronik",
        "penyelenggara agen elektronik",
        "penyelenggara sertifikasi elektronik",
    ),
    "notaris": ("notaris", "pejabat pembuat akta tanah"),
    "wajib-pajak": ("wajib pajak",),
    "pejabat": (
        "pejabat yang berwenang",
        "pejabat",
        # UU 30/2014 defines this coordination as one term: the bodies and officials that govern.
        "badan dan/atau pejabat pemerintahan",
        "pejabat pemerintahan",
        "pejabat pembuat komitmen",
    ),
    "pegawai": ("pegawai",),
}

# Longest surface form first, so "Penyidik Pegawai Negeri Sipil" is a penyidik and not a PNS;
# word boundaries keep "pegawai" out of "kepegawaian".
_ORDER = sorted(
    ((form, actor) for actor, forms in ACTORS.items() for form in forms), key=lambda x: -len(x[0])
)

# Broader roles imply the narrower ones a rule also binds (a duty of every ASN employee binds a PNS).
# "setiap-orang" binds everyone, but is kept out on purpose: a filter on "pns" would return every
# criminal provision of every act.
COVERS: dict[str, tuple[str, ...]] = {
    "pegawai-asn": ("pns", "pppk"),
}


# Surface forms one document gives itself: its Pasal 1 spells out what an abbreviation stands for, and
# "PPK" is a staffing official in one act, a district election committee in another and a procurement
# official in a third. Set only around the reading of that document (``local_forms``).
_LOCAL: ContextVar[tuple[tuple[str, str], ...]] = ContextVar("local_actor_forms", default=())


@contextmanager
def local_forms(forms: Mapping[str, str]) -> Iterator[None]:
    """Within the block, these surface forms name these actors (``unknown``: nobody in the vocabulary)."""
    token = _LOCAL.set(tuple(sorted((" ".join(f.lower().split()), a) for f, a in forms.items())))
    try:
        yield
    finally:
        _LOCAL.reset(token)


@lru_cache(maxsize=64)
def _pattern(local: tuple[tuple[str, str], ...] = ()) -> re.Pattern[str]:
    forms = sorted({form for form, _ in _ORDER} | {form for form, _ in local}, key=lambda f: -len(f))
    alternatives = "|".join(r"\s+".join(re.escape(w) for w in form.split()) for form in forms)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


_FORM_TO_ACTOR = {form: actor for form, actor in _ORDER}


def actor_id(surface: str) -> str:
    """The canonical id for a surface form ("Pegawai Negeri Sipil" → ``pns``), or ``unknown``."""
    key = " ".join(surface.lower().split())
    local = _local_map(_LOCAL.get())
    return local[key] if key in local else _FORM_TO_ACTOR.get(key, UNKNOWN)


@lru_cache(maxsize=64)
def _local_map(local: tuple[tuple[str, str], ...]) -> dict[str, str]:
    return dict(local)


def actor_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical id) of every actor named in a phrase, in order of appearance."""
    out = []
    for m in _pattern(_LOCAL.get()).finditer(text):
        actor = actor_id(m.group(0))
        if actor != UNKNOWN:
            out.append((m.start(), m.end(), actor))
    return out


def actors_in(text: str) -> list[str]:
    """Canonical ids of the actors named in a phrase, in order of appearance, without repeats."""
    return list(dict.fromkeys(actor for _, _, actor in actor_spans(text)))
