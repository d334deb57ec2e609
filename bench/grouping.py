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


def as_items(messages: list[tuple[str, str, datetime]]) -> list[Any]:
    """The messages as the collectors would publish them (SimHash filled in)."""
    from collectors.dedupe import FINGERPRINT_CHARS
    from collectors.normalize import fingerprint_text
    from collectors.simhash import simhash, to_hex
    from models.enums import SourceTier, SourceType
    from models.messages import RawItem, item_id_for

    out = []
    for k, (title, text, when) in enumerate(messages):
        link = f"https://liuyan.example.cn/{k}"
        out.append(
            RawItem(
                id=item_id_for("liuyan", link), source_id="liuyan", source_type=SourceType.RSS,
                source_tier=SourceTier.FORUM, url=link, title=title, text=text, published_at=when,
                collected_at=when, simhash=to_hex(simhash(fingerprint_text(title, text)[:FINGERPRINT_CHARS])),
            )
        )  # fmt: skip
    return out


def replay(items: list[Any], grouping: dict[str, Any], batch: int) -> list[int]:
    """The event of each item (RawItem, in order of publication) after replaying them all through
    the example's classifier and alerting stage with ``grouping`` over the example's settings."""
    from sqlalchemy import select

    from alerting.config import load_alerting_config
    from alerting.handler import ClassifiedItemHandler
    from alerting.store import Incoming
    from classifier.engine import load_classifier
    from models.db import Item
    from models.messages import ClassifiedItem
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
        now = [items[0].published_at]
        handler = ClassifiedItemHandler(make_session_factory(engine), config, None, clock=lambda: now[0])
        for start in range(0, len(items), batch):
            part = items[start : start + batch]
            now[0] = max(i.published_at for i in part) + timedelta(minutes=1)
            handler.process(
                [
                    Incoming(ClassifiedItem(item=i, classification=c, classified_at=now[0]))
                    for i, c in zip(part, classifier.classify(part), strict=True)
                ]
            )
        with make_session_factory(engine)() as session:
            event_of = dict(session.execute(select(Item.id, Item.event_id)).all())
        engine.dispose()
    return [event_of[i.id] for i in items]


def generated(n: int, grouping: dict[str, Any], batch: int) -> dict[str, Any]:
    """The generated stream of the other benchmarks (``bench/streamgen.py``), whose incidents are
    known (a story told of one township, re-told and re-posted): how many events an incident makes
    and how many of an event's items belong to its main incident."""
    sys.path.insert(0, str(ROOT / "bench"))
    from streamgen import generate

    start = datetime(2026, 3, 2, 4, 0, tzinfo=CST)
    items = sorted(generate(n, now=start, seed=11, tag="grouping"), key=lambda i: i.published_at)
    events = replay(items, grouping, batch)
    incident = [i.title for i in items]  # the township and the story (re-posts keep the title)
    per_incident: dict[str, Counter[int]] = {}
    per_event: dict[int, Counter[str]] = {}
    for key, event in zip(incident, events, strict=True):
        per_incident.setdefault(key, Counter())[event] += 1
        per_event.setdefault(event, Counter())[key] += 1
    return {
        "items": n,
        "incidents": len(per_incident),
        "events": len(per_event),
        "incidents_split": sum(1 for c in per_incident.values() if len(c) > 1),
        "items_in_their_incidents_largest_event": round(
            sum(c.most_common(1)[0][1] for c in per_incident.values()) / n, 3
        ),
        "items_of_their_events_main_incident": round(sum(c.most_common(1)[0][1] for c in per_event.values()) / n, 3),
    }


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
    parser.add_argument("--stream", type=int, default=6000, help="items of the generated stream")
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
        result = measure(messages, replay(as_items(messages), grouping, args.batch))
        result["generated"] = generated(args.stream, grouping, args.batch)
        result["grouping"], result["seconds"] = grouping, round(time.perf_counter() - started, 1)
        results[label] = result
        print(f"\n== {label} {grouping or ''}: {result['events']} events, {result['single_item_events']} of one item")
        print(f"{'matter':<22}{'messages':>9}{'events':>8}{'largest':>9}{'others':>8}")
        for name, m in result["matters"].items():
            print(f"{name:<22}{m['messages']:>9}{m['events']:>8}{m['largest_share']:>9.0%}{m['others_in_largest']:>8}")
        g = result["generated"]
        print(
            f"generated stream: {g['items']} items, {g['incidents']} incidents → {g['events']} events; "
            f"incidents split {g['incidents_split']}; items in their incident's largest event "
            f"{g['items_in_their_incidents_largest_event']:.1%}, of their event's main incident "
            f"{g['items_of_their_events_main_incident']:.1%}"
        )
        print("largest events (items, matters, first titles):")
        for e in result["largest"]:
            print(f"  {e['items']:>4} {e['matters']} " + " | ".join(t[:24] for t in e["titles"]))
    print(json.dumps(results, ensure_ascii=False))


if __name__ == "__main__":
    main()
