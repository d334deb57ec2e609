"""Outbreaks of infectious disease and harm from vaccination, graded by 《国家突发公共卫生事件应急预案》.

The plan (1.3 分级) grades a public-health event by what broke out and how many fell ill, not by the
条例's dead and injured. What a news item can show is read (:func:`outbreak`):

* **肺鼠疫, 肺炭疽**: one to four cases 较大, five or more in a county within one incubation period
  (6 days) 重大; in a large or middle-sized city and spreading 特别重大 (named for the desk to check);
* **腺鼠疫** (and 鼠疫 whose form is not said, named so for the desk): under ten cases in a county
  一般, ten or more 较大, twenty or more across a city 重大;
* **霍乱**: under ten cases within a week 一般, ten to 29 较大, thirty or more 重大;
* **传染性非典型肺炎 (非典, SARS) and 人感染高致病性禽流感**: a suspected case 重大, a case confirmed
  重大 and 特别重大 if spreading (named for the desk);
* **群体性不明原因疾病** (or several people struck by a disease of unknown cause, or by its signs:
  ``多名村民出现不明原因发热症状``, ``不明原因肺炎``): in a county 较大,
  beyond it 重大, several provinces 特别重大 (named for the desk);
* **vaccination and mass preventive medication**: a death 重大 (whether it was the vaccine's is for
  the investigation, said so), a group's psychogenic or adverse reaction 较大.

Food poisoning, the plan's other common criterion, is read by :mod:`classifier.poisoning` and
:mod:`classifier.grading`. A disease named in a drill, a rumour denied, a fear or a precaution is
no outbreak (:func:`classifier.contexts.reports_incident_at`), nor is one ruled out (``排除霍乱``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from classifier.contexts import reports_incident_at
from classifier.numbers import CN_NUMERALS, NUM, Bound, parse_count
from classifier.other_events import disease_tally
from classifier.prefilter import Prefiltered
from classifier.sentences import Sentences, clause_before
from models.enums import IncidentGrade

__all__ = ["DISEASE_TERMS", "Outbreak", "ReportedCases", "outbreak", "reported_cases"]

_E, _M, _L, _G = (
    IncidentGrade.ESPECIALLY_MAJOR,
    IncidentGrade.MAJOR,
    IncidentGrade.LARGE,
    IncidentGrade.GENERAL,
)

_DISEASE = Prefiltered(
    re.compile(
        r"(?P<lung>肺鼠疫|肺炭疽)|(?P<bubonic>腺鼠疫)|(?P<plague>鼠疫)|(?P<cholera>霍乱)"
        r"|(?P<sars>传染性非典型肺炎|非典型肺炎|非典|SARS)"
        r"|(?P<flu>人感染(?:高致病性)?(?:H5N1|H5N6|H5)?(?:型)?(?:高致病性)?禽流感"
        # (another subtype named as highly pathogenic: 人感染H7N9高致病性禽流感)
        r"|人感染H\d{1,2}N\d{1,2}型?高致病性禽流感)"
        # (or its signs, named as the plan's 群体性不明原因疾病 are first seen: 不明原因发热, 不明原因肺炎)
        r"|(?P<unknown>不明原因(?:的)?(?:疾病|疫病|怪病|发热|发烧|高热|高烧|肺炎|腹泻|呕吐|皮疹|出疹|脑炎)"
        # (or the signs, then their cause told unknown: 出现高热、咳嗽、乏力等症状，病因尚未查明)
        r"|(?:发热|发烧|高热|高烧|咳嗽|腹泻|呕吐|皮疹|出疹|乏力)[^。；;！!？?]{0,16}?(?:病因|病原|致病原因)"
        r"(?:(?:尚|仍|暂|目前|至今)?(?:未|不)(?:查明|明确|明|清楚|确定)|(?:尚|仍)在(?:检测|调查|排查|化验))"
        # (as people post it: 八九个人发烧咳嗽住院了，医生也查不出是啥病)
        r"|(?:发热|发烧|高热|高烧|咳嗽|腹泻|呕吐|皮疹|出疹|乏力)[^。；;！!？?]{0,24}?"
        r"(?:查不出|说不清|说不上|说不出|搞不清|弄不清|(?:都)?(?:没|未|没有)(?:能)?(?:确诊|查出|查明))(?:是|得)?(?:啥|什么)病)"
    )
)
"""(Each pattern of this module opens with an alternation of groups, which ``re`` cannot skip ahead
in: :class:`classifier.prefilter.Prefiltered` tries it only where a match can begin.)"""
_CASES = Prefiltered(
    re.compile(
        # (the illness named between: 10名不明原因肺炎患者)
        rf"(?P<n>{NUM})(?P<more>余|多|来)?(?:例|名(?:[\u4e00-\u9fff]{{0,8}}?)(?:患者|病人|病例|感染者)"
        # (who they are and when between: 十余名村民近日相继出现; no other count: 一个村 九个老人前后发烧)
        rf"|(?:人|个人|[名个位](?:(?![\d{CN_NUMERALS}])[\u4e00-\u9fff\s]){{0,10}}?)"
        r"(?:确诊|感染|发病|患病|染病|出现|患上|被确诊|发烧|发热|高烧|咳嗽|腹泻"
        # (or in hospital for it: 已经九个人住院了)
        r"|住院|住进医院))"
        # (or those who reacted, told rising: 出现不良反应的学生已增至137人)
        rf"|(?:发病|感染|确诊|患病|反应的[\u4e00-\u9fff]{{1,4}}?)(?:人数)?(?:已)?(?:达到|达|为|共|已达|增至|升至)?"
        # (or by 个, as people post it: 已经确诊十一个了)
        rf"(?P<n2>{NUM})(?P<more2>余|多)?(?:人|例|名|个(?=了|[，,。！!？?\s]|$))"
    )
)
_SEVERAL = re.compile(r"多名|多人|数名|一批|群体性|聚集性|集体|好几个|好多个|十来个|十几个|好些")
"""Several struck, counted or as people post it (好几个老人发烧咳嗽住院 十来个了)."""
_SUSPECTED = re.compile(r"疑似")
_CONFIRMED = re.compile(r"确诊|确认|证实|检出")
_RULED_OUT = re.compile(r"排除|并非|不是|阴性")
_BROKE_OUT = re.compile(r"(?:发生|出现|发现|报告|新增|暴发|爆发)了?(?:一起|1起|一例|1例)?[^，,。；;！!？?]{0,4}$")
_A_CASE = re.compile(r"(?:病例|患者|病人|感染者|疫情)")
"""A case or an outbreak told without a count, after a word of its breaking out (``发生肺鼠疫病例``,
``出现霍乱疫情``)."""
_SPREADING = "若在大、中城市发生并有扩散趋势则为特别重大，请核实"

_NAMED_VACCINES = ("百白破", "卡介苗", "脊灰", "乙脑", "流脑", "麻腮风", "HPV", "水痘")
"""Vaccines parents name without 疫苗 (打完百白破)."""
_VACCINE_NAMES = "|".join(_NAMED_VACCINES)
_NAMED_VACCINE = re.compile(_VACCINE_NAMES)
"""One of :data:`_NAMED_VACCINES` (one search: a loop over the names on every text had cost as much as the rest)."""
_VACCINE = Prefiltered(
    re.compile(
        r"(?:接种|注射|打)(?:了|完)?[\u4e00-\u9fff\w]{0,10}?(?:疫苗|预防针|加强针)|预防接种|(?:群体性)?预防性服药"
        # (a vaccine by its name alone, as parents post it: 打完百白破)
        rf"|(?:接种|注射|打)(?:了|完)?(?:{_VACCINE_NAMES})"
        # the vaccine first (疫苗接种后，先后有23名儿童出现…异常反应)
        r"|(?:疫苗|预防针)(?:集中|统一|集体|批量)?(?:接种|注射)"
        # (集中服用预防性药物; or what it is against between: 服用预防性驱虫药物)
        r"|服用[\u4e00-\u9fff]{0,6}?预防(?:性)?[\u4e00-\u9fff]{0,4}?(?:药|用药)"
        # (a drug given to all, named: 组织辖区小学集中服用阿苯达唑片预防寄生虫病)
        r"|(?:集中|统一|集体)服用[^，,。；;！!？?]{1,12}?(?:药物|药片|片|丸)"
        # (a vaccine's catch-up: 开展麻疹疫苗查漏补种)
        r"|(?<=疫苗)(?:查漏)?补种"
        # (the vaccine unsaid, its reaction named: 接种后出现发热、皮疹等不良反应的学生已增至137人)
        r"|接种后(?=[^。；;！!？?]{0,16}?(?:不良反应|异常反应))"
    )
)
_PREVENTIVE = ("预防接种", "预防针", "预防性服药", "预防药", "预防性药", "预防用药", "集中服用", "统一服用", "驱虫药")
_DIED = re.compile(
    r"死亡|身亡|去世|离世|不治|夭折|抢救无效|没(?:能)?(?:抢救|救)(?:过来|回来)|(?<=[就人])(?:这么|这样)?(?:走了|没了)"
    # (送到市人民医院抢救，还是走了)
    r"|(?<=还是)(?:走了|没了)"
)
"""A death after a vaccine (as a parent posts it: 打完百白破疫苗，当天晚上就走了; 送到市人民医院也没抢救过来)."""
_REACTION = re.compile(
    r"心因性反应|不良反应|异常反应|出现[^，,。；;]{0,16}?等(?:反应|症状|不适)"
    # as people post it: the signs alone, or the shot's reaction (打完疫苗 下午二十几个小朋友发烧 呕吐 说是打针后的反应)
    r"|(?:打针|接种|打疫苗|打完针|疫苗)后的?反应|(?<=[人童生友子娃])(?:都|就|陆续|先后|相继)?(?:发烧|发热|高烧|呕吐|头晕|晕倒|晕厥|抽搐)"
    r"|(?:陆续|先后|相继)(?:出现)?(?:发烧|发热|高烧|呕吐|头晕|晕倒|晕厥|抽搐|抽筋)"
)
"""A reaction after a vaccine, named or told by its signs (陆续有20多名孩子出现发热、头晕、呕吐等反应)."""
_VACCINATED = Prefiltered(
    re.compile(rf"(?P<n>{NUM})(?P<more>余|多)?(?:名|人|位|个(?=小孩|孩子|学生|小朋友|人|娃|儿童|老人))")
)
"""People counted before the vaccine in its sentence: those vaccinated, struck where no other count is."""


@dataclass(frozen=True)
class Outbreak:
    """What broke out, how many it struck and the grade the plan gives it, with the words read."""

    grade: IncidentGrade
    what: str
    """The disease or harm as the text names it (``肺鼠疫``, ``接种疫苗``)."""
    quote: str
    criterion: str
    """The plan's criterion met, and what the desk should check."""
    cases: float | None = None
    """The cases counted (the largest, a cumulative figure), where the text counts them."""
    bound: Bound = Bound.EXACT

    def reason(self) -> str:
        return f"{self.what}（突发公共卫生事件：{self.criterion}）（原文“{self.quote}”）"


_Cases = tuple[float, Bound, int, int]
"""A count of cases, its bound and where its words are."""


def _cases(text: str, low: int, high: int) -> _Cases | None:
    """The most cases counted between ``low`` and ``high`` (``确诊2例``, ``12名患者``; a cumulative
    figure is the largest), with its bound and where its words are."""
    most = _most(_CASES, text, low, high)
    return (most[0], most[1], most[2].start(), most[2].end()) if most is not None else None


def _most(
    pattern: Prefiltered, text: str, low: int, high: int, skip: re.Pattern[str] | None = None
) -> tuple[float, Bound, re.Match[str]] | None:
    """The largest count ``pattern`` finds in ``text[low:high]`` (its group ``n`` or ``n2``, a lower
    bound with ``more`` or ``more2``), with its bound and its match; none whose clause holds ``skip``
    before it."""
    best: tuple[float, Bound, re.Match[str]] | None = None
    for m in pattern.finditer(text, low, high):
        if skip is not None and skip.search(clause_before(text, m.start(), _TALLY_REACH)):
            continue
        groups = m.groupdict()
        number = groups.get("n") or groups.get("n2")
        parsed = parse_count(number) if number else None
        if parsed is None:
            continue
        value, bound = parsed
        if groups.get("more") or groups.get("more2"):
            bound = Bound.AT_LEAST
        if best is None or value > best[0]:
            best = (value, bound, m)
    return best


def _counted(cases: _Cases | None) -> str:
    if cases is None:
        return "病例数未写明"
    value, bound = cases[0], cases[1]
    return f"{value:g}例{'以上（下限）' if bound is Bound.AT_LEAST else ''}"


def _graded(kind: str, word: str, cases: _Cases | None, suspected: bool) -> tuple[IncidentGrade, str]:
    n = cases[0] if cases else 1.0
    counted = _counted(cases)
    if kind == "lung":
        if n >= 5:
            return _M, f"{word}{counted}，一县一个平均潜伏期内（6天）5例以上为重大；{_SPREADING}"
        return _L, f"{word}{counted}，一个平均潜伏期内不足5例为较大；{_SPREADING}"
    if kind in ("bubonic", "plague"):
        form = "" if kind == "bubonic" else "未写明鼠疫类型，按腺鼠疫定级；若为肺鼠疫则为较大（5例以上重大），请核实；"
        if n >= 20:
            return _M, f"{form}腺鼠疫{counted}，一市一个平均潜伏期内20例以上为重大"
        if n >= 10:
            return _L, f"{form}腺鼠疫{counted}，一县一个平均潜伏期内10例以上为较大"
        return _G, f"{form}腺鼠疫{counted}，一县一个平均潜伏期内不足10例为一般"
    if kind == "cholera":
        week = "（按一周内发病数定级，请核实时段）"
        if n >= 30:
            return _M, f"霍乱{counted}，一市1周内30例以上为重大{week}"
        if n >= 10:
            return _L, f"霍乱{counted}，一县1周内10～29例为较大{week}"
        return _G, f"霍乱{counted}，一县1周内9例以下为一般{week}；市（地）级以上城市的市区首次发生为较大，请核实"
    if kind in ("sars", "flu"):
        if suspected:
            return _M, f"{word}疑似病例为重大"
        return _M, f"{word}病例（疑似病例即为重大）；有扩散趋势则为特别重大，请核实"
    # a disease of unknown cause struck a group
    return (
        _L,
        "一县内发现群体性不明原因疾病为较大；扩散到县（市）以外为重大，涉及多个省份并有扩散趋势为特别重大，请核实",
    )


_NEXT_SENTENCE = re.compile(r"[。！？!?；;\n\s]*")
"""The marks ending a sentence, and spaces, up to the next one's words."""
_MOST_NAMED = 64
"""How many namings of a disease are read (a real report names one a few times; a run-on text of
thousands, each in one long sentence, had taken minutes)."""


def _disease(text: str) -> Outbreak | None:
    best: Outbreak | None = None
    sentences = Sentences(text)
    counted: dict[int, _Cases | None] = {}  # each sentence's cases, counted once
    named = list(islice(_DISEASE.finditer(text), _MOST_NAMED))
    # 排除霍乱, 非鼠疫: ruled out, and so is the case a rumour named (网传“城南发现霍乱病人”？…已排除霍乱)
    ruled_out = {
        m.group()
        for m in named
        if _RULED_OUT.search(text, max(sentences.start_of(m.start()), m.start() - 6), m.start())
        # (or by the disease's short name later: 网传某县出现人感染禽流感病例？…已排除禽流感)
        or ("排除" in text and f"排除{m.group()[-3:]}" in text[m.end() :])
    }
    for m in named:
        kind = m.lastgroup
        if kind is None or m.group() in ruled_out or not reports_incident_at(text, m.start(), m.end()):
            continue
        low, high = sentences.start_of(m.start()), sentences.end_of(m.end())
        sentence = text[low:high]
        if disease_tally(sentence):
            continue  # 本月全国共报告法定传染病病例约85万例…，霍乱报告3例: a month's sums, no outbreak
        if low not in counted:
            # (the cases of its own clause or after it: not 法定传染病病例约85万例, …霍乱报告3例)
            clause = max(low, *(text.rfind(mark, low, m.start()) + 1 for mark in "，,：:"))
            counted[low] = _cases(text, clause, high)
            marks = _NEXT_SENTENCE.match(text, high)
            nxt = marks.end() if marks is not None else high
            if counted[low] is None and nxt < len(text):
                # the cases told in the next sentence, no other disease named there (听说凤林那边有霍乱？…
                # 说已经确诊12例了; after a run of marks: 坛石镇那边真有霍乱？？问了…说已经确诊11例了)
                after = sentences.end_of(nxt)
                if _DISEASE.search(text, nxt, after) is None:
                    counted[low] = _cases(text, nxt, after)
        cases = counted[low]
        if kind == "unknown" and cases is None and _SEVERAL.search(sentence) is None:
            continue  # one person's illness of unknown cause: no group
        if kind == "unknown" and cases is not None and cases[0] < 3 and _SEVERAL.search(sentence) is None:
            continue
        told = _CONFIRMED.search(sentence) is not None or _SUSPECTED.search(sentence) is not None
        told = told or (
            _A_CASE.match(text, m.end()) is not None
            and _BROKE_OUT.search(text, max(low, m.start() - 12), m.start()) is not None
        )
        if kind != "unknown" and cases is None and not told:
            continue  # a disease named with no case (霍乱疫苗, 鼠疫防控知识): no outbreak told
        suspected = _SUSPECTED.search(sentence) is not None and _CONFIRMED.search(sentence) is None
        grade, criterion = _graded(kind, m.group(), cases, suspected)
        if suspected and kind not in ("sars", "flu"):
            criterion += "；原文为疑似病例，待确诊，请核实"
        quote = text[min(m.start(), cases[2]) : max(m.end(), cases[3])] if cases else sentence.strip()[:40]
        found = Outbreak(grade, m.group(), quote, criterion, *((cases[0], cases[1]) if cases else ()))
        if best is None or grade.severity > best.grade.severity:
            best = found
    return best


_NOT_VACCINATED = re.compile(r"(?:未|没|没有|未能|拒绝|不愿)(?:及时|按时|按规定|全程)?$")
"""A vaccination not given, right before its words (未及时接种狂犬病疫苗)."""


def _vaccination(text: str) -> Outbreak | None:
    if "无关" in text and _RULED_OUT.search(text) is not None:
        return None  # 经调查诊断，该幼儿死亡系重症肺炎所致，与接种流感疫苗无关: a death the vaccine did not cause
    sentences = Sentences(text)
    for m in _VACCINE.finditer(text):
        low, high = sentences.start_of(m.start()), sentences.end_of(m.end())
        if _NOT_VACCINATED.search(text, max(low, m.start() - 6), m.start()) is not None:
            continue  # 未及时接种狂犬病疫苗: no one vaccinated
        died = _DIED.search(text, m.end(), high)
        if died is not None and reports_incident_at(text, died.start(), died.end()):
            quote = text[m.start() : died.end()]
            return Outbreak(
                _M,
                m.group(),
                quote,
                "预防接种或群体性预防性服药出现人员死亡为重大；死亡与接种、服药是否有关（偶合症、异常反应）待调查诊断，请核实",
            )
        reaction = _REACTION.search(text, m.end(), high)
        if reaction is None and high < len(text):
            # the reaction told in the next sentence (…开展流感疫苗集中接种。当日下午起，先后有23名学生出现发热…等反应)
            high = sentences.end_of(high + 1)
            reaction = _REACTION.search(text, m.end(), high)
        sentence = text[low:high]
        if reaction is not None and reports_incident_at(text, reaction.start(), reaction.end()):
            cases = _cases(text, low, high)
            # (with no count of the struck, those vaccinated: 40余名学生接种疫苗后出现头晕等不良反应)
            vaccinated = _most(_VACCINATED, text, low, m.start()) if cases is None else None
            struck = cases[0] if cases is not None else vaccinated[0] if vaccinated is not None else 0.0
            if struck >= 3 or _SEVERAL.search(sentence) is not None:
                return Outbreak(
                    _L,
                    m.group(),
                    text[m.start() : reaction.end()],
                    "预防接种或群体性预防性服药出现群体心因性反应或不良反应为较大",
                )
    return None


def outbreak(text: str) -> Outbreak | None:
    """The outbreak or harm from vaccination ``text`` reports, graded by the public-health plan (see the
    module docstring), or ``None``. The gravest where several are told."""
    # (this runs on every text that reports no emergency: a test for one character, which is many
    # times cheaper than one for two, comes first, and no generator runs over the words)
    plague_or_vaccine = "疫" in text
    named = (plague_or_vaccine and "鼠疫" in text) or ("霍" in text and "霍乱" in text)  # (not 挥霍)
    named = named or ("疽" in text and "炭疽" in text) or ("禽" in text and "禽流感" in text)
    named = named or ("典" in text and "非典" in text) or ("S" in text and "SARS" in text)
    unknown = ("明" in text and "不明原因" in text) or (
        "病" in text
        and (
            "病因" in text
            or "致病原因" in text
            or "病原" in text
            or "查不出" in text
            or "么病" in text
            or "啥病" in text
        )
    )
    found = _disease(text) if named or unknown else None
    vaccine = (
        (plague_or_vaccine and "疫苗" in text)
        or ("针" in text and "加强针" in text)
        # (given 打 or 接种 or 注射: one test for a character before the search over the text)
        or (("打" in text or "种" in text or "射" in text) and _NAMED_VACCINE.search(text) is not None)
    )
    vaccine = vaccine or ("接种后" in text and "反应" in text)
    preventive = ("防" in text and "预防" in text) or "服用" in text  # (集中服用驱虫药片: no 预防 said)
    if vaccine or (preventive and any(word in text for word in _PREVENTIVE)):
        harmed = _vaccination(text)
        if harmed is not None and (found is None or harmed.grade.severity > found.grade.severity):
            found = harmed
    return found


_RULED_OUT = re.compile(
    r"与(?:接种|注射|服用|服药)?[^，,。；;！!？?]{0,10}?(?:疫苗|接种|服药|汤剂|药物)[^，,。；;！!？?]{0,4}?无关"
)
"""The vaccine or the medicine ruled out as the cause (与接种流感疫苗无关)."""
DISEASE_TERMS = frozenset(
    {"疫情", "传染病", "聚集性", "确诊", "感染者", "新冠", "禽流感", "不明原因疾病", "疑似病例", "诺如病毒"}
    | {"霍乱", "登革热", "甲型流感", "甲流", "流感", "鼠疫", "手足口病", "麻疹", "狂犬病", "怪病"}
    | {"肺结核病例", "结核病病例", "肺结核疫情", "结核病疫情", "结核病聚集"}
)
"""The event words of an outbreak of a disease (not a poisoning's), whose cases a brief counts."""
_REPORTED = Prefiltered(
    re.compile(
        rf"(?:发病|报告|确诊|感染|患病)(?:[\u4e00-\u9fff]{{0,6}}?)(?:人数|病例数)?(?:达到|达|为|共|已达|增至|升至)?"
        rf"(?P<n>{NUM})(?P<more>余|多)?(?P<unit>人|例|名)"
    )
)
"""Cases counted as an outbreak's report counts them (累计发病学生36人, 累计报告病例21例, 陆续报告3例登革热本地病例)."""
_TALLY = re.compile(r"今年|去年|全年|年内|年初|本年度|同比|环比")
"""A clause of a period's tally (今年以来全市累计报告手足口病1200例): not this outbreak's cases."""
_TALLY_REACH = 60
"""How far back in its clause a count's tally words are looked for."""


@dataclass(frozen=True)
class ReportedCases:
    cases: float
    bound: Bound
    quote: str
    unit: str
    """例, or 人 where the text counts people (发病学生36人)."""


def reported_cases(text: str) -> ReportedCases | None:
    """The most cases ``text`` says were reported or fell ill (a cumulative figure is the largest), for
    an outbreak of any disease: the brief states them whether or not the plan grades by them."""
    most = _most(_REPORTED, text, 0, len(text), _TALLY)
    if most is None:
        return None
    value, bound, m = most
    return ReportedCases(value, bound, m.group(), "例" if m.group("unit") == "例" else "人")
