"""Johnson's relative weights and their bootstrap (orchestration/relative_weights.py), on cases
whose answer is known by hand."""

import numpy as np
import pytest

from orchestration.relative_weights import (
    correlations,
    ols_r_squared,
    relative_weights,
    weights_from_correlations,
)


def test_orthogonal_predictors_weigh_their_squared_correlations():
    # Uncorrelated predictors: each carries exactly r² of the outcome, 0.5² = 0.25 and 0.3² = 0.09.
    rxx = np.eye(2)
    rxy = np.array([0.5, 0.3])
    assert weights_from_correlations(rxx, rxy)[:, 0] == pytest.approx([0.25, 0.09])


def test_two_correlated_predictors_known_case():
    # r12 = 0.5, r1y = 0.6, r2y = 0.3. Λ^½ = [[a, b], [b, a]] with a = (√1.5 + √0.5)/2 = 0.965926,
    # b = (√1.5 − √0.5)/2 = 0.258819; β = Λ^-½ r = (0.579556, 0.155292);
    # ε1 = a²β1² + b²β2² = 0.315, ε2 = b²β1² + a²β2² = 0.045; together R² =
    # (0.36 + 0.09 − 2·0.6·0.3·0.5)/(1 − 0.25) = 0.36.
    rxx = np.array([[1.0, 0.5], [0.5, 1.0]])
    rxy = np.array([0.6, 0.3])
    assert weights_from_correlations(rxx, rxy)[:, 0] == pytest.approx([0.315, 0.045], abs=1e-6)


def test_weights_sum_to_the_ols_r_squared():
    rng = np.random.default_rng(1)
    x = rng.standard_normal((400, 3)) @ np.array([[1, 0.4, 0.2], [0, 1, 0.3], [0, 0, 1]])
    y = x @ np.array([1.0, 0.5, 0.0]) + rng.standard_normal(400)
    rxx, rxy = correlations(x, y)
    weights = weights_from_correlations(rxx, rxy)[:, 0]
    assert weights.sum() == pytest.approx(ols_r_squared(x, y))
    assert (weights >= 0).all()


def test_collinear_and_stacked_inputs():
    # A copy of a predictor splits its weight with it; stacked matrices give stacked weights.
    rxx = np.ones((2, 2))
    rxy = np.array([0.6, 0.6])
    one = weights_from_correlations(rxx, rxy)[:, 0]
    assert one == pytest.approx([0.18, 0.18])
    stacked = weights_from_correlations(np.stack([rxx, np.eye(2)]), np.stack([rxy, rxy]))
    assert stacked[1, :, 0] == pytest.approx([0.36, 0.36])


def test_bootstrap_is_deterministic_and_finds_the_signal():
    rng = np.random.default_rng(7)
    n = 600
    x = rng.standard_normal((n, 3))
    y = 1.0 * x[:, 0] + 0.5 * x[:, 1] + rng.standard_normal(n)  # x[:, 2] has no effect
    names = ["strong", "weak", "none"]
    fit = relative_weights(x, y, names, np.random.default_rng(26))
    again = relative_weights(x, y, names, np.random.default_rng(26))
    assert fit == again
    by_name = {d.driver: d for d in fit.drivers}
    assert by_name["strong"].relative_weight > by_name["weak"].relative_weight
    assert by_name["strong"].excess_ci_low > 0 and by_name["weak"].excess_ci_low > 0
    assert by_name["none"].excess_ci_low <= 0 <= by_name["none"].excess_ci_high
    assert sum(d.relative_weight for d in fit.drivers) == pytest.approx(fit.r_squared)
    for d in fit.drivers:
        assert d.relative_weight_ci_low <= d.relative_weight <= d.relative_weight_ci_high
