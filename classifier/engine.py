"""The classifier as one object: model + taxonomy + gazetteer + sentiment + grading + routing.

:func:`load_classifier` builds it from a jurisdiction folder and a model folder and checks
everything *before* a worker starts (missing or corrupt model, invalid YAML, routing naming
unknown units all raise), so a worker never runs half-configured. :meth:`Classifier.classify`
takes a whole batch: the model is applied to all items at once, which is where the throughput is.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cached_property
from pathlib import Path

from classifier.abroad import named_home
from classifier.captured import article_text, unspaced
from classifier.elsewhere import Locality
from classifier.event_types import EMERGENCIES
from classifier.facts import FactReader
from classifier.grading import GradeProposal, propose, ungraded
from classifier.headline_topics import HeadlineTopics
from classifier.jurisdiction import Taxonomy, load_taxonomy, lost_labels
from classifier.long_past import long_past_words, long_past_year
from classifier.model import TopicModel, load_model
from classifier.places import PlaceFinder, PlaceMatch
from classifier.routing import RouteInput, Router, RoutingTable, check_routing
from classifier.sentiment import Sentiment, SentimentScorer
from classifier.spoken import as_mandarin
from classifier.topic_references import refuse_unknown_topics, unknown_topics, with_topic_ids
from models.directory import UnitDirectory
from models.enums import EventType, IncidentGrade, SourceTier
from models.messages import Classification, RawItem
from yuqing.config import read_config_text, validate_yaml
from yuqing.directory import load_units
from yuqing.errors import ConfigError
from yuqing.jurisdiction import load_gazetteer
from yuqing.traditional import simplified

TIER_WEIGHT = {
    SourceTier.OFFICIAL: 0.10,
    SourceTier.MAINSTREAM: 0.10,
    SourceTier.SELF_MEDIA: 0.05,
    SourceTier.FORUM: 0.05,
    SourceTier.HOTLINE: 0.0,
    SourceTier.OTHER: 0.0,
}

log = logging.getLogger(__name__)


@dataclass
class Classifier:
    model: TopicModel
    taxonomy: Taxonomy
    places: PlaceFinder
    router: Router
    units: UnitDirectory
    sentiment: SentimentScorer
    locality: Locality | None = None
    """Tells events that seem to be elsewhere at home (:mod:`classifier.elsewhere`); ``None``: no
    region configured."""

    _topics: dict[str, tuple[str, str]] = field(default_factory=dict, init=False, repr=False, compare=False)
    """Predicted label → (topic id, label shown), for :attr:`taxonomy` (:meth:`_topic`)."""
    _topics_of: Taxonomy | None = field(default=None, init=False, repr=False, compare=False)
    _headline: HeadlineTopics | None = field(default=None, init=False, repr=False, compare=False)
    """The topics :attr:`taxonomy`'s keywords decide (:meth:`_current`)."""
    _routing: tuple[Router, Taxonomy, Router] | None = field(default=None, init=False, repr=False, compare=False)
    """(:attr:`router`, :attr:`taxonomy`, the router with its rules' topics as that taxonomy's ids)."""

    def _current(self) -> HeadlineTopics:
        """What is derived from :attr:`taxonomy`, rebuilt when the taxonomy was replaced."""
        if self._topics_of is not self.taxonomy or self._headline is None:
            self._topics, self._topics_of = {}, self.taxonomy
            self._headline = HeadlineTopics(self.taxonomy)
        return self._headline

    def _router(self) -> Router:
        """:attr:`router` with its rules' topics named by :attr:`taxonomy`'s ids (a rule may name a
        topic by its name or an alias), rebuilt when either was replaced."""
        known = self._routing
        if known is None or known[0] is not self.router or known[1] is not self.taxonomy:
            for problem in unknown_topics(self.router.table, self.taxonomy, name="routing.yaml", lines={}):
                # edits and imports refuse such a pair; one stored before that check is told here
                log.error("routing in force: %s", problem)
            table = with_topic_ids(self.router.table, self.taxonomy)
            resolved = self.router if table is self.router.table else Router(table)
            known = self._routing = (self.router, self.taxonomy, resolved)
        return known[2]

    def _topic(self, predicted: str) -> tuple[str, str]:
        """The topic id of a predicted label and the label shown for it (looked up once per label)."""
        self._current()
        found = self._topics.get(predicted)
        if found is None:
            topic = self.taxonomy.resolve(predicted)
            found = self._topics[predicted] = (topic, self.taxonomy.label_of(topic) or predicted)
        return found

    @cached_property
    def facts(self) -> FactReader:
        """Reads the 简要信息 facts of emergency items (built on first use)."""
        return FactReader(self.places, self.units)

    def _graded(self, text: str, found: Sequence[PlaceMatch], published: datetime | None) -> GradeProposal:
        """The grade of ``text``'s event (simplified already), with a reason when it seems to have
        happened elsewhere at home: the grade stays (the thresholds are national), the desk is told to check.
        Where the text tells an event elsewhere at home beside one here (``常山县一化工企业发生爆炸，造成5人死亡；
        同日下午，江山市贺村镇一家木业公司仓库发生火灾``), the grade is the one here's. No grade when every
        figure it was read from (with no figure, every word of the event) is dated a year or more before
        ``published`` (:mod:`classifier.long_past`; ``None``:
        the publication time is unknown, and no year is judged past)."""
        grade = propose(text, is_simplified=True)
        graded_by = [m for m in grade.figures.report.figures.values() if not m.left_out]
        if published is not None and grade.grade is not None and "年" in text:
            # the figures dated long ago, or with none the event's words (…2018年底，那围墙倒了，城管又…)
            year = (
                long_past_year(text, graded_by, published)
                if graded_by
                else long_past_words(text, grade.event_terms, published)
            )
            if year:
                return ungraded(grade, f"往年的事件（原文“{year}”，早于发布时间一年以上）：不是新发生的事件，未定级")
        if grade.grade is None or self.locality is None:
            return grade
        names_a_place_here = bool(found)
        if (names_a_place_here or self.locality.names_jurisdiction(text)) and (
            ours := _ours_apart(self.locality, text, found, grade)
        ) is not None:
            return ours
        place = self.locality.elsewhere(text, names_a_place_here)
        if place is None:
            return grade
        note = f"事发地似不在{self.locality.jurisdiction}（原文“{place}”，未提及本辖区地名），本地是否涉及请核实"
        return replace(grade, reasons=(*grade.reasons, note))

    def classify(self, items: Sequence[RawItem]) -> list[Classification]:
        """Classify a batch; the result is in the order of ``items``.

        Every reader (topic model, grading, places, negativity, routing, facts) reads the title and
        text with traditional characters simplified (:mod:`yuqing.traditional`), mapped once here, and as
        :mod:`classifier.captured` makes captured text readable."""
        # (as collectors capture them: a page's links to other articles cut, OCR's spaced characters joined)
        docs = [(unspaced(simplified(i.title)), article_text(unspaced(simplified(i.text)))) for i in items]
        predictions = self.model.predict(docs, is_simplified=True)
        version = self.model.version
        default_rule = self.router.table.rules[-1].name
        headline = self._current()
        router = self._router()
        out = []
        for item, (title, body), pred in zip(items, docs, predictions, strict=True):
            text = as_mandarin(f"{title}\n{body}")  # (冇挺过来, 船翻咯: :mod:`classifier.spoken`)
            decided = headline.decide(title)
            if decided is not None:  # a keyword of the title decides, the model's guess aside
                pred = replace(pred, topic=decided[0], confidence=1.0, terms=(decided[1],))
            topic, topic_label = self._topic(pred.topic)
            found = self.places.find(text)
            # (a source that gave no publication time has it set to the time of collection: unknown)
            published = item.published_at if item.published_at != item.collected_at else None
            grade = self._graded(text, found, published)
            sentiment = self.sentiment.score(text, harm_cues(grade))
            townships = tuple(dict.fromkeys(m.place.township for m in found))
            urgency, urgency_reasons = _urgency(grade.grade, grade.event_type in EMERGENCIES, sentiment, item)
            route = router.route(
                RouteInput(
                    text=text,
                    topic=topic,
                    title=title,
                    event_type=grade.event_type,
                    grade=grade.grade,
                    townships=townships,
                    source_id=item.source_id,
                    source_tier=item.source_tier,
                )
            )
            lead, rule = route.lead, route.rule
            if item.default_unit and (lead is None or rule == default_rule):
                # nothing specific matched: the source's own unit (a department's hotline) beats the default
                lead, rule = item.default_unit, f"{rule or '无'}（来源默认单位）"
            reasons = grade.reasons + (urgency_reasons if grade.grade is not None else ())
            # (an incident of no known type graded by its toll, 男子网吧劝架时被打人者捅死, gets its facts
            # too; not a concern or a complaint graded by a casualty it mentions)
            emergency = grade.event_type in EMERGENCIES or (
                grade.grade is not None and grade.event_type is EventType.OTHER
            )
            facts = (
                self.facts.read(
                    text,
                    item.published_at,
                    grade.event_terms,
                    grade.figures.report,
                    found,
                    is_simplified=True,
                    poisoning=grade.poisoning,
                )
                if emergency
                else ()
            )
            out.append(
                Classification(
                    model_version=version,
                    topic=topic,
                    topic_label=topic_label,
                    topic_confidence=min(1.0, max(0.0, pred.confidence)),
                    topic_terms=pred.terms,
                    negative=sentiment.negative,
                    sentiment_score=sentiment.score,
                    sentiment_terms=sentiment.terms,
                    event_type=grade.event_type,
                    event_type_terms=grade.event_terms,
                    grade=grade.grade,
                    grade_reasons=reasons,
                    urgency=urgency,
                    places=tuple(dict.fromkeys(m.place.name for m in found)),
                    lead_unit=lead,
                    co_units=route.co,
                    routing_rule=rule,
                    facts=facts,
                )
            )
        return out


def _ours_apart(
    locality: Locality, text: str, found: Sequence[PlaceMatch], grade: GradeProposal
) -> GradeProposal | None:
    """The grade of the sentences of ``text`` that tell no event elsewhere at home, when some do and
    others name a place here (``found``) and that grade is lower; with a reason quoting what was left
    out (``None``: no such split, or it changes nothing)."""
    if len(pieces := _PIECE.findall(text)) < 2:
        return None
    starts = [0]
    for piece in pieces:
        starts.append(starts[-1] + len(piece))
    here = {i for m in found for i in range(len(pieces)) if starts[i] <= m.start < starts[i + 1]}
    by_name = not here
    if by_name:  # (no place of the gazetteer: a piece naming the jurisdiction, 江山市区鹿溪路)
        here = {i for i, piece in enumerate(pieces) if locality.names_jurisdiction(piece)}
    # (a county or a larger place elsewhere: a township or a village the gazetteer lacks may be ours)
    elsewhere = {
        i: place
        for i, piece in enumerate(pieces)
        if i not in here
        and (place := locality.elsewhere(piece, names_a_place_here=False)) is not None
        and (
            place.endswith(_COUNTY_OR_MORE)
            or named_home(place)
            # (a city named with a county or a district of its: 上饶市玉山县一KTV发生火灾, 上饶市广丰区)
            or (place.endswith("市") and _COUNTY_NEXT.match(piece, piece.find(place) + len(place)) is not None)
        )
    }
    # (a county named in full once and bare in a headline: 龙游同日发生车祸5死 … 龙游县境内…造成5人死亡)
    stems = {place[:-1]: place for place in elsewhere.values() if len(place) >= 3}
    elsewhere |= {
        i: stems[stem]
        for i, piece in enumerate(pieces)
        if i not in here and i not in elsewhere
        for stem in stems
        if stem in piece
    }
    if not elsewhere or not here:
        return None
    if all("籍" in pieces[i] and "发生" not in pieces[i] for i in here):
        # 江山籍3人遇难！福建一厂房火灾共致11人死亡: people from here among the event's, no event here (not 我市一家
        # 机械厂昨日发生机械伤害事故，1名河南籍工人手部受伤: an event here, whoever it befell)
        return None
    kept = "".join(piece for i, piece in enumerate(pieces) if i not in elsewhere)
    ours = propose(kept, is_simplified=True)
    if ours.grade is not None and grade.grade is not None and ours.grade.severity >= grade.grade.severity:
        return None
    if by_name and ours.grade is None:
        # (江山市应急管理局今天组织…排查: the jurisdiction's own duty, no event here beside the one elsewhere)
        return None
    told = {pieces[i].strip("。；;！!？?\n "): place for i, place in elsewhere.items()}  # (a title told again)
    left_out = "；".join(f"“{piece[:60]}”（{place}）" for piece, place in told.items())
    return replace(ours, reasons=(*ours.reasons, f"未计入（辖区外的另一事件）：{left_out}"))


_COUNTY_OR_MORE = ("县", "区", "省", "旗")
"""The ends of a place elsewhere an event beside ours is left out for (常山县, 柯城区; not a 市 read from the words
around it, 才由市消防救援大队, nor a township or a village the gazetteer may lack)."""
_COUNTY_NEXT = re.compile(r"[\u4e00-\u9fff]{2}[县区旗]")
"""A county or a district right after a city's name (上饶市玉山县, 上饶市广丰区): the city is one, elsewhere."""
_PIECE = re.compile(r"[^。；;！!？?\n\u3000]*(?:[。；;！!？?\n\u3000]+|$)")
"""A sentence or a part of one after a semicolon or a headline's wide space, with its ending marks (the pieces make up
the text)."""


_HARM_WEIGHT = {"死亡": 2.0, "失踪": 1.5, "重伤": 2.0, "受伤": 1.5, "轻伤": 1.0}
_FIGURE_WORD = {"deaths": "死亡", "missing": "失踪", "serious": "重伤", "injured": "受伤", "minor": "轻伤"}
EMERGENCY_CUE = 1.2
"""Weight of an emergency that happened (a word of its type, risks and campaigns left out): alone it
makes an item negative (it is more than :data:`classifier.sentiment.CLEAR_CUE`)."""


def harm_cues(grade: GradeProposal) -> list[tuple[str, float]]:
    """What grading found that negativity should see: this event's casualties (numbered or not)
    and the words of an emergency that happened."""
    cues = [
        (_FIGURE_WORD[kind.value], _HARM_WEIGHT[_FIGURE_WORD[kind.value]])
        for kind in grade.figures.report.figures
        if kind.value in _FIGURE_WORD
    ]
    if grade.event_type in EMERGENCIES and grade.event_terms:
        cues.append((grade.event_terms[0], EMERGENCY_CUE))
    return cues


def _urgency(
    grade: IncidentGrade | None, emergency: bool, sentiment: Sentiment, item: RawItem
) -> tuple[float, tuple[str, ...]]:
    """Urgency in [0, 1] from grade, emergency type, negativity, spread and source tier, with reasons.

    0.05 base; +0.15 per grade step (一般 0.15 … 特别重大 0.6); +0.10 for an emergency event type;
    +0.15 × negativity; spread +0.05 · log2(1 + copies) up to 0.15; official or mainstream source
    +0.10, self-media or forum +0.05. Capped at 1. A negative item's negativity is among the reasons.
    """
    negativity = sentiment.score
    value = 0.05
    reasons: list[str] = []
    if grade is not None:
        value += 0.15 * grade.severity
    if emergency:
        value += 0.10
    value += 0.15 * negativity
    if item.copies:
        value += min(0.15, 0.05 * math.log2(1 + item.copies))
        reasons.append(f"传播：已见{item.copies}次转载")
    tier = TIER_WEIGHT.get(item.source_tier, 0.0)
    if tier:
        value += tier
        reasons.append(f"来源：{item.source_tier.label}")
    if sentiment.negative:
        reasons.append(f"负面程度{negativity:.2f}")
    return round(min(1.0, value), 4), tuple(reasons)


def load_classifier(jurisdiction_dir: Path, model_dir: Path | None = None) -> Classifier:
    """Build and check the classifier of a jurisdiction; ``model_dir`` defaults to its ``model/``.

    Raises ``ModelError`` (model), ``ConfigError`` (YAML, a model label the taxonomy has no topic
    for, or a routing rule naming a topic it does not have) or ``RoutingError`` (unknown units).
    """
    jurisdiction_dir = Path(jurisdiction_dir)
    units = load_units(jurisdiction_dir / "units.yaml")
    routing_path = jurisdiction_dir / "routing.yaml"
    routing_text = read_config_text(routing_path)
    table = validate_yaml(routing_text, RoutingTable, str(routing_path))
    check_routing(table, units)
    gazetteer = load_gazetteer(jurisdiction_dir / "gazetteer.yaml")
    unknown = [p.name for p in gazetteer.places if p.township not in units.ids()]
    if unknown:
        from classifier.errors import RoutingError

        raise RoutingError(f"gazetteer places name unknown township units: {', '.join(unknown)}")
    taxonomy = load_taxonomy(jurisdiction_dir / "taxonomy.yaml")
    model = load_model(Path(model_dir) if model_dir else jurisdiction_dir / "model")
    lost = lost_labels(taxonomy, model.labels)
    if lost:
        raise ConfigError(
            f"{jurisdiction_dir / 'taxonomy.yaml'}: the model's labels {', '.join(lost)} name no topic "
            "(keep each as a topic's id or alias, or retrain the model with this taxonomy: yuqing train)"
        )
    refuse_unknown_topics(table, taxonomy, routing_text, str(routing_path))
    return Classifier(
        model, taxonomy, PlaceFinder(gazetteer), Router(table), units, SentimentScorer(), Locality.of(gazetteer)
    )
