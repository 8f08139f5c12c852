"""The pipeline: post -> verdict (scorer) -> habits (profile) -> campaigns -> alerts -> store/outbox.

`Pipeline.process` is synchronous and pure of I/O except the store; the async runner in
`bot.runner` feeds it from sources and drains the outbox to notifiers.
"""

from __future__ import annotations

import json
import logging

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Callable, Iterable, Sequence

from .config import Config
from .detect.campaign import Campaign, CampaignTracker, CampaignUpdate
from .detect.links import DomainIntel
from .detect.profile import Profile, surprises
from .detect.scorer import Analysis, Scorer, logit, severity_for, sigmoid, wallet_phrase
from .post import Alert, Evidence, Post, Verdict, Wallet, iso, parse_time
from .sources.base import AccountEvent
from .store import Store

SEVERITY_RANK = {"low": 0, "medium": 1, "high": 2, "critical": 3}
log = logging.getLogger("hijackwatch.pipeline")
PROFILE_EVENT_WINDOW = timedelta(hours=48)
WALLET_JOIN_SCORE = 0.1  # a shared wallet is precise: little evidence of its own is needed
DOMAIN_JOIN_SCORE = 0.25  # a shared domain is common (news sites, brands): more is needed


@dataclass
class RunStats:
    posts: int = 0
    flagged: int = 0
    alerts: int = 0
    campaign_alerts: int = 0
    events: int = 0
    failed: int = 0  # posts the detector raised on: logged and skipped
    campaigns: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class Channel:
    """A delivery channel: its name and which alerts it takes."""

    name: str
    min_severity: str = "low"
    accounts: frozenset[str] = frozenset()  # empty: every account

    def wants(self, alert: Alert) -> bool:
        if SEVERITY_RANK[alert.severity] < SEVERITY_RANK[self.min_severity]:
            return False
        return not self.accounts or any(a.lower() in self.accounts for a in alert.accounts)


def mended(post: Post) -> Post:
    """The post with each lone UTF-16 surrogate in its strings replaced by U+FFFD. Valid JSON can carry one
    (`"\\ud83d"`); the detector and SQLite cannot, and one such row would fail every later write of its batch."""
    fields = (post.text, post.id, post.author, post.author_id, post.source, post.lang, *post.urls)
    if all(f.isascii() for f in fields):
        return post
    try:
        "".join(fields).encode("utf-8")
        return post
    except UnicodeEncodeError:
        log.warning("post %s: lone surrogates in its text replaced by U+FFFD", _mend(post.key))
        return replace(post, text=_mend(post.text), id=_mend(post.id), author=_mend(post.author),
                       author_id=_mend(post.author_id), source=_mend(post.source), lang=_mend(post.lang),
                       urls=tuple(_mend(u) for u in post.urls))


def _mend(text: str) -> str:
    # a valid surrogate pair written as two escapes is joined; a lone one becomes U+FFFD
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def channels_from_config(cfg: Config) -> list[Channel]:
    """Outbox channels for the configured remote notifiers (console and review need no outbox)."""
    out, seen = [], {}
    for n in cfg.notifiers:
        if n.type in ("console", "review"):
            continue
        seen[n.type] = seen.get(n.type, 0) + 1
        name = n.type if seen[n.type] == 1 else f"{n.type}-{seen[n.type]}"
        accounts = frozenset(h.lstrip("@").lower() for g in n.groups for h in cfg.groups.get(g, []))
        out.append(Channel(name, n.min_severity, accounts))
    return out


class Pipeline:
    """Turns posts into verdicts and alerts, keeping habits and campaigns as it goes."""

    def __init__(self, store: Store, scorer: Scorer, *, channels: Sequence[Channel] = (),
                 watched: Iterable[str] = (), window_s: float = 7200.0, min_accounts: int = 2,
                 profile_min_posts: int = 20, on_alert: Callable[[Alert], None] | None = None,
                 model_for_all: bool = False) -> None:
        self.store = store
        self.scorer = scorer
        self.model_for_all = model_for_all  # True: the model scores posts that cannot alert too
        self.channels = list(channels)
        self.watched = {w.lower() for w in watched}
        self.campaigns = CampaignTracker(window_s=window_s, min_accounts=min_accounts)
        self.profile_min_posts = profile_min_posts
        self.profiles: dict[str, Profile] = {a: Profile.from_json(d) for a, d in store.load_profiles()}
        self.last_learned: dict[str, str] = {a: p.last_at for a, p in self.profiles.items()}
        self.on_alert = on_alert or (lambda alert: None)
        self.stats = RunStats()
        self._has_events = store.count("account_events") > 0  # events of earlier runs count too
        self._restore_campaigns()

    def _restore_campaigns(self) -> None:
        """Live campaigns survive a restart: growth after it keeps the campaign id."""
        latest = self.store.db.execute("SELECT max(created_at) FROM posts").fetchone()[0]
        if latest:
            self.campaigns.restore((campaign_from_row(r) for r in self.store.campaigns()), parse_time(latest))

    @classmethod
    def from_config(cls, cfg: Config, store: Store, *, model=None, **kw) -> "Pipeline":
        extra_block = [*store.list_entries("block_domain"), *cfg.detect.block_domains]
        extra_allow = store.list_values("allow_domain") | set(cfg.detect.allow_domains)
        intel = DomainIntel.default(extra_allow=extra_allow, extra_block=extra_block, watched_names=cfg.watched())
        allow_wallets = store.list_values("allow_wallet") | set(cfg.detect.allow_wallets)
        scorer = Scorer(intel=intel, model=model, threshold=cfg.detect.threshold, allow_wallets=allow_wallets)
        return cls(store, scorer, channels=channels_from_config(cfg), watched=cfg.watched(),
                   window_s=cfg.detect.campaign_window_s, min_accounts=cfg.detect.campaign_min_accounts,
                   profile_min_posts=cfg.detect.profile_min_posts, **kw)

    # -- posts ---------------------------------------------------------------------------------
    def process(self, post: Post) -> list[Alert]:
        """Score one post and return the alerts it fires (already recorded in the store)."""
        return self.process_batch([post])

    def process_batch(self, posts: Sequence[Post]) -> list[Alert]:
        """Score posts in one model call, then apply habits and campaigns in order. The model is asked
        only about posts it could flag: the rest cannot alert whatever their score."""
        fired: list[Alert] = []
        for analysis, verdict in self._scored([mended(p) for p in posts]):
            fired.extend(self._after_verdict(analysis, verdict))
        return fired

    def _scored(self, posts: Sequence[Post]) -> list[tuple[Analysis, Verdict]]:
        """Each post's analysis and verdict. A post the detector cannot score (a bug, or text no check foresaw)
        is logged, counted in `stats.failed` and skipped; the rest of its batch is still scored."""
        try:
            analyses = [self.scorer.analyze(p) for p in posts]
            return list(zip(analyses, self.scorer.verdicts(analyses, flaggable_only=not self.model_for_all)))
        except Exception as exc:  # noqa: BLE001 - scoring has no side effects, so it can be retried post by post
            if len(posts) > 1:
                return [pair for p in posts for pair in self._scored([p])]
            self.stats.failed += 1
            log.error("post %s: cannot score it, skipped: %s: %s", posts[0].key, exc.__class__.__name__,
                      str(exc).splitlines()[0][:200] if str(exc) else "")
            return []

    def _after_verdict(self, analysis: Analysis, verdict: Verdict) -> list[Alert]:
        post = verdict.post
        self.stats.posts += 1
        verdict = self._with_habits(analysis, verdict)
        self.store.add_verdict(verdict)
        update = None
        if self._is_watched(post):
            # benign posts (no scam evidence: brand promos, news links) never build or grow campaigns
            suspicion = verdict.score if analysis.scam_evidence else 0.0
            update = self.campaigns.observe(verdict, campaign_keys(analysis, suspicion), analysis.norm.folded,
                                            suspicion)
        alerts = []
        if update is not None:
            alerts.append(self._campaign_alert(update, verdict))
        elif verdict.flagged and not self._in_alerted_campaign(post):
            alerts.append(self._post_alert(verdict))
        self.stats.flagged += int(verdict.flagged)
        return [a for a in alerts if self._record(a)]

    def _is_watched(self, post: Post) -> bool:
        return not self.watched or post.author.lower() in self.watched

    def _with_habits(self, a: Analysis, verdict: Verdict) -> Verdict:
        """Add the account's broken habits to the verdict, and learn the post into its profile."""
        post = verdict.post
        profile = self.profiles.get(post.account)
        if profile is None:  # not setdefault(.., Profile()): that builds a throw-away Profile per post
            profile = self.profiles[post.account] = Profile()
        habits: list[Evidence] = []
        if a.crypto or verdict.score >= 0.2:  # habits only matter for crypto posts
            habits = surprises(profile, post, crypto=a.crypto, domains=a.domains, min_posts=self.profile_min_posts)
            habits += self._recent_profile_changes(post)
        stamp = iso(post.created_at)
        if stamp > self.last_learned.get(post.account, ""):  # a replay never learns a post twice
            profile.learn(post, crypto=a.crypto, domains=a.domains)
            profile.last_at = self.last_learned[post.account] = stamp
        if not habits:
            return verdict
        score = sigmoid(logit(verdict.score) + sum(e.weight for e in habits))
        flagged = self.scorer.flag(a, score)
        evidence = verdict.evidence
        if flagged:  # habits may lift a post over the threshold: say what its text did too
            evidence = self.scorer.explain(a, evidence, verdict.score, verdict.model_version)
        return replace(verdict, score=score, flagged=flagged, severity=severity_for(score),
                       evidence=evidence + tuple(habits))

    def _recent_profile_changes(self, post: Post) -> list[Evidence]:
        out = []
        for ev in self.store.account_events(post.author) if self._has_events else ():
            at = parse_time(ev["at"])
            if timedelta(0) <= post.created_at - at <= PROFILE_EVENT_WINDOW and ev["kind"] in (
                    "display_name", "handle", "avatar", "bio"):
                hours = (post.created_at - at).total_seconds() / 3600
                out.append(Evidence("profile_change", 1.0, f"{ev['kind'].replace('_', ' ')} changed {hours:.1f} h "
                                    f"before this post", ev["kind"]))
        return out[:2]

    def _in_alerted_campaign(self, post: Post) -> bool:
        return any(post.key in c.post_ids and c.alerted_size for c in self.campaigns.live_campaigns())

    # -- alerts --------------------------------------------------------------------------------
    def _post_alert(self, v: Verdict) -> Alert:
        p = v.post
        return Alert(alert_id=f"post:{p.key}", kind="post", severity=v.severity, score=v.score,
                     accounts=(p.author,), post_ids=(p.id,), wallets=v.wallets, urls=v.urls,
                     event_time=p.created_at, reasons=tuple(v.reasons), campaign_id=None,
                     model_version=v.model_version, text=p.text, platform=p.platform, post_url=post_url(p))

    def _campaign_alert(self, update: CampaignUpdate, v: Verdict) -> Alert:
        camp, p = update.campaign, v.post
        handles = list(camp.accounts.values())
        minutes = max(1, round((camp.last_seen - camp.first_seen).total_seconds() / 60))
        others = ", ".join("@" + h for h in handles if h != p.author)
        reasons = [f"{r} also posted by {others} in the last {minutes} min" for r in update.key_reasons]
        reasons.append(f"campaign: {len(handles)} watched accounts within {minutes} min")
        score = max(v.score, camp.max_score)
        sev = "critical" if len(handles) >= 4 else "high"
        if camp.max_score < 0.6:
            sev = "medium" if sev == "high" else "high"
        self._save_campaign(camp, sev)
        self.stats.campaigns.add(camp.campaign_id)
        return Alert(alert_id=f"{camp.campaign_id}:{len(handles)}", kind="campaign", severity=sev, score=score,
                     accounts=tuple(handles), post_ids=tuple(k.split(":", 1)[1] for k in camp.post_ids),
                     wallets=campaign_wallets(camp) or v.wallets, urls=v.urls, event_time=p.created_at,
                     reasons=tuple(reasons) + tuple(v.reasons), campaign_id=camp.campaign_id,
                     model_version=v.model_version, text=p.text, platform=p.platform, post_url=post_url(p))

    def _save_campaign(self, camp, severity: str) -> None:
        self.store.upsert_campaign({
            "campaign_id": camp.campaign_id, "key_kind": ",".join(sorted({k.split(":")[0] for k in camp.keys})),
            "key_value": ",".join(k for k in camp.keys if not k.startswith("text:")),
            "first_seen": iso(camp.first_seen), "last_seen": iso(camp.last_seen),
            "accounts": list(camp.accounts.values()), "post_ids": camp.post_ids, "severity": severity,
            "account_keys": camp.accounts, "alerted_size": camp.alerted_size, "max_score": camp.max_score})

    def _record(self, alert: Alert) -> bool:
        chans = [c.name for c in self.channels if c.wants(alert)]
        if not self.store.add_alert(alert, chans):
            return False  # fired before (a replay into the same database)
        self.stats.alerts += 1
        self.stats.campaign_alerts += alert.kind == "campaign"
        self.on_alert(alert)
        return True

    # -- account events ------------------------------------------------------------------------
    def process_event(self, event: AccountEvent) -> None:
        """Record a profile change or a deletion/edit (evidence is kept)."""
        self.stats.events += 1
        self._has_events = True
        self.store.add_account_event({"event_id": event.event_id, "platform": event.platform,
                                      "account": event.account, "kind": event.kind, "old": event.old,
                                      "new": event.new, "at": event.at})
        key = f"{event.platform}:{event.post_id}"
        if event.kind == "deleted" and event.post_id:
            self.store.mark_deleted(key, event.at)
        elif event.kind == "edited" and event.post_id:
            self.store.record_edit(key, event.new, event.at)

    def close(self) -> None:
        """Flush buffered rows and save profiles."""
        self.store.flush()
        self.store.save_profiles((a, p.to_json() | {"last_at": p.last_at}) for a, p in self.profiles.items())


def campaign_keys(a: Analysis, score: float) -> dict[str, str]:
    """What a post may share with others in a campaign: its wallets and unknown link domains.

    A post joins by a key only when it carries some scam evidence of its own, so that an
    outlet linking its own site all day, or a news report quoting the scam wallet, never
    becomes a member of the takeover campaign it happens to share a key with.
    """
    keys = {}
    if score >= WALLET_JOIN_SCORE:
        keys = {f"wallet:{w.chain}:{w.address}": wallet_phrase(w) for w in a.wallets}
    if score >= DOMAIN_JOIN_SCORE:
        for j in a.judgements:
            if j.kind not in ("allow", "shortener"):
                keys[f"domain:{j.domain}"] = f"link to {j.domain}"
    return keys


def campaign_wallets(camp: Campaign) -> tuple[Wallet, ...]:
    """Every wallet a campaign's posts shared, first seen first."""
    return tuple(Wallet(*k.split(":", 2)[1:]) for k in camp.keys if k.startswith("wallet:"))


def campaign_from_row(row: dict) -> Campaign:
    """A campaign as the store keeps it (for restoring after a restart)."""
    keys = [k for k in (row.get("key_value") or "").split(",") if k]
    return Campaign(row["campaign_id"], parse_time(row["first_seen"]), parse_time(row["last_seen"]),
                    keys=dict.fromkeys(keys), accounts=json.loads(row.get("account_keys") or "{}"),
                    post_ids=json.loads(row.get("post_ids") or "[]"), max_score=row.get("max_score") or 0.0,
                    alerted_size=row.get("alerted_size") or 0)


def post_url(p: Post) -> str:
    """A link to the post on its platform, where the platform has a stable form."""
    if p.platform == "x":
        return f"https://x.com/{p.author}/status/{p.id}"
    if p.platform == "bluesky" and p.id.startswith("at://"):
        parts = p.id.split("/")
        return f"https://bsky.app/profile/{parts[2]}/post/{parts[-1]}" if len(parts) >= 5 else ""
    return str(p.extra.get("url", "")) if isinstance(p.extra.get("url"), str) else ""
