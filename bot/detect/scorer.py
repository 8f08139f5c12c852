"""One verdict per post: a score in [0, 1], flagged or not, a severity, and readable reasons.

`Scorer.analyze` gathers evidence (normalization, wallets, links, language cues); the score
is a calibrated model probability when a model is loaded, else the rule score. `score`
judges a post alone, as the contract's `hijackwatch score` requires; habits and campaigns
are added by the pipeline on top.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable, Sequence

from ..post import Evidence, Post, Verdict, Wallet
from . import language
from .links import DomainIntel, DomainJudgement, Link, find_links
from .normalize import Normalized, normalize
from .wallets import find_wallets

RULE_BIAS = -3.6
RULES_VERSION = "rules-1"  # the model_version of a verdict scored by the rules alone
MAX_HOSTS = 32  # hosts judged per post: bait needs a few links, a crafted post must not cost seconds
# Characters of a post's text that are judged: X's long-post limit (Bluesky allows 300, Mastodon 500 by
# default). Bait must be seen to work, so it sits near the top; a crafted 100 KB post must stay cheap.
MAX_TEXT = 25_000
DEFAULT_THRESHOLD = 0.5  # DetectConfig.threshold's default
# Cues too common in ordinary posts ("AO VIVO", "limited time", "SEC approves") to count as scam
# evidence on their own (nor is "contact our support", which real brand desks post daily): they still feed the rule score and the model, but never open the flag gate.
WEAK_CUES = frozenset({"live_stream", "urgency", "covid_charity_bait", "fake_approval", "fake_support"})
BAD_LINKS = frozenset({"block", "lookalike"})
CHAIN_NAMES = {"btc": "BTC", "eth": "ETH", "sol": "SOL", "trx": "TRX", "xrp": "XRP", "doge": "DOGE", "ltc": "LTC"}


@dataclass(slots=True, eq=False)
class Analysis:
    """Everything the detector found in one post, before scoring. Treated as read-only; not frozen because a
    frozen dataclass's __init__ costs ~1 us per post (one object.__setattr__ per field) on the scoring path."""

    post: Post
    norm: Normalized
    wallets: tuple[Wallet, ...]
    links: tuple[Link, ...]
    judgements: tuple[DomainJudgement, ...]
    cues: tuple[language.Cue, ...]
    crypto: bool
    evidence: tuple[Evidence, ...]
    rule_logit: float

    @property
    def quiet(self) -> bool:
        """Nothing crypto, no link, no cue: the model need not look (the cheap pre-filter)."""
        return not (self.wallets or self.links or self.cues or self.crypto)

    @property
    def scam_evidence(self) -> bool:
        """Some crypto or scam evidence: a wallet, a crypto word, a bait cue that is not weak, or a
        blocked / look-alike link. Without it a post is flagged only at the model's strict
        `no_evidence_threshold`."""
        return self.crypto or self.detected

    @property
    def detected(self) -> bool:
        """Scam evidence a detector states as a reason: a wallet, a bait cue that is not weak, or a blocked /
        look-alike link (a crypto word alone is not one)."""
        return bool(self.wallets or self.judgements and any(j.kind in BAD_LINKS for j in self.judgements)
                    or self.cues and any(c.weight > 0 and c.name not in WEAK_CUES for c in self.cues))

    @property
    def domains(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys([l.domain for l in self.links if l.domain])) if self.links else ()


def sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, x))))


def logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def short_address(address: str) -> str:
    return address if len(address) <= 16 else f"{address[:8]}…{address[-4:]}"


def wallet_phrase(w: Wallet) -> str:
    return f"{CHAIN_NAMES.get(w.chain, w.chain.upper())} address {short_address(w.address)}"


class Scorer:
    """Scores posts; thread-unsafe but cheap to construct per worker."""

    def __init__(self, *, intel: DomainIntel | None = None, model=None, threshold: float = DEFAULT_THRESHOLD,
                 allow_wallets: Iterable[str] = ()) -> None:
        self.intel = intel or DomainIntel.default()
        self.model = model
        # a model's recommended threshold (chosen on training folds) applies while the config keeps the default
        recommended = getattr(model, "threshold", None)
        self.threshold = float(recommended) if threshold == DEFAULT_THRESHOLD and recommended is not None else threshold
        # without scam evidence a post is flagged only above the model's much stricter threshold (rules: never)
        self.no_evidence_threshold = float(getattr(model, "no_evidence_threshold", 2.0))
        self.allow_wallets = {a.lower() for a in allow_wallets}

    @property
    def model_version(self) -> str:
        return getattr(self.model, "version", "") or RULES_VERSION

    def analyze(self, post: Post) -> Analysis:
        """Gather the evidence of one post."""
        norm = normalize(post.text[:MAX_TEXT])
        found = find_wallets(norm.text, norm.folded)
        wallets = tuple(w for w in found if w.address.lower() not in self.allow_wallets) if found else ()
        links = find_links(norm.link_text, post.urls)  # host names as written: a homograph is judged
        if post.urls:  # X's own t.co wrapper in the text says nothing the expanded urls do not
            links = [l for l in links if l.host != "t.co"]
        links = tuple(links)
        hosts = list(dict.fromkeys([l.host for l in links if l.host]))[:MAX_HOSTS] if links else ()
        judgements = tuple([self.intel.judge(h) for h in hosts])
        found_cues, crypto_word = language.find_cues_and_crypto(norm.folded)
        cues = tuple(found_cues)
        crypto = bool(wallets) or crypto_word
        evidence = _evidence(norm, wallets, judgements, cues, crypto)
        rule_logit = RULE_BIAS + sum([e.weight for e in evidence]) if evidence else RULE_BIAS
        return Analysis(post, norm, wallets, links, judgements, cues, crypto, evidence, rule_logit)

    def score(self, post: Post) -> Verdict:
        return self.score_many([post])[0]

    def score_many(self, posts: Sequence[Post]) -> list[Verdict]:
        """Score a batch: one model call for all posts the pre-filter lets through."""
        analyses = [self.analyze(p) for p in posts]
        return self.verdicts(analyses)

    def verdicts(self, analyses: Sequence[Analysis], *, flaggable_only: bool = False) -> list[Verdict]:
        """Verdicts of analysed posts, with one batched model call. The model scores every post (a
        ranking, as `score` and `eval` need: quiet posts too, else they would tie at the bottom), or
        with `flaggable_only` just the posts it could flag; the others keep the rule probability and
        say so in `model_version` (the pipeline: no score could flag them, so no alert changes)."""
        ask = [self.model is not None and (not flaggable_only or self.could_flag(a)) for a in analyses]
        asked = [a for a, q in zip(analyses, ask) if q]
        probs = iter(self.model.predict_proba(asked)) if asked else iter(())
        return [self._verdict(a, float(next(probs)), self.model_version) if q
                else self._verdict(a, sigmoid(a.rule_logit), RULES_VERSION) for a, q in zip(analyses, ask)]

    def could_flag(self, a: Analysis) -> bool:
        """Whether some score would flag this post: the highest does, if any does."""
        return self.flag(a, 1.0)

    def flag(self, a: Analysis, score: float) -> bool:
        """Whether a score flags this post: one without scam evidence (a benign link post) needs far more,
        and a quiet post (no wallet, link, cue or crypto word) is never flagged, however it ranks."""
        return score >= self.threshold and (a.scam_evidence or (not a.quiet and score >= self.no_evidence_threshold))

    def _verdict(self, a: Analysis, prob: float, model_version: str) -> Verdict:
        if a.judgements and any(j.kind == "block" for j in a.judgements):
            prob = max(prob, 0.95)  # a known-bad domain is proof enough on its own
        flagged = self.flag(a, prob)
        return Verdict(post=a.post, score=prob, flagged=flagged, severity=severity_for(prob),
                       wallets=a.wallets, domains=a.domains, urls=tuple([l.url for l in a.links]),
                       evidence=self.explain(a, a.evidence, prob, model_version) if flagged else a.evidence,
                       model_version=model_version)

    def explain(self, a: Analysis, evidence: tuple[Evidence, ...], text_score: float,
                model_version: str) -> tuple[Evidence, ...]:
        """The evidence of a flagged post, plus the text model's reason when nothing but a crypto word opened the
        gate: the model's reading of the whole text flagged it, which no detector states. Added once."""
        if (model_version == RULES_VERSION or a.detected or not a.crypto
                or any(e.kind == "model_text" for e in evidence)):
            return evidence
        word = language.first_crypto_word(a.norm.folded)
        said = f', crypto word "{word}"' if word else ""
        return evidence + (Evidence("model_text", 0.0, f"the text model scores it {text_score:.2f} (flags from "
                                    f"{self.threshold:.2f}){said}", word),)


def severity_for(score: float) -> str:
    if score >= 0.97:
        return "high"
    if score >= 0.8:
        return "medium"
    return "low"


_JUDGEMENT_WEIGHT = {"block": 4.0, "lookalike": 2.4, "shortener": 0.3}


def _evidence(norm: Normalized, wallets: tuple[Wallet, ...], judgements: tuple[DomainJudgement, ...],
              cues: tuple[language.Cue, ...], crypto: bool) -> tuple[Evidence, ...]:
    if not (wallets or cues or norm.obfuscation) and all(j.kind not in _JUDGEMENT_WEIGHT for j in judgements):
        return ()  # most posts: nothing to report
    out: list[Evidence] = []
    for chain in dict.fromkeys(w.chain for w in wallets):
        first = next(w for w in wallets if w.chain == chain)
        out.append(Evidence("wallet", 1.2, f"{wallet_phrase(first)} (checksum valid)", first.address))
    for j in judgements:
        weight = _JUDGEMENT_WEIGHT.get(j.kind)
        if weight:
            out.append(Evidence(f"domain_{j.kind}", weight, f"link to {j.domain}: {j.detail}", j.domain))
    out.extend(Evidence(f"cue_{c.name}", c.weight, c.label, c.name) for c in cues)
    bait = {"doubling", "giveaway", "send_to_address", "airdrop", "wallet_action"} & {c.name for c in cues}
    if wallets and bait:
        out.append(Evidence("wallet_with_bait", 1.0, "wallet address next to giveaway/doubling language", ""))
    obf = [k for k in norm.obfuscation if k != "defanged" or crypto]
    if obf and (crypto or bait):
        out.append(Evidence("obfuscation", 1.0, "obfuscated text: " + ", ".join(obf), ",".join(obf)))
    return tuple(out)
