"""Every malformed config gives one line naming the file, the key path and the fix, exit code 2;
secrets never appear in output, logs or the database.

Everything runs through `bot.cli.main([...])`, as a user would meet it.
"""

from __future__ import annotations

import json
import logging
import socket
from pathlib import Path

import pytest

from bot.cli import main

WALLET = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"
TOKENS = {  # fake, but shaped like the real thing so a leak would be recognisable
    "TELEGRAM_BOT_TOKEN": "7012345678:AAHfakeTelegramTokenValue_9xYz",
    "SLACK_BOT_TOKEN": "xoxb-111-222-fakeSlackBotTokenValue",
    "SLACK_SIGNING_SECRET": "fakeSigningSecret0123456789abcdef",
    "X_BEARER_TOKEN": "AAAAAAAAAAAAAAAAAAAAAfakeXBearerTokenValue%3D",
    "HIJACKWATCH_REVIEW_TOKEN": "fakeReviewToken-0123456789",
}
UNKNOWN_FIX = "unknown key (remove it or check its spelling"


def error_line(capsys) -> str:
    """The one error line the CLI printed (warnings such as 'no model file' are other lines)."""
    err = capsys.readouterr().err
    lines = [l for l in err.splitlines() if l.startswith("hijackwatch:") and "no model file" not in l]
    assert len(lines) == 1, err
    return lines[0]


def write(tmp_path: Path, text: str | bytes, name: str = "hw.yaml") -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    return path


# (yaml, key path the line must name, words of the fix or the expectation it must state)
MALFORMED = {
    "wrong type, top level": ("database: [1, 2]\n", "database:", "valid path"),
    "wrong type, nested": ("detect:\n  threshold: high\n", "detect.threshold:", "valid number"),
    "out of range": ("detect:\n  threshold: 1.5\n", "detect.threshold:", "less than or equal to 1"),
    "wrong type in a list item": ("sources:\n  - type: replay\n    path: p.jsonl\n    speed: fast\n",
                                  "sources.0.speed:", "valid number"),
    "wrong type in a mapping": ("groups:\n  ceos: elonmusk\n", "groups.ceos:", "valid list"),
    "bad enum": ("notifiers:\n  - type: console\n    min_severity: urgent\n", "notifiers.0.min_severity:",
                 "'low', 'medium', 'high' or 'critical'"),
    "unknown key, top level": ("databse: x.db\n", "databse:", UNKNOWN_FIX),
    "unknown key, depth 2": ("detect:\n  treshold: 0.5\n", "detect.treshold:", UNKNOWN_FIX),
    "unknown key, depth 3": ("sources:\n  - type: replay\n    path: p.jsonl\n    sped: 1\n", "sources.0.sped:",
                             UNKNOWN_FIX),
    "unknown key under review": ("review:\n  tokn: x\n", "review.tokn:", UNKNOWN_FIX),
    "unknown key named like a source type": ("detect:\n  x: 1\n", "detect.x:", UNKNOWN_FIX),
    "wrong type in a group named like a source type": ("groups:\n  x: [1]\n", "groups.x.0:", "valid string"),
    "unknown key in a notifier named like a type": ("notifiers:\n  - type: console\n    review: 1\n",
                                                    "notifiers.0.review:", UNKNOWN_FIX),
    "unknown key, depth 4": ("notifiers:\n  - type: telegram\n    chat_id: '1'\n    bot_token: {env: T, envv: U}\n",
                             "notifiers.0.bot_token.envv:", UNKNOWN_FIX),
    "unknown group": ("groups:\n  exchanges: [binance]\nnotifiers:\n  - type: console\n    groups: [exchange]\n",
                      "notifiers.0.groups.0:", "unknown group 'exchange' (groups defined: exchanges)"),
    "empty group": ("groups:\n  vips: []\nnotifiers:\n  - type: console\n    groups: [vips]\n",
                    "notifiers.0.groups:", "its groups name no account"),
    "duplicate key": ("detect:\n  threshold: 0.5\n  threshold: 0.7\n", "line 3", "duplicate key 'threshold'"),
    "duplicate source name": ("sources:\n  - type: replay\n    path: a.jsonl\n  - type: replay\n    path: b.jsonl\n",
                              "sources.1.name:", "is also sources.0's name"),
    "missing required key": ("sources:\n  - type: replay\n", "sources.0.path:", "required"),
    "missing required key, notifier": ("notifiers:\n  - type: telegram\n", "notifiers.0.chat_id:", "required"),
    "missing type tag": ("sources:\n  - path: p.jsonl\n", "sources.0:", "'type'"),
    "unknown type tag": ("sources:\n  - type: myspace\n", "sources.0:", "'replay', 'x', 'bluesky', 'mastodon'"),
    "bad YAML, unclosed list": ("detect:\n  threshold: [0.5\n", "line 3", "invalid YAML"),
    "bad YAML, tab indent": ("detect:\n\tthreshold: 0.5\n", "line 2", "invalid YAML"),
    "top level not a mapping": ("- a\n- b\n", ": top level", "must be a mapping"),
    "not UTF-8": (b"detect:\n  threshold: \xff\n", "cannot read config", "not UTF-8 text (byte 21)"),
}


@pytest.mark.parametrize("command", ["check-config", "replay"])
@pytest.mark.parametrize("case", list(MALFORMED))
def test_malformed_config_is_one_line_with_file_key_and_fix(tmp_path, capsys, case, command):
    text, key, fix = MALFORMED[case]
    cfg = write(tmp_path, text)
    posts = write(tmp_path, "", "posts.jsonl")
    argv = ["check-config", str(cfg)] if command == "check-config" else ["replay", str(posts), "--config", str(cfg)]
    assert main(argv) == 2
    line = error_line(capsys)
    assert str(cfg) in line and key in line and fix in line, line


def test_missing_config_file_is_exit_2_naming_it(tmp_path, capsys):
    missing = tmp_path / "nope.yaml"
    assert main(["check-config", str(missing)]) == 2
    line = error_line(capsys)
    assert line.endswith(f"{missing}: cannot read config: No such file or directory"), line


def test_empty_config_is_the_defaults(tmp_path, capsys):
    cfg = write(tmp_path, "")
    assert main(["check-config", str(cfg)]) == 0
    assert "ok" in capsys.readouterr().out


# -- secrets at run start --------------------------------------------------------------------------
def closed_port() -> int:
    """A local port nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_config(tmp_path: Path, *, telegram_secret: str = "", port: int | None = None) -> Path:
    """A `run` config: a replay source with the 2020 bait, Telegram and Slack on a closed port."""
    port = port or closed_port()
    bait = {"id": "9", "platform": "x", "author": "elonmusk", "created_at": "2020-07-15T20:00:00Z",
            "text": f"I am giving back. All Bitcoin sent to my address below will be sent back doubled! {WALLET}"}
    write(tmp_path, json.dumps(bait) + "\n", "bait.jsonl")
    return write(tmp_path, f"""
database: run.db
sources:
  - type: replay
    path: bait.jsonl
notifiers:
  - type: console
  - type: telegram
    chat_id: "-100123"
    api_base_url: http://127.0.0.1:{port}/bot
    timeout_s: 1
    poll_callbacks: false{telegram_secret}
  - type: slack
    channel: "#alerts"
    base_url: http://127.0.0.1:{port}/api/
    timeout_s: 1
outbox:
  max_attempts: 2
  base_delay_s: 0.01
  max_delay_s: 0.02
""")


@pytest.fixture
def tokens(monkeypatch) -> dict[str, str]:
    for name, value in TOKENS.items():
        monkeypatch.setenv(name, value)
    return TOKENS


def test_missing_secret_env_at_run_start_is_one_line_exit_2(tmp_path, capsys, tokens, monkeypatch):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN")
    cfg = run_config(tmp_path)
    assert main(["run", "--config", str(cfg), "--once"]) == 2
    line = error_line(capsys)
    assert "notifiers.1.bot_token" in line and "TELEGRAM_BOT_TOKEN is not set" in line, line


def test_unreadable_secret_file_at_run_start_is_one_line_exit_2(tmp_path, capsys, tokens):
    secret_dir = tmp_path / "secrets"
    secret_dir.mkdir()  # a directory where a file should be: exists, cannot be read as text
    cfg = run_config(tmp_path, telegram_secret=f"\n    bot_token: {{file: {secret_dir}}}")
    assert main(["run", "--config", str(cfg), "--once"]) == 2
    line = error_line(capsys)
    assert "notifiers.1.bot_token" in line and str(secret_dir) in line and "cannot read" in line, line


@pytest.mark.parametrize("content, fragment", [
    (b"\xff\xfe bad", "is not UTF-8 text"),
    (b"", "is empty"),
    (b"  \n\t\n", "is empty"),
])
def test_unusable_secret_file_is_one_line_exit_2(tmp_path, capsys, tokens, monkeypatch, content, fragment):
    # relative to the config file's folder, like every other path in it (run from another directory)
    write(tmp_path, content, "tg.token")
    cfg = run_config(tmp_path, telegram_secret="\n    bot_token: {file: tg.token}")
    monkeypatch.chdir(tmp_path.parent)
    assert main(["run", "--config", str(cfg), "--once"]) == 2
    line = error_line(capsys)
    assert f"notifiers.1.bot_token: secret file {tmp_path / 'tg.token'} {fragment}" in line, line


def test_blank_secret_env_var_is_one_line_exit_2(tmp_path, capsys, tokens, monkeypatch):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "  \n")
    cfg = run_config(tmp_path)
    assert main(["run", "--config", str(cfg), "--once"]) == 2
    line = error_line(capsys)
    assert "notifiers.1.bot_token: environment variable TELEGRAM_BOT_TOKEN is empty" in line, line


def test_missing_secret_line_also_names_the_config_file(tmp_path, capsys, tokens, monkeypatch):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN")
    cfg = run_config(tmp_path)
    assert main(["run", "--config", str(cfg), "--once"]) == 2
    assert str(cfg) in error_line(capsys)


def test_tokens_never_appear_in_output_logs_or_database(tmp_path, capsys, caplog, tokens):
    cfg = run_config(tmp_path)
    with caplog.at_level(logging.DEBUG):
        assert main(["run", "--config", str(cfg), "--once"]) == 1  # both channels unreachable: dead letters
    out = capsys.readouterr()
    records = "\n".join(f"{r.name} {r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in caplog.records)
    db_bytes = b"".join(p.read_bytes() for p in tmp_path.glob("run.db*"))
    assert WALLET in out.out  # the alert was shown, so the notifiers really tried to deliver it
    assert any("attempt" in r.getMessage() or "dead" in r.getMessage() for r in caplog.records), records
    for name, value in tokens.items():
        for where, text in (("stdout", out.out), ("stderr", out.err), ("log records", records)):
            assert value not in text, f"{name} leaked into {where}"
        assert value.encode() not in db_bytes, f"{name} leaked into the database"


def test_check_config_never_echoes_a_secret_written_into_the_file(tmp_path, capsys, tokens):
    # a user who pastes the token itself where a reference belongs gets an error without the token
    cfg = write(tmp_path, f"notifiers:\n  - type: telegram\n    chat_id: '1'\n    bot_token: {TOKENS['TELEGRAM_BOT_TOKEN']}\n")
    assert main(["check-config", str(cfg)]) == 2
    line = error_line(capsys)
    assert "notifiers.0.bot_token" in line
    assert TOKENS["TELEGRAM_BOT_TOKEN"] not in line
