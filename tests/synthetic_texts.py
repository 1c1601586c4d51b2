"""Made-up regulation texts for tests (invented wording; no real law)."""

SYNTHETIC_PP = """PERATURAN PEMERINTAH REPUBLIK INDONESIA
NOMOR 99 TAHUN 2099
TENTANG
TATA TERTIB PEGAWAI PERCOBAAN

DENGAN RAHMAT TUHAN YANG MAHA ESA

Menimbang:
a. bahwa ketertiban pegawai percobaan perlu dijaga;
b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Peraturan Pemerintah tentang Tata Tertib Pegawai Percobaan;

Mengingat:
1. Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara;

MEMUTUSKAN:
Menetapkan: PERATURAN PEMERINTAH TENTANG TATA TERTIB PEGAWAI PERCOBAAN.

BAB I
KETENTUAN UMUM

Pasal 1
Pegawai percobaan wajib hadir tepat waktu.

Pasal 2
(1) Pegawai percobaan dilarang:
a. membawa hewan peliharaan ke ruang rapat; dan
b. memakai seragam tim olahraga:
1. pada hari Senin; atau
2. pada upacara resmi.
(2) Larangan sebagaimana dimaksud pada ayat (1) berlaku di seluruh kantor.

BAB II
SANKSI

Pasal 3
Pegawai percobaan yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 2 ayat (1) huruf b angka 2 dijatuhi teguran.

Pasal 4
Peraturan Pemerintah ini mulai berlaku pada tanggal diundangkan.

Ditetapkan di Jakarta
pada tanggal 2 Januari 2099
PRESIDEN REPUBLIK INDONESIA,

Diundangkan di Jakarta
pada tanggal 3 Januari 2099

LEMBARAN NEGARA REPUBLIK INDONESIA TAHUN 2099 NOMOR 7

PENJELASAN
ATAS
PERATURAN PEMERINTAH REPUBLIK INDONESIA
NOMOR 99 TAHUN 2099
TENTANG
TATA TERTIB PEGAWAI PERCOBAAN

I. UMUM
Ketertiban pegawai percobaan menjadi dasar pelayanan yang baik.

II. PASAL DEMI PASAL
Pasal 1
Cukup jelas.
Pasal 2
Ayat (1)
Huruf a
Cukup jelas.
Huruf b
Angka 1
Cukup jelas.
Angka 2
Yang dimaksud dengan upacara resmi adalah upacara kenegaraan.
Ayat (2)
Cukup jelas.
Pasal 3
Cukup jelas.
Pasal 4
Cukup jelas.

TAMBAHAN LEMBARAN NEGARA REPUBLIK INDONESIA NOMOR 9999
"""
