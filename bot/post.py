"""The contracts every pipeline stage speaks: Post in, Verdict per post, Alert out.

All are frozen dataclasses built by adapters at the edges (platform JSON -> Post on
arrival; Alert -> Telegram/Slack payload at the last step). The core never sees API JSON.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any

SEVERITIES = ("low", "medium", "high", "critical")


@dataclass(frozen=True, slots=True)
class Post:
    """One published post, as the shared CONTRACT.md post schema describes it."""

    id: str
    platform: str
    author: str
    created_at: datetime
    text: str
    author_id: str = ""
    source: str = ""
    lang: str = ""
    urls: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def key(self) -> str:
        """Globally unique id: platform plus the platform's post id."""
        return f"{self.platform}:{self.id}"

    @property
    def account(self) -> str:
        """Stable account key: platform plus author_id (falls back to the handle)."""
        return f"{self.platform}:{self.author_id or self.author}"

    def to_json(self) -> dict[str, Any]:
        """The contract's JSON form (extra fields kept)."""
        out: dict[str, Any] = dict(self.extra)
        out.update(
            id=self.id, platform=self.platform, author=self.author,
            author_id=self.author_id or self.author, created_at=iso(self.created_at),
            text=self.text, source=self.source, lang=self.lang, urls=list(self.urls),
        )
        return out


@dataclass(frozen=True, slots=True)
class Wallet:
    """A checksum-valid cryptocurrency address, exactly as written after de-obfuscation."""

    chain: str
    address: str

    def to_json(self) -> dict[str, str]:
        return {"chain": self.chain, "address": self.address}


@dataclass(frozen=True, slots=True)
class Evidence:
    """One readable finding about a post: a kind, its weight in the score, and the why."""

    kind: str
    weight: float
    reason: str
    value: str = ""


@dataclass(frozen=True, slots=True)
class Verdict:
    """The detector's judgement of one post."""

    post: Post
    score: float
    flagged: bool
    severity: str
    wallets: tuple[Wallet, ...] = ()
    domains: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    model_version: str = ""

    @property
    def reasons(self) -> list[str]:
        return [e.reason for e in self.evidence]


@dataclass(frozen=True, slots=True)
class Alert:
    """An alert as the replay contract prints it and notifiers deliver it."""

    alert_id: str
    kind: str  # "post" | "campaign"
    severity: str
    score: float
    accounts: tuple[str, ...]
    post_ids: tuple[str, ...]
    wallets: tuple[Wallet, ...]
    urls: tuple[str, ...]
    event_time: datetime
    reasons: tuple[str, ...]
    campaign_id: str | None = None
    model_version: str = ""
    text: str = ""  # untrusted post text of the firing post, for display only
    platform: str = ""
    post_url: str = ""

    def to_json(self) -> dict[str, Any]:
        """The contract's alert JSON object (plus model_version)."""
        return {
            "alert_id": self.alert_id, "kind": self.kind, "severity": self.severity,
            "score": round(self.score, 4), "accounts": list(self.accounts),
            "post_ids": list(self.post_ids), "wallets": [w.to_json() for w in self.wallets],
            "urls": list(self.urls), "event_time": iso(self.event_time),
            "campaign_id": self.campaign_id, "reasons": list(self.reasons),
            "model_version": self.model_version,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Alert":
        """Inverse of to_json (extra display fields included when present)."""
        return cls(
            alert_id=d["alert_id"], kind=d["kind"], severity=d["severity"], score=float(d["score"]),
            accounts=tuple(d["accounts"]), post_ids=tuple(d["post_ids"]),
            wallets=tuple(Wallet(w["chain"], w["address"]) for w in d.get("wallets", [])),
            urls=tuple(d.get("urls", [])), event_time=parse_time(d["event_time"]),
            reasons=tuple(d.get("reasons", [])), campaign_id=d.get("campaign_id"),
            model_version=d.get("model_version", ""), text=d.get("text", ""),
            platform=d.get("platform", ""), post_url=d.get("post_url", ""),
        )


def iso(ts: datetime) -> str:
    """ISO 8601 in UTC with a trailing Z."""
    if ts.tzinfo is not timezone.utc:  # parse_time already gives UTC: skip the conversion then
        ts = ts.astimezone(timezone.utc)
    return ts.isoformat().replace("+00:00", "Z")


def parse_time(value: str) -> datetime:
    """Parse ISO 8601 with a time zone; raises ValueError when the zone is missing."""
    ts = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    if ts.tzinfo is None:
        raise ValueError(f"time {value!r} has no time zone")
    return ts.astimezone(timezone.utc)


def as_dict(obj: Any) -> dict[str, Any]:
    """dataclasses.asdict, exported for the store and tests."""
    return asdict(obj)
