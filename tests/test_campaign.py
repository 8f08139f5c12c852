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


# -- adversarial: dates past the wall clock, out-of-order jumps, many waiting, and the old window as an oracle ------
class Before(CampaignTracker):
    """The window before jumps waited (869619f^): every post moves the mark at once."""

    def observe(self, verdict, keys, folded, suspicion=None, *, account=None):
        at = self.event_time(verdict.post.created_at)
        self.changed = None
        self._move(at)
        if at < self.high_water - self.window:
            return None
        return self._add(at, verdict, keys, folded, verdict.score if suspicion is None else suspicion,
                         account or verdict.post.account)


def test_a_row_dated_past_the_wall_clock_is_a_bad_date_in_a_replay_not_a_live_post():
    # clamped to the wall clock, its time is near the clock: the clock must not vouch for it as for a live post
    t = CampaignTracker(**REPLAY)
    ups = feed(t, [("1", "a", 0, "w"), ("far", "z", 80 * YEAR, "w"), ("2", "b", 5, "w")])
    assert [(u[0], u[2]) for u in ups] == [("2", ("a", "b"))] and t.high_water == T0 + timedelta(minutes=5)


def test_two_rows_of_two_accounts_dated_years_apart_past_the_wall_clock_do_not_confirm_each_other():
    # clamping makes every time past the wall clock one time: compared as clamped, any two lies would agree
    t = CampaignTracker(**REPLAY)
    ups = feed(t, [("1", "a", 0, "w"), ("far1", "z", 10 * YEAR, "w"), ("far2", "y", 30 * YEAR, "w"),
                   ("2", "b", 5, "w")])
    assert [(u[0], u[2]) for u in ups] == [("2", ("a", "b"))] and t.high_water == T0 + timedelta(minutes=5)


def test_live_after_a_quiet_spell_lying_client_posts_still_join_a_campaign():
    now = T0 + timedelta(minutes=600)
    lies = 5 * YEAR  # the clients' clocks: years ahead, so their times are clamped to the wall clock
    for stream, alerted in (([("z", "z", 600 + lies, "w"), ("y", "y", 601, "w")], ("z", "y")),  # a real post: at once
                            ([("z", "z", 600 + lies, "w"), ("y", "y", 603 + lies, "w")], ("z", "y"))):  # one tool's skew
        t = CampaignTracker(clock=lambda: now)
        ups = feed(t, [("1", "a", 0, ""), ("2", "b", 1, "")] + stream)
        assert [u[2] for u in ups] == [alerted]


def test_a_campaign_of_waiting_jumps_is_reported_by_the_next_post_that_joins_it():
    # live after a quiet spell: two hijacked accounts' clients lie by different years, so neither confirms the other;
    # a real post observes both (it shares nothing): the campaign they make is left for the next post to report
    now = T0 + timedelta(minutes=600)
    t = CampaignTracker(clock=lambda: now)
    ups = feed(t, [("1", "a", 0, ""), ("z1", "z", 600 + 5 * YEAR, "w"), ("y1", "y", 600 + 9 * YEAR, "w"),
                   ("x1", "x", 600, ""), ("z2", "z", 601 + 5 * YEAR, "w")])
    assert [(u[0], u[2]) for u in ups] == [("z2", ("z", "y"))]


def test_a_jump_the_mark_catches_up_with_is_observed_not_dropped():
    # b's two posts arrive a minute out of order: the first, 121 min after a's, waits as a jump until b's other
    # post moves the mark to 120; it is no jump then, and a's later copy of the wallet joins it (as before jumps waited)
    stream = [("1", "a", 0, "w1"), ("2", "b", 121, "w1"), ("3", "b", 120, ""), ("4", "a", 121, "w1")]
    assert feed(CampaignTracker(**REPLAY), stream) == feed(Before(**REPLAY), stream)
    assert [(u[0], u[2]) for u in feed(CampaignTracker(**REPLAY), stream)] == [("4", ("b", "a"))]


def test_an_accounts_chatter_after_a_quiet_spell_does_not_push_its_wallet_out_of_the_waiting_jumps():
    # 16 ordinary posts of a (no scam evidence: suspicion 0) within 20 min of its wallet post, before b's copy
    # confirms the jump: as before jumps waited, a campaign
    t = CampaignTracker(**REPLAY)
    feed(t, [("0", "c", -700, ""), ("1", "a", 0, "w")])
    for i in range(16):
        assert t.observe(verdict(make_post(f"a{i}", "a", "lunch", minutes=1 + i), score=0.01), {}, "lunch", 0.0) is None
    assert [(u[0], u[2]) for u in feed(t, [("2", "b", 30, "w")])] == [("2", ("a", "b"))]


GAPS = st.sampled_from([0, 0, 1, 3, 7, 15, 30, 60, 100, 119, 120, 121, 150, 600, 3000])


@settings(max_examples=400, deadline=None)
@given(steps=st.lists(st.tuples(GAPS, st.sampled_from("abcd"), st.sampled_from(["w1", "w2", ""]),
                                st.sampled_from([0, 0, 0, 1, 3, 10]), st.integers(0, 90)), min_size=1, max_size=40))
def test_live_the_window_behaves_exactly_as_before_jumps_waited(steps):
    # live: the wall clock is the newest time delivered, a few seconds on; posts may come minutes out of order
    stream, minutes = [], 0
    for i, (gap, who, wallet, late, _) in enumerate(steps):
        minutes += gap
        stream.append((str(i), who, minutes - late, wallet))
    runs = []
    for cls in (Before, CampaignTracker):
        seen, out = [T0], []
        t = cls(clock=lambda: seen[0])
        for (pid, who, m, wallet), (*_, delay) in zip(stream, steps):
            seen[0] = max(seen[0], T0 + timedelta(minutes=m, seconds=delay))
            update = feed(t, [(pid, who, m, wallet)])
            out.append((update, t.high_water, sorted(c.campaign_id for c in t.live_campaigns())))
        runs.append(out)
    assert runs[0] == runs[1]


@settings(max_examples=400, deadline=None)
@given(steps=st.lists(st.tuples(GAPS, st.sampled_from("abcd"), st.sampled_from(["w1", "w2", ""])),
                      min_size=1, max_size=17))  # at most MAX_JUMPS + 1 posts: none waits past the bound
def test_a_time_sorted_replay_gives_the_updates_it_gave_before_jumps_waited(steps):
    stream = timed(steps)
    assert feed(CampaignTracker(**REPLAY), stream) == feed(Before(**REPLAY), stream)
