"""``python -m evals.orgstatements [dev|dev2|dev3|dev4|dev5|dev6|dev7|dev8|holdout|holdout2|holdout3] [--json]``: score the planner on the labelled set."""

from evals._labelled import split_main
from evals.orgstatements import format_report, score

if __name__ == "__main__":
    raise SystemExit(split_main(score, format_report))
