"""Non-English bait families of the 2026 extension (training only): es/pt/fr/de/tr/ru/ja scam bait, 6 kinds each."""
from .pools import HIJACK_SRC, PERSON_SRC, BRAND_SRC, EXCH_SRC, YT, PUMP, bait  # noqa: F401

TICKET = {"ticket": ["48213", "77390", "10572", "66124", "90318"]}

FAMILIES = [
    # ------------------------------------------------------------------ Spanish (es)
    bait("x26-es-devuelvo-doble", "doubling", "es",
         "2020 Twitter mass-hijack 'send 1 BTC, get 2 back' pattern, as repeated from hijacked Latin American "
         "celebrity accounts in Spanish",
         ["Quiero devolverle algo a la comunidad que me apoyó todos estos años 🙏 Durante la próxima hora, todo el ETH "
          "que me manden a esta dirección se los devuelvo al doble. Mandas 0.1, recibes 0.2. {eth}",
          "Es en serio, no es broma: BTC que entre a mi billetera, BTC que regreso x2. Solo hasta las 10 pm hora CDMX. {btc}",
          "Ya van más de 40 personas que recibieron el doble 🔥 Sigo unos minutos más. Mínimo 0.05 ETH, máximo 5 ETH. "
          "Dirección 👇 {eth}",
          "Hoy cumplo 10 años en esta red y lo quiero celebrar con ustedes. Manda SOL a {sol} y en menos de 30 minutos "
          "te llega el doble. Sin trucos, sin registro.",
          "Che, último rato: lo que me manden en USDT (TRC20) se los devuelvo duplicado. Me lo pidieron un montón 😅 {trx}"],
         ("ElPibeDeRosario10", "MarianaLuzOficial", "DJ_Ferchoo", "LaVozDeTijuana"),
         batch=2, broken=0.15),
    bait("x26-es-envivo-sorteo", "youtube-live", "es",
         "Hijacked YouTube channels renamed as Tesla/SpaceX or presidential streams running deepfake 'EN VIVO' Bitcoin "
         "giveaways (incl. the 2021-2023 fake El Salvador Bitcoin streams), pushed from hijacked X accounts",
         ["🔴 EN VIVO AHORA: Conferencia Bitcoin Latinoamérica. Durante la transmisión se reparten 5,000 BTC entre los "
          "espectadores. Escanea el QR del video 👉 {url}",
          "Estamos en directo con el dueño de Tesla hablando del futuro de las cripto en México 🚀 Entra ya, el sorteo "
          "de ETH termina cuando acabe el live: {url}",
          "EN VIVO | El presidente explica por qué El Salvador seguirá comprando #Bitcoin y anuncia un regalo para la "
          "comunidad 🇸🇻 {url}",
          "No te lo pierdas, estamos en vivo 🔴 {url} Los primeros 1000 que manden cripto a la dirección que sale en "
          "pantalla reciben el doble.",
          "¡Arrancamos! Transmisión especial por el aniversario de Bitcoin. Quedan 20 minutos para participar ⏳ {url}"],
         ("TecnoRevisionesMX", "FutbolTotalHD", "CanalCriptoLatam", "ElRinconGamer_ES"),
         batch=2, urls=YT),
    bait("x26-es-cnmv-etf", "fake-etf", "es",
         "Jan 2024 hijack of the SEC's X account posting a false spot-Bitcoin-ETF approval; Spanish analogue from a "
         "hijacked/impersonated national regulator account (CNMV)",
         ["La CNMV autoriza hoy la comercialización en España de los primeros fondos cotizados de Bitcoin al contado. "
          "Comunicado íntegro: {url}",
          "COMUNICADO | La Comisión Nacional del Mercado de Valores aprueba el registro de tres ETF de Bitcoin y uno de "
          "Ether. Los inversores minoristas podrán operar a partir del lunes.",
          "Tras la plena aplicación de MiCA, esta Comisión ha resuelto autorizar el primer ETF de XRP de una gestora "
          "española. Más información en nuestra sede electrónica: {url}",
          "🇪🇸 Aprobado: los ETF de #Bitcoin spot ya son una realidad en España. Los primeros 10.000 inversores "
          "registrados recibirán una bonificación en BTC → {url}",
          "La CNMV informa de que ha sido aprobada la admisión a negociación del primer ETF de Solana en BME. La nota "
          "de prensa estará disponible en breve."],
         ("CNMVcomunica", "CNMV_Prensa_ES", "InfoCNMV_oficial"),
         batch=2, urls=["https://cnmv-es.{rand}.info/comunicado", "https://www.cnmv-etf-{rand}.com/nota-prensa"],
         when=("2024-01-01", "2026-06-30")),
    bait("x26-es-bitso-soporte", "impersonation-support", "es",
         "Fake exchange-support accounts (Bitso/Binance) replying to users' complaints with 'verify your account' "
         "forms and DM requests",
         ["Hola, lamentamos los inconvenientes con tu retiro 🙏 Para agilizar tu caso, por favor llena el formulario de "
          "soporte y uno de nuestros agentes te contactará: {url}",
          "Estimado usuario, detectamos actividad inusual y tu cuenta quedó suspendida temporalmente. Para reactivarla "
          "verifica tu identidad aquí antes de 24 h: {url}",
          "¡Hola! Vimos tu mensaje. Por seguridad no compartas datos en público; escríbenos por DM tu correo y el ID "
          "de la operación y lo resolvemos hoy mismo.",
          "Soporte 🇲🇽 | Tu depósito está retenido por una validación KYC pendiente. Completa la verificación en el "
          "enlace oficial para liberar tus fondos: {url}",
          "Buenas, te ayudamos. Tu caso #{ticket} fue escalado. Para continuar necesitamos que sincronices tu "
          "billetera en el portal de atención: {url}"],
         ("Soporte_BitsoMX", "AyudaBinanceES", "AtencionCliente_Cripto", "BitsoHelpDesk"),
         batch=2, fill=TICKET,
         urls=["https://bitso-soporte{rand}.com/caso", "https://ayuda-bitso.{rand}.site/verificar",
               "https://binance-es-{rand}.help/ticket"]),
    bait("x26-es-recupera-fondos", "recovery", "es",
         "Fake crypto fund-recovery services and sock-puppet testimonials ('recuperé mis fondos gracias a...'), "
         "recovery-room scams targeting prior victims",
         ["Perdí 3.2 BTC en una plataforma falsa de inversión y ya los daba por perdidos 😢 Gracias a {agency} "
          "recuperé todo en 4 días. Si te pasó algo parecido, escríbeles, son 100% confiables.",
          "¿Te estafaron con cripto? No todo está perdido. Nuestro equipo de hackers éticos rastrea la blockchain y "
          "recupera tus fondos. Consulta gratuita por DM 📩",
          "Les comparto mi experiencia: me vaciaron la MetaMask y la gente de {agency} me devolvió el 90%. No cobran "
          "por adelantado. Contacto: {url}",
          "Si fuiste víctima de fraude en Binance, Bitso o cualquier exchange, contacta a un especialista certificado. "
          "Recuperación garantizada ✅ {url}",
          "Ojo con quienes dicen que no se puede: yo recuperé mis USDT robados. Busquen a {agency} y díganles que van "
          "de mi parte 🙌"],
         ("Laura_Gtz88", "JoseMa_Inversiones", "CarolinaVP_", "Andres_trading_co"),
         src=PERSON_SRC, batch=2,
         fill={"agency": ["@RescateBlockchain", "@CriptoForense_Lat", "@Recuperacion_Activos24"]},
         urls=["https://recupera-fondos-{rand}.com", "https://criptoforense-{rand}.org/caso"]),
    bait("x26-es-token-oficial", "memecoin-ca", "es",
         "2024-2025 wave of hijacked athlete/musician X accounts announcing 'mi token oficial' with a pump.fun "
         "contract address",
         ["Por fin 🚀 Este es mi token oficial en Solana. Solo compren con este contrato, cuidado con las copias. "
          "CA: {pump}",
          "Lanzamos {ticker} junto a mis fans ⚽🔥 Contrato: {pump}",
          "Muchos me lo pidieron y aquí está. Mi moneda, de la comunidad para la comunidad. {pump} no es consejo "
          "financiero jaja",
          "Ojo: el ÚNICO contrato verdadero es este 👇 {pump} Cualquier otro es falso. Nos vemos en la luna 🌕",
          "Ya está en pump.fun 💊 {url} Compren antes de que se llene la curva"],
         ("DelanteroOficial9", "ReggaetonKingPR", "LaGuerreraMMA", "Chef_Tomas_Oficial"),
         batch=2, urls=PUMP, fill={"ticker": ["$GOLAZO", "$CHAMO", "$TRINI", "$PIBE"]},
         when=("2024-03-01", "2026-06-30")),

    # ------------------------------------------------------------------ Portuguese (pt)
    bait("x26-pt-devolvo-dobro", "doubling", "pt",
         "'Send crypto, get double back' posts from hijacked Brazilian influencer accounts (2020 Twitter-hack pattern)",
         ["Gente, tô fazendo uma ação pros meus seguidores hoje: todo BTC que cair nessa carteira eu devolvo em dobro. "
          "Mandou 0,01, recebe 0,02. Só até meia-noite! {btc}",
          "Bateu 5 milhões aqui 😭❤️ Pra agradecer: mandem ETH pra esse endereço que eu mando de volta o dobro na hora. {eth}",
          "Não é golpe kkkk já devolvi pra mais de 200 pessoas. Envia o USDT (rede TRC20) e recebe 2x: {trx}",
          "Última chance ⏰ Dobrando qualquer envio de SOL nos próximos 30 min. Mínimo 1 SOL. {sol}",
          "Galera, é sério. Quem mandar cripto pra carteira abaixo recebe o dobro de volta, sem cadastro, sem taxa. "
          "{eth} Compartilhem!"],
         ("MCzinhoDaZL", "Ju_Fitness_Oficial", "PaulinhoGamerBR", "Dra_Carla_Saude"),
         batch=2, broken=0.15),
    bait("x26-pt-fantoken-airdrop", "fake-airdrop", "pt",
         "Hijacked football-club X accounts promoting fake fan-token airdrops (Brazilian clubs have real fan tokens "
         "via Chiliz/Mercado Bitcoin)",
         ["🖤🤍 Torcedor, chegou a hora! Estamos distribuindo de graça o Fan Token oficial do clube pra quem conectar a "
          "carteira até domingo. Resgate: {url}",
          "AIRDROP OFICIAL ⚽ 1.000.000 de {ticker} para a nossa torcida. Resgate o seu antes que acabe: {url}",
          "Pra comemorar o título, vamos premiar quem sempre esteve com a gente com tokens exclusivos! Conecte sua "
          "carteira e garanta já 🏆 {url}",
          "Sócio-torcedor tem prioridade no airdrop do nosso token. Faça o claim com sua carteira Solana ou "
          "MetaMask: {url}",
          "Atenção: a janela de resgate do token do centenário fecha hoje às 23h59. Não fique de fora 👉 {url}"],
         ("EC_Paulistano", "SportClubNorte", "AtleticoLitoral", "Tricolor_Serrano"),
         batch=2, fill={"ticker": ["$TIMAO", "$VERDAO", "$MENGO", "$GALO"]},
         urls=["https://fantoken-{rand}.club/resgate", "https://claim-torcida.{rand}.app"]),
    bait("x26-pt-cvm-etf", "fake-etf", "pt",
         "Jan 2024 SEC-account hijack false ETF approval; Brazilian analogue posing as the CVM (which really approved "
         "crypto ETFs from 2021)",
         ["A CVM aprovou nesta data o registro do primeiro ETF de XRP à vista do Brasil. As cotas começam a ser "
          "negociadas na B3 na próxima semana.",
          "Comunicado: a Comissão de Valores Mobiliários autoriza a oferta de fundos de índice de Bitcoin alavancados a "
          "investidores de varejo. Íntegra: {url}",
          "🚨 URGENTE | CVM libera ETFs de criptoativos com staking. Investidores cadastrados no portal recebem bônus "
          "de boas-vindas: {url}",
          "Nota oficial: fica aprovado o ETF de Solana. Detalhes e cronograma no portal: {url}",
          "A CVM informa que foi deferido o pedido de listagem do primeiro ETF de Dogecoin. Mais informações em breve."],
         ("CVMoficial_BR", "CVM_Comunica", "ComissaoValoresMob"),
         batch=2, urls=["https://cvm-gov-br.{rand}.com/comunicado", "https://www.cvm-etf{rand}.net/noticias"],
         when=("2024-01-01", "2026-06-30")),
    bait("x26-pt-aovivo-live", "youtube-live", "pt",
         "Deepfake 'AO VIVO' crypto giveaway streams on hijacked Brazilian YouTube channels, promoted from hijacked X "
         "accounts",
         ["🔴 AO VIVO: live especial sobre o futuro do Bitcoin no Brasil com sorteio de BTC pra quem estiver "
          "assistindo. Entra agora: {url}",
          "Tô ao vivo agora explicando como multiplicar sua cripto! Durante a live, quem enviar pro endereço da tela "
          "recebe o dobro 🚀 {url}",
          "Começou! Evento AO VIVO com o CEO da SpaceX. Distribuição de 10.000 ETH acontecendo agora {url}",
          "Live urgente: explicando a nova regra do Banco Central e liberando bônus em USDT pros primeiros 500 👇 {url}",
          "AO VIVO 🔴 Só hoje. QR code na tela pra participar da distribuição {url}"],
         ("CanalInvestBR", "NerdologiaGames", "ReceitasDaVovo", "CriptoDoZero_"),
         batch=2, urls=YT),
    bait("x26-pt-validar-carteira", "wallet-validation", "pt",
         "Fake 'validate/sync your wallet' seed-phrase phishing posing as Mercado Bitcoin, MetaMask and Trust Wallet "
         "support",
         ["Mercado Bitcoin informa: por conta da atualização de segurança, todas as carteiras precisam ser validadas "
          "até sexta. Carteiras não validadas serão bloqueadas. {url}",
          "Sua MetaMask está com erro de sincronização? Use a ferramenta oficial de validação e recupere o acesso em "
          "2 minutos: {url}",
          "Atenção: pra receber o próximo airdrop é obrigatório sincronizar a carteira. Basta informar sua frase de "
          "recuperação de 12 palavras no validador: {url}",
          "Saldo não aparece na Trust Wallet? É só revalidar a carteira aqui 👉 {url} Resolvido em minutos.",
          "Depósito travado? A gente vincula sua carteira via DApp. Conecte, informe a seed e a validação é automática."],
         ("MercadoBTC_Ajuda", "SuporteCarteiraBR", "Web3Suporte_BR", "TrustSuporteBR"),
         batch=2,
         urls=["https://mercadobtc-validacao.{rand}.com", "https://dapp-sincronizar-{rand}.io",
               "https://walletvalidar-{rand}.app/conectar"]),
    bait("x26-pt-prevenda-sol", "fake-presale", "pt",
         "Fake token presales asking buyers to send SOL/ETH to a wallet and 'receive tokens automatically'",
         ["🚀 PRÉ-VENDA ABERTA! Envie SOL para o endereço oficial e receba {ticker} automaticamente. 1 SOL = 250.000 "
          "tokens. {sol}",
          "Fase 1 da pré-venda quase esgotada 🔥 Mínimo 0,1 ETH. Os tokens caem na mesma carteira que enviou. {eth}",
          "Nosso token lista semana que vem. Quem entrar na pré-venda agora paga 10x menos. Manda SOL aqui: {sol}",
          "É só mandar e esperar: os tokens são distribuídos em até 1h após o envio. Sem KYC, sem burocracia. "
          "Endereço 👇 {sol}",
          "Últimas horas da pré-venda de {ticker} com bônus de 40%! Compre pelo site oficial: {url}"],
         ("CapivaraCoinBR", "InfluenciadorCripto_SP", "GabiTrader22", "Rafa_Web3"),
         batch=2, fill={"ticker": ["$CAPIVARA", "$SAMBA", "$PAODEQUEIJO", "$JACARE"]},
         urls=["https://prevenda-{rand}.xyz"], broken=0.1),

    # ------------------------------------------------------------------ French (fr)
    bait("x26-fr-mint-commemoratif", "nft-drainer", "fr",
         "Hijacked brand/artist accounts posting free commemorative NFT mint links to wallet drainers (Pink Drainer / "
         "Inferno Drainer campaigns 2023-2024)",
         ["Pour fêter nos 10 ans, on offre à notre communauté une collection NFT commémorative en édition limitée 🎉 "
          "Mint gratuit (seulement les frais de gas) : {url}",
          "Le mint gratuit est ouvert ! 5 000 pièces uniquement, premier arrivé premier servi. Connectez votre wallet "
          "ici 👉 {url}",
          "Petite surprise pour nos abonnés : un NFT exclusif qui donne accès à nos avant-premières. À réclamer avant "
          "ce soir minuit → {url}",
          "Free mint de notre pass officiel dispo dès maintenant. Il reste moins de 300 places, foncez 🔥 {url}",
          "Les détenteurs de notre NFT auront des avantages à vie. Mint gratuit pendant 2 h seulement."],
         ("StudioLumiereParis", "MaisonDelaforge", "FestivalSonsDuSud", "LesEditionsNova"),
         batch=2,
         urls=["https://mint-{rand}.art", "https://free-mint.{rand}.xyz/claim",
               "https://collection-officielle-{rand}.io"]),
    bait("x26-fr-annonce-officielle", "fake-announcement", "fr",
         "Hijacked corporate/fintech accounts posting false market-moving announcements (listings, treasury buys, "
         "stablecoin launches) with claim links",
         ["📢 Annonce officielle : nous officialisons notre partenariat stratégique avec Binance. Notre jeton sera "
          "listé dès demain 14 h. Snapshot des détenteurs en cours : {url}",
          "C'est officiel : le groupe intègre le Bitcoin à sa trésorerie à hauteur de 500 M€. Communiqué complet 👇 {url}",
          "Nous lançons notre propre stablecoin euro, conforme MiCA. Les 50 000 premiers inscrits reçoivent 100 € en "
          "jetons : {url}",
          "Suite au rachat annoncé ce matin, les détenteurs d'ETH peuvent dès à présent convertir leurs avoirs à un "
          "taux préférentiel. Modalités : {url}",
          "Information importante : en raison de la fusion, l'ancien jeton migre vers un nouveau contrat. Merci "
          "d'effectuer la migration avant vendredi, faute de quoi vos jetons seront gelés."],
         ("BanqueHexagone_FR", "GroupeAuroreTech", "NeoFinanceFR", "CoinSoleilOfficiel"),
         batch=2, urls=["https://annonce-{rand}.fr-officiel.com", "https://snapshot-{rand}.app"]),
    bait("x26-fr-endirect-live", "youtube-live", "fr",
         "Deepfake 'EN DIRECT' crypto giveaway streams (Tesla/SpaceX impersonation) on hijacked French-language "
         "YouTube channels, relayed by hijacked X accounts",
         ["🔴 EN DIRECT : le patron de Tesla parle de l'avenir de la crypto. Pendant le live, 5 000 BTC sont "
          "redistribués aux spectateurs ➡️ {url}",
          "On est en direct ! Conférence exceptionnelle sur le Bitcoin, avec un giveaway pour tous ceux qui regardent. "
          "Scannez le QR code à l'écran : {url}",
          "Ne ratez pas le live de ce soir 🔴 annonce importante + distribution d'ETH en direct {url}",
          "DIRECT | Envoyez n'importe quel montant à l'adresse affichée à l'écran et recevez le double. Événement "
          "limité à 1 h. {url}",
          "Live exceptionnel en cours, il reste 20 minutes pour participer 👇 {url}"],
         ("LesDecodeursTech", "ChaineFootMag", "CuisineFacile_TV", "GeekMontreal"),
         batch=2, urls=YT),
    bait("x26-fr-recouvrement", "recovery", "fr",
         "Fake crypto fund-recovery firms and testimonials ('arnaques au recouvrement' the AMF repeatedly warns about)",
         ["Victime d'une arnaque crypto ? Notre cabinet spécialisé en récupération d'actifs numériques a déjà aidé plus "
          "de 2 000 personnes. Premier diagnostic gratuit : {url}",
          "J'avais perdu 18 000 € sur un faux site de trading. Grâce à {agency}, j'ai tout récupéré en trois "
          "semaines. Je recommande les yeux fermés 🙏",
          "Ne baissez pas les bras ! Fonds bloqués, wallet vidé, faux courtier : nos experts blockchain retrouvent votre "
          "argent. Écrivez-nous en MP.",
          "Petit message pour ceux qui se sont fait avoir comme moi : contactez {agency}, ils sont sérieux et ne "
          "demandent rien avant résultat.",
          "Cabinet agréé ✅ Récupération de cryptomonnaies volées en lien avec les autorités. Dossier à remplir "
          "ici : {url}"],
         ("Nathalie_Bdx", "Thierry_Invest62", "SophieMrtn_", "JulienCryptoLyon"),
         src=PERSON_SRC, batch=2,
         fill={"agency": ["@RecupActifsFR", "@CyberJusticeEU", "@ExpertBlockchain_Recours"]},
         urls=["https://recouvrement-crypto-{rand}.fr", "https://cabinet-{rand}.eu/dossier"]),
    bait("x26-fr-remboursement-ftx", "fake-refund", "fr",
         "FTX/Celsius/BlockFi bankruptcy-distribution phishing after the 2023 Kroll claims-data breach; fake claim "
         "portals with wallet connect",
         ["FTX : les remboursements aux clients européens ont commencé. Vérifiez votre éligibilité et réclamez votre "
          "part avant la date limite : {url}",
          "Vous aviez des fonds chez FTX, Celsius ou BlockFi ? Le portail d'indemnisation est ouvert. Connectez votre "
          "wallet pour recevoir votre remboursement en USDC : {url}",
          "⚠️ Dernier rappel : les créanciers qui n'ont pas validé leur réclamation d'ici vendredi perdront leurs "
          "droits. {url}",
          "Bonne nouvelle pour les victimes : 118 % du solde sera remboursé. Démarche en 3 minutes 👉 {url}",
          "Les anciens utilisateurs de FTX Europe peuvent désormais retirer leurs avoirs via le nouveau portail "
          "sécurisé. Identification par wallet uniquement."],
         ("InfoCreanciersFTX", "CryptoActuFR_", "Journal_Blockchain", "AideVictimesCrypto"),
         batch=2, when=("2023-06-01", "2025-12-31"),
         urls=["https://ftx-claims-{rand}.eu", "https://remboursement-ftx.{rand}.com",
               "https://portail-creanciers-{rand}.org"]),
    bait("x26-fr-revoquez-approbations", "drainer-approval", "fr",
         "Hijacked DeFi protocol accounts posting fake exploit alerts that push revoke/migrate/sign drainer links",
         ["🚨 Faille critique détectée sur notre contrat de staking. Par précaution, révoquez immédiatement vos "
          "approbations via l'outil officiel : {url}",
          "ALERTE SÉCURITÉ : un exploit est en cours. Migrez vos fonds vers le nouveau contrat sécurisé, l'ancien sera "
          "désactivé dans 2 h. {url}",
          "Nous enquêtons sur un incident de sécurité. Chaque utilisateur doit signer une transaction de vérification "
          "pour protéger ses actifs : {url}",
          "Si vous avez interagi avec le protocole ces 30 derniers jours, vos fonds sont peut-être exposés. C'est par "
          "ici pour révoquer ⬇️ {url}",
          "Mise à jour : suite à la faille, les fournisseurs de liquidité doivent passer en V3. Ne tardez pas. {url}"],
         ("ProtocoleAzur", "VaultFi_FR", "SwapLibre", "NebulaDEX_fr"),
         src=BRAND_SRC, batch=2,
         urls=["https://revoke-{rand}.app", "https://migration-{rand}.finance", "https://securite-{rand}.xyz/revoke"]),

    # ------------------------------------------------------------------ German (de)
    bait("x26-de-bafin-etf", "fake-etf", "de",
         "Jan 2024 SEC-account hijack false ETF approval; German analogue posing as BaFin",
         ["Die BaFin hat heute die Zulassung der ersten Spot-Bitcoin-ETFs für den deutschen Markt erteilt. Die "
          "vollständige Mitteilung finden Sie hier: {url}",
          "Pressemitteilung: BaFin genehmigt XRP-ETF für Privatanleger. Handel an der Börse Frankfurt ab Montag möglich.",
          "+++ EILMELDUNG +++ BaFin gibt grünes Licht für Krypto-ETFs mit Staking. Registrierte Anleger erhalten eine "
          "Einführungsprämie: {url}",
          "Mit Geltung der MiCA-Verordnung hat die BaFin den Antrag auf Zulassung eines Solana-ETFs positiv "
          "beschieden. Details: {url}",
          "Die Bundesanstalt für Finanzdienstleistungsaufsicht teilt mit: Der erste Dogecoin-ETF wurde genehmigt."],
         ("BaFin_Presse_DE", "BaFinMitteilungen", "FinanzaufsichtDE"),
         batch=2, when=("2024-01-01", "2026-06-30"),
         urls=["https://bafin-de.{rand}.info/pressemitteilung", "https://www.bafin-etf-{rand}.com/mitteilung"]),
    bait("x26-de-wallet-validierung", "wallet-validation", "de",
         "Follow-up phishing after the 2020 Ledger customer-data leak and fake Trezor/MetaMask 'validate/sync wallet' "
         "seed-phrase requests",
         ["Wichtiger Hinweis für Ledger-Nutzer: Aufgrund eines Sicherheitsvorfalls muss jedes Gerät bis zum 30. "
          "verifiziert werden. Nicht verifizierte Wallets werden gesperrt. {url}",
          "Deine Wallet ist nicht mehr synchronisiert? Mit unserem Validierungstool läuft sie in 2 Minuten wieder – "
          "einfach die 24 Wörter eingeben: {url}",
          "Trezor Sicherheitsupdate: Bitte bestätigen Sie Ihre Wiederherstellungsphrase, um den Zugriff auf Ihre "
          "Coins zu behalten. {url}",
          "Guthaben wird nicht angezeigt? Das liegt an einer fehlenden Validierung. Wallet über die offizielle DApp "
          "verbinden und Seed bestätigen 👉 {url}",
          "Ab nächster Woche gilt die neue EU-Travel-Rule. Alle Self-Custody-Wallets müssen einmalig validiert "
          "werden, sonst sind Ein- und Auszahlungen blockiert."],
         ("LedgerHilfe_DE", "WalletSupportDE", "KryptoSicherheit24", "TrezorServiceDE"),
         batch=2,
         urls=["https://ledger-validierung-{rand}.com", "https://wallet-sync.{rand}.de",
               "https://trezor-update-{rand}.io"]),
    bait("x26-de-bitpanda-support", "impersonation-support", "de",
         "Fake exchange-support accounts (Bitpanda/Bison/Kraken) answering German users' complaints with "
         "verification links and DM requests",
         ["Hallo, danke für deine Nachricht! Damit wir dein Anliegen schneller bearbeiten können, fülle bitte unser "
          "Support-Formular aus: {url}",
          "Sehr geehrter Kunde, Ihr Konto wurde aufgrund verdächtiger Aktivitäten vorübergehend eingeschränkt. Bitte "
          "verifizieren Sie sich innerhalb von 24 Stunden: {url}",
          "Hi! Das tut uns leid. Bitte keine Daten öffentlich teilen – schreib uns per DM deine E-Mail-Adresse und die "
          "Transaktions-ID, wir kümmern uns sofort.",
          "Kundenservice 🇦🇹 | Deine Auszahlung hängt wegen fehlender KYC-Prüfung. Hier abschließen und Guthaben "
          "freigeben: {url}",
          "Moin, dein Ticket #{ticket} wurde an die Fachabteilung weitergeleitet. Für die Freigabe musst du deine "
          "Wallet kurz im Kundenportal verbinden: {url}"],
         ("Bitpanda_Hilfe", "BisonSupport_DE", "KrakenHilfeDE", "TradeRepSupport"),
         batch=2, fill=TICKET,
         urls=["https://bitpanda-hilfe-{rand}.com/ticket", "https://support-{rand}.bison-app.info",
               "https://kundenportal-{rand}.help"]),
    bait("x26-de-entschaedigung", "fake-refund", "de",
         "Refund/compensation phishing aimed at creditors of insolvent crypto firms (Nuri 2022, FTX, Celsius)",
         ["Ehemalige Nuri-Kunden aufgepasst: Der Insolvenzverwalter zahlt ausstehende Krypto-Guthaben jetzt aus. "
          "Anspruch prüfen und Wallet hinterlegen: {url}",
          "FTX-Gläubiger aus Deutschland: Die Auszahlungsphase hat begonnen. Wer seinen Anspruch nicht bis Freitag "
          "bestätigt, geht leer aus. {url}",
          "Entschädigungsfonds für Opfer von Krypto-Betrug: Bis zu 100 % Ihres Verlusts werden erstattet. Antrag in "
          "5 Minuten online: {url}",
          "Gute Nachrichten für alle Celsius-Geschädigten! Die zweite Ausschüttung ist freigegeben. Einfach Wallet "
          "verbinden und USDC empfangen 👉 {url}",
          "Offizielle Mitteilung: Rückerstattungen laufen ab sofort ausschließlich über das neue Gläubigerportal. "
          "Anfragen per E-Mail werden nicht mehr bearbeitet."],
         ("GlaeubigerInfo_DE", "KryptoNewsDE_", "Insolvenz_Info24", "AnlegerschutzDE"),
         batch=2, when=("2022-10-01", "2025-12-31"),
         urls=["https://nuri-auszahlung-{rand}.de", "https://ftx-glaeubiger.{rand}.com",
               "https://entschaedigung-{rand}.eu/antrag"]),
    bait("x26-de-offizieller-token", "memecoin-ca", "de",
         "Hijacked German creator/celebrity accounts posting 'mein offizieller Token' with a pump.fun contract "
         "address (2024-2025 wave)",
         ["Es ist soweit 🇩🇪🚀 Mein offizieller Token ist live! Nur über diese Adresse kaufen, alles andere ist Fake: "
          "{pump}",
          "Hab lange überlegt, aber jetzt mach ich's: {ticker} ist draußen. CA: {pump}",
          "Leute passt auf, es gibt schon Kopien. Der EINZIG echte Contract ist {pump}",
          "{ticker} gehört der Community 💪 Keine Team-Allocation, kein Rug. {url}",
          "Live auf pump.fun 💊 Wer früh ist, ist früh. {url}"],
         ("DerEchteMaxiBoxt", "LenaStreamtLive", "RapperKiez030", "SchlagerStarHeidi"),
         batch=2, urls=PUMP, fill={"ticker": ["$BRATWURST", "$KUMPEL", "$DIGGA", "$BREZN"]},
         when=("2024-03-01", "2026-06-30")),
    bait("x26-de-verdoppeln", "doubling", "de",
         "'Send crypto, get double back' posts from hijacked German-language creator accounts (2020 Twitter-hack "
         "pattern)",
         ["Ich will der Community was zurückgeben! Jeder, der in der nächsten Stunde ETH an diese Adresse schickt, "
          "bekommt den doppelten Betrag zurück. {eth}",
          "Kein Witz: Schickt 0,1 BTC, bekommt 0,2 BTC zurück. Läuft nur heute bis 22 Uhr. {btc}",
          "Wegen der riesigen Nachfrage verlängere ich die Aktion um 30 Minuten. Alles, was reinkommt, geht doppelt "
          "raus 🔁 {eth}",
          "Zum Jubiläum von 1 Mio. Followern verdopple ich jede Einzahlung in SOL. Min. 1 SOL, max. 100 SOL: {sol}",
          "Viele fragen, ob das echt ist – ja! Über 300 von euch haben ihr Doppeltes schon bekommen. Adresse: {eth}"],
         ("FabiTechTalk", "Dr_Sommer_Finanzen", "FC_Ultra_Kalle", "MarieKochtGern"),
         batch=2, broken=0.15),

    # ------------------------------------------------------------------ Turkish (tr)
    bait("x26-tr-thodex-iade", "fake-refund", "tr",
         "Refund phishing aimed at victims of the April 2021 Thodex exchange collapse (and FTX), fake 'iade' "
         "application portals",
         ["Thodex mağdurlarına müjde 📢 El konulan varlıkların iadesi başladı. Başvuru ve sorgulama için: {url}",
          "Thodex'te parası kalanlar dikkat! İade listesi açıklandı, adınızı kontrol edip cüzdan adresinizi "
          "tanımlayın. Son gün cuma. {url}",
          "FTX ve Thodex mağdurları için tazminat fonu oluşturuldu. Zararınızın tamamı USDT olarak ödenecek 👇 {url}",
          "Resmi duyuru: Alacaklı kullanıcılara ödemeler kripto cüzdan üzerinden yapılacaktır. Cüzdanını bağlamayan "
          "kullanıcıların başvurusu geçersiz sayılır.",
          "Ben dün iademi aldım arkadaşlar, 48 bin TL hesabıma geçti 🙏 Thodex mağduru olanlar hemen başvursun: {url}"],
         ("ThodexMagdurlari", "KriptoHaberTR_", "MagdurDestekDer", "AyseYilmaz_34"),
         batch=2, when=("2021-06-01", "2025-12-31"),
         urls=["https://thodex-iade-{rand}.com", "https://magdur-basvuru.{rand}.net",
               "https://iade-sorgula-{rand}.org"]),
    bait("x26-tr-borsa-destek", "impersonation-support", "tr",
         "Fake BtcTurk/Paribu/Binance TR support reply accounts, surging after the June 2024 BtcTurk hot-wallet hack",
         ["Merhaba, yaşadığınız sorun için üzgünüz 🙏 Talebinizin hızlı çözülmesi için destek formunu doldurmanız "
          "gerekmektedir: {url}",
          "Değerli kullanıcımız, hesabınızda olağan dışı işlem tespit edildi ve hesabınız geçici olarak askıya alındı. "
          "24 saat içinde doğrulama yapınız: {url}",
          "Merhaba, lütfen bilgilerinizi herkese açık paylaşmayın. E-posta adresinizi ve işlem ID'nizi DM'den "
          "iletirseniz hemen yardımcı olacağız.",
          "Yaşanan siber saldırı sonrası tüm kullanıcıların varlıklarını güvence altına almak için hesap doğrulaması "
          "yapması gerekiyor. {url}",
          "Destek | Çekim talebiniz KYC onayı bekliyor. Varlıklarınızın serbest bırakılması için işlemi tamamlayın 👉 {url}"],
         ("BtcTurkDestek_", "ParibuYardim", "BinanceTR_Destek", "KriptoMusteriHizmet"),
         batch=2,
         urls=["https://btcturk-destek-{rand}.com", "https://paribu-dogrulama.{rand}.net",
               "https://destek-{rand}.help/talep"]),
    bait("x26-tr-taraftar-token", "fake-airdrop", "tr",
         "Hijacked Turkish football-club accounts promoting fake fan-token airdrops (clubs have real fan tokens on "
         "Chiliz/Paribu)",
         ["Şampiyonluğu taraftarımızla kutluyoruz 💛❤️ Resmi taraftar tokenimizin ücretsiz dağıtımı başladı! "
          "Cüzdanını bağla, tokenini al: {url}",
          "AIRDROP 🎁 Kulübümüzün kuruluş yıl dönümüne özel 1.000.000 {ticker} taraftarlarımıza hediye. Son katılım "
          "bu gece: {url}",
          "Taraftar token sahiplerine ekstra ödül! Claim ekranı açıldı, süre dolmadan talep et 👉 {url}",
          "Resmi duyuru: Kombine sahibi taraftarlarımız airdrop'ta öncelikli. Cüzdan adresini bağlayarak tokenlerini "
          "hemen alabilirsin. {url}",
          "Kaçıran kalmasın! Ücretsiz token dağıtımı yoğunluk nedeniyle 2 saat uzatıldı ⏳"],
         ("IstanbulGucuSK", "AnadoluYildizSpor", "KaradenizFK_", "EgeSporKulubu"),
         batch=2, fill={"ticker": ["$ASLAN", "$KANARYA", "$KARTAL", "$FIRTINA"]},
         urls=["https://taraftar-token-{rand}.com/claim", "https://airdrop-{rand}.club"]),
    bait("x26-tr-canli-yayin", "youtube-live", "tr",
         "Deepfake 'CANLI' crypto giveaway streams on hijacked Turkish YouTube channels, shared from hijacked X "
         "accounts",
         ["🔴 CANLI YAYINDAYIZ! Bitcoin'in geleceğini konuşuyoruz, yayın boyunca izleyicilere BTC dağıtılıyor. Hemen "
          "katıl: {url}",
          "Şu an canlı yayında Tesla'nın CEO'su kripto hakkında büyük açıklama yapıyor. Ekrandaki QR kodu okut, "
          "etkinliğe katıl 👉 {url}",
          "CANLI | Dev kripto etkinliği başladı. Ekrandaki adrese gönderdiğiniz her miktar iki katı olarak geri "
          "gönderiliyor 🚀 {url}",
          "Yayın bitmeden katılın, sadece 15 dakika kaldı ⏰ {url}",
          "Bu akşam canlıda büyük sürpriz: ilk 1000 izleyiciye ETH hediye 🎁 {url}"],
         ("TeknoIncelemeTR", "FutbolOzetleriHD", "MutfakSirlari_", "OyunDunyasiTV"),
         batch=2, urls=YT),
    bait("x26-tr-on-satis", "fake-presale", "tr",
         "Fake token presales ('ön satış') asking buyers to send USDT (TRC20) or ETH to a wallet for tokens",
         ["🚀 ÖN SATIŞ BAŞLADI! Resmi adrese USDT (TRC20) gönder, {ticker} tokenlerin otomatik olarak cüzdanına "
          "gelsin. {trx}",
          "Borsaya listelenmeden önce son fırsat. Ön satışta fiyat 10 kat daha ucuz! Min. 50 USDT: {trx}",
          "Ön satış 1. tur neredeyse bitti 🔥 ETH gönderenlere %30 bonus. Adres 👇 {eth}",
          "Gönderdiğin cüzdana tokenler 1 saat içinde tanımlanıyor. KYC yok, bekleme yok. {eth}",
          "Yerli ve milli token projemiz {ticker} ön satışta! Katılmak için: {url}"],
         ("AnkaTokenResmi", "KriptoKral_Emre", "Burak_Yatirim", "SimitCoinTR"),
         batch=2, fill={"ticker": ["$TURKUAZ", "$SIMIT", "$LALE", "$ANKA"]},
         urls=["https://onsatis-{rand}.io"], broken=0.1),
    bait("x26-tr-ucretsiz-mint", "nft-drainer", "tr",
         "Hijacked Turkish artist/festival accounts posting free commemorative NFT mint links to wallet drainers",
         ["Takipçilerimize özel: sınırlı sayıda anı NFT'si ücretsiz mint edilebilir 🎉 Sadece gas ücreti! {url}",
          "Ücretsiz mint açıldı! İlk gelen alır, sadece 3.000 adet. Cüzdanını bağla 👉 {url}",
          "Cumhuriyetimizin 100. yılı anısına özel NFT koleksiyonumuz yayında 🇹🇷 Hemen ücretsiz al: {url}",
          "NFT sahiplerine konser biletlerinde ömür boyu öncelik! Mint bu gece sona eriyor: {url}",
          "Sürpriz 🎁 Yeni albümün dijital koleksiyon versiyonu ücretsiz mint'te. Kaçırmayın!"],
         ("MuzikGrubuYildiz", "SanatciDeryaK", "IstanbulFestivali", "GaleriModern_"),
         batch=2, urls=["https://mint-{rand}.art", "https://ucretsiz-nft.{rand}.xyz"]),

    # ------------------------------------------------------------------ Russian (ru)
    bait("x26-ru-razdacha-x2", "doubling", "ru",
         "'Раздача x2' posts: send crypto, get double back, from hijacked Russian-language blogger accounts "
         "(2020 Twitter-hack pattern)",
         ["Решил отблагодарить подписчиков 🙏 Всем, кто отправит ETH на адрес ниже, верну в двойном размере. Акция "
          "действует час. {eth}",
          "Это не развод! Отправляешь 0.1 BTC — получаешь 0.2 BTC. Больше 200 человек уже получили выплаты. {btc}",
          "Раздача x2 продолжается 🔥 Минимум 50 USDT (TRC20), максимум 50 000. {trx}",
          "Друзья, по многочисленным просьбам продлеваю акцию ещё на 30 минут. Всё, что придёт на кошелёк, отправлю "
          "обратно удвоенным. {eth}",
          "Отмечаем миллион подписчиков! Удваиваю любые переводы в SOL до конца дня 👇 {sol}"],
         ("Dmitriy_Blogger", "AnnaStylistMsk", "KriptoDed", "SportsmenIgor"),
         batch=2, broken=0.15),
    bait("x26-ru-airdrop-tapgame", "fake-airdrop", "ru",
         "2024 wave of fake Hamster Kombat/Notcoin/TON tap-game airdrop claim links in Russian-language crypto "
         "communities",
         ["Аирдроп уже здесь 🐹 Раздача токенов для всех, кто тапал. Проверь, сколько тебе положено, и забери до "
          "конца недели: {url}",
          "Клейм открыт! Подключи кошелёк и получи свои токены, пока пул не закончился 👉 {url}",
          "ВНИМАНИЕ: второй сезон аирдропа. Холдеры получают бонус x3. Забрать: {url}",
          "Раздаём 10 000 000 токенов в честь листинга на бирже. Участвуют все, кто подключит кошелёк до 23:59 МСК. {url}",
          "Не пропусти свой аирдроп! Снапшот уже сделан, осталось только забрать 💎"],
         ("TapGameOfficial_ru", "KriptoNovostiRU", "TON_Community_Hub", "DropHunter_ru"),
         batch=2, when=("2024-03-01", "2025-12-31"),
         urls=["https://claim-{rand}.ton-drop.app", "https://airdrop-{rand}.xyz/claim", "https://t-drop-{rand}.com"]),
    bait("x26-ru-vozvrat-sredstv", "recovery", "ru",
         "Fake crypto fund-recovery 'lawyers'/'blockchain detectives' and sock-puppet testimonials targeting scam "
         "victims",
         ["Потеряли деньги на криптобирже или у «брокера»? Поможем вернуть средства. Работаем официально, бесплатная "
          "консультация в ЛС.",
          "Хочу поделиться: меня развели на 2,5 BTC через фейковую платформу. Ребята из {agency} вернули почти всё за "
          "неделю. Очень рекомендую 🙏",
          "Вернём украденную криптовалюту! Отслеживаем транзакции по блокчейну, работаем напрямую с биржами. "
          "Оставьте заявку: {url}",
          "Кто как я попал на скам-проект — не сдавайтесь. Пишите {agency}, предоплаты нет, платите только после "
          "результата.",
          "Юристы по криптомошенничеству. Возврат средств с Binance, Bybit, OKX и других бирж. Гарантия результата ✅ {url}"],
         ("Elena_Inv", "SergeyK_trader", "Marina_Petrova87", "Aleksey_Spb"),
         src=PERSON_SRC, batch=2,
         fill={"agency": ["@VozvratKripty", "@BlockchainDetektiv", "@CryptoYurist24"]},
         urls=["https://vozvrat-kripto-{rand}.ru", "https://chargeback-{rand}.com/zayavka"]),
    bait("x26-ru-otzovite-apruvy", "drainer-approval", "ru",
         "Hijacked DeFi protocol accounts posting fake exploit alerts with revoke/migrate/sign drainer links",
         ["⚠️ Эксплойт! Не взаимодействуйте с пулами до дальнейшего уведомления. Всем, кто давал апрув, — срочно "
          "ревокнуть: {url}",
          "Команда уже работает над проблемой. Средства пользователей в безопасности, но только при условии миграции "
          "в новый контракт до 18:00 МСК. {url}",
          "Апдейт по инциденту: злоумышленник вывел часть ликвидности. Для получения компенсации подпишите сообщение "
          "в кошельке, подтвердив владение адресом → {url}",
          "Повторяем: старый контракт скомпрометирован. Отзовите разрешения и заберите компенсацию здесь {url}",
          "🚨 Обнаружена уязвимость в смарт-контракте пула. Срочно отзовите все разрешения через официальный "
          "инструмент: {url}"],
         ("NordSwap_ru", "MetelFinance", "VolnaProtocol", "KosmosDEX"),
         src=BRAND_SRC, batch=2,
         urls=["https://revoke-{rand}.app", "https://migrate-{rand}.finance", "https://bezopasnost-{rand}.xyz"]),
    bait("x26-ru-presale", "fake-presale", "ru",
         "Fake token presales ('пресейл') asking buyers to send SOL or USDT (TRC20) to a wallet for tokens",
         ["🔥 Пресейл открыт! Отправьте SOL на официальный адрес — токены {ticker} придут автоматически на тот же "
          "кошелёк. {sol}",
          "До листинга осталось 3 дня. На пресейле цена в 8 раз ниже. Минимальный вход 0.5 SOL: {sol}",
          "Раунд 1 почти распродан. Бонус +25% всем, кто зайдёт в ближайший час 👇 {sol}",
          "Без KYC, без вайтлиста. Просто кидаете USDT (TRC20) на {trx} и получаете {ticker} в течение часа.",
          "Успевайте залететь в пресейл {ticker}, пока не поздно. Всё через сайт: {url}"],
         ("MedvedToken", "Kripto_Vitalik_ru", "PresaleHunterRU", "Natasha_DeFi"),
         batch=2, fill={"ticker": ["$MEDVED", "$BABUSHKA", "$PELMEN", "$SHAVERMA"]},
         urls=["https://presale-{rand}.io"], broken=0.1),
    bait("x26-ru-lozhnoe-zayavlenie", "fake-announcement", "ru",
         "Hijacked exchange/project/media accounts posting false market-moving news (mergers, listings, regulator "
         "decisions) with snapshot/claim links",
         ["Официальное заявление: мы подписали соглашение о слиянии с Binance. Все держатели нашего токена получат "
          "обмен 1:1 на BNB. Регистрация: {url}",
          "Срочно: ЦБ РФ разрешил расчёты криптовалютой внутри страны. Первые 10 000 пользователей получат бонус в "
          "USDT → {url}",
          "Рады сообщить о листинге нашего токена на Bybit уже завтра. Снапшот держателей идёт прямо сейчас, "
          "подтвердите участие: {url}",
          "Важное объявление: в связи с ребрендингом старые токены необходимо обменять на новые до пятницы. После "
          "этого старый контракт будет заморожен.",
          "BREAKING: Telegram интегрирует наш токен в встроенный кошелёк. Пресс-релиз и раздача для холдеров 👇 {url}"],
         ("SeverBirzha", "ArkticChain", "MirCoin_official", "KriptoMediaRU"),
         batch=2, urls=["https://news-{rand}.press", "https://snapshot-{rand}.app/confirm"]),

    # ------------------------------------------------------------------ Japanese (ja)
    bait("x26-ja-kinen-nft", "nft-drainer", "ja",
         "Hijacked Japanese anime/idol/artist accounts posting free commemorative NFT mint links to wallet drainers",
         ["日頃の感謝を込めて、フォロワーの皆さま限定で記念NFTを無料配布します🎉 ガス代のみでミントできます👇 {url}",
          "【無料ミント開始】先着3,000名様限定！ウォレットを接続してお受け取りください。 {url}",
          "10周年記念コレクション、本日21時までフリーミント中です✨ お早めにどうぞ {url}",
          "NFTホルダー様にはライブの先行抽選などの特典をご用意しています。ミントはこちらから→ {url}",
          "急告：ミント枠が残りわずかです。まだの方はお急ぎください！"],
         ("AnimeStudioHikari", "idol_unit_sakura", "MangakaKenji_official", "TokyoArtFes"),
         batch=2,
         urls=["https://mint-{rand}.art", "https://free-mint.{rand}.jp.net", "https://nft-{rand}.xyz/claim"]),
    bait("x26-ja-koshiki-token", "memecoin-ca", "ja",
         "Hijacked Japanese celebrity/VTuber/streamer accounts posting 'official token' pump.fun contract addresses "
         "(2024-2025 wave)",
         ["ついに公式トークンをローンチしました🚀 偽物に注意！購入はこのコントラクトのみです CA: {pump}",
          "{ticker} 始めました。みんなで育てるコミュニティトークンです。 {pump}",
          "いろんな人に聞かれたので… 正式なCAはこちら👇 {pump} これ以外は全部偽物です",
          "pump.funで公開中💊 早い者勝ち！ {url}",
          "本人です笑 {ticker} はファンのみんなと一緒に盛り上げていきたい。 {url}"],
         ("GeinoJin_Taro", "VTuber_Mikan", "ProGamer_Ryo", "SumoFanOfficial"),
         batch=2, urls=PUMP, fill={"ticker": ["$SAMURAI", "$NEKO", "$SUSHI", "$KAWAII"]},
         when=("2024-03-01", "2026-06-30")),
    bait("x26-ja-kigyo-happyo", "fake-announcement", "ja",
         "Hijacked Japanese corporate PR accounts posting false market-moving announcements (BTC treasury, own "
         "token, partnerships, token-based shareholder perks) with claim links",
         ["【重要なお知らせ】当社は本日、ビットコインを財務資産として1,000億円分取得することを決定いたしました。詳細はこちら {url}",
          "【公式】当社独自の暗号資産トークンを発行いたします。先行配布のお申し込みはこちらから（先着1万名様） {url}",
          "お知らせ：当社とリップル社の業務提携が正式に決定しました。記念としてXRPホルダーの皆様にエアドロップを実施します。 {url}",
          "速報：当社はステーブルコイン事業に参入します。ウォレットをご登録いただいた方全員に1,000円相当のトークンを進呈。 {url}",
          "株主の皆様へ　本日より株主優待をトークンで配布いたします。受け取り期限は今月末までです。"],
         ("NihonDensan_PR", "SakuraHoldings_jp", "MiraiTech_Koho", "Yamato_Shoji_PR"),
         src=BRAND_SRC, batch=2,
         urls=["https://ir-{rand}.co-jp.net/news", "https://token-{rand}.jp-official.com"]),
    bait("x26-ja-wallet-ninsho", "wallet-validation", "ja",
         "Fake 'wallet sync/authentication' seed-phrase phishing posing as MetaMask, Trust Wallet and bitFlyer "
         "support",
         ["【MetaMask】ウォレットの同期エラーが発生しています。資産保護のため、24時間以内に認証を完了してください。 {url}",
          "残高が表示されない方へ：ウォレットの再認証が必要です。12単語のリカバリーフレーズを入力すれば数分で復旧します👇 {url}",
          "bitFlyerをご利用のお客様へ。セキュリティ強化に伴い、外部ウォレットの登録確認をお願いしております。未確認のアカウントは出金が制限されます。 {url}",
          "エアドロップの受け取りにはウォレット検証が必須です。DApp接続後、シードフレーズをご確認ください。",
          "トラストウォレットの不具合について：公式の復旧ツールで同期し直してください→ {url}"],
         ("MetaMask_Support_JP", "WalletHelpJapan", "bitFlyer_Help_JP", "Web3Support_jp"),
         batch=2,
         urls=["https://metamask-sync-{rand}.com", "https://wallet-ninsho.{rand}.app",
               "https://bitflyer-kakunin-{rand}.net"]),
    bait("x26-ja-shonin-torikeshi", "drainer-approval", "ja",
         "Hijacked DeFi protocol accounts posting fake exploit alerts with revoke/migrate/sign drainer links",
         ["🚨【緊急】スマートコントラクトに脆弱性が見つかりました。念のため、公式ツールから今すぐ承認（Approve）を取り消してください。 {url}",
          "セキュリティインシデントについて：資産保護のため、新コントラクトへの移行をお願いします。旧コントラクトは2時間後に停止します。 {url}",
          "ハッキング被害の補償を受けるには、ウォレットで署名してアドレスの所有権を確認してください→ {url}",
          "過去30日以内にプロトコルを利用した方は資産が危険にさらされている可能性があります。リボークはこちら {url}",
          "続報：攻撃は継続中です。まだ移行していない方は至急ご対応を。"],
         ("AsagiSwap", "KumoFinance_jp", "HoshiDEX", "TsukiVault"),
         src=BRAND_SRC, batch=2, urls=["https://revoke-{rand}.app", "https://migrate-{rand}.finance"]),
    bait("x26-ja-hosho-uketori", "fake-refund", "ja",
         "Compensation/repayment phishing after the May 2024 DMM Bitcoin hack (accounts moved to SBI VC Trade in "
         "2025) and the 2024 Mt. Gox creditor repayments",
         ["【DMM Bitcoin】不正流出に関する補償手続きのご案内：対象のお客様は期限内に受取ウォレットをご登録ください。 {url}",
          "マウントゴックス債権者の皆様へ。弁済の受け取りが開始されました。期限までに申請がない場合、権利を失います。 {url}",
          "口座移管に伴う補償BTCの受け取り手続きがお済みでない方は、こちらから本人確認をお願いします👇 {url}",
          "流出事件の被害者救済プログラム：損失額の全額をUSDTで返金します。ウォレットを接続するだけ。 {url}",
          "私も昨日補償金受け取れました！まだの人は急いだほうがいいです→ {url}"],
         ("Saiken_Henkou_Info", "CryptoNews_JP24", "HosyoMadoguchi", "yuki_crypto88"),
         batch=2, when=("2024-05-31", "2025-12-31"),
         urls=["https://dmm-hosho-{rand}.com", "https://mtgox-bensai.{rand}.net", "https://hosho-{rand}.jp-info.com"]),
]
