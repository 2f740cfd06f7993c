"""The Bradley–Terry ratings: known strengths are recovered within their intervals, ties,
only-wins, models without battles, vote order and the seed."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest

from app.arena.bradley_terry import ANCHOR, fit_strengths, leaderboard, score_matrix
from app.arena.votes import Battle

TRUTH = {"alpha": 1150.0, "bravo": 1050.0, "charlie": 950.0, "delta": 850.0}  # averages ANCHOR


def _sampled(n: int, seed: int) -> list[Battle]:
    rng = random.Random(seed)
    names = sorted(TRUTH)
    found = []
    for _ in range(n):
        a, b = rng.sample(names, 2)
        p = 1.0 / (1.0 + 10 ** ((TRUTH[b] - TRUTH[a]) / 400.0))
        found.append(Battle(a, b, 1.0 if rng.random() < p else 0.0))
    return found


def test_known_strengths_are_recovered_within_their_intervals() -> None:
    board = leaderboard(_sampled(3000, seed=7), bootstrap=200, seed=1)
    assert [r.model for r in board.ratings] == ["alpha", "bravo", "charlie", "delta"]
    for r in board.ratings:
        assert r.ci_low < r.rating < r.ci_high
        assert r.ci_low <= TRUTH[r.model] <= r.ci_high, r
        assert r.ci_high - r.ci_low < 120  # 3000 battles pin a rating to tens of points
        assert abs(r.rating - TRUTH[r.model]) < 40
    assert math.isclose(sum(r.rating for r in board.ratings) / 4, ANCHOR)


def test_the_fit_is_the_maximum_likelihood() -> None:
    # Two models, a beats b 30 times out of 40: P = 0.75, so the gap is 400 log10(3).
    battles = [Battle("a", "b", 1.0)] * 30 + [Battle("a", "b", 0.0)] * 10
    board = leaderboard(battles, bootstrap=0, prior_sd_elo=1e9)
    gap = board.ratings[0].rating - board.ratings[1].rating
    assert gap == pytest.approx(400 * math.log10(3), abs=1e-6)
    assert board.ratings[0].ci_low is None  # no bootstrap asked


def test_ties_count_half_a_win_each_way() -> None:
    only_ties = leaderboard([Battle("a", "b", 0.5)] * 5, bootstrap=50)
    assert [r.rating for r in only_ties.ratings] == pytest.approx([ANCHOR, ANCHOR])
    assert only_ties.ratings[0].ties == 5 and only_ties.ratings[0].wins == 0
    # one win and two ties for a: the same likelihood as 2 wins, 1 loss
    mixed = leaderboard([Battle("a", "b", 1.0), Battle("b", "a", 0.5), Battle("a", "b", 0.5)], bootstrap=0,
                        prior_sd_elo=1e9)
    by_name = {r.model: r for r in mixed.ratings}
    assert by_name["a"].rating - by_name["b"].rating == pytest.approx(400 * math.log10(2), abs=1e-6)
    assert (by_name["a"].wins, by_name["a"].ties, by_name["a"].losses) == (1, 2, 0)
    i, j = mixed.models.index("a"), mixed.models.index("b")
    assert mixed.win_rate[i][j] == pytest.approx(2 / 3) and mixed.win_rate[j][i] == pytest.approx(1 / 3)
    assert mixed.ties[i][j] == mixed.ties[j][i] == 2


def test_a_model_with_only_wins_gets_a_finite_rating() -> None:
    board = leaderboard([Battle("champ", "other", 1.0)] * 20, bootstrap=100)
    champ = board.ratings[0]
    assert champ.model == "champ" and np.isfinite(champ.rating) and np.isfinite(champ.ci_high)
    assert 1200 < champ.rating < 1800  # clearly ahead, held back by the prior
    more = leaderboard([Battle("champ", "other", 1.0)] * 40, bootstrap=0)
    assert more.ratings[0].rating > champ.rating  # more evidence, further ahead


def test_a_model_without_battles_is_listed_last_without_a_rating() -> None:
    board = leaderboard(_sampled(100, seed=2), models=["newcomer", "alpha"], bootstrap=20)
    last = board.ratings[-1]
    assert (last.model, last.rating, last.ci_low, last.battles) == ("newcomer", None, None, 0)
    i = board.models.index("newcomer")
    assert all(v is None for v in board.win_rate[i])
    assert leaderboard([], models=["x"]).ratings[0].rating is None


def test_vote_order_changes_nothing_and_the_seed_decides_the_intervals() -> None:
    battles = _sampled(400, seed=3)
    shuffled = battles[:]
    random.Random(9).shuffle(shuffled)
    swapped = [Battle(x.model_b, x.model_a, 1.0 - x.score_a) for x in battles]
    first = leaderboard(battles, bootstrap=100, seed=5)
    assert leaderboard(shuffled, bootstrap=100, seed=5) == first
    assert leaderboard(swapped, bootstrap=100, seed=5) == first
    other = leaderboard(battles, bootstrap=100, seed=6)
    assert [r.rating for r in other.ratings] == [r.rating for r in first.ratings]
    assert [r.ci_low for r in other.ratings] != [r.ci_low for r in first.ratings]


def test_score_matrix_and_disconnected_groups() -> None:
    a, b, s = np.array([0, 2]), np.array([1, 3]), np.array([1.0, 0.5])
    points = score_matrix(a, b, s, 4)
    assert points.tolist() == [[0, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0.5], [0, 0, 0.5, 0]]
    theta = fit_strengths(points)  # two separate pairs: the prior makes the fit unique
    assert np.isfinite(theta).all() and theta[0] > theta[1] and theta[2] == pytest.approx(theta[3])
