"""Exceptions of the classifier.

    YuqingError
    ├── ConfigError                     (yuqing.errors) a units/routing/gazetteer/taxonomy file is invalid
    └── ClassifierError
        ├── ModelError                  the model artifact is missing, corrupt or of another version
        ├── TrainingDataError           a training/evaluation file cannot be read or lacks columns/labels
        └── RoutingError                a routing table refers to unknown units (found at load time)

A routing rule that fails while it is being evaluated is *not* an exception to callers: it is
reported (logged and listed in the routing result) and skipped, and the next rule is tried.
"""

from __future__ import annotations

from yuqing.errors import ConfigError, YuqingError

__all__ = ["ClassifierError", "ConfigError", "ModelError", "RoutingError", "TrainingDataError"]


class ClassifierError(YuqingError):
    """Base of the classifier's errors."""


class ModelError(ClassifierError):
    """The model artifact cannot be used: missing, unreadable, corrupt or from an unknown format version."""


class TrainingDataError(ClassifierError):
    """The labelled data cannot be read, lacks the configured columns, or has too few labels."""


class RoutingError(ClassifierError):
    """The routing table is inconsistent with the unit directory (unknown unit ids)."""
