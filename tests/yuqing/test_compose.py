"""docker-compose.yml and the Dockerfile: structure checks (no Docker engine runs here)."""

from __future__ import annotations

import base64
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[2]
STAGES = ("collect", "classify", "alert", "serve")


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_kafka_is_the_official_image_in_kraft_mode(compose: dict[str, Any]) -> None:
    kafka = compose["services"]["kafka"]
    assert kafka["image"].startswith("apache/kafka:")
    env = kafka["environment"]
    assert set(env["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}
    assert env["KAFKA_CONTROLLER_QUORUM_VOTERS"] == "1@kafka:9093"
    assert "PLAINTEXT://kafka:9092" in env["KAFKA_ADVERTISED_LISTENERS"]
    assert int(env["KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR"]) == 1
    assert str(env["KAFKA_AUTO_CREATE_TOPICS_ENABLE"]) == "false"
    assert len(base64.urlsafe_b64decode(env["CLUSTER_ID"] + "==")) == 16
    assert "healthcheck" in kafka


def test_postgres_has_a_healthcheck_and_a_volume(compose: dict[str, Any]) -> None:
    pg = compose["services"]["postgres"]
    assert pg["image"].startswith("postgres:16")
    assert "pg_isready" in " ".join(pg["healthcheck"]["test"])
    assert any(v.endswith(":/var/lib/postgresql/data") for v in pg["volumes"])


@pytest.mark.parametrize("stage", STAGES)
def test_every_stage_is_its_own_service_started_after_its_dependencies(compose: dict[str, Any], stage: str) -> None:
    service = compose["services"][stage]
    assert service["build"] == "."
    assert service["command"] == [stage]
    deps = service["depends_on"]
    assert deps["kafka"]["condition"] == "service_healthy"
    assert deps["postgres"]["condition"] == "service_healthy"
    assert deps["migrate"]["condition"] == "service_completed_successfully"
    assert deps["topics"]["condition"] == "service_completed_successfully"
    env = service["environment"]
    assert env["YUQING_KAFKA_BOOTSTRAP"] == "kafka:9092"
    url = make_url(env["YUQING_DATABASE_URL"].replace("${POSTGRES_PASSWORD:-yuqing}", "pw"))
    assert url.drivername == "postgresql+psycopg"
    assert url.host == "postgres"
    assert env["YUQING_ENVIRONMENT"] == "production"
    assert "YUQING_SECRET_KEY" in env


def test_one_shot_jobs_migrate_and_create_topics(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert services["migrate"]["command"] == ["db", "upgrade"]
    assert services["migrate"]["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert services["topics"]["command"] == ["kafka", "start"]
    assert services["topics"]["depends_on"]["kafka"]["condition"] == "service_healthy"


def test_the_web_service_is_published_and_health_checked(compose: dict[str, Any]) -> None:
    serve = compose["services"]["serve"]
    assert "8000:8000" in serve["ports"]
    assert serve["environment"]["YUQING_HTTP_HOST"] == "0.0.0.0"
    assert "/healthz" in " ".join(serve["healthcheck"]["test"])


def test_declared_volumes_exist(compose: dict[str, Any]) -> None:
    named = set(compose["volumes"])
    for service in compose["services"].values():
        for volume in service.get("volumes", []):
            name = volume.split(":", 1)[0]
            if not name.startswith(("/", ".")):
                assert name in named


def test_compose_commands_are_commands_of_the_cli(compose: dict[str, Any]) -> None:
    from cli.main import build_app

    app = build_app()
    top = {c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands}
    groups = {g.name for g in app.registered_groups}
    for service in compose["services"].values():
        command = service.get("command")
        if command:
            assert command[0] in top | groups, f"`yuqing {command[0]}` is not a command"


def test_dockerfile_installs_every_package_the_project_declares() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    include = re.search(r"include = \[([^\]]+)\]", pyproject)
    assert include
    packages = {p.strip().strip('"').rstrip("*") for p in include.group(1).split(",")}
    for package in packages:
        assert re.search(rf"^COPY {package} ", dockerfile, re.M), f"Dockerfile does not copy {package}/"
    assert 'ENTRYPOINT ["yuqing"]' in dockerfile
    assert re.search(r"^USER (?!root)", dockerfile, re.M)
