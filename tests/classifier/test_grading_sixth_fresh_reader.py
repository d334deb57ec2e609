"""Forms a sixth round of batteries written from the README alone (hazardous chemicals, railways, extreme
weather, collapses, violent crime, food poisoning, utilities, people's short posts) found graded wrong."""

from __future__ import annotations

import pytest

from classifier.grading import propose
from models.enums import IncidentGrade
from tests.classifier.grades import E, G, L, M

UNGRADED = [
    # a rule's class after its list of thresholds
    "《铁路交通事故应急救援和调查处理条例》规定：造成30人以上死亡，或者100人以上重伤，或者1亿元以上直接经济损失的，为特别重大事故。",
    "造成3人以上10人以下死亡，或者10人以上50人以下重伤的，属于较大事故。",
    # those held to account for it, counted
    "“3·18”纵火案造成4人死亡，辖区派出所所长等5名责任人被问责",
    # an execution is a case tried
    "“5·20”驾车撞人致6死案罪犯今日被依法执行死刑。",
    # a hoax's toll inside its quote, its commas too
    "男子谎称“步行街有人持刀砍人，已死伤多人”报假警，被行政拘留10日",
    # a threat quoted, an attempt told with where
    "男子因琐事与邻居发生纠纷，扬言要“拿刀砍死他全家”，派出所民警接报后及时介入，依法对其处以行政拘留10日。",
    "一男子携带汽油欲在商场内纵火，被保安当场制止并移交警方，纵火未遂。",
    # what a campaign is against
    "全市开展“雷霆”严打整治专项行动，重点打击持刀伤人、寻衅滋事、聚众斗殴等违法犯罪活动。",
]
"""Texts that tell no incident of now with casualties or loss: no grade."""

GRADED = [
    # kin counted, their wounds the cause of the death told after (伤势 is no other fate)
    ("祖孙三人经全力抢救，终因伤势过重，于当晚相继离世", L),
    ("3名工人被送医，终因伤重不治身亡", L),
    # a passive clause describing the group makes no object of it
    ("昨夜被困火场的祖孙三人经全力抢救，终因伤势过重，于当晚相继离世", L),
    # the group rescued is the object of 救出: the death is not counted for all of them
    ("消防员救出被困的3名工人，经抢救无效死亡", G),
    # a company's name is no 有 making the group an object
    ("某食品有限公司3名工人在清理发酵罐时吸入有毒气体，经抢救无效死亡。", L),
    # guests taken ill after a feast named by what it marked, or a funeral's, one of them dead
    ("某村村民办乔迁宴，当晚起先后有26名宾客出现呕吐、腹泻，其中一名七旬老人经抢救无效死亡。", L),
    ("办丧事吃的席，一百四十多个人半夜上吐下泻全去医院挂水了，听说有个阿公没挺过来", M),
    ("隔壁村一家人上山采了野蘑菇回来炒着吃，半夜全家上吐下泻，老爷子没挺过来", L),
    # a meal served aboard
    ("一趟T字头列车餐车供餐后，35名旅客陆续出现腹泻、呕吐等症状，已在前方站下车就医。", G),
    # a poisoning's toll so far, its 累计 in the clause after the event
    ("台北市一餐厅爆发米酵菌酸中毒事件，累计34人就医，其中6人死亡。", L),
    # a figure said to be wrong, the right one after it
    (
        "市卫健局通报：某幼儿园发生一起疑似食源性疾病事件，此前通报的发病幼儿118人有误，经逐一核实，实际发病幼儿78人，均为轻症。",
        G,
    ),
    # a field of no deaths is no death
    ("事件名称：某中学食源性疾病事件；发病人数：126人；死亡人数：0人；报告单位：市卫健局", L),
    # visits (人次) are not people
    ("某小学疑似食物中毒事件续：截至今日12时，该校累计就诊156人次，涉及学生87人，其中住院观察6人。", G),
    # drinking water polluted is no food eaten: the environmental plan's poisoned
    ("上游企业偷排含氰废水，导致某村饮用水源污染，23名村民出现中毒症状被送医。", L),
    # a gas drifting over, those who breathed it counted before what they felt
    ("工业园那边罐子炸了以后一股刺鼻的毒气飘过来，我们镇上七十几个居民吸了以后头晕呕吐，都被送到医院了", M),
    ("化工厂漏了毒气，七十几个居民吸入毒气后头晕呕吐，都被送到医院了", M),
    # those brought out counted with 多, gone; those swept away, not found
    ("我们镇上那栋六层的出租楼塌了，听说埋了四十几个人，挖出来的三十多个都没气了，太惨了", E),
    ("山洪下来的时候好多人在河滩上摆摊，听说三十多个人被冲走了，到现在都还没找到", E),
    # lives taken as 命, where they lived between
    ("电瓶车在楼道充电起火，夺走了楼上一家三口的命", L),
    # the count first
    ("仨堂兄弟暑假结伴到村后水库游泳，不幸全部溺亡。", L),
    # guards: a revenge is no campaign; an arson done
    ("男子遭人打击报复，被砍伤", G),
    ("男子在商场内纵火，造成2人受伤", G),
]
"""Texts and the grade their incident takes."""


@pytest.mark.parametrize("text", UNGRADED)
def test_no_incident_of_now_no_grade(text: str) -> None:
    assert propose(text).grade is None, propose(text).reasons


@pytest.mark.parametrize(("text", "grade"), GRADED)
def test_graded_as_told(text: str, grade: IncidentGrade) -> None:
    assert propose(text).grade is grade, propose(text).reasons


def test_a_count_with_duo_is_a_lower_bound() -> None:
    # 三十多: thirty at least, said so
    reasons = propose("楼塌了，挖出来的三十多个都没气了").reasons
    assert any(r.startswith("死亡30多人（下限：至少30人") for r in reasons), reasons
