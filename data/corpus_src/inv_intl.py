"""Non-English investment-scam families (batch 7): es/pt/fr/de/tr/ru/ja.

Label 1: what a hijacked or impersonating account posts to lure people into fake AI-trading bots, "risk-free"
arbitrage, cloud mining, VIP-signal groups, pig-butchering invitations, fixed daily-yield staking Ponzis and
fake portfolio managers, plus recovery / fake-compensation scams aimed at earlier victims.
Label 0: hard negatives sharing that vocabulary: regulators' and police warnings that quote the bait, exchange
and P2P safety guides, official-channel notices, legit mining news, fintech promos without guarantees, market
commentary, and journalists and victims warning others.
"""
from .pools import bait, ben, HIJACK_SRC, PERSON_SRC, BRAND_SRC, NEWS_SRC, EXCH_SRC  # noqa: F401

B = 7
WHEN = ("2021-01-01", "2026-06-30")
TG = ["https://t.me/+{rand}", "https://t.me/{rand}"]
WA = "https://wa.me/message/{rand}"
MIXED_SRC = NEWS_SRC[:3] + PERSON_SRC  # newsrooms and private people in one family

FAMILIES = [
    # ================================================================== Spanish (es)
    bait("inv-intl-es-bot-ia-diario", "investment-scam", "es",
         "Spain's CNMV and Policía Nacional 2023-2025 warnings on unauthorised 'bot de trading con IA' platforms "
         "promising fixed daily returns, promoted from hijacked personal accounts",
         ["Llevo 3 meses usando este bot de trading con inteligencia artificial y no ha tenido ni un día en "
          "negativo 📈 Un {pct} diario fijo y retiras cuando quieras. Os dejo el enlace antes de que cierren "
          "plazas: {url}",
          "No es magia, es IA. El bot opera solo 24/7 y te ingresa las ganancias cada mañana. Mínimo 250 €. Yo "
          "empecé con eso y ya voy por {gain} 👉 {url}",
          "Me preguntáis mucho cómo saqué para la entrada del piso. Sin rollos: un robot de trading que da un "
          "{pct} al día garantizado. Escribidme por DM y os paso el acceso.",
          "🤖 RENTABILIDAD GARANTIZADA | Bot de IA con un {pct} diario, capital protegido y retiros en 24 h. "
          "Plazas limitadas este mes: {url}",
          "Jamás pensé que lo diría, pero he dejado el curro. El bot trabaja por mí. Si quieres probarlo, "
          "deposita USDT (TRC20) en {trx} y mándame captura por DM para activar tu cuenta."],
         ("LauraViajaLigera", "Dani_Fit_Madrid", "ChefPacoRuiz", "MartaDisenaInteriores"),
         batch=B, when=("2023-01-01", "2026-06-30"), broken=0.1,
         fill={"pct": ["2%", "3%", "1,8%", "2,5%"], "gain": ["4.300 €", "12.000 €", "7.850 €"]},
         urls=["https://iabot-{rand}.com/registro", "https://quantumtrade-es.{rand}.online/alta",
               "https://bit.ly/{rand}"]),
    bait("inv-intl-es-arbitraje-usdt", "investment-scam", "es",
         "Argentine and Venezuelan 'arbitraje de USDT sin riesgo' Telegram/WhatsApp schemes (CNV and press "
         "warnings 2022-2025) promising fixed gains from P2P price gaps",
         ["Arbitraje sin riesgo 💸 Compras USDT en un exchange, lo vendés en otro más caro y te quedás con la "
          "diferencia. Nosotros te pasamos las operaciones armadas: {pct} por día. Grupo de Telegram 👉 {url}",
          "Che, ¿siguen laburando por el mínimo? Yo hago arbitraje P2P desde el celu y saco {gain} por semana. "
          "Les enseño gratis, entren acá: {url}",
          "Con el dólar así, lo único que me sirve es el arbitraje. Metí 500 USDT hace un mes y ya retiré el "
          "doble. Escribime al WhatsApp y te explico: {url}",
          "Últimos cupos en la mesa de arbitraje 🔥 Ganancia fija del {pct} diario, sin saber nada de trading. "
          "Depósito mínimo 100 USDT a {trx}",
          "Arbitraje cripto = plata segura. Los bancos no quieren que sepas esto. Info por DM 📩"],
         ("lucas_tattoo_rosario", "NaniModaCaracas", "ElProfeDeHistoria_ar", "GaboStreamsVE"),
         batch=B, when=("2021-06-01", "2026-06-30"),
         fill={"pct": ["4%", "5%", "3,5%"], "gain": ["US$ 300", "US$ 450", "200 dólares"]},
         urls=TG + ["https://chat.whatsapp.com/{rand}", "https://arbitrajeseguro-{rand}.com"]),
    bait("inv-intl-es-recuperacion-despacho", "recovery", "es",
         "Spain's Policía Nacional and Guardia Civil 2023-2025 warnings on fake law firms and 'unidades de "
         "recuperación de activos' targeting crypto-scam victims (the 'estafa de recuperación')",
         ["Respondiendo a los que me preguntáis: sí, recuperé los 18.000 € que me robó un falso bróker. Lo llevó "
          "{agency} y en tres semanas tenía el dinero en la cuenta. Os dejo su web: {url}",
          "Si has sido víctima de una plataforma de inversión fraudulenta, tienes derecho a reclamar. Nuestro "
          "despacho colabora con unidades de ciberdelitos para rastrear y recuperar criptoactivos. Primera "
          "consulta gratis 👉 {url}",
          "Me robaron USDT con una app falsa y la policía no me hacía caso. {agency} sí: localizaron la billetera "
          "y congelaron los fondos. Solo hay que pagar la tasa de liberación. Muy recomendables 🙏",
          "¿Inversión perdida en cripto? Recuperación de fondos con un 97% de éxito. Abogados especializados + "
          "analistas blockchain. Escríbenos por DM hoy, mañana puede ser tarde.",
          "No os rindáis, que yo también pensaba que era imposible. Si os estafaron con bitcoin, hablad con "
          "{agency}, que son serios y trabajan con la Interpol."],
         ("PilarCosturaValencia", "JuanmaCiclismo", "Rocio_Maestra_Sevilla", "abuelo_informatico"),
         batch=B, when=WHEN,
         fill={"agency": ["Lexcripto Abogados", "Recuperatio Legal", "Alcázar Vidal Abogados",
                          "CyberAsset Recovery España"]},
         urls=["https://lexcripto-{rand}.es/consulta", "https://recuperatio-{rand}.com", WA]),

    ben("inv-intl-es-paff-aviso", "anti-scam-warning", "es",
        "CNMV, Banco de España and Policía Nacional 2024-2025 warnings under Spain's Plan de Acción contra el "
        "Fraude Financiero, quoting AI-bot, Telegram-signal, arbitrage and recovery bait",
        ["⚠️ Si alguien te promete un 2% diario garantizado con un 'bot de trading con IA', no es una inversión: "
         "es un fraude. Ninguna inversión real garantiza rentabilidad. Comprueba si la entidad está registrada: "
         "{url}",
         "Grupos de Telegram y WhatsApp de 'señales VIP' o 'arbitraje sin riesgo': así captan a sus víctimas. "
         "Primero te dejan ganar un poco y después no puedes retirar nada. #FraudeFinanciero",
         "Desarticulada una red que captaba inversores en redes sociales con falsas plataformas de criptomonedas. "
         "Más de 300 víctimas y 9 millones de euros defraudados. {url}",
         "Recuerda: la CNMV no te llamará para ofrecerte inversiones ni para devolverte el dinero que perdiste. "
         "Si recibes un mensaje así, es una suplantación. Más info: {url}",
         "¿Te ha llegado por WhatsApp el 'testimonio' de alguien que convirtió 250 € en 5.000 € en una semana? "
         "Es el gancho. No pinches en el enlace y denuncia."],
        ("CNMV_MEDIA", "policia", "guardiacivil", "bancodeespana"), src=NEWS_SRC, batch=B,
        when=("2024-01-01", "2026-06-30"),
        urls=["https://www.cnmv.es/portal/Consultas/Advertencias/{rand}",
              "https://www.policia.es/_es/comunicacion_prensa_detalle.php?ID={rand}",
              "https://www.bde.es/wbe/es/noticias-eventos/{rand}"]),
    ben("inv-intl-es-guia-p2p", "exchange-announcement", "es",
        "Latin American exchanges' and crypto educators' P2P safety guides (Argentina, Venezuela): escrow, "
        "verified merchants, stay in the platform chat, no 'guaranteed arbitrage'",
        ["Guía rápida para comprar USDT por P2P sin sustos: 1) operá solo con comerciantes verificados, 2) no "
         "liberes hasta ver la plata en tu cuenta, 3) nunca salgas del chat de la plataforma. Hilo 👇 {url}",
         "Ojo: en P2P las diferencias de precio entre plataformas existen, pero las comisiones y los tiempos se "
         "las comen. Quien te venda 'arbitraje garantizado' con un % diario fijo te está vendiendo humo.",
         "Recordatorio del equipo: nuestros agentes nunca te van a pedir que deposites en una wallet externa ni "
         "que sigas la operación por WhatsApp. Si pasa, reportalo desde la app.",
         "Nueva función en P2P: ahora podés ver el historial de órdenes completadas y el tiempo medio de "
         "liberación de cada comerciante antes de operar. {url}",
         "¿Cómo funciona el escrow en P2P? Los USDT del vendedor quedan bloqueados hasta que confirma que "
         "recibió tu pago. Si hay disputa, interviene soporte. Paso a paso: {url}"],
        ("CriptoAulaAR", "Soporte_P2P_Latam", "LaBilleteraFria", "AyudaExchangeLatam"), src=EXCH_SRC, batch=B,
        when=WHEN,
        urls=["https://www.youtube.com/watch?v={rand}", "https://medium.com/@criptoaula/{rand}"]),
    ben("inv-intl-es-analisis-mercado", "price-news", "es",
        "Spanish-language financial press and analysts' daily crypto market commentary (ETF flows, halving, "
        "staking yields) with explicit no-guarantee caveats",
        ["Bitcoin cierra la semana con una subida del {pct} impulsada por las entradas en los ETF al contado. "
         "El mercado sigue pendiente de la Fed. Análisis: {url}",
         "Antes de que preguntéis: no doy señales ni gestiono dinero de nadie. Lo que publico es análisis, no "
         "recomendación. Si alguien con mi foto os escribe por Telegram, no soy yo.",
         "El halving reduce a la mitad la recompensa de los mineros, pero eso no garantiza que el precio suba. "
         "Ha habido caídas del 20-30% incluso en años alcistas.",
         "Ethereum pierde los 3.000 dólares en una sesión marcada por fuertes liquidaciones de posiciones "
         "apalancadas. ¿Qué está pasando? {url}",
         "Rentabilidad del staking de ETH hoy: en torno al 3% anual y variable. Si te ofrecen un 1% diario 'fijo', "
         "haz números: eso es más de un 3.600% al año. No existe."],
        ("expansioncom", "Cincodiascom", "bolsamania", "AnaLopez_Mercados"), src=NEWS_SRC, batch=B,
        when=("2024-01-11", "2026-06-30"),
        fill={"pct": ["6%", "4,2%", "9%"]},
        urls=["https://www.expansion.com/mercados/criptomonedas/{rand}.html",
              "https://cincodias.elpais.com/mercados-financieros/{rand}.html",
              "https://www.bolsamania.com/criptomonedas/{rand}"]),

    # ================================================================== Portuguese (pt, Brazil)
    bait("inv-intl-pt-robo-rendimento", "investment-scam", "pt",
         "Brazilian crypto 'robô de trading' pyramid schemes with fixed monthly yields (GAS Consultoria Bitcoin "
         "2021, Braiscompany 2023) and the CVM stop orders issued against such offers",
         ["Gente, eu não ia postar, mas tá funcionando demais: o robô faz as operações sozinho e rende {pct} ao "
          "mês fixo. Já saquei 3 vezes no Pix 🙌 Link pra quem quiser entrar: {url}",
          "Rendimento garantido de {pct} ao mês em contrato de criptoativos, com devolução do capital no final. "
          "Vagas limitadas. Chama no direct 📲",
          "Meu primo me apresentou, eu duvidei, e hoje meu aporte de R$ 5 mil já virou {gain}. Não precisa "
          "entender de bitcoin, a empresa faz tudo. {url}",
          "Saque todo dia, sem taxa, sem enrolação. Robô de IA operando 24h com {pct} de lucro por mês. "
          "Cadastro aqui 👉 {url}",
          "Quem entrar até sexta ganha bônus de 20% no primeiro aporte. Deposita USDT na carteira {trx} e me "
          "manda o comprovante no WhatsApp."],
         ("rafa_churrasqueiro", "BiaMakeupOficial", "CoachRicardoFit", "jujuba_artesanato"),
         batch=B, when=WHEN,
         fill={"pct": ["8%", "10%", "12%", "15%"], "gain": ["R$ 9.400", "R$ 12 mil", "R$ 7.800"]},
         urls=["https://robotrader-{rand}.com.br/cadastro", "https://{rand}.invest-bot.app/ref", WA]),
    bait("inv-intl-pt-mineracao-nuvem", "investment-scam", "pt",
         "'Mineração em nuvem' apps with daily payouts and recruitment bonuses flagged by Brazil's CVM and "
         "consumer agencies (Procon) 2022-2025",
         ["⛏️ Mineração de bitcoin na nuvem: você aluga a máquina e recebe todo dia na carteira. O plano inicial "
          "de R$ 100 rende {daily} por dia. {url}",
          "Tô recebendo da mineração todo santo dia, caiu {daily} hoje de novo 😍 Quem quiser o link de convite "
          "é esse: {url}",
          "Esquece a poupança. Com mineração em nuvem seu dinheiro trabalha 24h. Retorno diário garantido e bônus "
          "por indicação. Chama no DM.",
          "Nova fazenda de mineração no Paraguai abriu vagas pra investidores. Contrato de 90 dias, lucro diário, "
          "saque via Pix. Comece agora: {url}",
          "Ganhe {daily} por dia só minerando. Envie a partir de 50 USDT para {trx} e seu contrato é ativado "
          "automaticamente."],
         ("DonaCidaReceitas", "motoboy_do_sul", "TiagoTechBR", "lu_e_as_plantas"),
         batch=B, when=("2022-01-01", "2026-06-30"),
         fill={"daily": ["R$ 38", "R$ 52", "R$ 120", "US$ 9"]},
         urls=["https://cloudmine-{rand}.com/invite", "https://hashpower{rand}.vip/reg"]),
    bait("inv-intl-pt-recuperacao-hacker", "recovery", "pt",
         "Fake 'hacker ético' and crypto-recovery services with sock-puppet testimonials in Brazilian Portuguese "
         "(the 'golpe da recuperação' warned about by the CVM and state Polícia Civil)",
         ["Caí no golpe de uma corretora falsa e perdi 2 BTC. Achei que nunca mais ia ver esse dinheiro, mas a "
          "{agency} rastreou tudo e recuperou em 5 dias. Recomendo demais 🙏",
          "Foi vítima de golpe com criptomoedas? A gente recupera. Equipe de peritos em blockchain, 100% de "
          "sigilo. Fale com um especialista: {url}",
          "Respondendo aqui pra ajudar: meu caso foi igual ao seu, sumiram com meu USDT. Procura a {agency}, o "
          "pessoal é sério e só cobra depois. {url}",
          "Perdeu dinheiro em pirâmide de bitcoin? Existe solução! Recuperação de ativos digitais com garantia. "
          "Atendimento pelo WhatsApp 👉 {url}",
          "Não acreditem que não tem volta. Eu recuperei meus bitcoins com ajuda profissional. Me chama no "
          "privado que eu passo o contato."],
         ("Carla_Enfermeira_BH", "seu_ze_aposentado", "gamerdoceara", "NutriPaulaSP"),
         batch=B, when=WHEN,
         fill={"agency": ["Resgate Cripto Brasil", "PeritoChain", "Central de Recuperação Digital"]},
         urls=["https://resgatecripto-{rand}.com", WA]),

    ben("inv-intl-pt-cvm-alerta", "anti-scam-warning", "pt",
        "Brazil's CVM stop orders and alerts (2021-2025) against unauthorised 'robô de investimento', cloud-mining "
        "and fixed-yield crypto offers, and Polícia Federal operations against crypto pyramids",
        ["ALERTA | A CVM determinou a suspensão de oferta irregular de contratos de investimento em criptoativos "
         "com promessa de rendimento fixo mensal. Veja a deliberação: {url}",
         "Promessa de 'robô que rende 2% ao dia' não é investimento, é sinal de pirâmide financeira. Antes de "
         "aplicar, consulte se a empresa é autorizada pela CVM. {url}",
         "A Polícia Federal deflagrou hoje operação contra grupo suspeito de captar recursos com falsa mineração "
         "de bitcoin em nuvem. Foram cumpridos mandados de busca em três estados. {url}",
         "Atenção: golpistas estão usando o nome da CVM para oferecer 'recuperação' de valores perdidos em golpes "
         "com criptomoedas. A CVM não cobra taxas nem devolve dinheiro a investidores.",
         "Recebeu convite para grupo de WhatsApp com 'sinais' e prints de lucro? Desconfie. Depoimentos falsos "
         "são a isca mais usada em fraudes com criptoativos."],
        ("CVMgovbr", "policiafederal", "InvestidorCVM"), src=NEWS_SRC, batch=B, when=WHEN,
        urls=["https://www.gov.br/cvm/pt-br/assuntos/noticias/{rand}",
              "https://www.gov.br/pf/pt-br/assuntos/noticias/{rand}"]),
    ben("inv-intl-pt-mineradoras", "crypto-news", "pt",
        "Brazilian business press coverage of listed bitcoin-mining companies (post-halving production and "
        "margins, hydro-powered sites in Paraguay and Brazil)",
        ["Mineradoras de bitcoin listadas nos EUA produziram menos BTC em maio após o halving, mas ampliaram a "
         "capacidade instalada. {url}",
         "Com energia barata de Itaipu, o Paraguai virou polo de mineração de bitcoin — e o Congresso discute "
         "novas regras para o setor. {url}",
         "Receita de mineradora de bitcoin sobe no trimestre, mas o custo por BTC minerado quase dobra depois "
         "do halving. Entenda: {url}",
         "Mineração de bitcoin não é renda garantida: a rentabilidade depende do preço do BTC, da dificuldade "
         "da rede e do custo da energia. Explicamos como funciona o setor {url}",
         "Empresa brasileira anuncia data center para mineração de bitcoin movido a energia renovável no "
         "Nordeste. {url}"],
        ("valoreconomico", "infomoney", "exame", "Livecoins"), src=NEWS_SRC, batch=B,
        when=("2024-04-20", "2026-06-30"),
        urls=["https://valor.globo.com/financas/criptomoedas/noticia/{rand}.ghtml",
              "https://www.infomoney.com.br/mercados/{rand}/", "https://exame.com/future-of-money/{rand}/"]),
    ben("inv-intl-pt-fintech-promo", "brand-promo", "pt",
        "Brazilian fintech and digital-bank crypto promos (buy from R$ 1, BTC cashback, recurring buys) with "
        "mandatory risk disclaimers and no return guarantees",
        ["Agora dá pra comprar bitcoin, ether e USDC direto no app, a partir de R$ 1. Criptoativos têm alta "
         "volatilidade e não têm rentabilidade garantida. Saiba mais: {url}",
         "Cashback em bitcoin no cartão de crédito 💳 Parte de cada compra volta pra você em BTC. Sujeito à "
         "variação de preço. Regulamento: {url}",
         "Novidade: agora você pode programar compras recorrentes de cripto toda semana ou todo mês. Investir "
         "aos poucos ajuda a diluir a volatilidade, mas não elimina o risco.",
         "Lembrete de segurança: a gente nunca pede senha, código ou transferência por WhatsApp ou DM. Perfis "
         "oferecendo 'rendimento garantido' em nosso nome são golpe. Atendimento só pelo app.",
         "Rentabilidade passada não é garantia de rentabilidade futura. Conheça os fundos de cripto disponíveis "
         "e leia a lâmina antes de investir: {url}"],
        ("BancoAurora", "CarteiraNovaApp", "FinBR_oficial"), src=BRAND_SRC, batch=B, when=WHEN,
        urls=["https://www.bancoaurora.com.br/cripto/{rand}", "https://ajuda.carteiranova.app/{rand}"]),

    # ================================================================== French (fr)
    bait("inv-intl-fr-signaux-vip", "investment-scam", "fr",
         "AMF warnings (2021-2025) on Telegram 'VIP signals' groups and unregistered crypto offers promising "
         "weekly gains, promoted from hijacked French accounts",
         ["🚀 +{pct} cette semaine avec nos signaux VIP. Entrées, sorties, stop-loss : tout est envoyé sur "
          "Telegram en temps réel. Accès gratuit pour les 50 premiers 👉 {url}",
          "Je partage enfin mon groupe privé. On trade le BTC et les altcoins ensemble, 92 % de trades gagnants "
          "depuis janvier. Rejoignez avant que ça devienne payant : {url}",
          "Franchement j'ai hésité, mais depuis que je suis les signaux de ce canal je fais +{pct} par semaine. "
          "Lien en DM si ça vous intéresse 😉",
          "SIGNAUX CRYPTO PREMIUM 💎 Gains garantis ou remboursés. 3 à 5 signaux par jour, accompagnement "
          "personnalisé. {url}",
          "Mon petit salaire d'infirmière ne suffisait plus. Une amie m'a ajoutée à un groupe Telegram de trading "
          "et j'ai remboursé mon crédit en 4 mois. Je vous mets le lien : {url}"],
         ("Camille_Run_Lyon", "Yanis_Beatmaker", "Sophie_et_ses_chats", "lecoinbricolage"),
         batch=B, when=WHEN,
         fill={"pct": ["38 %", "27 %", "45 %"]},
         urls=TG),
    bait("inv-intl-fr-gestionnaire-compte", "investment-scam", "fr",
         "Fake 'conseillère en gestion de patrimoine' / account managers on unauthorised crypto platforms (AMF "
         "and ACPR black lists 2022-2025), pushed with 'grâce à ma conseillère' testimonials",
         ["Un grand merci à {manager}, ma gestionnaire de portefeuille : 5 000 € placés en mars, {gain} "
          "aujourd'hui. Elle prend encore quelques clients, contactez-la sur WhatsApp : {url}",
          "Vous voulez investir dans la crypto mais vous n'y connaissez rien ? Je gère votre capital pour vous. "
          "Rendement mensuel de 15 % garanti, retrait à tout moment. Écrivez-moi en privé.",
          "Je n'y croyais pas, mais {manager} m'a fait gagner plus en deux mois que mon Livret A en dix ans. "
          "Sérieuse, disponible, transparente. Je recommande à 100 %.",
          "Gestion de portefeuille crypto clé en main 📊 Capital sécurisé, gains versés chaque semaine, suivi "
          "personnalisé. Premier rendez-vous offert : {url}",
          "Réponse à ceux qui me demandent : oui, c'est {manager} qui gère mon argent. Elle m'a ouvert un compte "
          "sur sa plateforme et je vois mes gains monter tous les jours."],
         ("papa_de_trois_31", "Jeannot_Peche", "Aurelie_Couture", "retraite_heureux_56"),
         batch=B, when=WHEN,
         fill={"manager": ["Mme Clara Dumont", "Élodie Marchand", "Nathalie Roussel"],
               "gain": ["11 400 €", "17 250 €", "9 800 €"]},
         urls=[WA, "https://patrimoine-{rand}.fr/rdv", "https://rdv-gestion-{rand}.com"]),
    bait("inv-intl-fr-indemnisation-victimes", "recovery", "fr",
         "AMF and Banque de France 2022-2025 alerts on fraudsters impersonating regulators or 'European "
         "compensation funds' who charge crypto-scam victims fees for promised reimbursement",
         ["📢 Victimes d'arnaques aux cryptomonnaies : un fonds européen d'indemnisation rembourse désormais "
          "jusqu'à 100 % des pertes. Déposez votre dossier avant le {date} : {url}",
          "INFO VICTIMES | Les sommes saisies sur des plateformes frauduleuses sont restituées aux épargnants. "
          "Vérifiez si votre nom figure sur la liste des bénéficiaires : {url}",
          "J'avais perdu 23 000 € sur une fausse plateforme de trading. J'ai été indemnisée grâce au programme "
          "de compensation, il a juste fallu régler les frais de dossier. Foncez 👉 {url}",
          "Vous avez été escroqué en ligne ? Notre cabinet, mandaté auprès des autorités, récupère vos fonds en "
          "cryptomonnaies. Aucune avance de frais*. Contact en DM.",
          "Remboursement des victimes de fraude crypto : la procédure est ouverte. Il suffit de connecter le "
          "portefeuille utilisé lors de la fraude pour recevoir l'indemnisation. {url}"],
         ("Info_Victimes_Fraude", "Collectif_Arnaques_FR", "AideJuridique_Crypto", "Restitution_Epargnants"),
         batch=B, when=("2022-01-01", "2026-06-30"),
         fill={"date": ["30 juin", "15 mars", "31 octobre"]},
         urls=["https://indemnisation-victimes-{rand}.eu/dossier", "https://fonds-compensation-{rand}.org",
               "https://restitution-{rand}.info"]),

    ben("inv-intl-fr-amf-liste-noire", "anti-scam-warning", "fr",
        "AMF, Banque de France and DGCCRF 2021-2025 black-list updates and warnings on unregistered crypto "
        "platforms, Telegram signal groups and recovery fraud impersonating the AMF",
        ["L'AMF met en garde le public contre plusieurs sites qui proposent d'investir dans des crypto-actifs "
         "sans y être autorisés. Consultez la liste noire avant d'investir : {url}",
         "« Rendement garanti de 1 % par jour », « signaux VIP à 90 % de réussite » : ces promesses sont des "
         "signaux d'alerte. Aucun placement ne peut garantir un gain élevé sans risque.",
         "Attention aux arnaques au recouvrement : des escrocs usurpent l'identité de l'AMF ou d'avocats pour "
         "proposer de récupérer vos pertes contre des frais. L'AMF ne démarche jamais les épargnants.",
         "Vous pensez être victime ? Cessez tout versement, conservez vos échanges et déposez plainte. Plus "
         "d'infos : {url}",
         "Groupes Telegram, « coachs » en trading, faux conseillers sur WhatsApp : notre guide pour repérer les "
         "arnaques aux crypto-actifs {url}"],
        ("AMF_FR", "banquedefrance", "DGCCRF"), src=NEWS_SRC, batch=B, when=WHEN,
        urls=["https://www.amf-france.org/fr/actualites-publications/{rand}", "https://www.abe-infoservice.fr/{rand}",
              "https://www.economie.gouv.fr/dgccrf/{rand}"]),
    ben("inv-intl-fr-victimes-temoignent", "news-link", "fr",
        "French press investigations and victims' own posts (2022-2025) on romance-investment ('pig-butchering') "
        "scams, fake trading platforms and follow-up recovery fraud, warning others",
        ["« Il m'a fait gagner 2 000 € la première semaine, puis je n'ai plus rien pu retirer. » Enquête sur ces "
         "arnaques sentimentales qui finissent en faux placements crypto {url}",
         "Je raconte ça pour que ça n'arrive à personne d'autre : j'ai perdu 31 000 € sur une fausse plateforme "
         "de trading conseillée par quelqu'un rencontré sur une appli. Si on vous parle de « gains garantis », "
         "fuyez.",
         "Après l'arnaque, les « récupérateurs » : ils m'ont promis de retrouver mes bitcoins contre 3 000 € de "
         "frais. C'était la même bande. Ne payez rien à ces gens.",
         "Faux conseillers, faux témoignages, faux sites d'info : comment les escrocs aux crypto-actifs ont "
         "industrialisé la fraude. Notre enquête {url}",
         "Mon compte a été piraté hier et quelqu'un a publié une pub pour un « bot de trading » en mon nom. Ce "
         "n'était pas moi, ne cliquez sur rien. C'est réglé maintenant."],
        ("leparisien", "franceinfo", "Claire_Voyage_Nantes", "Thomas_Velo_Lille"), src=MIXED_SRC, batch=B,
        when=("2022-01-01", "2026-06-30"),
        urls=["https://www.leparisien.fr/faits-divers/{rand}.php",
              "https://www.francetvinfo.fr/economie/arnaque/{rand}.html"]),
    ben("inv-intl-fr-canal-officiel-psan", "exchange-announcement", "fr",
        "French-registered crypto platforms' (PSAN, later MiCA CASP) official-channel notices and staking "
        "explainers: variable yields, staff never DM first, no signals or fixed returns",
        ["Rappel : notre seul canal Telegram officiel est celui indiqué sur notre site. Les admins ne vous "
         "écriront jamais en premier et ne vous proposeront jamais de « gestion de compte ». {url}",
         "Le staking n'est pas un rendement garanti. Le taux affiché est indicatif, il varie selon le réseau et "
         "peut baisser. Votre capital reste exposé à la volatilité. En savoir plus : {url}",
         "De faux comptes reprennent notre logo pour promettre des gains quotidiens. Nous ne proposons ni "
         "signaux de trading ni rendement fixe. Signalez-les, merci 🙏",
         "Nouveau : l'achat programmé de bitcoin dès 10 € par semaine. Investir dans les crypto-actifs comporte "
         "un risque de perte en capital.",
         "Maintenance prévue ce soir de 23 h à 1 h : les retraits BTC et ETH seront temporairement suspendus. "
         "Vos fonds ne sont pas concernés."],
        ("CryptoHexa_FR", "Lumen_Exchange_FR", "support_lumen_fr"), src=EXCH_SRC, batch=B, when=WHEN,
        urls=["https://lumen-exchange.fr/aide/{rand}", "https://help.cryptohexa.fr/articles/{rand}"]),

    # ================================================================== German (de)
    bait("inv-intl-de-ki-plattform", "investment-scam", "de",
         "BaFin consumer warnings (2023-2025) on unlicensed 'KI-Trading' platforms advertised with fake "
         "'mit 250 € angefangen' testimonials from hijacked accounts",
         ["Mit 250 € angefangen, nach sechs Wochen {gain} auf dem Konto. Die KI-Plattform handelt komplett "
          "automatisch, ich schau nur abends rein. Wer's ausprobieren will: {url}",
          "Ich hab's lange für Fake gehalten. Aber seit dem Frühjahr zahlt mir der KI-Bot jeden Tag {pct} "
          "Gewinn aus. Fragt mich gern per DM 🙂",
          "KI-Trading für Einsteiger 🤖 Keine Vorkenntnisse nötig, garantierte Tagesrendite, Auszahlung "
          "jederzeit. Nur noch wenige Plätze frei: {url}",
          "Leute, hört auf, euer Geld auf dem Sparbuch verrotten zu lassen. Die KI macht {pct} am Tag. "
          "Einzahlung per USDT an {trx}, Freischaltung innerhalb einer Stunde.",
          "Ehrlich gesagt: Ich hab meinen Job gekündigt. Die Plattform hat mein Startkapital in drei Monaten "
          "verzehnfacht. Link nur heute: {url}"],
         ("Sabine_Garten_HH", "Kevin_Schraubt", "Oma_Helga_Strickt", "Tobi_Laufcoach"),
         batch=B, when=("2023-01-01", "2026-06-30"), broken=0.1,
         fill={"pct": ["2 %", "3,1 %", "1,7 %"], "gain": ["4.870 €", "6.120 €", "3.950 €"]},
         urls=["https://ki-trader-{rand}.de/start", "https://quant-ai-{rand}.net/anmeldung"]),
    bait("inv-intl-de-staking-pool", "investment-scam", "de",
         "Fixed daily-yield 'Staking-Pool' Ponzi platforms with referral bonuses (HyperVerse-style, 2022-2025), "
         "the subject of BaFin and Verbraucherzentrale warnings",
         ["Passives Einkommen mit Krypto 💰 Im Staking-Pool gibt's feste {pct} pro Tag, Auszahlung täglich. Ab "
          "100 USDT dabei: {url}",
          "Seit vier Monaten im Pool, jeden Morgen kommen die Zinsen rein. Bei {pct} täglich rechnet euch das "
          "mal aufs Jahr hoch 😅 {url}",
          "Neuer Staking-Pool startet heute! Frühe Teilnehmer bekommen {pct} täglich plus 10 % Bonus auf jede "
          "Empfehlung. Einzahlungsadresse (ETH/USDT ERC20): {eth}",
          "Kein Trading, kein Risiko, nur staken. Festzins garantiert, Kapital nach 60 Tagen zurück. Infos per PN.",
          "Wer noch rein will: Der Pool schließt am Sonntag. Schreibt mir, dann bekommt ihr meinen "
          "Einladungscode."],
         ("Marco_Kfz_Meister", "Jana_Yoga_Muc", "Dennis_Gaming_TV", "Ute_liest_viel"),
         batch=B, when=("2022-01-01", "2026-06-30"), broken=0.1,
         fill={"pct": ["1,5 %", "2 %", "1,2 %"]},
         urls=["https://stakepool-{rand}.io/invite", "https://{rand}-yieldhub.com/de"]),
    bait("inv-intl-de-krypto-rueckholung", "recovery", "de",
         "BaFin and LKA 2022-2025 warnings on 'Recovery Scam' outfits: fake law firms and 'Krypto-Rückholung' "
         "services charging victims of fake trading platforms upfront fees",
         ["Geld bei einer Fake-Trading-Plattform verloren? Wir holen es zurück. Krypto-Rückholung durch "
          "zertifizierte Blockchain-Forensiker, Erfolgsquote 94 %. Kostenlose Ersteinschätzung: {url}",
          "Ich hatte 40.000 € bei einem falschen Broker verloren. {agency} hat alles zurückgeholt, nur eine "
          "Bearbeitungsgebühr war fällig. Danke, danke, danke!",
          "Antwort an alle, die mir geschrieben haben: Ja, es geht. {agency} hat meine gestohlenen Bitcoins "
          "aufgespürt und zurückgebucht. Kontakt hier: {url}",
          "Opfer von Anlagebetrug? Wir arbeiten mit Behörden in ganz Europa zusammen, um Ihr Kapital zu sichern. "
          "Melden Sie sich per Direktnachricht.",
          "Nicht aufgeben! Ich dachte auch, mein Geld ist weg. Sucht euch Profis für Krypto-Rückholung, z. B. "
          "{agency}. Bei mir hat's geklappt 💪"],
         ("Heike_aus_Bochum", "Rentner_Klaus_57", "Steffi_Pferdeglueck", "Bernd_Modellbahn"),
         batch=B, when=WHEN,
         fill={"agency": ["Kanzlei Berger & Voss", "FundBack Legal", "RückGeld24"]},
         urls=["https://krypto-rueckholung-{rand}.de", "https://fundback-{rand}.com/fall"]),

    ben("inv-intl-de-bafin-warnung", "anti-scam-warning", "de",
        "BaFin Verbraucherwarnungen and police 'Cybertrading' and recovery-scam warnings (2022-2025) that quote "
        "the AI-trading and 'Rückholung' bait",
        ["Die BaFin warnt vor der Website {dom}: Dort werden ohne Erlaubnis Krypto-Handel und 'KI-gestützte' "
         "Vermögensverwaltung angeboten. {url}",
         "'KI-Bot mit garantierter Tagesrendite', 'Mit 250 € zum Vermögen': So locken Betrüger auf falsche "
         "Trading-Plattformen. Keine seriöse Geldanlage garantiert Gewinne.",
         "Nach dem Betrug kommt oft der zweite: Angebliche Kanzleien oder 'Krypto-Rückholer' versprechen, "
         "verlorenes Geld zurückzuholen – gegen Vorkasse. Zahlen Sie nichts und erstatten Sie Anzeige.",
         "Sie haben bei einer Online-Trading-Plattform Geld eingezahlt und können nichts auszahlen? Brechen Sie "
         "den Kontakt ab und wenden Sie sich an Ihre örtliche Polizeidienststelle. #Cybertrading",
         "Prüfen Sie vor jeder Geldanlage in der Unternehmensdatenbank, ob der Anbieter eine Erlaubnis hat: "
         "{url}"],
        ("BaFin_Bund", "Polizei_NRW", "LKA_Niedersachsen"), src=NEWS_SRC, batch=B,
        when=("2022-01-01", "2026-06-30"),
        fill={"dom": ["kiquantum-invest.com", "bitforce-ai.net", "trader-neo24.io"]},
        urls=["https://www.bafin.de/SharedDocs/Veroeffentlichungen/DE/Verbrauchermitteilung/{rand}.html",
              "https://www.polizei-beratung.de/themen-und-tipps/betrug/{rand}/"]),
    ben("inv-intl-de-opfer-berichte", "news-link", "de",
        "German press (Tagesschau, Verbraucherzentrale) and victims' relatives' posts on call-centre trading fraud, "
        "Europol take-downs and follow-up 'Entschädigung' recovery fraud (2022-2025)",
        ["Erst kleine Gewinne, dann die Bitte um mehr Geld: Wie Callcenter-Betrüger Anleger über falsche "
         "Krypto-Plattformen ausnehmen. Eine Recherche {url}",
         "Meine Mutter hat 60.000 € an einen 'Portfolio-Manager' von einer KI-Trading-Seite überwiesen. Jetzt "
         "rufen täglich Leute an, die das Geld 'zurückholen' wollen. Bitte warnt eure Eltern.",
         "Europol und deutsche Ermittler zerschlagen ein Netzwerk, das Anleger mit gefälschten Krypto-Investments "
         "um Millionen gebracht haben soll. {url}",
         "PSA: Wenn euch jemand per DM eine 'garantierte Tagesrendite' anbietet, auch ein Bekannter – erst "
         "anrufen und nachfragen. Bei mir war der Account gehackt.",
         "'Sie sind Opfer eines Anlagebetrugs geworden und haben Anspruch auf Entschädigung': Mit solchen Mails "
         "melden sich falsche Anwälte. Verbraucherschützer raten, nicht zu reagieren. {url}"],
        ("tagesschau", "vzbv", "Lena_Schreibt_HB", "Jonas_IT_Kram"), src=MIXED_SRC, batch=B,
        when=("2022-01-01", "2026-06-30"),
        urls=["https://www.tagesschau.de/investigativ/{rand}.html", "https://www.verbraucherzentrale.de/wissen/{rand}"]),
    ben("inv-intl-de-marktkommentar", "price-news", "de",
        "German finance journalists' and analysts' crypto market commentary (ETF flows, halving, staking yields, "
        "liquidations), explicitly without return promises",
        ["Bitcoin startet mit einem Plus von {pct} in die Woche. Treiber sind erneut Zuflüsse in die Spot-ETFs. "
         "Marktbericht: {url}",
         "Staking-Renditen bei Ethereum liegen aktuell bei rund 3 % pro Jahr – schwankend und ohne Garantie. "
         "Wer Ihnen 1 % am Tag verspricht, verkauft ein Schneeballsystem.",
         "Kurz zur Einordnung der Rallye: Kryptowährungen bleiben hochspekulativ. Ich gebe hier keine "
         "Anlageberatung und betreibe keine Telegram-Gruppe. Fake-Accounts mit meinem Namen bitte melden.",
         "Nach dem Halving sinkt die Belohnung für Miner auf 3,125 BTC pro Block. Was das für börsennotierte "
         "Mining-Unternehmen bedeutet: {url}",
         "Krypto-Markt im Rückwärtsgang: Liquidationen von über 1 Mrd. Dollar binnen 24 Stunden, Ether fällt "
         "unter 2.500 Dollar. {url}"],
        ("handelsblatt", "finanzennet", "Mia_Krypto_Analyse"), src=NEWS_SRC, batch=B,
        when=("2024-04-20", "2026-06-30"),
        fill={"pct": ["3 %", "5,4 %", "2,1 %"]},
        urls=["https://www.handelsblatt.com/finanzen/maerkte/devisen-rohstoffe/{rand}.html",
              "https://www.finanzen.net/nachricht/devisen/{rand}"]),

    # ================================================================== Turkish (tr)
    bait("inv-intl-tr-vip-sinyal", "investment-scam", "tr",
         "Turkish Telegram 'VIP sinyal' groups and fake investment advisers promising guaranteed gains, subject of "
         "SPK warnings and access bans (2021-2025)",
         ["VIP sinyal grubumuzda bu hafta {pct} kazanç 🚀 Giriş, çıkış, stop hepsi anlık olarak Telegram'da. "
          "İlk 100 kişiye ücretsiz: {url}",
          "Arkadaşlar inanın ben de inanmıyordum. Bu grubun sinyalleriyle 1 ayda kredi kartı borcumu kapattım. "
          "Link DM'de 🙏",
          "Günlük %10 garantili kazanç! Kripto bilmene gerek yok, biz veriyoruz sen uyguluyorsun. Katıl 👉 {url}",
          "Maaşla bir yere varılmıyor, ben artık sinyal takip ediyorum. Bugün {pct} ile kapattık. Merak eden "
          "gruba gelsin: {url}",
          "Son kontenjan! VIP gruba üyelik 50 USDT, ilk ay kazanç garantili. Ödeme (TRC20): {trx}"],
         ("AyseMutfakta", "EmreFutbolYorum", "DenizKahveKeyfi", "BursaliMuhendis"),
         batch=B, when=WHEN,
         fill={"pct": ["%34", "%18", "%27"]},
         urls=TG),
    bait("inv-intl-tr-yapay-zeka-arbitraj", "investment-scam", "tr",
         "Fake 'yapay zeka arbitraj botu' and fixed-return crypto platforms promoted on Turkish social media, as "
         "described in SPK and police warnings (2023-2025)",
         ["Yapay zeka destekli arbitraj botu borsalar arasındaki fiyat farkını yakalıyor, sen sadece kazancını "
          "çekiyorsun. Günlük {pct} sabit getiri 👉 {url}",
          "3 aydır kullanıyorum, bir gün bile zarar etmedim. 10 bin TL ile başladım, şu an {gain}. Kayıt linki: "
          "{url}",
          "Risk yok, kayıp yok. Bot 7/24 işlem yapıyor, kazanç her gün hesabına yatıyor. Detaylar için DM at.",
          "Bankada faiz mi bekliyorsun? Yapay zeka ile günlük {pct} kazanmak varken 😎 Minimum yatırım 100 "
          "USDT: {trx}",
          "Bu platform sayesinde ilk kez ailemi tatile götürdüm. İsteyen olursa referans kodumu veririm, yazın."],
         ("MelisaMakyaj", "TaksiciHasanAbi", "OgretmenSelin", "Can_Bisiklet"),
         batch=B, when=("2023-01-01", "2026-06-30"),
         fill={"pct": ["%3", "%4,5", "%2,8"], "gain": ["68 bin TL", "41.500 TL", "95 bin TL"]},
         urls=["https://ai-arbitraj-{rand}.com/kayit", "https://{rand}.kazancbot.net"]),
    bait("inv-intl-tr-kripto-kurtarma", "recovery", "tr",
         "Turkish 'kripto kurtarma uzmanı' / 'dolandırılan paranızı geri alıyoruz' recovery scams targeting victims "
         "of fake crypto platforms (police and SPK warnings 2022-2025)",
         ["Kripto dolandırıcılığına mı uğradınız? Kripto kurtarma uzmanlarımız blockchain üzerinden paranızı "
          "takip edip geri alıyor. Ücretsiz ön görüşme: {url}",
          "Sahte bir borsada 120 bin TL kaybetmiştim. {agency} sayesinde 2 haftada paramın tamamını geri aldım. "
          "Herkese tavsiye ederim 🙏",
          "Yorumlara yazan arkadaşa: benim de başıma geldi. {agency} ile iletişime geç, işini bilen insanlar. "
          "{url}",
          "Dolandırılan paranızı geri almak mümkün! Avukat ve siber güvenlik ekibimizle %96 başarı. WhatsApp'tan "
          "yazın 👉 {url}",
          "Kaybettiğin kripto geri gelmez diyenlere inanma. Ben geri aldım. Kurtarma uzmanının numarasını "
          "DM'den isteyin."],
         ("FatmaTeyzeninBahcesi", "KaanDrone", "izmirli_emekli", "ZeynepKitapOkur"),
         batch=B, when=("2022-01-01", "2026-06-30"),
         fill={"agency": ["KriptoKurtarma Danışmanlık", "Delta Siber Hukuk", "ChainGeri Ekibi"]},
         urls=["https://kriptokurtarma-{rand}.com", WA]),

    ben("inv-intl-tr-spk-uyari", "anti-scam-warning", "tr",
        "Turkey's SPK access-ban announcements and warnings (after the July 2024 crypto-asset law) about "
        "unlicensed crypto/forex sites, VIP-signal groups and fake 'iade' recovery offers, plus police warnings",
        ["Kurulumuzca izinsiz sermaye piyasası faaliyeti yürüttüğü tespit edilen {count} internet sitesine "
         "erişim engeli getirilmiştir. Liste için: {url}",
         "Sosyal medyada 'günlük %10 garantili kazanç', 'VIP sinyal grubu' gibi vaatlerle yapılan çağrılara "
         "itibar etmeyiniz. Yetkisiz kuruluşlara yatırım yapan vatandaşlarımız hiçbir koruma kapsamında değildir.",
         "Kripto varlık hizmet sağlayıcılarının faaliyet izni olup olmadığını yatırım yapmadan önce Kurulumuzun "
         "internet sitesinden kontrol ediniz. {url}",
         "Dolandırıcılık mağdurlarına 'paranızı geri alırız' diyerek ulaşan kişi ve sözde hukuk bürolarına karşı "
         "dikkatli olunuz. Ön ödeme talep edilmesi dolandırıcılığın açık işaretidir.",
         "Kurumumuz adına açılan sahte internet siteleri ve sosyal medya hesapları üzerinden 'iade' vaadiyle "
         "para istendiği tespit edilmiştir. Kurulumuz vatandaşlardan hiçbir şekilde ödeme talep etmez."],
        ("spk_gov_tr", "EmniyetGM", "SiberayEGM"), src=NEWS_SRC, batch=B, when=("2024-07-01", "2026-06-30"),
        fill={"count": ["18", "34", "41", "27"]},
        urls=["https://spk.gov.tr/duyurular/{rand}", "https://www.egm.gov.tr/siber/{rand}"]),
    ben("inv-intl-tr-borsa-resmi-kanal", "exchange-announcement", "tr",
        "Turkish crypto exchanges' official notices on impersonation, P2P safety and TRY deposits: one official "
        "Telegram channel, staff never DM, no guaranteed-return products",
        ["Resmi Telegram kanalımız yalnızca {url} adresidir. Yöneticilerimiz size asla özelden yazmaz, 'sinyal' "
         "ya da 'garantili kazanç' teklif etmez.",
         "Adımızı kullanarak 'yapay zeka ile günlük kazanç' vaat eden sahte hesaplar tespit edildi. Bu hesaplarla "
         "hiçbir bağlantımız yoktur, lütfen şikâyet edin.",
         "TL yatırma işlemleriniz yalnızca kendi adınıza kayıtlı banka hesabından yapılabilir. Üçüncü kişilerden "
         "gelen transferler iade edilir.",
         "P2P işlemlerinde karşı taraf ödemeyi onaylamadan kripto varlığınızı serbest bırakmayın. Platform dışı "
         "iletişim taleplerini bize bildirin.",
         "Planlı bakım: Bu gece 02.00-04.00 arasında USDT (TRC20) çekimleri geçici olarak durdurulacaktır. "
         "Varlıklarınız güvendedir."],
        ("KriptoPazarTR", "AnkaBorsa_Destek", "TurkuazExchange"), src=EXCH_SRC, batch=B, when=WHEN,
        urls=["https://t.me/kriptopazartr_resmi", "https://t.me/ankaborsa_duyuru", "https://t.me/turkuazex_tr"]),
    ben("inv-intl-tr-piyasa-yorumu", "price-news", "tr",
        "Turkish financial press and analysts' crypto market commentary (BTC/TRY records, US spot-ETF flows, "
        "liquidations, mining) with 'yatırım tavsiyesi değildir' disclaimers",
        ["Bitcoin haftayı {pct} yükselişle kapattı; TL bazında yeni rekor geldi. Yüksek enflasyon ortamında "
         "kriptoya ilgi sürüyor. {url}",
         "Yatırım tavsiyesi değildir. Kripto piyasası son derece oynak; kimse size günlük sabit getiri garanti "
         "edemez. Benim adımla açılmış Telegram gruplarına itibar etmeyin.",
         "ABD'deki spot Bitcoin ETF'lerine dün {inflow} giriş oldu. Piyasada risk iştahı artıyor. Detaylar: {url}",
         "Altcoinlerde sert düşüş: 24 saatte 900 milyon doların üzerinde pozisyon tasfiye edildi. {url}",
         "Madencilik zorluğu yeni zirvede. Halving sonrası maliyetler arttı, küçük madenciler zorlanıyor."],
        ("bloomberght", "dunyagazetesi", "SelinKriptoAnaliz"), src=NEWS_SRC, batch=B,
        when=("2024-04-20", "2026-06-30"),
        fill={"pct": ["%5", "%3,2", "%7"], "inflow": ["500 milyon dolar", "1,1 milyar dolar", "420 milyon dolar"]},
        urls=["https://www.bloomberght.com/kripto/{rand}", "https://www.dunya.com/finans/kripto/{rand}"]),

    # ================================================================== Russian (ru)
    bait("inv-intl-ru-p2p-arbitrazh", "investment-scam", "ru",
         "Russian 'P2P-арбитраж' Telegram courses and 'связки' promising fixed daily income, flagged by the Bank "
         "of Russia as pyramid and dropper-recruitment schemes (2022-2025)",
         ["P2P-арбитраж без риска 💸 Даём готовые связки, вы просто покупаете и продаёте USDT. Доход от {pct} "
          "в день. Вход в закрытый канал 👉 {url}",
          "Полгода назад я работал курьером, а сейчас зарабатываю на арбитраже {gain} в месяц. Научу бесплатно, "
          "пиши в личку.",
          "Ребята, арбитраж — это не скам. Вложил 300 USDT, за две недели вывел 700. Ссылка на чат: {url}",
          "Набор в команду по P2P-арбитражу! Гарантированный доход {pct} ежедневно, обучение с нуля, нужен "
          "только телефон. {url}",
          "Последние места в потоке. Депозит от 100 USDT (TRC20) на {trx}, после оплаты скинь скрин в ЛС — "
          "добавлю в рабочий чат."],
         ("Kirill_Motovlog", "Nastya_Nogotki_SPb", "DedMazai_Rybalka", "AlinaFitKazan"),
         batch=B, when=("2022-01-01", "2026-06-30"), broken=0.1,
         fill={"pct": ["3%", "5%", "4%"], "gain": ["150 000 ₽", "200 тысяч", "3000$"]},
         urls=TG),
    bait("inv-intl-ru-piramida-procent", "investment-scam", "ru",
         "Finiko-style (2019-2021) and later crypto pyramid 'platforms' promising a fixed daily percentage and "
         "referral bonuses, as listed by the Bank of Russia among companies with signs of a pyramid",
         ["Нашла платформу, где деньги реально работают: {pct} в день, выплаты каждые 24 часа, вывод на карту "
          "или в USDT. Кому интересно — ссылка: {url}",
          "Пассивный доход без вложений времени 🔥 Фиксированный процент ежедневно, +10% за каждого "
          "приглашённого. Регистрация: {url}",
          "Три месяца в проекте, ни одной задержки выплат. С 50 тысяч вышла на {gain}. Пишите, расскажу "
          "подробности.",
          "Банки дают 16% годовых, а тут {pct} в день 😏 Выводила уже пять раз. Пополнение в USDT: {trx}",
          "Не упустите: закрытый старт инвестиционного пула. Доходность гарантирована договором. Подробности в "
          "личных сообщениях."],
         ("Marina_Domashnyaya_Vypechka", "Oleg_Dachnik", "KsyushaNails_Ekb", "Sergey_Voditel_NN"),
         batch=B, when=WHEN,
         fill={"pct": ["1,5%", "2%", "1,2%"], "gain": ["180 тысяч", "240 000 ₽"]},
         urls=["https://{rand}-invest.pro/ref", "https://t.me/{rand}_bot?start=ref"]),
    bait("inv-intl-ru-kompensaciya-vozvrat", "recovery", "ru",
         "Bank of Russia and MVD 2022-2025 warnings on fake 'компенсация пострадавшим от финансовых пирамид' and "
         "'восстановление украденных криптовалют' services that charge victims fees",
         ["Пострадали от финансовой пирамиды или лжеброкера? Объявлена государственная программа компенсаций. "
          "Проверьте, положена ли вам выплата: {url}",
          "Восстановление украденных криптовалют. Отслеживаем транзакции, блокируем средства на биржах и "
          "возвращаем владельцу. Консультация бесплатно 👉 {url}",
          "Отвечаю всем в комментах: да, мне вернули 1,4 BTC, которые увели мошенники. Помог {agency}, оплатил "
          "только комиссию за разблокировку.",
          "Вам отказали в полиции? Наши юристы вернут деньги, потерянные на криптобирже или у брокера-мошенника. "
          "Пишите в ЛС.",
          "Не верьте, что деньги не вернуть. Я через {agency} получила компенсацию за вклад в пирамиду. "
          "Ссылка: {url}"],
         ("Galina_Pensionerka", "Vitya_Rybolov_Omsk", "Yulia_Mama_Dvoih", "Pavel_Remont_Kvartir"),
         batch=B, when=("2022-01-01", "2026-06-30"),
         fill={"agency": ["«Центр возврата активов»", "«КриптоЗащита»", "«Правовой щит вкладчика»"]},
         urls=["https://kompensaciya-{rand}.ru/proverka", "https://vozvrat-crypto-{rand}.com"]),

    ben("inv-intl-ru-cb-preduprezhdenie", "anti-scam-warning", "ru",
        "Bank of Russia's list of companies with signs of illegal activity and its 2022-2025 warnings on "
        "'P2P-арбитраж', crypto pyramids, fake compensation offers and dropper recruitment",
        ["Банк России внёс в список компаний с выявленными признаками нелегальной деятельности ещё {count} "
         "проектов, в том числе предлагавших «P2P-арбитраж» с доходом от 3% в день. {url}",
         "«Гарантированный доход», «связки без риска», бонусы за приглашённых — типичные признаки финансовой "
         "пирамиды. Проверьте компанию, прежде чем переводить деньги.",
         "Мошенники предлагают «компенсацию» пострадавшим от пирамид и просят заплатить комиссию или налог. "
         "Банк России не выплачивает компенсаций и не звонит гражданам.",
         "Вас зовут в «арбитраж» и просят провести через свою карту чужие деньги? Так вербуют дропперов. За это "
         "грозит уголовная ответственность.",
         "Как распознать финансовую пирамиду: памятка на «Финансовой культуре» {url}"],
        ("bank_of_russia", "mvd_official", "fincult_info"), src=NEWS_SRC, batch=B,
        when=("2022-01-01", "2026-06-30"),
        fill={"count": ["12", "27", "19"]},
        urls=["https://www.cbr.ru/inside/warning-list/{rand}", "https://fincult.info/article/{rand}/"]),
    ben("inv-intl-ru-mayning-zakon", "crypto-news", "ru",
        "Russia's legalisation of industrial crypto mining (law in force 1 Nov 2024), the miners' registry, the "
        "household 6,000 kWh allowance and regional mining bans from 2025, as covered by the business press",
        ["С 1 ноября в России легализован промышленный майнинг. Заниматься им смогут только юрлица и ИП, "
         "включённые в реестр. {url}",
         "Правительство запретило майнинг в ряде регионов с 1 января 2025 года из-за нагрузки на энергосистему. "
         "Список регионов: {url}",
         "Майнинговая компания отчиталась о росте выручки, но после халвинга себестоимость добычи биткоина "
         "выросла почти вдвое. {url}",
         "Физлица могут майнить без регистрации, если потребление не превышает 6000 кВт·ч в месяц. Разбираемся "
         "в правилах {url}",
         "Доход от майнинга не гарантирован: он зависит от курса биткоина, сложности сети и тарифа на "
         "электричество. Обещания «облачного майнинга с ежедневными выплатами» — повод насторожиться."],
        ("ru_rbc", "kommersant", "vedomosti"), src=NEWS_SRC, batch=B, when=("2024-11-01", "2026-06-30"),
        urls=["https://www.rbc.ru/crypto/news/{rand}", "https://www.kommersant.ru/doc/{rand}",
              "https://www.vedomosti.ru/technology/articles/{rand}"]),
    ben("inv-intl-ru-zhertvy-preduprezhdayut", "news-link", "ru",
        "Russian journalists' and victims' posts (2022-2025) on fake brokers, 'P2P-арбитраж' chats, hacked pages "
        "pushing investment links and follow-up crypto-recovery scams",
        ["Расскажу, чтобы вы не повторили: меня добавили в чат «P2P-арбитража», первые две недели всё "
         "выводилось, потом счёт заморозили и попросили «страховой депозит». Денег я больше не видела.",
         "После того как у меня украли USDT, в личку посыпались «специалисты по восстановлению криптовалют». "
         "Все хотят предоплату. Это те же мошенники, не ведитесь.",
         "Мою страницу взломали: вчера от моего имени рассылали ссылку на «инвестплатформу с доходом 2% в день». "
         "Это не я, доступ уже вернул. Ничего не переводите.",
         "Как работают лжеброкеры: колл-центры, фальшивые отзывы и «личные менеджеры». Большое расследование "
         "{url}",
         "Мошенники всё чаще предлагают пострадавшим «вернуть деньги через суд» за предоплату. Юристы объясняют, "
         "как отличить реальную помощь {url}"],
        ("banki_ru", "Irina_Rasskazyvaet", "Anton_DevOps_Msk", "Sasha_Finansy_Blog"), src=MIXED_SRC, batch=B,
        when=("2022-01-01", "2026-06-30"),
        urls=["https://www.banki.ru/news/daytheme/?id={rand}", "https://t-j.ru/{rand}/"]),

    # ================================================================== Japanese (ja)
    bait("inv-intl-ja-line-toushi-group", "investment-scam", "ja",
         "Japan National Police Agency 2023-2025 warnings on SNS型投資詐欺: posts and ads steering people into LINE "
         "'investment study groups' run by fake 'teachers' and assistants",
         ["【無料】投資の勉強会をLINEグループでやっています📈 プロのアナリストが毎日おすすめ銘柄と仮想通貨の情報を配信。"
          "参加はこちら👉 {url}",
          "先月から先生のLINEグループに入ってるけど、言われた通りに買うだけで資産が{mult}倍になりました。まだ枠あるみたい"
          "なので気になる人はDMください😊",
          "元本保証で月利{pct}。アシスタントさんが丁寧に教えてくれるので初心者でも大丈夫です。LINE追加で特典あり→ {url}",
          "老後資金が不安な方へ。私も半信半疑でしたが、グループの先生のおかげで毎日利益が出ています。人数限定なのでお早めに。",
          "有名投資家が教える必勝法🔥 今だけLINEで無料公開中！ {url}"],
         ("yuki_cafe_meguri", "hanako_nekosuki", "taro_runner42", "mama_no_kurashi"),
         batch=B, when=("2023-01-01", "2026-06-30"),
         fill={"mult": ["3", "5", "2.5"], "pct": ["20%", "30%", "15%"]},
         urls=["https://line.me/ti/g2/{rand}", "https://lin.ee/{rand}"]),
    bait("inv-intl-ja-romance-toushi", "investment-scam", "ja",
         "SNS型ロマンス詐欺 / pig-butchering in Japan (NPA statistics 2023-2025): friendly strangers inviting targets "
         "to a 'private' crypto exchange app and 'inside information' trades",
         ["フォローありがとうございます😊 私は香港で資産運用の仕事をしています。最近、叔父に教えてもらった取引所でビットコイン"
          "の短期取引をしていて、毎日{pct}くらい増えてます。よかったら一緒にやりませんか？",
          "突然ごめんなさい、プロフィールを見て優しそうな方だなと思って。投資に興味ありますか？私が使っているアプリ、"
          "本当に稼げるので教えたいです→ {url}",
          "彼が教えてくれた仮想通貨のアプリで、3ヶ月で300万円が{gain}になりました。怪しくないよ、出金もちゃんとできる。"
          "気になる人はDMで💕",
          "私と同じやり方なら絶対に損しません。最初は10万円からで大丈夫。登録したらLINEで操作を教えますね {url}",
          "今夜だけ叔父の内部情報でエントリーします。一緒にやりたい人がいたら連絡ください🙏"],
         ("mei_hk_life", "sakura_chan_0312", "rina_okinawa_days", "lily_tokyo_wine"),
         batch=B, when=("2022-01-01", "2026-06-30"),
         fill={"pct": ["5%", "8%", "10%"], "gain": ["1200万円", "900万円"]},
         urls=["https://{rand}-exchange.com/jp/register", "https://lin.ee/{rand}", "https://app-{rand}.top/invite"]),
    bait("inv-intl-ja-cloud-mining-haitou", "investment-scam", "ja",
         "FSA Japan warnings on unregistered crypto businesses and 国民生活センター alerts on cloud-mining and "
         "'自動売買ツール' schemes paying daily 'dividends' with referral bonuses (2021-2025)",
         ["ビットコインのクラウドマイニング始めました⛏️ 毎日{daily}の配当がウォレットに届きます。何もしなくていいのが最高。"
          "招待リンク→ {url}",
          "自動売買ツールで日利{pct}を達成！ほったらかしで不労所得💰 設定方法は無料で教えます。DMください",
          "マイニング機器を買わなくてもOK。1口5万円から、毎日配当、紹介ボーナスあり。元本保証なので安心です {url}",
          "主婦でもできる仮想通貨の副業🌸 私はマイニング報酬だけで月{monthly}稼いでます。詳しくはプロフのリンクから",
          "USDT(TRC20)を送るだけで契約開始。日利{pct}の配当が毎日自動で入金されます。送金先: {trx}"],
         ("kaori_teshigoto", "fukugyou_yuu", "osaka_ossan_camp", "minimalist_aya"),
         batch=B, when=WHEN, broken=0.1,
         fill={"daily": ["3,000円", "5,200円", "1万円"], "pct": ["1.5%", "2%", "3%"],
               "monthly": ["15万円", "30万円", "20万円"]},
         urls=["https://cloudmine-{rand}.jp/invite", "https://{rand}.hashboost.io/ja/ref"]),

    ben("inv-intl-ja-keisatsu-chuui", "anti-scam-warning", "ja",
        "Japanese police (NPA, 警視庁) and FSA 2023-2025 warnings on SNS型投資・ロマンス詐欺, second-stage "
        "'refund' scams and unregistered crypto businesses, quoting the LINE-group bait",
        ["【注意】「LINEの投資グループで先生が銘柄を教えてくれる」「元本保証で月利20%」は詐欺の典型的な手口です。"
         "振込先が個人名義の口座なら絶対に振り込まないでください。",
         "SNSで知り合った相手から暗号資産への投資を勧められたら、それはSNS型ロマンス詐欺かもしれません。一人で判断せず、"
         "警察相談専用電話「#9110」へ。",
         "SNS型投資・ロマンス詐欺の被害が過去最悪のペースで増えています。著名人になりすました広告にご注意ください。{url}",
         "無登録で暗号資産交換業を行う業者に関する警告を公表しました。取引の前に登録業者かどうか必ずご確認ください。{url}",
         "「被害金を取り戻せます」という連絡は二次被害の可能性があります。手数料を払っても返金されることはありません。"],
        ("NPA_KOHO", "MPD_yokushi", "fsa_JAPAN"), src=NEWS_SRC, batch=B, when=("2023-06-01", "2026-06-30"),
        urls=["https://www.npa.go.jp/bureau/criminal/souni/{rand}.html", "https://www.fsa.go.jp/news/{rand}.html"]),
    ben("inv-intl-ja-koukan-gyousha-promo", "brand-promo", "ja",
        "Registered Japanese crypto exchanges' (暗号資産交換業者) promos for 積立, lending and account-opening "
        "campaigns, with the mandatory risk notices and impersonation alerts",
        ["暗号資産の積立が月1,000円からはじめられるようになりました。価格は大きく変動するため、元本は保証されません。"
         "詳しくは {url}",
         "【お知らせ】当社の名前をかたり「日利2%」「必ず儲かる」とうたう偽アカウントが確認されています。当社がSNSのDMで"
         "投資を勧誘することはありません。",
         "貸暗号資産サービスの年率を改定しました。年率は市場環境により変動し、将来の利益を保証するものではありません。{url}",
         "口座開設キャンペーン実施中。期間中に口座開設と本人確認を完了した方の中から、抽選でビットコインをプレゼント。"
         "詳細・注意事項はこちら {url}",
         "暗号資産は法定通貨ではありません。お取引の際はリスクを十分にご理解の上、ご自身の判断で行ってください。"],
        ("HoshiCoin_JP", "Kumo_Exchange_PR", "NipponCryptoBank"), src=BRAND_SRC, batch=B, when=WHEN,
        urls=["https://hoshicoin.jp/news/{rand}", "https://kumo-exchange.co.jp/campaign/{rand}"]),
    ben("inv-intl-ja-shikyou-kaisetsu", "price-news", "ja",
        "Japanese financial press and analysts' crypto market commentary (BTC/JPY highs, US ETF flows, the "
        "proposed 20% separate taxation) with 投資助言ではありません disclaimers",
        ["ビットコインは円建てで一時{price}を付けた。米国の現物ETFへの資金流入が続いている。{url}",
         "暗号資産の税制を申告分離課税20%に見直す議論が進んでいます。現行は雑所得で最大55%。今後の見通しを解説 {url}",
         "相場解説です。投資助言ではありません。私はLINEグループもオンラインサロンも運営していません。私の名前を使った"
         "勧誘はすべて偽物です。",
         "ステーキングの利回りはイーサリアムで年3%前後、しかも変動します。「日利1%保証」をうたう話は、計算すると年利3,000%"
         "超。ありえません。",
         "週末に暗号資産市場が急落、24時間で10億ドル超のロスカット。イーサリアムは一時{ethjpy}まで下落。{url}"],
        ("nikkei", "coindeskjapan", "Kabuka_Miru_Hito"), src=NEWS_SRC, batch=B, when=("2024-03-01", "2026-06-30"),
        fill={"price": ["1500万円", "1000万円", "1600万円"], "ethjpy": ["35万円", "40万円"]},
        urls=["https://www.nikkei.com/article/{rand}/", "https://www.coindeskjapan.com/{rand}/"]),
]
