"""Sentences that tell of a case tried: a court's verdict, a trial or a prosecution.

A verdict (``男子纵火致邻居3人死亡获刑15年``, ``一审被判死刑``), a trial (``被告人驾驶货车致3人死亡，
法院判处…``) or a prosecution (``发生一起导致1人死亡的事故，被检察院以重大责任事故罪起诉``) tells of an
incident long past: its toll is an earlier event's (:func:`classifier.other_events.other_event`), and
a text of it alone gets no grade, as no 5-hour clock starts on a sentencing; so is an incident another
sentence of the text tells without a day of now (:func:`case_tried_in`: ``2016年8月23日，…致2名乘客
死亡。…最终判其有期徒刑4年``; not ``10月5日，…致3人死亡`` beside a case of another year). A conviction
told as earlier (``肇事司机曾因醉驾被判刑``) is the past of someone in the event reported now, and
leaves its sentence's toll alone; so does a sentence to come (``律师：最高将获刑6个月``).
"""

from __future__ import annotations

import re

from classifier.prefilter import Prefiltered
from classifier.sentences import SENTENCE_END

_TRIAL_WORD = re.compile(r"判|审|诉|获刑|死刑|被告|案例|积案|时隔|尘封|潜逃|在逃|告破|侦破|破获|研讯|死因庭|捕")
"""A character or word every verdict or trial of :data:`_TRIED` has (most sentences have none). Each
alternative opens with a character of its own, which lets the regex engine skip from one of them to
the next (a character class among the alternatives makes it try every position)."""
_TRIED = Prefiltered(
    re.compile(
        r"获刑|被判(?!定|断|别|读)|判处|宣判|一审|二审|终审|再审|执行死刑|判决|改判|受审|庭审|开庭审理|公开审理|审理[^，,。；;]{0,20}?案|被告人"
        # (as Hong Kong courts word it: 高等法院裁定误杀罪成 判囚12年)
        r"|罪成|判囚"
        # (or its coroner's court: 死因研讯：地盘工人堕斜坡身亡 陪审团裁定死于意外)
        r"|死因研讯|死因庭"
        r"|判(?:其|他|她)(?:有期徒刑|无期徒刑|死刑|拘役|缓刑)"
        # a prosecution (被检察院以重大责任事故罪起诉, 提起公诉; not 家属起诉: a civil claim)
        r"|公诉|(?:检察院|检察机关)[^，,。；;]{0,20}?起诉|罪[^，,。；;]{0,6}?起诉"
        # (or an arrest approved, weeks after: 市人民检察院依法对涉嫌重大责任事故罪的犯罪嫌疑人毛某批准逮捕)
        r"|涉嫌[^，,。；;]{0,20}?罪[^。；;]{0,30}?(?:批准逮捕|批捕)"
        # (or a claim won in court, long after: 因电梯事故致1死 家属起诉物业获赔87万元)
        r"|起诉[^，,。；;]{0,12}?(?:获赔|判赔)"
        # a court's or a ministry's cases released as examples (最高法发布危害生产安全犯罪典型案例，
        # 其中一案中…致14人死亡): cases tried long ago
        r"|(?:发布|公布|通报|印发)[^，,。；;]{0,16}?(?:典型|指导性|警示)案例"
        # a cold case solved, or one who fled caught, years after (命案积案告破, 时隔24年, 潜逃21年的杀人嫌疑人落网,
        # 一起1996年的纵火致3人死亡案近日告破)
        # (not one who struck again after: 男子杀人潜逃12年后再杀1人)
        r"|积案|(?:尘封|潜逃|在逃)(?:了)?[\d一二三四五六七八九十]+年(?!后?(?:再|又))"
        # (时隔 only of a case solved: not 时隔一年，昨晚该路段又发生一起车祸)
        r"|时隔(?:了)?[\d一二三四五六七八九十]+年(?=[^。；;！!？?]{0,30}?(?:告破|侦破|破获|落网|抓获|破案))"
        r"|(?:19|20)\d\d年[^，,。；;]{0,30}?案[^，,。；;]{0,10}?(?:告破|侦破|破获)"
    )
)
"""A court's verdict, a trial or a prosecution (被判有期徒刑6年, 一审判处, 宣判, 以重大责任事故罪起诉;
not 被判定为责任事故), or cases released as examples (发布…典型案例)."""
_EARLIER_CONVICTION = re.compile(r"(?:曾|此前|之前|以前|先前|早前)[^，,。；;]{0,12}$")
_PROSPECT = re.compile(r"(?:将(?!其|他|她)|会|可能|面临|有望|恐)[^，,。；;]{0,2}$")
"""A sentence to come (律师：最高将获刑6个月): the incident is still the one reported."""
_MOTIVE = re.compile(r"(?:不满|不服)[^，,。；;]{0,2}$")
"""A verdict resented (一男子因不满判决结果，在法院门口持刀砍伤2名路人): the motive of what is done now."""
_RESISTED = re.compile(r"拒捕|抓捕(?:过程中|时|中)")
"""One who fled caught now, harming someone as they were (在逃10年的…嫌疑人昨日落网，抓捕过程中其持刀拒捕，
刺伤一名民警)."""


_AT_TRIAL = re.compile(
    r"(?:审理|宣判|庭审|开庭|审判)[^，,。；;]{0,16}?(?:时|后|期间|过程中)[，,](?![^，,。；;]{0,6}?(?:查明|认为|认定))"
)
"""A trial as the time of what happens now (今天上午，某区人民法院在审理一起民间借贷纠纷案时，被告人突然冲向原告…将其
头部砸伤; 今天上午一审宣判后，被告人的两名家属在法院门口与法警发生冲突): not a case tried (not 审理此案时查明)."""


def tried(sentence: str) -> bool:
    """Whether ``sentence`` tells of a case tried (``男子纵火致邻居3人死亡获刑15年``, ``被告人驾驶货车
    致3人死亡，法院判处…``): its toll is an earlier event's, whatever the sentence dates. A conviction
    told as earlier (``肇事司机曾因醉驾被判刑``) is the past of someone in the event reported now, and a trial
    of a day of now as the time of what happened (:data:`_AT_TRIAL`) the scene of a new one."""
    if _TRIAL_WORD.search(sentence) is None:
        return False
    if ("时" in sentence or "后" in sentence) and _AT_TRIAL.search(sentence) is not None and told_now(sentence):
        return False
    for m in _TRIED.finditer(sentence):
        clause_start = max(sentence.rfind(c, 0, m.start()) for c in "，,；;") + 1
        if _MOTIVE.search(sentence, clause_start, m.start()) is not None or (
            m.group().startswith(("潜逃", "在逃")) and _RESISTED.search(sentence, m.end()) is not None
        ):
            continue
        if _EARLIER_CONVICTION.search(sentence, clause_start, m.start()) is None and not _PROSPECT.search(
            sentence, clause_start, m.start()
        ):
            return True
    return False


_TOLD_NOW = re.compile(
    r"今天|今日|今晨|今早|昨日|昨天|昨晚|昨夜|前天|刚刚|日前|近日|当天"
    # a day without its year (10月5日, 5日): a report of now, not 2016年8月23日
    r"|(?<![年\d])\d{1,2}月\d{1,2}日|(?<![年月\d])\d{1,2}日"
)
_last: tuple[str, bool] = ("", False)
_ENDS = "。！？!?；;\n"
"""What ends a sentence (:data:`~classifier.sentences.SENTENCE_END`)."""


def case_tried_in(text: str) -> bool:
    """Whether a sentence of ``text`` tells of a case tried (:func:`tried`): the incident its other
    sentences tell without a day of now is the case's (``2016年8月23日，…致2名乘客死亡。…法院…判其
    有期徒刑4年``), long past. Asked once per text (by identity), however many words ask."""
    global _last
    last = _last
    if last[0] is not text:
        last = _last = (text, _any_tried(text))
    return last[1]


def _any_tried(text: str) -> bool:
    """Whether a sentence of ``text`` is :func:`tried`: only the sentences holding a trial word are
    read (a complaint's 投诉 and 诉求 hold one; most of its sentences do not)."""
    end = -1
    for word in _TRIAL_WORD.finditer(text):
        if word.start() < end:
            continue  # in the sentence read already
        start = max(text.rfind(c, 0, word.start()) for c in _ENDS) + 1
        found = SENTENCE_END.search(text, word.end())
        end = found.start() if found else len(text)
        if tried(text[start:end]):
            return True
    return False


def told_now(sentence: str) -> bool:
    """Whether ``sentence`` dates what it tells by a day of now (``昨日``, ``10月5日``; not ``2016年8月23日``)."""
    return _TOLD_NOW.search(sentence) is not None
