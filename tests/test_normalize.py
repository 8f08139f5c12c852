"""normalize(): de-obfuscation that leaves genuine text (any script) alone, and stays fast."""

from __future__ import annotations

import random
import re
import time
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.detect.normalize import OBFUSCATION_KINDS, Normalized, normalize

ZWSP, ZWJ, ZWNJ, RLO, PDF, LRM = "\u200b", "\u200d", "\u200c", "\u202e", "\u202c", "\u200e"


def test_plain_ascii_is_untouched() -> None:
    post = "Thanks everyone for coming to the launch today! See you next week."
    n = normalize(post)
    assert n == Normalized(post, post, post.lower(), ())


def test_folded_squeezes_whitespace_and_lowercases() -> None:
    n = normalize("  Send   BTC\n\tNOW  ")
    assert n.folded == "send btc now" and n.text == "  Send   BTC\n\tNOW  "


# ---------------------------------------------------------------- invisible characters

def test_zero_width_inside_address_is_removed_and_flagged() -> None:
    n = normalize(f"send to bc1qxy2kg{ZWSP}dygjrsqtzq2n0yrf2493p83kkfjhx0wlh")
    assert n.text == "send to bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"
    assert n.obfuscation == ("zero-width",)


def test_emoji_zwj_sequence_and_persian_zwnj_are_kept() -> None:
    family = f"\U0001F468{ZWJ}\U0001F469{ZWJ}\U0001F467 family day"
    persian = f"\u0645\u06cc{ZWNJ}\u062e\u0648\u0627\u0647\u0645"
    assert normalize(family).text == family and normalize(family).obfuscation == ()
    assert normalize(persian).text == persian and normalize(persian).obfuscation == ()


def test_leading_bom_is_removed_without_flag() -> None:
    n = normalize("\ufeffHello world")
    assert n.text == "Hello world" and n.obfuscation == ()


def test_bidi_override_is_removed_and_flagged() -> None:
    n = normalize(f"claim at {RLO}moc.evig{PDF} today")
    assert n.text == "claim at moc.evig today" and "bidi" in n.obfuscation


def test_rtl_marks_in_arabic_are_not_flagged() -> None:
    arabic = f"\u0645\u0631\u062d\u0628\u0627 {LRM}2024{LRM} \u0639\u0627\u0645"
    n = normalize(arabic)
    assert "bidi" not in n.obfuscation and "2024" in n.text


# ---------------------------------------------------------------- homoglyphs

@pytest.mark.parametrize(("raw", "expected"), [
    ("Віtсоin giveaway", "Bitcoin giveaway"),  # Cyrillic В і т с о і
    ("send ΕТΗ back", "send ETH back"),  # Greek Ε, Cyrillic Т, Greek Η
    ("Send ВТС now and get double", "Send BTC now and get double"),  # all-Cyrillic token
    ("wallet 0х5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "wallet 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"),
    ("ⲟfficial airdrop", "official airdrop"),  # Coptic o
])
def test_confusables_in_latin_context_are_folded(raw: str, expected: str) -> None:
    n = normalize(raw)
    assert n.text == expected and "homoglyph" in n.obfuscation


@pytest.mark.parametrize("genuine", [
    "Привет! Сегодня хорошая погода, идём гулять в парк.",
    "Сегодня вышел новый iPhone, а я купил Bitcoin",
    "Καλημέρα σε όλους, το Bitcoin ανεβαίνει σήμερα",
    "今日はいい天気ですね。また明日！",
    "오늘 날씨가 정말 좋네요",
    "Ελλάδα και Κύπρος",
])
def test_genuine_non_latin_text_is_not_garbled(genuine: str) -> None:
    n = normalize(genuine)
    # NFKC alone may touch it (full-width "！" -> "!"); no letter may change otherwise.
    assert n.text == unicodedata.normalize("NFKC", genuine) and "homoglyph" not in n.obfuscation


def test_styled_math_letters_fold_to_ascii() -> None:
    n = normalize("\U0001D401\U0001D413\U0001D402 giveaway")  # bold B T C
    assert n.text == "BTC giveaway" and "homoglyph" in n.obfuscation


def test_fullwidth_letters_fold_and_flag_in_latin_post() -> None:
    n = normalize("Ｓｅｎｄ ＢＴＣ ｔｏ ｍｅ")
    assert n.text == "Send BTC to me" and "fullwidth" in n.obfuscation


def test_fullwidth_digits_in_japanese_are_folded_but_not_flagged() -> None:
    n = normalize("２０２４年の目標")
    assert n.text == "2024年の目標" and n.obfuscation == ()


# ---------------------------------------------------------------- defanged links

@pytest.mark.parametrize(("raw", "expected"), [
    ("visit hxxps://claim-btc[.]com/now", "visit https://claim-btc.com/now"),
    ("go hxxp[:]//give(dot)io", "go http://give.io"),
    ("HXXPS://EVENT[.]LIVE", "HTTPS://EVENT.LIVE"),
    ("site: musk-gift . com today", "site: musk-gift.com today"),
    ("elon{.}finance and tesla [dot] xyz", "elon.finance and tesla.xyz"),
    ("claim at elon-gift (.) com.", "claim at elon-gift.com."),
    ("visit evil . xyz/claim now", "visit evil.xyz/claim now"),
    ("claim at elon-gift . live.", "claim at elon-gift.live."),
    ("tesla [.] me today", "tesla.me today"),
])
def test_defanged_links_are_restored(raw: str, expected: str) -> None:
    n = normalize(raw)
    assert n.text == expected and "defanged" in n.obfuscation


@pytest.mark.parametrize("prose", [
    "the dot com bubble burst",
    "I like it . Really",
    "smile (: and wave",
    "see (.) here",
    "the years 1999 . com was everywhere",
    # a sentence break before a TLD-like word (" . Co-founder", " . me") is not a spaced-out dot
    "I was there . Co-founder of X",
    "the end . me too",
    "we met in the us . us too",
    "it was hot . co workers left",
    "price went up . io-based tokens next",
    "it was Great . Com stocks fell",
])
def test_prose_that_resembles_defanging_is_kept(prose: str) -> None:
    n = normalize(prose)
    assert n.text == prose and "defanged" not in n.obfuscation


# ---------------------------------------------------------------- folded form

@pytest.mark.parametrize(("raw", "word"), [
    ("Send B T C today", "btc"),
    ("double your E-T-H", "eth"),
    ("huge g.i.v.e.a.w.a.y live", "giveaway"),
    ("S . O . L airdrop", "sol"),
])
def test_spaced_letters_are_joined_in_folded_only(raw: str, word: str) -> None:
    n = normalize(raw)
    assert word in n.folded.split() and n.text == raw
    assert n.obfuscation == ("spaced-letters",)


@pytest.mark.parametrize("prose", ["I am a big fan", "e.g. this and i.e. that", "a b", "x-ray vision"])
def test_ordinary_single_letters_are_not_joined(prose: str) -> None:
    n = normalize(prose)
    assert n.folded == prose.lower() and n.obfuscation == ()


def test_combined_disguises_are_all_reported_sorted() -> None:
    n = normalize(f"Ｂ Ｔ Ｃ giveaway at hxxps://fr{ZWSP}ee[.]gift by Еlon")
    assert n.text == "B T C giveaway at https://free.gift by Elon"
    assert "btc giveaway" in n.folded
    assert n.obfuscation == ("defanged", "fullwidth", "homoglyph", "spaced-letters", "zero-width")


# ---------------------------------------------------------------- properties

@given(st.text(max_size=400))
@settings(max_examples=400, deadline=None)
def test_never_raises_and_reports_known_kinds(text: str) -> None:
    n = normalize(text)
    assert n.original == text
    assert set(n.obfuscation) <= set(OBFUSCATION_KINDS)
    assert list(n.obfuscation) == sorted(set(n.obfuscation))
    assert n.folded == " ".join(n.folded.split())


ascii_prose = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126).filter(
    lambda c: c not in "[({"), max_size=300)


@given(ascii_prose)
@settings(max_examples=300, deadline=None)
def test_ascii_without_markers_keeps_text_exactly(text: str) -> None:
    if " . " in text or "xxp" in text.lower() or "**p" in text:
        return  # possible defang markers: covered by the defang tests
    assert normalize(text).text == text


mixed = st.text(alphabet="abcdefgnopqrstuvwBCEHKMOPTZ019 .,!\n" "аеорсуВЕКМНОРСТіο" + ZWSP + ZWJ, max_size=200)


@given(mixed)
@settings(max_examples=300, deadline=None)
def test_ascii_letters_keep_their_case_and_order(text: str) -> None:
    n = normalize(text)
    originals = [c for c in text if c.isascii() and c.isalpha()]
    produced = iter(c for c in n.text if c.isascii() and c.isalpha())
    assert all(c in produced for c in originals)  # a case-exact subsequence


fragments = st.lists(st.one_of(
    st.sampled_from(["hxxp", "hXXps", "[.]", "(dot)", " . ", "[:]//", "[", "]", "(", ":", "com", "xyz",
                     "B T C", "Ｂ", "\U0001D401", "\ufb01", "\u0645", "\U0001F600", RLO, LRM, ZWNJ, "\ufeff"]),
    mixed), max_size=14).map("".join)


@given(fragments)
@settings(max_examples=500, deadline=None)
def test_normalize_is_idempotent_on_text(text: str) -> None:
    once = normalize(text).text
    assert normalize(once).text == once


# ---------------------------------------------------------------- speed

def _posts(count: int) -> list[str]:
    rng = random.Random(5)
    words = ("we are happy to announce our new product launch today thanks everyone for the "
             "support see you at event tomorrow great news team community update").split()
    return [" ".join(rng.choice(words) for _ in range(25))[:150] for _ in range(count)]


def test_ascii_throughput() -> None:
    posts = _posts(20000)
    start = time.process_time()
    for post in posts:
        normalize(post)
    rate = len(posts) / (time.process_time() - start)
    assert rate > 100_000, f"{rate:,.0f} posts/s"


@pytest.mark.parametrize("text", [
    "a " * 50000, "a.b-" * 25000, "[.]" * 33333, "x" + ZWSP * 99999, "В" * 100000,
    "hxxp" * 25000, "Віtсоin " * 12500, "a . com " * 12500, "Ｂ" * 100000,
])
def test_pathological_100kb_is_fast(text: str) -> None:
    start = time.process_time()
    normalize(text)
    assert time.process_time() - start < 0.1


@given(st.lists(st.one_of(st.sampled_from(["h", "H", "x", "X", "*", "p", "P", "[", "(", "{", " . ", ".", "dot", ":",
                                           " ", "é", "\u0130", "\u017f", "\u212a"]), st.text(max_size=3)),
                max_size=20).map("".join))
@settings(max_examples=500, deadline=None)
def test_defang_precheck_never_hides_a_hint(text: str) -> None:
    from bot.detect import normalize as module

    if module._DEFANG_HINT_RE.search(text):
        assert module._may_hint_defang(text)


def test_defang_precheck_covers_every_case_insensitive_spelling_of_hxxp() -> None:
    from bot.detect import normalize as module

    folds = [chr(cp) for cp in range(0x110000) if re.fullmatch(r"(?i)[hxp*]", chr(cp))]
    for a in folds:
        for b in folds:
            for c in folds:
                text = f"h{a}{b}{c}"
                if module._DEFANG_HINT_RE.search(text):
                    assert module._may_hint_defang(text), text


# ---------------------------------------------------------------- reviewed bugs (session 13)

def test_link_text_keeps_lookalike_letters_in_host_names() -> None:
    # Bug 1: folding "bіnance" (Cyrillic і) to "binance" before links are found made the link look official.
    n = normalize("Claim: hxxps://b\u0456nance[.]com/cl\u0430im or visit b\u0456nance . com now")
    assert n.text == "Claim: https://binance.com/claim or visit binance.com now" and "homoglyph" in n.obfuscation
    assert n.link_text == "Claim: https://b\u0456nance.com/claim or visit b\u0456nance.com now"
    assert normalize("plain https://binance.com").link_text == "plain https://binance.com"


@pytest.mark.parametrize("genuine", [
    "Отправьте 0.1 BTC на 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
    "Отправь на 7xKXtg2CW87d97TXJSDpbD5jBkheTqA83TZRuJosgAsU",
    "Новое видео про Bitcoin: https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "Μετά το Bitcoin ETF",
    "Рост Bitcoin и Ethereum на рынке",
])
def test_genuine_words_beside_addresses_links_and_latin_names_are_not_folded(genuine: str) -> None:
    # Bug 2: an address's or URL's letters made the post "mostly Latin", so Russian words were folded.
    n = normalize(genuine)
    assert n.text == genuine and "homoglyph" not in n.obfuscation


def test_russian_send_cue_survives_an_address() -> None:
    from bot.detect import language

    n = normalize("Отправьте 0.1 BTC на 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")
    assert "send_to_address" in [c.name for c in language.find_cues(n.folded)]


@pytest.mark.parametrize(("raw", "expected"), [
    ("Send ВТС to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa now", "Send BTC to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa now"),
    ("ВТС giveaway https://claim-btc.xyz/now", "BTC giveaway https://claim-btc.xyz/now"),
])
def test_lookalike_words_in_latin_posts_with_addresses_are_still_folded(raw: str, expected: str) -> None:
    n = normalize(raw)
    assert n.text == expected and "homoglyph" in n.obfuscation


@pytest.mark.parametrize(("raw", "expected"), [
    ("Buy Bitcoin™ on Coinbase", "Buy Bitcoin™ on Coinbase"),
    ("Temperature 25℃ and ETH up", "Temperature 25°C and ETH up"),
    ("№1 crypto exchange", "No1 crypto exchange"),
    ("①ウォレットを接続 ②ビットコインを購入", "1ウォレットを接続 2ビットコインを購入"),
])
def test_symbols_and_circled_digits_are_not_homoglyphs(raw: str, expected: str) -> None:
    # Bug 4: the whole letterlike and enclosed-alphanumeric blocks counted as styled letters.
    n = normalize(raw)
    assert n.text == expected and n.obfuscation == ()


@pytest.mark.parametrize(("raw", "expected"), [
    ("\u24b7\u24d8\u24e3\u24d2\u24de\u24d8\u24dd giveaway", "Bitcoin giveaway"),  # circled letters
    ("\u212cTC giveaway", "BTC giveaway"),  # script capital B
    ("\u212a\U0001D42B\U0001D41A\U0001D424\U0001D41E\U0001D427 airdrop", "Kraken airdrop"),  # Kelvin sign, bold
])
def test_styled_letters_are_still_homoglyphs(raw: str, expected: str) -> None:
    n = normalize(raw)
    assert n.text == expected and "homoglyph" in n.obfuscation


