"""Fixtures of the classifier tests: a small jurisdiction of their own and a tiny trained model."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

UNITS = """\
jurisdiction: 测试市
units:
  - {id: fuban, name: 市政府办公室, short_name: 市府办}
  - {id: zhujian, name: 市住房和城乡建设局, short_name: 市住建局}
  - {id: renshe, name: 市人力资源和社会保障局, short_name: 市人社局}
  - {id: jiaoyu, name: 市教育局}
  - {id: yingji, name: 市应急管理局}
  - {id: xiaofang, name: 市消防救援大队}
  - {id: gongdian, name: 供电公司, kind: enterprise}
  - {id: dongcheng, name: 东城街道, kind: township}
  - {id: xishan, name: 西山镇, kind: township}
"""

ROUTING = """\
jurisdiction: 测试市
rules:
  - name: 较大以上事故
    when: {event_types: [accident, natural_disaster], min_grade: large}
    lead: yingji
    co: [xiaofang, "@township"]
  - name: 属地违建
    when: {scope: local, keywords_any: [违建]}
    lead: "@township"
  - name: 供电
    when: {keywords_any: [停电]}
    lead: gongdian
    co: ["@township"]
  - name: 城建
    when: {topics: [chengjian]}
    lead: zhujian
    co: ["@township"]
  - name: 劳动
    when: {topics: [laodong]}
    lead: renshe
    co: ["@township"]
  - name: 教育
    when: {topics: [jiaoyu]}
    lead: jiaoyu
  - name: 默认
    lead: fuban
"""

GAZETTEER = """\
jurisdiction: 测试市
places:
  - {name: 东城街道, kind: 街道, township: dongcheng}
  - {name: 西山镇, kind: 镇, township: xishan, aliases: [西山]}
  - {name: 桃园村, kind: 村, township: xishan}
  - {name: 桃园新村社区, kind: 社区, township: dongcheng}
"""

TAXONOMY = """\
jurisdiction: 测试市
topics:
  - {id: chengjian, label: 城乡建设}
  - {id: laodong, label: 劳动和社会保障}
  - {id: jiaoyu, label: 教育文体}
"""

MESSAGES = {
    "城乡建设": [
        ("小区电梯坏了", "物业不修电梯，老人上下楼困难"),
        ("路灯不亮", "小区门口的路灯坏了一个月没人修"),
        ("下水道堵塞", "污水漫到路面，物业不管"),
        ("物业费上涨", "物业公司擅自上涨物业费，服务很差"),
        ("安置房延期", "征收后安置房迟迟不交房"),
        ("违章建筑", "一楼住户私自搭建阳光房，占用消防通道"),
        ("房产证办不下来", "交房三年了房产证还没有办"),
        ("道路施工", "市政道路挖开后一直没有恢复"),
    ],
    "劳动和社会保障": [
        ("拖欠工资", "工地老板拖欠农民工工资半年"),
        ("社保卡补办", "社保卡丢了补办要等一个月"),
        ("养老保险补缴", "养老保险断缴了想补缴"),
        ("不缴社保", "公司不给员工缴纳社会保险"),
        ("工伤认定", "工厂受伤了公司不给申请工伤认定"),
        ("失业金", "被裁员了失业保险金怎么申领"),
        ("加班费", "工厂天天加班不给加班费"),
        ("劳动合同", "公司不签劳动合同，工资也拖欠"),
    ],
    "教育文体": [
        ("入学报名", "孩子小学入学报名被拒，说学区已满"),
        ("培训机构跑路", "校外培训机构关门，学费退不了"),
        ("学校乱收费", "学校要求学生交资料费"),
        ("课后服务", "学校课后服务时间太短，家长接不了孩子"),
        ("幼儿园学位", "新区幼儿园学位不足"),
        ("老师补课", "老师在校外有偿补课"),
        ("营养餐", "学校营养餐质量差，学生吃不饱"),
        ("中考政策", "外地户口的孩子能不能参加中考"),
    ],
}


def write_jurisdiction(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "units.yaml").write_text(UNITS, encoding="utf-8")
    (folder / "routing.yaml").write_text(ROUTING, encoding="utf-8")
    (folder / "gazetteer.yaml").write_text(GAZETTEER, encoding="utf-8")
    (folder / "taxonomy.yaml").write_text(TAXONOMY, encoding="utf-8")
    (folder / "userdict.txt").write_text("# test words\n社保卡\n安置房\n", encoding="utf-8")
    (folder / "stopwords.txt").write_text("的\n了\n，\n", encoding="utf-8")
    return folder


def write_messages(path: Path, rows: dict[str, list[tuple[str, str]]] = MESSAGES) -> Path:
    """Write labelled messages in the default column layout (csv)."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["留言编号", "留言用户", "留言主题", "留言时间", "留言详情", "一级分类"])
        n = 0
        for label, messages in rows.items():
            for title, body in messages:
                n += 1
                out.writerow([n, f"U{n}", title, "2024/1/1 10:00:00", body, label])
    return path


@pytest.fixture(scope="session")
def jurisdiction(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small jurisdiction folder with a trained model in ``model/``."""
    from classifier.dataset import read_dataset
    from classifier.training import map_labels, train

    folder = write_jurisdiction(tmp_path_factory.mktemp("jurisdiction"))
    data = map_labels(read_dataset(write_messages(folder / "messages.csv")), folder)
    train(data, folder, min_per_class=2).save(folder / "model")  # a tiny model, for tests only
    return folder


@pytest.fixture(scope="session")
def classifier_engine(jurisdiction: Path):  # type: ignore[no-untyped-def]
    from classifier.engine import load_classifier

    return load_classifier(jurisdiction)
