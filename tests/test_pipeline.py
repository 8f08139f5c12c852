from bot.config import Config
from bot.pipeline import Channel, Pipeline

from .conftest import WALLET_2020, FixedModel, make_post


def run(store, posts, **kw):
    fired = []
    pipe = Pipeline.from_config(Config(), store, on_alert=fired.append, **kw)
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
