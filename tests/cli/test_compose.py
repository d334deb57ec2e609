"""The composition root: the web service gets the stages' ports, ``yuqing alert`` the periodic jobs."""

from __future__ import annotations

from collections.abc import Callable

from alerting.ports import AlertingPorts
from classifier.ports import ClassifierPorts
from cli.compose import periodic_jobs, stage_ports
from collectors.ports import CollectorPorts
from models.ports import CaseDesk, EventDesk, ManualReports, TimelinessReview
from tracker.ports import TrackerPorts
from yuqing.config_versions import DOCUMENTS
from yuqing.periodic import JobContext, provided_jobs
from yuqing.settings import Settings


def test_each_door_is_served_by_its_stage() -> None:
    ports = stage_ports()
    assert isinstance(ports.cases, TrackerPorts) and isinstance(ports.timeliness, TrackerPorts)
    assert isinstance(ports.events, AlertingPorts)
    assert isinstance(ports.manual_reports, CollectorPorts)
    assert isinstance(ports.documents["taxonomy"], ClassifierPorts) and isinstance(
        ports.documents["routing"], ClassifierPorts
    )
    assert set(ports.documents) == set(DOCUMENTS)  # every document editable online has its stage's check
    # the implementations satisfy the typed doors (checked by mypy; here their methods exist)
    for port, door in (
        (ports.cases, CaseDesk),
        (ports.timeliness, TimelinessReview),
        (ports.events, EventDesk),
        (ports.manual_reports, ManualReports),
    ):
        missing = [name for name in vars(door) if not name.startswith("_") and not hasattr(port, name)]
        assert missing == [], f"{type(port).__name__} lacks {missing} of {door.__name__}"


def test_alert_worker_runs_the_tracker_deadlines_auto_dispatch_and_the_briefs(
    make_settings: Callable[..., Settings],
) -> None:
    ctx = JobContext(make_settings(), session_factory=None, notify=lambda message: None)  # type: ignore[arg-type]
    jobs = provided_jobs(ctx, periodic_jobs())
    assert [(j.name, j.interval_s) for j in jobs] == [
        ("tracker-deadlines", 30.0),
        ("tracker-auto-dispatch", 10.0),
        ("service.briefs", 600),
    ]
