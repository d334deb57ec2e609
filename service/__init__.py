"""Service: the FastAPI API and the Chinese web UI for the desk, the units and leadership."""
