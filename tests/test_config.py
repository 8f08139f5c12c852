import pytest

from bot.config import ConfigError, load_config, secret, SecretRef


def write(tmp_path, text):
    p = tmp_path / "c.yaml"
    p.write_text(text)
    return p


def test_example_config_is_valid(tmp_path):
    from pathlib import Path

    cfg = load_config(Path(__file__).parent.parent / "config.example.yaml")
    assert cfg.sources and cfg.notifiers


@pytest.mark.parametrize("text, expect", [
    ("sources:\n  - type: replay\n    path: a.jsonl\n    speeed: 1\n", "sources.0.speeed: unknown key"),
    ("detect:\n  threshold: high\n", "detect.threshold: Input should be a valid number"),
    ("detect:\n  threshold: 3\n", "detect.threshold: Input should be less than or equal to 1"),
    ("notifiers:\n  - type: telegram\n", "notifiers.0.chat_id: Field required"),
    ("sources:\n  - type: carrier-pigeon\n", "sources.0"),
    ("detect: [\n", "invalid YAML"),
    ("- 1\n- 2\n", "top level must be a mapping"),
    ("bogus: 1\n", "bogus: unknown key"),
])
def test_bad_configs_name_file_and_key_path(tmp_path, text, expect):
    p = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_config(p)
    msg = str(err.value)
    assert msg.startswith(str(p)) and expect in msg and "\n" not in msg


def test_relative_paths_resolve_against_config_file(tmp_path):
    p = write(tmp_path, "database: db/hw.db\nsources:\n  - type: replay\n    path: posts.jsonl\n")
    cfg = load_config(p)
    assert cfg.database == tmp_path / "db/hw.db" and cfg.sources[0].path == tmp_path / "posts.jsonl"


def test_relative_secret_files_resolve_against_config_file(tmp_path, monkeypatch):
    (tmp_path / "review.tok").write_text("review-secret\n")
    (tmp_path / "tg.tok").write_text("tg-secret\n")
    p = write(tmp_path, "review:\n  token: {file: review.tok}\nnotifiers:\n  - type: telegram\n    chat_id: '1'\n"
                        "    bot_token: {env: HW_UNSET_VAR, file: tg.tok}\n"
                        "sources:\n  - type: x\n    bearer_token: {file: /abs/x.tok}\n")
    monkeypatch.chdir(tmp_path.parent)
    cfg = load_config(p)
    assert cfg.review.token.file == tmp_path / "review.tok"
    assert secret(cfg.review.token, "review.token") == "review-secret"
    assert secret(cfg.notifiers[0].bot_token, "notifiers.telegram.bot_token") == "tg-secret"
    assert cfg.notifiers[0].bot_token.env == "HW_UNSET_VAR"
    assert str(cfg.sources[0].bearer_token.file) == "/abs/x.tok"  # absolute paths stay


def test_missing_config_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read config"):
        load_config(tmp_path / "nope.yaml")


def test_secret_from_env_and_file_and_missing(tmp_path, monkeypatch):
    monkeypatch.setenv("HW_TEST_TOKEN", "s3cr3t-value")
    assert secret(SecretRef(env="HW_TEST_TOKEN"), "x") == "s3cr3t-value"
    f = tmp_path / "tok"
    f.write_text("from-file\n")
    assert secret(SecretRef(env="HW_UNSET_VAR", file=f), "x") == "from-file"
    with pytest.raises(ConfigError) as err:
        secret(SecretRef(env="HW_UNSET_VAR"), "notifiers.telegram.bot_token")
    assert "HW_UNSET_VAR" in str(err.value) and "notifiers.telegram.bot_token" in str(err.value)


def test_watched_accounts_come_from_groups_and_sources(tmp_path):
    p = write(tmp_path, "groups:\n  heads: ['@BarackObama']\nsources:\n  - type: x\n    accounts: [elonmusk]\n")
    assert load_config(p).watched() == {"barackobama", "elonmusk"}


def test_every_commented_example_section_is_valid(tmp_path, monkeypatch):
    """Uncomment the optional sources/notifiers of config.example.yaml: each documented key must exist."""
    import re
    from pathlib import Path

    text = (Path(__file__).parent.parent / "config.example.yaml").read_text()
    out = [re.sub(r"^(\s*)# (- type: .*|  [a-z_]+: .*|  # .*|  #\s*$)", r"\1\2", line) for line in text.splitlines()]
    p = tmp_path / "full.yaml"
    p.write_text("\n".join(out))
    cfg = load_config(p)
    assert {s.type for s in cfg.sources} == {"replay", "x", "bluesky", "mastodon"}
    assert {n.type for n in cfg.notifiers} == {"console", "review", "telegram", "slack"}


# -- numbers: no booleans, nothing infinite -----------------------------------------------------------
def _is_number(tp) -> bool:
    from typing import Annotated, get_args, get_origin

    return (get_args(tp)[0] if get_origin(tp) is Annotated else tp) in (int, float)


def _numeric_fields():
    """(model class, field name, a boolean given where the field wants a number) for every config model."""
    from typing import get_args, get_origin

    from bot.config import Strict

    classes, seen = [Strict], []
    while classes:
        cls = classes.pop()
        classes += cls.__subclasses__()
        for name, field in cls.model_fields.items():
            if _is_number(field.annotation) and name not in dict(cls.__base__.model_fields):
                seen.append((cls, name, True))
            elif get_origin(field.annotation) is list and _is_number(get_args(field.annotation)[0]):
                seen.append((cls, name, [True]))
    return seen


def test_every_numeric_field_of_every_config_section_refuses_booleans():
    # pydantic's lax mode reads true as 1; a field added later with a plain `float` would let it in again
    from pydantic import ValidationError

    fields = _numeric_fields()
    assert len(fields) >= 20, fields
    for cls, name, value in fields:
        with pytest.raises(ValidationError) as err:
            cls.model_validate({name: value})
        assert any(e["loc"][0] == name and e["type"] == "number_not_bool" for e in err.value.errors()), (cls, name)


def test_threshold_takes_numbers_and_numeric_strings_but_not_booleans(tmp_path):
    for text, value in (("1", 1.0), ("0", 0.0), ("0.5", 0.5), ('"0.5"', 0.5), ("'1'", 1.0)):
        assert load_config(write(tmp_path, f"detect:\n  threshold: {text}\n")).detect.threshold == value
    for text in ("true", "false", "yes", "off"):  # YAML 1.1: yes/no/on/off are booleans too
        with pytest.raises(ConfigError, match="detect.threshold: Input should be a number, not (true|false)"):
            load_config(write(tmp_path, f"detect:\n  threshold: {text}\n"))


@pytest.mark.parametrize("text, key, number", [
    ("outbox:\n  max_attempts: {}\n", "outbox.max_attempts", "2"),
    ("review:\n  port: {}\n", "review.port", "8080"),
    ("sources:\n  - type: replay\n    path: a.jsonl\n    speed: {}\n", "sources.0.speed", "0"),
    ("notifiers:\n  - type: telegram\n    chat_id: '1'\n    allowed_user_ids: [1, {}]\n",
     "notifiers.0.allowed_user_ids.1", "2"),
])
def test_a_boolean_where_a_number_belongs_names_its_key_path(tmp_path, text, key, number):
    for boolean in ("true", "off"):
        with pytest.raises(ConfigError, match=f"{key}: Input should be a number, not"):
            load_config(write(tmp_path, text.format(boolean)))
    assert load_config(write(tmp_path, text.format(number)))


@pytest.mark.parametrize("text, key", [
    ("outbox:\n  max_delay_s: .inf\n", "outbox.max_delay_s"),
    ("notifiers:\n  - type: slack\n    timeout_s: .inf\n", "notifiers.0.timeout_s"),  # round(inf) crashed `run`
    ("sources:\n  - type: x\n    poll_interval_s: .inf\n", "sources.0.poll_interval_s"),
])
def test_infinite_numbers_are_refused(tmp_path, text, key):
    with pytest.raises(ConfigError, match=f"{key}: Input should be a finite number"):
        load_config(write(tmp_path, text))


@pytest.mark.parametrize("ref", ["{}", "{env: ''}"])
def test_a_secret_reference_needs_env_or_file(tmp_path, ref):
    # it used to pass validation (and check-config --no-secrets) and fail only when a run read it
    text = f"notifiers:\n  - type: telegram\n    chat_id: '1'\n    bot_token: {ref}\n"
    with pytest.raises(ConfigError, match="notifiers.0.bot_token: a secret needs env .* or file"):
        load_config(write(tmp_path, text))


# -- what a run needs beyond the file (check-config) ----------------------------------------------------
def test_check_resources_names_every_unusable_secret_by_key_path(tmp_path, monkeypatch):
    from bot.config import check_resources

    for name in ("X_BEARER_TOKEN", "SLACK_BOT_TOKEN", "HW_UNSET_VAR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HW_SLACK", "xoxb-readable")
    (tmp_path / "empty.tok").write_text("\n")
    cfg = load_config(write(tmp_path, "sources:\n  - type: x\n  - type: mastodon\n    api_base_url: https://m.example\n"
                                      "    access_token: {file: empty.tok}\n  - type: bluesky\n"
                                      "notifiers:\n  - type: telegram\n    chat_id: '1'\n"
                                      "    bot_token: {env: HW_UNSET_VAR, file: missing.tok}\n  - type: slack\n"
                                      "  - type: slack\n    bot_token: {env: HW_SLACK}\n  - type: slack\n"
                                      "    webhook_url: {env: HW_SLACK}\n  - type: console\n"))
    lines = [f.line for f in check_resources(cfg, model=False) if f.blocking]
    assert lines == ["sources.0.bearer_token: environment variable X_BEARER_TOKEN is not set",
                     f"sources.1.access_token: secret file {tmp_path / 'empty.tok'} is empty",
                     f"notifiers.0.bot_token: cannot read secret file {tmp_path / 'missing.tok'}, and environment variable "
                     "HW_UNSET_VAR is not set or empty",
                     "notifiers.1.bot_token: environment variable SLACK_BOT_TOKEN is not set (a Slack notifier "
                     "needs bot_token or webhook_url)",
                     "notifiers.2.channel: required with a bot token"]  # notifiers.3 sends with its webhook


def test_check_resources_notes_what_only_serve_needs_and_skips_what_it_is_told(tmp_path, monkeypatch):
    from bot.config import check_resources

    monkeypatch.delenv("HIJACKWATCH_REVIEW_TOKEN", raising=False)
    monkeypatch.delenv("SLACK_SIGNING_SECRET", raising=False)
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-readable")
    cfg = load_config(write(tmp_path, "notifiers:\n  - type: slack\n    channel: '#a'\n"))
    found = check_resources(cfg, model=False)
    assert [f.blocking for f in found] == [False, False]
    assert "notifiers.0.signing_secret: environment variable SLACK_SIGNING_SECRET is not set" in found[0].line
    assert found[1].line.startswith("review.token: environment variable HIJACKWATCH_REVIEW_TOKEN is not set; only")
    assert check_resources(cfg, secrets=False, model=False) == []


def test_check_resources_loads_the_model(tmp_path):
    from bot.config import check_resources

    (tmp_path / "junk.skops").write_bytes(b"not a zip")
    for name, expect in (("gone.skops", "detect.model_path: no model file at"),
                         ("junk.skops", "detect.model_path: " + str(tmp_path / "junk.skops") + ": cannot load model")):
        cfg = load_config(write(tmp_path, f"detect:\n  model_path: {name}\n"))
        (finding,) = check_resources(cfg, secrets=False)
        assert finding.blocking and finding.line.startswith(expect), finding
    assert check_resources(load_config(write(tmp_path, "")), secrets=False) == []  # the bundled model loads


@pytest.mark.parametrize("written, kept", [("-1001234567890", "-1001234567890"), ("'-1001234567890'", "-1001234567890"),
                                           ("'@alerts'", "@alerts")])
def test_a_telegram_chat_id_may_be_written_unquoted(tmp_path, written, kept):
    # YAML reads an unquoted negative group id as a number; the Bot API takes it as text all the same
    cfg = load_config(write(tmp_path, f"notifiers:\n  - type: telegram\n    chat_id: {written}\n"))
    assert cfg.notifiers[0].chat_id == kept


def test_a_telegram_chat_id_is_not_a_boolean(tmp_path):
    with pytest.raises(ConfigError, match="notifiers.0.chat_id"):
        load_config(write(tmp_path, "notifiers:\n  - type: telegram\n    chat_id: true\n"))


def test_bluesky_takes_no_login_it_would_not_use(tmp_path):
    # Jetstream and the public AppView need no account: a handle/app password in the file would be a secret kept
    # for nothing, so it is refused like any unknown key
    with pytest.raises(ConfigError, match="sources.0.app_password"):
        load_config(write(tmp_path, "sources:\n  - type: bluesky\n    app_password: {env: BSKY_PW}\n"))


def test_a_secret_with_env_and_file_both_unusable_names_both(tmp_path, monkeypatch):
    monkeypatch.delenv("HW_NOPE", raising=False)
    with pytest.raises(ConfigError) as err:
        secret(SecretRef(env="HW_NOPE", file=tmp_path / "missing.tok"), "notifiers.0.bot_token")
    assert "missing.tok" in str(err.value) and "HW_NOPE" in str(err.value)


def test_check_resources_names_a_replay_file_that_is_not_there(tmp_path):
    from bot.config import check_resources

    (tmp_path / "here.jsonl").write_text("")
    cfg = load_config(write(tmp_path, "sources:\n  - type: replay\n    path: here.jsonl\n"
                                      "  - type: replay\n    name: r2\n    path: nope.jsonl\n"))
    assert [f.line for f in check_resources(cfg, secrets=False, model=False)] == [
        f"sources.1.path: no readable file at {tmp_path / 'nope.jsonl'}"]
