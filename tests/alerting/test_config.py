"""Alerting configuration: the example jurisdiction's files load; mistakes say where they are."""

from __future__ import annotations

import pytest

from alerting.config import load_alerting_config
from alerting.errors import AlertingConfigError
from tests.alerting.conftest import write_config
from yuqing.errors import ConfigError
from yuqing.settings import EXAMPLE_JURISDICTION


def test_example_jurisdiction_config_is_valid():
    config = load_alerting_config(EXAMPLE_JURISDICTION)
    assert 3 <= len(config.levels.levels) <= 4
    assert all(lv.channels[0] == "desk_feed" for lv in config.levels.levels)
    assert {r.type for r in config.rules.rules} == {"grade", "negative_official", "spike", "watch_words"}
    external = [c for n, c in config.channels.channels.items() if n != "desk_feed"]
    assert external and not any(c.enabled for c in external)  # no internet in the example


def test_unknown_level_is_reported_with_the_rule(tmp_path):
    folder = write_config(tmp_path)
    rules = (folder / "alert_rules.yaml").read_text(encoding="utf-8").replace("level: 三级", "level: 五级")
    (folder / "alert_rules.yaml").write_text(rules, encoding="utf-8")
    with pytest.raises(AlertingConfigError, match="rule watch: unknown level '五级'"):
        load_alerting_config(folder)


def test_invalid_field_names_file_and_line(tmp_path):
    folder = write_config(tmp_path)
    (folder / "levels.yaml").write_text("levels:\n  - {name: 一级, colour: red}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"levels.yaml:\d+: levels"):
        load_alerting_config(folder)


def test_each_channel_type_has_its_own_model_and_factory():
    from typing import get_args

    from alerting.notify.channels import CHANNEL_TYPES, ChannelConfig

    models = get_args(get_args(ChannelConfig)[0])
    assert {kind.config for kind in CHANNEL_TYPES.values()} == set(models)
    assert set(CHANNEL_TYPES) == {"desk_feed", "wecom", "dingtalk", "email", "webhook"}


def test_a_field_of_another_channel_type_names_file_line_and_field(tmp_path):
    folder = write_config(tmp_path)
    text = "channels:\n  desk_feed: {type: desk_feed}\n  robot:\n    type: wecom\n    smtp_host: smtp.example.cn\n"
    (folder / "channels.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"channels.yaml:5: channels.robot.smtp_host: Extra inputs are not permitted"):
        load_alerting_config(folder)


def test_an_unknown_channel_type_is_named(tmp_path):
    folder = write_config(tmp_path)
    text = "channels:\n  desk_feed: {type: desk_feed}\n  pager:\n    type: pager\n"
    (folder / "channels.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"channels.yaml:4: channels.pager.type: .*'pager'.*'webhook'"):
        load_alerting_config(folder)


def test_each_rule_type_is_registered():
    from typing import get_args

    from alerting.config import RuleConfig
    from alerting.rules.registry import RULE_TYPES

    literals = {get_args(m.model_fields["type"].annotation)[0] for m in get_args(get_args(RuleConfig)[0])}
    assert set(RULE_TYPES) == literals
