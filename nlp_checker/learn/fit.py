"""Fit a practice's weights: a noisy-OR with the expert weights as a Beta prior, then Platt.

The model is the scorer's own: ``P(denied) = 1 - (1 - b_payer) * prod_i (1 - w_i) ** x_i``, where
``x_i`` counts driver ``i`` on the claim and ``b_payer`` is the payer's baseline (denials no
finding explains). Each weight has a Beta prior whose mode is the expert weight and whose
strength is ``strength`` pseudo-claims: as if the practice had already seen ``strength`` claims
with only that driver, denied at the expert rate. A driver seen on 5 claims therefore hardly
moves; one seen on 500 follows the data (Bayesian shrinkage per driver).

With ``theta = -log(1 - w)`` the log posterior is concave, so a projected Newton method finds
the maximum (MAP) in a few steps. Calibration is Platt scaling on a later, held-out split,
itself with a prior that keeps it at the identity until the data says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

Array = NDArray[np.float64]
W_MAX = 0.99
_THETA_MAX = float(-np.log(1 - W_MAX))
_THETA_MIN = 1e-6


@dataclass(frozen=True)
class NoisyOrFit:
    """Learned weights (same order as the columns) and payer baselines."""

    weights: Array
    baselines: Array
    iterations: int
    log_posterior: float


def _objective(
    theta: Array,
    X: Array,
    y: Array,
    payer: NDArray[np.int64],
    n_base: int,
    prior: Array,
    strength: Array,
) -> tuple[float, Array, Array]:
    """Log posterior, its gradient and Hessian in theta (driver thetas, then baselines)."""
    p = X.shape[1]
    eta = X @ theta[:p] + theta[p:][payer]
    eta = np.maximum(eta, _THETA_MIN)
    expm1 = np.expm1(eta)
    log_deny = np.log(-np.expm1(-eta))
    value = float(np.sum(y * log_deny - (1 - y) * eta))
    d_eta = y / expm1 - (1 - y)
    h_eta = y * np.exp(eta) / expm1**2
    design = np.hstack([X, np.eye(n_base)[payer]])
    grad = design.T @ d_eta
    hess = -(design.T * h_eta) @ design
    # Beta prior: kappa*m pseudo-denials and kappa*(1-m) pseudo-payments with only this driver.
    t = np.maximum(theta, _THETA_MIN)
    a, b = strength * prior, strength * (1 - prior)
    em1 = np.expm1(t)
    value += float(np.sum(a * np.log(-np.expm1(-t)) - b * t))
    grad += a / em1 - b
    hess -= np.diag(a * np.exp(t) / em1**2)
    return value, grad, hess


def fit_noisy_or(
    X: Array,
    y: Array,
    payer: NDArray[np.int64],
    prior: Array,
    strength: float,
    n_payers: int,
    baseline_prior: float = 0.05,
    baseline_strength: float = 10.0,
    max_iter: int = 100,
) -> NoisyOrFit:
    """Return the MAP weights of the noisy-OR (a projected Newton method with backtracking)."""
    p = X.shape[1]
    priors = np.concatenate([np.clip(prior, 0.0, W_MAX), np.full(n_payers, baseline_prior)])
    strengths = np.concatenate([np.full(p, strength), np.full(n_payers, baseline_strength)])
    theta = -np.log(1 - np.clip(priors, 0.01, W_MAX))
    value, grad, hess = _objective(theta, X, y, payer, n_payers, priors, strengths)
    iterations = 0
    for iterations in range(1, max_iter + 1):  # noqa: B007
        lower = (theta <= _THETA_MIN * 1.0001) & (grad < 0)
        upper = (theta >= _THETA_MAX * 0.9999) & (grad > 0)
        free = ~(lower | upper)
        if not free.any() or np.max(np.abs(grad[free])) < 1e-7:
            break
        step = np.zeros_like(theta)
        sub = -hess[np.ix_(free, free)] + 1e-9 * np.eye(int(free.sum()))
        step[free] = np.linalg.solve(sub, grad[free])
        scale = 1.0
        while scale > 1e-8:
            candidate = np.clip(theta + scale * step, _THETA_MIN, _THETA_MAX)
            new_value, new_grad, new_hess = _objective(
                candidate, X, y, payer, n_payers, priors, strengths
            )
            if new_value >= value - 1e-12:
                break
            scale /= 2
        else:
            break
        converged = abs(new_value - value) < 1e-10
        theta, value, grad, hess = candidate, new_value, new_grad, new_hess
        if converged:
            break
    weights = -np.expm1(-theta)
    return NoisyOrFit(weights[:p], weights[p:], iterations, value)


def noisy_or(X: Array, weights: Array, baselines: Array | None = None) -> Array:
    """Predicted denial probability of each row."""
    keep = np.exp(X @ np.log1p(-np.clip(weights, 0.0, W_MAX)))
    if baselines is not None:
        keep = keep * (1 - baselines)
    return np.asarray(1 - keep, dtype=np.float64)


def _logit(p: Array) -> Array:
    q = np.clip(p, 1e-4, 1 - 1e-4)
    return np.asarray(np.log(q / (1 - q)), dtype=np.float64)


def fit_platt(scores: Array, y: Array, prior_sd: float = 0.5) -> tuple[float, float]:
    """Return Platt's ``(a, b)``, ``p = sigmoid(a * logit(s) + b)``, with a prior at (1, 0).

    The Gaussian prior (sd ``prior_sd`` on ``a - 1`` and on ``b``) keeps a small calibration set
    from bending the scores: with no data the result is the identity.
    """
    z = _logit(scores)
    params = np.array([1.0, 0.0])
    precision = 1 / prior_sd**2
    for _ in range(50):
        p = 1 / (1 + np.exp(-(params[0] * z + params[1])))
        design = np.stack([z, np.ones_like(z)], axis=1)
        grad = design.T @ (y - p) - precision * (params - np.array([1.0, 0.0]))
        hess = -(design.T * (p * (1 - p))) @ design - precision * np.eye(2)
        step = np.linalg.solve(-hess, grad)
        params = params + step
        if np.max(np.abs(step)) < 1e-9:
            break
    return float(params[0]), float(params[1])
