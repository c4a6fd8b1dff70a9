"""``python -m evals.remits [dev|dev2|holdout] [--json]``: score the planner on the labelled set."""

from evals._labelled import split_main
from evals.remits import format_report, score

if __name__ == "__main__":
    raise SystemExit(split_main(score, format_report))
