"""Shared pieces of the 2025 extension families: posting clients per account type and short constructors.

Clients are the ones these account types are known to post with on X (newsrooms: SocialFlow, Echobox,
dlvr.it; brands: Sprinklr, Sprout Social, Khoros; people: the phone apps). Takeover posts come from the
web app or a phone, as attackers log in with the stolen session or password.
"""

from __future__ import annotations

import re

from .spec import Family, fam

NEWS_SRC = ("SocialFlow", "Echobox", "dlvr.it", "TweetDeck Web App", "Twitter Web App", "Sprinklr", "WordPress.com")
BRAND_SRC = ("Sprinklr", "Sprout Social", "Khoros Publishing", "Hootsuite Inc.", "Later Media", "Emplifi",
             "Twitter Media Studio", "Twitter Web App")
PERSON_SRC = ("Twitter for iPhone", "Twitter for iPhone", "Twitter for Android", "Twitter Web App")
POL_SRC = ("Twitter for iPhone", "Twitter Web App", "Sprout Social", "Hootsuite Inc.", "TweetDeck Web App")
SPORT_SRC = ("Twitter Media Studio", "Sprinklr", "Twitter for iPhone", "Hootsuite Inc.", "Twitter Web App")
EXCH_SRC = ("Twitter Web App", "Sprinklr", "Sprout Social", "Zendesk", "Hootsuite Inc.", "Twitter for iPhone")
HIJACK_SRC = ("Twitter Web App", "Twitter Web App", "Twitter for Android", "Twitter for iPhone")

YT = ["https://www.youtube.com/watch?v={rand}", "https://youtu.be/{rand}", "https://www.youtube.com/live/{rand}"]
PUMP = ["https://pump.fun/coin/{rand}pump", "https://dexscreener.com/solana/{rand}"]
SLOT = re.compile(r"\{[a-z0-9_]+\}")


def _rows(texts, n):
    """Default row count: one per phrasing, one more when slots can vary the text (3 to 7)."""
    if n:
        return n
    extra = 1 if any(SLOT.search(t) for t in texts) else 0
    return max(3, min(7, len(texts) + extra))


def ben(fid: str, kind: str, lang: str, prov: str, texts, authors, src=NEWS_SRC, n=None, batch=1, **kw) -> Family:
    """A benign (label 0) family of the 2025 extension (batch 2: the training-only 2026 extension)."""
    return fam(fid, kind, 0, lang, prov, texts, authors, n=_rows(texts, n), xsources=tuple(src), batch=batch, **kw)


def bait(fid: str, kind: str, lang: str, prov: str, texts, authors, src=HIJACK_SRC, n=None, batch=1,
         **kw) -> Family:
    """A takeover / scam-bait (label 1) family of the 2025 extension (batch 2: the 2026 extension)."""
    kw.setdefault("obf", 0.12)
    return fam(fid, kind, 1, lang, prov, texts, authors, n=n or max(5, len(texts) + 1), xsources=tuple(src),
               batch=batch, **kw)
