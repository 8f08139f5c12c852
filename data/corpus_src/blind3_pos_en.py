"""Third blind test set (batch 5, never trained on, sealed): pos_en families.

English scam bait (label 1).
"""
from .pools import BRAND_SRC, EXCH_SRC, HIJACK_SRC, NEWS_SRC, PERSON_SRC, POL_SRC, PUMP, SPORT_SRC, YT, bait, ben  # noqa: F401

B = 5  # the third blind test set

FANS = ["kev_on_base", "mikeyyy_22", "solwatcher", "jennaxo", "degen_dad_", "tina_holds", "RickyOnChain",
        "marisol.bsky.social", "pauly_g"]

FAMILIES = [
    # ------------------------------------------------------------------ doubling
    bait("c26-en-b3-athlete-sol-giveback", "doubling", "en",
         "Hijacked verified athlete and musician accounts posting 'send SOL, I send back double' fan giveback "
         "posts, 2024-2025 wave of sports-star and artist account takeovers on X",
         ["been blessed this year and i want to give back 🙏 for the next hour any SOL sent to my wallet comes "
          "back x2. max {max} SOL.\n\n{sol}",
          "Not a joke. Doing this once. Send between 1 and {max} SOL to the address below and I send double back "
          "within 30 min. Fans first ❤️\n{sol}",
          "THANK YOU FOR 10M!!! 🏆🏆 every SOL that hits this wallet in the next 60 minutes gets returned 2x 👇👇\n"
          "{sol}\n\nalready paid 400+ of yall, check it on solscan",
          "@{fan} yes bro it's real lol send it and watch. address is pinned: {sol}",
          "Quick one. My financial team and I are running a small community giveback today. Whatever you send to "
          "{sol} comes back doubled, automatically. Ends 9pm ET.",
          "ppl asking if my account got hacked 😂 nah. the 2x giveback is legit, 120 paid out already. last call\n{sol}"],
         ("MarcusReedJr", "TyQuanHoops", "Dani_Ferraz10", "JalenStrikes", "KaylaBoxing"),
         batch=B, when=("2024-03-01", "2025-11-30"),
         fill={"max": ["25", "40", "100", "50"], "fan": FANS}),
    bait("c26-en-b3-btc100k-match", "doubling", "en",
         "Hijacked fintech/payments company accounts running '2x return' BTC celebration posts when bitcoin crossed "
         "$100k (Dec 2024) and around the US Strategic Bitcoin Reserve order (Mar 2025)",
         ["$BTC just crossed $100,000. To mark the moment, our treasury team is returning 2x on every BTC deposit "
          "made to the address below until midnight UTC.\n\n{btc}\n\nMinimum 0.01 BTC. Maximum 5 BTC.",
          "100K 🚀🚀🚀\n\nwe said we'd celebrate properly. send BTC → get double back. one time only\n{btc}",
          "To celebrate the U.S. Strategic Bitcoin Reserve, we're giving back. Every transaction to {btc} is matched "
          "2:1 and returned to the sending address. Details: {url}",
          "Update: more than 300 BTC has already been returned to participants. The event stays open for another "
          "45 minutes.\n\nAddress: {btc_tr}",
          "not financial advice but if you ever wanted to double your sats today's the day. our 100k celebration "
          "fund is live 👇\n{btc}"],
         ("ArcadiaPayments", "LumenTradeHQ", "Northgate_Fin", "OrbitVaultCo"),
         batch=B, when=("2024-12-05", "2025-03-31"),
         urls=["https://btc100k-celebration-{rand}.org", "https://bit.ly/{rand}"]),
    # ------------------------------------------------------------------ nft-drainer
    bait("c26-en-b3-artist-surprise-mint", "nft-drainer", "en",
         "Hijacked digital artist accounts posting surprise free-mint links that drain collectors' wallets, as in "
         "the Beeple takeover (Dec 2023) and the 2024-2025 run of artist and NFT-founder hijacks",
         ["surprise 🎁 open edition for everyone who has ever collected my work. free mint, 24h only, gas on me\n{url}",
          "Been working on this quietly for months. 'Fragments' is 777 pieces, free for collectors of my genesis "
          "series. Mint closes tonight.\n\n{url}",
          "collab drop with a very special partner is LIVE (see pic 👀) first 1000 wallets mint free → {url}",
          "@{fan} you're on the allowlist, just connect and claim before the window closes: {url}",
          "To my collectors: thank you for five years. A free mint of my new 1/1 series is open for holders right "
          "now. Please only connect through the page below.\n{url}"],
         ("pixelmonk_art", "VeraNoctis", "hollowgrid", "ohtomasz", "JunoCanvas"),
         batch=B, when=("2024-01-01", "2025-12-31"),
         urls=["https://fragments-mint-{rand}.xyz", "https://zora-drop-{rand}.app/mint", "https://bit.ly/{rand}"],
         fill={"fan": FANS}),
    bait("c26-en-b3-collection-remint", "nft-drainer", "en",
         "Fake 'contract migration / re-mint' notices from hijacked NFT collection accounts telling holders to "
         "migrate before a deadline, 2024-2025 (around creator-royalty contract changes and the OpenSea OS2 rollout)",
         ["📢 Holder notice\n\nThe collection is moving to an upgraded ERC-721C contract. Old tokens will be delisted "
          "from marketplaces after 72h. Migrate 1:1 here: {url}",
          "Migration window is open. Connect, select your tokens, confirm. That's it. Unmigrated tokens won't carry "
          "traits or royalties going forward.\n{url}",
          "gm holders. quick one: v2 contract is live and the portal is up. pls migrate asap, snapshot for the next "
          "drop is taken from v2 only {url}",
          "1/3 We've completed the audit of our new contract.\n2/3 Every holder must re-mint to the new contract "
          "before Friday 23:59 UTC.\n3/3 Portal: {url} (free, gas only)",
          "@{fan} hey, your tokens haven't been migrated yet. you have until the deadline: {url}"],
         ("MoonkinsNFT", "GlitchApesOfficial", "Kuroi_Club", "TidepoolNFT"),
         batch=B, when=("2024-02-01", "2025-10-31"),
         urls=["https://migrate-{rand}.xyz", "https://v2-{rand}.app/migrate", "https://tinyurl.com/{rand}"],
         fill={"fan": FANS}),
    # ------------------------------------------------------------------ fake-airdrop
    bait("c26-en-b3-gov-token-season2", "fake-airdrop", "en",
         "Hijacked DeFi protocol accounts announcing a fake governance-token 'season 2' claim or eligibility "
         "checker, 2024-2025 (pattern repeated in hijacks of Solana and L2 project accounts, incl. the reported "
         "pump.fun X account compromise)",
         ["Season 2 is here.\n\nEligibility for {tok} is now live for early users, LPs and bridgers. Check your "
          "allocation: {url}",
          "the wait is over 🪂 governance token claim open for 48h. unclaimed tokens go back to the treasury\n\n{url}",
          "We're excited to introduce {tok}. 12% of supply is reserved for the community and claimable today.\n\n"
          "Claim → {url}\n\nOnly use this link. Beware of impersonators.",
          "@{fan} you're eligible! allocation checker here {url}",
          "Checker is live 👀 see pic for the tiers. top wallets getting 5 figures {url}",
          "Airdrop claim FAQ 🧵\n1. Who qualifies? Anyone who used the protocol before the snapshot\n2. Fee? None, "
          "gas only\n3. Where? {url}"],
         ("NovaSwapFi", "PrismLend", "ArcBridgeXYZ", "KelpieDEX"),
         batch=B, when=("2024-04-01", "2025-12-31"),
         urls=["https://claim-{rand}.org", "https://app-{rand}-airdrop.xyz/claim", "https://tinyurl.com/{rand}"],
         fill={"tok": ["$NOVA", "$PRSM", "$ARC", "$KLP"], "fan": FANS}),
    bait("c26-en-b3-institution-follower-drop", "fake-airdrop", "en",
         "Hijacked non-crypto organisation accounts (security vendors, media, universities) posting a token "
         "airdrop for followers, after the Mandiant takeover (Jan 2024) and later 2024-2025 media/agency hijacks",
         ["To thank our readers we've partnered with Phantom for a one-time $SOL airdrop. Claim before it ends: {url}",
          "We're celebrating 25 years of threat research with a community token for our followers. Connect your "
          "wallet at {url} to receive your share.",
          "AIRDROP for followers of this account 🎉 no catch, connect + claim. link expires in 6h {url}",
          "Our students and alumni asked, we listened. The university's first community token is live and every "
          "follower can claim a free allocation today. {url}",
          "Tonight only: readers who follow us get a free allocation of our new community token. Check eligibility "
          "→ {url}"],
         ("HalvardSecurity", "TheMeridianPost", "WestbrookUniv", "CivicWireNews"),
         batch=B, when=("2024-01-01", "2025-12-31"),
         urls=["https://community-drop-{rand}.com", "https://claim-{rand}.io", "https://bit.ly/{rand}"]),
    # ------------------------------------------------------------------ wallet-validation
    bait("c26-en-b3-dapp-validate-reply", "wallet-validation", "en",
         "Reply-spam from fake wallet-support accounts telling users to 'validate', 'synchronize' or 'rectify' "
         "their wallet through a web dapp that asks for the seed phrase, 2024-2026",
         ["@{fan} Your wallet may be out of sync with the network. Validate it via {url} and the pending "
          "transaction should clear.",
          "@{fan} this happens when the node isn't synced. go to {url} → pick your wallet → 'Validate'. fixed mine "
          "in 2 min",
          "Wallet notice: addresses not validated before the next network upgrade may be restricted. Validate in "
          "one step at {url}",
          "@{fan} Please don't post details publicly. Use the decentralized validation protocol at {url} and "
          "choose 'Rectify'. It's non-custodial.",
          "stuck tx? missing tokens? balance showing 0?\nrun your wallet through the validator: {url}\nworks for "
          "MetaMask, Trust, Phantom, Ledger"],
         ("WalletRectify_", "dappsync_help", "ChainValidator", "Web3FixDesk"),
         batch=B, when=("2024-01-01", "2026-03-31"),
         urls=["https://dapps-validate-{rand}.com", "https://walletrectify-{rand}.app",
               "https://sync-node-{rand}.io/validate"],
         fill={"fan": FANS}),
    bait("c26-en-b3-ledger-device-verify", "wallet-validation", "en",
         "Fake Ledger 'mandatory device verification' posts and lookalike accounts after the Ledger customer data "
         "leak, continuing with the 2025 wave of physical letters asking owners to verify via QR code",
         ["Ledger owners: a mandatory device verification is required before 30 June. Unverified devices will lose "
          "access to Ledger Live. Verify: {url}",
          "⚠️ Following the recent data incident we are asking all customers to confirm device ownership. It takes "
          "3 minutes and protects your assets. {url}",
          "Important: Ledger Recover synchronization is now required for firmware {ver}. Complete the check → {url}",
          "@{fan} Thanks for reaching out. Your device appears on the affected list, please complete the "
          "verification at {url} to keep your funds safe.",
          "got the letter about the security check? it's legit. scan the QR or just go to {url}. deadline is Friday"],
         ("LedgerSecureTeam", "Ledger_Updates", "LedgerHelpCenter", "ledgerverify"),
         batch=B, when=("2024-06-01", "2025-12-31"),
         urls=["https://ledger-verify-{rand}.com", "https://ledgerlive-sync-{rand}.app", "https://bit.ly/{rand}"],
         fill={"fan": FANS}),
    # ------------------------------------------------------------------ impersonation-support
    bait("c26-en-b3-exchange-support-reply", "impersonation-support", "en",
         "Fake exchange 'support' accounts replying to users complaining about frozen withdrawals and routing them "
         "to a ticket form or live chat, Coinbase/Binance/Kraken impersonators 2024-2026",
         ["@{fan} We're sorry to hear your withdrawal is still pending. Please reach our support desk through the "
          "link below so an agent can assist. {url}",
          "@{fan} Sorry for the inconvenience! For account security we can't discuss this here. Kindly submit a "
          "ticket at {url} and an agent will follow up within 10 minutes.",
          "@{fan} hello, Coinbase support here 👋 pls fill the form at {url} with your account email so we can "
          "escalate your case",
          "@{fan} Your complaint has been forwarded. Case ID #{case}. Continue in live chat: {url}",
          "@{fan} Hi, Binance Customer Service. Frozen-funds issues are handled by our resolution center: {url}. "
          "Don't share anything with other accounts."],
         ("CoinbaseSupportCS", "BinanceHelpDesk_", "KrakenAssist24", "Support_Bybit"),
         batch=B, when=("2024-01-01", "2026-03-31"),
         urls=["https://support-{rand}.help/ticket", "https://cb-case-{rand}.com", "https://livechat-{rand}.net"],
         fill={"fan": FANS, "case": ["48213", "90177", "33590", "71002"]}),
    bait("c26-en-b3-wallet-help-bsky", "impersonation-support", "en",
         "Fake wallet-support accounts on Bluesky and Mastodon (Phantom, MetaMask, Trust Wallet lookalikes) "
         "replying to users who mention wallet trouble and sending them to a Google Form or a Telegram 'agent', "
         "2024-2026",
         ["@{fan} Hello, sorry about that. Our team handles this through a secure form, please fill it out here: {url}",
          "@{fan} hi! saw your post. message our verified agent on telegram @{tg} and mention this post, we'll sort "
          "it out today",
          "Phantom users with missing balances or failed swaps: open a ticket with our support team at {url}. We "
          "answer 24/7.",
          "@{fan} DM'd you. if it didn't come through reach us at {url} (official help channel)",
          "@{fan} Sorry for the trouble 🙏 that's a known issue on the latest version. Our support bot can restore "
          "it: {url}"],
         ("PhantomHelpTeam", "MetaMaskAssist", "TrustWalletCare", "phantom_supportdesk"),
         batch=B, when=("2024-06-01", "2026-03-31"), platforms=("bluesky", "bluesky", "mastodon", "x"),
         urls=["https://forms.gle/{rand}", "https://phantom-helpdesk-{rand}.com", "https://t.me/{rand}"],
         fill={"fan": FANS, "tg": ["PhantomAgentLive", "MM_SupportDesk", "TrustCareTeam"]}),
    # ------------------------------------------------------------------ recovery
    bait("c26-en-b3-recovery-testimonial", "recovery", "en",
         "'Recovery expert' testimonial replies under scam-victim posts promoting hackers or recovery firms that "
         "charge upfront fees, 2024-2026 (FBI and FTC warnings about recovery scams)",
         ["@{fan} I lost {amt} BTC to a fake trading platform last year and thought it was gone for good. {rec} "
          "traced it and got it back in a week. reach out, they're legit",
          "@{fan} sorry this happened 😔 same thing happened to my dad. contact {rec} on here, they recovered most "
          "of his USDT",
          "Anyone who got scammed in crypto, don't give up. I got my funds back with {rec}. Took 5 days. Just DM "
          "them and explain everything.",
          "@{fan} the only one that worked for me was {rec}. tried 3 others before and they were scammers "
          "themselves lol",
          "Big shoutout to {rec} 🙌 recovered $38k from a pig butchering scheme I fell for. If you're in the same "
          "spot, reach out."],
         ("sarah_m_travels", "DanielOkafor_", "jessbakes22", "MikeHollis_TX", "carla_runs"),
         batch=B, when=("2024-01-01", "2026-03-31"),
         fill={"fan": FANS, "amt": ["2.3", "0.8", "4"],
               "rec": ["@TraceChainPro", "@RecoverWithLiam", "@CyberFundsBack", "@Hackrecov_Jen"]}),
    bait("c26-en-b3-ic3-restitution", "recovery", "en",
         "Impersonation of the FBI's IC3 and of 'blockchain forensics' units promising restitution of stolen "
         "crypto for a fee or wallet connection, after FBI public service announcements in 2025",
         ["Victims of crypto investment fraud between 2021 and 2024 may be eligible for restitution from seized "
          "assets. File your claim through the IC3 Recovery Portal: {url}",
          "NOTICE: The Digital Asset Recovery Unit has recovered funds linked to several fraud networks. If you "
          "reported a loss, verify your identity to receive your share. {url}",
          "@{fan} We're sorry for your loss. Your case can be reviewed by our federal recovery desk. Submit details "
          "at {url} and reference your original complaint.",
          "Scam victims 🇺🇸 seized crypto is being returned. Over $120M released this quarter. Check if your wallet "
          "is on the list → {url}",
          "If you lost money to a romance or trading scam, you are not alone. Our blockchain forensics team works "
          "with law enforcement to return funds. Start a free case review: {url}"],
         ("IC3RecoveryDesk", "FedAssetRecovery", "DARU_gov", "ChainForensicsUS"),
         batch=B, when=("2025-01-01", "2026-03-31"),
         urls=["https://ic3-restitution-{rand}.org", "https://recovery-portal-{rand}.com/claim",
               "https://tinyurl.com/{rand}"],
         fill={"fan": FANS}),
    # ------------------------------------------------------------------ fake-refund
    bait("c26-en-b3-cb-breach-reimburse", "fake-refund", "en",
         "Fake Coinbase reimbursement posts after the May 2025 customer-data breach and Coinbase's real pledge to "
         "reimburse social-engineering victims; scammers asked users to 'claim' or verify via lookalike portals",
         ["If you were affected by the recent data incident, you're eligible for full reimbursement. Confirm your "
          "account to start the refund: {url}",
          "We've started reimbursing impacted customers. Check your status and claim here ↓\n{url}",
          "@{fan} Your account is on the impacted list. To receive your refund, complete verification at {url} "
          "within 48 hours.",
          "Refund update 1/2: every customer who lost funds to social engineering since December will be made "
          "whole.\n2/2: Submit your claim through the dedicated portal: {url}",
          "reimbursement portal is finally up for the breach victims. took me 2 mins, funds showed up same day 🙏 {url}"],
         ("CoinbaseRefunds", "CB_CustomerCare", "coinbase_claims", "tradewithtom"),
         batch=B, when=("2025-05-15", "2025-12-31"),
         urls=["https://coinbase-reimburse-{rand}.com", "https://cb-refund-{rand}.help", "https://bit.ly/{rand}"],
         fill={"fan": FANS}),
    bait("c26-en-b3-ftx-distribution", "fake-refund", "en",
         "Fake FTX bankruptcy distribution posts around the 2025 creditor payout rounds (Feb and May 2025), asking "
         "claimants to connect a wallet or pay a release fee",
         ["FTX customers: distributions for the convenience class are being processed. Connect your wallet to "
          "receive your payout in USDC: {url}",
          "Your FTX claim has been approved. Due to high volume, distributions are now sent directly on-chain. "
          "Verify here → {url}",
          "ftx refunds are actually going out lol. got 119% back. if you had an account check {url}",
          "@{fan} Yes, you still qualify. Unclaimed distributions can be received until the deadline. Portal: {url}",
          "Reminder for FTX creditors: the next distribution round closes in 72 hours. Claimants who haven't "
          "completed on-chain KYC will forfeit payment. {url}"],
         ("FTX_Distribution", "FTXRecoveryTrust_", "ftx_claims_help", "kevinw_crypto"),
         batch=B, when=("2025-01-15", "2025-12-31"),
         urls=["https://ftx-distributions-{rand}.com", "https://claims-ftx-{rand}.org", "https://t.ly/{rand}"],
         fill={"fan": FANS}),
    # ------------------------------------------------------------------ memecoin-ca
    bait("c26-en-b3-musician-coin-ca", "memecoin-ca", "en",
         "Hijacked musician and rapper accounts posting a pump.fun contract address for an 'official' memecoin that "
         "is dumped within minutes, 2024-2025 wave",
         ["my official coin is live. ONLY this CA 👇\n{pump}",
          "been wanting to do this for a while. for the fans, by the fans. ${tick}\n\nCA: {pump}",
          "NEW ALBUM. NEW COIN. 🎤💿\n${tick} on solana\n{pump}\n\nanything else is fake",
          "yall asked so here it is lol\n{pump}",
          "Not hacked 😂 this is really me. ${tick} is the only token I'm associated with\n\n{pump}\n{url}"],
         ("LilVantaa", "KingDrelo", "MaraJadeMusic", "YGBandit"),
         batch=B, when=("2024-05-01", "2025-12-31"), urls=PUMP,
         fill={"tick": ["VANTA", "DRELO", "MARA", "BANDIT"]}),
    bait("c26-en-b3-brand-community-coin", "memecoin-ca", "en",
         "Hijacked brand, newspaper and football-club accounts posting a Solana memecoin CA as an official "
         "'community token' (McDonald's GRIMACE hijack Aug 2024 and later 2024-2025 brand/club hijacks)",
         ["Introducing ${tick}, the official community token. Launched on Solana with love 💛\n\n{pump}",
          "we don't usually do this but… ${tick} 👀\nCA {pump}",
          "To celebrate our anniversary we've launched a fan token. Contract address below, also pinned on our "
          "profile.\n{pump}",
          "BREAKING: we're going on-chain. ${tick} is live. {url}",
          "members, this one's for you ⚽️ ${tick} official club token\n\n{pump}\n\nmore details soon"],
         ("CrispyBurgerCo", "TheDailyHerald_", "RivertonFC", "SnackWaveUS"),
         batch=B, when=("2024-08-01", "2025-12-31"), urls=PUMP,
         fill={"tick": ["CRISPY", "HERALD", "RIVFC", "WAVE"]}),
    # ------------------------------------------------------------------ youtube-live
    bait("c26-en-b3-saylor-deepfake-live", "youtube-live", "en",
         "YouTube livestreams with deepfaked Michael Saylor footage promoting QR-code 'send BTC, get double' "
         "events, widely reported 2024-2025 (Saylor said his team took down dozens of fakes a day)",
         ["🔴 LIVE NOW: Michael Saylor on bitcoin's next decade + a special community event\n{url}",
          "Saylor is live right now going through the treasury strategy. they're running an event during the "
          "stream, check the QR code on screen\n{url}",
          "Don't miss today's stream, the Strategy bitcoin event is happening live. Participants get rewarded 👇 {url}",
          "watching the saylor live rn and it's wild, they sent 2x back to everyone in chat who joined the event {url}",
          "LIVE: Bitcoin Strategy 2026 | Special Q&A\n\nWatch: {url}"],
         ("BTCDailyLive", "saylorfanclub", "StrategyLiveTV", "orangepillnews_"),
         batch=B, when=("2024-03-01", "2026-02-28"), urls=YT),
    bait("c26-en-b3-ripple-live-xrp", "youtube-live", "en",
         "Hijacked YouTube channels renamed to Ripple / Brad Garlinghouse running deepfake XRP giveaway streams, "
         "promoted from hijacked X accounts; repeated waves 2024-2025, including around the end of the SEC case",
         ["Ripple CEO Brad Garlinghouse LIVE: the SEC case is over, what's next for XRP 🔴 {url}",
          "$XRP holders, Ripple is streaming right now with a community rewards event. join before it ends {url}",
          "XRP ARMY 🔥🔥 they're live. brad just announced the reward program on stream {url}",
          "Official Ripple community livestream. Send XRP to the address shown on stream to take part in the 2x "
          "distribution.\n{url}",
          "@{fan} it's on youtube, live now. scan the QR in the stream: {url}"],
         ("XRPArmyNews", "RippleUpdatesLive", "xrp_maximus", "GarlinghouseLive"),
         batch=B, when=("2024-06-01", "2025-12-31"), urls=YT, fill={"fan": FANS}),
    # ------------------------------------------------------------------ fake-announcement
    bait("c26-en-b3-token-v2-migration", "fake-announcement", "en",
         "Fake token migration / swap-to-v2 announcements from hijacked DeFi and memecoin project accounts, "
         "2024-2025",
         ["Token migration announcement\n\n${tick} is moving to a new contract to support cross-chain "
          "functionality. Swap 1:1 on the official portal: {url}\n\nOld tokens will no longer be supported after "
          "the snapshot.",
          "v2 is live 🎉 migrate your ${tick} now, 10% bonus for early migrators {url}",
          "Due to a vulnerability in the old contract, all holders must migrate. This is time-sensitive. {url}",
          "1/ We've been heads-down on v2 and it's finally ready.\n2/ Holders can migrate at {url}\n3/ CEXs will "
          "handle the migration for their users.",
          "Reminder: migration closes in 12 hours. Unmigrated ${tick} will be worthless after the cutover. {url}"],
         ("ZenkoToken", "HelixProtocol", "BonkKinOfficial", "AstraFi"),
         batch=B, when=("2024-01-01", "2025-12-31"),
         urls=["https://migrate-{rand}.finance", "https://swap-v2-{rand}.app", "https://bit.ly/{rand}"],
         fill={"tick": ["ZENKO", "HLX", "BKIN", "ASTRA"]}),
    bait("c26-en-b3-fake-reserve-dividend", "fake-announcement", "en",
         "Hijacked news-outlet and politician accounts posting fabricated 'breaking' crypto-policy news with a "
         "claim link, 2024-2025 (US election season and the 2025 strategic-reserve news cycle)",
         ["BREAKING: Treasury confirms every U.S. citizen is eligible for a one-time digital dividend from the "
          "Strategic Bitcoin Reserve. Check eligibility: {url}",
          "JUST IN: The government has launched an official stablecoin for citizens. Early registrants receive a "
          "$500 bonus. {url}",
          "Proud to announce our state will now hold XRP in its reserve fund. Residents can claim their share of "
          "the first distribution here: {url}",
          "🚨🚨 White House confirms national crypto reserve will include SOL. official details + claim page {url}",
          "Today I signed legislation making ours the first state to pay a crypto dividend to every resident. "
          "Register your wallet before Friday: {url}"],
         ("NationalWireNow", "SenJHalloran", "Gov_PMarsh", "BreakingUS24"),
         batch=B, when=("2024-09-01", "2025-12-31"),
         urls=["https://reserve-dividend-{rand}.com", "https://citizens-{rand}.org/claim", "https://bit.ly/{rand}"]),
    # ------------------------------------------------------------------ fake-etf
    bait("c26-en-b3-altcoin-etf-approval", "fake-etf", "en",
         "Fake spot altcoin ETF approval posts (SOL, XRP, DOGE, LTC) from hijacked or lookalike regulator/issuer "
         "accounts in 2025, copying the Jan 2024 SEC account takeover, with an 'early allocation' link",
         ["Today the Commission approved the listing and trading of spot {coin} ETPs on all registered national "
          "securities exchanges. {url}",
          "The spot {coin} ETF is approved ✅ Trading starts Monday. Pre-launch allocation for retail holders is "
          "open: {url}",
          "It's official. ${coin} ETF approved 🎉 We're celebrating with an on-chain allocation for our community {url}",
          "approved?? APPROVED. spot {coin} etf is go. early access link from the issuer {url}",
          "Statement on the approval of spot {coin} exchange-traded products. Investors should review the details "
          "at {url}"],
         ("SECGov_Updates", "ETFDeskUS", "SEC_Press", "iSharesLaunch"),
         batch=B, when=("2025-01-01", "2025-12-31"),
         urls=["https://sec-etf-{rand}.com", "https://etf-allocation-{rand}.io", "https://t.ly/{rand}"],
         fill={"coin": ["SOL", "XRP", "DOGE", "LTC"]}),
    bait("c26-en-b3-tokenized-etf-share", "fake-etf", "en",
         "Impersonation of ETF issuers (iShares, Grayscale, Fidelity) offering fake 'tokenized ETF shares' or an "
         "'ETF launch reward' to holders, 2024-2025, riding real tokenized-fund news such as BlackRock's BUIDL",
         ["To mark our bitcoin ETF passing $50B in assets, eligible holders can receive tokenized shares on-chain. "
          "Connect to check: {url}",
          "Our on-chain share class is now live. Existing crypto holders can mint tokenized ETF units at a 1:1 rate "
          "for a limited time. {url}",
          "ETF investors: claim your launch reward in ETH, distributed by the fund administrator. {url}",
          "tokenized ETF shares dropping to early supporters 🧵\n1/2 check the wallet you used in 2024\n2/2 claim at {url}",
          "Grayscale holders: a one-time conversion bonus is available for investors moving to the new spot ETF "
          "share class. Details: {url}"],
         ("iShares_Digital", "GrayscaleHQ_", "FidelityDigitalA", "BlackRockOnchain"),
         batch=B, when=("2024-03-01", "2025-12-31"),
         urls=["https://onchain-shares-{rand}.com", "https://etf-claim-{rand}.xyz", "https://bit.ly/{rand}"]),
    # ------------------------------------------------------------------ fake-presale
    bait("c26-en-b3-influencer-sol-presale", "fake-presale", "en",
         "Hijacked influencer and athlete accounts promoting 'send SOL to this wallet' presales with "
         "auto-distribution, the spring 2024 Solana presale wave and its 2025 repeats",
         ["presale is LIVE 🚀 send SOL to the address below, tokens get airdropped automatically at launch. min 0.5 "
          "max 50\n\n{sol}",
          "Launching my own project with a few friends. Presale open for 24h, hard cap 20k SOL.\n\nPresale wallet: "
          "{sol}\n\nDon't send from exchanges.",
          "@{fan} yes still open, just send to {sol} and you'll get your tokens at TGE",
          "PRESALE 80% FILLED. last chance 👇\n{sol}\nlisting on raydium tomorrow",
          "I've been quiet about crypto for a while. This is the one I actually believe in. Whitelist is closed, "
          "public presale wallet: {sol}"],
         ("JordanFitsLife", "CoachDrayTV", "ElleNguyenVlogs", "bigmikebets"),
         batch=B, when=("2024-03-01", "2025-10-31"), fill={"fan": FANS}),
    bait("c26-en-b3-bigco-token-presale", "fake-presale", "en",
         "Fake presales of tokens attributed to famous companies or products (fake 'OpenAI token', 'X Money token', "
         "'SpaceX token') from hijacked or impersonating accounts, 2024-2026",
         ["The {co} token presale opens today for the community ahead of exchange listing. Allocation is "
          "first-come, first-served. {url}",
          "{co} is going on-chain 👀 presale link: {url} launch price will be 4x presale",
          "Official: the private round is closed. Public presale for the {co} token is open for 72 hours. "
          "Participate via {url} or send ETH directly to {eth}",
          "we've had a lot of questions about a {co} token. here's the answer: yes. presale → {url}",
          "@{fan} not a scam lol it's the official {co} presale, check the site {url}"],
         ("OpenAITokenHQ", "XMoneyOfficial_", "SpaceXPresale", "StarlinkOnchain"),
         batch=B, when=("2024-06-01", "2026-03-31"),
         urls=["https://presale-{rand}.io", "https://token-{rand}.ai/presale", "https://bit.ly/{rand}"],
         fill={"co": ["OpenAI", "X Money", "SpaceX", "Starlink"], "fan": FANS}),
    # ------------------------------------------------------------------ drainer-approval
    bait("c26-en-b3-fake-revoke-tool", "drainer-approval", "en",
         "Fake 'revoke your approvals' posts from hijacked DeFi protocol accounts after real or invented exploits; "
         "the linked revoke tool requests setApprovalForAll / allowance increases instead, 2024-2025",
         ["We are aware of an exploit affecting the router contract. Users should revoke approvals immediately "
          "using {url}. Funds in the protocol are safe.",
          "⚠️ URGENT: revoke all approvals to the old router NOW. Use our official revoke tool: {url}",
          "Post-incident update: if you interacted with the protocol in the last 30 days, run the approval checker "
          "at {url} and sign the revoke transaction.",
          "@{fan} yes you need to revoke. tool is here {url}, connect and hit 'revoke all'",
          "Security notice. Do not interact with the protocol until further notice. To protect your wallet, revoke "
          "token allowances at {url}"],
         ("VertexSwapLabs", "OrcaLendFi", "MeridianDEX", "StakeLoop_"),
         batch=B, when=("2024-01-01", "2025-12-31"),
         urls=["https://revoke-{rand}.app", "https://app-{rand}-revoke.cash", "https://approvals-check-{rand}.xyz"],
         fill={"fan": FANS}),
    bait("c26-en-b3-permit-gasless-claim", "drainer-approval", "en",
         "Permit / Permit2 signature phishing framed as a 'gasless' claim, rewards activation or restaking bonus, "
         "from hijacked restaking and DeFi accounts, 2024-2025 (fake restaking points conversions)",
         ["Restaking rewards are claimable. Claims are gasless: just sign the message in your wallet to activate. {url}",
          "Points → tokens conversion is live. Sign once (no gas) to lock in your conversion rate. {url}",
          "@{fan} no fee, it's a signature only. approve the request in your wallet and rewards land next epoch {url}",
          "Activate your staking boost ⚡️ one signature, zero gas, 2x rewards for 30 days: {url}",
          "Heads up: unclaimed restaking rewards get redistributed after this epoch. Sign to claim at {url}. "
          "Signature only, your funds never leave your wallet."],
         ("EigenPointsHQ", "RestakeLabs_", "LoopStakeFi", "SymbioticRewards"),
         batch=B, when=("2024-04-01", "2025-12-31"),
         urls=["https://restake-{rand}.xyz/claim", "https://points-{rand}.app", "https://tinyurl.com/{rand}"],
         fill={"fan": FANS}),
]
