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
            svm = LinearSVC(C=self.C, class_weight="balanced").fit(x.multiply(ratio).tocsr(), mine)
            coef[i] = svm.coef_.ravel() * ratio
            intercept[i] = svm.intercept_[0]
        self.coef_ = coef
        self.intercept_ = intercept
        self.__dict__.pop("_coef_t", None)
        return self

    def decision_function(self, x: Any) -> np.ndarray[Any, Any]:
        # a C-ordered (features × classes) copy: scipy's sparse product would otherwise copy the
        # transposed weights on every call
        coef_t = self.__dict__.get("_coef_t")
        if coef_t is None or coef_t.shape[0] != self.coef_.shape[1]:
            coef_t = self.__dict__["_coef_t"] = np.ascontiguousarray(self.coef_.T)
        scores: np.ndarray[Any, Any] = np.asarray(x @ coef_t) + self.intercept_
        return scores

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "_coef_t"}

    def predict(self, x: Any) -> np.ndarray[Any, Any]:
        out: np.ndarray[Any, Any] = self.classes_[self.decision_function(x).argmax(axis=1)]
        return out
