"""Made-up court decisions laid out as real ones are (PUTUSAN / Nomor / DEMI KEADILAN … / duduk perkara /
pertimbangan hukum / AMAR PUTUSAN / MENGADILI), for ingest tests.

Everything here is invented: the case numbers and years (2099), the acts reviewed or applied
(Undang-Undang Nomor 99 Tahun 2098 on village seed gardens, Undang-Undang Nomor 98 Tahun 2097 on an
imaginary election), the parties ("Fulan", "Fulanah", the Indonesian placeholders for an unnamed
person) and every outcome. No wording is copied from a real decision.
"""

from __future__ import annotations

from pathlib import Path

# An MK review granted in part: one provision conditionally unconstitutional with the reading the Court
# gives and a deadline for the lawmakers, another struck down, the rest rejected.
SYNTHETIC_MK_CONDITIONAL = """PUTUSAN
Nomor 7/PUU-XCVII/2099
DEMI KEADILAN BERDASARKAN KETUHANAN YANG MAHA ESA
MAHKAMAH KONSTITUSI REPUBLIK INDONESIA,
[1.1] Yang mengadili perkara konstitusi pada tingkat pertama dan terakhir, menjatuhkan putusan dalam
perkara Pengujian Undang-Undang Nomor 99 Tahun 2098 tentang Kebun Benih Desa terhadap Undang-Undang Dasar
Negara Republik Indonesia Tahun 1945, yang diajukan oleh:
[1.2] 1. Nama : Fulan
Pekerjaan : Pegawai Negeri Sipil
Alamat : Jalan Contoh Nomor 1, Desa Contoh
selanjutnya disebut sebagai --------------------------------------- Pemohon I;
2. Nama : Fulanah
Pekerjaan : Petani
Alamat : Jalan Contoh Nomor 2, Desa Contoh
selanjutnya disebut sebagai --------------------------------------- Pemohon II;
Berdasarkan Surat Kuasa Khusus bertanggal 2 Januari 2099 memberi kuasa kepada Fulan bin Fulan, advokat,
bertindak untuk dan atas nama pemberi kuasa;
Selanjutnya disebut sebagai ------------------------------------- para Pemohon;
[1.3] Membaca permohonan para Pemohon;
Mendengar keterangan para Pemohon;
Mendengar dan membaca keterangan Presiden;
Mendengar dan membaca keterangan Dewan Perwakilan Rakyat;
2. DUDUK PERKARA
[2.1] Menimbang bahwa para Pemohon mengajukan pengujian Pasal 12 ayat (2), Pasal 14, dan Pasal 15
Undang-Undang Nomor 99 Tahun 2098 tentang Kebun Benih Desa (selanjutnya disebut UU Kebun Benih) yang
dianggap merugikan hak konstitusional para Pemohon;
3. PERTIMBANGAN HUKUM
[3.1] Menimbang bahwa pokok permohonan para Pemohon adalah pengujian konstitusionalitas Pasal 12 ayat (2),
Pasal 14, dan Pasal 15 UU Kebun Benih;
[3.2] Menimbang bahwa menurut Mahkamah, penggunaan kebun benih oleh pegawai perlu dibaca bersama asas
netralitas, sehingga dalil para Pemohon beralasan menurut hukum untuk sebagian;
4. KONKLUSI
Berdasarkan penilaian atas fakta dan hukum sebagaimana diuraikan di atas, Mahkamah berkesimpulan
permohonan para Pemohon beralasan menurut hukum untuk sebagian.
5. AMAR PUTUSAN
Mengadili,
1. Mengabulkan permohonan para Pemohon untuk sebagian;
2. Menyatakan Pasal 12 ayat (2) Undang-Undang Nomor 99 Tahun 2098 tentang Kebun Benih Desa (Lembaran
Negara Republik Indonesia Tahun 2098 Nomor 5) bertentangan dengan Undang-Undang Dasar Negara Republik
Indonesia Tahun 1945 dan tidak mempunyai kekuatan hukum mengikat secara bersyarat sepanjang tidak dimaknai
"pegawai yang mengelola kebun benih wajib mengundurkan diri sejak ditetapkan sebagai calon";
3. Menyatakan Pasal 14 UU Kebun Benih bertentangan dengan Undang-Undang Dasar Negara Republik Indonesia
Tahun 1945 dan tidak mempunyai kekuatan hukum mengikat;
4. Memerintahkan kepada pembentuk undang-undang untuk melakukan perbaikan dalam jangka waktu paling lama
2 (dua) tahun sejak putusan ini diucapkan;
5. Menolak permohonan para Pemohon untuk selain dan selebihnya;
6. Memerintahkan pemuatan putusan ini dalam Berita Negara Republik Indonesia sebagaimana mestinya.
Demikian diputus dalam Rapat Permusyawaratan Hakim oleh sembilan Hakim Konstitusi yaitu Hakim Contoh
Satu selaku Ketua merangkap Anggota, pada hari Senin, tanggal dua, bulan Maret, tahun dua ribu sembilan
puluh sembilan, dan diucapkan dalam Sidang Pleno Mahkamah Konstitusi terbuka untuk umum pada hari Kamis,
tanggal dua belas, bulan Maret, tahun dua ribu sembilan puluh sembilan, selesai diucapkan pukul 11.05 WIB.
"""

# An MK review rejected in full.
SYNTHETIC_MK_REJECTED = """PUTUSAN
Nomor 9/PUU-XCVII/2099
DEMI KEADILAN BERDASARKAN KETUHANAN YANG MAHA ESA
MAHKAMAH KONSTITUSI REPUBLIK INDONESIA,
[1.1] Yang mengadili perkara konstitusi pada tingkat pertama dan terakhir, menjatuhkan putusan dalam
perkara Pengujian Materiil Undang-Undang Nomor 99 Tahun 2098 tentang Kebun Benih Desa terhadap
Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, yang diajukan oleh:
[1.2] Nama : Fulan
Pekerjaan : Wiraswasta
selanjutnya disebut sebagai ------------------------------------------ Pemohon;
2. DUDUK PERKARA
[2.1] Menimbang bahwa Pemohon mengajukan pengujian Pasal 20 Undang-Undang Nomor 99 Tahun 2098 terhadap
Pasal 28D ayat (1) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;
3. PERTIMBANGAN HUKUM
[3.1] Menimbang bahwa dalil Pemohon tidak beralasan menurut hukum;
5. AMAR PUTUSAN
Mengadili:
Menolak permohonan Pemohon untuk seluruhnya.
Demikian diputus dalam Rapat Permusyawaratan Hakim oleh sembilan Hakim Konstitusi pada hari Selasa,
tanggal 5 Mei 2099, dan diucapkan dalam Sidang Pleno Mahkamah Konstitusi terbuka untuk umum pada hari
Rabu, tanggal 13 Mei 2099, selesai diucapkan pukul 10.30 WIB.
"""

# A first-instance criminal judgment under an (imaginary) election law: prison with probation and a fine
# with kurungan in default.
SYNTHETIC_PN_CRIMINAL = """PUTUSAN
Nomor 23/Pid.Sus/2099/PN Slk
DEMI KEADILAN BERDASARKAN KETUHANAN YANG MAHA ESA
Pengadilan Negeri Solok yang mengadili perkara pidana dengan acara pemeriksaan singkat dalam tingkat
pertama menjatuhkan putusan sebagai berikut dalam perkara Terdakwa:
1. Nama lengkap : FULAN BIN FULAN;
2. Tempat lahir : Desa Contoh;
3. Umur/Tanggal lahir : 40 Tahun/1 Januari 2059;
4. Jenis kelamin : Laki-laki;
5. Kebangsaan : Indonesia;
6. Tempat tinggal : Jalan Contoh Nomor 3, Desa Contoh;
7. Agama : Islam;
8. Pekerjaan : Pegawai Negeri Sipil;
Terdakwa tidak ditahan;
Terdakwa didampingi oleh Penasihat Hukum berdasarkan Surat Kuasa Khusus tanggal 3 Februari 2099;
Pengadilan Negeri tersebut;
Setelah membaca berkas perkara dan surat-surat lain yang bersangkutan;
Setelah mendengar tuntutan pidana yang diajukan oleh Penuntut Umum;
Menimbang, bahwa Terdakwa diajukan ke persidangan oleh Penuntut Umum didakwa berdasarkan surat dakwaan
sebagai berikut:
Bahwa Terdakwa FULAN BIN FULAN selaku pegawai negeri sipil ikut serta sebagai pelaksana kampanye,
perbuatan Terdakwa sebagaimana diatur dan diancam pidana dalam Pasal 494 jo. Pasal 280 ayat (3)
Undang-Undang Nomor 98 Tahun 2097 tentang Pemilihan Contoh;
Menimbang, bahwa oleh karena semua unsur telah terpenuhi, maka Terdakwa harus dinyatakan bersalah;
MENGADILI:
1. Menyatakan Terdakwa FULAN BIN FULAN tersebut di atas, terbukti secara sah dan meyakinkan bersalah
melakukan tindak pidana "Pegawai Negeri Sipil ikut serta sebagai pelaksana kampanye" sebagaimana dalam
dakwaan tunggal;
2. Menjatuhkan pidana kepada Terdakwa oleh karena itu dengan pidana penjara selama 3 (tiga) bulan dan
denda sejumlah Rp5.000.000,00 (lima juta rupiah) dengan ketentuan apabila denda tersebut tidak dibayar
diganti dengan pidana kurungan selama 1 (satu) bulan;
3. Menetapkan pidana penjara tersebut tidak usah dijalani kecuali jika di kemudian hari ada putusan hakim
yang menentukan lain disebabkan karena Terpidana melakukan suatu tindak pidana sebelum masa percobaan
selama 6 (enam) bulan berakhir;
4. Membebankan kepada Terdakwa membayar biaya perkara sejumlah Rp5.000,00 (lima ribu rupiah);
Demikianlah diputuskan dalam sidang permusyawaratan Majelis Hakim Pengadilan Negeri Solok, pada hari
Senin, tanggal 16 Maret 2099, oleh kami, Hakim Contoh sebagai Hakim Ketua, putusan tersebut pada hari itu
juga diucapkan dalam sidang terbuka untuk umum oleh Hakim Ketua dengan didampingi Para Hakim Anggota
tersebut, dibantu oleh Panitera Pengganti, serta dihadiri oleh Penuntut Umum dan Terdakwa.
"""

# The appeal of the judgment above: the Pengadilan Tinggi changes the sentence.
SYNTHETIC_PT_APPEAL = """PUTUSAN
Nomor 41/PID.SUS/2099/PT PDG
DEMI KEADILAN BERDASARKAN KETUHANAN YANG MAHA ESA
Pengadilan Tinggi Padang yang mengadili perkara pidana dalam tingkat banding menjatuhkan putusan sebagai
berikut dalam perkara Terdakwa:
Nama lengkap : FULAN BIN FULAN;
Pekerjaan : Pegawai Negeri Sipil;
Menimbang, bahwa perbuatan Terdakwa sebagaimana diatur dan diancam pidana dalam Pasal 494 jo. Pasal 280
ayat (3) Undang-Undang Nomor 98 Tahun 2097 tentang Pemilihan Contoh;
MENGADILI:
1. Menerima permintaan banding dari Penuntut Umum;
2. Mengubah putusan Pengadilan Negeri Solok Nomor 23/Pid.Sus/2099/PN Slk tanggal 16 Maret 2099 sekadar
mengenai lamanya pidana, sehingga amar selengkapnya berbunyi sebagai berikut:
- Menyatakan Terdakwa FULAN BIN FULAN terbukti secara sah dan meyakinkan bersalah melakukan tindak pidana
pemilu;
- Menjatuhkan pidana kepada Terdakwa dengan pidana penjara selama 4 (empat) bulan dan denda sejumlah
Rp5.000.000,00 (lima juta rupiah) dengan ketentuan apabila denda tidak dibayar diganti dengan pidana
kurungan selama 1 (satu) bulan;
Demikianlah diputuskan dalam rapat permusyawaratan Majelis Hakim Pengadilan Tinggi Padang pada hari Kamis,
tanggal 7 Mei 2099, dan diucapkan dalam sidang terbuka untuk umum pada hari Jumat, tanggal 8 Mei 2099.
"""

SYNTHETIC_NAMES = ("Fulan", "Fulanah", "FULAN BIN FULAN", "Hakim Contoh")


def write_decision_pdf(path: Path, text: str = SYNTHETIC_MK_REJECTED, per_page: int = 14) -> Path:
    """Write a synthetic decision as a PDF, ``per_page`` printed lines a page with "- n -" numbers."""
    from tests.synthetic_pdfs import write_regulation_pdf

    lines = text.strip().splitlines()
    pages = tuple(tuple(lines[k : k + per_page]) for k in range(0, len(lines), per_page))
    return write_regulation_pdf(path, pages=pages, header=False)
