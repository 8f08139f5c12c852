"""Third blind test set (batch 5, never trained on, sealed): neg_en families.

English benign (label 0) hard negatives.
"""
from .pools import BRAND_SRC, EXCH_SRC, HIJACK_SRC, NEWS_SRC, PERSON_SRC, POL_SRC, PUMP, SPORT_SRC, YT, bait, ben  # noqa: F401

B = 5  # the third blind test set

REPLY = ["mikaelaj_", "0xtomm", "d4nny_trades", "sarah_k_writes", "jpeg_enjoyer", "ritaonchain", "bigmike1987",
         "noodle_cat", "laurenb", "fren_of_frens"]
NONPROFIT = ("Twitter Web App", "Hootsuite Inc.", "Buffer", "Twitter for iPhone", "Later Media")
DEV_SRC = ("Twitter Web App", "Twitter for iPhone", "TweetDeck Web App")

FAMILIES = [
    # ------------------------------------------------------------------ anti-scam-warning
    ben("c26-en-b3-bybit-refund-phish-warn", "anti-scam-warning", "en",
        "Warnings about fake 'Bybit compensation / refund' portals and lookalike support accounts after the "
        "Bybit cold-wallet hack (Feb 2025)",
        ["PSA: there is no \"Bybit compensation claim\" portal. The sites popping up under every Bybit post "
         "(this one: {url}) are drainers. Bybit said client assets are backed 1:1, nobody has to connect a "
         "wallet to get made whole.",
         "seeing like 30 accounts w/ the bybit logo replying 'claim your refund for the hack here' 🙃 dont. "
         "every one of them is under 2 weeks old. report + block + move on",
         "@{reply} that isn't Bybit support, look at the handle, there's an extra 'l' in it. Real support won't "
         "DM you first and will never ask you to send funds to a \"safe address\".",
         "1/3 short thread on the phishing wave after the Bybit exploit.\n\nThe pattern: a fake \"recovery desk\" "
         "account posts an urgent notice saying affected users must verify their wallet within 24h to be "
         "reimbursed. The link is a permit-signature drainer.",
         "lol got a DM \"from Bybit\" (see pic). 'due to the recent security incident your account is eligible "
         "for a refund of 0.84 ETH, claim before 23:59 UTC'. mate, Bybit customers didn't lose anything. "
         "blocked."],
        ("zachxbt_fan_acct", "tayvano_watch", "SecurityAlliance_", "chainwatch_kim", "ScamSniffer_fan",
         "mercy_onchain"),
        src=PERSON_SRC, batch=B, when=("2025-02-21", "2025-05-31"),
        urls=["https://bybit-compensation-{rand}.com", "https://claim-bybitrefund.{rand}.app"],
        fill={"reply": REPLY}),
    ben("c26-en-b3-coinbase-vishing-warn", "anti-scam-warning", "en",
        "Warnings about fake Coinbase support phone calls telling users to move coins to a pre-made 'safe "
        "wallet', after Coinbase disclosed bribed support contractors leaked customer data (May 2025)",
        ["If someone calls saying they're Coinbase, your account is compromised, and you need to move everything "
         "to a \"secure vault\" they've set up for you: hang up. That's the whole scam. Coinbase will never ask "
         "you to send crypto anywhere.",
         "my dad (72) got a call + a text with a 'case ID' and a recovery phrase to import \"for safety\". guy "
         "was calm, polite, knew the last 4 of his SSN. thank god he called me first. after the breach news "
         "this is going to be everywhere",
         "Victim lost ~{amt} BTC today to a fake Coinbase support caller. Funds went to {btc} and were split "
         "across several hops within the hour. Exchanges: if this address shows up in your deposits, please "
         "freeze and get in touch.",
         "reminder bc it keeps happening: a \"whitelisted address\" that support pre-generated for you is not a "
         "thing. if a stranger handed you the seed phrase it's their wallet, not yours",
         "Coinbase confirms names, addresses, phone numbers and balances were taken via bribed overseas "
         "support staff. Expect very convincing social engineering. They WILL know things about you. An "
         "urgent tone is the red flag. Verify in the app, never on an inbound call."],
        ("ledger_of_jo", "opsec_aunt", "chainsleuth_r", "PeckShieldFan", "hannah_does_infosec"),
        src=PERSON_SRC, batch=B, when=("2025-05-15", "2025-09-30"),
        fill={"reply": REPLY, "amt": ["1.2", "3.7", "0.9", "12"]}),

    # ------------------------------------------------------------------ brand-promo
    ben("c26-en-b3-loyalty-double-points", "brand-promo", "en",
        "Loyalty-app promos from coffee chains, fast-food apps and airlines: double points days, in-app "
        "'claim your free item' deals, double-miles offers (recurring, 2024-2026)",
        ["✨ DOUBLE STAR DAY ✨ Today only, earn 2x Stars on every order in the app. Yes, even the oat milk "
         "upcharge ☕",
         "Double points weekend is LIVE 🎉 Scan your card or order ahead in the app through Sunday 11:59pm. "
         "Terms: {url}",
         "your free fries are waiting 🍟 open the app → Deals → claim. no code. ends friday. (min $1 purchase, "
         "one per account, participating locations)",
         "Fly with us twice before March 31 and we'll double the miles on your second trip. Register first at "
         "{url} — registration closes before the promo does.",
         "@{reply} so sorry about that! The 2x bonus can take up to 72 hours to land. If it's still missing "
         "Monday, send us a DM with your member number and we'll sort it 💛"],
        ("BeanCrewCoffee", "SkyLinkAir", "CrunchBurgerUS", "RoastedDaily", "NorthwindMiles"),
        src=BRAND_SRC, batch=B, when=("2024-06-01", "2026-02-28"),
        urls=["https://rewards.beancrew.com/promo/{rand}", "https://www.skylinkair.com/miles/double-{rand}"],
        fill={"reply": REPLY}),
    ben("c26-en-b3-hw-wallet-vendor-promo", "brand-promo", "en",
        "Hardware-wallet vendors' own marketing and security tips (Trezor Safe 5 / Ledger Flex era, "
        "Black Friday sales, 'we never DM' reminders), 2024-2025",
        ["Black Friday is here: 30% off Safe 3 and Safe 5 until Dec 2. Your keys, your coins, your discount 🛡️ "
         "trezor.io/shop",
         "Always check the receiving address on your device screen, not just on your laptop. Clipboard malware "
         "swaps addresses. The device is the source of truth. #SecurityTip",
         "New colorways just dropped. Secure touchscreen, clear signing, NFC. Order only from the official store "
         "→ shop.ledger.com",
         "We will never DM you.\nWe will never ask for your 24 words.\nWe don't do airdrops.\nIf a post says "
         "otherwise, it isn't us.",
         "Giveaway 🎁 We're sending 5 devices to people who reply with their best self-custody tip. Winners "
         "picked Friday and announced here. No wallet connection, no payment, nothing to sign. Ever."],
        ("Trezor", "Ledger", "KeystoneWallet", "BitBox_Swiss", "GridPlus"),
        src=BRAND_SRC, batch=B, when=("2024-05-01", "2025-12-15")),

    # ------------------------------------------------------------------ celebrity-promo
    ben("c26-en-b3-artist-livestream", "celebrity-promo", "en",
        "Musicians and authors announcing real YouTube livestreams with merch giveaways, and warning about "
        "fake 'you won' DMs (common 2024-2026)",
        ["going LIVE on youtube in 20 min 🎸 acoustic set + Q&A, giving away 3 signed vinyls to ppl in chat "
         "{url}",
         "TONIGHT. 8pm ET. Full album listening party, live, with the whole band. Link 👇\n{url}",
         "we're live!!! come hang 💕 {url}",
         "Thank you to the 40k of you who came to the stream last night. The signed guitar winner has been "
         "messaged by my team's account @{team} and nobody else. Anyone else telling you that you won is "
         "lying.",
         "Doing a live Q&A for the book on Thursday. Bring your weirdest questions. Free to watch, no tickets, "
         "nothing to buy. {url}"],
        ("maggie_rose_music", "TheLanternsBand", "jonah_ellis", "aviwrites", "KAYLA_FLOWERS"),
        src=PERSON_SRC, batch=B, when=("2024-09-01", "2026-03-31"), urls=YT,
        fill={"team": ["teammaggie", "lanterns_hq", "jonahellis_mgmt"]}),
    ben("c26-en-b3-tour-presale", "celebrity-promo", "en",
        "Artists announcing tour presales with presale codes and warning fans about fake ticket sellers asking "
        "for crypto or Zelle (common 2024-2026)",
        ["TOUR!!! 🗓️ presale starts Wednesday 10am local. sign up by Monday to get a code: {url}",
         "ok the presale code is {code}. don't say I never gave you anything 😌",
         "General on-sale is Friday. Please PLEASE only buy from the official site or verified resale. Fake "
         "ticket accounts are DMing people asking for payment by Zelle or crypto. That is not us and never will "
         "be.",
         "adding second shows in London, Chicago and Sydney because the presale went absolutely feral. thank "
         "you. truly. {url}",
         "Fan club members: your exclusive presale link is in your inbox (check spam). Every link is unique "
         "and tied to your account, so sharing it won't work."],
        ("noahkahan_fanpage", "tessa_violet_official", "TheMidnightBand", "ELLIEGRAY", "sam_ferris"),
        src=PERSON_SRC, batch=B, when=("2024-08-01", "2026-01-31"),
        urls=["https://signup.tourpresale.com/{rand}", "https://www.ticketmaster.com/artist/{rand}"],
        fill={"code": ["NIGHTDRIVE", "FIRSTROW25", "BLUEHOUR", "SADGIRLSUMMER"]}),

    # ------------------------------------------------------------------ charity-match
    ben("c26-en-b3-givingtuesday-match", "charity-match", "en",
        "Nonprofits' #GivingTuesday matching-gift campaigns ('every gift doubled until midnight'), Dec 2024 "
        "and Dec 2025",
        ["It's #GivingTuesday! Every gift made before midnight will be DOUBLED thanks to a $50,000 match from "
         "our board. Your $25 becomes $50 for kids' reading programs. {url}",
         "4 hours left. We're $8,312 short of unlocking the full match. If you've been meaning to give, now's "
         "the moment 💚 {url}",
         "MATCH UNLOCKED 🎉\n\nyou did it. 612 people gave today and every single dollar was doubled. we're a "
         "little teary over here",
         "Reminder that our donation page lives ONLY at {url}. We've had reports of a fake page collecting "
         "\"matched donations\" in gift cards. We will never ask for gift cards or crypto by DM.",
         "Our friends at the food bank have a 2:1 match today, so $10 = $30 in groceries. Just gave. Join me?"],
        ("ReadingPartnersBay", "EastsideFoodBank", "HabitatMetroN", "KidsCodeClub", "annie_volunteers"),
        src=NONPROFIT, batch=B, when=("2024-12-02", "2025-12-03"),
        urls=["https://give.readingpartnersbay.org/givingtuesday", "https://donate.eastsidefoodbank.org/match"]),
    ben("c26-en-b3-charity-stream-match", "charity-match", "en",
        "Twitch/YouTube charity streams (St. Jude PLAY LIVE, Tiltify campaigns) where a sponsor matches "
        "donations for an hour, plus a streamer denying a fake 'double your crypto' clip (2024-2025)",
        ["WE'RE LIVE for St. Jude 🎮 for the next hour every donation is matched 1:1 by our sponsor. use the "
         "donate button on stream, nowhere else. twitch.tv/{streamer}",
         "hour 14 of the charity stream, haven't slept, chat keeps donating, the matching sponsor just DOUBLED "
         "again until 2am. you guys are insane ❤️",
         "heads up: clips are going around \"from my stream\" where I supposedly say I'll double any crypto you "
         "send. that's AI. I have never taken crypto donations. the only donation link is the Tiltify one on "
         "screen.",
         "Final total: $214,380 raised. With the match that's over $400k for pediatric cancer research. Thank "
         "you thank you thank you.",
         "@{reply} yep the match covers all donations through Tiltify until we hit the $50k goal. big or "
         "small!"],
        ("cozygamerjess", "TheRealDrewPlays", "pixel_paige", "marathonmatt_tv", "lilbytes"),
        src=PERSON_SRC, batch=B, when=("2024-09-01", "2025-11-30"),
        fill={"streamer": ["cozygamerjess", "therealdrewplays", "pixel_paige"], "reply": REPLY}),

    # ------------------------------------------------------------------ commit-hash
    ben("c26-en-b3-addr-checksum-fix", "commit-hash", "en",
        "Maintainers of open-source wallet/address libraries posting commit hashes for checksum and decoder "
        "fixes and signed release tags (ongoing pattern, 2024-2026)",
        ["Fixed the EIP-55 checksum bug in the address parser: mixed-case input with one wrong char was being "
         "accepted 🤦 Patch is {sha7}, release {ver} going out tonight.",
         "merged #{pr}: reject bech32m addresses carrying a v0 checksum ({sha7}). thanks @{reply} for the "
         "report + test vectors",
         "For anyone pinning: the audited tree is {sha}. Anything after that commit hasn't been through review "
         "yet.",
         "bisected the 'send button disabled for valid sol addresses' regression to {sha7}. base58 decoder was "
         "off by one on leading zeros. revert is up",
         "v{ver} is tagged and signed, tag points at {sha}.\n\n`git verify-tag v{ver}` before you build. "
         "Reproducible-build hashes are in the release notes."],
        ("ethers_dev_notes", "bitcoinerlab", "sol_addr_kit", "jrnl_of_a_maintainer", "noble_curves_fan"),
        src=DEV_SRC, batch=B, when=("2024-03-01", "2026-03-31"),
        fill={"pr": ["412", "1337", "2088", "97"], "reply": REPLY}),
    ben("c26-en-b3-web3js-backdoor-commit", "commit-hash", "en",
        "Developers responding to the backdoored @solana/web3.js npm releases 1.95.6 and 1.95.7 (Dec 3, 2024), "
        "pinning clean commits and posting fix hashes",
        ["If you installed @solana/web3.js 1.95.6 or 1.95.7 on Dec 3, assume any private keys your backend "
         "handled are compromised and rotate them. 1.95.8 is clean. The bad publish was npm-only; the repo at "
         "{sha7} was never touched.",
         "our lockfile was pinned to 1.95.5 so we're fine. double-checked: lockfile integrity matches and prod "
         "is on {sha7}. rotating the hot wallet key anyway out of paranoia",
         "for solana devs who vendored web3.js: diff your copy against the tagged commit {sha}. the malicious "
         "versions added a function that shipped keys off to an attacker-controlled domain.",
         "bumped web3.js to 1.95.8 across all services in {sha7}, CI green. if you depend on our SDK you don't "
         "need to do anything, we never published with the bad versions.",
         "postmortem (short): dependency scan flagged 1.95.7 on one staging box. the key there only ever held "
         "devnet SOL. rebuilt from {sha} and added `npm ci --ignore-scripts` + lockfile review to the pipeline."],
        ("anchor_maxi", "helius_dev_fan", "solana_builder_ken", "phoenix_sdk", "mtn_dao_dev"),
        src=DEV_SRC, batch=B, when=("2024-12-03", "2024-12-31")),

    # ------------------------------------------------------------------ crypto-news
    ben("c26-en-b3-bybit-hack-news", "crypto-news", "en",
        "News coverage of the ~$1.5B Bybit ETH cold-wallet theft attributed to North Korea's Lazarus / "
        "TraderTraitor (Feb-Mar 2025)",
        ["Bybit says hackers stole roughly $1.5 billion in ETH from one of its cold wallets, the largest crypto "
         "theft on record. CEO Ben Zhou says the exchange is solvent and withdrawals are processing. {url}",
         "BREAKING: FBI attributes the Bybit theft to North Korea's \"TraderTraitor\" hackers and publishes "
         "addresses holding or laundering the stolen funds",
         "How the Bybit heist worked: a compromised Safe{Wallet} developer machine let attackers inject code "
         "that showed signers a routine transfer while they actually approved a contract change. {url}",
         "Bybit has closed the ETH gap through loans and OTC buys, on-chain data shows, and set up a bounty "
         "site paying 10% of anything recovered.",
         "one month on: most of the stolen bybit ETH got swapped to BTC through THORChain and a chunk has gone "
         "dark. grim read 👇 {url}"],
        ("CoinDeskWire", "TheBlockNews", "decrypt_media_", "DLNewsDesk", "cryptobrief_daily"),
        src=NEWS_SRC, batch=B, when=("2025-02-21", "2025-03-31"),
        urls=["https://www.coindesk.com/business/2025/{rand}", "https://www.theblock.co/post/{rand}",
              "https://www.dlnews.com/articles/defi/{rand}"]),
    ben("c26-en-b3-trump-memecoin-news", "crypto-news", "en",
        "Coverage of the $TRUMP memecoin launch on Solana (Jan 2025), $MELANIA, and the May 2025 top-holder "
        "dinner; lookalike-ticker losses",
        ["Donald Trump launched a memecoin, $TRUMP, on Solana late Friday. About 80% of supply sits with "
         "Trump-affiliated entities, unlocking over three years. Market cap briefly topped $10B.",
         "$MELANIA memecoin launches two days after $TRUMP, and the president's token drops sharply as traders "
         "rotate.",
         "The top 220 $TRUMP holders will get a private dinner with the president at his Virginia golf club, "
         "per the token's site. Price jumped 50%+ on the announcement. {url}",
         "Dozens of copycat tokens with the same ticker launched within an hour of the official contract "
         "address being posted, and plenty of buyers picked the wrong one. {url}",
         "lmao the trump coin dinner leaderboard is out and #1 is a wallet everyone thinks is Justin Sun"],
        ("CoinDeskWire", "Reuters_Tech_", "BlockworksNews", "unchained_pod_fan", "wublockchain_fan"),
        src=NEWS_SRC, batch=B, when=("2025-01-18", "2025-05-31"),
        urls=["https://www.reuters.com/technology/{rand}", "https://blockworks.co/news/{rand}"]),

    # ------------------------------------------------------------------ dev-release
    ben("c26-en-b3-wallet-app-release", "dev-release", "en",
        "Wallet app / browser extension release notes adding address-poisoning warnings, approval "
        "simulation and drainer blocklists (2024-2026)",
        ["Wallet v{ver} is out 🚀\n- address poisoning alerts: we warn when a pasted address looks like one "
         "you've used before but isn't\n- approval simulation\n- bug fixes",
         "New in {ver}: before you sign an unlimited token approval, we show exactly which contract gets access "
         "and how much. Known drainer contracts are blocked outright.",
         "Shipped: contacts now show the first 6 / last 6 characters highlighted, and zero-value transfer spam "
         "is hidden from history by default. Notes: {url}",
         "Extension {ver} is rolling out on Chrome and Firefox over the next 24h. If your store still shows the "
         "old version, just wait. Don't sideload from random links.",
         "tiny release today ({ver}): fixed a crash when an ENS name resolves to a contract with no code, and "
         "'send max' now leaves enough for gas"],
        ("Rabby_io", "rainbowdotme", "phantom", "TrustWalletDev", "frame_sh"),
        src=BRAND_SRC, batch=B, when=("2024-04-01", "2026-03-31"),
        urls=["https://github.com/{rand}/wallet/releases", "https://blog.wallet-dev.io/release-{rand}"]),
    ben("c26-en-b3-pectra-fusaka-clients", "dev-release", "en",
        "Ethereum client releases for the Pectra (May 7, 2025, EIP-7702) and Fusaka (Dec 3, 2025) hard forks",
        ["Pectra is scheduled for mainnet at epoch 364032 (May 7). Node operators: upgrade execution AND "
         "consensus clients before then. Grab the latest Geth 1.15.x, older builds will fall off the chain.",
         "Fusaka hits mainnet Dec 3. if you run a validator and haven't updated yet, this is your sign. client "
         "releases listed here: {url}",
         "Lighthouse v{ver} released. Mandatory for Fusaka. Includes PeerDAS and a fix for an edge case in "
         "blob sidecar gossip.",
         "EIP-7702 is live: EOAs can now delegate to contract code. Wallet devs, please show users clearly what "
         "they're delegating to. A malicious delegation is as good as handing over the keys.",
         "Nethermind {ver}\n\n• Pectra fork config\n• BLS12-381 precompiles\n• EIP-7702 set-code txs\n\n"
         "Recommended for all mainnet nodes."],
        ("go_ethereum", "sigp_io", "NethermindEth", "ethstaker_news", "timbeiko_fan"),
        src=DEV_SRC, batch=B, when=("2025-03-15", "2025-12-10"),
        urls=["https://blog.ethereum.org/2025/{rand}", "https://github.com/ethereum/pm/issues/{rand}"]),

    # ------------------------------------------------------------------ donation-wallet
    ben("c26-en-b3-ua-frontline-fund", "donation-wallet", "en",
        "Ukrainian volunteer and humanitarian funds posting their crypto donation addresses (drones, "
        "generators, evacuation vehicles), 2024-2026",
        ["You can support our drone program directly in crypto:\nBTC: {btc}\nETH / USDT (ERC-20): {eth}\n"
         "Every coin is reported publicly on our site.",
         "Crypto donations are still open 🇺🇦 In 2025 they funded 1,100 FPV kits and two evacuation vehicles. "
         "Addresses are only on {url} and in this pinned post. We never DM asking for donations.\nBTC {btc}",
         "USDT (TRC-20): {trx}\nETH: {eth}\n\nthank you to everyone who keeps helping. monthly reports as "
         "always.",
         "@{reply} yes, the addresses in our bio are correct and haven't changed since 2022. If anyone sends "
         "you \"new\" ones, it's not us.",
         "Winter fundraiser: generators for frontline hospitals. We take card, bank transfer and crypto.\n"
         "BTC {btc} | ETH {eth}"],
        ("UA_DroneFund", "KharkivAidHub", "MedEvacUA", "frontline_gens", "Hospitallers_Help"),
        src=NONPROFIT, batch=B, when=("2024-01-01", "2026-02-28"),
        urls=["https://uadronefund.org/crypto", "https://kharkivaid.org/donate"],
        fill={"reply": REPLY}),
    ben("c26-en-b3-foss-crypto-donations", "donation-wallet", "en",
        "Open-source projects and small nonprofits listing crypto donation addresses next to Sponsors/"
        "OpenCollective, incl. announced address rotation to a multisig (2024-2026)",
        ["Running this project costs about $900/month in servers. If it saves you time, consider chipping in: "
         "GitHub Sponsors, OpenCollective, or BTC {btc}",
         "we now accept litecoin too 🎉 LTC: {ltc}\nthanks to everyone who kept asking",
         "donations page updated. New BTC address is {btc} because we moved to a 2-of-3 multisig held by board "
         "members. Old address is still monitored; a message signed with the old key is in the repo.",
         "Crypto was ~6% of small donations last year and all of it went to storage and bandwidth.\n"
         "BTC {btc}\nETH {eth}\nDOGE {doge}\nThank you 🙏",
         "Transparency note: the ETH address on our site ({eth}) received 41 donations last quarter. Every "
         "incoming tx is listed in the annual report."],
        ("tinyfoss_proj", "ArchiveTeamish", "mastodon_self_host", "osm_local_chapter", "ebook_tools_dev"),
        src=DEV_SRC, batch=B, when=("2024-01-01", "2026-03-31")),

    # ------------------------------------------------------------------ etf-news
    ben("c26-en-b3-alt-etf-launches", "etf-news", "en",
        "SEC generic listing standards for crypto ETPs (Sept 2025) and the first US spot SOL/XRP/LTC/HBAR ETF "
        "launches (Oct-Nov 2025)",
        ["SEC approves generic listing standards for commodity-based trust shares, clearing a path for spot "
         "crypto ETFs like SOL and XRP to list without individual 19b-4 approvals.",
         "Bitwise's Solana Staking ETF ($BSOL) debuts on NYSE today, the first US spot SOL fund with staking "
         "built in. {url}",
         "Canary's spot XRP ETF $XRPC starts trading on Nasdaq. Day-one volume put it among the biggest ETF "
         "launches of the year.",
         "etf update: the shutdown stalled the SEC, but the S-1s just went effective on their own after 20 days. "
         "so yes the LTC and HBAR ETFs are live too lol",
         "@{reply} no, this does not mean the SEC \"endorses\" SOL. It means an exchange can list a fund that "
         "holds it if it meets the standards. Different thing."],
        ("EricBalchunas_fan", "ETFStream", "JSeyff_watch", "BloombergCrypto_", "etf_nerd_jane"),
        src=NEWS_SRC, batch=B, when=("2025-09-17", "2025-12-15"),
        urls=["https://www.bloomberg.com/news/articles/2025-10-28/{rand}", "https://www.etf.com/sections/news/{rand}"],
        fill={"reply": REPLY}),
    ben("c26-en-b3-btc-etf-flows", "etf-news", "en",
        "Daily spot bitcoin/ether ETF flow posts (Farside-style tables, IBIT record days, outflow streaks), "
        "2024-2026",
        ["US spot bitcoin ETF flows yesterday: IBIT -${m1}M, FBTC -${m2}M, GBTC -$42M, ARKB +$12M. Fourth "
         "straight day of outflows (table in pic)",
         "IBIT pulled in over $1B in a single day. Again. BlackRock's bitcoin ETF now holds more BTC than almost "
         "anyone not named Satoshi.",
         "ETH ETFs quietly strung together 14 straight days of inflows while everyone was staring at memecoins 👀 "
         "chart below",
         "flows for today are in, see image. green across the board except grayscale. as usual",
         "Spot bitcoin ETFs just logged their worst month of outflows since launch as BTC slid under $90K. {url}"],
        ("FarsideFlowsFan", "HODL15Capital_", "nategeraci_watch", "etf_flow_bot", "coinbureau_news"),
        src=NEWS_SRC, batch=B, when=("2024-11-01", "2026-01-31"),
        urls=["https://farside.co.uk/btc/", "https://www.theblock.co/data/etfs/{rand}"],
        fill={"m1": ["523", "88", "211", "37"], "m2": ["19", "146", "63"]}),

    # ------------------------------------------------------------------ exchange-announcement
    ben("c26-en-b3-exch-wallet-maint", "exchange-announcement", "en",
        "Exchange notices of wallet maintenance and paused/resumed deposits and withdrawals around network "
        "upgrades and congestion (Pectra May 2025 and others)",
        ["🛠 Scheduled maintenance: deposits and withdrawals on the Ethereum network will be suspended from "
         "10:00 to 11:00 UTC for the Pectra upgrade. Trading is not affected.",
         "We've temporarily paused SOL withdrawals due to network congestion. Funds are safe. Updates here as "
         "soon as they resume.",
         "Update: BTC withdrawals have resumed. Some queued withdrawals may take up to 2 hours to process. "
         "Thanks for your patience.",
         "Wallet maintenance for TRX (TRC-20) on {date}, about 2 hours. Deposits sent during the window will be "
         "credited once it ends. No action needed.",
         "@{reply} sorry for the wait! your withdrawal is in the queue. please don't post account details here, "
         "open a ticket in the app and we'll look into it."],
        ("KrakenSupport", "BinanceHelpDesk", "OKX_Status", "kucoincom_help", "Bitstamp_status"),
        src=EXCH_SRC, batch=B, when=("2024-06-01", "2026-02-28"),
        fill={"date": ["May 7", "June 12", "Sept 3", "Jan 15"], "reply": REPLY}),
    ben("c26-en-b3-exch-deposit-notices", "exchange-announcement", "en",
        "Exchange notices on delistings, deposit-address migrations, recovery of wrong-token deposits and "
        "refunds for failed deposits (recurring pattern, 2024-2026)",
        ["Notice: we will delist {tok} on {date}. Trading ends 08:00 UTC; withdrawals stay open for 90 days. "
         "Please do not deposit {tok} after trading ends.",
         "We're upgrading our wallet infrastructure, so some of you will see a new BTC deposit address in the "
         "app. Old addresses keep working until further notice. Always copy your deposit address from the app, "
         "never from a message or email.",
         "Sent the wrong token to your deposit address? You can now request recovery of unsupported ERC-20 "
         "deposits in Help Center → Deposit issues. Fee applies, and not every token is recoverable.",
         "Refunds for the {tok} deposits stuck during the {date} node outage have been credited. Still missing "
         "one? Contact support in the app with the TxID.",
         "XRP deposits need a destination tag. Deposits without one can be recovered but it takes 7-14 days. "
         "Double-check before you hit send 🙏"],
        ("KrakenSupport", "coinbase_support_", "Bitget_Announce", "Gemini_Status", "BybitHelp_"),
        src=EXCH_SRC, batch=B, when=("2024-03-01", "2026-03-31"),
        fill={"tok": ["WAVES", "OMG", "XEM", "BSV", "ZEC", "ALPACA"],
              "date": ["March 14", "April 2", "July 30", "November 11"]}),

    # ------------------------------------------------------------------ generic
    ben("c26-en-b3-refund-saga", "generic", "en",
        "Everyday posts about chasing refunds and compensation from airlines, retailers and furniture shops "
        "(timeless pattern, 2024-2026)",
        ["day 47 of trying to get a refund for a flight THEY cancelled. the chatbot just said 'I understand your "
         "frustration' for the fourth time",
         "GOT MY REFUND!!! 3 months, 2 complaint forms and one very long phone call. persistence works kids",
         "psa if your flight gets cancelled in the EU you can claim compensation, not just a refund. don't let "
         "them talk you into a voucher",
         "ordered a couch in October. it is now February. no couch, no refund, customer service says 'it's on "
         "its way'. the couch is a myth",
         "@{reply} same happened to me, send them a formal letter with a deadline. refunded within a week"],
        ("amy_in_transit", "thatguykev", "rosiepaints", "dan_the_commuter", "lucy_lou_99"),
        src=PERSON_SRC, batch=B, when=("2024-01-01", "2026-03-31"),
        fill={"reply": REPLY}),
    ben("c26-en-b3-lost-wallet-everyday", "generic", "en",
        "Everyday posts using 'wallet', 'send', 'double' literally: lost leather wallet, coffee orders, Apple "
        "Wallet, asking friends to send a link (timeless)",
        ["lost my wallet somewhere between the 14th st station and the bagel place. brown leather, has my ID "
         "and a very embarrassing library card. if found pls DM 🙏",
         "UPDATE: wallet found!!! a stranger handed it in at the bagel place, everything still inside. faith in "
         "humanity restored",
         "me: I'll just grab a coffee\nalso me: double shot, oat, extra caramel, $8.40\nmy wallet: 💀",
         "Apple Wallet really lets you walk out the door without your actual wallet and then you're standing at "
         "the DMV with nothing",
         "can someone send me the link to that recipe from last week, the double chocolate one"],
        ("bagelboy_nyc", "meg_reads_things", "theresa_k", "jules.bsky.social", "ollie_codes"),
        src=PERSON_SRC, batch=B, when=("2024-01-01", "2026-03-31")),

    # ------------------------------------------------------------------ legit-airdrop-news
    ben("c26-en-b3-jupuary-2025", "legit-airdrop-news", "en",
        "Jupiter's second 'Jupuary' JUP airdrop (Jan 2025, reduced to 700M JUP after a DAO vote) and official "
        "'claim only on jup.ag' posts",
        ["Jupuary is live ☀️ Eligible wallets can claim JUP at jup.ag. Only there. We won't DM you and we "
         "won't post a different link.",
         "Jupiter's second \"Jupuary\" airdrop distributes 700M JUP to roughly 2 million wallets, down from the "
         "1B first planned after a DAO vote. {url}",
         "checked the jupuary checker, got a modest bag. not life changing but i'll take it 😂",
         "Reminder: the Jupuary claim window closes soon. Unclaimed tokens go back to the DAO treasury.",
         "@{reply} the real checker is on jup.ag. the one in your screenshot is some 'jup-claim' lookalike "
         "domain and it's a drainer, please don't connect"],
        ("JupiterExchange", "weremeow_fan", "solana_daily", "jup_cat_army", "TheBlockNews"),
        src=PERSON_SRC, batch=B, when=("2025-01-15", "2025-02-28"),
        urls=["https://www.theblock.co/post/{rand}/jupiter-jupuary", "https://decrypt.co/{rand}/jupuary"],
        fill={"reply": REPLY}),
    ben("c26-en-b3-zro-proof-of-donation", "legit-airdrop-news", "en",
        "LayerZero's ZRO airdrop (June 2024) that required a 'proof of donation' of $0.10 per ZRO to "
        "Protocol Guild to claim",
        ["LayerZero's ZRO claim is live, and yes you have to donate to claim: $0.10 in USDC, USDT or ETH per "
         "ZRO, all of it going to Protocol Guild. The \"proof of donation\" model, as promised.",
         "honestly 'donate to claim' is the most scam-looking legit mechanism I've ever seen. triple checked "
         "the url before signing anything",
         "Protocol Guild, which funds Ethereum core devs, has received well over $10M from ZRO claim donations "
         "so far. {url}",
         "ZRO airdrop: over a million addresses eligible, sybil-flagged wallets excluded. Claim only through "
         "the official LayerZero Foundation site.",
         "@{reply} no, the donation goes to Protocol Guild, not LayerZero. it's on-chain, you can see it in the "
         "claim tx"],
        ("LayerZero_Core", "PrimordialAA_fan", "protocolguild_", "defi_ignas_fan", "airdrop_diaries"),
        src=PERSON_SRC, batch=B, when=("2024-06-20", "2024-07-31"),
        urls=["https://www.coindesk.com/tech/2024/06/20/{rand}", "https://protocol-guild.readthedocs.io/{rand}"],
        fill={"reply": REPLY}),

    # ------------------------------------------------------------------ news-link
    ben("c26-en-b3-sec-x-hack-case", "news-link", "en",
        "Headlines with links about the SIM swap behind the SEC X account takeover (fake bitcoin ETF approval, "
        "Jan 2024), the Oct 2024 arrest and 2025 sentencing of Eric Council Jr.",
        ["Alabama man arrested over SIM swap that let hackers take over the SEC's X account and post a fake "
         "bitcoin ETF approval {url}",
         "Man who helped hijack SEC's X account sentenced to 14 months in prison {url}",
         "From the archive: how one fake post from the SEC moved bitcoin by $1,000 in minutes {url}",
         "SEC confirms two-factor authentication was switched off on its X account when it was hijacked {url}",
         "The SIM swap that hijacked a federal regulator's account started with a fake ID printed at home. "
         "Read: {url}"],
        ("AP_Tech", "verge_policy", "TechCrunchSec", "courthousenews_", "CyberScoopNews"),
        src=NEWS_SRC, batch=B, when=("2024-10-17", "2025-06-30"),
        urls=["https://apnews.com/article/{rand}", "https://www.theverge.com/2024/10/17/{rand}",
              "https://cyberscoop.com/{rand}"]),
    ben("c26-en-b3-brand-hijack-memecoin-news", "news-link", "en",
        "Headlines with links about hacked brand accounts shilling memecoins, led by McDonald's Instagram "
        "promoting a fake 'GRIMACE' Solana token (Aug 2024)",
        ["McDonald's Instagram account hacked to promote fake \"GRIMACE\" memecoin; hackers claim $700K haul "
         "{url}",
         "Hackers used McDonald's Instagram to pump a memecoin. Here's how the scheme worked {url}",
         "Brands keep losing their social accounts to memecoin scammers. The latest: {brand}. {url}",
         "Grimace coin rug pull: what we know so far {url}",
         "Why do hacked brand accounts always shill memecoins? A security researcher explains the economics "
         "👇 {url}"],
        ("decrypt_media_", "engadget_news", "BBCTech_", "MarketingDive_", "404mediaco"),
        src=NEWS_SRC, batch=B, when=("2024-08-21", "2025-12-31"),
        urls=["https://decrypt.co/{rand}/mcdonalds-instagram-hacked-grimace", "https://www.engadget.com/{rand}",
              "https://www.404media.co/{rand}"],
        fill={"brand": ["a national pizza chain", "a Premier League club", "a 90s boy band",
                        "a major sneaker retailer"]}),

    # ------------------------------------------------------------------ politics
    ben("c26-en-b3-genius-act-sbr", "politics", "en",
        "Lawmakers on the GENIUS Act stablecoin bill (Senate passage June 2025, signed July 2025), the "
        "Strategic Bitcoin Reserve executive order (Mar 2025) and state crypto-ATM caps",
        ["The GENIUS Act just passed the Senate 68-30. The first real federal framework for stablecoins. Proud "
         "to have voted yes.",
         "Today the President signed an executive order establishing a Strategic Bitcoin Reserve, capitalized "
         "with bitcoin the government already holds from forfeitures. No new taxpayer purchases.",
         "A \"Strategic Bitcoin Reserve\" is a fancy name for the federal government sitting on a speculative "
         "asset. I'd vote no again tomorrow.",
         "My office has heard from dozens of seniors who lost savings at crypto ATMs after a scammer told them "
         "to \"send it to keep it safe\". This week I'm introducing a bill to cap daily kiosk transactions.",
         "Stablecoin bill signed into law 🖊️ Reserve requirements, audits, consumer protections. Next up: "
         "market structure."],
        ("SenLummisFan", "RepFrenchHillOff", "SenatorWarrenWatch", "StateSenMaria_R", "Rep_Dan_Okafor"),
        src=POL_SRC, batch=B, when=("2025-03-06", "2025-12-31")),
    ben("c26-en-b3-campaign-match-deadline", "politics", "en",
        "Campaign fundraising posts with urgent deadlines and 'double/triple match' language (FEC quarter-end "
        "pushes, 2024 and 2026 cycles), plus voters mocking them",
        ["URGENT: our end-of-quarter deadline is MIDNIGHT. A donor has agreed to TRIPLE-match every gift. Chip "
         "in $5 now: {url}",
         "We are $41,000 short. I hate asking, but the deadline is real. Every dollar is matched 2x until "
         "11:59pm. {url}",
         "Thank you!! We crushed the FEC deadline: 18,000 donations, average $27, zero corporate PAC money.",
         "Quick note: this campaign does not accept crypto, and nobody from our team will DM you asking for "
         "money. Official links live only on our website.",
         "every campaign text i get says FINAL NOTICE and 'your membership is expiring'. i'm not a member of "
         "anything. i gave $10 once in 2020"],
        ("KatieForCongress", "TeamRyanOH", "ElectMarisolD", "JoshForSenate26", "tired_voter_pa"),
        src=POL_SRC, batch=B, when=("2024-03-25", "2026-03-31"),
        urls=["https://secure.actblue.com/donate/{rand}", "https://secure.winred.com/{rand}/donate"]),

    # ------------------------------------------------------------------ price-news
    ben("c26-en-b3-btc-milestones", "price-news", "en",
        "Bitcoin price milestones: first $100K (Dec 5, 2024), ~$109K before the Jan 2025 inauguration, total "
        "crypto market cap above $4T (Jul 2025), new ATH above $126K (Oct 2025)",
        ["BITCOIN JUST HIT $100,000 🚨",
         "$BTC prints a new all-time high above $126K. The rally has been driven largely by ETF inflows.",
         "bitcoin at 100k and my coworker who told me to buy at 3k in 2018 is insufferable today. deservedly",
         "BTC briefly topped $109,000 hours before the inauguration, then slid back. ETH lagging, SOL +6% on the "
         "day.",
         "Total crypto market cap crosses $4 trillion for the first time {url}"],
        ("WatcherGuru_fan", "btc_archive_", "CoinMarketCapNews", "kate_hodls", "TheBlockNews"),
        src=NEWS_SRC, batch=B, when=("2024-12-05", "2025-10-31"),
        urls=["https://www.coindesk.com/markets/{rand}", "https://www.cnbc.com/2025/{rand}"]),
    ben("c26-en-b3-oct10-liquidations", "price-news", "en",
        "The Oct 10, 2025 crypto crash after the 100% China tariff announcement: record ~$19B liquidations, "
        "exchange depegs, Binance compensation",
        ["Largest liquidation event in crypto history: about $19B in leveraged positions wiped in 24h after the "
         "100% China tariff post. BTC down double digits intraday, alts far worse.",
         "portfolio did -40% in 20 minutes and then +25% and i'm just sitting here staring at the wall",
         "Several altcoins printed near-zero wicks on some venues overnight. Binance says it will compensate "
         "users hit by the USDe, wBETH and BNSOL depegs on its platform. {url}",
         "BTC back above $110K after Friday's crash. Funding reset, open interest way down. Healthy flush or "
         "the start of something worse? 🤔",
         "ok who else got liquidated friday. no judgment. this is a support group now"],
        ("CoinGlass_fan", "degen_diary", "tier10k_watch", "lisa_trades_eth", "BlockworksNews"),
        src=PERSON_SRC, batch=B, when=("2025-10-10", "2025-10-20"),
        urls=["https://www.coindesk.com/markets/2025/10/11/{rand}", "https://www.theblock.co/post/{rand}"]),

    # ------------------------------------------------------------------ sports
    ben("c26-en-b3-club-giveaway-live", "sports", "en",
        "Sports clubs' matchday posts: doubleheaders, bobblehead giveaway nights, 'we're LIVE' press "
        "conferences, signed-shirt giveaways with 'only our verified account' notes (2024-2026)",
        ["DOUBLEHEADER TODAY ⚾ Game 1 at 1:05, Game 2 at 6:40. First 15,000 fans get a bobblehead. Gates open "
         "at noon.",
         "We're LIVE from the training ground 🎙️ Pre-match press conference ahead of Saturday. Watch here: "
         "{url}",
         "GIVEAWAY 🎁 Win a signed home shirt! Follow us and reply with your score prediction for Sunday. "
         "Winner picked at full time.",
         "Congrats @{reply}, you're our giveaway winner! 🎉 Check your DMs from THIS account. Anyone else "
         "messaging you about a prize isn't us.",
         "send us your best matchday photos with #OurGround and you might end up on the big screen next home "
         "game 📸"],
        ("RiverCityNines", "AFCWestbridge", "ThunderHoops", "PortsideFC", "MetroSoxBB"),
        src=SPORT_SRC, batch=B, when=("2024-03-01", "2026-03-31"), urls=YT,
        fill={"reply": REPLY}),
    ben("c26-en-b3-tickets-in-wallet", "sports", "en",
        "Club ticketing posts: season tickets sent to Apple/Google Wallet, in-app ticket transfer ('Send'), "
        "refunds for postponed matches, warnings about resale scams asking for crypto (2024-2026)",
        ["Season ticket members: your 2025/26 tickets have been sent to your Apple Wallet / Google Wallet. "
         "Check your inbox for the link. No paper tickets this season.",
         "can't find your tickets? official app → My Tickets → Add to Wallet. screenshots will not scan at the "
         "gate.",
         "Transferring a ticket to a friend? Use the Send button in the app. Never buy from someone on social "
         "media asking for bank transfer or crypto.",
         "Refunds for Wednesday's postponed match will go back to the original payment method automatically "
         "within 10 working days. No need to contact us.",
         "@{reply} the transfer link expires after 72 hours, so get your mate to accept it before Friday. if it "
         "lapses just send it again 👍"],
        ("AFCWestbridgeTix", "ThunderHoopsTix", "PortsideFC_Help", "RiverCityTickets", "SeahawksFanDesk"),
        src=SPORT_SRC, batch=B, when=("2024-07-01", "2026-03-31"),
        fill={"reply": REPLY}),
]
