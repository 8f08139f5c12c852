"""The Family record: one story (incident or real-world pattern) and all its hand-written phrasings."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Family:
    """One story family; every row generated from it shares `fam`, so the split never leaks it.

    texts: distinct phrasings with {slot} placeholders. Wallet slots (btc, btc_tr, btc_p2pkh, eth,
    sol, pump, trx, xrp, doge, ltc) get a fresh checksum-valid address per row unless `fixed`
    pins one; {url} picks from `urls` ({rand} inside a url becomes a random path token); any other
    slot picks from `fill`.
    """

    fam: str
    kind: str
    label: int
    lang: str
    prov: str
    texts: tuple[str, ...]
    authors: tuple[str, ...]
    n: int = 8
    when: tuple[str, str] = ("2023-01-01", "2025-06-30")
    platforms: tuple[str, ...] = ("x", "x", "bluesky", "mastodon")
    sources: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    fill: dict[str, tuple[str, ...]] = field(default_factory=dict)
    fixed: dict[str, str] = field(default_factory=dict)
    broken: float = 0.0  # share of rows whose addresses get a broken checksum
    obf: float = 0.0  # share of rows with an obfuscation applied
    xsources: tuple[str, ...] = ()  # posting clients for rows on X only (other platforms keep their own)
    batch: int = 0  # 0: the first corpus; 1: the 2025 extension (own split strata, so old splits never move);
    # 2: the 2026 extension, training only (TRAIN_ONLY_BATCHES in build_corpus.py);
    # 3: the blind test set, never trained on (BLIND_BATCH, data/heldout/blind-heldout.jsonl)


def fam(fam_id: str, kind: str, label: int, lang: str, prov: str, texts, authors, **kw) -> Family:
    """Shorthand constructor that turns lists into tuples and dict values into tuples."""
    kw = {k: tuple(v) if isinstance(v, list) else v for k, v in kw.items()}
    if "fill" in kw:
        kw["fill"] = {k: tuple(v) for k, v in kw["fill"].items()}
    return Family(fam_id, kind, label, lang, prov, tuple(texts), tuple(authors), **kw)
