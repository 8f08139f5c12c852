"""Fourth blind test set (batch 6, never trained on, sealed): pos_intl families.

Non-English scam bait (label 1).
"""
from .pools import BRAND_SRC, EXCH_SRC, HIJACK_SRC, NEWS_SRC, PERSON_SRC, POL_SRC, PUMP, SPORT_SRC, YT, bait, ben  # noqa: F401

B = 6  # the fourth blind test set

WHEN = ("2024-06-01", "2026-02-28")

FAMILIES = [
    # ------------------------------------------------------------------ es
    bait("c26-es-b4-te-devuelvo-el-doble", "doubling", "es",
         "Pattern: hijacked Spanish-language influencer/athlete accounts (Spain, Argentina, Mexico) posting "
         "'mandá cripto y te devuelvo el doble' with a BTC/SOL/USDT-TRC20 address, 2024-2025; handles invented",
         ["Hoy cumplo 10 años en redes y quiero devolverles algo 🙏 Durante la próxima hora, todo el BTC que me "
          "envíen a esta dirección se los devuelvo x2. Sin trampa.\n\n{btc}\n\nSolo 1 hora ⏳",
          "no es broma. mandé 0.1 y me volvió 0.2 en cinco minutos, lo está haciendo de verdad 😳 dirección: {btc}",
          "@{reply} sí, es real jaja. Mandale a {sol} y en unos minutos te llega el doble en SOL. "
          "Se cierra a las 22:00 hora de Madrid",
          "AVISO: por problemas con el banco la promo x2 sigue SOLO con USDT (red TRC20). Lo que mandes vuelve "
          "duplicado 👉 {trx}",
          "Gracias Argentina 🇦🇷❤️ para festejar regalo cripto: vos mandás, yo te devuelvo el doble. "
          "Cupo total de 500 BTC, cuando se llena se corta.\n{btc_tr}",
          "Mucha gente me pregunta si es seguro. Lo es. Es mi forma de agradecer a la comunidad que me "
          "acompañó este año. Dirección oficial (solo esta): {btc}"],
         ("lucho_martinez10", "AnaBelenOficial", "Chiringuito_Pepe", "ElRubiusFanTV", "MarianaRiosMX"),
         batch=B, when=WHEN, fill={"reply": ["pablito_gm", "sofi.cripto", "jorge_btc88", "naty_lpz"]}),

    bait("c26-es-b4-token-oficial-ca", "memecoin-ca", "es",
         "Pattern: Spanish-language public figure / media accounts (hijacked or not) posting a pump.fun contract "
         "address as 'token oficial', in the wake of the $LIBRA episode (Argentina, Feb 2025); tickers invented",
         ["Lanzamos el token oficial de la comunidad 🇪🇸 {tkn}\n\nCA: {pump}\n\nSin preventa, sin tokens para el "
          "equipo. Que hable el mercado.",
          "ca: {pump}\nes el único oficial. ojo con las copias 🫡",
          "Muchos me preguntaron si esto era real. Sí: este es mi token y lo hice para apoyar a los "
          "emprendedores de LATAM.\n\n{pump}\n{url}",
          "{tkn} ya está en Raydium 🚀🚀 contrato 👉 {pump} no se lo pierdan que recién empieza",
          "Comunicado: a partir de hoy apoyamos oficialmente {tkn}, una iniciativa privada para impulsar la "
          "economía real. Contrato verificado: {pump}"],
         ("MundoNoticiasAR", "DiputadoRuizOK", "la_jefa_ofi", "TorresFutbolista", "RadioCumbreMX"),
         batch=B, when=("2025-01-15", "2026-02-28"), urls=PUMP,
         fill={"tkn": ["$TORO", "$PIBE", "$PATRIA", "$CHE"]}),

    bait("c26-es-b4-soporte-falso-reply", "impersonation-support", "es",
         "Pattern: fake exchange 'Soporte'/'Atención al cliente' accounts replying to Spanish-language complaints "
         "about withdrawals with a form link or a DM request for the seed phrase, 2024-2025; ticket numbers invented",
         ["@{reply} Hola, lamentamos los inconvenientes con tu retiro. Para revisar tu caso completá el formulario "
          "de soporte en {url} y un agente se comunicará contigo en menos de 24 h.",
          "@{reply} ¡Hola! Somos el equipo de atención al cliente. Tu caso ya fue escalado 🙌 escríbenos por DM con "
          "tu ID de usuario y la frase de recuperación de tu wallet para verificar la titularidad.",
          "@{reply} Buenas tardes. Vemos que su cuenta tiene un bloqueo preventivo. Puede levantarlo usted mismo "
          "sincronizando la billetera aquí: {url}\n— Departamento de Soporte",
          "@{reply} Sentimos lo de tu transferencia pendiente. Abre un ticket en nuestro centro de ayuda 👉 {url} "
          "(Ticket #{ticket}). Por seguridad no compartas los detalles en público.",
          "@{reply} hola, entendemos tu frustración. esto suele ser un error de sincronización del nodo, se "
          "soluciona validando la billetera en el portal oficial {url} saludos"],
         ("SoporteBinanceES", "AyudaCripto_24h", "AtencionBitso", "CoinbaseAyudaLat", "Soporte_Exchange"),
         batch=B, when=WHEN,
         urls=["https://soporte-ayuda-{rand}.com/ticket", "https://bit.ly/{rand}",
               "https://centro-asistencia-{rand}.app/es"],
         fill={"reply": ["carlitos_hdz", "mariajo_v", "eltrader_sur", "pau.gomez"],
               "ticket": ["48213", "77120-ES", "A-30918", "102947"]}),

    bait("c26-es-b4-preventa-influencer", "fake-presale", "es",
         "Pattern: hijacked Spanish-language crypto influencer accounts pushing a 'preventa' by sending SOL/USDT "
         "straight to a wallet, 2024-2025 Solana presale wave; figures and tickers invented",
         ["🚨 PREVENTA ABIERTA 🚨\n\nEnvía SOL a la dirección de abajo y recibes {tkn} automáticamente. "
          "Mín 0.5 SOL, máx 50.\n\n{sol}\n\nLanzamiento en Raydium mañana 20:00 (CDMX)",
          "Última fase de la preventa, ya vamos por 8.300 SOL recaudados 😮‍💨 quedan pocas horas: {url}",
          "No suelo hacer esto pero a este proyecto lo conozco desde adentro. Preventa privada a 0,0004 USDT, "
          "listado confirmado en dos exchanges. Mandá USDT (TRC20) a {trx} y te llega el token en el TGE.",
          "hilo 1/3 🧵 por qué entré fuerte en la preventa de {tkn}\n\n- equipo doxxeado\n- auditoría lista\n"
          "- 40% quemado\n\nla wallet de preventa es {sol} y los tokens se envían al mismo address",
          "Me escribieron muchos: SÍ, la preventa sigue. Whitelist cerrada pero quedan cupos públicos 👉 {url} "
          "conectás tu wallet y listo ✅"],
         ("CriptoConDani", "ElInversorTranqui", "BlockchainLatino", "nachogems", "Ale_DeFi_ES"),
         batch=B, when=WHEN,
         urls=["https://condor-presale-{rand}.xyz", "https://llama-token-{rand}.io/preventa"],
         fill={"tkn": ["$CONDOR", "$LLAMA", "$PUMA"]}),

    # ------------------------------------------------------------------ pt
    bait("c26-pt-b4-airdrop-comemorativo", "fake-airdrop", "pt",
         "Pattern: hijacked Brazilian exchange/project/influencer accounts posting a 'claim' link for a "
         "commemorative airdrop, 2024-2025 (cf. Mandiant X hijack Jan 2024); user figures invented",
         ["🎁 Airdrop de comemoração: 5 milhões de usuários! Todos os usuários elegíveis podem resgatar tokens até "
          "domingo. Confira se você tem direito: {url}",
          "gente o airdrop tá liberado!!! conecta a carteira e vê quanto vc tem pra resgatar 👉 {url}",
          "Comunicado oficial | A segunda temporada do programa de recompensas terminou. O claim fica disponível "
          "por 72 horas em {url}\nTokens não resgatados serão queimados.",
          "Se você usou a rede antes de março, provavelmente tem token pra pegar. Eu peguei uns 2.300 só "
          "conectando a carteira 😳 {url}",
          "@{reply} oi! sim, seu endereço está na lista de elegíveis ✅ é só fazer o claim aqui antes do snapshot "
          "expirar: {url}"],
         ("CriptoFacilBR", "MercadoTokenOficial", "thiago_onchain", "PortalDoBitcoin_", "web3brasil"),
         batch=B, when=WHEN,
         urls=["https://claim-{rand}.com.br-drop.xyz", "https://rewards-{rand}.app/claim", "https://tinyurl.com/{rand}"],
         fill={"reply": ["juju_silva", "rafa_hodl", "dudu.eth", "camila_mrq"]}),

    bait("c26-pt-b4-live-youtube", "youtube-live", "pt",
         "Pattern: hijacked Brazilian YouTube channels renamed to pose as crypto events with deepfaked "
         "speakers, promoted from X, 2024-2025; BTC figures invented",
         ["🔴 AO VIVO AGORA: evento especial com distribuição de 2.000 BTC para a comunidade brasileira. Escaneie o "
          "QR code na tela ou acesse pelo link da transmissão. {url}",
          "Estamos ao vivo com o Michael Saylor falando do futuro do Bitcoin no Brasil 🇧🇷 entra lá que tem surpresa "
          "no final 👀 {url}",
          "A live começou! Quem enviar qualquer valor de ETH durante a transmissão recebe o dobro de volta. "
          "Link: {url}",
          "Transmissão oficial — edição especial Bitcoin Brasil. Somente hoje: participe do giveaway ao vivo.\n"
          "Assista: {url}",
          "corre que a live tá rolando, já distribuíram mais de 300 BTC 😱😱 {url}"],
         ("CanalDoPrimoRico_", "FinancasComLu", "TechDoZe", "ogordinhoinvestidor", "BitcoinBrasilTV"),
         batch=B, when=WHEN, urls=YT),

    bait("c26-pt-b4-recuperacao-fundos", "recovery", "pt",
         "Pattern: fake 'recuperação de cripto' / ethical-hacker accounts replying to Brazilian scam victims, "
         "2024-2025; Telegram handles invented",
         ["@{reply} Sinto muito pelo golpe. Eu também perdi 1,8 BTC ano passado e consegui recuperar tudo com a "
          "ajuda de um especialista. Chama ele no Telegram: {tg}",
          "Perdeu cripto em golpe, pirâmide ou corretora falsa? 🔐 Recuperação de fundos com rastreamento "
          "blockchain. Atendimento 24h, pagamento só após o resultado. {url}",
          "@{reply} isso aconteceu comigo tbm. recomendo o {tg}, eles rastrearam a carteira do golpista e "
          "devolveram em 3 dias. salvou minha vida 🙏",
          "Hacker ético disponível. Recupero contas de Instagram, carteiras e senhas de exchange. Resultado "
          "garantido. DM aberta 📩",
          "Escritório especializado em recuperação de ativos digitais. Já devolvemos mais de R$ 14 milhões a "
          "vítimas de golpes com criptomoedas. Avaliação gratuita do seu caso: {url}"],
         ("RecuperaCriptoBR", "marcos_auditor", "AssetTraceBrasil", "hackeretico_rj", "ana_paula_invest"),
         batch=B, when=WHEN,
         urls=["https://recupera-{rand}.com.br", "https://wa.me/55119{rand}"],
         fill={"reply": ["leticia_ms", "zeca_btc", "paulinho_sp", "bia.cripto"],
               "tg": ["@RecuperaCripto_BR", "@hacker_etico_rafa", "@AssetTrace_Suporte"]}),

    bait("c26-pt-b4-validar-carteira", "wallet-validation", "pt",
         "Pattern: Portuguese-language 'valide/sincronize sua carteira' phishing using new Brazilian crypto rules "
         "(Banco Central VASP rules 2025, Receita declarations) as pretext; deadline dates invented",
         ["⚠️ Atualização obrigatória: devido à nova regulação do Banco Central para criptoativos, todas as "
          "carteiras precisam ser validadas até 30/06. Carteiras não validadas serão restritas. {url}",
          "Detectamos atividade incomum ligada à sua carteira. Para evitar o bloqueio, confirme a titularidade em "
          "{url} usando sua frase de recuperação.",
          "Migração de rede concluída ✅ Usuários precisam revalidar a carteira pra continuar recebendo tokens. "
          "Leva 2 minutinhos: {url}",
          "@{reply} Olá! Para resolver o problema de saldo, faça a sincronização manual da carteira no validador "
          "oficial: {url} Obrigado pela paciência.",
          "AVISO IMPORTANTE\nA partir deste mês a declaração de criptoativos exige verificação da carteira. Faça já "
          "pelo link e evite multa da Receita 👇\n{url}"],
         ("CarteiraSegura_BR", "SuporteWeb3Brasil", "NovaDaxAjuda", "cripto_compliance", "ExchangeBR_Oficial"),
         batch=B, when=WHEN,
         urls=["https://validar-carteira-{rand}.com", "https://sync-{rand}.walletbr.app", "https://cutt.ly/{rand}"],
         fill={"reply": ["fernandinha_r", "gui_lopes", "marcao_trader"]}),

    # ------------------------------------------------------------------ fr
    bait("c26-fr-b4-indemnisation-piratage", "fake-refund", "fr",
         "Pattern: fake 'indemnisation'/'remboursement' posts after exchange hacks (e.g. Bybit, Feb 2025) and the "
         "Ledger customer-data leak phishing, French-language, 2024-2025; amounts invented",
         ["Suite à l'incident de sécurité de la semaine dernière, nous lançons le programme d'indemnisation des "
          "utilisateurs concernés. Vérifiez votre éligibilité et réclamez votre remboursement : {url}",
          "📢 Remboursement des frais de gas : tous les utilisateurs ayant payé des frais entre le 1er et le 15 "
          "peuvent récupérer jusqu'à 0,2 ETH. Formulaire → {url}",
          "Bonne nouvelle pour les victimes du piratage 🙏 les fonds gelés ont été récupérés et vont être "
          "redistribués. Connectez le wallet utilisé au moment des faits : {url}",
          "@{reply} Bonjour, votre dossier est éligible au remboursement. Merci de finaliser la demande via le "
          "portail sécurisé : {url} (délai de traitement 48h)",
          "les remboursements sont ouverts !! j'ai reçu les miens en 10 min, faites vite avant la clôture {url}"],
         ("JournalDuCoin_", "CryptoastFR", "assistance_ledger_fr", "coinhouse_aide", "Hugo_defi"),
         batch=B, when=WHEN,
         urls=["https://indemnisation-{rand}.fr-claim.com", "https://remboursement-{rand}.xyz", "https://bit.ly/{rand}"],
         fill={"reply": ["julien_bzh", "claire_mtl", "nico.hodl", "sandrine_l"]}),

    bait("c26-fr-b4-mint-gratuit", "nft-drainer", "fr",
         "Pattern: hijacked French-speaking NFT artist/project accounts posting a 'mint gratuit' drainer link, "
         "2024-2025; collab partners named only as fill values, invented",
         ["Surprise 🎨 pour remercier ceux qui me suivent depuis le début : mint gratuit de 555 pièces de ma "
          "nouvelle collection. Premier arrivé, premier servi : {url}",
          "Le mint public est ouvert ! Supply limitée, 0 ETH + gas. Ne ratez pas ça 👇\n{url}",
          "Collab surprise avec {collab} 🔥 Les holders peuvent minter gratuitement le pass commémoratif pendant "
          "2h seulement. {url}",
          "mint live. c'est gratuit. c'est maintenant.\n{url}",
          "Pour fêter nos 3 ans, airdrop NFT pour tous les holders. Connectez votre wallet et signez pour réclamer "
          "votre pièce 🖼️ {url}"],
         ("Claire_Genart", "LesPixelsDeLeo", "MetaParisNFT", "atelier_onchain", "Bastien3D"),
         batch=B, when=WHEN,
         urls=["https://mint-{rand}.art", "https://free-mint-{rand}.xyz/fr", "https://opensea-drop-{rand}.io"],
         fill={"collab": ["Sorare", "un studio de jeux parisien", "@MuseeNumerique", "Ubisoft Quartz"]}),

    bait("c26-fr-b4-annonce-officielle-jeton", "fake-announcement", "fr",
         "Pattern: hijacked French brand/club/institution accounts announcing an official token or 'phase pilote' "
         "with a link, 2024-2025 (digital-euro pilot used as pretext); no specific incident verified",
         ["Nous sommes fiers d'annoncer le lancement de notre jeton officiel sur Solana. Les 10 000 premiers "
          "participants reçoivent une allocation gratuite. Détails : {url}",
          "COMMUNIQUÉ — Dans le cadre du déploiement de l'euro numérique, une phase pilote ouverte au public "
          "débute aujourd'hui. Inscription et attribution de jetons : {url}",
          "C'est officiel 🇫🇷 notre club rejoint le web3. Fan token dispo dès maintenant, les premiers acheteurs "
          "seront récompensés 👉 {url}",
          "Annonce importante : partenariat stratégique avec la Solana Foundation. Un snapshot des abonnés sera "
          "pris à 18h. Réservez votre place : {url}",
          "On a longtemps hésité, mais voilà : le token communautaire arrive.\nContrat : {eth}\nRien d'autre n'est "
          "officiel. Méfiez-vous des copies."],
         ("StadeOlympique_", "MaisonDucasseOff", "EuroNumeriqueFR", "RadioLibreParis", "TechFrancaise"),
         batch=B, when=WHEN,
         urls=["https://jeton-officiel-{rand}.com", "https://euro-numerique-{rand}.eu", "https://snapshot-{rand}.xyz"]),

    bait("c26-fr-b4-je-double", "doubling", "fr",
         "Pattern: hijacked French/Québécois streamer and sports accounts posting 'envoyez, je renvoie le double' "
         "with BTC/ETH/SOL addresses, 2024-2025; subscriber figures invented",
         ["Pour fêter mes 2M d'abonnés je fais un truc un peu fou : envoyez-moi de l'ETH et je vous renvoie le "
          "double. Pendant 30 min seulement.\n\n{eth}",
          "j'y croyais pas, j'ai envoyé 0,3 et j'ai reçu 0,6 direct 😭 il le fait vraiment, l'adresse c'est {eth}",
          "Je redonne à la communauté 🙏\nTout BTC envoyé à l'adresse ci-dessous sera renvoyé x2 (max 5 BTC par "
          "personne).\n{btc}\nFin à minuit.",
          "Merci le Québec ❤️ Pour souligner la fin de la saison, je double vos envois en BTC pendant une heure. "
          "Adresse : {btc_tr}",
          "ÉDIT : trop de demandes, j'ai ajouté une adresse SOL. Même principe, vous envoyez, je double.\n{sol}"],
         ("Kamel_Stream", "LaurentPlays", "MaximeGagnonHockey", "JulieVlogs", "SquezieFanClub"),
         batch=B, when=WHEN),

    # ------------------------------------------------------------------ de
    bait("c26-de-b4-etf-genehmigt", "fake-etf", "de",
         "Pattern: fake ETF/ETP approval posts (after the SEC X account hijack, Jan 2024) in German, around "
         "Solana/XRP ETF filings and Xetra crypto ETP listings 2024-2025; figures invented",
         ["EILMELDUNG: Die SEC hat soeben den ersten Spot-Solana-ETF genehmigt. Zur Feier verteilen wir {n} SOL an "
          "frühe Unterstützer. Anspruch prüfen: {url}",
          "Heute ist es so weit – unser Bitcoin-ETP ist auf Xetra gelistet 🎉 Die ersten 5.000 Anleger erhalten "
          "einen Bonus in BTC. Registrierung: {url}",
          "Genehmigt. ✅ Spot-XRP-ETF.\nJetzt vor Handelsstart positionieren, Zuteilung nur heute über {url}",
          "Offizielle Mitteilung: Im Rahmen der ETF-Zulassung wird ein Teil der Reserven als Airdrop an die "
          "Community ausgeschüttet. Wallet verbinden unter {url} und Anteil sichern.",
          "ETF ist durch!!! 🚀🚀 wer noch nicht drin ist, hier gibt's die Tokens noch zum Vorverkaufspreis {url}"],
         ("BoersenTicker24", "KryptoNewsDE", "ETP_Emittent", "FinanzFlash", "Anleger_Max"),
         batch=B, when=WHEN,
         urls=["https://etf-zuteilung-{rand}.de", "https://claim-{rand}.etf-bonus.com", "https://bit.ly/{rand}"],
         fill={"n": ["50.000", "250.000", "1 Mio."]}),

    bait("c26-de-b4-freigabe-signieren", "drainer-approval", "de",
         "Pattern: hijacked DeFi project accounts telling users to 'approve'/sign a permit or setApprovalForAll for "
         "a fake migration (drainer kits, 2024-2025), German-language; no specific project",
         ["Wichtiges Update: Der alte Staking-Vertrag wird am Freitag abgeschaltet. Bitte migriert eure Positionen "
          "rechtzeitig – Wallet verbinden, „Approve“ bestätigen, fertig. {url}",
          "Sicherheitshinweis 🔒 Wegen einer Schwachstelle im Router-Contract solltet ihr eure Freigaben sofort "
          "erneuern. Über {url} die neue Genehmigung signieren, die alte wird automatisch widerrufen.",
          "v3 ist live! Für das Upgrade ist einmalig eine Permit-Signatur nötig (gaslos). Danach laufen eure "
          "Rewards normal weiter. 👉 {url}",
          "@{reply} Hi, das liegt an einer fehlenden Token-Freigabe. Geh auf {url}, verbinde die Wallet und "
          "bestätige die Transaktion „setApprovalForAll“, dann wird dein Guthaben angezeigt.",
          "kurz & knapp: claim geht nur noch mit neuer freigabe. link in bio bzw hier {url} – signieren, fertig."],
         ("DeFiSchmiede", "StakeHausDAO", "alpenswap_xyz", "TokenBrueckeDE", "LiquidLabs_DE"),
         batch=B, when=WHEN,
         urls=["https://migrate-{rand}.finance", "https://app-{rand}.xyz/approve", "https://revoke-{rand}.io"],
         fill={"reply": ["timo_k", "jana.eth", "SvenHodlt", "lenny_berlin"]}),

    bait("c26-de-b4-wallet-verifizieren", "wallet-validation", "de",
         "Pattern: German-language 'Wallet verifizieren / Seed bestätigen' phishing with MiCA / travel-rule and "
         "hardware-wallet firmware pretexts (incl. 2025 letter campaigns to hardware-wallet customers); dates invented",
         ["Aufgrund der neuen MiCA-Vorgaben müssen alle Nutzer ihre Wallet bis zum 30. Juni verifizieren. Nicht "
          "verifizierte Wallets werden eingeschränkt. Jetzt erledigen: {url}",
          "Hinweis an alle Hardware-Wallet-Besitzer: Nach dem letzten Firmware-Update ist eine erneute "
          "Validierung eurer Seed-Phrase erforderlich. Dauert 2 Minuten → {url}",
          "Ihr seht euer Guthaben nicht mehr? Dann ist eure Wallet noch nicht synchronisiert. Validierung hier: "
          "{url} #Krypto",
          "Achtung: Wir stellen auf ein neues Sicherheitssystem um. Bitte bestätigen Sie Ihre Wallet-Adresse und "
          "Wiederherstellungsphrase im Kundenportal, um eine Sperrung zu vermeiden. {url}",
          "wallet verifizierung läuft nur noch bis sonntag 23:59, danach keine auszahlungen mehr möglich!! {url}"],
         ("BitpandaHilfe_DE", "WalletSupportDE", "KryptoKontoService", "Ledger_Kundendienst", "Trezor_DACH"),
         batch=B, when=WHEN,
         urls=["https://wallet-verifizierung-{rand}.de", "https://mica-check-{rand}.eu", "https://t1p.de/{rand}"]),

    bait("c26-de-b4-fan-coin-ca", "memecoin-ca", "de",
         "Pattern: hijacked German streamer/football-club/musician accounts posting a pump.fun contract address "
         "as official coin, 2024-2025 memecoin wave; tickers invented",
         ["Offizieller Fan-Token ist live ⚽️ CA: {pump}",
          "Leute, ich hab's endlich gemacht. Mein eigener Coin. Kein Rug, versprochen 😂\n\n{pump}",
          "$KRAUT läuft gerade auf pump.fun, CA unten, nur diese Adresse ist echt ⚠️\n{pump}\n{url}",
          "Sorry für den Spam heute, aber das hier ist wirklich wichtig für uns: {pump} – der einzige offizielle "
          "Contract. Alles andere ist Fake.",
          "ca {pump}\n\nmehr sag ich nicht 🤫",
          "Wir danken allen Fans für 20 Jahre Unterstützung und launchen zum Jubiläum unseren Community-Token auf "
          "Solana.\n\nContract: {pump}\nTrade: {url}"],
         ("MontanaBlackFans", "SVHafenkickers", "DJ_Kalle_Official", "gamerjulia", "RapperLX93"),
         batch=B, when=WHEN, urls=PUMP),

    # ------------------------------------------------------------------ tr
    bait("c26-tr-b4-airdrop-claim", "fake-airdrop", "tr",
         "Pattern: hijacked Turkish exchange/influencer accounts posting an airdrop claim link, 2024-2025 "
         "(many Turkish verified accounts hijacked for crypto spam); user figures invented",
         ["🎉 Türkiye'deki 3 milyon kullanıcımıza özel airdrop başladı! Cüzdanını bağla, payını hemen al: {url}",
          "Airdrop claim ekranı açıldı arkadaşlar, 48 saat içinde almayan yakar 🔥 {url}",
          "Resmi Duyuru: İkinci sezon ödül dağıtımı tamamlandı. Uygun adresler token'larını aşağıdaki bağlantıdan "
          "talep edebilir.\n{url}",
          "@{reply} merhaba, cüzdanınız listede görünüyor ✅ son gün bugün, buradan alabilirsiniz: {url}",
          "bedava token dağıtıyorlar cidden 😂 ben 1.200 dolarlık aldım, siz de bakın {url}"],
         ("KriptoHaberTR", "Borsaci_Emre", "TokenTurkiye", "ParaDunyasi", "web3_ayse"),
         batch=B, when=WHEN,
         urls=["https://claim-{rand}.com.tr-airdrop.xyz", "https://odul-{rand}.app", "https://bit.ly/{rand}"],
         fill={"reply": ["mert_kaya", "zeynep.btc", "burak_trd", "elif_57"]}),

    bait("c26-tr-b4-on-satis", "fake-presale", "tr",
         "Pattern: Turkish-language 'ön satış' presale bait from hijacked or paid influencer accounts, SOL/USDT sent "
         "straight to a wallet, 2024-2025; tickers and figures invented",
         ["🚀 {tkn} ön satışı başladı! Minimum 0.1 BNB / 50 USDT. Listeleme 2 hafta sonra. Katılmak için: {url}",
          "Ön satış cüzdanına USDT (TRC20) gönderin, token'lar TGE'de otomatik olarak gelecek:\n{trx}\n"
          "Kontenjan sınırlı!",
          "Arkadaşlar bu projeyi yakından takip ediyorum, ekip Türk, denetim tamam. Ön satış fiyatı 0.002$, "
          "listeleme 0.01$. Kaçırmayın 👉 {url}",
          "SON 6 SAAT ⏰ ön satışta 7.800 SOL toplandı, hard cap'e az kaldı. SOL gönder, token al: {sol}",
          "ön satışa kimler katıldı? 🙋‍♂️ ben 5 bin USDT girdim, link {url}"],
         ("CoinUzmani", "KriptoKurdu", "yatirimci_selin", "AltcoinAvcisi", "BlokzincirTR"),
         batch=B, when=WHEN,
         urls=["https://{rand}-presale.io", "https://onsatis-{rand}.xyz"],
         fill={"tkn": ["$HILAL", "$KURT", "$TULPAR"]}),

    bait("c26-tr-b4-sahte-destek", "impersonation-support", "tr",
         "Pattern: fake Turkish exchange 'Destek'/'Müşteri Hizmetleri' accounts replying to complaints (surge "
         "after Turkish exchange hacks 2024-2025) with form links, WhatsApp numbers or seed requests; numbers fictional",
         ["@{reply} Merhaba, yaşadığınız sorun için üzgünüz. Talebinizin incelenebilmesi için {url} adresindeki "
          "destek formunu doldurmanızı rica ederiz. Müşteri Hizmetleri",
          "@{reply} Merhabalar 🙏 çekim işleminiz sistemde beklemede görünüyor. Hesap doğrulaması için DM'den "
          "kullanıcı ID'nizi ve cüzdan kurtarma kelimelerinizi iletebilir misiniz?",
          "@{reply} İyi günler. Bu hata genellikle cüzdan senkronizasyonundan kaynaklanır. Resmi destek "
          "portalımızdan çözüm sağlayabilirsiniz: {url}",
          "@{reply} Merhaba, şikayetiniz kayda alındı (Talep No: {ticket}). Canlı destek temsilcimize WhatsApp "
          "hattımızdan ulaşabilirsiniz: {phone}",
          "@{reply} selam, yetkililere ilettik. hızlı çözüm için şu linkten bilet açın lütfen {url}"],
         ("BtcTurkDestekHatti", "ParibuYardim", "BinanceTR_Destek", "KriptoMusteriHiz", "Destek_Borsa"),
         batch=B, when=WHEN,
         urls=["https://destek-{rand}.com/form", "https://yardim-merkezi-{rand}.net", "https://bit.ly/{rand}"],
         fill={"reply": ["ahmet_yldz", "selin.kr", "onur_61", "gizem_trader"],
               "ticket": ["TR-58213", "004917", "88120"],
               "phone": ["+90 536 412 77 09", "+90 552 908 14 36", "+44 7418 300 921"]}),

    bait("c26-tr-b4-canli-yayin", "youtube-live", "tr",
         "Pattern: hijacked Turkish YouTube channels renamed to host fake 'canlı' crypto events with deepfaked "
         "speakers, promoted on X, 2024-2025; amounts invented",
         ["🔴 CANLI: Elon Musk ile özel yayın başladı. Yayın boyunca gönderilen her BTC iki katı olarak iade "
          "ediliyor. İzle: {url}",
          "şu an canlı yayındayız, sonunda sürpriz çekiliş var kaçırmayın!! {url}",
          "Canlı yayında 5.000 ETH dağıtımı yapılıyor. QR kod ekranda, detaylar açıklamada 👇\n{url}",
          "Kanalımız bugün özel bir kripto etkinliğine ev sahipliği yapıyor. Canlı yayın linki: {url} "
          "#Bitcoin #Kripto",
          "CANLI YAYIN ŞU AN 🔴🔴 Michael Saylor Türkiye'ye sesleniyor {url}"],
         ("TeknoKanal_TR", "OyunAbisi", "BilimGunlugu", "Kripto_Canli", "MizahTV_Resmi"),
         batch=B, when=WHEN, urls=YT),

    # ------------------------------------------------------------------ ru
    bait("c26-ru-b4-vernem-kriptu", "recovery", "ru",
         "Pattern: Russian-language fake crypto-recovery 'specialists' replying to scam victims and advertising "
         "on X/Telegram, 2024-2025; handles invented",
         ["@{reply} Сочувствую. У меня в прошлом году увели 2,4 ETH через фишинг, вернул почти всё с помощью "
          "специалиста — {tg}. Напишите ему, не пожалеете.",
          "Вернём криптовалюту, украденную мошенниками 🔎 Отслеживаем транзакции, работаем с биржами. Оплата "
          "после результата. Пишите в Telegram: {tg}",
          "@{reply} такая же ситуация была. {tg} помогли, вернули USDT за неделю. реально работают",
          "Потеряли доступ к кошельку или стали жертвой скама? Наши блокчейн-аналитики восстановят средства. "
          "Бесплатная консультация → {url}",
          "Этичный хакер. Восстановление аккаунтов, кошельков, средств с бирж. Гарантия результата. Пишите в ЛС 📩"],
         ("crypto_vozvrat", "Dmitry_Analitik", "BlockTrace_RU", "svetlana_invest", "hacker_etik"),
         batch=B, when=WHEN,
         urls=["https://vozvrat-{rand}.com", "https://t.me/{rand}_help"],
         fill={"reply": ["ivan_petrov88", "katya.btc", "alex_msk", "olga_kzn"],
               "tg": ["@Vozvrat_Kripty", "@Sergey_Recovery", "@TraceFunds_RU"]}),

    bait("c26-ru-b4-podpishite-approve", "drainer-approval", "ru",
         "Pattern: hijacked DeFi project accounts posting Russian-language 'migration'/'revoke' messages that lead to "
         "approve/Permit2 drainer signatures, 2024-2025; no specific project",
         ["Важное обновление: старый контракт стейкинга будет отключён через 48 часов. Чтобы не потерять награды, "
          "подтвердите миграцию — подключите кошелёк и подпишите approve: {url}",
          "Обнаружена уязвимость в роутере. Срочно отзовите старые разрешения и выдайте новые через наш "
          "инструмент: {url}",
          "Клейм наград теперь требует одноразовой подписи Permit2 (без газа). Инструкция и ссылка: {url}",
          "@{reply} Здравствуйте! Токены не отображаются, потому что не выдано разрешение. Перейдите на {url} , "
          "подключите кошелёк и подтвердите транзакцию.",
          "миграция v2 → v3 открыта. одна подпись и всё. {url}"],
         ("TonSwapRU", "DeFi_Volna", "stakingpro_ru", "LiquidBridge_RU", "MetaPul"),
         batch=B, when=WHEN,
         urls=["https://migrate-{rand}.finance", "https://app-{rand}.xyz/revoke", "https://permit-{rand}.io"],
         fill={"reply": ["nikita_sol", "marina.defi", "vova_hodl"]}),

    bait("c26-ru-b4-kompensaciya", "fake-refund", "ru",
         "Pattern: fake 'компенсация'/'возврат' posts targeting Russian-speaking victims of exchange hacks and "
         "closures (FTX, WEX, Garantex seizure Mar 2025), 2024-2025; amounts invented",
         ["Компенсация пострадавшим от взлома биржи: пользователи, чьи средства были заморожены, могут подать "
          "заявку на возврат до конца месяца. Проверка статуса: {url}",
          "Возврат комиссий за газ за последний квартал 💸 До 0,15 ETH на кошелёк. Заполните форму: {url}",
          "@{reply} Добрый день! Ваш кошелёк есть в списке на компенсацию. Для получения средств подтвердите "
          "адрес здесь: {url}",
          "Хорошие новости для клиентов закрытой биржи: суд одобрил выплаты. Зарегистрируйте кошелёк, чтобы "
          "получить компенсацию {url}",
          "ребят, возвраты реально приходят, мне вчера 0,4 ETH упало. кто пострадал — заполняйте {url}"],
         ("Kompensaciya_Info", "BitNovosti", "FTX_Vyplaty", "crypto_yurist", "Pavel_Trade"),
         batch=B, when=WHEN,
         urls=["https://kompensaciya-{rand}.com", "https://refund-{rand}.xyz/ru", "https://clck.ru/{rand}"],
         fill={"reply": ["andrey_k", "lena_spb", "maks.eth"]}),

    bait("c26-ru-b4-razdacha-x2", "doubling", "ru",
         "Pattern: hijacked Russian-language blogger/athlete accounts posting 'отправь — верну вдвойне' BTC/ETH/"
         "USDT giveaways, 2024-2025; limits invented",
         ["В честь дня рождения устраиваю раздачу 🎁 Отправьте BTC на адрес ниже — верну в двойном размере. "
          "Только 30 минут!\n\n{btc}",
          "Не верил, но отправил 0,05 — через пару минут пришло 0,1 😳 Адрес: {btc}",
          "Раздача USDT для подписчиков: отправляете от 100 USDT (TRC20), получаете х2 обратно автоматически.\n{trx}",
          "Друзья, я решил вернуть часть заработанного сообществу. Любая сумма ETH, отправленная на этот адрес в "
          "ближайший час, вернётся удвоенной. {eth}",
          "ОБНОВЛЕНИЕ: осталось 20 минут. Лимит — 10 BTC на человека.\n{btc_tr}"],
         ("Artem_Blog", "KseniaFit", "HockeyKovalev", "StreamerVadim", "NovostiOtAnny"),
         batch=B, when=WHEN),

    # ------------------------------------------------------------------ ja
    bait("c26-ja-b4-free-mint", "nft-drainer", "ja",
         "Pattern: hijacked Japanese NFT artist/project accounts posting 'フリーミント' drainer links, 2024-2025; "
         "collab partner invented",
         ["いつも応援ありがとうございます🙏 感謝の気持ちを込めて、新コレクションのフリーミントを開始しました！"
          "数量限定なのでお早めに\n{url}",
          "【緊急告知】本日21時からパブリックセール開始！ミント価格0ETH（ガス代のみ）です。\n{url}",
          "ホルダー限定で記念NFTをエアドロップします🎁 下のリンクからウォレットを接続して署名するだけで"
          "受け取れます。\n{url}",
          "フリミン開いてます！あと200枚くらい〜 {url}",
          "コラボ決定🎉 人気VTuberとの限定パスを無料配布中。先着順です。\n{url}"],
         ("hana_nft_art", "NinjaPixelJP", "tokyo_gen_art", "Sakura_Collective", "mochi_draws"),
         batch=B, when=WHEN,
         urls=["https://mint-{rand}.jp-nft.xyz", "https://free-{rand}.art/mint", "https://x.gd/{rand}"]),

    bait("c26-ja-b4-koushiki-token", "fake-announcement", "ja",
         "Pattern: hijacked Japanese brand/company accounts announcing an official token or 'キャンペーン' with a "
         "link, 2024-2025; no specific company",
         ["【重要なお知らせ】当社は本日、独自トークンの発行を決定いたしました。先行配布の受付を開始しております。"
          "詳細は以下をご確認ください。\n{url}",
          "皆さまへ\n当アカウントの公式トークンがSolana上でローンチされました。正規のアドレスはこちらのみです。\n{sol}",
          "本日をもって当社はWeb3事業に本格参入いたします。記念として、フォロワーの皆さまにトークンを無料配布します🎉 "
          "{url}",
          "お知らせ：グローバル展開を記念した特別キャンペーンを実施中です。期間中にウォレットを登録された方全員に"
          "記念トークンを進呈いたします。 {url}",
          "公式発表です。詳細はリンク先で。\n{url}"],
         ("NihonDenkiOfficial", "kissa_chain_jp", "TokyoRamenGroup", "AnimeStudio_KAZE", "JPNewsFlash"),
         batch=B, when=WHEN,
         urls=["https://token-{rand}.jp.net", "https://campaign-{rand}.com/ja", "https://bit.ly/{rand}"]),

    bait("c26-ja-b4-etf-shounin", "fake-etf", "ja",
         "Pattern: fake ETF approval giveaways in Japanese (after the SEC X hijack, Jan 2024), around XRP/SOL ETF "
         "news and the Japan FSA crypto-ETF discussion 2025; no real offering",
         ["【速報】米SECが現物XRP ETFを正式承認。これを記念して、XRP保有者向けの特別配布を実施します。"
          "対象確認はこちら → {url}",
          "ついに承認されました🎉 国内初の暗号資産ETF、上場前の先行申込を本日限定で受け付けています。\n{url}",
          "ETF承認きた！！！ 今のうちに仕込んでおかないと絶対後悔する 🚀 {url}",
          "金融庁による暗号資産ETF解禁を受け、当社では新たな投資枠の先行登録を開始しました。先着1万名様に"
          "ボーナスを付与します。 {url}",
          "現物ソラナETF承認に伴い、SOLの記念エアドロップを開始します。ウォレットを接続して受け取ってください。 {url}"],
         ("CoinSokuhou", "kabu_trader_ken", "JP_CryptoNews", "Toushi_Lab", "XRP_Nihon"),
         batch=B, when=WHEN,
         urls=["https://etf-{rand}.jp-claim.com", "https://sbi-etf-{rand}.xyz", "https://x.gd/{rand}"]),

    bait("c26-ja-b4-meme-ca", "memecoin-ca", "ja",
         "Pattern: hijacked Japanese celebrity/VTuber/creator accounts posting a pump.fun contract address, "
         "2024-2025 memecoin wave; tickers invented",
         ["作ってみました笑\nCA: {pump}",
          "公式ミームコイン $SAMURAI をローンチしました🗾 コントラクトはこちらのみ。偽物に注意してください。\n{pump}",
          "CA👇\n{pump}\n\nこれ以外は全部偽物です",
          "ファンの皆さんからの要望が多かったので、ついにコインを発行しました！応援よろしくお願いします🙇‍♀️\n"
          "CA {pump}\n{url}",
          "日本発のミームコイン、本日pump.funにて上場。コミュニティ主導・運営保有0%。\nCA: {pump}"],
         ("yuki_vtuber", "OsakaComedian", "idol_mirai_official", "gamer_taku", "RamenKingJP"),
         batch=B, when=WHEN, urls=PUMP),
]
