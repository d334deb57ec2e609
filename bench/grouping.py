"""Event grouping on real citizens' messages: does one matter make one event, and only its own?

Replays the 4,326 messages of the 2020 智慧政务 competition's hot-issue file (``hot_issues_附件3.xlsx``
in ``../shared/data/tipdm2020/``, kept outside the repository: measurement only) in order of
their time, in batches of ``--batch``, through the example jurisdiction's classifier and the alerting stage's
handler (:class:`alerting.handler.ClassifiedItemHandler`) on a fresh SQLite database per
configuration, the stage's clock following the messages. Configurations: the grouping of the
example's ``alert_rules.yaml`` as it is (``now``), and the grouping before term weighting and the
week-long window (``counts, 72 h``), or any given with ``--grouping '{"window_hours": 72}'``.

The file has no event labels. The matters below were picked by reading it: messages about one
estate's or school's one problem, sent by many people over weeks, told by the name of the place
and the words of the problem (both must occur). Per matter it prints the events its messages
landed in, the share in the largest (one matter, one event: 100 %) and how many of that event's
items are about something else. Over all messages: events, single-item events, and the largest
events with whether their items share one matter. Ends with one JSON line.

Usage: ``python bench/grouping.py [--data FILE] [--batch 50] [--grouping JSON]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATA = ROOT.parent / "shared" / "data" / "tipdm2020" / "hot_issues_附件3.xlsx"
JURISDICTION = ROOT / "yuqing" / "examples" / "jiangshan"
CST = timezone(timedelta(hours=8))
MATTERS = {
    # name: (the place, the problem): both must occur in title + text
    "丽发新城 搅拌站": ("丽发", "搅拌"),
    "伊景园滨河苑 捆绑车位": ("伊景园|滨河苑", "车位"),
    "魅力之城 临街油烟噪音": ("魅力之城", "油烟|噪音|夜宵|烧烤|扰民"),
    "魅力之城 楼板开裂": ("魅力之城", "开裂"),
    "经济学院 强制实习": ("经济学院", "实习|打工|工厂|社会实践"),
    "绿地海外滩 临近高铁": ("海外滩", "高铁"),
}
BEFORE = {"weighting": "counts", "window_hours": 72}


def load(path: Path) -> list[tuple[str, str, datetime]]:
    """(title, text, time) of every message, in order of time."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    head = [str(c) for c in rows[0]]
    title, text, when = head.index("留言主题"), head.index("留言详情"), head.index("留言时间")
    out = []
    for row in rows[1:]:
        out.append((str(row[title] or "").strip(), re.sub(r"\s+", "", str(row[text] or "")), _time(row[when])))
    return sorted(out, key=lambda m: m[2])


def _time(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=CST)
    text = str(value).strip()
    for form in ("%Y/%m/%d %H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M"):
        try:
            return datetime.strptime(text, form).replace(tzinfo=CST)
        except ValueError:
            pass
    raise ValueError(f"unreadable time {text!r}")


def replay(messages: list[tuple[str, str, datetime]], grouping: dict[str, Any], batch: int) -> list[int]:
    """The event of each message after replaying them all with ``grouping`` over the example's."""
    from sqlalchemy import select

    from alerting.config import load_alerting_config
    from alerting.handler import ClassifiedItemHandler
    from alerting.store import Incoming
    from classifier.engine import load_classifier
    from collectors.dedupe import FINGERPRINT_CHARS
    from collectors.normalize import fingerprint_text
    from collectors.simhash import simhash, to_hex
    from models.db import Item
    from models.enums import SourceTier, SourceType
    from models.messages import ClassifiedItem, RawItem, item_id_for
    from yuqing.db.engine import make_engine, make_session_factory
    from yuqing.db.migrate import upgrade

    config = load_alerting_config(JURISDICTION)
    rules = config.rules.model_copy(update={"grouping": config.rules.grouping.model_copy(update=grouping)})
    config = config.model_copy(update={"rules": rules})
    classifier = load_classifier(JURISDICTION)
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/grouping.sqlite"
        upgrade(url)
        engine = make_engine(url)
        now = [messages[0][2]]
        handler = ClassifiedItemHandler(make_session_factory(engine), config, None, clock=lambda: now[0])
        for start in range(0, len(messages), batch):
            raw = []
            for k, (title, text, when) in enumerate(messages[start : start + batch], start):
                link = f"https://liuyan.example.cn/{k}"
                raw.append(
                    RawItem(
                        id=item_id_for("liuyan", link), source_id="liuyan", source_type=SourceType.RSS,
                        source_tier=SourceTier.FORUM, url=link, title=title, text=text, published_at=when,
                        collected_at=when, simhash=to_hex(simhash(fingerprint_text(title, text)[:FINGERPRINT_CHARS])),
                    )
                )  # fmt: skip
            now[0] = raw[-1].published_at + timedelta(minutes=1)
            handler.process(
                [
                    Incoming(ClassifiedItem(item=i, classification=c, classified_at=now[0]))
                    for i, c in zip(raw, classifier.classify(raw), strict=True)
                ]
            )
        with make_session_factory(engine)() as session:
            event_of = dict(session.execute(select(Item.url, Item.event_id)).all())
        engine.dispose()
    return [event_of[f"https://liuyan.example.cn/{k}"] for k in range(len(messages))]


def matter_of(message: tuple[str, str, datetime]) -> str | None:
    body = message[0] + message[1]
    for name, (place, problem) in MATTERS.items():
        if re.search(place, body) and re.search(problem, body):
            return name
    return None


def measure(messages: list[tuple[str, str, datetime]], events: list[int]) -> dict[str, Any]:
    matters = [matter_of(m) for m in messages]
    size = Counter(events)
    out: dict[str, Any] = {"events": len(size), "single_item_events": sum(1 for n in size.values() if n == 1)}
    per: dict[str, Any] = {}
    for name in MATTERS:
        mine = [events[k] for k, m in enumerate(matters) if m == name]
        where = Counter(mine)
        largest, held = where.most_common(1)[0]
        per[name] = {
            "messages": len(mine),
            "events": len(where),
            "largest_share": round(held / len(mine), 3),
            "others_in_largest": size[largest] - held,
        }
    out["matters"] = per
    out["largest"] = [
        {
            "items": n,
            "matters": dict(Counter(matters[k] or "其他" for k, e in enumerate(events) if e == event)),
            "titles": [messages[k][0] for k, e in enumerate(events) if e == event][:4],
        }
        for event, n in size.most_common(8)
    ]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--grouping", default=None, help="JSON of grouping settings to compare with the example's")
    args = parser.parse_args()
    if not args.data.is_file():
        sys.exit(f"{args.data}: not found (the hot-issue file of ../shared/data/tipdm2020/)")
    messages = load(args.data)
    print(f"{len(messages)} messages, {messages[0][2]:%Y-%m-%d} … {messages[-1][2]:%Y-%m-%d}")
    other = json.loads(args.grouping) if args.grouping else BEFORE
    runs = {"now (alert_rules.yaml)": {}, "given" if args.grouping else "counts, 72 h": other}
    results = {}
    for label, grouping in runs.items():
        started = time.perf_counter()
        result = measure(messages, replay(messages, grouping, args.batch))
        result["grouping"], result["seconds"] = grouping, round(time.perf_counter() - started, 1)
        results[label] = result
        print(f"\n== {label} {grouping or ''}: {result['events']} events, {result['single_item_events']} of one item")
        print(f"{'matter':<22}{'messages':>9}{'events':>8}{'largest':>9}{'others':>8}")
        for name, m in result["matters"].items():
            print(f"{name:<22}{m['messages']:>9}{m['events']:>8}{m['largest_share']:>9.0%}{m['others_in_largest']:>8}")
        print("largest events (items, matters, first titles):")
        for e in result["largest"]:
            print(f"  {e['items']:>4} {e['matters']} " + " | ".join(t[:24] for t in e["titles"]))
    print(json.dumps(results, ensure_ascii=False))


if __name__ == "__main__":
    main()
