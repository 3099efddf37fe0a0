"""Relative importance of correlated drivers: Johnson's relative weights, bootstrapped, with a
noise variable as the yardstick of significance.

- Johnson, J. W. (2000). A heuristic method for estimating the relative weight of predictor
  variables in multiple regression. Multivariate Behavioral Research 35(1), 1–19. The
  predictors are replaced by their closest orthogonal counterparts (one eigen-decomposition of
  their correlation matrix); a predictor's weight is the R² it carries through them. The
  weights are ≥ 0 and sum to the model's R², so each is also a share of what the model explains.
- Tonidandel, S., LeBreton, J. M. & Johnson, J. W. (2009). Determining the statistical
  significance of relative weights. Psychological Methods 14(4), 387–399. A weight is never
  negative, so its own interval never spans zero; instead a random variable is added to the
  model and a driver is significant when the bootstrap interval of (its weight − the random
  variable's weight) lies above zero.

Plain functions over numpy arrays; orchestration/drivers.py runs them per window. The
bootstrap is vectorised: every replicate is a vector of resampling counts, its
moment matrix one matrix product, and all replicates' correlation matrices are decomposed by
one stacked `np.linalg.eigh`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import statsmodels.api as sm

# Eigenvalues below this are a direction the predictors do not span (collinear): no weight.
_EIGEN_FLOOR = 1e-10


def weights_from_correlations(rxx: np.ndarray, rxy: np.ndarray) -> np.ndarray:
    """Johnson's raw relative weights from the predictors' correlation matrix(es) `rxx`
    (..., p, p) and their correlations with the outcome `rxy` (..., p); stacked inputs give
    stacked weights (..., p)."""
    eigenvalues, vectors = np.linalg.eigh(rxx)
    root = np.sqrt(np.clip(eigenvalues, 0.0, None))
    inverse_root = np.where(root > np.sqrt(_EIGEN_FLOOR), 1.0 / np.where(root > 0, root, 1.0), 0.0)
    # Λ = V diag(√λ) Vᵀ: the loadings of the predictors on their orthogonal counterparts Z.
    loadings = vectors @ (root[..., :, None] * np.swapaxes(vectors, -1, -2))
    # β = Λ⁻¹ r_xy: the regression of the outcome on Z (Z is orthonormal, so no other term).
    beta = vectors @ (inverse_root[..., :, None] * (np.swapaxes(vectors, -1, -2) @ rxy[..., None]))
    return (loadings**2) @ (beta[..., 0] ** 2)[..., None]


def weighted_correlations(x: np.ndarray, y: np.ndarray, counts: np.ndarray):
    """Correlation matrices of the columns of `x` and with `y` in every replicate, a replicate
    being a row of `counts` (how often each row of `x` is drawn). A column constant within a
    replicate correlates 0 with everything (and 1 with itself): it gets no weight there."""
    data = np.column_stack([x, y])
    n, k = data.shape
    total = counts.sum(axis=1, keepdims=True).astype(float)
    means = counts @ data / total
    # The upper triangle only (half the work of the largest product), mirrored after.
    upper, lower = np.triu_indices(k)
    moments = counts @ (data[:, upper] * data[:, lower]) / total
    second = np.empty((len(counts), k, k))
    second[:, upper, lower] = moments
    second[:, lower, upper] = moments
    covariance = second - means[:, :, None] * means[:, None, :]
    variance = np.clip(np.diagonal(covariance, axis1=1, axis2=2), 0.0, None)
    scale = np.sqrt(variance)
    constant = scale < 1e-12
    scale = np.where(constant, 1.0, scale)
    correlation = covariance / (scale[:, :, None] * scale[:, None, :])
    correlation = np.where(constant[:, :, None] | constant[:, None, :], 0.0, correlation)
    diagonal = np.arange(k)
    correlation[:, diagonal, diagonal] = 1.0
    return correlation[:, :-1, :-1], correlation[:, :-1, -1]


def correlations(x: np.ndarray, y: np.ndarray):
    """The correlations of the sample itself (every row once)."""
    rxx, rxy = weighted_correlations(x, y, np.ones((1, len(x))))
    return rxx[0], rxy[0]


def ols_r_squared(x: np.ndarray, y: np.ndarray) -> float:
    """R² of the least-squares fit of y on x with an intercept (statsmodels)."""
    return float(sm.OLS(y, sm.add_constant(x, has_constant="add")).fit().rsquared)


@dataclass(frozen=True)
class DriverEstimate:
    """One driver of one fit."""

    driver: str
    relative_weight: float
    relative_weight_ci_low: float
    relative_weight_ci_high: float
    excess_over_noise: float
    excess_ci_low: float
    excess_ci_high: float
    correlation: float


@dataclass(frozen=True)
class Fit:
    sample_size: int
    r_squared: float
    drivers: list[DriverEstimate]


def relative_weights(
    x: np.ndarray,
    y: np.ndarray,
    names: list[str],
    rng: np.random.Generator,
    replicates: int = 200,
    level: float = 0.95,
) -> Fit:
    """Relative weights of the columns of `x` for `y`, with percentile bootstrap intervals of
    each weight and of its excess over a random variable's weight. The random variable and the
    resampling both draw from `rng`: the same rows in the same order and the same generator
    give the same result. Columns without variance must be left out by the caller."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    n, p = x.shape
    noise = rng.standard_normal(n)
    augmented = np.column_stack([x, noise])
    rxx, rxy = correlations(augmented, y)
    point = weights_from_correlations(rxx, rxy)[:, 0]
    # The R² of the drivers' own model (without the random variable): its weights sum to it.
    r_squared = ols_r_squared(x, y)
    own = weights_from_correlations(rxx[:p, :p], rxy[:p])[:, 0]
    # Each replicate draws n rows with replacement: how often each row is drawn.
    drawn = rng.integers(0, n, size=(replicates, n)) + n * np.arange(replicates)[:, None]
    counts = np.bincount(drawn.ravel(), minlength=replicates * n).reshape(replicates, n)
    boot_rxx, boot_rxy = weighted_correlations(augmented, y, counts)
    boot = weights_from_correlations(boot_rxx, boot_rxy)[..., 0]
    boot_own = weights_from_correlations(boot_rxx[:, :p, :p], boot_rxy[:, :p])[..., 0]
    tails = [100 * (1 - level) / 2, 100 * (1 + level) / 2]
    weight_ci = np.percentile(boot_own, tails, axis=0)
    excess = boot[:, :p] - boot[:, [p]]
    excess_ci = np.percentile(excess, tails, axis=0)
    drivers = [
        DriverEstimate(
            driver=name,
            relative_weight=float(own[j]),
            relative_weight_ci_low=float(weight_ci[0, j]),
            relative_weight_ci_high=float(weight_ci[1, j]),
            excess_over_noise=float(point[j] - point[p]),
            excess_ci_low=float(excess_ci[0, j]),
            excess_ci_high=float(excess_ci[1, j]),
            correlation=float(rxy[j]),
        )
        for j, name in enumerate(names)
    ]
    return Fit(sample_size=n, r_squared=r_squared, drivers=drivers)
