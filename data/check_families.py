#!/usr/bin/env python3
"""Check one family module of data/corpus_src before it joins the corpus: its families build, and their
ids, kinds, labels, languages and batch are valid. Prints each family's rows.

    python data/check_families.py ext26_pos_en
    python data/check_families.py blind_pos_en   (blind test set modules want batch 3)
"""

from __future__ import annotations

import importlib
import sys

import build_corpus as B


def problems(f, existing: set[str], kinds: dict[int, set[str]], langs: set[str], batch: int = 2) -> list[str]:
    """What is wrong with family f (empty when nothing); kinds and languages are the corpus's own."""
    out = []
    if f.fam in existing:
        out.append("family id already used")
    if f.batch != batch:
        out.append(f"batch {f.batch}, want {batch} (pass batch={batch})")
    if f.kind not in kinds.get(f.label, set()):
        out.append(f"kind {f.kind!r} is not a label-{f.label} kind: {sorted(kinds.get(f.label, ()))}")
    if f.lang not in langs:
        out.append(f"lang {f.lang!r} not in {sorted(langs)}")
    return out


def main(name: str) -> int:
    mod = importlib.import_module(f"corpus_src.{name}")
    # a blind test set's module (blind_*: batch 3, blind2_*: batch 4, ...), or the training-only extension (batch 2)
    batch = next((b for b, (set_name, _) in B.BLIND_SETS.items() if name.startswith(set_name + "_")), 2)
    others = [f for f in B.all_families(with_2026=True) + [g for b in B.BLIND_SETS for g in B.blind_families(b)]
              if f not in mod.FAMILIES]
    existing = {f.fam for f in others}
    base = B.all_families()  # the committed corpus defines the valid kinds and languages
    kinds = {label: {f.kind for f in base if f.label == label} for label in (0, 1)}
    langs = {f.lang for f in base}
    seen: dict[str, str] = {}
    ids: set[str] = set()
    bad = 0
    for f in mod.FAMILIES:
        errs = problems(f, existing, kinds, langs, batch)
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
