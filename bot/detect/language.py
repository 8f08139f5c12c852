"""Scam-bait and counter-signal vocabulary, in the languages takeover bait is written in.

Each cue is a named, compiled pattern over `Normalized.folded` (lowercase, de-obfuscated).
Patterns are plain alternations with bounded gaps (`.{0,40}`) so no input can make them
backtrack catastrophically.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_G = r"[^.!?\n]{0,40}?"  # a bounded gap inside one sentence


@dataclass(frozen=True, slots=True)
class Cue:
    """A language cue: its name, its weight in the rule score, and a readable label."""

    name: str
    weight: float
    label: str
    pattern: re.Pattern[str]
    triggers: tuple[str, ...] = ()


def _cue(name: str, triggers: tuple[str, ...], weight: float, label: str, *alternatives: str) -> Cue:
    """A cue whose pattern can only match where one of its literal triggers occurs."""
    return Cue(name, weight, label, re.compile("|".join(f"(?:{a})" for a in alternatives)), triggers)


CUES: tuple[Cue, ...] = (
    _cue("doubling", ('send', 'sent', 'doubl', '2x', 'x2', '200%', 'twice', 'devolv', 'doble', 'duplic', 'dobro', 'dobr', 'retour', 'renverr', 'doppelt', 'verdopp', 'iki', 'двойн', 'удво', 'вдвое', '倍',), 2.6, "promises to send back double",
         rf"send{_G}back{_G}(double|doubled|2x|twice)", r"(double|doubled|2x|x2)\s+(your|the|it|back|all|any|every|each)\b",
         rf"sent{_G}(will be|are)?{_G}(returned|sent back)\s*(doubled|double|2x)",
         r"\bsend\s+\$?\d[\d,.]*\s*(k|btc|eth|usd)?\b.{0,30}\b(send|get|receive)\s+(you\s+)?back\s+\$?\d",
         r"(you|u)\s+send\s+\$?[\d,.]+\s*(k|btc|eth)?,?\s+(i|we)\s+(will\s+)?send\s+(you\s+)?back",
         r"devolver[eé]?\w*\s+(el\s+)?doble", r"te\s+env\w+\s+el\s+doble", r"duplic\w+\s+(tu|su|seu|o seu)",
         r"envi\w+\s+de\s+volta\s+(o\s+)?dobro", r"(en\s+)?retour\s+(le\s+)?double", r"renverr\w*\s+le\s+double",
         r"doppelt\s+zur[uü]ck", r"verdoppel",
         rf"\b(return\w*|comes?\s+back|paid\s+back|matched|receive|get|gets|is\s+sent\s+back){_G}\b(doubled|double|2x|x2|twice|200\s?%)",
         rf"\bdoubl\w*\s+(every|all|any|each)\s+{_G}(deposit|payment|transaction|transfer|btc|eth|bitcoin|usdt|sol)",
         r"\b(recibir\w*|recibe\w*|devuelv\w*)\s+(el\s+)?doble", r"\b(receb\w+|volta\w*|devolvid\w*)\s+(o\s+|em\s+)?dobro",
         r"\bdobr\w+\s+(todos|cada|qualquer)", r"\bduplic\w+\s+(todos|cada|cualquier)", r"\bverdopp\w*",
         r"\b(recev\w+|rend\w*)\s+(le\s+)?double", r"\bikiye\s+katla\w*", r"iki\s+kat\w*", r"(в\s+)?двойном\s+размере", r"удво",
         r"(верн|получ)\w*\s+вдвое", r"вдвое\s+больше", r"倍(にして|で)?(お返し|返)", r"2倍"),
    _cue("giveaway", ('giv', 'sorteo', 'regal', 'sorteio', 'distribu', 'cadeau', 'verschenk', 'gewinnspiel', 'çekiliş', 'hediye', 'раздач', 'разыгр', 'プレゼント', '配布',), 1.5, "giveaway language",
         r"\bgiv(e|ing)\s*(away|back)\b", r"\bgiveaway\b", r"\bgiving\s+away\b", r"\bsorteo\b", r"\bregal\w+\b",
         r"\bsorteio\b", r"\bdistribu\w+\s+(de\s+)?\d", r"\bcadeau\w*\b", r"\bverschenk\w*", r"\bgewinnspiel\b",
         r"\bçekiliş\w*", r"\bhediye\w*", r"раздач\w+", r"разыгр\w+", r"プレゼント", r"配布"),
    _cue("airdrop", ('air', 'claim', 'eligible', 'free', 'reclam', 'réclam', 'resgat', 'beanspruch', 'talep', 'получ', 'エアドロップ', '受け取',), 1.3, "airdrop / claim language",
         r"\bair\s*drop\w*\b", r"\bclaim\s+(your|now|here|the|free|my|\$)", r"\bclaim(ing)?\s+(is\s+)?(live|open)\b",
         r"\beligible\s+(for|to)\s+(the\s+|an?\s+|your\s+)?(\$?[a-z]+\s+)?(airdrop|claim|reward|tokens?|drop|allocation)", r"\bfree\s+(btc|eth|crypto|tokens?|nfts?|mint|sol|bitcoin|ethereum|usdt)\b",
         r"\breclam\w+\s+(tu|seu|su)", r"\bresgat\w+", r"\br[ée]clam\w+\s+(vos|votre|tes)", r"\bbeanspruch",
         r"\btalep\s+et", r"\bполуч\w+\s+(свои|бесплатн)", r"エアドロップ", r"受け取"),
    _cue("send_to_address", ('send', 'sent', 'address', 'wallet', 'env', 'sende', 'gönder', 'gonder', 'отправ', 'переве', '送金', '送って',), 2.0, "asks readers to send crypto to an address",
         rf"\bsend{_G}(btc|eth|bitcoin|ethereum|sol|usdt|crypto|xrp|doge|trx|ltc){_G}(to|into)\b",
         rf"(all|any)\s+(bitcoin|btc|eth|ethereum|crypto|sol|usdt|xrp|doge){_G}sent\s+to",
         r"\b(address|wallet)\s+(below|above|here)\b", r"\bto\s+(this|my|the\s+following)\s+(address|wallet)\b",
         r"\benv[ií]\w*\s+(btc|eth|bitcoin|sol|usdt|cripto)", r"\benvoy\w*\s+(des\s+)?(btc|eth|bitcoin|crypto)",
         r"\bsende\w*\s+(btc|eth|bitcoin|krypto)", r"\bg[öo]nder\w*", r"\bотправ\w+", r"\bпереве\w+",
         r"(送金|送って)"),
    _cue("wallet_action", ('connect', 'wallet', 'mint', 'phrase', 'conect', 'verbind', 'cüzdan', 'подключ', 'ウォレット',), 1.6, "asks readers to connect a wallet or mint",
         r"\bconnect\s+(your\s+)?wallet\b", r"\b(validate|sync|synchroni[sz]e|verify|restore)\s+(your\s+)?wallet\b",
         r"\bmint\s+(now|here|is\s+live|live|your|for\s+free)\b", r"\bfree\s+mint\b", r"\bseed\s+phrase\b",
         r"\brecovery\s+phrase\b", r"\bconecte?\s+(tu|sua|seu)\s+(billetera|carteira)", r"\bconnectez\s+votre",
         r"\bverbinde\w*\s+(deine|ihre)\s+wallet", r"\bcüzdan\w*\s+bağla", r"подключ\w+\s+кошел",
         r"ウォレットを接続"),
    _cue("urgency", ('only', 'next', 'first', 'limited', 'hurry', 'fast', 'miss', 'ends', 'chance', 'gone', 'solo', 'apenas', 'seulement', 'nur', 'sadece', 'только', '分', '限定',), 1.0, "urgency",
         r"\bonly\s+(doing\s+this\s+)?(for\s+)?(the\s+)?(next\s+)?\d+\s*(min|minutes|hours?|hrs?)\b",
         r"\b(next|first)\s+(\d+\s*)?(min|minutes|people|participants|hours?)\b", r"\blimited\s+(time|spots|supply)\b",
         r"\b(hurry|act\s+fast|don'?t\s+miss|ends\s+(soon|in)|last\s+chance|before\s+it'?s\s+gone)\b",
         r"\bsolo\s+(por|durante)\s+\d+", r"\bapenas\s+\d+\s*(min|minutos|horas)", r"\bseulement\s+\d+",
         r"\bnur\s+(noch\s+)?\d+\s*(min|minuten|stunden)", r"\bsadece\s+\d+\s*(dakika|saat)", r"\bтолько\s+\d+",
         r"\d+\s*分(間)?(限定|だけ)", r"限定"),
    _cue("contract_address", ('ca:', 'ca :', 'ca=', 'ca =', 'contract', 'pump', 'live', 'launch', 'token', 'coin',), 1.2, "posts a token contract address",
         r"\b(ca|contract(\s+address)?)\s?[:=]", r"\bpump\.fun\b", r"\$[a-z]{2,10}\s+(is\s+)?(live|launch\w*)\b",
         r"\b(official|my)\s+(token|coin|memecoin)\b"),
    _cue("covid_charity_bait", ('giv', 'health', 'support',), 0.8, "giving-back framing",
         r"\bgiving\s+back\s+to\s+(the|my|our)\s+community\b", r"\bcrypto\s*for\s*health\b",
         r"\bin\s+support\s+of\s+(covid|the\s+community)\b"),
    _cue("fake_approval", ('grant', 'approv',), 1.2, "market-moving announcement",
         r"\b(sec|commission)\s+(grants|granted|approves|approved)\b", r"\bapproval\s+for\s+(bitcoin|btc|spot)",
         r"\bspot\s+(bitcoin|btc|eth)\s+etfs?\s+(approved|are\s+approved)"),
    _cue("recovery_service", ('recover', 'recupera', 'wiederherstell', 'восстанов', '復元', 'kurtar',), 1.4, "offers to recover lost crypto",
         r"\brecover\w*\s+(your\s+|all\s+|the\s+)?(lost\s+|stolen\s+|scammed\s+)?(funds|coins|crypto|bitcoin|btc|eth|assets|money|wallet)",
         r"\b(funds?|assets?|crypto|bitcoin)\s+recovery\b", r"\brecovery\s+(experts?|team|specialists?|services?|agents?)\b",
         r"\brecupera\w*\s+(tus|sus|seus|os\s+seus)\s+(fondos|fundos|criptos?|bitcoins?)",
         r"восстанов\w+\s+(ваш|свой)\s+кош", r"cüzdan\w*\s+kurtar", r"(ウォレット|資産)を?(の)?復元"),
    _cue("live_stream", ('live', 'vivo', 'direct',), 1.0, "links a 'live' crypto event",
         r"\b(live\s+now|watch\s+live|livestream|live\s+stream|en\s+vivo|ao\s+vivo|en\s+direct)\b"),
)

COUNTER_CUES: tuple[Cue, ...] = (
    _cue("anti_scam", ('never', 'not', 'won', 'doesn', 'don', 'scam', 'fake', 'fraud', 'phishing', 'beware', 'careful', 'watch', 'safe', 'report', 'fall', 'impersonat', 'hacked', 'compromised', 'takeover', 'hijack', 'nunca', 'jamais', 'niemals', 'asla', 'никогда', 'мошенни', 'estafa', 'golpe', 'arnaque', 'betrug', 'dolandırıcı', '詐欺',), -3.2, "warns readers about scams",
         r"\b(never|will\s+not|won'?t|doesn'?t|does\s+not|do\s+not|don'?t)\s+(ever\s+)?(dm|ask|message|send|request|run|do)\w*\b.{0,50}\b(crypto|bitcoin|btc|eth|funds|giveaway|money|wallet|seed|password|keys?)",
         r"\b(is|are|was)\s+(a\s+)?(scams?|fake|fraud\w*|phishing|not\s+(us|real|affiliated))\b",
         r"\b(beware|be\s+careful|watch\s+out|report\s+(it|them)|don'?t\s+fall\s+for|scam\s+alert)\b",
         r"\b(impersonat\w+|hacked|compromised|takeover|hijack\w*)\b",
         r"\bnunca\s+(te\s+)?(pedimos|pediremos|vamos|pedir)", r"\bjamais\b", r"\bniemals\b", r"\basla\b",
         r"\bникогда\b", r"\bмошенни\w+", r"\bestafa\w*", r"\bgolpe\w*", r"\barnaque\w*", r"\bbetrug\w*",
         r"\bdolandırıcı\w*", r"詐欺"),
    _cue("donation", ('donat', 'fundrais', 'charity', 'relief', 'match', 'doubl', 'donaci', 'doa', 'don', 'spende', 'bağış', 'пожертв', '寄付',), -1.2, "donation / charity framing",
         r"\bdonat\w+\b", r"\bdonations?\b", r"\bfundrais\w+\b", r"\bcharity\b", r"\brelief\b",
         r"\bmatch\w*\s+(your\s+)?donation", r"\bdoubl\w+\s+(your\s+)?(donation|impact|gift)", r"\bdonaci\w+\b",
         r"\bdoa[cç]\w+\b", r"\bdons?\b", r"\bspende\w*\b", r"\bbağış\w*", r"\bпожертв\w+", r"寄付"),
    _cue("reporting", ('report', 'according', 'analyst', 'breaking', 'via', 'sources', 'investigat', 'price', 'rall', 'surg', 'slump', 'fell', 'rose', 'trading', 'market', 'hacker', 'attacker', 'scammer',), -1.6, "news reporting framing",
         r"\b(reportedly|according\s+to|reports?\s+(say|that)|analysts?|breaking:|via\s+@|sources\s+say|investigat\w+)\b",
         r"\b(price|prices|rall(y|ies)|surg(e|es|ed)|slump\w*|fell|rose|trading\s+at|market\s+cap)\b",
         r"\b(hackers?|attackers?|scammers?)\b"),
)

CRYPTO_WORDS = re.compile(
    r"\b(btc|bitcoin|eth|ether|ethereum|crypto|cripto|krypto|sol|solana|usdt|usdc|tether|xrp|doge|dogecoin|"
    r"ltc|litecoin|trx|tron|bnb|nft|nfts|token|tokens|coin|memecoin|airdrop|wallet|metamask|phantom|defi|web3|"
    r"satoshi|sats|blockchain|биткоин\w*|крипт\w*|ビットコイン|仮想通貨|暗号資産)\b")


def _gate_index(cues: tuple[Cue, ...]) -> dict[str, frozenset[Cue]]:
    """Per trigger, the cues it may open."""
    owners: dict[str, set[Cue]] = {}
    for cue in cues:
        for t in cue.triggers:
            owners.setdefault(t, set()).add(cue)
    return {t: frozenset(cs) for t, cs in owners.items()}


_TRIGGERS = tuple(_gate_index(CUES + COUNTER_CUES).items())
_ORDER = {c: i for i, c in enumerate(CUES + COUNTER_CUES)}


def candidate_cues(folded: str) -> set[Cue]:
    """Cues whose triggers occur in the text: a cheap superset of the cues that match."""
    found: set[Cue] = set()
    for trigger, cues in _TRIGGERS:
        if trigger in folded:  # a substring test per trigger beats one big regex scan
            found |= cues
    return found


def find_cues(folded: str) -> list[Cue]:
    """The scam and counter cues present in a folded text, in declaration order."""
    cands = candidate_cues(folded)
    if not any(c.weight > 0 for c in cands):
        return []  # counter cues only matter next to a scam cue
    return [c for c in sorted(cands, key=_ORDER.__getitem__) if c.pattern.search(folded)]


def find_cues_slow(folded: str) -> list[Cue]:
    """Every cue by its full pattern, without the trigger gate (the reference for tests)."""
    return [c for c in CUES + COUNTER_CUES if c.pattern.search(folded)]


def has_crypto_words(folded: str) -> bool:
    return CRYPTO_WORDS.search(folded) is not None
