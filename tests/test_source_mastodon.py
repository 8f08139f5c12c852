"""Mastodon source: HTML to text, polling with checkpoints, pagination, rate limits, retries.

End-to-end tests run the real Mastodon.py client against a Mastodon API stub on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import html
import json
import logging
import time
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


def test_malformed_statuses_are_counted_skipped_and_passed_by_the_checkpoint(store):
    async def run():
        with stub() as api:
            src = source(store, api.base_url, accounts=["alice@mastodon.example"])
            await poll_all(src)
            no_time = numbered_status(STATUSES[0], 113108050000000001, "no time")
            del no_time["created_at"]
            bad_time = numbered_status(STATUSES[0], 113108050000000002, "x")
            bad_time["created_at"] = "yesterday"
            for status in (no_time, bad_time, numbered_status(STATUSES[0], 113108050000000003, "fine")):
                api.add_status(status)
            return src, await poll_all(src), await poll_all(src)

    src, items, again = asyncio.run(run())
    assert ids(items) == ["113108050000000003"] and src.stats.malformed == 2
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
