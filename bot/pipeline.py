"""The pipeline: post -> verdict (scorer) -> habits (profile) -> campaigns -> alerts -> store/outbox.

`Pipeline.process` is synchronous and pure of I/O except the store; the async runner in
`bot.runner` feeds it from sources and drains the outbox to notifiers.
"""

from __future__ import annotations

import json
import logging
from collections import Counter, deque
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Callable, Iterable, Sequence

from .config import Config
from .detect.campaign import MAX_JUMPS, MIN_SUSPICION, Campaign, CampaignTracker, CampaignUpdate, Observation, utc_now
from .detect.links import DomainIntel
from .detect.profile import Profile, surprises
from .detect.scorer import Analysis, Scorer, logit, severity_for, sigmoid, wallet_phrase
from .detect.wallets import address_key
from .post import Alert, Evidence, Post, Verdict, Wallet, iso, parse_time
from .sources.base import AccountEvent
from .store import Store, post_from_row

SEVERITY_RANK = {"low": 0, "medium": 1, "high": 2, "critical": 3}
log = logging.getLogger("hijackwatch.pipeline")
PROFILE_EVENT_WINDOW = timedelta(hours=48)
WALLET_JOIN_SCORE = 0.1  # a shared wallet is precise: little evidence of its own is needed
DOMAIN_JOIN_SCORE = 0.25  # a shared domain is common (news sites, brands): more is needed
HIGH_WATER = "campaign_high_water"  # meta row: the campaign tracker's newest event time, where its window ends


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
        out.append(Channel(name, n.min_severity, cfg.accounts_of(n)))
    return out


class Pipeline:
    """Turns posts into verdicts and alerts, keeping habits and campaigns as it goes."""

    def __init__(self, store: Store, scorer: Scorer, *, channels: Sequence[Channel] = (),
                 watched: Iterable[str] = (), window_s: float = 7200.0, min_accounts: int = 2,
                 profile_min_posts: int = 20, on_alert: Callable[[Alert], None] | None = None,
                 model_for_all: bool = False, clock: Callable[[], datetime] = utc_now) -> None:
        self.store = store
        self.scorer = scorer
        self.model_for_all = model_for_all  # True: the model scores posts that cannot alert too
        self.channels = list(channels)
        self.watched = {w.lower() for w in watched}
        self.campaigns = CampaignTracker(window_s=window_s, min_accounts=min_accounts, clock=clock)
        self.profile_min_posts = profile_min_posts
        self.profiles: dict[str, Profile] = {a: Profile.from_json(d) for a, d in store.load_profiles()}
        self._account_keys: dict[str, str] = {}  # "platform:@handle" and "platform:id:id" -> the campaign account key
        self._saved_mark = self.campaigns.high_water  # the high-water mark last handed to the store
        self.on_alert = on_alert or (lambda alert: None)
        self.stats = RunStats()
        self._has_events = store.count("account_events") > 0  # events of earlier runs count too
        self._restore_campaigns()

    def _restore_campaigns(self) -> None:
        """Live campaigns survive a restart: the stored posts of the last window are observed again, in the order
        they came, so campaigns not yet alerted, text signatures and key times are as before; growth after it
        keeps the campaign id. The scores are the stored ones (habits included); only the rules run again. Before
        the window's clock has started (no mark stored: "") the stored posts all wait to start it again."""
        mark = self.store.get_meta(HIGH_WATER)
        if mark is None:  # a new database, or one written before the mark was kept: its newest post ends the window
            mark = self.store.latest_post_time(self.watched) or ""
            self.store.set_meta_later(HIGH_WATER, mark)
        if not mark:  # only the newest jumps wait again: the others are not analysed
            rows = self.store.window_posts("", MIN_SUSPICION)
            newest = deque((r for r in rows if self._is_watched(post_from_row(r))), maxlen=MAX_JUMPS)
            self.campaigns.restore((), self._replayed(newest), None)
            return
        now = self.campaigns.event_time(parse_time(mark))
        self._saved_mark = now
        horizon = now - self.campaigns.window
        since = iso(horizon - timedelta(seconds=1))  # stamps compare as text: a sub-second one sorts oddly
        stored = [c for c in map(campaign_from_row, self.store.campaigns(since)) if c.last_seen >= horizon]
        for camp in stored:
            self._remember_accounts(camp)
        self.campaigns.restore(stored, self._replayed(self.store.window_posts(since, MIN_SUSPICION)), now)

    def _replayed(self, rows: Iterable[dict]) -> Iterable[Observation]:
        """Stored posts (with their verdicts' scores) as the campaign tracker first observed them."""
        for row in rows:
            post = post_from_row(row)
            if not self._is_watched(post):
                continue
            a = self.scorer.analyze(post)
            verdict = Verdict(post, row["score"], bool(row["flagged"]), row["severity"])
            suspicion = verdict.score if a.scam_evidence else 0.0
            yield Observation(verdict, campaign_keys(a, suspicion), a.norm.folded, suspicion, self._account_key(post))

    def _remember_accounts(self, camp: Campaign) -> None:
        """Seed the account keys a restored campaign counted, so its accounts are not counted twice."""
        for key, handle in camp.accounts.items():
            by_handle = f"{key.split(':', 1)[0]}:@{handle.lower()}"
            self._account_keys.setdefault(by_handle, key)
            self._account_keys.setdefault(key, key)

    def _account_key(self, post: Post) -> str:
        """One key per account for campaigns: the platform's author id, else the lowercased handle. A handle
        seen with an id maps to it (and an id to the handle key used before it), so an account whose posts
        come with and without author_id counts once. Different platforms are different accounts; handles and ids
        are kinds of their own ('x:@44196397', 'x:id:44196397'): a digits-only handle is not another account's id."""
        by_handle = f"{post.platform}:@{post.author.lower()}"
        if not post.author_id:
            return self._account_keys.setdefault(by_handle, by_handle)
        by_id = f"{post.platform}:id:{post.author_id}"
        key = self._account_keys.get(by_id)
        if key is None:
            known = self._account_keys.get(by_handle)
            key = self._account_keys[by_id] = known if known == by_handle else by_id  # not another id's handle
        self._account_keys[by_handle] = key
        return key

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
        for analysis, verdict in self._scored(self._unseen([mended(p) for p in posts])):
            fired.extend(self._after_verdict(analysis, verdict))
        self._save_mark()
        return fired

    def _save_mark(self) -> None:
        """Hand the campaign window's end to the store, written with the posts that moved it: a restart restores
        the window from it (the newest stored post may be an unwatched one, which never moved it)."""
        if self.campaigns.high_water > self._saved_mark:
            self._saved_mark = self.campaigns.high_water
            self.store.set_meta_later(HIGH_WATER, iso(self._saved_mark))

    def _unseen(self, posts: Sequence[Post]) -> list[Post]:
        """The posts not processed before, each once. A post delivered twice (poll and stream, a replay into the
        same database) is judged, learned and counted once: a second verdict would overwrite the first."""
        known = self.store.known_posts([p.key for p in posts])
        fresh = []
        for p in posts:
            if p.key not in known:
                known.add(p.key)
                fresh.append(p)
        return fresh

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
        update = touched = None
        if self._is_watched(post):
            # benign posts (no scam evidence: brand promos, news links) never build or grow campaigns
            suspicion = verdict.score if analysis.scam_evidence else 0.0
            keys = campaign_keys(analysis, suspicion)
            # every post's account: a post past the window's end waits for one of another account to confirm it
            update = self.campaigns.observe(verdict, keys, analysis.norm.folded, suspicion,
                                            account=self._account_key(post))
            touched = self.campaigns.changed
        alerts = []
        if update is not None:
            alerts.append(self._campaign_alert(update, verdict))
        else:
            if touched is not None and touched.size >= 2:
                # the stored campaign stays current (its last_seen above all), alerted or not: a restart replays
                # only the last window, and the stored campaign keeps the accounts of posts older than that
                self._save_campaign(touched)
            if verdict.flagged and not self._in_alerted_campaign(post.key) and not self._edit_of_alerted(post):
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
        profile.learn(post, crypto=a.crypto, domains=a.domains)  # in any order: a post comes here once
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

    def _in_alerted_campaign(self, post_key: str) -> bool:
        return any(c.alerted_size and post_key in c.post_ids for c in self.campaigns.live_campaigns())

    def _edit_of_alerted(self, post: Post) -> bool:
        """Whether the post is an edit (X gives an edited tweet a new id) of a post that already alerted."""
        history = post.extra.get("edit_history_tweet_ids")
        if not isinstance(history, list):
            return False
        earlier = [f"{post.platform}:{h}" for h in history if str(h) != post.id]
        return any(self.store.get_alert(f"post:{k}") or self._in_alerted_campaign(k) for k in earlier)

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
        names = account_names(camp.accounts)
        reasons = [f"{what} also posted by {', '.join(names.get(a, a) for a in accounts)} in the last {minutes} min"
                   for what, accounts in update.shared]
        reasons.append(f"campaign: {len(handles)} watched accounts within {minutes} min")
        score = max(v.score, camp.max_score)
        sev = "critical" if len(handles) >= 4 else "high"
        if camp.max_score < 0.6:
            sev = "medium" if sev == "high" else "high"
        camp.severity = sev
        self._save_campaign(camp)
        self.stats.campaigns.add(camp.campaign_id)
        return Alert(alert_id=f"{camp.campaign_id}:{len(handles)}", kind="campaign", severity=sev, score=score,
                     accounts=tuple(handles), post_ids=tuple(k.split(":", 1)[1] for k in camp.post_ids),
                     wallets=campaign_wallets(camp, v) or v.wallets, urls=v.urls, event_time=p.created_at,
                     reasons=tuple(reasons) + tuple(v.reasons), campaign_id=camp.campaign_id,
                     model_version=v.model_version, text=p.text, platform=p.platform, post_url=post_url(p))

    def _save_campaign(self, camp: Campaign) -> None:
        self.store.upsert_campaign({
            "campaign_id": camp.campaign_id, "key_kind": ",".join(sorted({k.split(":")[0] for k in camp.keys})),
            "key_value": ",".join(k for k in camp.keys if not k.startswith("text:")),
            "first_seen": iso(camp.first_seen), "last_seen": iso(camp.last_seen),
            "accounts": list(camp.accounts.values()), "post_ids": camp.post_ids, "severity": camp.severity,
            "account_keys": camp.accounts, "alerted_size": camp.alerted_size, "max_score": camp.max_score,
            # who shared each wallet and domain, for the reasons; a text key's users are rebuilt by the replay
            # (a text older than the window matches nothing), and there is one per post: they are not kept
            "users": {k: list(v) for k, v in camp.users.items() if not k.startswith("text:")}})

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
        """Flush buffered rows (and the campaign window's end) and save profiles."""
        self._save_mark()
        self.store.flush()
        self.store.save_profiles((a, p.to_json()) for a, p in self.profiles.items())


def campaign_keys(a: Analysis, score: float) -> dict[str, str]:
    """What a post may share with others in a campaign: its wallets and unknown link domains.

    A post joins by a key only when it carries some scam evidence of its own, so that an
    outlet linking its own site all day, or a news report quoting the scam wallet, never
    becomes a member of the takeover campaign it happens to share a key with.
    """
    keys = {}
    if score >= WALLET_JOIN_SCORE:  # one wallet written in two cases (EIP-55, lowercase) is one key
        keys = {f"wallet:{w.chain}:{address_key(w)}": wallet_phrase(w) for w in a.wallets}
    if score >= DOMAIN_JOIN_SCORE:
        for j in a.judgements:
            if j.kind not in ("allow", "shortener"):
                keys[f"domain:{j.domain}"] = f"link to {j.domain}"
    return keys


def account_names(accounts: dict[str, str]) -> dict[str, str]:
    """How reasons name each account key: "@handle", or "@handle on platform" when two accounts share a handle
    (one person on X and Bluesky is two watched accounts)."""
    handles = Counter(h.lower() for h in accounts.values())
    return {key: f"@{h}" if handles[h.lower()] == 1 else f"@{h} on {key.split(':', 1)[0]}"
            for key, h in accounts.items()}


def campaign_wallets(camp: Campaign, v: Verdict) -> tuple[Wallet, ...]:
    """Every wallet a campaign's posts shared, first seen first: as the alerting post wrote it, else in the key's
    normal form (lowercase for ETH and bech32, which the key needs to match one wallet written in two cases)."""
    written = {f"wallet:{w.chain}:{address_key(w)}": w for w in v.wallets}
    return tuple(written.get(k) or Wallet(*k.split(":", 2)[1:]) for k in camp.keys if k.startswith("wallet:"))


def campaign_from_row(row: dict) -> Campaign:
    """A campaign as the store keeps it (for restoring after a restart)."""
    keys = [k for k in (row.get("key_value") or "").split(",") if k]
    accounts = {account_key(k, h): h for k, h in json.loads(row.get("account_keys") or "{}").items()}
    users = {k: dict.fromkeys(v) for k, v in json.loads(row.get("users") or "{}").items()}
    return Campaign(row["campaign_id"], parse_time(row["first_seen"]), parse_time(row["last_seen"]),
                    keys=dict.fromkeys(keys), accounts=accounts, post_ids=json.loads(row.get("post_ids") or "[]"),
                    max_score=row.get("max_score") or 0.0, alerted_size=row.get("alerted_size") or 0,
                    severity=row.get("severity") or "", users=users)


def account_key(key: str, handle: str) -> str:
    """A stored account key as this version writes it. Older databases wrote 'x:elonmusk' and 'x:44196397' alike:
    the one that is its handle lowercased was a handle key. Accepted: a handle key whose account changed handle
    before its first post in the campaign is taken for an id, so that campaign, restored across the upgrade,
    may count the account once more."""
    platform, _, rest = key.partition(":")
    if rest.startswith(("@", "id:")):
        return key
    return f"{platform}:@{rest}" if rest == handle.lower() else f"{platform}:id:{rest}"


def post_url(p: Post) -> str:
    """A link to the post on its platform, where the platform has a stable form."""
    if p.platform == "x":
        return f"https://x.com/{p.author}/status/{p.id}"
    if p.platform == "bluesky" and p.id.startswith("at://"):
        parts = p.id.split("/")
        return f"https://bsky.app/profile/{parts[2]}/post/{parts[-1]}" if len(parts) >= 5 else ""
    return str(p.extra.get("url", "")) if isinstance(p.extra.get("url"), str) else ""
