"""String enums shared by every stage. Values are stable identifiers; ``label`` is the Chinese name."""

from __future__ import annotations

from enum import StrEnum


class _Labelled(StrEnum):
    @property
    def label(self) -> str:
        return _LABELS.get(self.value, self.value)


class SourceType(_Labelled):
    RSS = "rss"
    WEB = "web"
    JSON_API = "json_api"
    MANUAL = "manual"


class SourceTier(_Labelled):
    """Credibility tier of a source (来源类型)."""

    OFFICIAL = "official"
    MAINSTREAM = "mainstream"
    SELF_MEDIA = "self_media"
    FORUM = "forum"
    HOTLINE = "hotline"
    OTHER = "other"


class EventType(_Labelled):
    NATURAL_DISASTER = "natural_disaster"
    ACCIDENT = "accident"
    PUBLIC_HEALTH = "public_health"
    SOCIAL_SECURITY = "social_security"
    POLICY_CONCERN = "policy_concern"
    LIVELIHOOD = "livelihood"
    OTHER = "other"


class IncidentGrade(_Labelled):
    """Statutory event grade (事件等级), ordered from most to least severe.

    Not to be confused with the configurable 舆情等级 (alert level) or warning colours.
    """

    ESPECIALLY_MAJOR = "especially_major"
    MAJOR = "major"
    LARGE = "large"
    GENERAL = "general"

    @property
    def severity(self) -> int:
        """4 for 特别重大 down to 1 for 一般: larger is more severe."""
        return {"especially_major": 4, "major": 3, "large": 2, "general": 1}[self.value]

    @property
    def is_major(self) -> bool:
        """True for 特别重大 and 重大, the grades the 5-hour / 24-hour rules apply to."""
        return self.severity >= 3


THRESHOLD_GRADES = (IncidentGrade.ESPECIALLY_MAJOR, IncidentGrade.MAJOR, IncidentGrade.LARGE)
"""The grades a statutory threshold reaches, most severe first (below the last is 一般): a rule's
thresholds are given in this order."""


class Role(_Labelled):
    DESK = "desk"
    UNIT = "unit"
    LEADER = "leader"
    ADMIN = "admin"


class DeadlineState(_Labelled):
    """Where one deadline of a case stands (时限状态). Only ``met``, ``met_late`` and ``overdue`` are
    decided and count in a timeliness review."""

    WAITING = "waiting"
    PENDING = "pending"
    MET = "met"
    MET_LATE = "met_late"
    OVERDUE = "overdue"
    LAPSED = "lapsed"
    WAIVED = "waived"
    SUPERSEDED = "superseded"

    @property
    def decided(self) -> bool:
        return self in (DeadlineState.MET, DeadlineState.MET_LATE, DeadlineState.OVERDUE)

    @property
    def running(self) -> bool:
        """The clock runs and the unit still has to act (计时中 or 已超期)."""
        return self in (DeadlineState.PENDING, DeadlineState.OVERDUE)


class CaseActionKind(_Labelled):
    DISPATCH = "dispatch"
    SIGN = "sign"
    RETURN = "return"
    TRANSFER = "transfer"
    FIRST_RELEASE = "first_release"
    PRESS_CONFERENCE = "press_conference"
    FOLLOW_UP = "follow_up"
    RESPONSE = "response"
    CLOSE = "close"
    REOPEN = "reopen"
    GRADE_CHANGE = "grade_change"
    SET_OCCURRENCE = "set_occurrence"
    SET_CO_UNITS = "set_co_units"


class CaseStatus(_Labelled):
    """Where a case (案件) stands: the projection of its append-only actions."""

    DISPATCHED = "dispatched"
    """派单 done, waiting for the lead unit's 签收 (also after 转派 or 重开)."""
    SIGNED = "signed"
    RETURNED = "returned"
    """The lead unit sent it back (退单); the desk transfers it."""
    CLOSED = "closed"

    @property
    def is_open(self) -> bool:
        return self is not CaseStatus.CLOSED


OPEN_CASE_STATUSES: frozenset[CaseStatus] = frozenset(s for s in CaseStatus if s.is_open)
"""Every status but 已办结: the case still runs its deadlines."""


class AlertKind(_Labelled):
    """What raised an alert."""

    RULE = "rule"
    SOURCE_HEALTH = "source_health"
    DEADLINE = "deadline"


_LABELS: dict[str, str] = {
    "rss": "RSS/Atom",
    "web": "网页",
    "json_api": "JSON 接口",
    "manual": "人工报送",
    "official": "官方",
    "mainstream": "主流媒体",
    "self_media": "自媒体",
    "forum": "论坛",
    "hotline": "热线/留言板",
    "other": "其他",
    "natural_disaster": "自然灾害",
    "accident": "事故灾难",
    "public_health": "公共卫生事件",
    "social_security": "社会安全事件",
    "policy_concern": "政策关切",
    "livelihood": "民生诉求",
    "especially_major": "特别重大",
    "major": "重大",
    "large": "较大",
    "general": "一般",
    "waiting": "未开始",
    "pending": "计时中",
    "met": "按时",
    "met_late": "超时完成",
    "overdue": "已超期",
    "lapsed": "未办(非必需)",
    "waived": "免于考核",
    "superseded": "已替换",
    "desk": "值班室",
    "unit": "责任单位",
    "leader": "领导",
    "admin": "管理员",
    "dispatch": "派单",
    "sign": "签收",
    "return": "退单",
    "transfer": "转派",
    "first_release": "首次发布",
    "press_conference": "新闻发布会",
    "follow_up": "持续发布",
    "response": "回应",
    "close": "办结",
    "reopen": "重开",
    "grade_change": "调整等级",
    "set_occurrence": "记录发生时间",
    "set_co_units": "调整协办单位",
    "dispatched": "待签收",
    "signed": "办理中",
    "returned": "已退单",
    "closed": "已办结",
    "rule": "规则预警",
    "source_health": "信源异常",
    "deadline": "时限提醒",
}
