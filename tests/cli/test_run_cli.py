"""``yuqing run``: prepares broker and database, supervises the stages, stops cleanly on Ctrl-C."""

from __future__ import annotations

import socket
import uuid
from pathlib import Path

import pytest
import typer
from sqlalchemy import create_engine, inspect

from cli.run import STAGES, child_specs, parse_workers, select_stages
from tests.cli.cli_support import interrupt, port_open, start_run, wait_for, yuqing, yuqing_env
from tests.devtools.ports import free_port_pair


def test_stage_selection() -> None:
    assert select_stages(None, no_demo=False) == STAGES
    assert "demo-site" not in select_stages(None, no_demo=True)
    assert select_stages("serve,collect", no_demo=False) == ("collect", "serve")  # start order kept
    with pytest.raises(typer.BadParameter, match="unknown stage"):
        select_stages("collect,teleport", no_demo=False)


def test_several_workers_of_a_scalable_stage() -> None:
    workers = parse_workers("alert=2, classify=3", sqlite=False)
    names = [spec.name for spec in child_specs(("classify", "alert", "serve"), workers)]
    assert names == ["classify", "classify-2", "classify-3", "alert", "alert-2", "serve"]
    assert {spec.argv[-1] for spec in child_specs(("alert",), workers)} == {"alert"}  # the same command twice
    with pytest.raises(typer.BadParameter, match="need PostgreSQL"):
        parse_workers("alert=2", sqlite=True)
    assert parse_workers("classify=2", sqlite=True) == {"classify": 2}
    with pytest.raises(typer.BadParameter, match="cannot run as several"):
        parse_workers("serve=2", sqlite=False)
    with pytest.raises(typer.BadParameter, match="from 1 to 12"):
        parse_workers("alert=13", sqlite=False)


@pytest.mark.kafka
def test_run_with_an_external_broker_migrates_serves_the_demo_and_stops_on_ctrl_c(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    demo_port = free_port_pair()
    db = tmp_path / "run.db"
    env = yuqing_env(
        tmp_path / "data",
        YUQING_KAFKA_BOOTSTRAP=kafka_bootstrap,
        YUQING_KAFKA_TOPIC_PREFIX=f"run{uuid.uuid4().hex[:6]}.",
        YUQING_DEMO_PORT=str(demo_port),
        YUQING_DATABASE_URL=f"sqlite:///{db}",
    )
    proc = start_run(env, "--only", "demo-site")
    try:
        response = wait_for(f"http://127.0.0.1:{demo_port}/api/messages.json", proc)
        assert response.status_code == 200 and response.json()
    finally:
        code, out = interrupt(proc)
    assert code == 0, out
    assert "[run] using external Kafka" in out
    assert "[run] database migrated" in out
    assert "[demo-site] demo site serving" in out
    assert "[run] demo-site stopped" in out
    assert not port_open(demo_port)
    assert "items" in inspect(create_engine(f"sqlite:///{db}")).get_table_names()


@pytest.mark.kafka
def test_a_stage_that_keeps_crashing_is_reported_and_run_exits_non_zero(kafka_bootstrap: str, tmp_path: Path) -> None:
    env = yuqing_env(
        tmp_path / "data",
        YUQING_KAFKA_BOOTSTRAP=kafka_bootstrap,
        YUQING_DEMO_PORT=str(free_port_pair()),
        YUQING_JURISDICTION_DIR=str(tmp_path / "empty-jurisdiction"),  # no demo content: the demo site fails
    )
    proc = start_run(env, "--only", "demo-site", "--max-restarts", "1")
    out, _ = proc.communicate(timeout=120)
    assert proc.returncode == 1, out
    assert "[run] !!! demo-site exited unexpectedly with code 2" in out
    assert "demo/items.yaml: file not found" in out  # its last words are part of the report
    assert "giving up and stopping everything" in out


def test_a_taken_port_is_reported_before_anything_starts(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = yuqing_env(tmp_path / "data", YUQING_HTTP_PORT=str(port), YUQING_KAFKA_PORT=str(free_port_pair()))
        result = yuqing("run", "--only", "serve", env=env)
    assert result.returncode == 2
    assert f"port {port} for `serve` is already in use" in result.stderr
    assert "YUQING_HTTP_PORT" in result.stderr
    assert not (tmp_path / "data" / "kafka").exists()  # no broker was started


@pytest.mark.kafka
def test_an_unreachable_database_is_reported_without_a_traceback(kafka_bootstrap: str, tmp_path: Path) -> None:
    env = yuqing_env(
        tmp_path / "data",
        YUQING_KAFKA_BOOTSTRAP=kafka_bootstrap,
        YUQING_DATABASE_URL=f"postgresql+psycopg://nobody:secret@127.0.0.1:{free_port_pair()}/yuqing",
        YUQING_DEMO_PORT=str(free_port_pair()),
    )
    result = yuqing("run", "--only", "demo-site", env=env)
    assert result.returncode == 2
    assert "cannot migrate the database at postgresql+psycopg://nobody:***@127.0.0.1" in result.stderr
    assert "secret" not in result.stderr + result.stdout
    assert "Traceback" not in result.stderr
