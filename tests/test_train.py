"""`hijackwatch train`: data gathering, the janitr held-out slice, review verdicts, a quick real fit."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, strategies as st

from bot.config import Config
from bot.detect import train as T
from bot.detect.model import load_model
from bot.detect.scorer import Scorer
from bot.errors import InputError
from bot.post import Alert, Verdict
from bot.store import Store
from tests.conftest import T0, WALLET_2020, make_post

REPO = Path(__file__).resolve().parents[1]


def corpus_subset(dst: Path, per_side: int = 40) -> None:
    """A small corpus copied from the real one: train and held-out rows of both labels."""
    rows = T.corpus_rows(REPO / "data" / "corpus")
    keep = []
    for split in ("train", "heldout"):
        for label in (0, 1):
            keep += [r for r in rows if r["split"] == split and r["label"] == label][:per_side]
    T.write_jsonl(dst / "corpus" / "part.jsonl", keep)


def janitr_subset(dst: Path, n: int = 300) -> None:
    rows = T.read_rows(REPO / "data" / "janitr" / "train.jsonl")
    pos = [r for r in rows if T.janitr_label(r)][: n // 3]
    neg = [r for r in rows if not T.janitr_label(r)][: n - len(pos)]
    T.write_jsonl(dst / "janitr" / "train.jsonl", pos + neg)


def test_janitr_label_mapping():
    assert T.janitr_label({"labels": ["topic_crypto", "scam"]}) == 1
    assert T.janitr_label({"labels": ["phishing"]}) == 1
    assert T.janitr_label({"labels": ["recovery_scam", "spam"]}) == 1
    assert T.janitr_label({"labels": ["spam", "promo", "topic_crypto"]}) == 0
    assert T.janitr_label({"labels": []}) == 0


def test_bankrbot_deploy_requests_are_recognised():
    assert T.is_bankrbot_deploy("Hey @bankrbot deploy token Name : CandyClaw")
    assert T.is_bankrbot_deploy("@BankrBot please deploy $X")
    assert not T.is_bankrbot_deploy("@bankrbot what is your favorite token?")
    assert not T.is_bankrbot_deploy("you should deploy a base coin")


def test_near_duplicates_share_a_group():
    texts = ["Send 5 BTC to bc1qabc and get 10 back @alice https://a.io/1 today only!",
             "send 7 btc to bc1qxyz and get 14 back @bob https://b.io/2 today only",
             "A completely different post about gardening and tomatoes this summer"]
    g = T.near_duplicate_groups(texts)
    assert g[0] == g[1] != g[2]


def test_same_template_with_new_head_joins_by_tail():
    texts = ["🌸 A disciplined analyst on fundamentals. WhatsApp: wa.me/+1303 Send stocks to get them for free",
             "🏔️ I focus on building views on stocks. WhatsApp: wa.me/+1213 Send stocks to get them for free"]
    g = T.near_duplicate_groups(texts)
    assert g[0] == g[1]


def test_reworded_posts_of_one_campaign_share_a_group():
    # a campaign's posts are reworded (no six-word signature in common) but share a scam domain or a wa.me number
    texts = ["Free $USOR airdrop for early holders, claim at us-oil.cc today",
             "Last hours!! us-oil.cc/claim is live, do not miss the drop",
             "Join my stock group for daily picks https://wa.me/+12134626461",
             "Want 30% a week? Ask me on WhatsApp wa.me/+12134626461 now",
             "Watch the launch live https://youtube.com/watch?v=1",
             "Our new video is up https://youtube.com/watch?v=2"]
    keys = [T.campaign_link_keys(t) for t in texts]
    assert keys[0] == keys[1] == {"us-oil.cc"} and keys[2] == keys[3] == {"wa.me/+12134626461"}
    assert keys[4] == keys[5] == set()  # a platform anyone links names no campaign
    g = T.near_duplicate_groups(texts, keys)
    assert g[0] == g[1] and g[2] == g[3] and len({g[0], g[2], g[4], g[5]}) == 4
    assert len(set(T.near_duplicate_groups(texts))) == 6  # by text alone they were six groups


@given(st.lists(st.text(max_size=30), min_size=1, max_size=25))
def test_janitr_split_is_deterministic_and_groups_never_straddle(texts):
    rows = [{"id": f"x_{i}", "text": t} for i, t in enumerate(texts)]
    groups = T.near_duplicate_groups(texts)
    a, b = T.janitr_split(rows, groups), T.janitr_split(rows, groups)
    assert a == b
    side: dict[int, str] = {}
    for g, s in zip(groups, a):
        assert side.setdefault(g, s) == s


def test_real_janitr_slice_is_about_a_quarter_and_disjoint():
    train, held = T.janitr_rows(REPO / "data" / "janitr" / "train.jsonl")
    total = len(train) + len(held)
    assert 0.18 < len(held) / total < 0.32
    assert not {r["group"] for r in train} & {r["group"] for r in held}
    assert not any(T.is_bankrbot_deploy(r["text"]) for r in train + held)
    assert {r["label"] for r in held} == {0, 1}


def test_choose_threshold_is_the_best_f1_in_range():
    y = np.array([0, 0, 0, 1, 1, 1])
    p = np.array([0.1, 0.2, 0.45, 0.4, 0.7, 0.9])
    t = T.choose_threshold(y, p)
    assert 0.2 <= t <= 0.8
    assert 0.2 < t <= 0.4  # flags exactly 0.4, 0.7, 0.9 and 0.45: F1 6/7, the best reachable


def test_choose_threshold_counts_only_gated_posts_as_flagged():
    y = np.array([0, 0, 1, 1])
    p = np.array([0.3, 0.3, 0.25, 0.9])
    gate = np.array([False, False, True, True])  # the two negatives have no scam evidence
    assert T.choose_threshold(y, p) == 0.5  # ungated: F1 2/3 at 0.25 and above 0.3; the tie goes to 0.5
    assert T.choose_threshold(y, p, evidence=gate) == 0.25  # gated: both positives, no false alarm
    m = T.validation_metrics(y, p, 0.25, gate)
    assert m["precision"] == 1.0 and m["recall"] == 1.0
    assert T.validation_metrics(y, p, 0.25)["precision"] == 0.5


def test_review_verdicts_become_examples(tmp_path):
    store = Store(tmp_path / "hw.db")
    posts = [make_post("p1", "elonmusk", f"Send BTC to {WALLET_2020} for double"),
             make_post("p2", "nasa", "Launch window opens at dawn")]
    for p in posts:
        store.add_verdict(Verdict(post=p, score=0.9, flagged=True, severity="high"))
    store.flush()
    for aid, p in (("a1", posts[0]), ("a2", posts[1])):
        store.add_alert(Alert(alert_id=aid, kind="post", severity="high", score=0.9, accounts=(p.author,),
                              post_ids=(p.id,), wallets=(), urls=(), event_time=T0, reasons=(), platform="x"))
    store.set_review("a1", "confirmed")
    store.set_review("a2", "dismissed")
    store.close()
    got = {e.post.id: e.label for e in T.review_examples(tmp_path / "hw.db")}
    assert got == {"p1": 1, "p2": 0}
    assert T.review_examples(tmp_path / "missing.db") == []


def test_train_command_on_a_small_subset(tmp_path):
    data = tmp_path / "data"
    corpus_subset(data)
    janitr_subset(data)
    out = tmp_path / "m.skops"
    text = T.train_command(Config(), db=None, out=out, include_janitr=True, data_dir=data)  # speed: bench/, not here
    assert "recommended threshold" in text and str(out) in text
    held = [json.loads(x) for x in (data / "heldout" / "corpus-heldout.jsonl").read_text().splitlines()]
    assert held and all(r["split"] == "heldout" for r in held)
    model = load_model(out)
    assert model is not None and model.version.startswith("hw-")
    assert model.info["counts"]["corpus"]["posts"] == 80  # train rows only, never the held-out ones
    assert model.info["source_weights"] == T.SOURCE_WEIGHTS
    total = sum(c["posts"] for c in model.info["counts"].values())
    assert model.info["model_domain"]["posts"] == total  # fitted on every post, quiet ones too
    s = Scorer()
    bait = s.analyze(make_post("1", "a", f"All bitcoin sent to my address will be sent back doubled {WALLET_2020}"))
    calm = s.analyze(make_post("2", "b", "Bitcoin price fell 3% today, analysts say"))
    p = model.predict_proba([bait, calm])
    assert p[0] > p[1]


def test_extension_rows_are_their_own_source_and_heldout_rows_never_train(tmp_path):
    rows = [r for r in T.corpus_rows(REPO / "data" / "corpus") if r["split"] == "train"][:4]
    ext = [dict(r, id=f"x{i}", family="x26-en-some-family") for i, r in enumerate(rows[:2])]
    held = [dict(rows[2], id="h1", split="heldout"), dict(rows[3], id="b1", split="blind")]
    T.write_jsonl(tmp_path / "corpus" / "all.jsonl", rows + ext + held)
    sources = [(e.post.id, e.source) for e in T.corpus_examples(tmp_path / "corpus")]
    assert sorted(s for _, s in sources) == ["corpus"] * 4 + [T.EXTENSION_SOURCE] * 2
    assert {"h1", "b1"}.isdisjoint(i for i, _ in sources)


def test_version_names_the_rows_and_the_weights(tmp_path):
    corpus_subset(tmp_path, per_side=30)
    data = T.gather(corpus_dir=tmp_path / "corpus", janitr_path=None, db=None)
    day = datetime(2026, 11, 30, tzinfo=timezone.utc)
    a, again = (T.train(data, folds=3, validate=False, today=day) for _ in range(2))
    other = T.train(data, folds=3, validate=False, today=day, evidence_weight=0.5)
    assert a.version == again.version  # training is deterministic
    assert a.version.startswith(f"hw-20261130-{T.data_hash(data.examples)}-")
    assert other.version != a.version and other.version.rsplit("-", 1)[0] == a.version.rsplit("-", 1)[0]


def test_gather_refuses_one_label(tmp_path):
    rows = [r for r in T.corpus_rows(REPO / "data" / "corpus") if r["split"] == "train" and r["label"] == 0][:5]
    T.write_jsonl(tmp_path / "corpus" / "a.jsonl", rows)
    from bot.errors import InputError

    with pytest.raises(InputError):
        T.gather(corpus_dir=tmp_path / "corpus", janitr_path=None, db=None)


def test_no_evidence_threshold_is_the_lowest_precise_one():
    y = np.array([0] * 5 + [1] * 40 + [0, 1])
    p = np.array([0.82] * 5 + [0.9] * 40 + [0.99, 0.1])
    none = np.zeros(len(y), dtype=bool)  # every post lacks scam evidence
    assert T.choose_no_evidence_threshold(y, p, none) == 0.83  # above the five 0.82 negatives
    assert T.choose_no_evidence_threshold(y, p, none, precision=0.999) == T.NEVER  # the 0.99 negative
    assert T.choose_no_evidence_threshold(y, p, np.ones(len(y), dtype=bool)) == T.NEVER  # all have evidence


class _Trained(Exception):
    """Raised by the stand-ins below: training was reached."""


def _no_training(monkeypatch) -> None:
    def reached(*args, **kwargs):
        raise _Trained()
    for name in ("write_heldout", "gather", "train"):
        monkeypatch.setattr(T, name, reached)


@pytest.mark.parametrize("case", ["out is a directory", "out under a file", "db missing"])
def test_train_checks_out_and_db_before_training(tmp_path, monkeypatch, capsys, case):
    from bot.cli import main

    _no_training(monkeypatch)
    (tmp_path / "notes.txt").write_text("x")
    argv = {"out is a directory": ["--out", str(tmp_path)],
            "out under a file": ["--out", str(tmp_path / "notes.txt" / "m.skops")],
            "db missing": ["--db", str(tmp_path / "typo.db"), "--out", str(tmp_path / "m.skops")]}[case]
    assert main(["train", *argv]) == 2
    err = capsys.readouterr().err
    expect = {"out is a directory": f"{tmp_path}: is a directory",
              "out under a file": f"{tmp_path / 'notes.txt' / 'm.skops'}: cannot write the model",
              "db missing": f"{tmp_path / 'typo.db'}: no such database"}[case]
    assert err.startswith(f"hijackwatch: {expect}") and err.count("\n") == 1, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]  # no model, no leftover probe


def test_check_paths_accepts_new_and_existing_files_and_leaves_them_alone(tmp_path):
    T.check_paths(tmp_path / "sub" / "m.skops", None)  # the folder is made, the file is not
    assert list((tmp_path / "sub").iterdir()) == []
    old = tmp_path / "old.skops"
    old.write_bytes(b"previous model")
    db = tmp_path / "hw.db"
    Store(db).close()
    T.check_paths(old, db)
    assert old.read_bytes() == b"previous model"


def test_a_failing_model_write_is_an_input_error(tmp_path, monkeypatch):
    monkeypatch.setattr(T, "write_heldout", lambda *a: {})
    monkeypatch.setattr(T, "gather", lambda **kw: None)
    monkeypatch.setattr(T, "train", lambda data, **kw: object())

    def full_disk(model, path):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(T, "save_model", full_disk)
    with pytest.raises(InputError, match="m.skops: cannot write the model: No space left on device"):
        T.train_command(Config(), db=None, out=tmp_path / "m.skops", include_janitr=False, data_dir=tmp_path)
