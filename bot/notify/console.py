"""Console output of alerts: rich panels for people, JSON lines for machines."""

from __future__ import annotations

import json
from typing import IO

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel

from ..post import Alert

STYLE = {"low": "cyan", "medium": "yellow", "high": "bold red", "critical": "bold white on red"}


def alert_json(alert: Alert) -> str:
    """One line of the replay contract's alert JSON."""
    return json.dumps(alert.to_json(), ensure_ascii=False)


def alert_panel(alert: Alert) -> Panel:
    """A rich panel for one alert; the post text is escaped (it is attacker-written)."""
    who = ", ".join("@" + a for a in alert.accounts)
    lines = [f"[b]{escape(who)}[/b]  score {alert.score:.2f}  {escape(alert.event_time.isoformat())}"]
    if alert.text:
        lines.append(f"[dim]“{escape(alert.text[:280])}”[/dim]")
    lines += [f"• {escape(r)}" for r in alert.reasons[:8]]
    lines += [f"wallet [b]{escape(w.chain)}[/b] {escape(w.address)}" for w in alert.wallets]
    title = f"{alert.severity.upper()} {alert.kind} alert"
    if alert.campaign_id:
        title += f" · {alert.campaign_id}"
    return Panel("\n".join(lines), title=escape(title), border_style=STYLE.get(alert.severity, "white"))


class ConsoleNotifier:
    """Prints each alert as it fires, as a panel (people) or a JSON line (machines)."""

    def __init__(self, stream: IO[str] | None = None, *, as_json: bool = False) -> None:
        self.as_json = as_json
        self.stream = stream
        self.console = Console(file=stream, highlight=False, soft_wrap=False)

    def __call__(self, alert: Alert) -> None:
        if self.as_json:
            print(alert_json(alert), file=self.stream, flush=True)
        else:
            self.console.print(alert_panel(alert))
