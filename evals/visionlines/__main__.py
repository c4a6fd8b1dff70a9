"""``python -m evals.visionlines [dev|dev2|dev3|holdout] [--json]``: score the vision finder on the labelled set."""

from evals._labelled import split_main
from evals.visionlines import format_report, score

if __name__ == "__main__":
    raise SystemExit(split_main(score, format_report))
