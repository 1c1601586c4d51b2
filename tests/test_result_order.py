from __future__ import annotations

import json

import pytest

from kg.errors import ResultOrderError
from kg.result_order import (
    FEATURES,
    Candidate,
    candidates,
    covered_last,
    feature_rows,
    load_order,
    note_kind,
    save_order,
)

BAN = "pp-90-2030/pasal-5/huruf-n/angka-6"
PENALTY = "pp-90-2030/pasal-14/huruf-i/angka-4"
PLAIN = "pp-90-2030/pasal-77"


def synthetic_card_items():
    return [
        (
            "prohibitions",
            0,
            f"prohibition: take part in a campaign (match 0.5) {BAN}",
            None,
            "in force",
            False,
            BAN,
        ),
        ("sanctions", 0, "sanction for: take part in a campaign", "disciplinary", "in force", False, PENALTY),
        ("sanctions", 1, "again", "disciplinary", "in force", False, BAN),  # listed twice: kept once
        ("related", 0, "a whole act", None, "in force", True, "pp-90-2030"),  # no point: not a result
    ]


def test_the_card_items_then_the_plain_hits_are_the_candidates_each_once():
    cands = candidates(synthetic_card_items(), leading=[PENALTY, BAN], plain=[BAN, PLAIN])
    assert [c.pinpoint for c in cands] == [BAN, PENALTY, PLAIN]
    ban, penalty, plain = cands
    assert (ban.group, ban.lead_pos, ban.plain_pos) == ("prohibitions", 1, 0)
    assert (penalty.group, penalty.lead_pos, penalty.regime) == ("sanctions", 0, "disciplinary")
    assert plain.group is None and plain.plain_pos == 1 and plain.lead_pos == 99


def test_a_point_under_an_article_listed_before_it_goes_after_the_rest():
    ids = [
        "pp-90-2030/pasal-29",
        "pp-90-2030/pasal-29/ayat-3",
        "pp-90-2030/pasal-30/ayat-1",
        "pp-90-2030/pasal-3",
    ]
    assert covered_last(ids) == [ids[0], ids[2], ids[3], ids[1]]  # pasal-3 holds none of them: "/" bounds it
    # a point listed before its article stays where it is
    assert covered_last(ids[1::-1]) == ids[1::-1]
    hits = [{"pinpoint": p} for p in ids]
    assert covered_last(hits, lambda h: h["pinpoint"]) == [hits[0], hits[2], hits[3], hits[1]]


def test_a_note_kind_is_its_first_words_before_any_citation_or_quoted_term():
    assert note_kind("sanction for: take part in a campaign") == "sanction for"
    assert note_kind("sets the sanction for PP No. 90 Tahun 2030, Pasal 5") == "sets the sanction"
    assert note_kind("defines 'kampanye'") == "defines"
    assert note_kind("") == ""


def test_feature_rows_say_where_each_candidate_came_from_without_naming_an_act():
    cands = candidates(synthetic_card_items(), leading=[PENALTY, BAN], plain=[BAN, PLAIN])
    rows = feature_rows(cands, "sanction", "en", named=["pp-90-2030"], notes=["prohibition", "sanction for"])
    assert all(len(r) == len(FEATURES) for r in rows)
    f = [dict(zip(FEATURES, r, strict=True)) for r in rows]
    assert f[0]["note_kind"] == 1 and f[1]["note_kind"] == 2 and f[2]["note_kind"] == -1  # plain: no note
    assert f[0]["doc_named"] == 1.0 and f[0]["doc_share"] == 1.0 and f[2]["group"] == -1
    assert f[0]["same_article"] == 1 and f[1]["depth"] == 3 and f[0]["lang_en"] == 1.0


def _tiny_model(tmp_path):
    lgb = pytest.importorskip("lightgbm")
    import numpy as np

    # A synthetic lesson: the candidate the plain search ranks first is the one expected.
    rng = np.random.default_rng(0)
    xs, ys, sizes = [], [], []
    for _ in range(60):
        rows = rng.integers(0, 20, size=(5, len(FEATURES))).astype(float)
        rows[:, 1] = rng.permutation(5)
        xs.extend(rows)
        ys.extend((rows[:, 1] == 0).astype(int))
        sizes.append(5)
    data = lgb.Dataset(np.asarray(xs), np.asarray(ys), group=sizes, feature_name=list(FEATURES))
    booster = lgb.train({"objective": "lambdarank", "verbose": -1, "min_data_in_leaf": 5}, data, 20)
    path = tmp_path / "result_order.json"
    save_order(booster, ["sanction for"], {"cv": {}}, path)
    return path


def test_a_saved_model_orders_the_candidates_as_it_learned(tmp_path):
    path = _tiny_model(tmp_path)
    model = load_order(path)
    assert model is not None and model.notes == ("sanction for",)
    cands = [Candidate(f"pp-90-2030/pasal-{n}", plain_pos=p) for n, p in ((1, 3), (2, 0), (3, 1))]
    ranked = model.order(cands, "sanction", "id", ())
    assert ranked[0][1].pinpoint == "pp-90-2030/pasal-2" and ranked[0][0] >= ranked[1][0] >= ranked[2][0]


def test_no_model_file_is_none_and_a_damaged_or_stale_one_says_how_to_retrain(tmp_path):
    assert load_order(tmp_path / "absent.json") is None
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(ResultOrderError, match="train_result_order"):
        load_order(broken)
    stale = tmp_path / "stale.json"
    data = json.loads(_tiny_model(tmp_path).read_text(encoding="utf-8"))
    data["features"] = ["lead_pos"]
    stale.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ResultOrderError, match="other features"):
        load_order(stale)
