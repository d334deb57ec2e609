"""``yuqing train`` / ``yuqing evaluate`` on files in the message-board layout, and corrections."""

from __future__ import annotations

import codecs
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from classifier.dataset import Columns, read_dataset
from classifier.errors import TrainingDataError
from classifier.training import corrections_from_db, merge
from cli.main import build_app
from models.db import Item, LabelCorrection

from .conftest import MESSAGES, write_jurisdiction, write_messages

HELD_OUT = {
    "城乡建设": [("电梯故障", "小区电梯又坏了，物业不修"), ("安置房", "安置房交房拖了两年")],
    "劳动和社会保障": [("讨薪", "工地拖欠工资不给"), ("社保", "公司不缴社会保险")],
    "教育文体": [("报名", "小学报名被拒"), ("补课", "老师有偿补课")],
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_jurisdiction(tmp_path / "j")


def test_train_then_evaluate_held_out(tmp_path: Path, folder: Path) -> None:
    runner = CliRunner()
    app = build_app()
    train_file = write_messages(tmp_path / "train.csv")
    test_file = write_messages(tmp_path / "test.csv", HELD_OUT)
    result = runner.invoke(
        app,
        [
            "train",
            "--data",
            str(train_file),
            "--out",
            str(tmp_path / "m"),
            "--jurisdiction",
            str(folder),
            "--allow-small-data",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "trained on 24 messages" in result.output
    assert "warning: --allow-small-data" in result.stderr

    png = tmp_path / "cm.png"
    result = runner.invoke(
        app,
        [
            "evaluate",
            "--model",
            str(tmp_path / "m"),
            "--data",
            str(test_file),
            "--json",
            "--png",
            str(png),
            "--jurisdiction",
            str(folder),
        ],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output.strip().splitlines()[-1])
    assert {"accuracy", "macro_f1", "per_class", "confusion_matrix"} <= set(report)
    assert report["n"] == 6 and set(report["per_class"]) == {"chengjian", "laodong", "jiaoyu"}
    assert report["macro_f1"] >= 0.5
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    result = runner.invoke(
        app, ["evaluate", "--model", str(tmp_path / "m"), "--data", str(test_file), "--jurisdiction", str(folder)]
    )
    assert "macro-F1" in result.output and "confusion matrix" in result.output


def test_cross_validation(tmp_path: Path, folder: Path) -> None:
    data = write_messages(tmp_path / "all.csv")
    result = CliRunner().invoke(
        build_app(), ["evaluate", "--cv", "3", "--data", str(data), "--json", "--jurisdiction", str(folder)]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output.strip().splitlines()[-1])
    assert report["method"].startswith("3-fold") and report["n"] == 24
    assert sum(sum(r) for r in report["confusion_matrix"]) == 24


def test_bad_data_files_give_clear_errors(tmp_path: Path, folder: Path) -> None:
    runner = CliRunner()
    app = build_app()
    missing = runner.invoke(
        app,
        ["train", "--data", str(tmp_path / "nope.csv"), "--out", str(tmp_path / "m"), "--jurisdiction", str(folder)],
    )
    assert missing.exit_code == 2 and "file not found" in missing.output
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("a,b\n1,2\n", encoding="utf-8")
    cols = runner.invoke(
        app, ["train", "--data", str(wrong), "--out", str(tmp_path / "m"), "--jurisdiction", str(folder)]
    )
    assert cols.exit_code == 2 and "missing column" in cols.output


def test_train_refuses_too_little_data(tmp_path: Path, folder: Path) -> None:
    five = {"城乡建设": MESSAGES["城乡建设"][:3], "教育文体": MESSAGES["教育文体"][:2]}
    data = write_messages(tmp_path / "five.csv", five)
    args = ["train", "--data", str(data), "--out", str(tmp_path / "m"), "--jurisdiction", str(folder)]
    result = CliRunner().invoke(build_app(), args)
    assert result.exit_code == 2, result.output
    assert "too few examples" in result.output and "'chengjian' has 3" in result.output
    assert "'jiaoyu' has 2" in result.output and "--allow-small-data" in result.output
    assert not (tmp_path / "m").exists()
    # enough of each class trains without the flag
    enough = {label: rows + rows[:2] for label, rows in MESSAGES.items()}
    result = CliRunner().invoke(build_app(), [*args[:2], str(write_messages(tmp_path / "ok.csv", enough)), *args[3:]])
    assert result.exit_code == 0, result.output
    assert "trained on 30 messages" in result.output


def test_train_reports_labels_outside_the_taxonomy_by_row(tmp_path: Path, folder: Path) -> None:
    rows = {label: list(messages) for label, messages in MESSAGES.items()}
    rows["劳动与社会保障"] = [("讨薪", "老板拖欠工资")]  # a typo of 劳动和社会保障
    rows["体育"] = [("球场", "篮球场地灯坏了")]  # not a topic of this jurisdiction
    data = write_messages(tmp_path / "typo.csv", rows)
    result = CliRunner().invoke(
        build_app(),
        [
            "train",
            "--data",
            str(data),
            "--out",
            str(tmp_path / "m"),
            "--jurisdiction",
            str(folder),
            "--allow-small-data",
        ],
    )
    assert result.exit_code == 2, result.output
    assert "2 row(s) have a label that is no topic" in result.output
    assert "typo.csv row 26: '劳动与社会保障' (did you mean 劳动和社会保障?)" in result.output
    assert "typo.csv row 27: '体育'" in result.output
    assert not (tmp_path / "m").exists()


def test_configurable_columns_and_xlsx(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["标题", "正文", "类别"])
    for label, rows in MESSAGES.items():
        for title, body in rows:
            sheet.append([title, body, label])
    book.save(tmp_path / "x.xlsx")
    data = read_dataset(tmp_path / "x.xlsx", Columns(title="标题", body="正文", label="类别"))
    assert len(data) == 24 and data.examples[0].title == "小区电梯坏了"
    with pytest.raises(TrainingDataError, match="missing column"):
        read_dataset(tmp_path / "x.xlsx")


def test_corrections_are_merged_into_training_data(
    tmp_path: Path, db_url: str, migrated_db: tuple[Engine, sessionmaker[Session]]
) -> None:
    _engine, factory = migrated_db
    at = datetime(2024, 5, 1, 2, 0, tzinfo=UTC)
    with factory.begin() as session:
        session.add(
            Item(
                id="item-1",
                source_id="s",
                source_type="rss",
                source_tier="other",
                title="供暖",
                text="冬天小区暖气不热",
                published_at=at,
                collected_at=at,
                stored_at=at,
            )
        )
        session.flush()
        session.add(
            LabelCorrection(
                item_id="item-1", field="topic", old_value="jiaoyu", new_value="laodong", user="desk", at=at
            )
        )
        session.add(
            LabelCorrection(
                item_id="item-1",
                field="topic",
                old_value="laodong",
                new_value="chengjian",
                user="desk",
                at=at.replace(hour=3),
            )
        )
        session.add(
            LabelCorrection(item_id="item-1", field="grade", old_value=None, new_value="general", user="desk", at=at)
        )
    corrections = corrections_from_db(db_url)
    assert [(e.id, e.label, e.title) for e in corrections.examples] == [("item-1", "chengjian", "供暖")]
    base = read_dataset(write_messages(tmp_path / "m.csv"))
    assert len(merge(base, corrections)) == 25

    result = CliRunner().invoke(
        build_app(),
        [
            "train",
            "--data",
            str(tmp_path / "m.csv"),
            "--out",
            str(tmp_path / "model"),
            "--with-corrections",
            db_url,
            "--jurisdiction",
            str(write_jurisdiction(tmp_path / "j2")),
            "--allow-small-data",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "trained on 25 messages" in result.output


def test_classify_dry_run_reads_text_and_json_lines(jurisdiction: Path) -> None:
    lines = "\n".join(
        [
            "东城街道一厂房发生坍塌事故 已造成3人死亡12人受伤",
            "",
            json.dumps({"title": "西山镇工地拖欠工资", "text": "老板拖欠农民工工资半年", "source_tier": "hotline"}),
            "{not json",
            json.dumps({"title": "", "text": "  "}),
            json.dumps({"title": "孩子入学报名被拒", "body": "学区已满"}),
        ]
    )
    result = CliRunner().invoke(
        build_app(), ["classify", "--dry-run", "--jurisdiction", str(jurisdiction)], input=lines + "\n"
    )
    assert result.exit_code == 1, result.output  # two bad lines, reported after every line was handled
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["line"] for o in out] == [1, 3, 4, 5, 6]
    accident, wages, bad_json, empty, school = out
    assert accident["grade"] == "large" and accident["grade_label"] == "较大"
    assert any("死亡3人" in r for r in accident["grade_reasons"])
    assert accident["event_type"] == "accident" and accident["places"] == ["东城街道"]
    assert accident["lead_unit"] == "yingji" and accident["lead_unit_name"] == "市应急管理局"
    assert accident["co_units"] == ["xiaofang", "dongcheng"] and "东城街道" in accident["co_unit_names"]
    assert accident["negative"] is True and 0 < accident["urgency"] <= 1
    deaths = next(f for f in accident["facts"] if f["kind"] == "deaths")
    assert (deaths["label"], deaths["value"], deaths["quote"]) == ("死亡", "3人", "3人死亡")
    assert wages["topic"] == "laodong" and wages["topic_label"] == "劳动和社会保障" and wages["grade"] is None
    assert wages["places"] == ["西山镇"] and wages["lead_unit"] == "renshe"
    assert "not valid JSON" in bad_json["error"] and "neither title nor text" in empty["error"]
    assert school["topic"] == "jiaoyu" and school["title"] == "孩子入学报名被拒"
    assert "line 4: not valid JSON" in result.stderr


def test_classify_dry_run_reads_relative_times_against_the_lines_publication(jurisdiction: Path) -> None:
    lines = [
        json.dumps({"title": "西山镇一民房起火", "text": "昨晚8时许，西山镇一民房发生火灾。", "published_at": t})
        for t in ("2024-11-23T09:30:00+08:00", "2024-11-23T09:30:00", "yesterday")
    ]
    result = CliRunner().invoke(
        build_app(), ["classify", "--dry-run", "--jurisdiction", str(jurisdiction)], input="\n".join(lines) + "\n"
    )
    offset, beijing, bad = (json.loads(line) for line in result.stdout.splitlines())
    for out in (offset, beijing):  # (a time without its offset is Beijing time)
        assert [f["value"] for f in out["facts"] if f["kind"] == "when"] == ["11月22日晚上8时许"], out
    assert bad["error"].startswith("published_at:") and result.exit_code == 1


def test_classify_dry_run_judges_a_year_past_only_against_a_publication_time_given(jurisdiction: Path) -> None:
    text = "2024年11月21日16时40分许，西山镇一化工厂发生爆炸，造成3人死亡。"
    lines = [
        json.dumps({"text": text, "published_at": "2024-11-21T18:00:00+08:00"}),  # news on its day
        json.dumps({"text": text, "published_at": "2026-12-01T09:00:00+08:00"}),  # recalled two years on
        text,  # no publication time: no year is judged past
    ]
    result = CliRunner().invoke(
        build_app(), ["classify", "--dry-run", "--jurisdiction", str(jurisdiction)], input="\n".join(lines) + "\n"
    )
    news, recalled, undated = (json.loads(line) for line in result.stdout.splitlines())
    assert news["grade"] == "large" and undated["grade"] == "large", (news, undated)
    assert recalled["grade"] is None
    assert any(r.startswith("往年的事件（原文“2024年11月”") for r in recalled["grade_reasons"]), recalled


def test_classify_dry_run_reads_what_windows_tools_save(jurisdiction: Path) -> None:
    """A desk's file saved as GBK (ANSI), with a UTF-8 byte-order mark or as UTF-16 ("Unicode") is
    read as the text it holds; a line in none of them is refused by its number, the others go on."""
    args = ["classify", "--dry-run", "--jurisdiction", str(jurisdiction)]
    headline = "东城街道一厂房发生坍塌事故 已造成3人死亡12人受伤"
    json_line = json.dumps({"title": headline}, ensure_ascii=False)

    gbk = CliRunner().invoke(build_app(), args, input=(headline + "\r\n").encode("gbk") + "孩子入学报名被拒\n".encode())
    assert gbk.exit_code == 0, gbk.output
    first, second = [json.loads(line) for line in gbk.stdout.splitlines()]
    assert first["excerpt"] == headline and first["grade"] == "large" and first["encoding"] == "gb18030"
    assert "encoding" not in second and second["topic"] == "jiaoyu"
    assert "line 1 is not UTF-8: read as GB18030" in gbk.stderr

    for data in (
        codecs.BOM_UTF8 + (json_line + "\n").encode(),
        (json_line + "\r\n" + headline + "\r\n").encode("utf-16"),
    ):
        result = CliRunner().invoke(build_app(), args, input=data)
        assert result.exit_code == 0, result.output
        out = [json.loads(line) for line in result.stdout.splitlines()]
        assert out[0]["title"] == headline and out[0]["grade"] == "large", out[0]  # read as JSON, not as text
        assert all("encoding" not in o for o in out)

    broken = CliRunner().invoke(build_app(), args, input=b"\x81\x30\xff\n" + (headline + "\n").encode())
    assert broken.exit_code == 1
    bad, good = [json.loads(line) for line in broken.stdout.splitlines()]
    assert bad == {"line": 1, "error": "neither UTF-8 nor GB18030 text: save the input as UTF-8"}
    assert good["line"] == 2 and good["grade"] == "large"


def test_classify_dry_run_needs_a_usable_model(tmp_path: Path) -> None:
    folder = write_jurisdiction(tmp_path / "j")
    result = CliRunner().invoke(build_app(), ["classify", "--dry-run", "--jurisdiction", str(folder)], input="火灾\n")
    assert result.exit_code == 2 and "model file not found" in result.output


def test_classify_dry_run_tries_the_rules_in_force_in_the_database(
    jurisdiction: Path, db_url: str, migrated_db: tuple[Engine, sessionmaker[Session]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A desk that edited the routing and taxonomy online tries those, not the files on disk."""
    from yuqing.config_versions import append

    _engine, factory = migrated_db
    now = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    routing = (jurisdiction / "routing.yaml").read_text(encoding="utf-8")
    taxonomy = (jurisdiction / "taxonomy.yaml").read_text(encoding="utf-8")
    with factory() as s:
        renamed = taxonomy.replace("label: 劳动和社会保障", "label: 人力社保", 1)
        append(s, jurisdiction, "taxonomy", renamed, author="admin1", now=now)
        by_name = routing.replace(
            "when: {topics: [laodong]}\n    lead: renshe", "when: {topics: [人力社保]}\n    lead: fuban"
        )
        append(s, jurisdiction, "routing", by_name, author="admin1", now=now)
        s.commit()
    monkeypatch.setenv("YUQING_DATABASE_URL", db_url)
    line = json.dumps({"title": "西山镇工地拖欠工资", "text": "老板拖欠农民工工资半年"}) + "\n"
    args = ["classify", "--dry-run", "--jurisdiction", str(jurisdiction)]
    from_files = json.loads(CliRunner().invoke(build_app(), args, input=line).stdout)
    assert (from_files["topic_label"], from_files["lead_unit"]) == ("劳动和社会保障", "renshe")
    result = CliRunner().invoke(build_app(), [*args, "--rules-in-force"], input=line)
    assert result.exit_code == 0, result.output
    in_force = json.loads(result.stdout)
    assert (in_force["topic"], in_force["topic_label"], in_force["lead_unit"]) == ("laodong", "人力社保", "fuban")
    assert "rules in force: routing version 2, taxonomy version 2" in result.stderr

    monkeypatch.setenv("YUQING_DATABASE_URL", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    failed = CliRunner().invoke(build_app(), [*args, "--rules-in-force"], input=line)
    assert failed.exit_code == 2 and "cannot read the rules in force" in failed.stderr
    alone = CliRunner().invoke(build_app(), ["classify", "--rules-in-force", "--jurisdiction", str(jurisdiction)])
    assert alone.exit_code == 2 and "goes with --dry-run" in alone.stderr
