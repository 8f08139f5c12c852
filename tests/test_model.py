"""The learned classifier: hashed n-gram featurizers, model text, skops loading, the shipped model."""

from __future__ import annotations

import re
import time

import numpy as np
import pytest
from hypothesis import example, given, settings, strategies as st
from sklearn.feature_extraction.text import CountVectorizer

from bot.detect import features, model as model_mod
from bot.detect.scorer import Scorer
from bot.errors import ConfigError
from tests.conftest import WALLET_2020, FixedModel, make_post

BAIT = ("I am giving back to my community. All Bitcoin sent to my address below will be sent back doubled! "
        f"If you send $1,000, I will send back $2,000. Only doing this for 30 minutes. {WALLET_2020}")
BENIGN = "Great meeting with the team today about our plans for next quarter. https://example.com/blog"
LINK_ONLY = "AO VIVO: Congresso discute a reforma tributária https://t.co/AbCdEf1234"
LIVE_URGENT = "Watch live now: last chance to see the debate, only 30 minutes left https://youtu.be/xyz"
BIG = features.MAX_FEATURES  # columns enough that hash collisions are very unlikely in a test


def sorted_counts(X, i):
    return sorted(X[i].data.tolist())


def squeeze(text: str) -> str:
    return " ".join(text.split())


texts = st.lists(st.text(alphabet=st.sampled_from(list("abcxyz $#@_.!2é日 ")), max_size=40), min_size=1, max_size=6)


@pytest.mark.parametrize("width", [BIG, BIG - 1])  # a power of two (masked) and not (divided)
@settings(max_examples=60, deadline=None)
@given(docs=texts)
def test_hashed_char_ngrams_count_like_sklearn_char_wb(width, docs):
    docs = [squeeze(d) for d in docs]
    X = features.hashed_char_ngrams(docs, ngram_range=(2, 5), n_features=width)
    analyze = CountVectorizer(analyzer="char_wb", ngram_range=(2, 5), lowercase=False).build_analyzer()
    for i, d in enumerate(docs):
        grams = [g for g in analyze(d) if g.strip()]  # sklearn counts an empty doc's "  "; we do not
        want = sorted(float(c) for c in _counts(grams).values())
        assert sorted_counts(X, i) == want


@pytest.mark.parametrize("width", [BIG, BIG - 1])
@settings(max_examples=60, deadline=None)
@given(docs=texts)
def test_hashed_words_count_word_unigrams_and_bigrams(width, docs):
    X = features.hashed_words(docs, ngram_range=(1, 2), n_features=width)
    for i, d in enumerate(docs):
        toks = re.findall(r"[\w$#@]+", d)
        toks = [t for t in toks if len(t) >= 2]
        grams = toks + [f"{a} {b}" for a, b in zip(toks, toks[1:])]
        assert sorted_counts(X, i) == sorted(float(c) for c in _counts(grams).values())


def _counts(items):
    out: dict[str, int] = {}
    for it in items:
        out[it] = out.get(it, 0) + 1
    return out


def test_too_many_features_is_refused():
    with pytest.raises(ValueError):
        features.hashed_char_ngrams(["ab"], ngram_range=(2, 5), n_features=2 ** 33)


def test_hashed_ngrams_empty_and_rows_stay_separate():
    X = features.hashed_char_ngrams(["", "ab", ""], ngram_range=(2, 5), n_features=1024)
    assert X.shape == (3, 1024)
    assert X[0].nnz == 0 and X[2].nnz == 0
    assert X[1].sum() == 6  # " a", "ab", "b ", " ab", "ab ", " ab "
    Y = features.hashed_char_ngrams(["ab"], ngram_range=(2, 5), n_features=1024)
    assert (X[1] != Y[0]).nnz == 0


def test_model_text_replaces_post_specific_tokens():
    s = Scorer()
    a = s.analyze(make_post("1", "a", f"Send 0.5 BTC to {WALLET_2020} see https://x.io/abc @elonmusk   now"))
    text = features.model_text(a)
    assert "_btcaddr_" in text and "_url_" in text and "@user" in text and "_n_" in text
    assert WALLET_2020 not in text and "elonmusk" not in text and "  " not in text


def test_model_text_is_bounded_for_huge_posts():
    a = Scorer().analyze(make_post("1", "a", "free btc giveaway " * 6000))
    assert len(features.model_text(a)) <= features.MAX_MODEL_CHARS + 10


def test_evidence_columns_are_fixed_at_fit(monkeypatch):
    a = Scorer().analyze(make_post("1", "a", BAIT))
    ev = features.EvidenceFeatures().fit([[a]])
    width = ev.transform(np.array([[a]], dtype=object)).shape[1]
    monkeypatch.setattr(features, "CUE_NAMES", features.CUE_NAMES + ("brand_new_cue",))
    assert ev.transform(np.array([[a]], dtype=object)).shape[1] == width
    assert len(ev.get_feature_names_out()) == width


# ---------------------------------------------------------------- loading
def test_missing_model_warns_and_returns_none(tmp_path):
    warnings: list[str] = []
    assert model_mod.load_model(tmp_path / "none.skops", on_warning=warnings.append) is None
    assert warnings and "none.skops" in warnings[0]


def test_garbage_file_is_a_config_error(tmp_path):
    bad = tmp_path / "bad.skops"
    bad.write_bytes(b"not a zip file")
    with pytest.raises(ConfigError, match="bad.skops"):
        model_mod.load_model(bad)


class Smuggled:
    """A type no model file may hold."""

    def __init__(self):
        self.x = 1


def test_file_with_untrusted_type_is_refused(tmp_path):
    path = tmp_path / "evil.skops"
    model_mod.save_model(model_mod.PostModel(None, version="evil", info={"payload": Smuggled()}), path)
    assert any("Smuggled" in t for t in model_mod.untrusted_types(path))
    with pytest.raises(ConfigError, match="untrusted"):
        model_mod.load_model(path)


def test_non_model_object_is_refused(tmp_path):
    import skops.io as sio

    path = tmp_path / "list.skops"
    sio.dump([1, 2, 3], path)
    with pytest.raises(ConfigError, match="not a hijackwatch model"):
        model_mod.load_model(path)


# ---------------------------------------------------------------- the shipped model
@pytest.fixture(scope="module")
def shipped():
    m = model_mod.load_model(None)
    assert m is not None, "models/hijackwatch.skops must be committed"
    return m


def test_shipped_model_loads_with_version_and_threshold(shipped):
    assert shipped.version.startswith("hw-")
    assert 0.2 <= shipped.threshold <= 0.8
    assert not model_mod.untrusted_types(model_mod.DEFAULT_MODEL)


def test_shipped_model_separates_bait_from_benign(shipped):
    s = Scorer(model=shipped)
    bait, benign = s.score_many([make_post("1", "a", BAIT), make_post("2", "b", BENIGN)])
    assert bait.flagged and bait.score > 0.9
    assert not benign.flagged
    assert bait.model_version == shipped.version


def test_scorer_uses_recommended_threshold_only_at_config_default(shipped):
    assert Scorer(model=shipped).threshold == shipped.threshold
    assert Scorer(model=shipped, threshold=0.7).threshold == 0.7
    assert Scorer(threshold=0.5).threshold == 0.5


def test_predict_proba_batch_is_in_order_and_bounded(shipped):
    s = Scorer()
    analyses = [s.analyze(make_post(str(i), "a", t)) for i, t in enumerate([BAIT, BENIGN, "buy $DOGE now", BAIT])]
    p = shipped.predict_proba(analyses)
    assert len(p) == 4 and all(0.0 <= x <= 1.0 for x in p)
    assert p[0] == pytest.approx(p[3]) and p[0] > p[1]
    assert shipped.predict_proba([]) == []


def test_fast_path_gives_the_pipeline_probabilities(shipped):
    s = Scorer()
    texts = [BAIT, BENIGN, "buy $DOGE now", LINK_ONLY, "AO VIVO agora", "", "@a @b #x $5 " * 30,
             "ｓｅｎｄ ｂｔｃ back double 0xdAC17F958D2ee523a2206206994597C13D831ec7"]
    analyses = [s.analyze(make_post(str(i), "a", t)) for i, t in enumerate(texts)]
    assert model_mod._fast_path(shipped) is not None
    want = shipped.pipeline.predict_proba(analyses)[:, 1]
    assert np.allclose(shipped.predict_proba(analyses), want, atol=1e-9)


@pytest.mark.parametrize("texts", [[""], ["", "!!! ..."], ["a"]])
def test_fast_path_handles_batches_without_any_ngram(shipped, texts):
    # quiet posts reach the model now: a batch may hold no n-gram at all
    s = Scorer()
    analyses = [s.analyze(make_post(str(i), "a", t)) for i, t in enumerate(texts)]
    want = shipped.pipeline.predict_proba(analyses)[:, 1]
    assert np.allclose(shipped.predict_proba(analyses), want, atol=1e-9)


def test_unusual_pipeline_falls_back_to_sklearn():
    class Const:
        def predict_proba(self, X):
            return np.tile([0.25, 0.75], (len(X), 1))

    m = model_mod.PostModel(Const(), version="x")
    assert model_mod._fast_path(m) is None
    assert m.predict_proba([object(), object()]) == [0.75, 0.75]


def test_model_scores_link_posts_but_flag_needs_scam_evidence():
    s = Scorer(model=FixedModel())
    link, live, bait, quiet = s.score_many([make_post("1", "a", LINK_ONLY), make_post("2", "b", LIVE_URGENT),
                                            make_post("3", "c", BAIT), make_post("4", "d", "lunch was good")])
    assert link.score == live.score == bait.score == quiet.score == 0.99  # the model scores every post
    assert not link.flagged and not live.flagged  # ... but no crypto evidence, no flag
    assert bait.flagged
    assert not quiet.flagged  # a quiet post only moves in the ranking


def test_quiet_posts_are_never_flagged_even_above_the_no_evidence_threshold():
    m = FixedModel()
    m.no_evidence_threshold = 0.9
    s = Scorer(model=m)
    quiet, link = s.score_many([make_post("1", "a", "lunch was good"), make_post("2", "a", LINK_ONLY)])
    assert quiet.score == 0.99 and not quiet.flagged
    assert link.flagged  # a non-quiet post without evidence still may be, at the strict threshold


def test_rules_only_scores_quiet_posts_with_the_rule_probability():
    v = Scorer().score(make_post("1", "a", "lunch was good"))
    assert v.score < 0.1 and not v.flagged


def test_pipeline_without_char_ngrams_drops_the_block():
    pipe = model_mod.build_pipeline(char_ngrams=False)
    names = [name for name, _sub, _cols in pipe.named_steps["columns"].transformers]
    assert names == ["word", "evidence"]
    assert [n for n, _s, _c in model_mod.build_pipeline().named_steps["columns"].transformers][0] == "char"


def test_weak_cues_alone_are_not_scam_evidence():
    s = Scorer()
    live = s.analyze(make_post("1", "a", LIVE_URGENT))
    assert {c.name for c in live.cues} >= {"live_stream", "urgency"}
    assert not live.scam_evidence
    assert s.analyze(make_post("2", "a", "Giveaway time, reply to enter")).scam_evidence
    assert s.analyze(make_post("3", "a", "Watch the bitcoin halving live now")).scam_evidence


def test_shipped_model_does_not_flag_ordinary_link_posts(shipped):
    s = Scorer(model=shipped)
    posts = [make_post(str(i), "camara", t) for i, t in enumerate([LINK_ONLY, LIVE_URGENT, BENIGN,
             "Read my op-ed on the housing bill https://t.co/Ab12Cd34Ef", "New episode out now: https://t.co/zz"])]
    assert not any(v.flagged for v in s.score_many(posts))


def test_pathological_post_is_fast(shipped):
    s = Scorer()
    a = s.analyze(make_post("1", "a", ("send btc 0x" + "ab" * 20 + " ") * 2000 + "a" * 50_000))
    t = time.process_time()
    shipped.predict_proba([a])
    assert time.process_time() - t < 0.1


def test_no_evidence_threshold_lets_only_very_high_scores_through():
    m = FixedModel()
    m.no_evidence_threshold = 0.98
    link = Scorer(model=m).score(make_post("1", "a", LINK_ONLY))
    assert link.flagged  # 0.99 >= 0.98
    m.no_evidence_threshold = 2.0
    assert not Scorer(model=m).score(make_post("1", "a", LINK_ONLY)).flagged
    assert Scorer().no_evidence_threshold > 1  # rules only: never without evidence


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 2 ** 32 - 1), max_size=300))
def test_radix_sort_of_32_bit_keys_equals_numpy_sort(values):
    keys = np.array(values, dtype=np.uint32)
    assert np.array_equal(features._sorted(keys), np.sort(keys))


@pytest.mark.parametrize("width", [2 ** 18, 100_003])  # the real width (masked) and an odd one (divided)
@settings(max_examples=40, deadline=None)
@given(docs=texts)
def test_32_bit_keys_count_exactly_like_64_bit_keys(width, docs):
    # the real widths (2**18 / 2**17 columns) take the 32-bit path; the 64-bit path is the reference
    docs = [squeeze(d) for d in docs]
    fast = [features.hashed_char_ngrams(docs, ngram_range=(2, 5), n_features=width),
            features.hashed_words(docs, ngram_range=(1, 2), n_features=width // 2)]
    assert features._key_type(len(docs), width) is np.uint32
    original = features._key_type
    try:
        features._key_type = lambda n_docs, n_features: np.uint64
        slow = [features.hashed_char_ngrams(docs, ngram_range=(2, 5), n_features=width),
                features.hashed_words(docs, ngram_range=(1, 2), n_features=width // 2)]
    finally:
        features._key_type = original
    for X, Y in zip(fast, slow):
        assert X.shape == Y.shape and (X != Y).nnz == 0
        assert np.array_equal(X.indptr, Y.indptr) and np.array_equal(X.indices, Y.indices)


bait_fragments = st.sampled_from([WALLET_2020, "0x52908400098527886E0F7030069857D2E4169EE7", "send back double",
                                  "giveaway", "$ETH", "#btc", "@elon", "https://binance-gift.com/x", "bit.ly/a",
                                  "5 btc", "€20", "s e n d", "\u200b", "аирдроп", "never share your seed", " "])


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(st.one_of(bait_fragments, st.text(max_size=8)), max_size=12).map(" ".join),
                min_size=1, max_size=5))
def test_evidence_matrix_equals_the_row_by_row_reference(bodies):
    s = Scorer()
    analyses = [s.analyze(make_post(str(i), "a", b)) for i, b in enumerate(bodies)]
    want = np.array([features.evidence_vector(a) for a in analyses])
    assert np.array_equal(features.evidence_matrix(analyses), want)


def _model_text_reference(a) -> str:
    """model_text without its substring pre-checks: every replacement always runs."""
    text = a.norm.folded[:features.MAX_MODEL_CHARS]
    for w in a.wallets:
        text = text.replace(w.address.lower(), f" _{w.chain}addr_ ")
    if features._HAS.search(text):
        text = features._URL.sub(" _url_ ", text)
        text = features._ADDR.sub(" _addr_ ", text)
        text = features._NUM.sub("_n_", features._MENTION.sub("@user", text))
    return " ".join(text.split())


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(bait_fragments, st.sampled_from(["a" * 25, "b" * 24 + "1", "x" * 40, "hxxp://a.b/c",
                                                           "www.", "://", "@@", "1,5.2"]), st.text(max_size=10)),
                max_size=10).map(lambda parts: "".join(parts)))
@example("aaaaaaaaaaaaaaaaaaaaaaaaa 1")  # exactly 25 characters: the shortest run _ADDR takes
def test_model_text_pre_checks_change_nothing(body):
    a = Scorer().analyze(make_post("1", "a", body))
    assert features.model_text(a) == _model_text_reference(a)


def test_log_count_ratio_is_the_smoothed_naive_bayes_ratio():
    import scipy.sparse as sp

    X = sp.csr_matrix(np.array([[2.0, 0.0, 1.0], [1.0, 0.0, 0.0], [0.0, 3.0, 1.0]]))
    y = np.array([1, 1, 0])
    r = features.LogCountRatio(alpha=1.0).fit(X, y).r_
    p, q = np.array([3.0, 1.0, 2.0]), np.array([1.0, 2.0, 2.0])  # 1 + rows holding the column, per label
    assert np.allclose(r, np.log((p / p.sum()) / (q / q.sum())))
    assert np.allclose(features.LogCountRatio().fit(X, y).transform(X).toarray(), X.toarray() * r)


def test_group_support_keeps_columns_held_by_two_groups():
    import scipy.sparse as sp

    X = sp.csr_matrix(np.array([[1.0, 0.0, 2.0, 0.0], [1.0, 1.0, 0.0, 0.0], [0.0, 1.0, 0.0, 3.0], [0.0, 0.0, 1.0, 0.0]]))
    step = features.GroupSupport(groups=("a", "a", "b", "c"), min_groups=2).fit(X)
    assert step.keep_.tolist() == [0.0, 1.0, 1.0, 0.0]  # column 0: group a twice; column 3: group b only
    out = step.transform(X)
    assert out.toarray().tolist() == [[0, 0, 2, 0], [0, 1, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0]]
    assert (out.data != 0).all()  # no stored zeros: sublinear TF-IDF takes their log
    with pytest.raises(ValueError, match="3 groups for 4 rows"):
        features.GroupSupport(groups=("a", "b", "c")).fit(X)


@pytest.mark.parametrize("params", [{"nb": True}, {"host_words": True}], ids=["nb", "host_words"])
def test_candidate_pipelines_keep_the_fast_path_and_save(tmp_path, params):
    s = Scorer()
    bait = [BAIT, "send 1 eth get 2 eth back " + "0x52908400098527886E0F7030069857D2E4169EE7", "free airdrop claim now",
            "giveaway: send btc, double back", "connect wallet to claim tokens", "BTC doubling event live"] * 3
    benign = [BENIGN, LINK_ONLY, "lunch was good", "bitcoin price is down today", "read our report",
              "thanks for coming to the show"] * 3
    analyses = [s.analyze(make_post(str(i), "a", t)) for i, t in enumerate(bait + benign)]
    y = np.array([1] * len(bait) + [0] * len(benign))
    pipe = model_mod.build_pipeline(cv=3, **params).fit(analyses, y)
    steps = [n for n, _ in pipe.named_steps["columns"].named_transformers_["char"].steps]
    assert (steps[-1] == "nb") == ("nb" in params)
    path = tmp_path / "candidate.skops"
    model_mod.save_model(model_mod.PostModel(pipe, version="candidate"), path)
    loaded = model_mod.load_model(path)
    assert loaded.pipeline.named_steps["table"].host_words == ("host_words" in params)
    fast = model_mod._fast_path(loaded)
    assert fast is not None and fast.host_words == ("host_words" in params)
    probe = [s.analyze(make_post("p", "a", t)) for t in [BAIT, BENIGN, "claim the airdrop at https://claim-drop.xyz/a",
                                                         LINK_ONLY, ""]]
    assert np.allclose(loaded.predict_proba(probe), pipe.predict_proba(probe)[:, 1], atol=1e-9)


def test_link_host_words_name_each_destination_once_in_order():
    a = Scorer().analyze(make_post("1", "a", "Open a ticket https://Phantom-Helpdesk-39rp8t.com/t and "
                                             "https://t.co/AbC https://www.youtube.com/watch?v=x "
                                             "https://phantom-helpdesk-39rp8t.com/again revoke-officiel[.]com/e8"))
    assert features.link_host_words(a) == ("_host_ phantom helpdesk rp com _host_ youtube com "
                                           "_host_ revoke officiel com")
    assert features.model_text(a, host_words=True) == f"{features.model_text(a)} {features.link_host_words(a)}"
    assert "_host_" not in features.model_text(a)  # off by default: the shipped model's text is unchanged
    assert features.model_text(Scorer().analyze(make_post("2", "a", "no link here")), host_words=True) == "no link here"


def test_a_model_file_saved_before_host_words_reads_without_them(shipped):
    assert shipped.pipeline.named_steps["table"].host_words is False
    assert model_mod._fast_path(shipped).host_words is False


def test_a_post_flagged_on_its_text_alone_says_so_and_names_the_crypto_word():
    # a crypto word opens the flag gate, and no detector has anything to cite: the verdict must still explain itself
    v = Scorer(model=FixedModel(0.9)).score(make_post("1", "a", "Miners move their coins to exchanges"))
    assert v.flagged and v.reasons == ['the text model scores it 0.90 (flags from 0.50), crypto word "coins"']
    bait = Scorer(model=FixedModel(0.9)).score(make_post("2", "a", BAIT))
    assert bait.flagged and not any("text model" in r for r in bait.reasons)  # its detectors say why
    ruled = Scorer().score(make_post("3", "a", "Miners move their coins to exchanges"))
    assert not ruled.flagged and ruled.reasons == []


@settings(max_examples=80, deadline=None)
@given(st.lists(st.one_of(bait_fragments, st.sampled_from(["bitcoin", "coins", "токены", "live now"]),
                          st.text(max_size=8)), max_size=12).map(" ".join),
       st.sampled_from([0.3, 0.6, 0.99]))
def test_every_flagged_verdict_gives_a_reason(body, score):
    v = Scorer(model=FixedModel(score)).score(make_post("1", "a", body))
    assert not v.flagged or v.reasons
