"""Finding things on real data (issue 14): search precision/recall (list filter and FTS5), similar
projects precision@5/recall@5 with the ceiling, joint-finder precision/recall of cross-district
same-kind pairs and its run time: the app's current code beside the frozen pre-issue algorithms
(``*_base``), measured in the same run by benchmarks/eval_finding.py on tests/data/real_projects/.
``--quick`` changes nothing here (165 records take ~3 s); the budgets are the issue's targets."""

from __future__ import annotations

from .eval_finding import evaluate


def bench_finding(ctx) -> dict[str, float]:
    tmp = ctx.out / "finding"
    tmp.mkdir(exist_ok=True)
    return evaluate(tmp)
