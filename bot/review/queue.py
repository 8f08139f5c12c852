"""The manual review queue: analysts confirm or dismiss alerts; verdicts become training labels."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

from ..detect.links import find_links
from ..errors import InputError
from ..notify.render import one_line
from ..post import Alert
from ..store import Store, require_database

STATUSES = ("pending", "confirmed", "dismissed", "snoozed")
ACTION_STATUS = {"confirm": "confirmed", "dismiss": "dismissed", "snooze": "snoozed"}
NOTE_MAX = 2000


def decide(store: Store, alert_id: str, action: str, *, by: str, note: str = "") -> Alert:
    """Record an analyst's decision on an alert; InputError if it does not exist."""
    if action not in ACTION_STATUS:
        raise InputError(f"review: unknown action {action!r} (confirm, dismiss, snooze)")
    alert = store.get_alert(alert_id)
    if alert is None:
        raise InputError(f"review: no alert with id {alert_id!r}")
    store.set_review(alert_id, ACTION_STATUS[action], by=by, note=note)
    return alert


# -- allowlisting on dismissal -------------------------------------------------------------------
def alert_domains(store: Store, alert: Alert) -> list[str]:
    """Registrable domains of the alert's links: the scorer's own (verdicts) first, then from its URLs."""
    found: list[str] = []
    if alert.platform:
        keys = [f"{alert.platform}:{pid}" for pid in alert.post_ids]
        marks = ",".join("?" * len(keys))
        for row in store.db.query(f"SELECT domains FROM verdicts WHERE post_key IN ({marks})", keys):
            found += json_list(row["domains"])
    found += [link.domain for link in find_links("", alert.urls)]  # the scorer's own URL parsing
    return list(dict.fromkeys(d for d in found if isinstance(d, str) and d))


def split_allowlist(store: Store, alert: Alert, domains: Iterable[str],
                    wallets: Iterable[str]) -> tuple[dict[str, list[str]], list[str]]:
    """The requested values that belong to the alert, by list kind, and those that do not.

    Only a domain the alert links to or a wallet it names can be allowlisted from it: a
    dismissal must not become a way to allow anything at all.
    """
    own_domains, own_wallets = set(alert_domains(store, alert)), {w.address for w in alert.wallets}
    domains = [_domain(d) for d in dict.fromkeys(domains)]
    wallets = [w.strip() for w in dict.fromkeys(wallets)]
    allow = {"allow_domain": [d for d in domains if d in own_domains],
             "allow_wallet": [w for w in wallets if w in own_wallets]}
    foreign = [d for d in domains if d not in own_domains] + [w for w in wallets if w not in own_wallets]
    return allow, foreign


def dismiss(store: Store, alert_id: str, *, by: str, note: str = "", domains: Iterable[str] = (),
            wallets: Iterable[str] = ()) -> Alert:
    """Dismiss an alert and allowlist domains/wallets of it; InputError (nothing written) for one not its own."""
    alert = store.get_alert(alert_id)
    if alert is None:
        raise InputError(f"review: no alert with id {alert_id!r}")
    allow, foreign = split_allowlist(store, alert, domains, wallets)
    if foreign:
        raise InputError(f"review dismiss: {foreign[0]!r} is not a domain or wallet of alert {alert_id} "
                         f"(its own: {', '.join(_own_values(store, alert)) or 'none'})")
    return apply_dismissal(store, alert_id, allow, by=by, note=note)


def apply_dismissal(store: Store, alert_id: str, allow: dict[str, list[str]], *, by: str, note: str = "") -> Alert:
    """Dismiss an alert and write `allow` (from `split_allowlist`: the alert's own values) to the allowlists."""
    alert = decide(store, alert_id, "dismiss", by=by, note=note)
    why = f"dismissed {alert_id}: {note}"[:NOTE_MAX]
    for kind, values in allow.items():
        if values:
            store.add_list_entries(kind, values, list_name="review", note=why, alert_id=alert_id)
    return alert


def _own_values(store: Store, alert: Alert, shown: int = 5) -> list[str]:
    """The alert's domains and wallets for an error message (a campaign can have many)."""
    own = alert_domains(store, alert) + [w.address for w in alert.wallets]
    return own[:shown] + ([f"{len(own) - shown} more"] if len(own) > shown else [])


def _domain(value: str) -> str:
    # domains are compared as the scorer stores them: lowercase, without a trailing dot
    return value.strip().lower().rstrip(".")


def json_list(value: Any) -> list:
    """A JSON-array column as a list ([] when missing or not an array)."""
    if isinstance(value, list):
        return value
    try:
        out = json.loads(value or "[]")
    except (TypeError, ValueError):
        return []
    return out if isinstance(out, list) else []


# -- the CLI -------------------------------------------------------------------------------------
def summary_line(alert: Alert, review: dict) -> str:
    """One tab-separated row of `review list`; every field on one line and free of control characters."""
    who = ",".join("@" + a for a in alert.accounts)
    reason = alert.reasons[0] if alert.reasons else ""
    fields = [alert.alert_id, alert.severity, alert.kind, f"{alert.score:.2f}", review.get("status") or "", who, reason]
    return "\t".join(one_line(str(f)) for f in fields)


def detail(store: Store, alert_id: str) -> str:
    """A readable multi-line account of one alert and its review state (printed to a terminal: cleaned)."""
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
        lines.append("text      " + alert.text[:500])
    if review.get("note"):
        lines.append(f"note      {review['note']}")
    # one line per field: a newline in a post or reason could otherwise forge a "status" line
    return "\n".join(one_line(line) for line in lines)


def listing(store: Store, status: str, limit: int) -> str:
    """`review list`: the newest `limit` alerts of a status, and a last line saying when there are more."""
    rows = store.alerts(status=None if status == "all" else status, limit=limit + 1)
    lines = [summary_line(a, r) for a, r in rows[:limit]]
    if len(rows) > limit:
        lines.append(f"(the newest {limit} shown; more with --limit)")
    return "\n".join(lines) or f"no {status} alerts"


def command(db: Path, action: str, alert_id: str | None, *, note: str = "", by: str = "cli",
            status: str = "pending", limit: int = 50, allow_domains: Iterable[str] = (),
            allow_wallets: Iterable[str] = ()) -> str:
    """What `hijackwatch review ACTION` prints."""
    allow_domains, allow_wallets = list(allow_domains), list(allow_wallets)
    if (allow_domains or allow_wallets) and action != "dismiss":
        raise InputError("review: --allow-domain/--allow-wallet go with dismiss (a confirmed scam's are not safe)")
    require_database(db)
    store = Store(db)
    try:
        if action == "list":
            return listing(store, status, limit)
        if not alert_id:
            raise InputError(f"review {action}: needs an ALERT_ID")
        if action == "show":
            return detail(store, alert_id)
        if action == "dismiss":
            dismiss(store, alert_id, by=by, note=note, domains=allow_domains, wallets=allow_wallets)
            allowed = [*allow_domains, *allow_wallets]
            return f"{alert_id}: dismissed" + (f"; allowlisted {', '.join(allowed)}" if allowed else "")
        decide(store, alert_id, action, by=by, note=note)
        return f"{alert_id}: {ACTION_STATUS[action]}"
    finally:
        store.close()
