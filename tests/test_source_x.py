"""X source: the real tweepy Client against X API stubs on 127.0.0.1 (REST and filtered stream)."""

from __future__ import annotations

import asyncio
import json
import logging
import random
from datetime import datetime, timezone

import pytest
import requests
import tweepy
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.config import Config, SecretRef, XSource as XConfig
from bot.errors import ConfigError, SourceError
from bot.pipeline import Pipeline
from bot.post import Post, iso
from bot.sources.base import AccountEvent
from bot.sources.x import (MAX_429_WAIT_S, RECENT_KEY, RULE_LIMIT, RULE_TAG, Backoff, MalformedTweet, RateGate, XSource,
                           deleted_ids, edit_event, freshness, make_streamer, pack_rules, sync_rules, tweet_to_post,
                           unescape_text, user_profile, users_by_id)
from bot.store import Store
from tests.stubs.x_api import FIXTURES, FakeTime, FakeX, LocalAdapter, StreamServer, fixture, tweet_obj

TOKEN = "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid-secret-bearer-XYZ"
ELON, OBAMA = "44196397", "813286"


def collect(agen, limit: int | None = None) -> list:
    """Run an async generator to the end (or `limit` items) and return its items."""
    async def run():
        out = []
        async for item in agen:
            out.append(item)
            if limit is not None and len(out) >= limit:
                break
        await agen.aclose()
        return out
    return asyncio.run(run())


_SERVING: list[FakeX] = []  # the running X stub that make_source points its client at


@pytest.fixture
def fake():
    api = FakeX()
    api.add_user("elonmusk", ELON)
    api.add_user("BarackObama", OBAMA)
    with api:
        _SERVING.append(api)
        try:
            yield api
        finally:
            _SERVING.remove(api)


def x_client() -> tweepy.Client:
    """The real tweepy client, its session sent to the 127.0.0.1 stub (tweepy's host is fixed)."""
    client = tweepy.Client(bearer_token=TOKEN)
    for api in _SERVING:
        api.mount(client.session)
    return client


@pytest.fixture
def ftime():
    return FakeTime()


def make_source(store, ftime, accounts=("elonmusk",), **kw) -> XSource:
    kw.setdefault("backoff", Backoff(rng=random.Random(7)))
    kw.setdefault("requests_per_window", 90_000)  # 0.01 s pacing: keeps backoff waits apart from pacing
    return XSource(x_client(), store, accounts, sleep=ftime.sleep, clock=ftime.clock, **kw)


def posts_of(items) -> list[Post]:
    return [i for i in items if isinstance(i, Post)]


# -- mapping captured-shape payloads ------------------------------------------------------------
def test_timeline_fixture_maps_every_field():
    page = fixture("timeline_page.json")
    users = users_by_id(page)
    posts = [tweet_to_post(t, users) for t in page["data"]]
    first = posts[0]
    assert (first.id, first.platform, first.author, first.author_id) == ("1283558880893804545", "x", "elonmusk",
                                                                         ELON)
    assert first.created_at.isoformat() == "2020-07-15T20:17:44+00:00"
    assert first.source == "Twitter Web App" and first.lang == "en"
    assert first.urls == ("https://example.org/giveback",)
    assert posts[1].urls == () and posts[1].source == "Twitter for iPhone"
    assert all(edit_event(p) is None for p in posts)


def test_note_tweet_full_text_and_its_urls_win():
    page = fixture("timeline_note_tweet.json")
    post = tweet_to_post(page["data"][0], users_by_id(page))
    assert post.text == page["data"][0]["note_tweet"]["text"]
    assert post.text.endswith("at the end.") and post.urls == ("https://example.com/full-story",)


def test_edited_fixture_gives_event_for_original_id():
    page = fixture("timeline_edited.json")
    post = tweet_to_post(page["data"][0], users_by_id(page))
    event = edit_event(post)
    assert isinstance(event, AccountEvent)
    assert (event.kind, event.post_id, event.account) == ("edited", "1604551263102443521", "BarackObama")
    assert event.new == post.text and "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh" in event.new


@pytest.mark.parametrize("broken", [
    {"id": "12", "text": "no time"},
    {"id": "abc", "text": "t", "created_at": "2020-07-15T20:17:44.000Z", "author_id": ELON},
    {"id": "12", "text": "t", "created_at": "2020-07-15T20:17:44", "author_id": ELON},  # no zone
    {"id": "12", "text": "t", "created_at": "0001-01-01T00:00:00+01:00", "author_id": ELON},  # before datetime.min
    {"id": "12", "text": None, "created_at": "2020-07-15T20:17:44.000Z"},
    ["not", "an", "object"],
])
def test_malformed_items_raise_malformed(broken):
    with pytest.raises(MalformedTweet):
        tweet_to_post(broken, {ELON: "elonmusk"}, "elonmusk")


def test_fake_api_speaks_the_fixture_shape(fake, ftime, store):
    """The stub's tweet objects carry the same keys as the captured-shape fixture."""
    fake.post(ELON, "hello https://t.co/x0", urls=["https://example.org/a"])
    want = set(fixture("timeline_page.json")["data"][0])
    got = set(fake.tweets[ELON][0])
    assert got == want
    assert set(fake.user_obj(ELON)) == set(fixture("users_lookup.json")["data"][0])
    fake.deleted.add(fake.tweets[ELON][0]["id"])
    answer = x_client().get_tweets(ids=[fake.tweets[ELON][0]["id"]])  # tweepy parses the partial error
    assert answer.data is None and set(answer.errors[0]) == set(fixture("tweets_lookup_deleted.json")["errors"][0])


# -- polling ------------------------------------------------------------------------------------
def test_first_poll_is_one_page_oldest_first_with_the_documented_params(fake, ftime, store):
    ids = [fake.post(ELON, f"update {n}") for n in range(8)]
    src = make_source(store, ftime, max_results=5)
    items = collect(src.poll_round())
    assert [p.id for p in posts_of(items)] == ids[3:]  # newest five, emitted oldest first
    calls = fake.timeline_calls()
    assert len(calls) == 1 and "pagination_token" not in calls[0] and "since_id" not in calls[0]
    assert calls[0]["max_results"] == "5" and calls[0]["expansions"] == "author_id"
    assert set(calls[0]["tweet.fields"].split(",")) >= {"created_at", "lang", "source", "entities",
                                                         "edit_history_tweet_ids", "author_id"}
    assert calls[0]["user.fields"] == "username"
    assert store.get_checkpoint(f"x:{ELON}") == ids[-1]
    assert fake.auth_headers[-1] == f"Bearer {TOKEN}"


def test_pagination_followed_when_pages_are_full(fake, ftime, store):
    store.set_checkpoint(f"x:{ELON}", str(10**18))  # resume point older than everything below
    ids = [fake.post(ELON, f"post {n}") for n in range(12)]
    src = make_source(store, ftime, max_results=5)
    items = collect(src.poll_round())
    assert [p.id for p in posts_of(items)] == ids  # all 12, oldest first, none twice
    calls = fake.timeline_calls()
    assert len(calls) == 3
    assert "pagination_token" not in calls[0] and all("pagination_token" in c for c in calls[1:])
    assert all(c["since_id"] == str(10**18) for c in calls)
    assert store.get_checkpoint(f"x:{ELON}") == ids[-1]


def test_restart_resumes_exactly_nothing_missed_or_repeated(fake, ftime, tmp_path):
    path = tmp_path / "hw.db"
    seen: list[str] = []
    published = [fake.post(ELON, f"a{n}") for n in range(3)]
    s1 = Store(path)
    seen += [p.id for p in posts_of(collect(make_source(s1, ftime).poll_round()))]
    published += [fake.post(ELON, f"b{n}") for n in range(4)]
    # consume only two of the four new posts, then "crash" (the generator is abandoned)
    seen += [p.id for p in posts_of(collect(make_source(s1, ftime).poll_round(), limit=2))]
    s1.close()
    published += [fake.post(ELON, f"c{n}") for n in range(2)]
    s2 = Store(path)  # a new process: new store handle, new source
    seen += [p.id for p in posts_of(collect(make_source(s2, ftime).poll_round()))]
    s2.close()
    assert seen == published


def test_empty_page_keeps_checkpoint_and_records_freshness(fake, ftime, store):
    fake.post(ELON, "one")
    src = make_source(store, ftime)
    collect(src.poll_round())
    before = store.get_checkpoint(f"x:{ELON}")
    ftime.now += 42
    assert collect(src.poll_round()) == []
    assert store.get_checkpoint(f"x:{ELON}") == before
    rows = freshness(store, now=ftime.now + 8)
    assert [(r["account"], r["user_id"], r["since_id"]) for r in rows] == [("elonmusk", ELON, before)]
    assert rows[0]["last_poll"] == ftime.now and rows[0]["age_s"] == 8


def test_malformed_item_counted_skipped_and_checkpoint_passes_it(fake, ftime, store):
    good = fake.post(ELON, "fine")
    fake._next += 1_000_000
    bad = fake._next
    fake.post_raw(ELON, {"id": str(bad), "text": "no created_at", "author_id": ELON,
                         "edit_history_tweet_ids": [str(bad)]})
    src = make_source(store, ftime)
    assert [p.id for p in posts_of(collect(src.poll_round()))] == [good]
    assert src.stats.malformed == 1 and "malformed" in src.stats.problems[0]
    assert store.get_checkpoint(f"x:{ELON}") == str(bad)  # not fetched again forever


def test_edited_tweet_yields_post_and_event(fake, ftime, store):
    orig = fake.post(ELON, "original text")
    collect(make_source(store, ftime).poll_round())
    fake._next += 1_000_000
    fake.post_raw(ELON, tweet_obj(fake._next, ELON, "edited: send BTC", history=[orig, fake._next]))
    src = make_source(store, ftime)
    items = collect(src.poll_round())
    assert [type(i).__name__ for i in items] == ["Post", "AccountEvent"]
    assert items[1].post_id == orig and items[1].new == "edited: send BTC" and src.stats.edits == 1


# -- handle resolution ----------------------------------------------------------------------------
def test_handle_resolution_is_cached_in_the_store(fake, ftime, store):
    src = make_source(store, ftime, accounts=["@ElonMusk", "barackobama", "nosuchhandle000"])
    assert asyncio.run(src.resolve()) == {ELON: "elonmusk", OBAMA: "barackobama"}
    lookups = [p for path, p in fake.calls if path == "/2/users/by"]
    assert len(lookups) == 1 and lookups[0]["usernames"] == "elonmusk,barackobama,nosuchhandle000"
    assert any("nosuchhandle000" in p for p in src.stats.problems)
    again = make_source(store, ftime, accounts=["elonmusk", "BarackObama"])
    assert asyncio.run(again.resolve()) == {ELON: "elonmusk", OBAMA: "barackobama"}
    assert len([1 for path, _ in fake.calls if path == "/2/users/by"]) == 1  # served from the cache
    assert store.resolve_cached("x", "ELONMUSK") == ELON


# -- rate limits and retries ----------------------------------------------------------------------
def resolved(store, ftime, **kw) -> XSource:
    src = make_source(store, ftime, **kw)
    asyncio.run(src.resolve())
    return src


def test_429_with_reset_header_sleeps_until_reset_plus_bounded_jitter(fake, ftime, store):
    fake.post(ELON, "x")
    src = resolved(store, ftime)
    fake.fail(429, reset=int(ftime.now) + 120)
    assert len(posts_of(collect(src.poll_round()))) == 1
    waits = [s for s in ftime.sleeps if s > 1.5]
    assert len(waits) == 1 and 120 <= waits[0] <= 125
    assert src.stats.rate_limited == 1


def test_429_with_far_reset_is_bounded(fake, ftime, store):
    fake.post(ELON, "x")
    src = resolved(store, ftime)
    fake.fail(429, reset=int(ftime.now) + 100_000)
    collect(src.poll_round())
    assert max(ftime.sleeps) <= MAX_429_WAIT_S + 5


def test_429_without_reset_header_backs_off_exponentially(fake, ftime, store):
    fake.post(ELON, "x")
    src = resolved(store, ftime)
    for _ in range(3):
        fake.fail(429)
    assert len(posts_of(collect(src.poll_round()))) == 1
    waits = [s for s in ftime.sleeps if s > 1.5]
    assert len(waits) == 3
    for n, w in enumerate(waits):  # equal jitter: between half and all of 60 * 2**n
        assert 30 * 2 ** n <= w <= 60 * 2 ** n
    assert len(fake.timeline_calls()) == 4


def test_5xx_then_success_retries_with_backoff(fake, ftime, store):
    fake.post(ELON, "x")
    fake.remaining = 10**6  # plenty left: header pacing stays far below the backoff waits
    src = resolved(store, ftime)
    fake.fail(503)
    fake.fail(502, body="<html>bad gateway</html>")
    assert len(posts_of(collect(src.poll_round()))) == 1
    waits = [s for s in ftime.sleeps if s > 0.5]
    assert len(waits) == 2 and 1 <= waits[0] <= 2 and 2 <= waits[1] <= 4
    assert src.stats.retries == 2


def test_persistent_5xx_gives_up_with_source_error(fake, ftime, store):
    for _ in range(10):
        fake.fail(503)
    src = make_source(store, ftime, max_retries=3)
    with pytest.raises(SourceError, match="unavailable after 4 tries"):
        collect(src.poll_round())
    assert len(fake.calls) == 4  # the users/by lookup failing 4 times, then no more


def test_unauthorized_is_a_source_error_naming_the_setting(fake, ftime, store):
    fake.failures.append((401, {}, fixture("error_401.json")))
    with pytest.raises(SourceError, match="bearer_token"):
        collect(make_source(store, ftime).poll_round())


def test_unknown_user_timeline_skips_that_account_only(fake, ftime, store):
    ok = fake.post(OBAMA, "still here")
    src = make_source(store, ftime, accounts=["elonmusk", "barackobama"])
    asyncio.run(src.resolve())
    fake.failures.append((404, {}, {"title": "Not Found Error", "detail": "gone", "type": "about:blank",
                                    "status": 404}))
    assert [p.id for p in posts_of(collect(src.poll_round()))] == [ok]
    assert any("timeline unavailable" in p for p in src.stats.problems)


def test_rate_gate_follows_headers():
    t = FakeTime(1000.0)
    gate = RateGate(90, t.clock)  # 90 per 15 min -> at least 10 s apart
    gate.observe({})
    assert gate.delay() == 10
    gate.observe({"x-rate-limit-remaining": "0", "x-rate-limit-reset": "1300"})
    assert gate.delay() == 301
    gate.observe({"x-rate-limit-remaining": "4", "x-rate-limit-reset": "1499"})
    assert gate.delay() == 100  # 500 s left / 5 slots
    gate.observe({"x-rate-limit-remaining": "junk", "x-rate-limit-reset": "1499"})
    assert gate.delay() == 10


def test_live_loop_spreads_accounts_over_the_interval(fake, ftime, store):
    for uid in (ELON, OBAMA):
        for n in range(3):
            fake.post(uid, f"{uid} {n}")
    fake.clock = ftime.clock
    src = make_source(store, ftime, accounts=["elonmusk", "barackobama"], poll_interval_s=60,
                      requests_per_window=900)
    collect(src.stream(), limit=6)
    start = fake.call_times[0]  # the users/by lookup
    first, second = fake.times_of(r"/2/users/\d+/tweets")[:2]
    assert first - start < 5  # the first account is polled at once (after the lookups' pacing)
    assert second - start >= 30 and second - first <= 31  # 60 s interval spread over 2 accounts


# -- secrets ------------------------------------------------------------------------------------
def test_bearer_token_never_reaches_the_logs(fake, ftime, store, caplog, monkeypatch):
    monkeypatch.setenv("HW_TEST_X_TOKEN", TOKEN)
    cfg = XConfig(type="x", accounts=["elonmusk"], bearer_token=SecretRef(env="HW_TEST_X_TOKEN"))
    caplog.set_level(logging.DEBUG)
    fake.post(ELON, "x")
    fake.fail(429)
    src = XSource.from_config(cfg, store, sleep=ftime.sleep, clock=ftime.clock)
    fake.mount(src.client.session)
    assert len(posts_of(collect(src.poll_round()))) == 1
    fake.failures.append((401, {}, fixture("error_401.json")))
    with pytest.raises(SourceError) as err:
        collect(make_source(store, ftime).poll_round())
    assert fake.auth_headers[0] == f"Bearer {TOKEN}"  # it was really sent...
    assert "Making API request" in caplog.text and "[REDACTED]" in caplog.text  # ...tweepy logged headers...
    assert TOKEN not in caplog.text and TOKEN not in str(err.value)  # ...but never the token


def test_missing_token_is_a_config_error_naming_the_variable(store, monkeypatch):
    monkeypatch.delenv("HW_ABSENT_X", raising=False)
    cfg = XConfig(type="x", accounts=["a"], bearer_token=SecretRef(env="HW_ABSENT_X"))
    with pytest.raises(ConfigError, match="HW_ABSENT_X"):
        XSource.from_config(cfg, store)


# -- stream rules -------------------------------------------------------------------------------
handle_st = st.from_regex(r"[A-Za-z0-9_]{1,15}", fullmatch=True)


@settings(max_examples=150, deadline=None)
@given(st.lists(handle_st, max_size=400), st.integers(min_value=20, max_value=1024))
def test_pack_rules_fit_the_limit_and_cover_every_handle_once(handles, limit):
    rules = pack_rules(handles, limit)
    assert all(len(r) <= limit for r in rules)
    terms = [t for r in rules for t in r.split(" OR ")]
    assert terms == [f"from:{h}" for h in dict.fromkeys(h.lower() for h in handles)]


def test_pack_rules_default_limit_is_512_and_fills_rules():
    handles = [f"user_{n:010d}" for n in range(100)]  # 15 chars each
    rules = pack_rules(handles)
    # 21 x 'from:<15 chars>' + 20 x ' OR ' = 500 chars; a 22nd term would make 524
    assert RULE_LIMIT == 512 and [r.count("from:") for r in rules] == [21, 21, 21, 21, 16]
    assert all(len(r) == 500 for r in rules[:4])


def test_sync_rules_replaces_only_our_stale_rules():
    existing = [{"id": "1", "value": "from:old", "tag": RULE_TAG}, {"id": "2", "value": "from:keep", "tag": RULE_TAG},
                {"id": "3", "value": "someone else's rule", "tag": "other"}]
    with StreamServer([], rules=existing) as srv:
        streamer = make_streamer(TOKEN)
        streamer.session.mount("https://api.twitter.com", LocalAdapter(srv.base))
        sync_rules(streamer, ["from:keep", "from:new1 OR from:new2"])
    assert srv.rule_posts == [{"delete": {"ids": ["1"]}},
                              {"add": [{"value": "from:new1 OR from:new2", "tag": RULE_TAG}]}]
    assert sorted(r["value"] for r in srv.rules) == ["from:keep", "from:new1 OR from:new2", "someone else's rule"]


# -- filtered stream over a local server ---------------------------------------------------------
def _line(tid: int, text: str) -> bytes:
    payload = {"data": tweet_obj(tid, ELON, text),
               "includes": {"users": [{"id": ELON, "name": "Elon Musk", "username": "elonmusk"}]},
               "matching_rules": [{"id": "900", "tag": RULE_TAG}]}
    return json.dumps(payload).encode() + b"\r\n"


def streaming_source(store, ftime, srv) -> XSource:
    """A source watching @elonmusk whose filtered stream is tweepy's own client against the local stream server."""
    def factory():
        s = make_streamer(TOKEN)
        s.session.mount("https://api.twitter.com", LocalAdapter(srv.base))
        return s
    src = make_source(store, ftime, stream=True, stream_factory=factory)
    src._ids = {ELON: "elonmusk"}
    return src


def test_stream_wire_format_keepalives_cut_line_and_reconnect_backoff(store, ftime):
    first = [b"\r\n", _line(1283558880893804540, "one"), b"\r\n", b"\r\n",
             _line(1283558880893804541, "two"), b'{"data":{"id":"12835588808938', ]  # cut mid-line
    with StreamServer([first, 429, [fixture_line()]]) as srv:
        src = streaming_source(store, ftime, srv)

        async def run():
            queue: asyncio.Queue = asyncio.Queue()
            await src.run_stream(queue, max_connects=3)
            lines = []
            while not queue.empty():
                lines.append(queue.get_nowait())
            return [i for raw in lines for i in src._stream_items(raw)]
        items = asyncio.run(run())
    assert [p.text for p in posts_of(items)] == ["one", "two", json.loads(fixture_line())["data"]["text"]]
    assert posts_of(items)[0].author == "elonmusk" and posts_of(items)[2].id == "1283558880893804545"
    assert src.stats.malformed == 1 and src.stats.stream_keepalives >= 3
    assert srv.rule_posts[0] == {"add": [{"value": "from:elonmusk", "tag": RULE_TAG}]}
    assert all(h == f"Bearer {TOKEN}" for h in srv.auth_headers)
    assert "tweet.fields=" in srv.stream_queries[0] and "expansions=author_id" in srv.stream_queries[0]
    w_after_data, w_after_429, w_after_third = ftime.sleeps[-3:]
    assert 1 <= w_after_data <= 2  # the connection had delivered data: backoff starts over
    assert 60 <= w_after_429 <= 120  # 429 without a reset header: one-minute base, doubled
    assert 1 <= w_after_third <= 2


def fixture_line() -> bytes:
    return (FIXTURES / "stream_tweet.jsonl").read_bytes()


def test_stream_and_poll_never_emit_the_same_tweet_twice(fake, ftime, store):
    tid = fake.post(ELON, "seen on the stream first")
    src = make_source(store, ftime)
    asyncio.run(src.resolve())
    streamed = src._stream_items(_line(int(tid), "seen on the stream first"))
    polled = collect(src.poll_round())
    assert [p.id for p in posts_of(streamed)] == [tid] and polled == []
    assert src.stats.duplicates == 1 and store.get_checkpoint(f"x:{ELON}") == tid


def test_stream_error_lines_are_not_counted_as_malformed(store, ftime):
    src = make_source(store, ftime)
    err = b'{"errors":[{"title":"operational-disconnect","disconnect_type":"UpstreamOperationalDisconnect"}]}'
    assert src._stream_items(err) == [] and src.stats.malformed == 0


def test_live_loop_merges_stream_and_polling_without_duplicates(fake, store):
    """stream: true end to end: polling (responses) and the stream (local server) feed one iterator."""
    polled = fake.post(ELON, "from the timeline")
    streamed_id = int(polled) + 5_000_000
    script = [[_line(int(polled), "from the timeline"), b"\r\n", _line(streamed_id, "from the stream")]]
    waits: list[float] = []

    async def short_sleep(seconds: float) -> None:  # reconnect waits recorded, kept short in real time
        waits.append(seconds)
        await asyncio.sleep(0.05)

    with StreamServer(script) as srv:
        def factory():
            s = make_streamer(TOKEN)
            s.session.mount("https://api.twitter.com", LocalAdapter(srv.base))
            return s
        src = XSource(x_client(), store, ["elonmusk"], stream=True, stream_factory=factory,
                      poll_interval_s=0.2, requests_per_window=90_000, sleep=short_sleep)

        async def run():
            got: list = []

            async def consume():
                async for item in src.stream():
                    got.append(item)
            task = asyncio.create_task(consume())
            for _ in range(200):  # until both arrived (bounded), then a little longer for repeats
                await asyncio.sleep(0.05)
                if len(got) >= 2:
                    break
            await asyncio.sleep(0.6)  # three more poll rounds: neither tweet may come again
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            await src.aclose()
            return got
        items = asyncio.run(run())
    assert sorted(p.id for p in posts_of(items)) == sorted([polled, str(streamed_id)])
    assert src.stats.stream_connects >= 1 and src.stats.duplicates >= 1


def test_network_error_is_retried_and_429s_do_not_use_up_error_retries(fake, ftime, store):
    fake.post(ELON, "x")
    fake.remaining = 10**6
    src = resolved(store, ftime, max_retries=1)
    for _ in range(3):
        fake.fail(429)
    fake.failures.append((0, {}, requests.ConnectionError("Connection reset by peer")))  # the one error retry
    assert len(posts_of(collect(src.poll_round()))) == 1
    assert src.stats.rate_limited == 3 and src.stats.retries == 4
    assert len(fake.timeline_calls()) == 5


# -- profile changes and deletions ----------------------------------------------------------------
def test_lookup_fixtures_map_to_profile_fields_and_deleted_ids():
    user = fixture("users_lookup.json")["data"][0]
    assert user_profile(user) == {"display_name": "Elon Musk", "handle": "elonmusk", "bio": "",
                                  "avatar": user["profile_image_url"]}
    # only not-found is a deletion: a protected account's tweet is hidden, not gone
    assert deleted_ids(fixture("tweets_lookup_deleted.json")) == {"1283559990000000000"}
    assert deleted_ids({"errors": "junk"}) == set() and deleted_ids({}) == set()


def test_profile_changes_give_account_events_after_a_baseline(fake, ftime, store):
    src = resolved(store, ftime)
    assert asyncio.run(src.check_profiles()) == []  # the first look is the baseline
    src.save_profiles()  # as check_round does once the round's events are handed on
    baseline_at = json.loads(store.get_checkpoint(f"x:profile:{ELON}"))["seen_at"]
    fake.profiles[ELON].update(name="Elon Musk \u2728 GIVEAWAY", profile_image_url="https://pbs.twimg.com/new.jpg")
    fake.rename(ELON, "elonmusk_giveaway")
    ftime.now += 60
    events = asyncio.run(src.check_profiles())
    assert sorted((e.kind, e.old, e.new) for e in events) == [
        ("avatar", f"https://pbs.twimg.com/profile_images/{ELON}/a_normal.jpg", "https://pbs.twimg.com/new.jpg"),
        ("display_name", "Elonmusk", "Elon Musk \u2728 GIVEAWAY"),
        ("handle", "elonmusk", "elonmusk_giveaway")]
    assert {e.account for e in events} == {"elonmusk_giveaway"}  # later posts are authored by the new handle
    assert {e.at for e in events} == {iso(datetime.fromtimestamp(baseline_at, tz=timezone.utc))}
    lookup = [p for path, p in fake.calls if path == "/2/users"][-1]
    assert lookup["ids"] == ELON and set(lookup["user.fields"].split(",")) >= {"name", "description",
                                                                               "profile_image_url", "username"}
    assert store.resolve_cached("x", "elonmusk_giveaway") == ELON and src._ids[ELON] == "elonmusk_giveaway"
    assert asyncio.run(src.check_profiles()) == []  # reported once


def test_deleted_posts_are_reported_once_and_survive_a_restart(fake, ftime, store):
    keep, gone = fake.post(ELON, "keep"), fake.post(ELON, "send BTC, get double back")
    pipe = Pipeline.from_config(Config(), store)
    pipe.process_batch(posts_of(collect(make_source(store, ftime).poll_round())))
    fake.deleted.add(gone)
    src = resolved(store, ftime)  # a restart: the ids to re-check come from the store
    assert asyncio.run(src.check_deleted()) == []  # just fetched: first re-checked one poll interval later
    ftime.now += src.poll_interval_s
    events = asyncio.run(src.check_deleted())
    assert [(e.kind, e.post_id, e.account) for e in events] == [("deleted", gone, "elonmusk")]
    assert [p["ids"] for path, p in fake.calls if path == "/2/tweets"] == [f"{keep},{gone}"]
    pipe.process_event(events[0])
    row = store.get_post(f"x:{gone}")
    assert row["deleted_at"] == events[0].at and row["text"] == "send BTC, get double back"  # evidence kept
    ftime.now += src.poll_interval_s
    assert asyncio.run(src.check_deleted()) == []  # reported once; the kept post is checked again
    ftime.now += src.deleted_window_s + 1
    asyncio.run(src.check_deleted())
    assert [p["ids"] for path, p in fake.calls if path == "/2/tweets"] == [f"{keep},{gone}", keep]  # then aged out


def test_deletion_checks_reach_posts_beyond_the_newest_hundred(fake, ftime, store):
    first = [fake.post(ELON, f"post {i}") for i in range(100)]
    src = make_source(store, ftime, max_results=100)
    collect(src.poll_round())  # the first look: one page of backfill
    later = [fake.post(ELON, f"later {i}") for i in range(60)]
    collect(src.poll_round())
    assert len(src._recent_posts()) == 160
    oldest = first[0]  # not among the newest 100, which is all the endpoint takes at once
    fake.deleted.add(oldest)
    found = []
    for _ in range(2):  # fresh posts are due every interval, longest-unchecked first: two rounds reach all
        ftime.now += src.poll_interval_s
        found += [e.post_id for e in asyncio.run(src.check_deleted())]
    assert found == [oldest]
    sent = [p["ids"].split(",") for path, p in fake.calls if path == "/2/tweets"]
    assert all(len(batch) <= 100 for batch in sent) and set(first + later) <= {i for b in sent for i in b}


def test_a_damaged_recent_posts_checkpoint_is_not_fatal(fake, ftime, store):
    gone = fake.post(ELON, "send BTC, get double back")
    collect(make_source(store, ftime).poll_round())
    saved = json.loads(store.get_checkpoint(RECENT_KEY))
    store.set_checkpoint(RECENT_KEY, json.dumps({**saved, "x1": [1, 2], "7": "junk", "8": [1], "9": [1, "t"], "10": [1, 2, True]}))
    fake.deleted.add(gone)
    ftime.now += 3600
    events = asyncio.run(resolved(store, ftime).check_deleted())  # a restart over the damaged checkpoint
    assert [(e.kind, e.post_id) for e in events] == [("deleted", gone)]


def test_live_loop_reports_a_renaming_before_the_post_it_precedes(fake, ftime, store):
    """A takeover renames the account, then posts: the event comes first and the detector uses it."""
    src = resolved(store, ftime, poll_interval_s=60)
    asyncio.run(src.check_profiles())
    fake._next += 1_000_000
    fake.post_raw(ELON, tweet_obj(fake._next, ELON, "Claim your $PHNTM airdrop now! Connect your wallet at "
                                  "phantom-claim.app", minutes=74))  # 20:14, the renaming is seen at 20:15
    fake.profiles[ELON]["name"] = "Phantom"
    ftime.now += 600
    items = collect(src.stream(), limit=2)
    assert [type(i).__name__ for i in items] == ["AccountEvent", "Post"] and items[0].kind == "display_name"
    pipe = Pipeline.from_config(Config(), store)
    pipe.process_event(items[0])
    alerts = pipe.process(items[1])
    assert any(r.startswith("display name changed") for a in alerts for r in a.reasons)


def test_recent_posts_are_written_when_they_changed_not_after_every_poll(fake, ftime, store):
    fake.post(ELON, "first")
    src = make_source(store, ftime)
    collect(src.poll_round())
    saved = store.get_checkpoint(RECENT_KEY)
    assert json.loads(saved) == src._recent and len(src._recent) == 1  # the new post was written
    writes = []
    real = store.set_checkpoint
    store.set_checkpoint = lambda key, value: (writes.append(key), real(key, value))[1]
    try:
        collect(src.poll_round())  # nothing new: the window's posts are not re-serialised
        assert RECENT_KEY not in writes
        fresh = fake.post(ELON, "second")
        collect(src.poll_round())
        assert writes.count(RECENT_KEY) == 1 and fresh in json.loads(store.get_checkpoint(RECENT_KEY))
    finally:
        store.set_checkpoint = real


def test_renaming_of_a_capitalised_handle_is_evidence_on_the_posts_that_follow(fake, ftime, store):
    """Events carry the username as X writes it, the same as Post.author, so the detector finds them."""
    src = resolved(store, ftime, accounts=["BarackObama"], poll_interval_s=60)
    asyncio.run(src.check_profiles())
    fake._next += 1_000_000
    fake.post_raw(OBAMA, tweet_obj(fake._next, OBAMA, "Claim your $PHNTM airdrop now! Connect your wallet at "
                                   "phantom-claim.app", minutes=74))
    fake.profiles[OBAMA]["name"] = "Phantom"
    ftime.now += 600
    event, post = collect(src.stream(), limit=2)
    assert (event.kind, event.account, post.author) == ("display_name", "BarackObama", "BarackObama")
    pipe = Pipeline.from_config(Config(), store)
    pipe.process_event(event)
    assert any(r.startswith("display name changed") for a in pipe.process(post) for r in a.reasons)


def test_a_baseline_with_the_handle_in_other_case_is_no_handle_change(fake, ftime, store):
    """X handles ignore case: a stored lowercase baseline (as older versions wrote it) is the same handle."""
    src = resolved(store, ftime, accounts=["BarackObama"])
    store.set_checkpoint(f"x:profile:{OBAMA}", json.dumps({**user_profile(fake.user_obj(OBAMA)),
                                                           "handle": "barackobama", "seen_at": ftime.now}))
    assert asyncio.run(src.check_profiles()) == []
    fake.rename(OBAMA, "BarackObama44")
    ftime.now += 60
    (event,) = asyncio.run(src.check_profiles())
    assert (event.kind, event.account, event.old, event.new) == ("handle", "BarackObama44", "BarackObama",
                                                                 "BarackObama44")


def test_profile_events_survive_a_failing_deletion_check(fake, ftime, store):
    """GET /2/tweets down past the retries: the round's renaming is still reported, the deletion check skipped."""
    fake.post(ELON, "hello")
    src = resolved(store, ftime, max_retries=2)
    collect(src.check_round())  # the baseline
    collect(src.poll_round())  # the post is remembered for deletion checks
    fake.profiles[ELON]["name"] = "Elon Musk GIVEAWAY"
    ftime.now += 120
    # the profile lookup answers; then GET /2/tweets?ids= fails three times (every try)
    fake.failures.append((200, {}, {"data": [fake.user_obj(ELON)]}))
    for _ in range(3):
        fake.fail(503)
    events = collect(src.check_round())
    assert [(e.kind, e.new) for e in events] == [("display_name", "Elon Musk GIVEAWAY")]
    assert any("deletion check" in p for p in src.stats.problems)
    assert [path for path, _ in fake.calls[-4:]] == ["/2/users"] + ["/2/tweets"] * 3
    ftime.now += 120
    fake.deleted.add(fake.tweets[ELON][0]["id"])
    assert [e.kind for e in collect(src.check_round())] == ["deleted"]  # checked again once the API is back


def test_x_html_entities_are_decoded_exactly(fake, ftime, store):
    """X escapes only &, < and > in `text` and `note_tweet.text`; &amp; is decoded last, nothing else is."""
    page = fixture("timeline_entities.json")
    short, long = (tweet_to_post(t, users_by_id(page)) for t in page["data"])
    assert short.text == 'Q&A <live> -> send 0.1 ETH, get 0.2 back. Typed literally: &lt; &amp; &quot; "quoted"'
    assert long.text.startswith("Tom & Jerry <3 a long post") and long.text.endswith("1 < 2 && 3 > 2")
    for raw in page["data"]:
        fake.post_raw(OBAMA, raw)
    polled = posts_of(collect(make_source(store, ftime, accounts=["barackobama"]).poll_round()))
    assert [p.text for p in polled] == [long.text, short.text]
    assert unescape_text("&quot; &#36; &nbsp; &apos") == "&quot; &#36; &nbsp; &apos"  # X never writes these


@given(st.text(alphabet="&<>;amplgtquo#x ", max_size=60))
def test_x_escaping_round_trips(typed):
    """Whatever was typed comes back from X's escaping (& first, as X does) unchanged."""
    wire = typed.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert unescape_text(wire) == typed


def test_out_of_range_created_at_is_counted_and_skipped(fake, ftime, store):
    fake._next += 1_000_000
    bad = tweet_obj(fake._next, ELON, "from the end of time")
    bad["created_at"] = "9999-12-31T23:59:59-01:00"  # a valid ISO time whose UTC is past datetime.max
    fake.post_raw(ELON, bad)
    good = fake.post(ELON, "fine")
    src = make_source(store, ftime)
    assert [p.id for p in posts_of(collect(src.poll_round()))] == [good]
    assert src.stats.malformed == 1 and "malformed" in src.stats.problems[0]


def test_stream_lines_matched_only_by_other_rules_of_the_app_are_ignored(store, ftime):
    """The filtered stream is per app: a line matched only by another team's rule is not ours."""
    def line(tid: int, author_id: str, username: str, tags: list[str]) -> bytes:
        payload = {"data": tweet_obj(tid, author_id, f"tweet {tid}"),
                   "includes": {"users": [{"id": author_id, "name": username, "username": username}]},
                   "matching_rules": [{"id": str(n), "tag": t} for n, t in enumerate(tags)]}
        return json.dumps(payload).encode() + b"\r\n"

    base = 1283558880893804540
    script = [[line(base + 1, "999", "random_user", ["marketing-brand-monitoring"]),
               line(base + 2, ELON, "elonmusk", ["marketing-brand-monitoring", RULE_TAG]),
               line(base + 3, ELON, "elonmusk", ["marketing-brand-monitoring"]),
               line(base + 4, "999", "random_user", [RULE_TAG])]]
    with StreamServer(script) as srv:
        src = streaming_source(store, ftime, srv)

        async def run():
            queue: asyncio.Queue = asyncio.Queue()
            await src.run_stream(queue, max_connects=1)
            return [i for _ in range(queue.qsize()) for i in src._stream_items(queue.get_nowait())]
        items = asyncio.run(run())
    assert [p.id for p in posts_of(items)] == [str(base + 2)]
    assert src.stats.ignored == 3 and src.stats.malformed == 0
    assert list(src._recent_posts()) == [str(base + 2)]  # only our posts are re-checked for deletion


def test_a_lookup_the_tier_lacks_skips_that_check_not_the_source(fake, ftime, store):
    """403 client-forbidden on GET /2/users?ids=: that round's profile check is skipped, polling goes on."""
    tid = fake.post(ELON, "hello")
    store.cache_account("x", "elonmusk", ELON)
    src = make_source(store, ftime)
    fake.failures.append((403, {}, fixture("error_403.json")))
    assert [p.id for p in posts_of(collect(src.stream(), limit=1))] == [tid]
    assert any("lookup skipped" in p and "403" in p for p in src.stats.problems)


def test_a_forbidden_timeline_still_stops_the_source(fake, ftime, store):
    """Only lookups are optional: without timeline access the source cannot work at all."""
    src = resolved(store, ftime)
    fake.failures.append((403, {}, fixture("error_403.json")))
    with pytest.raises(SourceError, match="access tier"):
        collect(src.poll_round())
