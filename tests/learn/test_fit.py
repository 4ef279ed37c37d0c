"""The learner's maths on synthetic claims: recovery with data, the prior without, calibration."""

from __future__ import annotations

import numpy as np
import pytest

from nlp_checker.learn.fit import fit_noisy_or, fit_platt, noisy_or
from nlp_checker.learn.metrics import auc, brier, reliability, summary

HIDDEN = np.array([0.7, 0.05, 0.4, 0.2])
EXPERT = np.array([0.35, 0.25, 0.35, 0.5])


def _claims(n: int, seed: int = 3) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    X = (rng.random((n, len(HIDDEN))) < 0.15).astype(float)
    payer = rng.integers(0, 2, n)
    p = noisy_or(X, HIDDEN, np.array([0.03, 0.08])[payer])
    return X, (rng.random(n) < p).astype(float), payer


def test_many_claims_recover_the_hidden_weights() -> None:
    X, y, payer = _claims(20000)
    fit = fit_noisy_or(X, y, payer, EXPERT, strength=20, n_payers=2)
    assert fit.weights == pytest.approx(HIDDEN, abs=0.04)
    assert fit.baselines == pytest.approx([0.03, 0.08], abs=0.02)
    assert list(np.argsort(fit.weights)) == list(np.argsort(HIDDEN))


def test_few_claims_stay_near_the_expert_weights() -> None:
    X, y, payer = _claims(50)
    fit = fit_noisy_or(X, y, payer, EXPERT, strength=20, n_payers=2)
    assert np.max(np.abs(fit.weights - EXPERT)) < 0.15
    many = fit_noisy_or(*_claims(20000)[:2], _claims(20000)[2], EXPERT, strength=20, n_payers=2)
    assert np.abs(fit.weights - EXPERT).sum() < np.abs(many.weights - EXPERT).sum()


def test_no_claims_with_a_driver_leave_it_at_the_expert_weight() -> None:
    X, y, payer = _claims(2000)
    X[:, 1] = 0
    fit = fit_noisy_or(X, y, payer, EXPERT, strength=20, n_payers=2)
    assert fit.weights[1] == pytest.approx(EXPERT[1], abs=1e-4)


def test_a_stronger_prior_moves_less() -> None:
    X, y, payer = _claims(1000)
    weak = fit_noisy_or(X, y, payer, EXPERT, strength=2, n_payers=2)
    strong = fit_noisy_or(X, y, payer, EXPERT, strength=500, n_payers=2)
    assert np.abs(strong.weights - EXPERT).sum() < np.abs(weak.weights - EXPERT).sum()


def test_platt_is_the_identity_without_data_and_fixes_a_bias_with_it() -> None:
    assert fit_platt(np.array([]), np.array([])) == pytest.approx((1.0, 0.0))
    rng = np.random.default_rng(1)
    truth = rng.uniform(0.05, 0.6, 5000)
    y = (rng.random(5000) < truth).astype(float)
    low = truth / 2  # scores that say half the real rate
    a, b = fit_platt(low, y)
    fixed = 1 / (1 + np.exp(-(a * np.log(low / (1 - low)) + b)))
    assert brier(fixed, y) < brier(low, y)


def test_metrics() -> None:
    y = np.array([0, 0, 1, 1.0])
    assert auc(np.array([0.1, 0.4, 0.35, 0.8]), y) == pytest.approx(0.75)
    assert auc(np.array([0.5, 0.5, 0.5, 0.5]), y) == pytest.approx(0.5)
    assert auc(np.array([0.1, 0.2]), np.array([0, 0.0])) is None
    assert brier(np.array([0.0, 1.0]), np.array([0, 1.0])) == 0.0
    bins = reliability(np.array([0.05, 0.07, 0.95]), np.array([0, 1, 1.0]))
    assert bins[0]["count"] == 2 and bins[0]["observed"] == 0.5 and bins[9]["count"] == 1
    assert summary(np.array([0.2, 0.8]), np.array([0, 1.0]))["auc"] == 1.0


def test_reliability_bins_a_score_on_an_edge_the_same_however_it_was_computed() -> None:
    # Arrange: 0.3 three ways (a noisy-OR of weight 0.3 gives 1 - 0.7, not 0.3)
    scores = np.array([0.3, 1 - 0.7, 0.1 + 0.2])
    # Act
    bins = reliability(scores, np.array([0, 1, 0.0]))
    # Assert
    (filled,) = [b for b in bins if b["count"]]
    assert (filled["low"], filled["count"]) == (0.3, 3)
