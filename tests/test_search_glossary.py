"""Tests for kg.search.glossary."""

import pytest

from kg.search.glossary import Concept, GlossaryError, everyday_expansions, expansions, load_glossary


def test_shipped_glossary_maps_english_to_indonesian():
    terms = expansions("penalty for a civil servant who joins a campaign")
    assert "kampanye" in terms
    assert "sanksi" in terms and "hukuman disiplin" in terms
    assert "pns" in terms and "pegawai asn" in terms


def test_indonesian_synonyms_expand_but_present_terms_are_not_repeated():
    terms = expansions("sanksi pns")
    assert "pegawai asn" in terms and "pns" not in terms and "sanksi" not in terms


def test_unrelated_query_gets_nothing():
    assert expansions("resep kue lapis") == []


def test_custom_concepts_and_word_boundaries():
    concepts = (Concept(en=("car",), id=("mobil dinas",)),)
    assert expansions("official car", concepts) == ["mobil dinas"]
    assert expansions("carpet", concepts) == []


def test_an_everyday_phrase_of_three_words_names_its_concept_with_a_few_words_inside_it():
    from kg.search.glossary import matched_concepts

    concepts = (
        Concept(en=("moved the training",), id=("tindakan sintetis",)),
        Concept(en=("synthetic car",), id=("mobil sintetis",)),
        Concept(en=("staff",), id=("pengerahan",), cues=("bawa pegawai kantor",)),
    )
    assert expansions("he moved the annual small-business training", concepts) == ["tindakan sintetis"]
    # four words inside is no longer the phrase, nor are two-word phrases or the Indonesian terms loosened
    assert expansions("he moved the big annual small-business training", concepts) == []
    assert expansions("a synthetic red car", concepts) == []
    assert everyday_expansions("bawa semua pegawai kantor", concepts) == ["pengerahan"]
    [(concept, covered)] = matched_concepts("he moved the annual training", concepts)
    assert concept.id == ("tindakan sintetis",) and covered == {"moved", "the", "training"}


def test_every_shipped_concept_has_indonesian_terms_but_the_words_of_narration():
    concepts = load_glossary()
    assert len(concepts) >= 30 and sum(1 for c in concepts if not c.id) == 1
    narration = next(c for c in concepts if not c.id)
    assert "says" in narration.en and expansions("he says he was only there") == []


def test_words_of_narration_silence_what_the_lexicon_learned_of_them():
    from kg.search.glossary import matched_concepts

    concepts = (Concept(en=("says",), id=("mendengar",), learned=True), Concept(en=("says",), id=()))
    assert expansions("he says so", concepts) == []
    assert matched_concepts("he says so", concepts) == []


def test_malformed_glossary_is_a_clear_error(tmp_path):
    f = tmp_path / "synthetic_glossary.yaml"
    f.write_text("concepts:\n  - en: [x]\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match="needs an 'id' list"):
        load_glossary(str(f))


def test_a_hand_written_phrase_overrides_what_the_lexicon_learned_of_its_words():
    concepts = (
        Concept(en=("synthetic servant",), id=("pegawai sintetis",)),
        Concept(en=("servant",), id=("sumpah",), learned=True),
        Concept(en=("district",), id=("kabupaten",), learned=True),
        Concept(en=("sub district head",), id=("camat",)),
    )
    assert expansions("a synthetic servant joins a rally", concepts) == ["pegawai sintetis"]
    # a word the question uses outside the phrase too still names what was learned of it
    assert expansions("a district office finds a sub-district head", concepts) == ["kabupaten", "camat"]
    assert expansions("a servant of the district", concepts) == ["sumpah", "kabupaten"]


def test_matched_concepts_leave_out_overridden_learned_concepts():
    from kg.search.glossary import matched_concepts

    concepts = (
        Concept(en=("synthetic servant",), id=("pegawai sintetis",)),
        Concept(en=("servant",), id=("sumpah",), learned=True),
    )
    assert [c.id for c, _ in matched_concepts("a synthetic servant", concepts)] == [("pegawai sintetis",)]


@pytest.mark.parametrize(
    ("query", "term"),
    [
        ("still in his full Korpri uniform", "atribut pns"),
        ("he lent out the office's tent and chairs", "meminjamkan"),
        ("he lent out the office's tent and chairs", "fasilitas negara"),
        ("a circular that plainly favoured one ticket", "menguntungkan"),
        ("a circular that plainly favoured one ticket", "surat edaran"),
        ("a circular that plainly favoured one ticket", "pasangan calon"),
        ("put me forward as a would-be candidate", "bakal calon"),
        ("gives him only a verbal warning", "teguran lisan"),
        ("an administrator-level post", "jabatan administrator"),
        ("Once the ethics council has ruled", "majelis kode etik"),
        ("reshuffled several agency heads", "penggantian pejabat"),
        ("can he be taken off his post for the time being", "pembebasan sementara"),
        ("a civil servant who took sides in an election", "memihak"),
        ("the district public-works chief", "pekerjaan umum"),
        ("sent two of the agency's water tankers", "kendaraan dinas"),
        ("keeps slowing down residents who wear the shirt", "merugikan"),
        ("moved three villages to the front of the programme", "menguntungkan"),
        # a career paused or ended, as the management regulation names it
        ("I'd like unpaid leave to run his campaign office", "cuti di luar tanggungan negara"),
        ("who grants his pension after he resigned?", "hak pensiun"),
        ("she reaches the retirement age next month", "batas usia pensiun"),
        ("can he be reinstated once the term ends?", "pengaktifan kembali"),
        ("he was temporarily dismissed while on the commission", "pemberhentian sementara"),
        ("the degree he used for promotion was forged; a forged diploma", "ijazah palsu"),
    ],
)
def test_everyday_english_reaches_the_statutory_term(query, term):
    assert term in expansions(query)


def test_the_management_regulations_abbreviations_are_searched_beside_their_full_names():
    # our records of PP 11/2017 name the leave, the retirement age and the pre-retirement period by their
    # abbreviations, so the everyday words reach those as well
    assert "cltn" in expansions("can I take unpaid leave to help his campaign?")
    assert "bup" in expansions("she reaches the retirement age next month")
    assert "mpp" in expansions("he is in his pre-retirement year")


def test_equipment_a_local_government_owns_is_a_state_facility_in_everyday_indonesian():
    from kg.search.glossary import everyday_expansions

    assert "fasilitas negara" in everyday_expansions("syuting pakai kamera dan drone milik pemkot")
    assert "fasilitas negara" in everyday_expansions("pinjam alat dinas buat acara paslon")
    assert "fasilitas negara" not in everyday_expansions("pakai kamera pribadi miliknya sendiri")
    # and a government facility, as the regional elections law names what a campaign may not use
    for said in ("aula panti milik pemkab dipakai tim paslon", "the regency's official car at the rally"):
        assert "fasilitas pemerintah" in expansions(said), said


def test_a_plain_candidate_is_not_a_would_be_candidate_or_a_contestant():
    terms = expansions("a candidate for regent")
    assert "calon" in terms and "bakal calon" not in terms and "peserta pemilu" not in terms


def test_an_everyday_cue_names_its_concept_but_is_never_added(tmp_path):
    f = tmp_path / "synthetic_glossary.yaml"
    f.write_text(
        "concepts:\n"
        "  - en: [party insignia]\n"
        "    id: [atribut partai, kaos partai]\n"
        "  - en: [campaign shirt]\n"
        "    cues: [kaos sintetis, rompi sintetis]\n"
        "    id: [atribut partai]\n",
        encoding="utf-8",
    )
    concepts = load_glossary(str(f))
    assert expansions("PNS pakai kaos sintetis ke kampanye", concepts) == ["atribut partai"]
    # Naming the statutory term adds its synonyms, never the everyday cues of another concept.
    got = expansions("PNS memakai atribut partai", concepts)
    assert "kaos partai" in got and not {"kaos sintetis", "rompi sintetis"} & set(got)
    # Only a concept named in everyday words alone carries the question's meaning in its terms.
    assert everyday_expansions("PNS pakai kaos sintetis ke kampanye", concepts) == ["atribut partai"]
    assert everyday_expansions("PNS memakai atribut partai dan kaos sintetis", concepts) == []
    assert everyday_expansions("PNS memakai atribut partai", concepts) == []


@pytest.mark.parametrize(
    ("query", "term"),
    [
        # a vehicle, a room or a laptop of the office is a state facility
        ("bawa minibus kantor buat antar-jemput massa", "fasilitas negara"),
        ("used the agency's minibus to ferry supporters", "fasilitas negara"),
        ("took the council van to the rally", "fasilitas negara"),
        ("pakai laptop dinas buat bikin materi kampanye", "fasilitas negara"),
        ("on a laptop that belongs to the secretariat", "fasilitas negara"),
        # the corps' batik and badge are civil-service insignia; a party vest is party insignia
        ("masih pakai batik Korpri lengkap dengan pin-nya", "atribut pns"),
        ("at the rally with her staff lanyard on", "atribut pns"),
        ("datang pakai rompi relawan paslon", "atribut partai"),
        # bringing other civil servants along is mobilising them
        ("ngerahin anak buahnya rame-rame ikut kampanye akbar", "mengerahkan"),
        ("rounded up the section to attend a mass rally", "mengerahkan"),
        # volunteering and driving for a candidate is taking part in the campaign
        ("jadi sopir relawan keliling buat caleg", "peserta kampanye"),
        ("driving around as a volunteer for a DPR candidate", "peserta kampanye"),
        # handing out goods or cash for a candidate
        ("hands the mothers packets of baby porridge", "pemberian barang"),
        ("nganter amplop 'uang bensin' ke rumah-rumah petani", "politik uang"),
        # a profile picture or a chain message for a candidate shows partiality
        ("ganti foto profil WA-nya jadi poster capres", "keberpihakan"),
        ("changed his WhatsApp profile picture to the ticket's poster", "keberpihakan"),
        # "don't forget him on polling day" asks people to vote for him
        ("he say to us don't forget him on 14 February", "ajakan"),
        ("the nurse told each patient 'don't forget number 3'", "ajakan"),
        ("asked the teachers to 'remember who really cares about schools' on the 14th", "ajakan"),
        # a call to keep the incumbent on is a call to vote for him; a head's two terms served are not
        ("spanduknya tulisan 'lanjutkan 2 periode' dan foto bupati", "ajakan"),
        ("the banner said 'Thank you, keep going for a second term'", "ajakan"),
        # telling people whom not to vote for, or which ticket is "the rational choice", is an appeal
        ("paslon yg pake bansos jgn dikasih suara bapak ibu", "ajakan"),
        ("residents shouldn't give their vote to the ticket that uses aid", "ajakan"),
        ("the rational choice for residents is obviously number 1", "ajakan"),
        ("adik2 mahasiswa tau lah harus gimana tgl 27", "ajakan"),
        ("bakal capres itu satu2nya harapan, kita wajib dukung", "ajakan"),
        # an office's files copied for a side favour it; members chipping in for a pair's logistics fund it
        ("If I just put the files on a flash drive for them", "menguntungkan"),
        ("the office head has scheduled the handover for the day the ticket campaigns here", "menguntungkan"),
        ("minta tiap anggota setor 50rb buat logistik paslon gubernur", "dana kampanye"),
        # stalling one side's request is treating the sides differently
        ("atasannya bilang permohonan tim paslon 1 diulur-ulur aja", "menguntungkan"),
        # an office's screen, envelope or programme carrying one side's slogan favours that side
        ("videotron pemkab muter slide yg tagline-nya persis jargon paslonnya", "menguntungkan"),
        ("the aid envelopes carried the pair's slogan word for word", "menguntungkan"),
        # an action favouring the places that back a pair
        ("penyaluran bansos cuma di desa yang didatangi paslon", "menguntungkan"),
        # a programme steered to, or timed with, one pair's campaign favours it
        ("steered the rice aid to households with the incumbent's stickers", "menguntungkan"),
        ("jadwal sunatan massal dimajukan supaya bareng kampanye paslon", "menguntungkan"),
        # an office's funds, timetable or records put at one side's disposal
        ("penghuni yang teken ikrar ditaruh di urutan teratas daftar perpanjangan sewa", "menguntungkan"),
        ("handed the registration desk over to the candidate's team", "menguntungkan"),
        # a contract cut short, or being fired, is a dismissal
        ("pppk ketauan ikut kampanye, bisa diputus kontraknya?", "pemberhentian"),
        ("could the agency terminate her contract for it?", "pemberhentian"),
        # told to log on, his own staff were mobilised
        ("told the eleven staff under him to log on to the webinar", "mengerahkan"),
        ("camat ngajakin staf kecamatan ke kampanye caleg", "mengerahkan"),
        # telling a crowd to back someone, in everyday words, is an appeal
        ("bilang lewat pengeras suara 'dukung beliau di DPD ya'", "ajakan"),
        ("caption 'let's back him on feb 14'", "ajakan"),
        # passing round a link to give money to a campaign is raising funds for it
        ("keeps posting an online crowdfunding link for a DPD candidate", "dana kampanye"),
        ("nyebarin link donasi online buat kampanye caleg", "dana kampanye"),
        # a gathering at home for a ticket's people is a meeting
        ("host a 'coffee morning' so neighbours can meet a ticket's volunteers", "pertemuan"),
        ("ngopi bareng warga sama timses capres di rumahnya", "pertemuan"),
        # uploading is posting, and what is posted may call for a side
        ("upload foto quick count, captionnya makasih yg udah milih 0X", "ajakan"),
        ("uploaded a thank-you photo for the winning ticket", "ajakan"),
        # sitting as one side's witness shows which side one is on
        ("guru PNS jadi saksi mandat paslon waktu rekapitulasi", "keberpihakan"),
        ("she sat as the party's witness at the polling station", "keberpihakan"),
        # against a side: its props taken down, its people kept out, lies told about its candidate
        ("disuruh nurunin baliho paslon no 2", "merusak apk"),
        ("tore down the other ticket's banners", "merusak apk"),
        ("di gapura desa kami dicegat linmas", "menghalangi"),
        ("nyebarin video hoaks soal calon bupati", "memfitnah"),
        ("shared a video of the candidate; it's been checked, the video is doctored", "memfitnah"),
        ("bikin video TikTok ngeledek calon DPD", "menghina"),
        # one summoned who does not come is summoned again, then punished without examination
        ("udh dipanggil 2x gak dateng krn takut", "pemanggilan kedua"),
        ("he ignored the summons twice", "pemanggilan kedua"),
        # the office's data handed to a side is an action favouring it
        ("kepala sekolah ngasih daftar nomor HP ortu ke tim caleg", "menguntungkan"),
        ("a clerk sent the data of aid recipients to a ticket's team", "menguntungkan"),
        # going along with a candidate to his rallies is taking part in them
        ("the aide will go with him to the rallies in plain clothes", "ikut kampanye"),
        ("I plan to go to his rallies and just listen", "ikut kampanye"),
        ("staf capil ngekspor data penduduk terus dikasih ke tim paslon", "menguntungkan"),
        ("dia ngirim daftar peserta PBI ke tim caleg", "menguntungkan"),
        ("the clerk exported the list and passed the list to a pair's team", "menguntungkan"),
        # telling people whom not to vote for is an appeal too
        ("pas khutbah dia bilang jamaah jangan milih paslon no 2", "ajakan"),
        ("told the parents' group: don't vote for this one", "ajakan"),
        # a mission abroad is abroad
        ("PNS di KBRI sintetis ikut kampanye", "luar negeri"),
        ("a PNS at our consulate joined a rally", "luar negeri"),
    ],
)
def test_everyday_words_reach_the_conduct_the_law_names(query, term):
    assert term in expansions(query)


@pytest.mark.parametrize(
    "query",
    [
        "share the cost of the office party",  # "share" alone is no social-media act
        "forgot the PIN of his salary card",  # nor is "pin" an insignia
        "read the story of the agency",  # nor "story" an Instagram story
        "stripped of his post for twelve months",  # a post held is no post published
        "purple elephant tax calendar seventeen",  # nor is a calendar a gift
        "saksi ahli memberi keterangan di sidang",  # an expert witness takes no side
        "pangkatnya diturunin satu tingkat",  # a rank taken down is no banner taken down
        "rumahnya rusak berat kena gempa, ada baliho paslon",  # nor is a house damaged a prop damaged
        "bupati nyopot kabag prokopim & ganti org lain",  # nor an official removed from his post
    ],
)
def test_ambiguous_everyday_words_do_not_name_a_conduct(query):
    got = set(expansions(query))
    conduct = {"media sosial", "atribut pns", "atribut partai", "pemberian barang", "keberpihakan"}
    conduct |= {"merusak apk"}
    assert not got & conduct, got & conduct


def test_a_phrase_that_fixes_an_ambiguous_word_names_its_conduct():
    assert "menyebarluaskan" in expansions("share poster capres ke grup kantor")
    assert "atribut pns" in expansions("datang ke kampanye pakai pin Korpri")


def test_a_possessive_names_what_the_phrase_without_it_names():
    from kg.search.glossary import matched_concepts

    scarf = Concept(en=("party scarf",), id=("atribut partai",), cues=())
    assert [c for c, _ in matched_concepts("She wore the party's scarf at the rally", (scarf,))] == [scarf]
    assert matched_concepts("She wore a scarf to the party", (scarf,)) == []


def test_an_identity_card_alone_is_no_support_letter():
    assert "surat dukungan" not in " ".join(expansions("the office held back printing of identity cards"))
    assert "surat dukungan" in " ".join(expansions("he gave a support letter with a copy of his ID"))


def test_two_terms_served_is_no_call_to_vote():
    assert "ajakan" not in expansions("Bupati kami sudah dua periode, nggak bisa maju lagi.")


def test_fighting_a_decision_in_everyday_indonesian_is_an_administrative_remedy():
    assert "upaya administratif" in expansions("bisakah dia melawan keputusan itu, lewat jalur apa?")
    assert "upaya administratif" in expansions("mau menggugat SK pemberhentiannya")
    assert "upaya administratif" not in expansions("dia melawan arus di jalan tol")


def test_a_photo_of_two_arm_in_arm_is_backing_shown_in_a_picture():
    from kg.search.glossary import everyday_expansions

    assert "keberpihakan" in everyday_expansions("kami foto berdua rangkulan di panen raya")
    assert "keberpihakan" in expansions("the two of us had a photo taken with our arms round each other")
    # a group photo is not by itself a pose with a candidate
    assert "keberpihakan" not in everyday_expansions("semua guru disuruh pakai kaos waktu foto bareng")
