"""Typed configuration, loaded and validated once at start.

Unknown keys are rejected; every error names the file and the key path. Secrets are never
stored in the file: a config names the environment variable (``env:``) or secret file
(``file:``) that holds them, and `secret()` reads it at the edge; `check_resources()` tries them all
(and the model) for `check-config`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any, Callable, Literal, NamedTuple, Union

import yaml
from pydantic import AllowInfNan, BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, model_validator
from pydantic_core import PydanticCustomError

from .errors import ConfigError

Severity = Literal["low", "medium", "high", "critical"]


def _not_bool(value: Any) -> Any:
    """Refuse true/false where a number belongs: pydantic's lax mode would read them as 1 and 0."""
    if isinstance(value, bool):
        raise PydanticCustomError("number_not_bool", "Input should be a number, not {value} (YAML reads true/false, "
                                  "yes/no and on/off as booleans)", {"value": str(value).lower()})
    return value


def _chat_id(value: Any) -> Any:
    """A Telegram chat id written unquoted (`chat_id: -1001234567890`) is read by YAML as a number: keep it as text."""
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


# Every number in the config is one of these: no booleans, and (floats) no .inf/.nan, which no setting means.
# Numeric strings ("0.5") stay accepted, as pydantic's lax mode reads them.
Float = Annotated[float, BeforeValidator(_not_bool), AllowInfNan(False)]
Int = Annotated[int, BeforeValidator(_not_bool)]


class Strict(BaseModel):
    """Base for every config section: unknown keys are an error, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class SecretRef(Strict):
    """Where a secret lives: an environment variable or a file (e.g. a Docker/K8s secret)."""

    env: str | None = None
    file: Path | None = None

    @model_validator(mode="after")
    def _names_a_place(self) -> "SecretRef":
        # `{}` or `{env: ""}` would pass here and fail only when a run reads the secret
        if not (self.env or self.file):
            raise PydanticCustomError("secret_ref_empty", "a secret needs env (a variable's name) or file (a path)")
        return self


class ReplaySource(Strict):
    type: Literal["replay"]
    name: str = "replay"
    path: Path
    speed: Float = Field(0.0, ge=0, description="0 = as fast as possible; 1 = real time")


class XSource(Strict):
    type: Literal["x"]
    name: str = "x"
    bearer_token: SecretRef = SecretRef(env="X_BEARER_TOKEN")
    accounts: list[str] = []
    poll_interval_s: Float = Field(60.0, gt=0)
    max_results: Int = Field(20, ge=5, le=100)
    stream: bool = False
    requests_per_window: Int = Field(900, gt=0, description="user-timeline budget per 15 min window")
    deleted_window_s: Float = Field(86_400.0, ge=0, description="re-check posts this young for deletion; 0 = off")


class BlueskySource(Strict):
    type: Literal["bluesky"]
    name: str = "bluesky"
    accounts: list[str] = []
    jetstream_url: str = "wss://jetstream2.us-east.bsky.network/subscribe"
    appview_url: str = "https://public.api.bsky.app"  # public: Jetstream and handle resolution need no login


class MastodonSource(Strict):
    type: Literal["mastodon"]
    name: str = "mastodon"
    api_base_url: str
    access_token: SecretRef = SecretRef(env="MASTODON_ACCESS_TOKEN")
    accounts: list[str] = []
    poll_interval_s: Float = Field(30.0, gt=0)
    streaming: bool | Literal["user", "public", "public:local"] = Field(
        False, description="stream this timeline (true = user); polling is the fallback when the instance refuses")
    deleted_window_s: Float = Field(86_400.0, ge=0, description="re-check polled statuses this young for deletion; 0 = off")
    deleted_checks_per_round: Int = Field(10, ge=0, description="at most this many GET /api/v1/statuses/:id per round")
    resync_interval_s: Float = Field(300.0, ge=0, description="while streaming, poll all accounts this often (profile "
                                     "changes and deletions reach no stream); 0 = only after each reconnection")


SourceConfig = Annotated[Union[ReplaySource, XSource, BlueskySource, MastodonSource], Field(discriminator="type")]


class Route(Strict):
    """Which alerts a channel receives."""

    min_severity: Severity = "low"
    groups: list[str] = []
    dedupe_window_s: Float = Field(3600.0, ge=0)


class ConsoleNotifier(Route):
    type: Literal["console"]


class ReviewNotifier(Route):
    type: Literal["review"]


class TelegramNotifier(Route):
    type: Literal["telegram"]
    bot_token: SecretRef = SecretRef(env="TELEGRAM_BOT_TOKEN")
    chat_id: Annotated[str, BeforeValidator(_chat_id)] = Field(description="a numeric id (-100…) or @channelname")
    allowed_user_ids: list[Int] = Field([], description="Telegram user ids allowed to press review buttons; empty: nobody")
    api_base_url: str = "https://api.telegram.org/bot"
    timeout_s: Float = Field(10.0, gt=0, description="HTTP connect/read timeout of one Bot API call")
    poll_timeout_s: Int = Field(30, ge=0, description="getUpdates long-poll timeout for button presses")
    poll_callbacks: bool = Field(True, description="poll getUpdates for button presses in `run` (off if a webhook is set)")


class SlackNotifier(Route):
    type: Literal["slack"]
    bot_token: SecretRef | None = SecretRef(env="SLACK_BOT_TOKEN")
    webhook_url: SecretRef | None = None
    channel: str | None = None
    signing_secret: SecretRef | None = SecretRef(env="SLACK_SIGNING_SECRET")
    base_url: str = "https://slack.com/api/"
    timeout_s: Float = Field(10.0, gt=0, description="HTTP timeout of one Web API call")
    allowed_user_ids: list[str] = Field([], description="Slack user ids allowed to press review buttons; empty: anyone")


NotifierConfig = Annotated[
    Union[ConsoleNotifier, ReviewNotifier, TelegramNotifier, SlackNotifier], Field(discriminator="type")
]


class DetectConfig(Strict):
    threshold: Float = Field(0.5, ge=0, le=1)
    campaign_window_s: Float = Field(7200.0, gt=0)
    campaign_min_accounts: Int = Field(2, ge=2)
    model_path: Path | None = None
    allow_domains: list[str] = []
    block_domains: list[str] = []
    allow_wallets: list[str] = []
    profile_min_posts: Int = Field(20, ge=1)


class OutboxConfig(Strict):
    max_attempts: Int = Field(8, ge=1)
    base_delay_s: Float = Field(1.0, gt=0)
    max_delay_s: Float = Field(300.0, gt=0)
    sending_lease_s: Float = Field(120.0, gt=0, description="a 'sending' row older than this is from a dead process")
    poll_interval_s: Float = Field(1.0, gt=0, description="how often `run` looks for new deliveries")


class ReviewConfig(Strict):
    host: str = "127.0.0.1"
    port: Int = Field(8787, ge=1, le=65535)
    token: SecretRef = SecretRef(env="HIJACKWATCH_REVIEW_TOKEN")
    secure_cookie: bool = Field(False, description="mark the login cookie Secure: set it when analysts reach the "
                                "page over HTTPS (TLS at a proxy in front); a browser then never sends it in clear")


class Config(Strict):
    """The whole configuration file."""

    database: Path = Path("hijackwatch.db")
    groups: dict[str, list[str]] = {}
    sources: list[SourceConfig] = []
    notifiers: list[NotifierConfig] = [ConsoleNotifier(type="console"), ReviewNotifier(type="review")]
    detect: DetectConfig = DetectConfig()
    outbox: OutboxConfig = OutboxConfig()
    review: ReviewConfig = ReviewConfig()

    def accounts_of(self, route: Route) -> frozenset[str]:
        """The handles a notifier's groups name (lowercase, without @); empty: the notifier takes every account."""
        return frozenset(h.lstrip("@").lower() for g in route.groups for h in self.groups.get(g, []))

    def watched(self) -> set[str]:
        """Every account handle named by a group or a source (lowercase, without @)."""
        names = {h for hs in self.groups.values() for h in hs}
        for src in self.sources:
            names.update(getattr(src, "accounts", []))
        return {n.lstrip("@").lower() for n in names}


def load_config(path: str | Path | None) -> Config:
    """Read and validate a YAML config; None gives the defaults. Relative paths resolve against the file."""
    if path is None:
        return Config()
    path = Path(path)
    data = _read_yaml(path)
    try:
        cfg = Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_describe(path, exc)) from None
    _check_groups(cfg, path)
    _check_names(cfg, path)
    return _resolve_paths(cfg, path.parent)


def _check_groups(cfg: Config, path: Path) -> None:
    """ConfigError naming a notifier group the file does not define: a misspelt group would name no account, and a
    notifier without accounts takes every account's alerts."""
    for i, n in enumerate(cfg.notifiers):
        for j, group in enumerate(n.groups):
            if group not in cfg.groups:
                known = ", ".join(sorted(cfg.groups)) or "none"
                raise ConfigError(f"{path}: notifiers.{i}.groups.{j}: unknown group {group!r} (groups defined: {known})")
        if n.groups and not cfg.accounts_of(n):
            raise ConfigError(f"{path}: notifiers.{i}.groups: its groups name no account (leave groups out to take "
                              "every watched account)")


class _UniqueKeys(yaml.SafeLoader):
    """The safe loader, refusing a key given twice in one mapping (YAML keeps the last one without a word)."""


def _unique_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict:
    seen: set[str] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if not isinstance(key, str):  # config keys are strings; anything else fails validation later
            continue
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node)


_UniqueKeys.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


def _check_names(cfg: Config, path: Path) -> None:
    """ConfigError when two sources share a name: logs and `status` tell sources apart by it."""
    seen: dict[str, int] = {}
    for i, src in enumerate(cfg.sources):
        if src.name in seen:
            raise ConfigError(f"{path}: sources.{i}.name: {src.name!r} is also sources.{seen[src.name]}'s name; "
                              "give each source a name of its own")
        seen[src.name] = i


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: cannot read config: not UTF-8 text (byte {exc.start})") from None
    try:
        data = yaml.load(text, Loader=_UniqueKeys)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"{path}:{where} invalid YAML: {problem}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: top level must be a mapping of keys, got {type(data).__name__}")
    return data


def _describe(path: Path, exc: ValidationError) -> str:
    """One line naming the file, the first bad key path and what to do."""
    err = exc.errors()[0]
    loc = _key_path(err["loc"])
    kind, msg = err["type"], err["msg"]
    if kind == "extra_forbidden":
        msg = "unknown key (remove it or check its spelling; see config.example.yaml)"
    more = f" (+{len(exc.errors()) - 1} more)" if len(exc.errors()) > 1 else ""
    return f"{path}: {loc or '<top>'}: {msg}{more}"


_TAGGED_LISTS = frozenset({"sources", "notifiers"})  # lists of discriminated unions (`type`)


def _key_path(loc: tuple[Any, ...]) -> str:
    """The error location as the user wrote it: "sources.0.path", not pydantic's "sources.0.replay.path"."""
    parts = list(loc)
    # pydantic inserts the discriminator value right after the list index of a tagged union, and only there
    if len(parts) > 2 and parts[0] in _TAGGED_LISTS and isinstance(parts[1], int) and _is_union_tag(parts[2]):
        del parts[2]
    return ".".join(str(p) for p in parts)


def _is_union_tag(part: Any) -> bool:
    return isinstance(part, str) and part in {"replay", "x", "bluesky", "mastodon", "console", "review", "telegram", "slack"}


def _resolve_paths(cfg: Config, base: Path) -> Config:
    """Relative paths (database, replay files, model, secret files) resolve against the config's folder."""
    def fix(p: Path | None) -> Path | None:
        return p if p is None or p.is_absolute() else base / p

    sources = [_fix_secret_files(s.model_copy(update={"path": fix(s.path)}) if isinstance(s, ReplaySource) else s, fix)
               for s in cfg.sources]
    notifiers = [_fix_secret_files(n, fix) for n in cfg.notifiers]
    detect = cfg.detect.model_copy(update={"model_path": fix(cfg.detect.model_path)})
    return cfg.model_copy(update={"database": fix(cfg.database), "sources": sources, "notifiers": notifiers,
                                  "detect": detect, "review": _fix_secret_files(cfg.review, fix)})


def _fix_secret_files(section: Strict, fix: Callable[[Path | None], Path | None]) -> Any:
    """The section with the `file` of each of its SecretRefs passed through `fix`."""
    update = {name: value.model_copy(update={"file": fix(value.file)})
              for name, value in section if isinstance(value, SecretRef) and value.file is not None}
    return section.model_copy(update=update) if update else section


def secret(ref: SecretRef | None, what: str) -> str:
    """Read a secret from its env var or file; ConfigError naming the variable (never the value)."""
    if ref is None:
        raise ConfigError(f"{what}: no secret configured")
    if ref.env:
        value = os.environ.get(ref.env)
        if value and value.strip():
            return value.strip()
        if not ref.file:
            state = "is not set" if value is None else "is empty"
            raise ConfigError(f"{what}: environment variable {ref.env} {state}")
    if ref.file:
        try:
            return _secret_file(ref.file, what)
        except ConfigError as exc:
            if ref.env:  # both were tried: say so, or the user looks only at the file
                raise ConfigError(f"{exc}, and environment variable {ref.env} is not set or empty") from None
            raise
    raise ConfigError(f"{what}: secret needs 'env' or 'file'")


def _secret_file(path: Path, what: str) -> str:
    """The stripped text of a secret file; ConfigError naming the key and file when it is unusable."""
    try:
        value = path.read_text(encoding="utf-8").strip()
    except OSError:
        raise ConfigError(f"{what}: cannot read secret file {path}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{what}: secret file {path} is not UTF-8 text") from None
    if not value:
        raise ConfigError(f"{what}: secret file {path} is empty")
    return value


# -- what a run needs beyond the file (check-config) ------------------------------------------------
class Finding(NamedTuple):
    """One line about something the file names but a run could not use; never holds a secret's value."""

    line: str  # "key.path: what is wrong"
    blocking: bool  # False: a note (only `serve` needs it, or a run falls back to rules only)


SERVE_ONLY = "only `hijackwatch serve` needs it"
_RUN_SECRETS = {"x": "bearer_token", "mastodon": "access_token", "telegram": "bot_token"}  # source/notifier type


def check_resources(cfg: Config, *, secrets: bool = True, model: bool = True) -> list[Finding]:
    """The secrets and the model a loaded config names that cannot be used (sources, notifiers, review, then the
    model); [] when all can."""
    found = _secret_findings(cfg) if secrets else []
    found += _replay_findings(cfg)
    return found + (_model_findings(cfg.detect.model_path) if model else [])


def _replay_findings(cfg: Config) -> list[Finding]:
    """Replay sources whose file cannot be read (`run` would end on it with exit 2)."""
    return [Finding(f"sources.{i}.path: no readable file at {src.path}", True) for i, src in enumerate(cfg.sources)
            if isinstance(src, ReplaySource) and not (src.path.is_file() and os.access(src.path, os.R_OK))]


def _secret_findings(cfg: Config) -> list[Finding]:
    """Every secret `run` and `replay` read that is missing, empty or unreadable; then `serve`'s, as notes."""
    sections = [(f"sources.{i}", s) for i, s in enumerate(cfg.sources)]
    sections += [(f"notifiers.{i}", n) for i, n in enumerate(cfg.notifiers)]
    found: list[Finding] = []
    for key, section in sections:
        if isinstance(section, SlackNotifier):
            found += _slack_findings(key, section)
        elif section.type in _RUN_SECRETS:
            name = _RUN_SECRETS[section.type]
            found += _unusable(getattr(section, name), f"{key}.{name}")
    return found + _unusable(cfg.review.token, "review.token", note=SERVE_ONLY)


def _slack_findings(key: str, n: SlackNotifier) -> list[Finding]:
    """A Slack notifier sends with its bot token (which needs a channel), or else with its webhook."""
    token = _unusable(n.bot_token, f"{key}.bot_token")
    signing = (_unusable(n.signing_secret, f"{key}.signing_secret", note=f"{SERVE_ONLY} to take button presses")
               if n.signing_secret else [])
    if not token:  # the token wins over the webhook, as SlackNotifier.from_config chooses
        channel = [] if n.channel else [Finding(f"{key}.channel: required with a bot token", True)]
        return channel + signing
    hook = _unusable(n.webhook_url, f"{key}.webhook_url")
    if not hook:
        return signing
    need = " (a Slack notifier needs bot_token or webhook_url)"
    return [Finding(f.line + need, True) for f in token + (hook if n.webhook_url else [])] + signing


def _unusable(ref: SecretRef | None, key: str, *, note: str = "") -> list[Finding]:
    """[] when the secret at `key` can be read, else the one line `secret()` gives (never the value)."""
    try:
        secret(ref, key)
    except ConfigError as exc:
        return [Finding(f"{exc}; {note}" if note else str(exc), blocking=not note)]
    return []


def _model_findings(path: Path | None) -> list[Finding]:
    """A model file that is named but missing, or that does not load (skops, trusted types only)."""
    from .detect.model import DEFAULT_MODEL, load_model

    if path is None and not DEFAULT_MODEL.is_file():  # a plain install without the bundled model: rules only
        return [Finding(f"detect.model_path: not set, and no bundled model at {DEFAULT_MODEL}; a run scores with "
                        "rules only", False)]
    if path is not None and not path.is_file():
        return [Finding(f"detect.model_path: no model file at {path} (a run would score with rules only)", True)]
    try:
        load_model(path)
    except ConfigError as exc:
        return [Finding(f"detect.model_path: {exc}", True)]
    return []
