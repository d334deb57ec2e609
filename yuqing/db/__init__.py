"""Database access: engine and session factory (:mod:`yuqing.db.engine`), migrations
(:mod:`yuqing.db.migrate`). Schema changes go through Alembic only."""
