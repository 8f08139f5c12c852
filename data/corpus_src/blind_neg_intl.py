"""Blind test set (batch 3, never trained on): neg_intl families.

Non-English benign (label 0) posts in es, pt, fr, de, tr, ru and ja, five families per language, mostly hard
negatives: warnings that describe the bait, news about real airdrops, exchange notices, donation addresses,
price news. Written by a helper who saw no other data and no detector.
"""
from .pools import BRAND_SRC, EXCH_SRC, NEWS_SRC, PERSON_SRC, POL_SRC, SPORT_SRC, YT, bait, ben  # noqa: F401

FAMILIES = [
    # ------------------------------------------------------------------ es
    ben("b26-es-policia-estafas-cripto-deepfake", "anti-scam-warning", "es",
        "Spanish police, CNMV and INCIBE warnings (2023-2025) about fake investment ads with AI 'interviews' of "
        "famous people, WhatsApp crypto-doubling offers, task scams paid in USDT and recovery scams",
        ["⚠️ Ningún presentador de televisión ni empresario famoso se ha hecho rico con \"un sistema automático de "
         "bitcoin\". Esas entrevistas están hechas con IA y te llevan a plataformas fraudulentas. Si te piden una "
         "primera aportación de 250 €, desconfía. #Ciberestafas",
         "#Ojo 👀 | Te escriben por WhatsApp, te prometen duplicar lo que inviertas en cripto en una semana y te "
         "piden instalar AnyDesk \"para ayudarte con la cuenta\". Es una estafa. Cuelga, no instales nada y denuncia.",
         "La CNMV ha incorporado hoy nuevas entidades a su lista de advertencias sobre chiringuitos financieros. "
         "Antes de meter un euro en criptoactivos, comprueba si la empresa está registrada 👉 {url}",
         "Ningún organismo público te va a pedir que \"verifiques tu wallet\" ni que envíes criptomonedas para "
         "desbloquear una devolución. Si te llega por SMS o correo, es phishing. Dudas: llama al 017 📞",
         "HILO 🧵 1/3\nAsí funcionan las falsas ofertas de empleo con cripto:\n▶️ Te pagan unos euros por dar 'me "
         "gusta' a vídeos\n▶️ Luego te piden depositar USDT para \"desbloquear\" tus comisiones\n▶️ Ese dinero ya "
         "no vuelve",
         "Recuperar criptomonedas robadas NO depende de pagar a 'hackers éticos' ni a supuestos abogados que te "
         "contactan por redes. Es la segunda estafa a la misma víctima. #RecoveryScam"],
        ("policia", "guardiacivil", "CNMV_MEDIA", "INCIBE", "osiseguridad"),
        src=POL_SRC, batch=3, when=("2023-03-01", "2025-09-30"),
        urls=["https://www.cnmv.es/portal/Consultas/Advertencias/{rand}"]),

    ben("b26-es-libra-milei-oposicion", "politics", "es",
        "Feb 2025 $LIBRA affair: Argentina's president Javier Milei posted the contract of the LIBRA memecoin on X "
        "(14 Feb 2025); it collapsed within hours, the post was deleted and opposition lawmakers pushed for "
        "impeachment and an investigative commission",
        ["El Presidente usó su cuenta oficial para difundir el contrato de una memecoin que en pocas horas se "
         "desplomó y dejó a miles de argentinos con pérdidas. Vamos a presentar el pedido de juicio político. "
         "Nadie está por encima de la ley.",
         "#LIBRA\nQue un jefe de Estado publique un contract address en X no es \"difundir un emprendimiento "
         "privado\". Es usar la investidura para promocionar un token. Pedimos la interpelación urgente en el "
         "Congreso.",
         "Arranca la comisión investigadora del caso $LIBRA: quiénes crearon el token, quién sacó la liquidez y "
         "cuánto ganaron. Se puede seguir en vivo 👇 {url}",
         "Lo dije el viernes y lo repito: si el Presidente no sabía lo que estaba promocionando, es grave. Si "
         "sabía, es gravísimo.",
         "A quienes compraron LIBRA confiando en un posteo presidencial: guarden capturas, los hashes de las "
         "transacciones y los comprobantes del exchange. Estamos armando una presentación colectiva ante la "
         "Justicia."],
        ("DipMarianaLopezOK", "SenadorRuizBA", "BloqueDiputadosUxP", "concejalpablogarcia", "LegisladoraVAcosta"),
        src=POL_SRC, batch=3, when=("2025-02-15", "2025-07-31"), urls=YT),

    ben("b26-es-club-sorteo-fantoken", "sports", "es",
        "Spanish football clubs' social accounts: follow+RT giveaways of signed shirts, Socios.com fan-token "
        "votes (e.g. Atlético de Madrid $ATM), match results and warnings that the club never gives away "
        "tickets or crypto by DM (2021-2025)",
        ["🎁 SORTEO 🎁\nCamiseta firmada por toda la plantilla 🔴⚪\nPara participar:\n1️⃣ Síguenos\n2️⃣ Haz RT a "
         "este post\n3️⃣ Comenta con quién irías al derbi\nGanador el lunes. ¡Suerte, rojiblancos!",
         "Los holders de $ATM ya pueden votar en Socios qué canción sonará después de cada gol en el Metropolitano "
         "esta temporada 🎶⚽ La votación cierra el domingo a las 23:59.",
         "DOBLETE de nuestro 9 y tres puntos que valen oro 💪 ¡Vamos! #LaLiga",
         "Aviso a la afición: la única cuenta oficial del club es esta. No regalamos entradas ni criptomonedas "
         "por mensaje privado. Si alguien os escribe en nombre del club pidiendo datos o pagos, bloquead y "
         "reportad.",
         "Final ⏱️ 2-1\nRemontada en casa y la grada en pie hasta el último segundo. Gracias por el aliento ❤️"],
        ("Atleti", "valenciacf", "RealBetis", "SevillaFC", "FCBarcelona_es"),
        src=SPORT_SRC, batch=3, when=("2021-09-01", "2025-05-31")),

    ben("b26-es-exchange-mantenimiento-listado", "exchange-announcement", "es",
        "Spanish-language exchange notices (Bit2Me / Binance-style): scheduled maintenance, resumed withdrawals, "
        "new listings with network warnings, support never asks for the seed phrase (2023-2025)",
        ["🔧 Mantenimiento programado\nEl martes de 02:00 a 04:00 (CET) los depósitos y retiradas de BTC estarán "
         "pausados por una actualización de nuestros nodos. Tus fondos están seguros y el trading sigue operativo.",
         "Ya están reanudadas las retiradas en la red Solana ✅ Si la tuya quedó pendiente, se procesará "
         "automáticamente en las próximas horas. Gracias por la paciencia 🙏",
         "Nuevo listado 🚀 $JUP ya disponible para compra, venta y depósito.\n⚠️ Deposita solo a través de la red "
         "Solana: los envíos por otras redes pueden perderse.",
         "Recordatorio: nuestro equipo de soporte NUNCA te pedirá tu frase semilla ni te escribirá primero por "
         "Telegram. Las incidencias se gestionan solo desde la app, en Ayuda > Chat.",
         "Incidencia resuelta. Algunas retiradas de ETH se retrasaron por congestión en la red; el lote ya está "
         "confirmado on-chain (tx {tx}). Si aún no ves tus fondos, abre un ticket."],
        ("Bit2Me", "Bit2Me_Soporte", "Bit2Me_LATAM", "BinanceES"),
        src=EXCH_SRC, batch=3, when=("2023-06-01", "2025-10-31")),

    ben("b26-es-dana-donaciones-cripto", "donation-wallet", "es",
        "Pattern: local associations publishing BTC/ETH donation addresses and transparency reports after the "
        "DANA floods in Valencia (Oct-Nov 2024); the organisations and figures are invented",
        ["Muchas personas nos preguntáis si aceptamos donaciones en cripto para los afectados por la DANA. Sí. "
         "Estas son nuestras únicas direcciones (también en la web):\nBTC: {btc}\nETH/USDC (red Ethereum): {eth}\n"
         "Cada mes publicaremos lo recibido y en qué se ha gastado.",
         "Actualización de transparencia 📊 La wallet de donaciones ha recibido 1,84 BTC y 12.300 USDC. Todo se ha "
         "pasado a euros para material de limpieza y bombas de achique. Dirección pública para comprobarlo: {btc}",
         "Por favor, desconfiad de las cuentas que copian nuestro logo y piden cripto en nombre de la asociación. "
         "La ÚNICA dirección válida es esta y no la vamos a cambiar:\n{eth}",
         "Si preferís donar en bitcoin 🧡\n{btc}\nTambién por Bizum (código ONG {bizum}) o transferencia. Cada "
         "euro cuenta. #DANA #Valencia",
         "Gracias a la comunidad cripto de València: el meetup de ayer recaudó el equivalente a 9.000 € para "
         "familias de Paiporta y Catarroja. Seguimos recogiendo donaciones aquí: {btc_tr}"],
        ("AsocVecinosPaiporta", "FundacioRiuSolidari", "ONGManosLlenas", "CriptoSolidariaVLC"),
        src=BRAND_SRC, batch=3, when=("2024-10-31", "2025-03-31"),
        fill={"bizum": ["03812", "04127", "02965"]}),

    # ------------------------------------------------------------------ pt
    ben("b26-pt-airdrop-jup-hype-noticia", "legit-airdrop-news", "pt",
        "Brazilian crypto media on real airdrops: Jupiter JUP (31 Jan 2024), Starknet STRK (Feb 2024), "
        "Hyperliquid HYPE (29 Nov 2024, 31% of supply), with warnings about fake claim sites",
        ["Airdrop da Jupiter ($JUP) é liberado hoje e usuários de Solana já podem resgatar seus tokens. A rede "
         "chegou a ficar congestionada nos primeiros minutos. Veja quem tem direito 👇 {url}",
         "🪂 Hyperliquid distribui 31% do supply do token HYPE em airdrop para quem usava a plataforma; token "
         "estreia em forte alta nas primeiras horas de negociação",
         "Golpistas já usam o airdrop da Starknet para esvaziar carteiras: perfis falsos no X divulgam links de "
         "\"claim\" que pedem assinatura de permissões. Só use o portal oficial informado pela Starknet Foundation.",
         "O que você precisa saber sobre o airdrop da Jupiter:\n• o snapshot já foi feito\n• não é preciso pagar "
         "nada para receber\n• existe prazo para resgatar, confira no site oficial\n• desconfie de qualquer DM",
         "Vale a pena vender o airdrop logo de cara? Analistas explicam por que boa parte dos tokens distribuídos "
         "em airdrops cai nas primeiras semanas {url}"],
        ("portaldobitcoin", "livecoinsBR", "CointelegraphBR", "criptofacil"),
        src=NEWS_SRC, batch=3, when=("2024-01-25", "2024-12-15"),
        urls=["https://portaldobitcoin.uol.com.br/{rand}/", "https://livecoins.com.br/{rand}/",
              "https://br.cointelegraph.com/news/{rand}"]),

    ben("b26-pt-bitcoin-recorde-reais", "price-news", "pt",
        "Brazilian finance media on bitcoin records in reais as the real weakened, Nov 2024 - Jan 2025 (BTC "
        "above R$ 600 mil around 100k USD); figures approximate, written from memory",
        ["URGENTE: Bitcoin supera R$ 600 mil pela primeira vez, impulsionado pela alta do dólar e pela "
         "expectativa de uma política pró-cripto nos EUA",
         "$BTC renova máxima histórica em reais. Quem colocou R$ 1.000 em bitcoin há 12 meses teria hoje cerca de "
         "R$ {mult} — mas a volatilidade continua alta 📈",
         "Bitcoin cai 7% e devolve parte dos ganhos da semana; liquidações passam de US$ 1 bilhão nas corretoras",
         "Fechamento cripto 🌙\nBTC: R$ {btcp} ({chg})\nETH: R$ {ethp}\nSOL: R$ {solp}\nDólar: R$ {usd}",
         "Por que o bitcoin sobe mais em reais do que em dólar? A resposta está no câmbio 👇 {url}"],
        ("InfoMoney", "valoreconomico", "MoneyTimesBR", "portaldobitcoin", "exame"),
        src=NEWS_SRC, batch=3, when=("2024-11-06", "2025-01-31"),
        urls=["https://www.infomoney.com.br/mercados/{rand}/",
              "https://valor.globo.com/financas/criptomoedas/noticia/2024/12/{rand}.ghtml",
              "https://www.moneytimes.com.br/{rand}/"],
        fill={"mult": ["2.800", "2.900", "3.000"], "btcp": ["598.412", "612.050", "587.930", "604.775"],
              "chg": ["+2,1%", "-1,4%", "+0,8%", "-3,2%"], "ethp": ["22.340", "23.105", "21.870"],
              "solp": ["1.390", "1.452", "1.318"], "usd": ["6,02", "6,09", "6,14"]}),

    ben("b26-pt-cashback-bitcoin-marca", "brand-promo", "pt",
        "Brazilian fintech/retail brand posts promoting bitcoin cashback and in-app crypto (Méliuz, Nubank, "
        "Mercado Pago, PicPay style), 2022-2025; campaign wording invented",
        ["Cashback em bitcoin? Temos 🧡 Ative no app e receba parte das suas compras direto em BTC. Sem taxa pra "
         "ativar, sem complicação.",
         "A Semana do Consumidor chegou com cashback em DOBRO nas lojas parceiras 💸 Vale até domingo e você "
         "escolhe receber em reais ou em bitcoin. Regulamento no app.",
         "você: não entendo nada de cripto\na gente: dá pra começar com R$ 1 💜",
         "Agora dá pra comprar, vender e guardar Solana direto no app. Lembrando: a gente nunca pede senha, código "
         "ou frase de recuperação por DM, WhatsApp ou ligação 🔒",
         "PROMO 🎉 Taxa zero nas suas primeiras compras de cripto pelo app até o fim do mês. Investimentos em "
         "criptoativos envolvem riscos; leia o regulamento antes."],
        ("meliuz", "nubank", "mercadopago", "PicPay"),
        src=BRAND_SRC, batch=3, when=("2022-06-01", "2025-08-31")),

    ben("b26-pt-enchentes-rs-dobramos-doacao", "charity-match", "pt",
        "May 2024 Rio Grande do Sul floods: Brazilian companies and streamers matched donations ('a gente dobra') "
        "made to the official state Pix campaigns; names and totals invented",
        ["🆘 Rio Grande do Sul\nAté domingo, cada real que vocês doarem pela campanha oficial a gente DOBRA. Doou "
         "R$ 50? A empresa coloca mais R$ 50. Mandem o comprovante nas respostas que a gente soma tudo 🙏",
         "Atualização: vocês doaram R$ 184.320 e a gente completou com o mesmo valor. Total de R$ 368.640 repassado "
         "pra Defesa Civil do RS. Comprovante no site. Obrigado, gente ❤️",
         "Live beneficente hoje às 20h! Tudo o que for doado durante a live eu igualo do meu bolso, até R$ 20 mil. "
         "A chave Pix é a da campanha oficial do governo do estado, NÃO mandem pra minha conta pessoal. {url}",
         "Matching de doações 🤝 Nosso time doou e a empresa igualou, 1 pra 1, até bater a meta. Bora, RS!",
         "Cuidado com Pix falso de campanha: usem só as chaves divulgadas nos canais oficiais. A gente dobra as "
         "doações feitas nessas chaves, não em perfis aleatórios."],
        ("AmigosDoRS_ONG", "padariavitoriapoa", "TechPOAoficial", "institutosulvive", "canaldobeto"),
        src=BRAND_SRC, batch=3, when=("2024-05-03", "2024-06-30"),
        urls=YT + ["https://www.twitch.tv/{rand}"]),

    ben("b26-pt-insta-hackeado-aviso", "anti-scam-warning", "pt",
        "Brazilian creators and small businesses warning followers after their accounts were hacked and used to "
        "push fake bitcoin investments and 'Pix em dobro', 2023-2025 (MED = Pix refund mechanism)",
        ["gente, hackearam meu insta ontem e o cara ficou postando que eu tava \"investindo em bitcoin e ganhando "
         "5 mil por dia\" 🤡 NÃO SOU EU. não mandem pix pra ninguém. já recuperei a conta",
         "AVISO IMPORTANTE ‼️\nMinha conta foi invadida e postaram stories de \"Pix em dobro\". Se você mandou "
         "dinheiro, faz B.O. e fala com teu banco AGORA pelo MED do Pix. Eu nunca vou pedir dinheiro aqui.",
         "recuperei meu perfil depois de 3 dias. o golpista postou link de corretora falsa e até vídeo com minha "
         "voz clonada por IA. tô muito mal com isso, desculpa quem caiu 😔",
         "Dica pra quem não quer passar pelo que eu passei: ativem a verificação em duas etapas HOJE. Foi só isso "
         "que faltou pra eu não perder minha conta pra golpista de cripto.",
         "@fulana_silva não fui eu amiga!! invadiram minha conta, aquele post de investimento é golpe 🚫"],
        ("juliafitpoa", "marcos_barber", "carolbolos_", "pedrinhogamer", "dra_ana_nutri"),
        src=PERSON_SRC, batch=3, when=("2023-01-01", "2025-09-30")),

    # ------------------------------------------------------------------ fr
    ben("b26-fr-etf-bitcoin-sec-janvier", "etf-news", "fr",
        "French-language coverage of the SEC approving 11 spot bitcoin ETFs (10 Jan 2024) after its X account "
        "was hacked with a fake approval post (9 Jan), day-one volumes (~4.6 bn USD) and the ether ETF 19b-4 "
        "approval (May 2024)",
        ["La SEC donne finalement son feu vert aux ETF bitcoin au comptant : onze fonds, dont ceux de BlackRock "
         "et Fidelity, pourront être cotés dès jeudi à Wall Street. {url}",
         "Rétropédalage : le message annonçant l'approbation des ETF bitcoin était un faux. Le compte X de la SEC "
         "a été piraté, confirme le gendarme boursier américain. Le bitcoin s'est envolé brièvement avant de "
         "rechuter.",
         "📊 Premier jour de cotation des ETF bitcoin spot : environ 4,6 milliards de dollars échangés selon les "
         "premières estimations. Le GBTC de Grayscale domine les volumes.",
         "ETF bitcoin : ce que ça change (ou pas) pour un épargnant français 🧵\n1/ Ces fonds sont cotés aux "
         "États-Unis et la plupart des courtiers européens ne peuvent pas les proposer aux particuliers, faute de "
         "document d'informations clés (règles PRIIPs).",
         "Après le bitcoin, l'ether : la SEC valide les formulaires 19b-4 des ETF ethereum au comptant. Le "
         "lancement effectif attendra encore quelques semaines. {url}"],
        ("LesEchos", "journalducoin", "Cryptoast", "BFMBourse", "latribune"),
        src=NEWS_SRC, batch=3, when=("2024-01-09", "2024-07-31"),
        urls=["https://www.lesechos.fr/finance-marches/marches-financiers/{rand}",
              "https://journalducoin.com/bitcoin/{rand}/", "https://cryptoast.fr/{rand}/"]),

    ben("b26-fr-ledger-live-octez-release", "dev-release", "fr",
        "Release notes from French crypto teams: Ledger Live / Nano firmware updates and Octez (Tezos, Nomadic "
        "Labs) releases, 2023-2025; version numbers generated, handles partly invented",
        ["Ledger Live {ver} est disponible 🎉\nAu programme : prise en charge de nouveaux tokens, corrections sur "
         "la synchro des comptes Solana et staking ETH amélioré. Mise à jour depuis l'app uniquement, jamais via "
         "un lien reçu par mail.",
         "Octez v{ver} est sorti. Principales nouveautés : améliorations du DAL, conso mémoire du nœud en baisse, "
         "correctifs pour les bakers. Binaires et changelog sur GitLab 👇 {url}",
         "Nouveau firmware disponible pour Nano S Plus et Nano X. Comme toujours : vérifiez l'authenticité de "
         "votre appareil dans Ledger Live, et rappelez-vous qu'aucune mise à jour ne vous demandera vos 24 mots.",
         "petite release ce soir de notre lib Python pour causer aux nœuds Tezos : v{ver}, support du nouveau "
         "protocole + typage complet. les PR sont les bienvenues 🙏 {url}",
         "Rappel aux bakers : le nouveau protocole sera activé au niveau {level}. Pensez à mettre à jour nœud et "
         "baker avant, sinon vous raterez des blocs."],
        ("Ledger_FR", "nomadic_labs", "octez_dev", "dev_tezos_fr"),
        src=BRAND_SRC, batch=3, when=("2023-06-01", "2025-09-30"),
        urls=["https://gitlab.com/tezos/tezos/-/releases/octez-v{rand}", "https://github.com/{rand}/tezos-py/releases"],
        fill={"level": ["5 726 209", "6 422 529", "7 692 289"]}),

    ben("b26-fr-enlevements-crypto-presse", "news-link", "fr",
        "French newsroom links on the 2025 wave of kidnappings targeting crypto entrepreneurs (Ledger co-founder "
        "David Balland, Jan 2025; attempted abduction in Paris, May 2025; interior minister meeting the sector)",
        ["Enlèvement du cofondateur de Ledger : ce que l'on sait de l'enquête, de la rançon réclamée en "
         "cryptomonnaies à la libération de David Balland {url}",
         "Tentative d'enlèvement en plein Paris : la fille du patron d'une plateforme crypto visée par un "
         "commando, selon nos informations ➡️ {url}",
         "« Je ne publie plus rien sur mes wallets » : face aux enlèvements, les entrepreneurs du bitcoin revoient "
         "leur sécurité. Notre enquête 🔎 {url}",
         "Cryptomonnaies : pourquoi la France est-elle devenue un terrain de chasse pour les rançonneurs ? "
         "Décryptage ⬇️\n{url}",
         "VIDÉO. Le ministre de l'Intérieur réunit les acteurs de la crypto après une série d'enlèvements {url}"],
        ("franceinfo", "le_Parisien", "Le_Figaro", "libe", "BFMTV"),
        src=NEWS_SRC, batch=3, when=("2025-01-23", "2025-09-30"),
        urls=["https://www.francetvinfo.fr/faits-divers/{rand}.html", "https://www.leparisien.fr/faits-divers/{rand}.php",
              "https://www.lefigaro.fr/actualite-france/{rand}", "https://www.liberation.fr/societe/{rand}/"]),

    ben("b26-fr-faux-courrier-ledger-alerte", "anti-scam-warning", "fr",
        "2025 warnings in France about paper letters impersonating Ledger asking owners to scan a QR code and "
        "'validate' their device (seed phishing), built on the 2020 Ledger customer data leak; recovery-scam "
        "follow-ups",
        ["🚨 Des détenteurs de Ledger reçoivent en ce moment un COURRIER papier, avec logo et QR code, leur "
         "demandant de « valider » leur appareil avant une date limite. C'est une arnaque : le site demande votre "
         "phrase de récupération. Ne scannez pas.",
         "Reçu ce matin dans ma boîte aux lettres 😶 une lettre « Ledger » qui m'impose une vérification de "
         "sécurité obligatoire. Ils ont mon nom et mon adresse… merci la fuite de 2020. Direction la poubelle.",
         "Rappel ⚠️ Aucune entreprise, aucun support, aucun « service conformité » ne vous demandera jamais vos "
         "24 mots. Quelqu'un qui les demande = quelqu'un qui veut vider votre wallet. #cybersécurité",
         "Vous avez saisi votre phrase de récupération sur un faux site ? Transférez tout de suite ce qui reste "
         "vers un nouveau portefeuille, puis portez plainte. Et méfiez-vous des « experts en récupération » qui "
         "vous contacteront ensuite : c'est une deuxième arnaque.",
         "@Mathieu_Crypto classique, c'est du phishing. le vrai site c'est ledger.com, pas ledger-validation-"
         "machin. signale et bloque 👍"],
        ("cybervictimes", "zataz", "thomas_btc_fr", "Gendarmerie", "sophie_secu"),
        src=PERSON_SRC, batch=3, when=("2025-01-15", "2025-10-31")),

    ben("b26-fr-quotidien-bitcoin-famille", "generic", "fr",
        "Everyday French posts that mention bitcoin, crypto or 'double' in passing: family dinners, jokes, "
        "two-factor auth, dubbing (2023-2025)",
        ["repas de Noël : mon oncle a encore expliqué à toute la table qu'il allait « tout mettre en bitcoin ». "
         "l'an dernier c'était le Livret A. on progresse",
         "Ma grand-mère m'a demandé si le bitcoin c'était « comme les tickets resto ». Honnêtement je n'ai pas su "
         "quoi répondre 😂",
         "Petit rappel que le doublage français de Friends reste supérieur à la VO et que je ne changerai pas "
         "d'avis. Bonne soirée.",
         "Quelqu'un a une reco de bouquin pour comprendre la blockchain sans se taper 300 pages de maths ? "
         "Demande pour un ami (moi)",
         "ce matin dans le métro un mec regardait les cours de la crypto sur son tel avec exactement la même tête "
         "que moi devant mes résultats de partiels",
         "Bon. J'ai enfin activé la double authentification partout. Je me sens adulte."],
        ("claire_lyon", "mehdi_dev", "papageek69", "Juju_Nantes", "lolo_b_"),
        src=PERSON_SRC, batch=3, when=("2023-01-01", "2025-10-31")),

    # ------------------------------------------------------------------ de
    ben("b26-de-commit-hash-wallet-repo", "commit-hash", "de",
        "German-speaking open-source wallet/Bitcoin developers posting commit hashes, reproducible-build digests "
        "and signed release tags (2023-2025); developer handles invented",
        ["Fix für den Race-Condition-Bug beim PSBT-Signing ist gemerged: {sha7}. Wer den Nightly nutzt, bitte "
         "updaten und Bescheid geben, ob's bei euch stabil läuft.",
         "Reproducible Build für v{ver} ist durch ✅ Mein Hash stimmt mit dem offiziellen überein:\n{hex64}\nBitte "
         "vergleicht selbst, bevor ihr irgendeiner Binary vertraut.",
         "Release-Tag v{ver} zeigt auf Commit {sha}, signiert mit dem bekannten Maintainer-Key. Wer die Signatur "
         "nicht prüft, lädt im Zweifel Malware. Anleitung steht im README.",
         "git bisect hat mich heute drei Stunden gekostet und am Ende war's {sha7}. Mein eigener Commit von "
         "letzter Woche 🙃",
         "Kleine Erinnerung: Wenn euch jemand einen \"Hotfix\" für eure Wallet per DM schickt, ist das kein "
         "Hotfix. Offizielle Releases gibt's nur über das Repo, aktueller Stand auf main ist {sha7}."],
        ("kai_bitbuilder", "lena_codet", "dev_moritz", "reprobuilds_de", "felixhackt"),
        src=PERSON_SRC, batch=3, when=("2023-03-01", "2025-10-31")),

    ben("b26-de-bitpanda-wartung-mica", "exchange-announcement", "de",
        "German-language broker/exchange notices (Bitpanda, Bison style): maintenance windows, resumed ETH "
        "withdrawals, MiCA-driven USDT restrictions for EEA users (late 2024 - early 2025), staking launches, "
        "support-never-asks warnings",
        ["Geplante Wartung 🛠️ Am Sonntag zwischen 06:00 und 08:00 Uhr (MEZ) ist die App nur eingeschränkt "
         "verfügbar. Handel und Auszahlungen sind in diesem Zeitraum pausiert. Danke für euer Verständnis!",
         "Update: Ein- und Auszahlungen für ETH laufen wieder normal. Verzögerte Transaktionen werden automatisch "
         "nachgeholt, ihr müsst nichts tun.",
         "Wichtig: Aufgrund der MiCA-Vorgaben wird USDT für Kund:innen im EWR zum {datum} in der App "
         "eingeschränkt. Bestehende Bestände könnt ihr jederzeit in USDC oder Euro tauschen.",
         "Neu: $SOL-Staking direkt in der App. Keine Sperrfrist, Rewards monatlich. Krypto-Investments sind mit "
         "Risiken verbunden.",
         "Wir fragen euch NIE per WhatsApp, Telegram oder Anruf nach Passwort, 2FA-Code oder einer "
         "\"Wallet-Verifizierung\". Support-Anfragen bitte nur über das Hilfe-Center in der App."],
        ("Bitpanda_DE", "bison_app", "BitpandaSupport"),
        src=EXCH_SRC, batch=3, when=("2023-09-01", "2025-06-30"),
        fill={"datum": ["30.12.2024", "31.01.2025", "31.03.2025"]}),

    ben("b26-de-bka-bitcoin-verkauf", "crypto-news", "de",
        "June-July 2024: German authorities (BKA / Saxony) moved and sold ~50,000 BTC seized in the movie2k case; "
        "on-chain watchers tracked transfers to exchanges until the wallet was empty (~2.9 bn USD)",
        ["Die Bundesregierung verkauft weiter: Eine dem BKA zugeordnete Wallet hat erneut mehrere Tausend BTC an "
         "Börsen wie Coinbase, Kraken und Bitstamp überwiesen. Der Markt reagiert nervös.",
         "Es geht um rund 50.000 Bitcoin aus dem Fall movie2k: Warum Sachsen die beschlagnahmten Coins jetzt zu "
         "Geld macht – und warum das rechtlich so sein muss. {url}",
         "Eilmeldung: Die Wallet der Behörden ist leer. Laut On-Chain-Daten hat Deutschland sämtliche "
         "beschlagnahmten Bitcoin verkauft. Erlös: knapp 2,9 Mrd. US-Dollar.",
         "On-Chain-Tracker melden: Von der Adresse der Bundesregierung sind heute 500 BTC an eine neue Wallet "
         "gegangen. Test-Transfer oder nächster Verkauf? Wir bleiben dran.",
         "Kommentar: Hätte der Staat die Bitcoin behalten sollen? Ein Pro und Contra aus der Redaktion 🧵 {url}"],
        ("BTCECHO", "handelsblatt", "finanzen_net", "t3n", "kryptoticker_de"),
        src=NEWS_SRC, batch=3, when=("2024-06-19", "2024-07-31"),
        urls=["https://www.btc-echo.de/news/{rand}/", "https://www.handelsblatt.com/finanzen/{rand}.html",
              "https://t3n.de/news/{rand}/"]),

    ben("b26-de-verbraucherschutz-krypto-warnung", "anti-scam-warning", "de",
        "German consumer-protection, police and BaFin warnings (2023-2025) about fake celebrity ads for crypto "
        "platforms, fake brokers, recovery scams and unlicensed sites; domain names invented",
        ["⚠️ Aktuell häufen sich Anzeigen mit angeblichen Promi-Interviews, in denen jemand mit einer "
         "Krypto-Plattform reich geworden sein soll. Alles gefälscht. Wer sich dort registriert, bekommt kurz "
         "darauf Anrufe von \"Brokern\" – und verliert sein Geld.",
         "Fake-Shops, Fake-Broker, Fake-Support: Unsere Checkliste, woran ihr unseriöse Krypto-Angebote erkennt "
         "👇 {url}",
         "Nach einem Betrug melden sich oft angebliche Anwälte oder \"Recovery-Firmen\", die gegen Vorkasse das "
         "verlorene Geld zurückholen wollen. Auch das ist Betrug. Zahlen Sie nichts im Voraus!",
         "Ganz einfach: Niemand verdoppelt euch Bitcoin. Nicht Elon, nicht eine Bank, nicht euer Lieblings-"
         "YouTuber. Wer sowas verspricht, will euer Geld. #Betrug #Krypto",
         "Die BaFin warnt vor der Website {domain}: Dort werden ohne Erlaubnis Kryptowerte-Dienstleistungen "
         "angeboten. Prüfen Sie vor jeder Anlage die Unternehmensdatenbank der BaFin."],
        ("vzbv", "VZ_NRW", "BaFin_Bund", "Polizei_Praevention", "polizeiberlin"),
        src=POL_SRC, batch=3, when=("2023-01-01", "2025-09-30"),
        urls=["https://www.verbraucherzentrale.de/wissen/geld-versicherungen/{rand}"],
        fill={"domain": ["bit-trade-profit24.com", "euro-coinmax.net", "kryptovest-capital.io",
                         "dax-cryptoinvest.com"]}),

    ben("b26-de-politik-bitcoin-reserve", "politics", "de",
        "German political posts on crypto: criticism of the state's 2024 bitcoin sale without parliamentary "
        "debate, 2025 debate on a strategic bitcoin reserve after the US order, MiCA implementation, and a "
        "lawmaker disowning fake giveaway accounts; politicians invented",
        ["Der Freistaat verkauft beschlagnahmte Bitcoin im Wert von Milliarden – ohne jede Debatte im Parlament. "
         "Ich habe heute eine schriftliche Frage an die Bundesregierung gestellt: Wer entscheidet hier eigentlich "
         "über den Zeitpunkt?",
         "Eine strategische Bitcoin-Reserve für Deutschland? Die USA machen es vor, Europa diskutiert. Ich halte "
         "das für ein spekulatives Risiko mit Steuergeld. Meine Rede im Plenum 👇 {url}",
         "Kryptowährungen brauchen klare Regeln, keine Panikmache. MiCA ist ein Anfang – aber Verbraucherschutz "
         "heißt auch: Betrugsplattformen schneller abschalten.",
         "Heute im Finanzausschuss: Anhörung zur Umsetzung der EU-Kryptoverordnung. Spannende Diskussion über "
         "Stablecoins, Verwahrung und die Frage, wie die BaFin personell hinterherkommt.",
         "In eigener Sache: Ich sammle keine Spenden in Krypto und verlose keine Bitcoin. Accounts, die das in "
         "meinem Namen tun, sind Fakes. Bitte melden."],
        ("Abg_LenaVogt", "MdB_HoffmannT", "LandtagWeber", "SarahKellerMdB"),
        src=POL_SRC, batch=3, when=("2024-06-25", "2025-09-30"), urls=YT),

    # ------------------------------------------------------------------ tr
    ben("b26-tr-ahbap-deprem-kripto-bagis", "donation-wallet", "tr",
        "Feb 2023 Kahramanmaraş earthquakes: AHBAP published official crypto donation addresses and received "
        "millions of dollars in crypto; warnings about fake AHBAP accounts posting other addresses",
        ["Kripto para ile bağış yapmak isteyenler için AHBAP'ın resmi adresleri:\nBTC: {btc}\nETH / USDT "
         "(ERC-20): {eth}\nLütfen sadece bu adresleri kullanın, DM'den gelen adreslere itibar etmeyin.",
         "Deprem bölgesi için kripto bağışlarınız ulaşıyor 🙏 Gelen tutar şimdiden birkaç milyon doları geçti. "
         "Tüm işlemler zincir üzerinde herkese açık, siz de kontrol edebilirsiniz: {btc}",
         "DİKKAT ❗ AHBAP adına açılmış sahte hesaplar farklı cüzdan adresleri paylaşıyor. Resmi adresimiz "
         "değişmedi:\n{eth}\nŞüpheli hesapları lütfen şikayet edin.",
         "Yurt dışındaki arkadaşlar soruyor: Türkiye'ye havale zor olabilir ama kripto ile bir dakikada bağış "
         "yapabilirsiniz. Adres resmi sitede de var 👇\nBTC {btc}",
         "Her satoshi bir battaniye, bir çadır, bir sıcak yemek demek. Bağış yapan herkese teşekkürler ❤️ "
         "#deprem #AHBAP"],
        ("ahbap", "haluklevent", "depremgonullu_tr", "kriptodestek_tr"),
        src=BRAND_SRC, batch=3, when=("2023-02-06", "2023-04-30")),

    ben("b26-tr-bitcoin-tl-rekor", "price-news", "tr",
        "Turkish finance media on bitcoin and ether records in lira, 2024-2025 (BTC above 3 million TL in Nov "
        "2024; ETH at a lira record after the May 2024 ETF decision); figures approximate",
        ["SON DAKİKA | Bitcoin, Türk lirası bazında ilk kez 3 milyon TL'nin üzerine çıktı",
         "#Bitcoin haftaya yükselişle başladı: BTC/TRY {fiyat} TL seviyesinde işlem görüyor, son 24 saatteki "
         "artış %{deg}.",
         "Kripto piyasasında sert satış 📉 Bitcoin %8 geriledi, altcoinlerde kayıplar %15'i buldu. Uzmanlar "
         "kaldıraçlı pozisyonlara dikkat çekiyor.",
         "ETF kararının ardından Ethereum TL bazında rekor tazeledi. Piyasalarda son durum 👇 {url}",
         "Dolar/TL yeni zirvedeyken kripto yatırımcısı ne yapmalı? Ekonomistler yorumladı {url}"],
        ("bloomberght", "paraanaliz", "ekonomimcom", "dunyagazetesi", "kriptohaber_tr"),
        src=NEWS_SRC, batch=3, when=("2024-05-24", "2025-03-31"),
        urls=["https://www.bloomberght.com/{rand}", "https://www.paraanaliz.com/kripto-para/{rand}/",
              "https://www.ekonomim.com/kripto/{rand}"],
        fill={"fiyat": ["3.412.500", "3.298.740", "3.520.110"], "deg": ["2,4", "3,1", "1,7"]}),

    ben("b26-tr-taraftar-token-cekilis", "sports", "tr",
        "Turkish clubs' social accounts: fan-token ($GAL etc.) votes, follow+RT signed-shirt giveaways (çekiliş), "
        "match results and official notices that the club runs no crypto campaigns by DM (2021-2025)",
        ["🦁 $GAL taraftar token sahipleri, sezonun ilk oylaması başladı! Deplasman formasının sırt yazısını siz "
         "seçiyorsunuz. Oylama Socios uygulamasında 48 saat açık.",
         "ÇEKİLİŞ 🎁 İmzalı forma kazanmak için bu gönderiyi RT'le, hesabımızı takip et ve yorumlara maçın skor "
         "tahminini yaz! Kazanan pazartesi açıklanacak 💛💙",
         "Resmi açıklama: Kulübümüz adına DM üzerinden bilet, forma ya da kripto para kampanyası "
         "yapılmamaktadır. Bu tür mesajlara itibar etmeyiniz.",
         "MAÇ SONUCU | 3-1 🔥 Derbide üç puan bizim! Taraftarımıza teşekkürler.",
         "Fan token nedir diye soranlar için kısaca: kulüp kararlarında oy hakkı, özel ödüller ve etkinlikler. "
         "Yatırım tavsiyesi değildir ⚠️"],
        ("GalatasaraySK", "Fenerbahce", "Besiktas", "Trabzonspor"),
        src=SPORT_SRC, batch=3, when=("2021-08-01", "2025-05-31")),

    ben("b26-tr-btcturk-sicak-cuzdan-bildirim", "exchange-announcement", "tr",
        "BtcTurk hot-wallet incidents (June 2024, Aug 2025): deposits/withdrawals paused, losses covered from "
        "company funds, user balances unaffected; plus routine Turkish exchange maintenance/listing notices",
        ["Değerli kullanıcılarımız, sıcak cüzdanlarımızdan birinde tespit edilen anormal hareketler nedeniyle "
         "kripto para yatırma ve çekme işlemleri geçici olarak durdurulmuştur. Soğuk cüzdanlarımızdaki varlıklar "
         "güvendedir. Gelişmeleri buradan paylaşacağız.",
         "Güncelleme: Etkilenen varlıklar şirket öz kaynaklarıyla karşılanacak, kullanıcı bakiyelerinde herhangi "
         "bir kayıp yoktur. TL yatırma/çekme işlemleri sorunsuz devam ediyor.",
         "📢 Planlı bakım çalışması: {gun} 03:00–05:00 saatleri arasında mobil uygulamamıza ve web sitemize "
         "erişim sağlanamayacaktır.",
         "Yeni listeleme 🚀 $WIF ve $BONK TRY pariteleriyle yarın 14:00'te işleme açılıyor. Yatırma işlemleri "
         "şimdiden aktif.",
         "Hatırlatma: Destek ekibimiz sizden asla şifrenizi, SMS kodunuzu veya cüzdan anahtarınızı istemez. "
         "\"Hesabınız askıya alındı, doğrulayın\" diyen mesajlar dolandırıcılıktır ⚠️",
         "Çekim işlemleri kademeli olarak yeniden açılıyor. ETH ağında bekleyen transferler tamamlandı, örnek "
         "işlem: {tx}"],
        ("BtcTurk", "BtcTurkDestek", "Paribu", "icrypex"),
        src=EXCH_SRC, batch=3, when=("2024-06-01", "2025-09-30"),
        fill={"gun": ["Salı", "Perşembe", "Pazar"]}),

    ben("b26-tr-unlu-hesap-hacklendi-uyari", "anti-scam-warning", "tr",
        "Turkish celebrities/influencers warning after hacked accounts posted fake 'Bitcoin çekilişi' and "
        "deepfake investment ads; official-style warnings about celebrity crypto ads (2022-2025); names invented",
        ["Arkadaşlar hesabım dün gece çalındı, benim adıma \"Bitcoin çekilişi\" paylaşımı yapılmış. Ben böyle bir "
         "şey yapmam, yapmadım. Lütfen hiçbir linke tıklamayın, kimseye para göndermeyin 🙏",
         "Yapay zekâyla sesimi ve yüzümü kullanıp \"şu platforma yatırım yaptım, zengin oldum\" diye video "
         "hazırlamışlar. SAHTE. Avukatlarım gerekli başvuruları yapıyor.",
         "hesabımı nihayet geri aldım 😮‍💨 o arada atılan kripto postlarını sildim, DM'den para isteyen olursa "
         "bilin ki ben değilim",
         "Ünlü isimlerin görüntüleriyle hazırlanan \"kripto yatırım\" reklamları dolandırıcılıktır. "
         "Vatandaşlarımızın bu reklamlara itibar etmemesi önemle duyurulur.",
         "@zeynep_yldz abla bu sen değilsin di mi 😳 profilinde \"ETH gönder iki katını al\" yazıyor"],
        ("aylin_oyuncu", "emrecanmusic", "serdar_ytb", "drselinkaya", "kemalyorumcu"),
        src=PERSON_SRC, batch=3, when=("2022-06-01", "2025-09-30")),

    # ------------------------------------------------------------------ ru
    ben("b26-ru-airdrop-notcoin-hamster", "legit-airdrop-news", "ru",
        "Russian-language coverage of real Telegram/TON airdrops: Notcoin NOT (16 May 2024), DOGS (Aug 2024), "
        "Hamster Kombat HMSTR (26 Sep 2024, complaints about excluded 'cheaters'), with scam warnings",
        ["Notcoin официально запустил токен NOT: он уже торгуется на Binance, OKX и Bybit. Игроки, которые не "
         "вывели токены на кошелёк, получили их прямо в приложении.",
         "⚡️ Hamster Kombat провёл эирдроп HMSTR. Многие игроки недовольны размером наград: часть аккаунтов "
         "исключили за «читерство». Подробности — {url}",
         "Как забрать эирдроп DOGS и не нарваться на мошенников:\n— только через официального бота в Telegram\n"
         "— никто не попросит seed-фразу\n— «ускоренный клейм за 5 TON» = скам",
         "Ретродроп — это не халява. Разбираемся, как устроены раздачи токенов, откуда берутся снапшоты и почему "
         "большинство токенов падает после листинга 👇 {url}",
         "Напоминаем: команда Notcoin не пишет в личку и не раздаёт «бонусные NOT» по ссылкам. Все новости — "
         "только в официальном канале."],
        ("forklog", "bitsmedia", "RBCcrypto", "ton_community_ru"),
        src=NEWS_SRC, batch=3, when=("2024-05-10", "2024-10-31"),
        urls=["https://forklog.com/news/{rand}", "https://bits.media/{rand}/", "https://www.rbc.ru/crypto/news/{rand}"]),

    ben("b26-ru-ton-dev-release", "dev-release", "ru",
        "Russian-speaking TON ecosystem release posts (Tonkeeper app with W5 wallets, mytonctrl, node config "
        "changes, TypeScript SDKs), 2023-2025; versions generated, dev handles invented",
        ["Вышел Tonkeeper {ver} 🎉 Что нового: поддержка W5-кошельков, пакетные переводы жетонов, исправлены "
         "зависания на Android. Обновляйтесь через App Store / Google Play, не качайте APK из чатов.",
         "Релиз mytonctrl v{ver}: валидаторам рекомендуется обновиться до {deadline}. Changelog: {url}",
         "выкатили в мейн фикс подписи транзакций через TON Connect, коммит {sha7}. если у вас вылетала ошибка "
         "«invalid signature» — проверьте ещё раз",
         "Обновление ноды TON: важное изменение в конфиге, без него нода перестанет синхронизироваться после "
         "апгрейда сети. Инструкция в репозитории 👇 {url}",
         "Небольшой релиз нашей SDK для TON на TypeScript — {ver}. Добавили типы для NFT-коллекций и "
         "jetton-мастеров, поправили расчёт комиссии."],
        ("tonkeeper_ru", "ton_dev_news", "mytonctrl_upd", "andrey_tondev", "tsdk_ton"),
        src=PERSON_SRC, batch=3, when=("2023-09-01", "2025-09-30"),
        urls=["https://github.com/ton-blockchain/mytonctrl/releases", "https://github.com/ton-blockchain/ton/releases"],
        fill={"deadline": ["конца недели", "15-го числа", "следующего апгрейда сети"]}),

    ben("b26-ru-crypto-news-links", "news-link", "ru",
        "Russian-language newsroom links: Durov detained in France (Aug 2024, Toncoin drop), Russia's mining "
        "legalisation law (Jul-Aug 2024), Bybit cold-wallet hack (~1.5 bn USD ETH, 21 Feb 2025), Bank of Russia "
        "proposal on crypto for highly qualified investors (Mar 2025)",
        ["Павла Дурова задержали во Франции. Toncoin за несколько часов подешевел более чем на 15%. Что известно "
         "на данный момент — {url}",
         "Госдума приняла закон о легализации майнинга. Разбираем, кому теперь нужно регистрироваться и как будут "
         "облагаться доходы 👇\n{url}",
         "Bybit сообщила о взломе холодного кошелька: похищено около $1,5 млрд в ETH. Бен Чжоу заверил, что все "
         "клиентские активы обеспечены 1:1 {url}",
         "Почему «удвоители» биткоина до сих пор работают и кто на них попадается. Большой материал {url}",
         "ЦБ предложил разрешить особо квалифицированным инвесторам покупать криптовалюту. Что это значит — "
         "{url}"],
        ("forklog", "RBCcrypto", "vcru", "bitsmedia", "kommersant"),
        src=NEWS_SRC, batch=3, when=("2024-07-01", "2025-06-30"),
        urls=["https://forklog.com/news/{rand}", "https://www.rbc.ru/crypto/news/{rand}", "https://vc.ru/crypto/{rand}",
              "https://www.kommersant.ru/doc/{rand}"]),

    ben("b26-ru-fake-durov-giveaway-warning", "anti-scam-warning", "ru",
        "Russian-language community warnings (2023-2025) about fake 'Durov' TON giveaways, fake Tonkeeper "
        "support asking to 'sync' the wallet, airdrop drainers and fake look-alike accounts",
        ["Осторожно: в Telegram гуляет «раздача от Павла Дурова» — якобы отправь 10 TON и получишь 100 обратно. "
         "Дуров ничего не раздаёт. Это скам, не ведитесь.",
         "Мне в личку написала «поддержка Tonkeeper» 🙃 попросили «синхронизировать кошелёк» и ввести 24 слова. "
         "Настоящая поддержка никогда не пишет первой. Блок, репорт.",
         "Памятка 📌\n1. seed-фраза — только на бумаге, никому и никуда\n2. «подтвердите кошелёк для получения "
         "эирдропа» = дрейнер\n3. админы не пишут первыми\n4. «гарантированный доход» = развод",
         "Если вы подписали транзакцию на левом сайте — срочно переводите оставшиеся средства на новый кошелёк. "
         "Выданные разрешения на токены можно отозвать через revoke-сервисы.",
         "@lesha_ton это фейк, у настоящего аккаунта другой юзернейм. ничего туда не отправляй"],
        ("ton_safety_ru", "kripto_babushka", "anna_web3", "scamalert_ru", "igor_tonholder"),
        src=PERSON_SRC, batch=3, when=("2023-06-01", "2025-09-30")),

    ben("b26-ru-media-donation-crypto", "donation-wallet", "ru",
        "Pattern since 2022: Russian-language independent media and charities cut off from card payments publish "
        "BTC / USDT-TRC20 / ETH donation addresses and reports; organisations and sums invented",
        ["Карты больше не работают, поэтому поддержать редакцию теперь можно в крипте. Наши адреса:\nBTC: {btc}\n"
         "USDT (TRC-20): {trx}\nСпасибо всем, кто с нами.",
         "Отчёт за квартал: на криптокошельки редакции пришло около 14 тыс. долларов пожертвований. Этого хватило "
         "на зарплаты двум корреспондентам. Адрес для проверки: {btc}",
         "Важно! Мошенники сделали копию нашего канала и публикуют свои адреса. Единственный адрес фонда для "
         "пожертвований в USDT (TRC-20):\n{trx}\nСверяйте с сайтом.",
         "Помочь фонду можно и в ETH / USDC (сеть Ethereum): {eth}\nДаже $5 — это лекарства для одного "
         "подопечного на неделю.",
         "Нас часто спрашивают, безопасно ли донатить в крипте. Адреса публичные, ваших имён мы не видим, а "
         "отправить можно с любой биржи или кошелька. Подробнее — в закрепе."],
        ("nezavisimaya_redaktsiya", "media_svoboda_ru", "pomosch_fond", "zhivye_novosti"),
        src=BRAND_SRC, batch=3, when=("2022-04-01", "2025-06-30")),

    # ------------------------------------------------------------------ ja
    ben("b26-ja-exchange-ryushutsu-oshirase", "exchange-announcement", "ja",
        "Japanese exchange notices: DMM Bitcoin's unauthorized outflow of ~4,502 BTC (31 May 2024) with full "
        "guarantee and restricted withdrawals, plus routine maintenance, listings, phishing warnings",
        ["【重要】弊社ウォレットからのビットコインの不正流出について\n本日、不正流出を確認いたしました。お客様からお預かり"
         "しているBTCは、グループ会社からの支援により全額保証いたします。現在、新規口座開設および暗号資産の出庫を一部制限"
         "しております。",
         "【メンテナンスのお知らせ】{date} 2:00〜6:00 の間、システムメンテナンスのため全サービスを停止いたします。"
         "ご不便をおかけしますが、ご理解のほどよろしくお願いいたします。",
         "【取扱開始】本日より {coin} の取扱いを開始いたしました🎉 販売所・取引所ともにご利用いただけます。",
         "【注意喚起】弊社を装ったSMS・メールにご注意ください。「口座が凍結されました」「本人確認が必要です」などの"
         "文言でログインを促すものは偽物です。弊社がSMSでURLをお送りすることはございません。",
         "出庫を停止しておりました {coin} につきまして、出庫を再開いたしました。送付先アドレスとネットワークを必ず"
         "ご確認のうえ、お手続きください。"],
        ("DMM_Bitcoin", "bitFlyer", "coincheckjp", "BITPoint_JP"),
        src=EXCH_SRC, batch=3, when=("2024-05-31", "2025-03-31"),
        fill={"date": ["6月15日(土)", "9月7日(土)", "11月23日(土)"], "coin": ["SUI", "APT", "DOGE", "SOL"]}),

    ben("b26-ja-bitcoin-etf-houdou", "etf-news", "ja",
        "Japanese media on US spot bitcoin ETF approval (Jan 2024, after the fake post from the hacked SEC "
        "account), IBIT's asset growth, and the FSA considering moving crypto under the FIEA (2025: ETFs, "
        "20% separate taxation)",
        ["米SEC、ビットコイン現物ETFを承認 ブラックロックなど11本 {url}",
         "【速報】前日のSECアカウントによる「承認」投稿は不正アクセスによるものと判明。その翌日、正式に現物ETFが承認"
         "されるという異例の展開に。",
         "ブラックロックのビットコインETF「IBIT」、運用資産が{aum}億ドルを突破。上場から1年足らずで金ETFに迫る勢い📈",
         "金融庁、暗号資産を金融商品取引法の対象とする方向で検討。国内での暗号資産ETF解禁や、税率20%の分離課税への道"
         "も開けるか",
         "ビットコインETFって結局なに？日本から買えるの？ 3分でわかる解説👇\n{url}"],
        ("nikkei", "coin_post", "BloombergJapan", "cryptotimes_jp"),
        src=NEWS_SRC, batch=3, when=("2024-01-10", "2025-09-30"),
        urls=["https://www.nikkei.com/article/DGXZQO{rand}/", "https://coinpost.jp/?p={rand}",
              "https://www.bloomberg.co.jp/news/articles/{rand}"],
        fill={"aum": ["200", "300", "500"]}),

    ben("b26-ja-noto-jishin-bokin-matching", "charity-match", "ja",
        "Jan 2024 Noto Peninsula earthquake: Japanese companies and streamers ran matching-gift campaigns "
        "(donations matched 1:1, points donations); names and totals invented",
        ["【令和6年能登半島地震 緊急支援】\n皆さまからのご寄付と同額を当社が上乗せして寄付いたします（上限1,000万円）。"
         "受付は1月31日まで。ご協力をお願いいたします。",
         "寄付マッチングの途中経過です🙏 皆さまからのご寄付 8,423,000円＋当社マッチング同額で、合計 16,846,000円と"
         "なりました。本当にありがとうございます。",
         "今日の配信のスパチャは全額、能登の支援に寄付します！さらに集まった金額と同じだけ私からも寄付するので、実質2倍"
         "になります✨ 無理のない範囲でお願いします {url}",
         "社員の寄付に会社が1:1でマッチングしてくれる制度を使って、少しだけど能登へ。みんなも公式の窓口から寄付してね。"
         "個人名義の振込先を案内してくるアカウントは詐欺なので注意⚠️",
         "ポイントでも寄付できます。1ポイント＝1円として、当社が同額を上乗せして被災地へお届けします。"],
        ("kizuna_donate_jp", "hokuriku_ramen", "techcorp_csr_jp", "shop_kagayaki", "hoshino_vch"),
        src=BRAND_SRC, batch=3, when=("2024-01-02", "2024-03-31"), urls=YT),

    ben("b26-ja-geinoujin-kokuchi-promo", "celebrity-promo", "ja",
        "Japanese celebrities' own promo posts: follow+repost New Year cash lotteries (Maezawa-style, winners "
        "contacted by DM, never asked for money), new releases, merch, own brands, disowning fake investment "
        "DMs (2023-2025); names invented",
        ["【お年玉企画🎍】フォロー＆このポストをリポストしてくれた方の中から、抽選で10名様に1万円プレゼント！当選者には"
         "このアカウントからDMします。DMでお金や個人情報をお願いすることは絶対にありません。",
         "新曲「{song}」本日配信スタート🎧 MVもYouTubeで公開中！ぜひ聴いてください🙏 {url}",
         "ツアーグッズの事前通販が始まりました！今回はアクスタとTシャツが2種類ずつ。会場限定のものもあるのでお楽しみに😊",
         "ついに自分のブランドのスニーカーが完成しました👟 明日20時から公式オンラインストアで販売します。転売目的の方は"
         "ご遠慮ください笑",
         "最近、僕の名前で「投資グループに招待します」ってDMが届くらしいけど、100%偽物です。僕は投資の勧誘は一切しません。"
         "公式アカウントはここだけ。"],
        ("yuki_official_jp", "hikaru_gamer_ch", "takumi_entre", "misaki_model_", "kenji_owarai"),
        src=PERSON_SRC, batch=3, when=("2023-01-01", "2025-08-31"), urls=YT[:2],
        fill={"song": ["夜明けのリフレイン", "ひかりのほう", "青いシグナル"]}),

    ben("b26-ja-sns-toushi-sagi-chuui", "anti-scam-warning", "ja",
        "Japanese police/FSA/consumer-agency warnings (2024-2025) on SNS investment fraud with impersonated "
        "celebrities and LINE groups, romance scams paid in crypto, refund-agent secondary fraud, fake exchange "
        "login pages (#9110 police consultation line)",
        ["【SNS型投資詐欺に注意】\n有名人や著名な投資家をかたる広告から「LINEグループ」に誘導し、暗号資産での投資を勧める"
         "手口が多発しています。本人が個別に投資を勧誘することはありません。",
         "「必ず儲かる」「元本保証」「今だけ2倍」──こんな言葉が出てきたら詐欺を疑ってください。暗号資産を送ってしまった"
         "場合は、すぐに警察相談専用電話 #9110 へ。",
         "SNSで知り合った相手から「一緒に暗号資産で資産運用しよう」と誘われ、指定されたアドレスに送金…。ロマンス詐欺の"
         "典型的な手口です。会ったことのない人からの投資話は、一度立ち止まって家族や警察に相談を。",
         "被害回復をうたう「返金代行」「取り戻せます」という業者にも注意！着手金を払わせる二次被害が発生しています。",
         "偽サイトに注意⚠️ 実在する暗号資産交換業者のロゴを使った偽のログイン画面が確認されています。ブックマークや公式"
         "アプリからアクセスしましょう。金融庁登録業者の一覧はこちら👇 {url}"],
        ("NPA_KOHO", "fsa_JAPAN", "caa_shohishacho", "kenkei_bouhan"),
        src=POL_SRC, batch=3, when=("2024-01-01", "2025-09-30"),
        urls=["https://www.fsa.go.jp/menkyo/menkyoj/kasoutuka.pdf"]),
]
