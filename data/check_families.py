#!/usr/bin/env python3
"""Check one family module of data/corpus_src before it joins the corpus: its families build, and their
ids, kinds, labels, languages and batch are valid. Prints each family's rows.

    python data/check_families.py ext26_pos_en
"""

from __future__ import annotations

import importlib
import sys

import build_corpus as B

POSITIVE = {"doubling", "nft-drainer", "fake-airdrop", "fake-etf", "memecoin-ca", "youtube-live", "recovery",
            "impersonation-support", "wallet-validation", "fake-refund", "fake-announcement", "fake-presale",
            "drainer-approval"}
NEGATIVE = {"donation-wallet", "anti-scam-warning", "price-news", "etf-news", "commit-hash", "charity-match",
            "exchange-announcement", "dev-release", "legit-airdrop-news", "generic", "news-link", "brand-promo",
            "politics", "sports", "celebrity-promo", "crypto-news"}
LANGS = {"en", "es", "pt", "fr", "de", "tr", "ru", "ja"}


def problems(f, existing: set[str]) -> list[str]:
    """What is wrong with family f (empty when nothing)."""
    out = []
    if f.fam in existing:
        out.append("family id already used")
    if f.batch != 2:
        out.append(f"batch {f.batch}, want 2 (pass batch=2)")
    kinds = POSITIVE if f.label == 1 else NEGATIVE
    if f.kind not in kinds:
        out.append(f"kind {f.kind!r} is not a label-{f.label} kind: {sorted(kinds)}")
    if f.lang not in LANGS:
        out.append(f"lang {f.lang!r} not in {sorted(LANGS)}")
    return out


def main(name: str) -> int:
    mod = importlib.import_module(f"corpus_src.{name}")
    others = [f for f in B.all_families(with_2026=True) if f not in mod.FAMILIES]
    existing = {f.fam for f in others}
    seen: dict[str, str] = {}
    ids: set[str] = set()
    bad = 0
    for f in mod.FAMILIES:
        errs = problems(f, existing)
        existing.add(f.fam)
        try:
            rows = B.family_rows(f, seen, ids)
        except Exception as exc:  # noqa: BLE001 - report every family's failure, not just the first
            errs.append(f"does not build: {exc}")
            rows = []
        bad += bool(errs)
        print(f"{f.fam} [{f.kind}, label {f.label}, {f.lang}] {len(rows)} rows" + "".join(f"\n  ERROR {e}" for e in errs))
        for r in rows[:2]:
            print(f"  | {r['text'][:160]!r}")
    print(f"{len(mod.FAMILIES)} families, {bad} with errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
