"""The hard negatives issue 3 names, judged by the shipped model: none is flagged, and its bait twin is.

The texts are written here for this test (not copied from the corpus or janitr), one per kind the
issue lists: official donation posts with wallet addresses, anti-scam warnings that quote the bait,
price news, commit hashes and transaction hashes, UUIDs, and "double your donation" charity matches.
Each benign post has a bait twin in the same words and shape, so a detector that simply flags
nothing (or everything with a wallet) fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import _scorer
from bot.config import Config
from tests.conftest import make_post

WALLET = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"
ETH = "0x165CD37b4C644C2921454429E7F9358d18A45e14"

BENIGN = {
    "donation wallet": f"The Internet Archive now accepts bitcoin donations. Every sat helps keep the library "
                       f"free: {WALLET} Thank you!",
    "relief wallet": f"Our hurricane relief fund accepts ETH at {ETH}. All donations are published on our "
                     "transparency page.",
    "anti-scam warning": "Reminder: we will NEVER ask you to send BTC to receive double back. Any account "
                         "promising that is a scam. Report it.",
    "impersonation warning": "Scam alert: fake accounts are impersonating our CEO and promising to double any ETH "
                             "you send. Do not send anything.",
    "price news": "Bitcoin rose 4% to $98,200 on Tuesday as ETF inflows continued, analysts said.",
    "commit hash": "Fixed the race in the block importer, see commit 9f2c1e7a3b4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f. "
                   "Release notes soon.",
    "transaction hash": "Our treasury transfer is on-chain: tx "
                        "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060",
    "uuid": "Incident 3f2504e0-4f89-11d3-9a0c-0305e82c3301 is resolved. Withdrawals are processing normally again.",
    "charity match": "Double your donation today! Every dollar given to the food bank before midnight is matched "
                     "2x by our sponsor.",
}
BAIT = {
    "donation wallet": f"I am giving back to the community. All bitcoin sent to {WALLET} will be sent back "
                       "doubled! Only for the next 30 minutes.",
    "relief wallet": f"Celebrating our launch: send ETH to {ETH} and receive double back instantly. Limited "
                     "time only!",
    "anti-scam warning": f"Send BTC to {WALLET} and I will send back double. Only doing this for 30 minutes!",
    "impersonation warning": f"Our CEO is doubling any ETH you send to {ETH} for the next hour. Don't miss it!",
    "price news": f"Bitcoin just hit a new high, so I'm giving back: every BTC sent to {WALLET} comes back "
                  "doubled today.",
    "commit hash": f"Huge milestone! To celebrate, all BTC sent to {WALLET} in the next hour is returned 2x.",
    "transaction hash": f"Treasury giveaway is live: send ETH to {ETH} and get 2x back, first 1,000 only.",
    "uuid": f"Withdrawals are back! To thank you, we double every deposit sent to {WALLET} today.",
    "charity match": f"Double your bitcoin today! Every BTC sent to {WALLET} before midnight is sent back "
                     "2x by me.",
}


@pytest.fixture(scope="module")
def scorer():
    s = _scorer(Config())
    if s.model is None:
        pytest.fail(f"{Path('models/hijackwatch.skops')} must be committed")
    return s


@pytest.mark.parametrize("kind", list(BENIGN))
def test_hard_negative_is_not_flagged_and_its_bait_twin_is(scorer, kind):
    benign, bait = scorer.score_many([make_post("1", "brand", BENIGN[kind]), make_post("2", "brand", BAIT[kind])])
    assert not benign.flagged, f"{kind}: flagged at {benign.score:.3f}: {benign.reasons}"
    assert bait.flagged, f"{kind} twin: not flagged at {bait.score:.3f}: {bait.reasons}"
    assert benign.score < bait.score


@pytest.mark.parametrize("host", ["b\u0456nance.com", "xn--" + "b\u0456nance".encode("punycode").decode() + ".com"])
def test_homograph_link_is_a_lookalike_in_both_spellings(scorer, host):
    # Session-13 bug 1: the Cyrillic spelling was folded to binance.com before links were found, and allowed.
    a = scorer.analyze(make_post("1", "brand", f"Claim your BNB reward: https://{host}/claim"))
    assert [e.kind for e in a.evidence if e.kind.startswith("domain_")] == ["domain_lookalike"]
    assert a.domains == ("b\u0456nance.com",)


@pytest.mark.parametrize("text", ["Новое видео про Bitcoin: https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                                  "Μετά το Bitcoin ETF", "Buy Bitcoin™ on Coinbase"])
def test_honest_non_latin_and_trademark_posts_give_no_obfuscation_reason(scorer, text):
    # Session-13 bugs 2 and 4: genuine words and ™ were reported as homoglyph obfuscation.
    assert [e for e in scorer.analyze(make_post("1", "brand", text)).evidence if e.kind == "obfuscation"] == []
