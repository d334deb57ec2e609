"""``yuqing config import|history|export``: the rule files seed version 1, a file changed on disk
becomes a new version once (after its stage's check), and the version in force can be written back."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.cli.cli_support import yuqing, yuqing_env
from yuqing.db.migrate import upgrade
from yuqing.settings import EXAMPLE_JURISDICTION


def test_import_history_and_export(tmp_path: Path) -> None:
    folder = tmp_path / "jurisdiction"
    shutil.copytree(EXAMPLE_JURISDICTION, folder, ignore=shutil.ignore_patterns("corpus", "demo"))
    db = f"sqlite:///{tmp_path / 'y.db'}"
    upgrade(db)
    env = yuqing_env(tmp_path / "data", YUQING_DATABASE_URL=db, YUQING_JURISDICTION_DIR=str(folder))

    first = yuqing("config", "import", env=env)
    assert first.returncode == 0, first.stderr
    assert "routing.yaml: version 1" in first.stdout and "alert_rules.yaml: version 1" in first.stdout
    again = yuqing("config", "import", env=env)
    assert "routing.yaml: unchanged" in again.stdout

    routing = folder / "routing.yaml"
    routing.write_text(routing.read_text(encoding="utf-8").replace("lead: yingji", "lead: nobody", 1), encoding="utf-8")
    refused = yuqing("config", "import", env=env)
    assert refused.returncode != 0 and "unknown unit 'nobody'" in refused.stderr  # the classifier's check
    routing.write_text((EXAMPLE_JURISDICTION / "routing.yaml").read_text(encoding="utf-8") + "# v2\n", encoding="utf-8")
    assert "routing.yaml: version 2" in yuqing("config", "import", env=env).stdout

    taxonomy = folder / "taxonomy.yaml"  # checked against the labels of the model the classifier serves
    text = taxonomy.read_text(encoding="utf-8")
    taxonomy.write_text(text.replace("  - {id: huanbao, label: 环境保护, aliases: [生态环境]}\n", ""), encoding="utf-8")
    refused = yuqing("config", "import", env=env)
    assert refused.returncode != 0 and "模型的标签 'huanbao' 将丢失" in refused.stderr
    taxonomy.write_text(text.replace("label: 环境保护", "label: 生态环境保护"), encoding="utf-8")
    assert "taxonomy.yaml: version 2" in yuqing("config", "import", env=env).stdout
    assert yuqing("config", "export", "taxonomy", "--out", str(tmp_path / "t.yaml"), env=env).returncode == 0
    assert "label: 生态环境保护" in (tmp_path / "t.yaml").read_text(encoding="utf-8")
    history = yuqing("config", "history", "routing", env=env).stdout.splitlines()
    assert [line.split("\t")[0] for line in history] == ["v2", "v1"] and "\timport\t" in history[0]

    out = tmp_path / "exported.yaml"
    assert yuqing("config", "export", "routing", "--out", str(out), env=env).returncode == 0
    assert out.read_text(encoding="utf-8").endswith("# v2\n")
