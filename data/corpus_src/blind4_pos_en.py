"""Fourth blind test set (batch 6, never trained on, sealed): pos_en families.

English scam bait (label 1).
"""
from .pools import BRAND_SRC, EXCH_SRC, HIJACK_SRC, NEWS_SRC, PERSON_SRC, POL_SRC, PUMP, SPORT_SRC, YT, bait, ben  # noqa: F401

B = 6  # the fourth blind test set

FAMILIES = [
    # ------------------------------------------------------------------ doubling
    bait("c26-en-b4-dbl-giveback-quiet", "doubling", "en",
         "Pattern of the July 2020 Twitter takeover repeated by hijacked verified accounts in 2024-2025: a calm "
         "'giving back' post asking for BTC and promising double back for a short window. Handles invented.",
         ["I've been lucky this year and want to give something back. For the next 45 minutes, any BTC sent to "
          "the address below comes back doubled. Send 0.01, get 0.02. One transaction per person.\n\n{btc}",
          "ok doing this once. everything sent to {btc} in the next hour i send back x2. not joking, been planning "
          "it for a while",
          "Grateful for all of you. Tonight only:\n\nyou send $500 in BTC -> I send $1,000 back\n\n{btc}\n\n"
          "Closing at midnight ET.",
          "To celebrate closing our fund round I'm doubling every Bitcoin payment sent to my wallet for the next "
          "30 min. Already sent back 12 BTC to people. {btc}",
          "Update: so many of you joined, extended another 20 minutes. Still doubling. {btc} 🧡",
          "I'm not selling anything. Just want to pay it forward. Send any amount of bitcoin to {btc_tr} and I "
          "return double within minutes. Limited to the first 1,000 people."],
         ("jkwellsfund", "MarissaTaldo", "realDanHolloway", "ceo_PriyaNand", "GrantOrtegaVC"),
         batch=B, when=("2024-03-01", "2025-11-30")),
    bait("c26-en-b4-dbl-xrp-sol-event", "doubling", "en",
         "2024-2025 pattern: hijacked crypto-exec and project accounts announcing a 'community event' that sends "
         "back twice the XRP or SOL received (tied to Ripple and Solana deepfake promotions). Handles invented.",
         ["XRP community, thank you for sticking with us through the lawsuit years. We set aside 50,000,000 XRP: "
          "send between 1,000 and 500,000 XRP to {xrp} and the event contract returns 2x automatically.",
          "🚨SOL EVENT LIVE🚨\nsend SOL ➡️ {sol}\nget 2X back instantly\nmin 1 SOL / max 2000 SOL\nends when pool "
          "is empty",
          "@solfan_dave yes it's real lol. send to the address in my pinned and you get double, already done "
          "4,000+ payouts. {sol}",
          "Quick one before the conference tomorrow. We're running a doubling promo for XRP holders, details + "
          "live payout tracker here: {url}  Address: {xrp}",
          "1/3 Some of you asked why we're doing this. Simple: adoption.\n2/3 Send XRP to {xrp}, receive double "
          "back to the sending address.\n3/3 Only sends from your own wallet, no exchanges. gl"],
         ("bradg_xrpledger", "RippleEventsTeam", "solana_foundation_ops", "aeyakovenkoo", "XRPL_Community_Fund"),
         batch=B, when=("2024-06-01", "2025-12-31"),
         urls=["https://xrp-event-{rand}.live/tracker", "https://ripple2x-{rand}.com", "https://sol-double-{rand}.net"]),
    # ------------------------------------------------------------------ nft-drainer
    bait("c26-en-b4-nft-artist-surprise-mint", "nft-drainer", "en",
         "2024-2025 takeovers of NFT artists' X accounts (several generative and 1/1 artists reported hijacks) "
         "posting a surprise free mint for collectors that leads to a drainer site. Handles invented.",
         ["surprise 🎁 free mint for everyone who's collected my work, 24h only. thank you for 3 years 🤍 {url}",
          "Been working on this quietly for months. 'Afterlight' is an open edition, free for holders of any of "
          "my pieces. Mint closes tomorrow.\n\n{url}",
          "FREE MINT IS LIVE\nno whitelist, just connect and claim\n{url}",
          "@anon_collector yeah you're eligible, any wallet that ever held one of mine. link's in my bio or here "
          "{url}",
          "Sorry for the short notice! The companion pieces to my genesis collection are claimable now, gas only. "
          "Supply capped at 777. {url}"],
         ("velmara_art", "ohjunipr", "kasimirdraws", "lumen_studio_", "nadia.fractals"),
         batch=B, when=("2024-02-01", "2025-12-31"),
         urls=["https://afterlight-{rand}.xyz/mint", "https://{rand}-mint.app", "https://claim-{rand}.art"]),
    bait("c26-en-b4-nft-project-s2-claim", "nft-drainer", "en",
         "Pattern after the 2023 Vitalik fake commemorative NFT post and 2024-2025 hijacks of NFT project accounts "
         "(Discord and X): a 'Season 2' or 'companion' claim for holders with a snapshot deadline. Handles invented.",
         ["Holders 🐧 Season 2 companions are here. Snapshot was taken an hour ago, claim before 18:00 UTC or "
          "they're burned.\n\n{url}",
          "IMPORTANT: due to a contract upgrade all holders need to claim the v2 pass to keep their utility. "
          "Unclaimed passes won't carry over. {url}",
          "gm. we said we'd reward diamond hands. every holder gets 1 free Relic per NFT held. go go go {url}",
          "Thread 🧵\n1/ Today we're opening the Genesis Relic claim to current holders.\n2/ It's free (gas only) "
          "and limited to 4,444.\n3/ Claim here: {url}",
          "Quick reminder the commemorative mint for our 2-year anniversary ends tonight. Only verified link: "
          "{url}"],
         ("PixelMonarchsNFT", "OrbitApesHQ", "thequietcats", "RelicsOfAeon", "GlowtoadsNFT"),
         batch=B, when=("2024-01-15", "2025-12-31"),
         urls=["https://relic-claim-{rand}.io", "https://s2-{rand}.xyz/claim", "https://holders-{rand}.app"]),
    # ------------------------------------------------------------------ fake-airdrop
    bait("c26-en-b4-air-l2-checker", "fake-airdrop", "en",
         "April 2025 compromise of ZKsync admin/airdrop accounts (unclaimed token distribution abuse) and 2024-2025 "
         "hijacked L2/protocol X accounts posting 'airdrop checker live'. Handles invented; exact figures not "
         "verified, written from memory of the pattern.",
         ["The second distribution is live. Check your eligibility and claim before the window closes: {url}",
          "airdrop checker is up 🪂 {url}",
          "We heard you. Users who were left out of round one can now claim. Allocation based on activity since "
          "genesis. {url}",
          "Season 2 rewards are claimable now. 17% of supply goes to early users and builders. Unclaimed tokens "
          "return to the treasury in 14 days.\n{url}",
          "@zkwhale_ yes you're eligible if you bridged before March. claim page: {url}"],
         ("zkLayerLabs", "ScrollNetworkHQ", "lumenrollup", "MatterNet_ops", "arbvault_dao"),
         batch=B, when=("2024-04-01", "2025-12-31"),
         urls=["https://claim-{rand}.network", "https://{rand}-airdrop.org/check", "https://rewards-{rand}.io"]),
    bait("c26-en-b4-air-security-firm", "fake-airdrop", "en",
         "Mandiant's X account takeover (January 2024) posting a Phantom-themed airdrop, and later 2024-2025 "
         "takeovers of security firm and corporate accounts linking to token claims. Handles invented.",
         ["To thank the community that helped us track down drainer kits this year, we've partnered with Phantom "
          "on a token drop for Solana users. {url}",
          "Phantom x our team 👻 free $PHNTM for early wallet users. Claim closes Friday. {url}",
          "We don't usually do this, but: eligible Solana wallets can claim a share of 10M tokens. Details and "
          "claim in the link. {url}",
          "Exclusive airdrop for our followers. No sign-up, connect your wallet and receive instantly ⚡ {url}",
          "PSA from the team: the airdrop link below is the ONLY official one. Ignore copies. {url}"],
         ("ThreatLensIntel", "CobaltWatchSec", "NorthgateLabs", "sentrypoint_io"),
         batch=B, when=("2024-01-03", "2025-10-31"),
         urls=["https://phantom-{rand}.app", "https://{rand}-drop.com/sol", "https://phntm-claim-{rand}.xyz"]),
    # ------------------------------------------------------------------ wallet-validation
    bait("c26-en-b4-val-sync-wallet", "wallet-validation", "en",
         "2024-2025 'validate / synchronize your wallet' pattern from hijacked project and influencer accounts: "
         "users told their wallet must be re-verified or synced to avoid losing access, via a dApp 'rectifier' "
         "site. Handles invented.",
         ["All wallets interacting with the old router must be re-validated by 30 June. Unvalidated wallets will "
          "be restricted from bridging. Validate here: {url}",
          "If your balance shows 0 or txs are stuck, your wallet isn't synced with the new node. Sync takes 1 min "
          "{url}",
          "Reminder ⚠️ wallet validation required after the network upgrade. It's free and takes seconds.\n{url}",
          "we're seeing a lot of 'pending' txs after the fork. go to {url} -> Rectify -> connect wallet and it "
          "fixes itself",
          "Mandatory wallet verification is now live for all holders. Failure to verify within 48 hours will "
          "result in your tokens being frozen. {url}"],
         ("BaseBridgeNet", "OrionChainOrg", "DeFiHelpDeskHQ", "stellarpad_ops", "nodesync_official"),
         batch=B, when=("2024-02-01", "2025-12-31"),
         urls=["https://walletrectify-{rand}.com", "https://dapp-sync-{rand}.app", "https://validate-{rand}.net"]),
    bait("c26-en-b4-val-hw-firmware", "wallet-validation", "en",
         "Ledger and Trezor impersonation 2024-2025 (phishing letters and posts asking owners to 'validate' the "
         "device or recovery phrase after a supposed security update). Handles invented.",
         ["Security notice: a vulnerability affects devices sold before 2024. Owners must validate their device "
          "and recovery phrase to stay protected. {url}",
          "Your hardware wallet needs a mandatory verification before the next firmware release. Skipping it may "
          "make your funds inaccessible. Verify: {url}",
          "@mikee_btc hi, this is a known issue with older firmware. Please complete device validation here {url} "
          "and it will be solved",
          "Important ⚠️\nAll users must complete the Recovery Check by the end of the month.\n1. Open {url}\n2. "
          "Enter your 24 words\n3. Confirm",
          "We're rolling out a new authentication check. Owners who don't confirm their device by 15 March will "
          "be unable to sign transactions. {url}"],
         ("LedgerSupportCare", "TrezorSafety", "ledger_notices", "ColdCardHelp"),
         batch=B, when=("2024-01-10", "2025-12-31"),
         urls=["https://ledger-validate-{rand}.com", "https://trezor-{rand}.io/check", "https://devicecheck-{rand}.app"]),
    # ------------------------------------------------------------------ impersonation-support
    bait("c26-en-b4-sup-exchange-reply", "impersonation-support", "en",
         "Long-running pattern, heavy in 2024-2025: fake exchange support accounts replying to users who complain "
         "publicly about frozen withdrawals, steering them to a form, Telegram or WhatsApp. Handles invented.",
         ["@jess_trades Hi Jessica, sorry to hear about your withdrawal. Please fill in this form so our team can "
          "look into it right away: {url}",
          "@Rafa_92 We apologize for the delay. Your case has been escalated. Kindly DM us your registered email "
          "and wallet address for faster assistance.",
          "@cryptokev hello, we understand your concern. Reach our live agents on Telegram t.me/Coinbase_Desk_Help "
          "and mention ticket #{ticket}",
          "@tomas_v Hey! Our support team can resolve this. Submit a ticket via {url} and an agent will reach out "
          "within 10 minutes.",
          "@linda_oh Thank you for reaching out. For security reasons please don't share details here. Contact us "
          "on WhatsApp +1 (415) 555-0{wa} for real time help."],
         ("CoinbaseCareDesk", "KrakenAssist_", "BinanceHelpCentr", "OKXSupport_Team", "bybit_caredesk"),
         batch=B, when=("2024-01-01", "2025-12-31"),
         urls=["https://support-ticket-{rand}.com", "https://forms.gle/{rand}", "https://helpdesk-{rand}.net"],
         fill={"ticket": ["58213", "40987", "77310", "12946"], "wa": ["142", "189", "176"]}),
    bait("c26-en-b4-sup-wallet-dapp", "impersonation-support", "en",
         "2024-2025 fake MetaMask / Trust Wallet / Phantom 'support' replies on X and Bluesky telling users with a "
         "stuck transaction to connect to a 'dapp fix' or 'wallet rectification' page. Handles invented.",
         ["@0xnoor We're sorry for the inconvenience. Please use our official dapp portal to resolve stuck "
          "transactions: {url}",
          "@ben_is_here hey Ben, this happens when the wallet loses sync with the RPC. Open {url} and select "
          "'Resolve issue'",
          "@kitty_on_chain Support here 👋 Kindly reach out to our verified support page for immediate resolution "
          "{url}",
          "@dayo_eth Hello, we're aware. Use the troubleshooting tool {url} to fix missing balance. It takes under "
          "2 mins 🙏",
          "@matt_xyz Sorry you're having trouble! Our team is only reachable through the live chat: {url}"],
         ("MetaMaskHelp_", "TrustWalletCare", "PhantomAssist", "Wallet_Support_Desk", "mm-help.bsky.social"),
         batch=B, when=("2024-01-01", "2025-12-31"),
         urls=["https://dapp-fix-{rand}.app", "https://wallet-{rand}.support", "https://rectify-{rand}.com/live"]),
    # ------------------------------------------------------------------ recovery
    bait("c26-en-b4-rec-testimonial-reply", "recovery", "en",
         "Recovery-scam pattern (FBI IC3 warnings 2023-2025): bot replies under scam-victim posts praising a "
         "'recovery expert' account that got their stolen crypto back. Handles invented.",
         ["@sadbtcguy same thing happened to me last year. @TraceHackPro got back 2.3 BTC in a week, look them up",
          "@Hannah_R so sorry 😢 I lost $48k to a fake exchange and @ChainRecoverX recovered almost all of it. "
          "they're legit",
          "@dev_tomas don't give up!! contact recoveryassetlab on IG, they traced my USDT and returned it, no "
          "upfront fee",
          "@jordanw reach out to @WalletRescueTeam, they helped my uncle after a pig butchering scam, took 4 days",
          "@marisol_k I was in the exact situation. DM @FundsBackSpecialist and tell them I sent you"],
         ("anna_hodl77", "kevinparks_22", "lucyinvest_", "real_marcus_t", "Grace_Oyelaran"),
         batch=B, when=("2024-01-01", "2025-12-31")),
    bait("c26-en-b4-rec-agency-lawfirm", "recovery", "en",
         "2024 FBI and FTC warnings about fake law firms and 'licensed recovery agencies' that promise to retrieve "
         "lost crypto for a fee, often posing as government-affiliated. Handles invented.",
         ["Lost funds to a fake investment platform? Our certified blockchain forensics team recovers stolen BTC, "
          "ETH and USDT. Free case review: {url}",
          "We work with international law enforcement to recover crypto lost to scams. 92% success rate. No "
          "recovery, no fee. DM us.",
          "Scammed? Hacked wallet? Sent to the wrong address? 🔎 We trace & recover. Contact our case officers "
          "today {url}",
          "Notice to victims of online investment fraud: a restitution fund has been set up for confirmed cases. "
          "Submit your claim through our partner office {url}",
          "Recovered this week: $212,000 in USDT for a client in Ohio. If you're a victim, it's not too late. "
          "{url}"],
         ("ChainTraceLegal", "CyberFundsRecovery", "AssetRetrievalBureau", "BlockForensicsUS", "IntlFraudDesk"),
         batch=B, when=("2024-01-01", "2025-12-31"),
         urls=["https://chaintrace-{rand}.com/case", "https://recover-{rand}.org", "https://{rand}-legal.net/claim"]),
    # ------------------------------------------------------------------ fake-refund
    bait("c26-en-b4-ref-ftx-distribution", "fake-refund", "en",
         "FTX creditor distributions began February 2025; phishing posts and hijacked accounts pushed fake 'claim "
         "your distribution' portals. Handles invented; dates from memory.",
         ["FTX creditors: the next distribution round is open. Verify your wallet to receive your payout. {url}",
          "If you had funds on FTX, you can now claim your repayment directly in crypto. Claims close in 7 days. "
          "{url}",
          "reminder for ftx victims: payouts are being sent in USDC, you just need to link a wallet to the claims "
          "portal. took me 2 mins {url}",
          "Distribution update: customers who have not completed KYC can still receive their share by connecting "
          "an ETH wallet before Friday. {url}",
          "@ftx_refugee check this, they opened the crypto claim option finally {url}"],
         ("FTXCreditorsInfo", "ftx_recovery_trust", "KrollClaimsDesk", "chapter11watch"),
         batch=B, when=("2025-01-15", "2025-12-31"),
         urls=["https://ftx-claims-{rand}.com", "https://distribution-{rand}.net/ftx", "https://{rand}-creditors.org"]),
    bait("c26-en-b4-ref-hack-compensation", "fake-refund", "en",
         "After large exchange and protocol hacks (Bybit February 2025, WazirX 2024, various DeFi exploits), "
         "impostor and hijacked accounts offered 'compensation' to affected users via a claim site. Handles "
         "invented.",
         ["Affected users of the recent incident can now claim full compensation. Connect the wallet that held "
          "funds at the time of the exploit: {url}",
          "We promised to make every user whole. Refunds are live 👇 {url}",
          "Compensation portal is open. Users who lost funds in the exploit receive 110% of their balance in "
          "stablecoins. Deadline: 72h. {url}",
          "If you interacted with the affected pool between the 12th and 14th, you're eligible for a refund. "
          "Please verify here {url}",
          "@roman_pl sorry for what happened. Reimbursement is automatic once you sign the claim at {url}"],
         ("BybitRefundOps", "WazirXUpdates_", "SonneFinance_", "exploit_recovery_dao", "PoolGuardProtocol"),
         batch=B, when=("2024-07-20", "2025-12-31"),
         urls=["https://refund-{rand}.io", "https://compensation-{rand}.com/claim", "https://{rand}-reimburse.app"]),
    # ------------------------------------------------------------------ memecoin-ca
    bait("c26-en-b4-mc-celeb-launch", "memecoin-ca", "en",
         "2024-2025 wave of hijacked celebrity, musician and athlete X accounts posting a pump.fun contract "
         "address as their 'official coin' (many cases reported, e.g. rappers and sports stars). Handles "
         "invented.",
         ["it's official. my coin. CA: {pump}",
          "I've been asked about this a hundred times so here it is. My fans, my token. {pump} 🚀",
          "$LEGACY is live on Solana. Only this contract is real:\n\n{pump}\n\nlove y'all",
          "no presale no team tokens just for the fans 🙏 {pump}",
          "yall been waiting... {pump}\n\n{url}"],
         ("KayRomeroMusic", "TheRealBigDre", "marcus_fleetwood9", "lilvoltaire", "CoachJRichards"),
         batch=B, when=("2024-03-01", "2025-12-31"), urls=PUMP),
    bait("c26-en-b4-mc-brand-gov", "memecoin-ca", "en",
         "Hijacked brand, media and government accounts posting a memecoin CA (McDonald's Instagram 'Grimace' coin "
         "August 2024; several national and municipal government accounts hijacked 2024-2025). Handles invented.",
         ["Say hi to $NUGGZ 🍗 our first community coin. Contract: {pump}",
          "In support of digital innovation, the Ministry is proud to share the official national token. "
          "Contract address: {sol}",
          "we don't normally do this but... $SNACK {pump} 👀",
          "BREAKING: We are launching a token for our readers. Official CA {pump} — more details in the next "
          "hours.",
          "Official city token 🏙️ CA {pump}\nBuy on {url}"],
         ("CrispyKingUS", "MinDigitalAffairs", "DailyPulseNews", "CityOfHarlowGov", "SnackTownOfficial"),
         batch=B, when=("2024-08-01", "2025-12-31"), urls=PUMP),
    # ------------------------------------------------------------------ youtube-live
    bait("c26-en-b4-yt-hijacked-channel", "youtube-live", "en",
         "2024-2025 hijacked YouTube channels renamed to Tesla/SpaceX/Ripple/MicroStrategy running deepfake live "
         "'crypto events', promoted from hijacked X accounts. Handles invented.",
         ["🔴 LIVE NOW: special crypto event with 5,000 BTC for viewers. Scan the QR on stream {url}",
          "Don't miss this. Live on YouTube right now, they're explaining the new BTC event and the payouts are "
          "real {url}",
          "We're live! Join the stream to take part in the anniversary event 👉 {url}",
          "watching the stream rn, he literally said send and he'll double it, ppl in chat already got paid "
          "{url}",
          "LIVE: the future of money, Q&A + community giveaway. Starts in 5 minutes. {url}"],
         ("TeslaLiveEvents", "SpaceXStreams_", "saylor_live_tv", "elonbroadcast", "Strategy_Event"),
         batch=B, when=("2024-01-01", "2025-12-31"), urls=YT),
    bait("c26-en-b4-yt-ripple-deepfake", "youtube-live", "en",
         "Deepfake Brad Garlinghouse / Ripple 'XRP giveaway' YouTube streams (widely reported 2023-2025, incl. "
         "after the SEC case ended in 2025). Handles invented.",
         ["XRP holders 🚨 Ripple CEO live right now announcing the post-lawsuit giveaway. 100M XRP. {url}",
          "Ripple is live celebrating the end of the SEC case. Part of the event: send XRP to the address on "
          "screen and get 2x back. {url}",
          "tune in now, Brad is answering questions about the XRP ETF and there's a holder reward at the end "
          "{url}",
          "Live stream: Ripple x community. Participate in the 100,000,000 XRP distribution, address shown on "
          "stream. {url}",
          "@xrp_army_mike it's on youtube rn {url}"],
         ("RippleLiveEvent", "XRPNewsNow_", "bgarlinghouse_live", "xrp_insider_24"),
         batch=B, when=("2024-06-01", "2025-12-31"), urls=YT),
    # ------------------------------------------------------------------ fake-announcement
    bait("c26-en-b4-ann-corp-token", "fake-announcement", "en",
         "2024-2025 hijacked corporate and tech-media X accounts posting a fake launch of a company token or "
         "blockchain partnership with a claim/buy link. Handles invented.",
         ["We're excited to announce our partnership with Solana. To celebrate, we're introducing a loyalty "
          "token for our customers. Details: {url}",
          "Today we take our first step into Web3. Early supporters can claim the token at launch price here "
          "{url}",
          "📣 Big news: our rewards program is moving on-chain. Existing members get an allocation. Claim at "
          "{url}",
          "This is our official announcement regarding the token. Only one link is official: {url}. Everything "
          "else is fake.",
          "1/ Announcement: after two years of R&D we are launching our own chain.\n2/ Mainnet goes live today.\n"
          "3/ Genesis allocations: {url}"],
         ("NimbusAirlines", "VoltraMotors", "TechPulseDaily", "BrightMartStores", "Quanta_Cloud"),
         batch=B, when=("2024-01-01", "2025-12-31"),
         urls=["https://{rand}-token.io", "https://launch-{rand}.app", "https://genesis-{rand}.xyz/claim"]),
    bait("c26-en-b4-ann-gov-reserve", "fake-announcement", "en",
         "2025 pattern after the US Strategic Bitcoin Reserve executive order (March 2025): hijacked political "
         "and government accounts announcing citizen 'reserve participation' or a national crypto programme. "
         "Handles invented.",
         ["Today the state joins the Strategic Bitcoin Reserve. Citizens can register to receive a share of the "
          "reserve dividend: {url}",
          "Proud to announce our Digital Dollar pilot. Residents can pre-register their wallets now. {url}",
          "OFFICIAL: The national crypto reserve program is open to the public. Each verified citizen receives an "
          "allocation. {url}",
          "Following the executive order, our office will distribute reserve tokens to eligible taxpayers. "
          "Register before the deadline.\n{url}",
          "honored to share this. the people's bitcoin fund is live. claim yours {url}"],
         ("SenMarkHollis", "GovOfficeNews", "TreasuryUpdates_", "RepAnnaKessler", "StateDigitalAgency"),
         batch=B, when=("2025-03-06", "2025-12-31"),
         urls=["https://reserve-{rand}.gov-claim.com", "https://{rand}-reserve.org", "https://citizen-{rand}.us"]),
    # ------------------------------------------------------------------ fake-etf
    bait("c26-en-b4-etf-alt-approval", "fake-etf", "en",
         "SEC X account takeover (January 2024) faking spot BTC ETF approval, and 2024-2025 fake approvals of "
         "spot SOL/XRP ETFs posted by hijacked media and finance accounts, with a token or claim link. Handles "
         "invented.",
         ["BREAKING: SEC approves spot Solana ETF. Trading starts Monday. 🧵",
          "Today the SEC granted approval for the listing and trading of spot XRP exchange-traded products on "
          "all registered national securities exchanges. {url}",
          "JUST IN: $SOL ETF APPROVED 🚀🚀 commemorative token for holders here {url}",
          "The Commission has approved the first spot Dogecoin ETF. Statement from the Chair: {url}",
          "It's done. The XRP ETF is approved. Eligible holders can pre-register for share allocation {url}"],
         ("SECGovAlerts", "WallStBreaking_", "FinanceWireLive", "ETFInsiderNews", "marketflash_tv"),
         batch=B, when=("2024-01-09", "2025-12-31"),
         urls=["https://sec-statement-{rand}.com", "https://etf-{rand}.io/holders", "https://{rand}-approval.news"]),
    bait("c26-en-b4-etf-issuer-tokenized", "fake-etf", "en",
         "2024-2025 impersonation of asset managers (fake BlackRock 'BUIDL' tokens after March 2024; fake issuer "
         "posts offering ETF shares or 'tokenized ETF' subscriptions paid in crypto). Handles invented.",
         ["Introducing our tokenized Bitcoin ETF share class. Subscribe with USDT, minimum 100. {url}",
          "Our Ethereum ETF is now available on-chain. Early subscribers receive a 5% bonus allocation. {url}",
          "@finance_guru_pete yes the on-chain share class is open to retail now, send USDC to the fund wallet "
          "{eth} and shares are minted to you",
          "We are pleased to announce the launch of our tokenized money market fund to the public. Mint on "
          "Ethereum: {url}",
          "ETF shares on Solana are here. Connect, subscribe, and receive your fund tokens instantly ⚡ {url}"],
         ("BlackRockDigitalAssets", "iSharesOnChain", "FidelityDigital_", "VanEckTokenized", "ArkFundsWeb3"),
         batch=B, when=("2024-03-20", "2025-12-31"),
         urls=["https://buidl-{rand}.finance", "https://etf-onchain-{rand}.com", "https://{rand}-fund.io/mint"]),
    # ------------------------------------------------------------------ fake-presale
    bait("c26-en-b4-pre-sol-sendto", "fake-presale", "en",
         "2024 Solana 'send SOL to the presale wallet' craze (memecoin presales collecting SOL directly, rugged "
         "or fake), reused by hijacked accounts 2024-2025. Handles invented.",
         ["$BONKZ presale is LIVE 🔥\nsend SOL to {sol}\ntokens airdropped automatically at launch\nmin 0.5 / max "
          "50 SOL",
          "presale wallet: {sol}\nhard cap 5000 SOL, 60% already filled. dont be late",
          "we're doing a fair launch presale, no VCs. just send SOL to {sol} and you'll get tokens 1 hour before "
          "DEX listing",
          "Last call for the presale. After this it's only on Raydium at 4x the price. {sol}",
          "@solbro99 yeah presale still open ser, same wallet {sol}"],
         ("SolPuppyCoin", "mememagnet_sol", "degenlord_sz", "TheFrogDAO", "snapbonk_official"),
         batch=B, when=("2024-03-10", "2025-12-31")),
    bait("c26-en-b4-pre-stage-whitelist", "fake-presale", "en",
         "2024-2025 fake token presales advertised from hijacked crypto-influencer and project accounts: "
         "'stage 3 price', whitelist closing, pay in ETH/USDT/BNB on a lookalike site. Handles invented.",
         ["Stage 3 of the presale ends in 6 hours. Price goes from $0.012 to $0.018 after that. {url}",
          "Only 412 whitelist spots left for the presale. Secure yours with ETH or USDT {url}",
          "My honest opinion: this is the only presale I'm in this cycle. AI + real revenue. Still early {url}",
          "Presale raised $8.4M so far 🤯 listing on tier-1 exchanges confirmed. Buy before stage 4: {url}",
          "Private round reopened for 24h for our followers only. Send ETH to {eth} and tokens will be claimable "
          "at TGE."],
         ("CryptoNate_gems", "ZenithAIToken", "alphahunter_eth", "NovaChainProject", "presale_watcher"),
         batch=B, when=("2024-01-01", "2025-12-31"),
         urls=["https://{rand}-presale.io", "https://buy-{rand}.com/stage3", "https://token-{rand}.app/presale"]),
    # ------------------------------------------------------------------ drainer-approval
    bait("c26-en-b4-drn-fake-revoke", "drainer-approval", "en",
         "2024-2025 pattern after DeFi exploits: hijacked protocol accounts tell users to 'revoke approvals' on "
         "a fake revoke tool, which instead asks for new token approvals/permits. Handles invented.",
         ["🚨 We are investigating an exploit. Please revoke all approvals to our contracts immediately using "
          "{url}",
          "URGENT: if you have ever approved our router, revoke now. Funds at risk. {url}",
          "A vulnerability has been found in the v3 vault. Users should use the official revoke tool to protect "
          "their assets: {url}",
          "Update 2: exploit contained. If you haven't yet, revoke permissions here {url} and don't interact "
          "with the old UI",
          "@defi_danny yes revoke using {url}, it's the one we built for this, etherscan's is lagging"],
         ("VelaroFinance", "KinetixDEX", "ApexVaultsHQ", "LoomSwap", "harborprotocol"),
         batch=B, when=("2024-01-01", "2025-12-31"),
         urls=["https://revoke-{rand}.app", "https://{rand}-revoke.cash", "https://approvals-{rand}.io"]),
    bait("c26-en-b4-drn-token-migration", "drainer-approval", "en",
         "2024-2025 fake 'token migration / V2 swap' posts from hijacked project accounts asking holders to "
         "approve a migration contract (Permit2 / setApprovalForAll drainers). Handles invented.",
         ["Token migration is live. Approve the migration contract to swap your V1 tokens to V2 1:1. V1 will be "
          "deprecated in 7 days. {url}",
          "Holders: we're moving to the new contract. Sign the approval once and your balance is migrated "
          "automatically. {url}",
          "migration window open ⏳ approve + migrate here {url}. after the deadline old tokens are worthless",
          "For those asking: yes you need to approve. It's a standard permit so the contract can move your old "
          "tokens. {url}",
          "Staking rewards are moving to v2. Approve the new pool to keep earning, it takes one signature ✍️ "
          "{url}"],
         ("ZephyrTokenHQ", "MantraFiOfficial", "OpalSwapDAO", "rivet_finance", "Lumora_xyz"),
         batch=B, when=("2024-01-01", "2025-12-31"),
         urls=["https://migrate-{rand}.app", "https://v2-{rand}.io/approve", "https://{rand}-migration.xyz"]),
]
