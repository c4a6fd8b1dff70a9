"""A fact the org states twice is one gap: a post's vacancy said in an email and again in the
row of the post that covers it; a body's right to be consulted said in its own terms and again
in its chair's roster row. The gap kept holds back what either sentence does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from agent.context import load_context
from agent.planning.assemble import link_gaps, org_gaps

FILES = {
    "people/posts.csv": (
        "Post,Responsibilities\n"
        "Director of Parks,Sponsor of the programme; chairs the Parks Board\n"
        'Head of Grounds,"Grounds maintenance crews, mowing rounds and the tree contract; covers'
        " the Play Areas Manager's post while it is vacant, including play inspections and the"
        ' repair of play equipment"\n'
        "Play Areas Manager,Vacant since May 2027\n"
        '"Chair, Friends of the Parks Forum",Elected by the friends groups; the Forum must be'
        " consulted before any change to opening hours or park rules\n"
        "Head of Finance,Budgets and the capital programme\n"
    ),
    "governance/forum-terms.md": (
        "# Friends of the Parks Forum: terms\n\nThe council must consult the Forum for at least"
        " 28 days before it changes park rules or opening hours.\n"
    ),
    "context/email.txt": "The Play Areas Manager post has been vacant since May 2027.\n",
}

TITLES = [
    "Inspect every play area each month",
    "Repair the broken play equipment at six sites",
    "Recruit a Play Areas Manager",
    "Extend opening hours at the two city parks",
    "Publish the new park rules",
    "Replace the mowing fleet",
    *[f"Workstream item {i}" for i in range(60)],
]


def _gaps(tmp_path: Path) -> tuple[list[Any], dict[str, str]]:
    for name, text in FILES.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    org = load_context(tmp_path)
    tasks: list[Any] = [
        {
            "id": f"T{i}",
            "key": f"deck_initiative_{i}",
            "title": t,
            "description": t,
            "origin": "deck",
        }
        for i, t in enumerate(TITLES, start=1)
    ]
    gaps: list[Any] = org_gaps(tasks, org, [])
    link_gaps(tasks, gaps, org)
    return gaps, {t["id"]: t["title"] for t in tasks}


def test_a_vacancy_said_twice_is_one_gap_holding_back_what_either_says(tmp_path: Path) -> None:
    gaps, titles = _gaps(tmp_path)
    vacant = [g for g in gaps if "vacant" in g["text"]]
    assert len(vacant) == 1
    assert vacant[0]["evidence"].startswith("context/email.txt")
    blocked = {titles[b] for b in vacant[0]["blocks"]}
    # the email names the post; the covering row says what it does meanwhile
    assert {"Recruit a Play Areas Manager", "Inspect every play area each month"} <= blocked
    assert "restated" not in vacant[0] and "subject" not in vacant[0]


def test_a_bodys_consultation_is_quoted_from_its_terms_not_its_chairs_row(tmp_path: Path) -> None:
    gaps, titles = _gaps(tmp_path)
    consult = [g for g in gaps if "consult" in g["text"]]
    assert [g["evidence"].split(":")[0] for g in consult] == ["governance/forum-terms.md"]
    assert {titles[b] for b in consult[0]["blocks"]} >= {"Publish the new park rules"}


def test_each_body_keeps_its_own_consultation(tmp_path: Path) -> None:
    # The chair's row of another body is no restatement of the Forum's terms.
    FILES_2 = dict(FILES)
    FILES_2["people/posts.csv"] = FILES["people/posts.csv"] + (
        '"Convenor, Grounds Staff Union",Consulted before any change to crew rotas or hours\n'
    )
    for name, text in FILES_2.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    org = load_context(tmp_path)
    quoted = [g["evidence"] for g in org_gaps([], org, []) if "onsult" in g["text"]]
    assert len(quoted) == 2 and any("Grounds Staff Union" in q for q in quoted)
