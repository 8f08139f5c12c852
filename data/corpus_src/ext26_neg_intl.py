"""Non-English benign families of the 2026 extension (training only): hard negatives in es, pt, fr, de, tr, ru, ja that share scam vocabulary."""
from .pools import BRAND_SRC, EXCH_SRC, NEWS_SRC, PERSON_SRC, POL_SRC, SPORT_SRC, YT, ben

IG = ["https://www.instagram.com/p/{rand}/", "https://linktr.ee/{rand}"]

FAMILIES = [
    # ------------------------------------------------------------------ Spanish (es)
    ben("x26-es-donaciones-medio-indep", "donation-wallet", "es",
        "Independent Spanish-language media and podcasters (Venezuela, Argentina) publishing BTC / USDT-TRC20 "
        "donation addresses because card payments from abroad are blocked, with monthly transparency reports",
        ["Somos un medio independiente y no aceptamos pauta oficial. Si quieres apoyarnos y no puedes usar tarjeta, "
         "ahora también recibimos donaciones en USDT (red TRON): {trx} Cada aporte cuenta 🙏",
         "Varios nos preguntaron cómo apoyar desde fuera del país. Dejamos las direcciones oficiales (son las mismas "
         "que aparecen en nuestra web, compruébalas ahí):\nBTC: {btc}\nUSDT TRC20: {trx}",
         "Transparencia: este mes recibimos 312 aportes, 41 de ellos en cripto. Todo se va en salarios y en el "
         "servidor. Informe completo 👉 {url}",
         "⚠️ Ojo: circula una cuenta copiando nuestro logo que pide 'donaciones' a otra dirección. La ÚNICA nuestra "
         "para bitcoin es {btc} y está publicada en {url}. Nunca te vamos a escribir por DM pidiendo plata.",
         "Gracias a quienes donaron durante el apagón de ayer ❤️ Si quieres sumarte: {url} (tarjeta, PayPal o "
         "bitcoin vía Lightning)."],
        ("CronicaLibreVE", "LaBrujulaPod", "tertulia_sur_ar"), src=PERSON_SRC, batch=2,
        urls=["https://www.patreon.com/{rand}", "https://ko-fi.com/{rand}", "https://geyser.fund/project/{rand}"]),
    ben("x26-es-aviso-deepfake-famosos", "anti-scam-warning", "es",
        "Spanish CNMV, Policía Nacional, OCU and INCIBE/OSI warnings (2023-2025) about fake news pages and "
        "deepfake ads using TV presenters to push crypto 'chiringuitos', doubling bait and recovery fraud",
        ["🚨 Si ves un anuncio en redes en el que un presentador famoso 'revela' cómo se hizo rico con bitcoin: es "
         "falso. Son webs que imitan a medios reales para captarte en plataformas no autorizadas. Infórmate en {url}",
         "Ninguna entidad ni ningún famoso va a regalarte criptomonedas ni a duplicar lo que le envíes. Si te piden "
         "'mandar 0,1 BTC para recibir 0,2', es una estafa. #NoPiques",
         "Los chiringuitos financieros cambian de disfraz: ahora prometen 'recuperar' el dinero que perdiste en "
         "cripto a cambio de una comisión por adelantado. Es la segunda estafa a la misma víctima. Más info 👉 {url}",
         "Nuevas entidades en la lista de advertencias de la CNMV por ofrecer inversión en criptoactivos sin "
         "autorización. ¿Te han contactado por WhatsApp o Telegram? Compruébalo antes de invertir: {url}",
         "Un 'asesor' te escribe por Telegram, te enseña ganancias enormes en una app y luego te pide pagar "
         "'impuestos' para poder retirar. No pagues nada más y denuncia. #Ciberestafas"],
        ("CNMV_MEDIA", "policia", "OCU_Consumo", "osiseguridad"), src=NEWS_SRC, batch=2,
        urls=["https://www.cnmv.es/portal/Consultas/{rand}", "https://www.incibe.es/ciudadania/avisos/{rand}",
              "https://www.ocu.org/dinero/{rand}"]),
    ben("x26-es-worldcoin-aepd", "news-link", "es",
        "March-June 2024: Spain's AEPD ordered Worldcoin to stop scanning irises, the Audiencia Nacional upheld the "
        "measure and Worldcoin agreed to keep the pause until the end of 2024",
        ["La Agencia de Protección de Datos ordena a Worldcoin dejar de escanear iris en España {url}",
         "Colas en centros comerciales para escanear el iris a cambio de tokens: por qué Protección de Datos ha "
         "frenado a Worldcoin {url}",
         "🔎 Qué es Worldcoin, cuánto pagan por el iris y qué pasa con tus datos si ya lo escaneaste. Te lo "
         "explicamos {url}",
         "La Audiencia Nacional rechaza suspender la medida cautelar de la AEPD y Worldcoin seguirá sin operar en "
         "España {url}",
         "ÚLTIMA HORA | Worldcoin se compromete a no volver a escanear iris en España hasta final de año {url}"],
        ("el_pais", "elmundoes", "Cincodiascom", "eldiarioes", "xataka"), src=NEWS_SRC, batch=2,
        when=("2024-03-06", "2024-07-31"),
        urls=["https://elpais.com/tecnologia/2024-03-06/{rand}.html", "https://www.elmundo.es/economia/2024/03/{rand}.html",
              "https://cincodias.elpais.com/companias/2024-03-07/{rand}.html", "https://www.eldiario.es/tecnologia/{rand}.html",
              "https://www.xataka.com/privacidad/{rand}"]),
    ben("x26-es-donacion-duplicada", "charity-match", "es",
        "Spanish NGOs' #GivingTuesday and emergency (DANA Valencia 2024) matching campaigns: a partner company "
        "matches each donation up to a cap, plus the 80% tax deduction reminder",
        ["Solo hoy, por el #GivingTuesday, tu donación se duplica: una empresa colaboradora iguala cada euro hasta "
         "los 50.000 €. Dona aquí 👉 {url}",
         "💛 Quedan 6 horas para que tu aportación valga el doble. Si donas 20 €, a la emergencia llegan 40 €. {url}",
         "¡Lo hemos conseguido! Gracias a vosotros hemos agotado el fondo de contrapartida y cada donación se ha "
         "multiplicado x2. Seguimos necesitando ayuda en las zonas afectadas por la DANA.",
         "¿Cómo funciona el 'matching'? Tú donas y un donante comprometido aporta la misma cantidad hasta agotar el "
         "fondo. Sin letra pequeña: las cuentas auditadas están publicadas en nuestra web. {url}",
         "Tu donación se duplica hasta el 31 de diciembre 🎄 Y recuerda: en la renta te desgravas el 80 % de los "
         "primeros 250 €. {url}"],
        ("UNICEF_es", "CruzRojaEsp", "SaveChildrenEs", "MSF_Espana"), src=BRAND_SRC, batch=2,
        urls=["https://www.unicef.es/{rand}", "https://www2.cruzroja.es/{rand}", "https://www.savethechildren.es/{rand}",
              "https://www.msf.es/{rand}"]),
    ben("x26-es-sorteo-marca", "brand-promo", "es",
        "Spanish small-brand 'SORTEO' posts (follow + RT + mention two friends), double-points weekends, winner "
        "announcements and warnings about fake 'you won' profiles asking for bank details",
        ["🎁 SORTEO 🎁 Celebramos los 50.000 seguidores regalando 5 packs de café de especialidad. Para participar: "
         "✅ Síguenos ✅ Dale RT ✅ Menciona a dos amigos. Ganadores el lunes. Bases legales: {url}",
         "Este finde ¡puntos dobles! Cada compra con la app suma x2 en tu tarjeta de cliente. Válido hasta el "
         "domingo a las 23:59.",
         "¿Quieres ganar una cafetera? Responde con el emoji que describe tu lunes ☕😴🔥 Sorteamos una entre todos "
         "los comentarios. Link en la bio 👆",
         "Ya tenemos ganadora del sorteo 🥳 Enhorabuena @lucia_mrtz, te hemos escrito por privado desde esta cuenta.",
         "AVISO: hay perfiles falsos diciendo que has ganado nuestro sorteo y pidiendo datos bancarios para 'el "
         "envío'. Solo contactamos desde esta cuenta verificada y nunca pedimos pagos."],
        ("CafeLaOllaBCN", "MueblesNortia", "BurgerBravaES"), src=BRAND_SRC, batch=2, urls=IG),
    ben("x26-es-libra-milei", "politics", "es",
        "February-April 2025 $LIBRA affair: Argentine opposition legislators demand impeachment and an "
        "investigative commission after President Milei promoted a memecoin that collapsed within hours",
        ["Presentamos hoy el pedido de juicio político al Presidente por la promoción de $LIBRA. Un jefe de Estado "
         "no puede usar su cuenta oficial para difundir un token que se desplomó en horas.",
         "Miles de argentinos perdieron plata con una cripto que el Presidente recomendó en su cuenta. Pedimos una "
         "comisión investigadora, no un tuit borrado.",
         "$LIBRA: la Oficina Anticorrupción abrió una actuación y el Presidente dice que 'no estaba interiorizado'. "
         "Seguí la sesión EN VIVO 👉 {url}",
         "Diputados aprobó la creación de una comisión investigadora por el caso $LIBRA. Cronología completa del "
         "escándalo: {url}",
         "Que quede claro: no fue un 'error de comunicación'. Se promocionó un contrato, subió el precio y unos pocos "
         "vendieron arriba. Hay que investigar quién se quedó con la plata."],
        ("dip_martina_sosa", "SenadorRGimenez", "infobae", "LANACION"), src=POL_SRC, batch=2,
        when=("2025-02-15", "2025-05-31"),
        urls=["https://www.infobae.com/politica/2025/02/17/{rand}/", "https://www.lanacion.com.ar/politica/{rand}/"] + YT),

    # ------------------------------------------------------------------ Portuguese (pt)
    ben("x26-pt-doacoes-rs-cripto", "donation-wallet", "pt",
        "May 2024 Rio Grande do Sul floods: Brazilian community relief groups published BTC / USDT addresses next "
        "to PIX keys and posted on-chain accountability reports",
        ["🆘 Enchentes no RS: nossa comunidade está arrecadando para abrigos em Canoas. Além do "
         "PIX, aceitamos doações em cripto:\nBTC: {btc}\nUSDT (ERC20): {eth}\nPrestação de contas no fio 🧵",
         "Prestação de contas de hoje: 38 doações em BTC e USDT viraram 1,2 mil cestas básicas e colchões. Dá pra "
         "conferir todas as transações on-chain no endereço {btc}",
         "Cuidado com perfis falsos usando o nome da campanha! Nosso único endereço de Bitcoin é {btc}, o mesmo que "
         "está fixado no perfil e em {url}. A gente não chama ninguém por DM.",
         "Quem preferir doar via Lightning, o QR code tá aqui: {url} 💙 Tudo vai pra água potável e ração pros "
         "animais resgatados.",
         "Encerramos a arrecadação em cripto. Obrigado a todo mundo que ajudou! Relatório final com os hashes das "
         "transações e as notas fiscais das compras 👉 {url}"],
        ("SOS_RS_Cripto", "BitcoinPoA", "coletivo_ajuda_rs"), src=PERSON_SRC, batch=2,
        when=("2024-05-02", "2024-07-31"),
        urls=["https://geyser.fund/project/{rand}", "https://www.vakinha.com.br/{rand}", "https://linktr.ee/{rand}"]),
    ben("x26-pt-golpe-falso-suporte", "anti-scam-warning", "pt",
        "Brazilian exchange (Mercado Bitcoin), CVM and press warnings about fake support profiles asking for seed "
        "phrases, AI-deepfake 'double your bitcoin' lives, pyramid schemes and the 'golpe da recuperação'",
        ["⚠️ Golpe na praça: perfis se passando pelo nosso suporte estão respondendo clientes aqui no X e pedindo a "
         "frase de recuperação da carteira. NUNCA pedimos senha, código 2FA ou seed. Atendimento oficial: {url}",
         "Viu uma live com um empresário famoso prometendo 'dobrar' o bitcoin de quem enviar para um QR code? É "
         "golpe: vídeo feito com IA em canal hackeado. Não envie nada e denuncie.",
         "A CVM alerta: ofertas que prometem rentabilidade fixa com criptoativos e bônus por indicar amigos podem ser "
         "pirâmide financeira. Consulte se a empresa é autorizada antes de investir: {url}",
         "Golpe da recuperação: depois de perder dinheiro numa corretora falsa, a vítima é procurada por um "
         "'advogado' que promete reaver os valores mediante pagamento de taxas. Entenda {url}",
         "Nenhuma corretora sorteia cripto pedindo depósito antes. Se pediram pra você transferir para 'liberar o "
         "prêmio', pare por aí. #FiqueEsperto"],
        ("MercadoBitcoin", "CVMgovbr", "g1", "folha"), src=NEWS_SRC, batch=2,
        urls=["https://www.gov.br/cvm/pt-br/assuntos/noticias/{rand}", "https://g1.globo.com/economia/noticia/2024/{rand}.ghtml",
              "https://www.mercadobitcoin.com.br/{rand}", "https://www1.folha.uol.com.br/mercado/2024/{rand}.shtml"]),
    ben("x26-pt-etf-cripto-b3", "etf-news", "pt",
        "Brazilian crypto ETFs on B3: CVM approval of Hashdex's Solana ETF (Aug 2024, a world first), the spot XRP "
        "ETF XRPH11 (Apr 2025) and record inflows into HASH11",
        ["A CVM aprovou o primeiro ETF de Solana do mundo, da Hashdex, que será negociado na B3. Nos EUA, pedidos "
         "parecidos ainda esperam a SEC {url}",
         "Brasil sai na frente de novo: depois do bitcoin em 2021, a B3 vai ter ETF de Solana. Veja taxa, ticker e "
         "como investir {url}",
         "ETFs de cripto na B3 batem recorde de captação com a alta do bitcoin; HASH11 lidera em volume {url}",
         "📈 Estreia hoje na B3 o primeiro ETF de XRP à vista do mundo, também da Hashdex. Ticker: XRPH11 {url}",
         "Vale mais a pena comprar ETF de cripto ou a moeda direto na corretora? Especialistas comparam custos, "
         "imposto de renda e segurança {url}"],
        ("InfoMoney", "valoreconomico", "exame", "folha"), src=NEWS_SRC, batch=2,
        when=("2024-08-01", "2025-06-30"),
        urls=["https://www.infomoney.com.br/mercados/{rand}/", "https://valor.globo.com/financas/noticia/2024/{rand}.ghtml",
              "https://exame.com/future-of-money/{rand}/"]),
    ben("x26-pt-show-ao-vivo", "celebrity-promo", "pt",
        "Brazilian singers' posts: 'AO VIVO' YouTube lives and festival broadcasts, sold-out tours, album drops "
        "and 'I am not doing any PIX giveaway' warnings about fake profiles",
        ["HOJE TEM LIVE! 🎤 AO VIVO às 20h no meu canal, com repertório novo e participação surpresa. Ativa o "
         "lembrete 👉 {url}",
         "Tô chorando de emoção: ingressos ESGOTADOS pro show de São Paulo 😭 Abrimos data extra no dia 14! Vendas só "
         "pelo site oficial, não comprem de cambista nem de perfil fake.",
         "Gente, o álbum novo saiu!!! Me conta qual é a favorita de vocês 💛 {url}",
         "🔴 AO VIVO AGORA direto do festival! Corre que já vai começar {url}",
         "Aviso importante: não estou fazendo sorteio de dinheiro nem pedindo PIX em nenhum perfil. Minha única "
         "conta é essa aqui. Se chegar DM pedindo pagamento, denunciem 🙏"],
        ("MaiaRochaOficial", "DuoSerraAzul", "pagodedotico"), src=PERSON_SRC, batch=2,
        urls=YT + ["https://open.spotify.com/album/{rand}"]),
    ben("x26-pt-futebol-fan-token", "sports", "pt",
        "Brazilian football coverage: live match tickers, club fan tokens on Socios (votes for goal songs, kits) "
        "and crypto-exchange shirt sponsorships in the Série A",
        ["⚽ Clubes brasileiros já faturaram milhões com fan tokens desde 2021, mas o preço da maioria despencou. "
         "Entenda como funciona a venda de tokens para torcedores {url}",
         "AO VIVO: acompanhe o clássico lance a lance {url}",
         "Torcedor que tem o token do clube vai poder votar na música do gol e no uniforme da pré-temporada pelo app "
         "da Socios. A votação abre hoje às 18h.",
         "Patrocínio de corretora de cripto na camisa: quais clubes da Série A fecharam acordo e quanto recebem {url}",
         "FIM DE JOGO! Vitória de virada e vaga garantida na final 🔥 Os melhores momentos 👇 {url}"],
        ("geglobo", "ESPNBrasil", "lancenet"), src=SPORT_SRC, batch=2,
        urls=["https://ge.globo.com/futebol/{rand}.ghtml", "https://www.espn.com.br/futebol/artigo/_/id/{rand}",
              "https://www.lance.com.br/futebol-nacional/{rand}.html"]),
    ben("x26-pt-generico", "generic", "pt",
        "Everyday Brazilian personal posts whose words overlap with scams: lost 'carteira' (wallet) with reward, "
        "prices that 'dobrou', PIX jokes, family bitcoin talk and the IR crypto-declaration reminder",
        ["Perdi minha carteira no metrô linha azul hoje de manhã 😩 tinha RG, CNH e cartão do banco. Se alguém "
         "achar, me chama por favor, dou recompensa!",
         "O preço do café dobrou em um ano e eu continuo tomando 4 xícaras por dia. Alguém me salva",
         "minha mãe descobriu o pix e agora me manda 2 reais com a descrição 'pro sorvete' kkkkkk",
         "Todo mundo falando de bitcoin no almoço de domingo e meu tio jurando que vai ficar rico. Já vi esse filme "
         "em 2017 e em 2021 😂",
         "Lembrete pra quem tem cripto: tem que declarar na ficha de Bens e Direitos do IR, mesmo sem ter vendido "
         "nada. Aprendi do jeito difícil."],
        ("julianapsantos", "rafa_oliveira92", "tiagoemcasa", "bia_mendes"), src=PERSON_SRC, batch=2),

    # ------------------------------------------------------------------ French (fr)
    ben("x26-fr-arnaque-recouvrement", "anti-scam-warning", "fr",
        "French AMF blacklist updates and Cybermalveillance / Police / 60 Millions warnings about crypto 'recovery' "
        "fraud, deepfake doubling videos and fake advisers asking to move funds to a 'secure wallet'",
        ["⚠️ Perdu de l'argent dans un faux placement crypto et une société propose de le récupérer "
         "contre des frais ? C'est une deuxième arnaque. Personne ne peut garantir de récupérer vos fonds. {url}",
         "L'AMF ajoute de nouveaux sites à sa liste noire des acteurs proposant des investissements en crypto-actifs "
         "sans être enregistrés. Vérifiez avant d'investir : {url}",
         "Une vidéo d'une personnalité vous promet de doubler vos bitcoins si vous en envoyez à une adresse ? Ce "
         "n'est PAS elle : c'est un hypertrucage. Ne transférez rien et signalez sur PHAROS.",
         "Faux conseiller : « Votre compte crypto est compromis, transférez vos fonds sur ce portefeuille "
         "sécurisé ». Aucune plateforme ne vous demandera jamais ça. Raccrochez. #Cybermalveillance",
         "Arnaques aux faux placements : les victimes perdent en moyenne plusieurs dizaines de milliers d'euros. "
         "Nos conseils pour les repérer 👇 {url}"],
        ("AMF_FR", "cybervictimes", "PoliceNationale", "60millions"), src=NEWS_SRC, batch=2,
        urls=["https://www.amf-france.org/fr/actualites-publications/actualites/{rand}",
              "https://www.cybermalveillance.gouv.fr/tous-nos-contenus/actualites/{rand}",
              "https://www.60millions-mag.com/{rand}"]),
    ben("x26-fr-bitcoin-100k", "price-news", "fr",
        "5 December 2024: bitcoin crosses $100,000 for the first time after the US election, covered by Les Echos, "
        "Le Monde, BFM and franceinfo, then falls back under $95,000",
        ["Le bitcoin franchit pour la première fois la barre symbolique des 100 000 dollars {url}",
         "🔴 INFO - Le bitcoin dépasse les 100 000 $, porté par l'élection de Donald Trump et la nomination d'un "
         "proche des cryptos à la tête de la SEC {url}",
         "Bitcoin : +45 % depuis l'élection américaine. Faut-il encore acheter ? Ce qu'en disent les experts (et les "
         "risques) {url}",
         "📊 Cryptomonnaies : l'ether et le XRP suivent le mouvement, la capitalisation totale du marché dépasse "
         "3 500 milliards de dollars {url}",
         "À peine les 100 000 dollars franchis, le bitcoin repasse sous les 95 000 : la volatilité reste la règle {url}"],
        ("LesEchos", "lemondefr", "BFMBusiness", "franceinfo"), src=NEWS_SRC, batch=2,
        when=("2024-12-04", "2025-01-15"),
        urls=["https://www.lesechos.fr/finance-marches/marches-financiers/{rand}",
              "https://www.lemonde.fr/economie/article/2024/12/05/{rand}.html", "https://www.bfmtv.com/crypto/{rand}.html",
              "https://www.francetvinfo.fr/economie/{rand}.html"]),
    ben("x26-fr-ledger-connect-kit", "crypto-news", "fr",
        "14 December 2023 Ledger Connect Kit supply-chain attack: a phished ex-employee's npm account shipped a "
        "drainer into dApps; Ledger pulled it within hours and promised to compensate victims",
        ["Ledger victime d'une attaque : une bibliothèque utilisée par de nombreuses applis crypto a été piratée pour "
         "vider les portefeuilles. N'approuvez aucune transaction sur une dApp pour le moment {url}",
         "Faille Ledger Connect Kit : la version malveillante a été retirée en quelques heures, mais environ 600 000 "
         "dollars ont été détournés selon les premières estimations {url}",
         "La pépite française Ledger promet d'indemniser les victimes de l'attaque et va désactiver la signature "
         "« aveugle » par défaut {url}",
         "Comment un ancien salarié piégé par du phishing a permis aux pirates d'injecter un « drainer » dans le code "
         "de Ledger. Les explications {url}",
         "Après l'attaque, le conseil de base : vérifier chaque transaction sur l'écran de l'appareil avant de "
         "signer. Notre point complet 🧵 {url}"],
        ("LesEchos", "01net", "journaldugeek", "lemondefr"), src=NEWS_SRC, batch=2,
        when=("2023-12-14", "2024-01-31"),
        urls=["https://www.01net.com/actualites/{rand}.html", "https://www.journaldugeek.com/2023/12/14/{rand}/",
              "https://www.lesechos.fr/tech-medias/hightech/{rand}",
              "https://www.lemonde.fr/pixels/article/2023/12/15/{rand}.html"]),
    ben("x26-fr-release-portefeuille", "dev-release", "fr",
        "French-speaking open-source wallet projects announcing releases: changelogs, SHA-256 checksums of builds, "
        "security-fix commits and 'our only official contract / no token, no airdrop' statements",
        ["La version {ver} de notre portefeuille libre est disponible 🎉 Au menu : adresses Taproot, correction de "
         "l'affichage des frais et traduction en breton. Notes de version : {url}",
         "Rappel sécurité : vérifiez toujours l'empreinte avant d'installer. SHA-256 de l'archive Linux : {digest}. "
         "Si la vôtre diffère, n'installez pas et prévenez-nous.",
         "Le correctif de sécurité est fusionné (commit {sha7}). Merci à la personne qui nous l'a signalé de façon "
         "responsable 🙏 Mise à jour recommandée.",
         "Notre SEUL contrat officiel sur Ethereum est {eth} (celui des dons). Nous n'avons lancé aucun token ni "
         "aucun airdrop : tout compte qui prétend le contraire est un imposteur.",
         "Merci aux 23 contributeurs et contributrices de cette version ! Prochaine étape : le multisig. Le code est "
         "sur {url}, les PR sont les bienvenues."],
        ("PortefeuilleLibre", "noeud_libre_dev", "camille_codes"), src=PERSON_SRC, batch=2,
        urls=["https://github.com/portefeuille-libre/{rand}/releases", "https://codeberg.org/{rand}/portefeuille"]),
    ben("x26-fr-dons-doubles", "charity-match", "fr",
        "French charities' year-end and #GivingTuesday 'don doublé' campaigns where a patron matches gifts, "
        "combined with the 75% 'loi Coluche' tax-reduction reminder",
        ["Jusqu'à minuit, chaque don est doublé grâce à un mécène : 20 € donnés = 40 € pour les familles que nous "
         "accompagnons. {url}",
         "Un don de 100 € ne vous coûte que 25 € après réduction d'impôt. Et jusqu'au 31 décembre, il est doublé par "
         "notre partenaire 💙 {url}",
         "Objectif atteint 🎉 L'enveloppe de notre mécène est épuisée : grâce à vous, 4 800 dons ont été doublés en "
         "48 h. La collecte continue pour l'hiver.",
         "Comment marche le « don doublé » ? Une entreprise s'engage à verser la même somme que vous, dans la limite "
         "d'une enveloppe fixée à l'avance. Nos comptes sont certifiés par un commissaire aux comptes.",
         "#GivingTuesday : aujourd'hui, votre générosité compte double 🤝 {url}"],
        ("restosducoeur", "MSF_france", "SPF_National", "fondationfrance"), src=BRAND_SRC, batch=2,
        urls=["https://www.restosducoeur.org/{rand}/", "https://www.msf.fr/{rand}", "https://www.secourspopulaire.fr/{rand}",
              "https://www.fondationdefrance.org/fr/{rand}"]),
    ben("x26-fr-live-concert", "celebrity-promo", "fr",
        "French artists' promo posts: 'EN DIRECT' Twitch / YouTube sessions, official ticketing for the Olympia, "
        "tour thanks, clip releases and 'I run no contest by DM' warnings",
        ["🔴 EN DIRECT ce soir 21h : on joue l'album en entier + questions/réponses avec vous. Soyez là ! {url}",
         "Dernières places pour l'Olympia 😳 Billetterie officielle uniquement, méfiez-vous des revendeurs sur les "
         "réseaux. {url}",
         "Merci Lyon !!! Vous étiez incroyables hier soir ❤️ Prochaine date : Bordeaux samedi",
         "Le clip est dehors ✨ {url}",
         "Petit rappel : je n'organise AUCUN concours par message privé et je ne demande jamais d'argent. Les faux "
         "comptes qui vous écrivent en mon nom, signalez-les 🙏"],
        ("LouVeyrat_off", "LesNuitsBleues", "sachamusique"), src=PERSON_SRC, batch=2,
        urls=["https://www.twitch.tv/{rand}", "https://www.ticketmaster.fr/fr/manifestation/{rand}"] + YT),

    # ------------------------------------------------------------------ German (de)
    ben("x26-de-warnung-promi-fake", "anti-scam-warning", "de",
        "BaFin consumer warnings, Verbraucherzentrale, BSI and police prevention posts (2023-2025) about fake news "
        "pages with celebrity photos, 'we double your bitcoin' bait, recovery scams and fake exchange support",
        ["⚠️ Gefälschte Nachrichtenseiten mit Promi-Fotos werben derzeit für angebliche Krypto-Plattformen. Die "
         "Prominenten haben damit nichts zu tun. Wer dort einzahlt, sieht sein Geld meist nie wieder. {url}",
         "Niemand verdoppelt Ihre Bitcoin. Wer verspricht, Ihnen für jede eingezahlte Kryptowährung das Doppelte "
         "zurückzuschicken, will Sie betrügen – egal, wie echt das Profil aussieht.",
         "Die BaFin warnt vor weiteren Websites, die ohne Erlaubnis Krypto-Anlagen anbieten. Prüfen Sie vor jeder "
         "Geldanlage die Unternehmensdatenbank: {url}",
         "Recovery-Scam: Opfer von Online-Trading-Betrug werden erneut kontaktiert – diesmal von angeblichen "
         "Anwälten, die gegen Vorkasse das verlorene Geld 'zurückholen'. Nicht zahlen! #Betrug",
         "Ihr habt eine Nachricht vom 'Support' eurer Kryptobörse bekommen, die nach eurer Wiederherstellungsphrase "
         "fragt? Löschen. Echte Mitarbeitende fragen NIE danach. Mehr Tipps: {url}"],
        ("BaFin_Bund", "vzbv", "BSI_Bund", "PolizeiBerlin_P"), src=NEWS_SRC, batch=2,
        urls=["https://www.bafin.de/SharedDocs/Veroeffentlichungen/DE/Verbrauchermitteilung/{rand}.html",
              "https://www.verbraucherzentrale.de/wissen/geld-versicherungen/{rand}",
              "https://www.bsi.bund.de/DE/Themen/Verbraucherinnen-und-Verbraucher/{rand}",
              "https://www.polizei-beratung.de/themen-und-tipps/betrug/{rand}/"]),
    ben("x26-de-spot-etf", "etf-news", "de",
        "January 2024 SEC approval of eleven US spot bitcoin ETFs (after the hacked SEC account's premature post) "
        "and the July 2024 start of spot ether ETFs, as covered by German newsrooms",
        ["US-Börsenaufsicht SEC lässt erstmals Bitcoin-ETFs zu {url}",
         "Nach jahrelangem Ringen genehmigt die SEC elf Spot-ETFs auf Bitcoin. Was die Entscheidung für "
         "Anlegerinnen und Anleger in Deutschland bedeutet {url}",
         "Panne bei der SEC: Ein gehackter X-Account meldete die ETF-Zulassung einen Tag zu früh. Die Behörde "
         "dementierte – und genehmigte dann tatsächlich {url}",
         "Bitcoin-ETFs sammeln in den ersten Wochen Milliarden ein, Blackrocks Fonds vorne. Hierzulande kommen "
         "Privatanleger allerdings nicht direkt ran {url}",
         "Nach Bitcoin nun auch Ether: Die ersten Spot-ETFs auf die zweitgrößte Kryptowährung starten am Dienstag "
         "in den Handel {url}"],
        ("tagesschau", "handelsblatt", "FAZ_Finanzen", "derspiegel"), src=NEWS_SRC, batch=2,
        when=("2024-01-09", "2024-08-31"),
        urls=["https://www.tagesschau.de/wirtschaft/finanzen/{rand}.html",
              "https://www.handelsblatt.com/finanzen/maerkte/devisen-rohstoffe/{rand}.html",
              "https://www.faz.net/aktuell/finanzen/{rand}.html", "https://www.spiegel.de/wirtschaft/{rand}"]),
    ben("x26-de-boerse-wartung", "exchange-announcement", "de",
        "German-language exchange / broker notices (Bitpanda, BISON, Bitvavo): planned maintenance, new listings, "
        "delayed ETH withdrawals, back-to-normal updates and the MiCA licence (Bitpanda, January 2025)",
        ["🛠 Geplante Wartungsarbeiten: Am Sonntag zwischen 02:00 und 04:00 Uhr (MEZ) sind Ein- und Auszahlungen "
         "kurzzeitig nicht möglich. Deine Assets sind jederzeit sicher. Status: {url}",
         "Neu bei uns handelbar: Solana (SOL) und Polygon (POL). Wie immer gilt: Kryptowerte sind volatil – investiere "
         "nur, was du bereit bist zu verlieren.",
         "Update: Auszahlungen im Ethereum-Netzwerk sind wegen hoher Auslastung verzögert. Alle Transaktionen werden "
         "abgearbeitet, wir melden uns, sobald alles wieder normal läuft.",
         "Alle Dienste laufen wieder ✅ Danke für eure Geduld! Falls eine Auszahlung noch hängt, meldet euch bitte "
         "ausschließlich über den Support im Kundenbereich – nicht per DM hier.",
         "MiCA ist da: Wir haben die Lizenz als Krypto-Dienstleister erhalten und dürfen unsere Dienste in der "
         "gesamten EU anbieten. Was sich für dich ändert: {url}"],
        ("bitpanda", "bisonapp", "Bitvavo"), src=EXCH_SRC, batch=2,
        urls=["https://status.bitpanda.com/incidents/{rand}", "https://blog.bitpanda.com/de/{rand}",
              "https://support.bitvavo.com/hc/de/articles/{rand}"]),
    ben("x26-de-spenden-verdoppelt", "charity-match", "de",
        "German charity and betterplace.org matching campaigns ('Jede Spende wird verdoppelt') around Advent and "
        "#GivingTuesday, with the sponsor's fixed budget and Spendenquittung",
        ["Nur noch heute: Jede Spende wird verdoppelt! Ein Förderer legt auf jeden Euro einen drauf – bis 25.000 € "
         "erreicht sind. {url}",
         "Spenden werden verdoppelt 💚 Vom 1. bis 24. Dezember verdoppelt unser Partner alle Spenden für die "
         "Winterhilfe. Jetzt mitmachen: {url}",
         "Geschafft!! Der Verdopplungstopf ist leer – danke an alle, die gespendet haben. Insgesamt sind 61.420 € "
         "zusammengekommen.",
         "Wie funktioniert die Verdopplung eigentlich? Ein Unternehmen sagt vorab einen festen Betrag zu und legt zu "
         "jeder Spende denselben Betrag dazu, bis das Budget ausgeschöpft ist. Spendenquittung gibt's wie immer.",
         "#GivingTuesday: Heute zählt deine Spende doppelt 🤝 {url}"],
        ("betterplace_org", "aerzteohnegrenzen", "UNICEF_DE", "AktionDtHilft"), src=BRAND_SRC, batch=2,
        urls=["https://www.betterplace.org/de/projects/{rand}", "https://www.aerzte-ohne-grenzen.de/spenden/{rand}",
              "https://www.unicef.de/spenden/{rand}", "https://www.aktion-deutschland-hilft.de/de/{rand}/"]),
    ben("x26-de-gewinnspiel", "brand-promo", "de",
        "German brand 'GEWINNSPIEL / Verlosung' posts (follow, like, comment), double bonus points weeks, winner "
        "notices warning about fake profiles demanding 'Versandgebühren', and 'Link in der Bio'",
        ["🎉 GEWINNSPIEL 🎉 Wir verlosen 3 Jahresabos für unseren Kaffee! So geht's: folgen, liken und in die "
         "Kommentare schreiben, mit wem ihr ihn trinken würdet. Teilnahme bis Sonntag 23:59. Bedingungen: {url}",
         "Doppelte Punkte! 🥨 Nur diese Woche gibt's für jeden Einkauf mit der App doppelt so viele Bonuspunkte.",
         "Die Gewinner*innen stehen fest 🥳 Wir haben euch per DM von DIESEM Account angeschrieben. Achtung: "
         "Fake-Profile verlangen 'Versandgebühren' – wir nie!",
         "Black Week: -30 % auf alles, nur online. Link in der Bio 👆",
         "Zum 10. Geburtstag verlosen wir ein E-Bike im Wert von 3.000 €! Alle Infos zur Teilnahme: {url} "
         "#Gewinnspiel #Verlosung"],
        ("KaffeeKontorHH", "RadlWerkBerlin", "Brezelbaeck"), src=BRAND_SRC, batch=2, urls=IG),
    ben("x26-de-bundesliga", "sports", "de",
        "German football coverage (kicker, Sportschau, SPORT1): LIVE tickers, Leverkusen's first championship in "
        "April 2024, stoppage-time braces, transfer fees and Tippspiel tables",
        ["⚽️ LIVE: Alle Spiele, alle Tore – verfolgt den Bundesliga-Samstag im Ticker {url}",
         "Historisch! Bayer 04 Leverkusen ist zum ersten Mal Deutscher Meister 🏆 {url}",
         "Doppelpack in der Nachspielzeit 🤯 Was für ein Comeback! Die Highlights im Video {url}",
         "Transfer-Update: Der Wechsel ist perfekt, die Ablöse soll bei 50 Millionen Euro plus Boni liegen {url}",
         "Tippspiel-Tabelle nach dem 27. Spieltag: Wer liegt bei euch vorne? 👇"],
        ("kicker", "sportschau", "SPORT1"), src=SPORT_SRC, batch=2,
        urls=["https://www.kicker.de/{rand}/artikel", "https://www.sportschau.de/fussball/bundesliga/{rand}.html",
              "https://www.sport1.de/news/fussball/bundesliga/2024/04/{rand}"]),

    # ------------------------------------------------------------------ Turkish (tr)
    ben("x26-tr-ahbap-deprem-bagis", "donation-wallet", "tr",
        "February 2023 Kahramanmaraş earthquakes: Ahbap and volunteer groups published official BTC / ETH / USDT "
        "donation addresses, warned about fake accounts sharing other wallets, and reported spending",
        ["Deprem bölgesi için kripto para ile bağış yapmak isteyenler için resmi adreslerimiz:\nBTC: {btc}\n"
         "ETH / USDT (ERC20): {eth}\nTüm bağışlar {url} üzerinden raporlanacaktır.",
         "Yurt dışından çok soru geldi: Kripto bağışlarınızı yalnızca web sitemizde ve bu hesapta paylaşılan "
         "adreslere gönderin. USDT (TRC20): {trx}",
         "⚠️ Derneğimizin adını kullanarak farklı cüzdan adresleri paylaşan sahte hesaplar var. Resmi Bitcoin "
         "adresimiz: {btc} Başka hiçbir adres bize ait değildir.",
         "Kripto bağışlarla alınan çadır, ısıtıcı, battaniye ve jeneratörler Hatay ve Kahramanmaraş'a ulaştı. "
         "Desteğiniz için teşekkürler 🙏 Şeffaflık raporu: {url}",
         "Kripto hesabı olmayanlar banka havalesi ve kredi kartıyla da bağış yapabilir 👉 {url} #deprem"],
        ("ahbap", "gonullu_hatay", "depremdayanisma"), src=BRAND_SRC, batch=2,
        when=("2023-02-06", "2023-04-15"),
        urls=["https://ahbap.org/{rand}", "https://ahbap.org/bagis/{rand}"]),
    ben("x26-tr-sahte-hesap-uyari", "anti-scam-warning", "tr",
        "Turkish exchanges (BtcTurk, Paribu, Bitexen) and press warning about fake 'çekiliş / hediye BTC' accounts, "
        "support impersonators asking for SMS codes, doubling posts from hacked celebrities and SPK access bans",
        ["⚠️ Önemli Uyarı: Adımıza açılan sahte hesaplar 'çekiliş' ve 'hediye BTC' vaadiyle kullanıcılarımızı "
         "dolandırmaya çalışıyor. Sizden asla kripto göndermenizi istemeyiz.",
         "Müşteri temsilcilerimiz hiçbir zaman şifrenizi, SMS doğrulama kodunuzu veya cüzdan kurtarma "
         "kelimelerinizi sormaz. Böyle bir talep gelirse görüşmeyi sonlandırın ve bize bildirin.",
         "Gönderdiğiniz kriptonun iki katını iade edeceğini söyleyen paylaşımlar dolandırıcılıktır. Ünlülerin "
         "hacklenen hesaplarından yapılan bu paylaşımlara itibar etmeyin. #dolandırıcılık",
         "SPK, izinsiz kripto varlık hizmeti sunan sitelere erişim engeli getirdi. Güncel liste 👉 {url}",
         "Sosyal medyada 'kripto ile günde yüzde 5 kazanç' vaat eden Telegram grupları yine gündemde. Uzmanlar "
         "uyarıyor: Bu bir saadet zinciri {url}"],
        ("BtcTurk", "paribucom", "Bitexen", "Hurriyet"), src=EXCH_SRC, batch=2,
        urls=["https://www.hurriyet.com.tr/ekonomi/{rand}", "https://spk.gov.tr/duyurular/{rand}",
              "https://destek.btcturk.com/hc/tr/articles/{rand}"]),
    ben("x26-tr-borsa-duyuru", "exchange-announcement", "tr",
        "Turkish exchange notices: new TRY listings, planned TL deposit/withdrawal maintenance, ERC20 withdrawal "
        "delays, proof-of-reserves updates and SPK licence applications after the 2024 crypto law",
        ["🚀 Yeni listeleme: Arbitrum (ARB)! ARB yatırma işlemleri açıldı, TRY paritesinde alım-satım yarın 15:00'te "
         "başlayacak.",
         "Planlı bakım çalışması nedeniyle 02:00-04:00 saatleri arasında TL yatırma ve çekme işlemleri "
         "gerçekleştirilemeyecektir. Anlayışınız için teşekkür ederiz.",
         "Ethereum ağındaki yoğunluk nedeniyle ERC20 çekimlerinde gecikme yaşanmaktadır. Bakiyeleriniz güvendedir, "
         "işlemleriniz sırayla gerçekleştirilecektir.",
         "Rezerv kanıtı (Proof of Reserves) raporumuzu güncelledik ✅ Kullanıcı varlıkları 1:1 oranında "
         "karşılanmaktadır. Detaylar: {url}",
         "Kripto varlık hizmet sağlayıcısı olarak SPK'ya faaliyet izni başvurumuzu tamamladık. Süreçle ilgili merak "
         "ettikleriniz 👉 {url}"],
        ("BtcTurk", "paribucom", "Bitexen"), src=EXCH_SRC, batch=2,
        urls=["https://www.btcturk.com/duyurular/{rand}", "https://www.paribu.com/blog/{rand}",
              "https://destek.btcturk.com/hc/tr/articles/{rand}"]),
    ben("x26-tr-cekilis-marka", "brand-promo", "tr",
        "Turkish brand 'ÇEKİLİŞ' posts (follow, RT, tag two friends), winner notices warning about fake accounts "
        "asking for cargo fees or IBAN, double-points weekends and 'Efsane Kasım' sales",
        ["🎁 ÇEKİLİŞ 🎁 100 bin takipçiye özel 3 kişiye kahve makinesi hediye ediyoruz! Katılmak için: bizi takip "
         "et, bu gönderiyi RT'le ve 2 arkadaşını etiketle. Sonuçlar pazartesi açıklanacak.",
         "Çekiliş sonuçları belli oldu 🥳 Kazananlarla bu hesaptan DM ile iletişime geçtik. Sizden kargo ücreti ya "
         "da IBAN isteyen hesaplar sahtedir!",
         "Hafta sonuna özel puanlar 2 katı! Uygulamadan yaptığın her alışverişte çift puan kazan 💳",
         "Yorumlara en sevdiğin tatlıyı yaz, aranızdan 10 kişiye hediye kutusu gönderelim 🍰 Detaylar bio'daki "
         "linkte.",
         "Efsane Kasım başladı! Tüm ürünlerde %40'a varan indirim, 500 TL üzeri kargo bedava 👉 {url}"],
        ("KahveDuragiTR", "TatliKutusu", "SporDukkani"), src=BRAND_SRC, batch=2,
        urls=IG + ["https://www.trendyol.com/magaza/{rand}"]),
    ben("x26-tr-bitcoin-fiyat", "price-news", "tr",
        "Late 2024 Turkish market coverage: bitcoin above $100,000 and a record in lira terms (over 3.5 million TL), "
        "liquidation-driven drops and Türkiye's high crypto adoption under inflation",
        ["Bitcoin 100 bin doları aşarak tüm zamanların en yüksek seviyesini gördü {url}",
         "Kripto paralarda sert düşüş: Bitcoin son 24 saatte yüzde 8 değer kaybetti, 1 milyar dolarlık pozisyon "
         "tasfiye edildi {url}",
         "Türkiye kripto para kullanımında dünyada ilk sıralarda. Yüksek enflasyon yatırımcıyı dijital varlıklara "
         "yöneltiyor {url}",
         "📉📈 Piyasalarda son durum: BIST 100 yatay, dolar/TL 34,90, ons altın 2.650 dolar, Bitcoin 97 bin dolar "
         "civarında.",
         "Bitcoin TL bazında da rekor kırdı: 1 BTC ilk kez 3,5 milyon liranın üzerine çıktı {url}"],
        ("bloomberght", "Hurriyet", "ntv", "AA_Turkce"), src=NEWS_SRC, batch=2,
        when=("2024-12-04", "2025-01-31"),
        urls=["https://www.bloomberght.com/{rand}", "https://www.hurriyet.com.tr/ekonomi/{rand}",
              "https://www.ntv.com.tr/ekonomi/{rand}", "https://www.aa.com.tr/tr/ekonomi/{rand}"]),
    ben("x26-tr-kripto-yasa", "politics", "tr",
        "June-July 2024: the Turkish parliament passed the Capital Markets Law amendment on crypto assets (SPK "
        "licensing, custody rules) after the Thodex collapse; MPs' and agencies' posts about the debate",
        ["Kripto varlıklara ilişkin düzenlemeyi içeren Sermaye Piyasası Kanunu değişikliği TBMM Genel Kurulu'nda "
         "kabul edildi. Platformlar artık SPK'dan izin alacak {url}",
         "Bugün Plan ve Bütçe Komisyonu'nda kripto varlık teklifini görüştük. Yatırımcıyı korumak şart ama "
         "gençlerin teknolojiye erişimini engelleyen bir düzenleme olmamalı.",
         "Thodex mağdurları yıllardır hakkını arıyor. Borsalara sermaye şartı ve soğuk cüzdan zorunluluğu getirilmesi "
         "doğru bir adım ama geç kalınmış bir adım.",
         "Kripto kanunu Resmî Gazete'de yayımlanarak yürürlüğe girdi. Yatırımcılar neleri bilmeli? 🧵 {url}",
         "Genel Kurul'da kripto varlık teklifi üzerine söz aldım. Konuşmamın tamamı 👇 {url}"],
        ("mv_aysekaraca", "AhmetYilmazMV", "AA_Turkce"), src=POL_SRC, batch=2,
        when=("2024-05-20", "2024-07-31"),
        urls=["https://www.aa.com.tr/tr/ekonomi/{rand}", "https://www.resmigazete.gov.tr/eskiler/2024/07/{rand}.htm"] + YT),

    # ------------------------------------------------------------------ Russian (ru)
    ben("x26-ru-garantex", "crypto-news", "ru",
        "March 2025 Garantex takedown: US Secret Service seized the exchange's domain, Tether froze USDT on its "
        "wallets, withdrawals stopped and an alleged co-founder was detained in India",
        ["Сайт криптобиржи Garantex заблокирован: на главной странице появилось уведомление Секретной службы США {url}",
         "Garantex приостановила все операции, включая вывод средств. Клиенты не могут получить доступ к своим "
         "балансам {url}",
         "Tether заблокировал USDT на кошельках Garantex примерно на $27 млн. Биржа называет это «войной против "
         "российского крипторынка» {url}",
         "В Индии задержан один из предполагаемых руководителей Garantex, его экстрадиции добиваются США {url}",
         "Что будет с деньгами клиентов Garantex и куда уходят пользователи. Разбор {url}"],
        ("ru_rbc", "kommersant", "tass_agency", "forbesrussia"), src=NEWS_SRC, batch=2,
        when=("2025-03-06", "2025-05-31"),
        urls=["https://www.rbc.ru/crypto/news/{rand}", "https://www.kommersant.ru/doc/{rand}",
              "https://tass.ru/ekonomika/{rand}", "https://www.forbes.ru/finansy/{rand}"]),
    ben("x26-ru-moshenniki-razdacha", "anti-scam-warning", "ru",
        "Bank of Russia and Russian media warnings about fake Telegram 'support' asking for seed phrases, bogus "
        "'Durov gives away TON' contests, USDT doubling schemes and fake lawyers promising to recover lost crypto",
        ["Мошенники пишут в Telegram от имени «службы поддержки» и просят «подтвердить кошелёк», введя "
         "сид-фразу. Настоящая поддержка никогда не спрашивает секретные слова. Никому их не сообщайте.",
         "«Павел Дуров раздаёт TON подписчикам» — нет, не раздаёт. Такие «конкурсы» ведут на сайт, где нужно "
         "подключить кошелёк, после чего его просто опустошают. Не переходите по ссылкам.",
         "Банк России продолжает выявлять компании с признаками нелегальной деятельности, многие из них работают "
         "под видом криптоинвестиций. Проверить компанию можно здесь: {url}",
         "Ещё одна схема: вам обещают удвоить перевод в USDT, если сначала отправить «проверочный» платёж. Ни одна "
         "биржа так не работает. Это развод.",
         "Лжеюристы обещают вернуть деньги, потерянные на фальшивых криптобиржах, и просят предоплату. Это "
         "повторный обман тех же пострадавших. Подробнее {url}"],
        ("bankrossii", "ru_rbc", "meduzaproject"), src=NEWS_SRC, batch=2,
        urls=["https://www.cbr.ru/inside/warning-list/{rand}", "https://fincult.info/article/{rand}/",
              "https://www.rbc.ru/crypto/news/{rand}"]),
    ben("x26-ru-airdrop-notcoin-hamster", "legit-airdrop-news", "ru",
        "May 2024 Notcoin (NOT) airdrop and listing, September 2024 Hamster Kombat (HMSTR) airdrop via the official "
        "Telegram bot, with media warning about fake claim bots and sites",
        ["Notcoin провёл аирдроп: токены NOT зачислены игрокам, монета начала торговаться на Binance, OKX и Bybit {url}",
         "Hamster Kombat назначил аирдроп на 26 сентября. Получить HMSTR можно только через официального бота в "
         "Telegram. Остерегайтесь фейковых ботов и сайтов «для получения» {url}",
         "Игроки Hamster Kombat недовольны аирдропом: многие получили токенов всего на несколько долларов {url}",
         "Как убедиться, что вы забираете аирдроп в официальном приложении: юзернейм бота, галочка верификации и "
         "никаких «комиссий за вывод». Памятка 👇 {url}",
         "Тапалки после Notcoin: почему миллионы россиян кликают хомяка и чем всё это закончится {url}"],
        ("ru_rbc", "forbesrussia", "vcru"), src=NEWS_SRC, batch=2,
        when=("2024-05-10", "2024-10-31"),
        urls=["https://www.rbc.ru/crypto/news/{rand}", "https://www.forbes.ru/mneniya/{rand}", "https://vc.ru/crypto/{rand}"]),
    ben("x26-ru-podderzhka-redakcii", "donation-wallet", "ru",
        "Russian-language independent media in exile, podcasters and animal shelters publishing USDT-TRC20 / BTC "
        "donation addresses (cards do not work abroad), monthly reports and 'beware of a clone channel' notices",
        ["Поддержать редакцию можно, даже если ваши карты не работают за рубежом: принимаем USDT (TRC-20) {trx} и "
         "биткоин {btc} Спасибо всем, кто с нами ❤️",
         "Нас часто спрашивают про крипту. Да, это наши реквизиты, они же опубликованы на {url}. Любые другие "
         "адреса — не наши.",
         "Приют «Лапа» собирает на корм и операции. Можно переводом на карту или в криптовалюте:\nUSDT TRC20: {trx}\n"
         "Если удобнее другая сеть — пишите в комментариях, подскажем.",
         "Отчёт за месяц: 214 донатов, из них 37 — в криптовалюте. Всё ушло на гонорары авторам и хостинг. Полный "
         "отчёт {url}",
         "Осторожно: кто-то сделал копию нашего канала и публикует свой кошелёк для «донатов». Наш единственный "
         "BTC-адрес: {btc}"],
        ("nezavisimyi_golos", "priut_lapa", "podcast_vecherom"), src=PERSON_SRC, batch=2,
        urls=["https://boosty.to/{rand}", "https://www.patreon.com/{rand}"]),
    ben("x26-ru-reliz-koshelka", "dev-release", "ru",
        "Russian-speaking open-source wallet developers announcing releases: changelogs, SHA-256 checksums, "
        "security-fix commits, reproducible builds and 'the project has no token' statements",
        ["Вышла версия {ver} нашего open-source кошелька. Что нового: поддержка Jetton 2.0, исправлено отображение "
         "комиссии, ускорена синхронизация. Changelog: {url}",
         "Напоминаю: сверяйте контрольную сумму перед установкой. SHA-256 для сборки под Linux: {digest}",
         "Закрыли уязвимость в модуле подписи (коммит {sha7}). Спасибо исследователю, который сообщил о ней "
         "ответственно 🙏 Обновитесь, пожалуйста.",
         "У проекта НЕТ своего токена и не было никаких аирдропов. Единственный официальный адрес для пожертвований в "
         "Ethereum — {eth}, он указан в README репозитория.",
         "Релиз собран воспроизводимо: можно самим пересобрать из тега v{ver} и сравнить хеш. Инструкция в "
         "документации {url}"],
        ("ton_dev_ru", "open_wallet_dev", "a_smirnov_dev"), src=PERSON_SRC, batch=2,
        urls=["https://github.com/{rand}/wallet/releases", "https://github.com/{rand}/wallet/blob/main/docs/BUILD.md"]),
    ben("x26-ru-obychnye-posty", "generic", "ru",
        "Everyday Russian personal posts overlapping scam vocabulary: a lost 'кошелёк', kittens 'в добрые руки' "
        "(giveaway), rent that 'удвоили', bitcoin-to-a-million office talk, looking for a currency exchange",
        ["Потеряла кошелёк в 12-м автобусе, там права и карты. Если кто-то нашёл — напишите, пожалуйста, отблагодарю 🙏",
         "Отдаём котят в добрые руки 🐱 Три мальчика и девочка, к лотку приучены. Москва, самовывоз. Репост "
         "приветствуется!",
         "Зарплату не подняли, а аренду удвоили. Прекрасный понедельник.",
         "Коллега третий день рассказывает, что биткоин скоро будет стоить миллион. Я пока купил только шаурму.",
         "Кто-нибудь знает нормальный обменник рядом с Белорусской? Нужно поменять евро перед поездкой."],
        ("masha_kovaleva", "dimon_spb", "olga_v_gorode", "igor_petrov88"), src=PERSON_SRC, batch=2),

    # ------------------------------------------------------------------ Japanese (ja)
    ben("x26-ja-flr-fuyo", "legit-airdrop-news", "ja",
        "January 2023 Flare (FLR) token distribution: Japanese exchanges credited FLR to customers holding XRP at "
        "the 12 December 2022 snapshot, and warned about fake 'FLR claim' sites asking to connect wallets",
        ["【お知らせ】Flare Network（FLR）の付与について：2022年12月12日時点でXRPを保有していたお客様へのFLR付与を"
         "開始しました。詳細はこちら {url}",
         "FLRの付与が完了しました。付与数量はアプリの取引履歴からご確認いただけます。なお、当社を装った「FLR受け取り」"
         "サイトにご注意ください。当社が秘密鍵を求めることはありません。",
         "XRP保有者へのFLRエアドロップ、国内交換業者が相次いで対応　受け取りに特別な手続きは不要 {url}",
         "FLR取扱い開始のお知らせ：本日より販売所でFLRの売買が可能になります。暗号資産の価格は変動しますので、"
         "リスクをご理解のうえお取引ください。",
         "⚠️ SNS上で「FLRを受け取るにはウォレット接続が必要」とする偽サイトが確認されています。当社のお客様には自動で"
         "付与されますので、外部サイトへのアクセスは不要です。"],
        ("bitFlyer", "coincheckjp", "SBIVC_Official", "coin_post"), src=EXCH_SRC, batch=2,
        when=("2023-01-05", "2023-03-31"),
        urls=["https://bitflyer.com/ja-jp/s/{rand}", "https://coincheck.com/ja/info/{rand}",
              "https://www.sbivc.co.jp/newsview/{rand}", "https://coinpost.jp/?p={rand}"]),
    ben("x26-ja-torihikijo-oshirase", "exchange-announcement", "ja",
        "Japanese exchange notices (bitFlyer, Coincheck, bitbank): scheduled maintenance, recovery of delayed ETH "
        "transfers, new listings, segregated-asset audit results and warnings that staff never ask for transfers by DM",
        ["【メンテナンスのお知らせ】1月15日（水）2:00〜6:00（予定）の間、システムメンテナンスのため全サービスを停止いたします。"
         "ご不便をおかけしますが、ご理解のほどよろしくお願いいたします。",
         "【復旧】イーサリアムの送金遅延は解消いたしました。ご迷惑をおかけし申し訳ございませんでした。",
         "新規取扱い銘柄のお知らせ📢 本日よりソラナ（SOL）の取扱いを開始しました。詳細は {url} をご確認ください。",
         "当社では顧客資産の分別管理の状況を定期的に公表しております。最新の監査結果はこちら {url}",
         "【重要】当社の社員やサポートを名乗り、DMで送金を依頼するアカウントが確認されています。当社からDMで暗号資産の"
         "送付をお願いすることは一切ございません。"],
        ("bitFlyer", "coincheckjp", "bitbank_inc"), src=EXCH_SRC, batch=2,
        urls=["https://coincheck.com/ja/info/{rand}", "https://bitflyer.com/ja-jp/s/{rand}",
              "https://bitbank.cc/info/{rand}"]),
    ben("x26-ja-sns-toushi-sagi", "anti-scam-warning", "ja",
        "2023-2025 Japanese police (NPA), FSA, NHK and consumer-centre warnings about SNS investment fraud using "
        "celebrity impersonation, LINE groups, 'double your crypto' promises, fake withdrawal taxes and romance scams",
        ["【SNS型投資詐欺にご注意】有名人を名乗るアカウントから「必ずもうかる」「暗号資産を倍にして返す」と誘われても、"
         "送金しないでください。少しでも怪しいと思ったら #9110 へ。",
         "著名人になりすました広告からLINEグループに誘導され、暗号資産を送金させられる被害が急増しています {url}",
         "金融庁・財務局に登録していない海外の暗号資産交換業者にご注意ください。登録業者の一覧はこちら {url}",
         "「出金するには税金の支払いが必要」と言われたら詐欺です。払ってもお金は戻りません。警察や消費生活センターに"
         "相談を。",
         "ロマンス詐欺の手口：SNSで知り合った相手に暗号資産投資を勧められ、偽の取引サイトで利益が出ているように"
         "見せられます。会ったことのない人からの投資話は疑ってください。"],
        ("NPA_KOHO", "fsa_JAPAN", "nhk_news", "kokusen_pr"), src=NEWS_SRC, batch=2,
        urls=["https://www.fsa.go.jp/policy/virtual_currency02/{rand}.html", "https://www3.nhk.or.jp/news/html/2024/{rand}.html",
              "https://www.npa.go.jp/bureau/safetylife/{rand}.html", "https://www.kokusen.go.jp/mimamori/{rand}.html"]),
    ben("x26-ja-dmm-bitcoin", "crypto-news", "ja",
        "May 2024 DMM Bitcoin hack (4,502.9 BTC, about 48.2 billion yen): full guarantee for customers, FBI/NPA "
        "attribution to North Korea's TraderTraitor in December 2024, and transfer of accounts to SBI VC Trade",
        ["暗号資産交換業者「DMMビットコイン」から約482億円相当のビットコインが不正流出 {url}",
         "DMMビットコイン、流出したビットコインはグループ会社の支援で全額保証すると発表 {url}",
         "DMMビットコインの不正流出、警察庁とFBIが北朝鮮のハッカー集団「TraderTraitor」による犯行と特定 {url}",
         "DMMビットコイン、廃業へ　顧客の口座と預かり資産はSBI VCトレードに移管 {url}",
         "【解説】なぜ暗号資産の流出は繰り返されるのか　ウォレット管理の課題と利用者が確認すべきこと {url}"],
        ("nhk_news", "nikkei", "jijicom", "coin_post"), src=NEWS_SRC, batch=2,
        when=("2024-05-31", "2025-03-31"),
        urls=["https://www3.nhk.or.jp/news/html/2024/{rand}.html", "https://www.nikkei.com/article/{rand}/",
              "https://www.jiji.com/jc/article?k={rand}", "https://coinpost.jp/?p={rand}"]),
    ben("x26-ja-present-campaign", "brand-promo", "ja",
        "Japanese brand 'フォロー＆リポスト' present campaigns, ポイント2倍 days, winner announcements by DM and "
        "warnings about fake accounts sending 'you won' DMs with links",
        ["＼フォロー＆リポストで当たる🎁／\n新商品の発売を記念して、抽選で100名様にギフトカード1,000円分をプレゼント！\n"
         "①このアカウントをフォロー\n②この投稿をリポスト\n締切：3/31 23:59 #プレゼントキャンペーン",
         "ポイント2倍デー開催中✨ 本日アプリでお買い物いただくと、ポイントが通常の2倍たまります！",
         "当選者様にはこのアカウントからDMでご連絡しております。当社名を騙る偽アカウントから「当選しました」とDMが"
         "届いても、URLを開いたり個人情報を入力したりしないでください。",
         "【当選発表】たくさんのご応募ありがとうございました！当選された方にはDMをお送りしましたのでご確認ください🙇 "
         "次回のキャンペーンもお楽しみに！",
         "抽選で3名様にオリジナルグッズが当たる！ 応募はこちら👉 {url}"],
        ("purin_koushiki", "KissatenMori", "GameShop_Ao"), src=BRAND_SRC, batch=2,
        urls=["https://www.instagram.com/p/{rand}/", "https://lin.ee/{rand}"]),
    ben("x26-ja-news-link", "news-link", "ja",
        "Japanese newsroom link posts 2024-2025: FSA plan to bring crypto under the Financial Instruments and "
        "Exchange Act, the 20% separate-taxation debate, Nikkei records and calls to curb AI-made fake ads",
        ["暗号資産を金融商品取引法の対象に　金融庁が検討、インサイダー取引規制も導入へ {url}",
         "暗号資産の税制、最大55%の総合課税から一律20%の分離課税へ　見直し議論が本格化 {url}",
         "日経平均、一時4万円台を回復　半導体株に買い {url}",
         "生成AIで作られた著名人の偽広告、SNS運営会社に対策を求める声 {url}",
         "新NISA開始から1年　投資初心者の口座開設が大幅に増加 {url}"],
        ("nhk_news", "nikkei", "asahi", "YahooNewsTopics"), src=NEWS_SRC, batch=2,
        when=("2024-06-01", "2025-06-30"),
        urls=["https://www3.nhk.or.jp/news/html/2025/{rand}.html", "https://www.nikkei.com/article/{rand}/",
              "https://www.asahi.com/articles/{rand}.html", "https://news.yahoo.co.jp/articles/{rand}"]),
]
