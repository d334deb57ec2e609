"""The topic model's classifier: NB-SVM, a linear SVM on naive-Bayes-scaled features.

For each class, features are scaled by their log-count ratio between the class and the rest
(Wang & Manning 2012, "Baselines and Bigrams"), and a binary ``LinearSVC`` (balanced class
weights) is fitted on the scaled features. The scaling folds into the weights, so the fitted model
is one weight matrix: prediction costs what a plain linear model costs.

Measured on the 7-class government-message data (5-fold cross-validation, three fold seeds):
macro-F1 0.906 against 0.902 for a plain ``LinearSVC`` on the same features; the gain held on
every seed (see the README's performance section).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.svm import LinearSVC


class NbSvm(ClassifierMixin, BaseEstimator):  # type: ignore[misc]
    """One-vs-rest NB-SVM; scikit-learn compatible (``clone``, ``cross_val_predict``)."""

    def __init__(self, alpha: float = 1.0, C: float = 1.0) -> None:
        self.alpha = alpha
        self.C = C

    def fit(self, x: Any, y: Any) -> NbSvm:
        x = sp.csr_matrix(x)
        y = np.asarray(y)
        self.classes_ = np.unique(y)
        present = x.copy()
        present.data[:] = 1.0
        totals = np.asarray(present.sum(axis=0)).ravel()
        coef = np.zeros((self.classes_.size, x.shape[1]))
        intercept = np.zeros(self.classes_.size)
        for i, label in enumerate(self.classes_):
            mine = y == label
            p = self.alpha + np.asarray(present[mine].sum(axis=0)).ravel()
            q = self.alpha + totals - (p - self.alpha)
            ratio = np.log((p / p.sum()) / (q / q.sum()))
            svm = LinearSVC(C=self.C, class_weight="balanced", random_state=0).fit(x.multiply(ratio).tocsr(), mine)
            coef[i] = svm.coef_.ravel() * ratio
            intercept[i] = svm.intercept_[0]
        self.coef_ = coef
        self.intercept_ = intercept
        self.__dict__.pop("_coef_t", None)
        return self

    def weights_by_feature(self) -> np.ndarray[Any, Any]:
        """The weights by feature (:func:`feature_rows` of ``coef_``), built once after fitting or loading."""
        rows = self.__dict__.get("_coef_t")
        if rows is None or rows.shape[0] != self.coef_.shape[1]:
            rows = self.__dict__["_coef_t"] = feature_rows(self.coef_)
        return rows

    def decision_function(self, x: Any) -> np.ndarray[Any, Any]:
        # by feature, not by class: scipy's sparse product would otherwise copy the transposed
        # weights on every call, and reads one feature's weights for every class at once
        product = np.asarray(x @ self.weights_by_feature())
        scores: np.ndarray[Any, Any] = product[:, : self.coef_.shape[0]] + self.intercept_
        return scores

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "_coef_t"}

    def predict(self, x: Any) -> np.ndarray[Any, Any]:
        out: np.ndarray[Any, Any] = self.classes_[self.decision_function(x).argmax(axis=1)]
        return out


CACHE_LINE = 64
"""Bytes in a cache line of the CPUs the service runs on (x86-64, ARMv8)."""


def feature_rows(coef: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """``coef.T``: a C-ordered (features × classes) array of float64 whose rows start on a cache
    line and are padded with zeros to whole lines (7 classes: one 64-byte line a feature).

    The sparse product and the top terms read the weights feature by feature, at random features:
    a row of 7 unaligned weights (56 bytes) lies across two cache lines for most features, an
    aligned padded one in exactly one. The weights are the same, so are the scores."""
    classes, features = coef.shape
    per_line = CACHE_LINE // coef.itemsize
    width = -(-classes // per_line) * per_line
    buffer = np.zeros(features * width + per_line, dtype=np.float64)
    skip = (-buffer.ctypes.data % CACHE_LINE) // buffer.itemsize
    rows = buffer[skip : skip + features * width].reshape(features, width)
    rows[:, :classes] = coef.T
    return rows
