"""Read-only views of the jurisdiction's YAML configuration (rules, policies, routing, ...)."""

from __future__ import annotations

from pathlib import Path

from service.errors import NotFound

CONFIG_FILES: dict[str, str] = {
    "units": "单位",
    "sources": "信源",
    "routing": "分派规则",
    "alert_rules": "预警规则",
    "levels": "舆情等级",
    "escalation": "升级策略",
    "channels": "通知渠道",
    "policies": "时限策略",
    "taxonomy": "分类体系",
}


def read_config(jurisdiction_dir: Path, name: str) -> str:
    """The text of ``<name>.yaml`` (only the files listed in :data:`CONFIG_FILES`)."""
    if name not in CONFIG_FILES:
        raise NotFound("没有这个配置文件")
    path = jurisdiction_dir / f"{name}.yaml"
    if not path.is_file():
        raise NotFound(f"{path.name} 不存在")
    return path.read_text(encoding="utf-8")
