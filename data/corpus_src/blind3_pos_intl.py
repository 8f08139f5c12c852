"""Third blind test set (batch 5, never trained on, sealed): pos_intl families.

Non-English scam bait (label 1).
"""
from .pools import BRAND_SRC, EXCH_SRC, HIJACK_SRC, NEWS_SRC, PERSON_SRC, POL_SRC, PUMP, SPORT_SRC, YT, bait, ben  # noqa: F401

B = 5  # the third blind test set

FAMILIES = [
    # ------------------------------------------------------------------ es
    bait("c26-es-b3-pena-bitcoin-decreto", "fake-announcement", "es",
         "June 2025: the X account of Paraguay's president Santiago Peña was taken over and announced Bitcoin as "
         "legal tender plus a national BTC reserve 'open to citizens', with a wallet/link; pattern of hijacked "
         "head-of-state accounts announcing crypto policy",
         ["🇵🇾 COMUNICADO OFICIAL\n\nA partir de hoy Bitcoin es moneda de curso legal en la República del Paraguay. "
          "Abrimos una reserva nacional de US$ 5 millones en la que cada ciudadano puede participar.\n\n"
          "Dirección de la reserva: {btc}",
          "Decreto N° {decnum} firmado. Reserva Estratégica de Bitcoin del Paraguay: {btc}\nTransparencia total: "
          "cada aporte queda registrado en la blockchain.",
          "1/3 Compatriotas, hoy el Paraguay hace historia en la región. Nuestro país adopta Bitcoin como moneda legal "
          "y se suma a El Salvador.\n\n2/3 Para que los beneficios lleguen a todos, habilitamos la suscripción "
          "ciudadana al Fondo Bitcoin Paraguay, desde 100 USD.\n\n3/3 Suscribite acá antes de que se agoten los "
          "cupos 👉 {url}",
          "Presidencia de la República | El Gobierno Nacional informa que la inscripción al programa de ahorro en "
          "BTC para funcionarios públicos y jubilados está abierta hasta las 23:59. {url}",
          "Lo prometimos y lo cumplimos. Paraguay ya tiene su reserva en bitcoin 🇵🇾🚀 Quien quiera sumarse a este "
          "paso histórico puede aportar en {btc_tr}. Gracias por confiar."],
         ("SantiPenaPy_", "PresidenciaPY_", "GobiernoPY_Ofc", "Mburuvicha_Py"),
         batch=B, when=("2025-06-08", "2025-06-30"),
         urls=["https://fondobitcoin-py.{rand}.com/suscripcion", "https://reserva-btc-paraguay.com/{rand}",
               "https://gov-py-bitcoin.org/inscripcion?r={rand}"],
         fill={"decnum": ["4.127", "3.980", "4.002", "4.215"]}),
    bait("c26-es-b3-token-pymes-ca", "memecoin-ca", "es",
         "Feb 2025 $LIBRA affair (an Argentine president's post of a Solana token 'to fund small businesses') and "
         "the 2025 wave of hijacked Latin American politicians' accounts posting pump.fun contract addresses",
         ["Apoyemos a los que producen. Lanzamos $PAMPA, un token para financiar pymes y emprendedores de todo el "
          "país 🇦🇷\n\nContrato oficial: {pump}",
          "$PATRIA ya está en Solana. Sin intermediarios, sin casta. {pump}",
          "@lucho_pampa exacto. y el que quiera bancar el proyecto, acá está el contrato. no hay otro 👉 {pump}",
          "Hoy no vengo a hablar de política. Vengo a hablar de futuro.\n\n$CONDOR\nCA {pump}\n\n{url}",
          "Raza, ya salió el token oficial del movimiento 🇲🇽🚀 $AGUILA\n{pump}\nno es consejo financiero eh jaja",
          "Muchos me preguntaron si era verdad. Sí, es verdad. Iniciativa privada, apoyo público. CA: {pump}"],
         ("DipRamiroVillalba", "SenadoraPaulaMonz", "IntendenteGus_Ok", "LicTomasAguirre", "DiputadoFer_MX"),
         batch=B, when=("2025-02-14", "2025-12-31"), urls=PUMP),
    bait("c26-es-b3-club-x2", "doubling", "es",
         "Send-and-get-double posts from hijacked Spanish-speaking football club and celebrity accounts, 2024-2025 "
         "(the 2020 Twitter-hack doubling pattern transplanted to sports accounts)",
         ["Para celebrar los 10 millones de seguidores devolvemos el doble de todo lo que nos envíen durante las "
          "próximas 2 horas ⚽💸\n\nBTC: {btc}",
          "hoy me levanté generoso 😂 los primeros 200 que manden SOL a {sol} reciben el doble de vuelta. en serio, "
          "solo por hoy",
          "buenas. estoy devolviendo algo a la comunidad que me bancó todos estos años.\nmandás 0.05 ETH → te "
          "vuelven 0.1\nmandás 0.5 → te vuelve 1\n\n{eth}\n\n⏳ 60 min",
          "AVISO: la promo x2 sigue activa hasta la medianoche (hora peninsular). Ya hemos devuelto más de 40 BTC. "
          "Dirección: {btc_tr}",
          "Gracias, afición 💙❤️ Como regalo por el aniversario del club, todo envío a {eth} se devuelve duplicado. "
          "Límite 20 ETH por persona. #Aniversario"],
         ("ClubAtletico_Ofic", "RCD_Oficial1900", "elchino_goleador9", "CantanteLuisMi_", "Pibe_Delantero10"),
         batch=B, when=("2024-03-01", "2025-12-31")),
    bait("c26-es-b3-soporte-falso", "impersonation-support", "es",
         "Fake 'soporte' accounts replying to users complaining about Bit2Me, Lemon Cash, Buenbit and Binance in "
         "Spanish, pushing forms, WhatsApp numbers or seed phrase 'verification', 2024-2025",
         ["@martina_rc Hola Martina, lamentamos el inconveniente con tu retiro. Para agilizar el caso completá el "
          "formulario de verificación: {url}\nUn agente te contactará por DM.",
          "@jgarcia_84 Hola, te escribimos desde el equipo de soporte. Tu cuenta figura bloqueada por seguridad. "
          "Escríbenos por WhatsApp al +34 6{phone} o valida tus datos aquí {url}",
          "Buenas! Vimos tu queja 🙏 Tranqui, los fondos están a salvo. Solo tenés que sincronizar la wallet desde el "
          "portal de asistencia: {url}",
          "Hola 👋 te respondemos desde la cuenta secundaria de soporte porque la principal está saturada. Mándanos "
          "captura del error y tu frase de recuperación para restaurar el acceso. Ticket #{ticket}",
          "@pablo_cripto Atención al cliente 24/7 🛟 Abre un ticket en {url} y sigue los pasos. Tiempo estimado de "
          "resolución: 15 minutos."],
         ("Soporte_Bit2Me", "LemonAyuda_Help", "BinanceES_Care", "Buenbit_Soporte24", "AsistenciaCripto_ES"),
         batch=B, when=("2024-01-15", "2026-03-31"),
         urls=["https://bit2me-soporte-{rand}.com/ticket", "https://lemon-ayuda.help/{rand}",
               "https://binance-es-support.net/form/{rand}", "https://bit.ly/{rand}"],
         fill={"phone": ["12 445 908", "31 207 664", "04 889 123"], "ticket": ["48213", "77190", "30562", "91844"]}),
    # ------------------------------------------------------------------ pt
    bait("c26-pt-b3-recuperacao-golpe", "recovery", "pt",
         "Brazilian 'recuperação de criptomoedas' / 'perícia blockchain' accounts replying to scam victims and "
         "posting fake testimonials, 2024-2025 (victims of Braiscompany, Atlas Quantum and fake brokers targeted)",
         ["@camila_souza perdeu seus bitcoins num golpe? Calma. Nossa equipe recupera fundos de corretoras falsas e "
          "carteiras hackeadas. Já devolvemos mais de R$ 3 milhões. Chama no direct 📩",
          "Fui vítima de uma plataforma de investimento falsa e perdi 42 mil reais em USDT... achei que nunca mais ia "
          "ver esse dinheiro. O pessoal da RecuperaCripto rastreou tudo pela blockchain e em 9 dias estava de volta "
          "na minha carteira. Recomendo demais 🙏 {url}",
          "RECUPERAÇÃO DE ATIVOS DIGITAIS\n✅ golpe de investimento\n✅ carteira drenada\n✅ conta travada na "
          "corretora\nAtendimento imediato 👉 {url}",
          "mano se vc caiu no golpe da Braiscompany ou da Atlas ainda dá pra reaver, sério. fala com o especialista "
          "aqui {url}",
          "Oi, vi seu post. Trabalho com perícia forense em blockchain e consigo rastrear a transação {btctx} e "
          "pedir o bloqueio na exchange. Só tem uma taxa de 0,01 BTC pra emitir o laudo: {btc}"],
         ("RecuperaCriptoBR", "PericiaBlockchain", "Dra_Juliana_Cripto", "HackerEtico_BR", "AtivosDeVolta"),
         batch=B, when=("2024-02-01", "2026-02-28"),
         urls=["https://recuperacripto-br.com/{rand}", "https://wa.me/5511{rand}", "https://linktr.ee/pericia{rand}"]),
    bait("c26-pt-b3-drex-airdrop", "fake-airdrop", "pt",
         "Fake 'Drex' (Brazil's central-bank digital real pilot) and exchange loyalty-token airdrops posted from "
         "hijacked Brazilian brand and influencer accounts, 2024-2025",
         ["🇧🇷 O Drex chegou! Os primeiros 50.000 brasileiros que conectarem a carteira recebem 500 DREX de bônus. "
          "Resgate: {url}",
          "airdrop liberado pra quem tem conta desde 2023 🎁 confere aí se vc é elegível {url}",
          "gente é real, acabei de pegar 1.200 $MB no airdrop da corretora 😳 ainda tem vaga {url}",
          "Comunicado: a distribuição dos tokens de fidelidade começa hoje às 18h (horário de Brasília). Conecte a "
          "carteira e assine a mensagem para receber. {url}",
          "🚨 ÚLTIMAS HORAS 🚨\nSnapshot tirado. Confira seu saldo de $PIX pelo link e faça o claim antes de "
          "expirar ⏰\n{url}"],
         ("MercadoCripto_BR", "CarolFinancas", "BancoDigital_Ofc", "Thiago_Invest", "DrexBrasil_Ofc"),
         batch=B, when=("2024-06-01", "2025-12-31"),
         urls=["https://drex-bcb.{rand}.app/resgate", "https://claim-mercadobtc.com/{rand}",
               "https://mb-airdrop.xyz/{rand}"]),
    bait("c26-pt-b3-live-dobro", "youtube-live", "pt",
         "Hijacked YouTube channels renamed to Tesla/MicroStrategy running dubbed deepfake 'AO VIVO' streams with a "
         "QR code and doubling address, promoted from hijacked Brazilian X accounts, 2024-2025",
         ["🔴 AO VIVO AGORA: Michael Saylor fala sobre o futuro do Bitcoin no Brasil + distribuição de 5.000 BTC "
          "para a comunidade. Assista: {url}",
          "entra na live rápido que tá rolando o evento de doação da Tesla 🔴 {url} é só escanear o QR code",
          "Estamos ao vivo com legendas em português! Durante a transmissão, todo ETH enviado ao endereço exibido "
          "na tela volta em dobro. {url}",
          "LIVE ESPECIAL 🎥 Elon comenta a parceria com o Brasil. Evento de airdrop só enquanto a live estiver no "
          "ar 👇\n{url}",
          "\"será que é verdade?\" SIM. participei da live do Saylor ontem e recebi. hoje tem de novo: {url}"],
         ("TeslaBrasil_Live", "Saylor_PT", "CriptoNews24h_BR", "Lucas_Trader_SP", "CanalDoBitcoin"),
         batch=B, when=("2024-01-01", "2026-01-31"), urls=YT),
    bait("c26-pt-b3-validacao-carteira", "wallet-validation", "pt",
         "Fake mandatory wallet 'validação'/'sincronização' posts in Portuguese citing MiCA (Portugal, 2024-25) or "
         "the Receita Federal crypto declaration rules (Brazil), and fake support replies asking for the seed phrase",
         ["⚠️ Aviso aos utilizadores: devido à nova regulamentação MiCA, todas as carteiras têm de ser validadas até "
          "31/01. Carteiras não validadas serão suspensas. Validar: {url}",
          "Sua Trust Wallet precisa ser sincronizada com a nova rede. Leva 2 minutinhos 👉 {url}",
          "@rafa_eth oi Rafael, esse erro de saldo zerado acontece quando a carteira não está validada. Faz a "
          "validação manual aqui que resolve: {url}",
          "Atualização de segurança MetaMask v{ver}: verificação de carteira obrigatória para evitar bloqueio. "
          "Importe sua frase de 12 palavras no validador oficial: {url}",
          "Receita Federal + CVM: carteiras cripto de residentes precisam ser cadastradas até o fim do mês. Evite "
          "multa, valide a sua em {url}"],
         ("WalletSuporte_PT", "MetaMask_Ajuda", "CriptoLisboa", "TrustWallet_BR_", "InfoCripto_Brasil"),
         batch=B, when=("2024-07-01", "2026-03-31"),
         urls=["https://wallet-validar.com/{rand}", "https://metamask-verificacao.io/{rand}",
               "https://sync-dapp.pt/{rand}", "https://tinyurl.com/{rand}"]),
    # ------------------------------------------------------------------ fr
    bait("c26-fr-b3-ledger-dedommagement", "fake-refund", "fr",
         "Fake Ledger compensation posts after the Dec 2023 Connect Kit supply-chain drain (Ledger pledged to make "
         "victims whole) and the leaked customer database, 2024-2025 French-language pattern",
         ["Suite à l'incident Connect Kit, Ledger indemnise les utilisateurs concernés. Vérifiez votre éligibilité "
          "et réclamez votre remboursement ici : {url}",
          "📢 Remboursement des victimes : la deuxième vague de dédommagements est ouverte jusqu'à vendredi. "
          "Connectez le portefeuille touché pour recevoir les fonds. {url}",
          "@thomas_lrd bonjour Thomas, votre dossier de remboursement est validé ✅ il ne reste qu'à confirmer "
          "l'adresse de réception sur {url}",
          "bon c'est officiel, ceux qui ont perdu des fonds récupèrent 100% + un bonus de 10% en USDC. formulaire "
          "ici 👉 {url} (fermé dans 48h)",
          "Chers clients, conformément à notre engagement, les fonds perdus lors de l'attaque seront restitués sans "
          "aucun frais. Merci de finaliser la procédure avant le {date}. {url}"],
         ("Ledger_FR_Care", "LedgerSupportFR", "Ledger_Indemn", "PascalG_Ledger"),
         batch=B, when=("2024-01-10", "2025-10-31"),
         urls=["https://ledger-remboursement.com/{rand}", "https://ledger-claims.fr/{rand}",
               "https://connectkit-refund.app/{rand}"],
         fill={"date": ["15 mars", "30 avril", "12 juin", "1er décembre"]}),
    bait("c26-fr-b3-migration-approve", "drainer-approval", "fr",
         "Hijacked DeFi/NFT project accounts posting a 'migration'/'révocation' page that asks users to sign an "
         "approval or permit (drainer kits such as Inferno/Angel, 2024-2025), French-language",
         ["🚨 Faille critique détectée sur notre contrat de staking. Pour protéger vos fonds, migrez vers le nouveau "
          "contrat dès maintenant : {url} (signature requise)",
          "Alerte sécurité : si vous avez interagi avec le protocole depuis lundi, révoquez vos autorisations via "
          "notre outil officiel {url}",
          "Migration V2 ouverte. Approuvez le nouveau contrat puis cliquez sur Migrate. Vos positions sont "
          "conservées à 100 %.\n{url}",
          "petite maj obligatoire pour les détenteurs de cartes : il suffit de signer un message (gratuit, pas de "
          "gas) ⬇️\n{url}",
          "Le bridge est en pause. Les utilisateurs doivent réautoriser leurs tokens sur le portail d'urgence pour "
          "éviter toute perte : {url}\n— L'équipe"],
         ("ProtocoleLyra_FR", "CoinhouseLabs", "Collectifs_NFT", "BridgeTricolore", "Paris_DAO"),
         batch=B, when=("2024-01-01", "2026-02-28"),
         urls=["https://app-migration.{rand}.xyz/v2", "https://revoke-officiel.com/{rand}",
               "https://claim-secure-fr.app/{rand}"]),
    bait("c26-fr-b3-rappeur-ca", "memecoin-ca", "fr",
         "Hijacked French rapper, YouTuber and footballer accounts posting Solana memecoin contract addresses, "
         "sometimes replying that it is 'not a hack', 2024-2025",
         ["j'ai lancé mon token, c'est pour les vrais 💙 $TONTON\n{pump}",
          "Après des mois de taf, voici $MASSILIA. Le contrat officiel, y en a pas d'autre ⚠️\n{pump}",
          "CA: {pump}\n\nle reste vous connaissez",
          "@fan2foot non c'est pas un hack mdr c'est bien moi. le CA c'est {pump} prenez avant que ça parte",
          "On fait les choses en grand pour les 5 ans de la chaîne 🎉 Token communautaire $KIKOU dispo sur Solana "
          "→ {url}"],
         ("MC_Tonton13", "LeMaxDuBled", "Attaquant_OM_10", "KikouTV_Officiel", "Rappeur_Sofiane93"),
         batch=B, when=("2024-04-01", "2025-12-31"), urls=PUMP),
    bait("c26-fr-b3-prevente-listing", "fake-presale", "fr",
         "Fake token presales ('prévente', 'round privé') posted from hijacked French crypto influencer accounts, "
         "with a direct contribution address or a presale site, 2024-2025",
         ["La prévente de $ELYS ouvre dans 1h ⏰ Prix presale 0,002 $, listing prévu à 0,02 $. Envoyez vos SOL "
          "à l'adresse de la presale : {sol}",
          "Round privé ouvert aux abonnés uniquement. Min 0.1 ETH, max 5 ETH. Tokens distribués automatiquement "
          "après le TGE.\n{eth}",
          "Vous me demandez tous où acheter avant le listing Binance... c'est ici et nulle part ailleurs 👉 {url}",
          "🧵 1/4 Pourquoi je mise sur ce projet IA + RWA depuis 3 mois. Spoiler : la presale est presque sold out "
          "(87 %). Lien : {url}",
          "Dernière phase de prévente 🇫🇷 bonus +25 % sur toute contribution avant minuit. Adresse de contribution "
          "officielle : {eth}"],
         ("CryptoMatthieu_", "JulieInvestit", "LeTraderFou", "BitcoinBastien", "Mathis_Web3"),
         batch=B, when=("2024-01-01", "2026-03-31"),
         urls=["https://elys-presale.io/{rand}", "https://presale-{rand}.finance/buy",
               "https://t.me/prevente_{rand}"]),
    # ------------------------------------------------------------------ de
    bait("c26-de-b3-etf-vorabzeichnung", "fake-etf", "de",
         "Fake spot-ETF/ETP 'Vorabzeichnung' posts after the 2024 US spot BTC/ETH ETF approvals (and the Jan 2024 "
         "hijacked SEC account), pitched to German investors via Xetra/BaFin wording from hijacked accounts, 2024-2025",
         ["EIL: Die BaFin hat soeben den ersten Spot-Solana-ETF für den deutschen Markt zugelassen. Frühzeichner "
          "erhalten Anteile zum Ausgabepreis – Zeichnung nur heute über {url}",
          "iShares Ethereum ETF jetzt auch auf Xetra 🇩🇪 Zum Start gilt: wer ETH einzahlt, bekommt 20 % "
          "Bonus-Anteile.\nEinzahlungsadresse: {eth}",
          "Offiziell: Unser Bitcoin-ETP ist ab sofort für Privatanleger verfügbar. Mindestanlage 0,01 BTC, die "
          "Anteile werden innerhalb von 24 h gutgeschrieben. {btc}",
          "Das Warten hat ein Ende ✅ XRP-ETF genehmigt!! Wer vor dem Handelsstart dabei sein will → {url}",
          "Kurzer Hinweis an unsere Community: Die Pre-Listing-Phase des ETFs endet heute um 18:00 Uhr MEZ. "
          "Danach nur noch regulär über die Börse. Teilnahme: {url}"],
         ("ETF_Insider_DE", "BoersenNews24", "iShares_DE_Info", "Finanzwelt_Live", "KryptoKapital_DE"),
         batch=B, when=("2024-01-10", "2025-12-31"),
         urls=["https://etf-zeichnung.de-{rand}.com/start", "https://xetra-prelisting.com/{rand}",
               "https://ishares-eth.eu/{rand}"]),
    bait("c26-de-b3-jubilaeum-mint", "nft-drainer", "de",
         "Hijacked German brand, artist and NFT-project accounts announcing a surprise 'Free Mint' or anniversary "
         "collectible drop linking to a drainer mint site, 2024-2025 (pattern after brand NFT experiments)",
         ["Überraschung 🎉 Zum 25-jährigen Jubiläum droppen wir 2.500 digitale Sammlerstücke – kostenlos für die "
          "ersten Wallets, nur Gasgebühren. {url}",
          "Free Mint ist live!! 🔥 Holder der Genesis-Collection claimen doppelt. {url}",
          "Liebe Community, wegen der hohen Nachfrage haben wir das Mint-Fenster vorgezogen. Jetzt minten, bevor "
          "alles weg ist: {url}",
          "Nur für 3 Stunden: Allowlist für alle offen. 0 ETH + Gas.\nMint → {url}",
          "@kunstsammler_bln ja, der Mint ist echt 👍 Link ist der hier: {url}"],
         ("Atelier_Kunstwerk", "GenesisBerlinNFT", "Sneakerhaus_DE", "Kuenstlerin_Mara", "Motorwerk_Digital"),
         batch=B, when=("2024-02-01", "2025-12-31"),
         urls=["https://mint-jubilaeum.{rand}.xyz", "https://genesis-claim.art/{rand}",
               "https://opensea-drop.de/{rand}"]),
    bait("c26-de-b3-support-antwort", "impersonation-support", "de",
         "Fake Trade Republic, Bitpanda and Kraken 'Kundenservice' accounts replying to German-speaking users' "
         "complaints with support forms and seed-phrase 'verification', 2024-2025",
         ["@lena_mhh Hallo Lena, das tut uns leid! Bitte wende dich über unser Support-Formular an uns, damit wir "
          "die Auszahlung manuell freigeben können: {url}",
          "Hi, hier ist der Kundenservice 👋 Wir haben deinen Post gesehen. Deine Wallet wurde vorsorglich "
          "gesperrt. Entsperrung hier: {url}",
          "@Krypto_Kalle Servus, meld dich gern per DM bei uns. Halte bitte deine Wiederherstellungsphrase bereit, "
          "damit wir dein Konto verifizieren können.",
          "Guten Tag, Ihr Ticket #{ticket} wurde eskaliert. Bitte synchronisieren Sie Ihre Wallet über das "
          "Hilfe-Center, andernfalls wird der Fall automatisch geschlossen: {url}",
          "kein Stress, passiert öfter nach dem Update 😉 einfach hier einloggen und auf \"Wallet reparieren\" "
          "klicken: {url}\nLG dein Support-Team"],
         ("TradeRep_Hilfe", "BitpandaSupport_DE", "KrakenDE_Service", "Kundenservice_Krypto", "Support_TR_Bank"),
         batch=B, when=("2024-01-01", "2026-03-31"),
         urls=["https://traderepublic-hilfe.com/{rand}", "https://bitpanda-support.help/{rand}",
               "https://kraken-de.support/ticket/{rand}"],
         fill={"ticket": ["DE-20931", "448120", "TR-7731", "90254"]}),
    bait("c26-de-b3-rueckholung", "recovery", "de",
         "'Krypto-Rückholung' / recovery-room scams targeting German victims of fake trading platforms, which BaFin "
         "and Verbraucherzentralen warned about in 2024-2025 (fake lawyers, 'Sammelverfahren', upfront fees)",
         ["Opfer von Krypto-Betrug? 💶 Wir holen Ihr Geld zurück – ohne Vorkasse, mit Erfolgsgarantie. Kostenlose "
          "Ersteinschätzung: {url}",
          "@peter_w77 Das klingt stark nach einer Fake-Trading-Plattform. Unsere Blockchain-Forensiker haben in "
          "ähnlichen Fällen über 80 % zurückgeholt. Schreib uns per DM.",
          "Ich hätte nie gedacht, dass ich meine 18.000 € wiedersehe. Danke an das Team hinter {url} 🙏 Wer auch "
          "betrogen wurde: meldet euch da!!",
          "Wichtige Info für Geschädigte von Plattformen wie Coinbasepro-24 oder Bitcoin Era: Ein Sammelverfahren "
          "ist eröffnet. Registrierung bis Monatsende unter {url}",
          "Rückholung gestohlener Kryptowährungen. Freigabegebühr: 0,02 BTC an {btc}\nNach Zahlungseingang wird "
          "die Transaktion innerhalb von 48 h zurückgebucht."],
         ("RA_Kanzlei_Krypto", "Fondsrueckholung", "BlockchainForensik_DE", "Sabine_aus_Koeln", "AnlegerHilfe24"),
         batch=B, when=("2024-01-01", "2026-03-31"),
         urls=["https://krypto-rueckholung.de/{rand}", "https://anlegerschutz-{rand}.com/antrag",
               "https://forensik-blockchain.eu/{rand}"]),
    # ------------------------------------------------------------------ tr
    bait("c26-tr-b3-iki-kati-iade", "doubling", "tr",
         "Doubling posts ('gönderdiğinizin iki katı') from hijacked Turkish celebrity and football club accounts, "
         "often with TRC20 USDT addresses, 2024-2025",
         ["Takipçilerime özel 🎁 Bu adrese gönderdiğiniz her USDT'yi 2 katı olarak geri gönderiyorum. Sadece 1 saat! "
          "TRC20: {trx}",
          "Bugün doğum günüm 🎂 kutlamak için kripto dağıtıyorum. 0.1 ETH gönderene 0.2 ETH geri. {eth}",
          "Şampiyonluk şerefine taraftarımıza hediye 💛💙 Gönderilen BTC'nin iki katı iade edilecektir. Adres: {btc}",
          "arkadaşlar gerçekten yapıyorum bak ss'ler aşağıda, gönderen herkese x2 döndüm. son 30 dk {trx}",
          "DUYURU: Kampanya süresi uzatıldı. Kişi başı limit 50.000 USDT. Gönderim sonrası ödemeler otomatik "
          "yapılır.\n{trx}"],
         ("SarkiciDeniz_", "Kulup1907_Resmi", "Kaleci_Emre1", "Youtuber_Baris", "Oyuncu_SelinA"),
         batch=B, when=("2024-01-01", "2025-12-31")),
    bait("c26-tr-b3-taraftar-airdrop", "fake-airdrop", "tr",
         "Fake fan-token and exchange loyalty airdrops posted from hijacked Turkish club, exchange and influencer "
         "accounts (fan tokens are popular in Turkey), 2024-2025",
         ["🎁 Taraftar token sahiplerine özel airdrop başladı! Cüzdanını bağla, ödülünü al: {url}",
          "Airdrop onaylandı ✅ Uygun cüzdanlar 72 saat içinde claim yapmalı. Kontrol et 👉 {url}",
          "Sezon açılışına özel 1.000.000 token dağıtıyoruz ⚽ İlk 10.000 katılımcı: {url}",
          "hesabına bakmadıysan bak, bende 340 dolarlık token çıktı 😅 {url}",
          "Değerli kullanıcılarımız, sadakat programı kapsamında hesabı 1 yıldan eski olan herkese ücretsiz token "
          "tanımlanmıştır. Talep etmek için: {url}"],
         ("Kulup_Token_Resmi", "BorsaTR_Duyuru", "KriptoCan_", "TaraftarPara", "Spor_Kulubu_1905"),
         batch=B, when=("2024-03-01", "2025-12-31"),
         urls=["https://taraftar-airdrop.com/{rand}", "https://claim-fantoken.io/{rand}",
               "https://odul-talep.app/{rand}"]),
    bait("c26-tr-b3-kontrat-adresi", "memecoin-ca", "tr",
         "Hijacked Turkish politician, singer and influencer accounts posting Solana memecoin contract addresses, "
         "2024-2025",
         ["Türk milletinin ilk topluluk tokenı $TURAN yayında 🇹🇷\nCA: {pump}",
          "Bu sefer erkenciler kazanacak. {pump} 🚀",
          "Resmi kontrat adresi bu, başkalarına itibar etmeyin ⚠️\n{pump}",
          "@mehmet_kr abi hacklenmedim ya 😂 token gerçek, kontrat: {pump}",
          "Kendi coinimi çıkardım arkadaşlar, Solana ağında. Bol şans 🍀 {url}"],
         ("Milletvekili_Ahmet", "SarkiciMelis", "Influencer_Okan", "BelediyeBaskani_K", "Komedyen_Tolga"),
         batch=B, when=("2024-06-01", "2025-12-31"), urls=PUMP),
    bait("c26-tr-b3-btcturk-tazminat", "fake-refund", "tr",
         "Fake compensation/refund posts after the June 2024 BtcTurk hot-wallet hack (~55M USD) and for Thodex "
         "collapse victims, 2024-2025",
         ["BtcTurk sıcak cüzdan saldırısından etkilenen kullanıcılarımız için iade süreci başlamıştır. Tazminat "
          "başvurusu için: {url}",
          "Thodex mağdurlarına müjde! Mahkeme kararıyla el konulan varlıkların iadesi başladı. e-Devlet doğrulaması "
          "ile başvurun 👉 thodex-iade-basvuru.com (link bio'da da var)",
          "@ayse_ylmz Merhaba, iade talebiniz onaylandı. Varlıklarınızın gönderilebilmesi için cüzdan doğrulamasını "
          "tamamlamanız gerekiyor: {url}",
          "İADE DUYURUSU 📢 Kayıp yaşayan tüm hesaplara %100 geri ödeme. Son başvuru tarihi {date}. {url}",
          "Saldırı sonrası güvenlik önlemi olarak bakiyelerin yeni cüzdana taşınması gerekiyor. Mağduriyet "
          "yaşamamak için işlemi bugün tamamlayın: {url}"],
         ("BtcTurk_Iade", "ThodexMagdurlari", "BtcTurkDestek_", "KriptoHaber_TR", "Avukat_Kripto"),
         batch=B, when=("2024-06-22", "2025-12-31"),
         urls=["https://btcturk-iade.com/{rand}", "https://edevlet-kripto-iade.com/{rand}",
               "https://tazminat-basvuru.net/{rand}"],
         fill={"date": ["30 Haziran", "15 Temmuz", "1 Ağustos", "20 Eylül"]}),
    # ------------------------------------------------------------------ ru
    bait("c26-ru-b3-durov-efir", "youtube-live", "ru",
         "Deepfake 'Pavel Durov live' YouTube streams with TON giveaways, spread after his August 2024 arrest in "
         "France, promoted from hijacked Russian-language accounts, 2024-2025",
         ["🔴 Павел Дуров в прямом эфире: первое интервью после Франции. Во время трансляции раздаём 10 000 TON "
          "подписчикам. {url}",
          "Эфир уже идёт! Отправьте любую сумму TON на адрес с экрана и получите x2 обратно. {url}",
          "ребят кто не успел — Дуров сейчас в лайве на ютубе, там раздача тонов 🔥 {url}",
          "ПРЯМАЯ ТРАНСЛЯЦИЯ | Telegram × TON: итоги года и распределение токенов среди участников. Смотреть: {url}",
          "Смотрела эфир Дурова, сначала не поверила, но реально пришло 😳 он ещё идёт кстати {url}"],
         ("Durov_Live_RU", "TON_Community_RU", "KriptoMir24", "Nastya_Crypto", "TelegramNews_Ofc"),
         batch=B, when=("2024-08-25", "2025-12-31"), urls=YT),
    bait("c26-ru-b3-tonconnect-podpis", "drainer-approval", "ru",
         "Hijacked Russian-language DeFi/TON project accounts asking users to 'переподписать' approvals or confirm a "
         "migration transaction via TON Connect or MetaMask (drainer kits), 2024-2025",
         ["Важно: из-за уязвимости в старом контракте всем держателям нужно переподписать разрешения. Займёт "
          "минуту: {url}",
          "Обновление пула ликвидности. Подключите кошелёк через TON Connect и подтвердите транзакцию миграции, "
          "иначе награды сгорят. {url}",
          "коротко: старый контракт больше не поддерживается ❌ новый тут → {url} подписываете approve и всё",
          "@crypto_vasya да, ссылка официальная, подтверждай спокойно {url}",
          "Уважаемые пользователи! Для защиты от взлома активируйте функцию «Безопасный вывод» — одна подпись "
          "в кошельке. {url}"],
         ("StonFi_Russia", "DeFi_Lab_RU", "TonPool_Official", "NFT_Moskva", "MetaFarm_RU"),
         batch=B, when=("2024-01-01", "2026-03-31"),
         urls=["https://ton-migrate.{rand}.app", "https://app-revoke.ru/{rand}", "https://pool-v3.{rand}.io/connect"]),
    bait("c26-ru-b3-presejl", "fake-presale", "ru",
         "Fake token presales ('пресейл', 'закрытый раунд') posted from hijacked Russian-language crypto channel "
         "and influencer accounts with TRC20 USDT addresses, 2024-2025",
         ["Пресейл открыт 🚀 Цена 0.0008$, листинг на бирже через 10 дней по 0.01$. Отправляйте USDT (TRC20) на "
          "{trx}",
          "Закрытый раунд только для подписчиков. Минимум 100 USDT. Токены придут автоматически после TGE.\n"
          "Кошелёк: {trx}",
          "Последний этап предпродажи — осталось 6% аллокации. Кто со мной? {url}",
          "Всем привет! Мы долго молчали, потому что готовили запуск. Сегодня стартует whitelist sale, ссылка "
          "ниже 👇\n{url}",
          "не финсовет, но я зашёл на 2к$ в пресейл. ИИ-агенты + мемы, иксы очевидны 📈 {url}"],
         ("Kripto_Dmitry", "AltcoinRU", "Investor_Anna", "CryptoHamster_RU", "Signal_Pro_Ru"),
         batch=B, when=("2024-01-01", "2026-03-31"),
         urls=["https://presale-{rand}.io", "https://t.me/presale_{rand}", "https://whitelist-sale.com/{rand}"]),
    bait("c26-ru-b3-verifikaciya", "wallet-validation", "ru",
         "Fake mandatory wallet verification / 'синхронизация' posts in Russian, citing sanctions-driven freezes "
         "for Russian users or a Tonkeeper update, and fake support replies asking for seed phrases, 2024-2025",
         ["⚠️ С 1 числа кошельки без верификации будут заморожены в связи с новыми требованиями. Пройдите "
          "проверку: {url}",
          "Пользователи из РФ: чтобы не попасть под блокировку, подтвердите кошелёк через официальный "
          "валидатор {url}",
          "Если у вас не отображается баланс — кошелёк нужно синхронизировать. Инструкция и форма тут: {url}",
          "@olga_kripta Ольга, у вас рассинхрон с сетью. Введите seed-фразу в форме восстановления, и баланс "
          "вернётся: {url}",
          "Tonkeeper v{ver}: обязательная валидация адреса перед обновлением. Не пропустите 👇 {url}"],
         ("Tonkeeper_Help", "TrustWallet_RU", "Podderzhka_Crypto", "WalletSupport_Rus", "KoshelekInfo"),
         batch=B, when=("2024-03-01", "2026-03-31"),
         urls=["https://wallet-verify.ru/{rand}", "https://tonkeeper-sync.app/{rand}",
               "https://validator-{rand}.com"]),
    # ------------------------------------------------------------------ ja
    bait("c26-ja-b3-surprise-mint", "nft-drainer", "ja",
         "Hijacked Japanese NFT project (CNP-era generative collections) X and Discord accounts announcing surprise "
         "free mints or second sales that link to drainer mint sites, 2023-2025",
         ["【緊急告知】ホルダー様限定のサプライズフリーミントを本日21時より開始します🎉 ガス代のみでミント"
          "可能です。{url}",
          "本日限定！AL配布なしで誰でもミントできます✨ 先着3,000名 → {url}",
          "ミントサイト公開しました！ジェネシスホルダーは2枚まで無料です🙏\n{url}",
          "@nft_tarou はい、公式のミントです！こちらからどうぞ👉 {url}",
          "ご好評につきセカンドセールを開始いたします。公式サイト以外のリンクにはご注意ください。\n公式: {url}"],
         ("NinjaDAO_Mint", "KawaiiGenNFT", "Sakura_Collective", "Ryo_NFTArtist", "OtakuPunks_JP"),
         batch=B, when=("2023-06-01", "2025-12-31"),
         urls=["https://mint-{rand}.jp.net", "https://freemint-official.xyz/{rand}", "https://cnp-sale.com/{rand}"]),
    bait("c26-ja-b3-airdrop-claim", "fake-airdrop", "ja",
         "Fake airdrop claims posted from hijacked Japanese VTuber, influencer and Web3 project accounts, "
         "2024-2025",
         ["🎁 エアドロップ第2弾のクレームが開始されました！対象ウォレットの方は今すぐ確認してください → {url}",
          "日頃の感謝を込めて、フォロワーの皆さんにトークンを配布します😊 ウォレットを接続するだけ！{url}",
          "エアドロ来てた！！まだ間に合うっぽい {url}",
          "【重要】スナップショットは完了しました。受け取り期限は72時間です。期限を過ぎると無効になります。{url}",
          "配信5周年記念🎉 リスナーさん限定のエアドロップやってます！詳しくはこちら {url}"],
         ("Vtuber_Mikan", "Web3_Kenta", "AstarFan_JP", "Oasys_Community", "Hikari_Channel"),
         batch=B, when=("2024-01-01", "2025-12-31"),
         urls=["https://claim-airdrop.jp-{rand}.com", "https://token-haifu.xyz/{rand}", "https://bit.ly/{rand}"]),
    bait("c26-ja-b3-zaimu-btc", "fake-announcement", "ja",
         "Fake corporate announcements from hijacked Japanese company accounts, riding the 2024-2025 wave of "
         "listed firms adopting Bitcoin treasuries (Metaplanet) and yen-stablecoin licences (JPYC 2025)",
         ["【お知らせ】当社は本日、ビットコインを財務準備資産として正式に採用いたしました。これを記念し、"
          "株主およびフォロワーの皆様へBTCを還元いたします。詳細：{url}",
          "新トークン発行のお知らせ。当社グループ公式ステーブルコイン「JPYX」を本日より発行いたします。"
          "初回発行分のご購入はこちら：{url}",
          "本アカウントは公式です。経営統合に伴い、旧トークンは新トークンへ1:1で交換されます。交換期限は"
          "今月末まで。{url}",
          "本日、日本円ステーブルコインの発行ライセンスを取得しました🇯🇵 記念キャンペーンとして先着1万名に"
          "USDTを配布します。{url}",
          "当社のビットコイン保有量が1万BTCを突破しました。日頃のご支援への感謝として、期間限定でBTC還元"
          "プログラムを実施します👇\n{url}"],
         ("Metaplanet_IR_", "JPYX_Official", "TokyoHoldings_PR", "Nihon_Fintech_Co", "KabuMeta_JP"),
         batch=B, when=("2024-05-01", "2026-03-31"),
         urls=["https://ir-campaign.{rand}.jp.net", "https://jpyx-mint.com/{rand}", "https://btc-kangen.com/{rand}"]),
    bait("c26-ja-b3-etf-senkou", "fake-etf", "ja",
         "Fake Japanese spot Bitcoin/Ether ETF 'pre-subscription' posts, riding 2025 reporting that Japan's FSA "
         "was considering crypto ETFs and separate taxation, from hijacked finance accounts",
         ["【速報】国内初のビットコイン現物ETFが承認されました。上場前の先行申込を受け付けています。{url}",
          "ついに日本でもETF解禁🔥 NISA対象になるらしい。先行枠まだあるよ {url}",
          "SBI系ETF、本日より先行予約受付開始。最低申込額0.01BTC。入金先：{btc}",
          "金融庁の承認を受け、当社のイーサリアムETFは来月上場予定です。既存ユーザー様には優先割当を実施"
          "します。ウォレット接続：{url}",
          "ETF承認記念🎉 期間中にBTCを入金した方には、上場時に口数を1.5倍で割り当てます。\n{btc}"],
         ("ETF_Sokuho_JP", "Kabu_Tanaka", "SBI_ETF_Info", "Toushin_News", "Money_Ojisan"),
         batch=B, when=("2025-01-01", "2026-03-31"),
         urls=["https://etf-senkou.jp-{rand}.com", "https://btc-etf-japan.com/{rand}", "https://tinyurl.com/{rand}"]),
]
