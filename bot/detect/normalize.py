"""Undo the tricks scam posts use to dodge keyword and address filters.

normalize() returns the post text in two forms: `text` (case kept, de-obfuscated; wallets
and URLs are extracted from it) and `folded` (lowercase, spaced letters joined, whitespace
squeezed; for keywords and the model), plus the kinds of obfuscation it undid.
Genuine non-Latin writing is left alone: Cyrillic/Greek/Coptic look-alikes are folded only
inside tokens that mix them with Latin letters, or in all-look-alike tokens of a mostly
Latin post without genuine writing in those scripts. `link_text` is `text` with look-alikes
kept in host names, so a homograph domain is judged as written. Pure-ASCII posts without defang
markers take a fast path.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Normalized", "normalize", "OBFUSCATION_KINDS", "CONFUSABLES"]

OBFUSCATION_KINDS = ("zero-width", "bidi", "homoglyph", "fullwidth", "defanged", "spaced-letters")


@dataclass(frozen=True, slots=True)
class Normalized:
    """A post's text as published, de-obfuscated (`text`), and folded for matching."""

    original: str
    text: str
    folded: str
    obfuscation: tuple[str, ...]
    # `text` with host names as written before homoglyph folding; None when that is `text` itself
    hosts_kept: str | None = None

    @property
    def link_text(self) -> str:
        """The text to find links in: `text`, but with look-alike letters kept in host names."""
        return self.text if self.hosts_kept is None else self.hosts_kept


# ---------------------------------------------------------------- invisible characters

# Always-invisible format characters (ZWSP, word joiner, BOM, soft hyphen, Mongolian vowel
# separator, combining grapheme joiner, invisible math operators, tag characters).
_INVISIBLE = "\u200b\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e\u034f"
# ZWNJ/ZWJ are real orthography in Arabic-script and Indic writing and glue emoji sequences,
# so they are kept unless a neighbour is an ASCII letter/digit or a Latin look-alike (no
# Latin, Cyrillic or Greek word needs them).
_JOINERS = "\u200c\u200d"
_ZW_RUN_RE = re.compile(f"[{_INVISIBLE}{_JOINERS}\U000e0000-\U000e007f]+")
_BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
_BIDI_RUN_RE = re.compile(f"[{_BIDI}]+")
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}{_JOINERS}{_BIDI}\U000e0000-\U000e007f]")
_OVERRIDES = frozenset("\u202d\u202e")
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    return (text[start - 1] if start else ""), (text[end] if end < len(text) else "")


def _latinish(ch: str) -> bool:
    return ch in _ASCII_ALNUM or ch in CONFUSABLES


def _inside_word(left: str, right: str) -> bool:
    """Between two letters/digits: where an invisible character can only be a disguise."""
    return left.isalnum() and right.isalnum()


def _inside_ascii_word(left: str, right: str) -> bool:
    """Between two ASCII letters/digits: RTL writing uses LRM/RLM elsewhere legitimately."""
    return left in _ASCII_ALNUM and right in _ASCII_ALNUM


def _strip_runs(text: str, run_re: re.Pattern[str], keep_joiners: bool,
                suspicious: Callable[[str, str], bool]) -> tuple[str, bool]:
    """Remove invisible runs; flagged when suspicious(left, right) holds for a removed run."""
    flagged = False

    def repl(m: re.Match[str]) -> str:
        nonlocal flagged
        left, right = _neighbours(text, m.start(), m.end())
        run = m.group()
        if keep_joiners and not run.strip(_JOINERS) and not (_latinish(left) or _latinish(right)):
            return run
        flagged = flagged or suspicious(left, right)
        return ""

    return run_re.sub(repl, text), flagged


def _strip_bidi(text: str) -> tuple[str, bool]:
    """Remove bidi controls; overrides (RLO/LRO) always count as obfuscation."""
    out, flagged = _strip_runs(text, _BIDI_RUN_RE, False, _inside_ascii_word)
    return out, flagged or any(c in _OVERRIDES for c in text)


# ---------------------------------------------------------------- compatibility forms

_FULLWIDTH_ALNUM_RE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
# Scripts where full-width Latin is ordinary typography, not a trick.
_CJK_RE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
# Letterlike symbols that are one styled letter (script B, double-struck R, the Kelvin sign);
# not the symbols ordinary posts use (™, ℃, №), which NFKC spells out in several characters.
_LETTERLIKE = "".join(c for c in map(chr, range(0x2100, 0x2150))
                      if len(n := unicodedata.normalize("NFKC", c)) == 1 and n.isascii() and n.isalpha())
# Styled letters that NFKC maps to plain ASCII: mathematical alphanumerics, parenthesised and
# circled letters, squared/negative-circled letters, letterlike letters. Circled digits
# ("①") are list numbering, not a disguise.
_STYLED_RE = re.compile(f"[\U0001d400-\U0001d7ff\u249c-\u24e9\U0001f130-\U0001f189{_LETTERLIKE}]")
# Marks NFKC would spell out as letters glued to the word before them ("Bitcoin™" -> "BitcoinTM").
_KEPT_MARKS_RE = re.compile("([\u2122\u2120])")


def _compat_fold(text: str, kinds: set[str]) -> str:
    """NFKC (trade marks kept), noting full-width and styled-letter disguises."""
    if _FULLWIDTH_ALNUM_RE.search(text) and not _CJK_RE.search(text):
        kinds.add("fullwidth")
    if _STYLED_RE.search(text):
        kinds.add("homoglyph")
    if not _KEPT_MARKS_RE.search(text):
        return unicodedata.normalize("NFKC", text)
    # split() with a group puts the marks at odd indices
    return "".join(part if i % 2 else unicodedata.normalize("NFKC", part)
                   for i, part in enumerate(_KEPT_MARKS_RE.split(text)))


# ---------------------------------------------------------------- homoglyphs

CONFUSABLES = {
    # Cyrillic
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J", "Ԛ": "Q", "Ԝ": "W", "Ү": "Y",
    "Ӏ": "I", "а": "a", "в": "b", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x",
    "ѕ": "s", "і": "i", "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l", "ү": "y",
    "т": "t", "к": "k", "м": "m", "н": "h", "п": "n", "г": "r", "ь": "b", "ѵ": "v", "ѡ": "w",
    # Greek
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "Ϲ": "C", "α": "a", "ε": "e", "ι": "i",
    "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ϲ": "c", "ϳ": "j",
    "γ": "y", "ω": "w",
    # Coptic
    "Ⲁ": "A", "ⲁ": "a", "Ⲃ": "B", "Ⲉ": "E", "ⲉ": "e", "Ⲏ": "H", "Ⲓ": "I", "ⲓ": "i", "Ⲕ": "K",
    "ⲕ": "k", "Ⲙ": "M", "Ⲛ": "N", "Ⲟ": "O", "ⲟ": "o", "Ⲣ": "P", "ⲣ": "p", "Ⲥ": "C", "ⲥ": "c",
    "Ⲧ": "T", "Ⲩ": "Y", "Ⲭ": "X", "ⲭ": "x",
    # Armenian and IPA Latin look-alikes
    "օ": "o", "ս": "u", "հ": "h", "ո": "n", "ց": "g", "Օ": "O", "Ս": "U", "ɑ": "a", "ɡ": "g",
}
_CONFUSABLE_TABLE = str.maketrans(CONFUSABLES)
_CONFUSABLE_RE = re.compile("[" + "".join(CONFUSABLES) + "]")
_WORD_RE = re.compile(r"\w+")
_ASCII_LETTER_RE = re.compile("[A-Za-z]")
_NON_ASCII_LETTER_RE = re.compile(r"[^\W\d_A-Za-z]")
# Greek, Cyrillic, Armenian and Coptic letters that look like no Latin one ("д", "ы", "λ", "ά"):
# a post with one holds genuine writing in those scripts, whose all-look-alike words are words.
_NATIVE_RE = re.compile("[" + "".join(
    c for lo, hi in ((0x370, 0x58F), (0x1F00, 0x1FFF), (0x2C80, 0x2CFF)) for c in map(chr, range(lo, hi + 1))
    if c.isalpha() and c not in CONFUSABLES) + "]")
# Links (defanged too: "[:]//") and address-length runs: their letters say nothing of the
# post's language. Anchored at a token start so a long token is scanned once.
_NON_PROSE_RE = re.compile(r"(?<!\S)\S*:[\])}]*//\S*|(?<![0-9A-Za-z])[0-9A-Za-z]{25,}")


def _fold_mixed(m: re.Match[str]) -> str:
    """Fold look-alikes in a token that also has Latin letters ("Віtсоin")."""
    tok = m.group()
    if _CONFUSABLE_RE.search(tok) and _ASCII_LETTER_RE.search(tok):
        return tok.translate(_CONFUSABLE_TABLE)
    return tok


def _fold_all_confusable(m: re.Match[str]) -> str:
    """Fold a token whose every non-ASCII letter is a look-alike ("ВТС")."""
    tok = m.group()
    if not _CONFUSABLE_RE.search(tok):
        return tok
    folded = tok.translate(_CONFUSABLE_TABLE)
    return tok if _NON_ASCII_LETTER_RE.search(folded) else folded


def _fold_homoglyphs(text: str) -> str:
    """Fold Cyrillic/Greek/Coptic look-alikes without touching genuine non-Latin text."""
    if not _CONFUSABLE_RE.search(text):
        return text
    text = _WORD_RE.sub(_fold_mixed, text)
    # A stray all-look-alike word in a Latin post is a disguise; in a Russian or Greek
    # post it is just a word.
    if not _NATIVE_RE.search(text) and _mostly_latin(text):
        text = _WORD_RE.sub(_fold_all_confusable, text)
    return text


def _mostly_latin(text: str) -> bool:
    """More Latin letters than others (at least one), counted outside links and addresses."""
    prose = _NON_PROSE_RE.sub(" ", text)
    other = len(_NON_ASCII_LETTER_RE.findall(prose))
    return 0 < other < len(_ASCII_LETTER_RE.findall(prose))


# ---------------------------------------------------------------- defanged links

_DEFANG_HINT_RE = re.compile(r"(?i:h[x*]{2}p|[\[({]\s?(?:\.|dot|:)| \. )")
# Runs after _COLON_RE, so every defanged separator already reads "://".
_SCHEME_RE = re.compile(r"(?<![A-Za-z0-9])([hH])([xX*]{2})([pP][sS]?)(?=://)")
# "[:]//", "(:)//", "[://]" and nested mixes: brackets glued to the colon, all absorbed.
_COLON_RE = re.compile(r"[\[({]+:[\])}]*//[\])}]*")
_BRACKET_DOT = r"(?:\[ ?(?:\.|(?i:dot)) ?\]|\( ?(?:\.|(?i:dot)) ?\)|\{ ?(?:\.|(?i:dot)) ?\})"
# Tight "name[.]com" is always a defanged dot; with spaces around it ("name [.] com",
# "name . com") only when a known TLD ends the token, so prose like "see (.) here" survives.
_DOT_RE = re.compile(rf"(?<=[A-Za-z0-9]){_BRACKET_DOT}(?=[A-Za-z0-9])")
_TLDS = ("com|net|org|io|co|xyz|app|info|live|finance|gift|me|us|top|site|online|pro|club|vip|cc"
         "|to|gg|ly|biz|ai|tv|money|exchange|link|click|fun|shop|store|cash|network|digital"
         "|world|events|claims|promo|uk|de|ru")
# Bare spaces ("name . com") also end sentences, so only a lowercase TLD counts there, and not
# "me", "co" or "us" ("the end . me too"); bracketed dots are markup, any case. Either way the
# TLD ends its token (or a path follows): "there . co-founder" is prose.
_SPACED_TLDS = "|".join(t for t in _TLDS.split("|") if t not in ("me", "co", "us"))
_SPACED_DOT_RE = re.compile(
    rf"(?<![\w.])((?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9-]{{1,62}})"
    rf"(?: \. ({_SPACED_TLDS})| ?{_BRACKET_DOT} ?((?i:{_TLDS})))"
    r"(?=/|[.,;:!?)\]]*(?:\s|$))"
)


def _scheme_repl(m: re.Match[str], _: str) -> str:
    return m.group(1) + ("TT" if m.group(1) == "H" else "tt") + m.group(3)


def _spaced_dot_repl(m: re.Match[str], s: str) -> str:
    tld = 2 if m.start(2) >= 0 else 3
    return s[m.start(1):m.end(1)] + "." + s[m.start(tld):m.end(tld)]


def _refang(text: str, raw: str | None = None) -> tuple[str, str | None]:
    """Restore hxxp://, [:]//, domain[.]com, domain(dot)com and "domain . com" in text, and
    make the same edits in raw (text before homoglyph folding, as long as text) when given."""
    text, raw = _sub_aligned(_COLON_RE, lambda m, s: "://", text, raw)
    text, raw = _sub_aligned(_SCHEME_RE, _scheme_repl, text, raw)
    text, raw = _sub_aligned(_DOT_RE, lambda m, s: ".", text, raw)
    return _sub_aligned(_SPACED_DOT_RE, _spaced_dot_repl, text, raw)


def _sub_aligned(pattern: re.Pattern[str], repl: Callable[[re.Match[str], str], str], text: str,
                 raw: str | None) -> tuple[str, str | None]:
    """pattern.sub on text, and the same edits at the same places in raw (None: no raw).
    repl(match, s) builds a replacement from the match's spans in s, as long for either."""
    if raw is None:
        return pattern.sub(lambda m: repl(m, text), text), None
    pieces: list[str] = []
    raw_pieces: list[str] = []
    pos = 0
    for m in pattern.finditer(text):
        pieces += (text[pos:m.start()], repl(m, text))
        raw_pieces += (raw[pos:m.start()], repl(m, raw))
        pos = m.end()
    pieces.append(text[pos:])
    raw_pieces.append(raw[pos:])
    return "".join(pieces), "".join(raw_pieces)


# A dotted name ("bіnance.com", "sub.bіnance.co.uk"): its look-alike letters are the disguise
# the domain check must judge, so links are found with them as written.
_DOTTED_NAME_RE = re.compile(r"(?<![\w-])[\w-]+(?:\.[\w-]+)+")


def _keep_hosts(text: str, raw: str) -> str | None:
    """text with the dotted names of raw (aligned with text) as written; None when that is text."""
    pieces: list[str] = []
    pos = 0
    for m in _DOTTED_NAME_RE.finditer(raw):
        pieces += (text[pos:m.start()], m.group())
        pos = m.end()
    pieces.append(text[pos:])
    kept = "".join(pieces)
    return None if kept == text else kept


# ---------------------------------------------------------------- folded form

# Three or more single ASCII letters joined by one repeated separator: "b t c",
# "e-t-h", "g.i.v.e.a.w.a.y", "s . o . l". The backreference keeps separators uniform
# so ordinary prose rarely matches; each step consumes input, so no blow-up.
_SPACED_RE = re.compile(r"(?<!\w)[a-z](?P<sep> |[.\-_*·•|]| ?[.\-_*·•|] ?)[a-z](?:(?P=sep)[a-z])+(?!\w)")
_SEP_CHARS = " .-_*·•|"
_SPACED_HINT_RE = re.compile(r"[ .\-_*·•|][a-z][ .\-_*·•|]")


def _join_letters(m: re.Match[str]) -> str:
    return "".join(c for c in m.group() if c not in _SEP_CHARS)


def _fold(text: str) -> tuple[str, bool]:
    """Lowercase, join spaced single letters, squeeze whitespace; flag when letters were joined."""
    low = text.lower()
    spaced = False
    # Cheap necessary condition first: a lone letter between separators (the middle
    # letter of any run); the leftmost such run starts at most 4 characters earlier.
    hint = _SPACED_HINT_RE.search(low)
    if hint and _SPACED_RE.search(low, max(0, hint.start() - 4)):
        low = _SPACED_RE.sub(_join_letters, low)
        spaced = True
    return " ".join(low.split()), spaced


# ---------------------------------------------------------------- entry point

def normalize(text: str) -> Normalized:
    """De-obfuscate a post's text; see the module docstring for the two output forms."""
    kinds: set[str] = set()
    clean, hosts_kept = text, None
    if not text.isascii() or _may_be_defanged(text):
        clean, hosts_kept = _deobfuscate(text, kinds)
    folded, spaced = _fold(clean)
    if spaced:
        kinds.add("spaced-letters")
    return Normalized(text, clean, folded, tuple(sorted(kinds)) if kinds else (), hosts_kept)


def _may_be_defanged(text: str) -> bool:
    """Substring checks (tens of ns each) before the defang regex (about 2 us)."""
    if "[" in text or "(" in text or "{" in text:
        return _DEFANG_HINT_RE.search(text) is not None
    if " . " in text:
        return True
    low = text.lower()
    return "xxp" in low or "**p" in low


def _may_hint_defang(text: str) -> bool:
    """A necessary condition for _DEFANG_HINT_RE, by substring tests: one of its opening
    brackets, " . ", or the "xp" / "*p" that ends its hxxp (case-insensitively)."""
    if "[" in text or "(" in text or "{" in text or " . " in text:
        return True
    low = text.lower()
    return "xp" in low or "*p" in low


def _deobfuscate(text: str, kinds: set[str]) -> tuple[str, str | None]:
    """The slow path: invisible characters, compatibility forms, homoglyphs, defanging.
    Returns the clean text and Normalized.hosts_kept."""
    clean, raw = text, None
    if not text.isascii():
        # NFKC first: it turns styled letters into ASCII, which decides which joiners stay.
        if not unicodedata.is_normalized("NFKC", clean):
            clean = _compat_fold(clean, kinds)
        if _INVISIBLE_RE.search(clean):
            clean = _strip_invisible(clean, kinds)
        folded = _fold_homoglyphs(clean)
        if folded != clean:
            kinds.add("homoglyph")
            raw = clean  # folding maps one character to one, so raw stays aligned with clean
        clean = folded
    if _may_hint_defang(clean) and _DEFANG_HINT_RE.search(clean):
        refanged, raw = _refang(clean, raw)
        if refanged != clean:
            kinds.add("defanged")
        clean = refanged
    return clean, (None if raw is None else _keep_hosts(clean, raw))


def _strip_invisible(text: str, kinds: set[str]) -> str:
    """Remove zero-width and bidi controls, noting which were used as disguises."""
    # Bidi first so the zero-width pass sees the final neighbours of each joiner.
    text, bidi = _strip_bidi(text)
    text, zw = _strip_runs(text, _ZW_RUN_RE, True, _inside_word)
    if zw:
        kinds.add("zero-width")
    if bidi:
        kinds.add("bidi")
    return text
