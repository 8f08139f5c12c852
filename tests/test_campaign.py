import random
import time
from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.detect.campaign import CampaignTracker, text_signature
from bot.post import Verdict

from .conftest import T0, make_post


def verdict(post, score=0.9):
    return Verdict(post=post, score=score, flagged=score >= 0.5, severity="high")


BAIT = "all bitcoin sent to my address below will be sent back doubled only doing this for thirty minutes"


def test_same_wallet_across_accounts_grows_one_campaign():
    t = CampaignTracker(window_s=7200)
    key = {"wallet:btc:bc1q": "BTC address bc1q…"}
    assert t.observe(verdict(make_post("1", "a", "x")), key, "x") is None
    u2 = t.observe(verdict(make_post("2", "b", "x", minutes=5)), key, "x")
    assert u2 and list(u2.campaign.accounts.values()) == ["a", "b"]
    assert t.observe(verdict(make_post("3", "b", "x", minutes=6)), key, "x") is None  # same account: no growth
    u3 = t.observe(verdict(make_post("4", "c", "x", minutes=9)), key, "x")
    assert u3.campaign.campaign_id == u2.campaign.campaign_id and u3.campaign.size == 3


def test_window_expiry_starts_a_new_campaign():
    t = CampaignTracker(window_s=3600)
    key = {"wallet:btc:w": "w"}
    t.observe(verdict(make_post("1", "a", "x")), key, "x")
    assert t.observe(verdict(make_post("2", "b", "x", minutes=61)), key, "x") is None  # a jump: it waits for a second
    u = t.observe(verdict(make_post("3", "c", "x", minutes=62)), key, "x")  # which confirms it: a's post has expired
    assert list(u.campaign.accounts.values()) == ["b", "c"] and len(t.live_campaigns()) == 1


def test_benign_coordination_is_not_a_campaign():
    t = CampaignTracker()
    key = {"domain:nytimes.com": "link to nytimes.com"}
    for i, who in enumerate("abcdef"):
        assert t.observe(verdict(make_post(str(i), who, "news"), score=0.02), key, "news") is None


def test_near_duplicate_text_links_accounts_and_merges_keys():
    t = CampaignTracker()
    t.observe(verdict(make_post("1", "a", BAIT)), {"wallet:btc:w1": "BTC w1"}, BAIT)
    u = t.observe(verdict(make_post("2", "b", BAIT, minutes=3)), {"wallet:btc:w2": "BTC w2"},
                  BAIT.replace("thirty", "30") + " now")
    assert u is not None and u.campaign.size == 2 and {"wallet:btc:w1", "wallet:btc:w2"} <= set(u.campaign.keys)


def test_short_texts_have_no_signature():
    assert text_signature("happy new year everyone") is None
    assert text_signature(BAIT)


def test_state_is_bounded_by_window():
    t = CampaignTracker(window_s=600)
    for i in range(3000):
        t.observe(verdict(make_post(str(i), f"u{i}", BAIT + str(i), minutes=i)), {f"wallet:btc:{i}": "w"}, BAIT)
    assert len(t._by_key) < 50 and len(t._texts) < 50


def test_a_late_post_joins_only_inside_the_window_and_the_span_covers_it():
    t = CampaignTracker(window_s=7200)
    key = {"wallet:btc:w": "w"}
    t.observe(verdict(make_post("1", "a", "x", minutes=180)), key, "x")
    assert t.observe(verdict(make_post("2", "b", "x", minutes=0)), key, "x") is None  # 3 h older than the newest
    u = t.observe(verdict(make_post("3", "c", "x", minutes=130)), key, "x")  # 50 min older: inside the window
    assert u is not None and list(u.campaign.accounts) == ["x:id-a", "x:id-c"]
    assert (u.campaign.first_seen, u.campaign.last_seen) == (T0 + timedelta(minutes=130), T0 + timedelta(minutes=180))


def test_a_late_post_never_shortens_a_keys_life():
    t = CampaignTracker(window_s=7200)
    key = {"wallet:btc:w": "w"}
    t.observe(verdict(make_post("1", "a", "x", minutes=100)), key, "x")
    t.observe(verdict(make_post("2", "b", "x", minutes=150)), key, "x")
    t.observe(verdict(make_post("0", "a", "x", minutes=40)), key, "x")  # a's earlier copy, delivered late
    u = t.observe(verdict(make_post("3", "c", "x", minutes=225)), key, "x")  # 75 min after b used the key
    assert u is not None and u.campaign.size == 3


def test_a_future_dated_post_does_not_end_live_campaigns():
    # Bluesky's createdAt is written by the client: one post a year ahead must not move the window a year on
    t = CampaignTracker(window_s=7200, clock=lambda: T0 + timedelta(minutes=20))
    key = {"wallet:btc:w": "w"}
    t.observe(verdict(make_post("1", "a", "x")), key, "x")
    t.observe(verdict(make_post("f", "z", "x", minutes=365 * 24 * 60, platform="bluesky")), {"domain:z.xyz": "z"}, "x")
    u = t.observe(verdict(make_post("2", "b", "x", minutes=15)), key, "x")
    assert u is not None and u.campaign.size == 2


def test_texts_of_few_distinct_shingles_never_match():
    assert text_signature("gm gm gm gm gm gm gm gm") is None
    assert text_signature("send btc now send btc now send btc now") is None  # 3 distinct trigrams
    t = CampaignTracker()
    t.observe(verdict(make_post("1", "a", "")), {}, "gm gm gm gm gm gm gm gm gm")
    assert t.observe(verdict(make_post("2", "b", "", minutes=1)), {}, "gm gm gm gm gm gm gm gm gm gm") is None


def test_near_duplicate_lookup_does_not_scan_every_kept_text():
    rng = random.Random(1)
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(6)) for _ in range(3000)]
    texts = [" ".join(rng.choice(words) for _ in range(30)) for _ in range(5500)]
    t = CampaignTracker(window_s=7200)
    for i, text in enumerate(texts[:5000]):  # a full window of unrelated suspicious texts
        t.observe(verdict(make_post(str(i), f"u{i % 50}", "", minutes=i * 0.01)), {}, text)
    start = time.process_time()
    for i, text in enumerate(texts[5000:], 5000):
        t.observe(verdict(make_post(str(i), f"u{i % 50}", "", minutes=i * 0.01)), {}, text)
    per_post = (time.process_time() - start) / 500
    assert per_post < 0.0015, f"{per_post * 1000:.2f} ms per post"  # a scan of 5,000 texts took ~6 ms
    assert len(t._texts) == 5000
    u = t.observe(verdict(make_post("dup", "other", "", minutes=60)), {}, texts[5400] + " now")  # still found
    assert u is not None and {"text:x:5400", "text:x:dup"} <= set(u.campaign.keys)


def test_a_campaign_past_max_posts_keeps_its_newest_post_ids_and_its_id_across_a_restart():
    from dataclasses import replace

    from bot.detect.campaign import MAX_POSTS, Observation

    key = {"wallet:btc:w": "w"}
    posts = [verdict(make_post(str(i), "ab"[i % 2], "x", minutes=i / 10)) for i in range(MAX_POSTS + 50)]
    live = CampaignTracker(window_s=7200)
    for v in posts:
        live.observe(v, key, "x")
    (camp,) = live.live_campaigns()
    assert len(camp.post_ids) == MAX_POSTS and camp.post_ids[-1] == posts[-1].post.key
    stored = replace(camp, post_ids=list(camp.post_ids), accounts=dict(camp.accounts), keys=dict(camp.keys), users={})
    restarted = CampaignTracker(window_s=7200)
    restarted.restore([stored], [Observation(posts[-1], key, "x", 0.9, posts[-1].post.account)], posts[-1].post.created_at)
    assert [c.campaign_id for c in restarted.live_campaigns()] == [camp.campaign_id]


# -- the window's clock: one bad date moves nothing, a real gap still does --------------------------
YEAR = 365 * 24 * 60  # minutes
REPLAY = {"clock": lambda: T0 + timedelta(days=6 * 365)}  # a replay: the wall clock is years past the stream


def feed(tracker, stream):
    """Observe (post id, account, minutes after T0, wallet or "") in order; each update as (post id, campaign id,
    accounts, shared) at the time it was reported."""
    out = []
    for pid, who, minutes, wallet in stream:
        keys = {f"wallet:btc:{wallet}": f"BTC {wallet}"} if wallet else {}
        u = tracker.observe(verdict(make_post(pid, who, "x", minutes=minutes)), keys, "x")
        if u is not None:
            out.append((pid, u.campaign.campaign_id, tuple(u.campaign.accounts.values()), u.shared))
    return out


def timed(steps):
    """(post id, account, minutes, wallet) from (minutes since the previous post, account, wallet) steps."""
    minutes, out = 0, []
    for i, (gap, who, wallet) in enumerate(steps):
        minutes += gap
        out.append((str(i), who, minutes, wallet))
    return out


@settings(max_examples=300, deadline=None)
@given(steps=st.lists(st.tuples(st.sampled_from([0, 1, 3, 7, 15, 30, 60, 100, 150, 600]), st.sampled_from("abcde"),
                                st.sampled_from(["w1", "w2", ""])), min_size=2, max_size=30),
       at=st.integers(0, 30), ahead=st.integers(1, 4 * YEAR), wallet=st.sampled_from(["w1", "w2", ""]))
def test_one_far_future_post_anywhere_changes_no_other_update(steps, at, ahead, wallet):
    # a bad row or a client-written time years ahead, in a replayed file: before, it moved the window's end there,
    # ended every campaign, and every later post was "too late" to join any; gaps of 150 and 600 min are real ones
    stream = timed(steps)
    far = ("far", "z", stream[-1][2] + 120 + ahead, wallet)  # more than a window past every other post
    with_far = stream[:at] + [far] + stream[at:]
    expected = feed(CampaignTracker(**REPLAY), stream)
    assert [u for u in feed(CampaignTracker(**REPLAY), with_far) if u[0] != "far"] == expected


def test_a_real_gap_still_ends_campaigns_when_bad_dates_came_before_it():
    t = CampaignTracker(window_s=7200, **REPLAY)
    bad = 3 * YEAR
    before = feed(t, [("1", "a", 0, "w"), ("2", "b", 5, "w"),
                      ("f1", "z", bad, "w"), ("f2", "z", bad + 10, "w"),  # one device's wrong clock: no confirmation
                      ("3", "c", 9, "w"),  # the stream goes on: they were bad dates
                      ("f3", "y", bad + 30, "w")])  # another bad row of that date, later: it confirms nothing
    assert [(u[0], u[2]) for u in before] == [("2", ("a", "b")), ("3", ("a", "b", "c"))]
    after = feed(t, [("4", "d", 600, "w"),  # 10 h later: the first post waits
                     ("late", "e", 8, "w"),  # from before the gap, delivered now: still inside the old window
                     ("5", "c", 603, "w"),  # confirms the gap: the wallet's old campaign is over
                     ("late2", "b", 11, "w"),  # now too late
                     ("6", "e", 604, "w")])
    assert [(u[0], u[2]) for u in after] == [("late", ("a", "b", "c", "e")), ("5", ("d", "c")), ("6", ("d", "c", "e"))]
    assert after[1][1] != before[0][1] and t.high_water == T0 + timedelta(minutes=604)


def test_a_gap_moves_the_clock_once_a_second_post_confirms_it_or_at_once_live():
    key = {"wallet:btc:w": "w"}
    for clock, waits in ((REPLAY["clock"], True), (lambda: T0 + timedelta(minutes=610), False)):
        t = CampaignTracker(window_s=7200, clock=clock)
        t.observe(verdict(make_post("1", "a", "x")), key, "x")
        t.observe(verdict(make_post("2", "b", "x", minutes=1)), {}, "x")
        t.observe(verdict(make_post("3", "c", "x", minutes=600)), {}, "x")  # the first post after a quiet night
        # a replay waits for a second post; live, the wall clock vouches for a time within a window of it
        assert t.high_water == T0 + timedelta(minutes=1 if waits else 600)
        t.observe(verdict(make_post("4", "d", "x", minutes=602)), {}, "x")
        assert t.high_water == T0 + timedelta(minutes=602) and t.live_campaigns() == []  # as before: moved, evicted
