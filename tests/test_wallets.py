"""Wallet extraction: real-world and BIP/EIP vectors, negatives, random payloads, speed."""

from __future__ import annotations

import hashlib
import random
import time

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from bot.detect import wallets as W
from bot.detect.normalize import normalize
from bot.detect.wallets import find_wallets
from bot.post import Wallet

# Addresses published on-chain or in the specs, with the chain each must be read as.
KNOWN = [
    ("btc", "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"),  # July 2020 Twitter hack
    ("btc", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"),  # genesis block
    ("btc", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"),
    ("btc", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"),
    ("btc", "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"),  # BIP350
    ("btc", "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4"),  # BIP173, upper case
    ("eth", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"),  # EIP-55 vectors
    ("eth", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"),
    ("eth", "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB"),
    ("eth", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"),
    ("eth", "0x52908400098527886E0F7030069857D2E4169EE7"),  # all upper
    ("eth", "0xde709f2102306220921060314715629080e2fb77"),  # all lower
    ("eth", "0xdAC17F958D2ee523a2206206994597C13D831ec7"),  # USDT ERC-20 contract
    ("xrp", "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh"),  # Ripple genesis
    ("trx", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"),  # USDT TRC-20 contract
    ("doge", "DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L"),
    ("ltc", "LM2WMpR1Rp6j3Sa59cMXMs1SPzj9eXpGc1"),
    ("sol", "So11111111111111111111111111111111111111112"),  # wrapped SOL mint
    ("sol", "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v"),  # USDC mint
]

B58_VERSIONS = [("btc", 0x00), ("btc", 0x05), ("trx", 0x41), ("doge", 0x1E), ("doge", 0x16),
                ("ltc", 0x30), ("ltc", 0x32)]


# ---------------------------------------------------------------- hashing

def test_keccak256_known_answers() -> None:
    assert W.keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    assert W.keccak256(b"abc").hex() == "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"
    assert W.keccak256(b"abc") != hashlib.sha3_256(b"abc").digest()


@given(st.binary(max_size=600))
@settings(max_examples=60, deadline=None)
def test_sponge_with_sha3_padding_matches_hashlib(data: bytes) -> None:
    # SHA3-256 is the same permutation and rate with a different pad byte, so hashlib
    # checks the permutation over single- and multi-block inputs.
    assert W._sponge(data, 0x06) == hashlib.sha3_256(data).digest()


# ---------------------------------------------------------------- known addresses

@pytest.mark.parametrize(("chain", "address"), KNOWN)
def test_known_addresses_are_found(chain: str, address: str) -> None:
    text = f"Solana CA drop! send to {address}, thanks"
    assert find_wallets(text) == [Wallet(chain, address)]


@pytest.mark.parametrize(("chain", "address"), [k for k in KNOWN if k[0] != "sol"])
def test_known_addresses_need_no_context(chain: str, address: str) -> None:
    assert find_wallets(f"{address}") == [Wallet(chain, address)]


def test_bip350_segwit_vectors_decode_to_script() -> None:
    vectors = {
        "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4": "0014751e76e8199196d454941c45d1b3a323f1433bd6",
        "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7":
            "00201863143c14c5166804bd19203356da136c985678cd4d27a1b8c6329604903262",
        "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y":
            "5128751e76e8199196d454941c45d1b3a323f1433bd6751e76e8199196d454941c45d1b3a323f1433bd6",
        "BC1SW50QGDZ25J": "6002751e",
        "bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs": "5210751e76e8199196d454941c45d1b3a323",
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0":
            "512079be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798",
    }
    for address, script in vectors.items():
        decoded = W.segwit_decode(address)
        assert decoded is not None, address
        _, version, program = decoded
        op = 0 if version == 0 else 0x50 + version
        assert bytes([op, len(program)]) + program == bytes.fromhex(script)


@pytest.mark.parametrize("address", [
    "tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut",  # wrong hrp
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd",  # bech32 for v1
    "BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL",
    "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh",  # bech32m for v0
    "bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4",  # bad checksum char
    "BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R",  # version 19
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav",  # 41 bytes
    "BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P",  # v0 with 16 bytes
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf",  # >4 bits padding
    "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5",  # last character changed
    "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlH",  # mixed case
])
def test_invalid_segwit_addresses_are_not_wallets(address: str) -> None:
    assert find_wallets(f"pay {address} now") == []


def test_eip55_rejects_wrong_case() -> None:
    good = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
    bad = good[:-1] + "D"
    assert W.is_eip55(good) and not W.is_eip55(bad)
    assert find_wallets(f"send {bad}") == []
    assert W.eth_checksum(good.lower()) == good


# ---------------------------------------------------------------- things that are not wallets

@pytest.mark.parametrize("text", [
    "tx 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060 confirmed",
    "tx 5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060 confirmed",
    "fixed in commit 5aaeb6053f3e94c9b9a09f33669435e7ef1beaed today",
    "fixed in commit 9fceb02d0ae598e95dc970b74767f19372d61af8 today",
    "id 123e4567-e89b-12d3-a456-426614174000 ok",
    "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed1 is one hex digit too long",
    "ab0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed glued behind",
    "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAedZ glued ahead",
    "x1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa glued",
    "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa7 glued",
    "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb broken checksum",
    "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTH broken checksum",
    "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v with no chain words",
    "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlhq trailing char",
    "ltc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh btc checksum under ltc hrp",
    "",
    "0x" * 30,
])
def test_non_wallets_are_rejected(text: str) -> None:
    assert find_wallets(text) == []


def test_sol_needs_context_or_pump_suffix() -> None:
    key = W.b58encode(hashlib.sha256(b"some mint").digest())
    assert find_wallets(f"look at {key}") == []
    assert find_wallets(f"new memecoin {key}") == [Wallet("sol", key)]
    assert find_wallets(f"CA: {key}") == [Wallet("sol", key)]
    assert find_wallets(f"ca: {key}") == []  # "ca" only counts as the upper-case abbreviation
    pump = _pump_address()
    assert find_wallets(f"aping {pump} now") == [Wallet("sol", pump)]


def test_sol_must_decode_to_exactly_32_bytes() -> None:
    short = W.b58encode(b"\x07" * 31)
    long = W.b58encode(b"\xff" * 33)
    assert find_wallets(f"solana {short} {long}") == []


def _pump_address() -> str:
    """Find a 32-byte key whose base58 form ends in "pump", as pump.fun grinds for."""
    rng = random.Random(7)
    while True:
        head = rng.getrandbits(256).to_bytes(32, "big")
        text = W.b58encode(head)
        # Replace the tail with "pump" and keep it only if it still decodes to 32 bytes.
        candidate = text[:-4] + "pump"
        raw = W.b58decode(candidate)
        if raw is not None and len(raw) == 32 and len(candidate) >= 32:
            return candidate


def test_p2sh_version_5_is_btc_not_ltc() -> None:
    address = W.b58check_encode(0x05, bytes(20))
    assert address.startswith("3") and find_wallets(address) == [Wallet("btc", address)]


def test_dedup_keeps_order_of_first_appearance() -> None:
    a, b = KNOWN[1][1], KNOWN[6][1]
    text = f"{b} or {a}; again {b}\n{a}"
    assert find_wallets(text) == [Wallet("eth", b), Wallet("btc", a)]


def test_obfuscated_address_found_after_normalize() -> None:
    text = "send to bc1qxy2kgd\u200bygjrsqtzq2n0yrf2493p83kkfjhx0wlh (0x5аAeb6053F3E94C9b9A09f33669435E7Ef1BeAed)"
    found = find_wallets(normalize(text).text)
    assert [w.address for w in found] == ["bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
                                          "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"]


# ---------------------------------------------------------------- random valid addresses

payload20 = st.binary(min_size=20, max_size=20)


@st.composite
def encoded_addresses(draw: st.DrawFn) -> tuple[str, str]:
    """(chain, address) built by the module's own encoders from a random payload."""
    kind = draw(st.sampled_from(["b58", "xrp", "segwit", "eth", "sol"]))
    if kind == "b58":
        chain, version = draw(st.sampled_from(B58_VERSIONS))
        return chain, W.b58check_encode(version, draw(payload20))
    if kind == "xrp":
        return "xrp", W.b58check_encode(0, draw(payload20), W.XRP_ALPHABET)
    if kind == "segwit":
        hrp = draw(st.sampled_from(["bc", "ltc"]))
        version, size = draw(st.sampled_from([(0, 20), (0, 32), (1, 32)]))
        program = draw(st.binary(min_size=size, max_size=size))
        address = W.segwit_encode(hrp, version, program)
        return ("btc" if hrp == "bc" else "ltc"), address.upper() if draw(st.booleans()) else address
    if kind == "eth":
        return "eth", W.eth_checksum("0x" + draw(payload20).hex())
    key = draw(st.binary(min_size=32, max_size=32))
    assume(not all(c in "0123456789abcdefABCDEF" for c in W.b58encode(key)))
    return "sol", W.b58encode(key)


@given(encoded_addresses(), st.sampled_from(["", "Send ", "solana CA: ", "(", "地址"]),
       st.sampled_from(["", " now!", ".", ")", "\n2x back"]))
@settings(max_examples=400, deadline=None)
def test_any_encoded_payload_is_found(pair: tuple[str, str], before: str, after: str) -> None:
    chain, address = pair
    text = before + address + after
    if chain == "sol" and "CA" not in before:
        text += " on Solana"
    assert find_wallets(text) == [Wallet(chain, address)]


@given(encoded_addresses(), st.data())
@settings(max_examples=400, deadline=None)
def test_single_character_change_breaks_checksum(pair: tuple[str, str], data: st.DataObject) -> None:
    chain, address = pair
    assume(chain != "sol")  # Solana addresses carry no checksum at all
    if chain == "eth":
        # Flipping a letter's case must break EIP-55 (digit edits can collide with 2^-letters odds).
        letters = [i for i, c in enumerate(address) if i > 1 and c.isalpha()]
        assume(letters)
        i = data.draw(st.sampled_from(letters))
        changed = address[:i] + address[i].swapcase() + address[i + 1:]
        assume(changed[2:] not in (changed[2:].lower(), changed[2:].upper()))
    else:
        alphabet = _alphabet_for(chain, address)
        i = data.draw(st.integers(0, len(address) - 1))
        if alphabet is W._BECH32_CHARSET and i <= address.find("1"):
            i = address.find("1") + 1 + data.draw(st.integers(0, len(address) - address.find("1") - 2))
        bech = alphabet is W._BECH32_CHARSET
        old = address[i].lower() if bech else address[i]
        new = data.draw(st.sampled_from([c for c in alphabet if c != old]))
        new = new.upper() if bech and address.isupper() else new
        changed = address[:i] + new + address[i + 1:]
    assert find_wallets(f"solana CA {changed}") == []


def _alphabet_for(chain: str, address: str) -> str:
    if address.lower().startswith(("bc1", "ltc1")):
        return W._BECH32_CHARSET
    return W.XRP_ALPHABET if chain == "xrp" else W.BTC_ALPHABET


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_never_raises_and_returns_substrings(text: str) -> None:
    for wallet in find_wallets(text):
        assert wallet.address in text and wallet.chain in W.CHAINS


@given(st.lists(st.one_of(st.sampled_from([a for _, a in KNOWN]),
                          st.text(alphabet=W.BTC_ALPHABET + "0x O-l", max_size=60)), max_size=8))
@settings(max_examples=300, deadline=None)
def test_mixed_fragments_return_substrings_in_order(parts: list[str]) -> None:
    text = " ".join(parts)
    found = find_wallets(text)
    positions = [text.find(w.address) for w in found]
    assert all(p >= 0 for p in positions) and positions == sorted(positions)
    assert len({w.address for w in found}) == len(found)


# ---------------------------------------------------------------- speed

@pytest.mark.parametrize("text", [
    W.BTC_ALPHABET * 1800,  # ~100k base58 characters in one run
    "0x" * 50000,
    "1" * 100000,
    ("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa " * 3000),  # 3000 copies of one address
    " ".join(W.b58encode(random.Random(i).randbytes(25)) for i in range(2900)),  # all decoded
])
def test_pathological_100kb_is_fast(text: str) -> None:
    start = time.process_time()
    find_wallets(text + " solana")
    assert time.process_time() - start < 0.1


def test_typical_posts_throughput() -> None:
    rng = random.Random(3)
    words = "send back double giveaway thanks everyone launch today community news team".split()
    posts = [" ".join(rng.choice(words) for _ in range(22)) for _ in range(5000)]
    start = time.process_time()
    for post in posts:
        find_wallets(post)
    rate = len(posts) / (time.process_time() - start)
    assert rate > 100_000  # measured ~500k/s; generous margin for a loaded machine


def test_solana_context_from_folded_text_and_payment_words():
    from bot.detect.normalize import normalize

    addr = "So11111111111111111111111111111111111111112"
    spaced = normalize(f"I'm giving 50,000 S O L away, participate: {addr}")
    assert find_wallets(spaced.text) == [] or find_wallets(spaced.text)[0].address == addr
    assert [w.chain for w in find_wallets(spaced.text, spaced.folded)] == ["sol"]
    assert [w.chain for w in find_wallets(f"If you want to tip: {addr}")] == ["sol"]
    assert find_wallets(f"Build id {addr} deployed") == []


@given(st.lists(st.one_of(st.sampled_from([a for _, a in KNOWN] + [" ", "\n", "\u00a0", "\u3000", "é", "-", "0x"]),
                          st.text(alphabet=W.BTC_ALPHABET + "0x O-l\t", max_size=40)), max_size=10).map("".join))
@settings(max_examples=300, deadline=None)
def test_token_candidates_equal_one_scan(text: str) -> None:
    assert W._candidates(text) == [m.group() for m in W._CANDIDATE_RE.finditer(text)]


@pytest.mark.parametrize("before", [
    "Mi billetera para el sorteo:",  # es
    "Nueva dirección de la preventa →",
    "Endereço da carteira pra participar:",  # pt
    "Entrem na pré-venda agora:",
    "Adresse du portefeuille :",  # fr
    "Die Vorverkauf-Phase läuft, Adresse:",  # de
    "Katılım için cüzdan adresi:",  # tr
    "Адрес кошелька для участия:",  # ru
    "Отправьте SOL сюда",
    "参加用ウォレットアドレス：",  # ja
])
def test_solana_context_in_the_languages_whose_bait_counts(before: str) -> None:
    key = W.b58encode(hashlib.sha256(before.encode()).digest())
    assert find_wallets(f"{before} {key}") == [Wallet("sol", key)]


@pytest.mark.parametrize("before", ["Compilación lista, id", "Der Build-Hash lautet", "Сборка номер", "ビルドID"])
def test_solana_context_words_do_not_make_every_base58_id_a_wallet(before: str) -> None:
    key = W.b58encode(hashlib.sha256(before.encode()).digest())
    assert find_wallets(f"{before} {key}") == []


# ---------------------------------------------------------------- reviewed bugs (session 13)

# 32-byte base58 strings (Solana addresses) that happen to start like a bech32 address.
SOL_LIKE_BECH32 = ["BC1nZUZvjDLKeyYwZSew3XGptSTjCQcymrkpQ6VjZ7r", "bc19dwtq5H8YqVXiRsE7Y2zvRUfqr1mVJotFe7zM222",
                   "LTC1BavSQYo2X3LnwgeeSiBBZF1rDbxcFSZPwdPWJjc"]


@pytest.mark.parametrize("address", SOL_LIKE_BECH32)
def test_solana_address_starting_like_bech32_is_found(address: str) -> None:
    # Bug 7: a failed segwit decode returned early, so base58 was never tried.
    assert len(W.b58decode(address)) == 32 and W.classify(address) == "sol"
    assert find_wallets(f"Solana wallet: {address}") == [Wallet("sol", address)]
    assert find_wallets(f"Build {address}") == []  # Solana still needs its context words


def test_russian_send_word_is_solana_context_after_normalize() -> None:
    # Bug 2: the address made the post "mostly Latin", so "Отправь" was folded to "Otnpabb".
    n = normalize("Отправь на 7xKXtg2CW87d97TXJSDpbD5jBkheTqA83TZRuJosgAsU")
    assert find_wallets(n.text, n.folded) == [Wallet("sol", "7xKXtg2CW87d97TXJSDpbD5jBkheTqA83TZRuJosgAsU")]


def test_one_wallet_in_two_cases_is_listed_once_as_first_written() -> None:
    # Bug 8: an EIP-55 address and its lowercase form were two wallets; so were bech32 in upper and lower case.
    eth, bech = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
    text = f"{eth} {eth.lower()} {bech.upper()} {bech} {eth.upper().replace('0X', '0x')}"
    assert find_wallets(text) == [Wallet("eth", eth), Wallet("btc", bech.upper())]
    assert W.address_key(Wallet("eth", eth)) == eth.lower()
    assert W.address_key(Wallet("btc", bech.upper())) == bech
    sol = SOL_LIKE_BECH32[0]  # base58 is case-sensitive: its key is the address itself
    assert W.address_key(Wallet("sol", sol)) == sol and W.address_key(Wallet("btc", KNOWN[1][1])) == KNOWN[1][1]
