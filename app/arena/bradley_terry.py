"""Ratings from pairwise battles, the way the LMSYS Chatbot Arena computes them.

Bradley–Terry: P(a beats b) = 1 / (1 + 10^((R_b - R_a) / 400)). The ratings are the
maximum-likelihood fit of all battles at once (Newton's method on the log-likelihood,
with a backtracking line search), so unlike sequential Elo they do not depend on the
order of the votes. On the Elo scale: R = ANCHOR + 400 · log10(strength), the ratings
averaging ANCHOR (or one named model fixed at a rating).

Ties count as half a win each way, as the Arena does: it keeps one parameter per model
and the leaderboard comparable with published ones; a tie model (Rao–Kupper, Davidson)
would add a tie-propensity parameter that a few hundred local votes cannot pin down.

Regularization: a Gaussian prior on the log-strengths (standard deviation PRIOR_SD_ELO
on the Elo scale), i.e. an L2 penalty. It keeps a model with only wins (or only losses)
finite and makes the fit unique when the battle graph is disconnected, while moving
well-measured ratings by far less than their intervals.

Intervals: bootstrap over battles (resampled with replacement, seeded), the 2.5th and
97.5th percentiles of the refitted ratings. The battles are put in a canonical order
before resampling, so the same votes in any order give the same intervals.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np

from app.arena.votes import Battle

SCALE = 400.0 / math.log(10.0)  # Elo points per unit of natural log-strength
ANCHOR = 1000.0
PRIOR_SD_ELO = 700.0
DEFAULT_BOOTSTRAP = 1000


@dataclass(frozen=True)
class Rating:
    model: str
    rating: Optional[float]  # None for a model without battles
    ci_low: Optional[float]
    ci_high: Optional[float]
    battles: int
    wins: int
    ties: int
    losses: int


@dataclass(frozen=True)
class Leaderboard:
    ratings: tuple[Rating, ...]  # best first; models without battles last
    models: tuple[str, ...]  # the order of the matrices' rows and columns
    wins: tuple[tuple[int, ...], ...]  # wins[i][j]: battles models[i] won against models[j]
    ties: tuple[tuple[int, ...], ...]
    win_rate: tuple[tuple[Optional[float], ...], ...]  # (wins + ties / 2) / battles; None without battles
    bootstrap: int
    seed: int


def score_matrix(a: np.ndarray, b: np.ndarray, score: np.ndarray, k: int,
                 weights: Optional[np.ndarray] = None) -> np.ndarray:
    """W[i, j]: the points i scored against j (a tie gives each side half a point)."""
    w = np.ones(len(a)) if weights is None else weights
    forward = np.bincount(a * k + b, weights=score * w, minlength=k * k)
    backward = np.bincount(b * k + a, weights=(1.0 - score) * w, minlength=k * k)
    return (forward + backward).reshape(k, k)


def _log_likelihood(theta: np.ndarray, points: np.ndarray, l2: float) -> float:
    diff = theta[:, None] - theta[None, :]
    return float(-(points * np.logaddexp(0.0, -diff)).sum() - l2 * (theta**2).sum())


def fit_strengths(points: np.ndarray, *, prior_sd_elo: float = PRIOR_SD_ELO,
                  tolerance: float = 1e-10, max_iterations: int = 100) -> np.ndarray:
    """The penalized maximum-likelihood log-strengths (natural log; they sum to zero)
    for the score matrix `points`."""
    k = points.shape[0]
    l2 = 0.5 / (prior_sd_elo / SCALE) ** 2
    games = points + points.T
    theta = np.zeros(k)
    current = _log_likelihood(theta, points, l2)
    for _ in range(max_iterations):
        p = 1.0 / (1.0 + np.exp(theta[None, :] - theta[:, None]))  # p[i, j] = P(i beats j)
        gradient = (points - games * p).sum(axis=1) - 2.0 * l2 * theta
        curvature = games * p * (1.0 - p)
        hessian = curvature - np.diag(curvature.sum(axis=1)) - 2.0 * l2 * np.eye(k)
        step = np.linalg.solve(hessian, gradient)
        size = 1.0
        while True:  # the objective is concave: halve the step until it does not get worse
            candidate = theta - size * step
            value = _log_likelihood(candidate, points, l2)
            if value >= current or size < 1e-8:
                break
            size /= 2.0
        theta, current = candidate, value
        if np.abs(size * step).max(initial=0.0) < tolerance:
            break
    return theta


def _elo(theta: np.ndarray, anchor_index: Optional[int], anchor_rating: float) -> np.ndarray:
    ratings = SCALE * theta
    offset = anchor_rating - (ratings[anchor_index] if anchor_index is not None else ratings.mean())
    return ratings + offset


def _canonical(battles: Sequence[Battle], index: dict[str, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Battle arrays with a < b and in sorted order: independent of the order given."""
    a = np.array([index[x.model_a] for x in battles], dtype=np.int64)
    b = np.array([index[x.model_b] for x in battles], dtype=np.int64)
    s = np.array([x.score_a for x in battles], dtype=float)
    swap = a > b
    a, b, s = np.where(swap, b, a), np.where(swap, a, b), np.where(swap, 1.0 - s, s)
    order = np.lexsort((s, b, a))
    return a[order], b[order], s[order]


def leaderboard(
    battles: Sequence[Battle],
    *,
    models: Sequence[str] = (),
    bootstrap: int = DEFAULT_BOOTSTRAP,
    seed: int = 0,
    prior_sd_elo: float = PRIOR_SD_ELO,
    anchor: Optional[tuple[str, float]] = None,
) -> Leaderboard:
    """Ratings with 95 % bootstrap intervals (`bootstrap` resamples; 0: no intervals) and
    the win / tie matrices. `models` adds contestants that may have no battles yet."""
    fought = sorted({m for x in battles for m in (x.model_a, x.model_b)})
    names = tuple(fought + sorted(set(models) - set(fought)))
    index = {m: i for i, m in enumerate(fought)}
    k = len(fought)
    a, b, s = _canonical(battles, index)
    anchor_index, anchor_rating = None, ANCHOR
    if anchor is not None and anchor[0] in index:
        anchor_index, anchor_rating = index[anchor[0]], anchor[1]

    ratings = _elo(fit_strengths(score_matrix(a, b, s, k), prior_sd_elo=prior_sd_elo), anchor_index, anchor_rating) \
        if k else np.zeros(0)
    low = high = None
    if bootstrap > 0 and k:
        rng = np.random.default_rng(seed)
        samples = np.empty((bootstrap, k))
        for r in range(bootstrap):
            counts = rng.multinomial(len(a), np.full(len(a), 1.0 / len(a))).astype(float)
            points = score_matrix(a, b, s, k, counts)
            samples[r] = _elo(fit_strengths(points, prior_sd_elo=prior_sd_elo), anchor_index, anchor_rating)
        low, high = np.percentile(samples, [2.5, 97.5], axis=0)

    n = len(names)
    wins = np.zeros((n, n), dtype=np.int64)
    ties = np.zeros((n, n), dtype=np.int64)
    np.add.at(wins, (a[s == 1.0], b[s == 1.0]), 1)
    np.add.at(wins, (b[s == 0.0], a[s == 0.0]), 1)
    tied = s == 0.5
    np.add.at(ties, (a[tied], b[tied]), 1)
    ties = ties + ties.T
    games = wins + wins.T + ties
    with np.errstate(invalid="ignore", divide="ignore"):
        rate = (wins + 0.5 * ties) / games

    rows = []
    for i, name in enumerate(names):
        fitted = i < k
        rows.append(Rating(
            name,
            float(ratings[i]) if fitted else None,
            float(low[i]) if fitted and low is not None else None,
            float(high[i]) if fitted and high is not None else None,
            int(games[i].sum()), int(wins[i].sum()), int(ties[i].sum()), int(wins[:, i].sum()),
        ))
    rows.sort(key=lambda r: (r.rating is None, -(r.rating or 0.0), r.model))
    return Leaderboard(
        tuple(rows), names,
        tuple(tuple(int(v) for v in row) for row in wins),
        tuple(tuple(int(v) for v in row) for row in ties),
        tuple(tuple(None if games[i, j] == 0 else float(rate[i, j]) for j in range(n)) for i in range(n)),
        bootstrap, seed,
    )
