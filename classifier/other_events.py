"""Which sentences state figures of *other* events than the one a text reports.

* **Statistics** over many incidents or a period are never this event's: counts of incidents
  (``共发生23起``, ``事故12起，``, ``46宗``, ``交通事故120次``: :mod:`classifier.counted_times`; but
  ``发生两起山体滑坡16人丧生`` reports incidents), yearly and
  periodic figures (``每年``, ``年均``, ``同比``, ``今年以来``, ``入汛以来``, ``全年``), and spans of
  years (``自2010年至今``, ``2010年以来``, ``近5年``, ``多年来``, ``3年共``; ``百年来最强`` is no
  span but a comparison), and tallies so far over months or weeks opening their clause
  (``1个月已溺亡4名孩子``, ``一周内已有5人溺亡``; not ``事发一周来已有5人死亡``, one incident's toll).
  A season's or a period's toll over a whole country or province (``今年汛期，全省因洪涝灾害死亡23人``,
  ``7月以来，受持续强降雨影响，全省因灾死亡12人``: :func:`season_tally`) is one too, though a
  disaster that goes on is named, unless one disaster is (``台风“利奇马”``, ``此次降雨``).
  A figure whose own clause tells one incident and tallies nothing (``这是今年以来该市第三起火灾，
  昨日凌晨的大火造成3人死亡``) is no statistic (:func:`tallied`).
* **Running totals** (``累计``, ``总数``, ``总人数``, ``以来``) are this event's latest toll when
  they are about one ongoing event: the sentence states an increment, a rise or a search
  (``新增死亡4人，累计死亡89人``, ``死亡人数升至``, ``累计打捞遇难者遗体``, ``踩踏事故累计造成36人
  死亡``) or the total's own
  clause, or the text's title or lead, names an event that goes on for days (an epidemic, a flood, an earthquake:
  ``8月以来洪灾死亡人数升至123人``). Otherwise, or when the total is of a kind of incident
  (``交通事故``, ``生产安全``) or of a whole jurisdiction (``全市``, ``我国``) without such an
  event, it is a statistic (``该路段发生事故死亡总人数达50多人``, ``伊战爆发以来…死亡人数达4432人``).
* **Definitions and ranges** (``3人以上10人以下``, ``是指``, ``具备下列条件之一者为一级重大事故``).
* **A case tried**: a sentence telling a verdict, a trial or a prosecution (``获刑15年``, ``一审被判死刑``,
  ``被告人…``, ``以重大责任事故罪起诉``);
  not a conviction told as earlier (``肇事司机曾因醉驾被判刑``).
* **Scenes imagined**: a work's story (``电影《长津湖》讲述了…``, ``剧中``), a drill's or a
  hypothesis's toll (``模拟造成30人死亡、100人受伤的场景``,
  ``演练假定…造成12人死亡``, ``假设…``), after such a word in its sentence, and a condition's
  (``如果楼体坍塌…就有300多人死亡``, ``万一``, ``一旦``) unless an earlier event is told after it.
* **Earlier events**: what follows ``曾发生`` (``曾报道``, ``曾遭遇`` …), ``此前的一次``, ``上一起``,
  ``去年`` (not ``去年以来``,
  nor a comparison: ``比去年同期``),
  ``历史上``, an anniversary up to an incident told after it (``纪念…周年``, ``汶川地震十五周年：…``),
  a year told as a story's background (``2017年该项目启动建设时``), ``继…后``
  (an incident this one follows), ``X年前`` (``10年前的今天`` is no day of this event), a disaster
  named by its year without a month (``1998年特大洪水``, ``2008年汶川地震``), an era
  long past (``抗战``, ``日军``, ``民国`` …) up to a marker of this event (``本次``, ``此次``,
  ``目前``).
* **Reports corrected or denied** (:func:`superseded`): a figure the text says is wrong
  (``此前通报的死亡12人有误``, ``网传“30人死亡”不实``, ``11人死亡系重复统计``), and a figure of an
  earlier report or a rumour (``此前有消息称…12人死亡``, ``初步统计死亡12人``, ``而非此前报道的
  12人``) when the text corrects it with a figure of the same kind (``经核实，实际死亡9人``).
* **Earlier events told by their month** (``今年3月，该厂发生一起爆炸事故，造成12人死亡``,
  ``2022年8月``, ``3月份``, ``上个月``): a month without its day dates an event the text tells as
  background when another sentence reports one as this event's (``本次事故造成2人受伤``,
  ``今天上午该矿再次发生冒顶``, ``昨日的事故``, ``昨晚，…起火``); alone, the dated event is the one
  reported. A day told as background and a month written with another year are read by
  :mod:`classifier.dated`.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Sequence

from classifier.counted_times import times_counts
from classifier.numbers import NUM
from classifier.prefilter import Prefiltered
from classifier.sentences import SENTENCE, SENTENCE_END
from classifier.trials import tried

_COUNTED = r"(?:起(?!来|床|诉|草|步|身|飞|点|因|了)|宗(?!教|旨|地|亲|族|祠|派|师))"
"""The words incidents are counted by (46起, 46宗; 宗地, 宗教 are no counts)."""
_INCIDENTS = re.compile(
    # 共发生…23起 / 事故12起，: a count of incidents; 发生两起山体滑坡16人丧生 reports incidents
    # 25.2万起: tens of thousands of incidents, a national or provincial tally
    rf"(?:共|累计|总计|合计)[^，,。；;]{{0,12}}?(?:[2-9]|\d{{2,}}|[两三四五六七八九十百千万几数多]+)(?:余|多)?{_COUNTED}"
    # (look-behinds after the first character, so the search still skips ahead to candidates;
    # 第3起 is an ordinal)
    r"|(?:[2-9]|\d{2,}|[两三四五六七八九十百千万几数多]+)[起宗](?<!第\d[起宗])(?<!第\d\d[起宗])"
    r"(?<!第[两三四五六七八九十][起宗])(?<!第[两三四五六七八九十]{2}[起宗])"
    # (3起事故共造成11人死亡: the incidents named, then their sum)
    # (or their kind between: 接连发生3起道路交通事故，共造成11人死亡)
    r"(?=[，,、：:（(]|$|死亡|受伤|造成|致|共|[\u4e00-\u9fff]{0,6}?(?:事故|事件|火灾|案件|险情)[，,]?(?:共|累计|合计|总计))"
    r"|\d+(?:\.\d+)?万[起宗]"
    r"|累计发生"
)
_MONTH = "一二三四五六七八九十"
_MONTHS = rf"(?:\d{{1,2}}|[{_MONTH}]{{1,2}})"
_YEARS = r"(?:\d+|[一二两三四五六七八九十百几数多]+)"
_COMPARED = r"(?:最|首|罕|未|之|头|第一|[^，,。；;\d]{1,6}?(?:最|首次|首起|首例|罕见|未见|头一|第一))"
_NOT_COMPARED = f"(?!{_COMPARED})"
"""Not a comparison (百年来最强, 60年来首次, 近20年来伤亡最重) nor the first of a period (今年以来全市首起较大事故):
a span of time that adds up."""
_PERIOD = Prefiltered(
    re.compile(
        r"同比|环比|全年|上半年|下半年|季度|平均每|每年|每月|每逢|每到|每当|年均|月均|(?<![次当同翌前昨今明该])日均|年共|年间|历年|多年来"
        # (years of them, as people say it: 这几年已经淹死好几个人了; a career's: 30年里他从江里捞起了200多具遗体)
        r"|这几年|这些年|近几年|这两年|这三年|(?:\d{1,3}|[一二两三四五六七八九十几]{1,3})年里"
        # (this year's so far, as people complain of it: 这段省道今年都撞死三个骑电瓶车的了)
        r"|今年都|今年已经"
        # (the year's first months, as Hong Kong counts them: 今年首10個月全港共錄得火警3,215宗)
        r"|(?:首|前)(?:\d{1,2}|[一二两三四五六七八九十]{1,3})个月"
        # (or quarters, as Taiwan counts them: 今年前三季職業災害統計)
        r"|(?:首|前)[一二两三]季"
        # (a holiday's or some months' so far: 今年暑假全省已经有二十多个孩子溺水死亡了, 该镇1个月已溺亡4名孩子)
        r"|今年暑假|暑假以来|暑期以来|(?:\d{1,2}|[一两三四五六七八九十半])个多?月(?:内|来|里|间)?(?:已经|已|就)"
        # (a season's across a region: 今年夏季，全省因高温中暑死亡11人)
        # (or a farming season's: 今年“三夏”期间，全省因农机事故死亡14人)
        r"|(?:今年|去年|今|去)(?:夏季|夏天|冬季|冬天|暑期|春运期间|春节期间|国庆期间|[“\"]?(?:三夏|三秋|双抢)[”\"]?期间"
        r"|春耕期间|秋收期间|麦收期间)[，,]?"
        r"(?:全国|全省|全市|全县|全区|我省|我市|我县|本市|本县|本省)"
        # (or a flood season's across a province: 今年汛期全省因灾死亡14人; not a county's one disaster,
        # 今年汛期，全县暴雨致2人死亡)
        r"|(?:今年|去年)(?:主)?汛期[，,]?(?:全国|全省|我省|本省)"
        # (a span of years: 2020年至2025年，全市道路交通事故死亡人数从156人降至98人)
        r"|(?<!\d)(?:19|20)\d\d年?(?:至|到|—|－|-|～|~)(?:19|20)\d\d年"
        # (a trend between years: 煤矿事故死亡人数从2002年的6995人降至2025年的不足百人)
        r"|从(?:\d{4}|[〇零一二三四五六七八九]{4})年[^，,。；;！!？?]{0,12}?(?:降至|降到|下降[至到]|减少[至到]|减至|降低[至到]|上升[至到]|增加[至到]|增至)"
        # (a disease's season, a week's surveillance: 今年流感季累计死亡病例已达186例, 上周新增41例流感并发重症)
        r"|流感季|流行季|(?<![\u4e00-\u9fff])(?:上|本)周(?:全[国省市县区])?(?:共)?新增"
        # (a season so far: 入夏才一个月，本县已有4名儿童溺亡)
        r"|(?:入夏|入汛|入冬|开学|放暑假|暑假)(?:才|刚)[^，,。；;！!？?]{0,6}?[，,][^。；;！!？?]{0,8}?已"
        # (入汛以来最强的降雨 compares, it does not add up)
        rf"|(?:今年|年初|入汛|入夏|入冬)以来{_NOT_COMPARED}"
        # so far this year or month (该市今年已发生3起较大事故，共死亡11人; not 今年3月发生的)
        r"|(?:今年|本年|年内|本月|当月|近年)(?:内)?(?:已经|已|共|累计|先后)+(?:发生|出现|有)"
        # (a place's toll so far as people tell it: 这个路口今年已经撞死了两个过马路的老人, 半年里已经撞死了4个)
        # (the place between: 今年我们县已经淹死了十几个小孩了)
        r"|(?:今年|本年|年内|(?:\d{1,2}|[一两二三四五六七八九十半几]{1,2})个?多?(?:月|年)(?:里|内|来))"
        r"(?:[我咱]们(?:县|市|镇|村|这里|这边)|这里|这边|全县|全市)?(?:就|都)?(?:已经|已)"
        r"(?=(?:撞死|淹死|摔死|砸死|烧死|电死|压死|死了|溺亡|出了))"
        # (已 unsaid, the toll then 了: 这个丁字路口半年撞死两个人了)
        # (or 已经 between: 这个路口半年已经撞死两个老人了)
        r"|(?:半年|一年|两年|几年|(?:\d{1,2}|[一两三四五六七八九十几])个多?月)(?:里|内|来)?(?:就|都)?(?:已经|已)?"
        r"(?=(?:撞死|淹死|摔死|砸死|烧死|电死|压死|死了|溺亡)[^，,。；;！!？?\s]{0,6}?了)"
        # so far over a span of months, weeks or days (1个月已溺亡4名孩子, 一周内已有5人溺亡)
        # (opening its clause: 事发一周来已有5人死亡 is one incident's running toll)
        r"|(?<![^，,。；;：:\s])(?:近|最近|仅|短短)?(?:\d{1,2}|[一两二三四五六七八九十半几数]{1,2})个?多?(?:月|星期|周)"
        r"(?:内|来|以来|间)?[，,]?(?:全国|全省|全市|全县|全区|我省|我市|我县|本市|本县)?(?:已经|已|共|累计|先后)+"
        # a place's record over months or a year, its people counted right after (一年内3名外卖骑手在同一
        # 路口被撞身亡, 半年内两名儿童在该水塘溺亡)
        r"|(?<![^，,。；;：:\s丨｜|】])(?:近|最近|仅|短短)?(?:\d{1,2}|[一两二三四五六七八九十半几数]{1,2})个?多?(?:月|星期|周|年)"
        # (or the place between: 一年内，该区先后有4名建筑工人在高处作业时坠亡)
        r"(?:内|来|以来|间)(?:[，,]?(?:[该本我全][区县市镇乡省]|当地))?(?:就|竟|竟然|先后|接连|相继)*有?"
        r"(?:\d+|[两二三四五六七八九十]{1,3})(?:名|人|位|个)"
        # (not the injured or the missing of one incident dying: 事故发生后，一周内3名伤者相继死亡)
        r"(?!伤者|伤员|重伤|被困|失联|失踪)"
        # a span of years; 百年来最强, 60年来首次 compare, they do not add up
        rf"|年以?来{_NOT_COMPARED}"
        rf"|自(?:19|20)\d\d年|(?:19|20)\d\d年(?:至今|到现在|以来{_NOT_COMPARED})"
        rf"|近{_YEARS}年(?!以?来{_COMPARED})"
        # a whole year or quarter tallied, or compared with another (2020年全国共接报火灾…, 与2019年相比)
        r"|(?:19|20)\d\d年[，,]?(?:全国|全省|全市|全区|全县|全州|共|累计|全年)|第?[一二三四1-4]季度"
        r"|与(?:去年|上年|前年|(?:19|20)\d\d年)(?:同期)?相比|比上年|较上年|比去年同期|较去年同期"
        # months tallied (今年1至10月, 1-10月, 3月至5月, 前10个月; not 3月5日至7日, 10月1日)
        rf"|月(?<=[\d{_MONTH}]月)(?:份)?(?:至|到|-|—|－|~|～){_MONTHS}月(?![\d{_MONTH}]+[日号])"
        # (from the 至 of 1至10月, a look-behind for the month before it: the search skips ahead to 至)
        rf"|[至到\-—－~～](?<=[\d{_MONTH}][至到\-—－~～]){_MONTHS}月(?![\d{_MONTH}]+[日号])"
        r"|前(?:\d{1,2}|[一二三四五六七八九十两]{1,3})个月"
    )
)
_FIRST_OF = re.compile(r"首起|首例|第一起|头一起")
"""The first incident of a period, told as such (今年以来首起亡人火灾)."""
_RUNNING = re.compile(rf"累计|总数|总人数|总计|合计|以来{_NOT_COMPARED}")
_ONGOING = re.compile(
    r"新增|新发现|本次|此次|这次|该起|这起|事发|打捞|搜救|搜寻|救援"
    r"|升至|增至|上升到|上升至|攀升至|增加到|增加至|升到"
    # the incident itself sums up its toll: 踩踏事故累计造成36人死亡, 事故发生以来 (not 发生事故累计:
    # incidents that happened, counted)
    r"|(?<!发生)(?:事故|事件|火灾|爆炸|踩踏|坍塌|垮塌|车祸|空难|矿难|沉船|灾害)(?:发生)?(?:以来|后|已经|已|目前|共)*累计"
    # (or in the next clause: 一餐厅爆发米酵菌酸中毒事件，累计34人就医，其中6人死亡)
    r"|(?:爆发|发生|突发)[^，,。；;]{0,12}(?:中毒|事故|事件|火灾|爆炸|踩踏|坍塌|垮塌)(?:事件|事故)?[，,]累计"
    r"|事故发生(?:以来|后)"
)
EVENT_THAT_LASTS = re.compile(
    r"疫|流感|甲流|霍乱|登革热|鼠疫|新冠|肺炎|埃博拉|手足口|麻疹|非典|洪灾|洪水|水灾|洪涝|地震|余震|台风|飓风"
    r"|山火|林火|森林火灾|雪灾|旱灾|干旱|暴雨|降雨|降水|泥石流|滑坡|海啸|热浪|冰冻|雨雪|寒潮|冰雹|暴雪"
)
"""Events whose toll is reported as it rises over days: an epidemic, a disaster."""
_DISEASES_SUMMED = re.compile(
    r"(?:法定|甲类|乙类|丙类|甲乙类|乙丙类|甲乙丙类)传染病[^。；;！!？?\n]{0,12}?(?:病例|发病|报告)"
    r"|(?:报告|发病)[^。；;！!？?\n]{0,8}?(?:法定|甲类|乙类|丙类|甲乙类|乙丙类|甲乙丙类)传染病"
)
"""The notifiable diseases' cases summed (共报告法定传染病病例5.6万例, 全省报告甲乙类传染病发病1.2万例): a
surveillance tally of many diseases, never one outbreak."""
DISEASE_PERIOD = r"(?:今年以来|年初以来|全年|本年度|[\d一二三四五六七八九十]{1,2}至[\d一二三四五六七八九十]{1,2}月)"
"""A period a disease's cases are reported over (今年以来, 1至11月)."""
_DISEASE_SEASON = re.compile(rf"(?:(?:流感|流行)季|{DISEASE_PERIOD})[^。；;！!？?\n]{{0,12}}?(?:累计|共)报告")
"""A disease season's or a period's cases reported (今年流感季以来，全省累计报告…, 1至11月，全县共报告手足口病病例…)."""
_HOLIDAY_TOTAL = re.compile(
    r"期间[，,]?[^。；;，,]{0,6}?(?:全省|全国|全市|全县|全区|各地|我省|我市)[^。；;，,]{0,8}?共"
)
"""A period's total over a wider place (暑假期间，全省共有…; 春节期间，全市共发生…)."""
_HOLIDAY_TREATED = re.compile(
    # (or the days named: 除夕至正月初五，市第一人民医院眼科共接诊烟花爆竹炸伤患者23人)
    r"(?:期间|假期|长假|黄金周|(?:除夕|春节|元旦|国庆|正月初[一二三四五六七八九十])(?:至|到)[^，,。；;]{1,8})"
    r"[，,]?[^。；;]{0,24}?(?:共|累计)(?:接诊|收治|救治|诊治)"
)
"""Patients treated over a holiday (春节期间，市人民医院共接诊烟花爆竹炸伤患者47人): a tally."""
_KINDS_OF_INCIDENT = re.compile(r"交通事故|道路交通|生产安全|安全生产|安全事故|各类|刑事案件")
_JURISDICTION = re.compile(r"全市|全省|全国|全区|全县|全州|全球|全世界|我国|我市|我省|各地|辖区内|境内")
_IMAGINED = re.compile(
    r"模拟|假定|假设|假想|想定|设定|设想|虚拟|演练设置|演习设置"
    # (what one would cause: 专家：若主城区发生7级以上地震，伤亡人数可能超过千人)
    r"|(?:若|如果|假如|倘若|一旦|万一)[^。；;！!？?]{0,20}?发生[^。；;！!？?]{0,20}?[，,]"
)
"""A scene imagined (a drill's, a hypothesis's): its toll happened to no one."""
_STORY = re.compile(
    # a work's story (电影《长津湖》讲述了…数十人牺牲, 剧中): not 电影院发生火灾, 拍摄电影时发生爆炸
    r"(?:电影|影片|电视剧|剧集|纪录片|小说|话剧|舞台剧|动画片|网剧|短剧|该剧|该片|全剧|新片|新剧)(?:《[^》]{1,20}》)?"
    r"[^。；;！!？?]{0,30}?(?:讲述|讲的是|描写|描述|描绘|再现|还原|刻画|展现|改编自)"
    r"|剧中|片中|书中|戏中"
    # in a work named (电视剧《某某》中一场大火造成30人死亡)
    # (an episode or a chapter of it too: 电视剧《暗流》第12集中)
    r"|(?:电影|影片|电视剧|剧集|纪录片|小说|话剧|舞台剧|动画片|网剧|短剧|新剧|新片|该剧|连载[｜|：:\s]?)《[^》]{1,20}》"
    # (the episode named is enough: 电视剧《长夜》第18集那场大火拍得太真了)
    # (or its part: 电视剧《长夜灯火》大结局中)
    r"(?:第[\d一二三四五六七八九十百]+[集话章回幕季部]|(?:大结局|结局|最后一集|结尾|开篇|片头|片尾)?(?:中|里)|[：:])"
    # a game's (手游《明日之后》新赛季…“感染者暴动”)
    r"|(?:手游|网游|游戏)《[^》]{1,20}》"
    # (or the game's new version and what it adds to play: 《我的世界》新版本加入了火山爆发和地震玩法)
    r"|《[^》]{1,20}》(?:新版本|新赛季|更新)"
    # a plot told as such, a murder-mystery game's (剧本杀《须江夜火》…剧情：一场大火烧毁了整座老宅…3人离奇死亡)
    r"|剧情[：:]|剧本杀"
    # (a series watched, by its episode, as people post it: 昨晚追的剧第20集那场大火烧死好多人)
    # (追的那个剧第15集)
    # (its kind between: 追的那部刑侦剧第16集)
    r"|(?:(?:追的|看的|在追的)(?:那个|这个|那部|这部)?|这部|那部)[\u4e00-\u9fff]{0,4}?剧(?!组)(?:第[\d一二三四五六七八九十百]+集)?"
    # (who it is about between: 这部消防题材的电视剧…第12集那场仓库大火)
    r"|(?:这部|那部)[^，,。；;！!？?]{0,8}?(?:电视剧|网剧|短剧|电影)[^。；;！!？?]{0,12}?第[\d一二三四五六七八九十百]+集"
    # (a work watched, named: 看完电影《烈焰》哭了 最后那场大火死了三十多个人; or only its episode:
    # 《黑金岁月》第23集那场矿难)
    r"|(?:看完|看了|刚看完|去看了?)(?:电影|电视剧|片子)《[^》]{1,20}》|《[^》]{1,20}》第[\d一二三四五六七八九十百]+[集话]"
    # (or the work unnamed as such, what is in it then: 看完《极速追凶》 里面高速那场连环车祸…特效太真了)
    r"|(?:看完|看了|刚看完|去看了?)《[^》]{1,20}》[\s，,]*(?:里面|里头|里|中)"
)
"""A work's story, imagined too: searched only in a sentence that names a work (:func:`_story`)."""


def _story(sentence: str, offset: int) -> bool:
    """Whether ``sentence`` tells a work's story before ``offset`` (see :data:`_STORY`)."""
    named = "剧" in sentence or "片" in sentence or "电影" in sentence or "小说" in sentence or "书中" in sentence
    named = named or "游" in sentence or "连载" in sentence or "版本" in sentence or "赛季" in sentence
    named = named or "集" in sentence or "看" in sentence
    return (named or "戏中" in sentence) and _STORY.search(sentence, 0, offset) is not None


_SCENE = re.compile(r"演练|演习|推演|模拟|假定|假设|假想|想定|设定|设想")


def imagined_scene(sentence: str) -> bool:
    """Whether ``sentence`` tells a drill's or a hypothesis's scene anywhere in it (``矿山救援演练，
    模拟井下12人被困``): what it names happened to no one."""
    return _SCENE.search(sentence) is not None


_IF = re.compile(r"如果|假如|倘若|万一|一旦")
"""A condition (如果楼体坍塌…就有300多人死亡): what follows it in its sentence is imagined, unless an
earlier event is told there (一旦失误极易引起火灾，曾经发生过…火灾: that one happened)."""
_DEFINITION = Prefiltered(
    re.compile(
        r"以上[^，,。；;]{0,8}以下|是指|指的是|什么是|何为|何谓|(?<![大部])分为|划分为|(?:下列|以下)(?:条件|情形)之一"
        # (a threshold to report at: 如…出现3例及以上手足口病病例，应立即报告)
        r"|(?:例|人|名|起)及以上"
        # (an aim's bound: 力争全县道路交通事故死亡人数控制在30人以内)
        r"|控制在[^，,。；;]{0,10}?(?:以内|以下|之内)"
        # (a plan's class: 1周内发病30例以上的，为重大突发公共卫生事件)
        # (or by its size: …直接经济损失1000万元以上的，为特大型地质灾害)
        r"|以上的[，,](?:为|属|属于|是|定为)(?:特别重大|重大|较大|一般|特大型|大型|中型|小型)"
        # (a law's threshold of a crime: 受害森林面积2公顷以上的，可能构成失火罪)
        r"|以上的[，,](?:可能|即|将|应当?|应予|依法)?(?:构成|涉嫌|处|追究|予以|立案)"
        # (or the response it starts: 一省因灾死亡和失踪200人以上的，启动一级响应; the kind named: 造成10人以上死亡的
        # 火灾，由市政府启动一级响应)
        # (the missing counted in: 造成50人以上死亡（含失踪）的地震灾害，启动Ⅰ级应急响应)
        r"|以上(?:[^，,。；;]{0,10}的[\u4e00-\u9fff]{0,6}|的)[，,](?:由[^，,。；;]{0,12}?)?(?:启动|响应)"
        # (a duty to report what is found: 发现疑似预防接种异常反应造成死亡…的，应当在2小时内向县级疾控机构报告)
        r"|的[，,](?:应当|应|须|必须)[^，,。；;]{0,16}?(?:报告|上报|报送)"
        # (a rule's class after its list of thresholds: 造成30人以上死亡，或者…1亿元以上直接经济损失的，为特别重大事故)
        # (or no comma: 预案规定，造成30人以上死亡的为特别重大事故)
        r"|的[，,]?(?:为|属于?|定为|列为)(?:特别重大|重大|较大|一般)[^，,。；;]{0,6}?(?:事故|事件|突发)"
        # (its kind named before the comma: …1亿元以上直接经济损失的气象灾害，为特别重大气象灾害)
        r"|的[^，,。；;]{1,8}?[，,](?:为|属于?|定为|列为)(?:特别重大|重大|较大|一般)[^，,。；;]{0,6}?(?:事故|事件|灾害|灾情|火灾)"
    )
)
_NAMED_DISASTER = (
    r"(?:洪水|洪灾|水灾|洪涝|地震|海啸|雪灾|冰灾|冰冻|泥石流|山洪|台风|火灾|大火|爆炸|尘爆|气爆|空难|矿难|踩踏|沉船|疫情|非典"
    r"|暴雨|暴雪|冰雹|龙卷风)"
)
_PAST = Prefiltered(
    re.compile(
        r"曾(?:经)?(?:发生|造成|致|导致|出现|有|因|报道|通报|报告|遭遇|遭受|遭|经历)|发生过(?!程)"
        # a time or place told between (曾于2015年发生, 曾在2010年3月发生瓦斯爆炸, 曾在该路口造成)
        r"|曾(?:经)?(?:于|在)(?=[^，,。；;]{1,16}?(?:发生|造成|致|导致|出现|遭遇|遭受|经历))"
        # (a year told after it: 该山塘曾于2011年溃坝，造成4人死亡)
        r"|曾(?:经)?(?:于|在)?(?:19|20)\d\d年"
        # (not when a thing was built or bought: 村口那条去年新修的水泥路上，一台拖拉机翻到田里去了)
        r"|(?<![比较与同和])(?:去年|前年|上年)(?![^，,。；;]{0,4}以来|至今|同期(?:相比|比|增|减|上升|下降))"
        r"(?![^，,。；;]{0,2}?(?:修|建|装|买|开通|通车|竣工|翻新)[^，,。；;]?的)|往年|历史上|(?<=[\d一二两三四五六七八九十几多数])年前|当年"
        r"|上一次|上次|上一起|前一起|回顾|回望|回想|回忆起"
        # (years back, as people say it: 前几年我们有个同事就是在那里扫地时被车撞死的)
        r"|前几年|前些年|早几年|前两年"
        # (an earlier mishap, as people tell it: 2021年3月，该校食堂就出过一次事，当时一百三十八名学生送医)
        r"|出过(?:一次|一回|一起|几次)?事"
        # (or remembered: 记得那年雪灾，我们村好几个大棚都被压塌了; 小时候发大水，村里淹死了好几个人)
        # (or by its year: 还记得2019年这条路上那次大巴翻车吗)
        r"|(?:还)?记得(?:当年|那年|那一年|那时候?|以前|(?:19|20)\d\d年)|(?<![个半\d一二两三四五六七八九十])小时候"
        # (the one remembered, named again: 还记得2013年…纵火案吗？那次大火造成47人死亡)
        r"|那一?次(?=[^，,。；;！!？?]{0,6}?(?:事故|火灾|大火|爆炸|车祸|地震|洪水|洪灾|灾害|事件|案|塌方|矿难|踩踏))"
        # (or its toll told after it, a clause of its own: 2019年这里就有一辆面包车翻下去过，那次死了四个人)
        r"|(?<=[，,])那一?次(?=[^，,。；;！!？?]{0,4}?(?:死了|死亡|造成|伤了|遇难|淹死|烧死))"
        rf"|那年(?=[^，,。；;！!？?]{{0,4}}?{_NAMED_DISASTER})"
        # (a warning film or meeting on an earlier one: 观看…森林火灾警示教育片，那场火灾造成19名扑火人员牺牲)
        r"|警示教育|警示片"
        # (a lesson drawn from an earlier one: 各地要深刻汲取2021年…越野赛公共安全责任事件教训，该事件造成21人死亡)
        # (not this one's: 要深刻吸取此次事故教训)
        r"|(?:吸取|汲取)(?=(?:(?!此次|这次|本次|该起|这起)[^。；;！!？?]){0,60}?教训)"
        # an earlier incident named as such (此前的一次爆炸中，有11人遇难)
        r"|此前(?:的)?(?:一次|一起|那次|那起|两次|两起|几次|几起|多次|多起)"
        # an earlier incident told after this one (而在此之前的5月27日，…5名工人遇难); not 此前报道
        r"|在此之前|此前的?(?=\d+月|[一二三四五六七八九十]+月)"
        # an era long past: its killings and fires are history (抗战时期…被日军杀害)
        r"|抗战|抗日|日军|日寇|日本兵|鬼子|敌军|侵华|二战|解放前|解放战争|民国|清朝|清代|明朝|古代|革命烈士|英烈"
        # a decade long past, or a work's plot (讲述上世纪90年代一场造成30余人遇难的工厂大火背后的故事)
        # (not a witness's account: 据幸存者讲述，事发时船上共有41人)
        # (not a building's age: 一座建于上世纪七十年代的老影剧院…屋顶突然坍塌)
        r"|(?<!建于)(?:上世纪|上个世纪)(?![^，,。；;！!？?]{0,8}?(?:建成|建造|修建|建的|落成|盖的))|(?:讲述|讲的是)(?=[^。；;！!？?]{0,40}?(?:故事|往事|历史|传奇))|取材于|改编自"
        r"|(?<!\d)(?:1[0-8]\d\d|19[0-4]\d)年"
        # an incident dated by its year alone as background (与2021年发生的一起…事故相似, 2019年发生在
        # 该市的洪灾): the incident reported now is told by its day
        r"|(?<!\d)(?:19|20)\d\d年(?![\d一二三四五六七八九十]{1,2}月|以来|至今|来|起|底|初|末)[^，,。；;！!？?\d]{0,8}?"
        r"(?:发生的|发生在)"
        # a year told as the time of a story's background (2017年该项目启动建设时): not a date of now
        r"|(?<!\d)(?:19|20)\d\d年(?![\d一二三四五六七八九十]{1,2}月)[^，,。；;！!？?\d]{1,12}?(?:时|期间|之际)"
        # an incident dated by its year alone, no month (…典型事故：2021年贺村镇一化工企业爆炸，造成3人死亡；2023年…)
        # (its year told first: 2022年，某化工厂爆炸造成6人死亡)
        r"|(?<!\d)(?:19|20)\d\d年(?![\d一二三四五六七八九十]{1,2}月|以来|至今|来|起|底|初|末|度|第|首|前|内)"
        r"(?:[，,][^，,。；;！!？?\d]{0,12}?|[^，,。；;！!？?\d]{1,12}?)[一某](?:家|处|座|起|辆|名|个)?[^，,。；;！!？?\d]{0,8}?"
        r"(?:爆炸|坍塌|火灾|起火|事故|车祸|相撞|侧翻|塌方|溺水|中毒)"
        # a year's incident told as having happened before (这地方2019年就炸过一次，那次死了十二个人;
        # 2023年这个工地塔吊就倒过一次)
        # (翻下去过一辆大巴)
        r"|(?<!\d)(?:19|20)\d\d年[^，,。；;！!？?\d]{0,8}?(?:炸|烧|塌|淹|倒|翻|撞|出事|出|着火|起火|失火)(?:下去|下来|进去)?过"
        # (a year, then an earthquake by its magnitude: 2014年，鲁甸6.5级地震造成617人死亡)
        r"|(?<!\d)(?:19|20)\d\d年[，,]?[^，,。；;！!？?\d]{0,8}?\d(?:\.\d)?级(?:强烈|浅源)?(?:地震|强震)"
        # (or once, whatever befell it: 这个矿2018年就透过一次水，那次死了九个人)
        r"|(?<!\d)(?:19|20)\d\d年[^，,。；;！!？?\d]{0,8}?过一次"
        # or named as that one (2019年那次大货车刹车失灵冲进人群 死了12个 今天下午又出事了)
        # (a part of the year between: 2008年初那场南方低温雨雪冰冻灾害)
        r"|(?<!\d)(?:19|20)\d\d年(?:初|底|末|夏天?|冬天?|春天?|秋天?)?的?(?:那次|那回|那一次|那场|那起)"
    )
)
_CASES = re.compile(r"典型(?:[\u4e00-\u9fff]{1,4}?)?(?:事故|案例|案件)|(?:事故|火灾|安全)案例|警示案例|反面案例")
_NEXT_CASE = re.compile(r"\s*(?:19|20)\d\d年")
_PARAGRAPH_BREAK = re.compile(r".*[。！？!?\n]", re.S)


_YEAR_FIRST = re.compile(
    r"\s*(?:19|20)\d\d年(?:(?:\d{1,2}月)?[，,]"
    # (or the year right before what befell: 1999年“大舜”号滚装船在烟台海域沉没，…这一惨痛教训至今仍警示着航运业)
    r"|(?![\d一二三四五六七八九十]|[度底初末来起内中间以至第首前后]))"
)
"""A sentence opening with a year (and a month), no day: a time looked back on."""
_LOOKED_BACK_ON = re.compile(r"提醒|警示|教训|赔偿|赔付|理赔|索赔|医药费|仲裁|如今")
"""A warning drawn from an incident, or a claim over it: the incident is looked back on."""


_REMEMBERED = re.compile(r"记得(?:19|20)\d\d年[^。！？!?；;\n]{0,40}?吗[？?]+")
"""A question whether one remembers an incident of a year (还记得2008年初那场雨雪冰冻灾害吗？)."""
_TOLD_NOW = re.compile(r"今天|今日|今晨|今早|昨天|昨晚|昨日|刚刚|刚才|目前|现在|又")
"""Words that tell of now in the sentence after such a question (今天那里又起火了)."""


def looked_back_on(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` opens with a year and no day, in a text that warns or claims from it
    (``2021年，我市一村民被流浪犬咬伤后…最终因狂犬病死亡。市疾控中心提醒…``; ``2021年7月，我丈夫在…被落石砸中身亡，
    厂方至今只支付了部分赔偿款``), or is a question whether one remembers an incident of a year or the sentence
    right after it, which tells nothing of now (``还记得2008年初那场雨雪冰冻灾害吗？郴州全城停电停水十多天``): the
    incident is looked back on."""
    if _YEAR_FIRST.match(text, start) is not None and _LOOKED_BACK_ON.search(text) is not None:
        return True
    if "记得" not in text:
        return False
    for asked in _REMEMBERED.finditer(text, max(0, start - _REMEMBERED_REACH)):
        if asked.start() > start + _REMEMBERED_REACH:
            break
        before = max(text.rfind(mark, 0, asked.start()) for mark in "。！？!?；;\n") + 1
        if before <= start < asked.end() and not _TOLD_NOW.search(text, before, asked.end()):
            return True  # (the question's own sentence)
        if start == asked.end():
            told = SENTENCE_END.search(text, start)
            return not _TOLD_NOW.search(text, start, told.start() if told else len(text))
    return False


_REMEMBERED_REACH = 60
"""How far before a sentence a question of what one remembers may begin (its longest form)."""


def reviewed(text: str) -> bool:
    """Whether ``text`` opens as a review of past events (``【年度盘点】2025年国内十大安全生产事故回顾：…``): every toll
    it lists is an earlier event's."""
    return _REVIEW.search(text, 0, _REVIEW_LEAD) is not None


_REVIEW = re.compile(
    r"年度盘点|年终盘点|十大[\u4e00-\u9fff]{0,8}?(?:事故|事件|灾害|灾难)|(?:事故|灾害|灾难)(?:大)?回顾"
    # (a year's events recalled: 【年终回眸】2026年全市应急管理十件大事：…)
    r"|年终回眸|年度回眸|十件大事"
)
_REVIEW_LEAD = 40
"""How far into a text its heading may call it a review."""


def next_case(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` is the next of a list of cases recalled: it opens with a year after a
    semicolon, cases named before it in its paragraph (典型事故案例：2021年…造成2人死亡；2023年，峡口镇…造成3人死亡)."""
    if start < 1 or text[start - 1] not in "；;" or _NEXT_CASE.match(text, start) is None:
        return False
    opened = _PARAGRAPH_BREAK.match(text, 0, start)
    return _CASES.search(text, opened.end() if opened else 0, start) is not None


"""Cases recalled as a warning (会上通报了近年来我市发生的典型事故：…): earlier incidents, listed."""
HAPPENED_VERBS = (
    r"(?:发生|突发|起火|失火|着火|爆炸|爆燃|坍塌|垮塌|倒塌|塌方|塌陷|相撞|追尾|侧翻|翻车|坠落|坠崖|坠江|坠毁"
    r"|翻沉|沉没|倾覆|失事|冒顶|透水|泄漏|踩踏|落水|内涝|滑坡"
    # (struck again: “7·8”特大暴雨十周年之际，峡口镇再遭山洪袭击)
    r"|再遭|又遭|再次遭|再度遭)"
)
"""Verbs of an incident happening (not its nouns: 昨日，记者从事故调查组获悉 tells no new one)."""
_UNTIL_HAPPENED = rf"(?:(?!{HAPPENED_VERBS})[^。；;！!？?])*"
"""The rest of a sentence up to an incident happening in it."""
_WITHIN = re.compile(
    # an earlier incident this one follows, up to its 后 (继2010年“3·28”透水事故造成38人死亡后又一起事故;
    # but 继2010年大火之后最严重的一次，造成5人死亡 is this one's)
    # (each alternative starts with a literal, its look-behind after it, so the search skips ahead)
    r"继(?<![相后]继)(?!续|承|而|任|父|母|子|女|室|位)[^，,。；;]{2,40}?[之以]?后"
    # a disaster named by its year, without a month, in its own clause (1998年特大洪水造成4150人死亡,
    # 2008年汶川地震): the event reported now is told by its date (2024年1月24日…发生火灾)
    # (its date code too: 2019年“3·21”爆炸事故造成78人死亡)
    rf"|年(?<=(?<!\d)(?:19|20)\d\d年)(?![\d一二三四五六七八九十]|[底初末来前后起内中间])(?:的|那场|那次|那起)?"
    r"(?:[“\"'‘]\d{1,2}[·.・•\-]\d{1,2}[”\"'’])?"
    # (its name up to eight characters, no incident happening in them: 1994年克拉玛依友谊馆大火造成325人死亡)
    # (not a comparison: 1998年以来最大的洪水)
    rf"(?:(?!{HAPPENED_VERBS})[^\d，,。；;首第全今本当该此这最以]){{0,8}}?(?:特大|大|重大|特别重大)?{_NAMED_DISASTER}[^，,。；;]*"
    # another incident this one is compared with, up to 相比 (与“3·21”爆炸事故（78人死亡）相比，本次…)
    r"|与(?=[^，,。；;]{2,40}?(?:相比|相较|比较))[^，,。；;]{2,40}?(?:相比|相较|比较)"
)
"""Earlier events whose figures are only those of their own stretch of the sentence."""
_UNTIL_NEW_HAPPENED = (
    rf"(?:那[场次起][^，,。；;！!？?]{{0,8}}?{HAPPENED_VERBS}"
    # (or by its year: 台湾921大地震27周年：1999年9月21日，南投集集发生7.3级强震)
    # (the rest of that clause its own: 2021年6月13日，艳湖社区集贸市场发生燃气爆炸)
    rf"|(?:19|20)\d{{2}}年[^。；;！!？?]{{0,30}}?{HAPPENED_VERBS}[^，,。；;！!？?]*"
    rf"|(?!{HAPPENED_VERBS})[^。；;！!？?])*"
)
"""The rest of a sentence up to an incident happening in it, the one remembered told again on the
way (那场粉尘爆炸共造成146人死亡: that one, 1999年9月21日…发生7.3级强震: that one by its year)."""
_NAME_REACH = 24
"""How long the name of a disaster remembered may be before its anniversary (青岛“11·22”东黄输油管道泄漏爆炸
特别重大事故)."""
_ANNIVERSARY = Prefiltered(
    re.compile(
        # an anniversary, to the end of its sentence or an incident happening after it: the disaster
        # remembered (纪念汶川地震十五周年：那场造成近7万人遇难的灾难, 天津港爆炸事故五周年，165名遇难者…,
        # 今天是…爆炸事故十周年，那场粉尘爆炸共造成146人死亡);
        # not 建厂30周年之际, nor what happens after it (汶川地震十周年之际，某县发生山体滑坡)
        rf"纪念[^，,。；;]{{0,20}}?周年{_UNTIL_NEW_HAPPENED}"
        # (“东方之星”客轮翻沉事件十周年：那场造成442人遇难的灾难)
        # (or a flight lost: 马航MH370失联十周年)
        # (or its day: 今天是玉树地震纪念日 那年死了两千多人)
        # (its name told at length before, not the day it is remembered on: 今天是青岛“11·22”东黄输油管道泄漏
        # 爆炸特别重大事故13周年)
        rf"|[^，,。；;！!？?\n今]{{0,{_NAME_REACH}}}?(?:{_NAMED_DISASTER}|事故|事件|惨案|案|袭击|失联|失事|坠毁|沉没)[^，,。；;\d]{{0,4}}?"
        r"(?:(?:\d{1,3}|[一二两三四五六七八九十]{1,3})周年|纪念日)"
        rf"{_UNTIL_NEW_HAPPENED}"
        # a memorial of those a disaster killed, 周年 unsaid (纪念汶川地震遇难同胞 8万余人罹难, 缅怀唐山大地震
        # 24万遇难同胞); not 悼念/哀悼/祭奠, said of this event's dead too (沉痛悼念在昨日爆炸中遇难的12名同志)
        rf"|(?:纪念|缅怀)[^，,。；;]{{0,20}}?(?:遇难|罹难|死难|蒙难|牺牲|逝去){_UNTIL_HAPPENED}"
    )
)
"""An earlier event's stretch too (:data:`_WITHIN`), searched only in a sentence that names a 周年
or a memorial (纪念, 缅怀)."""
_RECALLED = re.compile(r"(?<!\d)(?:19|20)\d\d年|那场|那次|那起|当年|那年|那一年")
"""What recalls the disaster an anniversary remembers in a sentence of its own (2010年4月14日，青海玉树
发生7.1级地震; 那场爆炸…; 那年江山多地被淹，13人遇难)."""
_YEARS_PASSED = re.compile(
    r"(?:[\d一二两三四五六七八九十几多数]+|多|好几)年(?:时间)?(?:已经)?过去了?"
    r"|过去(?:了)?(?:整整|已经|足足)?(?:[\d一二两三四五六七八九十几多数]+|多|好几)年"
)
"""Years told as passed since a disaster (十年过去了, 8年时间过去): what a sentence recalls by its year is it."""
_MOURNED = re.compile(r"永远的(?:伤)?痛|心中的痛|不会忘记|不能忘记|不该忘记|永远铭记|铭记历史")
"""A disaster remembered as a lasting grief (…事故造成40人死亡，这是每一位铁路人心中永远的痛)."""
_remembered: tuple[str, bool] = ("", False)


def remembered_in(text: str) -> bool:
    """Whether a sentence of ``text`` remembers a disaster on its anniversary, to its end
    (``今天是玉树地震14周年。``; not ``汶川地震十周年之际，某县发生山体滑坡``), or tells the years since
    (``十年过去了``): what another sentence
    recalls by its year or as 那场 (:func:`recalls`) is that disaster. Asked once per text (by
    identity), however many words ask."""
    global _remembered
    last = _remembered
    if last[0] is not text:
        found = (
            ("周年" in text or "纪念日" in text)
            and any(
                m.end() == len(told)
                for sm in SENTENCE.finditer(text)
                # (or to a headline's end, its wide space or a space: …爆炸事故十周年　2014年8月2日，…)
                for told in _HEADLINE_END.split(sm.group())
                for m in _ANNIVERSARY.finditer(told)
            )
        ) or ("过去" in text and _YEARS_PASSED.search(text) is not None)
        found = found or (("痛" in text or "忘" in text or "铭记" in text) and _MOURNED.search(text) is not None)
        last = _remembered = (text, found)
    return last[1]


def recalls(sentence: str, offset: int) -> bool:
    """Whether ``sentence``, in a text that remembers a disaster (:func:`remembered_in`), recalls it
    before ``offset`` by its year or as 那场 (``2010年4月14日，青海玉树发生7.1级地震，造成2698人遇难``),
    with no day of now between."""
    if _MOURNED_DEAD.search(sentence, max(0, offset - _MOURNED_REACH), offset) is not None:
        return True  # 南丫岛撞船事故十三周年，…今日到场献花，悼念在事故中罹难的39人: the dead mourned
    m = _RECALLED.search(sentence, 0, offset + 1)
    return m is not None and not any(c.start() < offset for c in _CURRENT.finditer(sentence, m.end()))


_HEADLINE_END = re.compile(r"[\u3000 ]")
_MOURNED_REACH = 16
_MOURNED_DEAD = re.compile(r"(?:悼念|祭奠|缅怀|纪念)[^，,。；;！!？?]{0,12}$")
"""The dead mourned, right before their figure (悼念在事故中罹难的39人), in a text remembering a disaster."""


_CURRENT = Prefiltered(
    re.compile(
        # 10年前的今天 is the day of an anniversary, not this event's
        r"本次|此次|这次|该次|这起|此起|本起|目前|截至|截止|(?<!前的)(?:今天|今日|当天|当日)|昨天|昨日"
        # a toll so far (2024年的洪水已致12人死亡): history is not told so
        r"|已(?:经)?(?:造成|致使|导致|致(?!力|信|函|电|辞))"
        # a new one after the earlier (继去年…爆炸后，该园区再次发生爆炸，造成2人受伤)
        r"|(?:又|再次|再度)(?:发生|突发)"
    )
)

_DATED = Prefiltered(
    re.compile(
        # a month without its day: 今年3月, 2022年8月, 3月份, 上个月 (not 3月12日, 3月以来, 1至10月)
        r"上个?月|上旬|上周|上星期|年初"
        r"|(?<![\d至到\-—~～])(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?:份|初|上旬|中旬|下旬|底|末)?"
        r"(?![\d一二三四五六七八九十至到\-—~～]|以来|至今|起|来)"
    )
)
_THIS_ONE = Prefiltered(
    re.compile(
        r"本次|此次|这次|该次|本起|这起|又一起|又一次|(?:又|再次|再度)(?:发生|突发)"
        # (after at most one comma: 昨天下午，县城一小区电动车起火)
        r"|(?:今天|今日|今晨|今早|昨天|昨日|昨晚|昨夜|前天)(?:[^，,。；;]{0,10}[，,])?[^，,。；;]{0,12}?"
        r"(?:发生|突发|起火|失火|着火|爆炸|爆燃|坍塌|垮塌|倒塌|相撞|侧翻|翻车|坠落|冒顶|透水|的事故|的火灾|的车祸)"
    )
)


_ELSEWHERE = Prefiltered(
    re.compile(
        # another incident named as such (另一起事故造成12人死亡)
        r"另(?:外)?一(?:起|场)(?!事故中|事件中)"
        # another place or another news item, then what happened there (邻县一煤矿同日发生事故; not
        # 随后，相邻的另一家工厂也发生爆炸: the same disaster spreading)
        # (or another province's, told as such: 此前，外省某高速发生追尾事故造成12人死亡)
        r"|(?:(?<!相)邻(?:县|市|省|区|镇|乡|村)|隔壁(?:县|市|区|镇|乡|村)|外(?:省|地|市|县)(?=某|一)"
        r"|另据(?:[^，,。；;]{0,8}?)(?:报道|消息)|另讯|又讯)"
        # (or what befell people there: 外省某地一家五口烧炭取暖中毒身亡)
        rf"(?=[^。；;！!？?]{{0,24}}?(?:{HAPPENED_VERBS}|中毒|身亡|遇难|溺亡|死亡))"
    )
)


_THIS_EVENT = re.compile(r"本次|此次|这次|该次|本起|这起")
_SPREAD = re.compile(r"随后|引发|引起|波及|殃及|蔓延|连锁")
"""The same disaster reaching another place (爆炸引发邻村一仓库起火)."""


def told_elsewhere(sentence: str, offset: int) -> int | None:
    """Where ``sentence`` starts telling, before the figure at ``offset``, an incident as another
    place's or another one (``另据报道，邻县一煤矿同日发生事故，造成12人死亡``, ``另一起事故``), with no
    word of this event between; ``None`` when it does not. The caller counts it only after a figure
    stated before that start: a lead that opens so (``邻县一化工厂发生爆炸，造成12人死亡，另有3人受伤``)
    tells the event reported."""
    if (
        "另" not in sentence
        and "邻" not in sentence
        and "隔壁" not in sentence
        and "讯" not in sentence
        and "外" not in sentence
    ):
        return None
    # (what happened there may come after the figure: 外省某地一家五口烧炭取暖中毒身亡)
    m = _ELSEWHERE.search(sentence)
    if m is None or m.start() >= offset or _SPREAD.search(sentence, 0, m.start()) is not None:
        return None
    return m.start() if _THIS_EVENT.search(sentence, m.end(), offset) is None else None


_EARLIER_LEAD = re.compile(r"(?:此前|之前|早前|前不久|前些天|前段时间|前几年|几年前)[，,]?$")


def earlier_elsewhere(sentence: str, offset: int) -> bool:
    """Whether ``sentence`` tells, before ``offset``, another place's incident as earlier (``此前，外省某地一家五口烧炭
    取暖中毒身亡``): not the event reported, even with no figure before it (:func:`told_elsewhere`)."""
    if "前" not in sentence:
        return False
    told = told_elsewhere(sentence, offset)
    return told is not None and _EARLIER_LEAD.search(sentence, 0, told) is not None


def dated_by_month(sentence: str) -> int | None:
    """Where ``sentence`` first names a month without its day (``今年3月``, ``上个月``), which dates
    an earlier event when another sentence, or the rest of this one, reports this event
    (:func:`names_this_event`); ``None`` when it names none."""
    if "月" not in sentence and "上周" not in sentence and "上星期" not in sentence:
        return None
    m = _DATED.search(sentence)
    return m.start() if m is not None else None


def reports_this_event(sentence: str, after: int = 0) -> bool:
    """Whether ``sentence`` (from offset ``after``) names an incident as the one reported now
    (``本次事故``, ``此次``, ``今天凌晨该厂再次发生爆炸``, ``昨日的事故``) and says what it did to
    people or that it happened (``本次事故造成2人受伤``, ``无人员伤亡``; not ``此次事故直接经济损失…``,
    ``此次事故暴露出…``)."""
    m = _THIS_ONE.search(sentence, after)
    return m is not None and (_HURT.search(sentence, m.start()) is not None or "发生" in sentence[m.start() :])


def sentences_reporting_this_event(text: str) -> list[int]:
    """The starts of the sentences of ``text`` that report an incident as this one
    (:func:`reports_this_event`)."""
    return [sm.start() for sm in SENTENCE.finditer(text) if reports_this_event(sm.group())]


_HURT = re.compile(r"死|亡|伤|失踪|失联|遇难|罹难|下落不明")
"""People harmed (or said unharmed: 无人员伤亡), as against a loss alone (此次事故直接经济损失…)."""


RUMOUR_DENIED = (
    # (not a denial asked for: 真的假的啊 求辟谣)
    r"谣言|不实|失实|不属实|虚假|假讯息|假信息|(?<!求)(?<!求个)(?<!等)辟谣|造谣|编造|捏造|虚构|子虚乌有|假消息|假新闻|摆拍|旧闻|旧视频|旧图"
    # (hearsay passed on: 系网友道听途说; 网传内容与事实不符)
    r"|道听途说|与事实(?:严重)?不符|不符合事实|与实际不符|严重失实|AI合成|AI生成|人工智能生成"
    # (a figure blown up: 网传“大火损失几个亿”夸大其词)
    r"|夸大其词|言过其实|严重夸大"
    r"|与本地无关|并非本地|非本地|并非发生在"
    # (a picture made up: 系网友拼接旧图)
    r"|拼接|合成图|移花接木|张冠李戴"
    # (该视频系2019年外地发生的一起事故，与我市无关。请广大网民不信谣、不传谣)
    # (or what it was said to come of: 该婴儿系先天性心脏病离世，与疫苗接种无关)
    r"|与[^，,。；;！!？?\n]{1,8}?无关|(?:跟|和|与)[^，,。；;！!？?\n]{1,8}?没有?(?:任何)?关系|不信谣|不传谣|勿信谣|勿传谣|并非(?:火灾|起火|爆炸|事故|车祸|山火|火情|着火|食物中毒|中毒|燃气泄漏|泄漏|坍塌|倒塌|污染)"
    # (视频中的桥位于外省，事情发生在三年前)
    r"|(?:位于|发生在|发生于|系|为|是)(?:外省|外地|外市|外县|省外|市外|国外|境外)"
    r"|(?:发生|拍摄)(?:在|于)[^，,。；;！!？?\n]{0,4}?(?:[\d一二两三四五六七八九十几多]{1,2}年前|去年|前年)"
    # as people deny it in a chat or a thread (假的假的, 根本没这回事, 视频是前几年外地的, 不要乱传)
    r"|(?<!不是)(?<!真的)(?<!是真是)假的(?!吗|嘛|么|[？?])|没这回事|没有这回事|[是系为]前几年|前几年外地|别乱传|不要乱传|别瞎传|不要瞎传"
    # (as 江山 people say it: 大家莫乱传, 大家莫转了; 是外地好几年前的)
    r"|莫乱传|莫瞎传|莫转了|别转了|不要转了|是外地的|外地好几年前|好几年前的视频"
    # (官方刚回应了 是厂里正常放气 啥事没有 别再转了)
    r"|别再转了|不要再转了|莫再转了|啥事(?:都)?没有|什么事(?:都)?没有|虚惊一场"
    # (overstated: 网传“仓库大火烧掉了十几个亿”系夸大)
    r"|(?:系|为|是|属|严重|明显)夸大"
    # (a rumour asked, then answered by an authority: 网传“拖拉机翻车致3人死亡”？交警：事故造成1人受轻伤)
    # (not one confirmed: …？消防部门：属实)
    # (or by the company, the street's office or a reporter: …？企业：…, …？记者核实：…)
    r"|[？?]\s*(?:交警|警方|官方|公安|消防|派出所|卫健|疾控|企业|公司|厂方|校方|院方|街道|社区|记者(?:核实|调查|求证)?"
    r"|[^，,。；;！!？?：:\s“”]{1,10}?(?:局|部门|大队|支队|中心|政府|救援队|街道|社区))"
    r"[^：:，,。？?]{0,4}?[：:]"
    r"(?!\s*(?:属实|情况属实|确有此事|确有其事|是真的|消息属实))"
)
"""Words that deny a rumour: untrue, made up (该信息系编造, 视频系摆拍) or an old or distant incident
passed off as a new one of here (视频为旧闻，与本地无关)."""
_QUOTES_DENIED = re.compile(
    r"以下(?:几条|几则|信息|内容|消息|说法|传言)?(?:均系|均为|都是|皆为|系|为|是)?(?:谣言|不实信息|虚假信息|网络谣言)"
    r"|以上(?:几条|几则|信息|内容|消息|说法|传言)?(?:均系|均为|都是|皆为|全是|全部是|纯属|系|为|是)(?:谣言|不实|虚假|假的)"
)
"""A list of rumours told as such (以下谣言请勿转发：①“…”；②“…”, …以上信息均系谣言): every quote in it is denied."""


def quotes_denied(text: str) -> bool:
    """Whether ``text`` lists rumours, each quoted (:data:`_QUOTES_DENIED`)."""
    return ("以下" in text or "以上" in text) and _QUOTES_DENIED.search(text) is not None


_REVISED = re.compile(
    r"有误|错误|误报|重复统计|有出入"
    r"|此前|之前|先前|早前|最初|初步|原报道|原通报|原先|网传|传言|传闻|谣传|消息称|网友称|爆料|网上流传|网上|而非|实为|实系|群里|在传|抖音|快手|有人发"
    r"|实际造成|实际只|以下|以上|的说法|反映的|应为|有人说|有人讲|》一文|已删除|撤稿"
    # (a claim online, a chat's word, a figure denied as it is quoted: 有网友发帖称, 朋友圈说, 哪有什么死了十几个)
    r"|网友|网民|朋友圈|微信群|网路|哪有|哪里有|根本没"
    # (a figure asked about, answered: “一把火烧掉几个亿”？官方通报：…)
    r"|[？?][^。；;！!\n]{0,8}?[：:]"
    f"|{RUMOUR_DENIED}"
)
"""Words of a figure corrected or denied, or of an earlier report: most texts name none."""
_DENIED = re.compile(
    # (as people post it, spaced: 之前群里说死了12个 是错的 官方通报是9个人遇难)
    # (or an article's title: 《某镇液化气爆炸致3人死亡》一文系不实信息)
    # (or the event's kind named after the figure: “上余镇3人死亡交通事故”系谣言)
    r"(?:[”\"’」』]?\s?(?:的)?(?:[\u4e00-\u9fff]{0,4}?(?:事故|事件)|一事|视频|图片|帖子|内容)?[”\"’」』]?"
    # (or with what its words were before: 《…多人遇难》一文，内容未经核实，与事实严重不符)
    r"|》(?:一文|一稿|文章|的?报道|的?文章)(?:[，,](?:其)?(?:内容|所述)?(?:未经核实|未经证实)?[，,]?)?)(?:的)?"
    r"(?:说法|消息|传言|报道|信息|数字|数据|一说)?"
    # (a paper's correction, its quote closed and a comma: 称事故“致11人死亡”，系记者误写; “致11人死亡”，有误)
    r"(?:(?<=[”\"’」』])[，,])?(?:系|是|为|纯属|均|属|均为|实属)?(?:记者|编辑|作者|本报|工作人员)?"
    # (a correction's: “造成3人死亡”应为“造成3人受伤”)
    # (or taken down: 《…3人死亡》一文，内容未经核实，现已删除)
    f"(?:{RUMOUR_DENIED}|有误|错误|错的|误报|误写|笔误|写错|错写|重复统计|有出入|应为|(?:现已|已|现)(?:予以)?删除|予以删除|撤稿)"
)
_QUOTED_REACH = 40
"""How far back the opening of a quote holding a figure is looked for."""
_QUOTED_SENTENCE = 40
"""How far back in its sentence who said a quote holding a figure is looked for."""
_ASKED_THEN_DENIED = re.compile(
    # (a thread's reply may take longer: 说死了4个？回复3楼：我姐夫是交警，说是2个死了，…不要乱传)
    # (whom it counted between: 流感死了十几个老人？区民政局通报：…)
    rf"[^，,。；;！!？?\s”\"]{{0,4}}?[”\"’」』]?[？?]{{1,3}}[^。；;！!\n]{{0,48}}?(?:{RUMOUR_DENIED}|实为|实系|并非如此|(?:并无|没有|无)此事|有误|误报"
    # or told what it really was (？官方回应：系边坡局部坍塌 1人受轻伤; ？交警：系两车剐蹭，仅1人受轻伤)
    r"|(?:回应|通报|核实|核查|证实|调查|表示|警方|交警|公安|派出所|消防)[：:，,]?(?:实?系|实为|是)"
    # or answered by a body, its colon then the answer (？江山市应急管理局：系一艘小型钓鱼船侧翻;
    # ？官方：事故造成1人死亡; ？景区管委会：已找到2名驴友)
    # (or an office or a centre: ？嵊泗海事处：系一艘渔船触礁搁浅)
    r"|(?:官方|通报|负责人|中心|[局委办厅队所府站院司会处])(?:回应|表示|称|介绍)?[：:](?![^，,。；;！!？?]{0,4}?(?:属实|确有|确实|确认)))"
)
"""A figure asked about, then denied (``3人死亡？警方：系谣言``, ``致5死？官方回应：不实``, ``致3人死亡？记者核实，
此前网传的3人死亡有误``)."""
_EARLIER_REPORT = re.compile(
    r"(?:此前|之前|先前|早前|最初|初步|原|原先|前期)(?:有)?(?:媒体|网友|网上|网络|消息|相关部门|官方|当地)?"
    r"(?:通报|报道|报告|发布|公布|统计|核实|消息|网传|传出|称|披露|误报)"
    r"|网传|传言|传闻|谣传|消息称|网友称|网上流传|而非"
    # (a chat's or the web's word: 群里传死了四十多个，其实官方刚通报是遇难17人)
    r"|(?:群里|网上)(?:都在|在|有人)?(?:传|说)"
    # a paper's own earlier article (本报6月19日刊发的《…致11人死亡》一文)
    # (or one it reposted: 本站此前转载的《某镇液化气爆炸致3人死亡》一文系不实信息)
    r"|本(?:报|台|刊|网|站|号|公众号)[^，,。；;！!？?]{0,12}?(?:刊发|刊登|刊载|报道|发布|播发|播出|转载|转发|推送)的?《"
)
_RUMOUR = re.compile(
    # (as Taiwan words it: 網路流傳某塑膠廠氣爆造成十人死亡)
    r"网传|传言|传闻|谣传|网友|网民|网帖|帖子|网上流传|网络流传|网路流传|网路传|有消息称|有人称|自媒体|疯传|热传|盛传|朋友圈|微信群|听说|据说"
    # (群里一直在传…捅死了3个; 昨天还有人说死了五六个)
    r"|(?:群里|网上)(?:有人|那个|都在|都|一直在|一直|也在|还在)?(?:说|讲|传)|听讲|谣言(?:说|称|讲)|(?:都|到处|满城|全城)在传"
    r"|(?:还|也)有人(?:说|讲|传)|(?<![已曾])声称|宣称"
    # (a video app's post: 抖音上有人发视频说…)
    r"|(?:抖音|快手|微博|视频号|小红书)上|有人发(?:视频|帖子?|消息)(?:说|称)"
    # (网上传江山一化工厂爆炸死了5个 假的假的)
    r"|网上(?:都在|在)?(?:传|说)"
    # (a claim online quoted: 网上“有人在奶茶店投毒”的消息系谣言)
    r"|网上(?=[“\"])"
    # (a complaint quoted in its answer: 您反映的“城东工地事故死了12个人”一事，经核实…网传12人死亡不实)
    r"|(?:您|你|网友|群众|市民)(?:在[^，,。；;！!？?“”]{1,8}?)?(?:所)?反映的?"
    # (a claim online answered: 针对网上“仓库火灾损失过亿”的说法，企业回应)
    r"|针对网上|对于网上"
)
_DENIAL = re.compile(
    f"{RUMOUR_DENIED}"
    r"|(?:无|没有|未造成|未有|并无)(?:人员)?(?:人)?(?:死亡|伤亡|受伤)|无人(?:员)?(?:死亡|伤亡|受伤)"
    r"|实为|实系|实际为|实际造成|实际只|并非如此|(?:并无|没有|无)此事|(?:说法|消息|数字|报道)有误"
    # (the official figure told after: 业主群里说死了4个，我后来看到镇里的通报，是2人死亡)
    r"|(?:通报|官方|警方|交警|政府)[^。；;！!？?]{0,10}?(?:是|为|系)\s*[\d一二两三四五六七八九十]"
    # (or the notice's toll told after what happened: 刚看到住建局的通报 城北工地是脚手架坍塌 1人死亡2人受伤)
    r"|通报[^。；;！!？?]{0,24}?[\d一二两三四五六七八九十]+(?:人|名)(?:死亡|遇难|身亡)"
    # (or the truth as checked: 经长台镇政府核实，系…砸伤2名工人; 记者向镇政府求证获悉：车上3人落水…1人…死亡)
    r"|经[^，,。；;！!？?]{0,12}?(?:核实|核查|调查|查实|求证)[，,：:]?(?:系|为|是|实际)"
    # (or as a reporter learned it from a unit: 记者从江山市消防救援大队了解到，火灾造成2人死亡)
    r"|记者(?:从|向)[^，,。；;！!？?]{1,16}?(?:了解到|获悉|得知|证实)[，,：:]"
    r"|(?:求证|核实|核查|证实)(?:获悉|得知)?[：:]"
    # (or checked, then told: 前期有消息称“一家四口全部遇难”，经核实，其中1名8旬老人经抢救无效死亡; not 属实)
    r"|经[^，,。；;！!？?]{0,12}?(?:核实|核查|查实|求证)[，,：:](?![^，,。；;！!？?]{0,6}?(?:属实|确有|确实|确认))"
    # (a claim answered by the one it concerns: …的说法，企业回应：经第三方机构评估，…约6200万元)
    r"|的说法[，,][^。；;！!？?]{0,12}?(?:回应|澄清|通报|答复)[：:]"
)
"""A rumour's figure and its denial anywhere after it, a statement that no one died (网传“…5名
学生死亡”，经查…无人员死亡), or what it really was (网传“工地塌方致3人死亡”，经调查，实为1人受轻伤):
the figure is left out."""
_CORRECTING = re.compile(r"核实|核查|核对|实际|更正|纠正|修正|核减|调减|重新统计|确认为|核定|其实|事实上")
"""Words before a figure that correct an earlier one (经核实，实际死亡9人)."""
_REPLIED = re.compile(
    r"[^，,。；;：:]{0,10}?(?:交警|警方|公安|派出所|消防|应急管理局|应急局|卫健局|卫健委|官方|政府|医院|通报|回应)"
    r"[^，,。；;：:]{0,4}?[：:]"
)
"""Who answers a question asked of a figure, after it (…死了6个”？江山交警：…): the figure they state corrects it."""
_SINCE_LAST_FIGURE = re.compile(r"[\d（(一二两三四五六七八九十]")
_SOME_OF = re.compile(r"中有|其中|中的|包括|含")
"""Some of them (经核实，遇难者中有3名儿童): no correction of the toll."""
_INSTEAD_OF = re.compile(r"[，,（(]\s*(?:而非|而不是|不是|此前|之前|原报道|原通报|原先)")
"""Words after a figure that name the one it corrects (9人，而非此前报道的12人; 9人（此前报道为12人）)."""
_LOOK_BACK = 24
_TOTAL_NOW = re.compile(r"截至|截止|目前|现已|已造成|共造成|累计|最新")
"""A figure stated as the toll so far (截至5日8时，事故已造成3人死亡、9人受伤)."""
_ADDED_OR_PART = re.compile(r"新增|又|另|其中|中有")
"""A figure that adds to an earlier one or counts part of it (今日又新增遇难2人, 遇难者中有5名学生)."""


def defines(text: str) -> bool:
    """Whether ``text`` states a definition or a range (``是指``, ``3人以上10人以下``, ``下列情形之一``)."""
    return _DEFINITION.search(text) is not None


_ASKS_THE_RULE = re.compile(
    r"(?:几|多少)[^，,。；;！!？?]{0,10}?(?:才算|算|属于|构成|定为|够)[^，,。；;！!？?]{0,4}?(?:特别重大|重大|较大|一般)"
    r"|(?:等级|级别)(?:怎么|如何)?(?:划分|界定|认定)|分级标准"
    # (how one is graded, asked, or an explainer's title: 燃气事故怎么定级？一图读懂火灾等级)
    r"|(?:怎么|如何|怎样)定级|(?:一图|一文)(?:读懂|看懂|搞懂|了解)|分(?:为)?几(?:级|个等级)"
    # (or what grade something is, or how long makes one, asked: 锅炉爆炸算什么等级？电梯困人多久才算特种设备事故？)
    r"|算(?:什么|哪个|哪一?)(?:等级|级别)|(?:多久|多长时间|几个?小时)[^，,。；;！!？?]{0,6}?才算"
    # (or why such things happen, as an explainer asks: 为什么人群会突然发生踩踏？专家解读拥挤踩踏的成因)
    r"|为什么[^，,。；;！!？?]{0,16}?(?:会|容易|总是)|专家解读|的成因"
)
"""A question of the rule, or an explainer's title (火灾造成几人死亡算较大火灾？一文读懂火灾等级划分)."""


def states_the_rule(sentence: str) -> bool:
    """Whether ``sentence`` states a definition or a range (:func:`defines`), or asks the rule or explains it
    (``锅炉爆炸算什么等级？``, ``一文读懂火灾等级划分``)."""
    return defines(sentence) or _ASKS_THE_RULE.search(sentence) is not None


PROVIDED = re.compile(
    # (who first: …造成人员伤亡的，生产经营单位应当依法承担赔偿责任)
    # (or asked: …肇事车辆未参加交强险的，抢救费用是否可以由救助基金先行垫付？)
    # (or run on: 引发森林火灾的依法追究法律责任)
    r"[^。；;！!？?\n]{0,30}?的(?:[，,](?:[^，,。；;！!？?\n]{1,10}?(?=应当?|须|依法|(?:是否)?(?:可以|能)由))?|(?=依法))"
    r"(?:(?:是否)?(?:可以|能)?由|应当?|须|按照?|依照|依法)"
    # (or how it is deemed: …受到事故伤害的，应当认定为工伤)
    r"[^。；;！!？?\n]{0,40}?(?:认定|赔偿|赔付|理赔|给付|补偿|承担|负责|处理|处罚|处以|追究|垫付|支付)"
)
"""A condition and who must answer for it (机动车发生交通事故造成人身伤亡、财产损失的，由保险公司…予以赔偿):
a rule's words, no incident."""
STATISTICS = "统计数字"
DEFINITION = "定义或范围"
IMAGINED = "演练、假设或作品中的情景"
DENIED = "原文称该数字有误或不实"
SUPERSEDED = "此前报道或传言的数字，已由核实后的数字更正"
EARLIER = "其他或以往事件"


_HABITUAL = re.compile(
    r"(?:事故|车祸|交通事故|火灾|溺水|险情|事件|[伤死]人的事情?)"
    r"(?:频发|多发|高发|频频发生|频繁发生|时有发生|经常发生|屡屡发生|屡次发生|不断|接连不断)"
    # (years of them: 两年里出了好几起车祸，前前后后已经撞死两个人了)
    r"|(?:[两三四五六七八九十几]|好几)年(?:里|来|间|当中)[^，,。；;！!？?]{0,6}?(?:好几|多|几|数)起(?:事故|车祸|交通事故|火灾)"
)
"""Incidents told as a place's habit (事故频发, 车祸不断, 防盗窗伤人的事件频频发生), whose toll is a record of years."""


_LAST_YEARS = re.compile(
    r"\s*(?:较|比|与)?(?:去年|上年)同期(?:相比)?(?:为|是|有|减少|增加|下降|上升|多|少)?了?[\d一二两三四五六七八九十]"
)
"""The clause after a figure comparing it with the year before's figure (，去年同期为19人): a period's figure (not
an event of then: 去年同期该路段发生车祸致11人死亡)."""
_AGAINST_LAST_YEAR = re.compile(rf"[，,]{_LAST_YEARS.pattern}")


def is_statistic(sentence: str, text_names_lasting_event: bool) -> bool:
    """Whether ``sentence`` states figures over many incidents or a period (see the module doc).

    ``text_names_lasting_event``: the text's title or lead names an epidemic or a disaster
    (:data:`EVENT_THAT_LASTS`), so a running total in any of its sentences may be its toll.
    """
    if _INCIDENTS.search(sentence) or season_tally(sentence) or times_counts(sentence):
        return True
    if "同期" in sentence and _AGAINST_LAST_YEAR.search(sentence) is not None:
        return True  # 火警中共有14人死亡，去年同期为19人: a period's figure against the year before's
    if disease_tally(sentence):
        return True  # 全省共报告法定传染病病例5.6万例，死亡32人: the cases of many diseases summed
    if "期间" in sentence and "共" in sentence and _HOLIDAY_TOTAL.search(sentence) is not None:
        return True  # 暑假期间，全省共有二十一名中小学生溺水死亡: a wider place's toll over a holiday
    if ("共" in sentence or "累计" in sentence) and _HOLIDAY_TREATED.search(sentence) is not None:
        # 春节七天假期，市人民医院烧伤科共接诊烟花爆竹炸伤患者47人: a hospital's patients over a holiday
        return ONE_INCIDENT.search(sentence) is None
    if _FIRST_OF.search(sentence) is not None and "共" not in sentence and "累计" not in sentence:
        return False  # 今年以来，我市发生首起较大事故，某工地坍塌造成3人死亡: the first of a period is one incident
    if (period := _PERIOD.search(sentence)) is not None:
        if _JUST_NOW.search(sentence, 0, period.start()) is not None and _SUMMED.search(sentence) is None:
            return False  # 昨天又淹死一个小伙子 每年夏天都出事: one told first, the period a complaint's after it
        # (入汛以来，此次强降雨过程已致全省11人死亡: the toll of one disaster named, since the season began)
        return not (period.group().endswith("以来") and _THIS_DISASTER.search(sentence) is not None)
    if ("发" in sentence or "断" in sentence or "频" in sentence or "起" in sentence) and _HABITUAL.search(sentence):
        # 这个路口事故频发，已经死了3个人了: a place's record in a complaint, not one incident's toll
        # (unless one is told: 事故多发路段今天又发生一起车祸)
        return ONE_INCIDENT.search(sentence) is None
    running = [m.start() for m in _RUNNING.finditer(sentence)]
    if not running:
        return False
    if (
        _SO_FAR_NOW.search(sentence, 0, running[0]) is not None
        and _ITS_TOLL.search(sentence, 0, running[0]) is not None
        and _JURISDICTION.search(sentence) is None
    ):
        return False  # 截至今日19时，事故死亡人数累计达10人: one accident's toll as it goes on
    if _SICK_SO_FAR.search(sentence) is not None and (
        _SYMPTOMS.search(sentence) is not None or _JURISDICTION.search(sentence) is None
    ):
        # 婚宴…陆续有宾客出现呕吐、腹泻等症状，累计就医126人; 截至17日18时，累计就诊130余人: one meal's sick so far
        # (not 全市累计就诊流感样病例1200人: a city's)
        return False
    if _KINDS_OF_INCIDENT.search(sentence):
        return True
    if all(sentence.endswith("损失", 0, at) for at in running) and _JURISDICTION.search(sentence) is None:
        return False  # 一家具厂发生火灾，直接和间接经济损失合计约1.5亿元: kinds of loss summed, not incidents
    if _THIS_DISASTER.search(sentence) is not None or _ONE_EVENT_TOLD.search(sentence, 0, running[0]) is not None:
        # (截至6月30日18时，此次强降雨过程已造成全市4人死亡; 我市某学校发生食物中毒事件，累计就诊学生146人: one
        # event's toll so far)
        return False
    if _SINCE_DAY.search(sentence) is not None and EVENT_THAT_LASTS.search(sentence) is not None:
        # 6月19日以来，我市遭遇特大暴雨袭击，全市受灾群众8.6万人: one disaster's toll since the day it began
        return False
    # the disaster in the total's clause, or in a cause's clause after it (8月1日以来，受强降雨影响，
    # …共有33人遇难; not 汛期以来，我市已发生6起山洪灾害: a tally)
    lasting = text_names_lasting_event or any(
        EVENT_THAT_LASTS.search(_clause(sentence, at)) or EVENT_THAT_LASTS.search(_cause_after(sentence, at))
        for at in running
    )
    if (
        not lasting
        and EVENT_THAT_LASTS.search(sentence, 0, running[0]) is not None
        and (_ONGOING.search(sentence) is not None or _SO_FAR_NOW.search(sentence, 0, running[0]) is not None)
    ):
        lasting = True  # 台风“烟花”过境后，我市新增死亡2人，累计死亡13人: the disaster named first, its toll going on
    if _JURISDICTION.search(sentence) and not lasting:
        return True
    return not (lasting or _ONGOING.search(sentence))


_SO_FAR_NOW = re.compile(r"截至(?:今|昨|目前|记者发稿|发稿)")
"""A total so far, up to a time of now (截至今晚8时, 截至目前): one disaster's toll as it goes on."""
_ITS_TOLL = re.compile(r"(?:事故|火灾|爆炸|坍塌|车祸)(?:中)?(?:的)?(?:死亡|遇难|伤亡|受伤)人数")
"""An accident's toll named as such (事故死亡人数累计达10人): one accident's, not a period's."""
_ONE_EVENT_TOLD = re.compile(
    r"发生(?:了)?(?:一起[^，,。；;！!？?\d]{0,10}?|[^，,。；;！!？?\d]{1,10}?)(?:事件|事故)(?!频|多)"
)
"""One event told as happening before a running total (某寄宿制学校发生食物中毒事件，累计就诊学生146人; not
该路段发生事故累计死亡50多人, a place's record)."""
_SINCE_DAY = re.compile(r"(?<![\d年])\d{1,2}月\d{1,2}日(?:\d{1,2}时)?(?:起|以来)")
"""A day a running total began (6月19日以来): a disaster's start, not a period's (今年以来, 入汛以来)."""
_SICK_SO_FAR = re.compile(
    # (or where: 累计到医院就诊138人)
    r"(?:累计|共|总计|合计)(?:有)?(?:到医院|前往医院|到院)?(?:就医|就诊|接诊|发病|送医|入院|住院|收治|救治|出现症状|出现不适)"
    # (the sick named first: 发病学生累计达132人; a hospital's: 县人民医院累计接诊128人)
    r"|(?:就医|就诊|发病|送医|入院|住院|收治)(?:学生|人员|人数|患者|者|的)?(?:累计|共|总计|合计)"
    # (the count between: 累计126人到医院就诊, 累计42人送医)
    r"|(?:累计|共|总计|合计)(?:有)?[\d一二两三四五六七八九十百千]+(?:余|多)?(?:人|名)(?:到医院|前往医院|到院)?"
    r"(?:就医|就诊|送医|入院|住院)"
)
_SYMPTOMS = re.compile(r"呕吐|腹泻|腹痛|恶心|头晕|发热|发烧|不适|中毒")
"""The sick of one meal or one source counted so far, their symptoms told (陆续有宾客出现呕吐、腹泻等症状，
累计就医126人)."""
_JUST_NOW = re.compile(r"(?:昨天|昨日|昨晚|昨夜|今天|今早|今晨|刚刚|刚才)(?!(?:上午|下午)?(?:举行|召开|发布|通报))")
"""A day of one incident told (昨天又淹死一个小伙子), before a period named after it (not the day of a meeting that
told it: 记者在今天举行的…新闻发布会上获悉，2020年至2025年，…)."""
_THIS_DISASTER = re.compile(
    r"(?:此次|本次|这次|本轮|这轮|此轮|该轮)[^，,。；;共累未没]{0,16}?(?:已经?造成|已致|造成|导致|致)"
    # (or its toll told new and so far: 此次洪灾我市新增死亡4人，累计死亡32人)
    r"|(?:此次|本次|这次|本轮|这轮|此轮)[^，,。；;共累未没]{0,12}?新增(?:死亡|遇难|失联|失踪)"
)
"""One disaster named as the one reported, then its toll in its clause (此次强降雨过程已致…; not 此次台风尚未
造成人员伤亡, nor 此次事故是全市第3起较大事故，共造成…)."""

ONE_INCIDENT = re.compile(
    r"本次|此次|这次|该次|这起|该起|本起|又发生|又一起|一起|一场|昨日|昨天|昨晚|昨夜|今天|今日|今晨|今早|凌晨|当天|当晚|时许"
    r"|\d+日|[一二三四五六七八九十]日"
)
"""Words of one incident told in a clause (昨日凌晨的大火造成3人死亡, 6月18日又发生责任事故)."""


_SEVERAL_HAPPENED = re.compile(
    # (the kind may stand between: 全国共发生洪涝灾害12起)
    rf"(?:发生|出现|共有)了?[^，,。；;\d]{{0,8}}?(?:[2-9]|\d{{2,}}|[两三四五六七八九十百千万几数多]+)(?:余|多)?{_COUNTED}"
)


_WIDE = re.compile(r"全国|我国|全省|我省|全自治区|全区各地|各省|多省|[两三四五六七八九十几]省|各地|全球|全世界")
"""A whole country or province: a season's toll over it is many incidents' (not 全县, 全市: one
disaster there is often the whole toll)."""
_LOCAL = re.compile(r"全市|全县|全区|全州|全旗|我市|我县|我区|本市|本县")
_HOLIDAY = (
    r"期间|假期|长假|小长假|黄金周|暑假|寒假|暑期|春运|上周|本周|一周内|一周来|上星期|上个月|上月|本月|近期"
    r"|今夏|今冬|夏季|冬季"
)
"""A holiday, a week or a month (暑假期间, 五一假期, 上周): a toll over a region then is many incidents'."""
_SEASON = re.compile(
    r"入汛|汛期|入夏|入冬|(?:今年|年初|本月|(?<![\d日])(?:\d{1,2}|[一二三四五六七八九十]{1,2})月)(?:份)?以来"
    # (a part of the year: 今年前三季度, 上半年, 前10个月)
    r"|前[一二三两]季度|[一二三四]季度|上半年|下半年|全年|前(?:\d{1,2}|[一二三四五六七八九十]{1,2})个月"
)
"""A season or a period (入汛以来, 今年汛期, 7月以来, 前三季度; not 7月28日以来, a disaster's start day)."""
_HOLIDAYS = re.compile(_HOLIDAY)
_SUMMED = re.compile(r"共|累计|先后|已有|总计|合计|总数|相继")
"""A toll summed up (共有, 累计, 先后): a holiday's toll over a region is a tally only so."""
_ONE_DISASTER = re.compile(
    r"此次|这次|本次|本轮|这轮|该轮|这场|此轮|[“\"《]|一(?:起|场|辆|艘|处|栋|座|家|名|位|所|户|间|幢)"
    # one incident told (全县一工地发生坍塌, 我市一小区发生火灾; not a span: 一周内全国多地发生儿童溺水事件)
    r"|(?:一(?![周天日年个星])|某)[^，,。；;\d]{1,6}?(?:发生|突发|起火|失火|着火|爆炸|坍塌|倒塌|垮塌|相撞|侧翻|翻车|坠落)"
    r"|疫|流感|霍乱|鼠疫|新冠|肺炎|埃博拉|手足口|麻疹|非典|确诊|病例"
)
"""One disaster or incident named (此次强降雨, 台风“杜苏芮”, 一起火灾, 一小区发生火灾), or an
epidemic: its toll, however wide."""


def season_tally(sentence: str) -> bool:
    """Whether ``sentence`` states a toll over a season or a period across a whole country or
    province (``今年入汛以来，全国因灾死亡失踪120人``, ``今年汛期，全省因洪涝灾害死亡23人``,
    ``暑假期间，全省共有36名学生溺水死亡``; a holiday's only with no disaster named: 台风期间), or
    over a holiday, a week or a month across a city or a county with no disaster named (``暑假期间，
    全市共有5名中小学生溺水死亡``): many incidents', even when a kind of disaster that goes on is
    named over a season (but not one disaster or incident: 此次, 台风“…”, 一起, nor an epidemic)."""
    # (the rare words first: most sentences name no whole region)
    wide = _WIDE.search(sentence) is not None
    if not wide and _LOCAL.search(sentence) is None:
        return False
    if not (wide and _SEASON.search(sentence) is not None):
        # (台风期间，全省…: one typhoon's toll; 暑假期间，我县3名儿童溺亡: told as one, not summed up)
        if _HOLIDAYS.search(sentence) is None or EVENT_THAT_LASTS.search(sentence) is not None:
            return False
        if _SUMMED.search(sentence) is None and _KINDS_OF_INCIDENT.search(sentence) is None and not wide:
            return False  # (but 春节期间，全省因燃放烟花爆竹死亡5人: a whole province's holiday, many incidents')
    return _ONE_DISASTER.search(sentence) is None


def disease_tally(sentence: str) -> bool:
    """Whether ``sentence`` sums the cases of the notifiable diseases (:data:`_DISEASES_SUMMED`) or a disease
    season's or a period's (``今年流感季以来，全省累计报告流感死亡病例43例``): a tally, though an epidemic's words
    stand in it."""
    if "传染病" in sentence and _DISEASES_SUMMED.search(sentence) is not None:
        return True
    return "报告" in sentence and _DISEASE_SEASON.search(sentence) is not None


def counts_incidents(sentence: str) -> bool:
    """Whether ``sentence`` counts several incidents that happened (``已发生5起山洪灾害``)."""
    return _SEVERAL_HAPPENED.search(sentence) is not None or bool(times_counts(sentence, happened=True))


def incident_counts(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that count several incidents (``共接报火灾46起``, ``已发生5起山洪灾害``,
    ``交通事故12起，``; not an ordinal: ``发生的第3起火灾``)."""
    times = times_counts(text, happened=True)  # (counts by 次: their own gate)
    if "人次" in text:  # 入冬以来，高压氧科已接诊一氧化碳中毒患者80余人次: visits counted, a tally
        times += [m.span() for m in _PERSON_TIMES.finditer(text)]
    zong = "宗" in text and _ZONG_SHAPE.search(text) is not None
    if _COUNT_SHAPE.search(text) is None and not zong and "累计发生" not in text:
        return times  # (most texts count nothing)
    found = [m for p in (_INCIDENTS_ANYWHERE, _SEVERAL_HAPPENED_ANYWHERE) for m in p.finditer(text)]
    return [m.span() for m in found if "第" not in m.group()] + times


_PERSON_TIMES = re.compile(rf"{NUM}(?:余|多)?人次")
"""People counted by their visits (接诊…患者80余人次): many incidents' people, not one's."""
_COUNT_SHAPE = re.compile(r"起(?<=[\d两三四五六七八九十百千万几数多余]起)")
_ZONG_SHAPE = re.compile(r"宗(?<=[\d两三四五六七八九十百千万几数多余]宗)")
"""A number before 起 or 宗, which every count of :data:`_INCIDENTS` but 累计发生 has (found by its last
character, one literal a pattern: the search skips ahead to it, six times faster than a class)."""
_INCIDENTS_ANYWHERE = Prefiltered(_INCIDENTS)
_SEVERAL_HAPPENED_ANYWHERE = Prefiltered(_SEVERAL_HAPPENED)
"""The counting patterns searched over a whole text, started only where a match can begin."""


def tallied(sentence: str, offset: int) -> bool:
    """Whether the figure at ``offset`` of a sentence of statistics (:func:`is_statistic`) is of
    the tally: not when its own clause tells one incident and tallies nothing (``这是今年以来该市
    第三起火灾，昨日凌晨的大火造成3人死亡``: three this event's)."""
    clause = _clause(sentence, offset)
    if _INCIDENTS.search(clause) or _PERIOD.search(clause) or _RUNNING.search(clause) or "新增" in clause:
        return True
    if times_counts(clause):
        return True
    if _LAST_YEARS.match(sentence, _clause_end(sentence, offset) + 1) is not None:
        return True  # 火警中共有14人死亡，去年同期为19人: compared with the year before's, a period's figure
    if _JURISDICTION.search(clause) or _KINDS_OF_INCIDENT.search(clause):
        return True  # 昨日全市新增道路交通事故死亡3人: a day's tally
    if ONE_INCIDENT.search(clause) is not None:
        return False
    # a tally told only after the figure's clause is a remark on the incident's place or year
    # (事故造成1人死亡，该路段今年已发生12起事故): the figure is the incident's
    return is_statistic(sentence[: _clause_end(sentence, offset)], False)


def _clause_end(sentence: str, at: int) -> int:
    ends = [i for i in (sentence.find(c, at) for c in "，,；; \u3000") if i >= 0]
    return min(ends, default=len(sentence))


def _clause(sentence: str, at: int) -> str:
    """The clause of ``sentence`` around offset ``at`` (between commas, or a headline's wide space: 又一名男童水塘溺亡
    该镇1个月已溺亡4名孩子)."""
    start = max(sentence.rfind(c, 0, at) for c in "，,；;：: \u3000") + 1
    return sentence[start : _clause_end(sentence, at)]


_CAUSE = re.compile(r"[，,]\s*(?:受|因|此次|本次|这次|本轮|这轮|此轮)[^，,；;]*")


def _cause_after(sentence: str, at: int) -> str:
    """The clause after the one around offset ``at`` when it names a cause (``，受强降雨影响``) or opens with this
    disaster (``7月以来，此次洪灾已造成全县4人遇难``), or ``""``."""
    ends = [i for i in (sentence.find(c, at) for c in "，,") if i >= 0]
    m = _CAUSE.match(sentence, min(ends)) if ends else None
    return m.group() if m is not None else ""


def other_event(
    sentence: str, offset: int, month_is_earlier: bool = False, earlier_day: re.Pattern[str] | None = None
) -> str | None:
    """Why the figure at ``offset`` of ``sentence``, which is no statistic (:func:`is_statistic`),
    is not this event's (``None``: it is).

    A definition covers the whole sentence; an earlier-event marker covers what follows it until
    a marker of the current event. ``month_is_earlier``: another sentence reports this event
    (:func:`names_this_event`), so a month without its day (:func:`dates_by_month`) marks an
    earlier one too. ``earlier_day``: another sentence reports a new incident, so a day this
    pattern finds marks an earlier one (:mod:`classifier.dated`: a day told as background,
    ``1月22日发生在邻县的``, or any day beside another incident told as such).
    """
    if _DEFINITION.search(sentence):
        return DEFINITION
    if _IMAGINED.search(sentence, 0, offset) or _story(sentence, offset):
        return IMAGINED
    if tried(sentence):
        return EARLIER
    if ("典型" in sentence or "案例" in sentence) and _CASES.search(sentence, 0, offset) is not None:
        return EARLIER  # 会上通报了近年来我市发生的典型事故：2021年…造成3人死亡；…: cases recalled as a warning
    stretches: Iterable[re.Match[str]] = _WITHIN.finditer(sentence)
    if "周" in sentence or "纪念" in sentence or "缅怀" in sentence:  # (纪 alone is common: 纪委, 世纪, 年纪)
        stretches = sorted((*stretches, *_ANNIVERSARY.finditer(sentence)), key=lambda m: m.start())
    for m in stretches:
        if m.start() > offset:
            break
        if offset < m.end() and not any(
            c.start() < offset or c.start() < m.end() for c in _CURRENT.finditer(sentence, m.start())
        ):
            # (a marker of now anywhere in the stretch makes it this event's: 2024年“1·24”特别重大火灾
            # 事故已造成39人死亡 is a toll so far, its 火灾 the event reported)
            return EARLIER
    past = None
    for m in _PAST.finditer(sentence):
        if m.start() <= offset:
            past = m
    if month_is_earlier:
        for m in _DATED.finditer(sentence, 0, offset + 1):
            if past is None or m.start() > past.start():
                past = m
    if earlier_day is not None:
        for m in earlier_day.finditer(sentence, 0, offset + 1):
            if past is None or m.start() > past.start():
                past = m
    if past is None or any(m.start() <= offset for m in _CURRENT.finditer(sentence, past.end())):
        return IMAGINED if _IF.search(sentence, 0, offset) else None
    return EARLIER


def may_revise(text: str) -> bool:
    """Whether ``text`` names any word of a figure corrected, denied or reported earlier (a cheap
    test before :func:`superseded`)."""
    return _REVISED.search(text) is not None


def corrects(text: str, start: int, end: int) -> bool:
    """Whether the figure quoted at ``text[start:end]`` is stated as a correction (``经核实，实际
    死亡9人``, ``9人，而非此前报道的12人``)."""
    if _INSTEAD_OF.match(text, end) is not None:
        return True
    # the words since the figure before it, if any (经核实，死亡人数为9人（此前报道12人死亡）: the 12 is none)
    words = _clause_before(text, start, 16, commas=False)
    lead_in = _SINCE_LAST_FIGURE.split(words)[-1]
    opened = start - len(words)
    if lead_in == words and opened > 0 and text[opened - 1] in "？?" and _REPLIED.match(words) is not None:
        return True  # 网传“…死了6个”？江山交警：事故造成1人死亡: the answer to the question
    return _CORRECTING.search(lead_in) is not None and _SOME_OF.search(lead_in + text[start:end]) is None


def _clause_before(text: str, start: int, most: int, commas: bool) -> str:
    """Up to ``most`` characters before ``start`` in its sentence (in its clause when ``commas``,
    with the clause before when that one ends with a verb of saying: 此前有消息称，事故造成…)."""
    words = re.split(r"[。；;！!？?\n]", text[max(0, start - most) : start])[-1]
    if not commas:
        return words
    clauses = re.split(r"[，,]|\s+", words)  # (a post's space is its comma: 群里说…死了五个 刚刚交警通报了 是2人死亡)
    if len(clauses) > 1 and (
        clauses[-2].endswith(("称", "报道", "通报", "消息", "传", "说", "统计")) or _CLAIMED_IN.search(clauses[-2])
    ):
        # (or a claim online told in the clause before: 有网友发布视频称城南某商场着火，“死了3个人”)
        return clauses[-2] + clauses[-1]
    return clauses[-1]


_CLAIMED_IN = re.compile(r"(?:网友|网民|有人|帖子|视频)[^，,]{0,8}?(?:称|说)")
"""A claim online told in a clause of its own before the figure's (有网友发布视频称城南某商场着火，“死了3个人”)."""


def revised(text: str, figures: Sequence[tuple[Hashable, int, int]]) -> list[str | None]:
    """For each figure of ``text`` (its kind, and the start and end of its quote), why the text
    revises it (:func:`superseded`), or ``None``: a figure of an earlier report counts as corrected
    when another figure of its kind is stated as a correction (:func:`corrects`)."""
    correcting = [corrects(text, start, end) for _, start, end in figures]
    kinds = {kind for (kind, _, _), c in zip(figures, correcting, strict=True) if c}
    # (or when the text states its kind now: 截至5日8时，已造成3人死亡、9人受伤。此前通报为2人死亡、10人受伤)
    reported = [
        _EARLIER_REPORT.search(_clause_before(text, start, _LOOK_BACK, commas=True)) is not None
        for _, start, end in figures
    ]
    now = {
        kind
        for (kind, start, _), r in zip(figures, reported, strict=True)
        if not r
        and _TOTAL_NOW.search(lead := _clause_before(text, start, _LOOK_BACK, commas=False)) is not None
        and _ADDED_OR_PART.search(lead) is None
    }
    return [
        superseded(text, start, end, (kind in kinds and not c) or (r and kind in now))
        for (kind, start, end), c, r in zip(figures, correcting, reported, strict=True)
    ]


def denied_after(text: str, end: int) -> bool:
    """Whether the words right after ``text[:end]`` say what it told is wrong (``”的消息不实``, ``有误``, ``应为``)."""
    return _DENIED.match(text, end) is not None


_SAID_WRONGLY = re.compile(r"(?:误|错)(?:报|写|发|播|记|传|登)(?:成|为)了?[：:]?\s?$")
"""Words right before a figure saying it was told wrongly (``此前误报为3人死亡``, ``错写成``)."""
_DENIED_BEFORE = re.compile(r"(?:哪有|哪里有|哪来的?|根本没有|根本就没有|根本没)(?:什么)?$")
"""A figure denied right before it as people deny it (哪有什么死了十几个)."""
_COUNTED_WRONGLY = re.compile(r"误(?:统计|报|计|算|记|登记)(?:为|成)")
"""Words between people counted and their fate, saying they were counted so wrongly (3名重伤人员被误统计为死亡)."""
RUMOUR_AFTER_QUOTE = re.compile(r"(?:一事)?的?(?:网络|网上)?(?:传言|传闻|谣言|说法|帖子|视频|消息)")
"""What a quote was, told right after it (“…”的网络传言, “…”的说法)."""


def superseded(text: str, start: int, end: int, corrected: bool) -> str | None:
    """Why the figure quoted at ``text[start:end]`` is not this event's, as the text revises it
    (``None``: it stands). A figure said to be wrong (``12人死亡有误``, ``“30人死亡”不实``) is
    :data:`DENIED`; a figure of an earlier report or a rumour (``此前有消息称…``, ``初步统计``,
    ``而非此前报道的``) is :data:`SUPERSEDED` when ``corrected``: the text states another figure
    of its kind as a correction (:func:`corrects`)."""
    if denied_after(text, end) or _ASKED_THEN_DENIED.match(text, end) is not None:
        return DENIED
    if _SAID_WRONGLY.search(text, max(0, start - 8), start) is not None:
        return DENIED  # 事故造成3人受伤，此前误报为3人死亡
    said_before = text[max(0, start - 8) : start]
    if ("哪" in said_before or "根本" in said_before) and _DENIED_BEFORE.search(said_before) is not None:
        return DENIED  # 哪有什么死了十几个，我就在现场: a figure denied as it is quoted
    if "误" in text[start:end] and _COUNTED_WRONGLY.search(text, start, end) is not None:
        return DENIED  # 此前有3名重伤人员被误统计为死亡
    lead_in = _clause_before(text, start, _LOOK_BACK, commas=True)
    opened = text.rfind("“", max(0, start - _QUOTED_REACH), start)
    if opened >= 0 and "”" not in text[opened:start]:
        # a figure inside what was posted: the words before the quote (有网民在微信群发布“上余镇一工地塌方，3人死亡”),
        # and who said it, a clause before (有网民…发布视频称，某高速公路在建隧道塌方“死了四十多个工人”)
        lead_in += _clause_before(text, opened, _LOOK_BACK, commas=True)
        said = max(text.rfind(c, max(0, opened - _QUOTED_SENTENCE), opened) for c in "。；;！!？?\n") + 1
        lead_in += text[max(said, opened - _QUOTED_SENTENCE) : opened]
    if opened >= 0 and "”" not in text[opened:start] and quotes_denied(text):
        return DENIED  # 以下谣言请勿转发：…②“贺村化工厂爆炸死了20人”…以上信息均系谣言
    closed = text.find("”", end) if opened >= 0 and "”" not in text[opened:start] else -1
    # (or told a rumour after its quote: 关于“大陈乡雷击伤人”的网络传言，经…核实，当天大陈乡未发生雷击伤人事件)
    told_after = closed >= 0 and RUMOUR_AFTER_QUOTE.match(text, closed + 1) is not None
    if (_RUMOUR.search(lead_in) or _RUMOUR.search(text, start, end) or told_after) and _DENIAL.search(text, end):
        # 有网友发帖称事故造成上百人死亡，官方回应：系谣言; a figure without a number quotes its
        # clause, the rumour's word with it (网友传某校学生被打死，官方称系谣言)
        return DENIED
    if corrected and _EARLIER_REPORT.search(lead_in):
        return SUPERSEDED
    return None
