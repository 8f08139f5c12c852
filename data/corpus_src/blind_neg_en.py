"""Blind test set (batch 3, never trained on): neg_en families.

English benign (label 0) posts, two families per benign kind, written as hard negatives where the kind
allows: they carry the vocabulary of the scams (send, double, giveaway, claim, airdrop, wallet, address,
contract, live, urgent) in posts that are legitimate.
"""
from .pools import BRAND_SRC, EXCH_SRC, NEWS_SRC, PERSON_SRC, POL_SRC, SPORT_SRC, bait, ben  # noqa: F401

NEWS_URLS = ["https://www.coindesk.com/markets/2024/{rand}", "https://www.theblock.co/post/{rand}",
             "https://www.reuters.com/technology/{rand}", "https://decrypt.co/{rand}"]

FAMILIES = [
    # ------------------------------------------------------------------ anti-scam-warning
    ben("b26-en-hijack-aftermath-notice", "anti-scam-warning", "en",
        "Statements companies post after their X account was taken over to push a fake token or airdrop "
        "(pattern of Mandiant, CertiK-style and many web3 startups' takeovers, 2023-2025)",
        ["Update: access to this account has been restored. Between 02:10 and 03:05 UTC someone posted a "
         "\"token airdrop\" with a claim link. That was not us. We have no token, there is no airdrop, and "
         "nobody on our team will ever ask you to connect your wallet.",
         "We've regained control of our X account. The posts announcing a token launch and the contract "
         "address {eth} were made by an attacker and have been deleted. Do NOT interact with that contract. "
         "A full incident write-up will follow.",
         "1/3 Last night our account was taken over via a phished login and the attacker pinned a fake "
         "\"claim your rewards\" post.\n\n2/3 Clicked but didn't sign anything? You're fine. Approved a "
         "transaction? Revoke token approvals right away.\n\n3/3 2FA is now on hardware keys. We're sorry.",
         "heads up: the airdrop tweet you saw from us an hour ago was NOT us. account is back in our hands. "
         "don't send anything to anyone, don't connect wallets, we never DM first",
         "To our customers: a fraudulent post offering \"double rewards\" on crypto deposits appeared on this "
         "account earlier today. It has been removed and the account secured with X. We do not run crypto "
         "promotions of any kind.",
         "if you sent funds to {eth} after the fake post on our account, please file a report with your local "
         "police and IC3 and send us the tx hash. we're working with exchanges to flag the address."],
        ("helixlabs_hq", "QuillbyteApp", "NorthpeakSec", "OrbitalPayHQ", "terraforma_games"),
        src=BRAND_SRC, n=7, batch=3, when=("2023-06-01", "2025-09-30")),
    ben("b26-en-deepfake-live-psa", "anti-scam-warning", "en",
        "Researchers and community members warning about hijacked YouTube channels running deepfake "
        "'live' crypto giveaways of CEOs and celebrities (2022-2025)",
        ["PSA: there's a \"live\" stream on YouTube right now with a deepfaked exchange CEO telling viewers to "
         "send XRP to a QR code and get double back. It's a looped AI video on a hijacked channel. Report it, "
         "don't scan it.",
         "The address shown on tonight's fake \"SpaceX live event\" ({btc}) has already taken in a few thousand "
         "dollars. If your parents watch YouTube, tell them: nobody doubles your bitcoin. Ever.",
         "@grandma_tech yes that \"live event\" is fake. real companies don't ask you to send coins so you get "
         "more coins back. the channel was hijacked and renamed about an hour ago",
         "Tracking thread for tonight's deepfake giveaway streams 🧵 Channel names, wallet addresses and "
         "takedown status below.\n\nCurrent scam address: {eth}\nStatus: reported, still live. DO NOT SEND.",
         "quick way to spot these: real livestreams have chat on and a channel history. the fake giveaway "
         "ones have chat disabled, 80k \"viewers\" and a channel that was uploading minecraft clips yesterday",
         "Third Saylor deepfake this week pushing a \"BTC doubling event\". His team has said they take down "
         "dozens of these a day. If a stream promises to send back 2x, it is a scam."],
        ("OnchainSherlock", "mara_secops", "fraudwatch_daily", "kate_on_ledgers", "phishfinder_io"),
        src=PERSON_SRC, n=7, batch=3, when=("2022-06-01", "2025-10-31")),

    # ------------------------------------------------------------------ brand-promo
    ben("b26-en-coffee-double-points", "brand-promo", "en",
        "Coffee/retail chain social posts: double-points weekends, giveaways, app rewards (ongoing pattern)",
        ["DOUBLE POINTS WEEKEND ☕✨ Fri–Sun, every purchase in the app earns 2x. No code needed, just scan "
         "and sip.",
         "GIVEAWAY 🎁 We're giving away 10 limited-edition tumblers! To enter: follow us, like this post and tag "
         "a friend who needs caffeine. Winners announced Monday. No purchase necessary, 18+, US only, rules in bio.",
         "your rewards are waiting 👀 claim your free birthday drink in the app any day of your birthday month",
         "Going LIVE on Instagram at 3pm ET with our head roaster. Ask her anything, and we'll send sample "
         "bags to the five best questions.",
         "Psst. Send this to the friend who still owes you a coffee. Buy one, get one free, today only at "
         "participating stores."],
        ("BeanAndBarrel", "northloopcoffee", "DailyGrindCo", "LarkCafe"),
        src=BRAND_SRC, batch=3, when=("2023-01-01", "2025-11-30")),
    ben("b26-en-hw-wallet-brand", "brand-promo", "en",
        "Hardware-wallet makers' marketing posts: sales, product drops, giveaways, seed-phrase reminders "
         "(2021-2025 pattern)",
        ["Your keys, your coins. 🔐 Our Black Friday sale is live: 25% off every hardware wallet through "
         "Monday, only on our official store. Never buy a hardware wallet from a third-party reseller.",
         "New colorway just dropped. Same secure element, same open-source firmware, now in matte orange. "
         "Ships next week.",
         "Reminder: we will never ask for your 24 words. Not by email, not in DMs, not on a call. Anyone "
         "asking for your recovery phrase is trying to rob you. 🧡",
         "Giveaway time 🎉 We're sending 3 devices to 3 followers. Reply with the first coin you ever bought. "
         "Winners picked Friday and announced here. We'll only ask winners for a shipping address, nothing else.",
         "Setting up a new device over the holidays? Our step-by-step guide covers generating your seed "
         "offline, checking the receive address on the device screen and doing a small test send first.",
         "Firmware {ver} is rolling out: faster signing for large PSBTs, Taproot multisig display, and a "
         "clearer warning when a contract asks for unlimited token approval. Update via the desktop app."],
        ("ShardWallet", "OrangeVault_HQ", "VaultlyHW", "CobaltKeys"),
        src=BRAND_SRC, n=7, batch=3, when=("2021-11-01", "2025-12-15")),

    # ------------------------------------------------------------------ celebrity-promo
    ben("b26-en-tour-presale", "celebrity-promo", "en",
        "Musicians announcing tours, ticket presales and album drops; 'presale' and 'claim' in their "
        "ticketing sense (ongoing pattern)",
        ["TOUR!!! 🎤 Europe + UK this fall. Fan presale starts Wednesday 10am local, sign up at the link for "
         "your code. General sale Friday. Can't wait to see your faces {url}",
         "presale codes went out this morning. check your email (and spam!!) — if you signed up you should "
         "have one. love u",
         "we added second shows in London and Berlin because you sold out the first ones in 9 minutes. double "
         "the nights, double the chaos 🖤 {url}",
         "Only buy tickets through the official link. If someone is DMing you \"spare tickets, pay by friends "
         "& family\" that's a scam, please don't.",
         "going live on tiktok tonight at 8 to play a couple of the new songs acoustic. bring questions",
         "NEW ALBUM FRIDAY. Pre-save now and you get early access to claim the limited clear vinyl before it "
         "goes public 💿 {url}"],
        ("maevethornemusic", "TheHollowPines", "jules_okafor", "RIVERSONGband"),
        src=PERSON_SRC, n=7, batch=3, when=("2023-02-01", "2025-10-31"),
        urls=["https://www.ticketmaster.com/event/{rand}", "https://www.ticketmaster.co.uk/event/{rand}",
              "https://lnk.to/{rand}"]),
    ben("b26-en-athlete-stream-giveaway", "celebrity-promo", "en",
        "Athletes and streamers promoting their streams, sponsored product giveaways and own product lines "
        "(ongoing pattern)",
        ["LIVE on Twitch in 10 min 🎮 squad games with the boys, and I'm giving away 3 signed jerseys to chat "
         "during the stream. No purchase, just be there",
         "Tomorrow my protein bar line hits shelves 🙌 Took two years to get the recipe right. Code KOFI20 for "
         "20% off your first order on the site.",
         "Thank you to everyone who came to the stream last night! Winners of the signed boots are in my DMs. "
         "I only DM from this account, ignore any copycat asking you to pay \"shipping\" in crypto.",
         "Partnered with a headphone brand for this one 🎧 they sent me the new pair and I'm sending 5 pairs "
         "to you. Repost + follow to enter, ends Sunday. #ad",
         "double session today, legs are dead, but stream's still happening at 7pm. come hang"],
        ("TheRealKofiB", "marcusdelray10", "jadewinters_gg", "nina_sprints"),
        src=PERSON_SRC, batch=3, when=("2023-01-01", "2025-11-30")),

    # ------------------------------------------------------------------ charity-match
    ben("b26-en-givingtuesday-match", "charity-match", "en",
        "Nonprofits announcing matching gifts on #GivingTuesday and year-end campaigns ('your gift is doubled')",
        ["It's #GivingTuesday! 💛 Thanks to a generous board member, every gift made today will be DOUBLED up "
         "to $50,000. Your $25 becomes $50 for families in our community. {url}",
         "We're $8,200 away from unlocking the full match. 5 hours left. Every dollar you send before midnight "
         "goes twice as far.",
         "MATCH ALERT 🚨 An anonymous donor will match every donation made before Dec 31, dollar for dollar. "
         "Double your impact for clean water: {url}",
         "Update from the food bank: we HIT the match goal!! You doubled $40k in 36 hours. We're honestly "
         "speechless. Thank you.",
         "Check whether your employer matches charitable gifts. Lots of companies do, and it literally doubles "
         "what you give. Takes two minutes: {url}"],
        ("RiverbendFoodBank", "CleanWaterNow_org", "BrightPathKids", "HarborShelterPDX"),
        src=BRAND_SRC, n=6, batch=3, when=("2022-11-20", "2025-12-31"),
        urls=["https://www.every.org/{rand}", "https://donate.riverbendfoodbank.org/{rand}",
              "https://www.classy.org/give/{rand}"]),
    ben("b26-en-crypto-donation-match", "charity-match", "en",
        "Nonprofits matching crypto donations (#CryptoGivingTuesday via The Giving Block) and Gitcoin "
        "matching-pool rounds (2021-2025)",
        ["This #CryptoGivingTuesday a donor has pledged to match all crypto gifts up to 5 BTC. Give BTC, ETH or "
         "stablecoins through our official donation page and your gift is doubled: {url}",
         "Yes, we accept crypto 🙂 And this week every ETH donation is matched 1:1 by our partners. Please only "
         "give through our verified page, never to an address someone DMs you. {url}",
         "212 crypto donations so far in the match window 🫶 The matching pledge is open until Friday. Thank "
         "you, web3 community.",
         "Donating appreciated crypto directly, instead of selling first, can mean no capital gains tax for "
         "you and more for the cause. Through Sunday it's also matched. (Not tax advice.) {url}",
         "The Gitcoin round for open-source maintainers is live! Small contributions count most: the matching "
         "pool amplifies projects with many individual donors. Our grant page: {url}"],
        ("codeforkids_org", "OpenLedgerFdn", "SaveTheEstuary", "mesh_mutual_aid"),
        src=BRAND_SRC, n=7, batch=3, when=("2021-11-25", "2025-12-05"),
        urls=["https://thegivingblock.com/donate/{rand}", "https://www.every.org/{rand}/donate/crypto",
              "https://explorer.gitcoin.co/#/round/42161/{rand}"]),

    # ------------------------------------------------------------------ commit-hash
    ben("b26-en-wallet-bugfix-commit", "commit-hash", "en",
        "Open-source wallet developers posting bug fixes with commit hashes (ongoing pattern)",
        ["fixed the checksum bug in the address validator ({sha7}). mixed-case ETH addresses were rejected when "
         "people pasted them with a trailing space 🙃",
         "@lena_rustdev nice catch, thank you! landed in {sha7}, will be in the next release",
         "bisected the flaky send-screen test down to {sha7}. the fee estimator was racing the wallet sync. "
         "revert is up, real fix tomorrow",
         "Security fix merged: commit {sha} stops the clipboard watcher from logging copied addresses in debug "
         "builds. Nothing left the device, but please update if you run nightly.",
         "PSA for people building from source: main is broken since {sha7}. pin to the last tag until CI is "
         "green again",
         "the \"double spend\" warning people saw in the mempool view yesterday was a UI bug, not a consensus "
         "thing. fix is {sha7}. sorry for the scare"],
        ("lena_rustdev", "0xkaito_dev", "mhernandez_oss", "bitwrench", "satsbox_dev"),
        src=PERSON_SRC, n=7, batch=3, when=("2022-01-01", "2025-11-30")),
    ben("b26-en-audit-commit-pin", "commit-hash", "en",
        "Projects pinning audits, reproducible builds and verified deployments to a commit hash (2021-2025)",
        ["Our v2 contracts audit is public. Scope: commit {sha}. 0 critical, 2 medium, both fixed in {sha7}. "
         "Full PDF in the repo.",
         "Reproducible build checks out ✅ my guix build of tag v{ver} matches the release: {hex64}. attestation "
         "PR is open",
         "For verifiers: the deployed bytecode matches the source at commit {sha}. You can check it yourself on "
         "the explorer's verified contract tab.",
         "weekly dev notes: 14 PRs merged, the big one is the new fee-bumping logic ({sha7}). next week: "
         "finish the hardware signer integration",
         "tag v{ver} → {sha}. if your local checkout says anything else, stop and tell us."],
        ("tidepool_xyz", "gearbox_dev", "ArcadiaBuilds", "hexmason"),
        src=PERSON_SRC, n=7, batch=3, when=("2021-03-01", "2025-11-30")),

    # ------------------------------------------------------------------ crypto-news
    ben("b26-en-bybit-hack-news", "crypto-news", "en",
        "News coverage of the Bybit hack, 21 Feb 2025 (~$1.4-1.5B in ETH, attributed by the FBI to North "
        "Korea's TraderTraitor/Lazarus); figures from memory",
        ["BREAKING: Bybit says an attacker took control of one of its ETH cold wallets and moved roughly "
         "$1.4 billion in ETH and staked ETH to an unknown address. CEO says client assets are backed 1:1. {url}",
         "The FBI has attributed the Bybit theft to North Korean hackers it tracks as \"TraderTraitor\" and asked "
         "exchanges, bridges and node operators to block transactions from the laundering addresses. {url}",
         "How the Bybit hack worked 🧵\n1/ Nobody broke the cold wallet's cryptography. The signing interface "
         "was tampered with, so signers approved what looked like a routine transfer but actually changed "
         "the wallet contract's logic.",
         "Bybit's CEO went live within hours of the hack to take questions, saying withdrawals were being "
         "processed normally. By most counts it's the largest crypto theft ever.",
         "On-chain investigators are following the stolen ETH as it is swapped on DEXes and bridged to "
         "Bitcoin. Bybit has launched a bounty paying a share of any recovered funds. {url}"],
        ("CryptoDeskWire", "blockbeat_news", "ledgerline", "DLTdaily"),
        src=NEWS_SRC, n=6, batch=3, when=("2025-02-21", "2025-03-15"), urls=NEWS_URLS),
    ben("b26-en-gov-wallet-moves", "crypto-news", "en",
        "On-chain alert accounts and reporters covering government / Mt. Gox wallet movements (2024)",
        ["Mt. Gox-labeled wallets just moved a large batch of BTC to a fresh address ({btc}). Creditor "
         "repayments through exchanges are expected to continue. A wallet shuffle is not a sell.",
         "On-chain alert: a wallet tied to US government seizures sent BTC to {btc}, which looks like an "
         "exchange deposit address. Last time this happened the coins were sold over a few weeks.",
         "🚨 1,204 #BTC (≈$83.9M) transferred from unknown wallet to unknown wallet\n\ntx: {btctx}",
         "A long-dormant ICO-era address woke up today and sent 2,000 ETH to {eth}. It had not moved in about "
         "eight years.",
         "The German state of Saxony is still sending seized bitcoin to exchanges and market makers; its "
         "remaining balance keeps shrinking day by day. {url}"],
        ("chainpulse_alerts", "WhaleWatchBot", "onchainreporter", "CryptoDeskWire"),
        src=NEWS_SRC, n=7, batch=3, when=("2024-05-20", "2024-12-31"), urls=NEWS_URLS),

    # ------------------------------------------------------------------ dev-release
    ben("b26-en-wallet-app-release", "dev-release", "en",
        "Wallet software release announcements with signed binaries (ongoing pattern)",
        ["Wallet v{ver} is out 🚀\n• Taproot receive addresses by default\n• Coin control on the send screen\n"
         "• Fixed: fiat value flicker on slow connections\nRelease notes + signed binaries: {url}",
         "v{ver} shipped. Biggest change: you can now label addresses and export them as CSV. Verify the PGP "
         "signature before installing, as always.",
         "New release {ver} adds passphrase support for hardware signers, new fee presets and the long-requested "
         "dark mode 🌙 Update from the app store or grab the APK from GitHub: {url}",
         "Heads up desktop users: {ver} fixes a bug where the \"send max\" button ignored the change output on "
         "some setups. Funds were never at risk, but please update.",
         "release candidate {ver}-rc1 is tagged. please test it on signet/testnet and report anything weird in "
         "the issue tracker 🙏"],
        ("satsbox_app", "FernWallet", "tally_dev_team", "lumen_wallet"),
        src=PERSON_SRC, n=7, batch=3, when=("2022-01-01", "2025-12-01"),
        urls=["https://github.com/{rand}/wallet/releases", "https://github.com/{rand}/desktop/releases/latest"]),
    ben("b26-en-pectra-client-upgrade", "dev-release", "en",
        "Ethereum client teams announcing Pectra-ready releases before mainnet activation on 7 May 2025 "
        "(Hoodi testnet, EIP-7702, EIP-7251); dates from memory",
        ["📣 Node operators: Pectra activates on mainnet on May 7. Our execution client v{ver} is Pectra-ready "
         "and a REQUIRED upgrade. Update before the fork or your node will not follow the chain. {url}",
         "urgent-ish: if you run a validator, update BOTH your execution and consensus clients this week. old "
         "versions won't follow the Pectra fork",
         "v{ver} released: hotfix for a peering issue some users saw after the upgrade. Not consensus-critical, "
         "but recommended. {url}",
         "What Pectra brings: EIP-7702 (regular accounts can temporarily act like smart contract wallets), a "
         "much higher max effective balance for validators (EIP-7251) and more blobs per block. All supported "
         "as of {ver}.",
         "Thanks to everyone who ran our client on Hoodi. Mainnet release {ver} is tagged and signed; checksums "
         "are in the release notes."],
        ("BasaltClient", "lodestar_ops_fan", "quartz_eth", "ethstaker_notes"),
        src=PERSON_SRC, n=7, batch=3, when=("2025-03-20", "2025-05-12"),
        urls=["https://github.com/{rand}/releases/tag/latest", "https://blog.ethereum.org/2025/04/{rand}"]),

    # ------------------------------------------------------------------ donation-wallet
    ben("b26-en-ukraine-crypto-donations", "donation-wallet", "en",
        "Ukrainian government and aid foundations posting crypto donation addresses after 24 Feb 2022 "
        "(addresses here are generated, not the real ones)",
        ["Ukraine now accepts crypto to support its people 🇺🇦\nBitcoin: {btc}\nETH and USDT (ERC-20): {eth}",
         "Our foundation buys equipment for Ukraine's defenders. You can donate in BTC: {btc}\nEvery hryvnia and "
         "every satoshi is reported on our public dashboard.",
         "Thank you to everyone who sent crypto. Tens of millions of dollars in the first days, already spent "
         "on helmets, vests and medical kits.",
         "We now also accept SOL: {sol}\nThank you for standing with Ukraine.",
         "Please copy donation addresses only from our official website. Scammers are posting fake \"Ukraine "
         "donation\" wallets in replies. We will never DM you an address."],
        ("Ukraine", "AidForUkraine_", "ComeBackAliveEN", "UA_digital_min"),
        src=POL_SRC, n=7, batch=3, when=("2022-02-26", "2022-07-31")),
    ben("b26-en-foss-donation-address", "donation-wallet", "en",
        "Open-source developers, small newsrooms and shelters posting crypto donation/tip addresses "
        "(ongoing pattern)",
        ["If this app has been useful to you, consider supporting development ⚡ BTC: {btc}\nor get a fresh "
         "address from our BTCPay page: {url}",
         "We're a two-person team keeping this open-source library alive. Donations: {eth} (ETH or any ERC-20), "
         "or GitHub Sponsors. Thank you 🙏",
         "Our independent newsroom now accepts bitcoin.\nOn-chain: {btc_tr}\nLightning: link in bio.\nNo paywall, "
         "ever.",
         "tip jar since people keep asking: {sol}\nno pressure at all, the app stays free",
         "The shelter accepts DOGE now 🐕 (yes, really) {doge}\nEvery coin goes to food and vet bills, and we "
         "post the receipts each month."],
        ("kestrel_oss", "mutt_rescue_co", "TheLocalLedgerNews", "rowan_codes"),
        src=PERSON_SRC, n=7, batch=3, when=("2021-01-01", "2025-11-30"),
        urls=["https://pay.kestrel.dev/apps/{rand}/pos", "https://btcpay.rowan.codes/api/v1/invoices/{rand}"]),

    # ------------------------------------------------------------------ etf-news
    ben("b26-en-spot-btc-etf-approval", "etf-news", "en",
        "Coverage of the SEC's real approval of 11 spot bitcoin ETFs on 10 Jan 2024, the day after the fake "
        "approval posted from its hijacked account; day-one volume figure from memory",
        ["JUST IN: The SEC has approved spot bitcoin ETFs, clearing the way for funds from BlackRock, Fidelity, "
         "Grayscale and others to start trading as soon as Thursday. {url}",
         "After a decade of rejections, U.S. regulators approved 11 spot bitcoin ETFs on Wednesday. What it "
         "means for ordinary investors: {url}",
         "Yesterday's \"approval\" from the SEC account came from a compromised account. Today's approval is "
         "real, confirmed in the agency's own statement. What a week.",
         "Day one for the spot bitcoin ETFs: roughly $4.6B traded across the new funds. GBTC led, IBIT was "
         "close behind.",
         "Gensler's statement stressed that approving the ETFs is not an endorsement of bitcoin itself, which "
         "he called a speculative, volatile asset. {url}"],
        ("MarketsDesk", "etf_tracker_news", "ledgerline", "WallSt_Brief"),
        src=NEWS_SRC, n=6, batch=3, when=("2024-01-10", "2024-01-20"), urls=NEWS_URLS),
    ben("b26-en-eth-etf-flows", "etf-news", "en",
        "Spot ether ETF coverage: 19b-4 approval May 2024, trading from 23 July 2024, daily flow updates",
        ["Spot ether ETFs start trading in the U.S. today after the SEC signed off on the final registration "
         "statements. {url}",
         "ETH ETF flows yesterday: net {dir} of ${amt}M. ETHA led again, ETHE outflows continued.",
         "A surprise from the SEC: the agency approved exchange rule filings for spot ether ETFs, a reversal "
         "few analysts expected until days before. {url}",
         "worth remembering the ETH ETFs launched WITHOUT staking. issuers have filed to add it, decision "
         "still pending",
         "Grayscale's ETHE has bled assets since its conversion, much like GBTC did in January, while the "
         "cheaper new funds took in money. {url}"],
        ("etf_tracker_news", "MarketsDesk", "flowdata_jm", "blockbeat_news"),
        src=NEWS_SRC, n=7, batch=3, when=("2024-05-23", "2025-06-30"), urls=NEWS_URLS,
        fill={"dir": ["inflow", "outflow", "inflow"], "amt": ["106.7", "33.2", "298.4", "61.0"]}),

    # ------------------------------------------------------------------ exchange-announcement
    ben("b26-en-exchange-maintenance", "exchange-announcement", "en",
        "Exchange status posts: wallet maintenance for network upgrades, delays, resolved incidents, support "
        "replies (ongoing pattern)",
        ["Scheduled maintenance: deposits and withdrawals of ETH and ERC-20 tokens will be paused from {time} "
         "UTC to support the network upgrade. Trading is not affected and your funds are safe.",
         "🔧 Wallet maintenance is complete. SOL deposits and withdrawals have resumed. Thanks for your patience.",
         "We're aware some BTC withdrawals are delayed due to high network fees. They are being processed and no "
         "action is needed. Never share your login details with anyone claiming to be support.",
         "Update {time} UTC: the login issue affecting the mobile app is resolved. If you still can't sign in, "
         "update to the latest version.",
         "System upgrade on {date}, expected to take about 2 hours. Open orders will stay in place; the API "
         "will be unavailable during the window.",
         "@dani_trades sorry for the wait! Your ticket is with our withdrawals team and they'll reply in the "
         "ticket (never by DM) as soon as possible."],
        ("KestrelXSupport", "novaexchange", "NovaEx_Status", "BlocktradeHelp"),
        src=EXCH_SRC, n=8, batch=3, when=("2022-01-01", "2025-11-30"),
        fill={"time": ["06:00", "08:30", "14:20", "02:00"], "date": ["March 12", "June 3", "Sept 18", "Nov 7"]}),
    ben("b26-en-exchange-listing-contract", "exchange-announcement", "en",
        "Exchange listing/delisting notices that carry the token's contract address or mint (ongoing pattern)",
        ["New listing 🚀 ${tok} is coming to our spot market. Deposits: open now. Trading: {date} 10:00 UTC "
         "({tok}/USDT). Contract (Ethereum): {eth}\nAlways verify on our official listing page before depositing.",
         "Listing announcement: we will support {tok} on Solana. Mint address: {sol}\nDeposit only via the "
         "Solana network; deposits sent on other networks cannot be recovered.",
         "Delisting notice: trading of {tok}/BTC ends on {date}. Withdrawals stay available for 90 days, please "
         "move your tokens to another wallet before then.",
         "{tok}-USDT perpetual futures go live in 2 hours with up to 20x leverage. Trade responsibly.",
         "Reminder: we never announce listings through DMs, Telegram groups or \"presale\" links. If it isn't on "
         "this account and in our announcement center, it isn't real."],
        ("novaexchange", "KestrelX", "Blocktrade_io", "meridian_ex"),
        src=EXCH_SRC, n=8, batch=3, when=("2023-01-01", "2025-11-30"),
        fill={"tok": ["ONDO", "PYTH", "ENA", "JTO", "ZRO"], "date": ["Feb 14", "April 2", "July 29", "Oct 21"]}),

    # ------------------------------------------------------------------ generic
    ben("b26-en-lost-wallet-found", "generic", "en",
        "Everyday posts about losing and finding a (leather) wallet",
        ["lost my wallet on the 38 bus this morning and a stranger handed it in at the depot with every card "
         "still in it. whoever you are, thank you 🥹",
         "Neighbors: found a brown wallet outside the grocery store on Elm St. DM me what's inside and I'll send "
         "it back to you.",
         "update: wallet guy replied!! it was his late dad's. meeting him at the coffee shop at 5. faith in "
         "humanity +1",
         "Spent 40 minutes tearing the house apart looking for my wallet. It was in the fridge. Next to the "
         "butter. I need a vacation.",
         "@mike_g dude you left your wallet in my car AGAIN lol. dropping it off tomorrow",
         "recommend me a slim wallet that isn't $200. mine is held together by hope and a hair tie"],
        ("tessa_reads", "bkwalsh", "noodle_dad", "priya_k_", "moss_and_tea"),
        src=PERSON_SRC, batch=3, when=("2022-01-01", "2025-12-31")),
    ben("b26-en-double-recipe-kitchen", "generic", "en",
        "Everyday home-cooking posts (doubling recipes, first live cooking stream, asking for ideas)",
        ["doubled the banana bread recipe for the bake sale and forgot to double the baking soda. it is now "
         "banana brick",
         "Sunday meal prep: double batch of chili, half goes in the freezer. future me says thanks",
         "My grandma's rule: if the recipe says one clove of garlic, use three. She was never wrong.",
         "went live on my little cooking channel for the first time and SIX people watched. two were my mom "
         "on different devices",
         "claiming the last slice of lasagna before my roommates wake up. no regrets",
         "Recipe help: my neighbor just gave me 2kg of zucchini. Please send ideas that aren't zucchini bread."],
        ("saltandsage_", "hungrygrad", "jo_bakes_badly", "ckitchen_tom"),
        src=PERSON_SRC, batch=3, when=("2022-01-01", "2025-12-31")),

    # ------------------------------------------------------------------ legit-airdrop-news
    ben("b26-en-uniswap-uni-airdrop", "legit-airdrop-news", "en",
        "Uniswap's UNI launch and retroactive airdrop, 16-17 Sep 2020 (400 UNI per past user, 15% of 1B supply "
        "to the community); figures from memory",
        ["Uniswap just launched its governance token UNI, and anyone who used the protocol before Sept 1 can "
         "claim 400 UNI. For many users that's worth over $1,000 at today's price. {url}",
         "Everyone's talking about the UNI airdrop. Claim only in the official Uniswap app, and never type your "
         "seed phrase into any site.",
         "15% of UNI's 1 billion supply goes to historical users, liquidity providers and SOCKS holders; the "
         "rest to team, investors, advisors and the treasury. {url}",
         "got 400 UNI for doing one swap in 2019. best airdrop of my life. not selling (I am absolutely selling)",
         "Analysis: Uniswap's retroactive airdrop could become the template for how DeFi projects reward early "
         "users. {url}"],
        ("defi_dispatch", "CryptoDeskWire", "amm_andy", "ledgerline"),
        src=NEWS_SRC, n=6, batch=3, when=("2020-09-16", "2020-10-15"), urls=NEWS_URLS),
    ben("b26-en-arbitrum-arb-airdrop", "legit-airdrop-news", "en",
        "Arbitrum ARB airdrop, 23 Mar 2023 (about 11.6% of the 10B supply to users by a points system; claim "
         "site congestion); figures from memory",
        ["Arbitrum's ARB airdrop is live. Eligible wallets can check and claim through the official Arbitrum "
         "claim page; the window stays open for about six months. {url}",
         "The ARB claim page is buckling under demand and the explorer went down for a while. Be patient, the "
         "window is months long, no need to panic-click random links.",
         "Around 11.6% of ARB's 10 billion supply went to users under a points system; wallets needed at least "
         "3 points to qualify. {url}",
         "claimed my ARB 🥳 nothing life-changing but I'll take it after all those bridge fees",
         "Scam watch: fake \"ARB claim\" sites are all over the replies today. The only claim is linked from "
         "arbitrum.foundation. Bookmark it."],
        ("defi_dispatch", "L2_weekly", "rollup_rachel", "blockbeat_news"),
        src=NEWS_SRC, n=6, batch=3, when=("2023-03-16", "2023-04-30"), urls=NEWS_URLS),

    # ------------------------------------------------------------------ news-link
    ben("b26-en-newsroom-headlines", "news-link", "en",
        "Newsroom headline posts with article links on crypto fraud, markets and regulation (ongoing pattern)",
        ["How hackers take over verified accounts to push crypto scams, and what platforms are doing about it "
         "{url}",
         "Opinion: Your parents' YouTube feed is full of fake crypto giveaways. Here's how to talk to them "
         "about it {url}",
         "WATCH LIVE: Senate Banking Committee hearing on digital asset market structure {url}",
         "Tech stocks slip as investors weigh the rate path; bitcoin holds steady {url}",
         "She lost her retirement savings to a \"crypto recovery\" firm. Then they called again. {url}",
         "Podcast: The year in crypto, from ETFs to memecoins to a stablecoin law {url}"],
        ("MarketsDesk", "thedailybrief", "WallSt_Brief", "tech_inquirer"),
        src=NEWS_SRC, n=7, batch=3, when=("2023-01-01", "2025-12-15"),
        urls=["https://www.wsj.com/tech/{rand}", "https://www.nytimes.com/2025/{rand}.html",
              "https://www.cnbc.com/2024/{rand}.html", "https://apnews.com/article/{rand}"]),
    ben("b26-en-newsletter-blog-links", "news-link", "en",
        "Researchers, newsletters and podcasts sharing their new posts/episodes (ongoing pattern)",
        ["New post: I spent a week tracing an address-poisoning campaign. Here's what the on-chain data "
         "shows {url}",
         "This week's newsletter is out 📬 the stablecoin bill, ETF flows, and why that \"airdrop\" DM is almost "
         "certainly a drainer {url}",
         "we wrote up how we rotated every key after the incident. long read, lots of lessons {url}",
         "ICYMI: our plain-English explainer on self-custody, for people who have only ever used an exchange "
         "{url}",
         "New episode 🎙️ a former exchange compliance officer on how stolen funds actually get frozen. "
         "Listen: {url}"],
        ("mara_secops", "the_block_letter", "chainbrief_pod", "rowan_codes"),
        src=PERSON_SRC, n=7, batch=3, when=("2023-01-01", "2025-12-15"),
        urls=["https://{rand}.substack.com/p/{rand}", "https://podcasts.apple.com/podcast/{rand}",
              "https://blog.mara-sec.dev/{rand}"]),

    # ------------------------------------------------------------------ politics
    ben("b26-en-genius-act-stablecoin", "politics", "en",
        "Members of Congress on the GENIUS Act stablecoin bill (Senate June 2025, House 17 July, signed 18 July "
        "2025); dates from memory",
        ["Today the House passed the GENIUS Act with a bipartisan vote. Clear rules for payment stablecoins: "
         "full reserves, regular audits, real consumer protections. Next stop: the President's desk.",
         "I voted NO on the stablecoin bill. Without stronger guardrails against conflicts of interest and "
         "illicit finance, it puts consumers at risk.",
         "Constituents keep asking me about crypto. My position: protect consumers, go after fraud hard, and "
         "give honest builders clear rules so they don't move overseas.",
         "Proud to see our stablecoin framework signed into law today. This is a first step; market structure "
         "is next.",
         "Hearing today in the Financial Services Committee on digital assets and stablecoins. Watch live: {url}"],
        ("RepAnnaLindqvist", "SenMarkBellamy", "RepTorresOffice", "RepDKHale"),
        src=POL_SRC, n=6, batch=3, when=("2025-05-15", "2025-08-15"),
        urls=["https://financialservices.house.gov/calendar/{rand}", "https://www.youtube.com/watch?v={rand}"]),
    ben("b26-en-townhall-constituents", "politics", "en",
        "Local politicians' constituent posts: live town halls, funding wins, casework, scam warnings",
        ["Going LIVE at 7pm for a virtual town hall. Send your questions in the replies or call the number in "
         "my bio.",
         "We secured double the federal funding for the Route 9 bridge repair. This is what showing up for our "
         "district looks like.",
         "Reminder: my office can help with Social Security, VA claims and passport delays. Never pay anyone to "
         "help with federal paperwork. Our caseworkers do it for free.",
         "Early voting starts Saturday. Find your polling place here: {url}",
         "Scammers are calling seniors in our district pretending to be from Medicare and asking for payment in "
         "gift cards or bitcoin. Hang up. Report it to my office or to the FTC.",
         "Thank you to the 400+ folks who came out to the town hall in Millbrook last night. Tough questions, "
         "good conversation."],
        ("RepTorresOffice", "CouncilmemberJLee", "SenatorRuthOkoye", "MayorDanPrice"),
        src=POL_SRC, n=7, batch=3, when=("2022-01-01", "2025-11-30"),
        urls=["https://www.vote.org/polling-place-locator/", "https://iwillvote.com/{rand}"]),

    # ------------------------------------------------------------------ price-news
    ben("b26-en-btc-100k", "price-news", "en",
        "Bitcoin first crossing $100,000 on 5 Dec 2024 after the US election rally",
        ["Bitcoin tops $100,000 for the first time ever. {url}",
         "$BTC 100K. Six figures. There it is. 🎉",
         "Bitcoin has more than doubled since the spot ETFs launched in January, and tonight it crossed "
         "$100,000. {url}",
         "The post-election crypto rally pushed bitcoin above $100K overnight. Analysts point to ETF demand and "
         "hopes for friendlier regulation. {url}",
         "remember when everyone said 100k was a meme. anyway congrats to everyone who held through 2022"],
        ("MarketsDesk", "coin_candles", "hodl_hannah", "WallSt_Brief"),
        src=NEWS_SRC, n=6, batch=3, when=("2024-12-05", "2024-12-08"), urls=NEWS_URLS),
    ben("b26-en-market-wrap", "price-news", "en",
        "Daily market wraps and price commentary from crypto news/analyst accounts (2024-2025)",
        ["📊 Market wrap: $BTC {btcpx} ({chg}), $ETH {ethpx}, $SOL flat. 24h liquidations top ${liq}M as "
         "leverage gets flushed.",
         "ETH/BTC ratio just printed its lowest level since 2021. Ether keeps underperforming.",
         "Bitcoin dominance climbs back above 60%, a level last seen in 2021. Altcoins lagging.",
         "$SOL up {pct}% on the week, beating the majors as memecoin volume on Solana DEXes surges.",
         "gm. btc went nowhere overnight, alts bleeding, funding flat. quiet sunday",
         "Total crypto market cap is back above $3 trillion, per CoinGecko data. {url}"],
        ("coin_candles", "MarketsDesk", "flowdata_jm", "deribit_dan"),
        src=NEWS_SRC, n=8, batch=3, when=("2024-03-01", "2025-06-30"), urls=NEWS_URLS,
        fill={"btcpx": ["$67,240", "$94,810", "$104,350", "$58,900"], "chg": ["+1.8%", "-2.4%", "+0.6%", "-4.1%"],
              "ethpx": ["$3,412", "$2,640", "$1,815", "$3,905"], "liq": ["480", "310", "1,120"],
              "pct": ["12", "9", "18", "23"]}),

    # ------------------------------------------------------------------ sports
    ben("b26-en-matchday-live", "sports", "en",
        "Football club matchday posts: live kick-off, double substitution, points claimed, ticket windows",
        ["🔴 LIVE | KICK-OFF! We're underway. Come on you Blues! #MatchdayLive",
         "68' Double change for us: Okafor and Reyes off, Lindqvist and Mbeki on.",
         "FULL TIME. Three points claimed on the road 💪 What a performance from the lads.",
         "Team news is in 📋 One change from last week's win. Full XI 👇 {url}",
         "Cup tickets go on general sale Friday at 10am. Season ticket holders, claim your priority window "
         "from Tuesday: {url}",
         "HT: 1-1. Level at the break after a frantic first half. Big 45 to come."],
        ("HarbourCityFC", "AshtonRoversFC", "WestmoorUtd", "RiversideAthletic"),
        src=SPORT_SRC, n=7, batch=3, when=("2022-08-01", "2025-12-31"),
        urls=["https://www.harbourcityfc.com/news/{rand}", "https://tickets.westmoorutd.co.uk/{rand}"]),
    ben("b26-en-club-crypto-sponsor", "sports", "en",
        "Sports clubs' crypto-exchange sponsorships, fan tokens and shirt giveaways; athletes taking pay in "
        "bitcoin (2020-2025 pattern)",
        ["We're proud to welcome our new Official Sleeve Partner 🤝 The multi-year deal with the exchange kicks "
         "off at Saturday's home game.",
         "🎁 MATCHDAY GIVEAWAY: win a signed home shirt! Follow, like and repost. Winner announced at full time. "
         "T&Cs: {url}",
         "Fan token holders: the vote on next season's warm-up shirt design is live in the app until Sunday. "
         "Your vote, your kit.",
         "The club will never run a giveaway that asks you to send crypto or connect a wallet. Official "
         "competitions only appear on this account and our website.",
         "Two-time All-Star says he'll take part of his new contract in bitcoin. \"I'm in it for the long run,\" "
         "he told reporters after signing."],
        ("HarbourCityFC", "AshtonRoversFC", "hoops_wire", "RiversideAthletic"),
        src=SPORT_SRC, n=6, batch=3, when=("2020-12-01", "2025-11-30"),
        urls=["https://www.ashtonroversfc.com/competitions/{rand}"]),
]
