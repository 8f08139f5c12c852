#!/usr/bin/env python3
"""Build hijackwatch's labelled post corpus (data/corpus/*.jsonl) from hand-written story families.

Deterministic: every family draws from its own random.Random seeded with SEED and the family id, so
re-running gives byte-identical files and adding a family never changes the rows of another.

    python data/build_corpus.py            # writes data/corpus/train.jsonl and heldout.jsonl
    python data/build_corpus.py --out DIR  # writes elsewhere (the tests use this)
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import random
import re
import sys
import uuid
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # data/ is not a package; make corpus_src importable when run as a script
    sys.path.insert(0, str(HERE))

from corpus_src import (benign_hp, benign_intl, blind2_neg_en, blind2_neg_intl, blind2_pos_en,  # noqa: E402
                        blind2_pos_intl, blind3_neg_en, blind3_neg_intl, blind3_pos_en, blind3_pos_intl,
                        blind4_neg_en, blind4_neg_intl, blind4_pos_en, blind4_pos_intl, blind_neg_en,
                        blind_neg_intl, blind_pos_en, blind_pos_intl, ext26_neg_en, ext26_neg_intl, ext26_pos_en,
                        ext26_pos_intl, intl, neg_en, pos_en, pos_intl, pos_more)
from corpus_src.addresses import B58, b58encode, break_checksum, make_address, scan  # noqa: E402
from corpus_src.spec import Family  # noqa: E402

SEED = 20200715
HELDOUT_SHARE = 0.25
# The 2026 extension was written by people who saw neither held-out file; it all goes to training, so the
# held-out split stays byte-identical and comparable with earlier models.
TRAIN_ONLY_BATCHES = frozenset({2})
# The blind test sets (batches 3 to 6) were written by people who saw no other data and no detector; they are
# never trained on and each goes to its own file (data/heldout/<name>-heldout.jsonl), apart from the corpus.
BLIND_BATCH = 3
BLIND_SETS = {3: ("blind", (blind_pos_en, blind_pos_intl, blind_neg_en, blind_neg_intl)),
              4: ("blind2", (blind2_pos_en, blind2_pos_intl, blind2_neg_en, blind2_neg_intl)),
              5: ("blind3", (blind3_pos_en, blind3_pos_intl, blind3_neg_en, blind3_neg_intl)),
              6: ("blind4", (blind4_pos_en, blind4_pos_intl, blind4_neg_en, blind4_neg_intl))}
WALLET_SLOTS = {"btc": ("btc", ""), "btc_tr": ("btc", "tr"), "btc_p2pkh": ("btc", "p2pkh"), "eth": ("eth", ""),
                "sol": ("sol", ""), "pump": ("sol", "pump"), "trx": ("trx", ""), "xrp": ("xrp", ""),
                "doge": ("doge", ""), "ltc": ("ltc", "")}
SLOT = re.compile(r"\{([a-z0-9_]+)\}")
URL = re.compile(r"https?://[^\s]+")
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
X_SOURCES = ("Twitter Web App", "Twitter for iPhone", "Twitter for Android", "TweetDeck", "Sprout Social",
             "Hootsuite Inc.")
SOURCES = {"bluesky": ("bsky.app",), "mastodon": ("Web", "Ivory for iOS", "Tusky", "Elk"),
           "instagram": ("Instagram",)}
INSTANCES = ("mastodon.social", "mstdn.social", "fosstodon.org", "mas.to")
FIELDS = ("id", "platform", "author", "author_id", "created_at", "text", "source", "lang", "urls", "label",
          "wallets", "family", "kind", "split", "provenance", "obfuscation")


def all_families(with_2026: bool = False) -> list[Family]:
    """Every family, English positives first; with_2026 adds the training-only 2026 extension (not in the
    committed corpus: no model trained with it has passed the regression guard yet, see data/README.md).
    Raises ValueError on a duplicate family id."""
    fams = (pos_en.FAMILIES + neg_en.FAMILIES + intl.FAMILIES
            + pos_more.FAMILIES + pos_intl.FAMILIES + benign_hp.FAMILIES + benign_intl.FAMILIES)
    if with_2026:
        fams += ext26_pos_en.FAMILIES + ext26_pos_intl.FAMILIES + ext26_neg_en.FAMILIES + ext26_neg_intl.FAMILIES
    _no_duplicates(fams)
    return fams


def blind_families(batch: int = BLIND_BATCH) -> list[Family]:
    """The families of one blind test set (batch 3: the first, 4: the second), never in the corpus or in training."""
    fams = _modules_families(batch)
    wrong = [f.fam for f in fams if f.batch != batch]
    if wrong:
        raise ValueError(f"blind families must have batch={batch}: {wrong}")
    _no_duplicates(all_families(with_2026=True) + [f for b in BLIND_SETS for f in _modules_families(b)])
    return fams


def _modules_families(batch: int) -> list[Family]:
    """The families in one blind set's modules, unchecked."""
    return [f for mod in BLIND_SETS[batch][1] for f in mod.FAMILIES]


def _no_duplicates(fams: list[Family]) -> None:
    dup = [f for f, c in Counter(x.fam for x in fams).items() if c > 1]
    if dup:
        raise ValueError(f"duplicate family ids: {dup}")


# ---------------------------------------------------------------- obfuscation (applied to literal text only)
HOMO = dict(zip("aceopxyiBCEHKMOPTXA", "асеорхуіВСЕНКМОРТХА"))
KEYWORD = re.compile(r"(?i)(?<![A-Za-z])(bitcoin|btc|ethereum|eth|giveaway|airdrop|claim|wallet|double[d]?|send|"
                     r"crypto|usdt|xrp|doge|tokens?)(?![A-Za-z])")
TICKER = re.compile(r"(?<![A-Za-z$])(BTC|ETH|USDT|XRP|DOGE|SOL)(?![A-Za-z])")
ZW = ("\u200b", "\u200c", "\u2060")


def _homoglyph(seg: str, rng: random.Random) -> str:
    def swap(m: re.Match) -> str:
        word = "".join(HOMO[c] if c in HOMO and rng.random() < 0.6 else c for c in m.group(0))
        return word if word != m.group(0) else "".join(HOMO.get(c, c) for c in m.group(0))
    return KEYWORD.sub(swap, seg)


def _zero_width(seg: str, rng: random.Random) -> str:
    def split(m: re.Match) -> str:
        w = m.group(0)
        cut = rng.randrange(1, len(w)) if len(w) > 1 else 1
        return w[:cut] + rng.choice(ZW) + w[cut:]
    return KEYWORD.sub(split, seg)


def _fullwidth(seg: str, rng: random.Random) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isdigit() else c for c in seg)


def _spaced(seg: str, rng: random.Random) -> str:
    return TICKER.sub(lambda m: " ".join(m.group(0)), seg)


OBFUSCATORS = {"homoglyph": _homoglyph, "zero-width": _zero_width, "fullwidth-digits": _fullwidth,
               "spaced-ticker": _spaced}


def obfuscate(template: str, how: str, rng: random.Random) -> str:
    """Apply one obfuscation to the literal parts of a template, never inside {slot} placeholders."""
    parts = SLOT.split(template)  # even indexes: literal text; odd: slot names
    fn = OBFUSCATORS[how]
    return "".join(fn(p, rng) if i % 2 == 0 else "{" + p + "}" for i, p in enumerate(parts))


def defang(url: str, rng: random.Random) -> str:
    """A defanged URL as scammers write it to dodge link filters: hxxps, [.] and (.)."""
    host_path = url.split("://", 1)[1]
    dot = rng.choice(["[.]", "(.)", "[.]"])
    host, _, path = host_path.partition("/")
    host = host.replace(".", dot)
    out = host + ("/" + path if path else "")
    return ("hxxps://" + out) if rng.random() < 0.5 else out


# ---------------------------------------------------------------- slot filling
def rand_token(rng: random.Random, n: int | None = None) -> str:
    return "".join(rng.choice(ALNUM) for _ in range(n or rng.randint(5, 9)))


def generated_slot(name: str, rng: random.Random) -> str | None:
    """Hashes, ids and versions that hard negatives carry (None when the slot is not one of them)."""
    makers = {
        "sha": lambda: rng.randbytes(20).hex(), "sha7": lambda: rng.randbytes(4).hex()[:7],
        "tx": lambda: "0x" + rng.randbytes(32).hex(), "btctx": lambda: rng.randbytes(32).hex(),
        "digest": lambda: rng.randbytes(32).hex(), "hex64": lambda: rng.randbytes(32).hex(),
        "uuid": lambda: str(uuid.UUID(bytes=rng.randbytes(16), version=4)),
        "solsig": lambda: b58encode(b"\x01" + rng.randbytes(63)),
        "ver": lambda: f"{rng.randint(0, 5)}.{rng.randint(0, 30)}.{rng.randint(0, 12)}",
    }
    return makers[name]() if name in makers else None


def fill_slots(f: Family, template: str, rng: random.Random, broken: bool, defanged: bool):
    """Fill every {slot}; returns (text, valid addresses inserted, broken addresses inserted)."""
    values: dict[str, str] = {}
    good: list[str] = []
    bad: list[str] = []
    for name in dict.fromkeys(SLOT.findall(template)):
        if name in WALLET_SLOTS:
            chain, kind = WALLET_SLOTS[name]
            addr = f.fixed.get(name) or make_address(chain, rng, kind)
            if broken and chain != "sol":  # base58 sol keys carry no checksum to break
                addr = break_checksum(addr, rng)
                bad.append(addr)
            else:
                good.append(addr)
            values[name] = addr
        elif name == "url":
            url = rng.choice(f.urls).replace("{rand}", rand_token(rng))
            values[name] = defang(url, rng) if defanged else url
        elif name in f.fill:
            values[name] = rng.choice(f.fill[name])
        else:
            gen = generated_slot(name, rng)
            if gen is None:
                raise ValueError(f"family {f.fam}: no value for slot {{{name}}}")
            values[name] = gen
    return SLOT.sub(lambda m: values[m.group(1)], template), good, bad


# ---------------------------------------------------------------- platform details
def _digest_int(text: str, bits: int) -> int:
    return int.from_bytes(hashlib.sha256(text.encode()).digest(), "big") >> (256 - bits)


def author_for(handle: str, platform: str) -> tuple[str, str]:
    """(author, author_id) in the platform's own style, stable for a handle."""
    if platform == "bluesky":
        author = handle.lower() if "." in handle else f"{handle.lower().replace('_', '-')}.bsky.social"
        did = base64.b32encode(hashlib.sha256(author.encode()).digest()[:15]).decode().lower()
        return author, f"did:plc:{did}"
    if platform == "mastodon":
        author = handle if "@" in handle else f"{handle}@{INSTANCES[_digest_int(handle, 8) % len(INSTANCES)]}"
        return author, str(109_000_000_000_000_000 + _digest_int(author, 50))
    clean = re.sub(r"[^A-Za-z0-9_]", "_", handle.split("@")[0])
    if platform == "instagram":
        clean = clean.lower()
    return clean, str(10_000_000 + _digest_int(platform + clean, 56) % 10**18)


def post_id(platform: str, ts: datetime, rng: random.Random) -> str:
    """A post id shaped like the platform's: X/Instagram snowflakes, Mastodon ids, Bluesky TIDs."""
    ms = int(ts.timestamp() * 1000)
    if platform == "bluesky":
        tid = ((ms * 1000 + rng.randrange(1000)) << 10) | rng.getrandbits(10)
        chars = "234567abcdefghijklmnopqrstuvwxyz"
        return "".join(chars[(tid >> (5 * i)) & 31] for i in range(12, -1, -1))
    if platform == "mastodon":
        return str((ms << 16) | rng.getrandbits(16))
    return str(((ms - 1288834974657) << 22) | rng.getrandbits(22))


def parse_day(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).replace(tzinfo=timezone.utc)


def pick_time(f: Family, rng: random.Random) -> datetime:
    lo, hi = parse_day(f.when[0]), parse_day(f.when[1])
    if hi <= lo:
        hi = lo + timedelta(days=1)
    return lo + timedelta(seconds=rng.randrange(int((hi - lo).total_seconds())))


def wrap_links(text: str, platform: str, rng: random.Random) -> tuple[str, list[str]]:
    """URLs the platform would expand; on X about half show as t.co links in the text."""
    urls = [u.rstrip(".,!?)") for u in URL.findall(text)]
    if platform == "x":
        for u in urls:
            if rng.random() < 0.5:
                text = text.replace(u, "https://t.co/" + "".join(rng.choice(B58) for _ in range(10)), 1)
    return text, urls


# ---------------------------------------------------------------- rows
def choose_obfuscation(f: Family, template: str, rng: random.Random) -> str:
    """An obfuscation that changes this template ('' for none)."""
    if f.label != 1 or rng.random() >= f.obf:
        return ""
    options = ["homoglyph", "zero-width", "fullwidth-digits", "spaced-ticker", "defang"]
    rng.shuffle(options)
    for how in options:
        if how == "defang":
            if "{url}" in template:
                return how
        elif obfuscate(template, how, random.Random(0)) != template:
            return how
    return ""


# Tails shared by both labels on purpose, so they vary the text without leaking the label.
TAILS = (" 🙏", " 👀", " ✅", " ❤️", " 🔥", " 💯", " 📌", " 🙌", " #crypto", " #Bitcoin", " #Web3", " 🤝")


def make_row(f: Family, i: int, rng: random.Random) -> dict:
    """One labelled post of family f from its i-th phrasing (cycled), sometimes with a neutral tail."""
    template = f.texts[i % len(f.texts)]
    if i >= len(f.texts) and rng.random() < 0.5:
        template += rng.choice(TAILS)
    how = choose_obfuscation(f, template, rng)
    if how and how != "defang":
        template = obfuscate(template, how, rng)
    broken = rng.random() < f.broken
    text, good, bad = fill_slots(f, template, rng, broken, how == "defang")
    platform = rng.choice(f.platforms)
    text, urls = wrap_links(text, platform, rng)
    wallets = scan(text)
    found = {w["address"] for w in wallets}
    if not set(good) <= found or set(bad) & found:
        raise AssertionError(f"{f.fam}: wallet scan disagrees with the inserted addresses in {text!r}")
    author, author_id = author_for(rng.choice(f.authors), platform)
    ts = pick_time(f, rng)
    sources = f.sources or (X_SOURCES if platform == "x" else SOURCES[platform])
    if platform == "x" and f.xsources:
        sources = f.xsources
    return {"id": post_id(platform, ts, rng), "platform": platform, "author": author, "author_id": author_id,
            "created_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text, "source": rng.choice(sources),
            "lang": f.lang, "urls": urls, "label": f.label, "wallets": wallets, "family": f.fam, "kind": f.kind,
            "split": "", "provenance": f.prov, "obfuscation": how + ("+broken-checksum" if bad else "")}


def family_rows(f: Family, seen: dict[str, str], ids: set[str]) -> list[dict]:
    """Up to f.n rows with globally unique texts; only historical families with pinned addresses may
    repeat a text, and then only under another author (as the 2020 hack did)."""
    rng = random.Random(f"{SEED}:{f.fam}")
    rows: list[dict] = []
    authors_of: dict[str, set[str]] = {}
    for i in range(f.n * 6):
        if len(rows) == f.n:
            break
        row = make_row(f, i, rng)
        owner = seen.get(row["text"])
        repeat_ok = owner == f.fam and bool(f.fixed) and row["author"] not in authors_of.get(row["text"], set())
        if (owner and not repeat_ok) or row["id"] in ids:
            continue
        seen[row["text"]] = f.fam
        authors_of.setdefault(row["text"], set()).add(row["author"])
        ids.add(row["id"])
        rows.append(row)
    return rows


def assign_splits(fams: list[Family]) -> dict[str, str]:
    """~25% of families held out, chosen by SHA-256 of the family id within each stratum.

    Strata are (language, label), and for English also kind, so that every language and, in English,
    every kind with two or more families has families on both sides of the split. The batch is part
    of the stratum so that adding the 2025 families never moves a first-corpus family across the split.
    """
    strata: dict[tuple[str, int, str, int], list[str]] = {}
    for f in fams:
        strata.setdefault((f.lang, f.label, f.kind if f.lang == "en" else "", f.batch), []).append(f.fam)
    split: dict[str, str] = {f.fam: "train" for f in fams if f.batch in TRAIN_ONLY_BATCHES}
    for (_, _, _, batch), names in strata.items():
        if batch in TRAIN_ONLY_BATCHES:
            continue
        ranked = sorted(names, key=lambda n: hashlib.sha256(n.encode()).hexdigest())
        k = max(1, round(len(ranked) * HELDOUT_SHARE)) if len(ranked) >= 2 else 0
        split.update({n: ("heldout" if j < k else "train") for j, n in enumerate(ranked)})
    return split


def build(with_2026: bool = False, with_inv: bool = False) -> list[dict]:
    """Every corpus row, split assigned, sorted by (created_at, platform, id); with_inv adds the training-only
    investment- and recovery-scam families (`inv_rows`)."""
    fams = all_families(with_2026)
    split = assign_splits(fams)
    seen: dict[str, str] = {}
    ids: set[str] = set()
    rows = [r for f in fams for r in family_rows(f, seen, ids)]
    for r in rows:
        r["split"] = split[r["family"]]
    rows = drop_heldout_lookalikes(rows, {f.fam for f in fams if f.batch in TRAIN_ONLY_BATCHES})
    if with_inv:
        rows += inv_rows(rows)
    return sorted(rows, key=lambda r: (r["created_at"], r["platform"], r["id"]))


# Candidate 16 of the model card: training-only investment-scam and recovery-scam families (batch 7). They are
# generated after every other family and every blind set, so no other row of any file changes.
INV_BATCH, INV_PREFIX = 7, "inv-"


def inv_families() -> list[Family]:
    """The families of candidate 16 (data/corpus_src/inv_*.py). Raises ValueError on a wrong batch, id or a
    duplicate family id."""
    from corpus_src import inv_en, inv_intl

    fams = inv_en.FAMILIES + inv_intl.FAMILIES
    wrong = [f.fam for f in fams if f.batch != INV_BATCH or not f.fam.startswith(INV_PREFIX)]
    if wrong:
        raise ValueError(f"candidate-16 families need batch={INV_BATCH} and an id starting {INV_PREFIX!r}: {wrong}")
    _no_duplicates(all_families(with_2026=True) + [f for b in BLIND_SETS for f in _modules_families(b)] + fams)
    return fams


def inv_rows(corpus: list[dict]) -> list[dict]:
    """Rows of the candidate-16 families (split "train"), with texts and ids new to the corpus and the blind sets; a
    row that starts or ends (six words) like a held-out or blind row is dropped, so it cannot leak a test file."""
    blind = [r for rows in build_blind_sets().values() for r in rows]
    seen = {r["text"]: r["family"] for r in corpus + blind}
    ids = {r["id"] for r in corpus + blind}
    new = [dict(r, split="train") for f in inv_families() for r in family_rows(f, seen, ids)]
    return drop_lookalikes(new, [r for r in corpus if r["split"] == "heldout"] + blind)


def build_blind(batch: int = BLIND_BATCH) -> list[dict]:
    """One blind test set's rows (split = its name), sorted like the corpus (see `build_blind_sets`)."""
    return build_blind_sets(last=batch)[batch]


def build_blind_sets(last: int = max(BLIND_SETS)) -> dict[int, list[dict]]:
    """The rows of each blind test set up to batch `last`, by batch. Each set is generated after every other
    family and every earlier blind set, so a text or id already used there is never repeated; a row that starts or
    ends (six words) like any of those rows is dropped, so no model trained on them can have seen it."""
    seen: dict[str, str] = {}
    ids: set[str] = set()
    known = [r for f in all_families(with_2026=True) for r in family_rows(f, seen, ids)]
    sets = {}
    for batch in sorted(b for b in BLIND_SETS if b <= last):
        rows = [dict(r, split=BLIND_SETS[batch][0]) for f in blind_families(batch) for r in family_rows(f, seen, ids)]
        sets[batch] = sorted(drop_lookalikes(rows, known), key=lambda r: (r["created_at"], r["platform"], r["id"]))
        known += rows  # a later set is checked against this one's rows, dropped look-alikes included
    return sets


def drop_lookalikes(rows: list[dict], of: list[dict]) -> list[dict]:
    """The rows whose first and last six words (without links, numbers and punctuation) match no row of `of`."""
    from bot.detect.train import signature_keys  # the near-duplicate keys the janitr split uses

    heads, tails = set(), set()
    for r in of:
        head, tail = signature_keys(r["text"])
        heads.add(head)
        tails.add(tail)
    keep = []
    for r in rows:
        head, tail = signature_keys(r["text"])
        if head not in heads and tail not in tails:
            keep.append(r)
    return keep


def drop_heldout_lookalikes(rows: list[dict], train_only: set[str]) -> list[dict]:
    """Rows of train-only families whose first or last six words equal a held-out row's are dropped:
    text written from the same real incident must not leak the held-out split into training."""
    if not train_only:
        return rows
    new = [r for r in rows if r["family"] in train_only]
    kept = {id(r) for r in drop_lookalikes(new, [r for r in rows if r["split"] == "heldout"])}
    return [r for r in rows if r["family"] not in train_only or id(r) in kept]


def write(rows: list[dict], out: Path) -> dict[str, Path]:
    """Write one JSONL file per split into out; returns split -> path."""
    out.mkdir(parents=True, exist_ok=True)
    paths = {}
    for split in ("train", "heldout"):
        paths[split] = write_rows([r for r in rows if r["split"] == split], out / f"{split}.jsonl")
    return paths


def write_rows(rows: list[dict], path: Path) -> Path:
    """Write rows (the FIELDS of each) as JSONL to path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False) + "\n")
    return path


# ---------------------------------------------------------------- janitr label mapping (see janitr/MAPPING.md)
POSITIVE_JANITR = frozenset({"scam", "phishing", "recovery_scam"})
DEPLOY = re.compile(r"(?i)\bdeploy")


def janitr_excluded(row: dict) -> bool:
    """True for the token-deploy requests (mostly '@bankrbot deploy ...') that janitr labels `scam`."""
    return "scam" in row.get("labels", ()) and bool(DEPLOY.search(row.get("text", "")))


def janitr_label(row: dict) -> int | None:
    """hijackwatch label of a janitr row: 1 scam/phishing/recovery_scam, 0 otherwise, None when excluded."""
    if janitr_excluded(row):
        return None
    return 1 if POSITIVE_JANITR & set(row.get("labels", ())) else 0


def summary(rows: list[dict]) -> str:
    """Counts per split/label, kind, language and platform as readable text."""
    lines = [f"rows {len(rows)}, families {len({r['family'] for r in rows})}, "
             f"positives {sum(r['label'] for r in rows)}"]
    for key in ("split", "kind", "lang", "platform"):
        c = Counter((r[key], r["label"]) for r in rows)
        vals = sorted({k for k, _ in c})
        lines.append(f"{key}: " + ", ".join(f"{v} {c[(v, 1)]}+/{c[(v, 0)]}-" for v in vals))
    fam_split = Counter(v for v in {(r["family"], r["split"]) for r in rows})
    lines.append(f"families per split: {dict(Counter(s for _, s in fam_split))}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE / "corpus", help="output folder (default data/corpus)")
    ap.add_argument("--with-2026", action="store_true", help="add the training-only 2026 extension families")
    ap.add_argument("--with-inv", action="store_true",
                    help="add the training-only investment- and recovery-scam families (model card, candidate 16)")
    args = ap.parse_args(argv)
    rows = build(args.with_2026, args.with_inv)
    write(rows, args.out)
    print(summary(rows))
    for batch, blind in build_blind_sets().items():
        name = BLIND_SETS[batch][0]
        # the blind files sit beside the other held-out files, or in --out when one is given (tests)
        write_rows(blind, (HERE / "heldout" if args.out == HERE / "corpus" else args.out) / f"{name}-heldout.jsonl")
        print(f"blind test set {name}: {len(blind)} rows, {len({r['family'] for r in blind})} families, "
              f"positives {sum(r['label'] for r in blind)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
