"""Second blind test set (batch 4, never trained on, sealed): pos_en families.

English scam bait (label 1): two families for each of the 13 bait kinds, written as the posts appear in
2025-26 timelines (replies, threads, bare CA posts, shortened links, bare domains, "see pic" screenshots).
"""
from .pools import HIJACK_SRC, PUMP, YT, bait, ben  # noqa: F401

SHORT = ["https://bit.ly/{rand}", "https://t.ly/{rand}", "https://tinyurl.com/{rand}"]
REPLY_USERS = ["jake_trades", "sarah_onchain", "0xMaddie", "btc_dad_", "mike_holds_eth", "tinaw3b",
               "degen_dan22", "CryptoKaren_", "solanasam", "paulie_gm"]

FAMILIES = [
    # ------------------------------------------------------------------ doubling
    bait("c26-en-b2-dbl-reserve-celebration", "doubling", "en",
         "Hijacked verified political/business accounts running 'send BTC, get 2x back' after the US Strategic "
         "Bitcoin Reserve executive order (March 2025); the 2020 Twitter-hack doubling pattern resurfacing",
         ["To celebrate the Strategic Bitcoin Reserve being signed, I'm matching every BTC sent to my reserve "
          "address 2:1 for the next 60 minutes.\n\n{btc}\n\nMin 0.01 BTC, max {max} BTC. First come first served. "
          "God bless America 🇺🇸",
          "ok this is real, not a hack lol. reserve is official so im giving back. send btc to {btc} and i send "
          "back double within the hour. capping it at {max} btc total",
          "🚨 America is now holding Bitcoin 🇺🇸🇺🇸\n\nFor the next 30 min any BTC sent here comes back DOUBLED:\n"
          "{btc_tr}\n\nsent 0.1 → get 0.2\nsent 1 → get 2\n\nno DMs, only the address above",
          "1/3 A lot of you fought for this reserve. Time to return the favour 🧵\n\nWe're putting {amount} BTC of "
          "our own back out there. Every BTC sent to the address below gets returned 2x until {time}.\n\n{btc}",
          "Quick reminder the 2x is still running for ~20 more mins. Already paid out {paid} BTC. Address again: "
          "{btc_p2pkh}",
          "@{reply} yes it's legit, I just got my 0.5 back as 1.0 BTC 😳 address is {btc} hurry"],
         ("SenatorRickWaldron", "GovKellyHartman", "ReserveCaucusUS", "BrandtCapitalCEO", "MayorDanTorres"),
         batch=4, when=("2025-03-06", "2025-12-31"),
         fill={"max": ["50", "25", "100"], "amount": ["500", "1,000", "250"],
               "time": ["4pm ET", "6:00 PM EST", "midnight"], "paid": ["37.4", "112.9", "61.05"],
               "reply": REPLY_USERS}),
    bait("c26-en-b2-dbl-reply-sol-eth", "doubling", "en",
         "Blue-check lookalike accounts spamming replies under Elon Musk / crypto-founder posts offering to "
         "double SOL, ETH, DOGE or LTC sent to an address (2024-25)",
         ["@{target} 🎁 Celebrating the milestone. Sending back 2x of any SOL you send to:\n{sol}\nRunning until "
          "midnight UTC",
          "@{target} giving away 5,000 ETH to the community rn. send 0.1-20 ETH to {eth} and get 2x back "
          "instantly. see pic for proof of payouts",
          "@{target} doge to the moon 🐕🚀 double your DOGE: {doge}. min 1000 DOGE, refunds same block",
          "@{target} we did it 🙏 any SOL sent to the address gets returned double. already sent out 14k SOL. {sol}",
          "replying here bc the main post got rate limited: send ETH → {eth} → receive 2x. last 40 minutes. "
          "pinned proof in my media tab",
          "@{target} LTC holders dont sleep on this, 2x return on everything sent to {ltc} for the next hour only ⏳"],
         ("eIonmusk_gives", "ElonMusk_Rewards", "SpaceX_Event25", "elonmuskk_x", "Tesla_GiveBack", "cz_binancce"),
         batch=4, when=("2024-03-01", "2025-12-31"),
         fill={"target": ["elonmusk", "SpaceX", "Tesla", "cz_binance", "aeyakovenko", "VitalikButerin"]}),

    # ------------------------------------------------------------------ nft-drainer
    bait("c26-en-b2-nft-surprise-mint", "nft-drainer", "en",
         "Hijacked NFT artist and collection accounts posting 'surprise free mint' drainer links (recurring "
         "2024-25, after the Vitalik Buterin Sept 2023 takeover pattern)",
         ["surprise 👀\n\nfree mint for holders is live, 48h only, no wl needed\n\n{url}",
          "We've been cooking something for a long time. Genesis holders: your free companion piece is claimable "
          "now. Snapshot was taken yesterday. {url}\n\nSupply: {supply}. Gas only.",
          "gm. anniversary drop is LIVE. 1 per wallet, free (just gas). dont miss it, we're not doing a public "
          "round 🖤 {url}",
          "Deleting this in an hour. unannounced collab edition w/ {collab}, free for the first {supply} "
          "wallets ➡️ {url}",
          "Heads up, the mint page on our site was down so we moved it here: {url} — same contract, same free "
          "claim. sorry for the confusion fam",
          "see pic 🎨 the 1/1 holders asked, we listened. open edition for 24h, free. mint: {bare}"],
         ("mirelle_art", "GlitchGardenNFT", "0xTidalStudio", "VoidKidsNFT", "paloma_gen_art"),
         batch=4, when=("2024-01-01", "2025-12-31"),
         urls=["https://{rand}-mint.xyz/claim", "https://mint-{rand}.app", "https://zora-{rand}.com/free-edition"]
         + SHORT,
         fill={"supply": ["3,333", "777", "1,000", "5,555"], "collab": ["Pudgy", "Azuki", "a very big brand 👀"],
               "bare": ["genesis-freemint.xyz", "claim.edition-drop.app", "voidkids-mint.com", "mint.tidal-studio.io"]}),
    bait("c26-en-b2-nft-commemorative-brand", "nft-drainer", "en",
         "Hijacked sports-club, musician and brand accounts posting a 'commemorative free NFT for fans' drainer "
         "link (2024-25 takeover wave)",
         ["To thank the best fans in the world we've minted {supply} commemorative championship NFTs. FREE to "
          "claim for the next 24 hours 🏆 {url}",
          "new album = new collectible 💿 first {supply} fans to claim get a free digital signed copy + early "
          "access to tour tix. {url}",
          "OFFICIAL: Our first ever digital collectible is here. Free to all fans. Claim yours before they're "
          "gone! #{tag} {url}",
          "we partnered with OpenSea for a fan drop 🙌 connect ur wallet to claim a free season pass NFT — holders "
          "get backstage raffle entries\n{url}",
          "100 years of history. One free collectible. Celebrate with us → {url}"],
         ("NorthbankFC", "LunaRayMusic", "HarboursideBrew", "TheVelvetHours", "CityRacersOfficial"),
         batch=4, when=("2024-02-01", "2025-12-31"),
         urls=["https://{rand}-fans.com/claim", "https://opensea-drop-{rand}.io", "https://collect-{rand}.xyz"]
         + SHORT[:1],
         fill={"supply": ["10,000", "5,000", "2,500"], "tag": ["FanDrop", "Since1925", "TourCollectible"]}),

    # ------------------------------------------------------------------ fake-airdrop
    bait("c26-en-b2-airdrop-hijacked-company", "fake-airdrop", "en",
         "Hijacked company and security-firm accounts announcing a token airdrop with an eligibility checker "
         "(Mandiant X takeover Jan 2024; tech-brand takeovers 2024-25)",
         ["We're excited to share that ${ticker} is live. Eligible users can check their allocation here: {url}"
          "\n\nSnapshot was taken on {date}. Claim window closes in 72h.",
          "Thank you for 10 years of support ❤️ As a token of appreciation we're airdropping ${ticker} to our "
          "community. Check eligibility 👇 {url}",
          "It's finally here: ${ticker}, our community token. 40% of supply goes to early users. Connect your "
          "wallet to see what you got: {url}",
          "update: due to high traffic the claim page was moved. new link {url} (old one is down). you have "
          "until {date} to claim your ${ticker}",
          "airdrop is live ✅ check if you're eligible → {bare}",
          "1/ Today we launch ${ticker} to decentralize the future of our platform. Details below 👇\n\n"
          "Unclaimed tokens will be redistributed after 7 days. {url}"],
         ("NimbusSecurity", "PixelForgeHQ", "Orbitly_app", "KestrelIntel", "LoopStudiosHQ"),
         batch=4, when=("2024-01-03", "2025-12-31"),
         urls=["https://{rand}-claim.com", "https://airdrop-{rand}.io/check", "https://claim.{rand}.xyz"] + SHORT,
         fill={"ticker": ["SHLD", "GUARD", "PIXL", "LOOP", "ORBT"], "date": ["Jan 2", "March 14", "last Friday"],
               "bare": ["nimbus-airdrop.com", "claim-pixl.xyz", "orbitly-token.app/claim"]}),
    bait("c26-en-b2-airdrop-season-reply", "fake-airdrop", "en",
         "Fake 'Season 2 / second airdrop' claim links in replies impersonating Hyperliquid, Berachain, Pudgy "
         "Penguins $PENGU, Jupiter and other 2024-25 airdrops",
         ["@{target} Season 2 is live 🎁 holders and active traders can claim their second allocation here: "
          "{url}",
          "@{target} u got left out of the first drop? they opened a late claim for wallets that missed snapshot. "
          "{url} took me 2 mins",
          "${ticker} S2 CLAIM LIVE 🔥🔥\neligibility checker: {bare}\nends in 24h, unclaimed gets burned",
          "@{target} yes the official retro claim is up, link's in the pinned of the announcement account but "
          "here it is {url}",
          "second airdrop confirmed for {drop} 😭 go go go {url}"],
         ("hyperliquid_S2", "BeraClaims", "PenguDrop_", "JupAirdropInfo", "retro_alpha_"),
         batch=4, when=("2024-12-01", "2026-03-31"),
         urls=["https://{rand}-season2.xyz", "https://claim-{rand}.app", "https://hyperliquid-{rand}.com/s2"]
         + SHORT[:2],
         fill={"target": ["HyperliquidX", "berachain", "pudgypenguins", "JupiterExchange", "MagicEden"],
               "ticker": ["HYPE", "BERA", "PENGU", "JUP", "ME"],
               "drop": ["Hyperliquid users. just connected my wallet and got 4,210 $HYPE",
                        "Berachain testnet users. just connected my wallet and got 812 $BERA",
                        "Pudgy holders. just connected my wallet and got 12,500 $PENGU"],
               "bare": ["s2-hyperliquid.xyz", "pengu-claim.com", "jup-retro.app"]}),

    # ------------------------------------------------------------------ wallet-validation
    bait("c26-en-b2-validate-ledger-metamask", "wallet-validation", "en",
         "Fake 'mandatory wallet verification' notices impersonating Ledger and MetaMask (Ledger letter and "
         "email campaigns 2025, MetaMask fake KYC 2024-25)",
         ["Important: all Ledger devices must complete the new Transaction Check verification before {date}. "
          "Unverified devices may lose access to Ledger Live features. Verify here: {url}",
          "MetaMask users — as part of new compliance requirements, wallets that haven't completed verification "
          "will be restricted. It takes 2 minutes: {url}",
          "@{target} hi, this looks like a wallet sync issue. You need to validate your wallet so the node can "
          "re-index it: {url} (connect → validate → done)",
          "REMINDER ⚠️ wallet verification deadline is tomorrow. after that unverified wallets go into read-only "
          "mode. {bare}",
          "Your recovery phrase is NEVER requested by email or DM. The only place to verify it is our official "
          "portal: {url} 🔐",
          "see pic — this is the letter a lot of you got. yes it's real. scan the QR or go to {bare} to finish "
          "the check"],
         ("LedgerSupportTeam", "MetaMask_Verify", "Ledger_Helpdesk", "metamaskcompliance", "LedgerSecurityOps"),
         batch=4, when=("2024-06-01", "2026-02-28"),
         urls=["https://ledger-{rand}.com/verify", "https://metamask-{rand}.io/kyc", "https://{rand}-wallet-check.com"]
         + SHORT[2:],
         fill={"date": ["May 31", "the 15th", "June 30, 2025"], "target": REPLY_USERS,
               "bare": ["ledger-transactioncheck.com", "verify-metamask.app", "ledgerlive-secure.net"]}),
    bait("c26-en-b2-validate-chain-upgrade", "wallet-validation", "en",
         "'Validate / sync your wallet before the network upgrade' bait around chain upgrades (Ethereum Pectra "
         "May 2025, Solana/Phantom 2024-25), some asking a small deposit to 'verify ownership'",
         ["Pectra is live. Wallets that were not migrated need to be validated or balances may show as 0. "
          "Validate: {url}",
          "to confirm ownership of your wallet for the upgrade, send 0.01 ETH from it to the verification address "
          "below. it's returned together with your migrated balance.\n\n{eth}",
          "Phantom users: after the network upgrade some SOL accounts are desynced. Rectify in one click → {url}",
          "if your wallet shows the wrong balance after the upgrade dont panic. run the validation tool at {bare} "
          "and it re-syncs",
          "@{target} this is a known RPC desync. go to {url} → select wallet → Validate. fixes it 99% of the time",
          "Ownership check for the {chain} migration: send any amount (min 0.05 SOL) from your wallet to {sol}. "
          "Self-verified wallets keep priority status."],
         ("PectraUpgradeInfo", "PhantomSync", "wallet_rectify", "EthUpgradeDesk", "SolanaStatusHelp"),
         batch=4, when=("2024-09-01", "2025-12-31"),
         urls=["https://pectra-{rand}.org/validate", "https://dapp-{rand}.app/rectify", "https://{rand}-walletsync.com"],
         fill={"chain": ["Solana", "Phantom", "Solana v2"], "target": REPLY_USERS,
               "bare": ["walletvalidate.org", "rectify-node.app", "pectra-sync.io"]}),

    # ------------------------------------------------------------------ impersonation-support
    bait("c26-en-b2-support-coinbase-safe-wallet", "impersonation-support", "en",
         "Fake Coinbase support after the May 2025 Coinbase customer-data breach: 'your account is affected, "
         "continue on our portal / move funds to a secure vault'",
         ["@{target} Hi, we're sorry to hear that. For your security please don't share details publicly. Our "
          "team has opened a case for you, continue here: {url}",
          "@{target} We've flagged unusual logins on accounts affected by the recent data incident. To protect "
          "your balance please move it to your assigned secure vault: {btc} — case ID {case}",
          "Coinbase Support: if you were contacted about the data incident, please confirm your account at {url}. "
          "Never share your 2FA codes with anyone.",
          "@{target} hey that sounds frustrating 😕 pls DM us your email + a screenshot of the issue and an agent "
          "will reach out shortly. ^{init}",
          "@{target} Funds on affected accounts are being moved to protected cold storage. Send the balance to "
          "the case address below and it will be credited back once the review completes (24-48h).\n{eth}"],
         ("CoinbaseSupportHQ", "CBSupport_Help", "coinbase_care", "CoinbaseAssist24"),
         batch=4, when=("2025-05-15", "2026-01-31"),
         urls=["https://coinbase-{rand}.com/case", "https://help-cb-{rand}.net", "https://{rand}.coinbasecase.support"],
         fill={"target": REPLY_USERS, "case": ["CB-88213", "#4410927", "CB-2025-77140"], "init": ["JM", "AK", "RS"]}),
    bait("c26-en-b2-support-wallet-ticket", "impersonation-support", "en",
         "Fake wallet/exchange 'support' replies sending users to Google Forms, Telegram handles or fake "
         "live-chat sites (MetaMask, Trust Wallet, Binance, Phantom support impersonation, 2024-25)",
         ["@{target} Sorry for the trouble! Please submit a ticket through our support form so a team member can "
          "look into it: {url}",
          "@{target} heya, this is a known issue with the latest version. reach out to our live chat and they'll "
          "sort it out in minutes {bare}",
          "@{target} We understand your concern. Kindly message our help desk on Telegram @{tg} with your wallet "
          "address and issue description.",
          "@{target} hi, i had the exact same problem last week. contacted their support via this link and they "
          "fixed it same day {url} 🙏",
          "@{target} Thank you for reaching out to {brand} Support. For faster assistance, kindly fill out the "
          "form below. ⬇️\n{url}"],
         ("TrustWalletCare", "PhantomHelpDesk", "MetaMaskSupportTeam", "BinanceHelp_24", "WalletAssistLive"),
         batch=4, when=("2024-01-01", "2026-03-31"),
         urls=["https://forms.gle/{rand}", "https://docs.google.com/forms/d/e/{rand}/viewform",
               "https://{rand}-support.web.app", "https://livechat-{rand}.com"],
         fill={"target": REPLY_USERS, "tg": ["TrustWalletHelpDesk", "PhantomSupport_Bot", "MetaMaskLiveAssist"],
               "brand": ["Trust Wallet", "Phantom", "MetaMask", "Binance"],
               "bare": ["walletsupport-live.com", "phantom-helpcenter.app", "trustwallet-chat.net"]}),

    # ------------------------------------------------------------------ recovery
    bait("c26-en-b2-recovery-testimonial", "recovery", "en",
         "'I got my stolen crypto back thanks to @X' testimonial replies advertising fake recovery hackers under "
         "scam victims' posts (2024-25)",
         ["@{target} so sorry this happened. same thing happened to me in march, lost 2.3 BTC to a fake "
          "investment site. @{fixer} got it all back in 3 days, reach out to them",
          "@{target} DON'T give up!! I thought my USDT was gone forever but {fixer} traced the wallet and "
          "recovered everything. they're legit 💯",
          "@{target} bro contact {fixer} on telegram, they helped my cousin after the drainer took his whole "
          "wallet. no upfront fee",
          "Lost crypto to a scam? Hacked wallet? Locked account? We recover it. 100% success rate. DM us or reach "
          "out at {bare} 📩 #cryptorecovery #scamrecovery",
          "@{target} sorry for your loss. i was in the same spot. {fixer} is the only one who actually delivered, "
          "recovered 90% of my ETH"],
         ("linda_m_roberts", "grateful_greg84", "ChainTraceRecovery", "jenny_hodl_", "RecoverWithMark"),
         batch=4, when=("2024-01-01", "2026-03-31"),
         fill={"target": REPLY_USERS,
               "fixer": ["ChainTraceRecovery", "Recover_WithMark", "DigitalAssetRetrieval", "cybergeek_recovers"],
               "bare": ["recoverfunds-pro.com", "assetretrieval-desk.net", "chaintrace-recovery.org"]}),
    bait("c26-en-b2-recovery-fake-lawfirm", "recovery", "en",
         "Fake law firms / 'regulator-affiliated' fund-recovery services charging a release fee in USDT-TRC20 "
         "(FBI IC3 warnings about fake recovery law firms, 2024-25)",
         ["Victims of crypto investment fraud: our firm works with international regulators to recover stolen "
          "assets. Free case evaluation → {url}",
          "Update for case holders: your recovered funds ({amt} USDT) are ready for release. The compliance fee "
          "must be settled to the escrow wallet before transfer. TRC20: {trx}",
          "Were you scammed by a fake trading platform? We've recovered over $40M for clients this year. "
          "Licensed. Confidential. {url}",
          "@{target} Sorry to hear this. Our asset recovery desk handles cases like yours every day. Send us a DM "
          "with your transaction hashes and we'll open a file.",
          "FINAL NOTICE to registered claimants: release of seized funds begins {date}. To be included, complete "
          "verification and pay the processing fee (TRC20 USDT only) to {trx}"],
         ("HartwellLegalAssets", "GlobalFundsRecoveryLaw", "SterlingRecoveryGrp", "AssetRecoveryBureau"),
         batch=4, when=("2024-03-01", "2026-03-31"),
         urls=["https://hartwell-{rand}.com/case", "https://{rand}-recoverylaw.com", "https://fundsrecovery-{rand}.org"],
         fill={"amt": ["48,200", "12,750", "131,900"], "target": REPLY_USERS,
               "date": ["Monday", "March 3", "the 28th"]}),

    # ------------------------------------------------------------------ fake-refund
    bait("c26-en-b2-refund-ftx", "fake-refund", "en",
         "Fake FTX creditor distribution portals after FTX repayments began in Feb 2025 (and Mt. Gox repayment "
         "phishing in 2024)",
         ["FTX distributions are now live 📢 Customers with approved claims can connect their wallet to receive "
          "their payout directly: {url}",
          "If you had funds on FTX you're owed money. The claims portal is open again for late claimants until "
          "{date}. {url}",
          "Mt. Gox creditors: repayments are being processed in batches. Check if your wallet is in the current "
          "batch → {bare}",
          "ftx payout hit my wallet in like 10 mins lol. didn't think i'd ever see that money again. claim here "
          "if you had an account {url}",
          "Second distribution round: creditors who have not yet received payment can claim their refund (in "
          "USDC) at {url}. Identity check must be completed first."],
         ("FTX_Distributions", "ftx_claims_team", "MtGoxRepayments", "FTXcreditorsInfo", "ftx_refund_desk"),
         batch=4, when=("2024-07-01", "2025-12-31"),
         urls=["https://ftx-{rand}.com/claims", "https://claims-ftx{rand}.net", "https://{rand}-ftxrefund.io"] + SHORT,
         fill={"date": ["June 30", "the end of the month", "Friday"],
               "bare": ["mtgox-repay.com", "gox-creditors.net", "mtgoxclaims.io"]}),
    bait("c26-en-b2-refund-exploit-victims", "fake-refund", "en",
         "Hijacked protocol/exchange accounts and lookalikes offering 'compensation' to exploit victims (after "
         "the Bybit hack Feb 2025, WazirX July 2024 and other 2024-25 exploits)",
         ["Update on the incident: all affected users will be fully compensated. Please verify your wallet "
          "through the compensation portal to receive your refund: {url}",
          "We are deeply sorry. Users impacted by today's exploit can now claim 100% of their lost funds + 10% "
          "goodwill bonus here: {url}",
          "refund portal is live for everyone hit by the exploit. connect the affected wallet and sign to "
          "confirm. {bare}",
          "@{target} Hi, your wallet is on the list of affected addresses. You can claim your reimbursement now "
          "at {url}",
          "🛡️ Compensation Program Phase 1\n\n✔ Affected users: 100% reimbursed\n✔ Claim deadline: {date}\n"
          "✔ Gas fees covered\n\n→ {url}",
          "To receive your refund, send a 0.02 ETH verification transfer from the affected wallet to our "
          "recovery contract: {eth}. This confirms ownership."],
         ("Bybit_Compensation", "wazirx_refunds", "ArcadiaSwap", "MeridianFinance", "BybitRecoveryTeam"),
         batch=4, when=("2024-07-18", "2025-12-31"),
         urls=["https://compensation-{rand}.com", "https://{rand}-refund.app", "https://claim-{rand}.finance"],
         fill={"target": REPLY_USERS, "date": ["March 15", "72h from now", "end of week"],
               "bare": ["bybit-compensation.com", "refund-portal.app", "exploit-claims.xyz"]}),

    # ------------------------------------------------------------------ memecoin-ca
    bait("c26-en-b2-ca-hijacked-celebrity", "memecoin-ca", "en",
         "Hijacked celebrity and athlete accounts posting a pump.fun token contract address (2024-25 wave of "
         "takeovers of musicians', athletes' and actors' X accounts)",
         ["${ticker} is officially here 🚀\n\nCA: {pump}\n\nthis is the only one. dont buy fakes",
          "yall been asking so here it is. my coin. {pump}",
          "not financial advice but i launched a thing 😂 ${ticker}\n{pump}\n{url}",
          "I never do this. But I believe in this community. ${ticker} on Solana.\n\n{pump}\n\nLFG 🏀",
          "{pump}",
          "ok fine the fans won. ${ticker} live now on pump 💚 ca in bio and here: {pump}"],
         ("JaylenCrossOfficial", "DJ_Marisol", "TreyVaughnMusic", "KaylaBrooksTV", "marcus_vell11"),
         batch=4, when=("2024-04-01", "2026-03-31"), urls=PUMP,
         fill={"ticker": ["SHOTCLOCK", "DRIPZ", "MVPZ", "RIZZMAS", "TREY"]}),
    bait("c26-en-b2-ca-official-political", "memecoin-ca", "en",
         "Impersonator and hijacked accounts posting 'official' political tokens after the $TRUMP / $MELANIA "
         "launches (Jan 2025) and the $LIBRA affair (Feb 2025)",
         ["The OFFICIAL {who} coin is now live on Solana. Join the movement 🇺🇸\n\n{pump}",
          "BREAKING: {who} just endorsed ${ticker}. CA 👇\n{pump}\nchart: {url}",
          "this one is actually real, posted from the verified account (see pic). ${ticker}\n\n{pump}",
          "A private project to boost the economy and fund small businesses and entrepreneurs. ${ticker}. "
          "Contract: {pump}",
          "we're so back. official ${ticker} — 80% locked, team tokens vested, no presale. CA {pump}"],
         ("OfficialMemeDesk", "TrumpCoin_Official", "VanceHQ_token", "libertad_token", "PatriotCoinNews"),
         batch=4, when=("2025-01-17", "2025-12-31"), urls=PUMP,
         fill={"who": ["Trump family", "Vance", "Milei", "Bukele"],
               "ticker": ["VANCE", "FIRSTLADY", "MAGA47", "LIBERTAD"]}),

    # ------------------------------------------------------------------ youtube-live
    bait("c26-en-b2-yt-saylor-live", "youtube-live", "en",
         "Hijacked YouTube channels streaming deepfake Michael Saylor / Elon Musk 'Bitcoin event' with a QR-code "
         "doubling address, promoted from hijacked X accounts (2024-25)",
         ["🔴 LIVE NOW: Michael Saylor on the future of Bitcoin + special event for viewers. Join before it ends: "
          "{url}",
          "Elon is live right now talking about BTC and doing a giveaway for everyone watching 😳 {url}",
          "LIVE: Tesla x SpaceX Bitcoin Summit {yr} — watch the full stream {url}",
          "they're doing the double event on the stream again, 40 min left. scan the QR on screen. {url}",
          "Bitcoin to $1M? Watch Saylor explain live + join the BTC giveaway (address shown on stream) {url} "
          "#Bitcoin #MSTR"],
         ("MicroStrategyLive", "SaylorEvents", "TeslaLiveEvent", "btc_summit_live", "StrategyTV_"),
         batch=4, when=("2024-01-01", "2026-03-31"), urls=YT,
         fill={"yr": ["2025", "2026"]}),
    bait("c26-en-b2-yt-xrp-garlinghouse", "youtube-live", "en",
         "Deepfake Brad Garlinghouse / Ripple 'XRP giveaway' livestreams on hijacked YouTube channels (2024-25, "
         "around the end of the SEC case and the XRP ETF filings)",
         ["Ripple is LIVE 🔴 celebrating the end of the SEC case. 100M XRP going back to the community during "
          "the stream: {url}",
          "Watch Brad Garlinghouse live now — XRP holders can participate in the event by sending to the address "
          "on screen: {xrp}\n{url}",
          "xrp army the stream is live!!! he confirmed the 2x return for the next hour 🚀 {url}",
          "LIVE: Ripple CEO on XRP ETF approval — special airdrop for viewers ⬇️ {url}",
          "for everyone asking the address from the livestream: {xrp} (send between 1,000 and 500,000 XRP, "
          "returns 2x)"],
         ("RippleLiveEvents", "XRP_CommunityNews", "GarlinghouseLive", "xrparmy_daily"),
         batch=4, when=("2024-06-01", "2025-12-31"), urls=YT),

    # ------------------------------------------------------------------ fake-announcement
    bait("c26-en-b2-ann-headofstate-btc", "fake-announcement", "en",
         "Hijacked head-of-state / government account announcing Bitcoin legal tender and a national reserve "
         "with a participation link or address (Paraguay President Santiago Pena's X account, June 2025, from "
         "memory; similar government-account hijacks)",
         ["Today {country} takes a historic step. Bitcoin is officially legal tender and we are launching a "
          "national BTC reserve. Citizens and friends of {country} can participate here: {url}",
          "BREAKING: The government has approved the National Bitcoin Reserve Act. Early participants in the "
          "reserve program receive a 2x allocation. Details: {url}",
          "We are proud to announce that {country} will accept Bitcoin for all state payments. To celebrate, a "
          "limited allocation of the reserve is open to the public {url}",
          "Official statement: the national reserve fund is now open for contributions in BTC. Address for "
          "contributions: {btc}. Contributors will receive government-backed bonds.",
          "historic day. legal tender. reserve. participation link below 🇵🇾🇵🇾\n{url}"],
         ("PresidencyPY_", "GovPressOffice", "MinistryFinanceGov", "PresidentialPressSec"),
         batch=4, when=("2025-06-01", "2025-12-31"),
         urls=["https://reserve-{rand}.gov.py.com", "https://{rand}-btcreserve.org", "https://nationalreserve-{rand}.io"]
         + SHORT[:1],
         fill={"country": ["Paraguay", "the Republic", "our nation"]}),
    bait("c26-en-b2-ann-newsroom-breaking", "fake-announcement", "en",
         "Hijacked newsroom / finance-media accounts posting fake 'breaking' corporate token launches with a buy "
         "or claim link (2024-25 takeovers of news and market-data accounts)",
         ["BREAKING: {company} confirms it will launch its own token on Solana next week. Early access allocation "
          "open now → {url}",
          "JUST IN: {company} to add Bitcoin to its balance sheet and airdrop shares of its crypto fund to "
          "customers. Read more: {url}",
          "🚨 {company} has officially partnered with the Ethereum Foundation. Commemorative token available for "
          "24h {url}",
          "Developing: {company} announces ${ticker}, its first digital asset. Registration for the public "
          "allocation closes tonight. {bare}",
          "EXCLUSIVE — Sources confirm {company} token launch today. Official contract address: {eth}"],
         ("DailyMarketWire", "BizNewsNow", "TheFinanceDesk", "MarketPulseLive", "WorldBusinessFeed"),
         batch=4, when=("2024-02-01", "2026-03-31"),
         urls=["https://{rand}-news.com/breaking", "https://token-{rand}.xyz", "https://allocation-{rand}.io"] + SHORT,
         fill={"company": ["Apple", "Amazon", "Nvidia", "Visa", "Netflix", "McDonald's"],
               "ticker": ["APPL", "AMZX", "NVAI", "VISX"],
               "bare": ["apple-token.io", "nvidia-allocation.com", "visa-digital.xyz"]}),

    # ------------------------------------------------------------------ fake-etf
    bait("c26-en-b2-etf-sol-xrp-approval", "fake-etf", "en",
         "Fake 'spot SOL/XRP ETF approved' posts with a commemorative token or launch bonus (2025, echoing the "
         "hijacked @SECGov fake BTC ETF approval of Jan 2024)",
         ["BREAKING: SEC approves spot {asset} ETF. Trading begins tomorrow. Holders eligible for ETF launch "
          "bonus: {url}",
          "It's official. The {asset} ETF got the green light 🟢 To celebrate, the issuer is airdropping to "
          "on-chain holders. check eligibility {url}",
          "spot {asset} ETF APPROVED 🚀🚀 see pic (SEC order). launch event live at {bare}",
          "Today the Commission approved the listing and trading of spot {asset} exchange-traded products. "
          "Investors can pre-register for allocation at {url}",
          "{asset} ETF approved → commemorative ETF token live on Solana, CA {pump}"],
         ("SECGov_News", "ETF_Approvals", "SEC_Newsroom", "etf_breaking", "SpotETFAlerts"),
         batch=4, when=("2025-01-20", "2025-12-31"),
         urls=["https://{rand}-etf.com/bonus", "https://sec-{rand}.org/etf", "https://etflaunch-{rand}.io"],
         fill={"asset": ["SOL", "XRP", "Solana", "LTC", "DOGE"],
               "bare": ["etf-launch-event.com", "solana-etf.app", "xrp-etf-bonus.org"]}),
    bait("c26-en-b2-etf-assetmanager-tokenized", "fake-etf", "en",
         "Impersonation of asset managers (BlackRock, Fidelity, VanEck) offering 'tokenized ETF shares' or "
         "on-chain IBIT allocations (2024-25, fake BUIDL tokens and asset-manager lookalike accounts)",
         ["iShares Bitcoin Trust shares are now available on-chain. Eligible wallets can claim a tokenized IBIT "
          "allocation for a limited time: {url}",
          "We're bringing ETFs to Ethereum. The first 10,000 wallets to register receive tokenized fund units at "
          "NAV. {url}",
          "@{target} yes, the on-chain share class is live. Register your wallet through our portal to receive "
          "units: {url}",
          "Tokenized {fund} subscription window open until {date}. Min. subscription 0.5 ETH to the fund's "
          "settlement wallet {eth}. Units are minted to the sending address.",
          "🔔 Now live: tokenized spot bitcoin ETF. Buy with BTC, hold on-chain, redeem anytime. Subscribe here "
          "➡️ {bare}"],
         ("BlackRockDigital", "iShares_Onchain", "FidelityDigital_", "VanEckTokenized"),
         batch=4, when=("2024-03-20", "2026-03-31"),
         urls=["https://ishares-{rand}.com/claim", "https://{rand}-tokenized.finance", "https://blackrock-{rand}.io"],
         fill={"target": REPLY_USERS, "fund": ["IBIT", "FBTC", "HODL ETF", "BUIDL"],
               "date": ["Friday", "April 30", "the 12th"],
               "bare": ["ibit-onchain.com", "tokenized-etf.finance", "fidelity-onchain.io"]}),

    # ------------------------------------------------------------------ fake-presale
    bait("c26-en-b2-presale-sol-send", "fake-presale", "en",
         "Influencer and hijacked accounts running 'send SOL to the presale wallet' raises (Solana presale mania "
         "of March 2024, continued 2024-25)",
         ["presale for ${ticker} is open 🫡\nsend SOL to {sol}\nmin 0.5 max 50\ntokens airdropped at launch. "
          "hardcap {cap} SOL",
          "Last call. Presale closes in 2 hours and we're at {pct}% of hardcap. Send SOL → {sol}. Every "
          "participant gets tokens + 20% bonus.",
          "we r raising for ${ticker} 🐸 no VCs, just community. presale wallet {sol} ... LP burned at launch, "
          "dont miss this one",
          "PSA: the ONLY presale wallet is {sol}. Anyone DMing you another address is a scammer. Stay safe 🛡️",
          "@{target} you're early fren. presale still open, send to {sol} and tokens hit your wallet at TGE"],
         ("solwhale_kev", "FROGZonSOL", "degenqueen_", "memelord_sol", "alpha_caller99"),
         batch=4, when=("2024-03-10", "2025-12-31"),
         fill={"ticker": ["FROGZ", "WIFCAT", "BONKERZ", "NUBZ"], "cap": ["5,000", "10,000", "2,500"],
               "pct": ["87", "92", "95"], "target": REPLY_USERS}),
    bait("c26-en-b2-presale-eth-ai-agent", "fake-presale", "en",
         "Fake presales of AI-agent and 'next big L2' tokens on ETH/BSC with whitelist links and presale wallets "
         "(AI-agent token hype, late 2024 to 2025)",
         ["Our AI agent has been trading autonomously for 60 days. ${ticker} presale is now open to the public. "
          "Whitelist: {url}",
          "🤖 ${ticker} PRESALE STAGE {stage} LIVE\nprice goes up next stage\nbuy with ETH/USDT: {url}",
          "Tier-1 CEX listing confirmed for ${ticker}. Presale participants get 3x at listing. send ETH (min 0.1) "
          "to {eth}",
          "if you missed virtuals this is your second chance. ${ticker} presale still open, audit done, KYC done. "
          "{bare}",
          "1/ why i'm all in on ${ticker} 🧵\n\ntl;dr: AI agents + real revenue + presale price is a joke rn. link "
          "at the end 👇 {url}"],
         ("AgentXPresale", "NexAI_official", "kortex_ai", "web3_alpha_hunter", "crypto_jules_"),
         batch=4, when=("2024-10-15", "2026-03-31"),
         urls=["https://{rand}-presale.io", "https://presale-{rand}.ai", "https://buy-{rand}.xyz/stage"] + SHORT[:1],
         fill={"ticker": ["AGNTX", "NEXAI", "AIVX", "KORTEX"], "stage": ["3", "4", "7"],
               "bare": ["kortex-presale.ai", "nexai.finance/presale", "agntx-sale.io"]}),

    # ------------------------------------------------------------------ drainer-approval
    bait("c26-en-b2-approve-revoke-alert", "drainer-approval", "en",
         "Hijacked DeFi protocol accounts posting fake 'exploit in progress, revoke approvals now' alerts that "
         "link to a drainer (2024-25 pattern)",
         ["🚨 SECURITY ALERT 🚨\nWe are investigating a potential exploit affecting our router contract. Please "
          "revoke all approvals immediately using our official tool: {url}",
          "URGENT: do not interact with the old contracts. Revoke here and migrate to the patched contract {url}",
          "we've identified the issue. users should revoke + re-approve via the emergency dashboard to protect "
          "funds → {bare}. Team is on it.",
          "If you've interacted with the protocol in the last 30 days, please use this tool to remove approvals. "
          "Takes 1 tx. {url}",
          "ALERT: malicious approval detected on {chain}. Check your wallet and revoke with one signature: {url}"],
         ("ArcadiaSwap", "MeridianFinance", "SolsticeLend", "VelaProtocol_", "tidepool_fi"),
         batch=4, when=("2024-01-01", "2026-03-31"),
         urls=["https://revoke-{rand}.app", "https://{rand}-revoke.cash", "https://emergency-{rand}.finance"],
         fill={"chain": ["Ethereum", "Arbitrum", "Base", "BNB Chain"],
               "bare": ["revoke-arcadia.app", "meridian-emergency.xyz", "tidepool-revoke.com"]}),
    bait("c26-en-b2-approve-permit-gasless", "drainer-approval", "en",
         "Permit / Permit2 signature phishing: 'gasless claim, just sign' and fake Uniswap v4 LP-migration "
         "approvals (2024-25)",
         ["Gasless claim is live ⛽️ no fees, just sign the message in your wallet to receive your rewards: {url}",
          "Migrating LP positions to v4 is now one click. Approve the migrator and your liquidity moves "
          "automatically {url}",
          "@{target} you don't need gas for this one, it's a signature only. sign → tokens land in ~1 min {url}",
          "staking rewards are waiting. enable the rewards contract (one-time approval) and claim: {bare}",
          "Reminder: positions not migrated by {date} will stop earning fees. Approve & migrate: {url}",
          "psa its safe, it's just an off-chain signature not a tx 🙄 {url}"],
         ("Uniswap_v4Migrate", "LPmigrator", "GaslessClaims", "StakeRewardsHub", "defi_dave_eth"),
         batch=4, when=("2024-06-01", "2026-03-31"),
         urls=["https://v4-{rand}.app/migrate", "https://claim-{rand}.xyz", "https://{rand}-gasless.io"] + SHORT[1:2],
         fill={"target": REPLY_USERS, "date": ["Jan 31", "the end of the epoch", "Sunday"],
               "bare": ["uniswap-v4migrate.app", "stake-rewards.fi", "gasless-claim.xyz"]}),
]
