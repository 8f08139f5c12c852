import pytest
from hypothesis import given, settings, strategies as st

from bot.detect import language
from bot.detect.normalize import normalize

WORDS = ["send", "back", "double", "doubled", "2x", "btc", "eth", "to", "my", "address", "below", "giveaway",
         "giving", "away", "claim", "your", "airdrop", "now", "only", "30", "minutes", "never", "dm", "scam",
         "donation", "connect", "wallet", "ca:", "sol", "$pepe", "is", "live", "sec", "approves", "spot", "bitcoin",
         "etfs", "envía", "doble", "devolveré", "el", "отправьте", "вдвое", "2倍", "限定", "hediye", "iki", "kat",
         "price", "rally", "we", "will", "the", "community", "free", "mint", "seed", "phrase", ".", "!", "\n"]


def names(text):
    return [c.name for c in language.find_cues(normalize(text).folded)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30))
def test_trigger_gate_never_hides_a_scam_cue(words):
    folded = normalize(" ".join(words)).folded
    slow = language.find_cues_slow(folded)
    fast = language.find_cues(folded)
    if any(c.weight > 0 for c in slow):
        assert fast == slow
    else:
        assert all(c.weight < 0 for c in fast)


@pytest.mark.parametrize("text, cue", [
    ("All Bitcoin sent to the address below will be sent back doubled!", "doubling"),
    ("You send $1,000, I send you back $2,000.", "doubling"),
    ("Envía BTC y te devolveré el doble en 30 minutos", "doubling"),
    ("Envie BTC e eu envio de volta o dobro", "doubling"),
    ("Envoyez des BTC, je vous renverrai le double", "doubling"),
    ("Sende BTC und ich sende doppelt zurück", "doubling"),
    ("BTC gönderin, iki katını geri göndereceğim", "doubling"),
    ("Отправьте BTC и получите вдвое больше", "doubling"),
    ("BTCを送金すると2倍にしてお返しします", "doubling"),
    ("Claim your $PHNTM airdrop now", "airdrop"),
    ("Connect your wallet to mint the commemorative NFT", "wallet_action"),
    ("$WIF is live, CA: 7GCihgDB8fe6KNjn2MYtkzZcRjQy3t9GHdC8uHYmW2hr", "contract_address"),
    ("Today the SEC grants approval for #Bitcoin ETFs on all registered national securities exchanges.", "fake_approval"),
])
def test_bait_cues(text, cue):
    assert cue in names(text)


@pytest.mark.parametrize("text, cue", [
    ("We will never DM you asking for crypto. Any giveaway is a scam.", "anti_scam"),
    ("Every donation doubled today thanks to our matching sponsor", "donation"),
    ("Bitcoin price surges past $60,000 as ETF inflows rally, analysts say", "reporting"),
])
def test_counter_cues_show_next_to_scam_words(text, cue):
    assert cue in names(text)


def test_plain_post_has_no_cues():
    assert names("Had a wonderful dinner with my family tonight") == []
