"""Escalation chains: snapshot on creation, a pure planner, and the scheduler that runs due steps."""
