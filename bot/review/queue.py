"""The manual review queue: analysts confirm or dismiss alerts; verdicts become training labels."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..post import Alert
from ..store import Store

STATUSES = ("pending", "confirmed", "dismissed", "snoozed")
ACTION_STATUS = {"confirm": "confirmed", "dismiss": "dismissed", "snooze": "snoozed"}


def decide(store: Store, alert_id: str, action: str, *, by: str, note: str = "") -> Alert:
    """Record an analyst's decision on an alert; InputError if it does not exist."""
    if action not in ACTION_STATUS:
        raise InputError(f"review: unknown action {action!r} (confirm, dismiss, snooze)")
    alert = store.get_alert(alert_id)
    if alert is None:
        raise InputError(f"review: no alert with id {alert_id!r}")
    store.set_review(alert_id, ACTION_STATUS[action], by=by, note=note)
    return alert


def summary_line(alert: Alert, review: dict) -> str:
    who = ",".join("@" + a for a in alert.accounts)
    reason = alert.reasons[0] if alert.reasons else ""
    return (f"{alert.alert_id}\t{alert.severity}\t{alert.kind}\t{alert.score:.2f}\t{review.get('status')}\t"
            f"{who}\t{reason}")


def detail(store: Store, alert_id: str) -> str:
    """A readable multi-line account of one alert and its review state."""
    alert = store.get_alert(alert_id)
    if alert is None:
        raise InputError(f"review: no alert with id {alert_id!r}")
    review = store.review_row(alert_id) or {}
    lines = [f"alert     {alert.alert_id} ({alert.kind}, {alert.severity}, score {alert.score:.3f})",
             f"status    {review.get('status')}" + (f" by {review['decided_by']}" if review.get("decided_by") else ""),
             f"accounts  {', '.join('@' + a for a in alert.accounts)}",
             f"posts     {', '.join(alert.post_ids)}", f"time      {alert.event_time.isoformat()}",
             f"model     {alert.model_version}"]
    lines += [f"wallet    {w.chain} {w.address}" for w in alert.wallets]
    lines += [f"url       {u}" for u in alert.urls]
    lines += [f"reason    {r}" for r in alert.reasons]
    if alert.text:
        lines.append("text      " + alert.text.replace("\n", " ")[:500])
    if review.get("note"):
        lines.append(f"note      {review['note']}")
    return "\n".join(lines)


def command(db: Path, action: str, alert_id: str | None, *, note: str = "", by: str = "cli",
            status: str = "pending", limit: int = 50) -> str:
    """What `hijackwatch review ACTION` prints."""
    if not Path(db).exists():
        raise InputError(f"{db}: no such database (run `hijackwatch replay` or `demo` first)")
    store = Store(db)
    try:
        if action == "list":
            rows = store.alerts(status=None if status == "all" else status, limit=limit)
            return "\n".join(summary_line(a, r) for a, r in rows) or f"no {status} alerts"
        if not alert_id:
            raise InputError(f"review {action}: needs an ALERT_ID")
        if action == "show":
            return detail(store, alert_id)
        decide(store, alert_id, action, by=by, note=note)
        return f"{alert_id}: {ACTION_STATUS[action]}"
    finally:
        store.close()
