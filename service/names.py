"""People see names, never internal ids: the service's door to :mod:`yuqing.names`.

The lookup itself lives in the base layer so the alerting stage and the response tracker name
units, topics and rules in their alert texts and notifications with the same code. Every page gets
``names`` (the current :class:`Names` of ``state.names``, a :class:`NameBook`) and the template
filters ``topic_name``, ``unit_name``, ``unit_names``, ``source_name`` and ``rule_name``; call
``state.names.invalidate()`` after an online edit that changes names.
"""

from yuqing.names import MISSING, NameBook, Names, load_names, unit_names

__all__ = ["MISSING", "NameBook", "Names", "load_names", "unit_names"]
