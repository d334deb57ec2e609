"""The composition root: which stage implements which door, and which periodic jobs run.

This is the only place that puts the stages together. The web service receives the stages' ports
(:class:`models.ports.StagePorts`) from :func:`stage_ports`; the alert worker receives the periodic
job providers from :func:`periodic_jobs`. Both import the stages when called, not at import, so
``yuqing --help`` stays fast.
"""

from __future__ import annotations

from pathlib import Path

from models.ports import StagePorts
from yuqing.periodic import JobProvider


def stage_ports(model_dir: Path | None = None) -> StagePorts:
    """The tracker, alerting, collectors and classifier behind the doors the web service uses;
    ``model_dir`` is the model the classify workers serve (a taxonomy edit is checked against its
    labels; default: the jurisdiction's ``model/``)."""
    from alerting.ports import AlertingPorts
    from classifier.ports import ClassifierPorts
    from collectors.ports import CollectorPorts
    from tracker.ports import TrackerPorts

    tracker = TrackerPorts()
    alerting = AlertingPorts()
    classifier = ClassifierPorts(model_dir)
    return StagePorts(
        cases=tracker,
        timeliness=tracker,
        events=alerting,
        manual_reports=CollectorPorts(),
        documents={"routing": classifier, "taxonomy": classifier, "alert_rules": alerting, "policies": tracker},
    )


def configured_stage_ports() -> StagePorts:
    """:func:`stage_ports` for the model of the environment's settings (``YUQING_MODEL_DIR``)."""
    from yuqing.settings import load_settings

    return stage_ports(load_settings().model_dir)


def periodic_jobs() -> tuple[JobProvider, ...]:
    """The jobs ``yuqing alert`` runs besides its escalation scheduler: the tracker's deadline
    reminders (every 30 s), its automatic dispatch by policy (every 10 s, and at once when an alert
    was raised) and the service's daily and weekly briefs (checked every 10 min)."""
    from service.reports.jobs import brief_jobs
    from tracker.jobs import auto_dispatch_jobs, deadline_jobs
    from tracker.ports import TrackerPorts

    return (deadline_jobs, auto_dispatch_jobs, brief_jobs(TrackerPorts()))
