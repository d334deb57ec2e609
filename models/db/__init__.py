"""Persisted domain tables (SQLAlchemy 2). Alembic migrations in ``yuqing/db/migrations`` own the
schema; nothing here creates tables at run time.

Each stage that owns tables declares them in its own module here and imports it below, so that
``Base.metadata`` (used by Alembic) always sees every table.
"""

from models.db.accounts import AuditRecord, User
from models.db.alerts import Alert, AlertLog, Delivery, EventVolume, TopicVolume
from models.db.base import Base, UTCDateTime
from models.db.cases import Case, CaseAction, CaseMark
from models.db.collected import CollectedItem
from models.db.config import ConfigVersion
from models.db.events import Event
from models.db.items import Item, LabelCorrection
from models.db.routed import RerouteRequest, RoutedSign
from models.db.sessions import LoginAttempt, WebSession
from models.db.special_topics import SpecialTopic
from models.db.units import Source, SourceHealth, Unit

__all__ = [
    "Alert",
    "AlertLog",
    "AuditRecord",
    "Base",
    "Case",
    "CaseAction",
    "CaseMark",
    "CollectedItem",
    "ConfigVersion",
    "Delivery",
    "Event",
    "EventVolume",
    "Item",
    "LabelCorrection",
    "LoginAttempt",
    "RerouteRequest",
    "RoutedSign",
    "Source",
    "SourceHealth",
    "SpecialTopic",
    "TopicVolume",
    "UTCDateTime",
    "Unit",
    "User",
    "WebSession",
]
