"""A realistic item stream generated from the project's own corpus (the example jurisdiction's demo
content), for the end-to-end benchmark and the fault tests.

Each base story is told about one of the jurisdiction's townships, so the stream has several
hundred distinct incidents; a story about one township is reported again by several outlets
(same incident, new wording), some reports are re-posted verbatim (转载, ``duplicate_of`` set as
the collectors would), and the stories with casualty figures make alerts fire.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import yaml

from models.enums import SourceTier, SourceType
from models.messages import RawItem, item_id_for

JURISDICTION = Path(__file__).resolve().parent.parent / "yuqing" / "examples" / "jiangshan"
OUTLETS = (
    ("jiangshan-news", SourceTier.MAINSTREAM, "江山融媒"),
    ("quzhou-daily", SourceTier.MAINSTREAM, "衢州日报"),
    ("jiangshan-forum", SourceTier.FORUM, "江山论坛"),
    ("weibo-local", SourceTier.SELF_MEDIA, "本地微博"),
    ("hotline-12345", SourceTier.HOTLINE, "12345热线"),
    ("gov-portal", SourceTier.OFFICIAL, "江山市人民政府网"),
)
FOLLOW_UPS = (
    "记者今天再次来到现场，看到情况仍未完全解决。",
    "多名网友跟帖表示有同样遭遇。",
    "截至发稿时，相关部门已介入了解情况。",
    "有市民拍下视频发到网上，引发不少关注。",
    "当地居民希望尽快给出明确答复。",
)


@dataclass(frozen=True)
class Story:
    title: str
    text: str


def load_stories(jurisdiction: Path = JURISDICTION) -> tuple[list[Story], list[str]]:
    """The demo stories and the township names of the jurisdiction."""
    demo = yaml.safe_load((jurisdiction / "demo" / "items.yaml").read_text(encoding="utf-8"))
    stories = [Story(i["title"], i["text"]) for i in demo["items"]]
    units = yaml.safe_load((jurisdiction / "units.yaml").read_text(encoding="utf-8"))
    towns = [u["name"] for u in units["units"] if u.get("kind") == "township"]
    return stories, towns


def generate(n: int, *, seed: int = 7, now: datetime, repost_share: float = 0.15, tag: str = "s") -> Iterator[RawItem]:
    """``n`` items: stories (each told of one township unless it names its own place), re-told by
    several outlets, some re-posted verbatim. ``tag`` keeps the URLs (and so the item ids) of
    separate streams apart."""
    rng = random.Random(seed)
    stories, towns = load_stories()
    recent: list[RawItem] = []
    for k in range(n):
        published = now - timedelta(seconds=rng.randint(0, 3600))
        if recent and rng.random() < repost_share:
            original = rng.choice(recent)
            source_id, tier, outlet = rng.choice(OUTLETS)
            url = f"https://{source_id}.example.cn/{tag}/repost/{k}.html"
            yield original.model_copy(
                update={
                    "id": item_id_for(source_id, url),
                    "source_id": source_id,
                    "source_tier": tier,
                    "url": url,
                    "author": outlet,
                    "duplicate_of": original.id,
                    "copies": original.copies + 1,
                    "published_at": published,
                    "collected_at": now,
                }
            )
            continue
        story = stories[rng.randrange(len(stories))]
        named = [t for t in towns if t in story.title or t in story.text]
        town = "" if named else towns[rng.randrange(len(towns))]
        source_id, tier, outlet = rng.choice(OUTLETS)
        url = f"https://{source_id}.example.cn/{tag}/a/{k}.html"
        lead = f"{town}消息：" if town else ""
        text = f"{lead}{story.text}{rng.choice(FOLLOW_UPS)}（{outlet}第{k}号报道）"
        item = RawItem(
            id=item_id_for(source_id, url),
            source_id=source_id,
            source_type=SourceType.RSS,
            source_tier=tier,
            url=url,
            title=f"{town}：{story.title}" if town else story.title,
            text=text,
            published_at=published,
            collected_at=now,
            author=outlet,
            content_hash=hashlib.sha256(text.encode()).hexdigest(),
        )
        recent.append(item)
        if len(recent) > 500:
            recent.pop(0)
        yield item
