"""The base layer every stage stands on: settings, YAML configuration, the error family, logs, the
Kafka bus (``bus``), the managed broker (``broker``), the database and its migrations (``db``),
consumer lag, the stage-process runner (``worker``), periodic jobs (``periodic``) and the unit
directory (``directory``).

It imports nothing of ours but :mod:`models`, and never a stage, the service or the ``yuqing``
command (:mod:`cli`); ``tests/test_layers.py`` keeps it so.
"""
