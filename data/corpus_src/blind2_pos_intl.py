"""Second blind test set (batch 4, never trained on, sealed): pos_intl families.

Non-English scam bait (label 1): four families for each of es, pt, fr, de, tr, ru and ja, four bait kinds per
language and all thirteen bait kinds across the module. Written natively in each language, after patterns seen
in those language communities in 2024-2026.
"""
from .pools import HIJACK_SRC, PUMP, YT, bait, ben  # noqa: F401

B = 4  # the second blind test set

FAMILIES = [
    # ------------------------------------------------------------------ es
    bait("c26-es-b2-te-devuelvo-el-doble", "doubling", "es",
         "Pattern: hijacked verified Spanish-language accounts (LatAm influencers, streamers, local celebrities) "
         "posting 'te devuelvo el doble' BTC/ETH giveaways, a recurring takeover script reported by Argentine "
         "and Mexican media 2024-2025",
         ["Hoy cumplo 10 años en esta red y quiero devolverle algo a la comunidad 🙌\n\nTodo lo que me manden a "
          "esta dirección de BTC se los devuelvo x2 durante la próxima hora:\n\n{btc}\n\nMáximo 1 BTC por "
          "persona. Sin trucos, lo prometo",
          "ya le devolví a como 20 personas, funciona 😂 mínimo 0.01 → vuelven 0.02, máx 2 BTC\n{btc}\n"
          "cierro a las 23hs arg",
          "@{reply} sí es real bro, me acaba de llegar el doble. la de ETH es esta: {eth}",
          "GRACIAS POR LOS 2 MILLONES 🎉🎉\nEsta vez el sorteo es distinto: me mandás ETH o USDT a {eth} y te "
          "vuelve el DOBLE automático. Solo hoy. Pruebas en la foto 👇",
          "Perdón por el post raro pero va en serio. Estoy donando parte de lo que gané este año: enviá entre "
          "0.1 y 5 ETH a\n{eth}\ny el contrato te devuelve el doble en minutos. Después lo borro."],
         ("Chino_Vlogs", "lauritaok", "ElPibeStreams", "MaryJoseOficial", "dj_tomas_mx", "RulitoFutbol"),
         batch=B, when=("2024-03-01", "2026-02-28"),
         fill={"reply": ["nachito_22", "valeee_rm", "juanpa_cdmx", "sofi_gomez"]}),

    bait("c26-es-b2-airdrop-cuenta-hackeada", "fake-airdrop", "es",
         "Pattern: hijacked Spanish/LatAm exchange, fintech and football-club X accounts announcing a token "
         "airdrop with a lookalike claim page (2024-2025), the Spanish-language version of the takeovers "
         "reported after the Mandiant account hijack of Jan 2024",
         ["🪂 ¡AIRDROP OFICIAL! Para celebrar los 5 millones de usuarios en Latinoamérica repartimos 50.000.000 "
          "${tick} entre nuestra comunidad. Conectá tu wallet y reclamá antes de que se agote 👉 {url}",
          "Tokens asignados a todas las cuentas con actividad en 2024. Revisá si sos elegible: {url}\n\nTenés 48 h.",
          "hola comunidad!! ya se tomó el snapshot 📸 si tenías saldo en la app te tocan tokens gratis. "
          "se reclama acá {url} (no hace falta KYC)",
          "Comunicado: abrimos la segunda fase del airdrop de ${tick}. Solo las wallets conectadas antes del "
          "cierre reciben su asignación. {url} #Airdrop #Cripto",
          "⚠️ Últimas horas para reclamar tu airdrop ⚠️\nMás de 180.000 usuarios ya lo hicieron.\n{url}"],
         ("CriptoLatamApp", "BilleteraMX", "ClubAtleticoOficial", "FintechRioPlata", "PagoYaAR"),
         batch=B, when=("2024-06-01", "2026-01-31"),
         urls=["https://claim-{rand}.org/es", "https://airdrop-latam.app/{rand}", "https://bit.ly/{rand}",
               "https://recompensas-{rand}.com/claim"],
         fill={"tick": ["LATAM", "CLUB", "BILLE", "PAGO"]}),

    bait("c26-es-b2-recuperacion-fondos", "recovery", "es",
         "Pattern: 'recuperación de fondos' recovery-scam replies under Spanish-language posts of crypto-fraud "
         "victims, pushing a 'hacker ético' handle or a WhatsApp number (2024-2025; warned about by Spain's "
         "Policía Nacional and the CNMV)",
         ["@{reply} A mí me pasó lo mismo con una plataforma falsa, perdí 8.000 €. Contacté a {helper} y en 3 "
          "días me devolvieron todo. Escríbele, es de confianza 🙏",
          "@{reply} no pierdas tiempo con la poli. Hay expertos en blockchain que rastrean la wallet y recuperan "
          "los fondos. A mí me ayudó {helper}, mandale DM",
          "Si te estafaron con cripto, inversiones falsas o te vaciaron la wallet, NO está todo perdido. "
          "Recuperamos USDT, BTC y ETH. Resultados garantizados. WhatsApp +34 6{num} 📲",
          "@{reply} lamento mucho lo que te pasó 😔 busca a {helper} aquí en X, recuperó los 2,3 BTC que me "
          "robaron. Solo cobra si recuperas",
          "Gracias infinitas a {helper} 🙌🙌 pensé que mis 14.000 USDT estaban perdidos y hoy los tengo de "
          "vuelta. Si alguien necesita ayuda, contáctenlo"],
         ("marta_inversiones", "Carlos_R_88", "AnaLuciaTrading", "pedro_fx_es", "Luz_Cripto"),
         batch=B, when=("2024-01-01", "2026-03-31"),
         fill={"reply": ["estafado2024", "jorge_mtz", "paula_bcn", "lucho_ok"],
               "helper": ["@RecuperaCripto_Pro", "@HackerEtico_Dan", "@ForenseBlockchainES", "@Mr_Recovery_Alex"],
               "num": ["12 345 678", "48 201 937", "77 310 452"]}),

    bait("c26-es-b2-ca-token-libertario", "memecoin-ca", "es",
         "Follows the $LIBRA affair (Feb 2025: Argentina's president posted a Solana contract address that "
         "collapsed within hours) and the copycat contract-address posts from hijacked LatAm politician and "
         "football accounts that followed in 2025",
         ["Un proyecto privado para financiar emprendedores argentinos 🇦🇷 ${tick}\n\nCA: {pump}\n\nFuerza 🦁",
          "lanzamos el token oficial del club 💙💛 solo en Solana\n{pump}\ncomprá en {url} antes que lo listen",
          "${tick} ya está en Raydium 🚀\n\nEl único contrato oficial es este:\n{pump}\n\nCuidado con las copias",
          "no es consejo financiero pero yo ya entré 👀 {pump}",
          "Mañana anuncio algo grande. Hoy los que me siguen de verdad tienen la primicia:\n\n{pump}\n\n"
          "#Solana #memecoin"],
         ("DiputadoLibertad", "LaPulgaFanClub", "Concejal_Ramirez", "GolazoTV_ar", "AgusRiverOK"),
         batch=B, when=("2025-02-14", "2026-02-28"), urls=PUMP,
         fill={"tick": ["LIBRE", "TANGO", "PESO", "GAUCHO"]}),

    # ------------------------------------------------------------------ pt
    bait("c26-pt-b2-live-youtube-giveaway", "youtube-live", "pt",
         "Pattern: hijacked Brazilian YouTube channels renamed and streaming deepfake 'lives' (Elon Musk, "
         "Binance, 'Brasil adota Bitcoin') with an on-screen QR to a double-your-crypto page, promoted from "
         "hijacked X accounts (2024-2025)",
         ["🔴 AO VIVO AGORA: Elon Musk fala sobre Bitcoin no Brasil e faz evento de distribuição de 5.000 BTC "
          "pra comunidade brasileira. Corre que é por tempo limitado 👇\n{url}",
          "galera to assistindo a live agora, é real, mandei 0,05 e voltou 0,1 kkkkk {url}",
          "LIVE ESPECIAL 🇧🇷 Presidente do Banco Central + CZ falando de DREX e Bitcoin. Participe do sorteio "
          "pelo QR code que aparece na transmissão 📲 {url}",
          "Transmissão ao vivo começando!! Evento oficial de {event}. Escaneie o QR da tela e participe, cada "
          "carteira pode receber até 2x\n{url}",
          "Aviso rápido: o canal foi migrado pra cá. A live do giveaway continua rolando 👉 {url} 🔴"],
         ("CanalDoCriptoBR", "gamer_lucas_yt", "TeslaBrasilLive", "InvestNaPratica", "flavinha_vlogs"),
         batch=B, when=("2024-04-01", "2026-01-31"), urls=YT,
         fill={"event": ["10 anos da Binance no Brasil", "lançamento do Tesla Pay", "comemoração do ETF de Bitcoin"]}),

    bait("c26-pt-b2-pre-venda-token-craque", "fake-presale", "pt",
         "Pattern: hijacked accounts of Brazilian footballers, funk artists and influencers pushing a token "
         "'pré-venda' with a wallet to pay into or a presale site (2024-2025, as covered by Brazilian crypto "
         "press)",
         ["Tô entrando num projeto sério de verdade 🔥 Pré-venda do ${tick} aberta só hoje. 1 SOL = 25.000 tokens. "
          "Manda pra {sol} e recebe automático no lançamento",
          "PRÉ-VENDA LIBERADA 🚨🚨\nPrimeira fase com 40% de bônus\nListagem confirmada na {exch} semana que vem\n"
          "👉 {url}",
          "quem entrou cedo no PEPE sabe como é... ${tick} ainda tá em pré-venda, depois não adianta chorar\n{url}",
          "Meus fãs pediram e eu fiz. Meu token oficial tá em pré-venda, só pra quem me acompanha. Envie ETH ou "
          "USDT (ERC20) para\n{eth}\nMínimo 0,1 ETH. Os tokens caem na carteira no dia do lançamento 💚💛",
          "Fase 2 da pré-venda acaba em 6h ⏳ já foram 2,1M captados. Garante o seu: {url} #presale #cripto"],
         ("MC_Kevinho_Oficial", "Gabizinha10", "CraqueDoBrasileirao", "LeoSantosFut", "DJ_Marcelinho"),
         batch=B, when=("2024-05-01", "2026-02-28"),
         urls=["https://{rand}-presale.io", "https://pre-venda-{rand}.com.br", "https://linktr.ee/{rand}"],
         fill={"tick": ["GOLACO", "CRAQUE", "BRZUP", "FAVELA"], "exch": ["Binance", "Bybit", "OKX"]}),

    bait("c26-pt-b2-suporte-falso-corretora", "impersonation-support", "pt",
         "Pattern: fake 'Suporte' accounts impersonating Brazilian exchanges (Mercado Bitcoin, Binance Brasil, "
         "Foxbit) replying to customer complaints on X with a WhatsApp number or a 'formulário' that asks for "
         "login or seed phrase (2024-2025)",
         ["@{reply} Olá! Lamentamos o ocorrido com seu saque. Para agilizar, preencha o formulário de "
          "atendimento no link abaixo que nossa equipe resolve em até 24h: {url}",
          "@{reply} Oi, aqui é do suporte. Seu caso foi encaminhado pro setor técnico. Chama a gente no WhatsApp "
          "(11) 9{num} informando o e-mail da conta 📲",
          "@{reply} Boa tarde! Identificamos uma pendência de verificação na sua conta. Para liberar o saldo, "
          "sincronize sua carteira pelo portal seguro: {url}",
          "@{reply} Sentimos muito pelo transtorno 😕 Nos envie por DM o ID da conta e a frase de recuperação "
          "para validarmos a titularidade.",
          "@{reply} pix travado? isso acontece quando a conta não tá validada. abre um chamado aqui {url} que o "
          "atendente te responde rapidinho"],
         ("Suporte_MBitcoin", "BinanceBR_Ajuda", "FoxbitAtende", "SuporteCripto_BR", "Atendimento_MB"),
         batch=B, when=("2024-01-01", "2026-03-31"),
         urls=["https://atendimento-{rand}.com/form", "https://suporte-mb.help/{rand}", "https://forms.gle/{rand}"],
         fill={"reply": ["rafa_trader", "julianasilva", "thiagobtc", "dona_cris"],
               "num": ["8765-4321", "9123-0456", "7310-2284"]}),

    bait("c26-pt-b2-migracao-contrato-approve", "drainer-approval", "pt",
         "Pattern: hijacked DeFi/project accounts posting urgent 'migração de contrato' or 'revogue aprovações' "
         "notices that lead to a drainer asking for token approvals or Permit2 signatures (2024-2025, "
         "drainer-as-a-service kits)",
         ["⚠️ AVISO IMPORTANTE ⚠️\nDetectamos uma vulnerabilidade no contrato antigo. Todos os holders devem "
          "migrar para o novo contrato V2 nas próximas 48h. Conecte a carteira e aprove a migração: {url}",
          "Pessoal, por segurança revoguem as aprovações antigas pelo nosso revoke oficial 👉 {url} (é só "
          "conectar e assinar)",
          "Staking V2 no ar 🟢 Pra receber as recompensas acumuladas é preciso assinar a permissão (Permit) uma "
          "única vez. {url}",
          "tokens que não forem migrados até sexta serão congelados. não é brincadeira. {url}",
          "Atualização obrigatória: a ponte antiga foi desativada. Aprovem o novo contrato pra liberar seus "
          "fundos na rede Base → {url}"],
         ("BrasaSwapOficial", "DefiBrasil_xyz", "TucanoFinance", "SambaProtocol"),
         batch=B, when=("2024-03-01", "2026-02-28"),
         urls=["https://app-{rand}.finance/migrate", "https://revoke-{rand}.xyz", "https://{rand}.app/v2/stake"]),

    # ------------------------------------------------------------------ fr
    bait("c26-fr-b2-etf-approuve-faux", "fake-etf", "fr",
         "Pattern: fake spot-ETF approval posts (cf. the hijacked @SECGov post of Jan 2024 and the fake XRP trust "
         "filing of Nov 2023) in French, from hijacked French-language crypto-media accounts, some with a link "
         "to 'pre-buy' before the listing (2024-2025)",
         ["🚨 URGENT : la SEC vient d'approuver l'ETF XRP spot de BlackRock. Cotation prévue dès lundi. Plus "
          "d'infos 👇 {url}",
          "FLASH — L'AMF autorise le premier ETF Solana coté à Paris sur Euronext. Les détenteurs de SOL sont "
          "éligibles à un bonus de lancement : {url}",
          "C'est officiel. ETF #XRP approuvé. Le marché n'a pas encore réagi, vous avez quelques minutes "
          "d'avance 👀",
          "Euronext Paris accueillera l'ETF Bitcoin de {issuer} dès demain 🇫🇷 Précommande des parts ouverte "
          "aux particuliers (0,05 BTC min.) : envoyez vers {btc}",
          "ETF $SOL validé par la SEC ✅\n\nAllocation prioritaire pour nos abonnés → {url}\n\n#ETF #Solana #Crypto"],
         ("CryptoJournalFR", "LeBlockInfo", "BourseEtCrypto", "JDC_Actu", "Tonton_Satoshi"),
         batch=B, when=("2024-01-10", "2026-01-31"),
         urls=["https://etf-{rand}.fr/allocation", "https://bit.ly/{rand}", "https://euronext-etf.{rand}.com"],
         fill={"issuer": ["BlackRock", "Amundi", "Fidelity"]}),

    bait("c26-fr-b2-free-mint-artiste", "nft-drainer", "fr",
         "Pattern: hijacked X accounts of French-speaking NFT artists and studios posting a surprise 'free mint' "
         "that leads to a wallet drainer (2023-2025), like the hijacked Vitalik Buterin commemorative-NFT post "
         "of Sep 2023",
         ["Surprise pour ma communauté 🎨 une collection gratuite de 555 œuvres, le mint est ouvert maintenant, "
          "premier arrivé premier servi : {url}",
          "free mint ouvert pour les holders 🖤 ça part vite, plus que 120 dispo {url}",
          "Pour fêter les 3 ans du projet, on offre un NFT commémoratif à tous nos soutiens. Mint gratuit "
          "(seulement les frais de gas) 👉 {url}",
          "Désolé pour le silence ces derniers temps. Je reviens avec une édition spéciale en collab avec "
          "{collab}, mint gratuit pendant 2h seulement.\n{url}",
          "MINT LIVE 🔴 0 ETH. Connectez votre wallet. Pas de whitelist. {url}"],
         ("Camille_Pixel", "AtelierGenesis", "lucas.gen.art", "NFTParisStudio", "Margaux_3D"),
         batch=B, when=("2023-09-01", "2025-12-31"),
         urls=["https://mint-{rand}.art", "https://{rand}-free.xyz/mint", "https://opensea-drop.{rand}.io"],
         fill={"collab": ["Ledger", "OpenSea", "Pudgy Penguins"]}),

    bait("c26-fr-b2-validation-ledger", "wallet-validation", "fr",
         "Follows the phishing waves against Ledger customers since the 2020 customer-data leak (fake "
         "'synchronisation'/'validation' notices, incl. the paper letters reported in France in 2025) and "
         "MiCA-themed wallet 'verification' phishing, posted by impersonating or hijacked accounts",
         ["Clients Ledger : suite à une mise à jour de sécurité, chaque appareil doit être re-validé avant le "
          "{date}. Sans validation, l'accès à vos fonds sera restreint. {url}",
          "📢 Rappel : la synchronisation de votre wallet est obligatoire pour rester conforme à la réglementation "
          "MiCA. Procédure en 2 minutes : {url}",
          "Votre portefeuille n'a pas été vérifié. Saisissez votre phrase de récupération de 24 mots dans l'outil "
          "officiel pour éviter la suspension ➡️ {url}",
          "si vous avez reçu un courrier vous demandant de valider votre Ledger, c'est bien nous. Scannez le QR "
          "code ou passez par {url} (voir photo)",
          "MetaMask x MiCA 🇪🇺 : vérification des portefeuilles obligatoire pour les résidents français. Validez "
          "le vôtre ici : {url}"],
         ("Ledger_Assistance", "LedgerFR_Support", "MetaMaskFrance", "Securite_Wallet"),
         batch=B, when=("2024-01-01", "2026-03-31"),
         urls=["https://ledger-validation.{rand}.com", "https://synchro-{rand}.fr", "https://mica-verif-{rand}.eu"],
         fill={"date": ["15 mars", "30 juin", "1er octobre"]}),

    bait("c26-fr-b2-remboursement-victimes", "fake-refund", "fr",
         "Pattern: fake compensation/refund programmes for French-speaking victims of crypto scams and exchange "
         "hacks (posing as an AMF 'cellule d'indemnisation' or as Bybit after its Feb 2025 hack), asking for "
         "'frais de déblocage' or a wallet connection (2024-2025)",
         ["Victimes d'escroqueries aux cryptoactifs : un fonds d'indemnisation est ouvert. Déposez votre dossier "
          "avant la fin du mois : {url}",
          "@{reply} Bonjour, votre dossier de remboursement a été validé ✅ Pour débloquer les 12 480 USDT, "
          "merci de régler les frais de traitement (0,5 %) sur {trx} (TRC20).",
          "Suite à l'incident de sécurité, tous les utilisateurs impactés seront remboursés à 100 %. Connectez le "
          "portefeuille utilisé pour réclamer votre compensation : {url}",
          "Vous avez perdu de l'argent sur un faux site de trading ? Les fonds saisis par la justice sont en cours "
          "de restitution. Vérifiez votre éligibilité 👉 {url}",
          "@{reply} bonjour, c'est le service remboursement. il reste une étape : envoyez 0,02 ETH de frais "
          "réseau à {eth} et le virement part aujourd'hui."],
         ("AMF_Indemnisation", "Bybit_FR_Aide", "CelluleVictimesCrypto", "Service_Remboursement"),
         batch=B, when=("2024-02-01", "2026-02-28"),
         urls=["https://indemnisation-{rand}.fr", "https://remboursement-{rand}.com/dossier",
               "https://bybit-compensation.{rand}.io"],
         fill={"reply": ["jeanmi_78", "sandrine_l", "karim_btc", "nath_lyon"]}),

    # ------------------------------------------------------------------ de
    bait("c26-de-b2-fan-token-ankuendigung", "fake-announcement", "de",
         "Pattern: hijacked X accounts of German football clubs, broadcasters and brands posting a fake official "
         "token launch or partnership announcement with a claim or buy link (2024-2025)",
         ["+++ OFFIZIELL +++\nWir starten unseren eigenen Fan-Token auf Solana! Die ersten 10.000 Fans bekommen "
          "ihn gratis. Jetzt sichern 👉 {url}",
          "Wir freuen uns, unsere Partnerschaft mit {partner} bekanntzugeben 🤝 Zum Start gibt es für alle "
          "Mitglieder ein exklusives Token-Kontingent: {url}",
          "Ab heute könnt ihr bei uns mit ${tick} bezahlen. Der offizielle Contract: {pump}",
          "In eigener Sache: Unser Jubiläums-Token ist live. Und nein, das ist kein Fake 😄 Alle Infos unter {url}",
          "Liebe Fans, wie angekündigt ist der Stadion-Token jetzt verfügbar. Nur heute zum Startpreis. {url}"],
         ("SVNordstadt1904", "FC_Elbufer", "Sportsender24", "BrauhausMeyer", "KickerNews_Live"),
         batch=B, when=("2024-05-01", "2026-02-28"),
         urls=["https://fan-token-{rand}.de", "https://{rand}.claim-token.io", "https://bit.ly/{rand}"],
         fill={"partner": ["Coinbase", "Solana", "Bitpanda"], "tick": ["KICK", "ULTRA", "FANS"]}),

    bait("c26-de-b2-rueckholung-kanzlei", "recovery", "de",
         "Pattern: 'Krypto-Rückholung' recovery scams in German (fake lawyers, 'Kanzlei' and 'Blockchain-Forensik' "
         "firms promising to recover money lost to fake trading platforms; repeatedly warned about by BaFin and "
         "the Verbraucherzentralen, 2024-2025)",
         ["@{reply} Das tut mir sehr leid. Ich habe 2023 auch 23.000 € an eine Fake-Plattform verloren. "
          "{helper} hat mir geholfen, alles zurückzubekommen. Schreib einfach eine DM.",
          "Opfer von Krypto-Betrug? Unsere Kanzlei holt Ihr Geld zurück – auch Bitcoin, USDT und ETH. "
          "Erfolgsquote 94 %. Kostenlose Erstberatung: {url}",
          "@{reply} nicht aufgeben!! es gibt Blockchain-Forensiker die die Wallet zurückverfolgen. {helper} ist "
          "seriös, hab selbst 1,8 BTC wiederbekommen",
          "Ehrlich, ich dachte, das Geld ist weg. Dank {helper} habe ich heute meine 41.000 USDT zurück 🙏 "
          "Kann ich jedem empfehlen, der abgezockt wurde.",
          "@{reply} Polizei macht da leider nix. Versuchs bei {helper}, die arbeiten nur auf Erfolgsbasis."],
         ("Sabine_Invest", "Michael_K_1979", "Nina_Boerse", "tobi_crypto_de", "Heike_M"),
         batch=B, when=("2024-01-01", "2026-03-31"),
         urls=["https://kanzlei-{rand}.de/rueckholung", "https://krypto-rueckholung-{rand}.com"],
         fill={"reply": ["betrogen_2024", "stefan_hh", "jana_koeln", "markus_w"],
               "helper": ["@ForensikChain_DE", "@RA_Dr_Lenz", "@CryptoRecoveryMax", "@Wallet_Detektiv"]}),

    bait("c26-de-b2-ich-verdopple", "doubling", "de",
         "Pattern: hijacked German-language verified accounts (influencers, streamers, regional politicians) "
         "posting 'ich verdopple jede Einzahlung' BTC/ETH/SOL giveaways, 2024-2025",
         ["Ich hatte dieses Jahr viel Glück und möchte etwas zurückgeben ❤️ Jede BTC-Zahlung an die folgende "
          "Adresse verdopple ich in den nächsten 60 Minuten:\n\n{btc}",
          "kurze Aktion, nur heute: ihr schickt ETH an {eth}, ihr bekommt das Doppelte zurück. min 0,1 / max 10. "
          "kein Scherz",
          "Für alle, die fragen: ja, das ist echt. Hab schon an über 300 Leute ausgezahlt. Adresse nochmal: {btc}",
          "🚨 Weihnachtsaktion 🚨\n1.000 BTC für die Community. Sende zwischen 0,05 und 2 BTC → erhalte 2x zurück\n"
          "{btc}\nEndet um Mitternacht.",
          "Danke für 1 Mio Follower!! Ich verdopple eure SOL für eine Stunde 🙌 {sol}"],
         ("MaxiZockt", "LenaLifestyle", "Jonas_Streams", "Dr_Klaus_MdL", "FitnessFelix"),
         batch=B, when=("2024-02-01", "2026-01-31")),

    bait("c26-de-b2-wallet-verifizierung", "wallet-validation", "de",
         "Pattern: German 'Wallet-Verifizierung' / 'Pflicht-Synchronisierung' phishing citing MiCA or BaFin "
         "rules, impersonating MetaMask, Trezor or Bitpanda, posted from hijacked or lookalike accounts "
         "(2024-2025)",
         ["Wichtiger Hinweis: Gemäß der neuen EU-Verordnung (MiCA) müssen alle Wallets bis zum {date} verifiziert "
          "werden. Nicht verifizierte Wallets werden eingeschränkt. {url}",
          "Ihre Trezor-Firmware ist veraltet. Bitte synchronisieren Sie Ihr Gerät über unser Portal und bestätigen "
          "Sie Ihre Wiederherstellungsphrase: {url}",
          "Hallo zusammen, kurze Info: wer die Wallet-Validierung noch nicht gemacht hat, bitte bis Freitag "
          "erledigen. dauert 2 min 👉 {url}",
          "Sicherheitsupdate ✅ Nach dem Vorfall bei einem Drittanbieter bitten wir alle Nutzer, ihre Wallet neu zu "
          "verifizieren. Verlinkt ist die offizielle Seite: {url}",
          "@{reply} Ihre Wallet ist als „nicht verifiziert“ markiert, deshalb hängt die Auszahlung. Bitte hier "
          "validieren: {url}"],
         ("MetaMask_DE_Hilfe", "Trezor_Service_DE", "BitpandaHilfe", "WalletSicherheit"),
         batch=B, when=("2024-06-01", "2026-03-31"),
         urls=["https://wallet-verifizierung.{rand}.de", "https://mica-check-{rand}.eu", "https://trezor-sync.{rand}.io"],
         fill={"date": ["31.03.", "30.06.", "15. Oktober"], "reply": ["holger_btc", "lisa_k92", "andi_eth"]}),

    # ------------------------------------------------------------------ tr
    bait("c26-tr-b2-airdrop-hacklenmis-hesap", "fake-airdrop", "tr",
         "Pattern: hijacked verified Turkish accounts (actors, singers, football clubs) renamed to pose as "
         "exchanges or projects and posting 'airdrop' claim links, 2024-2025 (widely reported by Turkish media)",
         ["🎁 Türkiye'ye özel AIRDROP başladı! İlk 50.000 kullanıcıya ücretsiz ${tick} token. Cüzdanını bağla, "
          "hemen al 👉 {url}",
          "arkadaşlar bu gerçek, ben de aldım 😅 airdrop hâlâ açık {url}",
          "Takipçilerime sürpriz 🇹🇷 {exch} ile ortak airdrop etkinliği. Süre dolmadan katılın: {url}",
          "AIRDROP 2. TUR BAŞLADI 🔥\nUygun cüzdanlar: MetaMask, Trust, Phantom\nSon gün: bugün\n{url}",
          "Snapshot alındı ✅ Uygun olan herkes tokenlerini buradan talep edebilir: {url}\n#airdrop #kripto"],
         ("OyuncuSelinOfficial", "Kartal1903Taraftar", "SarkiciEmreK", "AnadoluSporKulubu", "Cem_Yildiz_TV"),
         batch=B, when=("2024-03-01", "2026-02-28"),
         urls=["https://airdrop-{rand}.com.tr", "https://claim-{rand}.app", "https://t.ly/{rand}"],
         fill={"tick": ["ANKA", "TRKC", "LIRA"], "exch": ["Binance TR", "OKX TR", "Bybit"]}),

    bait("c26-tr-b2-memecoin-ca-unlu", "memecoin-ca", "tr",
         "Pattern: hijacked Turkish celebrity and sports accounts posting a Solana pump.fun contract address "
         "('CA') for a name-themed memecoin, 2024-2025",
         ["Kendi coinimi çıkardım 🚀 sadece burada:\n{pump}",
          "${tick} resmi kontrat adresi 👇\n\n{pump}\n\nsahtelerine dikkat edin!!",
          "beyler şu an giren kazanır, piyasa daha görmedi 👀 CA: {pump}",
          "Türk halkının coini ${tick} 🇹🇷 Solana üzerinde. Almak için: {url}",
          "Dün soranlar için tekrar paylaşıyorum. CA ⬇️ {pump} #Solana #memecoin"],
         ("MuratBoz_Fan", "BasketbolcuArda", "KomedyenTolga", "DJ_Ece", "YoutuberBaris"),
         batch=B, when=("2024-05-01", "2026-03-31"), urls=PUMP,
         fill={"tick": ["KEBAP", "SIMIT", "BOZKURT", "CAY"]}),

    bait("c26-tr-b2-on-satis-token", "fake-presale", "tr",
         "Pattern: Turkish 'ön satış' (presale) token scams pushed from hijacked influencer accounts, promising a "
         "Binance listing and taking USDT (TRC20) or a presale-site payment (2024-2025)",
         ["ÖN SATIŞ BAŞLADI 🚀\n1 USDT = 40 ${tick}\nListeleme fiyatı: 0.10$\nKatılmak için: {url}",
          "Bu projeye ben de yatırım yaptım. Ön satışta kalan son %15, kaçırmayın. USDT (TRC20) gönderin: {trx}",
          "erken girenler x50 yapacak, ön satış cuma kapanıyor. detaylar bioda / {url}",
          "Değerli takipçilerim, uzun süredir hazırlandığımız projenin ön satışı açıldı. Minimum 100 USDT. Tokenler "
          "listelemeden önce cüzdanınıza gönderilecek.\n{url}",
          "⏳ Ön satış 3. aşama son 12 saat! Binance listelemesi onaylandı. {url}"],
         ("YatirimciHakan", "Borsaci_Deniz", "KriptoAbi", "Influencer_Melis", "Ekonomist_Sinan"),
         batch=B, when=("2024-04-01", "2026-02-28"),
         urls=["https://{rand}-onsatis.com", "https://presale-{rand}.io/tr", "https://linktr.ee/{rand}"],
         fill={"tick": ["ANKA", "TURAN", "KRIPTR"]}),

    bait("c26-tr-b2-sahte-destek-borsa", "impersonation-support", "tr",
         "Pattern: fake 'destek' accounts impersonating Turkish exchanges (BtcTurk, Paribu, Binance TR) replying to "
         "users' complaints, especially after the BtcTurk hot-wallet hacks of June 2024 and Aug 2025, asking for "
         "a WhatsApp contact, login or seed words",
         ["@{reply} Merhaba, yaşadığınız sorun için üzgünüz. Hesabınızın incelenmesi için lütfen destek formunu "
          "doldurun: {url}",
          "@{reply} Merhaba, çekim talebiniz güvenlik kontrolüne takılmış. WhatsApp destek hattımızdan (0{num}) "
          "bize ulaşırsanız hemen çözüyoruz.",
          "@{reply} Sayın kullanıcımız, varlıklarınızın güvende kalması için cüzdanınızı doğrulamanız "
          "gerekmektedir. Doğrulama linki: {url}",
          "@{reply} Merhaba 👋 DM'den hesap e-postanızı ve 12 kelimelik kurtarma ifadenizi iletirseniz ekibimiz "
          "bakiyenizi kontrol edecek.",
          "@{reply} selam, bu sorun birçok kullanıcıda var. destek talebinizi buradan açın, 15 dk içinde dönüş "
          "yapılıyor {url}"],
         ("BtcTurkDestek_", "ParibuYardim", "BinanceTR_Destek", "KriptoBorsaDestek"),
         batch=B, when=("2024-06-01", "2026-03-31"),
         urls=["https://destek-{rand}.com", "https://btcturk-yardim.{rand}.net", "https://forms.gle/{rand}"],
         fill={"reply": ["ahmet_34", "zeynep_k", "mert_trader", "ayse_btc"],
               "num": ["532 418 77 09", "555 204 61 38", "541 903 12 45"]}),

    # ------------------------------------------------------------------ ru
    bait("c26-ru-b2-drainer-migratsiya", "drainer-approval", "ru",
         "Pattern: hijacked project/KOL accounts in the Russian-speaking crypto scene posting urgent 'миграция', "
         "'revoke' or 'claim rewards' links that request token approvals or Permit signatures: the "
         "drainer-as-a-service model (Inferno, Angel, Pink drainers) sold on Russian-speaking forums, 2023-2025",
         ["❗️Важно: старый контракт скомпрометирован. Всем холдерам нужно мигрировать токены на V2 в течение "
          "24 часов. Подключите кошелёк и подтвердите approve: {url}",
          "ребят, кто не забрал награды за стейкинг — подпишите разрешение (permit) тут {url}, одна подпись и всё",
          "Обновление безопасности: отзовите старые разрешения через наш официальный инструмент 👉 {url}",
          "Токены, не перенесённые до пятницы, будут заморожены. Это не шутка. Инструкция и миграция: {url}",
          "Запустили бридж в сеть Base 🌉 Для переноса баланса нужно один раз одобрить контракт. Комиссия 0. {url}"],
         ("TonVaultRU", "DeFi_Vostok", "cryptokirill", "MoonSwapRu", "AlphaNodes_ru"),
         batch=B, when=("2023-10-01", "2025-12-31"),
         urls=["https://migrate-{rand}.xyz", "https://revoke-{rand}.app", "https://app.{rand}.finance/claim"]),

    bait("c26-ru-b2-kompensatsiya-birzha", "fake-refund", "ru",
         "Pattern: fake 'компенсация' refund schemes aimed at Russian-speaking users after the Garantex takedown "
         "(Mar 2025) and other exchange collapses, demanding a 'комиссия за разблокировку' or a wallet connection",
         ["Пользователям Garantex: открыт приём заявок на возврат замороженных средств. Заполните форму и "
          "подключите кошелёк для верификации: {url}",
          "@{reply} Здравствуйте! Ваша заявка на компенсацию одобрена ✅ Для вывода 8 450 USDT необходимо оплатить "
          "комиссию сети 45 USDT на {trx} (TRC20).",
          "Компенсация пострадавшим от мошенничества с криптовалютой. Выплаты до 100% суммы. Проверьте, есть ли вы "
          "в реестре: {url}",
          "если биржа заморозила вам средства после санкций — их можно вернуть. пишите в лс, помогаем официально",
          "Возврат средств клиентам 🔄 Все пострадавшие от взлома получат 100% компенсацию в USDT. Последний день "
          "подачи заявки — завтра. {url}"],
         ("Garantex_Vozvrat", "CompensaciaCrypto", "FondZashityInvestorov", "Vozvrat_USDT"),
         batch=B, when=("2025-03-07", "2026-03-31"),
         urls=["https://vozvrat-{rand}.ru", "https://garantex-refund.{rand}.com", "https://t.me/{rand}"],
         fill={"reply": ["dmitry_k", "olga_spb", "sergey_btc", "anna_msk"]}),

    bait("c26-ru-b2-stream-durov-ton", "youtube-live", "ru",
         "Pattern: hijacked Russian-language YouTube channels streaming deepfake 'Павел Дуров' / TON giveaway "
         "lives (esp. around Durov's arrest in Aug 2024), promoted by hijacked X accounts",
         ["🔴 ПРЯМОЙ ЭФИР: Павел Дуров впервые после освобождения. Раздача 10 000 000 TON для сообщества. "
          "Смотреть: {url}",
          "Дуров сейчас в эфире, отправил 50 TON — пришло 100 😳 кто не верит, заходите сами {url}",
          "Прямая трансляция TON Foundation 💎 Сканируйте QR-код в эфире и получите x2 на ваш TON. Только пока "
          "идёт стрим. {url}",
          "Илон Маск и Дуров в совместном стриме про крипту, там ещё ивент с раздачей BTC. Успевайте 👉 {url}",
          "стрим уже идет!! {url} #TON #Durov"],
         ("TON_Novosti", "KriptoIgor", "Telegram_Insider_RU", "Maxim_Blog", "BlockchainTV_ru"),
         batch=B, when=("2024-08-25", "2025-12-31"), urls=YT),

    bait("c26-ru-b2-anons-token-telegram", "fake-announcement", "ru",
         "Pattern: fake 'official' announcements from hijacked Russian-speaking crypto-media and project accounts "
         "('Telegram launches its own token', fake Hamster Kombat / Notcoin listing dates) with a link to claim "
         "or buy, 2024-2025",
         ["⚡️ОФИЦИАЛЬНО: Telegram запускает собственный токен на блокчейне TON. Пользователи Premium получат "
          "аллокацию первыми. Подробности: {url}",
          "Срочно! Листинг {proj} перенесли на завтра. Успейте заклеймить токены до снапшота: {url}",
          "Мы рады объявить о партнёрстве с {partner}. Всем подписчикам бонус в USDT при подключении кошелька. {url}",
          "АНОНС 📣 Наш токен выходит на {exch} уже сегодня в 15:00 МСК. Контракт: {eth}",
          "это не фейк, инфа из команды. подробности по ссылке {url}"],
         ("ForkLog_News_", "KriptoVestnik", "Hamster_Info_RU", "TonCommunityRU", "Bits_Media_Live"),
         batch=B, when=("2024-05-01", "2026-02-28"),
         urls=["https://ton-{rand}.org/claim", "https://t.me/{rand}", "https://{rand}.app/allocation"],
         fill={"proj": ["Hamster Kombat", "Notcoin", "Blum"], "partner": ["Telegram", "TON Foundation", "Tether"],
               "exch": ["Binance", "Bybit", "OKX"]}),

    # ------------------------------------------------------------------ ja
    bait("c26-ja-b2-free-mint-nft", "nft-drainer", "ja",
         "Pattern: hijacked X accounts of Japanese NFT creators and generative-collection projects posting a "
         "surprise 'フリーミント' link that leads to a wallet drainer, 2023-2025",
         ["【お知らせ】日頃の感謝を込めて、ホルダー様限定のフリーミントを本日開催します🎉 先着順なのでお早めに！\n{url}",
          "サプライズです！新コレクション333点、ガス代のみでミントできます🙏 {url}",
          "フリミ開始してます〜 残りわずか！ {url}",
          "3周年記念NFTを全員にプレゼント🎁 ウォレットを接続してClaimしてください。\n{url}\n#NFT #フリーミント",
          "運営からのご案内：コラボ記念のジェネラティブNFTを無料配布中です。AL不要・先着1000名様。{url}"],
         ("yuki_nft_art", "NeoTokyoPixel", "sakura_gen", "CNP_fan_daisuke", "NFTStudioKyoto"),
         batch=B, when=("2023-06-01", "2025-12-31"),
         urls=["https://mint-{rand}.xyz", "https://{rand}-nft.jp/free", "https://opensea-mint.{rand}.io"]),

    bait("c26-ja-b2-etf-shounin-sokuhou", "fake-etf", "ja",
         "Pattern: fake crypto-ETF approval posts in Japanese (exploiting the FSA's 2025 review of crypto ETFs and "
         "echoing the fake @SECGov approval post of Jan 2024), from hijacked Japanese finance-media or influencer "
         "accounts, some with a 'pre-buy' link or a send-BTC bonus",
         ["【速報】金融庁、ビットコイン現物ETFを正式承認。来月より東証に上場へ。詳細はこちら👇 {url}",
          "速報🚨 SECがXRP現物ETFを承認しました。まだ価格に反映されていません。",
          "ついにソラナETF承認✨ 上場前の先行購入枠はこちらから（数量限定）{url}",
          "ETF承認記念キャンペーン🎉 BTCを送金いただいた方全員に2倍のボーナスを付与します。\n送金先：{btc}",
          "東証でのETF取扱い開始に伴い、NISA口座での暗号資産ETF購入の事前登録を受付中です。{url}"],
         ("CoinNews_JP", "Kabu_Sokuhou", "toushi_kenta", "CryptoTimesJP_", "MoneyLab_JP"),
         batch=B, when=("2024-01-10", "2026-02-28"),
         urls=["https://etf-{rand}.jp/entry", "https://bit.ly/{rand}", "https://nisa-crypto.{rand}.com"]),

    bait("c26-ja-b2-memecoin-ca", "memecoin-ca", "ja",
         "Pattern: hijacked Japanese influencer, VTuber and celebrity accounts posting a Solana pump.fun contract "
         "address for a themed memecoin, 2024-2025",
         ["自分のミームコイン作ってみた😂\n{pump}",
          "${tick} 公式CAはこちらです。偽物に注意してください。\n\n{pump}",
          "これ絶対来る。まだ時価総額低いうちに👀 CA: {pump}",
          "ファンの皆さんから要望が多かった公式コインを発行しました🇯🇵 購入はこちら {url}",
          "昨日の件、CA貼っておきます {pump} #Solana #ミームコイン"],
         ("vtuber_mikan", "GeininTaro", "idol_rina_official", "gamer_shun", "Shacho_Kenji"),
         batch=B, when=("2024-04-01", "2026-03-31"), urls=PUMP,
         fill={"tick": ["NEKO", "SUSHI", "MIKAN", "ONIGIRI"]}),

    bait("c26-ja-b2-sagi-support-koza-ikan", "impersonation-support", "ja",
         "Pattern: fake support accounts impersonating Japanese exchanges (DMM Bitcoin after its May 2024 hack and "
         "the 2025 account transfer to SBI VC Trade, bitFlyer, Coincheck), replying to users with 'procedure' "
         "links or LINE IDs",
         ["@{reply} お問い合わせありがとうございます。口座移管の手続きが未完了となっております。こちらのフォームより"
          "本人確認をお願いいたします。{url}",
          "@{reply} ご不便をおかけしております。出金保留の件につきましては、LINEサポート（ID: {lineid}）までご連絡"
          "ください。",
          "@{reply} サポートセンターです。資産保護のため、ウォレットの復元フレーズ（12単語）をDMでお送りいただけます"
          "でしょうか。",
          "@{reply} 大変申し訳ございません。システム障害の影響を受けたお客様は、以下より補償申請が可能です。{url}",
          "@{reply} こんにちは、カスタマーサポートです。アカウント認証が未完了のため取引が制限されています。"
          "認証はこちら→ {url}"],
         ("DMMBitcoin_Support", "bitFlyer_Help_JP", "Coincheck_Sapo", "SBIVC_Ikan_Madoguchi"),
         batch=B, when=("2024-06-01", "2026-03-31"),
         urls=["https://dmm-ikan.{rand}.com/form", "https://support-{rand}.jp", "https://forms.gle/{rand}"],
         fill={"reply": ["tanaka_btc", "yuka0815", "kazu_invest", "momo_crypto"],
               "lineid": ["@dmm-support01", "@coin_help_jp", "support.bf2025"]}),
]
