"""Read queries, always scoped by the asking user (a unit user sees only its own unit's rows)."""
