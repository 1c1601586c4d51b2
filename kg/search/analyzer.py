"""Indonesian text analysis for lexical search: lowercase, stopwords, Sastrawi stems, cached."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Legal terms Sastrawi over-stems into unrelated everyday words (peraturan -> atur, pengadaan -> ada,
# pengadilan -> adil, hukuman -> hukum, persetujuan -> tuju). They are kept whole so a query about a
# court does not match every provision about fairness.
PROTECTED_TERMS = frozenset(
    {
        "peraturan",
        "pengadaan",
        "pemerintah",
        "pemerintahan",
        "pengadilan",
        "hukuman",
        "persetujuan",
        "ketentuan",
        "pemilu",
        "menikah",
        "penyidik",
        "penyidikan",
        "perundang",
        "pejabat",
        "perdata",
        "pidana",
        "jabatan",
        "perwakilan",
        "pertanahan",
        "kekuasaan",
        "kepolisian",
        "kejaksaan",
        "kepegawaian",
        "pewaris",
    }
)

# Sastrawi's list drops words that carry meaning in law ("memihak" is the core of neutrality,
# "pihak" names the parties); these stay searchable.
KEEP_WORDS = frozenset(
    {
        "memihak",
        "pihak",
        "sepihak",
        "kerja",
        "masa",
        "hari",
        "bulan",
        "ibu",
        "bapak",
        "keluar",
        "kasus",
        "naik",
    }
)

# Words Sastrawi stems to another root because both readings are words: "ajakan" (an appeal, the word of
# PP 94/2021 Pasal 5 huruf n angka 6) is ajak + -an, not aja ("only") + -kan.
# "ngasih" is kasih (to give), not asih; "nyiapin" siap, not ciap: of the roots a chat form allows, the one
# this domain means.
STEM_OVERRIDES = {"ajakan": "ajak", "ngasih": "kasih", "ngasihin": "kasih", "nyiapin": "siap"}

# Chat Indonesian drops the formal prefix for a nasal one and swaps -kan/-i for -in: "ngajakin" is
# mengajak, "nyebarin" menyebarkan, "ngedukung" mendukung, "nyoblos" mencoblos. Sastrawi knows none of
# them; a form whose root its dictionary holds is read as that root. (prefix, roots it may stand for)
_CHAT_PREFIXES = (("nge", ("",)), ("ny", ("c", "s")), ("ng", ("", "k")))

# A small English list so English queries lose their function words too.
ENGLISH_STOPWORDS = frozenset(
    """a an the of to in on at by for from with and or but not no is are was were be been being
    can could may might must shall should will would do does did done have has had having this
    that these those it its as if than then so such what which who whom whose when where why how
    i me my we our you your he him his she her they them their there here about into over under
    any all each some more most other only own same very just also""".split()
)

_WORD = re.compile(r"[0-9a-z]+")


def _fold(text: str) -> str:
    """NFKD, drop combining marks and lowercase, so 'Undang‑Undang' and 'undang-undang' agree."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=1)
def _sastrawi():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

    stops = (frozenset(StopWordRemoverFactory().get_stop_words()) - KEEP_WORDS) | ENGLISH_STOPWORDS
    return StemmerFactory().create_stemmer(), stops


def _chat_root(word: str) -> str | None:
    """The dictionary root of a chat verb form ("ngajakin" -> "ajak"), or None for any other word."""
    known = _sastrawi()[0].delegatedStemmer.dictionary.contains
    if known(word):
        return None
    bases = [word[:-2], word] if word.endswith("in") and len(word) > 6 else [word]
    for base in bases:
        if base != word and known(base):
            return base  # "bikinin"
        for prefix, starts in _CHAT_PREFIXES:
            if base.startswith(prefix) and len(base) > len(prefix) + 2:
                rest = base[len(prefix) :]
                for start in starts:
                    if known(start + rest):
                        return start + rest
                if prefix == "nge" and len(rest) >= 4:
                    return rest  # "ngeshare", "ngepost": a borrowed word after the chat prefix
    return None


class Analyzer:
    """Turns text into index terms; stems are cached because Sastrawi takes ~1 ms a word."""

    def __init__(self, stem: bool = True, stopwords: bool = True):
        self.stem_enabled = stem
        self.stopwords_enabled = stopwords
        self._cache: dict[str, str] = {}

    @property
    def stopwords(self) -> frozenset[str]:
        return _sastrawi()[1] if self.stopwords_enabled else frozenset()

    def words(self, text: str) -> list[str]:
        """Lowercased Latin-script words and numbers, no stopwords, not stemmed."""
        stops = self.stopwords
        return [w for w in _WORD.findall(_fold(text)) if w not in stops]

    def stem(self, word: str) -> str:
        """The stem of one lowercased word (protected legal terms unchanged)."""
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        if not self.stem_enabled or word in PROTECTED_TERMS or word.isdigit() or len(word) <= 3:
            out = word
        else:
            out = STEM_OVERRIDES.get(word) or _sastrawi()[0].stem(word) or word
            if out == word:
                out = _chat_root(word) or word
        self._cache[word] = out
        return out

    def terms(self, text: str) -> list[str]:
        """Index terms of a text, in order (duplicates kept: BM25 counts them)."""
        return [self.stem(w) for w in self.words(text)]

    def has_searchable_words(self, text: str) -> bool:
        """True when the text has at least one Latin-script letter or digit."""
        return bool(_WORD.search(_fold(text)))
