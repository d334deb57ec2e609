"""Read-only views of the jurisdiction's YAML configuration (rules, policies, routing, ...).

For the documents edited online (routing, taxonomy, alert rules, policies) the view is the version in force
(:mod:`yuqing.config_versions`), not the file on disk.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from service.errors import NotFound
from yuqing import config_versions

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


def read_config(jurisdiction_dir: Path, name: str, db: Session | None = None) -> str:
    """The text of ``<name>.yaml`` (only the files listed in :data:`CONFIG_FILES`); with ``db``, an
    online-edited document's version in force."""
    if name not in CONFIG_FILES:
        raise NotFound("没有这个配置文件")
    if db is not None and name in config_versions.DOCUMENTS and config_versions.newest_version(db, name):
        return config_versions.current(db, jurisdiction_dir, name).text
    path = jurisdiction_dir / f"{name}.yaml"
    if not path.is_file():
        raise NotFound(f"{path.name} 不存在")
    return path.read_text(encoding="utf-8")
