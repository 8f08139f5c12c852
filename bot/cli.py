"""The `hijackwatch` command: thin wrappers that load config, call one library function, and
turn the project's own errors into a one-line message and an exit code (0 ok, 1 operational,
2 bad usage/config/input)."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
import warnings
from pathlib import Path
from typing import Callable

from . import __version__
from .errors import ConfigError, HijackwatchError, InputError

DATA = Path(__file__).parent / "data"
DEMO_DB = Path("hijackwatch-demo.db")
REPLAY_BATCH = 128  # posts per pipeline call in a replay: one model call each; 256 doubled p50 latency


def _err(msg: str) -> None:
    print(f"hijackwatch: {msg}", file=sys.stderr, flush=True)


def _n(count: int, noun: str, plural: str = "") -> str:
    """'1 post', '2 posts', '1,204 posts' ('1 entry', '2 entries' with plural="entries")."""
    return f"{count:,} {noun if count == 1 else plural or noun + 's'}"


def _load(args):
    from .config import load_config

    return load_config(getattr(args, "config", None))


def _check_input(path) -> None:
    """Fail fast (exit 2) on an unreadable input file, before loading any model."""
    from .jsonl import open_input

    if str(path) != "-":
        open_input(path)[0].close()


def _model(cfg):
    """The trained model, or None (rules only) when none is installed."""
    from .detect import model as model_mod

    return model_mod.load_model(cfg.detect.model_path, on_warning=_err)


def _settle(pipe):
    """A pipeline ready for a long run: its database checkpoints in a thread of its own, and everything
    start-up made is kept out of the garbage collector's full passes.

    Modules, compiled patterns and the model never become garbage, yet a full collection walks them all: about
    100 ms on the replay benchmark, and an alert whose batch meets one waits that long (bench/replay.py)."""
    import gc

    pipe.store.checkpoint_in_background()
    gc.collect()
    gc.freeze()
    return pipe


def _scorer(cfg):
    from .pipeline import Pipeline
    from .store import Store

    return Pipeline.from_config(cfg, Store(":memory:"), model=_model(cfg)).scorer


# -- commands --------------------------------------------------------------------------------
def cmd_score(args) -> int:
    from .jsonl import ReadStats, read_posts
    from .notify.render import reveal

    cfg = _load(args)
    _check_input(args.file)
    scorer = _scorer(cfg)
    stats = ReadStats()
    out = sys.stdout
    batch: list = []

    def flush() -> None:
        for v in scorer.score_many(batch):
            line = json.dumps({"id": v.post.id, "score": round(v.score, 4), "flagged": v.flagged,
                               "wallets": [w.to_json() for w in v.wallets], "domains": list(v.domains),
                               "reasons": v.reasons}, ensure_ascii=False)
            out.write(reveal(line, "\\u{:04x}") + "\n")  # C1 controls and bidi overrides as JSON escapes
        batch.clear()

    for post in read_posts(args.file, stats, on_problem=_err):
        batch.append(post)
        if len(batch) >= 512:
            flush()
    flush()
    out.flush()
    _err(f"scored {_n(stats.posts, 'post')}, skipped {_n(stats.skipped, 'malformed line')}")
    return 0


def _replay(path, db: Path, cfg, on_alert: Callable, progress: Callable[[int], None] | None = None):
    """Replay a post file into the database `db`; (pipeline stats, read stats). bench/replay.py calls it too."""
    from .store import Store

    store = Store(db)
    try:
        return _replay_into(store, path, cfg, on_alert, progress)
    finally:
        store.close()


def _replay_into(store, path, cfg, on_alert: Callable, progress: Callable[[int], None] | None = None):
    """Replay a post file through the pipeline into `store`, then deliver what it queued."""
    from .jsonl import ReadStats, read_posts
    from .pipeline import Pipeline

    outbox = _outbox_for(cfg, store)  # first: a missing secret fails before any post is scored
    pipe = _settle(Pipeline.from_config(cfg, store, model=_model(cfg), on_alert=on_alert))
    stats = ReadStats()
    batch: list = []
    for post in read_posts(path, stats, on_problem=_err):
        batch.append(post)
        if len(batch) >= REPLAY_BATCH:
            pipe.process_batch(batch)
            batch = []
            if progress:
                progress(stats.lines)
    pipe.process_batch(batch)
    pipe.close()
    if outbox is not None:  # deliver what the run queued
        import asyncio

        asyncio.run(outbox.drain())
    return pipe.stats, stats


def _dead_letters(store) -> set[str]:
    """Ids of the deliveries the outbox has given up on."""
    return {d["delivery_id"] for d in store.deliveries(status="dead")}


def _new_dead_letters(store, before: set[str]) -> dict[str, int]:
    """Deliveries dead-lettered since `before` was taken, counted per channel."""
    counts: dict[str, int] = {}
    for d in store.deliveries(status="dead"):
        if d["delivery_id"] not in before:
            counts[d["channel"]] = counts.get(d["channel"], 0) + 1
    return counts


def _delivery_failed(dead: dict[str, int]) -> int:
    """Exit 1 with one line when this run dead-lettered deliveries (a notifier unreachable after retries)."""
    if not dead:
        return 0
    channels = ", ".join(f"{ch} ({n:,})" for ch, n in sorted(dead.items()))
    _err(f"{_n(sum(dead.values()), 'delivery', 'deliveries')} failed after retries (dead letters) on {channels}; "
         "see `hijackwatch status`")
    return 1


def _outbox_for(cfg, store):
    """The outbox of the configured remote channels, secrets resolved; None when there is none."""
    from .notify.outbox import build_outbox
    from .pipeline import channels_from_config

    return build_outbox(cfg, store) if channels_from_config(cfg) else None


def cmd_replay(args) -> int:
    from .notify.console import alert_json
    from .store import Store

    cfg = _load(args)
    _check_input(args.file)
    db = Path(args.db) if args.db else cfg.database
    t0 = time.perf_counter()
    store = Store(db)
    try:
        dead_before = _dead_letters(store)
        stats, rstats = _replay_into(store, args.file, cfg, lambda a: print(alert_json(a), flush=True))
        dead = _new_dead_letters(store, dead_before)
    finally:
        store.close()
    _err(f"replayed {_n(rstats.posts, 'post')} ({rstats.skipped:,} malformed skipped) in "
         f"{time.perf_counter() - t0:.2f}s: {_n(stats.alerts, 'alert')}, {_n(len(stats.campaigns), 'campaign')}")
    return _delivery_failed(dead)


DEMO_MARK = ("made_by", "hijackwatch demo")  # a row of the database's meta table


def _is_demo_db(db: Path) -> bool:
    """A database the demo made: marked so, or (made before the mark) holding posts, only the demo's, and nothing
    a person did there."""
    import sqlite3

    try:
        con = sqlite3.connect(db.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM meta WHERE key = ?", [DEMO_MARK[0]]).fetchone()
            if row is not None:
                return row[0] == DEMO_MARK[1]
            # `replay` of the demo file, or `run` on config.example.yaml, writes the same posts: only what
            # analysts and notifiers added there tells such a database from an unmarked demo's
            used = con.execute("SELECT EXISTS (SELECT 1 FROM review WHERE status != 'pending') "
                               "OR EXISTS (SELECT 1 FROM lists) OR EXISTS (SELECT 1 FROM deliveries)").fetchone()[0]
            keys = set() if used else {k for (k,) in con.execute("SELECT key FROM posts")}
        finally:
            con.close()
    except sqlite3.Error:  # not a database, or not one of ours
        return False
    return bool(keys) and keys <= _demo_keys()


def _demo_keys() -> set[str]:
    from .jsonl import ReadStats, read_posts

    return {p.key for p in read_posts(DATA / "demo.jsonl", ReadStats())}


def _mark_demo_db(db: Path) -> None:
    """Create (or open) the demo's database and mark it as the demo's, so the next run may reset it."""
    from .store import Store

    store = Store(db)
    try:
        store.db["meta"].upsert({"key": DEMO_MARK[0], "value": DEMO_MARK[1]}, pk="key")
    finally:
        store.close()


def cmd_demo(args) -> int:
    from rich.console import Console
    from rich.progress import Progress

    from .config import Config
    from .notify.console import ConsoleNotifier

    db = Path(args.db)
    if db.exists() and not _is_demo_db(db):
        raise InputError(f"{db}: exists and was not made by `hijackwatch demo`, which writes the demo's posts and "
                         "alerts into its database (and resets it unless --keep); choose another --db")
    if not args.keep:
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
    _mark_demo_db(db)
    console = Console(stderr=False)
    demo = DATA / "demo.jsonl"
    total = sum(1 for _ in open(demo, "rb"))
    console.print(f"[b]hijackwatch demo[/b]: replaying {total:,} posts from {demo.name} into {db}")
    show = ConsoleNotifier()
    t0 = time.perf_counter()
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("replaying", total=total)
        stats, rstats = _replay(demo, db, Config(database=db), show,
                                lambda n: progress.update(task, completed=n))
    took = time.perf_counter() - t0
    console.print(f"[b]summary[/b]: {rstats.posts:,} posts, {stats.flagged} flagged, {stats.alerts} alerts "
                  f"({stats.campaign_alerts} campaign), {_n(len(stats.campaigns), 'campaign')}, {took:.2f}s")
    console.print(f"review with: hijackwatch review list --db {db}")
    return 0


def _eval_against(args, cfg) -> int:
    """`eval FILE --against MODEL`: the configured model (A) and MODEL (B) on the same posts."""
    from .compare import compare
    from .evaluate import label_of
    from .jsonl import ReadStats, read_posts

    other = cfg.model_copy(update={"detect": cfg.detect.model_copy(update={"model_path": Path(args.against)})})
    if args.by:
        raise InputError("--by and --against cannot be combined: compare the models first, then break one down")
    if not Path(args.against).is_file():
        raise ConfigError(f"{args.against}: no model file")
    posts = list(read_posts(args.file, ReadStats(), on_problem=_err))
    _require_labels(args.file, sum(label_of(p) is not None for p in posts), len(posts))
    try:
        with warnings.catch_warnings():  # a file of one class has no curve: its figures are NaN, shown as n/a
            warnings.filterwarnings("ignore", "All-NaN slice", RuntimeWarning)
            c = compare(posts, _scorer(cfg), _scorer(other), resamples=args.resamples)
    except ValueError as exc:
        raise InputError(f"{args.file}: {exc}") from None
    if args.json:
        print(json.dumps(c.to_json()))
        return 0
    print(f"posts {c.posts} in {_n(c.clusters, 'cluster')} ({c.cluster_field}); A {c.versions[0]}, B {c.versions[1]}")
    print(f"{'':20} {'A':>8} {'B':>8} {'B - A':>8}   95% interval ({c.resamples} cluster resamples)")
    for m, (a, b) in c.figures.items():
        d, lo, hi = c.differences[m]
        print(f"{m:20} {_fig(a):>8} {_fig(b):>8} {_fig(d, '+'):>8}   [{_fig(lo, '+')}, {_fig(hi, '+')}]")
    return 0


def _fig(value: float | None, sign: str = "") -> str:
    """A figure to four places, or "n/a" when it cannot be measured (None, NaN: a file without both classes)."""
    return "n/a" if value is None or value != value else format(value, f"{sign}.4f")


def _require_labels(path, labelled: int, total: int) -> None:
    """InputError when no post carries a label: figures over nothing would read as perfect scores."""
    if not labelled:
        raise InputError(f"{path}: no labelled posts ({total - labelled:,} unlabelled)")


def cmd_eval(args) -> int:
    from .evaluate import evaluate
    from .jsonl import ReadStats, read_posts

    cfg = _load(args)
    _check_input(args.file)
    if args.against:
        return _eval_against(args, cfg)
    stats = ReadStats()
    rep = evaluate(read_posts(args.file, stats, on_problem=_err), _scorer(cfg), stats, by=args.by)
    _require_labels(args.file, rep.posts, rep.posts + rep.unlabelled)
    if rep.by and set(rep.groups) == {"(none)"}:  # a misspelt field would print one group and look fine
        raise InputError(f"{args.file}: no labelled post has a field {rep.by!r} to break down by")
    if args.json:
        print(json.dumps(rep.to_json()))
        return 0
    _print_eval(rep)
    return 0


def _print_eval(rep) -> None:
    """The readable `eval` report."""
    d = rep.to_json()
    left_out = [_n(n, what) for n, what in ((rep.unlabelled, "unlabelled post"), (rep.skipped, "malformed line")) if n]
    print(f"posts {d['posts']} (positives {d['positives']}), model {d['model_version']}"
          + (f"; left out: {', '.join(left_out)}" if left_out else ""))
    curves = "" if rep.pr_auc is not None else " (needs both positive and negative posts)"
    print(f"precision {d['precision']:.4f}  recall {d['recall']:.4f}  F1 {d['f1']:.4f}  PR-AUC {_fig(d['pr_auc'])}"
          f"  recall@FPR<=2% {_fig(d['recall_at_2pct_fpr'])}{curves}")
    print(f"confusion tp={rep.tp} fp={rep.fp} fn={rep.fn} tn={rep.tn}")
    if rep.wallet_labelled:
        print(f"wallets precision {d['wallet_precision']:.4f} recall {d['wallet_recall']:.4f} "
              f"(tp={rep.wallet_tp} fp={rep.wallet_fp} fn={rep.wallet_fn}, {rep.wallet_labelled} labelled posts)")
    else:
        print("wallets: not measured (no post in the file has a `wallets` label)")
    if rep.by:
        print(f"by {rep.by} (flagged at the recommended threshold):")
        print("\n".join(rep.group_lines()))


def cmd_check_config(args) -> int:
    """Validate the file, then check the secrets and the model it names: one line each that is unusable."""
    from .config import check_resources, load_config

    cfg = load_config(args.file)
    found = check_resources(cfg, secrets=not args.no_secrets, model=not args.no_model)
    for f in found:  # a line names a key path and a variable or file, never a secret's value
        _err(f"{args.file}: {f.line}" if f.blocking else f"note: {args.file}: {f.line}")
    if any(f.blocking for f in found):
        return ConfigError.exit_code
    skipped = [what for what, off in (("secrets", args.no_secrets), ("model", args.no_model)) if off]
    print(f"{args.file}: ok ({_n(len(cfg.sources), 'source')}, {_n(len(cfg.notifiers), 'notifier')}, "
          f"database {cfg.database})" + (f"; not checked: {', '.join(skipped)}" if skipped else ""))
    return 0


def cmd_run(args) -> int:
    import asyncio

    from .pipeline import Pipeline
    from .runner import run
    from .sources import build_source
    from .store import Store

    cfg = _load(args)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s", stream=sys.stderr)
    store = Store(cfg.database)
    show = _console_sink(cfg)
    pipe = _settle(Pipeline.from_config(cfg, store, model=_model(cfg), on_alert=show))
    sources = [build_source(s, store, on_problem=_err) for s in cfg.sources]
    if not sources:
        raise InputError(f"{args.config}: sources: no source configured")
    outbox = _outbox_for(cfg, store)
    dead_before = _dead_letters(store)
    asyncio.run(run(pipe, sources, outbox=outbox, until_sources_end=args.once))
    if outbox is not None:
        _note_pending(store, outbox.notifiers)
    if not args.once:  # a service stopped by a signal stopped as asked; `status` and the log keep its dead letters
        return 0
    return _delivery_failed(_new_dead_letters(store, dead_before))


def _note_pending(store, channels) -> None:
    """Say what the final drain left for the next start: still being retried, so not a failure."""
    waiting = [d for d in store.deliveries(status="pending") if d["channel"] in channels]
    waiting += [d for d in store.deliveries(status="sending") if d["channel"] in channels]
    if waiting:
        _err(f"{_n(len(waiting), 'delivery', 'deliveries')} still waiting for a retry; sent at the next start")


def _console_sink(cfg):
    """Print alerts to stdout for each console notifier configured, as its min_severity and groups route them."""
    from .notify.console import ConsoleNotifier
    from .pipeline import Channel

    routes = [Channel("console", n.min_severity, cfg.accounts_of(n)) for n in cfg.notifiers if n.type == "console"]
    if not routes:
        return lambda alert: None
    show = ConsoleNotifier(sys.stdout)
    return lambda alert: show(alert) if any(r.wants(alert) for r in routes) else None


def cmd_review(args) -> int:
    from .review import queue

    cfg = _load(args)
    db = Path(args.db) if args.db else cfg.database
    out = queue.command(db, args.action, args.alert_id, note=args.note or "", by=args.by,
                        status=args.status, limit=args.limit, allow_domains=args.allow_domain or (),
                        allow_wallets=args.allow_wallet or ())
    print(out)
    return 0


def cmd_serve(args) -> int:
    from .config import secret
    from .review.web import serve

    cfg = _load(args)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s", stream=sys.stderr)
    db = Path(args.db) if args.db else cfg.database
    token = secret(cfg.review.token, "review.token")
    serve(cfg, db, host=args.host or cfg.review.host, port=args.port or cfg.review.port, token=token,
          secure_cookie=cfg.review.secure_cookie)
    return 0


def cmd_train(args) -> int:
    from .detect.train import train_command

    cfg = _load(args)
    print(train_command(cfg, db=Path(args.db) if args.db else cfg.database, out=args.out,
                        include_janitr=not args.no_janitr, db_given=bool(args.db)))
    return 0


def cmd_lists(args) -> int:
    from .detect.lists import parse_blocklist
    from .store import Store

    cfg = _load(args)
    bl = parse_blocklist(Path(args.file))
    store = Store(Path(args.db) if args.db else cfg.database)
    added = {kind: store.add_list_entries(kind, values, list_name=bl.name)
             for kind, values in (("block_domain", bl.domains), ("allow_domain", bl.allow_domains),
                                  ("block_wallet", bl.addresses))}
    store.close()
    print(f"{args.file}: {bl.name}: " + ", ".join(f"{n} new {k.replace('_', ' ')}s" for k, n in added.items())
          + f"; skipped {_n(bl.skipped, 'entry', 'entries')} (not an address, nor a domain on a known TLD that is "
          "not itself a public suffix)")
    return 0


def cmd_status(args) -> int:
    from .status import status_text
    from .store import Store, require_database

    cfg = _load(args)
    db = Path(args.db) if args.db else cfg.database
    require_database(db)
    store = Store(db)
    print(status_text(store, cfg))
    store.close()
    return 0


# -- parser ----------------------------------------------------------------------------------
CONFIG_HELP = "config file (default: built-in settings; every key is in config.example.yaml)"
DB_HELP = "database file (default: the config's `database`, hijackwatch.db)"
REVIEW_STATUSES = ("pending", "confirmed", "dismissed", "snoozed", "all")  # review.queue.STATUSES + all (lazy import)


def _port(text: str) -> int:
    """An argparse type: a TCP port, 1-65535."""
    value = _positive_int(text)
    if value > 65535:
        raise argparse.ArgumentTypeError(f"a port is 1-65535, got {value}")
    return value


def _positive_int(text: str) -> int:
    """An argparse type: a whole number of 1 or more (a usage error, exit 2, otherwise)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="hijackwatch", description="Account-compromise alerting for crypto-scam takeovers.")
    p.add_argument("--version", action="version", version=f"hijackwatch {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    s = sub.add_parser("demo", help="replay the bundled takeover demo through the whole pipeline")
    s.add_argument("--db", default=str(DEMO_DB), help=f"database path (default {DEMO_DB}, reset each run)")
    s.add_argument("--keep", action="store_true", help="keep an existing demo database")
    s.set_defaults(fn=cmd_demo)

    s = sub.add_parser("score", help="score posts one by one (JSONL in, one JSON object per post out)")
    s.add_argument("file", nargs="?", default="-", help="post file, or - for stdin")
    s.add_argument("--config", help=CONFIG_HELP)
    s.set_defaults(fn=cmd_score)

    s = sub.add_parser("replay", help="run the whole pipeline on a post file; alerts as JSON lines")
    s.add_argument("file")
    s.add_argument("--db", help=DB_HELP)
    s.add_argument("--config", help=CONFIG_HELP)
    s.set_defaults(fn=cmd_replay)

    s = sub.add_parser("eval", help="precision/recall/PR-AUC of score on a labelled post file")
    s.add_argument("file")
    s.add_argument("--json", action="store_true")
    s.add_argument("--by", metavar="FIELD", help="also break recall and false positives down by this post field "
                   "(e.g. kind, lang, platform)")
    s.add_argument("--against", metavar="MODEL", help="compare with this model file: both models' figures and "
                   "the difference with a 95%% bootstrap interval (story families or near-duplicate groups resampled)")
    s.add_argument("--resamples", type=_positive_int, default=1000,
                   help="bootstrap resamples for --against (default 1000)")
    s.add_argument("--config", help=CONFIG_HELP)
    s.set_defaults(fn=cmd_eval)

    s = sub.add_parser("run", help="watch the configured sources until interrupted")
    s.add_argument("--config", required=True)
    s.add_argument("--once", action="store_true", help="stop when every source has ended (replay sources)")
    s.set_defaults(fn=cmd_run)

    s = sub.add_parser("check-config", help="validate a config file and the secrets and model it names, "
                       "without running")
    s.add_argument("file")
    s.add_argument("--no-secrets", action="store_true",
                   help="do not read the secrets (e.g. in CI, where they are not set)")
    s.add_argument("--no-model", action="store_true", help="do not look for and load the model file")
    s.set_defaults(fn=cmd_check_config)

    s = sub.add_parser("review", help="the manual review queue: list, show, confirm, dismiss, snooze")
    s.add_argument("action", choices=["list", "show", "confirm", "dismiss", "snooze"])
    s.add_argument("alert_id", nargs="?")
    s.add_argument("--note", help="a note kept with the decision (an empty one keeps the earlier note)")
    s.add_argument("--by", default="cli", help="who decides, as recorded (default cli)")
    s.add_argument("--status", default="pending", choices=REVIEW_STATUSES, help="list: which alerts (default pending)")
    s.add_argument("--limit", type=_positive_int, default=50, help="list: at most this many (default 50)")
    s.add_argument("--allow-domain", action="append", metavar="DOMAIN",
                   help="dismiss: also allowlist this domain of the alert (repeatable)")
    s.add_argument("--allow-wallet", action="append", metavar="ADDRESS",
                   help="dismiss: also allowlist this wallet of the alert (repeatable)")
    s.add_argument("--db", help=DB_HELP)
    s.add_argument("--config", help=CONFIG_HELP)
    s.set_defaults(fn=cmd_review)

    s = sub.add_parser("serve", help="the review web page (binds 127.0.0.1, needs the review token)")
    s.add_argument("--host")
    s.add_argument("--port", type=_port)
    s.add_argument("--db", help=DB_HELP)
    s.add_argument("--config", help=CONFIG_HELP)
    s.set_defaults(fn=cmd_serve)

    s = sub.add_parser("train", help="train the post classifier from the corpus and analysts' verdicts")
    s.add_argument("--out", help="model file (default models/hijackwatch.skops)")
    s.add_argument("--no-janitr", action="store_true", help="leave out the janitr X posts")
    s.add_argument("--db", help="database whose review verdicts join the training data")
    s.add_argument("--config", help=CONFIG_HELP)
    s.set_defaults(fn=cmd_train)

    s = sub.add_parser("lists", help="import public block lists (eth-phishing-detect, ScamSniffer, CryptoScamDB)")
    s.add_argument("action", choices=["import"])
    s.add_argument("file")
    s.add_argument("--db", help=DB_HELP)
    s.add_argument("--config", help=CONFIG_HELP)
    s.set_defaults(fn=cmd_lists)

    s = sub.add_parser("status", help="source freshness, checkpoints, outbox and dead letters")
    s.add_argument("--db", help=DB_HELP)
    s.add_argument("--config", help=CONFIG_HELP)
    s.set_defaults(fn=cmd_status)
    return p


def _one_line(exc: HijackwatchError, config: str | None) -> str:
    """The error's first line; a config error names the config file when it does not already."""
    msg = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
    if isinstance(exc, ConfigError) and config and not msg.startswith(str(config)):
        msg = f"{config}: {msg}"
    return msg


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.fn(args)
    except HijackwatchError as exc:
        _err(_one_line(exc, getattr(args, "config", None)))
        return exc.exit_code
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
