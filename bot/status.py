"""What `hijackwatch status` prints: source freshness, checkpoints, the outbox and dead letters."""

from __future__ import annotations

import time

from .store import Store


def _age(ts: float | None, now: float) -> str:
    if not ts:
        return "never"
    secs = max(0, int(now - ts))
    if secs < 120:
        return f"{secs}s ago"
    if secs < 7200:
        return f"{secs // 60}m ago"
    return f"{secs // 3600}h ago"


def status_text(store: Store, cfg=None, *, now: float | None = None) -> str:
    """A readable report of how fresh each source is and how deliveries stand."""
    now = time.time() if now is None else now
    lines = [f"database {store.path}: {store.count('posts'):,} posts, {store.count('alerts'):,} alerts, "
             f"{store.count('campaigns'):,} campaigns"]
    cps = store.checkpoints()
    lines.append(f"sources ({len(cps)} checkpoints):" if cps else "sources: no checkpoints yet")
    lines += [f"  {c['source']:<40} {str(c['value'])[:40]:<40} updated {_age(c['updated_at'], now)}" for c in cps]
    counts = {r["status"]: r["n"] for r in store.db.query(
        "SELECT status, count(*) AS n FROM deliveries GROUP BY status")}
    lines.append("outbox: " + (", ".join(f"{n} {s}" for s, n in sorted(counts.items())) or "empty"))
    for d in store.deliveries(status="dead"):
        lines.append(f"  dead letter {d['delivery_id']} after {d['attempts']} tries: {(d['last_error'] or '')[:120]}")
    review = {r["status"]: r["n"] for r in store.db.query("SELECT status, count(*) AS n FROM review GROUP BY status")}
    lines.append("review queue: " + (", ".join(f"{n} {s}" for s, n in sorted(review.items())) or "empty"))
    return "\n".join(lines)
