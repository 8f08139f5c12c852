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
