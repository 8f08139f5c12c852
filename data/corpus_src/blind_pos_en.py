"""Blind test set (batch 3, never trained on): pos_en families.

English scam bait (label 1) as hijacked or impersonating accounts publish it: two families for each of the
13 bait kinds, written without sight of the rest of the corpus or of the detector.
"""
from .pools import HIJACK_SRC, PUMP, YT, bait, ben  # noqa: F401

USERS = ["jakeonchain", "mia_defi", "brucedeflate", "0xkelso", "cryptonana22", "tomwhitt_", "priya_builds",
         "sol_sammy", "grandpa_hodl", "renee_k"]

FAMILIES = [
    # ------------------------------------------------------------------ doubling
    bait("b26-en-dbl-2020-panel-hack", "doubling", "en",
         "July 2020 Twitter admin-panel hack: verified celebrity and company accounts posted "
         "'send BTC and I'll send back double' for about half an hour (2020)",
         ["Feeling generous tonight. Any bitcoin sent to the address below in the next half hour comes "
          "straight back to you, doubled. $500 in, $1,000 out. No catch.\n\n{btc}",
          "Life has been kind to me and a lot of that is thanks to you. So for the next {mins} min: send me BTC, "
          "I return 2x. Capped at {cap} BTC total, after that it's over.\n{btc_p2pkh}",
          "Our company has always backed open money. For one hour only, whatever BTC arrives at our treasury "
          "wallet gets returned twice over.\n\n{btc}",
          "ok doing it again since the first round was fun. 0.1 -> 0.2, 1 -> 2. btc only. {btc} ... closing soon",
          "Times are hard for a lot of families right now. I'm doubling every bitcoin payment sent to my wallet "
          "for the next {mins} minutes. Do it for someone you love.\n{btc_p2pkh}"],
         ("MikeBloombergHQ", "JBezosReal", "WarrenBuffettCo", "UberGlobalNews", "KanyeWestUpdates"),
         batch=3, when=("2020-07-15", "2020-07-16"),
         fill={"mins": ["30", "45", "60"], "cap": ["$1M worth of", "50", "100"]}),
    bait("b26-en-dbl-reply-xrp-eth-doge", "doubling", "en",
         "2020-2023 impersonating and hijacked verified accounts replying under Ripple, Ethereum and Tesla posts "
         "with 'send XRP/ETH/DOGE, get 2x back' giveaways and fake 'it worked for me' testimonials",
         ["@{tag} Ripple is celebrating {milestone}! Our team is returning 2x every XRP sent to the distribution "
          "wallet. Min 1,000 XRP, max 500,000 XRP.\n\n{xrp}",
          "@{tag} replying here bc the bot keeps eating my posts: the ETH 2x event is still running for ~1 hour. "
          "send 0.2-20 ETH to {eth} and the contract pays back double automatically",
          "🚨 ETH GIVEAWAY 🚨 5,000 ETH pool.\nRules: send between 0.1 and 50 ETH to {eth} → get 2x back within "
          "15 min. Tx confirmed = you're in. First come first served.",
          "Thank you for 10M followers!! Doubling all DOGE sent to me today, up to 1M DOGE per person 🐕🚀 {doge}",
          "@{tag} legit, i sent 3 eth to the address from Vitalik's post and got 6 back in like 10 min. "
          "still open {eth}"],
         ("RippIe_Official", "Ethereum_Foundation_EF", "VitaIik_Buterin", "TeslaEventsLive", "DogeFather_Gives"),
         batch=3, when=("2020-10-01", "2023-06-30"),
         fill={"tag": ["Ripple", "elonmusk", "VitalikButerin", "ethereum", "Tesla", "bgarlinghouse"],
               "milestone": ["RippleNet's expansion in Asia", "a new bank partnership", "ODL going live in Brazil",
                             "10 years of the XRP Ledger"]}),

    # ------------------------------------------------------------------ nft-drainer
    bait("b26-en-nft-commemorative-mint", "nft-drainer", "en",
         "Sept 2023 Vitalik Buterin account takeover via SIM swap: a fake free 'commemorative NFT' mint link "
         "that drained about $690k; same pattern on other Ethereum developer accounts into 2024",
         ["To mark {upgrade} shipping, we made a small free NFT collection for everyone who helped along the "
          "way. Mint is open for a few hours only: {url}",
          "Honestly surprised how many of you asked for a keepsake of {upgrade}. So here it is, free, 2 per "
          "wallet, gas only:\n{url}\n\nLove this community.",
          "Commemorative {upgrade} NFT drop 🎉\n\n• supply: {supply}\n• price: free\n• window: 6h\n\nmint → {url}",
          "thread on {upgrade} later today, but first the team made something fun. claim the limited edition "
          "piece before it closes: {url}",
          "Devs, researchers, node operators, you deserve this. One-time commemorative mint for {upgrade}; any "
          "wallet that ever touched mainnet is eligible. {url}"],
         ("VitalikButerin", "tim_beiko_eth", "dannyryan_dev", "eth_core_devs", "protolambda_x"),
         batch=3, when=("2023-09-09", "2024-04-30"),
         urls=["https://{rand}-consensys.io/mint", "https://danksharding-nft.{rand}.xyz",
               "https://mint-commemorative-{rand}.app"],
         fill={"upgrade": ["Proto-Danksharding", "EIP-4844", "Dencun"], "supply": ["5,000", "10,000", "4844"]}),
    bait("b26-en-nft-holder-stealth-mint", "nft-drainer", "en",
         "April 2022 Bored Ape Yacht Club Instagram hijack and the 2022 wave of NFT project Discord/Twitter "
         "takeovers posting 'surprise stealth mint' or 'land claim for holders' links",
         ["🚨 SURPRISE STEALTH MINT 🚨\nHolders of our genesis collection can mint a free companion piece right "
          "now. 30 minutes, no whitelist, no reveal delay.\n{url}",
          "gm apes. we've partnered with {partner} for an exclusive land claim. only holders who connect before "
          "midnight UTC are eligible 🍌 {url}",
          "Our mint contract has been upgraded. If you minted in phase 1 you have to re-claim through the "
          "official portal or your tokens won't show in your wallet: {url}",
          "Hey fam, team here. Discord is locked while we run the drop so nobody gets sniped. Mint link "
          "(official, only this one): {url}",
          "Phase 2 is LIVE!! 1,111 supply, 0.08 ETH, holders mint free. gonna sell out in minutes, don't "
          "sleep {url}"],
         ("BoredApeYC_", "azuki_official_", "doodles_team", "moonbirds_drop", "cryptopunks_lab"),
         batch=3, when=("2022-01-15", "2022-12-31"),
         urls=["https://{rand}-yachtclub.io/claim", "https://otherside-{rand}.com", "https://{rand}.mint-pass.xyz"],
         fill={"partner": ["Adidas Originals", "Otherside", "Gucci Vault", "The Sandbox"]}),

    # ------------------------------------------------------------------ fake-airdrop
    bait("b26-en-airdrop-security-firm-phantom", "fake-airdrop", "en",
         "Jan 2024 Mandiant (Google) X account takeover that posted a fake Phantom wallet token airdrop link "
         "(drainer-as-a-service); other corporate accounts were hit the same way in early 2024",
         ["We're excited to partner with @phantom to reward the Solana community. 🎁 The $PHNTM airdrop is now "
          "claimable for eligible wallets: {url}",
          "$PHNTM is here 👻\n\nIf you've used Phantom even once you're probably eligible. Check your "
          "allocation ↓\n{url}",
          "Phantom's first-ever token airdrop just went live. Our threat intel team has reviewed the claim page ✅ "
          "Eligibility ends in 48h. {url}",
          "Quick one: {pct}% of the $PHNTM supply goes to early users. The claim window is short. {url}",
          "ATTENTION Solana users\nThe Phantom token snapshot is done. Allocations are live, connect to see "
          "yours\n{url}\n#Solana #Airdrop"],
         ("Mandiant", "CyberDefenseLab", "ThreatIntelHQ", "SecOpsWeekly"),
         batch=3, when=("2024-01-03", "2024-03-31"),
         urls=["https://phantom-{rand}.app/airdrop", "https://claim-{rand}.phantom-rewards.com",
               "https://{rand}-phntm.io"],
         fill={"pct": ["10", "12.5", "15", "20"]}),
    bait("b26-en-airdrop-points-season", "fake-airdrop", "en",
         "2024-2026 hijacked accounts of L2s, DeFi protocols and their founders announcing a surprise 'Season 2' "
         "or points-conversion airdrop with a claim link",
         ["Season 2 is over. Thank you for bridging, building and sticking around 💙\n\nPoints have been "
          "converted to ${tick} and are claimable now: {url}",
          "Surprise: we're doing an extra ${tick} distribution for users who were missed in the first snapshot. "
          "72h claim window. {url}",
          "1/ The moment you've been waiting for.\n\n${tick} is live and {pct}% of supply goes to the "
          "community.\n\nCheck eligibility here 👇\n{url}",
          "gm. small airdrop for everyone who held an LP position in the last 6 months, no farming, no tasks. "
          "claim before it's gone {url}",
          "Unclaimed ${tick} from Season 1 gets redistributed on {day}. If you haven't claimed yet, this is your "
          "last chance → {url}"],
         ("zksync_builders", "ScrollZKP_", "blast_l2", "LineaBuild_", "taiko_labs_", "Zircuit_L2"),
         batch=3, when=("2024-04-01", "2026-02-28"),
         urls=["https://claim.{rand}-foundation.org", "https://{rand}-points.xyz/season2",
               "https://app-{rand}.network/claim"],
         fill={"tick": ["ZKS", "SCRL", "BLST", "LNA", "ZRC", "TKO"], "pct": ["7", "10", "15"],
               "day": ["Friday", "Monday", "June 30", "the 15th"]}),

    # ------------------------------------------------------------------ wallet-validation
    bait("b26-en-walletval-mandatory-kyc", "wallet-validation", "en",
         "2022-2024 fake 'mandatory wallet verification / KYC' notices impersonating MetaMask, Trust Wallet and "
         "Coinbase Wallet that send users to a verify page asking for the recovery phrase",
         ["IMPORTANT: due to new regulatory requirements, all wallets must complete verification by {date}. "
          "Unverified wallets will be restricted from sending funds. Verify here: {url}",
          "We’re rolling out a mandatory security upgrade. Please validate your wallet within 24 hours to keep "
          "access. Takes less than 2 minutes → {url}",
          "@{user} hi! Your wallet shows as unverified on our end, that's why your transactions fail. Run the "
          "validation here and it should clear: {url}",
          "Reminder 📢 wallets not synced with the new node by {date} will be suspended. Validate → {url}",
          "dear users, we noticed unusual activity linked to some addresses. to protect your assets please "
          "re-validate your wallet: {url}\n\n- Wallet Security Team"],
         ("MetaMaskSupprt", "TrustWaIlet_Help", "CoinbaseWalletCare", "WalletSecurityHQ"),
         batch=3, when=("2022-03-01", "2024-10-31"),
         urls=["https://metamask-verify-{rand}.com", "https://walletverify.{rand}.app",
               "https://{rand}-trustwallet-kyc.net"],
         fill={"date": ["Oct 31", "March 15", "the end of this month", "Friday"], "user": USERS}),
    bait("b26-en-walletval-rectify-dapp", "wallet-validation", "en",
         "2021-2025 fake 'wallet rectification / sync / validation' dapps pushed in replies to users reporting "
         "stuck transactions; the tool asks the victim to import the seed phrase",
         ["@{user} stuck or pending transactions usually mean your wallet isn't synced with the network. Use "
          "the open protocol to rectify it: {url} (select wallet, validate, done)",
          "Having issues with swaps, bridging, a missing balance or failed claims? Our decentralized validation "
          "tool fixes every wallet error in one step. Free and non-custodial: {url}",
          "@{user} This happens when the node drops your wallet. You need to validate it manually: enter your "
          "12 words to re-sync and the funds reappear. {url}",
          "PSA for anyone getting 'insufficient gas' errors even though you HAVE gas ⛽ validate your wallet "
          "here {url} worked for me in 5 min",
          "@{user} no need to contact anyone. go to {url} → 'Rectify' → pick your wallet → import. that resets "
          "the sync"],
         ("DappSupportDesk", "WalletSyncTeam", "BlockchainRectify", "DeFiHelpCentre", "ChainResolveBot"),
         batch=3, when=("2021-05-01", "2025-12-31"),
         urls=["https://{rand}-dappsync.web.app", "https://walletrectify-{rand}.pages.dev",
               "https://{rand}.defi-resolve.org"],
         fill={"user": USERS}),

    # ------------------------------------------------------------------ impersonation-support
    bait("b26-en-support-brand-reply", "impersonation-support", "en",
         "2021-2026 fake customer-support accounts (Coinbase, Binance, Kraken, MetaMask, Ledger lookalikes) that "
         "reply within minutes to users tagging the real brand and steer them to a 'support form', DM or chat",
         ["@{user} Hi there, sorry to hear about this. To get your case escalated, please fill out our support "
          "form with your wallet details here: {url}\nA specialist will reach out.",
          "@{user} We’re here to help! 🤝 Please send us a DM with your issue and the email on your account so "
          "our team can look into it right away.",
          "@{user} Thank you for reaching out to {brand} Support. Your issue has been assigned ticket "
          "#{ticket}. Continue with an agent via live chat: {url}",
          "@{user} hello, for faster assistance kindly reach our verified support line on WhatsApp/Telegram, "
          "link in bio. Do not share your info with anyone else.",
          "@{user} That sounds frustrating. Withdrawals on hold are usually a verification flag; an agent can "
          "clear it once you open a ticket: {url}"],
         ("CoinbaseCares_", "BinanceHelpDesk", "KrakenSupport_24", "MetaMask_Assist", "LedgerCareTeam"),
         batch=3, when=("2021-01-01", "2026-03-31"),
         urls=["https://forms.gle/{rand}", "https://{rand}-helpdesk.com/ticket", "https://support-{rand}.live/chat"],
         fill={"user": USERS, "brand": ["Coinbase", "Binance", "Kraken", "MetaMask", "Ledger", "Phantom"],
               "ticket": ["482193", "90714", "771045", "33820"]}),
    bait("b26-en-support-fake-moderator", "impersonation-support", "en",
         "2021-2025 impersonated project moderators and admins: Discord/Telegram DMs and X replies from 'admin' "
         "lookalikes offering to fix a problem through a private ticket or a fake Collab.Land verify page",
         ["Hello, I'm one of the admins of the {proj} server. Saw your message in #support. Please don't reply "
          "in public, open a private ticket here so I can check your wallet: {url}",
          "[ADMIN] The verification bot is down. To keep your holder role, re-verify manually → {url}\nRoles "
          "get wiped in 2h.",
          "hey! mod here 👋 saw you had trouble with the claim. i can walk you through it, just hop into this "
          "support channel {url}",
          "Official {proj} support 🛡️ Our team never asks for your seed phrase. For help with your account, "
          "message an agent directly at {url}",
          "@{user} sorry about that, the team is aware. Kindly connect with the moderator handling refunds on "
          "Telegram: {url}"],
         ("jup_admin_team", "MagicEdenMod", "arb_moderator", "uniswap_helpdesk", "blur_support_mod"),
         batch=3, when=("2021-06-01", "2025-09-30"),
         urls=["https://collab-land-{rand}.com/verify", "https://discord-{rand}.gg/ticket",
               "https://t.me/{rand}_support"],
         fill={"proj": ["Pudgy Penguins", "Arbitrum", "Jupiter", "Magic Eden", "Uniswap", "Blur"], "user": USERS}),

    # ------------------------------------------------------------------ recovery
    bait("b26-en-recovery-hacker-referral", "recovery", "en",
         "2021-2026 'crypto recovery' scams: accounts replying to scam victims that certified hackers or "
         "blockchain forensics can get stolen funds back (upfront fee), often as fake testimonials",
         ["@{user} So sorry this happened to you. I lost 2.4 BTC last year and {helper} got every satoshi back "
          "in 3 days. They're legit, reach them on Telegram.",
          "Lost funds to a fake exchange, romance scam or wallet drainer? Our certified blockchain forensics "
          "team traces and recovers stolen crypto. No recovery, no fee*. DM now. #CryptoRecovery",
          "@{user} don't give up. funds on-chain can ALWAYS be traced. contact {helper} and mention my name, "
          "they'll put you first",
          "RECOVERED ✅ ${amount} USDT for a client scammed by a fake trading platform. If you've been scammed "
          "it's not too late. Message us for a free case review.",
          "@{user} Contact {helper} immediately. They work with registered analysts and got my Coinbase funds "
          "back after support ignored me for weeks."],
         ("AssetRecoveryDesk", "Ethical_Hacker_Jay", "CryptoTraceLab", "FundsBackExperts", "linda_recovered"),
         batch=3, when=("2021-03-01", "2026-03-31"),
         fill={"user": USERS, "amount": ["84,000", "212,500", "37,900"],
               "helper": ["@TraceBackPros", "@CipherRecoveryLab", "@hackwizard_recov", "@ChainForensicsUK",
                          "recoverygurus at protonmail dot com"]}),
    bait("b26-en-recovery-fake-agency", "recovery", "en",
         "2023-2025 impersonation of law enforcement and law firms (fake FBI IC3 agents, 'International Asset "
         "Recovery Bureau') telling crypto-scam victims their funds were seized and can be released for a fee "
         "(FBI IC3 public warnings 2023-2024)",
         ["NOTICE TO VICTIMS: funds seized in the {op} crypto fraud takedown are being returned. If you lost "
          "money to an online investment scheme between 2021 and 2024, file your release claim here: {url}",
          "@{user} Our agency has recovered assets linked to the wallet you reported. A one-time compliance fee "
          "in {coin} is required to release them. Case officer details: {url}",
          "Were you scammed by a crypto platform? The International Asset Recovery Bureau is processing "
          "compensation claims this month only. Eligibility check (2 min): {url}",
          "Update from the {op} task force: {amt} in stolen crypto has been frozen. Victims must verify "
          "ownership of their original wallet to receive their share → {url}",
          "@{user} good news, our law firm traced your stolen USDT to a frozen exchange account. Reply or visit "
          "{url} to start recovery before the claim deadline."],
         ("IC3_Recovery_Unit", "FBIFieldOfficeNY_", "IntlRecoveryBureau", "AssetReturnLawLLP"),
         batch=3, when=("2023-02-01", "2025-12-31"),
         urls=["https://ic3-claims-{rand}.org", "https://{rand}-fundrecovery.gov-portal.com",
               "https://recovery-{rand}.legal/case"],
         fill={"op": ["Operation Level Up", "Operation Spincaster", "Shamrock"], "coin": ["USDT", "BTC", "ETH"],
               "amt": ["$225 million", "$112M", "$48,000,000"], "user": USERS}),

    # ------------------------------------------------------------------ fake-refund
    bait("b26-en-refund-ftx-distribution", "fake-refund", "en",
         "2023-2025 fake FTX creditor distribution / claims portals posted by impersonating and hijacked "
         "accounts before and during the real FTX repayments (distributions began Feb 2025)",
         ["FTX customers: the distribution portal is now open. Log in with your FTX email to confirm your "
          "balance and connect a payout wallet. {url}",
          "Update for creditors 🧾 Convenience class claims under $50k are paid first. If you have not received "
          "your payout, verify before {date}: {url}",
          "@{user} Your claim shows as pending because no withdrawal wallet was linked. Finish step 3 at {url} "
          "and it will go out in the next batch.",
          "BREAKING: FTX Trust announces early repayment at {pct}% of petition-date value. Claim your refund "
          "now → {url} #FTX",
          "if you had money on FTX you can finally get it back. took me 10 min and it arrived in USDC. link: "
          "{url}"],
         ("FTX_Official_", "FTXRecoveryTrust", "FTXCreditorsInfo", "ftx_claims_desk"),
         batch=3, when=("2023-06-01", "2025-09-30"),
         urls=["https://claims-ftx-{rand}.com", "https://ftx-distribution.{rand}.io",
               "https://{rand}-ftxrecovery.com"],
         fill={"pct": ["118", "119", "120", "142"], "date": ["Friday", "May 30", "the end of the month"],
               "user": USERS}),
    bait("b26-en-refund-exploit-compensation", "fake-refund", "en",
         "2023-2026 fake 'compensation for affected users' posts after real exploits (Atomic Wallet 2023, Curve "
         "2023, Ledger Connect Kit Dec 2023, WazirX 2024, Bybit Feb 2025) from hijacked or lookalike accounts",
         ["We're deeply sorry to everyone affected by yesterday's exploit. A compensation pool has been funded "
          "from the treasury. Affected addresses can claim their refund here: {url}",
          "Post-mortem is coming, but first: refunds. Check if your address was impacted and claim 100% of lost "
          "funds + a {bonus}% goodwill bonus → {url}",
          "To all {proj} users: if you interacted with the compromised contract, please claim reimbursement "
          "through our official portal. Window closes in 72h. {url}",
          "Reimbursements are live ✅ The attacker returned the funds and we're sending them back to users. "
          "{url}",
          "We heard you. Every user who lost funds in the incident will be made whole.\n\nClaim: {url}"],
         ("AtomicWalletSup", "CurveFinance_", "LedgerHQ_Support", "Bybit_Refunds", "WazirX_Help"),
         batch=3, when=("2023-06-03", "2026-02-28"),
         urls=["https://{rand}-compensation.finance", "https://refund.{rand}-protocol.xyz",
               "https://claim-{rand}.app/affected"],
         fill={"bonus": ["5", "10", "20"],
               "proj": ["Atomic Wallet", "Curve", "Ledger Connect", "Bybit", "Orbit Bridge", "WazirX"]}),

    # ------------------------------------------------------------------ memecoin-ca
    bait("b26-en-memecoin-celebrity-ca", "memecoin-ca", "en",
         "2024-2026 hijacked celebrity, athlete and musician accounts posting a pump.fun contract address for a "
         "'my official token' memecoin (many takeovers from mid-2024 on)",
         ["Been working on this quietly for months. My official coin, only trust this CA:\n\n{pump}\n\n${tick} 🚀",
          "ok you guys kept asking so i made one 😂 ${tick} on solana\n{pump}\nlet's see how far we go",
          "${tick}\n\nCA: {pump}\n\nchart: {url}\n\nNot financial advice, just for the fans ❤️",
          "I've always wanted to give something back to the people who supported my career since day one. "
          "${tick} is my thank you. Contract address ↓\n{pump}",
          "FAKE TOKENS EVERYWHERE. the ONLY real ${tick} is {pump} anything else isn't me"],
         ("KickFlipKing23", "TheRealMVP_11", "lilnova_music", "coachbrenda_official", "BigRayComedy"),
         batch=3, when=("2024-05-01", "2026-03-31"), urls=PUMP,
         fill={"tick": ["GOAT", "NOVA", "KICK", "HOOPS", "MVP", "RAY", "RIZZ"]}),
    bait("b26-en-memecoin-brand-ca", "memecoin-ca", "en",
         "Aug 2024 McDonald's Instagram/X takeover promoting a Solana 'GRIMACE' token, and similar 2024-2026 "
         "brand account takeovers posting a token contract address",
         ["Whoa, {mascot} has a coin now 👀 ${tick} on Solana. CA: {pump}",
          "Big news from our team: we're launching ${tick}, the official community token. The only verified "
          "contract is {sol}\n\nDon't get scammed by fakes.",
          "new phone who dis 📱 jk. ${tick} → {pump}",
          "Proud to introduce ${tick}, our official fan token. Loyalty members get first access. Contract "
          "address: {sol}",
          "{mascot} told us to drop this here. no further questions.\n\n{pump}\n{url}"],
         ("McD_Social", "BurgerKingUSA_", "FrostedFlakesHQ", "PizzaChain_Official", "SodaBrandUS"),
         batch=3, when=("2024-08-21", "2026-01-31"), urls=PUMP,
         fill={"mascot": ["Grimace", "the King", "Tony", "the Colonel", "our mascot"],
               "tick": ["GRIMACE", "KING", "BURGR", "TONY", "FRIES"]}),

    # ------------------------------------------------------------------ youtube-live
    bait("b26-en-ytlive-rebroadcast-giveaway", "youtube-live", "en",
         "2020-2022 hijacked YouTube channels rebroadcasting old Elon Musk / Brad Garlinghouse / Michael Saylor "
         "talks as 'LIVE' crypto giveaways, promoted on X",
         ["Elon is on right now talking Bitcoin and the SpaceX giveaway 🔴 tune in before it ends {url}",
          "Ripple CEO is live right now answering questions about XRP + a huge community event. Link: {url}",
          "is anyone else watching this stream?? they're sending back 2x on every transaction, I just tested "
          "with 0.05 BTC 🤯 {url}",
          "LIVE | Tesla x Bitcoin Q&A with Elon and Jack. 5,000 BTC distributed to viewers, scan the QR on "
          "screen. {url}",
          "Don't miss it: Michael Saylor live on the future of money. Participating wallets get double back "
          "during the broadcast only. {url}"],
         ("SpaceX_LiveTV", "TeslaDaily_Live", "RippleNewsNetwork", "CryptoLiveEvents"),
         batch=3, when=("2020-04-01", "2022-12-31"), urls=YT),
    bait("b26-en-ytlive-ai-deepfake", "youtube-live", "en",
         "2023-2026 AI deepfake 'live' streams (Elon Musk, Michael Saylor, Brad Garlinghouse, CZ, Cathie Wood) "
         "on hijacked YouTube channels, promoted from hijacked X accounts with a QR/event page",
         ["Join me LIVE in 10 minutes. Big announcement about {topic}. Everyone watching gets to take part. "
          "{url}",
          "We are live 🔴 {person} is speaking about {topic} right now. Over {viewers} people watching. Don't "
          "miss the QR event at the end. {url}",
          "just watched {person}'s livestream, they're giving away {coin} to celebrate {topic}. sent a small "
          "amount, got double back in minutes. still live: {url}",
          "HAPPENING NOW: the official livestream on {topic}. Scan the code on screen or use the event page in "
          "the description. {url}",
          "{person} LIVE: \"{quote}\" 👉 {url}"],
         ("TeslaEventsHQ", "StrategyLive_", "XRPCommunityTV", "BinanceLiveEvents", "ARKInvestLive"),
         batch=3, when=("2023-03-01", "2026-03-31"), urls=YT,
         fill={"person": ["Elon Musk", "Michael Saylor", "Brad Garlinghouse", "CZ", "Cathie Wood"],
               "topic": ["the Strategic Bitcoin Reserve", "the XRP ETF", "Tesla's Bitcoin treasury",
                         "the new US crypto bill", "the Starship launch"],
               "coin": ["BTC", "ETH", "XRP", "SOL"], "viewers": ["48K", "120,000", "76K"],
               "quote": ["Bitcoin goes to a million", "This is the biggest moment in crypto history",
                         "Today we give back to the community"]}),

    # ------------------------------------------------------------------ fake-announcement
    bait("b26-en-announce-hijacked-newsroom", "fake-announcement", "en",
         "2022-2025 hijacked media and news-outlet accounts posting fake 'BREAKING' crypto stories with a "
         "claim or early-access link",
         ["BREAKING: {co} confirms it will issue its own token on Ethereum. Early supporters can register for "
          "the allocation here: {url}",
          "JUST IN — {co} to distribute $50 million in {coin} to customers as part of a loyalty program. "
          "Details {url}",
          "#BREAKING: US Treasury begins accepting Bitcoin for federal tax payments. Pre-registration for "
          "citizens is open {url}",
          "Developing story: {co} has taken a stake in a major crypto exchange and is launching a holder reward "
          "program. Full story and eligibility: {url}",
          "EXCLUSIVE | Sources say {co} will announce a crypto partnership at 3pm ET. First 10,000 sign-ups get "
          "free tokens {url}"],
         ("MarketWireNews", "FinanceBreakingHQ", "WorldNewsDesk_", "TechDailyReport", "BusinessFlash24"),
         batch=3, when=("2022-02-01", "2025-12-31"),
         urls=["https://{rand}-news.live/article", "https://early-access-{rand}.com",
               "https://{rand}.finance-breaking.net"],
         fill={"co": ["Apple", "Amazon", "Visa", "Walmart", "Nvidia", "Netflix"], "coin": ["BTC", "ETH", "USDC"]}),
    bait("b26-en-announce-official-token-launch", "fake-announcement", "en",
         "2023-2026 hijacked company, government and public-institution accounts announcing a fake official "
         "token launch, Bitcoin treasury or Web3 reward program with a link",
         ["Official statement: the Ministry is launching a digital currency pilot. Citizens can reserve their "
          "allocation from today. {url}",
          "Thrilled to share that we're partnering with {chain}! As a thank you to our customers we're "
          "launching our own token. Registration: {url}",
          "Official: we have added Bitcoin to our treasury 🟠 To celebrate, a limited customer reward is live → "
          "{url}",
          "After months of work our Web3 rewards program is here. Connect your wallet to receive your welcome "
          "tokens: {url}",
          "A message from our CEO:\n\nToday marks a new chapter. We're entering crypto, and our earliest "
          "community members will be rewarded first.\n\n{url}"],
         ("MinistryFinanceGov", "CityHallOfficial", "AirlineGlobal", "TelcoUS_News", "RetailGiantCorp"),
         batch=3, when=("2023-01-01", "2026-03-31"),
         urls=["https://{rand}-official.io", "https://token.{rand}-gov.org", "https://launch-{rand}.xyz"],
         fill={"chain": ["Solana", "Ethereum", "Base", "Polygon"]}),

    # ------------------------------------------------------------------ fake-etf
    bait("b26-en-etf-secgov-takeover", "fake-etf", "en",
         "Jan 9 2024 @SECGov takeover (SIM swap): fake post that spot Bitcoin ETFs had been approved, a day "
         "before the real approval; BTC spiked and dropped (2024)",
         ["The Commission has today approved the listing and trading of spot #Bitcoin exchange-traded products "
          "on every registered national exchange, subject to continuing surveillance and investor safeguards.",
          "SEC approves spot Bitcoin ETFs. Trading may begin as soon as tomorrow on registered exchanges. "
          "Statement from the Chair ⬇️",
          "After years of review, the U.S. Securities and Exchange Commission has granted approval to {n} spot "
          "bitcoin ETF applications. #Bitcoin",
          "Statement on spot bitcoin ETPs: today's approval is not an endorsement of bitcoin. Investors should "
          "stay cautious about the risks of bitcoin and of products whose value is tied to it.",
          "APPROVED: spot #Bitcoin ETFs can now list on all U.S. national securities exchanges. More info "
          "to follow."],
         ("SECGov", "SECGov", "SEC_News"),
         batch=3, when=("2024-01-09", "2024-01-10"),
         fill={"n": ["11", "eleven", "all pending"]}),
    bait("b26-en-etf-altcoin-allocation", "fake-etf", "en",
         "Nov 2023 fake BlackRock 'iShares XRP Trust' filing and 2024-2025 fake ETH/SOL/XRP ETF approval posts "
         "from hijacked accounts pushing a 'pre-launch ETF allocation' or claim link",
         ["BlackRock has filed for an iShares {coin} Trust. To celebrate, we're opening a pre-launch allocation "
          "for the community: {url}",
          "🚨 SEC APPROVES SPOT {coin} ETF 🚨\n\nFirst-day holders get bonus units. Reserve yours before market "
          "open → {url}",
          "{coin} ETF is officially approved. The issuer is airdropping {coin} to early supporters for 24h only. "
          "{url}",
          "We’re thrilled to confirm our {coin} ETF goes live tomorrow. Retail investors can join the early "
          "access list with a wallet: {url}",
          "approved ✅ {coin} spot ETFs trade from Monday. get exposure before the institutions do, allocation "
          "page: {url}"],
         ("iShares_BlackRock", "BlackRockETFs_", "GrayscaleInvest_", "VanEck_ETFs", "FidelityDigital_"),
         batch=3, when=("2023-11-13", "2025-11-30"),
         urls=["https://ishares-{rand}.com/allocation", "https://{rand}-etf-launch.io",
               "https://etf-{rand}.finance/claim"],
         fill={"coin": ["XRP", "SOL", "ETH", "DOGE", "LTC"]}),

    # ------------------------------------------------------------------ fake-presale
    bait("b26-en-presale-send-sol", "fake-presale", "en",
         "2024-2025 Solana 'send SOL to this wallet' presales (the March 2024 presale mania) pushed from "
         "hijacked influencer and celebrity accounts",
         ["PRESALE IS LIVE 🔥 send SOL to {sol}\n\nmin 0.5 / max 50\ntokens airdropped automatically 24h after "
          "close\nhardcap {cap} SOL",
          "doing a presale for my coin ${tick}. fair launch, no VCs. just send sol to the wallet below and "
          "you'll get tokens back at launch\n\n{sol}",
          "@{user} yeah presale still open for a few hours, same address as before: {sol}",
          "Last call ⏰ {pct}% of presale filled. Every SOL sent to {sol} gets {rate} ${tick} at launch. LP "
          "burned, ownership renounced.",
          "Not gonna lie, I'm nervous but excited. My first ever token. Presale wallet:\n{sol}\nAnything under "
          "0.1 SOL gets refunded."],
         ("degen_sarah_", "solanaprincess", "BigTunaCalls", "rapper_ty_official", "0xCryptoMorgan"),
         batch=3, when=("2024-03-01", "2025-06-30"),
         fill={"cap": ["1,500", "5,000", "10,000"], "tick": ["SNEK", "BONKER", "WOOF", "MOONY", "CHAD"],
               "pct": ["78", "91", "96"], "rate": ["25,000", "1M", "420,000"], "user": USERS}),
    bait("b26-en-presale-eth-whitelist", "fake-presale", "en",
         "2021-2023 fake ERC-20/BEP-20 token presales and 'whitelist' rounds (send ETH/BNB to the sale address) "
         "promoted by hijacked crypto-influencer and project accounts",
         ["🚀 ${tick} Stage {stage} presale ends in 48 HOURS 🚀\n\n1 ETH = {rate} ${tick}\nListing price is 3x "
          "higher\n\nSend ETH to the official sale address: {eth}",
          "Whitelist spots are gone but the team gave me 50 extra for my followers. Send 0.1-2 ETH to {eth} and "
          "DM me your tx, first come first served",
          "PRIVATE SALE NOW PUBLIC 🔓 The team approved a public round. Contribute at {url} or send ETH straight "
          "to the contract: {eth}",
          "Listen. I don't shill. But ${tick} is the most undervalued project I've seen since 2017. Presale "
          "closes tonight. {url}",
          "Presale contribution address (ETH / BNB, same address): {eth}\nTokens are sent automatically after "
          "the sale. Don't send from an exchange!"],
         ("CryptoGemHunter", "altcoin_dailyy", "ShibArmyNews", "MetaverseXToken", "BSC_Gems_Official"),
         batch=3, when=("2021-02-01", "2023-12-31"),
         urls=["https://{rand}-presale.finance", "https://{rand}.io/buy"],
         fill={"tick": ["SAFEMARS2", "METAVERSEX", "PEPE2", "SHIBX", "BABYDOGEX"], "stage": ["2", "3", "4"],
               "rate": ["150,000", "2,400,000", "45,000"]}),

    # ------------------------------------------------------------------ drainer-approval
    bait("b26-en-drainer-token-migration", "drainer-approval", "en",
         "2022-2025 hijacked project and founder accounts announcing an urgent token migration / V2 swap that "
         "has holders approve or sign a permit on a drainer site",
         ["📢 Token migration is live. All ${tick} holders must migrate to the new V2 contract before the "
          "snapshot on {date}. Unmigrated tokens will not be supported. {url}",
          "We're moving to a new contract to fix the tax issue. Migration is 1:1, just approve the migrator "
          "and sign. {url}",
          "1/ Important for ${tick} holders 🧵\n\nThe old contract is deprecated after block {block}. Approve + "
          "migrate here: {url} (gas refunded)",
          "V2 is here 🎉 Holders who migrate in the first 48h get a {bonus}% bonus.\nConnect → Approve → Migrate. "
          "{url}",
          "reminder: the migration window closes tonight. if your wallet still shows the old ${tick} use the "
          "official portal {url}"],
         ("LooksRareV2", "sushiswap_dev", "PendleFi_", "gmx_io_team", "Founder_0xDan"),
         batch=3, when=("2022-04-01", "2025-08-31"),
         urls=["https://migrate.{rand}-v2.xyz", "https://{rand}-swap.app/migrate", "https://app.{rand}.finance/v2"],
         fill={"tick": ["LOOKS", "SUSHI", "PENDLE", "GMX", "PEOPLE"], "date": ["June 1", "Friday", "the 20th"],
               "block": ["19,800,000", "20,150,000", "17,420,000"], "bonus": ["5", "10", "15"]}),
    bait("b26-en-drainer-fake-security-alert", "drainer-approval", "en",
         "2023-2026 hijacked protocol and security-researcher accounts posting fake 'critical vulnerability, "
         "revoke approvals / secure your assets now' alerts that lead to drainer approval or permit pages",
         ["🚨 SECURITY ALERT 🚨\n\nA critical vulnerability was found in our router contract. Anyone who approved "
          "it must revoke and re-secure their assets IMMEDIATELY: {url}",
          "We are investigating an ongoing exploit. Out of caution, please use our emergency tool to move your "
          "positions to the patched contract: {url}",
          "If you've ever used {proj} on {chain}, your approvals may be at risk. Revoke now, takes 1 tx: {url}",
          "@{user} the approval you gave to {eth} is compromised. revoke it here before it gets drained: {url}",
          "Whitehat team here. We've frontrun the attacker on some pools. To protect what's left, sign the "
          "protection permit at {url} and do NOT wait."],
         ("ChainSecAlerts", "uniswap_security", "PeckShieldAlert_", "whitehat_0xmira", "StargateDevTeam"),
         batch=3, when=("2023-01-01", "2026-03-31"),
         urls=["https://revoke-{rand}.cash", "https://{rand}-secure.app/revoke", "https://protect.{rand}.network"],
         fill={"proj": ["Uniswap", "1inch", "Aave", "Stargate", "Jupiter"],
               "chain": ["Ethereum", "Arbitrum", "BNB Chain", "Base"], "user": USERS}),
]
