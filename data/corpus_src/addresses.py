"""Checksum-valid address encoders/validators for the corpus generator.

Written independently of bot/detect/wallets.py on purpose, so the two can be cross-checked.
Covers btc (base58check P2PKH/P2SH, bech32 v0, bech32m v1), eth (EIP-55), sol (base58, 32 bytes),
trx, xrp (ripple alphabet), doge and ltc (base58check and ltc1 bech32).
"""

from __future__ import annotations

import hashlib
import random
import re

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
XRP58 = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32M_CONST = 0x2BC830A3

# base58check version byte -> chain (bitcoin-family prefixes; 0x41 is Tron's "T").
VERSIONS = {0x00: "btc", 0x05: "btc", 0x1E: "doge", 0x16: "doge", 0x30: "ltc", 0x32: "ltc", 0x41: "trx"}


# ---------------------------------------------------------------- keccak-256 (not NIST SHA3)
_RC = [
    0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
    0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
    0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
    0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
    0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
]
_ROT = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14]
_M = (1 << 64) - 1


def _rol(x: int, n: int) -> int:
    return ((x << n) | (x >> (64 - n))) & _M if n else x


def _keccak_f(a: list[int]) -> None:
    """The keccak-f[1600] permutation on 25 lanes, index x + 5*y."""
    for rc in _RC:
        c = [a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        b = [0] * 25
        for i in range(25):
            x, y = i % 5, i // 5
            b[y + 5 * ((2 * x + 3 * y) % 5)] = _rol(a[i] ^ d[x], _ROT[i])
        for i in range(25):
            x, y = i % 5, i // 5
            a[i] = b[i] ^ (~b[(x + 1) % 5 + 5 * y] & b[(x + 2) % 5 + 5 * y])
        a[0] ^= rc


def keccak256(data: bytes) -> bytes:
    """Ethereum's keccak-256 (original padding 0x01, rate 136 bytes)."""
    rate = 136
    msg = bytearray(data) + b"\x01" + b"\x00" * ((-len(data) - 1) % rate)
    msg[-1] |= 0x80
    a = [0] * 25
    for off in range(0, len(msg), rate):
        for i in range(rate // 8):
            a[i] ^= int.from_bytes(msg[off + 8 * i: off + 8 * i + 8], "little")
        _keccak_f(a)
    return b"".join(a[i].to_bytes(8, "little") for i in range(4))


# ---------------------------------------------------------------- base58 / base58check
def b58encode(raw: bytes, alphabet: str = B58) -> str:
    """Base58 with leading zero bytes as the alphabet's first character."""
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = alphabet[r] + out
    pad = len(raw) - len(raw.lstrip(b"\x00"))
    return alphabet[0] * pad + out


def b58decode(text: str, alphabet: str = B58) -> bytes | None:
    """Inverse of b58encode; None when a character is outside the alphabet."""
    n = 0
    for ch in text:
        i = alphabet.find(ch)
        if i < 0:
            return None
        n = n * 58 + i
    pad = len(text) - len(text.lstrip(alphabet[0]))
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    return b"\x00" * pad + body


def _dsha(raw: bytes) -> bytes:
    return hashlib.sha256(hashlib.sha256(raw).digest()).digest()


def b58check_encode(payload: bytes, alphabet: str = B58) -> str:
    """Base58check: payload plus the first 4 bytes of its double SHA-256."""
    return b58encode(payload + _dsha(payload)[:4], alphabet)


def b58check_decode(text: str, alphabet: str = B58) -> bytes | None:
    """Payload of a base58check string, or None when the checksum fails."""
    raw = b58decode(text, alphabet)
    if raw is None or len(raw) < 5 or _dsha(raw[:-4])[:4] != raw[-4:]:
        return None
    return raw[:-4]


# ---------------------------------------------------------------- bech32 / bech32m (BIP-173/350)
def _polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convertbits(data: bytes | list[int], frm: int, to: int, pad: bool) -> list[int] | None:
    acc, bits, out, maxv = 0, 0, [], (1 << to) - 1
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & maxv)
    if pad and bits:
        out.append((acc << (to - bits)) & maxv)
    elif not pad and (bits >= frm or (acc << (to - bits)) & maxv):
        return None
    return out


def segwit_encode(hrp: str, version: int, program: bytes) -> str:
    """A segwit address: bech32 for version 0, bech32m for version >= 1."""
    data = [version] + _convertbits(program, 8, 5, True)
    const = 1 if version == 0 else BECH32M_CONST
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ const
    return hrp + "1" + "".join(BECH[d] for d in data + [(pm >> 5 * (5 - i)) & 31 for i in range(6)])


def segwit_decode(addr: str) -> tuple[str, int, bytes] | None:
    """(hrp, version, program) of a valid segwit address, else None."""
    if addr.lower() != addr and addr.upper() != addr:
        return None
    addr = addr.lower()
    pos = addr.rfind("1")
    hrp, rest = addr[:pos], addr[pos + 1:]
    if pos < 1 or len(rest) < 7 or len(addr) > 90 or any(c not in BECH for c in rest):
        return None
    data = [BECH.index(c) for c in rest]
    const = _polymod(_hrp_expand(hrp) + data)
    version = data[0]
    if const != (1 if version == 0 else BECH32M_CONST) or version > 16:
        return None
    prog = _convertbits(data[1:-6], 5, 8, False)
    if prog is None or not 2 <= len(prog) <= 40 or (version == 0 and len(prog) not in (20, 32)):
        return None
    return hrp, version, bytes(prog)


# ---------------------------------------------------------------- EIP-55
def eip55(raw20: bytes) -> str:
    """Mixed-case checksummed Ethereum address of 20 raw bytes."""
    hexaddr = raw20.hex()
    digest = keccak256(hexaddr.encode()).hex()
    return "0x" + "".join(c.upper() if int(h, 16) >= 8 else c for c, h in zip(hexaddr, digest))


def eth_valid(addr: str) -> bool:
    """True for a mixed-case address whose case matches EIP-55 (all-lower/upper is unchecksummed)."""
    body = addr[2:]
    if not re.fullmatch(r"0x[0-9a-fA-F]{40}", addr) or body in (body.lower(), body.upper()):
        return False
    return eip55(bytes.fromhex(body)) == addr


# ---------------------------------------------------------------- validation by chain
def chain_of(addr: str) -> str | None:
    """The chain of a checksum-valid address, or None when it is not one."""
    if addr.startswith("0x"):
        return "eth" if eth_valid(addr) else None
    low = addr.lower()
    if low.startswith(("bc1", "ltc1")):
        dec = segwit_decode(addr)
        return None if dec is None else {"bc": "btc", "ltc": "ltc"}.get(dec[0])
    if addr.startswith("r") and 25 <= len(addr) <= 35:
        pay = b58check_decode(addr, XRP58)
        if pay is not None and len(pay) == 21 and pay[0] == 0:
            return "xrp"
    pay = b58check_decode(addr)
    if pay is not None and len(pay) == 21 and pay[0] in VERSIONS:
        return VERSIONS[pay[0]]
    if 32 <= len(addr) <= 44:
        raw = b58decode(addr)
        if raw is not None and len(raw) == 32:
            return "sol"
    return None


_CANDIDATE = re.compile(
    r"(?<![0-9A-Za-z])(0x[0-9a-fA-F]{40}|(?:bc|ltc|BC|LTC)1[0-9A-Za-z]{8,87}|[1-9A-HJ-NP-Za-km-z]{25,44})(?![0-9A-Za-z])"
)


def scan(text: str) -> list[dict[str, str]]:
    """Every checksum-valid address written verbatim in text, in order, deduplicated."""
    out: list[dict[str, str]] = []
    for m in _CANDIDATE.finditer(text):
        chain = chain_of(m.group(1))
        item = {"chain": chain, "address": m.group(1)}
        if chain and item not in out:
            out.append(item)
    return out


# ---------------------------------------------------------------- deterministic generation
def make_address(chain: str, rng: random.Random, kind: str = "") -> str:
    """A fresh checksum-valid address of the chain from rng's seeded bytes."""
    if chain == "eth":
        return eip55(rng.randbytes(20))
    if chain == "sol":
        return _sol(rng, kind == "pump")
    if chain == "btc":
        style = kind or rng.choice(["p2pkh", "p2sh", "wpkh", "wpkh", "tr"])
        return _btc(style, rng)
    if chain == "ltc":
        return segwit_encode("ltc", 0, rng.randbytes(20)) if kind == "bech" else b58check_encode(b"\x30" + rng.randbytes(20))
    if chain == "xrp":
        return b58check_encode(b"\x00" + rng.randbytes(20), XRP58)
    version = {"doge": b"\x1e", "trx": b"\x41"}[chain]
    return b58check_encode(version + rng.randbytes(20))


def _btc(style: str, rng: random.Random) -> str:
    if style == "p2pkh":
        return b58check_encode(b"\x00" + rng.randbytes(20))
    if style == "p2sh":
        return b58check_encode(b"\x05" + rng.randbytes(20))
    if style == "tr":
        return segwit_encode("bc", 1, rng.randbytes(32))
    return segwit_encode("bc", 0, rng.randbytes(20))


def _sol(rng: random.Random, pump: bool) -> str:
    """A Solana pubkey; pump=True makes a pump.fun-style vanity mint ending in 'pump'."""
    while True:
        if not pump:
            addr = b58encode(rng.randbytes(32))
        else:
            addr = rng.choice("23456789ABCDEFG") + "".join(rng.choice(B58) for _ in range(39)) + "pump"
        raw = b58decode(addr)
        if len(addr) >= 43 and raw is not None and len(raw) == 32 and b58encode(raw) == addr:
            return addr


def break_checksum(addr: str, rng: random.Random) -> str:
    """The same-looking address with one character changed so its checksum fails."""
    for _ in range(200):
        i = rng.randrange(len(addr) - 8, len(addr) - 1)
        ch = addr[i]
        if addr.startswith("0x"):
            if not ch.isalpha():
                continue
            bad = addr[:i] + ch.swapcase() + addr[i + 1:]
        else:
            alpha = BECH if addr.lower().startswith(("bc1", "ltc1")) else (XRP58 if addr[0] == "r" else B58)
            bad = addr[:i] + rng.choice([c for c in alpha if c != ch]) + addr[i + 1:]
        if chain_of(bad) is None:
            return bad
    raise ValueError(f"could not break {addr}")
