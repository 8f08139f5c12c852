"""Third blind test set (batch 5, never trained on, sealed): neg_intl families.

Non-English benign (label 0) families.
"""
from .pools import BRAND_SRC, EXCH_SRC, HIJACK_SRC, NEWS_SRC, PERSON_SRC, POL_SRC, PUMP, SPORT_SRC, YT, bait, ben  # noqa: F401

B = 5  # the third blind test set

# posting clients of small organisations (NGOs, community groups) and of developers
ORG_SRC = ("Twitter Web App", "Hootsuite Inc.", "Buffer", "Twitter for Android", "Twitter for iPhone")
DEV_SRC = ("Twitter Web App", "TweetDeck Web App", "Buffer", "Twitter for Android", "Twitter for iPhone")
MIX_SRC = ("Twitter for iPhone", "Twitter for Android", "Twitter Web App", "Hootsuite Inc.", "Sprout Social")

FAMILIES = [
    # ------------------------------------------------------------------ es
    ben("c26-es-b3-aviso-deepfake-anuncios-inversion", "anti-scam-warning", "es",
        "Warnings by Spanish users and security accounts about fake celebrity investment ads (deepfake videos, "
        "fake newspaper pages, 250 EUR first deposit, AnyDesk) reported by the Policia Nacional and INCIBE, 2023-2025",
        ["⚠️ Si te sale un anuncio de un famoso contando que se ha hecho rico con una plataforma de bitcoin: ES FALSO. "
         "Usan su cara y una «noticia» que imita a un periódico de verdad. No dejes tu teléfono ni hagas ningún ingreso. #Ciberestafas",
         "mi madre me acaba de reenviar un vídeo de un ministro recomendando invertir en cripto con «rentabilidad garantizada» 🙃\n"
         "es un deepfake mamá, ni siquiera le cuadran los labios con el audio",
         "1/3 Así funciona el timo de los anuncios falsos de inversión: famoso (deepfake) + entrevista inventada + formulario.\n"
         "Luego te llama un «asesor», te pide instalar AnyDesk y un primer depósito de 250 €. El panel te enseña ganancias que no existen.",
         "@LuisMa_87 eso que compartes es un fraude. Ninguna plataforma te devuelve el doble de lo que metes, y menos con la foto "
         "de un presentador de la tele. Si ya has pagado, llama a tu banco YA y pon denuncia.",
         "Otra vez el anuncio del presentador que «revela su secreto» en una web calcada a un diario digital... "
         "Denunciad el anuncio en la propia red social y bloquead. Nadie multiplica 250 pavos."],
        ("AlertaFraudeES", "ciberseg_diario", "mamen_ruiz_", "javi_sin_humo", "LauraGarciaTec"),
        src=MIX_SRC, batch=B, when=("2023-09-01", "2025-12-31")),

    ben("c26-es-b3-dana-duplicamos-donacion", "charity-match", "es",
        "Companies, clubs and employee groups matching donations to the Red Cross and local NGOs after the "
        "DANA floods in Valencia (29 Oct 2024), Nov-Dec 2024",
        ["Desde hoy y hasta el 30 de noviembre, por cada euro que nuestros clientes donen a Cruz Roja para los afectados "
         "por la DANA, nosotros ponemos otro. Duplicamos tu donación 💙 Enlace en la bio.",
         "Nuestra plantilla ha reunido {amount} € para las familias de Paiporta y la empresa iguala cada euro. "
         "Gracias a todos, de verdad ❤️ #DANA #Valencia",
         "RECORDATORIO: el matching sigue abierto hasta el domingo. Tú donas 20, a la ONG le llegan 40. "
         "Sin letra pequeña: el dinero va directo a la cuenta de la entidad, nunca a nosotros.",
         "@fundacion_horta confirmado, igualamos hasta 100.000 € en donaciones para los pueblos afectados. "
         "Si donasteis ayer también cuenta 🙌",
         "Hoy el club destina la recaudación del partido a los damnificados y la directiva duplica todo lo que aportéis "
         "desde la web oficial. Amunt, Valencia 🦇🧡"],
        ("SuperMercadosLevante", "TechValenciaHub", "cooperativa_huerta", "ClubDeportivoTuria", "EnergiaSolMed"),
        src=BRAND_SRC, batch=B, when=("2024-10-31", "2024-12-31"),
        fill={"amount": ["18.400", "9.750", "31.200", "6.080"]}),

    ben("c26-es-b3-bitcoin-100k-diciembre", "price-news", "es",
        "Spanish-language coverage and reactions when bitcoin first crossed 100,000 USD (night of 4-5 Dec 2024, "
        "after Paul Atkins was named to chair the SEC)",
        ["ÚLTIMA HORA | El bitcoin supera por primera vez los 100.000 dólares tras la nominación de Paul Atkins "
         "para presidir la SEC.",
         "#Bitcoin rompe los 100K 🚀 En euros anda por los 95.000. Hace un año estaba en 40.000. "
         "¿Burbuja o nuevo suelo? Abro hilo 🧵",
         "$BTC 100k. lo dije en 2022 y me llamasteis loco. no vendo ni una sat",
         "El bitcoin cotiza por encima de 100.000 $ y el mercado cripto en conjunto vale más de 3,5 billones. "
         "Ether sube con fuerza y XRP se dispara. Datos a las 8:00 (CET).",
         "Bitcoin en máximos y mi cuñado ya me ha escrito preguntando qué app se descarga 😂 ¿señal de techo?"],
        ("CriptoNoticiasES", "mercados_hoy", "satoshi_de_vallekas", "EconomiaDigitalES", "pablo_trader_"),
        src=NEWS_SRC, batch=B, when=("2024-12-04", "2024-12-20")),

    ben("c26-es-b3-streamer-sorteo-setup", "celebrity-promo", "es",
        "Spanish-speaking streamers running real giveaways of gaming gear and match tickets (follow + comment), "
        "and warning that they never ask for money or crypto, 2024-2026",
        ["SORTEO 🎁 Por los 2 millones os regalo el setup con el que hago directo: PC, monitor y silla. "
         "Para participar: seguirme y comentar con vuestro usuario de Twitch. Ganador el viernes EN DIRECTO.",
         "Recordad: el único sorteo que hago es ESTE y solo lo anuncio desde esta cuenta. Nunca os voy a pedir "
         "dinero, ni cripto, ni los datos de la tarjeta para recibir un premio. Si os escriben así, es una copia.",
         "Ganador de las 2 entradas para la final: @iker_mtz22 🎉 te escribo por MD desde esta cuenta "
         "(la verificada, ojo con las copias que ya han salido)",
         "48h para el sorteo de la camiseta firmada. RT + follow y listo. suerte bichos 🫶",
         "hoy directo a las 18h y sorteamos 5 mandos entre los subs, sin trucos ni enlaces raros"],
        ("rober_en_directo", "ManuStreamsTV", "laurita_gg", "DaniPlaysOficial", "sergiokick"),
        src=PERSON_SRC, batch=B, when=("2024-09-01", "2026-03-31")),

    ben("c26-es-b3-medio-independiente-donaciones-cripto", "donation-wallet", "es",
        "Independent Latin American media, community associations and free-software projects publishing their "
        "own BTC/ETH/USDT donation addresses (pattern, e.g. Venezuelan outlets taking USDT from abroad), 2023-2025",
        ["Somos un medio independiente y no aceptamos publicidad oficial. Si quieres apoyarnos desde fuera de Venezuela, "
         "también recibimos USDT (red TRON): {trx}\nCada aporte aparece en nuestro informe trimestral.",
         "Para donar en bitcoin a la biblioteca comunitaria: {btc}\nSomos asociación registrada; si necesitáis "
         "certificado para Hacienda escribidnos desde la web.",
         "Varias personas nos habéis preguntado si aceptamos cripto. Sí:\nBTC {btc}\nETH {eth}\n"
         "Comprobad siempre la dirección en nuestra web. Jamás os escribiremos por DM pidiendo donaciones.",
         "Proyecto de software libre mantenido por voluntarios 🛠️ Donaciones on-chain: {btc_tr}\n"
         "Gracias a quienes ya aportasteis, con eso pagamos el servidor de este año.",
         "Campaña de fin de año 🙏 Aceptamos transferencia, Bizum y también bitcoin ({btc}). "
         "El 100% va a las comidas del comedor social del barrio."],
        ("RadioLibreCaracas", "BiblioComunitariaSur", "proyecto_libre_dev", "ComedorSanRoque", "PeriodismoSinAmo"),
        src=ORG_SRC, batch=B, when=("2023-03-01", "2025-12-31")),

    # ------------------------------------------------------------------ pt
    ben("c26-pt-b3-airdrop-hype-jupuary", "legit-airdrop-news", "pt",
        "Brazilian coverage of real airdrops: Hyperliquid's HYPE genesis distribution (29 Nov 2024, ~31% of supply "
        "to users, no claim site) and Jupiter's second Jupuary JUP airdrop (Jan 2025)",
        ["A Hyperliquid fez um dos maiores airdrops da história: cerca de 31% do supply de HYPE foi distribuído "
         "direto para os usuários da plataforma, sem rodada de venture capital.",
         "Airdrop do HYPE caiu na conta de quem operou na Hyperliquid. Importante: NÃO existe site de claim. "
         "Os tokens aparecem direto no saldo. Qualquer link pedindo pra conectar carteira é golpe.",
         "Jupuary voltou 🪐 A Jupiter confirmou a segunda rodada do airdrop de $JUP pra quem usa a DEX na Solana. "
         "Confere elegibilidade SÓ no site oficial, tem muito clone circulando.",
         "fiquei de fora do airdrop da hyperliquid pq achei que era golpe kkkkk chorando em 4k",
         "📰 O que foi o airdrop da Hyperliquid, quanto os usuários receberam e como declarar no IR: {url}"],
        ("portalcripto_br", "renata_defi", "NoticiasBlockchainBR", "gui_na_solana", "cripto_facil"),
        src=NEWS_SRC, batch=B, when=("2024-11-29", "2025-02-15"),
        urls=["https://portaldobitcoin.uol.com.br/{rand}/", "https://www.infomoney.com.br/mercados/{rand}/"]),

    ben("c26-pt-b3-cvm-etf-solana", "etf-news", "pt",
        "Brazil's CVM approving the world's first Solana spot ETF (QR Asset, Aug 2024; Hashdex followed), "
        "pending B3 listing, reported by Brazilian media and investors",
        ["A CVM aprovou o primeiro ETF de Solana do mundo. O fundo da QR Asset ainda depende do aval da B3 "
         "para começar a ser negociado.",
         "Brasil saindo na frente dos EUA de novo 🇧🇷 ETF de $SOL aprovado aqui enquanto a SEC segue enrolando. #Solana",
         "Com o ETF de Solana, o investidor daqui passa a ter BTC, ETH e SOL via bolsa. Lembrando: ETF não é "
         "garantia de lucro, desconfie de quem promete retorno.",
         "ETF de Solana na B3, resumo rápido 👇\n• taxa de administração\n• índice de referência\n"
         "• tributação de 15% sobre o ganho, igual outros ETFs de renda variável",
         "Pergunta de leitor: \"ETF de Solana paga staking?\" Resposta curta: depende do regulamento do fundo. "
         "Leia o prospecto antes de comprar."],
        ("valor_cripto", "InvestNewsBR", "marina_invest", "bolsa_e_cripto", "EducaFinancasBR"),
        src=NEWS_SRC, batch=B, when=("2024-08-07", "2024-10-31")),

    ben("c26-pt-b3-clube-sorteio-camisa-fantoken", "sports", "pt",
        "Brazilian football clubs running real jersey/ticket giveaways, fan-token holder votes (Socios/Chiliz "
        "fan tokens) and warnings about fake 'club token airdrop' profiles, 2024-2025",
        ["🎁 SORTEIO: 3 camisas oficiais autografadas pelo elenco! Pra participar: siga o perfil, curta e marque "
         "2 amigos. Resultado na segunda. Regulamento no link da bio.",
         "Quem tem o Fan Token votou e a música de entrada do time no próximo clássico vai ser escolhida por vocês. "
         "Resultado no app 🔴⚫",
         "Atenção, torcida: perfis falsos estão usando nosso escudo e prometendo \"airdrop de token do clube\". "
         "O único sorteio oficial é o das camisas, e a gente NUNCA pede pix nem carteira cripto.",
         "GANHADORES das camisas 🏆 @ju_rosa10, @leozinho_rj e @marcosvp23! Vocês vão receber DM deste perfil "
         "oficial pedindo só o endereço de entrega.",
         "bora bater 1 milhão de seguidores que tem sorteio de ingresso pro camarote 👀"],
        ("EsporteClubeLitoral", "TimaoDaSerra", "AtleticoDoNorteFC", "tricolor_praiano"),
        src=SPORT_SRC, batch=B, when=("2024-03-01", "2025-12-31")),

    ben("c26-pt-b3-mp1303-tributacao-cripto", "politics", "pt",
        "Brazilian deputies debating Medida Provisoria 1303 (June 2025), which ended the R$35k monthly crypto sales "
        "exemption with a flat 17.5% tax; the MP lapsed in Oct 2025",
        ["A MP do governo acaba com a isenção de R$ 35 mil por mês na venda de criptoativos e cria alíquota única "
         "de 17,5%. Vamos trabalhar pra derrubar isso na comissão.",
         "Taxar o pequeno investidor de bitcoin em 17,5% enquanto as bets seguem sem controle? Votei contra e voto de novo.",
         "Nota do gabinete: recebemos mais de 4 mil mensagens sobre a tributação de cripto. Vamos publicar aqui cada "
         "etapa da tramitação da MP 1303.",
         "Entenda em 3 pontos a nova tributação de cripto 🧵\n1. fim da isenção até 35 mil\n2. 17,5% sobre o ganho\n"
         "3. ainda precisa ser votada pelo Congresso",
         "A MP caducou. A isenção de R$ 35 mil pra cripto continua valendo. Vitória de quem se mobilizou 👏"],
        ("dep_carla_mendes", "SenadorRibeiroPR", "gabinete_lucasf", "DepFernandoAlves"),
        src=POL_SRC, batch=B, when=("2025-06-11", "2025-10-20")),

    ben("c26-pt-b3-cotidiano-pix-sorteio", "generic", "pt",
        "Everyday Brazilian posts that happen to use scam-adjacent words (pix, 'devolveu o dobro', sorteio, "
        "codigo de verificacao), 2024-2026",
        ["minha vó recebeu \"mãe troquei de número\" e respondeu pedindo pra pessoa falar o nome do cachorro. "
         "essa mulher é melhor que antivírus",
         "fiz um pix errado de 50 reais pra um desconhecido e o cara me devolveu 100 \"pela honestidade\"?? "
         "to até agora tentando entender",
         "ganhei o sorteio do bolo de pote da padaria aqui da rua, dia abençoado 🙏",
         "vale a pena dobrar o turno na black friday? pagam em dobro mas meu deus do céu",
         "vendi meu ps4 na olx e o comprador queria que eu passasse um \"código de verificação\" no zap. bloqueei. "
         "vender usado hoje em dia é esporte radical"],
        ("bia_nascimento", "tiagozinho_sp", "carol_semfiltro", "rafa_do_bairro", "juh_cafe"),
        src=PERSON_SRC, batch=B, when=("2024-01-01", "2026-02-28")),

    # ------------------------------------------------------------------ fr
    ben("c26-fr-b3-fausses-lettres-ledger", "anti-scam-warning", "fr",
        "French users warning about paper letters posing as Ledger asking owners to scan a QR code and 'validate' "
        "their device (2025, addresses from the 2020 Ledger customer data leak)",
        ["⚠️ Des clients Ledger reçoivent un COURRIER papier (logo, en-tête, tout y est) leur demandant de scanner "
         "un QR code pour une « vérification obligatoire » de l'appareil. C'est une arnaque. Ledger ne vous demandera "
         "jamais votre phrase de récupération.",
         "Reçu ce matin une lettre « Ledger – Mise à jour de sécurité » avec date limite. Mon adresse vient sûrement "
         "de la fuite de 2020. Poubelle direct. Si vous en recevez une, ne scannez RIEN.",
         "Rappel pour vos proches qui ont une hardware wallet : personne ne vous demandera les 24 mots. "
         "Ni par mail, ni par SMS, ni par courrier, ni au téléphone. Personne. Jamais.",
         "Le courrier frauduleux se fait passer pour le service « Conformité » et menace de bloquer vos fonds si vous "
         "ne validez pas votre wallet avant le 15. Faux. Signalez-le sur cybermalveillance.gouv.fr",
         "lol ils envoient des lettres par la poste maintenant. le scam crypto en 2025 c'est du vintage 📬"],
        ("secu_numerique_fr", "Mathieu_Blockchain", "claire_opsec", "ledger_fr_users", "nico_hodl"),
        src=PERSON_SRC, batch=B, when=("2025-03-01", "2025-12-31")),

    ben("c26-fr-b3-rapts-crypto-2025", "crypto-news", "fr",
        "French news on the 2025 wave of crypto-related kidnappings: Ledger co-founder David Balland (Jan 2025, Cher), "
        "attempted abduction of the Paymium CEO's daughter in Paris (May 2025), Interior Ministry security measures",
        ["Le cofondateur de Ledger, David Balland, a été libéré après avoir été enlevé à son domicile dans le Cher. "
         "Les ravisseurs réclamaient une rançon en cryptomonnaies.",
         "Tentative d'enlèvement en plein Paris : la fille du patron d'une plateforme crypto visée dans le 11e "
         "arrondissement. Une affaire de plus dans la série de rapts liés aux cryptos.",
         "Beauvau réunit les entrepreneurs du secteur après la série d'enlèvements : ligne d'urgence dédiée, conseils "
         "de sécurité, et piste pour retirer l'adresse personnelle des registres publics.",
         "Enlèvements visant des figures de la crypto en France : ce que l'on sait, ce que cherchent les enquêteurs ⤵️ {url}",
         "Sérieusement, arrêtez de poster vos gains crypto avec votre ville en géoloc. Vu l'actu, c'est pas de la parano."],
        ("InfoTechFrance", "lecho_crypto", "radio_actu_fr", "JournalDuMatinFR", "sarah_fintech"),
        src=NEWS_SRC, batch=B, when=("2025-01-22", "2025-07-31"),
        urls=["https://www.lemonde.fr/pixels/article/2025/{rand}.html", "https://www.francetvinfo.fr/faits-divers/{rand}.html"]),

    ben("c26-fr-b3-telethon-dons-doubles", "charity-match", "fr",
        "French companies and charity streams doubling donations to the AFM-Telethon (3637) and partner "
        "associations, Dec 2024 and Dec 2025",
        ["🎗️ #Téléthon : pour chaque don fait via notre appli ce week-end, on double la mise (jusqu'à 50 000 €). "
         "Le 3637 reste ouvert toute la nuit !",
         "Nos salariés ont collecté 12 480 € pour l'AFM-Téléthon et l'entreprise abonde à 100 %. "
         "Merci à toutes les équipes 💪",
         "Pendant le stream de ce soir, un partenaire double chaque don jusqu'à minuit. Les dons passent par la "
         "plateforme officielle de l'asso, jamais par nous directement.",
         "on a atteint le palier ✅ donc le sponsor double à partir de MAINTENANT. vous êtes fous, merci",
         "On nous demande souvent « vous doublez vraiment ? » Oui. Le reçu fiscal est émis par l'association, "
         "pas par nous, et le total est public sur la page de la collecte."],
        ("MutuelleSolidaireFR", "AssurancesDuCentre", "stream_solidaire", "BanqueRegionaleOuest", "lucas_live_tv"),
        src=BRAND_SRC, batch=B, when=("2024-12-01", "2025-12-08")),

    ben("c26-fr-b3-youtubeur-concours-ps5", "celebrity-promo", "fr",
        "French YouTubers and comedians running real giveaways (console, show tickets, gaming PCs via a brand) "
        "and warning that fake pages promise crypto rewards in their name, 2024-2026",
        ["CONCOURS 🎮 Pour fêter les 3M sur YouTube je vous fais gagner une PS5 Pro + 3 jeux. Follow + RT, "
         "tirage au sort dimanche soir en live.",
         "Petit rappel : je ne fais JAMAIS de concours avec des cryptos, des « récompenses » à réclamer ou des liens "
         "pour connecter un wallet. Si vous voyez ça sous mon nom, c'est une fausse page.",
         "Le gagnant de la PS5 c'est @theo_lmb 🥳 je t'écris en DM depuis ce compte, c'est le seul vrai",
         "j'ai 10 places pour mon spectacle à faire gagner 🎭 répondez avec votre pire blague, je choisis les pires",
         "Partenariat avec une marque de PC gamer : 2 configs à gagner, règlement complet sur le site de la marque. "
         "Aucun achat nécessaire, aucun paiement demandé."],
        ("KevinJoueOfficiel", "amelie_stand_up", "LeoTechFR", "mehdi_gaming"),
        src=PERSON_SRC, batch=B, when=("2024-06-01", "2026-03-31")),

    ben("c26-fr-b3-liens-presse-crypto", "news-link", "fr",
        "French outlets sharing article links on crypto scams, the AMF blacklist, bitcoin price drops and the MiCA "
        "transition (French grandfathering ends 1 July 2026), 2025-2026",
        ["Arnaques au faux conseiller bancaire : comment les escrocs vident un compte en quelques minutes {url}",
         "Bitcoin : pourquoi le cours est-il repassé sous les 80 000 dollars ? ➡️ {url}",
         "📰 MiCA : ce qui change pour les plateformes crypto en France à partir du 1er juillet 2026 {url}",
         "ENQUÊTE. Faux « airdrops », faux supports Binance, groupes Telegram : plongée dans l'industrie de "
         "l'arnaque crypto {url}",
         "Cryptomonnaies : l'AMF ajoute de nouveaux sites à sa liste noire {url}"],
        ("actu_crypto_fr", "EcoFinanceFR", "Le_Decodeur_Tech", "quotidien_eco", "hebdo_numerique"),
        src=NEWS_SRC, batch=B, when=("2025-02-01", "2026-02-28"),
        urls=["https://www.lemonde.fr/economie/article/2025/{rand}.html", "https://www.bfmtv.com/crypto/{rand}.html",
              "https://www.lesechos.fr/finance-marches/{rand}", "https://www.numerama.com/cyberguerre/{rand}.html"]),

    # ------------------------------------------------------------------ de
    ben("c26-de-b3-warnung-promi-deepfake-anlage", "anti-scam-warning", "de",
        "German warnings (Verbraucherzentrale, police, users) about fake investment ads using TV celebrities such as "
        "Guenther Jauch, deepfake videos and fake news-site layouts, 2023-2025",
        ["Achtung: Auf Facebook und Instagram laufen wieder Anzeigen, in denen angeblich Günther Jauch eine "
         "Bitcoin-Plattform empfiehlt. Fake! Wer dort 250 € einzahlt, wird danach von „Brokern“ angerufen. #Betrug",
         "Nein, die Tagesschau hat nicht über einen „Geheimtipp zum Krypto-Reichtum“ berichtet. Diese Fake-Artikel "
         "im Nachrichten-Look sind Werbung von Betrügern. Melden, nicht klicken.",
         "Meine Nachbarin (78) hat mir heute so ein Video gezeigt: Promi, Bankenchef, „garantierte Rendite“. "
         "Lippen passen null zum Ton. Bitte redet mit euren Eltern über Deepfakes.",
         "Kurzer Thread zu Anlagebetrug mit KI-Promis 🧵 1/4\nAblauf: Fake-Anzeige → Landingpage → Anruf vom "
         "„Account Manager“ → Fernwartungssoftware → erste „Gewinne“ im Dashboard, die es nie gab.",
         "Seriöse Anbieter versprechen keine festen Renditen und wollen keinen Fernzugriff auf Ihren PC. "
         "Prüfen Sie Firmen in der BaFin-Datenbank, bevor Sie Geld überweisen."],
        ("VerbraucherTippsDE", "polizei_praevention_x", "sabine_k_hh", "digitalcourage_fan", "ITSicherheitNord"),
        src=MIX_SRC, batch=B, when=("2023-06-01", "2025-12-31")),

    ben("c26-de-b3-spot-bitcoin-etf-zulassung", "etf-news", "de",
        "German-language coverage of the SEC approving 11 US spot bitcoin ETFs (10 Jan 2024, trading from 11 Jan) "
        "and spot ether ETFs (trading from 23 Jul 2024), plus the PRIIPs/KID issue for German retail investors",
        ["Die US-Börsenaufsicht SEC hat die ersten Spot-Bitcoin-ETFs genehmigt. Elf Fonds, darunter von BlackRock "
         "und Fidelity, dürfen ab Donnerstag gehandelt werden.",
         "Bitcoin-ETFs in den USA sammeln an einem einzigen Tag mehr als eine Milliarde Dollar ein. "
         "Die Nachfrage institutioneller Anleger zieht an.",
         "Für Anleger in Deutschland: Die US-Spot-ETFs sind hier meist nicht direkt kaufbar (kein KID nach PRIIPs). "
         "Alternativen sind Bitcoin-ETPs, die an der Xetra gelistet sind.",
         "ETF genehmigt, Kurs fällt. Klassisch buy the rumour, sell the news 🤷‍♂️ $BTC",
         "Nach Bitcoin jetzt Ether: Die Spot-Ether-ETFs starten am Dienstag in den Handel. Analysten erwarten "
         "deutlich geringere Zuflüsse als beim Bitcoin."],
        ("FinanzNachrichtenDE", "boersen_radar", "KryptoKompaktDE", "tobi_investiert", "wirtschaft_live"),
        src=NEWS_SRC, batch=B, when=("2024-01-10", "2024-12-31")),

    ben("c26-de-b3-hardware-wallet-firmware", "dev-release", "de",
        "German-speaking hardware-wallet and open-source wallet library teams announcing firmware/library releases "
        "and warning about fake 'mandatory update' mails (pattern, 2024-2026)",
        ["Firmware v{ver} für unser Hardware-Wallet ist raus 🚀 Neu: Taproot-Multisig, schnellere Synchronisation. "
         "Updates bitte nur über die offizielle App, nie über Links aus E-Mails!",
         "Release v{ver} ist getaggt ({sha7}). Changelog: Fix für falsche Gebührenschätzung bei RBF, neue "
         "Übersetzungen. Signierte Binaries + SHA256SUMS liegen im Release.",
         "Zum heutigen Update: Wir verschicken KEINE Mails mit „Pflicht-Update“-Dateien. Die Firmware kommt nur über "
         "die App und das Gerät prüft die Signatur selbst.",
         "v{ver} hat einen Bug beim PSBT-Export, Hotfix kommt heute Abend. sorry leute 🙈",
         "Neue Version unserer Open-Source-Wallet-Bibliothek: v{ver}\n- Descriptor-Import\n- Hardware-Wallet-Support "
         "aktualisiert\n- Mindestversion jetzt Python 3.10\nRelease Notes: {url}"],
        ("alpenwallet_dev", "SichereSchluessel", "jonas_codet", "btc_bibliothek"),
        src=DEV_SRC, batch=B, when=("2024-02-01", "2026-02-28"),
        urls=["https://github.com/alpenwallet/firmware/releases/tag/{rand}", "https://github.com/btc-bibliothek/core/releases"]),

    ben("c26-de-b3-sachsen-bitcoin-verkauf", "politics", "de",
        "German politicians debating Saxony's emergency sale of ~50,000 BTC seized in the Movie2k case "
        "(June-July 2024, proceeds ~2.6 bn EUR held pending the criminal case)",
        ["Sachsen verkauft knapp 50.000 beschlagnahmte Bitcoin aus dem Movie2k-Verfahren. Notveräußerung nach StPO, "
         "weil der Wert stark schwankt. Kann man kritisieren, ist aber geltendes Recht.",
         "Ein Bundesland verscherbelt Bitcoin im Milliardenwert, während andere Staaten über Reserven nachdenken. "
         "Ich habe dazu eine Kleine Anfrage gestellt.",
         "Der Freistaat hat inzwischen alle Bitcoin verkauft, Erlös rund 2,6 Mrd. Euro. Das Geld liegt jetzt auf einem "
         "Verwahrkonto, bis das Verfahren abgeschlossen ist.",
         "@KollegeImLandtag kleine Korrektur: Das Geld fließt NICHT einfach in den Haushalt, solange das Strafverfahren läuft.",
         "Wer jetzt meckert, der Staat hätte „hodln“ sollen: Staatsanwaltschaften sind keine Investmentfonds. "
         "Klare Regeln für beschlagnahmte Kryptowerte brauchen wir trotzdem."],
        ("MdB_Hartmann", "landtag_fraktion_x", "AnnaBergerMdL", "digitalpolitik_jetzt"),
        src=POL_SRC, batch=B, when=("2024-06-19", "2024-08-31")),

    ben("c26-de-b3-alltag-verlosung", "generic", "de",
        "Everyday German posts on X/Mastodon/Bluesky with giveaway and 'doubling' words that are not scams "
        "(ticket raffles, bakery contests, employer subsidy), 2024-2026",
        ["Ich kann am Samstag nicht und verlose meine 2 Tickets fürs Konzert in Köln unter allen, die das hier reposten. "
         "Kostenlos, abholen müsst ihr halt 🎫",
         "Leute ich hab beim Gewinnspiel vom Bäcker einen Jahresvorrat Brezeln gewonnen. mein Leben ist komplett",
         "Mein Arbeitgeber verdoppelt dieses Jahr den Zuschuss zum Deutschlandticket und ich fühl mich wie ein "
         "Lottogewinner. eigentlich traurig",
         "Hab meinem Neffen erklärt, dass niemand im Internet einfach Geld verschenkt. Er: „Und MrBeast?“ Touché.",
         "Verlosung für die Fediverse-Leute: 3 signierte Exemplare meines Buches. Einfach antworten, "
         "gewürfelt wird Sonntag 🎲"],
        ("lena_aus_ehrenfeld", "kaffeeundkekse", "Stefan_schreibt", "miri_liest", "tom_ohne_plan"),
        src=PERSON_SRC, batch=B, when=("2024-01-01", "2026-02-28")),

    # ------------------------------------------------------------------ tr
    ben("c26-tr-b3-borsa-sicak-cuzdan-saldiri", "exchange-announcement", "tr",
        "Turkish exchange notices after hot-wallet hacks (BtcTurk, June 2024 ~55M USD and Aug 2025 ~48M USD): "
        "crypto deposits/withdrawals paused, losses covered, warnings about fake 'recovery' DMs",
        ["Değerli kullanıcılarımız, sıcak cüzdanlarımızda tespit edilen anormal hareketler nedeniyle kripto yatırma ve "
         "çekme işlemleri geçici olarak durdurulmuştur. Soğuk cüzdanlar ve TL varlıklarınız güvendedir.",
         "Yaşanan siber saldırı varlıklarımızın küçük bir kısmını etkilemiştir. Kullanıcı bakiyeleri şirket "
         "kaynaklarıyla karşılanacak, hiçbir kullanıcımız mağdur olmayacaktır.",
         "⚠️ Bu süreçte size DM'den yazıp \"varlık kurtarma\" ya da \"iade\" teklif eden hesaplara itibar etmeyin. "
         "Resmî açıklamalar yalnızca bu hesaptan ve web sitemizden yapılır.",
         "Güncelleme: Kripto çekim işlemleri kademeli olarak yeniden açılıyor. TRY yatırma/çekme işlemleri "
         "kesintisiz devam ediyor.",
         "BtcTurk'te ikinci büyük saldırı: sıcak cüzdanlardan yaklaşık 48 milyon dolarlık çıkış olduğu tahmin ediliyor. "
         "Borsa, kullanıcı varlıklarının güvende olduğunu açıkladı."],
        ("kripto_borsa_duyuru", "BorsaDestekTR", "kripto_gundem", "yatirimci_haber"),
        src=EXCH_SRC, batch=B, when=("2024-06-22", "2025-08-31")),

    ben("c26-tr-b3-deprem-kripto-bagis", "donation-wallet", "tr",
        "Turkish relief organisations (e.g. AHBAP) publishing crypto donation addresses after the 6 Feb 2023 "
        "Kahramanmaras earthquakes and warning about fake accounts sharing other addresses",
        ["Deprem bölgesine destek için kripto bağış adreslerimiz:\nBTC: {btc}\nETH / USDT (ERC20): {eth}\n"
         "Tüm bağışlar şeffaf şekilde raporlanacaktır.",
         "Yurt dışından bağış yapmak isteyenler için: kripto ile de bağış kabul ediyoruz. Adresi mutlaka resmî "
         "sitemizden kontrol edin, sahte hesaplar türedi. ETH/AVAX: {eth}",
         "Kripto cüzdanlarımıza gelen bağışlar bölgeye konteyner ve ısıtıcı olarak ulaştı. Teşekkürler 🙏 "
         "BTC adresimiz hâlâ aktif: {btc}",
         "DİKKAT: adımıza açılan sahte hesaplar farklı cüzdan adresleri paylaşıyor. Doğru adresler bunlar, "
         "başka adresimiz yok:\n{btc_tr}\n{eth}",
         "USDT (TRC20) ile bağış yapmak isteyenler sordu, adresimiz: {trx}\nHer işlem zincir üzerinde görülebilir."],
        ("dayanisma_dernegi", "AfetYardimAgi", "GonulluEllerTR", "umut_koprusu_der"),
        src=ORG_SRC, batch=B, when=("2023-02-06", "2023-04-30")),

    ben("c26-tr-b3-bitcoin-tl-rekor", "price-news", "tr",
        "Turkish price coverage of bitcoin in lira terms (BTC/TRY records as the dollar price hit highs and the lira "
        "weakened), 2024-2025",
        ["#Bitcoin {tl} TL'yi aştı. Dolar bazında rekor tazelerken kurdaki artışla TL bazında da tüm zamanların zirvesi.",
         "BTC/TRY {tl} TL seviyesinde, son 24 saatte %{pct} değişim. Ethereum ve Solana da yükselişte.",
         "Bitcoin 100 bin doları kırdı 🚀 Kripto piyasasının toplam değeri 3,5 trilyon doları geçti.",
         "herkes bitcoin konuşuyor ben hâlâ 2021'de 60 binden aldığım coinleri bekliyorum 😅 $BTC",
         "Piyasa özeti | BTC %2 düşüşte, ETH yatay, ons altın rekor seviyede. Fed kararı öncesi yatırımcılar temkinli."],
        ("piyasa_ekrani", "KriptoHaberTR", "ekonomi_son_dk", "mert_hodl", "finans_gundemi"),
        src=NEWS_SRC, batch=B, when=("2024-11-10", "2025-10-15"),
        fill={"tl": ["3,5 milyon", "4 milyon", "4,5 milyon"], "pct": ["3,2", "4,8", "1,7", "6,1"]}),

    ben("c26-tr-b3-kulup-forma-cekilisi-token", "sports", "tr",
        "Turkish football clubs' jersey giveaways, fan-token holder votes (club fan tokens on Chiliz/Paribu) and "
        "warnings about fake 'token airdrop' / free-ticket accounts, 2024-2025",
        ["🎁 ÇEKİLİŞ: Yeni sezon formamızdan 5 adet imzalı forma hediye! Katılmak için hesabımızı takip et, "
         "bu gönderiyi RT'le. Kazananlar pazartesi açıklanacak.",
         "Taraftar Token sahipleri oyladı: sezonun ilk iç saha maçında kaptanlık bandındaki mesajı siz seçtiniz 💛❤️",
         "Uyarı: Kulübümüz adına \"token airdrop\" ya da \"bedava bilet\" vaat eden hesaplar sahtedir. "
         "Resmî çekilişlerimizde asla ödeme veya cüzdan bilgisi istenmez.",
         "Forma çekilişinin kazananları belli oldu 🏆 Kazananlarla resmî hesabımızdan DM ile iletişime geçeceğiz, "
         "sadece kargo adresi istenecek.",
         "derbi öncesi token fiyatı yine uçtu 😂 her derbi aynı film"],
        ("KaradenizSporKulubu", "EgeGucuSK", "anadolu_kartallari", "taraftar_tv_tr"),
        src=SPORT_SRC, batch=B, when=("2024-02-01", "2025-12-31")),

    ben("c26-tr-b3-marka-iphone-cekilisi", "brand-promo", "tr",
        "Turkish brands' follower giveaways (iPhone, gift vouchers; notary-approved draws with Milli Piyango "
        "permission) and warnings about fake giveaway accounts asking for shipping fees, 2024-2026",
        ["🎉 3 milyon takipçiye özel ÇEKİLİŞ! 1 kişiye iPhone 16 hediye. Takip et + beğen + 2 arkadaşını etiketle. "
         "Son katılım pazar 23.59. Noter onaylı çekiliş ✅",
         "Çekilişimiz sona erdi! Kazananımız @elif_kaya34 🎊 Sizinle yalnızca mavi tikli resmî hesabımızdan "
         "iletişime geçeceğiz.",
         "Sahte çekiliş hesaplarına dikkat! \"Ödülünüzü almak için kargo ücreti yatırın\" diyen mesajlar "
         "dolandırıcılıktır, bizimle ilgisi yok.",
         "Hafta sonuna özel: 500 TL ve üzeri alışverişte ikinci kahve bizden ☕ Kod: HAFTASONU",
         "Yılbaşı çekilişi başladı 🎄 Ödüller: 1 oyun konsolu, 10 adet 1.000 TL'lik hediye çeki. "
         "Katılım koşulları ve MPİ izin bilgisi web sitemizde."],
        ("KahveMolasiTR", "MarketZinciriTR", "teknomagaza_tr", "gsm_operator_destek"),
        src=BRAND_SRC, batch=B, when=("2024-06-01", "2026-01-15")),

    # ------------------------------------------------------------------ ru
    ben("c26-ru-b3-telegram-skam-durov-safeguard", "anti-scam-warning", "ru",
        "Russian-language warnings about Telegram crypto scams: fake 'Durov gives away TON' doubling channels, "
        "fake Safeguard verification bots pushing PowerShell commands (Jan 2025), fake wallet support DMs",
        ["Внимание: в Telegram опять каналы «Дуров раздаёт TON» — переводишь 10 TON, получаешь 20. Это скам. "
         "Дуров ничего не раздаёт, кошелёк ведёт к мошенникам.",
         "Новая схема: заходишь в «закрытый» крипточат, а там бот Safeguard просит «пройти верификацию» — "
         "скопировать команду и вставить в Win+R. Так ставят стилер. Никогда так не делайте.",
         "Если вам в личку пишет «поддержка Tonkeeper» — это не поддержка. Настоящая поддержка первой не пишет "
         "и сид-фразу не спрашивает. Никогда.",
         "Коротко: никто не удваивает крипту. Ни Дуров, ни Маск, ни «фонд TON». Сохраните и перешлите родителям.",
         "@kostya_ton это фейк, посмотри на юзернейм — там латинская l вместо I. не переходи по ссылке и "
         "кошелёк не подключай"],
        ("kripto_bez_skama", "anya_web3", "infosec_ru", "dmitry_ton_dev", "Bezopasnost_Seti"),
        src=PERSON_SRC, batch=B, when=("2024-03-01", "2025-12-31")),

    ben("c26-ru-b3-tapalki-airdrop-notcoin-dogs", "legit-airdrop-news", "ru",
        "Russian-language news on real Telegram tap-game airdrops: Notcoin (NOT listed 16 May 2024), DOGS (listed "
        "26 Aug 2024), Hamster Kombat HMSTR (26 Sep 2024, bot accounts filtered out)",
        ["Notcoin залистили на Binance, OKX и Bybit. Ваучеры игроки могли обменять на NOT ещё до листинга, "
         "клейм в официальном боте.",
         "Эйрдроп DOGS: токены начислены, листинг 26 августа. Проверяйте только в официальном боте, "
         "сторонние «клейм-сайты» — фишинг.",
         "Hamster Kombat раздал HMSTR, многие недовольны размером дропа 😬 Команда объясняет это антифродом: "
         "отсеяли миллионы аккаунтов-ботов.",
         "так, кто получил дроп DOGS — сразу продали или держите? я слил половину на листинге 🐶",
         "Разбор: почему тапалки в Telegram раздают токены и что с ними стало через полгода. Notcoin, DOGS, "
         "Hamster — по цифрам 👇 {url}"],
        ("kripto_digest_ru", "KriptoNovostiRU", "ton_community_ru", "vasya_tapaet", "defi_po_russki"),
        src=NEWS_SRC, batch=B, when=("2024-05-16", "2025-03-31"),
        urls=["https://forklog.com/news/{rand}", "https://incrypted.com/{rand}/"]),

    ben("c26-ru-b3-garantex-zakrytie", "crypto-news", "ru",
        "Russian-language coverage of the Garantex takedown (6-7 March 2025: domains seized by US agencies, Tether "
        "froze ~27M USDT, alleged administrator arrested in India) and the Grinex successor",
        ["Спецслужбы США изъяли домены биржи Garantex. На сайте висит баннер Секретной службы, Tether заморозил "
         "на кошельках биржи около 27 млн USDT.",
         "Garantex приостановила все операции, включая вывод. Поддержка ссылается на «блокировку USDT», "
         "пользователи в панике.",
         "Одного из предполагаемых администраторов Garantex задержали в Индии по запросу США.",
         "Бывшим клиентам Garantex предлагают получить средства через новую площадку Grinex. Осторожнее с "
         "«компенсациями» от непроверенных аккаунтов в личке.",
         "Garantex всё. кто держал там рубли и USDT — соболезную. не ваши ключи — не ваши монеты, сколько можно"],
        ("KriptoNovostiRU", "finansy_segodnya", "delovye_vesti", "blokcheyn_daily", "oleg_btc"),
        src=NEWS_SRC, batch=B, when=("2025-03-06", "2025-06-30")),

    ben("c26-ru-b3-ton-dev-kommity", "commit-hash", "ru",
        "Russian-speaking TON/wallet developers posting commit hashes for fixes, reverts and merges (pattern, 2024-2026)",
        ["Закоммитил фикс парсинга jetton-трансферов: {sha7}. Теперь комиссия считается правильно, "
         "спасибо @dev_ilya за репорт.",
         "мердж в main: {sha}\nдобавили поддержку W5-кошельков и поправили тесты. релиз завтра",
         "Кто ловил падение индексатора на блоке с пустым payload — фикс в коммите {sha7}, обновитесь.",
         "Откатили {sha7}, он ломал подпись транзакций на Android. Нормальный фикс вот: {sha}",
         "Коммит дня: «убрал хардкод приватного ключа из тестов» ({sha7}). да, это было. нет, ключ был тестовый 🙃"],
        ("dmitry_ton_dev", "kirill_codes", "tonkit_dev", "lena_rust_ton"),
        src=DEV_SRC, batch=B, when=("2024-06-01", "2026-02-28")),

    ben("c26-ru-b3-mayning-zapret-regiony", "news-link", "ru",
        "Russian outlets linking articles on the mining ban in ten regions from 1 Jan 2025 (to 2031), seasonal bans in "
        "Irkutsk region, illegal farms in Dagestan and miners' reporting duties, 2024-2025",
        ["Правительство запретило майнинг криптовалют в десяти регионах с 1 января 2025 года. Подробности: {url}",
         "В Иркутской области вводят сезонный запрет на майнинг в отопительный период — энергосистема не "
         "справляется {url}",
         "«Серые» майнеры в Дагестане: как энергетики ищут фермы с тепловизорами {url}",
         "Уголовная ответственность за незаконный майнинг? Разбираемся, что на самом деле в законопроекте ➡️ {url}",
         "Майнеров обяжут сообщать в налоговую о добытой криптовалюте. Что меняется {url}"],
        ("ekonomika_novosti", "delovye_vesti", "finansy_segodnya", "sibir_energo_news"),
        src=NEWS_SRC, batch=B, when=("2024-11-01", "2025-12-31"),
        urls=["https://www.rbc.ru/crypto/news/{rand}", "https://www.kommersant.ru/doc/{rand}",
              "https://tass.ru/ekonomika/{rand}"]),

    # ------------------------------------------------------------------ ja
    ben("c26-ja-b3-sns-toushi-sagi-chuui", "anti-scam-warning", "ja",
        "Japanese warnings about 'SNS-type investment fraud' (fake celebrity ads leading to LINE groups, fake trading "
        "apps, fees on withdrawal; celebrities such as Yusaku Maezawa protesting impersonation ads), 2024-2025",
        ["【注意】著名人になりすました投資広告にご注意ください。「LINEグループで銘柄を教える」「必ず儲かる」は"
         "詐欺の典型です。少しでも怪しいと思ったら #9110 へ。",
         "また僕の名前と写真を使った投資詐欺の広告が出ています。僕がSNSで「お金や暗号資産を増やします」と誘うことは"
         "絶対にありません。見つけたら通報をお願いします。",
         "母がFacebookの広告から「投資の先生」のLINEグループに入ってて焦った…最初は少額で利益が出たように見せるらしい。"
         "みなさんも親に一声かけて",
         "SNS型投資詐欺の手口まとめ🧵\n①有名人の偽広告\n②LINEに誘導\n③「アシスタント」が個別指導\n"
         "④偽の取引アプリで利益表示\n⑤出金しようとすると「手数料」「税金」を要求",
         "「ビットコインを送れば倍にして返す」系のDMが来たら、その時点で詐欺確定です。本物の取引所や"
         "インフルエンサーがそんなこと言うことはありません。"],
        ("sagi_chuui_jp", "keisatsu_bouhan_x", "yamada_mama_", "crypto_anzen", "tanaka_sec"),
        src=MIX_SRC, batch=B, when=("2024-01-15", "2025-12-31")),

    ben("c26-ja-b3-dmm-bitcoin-fusei-ryuushutsu", "exchange-announcement", "ja",
        "DMM Bitcoin notices and coverage after the 31 May 2024 unauthorized outflow of 4,502.9 BTC: full guarantee, "
        "service restrictions, phishing warnings, account transfer to SBI VC Trade (Mar 2025), FBI/NPA attribution to TraderTraitor",
        ["【重要】当社ウォレットからのビットコインの不正流出について（第1報）\n本日、4,502.9BTCの不正流出を検知いたしました。"
         "お客様のお預かり資産は全額保証いたします。",
         "不正流出を受け、新規口座開設・暗号資産の出庫・現物買いの一部を制限しております。ご不便をおかけし大変申し訳ございません。",
         "【お知らせ】当社を装った「補償金のお受け取り」「資産返還手続き」等のSMS・メールが確認されています。"
         "当社がURL付きSMSで手続きをお願いすることはございません。",
         "DMMビットコイン、口座と預かり資産をSBI VCトレードに移管へ。移管は2025年3月ごろの予定とのこと。",
         "DMMの件、北朝鮮系の「TraderTraitor」の犯行とFBIと警察庁が発表。リクルーターを装って委託先の社員に接触してたらしい…"],
        ("kasoutsuuka_news", "exchange_oshirase", "btc_nihon", "shiori_kabu", "coin_sokuho"),
        src=EXCH_SRC, batch=B, when=("2024-05-31", "2025-03-31")),

    ben("c26-ja-b3-follow-repost-campaign", "brand-promo", "ja",
        "Japanese brands' follow-and-repost giveaway campaigns (Amazon gift cards, product sets, goods) with DM "
        "winner notices and warnings about fake winner DMs demanding fees, 2024-2026",
        ["＼フォロー＆リポストキャンペーン／\n抽選で10名様にAmazonギフトカード1,000円分をプレゼント🎁\n"
         "①当アカウントをフォロー\n②この投稿をリポスト\n締切：{date}まで\n当選者様にはDMでご連絡します",
         "【当選者発表】たくさんのご応募ありがとうございました！当選者様には本日、公式アカウントからDMをお送りしました。"
         "外部サイトでカード情報の入力をお願いすることはございません。",
         "⚠️当社キャンペーンを装った偽アカウントにご注意ください。「当選しました、受け取りには手数料が必要です」"
         "というDMは当社とは一切関係ありません。",
         "新フレーバー発売記念🍓 引用リポストで「食べてみたい！」と投稿した方の中から抽選で50名様に新商品セットが当たる！",
         "今日で公式アカウント開設5周年🎉 感謝をこめて、いいねしてくれた方の中から3名様にオリジナルグッズをお届けします"],
        ("okashi_koushiki", "CafeChainJP", "biyou_brand_jp", "gamegoods_official", "drink_koushiki"),
        src=BRAND_SRC, batch=B, when=("2024-03-01", "2026-02-28"),
        fill={"date": ["6/30", "12/25", "3/31", "9月15日 23:59"]}),

    ben("c26-ja-b3-wallet-sdk-release", "dev-release", "ja",
        "Japanese developers releasing wallet SDK / library versions (EIP-7702 support after Pectra, approval "
        "previews warning on unlimited approve), 2025-2026",
        ["ウォレットSDK v{ver} をリリースしました🎉\n・EIP-7702対応\n・署名プレビューの改善\n・依存パッケージ更新\n"
         "リリースノート: {url}",
         "v{ver} 出しました。Solanaの手数料推定がおかしかった件の修正です。アップデート推奨です🙏",
         "本日リリースのv{ver}で、approve前に相手コントラクトと許可額を必ず表示するようにしました。"
         "無制限approveには警告を出します。",
         "npmに公開済み: v{ver}\n破壊的変更あり（Node 18のサポート終了）。移行ガイドはREADMEを見てください",
         "リリース作業おわり。タグは v{ver}、コミットは {sha7}。寝ます"],
        ("kenta_web3dev", "wallet_sdk_jp", "hiro_solidity", "oss_chain_jp"),
        src=DEV_SRC, batch=B, when=("2025-05-07", "2026-02-28"),
        urls=["https://github.com/wallet-sdk-jp/sdk/releases/tag/{rand}", "https://zenn.dev/kenta/articles/{rand}"]),

    ben("c26-ja-b3-commit-hash-nikki", "commit-hash", "ja",
        "Japanese developers posting commit hashes for fixes, reverts, first contributions and reproducible builds "
        "(pattern, 2024-2026)",
        ["今日のコミット: {sha7}「fix: 署名時のnonce重複を修正」地味だけど大事",
         "{sha} で入れた変更が本番で問題を起こしていたのでrevertしました。ご迷惑をおかけしました",
         "PRマージされた！初コントリビュート🎉 コミット {sha7}",
         "ビルド再現性の確認用に: リリースは {sha} からビルドしています。ハッシュが違ったら教えてください",
         "あ、{sha7} のコミットメッセージtypoってる…「recieve」…恥"],
        ("kenta_web3dev", "nodeunyou_san", "rust_sukisuki", "yuki_infra"),
        src=DEV_SRC, batch=B, when=("2024-04-01", "2026-02-28")),
]
