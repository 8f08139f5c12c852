"""Fourth blind test set (batch 6, never trained on, sealed): neg_en families.

English benign (label 0) hard negatives.
"""
from .pools import BRAND_SRC, EXCH_SRC, HIJACK_SRC, NEWS_SRC, PERSON_SRC, POL_SRC, PUMP, SPORT_SRC, YT, bait, ben  # noqa: F401

B = 6  # the fourth blind test set

DEV_SRC = ("Twitter Web App", "Twitter Web App", "TweetDeck Web App", "Twitter for iPhone")
NGO_SRC = ("Sprout Social", "Hootsuite Inc.", "Twitter Web App", "Buffer", "Twitter for iPhone")

FAMILIES = [
    # ------------------------------------------------------------------ anti-scam-warning
    ben("c26-en-b4-warn-regained-account", "anti-scam-warning", "en",
        "Pattern 2024-25: crypto projects and founders posting after regaining a hijacked X account that had pushed a "
        "fake airdrop / token contract; warning followers not to connect wallets (project names and handles invented)",
        ["We have regained access to this account. For roughly 40 minutes last night it was controlled by an "
         "attacker who posted a fake \"airdrop claim\" link and a token contract.\n\nThere is NO airdrop. There is NO "
         "token. If you connected a wallet to that site, revoke approvals now via revoke.cash and move funds to a "
         "fresh wallet.",
         "ok we're back 🙃 someone SIM-swapped one of our team members and used the account to shill a "
         "\"claim your allocation\" page. if you signed anything from that link pls revoke asap. full postmortem "
         "coming tmrw",
         "PSA 🚨 Every post from this account between 02:10 and 03:05 UTC was made by the hacker. Deleted now. "
         "We will never ask you to send funds, sign a permit or \"validate\" your wallet. Stay safe fam",
         "1/3 Quick update on yesterday's account compromise. The attacker got in via a phishing email dressed up as "
         "an X copyright notice. 2FA was on, but it was SMS.\n\n2/3 The drainer link they posted took approx $310k "
         "from ~90 wallets before the domain got flagged.\n\n3/3 We are talking to affected users. No refunds "
         "through DMs, ignore anyone who offers one.",
         "@thedefi_owl yep that contract address was the hacker's, not ours. we don't have a token and there's no "
         "launch planned. thanks for flagging it so fast 🙏",
         "Our co-founder's account was hijacked and posted a \"surprise airdrop\". It's a wallet drainer. Do not "
         "click, do not connect. Account recovered, sessions killed, hardware keys enforced for the whole team now."],
        ("lumenfi_xyz", "HarborDAO", "opal_protocol", "quarry_labs", "FernSwap", "tideline_fi"),
        src=BRAND_SRC, batch=B, when=("2024-03-01", "2026-02-28")),
    ben("c26-en-b4-warn-address-poisoning", "anti-scam-warning", "en",
        "May 2024 address-poisoning theft of ~1,155 WBTC (~$68M, figure from memory), funds returned about a week "
        "later; security researchers and traders warning about copying addresses from tx history (handles invented)",
        ["Reminder after the 1,155 WBTC address-poisoning loss: the scammer sends you a 0 value transfer from an "
         "address that matches the first and last characters of one you use. Then you copy it from history. "
         "Always check the FULL address. Always.",
         "address poisoning thread 🧵\n1/ you send funds to your cex deposit address\n2/ minutes later a tiny tx "
         "shows up from a lookalike address\n3/ next time you copy-paste \"the usual\" address from your history... "
         "and it's theirs\n4/ use an address book. whitelist. test tx first",
         "someone just dusted my wallet with a lookalike of my Binance deposit address lol. first 4 and last 4 "
         "chars identical. if i wasn't paranoid i'd have sent them everything next week",
         "Crazy end to the WBTC poisoning story: the attacker sent most of the ETH back after on-chain messages "
         "from the victim. Don't count on that happening to you, verify addresses before you hit send.",
         "Wallet devs: please stop showing 0-value transfers from unknown addresses in the default activity view. "
         "Address poisoning works because your UI hands users the attacker's address on a plate."],
        ("chainsleuth_", "0xMarla", "sec_pepper", "rugwatcher", "kiri_onchain", "ThomasVerifies"),
        src=PERSON_SRC, batch=B, when=("2024-05-03", "2025-12-31")),

    # ------------------------------------------------------------------ brand-promo
    ben("c26-en-b4-brand-double-points", "brand-promo", "en",
        "Pattern 2024-25: retail, coffee and airline loyalty programs running 'double points' weekends and "
        "non-crypto sweepstakes on social (brand names invented)",
        ["DOUBLE POINTS WEEKEND ☕☕ Fri-Sun every order in the app earns 2x beans. Claim the offer in the Rewards "
         "tab before you check out. Terms apply.",
         "Giveaway time 🎁 We're sending 5 lucky followers a year of free coffee. To enter: follow us + reply with "
         "your go-to order. Winners picked Monday, US 18+ only, no purchase necessary.",
         "Heads up flyers ✈️ Double miles on every booking to Lisbon, Rome and Athens through March 31. Register first "
         "at the link, then book as usual. Miles post within 6 weeks.",
         "@jen_reads so sorry the bonus didn't show up! Points can take 48h to land. If they're still missing after "
         "that DM us your order number (never your password) and we'll sort it.",
         "Your wallet called. It said: 2x points on all snacks this week 🍿 #SnackWeek",
         "Last chance ⏰ the double-stamp promo ends at midnight. One more coffee and that free pastry is yours."],
        ("BeanhouseCoffee", "FlyAzuraAir", "CornerMartUS", "PopStackSnacks", "DailyGrindCo"),
        src=BRAND_SRC, batch=B, when=("2024-01-01", "2026-01-31")),
    ben("c26-en-b4-brand-hw-wallet-sale", "brand-promo", "en",
        "Pattern 2024-25: hardware-wallet and security-key makers' seasonal sales (Black Friday, Bitcoin Pizza Day) "
        "with the usual 'we will never ask for your recovery phrase' line (brand names invented)",
        ["Black Friday is live 🖤 Up to 30% off our hardware wallets, only on our official store. Reminder: no one from "
         "our team will EVER ask for your 24 words.",
         "Self-custody season 🔐 Buy any wallet this week and get a steel seed backup plate free. Ships worldwide. "
         "Beware of resellers on marketplaces: buy direct.",
         "Bitcoin Pizza Day deal 🍕 $22 off the Vault One with code PIZZA22 through Sunday. Keep your keys, keep your "
         "coins.",
         "We're seeing fake \"firmware update\" emails using our logo. We don't email about firmware. Updates only "
         "happen inside the desktop app. Now, back to the sale: bundle 2 devices, save 25%.",
         "@satsnstacks thanks for the love! yes the bundle includes two devices, so you can keep a backup in a "
         "different place. code still works until Monday 🙌"],
        ("KeystoneVaultHQ", "ColdPathWallet", "TrezelSecure", "ArcticKeyHW"),
        src=BRAND_SRC, batch=B, when=("2024-05-15", "2025-12-02")),

    # ------------------------------------------------------------------ celebrity-promo
    ben("c26-en-b4-celeb-tour-presale", "celebrity-promo", "en",
        "Pattern 2024-25: musicians announcing tour presales and livestreams on their own accounts (artist names "
        "invented)",
        ["TOUR IS HAPPENING 🎤 Fan presale starts Tuesday 10am local. Sign up at the link in my bio to claim a code. "
         "Codes are limited so don't sleep",
         "going live on youtube tonight 8pm ET to play the new record front to back. bring snacks. no i won't be "
         "selling anything on the stream lol",
         "Second London show added because you lot sold out the first one in 11 minutes. Still can't believe it. "
         "Presale for the new date Friday.",
         "guys please don't buy tickets from randoms in my replies. the \"I have 2 extra, send me the money on "
         "cashapp\" people are NOT real. official resale only 💔",
         "New single out at midnight. Double A-side, because I couldn't pick 🤷‍♀️"],
        ("maisie_vale", "TheNorthHollows", "jadesorrel", "OctaviaRune", "kidcassius"),
        src=PERSON_SRC, batch=B, when=("2024-02-01", "2026-02-28")),
    ben("c26-en-b4-celeb-real-giveaway", "celebrity-promo", "en",
        "Pattern 2024-26: streamers, creators and athletes running real giveaways of non-crypto prizes (consoles, "
        "signed gear, gift cards) (names invented)",
        ["GIVEAWAY 🎮 hit 1M subs so I'm giving away 3 PS5s. retweet + follow, winners drawn LIVE on stream Sunday. "
         "I will never DM you asking for money or \"shipping fees\"",
         "Signed boots from the derby 👟 up for grabs. Reply with your best goal of the season. Picking a winner Friday, "
         "all proceeds from the auction version go to the youth academy.",
         "Stream starts in 10 mins, doing the $500 gift card giveaway at the end for everyone subbed 🎉",
         "reminder: my ONLY account is this one. if a \"backup account\" DMs you that you won my giveaway and need to "
         "pay to claim... that's not me, block + report",
         "congrats to @ellie_plays04 on the signed jersey 🏆 check your DMs from THIS account. thanks everyone who "
         "entered, doing another one next month 👀"],
        ("Zyphr_TTV", "marcus_delgado9", "CocoBakesLive", "tomhollisgoals", "RinaSpeedruns"),
        src=PERSON_SRC, batch=B, when=("2024-01-01", "2026-02-28")),

    # ------------------------------------------------------------------ charity-match
    ben("c26-en-b4-charity-givingtuesday", "charity-match", "en",
        "GivingTuesday (Dec 3, 2024 and Dec 2, 2025): nonprofits and public radio stations announcing matching "
        "gifts; match sponsors and caps invented",
        ["It's #GivingTuesday 💛 Every gift made today will be DOUBLED up to $50,000 thanks to a group of generous "
         "board members. Give now and your $25 becomes $50.",
         "We are SO close. $7,300 left to unlock the full match. If you've been waiting for a sign: this is it. "
         "Every dollar you send before midnight is matched 1:1.",
         "Double your impact for shelter pups 🐶 An anonymous donor is matching all gifts until 11:59pm PT. "
         "Link in bio.",
         "Thank you!!! We hit the $100k match with 3 hours to spare. 1,412 of you gave today. The food bank team is "
         "genuinely crying in the break room.",
         "@harbourfm our match is live too! proud to see so many community stations doing this today 📻"],
        ("KCRNPublicRadio", "HarborFoodBank", "PawsShelterNW", "LitForKidsOrg", "harbourfm"),
        src=NGO_SRC, batch=B, when=("2024-11-25", "2025-12-03")),
    ben("c26-en-b4-charity-crypto-match", "charity-match", "en",
        "Pattern 2024-25: crypto-donation matching campaigns via donation platforms (e.g. The Giving Block, Endaoment) "
        "around GivingTuesday and disaster appeals such as the Jan 2025 LA wildfires; match sponsors invented",
        ["Crypto donors: from now until Dec 31 every BTC, ETH or USDC gift to our wildfire relief fund is matched "
         "2x by our partners, up to $250k. Donate through our verified page only, we'll never DM you an address.",
         "1/ We accept crypto donations now 🎉 and to celebrate, a founding sponsor will double the first $20,000 "
         "given in crypto.\n2/ Gifts go through a regulated donation processor, you'll get a tax receipt.\n3/ Please "
         "don't send to any address someone replies with here.",
         "Just donated 0.05 ETH to the LA fire relief match, took 2 minutes and they doubled it. if you're sitting on "
         "gains this year this is a good use for some of it",
         "Our #CryptoGivingTuesday match is officially unlocked 🔓 $40k in crypto gifts became $80k for clean water "
         "projects. Thank you to everyone who gave.",
         "@dcalloway_ yes! stablecoin donations count toward the match too. use the donate button on our website, "
         "it generates a fresh deposit address per donor."],
        ("WaterBridgeIntl", "EmberReliefFund", "OpenHearthOrg", "CodeClubFound"),
        src=NGO_SRC, batch=B, when=("2024-11-20", "2025-12-31")),

    # ------------------------------------------------------------------ commit-hash
    ben("c26-en-b4-commit-fix-refs", "commit-hash", "en",
        "Pattern: open-source maintainers on X/Mastodon/Bluesky pointing users at the commit that fixes or reverts "
        "a bug in wallet/node software (project names invented)",
        ["fixed in {sha7}. the wallet was double-counting pending sends when the mempool got evicted. will be in the "
         "next point release",
         "@kelvin_runs_nodes can you try building from {sha7}? that commit reverts the address parsing change that "
         "broke bech32m for you",
         "Heads up: we reverted {sha} on main. It introduced a race in the refund path of the payment channel code. "
         "No funds at risk, but don't run nightly builds from yesterday.",
         "Merged 🎉 {sha7} adds a warning when you paste an address that only matches your address book on the first "
         "and last chars. Address poisoning defense, finally.",
         "git bisect says the regression is {sha7} 😩 \"small refactor\" my foot"],
        ("relaynode_dev", "quietbyte", "mwallet_oss", "hanna_codes", "ferrous_btc"),
        src=DEV_SRC, batch=B, when=("2024-01-01", "2026-02-28")),
    ben("c26-en-b4-commit-release-checksums", "commit-hash", "en",
        "Pattern 2024-25: wallet/node maintainers posting release tags, commit ids and SHA-256 checksums so users can "
        "verify downloads before installing (project names invented)",
        ["v{ver} is tagged at {sha}. Binaries are up. Please verify the SHA256SUMS signature before you install, "
         "especially if you downloaded from a mirror.",
         "sha256 for the linux x86_64 tarball:\n{hex64}\nif your hash doesn't match, DON'T run it and tell us where "
         "you got it",
         "Reproducible build check for v{ver}: three independent builders got the same hash ({sha7}…). "
         "Attestations are in the guix.sigs repo.",
         "We've seen a fake download site for our wallet pushed in search ads. The real release commit is {sha}, "
         "only download from our GitHub releases page and check the hash.",
         "tagged {ver} 🏷️ commit {sha7}, changelog in thread"],
        ("sparrowline_dev", "nodekit_rel", "ironleaf_wallet", "bcore_watcher"),
        src=DEV_SRC, batch=B, when=("2024-01-01", "2026-02-28")),

    # ------------------------------------------------------------------ crypto-news
    ben("c26-en-b4-news-bybit-hack", "crypto-news", "en",
        "Bybit hack, Feb 21 2025: ~401k ETH (~$1.4-1.5B) taken from a cold wallet via a compromised Safe{Wallet} UI, "
        "attributed by the FBI to North Korea (TraderTraitor/Lazarus); Bybit bounty program. Figures from memory",
        ["BREAKING: Bybit says one of its ETH cold wallets was compromised, with roughly $1.4B in ETH moved to an "
         "unknown address. CEO Ben Zhou says client assets are backed 1:1 and withdrawals continue.",
         "The FBI has attributed the Bybit theft to North Korean hackers it calls TraderTraitor and asked node "
         "operators and exchanges to block transactions from the laundering addresses.",
         "Bybit launches a bounty program offering up to 10% of recovered funds to anyone who helps freeze the "
         "stolen ETH. Several exchanges and bridges say they've already frozen part of it.",
         "so the bybit hack wasn't a smart contract bug at all. the signers saw a normal looking transfer in the "
         "Safe UI and signed a malicious upgrade. blind signing strikes again",
         "Investigators say the Bybit attacker swapped much of the stolen ETH for BTC through THORChain within days. "
         "Story via our reporter 👇"],
        ("ChainDeskNews", "BlockLedgerWire", "the_mempool_post", "defi_maya", "OnchainBrief"),
        src=NEWS_SRC, batch=B, when=("2025-02-21", "2025-04-30")),
    ben("c26-en-b4-news-libra-token", "crypto-news", "en",
        "LIBRA token, Feb 14-15 2025: Argentine president Javier Milei shared the token's contract, then deleted the "
        "post as it crashed; insider cash-outs, lawsuits and a probe followed. Figures (peak ~$4B cap) from memory",
        ["Argentina's president Javier Milei shared a post promoting the $LIBRA token, including its contract "
         "address. Within hours the token lost over 80% of its value. Milei has since deleted the post.",
         "on-chain analysts say a handful of wallets linked to the $LIBRA launch pulled out ~$100M in liquidity "
         "before the crash. retail bought the top because a head of state posted the CA",
         "Milei says he \"was not aware of the details\" of the LIBRA project when he shared it. Opposition "
         "lawmakers call for an impeachment inquiry.",
         "The $LIBRA affair, explained: 🧵\n1. Friday night, president posts a token\n2. cap hits billions\n3. insiders "
         "dump\n4. post deleted\n5. lawyers file suits in NY and Buenos Aires",
         "Lesson from LIBRA: a contract address posted by a verified, real, not-hacked account can still wreck you."],
        ("ChainDeskNews", "LatAmCryptoRpt", "decrypt_ana", "BlockLedgerWire", "memecoinforensic"),
        src=NEWS_SRC, batch=B, when=("2025-02-14", "2025-06-30")),

    # ------------------------------------------------------------------ dev-release
    ben("c26-en-b4-dev-wallet-release", "dev-release", "en",
        "Pattern 2024-26: browser/mobile wallet release notes with anti-phishing features (transaction simulation, "
        "address warnings, permit alerts) (wallet names invented)",
        ["Wallet v{ver} is rolling out 🚀\n• tx simulation shows what you'll send and receive before signing\n• "
         "red warning on Permit2 approvals to fresh contracts\n• fixed: duplicate tokens in the list",
         "new in {ver}: we now flag any address you've never sent to before that looks similar to one you HAVE. "
         "small change, probably saves someone's life savings",
         "Release {ver} is live on iOS and Android. Biggest change: you can finally claim staking rewards from the "
         "Earn tab without bridging. Also dark mode on tablets.",
         "@mira_builds not yet, hardware wallet support for Solana lands in {ver}, hoping to ship next week",
         "Changelog {ver}: blind signing is now OFF by default. If a dapp asks you to enable it, that's your cue to "
         "slow down."],
        ("pebblewallet", "TerraNovaWallet", "FoxtailApp", "orbit_wallet_dev", "raindrop_wal"),
        src=DEV_SRC, batch=B, when=("2024-01-01", "2026-02-28")),
    ben("c26-en-b4-dev-contract-upgrade", "dev-release", "en",
        "Pattern 2024-25: DeFi protocols announcing contract upgrades/migrations with verified contract addresses, "
        "audit links and 'no action needed' notes (protocol names invented)",
        ["V3 vaults are deployed and verified on Etherscan: {eth}\nAudits by two firms linked in the docs. No action "
         "needed for existing depositors, V2 keeps working.",
         "Upgrade complete ✅ The new router lives at {eth}. If a site asks you to \"migrate\" or \"claim\" "
         "anything because of this upgrade, it's a scam. There is no migration.",
         "1/4 We're deprecating the old staking contract on June 30.\n2/4 Withdrawals from it stay open forever, "
         "deposits close.\n3/4 New contract: {eth}\n4/4 Full docs + audit report at docs on our site",
         "@alexpnl yes that's us, same address as in the docs and the GitHub deployments file. always cross check "
         "there 🫡",
         "Testnet first: the new lending pool is on Sepolia at {eth}. Break it please, bug bounty is up to $250k."],
        ("morrow_fi", "KelpieLend", "StratusVaults", "ponderswap_dev"),
        src=DEV_SRC, batch=B, when=("2024-01-01", "2025-12-31")),

    # ------------------------------------------------------------------ donation-wallet
    ben("c26-en-b4-donate-ukraine-fund", "donation-wallet", "en",
        "Pattern 2022-2025: Ukrainian volunteer funds and relief groups posting crypto donation addresses for "
        "drones, medics and generators (fund names invented; real funds like UNITED24 also accept crypto)",
        ["Winter is coming to Kharkiv and we are raising for 40 generators. Crypto donations:\nBTC {btc}\nETH/USDT "
         "(ERC20) {eth}\nUSDT (TRC20) {trx}\nReports with photos every week.",
         "Our medics need 12 tourniquet kits and a pickup truck. If you prefer crypto: {eth} (ETH, USDC, USDT on "
         "Ethereum). Thank you for standing with us 💙💛",
         "Report 📄 Last month you gave 2.4 BTC and ~$61k in stablecoins. It bought 30 FPV drones and 4 Starlinks. "
         "Addresses are unchanged and listed on our site.",
         "Please only use the addresses on our website or in our pinned post. People are making copycat accounts "
         "with their own wallets. BTC: {btc}",
         "We're a small volunteer team from Odesa. Bank transfer is hard for many of you abroad, so: USDT TRC20 "
         "{trx} 🙏"],
        ("NeboVolunteers", "SvitloFund", "MedKitUA", "OdesaAidTeam"),
        src=NGO_SRC, batch=B, when=("2024-01-01", "2025-12-31")),
    ben("c26-en-b4-donate-oss-maintainer", "donation-wallet", "en",
        "Pattern: open-source maintainers, independent journalists and small archives posting BTC/Lightning/ETH "
        "addresses to accept donations (people invented)",
        ["If my little CLI tool saved you some time, tips welcome (never expected):\nBTC {btc}\nETH {eth}\nthanks "
         "to everyone who already chipped in ☕",
         "Running the public block explorer costs ~$400/month in servers. Donations: {btc}. Monthly report of what "
         "came in and what went out is on the wiki.",
         "@linnea_dev honestly the best way to support is to file good bug reports, but if you insist, my BTC "
         "address is on my GitHub profile (same as {btc})",
         "I'm an independent reporter covering pig-butchering scam compounds. No paywall, no ads. If you want to "
         "fund the next trip: ETH/USDC {eth}, SOL {sol}",
         "Our tiny archive of 90s zines now accepts crypto. Litecoin folks asked nicely: {ltc}"],
        ("tomasz_bytes", "liz_writes_code", "explorer_ops", "kalinaReports", "ZineVaultArchive"),
        src=PERSON_SRC, batch=B, when=("2024-01-01", "2026-02-28")),

    # ------------------------------------------------------------------ etf-news
    ben("c26-en-b4-etf-spot-eth-launch", "etf-news", "en",
        "US spot Ether ETFs: 19b-4s approved May 23 2024, trading from July 23 2024; Grayscale ETHE outflows. "
        "Dates from memory; flow figures invented/approximate",
        ["It's official: spot Ether ETFs start trading in the US today. Nine funds, fees mostly under 0.25%, several "
         "waiving fees for the first months.",
         "the SEC approved the 19b-4s for spot ETH ETFs this afternoon. S-1s still need to go effective before they "
         "can trade, so don't expect a launch tomorrow",
         "Day 1 for ETH ETFs: roughly $1B in volume. Net flows positive even with Grayscale's ETHE bleeding out. "
         "Not bad, not BTC either.",
         "Remember the fake SEC post in January? This time the approval is real, it's on sec.gov. Read the primary "
         "source, not screenshots.",
         "ETH ETF flows this week 👇\nMon +$48M\nTue -$12M\nWed +$95M\nThu +$21M\nFri -$3M\nstaking still not allowed "
         "in these products"],
        ("ETFWatchDesk", "bloombergish_eric", "FundFlowsDaily", "ChainDeskNews", "sarah_etfs"),
        src=NEWS_SRC, batch=B, when=("2024-05-20", "2024-12-31")),
    ben("c26-en-b4-etf-altcoin-2025", "etf-news", "en",
        "2025 altcoin ETF wave after the SEC's generic listing standards (Sept 2025): spot Solana (staking), "
        "Litecoin, HBAR and XRP ETFs launching Oct-Nov 2025. Tickers/dates from memory, may be off by days",
        ["The SEC approved generic listing standards for commodity-based trusts. Translation: exchanges can list "
         "many crypto ETFs without a separate 19b-4 each. The altcoin ETF floodgates are open.",
         "First US spot Solana ETF with staking starts trading today 🟣 Staking yield passed through to holders, "
         "fee 0.20% after a waiver period.",
         "XRP ETF day one volume came in way above what the analysts expected. Ripple fans are insufferable today "
         "(affectionate)",
         "so we got SOL, LTC, HBAR and now XRP ETFs in a few weeks. DOGE filings pending. what a timeline",
         "@coinmarketsam it's a 33 Act product, not a 40 Act one. Different rules, staking allowed in this one."],
        ("ETFWatchDesk", "FundFlowsDaily", "nate_geraci_fan", "sarah_etfs", "MarketPulseTV"),
        src=NEWS_SRC, batch=B, when=("2025-09-17", "2025-12-31")),

    # ------------------------------------------------------------------ exchange-announcement
    ben("c26-en-b4-exch-pectra-maintenance", "exchange-announcement", "en",
        "Ethereum Pectra mainnet upgrade (May 7 2025): exchanges suspending ETH and ERC-20 deposits and withdrawals "
        "around the fork (exchange names invented; exact epoch/time from memory)",
        ["📢 Notice: Deposits and withdrawals of ETH and ERC-20 tokens will be suspended from 09:30 UTC on May 7 to "
         "support the Ethereum Pectra upgrade. Trading is not affected. We'll reopen once the network is stable.",
         "Update: ETH deposits and withdrawals are back to normal after the Pectra upgrade ✅ Thanks for your "
         "patience.",
         "Will my ETH be affected by the Pectra upgrade? No. You don't need to do anything. If anyone tells you to "
         "\"upgrade your wallet\" or send ETH somewhere to swap it, it's a scam.",
         "@jkhn_trades Hi! Withdrawals are paused only for the network upgrade window. Your balance is safe and "
         "visible in your account. Please don't share your login details with anyone, including us.",
         "Scheduled wallet maintenance 🛠️ ETH network | Tue 09:30-11:30 UTC | deposits & withdrawals paused"],
        ("KoriExchange", "BitMeridian", "NovaTradeSupport", "ZentraEx"),
        src=EXCH_SRC, batch=B, when=("2025-04-28", "2025-05-09")),
    ben("c26-en-b4-exch-coinbase-breach", "exchange-announcement", "en",
        "Coinbase disclosure, May 15 2025: overseas support contractors bribed to leak customer data, $20M extortion "
        "demand refused, $20M reward offered, reimbursement for customers tricked into sending funds. Figures from "
        "memory; handles invented (reporting/support style, not Coinbase's own account)",
        ["Coinbase says criminals bribed support contractors to steal customer data and then posed as Coinbase to "
         "trick users into sending them crypto. The company refused a $20M ransom and says it will reimburse "
         "affected customers.",
         "Instead of paying the extortion, Coinbase is offering a $20M reward for info leading to the attackers' "
         "arrest. Estimated cost of reimbursements: $180M to $400M.",
         "If you got a call from \"Coinbase support\" telling you your account is compromised and you need to move "
         "funds to a \"safe wallet\": that's exactly this scam. Real support will never ask you to send crypto "
         "anywhere.",
         "the data stolen included names, addresses, phone numbers and masked SSNs. no passwords or keys. which "
         "honestly is enough for the fake-support scammers to sound VERY convincing",
         "@coinbase_affected_guy per their filing, eligible customers who were socially engineered into sending "
         "funds get refunded after review. keep screenshots of every call and text."],
        ("ChainDeskNews", "ExchangeWatchHQ", "secnewsdaily", "pnl_patrick", "OnchainBrief"),
        src=NEWS_SRC, batch=B, when=("2025-05-15", "2025-08-31")),

    # ------------------------------------------------------------------ generic
    ben("c26-en-b4-generic-send-address", "generic", "en",
        "Pattern: everyday posts using 'send', 'address', 'double', 'claim', 'live' in non-crypto senses",
        ["can someone send me the address for saturday?? the group chat is 400 messages deep and i refuse to scroll",
         "ordered a double espresso and they gave me a double decaf. the universe is testing me today",
         "Finally went to claim my bag at lost & found. 3 weeks. It came back with a sticker from Reykjavík on it 🙃",
         "we're going live on the shop's instagram at 6 to show the new spring plants 🌱 come say hi",
         "new address, who dis. moved in today, have zero forks and one (1) chair",
         "@mum_katherine yes I sent it!! check spam, the confirmation email always ends up there"],
        ("tessa_lou", "ryanw88", "greenhouse_gabe", "kitchen_kate", "dan_in_leeds", "priyam"),
        src=PERSON_SRC, batch=B, when=("2024-01-01", "2026-02-28")),
    ben("c26-en-b4-generic-refund-urgent", "generic", "en",
        "Pattern: everyday posts about refunds, urgent requests and cancelled plans (airlines, parcels, gigs)",
        ["7 months after my flight got cancelled the refund finally hit my account. framing the bank notification",
         "URGENT: does anyone in east Austin have a spare phone charger for a Pixel? mine died, I'm at the dog park "
         "and my lift isn't answering",
         "the venue cancelled the gig and said refunds are automatic. checking my banking app every 20 minutes like "
         "it's a sport",
         "Package marked \"delivered\" to an address I haven't lived at since 2019. We love logistics 🙂",
         "@AirlineHelp hello, it's been 6 weeks since you confirmed my refund. booking ref in DMs. please and thank "
         "you 🙏"],
        ("joeyfromtx", "nadia_writes", "bikeguy_mo", "helenaparks", "sam_is_tired"),
        src=PERSON_SRC, batch=B, when=("2024-01-01", "2026-02-28")),

    # ------------------------------------------------------------------ legit-airdrop-news
    ben("c26-en-b4-airdrop-hyperliquid", "legit-airdrop-news", "en",
        "Hyperliquid HYPE genesis event, Nov 29 2024: ~31% of supply airdropped to ~90k+ users, no VC allocation, "
        "price ran hard in December. Figures from memory",
        ["Hyperliquid's HYPE token is live. 31% of supply went to users in the genesis airdrop, no private investor "
         "allocation. One of the biggest airdrops ever by value.",
         "the HYPE airdrop is the first one in ages where i didn't feel farmed. no claim page, tokens just showed "
         "up in the account. no gas, no fees, nothing to sign",
         "HYPE went from ~$3 at launch to over $30 in a few weeks. Airdrop recipients who held are sitting on life "
         "changing money.",
         "Fake HYPE \"claim\" sites are everywhere in search ads right now. The real distribution already happened "
         "inside the Hyperliquid app, there's nothing to claim elsewhere.",
         "@degen_theo honestly the real alpha of the HYPE airdrop was just using the product for a year"],
        ("ChainDeskNews", "airdrop_anna", "perpdex_daily", "defi_maya", "OnchainBrief"),
        src=NEWS_SRC, batch=B, when=("2024-11-29", "2025-02-28")),
    ben("c26-en-b4-airdrop-official-checker", "legit-airdrop-news", "en",
        "Pattern 2024-25: official airdrop/eligibility-checker announcements from projects (e.g. Jupiter's Jupuary "
        "Jan 2025, Berachain, LayerZero), written with the usual safety notes (project names and domains invented)",
        ["The eligibility checker is live on our official site 🪂 Claims open next Tuesday at 14:00 UTC. Bookmark "
         "the domain now. We will never DM you a claim link.",
         "Round 2 of the community airdrop: 120M tokens to 410k wallets. Check eligibility in the app. No gas is "
         "needed to check, and there's nothing to pay to claim.",
         "Unclaimed tokens go back to the DAO treasury after 90 days. If you qualified and haven't claimed yet, "
         "use the in-app Claim tab (and ONLY that).",
         "for everyone asking \"am I eligible\": criteria are in the blog post, snapshot was block 19,842,110. No, "
         "we can't add wallets by hand. Please stop DMing the mods 😅",
         "Jupuary-style vote passed: the next airdrop goes ahead. Expect a lot of fake claim sites in the next weeks."],
        ("PrismoLabs", "BerryChainHQ", "zephyr_protocol", "driftlend_hq"),
        src=BRAND_SRC, batch=B, when=("2024-06-01", "2025-12-31")),

    # ------------------------------------------------------------------ news-link
    ben("c26-en-b4-newslink-ic3-report", "news-link", "en",
        "FBI IC3 2024 Internet Crime Report (published April 2025): ~$16.6B total reported losses, ~$9.3B tied to "
        "crypto, older adults hit hardest. Figures from memory; outlets invented, links generic",
        ["Americans reported losing $16.6 billion to online scams last year, a record, and crypto fraud made up more "
         "than half of it, per the FBI. {url}",
         "FBI: crypto investment scams, fake tech support and \"recovery\" services drained billions from older "
         "Americans in 2024. Here's how the schemes work 👇 {url}",
         "The FBI's annual internet crime report is out and it's grim reading. Our breakdown of the numbers: {url}",
         "Opinion | The scam economy is now bigger than some national economies. Platforms need to act. {url}",
         "\"They told me they could get my money back for a fee.\" Recovery scams are the second wound for many "
         "victims, the FBI warns. {url}"],
        ("metro_tribune", "WashDailyNews", "TechLedgerMag", "consumerwatchnet", "npr_style_news"),
        src=NEWS_SRC, batch=B, when=("2025-04-23", "2025-07-31"),
        urls=["https://www.metrotribune-news.com/2025/04/{rand}", "https://techledger.io/fbi-ic3-{rand}",
              "https://bit.ly/{rand}", "https://consumerwatch.org/scams/{rand}"]),
    ben("c26-en-b4-newslink-platform-payments", "news-link", "en",
        "News links about social platforms and money: X Money/Visa partnership (announced Jan 2025), Bluesky "
        "verification checks (Apr 2025), impersonation on platforms. Dates from memory; outlets invented",
        ["X says its payments product, X Money, will launch with Visa as its first partner, letting users send money "
         "and move it to bank accounts. {url}",
         "Bluesky is rolling out blue checks, with \"trusted verifiers\" like newsrooms able to verify their own "
         "staff. Will it cut down on impersonators? {url}",
         "A wallet inside a social app: what could go wrong? Our security editor on the scams that will follow X "
         "Money. {url}",
         "Explainer: how hijacked verified accounts get used to push fake giveaways, and what platforms are doing "
         "about it {url}",
         "ICYMI: The week's biggest tech stories, from X's payment plans to the latest wave of fake support "
         "accounts 📰 {url}"],
        ("TechLedgerMag", "thevergeish", "digitalwire_news", "metro_tribune", "BytesDailyUK"),
        src=NEWS_SRC, batch=B, when=("2025-01-28", "2025-12-31"),
        urls=["https://techledger.io/platforms/{rand}", "https://www.digitalwire.news/{rand}",
              "https://bytesdaily.co.uk/2025/{rand}", "https://trib.al/{rand}"]),

    # ------------------------------------------------------------------ politics
    ben("c26-en-b4-politics-genius-act", "politics", "en",
        "GENIUS Act (US stablecoin law): Senate passage June 17 2025 (~68-30), House passage July 17, signed July 18 "
        "2025. Vote counts from memory; lawmakers' handles invented",
        ["Today the Senate passed the GENIUS Act with a bipartisan vote. Clear rules for stablecoins: full reserves, "
         "monthly disclosures, and real consumer protections. Proud to have voted yes.",
         "I voted NO on the GENIUS Act. It lets big tech companies issue their own dollars with weak guardrails on "
         "conflicts of interest. We can do better.",
         "Stablecoins are how a lot of my constituents send money home to family abroad. This bill makes that safer "
         "and cheaper. Signed into law today 🇺🇸",
         "Town hall tonight 7pm at the library. Topics: the stablecoin bill, the farm bill, and yes, the potholes on "
         "Route 9. Come yell at me in person.",
         "Reminder: my office will NEVER ask you for money, crypto, or gift cards. If someone claiming to be me "
         "does, it's a scam. Report it to my office and the FTC."],
        ("SenJuliaMarks", "RepOkaforTX", "RepDanaLee", "SenatorHolloway", "RepMcAllisterOH"),
        src=POL_SRC, batch=B, when=("2025-05-19", "2025-08-31")),
    ben("c26-en-b4-politics-btc-reserve", "politics", "en",
        "Bitcoin reserve politics 2025: federal Strategic Bitcoin Reserve executive order (Mar 6 2025); state bills "
        "in New Hampshire (signed May 2025), Texas (signed June 2025), Arizona veto. Dates from memory; legislators "
        "invented",
        ["The executive order creating a Strategic Bitcoin Reserve is a start, but it only holds seized coins. "
         "Congress has to decide whether taxpayers buy more. I'm not there yet.",
         "New Hampshire just became the first state to let its treasury invest in bitcoin and precious metals. "
         "Small cap, big signal. Live free or die 🫡",
         "My bill to create a state bitcoin reserve passed committee 7-2 today!! Thank you to everyone who showed up "
         "to testify. Floor vote next week.",
         "Constituents keep asking if the state will \"send them bitcoin\" from the new reserve. No! It's a treasury "
         "investment, nobody is giving away coins. Anyone saying otherwise is scamming you.",
         "Vetoed: a bill that would gamble retirement money on a volatile asset. Our pension fund is not a casino."],
        ("RepBrennanNH", "SenCalderaTX", "GovOfficeAZish", "RepWhitfieldKY", "StateRepNoorani"),
        src=POL_SRC, batch=B, when=("2025-03-06", "2025-09-30")),

    # ------------------------------------------------------------------ price-news
    ben("c26-en-b4-price-btc-milestones", "price-news", "en",
        "Bitcoin price milestones: first above $100k (Dec 5 2024), new highs ~$109k (Jan 2025), ~$123k (Jul 2025), "
        "~$126k (Oct 6 2025). Levels from memory, rounded",
        ["BITCOIN JUST CROSSED $100,000 🚀 first time ever. up more than double since the start of the year",
         "$BTC new all-time high around $126k. Funding rates are spicy, careful with leverage out there",
         "Bitcoin tops $109,000 hours before the inauguration, extending a rally driven by ETF inflows and hopes for a "
         "friendlier SEC.",
         "remember when $69k was the top and everyone said it would never come back. anyway, $123k",
         "@markets_mikey the 100k candle had more wick than body lol. still, a close above is a close above"],
        ("PriceActionPaul", "MarketPulseTV", "satsmaxi_jo", "ChainDeskNews", "CryptoCandlesUK"),
        src=NEWS_SRC, batch=B, when=("2024-12-04", "2025-10-31")),
    ben("c26-en-b4-price-crash-and-double", "price-news", "en",
        "Oct 10-11 2025 liquidation cascade (~$19B liquidated after a US tariff threat on China) and ETH more than "
        "doubling from April 2025 lows to a new ATH (~$4.9k) in Aug 2025. Figures from memory, rounded",
        ["Largest liquidation event in crypto history: about $19B in leveraged positions wiped in 24 hours after the "
         "tariff headlines. Some altcoins briefly fell 70% or more.",
         "ETH has more than DOUBLED since the April low. New all-time high at ~$4,950, finally above the 2021 peak.",
         "my entire alt portfolio got liquidated at 3am friday. if you're reading this, don't trade with 20x on a "
         "friday night. lesson learned ($$$)",
         "Market update 📉 BTC down 7%, ETH down 12%, SOL down 15% in the past 24h. Open interest flushed. Spot "
         "volumes at a 3-month high.",
         "ETH/BTC up 60% from the lows. the \"eth is dead\" crowd has gone quiet"],
        ("PriceActionPaul", "liq_tracker", "CryptoCandlesUK", "anon_degen_99", "MarketPulseTV"),
        src=NEWS_SRC, batch=B, when=("2025-08-20", "2025-11-15")),

    # ------------------------------------------------------------------ sports
    ben("c26-en-b4-sports-matchday-giveaway", "sports", "en",
        "Pattern 2024-26: clubs' social teams running non-crypto giveaways (signed shirts, tickets) and matchday posts "
        "(club names invented)",
        ["🎁 GIVEAWAY 🎁 Win a shirt signed by the whole squad! Follow + retweet + tell us your man of the match. "
         "Winner announced Monday. Ts&Cs in the link.",
         "MATCHDAY 🔴⚪ 3pm KO. Gates open 1:30. First 5,000 fans through the turnstiles claim a free scarf.",
         "We are aware of fake accounts contacting fans about \"prize wins\" from our giveaway. We only announce "
         "winners on this account and never ask for payment.",
         "WINNER! 🎉 Congratulations @lucy_redarmy, the signed shirt is on its way. Check your DMs from this account.",
         "Double header at the ballpark Saturday ⚾ one ticket, two games. Gates open 11am, bring sunscreen"],
        ("AshbyRoversFC", "RiverbendSoxBB", "ClydesideUtd", "NorthportHawks"),
        src=SPORT_SRC, batch=B, when=("2024-03-01", "2026-02-28")),
    ben("c26-en-b4-sports-crypto-sponsor", "sports", "en",
        "Pattern 2024-25: crypto exchange sponsorships in sport (F1 team partners, arena naming, kit sponsors) as fans "
        "and teams talk about them; McLaren won the 2024 and 2025 constructors' titles (from memory). Handles invented",
        ["Team radio went wild 🏆 back-to-back constructors' titles. The crypto sponsor logo on that car has never "
         "looked shinier",
         "Lakers at home tonight, the arena with the exchange name on it 🏀 tip-off 7:30 PT",
         "Our club is proud to welcome our new official exchange partner. Fans: we will never run a crypto giveaway. "
         "Any account offering you free tokens in our name is fake.",
         "kinda wild that half the premier league shirts had a crypto or betting logo this season. the sponsorship "
         "money is insane",
         "Live updates 🔴 Lap 44: pit window open. Papaya strategy looking strong. Follow the thread for every stop 👇"],
        ("F1PaddockPete", "la_hoops_nation", "WestgateCityFC", "kitwatch_uk", "pitwall_live"),
        src=SPORT_SRC, batch=B, when=("2024-03-01", "2025-12-31")),
]
