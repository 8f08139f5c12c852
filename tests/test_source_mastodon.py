"""Mastodon source: HTML to text, polling with checkpoints, pagination, rate limits, retries.

End-to-end tests run the real Mastodon.py client against a Mastodon API stub on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import html
import json
import logging
import time
from contextlib import aclosing
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.config import MastodonSource as MastodonConfig
from bot.config import SecretRef
from bot.errors import ConfigError, SourceError
from bot.post import Post, parse_time
from bot.sources import build_source
from bot.sources.base import AccountEvent
from bot.sources.mastodon import MastodonSource, html_to_text, status_to_post
from tests.stubs.mastodon_api import MastodonStub, numbered_status

FIX = Path(__file__).parent / "fixtures" / "mastodon"
ACCOUNTS = json.loads((FIX / "accounts.json").read_text())
STATUSES = json.loads((FIX / "statuses.json").read_text())
ALICE_ID, BOB_ID = ACCOUNTS[0]["id"], ACCOUNTS[1]["id"]
TOKEN = "stub-token-3f9a7c1e"
WATCHED = ["alice@mastodon.example", "@bob@other.example"]


def stub(**kw) -> MastodonStub:
    kw.setdefault("remote_only", ("bob@other.example",))
    return MastodonStub(ACCOUNTS, STATUSES, token=TOKEN, **kw)


def source(store, base_url: str, **kw) -> MastodonSource:
    kw.setdefault("accounts", WATCHED)
    kw.setdefault("access_token", TOKEN)
    kw.setdefault("base_delay", 0.01)
    return MastodonSource(store, api_base_url=base_url, **kw)


async def poll_all(src: MastodonSource) -> list:
    """One poll of every account, committing each account's state (as stream() does)."""
    if not src.ids:
        await src.resolve()
    out = []
    for account_id in list(src.ids):
        items, state = await src.poll_account(account_id)
        out += items
        src.commit(account_id, state)
    return out


def ids(items) -> list[str]:
    return [i.id for i in items if isinstance(i, Post)]


# -- HTML -> text ------------------------------------------------------------------------------
@pytest.mark.parametrize("content,text,urls", [
    (STATUSES[0]["content"],
     "Big news today! Read more: https://example.com/blog/2024/launch\n\nThanks @bob & team #launch",
     ("https://example.com/blog/2024/launch",)),
    (STATUSES[1]["content"], 'line one\nline two\n<not a tag> "quoted" caf\u00e9 \U0001F600', ()),
    ("<p>a</p><p></p><p>b</p>", "a\n\nb", ()),
    ("<ul><li>one</li><li>two</li></ul>", "one\ntwo", ()),
    ('<p><a href="https://x.example/">x</a> and <a href="https://x.example/">again</a></p>', "x and again",
     ("https://x.example/",)),
    ('<p>hi<script>alert("no")</script></p>', "hi", ()),
    ("plain &amp; simple", "plain & simple", ()),
    ("", "", ()),
    ("1 < 2 and 3 > 2 <", "1 < 2 and 3 > 2 <", ()),
    ("<p>a<!-- hidden --></p>", "a<!-- hidden -->", ()),
    ("<p>unclosed <b>bold", "unclosed bold", ()),
])
def test_html_to_text(content, text, urls):
    assert html_to_text(content) == (text, urls)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=200))
def test_escaped_text_in_a_paragraph_round_trips(s):
    assert html_to_text(f"<p>{html.escape(s)}</p>")[0] == s.strip()


@given(st.lists(st.sampled_from(["https://a.example/x?y=1&z=2", "https://b.example/", "http://c.example/p"]),
                max_size=5))
def test_links_are_collected_in_order_without_repeats(links):
    body = "".join(f'<a href="{html.escape(u)}">link</a> ' for u in links)
    assert html_to_text(f"<p>{body}</p>")[1] == tuple(dict.fromkeys(links))


@settings(max_examples=200)
@given(st.text(alphabet="<>/&;#apbr=\"' \nx", max_size=300))
def test_any_markup_soup_gives_text(soup):
    text, urls = html_to_text(soup)
    assert isinstance(text, str) and all(isinstance(u, str) for u in urls)


@pytest.mark.parametrize("bad", ["<" * 100_000, "<a href='" * 20_000, "<a href='" * 20_000 + ">", "&#" * 50_000,
                                 "<p>" * 30_000, "<!--" * 25_000, "</" * 50_000, "<a" * 50_000, '<a b="' * 20_000,
                                 "<a " + "x=" * 50_000 + ">", "<?" * 50_000 + ">"])
def test_pathological_html_is_fast(bad):
    start = time.process_time()  # CPU time: a loaded test machine must not fail this
    html_to_text(bad)
    assert time.process_time() - start < 0.06


def test_overlong_content_is_cut_not_rejected():
    text, urls = html_to_text('<p><a href="https://a.example/">a</a> ' + "word " * 20_000 + "</p>")
    assert urls == ("https://a.example/",) and text.startswith("a word") and len(text) < 50_000


# -- status conversion -------------------------------------------------------------------------------
def test_status_to_post_from_real_shaped_json():
    status = dict(STATUSES[0], account=ACCOUNTS[0])
    p = status_to_post(status, "alice@mastodon.example")
    assert (p.id, p.platform, p.author, p.author_id) == ("113108007541216312", "mastodon",
                                                         "alice@mastodon.example", ALICE_ID)
    assert (p.lang, p.source) == ("en", "Elk")
    assert p.created_at.isoformat() == "2024-09-09T19:40:00+00:00"
    assert p.urls == ("https://example.com/blog/2024/launch",)  # the card repeats the link: listed once
    assert p.extra["url"] == "https://mastodon.example/@alice/113108007541216312"


def test_content_warning_text_is_kept():
    status = dict(STATUSES[4], account=ACCOUNTS[1])
    p = status_to_post(status, "bob@other.example")
    assert p.text == "crypto giveaway\n\nSend ETH, get double back" and p.lang == "" and p.source == ""


# -- polling against the stub ----------------------------------------------------------------------
def test_first_poll_yields_recent_statuses_oldest_first_and_then_only_new(store):
    async def run():
        with stub() as api:
            src = source(store, api.base_url)
            first = await poll_all(src)
            again = await poll_all(src)
            api.add_status(numbered_status(STATUSES[0], 113108050000000000, "fresh"))
            third = await poll_all(src)
            return api, src, first, again, third

    api, src, first, again, third = asyncio.run(run())
    assert ids(first) == ["113108007541216312", "113108012345678901", "113108031234567890", "113108040000000001"]
    posts = {p.id: p for p in first if isinstance(p, Post)}
    assert posts["113108031234567890"].source == "Web"
    assert "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh" in posts["113108031234567890"].text
    assert posts["113108031234567890"].urls == ("https://double-btc.example/claim",)
    assert posts["113108040000000001"].author == "bob@other.example"
    assert not [i for i in first if isinstance(i, AccountEvent)]  # first sight: baselines only
    assert again == [] and ids(third) == ["113108050000000000"]
    assert store.get_checkpoint(f"mastodon:{ALICE_ID}") == "113108050000000000"
    assert all(q.get("exclude_reblogs") == ["1"] for q in api.statuses_requests)
    assert set(api.auth_headers) == {f"Bearer {TOKEN}"}


def test_burst_beyond_a_page_follows_link_pages_and_restart_resumes(store):
    async def run():
        with stub() as api:
            src = source(store, api.base_url, accounts=["alice@mastodon.example"], page_limit=5)
            await poll_all(src)
            for n in range(12):
                api.add_status(numbered_status(STATUSES[0], 113108100000000000 + n, f"burst {n}"))
            burst = await poll_all(src)
            pages = len(api.statuses_requests)
            for n in range(3):
                api.add_status(numbered_status(STATUSES[0], 113108200000000000 + n, f"after restart {n}"))
            restarted = source(store, api.base_url, accounts=["alice@mastodon.example"], page_limit=5)
            resumed = await poll_all(restarted)
            return burst, pages, resumed, api

    burst, pages, resumed, api = asyncio.run(run())
    assert ids(burst) == [str(113108100000000000 + n) for n in range(12)]  # none missed, oldest first
    assert [p.text for p in burst if isinstance(p, Post)][0] == "burst 0"
    assert pages == 1 + 3  # first poll, then the newest page and two Link rel="next" pages
    assert ids(resumed) == [str(113108200000000000 + n) for n in range(3)]
    assert not [r for r in api.requests if r[1] == "/api/v1/accounts/lookup"][1:]  # restart used the cache


def test_edit_and_profile_change_give_account_events_once(store):
    async def run():
        with stub() as api:
            src = source(store, api.base_url, accounts=["alice@mastodon.example"])
            await poll_all(src)
            target = next(s for s in api.statuses if s["id"] == "113108031234567890")
            target["edited_at"] = "2024-09-09T19:50:00.000Z"
            target["content"] = "<p>Sorry, that was not me. Account recovered.</p>"
            api.account(ALICE_ID)["display_name"] = "Alice \u2728 Giveaway"
            changed = await poll_all(src)
            later = await poll_all(src)
            return changed, later

    changed, later = asyncio.run(run())
    kinds = {(e.kind, e.post_id, e.new) for e in changed}
    assert kinds == {("edited", "113108031234567890", "Sorry, that was not me. Account recovered."),
                     ("display_name", "", "Alice \u2728 Giveaway")}
    edited = next(e for e in changed if e.kind == "edited")
    assert edited.at == "2024-09-09T19:50:00Z" and edited.account == "alice@mastodon.example"
    assert later == []


def test_renaming_seen_with_the_post_after_it_is_stamped_before_that_post(store):
    async def run():
        with stub() as api:
            src = source(store, api.base_url, accounts=["alice@mastodon.example"])
            await poll_all(src)
            first_poll = time.time()
            await asyncio.sleep(0.05)
            api.account(ALICE_ID)["display_name"] = "Alice \u2728 Giveaway"
            scam = numbered_status(STATUSES[0], 113108060000000000, "Claim your airdrop")
            scam["created_at"] = datetime.now(timezone.utc).isoformat()
            api.add_status(scam)
            return first_poll, await poll_all(src)

    first_poll, items = asyncio.run(run())
    (renamed,) = [i for i in items if isinstance(i, AccountEvent)]
    (post,) = [i for i in items if isinstance(i, Post)]
    assert items.index(renamed) < items.index(post)
    assert parse_time(renamed.at) <= post.created_at  # so the detector counts it as preceding the post
    assert abs(parse_time(renamed.at).timestamp() - first_poll) < 1.5  # the last look that saw the old name


def poll_after_bad_times(store, created_ats, edit=None):
    """After a first poll, two statuses with these created_at values (None: the field left out) and a fine
    third (ids ...001 to ...003), and `edit(api)` if given; then two polls. (source, first items, second items)"""
    async def run():
        with stub() as api:
            src = source(store, api.base_url, accounts=["alice@mastodon.example"])
            await poll_all(src)
            for n, created_at in enumerate(created_ats, start=1):
                status = numbered_status(STATUSES[0], 113108050000000000 + n, f"bad {n}")
                if created_at is None:
                    del status["created_at"]
                else:
                    status["created_at"] = created_at
                api.add_status(status)
            api.add_status(numbered_status(STATUSES[0], 113108050000000003, "fine"))
            if edit:
                edit(api)
            return src, await poll_all(src), await poll_all(src)

    return asyncio.run(run())


def test_malformed_statuses_are_counted_skipped_and_passed_by_the_checkpoint(store):
    src, items, again = poll_after_bad_times(store, [None, "yesterday"])
    assert ids(items) == ["113108050000000003"] and src.stats.malformed == 2
    assert again == [] and store.get_checkpoint(f"mastodon:{ALICE_ID}") == "113108050000000003"


def test_times_out_of_datetime_range_are_counted_and_skipped_not_fatal(store):
    """A federated status's created_at (or edited_at) whose UTC lies outside datetime's range."""
    def garble_an_edit(api):
        api.status("113108031234567890")["edited_at"] = "9999-12-31T23:59:59.000-01:00"

    src, items, again = poll_after_bad_times(
        store, ["0001-01-01T00:00:00.000+01:00", "9999-12-31T23:59:59.000-01:00"], edit=garble_an_edit)
    assert ids(items) == ["113108050000000003"] and src.stats.malformed == 2
    assert not [i for i in items + again if isinstance(i, AccountEvent)]  # the garbled edit time is no edit
    assert again == [] and store.get_checkpoint(f"mastodon:{ALICE_ID}") == "113108050000000003"


def test_rate_limit_waits_for_reset_then_succeeds(store):
    async def run():
        with stub() as api:
            src = source(store, api.base_url, accounts=["alice@mastodon.example"])
            await src.resolve()
            api.rate_limit(reset_in=1.0)
            start = time.monotonic()
            items = await poll_all(src)
            return time.monotonic() - start, items, src

    elapsed, items, src = asyncio.run(run())
    assert 0.9 <= elapsed < 5 and src.stats.rate_limited == 1 and len(ids(items)) == 3


def test_rate_limit_without_reset_header_backs_off_instead_of_using_a_stale_reset(store):
    """A 429 without X-RateLimit-Reset (e.g. from a proxy): the reset of an earlier answer, which
    still had requests left, says nothing about it, so exponential backoff applies."""
    async def run():
        with stub() as api:
            src = source(store, api.base_url, accounts=["alice@mastodon.example"], base_delay=0.2)
            await src.resolve()  # its answer carried a reset five minutes ahead and 299 remaining
            api.fail(429, times=2)
            start = time.monotonic()
            async with asyncio.timeout(20):
                items = await poll_all(src)
            return time.monotonic() - start, items, src

    elapsed, items, src = asyncio.run(run())
    assert src.stats.rate_limited == 2 and len(ids(items)) == 3
    assert 0.1 + 0.2 <= elapsed < 3  # equal jitter: at least half of 0.2 s, then of 0.4 s; never minutes


def test_server_errors_are_retried_with_backoff(store):
    async def run():
        with stub() as api:
            src = source(store, api.base_url, accounts=["alice@mastodon.example"])
            await src.resolve()
            api.fail(503, times=2)
            return await poll_all(src), src

    items, src = asyncio.run(run())
    assert src.stats.retries == 2 and len(ids(items)) == 3


def test_persistent_server_errors_become_a_source_error(store):
    async def run():
        with stub() as api:
            src = source(store, api.base_url, accounts=["alice@mastodon.example"], max_retries=2)
            await src.resolve()
            api.fail(500, times=5)
            await poll_all(src)

    with pytest.raises(SourceError, match="gave up after 3 attempts"):
        asyncio.run(run())
    assert store.get_checkpoint(f"mastodon:{ALICE_ID}") is None


def test_bad_token_is_a_source_error_that_never_shows_the_token(store, caplog):
    caplog.set_level(logging.DEBUG)

    async def run():
        with stub() as api:
            await source(store, api.base_url, access_token="wrong-secret-value-123").resolve()

    with pytest.raises(SourceError) as err:
        asyncio.run(run())
    assert "wrong-secret-value-123" not in str(err.value) and "wrong-secret-value-123" not in caplog.text


def test_unknown_account_is_skipped_and_all_unknown_fails(store):
    problems = []

    async def run(accounts):
        with stub() as api:
            return await source(store, api.base_url, accounts=accounts, on_problem=problems.append).resolve()

    assert asyncio.run(run(["alice@mastodon.example", "ghost@nowhere.example"])) == {
        ALICE_ID: "alice@mastodon.example"}
    assert len(problems) == 1 and "ghost@nowhere.example" in problems[0]
    with pytest.raises(SourceError):
        asyncio.run(run(["ghost@nowhere.example"]))


def test_remote_account_found_through_search_with_resolve(store):
    async def run():
        with stub() as api:
            resolved = await source(store, api.base_url, accounts=["bob@other.example"]).resolve()
            return resolved, api.requests

    resolved, requests = asyncio.run(run())
    assert resolved == {BOB_ID: "bob@other.example"}
    search = next(q for _, p, q in requests if p == "/api/v1/accounts/search")
    assert search["resolve"] == ["1"]


def test_stream_commits_the_checkpoint_only_after_items_were_taken(store):
    async def run():
        with stub() as api:
            src = source(store, api.base_url, accounts=["alice@mastodon.example"], poll_interval_s=0.05)
            stream = src.stream()
            first = await anext(stream)
            await stream.aclose()  # stopped mid-batch: nothing committed
            mid = store.get_checkpoint(f"mastodon:{ALICE_ID}")
            src2 = source(store, api.base_url, accounts=["alice@mastodon.example"], poll_interval_s=0.05)
            got = []
            async for item in src2.stream():
                got.append(item)
                if len(got) == 3:
                    break
            return first, mid, got

    first, mid, got = asyncio.run(run())
    assert mid is None and ids(got) == ["113108007541216312", "113108012345678901", "113108031234567890"]
    assert first.id == got[0].id


def test_from_config_reads_the_token_from_the_environment(store, monkeypatch):
    cfg = MastodonConfig(type="mastodon", api_base_url="https://mastodon.example", name="masto",
                         access_token=SecretRef(env="HW_TEST_MASTODON_TOKEN"), accounts=["alice@mastodon.example"])
    monkeypatch.delenv("HW_TEST_MASTODON_TOKEN", raising=False)
    with pytest.raises(ConfigError, match="HW_TEST_MASTODON_TOKEN"):
        build_source(cfg, store)
    monkeypatch.setenv("HW_TEST_MASTODON_TOKEN", "tok-from-env")
    src = build_source(cfg, store)
    assert isinstance(src, MastodonSource) and src.name == "masto" and src.api.access_token == "tok-from-env"


def test_account_gone_while_polling_is_dropped_and_the_others_go_on(store):
    problems = []

    async def run():
        with stub() as api:
            src = source(store, api.base_url, poll_interval_s=0.05, on_problem=problems.append)
            await src.resolve()
            del api.accounts[ALICE_ID]  # the instance now answers 404 for her statuses
            got = []
            async for item in src.stream():
                got.append(item)
                if len(got) == 1:
                    break
            return got, src

    got, src = asyncio.run(run())
    assert ids(got) == ["113108040000000001"] and list(src.ids) == [BOB_ID]
    assert len(problems) == 1 and "alice@mastodon.example" in problems[0]


# -- streaming (server-sent events from the stub, parsed by Mastodon.py's StreamListener) ----------
CAROL_ID = ACCOUNTS[2]["id"]
FIXTURE_IDS = ["113108007541216312", "113108012345678901", "113108031234567890", "113108040000000001"]


def new_status(sid: int, text: str, account: str = "@alice") -> dict:
    return dict(numbered_status(STATUSES[0], sid, text), account=account)


async def until_true(check, limit_s: float = 10.0) -> None:
    """Wait (on the loop, so the source runs meanwhile) until check() is true."""
    async with asyncio.timeout(limit_s):
        while not check():
            await asyncio.sleep(0.01)


async def collect(src: MastodonSource, done, script) -> list:
    """Run src.stream() until done(items) while `script(items)` drives the stub; then close the source."""
    got: list = []

    async def consume() -> None:
        async with aclosing(src.stream()) as items:
            async for item in items:
                got.append(item)
                if done(got):
                    return

    task = asyncio.create_task(consume())
    try:
        await script(got)
        async with asyncio.timeout(15):
            await task
    finally:
        task.cancel()
        await src.aclose()
    return got


def has_post(sid: str):
    return lambda got: sid in ids(got)


def run_stream(store, script, done, *, stream_faults=(), **kw) -> tuple:
    """Stream from a fresh stub (its first connections answering `stream_faults`) while
    `script(api, items)` drives it, until done(items): (api, src, items)."""
    kw.setdefault("streaming", "user")
    kw.setdefault("poll_interval_s", 60)

    async def run():
        with stub() as api:
            api.stream_faults = list(stream_faults)
            src = source(store, api.base_url, **kw)
            return api, src, await collect(src, done, lambda got: script(api, got))

    return asyncio.run(run())


def test_stream_yields_watched_accounts_statuses_only(store):
    async def script(api, got):
        await until_true(lambda: len(got) == 4)  # the catch-up poll after connecting
        api.post(new_status(113108060000000001, "not watched", account="@carol"))
        reblog = new_status(113108060000000002, "")
        reblog["reblog"] = new_status(113108060000000000, "someone else's", account="@carol")
        api.post(reblog)
        # a status the catch-up poll already had, streamed too (it was posted while connecting)
        api.push("update", api.status("113108031234567890"))
        api.post(new_status(113108060000000003, "alice live"))
        api.post(dict(STATUSES[4], id="113108060000000004", account="@bob"))

    api, src, got = run_stream(store, script, has_post("113108060000000004"))
    assert ids(got) == FIXTURE_IDS + ["113108060000000003", "113108060000000004"]
    assert [p.author for p in got[4:]] == ["alice@mastodon.example", "bob@other.example"]
    assert got[4].text == "alice live" and got[5].text == "crypto giveaway\n\nSend ETH, get double back"
    assert len(api.statuses_requests) == 2  # one catch-up poll per account; the rest came streamed
    assert api.stream_connects == 1 and src.stats.stream_events == 5 and src.stats.duplicates == 1
    assert src.stats.heartbeats >= 1  # the ":)" on connect at least
    assert store.get_checkpoint(f"mastodon:{ALICE_ID}") == "113108060000000003"
    assert ("GET", "/api/v1/streaming/user") in [(m, p) for m, p, _ in api.requests]


def test_a_rename_without_a_post_is_seen_by_the_resync_while_the_stream_stays_up(store):
    async def script(api, got):
        await until_true(lambda: len(got) == 4)  # the catch-up poll after connecting
        api.account(ALICE_ID)["display_name"] = "Alice \u2728 Giveaway"  # no status: no stream event

    def renamed(got):
        return any(isinstance(i, AccountEvent) and i.kind == "display_name" for i in got)

    api, src, got = run_stream(store, script, renamed, resync_interval_s=0.3)
    (event,) = [i for i in got if isinstance(i, AccountEvent)]
    assert event.account == "alice@mastodon.example" and event.new == "Alice \u2728 Giveaway"
    assert ids(got) == FIXTURE_IDS  # the resync repeats no post
    assert api.stream_connects == 1 and src.stats.resyncs >= 1


def test_no_resync_while_streaming_when_it_is_off(store):
    async def script(api, got):
        await until_true(lambda: len(got) == 4)
        api.account(ALICE_ID)["display_name"] = "Alice \u2728 Giveaway"
        await asyncio.sleep(0.5)
        api.post(new_status(113108060000000003, "alice live"))

    api, src, got = run_stream(store, script, has_post("113108060000000003"), resync_interval_s=0)
    # without a resync the rename is seen only with the next post, just before it
    assert [type(i).__name__ for i in got[4:]] == ["AccountEvent", "Post"] and src.stats.resyncs == 0
    assert len(api.statuses_requests) == 2  # the one catch-up poll per account


def test_stream_edit_gives_event_and_new_version_and_delete_gives_event(store):
    async def script(api, got):
        await until_true(lambda: len(got) == 4)
        api.post(new_status(113108060000000010, "Claim your airdrop"))
        await until_true(lambda: len(got) == 5)
        api.edit("113108060000000010", '<p>Claim it at <a href="https://drop.example/">drop.example</a></p>',
                 "2024-09-09T20:00:00.000Z")
        api.push("delete", "113108099999999999")  # never emitted by us: nothing to say
        api.delete("113108060000000010")
        api.delete("113108012345678901")  # emitted by the catch-up poll

    _, src, got = run_stream(store, script, lambda g: [getattr(i, "kind", "") for i in g].count("deleted") == 2)
    edited, version = got[5], got[6]
    assert (edited.kind, edited.post_id, edited.at) == ("edited", "113108060000000010", "2024-09-09T20:00:00Z")
    assert edited.new == "Claim it at drop.example"
    assert isinstance(version, Post) and version.id == "113108060000000010"
    assert version.urls == ("https://drop.example/",)
    deleted = [(e.kind, e.account, e.post_id) for e in got[7:]]
    assert deleted == [("deleted", "alice@mastodon.example", "113108060000000010"),
                       ("deleted", "alice@mastodon.example", "113108012345678901")]
    assert src.stats.deleted == 2


def test_cut_stream_reconnects_and_catches_up_nothing_missed_or_repeated(store):
    async def script(api, got):
        await until_true(lambda: len(got) == 4)
        api.post(new_status(113108070000000001, "streamed before the cut"))
        await until_true(lambda: len(got) == 5)
        lost = api.add_status(new_status(113108070000000002, "its event is cut in half"))
        api.add_status(new_status(113108070000000003, "posted while disconnected"))
        api.cut("update", lost)
        await until_true(lambda: api.stream_connects == 2)
        api.post(new_status(113108070000000004, "streamed after the reconnect"))

    api, src, got = run_stream(store, script, has_post("113108070000000004"))
    assert ids(got) == FIXTURE_IDS + [str(113108070000000001 + n) for n in range(4)]
    # a catch-up poll after each connection (the second may end early: the last post can come from it)
    assert src.stats.stream_connects == 2 and len(api.statuses_requests) >= 3
    # a streamed status moves the checkpoint too (what the consumer took last is committed when it asks for more)
    assert store.get_checkpoint(f"mastodon:{ALICE_ID}") >= "113108070000000001"


def test_stream_unavailable_is_retried_with_backoff(store):
    async def script(api, got):
        await until_true(lambda: api.stream_connects == 1 and len(got) == 4)
        api.post(new_status(113108080000000001, "live"))

    api, src, got = run_stream(store, script, has_post("113108080000000001"), stream_faults=[503, 502],
                               streaming="public")
    assert ids(got) == FIXTURE_IDS + ["113108080000000001"] and src.streaming == "public"
    assert [p for _, p, _ in api.requests].count("/api/v1/streaming/public") == 3


@pytest.mark.parametrize("refusal", [401, 403, 404])
def test_stream_refused_with_4xx_falls_back_to_polling(store, refusal):
    problems = []

    async def script(api, got):
        await until_true(lambda: len(got) == 4)
        api.add_status(new_status(113108080000000002, "polled"))

    api, src, got = run_stream(store, script, has_post("113108080000000002"), stream_faults=[refusal],
                               poll_interval_s=0.05, on_problem=problems.append)
    assert ids(got) == FIXTURE_IDS + ["113108080000000002"]
    assert src.streaming is None and api.stream_connects == 0
    assert len(problems) == 1 and f"HTTP {refusal}" in problems[0] and "polling" in problems[0]


def test_streaming_host_is_the_one_the_instance_names():
    from bot.sources.mastodon import _http_base

    assert _http_base("wss://streaming.mastodon.example/") == "https://streaming.mastodon.example"
    assert _http_base("ws://127.0.0.1:4000") == "http://127.0.0.1:4000"
    assert _http_base("") == "" and _http_base("ftp://x.example") == ""


# -- deletions while polling -----------------------------------------------------------------------
def test_polled_posts_are_rechecked_for_deletion_bounded_per_round(store):
    async def run():
        with stub() as api:
            src = source(store, api.base_url, poll_interval_s=0.05, deleted_checks_per_round=2)
            first = [i async for i in src.poll_round()]
            api.delete("113108012345678901")
            rounds = []
            for _ in range(4):
                await asyncio.sleep(0.06)
                before = _status_gets(api)
                events = [i async for i in src.poll_round()]
                rounds.append((events, _status_gets(api) - before))
            return first, rounds, src

    first, rounds, src = asyncio.run(run())
    assert ids(first) == FIXTURE_IDS
    gets = [n for _, n in rounds]
    assert max(gets) == 2 and sum(gets) >= 4  # the bound holds, and every post got its turn
    events = [e for evs, _ in rounds for e in evs]
    assert [(e.kind, e.account, e.post_id) for e in events] == [
        ("deleted", "alice@mastodon.example", "113108012345678901")]  # once, and only the deleted one
    assert src.stats.rechecked >= 3


def test_deletion_checks_can_be_turned_off(store):
    async def run():
        with stub() as api:
            src = source(store, api.base_url, poll_interval_s=0.01, deleted_window_s=0)
            [i async for i in src.poll_round()]
            api.delete("113108012345678901")
            await asyncio.sleep(0.02)
            return [i async for i in src.poll_round()], _status_gets(api)

    events, gets = asyncio.run(run())
    assert events == [] and gets == 0


def _status_gets(api) -> int:
    return sum(1 for _, p, _ in api.requests if p.startswith("/api/v1/statuses/"))


def test_a_commit_forgets_statuses_past_the_deletion_window(store):
    # a long-lived stream commits every status but runs no check_deleted: the commit keeps the bound
    with stub() as api:
        src = source(store, api.base_url, deleted_window_s=60.0)
        src._recent_posts()["1"] = [ALICE_ID, time.time() - 61.0, time.time() - 61.0]
        src._recent_posts()["2"] = [ALICE_ID, time.time() - 30.0, time.time() - 30.0]
        src.commit(ALICE_ID, {"posted": ["3"]})
        assert sorted(src._recent_posts()) == ["2", "3"]
        assert sorted(json.loads(store.get_checkpoint(src._recent_key))) == ["2", "3"]
