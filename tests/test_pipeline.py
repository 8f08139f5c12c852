import tempfile
from dataclasses import replace
from datetime import timedelta
from functools import cache
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.config import Config
from bot.jsonl import ReadStats, read_posts
from bot.pipeline import HIGH_WATER, Channel, Pipeline
from bot.store import Store

from .conftest import T0, WALLET_2020, FixedModel, make_post


def run(store, posts, cfg=None, **kw):
    fired = []
    pipe = Pipeline.from_config(cfg or Config(), store, on_alert=fired.append, **kw)
    pipe.process_batch(posts)
    pipe.close()
    return fired, pipe


def test_takeover_wave_fires_post_then_growing_campaign(store, takeover_wave):
    fired, pipe = run(store, takeover_wave)
    kinds = [(a.kind, a.accounts) for a in fired]
    assert kinds == [("post", ("elonmusk",)), ("campaign", ("elonmusk", "billgates")),
                     ("campaign", ("elonmusk", "billgates", "barackobama"))]
    c2, c3 = fired[1], fired[2]
    assert c2.campaign_id == c3.campaign_id and c3.severity in ("high", "critical")
    assert {(w.chain, w.address) for w in c3.wallets} == {("btc", WALLET_2020)}
    assert any("also posted by @elonmusk, @billgates" in r for r in c3.reasons)
    assert any('first post ever from client "Twitter Web App"' in r for r in fired[0].reasons)
    assert store.count("alerts") == 3 and store.count("posts") == len(takeover_wave)


def test_second_replay_into_same_db_fires_nothing(store, takeover_wave):
    run(store, takeover_wave)
    fired, _ = run(store, takeover_wave)
    assert fired == [] and store.count("alerts") == 3


def test_unwatched_accounts_do_not_form_campaigns(store, takeover_wave):
    from bot.detect.links import DomainIntel
    from bot.detect.scorer import Scorer

    fired = []
    pipe = Pipeline(store, Scorer(intel=DomainIntel.default()), watched={"elonmusk"}, on_alert=fired.append)
    pipe.process_batch(takeover_wave)
    assert all(a.kind == "post" for a in fired) and len(fired) == 3


def test_routing_queues_deliveries_by_severity(store, takeover_wave):
    fired = []
    pipe = Pipeline.from_config(Config(), store, on_alert=fired.append)
    pipe.channels = [Channel("slack", "medium"), Channel("telegram", "critical")]
    pipe.process_batch(takeover_wave)
    by_channel = {}
    for d in store.deliveries():
        by_channel.setdefault(d["channel"], []).append(d["alert_id"])
    assert len(by_channel["slack"]) == len([a for a in fired if a.severity != "low"])
    assert by_channel.get("telegram", []) == [a.alert_id for a in fired if a.severity == "critical"]


def test_benign_stream_fires_nothing(store):
    posts = [make_post(str(i), f"outlet{i % 7}", f"Markets rally as tech shares rise, story {i} https://www.reuters.com/x{i}",
                       minutes=i) for i in range(200)]
    posts += [make_post(f"w{i}", f"org{i}", "We will never DM you asking for crypto. Any giveaway is a scam.",
                        minutes=i) for i in range(5)]
    fired, _ = run(store, posts)
    assert fired == []


def test_restart_mid_campaign_keeps_campaign_id(tmp_path, takeover_wave):
    from bot.store import Store

    db = tmp_path / "restart.db"
    s1 = Store(db)
    first, _ = run(s1, takeover_wave[:-1])  # stop after the second bait post
    s1.close()
    s2 = Store(db)
    second, _ = run(s2, takeover_wave[-1:])  # a new process sees the third account join
    s2.close()
    assert [a.kind for a in first] == ["post", "campaign"] and [a.kind for a in second] == ["campaign"]
    assert second[0].campaign_id == first[1].campaign_id
    assert second[0].accounts == ("elonmusk", "billgates", "barackobama")
    assert [w.address for w in second[0].wallets] == [WALLET_2020]


def test_news_report_quoting_the_scam_wallet_does_not_join_the_campaign(store, takeover_wave):
    report = make_post("n1", "cnn", f"Hackers took over accounts and asked for bitcoin sent to {WALLET_2020}, "
                                    "according to investigators. Twitter says it is investigating.",
                       minutes=16, source="SocialFlow")
    fired, _ = run(store, takeover_wave + [report])
    assert all("cnn" not in a.accounts for a in fired)
    assert fired[-1].accounts == ("elonmusk", "billgates", "barackobama")


def test_identical_brand_promos_across_accounts_are_no_campaign(store):
    posts = [make_post(f"p{i}", f"brand{i}", "Made for every move. Get it here: https://t.co/abc",
                       minutes=i, urls=[f"https://shop.brand-example.com/drop/{i}"]) for i in range(6)]
    fired, pipe = run(store, posts)
    assert fired == [] and pipe.stats.campaigns == set()


def test_asking_the_model_only_about_flaggable_posts_changes_no_alert(tmp_path):
    # the pipeline skips the model for posts no score could flag; the whole demo stream must alert
    # exactly as when the model scores every post, and the skipped posts must say they were ruled
    from pathlib import Path

    from bot.detect.model import DEFAULT_MODEL, load_model
    from bot.jsonl import ReadStats, read_posts
    from bot.store import Store

    demo = Path(__file__).resolve().parents[1] / "bot" / "data" / "demo.jsonl"
    posts = list(read_posts(str(demo), ReadStats()))
    model, out = load_model(DEFAULT_MODEL), {}
    for every in (True, False):
        store, fired = Store(tmp_path / f"{every}.db"), []
        pipe = Pipeline.from_config(Config(), store, model=model, on_alert=fired.append, model_for_all=every)
        for i in range(0, len(posts), 128):
            pipe.process_batch(posts[i:i + 128])
        pipe.close()
        versions = [r[0] for r in store.db.execute("SELECT model_version FROM verdicts")]
        out[every] = ([(a.alert_id, a.accounts, a.severity, a.score, a.reasons) for a in fired], versions)
    assert out[True][0] == out[False][0] and len(out[True][0]) >= 10
    assert set(out[True][1]) == {model.version}
    assert {model.version, "rules-1"} == set(out[False][1])


def test_a_post_flagged_once_its_habits_count_also_says_what_its_text_did(store):
    history = [make_post(f"h{i}", "acct", f"Lunch with the team, day {i}", minutes=i * 24 * 60) for i in range(40)]
    odd = make_post("x", "acct", "Moving my coins tonight", minutes=40 * 24 * 60 + 9 * 60, source="Brand New Client")
    fired, _ = run(store, history + [odd], model=FixedModel(0.35))  # the text alone stays under the flag threshold
    (alert,) = fired
    assert alert.post_ids == ("x",) and alert.score > 0.5
    assert alert.reasons[0] == 'the text model scores it 0.35 (flags from 0.50), crypto word "coins"'
    assert any("client" in r for r in alert.reasons[1:])  # the habits it broke follow


BAIT_2020 = f"I am giving back. All Bitcoin sent to my address below will be sent back doubled! {WALLET_2020}"


def test_a_lone_surrogate_from_a_live_source_is_mended_not_a_poisoned_write(store):
    # valid JSON from an API can carry one; unmended it failed the store's batch write, and every later one
    pipe = Pipeline.from_config(Config(), store)
    alerts = pipe.process_batch([make_post("1", "elonmusk", f"\ud83d {BAIT_2020}"),
                                 make_post("2", "BillGates", "Lunch \ud83d\ude00")])
    store.flush()
    assert alerts and alerts[0].post_ids == ("1",)
    texts = [r["text"] for r in store.db.query("select text from posts order by id")]
    assert texts == [f"\ufffd {BAIT_2020}", "Lunch \U0001f600"]


def test_a_post_the_detector_raises_on_is_skipped_and_counted_the_batch_goes_on(store, monkeypatch, caplog):
    pipe = Pipeline.from_config(Config(), store)
    analyze = pipe.scorer.analyze

    def failing(post):  # stands for a detector bug on text no check foresaw
        if post.id == "bad":
            raise RuntimeError("boom")
        return analyze(post)

    monkeypatch.setattr(pipe.scorer, "analyze", failing)
    alerts = pipe.process_batch([make_post("bad", "a", "x"), make_post("1", "elonmusk", BAIT_2020)])
    assert [a.post_ids for a in alerts] == [("1",)]
    assert pipe.stats.failed == 1 and pipe.stats.posts == 1
    assert "post x:bad: cannot score it, skipped: RuntimeError: boom" in caplog.text


# -- campaigns across restarts, late and odd posts ------------------------------------------------
BAIT = ("I am giving back to my community. All Bitcoin sent to my address below will be sent back doubled! "
        f"If you send $1,000, I will send back $2,000. Only doing this for 30 minutes. {WALLET_2020}")
ETH_BAIT = ("I am giving back to the community. Send ETH to the address in my bio and I will send back double, "
            "only for the next hour!")


def history(*handles, n=30):
    return [make_post(f"h{i}-{who}", who, f"Ordinary update number {i} about our work and plans.",
                      minutes=-3000 + i * 60 + k) for i in range(n) for k, who in enumerate(handles)]


def bait(pid, who, minutes, text=BAIT, **kw):
    return make_post(pid, who, text, minutes=minutes, source="Twitter Web App", **kw)


def runs(db, *batches, **kw):
    """The alerts of each batch, each processed by a new Pipeline on the same database (a restart between)."""
    out = []
    for posts in batches:
        s = Store(db)
        out.append(run(s, posts, **kw)[0])
        s.close()
    return out


def kinds(alerts):
    return [(a.kind, a.accounts) for a in alerts]


def test_a_restart_before_the_first_campaign_alert_keeps_the_campaign(tmp_path):
    first = history("elonmusk", "billgates") + [bait("t1", "elonmusk", 0)]
    second = [bait("t2", "billgates", 7, "Everyone is asking me. " + BAIT)]
    (once,) = runs(tmp_path / "once.db", first + second)
    before, after = runs(tmp_path / "hw.db", first, second)
    assert kinds(before) == [("post", ("elonmusk",))] and kinds(after) == [("campaign", ("elonmusk", "billgates"))]
    assert after[0].campaign_id == once[-1].campaign_id and after[0].reasons == once[-1].reasons


def test_a_restart_keeps_a_campaign_alive_by_posts_after_its_alert(tmp_path):
    # the campaign alerted at +7 min, went on at +100; the third account at +130 is within 2 h of that
    first = history("elonmusk", "billgates", "barackobama") + [
        bait("t1", "elonmusk", 0), bait("t2", "billgates", 7, "Everyone is asking me. " + BAIT),
        bait("t1b", "elonmusk", 100, "Still going! " + BAIT)]
    before, after = runs(tmp_path / "hw.db", first, [bait("t3", "barackobama", 130, "Thank you all. " + BAIT)])
    assert kinds(after) == [("campaign", ("elonmusk", "billgates", "barackobama"))]
    assert after[0].campaign_id == before[-1].campaign_id


def test_a_restart_keeps_a_campaign_joined_by_near_identical_text_only(tmp_path):
    first = history("elonmusk", "billgates", "barackobama") + [
        bait("t1", "elonmusk", 0, ETH_BAIT), bait("t2", "billgates", 7, "Hi all. " + ETH_BAIT)]
    before, after = runs(tmp_path / "hw.db", first, [bait("t3", "barackobama", 15, "Thanks. " + ETH_BAIT)])
    assert before[-1].kind == "campaign" and kinds(after) == [("campaign", ("elonmusk", "billgates", "barackobama"))]
    assert after[0].campaign_id == before[-1].campaign_id
    assert "near-identical text also posted by @elonmusk, @billgates in the last 15 min" in after[0].reasons


def test_a_future_dated_post_ends_no_campaign_before_or_after_a_restart(tmp_path):
    clock = dict(clock=lambda: T0 + timedelta(minutes=20))  # "now": the stream is live
    first = history("elonmusk", "billgates", "barackobama") + [
        bait("t1", "elonmusk", 0), bait("t2", "billgates", 7, "Hi. " + BAIT),
        make_post("f1", "someone.bsky.social", "Good morning everyone", minutes=365 * 24 * 60, platform="bluesky")]
    last = [bait("t3", "barackobama", 15, "Thanks. " + BAIT)]
    (once,) = runs(tmp_path / "once.db", first + last, **clock)
    before, after = runs(tmp_path / "hw.db", first, last, **clock)
    for fired in (once, after):
        assert kinds(fired[-1:]) == [("campaign", ("elonmusk", "billgates", "barackobama"))]
        assert fired[-1].campaign_id == before[-1].campaign_id


def test_reasons_claim_only_what_earlier_accounts_shared_and_name_only_those(store):
    link = "https://claim-gates-drop.xyz/now"
    with_link = bait("t1", "elonmusk", 0, f"{BAIT} Claim at {link}", urls=[link])
    without = bait("t2", "billgates", 7, f"Crypto airdrop for my followers today, send BTC to {WALLET_2020} to double it")
    again = bait("t3", "barackobama", 9, f"Thank you. {BAIT} Claim at {link}", urls=[link])
    fired, _ = run(store, history("elonmusk", "billgates", "barackobama") + [with_link, without, again])
    shared = [[r for r in a.reasons if "also posted by" in r] for a in fired if a.kind == "campaign"]
    assert shared == [
        ["BTC address bc1qxy2k…0wlh also posted by @elonmusk in the last 7 min"],  # its text and link are its own
        ["BTC address bc1qxy2k…0wlh also posted by @elonmusk, @billgates in the last 9 min",
         "link to claim-gates-drop.xyz also posted by @elonmusk in the last 9 min",
         "near-identical text also posted by @elonmusk in the last 9 min"]]


def test_one_account_is_counted_once_whatever_its_handle_case_or_author_id(store):
    def by(post, author_id):
        return replace(post, author_id=author_id)

    posts = [by(bait("t1", "BarackObama", 0), ""), by(bait("t2", "barackobama", 5, "Again: " + BAIT), ""),
             by(bait("t3", "elonmusk", 10), "44196397"), by(bait("t4", "elonmusk", 12, "Again: " + BAIT), ""),
             by(bait("t5", "apple", 15), ""), by(bait("t6", "Apple", 17, "Again: " + BAIT), "1234")]
    fired, _ = run(store, posts)
    assert kinds(a for a in fired if a.kind == "campaign") == [("campaign", ("BarackObama", "elonmusk")),
                                                             ("campaign", ("BarackObama", "elonmusk", "apple"))]


def test_one_handle_on_two_platforms_is_two_accounts_named_with_their_platform(store):
    fired, _ = run(store, [bait("t1", "elonmusk", 0), bait("t2", "elonmusk", 5, "Again: " + BAIT, platform="bluesky")])
    (camp,) = [a for a in fired if a.kind == "campaign"]
    assert camp.accounts == ("elonmusk", "elonmusk")
    assert "BTC address bc1qxy2k…0wlh also posted by @elonmusk on x in the last 5 min" in camp.reasons
    assert not any("posted by  " in r for r in camp.reasons)


def test_a_post_delivered_twice_is_judged_counted_and_learned_once(tmp_path):
    history_ = [make_post(f"h{i}", "acct", f"Lunch with the team, day {i}", minutes=i * 24 * 60) for i in range(40)]
    odd = make_post("x", "acct", "Moving my coins tonight", minutes=40 * 24 * 60 + 9 * 60, source="Brand New Client")
    model = FixedModel(0.35)  # the habits lift it over the threshold only the first time it is seen
    first, again = Store(tmp_path / "hw.db"), Store(tmp_path / "hw.db")
    fired, pipe = run(first, history_ + [odd, odd], model=model)
    pipe.process_batch([odd])  # the poll brings the post the stream already did
    first.close()
    refired, pipe2 = run(again, [odd], model=model)  # and once more after a restart
    row = again.db.execute("SELECT score, flagged FROM verdicts WHERE post_key = 'x:x'").fetchone()
    again.close()
    assert [a.alert_id for a in fired] == ["post:x:x"] and refired == [] and row == (fired[0].score, 1)
    assert (pipe.stats.posts, pipe.stats.flagged, pipe2.stats.posts) == (41, 1, 0)
    assert pipe.profiles["x:id-acct"].posts == 41


def test_the_profile_learns_late_posts_and_posts_of_the_same_second(store):
    pipe = Pipeline.from_config(Config(), store)
    pipe.process_batch([make_post("new", "acct", "news of the day", minutes=60)])
    pipe.process_batch([make_post(f"b{i}", "acct", "older post", minutes=i) for i in range(10)])  # a poll's backfill
    first = make_post("s1", "acct", "one", minutes=90)
    later = replace(first, id="s2", created_at=first.created_at + timedelta(milliseconds=500))
    pipe.process_batch([later, first, replace(first, id="s3")])
    profile = pipe.profiles["x:id-acct"]
    assert profile.posts == 14 and profile.last_at == "2020-07-15T21:30:00.500000Z"


def test_an_edit_of_an_alerted_post_is_recorded_but_alerts_no_more(store):
    original = bait("100", "elonmusk", 0, edit_history_tweet_ids=["100"])
    edit = bait("101", "elonmusk", 3, BAIT + " Hurry!", edit_history_tweet_ids=["100", "101"])  # X: a new id
    fired, _ = run(store, history("elonmusk") + [original, edit])
    assert [a.alert_id for a in fired] == ["post:x:100"]
    assert store.db.execute("SELECT flagged FROM verdicts WHERE post_key = 'x:101'").fetchone() == (1,)


def test_one_eth_wallet_in_two_cases_joins_two_accounts_into_one_campaign(store):
    # Session-13 bug 8: campaign keys were built from the address as written, so EIP-55 and lowercase differed.
    eth = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
    first = bait("t1", "elonmusk", 0, f"I am giving back to my community. All ETH sent to {eth.lower()} will be "
                                      "sent back doubled! Only for the next 30 minutes.")
    second = bait("t2", "billgates", 6, f"Crypto airdrop for my followers today, send ETH to {eth} to double it")
    fired, _ = run(store, history("elonmusk", "billgates") + [first, second])
    (camp,) = [a for a in fired if a.kind == "campaign"]
    assert camp.accounts == ("elonmusk", "billgates")
    assert any(r.startswith("ETH address 0x") and "also posted by @elonmusk" in r for r in camp.reasons)
    assert [w.address for w in camp.wallets] == [eth]  # as the alerting post wrote it (contract)


# -- restarts: what the stored campaigns and the window's end keep ---------------------------------
class MarkModel:
    """Scores a post by its '[s=0.xx]' mark (default 0.99)."""

    version, threshold = "mark", 0.5

    def predict_proba(self, analyses):
        return [float(a.post.text.split("[s=")[1].split("]")[0]) if "[s=" in a.post.text else 0.99
                for a in analyses]


def test_a_digits_only_handle_is_not_the_account_whose_id_it_equals(tmp_path):
    elon = replace(bait("t1", "elonmusk", 0), author_id="44196397")
    for author_id in ("", "999"):
        other = replace(bait("t2", "44196397", 5, "Hello. " + BAIT), author_id=author_id)
        (fired,) = runs(tmp_path / f"{author_id}.db", [elon, other], model=MarkModel())
        assert kinds(a for a in fired if a.kind == "campaign") == [("campaign", ("elonmusk", "44196397"))]


def test_a_campaign_stored_with_account_keys_of_an_older_version_counts_each_account_once(tmp_path):
    first = history("elonmusk", "billgates", "barackobama") + [
        bait("t1", "elonmusk", 0), bait("t2", "billgates", 7, "Everyone is asking me. " + BAIT)]
    runs(tmp_path / "hw.db", first)
    s = Store(tmp_path / "hw.db")  # as an older version wrote them: 'x:<id>' and 'x:<handle>' alike
    s.db.execute("UPDATE campaigns SET account_keys = ?, users = NULL",
                 ['{"x:id-elonmusk": "elonmusk", "x:billgates": "billgates"}'])
    s.close()
    second = [bait("t3", "elonmusk", 9, "Again! " + BAIT), replace(bait("t4", "billgates", 10, "Hi. " + BAIT), author_id=""),
              bait("t5", "barackobama", 12, "Thanks. " + BAIT)]
    (after,) = runs(tmp_path / "hw.db", second)
    assert kinds(after) == [("campaign", ("elonmusk", "billgates", "barackobama"))]


def test_an_unwatched_newest_post_does_not_move_the_restored_window(tmp_path):
    cfg = Config(groups={"g": ["elonmusk", "billgates", "barackobama"]})
    first = [bait("t1", "elonmusk", 0), bait("t2", "billgates", 5, "Hello all. " + BAIT),
             make_post("u1", "somefan", "What a match last night, congrats to the team!", minutes=130)]
    late = [bait("t3", "barackobama", 60, "Thanks. " + BAIT)]  # a poll's backfill: older than the unwatched post
    (once,) = runs(tmp_path / "once.db", first + late, cfg=cfg)
    before, after = runs(tmp_path / "hw.db", first, late, cfg=cfg)
    assert kinds(after) == kinds(once[-1:]) == [("campaign", ("elonmusk", "billgates", "barackobama"))]
    s = Store(tmp_path / "hw.db")
    assert s.get_meta(HIGH_WATER) == "2020-07-15T21:00:00Z"  # the newest watched post's time
    s.close()


def test_a_restart_keeps_the_older_accounts_of_a_campaign_that_has_not_alerted(tmp_path):
    first = [bait("t1", "elonmusk", 0, BAIT + " [s=0.2]"), bait("t2", "billgates", 100, "Hello all. " + BAIT + " [s=0.2]"),
             make_post("x1", "apple", "Our new store opens tomorrow in Paris.", minutes=130)]
    last = [bait("t3", "barackobama", 140, "Thanks. " + BAIT)]  # elonmusk's post is older than the replayed window
    (once,) = runs(tmp_path / "once.db", first + last, model=MarkModel())
    before, after = runs(tmp_path / "hw.db", first, last, model=MarkModel())
    assert before == [] and kinds(after) == kinds(once) == [("campaign", ("elonmusk", "billgates", "barackobama"))]
    assert after[0].alert_id == once[0].alert_id and after[0].reasons == once[0].reasons


def test_a_restart_keeps_who_shared_each_wallet_for_the_reasons(tmp_path):
    first = [bait("t1", "elonmusk", 0), bait("t2", "billgates", 7, "Hello all. " + BAIT),
             bait("t2b", "billgates", 100, "Still on! " + BAIT),
             make_post("x1", "apple", "Our new store opens tomorrow in Paris.", minutes=130)]
    last = [bait("t3", "barackobama", 140, "Thanks. " + BAIT)]  # elonmusk's only post is older than the window
    (once,) = runs(tmp_path / "once.db", first + last, model=MarkModel())
    before, after = runs(tmp_path / "hw.db", first, last, model=MarkModel())
    assert after[-1].reasons == once[-1].reasons
    assert "BTC address bc1qxy2k…0wlh also posted by @elonmusk, @billgates in the last 140 min" in after[-1].reasons


# -- the campaign window's end: a bad date in a replayed file ---------------------------------------
YEAR = 365 * 24 * 60  # minutes
DEMO = Path(__file__).resolve().parents[1] / "bot" / "data" / "demo.jsonl"


@cache
def demo_posts():
    return tuple(read_posts(str(DEMO), ReadStats()))


def alerts_of(posts, split=None):
    """What each alert says, rules only; `split`: a restart (a new Pipeline on the same database) before that post."""
    with tempfile.TemporaryDirectory() as tmp:
        batches = [posts] if split is None else [posts[:split], posts[split:]]
        fired = [a for batch in runs(Path(tmp) / "hw.db", *batches) for a in batch]
    return [(a.alert_id, a.accounts, a.severity, a.score, a.reasons, a.post_ids) for a in fired]


@cache
def demo_alerts():
    return alerts_of(list(demo_posts()))


@settings(max_examples=15, deadline=None)
@given(at=st.integers(0, 4180), ahead=st.integers(1, 3 * YEAR), src=st.sampled_from([3834, 3890, 3972, 4005, 4052]),
       split=st.none() | st.integers(1, 4181))
@example(at=0, ahead=1, src=3834, split=1)  # a restart before the window's clock has started
@example(at=3900, ahead=1, src=3834, split=3901)  # a restart while it waits, in the wave
def test_one_far_future_post_anywhere_in_the_demo_changes_no_other_alert(at, ahead, src, split):
    # a bad row dated years ahead in a replayed 2020 file (the wave's bait, from an account of its own): before,
    # it moved the campaign window's end there and every later post was "too late" to join any campaign
    posts = list(demo_posts())
    assert len(posts) == 4180 and len(demo_alerts()) >= 10
    far = replace(posts[src], id="far", author="farclock", author_id="",
                  created_at=posts[-1].created_at + timedelta(minutes=120 + ahead))
    fired = alerts_of(posts[:at] + [far] + posts[at:], split)
    assert [a for a in fired if "far" not in a[-1]] == demo_alerts()


def test_a_bad_date_is_not_stored_as_the_window_end_and_a_jump_waiting_at_a_restart_is_confirmed_after_it(tmp_path):
    first = history("elonmusk", "billgates", "barackobama") + [
        bait("t1", "elonmusk", 0), bait("t2", "billgates", 5, "Hello all. " + BAIT),
        bait("f1", "someone", 4 * YEAR, "Hi. " + BAIT),  # a bad date in the file
        bait("g1", "barackobama", 600, "Thank you all. " + BAIT)]  # 10 h later: the first post after a quiet night
    last = [bait("g2", "billgates", 605, "Everyone is asking me. " + BAIT)]
    (once,) = runs(tmp_path / "once.db", first + last)
    (before,) = runs(tmp_path / "hw.db", first)
    s = Store(tmp_path / "hw.db")
    assert s.get_meta(HIGH_WATER) == "2020-07-15T20:05:00Z"  # neither jump is confirmed yet
    s.close()
    (after,) = runs(tmp_path / "hw.db", last)
    (old,) = [a for a in before if a.kind == "campaign"]
    assert kinds(once) == kinds(before + after) and old.accounts == ("elonmusk", "billgates")
    assert kinds(after) == [("campaign", ("barackobama", "billgates"))]  # a new one: the old wave's wallet has expired
    assert after[0].campaign_id != old.campaign_id


def test_an_accounts_own_posts_never_confirm_its_jump_flagged_or_not(store):
    # a device with a wrong clock dates all it sends wrong: its benign and its bait posts are one account's
    posts = [bait("t1", "elonmusk", 0), make_post("t2", "billgates", "Lunch with the team today.", minutes=1),
             make_post("n1", "barackobama", "Good morning, a big day ahead for all of us.", minutes=600),
             bait("n2", "barackobama", 601)]
    _, pipe = run(store, posts)
    assert pipe.campaigns.high_water == T0 + timedelta(minutes=1)  # both wait for another account


def test_a_bad_date_past_the_wall_clock_ends_no_campaign_of_a_replay_before_or_after_a_restart(tmp_path):
    # a replayed 2020 file with a row dated a century ahead: clamped to the wall clock, it is still a bad date
    first = history("elonmusk", "billgates") + [
        bait("t1", "elonmusk", 0), bait("f1", "someone", 100 * YEAR, "Hi. " + BAIT)]
    last = [bait("t2", "billgates", 5, "Hello all. " + BAIT)]
    (once,) = runs(tmp_path / "once.db", first + last)
    before, after = runs(tmp_path / "hw.db", first, last)
    assert kinds(once[-1:]) == kinds(after) == [("campaign", ("elonmusk", "billgates"))]
    s = Store(tmp_path / "hw.db")
    assert s.get_meta(HIGH_WATER) == "2020-07-15T20:05:00Z"
    s.close()


def test_a_restart_before_any_confirmed_mark_analyses_only_the_posts_that_may_wait(tmp_path, monkeypatch):
    from bot.detect.campaign import MAX_JUMPS
    from bot.detect.scorer import Scorer

    runs(tmp_path / "hw.db", [bait(f"s{i}", "elonmusk", i * 10) for i in range(60)])  # one account: none confirmed
    analysed, analyze = [], Scorer.analyze
    monkeypatch.setattr(Scorer, "analyze", lambda self, post: analysed.append(post.id) or analyze(self, post))
    s = Store(tmp_path / "hw.db")
    pipe = Pipeline.from_config(Config(), s)
    waiting = [jump.verdict.post.id for _, jump in pipe.campaigns._jumps]
    s.close()
    assert waiting == analysed == [f"s{i}" for i in range(60 - MAX_JUMPS, 60)]  # not every stored post
