"""English investment-scam and recovery-scam families of candidate 16 (batch 7, training only): bait that hijacked
or impersonating accounts post (fake AI trading bots, arbitrage, cloud mining, VIP signal groups, pig butchering,
Ponzi staking, fake account managers, fund-recovery and victim-compensation scams) and hard negatives that share
their vocabulary (market commentary, P2P guides, exchange announcements, public miners, fraud warnings, trial
coverage, victims' and researchers' posts)."""
from .pools import BRAND_SRC, EXCH_SRC, HIJACK_SRC, NEWS_SRC, PERSON_SRC, bait, ben

B = 7
WHEN = ("2021-01-01", "2026-06-30")

FAMILIES = [
    # ================================================================== label 1: investment-scam
    bait("inv-en-ai-bot-daily", "investment-scam", "en",
         "CFTC Jan 2024 customer advisory 'AI Won't Turn Trading Bots into Money Machines': AI trading-bot schemes promising guaranteed daily returns",
         ["🤖 Our AI trading bot just closed another green week. {pct} daily, fully automated, zero experience needed. "
          "Spots for new users are limited 👉 {url}",
          "Stop trading manually. {bot} scans 40 exchanges with AI and locks in {pct} profit every single day. "
          "Guaranteed, or your deposit back. Start with $250: {url}",
          "I've been running {bot} for 3 months now and it has not had one losing day. Minimum deposit $300, "
          "withdraw anytime. {url}",
          "AI doesn't sleep, doesn't panic, doesn't lose 🧠📈 {bot} returns {pct} per day on autopilot. "
          "Register today and get a $50 bonus → {url}",
          "New AI quant bot beta is open for 200 users only. Daily payouts straight to your wallet, {pct} guaranteed. {url}"],
         ("RowanPikeOfficial", "TessaVanWyckMusic", "mira_bakes_22", "DrMaelleOkafor"),
         batch=B, when=("2023-01-01", "2026-06-30"),
         urls=["https://quantbot-pro.io/r/{rand}", "https://neuraltrade-ai.net/join?ref={rand}", "https://alphamind-{rand}.com"],
         fill={"bot": ["QuantBot Pro", "NeuralTrade AI", "AlphaMind Bot", "Vortex AI Trader"],
               "pct": ["3.5%", "4%", "5.2%", "2.8%"]}),
    bait("inv-en-p2p-arb", "investment-scam", "en",
         "2022-2025 'P2P arbitrage' pitches on X and Telegram promising risk-free daily profit from exchange price gaps, ending in advance fees or money-mule laundering",
         ["Risk-free $500/day with P2P arbitrage 💸 Buy USDT low on one exchange, sell high on another. "
          "I'll show you the exact routes. DM me or join {tg}",
          "P2P arbitrage is the only hustle that pays me daily. No charts, no risk, just buy and resell. "
          "Teaching 10 people this week only. {tg}",
          "bro i made $3,700 this week doing p2p arbitrage from my phone. its not luck its a system. "
          "message me ARB and i send you the method",
          "Spreads between {ex1} and {ex2} are wide again today. My students are making $400-800 daily, zero risk. "
          "Join the group: {tg}",
          "Nobody talks about this: P2P arbitrage = guaranteed profit on every trade. I fund your first trade if you join now. {tg}"],
         ("ArbMasterLeo", "cash_with_tyree", "P2PQueenAmara", "jd_outdoors_77"),
         batch=B, when=("2022-01-01", "2026-06-30"),
         fill={"tg": ["t.me/ArbKingsVIP", "t.me/p2p_profit_daily", "t.me/SpreadHuntersClub"],
               "ex1": ["Binance P2P", "Bybit P2P", "OKX P2P"], "ex2": ["KuCoin", "Paxful-style sites", "local P2P apps"]}),
    bait("inv-en-mev-bot-contract", "investment-scam", "en",
         "2023-2024 'MEV / front-running arbitrage bot' scams: tutorials tell victims to deploy or fund a contract that forwards their ETH to the scammer (flagged by blockchain security firms)",
         ["How I make 2-3 ETH a week with a CEX-DEX arbitrage bot 🧵 Deploy the contract, fund it with at least 0.5 ETH "
          "and press start. Full code: {url}",
          "My MEV bot front-runs Uniswap trades and earns while I sleep. Profit comes back automatically. "
          "Send ETH to {eth} to join the shared pool",
          "Shared arbitrage bot pool is open again. Minimum 0.3 ETH, profits split daily, no code needed. Pool contract: {eth}",
          "Free tutorial: build your own Ethereum arbitrage bot in 10 minutes, no coding. Paste, deploy, fund, start. "
          "Average return {pct} a day. {url}"],
         ("DeFiDevMarco", "EthArbLabs", "0xRayanBuilds", "SolidityWithNate"),
         batch=B, when=("2023-01-01", "2025-12-31"),
         urls=["https://youtu.be/{rand}", "https://paste-{rand}.com/raw", "https://remix-{rand}.app/mev"],
         fill={"pct": ["8%", "12%", "5%"]}),
    bait("inv-en-cloud-mining", "investment-scam", "en",
         "FTC/SEC actions against cloud-mining Ponzi schemes and 2023-2025 app-based 'cloud mining' platforms promising daily BTC payouts",
         ["⛏️ Mine Bitcoin without buying a single machine! {site} cloud mining pays out every 24 hours. "
          "Free $15 bonus on signup. {url}",
          "Contract: $500 → daily return $21 for 45 days. Total profit $945. No hardware, no electricity bills. "
          "Start mining: {url}",
          "My {site} contract paid again today ✅ {amt} straight to my wallet. Daily payouts for 2 months now. Referral: {url}",
          "Green energy cloud mining 🌱 Rent hashpower from our farms in Iceland and Kazakhstan and earn {pct} daily. "
          "Withdraw to any BTC address. {url}",
          "Machines are sold out but our hashpower contracts are still open. Pay in BTC to {btc} and your contract "
          "starts within 1 hour."],
         ("BitForgeCloud", "HashVerdeMining", "nina_k_photography", "CryptoDadRon"),
         batch=B, when=WHEN,
         urls=["https://hashverde-mining.com/?invite={rand}", "https://cloudrigpro.net/reg/{rand}", "https://minernest-{rand}.com"],
         fill={"site": ["HashVerde", "CloudRig Pro", "MinerNest", "BitForge Cloud"],
               "amt": ["0.0031 BTC", "$64", "$212.40"], "pct": ["4.2%", "3%", "6%"]}),
    bait("inv-en-liquidity-mining-usdt", "investment-scam", "en",
         "FBI IC3 warnings (2022-2023) on 'liquidity mining' scams: victims connect a USDT wallet to a fake pool promising fixed daily yield and are drained via token approval",
         ["Earn {pct} every day on USDT without it ever leaving your wallet 💰 Join the ETH liquidity mining pool, "
          "connect and receive your voucher: {url}",
          "Liquidity mining node is open. Hold at least 500 USDT in your wallet, approve the node once and rewards "
          "are paid in ETH every 6 hours. {url}",
          "Why let your stablecoins sit idle? Our DeFi mining pool pays up to {pct} per day. "
          "Open it in your wallet's DApp browser: {url}",
          "My USDT has been mining for 40 days, zero risk because it stays in my own wallet. You only authorize once. {url}"],
         ("DeFiYieldHQ", "lena_outdoors", "MarcusOkoroFitness", "ETHNodeMining"),
         batch=B, when=("2022-01-01", "2026-06-30"),
         urls=["https://defi-{rand}.vip", "https://eth-node-{rand}.top/pool", "https://liquidity{rand}.cc"],
         fill={"pct": ["1.2%", "2%", "3.5%", "1.8%"]}),
    bait("inv-en-vip-signals", "investment-scam", "en",
         "2021-2025 fake 'VIP signal' Telegram groups promoted from hijacked and impersonating accounts, charging entry fees or steering members to fake exchanges",
         ["VIP signals hit 14/15 this week 🎯 Free group closes tomorrow. Join before it goes private: {tg}",
          "95% win rate. 3-5 signals a day. Entry, TP, SL all included. Last free spots in my VIP 👉 {tg}",
          "Stop gambling. Start copying. My VIP members made +{pct} last month on {coin} alone. DM me VIP for the link",
          "I only share my best calls in the private group. Yesterday's call did +{pct} in 6 hours 🚀 {tg}",
          "Free VIP access for the first 50 people who follow + DM me. After that it's $299/month."],
         ("WhaleCallsAndre", "TradeWithKeisha", "SignalsByVik", "GoldenCandleFX"),
         batch=B, when=WHEN,
         fill={"tg": ["t.me/WhaleSignalsVIP", "t.me/GoldenCandleCalls", "t.me/+Xk3vLq9PzY1hMDA0"],
               "pct": ["340%", "187%", "92%"], "coin": ["SOL", "PEPE", "altcoins", "BTC futures"]}),
    bait("inv-en-wa-investment-club", "investment-scam", "en",
         "FINRA and SEC investor alerts (2023-2024) on WhatsApp 'investment club' scams run by a fake 'professor' and his 'assistant'",
         ["I'm opening a free investment study group on WhatsApp. Last quarter our members averaged 28% returns. "
          "Tap to join: {wa}",
          "Professor {prof}'s stock and crypto class starts tomorrow 📚 Free daily picks, members only. Limited seats: {wa}",
          "Our group's strategy returned 300% this year. No fee to join, just follow the professor's instructions. "
          "Message my assistant: {wa}",
          "Tired of losing money? Join our private investment club. Daily analysis, guaranteed strategy, "
          "200+ successful members ✅ {wa}"],
         ("WealthClubDaily", "ProfHarlanInvests", "MarketMentorNYC", "sandra_gardens"),
         batch=B, when=("2023-01-01", "2026-06-30"),
         fill={"prof": ["Harlan", "Whitcombe", "Davenport"],
               "wa": ["wa.me/14155550172", "wa.me/+12125550148", "chat.whatsapp.com/K8dPq2LxVb7Wm3"]}),
    bait("inv-en-pig-mentor", "investment-scam", "en",
         "FBI IC3 2023 report: pig-butchering investment fraud where a friendly stranger's 'uncle' or 'mentor' steers victims to a fake trading platform",
         ["My uncle work in finance in Hong Kong, he teach me this platform. I make 30% every week with his guidance, "
          "very safe. If you want I can show you {url}",
          "I not understand crypto before, but my mentor show me how use {plat} contract trading. "
          "Now I earn stable every day. You want learn? DM me 😊",
          "Life is short, we must plan for future. My aunt is analyst, she give me signals for {plat}. "
          "Yesterday profit $6,800. I can share with friend",
          "Hello dear, do you also do investment? I use {plat} 2 years, withdraw is smooth. My teacher have inside info, "
          "never lose. Register here {url}",
          "Many people don't believe me but I start with $1,000 on {plat} and now already $87,000. "
          "Only follow my mentor timing 🙏"],
         ("amy_wine_life", "Sophia_LuxTravel", "Grace_K_Yoga", "Michelle_Designs_SG"),
         batch=B, when=WHEN, src=("Twitter for iPhone", "Twitter for Android", "Twitter Web App"),
         urls=["https://m.aurivex-{rand}.com", "https://lumexmarkets-{rand}.app", "https://www.feltmont-ex.com/register?code={rand}"],
         fill={"plat": ["Aurivex", "Lumex Markets", "Feltmont Exchange", "Nexoria Global"]}),
    bait("inv-en-ponzi-staking", "investment-scam", "en",
         "2021-2025 Ponzi 'staking' platforms paying a fixed daily percentage on USDT/TRX deposits with multi-level referral bonuses (CFTC and SEC enforcement cases)",
         ["💎 Stake USDT (TRC-20) and earn {pct} every day, paid daily. Minimum 50 USDT. "
          "3-level referral bonus 10%/5%/2%. Deposit address: {trx}",
          "Fixed returns, no market risk. 30-day staking plan: {pct} daily. Withdrawals processed in 5 minutes. {url}",
          "Day 63 of getting paid by {plat} ✅ {pct} daily like clockwork. Bring 5 friends and your rate goes up. {url}",
          "New staking pool opened at 00:00 UTC. Early depositors lock {pct}/day for life. Send TRX or USDT to {trx} "
          "and message the hash to support",
          "Why keep money in a bank at 0.5% a year when {plat} pays {pct} a DAY? 🔥 Register: {url}"],
         ("TronVaultOfficial", "StakeHarborApp", "kwame_builds", "priscilla_mua"),
         batch=B, when=WHEN,
         urls=["https://tronvault-{rand}.com", "https://stakeharbor.io/?r={rand}", "https://usdtearn{rand}.club"],
         fill={"pct": ["1.5%", "2.5%", "3%", "1.8%"],
               "plat": ["TronVault", "StakeHarbor", "YieldNest Pro", "UsdtEarn Club"]}),
    bait("inv-en-500-to-40k", "investment-scam", "en",
         "FTC Consumer Sentinel social-media investment losses: hijacked personal accounts posting 'I turned $500 into $40k' testimonials with a link in bio",
         ["I turned $500 into $40k in 2 weeks with {plat} 😭🙏 Not even joking. Link in bio, thank me later.",
          "Still can't believe it. $500 → $41,200 in 14 days using {plat}. Paid off my car today. Link in my bio 🔗",
          "Hey everyone, sorry for the random post but I have to share this. I invested $800 with {plat} and got back "
          "$18,500 in a week. Check my bio",
          "$500 in. $40,000 out. 2 weeks. Just {plat}. Bio link ⬆️",
          "For the people asking how I quit my job: {plat}. Started small, now I withdraw weekly. {url}"],
         ("kayla_runs_miles", "bigmike_grills", "tasha_nails_studio", "coach_denny_b", "emily_reads_more"),
         batch=B, when=WHEN,
         urls=["https://linktr.ee/{rand}", "https://bitnovatrade.com/u/{rand}", "https://profitlane.app/i/{rand}"],
         fill={"plat": ["Quantara Capital", "BitNovaTrade", "ProfitLane", "ApexFlow Markets"]}),
    bait("inv-en-account-manager", "investment-scam", "en",
         "Fake 'account manager' / 'investment manager' offers (2021-2025) to trade a victim's funds for a share of the profit, with deposits sent to the scammer's wallet",
         ["I'm a certified investment manager. I trade on behalf of my clients and you only pay 10% commission from "
          "profits. Start with $1,000 and earn $9,500 in 7 days. DM me.",
          "Let me manage your portfolio. Weekly returns of 25-40%, fully insured. Serious inquiries only, DM or text {phone}",
          "Accepting new clients this week. Minimum investment $500 in BTC. Send to {btc} and I'll set up your account "
          "and send your first profit report within 48h.",
          "Your money should work as hard as you do. I manage crypto and forex accounts with guaranteed profit. "
          "Ask my clients 👇 DM for details"],
         ("HelenaMarshFX", "GrantWilderInvest", "CertifiedTraderRay", "wealth_by_dominique"),
         batch=B, when=WHEN,
         fill={"phone": ["+1 (302) 555-0187", "+1 929 555 0143", "+44 7700 900731"]}),
    bait("inv-en-hijacked-celeb-platform", "investment-scam", "en",
         "2022-2024 takeovers of verified musician, athlete and TV-personality X accounts repurposed to endorse fake investment platforms",
         ["I've kept my finances private for years, but I want to share something that genuinely changed things for my "
          "family. I've been using {plat} since spring. Do your own research: {url}",
          "A lot of you ask what I invest in. I don't usually answer, but {plat} has been consistent for me, "
          "up every month this year. {url}",
          "Proud to partner with {plat}. Their automated platform has given me steady returns while I focus on the season. "
          "Fans get a welcome bonus: {url}",
          "Off the pitch I've been learning about investing. {plat} made it simple. Started with $2k and I'm not going back. {url}"],
         ("JonahReevesTV", "NoaLindqvistRacing", "MayaDelacroixOfficial", "CoachBrennanVale"),
         batch=B, when=("2022-01-01", "2026-06-30"), src=HIJACK_SRC,
         urls=["https://meridian-ai-capital.com/{rand}", "https://halcyonquant.io/fans/{rand}", "https://orionis-{rand}.com"],
         fill={"plat": ["Meridian AI Capital", "Halcyon Quant", "Orionis Markets"]}),
    bait("inv-en-reply-shill-trader", "investment-scam", "en",
         "Reply-spam shill networks (2021-2025) under finance posts praising a fake 'expert trader' handle, as described in FTC social-media investment-scam alerts",
         ["Thanks to {handle} I now earn $8,400 every week from my $2,000 investment 🙌 She is the real deal",
          "I was skeptical at first but {handle} has been managing my account for 4 months, withdrawals always on time.",
          "Who else has traded with {handle}? Made my first $20k this month. God bless her 🙏",
          "Invest with {handle} and thank me later. My profit today was $6,230 and I withdrew it instantly.",
          "Everyone in this thread should reach out to {handle}. Best decision I made this year 💯"],
         ("Patrick_Hughes_56", "donna_m_1962", "truckerjim_tx", "aliyah_j_beauty"),
         batch=B, when=WHEN, src=("Twitter for iPhone", "Twitter for Android", "Twitter Web App"),
         fill={"handle": ["@MrsCarolineTrades", "@AmeliaFXexpert", "@RebeccaBTCpro", "@KellyTradesDaily"]}),
    bait("inv-en-cash-flip", "investment-scam", "en",
         "FTC consumer alerts on social-media 'cash flipping' / 'invest $200 get $2,000' money schemes paid via Cash App, Zelle or crypto",
         ["Invest $200 get $2,400 back in 7 days 💵 Legit, I do this every week. Payment via Cash App or Zelle. DM me to start",
          "Who wants to flip $100 into $1,000 today? Only 5 slots. Send me a message",
          "Proof in my highlights. $500 → $5,000 in 24 hrs. I don't lie, I only take 10 clients a day 📲",
          "Blessed to help another client turn $300 into $3,600 🙏 Your turn. Inbox me FLIP",
          "Unlock your financial freedom. Plans: $100 → $1,500, $250 → $3,800, $500 → $7,500. "
          "Processing within 2 hours. {url}"],
         ("flip_queen_nia", "money_moves_dre", "quick_profit_kay", "lisa_homecooking"),
         batch=B, when=WHEN,
         urls=["https://flipplans-{rand}.com", "https://linktr.ee/{rand}"]),
    bait("inv-en-thread-quant", "investment-scam", "en",
         "2023-2025 X threads from hijacked or impersonating finance accounts 'revealing' a private AI/quant strategy that ends in a deposit link or Telegram invite",
         ["1/ I've been quiet for a while. Here's why: for 6 months I've been testing an AI strategy that hasn't had "
          "a single red week. Thread 🧵👇",
          "2/ It trades the spread between spot and futures on 30+ exchanges. Average return so far: {pct} per day. "
          "Backtested and live.",
          "3/ I'm opening it to 100 followers. You keep your funds, the bot trades. Minimum $500. Registration: {url}",
          "Last tweet of the thread: the private beta closes Friday. After that it's invite-only with a $5,000 minimum. "
          "Get in now → {url}",
          "My quant model just did +{pct} today. I'm letting followers copy it for free this week only. {url}"],
         ("MacroWithMilo", "ChartSenseiJ", "TheQuantDesk_", "FinanceByAurelia"),
         batch=B, when=("2023-01-01", "2026-06-30"),
         urls=["https://quantedge-{rand}.ai/beta", "https://t.me/{rand}_quant", "https://copyalpha.io/join/{rand}"],
         fill={"pct": ["2.4%", "3.1%", "1.9%"]}),

    # ================================================================== label 1: recovery
    bait("inv-en-rec-romance-shill", "recovery", "en",
         "FBI IC3 PSAs on fraudulent cryptocurrency recovery services targeting romance and investment-scam victims through social-media replies",
         ["Lost your crypto to a scam? DM {handle}, they got mine back. I lost everything to a guy from a dating app "
          "and they traced it in a week.",
          "If your exchange account got locked after you 'invested', don't give up. {handle} unlocked mine and recovered 80%.",
          "To anyone who got pig-butchered: {handle} is real. Paid nothing until I saw my funds back in my wallet.",
          "Been there. Lost $140k to a fake platform. {handle} recovered it. Message them, you'll thank me.",
          "Don't listen to people saying it's gone forever. {handle} 💯"],
         ("grandma_joy_knits", "Rich_Alvarez_77", "nurse_tamika_b", "oldschool_bikes_ca"),
         batch=B, when=WHEN, src=PERSON_SRC,
         fill={"handle": ["@TraceBackAssets", "@FundRetrievalHQ", "@ChainReclaimDesk", "@RecoverWithNolan"]}),
    bait("inv-en-rec-drained-wallet-hacker", "recovery", "en",
         "Recovery-scam posts claiming an 'ethical hacker' can reverse blockchain transactions or restore drained wallets, as flagged in exchange security blogs",
         ["Wallet drained after you typed your seed phrase somewhere? This hacker can reverse the transaction before it "
          "confirms on the blockchain. Contact {tg}",
          "Hacked wallet? Don't panic. Our white-hat team recovers funds from drainer contracts within 24-72h. "
          "100% success rate. {tg}",
          "I thought blockchain transactions were final until {tg} reversed my stolen ETH. Unbelievable service.",
          "Recovering drained MetaMask, Trust Wallet and Phantom wallets. Send your wallet address and the hacker's "
          "address to {tg}"],
         ("WhiteHatRevert", "CyberShieldAnon", "0xRecoveryGuild", "mila_paints_ocean"),
         batch=B, when=WHEN,
         fill={"tg": ["t.me/WhiteHatRevert", "t.me/DrainReverse_Team", "Telegram @ReverseTxPro"]}),
    bait("inv-en-rec-forensic-payafter", "recovery", "en",
         "Fake 'blockchain forensic' firms advertising crypto recovery on 'pay only after' / 'no win no fee' terms, then demanding fees (FTC recovery-scam guidance)",
         ["Blockchain forensic recovery for victims of investment fraud. Our analysts trace funds across chains and "
          "coordinate with exchanges. Pay only after recovery. Free assessment: {url}",
          "Victim of a crypto scam? We combine on-chain forensics with legal action. No recovery, no fee. "
          "Book a consultation: {url}",
          "Certified forensic investigators. 2,400+ cases closed. We recovered $31M for clients last year. "
          "Start your claim: {url}",
          "Time matters in crypto fraud cases. The sooner we trace, the higher the recovery rate. "
          "Confidential case review today: {url}"],
         ("LedgerGuardForensic", "ChainVerifyGroup", "AssetTraceIntl", "CryptoForensicsLLP"),
         batch=B, when=("2022-01-01", "2026-06-30"), src=BRAND_SRC,
         urls=["https://chainverify-forensics.com/case/{rand}", "https://{rand}-asset-trace.com",
               "https://ledgerguard-recovery.io/start?c={rand}"]),
    bait("inv-en-rec-victim-compensation", "recovery", "en",
         "Fake 'scam victim compensation' programs (2022-2025) impersonating regulators or international bodies, asking victims to register a wallet and pay processing fees",
         ["Scam victim compensation program: if you lost crypto to an online investment platform, you may be eligible "
          "for a refund. Register your wallet: {url}",
          "The Global Crypto Victims Relief Fund is now paying claims. Verified victims receive up to 100% of losses "
          "in USDT. Apply: {url}",
          "Notice to victims of fake exchanges: compensation payments are being released in batches. "
          "Confirm your details before the deadline. {url}",
          "Compensation approved ✅ Victims who submitted a claim can now withdraw. A small verification fee in "
          "USDT TRC-20 is required: {trx}"],
         ("VictimReliefFund", "CryptoClaimsOffice", "GlobalFraudRelief", "RefundDeskIntl"),
         batch=B, when=("2022-01-01", "2026-06-30"),
         urls=["https://victim-relief-{rand}.org/claim", "https://compensation-{rand}.com", "https://gcvrf-{rand}.net/apply"]),
    bait("inv-en-rec-hijacked-story", "recovery", "en",
         "Hijacked personal accounts posting long first-person recovery stories that end with a 'recovery expert' contact (recovery-scam pattern in the FBI IC3 2023 report)",
         ["I don't usually post personal stuff, but maybe this helps someone. Last year I lost $62,000 to a fake crypto "
          "exchange a 'friend' introduced me to. Police couldn't help. A colleague referred me to {handle} and within "
          "two weeks most of it was back. If you're in the same place, reach out.",
          "Update for those who asked: yes, I got my money back. The platform that scammed me froze my withdrawals for "
          "'taxes'. {handle} handled everything. Just DM them.",
          "Long story short: scammed, embarrassed, broke. Then I found {handle}. 3 weeks later I had my BTC back. "
          "Sharing because nobody should feel hopeless.",
          "To my followers who lost money in crypto: please contact {email}. They helped me when nobody else would."],
         ("pastor_glen_h", "brenda_quilts", "carlos_fishing_fl", "ms_okafor_teaches"),
         batch=B, when=WHEN,
         fill={"handle": ["@AlderRecoveryCo", "@HopeTraceTeam", "@SafeReturnCrypto"],
               "email": ["alderrecovery(at)gmail.com", "hopetrace.team@proton.me", "saferet_crypto@outlook.com"]}),
    bait("inv-en-rec-release-fee", "recovery", "en",
         "Second stage of recovery scams: victims told recovered funds are ready but need a 'release', 'tax' or 'gas' fee paid in USDT/BTC/ETH (FBI IC3 recovery-scheme PSAs)",
         ["Recovered funds ready for release ✅ Case {case}: 4.8 BTC located. To release to your wallet, pay the network "
          "clearance fee to {btc}",
          "Good news to all our clients: your recovered assets have been unlocked. Pay the 5% release tax in USDT "
          "(TRC-20) to {trx} and funds arrive within 2 hours.",
          "Recovery complete for case {case}. Gas fee required before transfer: send 0.15 ETH to {eth}. "
          "Do not contact the exchange, it will delay the release.",
          "Your recovered funds are on hold pending the anti-money-laundering certificate. Fee: $1,450 in BTC → {btc}"],
         ("RecoveryDeskAgent", "AssetReleaseDept", "ChainClearanceTeam", "FundReturnCenter"),
         batch=B, when=WHEN, broken=0.1,
         fill={"case": ["RC-20931", "#7741", "FR-4416", "#0388"]}),
    bait("inv-en-rec-hashtag-oneliners", "recovery", "en",
         "Hashtag-spam recovery ads (#cryptoscam #scamvictim #recoverfunds) posted en masse from hijacked and bot accounts, 2022-2025",
         ["Scammed? Lost funds? Contact {handle} ✅ #cryptoscam #scamvictim #recoverfunds",
          "Recover lost bitcoin 💯 DM {handle} #bitcoin #scamalert #fundsrecovery",
          "Binary options & crypto recovery expert. Results guaranteed. {handle} #forex #crypto #scam",
          "Got rugged? Got pig-butchered? {handle} gets it back. #crypto #help",
          "Need your stolen USDT back? Message {handle} now 📩"],
         ("RecoverLostBTC_", "ScamReversal247", "tonya_fit_life", "gary_vintagecars"),
         batch=B, when=("2022-01-01", "2026-06-30"),
         fill={"handle": ["@RecoverLostBTC_", "@ScamReversal247", "@FundsBackNow", "@CryptoRescueAlex"]}),

    # ================================================================== label 0: market commentary and explainers
    ben("inv-en-ta-chart-nfa", "price-news", "en",
        "Independent traders' chart commentary on X with 'not financial advice' disclaimers (2021-2026)",
        ["BTC holding the {lvl} level on the daily. If it closes below, I'm watching the 200-day MA next. "
         "Not financial advice, just how I read the chart.",
         "ETH/BTC still in a downtrend on the weekly. I'm not adding here. NFA, manage your own risk.",
         "Took profit on half my SOL position. Leaving the rest with a stop under the last higher low. "
         "Not a signal, just sharing what I'm doing.",
         "People asking for my 'guaranteed' trades: there's no such thing. I'm wrong about 40% of the time, "
         "I just size small and cut losers fast.",
         "Funding rates flipped negative while price held. Shorts are crowded. Could squeeze, could not. "
         "Charts are probabilities, not promises. NFA."],
        ("chartsbyharriet", "dan_trades_daily", "quietcandles", "rhea_on_charts"), src=PERSON_SRC, batch=B, when=WHEN,
        fill={"lvl": ["$58k", "$61,200", "$94k", "$100k", "$42k"]}),
    ben("inv-en-basis-trade-explainer", "price-news", "en",
        "Market-structure newsletters explaining the cash-and-carry basis trade and why real arbitrage returns are small, variable and not risk-free",
        ["Explainer: the cash-and-carry trade buys spot bitcoin and shorts futures to capture the basis. Annualised it's "
         "been about {pct} this quarter, and it shrinks as more funds pile in. Not risk-free: margin calls, exchange "
         "risk, funding swings.",
         "Real arbitrage is boring: tiny spreads, high volume, fees everywhere, and competition from firms with faster "
         "servers. Anyone promising you '$500 a day, risk-free' isn't describing arbitrage.",
         "CME basis compressed to {pct} annualised as ETF inflows slowed. Full breakdown in this week's issue: {url}",
         "Cross-exchange price gaps in bitcoin are usually a few basis points and close within seconds. When a gap stays "
         "wide, it's often because withdrawals are halted on one side."],
        ("LedgerLineResearch", "basis_points_bea", "TheSpreadNewsletter"), batch=B, when=("2022-01-01", "2026-06-30"),
        urls=["https://{rand}.substack.com/p/basis-trade", "https://research.ledgerline.news/{rand}"],
        fill={"pct": ["8%", "11%", "5.5%", "14%"]}),

    # ================================================================== label 0: exchanges, P2P, products
    ben("inv-en-p2p-howto", "exchange-announcement", "en",
        "Exchange help-center posts explaining how P2P trading and escrow work (Binance P2P, OKX P2P, Bybit P2P style guides)",
        ["How P2P works on {ex}: 1) pick an ad from a verified merchant, 2) the crypto is locked in escrow, 3) pay with "
         "the listed method, 4) the seller releases. Never pay outside the platform. Guide: {url}",
         "Selling on P2P? Only release crypto after the payment shows in YOUR bank account, not after a screenshot or "
         "an 'I've paid' message. {url}",
         "New to P2P? Check the merchant's completion rate and number of trades before you start. Disputes go to our "
         "support team, not to a Telegram group. {url}",
         "Reminder: our P2P team will never ask you to move a trade to WhatsApp or Telegram. Keep every chat inside the "
         "order window so we can help if something goes wrong."],
        ("KestrelExchange", "HarborExchange", "KestrelSupport"), src=EXCH_SRC, batch=B, when=WHEN,
        urls=["https://support.kestrelx.com/p2p/{rand}", "https://help.harborexchange.io/articles/{rand}"],
        fill={"ex": ["Kestrel P2P", "Harbor P2P", "our app"]}),
    ben("inv-en-p2p-merchant-program", "exchange-announcement", "en",
        "Official exchange announcements about verified P2P merchant programs, security deposits, fee promotions and merchant removals",
        ["Our Verified P2P Merchant program is open to new applicants in {region}. Requirements: 90-day trading history, "
         "98% completion rate and a security deposit. Apply: {url}",
         "Update: we removed {n} P2P merchants this month for asking buyers to pay off-platform. Report suspicious "
         "merchants from the order page.",
         "Blue-shield merchants on P2P are verified by our team. A badge doesn't make anyone an investment adviser: "
         "merchants sell crypto, they don't offer 'returns'.",
         "P2P fee holiday extended for buyers in {region} until the end of the month. Zero trading fees, escrow "
         "protection stays the same. Details: {url}"],
        ("KestrelExchange", "HarborExchange", "TidewayMarkets"), src=EXCH_SRC, batch=B, when=WHEN,
        urls=["https://www.kestrelx.com/announcements/{rand}", "https://harborexchange.io/blog/p2p-{rand}"],
        fill={"region": ["Nigeria", "Kenya", "Brazil", "Vietnam", "Argentina"], "n": ["212", "87", "340"]}),
    ben("inv-en-exchange-staking", "exchange-announcement", "en",
        "Regulated exchanges announcing staking and earn products with variable, non-guaranteed reward rates and regional wind-downs",
        ["ETH staking is now live in {region}. Estimated reward rate {pct}, variable and not guaranteed. Staked assets "
         "may be subject to unbonding periods. {url}",
         "Reminder: staking rates shown in the app are estimates based on network conditions and change daily. "
         "Anyone offering a fixed 2% a day isn't staking, they're running a scam.",
         "We're winding down our USDC rewards program in {region} on {date} due to local regulation. "
         "Your balances are not affected.",
         "New: SOL staking with no lockup. Rewards are paid by the network, not by us, and depend on validator "
         "performance. Learn more: {url}"],
        ("KestrelExchange", "HarborExchange", "TidewayMarkets"), src=EXCH_SRC, batch=B, when=("2022-01-01", "2026-06-30"),
        urls=["https://www.kestrelx.com/earn/{rand}", "https://blog.harborexchange.io/{rand}"],
        fill={"region": ["the UK", "Canada", "the EU", "Singapore"], "pct": ["2.9% APR", "3.4% APR", "6.8% APR"],
              "date": ["31 March", "June 15", "1 October"]}),
    ben("inv-en-legit-bot-product", "exchange-announcement", "en",
        "Exchange and open-source announcements of grid/DCA trading bots with explicit risk disclosures and no promised returns",
        ["Grid bots are now available on spot pairs. They buy low and sell high inside a range you set. They can lose "
         "money in strong trends, so test with small amounts first. {url}",
         "Our DCA bot buys a fixed amount on a schedule. It doesn't predict the market and it won't make you rich "
         "quickly. That's the point. {url}",
         "Bot update {ver}: new stop-loss options for grid strategies and clearer P&L reporting including fees. "
         "Changelog: {url}",
         "Backtests are not promises. Every strategy page now shows the worst historical drawdown right next to the return."],
        ("KestrelExchange", "GridwrightBots", "TidewayMarkets"), src=BRAND_SRC, batch=B, when=WHEN,
        urls=["https://www.kestrelx.com/bots/{rand}", "https://github.com/gridwright/{rand}/releases"]),
    ben("inv-en-fintech-promo", "brand-promo", "en",
        "Licensed brokers and fintech apps promoting products with the required risk disclosures and no guaranteed returns",
        ["Put your spare cash to work: {pct} APY on cash balances, variable and subject to change. Investing involves "
         "risk, including loss of principal. {url}",
         "Automatic investing from $5 a week. Pick a diversified portfolio and let it rebalance. Past performance "
         "doesn't guarantee future results. {url}",
         "Crypto is now available in the {app} app. Prices are volatile and you could lose everything you invest. "
         "Learn before you buy: {url}",
         "Refer a friend and you both get $20 when they fund an account. Terms apply. Capital at risk."],
        ("Tallyvest", "OakvestApp", "BrightpennyHQ"), src=BRAND_SRC, batch=B, when=WHEN,
        urls=["https://tallyvest.com/promo/{rand}", "https://oakvest.app/learn/{rand}"],
        fill={"pct": ["4.1%", "3.75%", "4.5%"], "app": ["Tallyvest", "Oakvest", "Brightpenny"]}),
    ben("inv-en-fiduciary-adviser", "brand-promo", "en",
        "Registered fee-only financial advisers promoting consultations with regulatory disclosures and no return promises",
        ["We're a fee-only fiduciary. We don't earn commissions and we never promise returns. Want a second opinion on "
         "your retirement plan? Book a free 20-minute call: {url}",
         "Thinking about adding crypto to your portfolio? We'll talk through position size, taxes and custody. "
         "Spoiler: we usually suggest keeping it small. {url}",
         "Any adviser who guarantees 30% a month isn't an adviser. Check registration on {reg} before you hand anyone "
         "your money.",
         "Market update for clients: diversified portfolios were down 3% this quarter. Short-term swings are normal; "
         "the plan hasn't changed."],
        ("AlderpointWealth", "MarlowPlanning", "steadyhandfp"), src=BRAND_SRC, batch=B, when=WHEN,
        urls=["https://www.alderpointwealth.com/consult", "https://calendly.com/{rand}/intro"],
        fill={"reg": ["FINRA BrokerCheck", "the SEC's adviser search", "the FCA register"]}),
    ben("inv-en-official-channels", "generic", "en",
        "Crypto projects' community-management posts naming their only official Telegram/Discord channels and warning that admins never DM first",
        ["Our Telegram announcement channel is the only official one: {tg}. Admins will never DM you first, and we "
         "don't run any 'VIP' or 'signals' group.",
         "Need help with your node? Join our Discord and open a ticket in #support. Staff never ask for your seed "
         "phrase or send links in DMs. {url}",
         "Heads up: there are 30+ fake groups using our name and logo. The real links are in our website footer and "
         "pinned here. Everything else is a scam.",
         "Community call this Thursday 16:00 UTC on our Discord stage. Agenda: roadmap update, grants round, Q&A. {url}",
         "We have no token presale, no staking pool and no 'investment program'. If someone in a group says otherwise, "
         "report them and leave."],
        ("LumenVaultHQ", "FerrotideProtocol", "OrchardNetwork"), src=BRAND_SRC, batch=B, when=WHEN,
        urls=["https://discord.gg/{rand}", "https://lumenvault.org/community"],
        fill={"tg": ["t.me/lumenvaultnews", "t.me/ferrotide_ann", "t.me/orchardnet_official"]}),

    # ================================================================== label 0: mining
    ben("inv-en-miner-production", "crypto-news", "en",
        "NASDAQ-listed bitcoin miners' monthly production and quarterly results releases (hashrate, BTC mined, fleet efficiency), 2021-2026 format",
        ["{miner} {month} production update: {btcn} BTC mined, installed hashrate {eh} EH/s, fleet efficiency "
         "21.4 J/TH. Full release: {url}",
         "{miner} reports Q{q} results: revenue up on higher hashprice, {btcn} BTC produced, BTC holdings unchanged. "
         "Webcast at 4:30pm ET. {url}",
         "We energized 12,000 new-generation miners at our Texas site this month, bringing operational hashrate to "
         "{eh} EH/s. Post-halving, efficiency is everything.",
         "Curtailment update: we powered down during peak grid demand and earned power credits. Mining output was "
         "lower; details in our monthly report. {url}"],
        ("GraniteRidgeDGTL", "NorthpeakMining", "SolarisHashCorp"), src=BRAND_SRC, batch=B, when=WHEN,
        urls=["https://ir.graniteridgedigital.com/news/{rand}", "https://investors.northpeakmining.com/{rand}"],
        fill={"miner": ["Granite Ridge Digital (NASDAQ: GRDG)", "Northpeak Mining (NASDAQ: NPKM)",
                        "Solaris Hash Corp (NASDAQ: SHSH)"],
              "month": ["March", "July", "October", "January"], "btcn": ["412", "356", "701", "298"],
              "eh": ["18.6", "24.3", "31.0", "12.9"], "q": ["1", "2", "3", "4"]}),
    ben("inv-en-hashrate-news", "crypto-news", "en",
        "Crypto news coverage of network hashrate records, difficulty adjustments and miner economics around the April 2024 halving",
        ["Bitcoin network hashrate hit a record {eh} EH/s on the 7-day average as new machines come online. Difficulty "
         "is expected to rise about {pct} at the next adjustment. {url}",
         "Hashprice fell to a multi-month low after the halving, squeezing smaller miners. Public miners are turning to "
         "AI hosting contracts to diversify revenue. {url}",
         "Analysis: why cloud-mining 'contracts' promising fixed daily payouts don't add up once you account for "
         "difficulty and hashprice. {url}",
         "Difficulty adjusted down {pct} after summer heat forced Texas miners to curtail. What that means for margins: {url}"],
        ("BlockwireNews", "HashLedgerNews", "minerbeat_reporter"), batch=B, when=("2023-06-01", "2026-06-30"),
        urls=["https://www.blockwire-news.com/mining/{rand}", "https://hashledger.news/{rand}"],
        fill={"eh": ["650", "720", "800", "900"], "pct": ["3.2%", "4.8%", "2.1%"]}),

    # ================================================================== label 0: warnings and advisories
    ben("inv-en-recovery-scam-warning", "anti-scam-warning", "en",
        "FTC and FBI consumer guidance (2023-2025): anyone promising to recover lost crypto for an upfront fee is a scammer",
        ["If someone promises to recover your crypto for a fee, it's a scam. No one can 'reverse' a blockchain "
         "transaction, and law enforcement never charges victims.",
         "Lost money to an investment scam? Expect the second wave: replies saying 'DM @so-and-so, they got mine back'. "
         "Those are recovery scammers. Report to {agency} instead.",
         "Red flags of recovery scams: 'pay only after', 'certified ethical hacker', 'blockchain forensic team' in your "
         "replies, and requests for your seed phrase or a 'release fee'.",
         "Scammers target people who've already been scammed. They pose as lawyers, government agencies or hackers. "
         "Real help is free: {url}",
         "Please stop recommending 'recovery experts' in the replies. Every one we've looked into took more money "
         "from victims."],
        ("FTC", "FBI", "ConsumerAlertsDesk", "StateAGConsumer"), src=NEWS_SRC, batch=B, when=("2022-01-01", "2026-06-30"),
        urls=["https://consumer.ftc.gov/articles/{rand}", "https://www.ic3.gov/PSA/{rand}"],
        fill={"agency": ["ic3.gov", "ReportFraud.ftc.gov", "Action Fraud", "your local police"]}),
    ben("inv-en-pig-butchering-advisory", "anti-scam-warning", "en",
        "FBI IC3 2023 report and Operation Level Up: warnings on 'pig butchering' crypto investment fraud that moves victims to WhatsApp and fake trading platforms",
        ["'Pig butchering' scams start with a wrong-number text or a friendly stranger. After weeks of chat comes a "
         "trading platform where your 'profits' look huge but can't be withdrawn. {url}",
         "If a new online friend says their uncle or mentor has a can't-lose trading platform, stop. That's the script. "
         "Report it at ic3.gov.",
         "Operation Level Up has notified thousands of victims of cryptocurrency investment fraud, many of whom didn't "
         "know they were being scammed. If we call you, we will never ask for money.",
         "Cryptocurrency investment fraud losses reported to IC3 reached $3.9 billion in 2023. Many victims were first "
         "contacted on social media, dating apps or by text.",
         "Warning signs: a 'platform' you can only reach through a link they send, a 'customer service' agent on "
         "WhatsApp, and taxes or fees before you can withdraw."],
        ("FBI", "FBILosAngeles", "CyberFraudTaskForce"), src=NEWS_SRC, batch=B, when=("2023-01-01", "2026-06-30"),
        urls=["https://www.ic3.gov/PSA/{rand}", "https://www.fbi.gov/how-we-can-help-you/scams-and-safety/{rand}"]),
    ben("inv-en-police-local", "anti-scam-warning", "en",
        "Local police department posts warning residents about crypto-ATM, AI-trading-bot and fund-recovery scam losses (2022-2026)",
        ["A {town} resident lost $48,000 after an online 'investment adviser' had them deposit cash into a crypto ATM. "
         "Legit investments don't require crypto ATMs. Call us before you send.",
         "We're seeing a rise in 'AI trading bot' scams in {town}. Guaranteed daily returns = fraud. If you've been "
         "contacted, call our non-emergency line.",
         "Scam alert 🚨 Callers claiming to be a 'fund recovery agency' are targeting previous fraud victims in {town}. "
         "We will never ask you to pay to get money back.",
         "Free fraud prevention talk at the {town} library Thursday at 6pm. Topics: romance scams, crypto investment "
         "fraud, fake recovery services."],
        ("PortHaldenPD", "WillowmerePolice", "EastGarnetSheriff", "BrookhavenHillsPD"), src=BRAND_SRC, batch=B,
        when=("2022-01-01", "2026-06-30"),
        fill={"town": ["Port Halden", "Willowmere", "East Garnet", "Brookhaven Hills"]}),
    ben("inv-en-ftc-data", "anti-scam-warning", "en",
        "FTC Consumer Sentinel data releases: investment scams as the top loss category ($4.6B reported in 2023, $5.7B in 2024)",
        ["New data: consumers reported losing more than $10 billion to fraud in 2023. Investment scams were the biggest "
         "loss category at $4.6 billion. {url}",
         "Reported fraud losses hit $12.5 billion in 2024. Investment scams topped the list again, with $5.7 billion "
         "lost. {url}",
         "Scams that start on social media cost people more than any other contact method, and many begin with an ad "
         "or a message about investing. {url}",
         "Investment scam tip: anyone who guarantees you'll make money, or says you'll make a lot quickly with no risk, "
         "is lying. {url}"],
        ("FTC", "ConsumerSentinelData", "SeniorScamWatch"), src=NEWS_SRC, batch=B, when=("2024-02-01", "2026-06-30"),
        urls=["https://www.ftc.gov/news-events/news/press-releases/{rand}", "https://consumer.ftc.gov/consumer-alerts/{rand}"]),
    ben("inv-en-bank-fraud-tips", "anti-scam-warning", "en",
        "Banks' and credit unions' fraud-prevention posts about investment and crypto scams (UK 'Take Five' style and US bank security tips)",
        ["Found a trading platform through someone you met online? Before you move money, call us on the number on "
         "your card. We'd rather check than see you lose your savings.",
         "We'll never tell you to move money to a 'safe account' or buy crypto to protect it. Anyone who does is a criminal.",
         "Investment fraud often starts small: a test deposit that 'grows' fast and a withdrawal that works once. "
         "Then the big ask. Take five before you transfer.",
         "If you've been scammed, call us straight away. Reporting fast gives us the best chance to stop payments. "
         "Beware of anyone who contacts you afterwards offering to get it back for a fee."],
        ("NorthgateBankHelp", "ClearwaterCU", "AshfordBank"), src=BRAND_SRC, batch=B, when=WHEN),
    ben("inv-en-no-signals-disclaimer", "anti-scam-warning", "en",
        "Traders and analysts warning followers that impersonators run fake VIP-signal and 'account manager' groups in their name",
        ["I don't run a Telegram group, I don't sell signals and I will never DM you offering to manage your money. "
         "Anyone doing that with my name and photo is a scammer. Report and block.",
         "Impersonator alert: 'support' accounts using my name are messaging people about a VIP group. "
         "My only accounts are linked on my website.",
         "Friendly reminder that 'guaranteed 10x signals' don't exist. If they did, the seller wouldn't need your "
         "$299 a month.",
         "Got 40 messages today from people who paid a fake me for 'private calls'. I'm sorry. Please check the handle "
         "carefully, mine has no underscore."],
        ("chartsbyharriet", "MacroMaren", "theweeklycandle", "OliviaTradesFX"), src=PERSON_SRC, batch=B, when=WHEN),
    ben("inv-en-victim-warning", "anti-scam-warning", "en",
        "First-person posts by investment-scam victims warning others about pig-butchering and recovery scams (patterns in FTC and AARP victim stories)",
        ["I lost $37,000 to a fake trading app that a 'friend' from Instagram introduced me to. I'm posting because I "
         "was sure it couldn't happen to me. If someone you've never met shows you their profits, walk away.",
         "After I posted about being scammed, dozens of accounts replied 'contact this hacker, he got my money back'. "
         "Every single one is another scam. Please don't fall for it twice.",
         "It's been a year since the scam. I reported it to the FBI, my bank and the FTC. I didn't get the money back, "
         "but talking about it helped. You're not stupid, they're professionals.",
         "My dad nearly sent his savings to an 'AI trading' site his online girlfriend recommended. What stopped him: "
         "his bank teller asked one question. Talk to your parents.",
         "The platform showed my balance at $210k. When I tried to withdraw, they wanted a 20% 'tax' first. "
         "That's when I knew. Sharing so you recognise the pattern."],
        ("rebuilding_rae", "teacher_tom_writes", "hikerhannah_nw", "quiet_accountant"), src=PERSON_SRC, batch=B,
        when=WHEN),
    ben("inv-en-researcher-thread", "anti-scam-warning", "en",
        "Security researchers' threads dissecting MEV-bot, fake AI-trading, liquidity-mining and cloud-mining scams with on-chain analysis",
        ["🧵 Looked at the 'MEV arbitrage bot' contract going around on YouTube. The 'start' function just forwards your "
         "ETH to a hardcoded address hidden in string concatenation. There is no bot.",
         "The 'liquidity mining' sites all work the same way: connect wallet, 'receive voucher', which is actually an "
         "unlimited USDT approval. Revoke it now if you clicked.",
         "Traced 14 'AI trading' platforms back to the same backend template. Same admin panel, same fake chart, "
         "different logos. Deposits route to {n} consolidation wallets.",
         "Fake cloud-mining apps show your 'hashrate' and 'earnings' from a number on their server. There are no "
         "machines. Withdrawals fail once deposits slow down."],
        ("chainsleuth_io", "0xmirela_sec", "onchain_owl", "sec_researcher_kai"), src=PERSON_SRC, batch=B,
        when=("2022-01-01", "2026-06-30"),
        fill={"n": ["3", "five", "two"]}),

    # ================================================================== label 0: journalism and analytics
    ben("inv-en-trial-coverage", "news-link", "en",
        "Court reporting on fraud trials and sentencings in crypto Ponzi, cloud-mining and pig-butchering cases (DOJ press releases 2022-2026)",
        ["A federal jury convicted the founder of a cloud-mining scheme that promised investors daily returns. "
         "Prosecutors say the 'mining' never existed and new deposits paid old investors. {url}",
         "In court today, a former 'account manager' for a fake trading platform testified that victims' balances were "
         "numbers typed into a database. Live coverage: {url}",
         "Sentencing: {years} years for laundering proceeds of pig-butchering scams through shell companies. The judge "
         "cited more than {n} victims nationwide. {url}",
         "Day 4 of the trial: jurors saw chat scripts telling workers to mention an 'uncle' who taught them a trading "
         "platform. Thread from the courtroom 🧵",
         "DOJ: two men charged over an 'AI arbitrage bot' that guaranteed 1% a day. Investors lost an estimated {amt}. {url}"],
        ("courtwire_lena", "HarborPostBiz", "CourtsideWire", "fraud_beat_jp"), src=NEWS_SRC, batch=B,
        when=("2022-01-01", "2026-06-30"),
        urls=["https://www.courtsidewire.com/{rand}", "https://www.harborpost.com/business/{rand}"],
        fill={"years": ["8", "12", "20", "6"], "n": ["170", "400", "2,000"],
              "amt": ["$60 million", "$14 million", "$210 million"]}),
    ben("inv-en-journalist-investigation", "news-link", "en",
        "Investigative journalism on scam compounds, collapsed staking/cloud-mining apps and hijacked promoter accounts (2022-2025)",
        ["Our investigation: inside a compound where trafficked workers were forced to run 'pig butchering' chats, "
         "using scripts about a rich uncle and a trading app. {url}",
         "The app promised 2% a day on USDT staking. Then withdrawals stopped. We traced where nearly $40 million went. {url}",
         "How a fake cloud-mining company used stolen photos of a real data center to sell 'hashpower contracts'. "
         "Our reporters visited the address. {url}",
         "We reviewed 200 X accounts that were hacked and turned into promoters for the same trading platform. "
         "Here's what the attackers did first. {url}"],
        ("HarborPostInvest", "LanternReport", "inv_reporter_ade"), src=NEWS_SRC, batch=B, when=("2022-01-01", "2026-06-30"),
        urls=["https://www.harborpost.com/investigations/{rand}", "https://thelanternreport.org/{rand}"]),
    ben("inv-en-analytics-firm", "crypto-news", "en",
        "Blockchain analytics firms' scam-revenue reports and statements that they work with law enforcement, not individual 'recovery' clients (Chainalysis Crypto Crime Report style)",
        ["Our annual crypto crime report: scam revenue stayed in the billions last year, with pig butchering the biggest "
         "category by inflows. Full chapter: {url}",
         "We don't recover funds for individuals and we never contact victims offering recovery. Anyone using our name "
         "to do that is impersonating us.",
         "Investigators traced funds from a fake AI trading platform to {n} exchanges; freezes followed in cooperation "
         "with law enforcement. Case study: {url}",
         "Scam tactics are shifting: smaller first deposits, faster fake 'profits' and recovery agents in the same "
         "network. Webinar Thursday: {url}"],
        ("ChainVistas", "LedgerLensIO", "Chainalysis"), src=BRAND_SRC, batch=B, when=("2022-01-01", "2026-06-30"),
        urls=["https://www.chainvistas.com/blog/{rand}", "https://research.ledgerlens.io/{rand}"],
        fill={"n": ["four", "11", "six"]}),
]
