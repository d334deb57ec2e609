"""The contract between stages.

Message models (what travels on Kafka topics) live in :mod:`models.messages`, the topic registry
(topic → model → serialisation) in :mod:`models.topics`, persisted domain tables in
:mod:`models.db`. Every stage imports from here and from nowhere else for shared shapes.
"""
