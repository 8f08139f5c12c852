import re

import pytest
from hypothesis import given, settings, strategies as st

from bot.detect import language
from bot.detect.normalize import normalize

WORDS = ["send", "back", "double", "doubled", "2x", "btc", "eth", "to", "my", "address", "below", "giveaway",
         "giving", "away", "claim", "your", "airdrop", "now", "only", "30", "minutes", "never", "dm", "scam",
         "donation", "connect", "wallet", "ca:", "sol", "$pepe", "is", "live", "sec", "approves", "spot", "bitcoin",
         "etfs", "envía", "doble", "devolveré", "el", "отправьте", "вдвое", "2倍", "限定", "hediye", "iki", "kat",
         "price", "rally", "we", "will", "the", "community", "free", "mint", "seed", "phrase", ".", "!", "\n",
         # account phishing, fake support, recovery, refunds, presales, drainers, investment bait
         "account", "be", "suspended", "verify", "identity", "blue", "badge", "appeal", "form", "copyright", "contact",
         "our", "support", "team", "assist", "us", "recover", "lost", "funds", "recovery", "expert", "help", "refund",
         "compensation", "presale", "token", "buy", "before", "listing", "revoke", "approvals", "sign", "message",
         "sync", "lucky", "winners", "signals", "group", "500%", "gains", "аккаунт", "заблокирован", "подтвердите",
         "личность", "кошелёк", "поддержку", "本人確認", "凍結", "ウォレット", "同期", "askıya", "alınacak", "i̇ade",
         "talebiniz", "cuenta", "suspendida", "conta", "suspensa", "compte", "suspendu", "konto", "gesperrt",
         "reembolso", "$julie", "achetez", "ici", "24", "words"]


def names(text):
    return [c.name for c in language.find_cues(normalize(text).folded)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30))
def test_trigger_gate_never_hides_a_scam_cue(words):
    folded = normalize(" ".join(words)).folded
    slow = language.find_cues_slow(folded)
    fast = language.find_cues(folded)
    if any(c.weight > 0 for c in slow):
        assert fast == slow
    else:
        assert all(c.weight < 0 for c in fast)


@pytest.mark.parametrize("text, cue", [
    ("All Bitcoin sent to the address below will be sent back doubled!", "doubling"),
    ("You send $1,000, I send you back $2,000.", "doubling"),
    ("Envía BTC y te devolveré el doble en 30 minutos", "doubling"),
    ("Envie BTC e eu envio de volta o dobro", "doubling"),
    ("Envoyez des BTC, je vous renverrai le double", "doubling"),
    ("Sende BTC und ich sende doppelt zurück", "doubling"),
    ("BTC gönderin, iki katını geri göndereceğim", "doubling"),
    ("Отправьте BTC и получите вдвое больше", "doubling"),
    ("BTCを送金すると2倍にしてお返しします", "doubling"),
    ("Claim your $PHNTM airdrop now", "airdrop"),
    ("Connect your wallet to mint the commemorative NFT", "wallet_action"),
    ("$WIF is live, CA: 7GCihgDB8fe6KNjn2MYtkzZcRjQy3t9GHdC8uHYmW2hr", "contract_address"),
    ("Today the SEC grants approval for #Bitcoin ETFs on all registered national securities exchanges.", "fake_approval"),
    ("Your account will be suspended within 24 hours. Verify your identity here", "account_phishing"),
    ("Congratulations, your profile is eligible for the blue badge. Submit the appeal form", "account_phishing"),
    ("Your account has been flagged for copyright infringement.", "account_phishing"),
    ("Su cuenta será suspendida en 24 horas por actividad inusual", "account_phishing"),
    ("Sua conta será suspensa em 24 horas por atividade suspeita", "account_phishing"),
    ("Votre compte sera suspendu, vérifiez votre identité", "account_phishing"),
    ("Ihr Konto wird in 24 Stunden gesperrt", "account_phishing"),
    ("Hesabınız 24 saat içinde askıya alınacak", "account_phishing"),
    ("Ваш аккаунт будет заблокирован через 24 часа", "account_phishing"),
    ("お客様のアカウントは24時間以内に凍結されます", "account_phishing"),
    ("Contact our support team on Telegram, our support team will assist you", "fake_support"),
    ("ウォレットの問題はDMでサポートまでご連絡ください", "fake_support"),
    ("Lost funds? DM for recovery help.", "recovery_service"),
    ("Our recovery experts recover your stolen crypto", "recovery_service"),
    ("If you held funds on FTX, you are owed a refund, claim it here", "refund_claim"),
    ("İade talebiniz onaylandı", "refund_claim"),
    ("Ваша заявка на возврат одобрена", "refund_claim"),
    ("Buy $MOON before listing on Binance, presale ends soon", "presale"),
    ("Lancement officiel de $JULIE, achetez ici", "presale"),
    ("URGENT: revoke your approvals immediately", "drainer"),
    ("Sign the message to confirm you are a holder", "drainer"),
    ("Ваш кошелёк помечен. Подтвердите сид-фразу", "drainer"),
    ("Join my VIP signals group - 500% gains this month", "investment_bait"),
    # doubling promises in the word orders and languages bait uses (written fresh, not from the corpus)
    ("Send 0.2 ETH and get 0.4 ETH back", "doubling"),
    ("send 500 XRP, receive 1,000 XRP back", "doubling"),
    ("We are returning every coin you send to this address doubled", "doubling"),
    ("Chaque BTC envoyé revient doublé ce soir", "doubling"),
    ("Les participants reçoivent le double de leur dépôt", "doubling"),
    ("Todo lo enviado será devuelto al doble", "doubling"),
    ("Cada envio volta 2x em minutos", "doubling"),
    ("Schick ETH und erhalte das Doppelte", "doubling"),
    ("Jede Einzahlung kommt x2 zurück", "doubling"),
    ("I am matching all BTC sent in the next hour 2:1", "doubling"),
    ("Único contrato: 9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin", "contract_address"),
    ("Resmi tokenim yayında, kontrat adresi: abc", "contract_address"),
    ("Мой официальный токен уже здесь", "contract_address"),
    ("公式トークンはこちら", "contract_address"),
    ("CA 7GCihgDB8fe6KNjn2MYtkzZcRjQy3t9GHdC8uHYmW2hrpump", "contract_address"),
    ("Check eligibility and claim: https://example.app", "airdrop"),
    ("Reclama ya tus tokens", "airdrop"),
    ("Les tokens non réclamés seront brûlés, réclamez maintenant", "airdrop"),
    ("Rewards are now claimable for early users", "airdrop"),
    ("Ripple offre 20 millions de XRP à la communauté", "giveaway"),
    ("Distribution spéciale de BTC pour les spectateurs", "giveaway"),
    ("Фонд раздаёт токены подписчикам", "giveaway"),
    ("Got all my stolen crypto back thanks to @someone", "recovery_service"),
    ("Our team has recovered over $5M for clients", "recovery_service"),
    # 2026-11-30 (session 10): gaps the read blind sets showed, tested on sentences written for these tests
    ("Para confirmar la titularidad, respóndenos con tu frase semilla", "wallet_action"),
    ("Merci de nous envoyer votre phrase de récupération en privé", "wallet_action"),
    ("Bitte bestätigen Sie Ihre Wiederherstellungsphrase im Portal", "wallet_action"),
    ("Lütfen kurtarma ifadenizi forma girin", "wallet_action"),
    ("Для проверки пришлите сид-фразу в личку", "wallet_action"),
    ("本人確認のため復元フレーズを入力してください", "wallet_action"),
    ("Holders: the companion mint is open for 20 minutes, gas only", "wallet_action"),
    ("フリーミント開催中、先着500名", "wallet_action"),
    ("Staking moved to a new vault. Approve + migrate in one click", "drainer"),
    ("To keep your points, sign the gasless permit on the dashboard", "drainer"),
    ("Aprovem a migração antes de sexta para não perder o saldo", "drainer"),
    ("Подпишите разрешение, чтобы получить награды сезона", "drainer"),
    ("Reimbursements are now live for every affected user", "refund_claim"),
    ("Creditors who have not been paid must verify before Friday", "refund_claim"),
    ("O ressarcimento dos clientes começou hoje", "refund_claim"),
    ("İadeler başladı, başvuru linki profilde", "refund_claim"),
    ("They got every satoshi back for my uncle within a week", "recovery_service"),
    ("Die Kanzlei hat mein Geld zurückgeholt, arbeitet auf Erfolgsbasis", "recovery_service"),
    ("Un hacker ético me devolvieron todo en dos días", "recovery_service"),
    ("Every Ledger device must be re-validated before the 1st", "account_phishing"),
    ("Validate: https://wallet-check.example", "account_phishing"),
    ("i sent 2 eth to the address and got 4 back, still open", "doubling"),
    ("The 2x event is still running for another hour", "doubling"),
    ("Mandás 0.5, te vuelven 1. Así de simple", "doubling"),
    ("Уже 40 человек получили х2 за час", "doubling"),
])
def test_bait_cues(text, cue):
    assert cue in names(text)


@pytest.mark.parametrize("text, cue", [
    ("We will never DM you asking for crypto. Any giveaway is a scam.", "anti_scam"),
    ("Every donation doubled today thanks to our matching sponsor", "donation"),
    ("Bitcoin price surges past $60,000 as ETF inflows rally, analysts say", "reporting"),
    ("Hackearon la cuenta y publicaron un airdrop falso, no es él", "anti_scam"),
    ("Dikkat: sahte hesaplar airdrop linki paylaşıyor", "anti_scam"),
    ("Канал взломали, не переходите по ссылке на аирдроп", "anti_scam"),
])
def test_counter_cues_show_next_to_scam_words(text, cue):
    assert cue in names(text)


def test_plain_post_has_no_cues():
    assert names("Had a wonderful dinner with my family tonight") == []


@pytest.mark.parametrize("text", [
    "Ticket presale for the tour starts Friday at 10am",
    "Thanks to our support team for a great season",
    "Seed funding round closed, we are hiring",
    "Every gift to the food bank is matched 2:1 this week",
    "Claim: the bridge was built in 1920. Fact: it opened in 1932",
    "Double XP weekend is back!",
    "Our hospital offre des consultations gratuites",
    "I sent 3 emails and got 2 back before lunch",
    "Mortgage repayments rise again as rates climb",
    "The 2x speed-up is still in review",
    "Trace the wiring back to the panel before you open it",
])
def test_ordinary_posts_open_no_strong_cue(text):
    assert not set(names(text)) & {"presale", "account_phishing", "drainer", "refund_claim", "recovery_service",
                                    "doubling", "airdrop", "giveaway", "contract_address"}


def test_gate_finds_every_trigger_exactly():
    """The trie gate opens exactly the cues whose triggers are substrings (triggers glued together)."""
    pairs = language._TRIGGERS
    for i, (t, _) in enumerate(pairs):
        text = t + pairs[(i * 7) % len(pairs)][0] + " x " + pairs[(i * 13) % len(pairs)][0]
        want = set().union(*(cs for trig, cs in pairs if trig in text))
        assert language.candidate_cues(text) == want, text


# -- per-alternative gates: each alternative is searched only when a trigger it must contain is present
_TRIGGER_TEXT = st.lists(st.one_of(st.sampled_from(WORDS + [t for t, _ in language._TRIGGERS]
                                                   + [" ", "  ", ":", "$", "\t", "\n", "x", "é", "/", "https://t.co/"]),
                                   st.text(max_size=4)), max_size=25).map(lambda ws: "".join(ws[:3]) + " ".join(ws[3:]))


@settings(max_examples=300, deadline=None)
@given(_TRIGGER_TEXT)
def test_present_triggers_are_exactly_the_substring_triggers(text):
    assert language.present_triggers(text) == {t for t, _ in language._TRIGGERS if t in text}


@settings(max_examples=300, deadline=None)
@given(_TRIGGER_TEXT)
def test_every_alternative_match_holds_a_trigger_of_its_gate(text):
    for cue, parts in language._PARTS.items():
        for pattern, gate in parts:
            m = pattern.search(text)
            if m is not None and gate is not None:
                assert any(t in m.group() for t in gate), (cue.name, pattern.pattern, m.group())


@settings(max_examples=300, deadline=None)
@given(_TRIGGER_TEXT)
def test_gated_cues_equal_the_ungated_reference(text):
    slow = language.find_cues_slow(text)
    if any(c.weight > 0 for c in slow):
        assert language.find_cues(text) == slow
    else:
        assert language.find_cues(text) == [] or all(c.weight < 0 for c in language.find_cues(text))


def test_every_cue_is_split_into_its_alternatives():
    for cue in language.CUES + language.COUNTER_CUES:
        assert cue.pattern.pattern == "|".join(f"(?:{a})" for a in cue.alternatives)
        assert len(language._PARTS[cue]) == len(cue.alternatives)


@pytest.mark.parametrize("alternative, gate", [
    (r"\bsend\s+back", {"send"}),
    (r"\br[ée]clam\w+\s+(vos|votre)", {"reclam", "réclam"}),
    (r"\b(doubled|2x)\s+your", {"doubl", "2x"}),
    (r"\b(refund|compensation)s?\s+here", {"refund", "compensation"}),
    (r"(?:airdrop)+", {"air"}),
    (r"(?i:airdrop)", None),         # case-insensitive literals are no gate
    (r"(?i)airdrop", None),
    (r"(airdrop)?\s+now", None),     # optional parts are no gate
    (r"\b(a|airdrop)\s", None),      # one branch without a trigger: no gate
])
def test_required_triggers(alternative, gate):
    got = language.required_triggers(alternative)
    assert (None if got is None else set(got)) == gate


# The crypto-word pattern as first written (a flat alternation): the reference for the trie form.
_CRYPTO_WORDS_FLAT = re.compile(
    r"(?<![0-9A-Za-z_\u00c0-\u024f])(btc|bitcoin|bitcoins|eth|ether|ethereum|crypto|cryptos|cryptocurrency|"
    r"cryptocurrencies|cryptoasset|cryptoassets|cripto|criptomoneda|criptomonedas|criptomoeda|criptomoedas|"
    r"criptoativo|criptoativos|criptoactivo|criptoactivos|cryptomonnaie|cryptomonnaies|krypto|kryptowahrung|"
    r"kryptowahrungen|kripto|sol|solana|usdt|usdc|tether|xrp|doge|dogecoin|toncoin|"
    r"ltc|litecoin|trx|tron|bnb|nft|nfts|token|tokens|coin|coins|altcoin|altcoins|memecoin|memecoins|airdrop|airdrops|"
    r"wallet|wallets|metamask|phantom|defi|web3|satoshi|sats|blockchain|blockchains|coinbase|binance|kraken|uniswap|"
    r"opensea|cardano|arbitrum|stablecoin|stablecoins|billetera|billeteras|"
    r"polkadot|chainlink|hedera|monero|zcash|tezos|filecoin|kaspa|dogwifhat|shibainu|pepecoin|"
    r"[$#](shib|pepe|bonk|floki|wif|avax|matic|hbar|xlm|bch|ldo|xmr|zec|inj|aave|pengu|popcat|bome|egld|xtz)|"
    r"\$(ada|dot|link|uni|op|arb|sui|apt|ton|trump|hype|jup|fet|icp|fil|algo|etc|render|sand|mana|imx|tia|"
    r"pol|wld|mew|brett|mog|turbo|pyth|ondo|ena|tao|kas|rune))(?![0-9A-Za-z_\u00c0-\u024f])"
    r"|\b(kryptowährung\w*|kryptobörse\w*|биткоин\w*|крипт\w*|токен\w*|кошел[её]к\w*|кошельк\w*|аирдроп\w*|эирдроп\w*"
    r"|эфириум\w*|блокчейн\w*|стейблкоин\w*|мемкоин\w*)\b"
    r"|ビットコイン|イーサリアム|ソラナ|リップル|エアドロップ|ミームコイン|ステーブルコイン|仮想通貨|暗号資産|ウォレット|トークン"
    r"|比特币|以太坊|加密货币|虚拟货币|数字货币|钱包|空投")
_CRYPTO_PIECES = st.sampled_from(["btc", "bitcoin", "coin", "coinbase", "coinbas", "tokens", "token", "eth", "ether",
                                  "ethereum", "etherx", "sol", "solana", "крипто", "токен", "ビットコイン", "é", "_",
                                  "の", "記念", "cryptocurrency", "kripto", "イーサリアム", "ía", "ü",
                                  "x", "1", " ", ".", "$", "web3", "nfts", "nft", "doge", "dogecoin", "wallets", "coins",
                                  "coinsurance", "airdrops", "s", "/", "https://t.co/", "bit.ly/", "#", "shib",
                                  "pepe", "ada", "link", "$ada", "#pepe", "$shib", "adam", "chainlink", "op"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_CRYPTO_PIECES, st.text(max_size=3)), max_size=12).map("".join))
def test_crypto_words_trie_equals_the_flat_alternation(text):
    assert language.has_crypto_words(text) == (_CRYPTO_WORDS_FLAT.search(text) is not None)
    assert (language.CRYPTO_WORDS.search(text) is None) == (_CRYPTO_WORDS_FLAT.search(text) is None)


@settings(max_examples=200, deadline=None)
@given(_TRIGGER_TEXT)
def test_token_cache_path_equals_one_scan(text):
    language._TOKEN_CACHE.clear()
    first = language.present_triggers(text)
    assert first == language.present_triggers(text) == language._present_in(text)  # cold, warm, one scan


def test_long_text_takes_the_one_scan_path_and_long_tokens_stay_out_of_the_cache():
    text = "claim your airdrop " * 300 + "x" * 200
    assert len(text) > language._LONG_TEXT
    assert language.present_triggers(text) == language._present_in(text)
    language._TOKEN_CACHE.clear()
    language.present_triggers("sign " + "y" * 100 + " the")
    assert all(len(k) <= language._MAX_CACHED_TOKEN for k in language._TOKEN_CACHE)


@pytest.mark.parametrize("alternative, text", [
    (r"\bonly\s+\d", "only 5"), (r"\bonly\s+\d", "xonly 5"), (r"\bonly\s+\d", "_only 5"), (r"\bonly\s+\d", "éonly 5"),
    (r"\bonly\s+\d", "-only 5"), (r"\bgiv(e|ing)\b", "giving"), (r"\bcomes?\s+back", "come back"),
    (r"\bcomes?\s+back", "xcomes back"), (r"\bab{2}c", "abbc"), (r"\bab{2}c", "zabbc"), (r"\bfoo|bar", "xfoo bar"),
])
def test_literal_first_keeps_the_matches(alternative, text):
    moved = language.literal_first(alternative)
    assert re.search(moved, text) is None if re.search(alternative, text) is None else \
        re.search(moved, text).span() == re.search(alternative, text).span()


@settings(max_examples=300, deadline=None)
@given(_TRIGGER_TEXT)
def test_literal_first_alternatives_match_like_the_originals(text):
    for cue, parts in language._PARTS.items():
        for (pattern, _), alternative in zip(parts, cue.alternatives):
            assert (pattern.search(text) is None) == (re.search(alternative, text) is None), alternative


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_CRYPTO_PIECES, st.sampled_from(["  ", "\n", "\t", "-"]), st.text(max_size=3)),
                max_size=14).map("".join))
def test_crypto_words_per_token_equal_one_scan(text):
    language._TOKEN_CACHE.clear()
    cold = language.has_crypto_words(text)
    assert cold == language.has_crypto_words(text) == language._crypto_in(text)
    long = "x " * 2500 + text  # the long-text path
    assert len(long) > language._LONG_TEXT and language.has_crypto_words(long) == language._crypto_in(text)


@pytest.mark.parametrize("text, crypto", [
    ("Cryptocurrency exchanges are down again", True),
    ("Yatırımcılar kripto paralarını geri alabilir", True),
    ("Las criptomonedas que perdiste se pueden rastrear", True),
    ("Ihre Kryptowährungen sind nicht verloren", True),
    ("限定の記念NFTを無料で配布中", True),  # an ASCII word between CJK characters, no spaces
    ("イーサリアムの現物ETFが承認", True),
    ("送你一些比特币", True),
    # each listed word's plural is a crypto word too (session 11: wallets, coins, airdrops, blockchains, billeteras)
    ("Connect both wallets before Friday's snapshot", True),
    ("Three new airdrops land this week", True),
    ("Las billeteras frías guardan tus claves", True),
    ("Private blockchains are just databases", True),
    ("Stack your coins before the halving", True),
    ("Our coinsurance rate went up", False),
    # tickers of large coins as cashtags/hashtags (session 14); stock tickers and hashtags that are words stay out
    ("Send \"stocks\" to get them for free #SHIB $NVDA", True),
    ("Loading more $ADA and $LINK before the upgrade", True),
    ("#PEPE season is back", True),
    ("Chainlink oracles now run on Polkadot", True),
    ("Happy #Ada Lovelace day! #link in bio", False),
    ("$DASH and $STX beat earnings; #trump rally continues", False),
    ("Pepe scored twice for Porto", False),
    ("Eu solía correr todas las mañanas", False),  # Spanish, not SOL
    ("Our cryptography library got faster", False),
    ("the token_id column is indexed", False),
])
def test_crypto_words_across_languages_and_scripts(text, crypto):
    from bot.detect.normalize import normalize

    assert language.has_crypto_words(normalize(text).folded) is crypto


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_CRYPTO_PIECES, st.sampled_from(["claim ", "send ", " back", "airdrop", "double "]),
                          st.text(max_size=3)), max_size=14).map("".join))
def test_one_pass_cues_and_crypto_equal_the_two_scans(text):
    # the scorer takes both from one pass over the tokens; each must equal its own scan, cold, warm and on the
    # long-text path
    language._TOKEN_CACHE.clear()
    for probe in (text, text, "x " * (language._LONG_TEXT // 2) + text):
        _assert_one_pass_equals_the_scans(probe)


def _assert_one_pass_equals_the_scans(text: str) -> None:
    cues, crypto = language.find_cues_and_crypto(text)
    slow = language.find_cues_slow(text)
    if any(c.weight > 0 for c in slow):
        assert cues == slow
    else:  # counter cues alone are not reported, or only next to a candidate scam cue that did not match
        assert all(c.weight < 0 for c in cues)
    assert crypto == language.has_crypto_words(text) == language._crypto_in(text)


@pytest.mark.parametrize("text", [
    "see https://t.co/abc123xyz0 now", "https://t.co/blockchain", "go to https://btc-giveaway.example/claim your prize",
    "https://x.com/elonmusk/status/1 send back double", "eth/ airdrop", "a/airdrop", "24/7 help desk", "/confirm your",
    "https://example.com/ca : 0xabc", "dm/dm us", "x/ / //",
])
def test_link_tokens_split_at_the_last_slash_equal_one_scan(text):
    # a token with "/" is answered from its cached part up to the last "/" and its tail; the whole token is not
    # cached (t.co links are new in every post and would churn the cache)
    language._TOKEN_CACHE.clear()
    for _ in range(2):  # cold, then warm
        assert language.present_triggers(text) == language._present_in(text)
        _assert_one_pass_equals_the_scans(text)
    assert not any("/" in k and not k.endswith("/") for k in language._TOKEN_CACHE)


def test_cue_hash_is_cached_and_agrees_with_equality():
    import dataclasses

    cue = language.CUES[0]
    twin = dataclasses.replace(cue)
    assert twin == cue and hash(twin) == hash(cue) and {cue: 1}[twin] == 1
    other = dataclasses.replace(cue, weight=cue.weight + 1)
    assert other != cue and hash(other) != hash(cue)
