"""Links in post text: find them, name their registrable domain, and judge that domain.

find_links() pulls http(s) URLs and bare domains ("claim-eth.xyz/airdrop") out of already
normalized text plus the platform's expanded URLs. registrable_domain() gives the eTLD+1 from
an offline copy of the Public Suffix List (bot/data/public_suffix_list.dat, MPL-2.0).
DomainIntel.judge() sorts a domain into allow / block / lookalike / shortener / unknown,
catching typo- and homoglyph-squats of crypto brands and of the watched accounts' own names.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .normalize import CONFUSABLES

__all__ = [
    "Link", "find_links", "registrable_domain", "public_suffix", "canonical_host",
    "DomainJudgement", "DomainIntel", "skeleton", "levenshtein", "SHORTENERS", "DATA_DIR",
]

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True, slots=True)
class Link:
    """One link: the text as found, its host (lowercase, punycode decoded) and eTLD+1."""

    url: str
    host: str
    domain: str


# ---------------------------------------------------------------- public suffix list

_RULE = ""  # key marking "a rule ends at this node" in the suffix trie


def _parse_psl(lines: Iterable[str]) -> dict:
    """Build a trie keyed by labels from the TLD inwards; '*' and '!x' keys mark wildcards
    and exceptions, the '' key marks a rule ending at that node."""
    root: dict = {}
    for raw in lines:
        rule = raw.strip()
        if not rule or rule.startswith("//"):
            continue
        rule = rule.split()[0].lower()
        exception = rule.startswith("!")
        labels = rule.lstrip("!").split(".")
        node = root
        for label in reversed(labels[1:] if exception else labels):
            node = node.setdefault(label, {})
        if exception:
            node["!" + labels[0]] = True
        else:
            node[_RULE] = True
    return root


@functools.cache
def _psl() -> dict:
    """The suffix trie, loaded once on first use (about 10,000 rules, ~20 ms)."""
    with open(DATA_DIR / "public_suffix_list.dat", encoding="utf-8") as fh:
        return _parse_psl(fh)


def _suffix_len(labels: list[str]) -> int:
    """How many trailing labels form the public suffix (the PSL algorithm, '*' default)."""
    node, best = _psl(), 1
    for depth, label in enumerate(reversed(labels), 1):
        if "*" in node:
            if "!" + label in node:
                return depth - 1  # exception: the suffix is the parent
            best = depth
        child = node.get(label)
        if child is None:
            break
        if _RULE in child:
            best = depth
        node = child
    return best


_IP_RE = re.compile(r"^[\d.]+$|:")


@functools.lru_cache(maxsize=65536)
def canonical_host(host: str) -> str:
    """Lowercase, strip a trailing dot, and decode punycode labels to Unicode."""
    host = host.strip().rstrip(".").lower()
    if "xn--" not in host:
        return host
    return ".".join(_decode_label(label) for label in host.split("."))


def _decode_label(label: str) -> str:
    if not label.startswith("xn--"):
        return label
    try:
        return label[4:].encode("ascii").decode("punycode").lower()
    except (UnicodeError, ValueError):
        return label  # not valid punycode: keep it as written


def public_suffix(host: str) -> str:
    """The public suffix (eTLD) of a host, e.g. "co.uk" for "news.bbc.co.uk"."""
    labels = canonical_host(host).split(".")
    return ".".join(labels[-_suffix_len(labels):])


@functools.lru_cache(maxsize=65536)
def registrable_domain(host: str) -> str:
    """The eTLD+1 of a host ("a.b.example.co.uk" -> "example.co.uk"), punycode decoded.

    A host that is itself a public suffix, a single label or an IP address comes back
    unchanged (canonicalized), since it has no registrable part."""
    host = canonical_host(host)
    if not host or _IP_RE.search(host):
        return host
    labels = host.split(".")
    n = _suffix_len(labels)
    if n >= len(labels):
        return host
    return ".".join(labels[-n - 1:])


@functools.cache
def _tlds() -> frozenset[str]:
    """Top-level labels that the PSL knows (ICANN and private sections alike)."""
    return frozenset(k for k in _psl() if k and not k.startswith("!") and k != "*")


# ---------------------------------------------------------------- finding links

# Cheap pre-filter: every link has "://" or a dot followed by two letters (a TLD). A literal
# '.' prefix lets the regex engine skip ahead quickly on ordinary prose.
_HINT_RE = re.compile(r"\.[^\W\d_]{2}")
# Characters that end a URL; CJK punctuation too, since CJK text puts no space after a link.
_URL_STOP = r"\s<>\"'`{}|\\^\u2026\u00ab\u00bb\u201c\u201d\u2018\u2019\u3001\u3002\uff0c"
# A URL also ends at "](", where a Markdown link's text meets its target: "[https://a](https://b)".
_URL_TAIL = rf"[^{_URL_STOP}\]]*(?:\](?!\()[^{_URL_STOP}\]]*)*"
# A host name: labels of letters, digits and inner hyphens, then a TLD of letters or punycode (lists, the Telegram
# notifier's unlinking and the link finder below all read hosts by it).
HOST_PATTERN = r"(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+(?:[^\W\d_]{2,63}|xn--[a-z0-9-]{1,59})"
_LINK_RE = re.compile(
    # not after an ASCII letter or digit; CJK and other letters may run into it ("詳しくはhttps://")
    r"(?P<url>(?<![A-Za-z0-9])(?i:https?)://" + _URL_TAIL + ")"
    r"|(?<![\w@./:\-])"  # not inside a word, an e-mail address, a path or a longer host
    rf"(?P<host>{HOST_PATTERN})"
    r"(?![\w-]|\.[^\W_])"  # the host ends here
    r"(?P<rest>(?::\d{1,5})?(?:[/?#]" + _URL_TAIL + ")?)"
)
_TAIL_STOP = re.compile(rf"[{_URL_STOP}]|\]\(")
_TRAILING = ".,;:!?'\")]}>*"
# ccTLDs that are also common words or file extensions ("it.is", "notes.md", "main.py"):
# a bare two-label domain on one of them needs a path, "www.", a hyphen or a digit.
_AMBIGUOUS_TLDS = frozenset(
    "py md sh rs pl ps zip mov so is it in at to me us be do no my am as by name".split()
)


MAX_LINKS = 64  # per post text: bait needs a few; a crafted post with thousands must stay cheap


def find_links(text: str, urls: Sequence[str] = ()) -> list[Link]:
    """Links in normalized post text and the platform's expanded URLs, deduplicated, in order.

    Finds http(s) URLs and bare domains on a TLD the PSL knows; rejects look-alikes of
    domains in prose such as "e.g", "file.py", "v1.2" or "Mr.Smith"."""
    found: dict[str, Link] = {}
    if "://" in text or _HINT_RE.search(text):
        _scan(text, found)
    for url in urls:
        link = _cached_when_short(_platform_link, url, _MAX_CACHED)
        if link is not None and link.url not in found:
            found[link.url] = link
    return list(found.values())


_MAX_CACHED = 512  # longer URLs are parsed without the cache (rare, often crafted)


def _cached_when_short(fn, key: str, limit: int):
    """fn(key) through its lru_cache, or around it for a key over `limit` characters (rare, often
    crafted: such keys would only fill the cache)."""
    return fn(key) if len(key) <= limit else fn.__wrapped__(key)


@functools.lru_cache(maxsize=16384)
def _platform_link(url: str) -> Link | None:
    """The Link of a platform URL (cached: shared and campaign posts repeat URLs)."""
    return _from_url(url) if "://" in url else _from_platform_bare(url)


def _scan(text: str, found: dict[str, Link]) -> None:
    """Add the links of text to found, up to MAX_LINKS.

    No match spans whitespace and the pattern treats whitespace like the string's ends, so
    each whitespace-separated token is scanned alone; a token without '.' or "://" (most of
    the prose) is skipped without entering the regex engine, and so is a repeated token
    (its links are already in found)."""
    seen: set[str] = set()
    for token in text.split():
        if "://" not in token and ("." not in token or not _HINT_RE.search(token)) or token in seen:
            continue
        seen.add(token)
        if token.startswith(("https://", "http://")) and not _TAIL_STOP.search(token):
            links = (_from_url(token),)  # the usual link token: one URL match, the whole token
        else:
            links = (_from_url(m.group("url")) if m.group("url") else _from_bare(m) for m in _LINK_RE.finditer(token))
        for link in links:
            if link is not None and link.url not in found:
                found[link.url] = link
                if len(found) >= MAX_LINKS:
                    return


def _trim(url: str) -> str:
    """Drop sentence punctuation after a link, keeping a ')' that closes a '(' inside it."""
    if not url or url[-1] not in _TRAILING:
        return url  # the usual case: nothing to drop, no parentheses to count
    end, opens, closes = len(url), url.count("("), url.count(")")
    while end and url[end - 1] in _TRAILING:
        if url[end - 1] == ")":
            if opens >= closes:
                break
            closes -= 1
        end -= 1
    return url[:end]


_HOST_RE = re.compile(r"^(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)*[^\W_](?:[\w-]{0,61}[^\W_])?$")
_AUTHORITY_END = re.compile(r"[/?#\\]")
# What of an authority after its userinfo can be host and port: an IPv6 literal or host characters
# (percent escapes included: a browser decodes them).
_HOST_PORT_RE = re.compile(r"(?:\[[^\]]*\]|[\w.%-]*)(?::\d*)?")
_MAX_CACHED_AUTHORITY = 300  # a DNS name has at most 253 characters; longer keys are not cached


def _from_url(raw: str) -> Link | None:
    """A Link for a scheme URL, or None when it carries no usable host. The URL ends where its
    host does when a character that cannot be in one follows ("https://evil.xyz,then")."""
    url = _trim(raw.strip())
    start = url.index("://") + 3
    authority = url[start:].partition("/")[0]
    if "?" in authority or "#" in authority or "\\" in authority:  # rare: the regex finds the first
        authority = _AUTHORITY_END.split(authority, 1)[0]
    at = authority.rfind("@") + 1
    end = _HOST_PORT_RE.match(authority, at).end()
    if end < len(authority):  # rare: punctuation or other text glued to the host
        authority = authority[:end]
        url = _trim(url[:start + end])
    parsed = _cached_when_short(_host_and_domain, authority, _MAX_CACHED_AUTHORITY)
    return None if parsed is None else Link(url, *parsed)


@functools.lru_cache(maxsize=16384)
def _host_and_domain(authority: str) -> tuple[str, str] | None:
    """(canonical host, eTLD+1) of a URL authority, or None when it holds no usable host.
    Cached: posts link to the same few hosts again and again."""
    authority = authority.rpartition("@")[2]
    if authority.startswith("["):
        host = authority[1:].partition("]")[0]  # IPv6 literal
    else:
        host = authority.partition(":")[0].rstrip(".")
    if not host or not (_HOST_RE.match(host) or ":" in host):
        return None
    host = canonical_host(host)
    return host, registrable_domain(host)


def _from_bare(m: re.Match[str]) -> Link | None:
    """A Link for a bare domain match, or None when it is prose rather than a domain."""
    host, rest = m.group("host"), _trim(m.group("rest"))
    labels = host.split(".")
    tld = labels[-1]
    if tld.lower() not in _tlds() and canonical_host(tld) not in _tlds():
        return None
    if tld != tld.lower() and host != host.upper():
        return None  # "Mr.Smith", "it.Click": a missing space, not a domain
    if (tld.lower() in _AMBIGUOUS_TLDS and len(labels) == 2 and not rest
            and not re.search(r"[\d-]", labels[0])):
        return None
    host_c = canonical_host(host)
    return Link(url=host + rest, host=host_c, domain=registrable_domain(host_c))


def _from_platform_bare(url: str) -> Link | None:
    """A platform URL given without a scheme (rare): parse it as if it had one."""
    link = _from_url("http://" + url.strip())
    return None if link is None else Link(url=_trim(url.strip()), host=link.host, domain=link.domain)


# ---------------------------------------------------------------- look-alike helpers

# Letters that render like Latin ones: the confusables normalize folds in posts (Cyrillic,
# Greek, Coptic, Armenian), plus look-alikes only a domain label gets away with (skeleton()
# drops accents itself). Then ASCII tricks: digits for letters, and i/l/1/| folding.
_TO_LATIN = str.maketrans({
    **CONFUSABLES, "ı": "i", "η": "n", "μ": "u", "ℓ": "l", "ß": "ss", "ø": "o", "đ": "d", "ł": "l", "ħ": "h",
})
_FOLD = str.maketrans({"0": "o", "1": "l", "i": "l", "|": "l", "!": "l", "3": "e", "5": "s",
                       "$": "s", "@": "a", "-": None, "_": None, ".": None})
_MULTI = (("rn", "m"), ("vv", "w"))


@functools.lru_cache(maxsize=65536)
def skeleton(label: str) -> str:
    """A label folded so look-alikes collide: 'bіnance', 'blnance', 'b1nance' -> 'blnance'."""
    s = label.lower()
    if not s.isascii():
        # the table before NFKD too: NFKD turns some look-alikes into letters it lacks (lunate sigma "ϲ")
        s = unicodedata.normalize("NFKD", s.translate(_TO_LATIN))
        s = "".join(c for c in s if not unicodedata.combining(c)).translate(_TO_LATIN)
    s = s.translate(_FOLD)
    for seq, rep in _MULTI:
        s = s.replace(seq, rep)
    return s


def levenshtein(a: str, b: str, limit: int = 1 << 30) -> int:
    """Edit distance of a and b; stops early and returns limit + 1 once it must exceed limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def _tolerance(n: int) -> int:
    """Edits allowed for a name of n folded characters. MetaMask's fixed tolerance of 2
    flagged many honest short names (metamax, metamap, metabase...), so it scales here."""
    return 0 if n <= 5 else 1 if n <= 8 else 2


def _same_but_last(a: str, b: str) -> bool:
    """a and b differ only in their last character: an inflection ("ledges", "solano",
    "bitcoins") far more often than a squat, so a one-edit fuzzy match ignores it."""
    return a[:-1] == b[:-1] or a[:-1] == b or a == b[:-1]


def _deletes(s: str, depth: int) -> set[str]:
    """s with up to `depth` characters deleted (symmetric-delete candidates)."""
    out, frontier = {s}, {s}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1:] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


# Words that scam domains put beside a brand ("binance-gift", "coinbase-airdrop").
SCAM_WORDS = frozenset("""
gift gifts giveaway giveaways airdrop airdrops drop drops claim claims bonus promo promos reward
rewards double doubler free event events support help helpdesk desk service services verify
verification validate validation secure security login signin signup auth wallet wallets
connect sync restore recover recovery unlock unblock official live btc eth sol usdt crypto
token tokens x2 2x nft nfts mint stake staking refund prize prizes win winner lucky fund funds
invest investment profit pay payout send giving give bitcoin ethereum web3 dapp defi app
update upgrade migrate migration whitelist presale ico launch
""".split())
# Folded forms, longest first, so an affix check finds "airdrop" before "drop".
_SCAM_SKELS = tuple(sorted(((skeleton(w), w) for w in SCAM_WORDS), key=lambda t: -len(t[0])))
_TOKEN_SPLIT = re.compile(r"[-_]+")


@dataclass(frozen=True, slots=True)
class _Brand:
    name: str          # as listed, lowercase
    skel: str          # skeleton of the name
    shown: str         # what a detail names: the official domain, else the name
    watched: bool      # a watched account's name rather than a brand


# ---------------------------------------------------------------- domain judgement

@dataclass(frozen=True, slots=True)
class DomainJudgement:
    """What a domain is: "allow" | "block" | "lookalike" | "shortener" | "unknown"."""

    kind: str
    domain: str
    detail: str


SHORTENERS = frozenset("""
bit.ly bitly.com t.co tinyurl.com goo.gl ow.ly buff.ly is.gd v.gd cutt.ly rebrand.ly t.ly
tiny.cc rb.gy shorturl.at bl.ink lnkd.in dlvr.it ift.tt trib.al s.id shorte.st adf.ly
tiny.one short.gy clck.ru u.to qr.net x.co y2u.be surl.li gg.gg linktr.ee amzn.to bit.do
soo.gd t2m.io shrtco.de urlz.fr kutt.it snip.ly po.st mcaf.ee su.pr tr.im j.mp db.tt
""".split())


class DomainIntel:
    """Allow, block, shortener and look-alike knowledge about domains; judge() is cached."""

    def __init__(self, *, allow: Iterable[str] = (), block: Iterable[str | tuple[str, str]] = (),
                 brands: Iterable[str] = (), watched_names: Iterable[str] = ()) -> None:
        """allow: domains (or '.suffix') never judged look-alikes; a '!host' entry carves a
        user-content host out of them. block: domains, or (domain, list name) pairs.
        brands: lines "name-or-domain [official-domain ...]"; official domains are allowed.
        watched_names: account handles whose look-alike domains are suspicious."""
        self._allow: set[str] = set()
        self._allow_except: set[str] = set()
        self._block: dict[str, str] = {}
        self._brands: list[_Brand] = []
        for entry in allow:
            self._add_allow(entry)
        for entry in block:
            domain, source = (entry, "") if isinstance(entry, str) else entry
            self._block.setdefault(canonical_host(domain.lstrip(".")), source)
        for line in brands:
            self._add_brand(line)
        for name in watched_names:
            self._add_watched(name)
        self._index = self._build_index()
        self._judge_cached = functools.lru_cache(maxsize=65536)(self._judge)

    @classmethod
    def default(cls, *, extra_allow: Iterable[str] = (), extra_block: Iterable[str | tuple[str, str]] = (),
                watched_names: Iterable[str] = ()) -> "DomainIntel":
        """The bundled lists in bot/data plus the caller's additions."""
        allow = [*_read_list("allow_domains.txt"), *extra_allow]
        block = [_block_entry(line) for line in _read_list("block_domains.txt")]
        return cls(allow=allow, block=[*block, *extra_block], brands=_read_list("brands.txt"),
                   watched_names=watched_names)

    # -- building

    def _add_allow(self, entry: str) -> None:
        entry = entry.strip()
        if entry.startswith("!"):
            self._allow_except.add(canonical_host(entry[1:]))
        elif entry:
            self._allow.add(canonical_host(entry.lstrip(".")))

    def _add_brand(self, line: str) -> None:
        items = line.lower().split()
        if not items:
            return
        first = items[0]
        domains = items[1:] if "." not in first else items
        name = first.split(".")[0] if "." in first else first
        for d in domains:
            self._allow.add(canonical_host(d))
        if len(name) >= 3:
            self._brands.append(_Brand(name, skeleton(name), domains[0] if domains else name, False))

    def _add_watched(self, handle: str) -> None:
        name = re.sub(r"[^\w]|_", "", handle.strip().lstrip("@").lower())
        if len(name) >= 4 and all(b.name != name for b in self._brands):
            self._brands.append(_Brand(name, skeleton(name), name, True))

    def _build_index(self) -> dict[str, list[_Brand]]:
        """Symmetric-delete index: a brand under every form with up to tolerance deletions,
        so fuzzy lookup costs a few dict probes instead of a distance per brand."""
        index: dict[str, list[_Brand]] = {}
        for brand in self._brands:
            for form in _deletes(brand.skel, _tolerance(len(brand.skel))):
                index.setdefault(form, []).append(brand)
        return index

    # -- judging

    def judge(self, domain: str) -> DomainJudgement:
        """Judge a domain or host (cached): block and allow lists first, the more specific
        entry winning; then shorteners; then look-alikes of brands and watched names."""
        return self._judge_cached(domain)

    def is_allowed(self, domain: str) -> bool:
        """True when the domain or host falls under the allow list."""
        return self._allow_depth(canonical_host(domain)) > 0

    def _judge(self, domain: str) -> DomainJudgement:
        host = canonical_host(domain)
        reg = registrable_domain(host)
        allow_depth, (block_depth, source) = self._allow_depth(host), self._block_match(host)
        if block_depth and block_depth > allow_depth:
            where = f" ({source})" if source else ""
            return DomainJudgement("block", reg, f"on block list{where}")
        if allow_depth:
            return DomainJudgement("allow", reg, "on allow list")
        if reg in SHORTENERS or host in SHORTENERS:
            return DomainJudgement("shortener", reg, "link shortener hides the destination")
        detail = self._lookalike(host, reg)
        if detail:
            return DomainJudgement("lookalike", reg, detail)
        return DomainJudgement("unknown", reg, "")

    def _allow_depth(self, host: str) -> int:
        """Labels in the most specific allow entry covering host; 0 when none (or carved out)."""
        for depth, parent in _parents(host):
            if parent in self._allow_except:
                return 0
            if parent in self._allow:
                return depth
        return 0

    def _block_match(self, host: str) -> tuple[int, str]:
        for depth, parent in _parents(host):
            if parent in self._block:
                return depth, self._block[parent]
        return 0, ""

    def _lookalike(self, host: str, reg: str) -> str:
        """A readable reason when the domain imitates a brand or a watched name, else ''."""
        if not self._brands or _IP_RE.search(reg):
            return ""
        suffix_len = len(public_suffix(reg))
        label = reg[: len(reg) - suffix_len - 1] if suffix_len < len(reg) else ""
        if not label:
            return ""
        return (self._whole_label(label, reg) or self._brand_with_words(label)
                or self._in_subdomain(host, reg))

    def _fuzzy(self, skel: str) -> list[tuple[int, _Brand]]:
        """Brands within their tolerance of a folded label, nearest first."""
        seen: dict[str, tuple[int, _Brand]] = {}
        if not any(abs(len(skel) - len(b.skel)) <= 2 for b in self._brands):
            return []
        for form in _deletes(skel, 2) if len(skel) <= 24 else {skel}:
            for brand in self._index.get(form, ()):
                if brand.name not in seen:
                    tol = _tolerance(len(brand.skel))
                    d = levenshtein(skel, brand.skel, tol)
                    if d <= tol and not (d == 1 and _same_but_last(skel, brand.skel)):
                        seen[brand.name] = (d, brand)
        return sorted(seen.values(), key=lambda t: (t[0], t[1].name))

    def _whole_label(self, label: str, reg: str) -> str:
        """The registrable label itself is a brand, a homoglyph of it, or a near miss."""
        for d, brand in self._fuzzy(skeleton(label)):
            raw = levenshtein(label, brand.name)
            if raw == 0:
                if brand.watched:
                    return f'uses the watched account name "{brand.name}"'
                return f'uses the name "{brand.name}" on {reg}, not {brand.shown}'
            how = "confusable characters, " if d == 0 else ""
            return f'look-alike of {_target(brand)} ({how}edit distance {raw})'
        return ""

    def _brand_with_words(self, label: str) -> str:
        """A brand (or homoglyph of one) beside scam words: 'binance-gift', 'blnance-support'."""
        tokens = [t for t in _TOKEN_SPLIT.split(label) if t]
        if len(tokens) < 2:
            return self._embedded(label)
        for i, token in enumerate(tokens):
            words = [w for j, t in enumerate(tokens) if j != i for w in [_scam_affix(skeleton(t))] if w]
            for d, brand in self._fuzzy(skeleton(token)):
                homoglyph = d == 0 and token != brand.name
                if words or homoglyph:
                    extra = f' with "{words[0]}"' if words else ", confusable characters"
                    return f'look-alike of {_target(brand)} (brand "{brand.name}"{extra})'
        return self._embedded(label)

    def _embedded(self, label: str) -> str:
        """A brand run together with a scam word: 'coinbaseairdrop', 'teslabtc', 'freebinance'."""
        skel = skeleton(label)
        for brand in self._brands:
            if len(brand.skel) < 5 or skel == brand.skel or brand.skel not in skel:
                continue
            before, _, after = skel.partition(brand.skel)
            word = _scam_affix(after) or _scam_affix(before, at_end=True)
            if word:
                return f'look-alike of {_target(brand)} (brand "{brand.name}" with "{word}")'
        return ""

    def _in_subdomain(self, host: str, reg: str) -> str:
        """A brand posing as a subdomain: 'binance.com.account-verify.xyz'."""
        sub = host[: len(host) - len(reg)].rstrip(".")
        for label in sub.split(".") if sub else ():
            skel = skeleton(label)
            for brand in self._brands:
                if len(brand.skel) >= 4 and skel == brand.skel:
                    return f'brand "{brand.name}" used as a subdomain of {reg}'
        return ""


def _scam_affix(folded: str, at_end: bool = False) -> str:
    """The scam word that a folded label part starts with (or ends with), else ''."""
    for skel, word in _SCAM_SKELS:
        if len(skel) <= 3:  # "sol", "app", "win" start too many honest words
            if folded == skel:
                return word
        elif folded.endswith(skel) if at_end else folded.startswith(skel):
            return word
    return ""


def _target(brand: _Brand) -> str:
    return f'watched account "{brand.name}"' if brand.watched else f'"{brand.shown}"'


def _parents(host: str) -> Iterable[tuple[int, str]]:
    """(label count, domain) for host and each parent, most specific first."""
    labels = host.split(".")
    for i in range(len(labels)):
        yield len(labels) - i, ".".join(labels[i:])


def _read_list(name: str) -> list[str]:
    """Non-comment lines of a bundled list in bot/data ('#' starts a comment)."""
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        return [s for s in (line.split("#", 1)[0].strip() for line in fh) if s]


def _block_entry(line: str) -> tuple[str, str]:
    domain, _, source = line.partition(" ")
    return domain, source.strip()
