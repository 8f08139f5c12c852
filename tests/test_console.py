"""Terminal output (console panels, `review show` / `review list`): attacker text cannot drive the terminal."""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from bot.cli import main
from bot.notify.console import ConsoleNotifier, alert_json
from bot.notify.render import clean, one_line
from bot.store import Store

from .test_outbox import make_alert

# clear screen, set the window title (OSC 0), a hidden hyperlink (OSC 8), cursor up + erase line, 8-bit CSI,
# a right-to-left override and a carriage return that would overwrite the start of the line
HOSTILE_TTY = ("send BTC\x1b[2J\x1b[H\x1b]0;pwned\x07\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\"
               "\x9b31m red \u202egnp.exe\u2066x\u2069 \rSAFE")
# what no terminal line we print may contain: C0 but tab/newline, DEL, C1, bidi embeddings/overrides/isolates
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def expected_clean(text: str) -> str:
    """`render.clean` spelled out: CR (or CRLF) becomes a newline, then the FORBIDDEN characters go."""
    return FORBIDDEN.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def hostile_alert():
    return replace(make_alert(1, accounts=("elonmusk\x1b[8m", "bill\u202egates"), text=HOSTILE_TTY),
                   reasons=("r\x1b[1A\x1b[2K", "two\nstatus    dismissed by admin"))


def test_console_panel_sends_no_control_sequence_to_the_terminal():
    buf = io.StringIO()
    ConsoleNotifier(buf)(hostile_alert())
    out = buf.getvalue()
    assert not FORBIDDEN.search(out), repr(out)
    assert "send BTC[2J[H]0;pwned" in out and "@elonmusk[8m" in out  # what was sent stays readable


def test_review_show_and_list_print_no_control_sequence(tmp_path, capsys):
    db = tmp_path / "r.db"
    store = Store(db)
    alert = hostile_alert()
    store.add_alert(alert, [])
    store.close()
    assert main(["review", "show", alert.alert_id, "--db", str(db)]) == 0
    assert main(["review", "list", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert not FORBIDDEN.search(out), repr(out)
    *show, listed = out.splitlines()  # `review list` printed one row, last
    assert [line for line in show if line.startswith("status")] == ["status    pending"]  # none forged
    assert "two status    dismissed by admin" in out
    assert listed.count("\t") == 6 and listed.startswith(alert.alert_id + "\t")


def test_json_lines_send_no_control_sequence_to_the_terminal():
    """`replay` prints these lines: json escapes C0 only, so a C1 CSI or a bidi override in a URL went out raw."""
    alert = replace(hostile_alert(), urls=("https://evil.example/\x9b2J\u202egnp.exe", "https://a.example/\x1b]0;x\x07"))
    buf = io.StringIO()
    ConsoleNotifier(buf, as_json=True)(alert)
    line = buf.getvalue()
    assert line == alert_json(alert) + "\n" and not FORBIDDEN.search(line), repr(line)
    assert json.loads(line) == json.loads(json.dumps(alert.to_json()))  # the same values, only spelled \uXXXX


@given(st.text(max_size=300))
def test_clean_removes_exactly_the_control_characters(text):
    assert clean(text) == expected_clean(text)
    assert "\n" not in one_line(text) and "\t" not in one_line(text) and not FORBIDDEN.search(one_line(text))
