"""Event type, casualty and loss figures, and the proposed statutory grade (事件等级).

Grades follow 《生产安全事故报告和调查处理条例》第三条:

=========  ==============  =====================  ====================
grade      deaths          seriously injured      direct economic loss
=========  ==============  =====================  ====================
特别重大   ≥ 30            ≥ 100                  ≥ 1 亿元
重大       10–29           50–99                  5000 万 – 1 亿元
较大       3–9             10–49                  1000 万 – 5000 万元
一般       below           below                  below
=========  ==============  =====================  ====================

Missing persons (失踪) count with deaths; injuries reported without severity (受伤) are counted
as serious when no 重伤 figure is given, so the proposal errs on the side of attention (the reason
says so and the desk confirms). An emergency event type (自然灾害/事故灾难/公共卫生事件/社会安全事件)
without figures is proposed as 一般. Items that report no emergency get no grade. Every proposal
carries the reasons it rests on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from classifier.numbers import NUMBER, parse_number
from models.enums import EventType, IncidentGrade

_UNIT = r"(?:名|人|位|个人)(?:工人|群众|学生|村民|乘客|游客|人员|矿工|职工|居民|儿童|师生|旅客|员工)?"
_MORE = r"(?:余|多)?"
_DEATH = r"(?:死亡|遇难|身亡|罹难|丧生)"
_DEATHS = (
    re.compile(rf"({NUMBER}){_MORE}{_UNIT}(?:已经|已|当场|不幸|经抢救无效)?{_DEATH}"),
    re.compile(rf"{_DEATH}(?:人数)?(?:达到|达|至)?({NUMBER}){_MORE}{_UNIT}"),
)
_MISSING = (
    re.compile(rf"({NUMBER}){_MORE}{_UNIT}(?:下落不明|失踪|失联)"),
    re.compile(rf"(?:失踪|失联)({NUMBER}){_MORE}{_UNIT}"),
)
_SERIOUS = (
    re.compile(rf"({NUMBER}){_MORE}{_UNIT}(?:受)?重伤"),
    re.compile(rf"重伤({NUMBER}){_MORE}{_UNIT}"),
)
_INJURED = (
    re.compile(rf"({NUMBER}){_MORE}{_UNIT}(?:不同程度)?受伤"),
    re.compile(rf"(?<!重)受伤({NUMBER}){_MORE}{_UNIT}"),
)
_LOSS = re.compile(rf"经济损失[^。；;，,\d{{}}]{{0,6}}?({NUMBER})\s*{_MORE}\s*(千万|百万|万|亿)?\s*{_MORE}\s*元")
_MULTIPLIER = {None: 1, "万": 1e4, "百万": 1e6, "千万": 1e7, "亿": 1e8}

EVENT_KEYWORDS: dict[EventType, tuple[str, ...]] = {
    EventType.NATURAL_DISASTER: (
        "地震",
        "台风",
        "洪水",
        "洪涝",
        "山洪",
        "暴雨",
        "泥石流",
        "山体滑坡",
        "滑坡",
        "地质灾害",
        "森林火灾",
        "山火",
        "冰雹",
        "干旱",
        "内涝",
        "雪灾",
        "龙卷风",
    ),
    EventType.ACCIDENT: (
        "事故",
        "爆炸",
        "火灾",
        "起火",
        "着火",
        "坍塌",
        "倒塌",
        "泄漏",
        "车祸",
        "相撞",
        "翻车",
        "侧翻",
        "溺水",
        "触电",
        "透水",
        "坠落",
        "塌方",
        "燃爆",
    ),
    EventType.PUBLIC_HEALTH: (
        "疫情",
        "传染病",
        "食物中毒",
        "集体中毒",
        "聚集性",
        "确诊",
        "感染者",
        "新冠",
        "禽流感",
        "非洲猪瘟",
        "不明原因疾病",
        "疑似病例",
        "诺如病毒",
    ),
    EventType.SOCIAL_SECURITY: (
        "群体性事件",
        "聚集",
        "围堵",
        "闹事",
        "打架斗殴",
        "斗殴",
        "持刀",
        "砍人",
        "命案",
        "凶杀",
        "抢劫",
        "非法集资",
        "传销",
        "暴恐",
        "堵路",
        "冲突",
        "绑架",
        "跳楼",
    ),
    EventType.POLICY_CONCERN: (
        "政策",
        "文件",
        "实施方案",
        "管理办法",
        "规定",
        "补贴标准",
        "解读",
        "征求意见",
        "新规",
        "条例",
    ),
    EventType.LIVELIHOOD: (
        "投诉",
        "反映",
        "诉求",
        "噪音",
        "扰民",
        "停水",
        "停电",
        "拖欠",
        "物业",
        "维修",
        "路灯",
        "垃圾",
        "收费",
        "报销",
        "办理",
        "不作为",
        "没人管",
    ),
}
_KEYWORD_KIND = {word: kind for kind, words in EVENT_KEYWORDS.items() for word in words}
_KEYWORDS = re.compile("|".join(re.escape(w) for w in sorted(_KEYWORD_KIND, key=len, reverse=True)))
_CONTAINED = {k: tuple(j for j in _KEYWORD_KIND if j != k and j in k) for k in _KEYWORD_KIND}
_TRIGGER = re.compile(r"死亡|遇难|身亡|罹难|丧生|失踪|失联|下落不明|重伤|受伤|经济损失")
"""Texts without any of these words cannot hold figures: the costly patterns are skipped."""
EMERGENCIES = (EventType.NATURAL_DISASTER, EventType.ACCIDENT, EventType.PUBLIC_HEALTH, EventType.SOCIAL_SECURITY)


@dataclass(frozen=True)
class Figures:
    """Casualty and loss figures found in a text (the largest of each kind)."""

    deaths: int = 0
    missing: int = 0
    serious: int = 0
    injured: int = 0
    loss_yuan: float = 0.0


@dataclass(frozen=True)
class GradeProposal:
    event_type: EventType
    event_terms: tuple[str, ...]
    grade: IncidentGrade | None
    reasons: tuple[str, ...]
    figures: Figures


def _largest(patterns: tuple[re.Pattern[str], ...], text: str) -> int:
    best = 0
    for pattern in patterns:
        for m in pattern.finditer(text):
            try:
                best = max(best, int(parse_number(m.group(1))))
            except ValueError:
                continue
    return best


def extract_figures(text: str) -> Figures:
    """Deaths, missing, seriously injured, injured and direct loss (元) named in ``text``."""
    if _TRIGGER.search(text) is None:
        return Figures()
    loss = 0.0
    for m in _LOSS.finditer(text):
        try:
            loss = max(loss, parse_number(m.group(1)) * _MULTIPLIER[m.group(2)])
        except ValueError:
            continue
    return Figures(
        deaths=_largest(_DEATHS, text),
        missing=_largest(_MISSING, text),
        serious=_largest(_SERIOUS, text),
        injured=_largest(_INJURED, text),
        loss_yuan=loss,
    )


def event_type_of(text: str) -> tuple[EventType, tuple[str, ...]]:
    """The event type whose keywords ``text`` names, emergencies first; with the matched keywords."""
    found = set(_KEYWORDS.findall(text))
    # overlapping keywords (山体滑坡 / 滑坡) are each counted once they occur anywhere
    found |= {inner for outer in tuple(found) for inner in _CONTAINED[outer]}
    hits = {kind: tuple(k for k in words if k in found) for kind, words in EVENT_KEYWORDS.items()}
    emergencies = [(len(hits[k]), -i, k) for i, k in enumerate(EMERGENCIES) if hits[k]]
    if emergencies:
        kind = max(emergencies)[2]
        return kind, hits[kind]
    for kind in (EventType.POLICY_CONCERN, EventType.LIVELIHOOD):
        if hits[kind]:
            return kind, hits[kind]
    return EventType.OTHER, ()


def _yuan(v: float) -> str:
    return f"{v / 1e8:g}亿元" if v >= 1e8 else f"{v / 1e4:g}万元"


def grade_of(figures: Figures) -> tuple[IncidentGrade | None, list[str]]:
    """The statutory grade implied by ``figures`` alone, with reasons (``None`` without figures)."""
    dead = figures.deaths + figures.missing
    serious = figures.serious or figures.injured
    reasons: list[str] = []
    grade: IncidentGrade | None = None

    def bump(candidate: IncidentGrade, reason: str) -> None:
        nonlocal grade
        reasons.append(reason)
        if grade is None or candidate.severity > grade.severity:
            grade = candidate

    if dead:
        g = _step(dead, (30, 10, 3))
        parts = [f"死亡{figures.deaths}人"] if figures.deaths else []
        parts += [f"失踪{figures.missing}人"] if figures.missing else []
        counted = f"（失踪按死亡计，共{dead}人）" if figures.missing else ""
        bump(g, f"{'、'.join(parts)}{counted} → {g.label}")
    if serious:
        g = _step(serious, (100, 50, 10))
        what = f"重伤{figures.serious}人" if figures.serious else f"受伤{figures.injured}人（伤情未明，按重伤计）"
        bump(g, f"{what} → {g.label}")
    if figures.loss_yuan:
        g = _step(figures.loss_yuan, (1e8, 5e7, 1e7))
        bump(g, f"直接经济损失{_yuan(figures.loss_yuan)} → {g.label}")
    return grade, reasons


def _step(value: float, thresholds: tuple[float, float, float]) -> IncidentGrade:
    top, major, large = thresholds
    if value >= top:
        return IncidentGrade.ESPECIALLY_MAJOR
    if value >= major:
        return IncidentGrade.MAJOR
    if value >= large:
        return IncidentGrade.LARGE
    return IncidentGrade.GENERAL


def propose(text: str) -> GradeProposal:
    """Event type, figures and proposed grade of ``text`` (title and body joined)."""
    event_type, terms = event_type_of(text)
    figures = extract_figures(text)
    grade, reasons = grade_of(figures)
    if event_type in EMERGENCIES:
        reasons.insert(0, f"事件类型{event_type.label}（{'、'.join(terms)}）")
        if grade is None:
            grade = IncidentGrade.GENERAL
            reasons.append("未见伤亡或损失数字 → 一般")
    return GradeProposal(event_type, terms, grade, tuple(reasons), figures)
