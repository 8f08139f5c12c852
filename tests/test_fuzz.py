"""Hostile input: the reader, normalizer, extractors, cues and scorer never raise, and stay fast.

Property tests (hypothesis) feed them arbitrary and adversarial text and bytes; the timing tests
score 100 KB pathological posts, each under the issue's explicit bound of 100 ms per call (CPU
time of this process, so a busy shared machine does not make the test flaky).
"""

from __future__ import annotations

import io
import json
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.config import Config
from bot.detect import language
from bot.detect.links import find_links
from bot.detect.model import DEFAULT_MODEL
from bot.detect.normalize import normalize
from bot.detect.wallets import find_wallets
from bot.jsonl import MAX_LINE, ReadStats, iter_posts
from bot.pipeline import Pipeline
from bot.post import Post
from bot.store import Store

LIMIT_S = 0.100
WALLET = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"
T0 = datetime(2020, 7, 15, 20, 0, tzinfo=timezone.utc)

# Fragments attackers and odd clients produce: obfuscation, bidi, invisible and combining marks,
# wallet and URL look-alikes, and the bait phrases the cues look for.
FRAGMENTS = [
    "0x", "0X", "bc1q", "bc1p", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", WALLET, "0x52908400098527886E0F7030069857D2E4169EE7",
    "T9yD14Nj9j7xAB4dbGeiX9h8unkKHxuWwb", "http://", "https://", "hxxps[:]//", "www.", "[.]", "(.)", "[dot]", ".",
    "/", ":", "@", "#", "$", "send back double", "giveaway", "BTC", "airdrop", "claim", "\u200b", "\u200d", "\ufeff",
    "\u202e", "\u202d", "\u2066", "\u0301", "\u0336", "ｓｅｎｄ", "аррӏе", "\x00", "\x1b[31m", "\r\n", "\t", "🚀", "倍",
    "二倍", "t.co/", "binance.com", "xn--", "..", " ", "\ud7ff", "\U0010ffff",
]
hostile_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40).map("".join)


@pytest.fixture(scope="module")
def scorer():
    """The default scorer, as `hijackwatch score` builds it without a model file (rules only)."""
    return Pipeline.from_config(Config(), Store(":memory:")).scorer


def post_of(text: str, urls: tuple[str, ...] = ()) -> Post:
    return Post(id="1", platform="x", author="someone", author_id="42", created_at=T0, text=text, urls=urls)


def cpu_seconds(fn, *args) -> float:
    """One call's process CPU time (the first call: no warm per-host caches to flatter it)."""
    t0 = time.process_time()
    fn(*args)
    return time.process_time() - t0


# -- properties: nothing escapes, results stay well-formed ---------------------------------------
@settings(max_examples=150, deadline=None)
@given(hostile_text)
def test_normalize_never_raises_and_returns_text(text):
    norm = normalize(text)
    assert isinstance(norm.text, str) and isinstance(norm.folded, str)
    assert norm.folded == norm.folded.lower() or not norm.folded.isascii()


@settings(max_examples=150, deadline=None)
@given(hostile_text)
def test_wallet_finder_reports_only_addresses_it_saw(text):
    norm = normalize(text)
    for w in find_wallets(norm.text):
        assert w.address in norm.text
        assert w.chain in {"btc", "eth", "sol", "trx", "xrp", "doge", "ltc"}


@settings(max_examples=150, deadline=None)
@given(hostile_text, st.lists(hostile_text, max_size=3))
def test_link_finder_never_raises(text, urls):
    for link in find_links(normalize(text).text, urls):
        assert isinstance(link.url, str) and isinstance(link.host, str)
        assert link.host == link.host.lower()


@settings(max_examples=150, deadline=None)
@given(hostile_text)
def test_cues_are_known_cues_and_match_the_ungated_reference(text):
    folded = normalize(text).folded
    cues = language.find_cues(folded)
    assert set(cues) <= set(language.CUES + language.COUNTER_CUES)
    if any(c.weight > 0 for c in cues):  # the gate may only drop counter cues when no scam cue is present
        assert cues == language.find_cues_slow(folded)
    assert isinstance(language.has_crypto_words(folded), bool)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(hostile_text, st.lists(hostile_text, max_size=3))
def test_scorer_never_raises_and_scores_in_range(scorer, text, urls):
    v = scorer.score(post_of(text, tuple(urls)))
    assert 0.0 <= v.score <= 1.0
    assert v.flagged == (v.score >= scorer.threshold)
    assert v.severity in {"low", "medium", "high", "critical"}


def test_the_2020_bait_still_flags_through_hostile_wrapping(scorer):
    # the same checks, on a post that must flag: obfuscation must not hide it
    bait = f"\u202dSend\u200b BTC to {WALLET} and I will s e n d back double\u202c"
    v = scorer.score(post_of(bait))
    assert v.flagged and any(w.address == WALLET for w in v.wallets)


# -- the JSONL reader -----------------------------------------------------------------------------
json_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), hostile_text)
json_value = st.recursive(json_scalar, lambda inner: st.lists(inner, max_size=3)
                          | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=8)
post_like = st.fixed_dictionaries(
    {}, optional={"id": st.one_of(st.text(max_size=8), st.integers(), st.booleans(), st.none()),
                  "platform": st.one_of(st.just("x"), hostile_text, st.integers()),
                  "author": st.one_of(hostile_text, st.none()), "text": st.one_of(hostile_text, json_value),
                  "created_at": st.one_of(st.just("2020-07-15T20:00:00Z"), st.just("9999-12-31T23:59:59-14:00"),
                                          st.just("0001-01-01T00:00:00+01:00"), st.just("2020-07-15T20:00:00"),
                                          hostile_text, st.integers()),
                  "urls": st.one_of(st.lists(hostile_text, max_size=2), json_value), "extra": json_value})
line = st.one_of(post_like.map(lambda d: json.dumps(d).encode()),
                 post_like.map(lambda d: json.dumps(d, ensure_ascii=False).encode("utf-8", "surrogatepass")),
                 st.binary(max_size=60), json_value.map(lambda v: json.dumps(v).encode()))


def read_all(data: bytes) -> tuple[list[Post], ReadStats, list[str]]:
    stats, problems = ReadStats(), []
    posts = list(iter_posts(io.BytesIO(data), "fuzz.jsonl", stats, problems.append))
    return posts, stats, problems


@settings(max_examples=200, deadline=None)
@given(st.lists(line, max_size=8))
def test_reader_never_raises_and_accounts_for_every_line(lines):
    data = b"\n".join(l.replace(b"\n", b" ") for l in lines) + b"\n"
    posts, stats, problems = read_all(data)
    assert stats.posts == len(posts)
    assert stats.lines == stats.posts + stats.skipped
    assert len(problems) == stats.skipped
    for p in posts:
        assert isinstance(p.text, str) and p.created_at.tzinfo is not None
        assert all(isinstance(u, str) for u in p.urls)


VALID = {"id": "7", "platform": "x", "author": "a", "created_at": "2020-07-15T20:00:00Z", "text": "hello"}


@pytest.mark.parametrize("bad, why", [
    (b"\xff\xfe{}", "invalid UTF-8"),
    (b'{"id": "1", "text": "\xed\xa0\x80"}', "invalid UTF-8"),  # an encoded surrogate
    (b"[" * 200_000 + b"]" * 200_000, "nested too deeply"),
    (b'{"a":' * 100_000 + b"1" + b"}" * 100_000, "nested too deeply"),
    (json.dumps(VALID | {"created_at": "9999-12-31T23:59:59-14:00"}).encode(), "created_at"),
    (json.dumps(VALID | {"created_at": "0001-01-01T00:00:00+01:00"}).encode(), "created_at"),
    (json.dumps(VALID | {"id": True}).encode(), "'id' must be a string"),
    (json.dumps(VALID | {"urls": "http://x"}).encode(), "'urls'"),
    (b'{"id": 1' + b"0" * 5000 + b"}", "invalid JSON"),  # past Python's int-digits limit
])
def test_reader_skips_hostile_lines_with_a_reason_and_keeps_going(bad, why):
    good = json.dumps(VALID).encode()
    posts, stats, problems = read_all(bad + b"\n" + good + b"\n")
    assert [p.id for p in posts] == ["7"]
    assert stats.skipped == 1 and "fuzz.jsonl:1: skipped" in problems[0]
    assert why.lower() in problems[0].lower() or (why == "invalid JSON" and "digit" in problems[0].lower())


def test_reader_skips_an_over_long_line_without_holding_it():
    huge = b'{"text": "' + b"a" * (MAX_LINE + 10) + b'"}'
    posts, stats, problems = read_all(huge + b"\n" + json.dumps(VALID).encode() + b"\n")
    assert [p.id for p in posts] == ["7"]
    assert stats.skipped == 1 and f"longer than {MAX_LINE}" in problems[0]


def test_control_characters_in_fields_survive_reading_and_scoring(scorer):
    rec = VALID | {"author": "\x00evil\x1b[2J", "text": "send BTC \x00\x07\x1b]0;pwn\x07 " + WALLET,
                   "source": "\u202eppA beW", "lang": "\r\n", "urls": ["http://\x00bad\x7f.com/\u202e"]}
    posts, stats, _ = read_all(json.dumps(rec).encode() + b"\n")
    assert stats.posts == 1
    v = scorer.score(posts[0])
    assert posts[0].text == rec["text"] and 0.0 <= v.score <= 1.0
    assert any(w.address == WALLET for w in v.wallets)


# -- 100 KB pathological posts, each scored in well under 100 ms -------------------------------
N = 100_000
PATHOLOGICAL = {
    "repeated 0x": "0x" * (N // 2),
    "0x + hex runs": ("0x" + "a" * 39 + " ") * (N // 42),
    "base58 alphabet run": "1" + "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz" * (N // 58),
    "base58 address-like runs": "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNL " * (N // 34),
    "bech32-like runs": ("bc1q" + "qpzry9x8gf2tvdw0s3jn54khce6mua7l" * 3 + " ") * (N // 101),
    "send back double": "send back double " * (N // 17),
    "nested brackets": "[" * (N // 2) + "]" * (N // 2),
    "nested parens": "(" * (N // 2) + ")" * (N // 2),
    "50k zero-width": "a" + "\u200b" * 50_000 + "b",
    "zero-width inside words": "s\u200be\u200bn\u200bd " * (N // 8),
    "http:// repeated": "http://" * (N // 7),
    "https://a. repeated": "https://a." * (N // 10),
    "a. * 50000": "a." * 50_000,
    "RTL override run": "\u202e" * 50_000 + "moc.ecnanib",
    "RTL overrides around words": "\u202ebtc\u202c " * (N // 6),
    "combining marks on one letter": "a" + "\u0301" * (N - 1),
    "combining marks on many": "e\u0301\u0302\u0303 " * (N // 5),
    "defanged schemes": "hxxp[:]//" * (N // 9),
    "defanged dots": "[.]" * (N // 3),
    "spaced letters": "s e n d " * (N // 8),
    "digits": "1" * N,
    "at signs": "@" * N,
    "fullwidth bait": "ｓｅｎｄ ｂａｃｋ ｄｏｕｂｌｅ " * (N // 15),
    "cyrillic look-alikes": "аррӏе.сом " * (N // 10),
    "bait vocabulary": "giveaway bitcoin send to address below double " * (N // 47),
    "www. repeated": "www." * (N // 4),
    "one 100 KB host": "https://" + "a" * N + ".com",
    "valid wallets repeated": "0x52908400098527886E0F7030069857D2E4169EE7 " * (N // 43),
    "newlines": "\n" * N,
}
SLOW = {  # known hot spots outside this test's owner's files: reported, not hidden
    "12,500 distinct domains": " ".join(f"x{i}.com" for i in range(N // 8)),
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_post_scores_under_100ms(scorer, name):
    text = PATHOLOGICAL[name]
    assert len(text.encode()) >= 50_000
    took = cpu_seconds(scorer.score, post_of(text))
    assert took < LIMIT_S, f"{name}: {took * 1000:.0f} ms"


@pytest.mark.parametrize("name", list(SLOW))
def test_known_slow_pathological_post(scorer, name):
    took = cpu_seconds(scorer.score, post_of(SLOW[name]))
    assert took < LIMIT_S, f"{name}: {took * 1000:.0f} ms"


def test_pathological_urls_field_scores_under_100ms(scorer):
    urls = tuple(["http://" * 1000, "https://a." * 1000, "hxxp://[.]" * 1000] * 3)
    assert cpu_seconds(scorer.score, post_of("see link", urls)) < LIMIT_S


@pytest.mark.skipif(not Path(DEFAULT_MODEL).is_file(), reason="no trained model file yet")
def test_pathological_posts_with_the_trained_model_stay_fast():
    from bot.detect.model import load_model

    scorer = Pipeline.from_config(Config(), Store(":memory:"), model=load_model(DEFAULT_MODEL)).scorer
    worst = max(PATHOLOGICAL, key=lambda k: cpu_seconds(scorer.score, post_of(PATHOLOGICAL[k])))
    took = cpu_seconds(scorer.score, post_of(PATHOLOGICAL[worst]))
    assert took < LIMIT_S, f"{worst}: {took * 1000:.0f} ms with the model"


COMPONENT_LIMIT_S = 0.5  # the full 100 KB, uncapped: linear scans take tens of ms, backtracking takes seconds


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_components_stay_linear_on_the_whole_100kb(name):
    # the scorer judges the first MAX_TEXT characters; the extractors themselves must not need that cap
    text = PATHOLOGICAL[name]
    norm = normalize(text)
    took = (cpu_seconds(normalize, text) + cpu_seconds(find_wallets, norm.text, norm.folded)
            + cpu_seconds(find_links, norm.text, ()) + cpu_seconds(language.find_cues, norm.folded))
    assert took < COMPONENT_LIMIT_S, f"{name}: {took * 1000:.0f} ms"


def test_scorer_judges_the_first_max_text_characters(scorer):
    from bot.detect.scorer import MAX_TEXT

    bait = f"send BTC to {WALLET} and I will send back double"
    assert scorer.score(post_of(bait + " x" * MAX_TEXT)).flagged
    assert not scorer.score(post_of("x" * MAX_TEXT + " " + bait)).wallets
