"""Scam-bait and counter-signal vocabulary, in the languages takeover bait is written in.

Each cue is a named, compiled pattern over `Normalized.folded` (lowercase, de-obfuscated).
Patterns are plain alternations with bounded gaps (`.{0,40}`) so no input can make them
backtrack catastrophically.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_G = r"[^.!?\n]{0,40}?"  # a bounded gap inside one sentence


@dataclass(frozen=True, slots=True)
class Cue:
    """A language cue: its name, its weight in the rule score, and a readable label."""

    name: str
    weight: float
    label: str
    pattern: re.Pattern[str]
    triggers: tuple[str, ...] = ()
    alternatives: tuple[str, ...] = field(default=(), compare=False, repr=False)  # the pattern's parts
    _hash: int = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        # The generated hash walks every trigger on each call, and cues are dict keys on the hot path.
        object.__setattr__(self, "_hash", hash((self.name, self.weight, self.label, self.pattern, self.triggers)))

    def __hash__(self) -> int:
        return self._hash


def _cue(name: str, triggers: tuple[str, ...], weight: float, label: str, *alternatives: str) -> Cue:
    """A cue whose pattern can only match where one of its literal triggers occurs."""
    return Cue(name, weight, label, re.compile("|".join(f"(?:{a})" for a in alternatives)), triggers,
               alternatives)


CUES: tuple[Cue, ...] = (
    _cue("doubling", ('send', 'sent', 'doubl', '2x', 'x2', '200%', 'twice', 'devolv', 'doble', 'duplic', 'dobro', 'dobr', 'retour', 'renverr', 'doppelt', 'verdopp', 'iki', 'двойн', 'удво', 'вдвое', '倍', 'devuel', 'match', 'х2', 'vuelven', 'got', 'paid out', 'ausgezahlt', 'llega'), 2.6, "promises to send back double",
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
         r"(верн|получ)\w*\s+вдвое", r"вдвое\s+больше", r"倍(にして|で)?(お返し|返)", r"2倍",
         # "send 0.5 ETH, get 1 ETH back": the amounts come before "back"
         r"\bsend\s+\$?\d[\d,.]*\s*[a-z]{0,5},?\s+(and\s+)?(get|receive)\s+\$?\d[\d,.]*\s*[a-z]{0,5}\s+back\b",
         # a return verb and a multiplier further apart in one sentence ("returning every XRP you send to ... doubled")
         r"\b(return\w*|revien\w*|renvoi\w*|renvoy\w*|devuel\w*|volta\w*|retorn\w*)[^.!?\n]{0,80}?(doubl\w*|doble|dobro|dobrad\w*|x2|2x)\b",
         r"\b(x2|2x|doppelte?)\s+(zurück|zuruck|back|de\s+volta)", r"\b(erhalt|bekomm)\w*\s+(sofort\s+)?das\s+doppelte",
         r"\b(receb|recib|recev|reçoi|ganh)\w*\s+(o\s+|el\s+|le\s+)?(2x|x2|dobro|doble|double)\b",
         r"\bdev(ol|uel)\w*\s+(al|el|en)\s+doble", r"\bdoubl\w*\s+return", r"\ben\s+double\b[^.!?\n]{0,20}?(retour|renvoy)",
         r"\bmatch\w*\s+(every|all|any|each)\s+(btc|eth|bitcoin|ethereum|sol|usdt|xrp|doge|crypto)\b[^.!?\n]{0,60}?\b2:1",
         # testimonies and reminders under the bait: "sent 3 eth and got 6 back", "the 2x is still running"
         r"\bsent\s+\d[\d,.]*\s*(btc|eth|sol|xrp|usdt|usdc|doge|ltc|trx|ton|bnb)\b[^.!?\n]{0,40}?\bgot\s+\d[\d,.]*\s*[a-z]{0,5}\s+back\b",
         r"\b(2x|x2)\s+(event\s+|giveaway\s+)?(is\s+)?(still\s+)?(running|live|open|active)\b", r"\b(2x|x2)\s+(return|event)\b",
         r"\b(already\s+)?paid\s+out\s+\d[\d,.]*\s*(btc|eth|sol|xrp|usdt|bitcoin)", r"\bausgezahlt\b[^.!?\n]{0,40}?\b(adresse|wallet)",
         r"\b(te\s+)?vuelven\s+\d", r"\bllega\w*\s+el\s+doble", r"\bdevolv\w+\s+a\s+(m[aá]s\s+de\s+|como\s+)?\d+\s+personas",
         r"получил\w*\s+[хx]2", r"\b[хx]2\s+(на|за)\s"),
    _cue("giveaway", ('giv', 'sorteo', 'regal', 'sorteio', 'distribu', 'cadeau', 'verschenk', 'gewinnspiel', 'çekiliş', 'hediye', 'раздач', 'разыгр', 'プレゼント', '配布', 'lucky winner', 'receive your', 'offert', 'offre', 'разда'), 1.5, "giveaway language",
         r"\bgiv(e|ing)\s*(away|back)\b", r"\bgiveaway\b", r"\bgiving\s+away\b", r"\bsorteo\b", r"\bregal\w+\b",
         r"\bsorteio\b", r"\bdistribu\w+\s+(de\s+)?\d", r"\bcadeau\w*\b", r"\bverschenk\w*", r"\bgewinnspiel\b",
         r"\bçekiliş\w*", r"\bhediye\w*", r"раздач\w+", r"разыгр\w+", r"\blucky winners?\b", r"\breceive your\s+(reward|prize|gift)", r"プレゼント", r"配布",
         r"\b(ada|xrp|btc|eth|sol|doge|bitcoin|usdt)\s+offerts\b", r"\boffre\s+\d[\d,.]*\s+(millions?\s+)?(de\s+|d')?(ada|xrp|btc|eth|sol|doge|bitcoin|usdt)",
         r"\bdistribution\s+(spéciale\s+)?(de\s+|d')?(crypto|btc|eth|xrp|ada|sol|bitcoin)", r"разда[её]т"),
    _cue("airdrop", ('air', 'claim', 'eligible', 'free', 'reclam', 'réclam', 'resgat', 'beanspruch', 'talep', 'получ', 'エアドロップ', '受け取', 'аирдроп', 'эйрдроп', 'eligib', 'qualif', 'claimable', 'невостребован', '未請求'), 1.3, "airdrop / claim language",
         r"\bair\s*drop\w*\b", r"\bclaim\s+(your|now|here|the|free|my|\$)", r"\bclaim(ing)?\s+(is\s+)?(live|open)\b",
         r"\beligible\s+(for|to)\s+(the\s+|an?\s+|your\s+)?(\$?[a-z]+\s+)?(airdrop|claim|reward|tokens?|drop|allocation)", r"\bfree\s+(btc|eth|crypto|tokens?|nfts?|mint|sol|bitcoin|ethereum|usdt)\b",
         r"\breclam\w+\s+(tu|seu|su)", r"\bresgat\w+", r"\br[ée]clam\w+\s+(vos|votre|tes)", r"\bbeanspruch",
         r"\btalep\s+et", r"\bполуч\w+\s+(свои|бесплатн)", r"エアドロップ", r"受け取", r"(аирдроп|эйрдроп)\w*", r"\bclaim\s+(at|here|it\s+here|now)\b", r"\bcan\s+claim\b",
         r"\breclam[ae]\s+(ya|ahora|aqu[ií])", r"\bréclamez\b", r"\bclaim\s?:\s*(https?://|www\.)", r"\bcheck\s+(your\s+)?eligibility\b",
         r"\b(wallet|account)\s+(is\s+eligible|qualifies)\b", r"\b(now|are|is)\s+claimable\b", r"невостребованн\w+\s+токен", r"未請求"),
    _cue("send_to_address", ('send', 'sent', 'address', 'wallet', 'env', 'sende', 'gönder', 'gonder', 'отправ', 'переве', '送金', '送って',), 2.0, "asks readers to send crypto to an address",
         rf"\bsend{_G}(btc|eth|bitcoin|ethereum|sol|usdt|crypto|xrp|doge|trx|ltc){_G}(to|into)\b",
         rf"(all|any)\s+(bitcoin|btc|eth|ethereum|crypto|sol|usdt|xrp|doge){_G}sent\s+to",
         r"\b(address|wallet)\s+(below|above|here)\b", r"\bto\s+(this|my|the\s+following)\s+(address|wallet)\b",
         r"\benv[ií]\w*\s+(btc|eth|bitcoin|sol|usdt|cripto)", r"\benvoy\w*\s+(des\s+)?(btc|eth|bitcoin|crypto)",
         r"\bsende\w*\s+(btc|eth|bitcoin|krypto)", r"\bg[öo]nder\w*", r"\bотправ\w+", r"\bпереве\w+",
         r"(送金|送って)"),
    _cue("wallet_action", ('connect', 'wallet', 'mint', 'phrase', 'conect', 'verbind', 'cüzdan', 'подключ', 'ウォレット', 'минт', 'ミント',
                           'frase', 'kurtarma', 'фраз', 'フレーズ', 'gas only', 'ガス代のみ'), 1.6, "asks readers to connect a wallet or mint",
         r"\bconnect\s+(your\s+)?wallet\b", r"\b(validate|sync|synchroni[sz]e|verify|restore)\s+(your\s+)?wallet\b",
         r"\bmint\s+(now|here|is\s+live|live|your|for\s+free)\b", r"\bfree\s+mint\b", r"\bseed\s+phrase\b",
         r"\brecovery\s+phrase\b", r"\bconect[ae]?\s+(tu|sua|seu|a\s+sua)\s+(billetera|carteira)", r"\bmint\s+(gratuito|gratis|grátis)", r"\b(gratis-mint|kostenlose\w*\s+mint|ücretsiz\s+mint)",
         r"бесплатн\w+\s+минт", r"無料ミント", r"подключ\w+\s+(его|её|их)\s+здесь", r"\bconnectez\s+votre",
         r"\bverbinde\w*\s+(deine|ihre)\s+wallet", r"\bcüzdan\w*\s+bağla", r"подключ\w+\s+кошел",
         r"ウォレットを接続",
         # the recovery phrase a drainer or a fake support desk asks for, and free-mint wording
         r"\bfrase\s+(de\s+recupera\w+|semilla|secreta|de\s+seguran\w+)", r"\bphrase\s+(de\s+r[ée]cup[ée]ration|secr[èe]te)",
         r"(wiederherstellungs|seed-?)phrase", r"\bkurtarma\s+(ifade|kelime)\w*", r"(сид|секретн\w*|мнемоническ\w*)\s?-?\s?фраз",
         r"(復元|シード|リカバリー)フレーズ",
         r"\bmint\w*\s+(is\s+|est\s+|ist\s+)?(open|ouvert\w*|abierto|aberto|offen|gratuit\w*|gratis|gr[aá]tis)\b",
         r"\b(stealth|surprise|open|public)\s+mint\b", r"\bfree\s+for\s+the\s+first\s+\d[\d,]*\s+wallets", r"\bgas\s+only\b",
         r"フリーミント", r"ミント(無料|開放|可能|はこちら)", r"ガス代のみ"),
    _cue("urgency", ('only', 'next', 'first', 'limited', 'hurry', 'fast', 'miss', 'ends', 'chance', 'gone', 'solo', 'apenas', 'seulement', 'nur', 'sadece', 'только', '分', '限定',), 1.0, "urgency",
         r"\bonly\s+(doing\s+this\s+)?(for\s+)?(the\s+)?(next\s+)?\d+\s*(min|minutes|hours?|hrs?)\b",
         r"\b(next|first)\s+(\d+\s*)?(min|minutes|people|participants|hours?)\b", r"\blimited\s+(time|spots|supply)\b",
         r"\b(hurry|act\s+fast|don'?t\s+miss|ends\s+(soon|in)|last\s+chance|before\s+it'?s\s+gone)\b",
         r"\bsolo\s+(por|durante)\s+\d+", r"\bapenas\s+\d+\s*(min|minutos|horas)", r"\bseulement\s+\d+",
         r"\bnur\s+(noch\s+)?\d+\s*(min|minuten|stunden)", r"\bsadece\s+\d+\s*(dakika|saat)", r"\bтолько\s+\d+",
         r"\d+\s*分(間)?(限定|だけ)", r"限定"),
    _cue("contract_address", ('ca:', 'ca :', 'ca=', 'ca =', 'contract', 'pump', 'live', 'launch', 'token', 'coin', 'contrat', 'kontrat',
                                  'контракт', 'コントラクト', 'jeton', 'токен', 'トークン'), 1.2, "posts a token contract address",
         r"\b(ca|contract(\s+address)?)\s?[:=]", r"\bpump\.fun\b", r"\$[a-z]{2,10}\s+(is\s+)?(live|launch\w*)\b",
         r"\b(official|my)\s+(token|coin|memecoin)\b",
         # the same in the other languages bait is written in; a pump.fun mint address ends in "pump"
         r"\b(contrato|contrat|kontrat)\w*(\s+adresi)?\s?[:=]", r"контракт\w*\s?:", r"コントラクト", r"\b[1-9a-z]{28,44}pump\b",
         r"\b(token|jeton|tokenim)\s+(oficial|officiel|offiziell\w*)", r"\b(oficial|officiel|offiziell\w*|resmi)\s+(token|jeton|tokenim)",
         r"официальн\w+\s+токен", r"公式トークン"),
    _cue("covid_charity_bait", ('giv', 'health', 'support',), 0.8, "giving-back framing",
         r"\bgiving\s+back\s+to\s+(the|my|our)\s+community\b", r"\bcrypto\s*for\s*health\b",
         r"\bin\s+support\s+of\s+(covid|the\s+community)\b"),
    _cue("fake_approval", ('grant', 'approv',), 1.2, "market-moving announcement",
         r"\b(sec|commission)\s+(grants|granted|approves|approved)\b", r"\bapproval\s+for\s+(bitcoin|btc|spot)",
         r"\bspot\s+(bitcoin|btc|eth)\s+etfs?\s+(approved|are\s+approved)"),
    _cue("recovery_service", ('recover', 'recupera', 'wiederherstell', 'восстанов', '復元', 'kurtar', 'récupér', 'verloren', 'gestohlen', 'kayıp', 'украден', 'потерян', '取り戻', 'back thanks to',
                                 'satoshi back', 'rastre', 'trace', 'zurück', 'вернули', 'devolvieron', 'hacker', 'erfolgsbasis', 'cobra'), 1.4, "offers to recover lost crypto",
         r"\brecover\w*\s+(your\s+|all\s+|the\s+)?(lost\s+|stolen\s+|scammed\s+)?(funds|coins|crypto|bitcoin|btc|eth|assets|money|wallet)",
         r"\b(funds?|assets?|crypto|bitcoin)\s+recovery\b", r"\brecovery\s+(experts?|team|specialists?|services?|agents?)\b",
         r"\brecupera\w*\s+(tus|sus|seus|os\s+seus)\s+(fondos|fundos|criptos?|bitcoins?)",
         r"\brecover\w*\s+(help|support|assistance|guidance|everything|it\s+all)\b", r"\bdm\s+(for|me\s+for)\s+recover", r"\b(verified|legit|trusted)\s+recover", r"\brecover\w*\s+(pro|professionals?|hackers?)\b",
         r"\brécupér\w+\s+(vos|tes)\s+(fonds|cryptos?|bitcoins?)", r"\b(verloren|gestohlen)\w*\s+(krypto|gelder|coins|bitcoin)", r"kayıp\s+(fon|kripto|para)",
         r"(украден|потерян)\w*\s+(средств|крипт|биткоин)", r"(資金|資産|仮想通貨)を取り戻", r"восстанов\w+\s+(ваш|свой)\s+кош", r"cüzdan\w*\s+kurtar", r"(ウォレット|資産)を?(の)?復元",
         r"\brecovery\s+desk\b", r"\brecovered\s+over\s+\$?\d", r"\bthank\w*\s+(you\s+)?@\w+\s+for\s+recover",
         r"\b(btc|eth|crypto|funds|bitcoin|coins|everything)\s+back\s+thanks\s+to\s+@",
         r"\bevery\s+satoshi\s+back", r"\b(rastre\w+|trace\w*)\s+(la\s+|a\s+|the\s+)?(wallet|carteira|billetera|funds|fondos|fundos)",
         r"\b(can|could)\s+(always\s+)?be\s+traced", r"\bzurück(geholt|zubekommen)", r"вернули\s+(мне\s+)?(все|всё|деньги|средства|крипт)",
         r"\bdevolvieron\s+(todo|el\s+dinero|los\s+fondos)", r"\bethical\s+hacker", r"\bhacker\s+[ée]tico", r"\berfolgsbasis",
         r"\bsolo\s+cobra\w*\s+si\s+recuper"),
    # Phishing that needs no crypto word: suspension / verification / badge / copyright notices.
    _cue("account_phishing", ('suspen', 'restrict', 'disabled', 'locked', 'terminat', 'deactivat', 'vérif', 'altın tik', 'verif', 'confirm your', 'badge', 'checkmark',
                              'appeal', 'copyright', 'unusual activity', 'new device', 'protect your funds', 'secure your',
                              'cuenta', 'identidad', 'inusual', 'dispositivo', 'protege tus', 'derechos de autor',
                              'conta ', 'identidade', 'suspeita', 'proteja seus', 'direitos autorais', 'compte', 'identité',
                              'inhabituel', 'protégez', "droits d'auteur", 'gesperrt', 'identität', 'ungewöhnlich',
                              'anmeldung', 'sichere jetzt', 'urheberrecht', 'abzeichen', 'haken', 'askıya', 'doğrula',
                              'olağandışı', 'cihaz', 'koruyun', 'telif', 'itiraz', 'rozet', 'mavi tik', 'заблокир',
                              'личност', 'провер', 'подозрит', 'устройств', 'защитите', 'авторск', 'апелляц', 'галочк',
                              '凍結', '停止', '制限', '本人確認', '認証', '不審', 'ログイン', '保護', 'バッジ', '著作権', '異議',
                              'valid', 'synchronisieren'),
         1.6, "account-suspension / verification phishing",
         r"\b(account|profile|page|wallet)s?\s+(will\s+be|has\s+been|have\s+been|is\s+being|are|is)\s+(permanently\s+)?(suspen\w+|restrict\w*|disabled|locked|terminated|deactivated)",
         r"\b(suspen\w+|restrict\w*|disabled|locked)\s+within\s+\d", r"\bverif\w*\s+(your\s+)?(account|identity|badge|ownership|profile|seed|device)\b",
         r"\b(complete|finish)\s+(the\s+|your\s+)?verif\w*", r"\bnot\s+re-?verif\w+", r"\bconfirm your\s+(identity|account|ownership)",
         r"\b(blue|gold|golden|verified|verification)\s+(badge|checkmark)", r"\bkeep\s+(the|your)\s+(badge|checkmark)",
         r"\bappeal\s+(form|here|now|within|page)", r"\bsubmit\s+(an\s+|your\s+)?appeal", r"\bcopyright\s+(infringement|violation|strike|claim)",
         r"\bunusual activity\b", r"\b(login|sign-?in)\s+from\s+(a\s+)?new device", r"\bprotect your funds\b", r"\bsecure your\s+(account|funds|assets|wallet)",
         rf"\bcuenta{_G}\b(suspendid|bloquead|restringid)", r"\bverifi\w+\s+(su|tu)\s+(identidad|cuenta)", r"\bactividad\s+inusual",
         r"\bnuevo\s+dispositivo", r"\bprotege tus\s+(fondos|activos)", r"\bderechos de autor", r"\bsin\s+verificar",
         rf"\bconta {_G}\b(suspens|bloquead|restrit)", r"\bverifique\s+(sua|a\s+sua)\s+(identidade|conta)", r"\batividade\s+suspeita",
         r"\bproteja seus\s+(fundos|ativos)", r"\bdireitos autorais", r"\bn[ãa]o\s+verificad", r"\bconclua\s+a\s+verifica",
         rf"\bcompte{_G}\b(suspendu|bloqu|restreint)", r"\bv[ée]rifi\w*\s+(votre|ton)\s+(compte|identit[ée])", r"\bactivit[ée]\s+inhabituel",
         r"\bprotégez\s+vos", r"\bdroits d'auteur",
         r"\bkonto\w*\s[^.!?\n]{0,40}?\bgesperrt", r"\b(bestätig|verifizier)\w*\s+(sie\s+)?(ihre|deine)\s+identität", r"\bungewöhnlich\w*\s+aktivit",
         r"\bneue\s+anmeldung", r"\bsichere jetzt", r"\burheberrecht\w*", r"\b(blaue\w*|goldene\w*)\s+(abzeichen|haken)", r"\bnicht\s+verifiziert",
         r"askıya\s+al\w*", r"\b(kimliğinizi|hesabınızı)\s+doğrula\w*", r"doğrulamayı\s+tamamla", r"olağandışı\s+etkinlik",
         r"yeni\s+bir\s+cihaz", r"fonlarınızı\s+koruyun", r"telif\s+hakk", r"itiraz\s+(formu|edin)", r"(mavi|altın)\s+(rozet|tik)", r"mavi tik",
         rf"(аккаунт|кошел|доступ|счет|счёт){_G}заблокир", r"подтверд\w+\s+личност", r"пройдите\s+провер", r"подозрит\w+\s+активн", r"нового\s+устройств",
         r"защитите\s+(средства|свои|ваши)", r"авторск\w+\s+прав", r"апелляц", r"(синюю|синяя|золотую)\s+галочк",
         r"凍結", r"(アカウント|出金)[^。！\n]{0,20}?(停止|制限)", r"本人確認", r"認証を(完了|行)", r"不審な", r"新しい端末からのログイン",
         r"資産を保護", r"(認証|青い)バッジ", r"著作権", r"異議申",
         rf"\bre-?valid[ae]\w*{_G}\b(wallet|device|account|ledger|trezor|appareil|compte|conta|cuenta|ger[äa]t|konto)|\b(appareil|device|ger[äa]t|dispositivo)\w*\s[^.!?\n]{{0,40}}?re-?valid", r"\bvalidat\w*\s*:\s*(https?://|www\.|\S+\.\w{2,})", r"\bvalidation\s+(tool|portal|page|link)",
         rf"\b(wallets?|devices?|appareils?|ger[äa]te?|dispositivos?)\b{_G}\b(must|need\s+to|doit|doivent|müssen|muss|deben|devem)\b{_G}valid",
         r"\bsynchronisieren\s+sie\s+ihr"),
    # Fake support desks: a brand or "support" account moving the victim to DMs / Telegram / a help form.
    _cue("fake_support", ('support', 'help desk', 'helpdesk', 'dm us', 'customer care', 'soporte', 'suporte', 'assistance',
                          'kundendienst', 'destek', 'поддержк', 'サポート'), 1.0, "fake support desk",
         r"\b(contact|reach\s+out\s+to|message|dm|write\s+to)\s+(our\s+)?(support|help desk|helpdesk|customer care)",
         r"\bsupport\s+(team|agent|staff)\s+(will|is\s+ready\s+to|can)\s+(assist|help|guide|resolve)", r"\bdm us\s+(your|with|the|for)",
         r"\b(wallet|technical|24/7|live)\s+support\b", r"\bsupport\s+(on|via)\s+(telegram|whatsapp)", r"\bcustomer care\b",
         r"\b(contact\w*|escr[ií]b\w*|mensaje\w*|dm)\s[^.!?\n]{0,20}?(soporte|suporte)", r"\b(soporte|suporte)\s+(t[ée]cnico|oficial|24)",
         r"\bassistance\s+(technique|officielle)", r"\bkundendienst", r"\bdestek\s+(ekib|hatt)", r"(служб\w+|напишите\s+в|обратитесь\s+в|свяжитесь\s+с)\s+поддержк",
         r"dm[^。\n]{0,8}サポート", r"サポートまで"),
    _cue("refund_claim", ('refund', 'compensation', 'reimburs', 'reembols', 'indemniza', 'restitui', 'indeniza', 'indemnisation',
                          'rembourse', 'entschädigung', 'erstattung', 'ade talebi', 'ade program', 'tazminat', 'возврат', 'компенсац', '返金', '補償',
                          'withdraw your', 'deadline', 'unclaimed', 'claimable', 'repay', 'payout', 'creditor',
                          'ressarc', 'devolu', 'iade', 'başvuru', 'claim 100'), 1.4, "fake refund / compensation claim",
         rf"\b(refund|compensation|reimbursement)s?{_G}\b(claim|approved|apply|available|ready|eligible|here|program|portal)",
         rf"\b(claim|apply\s+for|receive|get)\s+(your\s+|a\s+)?(refund|compensation|reimbursement)", r"\bwithdraw your\s+(funds|balance|tokens|assets)",
         r"\bunclaimed\s+\S{1,20}\s+(will|returns?|are)", r"\bclaimable\s+now",
         r"\breembols\w+", r"\bindemniza\w+", r"\brestitui\w+", r"\bindeniza\w+", r"\bindemnisation", r"\brembourse\w+",
         r"\bentschädigung\w*", r"\berstattung\w*", r"\bi\u0307?ade\s+(talebi|program)", r"\btazminat",
         r"возврат\w*\s+(одобрен|средств)", r"заявк\w+\s+на\s+возврат", r"компенсац\w+", r"返金", r"補償",
         r"\b(refunds?|reimbursements?|repayments?|payouts?)\s+(are|is)\s+(now\s+)?(live|open|being\s+processed|processing)",
         rf"\brepayments?{_G}\b(check|claim|verify|wallet|batch)", rf"\bcreditors?\b{_G}\b(verify|claim|register|payout)",
         r"\bclaim 100\s?%", r"\bressarc\w+", r"\bdevolu[cç][aã]o\b", r"\biade(ler|leri|niz)?\s+(başla|ödeme|başvuru)",
         r"\bbaşvuru\s+(link|form|bağlant)\w*"),
    # Token presales / launches: ticket presales are common, so the presale words need token context.
    _cue("presale", ('presale', 'pre-sale', 'pre sale', 'before listing', 'before it lists', 'listing on', '$', 'preventa',
                     'pré-venda', 'pre-venda', 'prévente', 'предпродаж', 'プレセール'), 1.4, "token presale / buy-before-listing",
         rf"\bpre-?\s?sale{_G}(token|coin|listing|launch|whitelist|\$[a-z])", rf"\b(token|coin|\$[a-z]{{2,10}}){_G}pre-?\s?sale",
         r"\bbuy\s[^.!?\n]{0,20}?before listing", r"\bbefore it lists\b", r"\blisting on\s+(binance|coinbase|kraken|okx|bybit)",
         rf"\b(preventa|pr[ée]-venda|prévente|предпродаж\w*|プレセール){_G}(token|токен|トークン|\$[a-z])",
         rf"\$[a-z]{{2,10}}\s[^.!?\n]{{0,30}}?(lancement|lansman|launch|lanzamiento|lançamento|запуск|ローンチ|presale|preventa|prévente)",
         r"\b(lancement officiel|resmi lansman|official launch|lanzamiento oficial|lançamento oficial|официальный запуск)\s+(de\s+|of\s+)?\$[a-z]",
         rf"\$[a-z]{{2,10}}{_G}(buy here|achetez ici|compra aquí|compre aqui|hier kaufen|buradan al|купить здесь|購入はこちら)"),
    # Drainer wording: sign / approve / revoke / migrate / sync, the transactions a drainer needs.
    _cue("drainer", ('revoke', 'sign the', 'sign this', 'approve the', 'migrat', 'sync', 'valid', '24 words', '12 words',
                     'firm', 'signier', 'assin', 'signez', 'sincroniz', 'synchron', 'migr', 'перенес', 'подпиш', 'синхрониз',
                     'одобр', 'сид', '同期', '移行', '承認', 'フレーズ', 'senkron', 'palabras', 'palavras',
                     'mots', 'wörter', 'kelime', 'approv', 'permit', 'aprov', 'freigabe', 'разрешени', 'onay'), 1.5, "drainer wording (sign, approve, revoke, migrate)",
         r"\brevoke\s+(all\s+|your\s+)?(approvals?|permissions?|allowances?)", r"\bsign\s+(the|this)\s+(message|migration|transaction|request|permit)",
         r"\bapprove the\s+(transaction|migration|contract|router|request)", r"\bmigrat\w+\s+(your\s+|them\s+)?(funds|tokens|assets|nfts?|listings|accounts?|wallet)",
         r"\bsync\w*\s+(your\s+)?(wallet|account)", r"\bwallets?\s+(must|need\s+to)\s+be\s+(synchroni[sz]ed|synced|validated|migrated)",
         r"\bvalid\w+\s+(your|the)\s+(wallet|seed|phrase)", r"\b(re-?enter|enter|confirm|verify)\s+(your\s+)?(24|12)\s+words", 
         r"\bfirm\w+\s+(el|la)\s+(mensaje|transacci)", r"\bsignier\w*", r"\bassin\w+\s+a\s+(mensagem|transa)", r"\bsignez\s+le",
         rf"\b(portefeuille|wallet|carteira|billetera)s?{_G}(synchronis|sincroniz)", rf"\b(synchronis|sincroniz)\w*{_G}(portefeuille|wallet|carteira|billetera)", r"\bmigr(e|ez|en|a|ar|ieren)\s+(sus|seus|vos|eure|ihre|tus|os)\b",
         r"перенес\w+\s+(токен|средств|актив)", r"подпиш\w+\s+сообщени", rf"(кошел\w*{_G}синхрониз|синхрониз\w*{_G}кошел)", r"одобр\w+\s+здесь", r"сид-?фраз",
         r"ウォレット[^。\n]{0,10}同期", r"移行(してください|をお願い)", r"承認はこちら", r"(復元|シード)フレーズ", rf"cüzdan\w*{_G}senkron",
         r"\b(24|12)\s+(palabras|palavras|mots|wörter|kelime)",
         r"\bapprove\s*(\+|&|and|→|->|,)\s*(then\s+)?migrate", r"\bapprove\s+(the\s+)?(migrator|migration\s+contract|new\s+contract)",
         r"\b(sign|approve)\s+(the\s+|a\s+)?(protection\s+|gasless\s+)?permit\b", r"\bre-?approve\b",
         r"\baprov\w+\s+(a\s+migra\w+|la\s+migra\w+|o\s+novo\s+contrato|el\s+nuevo\s+contrato)",
         r"\b(freigaben?|approvals?)\s[^.!?\n]{0,30}?(erneuer\w*|renew\w*)", r"одобр\w+\s+(новый\s+)?(контракт|миграц)",
         r"подпиш\w+\s+(разрешени|permit)", r"\bonay\w*\s+ver\w*\s[^.!?\n]{0,20}?(kontrat|göç|taşı)"),
    _cue("investment_bait", ('gains', 'profit', 'returns', 'signals', 'copy trading', 'trading bot', 'risk-free', 'risk free',
                             'passive income', 'insider', 'private tg', 'private telegram', 'vip'), 1.2, "investment / signals bait",
         r"\b\d[\d,.]*\s?(%|x)\s+(gains|profits?|returns)", r"\bguaranteed\s+(profits?|returns|gains)", r"\b(vip\s+)?signals\s+(group|channel)",
         r"\bvip\s+(group|signals|channel)", r"\bcopy trading\b", r"\b(ai\s+)?trading bot\b", r"\brisk[- ]free\b",
         r"\bpassive income\b", r"\binsider\s+(tips|calls|signals)", r"\bprivate (tg|telegram)\b"),
    _cue("live_stream", ('live', 'vivo', 'direct',), 1.0, "links a 'live' crypto event",
         r"\b(live\s+now|watch\s+live|livestream|live\s+stream|en\s+vivo|ao\s+vivo|en\s+direct)\b"),
)

COUNTER_CUES: tuple[Cue, ...] = (
    _cue("anti_scam", ('never', 'not', 'won', 'doesn', 'don', 'scam', 'fake', 'fraud', 'phishing', 'beware', 'careful', 'watch', 'safe', 'report', 'fall', 'impersonat', 'hacked', 'compromised', 'takeover', 'hijack', 'nunca', 'jamais', 'niemals', 'asla', 'никогда', 'мошенни', 'estafa', 'golpe', 'arnaque', 'betrug', 'dolandırıcı', '詐欺',
                      'sahte', 'dikkat', 'взлом', 'фейк', 'abzocke', 'hackead', 'piratad', 'gehackt', 'なりすまし', '乗っ取', 'no es él', 'não é ele', 'ce n'), -3.2, "warns readers about scams",
         r"\b(never|will\s+not|won'?t|doesn'?t|does\s+not|do\s+not|don'?t)\s+(ever\s+)?(dm|ask|message|send|request|run|do)\w*\b.{0,50}\b(crypto|bitcoin|btc|eth|funds|giveaway|money|wallet|seed|password|keys?)",
         r"\b(is|are|was)\s+(a\s+)?(scams?|fake|fraud\w*|phishing|not\s+(us|real|affiliated))\b",
         r"\b(beware|be\s+careful|watch\s+out|report\s+(it|them)|don'?t\s+fall\s+for|scam\s+alert)\b",
         r"\b(impersonat\w+|hacked|compromised|takeover|hijack\w*)\b",
         r"\bnunca\s+(te\s+)?(pedimos|pediremos|vamos|pedir)", r"\bjamais\b", r"\bniemals\b", r"\basla\b",
         r"\bникогда\b", r"\bмошенни\w+", r"\bestafa\w*", r"\bgolpe\w*", r"\barnaque\w*", r"\bbetrug\w*",
         r"\bdolandırıcı\w*", r"詐欺",
         # the same warnings in the other languages: fake accounts, hacked accounts, "it is not him"
         r"\bsahte\s+(hesap|site|link|bağlant)\w*", r"\bdikkat\b[^.!?\n]{0,60}?\b(sahte|dolandırıc)", r"взлом\w*", r"\bфейк\w*",
         r"\babzocke\w*", r"\b(hackead|piratead|piratad)\w*", r"\bgehackt\b", r"なりすまし", r"乗っ取",
         r"\bno es él\b", r"\bnão é ele\b", r"\bce n'est pas (lui|elle|nous)\b"),
    _cue("donation", ('donat', 'fundrais', 'charity', 'relief', 'match', 'doubl', 'donaci', 'doa', 'don', 'spende', 'bağış', 'пожертв', '寄付',), -1.2, "donation / charity framing",
         r"\bdonat\w+\b", r"\bdonations?\b", r"\bfundrais\w+\b", r"\bcharity\b", r"\brelief\b",
         r"\bmatch\w*\s+(your\s+)?donation", r"\bdoubl\w+\s+(your\s+)?(donation|impact|gift)", r"\bdonaci\w+\b",
         r"\bdoa[cç]\w+\b", r"\bdons?\b", r"\bspende\w*\b", r"\bbağış\w*", r"\bпожертв\w+", r"寄付"),
    _cue("reporting", ('report', 'according', 'analyst', 'breaking', 'via', 'sources', 'investigat', 'price', 'rall', 'surg', 'slump', 'fell', 'rose', 'trading', 'market', 'hacker', 'attacker', 'scammer',), -1.6, "news reporting framing",
         r"\b(reportedly|according\s+to|reports?\s+(say|that)|analysts?|breaking:|via\s+@|sources\s+say|investigat\w+)\b",
         r"\b(price|prices|rall(y|ies)|surg(e|es|ed)|slump\w*|fell|rose|trading\s+at|market\s+cap)\b",
         r"\b(hackers?|attackers?|scammers?)\b"),
)

def _gate_index(cues: tuple[Cue, ...]) -> dict[str, frozenset[Cue]]:
    """Per trigger, the cues it may open."""
    owners: dict[str, set[Cue]] = {}
    for cue in cues:
        for t in cue.triggers:
            owners.setdefault(t, set()).add(cue)
    return {t: frozenset(cs) for t, cs in owners.items()}


_TRIGGERS = tuple(_gate_index(CUES + COUNTER_CUES).items())
_ORDER = {c: i for i, c in enumerate(CUES + COUNTER_CUES)}
def _trie_pattern(words) -> str:
    """A regex matching, at one position, the longest of `words` that starts there (a trie, so
    the engine follows one branch per character instead of trying every word)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_node(trie)


def _trie_node(node: dict) -> str:
    alts = [re.escape(ch) + _trie_node(sub) for ch, sub in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body  # greedy: the longer trigger wins, the shorter is implied


# Crypto words (whole words): as a trie so the engine follows one branch per letter; ASCII text
# skips the Cyrillic and Japanese words, which cannot occur in it.
_CRYPTO_ASCII_WORDS = (
    "btc bitcoin bitcoins eth ether ethereum crypto cryptos cryptocurrency cryptocurrencies cryptoasset cryptoassets "
    "cripto criptomoneda criptomonedas criptomoeda criptomoedas criptoativo criptoativos criptoactivo criptoactivos "
    "cryptomonnaie cryptomonnaies krypto kryptowahrung kryptowahrungen kripto "
    "sol solana usdt usdc tether xrp doge dogecoin toncoin "
    "ltc litecoin trx tron bnb nft nfts token tokens coin coins altcoin altcoins memecoin memecoins airdrop airdrops "
    "wallet wallets metamask phantom defi web3 satoshi sats blockchain blockchains coinbase binance kraken uniswap "
    "opensea cardano arbitrum stablecoin stablecoins billetera billeteras "
    "polkadot chainlink hedera monero zcash tezos filecoin kaspa dogwifhat shibainu pepecoin"
).split()
# Tickers of large coins (model card, "Crypto tickers as cashtags and hashtags"): a cashtag or hashtag of the first
# kind, a cashtag of the second (their hashtags are ordinary words: #link, #dot, #trump). Tickers that US stocks or
# funds also trade under ($DASH, $STX, $CAKE, $ATOM, ...) are left out: a cashtag alone cannot tell them apart.
_TICKERS_TAGGED = ("shib pepe bonk floki wif avax matic hbar xlm bch ldo xmr zec inj aave pengu popcat bome egld "
                   "xtz").split()
_TICKERS_CASH = ("ada dot link uni op arb sui apt ton trump hype jup fet icp fil algo etc render sand mana imx tia "
                 "pol wld mew brett mog turbo pyth ondo ena tao kas rune").split()
_CRYPTO_TRIE = _trie_pattern(_CRYPTO_ASCII_WORDS)
_TICKER = r"(?:[$#](?:" + _trie_pattern(_TICKERS_TAGGED) + r")|\$(?:" + _trie_pattern(_TICKERS_CASH) + "))"
_CRYPTO_ASCII = re.compile(r"\b(?:" + _CRYPTO_TRIE + r")\b|(?<![0-9A-Za-z_])" + _TICKER + r"(?![0-9A-Za-z_])")
# In other scripts an ASCII word is bounded by anything but a Latin letter, digit or "_", since CJK text has
# no spaces ("記念NFTを", "イーサリアムのETF") while "solía" must stay Spanish; the words of those scripts are
# matched as they are written.
_LATIN = r"0-9A-Za-z_\u00c0-\u024f"
CRYPTO_WORDS = re.compile(
    rf"(?<![{_LATIN}])(?:" + _CRYPTO_TRIE + "|" + _TICKER + rf")(?![{_LATIN}])"
    r"|\b(?:kryptowährung\w*|kryptobörse\w*|биткоин\w*|крипт\w*|токен\w*|кошел[её]к\w*|кошельк\w*|аирдроп\w*"
    r"|эирдроп\w*|эфириум\w*|блокчейн\w*|стейблкоин\w*|мемкоин\w*)\b"
    r"|ビットコイン|イーサリアム|ソラナ|リップル|エアドロップ|ミームコイン|ステーブルコイン|仮想通貨|暗号資産|ウォレット|トークン"
    r"|比特币|以太坊|加密货币|虚拟货币|数字货币|钱包|空投")


# One scan finds the longest ASCII trigger at every position; every trigger that is a prefix of it
# is present too, so each found string opens the cues of all its trigger prefixes (exact). The few
# non-ASCII triggers are tested as substrings, by script, only in texts that hold that script.
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]")
_ASCII = [t for t, _ in _TRIGGERS if t.isascii()]
_GATE = re.compile("(?=(" + _trie_pattern(_ASCII) + "))")
_PREFIXES = {t: frozenset(p for p in _ASCII if t.startswith(p)) for t in _ASCII}
_OWNERS = dict(_TRIGGERS)


def _script(trigger: str) -> str:
    return "cyrillic" if _CYRILLIC.search(trigger) else "cjk" if _CJK.search(trigger) else "latin"


_OTHER = {k: tuple(t for t, _ in _TRIGGERS if not t.isascii() and _script(t) == k) for k in ("latin", "cyrillic", "cjk")}
# `_token_info` splits links at their last "/": exact only while no trigger and no crypto word holds one
if any("/" in t for t, _ in _TRIGGERS) or "/" in CRYPTO_WORDS.pattern + _CRYPTO_ASCII.pattern:
    raise RuntimeError("a trigger or crypto word holds '/': _token_info may not split links at it")


def _add(present: set[str], folded: str, triggers: tuple[str, ...]) -> None:
    for trigger in triggers:
        if trigger in folded:
            present.add(trigger)


def _present_in(text: str) -> set[str]:
    """Every trigger that is a substring of text, by one trie scan (plus script-gated substring tests)."""
    present: set[str] = set()
    for t in set(_GATE.findall(text)):
        present |= _PREFIXES[t]
    if not text.isascii():
        _add(present, text, _OTHER["latin"])
        if _CYRILLIC.search(text):
            _add(present, text, _OTHER["cyrillic"])
        if _CJK.search(text):
            _add(present, text, _OTHER["cjk"])
    return present


# Triggers with a space, by the part before their first space: such a trigger can only occur
# where a space-separated token ends with that part.
def _heads() -> dict[str, tuple[str, ...]]:
    heads: dict[str, tuple[str, ...]] = {}
    for t, _ in _TRIGGERS:
        if " " in t:
            head = t.split(" ")[0]
            heads[head] = (*heads.get(head, ()), t)
    return heads


_HEADS = _heads()
_HEAD_LENGTHS = sorted({len(h) for h in _HEADS})
_HEAD_ENDS = frozenset(h[-2:] for h in _HEADS)
if _HEAD_LENGTHS[0] < 2:
    raise RuntimeError("a one-character head would end tokens that _HEAD_ENDS does not list")
_TOKEN_CACHE: dict[str, tuple[frozenset[str], tuple[str, ...], bool]] = {}
_TOKEN_CACHE_SIZE = 65536  # cleared when full: common words come back at once
_MAX_CACHED_TOKEN = 64
_NOTHING: tuple[frozenset[str], tuple[str, ...], bool] = (frozenset(), (), False)
_LONG_TEXT = 4000  # longer texts (rare, often crafted) take the one-scan path: no cache churn


def present_triggers(folded: str) -> set[str]:
    """Every trigger that is a substring of the text (exactly those)."""
    return _scan(folded)[0]


def _scan(folded: str) -> tuple[set[str], bool]:
    """(every trigger that is a substring of the text, whether it holds a crypto word), in one pass.

    Per space-separated token, from a cache: words repeat across posts, so most tokens cost a
    dict lookup instead of a trie scan. A trigger without a space lies inside one token; one with
    a space is tested on the whole text where a token ends with its first part. No crypto word holds
    a space, and a space bounds a word as the text's ends do, so the tokens also answer that."""
    if len(folded) > _LONG_TEXT:
        return _present_in(folded), _crypto_in(folded)
    present: set[str] = set()
    crypto = False
    for token in folded.split(" "):
        inside, spaced, in_token = _TOKEN_CACHE.get(token) or _token_info(token)
        if inside:
            present |= inside
        if in_token:
            crypto = True
        for t in spaced:
            if t in folded:
                present.add(t)
    return present, crypto


def _token_info(token: str) -> tuple[frozenset[str], tuple[str, ...], bool]:
    """(triggers inside the token, triggers with a space whose first part ends the token,
    whether the token holds a crypto word)."""
    if "/" not in token:
        return _remember(token, _fresh_info(token))
    # A link: the part up to its last "/" repeats across posts (https://t.co/), the rest rarely does. No
    # trigger or crypto word holds a "/" (checked at import), so none spans it, and "/" bounds a word as the
    # text's ends do: the token's answer is its two parts' answers joined, and only the first is cached.
    cut = token.rindex("/") + 1
    head, tail = token[:cut], token[cut:]
    first = _TOKEN_CACHE.get(head) or _remember(head, _fresh_info(head))
    inside, spaced, crypto = _fresh_info(tail)
    return (first[0] | inside if inside else first[0]), spaced, first[2] or crypto


def _remember(token: str, got: tuple[frozenset[str], tuple[str, ...], bool]):
    """Cache a token's answer (short tokens only; the cache is emptied when full) and return it."""
    if len(token) <= _MAX_CACHED_TOKEN:
        if len(_TOKEN_CACHE) >= _TOKEN_CACHE_SIZE:
            _TOKEN_CACHE.clear()
        _TOKEN_CACHE[token] = got
    return got


def _fresh_info(token: str) -> tuple[frozenset[str], tuple[str, ...], bool]:
    """`_token_info` of a token without "/", computed."""
    inside = frozenset(_present_in(token)) if token else frozenset()  # no space in a token, so no trigger with one
    spaced: tuple[str, ...] = ()
    if token[-2:] in _HEAD_ENDS:  # every head has two characters or more: most tokens end no head
        for n in _HEAD_LENGTHS:
            if n <= len(token):
                spaced += _HEADS.get(token[len(token) - n:], ())
    crypto = _crypto_in(token)
    # Most tokens hold nothing: they share one value, so the cache adds no objects for the GC to walk.
    return (inside, spaced, crypto) if inside or spaced or crypto else _NOTHING


def _opened(present: set[str]) -> set[Cue]:
    found: set[Cue] = set()
    for t in present:
        found |= _OWNERS[t]
    return found


def candidate_cues(folded: str) -> set[Cue]:
    """Cues whose triggers occur in the text: a cheap superset of the cues that match."""
    return _opened(present_triggers(folded))


def find_cues(folded: str) -> list[Cue]:
    """The scam and counter cues present in a folded text, in declaration order."""
    return find_cues_and_crypto(folded)[0]


def find_cues_and_crypto(folded: str) -> tuple[list[Cue], bool]:
    """`find_cues(folded)` and `has_crypto_words(folded)` from one pass over the text's tokens."""
    present, crypto = _scan(folded)
    cands = _opened(present)
    if not any(c.weight > 0 for c in cands):
        return [], crypto  # counter cues only matter next to a scam cue
    return [c for c in sorted(cands, key=_ORDER.__getitem__) if _search(c, folded, present)], crypto


def _search(cue: Cue, folded: str, present: set[str]) -> bool:
    """cue.pattern.search(folded), trying only the alternatives whose gate is open (a cue's
    pattern is their alternation, so it matches exactly when one of them does)."""
    return any(pattern.search(folded) for pattern, gate in _PARTS[cue]
               if gate is None or not gate.isdisjoint(present))


def find_cues_slow(folded: str) -> list[Cue]:
    """Every cue by its full pattern, without the trigger gate (the reference for tests)."""
    return [c for c in CUES + COUNTER_CUES if c.pattern.search(folded)]


def has_crypto_words(folded: str) -> bool:
    """True when the text holds a crypto word (CRYPTO_WORDS), from the per-token cache (see `_scan`; the
    scorer takes it from `find_cues_and_crypto`)."""
    return _scan(folded)[1]


def _crypto_match(text: str) -> re.Match[str] | None:
    return (_CRYPTO_ASCII if text.isascii() else CRYPTO_WORDS).search(text)


def _crypto_in(text: str) -> bool:
    return _crypto_match(text) is not None


def first_crypto_word(folded: str) -> str:
    """The first crypto word of a folded text as written there, or "" (for reasons; off the hot path)."""
    m = _crypto_match(folded)
    return m.group() if m else ""


# ---------------------------------------------------------------- per-alternative gates

# A cue's alternatives are searched one by one, each only when a trigger that every match of it
# must contain is present. Those triggers come from the alternative's parse tree: a literal run
# (or small character set) that every match holds and that contains a trigger. An alternative
# without one is searched whenever its cue is a candidate, as the whole pattern used to be.

def required_triggers(alternative: str) -> frozenset[str] | None:
    """Triggers of which every match of the regex contains at least one, or None if unknown."""
    try:
        from re import _parser  # private, stable within a Python version; any failure means "unknown"
        from re._constants import BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN
        ops = (BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN)
        parsed = _parser.parse(alternative)
        if parsed.state.flags & re.IGNORECASE:
            return None
        return _gate(list(parsed), ops)
    except Exception:  # noqa: BLE001 - an unexpected parse tree only costs speed
        return None


_ALL_TRIGGERS = tuple(t for t, _ in _TRIGGERS)


def _gate(items: list, ops: tuple) -> frozenset[str] | None:
    """Best gate of a sequence: from a literal run or a required sub-part, fewest triggers first."""
    BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN = ops
    options, runs = [], [""]
    for op, av in [*items, (None, None)]:
        if op is LITERAL:
            runs = [r + chr(av) for r in runs]
            continue
        if op is IN and 0 < len(av) <= 4 and all(o is LITERAL for o, _ in av) and len(runs) <= 8:
            runs = [r + chr(v) for r in runs for _, v in av]  # "[ée]": every variant must hold a trigger
            continue
        options.append(_run_gate(runs))
        runs = [""]
        if op is SUBPATTERN and not av[1] & re.IGNORECASE:
            options.append(_gate(list(av[3]), ops))
        elif op in (MAX_REPEAT, MIN_REPEAT) and av[0] >= 1:
            options.append(_gate(list(av[2]), ops))
        elif op is BRANCH:
            per = [_gate(list(b), ops) for b in av[1]]
            options.append(frozenset().union(*per) if all(per) else None)
    options = [o for o in options if o]
    return min(options, key=lambda g: (len(g), -min(map(len, g)))) if options else None


def _run_gate(runs: list[str]) -> frozenset[str] | None:
    """The longest trigger inside each variant of a literal run, or None if a variant has none."""
    found = []
    for run in runs:
        inside = [t for t in _ALL_TRIGGERS if t in run]
        if not inside:
            return None
        found.append(max(inside, key=len))
    return frozenset(found)


# "\bword..." as "word(?<!\wword)...": the same matches, but a pattern that starts with a literal
# lets the engine jump between occurrences of it instead of trying every position.
_WORD_START = re.compile(r"\\b([a-z0-9]+)(?![a-z0-9])")


def literal_first(alternative: str) -> str:
    """The alternative with a leading word boundary moved behind its leading literal word."""
    m = _WORD_START.match(alternative)
    if m is None:
        return alternative
    word, rest = m.group(1), alternative[m.end():]
    if rest[:1] in ("?", "*", "+", "{"):  # the last letter is quantified: leave it in the rest
        word, rest = word[:-1], word[-1] + rest
    if len(word) < 2:
        return alternative
    return f"{word}(?<!\\w{word}){rest}"


_PARTS = {c: tuple((re.compile(literal_first(a)), required_triggers(a)) for a in c.alternatives)
          for c in CUES + COUNTER_CUES}
