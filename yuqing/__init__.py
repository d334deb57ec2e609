"""Composition roots and infrastructure: settings, the Kafka bus, the managed broker, the database,
and the ``yuqing`` command line. Stage logic lives in ``collectors``, ``classifier``, ``alerting``
and ``service``; shared shapes in ``models``.
"""
