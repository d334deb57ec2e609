"""The Chinese web UI: server-rendered Jinja2 pages, a little vanilla JS, Apache ECharts served by the service."""

from pathlib import Path

WEB_DIR = Path(__file__).resolve().parent
STATIC_DIR = WEB_DIR / "static"
TEMPLATES_DIR = WEB_DIR / "templates"
