"""The labelled corpus under data/: schema, split hygiene, wallet labels, encoders and the janitr mapping."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.detect.train import signature_keys

from bot.post import parse_time

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
CHAINS = {"btc", "eth", "sol", "trx", "xrp", "doge", "ltc"}
LANGS = {"en", "es", "pt", "fr", "de", "tr", "ru", "ja"}
REQUIRED = {"id": str, "platform": str, "author": str, "created_at": str, "text": str}
OPTIONAL = {"author_id": str, "source": str, "lang": str, "urls": list}
EXTRA = {"label": int, "wallets": list, "family": str, "kind": str, "split": str, "provenance": str}


def _load_builder():
    spec = importlib.util.spec_from_file_location("build_corpus", DATA / "build_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["build_corpus"] = mod
    spec.loader.exec_module(mod)
    return mod


bc = _load_builder()
from corpus_src import addresses as addr  # noqa: E402  (importable once build_corpus put data/ on sys.path)


def _rows() -> list[dict]:
    rows = []
    for path in sorted((DATA / "corpus").glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            rows += [dict(json.loads(line), _file=path.stem) for line in fh]
    return rows


ROWS = _rows()


# ---------------------------------------------------------------- schema and size
def test_corpus_size_and_balance():
    pos = sum(r["label"] for r in ROWS)
    assert len(ROWS) >= 3200
    assert len({r["family"] for r in ROWS}) >= 500
    assert 0.28 <= pos / len(ROWS) <= 0.40  # benign-heavy on purpose since the 2025 extension


def _extension_families(label: int) -> Counter:
    fams = {f.fam: f for f in bc.all_families() if f.batch == 1 and f.label == label}
    return Counter(f.lang for f in fams.values())


def test_extension_adds_benign_and_bait_families_in_every_language():
    benign, bait = _extension_families(0), _extension_families(1)
    assert sum(benign.values()) >= 250 and sum(bait.values()) >= 80
    assert benign["en"] > max(benign[lang] for lang in LANGS - {"en"})
    assert all(benign[lang] >= 15 and bait[lang] >= 8 for lang in LANGS - {"en"})


def test_extension_benign_posts_mostly_carry_links_shaped_like_the_platform():
    rows = [r for r in ROWS if r["family"].startswith("x25-") and r["label"] == 0]
    assert sum(bool(r["urls"]) for r in rows) / len(rows) >= 0.6
    tco = [r for r in rows if "https://t.co/" in r["text"]]
    assert len(tco) >= 50 and all(r["platform"] == "x" and r["urls"] for r in tco)
    assert all(not u.startswith("https://t.co/") for r in ROWS for u in r["urls"])  # urls hold expanded links


def test_x_clients_only_on_x():
    x_clients = {r["source"] for r in ROWS if r["platform"] == "x"}
    assert {"SocialFlow", "Sprinklr", "Twitter for iPhone"} <= x_clients
    assert all(r["source"] not in x_clients for r in ROWS if r["platform"] != "x")


def test_extension_never_moves_a_first_corpus_family_across_the_split():
    fams = bc.all_families()
    first = [f for f in fams if f.batch == 0]
    alone, together = bc.assign_splits(first), bc.assign_splits(fams)
    assert all(together[f.fam] == alone[f.fam] for f in first)


def test_every_row_follows_the_post_schema():
    for r in ROWS:
        for name, typ in {**REQUIRED, **OPTIONAL, **EXTRA}.items():
            assert isinstance(r.get(name), typ), (name, r["id"])
        assert r["platform"] in {"x", "bluesky", "mastodon", "instagram"}
        assert r["label"] in (0, 1) and r["split"] in ("train", "heldout") and r["split"] == r["_file"]
        assert r["lang"] in LANGS and r["text"].strip() and r["provenance"] and r["kind"]
        assert parse_time(r["created_at"]).tzinfo is not None
        assert all(u.startswith(("http://", "https://")) and " " not in u for u in r["urls"])
        assert not r["author"].startswith("@")


def test_ids_unique():
    ids = [r["id"] for r in ROWS]
    assert len(ids) == len(set(ids))


def test_texts_never_shared_between_families():
    owners = defaultdict(set)
    for r in ROWS:
        owners[r["text"]].add(r["family"])
    assert all(len(f) == 1 for f in owners.values())


def test_platforms_mixed():
    plats = Counter(r["platform"] for r in ROWS)
    assert {"x", "bluesky", "mastodon"} <= set(plats) and min(plats[p] for p in ("x", "bluesky", "mastodon")) >= 100


# ---------------------------------------------------------------- split hygiene
def test_families_never_straddle_splits_and_are_single_label_and_language():
    per = defaultdict(set)
    for r in ROWS:
        per[r["family"]].add((r["split"], r["label"], r["lang"], r["kind"]))
    assert all(len(v) == 1 for v in per.values())


def test_heldout_share_of_families():
    fam_split = {r["family"]: r["split"] for r in ROWS}
    share = sum(s == "heldout" for s in fam_split.values()) / len(fam_split)
    assert 0.20 <= share <= 0.30


def test_training_only_batch_never_changes_the_heldout_split():
    fams = bc.all_families(with_2026=True)
    split_before = bc.assign_splits([f for f in fams if f.batch not in bc.TRAIN_ONLY_BATCHES])
    split_now = bc.assign_splits(fams)
    assert all(split_now[name] == s for name, s in split_before.items())
    assert all(split_now[f.fam] == "train" for f in fams if f.batch in bc.TRAIN_ONLY_BATCHES)


def test_2026_extension_builds_train_only_rows_and_keeps_the_heldout_file_identical(extended_build):
    tmp_path = extended_build
    assert (tmp_path / "heldout.jsonl").read_bytes() == (DATA / "corpus" / "heldout.jsonl").read_bytes()
    rows = [json.loads(line) for line in (tmp_path / "train.jsonl").open(encoding="utf-8")]
    new = [r for r in rows if r["family"].startswith("x26-")]
    assert len(new) >= 900 and {r["label"] for r in new} == {0, 1} and {r["lang"] for r in new} == LANGS
    held = [signature_keys(r["text"]) for r in ROWS if r["split"] == "heldout"]
    heads, tails = {h for h, _ in held}, {t for _, t in held}
    for r in new:  # written from the same real incidents: nothing may start or end like a held-out post
        head, tail = signature_keys(r["text"])
        assert head not in heads and tail not in tails, r["text"]


def test_lookalike_guard_drops_only_training_only_rows():
    rows = [{"family": "old", "split": "heldout", "text": "Send 1 BTC now and I will send back 2 BTC today ok"},
            {"family": "new", "split": "train", "text": "Send 5 BTC now and I will send back 10 BTC today ok!"},
            {"family": "new", "split": "train", "text": "A completely different sentence about the weather here"},
            {"family": "old2", "split": "train", "text": "Send 3 BTC now and I will send back 6 BTC today ok"}]
    kept = bc.drop_heldout_lookalikes(rows, {"new"})
    assert [r["text"][:12] for r in kept] == ["Send 1 BTC n", "A completely", "Send 3 BTC n"]


def test_both_labels_in_each_split_language_and_pair():
    seen = defaultdict(set)
    for r in ROWS:
        for key in (r["split"], r["lang"], (r["split"], r["lang"])):
            seen[key].add(r["label"])
    assert all(v == {0, 1} for v in seen.values())
    assert {k for k in seen if isinstance(k, str)} >= LANGS | {"train", "heldout"}


def test_each_language_has_enough_positives():
    pos = Counter(r["lang"] for r in ROWS if r["label"] == 1)
    assert all(pos[lang] >= 15 for lang in LANGS)


def test_split_rule_reproduces_from_family_hash():
    fams = bc.all_families()
    expected = bc.assign_splits(fams)
    got = {r["family"]: r["split"] for r in ROWS}
    assert got == {f.fam: expected[f.fam] for f in fams if f.fam in got}
    assert {f.fam for f in fams if f.batch not in bc.TRAIN_ONLY_BATCHES} <= set(got)


# ---------------------------------------------------------------- wallets
def test_labelled_wallets_are_valid_substrings():
    for r in ROWS:
        for w in r["wallets"]:
            assert set(w) == {"chain", "address"} and w["chain"] in CHAINS
            assert w["address"] in r["text"]
            assert addr.chain_of(w["address"]) == w["chain"]


def test_wallet_lists_are_complete():
    assert all(addr.scan(r["text"]) == r["wallets"] for r in ROWS)


def test_every_chain_appears():
    assert {w["chain"] for r in ROWS for w in r["wallets"]} == CHAINS


def test_broken_checksum_rows_have_no_wallets_but_an_address_shape():
    broken = [r for r in ROWS if "broken-checksum" in r["obfuscation"]]
    assert len(broken) >= 15 and all(r["label"] == 1 and r["wallets"] == [] for r in broken)
    shape = re.compile(r"0x[0-9a-fA-F]{40}|bc1[a-z0-9]{20,}|\b[13DLTr][1-9A-HJ-NP-Za-km-z]{25,34}\b")
    assert all(shape.search(r["text"]) for r in broken)


def test_historical_wallets_present():
    texts = " ".join(r["text"] for r in ROWS)
    for known in ("bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh", "357a3So9CbsNfBBgFYACGvxxS6tMaDoa1P",
                  "0x165CD37b4C644C2921454429E7F9358d18A45e14"):
        assert known in texts


def test_hard_negatives_carry_wallets_and_hashes():
    neg_wallet = [r for r in ROWS if r["label"] == 0 and r["wallets"]]
    assert len(neg_wallet) >= 60
    neg = [r["text"] for r in ROWS if r["label"] == 0]
    for shape in (r"\b[0-9a-f]{40}\b", r"\b0x[0-9a-f]{64}\b", r"\b[0-9a-f]{8}-[0-9a-f]{4}-4"):
        assert sum(bool(re.search(shape, t)) for t in neg) >= 5, shape


def test_obfuscated_variants_present():
    pos = [r["text"] for r in ROWS if r["label"] == 1]
    checks = {
        "cyrillic homoglyph in Latin text": lambda t: re.search(r"[A-Za-z][\u0430-\u0456\u0400-\u042f]|[\u0400-\u04ff][A-Za-z]", t),
        "zero-width": lambda t: re.search("[\u200b\u200c\u2060]", t),
        "full-width digit": lambda t: re.search("[\uff10-\uff19]", t),
        "defanged domain": lambda t: re.search(r"\[\.\]|\(\.\)|hxxps", t),
        "spaced ticker": lambda t: re.search(r"\b(B T C|E T H|U S D T|X R P)\b", t),
    }
    for name, check in checks.items():
        assert sum(bool(check(t)) for t in pos) >= 5, name


def test_historical_incident_dates():
    days = {r["family"]: r["created_at"][:10] for r in ROWS if r["family"] in
            ("tw2020-personal", "sec-2024-etf", "vitalik-2023-consensys-nft", "mandiant-2024-phantom")}
    assert days == {"tw2020-personal": "2020-07-15", "sec-2024-etf": "2024-01-09",
                    "vitalik-2023-consensys-nft": "2023-09-09", "mandiant-2024-phantom": "2024-01-03"}


# ---------------------------------------------------------------- generator determinism / files in sync
def test_committed_files_match_a_fresh_build(tmp_path):
    bc.write(bc.build(), tmp_path)
    for split in ("train", "heldout"):
        assert (tmp_path / f"{split}.jsonl").read_bytes() == (DATA / "corpus" / f"{split}.jsonl").read_bytes()


# ---------------------------------------------------------------- encoders: known vectors and properties
@pytest.mark.parametrize("address,chain", [
    ("bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh", "btc"),
    ("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "btc"),
    ("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", "btc"),
    ("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "eth"),
    ("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", "eth"),
    ("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "eth"),
    ("0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb", "eth"),
    ("So11111111111111111111111111111111111111112", "sol"),
    ("rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh", "xrp"),
    ("TEFccmfQ38cZS1DTZVhsxKVDckA8Y6VfCy", "trx"),
])
def test_known_addresses_validate(address, chain):
    assert addr.chain_of(address) == chain


@pytest.mark.parametrize("address", [
    "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlj",  # last char changed
    "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb",
    "0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed",  # one letter's case flipped
    "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed",  # all lowercase carries no checksum: not listed
    "bC1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",  # mixed case bech32
])
def test_bad_addresses_rejected(address):
    assert addr.chain_of(address) is None


def test_keccak_vector():
    assert addr.keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"


@settings(max_examples=60, deadline=None)
@given(st.binary(min_size=20, max_size=20), st.sampled_from([0x00, 0x05, 0x1E, 0x30, 0x41]), st.data())
def test_base58check_roundtrip_and_single_substitution(payload, version, data):
    text = addr.b58check_encode(bytes([version]) + payload)
    assert addr.b58check_decode(text) == bytes([version]) + payload
    i = data.draw(st.integers(0, len(text) - 1))
    repl = data.draw(st.sampled_from([c for c in addr.B58 if c != text[i]]))
    assert addr.b58check_decode(text[:i] + repl + text[i + 1:]) != bytes([version]) + payload


@settings(max_examples=60, deadline=None)
@given(st.sampled_from([(0, 20), (0, 32), (1, 32)]), st.data())
def test_segwit_roundtrip_and_substitution_detected(kind, data):
    version, size = kind
    prog = data.draw(st.binary(min_size=size, max_size=size))
    text = addr.segwit_encode("bc", version, prog)
    assert addr.segwit_decode(text) == ("bc", version, prog)
    i = data.draw(st.integers(3, len(text) - 1))
    repl = data.draw(st.sampled_from([c for c in addr.BECH if c != text[i]]))
    assert addr.segwit_decode(text[:i] + repl + text[i + 1:]) is None  # bech32 detects any single error


@settings(max_examples=40, deadline=None)
@given(st.binary(min_size=20, max_size=20), st.data())
def test_eip55_case_flip_detected(raw, data):
    text = addr.eip55(raw)
    letters = [i for i, c in enumerate(text) if i > 1 and c.isalpha()]
    if len(letters) < 2 or text[2:] in (text[2:].lower(), text[2:].upper()):
        return  # too few letters to carry a checksum; eth_valid treats single-case as unchecksummed
    assert addr.eth_valid(text)
    i = data.draw(st.sampled_from(letters))
    assert not addr.eth_valid(text[:i] + text[i].swapcase() + text[i + 1:])


def test_scan_ignores_hashes_and_signatures():
    sha, tx = "a" * 40, "0x" + "b" * 64
    sig = addr.b58encode(b"\x01" * 64)
    assert addr.scan(f"commit {sha} tx {tx} sig {sig}") == []


# ---------------------------------------------------------------- janitr copy and mapping
def _janitr() -> list[dict]:
    with (DATA / "janitr" / "train.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def test_janitr_copy_present_with_license_and_mapping():
    for name in ("train.jsonl", "LICENSE", "SOURCE.md", "MAPPING.md"):
        assert (DATA / "janitr" / name).stat().st_size > 0
    assert "MIT License" in (DATA / "janitr" / "LICENSE").read_text()


def test_janitr_mapping_counts_match_mapping_md():
    labels = Counter(bc.janitr_label(r) for r in _janitr())
    assert labels == {0: 2805, 1: 221, None: 186}
    text = (DATA / "janitr" / "MAPPING.md").read_text()
    for n in ("2,805", "221", "186", "181"):
        assert n in text


def test_janitr_bankrbot_deploy_rows_all_excluded():
    rows = _janitr()
    bankr = [r for r in rows if "scam" in r["labels"] and re.search("bankrbot", r["text"], re.I)
             and re.search("deploy", r["text"], re.I)]
    assert len(bankr) == 181 and all(bc.janitr_label(r) is None for r in bankr)
    assert all("scam" in r["labels"] for r in rows if bc.janitr_excluded(r))


@pytest.mark.parametrize("labels,text,expected", [
    (["phishing"], "claim here", 1), (["recovery_scam", "scam"], "we recover funds", 1),
    (["spam", "promo"], "buy now", 0), (["clean"], "hello", 0), (["scam"], "@bankrbot deploy X", None),
    (["promo"], "@bankrbot deploy X", 0),
])
def test_janitr_label_rule(labels, text, expected):
    assert bc.janitr_label({"labels": labels, "text": text}) == expected


# ---------------------------------------------------------------- the blind test sets (batches 3 to 6)
BLIND = {"blind": ("b26-", DATA / "heldout" / "blind-heldout.jsonl"),
         "blind2": ("c26-", DATA / "heldout" / "blind2-heldout.jsonl"),
         "blind3": ("c26-", DATA / "heldout" / "blind3-heldout.jsonl"),
         "blind4": ("c26-", DATA / "heldout" / "blind4-heldout.jsonl")}  # sealed: no model has read it


def _blind_rows(name: str) -> list[dict]:
    return [json.loads(line) for line in BLIND[name][1].open(encoding="utf-8")]


@pytest.fixture(scope="module")
def extended_build(tmp_path_factory):
    """A fresh build with the 2026 extension, into a temporary folder (the blind files land there too)."""
    out = tmp_path_factory.mktemp("extended")
    bc.main(["--out", str(out), "--with-2026"])
    return out


@pytest.mark.parametrize("name", BLIND)
def test_blind_test_set_rebuilds_identically(extended_build, name):
    assert (extended_build / f"{name}-heldout.jsonl").read_bytes() == BLIND[name][1].read_bytes()


@pytest.mark.parametrize("name", BLIND)
def test_blind_test_set_covers_both_labels_every_language_and_follows_the_schema(name):
    blind = _blind_rows(name)
    assert len(blind) >= 500 and {r["lang"] for r in blind} == LANGS
    assert all(r["split"] == name and r["family"].startswith(BLIND[name][0]) for r in blind)
    for lang in LANGS:
        assert {r["label"] for r in blind if r["lang"] == lang} == {0, 1}
    assert all(addr.scan(r["text"]) == r["wallets"] for r in blind)


@pytest.mark.parametrize("name", BLIND)
def test_no_model_can_have_trained_on_a_blind_set(extended_build, name):
    known = [json.loads(line) for f in ("train", "heldout") for line in (extended_build / f"{f}.jsonl").open()]
    earlier = list(BLIND)[:list(BLIND).index(name)]
    for other in earlier:  # a later set shares nothing with an earlier one either
        known += _blind_rows(other)
    blind = _blind_rows(name)
    assert not {r["family"] for r in blind} & {r["family"] for r in known}
    keys = [signature_keys(r["text"]) for r in known]
    heads, tails = {h for h, _ in keys}, {t for _, t in keys}
    for r in blind:  # nothing starts or ends like a corpus, 2026-extension or earlier blind post
        head, tail = signature_keys(r["text"])
        assert head not in heads and tail not in tails, r["text"]
    assert all(f.batch == batch for batch in bc.BLIND_SETS for f in bc.blind_families(batch))


def test_lookalike_filter_keeps_only_rows_unlike_the_reference():
    ref = [{"text": "Send 1 BTC now and I will send back 2 BTC today ok"}]
    rows = [{"text": "Send 5 BTC now and I will send back 10 BTC, offer ends soon"},  # same first six words
            {"text": "Totally new wording here, and I will send back 2 BTC today ok"},  # same last six words
            {"text": "A completely different sentence about the weather here"}]
    assert [r["text"][:12] for r in bc.drop_lookalikes(rows, ref)] == ["A completely"]


def test_candidate_16_families_build_train_only_rows_and_change_no_other_file(tmp_path):
    with contextlib.redirect_stdout(io.StringIO()):
        bc.main(["--out", str(tmp_path), "--with-inv"])
    rows = [json.loads(line) for line in (tmp_path / "train.jsonl").open(encoding="utf-8")]
    new = [r for r in rows if r["family"].startswith(bc.INV_PREFIX)]
    assert len(new) >= 400 and {r["label"] for r in new} == {0, 1} and {r["lang"] for r in new} == LANGS
    assert {r["kind"] for r in new if r["label"]} == {"investment-scam", "recovery"}
    old = "".join(line for line in (tmp_path / "train.jsonl").open(encoding="utf-8") if '"family": "inv-' not in line)
    assert old == (DATA / "corpus" / "train.jsonl").read_text(encoding="utf-8")
    assert (tmp_path / "heldout.jsonl").read_bytes() == (DATA / "corpus" / "heldout.jsonl").read_bytes()
    for name in BLIND:
        assert (tmp_path / f"{name}-heldout.jsonl").read_bytes() == BLIND[name][1].read_bytes()
    tests = [r for name in BLIND for r in _blind_rows(name)] + [r for r in ROWS if r["split"] == "heldout"]
    heads, tails = {signature_keys(r["text"])[0] for r in tests}, {signature_keys(r["text"])[1] for r in tests}
    assert not [r["text"] for r in new if signature_keys(r["text"])[0] in heads or signature_keys(r["text"])[1] in tails]
