"""Generate the bundled demo stream that `hijackwatch demo` replays.

Writes `demo.jsonl` (posts in the CONTRACT.md schema, sorted by created_at) and
`demo_accounts.json` (each account's habits, the time window, and the ids of the takeover
posts) into a directory, by default this file's own directory:

    python bot/data/make_demo.py [--out DIR] [--seed N]

Everything is synthetic and deterministic: the same seed yields the same bytes. The day is
modelled on public reporting of the 15 July 2020 Twitter incident: ~2 days of ordinary
history per account, then a 4-hour window in which crypto accounts, then billionaires,
brands and politicians post a "send BTC, get double back" giveaway with one wallet from a
client they never use, plus one unrelated fake-airdrop takeover of a sports account.
Real handles are used for realism only; author ids, texts, links and addresses are made up
(except the scam wallet, which is the publicly reported one).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

SEED = 20200715
UTC = timezone.utc
WINDOW_START = datetime(2020, 7, 15, 18, 15, tzinfo=UTC)
WINDOW_END = WINDOW_START + timedelta(hours=4)
HISTORY_START = WINDOW_START - timedelta(hours=48)
SCAM_WALLET = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"
WAVE_CLIENT = "Twitter Web App"
RATE_SCALE = 1.4  # one knob for the stream's size (~4,000 posts)
MIN_HISTORY = 6  # posts before the window, so every account has a profile worth the name
TWITTER_EPOCH_MS = 1288834974657  # snowflake ids count milliseconds from here

# handle | display name | category | clients=weight | active UTC hours start-end | langs=weight | domains | posts/h
ACCOUNTS = """
nytimes|The New York Times|news|SocialFlow=0.85,Twitter Web App=0.15|10-4|en=1|nytimes.com|3.2
CNN|CNN|news|SocialFlow=0.7,TweetDeck=0.3|10-5|en=1|cnn.com|3.5
BBCBreaking|BBC Breaking News|news|TweetDeck=0.9,Twitter Web App=0.1|5-23|en=1|bbc.co.uk|1.4
Reuters|Reuters|news|Twitter Web App=0.5,TweetDeck=0.3,SocialFlow=0.2|0-24|en=1|reuters.com|3.0
AP|The Associated Press|news|SocialNewsDesk=0.6,TweetDeck=0.4|10-5|en=1|apnews.com|2.4
business|Bloomberg|news|SocialFlow=0.8,TweetDeck=0.2|11-2|en=1|bloomberg.com|3.0
WSJ|The Wall Street Journal|news|SocialFlow=0.9,Twitter Web App=0.1|10-4|en=1|wsj.com|2.6
FT|Financial Times|news|Echobox=0.7,TweetDeck=0.3|6-22|en=1|ft.com|1.8
washingtonpost|The Washington Post|news|SocialFlow=0.8,TweetDeck=0.2|10-5|en=1|washingtonpost.com|2.6
FoxNews|Fox News|news|SocialFlow=0.6,Twitter Web App=0.4|10-5|en=1|foxnews.com|2.8
guardian|The Guardian|news|Echobox=0.6,TweetDeck=0.4|6-24|en=1|theguardian.com|2.0
CNBC|CNBC|news|SocialFlow=0.7,Twitter Media Studio=0.3|11-3|en=1|cnbc.com|2.8
TechCrunch|TechCrunch|news|SocialFlow=0.6,Twitter Web App=0.4|13-3|en=1|techcrunch.com|1.4
verge|The Verge|news|SocialFlow=0.7,TweetDeck=0.3|13-4|en=1|theverge.com|1.4
CoinDesk|CoinDesk|crypto_news|Hootsuite Inc.=0.7,Twitter Web App=0.3|0-24|en=1|coindesk.com|1.2
lemondefr|Le Monde|news|Twitter Web App=0.6,TweetDeck=0.4|5-22|fr=1|lemonde.fr|1.8
el_pais|EL PAÍS|news|Echobox=0.6,Twitter Web App=0.4|5-23|es=1|elpais.com|1.8
derspiegel|DER SPIEGEL|news|Twitter Web App=0.5,TweetDeck=0.5|5-22|de=1|spiegel.de|1.2
nhk_news|NHKニュース|news|Twitter Web App=0.8,TweetDeck=0.2|21-15|ja=1|www3.nhk.or.jp|1.4
folha|Folha de S.Paulo|news|SocialFlow=0.7,Twitter Web App=0.3|10-3|pt=1|folha.uol.com.br|1.6
JoeBiden|Joe Biden|politician|Sprout Social=0.72,Twitter for iPhone=0.25,Twitter Web App=0.03|13-3|en=1|joebiden.com iwillvote.com|0.45
BarackObama|Barack Obama|politician|Twitter for iPhone=0.5,Sprout Social=0.3,Twitter Media Studio=0.2|14-1|en=1|obama.org barackobama.com|0.18
MikeBloomberg|Mike Bloomberg|politician|Sprout Social=0.75,Twitter Media Studio=0.25|13-1|en=1|mikebloomberg.com bloomberg.org|0.3
AOC|Alexandria Ocasio-Cortez|politician|Twitter for iPhone=0.85,Twitter Web App=0.15|13-5|en=1|ocasiocortez.com|0.6
BernieSanders|Bernie Sanders|politician|Twitter Web App=0.6,Twitter Media Studio=0.4|13-2|en=1|berniesanders.com|0.5
KamalaHarris|Kamala Harris|politician|Twitter Web App=0.7,Twitter for iPhone=0.3|14-3|en=1|kamalaharris.org|0.4
SpeakerPelosi|Nancy Pelosi|politician|Twitter Web App=0.8,Twitter Media Studio=0.2|13-2|en=1|speaker.gov|0.5
ewarren|Elizabeth Warren|politician|Twitter Web App=0.7,Twitter for iPhone=0.3|13-2|en=1|elizabethwarren.com|0.45
SenSchumer|Chuck Schumer|politician|Twitter Web App=0.6,Twitter for iPhone=0.4|13-2|en=1|democrats.senate.gov|0.45
realDonaldTrump|Donald J. Trump|head_of_state|Twitter for iPhone=0.97,Twitter Media Studio=0.03|10-5|en=1|whitehouse.gov|1.1
EmmanuelMacron|Emmanuel Macron|head_of_state|Twitter for iPhone=0.6,Twitter Media Studio=0.4|6-21|fr=0.9,en=0.1|elysee.fr|0.35
narendramodi|Narendra Modi|head_of_state|Twitter for iPhone=0.7,Twitter Media Studio=0.3|1-17|en=0.7,hi=0.3|narendramodi.in pmindia.gov.in|0.6
jairbolsonaro|Jair M. Bolsonaro|head_of_state|Twitter for Android=1|10-2|pt=1|gov.br|0.5
lopezobrador_|Andrés Manuel|head_of_state|Twitter for iPhone=0.8,Twitter Web App=0.2|11-3|es=1|youtube.com gob.mx|0.3
JustinTrudeau|Justin Trudeau|head_of_state|Twitter for iPhone=0.6,Twitter Web App=0.4|11-3|en=0.6,fr=0.4|pm.gc.ca|0.4
BorisJohnson|Boris Johnson|head_of_state|Twitter Media Studio=0.6,Twitter Web App=0.4|7-22|en=1|gov.uk|0.3
KimKardashian|Kim Kardashian West|celebrity|Twitter for iPhone=1|15-8|en=1|skims.com kkwbeauty.com|0.5
kanyewest|ye|celebrity|Twitter for iPhone=1|16-9|en=1|yeezysupply.com|0.22
taylorswift13|Taylor Swift|celebrity|Twitter for iPhone=0.8,Twitter Media Studio=0.2|14-4|en=1|taylorswift.com youtube.com|0.15
rihanna|Rihanna|celebrity|Twitter for iPhone=1|16-8|en=1|fentybeauty.com savagex.com|0.25
ArianaGrande|Ariana Grande|celebrity|Twitter for iPhone=1|16-9|en=1|r-e-m-beauty.com youtube.com|0.2
Cristiano|Cristiano Ronaldo|celebrity|Twitter for iPhone=0.7,Twitter Media Studio=0.3|8-23|en=0.6,pt=0.4|instagram.com|0.25
TheRock|Dwayne Johnson|celebrity|Twitter for iPhone=1|12-7|en=1|instagram.com youtube.com|0.4
ladygaga|Lady Gaga|celebrity|Twitter for iPhone=0.9,Twitter Media Studio=0.1|15-8|en=1|ladygaga.com youtube.com|0.25
justinbieber|Justin Bieber|celebrity|Twitter for iPhone=1|16-8|en=1|youtube.com|0.2
KevinHart4real|Kevin Hart|celebrity|Twitter for iPhone=0.6,Sprout Social=0.4|12-6|en=1|youtube.com instagram.com|0.4
wizkhalifa|Wiz Khalifa|celebrity|Twitter for iPhone=1|16-10|en=1|youtube.com|0.6
FloydMayweather|Floyd Mayweather|celebrity|Twitter for iPhone=1|16-8|en=1|instagram.com|0.2
MrBeastYT|MrBeast|celebrity|Twitter for iPhone=1|15-7|en=1|youtube.com|0.5
shakira|Shakira|celebrity|Twitter for iPhone=0.6,Twitter Media Studio=0.4|12-4|es=0.5,en=0.5|youtube.com shakira.com|0.2
BTS_twt|방탄소년단|celebrity|Twitter for iPhone=1|0-16|ko=0.8,en=0.2|weverse.io|0.5
elonmusk|Elon Musk|tech_ceo|Twitter for iPhone=1|14-10|en=1|tesla.com spacex.com|1.0
BillGates|Bill Gates|tech_ceo|Sprinklr Publishing=0.85,Twitter Media Studio=0.15|14-2|en=1|gatesnot.es gatesfoundation.org|0.3
JeffBezos|Jeff Bezos|tech_ceo|Twitter for iPhone=1|15-3|en=1|instagram.com blueorigin.com|0.12
tim_cook|Tim Cook|tech_ceo|Twitter for iPhone=1|13-3|en=1|apple.com|0.2
sundarpichai|Sundar Pichai|tech_ceo|Twitter for iPhone=0.6,Twitter Web App=0.4|14-4|en=1|blog.google|0.15
satyanadella|Satya Nadella|tech_ceo|Twitter for iPhone=0.5,Twitter Web App=0.5|14-4|en=1|blogs.microsoft.com|0.15
jack|jack|tech_ceo|Twitter for iPhone=1|14-8|en=1|twitter.com|0.8
WarrenBuffett|Warren Buffett|tech_ceo|Twitter for iPhone=1|14-1|en=1|berkshirehathaway.com|0.1
richardbranson|Richard Branson|tech_ceo|Twitter Web App=0.5,Sprout Social=0.5|7-21|en=1|virgin.com|0.35
Apple|Apple|brand|Twitter Media Studio=0.7,Sprinklr Publishing=0.3|13-3|en=1|apple.com|0.2
Uber|Uber|brand|Sprinklr Publishing=0.6,Khoros Publishing=0.4|13-3|en=1|uber.com|0.35
Wendys|Wendy's|brand|Twitter Web App=0.7,Sprout Social=0.3|13-5|en=1|wendys.com|0.8
CashApp|Cash App|brand|Sprinklr Publishing=0.5,Twitter Web App=0.5|14-4|en=1|cash.app|0.5
Nike|Nike|brand|Sprinklr Publishing=0.8,Twitter Media Studio=0.2|13-3|en=1|nike.com|0.15
Starbucks|Starbucks Coffee|brand|Khoros Publishing=0.7,Twitter Web App=0.3|12-3|en=1|starbucks.com|0.3
McDonalds|McDonald's|brand|Sprinklr Publishing=0.7,Twitter Web App=0.3|12-4|en=1|mcdonalds.com|0.35
netflix|Netflix|brand|Twitter Media Studio=0.5,Twitter Web App=0.5|14-6|en=1|netflix.com|0.6
amazon|Amazon|brand|Sprinklr Publishing=0.8,Twitter Media Studio=0.2|13-3|en=1|amazon.com aboutamazon.com|0.3
Tesla|Tesla|brand|Twitter Web App=0.6,Twitter for iPhone=0.4|14-4|en=1|tesla.com|0.2
SpaceX|SpaceX|brand|Twitter Web App=0.8,Twitter Media Studio=0.2|12-5|en=1|spacex.com|0.35
Microsoft|Microsoft|brand|Sprinklr Publishing=0.9,Twitter Media Studio=0.1|13-3|en=1|microsoft.com|0.3
Google|Google|brand|Sprinklr Publishing=0.5,Twitter Web App=0.5|14-3|en=1|blog.google google.com|0.3
PlayStation|PlayStation|brand|Sprinklr Publishing=0.8,Twitter Media Studio=0.2|13-5|en=1|blog.playstation.com|0.5
binance|Binance|crypto_exchange|TweetDeck=0.6,Twitter for iPhone=0.4|0-24|en=1|binance.com|0.5
coinbase|Coinbase|crypto_exchange|Sprout Social=0.7,Twitter Media Studio=0.3|13-3|en=1|coinbase.com blog.coinbase.com|0.35
Gemini|Gemini|crypto_exchange|Hootsuite Inc.=0.8,Twitter for iPhone=0.2|13-3|en=1|gemini.com|0.3
krakenfx|Kraken Exchange|crypto_exchange|Hootsuite Inc.=0.6,Twitter Web App=0.4|0-24|en=1|kraken.com status.kraken.com|0.3
bitfinex|Bitfinex|crypto_exchange|Twitter Web App=0.7,TweetDeck=0.3|0-24|en=1|bitfinex.com|0.25
Bitstamp|Bitstamp|crypto_exchange|Hootsuite Inc.=0.5,Twitter Web App=0.5|6-22|en=1|bitstamp.net|0.25
Ripple|Ripple|crypto_exchange|Sprout Social=0.8,Twitter Web App=0.2|13-2|en=1|ripple.com|0.2
Tronfoundation|TRON|crypto_exchange|Twitter Web App=0.6,TweetDeck=0.4|0-16|en=1|tron.network|0.4
justinsuntron|H.E. Justin Sun|crypto_exchange|Twitter for iPhone=0.7,Twitter Web App=0.3|0-18|en=1|tron.network|0.7
cz_binance|CZ Binance|crypto_exchange|Twitter for iPhone=0.9,Twitter Web App=0.1|0-24|en=1|binance.com|0.9
brian_armstrong|Brian Armstrong|crypto_exchange|Twitter for iPhone=0.7,Twitter Web App=0.3|15-4|en=1|blog.coinbase.com|0.2
bitcoin|Bitcoin|crypto_exchange|Twitter Web App=0.6,TweetDeck=0.4|0-24|en=1|bitcoin.org|0.2
FCBarcelona|FC Barcelona|sports|Twitter Media Studio=0.6,Twitter Web App=0.4|7-23|en=1|fcbarcelona.com|0.9
realmadrid|Real Madrid C.F.|sports|Twitter Media Studio=0.5,Twitter for iPhone=0.5|7-23|es=0.8,en=0.2|realmadrid.com|1.0
NBA|NBA|sports|Twitter Media Studio=0.6,SocialFlow=0.4|14-6|en=1|nba.com|1.2
NFL|NFL|sports|Sprinklr Publishing=0.6,Twitter Media Studio=0.4|13-5|en=1|nfl.com|1.0
Lakers|Los Angeles Lakers|sports|Twitter for iPhone=0.6,Twitter Media Studio=0.4|15-7|en=1|nba.com|0.5
ManUtd|Manchester United|sports|Twitter Media Studio=0.7,Sprinklr Publishing=0.3|6-23|en=1|manutd.com|0.9
ChampionsLeague|UEFA Champions League|sports|Twitter Media Studio=0.8,Twitter Web App=0.2|7-22|en=1|uefa.com|0.7
F1|Formula 1|sports|Sprinklr Publishing=0.7,Twitter Media Studio=0.3|6-22|en=1|formula1.com|0.8
Yankees|New York Yankees|sports|Twitter for iPhone=0.5,Twitter Media Studio=0.5|13-4|en=1|mlb.com|0.6
RedCross|American Red Cross|charity|Sprout Social=0.8,Twitter Web App=0.2|12-2|en=1|redcross.org|0.4
UNICEF|UNICEF|charity|Hootsuite Inc.=0.7,Twitter Media Studio=0.3|6-22|en=1|unicef.org|0.5
WHO|World Health Organization (WHO)|charity|Twitter Web App=0.6,Twitter Media Studio=0.4|6-22|en=1|who.int|0.7
EFF|EFF|charity|Twitter Web App=0.7,TweetDeck=0.3|15-3|en=1|eff.org|0.45
TwitterSupport|Twitter Support|tech|Twitter Web App=0.4,Sprinklr Publishing=0.6|13-5|en=1|help.twitter.com|0.3
"""

# The 2020 wave, in order: (handle, UTC time on the day, bait text). Texts paraphrase the
# publicly reported posts; the crypto accounts' version also linked a scam site.
WAVE = (
    ("coinbase", "19:31:12", "We have partnered with CryptoForHealth and are giving back 5000 BTC to the community. "
     "All BTC sent to {w} will be sent back doubled! See the website below. {link}"),
    ("Gemini", "19:33:40", "We have partnered with CryptoForHealth and are giving back 5000 BTC to the community, "
     "see the website below! Send to {w} and receive double back. {link}"),
    ("binance", "19:36:05", "We have partnered with #CryptoForHealth and are giving back 5000 BTC to the community! "
     "Address: {w} — every payment is sent back doubled. {link}"),
    ("elonmusk", "20:17:24", "I'm feeling generous because of Covid-19. I'll double any BTC payment sent to my BTC "
     "address for the next hour. Good luck, and stay safe out there!\n\n{w}"),
    ("BillGates", "20:27:51", "Everyone is asking me to give back, and now is the time. I am doubling all payments "
     "sent to my BTC address for the next 30 minutes. You send $1,000, I send you back $2,000.\n\n{w}"),
    ("elonmusk", "20:33:10", "I am giving back to my community due to Covid-19! All Bitcoin sent to my address "
     "below will be sent back doubled. If you send $1,000, I will send back $2,000. Only doing this for 30 "
     "minutes.\n\n{w}"),
    ("JeffBezos", "20:36:18", "I have decided to give back to my community. All Bitcoin sent to my address below "
     "will be sent back doubled! I am only doing a maximum of $50,000,000.\n\n{w}\n\nEnjoy!"),
    ("BillGates", "20:41:02", "I am giving back to my community due to Covid-19! All Bitcoin sent to my address "
     "below will be sent back doubled. Only going on for the next 30 minutes!\n\n{w}"),
    ("MikeBloomberg", "20:45:30", "I am giving back to my community. All Bitcoin sent to the address below will be "
     "sent back doubled! You send $1,000, I send you back $2,000.\n\n{w}\n\nOnly doing this for 30 minutes. Enjoy!"),
    ("Apple", "20:49:44", "We are giving back to our community. We support Bitcoin and we believe you should too! "
     "All Bitcoin sent to our address below will be sent back to you doubled!\n\n{w}"),
    ("Uber", "20:50:12", "We are giving back to our community! All BTC sent to our address below will be sent "
     "back doubled! You send $1,000, we send you back $2,000. Only going on for the next 30 minutes.\n\n{w}"),
    ("kanyewest", "21:03:05", "I am giving back to my fans due to Covid-19! All Bitcoin sent to my address below "
     "will be sent back doubled. If you send $1,000, I will send back $2,000. Only doing this for 30 minutes."
     "\n\n{w}"),
    ("BarackObama", "21:07:33", "I am giving back to my community due to Covid-19! All Bitcoin sent to my address "
     "below will be sent back doubled. If you send $1,000, I will send back $2,000!\n\n{w}\n\n"
     "Only doing this for the next 30 minutes! Enjoy!"),
    ("JoeBiden", "21:09:01", "I am giving back to the community. All Bitcoin sent to the address below will be sent "
     "back doubled! If you send $1,000, I will send back $2,000. Only doing this for 30 minutes.\n\n{w}\n\nEnjoy!"),
)
WAVE_SITE = "https://cryptoforhealth.com/"
# Accounts whose routine posting stops at a time (UTC on the day): support staff busy with the incident.
QUIET = {"TwitterSupport": "20:30:00"}

# A separate, smaller takeover: one sports account, a fake airdrop, a look-alike domain.
AIRDROP = ("F1", "18:52:37", "Twitter for Android",
           "🏁 To celebrate the return of racing, F1 has partnered with Binance for an exclusive token airdrop! "
           "Claim your free BNB before 21:00 UTC 👉 {link}", "https://www.binnance.com/airdrop/f1-2020")

# Benign posts scripted at fixed times: near-misses a detector must not flag (a matched
# donation drive, a price headline, an official donation address, anti-scam warnings, news
# and statements about the hack itself). (handle, time, lang, text, url or "").
SCRIPTED = (
    ("RedCross", "18:22:10", "en", "Today only: every gift to the Red Cross will be matched dollar for dollar, up to "
     "$500,000. Double your impact for families recovering from disasters. Give now: {link}",
     "https://www.redcross.org/donate/double-your-impact.html"),
    ("binance", "18:35:41", "en", "Reminder: Binance will never ask you to send crypto to \"double\" it. Giveaways "
     "that ask for a deposit first are scams. Always check you are on {link}", "https://www.binance.com/en"),
    ("CoinDesk", "18:40:02", "en", "Bitcoin holds near $9,200 as volatility sinks to its lowest in more than a year "
     "{link}", "https://www.coindesk.com/bitcoin-price-volatility-lowest-july-2020"),
    ("krakenfx", "18:58:20", "en", "Scheduled maintenance: ETH and ERC-20 funding will be paused on 16 July from "
     "02:00 to 03:00 UTC. Trading is not affected. Status updates: {link}", "https://status.kraken.com/"),
    ("EFF", "19:05:00", "en", "You can support digital rights with bitcoin. Our official donation address is {addr} "
     "— always check it against our donations page before you give: {link}", "https://www.eff.org/pages/bitcoin"),
    ("brian_armstrong", "20:02:11", "en", "Our Twitter account and several other crypto accounts were compromised "
     "and posted a fake giveaway. Never send funds to anyone promising to double them. Our team is blocking "
     "transfers to the scam address.", ""),
    ("CoinDesk", "20:08:45", "en", "Twitter accounts of Coinbase, Gemini and Binance posted a fake 'CryptoForHealth' "
     "bitcoin giveaway. Do not send funds. {link}", "https://www.coindesk.com/crypto-twitter-accounts-hacked"),
    ("verge", "20:26:30", "en", "Elon Musk's Twitter account appears to have been hacked to promote a bitcoin scam "
     "{link}", "https://www.theverge.com/2020/7/15/21326200/elon-musk-twitter-hacked-bitcoin-scam"),
    ("TechCrunch", "20:44:03", "en", "Hackers are taking over high-profile Twitter accounts to push a cryptocurrency "
     "scam {link}", "https://techcrunch.com/2020/07/15/twitter-accounts-hacked-crypto/"),
    ("CNBC", "20:53:19", "en", "Twitter accounts of Elon Musk, Bill Gates and Jeff Bezos hit in apparent bitcoin scam "
     "{link}", "https://www.cnbc.com/2020/07/15/twitter-accounts-hacked-bitcoin-scam.html"),
    ("Reuters", "21:01:48", "en", "Twitter accounts of Musk, Gates, Bezos and others hacked in apparent bitcoin scam "
     "{link}", "https://www.reuters.com/article/us-twitter-cyber-idUSKCN24G2X8"),
    ("CNN", "21:12:26", "en", "The Twitter accounts of Barack Obama, Joe Biden, Elon Musk and others were hacked in "
     "an apparent bitcoin scam {link}", "https://www.cnn.com/2020/07/15/tech/twitter-hack-elon-musk-bill-gates/"),
    ("BBCBreaking", "21:16:02", "en", "Twitter accounts of Barack Obama, Joe Biden, Elon Musk and Bill Gates hacked in "
     "apparent Bitcoin scam {link}", "https://www.bbc.co.uk/news/technology-53425822"),
    ("nytimes", "21:21:40", "en", "Breaking News: The Twitter accounts of Joe Biden, Barack Obama, Elon Musk, Bill "
     "Gates and other prominent people were hacked in what appeared to be a Bitcoin scam. {link}",
     "https://www.nytimes.com/2020/07/15/technology/twitter-hack-bill-gates-elon-musk.html"),
    ("AP", "21:27:55", "en", "BREAKING: Twitter says it is investigating a security incident after accounts of "
     "prominent figures posted messages soliciting bitcoin.", ""),
    ("derspiegel", "21:38:12", "de", "Twitter-Konten von Obama, Biden, Musk und Gates gehackt – Betrüger wollen "
     "Bitcoin {link}", "https://www.spiegel.de/netzwelt/web/twitter-konten-gehackt-bitcoin-betrug"),
    ("business", "21:41:07", "en", "Twitter shares fall in late trading after a wave of hacks of prominent accounts "
     "{link}", "https://www.bloomberg.com/news/articles/2020-07-15/twitter-shares-fall-after-account-hacks"),
    ("lemondefr", "21:44:30", "fr", "Les comptes Twitter de Barack Obama, Joe Biden, Elon Musk et Bill Gates "
     "piratés pour une arnaque au bitcoin {link}", "https://www.lemonde.fr/pixels/article/2020/07/15/twitter-"
     "piratage-bitcoin.html"),
    ("TwitterSupport", "21:48:20", "en", "We are aware of a security incident impacting accounts on Twitter. We are "
     "investigating and taking steps to fix it. We will update everyone shortly.", ""),
    ("el_pais", "21:50:51", "es", "Hackean las cuentas de Twitter de Obama, Biden, Musk y Gates en una estafa con "
     "bitcoins {link}", "https://elpais.com/tecnologia/2020-07-15/hackean-cuentas-twitter-bitcoin.html"),
    ("cz_binance", "21:56:02", "en", "Binance funds are SAFU. Several crypto accounts on Twitter were compromised "
     "today. Anyone promising to send back double is a scammer. Stay safe.", ""),
    ("TwitterSupport", "22:07:44", "en", "You may be unable to Tweet or reset your password while we review and "
     "address this incident.", ""),
)

# Text pools. A template is picked from the account's own pool, else its category's, for
# the post's language; {slot} fills come from SLOTS; {link} becomes a t.co link whose
# expanded form (on one of the account's usual domains) goes in `urls`.
POOLS: dict[str, list[str]] = {
    "news:en": ["{prefix}{headline} {link}"] * 6 + ["{prefix}{headline}", "{headline}, {said} {link}",
                                                    "Opinion: {opinion} {link}", "Analysis: {headline} {link}"],
    "news:fr": ["{headline_fr} {link}", "{headline_fr}", "DIRECT – {headline_fr} {link}"],
    "news:es": ["{headline_es} {link}", "ÚLTIMA HORA | {headline_es} {link}", "{headline_es}"],
    "news:de": ["{headline_de} {link}", "Eilmeldung: {headline_de} {link}"],
    "news:ja": ["{headline_ja} #nhk_news {link}", "{headline_ja} {link}"],
    "news:pt": ["{headline_pt} {link}", "{headline_pt}", "AO VIVO: {headline_pt} {link}"],
    "crypto_news:en": ["{coin} {updown} {pct}% as {crypto_reason} {link}", "{crypto_headline} {link}",
                       "Market wrap: bitcoin {updown} {pct}% to ${btc_price} {link}"],
    "politician:en": ["{policy_open} {policy_issue}. {policy_close} {link}", "{policy_open} {policy_issue}. "
                      "{policy_close}", "Tune in: I'm joining {show} tonight to talk about {topic}.",
                      "{covid_line}", "We're {days} days out from the election. {vote_line} {link}"],
    "head_of_state:en": ["{statesman_line}", "Today I spoke with {leader} about {diplomacy}.",
                         "{statesman_line} {link}"],
    "head_of_state:fr": ["{macron_line}", "Échange ce jour avec {leader} sur {diplomatie}.", "{macron_line} {link}"],
    "head_of_state:hi": ["{modi_hi}"],
    "head_of_state:pt": ["{bolsonaro_line}", "{bolsonaro_line} {link}"],
    "head_of_state:es": ["Conferencia de prensa matutina, desde Palacio Nacional. {link}", "{amlo_line}"],
    "@realDonaldTrump:en": ["{trump_line}", "{trump_line}", "Great meeting today with {group} at the White House!",
                            "Heading to {city} for a big announcement on {trump_topic}!"],
    "@JustinTrudeau:fr": ["Aujourd'hui, nous annonçons {annonce_fr}.", "Les détails sur {annonce_fr} : {link}"],
    "@narendramodi:en": ["{modi_en}", "Spoke to {leader}. We discussed {diplomacy}.", "{modi_en} {link}"],
    "celebrity:en": ["{celeb_open} {emoji}", "New {product} drops {when}! {link}", "Thank you for {thanks} {emoji}",
                     "@{friend} {reply_line}", "Watch {watch_what} now {link}", "{celeb_open}. {mask_line} {emoji}"],
    "celebrity:pt": ["Obrigado a todos pelo apoio! {emoji}", "Bom treino hoje 💪 {emoji}", "{celeb_pt} {link}"],
    "celebrity:es": ["¡Gracias por tanto cariño! {emoji}", "{celeb_es} {link}", "{celeb_es} {emoji}"],
    "celebrity:ko": ["{bts_ko} {emoji}", "{bts_ko} #BTS #방탄소년단 {link}"],
    "tech_ceo:en": ["{ceo_open} {ceo_topic}. {link}", "Proud of the team for {achievement}.",
                    "Great conversation with {person} about {ceo_topic}. {link}", "{ceo_open} {ceo_topic}."],
    "@elonmusk:en": ["@{elon_to} {elon_quip}", "@{elon_to} {elon_quip}", "{elon_line}", "{elon_line} {link}"],
    "@jack:en": ["@{elon_to} {jack_quip}", "{jack_line}"],
    "brand:en": ["{brand_hook} {link}", "{brand_hook}", "Reply with {reply_with} and we'll {reward}. {emoji}",
                 "{brand_hook} {brand_cta}: {link}"],
    "@CashApp:en": ["Drop your $cashtag below for a chance to win ${giveaway_amt} {emoji} #CashAppGiveaway",
                    "{brand_hook} {link}", "Direct deposit hits up to two days early with Cash App. {link}"],
    "@Wendys:en": ["@{fan} {roast}", "@{fan} {roast}", "{brand_hook} {link}"],
    "crypto_exchange:en": [
        "{coin} deposits and withdrawals are temporarily suspended for a scheduled network upgrade. "
        "Trading is not affected. {link}",
        "{name} has completed the {coin} network upgrade. Deposits and withdrawals have resumed.",
        "New listing: {coin} is now available on {name}. {link}",
        "Stay safe: {name} support will never ask for your password or 2FA codes. Report impersonators: {link}",
        "Beware of fake giveaways. {name} will never ask you to send crypto to receive more back. {link}",
        "Learn: what is {concept}? {link}", "{crypto_headline} {link}",
        "Weekly market update: BTC {updown} {pct}% this week. {link}",
        "Scheduled maintenance on {tomorrow} from {hh}:00 UTC, about {mins} minutes. {link}"],
    "sports:en": ["{sport_line} {emoji_sport}", "📸 {photo_line} {link}", "Happy birthday to the legend {legend}! 🎂",
                  "Throwback to {year} 🔥 {link}", "{sport_line} {link}", "Highlights: {link}"],
    "sports:es": ["{sport_es} {emoji_sport}", "📸 Las mejores imágenes del entrenamiento {link}",
                  "¡Feliz cumpleaños, {legend}! 🎂", "{sport_es} {link}"],
    "charity:en": ["{charity_line} {link}", "{charity_line}", "{health_line} {link}"],
    "tech:en": ["{support_line}", "{support_line}", "Tip: turn on two-factor authentication to keep your account "
                "secure. {link}"],
}

SLOTS: dict[str, list[str]] = {
    "prefix": ["", "", "", "", "BREAKING: ", "JUST IN: ", "NEW: "],
    "said": ["officials said", "according to a new report", "sources say", "the company said", "data show"],
    "headline": [
        "{state} reports {cases} new coronavirus cases as hospitals near capacity",
        "{state} governor orders bars closed again as infections climb",
        "2020-07-14T21|Moderna's vaccine candidate produced antibodies in all {small} volunteers in an early trial",
        "2020-07-15T08|EU court annuls order for Apple to repay €13 billion in Irish taxes",
        "{company} beats second-quarter estimates; shares {updown} {pct}% in premarket trading",
        "2020-07-14T12|U.K. bans new Huawei 5G equipment and orders its removal by 2027",
        "Global coronavirus cases top {million} million, according to Johns Hopkins data",
        "Senate returns next week to debate another coronavirus relief package",
        "{country} records its highest single-day rise in coronavirus infections",
        "Schools in {city} will start the year online, officials say",
        "Google to invest $10 billion in India over the next five to seven years",
        "Stocks {updown} as investors weigh vaccine hopes against rising cases",
        "2020-07-15T18|The Fed's Beige Book says economic activity rose in most districts but remains well "
        "below pre-pandemic levels",
        "2020-07-15T15|Oil prices {updown} as OPEC+ agrees to ease production cuts",
        "Heat wave to bring triple-digit temperatures to {region} this week",
        "TikTok weighs changes to its corporate structure as scrutiny grows in Washington",
        "2020-07-14T12|Federal executions resume after a Supreme Court ruling",
        "2020-07-14T22|Trump signs order ending Hong Kong's preferential trade status",
        "Mask mandates spread as {state} requires face coverings in public",
        "Unemployment benefits of $600 a week expire at the end of July. Here's what comes next",
        "{company} to cut {jobs} jobs as the pandemic hits demand",
        "NASA's Perseverance rover is set to launch for Mars on July 30",
        "{company} shares {updown} {pct}% after earnings",
        "Major League Baseball releases its 60-game schedule",
        "Doctors in {city} warn of a shortage of protective equipment as cases rise",
        "Tropical storm watch issued for parts of the {coast} coast",
        "How to keep your kids learning this summer, according to teachers",
        "The pandemic has upended the housing market in {city}. Here's how",
        "Scientists are studying why some Covid-19 patients lose their sense of smell",
    ],
    "opinion": ["Reopening schools safely is possible. Here's what it takes.", "Congress can't let aid lapse now.",
                "The pandemic exposed the limits of our health system.", "Masks are not a political statement.",
                "We need a national testing strategy, not fifty.", "Remote work is here to stay. Plan for it."],
    "state": ["Florida", "Texas", "California", "Arizona", "Georgia", "Louisiana", "South Carolina", "Alabama",
              "Tennessee", "North Carolina", "Nevada", "Oklahoma"],
    "country": ["India", "Brazil", "Mexico", "South Africa", "Japan", "Australia", "Israel", "Spain", "Peru"],
    "city": ["Los Angeles", "Houston", "Miami", "Atlanta", "Phoenix", "San Diego", "Dallas", "Nashville"],
    "region": ["the Southwest", "Texas", "the Central Valley", "the Plains"],
    "coast": ["Gulf", "Carolina", "Florida"],
    "company": ["Goldman Sachs", "JPMorgan", "Citigroup", "Wells Fargo", "UnitedHealth", "Delta", "Netflix",
                "Johnson & Johnson", "BlackRock", "Bank of America", "United Airlines", "Levi Strauss"],
    "updown": ["rise", "fall", "climb", "slip", "jump", "drop"],
    "headline_fr": [
        "Coronavirus : le port du masque sera obligatoire dans les lieux publics clos dès la semaine prochaine",
        "Le gouvernement Castex tient son premier conseil des ministres",
        "2020-07-15T08|Apple : la justice européenne annule la décision sur les 13 milliards d'euros",
        "Ségur de la santé : ce que contient l'accord signé pour les soignants",
        "Hongkong : Pékin menace de représailles après les sanctions américaines",
        "Canicule : vigilance orange dans {n_dep} départements",
        "Tour de France : le départ prévu le 29 août à Nice",
        "2020-07-14T08|14-Juillet : une cérémonie sans public et sans défilé militaire sur les Champs-Élysées",
        "Coronavirus : {cases_fr} nouveaux cas recensés en France en 24 heures"],
    "headline_es": [
        "España suma {cases_es} nuevos contagios de coronavirus en las últimas 24 horas",
        "Cataluña ordena el confinamiento domiciliario de la comarca del Segrià",
        "La cumbre europea debate el fondo de recuperación de 750.000 millones",
        "2020-07-15T08|El Tribunal General de la UE anula la orden a Apple de pagar 13.000 millones",
        "Brasil supera los 1,9 millones de casos de covid-19", "El Gobierno prorroga los ERTE hasta septiembre",
        "México registra {cases_es} casos nuevos de coronavirus"],
    "headline_de": [
        "Corona: RKI meldet {cases_de} Neuinfektionen",
        "2020-07-15T08|EuG kippt Steuernachzahlung von Apple über 13 Milliarden Euro",
        "Wirecard: Ermittler durchsuchen weitere Büros", "Lufthansa streicht weitere Stellen",
        "Bund und Länder beraten über Maßnahmen gegen lokale Ausbrüche", "Hitzewelle: bis zu 35 Grad erwartet"],
    "headline_ja": [
        "東京都 新型コロナ 新たに{cases_ja}人の感染確認", "「Go Toトラベル」東京発着を対象外に 政府が調整",
        "九州 記録的大雨 被害の全容いまだつかめず",
        "2020-07-15T08|米アップルへの巨額追徴課税 EU裁判所が取り消し",
        "大相撲7月場所 両国国技館で観客入れ開催へ"],
    "headline_pt": [
        "Brasil registra {cases_pt} novos casos de Covid-19 em 24 horas", "Bolsonaro faz novo teste para Covid-19",
        "Congresso discute prorrogação do auxílio emergencial", "Ibovespa fecha em {updown_pt} com cenário externo",
        "São Paulo prevê volta às aulas em setembro"],
    "updown_pt": ["alta", "queda"],
    "coin": ["ETH", "LINK", "XTZ", "ALGO", "ATOM", "COMP", "BAND", "KNC", "YFI", "DASH", "ZEC", "BAT", "LEND"],
    "crypto_reason": ["DeFi tokens rally", "traders await the stimulus decision", "volumes thin out",
                      "miners move coins to exchanges", "stablecoin supply hits a record"],
    "crypto_headline": ["DeFi's total value locked passes $2 billion", "Bitcoin options open interest nears a record",
                        "Ethereum 2.0 testnet launch date set for August", "Stablecoin supply tops $13 billion",
                        "Bitcoin's 30-day volatility falls to a multi-year low",
                        "Hashrate hits a new high two months after the halving"],
    "btc_price": ["9,180", "9,205", "9,231", "9,254", "9,142", "9,276"],
    "concept": ["DeFi", "a hardware wallet", "staking", "a stablecoin", "yield farming", "two-factor authentication",
                "a seed phrase", "a limit order"],
    "policy_open": ["We need to", "It's time to", "Congress must", "I'm fighting to", "We have to", "Our plan will"],
    "policy_issue": ["lower prescription drug prices", "protect people with pre-existing conditions",
                     "extend unemployment benefits before they run out on July 31",
                     "get schools the resources they need to reopen safely",
                     "build back our economy with good-paying union jobs", "tackle the climate crisis",
                     "expand access to affordable child care", "make sure every eligible voter can vote by mail",
                     "protect Social Security and Medicare", "get relief to families and small businesses",
                     "invest in clean energy and infrastructure", "fix the shortfalls in testing"],
    "policy_close": ["Let's get it done.", "Americans can't wait.", "That's what's at stake this November.",
                     "We can do this.", "Read more:", "Join us:"],
    "show": ["@maddow", "@TheView", "@Morning_Joe", "@andersoncooper", "@ColbertLateShow", "@PodSaveAmerica"],
    "topic": ["the economy", "health care", "the coronavirus response", "voting rights", "the relief bill"],
    "covid_line": ["Wear a mask. Keep your distance. Wash your hands. It's that simple.",
                   "Over 135,000 Americans have died of COVID-19. We need leadership now.",
                   "Our health care workers are heroes. They deserve the protective gear they need.",
                   "Testing should be free, fast, and available to everyone who needs it."],
    "days": ["111", "112", "113"],
    "vote_line": ["Make a plan to vote.", "Check your registration today.", "Request your mail-in ballot."],
    "statesman_line": ["We will build back better and greener from this crisis.",
                       "Thank you to every key worker keeping the country going.",
                       "We are investing in jobs, skills and infrastructure across the country.",
                       "Wearing a face covering protects others. Please do your part."],
    "leader": ["@JustinTrudeau", "@BorisJohnson", "@EmmanuelMacron", "@AngelaMerkeI", "@ScottMorrisonMP",
               "@JacindaArdern", "@narendramodi", "President @CyrilRamaphosa"],
    "diplomacy": ["our response to COVID-19", "trade and economic recovery", "climate action", "vaccine research",
                  "regional security"],
    "diplomatie": ["la relance européenne", "la lutte contre la COVID-19", "le climat", "la sécurité au Sahel"],
    "macron_line": ["Vive la République ! Vive la France !", "Merci à nos soignants, héros de cette crise.",
                    "Ce week-end, au Conseil européen, nous défendrons un plan de relance ambitieux.",
                    "Le 14 juillet, la Nation rend hommage à celles et ceux qui se sont engagés face à l'épidémie.",
                    "La jeunesse ne doit pas être la variable d'ajustement de la crise."],
    "annonce_fr": ["une aide supplémentaire pour les petites entreprises", "la prolongation de la PCU",
                   "de nouveaux investissements dans le logement abordable", "un soutien aux étudiants cet été"],
    "modi_en": ["On World Youth Skills Day, I salute the skilled youth of India.",
                "Skill India is empowering millions of youngsters. #SkillIndia",
                "Together, we will build an Aatmanirbhar Bharat.",
                "Spoke with farmers from across the country about the monsoon season."],
    "modi_hi": ["विश्व युवा कौशल दिवस पर सभी युवा साथियों को हार्दिक शुभकामनाएं।",
                "आत्मनिर्भर भारत के संकल्प को पूरा करने में हमारे युवाओं की बड़ी भूमिका है।",
                "देशवासियों से आग्रह है कि मास्क पहनें और दो गज की दूरी का पालन करें।"],
    "bolsonaro_line": ["Bom dia a todos!", "Governo Federal entrega mais uma obra importante para o Nordeste.",
                       "Auxílio Emergencial: mais de 60 milhões de brasileiros atendidos.",
                       "Sigo bem, trabalhando do Alvorada."],
    "amlo_line": ["Vamos bien, saliendo de la crisis.", "Agradezco a los médicos y enfermeras de México.",
                  "Buenos días. Hoy seguimos trabajando por el bienestar del pueblo."],
    "trump_line": ["LAW & ORDER!", "Stock Market up big today. Jobs are coming back FAST!",
                   "Our Economy is roaring back. Transition to Greatness!",
                   "We are cutting more regulations than any Administration in history!",
                   "Schools must open in the Fall!", "Great new poll numbers. Thank you!"],
    "group": ["American workers", "Hispanic leaders", "the Governors", "great small business owners"],
    "trump_topic": ["infrastructure", "deregulation", "American jobs", "permitting reform"],
    "celeb_open": ["Feeling so grateful today", "Studio all night", "Can't wait for you to see what's next",
                   "Love you guys so much", "Back at it", "What a week", "Summer mode"],
    "emoji": ["❤️", "🙏", "✨", "🔥", "💯", "😂", "🖤", "🙌", ""],
    "product": ["collection", "merch", "single", "video", "episode", "shade range"],
    "when": ["tomorrow at 9am PT", "this Friday", "tonight", "next week"],
    "thanks": ["all the birthday love", "streaming the new song", "the love on the new video",
               "showing up for each other", "10 years of support"],
    "friend": ["ArianaGrande", "KimKardashian", "TheRock", "KevinHart4real", "justinbieber", "ladygaga",
               "MrBeastYT", "wizkhalifa", "rihanna", "taylorswift13"],
    "reply_line": ["proud of you!", "love this 🙌", "let's go!!", "hahaha", "congrats!! so deserved", "can't wait"],
    "watch_what": ["the full video", "the new episode", "the behind the scenes", "the livestream replay"],
    "mask_line": ["Wear a mask, it's not that hard.", "Stay safe out there.", "Check on your friends."],
    "celeb_pt": ["Trabalho duro sempre compensa!", "Em família 🏡", "Foco no próximo objetivo!"],
    "celeb_es": ["¡Nuevo video ya disponible!", "Qué bonito día", "Gracias, Barranquilla 💛"],
    "bts_ko": ["오늘도 수고했어요 아미 💜", "보고 싶어요", "곧 만나요!", "좋은 하루 보내세요 💜"],
    "ceo_open": ["Excited to share", "Proud to announce", "Thinking a lot about", "New post on",
                 "Worth reading on"],
    "ceo_topic": ["vaccine development and how to distribute it fairly", "the future of remote work",
                  "how we can make testing faster", "climate innovation", "digital skills for everyone",
                  "accessibility in our products", "supporting small businesses through the pandemic"],
    "achievement": ["shipping this during a pandemic", "an amazing quarter", "making this possible",
                    "helping schools go remote"],
    "person": ["@DrTedros", "@satyanadella", "@sundarpichai", "@MelindaGates", "@DrFrieden"],
    "elon_to": ["Teslarati", "WholeMarsBlog", "flcnhvy", "PPathole", "SpaceX", "Erdayastronaut", "teslaownersSV",
                "NASASpaceflight", "cleantechnica", "ValaAfshar"],
    "elon_quip": ["Haha true", "Exactly", "Good point", "Accurate", "Wow", "Much appreciated", "Yes",
                  "Tesla team is doing great work", "Coming soon", "Working on it", "Absolutely"],
    "elon_line": ["Starlink beta soon", "Model Y production going well", "Giga Texas construction is moving fast",
                  "Falcon 9 static fire complete", "Tesla Autopilot improvements rolling out next month"],
    "jack_quip": ["💯", "yes", "agree", "thank you", "on it"],
    "jack_line": ["#BlackLivesMatter", "meditating", "working from home forever if we want"],
    "brand_hook": ["New drop, same energy.", "Your summer just got an upgrade.", "Now available in more cities.",
                   "Made for every move.", "Here's to the people who keep going.", "Stay home, stay connected.",
                   "Contactless, as it should be.", "Big news for small businesses."],
    "brand_cta": ["Learn more", "Shop now", "Get it here", "See how", "Find out more"],
    "reply_with": ["your favorite emoji", "a 🔥", "your go-to order", "your summer plans"],
    "reward": ["pick our favorite", "send you something", "share it tomorrow"],
    "giveaway_amt": ["100", "250", "500"],
    "fan": ["jakeyboi23", "mcflurrystan", "sarahj_xo", "whopper4life", "ty_tweets_", "burgerbro99"],
    "roast": ["You really thought. 😂", "Not you coming for us at 2am.", "We'd roast you but you're already burnt.",
              "Sir, this is a Wendy's.", "Bold of you to tweet that with that avatar."],
    "name": [],  # filled from the account's display name
    "tomorrow": [],  # filled from the post's date
    "hh": ["02", "03", "04", "06"],
    "mins": ["30", "45", "60", "90"],
    "sport_line": ["Training session ✅", "Back to work", "Matchday! Let's go!", "Full-time. Three points!",
                   "What a finish!", "Less than a week to go", "Ready for the restart"],
    "emoji_sport": ["💪", "🔥", "⚽️", "🏀", "🏈", "🏎️", "⚾️", "🙌"],
    "photo_line": ["Best shots from today's session", "Behind the scenes", "Gallery: the squad arrives"],
    "legend": ["Bobby Charlton", "Kobe", "Derek Jeter", "Michael Schumacher", "Raúl", "Johan Cruyff"],
    "year": ["2008", "2012", "2016", "2004", "1999"],
    "sport_es": ["¡Hoy jugamos!", "Entrenamiento de hoy", "¡A por ello!", "¡Campeones!", "¡Hala Madrid!"],
    "charity_line": ["Every donation helps families {helps}.", "Your support keeps children {helps2}.",
                     "Volunteers are the heart of everything we do. Thank you!",
                     "Blood and platelet donors are urgently needed this summer."],
    "helps": ["recover after disasters", "get back on their feet", "stay safe through the pandemic"],
    "helps2": ["learning during school closures", "safe and healthy", "protected from disease"],
    "health_line": ["Wear a mask, keep your distance, and wash your hands often.",
                    "New guidance on COVID-19 and schools is available now.",
                    "Protect your privacy: know what data your apps collect.",
                    "Live Q&A with our experts on COVID-19 at 15:00 CET."],
    "support_line": ["We're aware some people are having trouble loading images. We're working on a fix.",
                     "This should now be fixed. Thanks for your patience!",
                     "Some people can't see notifications on Android. We're looking into it."],
}

# Slot values only some accounts use (a team's own legends, a brand's own products).
ACCOUNT_SLOTS: dict[str, dict[str, list[str]]] = {
    "FCBarcelona": {"legend": ["Johan Cruyff", "Carles Puyol", "Xavi"]},
    "realmadrid": {"legend": ["Raúl", "Iker Casillas", "Zinedine Zidane"]},
    "NBA": {"legend": ["Kobe", "Magic Johnson", "Tim Duncan"], "sport_line": ["The NBA restart tips off July 30",
            "Teams are settling in at the Orlando campus", "Scrimmages begin next week"]},
    "Lakers": {"legend": ["Kobe", "Kareem", "Magic"]},
    "NFL": {"legend": ["Jerry Rice", "Barry Sanders", "Walter Payton"], "sport_line": [
            "Training camps open later this month", "Who's your breakout player for 2020?"]},
    "ManUtd": {"legend": ["Sir Bobby Charlton", "Eric Cantona", "Ryan Giggs"]},
    "ChampionsLeague": {"legend": ["Paolo Maldini", "Clarence Seedorf", "Raúl"], "sport_line": [
            "The final eight will play in Lisbon", "Round of 16 second legs return in August"]},
    "F1": {"legend": ["Michael Schumacher", "Ayrton Senna", "Niki Lauda"], "sport_line": [
           "Next stop: Hungary", "Lights out in Budapest on Sunday", "Who takes pole this weekend?"]},
    "Yankees": {"legend": ["Derek Jeter", "Mariano Rivera", "Babe Ruth"], "sport_line": [
                "Opening Day is July 23", "Summer camp, day 12", "Intrasquad game tonight"]},
    "Apple": {"brand_hook": ["#ShotoniPhone by a photographer in Lisbon.", "Introducing the new MacBook Pro.",
                             "Apple Card: now with more ways to pay over time.", "Code from anywhere with Swift."]},
    "Nike": {"brand_hook": ["You can't stop us.", "Play inside, play for the world.", "New Air Max colourways."]},
    "Starbucks": {"brand_hook": ["Order ahead in the app and skip the line.", "Summer drinks are here.",
                                "The new Cloud Macchiato, now iced."]},
    "McDonalds": {"brand_hook": ["Contactless delivery on McDelivery.", "Free fries Fridays in the app.",
                                 "Iced coffee, any size, all summer."]},
    "netflix": {"brand_hook": ["The Old Guard is now streaming.", "New this week on Netflix.",
                               "Cursed is coming July 17.", "Unsolved Mysteries Volume 2 is coming."]},
    "amazon": {"brand_hook": ["Prime Day is coming later this year.", "Thank you to our front-line employees.",
                              "Shop small businesses on Amazon."]},
    "Tesla": {"brand_hook": ["Model Y now delivering in more states.", "Solar Roof installs are ramping up."]},
    "SpaceX": {"brand_hook": ["Falcon 9 launches Starlink satellites to orbit.", "Crew Dragon docked with the "
                              "@Space_Station.", "Static fire test complete — targeting launch this week."]},
    "Microsoft": {"brand_hook": ["Teams now supports up to 300 meeting participants.", "Learn new skills for free."]},
    "Google": {"brand_hook": ["New Android features for staying connected.", "Search now shows COVID-19 testing "
                              "sites near you.", "A new way to learn with Google Classroom."]},
    "PlayStation": {"brand_hook": ["Ghost of Tsushima launches July 17.", "New PS Plus games for August.",
                                   "State of Play returns this week."]},
    "Uber": {"brand_hook": ["Face covering required for every ride.", "Uber Eats now delivers groceries.",
                            "Support local restaurants with zero delivery fee."]},
    "RedCross": {"charity_line": ["Blood and platelet donors are urgently needed this summer.",
                                  "Every donation helps families recover after disasters."]},
    "UNICEF": {"charity_line": ["Your support keeps children learning during school closures.",
                                "Every child deserves clean water and a safe place to learn."]},
    "WHO": {"charity_line": ["New guidance on COVID-19 and schools is available now.",
                             "Live Q&A with our experts on COVID-19 at 15:00 CET."],
            "health_line": ["Wear a mask, keep your distance, and wash your hands often.",
                            "There are no shortcuts: test, trace, isolate and care."]},
    "EFF": {"charity_line": ["Protect your privacy: know what data your apps collect.",
                             "Face surveillance has no place in our communities.",
                             "Members make our work possible. Thank you!"],
            "health_line": ["Contact tracing apps must respect privacy and be voluntary.",
                            "Encryption keeps everyone safe. Don't break it."]},
}
# Headlines about a dated event only appear after it happened: "ISO-HOUR|text".
_WORDS = re.compile(r"[A-Za-z0-9]+")
_TCO = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_LINK = "\x00link\x00"  # stands for the link until the text around it is final
_NO_WWW = {"blog.google", "techcrunch.com", "elpais.com", "cash.app", "gatesnot.es", "weverse.io", "tron.network"}


@dataclass(frozen=True)
class Account:
    """One watched account and its habits."""

    handle: str
    name: str
    category: str
    clients: dict[str, float]
    hours: tuple[int, int]
    langs: dict[str, float]
    domains: tuple[str, ...]
    rate: float
    author_id: str

    def active(self, hour: int) -> bool:
        """Whether the account posts at this UTC hour (ranges may wrap past midnight)."""
        start, end = self.hours
        span = (end - start) % 24 or 24
        return (hour - start) % 24 < span

    def to_json(self) -> dict[str, Any]:
        return {"handle": self.handle, "author_id": self.author_id, "name": self.name,
                "category": self.category, "clients": self.clients,
                "active_hours_utc": list(self.hours), "lang": max(self.langs, key=self.langs.get),
                "langs": self.langs, "domains": list(self.domains), "posts_per_active_hour": self.rate}


def _weights(spec: str) -> dict[str, float]:
    return {k: float(v) for k, v in (item.rsplit("=", 1) for item in spec.split(","))}


def load_accounts(rng: random.Random) -> list[Account]:
    """Parse ACCOUNTS, giving each a made-up, stable-for-the-seed numeric author id."""
    out, used = [], set()
    for line in ACCOUNTS.strip().splitlines():
        handle, name, cat, clients, hours, langs, domains, rate = line.split("|")
        start, end = (int(h) for h in hours.split("-"))
        author_id = _author_id(rng, used)
        out.append(Account(handle, name, cat, _weights(clients), (start, end % 24), _weights(langs),
                           tuple(domains.split()), round(float(rate) * RATE_SCALE, 3), author_id))
    return out


def _author_id(rng: random.Random, used: set[str]) -> str:
    """An id shaped like the era's: old accounts short, post-2015 ones snowflakes."""
    while True:
        if rng.random() < 0.15:
            aid = str(rng.randrange(7 * 10**17, 12 * 10**17))
        else:
            aid = str(rng.randrange(10**5, 4 * 10**9))
        if aid not in used:
            used.add(aid)
            return aid


def _pick(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _poisson(rng: random.Random, lam: float) -> int:
    """Knuth's method: fine for the small rates here."""
    limit, k, p = math.exp(-lam), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


class _Slots(dict):
    """Lazily fills {slot}s in a template; nested slots are expanded recursively."""

    def __init__(self, rng: random.Random, acct: Account, when: datetime) -> None:
        super().__init__()
        self.rng, self.acct, self.when = rng, acct, when

    def __missing__(self, key: str) -> str:
        value = self._raw(key)
        if "{" in value:
            value = value.format_map(self)
        self[key] = value
        return value

    def _raw(self, key: str) -> str:
        numbers = {"cases": (5000, 15500), "cases_fr": (400, 1100), "cases_es": (300, 2000),
                   "cases_de": (250, 600), "cases_ja": (100, 170), "cases_pt": (20000, 45000),
                   "small": (45, 46), "million": (13, 14), "jobs": (1000, 12000), "n_dep": (4, 19)}
        if key == "link":
            return _LINK
        if key == "name":
            return self.acct.name
        if key == "tomorrow":
            return (self.when + timedelta(days=1)).strftime("%d %B")
        if key == "pct":
            return f"{self.rng.randrange(3, 95) / 10:.1f}"
        if key in numbers:
            return f"{self.rng.randrange(*numbers[key]):,}".replace(",", " " if key == "cases_fr" else ",")
        values = ACCOUNT_SLOTS.get(self.acct.handle, {}).get(key) or SLOTS[key]
        return self._dated(values)

    def _dated(self, values: list[str]) -> str:
        """A random value, re-drawn while it names an event later than the post."""
        while True:
            value = self.rng.choice(values)
            if "|" not in value[:16]:
                return value
            after, text = value.split("|", 1)
            if self.when.strftime("%Y-%m-%dT%H") >= after:
                return text


def _template(rng: random.Random, acct: Account, lang: str) -> str:
    pool = POOLS.get(f"@{acct.handle}:{lang}") or POOLS.get(f"{acct.category}:{lang}")
    if pool is None:  # a language only a handful of posts use: fall back to the account's main one
        pool = POOLS[f"{acct.category}:{max(acct.langs, key=acct.langs.get)}"]
    return rng.choice(pool)


def compose(rng: random.Random, acct: Account, when: datetime, lang: str) -> tuple[str, list[str]]:
    """One benign post in the account's voice: (text, expanded urls)."""
    text = _template(rng, acct, lang).format_map(_Slots(rng, acct, when))
    text = re.sub(r"[ \t]{2,}", " ", text).strip()
    if _LINK not in text:
        return text, []
    url = url_for(rng, rng.choice(acct.domains), text, when, acct.category)
    return text.replace(_LINK, tco(rng)).strip(), [url]


def tco(rng: random.Random) -> str:
    """A t.co short link as X shows it in post text."""
    return "https://t.co/" + "".join(rng.choice(_TCO) for _ in range(10))


def url_for(rng: random.Random, domain: str, text: str, when: datetime, category: str) -> str:
    """An expanded link on `domain` shaped like that kind of site's article or page links."""
    code = "".join(rng.choice(_TCO) for _ in range(11))
    if domain == "youtube.com":
        return f"https://www.youtube.com/watch?v={code}"
    if domain == "instagram.com":
        return f"https://www.instagram.com/p/{code}/"
    host = domain if domain.count(".") > 1 or domain in _NO_WWW else "www." + domain
    words = [w.lower() for w in _WORDS.findall(text.replace(_LINK, ""))][:8]
    slug = "-".join(words) if len(words) >= 3 and text.isascii() else f"a{rng.randrange(10**7, 10**8)}"
    if category in ("news", "crypto_news"):
        return f"https://{host}/{when:%Y/%m/%d}/{slug}.html"
    return f"https://{host}/{slug}"


def _times(rng: random.Random, acct: Account) -> list[datetime]:
    """Posting times over history + window: a Poisson count per active clock hour."""
    out = []
    hour = HISTORY_START.replace(minute=0)
    while hour < WINDOW_END:
        if acct.active(hour.hour):
            for _ in range(_poisson(rng, acct.rate)):
                when = hour + timedelta(seconds=rng.randrange(3600))
                if HISTORY_START <= when < WINDOW_END:
                    out.append(when)
        hour += timedelta(hours=1)
    return _top_up(rng, acct, out)


def _top_up(rng: random.Random, acct: Account, times: list[datetime]) -> list[datetime]:
    """Add history posts until the account has MIN_HISTORY of them (quiet accounts)."""
    span = int((WINDOW_START - HISTORY_START).total_seconds())
    while sum(t < WINDOW_START for t in times) < MIN_HISTORY:
        when = HISTORY_START + timedelta(seconds=rng.randrange(span))
        if acct.active(when.hour):
            times.append(when)
    return sorted(times)


def _record(acct: Account, when: datetime, text: str, source: str, lang: str, urls: list[str]) -> dict[str, Any]:
    return {"platform": "x", "author": acct.handle, "author_id": acct.author_id, "created_at": when,
            "text": text, "source": source, "lang": lang, "urls": urls}


def benign_posts(rng: random.Random, acct: Account, silent_from: datetime | None) -> list[dict[str, Any]]:
    """The account's ordinary posts; none after it is taken over (the account is then locked)."""
    out, seen = [], set()
    for when in _times(rng, acct):
        if silent_from is not None and when >= silent_from:
            break
        lang = _pick(rng, acct.langs)
        for _ in range(6):  # X refuses a verbatim repeat, so the account would not post one
            text, urls = compose(rng, acct, when, lang)
            if text not in seen:
                break
        if text in seen:
            continue
        seen.add(text)
        out.append(_record(acct, when, text, _pick(rng, acct.clients), lang, urls))
    return out


def _at(clock: str) -> datetime:
    h, m, s = (int(x) for x in clock.split(":"))
    return WINDOW_START.replace(hour=h, minute=m, second=s)


def scripted_posts(rng: random.Random, by_handle: dict[str, Account], donation: str) -> list[dict[str, Any]]:
    """The fixed benign near-misses and the reactions to the hack."""
    out = []
    for handle, clock, lang, text, url in SCRIPTED:
        acct = by_handle[handle]
        text = text.format(addr=donation, link=tco(rng) if url else "").strip()
        out.append(_record(acct, _at(clock), text, _pick(rng, acct.clients), lang, [url] if url else []))
    return out


def takeover_posts(rng: random.Random, by_handle: dict[str, Account]) -> tuple[list[dict[str, Any]], list[dict]]:
    """The wallet wave and the airdrop takeover, each record marked only by identity (not a label)."""
    wave = []
    for handle, clock, text in WAVE:
        site = "{link}" in text
        body = text.format(w=SCAM_WALLET, link=tco(rng) if site else "")
        wave.append(_record(by_handle[handle], _at(clock), body, WAVE_CLIENT, "en", [WAVE_SITE] if site else []))
    handle, clock, source, text, url = AIRDROP
    airdrop = [_record(by_handle[handle], _at(clock), text.format(link=tco(rng)), source, "en", [url])]
    return wave, airdrop


def assign_ids(rng: random.Random, records: list[dict[str, Any]]) -> None:
    """Sort by time and give each post a snowflake id (time-ordered, unique) and ISO time."""
    for r in records:
        r["_ms"] = int(r["created_at"].timestamp()) * 1000 + rng.randrange(1000)
    records.sort(key=lambda r: (r["_ms"], r["author"]))
    last_ms, seq = -1, 0
    for r in records:
        seq = seq + 1 if r["_ms"] == last_ms else 0
        last_ms = r["_ms"]
        worker = rng.randrange(1024)
        r["id"] = str(((r.pop("_ms") - TWITTER_EPOCH_MS) << 22) | (worker << 12) | seq)
        r["created_at"] = r["created_at"].strftime("%Y-%m-%dT%H:%M:%SZ")


def donation_address(rng: random.Random) -> str:
    """A checksum-valid, made-up P2WPKH address (BIP173) for the benign donation post."""
    program = bytes(rng.randrange(256) for _ in range(20))
    return _segwit("bc", 0, program)


_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def _segwit(hrp: str, version: int, program: bytes) -> str:
    bits = "".join(f"{b:08b}" for b in program)
    bits += "0" * (-len(bits) % 5)
    data = [version] + [int(bits[i:i + 5], 2) for i in range(0, len(bits), 5)]
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    poly = _polymod(expanded + data + [0] * 6) ^ 1
    checksum = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[d] for d in data + checksum)


def build(seed: int = SEED) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The whole stream (sorted, with ids) and the accounts document."""
    rng = random.Random(seed)
    accounts = load_accounts(rng)
    by_handle = {a.handle: a for a in accounts}
    wave, airdrop = takeover_posts(rng, by_handle)
    silent = {}
    for r in wave + airdrop:
        silent.setdefault(r["author"], r["created_at"])
    quiet = {**{h: _at(t) for h, t in QUIET.items()}, **silent}
    records = [r for a in accounts for r in benign_posts(rng, a, quiet.get(a.handle))]
    records += [r for r in scripted_posts(rng, by_handle, donation_address(rng))
                if r["created_at"] < silent.get(r["author"], WINDOW_END)]
    records += wave + airdrop
    assign_ids(rng, records)
    posts = [{k: r[k] for k in ("id", "platform", "author", "author_id", "created_at", "text", "source", "lang",
                                "urls")} for r in records]
    return posts, _document(seed, accounts, wave, airdrop)


def _document(seed: int, accounts: list[Account], wave: list[dict], airdrop: list[dict]) -> dict[str, Any]:
    wave_ids, air_ids = [r["id"] for r in wave], [r["id"] for r in airdrop]
    return {
        "description": "Synthetic demo stream modelled on public reporting of the 15 July 2020 Twitter incident. "
                       "Real handles for realism only; ids, texts and links are made up. No post carries a label.",
        "seed": seed, "platform": "x",
        "history_start": _iso(HISTORY_START), "window_start": _iso(WINDOW_START), "window_end": _iso(WINDOW_END),
        "accounts": [a.to_json() for a in accounts],
        "takeover_post_ids": wave_ids + air_ids,
        "takeovers": [
            {"kind": "wallet_wave", "wallet": {"chain": "btc", "address": SCAM_WALLET}, "client": WAVE_CLIENT,
             "accounts": list(dict.fromkeys(r["author"] for r in wave)), "post_ids": wave_ids},
            {"kind": "lookalike_airdrop", "domain": "binnance.com", "imitates": "binance.com",
             "accounts": [r["author"] for r in airdrop], "post_ids": air_ids},
        ],
    }


def _iso(ts: datetime) -> str:
    return ts.strftime("%Y-%m-%dT%H:%M:%SZ")


def write(out_dir: Path, seed: int = SEED) -> tuple[Path, Path]:
    """Write demo.jsonl and demo_accounts.json into out_dir; returns their paths."""
    posts, doc = build(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    stream, accounts = out_dir / "demo.jsonl", out_dir / "demo_accounts.json"
    with open(stream, "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)
    with open(accounts, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
    return stream, accounts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    stream, _ = write(args.out, args.seed)
    lines = sum(1 for _ in open(stream, encoding="utf-8"))
    print(f"wrote {lines} posts to {stream} ({stream.stat().st_size:,} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
