"""Bluesky source: Jetstream wire format, profile/identity events, resume from the cursor.

End-to-end tests run the real `websockets` client against a Jetstream stub and the real
`atproto` client against an AppView stub, both on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.config import BlueskySource as BlueskyConfig
from bot.errors import SourceError
from bot.post import Post
from bot.sources import build_source
from bot.sources.base import AccountEvent
from bot.sources.bluesky import BlueskySource, post_from_record, profile_fields, record_urls
from tests.stubs.appview import AppViewStub
from tests.stubs.jetstream import JetstreamStub

FIX = Path(__file__).parent / "fixtures" / "bluesky"
EVENTS = json.loads((FIX / "events.json").read_text())
PROFILES = json.loads((FIX / "profiles.json").read_text())
ALICE, BOB = PROFILES[0]["did"], PROFILES[1]["did"]
MALFORMED = "{not json"


def source(store, **kw) -> BlueskySource:
    kw.setdefault("accounts", ["alice.bsky.social", "bob.example.com"])
    kw.setdefault("jetstream_url", "ws://127.0.0.1:9/subscribe")
    kw.setdefault("appview_url", "http://127.0.0.1:9")
    return BlueskySource(store, **kw)


def seeded(store, **kw) -> BlueskySource:
    """A source whose DIDs and baseline profiles are known, as after a resolution."""
    src = source(store, **kw)
    for p in PROFILES:
        store.cache_account("bluesky", p["handle"], p["did"])
        base = {"display_name": p["displayName"], "bio": p["description"], "handle": p["handle"],
                "avatar": p["avatar"].rsplit("/", 1)[1].split("@")[0]}
        src._save_profile(p["did"], base)
        src._remember(p["did"], p["handle"], base)
    return src


def feed(src: BlueskySource, events) -> list:
    out = []
    for ev in events:
        out.extend(src.handle_message(ev if isinstance(ev, str) else json.dumps(ev)))
    return out


async def drain(src: BlueskySource, timeout: float = 10.0):
    """Consume the stream until it fails (the stub closes or cuts); items and the error."""
    items, error = [], None
    try:
        async with asyncio.timeout(timeout):
            async for item in src.stream():
                items.append(item)
    except SourceError as exc:
        error = exc
    finally:
        await src.aclose()
    return items, error


def describe(item) -> tuple:
    if isinstance(item, Post):
        return ("post", item.id, item.author)
    return (item.kind, item.post_id or item.new, item.account)


# -- conversion of real records -----------------------------------------------------------------
def test_post_from_real_create_event():
    ev = EVENTS[0]
    c = ev["commit"]
    uri = f"at://{ev['did']}/app.bsky.feed.post/{c['rkey']}"
    p = post_from_record(uri, ev["did"], "alice.bsky.social", c["record"], ev["time_us"], cid=c["cid"])
    assert p.id == "at://did:plc:w4xbfzo7kqfes5zb7r6qv3rw/app.bsky.feed.post/3l3qo2vuowo2b"
    assert (p.platform, p.author, p.author_id, p.lang) == ("bluesky", "alice.bsky.social", ALICE, "en")
    assert p.created_at.isoformat() == "2024-09-09T19:46:00.102000+00:00"
    assert p.text.startswith("Our new release notes")
    assert p.urls == ("https://example.com/release",)  # facet and card name one link: listed once
    assert p.extra["cid"] == c["cid"]


def test_urls_from_quote_with_link_card_and_facets():
    record = EVENTS[2]["commit"]["record"]
    assert record_urls(record) == ("https://double-btc.example/claim", "https://giveaway.example/btc")


def test_mention_and_tag_facets_are_not_urls_and_first_lang_wins():
    record = EVENTS[1]["commit"]["record"]
    p = post_from_record("at://x/app.bsky.feed.post/1", BOB, "bob.example.com", record, EVENTS[1]["time_us"])
    assert p.urls == () and p.lang == "de" and p.extra.get("reply") is True


def test_bad_created_at_falls_back_to_event_time():
    p = post_from_record("at://d/app.bsky.feed.post/r", "d", "h", {"text": "hi", "createdAt": "yesterday"},
                         1725911160000000)
    assert p.created_at.isoformat() == "2024-09-09T19:46:00+00:00"


@pytest.mark.parametrize("created", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"])
def test_created_at_out_of_datetime_range_falls_back_to_event_time_and_keeps_the_connection(store, created):
    """A client-written createdAt whose UTC lies outside datetime's range: the post comes, dated by Jetstream."""
    event = json.loads(json.dumps(EVENTS[0]))
    event["commit"]["record"]["createdAt"] = created

    async def run():
        async with JetstreamStub([(event["time_us"], event), (EVENTS[1]["time_us"], EVENTS[1])]) as js:
            return await drain(seeded(store, jetstream_url=js.url))

    items, err = asyncio.run(run())
    assert [p.created_at.isoformat() for p in items] == ["2024-09-09T19:46:00+00:00",  # the event's time_us
                                                          "2024-09-09T19:46:01+00:00"]
    assert "closed the connection" in str(err)  # the normal end of the stub's archive, not a crash


def test_a_post_that_failed_conversion_is_not_remembered_as_seen(store):
    """The dedupe key is kept only once the post was made: a replay is converted again, not dropped."""
    src = seeded(store)
    broken = json.loads(json.dumps(EVENTS[0]))
    broken["commit"]["record"]["text"] = 7
    assert feed(src, [broken, broken]) == []
    assert (src.stats.malformed, src.stats.duplicates) == (2, 0)
    assert len(feed(src, [EVENTS[0], EVENTS[0]])) == 1 and src.stats.duplicates == 1


def test_profile_fields_use_blob_cid():
    fields = profile_fields(EVENTS[3]["commit"]["record"])
    assert fields == {"display_name": "Alice Example \u2728 GIVEAWAY", "bio": "Engineer. Views my own.",
                      "avatar": "bafkreibm6jg3ux5qumhcn2b3flc3tyu6dmlb4xa7u5bf44yegnrjhc4yeq"}


# -- the message handler --------------------------------------------------------------------------
def test_fixture_stream_gives_posts_and_account_events(store):
    src = seeded(store)
    items = feed(src, EVENTS)
    assert [describe(i) for i in items] == [
        ("post", f"at://{ALICE}/app.bsky.feed.post/3l3qo2vuowo2b", "alice.bsky.social"),
        ("post", f"at://{BOB}/app.bsky.feed.post/3l3qo3bbbbb2b", "bob.example.com"),
        ("post", f"at://{ALICE}/app.bsky.feed.post/3l3qo4ddddd2b", "alice.bsky.social"),
        ("display_name", "Alice Example \u2728 GIVEAWAY", "alice.bsky.social"),
        ("avatar", "bafkreibm6jg3ux5qumhcn2b3flc3tyu6dmlb4xa7u5bf44yegnrjhc4yeq", "alice.bsky.social"),
        ("deleted", f"at://{ALICE}/app.bsky.feed.post/3l3qo4ddddd2b", "alice.bsky.social"),
        ("handle", "bob-new.bsky.social", "bob-new.bsky.social"),
        ("post", f"at://{BOB}/app.bsky.feed.post/3l3qo7hhhhh2b", "bob-new.bsky.social"),
        ("status", "takendown", "alice.bsky.social"),
        ("edited", f"at://{BOB}/app.bsky.feed.post/3l3qo7hhhhh2b", "bob-new.bsky.social"),
    ]
    name_change = items[3]
    assert (name_change.old, name_change.at) == ("Alice Example", "2024-09-09T19:46:03Z")
    assert items[9].new == "new handle, same me (edited)"
    assert src.cursor == EVENTS[-1]["time_us"]  # the ignored like still advances the cursor
    assert store.resolve_cached("bluesky", "bob-new.bsky.social") == BOB


def test_deleted_event_key_matches_the_post_key(store):
    items = feed(seeded(store), EVENTS[:5])
    post, deleted = items[2], items[5]
    assert f"{deleted.platform}:{deleted.post_id}" == post.key


def test_unchanged_profile_and_repeated_identity_give_nothing(store):
    src = seeded(store)
    feed(src, EVENTS[3:6])
    again = [dict(EVENTS[3], time_us=EVENTS[3]["time_us"] + 10), dict(EVENTS[5], time_us=EVENTS[5]["time_us"] + 10)]
    assert feed(src, again) == []


def test_first_profile_record_without_baseline_only_sets_it(store):
    src = source(store)
    src.handles[ALICE] = "alice.bsky.social"
    assert feed(src, [EVENTS[3]]) == []
    changed = json.loads(json.dumps(EVENTS[3]))
    changed["commit"]["record"]["description"] = "DM me for the giveaway"
    assert [(e.kind, e.new) for e in feed(src, [changed])] == [("bio", "DM me for the giveaway")]


@pytest.mark.parametrize("raw", [
    MALFORMED, "[]", "null", '{"kind": "commit", "did": "x", "time_us": "soon"}',
    '{"kind": "commit", "did": "did:plc:w4xbfzo7kqfes5zb7r6qv3rw", "time_us": 5, "commit": {"operation": "create"}}',
    '{"kind": "commit", "did": "did:plc:w4xbfzo7kqfes5zb7r6qv3rw", "time_us": 5, "commit": {"operation": "create",'
    ' "collection": "app.bsky.feed.post", "rkey": "r", "record": {"text": 7}}}',
    '{"kind": "identity", "did": "did:plc:w4xbfzo7kqfes5zb7r6qv3rw", "time_us": 99999999999999999999}',
])
def test_malformed_messages_are_counted_and_skipped(store, raw):
    problems = []
    src = seeded(store, on_problem=problems.append)
    assert src.handle_message(raw) == []
    assert src.stats.malformed == 1 and len(problems) == 1
    assert feed(src, EVENTS[:1])[0].text.startswith("Our new")  # and the stream goes on


def test_other_dids_and_heartbeats_are_ignored(store):
    src = seeded(store)
    stranger = dict(EVENTS[0], did="did:plc:someoneelse000000000000")
    assert feed(src, [stranger, {"kind": "heartbeat", "payload": ""}]) == []
    assert src.stats.malformed == 0 and src.cursor == EVENTS[0]["time_us"]


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                                                       max_size=5), max_leaves=20)
event_like = st.fixed_dictionaries(
    {"kind": st.sampled_from(["commit", "identity", "account", "heartbeat"]),
     "did": st.sampled_from([ALICE, BOB, "did:plc:x"]), "time_us": st.integers(-5, 2**60) | json_values},
    optional={"commit": st.fixed_dictionaries(
        {"operation": st.sampled_from(["create", "update", "delete", "bogus"]) | json_values,
         "collection": st.sampled_from(["app.bsky.feed.post", "app.bsky.actor.profile"]) | json_values},
        optional={"rkey": json_values, "record": json_values, "cid": json_values}),
        "identity": json_values, "account": json_values})


@settings(max_examples=300, deadline=None)
@given(st.one_of(json_values, event_like))
def test_any_json_is_handled_or_counted_never_raised(event):
    from bot.store import Store

    store = Store(":memory:")
    src = seeded(store)
    items = src.handle_message(json.dumps(event))
    assert all(isinstance(i, (Post, AccountEvent)) for i in items)
    assert src.stats.messages == 1 and src.stats.malformed in (0, 1)


# -- subscription URL ---------------------------------------------------------------------------
def test_subscribe_url_names_collections_dids_and_rewound_cursor(store):
    src = seeded(store, jetstream_url="wss://js.example/subscribe", rewind_s=3)
    assert "cursor=" not in src.subscribe_url()
    src.cursor = 1725911162000000
    url = src.subscribe_url()
    assert url.startswith("wss://js.example/subscribe?wantedCollections=app.bsky.feed.post"
                          "&wantedCollections=app.bsky.actor.profile&")
    assert f"wantedDids={BOB}" in url and f"wantedDids={ALICE}" in url
    assert url.endswith("&cursor=1725911159000000")


def test_never_subscribes_to_the_whole_network(store):
    with pytest.raises(SourceError):
        source(store).subscribe_url()


# -- end to end against the stubs -----------------------------------------------------------------
def archive_with_malformed():
    return [(e["time_us"], e) for e in EVENTS] + [(EVENTS[1]["time_us"] + 500_000, MALFORMED)]


def test_cut_then_restart_resumes_from_cursor_nothing_missed_or_repeated(store):
    async def run():
        with AppViewStub(PROFILES) as appview:
            async with JetstreamStub(archive_with_malformed(), cut_after=[4]) as js:
                cfg = dict(accounts=["@alice.bsky.social", "bob.example.com"], jetstream_url=js.url,
                           appview_url=appview.base_url, rewind_s=2)
                first = source(store, **cfg)
                items1, err1 = await drain(first)
                second = source(store, **cfg)  # a restart: new object, same database
                items2, err2 = await drain(second)
                return appview.profile_requests, js, first, second, items1 + items2, err1, err2

    requests, js, first, second, items, err1, err2 = asyncio.run(run())
    assert "connection lost" in str(err1) and "closed the connection" in str(err2)
    assert first.stats.malformed == 1 and len([i for i in items if isinstance(i, Post)]) == 4
    assert [describe(i) for i in items] == [describe(i) for i in feed(seeded(_fresh_store()), EVENTS)]
    assert len({describe(i) for i in items}) == len(items)  # nothing repeated
    assert second.stats.duplicates == 3  # the rewound window replayed three posts, all dropped
    assert js.connections[1]["cursor"] == [str(EVENTS[2]["time_us"] - 2_000_000)]
    assert "cursor" not in js.connections[0]
    assert sorted(js.connections[0]["wantedDids"]) == sorted([ALICE, BOB])
    assert js.connections[0]["wantedCollections"] == ["app.bsky.feed.post", "app.bsky.actor.profile"]
    assert sorted(requests) == ["alice.bsky.social", "bob.example.com"]  # the restart used the cache
    # the like is filtered out by wantedCollections, so the last event seen is the edit
    assert store.get_checkpoint("bluesky:cursor") == str(EVENTS[-2]["time_us"])


def _fresh_store():
    from bot.store import Store

    return Store(":memory:")


def test_build_source_from_config(store):
    cfg = BlueskyConfig(type="bluesky", accounts=["alice.bsky.social"], jetstream_url="ws://h/s",
                        appview_url="http://h", name="bsky")
    src = build_source(cfg, store)
    assert isinstance(src, BlueskySource) and src.name == "bsky" and src.accounts == ["alice.bsky.social"]


def test_unknown_handle_is_skipped_and_reported(store):
    problems = []
    src = source(store, accounts=["alice.bsky.social", "nobody.invalid"], on_problem=problems.append)

    async def run():
        with AppViewStub(PROFILES) as appview:
            src.appview_url = appview.base_url
            return await src.resolve()

    assert asyncio.run(run()) == {ALICE: "alice.bsky.social"}
    assert len(problems) == 1 and "nobody.invalid" in problems[0]
    assert store.resolve_cached("bluesky", "alice.bsky.social") == ALICE


@pytest.mark.parametrize("profiles,fail", [([], None), (PROFILES, 500)])
def test_resolution_failure_is_a_source_error(store, profiles, fail):
    async def run():
        with AppViewStub(profiles, fail_with=fail) as appview:
            await source(store, appview_url=appview.base_url).resolve()

    with pytest.raises(SourceError):
        asyncio.run(run())


def test_unreachable_jetstream_is_a_source_error(store):
    src = seeded(store, jetstream_url="ws://127.0.0.1:1/subscribe")
    items, err = asyncio.run(drain(src))
    assert items == [] and isinstance(err, SourceError)


def test_runner_pump_reconnects_after_a_cut_and_loses_nothing(store):
    from bot.runner import pump

    async def run():
        with AppViewStub(PROFILES) as appview:
            async with JetstreamStub(archive_with_malformed(), cut_after=[3, 2], close_when_done=False) as js:
                src = source(store, jetstream_url=js.url, appview_url=appview.base_url, rewind_s=2)
                queue, stop = asyncio.Queue(), asyncio.Event()
                task = asyncio.create_task(pump(src, queue, stop=stop, base_delay=0.05))
                items = []
                async with asyncio.timeout(10):
                    while len(items) < 10:
                        items.append(await queue.get())
                await asyncio.sleep(0.2)  # anything repeated would arrive now
                stop.set()
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)
                return items + [queue.get_nowait() for _ in range(queue.qsize())], js

    items, js = asyncio.run(run())
    assert len(js.connections) == 3  # two cuts, then a connection that stays open
    assert [describe(i) for i in items] == [describe(i) for i in feed(seeded(_fresh_store()), EVENTS)]
