"""Fourth blind test set (batch 6, never trained on, sealed): neg_intl families.

Non-English benign (label 0) families.
"""
from .pools import BRAND_SRC, EXCH_SRC, HIJACK_SRC, NEWS_SRC, PERSON_SRC, POL_SRC, PUMP, SPORT_SRC, YT, bait, ben  # noqa: F401

B = 6  # the fourth blind test set

# posting clients of account types the shared pools do not cover
AUTH_SRC = ("Twitter Web App", "Hootsuite Inc.", "TweetDeck Web App", "Sprout Social")  # police, consumer bodies
NGO_SRC = ("Twitter for iPhone", "Twitter Web App", "Buffer", "Twitter for Android")  # small associations
DEV_SRC = ("Twitter Web App", "Twitter for Android", "Twitter Web App", "Twitter for iPhone")  # maintainers
MIX_SRC = ("Twitter for iPhone", "Twitter Web App", "Hootsuite Inc.", "Twitter for Android")  # people + bodies

FAMILIES = [
    # ------------------------------------------------------------------ es
    ben("c26-es-b4-ni-deepfake-famosos-inversion", "anti-scam-warning", "es",
        "Policía Nacional / OCU / affected celebrities warning in 2024-2025 about fake investment ads that use "
        "deepfaked Spanish TV hosts and politicians to push 'plataformas' de bitcoin; pattern, paraphrased, handles invented",
        ["⚠️ Si ves un anuncio en el que un famoso te asegura que con 250 € en una plataforma de bitcoin vas a ganar "
         "miles al mes: ES FALSO. Son vídeos manipulados con IA. No des tus datos ni instales apps de 'asesores'. #CiberEstafas",
         "Nos llegan muchas consultas por la supuesta 'entrevista' en la que un presentador revela su secreto para "
         "hacerse rico con criptomonedas. Esa entrevista no existe. La web imita a un periódico conocido y te pide un "
         "depósito inicial. Si ya has pagado, denuncia cuanto antes: {url}",
         "@{reply} no, no soy yo. Están usando mi cara y mi voz sin permiso en anuncios de inversión en cripto. "
         "Yo NO recomiendo ninguna plataforma ni le pido dinero a nadie. Reportadlo y no piquéis 🙏",
         "🧵 1/4 Cómo funciona la estafa del 'famoso que invierte en bitcoin':\n1) anuncio en redes con una cara conocida\n"
         "2) web clon de un diario\n3) te llama un 'gestor de cuenta'\n4) te deja ganar un poco y luego te pide más para "
         "'liberar' tus fondos. Si te piden pagar para retirar TU dinero, es estafa.",
         "mi padre casi cae hoy. anuncio en facebook con un político 'recomendando' meter dinero en bitcoin, formulario, "
         "llamada de un tal asesor... por favor hablad de esto con vuestros mayores, que los vídeos ya parecen reales de verdad"],
        ("policia_ciber_es", "OCUconsejos_", "LuciaMartinTV", "pablo_rgz84"), src=AUTH_SRC, batch=B,
        when=("2024-03-01", "2025-12-15"),
        urls=["https://www.policia.es/_es/colabora.php", "https://www.ocu.org/dinero/{rand}"],
        fill={"reply": ["carmen_lopez61", "j_ortega_m", "anabelsevilla", "tito_bcn"]}),
    ben("c26-es-b4-ni-ong-donativos-cripto", "donation-wallet", "es",
        "Pattern: Spanish and Latin American NGOs, shelters and soup kitchens posting BTC/USDT donation addresses next "
        "to IBAN/Bizum, e.g. volunteer groups after the Valencia DANA floods (Oct-Nov 2024); orgs and handles invented",
        ["Gracias a todas las personas que nos estáis ayudando tras la DANA 💙 Además de la cuenta y Bizum, ya podéis "
         "donar en cripto:\nBTC: {btc}\nUSDT (TRC20): {trx}\nCada mes publicaremos en qué se ha gastado todo.",
         "Nos preguntáis mucho si aceptamos bitcoin. Sí. Esta es la ÚNICA dirección de la asociación: {btc}\n"
         "Ojo: nunca os vamos a escribir por privado pidiendo donativos ni prometiendo nada a cambio.",
         "Rendición de cuentas de enero 📊 Recibimos 0,043 BTC y 1.210 USDT en donaciones. Todo pasado a euros y "
         "destinado a pienso y veterinario 🐾 Si queréis sumaros: {btc}",
         "@{reply} claro que sí! para USDT usa la red Tron: {trx} . Si te lía, el código Bizum 03871 va igual de bien jaja",
         "Comedor social Los Naranjos 🍲 | Donaciones: IBAN en la bio · BTC {btc_tr} · ETH {eth}\nCualquier cantidad "
         "ayuda, de verdad. Gracias."],
        ("ComedorNaranjos", "ProtectoraHuellasVLC", "VoluntariosDANA_", "RedSolidariaCcs"), src=NGO_SRC, batch=B,
        when=("2024-11-01", "2025-10-31"), fill={"reply": ["martavlc_", "sergio_tm", "lau_benet"]}),
    ben("c26-es-b4-ni-exchange-mica-avisos", "exchange-announcement", "es",
        "Spanish exchange notices in the style of Bit2Me 2024-2025: scheduled maintenance, network-upgrade pauses, "
        "fake-support warnings and the MiCA authorisation from the CNMV (announced 2025; date from memory, unsure); "
        "handles invented",
        ["🔧 Mantenimiento programado: el martes de 07:00 a 09:00 (CET) los depósitos y retiros de ETH y tokens ERC-20 "
         "estarán pausados por la actualización de la red. El trading sigue operativo. ¡Gracias por la paciencia!",
         "Aviso importante ⚠️ Hay cuentas haciéndose pasar por nuestro soporte en X y Telegram. Nunca te pediremos la "
         "frase semilla, el código 2FA ni que envíes fondos a una dirección para 'verificar' tu cuenta. El soporte "
         "oficial está solo dentro de la app.",
         "Hoy es un día grande: hemos recibido la autorización MiCA de la CNMV 🇪🇺 Eso significa operar con licencia en "
         "toda la Unión Europea. Gracias a la comunidad que está con nosotros desde el principio.",
         "Nuevo listado 📈 $SUI ya disponible para comprar y vender. Los retiros se habilitan mañana a las 10:00. "
         "Recuerda comprobar siempre la red antes de enviar.",
         "@{reply} ¡hola! sentimos la espera. Por favor, no compartas datos por aquí ni con nadie que te escriba "
         "diciendo ser de soporte. Abre un ticket desde la app (Ayuda > Contactar) indicando la referencia {uuid} y lo revisamos 🙏",
         "Retiros de SOL reactivados ✅ Si tu retiro se quedó pendiente durante la incidencia, se procesará "
         "automáticamente en las próximas horas. No hace falta que hagas nada."],
        ("Bit2MeNews_ES", "CriptoCambio_ES", "soporte_cambio"), src=EXCH_SRC, batch=B,
        when=("2024-06-01", "2025-12-31"), fill={"reply": ["dani_hodl", "marga_crypto", "jlp_1979"]}),
    ben("c26-es-b4-ni-btc-cien-mil", "price-news", "es",
        "Spanish-language newsroom and retail posts on bitcoin crossing USD 100,000 (5 Dec 2024) and later 2025 highs "
        "and liquidations, with 'duplicó su precio' framing; outlet handles invented, prices illustrative",
        ["ÚLTIMA HORA | El bitcoin supera por primera vez los 100.000 dólares. La criptomoneda ha duplicado su precio en "
         "lo que va de año, impulsada por los ETF al contado y la victoria de Trump. {url}",
         "#Bitcoin cotiza en {price} $ (+4,2 % en 24 h). El ether sube un 6 % y Solana un 9 %. Resumen del mercado cripto "
         "de esta mañana 👇 {url}",
         "qué locura. compré en 2022 a 17k y hoy está en seis cifras. no, no voy a venderlo todo. sí, ya sé que puede "
         "volver a caer un 50 % 🙃",
         "El precio del BTC se ha duplicado desde el halving de abril. ¿Burbuja o nuevo ciclo? Se lo preguntamos a tres "
         "analistas 🎙️ {url}",
         "$BTC pierde los 90k y en 24 h se liquidan más de mil millones en largos 📉 Calma, que esto ya lo hemos visto antes."],
        ("MercadosHoy_es", "ElCriptoDiario", "EconoFlash", "nachohodler"), src=NEWS_SRC, batch=B,
        when=("2024-12-04", "2025-11-30"),
        urls=["https://www.eleconomista.es/criptomonedas/noticias/{rand}", "https://cincodias.elpais.com/mercados-financieros/{rand}"],
        fill={"price": ["103.412", "98.760", "107.950", "111.230"]}),
    ben("c26-es-b4-ni-sorteo-camisetas", "sports", "es",
        "Pattern: Spanish football and basketball club accounts running real giveaways of signed shirts, tickets and "
        "balls ('sorteo', sigue + RT + menciona) in 2024-2025, with warnings about fake winner DMs; clubs invented",
        ["🎁 ¡SORTEO! Regalamos 2 camisetas firmadas por la plantilla. Para participar:\n✅ Sigue a la cuenta\n🔁 RT a este "
         "post\n💬 Menciona a un amigo\nGanador el viernes. ¡Suerte, afición! 💚",
         "Ganador del sorteo de la camiseta: @{winner} 🥳 Te escribimos por privado desde ESTA cuenta. Cuidado con perfiles "
         "falsos que piden la tarjeta para 'pagar el envío': nosotros no cobramos nada.",
         "Dos entradas dobles para el derbi del domingo 🔥 Responde con el resultado exacto y sorteamos entre los acertantes. #VamosAlmenar",
         "Hoy jugamos con vosotros: 100 bufandas conmemorativas para los primeros socios que pasen por la tienda del estadio "
         "con el carnet. Sin sorteos ni enlaces raros, en persona 😉",
         "MVP de la jornada 🏆 Vota a tu jugador y entra en el sorteo de un balón firmado ⚽️ {url}"],
        ("CDAlmenarOficial", "AlmenarCF_Fem", "RiberaBasketClub"), src=SPORT_SRC, batch=B,
        when=("2024-08-15", "2025-12-20"), urls=["https://www.cdalmenar.es/mvp/{rand}"],
        fill={"winner": ["raul_almenar9", "sofiiaa_gm", "pepe.cd.almenar"]}),
    # ------------------------------------------------------------------ pt
    ben("c26-pt-b4-ni-airdrop-jup-hamster", "legit-airdrop-news", "pt",
        "Brazilian crypto media and users on real airdrops: Jupiter 'Jupuary' JUP distribution (Jan 2025) and Hamster "
        "Kombat HMSTR (Sep 2024), with phishing warnings; amounts and snapshot date illustrative, handles invented",
        ["Jupuary chegou: o segundo airdrop do $JUP começa hoje para usuários elegíveis da Jupiter. A consulta é feita no "
         "site oficial e não cobra taxa. Cuidado com sites clonados pedindo pra conectar a carteira 👇 {url}",
         "Airdrop confirmado ✅ A rede liberou a consulta de elegibilidade. Ninguém vai te mandar DM com link pra "
         "'resgatar'. Se mandou, é golpe. Tudo na matéria: {url}",
         "recebi o airdrop do hamster 🐹 deu uns 40 reais kkkk depois de meses batendo na tela",
         "🧵 Como saber se um airdrop é de verdade?\n1/ anúncio no perfil oficial do projeto (confere o @ duas vezes)\n"
         "2/ nunca pede pagamento nem sua seed\n3/ o site é o domínio de sempre\n4/ airdrop real não 'dobra' nada 😅",
         "Snapshot tirado. Quem usou a rede antes de 1º de novembro entra na distribuição, segundo o anúncio oficial. "
         "Explicamos critérios, datas e quanto deve render: {url}"],
        ("CriptoFacil_BR", "RadarCripto", "bia_onchain", "MoedaDigitalHoje"), src=NEWS_SRC, batch=B,
        when=("2024-09-20", "2025-02-28"),
        urls=["https://portaldobitcoin.uol.com.br/{rand}", "https://livecoins.com.br/{rand}"]),
    ben("c26-pt-b4-ni-golpe-pix-em-dobro", "anti-scam-warning", "pt",
        "Brazil 'Pix em dobro' scam pattern 2023-2025: hijacked influencer/friend accounts promising to return double any "
        "Pix or USDT sent; victims, Febraban and owners warning (MED = Banco Central's Mecanismo Especial de Devolução)",
        ["ALERTA 🚨 Hackearam o Instagram de uma amiga e estão postando 'manda um Pix que eu devolvo em dobro'. NÃO MANDEM. "
         "Ela já tá tentando recuperar a conta.",
         "Não existe 'Pix em dobro', 'bitcoin em dobro' nem 'promoção de aniversário do banco' que devolve o dobro. Se "
         "alguém promete multiplicar seu dinheiro, é golpe. #golpe #Pix",
         "@{reply} isso é golpe mano, o perfil dele foi invadido ontem. ele mesmo avisou nos stories. não manda nada",
         "Minha conta foi recuperada 🙏 Nas últimas 12 horas o golpista postou pedindo Pix e cripto e prometendo devolver "
         "o dobro. Se alguém mandou: faz B.O. e aciona seu banco pelo MED o quanto antes.",
         "Print do golpe que tá rodando (ver imagem): 'só hoje, envie qualquer valor em USDT pra essa carteira e receba 2x'. "
         "A carteira do print é {trx}. Denunciem o perfil."],
        ("anacarol_souza", "Febraban_dicas", "tiagomkt_", "julia.ferraz"), src=MIX_SRC, batch=B,
        when=("2023-06-01", "2025-12-10"), fill={"reply": ["lucas_rj22", "dudinha.s", "marcos_vp"]}),
    ben("c26-pt-b4-ni-etf-b3-solana-xrp", "etf-news", "pt",
        "B3 crypto ETF listings: QR Asset's Solana ETF QSOL11 (Aug 2024, billed as the first Solana ETF) and Hashdex's "
        "spot XRP ETF XRPH11 (Apr 2025), US bitcoin ETF flows; tickers, dates and ETHE11 example from memory, unsure",
        ["A B3 recebe hoje o primeiro ETF de Solana do mundo. O fundo, da QR Asset, negocia sob o ticker QSOL11. {url}",
         "Brasil saiu na frente de novo 🇧🇷 ETF de XRP à vista listado na B3 antes dos EUA. Ticker XRPH11. não é "
         "recomendação, só acho curioso",
         "ETF de bitcoin aqui x lá fora: qual faz mais sentido pra pessoa física? Comparamos taxa, tributação (15% sobre "
         "o ganho) e liquidez 👇 {url}",
         "Entrada líquida de US$ 1 bilhão num único dia nos ETFs de bitcoin americanos. O IBIT, da BlackRock, lidera. #Bitcoin #ETF",
         "Pra quem perguntou: sim, dá pra ter exposição a ether pela corretora comum via ETF (ETHE11, por ex.). "
         "Não precisa de carteira nem de exchange."],
        ("InfoMercadoBR", "MoneyTimesCripto", "renatoinveste", "B3Cripto_news"), src=NEWS_SRC, batch=B,
        when=("2024-08-01", "2025-10-31"),
        urls=["https://www.infomoney.com.br/mercados/{rand}", "https://www.moneytimes.com.br/{rand}"]),
    ben("c26-pt-b4-ni-enchentes-rs-dobramos", "charity-match", "pt",
        "Rio Grande do Sul floods (May 2024): companies, streamers and staff programmes matching donations ('a cada real "
        "doado, doamos outro'), with warnings about fake Pix keys; amounts illustrative, handles invented",
        ["🆘 Rio Grande do Sul: a cada R$ 1 que vocês doarem pelo link da campanha, a gente doa mais R$ 1, até R$ 500 mil. "
         "O dinheiro vai direto pras entidades de resgate e abrigo. {url}",
         "Meta batida 😭💙 Vocês doaram R$ 212 mil e a empresa dobrou: R$ 424 mil pro RS. Obrigado de verdade.",
         "live beneficente HOJE 20h. tudo que entrar de doação eu dobro do meu bolso. Pix só pela chave oficial da "
         "campanha que tá fixada, NÃO de perfil aleatório nos comentários",
         "Nossos colaboradores doaram e a empresa igualou. Matching de 100% para as vítimas das enchentes. Orgulho desse time. #SOSRS",
         "Cuidado: tem perfil fake usando nossa campanha 'dobramos sua doação' pra pedir Pix em chave de pessoa física. "
         "A ÚNICA forma de doar é pelo link {url}"],
        ("LojasPampa", "gabi_gamer_rs", "PampaSolidario", "rhsul_oficial"), src=BRAND_SRC, batch=B,
        when=("2024-05-03", "2024-07-15"), urls=["https://www.vakinha.com.br/{rand}"]),
    ben("c26-pt-b4-ni-sorteio-ps5-marca", "brand-promo", "pt",
        "Brazilian brand 'sorteio' posts 2024-2025 (segue, curte, marca amigos) giving away consoles, skincare kits and "
        "coffee, plus fake-winner/'taxa de envio' warnings; brands and handles invented",
        ["SORTEIO 🎉 Vamos dar um PS5 pra um seguidor! Pra participar:\n1. Siga @{brand}\n2. Curta esse post\n3. Marque 2 "
         "amigos\nResultado dia 15 ✨",
         "🚨 Perfis falsos estão chamando participantes do nosso sorteio e pedindo 'taxa de envio'. A gente NUNCA cobra "
         "nada. O ganhador é anunciado aqui e contatado só pelo perfil oficial ✔️",
         "E o ganhador do kit skincare é... @{winner}! 🥳 Parabéns! Já te chamamos no direct.",
         "Aniversário da marca = cupom de 30% + frete grátis o dia inteiro 🛍️ Corre: {url}",
         "rt e concorra a um ano de café grátis ☕ (sério, 12 pacotes, um por mês)"],
        ("GamerZoneBR", "BelaPeleCosmeticos", "CafeSerraAlta"), src=BRAND_SRC, batch=B,
        when=("2024-02-01", "2025-12-20"), urls=["https://www.belapele.com.br/promo/{rand}"],
        fill={"brand": ["GamerZoneBR", "BelaPeleCosmeticos"], "winner": ["carolzinha_m", "pedro.hs", "nanda_lima"]}),
    # ------------------------------------------------------------------ fr
    ben("c26-fr-b4-ni-courrier-ledger-qr", "anti-scam-warning", "fr",
        "Physical phishing letters imitating Ledger (2025) asking owners to scan a QR code for a mandatory 'vérification', "
        "exploiting the 2020 customer data leak; French users and media warning; handles invented",
        ["Reçu ce matin un courrier « Ledger » à mon adresse, avec un QR code pour une « vérification de sécurité obligatoire » "
         "avant le 15. C'est une arnaque, la fuite de 2020 continue de faire des dégâts. Ne scannez rien 📬❌",
         "Rappel : aucun fabricant de portefeuille ne vous demandera jamais vos 24 mots. Ni par mail, ni par courrier, ni "
         "par téléphone. Personne. Jamais.",
         "@{reply} faux à 100 %. La vraie boîte n'envoie pas de lettre pour « synchroniser » ton appareil. Jette-la, ou "
         "mieux, signale-la sur internet-signalement.gouv.fr",
         "Les escrocs passent au papier ✉️ Après les e-mails et les SMS, des lettres imitant le logo d'un fabricant de "
         "wallet arrivent dans les boîtes aux lettres. Notre décryptage 👇 {url}",
         "ma mère m'appelle « ton truc bitcoin là, ils m'ont écrit »… non maman. c'est une arnaque. on va déchirer ça ensemble"],
        ("Cybermalv_Info", "journal_crypto_fr", "thomasd_sec", "claire_bzh"), src=MIX_SRC, batch=B,
        when=("2025-03-01", "2025-12-31"), urls=["https://www.numerama.com/cyberguerre/{rand}.html"],
        fill={"reply": ["max_lyon69", "sandrine_pr", "kevinbtc_"]}),
    ben("c26-fr-b4-ni-enlevements-crypto", "crypto-news", "fr",
        "Wave of crypto-related kidnappings in France in 2025: Ledger co-founder David Balland abducted and freed by the "
        "GIGN (Jan 2025), attempted kidnapping in Paris (May 2025), meeting with the Interior ministry; paraphrased",
        ["Le cofondateur de Ledger, David Balland, enlevé puis libéré par le GIGN. Les ravisseurs réclamaient une rançon "
         "en cryptomonnaies. {url}",
         "Nouvelle tentative d'enlèvement en plein Paris liée aux cryptos. La série inquiète les entrepreneurs du secteur, "
         "qui se font de plus en plus discrets 👇 {url}",
         "Conseil de base pour les holders : arrêtez d'afficher vos gains en ligne. Sérieusement. Pas de capture de wallet, "
         "pas de « j'ai fait x10 ». La sécurité physique, c'est aussi de la sécurité.",
         "Réunion place Beauvau avec les acteurs des cryptoactifs après la série d'enlèvements : numéro d'urgence dédié et "
         "conseils de prévention pour les professionnels et leurs proches.",
         "Fil 🧵 Ce que l'on sait de l'enquête.\n1/5 Les victimes ou leurs proches auraient été repérés grâce à des données "
         "publiques ou issues de fuites."],
        ("FranceInfoEco_", "LeJournalDuCoin_", "antoine_hodl", "actu_crypto_fr"), src=NEWS_SRC, batch=B,
        when=("2025-01-22", "2025-09-30"),
        urls=["https://www.lemonde.fr/pixels/article/{rand}.html", "https://www.francetvinfo.fr/faits-divers/{rand}.html"]),
    ben("c26-fr-b4-ni-reserve-bitcoin-debat", "politics", "fr",
        "French political posts on crypto 2024-2025: calls for a national bitcoin reserve (e.g. MEP Sarah Knafo, 2025), "
        "critics, MiCA application, fake-investment ad questions, amendment on mining with surplus nuclear power; "
        "positions paraphrased, handles invented",
        ["La France doit créer une réserve stratégique de bitcoin. Les États-Unis avancent. Attendre, c'est laisser filer "
         "la souveraineté monétaire de demain.",
         "Non, l'argent public n'a pas à être placé dans un actif qui peut perdre 50 % en six mois. Une « réserve bitcoin » "
         "n'est pas une politique économique.",
         "Le règlement MiCA entre pleinement en application : cadre clair pour les prestataires, protection renforcée pour "
         "les épargnants. C'est ainsi que l'Europe encadre l'innovation 🇪🇺",
         "J'ai déposé une question écrite au gouvernement sur les arnaques aux faux placements en crypto, qui explosent dans "
         "ma circonscription. Les victimes sont souvent âgées. Les plateformes qui diffusent ces publicités doivent rendre des comptes.",
         "Miner du bitcoin avec le surplus d'électricité nucléaire ? L'idée mérite d'être étudiée sérieusement. Amendement déposé."],
        ("DeputeLefort", "SenatriceAMarchal", "ElusEcoloGrandEst", "j_perrin_depute"), src=POL_SRC, batch=B,
        when=("2024-12-01", "2025-11-30")),
    ben("c26-fr-b4-ni-release-wallet-sha256", "dev-release", "fr",
        "Pattern: French-speaking maintainers of an open-source bitcoin wallet posting releases with SHA256 sums and GPG "
        "reminders, and warning about a sponsored fake download site; project and handles invented",
        ["Version {ver} disponible 🎉 Correctifs de synchro, meilleur support de Taproot. Binaires + sommes SHA256 uniquement "
         "sur le dépôt officiel : {url}\nsha256 (linux-x86_64) : {hex64}",
         "⚠️ Un faux site imitant notre page de téléchargement circule (pub sponsorisée sur un moteur de recherche). Il "
         "distribue une version piégée qui vole la phrase de récupération. Vérifiez TOUJOURS la signature GPG avant d'installer.",
         "release {ver} taguée, signée, tout ce que vous voulez. commit {sha7}. merci aux 14 contributeurs 🙏",
         "@{reply} oui c'est normal que la somme change entre la rc1 et la finale. La bonne pour {ver} c'est {hex64}, "
         "comparée sur 3 builds reproductibles indépendants.",
         "Petite release de maintenance ({ver}) :\n- fix du crash au démarrage sur macOS\n- traduction en breton (trugarez !)\n"
         "- dépendances à jour\nAucun changement de format de wallet."],
        ("FennecWallet", "fennec_dev_ju", "mathilde_rust"), src=DEV_SRC, batch=B,
        when=("2024-04-01", "2025-12-31"), urls=["https://github.com/fennec-wallet/fennec/releases"],
        fill={"reply": ["n0de_runner", "gael_k", "s.moreau"]}),
    ben("c26-fr-b4-ni-dons-asso-btc", "donation-wallet", "fr",
        "Pattern: French associations, hackerspaces and independent media listing BTC/ETH/Lightning donation addresses "
        "alongside HelloAsso, 2024-2025; organisations and handles invented, shares illustrative",
        ["Soutenez-nous 💚 Dons déductibles via HelloAsso (lien en bio), ou en cryptos si vous préférez :\nBTC : {btc}\n"
         "ETH : {eth}\nMerci à toutes et à tous !",
         "On nous demande souvent : oui, le hackerspace accepte le bitcoin. Adresse unique, publiée ici et sur le site : "
         "{btc_tr}. Si quelqu'un vous donne une autre adresse « au nom du lab », c'est une arnaque.",
         "Bilan des dons 2024 : 38 % par virement, 51 % via HelloAsso, 11 % en BTC ⚡ Merci, c'est ce qui nous permet de "
         "rester indépendants. (adresse toujours la même : {btc})",
         "Pour les dons en Lightning c'est par ici ⚡ (QR en image). En on-chain : {btc}",
         "@{reply} pas de reçu fiscal pour les dons en crypto pour l'instant, désolé 😕 mais ils sont bienvenus : {eth}"],
        ("LaBaseHackLab", "MediaLibreOuest", "AssoRecycloVelo"), src=NGO_SRC, batch=B,
        when=("2024-01-15", "2025-12-31"), fill={"reply": ["yann_bzh", "lea_m_dev", "olivierpoulain"]}),
    # ------------------------------------------------------------------ de
    ben("c26-de-b4-ni-phishing-radar-wallet", "anti-scam-warning", "de",
        "German consumer-protection and police prevention posts 2024-2025 (Verbraucherzentrale Phishing-Radar style, "
        "LKA prevention talks) on fake exchange 'Wallet-Verifizierung' mails, recovery scams and deepfake ads; "
        "case figures illustrative, handles invented",
        ["Phishing-Alarm 🎣 Aktuell kursieren Mails, angeblich von einer Krypto-Börse: Ihr Wallet müsse bis morgen "
         "„verifiziert“ werden, sonst werde es gesperrt. Nicht klicken! Die verlinkte Seite fragt nach der Wiederherstellungsphrase.",
         "Sie haben bei einer dubiosen Trading-Plattform Geld verloren und jetzt meldet sich eine „Kanzlei“, die es gegen "
         "Vorkasse zurückholen will? Vorsicht: Dahinter steckt oft dieselbe Bande. #Betrug #Recovery",
         "@{reply} Das ist nicht der echte Support. Echte Mitarbeiter schreiben dich nicht per DM an, und schon gar nicht "
         "mit einem Formular für deine Seed-Phrase. Blockieren & melden.",
         "Heute im Präventionsvortrag: Ein 78-Jähriger hat 60.000 € in eine „Bitcoin-Anlage“ gesteckt, die er aus einer "
         "Werbung mit einem bekannten TV-Moderator kannte. Die Werbung war ein Deepfake. Sprechen Sie mit Ihren Eltern.",
         "kurze PSA: wenn unter nem Post von nem großen Account jemand schreibt „DM mich, so hab ich mein ETH zurückbekommen“ "
         "→ Bot. Immer. 🙄"],
        ("VZ_Phishingradar", "Polizei_Praevention_", "lena_schreibt", "it_sec_tobi"), src=AUTH_SRC, batch=B,
        when=("2024-02-01", "2025-12-15"), fill={"reply": ["mario_k1985", "sabine_hh", "jonas.wrt"]}),
    ben("c26-de-b4-ni-boerse-wartung-usdt", "exchange-announcement", "de",
        "German/Austrian exchange notices 2024-2025 (Bitpanda/BSDEX/Bison style): maintenance windows, paused ETH "
        "deposits during network upgrades, MiCA-driven USDT delisting for EEA customers (end 2024 / early 2025); "
        "handles invented, dates illustrative",
        ["Wartungsarbeiten 🛠️ Am Sonntag zwischen 02:00 und 05:00 Uhr (MEZ) ist die App nicht erreichbar. Offene Orders "
         "bleiben bestehen. Danke für euer Verständnis!",
         "Wegen des Netzwerk-Upgrades pausieren wir Ein- und Auszahlungen von $ETH und ERC-20-Token ab 12:00 Uhr. Der "
         "Handel ist nicht betroffen. Wir melden uns, sobald alles wieder läuft.",
         "Update: Ein- und Auszahlungen laufen wieder normal ✅ Verzögerte Transaktionen werden jetzt abgearbeitet, z. B. {tx}",
         "Hinweis: Aufgrund von MiCA stellen wir den Handel mit USDT für Kundinnen und Kunden im EWR zum 30.12. ein. Eure "
         "Bestände könnt ihr bis dahin tauschen oder auszahlen. Details: {url}",
         "@{reply} Hallo! Das tut uns leid. Bitte schick uns hier KEINE Zugangsdaten. Eröffne ein Ticket im Helpcenter und "
         "nenn uns die Ticket-ID {uuid}, dann schauen wir uns das an."],
        ("KryptoHandel_AT", "CoinwerkSupport", "coinwerk_de"), src=EXCH_SRC, batch=B,
        when=("2024-06-01", "2025-12-31"), urls=["https://help.coinwerk.de/hc/de/articles/{rand}"],
        fill={"reply": ["flo_trades", "anna_mue", "dietmar1962"]}),
    ben("c26-de-b4-ni-spot-etf-sec-einordnung", "etf-news", "de",
        "German newsroom coverage of the SEC's spot bitcoin ETF approval (10 Jan 2024) after the fake post on the hacked "
        "@SECGov account (9 Jan 2024), US ether ETF launch (Jul 2024), ETF holdings vs Satoshi (approximate, from memory), "
        "PRIIPs access question; outlet handles invented",
        ["Jetzt ist es offiziell: Die US-Börsenaufsicht SEC genehmigt die ersten Bitcoin-Spot-ETFs. Am Vortag hatte ein "
         "gefälschter Post auf dem gehackten SEC-Account für Chaos gesorgt. {url}",
         "Zur Einordnung: Der gestrige Post über eine ETF-Zulassung kam NICHT von der SEC, sondern von jemandem, der das "
         "Konto übernommen hatte. Eine Entscheidung steht noch aus.",
         "Ether-ETFs starten in den USA – die ersten Zuflüsse fallen deutlich verhaltener aus als bei Bitcoin. Unsere Analyse 👇 {url}",
         "Die US-Bitcoin-ETFs halten inzwischen fast so viele BTC wie Satoshi Nakamoto vermutlich besitzt. Verrückt, wenn man drüber nachdenkt.",
         "Kann man die US-Bitcoin-ETFs eigentlich in Deutschland kaufen? Kurz: meist nicht direkt (PRIIPs-Regel). "
         "Alternativen: ETPs auf Xetra. Thread 🧵 1/5"],
        ("FinanzBlick_News", "BoersenTicker24", "geldmarie", "KryptoRedaktion"), src=NEWS_SRC, batch=B,
        when=("2024-01-09", "2025-06-30"),
        urls=["https://www.handelsblatt.com/finanzen/maerkte/{rand}.html", "https://www.faz.net/aktuell/finanzen/{rand}.html"]),
    ben("c26-de-b4-ni-guix-hashes-commit", "commit-hash", "de",
        "Pattern: German-speaking open-source developers posting reproducible-build (Guix) hashes, merged commit ids and "
        "tag-verification tips for bitcoin node software; project and handles invented",
        ["Guix-Build für {ver} reproduziert, Hashes stimmen mit den anderen Buildern überein:\n{hex64}  "
         "node-{ver}-x86_64-linux-gnu.tar.gz",
         "Fix ist gemerged ✅ commit {sha} — danke an alle, die das Review gemacht haben.",
         "Kleiner Tipp für alle, die selbst kompilieren: vor dem Build `git verify-tag v{ver}` laufen lassen. Der Tag zeigt "
         "auf {sha7}. Wenn nicht → Finger weg.",
         "Signiert und hochgeladen. SHA256SUMS.asc liegt im Release, mein Key-Fingerprint steht seit Jahren unverändert im "
         "Profil. {url}",
         "@{reply} bei mir kommt {hex64} raus, also identisch. Dein Download war wohl kaputt, nochmal ziehen 👍"],
        ("hodlcoder_de", "mk_builds", "sarah_cpp", "rbuilder_ffm"), src=DEV_SRC, batch=B,
        when=("2024-01-01", "2025-12-31"), urls=["https://github.com/nodewerk/nodewerk/releases"],
        fill={"reply": ["paul_btc_dev", "uli.s", "jh_nodes"]}),
    ben("c26-de-b4-ni-alltag-verdoppelt", "generic", "de",
        "Everyday German posts that use doubling / Gewinnspiel / 'schick mir' / bitcoin vocabulary with no scam at all "
        "(rent, bakery contest, recipe, flea market, office); pattern, handles invented",
        ["Unsere Miete hat sich in 6 Jahren fast verdoppelt und das Bad ist immer noch von 1978. Grüße aus München 🙃",
         "Gewinnspiel in der Bäckerei um die Ecke: Wer den Namen fürs neue Brot errät, bekommt einen Monat lang jeden "
         "Samstag Brötchen gratis. Mein Vorschlag: „Kruste Kruste“ 🥖",
         "schick mir bitte nochmal das rezept, ich will die doppelte menge machen für sonntag 🙏",
         "Gestern auf dem Flohmarkt: Typ will mir ne alte Grafikkarte als „perfekt fürs Bitcoin-Mining“ für 300 € andrehen. "
         "Bruder, das ist ne GT 710 😂",
         "Wer hat meinen Regenschirm? Schwarz, Griff kaputt, stand im Büro. Belohnung: ich bring morgen Kuchen mit.",
         "Heute 20 Jahre in der Firma. Hab mir selbst gratuliert: doppelt Pommes in der Kantine. Feiern kann ich."],
        ("jule_ausm_pott", "b_hartmann", "kaffeeundchaos", "stefan_k_77"), src=PERSON_SRC, batch=B,
        when=("2024-01-01", "2025-12-31")),
    # ------------------------------------------------------------------ tr
    ben("c26-tr-b4-ni-borsa-sicak-cuzdan", "exchange-announcement", "tr",
        "Turkish exchange notices: BtcTurk hot-wallet incidents (Jun 2024, ~55M USD; Aug 2025, ~48M USD - figures from "
        "memory, unsure) pausing crypto deposits/withdrawals, fake 'varlık iadesi' warnings, routine maintenance and "
        "listings; handles invented",
        ["Değerli kullanıcılarımız, sıcak cüzdanlarımızda tespit edilen olağan dışı hareketler nedeniyle kripto yatırma ve "
         "çekme işlemleri geçici olarak durdurulmuştur. Soğuk cüzdanlardaki varlıklar güvendedir. Gelişmeleri buradan paylaşacağız.",
         "Bilgilendirme: TL yatırma/çekme ve alım-satım işlemleri normal şekilde devam etmektedir. Yalnızca kripto "
         "transferleri durdurulmuştur. Resmi kanallarımız dışındaki duyurulara itibar etmeyiniz.",
         "⚠️ Yaşanan olayın ardından bazı sahte hesaplar 'varlık iadesi' vaadiyle sizden cüzdan bilgisi veya ücret talep "
         "ediyor. Hiçbir zaman şifrenizi, SMS kodunuzu ya da ödeme istemeyiz.",
         "Planlı bakım 🔧 Bu gece 03:00-05:00 arasında platformumuza erişim sağlanamayacaktır. Açık emirleriniz etkilenmeyecektir.",
         "Yeni listeleme 🚀 $SUI/TRY paritesi yarın 14:00 itibarıyla işleme açılıyor. Yatırma işlemleri şu an aktif.",
         "@{reply} Merhaba, yaşadığınız sorun için üzgünüz. Lütfen kişisel bilgilerinizi buradan paylaşmayın; talebinizi "
         "uygulama içinden oluşturup talep numaranızı bize iletin."],
        ("KriptoBorsaTR", "BorsaDestekTR", "kriptoturk_duyuru"), src=EXCH_SRC, batch=B,
        when=("2024-06-01", "2025-12-31"), fill={"reply": ["mehmet_kaya34", "elif.yldz", "burak_trd"]}),
    ben("c26-tr-b4-ni-iade-vip-sinyal-uyari", "anti-scam-warning", "tr",
        "Turkish warnings 2024-2025 about fake 'iade' (refund) offers targeting Thodex victims, 'VIP sinyal' Telegram "
        "groups, celebrity-photo bitcoin ads and 'USDT gönder iki katı gelsin' posts; police/lawyer/journalist style, "
        "paraphrased, amounts illustrative, handles invented",
        ["Thodex mağdurlarına dikkat! 'Paranızı geri alacağız, önce dosya masrafını yatırın' diyenler dolandırıcı. Gerçek "
         "süreç mahkeme üzerinden yürür, kimse sizden kripto göndermenizi istemez.",
         "Instagram'da ünlü bir iş insanının fotoğrafıyla 'günde 5.000 TL kazandıran bitcoin sistemi' reklamı dönüyor. "
         "Sahte. Bilgilerinizi girmeyin, arayan 'uzmanlara' para yatırmayın.",
         "@{reply} abi o hesap sahte, mavi tik bile yok. 'USDT gönder iki katı gelsin' diye bir şey yok, engelle şikayet et",
         "Dün bir okurumuz yazdı: 'VIP sinyal grubu'na 3 ayda 120 bin TL kaptırmış. Kazanç ekranları tamamen sahteymiş. "
         "Paylaşın, birileri okusun.",
         "Kripto para yatırımı vaadiyle WhatsApp ya da Telegram gruplarına eklenirseniz grubu terk edin, bağlantılara "
         "tıklamayın, şüpheli durumları ihbar edin. #dolandırıcılık"],
        ("av_selinozturk", "SiberGuvenlikTR", "ekonomimuhabiri", "hakan_bey_1978"), src=MIX_SRC, batch=B,
        when=("2024-03-01", "2025-12-15"), fill={"reply": ["ayse_demir_", "kerem.tr", "oguzhan61"]}),
    ben("c26-tr-b4-ni-kripto-yasa-meclis", "politics", "tr",
        "Turkey's crypto-asset law (Capital Markets Law amendment, Jul 2024: SPK licensing of crypto-asset service "
        "providers) and 2025 MASAK transfer rules, transaction-tax rumours; politicians' posts paraphrased, handles invented",
        ["Kripto varlık düzenlemesi Genel Kurul'da kabul edildi. Yatırımcıyı koruyan, platformları SPK lisansına bağlayan "
         "bu düzenleme önemli bir adım. Hayırlı olsun.",
         "Milyonlarca genç kripto varlık kullanıyor ama dolandırıcılıkla mücadelede geç kalındı. Thodex mağdurları hâlâ "
         "hakkını arıyor. Soru önergemi verdim.",
         "Söylentilere açıklık getirelim: kripto işlemlerine işlem vergisi teklifi henüz Meclis'e gelmiş değil. Geldiğinde "
         "komisyonda tüm tarafları dinleyeceğiz.",
         "Bugün komisyonda kripto varlık hizmet sağlayıcılarının temsilcileriyle bir araya geldik. Soğuk cüzdan, denetim "
         "ve siber güvenlik başlıklarını konuştuk.",
         "Kriptonu yurt dışı borsaya aktarırken bekleme süresi mi? Yeni MASAK düzenlemesi ne getiriyor, videoda anlattım 👇 {url}"],
        ("mv_aydinkaraca", "CananYilmazMV", "ekonomi_komisyon_uye", "DrSerkanTunc"), src=POL_SRC, batch=B,
        when=("2024-06-20", "2025-11-30"), urls=YT),
    ben("c26-tr-b4-ni-taraftar-token-cekilis", "sports", "tr",
        "Turkish football clubs 2024-2025: fan-token holder polls (Galatasaray $GAL, Fenerbahçe $FB, Trabzonspor $TRA "
        "via Paribu/Socios; tickers from memory), real signed-jersey and ticket giveaways, fake 'token airdrop' warnings; "
        "handles invented",
        ["Yeni sezon formamızın tanıtım videosunda hangi şarkı çalsın? 🎶 Oylama taraftar token sahiplerine açık, "
         "uygulamadan oy verebilirsiniz 💛❤️",
         "🎁 ÇEKİLİŞ! Kaptanımızın imzalı formasını bir taraftarımıza hediye ediyoruz.\n✅ Hesabımızı takip et\n🔁 Gönderiyi "
         "RT'le\n💬 Bir arkadaşını etiketle\nKazanan cuma günü açıklanacak.",
         "Dikkat ⚠️ Kulübümüz adına 'token airdrop' ya da 'bedava bilet için cüzdanını bağla' diyen hesaplar sahtedir. "
         "Tüm duyurular yalnızca resmi hesaplarımızdan yapılır.",
         "maç bileti çekilişini kazandım yaaa 😭😭 2. kez katılıyordum ilk kez çıktı, kulübe teşekkürler 💙💛",
         "Derbi haftası taraftar token'ı %18 yükseldi 📈 her derbi aynı hikaye, maçtan sonra ne olacağını hepimiz biliyoruz 😅"],
        ("KartalSporKulubu", "KartalSK_Store", "tribun_emre", "zeynep_forza"), src=SPORT_SRC, batch=B,
        when=("2024-07-01", "2025-12-20")),
    ben("c26-tr-b4-ni-haber-link-operasyon", "news-link", "tr",
        "Turkish newsroom link posts 2024-2025: crypto-fraud police operations, liquidations, SPK's list of unlicensed "
        "platforms, access bans on celebrity deepfake ads, fake 'kripto iade' gangs; figures illustrative, handles invented",
        ["Kripto para dolandırıcılığı operasyonu: 9 ilde 34 gözaltı. Şüphelilerin sahte yatırım siteleri üzerinden "
         "milyonlarca liralık vurgun yaptığı belirlendi. {url}",
         "Bitcoin'de sert düşüş: Kripto piyasasında 24 saatte 1 milyar dolarlık pozisyon tasfiye edildi {url}",
         "SPK, lisans başvurusu yapmayan kripto platformlarının listesini güncelledi. Listede hangi platformlar var? {url}",
         "Ünlülerin görüntüleriyle hazırlanan sahte kripto reklamlarına erişim engeli 🔗 {url}",
         "#SONDAKİKA | Sahte 'kripto iade' çetesine operasyon: mağdurlardan 'dosya masrafı' adı altında para toplamışlar {url}"],
        ("GundemEkonomiTR", "HaberMerkezi24", "sondakika_ekonomi"), src=NEWS_SRC, batch=B,
        when=("2024-02-01", "2025-12-31"),
        urls=["https://www.hurriyet.com.tr/ekonomi/{rand}", "https://www.aa.com.tr/tr/ekonomi/{rand}", "https://www.ntv.com.tr/ekonomi/{rand}"]),
    # ------------------------------------------------------------------ ru
    ben("c26-ru-b4-ni-airdrop-telegram-igry", "legit-airdrop-news", "ru",
        "Russian-language coverage of real Telegram-ecosystem airdrops: Notcoin (May 2024), DOGS (Aug 2024), Hamster "
        "Kombat HMSTR listing and airdrop (26 Sep 2024; date from memory), with scam warnings; handles invented",
        ["Hamster Kombat назвал дату листинга и аирдропа HMSTR — 26 сентября. Токены получат игроки, прошедшие проверку. "
         "«Досрочных выплат» за перевод TON не бывает, это скам. {url}",
         "DOGS раздали: токены уже можно выводить на биржи. Разбираемся, сколько получили обычные пользователи и почему "
         "многие недовольны 👇 {url}",
         "аирдроп ноткоина пришёл, купил на него шаурму 🌯 спасибо, Павел",
         "Важно: официальный аирдроп идёт ТОЛЬКО внутри бота проекта. Каналы, которые пишут «подключи кошелёк по ссылке и "
         "получи x2», — мошенники.",
         "Итоги недели в экосистеме TON: листинг, аирдроп для холдеров и новые правила для мини-приложений. Коротко в треде 🧵 1/4"],
        ("ForkLog_ru_news", "TONnovosti", "kripto_dima", "BitsMedia_feed"), src=NEWS_SRC, batch=B,
        when=("2024-05-10", "2024-12-31"),
        urls=["https://forklog.com/news/{rand}", "https://bits.media/{rand}/"]),
    ben("c26-ru-b4-ni-feik-durov-razdacha", "anti-scam-warning", "ru",
        "Russian-language warnings 2024-2025 about fake Pavel Durov 'TON giveaway' accounts, fake exchange 'support' "
        "offering a 'safe wallet', YouTube deepfake 'doubling' streams and the Telegram 'vote for my daughter' account "
        "takeover lure; paraphrased, handles invented",
        ["Внимание! В сети снова фейковые аккаунты Павла Дурова с «раздачей TON». Схема старая: отправь 10 TON — получишь "
         "20. Дуров ничего не раздаёт в личке.",
         "Если вам написал «сотрудник биржи» и предлагает «перевести средства на безопасный кошелёк» — это мошенник. "
         "Настоящая поддержка так не делает. Никогда.",
         "@{reply} это скам, не подключай кошелёк. адрес из поста {trx} уже помечен в эксплорере как мошеннический",
         "Видели «стрим» с якобы Илоном Маском на YouTube и QR-кодом для «удвоения» биткоина? Это дипфейк. Таких "
         "трансляций десятки каждый день.",
         "тред о том, как у меня чуть не угнали телегу 🧵\n1/ пишет «друг»: проголосуй за мою дочь в конкурсе\n2/ ссылка "
         "просит войти через Telegram\n3/ вводишь код — и аккаунт уже не твой. не делайте так"],
        ("kiberbez_ru", "anya_protiv_skama", "TON_community_ru", "serg_it_msk"), src=MIX_SRC, batch=B,
        when=("2024-01-15", "2025-12-15"), fill={"reply": ["vovan_1990", "katya_spb", "ilya.m"]}),
    ben("c26-ru-b4-ni-bitkoin-rekord", "price-news", "ru",
        "Russian-language market posts on bitcoin's first close above USD 100,000 (Dec 2024), doubling since the April "
        "2024 halving, liquidations and morning market summaries; prices illustrative, handles invented",
        ["Биткоин впервые в истории превысил $100 000. За год актив подорожал более чем вдвое. {url}",
         "BTC {price}$ | ETH {price2}$ | TON {price3}$\nРынок утром зелёный, индекс страха и жадности — 78 («жадность»).",
         "за сутки ликвидировано почти 2 млрд $ в лонгах. кто на плечах — живы? 🫠",
         "Курс биткоина удвоился с момента халвинга. Но аналитики напоминают: после каждого пика была коррекция на 50–80 %.",
         "не финсовет, но я больше не покупаю на хаях. жду откат. пусть потом засмеют"],
        ("RBK_krypto_feed", "rynok_utrom", "maks_trader", "CoinDesk_ru_fan"), src=NEWS_SRC, batch=B,
        when=("2024-12-04", "2025-11-30"), urls=["https://www.rbc.ru/crypto/news/{rand}"],
        fill={"price": ["101 340", "97 820", "108 400"], "price2": ["3 870", "3 540", "4 120"],
              "price3": ["6,41", "5,88", "3,12"]}),
    ben("c26-ru-b4-ni-donaty-krypta", "donation-wallet", "ru",
        "Pattern: Russian-language independent media, open-source projects and animal shelters publishing crypto donation "
        "addresses (card payments blocked), 2023-2025, with impersonation warnings; orgs and handles invented",
        ["Поддержать проект можно криптовалютой 🙏\nBTC: {btc}\nUSDT (TRC20): {trx}\nETH: {eth}\nСпасибо всем, кто с нами.",
         "После блокировки карт мы принимаем донаты только в крипте. Единственный адрес: {btc}. Если кто-то пишет вам от "
         "нашего имени с другим адресом — это мошенники.",
         "Отчёт за квартал: получили 0,12 BTC и ~3 400 USDT. Всё ушло на серверы и гонорары авторам. Адреса прежние: {btc} / {trx}",
         "@{reply} да, можно и в USDT, сеть TRC20: {trx}. если комиссия большая — лучше раз в месяц, чем часто и мелко",
         "мы маленький приют, нам важна любая сумма 🐶 крипта тоже: {ltc} (LTC) — комиссия копеечная"],
        ("NezavisimyListok", "priyut_laska", "openmap_ru_dev"), src=NGO_SRC, batch=B,
        when=("2023-06-01", "2025-12-31"), fill={"reply": ["olga_n", "den_kzn", "artem.v"]}),
    ben("c26-ru-b4-ni-rozygrysh-bilety", "celebrity-promo", "ru",
        "Pattern: Russian-speaking musicians and bloggers running real giveaways of concert tickets and merch "
        "('розыгрыш'), warning about fake 'pay for delivery' winner messages, charity streams; 2024-2025, handles invented",
        ["РОЗЫГРЫШ 🎟 Разыгрываю 5 пар билетов на концерт в Алматы! Условия: подписка, репост, в комментах — любимая "
         "песня. Итоги в пятницу.",
         "Ребята, мне пишут с фейков «вы выиграли, оплатите доставку». Я НИКОГДА не прошу денег за призы. Победителей "
         "объявляю только здесь, с этого аккаунта.",
         "Новый мерч 🔥 худи, шопперы, всё рисовали сами. Ссылка в профиле, доставка по СНГ и Европе.",
         "Победители розыгрыша: @{winner} и ещё четверо — напишу каждому сам ❤️ остальным спасибо, будет ещё",
         "сегодня в 20:00 стрим 🎮 все донаты идут на лечение Маши, всё прозрачно, отчёт выложу"],
        ("gruppa_severnyveter", "alina_poet_music", "streamer_kostya"), src=PERSON_SRC, batch=B,
        when=("2024-03-01", "2025-12-20"), fill={"winner": ["lena_krs", "timur_00", "masha.gr"]}),
    # ------------------------------------------------------------------ ja
    ben("c26-ja-b4-ni-dmm-fusei-ryushutsu", "exchange-announcement", "ja",
        "DMM Bitcoin unauthorized outflow of 4,502.9 BTC (31 May 2024), group-funded guarantee, suspension of new "
        "accounts/withdrawals, later account transfer to SBI VC Trade (2025), phishing SMS warnings, routine maintenance; "
        "figures from memory, handles invented",
        ["【重要】当社ウォレットからのビットコインの不正流出について\n本日、当社ウォレットから4,502.9BTCの不正流出を確認いたしました。"
         "お客様からお預かりしているBTCは、グループ会社からの支援により全額保証いたします。",
         "【お知らせ】新規口座開設、暗号資産の出庫、現物の買い注文を一時停止しております。再開時期については改めてお知らせいたします。",
         "【メンテナンスのお知らせ】{day} 2:00〜6:00、システムメンテナンスのため全サービスを停止いたします。ご不便をおかけします。",
         "DMMビットコインの件、口座移管の案内メール来た。SBI VCトレードに移るらしい。フィッシングも増えてるから公式サイトから"
         "ログインして確認してね",
         "【注意喚起】当社を装った「補償金受け取り手続き」のSMS・メールが確認されています。当社がURL付きSMSで補償手続きをご案内することはありません。"],
        ("kasoutsuka_ex_jp", "VCex_support_jp", "tanaka_btc"), src=EXCH_SRC, batch=B,
        when=("2024-05-31", "2025-06-30"), fill={"day": ["6月9日(日)", "11月17日(日)", "3月2日(日)"]}),
    ben("c26-ja-b4-ni-sns-toushi-sagi", "anti-scam-warning", "ja",
        "Japan's 2024 wave of SNS-type investment fraud: fake ads using celebrities (e.g. Yusaku Maezawa complained "
        "publicly), LINE 'study group' and 'assistant' lures, crypto/USDT transfers, 'pay tax before withdrawal'; "
        "NPA statistics paraphrased (amount left vague), handles invented",
        ["【注意】著名人をかたるSNS広告から投資の勉強会（LINEグループ）に誘導し、暗号資産を送金させる詐欺が多発しています。"
         "著名人本人が個別に投資を勧めることはありません。 #SNS型投資詐欺",
         "私の名前と写真を使った偽の広告がまた出ています。私が「お金を配る」「投資を教える」ことは一切ありません。"
         "LINEに誘導されたら100%詐欺です。",
         "母の友人がやられた。「先生のアシスタント」を名乗る人にUSDTを送らされて、出金しようとしたら「先に税金を払って」と"
         "言われたらしい。典型的な手口なので本当に気をつけて",
         "@{reply} それ偽アカです。本物は認証済みで、DMで「ビットコインを倍にして返す」なんて絶対言いません。通報しときましょう🙏",
         "警察庁によると、SNS型投資詐欺の被害額は昨年だけで数百億円規模。送金手段では暗号資産が大きな割合を占めています。詳しくは👇 {url}"],
        ("keishicho_bouhan_", "kazuki_ceo_jp", "mika_kurashi", "nhk_shakai_feed"), src=AUTH_SRC, batch=B,
        when=("2024-03-01", "2025-12-15"), urls=["https://www3.nhk.or.jp/news/html/{rand}.html"],
        fill={"reply": ["yuki_0815", "hiro_tokyo", "sakura_mama3"]}),
    ben("c26-ja-b4-ni-follow-rp-campaign", "brand-promo", "ja",
        "Japanese brand 'フォロー&リポストキャンペーン' giveaways 2024-2025 (gift cards, snacks), fake winner-DM "
        "warnings, point campaigns and winners' posts; brands invented",
        ["＼フォロー&リポストで当たる／\n新商品発売記念🎉 抽選で100名様にAmazonギフトカード1,000円分をプレゼント！\n"
         "①@{brand}をフォロー\n②この投稿をリポスト\n締切：今月末まで",
         "【ご注意ください】当アカウントを装った偽アカウントから「当選しました」「受け取りにはカード情報の入力が必要」などの"
         "DMが送られています。当社がDMで個人情報や手数料を求めることはありません。",
         "キャンペーン当選DMきた〜！！公式アカからなのちゃんと確認したから大丈夫なはず🥹 グミ1年分ってなに笑",
         "本日から期間限定で全品ポイント2倍🛒 この機会にぜひ✨ {url}",
         "当選された皆さまには、本日公式アカウントよりDMをお送りしました📩 3日以内にご返信ください。たくさんのご応募ありがとうございました！"],
        ("MochiGummy_PR", "kurashi_mart_jp", "natsumi_0702"), src=BRAND_SRC, batch=B,
        when=("2024-01-15", "2025-12-20"), urls=["https://www.kurashi-mart.jp/campaign/{rand}"],
        fill={"brand": ["MochiGummy_PR", "kurashi_mart_jp"]}),
    ben("c26-ja-b4-ni-noto-matching-gift", "charity-match", "ja",
        "Noto Peninsula earthquake (1 Jan 2024): Japanese companies' matching-gift drives adding the same amount as "
        "customer donations, streamer charity streams via Japanese Red Cross, warnings about fake crypto-donation "
        "accounts; amounts illustrative, handles invented",
        ["令和6年能登半島地震の被災地支援として、お客様からのご寄付と同額を当社からも上乗せして寄付いたします（マッチングギフト）。"
         "受付は1月末まで。{url}",
         "マッチング寄付の結果、皆さまからお寄せいただいた1,234万円に当社から同額を加え、合計2,468万円を石川県へ寄付いたしました。"
         "ご協力ありがとうございました。",
         "今夜のチャリティ配信、スパチャ全額＋同じ額を僕からも能登に寄付します。寄付先は日本赤十字社の公式ページだけ。"
         "個人口座に送ってとか言うやつは偽物です",
         "社員の寄付を会社が倍にしてくれる制度、今回はじめて使った。こういうのは素直にありがたい",
         "【注意】当社のマッチングギフトを装い、暗号資産での寄付を呼びかけるアカウントが確認されています。当社は暗号資産による寄付を受け付けておりません。"],
        ("HokurikuSeika_PR", "yamato_shokuhin", "haruto_live", "ol_kaede"), src=BRAND_SRC, batch=B,
        when=("2024-01-03", "2024-04-30"), urls=["https://www.yamato-shokuhin.co.jp/news/{rand}"]),
    ben("c26-ja-b4-ni-metaplanet-zeisei", "crypto-news", "ja",
        "Japanese crypto news 2024-2025: Metaplanet's bitcoin treasury purchases ('日本版マイクロストラテジー'; holdings "
        "figures from memory, unsure), FSA plan to bring crypto under the FIEA with insider-trading rules, 20% separate "
        "taxation debate, BTC above 15M yen (Dec 2024); handles invented",
        ["メタプラネット、ビットコインを追加購入。保有量は{mp}BTCに。平均取得単価も公表 {url}",
         "「日本版マイクロストラテジー」ことメタプラネットの株価が年初来で数倍に。ビットコイン保有戦略の是非を専門家に聞いた👇 {url}",
         "金融庁、暗号資産を金融商品取引法の対象とする方向で検討。インサイダー取引規制の導入も {url}",
         "暗号資産の20%分離課税、ほんとに進んでほしい。雑所得で最大55%はさすがにきつい",
         "ビットコイン、円建てで初の1500万円突破。円安も追い風に {url}"],
        ("CoinPost_feed_jp", "nikkei_crypto_watch", "kenji_hodl", "kasoutsuka_times"), src=NEWS_SRC, batch=B,
        when=("2024-12-01", "2025-12-31"),
        urls=["https://www.nikkei.com/article/{rand}/", "https://coinpost.jp/?p={rand}"],
        fill={"mp": ["1,762", "4,046", "5,555", "10,000"]}),
]
