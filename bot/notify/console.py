"""Console output of alerts: rich panels for people, JSON lines for machines."""

from __future__ import annotations

import json
from typing import IO

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel

from ..post import Alert
from .render import clean, one_line, reveal

STYLE = {"low": "cyan", "medium": "yellow", "high": "bold red", "critical": "bold white on red"}


def alert_json(alert: Alert) -> str:
    """One line of the replay contract's alert JSON, safe to print on a terminal."""
    # json escapes C0 controls only: C1 (0x9b is a one-byte CSI), DEL and bidi overrides in a URL would go out raw
    return reveal(json.dumps(alert.to_json(), ensure_ascii=False), "\\u{:04x}")


def alert_panel(alert: Alert) -> Panel:
    """A rich panel for one alert; attacker-written text is cleaned of control characters and escaped."""
    who = ", ".join("@" + a for a in alert.accounts)
    lines = [f"[b]{_safe(who)}[/b]  score {alert.score:.2f}  {escape(alert.event_time.isoformat())}"]
    if alert.text:
        lines.append(f"[dim]“{escape(clean(alert.text[:280]))}”[/dim]")
    lines += [f"• {_safe(r)}" for r in alert.reasons[:8]]
    lines += [f"wallet [b]{_safe(w.chain)}[/b] {_safe(w.address)}" for w in alert.wallets]
    title = f"{alert.severity.upper()} {alert.kind} alert"
    if alert.campaign_id:
        title += f" · {alert.campaign_id}"
    return Panel("\n".join(lines), title=_safe(title), border_style=STYLE.get(alert.severity, "white"))


def _safe(text: str) -> str:
    # rich's escape() only stops markup: ESC/CSI/OSC sequences would reach the terminal intact
    return escape(one_line(text))


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
