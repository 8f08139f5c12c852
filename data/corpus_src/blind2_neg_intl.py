"""Second blind test set (batch 4, never trained on, sealed): neg_intl families.

Non-English benign (label 0) families, five per language (es, pt, fr, de, tr, ru, ja), mostly hard negatives:
posts that carry scam vocabulary (warnings quoting the bait, real airdrop news, donation addresses, exchange
notices, price and ETF news) but are not the bait.
"""
from .pools import BRAND_SRC, EXCH_SRC, NEWS_SRC, PERSON_SRC, POL_SRC, SPORT_SRC, YT, bait, ben  # noqa: F401

ES_USERS = ["maria_jz87", "pabloherrera_", "LuciaCripto", "jordi_bcn", "rocioo_mtz", "elnachovlc"]
PT_USERS = ["thiagorms", "anacarolinaf_", "jpedro_cripto", "marinasantos91", "lucasbtcbr"]
FR_USERS = ["julien_drn", "camille_lbt", "thomas_crypto75", "nono_lyon", "sarahmrt"]
DE_USERS = ["tobi_hh", "lena_mueller89", "krypto_kai", "jonas_bln", "steffi_k"]
TR_USERS = ["mehmetyilmaz34", "zeynep_ak", "emre_kripto", "burakcan_", "elif_demir06"]
RU_USERS = ["dmitry_k", "anya_ton", "serg_petrov", "kripto_vasya", "olga_msk"]
JA_USERS = ["tanaka_yuki", "kuma_btc", "sakura_0321", "hiro_crypto", "nanami_chan"]

FAMILIES = [
    # ------------------------------------------------------------------ es
    ben("c26-es-aviso-falso-soporte", "anti-scam-warning", "es",
        "Pattern 2024-2025: Spanish-language exchanges (Bit2Me, Binance ES, Criptan) and users warning about "
        "accounts impersonating support in replies, sending 'validate your wallet' links, and hacked accounts "
        "posting send-and-double-back offers",
        ["⚠️ Ojo: hay cuentas haciéndose pasar por nuestro soporte que responden a vuestras quejas con enlaces "
         "para “validar la wallet”. NUNCA os vamos a pedir la frase semilla, ni por DM ni por formulario. "
         "El único soporte oficial está dentro de la app. Reportad y bloquead.",
         "@{user} Hola, la cuenta que te ha contestado NO es nuestra 🙅‍♀️ No tenemos soporte por WhatsApp ni "
         "Telegram. No compartas tus 12 palabras con nadie. Escríbenos desde la app > Ayuda y lo miramos.",
         "Cómo pillar a un falso agente de soporte en 10 segundos 🧵\n- cuenta creada hace 3 días\n- te escribe "
         "él primero\n- te manda a una web tipo {dominio}\n- mete prisa: “tu cuenta se bloquea en 24h”\n"
         "Si cumple dos de cuatro: estafa.",
         "Le han hackeado la cuenta a un conocido y está publicando “envía 0,05 BTC a {btc} y te devuelvo el "
         "doble”. Obviamente NO es él. No mandéis nada, que ya hay gente picando (ver captura).",
         "recordatorio de viernes: soporte de verdad = nunca te pide la seed. soporte falso = siempre te la "
         "pide. así de fácil"],
        ("Bit2MeSupport", "binance_es", "CriptanES", "ciberseg_alerta", "pabloherrera_"),
        src=EXCH_SRC, batch=4, when=("2024-03-01", "2025-12-31"),
        fill={"user": ES_USERS,
              "dominio": ["bit2me-soporte.help", "binance-es-verificacion.com", "soporte-criptan.app",
                          "wallet-validar.net"]}),
    ben("c26-es-pectra-retiros-eth", "exchange-announcement", "es",
        "Ethereum Pectra upgrade, mainnet activation 7 May 2025 (epoch 364032 as remembered): exchanges "
        "pausing ETH/ERC-20 deposits and withdrawals, then resuming; plus routine maintenance and delay notices",
        ["📢 Aviso: para dar soporte a la actualización Pectra de Ethereum, suspenderemos temporalmente los "
         "depósitos y retiros de ETH y tokens ERC-20 el 7 de mayo a partir de las 11:30 (CEST). El trading no "
         "se verá afectado. Os avisaremos en cuanto se reanuden.",
         "Actualización ✅ Pectra completada sin incidencias. Los retiros de ETH ya están reactivados y los "
         "depósitos pendientes se irán acreditando en las próximas horas. Gracias por la paciencia 🙏",
         "@{user} tu retiro está en cola por el mantenimiento de la red, en cuanto se procese verás el hash en "
         "el historial. No tienes que hacer nada 👍",
         "Mantenimiento programado 🛠️ Esta noche de 02:00 a 04:00 la app puede ir lenta o no cargar. Tus fondos "
         "están seguros. Si alguien te escribe pidiendo “mover fondos” durante el mantenimiento: es estafa.",
         "Estamos viendo retrasos en los retiros de USDT por TRC-20. Ya están saliendo, ejemplo de una "
         "transacción confirmada hace un momento: {hex64}\nSeguimos vigilando."],
        ("Bit2Me", "binance_es", "Criptan", "BitpandaES", "OKX_ES"),
        src=EXCH_SRC, batch=4, when=("2025-04-25", "2025-06-15"),
        fill={"user": ES_USERS}),
    ben("c26-es-donaciones-cripto-dana", "donation-wallet", "es",
        "Pattern: Spanish neighbourhood associations after the October 2024 DANA floods in Valencia, and "
        "Argentine community kitchens (comedores), publishing BTC/ETH/USDT-TRC20 donation addresses with "
        "transparency reports; organisations invented",
        ["Desde la asociación seguimos recogiendo ayuda para las familias de Paiporta afectadas por la DANA. "
         "Además de transferencia y Bizum, ya se puede donar en cripto:\nBTC: {btc}\nETH / USDC: {eth}\n"
         "Cada mes publicaremos todo lo recibido.",
         "Nos lo preguntáis mucho: sí, la dirección de BTC de la bio es nuestra y es la ÚNICA ({btc}). Si veis "
         "otra en respuestas o por DM, es falsa. Comprobadla siempre en la web.",
         "El comedor sigue abierto gracias a ustedes 🧡 Si preferís donar en USDT, la red es TRON:\n{trx}\n"
         "Con 10 USDT cubrimos una semana de leche para un pibe. Gracias de corazón.",
         "Transparencia 📊 En noviembre entraron 0,38 BTC y 2.150 USDC. Todo va para electrodomésticos de 17 "
         "viviendas. Las direcciones son públicas, comprobadlo vosotros mismos: {btc} / {eth}",
         "recordad que si donáis en cripto os podemos hacer el certificado para Hacienda igual que con una "
         "transferencia, pedidlo por mail 📩"],
        ("AVV_Paiporta_Ayuda", "ComedorLosPibes", "ayudadana_org", "RedSolidariaVLC", "comedor_sur_ba"),
        src=BRAND_SRC, batch=4, when=("2024-11-02", "2025-06-30")),
    ben("c26-es-futbol-sorteo-fantoken", "sports", "es",
        "Pattern 2024-2025: LaLiga club and sports-media accounts: final scores, signed-shirt giveaways "
        "(RT+follow), Socios.com fan-token ($ATM, $BAR) votes, fan reactions",
        ["¡FINAL! {score} en casa 🔴⚪ Tres puntos que saben a gloria. A por el siguiente. #VamosEquipo",
         "🎁 SORTEO 🎁 Regalamos 3 camisetas firmadas por la plantilla.\n1️⃣ Síguenos\n2️⃣ RT a este post\n"
         "3️⃣ Menciona con quién irías al estadio\nGanadores el lunes. Bases en la bio.",
         "Holders de $ATM: ya está abierta en Socios la votación para elegir el mensaje del brazalete del "
         "capitán ⚽️ Vota desde la app antes del viernes.",
         "lo del portero hoy es de otro planeta. tres paradones en el último cuarto de hora. que alguien le "
         "renueve YA 🧤🧤",
         "📋 Convocatoria para el partido del domingo: vuelve el capitán tras su lesión y se cae un lateral en "
         "el último entreno. Rueda de prensa del míster a las 13:00."],
        ("Atleti", "FCBarcelona_es", "MarcaFutbol", "elnachovlc", "DiarioAS_fut"),
        src=SPORT_SRC, batch=4, when=("2024-08-15", "2025-12-20"),
        fill={"score": ["2-1", "3-0", "1-0", "4-2"]}),
    ben("c26-es-precio-btc-100k", "price-news", "es",
        "Bitcoin first above $100,000 on 5 Dec 2024 (about +45% since the US election); the 10-11 Oct 2025 "
        "crash (about $19B liquidated in a day after Trump's China tariff threat, figure from memory); "
        "Spanish-language crypto media and users",
        ["🚨 ÚLTIMA HORA: #Bitcoin supera por primera vez los 100.000 dólares. Acumula una subida de más del "
         "40% desde las elecciones en EE. UU.",
         "Viernes negro en cripto: más de 19.000 millones de dólares liquidados en 24 horas tras el anuncio de "
         "nuevos aranceles a China. $BTC llegó a perder los 105.000 $ en varios exchanges.",
         "btc en 100k y mi cuñado que en 2020 me dijo que “eso era humo”... no le voy a decir nada. bueno, un "
         "poquito sí 😂",
         "📉 $ETH cae un 8% en el día y pierde los 3.000 $. Liquidaciones de posiciones largas por encima de "
         "los 500 M$, según CoinGlass.",
         "Bitcoin en euros ahora mismo: {eur} € ({pct} en 24 h). ¿Qué esperáis para esta semana, techo o "
         "solo una parada? 👇"],
        ("CointelegraphES", "criptonoticias", "Bit2MeNews", "LuciaCripto", "DiarioBitcoin"),
        src=NEWS_SRC, batch=4, when=("2024-12-05", "2025-11-30"),
        fill={"eur": ["91.420", "96.830", "88.150", "101.200"], "pct": ["+2,1%", "-3,4%", "+0,7%", "-1,2%"]}),

    # ------------------------------------------------------------------ pt
    ben("c26-pt-alerta-golpe-pix-cripto", "anti-scam-warning", "pt",
        "Pattern 2024-2025 in Brazil: hacked Instagram/X accounts posting 'invested 500, got 5 mil in bitcoin' "
        "stories, deepfake 'live' videos promising to double crypto, fake exchange support asking for Pix to "
        "'release withdrawals'; warnings from exchanges (Mercado Bitcoin) and users",
        ["⚠️ ALERTA: perfis falsos usando nosso nome estão oferecendo “rendimento garantido” e pedindo Pix "
         "pra “liberar saque”. A gente NUNCA pede Pix pra liberar nada. Denuncie o perfil e fale com a gente "
         "só pelo app.",
         "gente, hackearam o insta da minha prima e tão postando story de “investi 500 e recebi 5 mil em "
         "bitcoin”. NÃO É ELA. não mandem pix pra ninguém pfv 🙏",
         "Golpe do momento: vídeo com deepfake de apresentador famoso prometendo dobrar seu bitcoin numa "
         "“live”. É montagem. Nenhuma live séria pede pra você mandar cripto pra receber o dobro. Manda pros "
         "seus pais.",
         "@{user} isso aí é golpe clássico, mano. quem promete dobrar cripto só quer a sua. bloqueia e segue",
         "Recebeu DM de “suporte” dizendo que sua conta foi bloqueada e que precisa validar a carteira num site "
         "tipo {dominio}? É golpe. Suporte de verdade não te chama primeiro e não pede frase de recuperação."],
        ("MercadoBitcoin", "portaldobitcoin", "anacarolinaf_", "SegurancaDigBR", "lucasbtcbr"),
        src=EXCH_SRC, batch=4, when=("2024-02-01", "2025-12-31"),
        fill={"user": PT_USERS,
              "dominio": ["mercadobitcoin-suporte.com", "validar-carteira.app", "suporte-binancebr.net"]}),
    ben("c26-pt-airdrop-hype-jup", "legit-airdrop-news", "pt",
        "Real airdrops: Hyperliquid HYPE genesis 29 Nov 2024 (31% of supply to users, no VC allocation), "
        "Jupiter 'Jupuary' JUP round Jan 2025, Berachain BERA Feb 2025; Brazilian crypto news and users",
        ["Hyperliquid distribui 31% do supply do token HYPE para usuários num dos maiores airdrops da história "
         "cripto — e sem alocação para fundos. Entenda: {url}",
         "Quem usou a Hyperliquid antes do snapshot já vê o saldo de HYPE direto na plataforma. Não existe "
         "site de claim separado, então cuidado com link nos comentários.",
         "recebi o airdrop do HYPE e já tá valendo mais que meu salário kkkkkk obrigado hyperliquid 🙏🙏",
         "Jupuary chegou 🪐 A Jupiter liberou mais uma rodada de airdrop de JUP pra quem usou a plataforma em "
         "2024. O claim é só pelo domínio oficial da Jupiter — qualquer outro é golpe.",
         "Airdrop da Berachain saiu hoje. Dá pra checar elegibilidade no checker linkado no perfil oficial. Tá "
         "cheio de perfil fake com selo azul respondendo com link de claim, atenção!"],
        ("portaldobitcoin", "livecoins", "CointelegraphBR", "jpedro_cripto", "thiagorms"),
        src=NEWS_SRC, batch=4, when=("2024-11-29", "2025-02-28"),
        urls=["https://livecoins.com.br/{rand}/", "https://portaldobitcoin.uol.com.br/{rand}/"]),
    ben("c26-pt-bc-regras-vasp", "crypto-news", "pt",
        "Banco Central do Brasil rules for crypto service providers (VASPs) published Nov 2025, effective "
        "Feb 2026, stablecoin transfers treated as FX in some cases; Galipolo's remark that ~90% of Brazilian "
        "crypto flows are stablecoins (early 2025); dates and figures from memory",
        ["Banco Central publica regras para prestadoras de serviços de ativos virtuais. Corretoras vão precisar "
         "de autorização para operar no Brasil; as normas entram em vigor em fevereiro de 2026. {url}",
         "O que muda pra quem compra bitcoin em corretora? Resumão 🧵\n• exchange precisa de autorização do BC\n"
         "• envio pra carteira própria pode exigir identificação\n• pagamento internacional com stablecoin "
         "passa a contar como câmbio",
         "BC regulando cripto finalmente. vai ter gente chorando mas é melhor que ficar na mão de corretora "
         "fantasma que some com o dinheiro",
         "Galípolo diz que cerca de 90% do fluxo de cripto no Brasil é de stablecoins, usadas sobretudo para "
         "pagamentos e remessas. {url}",
         "📰 Hoje no podcast: a nova regulação do BC, o que acontece com quem tem USDT na corretora e por que "
         "autocustódia não virou crime (calma, gente)."],
        ("valoreconomico", "InfoMoney", "portaldobitcoin", "marinasantos91", "CriptoFacil"),
        src=NEWS_SRC, batch=4, when=("2025-02-10", "2025-12-31"),
        urls=["https://valor.globo.com/financas/criptomoedas/noticia/{rand}.ghtml",
              "https://www.infomoney.com.br/mercados/{rand}/"]),
    ben("c26-pt-promo-bonus-bitcoin", "brand-promo", "pt",
        "Pattern 2024-2025: Brazilian fintechs and banks (Nubank, Mercado Pago with Meli Dolar cashback, PicPay) "
        "promoting referral bonuses and cashback paid in crypto, with SPA/MF-authorised prize draws",
        ["Indica um amigo e vocês dois ganham R$ 20 em bitcoin 💜 Vale até domingo, só pelo app. "
         "Regulamento: {url}",
         "Seu cashback agora pode cair em cripto ✨ Ative no app e receba parte das suas compras em Meli Dólar. "
         "Sem taxa pra ativar.",
         "@{user} oi! o bônus em bitcoin cai em até 7 dias úteis depois da primeira compra do seu amigo, tá? "
         "qualquer coisa chama a gente no chat do app 💜",
         "Semana do Cliente 🎉 Comprou a partir de R$ 50 em qualquer cripto no app, já tá concorrendo a 1 BTC. "
         "Certificado de autorização SPA/MF nº {cert}. Consulte condições.",
         "Aviso rápido: promoção oficial só aparece DENTRO do app. Se alguém te mandar “resgate seu bônus "
         "cripto” por WhatsApp ou SMS, é golpe. Não clica."],
        ("nubank", "mercadopago", "PicPay", "interbanco", "C6Bank"),
        src=BRAND_SRC, batch=4, when=("2024-06-01", "2025-12-31"),
        urls=["https://nubank.com.br/regulamento-{rand}", "https://www.mercadopago.com.br/ajuda/{rand}"],
        fill={"user": PT_USERS, "cert": ["04.034782/2025", "03.029114/2024", "04.011560/2025"]}),
    ben("c26-pt-doacao-em-dobro-rs", "charity-match", "pt",
        "Rio Grande do Sul floods, May 2024: companies matching customer donations ('a cada R$1 doado, doamos "
        "mais R$1'); Dia de Doar / Giving Tuesday Dec 2024 matching including crypto donations",
        ["Enchentes no RS: a cada R$ 1 que nossos clientes doarem pelo app até sexta, a gente doa mais R$ 1. "
         "Sua doação vale em dobro, até R$ 2 milhões 💙 #SOSRioGrandeDoSul",
         "Sua doação vale o dobro hoje! 🙌 Doe via Pix ou em USDT pela campanha e a fundação parceira iguala o "
         "valor. Prestação de contas toda semana aqui no perfil.",
         "Atualização da campanha: já são R$ 1,4 milhão arrecadados e, com a doação em dobro, chegamos a "
         "R$ 2,8 milhões pro RS. Obrigado demais, gente ❤️",
         "doei 50 conto pelo app do banco porque eles dobram a doação. melhor coisa que fiz hoje. bora que o RS "
         "precisa",
         "Dia de Doar 💚 Das 0h às 23h59 desta terça, toda doação (inclusive em BTC e ETH) é igualada pelos "
         "nossos parceiros. Endereços só na página oficial da ONG, desconfie de qualquer outro."],
        ("itau", "BancoInter", "mercadobitcoin", "ONGAmigosdoRS", "marinasantos91"),
        src=BRAND_SRC, batch=4, when=("2024-05-04", "2024-12-10")),

    # ------------------------------------------------------------------ fr
    ben("c26-fr-alerte-arnaque-ledger-piratage", "anti-scam-warning", "fr",
        "Pattern 2024-2025 in France: fake Ledger letters sent by post with a QR code to 'validate' the device "
        "(2025), AMF blacklist updates, accounts hacked to push a 'token officiel', users warning about "
        "send-and-double scams",
        ["Notre compte a été piraté cette nuit et a publié un lien vers un soi-disant « token officiel ». Ce "
         "n'est PAS nous. N'achetez rien, ne connectez pas votre wallet. On a récupéré l'accès, on fait le "
         "ménage.",
         "⚠️ Des utilisateurs reçoivent par COURRIER une fausse lettre « Ledger » avec un QR code pour "
         "« valider » leur appareil. C'est une arnaque : personne ne vous demandera jamais vos 24 mots. "
         "(photo de la lettre ci-dessous)",
         "L'AMF ajoute {n} nouveaux sites à sa liste noire de plateformes crypto non autorisées. Avant "
         "d'investir, un réflexe : vérifier sur le site de l'AMF.",
         "@{user} c'est une arnaque évidente hein, un compte qui promet de te renvoyer le double de ce que tu "
         "envoies... ils ont même piqué la photo de profil du vrai",
         "petit rappel pour ceux qui débutent : personne ne « double » vos bitcoins. ni Elon, ni un "
         "influenceur, ni un « conseiller » qui vous écrit sur WhatsApp. personne."],
        ("cybervictimes", "AMFFrance", "Ledger_FR", "journalducoin", "camille_lbt"),
        src=NEWS_SRC, batch=4, when=("2024-06-01", "2025-12-31"),
        fill={"user": FR_USERS, "n": ["8", "12", "15", "21"]}),
    ben("c26-fr-etf-spot-sec", "etf-news", "fr",
        "SEC approval of 11 spot Bitcoin ETFs on 10 Jan 2024 (a day after the hacked @SECGov post), spot Ether "
        "ETFs trading from 23 Jul 2024, Bitwise's spot Solana ETF (BSOL) late Oct 2025; French crypto media",
        ["C'est officiel : la SEC approuve les ETF Bitcoin spot. Onze fonds, dont ceux de BlackRock et Fidelity, "
         "pourront être cotés dès demain. {url}",
         "Petit retour sur la fausse annonce d'hier : le compte X de la SEC avait été piraté et affichait une "
         "approbation des ETF... avant le vrai feu vert aujourd'hui. Quelle semaine 🙃",
         "Les ETF Ether spot commencent à se négocier aujourd'hui à Wall Street. Premiers chiffres de volume "
         "attendus en fin d'après-midi, heure de Paris.",
         "Premier ETF Solana spot aux États-Unis : Bitwise lance BSOL, avec staking intégré. Les flux de la "
         "première semaine dépassent les attentes. {url}",
         "📊 ETF Bitcoin US : {flux} de flux nets hier, IBIT toujours en tête. Le mouvement institutionnel ne "
         "ralentit pas."],
        ("journalducoin", "Cryptoast", "BFMcrypto", "CointelegraphFR", "thomas_crypto75"),
        src=NEWS_SRC, batch=4, when=("2024-01-10", "2025-11-30"),
        urls=["https://cryptoast.fr/{rand}/", "https://journalducoin.com/actualites/{rand}/",
              "https://www.bfmtv.com/crypto/{rand}.html"],
        fill={"flux": ["+412 M$", "+1,1 Md$", "-230 M$", "+88 M$"]}),
    ben("c26-fr-politique-crypto", "politics", "fr",
        "French politics 2025: the interior minister meeting crypto entrepreneurs after the kidnappings "
        "(Jan-May 2025), MiCA full application 30 Dec 2024 and the French PSAN transition ending July 2026, a "
        "proposed bill to mine bitcoin with surplus nuclear power; handles invented",
        ["J'ai reçu ce matin les représentants de l'écosystème crypto après les enlèvements de ces dernières "
         "semaines. La sécurité des entrepreneurs et de leurs familles est une priorité. Des mesures concrètes "
         "seront annoncées rapidement.",
         "MiCA s'applique pleinement depuis le 30 décembre. En France, la période transitoire pour les PSAN se "
         "termine en juillet 2026 : les plateformes non agréées devront alors cesser leur activité.",
         "Ma proposition de loi pour valoriser le surplus d'électricité nucléaire en minant du bitcoin sera "
         "examinée en commission mardi. La France ne doit pas rater ce train. 🇫🇷",
         "Miner du bitcoin avec nos centrales ? Sérieusement ? Pendant que les factures d'électricité des "
         "Français explosent... #DirectAN",
         "Question au gouvernement cet après-midi sur les fuites de données clients des plateformes crypto. "
         "Trop de fuites, trop d'agressions à domicile. Il faut agir, et vite."],
        ("depute_numerique", "Interieur_Gouv", "senatrice_vdm", "groupe_ecolo_an", "eluLR_finances"),
        src=POL_SRC, batch=4, when=("2025-01-05", "2025-10-31")),
    ben("c26-fr-release-octez", "dev-release", "fr",
        "Pattern: Paris-based Nomadic Labs and Tezos ecosystem developers announcing Octez releases and protocol "
        "activations (Quebec, Rio, 2025) plus small French wallet projects tagging releases",
        ["Octez v{ver} est disponible 🚀 Correctifs pour le baker et le nœud DAL, mise à jour recommandée avant "
         "l'activation du prochain protocole. Notes de version : {url}",
         "Le nouveau protocole est activé sur le mainnet Tezos ✅ Merci à tous les bakers qui ont mis à jour à "
         "temps, zéro bloc manqué de notre côté.",
         "petite release ce soir : on a corrigé le bug d'affichage des soldes ERC-20 dans l'extension + support "
         "de Base. tag v{ver}, commit {sha7}. merci aux contributeurs 🙏",
         "Rappel aux opérateurs de nœuds : la version {ver} devient obligatoire. Les nœuds pas à jour seront "
         "désynchronisés après le bloc d'activation.",
         "Nouveautés de la {ver} 🧵\n1. signature via clé matérielle\n2. nouveaux RPC pour les indexeurs\n"
         "3. -30 % de RAM sur le nœud\nChangelog complet sur GitLab."],
        ("NomadicLabs", "tezos_fr", "octez_dev", "nono_lyon", "wallet_libre"),
        src=PERSON_SRC, batch=4, when=("2024-12-01", "2025-12-31"),
        urls=["https://gitlab.com/tezos/tezos/-/releases/octez-v{rand}",
              "https://research-development.nomadic-labs.com/{rand}.html"]),
    ben("c26-fr-liens-articles-crypto", "news-link", "fr",
        "French newsroom link posts: Bybit hack Feb 2025 (~$1.5B in ETH, attributed by the FBI to North Korea), "
        "fake bank-adviser scams, the May 2025 Paris kidnapping of a crypto entrepreneur's father, BTC at "
        "$100k debate, Societe Generale-FORGE's USDCV stablecoin (2025)",
        ["Piratage record : la plateforme Bybit se fait dérober l'équivalent de 1,5 milliard de dollars en "
         "ether. Le FBI attribue l'attaque à la Corée du Nord. ➡️ {url}",
         "Arnaques aux cryptomonnaies : comment des escrocs se font passer pour des conseillers bancaires pour "
         "vider vos comptes. Notre enquête 👇\n{url}",
         "Enlèvement à Paris du père d'un entrepreneur de la crypto : ce que l'on sait {url}",
         "📺 REPLAY | Bitcoin à 100 000 dollars : bulle ou nouvelle ère ? Le débat de ce soir {url}",
         "Stablecoin : la Société Générale lance USDCV, adossé au dollar, sur Ethereum et Solana {url}"],
        ("lemondefr", "franceinfo", "BFMTV", "le_Parisien", "LesEchos"),
        src=NEWS_SRC, batch=4, when=("2024-12-05", "2025-07-31"),
        urls=["https://www.lemonde.fr/pixels/article/{rand}.html", "https://www.francetvinfo.fr/{rand}.html",
              "https://www.bfmtv.com/crypto/{rand}.html", "https://l.leparisien.fr/{rand}"]),

    # ------------------------------------------------------------------ de
    ben("c26-de-warnung-phishing-betrug", "anti-scam-warning", "de",
        "Pattern 2024-2025 in Germany: phishing SMS in the name of Bitpanda/Trade Republic, police warnings "
        "about fake crypto investment advisers, BaFin warnings about unlicensed sites, users warning about "
        "fake support and recovery scams",
        ["⚠️ Phishing-Radar: Aktuell kursieren SMS im Namen von Bitpanda, euer Konto müsse angeblich "
         "„verifiziert“ werden. Der Link führt auf eine Fake-Seite. Nicht klicken, Nachricht löschen.",
         "Betrüger geben sich als Krypto-Anlageberater aus und versprechen schnelle Gewinne. Eine 67-Jährige "
         "aus dem Landkreis verlor so 80.000 Euro. Seien Sie misstrauisch! #Betrug #Polizei",
         "Die BaFin warnt vor der Website {dominio}: Dort werden ohne Erlaubnis Kryptowerte-Dienstleistungen "
         "angeboten.",
         "@{user} Das ist nicht der echte Support. Der schreibt nie zuerst und fragt nie nach deiner "
         "Seed-Phrase. Blockieren & melden 👍",
         "kurze PSA: wenn euch jemand auf X „hilft“, euer verlorenes Krypto zurückzuholen – gegen Vorkasse – "
         "dann ist das Recovery-Scam. die zweite Abzocke nach der ersten. passiert jeden Tag."],
        ("Verbraucherzentrale_Phishing", "Polizei_NRW_Cyber", "BaFin_Warnung", "krypto_kai", "blocktrainer"),
        src=NEWS_SRC, batch=4, when=("2024-01-15", "2025-12-31"),
        fill={"user": DE_USERS,
              "dominio": ["krypto-rendite24.de", "bitpanda-verify.eu", "smart-coin-invest.com"]}),
    ben("c26-de-boerse-wartung-listing", "exchange-announcement", "de",
        "Pattern 2024-2025: German-speaking brokers/exchanges (Bitpanda, BISON) announcing maintenance windows, "
        "new listings, withdrawal-delay fixes, and EEA USDT delistings under MiCA (Q1 2025)",
        ["🛠️ Geplante Wartung: Sonntag zwischen 03:00 und 05:00 Uhr sind Ein- und Auszahlungen kurzzeitig "
         "nicht möglich. Der Handel läuft normal weiter.",
         "Neu bei uns 🎉 Ab sofort könnt ihr $SUI, $ONDO und $TAO handeln – Sparplan schon ab 1 €.",
         "Update zur Störung: Die verzögerten ETH-Auszahlungen von heute Vormittag sind alle raus. "
         "Beispiel-Transaktion zum Nachprüfen: {tx}\nSorry fürs Warten!",
         "Hinweis zu MiCA: Ab dem {datum} stellen wir den Handel mit USDT für Kund:innen im EWR ein. Bestände "
         "könnt ihr weiterhin auszahlen oder in USDC tauschen.",
         "@{user} Hi, deine Auszahlung hängt wegen der Netzwerkauslastung, nicht wegen deines Kontos. Du musst "
         "nichts tun – und bitte niemandem, der dich per DM anschreibt, deine Zugangsdaten geben."],
        ("Bitpanda_DE", "bison_app", "BSDEX_", "kraken_de", "coinbase_de"),
        src=EXCH_SRC, batch=4, when=("2024-09-01", "2025-10-31"),
        fill={"user": DE_USERS, "datum": ["31.01.2025", "28.02.2025", "31.03.2025"]}),
    ben("c26-de-commit-hashes", "commit-hash", "de",
        "Pattern: German-speaking open-source bitcoin/wallet developers posting reproducible-build hashes, "
        "merged fix commits and signed release tags",
        ["Reproduzierbarer Build für {ver} bestätigt ✅ SHA256 meines Tarballs: {hex64} – stimmt mit den anderen "
         "Signern überein.",
         "Der Fix für die Race Condition beim Wallet-Sync ist gemergt: {sha}\nDanke an alle, die Logs "
         "geschickt haben!",
         "wer gestern den nightly gezogen hat: bitte auf {sha7} oder neuer updaten, da war ein blöder Regress "
         "bei der Fee-Schätzung drin 🙈",
         "Code-Review-Stammtisch heute Abend: wir gehen den PR zur neuen Mempool-Policy durch, Stand {sha7}. "
         "Bier mitbringen 🍺",
         "Release-Tags sind ab jetzt mit meinem GPG-Key signiert (Fingerprint im Profil). v{ver} zeigt auf "
         "{sha}."],
        ("jonas_bln", "bitcoindev_de", "tobi_hh", "sparrow_fan", "einundzwanzig_dev"),
        src=PERSON_SRC, batch=4, when=("2024-01-01", "2025-12-31")),
    ben("c26-de-alltag", "generic", "de",
        "Pattern: everyday German posts that use words like wallet/Portemonnaie, doubling, Gewinn, bitcoin "
        "in a harmless everyday sense",
        ["Heute im Zug mein Portemonnaie liegen lassen und eine nette Frau hat es mir bis nach Hause gebracht. "
         "Alles noch drin. Menschheit, du überraschst mich 🥹",
         "Die Bäckerei um die Ecke verdoppelt diese Woche die Stempel auf der Kaffeekarte ☕☕ ich bin also "
         "quasi reich",
         "Die Deutsche Bahn und ich: eine Liebesgeschichte mit 47 Minuten Verspätung. #Bahnchaos",
         "Mein Vater hat gefragt, ob er „das Bitcoin“ jetzt kaufen soll. Hab gesagt, er soll erstmal aufhören, "
         "sein Onlinebanking-Passwort auf einen Zettel am Monitor zu kleben. Schritt für Schritt.",
         "Sonntagabend-Frage: Tatort gucken oder endlich die Steuererklärung? ...ich hol schon mal die Chips."],
        DE_USERS, src=PERSON_SRC, batch=4, when=("2024-01-01", "2025-12-31")),
    ben("c26-de-airdrop-strk-linea", "legit-airdrop-news", "de",
        "Real airdrops: Starknet STRK via the Provisions portal (20 Feb 2024), Linea LINEA token airdrop "
        "(Sept 2025, claim window of about 90 days, from memory); German crypto media (BTC-ECHO, Blocktrainer) "
        "and users",
        ["Starknet verteilt ab heute STRK-Token an frühe Nutzer:innen und Entwickler:innen. Geclaimt wird über "
         "das offizielle Provisions-Portal – Vorsicht vor Fake-Seiten mit ähnlichen Namen. {url}",
         "Der Linea-Airdrop ist live: Wer berechtigt ist, hat rund 90 Tage Zeit zum Claimen. Wir erklären, wie "
         "ihr eure Berechtigung prüft, ohne auf Phishing reinzufallen. {url}",
         "Kommentar: Airdrops sind das neue Marketing. Schön für alle, die früh dabei waren – aber die "
         "Sybil-Farmer machen das Ganze kaputt.",
         "hab meine STRK endlich geclaimt, zwei jahre bridge-gebühren haben sich gelohnt lol. bitte keine links "
         "von random accounts anklicken, nur die offizielle seite",
         "Diese 5 Projekte könnten als Nächstes einen Airdrop machen – und warum ihr trotzdem niemals eure Seed "
         "irgendwo eintippen solltet 👇 {url}"],
        ("BTCECHO", "blocktrainer", "coincierge_de", "krypto_kai", "lena_mueller89"),
        src=NEWS_SRC, batch=4, when=("2024-02-20", "2025-11-30"),
        urls=["https://www.btc-echo.de/news/{rand}/", "https://www.blocktrainer.de/blog/{rand}"]),

    # ------------------------------------------------------------------ tr
    ben("c26-tr-dolandiricilik-uyarisi", "anti-scam-warning", "tr",
        "Pattern 2024-2025 in Turkey: Turkish exchanges (Paribu, BtcTurk) warning about fake support DMs, "
        "celebrities whose Instagram was hacked to post coin tips, police warnings on fake investment advisers, "
        "SPK (CMB) access bans on unlicensed crypto sites after the 2024 law",
        ["⚠️ DİKKAT: Adımızı kullanan sahte hesaplar size DM'den ulaşıp “hesabınız askıya alındı” diyor. "
         "Hiçbir zaman DM'den şifre, SMS kodu ya da cüzdan bilgisi istemeyiz. Lütfen bu hesapları şikayet edin.",
         "Arkadaşlar Instagram hesabım hacklendi, hikayede coin tavsiyesi falan paylaşıyorlar. O ben DEĞİLİM. "
         "Kimse para göndermesin lütfen 🙏",
         "@{user} abi bu klasik dolandırıcılık. “{trx} adresine 500 USDT at, 1000 geri gelsin” diyen hiçbir "
         "hesap gerçek değil. engelle geç",
         "Sahte yatırım danışmanlarına dikkat! Telegram gruplarında “garantili %300 kazanç” vaat eden kişilere "
         "itibar etmeyiniz. Şüpheli durumları 155'e bildiriniz.",
         "SPK, izinsiz kripto varlık hizmeti sunan {n} siteye daha erişim engeli getirdi. Yatırım yapmadan önce "
         "listeyi kontrol edin."],
        ("paribucom", "BtcTurk", "EmniyetSiber", "emre_kripto", "kriptohaber_tr"),
        src=EXCH_SRC, batch=4, when=("2024-06-01", "2025-12-31"),
        fill={"user": TR_USERS, "n": ["14", "27", "9", "38"]}),
    ben("c26-tr-fiyat-haberleri", "price-news", "tr",
        "Turkish crypto price posts 2025: BTC above 4 million lira (driven also by USD/TRY), sharp drops with "
        "liquidations, ETH back at $4,000 (Aug 2025), daily summaries",
        ["📈 Bitcoin TL bazında yeni rekor: 4 milyon lirayı geçti! Dolar/TL'deki yükseliş de etkili. #Bitcoin",
         "Kripto piyasasında sert düşüş: $BTC %7 geriledi, son 24 saatte 1 milyar dolardan fazla pozisyon "
         "likide oldu.",
         "$ETH yeniden 4.000 dolarda, altcoinler hareketlendi 👀 Korku & Açgözlülük endeksi 72 (Açgözlülük).",
         "bitcoin yine uçuyor, ben yine bakıp duruyorum. “2021'de alsaydım” diye diye 4 yıl geçti 😅",
         "Günün özeti 🧾\nBTC: {btc_usd} $\nETH: {eth_usd} $\nUSDT/TRY: {usdt_try} ₺\nİyi akşamlar."],
        ("kriptohaber_tr", "CoinTelegraphTR", "bloomberght", "burakcan_", "koinbulteni"),
        src=NEWS_SRC, batch=4, when=("2025-01-10", "2025-12-15"),
        fill={"btc_usd": ["104.820", "97.310", "118.450", "111.900"], "eth_usd": ["3.412", "2.615", "4.180"],
              "usdt_try": ["36,42", "38,95", "41,20", "42,05"]}),
    ben("c26-tr-btcturk-sicak-cuzdan", "exchange-announcement", "tr",
        "BtcTurk hot-wallet incident 22 Jun 2024 (about $55M, deposits/withdrawals paused, cold wallets safe; a "
        "second incident in Aug 2025), plus routine listing and maintenance notices from Turkish exchanges",
        ["Değerli kullanıcılarımız, sıcak cüzdanlarımızda tespit edilen bir güvenlik olayı nedeniyle kripto "
         "yatırma ve çekme işlemleri geçici olarak durdurulmuştur. Soğuk cüzdanlardaki varlıklar güvendedir. "
         "Gelişmeleri buradan paylaşacağız.",
         "Kripto çekme işlemleri kademeli olarak yeniden açılıyor ✅ İlk etapta BTC, ETH ve AVAX. Anlayışınız "
         "için teşekkür ederiz.",
         "Yeni listeleme 🚀 $PEPE ve $WIF yarın 14:00 itibarıyla TRY paritesiyle işleme açılıyor.",
         "@{user} Merhaba, çekim talebiniz ağ yoğunluğu nedeniyle sırada bekliyor. İşlem hash'i oluştuğunda "
         "uygulamada görünecektir. Hesap bilgilerinizi kimseyle paylaşmayınız.",
         "Planlı bakım 🛠️ Bu gece 02:00-04:00 arası mobil uygulamada kesinti yaşanabilir. Varlıklarınız "
         "güvendedir, bakım sırasında sizi arayıp “fon taşıyın” diyen kimse bizden değildir."],
        ("BtcTurk", "paribucom", "BinanceTR", "OKX_TR", "Bitlo_"),
        src=EXCH_SRC, batch=4, when=("2024-06-22", "2025-09-30"),
        fill={"user": TR_USERS}),
    ben("c26-tr-futbol-cekilis", "sports", "tr",
        "Pattern 2024-2025: Turkish Super Lig clubs and fans: final scores, signed-jersey giveaways (RT + follow), "
        "fan-token polls, referee rants, national team squad under Montella",
        ["MAÇ SONUCU | {skor} ⚽ Takımımızı tebrik ediyoruz! 💛❤️",
         "🎁 ÇEKİLİŞ: İmzalı forma kazanmak için bu gönderiyi RT'le, hesabımızı takip et, yorumlara skor "
         "tahminini yaz! Kazanan pazartesi açıklanacak.",
         "Taraftar Token sahipleri, sezonun en güzel golü anketinde söz sizde! Oylama uygulamada pazar 23.59'a "
         "kadar açık.",
         "hakem yine maçı katletti ya, 90+4'te o penaltı verilmez. izlerken tansiyonum çıktı",
         "A Milli Takım aday kadrosu açıklandı 🇹🇷 Montella'nın sürpriz tercihleri ve kadro dışı kalan isimler "
         "haberimizde."],
        ("GalatasaraySK", "Fenerbahce", "Besiktas", "mehmetyilmaz34", "fanatik"),
        src=SPORT_SRC, batch=4, when=("2024-08-01", "2025-12-20"),
        fill={"skor": ["2-1", "3-0", "1-1", "4-2"]}),
    ben("c26-tr-unlu-tanitim", "celebrity-promo", "tr",
        "Pattern: Turkish singers and actors promoting singles, concerts, series episodes and brand "
        "collaborations (#işbirliği, #reklam), including paid crypto-platform ambassador posts with a risk "
        "disclaimer",
        ["Yeni şarkım “Gece Yarısı” tüm dijital platformlarda! 🎶 Dinleyin, paylaşın, yorumlarınızı "
         "bekliyorum ❤️ {url}",
         "İstanbul konserinin biletleri yarın 10.00'da satışta! Bu sefer çok özel bir sürprizimiz var 😉",
         "#işbirliği Yıllardır içtiğim kahve markasıyla ortak bir şey yaptık ☕ {kod} koduyla ilk siparişe %20 "
         "indirim.",
         "#reklam Evet, bir kripto platformunun reklam yüzü oldum 😄 Ama şunu da söyleyeyim: kimse size "
         "garantili kazanç vaat edemez. Yatırım tavsiyesi değildir, riskleri bilerek girin.",
         "Dizimizin yeni bölümü bu akşam 20.00'de! Kaçırmayın, büyük bir yüzleşme var 👀"],
        ("melis_sarki", "canbonomo_fan", "aylin_oyuncu", "kerem_music", "denizakkaya"),
        src=PERSON_SRC, batch=4, when=("2024-03-01", "2025-12-31"),
        urls=["https://open.spotify.com/track/{rand}", "https://music.youtube.com/watch?v={rand}"],
        fill={"kod": ["MELIS20", "KEREM20", "AYLIN20"]}),

    # ------------------------------------------------------------------ ru
    ben("c26-ru-preduprezhdenie-skam", "anti-scam-warning", "ru",
        "Pattern 2024-2025 in Russian-speaking Telegram/X: fake 'TON giveaway from Pavel Durov', hijacked "
        "channels posting fake airdrops, fake exchange staff asking to 'verify the wallet', channel admins "
        "warning and telling users to revoke approvals",
        ["⚠️ Внимание: в Telegram снова гуляет «раздача TON от Павла Дурова». Это фейк. Никто не раздаёт "
         "криптовалюту за то, что вы подключите кошелёк к непонятному боту.",
         "Наш канал ночью взломали и опубликовали пост с «аирдропом». Доступ вернули, пост удалили. Если вы "
         "подключали кошелёк по той ссылке — срочно отзовите разрешения (revoke) и переведите средства на "
         "новый адрес.",
         "@{user} это скам на 100%. «Отправь 1000 USDT на {trx} и получи 2000 обратно» — так не бывает. Ничего "
         "не отправляй.",
         "Схема недели: вам пишет «сотрудник биржи», говорит, что аккаунт заблокирован и нужно "
         "«верифицировать кошелёк» на сайте {dominio}. Сайт — копия, все данные уходят мошенникам.",
         "напоминаю в сотый раз: сид-фразу не вводят НИГДЕ, кроме самого кошелька. ни в ботах, ни на сайтах, "
         "ни «поддержке». точка."],
        ("forklog", "incrypted", "anya_ton", "tonkeeper_ru", "cryptoalert_ru"),
        src=NEWS_SRC, batch=4, when=("2024-03-01", "2025-12-31"),
        fill={"user": RU_USERS,
              "dominio": ["bybit-verify.org", "ton-wallet-check.app", "garantex-help.com"]}),
    ben("c26-ru-donaty-kripta", "donation-wallet", "ru",
        "Pattern 2022-2025: exiled Russian-language independent media and human-rights projects accepting "
        "crypto donations (BTC, USDT-TRC20, ETH, Monero) because card payments are blocked; organisations "
        "invented",
        ["Из-за блокировки карт мы больше не можем принимать пожертвования из России обычным способом. "
         "Поддержать редакцию можно в криптовалюте:\nBTC: {btc}\nUSDT (TRC-20): {trx}\nСпасибо, что вы с нами.",
         "Друзья, актуальный адрес для донатов в USDT есть только на нашем сайте. Если кто-то в комментариях "
         "пишет другой — это мошенники. Наш: {trx}",
         "Отчёт за октябрь 📊 Пожертвования в криптовалюте покрыли 18% бюджета: работа юристов и передачи "
         "задержанным. ETH-адрес, чтобы проверить в эксплорере: {eth}",
         "Можно ли задонатить анонимно? Да. Принимаем Bitcoin и Monero. BTC (Taproot): {btc_tr}\nMonero-адрес "
         "— на сайте.",
         "Каждый донат важен. Даже 5 USDT — это передача для политзаключённого. {trx}"],
        ("nezavisimye_media", "pravo_pomosch", "redaktsiya_sever", "zaklyuchennye_help", "media_vne"),
        src=NEWS_SRC, batch=4, when=("2024-01-01", "2025-12-31")),
    ben("c26-ru-novosti-kripto", "crypto-news", "ru",
        "Russian crypto news 2024-2025: Pavel Durov detained at Le Bourget 24 Aug 2024 (TON fell ~15%), law "
        "legalising mining signed Aug 2024 (from 1 Nov 2024), Garantex domains seized March 2025, the A7A5 "
        "ruble stablecoin (2025)",
        ["Garantex прекратила работу: домены биржи изъяты по запросу США, Германии и Финляндии. Пользователям "
         "не советуют выводить средства через сомнительные «зеркала». {url}",
         "Путин подписал закон о легализации майнинга. Майнить смогут компании и ИП из реестра, физлица — в "
         "пределах лимита энергопотребления.",
         "Павел Дуров задержан в аэропорту Ле Бурже. Toncoin на новостях упал более чем на 15%.",
         "Рублёвый стейблкоин A7A5 по обороту уже обогнал многие евро-стейблкоины. Кто за ним стоит и при чём "
         "тут санкции — разбираемся {url}",
         "ну всё, майнинг легализовали, теперь у соседа асики гудят официально 😂"],
        ("forklog", "rbc_crypto", "incrypted", "serg_petrov", "bitsmedia"),
        src=NEWS_SRC, batch=4, when=("2024-08-08", "2025-10-31"),
        urls=["https://www.rbc.ru/crypto/news/{rand}", "https://forklog.com/news/{rand}"]),
    ben("c26-ru-reliz-ton-koshelek", "dev-release", "ru",
        "Pattern 2024-2025: TON ecosystem wallet and node developers (Tonkeeper, MyTonWallet, validators) "
        "announcing releases in Russian: W5 wallet support, hotfixes, mandatory node updates, signed binaries",
        ["Вышла версия {ver} 🚀 Что нового: поддержка кошельков W5, быстрые свопы и тёмная тема на десктопе. "
         "Обновляйтесь через стор или с сайта. {url}",
         "Выкатили хотфикс {ver}: исправили баг, из-за которого у части пользователей не отображались NFT. "
         "Коммит {sha7}. Спасибо за репорты!",
         "Валидаторам TON: версия ноды {ver} обязательна к установке до {datum}. Подробности в канале для "
         "валидаторов.",
         "Тред для разработчиков 🧵 1/3\nВ новой версии SDK поменялись сигнатуры методов отправки транзакций. "
         "Старые методы помечены deprecated, удалим их в следующем мажоре.",
         "релиз собран, подписи проверены, бинарники выложены. sha256 архива: {hex64}\nкто соберёт из "
         "исходников и сверит — респект"],
        ("mytonwallet_ru", "tonkeeper_ru", "ton_dev_chat", "dmitry_k", "ton_validators"),
        src=PERSON_SRC, batch=4, when=("2024-04-01", "2025-12-31"),
        urls=["https://github.com/mytonwallet-org/mytonwallet/releases/tag/v{rand}",
              "https://tonkeeper.com/{rand}"],
        fill={"datum": ["15 марта", "1 июля", "20 ноября"]}),
    ben("c26-ru-airdrop-tapalki", "legit-airdrop-news", "ru",
        "Real Telegram tap-to-earn airdrops 2024: Notcoin NOT listing 16 May 2024, DOGS airdrop Aug 2024, "
        "Hamster Kombat HMSTR listing 26 Sep 2024 (players angry about allocations, cheaters zeroed)",
        ["Notcoin сегодня листится на Binance, OKX и Bybit. Игроки получат NOT за намайненные монеты — через "
         "ваучеры или сразу на депозит биржи.",
         "Hamster Kombat раздал HMSTR, листинг 26 сентября. Многие недовольны размером аирдропа: часть аккаунтов "
         "получила «ноль» за читерство.",
         "DOGS: аирдроп для пользователей Telegram прошёл, токены можно забрать в боте или сразу на биржу. "
         "Официальный бот — только по ссылке из канала проекта.",
         "получил хомяков на 4 доллара за полгода тапанья 🐹😭 ну хоть не скам",
         "Разбор: почему тапалки в Telegram стали главным источником фейковых аирдропов и как отличить "
         "настоящий клейм от фишинга {url}"],
        ("forklog", "incrypted", "bitsmedia", "kripto_vasya", "olga_msk"),
        src=NEWS_SRC, batch=4, when=("2024-05-16", "2024-12-31"),
        urls=["https://forklog.com/cryptorium/{rand}", "https://incrypted.com/{rand}/"]),

    # ------------------------------------------------------------------ ja
    ben("c26-ja-sagi-chuuikanki", "anti-scam-warning", "ja",
        "Pattern 2024-2025 in Japan: SNS-type investment fraud (celebrity-name ads leading to LINE groups), "
        "exchanges warning about fake sites/accounts, hijacked accounts posting 'bitcoin x2' campaigns, fake "
        "tax SMS, drainer approvals behind 'free token' sites; police consultation line #9110",
        ["【注意喚起】当社を装った偽サイト・偽アカウントが確認されています。当社がDMでパスワードや秘密鍵を"
         "お聞きすることは絶対にありません。不審なメッセージは開かずに削除してください。",
         "SNS型投資詐欺の被害が増えています。有名人の名前や写真を使った広告から LINE グループに誘導し、"
         "暗号資産を送金させる手口です。少しでも怪しいと思ったら #9110 へ相談を。",
         "@{user} それ乗っ取りアカウントですよ…！本人は「ビットコイン2倍キャンペーン」なんてやってません。"
         "絶対に送金しないで🙏",
         "うちの母に「暗号資産の税金が未納です」ってSMSが来たらしい。リンク先が {dominio} とかいう明らかに"
         "怪しいドメイン。みんなも家族に声かけてね",
         "エアドロップ詐欺に注意⚠️「無料でトークンがもらえる」サイトでウォレットをつないで承認ボタンを押すと、"
         "資産を抜かれることがあります。Approve の中身は必ず確認しましょう。"],
        ("bitFlyer", "coincheckjp", "keishicho_cyber", "kuma_btc", "sakura_0321"),
        src=EXCH_SRC, batch=4, when=("2024-01-15", "2025-12-31"),
        fill={"user": JA_USERS, "dominio": ["nta-kasou.info", "coincheck-login.top", "bitflyer-jp.help"]}),
    ben("c26-ja-torihikijo-oshirase", "exchange-announcement", "ja",
        "DMM Bitcoin incident 31 May 2024 (4,502.9 BTC leaked, customer assets guaranteed, withdrawals and new "
        "accounts halted) plus routine Japanese exchange notices: maintenance, new listings, delay recovery",
        ["【重要】本日、当社ウォレットから 4,502.9 BTC が不正に流出したことを確認いたしました。お客様のお預かり"
         "資産は全額保証いたします。現在、新規口座開設および暗号資産の出庫を停止しております。",
         "【メンテナンスのお知らせ】{date} 2:00〜6:00 の間、システムメンテナンスのため全サービスを停止いたし"
         "ます。ご不便をおかけしますが、よろしくお願いいたします。",
         "【新規取扱開始】本日より SUI の取扱いを開始しました🎉 販売所・積立でご利用いただけます。",
         "【復旧】一部のお客様でイーサリアムの送付が遅延していた件は解消しました。送付済みトランザクションの例: "
         "{tx}",
         "@{user} お問い合わせありがとうございます。出庫の遅延について現在調査中です。当社サポートがDMで"
         "秘密鍵やパスワードをお尋ねすることはございません。アプリ内フォームからご連絡ください。"],
        ("DMM_Bitcoin", "bitFlyer", "coincheckjp", "SBIVCT_official", "GMO_Coin"),
        src=EXCH_SRC, batch=4, when=("2024-05-31", "2025-10-31"),
        fill={"user": JA_USERS, "date": ["3月15日(土)", "6月8日(日)", "11月23日(日)"]}),
    ben("c26-ja-etf-nyuusu", "etf-news", "ja",
        "US spot Bitcoin ETF approval 10 Jan 2024, spot Ether ETFs first-day volume about $1B (23 Jul 2024), "
        "Japan FSA considering moving crypto under the FIEA (2025) which could open domestic crypto ETFs and a "
        "20% separate tax rate; Japanese media and users",
        ["米SEC、ビットコイン現物ETFを承認。ブラックロックなど11本が11日から取引開始へ {url}",
         "金融庁、暗号資産を金融商品取引法の対象にする方向で検討。国内での暗号資産ETF解禁や、税率20%の"
         "分離課税につながる可能性も {url}",
         "イーサリアム現物ETF、米国で本日取引開始。初日の売買高は約10億ドル規模に",
         "ETFへの資金流入すごいな。日本でもNISAでビットコインETF買えるようになったら一気に広がりそう…"
         "いつになるんだろ",
         "📊 米ビットコイン現物ETF 前日の純流入: {flow}（IBIT が最大）"],
        ("nikkei", "CoinPost_jp", "coindesk_japan", "hiro_crypto", "tanaka_yuki"),
        src=NEWS_SRC, batch=4, when=("2024-01-10", "2025-11-30"),
        urls=["https://www.nikkei.com/article/{rand}/", "https://coinpost.jp/?p={rand}"],
        fill={"flow": ["+4.2億ドル", "+11億ドル", "-2.3億ドル", "+8,800万ドル"]}),
    ben("c26-ja-nichijou", "generic", "ja",
        "Pattern: everyday Japanese posts with words that also occur in scams (財布 wallet, 2倍 double, "
        "プレゼント present, ビットコイン) used harmlessly",
        ["財布落として絶望してたら交番に届いてた。日本すごい。拾ってくださった方、本当にありがとうございます🙇",
         "今日はポイント2倍デーなので洗剤まとめ買いしてきた。主婦の戦いは続く",
         "後輩に「先輩、ビットコインってまだ買えるんですか」って聞かれたけど、まず家計簿つけような？って返した",
         "誕生日プレゼントに友達がくれた入浴剤が最高すぎる🛁 明日からまた頑張れる",
         "推しのライブ当落、今夜発表…手が震えてる…"],
        JA_USERS, src=PERSON_SRC, batch=4, when=("2024-01-01", "2025-12-31")),
    ben("c26-ja-yuumeijin-kokuchi", "celebrity-promo", "ja",
        "Pattern: Japanese talents announcing YouTube live streams, photobooks, drama roles, follower-milestone "
        "present campaigns (repost + follow) and #PR skincare tie-ups",
        ["今夜21時からYouTubeでライブ配信します📺 みんなの質問にたくさん答えるよ〜！ {url}",
         "写真集の発売が決定しました📚 予約特典はサイン入りポストカード！詳しくはプロフィールのリンクから",
         "【告知】新ドラマ「{title}」に出演します。毎週木曜22時〜。ぜひ観てください！",
         "フォロワー10万人ありがとう🎉 感謝の気持ちを込めて、サイン入りグッズを抽選で5名様にプレゼント！"
         "このポストをリポスト＆フォローで応募完了。締切は日曜まで",
         "PR｜いつも使ってるスキンケアの新作を一足先に試させてもらいました✨ 詳しくは動画で {url}"],
        ("misaki_official", "ryota_staff", "haruka_info", "kento_official", "yui_mgr"),
        src=PERSON_SRC, batch=4, when=("2024-01-01", "2025-12-31"),
        urls=YT, fill={"title": ["夜明けのカルテ", "となりの探偵", "春風ダイアリー"]}),
]
