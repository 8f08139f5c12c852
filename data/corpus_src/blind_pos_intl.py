"""Blind test set (batch 3, never trained on): non-English scam-bait (label 1) families.

Four families per language (es, pt, fr, de, tr, ru, ja), four different bait kinds per language and all 13
bait kinds across the module. Written natively in each language from real-world patterns seen in that
language community; written blind (no other corpus data or detector seen).
"""
from .pools import HIJACK_SRC, PUMP, YT, bait, ben  # noqa: F401

_B = 3

FAMILIES = [
    # ------------------------------------------------------------------ es
    bait("b26-es-devuelvo-doble-btc", "doubling", "es",
         "Spanish-language copies of the 2020 Twitter-hack 'send BTC, I'll send back double' bait on hijacked "
         "verified LatAm accounts (media, footballers, streamers), 2021-2024",
         ["Hoy cumplo 10 años en esta red y quiero devolverles todo el cariño 🙏 Durante la próxima hora, todo "
          "el BTC que me envíen a esta dirección se los devuelvo al DOBLE. Si mandan 0.05, reciben 0.1.\n\n"
          "{btc}\n\nSolo 60 minutos. Va en serio.",
          "che no lo van a creer pero estoy devolviendo el doble de todo lo que me manden en bitcoin por la "
          "próxima media hora, es para agradecer a la comunidad 🙌 {btc} dale que se cierra",
          "@{victim} sí, es real jaja ya le devolví a más de 200 personas. La dirección sigue abierta un rato "
          "más: {btc}",
          "COMUNICADO | Con motivo de nuestro aniversario, la dirección de este medio ha decidido apoyar a la "
          "comunidad cripto: cada aporte en BTC recibido en la siguiente billetera será reembolsado por "
          "duplicado.\n{btc}\nPromoción válida hasta las 20:00 (hora CDMX).",
          "🔥 SOLO HOY 🔥\n{pair}\nMínimo 0.01 BTC. Envíos a 👉 {btc_p2pkh}\nLo que llegue después del cierre "
          "no se devuelve."],
         ("RadioLaVozMX", "FutboleroOficial10", "NoticiasAndinas24", "ElChamoStreams", "DraCamilaVet",
          "RevistaTendencia_AR"),
         batch=_B, when=("2021-03-01", "2024-10-31"),
         fill={"victim": ["marianaglz_", "pablito_rdz", "JuanCaVe", "lucia_m_88", "tonoperez"],
               "pair": ["0.1 BTC ➡️ 0.2 BTC\n0.5 BTC ➡️ 1 BTC", "0.05 ➡️ 0.1 BTC | 0.25 ➡️ 0.5 BTC | 1 ➡️ 2 BTC",
                        "Mandás 0.2, te vuelven 0.4. Mandás 1, te vuelven 2."]}),

    bait("b26-es-airdrop-reclamar", "fake-airdrop", "es",
         "Mandiant Jan 2024-style account takeover posting a fake token airdrop claim link; Spanish-language "
         "variant seen on hijacked LatAm fintech, exchange and crypto-media accounts, 2023-2025",
         ["🪂 ¡El airdrop ya está activo! Todos los usuarios que interactuaron con la red antes del snapshot "
          "pueden reclamar sus tokens aquí 👉 {url}\nLas asignaciones no reclamadas se queman en 48 h.",
          "Lo prometido es deuda. Snapshot hecho ✅ Conectá tu wallet y fijate cuánto te toca: {url}",
          "Hola comunidad hispana 🇪🇸🇲🇽🇦🇷🇨🇴 Abrimos la fase 2 del reparto de {tkr}. Esta vez entran también "
          "quienes usaron la app en 2024. Revisa tu elegibilidad en {url}",
          "ÚLTIMO AVISO: quedan menos de 6 horas para reclamar el airdrop. Después de eso no hay reclamos ni "
          "excepciones.\n{url}",
          "¿No te llegó tu asignación de {tkr}? Algunos usuarios tenían la wallet sin vincular. Verificalo "
          "acá y recibila al instante: {url}"],
         ("BilleteraLatam", "CriptoNoticiasHoy", "PagosYa_Oficial", "ExchangeAndino", "DeFiEnEspanol"),
         batch=_B, when=("2023-06-01", "2025-09-30"),
         urls=["https://claim-{rand}.airdrop-latam.xyz", "https://reclamar-tokens.app/{rand}",
               "https://app-{rand}.drop-claim.io/es"],
         fill={"tkr": ["$LATAM", "$PESO", "$ANDES", "$PAGO"]}),

    bait("b26-es-memecoin-ca-politico", "memecoin-ca", "es",
         "Javier Milei's $LIBRA post of Feb 2025 (a head of state posting a Solana contract address) and the "
         "hijacked Spanish-language politician, singer and footballer accounts posting pump.fun CAs, 2024-2025",
         ["El mundo mira a nuestro país y hoy damos un paso histórico 🦁 Lanzamos {tkr}, el token que va a "
          "financiar a pymes y emprendedores locales.\n\nContrato: {pump}\n\nLa libertad también es "
          "financiera.",
          "Mi token oficial ya está en Solana ⚽🔥 {tkr}\n{pump}\nGracias por el aguante de siempre, esto es "
          "para ustedes",
          "CA 👇\n{pump}",
          "@{victim} es este, no caigan en los falsos que andan circulando: {pump}",
          "Para mis fans 💜 lanzamos {tkr}, la moneda oficial de la gira. Cómprenla antes de que despegue "
          "{url}"],
         ("DiputadaRuizOK", "SenadorValdesAR", "ElPibeDelGol9", "LaVozDeMaite", "IntendenteLozano"),
         batch=_B, when=("2024-03-01", "2025-08-31"), urls=PUMP,
         fill={"tkr": ["$PATRIA", "$CONDOR", "$TANGO", "$COPA", "$AGUANTE"],
               "victim": ["gaby_trader", "martinlopezz", "solelaboral", "nico_sol_ar"]}),

    bait("b26-es-recuperacion-fondos", "recovery", "es",
         "Spanish-language 'recuperación de criptomonedas' recovery scams replying to fraud victims (fake "
         "hackers, fake despachos de abogados, fake cybercrime units); CNMV and Policía Nacional warnings "
         "2022-2025",
         ["@{victim} ¿Te estafaron con cripto? Nosotros recuperamos fondos perdidos en plataformas falsas. "
          "Más de 300 casos resueltos este año. Escríbenos por WhatsApp: {url}",
          "Pensé que nunca iba a volver a ver mis USDT después del hackeo 😭 Contacté a este equipo de "
          "recuperación y en 72 horas tenía todo de vuelta. Se los recomiendo 100%: {url}",
          "DESPACHO ESPECIALIZADO EN RECUPERACIÓN DE ACTIVOS DIGITALES\n✔️ Binance ✔️ MetaMask ✔️ Trust "
          "Wallet ✔️ brokers fraudulentos\nConsulta gratuita, confidencial 👉 {url}",
          "si perdiste acceso a tu wallet o te vaciaron la cuenta no te rindas, se puede rastrear la "
          "transacción y recuperar. mandame md o entrá acá {url}",
          "Unidad de Rastreo de Criptoactivos | Si fuiste víctima de una inversión fraudulenta, registra tu "
          "caso antes del cierre del expediente para solicitar la devolución de los fondos: {url}"],
         ("RecuperaTuCripto", "AbogadosCriptoES", "hacker_etico_mx", "Rastreo_Blockchain", "valeria_inversora"),
         batch=_B, when=("2022-01-01", "2025-10-31"),
         urls=["https://wa.link/{rand}", "https://recupera-fondos-{rand}.com", "https://t.me/recuperacion_{rand}",
               "https://despacho-{rand}.legal/caso"],
         fill={"victim": ["carlosm_ve", "anita_rmz", "JoseLuisTrader", "fercho_cl", "ma_isabel77"]}),

    # ------------------------------------------------------------------ pt
    bait("b26-pt-suporte-falso", "impersonation-support", "pt",
         "Fake 'suporte' accounts impersonating exchanges and wallets (Binance, Mercado Bitcoin, MetaMask) "
         "replying to Brazilian users' complaints on X with phishing forms, 2022-2025",
         ["@{victim} Olá! Sentimos muito pelo transtorno 😔 Para agilizar a resolução do seu caso, preencha o "
          "formulário do nosso suporte oficial: {url}\nAtenciosamente, Equipe de Atendimento.",
          "@{victim} Oi, tudo bem? Vimos sua reclamação. Seu saque ficou retido por falha na sincronização da "
          "carteira. Fale com um atendente agora: {url}",
          "@{victim} Bom dia. Seu problema pode ser resolvido em poucos minutos, é só abrir um chamado aqui 👉 "
          "{url} (lembre-se: nunca compartilhe sua senha)",
          "@{victim} Prezado cliente, identificamos uma inconsistência na sua conta. Por segurança, acesse o "
          "canal de verificação e siga as instruções: {url}",
          "@{victim} mano o suporte deles é lento mesmo, fala direto nesse atendimento aqui que resolveram o "
          "meu em 10 min {url}"],
         ("Suporte_BinanceBR", "AtendimentoMB_Ajuda", "MetaMaskSuporteBR", "CentralCriptoAjuda", "lucas_ajuda_cripto"),
         batch=_B, when=("2022-02-01", "2025-10-31"),
         urls=["https://suporte-{rand}.help/ticket", "https://atendimento-{rand}.com.br-chamado.site",
               "https://forms-{rand}.app/suporte", "https://wa.link/{rand}"],
         fill={"victim": ["rafa_silva92", "jujucosta", "thiagoinveste", "camila_rj_", "douglasbtc"]}),

    bait("b26-pt-prevenda-token", "fake-presale", "pt",
         "Hijacked Brazilian influencer and footballer accounts announcing a token 'pré-venda' paid by sending "
         "SOL or USDT to a wallet, copying the 2024 Solana presale-by-wallet memecoins",
         ["🚨 PRÉ-VENDA ABERTA 🚨\nMeu token oficial chegou! Quer entrar antes da listagem? Envie SOL para a "
          "carteira abaixo e receba os tokens automaticamente.\n\n{sol}\n\nMínimo 0,5 SOL | Máximo 50 SOL",
          "galera, a pré-venda do {tkr} tá rolando só por mais 3 horas. manda SOL pra {sol} e os tokens caem "
          "na sua carteira depois do lançamento 🚀🇧🇷",
          "Fio 🧵 Depois de um ano trabalhando nisso em silêncio, posso contar: estou lançando {tkr}, um "
          "projeto pra apoiar o futebol de base no Brasil ⚽ Quem acreditar agora entra no preço de "
          "pré-venda: {sol}",
          "Quem entrar na pré-venda ganha 30% de bônus 🎁 Só enviar USDT (rede TRC20) para: {trx}",
          "Pré-venda esgotando 🔥 85% vendido. Último lote antes de subir o preço: {url}"],
         ("GabiFitOficial", "Neto10Oficial", "CanalDoZeInveste", "LeoMc_oficial", "BrunaViagens"),
         batch=_B, when=("2024-03-01", "2025-09-30"),
         urls=["https://presale-{rand}.xyz/br", "https://prevenda-{rand}.app"],
         fill={"tkr": ["$CRAQUE", "$BRASA", "$GOLAÇO", "$SAMBA"]}),

    bait("b26-pt-live-youtube", "youtube-live", "pt",
         "Hijacked Brazilian YouTube channels renamed to pose as a brand or celebrity, streaming deepfake "
         "'ao vivo' crypto giveaways promoted from hijacked X accounts, 2022-2025",
         ["🔴 AO VIVO AGORA: evento especial de distribuição de Bitcoin! Entre na live e participe antes que "
          "acabe 👇 {url}",
          "Estamos ao vivo no YouTube com uma surpresa pra comunidade brasileira 🇧🇷 Só quem estiver "
          "assistindo consegue participar. {url}",
          "LIVE ROLANDO 🔴 {person} falando sobre o futuro das criptos + distribuição de 5.000 ETH pros "
          "espectadores. Corre! {url}",
          "corre na live q tá pagando mesmo, mandei 0,01 e voltou 0,02 kkkkk {url}",
          "Transmissão oficial: Conferência Cripto Brasil 2025. O QR code de participação aparece na tela "
          "durante a palestra. {url}"],
         ("CanalTechNews_BR", "PodcastDoInvestidor", "tesIa_brasil_live", "GamerDoNordeste", "EconomiaAgoraTV"),
         batch=_B, when=("2022-05-01", "2025-10-31"), urls=YT,
         fill={"person": ["Elon Musk", "Michael Saylor", "CZ da Binance", "Vitalik Buterin"]}),

    bait("b26-pt-ressarcimento", "fake-refund", "pt",
         "Fake 'ressarcimento/restituição' posts targeting victims of Brazilian crypto collapses (Atlas Quantum "
         "2019, GAS Consultoria 2021, Braiscompany 2023) and FTX, asking to connect a wallet or pay a fee to "
         "release the refund, 2022-2025",
         ["📢 COMUNICADO AOS CLIENTES\nOs valores bloqueados serão devolvidos aos investidores cadastrados. "
          "Consulte seu saldo e solicite o ressarcimento pelo portal: {url}\nPrazo: 72h.",
          "Vítimas da {caso}: foi liberado o processo de restituição. Conecte a carteira usada nos depósitos "
          "para comprovar a titularidade: {url}",
          "Boa notícia pra quem perdeu dinheiro na {caso} 🙏 a devolução já começou, recebi a minha ontem. É "
          "só preencher aqui: {url}",
          "Restituição aprovada ✅ Para liberar o valor é necessário pagar a taxa administrativa de 0,02 ETH "
          "para {eth}. Após a confirmação, o reembolso cai em até 24h.",
          "reembolso liberado hj, quem tinha saldo lá corre {url}"],
         ("PortalDoInvestidorBR", "AdvCriptoSP", "comissao_vitimas", "ana_paula_invest", "NoticiasCriptoBR"),
         batch=_B, when=("2022-06-01", "2025-10-31"),
         urls=["https://ressarcimento-{rand}.com/consulta", "https://restituicao-{rand}.online",
               "https://portal-{rand}.gov-br.site/reembolso"],
         fill={"caso": ["Braiscompany", "GAS Consultoria", "Atlas Quantum", "FTX"]}),

    # ------------------------------------------------------------------ fr
    bait("b26-fr-mint-nft-gratuit", "nft-drainer", "fr",
         "Vitalik Buterin's hijacked account, Sept 2023 (free commemorative NFT mint leading to a drainer), "
         "and French-language copies on hijacked French artists', festivals' and media accounts, 2022-2024",
         ["Pour fêter nos 10 ans, on offre une collection NFT commémorative à toute la communauté 🎨 Mint "
          "gratuit, quantité limitée : {url}",
          "Le mint est ouvert ✨ 2 222 pièces seulement, gratuit (juste les frais de gas). Premier arrivé, "
          "premier servi → {url}",
          "J'ai enfin sorti ma première collection d'œuvres on-chain. Les 500 premiers mints sont offerts, "
          "merci d'avoir suivi mon travail toutes ces années ❤️\n{url}",
          "FREE MINT 🔓 dernière heure ! Connectez votre wallet et récupérez votre NFT avant la fermeture "
          "{url}",
          "Petit cadeau pour nos abonnés : un NFT exclusif qui donne accès à nos concerts en avant-première. "
          "À réclamer ici, c'est gratuit : {url}"],
         ("AtelierMargaux", "FestivalDesLumieres", "LeJournalDuMetaverse", "clement_illustre", "Galerie_Rive_Gauche"),
         batch=_B, when=("2022-03-01", "2024-12-31"),
         urls=["https://mint-{rand}.xyz", "https://{rand}-nft.art/mint", "https://opensea-mint-{rand}.io"]),

    bait("b26-fr-annonce-jeton-officiel", "fake-announcement", "fr",
         "Hijacked official French-language accounts (clubs, media, public bodies) announcing a fake token "
         "launch or partnership with a link, 2023-2025 pattern",
         ["📣 ANNONCE OFFICIELLE\nNous sommes fiers de lancer notre jeton officiel sur Ethereum, en "
          "partenariat avec {partner}. Les détenteurs bénéficieront d'avantages exclusifs. Plus d'infos : "
          "{url}",
          "C'est officiel 🤝 {partner} x nous. Pour célébrer ce partenariat, 1 000 000 de tokens sont "
          "distribués aux supporters. Détails 👉 {url}",
          "Communiqué : dans le cadre de notre transition vers la blockchain, tous les abonnés peuvent "
          "désormais réclamer leur jeton de fidélité. Opération valable jusqu'à dimanche minuit. {url}",
          "On a une grosse nouvelle à vous partager… 👀 Notre jeton arrive MAINTENANT. Foncez sur {url} #Web3",
          "Allez ! 💙 Le fan token officiel du club est disponible. Les 10 000 premiers supporters reçoivent "
          "un bonus de bienvenue. {url}"],
         ("FC_Armorique", "LeQuotidienEco", "RadioAzurFM", "VilleDeSaintJulien", "Olympique_Provence"),
         batch=_B, when=("2023-01-01", "2025-10-31"),
         urls=["https://token-{rand}.fr-officiel.com", "https://{rand}.claim-jeton.xyz",
               "https://launch-{rand}.app/fr"],
         fill={"partner": ["Binance", "Coinbase", "Ledger", "la Banque de France", "Ubisoft"]}),

    bait("b26-fr-memecoin-ca", "memecoin-ca", "fr",
         "Central African Republic president Touadéra's $CAR memecoin post, Feb 2025 (a French-speaking head of "
         "state posting a Solana CA), and French-speaking celebrity and hijacked accounts posting pump.fun CAs, "
         "2024-2025",
         ["Aujourd'hui, notre nation entre dans l'histoire numérique 🌍 Lancement du mème officiel {tkr}, pour "
          "soutenir le développement et l'unité du pays.\nAdresse du contrat : {pump}",
          "le seul CA officiel c'est celui-là, méfiez-vous des copies 👇\n{pump}",
          "j'ai lancé mon propre coin mdr {tkr} sur pump, let's go 🚀 {pump}",
          "{tkr} est en ligne ✅\nCA : {pump}\nChart : {url}\nNe ratez pas le départ.",
          "Une expérience. Un mème. Un peuple. {tkr}\n\n{pump}"],
         ("PresidenceOfficielle_", "MinistreNumerique", "RappeurKaza", "InfluenceuseLea", "Tonton_Streamer"),
         batch=_B, when=("2024-04-01", "2025-08-31"), urls=PUMP,
         fill={"tkr": ["$AFRIK", "$COQ", "$BAGUETTE", "$GAULOIS", "$SAVANE"]}),

    bait("b26-fr-validation-portefeuille", "wallet-validation", "fr",
         "French-language 'validez / synchronisez votre portefeuille' phishing from hijacked or impersonated "
         "wallet-brand accounts (Ledger data-leak follow-ups 2020-2023, MetaMask 'KYC' and MiCA scare notices "
         "2024-2025)",
         ["⚠️ Mise à jour de sécurité obligatoire : tous les portefeuilles non vérifiés seront suspendus le 30 "
          "du mois. Validez votre wallet en 2 minutes : {url}",
          "Chers utilisateurs, en raison de la nouvelle réglementation européenne (MiCA), une vérification de "
          "votre portefeuille est désormais requise. Procédure : {url}",
          "Si vos transactions restent bloquées en « pending », resynchronisez votre wallet avec notre outil "
          "officiel en saisissant votre phrase de récupération : {url}",
          "@{victim} bonjour, votre portefeuille n'est pas encore validé, c'est pour ça que le retrait ne "
          "passe pas. Faites la validation ici puis réessayez : {url}",
          "RAPPEL : les appareils non activés ne seront plus compatibles avec Ledger Live après vendredi. "
          "Activez le vôtre dès maintenant → {url}"],
         ("LedgerSupport_FR", "MetaMask_Aide", "PortefeuilleSecu", "WalletConnectFR", "Assistance_Crypto_FR"),
         batch=_B, when=("2021-01-01", "2025-10-31"),
         urls=["https://validation-{rand}.wallet-fr.com", "https://ledger-activation-{rand}.com",
               "https://sync-{rand}.dapp-verify.io"],
         fill={"victim": ["julien_b", "sarah_lyon", "thomasdlc", "manon_crypto", "Kevin_R_75"]}),

    # ------------------------------------------------------------------ de
    bait("b26-de-etf-zulassung", "fake-etf", "de",
         "SEC X account takeover of 9 Jan 2024 (false spot-Bitcoin ETF approval) and German-language copies on "
         "hijacked finance accounts pushing an 'ETF-Token' or pre-registration link, 2024-2025",
         ["EILMELDUNG: Die BaFin hat soeben den ersten Spot-{asset}-ETF für Privatanleger in Deutschland "
          "genehmigt. Frühzeichner erhalten einen Bonus in Form von ETF-Token: {url}",
          "Es ist offiziell ✅ Der {asset}-ETF ist zugelassen. Zur Feier verteilen wir 10.000 Anteils-Token an "
          "unsere Community. Hier sichern 👉 {url}",
          "Breaking: SEC genehmigt {asset}-ETF 🚀 Wer jetzt den passenden $ETFX-Token hält, bekommt "
          "bevorzugten Zugang zum Fonds. Vertrag: {eth}",
          "Liebe Anlegerinnen und Anleger, die Zulassung des {asset}-ETF ist durch. Registrieren Sie sich bis "
          "Freitag für die Erstzuteilung – limitiert auf 5.000 Plätze. {url}",
          "ETF durch!!! wer noch nicht drin ist: jetzt oder nie {url}"],
         ("FinanzTicker_DE", "BoersenBriefOnline", "AnlegerNews24", "DerKryptoAnalyst", "WirtschaftAktuellTV"),
         batch=_B, when=("2024-01-09", "2025-10-31"),
         urls=["https://etf-{rand}.de-zeichnung.com", "https://{rand}.etf-claim.net",
               "https://zuteilung-{rand}.info"],
         fill={"asset": ["Solana", "XRP", "Ether", "Bitcoin"]}),

    bait("b26-de-rueckholung", "recovery", "de",
         "German-language 'Krypto zurückholen' recovery scams (fake lawyers, fake blockchain forensics "
         "'Cyber-Detektive') replying to fraud victims; BaFin and Verbraucherzentrale warnings 2022-2025",
         ["@{victim} Leider sind Sie kein Einzelfall. Unsere Kanzlei hat sich auf die Rückholung von "
          "Kryptowährungen spezialisiert – Erfolgsquote über 90 %. Kostenlose Erstberatung: {url}",
          "Betrogen worden? 😔 Verlorene BTC, USDT oder ETH lassen sich in vielen Fällen zurückverfolgen. "
          "Zertifizierte Blockchain-Forensiker, diskret & schnell. {url}",
          "Ich hab echt nicht dran geglaubt, aber die haben meine 14.000 € von der Fake-Plattform "
          "zurückgeholt. Wer auch betroffen ist, meldet euch bei denen: {url}",
          "Hinweis für Geschädigte von Anlagebetrug: Derzeit läuft ein Sammelverfahren zur Rückerstattung. "
          "Fall registrieren, solange die Frist läuft: {url}",
          "Wallet gehackt? Konto leergeräumt? Nicht aufgeben. Schreib uns auf Telegram, wir holen dein Geld "
          "zurück 💪 {url}"],
         ("KanzleiKryptoRecht", "CyberDetektivDE", "Blockchain_Forensik", "sabine_mueller_78", "RueckholungJetzt"),
         batch=_B, when=("2022-01-01", "2025-10-31"),
         urls=["https://t.me/rueckholung_{rand}", "https://krypto-rueckholung-{rand}.de",
               "https://kanzlei-{rand}.legal/fall"],
         fill={"victim": ["markus_hh", "Jana_K", "tobi_investiert", "Petra_Weiss", "derSteffen"]}),

    bait("b26-de-freigabe-migration", "drainer-approval", "de",
         "Permit/approval drainers posted as 'Migration', 'Revoke' or 'Staking V2' notices from hijacked "
         "German-language DeFi and crypto-media accounts (Inferno/Angel drainer era), 2023-2025",
         ["Wichtiger Hinweis: Der alte Staking-Vertrag wird abgeschaltet. Bitte migriert eure Token bis "
          "Sonntag auf V2 – einfach Wallet verbinden und Freigabe bestätigen: {url}",
          "Sicherheitslücke entdeckt ⚠️ Alle Nutzer sollten umgehend ihre Token-Freigaben widerrufen. Nutzt "
          "dafür unser Revoke-Tool: {url}",
          "Staking V2 ist live!\nWallet verbinden → Genehmigung erteilen → 38 % APY sichern.\n{url}",
          "kurzer PSA: wer seine Freigaben nicht erneuert, verliert den Anspruch auf die Rewards aus Season 2. "
          "dauert 30 sek {url}",
          "Der Token-Tausch zum neuen Vertrag startet jetzt. Signiert einfach die Permit-Anfrage in eurer "
          "Wallet, der Umtausch erfolgt 1:1 automatisch. {url}"],
         ("DeFiDeutschland", "KryptoKompassDE", "StakingHub_DACH", "BlockchainWoche", "EthMeetupBerlin"),
         batch=_B, when=("2023-03-01", "2025-10-31"),
         urls=["https://app-{rand}.migrate-v2.xyz", "https://revoke-{rand}.finance",
               "https://stake-{rand}.app/de"]),

    bait("b26-de-airdrop-abholen", "fake-airdrop", "de",
         "Mandiant X account hijack of Jan 2024 (fake Phantom airdrop) pattern in German: hijacked accounts of "
         "German tech firms and fintech media posting airdrop claim links, 2024-2025",
         ["🎁 Der Airdrop ist da! Alle, die uns vor dem Snapshot gefolgt sind, können jetzt ihre Token abholen. "
          "Nur solange der Vorrat reicht: {url}",
          "Danke für 100.000 Follower 🙏 Als Dankeschön verschenken wir 500 $ in {tkr} an jede verifizierte "
          "Wallet. Berechtigung prüfen: {url}",
          "Airdrop Phase 2 gestartet. Prüft jetzt, ob eure Adresse berechtigt ist – nicht beanspruchte Token "
          "werden nach 24 Std. verbrannt. {url}",
          "Leute, checkt mal eure Wallets. Der {tkr} Airdrop läuft grad und ich hab 1.200 Token bekommen 😳 "
          "{url}",
          "AIRDROP 🪂 {tkr}\nBerechtigt: alle Solana-Wallets mit Aktivität 2024\nClaim: {url}"],
         ("TechStartupBerlin", "FintechWoche", "SicherheitsLabor_DE", "KryptoKai", "NeoBank_Muenchen"),
         batch=_B, when=("2024-01-03", "2025-10-31"),
         urls=["https://claim-{rand}.airdrop-de.com", "https://{rand}.token-verteilung.xyz",
               "https://drop-{rand}.app"],
         fill={"tkr": ["$NEO", "$BRLN", "$DACH", "$KRAFT"]}),

    # ------------------------------------------------------------------ tr
    bait("b26-tr-magdur-iade", "fake-refund", "tr",
         "Fake 'mağdurlara iade' refund posts after the 2021 Thodex and Vebitcoin collapses and FTX 2022, asking "
         "victims to connect a wallet or pay a fee in USDT, Turkish pattern 2021-2025",
         ["📢 DUYURU: {borsa} mağdurlarına yönelik iade süreci başlamıştır. Bakiyenizi sorgulamak ve iade "
          "talebinizi oluşturmak için: {url}",
          "{borsa} mağduru arkadaşlar, mahkeme kararıyla iadeler başladı. Ben dün aldım, başvuru linki burada 👇 "
          "{url}",
          "İade talebiniz onaylanmıştır ✅ Transferin gerçekleşmesi için 50 USDT işlem ücretini aşağıdaki TRC20 "
          "adresine göndermeniz gerekmektedir:\n{trx}",
          "son gün yarın!! {borsa} borsasında parası kalanlar iade için cüzdanını bağlasın yoksa hak düşüyor "
          "{url}",
          "Sayın yatırımcılarımız, kayıtlı müşterilerimizin alacakları kademeli olarak ödenecektir. Başvurular "
          "yalnızca aşağıdaki bağlantı üzerinden alınmaktadır: {url}"],
         ("MagdurlarPlatformu", "KriptoHukukTR", "IadeBilgi_Resmi", "ayse_yatirimci", "BorsaHaberTR"),
         batch=_B, when=("2021-05-01", "2025-10-31"),
         urls=["https://iade-{rand}.com.tr-basvuru.site", "https://{rand}.magdur-iade.com",
               "https://basvuru-{rand}.online"],
         fill={"borsa": ["Thodex", "Vebitcoin", "FTX"]}),

    bait("b26-tr-sahte-destek", "impersonation-support", "tr",
         "Fake 'destek' accounts impersonating Turkish exchanges (BtcTurk, Paribu, Binance TR) answering user "
         "complaints on X with phishing links, 2022-2025",
         ["@{victim} Merhaba, yaşadığınız sorun için özür dileriz. Hesabınızın incelenmesi için lütfen destek "
          "formunu doldurun: {url}\nMüşteri Hizmetleri",
          "@{victim} Merhabalar, çekim talebiniz cüzdan doğrulaması tamamlanmadığı için beklemede görünüyor. "
          "Doğrulamayı buradan yapabilirsiniz: {url}",
          "@{victim} Selam, DM'den yazar mısınız? Canlı destek ekibimiz sorununuzu hemen çözecektir 🙏 "
          "Alternatif olarak: {url}",
          "@{victim} Değerli kullanıcımız, güvenliğiniz için hesabınız geçici olarak kısıtlanmıştır. "
          "Kısıtlamayı kaldırmak için {url} adresinden kimlik doğrulaması yapınız.",
          "@{victim} hocam bende de aynısı oldu, resmi destek hattına yazınca 15 dakikada çözdüler {url}"],
         ("BtcTurkDestekHatti", "Paribu_Yardim", "BinanceTR_Destek7", "KriptoDestekMerkezi", "emre_kripto_tr"),
         batch=_B, when=("2022-01-01", "2025-10-31"),
         urls=["https://destek-{rand}.com/talep", "https://canli-destek-{rand}.site",
               "https://dogrulama-{rand}.app/tr", "https://wa.link/{rand}"],
         fill={"victim": ["mehmetcan_34", "zeynepkaya", "burak_trader", "elifsu_", "OnurYildiz06"]}),

    bait("b26-tr-sahte-token-duyurusu", "fake-announcement", "tr",
         "Hijacked Turkish verified accounts (celebrities, football clubs, news outlets) announcing a fake "
         "official token or listing with a buy link, 2021-2025 pattern",
         ["Resmi açıklama 📣 Taraftarlarımız için hazırladığımız kulüp token'ı bugün itibarıyla satışta! İlk "
          "24 saatte alanlara %20 bonus. {url}",
          "Sevgili takipçilerim, uzun süredir üzerinde çalıştığım projeyi sonunda duyurabiliyorum: kendi "
          "coin'im {tkr} yayında 🚀 {url}",
          "SON DAKİKA | {tkr} token Binance'te listeleniyor. Listeleme öncesi ön satış sadece bugün: {url}",
          "Bu bir şaka değil 😄 {tkr} artık gerçek. Almak isteyen linkten alsın, kaçıran üzülür {url}",
          "Basın bülteni: Kurumumuz, blokzincir dönüşümü kapsamında dijital varlığı {tkr} ile kullanıcılarına "
          "özel avantajlar sunmaya başlamıştır. Detaylar: {url}"],
         ("AnadoluSporKulubu", "SanatciDeryaK", "GundemHaberTR", "Oyuncu_KeremA", "EgeliSporFK"),
         batch=_B, when=("2021-06-01", "2025-10-31"),
         urls=["https://token-{rand}.com.tr", "https://{rand}-resmi.xyz/satin-al", "https://launch-{rand}.app/tr"],
         fill={"tkr": ["$TARAFTAR", "$ANKA", "$BOZKURT", "$LALE"]}),

    bait("b26-tr-iki-katini-gonder", "doubling", "tr",
         "Turkish copies of the 2020 Twitter-hack 'send BTC, get double back' bait on hijacked Turkish "
         "influencer accounts, often asking for USDT on TRC20, 2021-2024",
         ["Topluluğuma teşekkür etmek istiyorum 🙏 Önümüzdeki 1 saat boyunca bu adrese gönderilen her USDT'nin "
          "iki katını geri göndereceğim.\nTRC20: {trx}",
          "Bugün doğum günüm 🎂 ve hediyeyi ben veriyorum: BTC gönderin, iki katı olarak geri gelsin.\n{btc}\n"
          "Sadece 30 dakika!",
          "arkadaşlar gerçekten yapıyorum, az önce 40 kişiye geri gönderdim. 0.01 yollayan 0.02 alıyor, adres: "
          "{btc}",
          "KAMPANYA ⏳\n500 USDT gönder → 1000 USDT al\n1000 USDT gönder → 2000 USDT al\nAdres (TRC20): {trx}\n"
          "Kampanya bitince adres kapanacak.",
          "Bu akşam 22:00'ye kadar gönderilen her ETH, gönderen adrese iki katı olarak iade edilecektir. "
          "Kimse dışarıda kalmasın 💙 {eth}"],
         ("YoutuberCanBey", "ModaBloggeri_Selin", "FutbolcuArda17", "TeknoMert", "SunucuDamla"),
         batch=_B, when=("2021-01-01", "2024-12-31")),

    # ------------------------------------------------------------------ ru
    bait("b26-ru-stream-razdacha", "youtube-live", "ru",
         "Hijacked YouTube channels streaming deepfake 'Павел Дуров / TON' and 'Илон Маск' live giveaways for "
         "Russian-speaking audiences, promoted from hijacked X accounts, 2022-2025",
         ["🔴 Прямой эфир: Павел Дуров рассказывает о будущем TON и проводит раздачу для зрителей. Успейте, "
          "пока идёт трансляция 👉 {url}",
          "Мы в эфире! Только во время стрима каждый участник может получить TON по акции. Ссылка: {url}",
          "ребят срочно заходите на стрим, там реально раздают, я уже получил 👀 {url}",
          "СТРИМ ИДЁТ ПРЯМО СЕЙЧАС 🔴 {person} на крипто-конференции. Розыгрыш BTC для зрителей — QR-код на "
          "экране.\n{url}",
          "Трансляция завершится через 20 минут. Кто не успел — последний шанс 👇\n{url}"],
         ("TON_Novosti", "KriptoStrim_RU", "TechObzorTV", "Pavel_Live_Official", "IgrovoyKanal_Max"),
         batch=_B, when=("2022-04-01", "2025-10-31"), urls=YT,
         fill={"person": ["Павел Дуров", "Илон Маск", "Виталик Бутерин", "Чанпэн Чжао"]}),

    bait("b26-ru-approve-migraciya", "drainer-approval", "ru",
         "Russian-language 'подтвердите approve / миграция токенов / отзыв разрешений' drainer posts from "
         "hijacked crypto-channel and DeFi accounts (Inferno/Angel/Pink drainer kits), 2023-2025",
         ["❗️Важно: старый контракт пула закрывается. Для миграции на V2 подключите кошелёк и подтвердите "
          "approve. Срок — до конца недели.\n{url}",
          "Обнаружена уязвимость в смарт-контракте. Всем пользователям рекомендуется срочно отозвать "
          "разрешения через наш инструмент: {url}",
          "Стейкинг 2.0 запущен 🔥 До 42% годовых. Подключаешь Tonkeeper или MetaMask, подписываешь "
          "разрешение — и награды капают каждый день. {url}",
          "кто не подписал permit — вам не начислят награды за сезон. 30 секунд дела {url}",
          "Обмен токенов 1:1 на новый контракт начался. Подпишите запрос в кошельке, остальное произойдёт "
          "автоматически. Старые токены после 1 числа не будут торговаться. {url}"],
         ("DeFi_Rossiya", "KriptoKanal_Oleg", "TON_Staking_Hub", "BlokcheinDaily", "web3_lena"),
         batch=_B, when=("2023-02-01", "2025-10-31"),
         urls=["https://app-{rand}.migrate-v2.io", "https://revoke-{rand}.xyz", "https://stake-{rand}.ton-app.org"]),

    bait("b26-ru-vdvoe-bolshe", "doubling", "ru",
         "Russian-language 'отправь — получи вдвое больше' giveaway bait on hijacked accounts (2020 "
         "Twitter-hack copies, fake Binance/Musk 'акция' variants), 2020-2024",
         ["В честь запуска нашего нового продукта проводим акцию: отправьте от 0.1 до 20 BTC на адрес ниже и "
          "получите вдвое больше обратно.\n{btc}",
          "Я решил вернуть долг сообществу. Следующий час всё, что пришлёте в USDT (TRC20), верну в двойном "
          "размере 🙏 {trx}",
          "не верите? зря. уже 312 человек получили х2. адрес ещё открыт: {eth}",
          "АКЦИЯ х2 ⚡️\n0.5 ETH → 1 ETH\n1 ETH → 2 ETH\n5 ETH → 10 ETH\nАдрес: {eth}\nДо конца акции 45 минут.",
          "Спасибо, что вы со мной все эти годы. Хочу сделать что-то хорошее: пришлите любую сумму в "
          "биткоинах — отправлю обратно вдвое. Только сегодня.\n{btc}"],
         ("Blogger_Artem", "KriptoBirzha_News", "Anna_Fitness_Life", "StartapRossii", "Igor_Trader_Pro"),
         batch=_B, when=("2020-08-01", "2024-10-31")),

    bait("b26-ru-presale-token", "fake-presale", "ru",
         "Russian-language TON/Solana 'пресейл' posts asking followers to send coins to a wallet for a token "
         "allocation before listing, hijacked crypto-blogger accounts 2024-2025",
         ["🚀 ПРЕСЕЙЛ ОТКРЫТ\nТокен {tkr} — листинг на DEX через 5 дней. Отправьте SOL на адрес, токены придут "
          "автоматически после TGE.\n{sol}\nМин: 0.3 SOL",
          "Друзья, я долго молчал, но теперь могу сказать: запускаю свой проект {tkr}. Для своих — ранний "
          "доступ по цене пресейла. Кошелёк для участия: {sol}",
          "осталось 12% аллокации на пресейле, потом цена х3. кидайте USDT (TRC20) сюда {trx}",
          "Пресейл {tkr}: раунд 2 из 3 💎 Бонус +25% при покупке от 1000$. Участвовать: {url}",
          "FAQ по пресейлу:\n— Куда отправлять? {sol}\n— Когда придут токены? Сразу после листинга\n— Есть ли "
          "минимум? 0.2 SOL"],
         ("KriptoGuru_Denis", "Solana_RU_Chat", "AltSezon_Blog", "Masha_Web3", "TON_Gem_Hunter"),
         batch=_B, when=("2024-02-01", "2025-10-31"),
         urls=["https://presale-{rand}.io", "https://{rand}-token.xyz/presale"],
         fill={"tkr": ["$MEDVED", "$BABUSHKA", "$MATRYOSHKA", "$SHAPKA"]}),

    # ------------------------------------------------------------------ ja
    bait("b26-ja-free-mint", "nft-drainer", "ja",
         "Hijacked Japanese artist, VTuber and brand accounts posting 'フリーミント' commemorative NFT drainer links, "
         "following the Vitalik Buterin Sept 2023 fake-NFT pattern, 2022-2024",
         ["日頃の感謝を込めて、記念NFTを無料でお配りします🎁 数量限定なのでお早めに！ミントはこちら → {url}",
          "【フリーミント開始】\n総数3,333枚／お一人様2枚まで\nガス代のみでミントできます✨\n{url}",
          "活動10周年を記念して、ファンの皆さまだけの限定NFTを作りました。本日23:59までミント無料です。\n{url}",
          "ミント開放しました〜！ウォレット繋いでボタン押すだけ🙌 {url}",
          "🚨残りわずか🚨 無料ミント、あと200枚で終了します。まだの方は急いで！ {url}"],
         ("illust_haru_nft", "VTuber_Mikoto_ch", "GalleryTokyoArt", "studio_kumo_jp", "AnimeFesOfficial"),
         batch=_B, when=("2022-01-01", "2024-12-31"),
         urls=["https://mint-{rand}.xyz", "https://{rand}-nft.jp-mint.com", "https://free-{rand}.art/mint"]),

    bait("b26-ja-ryushutsu-hosho", "fake-refund", "ja",
         "Fake compensation ('補償') posts after the DMM Bitcoin hack of 31 May 2024 (about 4,500 BTC, ~48 billion "
         "yen) and the Coincheck 2018 NEM theft, asking users to register, connect a wallet or pay a fee, "
         "2024-2025",
         ["【重要】{ex}の不正流出に関する補償手続きのご案内\n対象のお客様は下記より申請を行ってください。期限を過ぎた場合、"
          "補償を受けられない可能性があります。\n{url}",
          "{ex}の補償、申請フォーム出てた！自分はもう振り込まれたよ〜 まだの人はこれ👇\n{url}",
          "補償金の受け取りには本人確認とウォレット連携が必要です。お手続きはこちら: {url}",
          "お客様各位\nこのたびの流出事案により多大なるご迷惑をおかけしております。返金処理の迅速化のため、返金用アドレスの"
          "ご登録をお願いいたします。\n{url}",
          "補償対象の方へ：手数料 0.005 BTC を下記アドレスへ送金いただくと、確認後に全額が自動返金されます。\n{btc}"],
         ("DMM_hosho_info", "CoinSupport_JP", "kasou_tsuka_news", "yuki_crypto_jp", "HoshoCenter_JP"),
         batch=_B, when=("2024-06-01", "2025-10-31"),
         urls=["https://hosho-{rand}.jp-support.com", "https://{rand}.refund-dmm.net",
               "https://shinsei-{rand}.online/form"],
         fill={"ex": ["DMMビットコイン", "DMM Bitcoin", "コインチェック"]}),

    bait("b26-ja-wallet-ninsho", "wallet-validation", "ja",
         "Japanese 'ウォレット認証 / 同期' phishing from impersonated MetaMask and exchange accounts (fake KYC and "
         "'資産凍結' notices asking for the recovery phrase), 2022-2025",
         ["【お知らせ】セキュリティ強化のため、未認証のウォレットは今月末で利用制限がかかります。下記リンクから認証を完了して"
          "ください。\n{url}",
          "@{victim} 出金が反映されないのはウォレットの同期エラーが原因です。こちらで再同期をお試しください → {url}",
          "MetaMaskをご利用の皆様へ：法改正への対応として、ウォレットの本人確認が必須となりました。未対応の場合、送金機能が"
          "停止されます。 {url}",
          "ウォレット認証まだの人、今日中にやらないと資産凍結されるらしい…リンク貼っとく {url}",
          "システム移行に伴い、旧形式のウォレットは無効になります。復元フレーズ（12単語）の再登録をお願いします。 {url}"],
         ("MetaMask_JP_Help", "WalletSupportJapan", "kasou_anzen_center", "CryptoHelpDesk_jp", "taro_nft_jp"),
         batch=_B, when=("2022-01-01", "2025-10-31"),
         urls=["https://ninsho-{rand}.wallet-jp.com", "https://metamask-verify-{rand}.io",
               "https://sync-{rand}.dapp-jp.net"],
         fill={"victim": ["kenji_0821", "sakura_invest", "hiro_btc", "mai_crypto_", "Takumi_Y"]}),

    bait("b26-ja-etf-shonin", "fake-etf", "ja",
         "SEC X account hijack of 9 Jan 2024 (false Bitcoin ETF approval) and Japanese copies claiming the FSA "
         "(金融庁) or SEC approved a crypto ETF, pushing a linked token or 'ETF記念エアドロップ', 2024-2025",
         ["【速報】金融庁、国内初の{asset}現物ETFを承認。承認を記念して、対象ウォレットに記念トークンを配布中です。\n{url}",
          "ついにETF承認きた🔥🔥 日本でも{asset}のETFが買える時代に。先行予約はここから👇 {url}",
          "SECが{asset}現物ETFを正式承認しました。ETF連動トークン $ETFJ の受付は本日限りです。 {url}",
          "速報です。{asset} ETFの上場が決定しました。先行申込者には優先割当があります（先着5,000名）\n{url}",
          "ETF承認のお祝いに、ホルダー限定でエアドロ実施中🎉 ウォレット接続だけで受け取れます {url}"],
         ("KabuNewsSokuho", "MarketEye_JP", "toushi_channel", "KeizaiFlash", "CryptoTimesJapan_"),
         batch=_B, when=("2024-01-09", "2025-10-31"),
         urls=["https://etf-{rand}.jp-shonin.com", "https://{rand}.etf-airdrop.xyz", "https://yoyaku-{rand}.app"],
         fill={"asset": ["ビットコイン", "イーサリアム", "XRP", "ソラナ"]}),
]
