"""Regression guard for finding things on real data (issue 14): the evaluation harness
(benchmarks/eval_finding.py) runs on tests/data/real_projects/ in a real SQLite workspace and the
figures must not fall below what the current code reaches. Not a timed test (no run-time assertion)."""

from __future__ import annotations

import pytest

from benchmarks.eval_finding import evaluate

# the figures reached (rounded down); raise them when the code gets better, never lower them silently
FLOORS = {
    "find_search_list_p": 0.8,
    "find_search_list_r": 0.83,
    "find_search_fts_p": 0.8,
    "find_search_fts_r": 0.83,
    "find_similar_p5": 0.7,
    "find_similar_r5": 0.81,
    "find_joint_p": 0.9,
    "find_joint_r": 0.14,
}


@pytest.fixture(scope="module")
def figures(tmp_path_factory) -> dict[str, float]:
    return evaluate(tmp_path_factory.mktemp("finding"))


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_figure_does_not_fall(figures, metric):
    assert figures[metric] >= FLOORS[metric], (metric, figures[metric])


def test_list_filter_and_fts_return_the_same_sets(figures):
    assert figures["find_search_list_fts_unequal"] == 0
