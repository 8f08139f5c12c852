"""What `hijackwatch status` prints: source freshness, checkpoints, the outbox and dead letters."""

from __future__ import annotations

import time

from .notify.outbox import outbox_summary
from .notify.render import one_line
from .sources.x import freshness
from .store import Store


def _age(secs: float | None) -> str:
    if secs is None:
        return "never"
    secs = max(0, int(secs))
    if secs < 120:
        return f"{secs}s ago"
    if secs < 7200:
        return f"{secs // 60}m ago"
    return f"{secs // 3600}h ago"


def _n(count: int, noun: str) -> str:
    """'1 campaign', '2 campaigns', '1,204 posts'."""
    return f"{count:,} {noun if count == 1 else noun + 's'}"


def _text(value: object) -> str:
    """A stored value on one line without control characters: errors come from remote APIs, ids from posts,
    and an ESC sequence printed raw would drive the terminal."""
    return one_line("" if value is None else str(value))


def _sources(store: Store, now: float) -> list[str]:
    fresh = freshness(store, now=now)
    lines = [f"X accounts ({len(fresh)}), stalest first:"] if fresh else []
    lines += [f"  @{_text(r['account']):<24} last poll {_age(r['age_s'])}, since_id {_text(r['since_id']) or '-'}"
              for r in fresh]
    cps = [c for c in store.checkpoints() if not c["source"].startswith("x:")]
    lines.append(f"other checkpoints ({len(cps)}):" if cps else "other checkpoints: none")
    lines += [f"  {_text(c['source']):<40} {_text(c['value'])[:40]:<40} updated {_age(now - (c['updated_at'] or now))}"
              for c in cps]
    return lines


def _outbox(store: Store, now: float) -> list[str]:
    s = outbox_summary(store, now=now)
    lines = ["outbox: " + (", ".join(f"{n} {k}" for k, n in sorted(s["counts"].items())) or "empty")]
    lines += [f"  {_text(ch)}: " + ", ".join(f"{n} {k}" for k, n in sorted(st.items()))
              for ch, st in sorted(s["channels"].items())]
    if s["oldest_pending_age_s"] is not None:
        lines.append(f"  oldest undelivered: {_age(s['oldest_pending_age_s'])}")
    lines += [f"  dead letter {_text(d['delivery_id'])} after {d['attempts']} tries: {_text(d['last_error'])[:120]}"
              for d in s["dead"]]
    return lines


def _alerted_campaigns(store: Store) -> int:
    """Campaigns that alerted (the table also keeps those still growing towards an alert, for restarts)."""
    return store.db.execute("SELECT count(*) FROM campaigns WHERE alerted_size > 0").fetchone()[0]


def status_text(store: Store, cfg=None, *, now: float | None = None) -> str:
    """A readable report of how fresh each source is and how deliveries stand."""
    now = time.time() if now is None else now
    lines = [f"database {store.path}: {_n(store.count('posts'), 'post')}, {_n(store.count('alerts'), 'alert')}, "
             f"{_n(_alerted_campaigns(store), 'campaign')}"]
    lines += _sources(store, now) + _outbox(store, now)
    review = {r["status"]: r["n"] for r in store.db.query("SELECT status, count(*) AS n FROM review GROUP BY status")}
    lines.append("review queue: " + (", ".join(f"{n} {s}" for s, n in sorted(review.items())) or "empty"))
    return "\n".join(lines)
