"""Find checksum-valid cryptocurrency addresses in (normalized) post text.

Chains: btc, eth, sol, trx, xrp, doge, ltc. Every algorithm is pure Python:
base58check (double SHA-256), bech32/bech32m (BIP173/BIP350), EIP-55 (keccak-256).
One compiled regex pulls maximal ASCII-alphanumeric runs of 25+ characters; only
those runs are decoded, so a post without such a run costs one regex scan.
The encoders are public too: tests build random valid addresses with them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import lru_cache

from bot.post import Wallet

__all__ = [
    "find_wallets", "classify", "keccak256", "b58encode", "b58decode",
    "b58check_encode", "b58check_decode", "segwit_encode", "segwit_decode",
    "eth_checksum", "is_eip55", "address_key", "CHAINS",
]

CHAINS = ("btc", "eth", "sol", "trx", "xrp", "doge", "ltc")

BTC_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
XRP_ALPHABET = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"

# A maximal run of ASCII letters/digits, at least as long as the shortest address.
# The greedy run cannot backtrack into a shorter match (the lookbehind pins its start),
# so a 100 KB alphanumeric string is one linear scan.
_CANDIDATE_RE = re.compile(r"(?<![0-9A-Za-z])[0-9A-Za-z]{25,}")
_MAX_CANDIDATE = 90  # bech32 limit; base58 addresses stop at 44, eth at 42

# Base58check version byte -> chain. 0x05 (P2SH, "3...") is shared by BTC and legacy
# LTC; the contract prefers btc.
_B58_VERSIONS = {0x00: "btc", 0x05: "btc", 0x41: "trx", 0x1E: "doge", 0x16: "doge",
                 0x30: "ltc", 0x32: "ltc"}
_SEGWIT_HRPS = {"bc": "btc", "ltc": "ltc"}
_SEGWIT_CHAINS = frozenset(_SEGWIT_HRPS.values())
# One case, and only bech32 characters after the separator: what a bech32 address looks like.
_BECH32_SHAPE_RE = re.compile(
    r"(?:bc|ltc)1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]+|(?:BC|LTC)1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]+")

# Words that make a bare 32-byte base58 string plausibly a Solana address or mint.
_SOL_CONTEXT_RE = re.compile(
    r"(?i:\b(?:solana|sol|phantom|pump\.?fun|memecoin|meme\s?coin|contract|solscan"
    r"|raydium|dexscreener|birdeye|wallet|address|tips?|donat\w*|send|sending|sent|airdrop|mint)\b)|\bCA\b"
    # the same words in the languages whose bait counts (es, pt, fr, de, tr, ru, ja) and Chinese:
    # wallet, address, contract, presale, send
    r"|(?i:\b(?:cartera|billetera|carteira|portefeuille|c[üu]zdan\w*|кошел[её]к\w*|direcci[oó]n|endere[cç]o"
    r"|adres\w*|адрес\w*|contrato|contrat|kontrakt\w*|kontrat\w*|контракт\w*|preventa|pr[eé]-?venda"
    r"|pr[eé]vente|vorverkauf|[öo]n\s?sat[ıi][şs]\w*|пресейл\w*|env[ií]a\w*|envie\w*|envoye[zr]|g[öo]nder\w*"
    r"|отправ\w*)\b)|ウォレット|アドレス|コントラクト|プレセール|送金|钱包|地址|合约"
)
_HEX_RE = re.compile(r"[0-9a-fA-F]+")


# ---------------------------------------------------------------- keccak-256

def _keccak_constants() -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Round constants and per-lane rotations of keccak-f[1600], derived per FIPS 202."""
    rotations = [0] * 25
    x, y = 1, 0
    for t in range(24):
        rotations[x + 5 * y] = ((t + 1) * (t + 2) // 2) % 64
        x, y = y, (2 * x + 3 * y) % 5
    lfsr, constants = 1, []
    for _ in range(24):
        rc = 0
        for j in range(7):
            if lfsr & 1:
                rc |= 1 << ((1 << j) - 1)
            # The LFSR x^8 + x^6 + x^5 + x^4 + 1 from the spec's rc(t).
            lfsr = ((lfsr << 1) ^ 0x71) & 0xFF if lfsr & 0x80 else lfsr << 1
        constants.append(rc)
    return tuple(constants), tuple(rotations)


_ROUND_CONSTANTS, _ROTATIONS = _keccak_constants()
_MASK64 = (1 << 64) - 1
# rho+pi as one table: destination lane i takes source lane s, its theta column s % 5,
# rotated by the source's offset (pi moves lane (x, y) to (y, 2x + 3y)).
_PI_SOURCE = tuple(
    next(x + 5 * y for x in range(5) for y in range(5) if y + 5 * ((2 * x + 3 * y) % 5) == dest)
    for dest in range(25)
)
_RHO_PI = tuple((s, s % 5, _ROTATIONS[s], 64 - _ROTATIONS[s]) for s in _PI_SOURCE)
# chi: lane i combines with the next two lanes of its row.
_CHI = tuple((i - i % 5 + (i + 1) % 5, i - i % 5 + (i + 2) % 5) for i in range(25))


def _keccak_f(a: list[int]) -> None:
    """Apply the 24-round keccak-f[1600] permutation to 25 64-bit lanes in place."""
    mask = _MASK64
    for rc in _ROUND_CONSTANTS:
        c = [a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20] for x in range(5)]
        d = [c[x - 1] ^ (((c[(x + 1) % 5] << 1) | (c[(x + 1) % 5] >> 63)) & mask) for x in range(5)]
        b = [(((a[s] ^ d[col]) << r) | ((a[s] ^ d[col]) >> inv)) & mask for s, col, r, inv in _RHO_PI]
        a[:] = [b[i] ^ (~b[j] & b[k]) for i, (j, k) in enumerate(_CHI)]
        a[0] ^= rc


def keccak256(data: bytes) -> bytes:
    """Original Keccak-256 (Ethereum's hash; differs from NIST SHA3-256 only in padding)."""
    return _sponge(data, 0x01)


def _sponge(data: bytes, suffix: int) -> bytes:
    """256-bit sponge over keccak-f[1600]; suffix 0x01 is Keccak, 0x06 is SHA3-256."""
    rate = 136
    padded = bytearray(data) + bytes([suffix]) + bytes(-(len(data) + 1) % rate)
    padded[-1] |= 0x80
    state = [0] * 25
    for off in range(0, len(padded), rate):
        for i in range(rate // 8):
            state[i] ^= int.from_bytes(padded[off + 8 * i: off + 8 * i + 8], "little")
        _keccak_f(state)
    return b"".join(lane.to_bytes(8, "little") for lane in state[:4])


# ---------------------------------------------------------------- base58

_INDEX = {BTC_ALPHABET: {c: i for i, c in enumerate(BTC_ALPHABET)},
          XRP_ALPHABET: {c: i for i, c in enumerate(XRP_ALPHABET)}}


def b58encode(data: bytes, alphabet: str = BTC_ALPHABET) -> str:
    """Base58-encode bytes; each leading zero byte becomes the alphabet's first symbol."""
    n = int.from_bytes(data, "big")
    out = []
    while n:
        n, r = divmod(n, 58)
        out.append(alphabet[r])
    pad = len(data) - len(data.lstrip(b"\0"))
    return alphabet[0] * pad + "".join(reversed(out))


def b58decode(text: str, alphabet: str = BTC_ALPHABET) -> bytes | None:
    """Decode base58; None when a character is outside the alphabet."""
    index, n = _INDEX[alphabet], 0
    for ch in text:
        digit = index.get(ch)
        if digit is None:
            return None
        n = n * 58 + digit
    pad = len(text) - len(text.lstrip(alphabet[0]))
    return b"\0" * pad + n.to_bytes((n.bit_length() + 7) // 8, "big")


def _checksum(payload: bytes) -> bytes:
    return hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]


def b58check_encode(version: int, payload: bytes, alphabet: str = BTC_ALPHABET) -> str:
    """Base58check: version byte + payload + first 4 bytes of double SHA-256."""
    body = bytes([version]) + payload
    return b58encode(body + _checksum(body), alphabet)


def b58check_decode(text: str, alphabet: str = BTC_ALPHABET) -> tuple[int, bytes] | None:
    """(version, payload) when the checksum holds, else None."""
    raw = b58decode(text, alphabet)
    if raw is None or len(raw) < 5 or _checksum(raw[:-4]) != raw[-4:]:
        return None
    return raw[0], raw[1:-4]


# ---------------------------------------------------------------- bech32 / bech32m

_BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_INDEX = {c: i for i, c in enumerate(_BECH32_CHARSET)}
_BECH32_CONST, _BECH32M_CONST = 1, 0x2BC830A3
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def _generator_table() -> tuple[int, ...]:
    """XOR of the generator terms selected by each 5-bit value (one lookup per symbol)."""
    return tuple(
        _xor_all(g for i, g in enumerate(_GENERATOR) if (top >> i) & 1) for top in range(32)
    )


def _xor_all(values: Iterable[int]) -> int:
    out = 0
    for v in values:
        out ^= v
    return out


_GEN_TABLE = _generator_table()


def _polymod(values: list[int]) -> int:
    """BIP173 checksum polynomial remainder."""
    chk = 1
    for v in values:
        chk = ((chk & 0x1FFFFFF) << 5) ^ v ^ _GEN_TABLE[chk >> 25]
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert_bits(data: list[int] | bytes, from_bits: int, to_bits: int, pad: bool) -> list[int] | None:
    """Regroup bit strings; None on BIP173-invalid padding when pad is False."""
    acc = bits = 0
    out, maxv = [], (1 << to_bits) - 1
    for value in data:
        acc = (acc << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((acc >> bits) & maxv)
    if pad and bits:
        out.append((acc << (to_bits - bits)) & maxv)
    elif not pad and (bits >= from_bits or (acc << (to_bits - bits)) & maxv):
        return None
    return out


def segwit_encode(hrp: str, version: int, program: bytes) -> str:
    """Segwit address: bech32 for version 0, bech32m for 1..16 (BIP350)."""
    data = [version] + (_convert_bits(program, 8, 5, True) or [])
    const = _BECH32_CONST if version == 0 else _BECH32M_CONST
    poly = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ const
    checksum = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH32_CHARSET[d] for d in data + checksum)


def segwit_decode(address: str) -> tuple[str, int, bytes] | None:
    """(hrp, witness version, program) for a BIP173/BIP350-valid address, else None."""
    if len(address) > 90 or (address != address.lower() and address != address.upper()):
        return None
    lower = address.lower()
    pos = lower.rfind("1")
    if pos < 1 or pos + 7 > len(lower):
        return None
    hrp, data = lower[:pos], [_BECH32_INDEX.get(c, -1) for c in lower[pos + 1:]]
    if -1 in data or not data[:-6]:
        return None
    const = _polymod(_hrp_expand(hrp) + data)
    version = data[0]
    if const != (_BECH32_CONST if version == 0 else _BECH32M_CONST) or version > 16:
        return None
    program = _convert_bits(data[1:-6], 5, 8, False)
    if program is None or not 2 <= len(program) <= 40 or (version == 0 and len(program) not in (20, 32)):
        return None
    return hrp, version, bytes(program)


# ---------------------------------------------------------------- ethereum

def eth_checksum(address: str) -> str:
    """EIP-55 mixed-case form of a 0x + 40 hex address."""
    body = address[2:].lower()
    digest = keccak256(body.encode("ascii")).hex()
    return "0x" + "".join(c.upper() if int(h, 16) >= 8 else c for c, h in zip(body, digest))


def is_eip55(address: str) -> bool:
    """True when 0x + 40 hex is all-lower, all-upper, or matches its EIP-55 checksum."""
    body = address[2:]
    if len(address) != 42 or address[:2] != "0x" or not _HEX_RE.fullmatch(body):
        return False
    if body == body.lower() or body == body.upper():
        return True
    return eth_checksum(address) == address


# ---------------------------------------------------------------- classification

def _classify_base58(cand: str) -> str | None:
    raw = b58decode(cand)
    if raw is not None and len(raw) == 25 and _checksum(raw[:21]) == raw[21:]:
        chain = _B58_VERSIONS.get(raw[0])
        if chain is not None:
            return chain
    if cand[0] == "r":
        decoded = b58check_decode(cand, XRP_ALPHABET)
        if decoded is not None and decoded[0] == 0 and len(decoded[1]) == 20:
            return "xrp"
    # Solana: no checksum exists, so only shape here; find_wallets demands context.
    if raw is not None and len(raw) == 32 and len(cand) >= 32 and not _HEX_RE.fullmatch(cand):
        return "sol"
    return None


@lru_cache(maxsize=16384)
def classify(candidate: str) -> str | None:
    """The chain a bare candidate string is a valid address of, or None.

    "sol" means only "a 32-byte base58 string"; find_wallets adds the context rule.
    Cached because campaigns repeat the same address across many posts.
    """
    n = len(candidate)
    if n > _MAX_CANDIDATE or n < 25:
        return None
    if candidate[:2] == "0x":
        return "eth" if is_eip55(candidate) else None
    if _is_segwit_shaped(candidate):
        decoded = segwit_decode(candidate)
        chain = _SEGWIT_HRPS.get(decoded[0]) if decoded else None
        if chain is not None:
            return chain
        if _BECH32_SHAPE_RE.fullmatch(candidate):
            return None  # a mistyped bech32 address: not to be read as base58
        # base58 may start so too: "BC1nZUZv..." is a Solana address
    if n > 44:
        return None
    return _classify_base58(candidate)


def _is_segwit_shaped(address: str) -> bool:
    head = address[:4].lower()
    return head.startswith("bc1") or head == "ltc1"


def address_key(wallet: Wallet) -> str:
    """The address in the form that names one wallet however it is written: lowercase for
    ETH hex and bech32 (their case is only a checksum or style); base58 is case-sensitive."""
    address = wallet.address
    if wallet.chain == "eth" or wallet.chain in _SEGWIT_CHAINS and _is_segwit_shaped(address):
        return address.lower()
    return address


def _candidates(text: str) -> list[str]:
    """The maximal alphanumeric runs of 25+ characters, in order. A run never holds whitespace,
    and whitespace ends a run like the text's ends do, so only tokens that long are scanned."""
    return [m.group() for token in text.split() if len(token) >= 25 for m in _CANDIDATE_RE.finditer(token)]


def find_wallets(text: str, context: str | None = None) -> list[Wallet]:
    """Checksum-valid addresses in text, deduplicated, in order of first appearance.

    text should be Normalized.text (de-obfuscated, case preserved). An address glued
    inside a longer alphanumeric run is not one, so runs are taken whole. `context`
    (e.g. Normalized.folded, where "S O L" reads "sol") is searched for Solana context too.
    One wallet written in two cases (EIP-55 and lowercase) is listed once, as first written.
    """
    found: dict[str, Wallet] = {}
    sol_context: bool | None = None
    for cand in _candidates(text):
        chain = classify(cand)
        if chain is None:
            continue
        wallet = Wallet(chain, cand)
        key = address_key(wallet)
        if key in found:
            continue
        if chain == "sol" and not cand.endswith("pump"):
            if sol_context is None:
                sol_context = any(_SOL_CONTEXT_RE.search(t) for t in (text, context) if t)
            if not sol_context:
                continue
        found[key] = wallet
    return list(found.values())
