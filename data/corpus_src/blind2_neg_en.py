"""Second blind test set (batch 4, never trained on, sealed): neg_en families.

English benign (label 0) hard negatives: posts that share the scam vocabulary (send, double, giveaway, claim,
airdrop, wallet, address, contract, live, urgent) but are legitimate, two families for each benign kind.
"""
from .pools import BRAND_SRC, EXCH_SRC, NEWS_SRC, PERSON_SRC, POL_SRC, SPORT_SRC, bait, ben  # noqa: F401

DEV_SRC = ("Twitter Web App", "TweetDeck Web App", "Typefully", "Twitter for iPhone")

FAMILIES = [
    # ------------------------------------------------------------------ anti-scam-warning
    ben("c26-en-b2n-hacked-ca-disclaimer", "anti-scam-warning", "en",
        "Account owners and their teams disclaiming memecoin contract addresses posted during takeovers "
        "(McDonald's Instagram $GRIMACE Aug 2024, Cardano Foundation X Dec 2024, many celebrity and small-business "
        "X hijacks pushing pump.fun CAs 2024-2025)",
        ["my account got hacked last night. the coin + contract address that was posted is NOT mine, i've never "
         "launched a token and never will. if you bought it i'm so sorry. do not send anything to anyone claiming "
         "to be me",
         "PSA from the team: Rowan's X was accessed by someone else between 02:10 and 03:40 UTC. The \"official "
         "token\" post with CA {pump} was the attacker. Access restored, 2FA reset. Please don't buy, don't connect "
         "wallets, don't DM 'support'.",
         "Back in control of this account 🙏 whoever got in posted a memecoin and a 'claim your airdrop' link. "
         "none of that was us. revoke any approvals you gave (revoke.cash) and report the link",
         "quote-posting the screenshot so nobody's confused: 'we're launching $PARK on solana, CA below 🚀' — "
         "that was NOT us. we are a coffee shop. we sell coffee. the only thing we're launching is a pumpkin latte",
         "If you see a post from me with a contract address, it is not me. full stop.\n\ngot hijacked through a "
         "fake 'copyright violation' email that looked exactly like X. changed everything, hardware key on now. "
         "learned that one the hard way",
         "update on the hacked post: the scam token hit ~$2M mcap before it rugged. the deployer wallet ({sol}) "
         "has been reported to pump fun and to the big exchanges. if you lost money pls file at ic3.gov, "
         "screenshots help"],
        ("haldenmusic", "TeamRowanOkafor", "ParkSideBrew", "mgmt_dmarlow", "keiravale", "NorthgateFC_"),
        src=PERSON_SRC, n=8, batch=4, when=("2024-06-01", "2026-02-28")),
    ben("c26-en-b2n-deepfake-live-warning", "anti-scam-warning", "en",
        "Warnings about deepfake YouTube 'live' giveaway streams on hijacked channels (fake SpaceX/Musk lives "
        "June 2024, Michael Saylor deepfakes 2024, fake Ripple/Garlinghouse XRP lives 2024-2025)",
        ["there's a 'SpaceX' channel with 170k watchers right now streaming an AI elon telling people to send ETH "
         "to the QR and get 2x back. it's a hijacked gaming channel that got renamed. report it, don't scan anything",
         "Reminder: no founder is doing a live stream where you send crypto and get double back. The voice is "
         "cloned, the chat is bots, the 'payouts sent' counter is fake. Every. Single. Time.",
         "@grandpa_dave hey that video you shared in the family chat is a deepfake 😬 the guy in it isn't real, "
         "the channel was stolen from some youtuber last week. please don't send the btc",
         "how these fake 'LIVE' giveaway streams work 🧵\n\n1/ attacker phishes a creator with a fake sponsorship "
         "PDF\n2/ channel renamed to Tesla/Ripple/MicroStrategy, old videos hidden\n3/ loop an old interview + AI "
         "voice + QR code\n4/ YouTube happily recommends it. report > ignore",
         "Saw 4 fake Saylor streams in my recs this morning alone. 'MSTR bitcoin event — send 0.1 receive 0.2'. "
         "deepfake. report as scam/fraud, not spam, apparently it goes to a different queue",
         "if a 'live' has the chat in members-only mode and a giant QR code saying scan to participate, that's all "
         "you need to know. close the tab"],
        ("chainwatch_ops", "mila_secresearch", "Tomasz_onchain", "ScamAlertDaily", "bethany_btc", "jkwan_sec"),
        src=PERSON_SRC, batch=4, when=("2024-04-01", "2025-12-31")),

    # ------------------------------------------------------------------ brand-promo
    ben("c26-en-b2n-cashapp-friday", "brand-promo", "en",
        "Cash App's #CashAppFriday giveaway posts, referral and bitcoin Round Ups promos, and its reminders that it "
        "never asks users to send money first (2024-2026); scammers copy the format in the replies",
        ["it's #CashAppFriday 💸 drop your $cashtag + your fave emoji below. 10 people get $500. winners hear from "
         "this account only — we never ask you to send money to receive money",
         "Round Ups to bitcoin are here 🟢 every Cash Card purchase rounds up and the spare change buys BTC. turn it "
         "on in the Money tab",
         "Friendly #CashAppFriday reminder: 'Cash App Support' accounts asking you to send $20 to unlock a prize are "
         "fake. We'll never ask for your PIN or sign-in code. Ever.",
         "dropping $250 to 20 of you rn 👀 quote this with why you deserve it",
         "send $5 to a friend who's never used Cash App. they sign up with your code, you both get $5. that's the "
         "whole post"],
        ("CashApp", "CashSupport"),
        src=BRAND_SRC, batch=4, when=("2024-01-01", "2026-02-28")),
    ben("c26-en-b2n-hw-wallet-promo", "brand-promo", "en",
        "Hardware-wallet makers' seasonal promos and giveaways on X (Bitcoin Pizza Day, halving week and Black "
        "Friday campaigns by Trezor, Ledger, Coinkite, BitBox and Foundation, 2024-2025)",
        ["🍕 Bitcoin Pizza Day giveaway 🍕\nWe're giving away 10 devices. To enter: follow + reply with the worst "
         "thing you ever bought with BTC. Winners announced here on 24 May. We will never DM you for a seed or a "
         "payment.",
         "Black Friday is live: up to 30% off, free shipping on two or more devices. Only on our official shop — "
         "lookalike domains are circulating, bookmark the real one.",
         "Your keys, your coins, your weekend deal. Bundle a hardware wallet + steel backup plate and save 25% until "
         "Monday. 🛡️",
         "Double your backup, not your risk: every order this week ships with a second metal backup card. Keep your "
         "recovery phrase offline, in two places. Never type it into a website.",
         "Halving week 🟠 claim a free bitcoin-only sleeve with any order, code HALVING24 at checkout. (there is no "
         "token, no airdrop, no 'claim' page. it's a sleeve.)",
         "giveaway closed, thx for 4k replies 😅 winners are tagged in the quote post. if someone DMs you saying "
         "you won and asks for shipping 'fees' in crypto, block, it's not us"],
        ("Trezor", "Ledger", "COLDCARDwallet", "BitBoxSwiss", "FOUNDATIONdvcs"),
        src=BRAND_SRC, batch=4, when=("2024-04-01", "2025-12-01")),

    # ------------------------------------------------------------------ celebrity-promo
    ben("c26-en-b2n-tour-presale", "celebrity-promo", "en",
        "Musicians' and comedians' own posts about tour presales, fan verification and merch drops (2024-2026), "
        "sharing 'presale', 'claim', 'drop', 'live' with fake-presale bait",
        ["PRESALE IS LIVE 🎟️ code is CHERRY. if it says sold out keep refreshing, more seats drop at 2pm. see u in "
         "Glasgow!!",
         "new merch drop tonight 8pm ET. hoodies, the vinyl, and a lil surprise. no it's not an nft lol it's a "
         "tote bag",
         "ok so the fan presale sold out in 9 minutes which is insane and also i'm sorry. general sale friday 10am. "
         "do NOT buy from the resale accounts in my replies, they're bots",
         "if you bought before tuesday you can claim a free upgrade — check your email from the venue, not from me. "
         "i will never DM you asking for money or crypto or 'verification'",
         "going live on insta at 6 to announce the last 3 dates 🫶 tell ur friends",
         "Extra show added in Austin because y'all broke the presale. Verified Fan signup closes Sunday. link in bio "
         "(the real one)"],
        ("jessaloux", "tobyreinmusic", "MarisolDeVega", "ThatComicKev", "ninaokoye"),
        src=PERSON_SRC, batch=4, when=("2024-02-01", "2026-02-28")),
    ben("c26-en-b2n-paid-crypto-ad", "celebrity-promo", "en",
        "Disclosed #ad / paid-partnership crypto-app endorsements by athletes and entertainers (2024-2025), with "
        "their own 'I have no coin' disclaimers",
        ["#ad been stacking a little bitcoin every payday with @krakenfx for about a year now. not financial advice, "
         "just what i do. crypto is risky, only put in what you can lose",
         "Partnered with @coinbase this season 🏈 if you're new, the app walks you through setting up a wallet. "
         "Nobody from my team will ever DM you a link. #ad",
         "paid partnership w/ a crypto card so yes they paid me, but i genuinely use it for groceries lol. 2% back in "
         "BTC, terms apply, not available everywhere #sponsored",
         "Sponsored: watch me try to explain self-custody to my mom LIVE at 7pm on YouTube. spoiler, she wrote her "
         "seed phrase on the fridge and I had to stage an intervention",
         "people keep asking so: no I don't have a coin. the ONLY crypto thing I do is the #ad with the exchange in "
         "my bio. anything else with my face on it is fake, report it"],
        ("MarcusReedQB", "DJSolenne", "PriyaKapoorFit", "Tyrell_Okafor7", "lenahartcomedy"),
        src=PERSON_SRC, batch=4, when=("2024-01-01", "2025-12-31")),

    # ------------------------------------------------------------------ charity-match
    ben("c26-en-b2n-givingtuesday-crypto", "charity-match", "en",
        "GivingTuesday donation-matching campaigns that accept crypto through The Giving Block, Every.org or "
        "Givebutter pages (Dec 3, 2024 and Dec 2, 2025)",
        ["It's #GivingTuesday and every gift is DOUBLED until midnight ET 💧 thanks to an anonymous donor, $50 "
         "becomes $100 for clean water. Give by card, BTC, ETH or stock: {url}",
         "Our match is live: the first $75,000 donated today gets matched 1:1. Yes, crypto counts. You get a tax "
         "receipt either way: {url}",
         "we're 62% of the way to unlocking the full match!! if you've been meaning to donate, today your gift goes "
         "twice as far {url} #GivingTuesdayCrypto",
         "Crypto donors: the match covers BTC, ETH, SOL and USDC on our donation page. Please only use the address "
         "shown on that page at checkout, never one someone sends you in DMs. {url}",
         "MATCH UNLOCKED 🎉 $150k raised in 14 hours, doubled to $300k. thank you thank you thank you. the page "
         "stays open through Friday but the match is done"],
        ("WaterBridgeOrg", "code4kids_org", "HopeHarborShelter", "openlibfund", "TheGivingBlock"),
        src=BRAND_SRC, n=7, batch=4, when=("2024-11-25", "2025-12-05"),
        urls=["https://thegivingblock.com/donate/{rand}", "https://givebutter.com/{rand}",
              "https://www.every.org/{rand}", "https://bit.ly/{rand}"]),
    ben("c26-en-b2n-disaster-match", "charity-match", "en",
        "Company and celebrity donation-matching posts after 2024-2025 disasters (Hurricane Helene Sept 2024, Los "
        "Angeles wildfires Jan 2025, Myanmar earthquake Mar 2025), incl. 'post your receipt and I'll double it'",
        ["Asheville and western NC need help. For the next 72 hours I'll match every donation to local food banks up "
         "to {cap}. Post your receipt below and I'll double it. {url}",
         "LA fires 🧡 Our team is matching employee and customer donations to wildfire relief dollar for dollar, up "
         "to {cap}. Give through the link, not through anyone in the replies. {url}",
         "We've pledged {cap} for Myanmar earthquake relief and will match what our community gives on top. Every $1 "
         "you donate becomes $2. {url}",
         "@mcgee_jen yes it counts if you gave yesterday! anything from the 26th on gets matched. just reply with "
         "the screenshot (blur your card #)",
         "update: y'all blew through the {cap} match in a DAY. extending it through sunday. thank you, genuinely "
         "{url}"],
        ("MaraKlineOfficial", "BrightpathFoods", "coachdanbrooks", "sunriseroasters", "ReliefNowIntl"),
        src=PERSON_SRC, n=7, batch=4, when=("2024-09-28", "2025-04-30"),
        urls=["https://www.directrelief.org/{rand}", "https://www.gofundme.com/f/{rand}",
              "https://www.redcross.org/donate/{rand}"],
        fill={"cap": ["$250,000", "$1 million", "$100k", "$500,000", "$50K"]}),

    # ------------------------------------------------------------------ commit-hash
    ben("c26-en-b2n-wallet-fix-commits", "commit-hash", "en",
        "Wallet and node developers pointing at fix commits on X/Nostr/Mastodon (2024-2026): posts full of "
        "'wallet', 'address', 'send' next to a git hash",
        ["fixed the change-address reuse bug in {sha7}. if you built from master between tuesday and today, pull "
         "again. no funds at risk, just privacy",
         "bisected the 'send max' rounding error to {sha}. one-line fix incoming, off-by-one sat in the fee calc 🙃",
         "@dana_btc it's merged, {sha7} on main. nightly has it, stable next week",
         "Reverted {sha7} — it broke label import for wallets with >10k addresses. sorry! new PR is up with an "
         "actual test this time",
         "ok who merged {sha7} 😂 (me. it was me. 2am me.) proper fix in the next commit, CI green now",
         "commit {sha} adds PSBT v2 to the send flow. hardware wallet folks pls test before we tag"],
        ("kvasir_dev", "lnd_jo", "sats_in_rust", "mkpatel_codes", "walletcore_eng"),
        src=DEV_SRC, n=8, batch=4, when=("2024-01-01", "2026-02-28")),
    ben("c26-en-b2n-npm-compromise-commits", "commit-hash", "en",
        "Developers' posts on the Sept 8, 2025 npm supply-chain compromise (chalk, debug and ~16 more packages "
        "after a maintainer was phished; injected code swapped crypto addresses in browser-wallet transactions) and "
        "the Shai-Hulud worm that followed, pointing to lockfile pins and clean commits",
        ["If your dapp frontend was built on Sept 8 between roughly 13:00 and 16:00 UTC, check your lockfile. The bad "
         "debug/chalk versions hook window.ethereum and swap the recipient address on send. We pinned + rebuilt in "
         "{sha7}.",
         "our fix commit {sha} pins chalk, debug and ansi-styles to pre-compromise versions and adds --ignore-scripts "
         "to CI. prod wasn't affected but that was close",
         "the payload in the compromised npm pkgs basically replaces any wallet address in a tx with a lookalike "
         "from its own list. devs: redeploy from a clean commit. users: check the address on your hardware wallet "
         "screen before you sign",
         "@0xmaria nope, our extension never shipped the bad version, last dep bump was {sha7} on Aug 29. we "
         "double-checked the bundle hash too: {hex64}",
         "Shai-Hulud is the sequel nobody asked for. rotate npm tokens, GitHub PATs, cloud keys. incident writeup + "
         "the clean commit ({sha7}) are pinned"],
        ("jsec_notes", "ellie_ships", "frontend_fran", "opensrc_maint", "devopsdaniel"),
        src=DEV_SRC, n=7, batch=4, when=("2025-09-08", "2025-10-15")),

    # ------------------------------------------------------------------ crypto-news
    ben("c26-en-b2n-bybit-hack-news", "crypto-news", "en",
        "News coverage of the Feb 21, 2025 Bybit hack (~401k ETH, ~$1.5B, attributed by the FBI to North Korea's "
        "TraderTraitor/Lazarus), including posts quoting the exploiter address and the recovery bounty",
        ["BREAKING: Bybit says one of its ETH cold wallets was compromised; roughly $1.4B in ETH and staked ETH moved "
         "to an unknown address. CEO Ben Zhou says client assets are backed 1:1. {url}",
         "The Bybit exploiter's main address ({eth}) is now one of the largest ETH holders on chain. Sleuths link "
         "the laundering pattern to Lazarus. {url}",
         "Bybit launches a bounty: up to 10% of recovered funds to anyone who helps freeze the stolen ETH {url}",
         "FBI formally attributes the $1.5 billion Bybit theft to North Korea ('TraderTraitor') and asks node "
         "operators and exchanges to block addresses tied to the laundering {url}",
         "How did the biggest crypto hack ever happen? A compromised developer machine at Safe, a spoofed signing "
         "UI, and signers who saw a normal-looking transaction. Explainer: {url}",
         "Bybit says withdrawals are processing normally after the hack, with ETH loans from peers covering the gap. "
         "A proof-of-reserves report is due next. {url}"],
        ("CoinDesk", "TheBlock__", "decryptmedia", "WuBlockchain", "Cointelegraph"),
        src=NEWS_SRC, n=8, batch=4, when=("2025-02-21", "2025-03-15"),
        urls=["https://www.coindesk.com/business/2025/02/21/{rand}", "https://www.theblock.co/post/{rand}",
              "https://decrypt.co/{rand}", "https://trib.al/{rand}"]),
    ben("c26-en-b2n-libra-milei-news", "crypto-news", "en",
        "News on Argentina's $LIBRA memecoin (Feb 14, 2025): President Milei posted the token's contract address on "
        "X, it spiked to a multi-billion market cap and collapsed within hours; he deleted the post, lawsuits and "
        "investigations followed (Kelsier Ventures / Hayden Davis)",
        ["Argentina's President Javier Milei promoted a Solana memecoin called $LIBRA on X, contract address "
         "included, then deleted the post hours later as the token crashed more than 80%. {url}",
         "On-chain data shows a small cluster of wallets linked to the $LIBRA deployer pulled over $100M in "
         "liquidity shortly after Milei's post {url}",
         "Milei says he 'was not aware of the details' of $LIBRA and only shared it to help fund Argentine "
         "startups. Opposition lawmakers push for impeachment proceedings. {url}",
         "the $LIBRA saga in one chart: launch → ~$4B market cap → -90%, all in under 6 hours {url}",
         "Argentine prosecutors open a probe into the $LIBRA token while a US class action names Kelsier Ventures "
         "and its CEO Hayden Davis {url}"],
        ("ReutersBiz", "CoinDesk", "BAtimes_eng", "Blockworks_", "latamcryptodesk"),
        src=NEWS_SRC, n=7, batch=4, when=("2025-02-15", "2025-04-30"),
        urls=["https://www.reuters.com/world/americas/{rand}", "https://www.coindesk.com/policy/2025/02/15/{rand}",
              "https://blockworks.co/news/{rand}", "https://reut.rs/{rand}"]),

    # ------------------------------------------------------------------ dev-release
    ben("c26-en-b2n-wallet-release", "dev-release", "en",
        "Self-custody wallet release posts (Sparrow, Electrum, BlueWallet, Nunchuk-style changelogs, 2024-2026) with "
        "send/address/wallet vocabulary and release hashes",
        ["v{ver} is out 🎉\n- send to silent payment addresses (BIP352)\n- faster wallet sync on big histories\n- "
         "fixed a crash importing xpubs with labels\nverify the signature before installing",
         "New release {ver}: coin control now warns on address reuse, and the send screen finally remembers your fee "
         "preference. Full changelog on GitHub.",
         "{ver} released. Security fix: a malformed BIP21 URI could pre-fill an unexpected amount in the send dialog. "
         "No known exploitation. Update recommended.",
         "shipping {ver} tonight. biggest change: watch-only wallets can build a PSBT for your hardware signer in one "
         "click. sha256 of the linux build: {hex64}",
         "Release {ver} — taproot multisig, a new address book, and a dark mode that doesn't burn your eyes. "
         "Android + iOS rolling out over the next 48h"],
        ("SparrowWallet", "ElectrumWallet", "bluewalletio", "nunchuk_io", "glowwalletdev"),
        src=DEV_SRC, n=8, batch=4, when=("2024-01-01", "2026-02-28")),
    ben("c26-en-b2n-eth-fork-clients", "dev-release", "en",
        "Ethereum client teams' release posts for the Pectra (May 7, 2025) and Fusaka (Dec 3, 2025) hard forks: "
        "mandatory upgrades, testnet forks, 'holders need to do nothing' reminders",
        ["Geth v1.16.{patch} is a mandatory release for Fusaka on mainnet. If you run a node, upgrade before the fork. "
         "Nothing to do if you just hold ETH in a wallet.",
         "📦 v{ver} released — Pectra-ready. Validators: EIP-7251 consolidations and EIP-7002 execution-layer "
         "withdrawals are supported. Release notes + checksums on GitHub.",
         "Reminder: ETH holders do NOT need to do anything for the upgrade. No token swap, no claim, no 'migration' "
         "site. Anyone telling you to send ETH to upgrade it is scamming you.",
         "v{ver} hotfix out. fixes a memory leak in blob handling seen on some nodes post-fork. recommended for all "
         "operators, not mandatory",
         "Fusaka forked cleanly on Sepolia 🐼 mainnet-ready clients are the v{ver} line, tag is signed, commit "
         "{sha7}"],
        ("go_ethereum", "ethnimbus", "sigp_io", "NethermindEth", "ethPandaOps"),
        src=DEV_SRC, n=8, batch=4, when=("2025-03-01", "2025-12-20"),
        fill={"patch": ["5", "7", "8"]}),

    # ------------------------------------------------------------------ donation-wallet
    ben("c26-en-b2n-foss-donation-address", "donation-wallet", "en",
        "Open-source and privacy projects posting their own donation addresses (Tor Project, Tails, small FOSS "
        "maintainers, 2024-2026), often with 'check against the README' warnings",
        ["We run on donations, no VC, no ads. If you want to chip in with bitcoin: {btc}\nLightning + fiat options on "
         "the site. thank you to everyone who kept the servers on this year 💚",
         "donation addresses (also in the README, signed with our release key):\nBTC {btc_tr}\nETH/USDC {eth}\nplease "
         "double check against the README, people have faked these before",
         "year-end funding drive: we're at 41% of what we need for 2026 infra. every sat helps → {btc}",
         "@jonah_builds we don't have a token and never will 🙂 if you want to support the project the only "
         "addresses are the ones on the donate page. BTC: {btc}",
         "small OSS maintainer life: someone sent 0.02 BTC to our donation address last night with the note 'for the "
         "coffee'. whoever you are, thank you, it's going straight to the CI bill"],
        ("libreroute_dev", "openmapsfund", "pixelterm_dev", "mesh_notes_app", "tinybeanOS"),
        src=PERSON_SRC, n=7, batch=4, when=("2024-01-01", "2026-02-28")),
    ben("c26-en-b2n-dev-defense-fund", "donation-wallet", "en",
        "Crypto developers' legal-defense funds posting donation addresses (Tornado Cash developer Roman Storm's "
        "trial, July-Aug 2025; Samourai Wallet developers' case 2024-2025), as shared by supporters and advocacy "
        "groups",
        ["The trial starts Monday and the legal bills are brutal. If you think writing open-source code isn't a "
         "crime, you can donate ETH or stablecoins to the defense fund: {eth}",
         "Verified defense fund address (confirmed by his attorneys, see pinned): {eth}\nbeware of copycat "
         "'support Roman' accounts posting other addresses",
         "We put $50k into the developer defense fund today and we'd love for you to join us. ETH: {eth} — BTC: {btc}",
         "donated to the samourai devs' family support fund this morning. address is on their official site, not "
         "posting it here bc of all the impersonators in the replies. takes 30 seconds to find",
         "Privacy tools are on trial. If you can, send something to the defense fund. every donation is public "
         "on-chain and so is every dollar spent. {eth}"],
        ("defendcoders", "codeisspeech_fund", "privacy_devs_legal", "FreeTheDevs", "openmoneyadvocacy"),
        src=PERSON_SRC, n=7, batch=4, when=("2024-05-01", "2025-09-30")),

    # ------------------------------------------------------------------ etf-news
    ben("c26-en-b2n-etf-daily-flows", "etf-news", "en",
        "Daily US spot bitcoin and ether ETF flow posts (Farside-style tables, Bloomberg ETF analysts, 2024-2026)",
        ["Bitcoin ETF flow (US$m) for today: total {flow}. IBIT {ibit}, FBTC small outflow, GBTC flat. full table "
         "in the reply",
         "IBIT {ibit} today. it holds more bitcoin than a lot of countries now. wild product",
         "ETH ETFs: 5th straight day of inflows, {inflow} total. staking talk is the backdrop",
         "👀 net flows for the spot BTC ETFs this week: {flow}. not what people expected with price this choppy",
         "@crypto_kev the ETFs don't 'send bitcoin' to anyone lol. APs create/redeem shares, custodian holds the "
         "coins. flows = net creations"],
        ("FarsideUK", "JSeyff", "etf_flowbot", "ETFdesk_news", "HodlHarriet"),
        src=NEWS_SRC, n=7, batch=4, when=("2024-03-01", "2026-02-28"),
        fill={"flow": ["+$523.6M", "-$277.4M", "+$1,037.9M", "+$88.1M", "-$903.1M"],
              "ibit": ["+$412.0M", "+$970.1M", "-$112.3M", "+$1.1B"],
              "inflow": ["+$154.3M", "+$726.6M", "+$62.0M", "+$301.9M"]}),
    ben("c26-en-b2n-altcoin-etf-launch", "etf-news", "en",
        "Coverage of US spot altcoin ETF launches after the SEC approved generic listing standards (Sept 2025): "
        "Bitwise Solana Staking ETF BSOL and Canary's Litecoin/HBAR ETFs (Oct 28, 2025), Canary XRP ETF XRPC "
        "(Nov 13, 2025)",
        ["The first US spot Solana ETF with staking is live: Bitwise's BSOL starts trading today on NYSE {url}",
         "XRP ETF day 🚀 Canary's XRPC went live on Nasdaq this morning and did serious volume in the first hour "
         "{url}",
         "Generic listing standards approved. translation: no more 19b-4 back-and-forth for every single coin ETF. "
         "expect a flood of filings {url}",
         "spot LTC and HBAR ETFs launched quietly during the shutdown. nobody had 'litecoin etf during a government "
         "shutdown' on their bingo card",
         "Reminder that an ETF launching doesn't mean there's a token claim or an airdrop for holders. You buy "
         "shares in your brokerage account. That's it. {url}"],
        ("CoinDesk", "TheBlock__", "ETFhound", "ETFdesk_news", "blockworks_"),
        src=NEWS_SRC, n=7, batch=4, when=("2025-09-17", "2025-12-15"),
        urls=["https://www.theblock.co/post/{rand}", "https://www.coindesk.com/markets/2025/11/13/{rand}",
              "https://www.bloomberg.com/news/articles/2025-10-28/{rand}", "https://bit.ly/{rand}"]),

    # ------------------------------------------------------------------ exchange-announcement
    ben("c26-en-b2n-upgrade-suspension", "exchange-announcement", "en",
        "Exchange notices suspending deposits/withdrawals for network upgrades and wallet maintenance (Ethereum "
        "Pectra May 2025, Fusaka Dec 2025, Solana congestion delays, 2024-2025)",
        ["📢 We will support the Ethereum Fusaka network upgrade. Deposits and withdrawals of ETH and ERC-20 tokens "
         "will be suspended from {time}. Trading is not affected. Your funds are safe, no action needed.",
         "Scheduled wallet maintenance for {coin} starting {time}, about 1h. Deposits sent during the window will be "
         "credited once it ends.",
         "{coin} deposits & withdrawals have resumed ✅ thanks for your patience during the upgrade",
         "Heads up: we never ask users to 'migrate', 'validate' or 'sync' a wallet for a network upgrade. If a link "
         "says you must, it's phishing. Official notices only on our announcements page.",
         "@alex_tdr hi! deposits to your existing ETH address still work after the upgrade, addresses don't change. "
         "if a deposit is missing, open a ticket in the app with the tx hash 🙏",
         "Update: withdrawals on the Solana network are delayed by congestion. Deposits are unaffected. We'll post "
         "here when it clears."],
        ("binance", "krakenfx", "CoinbaseSupport", "okx", "KuCoinCom", "bitgetglobal"),
        src=EXCH_SRC, n=8, batch=4, when=("2024-03-01", "2025-12-10"),
        fill={"time": ["21:45 UTC", "10:00 UTC", "02:00 (UTC)", "14:30 UTC"],
              "coin": ["ETH", "USDT (ERC-20)", "SOL", "BNB Smart Chain"]}),
    ben("c26-en-b2n-listing-contract", "exchange-announcement", "en",
        "Exchange listing announcements that carry the token's network and contract address (Binance, Coinbase "
        "roadmap, Kraken, Bybit listing posts, 2024-2025)",
        ["New listing 🔔 {tick} will be available on spot. Deposits open now, trading starts 12:00 UTC.\nNetwork: "
         "Ethereum (ERC-20)\nContract: {eth}\nOnly deposit via the supported network.",
         "{tick} (Solana) is now live in the app. Contract address: {sol}. make sure you're sending the right token, "
         "lookalikes with the same ticker exist",
         "Assets added to the roadmap today: {tick}, Ethereum network, contract {eth}. Trading begins once liquidity "
         "conditions are met. Roadmap ≠ guaranteed listing.",
         "📌 Clarification: the {tick} contract in our listing post is correct. Screenshots going around with a "
         "different address are fake.",
         "{tick} deposits are open. Withdrawals open tomorrow. We will never ask you to send {tick} to a "
         "'verification' address."],
        ("binance", "CoinbaseMarkets", "krakenfx", "Bybit_Official", "gate_io"),
        src=EXCH_SRC, n=8, batch=4, when=("2024-01-01", "2025-12-31"),
        fill={"tick": ["KAITO", "MOVE", "ZRO", "WCT", "LAYER", "ENA", "IP", "INIT"]}),

    # ------------------------------------------------------------------ generic
    ben("c26-en-b2n-apple-airdrop", "generic", "en",
        "Everyday posts about Apple's AirDrop (share sheet, 'Everyone for 10 minutes', unsolicited pics on trains), "
        "the same word as a crypto airdrop (2024-2026)",
        ["someone on the 7:42 just airdropped me a picture of a potato. no caption. just potato. never felt so seen",
         "why does airdrop only work when i don't need it. standing next to my mum, both iphones, 'waiting…' for 4 "
         "minutes",
         "PSA set airdrop to contacts only on the tube. you do NOT want to know what i got sent today",
         "@jules_rdg airdrop me the pics from last night pls 🙏 the one where the cake falls over",
         "ios update moved the airdrop toggle AGAIN. where is it. why",
         "my dad thinks 'airdrop' is a crypto thing and refuses to use it. dad. it's for photos"],
        ("kaylaaa_m", "ben_on_bikes", "roo_harrison", "mags_in_leeds", "dan_tries_stuff", "priyaxo"),
        src=PERSON_SRC, batch=4, when=("2024-01-01", "2026-02-28")),
    ben("c26-en-b2n-lost-wallet-life", "generic", "en",
        "Everyday local posts about lost and found physical wallets and daily errands (2024-2026), with 'wallet', "
        "'send', 'claim', 'address', 'double' in their ordinary senses",
        ["found a brown leather wallet on the bench outside Tesco on Mill Rd. there's an ID in it so i'll hand it in "
         "but if it's yours DM me, i'll hold it till 5",
         "lost my wallet AND my keys in the same afternoon. send help. or a locksmith",
         "Lost property at the café this week: 2 umbrellas, a kid's trainer, a wallet (black, no cards), AirPods. "
         "Come claim them at the counter with a description 🙂",
         "update: the guy who found my wallet cycled 4 miles to my address to drop it off and wouldn't take a "
         "tenner. faith in humanity restored",
         "ordered a double espresso and the barista said 'rough morning?' and honestly. yes",
         "does anyone know if the council sends a reminder before the parking permit runs out or do i just get the "
         "fine and cry"],
        ("hollybrook_cafe", "nate_drives", "Marta_K_", "bexleycommunity", "jon_mcfarlane"),
        src=PERSON_SRC, batch=4, when=("2024-01-01", "2026-02-28")),

    # ------------------------------------------------------------------ legit-airdrop-news
    ben("c26-en-b2n-hype-airdrop-news", "legit-airdrop-news", "en",
        "News and commentary on Hyperliquid's HYPE genesis airdrop (Nov 29, 2024: 31% of supply, 310M HYPE, "
        "credited directly to user accounts, no VC allocation, no claim page)",
        ["Hyperliquid's HYPE airdrop is out: 31% of the genesis supply went straight to ~94,000 user addresses. No "
         "VC allocation. {url}",
         "if you used hyperliquid before the snapshot the HYPE is already in your account. there is NO claim page. "
         "every 'claim HYPE' link you see is a drainer",
         "HYPE up ~4x since the airdrop. biggest give-it-to-the-users distribution since Uniswap and it's not close",
         "Hyperliquid says the genesis event allocated 310 million HYPE to points holders; tokens were spot-tradeable "
         "immediately {url}",
         "gm to everyone who farmed hyperliquid points in 2024 and is now pretending they knew all along 🫡"],
        ("TheBlock__", "WuBlockchain", "degen_data", "ViktorOnchain", "hyper_daily"),
        src=NEWS_SRC, n=6, batch=4, when=("2024-11-29", "2025-01-31"),
        urls=["https://www.theblock.co/post/{rand}", "https://www.coindesk.com/markets/2024/11/29/{rand}"]),
    ben("c26-en-b2n-jupuary-official", "legit-airdrop-news", "en",
        "Jupiter's official 'Jupuary' JUP airdrop posts (round two, Jan 22, 2025, ~700M JUP; claim only on jup.ag) "
        "and the team's reminders about fake claim sites",
        ["Jupuary is here 🪐 Check eligibility and claim at {url} — the ONLY claim site. We will never DM you, never "
         "ask for your seed phrase, and there is no 'validation fee'.",
         "Claims close in 7 days. If you're eligible and haven't claimed, connect your wallet at {url}. Unclaimed "
         "tokens go back to the DAO.",
         "quick reminder: fake Jupuary sites are everywhere right now (search ads too). bookmark {url} and only use "
         "that",
         "700M JUP to ~2M wallets in round two. thank you for being early, being active, and being weird 🐱",
         "@solminer221 the checker at {url} shows the allocation per wallet. if it says 0 you weren't in the "
         "snapshot. no, support can't 'add' you, anyone offering to is a scammer"],
        ("JupiterExchange", "JupiterDAO", "jup_uary_faq", "sol_daily"),
        src=BRAND_SRC, n=7, batch=4, when=("2025-01-10", "2025-02-20"),
        urls=["https://jup.ag/jupuary", "https://jup.ag", "jup.ag"]),

    # ------------------------------------------------------------------ news-link
    ben("c26-en-b2n-live-blogs", "news-link", "en",
        "Newsroom live-blog and breaking-news link posts (Storm Éowyn Jan 2025, German snap election Feb 2025, LA "
        "fires Jan 2025, rate decisions), using 'LIVE', 'double', 'send', 'claim' in their news senses",
        ["LIVE: Red weather warning in force as Storm Éowyn hits Ireland and Scotland, hundreds of thousands without "
         "power {url}",
         "Live updates: vote counting under way in Germany's snap election {url}",
         "Interest rates held; the Bank signals cuts will come 'gradually'. Follow live {url}",
         "Food prices have nearly doubled in some regions since 2021, a new report finds {url}",
         "Authorities send extra firefighting crews as new blazes spread north of Los Angeles {url}",
         "Insurers brace for a record wave of claims after the wildfires {url}"],
        ("BBCBreaking", "guardiannews", "SkyNews", "AP", "Reuters"),
        src=NEWS_SRC, n=8, batch=4, when=("2025-01-07", "2025-03-31"),
        urls=["https://www.bbc.co.uk/news/live/{rand}", "https://www.theguardian.com/world/live/2025/{rand}",
              "https://apnews.com/live/{rand}", "https://trib.al/{rand}", "https://bbc.in/{rand}"]),
    ben("c26-en-b2n-scam-news-links", "news-link", "en",
        "Tech/security news links about crypto scams and account hijacks (FBI IC3 2024 report, Apr 2025: $9.3B "
        "crypto-fraud losses; X takeovers pushing giveaways and memecoins; Coinbase insider data breach and "
        "impersonation calls, May 2025; deepfake streams; address poisoning)",
        ["Americans reported $9.3 billion in crypto fraud losses in 2024, up 66%, per the FBI's annual internet "
         "crime report {url}",
         "Hackers are hijacking verified X accounts to post 'send ETH, get double back' giveaways and memecoin "
         "contract addresses. Here's how the phishing works {url}",
         "Coinbase says bribed overseas support contractors leaked customer data that scammers used to pose as "
         "Coinbase and talk victims into 'safe wallets'. It refused a $20M ransom {url}",
         "Deepfake Elon streams on hijacked YouTube channels are still pulling in crypto, researchers say {url}",
         "Address poisoning: how one lookalike wallet in your transaction history can cost you everything {url}"],
        ("verge", "TechCrunch", "WIRED", "TheRecord_Media", "BleepinComputer", "404mediaco"),
        src=NEWS_SRC, n=7, batch=4, when=("2024-06-01", "2025-12-31"),
        urls=["https://techcrunch.com/2025/{rand}", "https://www.wired.com/story/{rand}",
              "https://www.bleepingcomputer.com/news/security/{rand}", "https://therecord.media/{rand}",
              "https://wrd.cm/{rand}"]),

    # ------------------------------------------------------------------ politics
    ben("c26-en-b2n-crypto-week-bills", "politics", "en",
        "US lawmakers' posts around 'Crypto Week' (July 2025): the GENIUS Act stablecoin law (signed July 18, 2025) "
        "and the CLARITY Act market-structure bill, plus office warnings about impersonation DMs (invented members)",
        ["The GENIUS Act is now law. Stablecoins in America will be backed 1:1 by real dollars and Treasuries, "
         "audited, and supervised. A good day for consumers and for the dollar.",
         "I voted NO on the so-called CLARITY Act. It lets the crypto industry write its own rules while scams drain "
         "Americans' savings. We can do better.",
         "It's Crypto Week in the House 🇺🇸 three bills, one goal: keep innovation (and the jobs) here at home. "
         "Watch the floor debate live at 2pm.",
         "Constituents keep sending my office screenshots of crypto 'investment' DMs using my photo. I will never "
         "ask you for crypto. Report them to the FTC, and call us if you were targeted.",
         "🧵 why stablecoin rules matter back home:\n1/ sending money to family abroad shouldn't cost 7%\n2/ whoever "
         "holds your dollars in a wallet app should have real reserves\n3/ and when they fail, you get paid first",
         "Proud to cosponsor. Digital-asset market structure has been a gray zone for a decade; this finally says who "
         "regulates what."],
        ("RepDanaHolloway", "SenMarkOrtega", "RepJWhitfield", "SenatorKaraLind", "RepTeresaMunoz"),
        src=POL_SRC, batch=4, when=("2025-07-10", "2025-08-15")),
    ben("c26-en-b2n-campaign-double-match", "politics", "en",
        "Campaign fundraising posts with 'double-match' deadline language and crypto-donation pages, plus campaign "
        "warnings about fake accounts asking for Bitcoin (US 2024 cycle, 2026 midterms; invented campaigns)",
        ["🚨 End-of-quarter deadline is MIDNIGHT. Every gift is DOUBLE-MATCHED until then. Chip in $5 to keep this "
         "seat blue: {url}",
         "We're $18,400 short of our Q3 goal. If you've ever thought about giving, tonight your $10 counts twice "
         "{url}",
         "Yes, our campaign accepts crypto contributions, within FEC limits and disclosed like any other donation. "
         "Details + the only official page: {url}",
         "thank you!!! 4,210 donors this month, average gift $23, zero corporate PAC money. this is how we win",
         "Scam alert: a fake account using our logo is DMing supporters asking for donations in Bitcoin. We never DM "
         "for money. Give only at {url}"],
        ("ElectMariaSantos", "TeamHolloway26", "KaraLindForSenate", "BrettCalderon4NV", "JonesForCongress"),
        src=POL_SRC, n=7, batch=4, when=("2024-03-01", "2026-02-28"),
        urls=["https://secure.actblue.com/donate/{rand}", "https://secure.winred.com/{rand}/donate"]),

    # ------------------------------------------------------------------ price-news
    ben("c26-en-b2n-btc-milestones", "price-news", "en",
        "Bitcoin price-milestone posts: first trade above $100k (Dec 5, 2024), all-time high near $126k (Oct 6, "
        "2025), the Oct 10, 2025 crash with ~$19B liquidated, the slide below $90k (Nov 2025)",
        ["it finally happened. #Bitcoin trades above $100,000 — took almost 16 years and a lot of memes 🚀",
         "BTC new all-time high above $126k. nearly double where it was a year ago",
         "$19 BILLION liquidated in 24 hours. biggest wipeout in crypto history after the tariff headline. btc -14% "
         "intraday, alts way worse",
         "bitcoin at 100k and my coworker who told me to sell at 30k is very quiet today",
         "BTC back below $90k. if you're new: this is normal. it has dropped 20%+ many times this cycle. zoom out or "
         "log off",
         "weekly close: BTC $104,3xx. funding flat, ETF inflows steady, nothing crazy. boring is bullish"],
        ("WatcherGuru", "CoinDesk", "btc_ticker", "sats_andre", "MacroMila"),
        src=NEWS_SRC, batch=4, when=("2024-12-04", "2025-11-30")),
    ben("c26-en-b2n-alt-meme-moves", "price-news", "en",
        "Altcoin and memecoin price-move posts (XRP back above $2 after the Nov 2024 US election, the $TRUMP "
        "memecoin launch Jan 17, 2025 and its slide, DOGE/PEPE swings, ETH/BTC multi-year low Apr 2025)",
        ["$XRP has more than doubled since election day. $2 reclaimed for the first time since 2018 👀",
         "$TRUMP memecoin: launched friday night, ~$75 peak, now in the $30s. fully diluted value still absurd. chart "
         "in pic",
         "DOGE +18% today on nothing but vibes and an Elon reply. some things never change",
         "ETH/BTC at a new multi-year low. ETH holders in shambles, again",
         "SOL flipped BNB by market cap this morning. again. for now",
         "$PEPE down 60% from the top and my group chat went from 'this is the one' to 'anyone wanna get food'"],
        ("WatcherGuru", "altcoin_andy", "lisa_charts", "memecoin_wire", "XRP_Jen"),
        src=NEWS_SRC, batch=4, when=("2024-11-10", "2025-06-30")),

    # ------------------------------------------------------------------ sports
    ben("c26-en-b2n-sports-double-live", "sports", "en",
        "Team and league posts using 'double', 'live', 'claim', 'sent off', 'giveaway' in their sports senses (NBA "
        "double-doubles, MLB doubleheaders, football red cards and titles, club giveaways, 2024-2026)",
        ["Double-double watch 👀 Sabonis with 18 PTS and 14 REB at the half",
         "DOUBLEHEADER DAY ⚾ Game 1 first pitch 1:10 PM, Game 2 to follow. Gates open at noon.",
         "RED CARD 🟥 sent off for a second yellow. down to ten men with 20 to play",
         "THEY CLAIM THE TITLE 🏆 Champions with two games to spare!!!",
         "We're LIVE from the training ground 🎥 the gaffer's press conference starts now",
         "Giveaway time 🧤 RT + follow for a chance to win a signed match ball. Winner picked Monday, DM from this "
         "account only. T&Cs in thread"],
        ("SacramentoKings", "Brewers", "SkySportsNews", "NorthvaleFC", "RiversideRovers"),
        src=SPORT_SRC, batch=4, when=("2024-03-01", "2026-02-28")),
    ben("c26-en-b2n-club-crypto-sponsor", "sports", "en",
        "Clubs posting crypto-exchange sponsor activations and fan-token promos (OKX x Manchester City, Crypto.com "
        "Arena, Socios fan tokens, Bybit and Kraken kit deals, 2024-2025), with impostor-airdrop warnings",
        ["Matchday x {partner} 🤝 scan the QR on the big screen at half-time for a chance to win signed shirts. No "
         "purchase necessary, 18+, UK only. Full T&Cs on our site.",
         "Our fan token poll is open: vote for the third-kit colourway in the {partner} app. One token, one vote 🗳️",
         "🚨 Imposter alert. We are NOT giving away crypto, tokens or NFTs. Accounts in the replies offering a 'club "
         "airdrop' are fake. Partner comms only come from {partner}'s verified account.",
         "Welcome to the family, {partner} 💙 Proud to announce our new front-of-shirt partner from the 2025/26 "
         "season.",
         "double points in the fan app this weekend for checking in at the stadium 🏟️ claim them before monday"],
        ("NorthvaleFC", "RiversideRovers", "HarborCityHoops", "AtleticoSurFC", "ThunderbayHC"),
        src=SPORT_SRC, n=7, batch=4, when=("2024-06-01", "2025-12-31"),
        fill={"partner": ["OKX", "Crypto.com", "Bybit", "Socios.com", "Kraken"]}),
]
