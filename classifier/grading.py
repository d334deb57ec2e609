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

Figures are read by :mod:`classifier.casualties` (this event's figures only, the latest of a
rising toll). As the 条例 counts them, missing people (失踪/失联) count with deaths (those still
missing: ``12人失联，目前已找到8人`` is four, the desk asked to check when the eight found, alive or
dead unsaid, would raise the grade), and only the
seriously injured (重伤, including 急性工业中毒: the people poisoned by a gas or a chemical at work,
:func:`classifier.poisoning.industrial_poisoning`) count towards the injury thresholds. Injuries of
unstated severity (受伤, 伤者, ``X死Y伤``) are **not** counted as serious: the reason names them,
says they were left out, and, when they alone would reach a higher grade if all were serious,
asks the desk to check (``若其中重伤达10人则为较大，请核实``); the dead and injured counted together
(``5人伤亡``, ``12人死伤``) ask how many died (``若其中死亡达3人则为较大，请核实``). Lower bounds
(余/多/以上) and approximations (约) are graded as written and the reason says the figure is not
exact; a figure a little short of its number (``近30人``, ``将近1亿元``) is graded just below it
(重大), the desk asked to check when the number written would reach a higher grade; a range
(``两三人死亡``) is graded on its lower end, the desk asked to check when its upper end would reach
a higher grade. Only the direct loss counts (``间接经济损失`` is left out, with its reason); a loss
not said to be direct (``经济损失``, ``火灾造成损失约2300万元``) is graded as direct, and the reason
says so and asks the desk to check; so is the value of what the incident burned or destroyed
(``烧毁货物价值约2000万元``).

An earthquake and a geological disaster (滑坡, 泥石流, 崩塌) are graded by their own national plans
(:mod:`classifier.disaster_plans`): an earthquake by its dead and missing (10 / 50 / 300) and a first
reading by its magnitude, injuries and loss named only; a geological disaster by its dead or a direct
loss of 100万 / 500万 / 1000万元, injuries named only.

An accident that polluted (:mod:`classifier.environment`) is graded by 《国家突发环境事件应急预案》:
everyone poisoned counts with the seriously injured, a lower direct loss (500万 / 2000万 / 1亿元) and
the people evacuated (5,000 / 10,000 / 50,000), and a drinking-water intake it cut off (a township's
较大, a county town's 重大, a city's with districts 特别重大).

An accident of special equipment is graded also by 《特种设备安全监察条例》第六十三条
(:mod:`classifier.special_equipment`): a boiler or pressure vessel that exploded, or a crane that
toppled whole away from a building site, is 较大 whatever its toll.

A food poisoning is graded also by 《国家食品安全事故应急预案》 (:func:`food_poisoning_grade`): one
poisoning of 100 people or more, or with a death, is 较大; 100 or more with a death, or 10 deaths or
more, 重大; the higher of its grade and the 条例's is proposed. A poisoning named without 食物中毒
(:mod:`classifier.poisoning`: ``食用未炒熟的扁豆致中毒``, ``工厂发生气体中毒``, ``多名学生出现中毒症状``)
is a public-health event, or an accident when a gas or a chemical caused it.

A near miss (``险遇恐怖袭击``, ``险些发生火灾``, ``爆炸未遂``, ``成功阻止了一起爆炸``) with no one hurt
gets no grade, and the reason says it did not happen; the toll it might have caused
(``险些造成数十人死亡``) is no figure. A verdict or a trial (``纵火致邻居3人死亡获刑15年``, ``一审被判
死刑``: :mod:`classifier.trials`) tells of a case tried: its toll is an earlier event's, no grade.
A report that states tolls abroad and at home apart (``尼泊尔56人死亡，西藏7人死亡``:
:mod:`classifier.domestic`) is graded on the domestic figures, the foreign ones named in the reasons.

An emergency event type (自然灾害/事故灾难/公共卫生事件/社会安全事件) without figures is proposed
as 一般. An emergency word counts only where it reports something that happened
(:mod:`classifier.occurrence`): a risk (``随时可能倒塌``), a hypothetical, a habit
(``经常发生…事故``), a safety campaign (``安全隐患大排查``, ``严防火灾``) or a denial is no
incident. Items that report no emergency get no grade, nor do texts of statistics alone
(``全年共发生生产安全事故12起，死亡15人``, ``全市共接报火灾46起，无人员伤亡``: the emergency words only
in the tally's sentences, no incident told: :mod:`classifier.tallies`). An event abroad
(:mod:`classifier.abroad`: ``墨西哥边境城市6人遭枪杀``) gets no 国内 grade either, its figures kept in
the reasons, unless Chinese citizens are named among those involved (``7名中国游客遇难``): then
the grade is proposed and the desk is asked to check how many of them there are. Every proposal
carries the reasons it rests on, and each figure's reason quotes the words it was read from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from classifier.abroad import abroad, foreign_epicentre
from classifier.casualties import CasualtyReport, Excluded, Kind, Mention, read_figures
from classifier.casualty_tokens import AREAS
from classifier.contexts import reports_incident_at
from classifier.corrections import corrected
from classifier.disaster_plans import (
    EARTHQUAKE,
    ENVIRONMENT,
    GEOLOGICAL,
    REGULATION,
    Plan,
    first_reading,
    grade_at,
    magnitude,
    plan_for,
)
from classifier.domestic import split_by_place
from classifier.environment import (
    EVACUATED,
    animals_killed,
    drank_polluted,
    environmental,
    evacuated,
    intake_cut,
    pollution,
)
from classifier.event_types import DISEASE_NAMES, EMERGENCIES, event_type_of, near_miss
from classifier.forest_areas import FOREST_HECTARES
from classifier.gatherings import GATHERING_TERMS, gathered
from classifier.geohazards import potential_loss, threatened
from classifier.hedged import hedged
from classifier.missing import dead_among_missing, still_trapped
from classifier.numbers import (
    APPROXIMATE_WORDS,
    CN_NUMERALS,
    NUM,
    QUALIFIERS,
    RISEN_FROM,
    Bound,
    parse_count,
    unspaced_counts,
)
from classifier.occurrence import denies_a_rumour, drill_told, insured, legal_question
from classifier.other_events import DISEASE_PERIOD, defines, is_statistic, may_revise, other_event, superseded
from classifier.outbreaks import outbreak
from classifier.poisoning import FOOD_CAUSE, eaten_poison, gas_nearer, ill_after_eating, industrial_poisoning
from classifier.prefilter import Prefiltered
from classifier.sentences import Sentences
from classifier.special_equipment import equipment_grade, stranded
from classifier.spoken import as_mandarin
from classifier.stated_grade import stated_grade, with_stated
from classifier.tallies import only_definitions, only_statistics
from models.enums import THRESHOLD_GRADES, EventType, IncidentGrade
from yuqing.traditional import simplified


@dataclass(frozen=True)
class Figures:
    """This event's casualty and loss figures (people; 元), with the statements they come from."""

    deaths: int = 0
    missing: int = 0
    serious: int = 0
    injured: int = 0
    """Injured, severity not stated."""
    minor: int = 0
    loss_yuan: float = 0.0
    report: CasualtyReport = field(default_factory=CasualtyReport, compare=False, repr=False)


@dataclass(frozen=True)
class GradeProposal:
    event_type: EventType
    event_terms: tuple[str, ...]
    grade: IncidentGrade | None
    reasons: tuple[str, ...]
    figures: Figures
    poisoning: Poisoning | None = None
    """The people a food poisoning struck, where the text reports one (a fact of the 简要信息)."""


_QUAKE_DAMAGE = re.compile(r"倒塌|坍塌|垮塌|受损|损坏|损毁|开裂|裂缝|掉落|破损|塌了|倒了")
"""Harm a small quake did, told without a figure (多间老房子倒塌): a loss, 一般."""
_QUAKE_HOUSES = re.compile(
    r"[\d一二两三四五六七八九十百千]+(?:余|多)?(?:间|栋|座|户|处)[^，,。；;！!？?]{0,12}?(?:倒塌|坍塌|垮塌|损毁|受损|开裂)"
)
"""Houses counted that a small quake brought down or damaged (2间无人居住的老旧土坯房倒塌), no one hurt: a loss,
一般."""
_NO_FIGURES = Figures()


def extract_figures(text: str) -> Figures:
    """Deaths, missing, seriously/slightly/otherwise injured and direct loss (元) of the event in ``text``."""
    report = read_figures(text)
    if not report.figures and not report.excluded and report.no_casualties is None:
        return _NO_FIGURES
    deaths, missing = int(report.value(Kind.DEATHS)), int(report.value(Kind.MISSING))
    together = report.figures.get(Kind.MISSING)
    if together is not None and together.with_deaths:  # 死亡、失踪12人，其中死亡9人: 3 missing
        missing = max(0, missing - deaths)
    return Figures(
        deaths=deaths,
        missing=missing,
        serious=int(report.value(Kind.SERIOUS)),
        injured=int(report.value(Kind.INJURED)),
        minor=int(report.value(Kind.MINOR)),
        loss_yuan=report.value(Kind.LOSS),
        report=report,
    )


_COLLAPSES = frozenset({"垮塌", "坍塌", "塌方", "崩塌", "塌陷"})
"""An accident's words that a slope's collapse shares (局部已有小规模垮塌)."""


def _hectares(m: Mention) -> str:
    """An area in 公顷 as the text qualified it (``约150公顷``), or converted from 亩 or 平方公里
    (``13.33公顷（按原文面积折算，下限）``: the quote that follows shows the figure as written)."""
    if "公顷" in m.quote:
        return _amount(m, round(m.value, 2), "公顷")
    note = "，下限" if m.bound is Bound.AT_LEAST else "，约数" if m.bound is Bound.ABOUT else ""
    return f"{round(m.value, 2):g}公顷（按原文面积折算{note}）"


def _people(m: Mention) -> str:
    return _amount(m, m.count, "人")


def _amount(m: Mention, value: float, unit: str) -> str:
    """``value`` and ``unit`` as the text qualified them (10余人, 近30人), with a note when the
    figure is a lower bound or an approximation."""
    if m.unnumbered and m.bound is Bound.EXACT:  # 一名员工…死亡: the one counted
        # (or the group an earlier clause counted: 一家三口烧炭取暖，一氧化碳中毒身亡)
        counted = "计为一人" if value == 1 else f"所计{value:g}{unit}"
        return f"{value:g}{unit}（句中前文{counted}）"
    if m.unnumbered:
        return f"{value:g}{unit}（未写明人数，下限：至少{value:g}{unit}，按{value:g}{unit}计）"
    if m.others:  # 2名学生和家长: the parents' number is not written
        counted = f"下限：至少{value:g}{unit}，按{value:g}{unit}计"
        return f"{value:g}{unit}及{m.others}（{m.others}未写明人数，未计入；{counted}）"
    if m.upper:  # 3至5人, 七八人: graded on the lower end
        return f"{value:g}至{m.upper:g}{unit}（范围：下限{value:g}{unit}，按{value:g}{unit}计）"
    q = m.qualifier
    # 10余人, 1200余万元; 1.2亿余元 as written (not 1.2余亿元), and 1个多亿 as 1亿多元
    at = 1 if unit in ("亿元", "万元") and (f"{unit[0]}{q}" in m.quote or f"个{q}" in m.quote) else 0
    shown = f"{value:g}{unit[:at]}{q}{unit[at:]}" if q in ("余", "多") else f"{value:g}{unit}"
    if q == "上":  # 上百人: a hundred or more
        shown = f"{shown}以上"
    elif q and q not in ("余", "多", "以上", "左右"):
        shown = f"{q}{shown}"
    elif q in ("以上", "左右"):
        shown = f"{shown}{q}"
    if m.bound is Bound.AT_LEAST:
        return f"{shown}（下限：至少{value:g}{unit}，按{value:g}{unit}计）"
    if _short_of(m):
        return f"{shown}（约数，不足{value:g}{unit}）"
    if m.bound is Bound.ABOUT:
        return f"{shown}（约数，按{value:g}{unit}计）"
    return shown


_SHORT_OF = ("近", "将近", "接近")


def _short_of(m: Mention) -> bool:
    """Whether ``m`` is a little fewer than its number (``近30人``, ``将近1亿元``): it is graded
    just below it, since 近30人 are not 30."""
    return m.bound is Bound.ABOUT and m.qualifier in _SHORT_OF


def _graded(
    value: float, mentions: tuple[Mention, ...], step: float, thresholds: tuple[float, float, float]
) -> tuple[IncidentGrade, str]:
    """The grade of ``value`` read from ``mentions``, ``step`` less when one of them is a little
    fewer than written (:func:`_short_of`), with the desk's check when the number written would
    reach a higher grade (``；若达30人则为特别重大，请核实``)."""
    if not any(_short_of(m) for m in mentions):
        return grade_at(value, thresholds), ""
    grade, written = grade_at(value - step, thresholds), grade_at(value, thresholds)
    if written.severity <= grade.severity:
        return grade, ""
    shown = f"{value:g}人" if step == 1 else f"{value / 1e8:g}亿元" if value >= 1e8 else f"{value / 1e4:g}万元"
    return grade, f"；若达{shown}则为{written.label}，请核实"


def _quote(*mentions: Mention) -> str:
    quoted = "、".join(f"“{q}”" for q in dict.fromkeys(m.quote for m in mentions))
    latest = "，取最新数字" if any(m.update for m in mentions) else ""
    return f"（原文{quoted}{latest}）"


_FOOD = Prefiltered(re.compile(rf"食物中毒|食源性疾病|食品安全事故|{FOOD_CAUSE}[^。！？!?；;\n]{{0,20}}?中毒"))
_NAMED_FOOD = ("食物中毒", "食源性疾病", "食品安全事故")
"""A food poisoning, graded also by 《国家食品安全事故应急预案》 (and 《国家突发公共卫生事件应急预案》):
one poisoning of 100 people or more, or with a death, is 较大; of 100 or more with a death, or with
10 deaths or more, 重大."""


_TREATED = Prefiltered(
    re.compile(
        # (about so many, as people post it: 一百三十来号人半夜开始拉肚子)
        rf"(?P<pre>{QUALIFIERS})?(?P<num>{NUM})(?P<suf>余|多|(?<=[十百千])来)?(?:(?:个|号)?(?:名|人(?!次)|位)|个(?=都|全|去|在|送|被|上吐下泻|拉肚子)"
        r"|个(?=学生|同学|孩子|小孩|小朋友|工人|村民|宾客|客人|员工|老人|游客|职工|亲戚|亲友))"
        r"[^，,。；;！!？?\d]{0,16}?"
        r"(?:送医|就医|就诊|入院|住院|送往医院|(?:出现|开始)[^，,。；;]{0,16}?(?:症状|呕吐|腹泻|腹痛|恶心|发热|不适|拉肚子)"
        # (or after the meal: 某中学112名学生午餐后呕吐腹泻)
        r"|肚子痛|肚子疼|(?<=[生人子友工民客后])(?:呕吐|腹泻|腹痛|上吐下泻)"
        # (as people post it: 吃席的有一百二十多个都去医院挂水了, 有四十多个都送医院了)
        r"|身体不适|上吐下泻|拉肚子|(?:去|送|到|进)(?:了)?医院(?!就诊|就医|治疗|救治|检查|观察)|挂水|打点滴)"
    )
)
"""People treated or taken ill, what brought them there between (``一百二十余名学生因腹痛、腹泻到医院就诊``), as
people post it too (``一百二十多号人半夜开始拉肚子呕吐``)."""


_FELL_ILL_LATER = Prefiltered(
    re.compile(
        # (or counted by 个 as people post it, taken ill with no 出现: 123个工人中午吃了订的外卖盒饭，下午陆续上吐下泻)
        rf"(?P<pre>{QUALIFIERS})?(?P<num>{NUM})(?P<suf>余|多)?(?:名|人|位|个(?=工人|学生|孩子|小孩|村民|员工|职工|宾客|客人|游客|人))"
        r"[^。；;！!？?\d]{0,40}?(?:陆续|先后|相继)(?:出现[^，,。；;]{0,16}?)?(?:症状|呕吐|腹泻|腹痛|恶心|头晕|发热|不适|上吐下泻|拉肚子)"
    )
)
"""The people of a meal told before what they ate, then taken ill one after another (``5名村民在聚餐时饮用了…散装
白酒，随后陆续出现头晕、视物模糊等症状``)."""
_TREATED_WHO = (
    # (or those of a journey's meal: 沿途医院累计接诊旅客112人)
    r"(?:学生|师生|幼儿|儿童|人员|员工|职工|工人|群众|村民|居民|游客|旅客|乘客|宾客|患者|病人|老人|食客|顾客|家属"
    # (a hospital's own: 累计就诊医护人员及患者家属106人)
    r"|医护人员|医务人员|医生|护士)"
)
_TREATED_AFTER = re.compile(
    r"(?:送医|就医|就诊|接诊|入院|住院|病例|发病|患病|送来"
    # (the patients risen to: 患者增至121人)
    r"|患者(?=已?(?:增至|升至|上升到|增加到|达到?|累计))"
    # (those taken ill, counted after: 午餐后出现呕吐腹泻的学生增至103人)
    r"|(?:出现|发生)[^，,。；;！!？?\d]{0,12}?(?:症状|呕吐|腹泻|腹痛|恶心|发热|不适)(?=的)"
    # (去医院的有四十多个, 去医院看的已经一百二十八个了)
    r"|(?:去|到|进)(?:了)?医院(?:看|看病|挂水|检查)?(?=的))(?:治疗|观察)?(?:人数[：:]?|数)?"
    # (or two groups: 累计就诊职工及患者家属112人)
    rf"的?(?:{_TREATED_WHO}(?:(?:及|和|与|、){_TREATED_WHO}?(?:家属)?)?)?"
    # (from how many first: 出现呕吐腹泻的学生由38人增至103人)
    # (发病学生累计达132人)
    # (or from a day's: 就诊人数由前日的61人增至112人)
    rf"(?:已经|已)?(?:{RISEN_FROM})?(?:累计|共计|共)?"
    r"(?:达到|达|为|增至|升至|上升到|增加到|有)?"
    # (as people post it: 送医的有一百二十多个, 医生说全校送来四十多个了)
    rf"(?P<pre>{QUALIFIERS})?(?P<num>{NUM})(?P<suf>余|多)?(?:名|人|位|例|个(?![月小]))(?!次)"
)
"""The number after its treatment or the cases (``发生食物中毒事件，就医246人``, ``住院治疗32人``,
``累计就诊学生120人``, ``食源性疾病事件，累计报告病例108例``)."""


_PERIOD_TOLD = re.compile(
    r"同比|环比|以来|全年|上半年|下半年|[\d一二三四五六七八九十]+至[\d一二三四五六七八九十]+月"
    # (a week's or a month's report: 本周全市共报告法定传染病病例312例)
    r"|本周|上周|本月|上月|周报|月报"
)
"""A period or a comparison told, where cases counted may be a period's (1至10月, 同比下降12%)."""


_SAID_WRONG = re.compile(r"[^，,。；;！!？?\d]{0,4}?(?:有误|不实|不准确|系误报|为误报|系笔误)")
"""Words after a figure saying it was wrong (发病幼儿118人有误): a later one corrects it."""


def _treated(text: str, left_out: Sequence[Excluded] = ()) -> Mention | None:
    """The most people a food-poisoning text says were treated or fell ill (``120余名学生送医``,
    ``30多人出现呕吐、腹泻症状``, ``就医246人``, ``5名村民…饮用了…白酒，随后陆续出现头晕``), as people poisoned;
    ``None`` when it says none. None is read from a sentence whose figures were ``left_out`` (``该校曾于2019年发生
    食物中毒致131名学生送医。今天中午，又有17名学生…``: another event's)."""
    best: Mention | None = None
    sentences = Sentences(text) if _PERIOD_TOLD.search(text) is not None or left_out else None
    other = {sentences.start_of(e.mention.start) for e in left_out} if sentences is not None else set()
    for m in (*_TREATED.finditer(text), *_TREATED_AFTER.finditer(text), *_FELL_ILL_LATER.finditer(text)):
        if sentences is not None and sentences.start_of(m.start()) in other:
            continue
        if sentences is not None and is_statistic(sentences.until(sentences.start_of(m.start()), m.start()), False):
            continue  # 1至10月，全市共报告食源性疾病病例218例，同比下降12%: a period's cases, no one poisoning
        if _SAID_WRONG.match(text, m.end()) is not None:
            continue  # 此前通报的发病幼儿118人有误，经逐一核实，实际发病幼儿78人: the figure corrected
        opened = max(text.rfind(c, 0, m.start()) for c in "。；;！!？?\n") + 1
        if other_event(text[opened : m.end()], m.start() - opened) is not None:
            continue  # 该校去年曾发生一起食物中毒，致126名学生送医。今天中午，又有14名学生…: another event's
        parsed = parse_count(m.group("num"))
        if parsed is None:
            continue
        value, bound = parsed
        # (一百三十来号人: about 130, shown so)
        qualifier = m.group("pre") or ("约" if m.group("suf") == "来" else m.group("suf")) or ""
        if qualifier:
            bound = Bound.ABOUT if qualifier in APPROXIMATE_WORDS else Bound.AT_LEAST
        if best is None or value > best.value:
            best = Mention(Kind.INJURED, value, bound, m.group(), m.start(), qualifier=qualifier)
    return best


@dataclass(frozen=True)
class Poisoning:
    """The people a food poisoning struck, as the text counts them (:func:`people_poisoned`)."""

    ill: tuple[Mention, ...]
    """The figures of those poisoned, taken ill or treated (``37名学生到医院就诊``)."""
    deaths: Mention | None
    ill_only: bool
    """No 中毒 said: people taken ill after a meal, a suspected food poisoning."""

    @property
    def count(self) -> float:
        """Everyone poisoned; those who died may be among them (120名学生食物中毒，其中1人死亡): not added."""
        return max(sum(m.value for m in self.ill), self.deaths.value if self.deaths else 0.0)


def people_poisoned(text: str, figures: Figures, event_type: EventType | None = None) -> Poisoning | None:
    """The people the food poisoning ``text`` reports struck (``None`` when it reports none). A
    public-health event (``event_type``) of people taken ill after a meal, no 中毒 said, is a
    suspected one (:func:`classifier.poisoning.ill_after_eating`)."""
    # every match of _FOOD holds one of these words, and most texts hold none: substring tests (of a
    # character first, a faster scan) cost far less than searching for their alternation, which stops
    # at every 中 and 食
    named = ("毒" in text and "中毒" in text) or ("食" in text and ("食源性疾病" in text or "食品安全事故" in text))
    if named and not any(
        reports_incident_at(text, m.start(), m.end())
        and (m.group().startswith(_NAMED_FOOD) or not gas_nearer(m.group()))
        for m in _FOOD.finditer(text)
    ):
        # (none, or only one recalled: 通报典型案例：2021年外省某小学食物中毒，200余名学生送医; or one at work
        # nearer its 中毒 than the food's words: 某餐馆员工清理化粪池时中毒)
        named = False
    named = named or eaten_poison(text) is not None  # 误食毒蘑菇，2人死亡: 中毒 unsaid
    # or people taken ill after a meal, with no 中毒 said (学生食用午餐后出现呕吐腹泻症状): suspected
    ill_only = not named and event_type is EventType.PUBLIC_HEALTH and ill_after_eating(text) is not None
    if not named and not ill_only:
        return None
    found = figures.report.figures
    ill = [m for k in (Kind.INJURED, Kind.SERIOUS, Kind.MINOR) if (m := found.get(k)) and "中毒" in m.quote]
    left_out = figures.report.excluded
    treated = _treated(text, left_out) if not ill or all(m.bound is Bound.AT_LEAST for m in ill) else None
    if (
        treated is not None
        and may_revise(text)
        and superseded(text, treated.start, treated.start + len(treated.quote), False)
    ):
        treated = None  # 网传“一中食物中毒住院上百人”，经核实，系该校35名学生…: the rumour's count, denied
    if treated is not None and treated.value > sum(m.value for m in ill):
        # 发生食物中毒 120余名学生送医: those treated were poisoned (多名宾客…中毒，住院治疗45人: more
        # than the lower bound said)
        ill = [treated]
    deaths = found.get(Kind.DEATHS)
    # (a report's field of none: 发病人数：126人；死亡人数：0人)
    return Poisoning(tuple(ill), deaths if deaths is not None and deaths.value > 0 else None, ill_only)


def food_poisoning_grade(poisoning: Poisoning) -> tuple[IncidentGrade, str] | None:
    """The grade the national food-safety plan gives a food poisoning (:func:`people_poisoned`),
    with its reason (``None`` below 30 poisoned and no death)."""
    ill, deaths, poisoned = list(poisoning.ill), poisoning.deaths, poisoning.count
    quote = _quote(*ill, *([deaths] if deaths else []))
    # 近百名学生食物中毒 are fewer than 100: graded just below, the desk asked to check (as _graded)
    short = any(_short_of(m) for m in ill) and poisoned == sum(m.value for m in ill)
    word = "进食后发病" if poisoning.ill_only else "食物中毒"
    graded = _food_grade(poisoned - 1 if short else poisoned, ill, deaths, word)
    if graded is None:
        return None
    grade, why = graded
    if poisoning.ill_only:
        why += "（原文未称中毒，按疑似食物中毒分级，请核实）"
    if short and (written := _food_grade(poisoned, ill, deaths, word)) and written[0].severity > grade.severity:
        why = f"{why}；若达{poisoned:g}人则为{written[0].label}，请核实"
    return grade, f"{why}{quote} → {grade.label}"


def _food_grade(
    poisoned: float, ill: list[Mention], deaths: Mention | None, word: str = "食物中毒"
) -> tuple[IncidentGrade, str] | None:
    """The food-safety plan's grade of a poisoning of ``poisoned`` people, ``deaths`` among them,
    with its reason naming them by ``word`` (``None`` below 30 poisoned and no death)."""
    if deaths and (deaths.value >= 10 or poisoned >= 100):
        grade = IncidentGrade.MAJOR
        head = f"{word}{poisoned:g}人，其中死亡{_people(deaths)}" if ill else f"{word}死亡{_people(deaths)}"
        why = f"{head}（食品安全事故：中毒100人以上并有死亡，或死亡10人以上）"
    elif poisoned >= 100:
        grade = IncidentGrade.LARGE
        shown = f"{poisoned:g}人" if not ill or len(ill) > 1 or deaths else _people(ill[0])
        why = f"{word}{shown}（食品安全事故：一起中毒100人以上）"
    elif deaths:
        grade = IncidentGrade.LARGE
        why = f"{word}死亡{_people(deaths)}（食品安全事故：出现死亡病例）"
    elif poisoned >= 30:
        grade = IncidentGrade.GENERAL
        shown = _people(ill[0]) if len(ill) == 1 else f"{poisoned:g}人"
        why = f"{word}{shown}（食品安全事故：一起中毒30～99人、无死亡）"
    else:
        return None
    return grade, why


_VAGUE = re.compile(rf"(?<![\d{CN_NUMERALS}十百千万])(?:数十?|多|若干|几十?)(?:名|人|位)")
"""A count of people with no number (数人, 多名, 若干人; 数十人): graded on its lower bound (two; twenty)."""


def grade_of(
    figures: Figures, poisoning: bool = False, plan: Plan = REGULATION
) -> tuple[IncidentGrade | None, list[str]]:
    """The statutory grade implied by ``figures`` alone, with reasons (``None`` without figures).

    ``poisoning``: the figures are of a food poisoning, which the food-safety plan grades by everyone
    poisoned (:func:`food_poisoning_grade`), so the 条例's note on the seriously injured is left out.
    ``plan``: the thresholds of the plan the event is graded by (:mod:`classifier.disaster_plans`:
    an earthquake's, a geological disaster's or an environmental incident's); a figure the plan does
    not grade by is named, not counted."""
    found = figures.report.figures
    if not found and not figures.report.excluded and not figures.report.no_casualties:
        return None, []  # (most texts state no figure: nothing below applies)
    reasons: list[str] = []
    grade: IncidentGrade | None = None

    def bump(candidate: IncidentGrade, reason: str) -> None:
        nonlocal grade
        reasons.append(f"{reason} → {candidate.label}")
        if grade is None or candidate.severity > grade.severity:
            grade = candidate

    deaths, missing = found.get(Kind.DEATHS), found.get(Kind.MISSING)
    if deaths or missing:
        used = [m for m in (deaths, missing) if m is not None]
        parts = [f"死亡{_people(deaths)}"] if deaths else []
        parts += [f"失踪/失联{_people(missing)}"] if missing else []
        total = figures.deaths + figures.missing
        by = plan.missing_by
        counted = f"，失踪/失联按{by}计入死亡，共{total}人" if deaths and missing else ""
        counted = counted or (f"（失踪/失联按{by}计入死亡）" if missing else "")
        if missing is not None and missing.with_deaths:  # 死亡、失踪12人(，其中死亡9人): one figure
            parts = [f"死亡、失踪/失联合计{_people(missing)}"] + ([f"其中死亡{_people(deaths)}"] if deaths else [])
            counted = f"（失踪/失联按{by}计入死亡）" if figures.missing or not deaths else f"，按死亡{total}人计"
        highest = total + sum(m.upper - m.value for m in used if m.upper)
        step, check = _graded(total, tuple(used), 1, plan.deaths)
        check += _would_be(highest, plan.deaths, step, "") if highest > total else ""
        if not check and any(m.bound is Bound.AT_LEAST and not m.unnumbered and _VAGUE.search(m.quote) for m in used):
            # 数人死亡: counted as two at least, but several may well be three (较大)
            above = min((t for t in plan.deaths if t > total), default=None)
            check += _would_be(above, plan.deaths, step, "") if above is not None else ""
        if missing is not None and missing.found_unstated:  # 12人失联，目前已找到8人: alive or dead?
            dead = grade_at(total + missing.found_unstated, plan.deaths)
            if dead.severity > step.severity:
                check += f"；已找到的{missing.found_unstated:g}人生死未写明，若其中遇难者计入则可达{dead.label}，请核实"
        band = plan.at_least(step, "deaths", "人")
        bump(step, f"{'、'.join(parts)}{counted}{band}{check}{_quote(*used)}")
    serious = found.get(Kind.SERIOUS)
    if serious and plan.serious is None:  # 地震, 地质灾害: injuries are no criterion
        reasons.append(f"重伤{_people(serious)}（{plan.criteria}，未计入）{_quote(serious)}")
    elif serious and plan.serious is not None:
        step, check = _graded(figures.serious, (serious,), 1, plan.serious)
        if serious.upper:
            check += _would_be(serious.upper, plan.serious, step, "")
        poisoned = serious.poisoned or ("中毒" in serious.quote and "重" not in serious.quote)
        word, note = (plan.poisoned, plan.poisoned_note) if poisoned else ("重伤", "")
        bump(step, f"{word}{_people(serious)}{note}{check}{_quote(serious)}")
    injured = found.get(Kind.INJURED)
    if injured:
        # 5人伤亡, 12人死伤: the dead and the injured together, how many died not said
        together = "伤亡" in injured.quote or "死伤" in injured.quote
        note = "（伤情未明：条例按重伤人数定级，未计入" if not serious else f"（其中重伤{figures.serious}人"
        if together and not (deaths or missing):
            note = "（死伤合计，死亡、重伤人数未写明：条例按死亡、重伤人数定级，未计入"
        if plan.serious is None:  # 地震, 地质灾害: injuries are no criterion
            unstated = "死伤合计，死亡人数未写明：" if together and not (deaths or missing) else ""
            note = f"（{unstated}{plan.criteria}，未计入"
        if poisoning and "中毒" in injured.quote:
            note = "（食物中毒：按食品安全事故分级，见下"
        elif together and not (deaths or missing):
            # the deaths among them reach a grade before the seriously injured do
            note += _would_be(figures.injured, plan.deaths, grade, "死亡")
        elif not serious and plan.serious is not None:
            note += _would_be(figures.injured, plan.serious, grade, "重伤")
        word = "伤亡（死伤合计）" if together else "中毒" if "中毒" in injured.quote else "受伤"
        reasons.append(f"{word}{_people(injured)}{note}）{_quote(injured)}")
    minor = found.get(Kind.MINOR)
    if minor:
        reasons.append(f"轻伤{_people(minor)}（不计入定级）{_quote(minor)}")
    loss = found.get(Kind.LOSS)
    if loss:
        big = loss.value >= 1e8
        shown = _amount(loss, loss.value / (1e8 if big else 1e4), "亿元" if big else "万元")
    if loss and plan.loss is None:  # 地震: a loss measured against the province's product
        reasons.append(f"直接经济损失{shown}（{plan.loss_note}）{_quote(loss)}")
    elif loss and (thresholds := plan.loss) is not None:
        step, check = _graded(loss.value, (loss,), 1e4, thresholds)
        if "损失" not in loss.quote:  # 烧毁货物价值约2000万元: what was destroyed, graded as the loss
            check += "；原文为烧毁、损毁财物的价值，按直接经济损失计，请核实"
        elif "直接" not in loss.quote:  # 经济损失, 火灾造成损失: graded as the 条例's direct loss
            check += "；原文未写明为直接经济损失，按直接经济损失计，请核实"
        bump(step, f"直接经济损失{shown}{plan.at_least(step, 'loss', '元')}{check}{_quote(loss)}")
    forest, burned = found.get(Kind.FOREST), found.get(Kind.BURNED)
    if forest:  # 森林防火条例 第四十条: graded by the forest damaged
        step, check = grade_at(forest.value - (1e-9 if _short_of(forest) else 0.0), FOREST_HECTARES), ""
        if _short_of(forest) and (written := grade_at(forest.value, FOREST_HECTARES)).severity > step.severity:
            check = f"；若达{forest.value:g}公顷则为{written.label}，请核实"
        bump(step, f"受害森林面积{_hectares(forest)}（森林火灾按受害森林面积定级）{check}{_quote(forest)}")
    if burned and not forest:
        # 过火面积 holds land other than forest: no grade of its own, the desk asked to check
        would = grade_at(burned.value, FOREST_HECTARES)
        check = ""
        if would is not IncidentGrade.GENERAL and (grade is None or would.severity > grade.severity):
            low = dict(zip(THRESHOLD_GRADES, FOREST_HECTARES, strict=True))
            check = f"；若其中受害森林面积达{low[would]:g}公顷则为{would.label}，请核实"
        reasons.append(
            f"过火面积{_hectares(burned)}（含非林地，森林火灾按受害森林面积定级，未计入{check}）{_quote(burned)}"
        )
    if figures.report.no_casualties and not (deaths or missing or serious or injured or minor):
        reasons.append(f"无人员伤亡（原文“{figures.report.no_casualties}”）")
    # one reason a sentence (模拟造成30人死亡、100人受伤的场景: two figures left out)
    reasons.extend(
        dict.fromkeys(f"未计入（{left.why}）：“{_unquoted(left.sentence)}”" for left in figures.report.excluded)
    )
    return grade, reasons


def _would_be(value: float, thresholds: tuple[float, float, float], grade: IncidentGrade | None, among: str) -> str:
    """The desk's check when ``value`` people of unstated harm would reach a higher grade than
    ``grade`` if enough of them were ``among`` (死亡, 重伤): ``；若其中重伤达10人则为较大，请核实``;
    without ``among``, when the upper end of a range would (``；若达3人则为较大，请核实``)."""
    would = grade_at(value, thresholds)
    if grade is not None and would.severity <= grade.severity:
        return ""
    low = dict(zip(THRESHOLD_GRADES, thresholds, strict=True))
    if would not in low:
        return ""
    among = f"其中{among}" if among else ""
    return f"；若{among}达{low[would]:g}人则为{would.label}，请核实"


def _unquoted(sentence: str) -> str:
    """``sentence`` without the quotation marks around all of it (a headline's quoted rumour), which the reason adds."""
    return sentence[1:-1] if len(sentence) > 2 and sentence[0] == "“" and sentence[-1] == "”" else sentence


def ungraded(proposal: GradeProposal, why: str) -> GradeProposal:
    """``proposal`` without a grade, for ``why`` (an event abroad, or elsewhere at home): the figures
    stay in the reasons, without the grade they would imply here."""
    reasons = [r.split(" → ")[0] for r in proposal.reasons]
    reasons.insert(1 if proposal.event_type in EMERGENCIES else 0, why)
    return replace(proposal, grade=None, reasons=tuple(reasons))


def _industrial(text: str, figures: Figures, *, anyone: bool = False) -> Figures:
    """``figures`` with the people poisoned by a gas or a chemical at work counted as seriously
    injured: the 条例 counts 急性工业中毒 as 重伤 (``化工厂氯气泄漏致2死31人中毒``: 31); with ``anyone``
    (an environmental incident, whose plan counts everyone poisoned), whoever was poisoned."""
    found = figures.report.figures
    hurt = found.get(Kind.INJURED)
    if hurt is not None and "中毒" not in hurt.quote and not hurt.poisoned and not (anyone and "吸入" in hurt.quote):
        # people hurt otherwise, not the poisoned (in an environmental incident those treated for what they breathed in
        # are: 58名学生因吸入刺激性气体送医)
        return figures
    if hurt is None and ("毒" not in text or "中毒" not in text) and not (anyone and "吸入" in text):
        # (a test for one character first: most texts; in an environmental incident those who breathed it in and were
        # treated, 一百一十七名居民因吸入有毒气体到医院就诊, are its poisoned)
        return figures
    if not anyone and industrial_poisoning(text) is None:
        return figures
    if hurt is None or hurt.bound is Bound.AT_LEAST:
        # 发生急性职业中毒，15名工人送医 (中毒 said of the incident only), 多名工人中毒，12名工人被送往医院: those
        # treated were poisoned, where more than the lower bound said
        treated = _treated(text)
        if treated is not None and (hurt is None or treated.value > hurt.value):
            hurt = replace(treated, poisoned=True)
    if hurt is None or hurt.value <= figures.serious:
        return figures
    moved: dict[Kind, Mention] = {k: m for k, m in found.items() if k is not Kind.INJURED}
    moved[Kind.SERIOUS] = replace(hurt, kind=Kind.SERIOUS)
    report = replace(figures.report, figures=moved)
    return replace(figures, serious=int(hurt.value), injured=0, report=report)


OCCUPATIONAL_POISONING = (50.0, 10.0)
"""急性职业中毒 by the 国家突发公共卫生事件应急预案 (1.3): 50 or more people poisoned at once is 重大,
10 to 49 较大."""
OCCUPATIONAL_DEATHS = (5.0, 1.0)
"""…and 5 or more dead 重大, any death (死亡4人以下) 较大."""


def _occupational_check(text: str, figures: Figures, grade: IncidentGrade) -> str | None:
    """The reason naming the higher grade the public-health plan gives a poisoning at work
    (``急性职业中毒事故致5名工人死亡``: 重大 there, 较大 by the 条例 it is graded by), or ``None``."""
    if not figures.deaths or industrial_poisoning(text) is None:
        return None
    poisoned = figures.report.figures.get(Kind.SERIOUS)
    count = poisoned.value if poisoned is not None and "中毒" in poisoned.quote else 0.0
    (most, more), (dead_most, dead_more) = OCCUPATIONAL_POISONING, OCCUPATIONAL_DEATHS
    if figures.deaths >= dead_most or count >= most:
        step = IncidentGrade.MAJOR
    elif figures.deaths >= dead_more or count >= more:
        step = IncidentGrade.LARGE
    else:
        return None
    if step.severity <= grade.severity:
        return None
    return (
        f"若死者系急性职业中毒：按《国家突发公共卫生事件应急预案》，死亡{figures.deaths:g}人"
        f"{f'、中毒{count:g}人' if count else ''}为{step.label}（此处按条例定级为{grade.label}），请核实"
    )


def _domestic_figures(text: str) -> tuple[Figures, str] | None:
    """The figures of the stretches at home of a text that states figures abroad and at home apart
    (:func:`classifier.domestic.split_by_place`), with the reason naming both; else ``None``."""
    split = split_by_place(text)
    if split is None:
        return None
    home, foreign = extract_figures(split.domestic), extract_figures(split.foreign)
    # 缅甸境内3人死亡，云南瑞丽暂无人员伤亡: the domestic figures are none
    if not (home.report.figures or home.report.no_casualties) or not foreign.report.figures:
        return None
    theirs = "、".join(
        f"{'伤亡' if '伤亡' in m.quote else kind.label}"
        f"{_hectares(m) if kind in AREAS else _people(m) if kind is not Kind.LOSS else f'{m.value / 1e4:g}万元'}"
        f"（原文“{m.quote}”）"
        for kind, m in foreign.report.figures.items()
    )
    why = (
        f"境外、境内伤亡分列：境外（{'、'.join(split.foreign_places)}）{theirs}，不适用国内突发事件分级，未计入；"
        f"按境内（{'、'.join(split.home_places)}）的伤亡定级"
    )
    return home, why


def _trapped_check(figures: Figures, trapped: float, quote: str, thresholds: tuple[float, float, float]) -> str:
    """The reason naming people still trapped (``仍有6人被困井下``): no figure of the 条例, and the
    desk asked to check when their deaths would raise the grade (deaths ``thresholds`` of the plan)."""
    dead = figures.deaths + figures.missing
    now, would = grade_at(dead, thresholds), grade_at(dead + trapped, thresholds)
    check = ""
    if would.severity > now.severity:
        check = f"；若其中遇难则死亡可达{dead + trapped:g}人，为{would.label}，请核实"
    return f"被困、被埋{trapped:g}人（原文“{quote}”）：不是失踪，未计入{check}"


_SPARED = re.compile(r"(?:暂无|无|未造成|没有造成|未发现)人员(?:伤亡|死亡)")
"""No one hurt, said of an incident whose type has no keyword here (救出12名被困群众，暂无人员死亡)."""
_NOT_AN_INCIDENT = re.compile(r"演练|演习|全年|连续|以来|安全生产|汛期|今年|年度|期间|全市|全县|全区|全省|全镇|辖区")
"""A drill, a period or a whole jurisdiction said to be without casualties: no incident."""


def _spared(figures: Figures, text: str) -> bool:
    """Whether ``text`` says of an incident that no one was hurt (:data:`_SPARED`)."""
    if not figures.report.no_casualties:
        return False  # (most texts say nothing of the kind)
    if _SPARED.search(text) is None or _NOT_AN_INCIDENT.search(text) is not None:
        return False
    return not denies_a_rumour(text)  # 网传…，经调查，为轮胎爆胎声响，无人员伤亡: the rumour's


EVENT_LEAD = 200
"""How far into an item (its title and the start of its body) an emergency word names the event the
item reports, when it states no casualty or loss and does not say that no one was hurt. Deeper in a
complaint, such a word is background far more often than a report: a risk (不怕出现安全事故吗), a
tally (事故多起), other places' events, a figure of speech (被各种无理绑架)."""


ISSUED_LEAD = 60
"""How far into a text the words of a document's issuing name what the text is (its title)."""
_ISSUED = re.compile(
    r"(?:关于)?印发[^。；;！!？?\n]{0,40}?(?:的)?通知"
    # (or a plan or a rule itself issued: 《江山市生产安全事故应急预案》修订发布, 印发修订后的《…》)
    r"|《[^》]{2,40}(?:预案|办法|规定|方案|细则|条例|意见|规划)》(?:修订)?(?:发布|印发|出台|施行|实施)"
    r"|印发(?:了)?(?:修订后的)?《[^》]{2,40}(?:预案|办法|规定|方案|细则|条例|意见|规划)》"
)
"""A notice issuing a document (关于印发《…应急预案（2026年修订）》的通知), or a plan issued
(《江山市生产安全事故应急预案》修订发布)."""
TIPS_LEAD = 16
"""How far into a text a tip's label names what it is (冬季取暖小常识：…), or a notice's (招聘…)."""
_NOTICE = re.compile(r"招聘|招录|招考|公开招|招标|采购|中标|比选|询价")
"""A notice of a job or a tender, in a text's opening (消防救援大队招聘政府专职消防员)."""
NOTICE_LEAD = 48
_HIRING = re.compile(r"招聘|招录|招考")
"""A hiring notice, in a text's opening: the people it counts are places to fill."""
"""How far into a text a tender's title may end (江山市突发环境事件应急监测设备采购项目招标公告)."""
_WARNING_ISSUED = re.compile(r"\s*[^，,。；;！!？?\s]{0,24}发布[^，,。；;！!？?\s]{1,12}预警[：:]")
"""A warning issued, as the text's label (市气象台发布暴雨橙色预警：预计今天下午到夜里…有大暴雨; 市自然资源和规划局、
市气象局联合发布地质灾害气象风险橙色预警：): a tip's words of harm, what may come."""
_NOTICE_TITLE = re.compile(r"(?:招标|采购|比选|询价|中标|招聘)[^，,。；;！!？?\n]{0,20}?(?:公告|公示|启事)")
"""A tender's or a job's notice named by its title's end (…设备采购项目招标公告)."""
_TIPS = re.compile(
    r"小常识|小知识|知多少|小贴士|安全提示|温馨提示|安全常识|科普|防范指南|注意事项|安全知识|【[^】]{0,12}提醒】"
    # (rules or points to keep: 有限空间作业“十不准”：…; 遇到山洪怎么办？这几点一定要记牢)
    r"|[一二三四五六七八九十]{1,2}(?:不准|严禁|禁止)|这几点|几点建议|要记牢|请牢记"
    # (a unit's warning as the text's label: 海事局提醒：受台风“海葵”影响，预计未来48小时…)
    r"|^\s*[^，,。；;！!？?\s]{1,8}提醒[：:]"
    # (or the public it reminds: 衞生防護中心提醒市民，秋冬季節進食火鍋時…)
    r"|^\s*[^，,。；;！!？?\s]{1,8}提醒(?:广大)?(?:市民|公众|居民|游客|家长|群众)"
    # (or the law explained: 车祸致残如何获赔？律师：交通事故受害人可主张以下赔偿)
    # (not a lawyer's word on an incident: 醉驾致4车连撞 律师：最高将获刑6个月)
    r"|如何(?:获赔|索赔|理赔|维权)|怎么(?:赔|索赔|理赔|维权)|以案说法|普法"
    # (as Hong Kong asks it: 車禍受傷點樣向保險公司索償？)
    r"|(?:点样|怎样|如何)(?:向[^，,。；;！!？?]{1,8}?)?(?:索偿|索赔|获赔|理赔)"
    # (孩子在野塘溺亡，塘主要担责吗？律师这样说)
    r"|担责吗|要担责|谁担责|律师这样说|律师说法"
)
_POLICY_SOLD = re.compile(r"投保|统统保|都能保|全都保|都保|保障范围|最高赔付|最高保额|保费")
"""A policy sold, what it covers told as its harms (出海作业、落水溺亡统统保，…立即投保); not a payout for one
who died (幸好买了意外险，家属获赔50万元)."""
AFTERMATH_LEAD = 80
"""How far into a text the words of an accident's aftermath name what the text is (a notice's or a report's title)."""
_AFTERMATH = re.compile(
    r"挂牌督办|事故调查报告|调查(?:评估)?报告[^。；;]{0,12}?(?:公布|批复|发布|出炉)|(?:批复|公布)[^。；;]{0,12}?调查(?:评估)?报告"
    r"|(?:事故|事件)(?:的)?(?:责任追究|问责|处理决定|结案)"
    # (a disaster's recovery: 峡口镇灾后重建有序推进…强降雨中受损的…已修复完成)
    r"|灾后重建|灾后恢复|恢复重建"
    # (关于“3·15”较大道路交通事故有关责任人员处理意见的通报)
    # (关于“5·16”较大火灾事故有关责任人员处理情况的通报)
    r"|(?:责任人员|责任人|相关人员|有关人员)(?:的)?(?:处理意见|处理决定|处理结果|处理情况|追责|问责)"
    # (…对负有责任的6名公职人员分别给予党纪政务处分)
    r"|(?:给予|予以)[^，,。；;！!？?]{0,6}?(?:党纪|政务|纪律|行政)(?:政务)?处分"
    # (…火灾事故造成3人死亡，市应急管理局等单位6名公职人员被问责; 因“4·7”爆炸事故，江山某化工公司被处以罚款260万元)
    r"|(?:公职人员|干部)[^，,。；;！!？?]{0,6}?(?:被|受到|予以)(?:问责|追责|处分|党纪处分|政务处分|免职|撤职)"
    # (…纵火案造成4人死亡，辖区派出所所长等5名责任人被问责)
    # (因对“5·12”持刀伤人案处置不力，3名民警被问责)
    r"|[\d一二两三四五六七八九十]+名(?:相关)?(?:责任人|责任人员|领导干部|民警|干部|工作人员|党员干部)[^，,。；;！!？?]{0,4}?"
    r"(?:被|受到|予以)(?:问责|追责|处分|免职|撤职)"
    # (…对市应急管理局等单位6名公职人员严肃问责)
    r"|严肃(?:问责|追责)"
    # (县纪委监委对5名公职人员进行问责; 中履职不力问题)
    r"|(?:进行|予以|实施)(?:问责|追责)|履职不力"
    # (因“9·3”农机作业事故，某农机专业合作社被县应急管理局处以罚款30万元)
    r"|被(?:[^，,。；;！!？?]{2,12}?)?处以[^，,。；;！!？?]{0,6}?罚款"
    # (as people post it: 上回那个烟花厂爆炸的事 厂子被应急局罚了两百六十万)
    r"|被[^，,。；;！!？?\s]{1,8}?罚了[\d一二两三四五六七八九十百千万]"
    # (…引发火灾，负有管理责任，某物业公司被消防救援大队罚款5万元)
    r"|负有[^，,。；;！!？?]{0,4}?责任[^。；;]{0,20}?罚款"
    # (the dead's families compensated: …事故遇难者家属与船主达成赔偿协议，赔偿款…已全部支付到位)
    r"|达成赔偿协议|赔偿款[^，,。；;！!？?]{0,10}?(?:到位|支付|发放)"
)
"""An earlier accident's supervision, investigation report, the blame or the penalty laid for it or the compensation
paid, or a disaster's recovery."""
_TIMED_NOW = re.compile(
    r"(?:今天|今日|今晨|昨天|昨日|昨晚)(?:上午|下午|晚上|凌晨|早上|中午|傍晚|夜间)?[\d一二两三四五六七八九十]{1,3}(?:时|点)"
)
"""A time of today or yesterday by the clock (今日14时许): an incident told, not a tip's case."""
_RECENT = re.compile(
    r"(?:昨日|昨天|昨晚|今天|今日|今晨|凌晨|当日)(?:[^。；;]{0,20}?发生|[\d一二两三四五六七八九十]{1,3}(?:时|点)"
    # (or as people post it: 昨晚化工厂爆炸死了3个人，厂子被应急局罚了两百万)
    r"|[^。；;\s]{0,12}?(?:爆炸|炸了|着火|起火|失火|塌了|死了))"
    # (or a disaster going on since a day: 6月19日以来，我市遭遇特大暴雨袭击…市防指要求全力做好灾后恢复工作)
    r"|\d{1,2}月\d{1,2}日以来"
    # (or this event's toll so far: 此次强降雨过程已造成全县8人死亡、4人失踪…，灾后恢复工作正在全面展开)
    r"|(?:此次|本次|这次)[^。；;]{0,16}?(?:已造成|已致|已导致)"
    # (or an accident's toll so far, named as such: 某基坑坍塌事故已造成11名工人遇难 国务院安委会挂牌督办)
    r"|(?:事故|事件|火灾|爆炸|坍塌)已(?:造成|致|导致)"
    # (or a toll still rising: …火灾遇难人数升至35人 国务院安委会挂牌督办, 遇难人数已由26人升至34人)
    r"|(?:人数|遇难者|死者|伤者)[^，,。；;！!？?]{0,8}?(?:升至|增至|上升(?:到|至)|增加(?:到|至))"
    # (or a day of this month, as news tells it, with no month or year: 21日16时许，…一列过山车冲出轨道)
    r"|(?<![月\d年])\d{1,2}日(?:凌晨|上午|下午|晚上|傍晚|中午|早上|夜间|夜里|晚|\d{1,2}时)"
    # (or the search for it ending with a body found today: 最后一名被埋工人遗体于今晨挖出…省安委办已对该事故查处
    # 挂牌督办)
    r"|(?:遗体|尸体)[^，,。；;！!？?]{0,2}?(?:今晨|今天|今日|昨晚|昨天|昨日)[^，,。；;！!？?]{0,6}?(?:挖出|找到|搜寻到|打捞|寻获)"
)
"""A recent day an accident happened on (省安委办对昨日发生的…事故挂牌督办: the accident is news)."""


_SURVEILLANCE = re.compile(
    r"监测(?:周报|月报|日报|报告|情况)|哨点医院|流感样病例"
    # (or a period's cases compared: 1至11月，全市共报告手足口病病例427例，同比下降18.6%)
    # (较去年同期下降31%)
    r"|(?:共|累计)报告[^，,。；;！!？?\n]{0,12}?病例[^。；;！!？?\n]{0,30}?(?:同比|环比|同期)"
    # (or a period's sporadic cases: 今年以来，全省累计报告霍乱病例6例，均为散发病例)
    rf"|{DISEASE_PERIOD}[^。；;！!？?\n]{{0,12}}?(?:共|累计)报告[^。；;！!？?\n]{{0,16}}?散发"
    # (or a week's notifiable diseases: 本周全市共报告法定传染病病例486例)
    r"|法定传染病"
)
"""A disease surveillance report (流感监测周报, 哨点医院报告流感样病例…例, 共报告…病例…同比下降)."""
_OUTBREAK_TOLD = re.compile(
    r"暴发|爆发|(?<!未出现)(?<!未发生)(?<![无未])聚集性|集中发病|(?<![无未和])死亡|(?<![无未])重症|不明原因"
)
"""What in a surveillance report tells an outbreak after all (某校发生流感样病例暴发疫情; not 无死亡病例,
未出现聚集性疫情)."""
_NONE_TOLD = re.compile(r"(?:未|无|没有)(?:报告|发现|出现|发生)[^，,。；;！!？?\n]{0,8}?(?:死亡|重症|聚集性|暴发|爆发)")
"""None of them told, words between (未报告食物中毒死亡病例): no outbreak."""


def _sentence_of(text: str, at: int) -> str:
    """The sentence of ``text`` that holds ``text[at]``."""
    sentences = Sentences(text)
    return sentences.until(sentences.start_of(at), at)


def _surveillance(text: str) -> bool:
    """Whether ``text`` is a disease surveillance report telling no outbreak (:data:`_SURVEILLANCE`)."""
    return (
        (
            "监测" in text
            or "哨点" in text
            or "样病例" in text
            or "比" in text
            or "同期" in text
            or "散发" in text
            or "法定" in text
        )
        and _SURVEILLANCE.search(text) is not None
        and _OUTBREAK_TOLD.search(_NONE_TOLD.sub("", text)) is None
    )


_CRACKED = re.compile(r"裂缝|裂开|开裂|裂了|滑移|滑坡隐患|变形迹象|位移迹象")
"""A slope's cracks or its slipping, as reports and people tell them (后山出现裂缝, 后山裂了好几道大口子,
边坡出现滑移迹象，经专家研判属小型滑坡隐患)."""


_SEVERAL_ILL = re.compile(
    r"暴发|爆发|(?<![\d.第])(?:[2-9]|\d{2,}|[两三四五六七八九十百千几数多]+)(?:余|多)?(?:例|名|个|位|人(?!次))"
)
"""A disease's outbreak, or several of its cases or people told (幼儿园出现手足口病病例12例, 多名学生确诊流感): a
disease named with them may be an outbreak (not 1名学生确诊肺结核, 潜伏期一般为12至48小时)."""


CROWD = 10
"""The fewest people counted as gathered that make a gathering a mass incident where no word typed it."""


def _in_lead(text: str, terms: tuple[str, ...]) -> bool:
    """Whether an emergency word of ``terms`` occurs in the lead of ``text`` (:data:`EVENT_LEAD`)."""
    if len(text) <= EVENT_LEAD:
        return True
    lead = text[:EVENT_LEAD]
    return any(term in lead for term in terms)


def propose(text: str, *, is_simplified: bool = False) -> GradeProposal:
    """Event type, figures and proposed grade of ``text`` (title and body joined).

    Traditional characters are read as simplified (:mod:`yuqing.traditional`: ``十一人罹難``), so
    the reasons quote such a text in simplified characters; ``is_simplified`` says the caller has
    simplified it already (the classifier stage does so once for all its readers)."""
    text = corrected(unspaced_counts(text if is_simplified else as_mandarin(simplified(text))))
    event_type, terms = event_type_of(text)
    figures = extract_figures(text)
    apart = _domestic_figures(text) if figures.report.figures else None
    if apart is not None:
        figures = apart[0]
    plan = plan_for(event_type, terms, text)
    if (
        event_type not in EMERGENCIES
        and (figures.report.figures or evacuated(text) is not None or animals_killed(text))
        and (words := pollution(text)) is not None
    ):  # (the figures first: most texts have none, and pollution's words are many to look for)
        # (or animals it killed: 河沟水体遭污染，200余头生猪饮水后死亡)
        # 企业违规排放废气…58名学生因吸入刺激性气体送医治疗, 违法排放含氰废水致河道污染，疏散沿岸群众6200人: pollution
        # that reached people, typed by no accident word
        event_type, terms, plan = EventType.ACCIDENT, (words,), ENVIRONMENT
    if plan is ENVIRONMENT and event_type is EventType.PUBLIC_HEALTH:
        event_type = EventType.ACCIDENT  # (a poisoning a release brought: an environmental incident)
    figures = _industrial(text, figures, anyone=plan is ENVIRONMENT)
    gathered_after = event_type is EventType.SOCIAL_SECURITY and GATHERING_TERMS.issuperset(terms)
    # (water drunk that pollution reached is no food: 井水被污染了，六十多个人喝了以后都出现中毒症状)
    drank = plan is ENVIRONMENT and drank_polluted(text)
    poisoning = (
        None if drank else people_poisoned(text, figures, EventType.PUBLIC_HEALTH if gathered_after else event_type)
    )
    if gathered_after and poisoning is not None:
        # 晚餐后有学生出现呕吐腹泻，累计就诊学生已达136人…家长聚集在校门口: the meal's sick, whom the gathering follows
        ill = ill_after_eating(text) if poisoning.ill_only else None
        event_type, terms = EventType.PUBLIC_HEALTH, (ill.symptom if ill is not None else "中毒",)
    if poisoning is not None and "监测" in text and _surveillance(text):
        poisoning = None  # 食源性疾病监测周报…共报告食源性疾病病例312例: a week's reported cases, no outbreak
    food = food_poisoning_grade(poisoning) if poisoning is not None else None
    grade, reasons = grade_of(figures, poisoning=food is not None, plan=plan)
    if food is not None:
        reasons.append(food[1])
        if grade is None or food[0].severity > grade.severity:
            grade = food[0]
    hurt = figures.deaths or figures.missing or figures.serious or figures.injured or figures.minor
    if (
        event_type in EMERGENCIES
        and not (hurt or figures.loss_yuan)
        and not _in_lead(text, terms)
        and not _spared(figures, text)  # 所幸未造成人员伤亡: an incident was told
    ):
        # 小区已经有三次火灾了, 不怕出现安全事故吗 deep in a complaint: no incident the item reports
        event_type, terms = event_type_of(text, emergencies=False)
    if (
        event_type is EventType.PUBLIC_HEALTH
        and not (hurt or figures.loss_yuan)
        and poisoning is None
        and all(term in DISEASE_NAMES or f"排除{term}" in text for term in terms)
        and _SEVERAL_ILL.search(text) is None
    ):
        # (or one ruled out: 网传某县出现人感染禽流感病例？…已排除禽流感)
        # 诺如病毒感染后多久发病？, 某高校1名学生确诊肺结核, 我省连续3年无本土麻疹病例: a disease named, no outbreak
        # told (not 幼儿园出现手足口病病例12例; an outbreak's cases are also read below, classifier.outbreaks)
        event_type, terms = event_type_of(text, emergencies=False)
    emergency = event_type in EMERGENCIES
    crowd = gathered(text) if not emergency else None
    if (
        crowd is not None
        and crowd.verb != "上访"
        and crowd.count >= CROWD
        and reports_incident_at(text, crowd.at, crowd.at + len(crowd.verb))
    ):
        # 一百多个业主拉横幅, 门口聚了五六十个农民工讨薪: a gathering told by its people, no word typed it (not
        # 业主不断拉横幅上访 in a complaint: no one counted; nor a petition, 几百名受害人再次上访, told of an office)
        event_type, terms, emergency = EventType.SOCIAL_SECURITY, (crowd.verb,), True
    if (
        # (or a storm's, as the cause: 受连续强降雨影响，石门镇一处山体出现大面积裂缝和滑移迹象，威胁坡下120户600余人)
        (
            not emergency
            or (event_type is EventType.NATURAL_DISASTER and plan is REGULATION and not hurt)
            # (or a slope's collapse typed as an accident: 后山出现3条拉裂缝，局部已有小规模垮塌…威胁坡下41户186人)
            or (event_type is EventType.ACCIDENT and not hurt and _COLLAPSES.issuperset(terms))
        )
        and ("裂" in text or "滑" in text or "迹象" in text)
        and (signs := _CRACKED.search(text)) is not None
        and ("山" in text or "坡" in text)
        and threatened(text) is not None
    ):
        # 后山近日出现多条裂缝并持续扩大，威胁坡下60户230余人: a geological danger, by the people it threatens
        # (边坡出现滑移迹象…威胁坡下12户43人: by its slipping)
        sign = "山体裂缝" if "裂" in signs.group() else signs.group()
        event_type, terms, emergency, plan = EventType.NATURAL_DISASTER, (sign,), True, GEOLOGICAL
    cut = intake_cut(text) if plan is ENVIRONMENT or not emergency else None
    if cut is not None and not emergency and environmental(text):  # 水源地受到污染，自来水厂停止取水
        event_type, terms, emergency, plan = EventType.ACCIDENT, (cut.quote,), True, ENVIRONMENT
    sick = outbreak(text) if event_type is EventType.PUBLIC_HEALTH or not emergency else None
    if sick is not None and not (sick.grade.severity > IncidentGrade.GENERAL.severity) and _surveillance(text):
        sick = None  # 今年以来，全省累计报告霍乱病例6例，均为散发病例: a period's cases, no outbreak
    if sick is not None and (at := text.find(sick.quote)) >= 0 and defines(_sentence_of(text, at)):
        sick = None  # …1周内发病30例以上的，为重大突发公共卫生事件: a plan's class, no outbreak
    if sick is not None:  # 确诊2例肺鼠疫, 霍乱病例增至12例, 接种疫苗后死亡: the public-health plan's criteria
        if not emergency:
            event_type, terms, emergency = EventType.PUBLIC_HEALTH, (sick.what,), True
        reasons.append(f"{sick.reason()} → {sick.grade.label}")
        if grade is None or sick.grade.severity > grade.severity:
            grade = sick.grade
    if emergency and plan is ENVIRONMENT and (moved := evacuated(text)) is not None:  # 疏散群众6000余人
        step = grade_at(moved.count, EVACUATED)
        reasons.append(f"{moved.reason(step)} → {step.label}")
        if grade is None or step.severity > grade.severity:
            grade = step
    if emergency and plan is ENVIRONMENT and cut is not None:  # 自来水厂停止取水
        reasons.append(f"{cut.reason()} → {cut.grade.label}")
        if grade is None or cut.grade.severity > grade.severity:
            grade = cut.grade
    if emergency and plan is GEOLOGICAL:  # 滑坡威胁下方12户48人: a danger graded by the people it threatens
        for danger in (threatened(text), potential_loss(text)):
            if danger is not None:
                reasons.append(f"{danger.reason()} → {danger.grade.label}")
                if grade is None or danger.grade.severity > grade.severity:
                    grade = danger.grade
    if emergency and plan is EARTHQUAKE and (quake := magnitude(text)) is not None:  # 发生5.2级地震
        # the first reading by magnitude; tolls abroad and at home told apart: a quake mostly abroad
        # (an epicentre abroad: 缅甸发生7.2级地震 我国云南多地有震感 is no earthquake at home of 7.2)
        epicentre = foreign_epicentre(text, quake.start)
        reading, first = first_reading(quake, abroad=apart is not None, epicentre=epicentre)
        reasons.append(f"{first} → {reading.label}" if reading is not None else first)
        if reading is not None and (grade is None or reading.severity > grade.severity):
            grade = reading
        if epicentre is not None and grade is None and not (hurt or figures.loss_yuan):
            # 缅甸发生6.1级地震，我国云南多地震感明显，国内暂未收到人员伤亡报告: felt here, no disaster here
            felt = "震中在境外，境内未见伤亡或损失：不属境内地震灾害，未定级"
            typed = f"事件类型{event_type.label}（{'、'.join(terms)}）"
            return GradeProposal(event_type, terms, None, (typed, *reasons, felt), figures)
        if (
            reading is None
            and quake.value < 4.0
            and not (hurt or figures.loss_yuan)
            and (
                (figures.report.no_casualties and _QUAKE_HOUSES.search(text) is None)
                or (set(terms) <= {"地震"} and _QUAKE_DAMAGE.search(text) is None)
            )
        ):
            # 发生3.1级地震…全市未接到人员伤亡和房屋损坏报告: a small quake felt, no disaster (nor one told with no harm
            # at all: 浙江衢州市柯城区附近发生3.2级左右地震)
            small = "震级4.0级以下且未见伤亡或损失：不属地震灾害，未定级"
            typed = f"事件类型{event_type.label}（{'、'.join(terms)}）"
            return GradeProposal(event_type, terms, None, (typed, *reasons, small), figures)
    # (a boiler that burst: 锅炉…炸了; a crane that fell as posted: 厂里的龙门吊整个倒了)
    burst = event_type is EventType.ACCIDENT or (not emergency and ("炸" in text or "吊" in text or "起重" in text))
    if burst and (equipment := equipment_grade(text)) is not None:
        # 塔吊倒塌; 纸厂的锅炉今天早上炸了 (no event word of its own)
        found = equipment.grade
        if not emergency and found is not None:
            event_type, terms, emergency = EventType.ACCIDENT, (equipment.what,), True
        reasons.append(equipment.reason if found is None else f"{equipment.reason} → {found.label}")
        if found is not None and (grade is None or found.severity > grade.severity):
            grade = found
    if (stuck := stranded(text)) is not None:  # 电梯困人3小时, 过山车高空滞留2小时: a special equipment accident
        if not emergency:
            event_type, terms, emergency = EventType.ACCIDENT, (stuck.what,), True
        reasons.append(f"{stuck.reason} → {stuck.grade.label}")
        if grade is None or stuck.grade.severity > grade.severity:
            grade = stuck.grade
    if (stated := stated_grade(text)) is not None:  # 发生一起较大道路交通事故
        # (people told unnumbered are no figure against a grade stated: 指导“11·21”重大火灾事故处置…伤员救治)
        counted = any(not m.unnumbered for m in figures.report.figures.values())
        grade, why = with_stated(stated, grade, bool((hurt and counted) or figures.loss_yuan))
        reasons += [why] if why else []
    if not emergency and not hurt and not figures.loss_yuan and (near := near_miss(text)) is not None:
        why = f"未遂/险情（原文“{near}”）：事件未发生，未见伤亡或损失，不按可能的后果定级，未定级"
        return GradeProposal(event_type, terms, None, (*reasons, why), figures)
    if emergency:
        reasons.insert(0, f"事件类型{event_type.label}（{'、'.join(terms)}）")
    if apart is not None:
        reasons.insert(1 if emergency else 0, apart[1])
    hurt_here = grade is not None or emergency or figures.injured or figures.minor
    place = abroad(text) if hurt_here and apart is None else None
    if place is not None and place.chinese is None:
        proposal = GradeProposal(event_type, terms, grade, tuple(reasons), figures)
        return ungraded(proposal, f"境外事件（原文“{place.place}”）：不适用国内突发事件分级，未定级")
    if place is not None:
        reasons.append(
            f"境外事件（原文“{place.place}”），涉及中国公民（原文“{place.chinese}”）：按原文伤亡定级，其中中国公民人数请核实"
        )
    if (trapped := still_trapped(text)) is not None:
        reasons.append(_trapped_check(figures, *trapped, plan.deaths))
    if grade is not None and (occupational := _occupational_check(text, figures, grade)) is not None:
        reasons.append(occupational)
    if grade is not None and figures.report.figures and (guess := hedged(text, figures.report)) is not None:
        reasons.append(f"原文“{guess}”为推测或未经证实的说法，请核实")
    among, dead = grade_at(figures.missing, plan.deaths), grade_at(figures.deaths + figures.missing, plan.deaths)
    said = dead_among_missing(text, figures.report.figures) if among.severity < dead.severity else None
    if grade is not None and said is not None:  # 7人失联 目前已有4人遇难: the 4 may be of the 7
        reasons.append(
            f"遇难者若在先报的失联人员之中，则共{figures.missing:g}人，为{among.label}，请核实（原文“{said}”）"
        )
    if grade is None and emergency and only_statistics(text, terms, figures.report):
        why = "所述为多起事件或一段时期的统计数字，未报告具体事件 → 未定级"
        return GradeProposal(event_type, terms, None, (*reasons, why), figures)
    if grade is None and emergency and only_definitions(text, terms, figures.report):
        why = "所述为定义或分级标准，未报告具体事件 → 未定级"
        return GradeProposal(event_type, terms, None, (*reasons, why), figures)
    if (
        grade is None
        and event_type is EventType.PUBLIC_HEALTH
        and not (hurt or figures.loss_yuan)
        and _surveillance(text)
    ):
        # 江山市第12周流感监测周报　本周全市哨点医院共报告流感样病例1326例: a surveillance report, no outbreak
        why = "所述为传染病监测报告，未报告暴发或聚集性疫情 → 未定级"
        return GradeProposal(event_type, terms, None, (*reasons, why), figures)
    # people hurt: an incident happened, even where its type has no keyword here
    if grade is None and (emergency or figures.injured or figures.minor or _spared(figures, text)):
        grade = IncidentGrade.GENERAL
        figures_named = any(r.startswith(("受伤", "伤亡", "中毒", "轻伤", "无人员伤亡", "过火面积")) for r in reasons)
        reasons.append("伤亡、损失未达较大 → 一般" if figures_named else "未见伤亡或损失数字 → 一般")
    proposal = GradeProposal(event_type, terms, grade, tuple(reasons), figures, poisoning if emergency else None)
    if (
        grade is not None
        and not figures.loss_yuan
        and insured(text)
        # (a harm told without a number is what a policy covers: 出海作业、落水溺亡统统保)
        and (
            not (figures.deaths or figures.missing)
            or (
                all(m.unnumbered and m.value <= 1 for m in figures.report.figures.values())
                and _POLICY_SOLD.search(text) is not None
            )
        )
    ):
        # 意外险一年只要99元 交通意外、溺水、火灾烧伤统统保: the harms a policy covers, no incident
        return ungraded(proposal, "所述为保险条款或广告，所列伤亡为保障范围，未报告具体事件，未定级")
    if (
        grade is not None
        # (a hiring notice's places counted are no one hurt: 公开招聘急诊科、重症医学科医师及护理人员48名)
        and not (
            figures.loss_yuan
            or (hurt and (figures.deaths or figures.missing or not _HIRING.search(text, 0, NOTICE_LEAD)))
        )
        and (_NOTICE.search(text, 0, TIPS_LEAD) is not None or _NOTICE_TITLE.search(text, 0, NOTICE_LEAD) is not None)
    ):
        # 江山市消防救援大队招聘政府专职消防员20名：…能适应火灾扑救: a notice, its emergency words a job's
        return ungraded(proposal, "所述为招聘、招标等公告，未报告具体事件，未定级")
    if (
        grade is not None
        and not (hurt or figures.loss_yuan)
        and ("印发" in text or "》" in text)
        and _ISSUED.search(text, 0, ISSUED_LEAD) is not None
    ):
        # 关于印发《江山市防汛防台抗旱应急预案》的通知: a document issued, its hazards named in general
        return ungraded(proposal, "所述为印发文件（预案、方案、办法等）的通知，未报告具体事件，未定级")
    if (
        grade is not None
        and (_TIPS.search(text, 0, TIPS_LEAD) is not None or _WARNING_ISSUED.match(text) is not None)
        and not figures.loss_yuan
        # (or a harm told without a number: 孩子在水库溺亡如何获赔？律师：…; 【健康提醒】被犬、猫抓伤咬伤后，应立即…;
        # not one whose people were counted before it, 提醒：昨夜…一家三口…一氧化碳中毒身亡)
        and (not hurt or all(m.unnumbered and m.value <= 1 for m in figures.report.figures.values()))
        # (not one told at a time of today or yesterday: 【应急提醒】今日14时许，一名村民在摘除马蜂窝时被蜇，送医后
        # 经抢救无效死亡。请广大群众…)
        and not (hurt and _TIMED_NOW.search(text))
    ):
        # 冬季取暖小常识：…一氧化碳中毒…: a tip's words of harm, no incident
        return ungraded(proposal, "所述为安全提示或科普，未报告具体事件，未定级")
    if grade is not None and legal_question(text):
        # 车祸伤者一个月后去世，肇事方要担什么责？律师：…: the case a question puts
        return ungraded(proposal, "所述为法律问答，所列伤亡为问题所设情形，未报告具体事件，未定级")
    if grade is not None and drill_told(text):
        # 2名工人中毒倒地…这是我市…应急救援综合演练的一幕: the drill's casualties, told like a real event's
        return ungraded(proposal, "所述为演练（原文称“这是…演练”）：不是真实发生的事件，未定级")
    if (
        grade is not None
        and (after := _AFTERMATH.search(text, 0, AFTERMATH_LEAD)) is not None
        and not _RECENT.search(text)
    ):
        # 关于对贺村镇“11·18”较大爆炸事故查处实行挂牌督办的通知, 《…机械伤害事故调查报告》近日经市政府批复公布: an
        # earlier accident's investigation, no event now (not an accident of 昨日 put under supervision)
        return ungraded(proposal, f"事件的后续处置（原文“{after.group()}”）：不是新发生的事件，未定级")
    return proposal
