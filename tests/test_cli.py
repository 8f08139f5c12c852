"""The command-line contract (shared CONTRACT.md): score, replay, eval, exit codes."""

import dataclasses
import json
from dataclasses import replace
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from bot import cli
from bot.cli import main
from bot.config import Config
from bot.pipeline import Pipeline
from bot.store import Store

from .conftest import WALLET_2020, make_post, write_jsonl

SCORE_KEYS = {"id", "score", "flagged", "wallets", "domains", "reasons"}
ALERT_KEYS = {"alert_id", "kind", "severity", "score", "accounts", "post_ids", "wallets", "urls", "event_time",
              "campaign_id", "reasons"}


@pytest.fixture
def wave_file(tmp_path, takeover_wave):
    path = write_jsonl(tmp_path / "wave.jsonl", takeover_wave)
    with open(path, "a") as fh:
        fh.write("{broken\n")
    return path


def test_score_writes_one_object_per_valid_post_in_order(wave_file, takeover_wave, capsys):
    assert main(["score", str(wave_file)]) == 0
    out, err = capsys.readouterr()
    rows = [json.loads(l) for l in out.splitlines()]
    assert [r["id"] for r in rows] == [p.id for p in takeover_wave]
    assert all(set(r) == SCORE_KEYS and 0 <= r["score"] <= 1 for r in rows)
    bait = next(r for r in rows if r["id"] == "t1")
    assert bait["flagged"] and bait["wallets"] == [{"chain": "btc", "address": WALLET_2020}]
    assert not next(r for r in rows if r["id"] == "b1")["flagged"]
    assert f"{wave_file}:{len(takeover_wave) + 1}: skipped: invalid JSON" in err


def test_score_output_sends_no_control_sequence_to_the_terminal(tmp_path, takeover_wave, capsys):
    # json.dumps escapes C0 only: a C1 CSI (U+009B) or a bidi override would reach the terminal raw
    hostile = replace(takeover_wave[0], id="t\u009b2J\u202e1", text=takeover_wave[0].text + " \u009b31m\u202e")
    assert main(["score", str(write_jsonl(tmp_path / "h.jsonl", [hostile]))]) == 0
    out = capsys.readouterr().out
    assert "\u009b" not in out and "\u202e" not in out
    assert json.loads(out)["id"] == hostile.id


def test_replay_prints_contract_alerts_and_is_idempotent(wave_file, tmp_path, capsys):
    db = tmp_path / "r.db"
    assert main(["replay", str(wave_file), "--db", str(db)]) == 0
    alerts = [json.loads(l) for l in capsys.readouterr().out.splitlines()]
    assert [a["kind"] for a in alerts] == ["post", "campaign", "campaign"]
    assert all(ALERT_KEYS <= set(a) for a in alerts)
    assert alerts[2]["accounts"] == ["elonmusk", "billgates", "barackobama"]
    assert alerts[2]["wallets"] == [{"chain": "btc", "address": WALLET_2020}]
    assert alerts[1]["campaign_id"] == alerts[2]["campaign_id"] and alerts[0]["campaign_id"] is None
    assert alerts[2]["event_time"] == "2020-07-15T20:15:00Z"
    assert main(["replay", str(wave_file), "--db", str(db)]) == 0
    assert capsys.readouterr().out == ""


def test_replay_settles_its_pipeline_once(wave_file, tmp_path, capsys, monkeypatch):
    from bot import cli

    settled = []
    monkeypatch.setattr(cli, "_settle", lambda pipe: settled.append(pipe) or pipe)
    assert main(["replay", str(wave_file), "--db", str(tmp_path / "g.db")]) == 0
    assert len(settled) == 1 and isinstance(settled[0], Pipeline)


def test_settle_checkpoints_in_background_and_keeps_start_up_objects_out_of_full_collections(tmp_path):
    # a long-running pipeline freezes what start-up made (modules, patterns, the model): a full collection
    # would walk it all (~100 ms on bench/replay.py) and delay the alert whose batch it meets; its database's
    # checkpoints (and their fsyncs) run in a thread of their own for the same reason
    import gc

    from bot import cli

    gc.unfreeze()
    store = Store(tmp_path / "settle.db")
    try:
        pipe = Pipeline.from_config(Config(), store)
        assert cli._settle(pipe) is pipe
        assert gc.get_freeze_count() > 10_000
        assert store.checkpointer is not None
    finally:
        store.close()
        gc.unfreeze()


def test_eval_json_reports_figures(tmp_path, capsys):
    posts = [make_post("1", "a", f"Send BTC to {WALLET_2020} and I send back double! Giveaway 30 minutes only",
                       label=1, wallets=[{"chain": "btc", "address": WALLET_2020}]),
             make_post("2", "b", "Lovely lunch with the team today", label=0, wallets=[]),
             make_post("3", "c", "Our new phone is out now", label=0)]
    path = write_jsonl(tmp_path / "l.jsonl", posts)
    assert main(["eval", str(path), "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["posts"] == 3 and d["precision"] == 1.0 and d["recall"] == 1.0
    assert d["wallet_precision"] == 1.0 and d["wallet_recall"] == 1.0 and d["pr_auc"] == 1.0
    assert d["wallets"]["labelled_posts"] == 2


def test_eval_without_wallet_labels_does_not_claim_wallet_figures(tmp_path, capsys):
    posts = [make_post("1", "a", f"Send BTC to {WALLET_2020} and I send back double!", label=1),
             make_post("2", "b", "Lovely lunch with the team today", label=0)]
    path = write_jsonl(tmp_path / "l.jsonl", posts)
    assert main(["eval", str(path), "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["wallet_precision"] is None and d["wallet_recall"] is None and d["wallets"]["labelled_posts"] == 0
    assert main(["eval", str(path)]) == 0
    out = capsys.readouterr().out
    assert "wallets: not measured" in out and "wallets precision" not in out


@pytest.mark.parametrize("argv", [["score", "/nonexistent/x.jsonl"], ["replay", "/nonexistent/x.jsonl"],
                                  ["eval", "/nonexistent/x.jsonl"], ["check-config", "/nonexistent.yaml"]])
def test_unreadable_input_exits_2_with_one_line(argv, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("hijackwatch: /nonexistent") and "\n" not in err


def test_bad_config_exits_2(tmp_path, capsys):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("detect:\n  thresold: 0.4\n")
    assert main(["score", "-", "--config", str(cfg)]) == 2
    assert "detect.thresold: unknown key" in capsys.readouterr().err


def test_console_script_help_runs():
    out = subprocess.run([sys.executable, "-m", "bot.cli", "--help"], capture_output=True, text=True, check=True)
    for cmd in ("demo", "score", "replay", "eval", "run", "check-config", "review", "serve", "train", "status"):
        assert cmd in out.stdout


def test_review_cli_confirm_and_show(wave_file, tmp_path, capsys):
    db = tmp_path / "r.db"
    main(["replay", str(wave_file), "--db", str(db)])
    first = json.loads(capsys.readouterr().out.splitlines()[0])["alert_id"]
    assert main(["review", "list", "--db", str(db)]) == 0
    assert first in capsys.readouterr().out
    assert main(["review", "confirm", first, "--note", "real takeover", "--db", str(db)]) == 0
    assert main(["review", "show", first, "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "status    confirmed by cli" in out and "note      real takeover" in out
    assert main(["review", "show", "nope", "--db", str(db)]) == 2


LINK = "https://scam-giveaway.example/claim"


def _wave_alert(tmp_path, takeover_wave, capsys) -> tuple[str, str]:
    """A database from the takeover wave (its bait posts linking LINK) and its first alert with the wallet."""
    posts = [dataclasses.replace(p, text=f"{p.text} {LINK}", urls=(LINK,)) if p.id.startswith("t") else p
             for p in takeover_wave]
    db = tmp_path / "r.db"
    assert main(["replay", str(write_jsonl(tmp_path / "w.jsonl", posts)), "--db", str(db)]) == 0
    alerts = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    return str(db), next(a["alert_id"] for a in alerts if a["wallets"] and a["urls"])


def test_review_cli_dismiss_allowlists_the_alerts_own_domain_and_wallet(tmp_path, takeover_wave, capsys):
    db, alert_id = _wave_alert(tmp_path, takeover_wave, capsys)
    assert main(["review", "dismiss", alert_id, "--allow-domain", "Scam-Giveaway.example.", "--allow-wallet",
                 WALLET_2020, "--note", "our own test", "--db", db]) == 0
    assert capsys.readouterr().out.startswith(f"{alert_id}: dismissed; allowlisted ")
    store = Store(db)
    try:
        assert store.review_row(alert_id)["status"] == "dismissed"
        assert store.list_entries("allow_domain") == [("scam-giveaway.example", "review")]
        assert store.list_entries("allow_wallet") == [(WALLET_2020, "review")]
        # the next run's scorer reads the allowlist: the wallet is no evidence, the domain is allowed
        scorer = Pipeline.from_config(Config(), store).scorer
        again = scorer.analyze(make_post("n1", "elonmusk", f"Send BTC to {WALLET_2020} {LINK}", urls=(LINK,)))
        assert again.wallets == () and scorer.intel.is_allowed("scam-giveaway.example")
    finally:
        store.close()


@pytest.mark.parametrize("argv", [
    ["dismiss", "--allow-domain", "forged.example"],
    ["dismiss", "--allow-domain", "scam-giveaway.example", "--allow-wallet", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT"],
    ["confirm", "--allow-wallet", WALLET_2020],
])
def test_review_cli_refuses_allowlisting_what_is_not_the_alerts(tmp_path, takeover_wave, capsys, argv):
    db, alert_id = _wave_alert(tmp_path, takeover_wave, capsys)
    assert main(["review", argv[0], alert_id, *argv[1:], "--db", db]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("hijackwatch: ")
    store = Store(db)
    try:  # nothing written: still pending, nothing allowed
        assert store.review_row(alert_id)["status"] == "pending"
        assert store.list_entries("allow_domain") == [] and store.list_entries("allow_wallet") == []
    finally:
        store.close()


def test_eval_by_field_breaks_recall_and_false_positives_down(tmp_path, capsys):
    bait = f"Send BTC to {WALLET_2020} and I send back double! Giveaway 30 minutes only"
    posts = [make_post("1", "a", bait, label=1, kind="doubling"),
             make_post("2", "b", "Lovely lunch with the team today", label=1, kind="doubling"),  # a miss
             make_post("3", "c", "Our new phone is out now", label=0, kind="brand-promo"),
             make_post("4", "d", "No kind on this one", label=0)]
    path = write_jsonl(tmp_path / "l.jsonl", posts)
    assert main(["eval", str(path), "--json", "--by", "kind"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["by"] == {"field": "kind", "groups": {
        "doubling": {"posts": 2, "positives": 2, "tp": 1, "fp": 0},
        "brand-promo": {"posts": 1, "positives": 0, "tp": 0, "fp": 0},
        "(none)": {"posts": 1, "positives": 0, "tp": 0, "fp": 0}}}
    assert main(["eval", str(path), "--by", "author"]) == 0  # a contract field works too
    out = capsys.readouterr().out
    assert "  author=a: 1 posts, recall 1.0000 (1/1), no negatives" in out
    assert "  author=c: 1 posts, no positives, false positives 0/1" in out
    assert main(["eval", str(path), "--json"]) == 0
    assert "by" not in json.loads(capsys.readouterr().out)  # the contract's output is unchanged without it


# -- exit codes and usage errors found by review -----------------------------------------------
def _closed_port() -> int:
    """A local port nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _telegram_config(tmp_path, *, max_attempts: int = 1, base_delay_s: float = 0.01) -> Path:
    """A config whose Telegram channel points at a closed port, with a replay source of the 2020 bait."""
    bait = make_post("9", "elonmusk", f"All Bitcoin sent to my address below will be sent back doubled! {WALLET_2020}")
    write_jsonl(tmp_path / "bait.jsonl", [bait])
    cfg = tmp_path / "hw.yaml"
    cfg.write_text(f"""database: hw.db
sources:
  - type: replay
    path: bait.jsonl
notifiers:
  - type: telegram
    chat_id: "-100"
    api_base_url: http://127.0.0.1:{_closed_port()}/bot
    timeout_s: 1
    poll_callbacks: false
outbox:
  max_attempts: {max_attempts}
  base_delay_s: {base_delay_s}
  max_delay_s: {max(base_delay_s, 0.02)}
""")
    return cfg


@pytest.mark.parametrize("command", ["replay", "run --once"])
def test_dead_letters_made_by_the_run_exit_1_naming_the_channel(tmp_path, capsys, monkeypatch, command):
    # README: exit 1 when a notifier is unreachable after retries
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456:fakeTelegramTokenForTests")
    cfg = _telegram_config(tmp_path)
    argv = (["replay", str(tmp_path / "bait.jsonl"), "--config", str(cfg)] if command == "replay"
            else ["run", "--config", str(cfg), "--once"])
    assert main(argv) == 1
    lines = [l for l in capsys.readouterr().err.splitlines() if "dead letters" in l]
    assert lines == ["hijackwatch: 1 delivery failed after retries (dead letters) on telegram (1); "
                     "see `hijackwatch status`"]
    # the next run makes no new dead letter (the alert is not fired twice): the old one is not its failure
    assert main(argv) == 0


def test_run_once_leaves_pending_retries_for_the_next_start_without_failing(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456:fakeTelegramTokenForTests")
    cfg = _telegram_config(tmp_path, max_attempts=3, base_delay_s=60)  # the retry lies beyond the final drain
    assert main(["run", "--config", str(cfg), "--once"]) == 0
    assert "hijackwatch: 1 delivery still waiting for a retry; sent at the next start" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["0", "-3", "many"])
def test_eval_resamples_below_1_is_a_usage_error(tmp_path, capsys, value):
    from bot.detect.model import DEFAULT_MODEL

    path = write_jsonl(tmp_path / "l.jsonl", [make_post("1", "a", "Send BTC, double back", label=1),
                                              make_post("2", "b", "Lunch", label=0)])
    with pytest.raises(SystemExit) as info:
        main(["eval", str(path), "--against", str(DEFAULT_MODEL), "--resamples", value])
    assert info.value.code == 2
    assert "--resamples" in capsys.readouterr().err


@pytest.mark.parametrize("extra", [[], ["--json"], ["--against", "models/hijackwatch.skops"]])
def test_eval_without_labelled_posts_is_an_input_error(tmp_path, capsys, extra):
    path = write_jsonl(tmp_path / "u.jsonl", [make_post("1", "a", "Send BTC, double back"),
                                              make_post("2", "b", "Lunch")])
    against = [str(Path(__file__).parents[1] / extra[1])] if extra[:1] == ["--against"] else []
    assert main(["eval", str(path), *extra[:1], *against]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.strip() == f"hijackwatch: {path}: no labelled posts (2 unlabelled)"


def _one_class_file(tmp_path) -> Path:
    """Two scam posts (label 1), a post without a label and a malformed line."""
    path = write_jsonl(tmp_path / "pos.jsonl", [make_post(str(i), "a", f"Send BTC to {WALLET_2020}, double back!",
                                                         label=1) for i in (1, 2)] + [make_post("3", "b", "Lunch")])
    with open(path, "a", encoding="utf-8") as fh:
        fh.write("{not json\n")
    return path


def test_eval_of_one_class_says_the_curves_are_not_measured(tmp_path, capsys):
    assert main(["eval", str(_one_class_file(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "PR-AUC n/a  recall@FPR<=2% n/a (needs both positive and negative posts)" in out  # was 0.0000 and 0.0000
    assert out.splitlines()[0].endswith("; left out: 1 unlabelled post, 1 malformed line")


def test_eval_against_of_one_class_prints_n_a_without_a_numpy_warning(tmp_path, capsys):
    model = str(Path(__file__).parents[1] / "models" / "hijackwatch.skops")
    path = _one_class_file(tmp_path)
    assert main(["eval", str(path), "--against", model, "--resamples", "20"]) == 0
    out, err = capsys.readouterr()
    assert "RuntimeWarning" not in err and "nan" not in out  # were numpy's All-NaN warning and "+nan" columns
    assert "posts 2 in 1 cluster " in out
    assert "pr_auc" in out and out.split("pr_auc")[1].split()[:3] == ["n/a", "n/a", "n/a"]


def test_demo_never_resets_a_replay_of_its_stream_that_analysts_worked_in(tmp_path, capsys):
    # `replay bot/data/demo.jsonl` (or `run` on config.example.yaml) writes only the demo's posts, unmarked
    db = tmp_path / "hijackwatch.db"
    assert main(["replay", str(cli.DATA / "demo.jsonl"), "--db", str(db)]) == 0
    alert_id = capsys.readouterr().out.splitlines()[0].split('"')[3]
    assert main(["review", "dismiss", alert_id, "--note", "news", "--db", str(db)]) == 0
    assert main(["demo", "--db", str(db)]) == 2  # was reset, the verdict lost
    assert "was not made by `hijackwatch demo`" in capsys.readouterr().err
    s = Store(db)
    assert s.review_row(alert_id)["status"] == "dismissed"
    s.close()
    assert main(["demo", "--db", str(tmp_path / "demo.db")]) == 0
    assert "\nreview with: hijackwatch review list --db" in capsys.readouterr().out  # a line of its own


def test_review_list_refuses_an_unknown_status(tmp_path, capsys):
    from bot.review import queue

    with pytest.raises(SystemExit) as info:
        main(["review", "list", "--status", "bogus", "--db", str(tmp_path / "r.db")])
    assert info.value.code == 2 and "invalid choice: 'bogus'" in capsys.readouterr().err
    assert set(cli.REVIEW_STATUSES) == {*queue.STATUSES, "all"}  # the parser's copy stays in step


def test_lists_import_reports_skipped_entries(tmp_path, capsys):
    path = tmp_path / "domains.json"
    path.write_text(json.dumps(["evil-site.com", "hello world", "co.uk", "*.github.io", "notes.pdf"]))
    assert main(["lists", "import", str(path), "--db", str(tmp_path / "l.db")]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{path}: scamsniffer: 1 new block domains, 0 new allow domains, 0 new block wallets; "
                          "skipped 4 entries")
    store = Store(tmp_path / "l.db")
    try:
        assert [d for d, _ in store.list_entries("block_domain")] == ["evil-site.com"]
    finally:
        store.close()


def test_lists_import_refuses_prose(tmp_path, capsys):
    notes = tmp_path / "README.md"
    notes.write_text("# Notes\n\nRead example.com first.\nThen the rest.\nfinal_report.pdf\nsee evil.com\n")
    assert main(["lists", "import", str(notes), "--db", str(tmp_path / "l.db")]) == 2
    assert capsys.readouterr().err.startswith(f"hijackwatch: {notes}: no domain or address found")


def test_demo_never_resets_a_file_it_did_not_make(tmp_path, capsys):
    real = tmp_path / "prod.db"
    Store(real).close()  # a real hijackwatch database, say
    before = real.read_bytes()
    assert main(["demo", "--db", str(real)]) == 2
    assert "exists and was not made by `hijackwatch demo`" in capsys.readouterr().err
    assert real.read_bytes() == before
    (tmp_path / "dir").mkdir()
    assert main(["demo", "--db", str(tmp_path / "dir")]) == 2  # was an IsADirectoryError traceback
    assert main(["demo", "--keep", "--db", str(real)]) == 2  # nor writes demo alerts into it
    assert real.read_bytes() == before
    demo = tmp_path / "demo.db"
    assert main(["demo", "--db", str(demo)]) == 0
    s = Store(demo)
    s.db.execute("DELETE FROM meta WHERE key = 'made_by'")  # as a demo database made before the mark
    s.db.conn.commit()
    s.close()
    assert main(["demo", "--db", str(demo)]) == 0  # its own database (only demo posts): reset, the same alerts again
    s = Store(demo)
    assert s.count("alerts") == 15
    s.close()


def test_console_notifier_takes_only_its_severity_and_groups(tmp_path, capsys, takeover_wave):
    # the wave fires three HIGH alerts about @elonmusk, @billgates and @barackobama; @cnn never alerts
    posts = write_jsonl(tmp_path / "p.jsonl", takeover_wave)
    routes = {"all": "", "critical only": "    min_severity: critical\n", "news only": "    groups: [news]\n"}
    shown = {}
    for n, (name, route) in enumerate(routes.items()):
        cfg = tmp_path / f"c{n}.yaml"
        cfg.write_text(f"database: {tmp_path / f'hw{n}.db'}\ngroups:\n  news: [cnn]\nsources:\n  - type: replay\n"
                       f"    path: {posts}\n    speed: 0\nnotifiers:\n  - type: console\n{route}")
        assert main(["run", "--config", str(cfg), "--once"]) == 0
        shown[name] = capsys.readouterr().out.count(" alert ")
    assert shown == {"all": 3, "critical only": 0, "news only": 0}


def test_replay_fails_on_a_missing_secret_before_scoring_anything(tmp_path, capsys, takeover_wave, monkeypatch):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    posts = write_jsonl(tmp_path / "p.jsonl", takeover_wave)
    cfg = tmp_path / "tg.yaml"
    cfg.write_text('notifiers:\n  - type: telegram\n    chat_id: "1"\n')
    assert main(["replay", str(posts), "--db", str(tmp_path / "hw.db"), "--config", str(cfg)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "TELEGRAM_BOT_TOKEN is not set" in err  # it used to print every alert first


def test_a_db_that_is_not_a_database_is_bad_usage(tmp_path, capsys, takeover_wave):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n" * 200)
    posts = write_jsonl(tmp_path / "p.jsonl", takeover_wave)
    assert main(["replay", str(posts), "--db", str(notes)]) == 2
    assert "notes.txt: not a database" in capsys.readouterr().err


def test_eval_by_a_field_no_post_has_is_an_input_error(tmp_path, capsys):
    posts = write_jsonl(tmp_path / "p.jsonl", [make_post("1", "a", "hi")])
    data = [json.loads(x) | {"label": 0} for x in posts.read_text().splitlines()]
    posts.write_text("".join(json.dumps(d) + "\n" for d in data))
    assert main(["eval", str(posts), "--by", "knd"]) == 2
    assert "no labelled post has a field 'knd'" in capsys.readouterr().err
    assert main(["eval", str(posts), "--by", "lang"]) == 0


def test_the_cli_review_statuses_are_the_queue_statuses_and_all():
    # the CLI keeps its own copy (it imports the review queue lazily); this keeps the copy honest
    from bot.review import queue

    assert cli.REVIEW_STATUSES == (*queue.STATUSES, "all")


# -- check-config: the secrets and the model a run needs ----------------------------------------------
SECRET_NAMES = ("X_BEARER_TOKEN", "MASTODON_ACCESS_TOKEN", "TELEGRAM_BOT_TOKEN", "SLACK_BOT_TOKEN",
                "SLACK_SIGNING_SECRET", "HIJACKWATCH_REVIEW_TOKEN")
NEEDY = ("sources:\n  - type: x\n    accounts: [a]\n  - type: mastodon\n    api_base_url: https://m.example\n"
         "    access_token: {file: masto.tok}\nnotifiers:\n  - type: telegram\n    chat_id: '1'\n"
         "  - type: slack\n    channel: '#alerts'\n")


@pytest.fixture
def no_secrets(monkeypatch):
    """None of the default secret variables set, whatever the machine running the tests has."""
    for name in SECRET_NAMES:
        monkeypatch.delenv(name, raising=False)


def test_check_config_names_each_unusable_secret_and_never_prints_a_value(tmp_path, capsys, monkeypatch, no_secrets):
    values = {name: f"s3cret-{name.lower()}-value" for name in SECRET_NAMES}
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", " \n")  # blank: unusable
    (tmp_path / "masto.tok").write_text("s3cret-from-a-file\n")
    cfg = tmp_path / "c.yaml"
    cfg.write_text(NEEDY)
    assert main(["check-config", str(cfg)]) == 2
    out, err = capsys.readouterr()
    assert err == f"hijackwatch: {cfg}: notifiers.0.bot_token: environment variable TELEGRAM_BOT_TOKEN is empty\n"
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", values["TELEGRAM_BOT_TOKEN"])
    assert main(["check-config", str(cfg)]) == 0
    ok, quiet = capsys.readouterr()
    assert ok.startswith(f"{cfg}: ok (2 sources, 2 notifiers") and quiet == ""
    for value in [*values.values(), "s3cret-from-a-file"]:
        assert value not in out + err + ok + quiet


def test_check_config_reports_every_missing_secret_with_its_variable_or_file(tmp_path, capsys, no_secrets):
    cfg = tmp_path / "c.yaml"
    cfg.write_text(NEEDY)
    assert main(["check-config", str(cfg)]) == 2
    out, err = capsys.readouterr()
    lines = [l for l in err.splitlines() if not l.startswith("hijackwatch: note:")]
    assert out == "" and lines == [
        f"hijackwatch: {cfg}: sources.0.bearer_token: environment variable X_BEARER_TOKEN is not set",
        f"hijackwatch: {cfg}: sources.1.access_token: cannot read secret file {tmp_path / 'masto.tok'}",
        f"hijackwatch: {cfg}: notifiers.0.bot_token: environment variable TELEGRAM_BOT_TOKEN is not set",
        f"hijackwatch: {cfg}: notifiers.1.bot_token: environment variable SLACK_BOT_TOKEN is not set (a Slack "
        "notifier needs bot_token or webhook_url)"]
    assert f"hijackwatch: note: {cfg}: review.token: environment variable HIJACKWATCH_REVIEW_TOKEN is not set" in err


def test_check_config_no_secrets_validates_a_file_where_the_secrets_are_not(tmp_path, capsys, no_secrets):
    # a CI job checks the deployment's config file, without its secrets
    cfg = tmp_path / "c.yaml"
    cfg.write_text(NEEDY)
    assert main(["check-config", "--no-secrets", str(cfg)]) == 0
    out, err = capsys.readouterr()
    assert out.rstrip().endswith("; not checked: secrets") and err == ""
    cfg.write_text(NEEDY + "detect:\n  threshold: true\n")  # the file itself is still validated
    assert main(["check-config", "--no-secrets", str(cfg)]) == 2


@pytest.mark.parametrize("model, expect", [("gone.skops", "no model file at"),
                                           ("junk.skops", "junk.skops: cannot load model: BadZipFile")])
def test_check_config_reports_a_missing_or_unloadable_model(tmp_path, capsys, model, expect):
    (tmp_path / "junk.skops").write_bytes(b"PK not really a zip")
    cfg = tmp_path / "c.yaml"
    cfg.write_text(f"detect:\n  model_path: {model}\n")
    assert main(["check-config", "--no-secrets", str(cfg)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"hijackwatch: {cfg}: detect.model_path: ") and expect in err and err.count("\n") == 1
    assert main(["check-config", "--no-secrets", "--no-model", str(cfg)]) == 0
