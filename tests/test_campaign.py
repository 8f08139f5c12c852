from datetime import timedelta

from bot.detect.campaign import CampaignTracker, text_signature
from bot.post import Verdict

from .conftest import make_post


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
    assert t.observe(verdict(make_post("2", "b", "x", minutes=61)), key, "x") is None
    assert len(t.live_campaigns()) == 1


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
