"""Limitations and constraints an organization states about itself, however it phrases them.

Absences ("there is no identity resolution") are read by the context loader's absence
patterns. These are the other ways an org folder admits what it lacks or what binds it:

- limitation: "MES runs only at two of our five plants", "maintenance records are kept on
  paper", "sensor data is not retained beyond seven days", "notices are generated in
  English only", "scheduling runs on Excel";
- constraint: "the works council must be consulted before any change to shift patterns",
  "random holdouts are not allowed", "changes require the approval of the board".

Each is one sentence with a kind and its subject (what it is about), so a gap can quote it
and block the tasks it touches.
"""

from __future__ import annotations

import re

# Each gated on a cheap test first: most sentences hold none of these words.
_GATE = re.compile(
    r"\b(?:only|paper|manual(?:ly)?|spreadsheets?|excel|retain(?:ed)?|kept|deleted|purged|"
    r"consult(?:ed)?|approv\w*|allowed|permitted|prohibited|forbid\w*|cannot|can't|may not|must not|"
    r"must be|requires?|limited|not (?:connected|integrated|linked|digiti[sz]ed|tracked|measured|"
    r"recorded|captured|shared|available|standardi[sz]ed|automated)|no (?:one|single)|"
    r"outdated|out of date|end[- ]of[- ]life|unsupported|legacy|siloed|fragmented|inconsistent|"
    r"vacant|unfilled|lacks?|nobody)\b",
    re.I,
)

_LIMITATIONS = [
    # "MES runs only at two of five plants", "covers only the Xuzhou site", "available in English only"
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:\w+\s+){0,3}?only\s+(?:at|in|for|on|covers?|across|to|within)\s+"
        r"(?P<scope>[^.;]{2,80})",
        re.I,
    ),
    re.compile(r"(?P<subj>[^.;:]{3,80}?)\s+(?:in|at)\s+(?P<scope>[A-Za-z]+)\s+only\b", re.I),
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:is|are|were|remain|stay)\s+(?:still\s+)?(?:kept|recorded|"
        r"logged|tracked|managed|done|run|held|filed)\s+(?:\w+\s+){0,2}?(?:on\s+paper|in\s+"
        r"(?:spreadsheets?|excel|binders|paper)|manually|by\s+hand|in\s+email)",
        re.I,
    ),
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:runs?|relies|rely|depends?)\s+on\s+(?:excel|spreadsheets?|"
        r"paper|manual\s+\w+|email|whiteboards?|experience)",
        re.I,
    ),
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:is|are)\s+(?:not\s+retained|only\s+retained|kept\s+for\s+only|"
        r"deleted|purged|overwritten)\b(?P<scope>[^.;]{0,60})",
        re.I,
    ),
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:is|are|remains?)\s+not\s+(?:yet\s+)?(?:connected|integrated|"
        r"linked|digiti[sz]ed|tracked|measured|recorded|captured|shared|standardi[sz]ed|automated)\b"
        r"(?P<scope>[^.;]{0,60})",
        re.I,
    ),
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:is|are)\s+(?:outdated|out of date|end[- ]of[- ]life|"
        r"unsupported|siloed|fragmented|inconsistent|vacant|unfilled)\b",
        re.I,
    ),
    re.compile(
        r"\b(?:no\s+(?:one|single\s+(?:role|person|team|owner))|nobody)\s+(?P<subj>[^.;]{3,80})",
        re.I,
    ),
    re.compile(r"^only\s+[\d.,]+\s?%?\s+of\s+(?P<subj>[^.;]{3,80}?)\s+(?:is|are)\b", re.I),
]

_CONSTRAINTS = [
    # "the works council must be consulted before any change to shift patterns"
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)\s+must\s+(?:be\s+)?(?:consulted|informed|notified|involved|approve|"
        r"sign\s+off|agree)\b(?P<scope>[^.;]{0,120})",
        re.I,
    ),
    re.compile(
        r"(?P<subj>[^.;:]{3,100}?)\s+(?:requires?|needs?|is\s+subject\s+to)\s+(?:the\s+|prior\s+|formal\s+)?"
        r"(?:approval|sign-?off|consent|agreement|consultation)\b(?P<scope>[^.;]{0,100})",
        re.I,
    ),
    re.compile(
        r"(?P<subj>[^.;:]{3,100}?)\s+(?:is|are)\s+not\s+(?:allowed|permitted)\b(?P<scope>[^.;]{0,80})",
        re.I,
    ),
    re.compile(
        r"(?P<subj>[^.;:]{3,100}?)\s+(?:cannot|can't|may\s+not|must\s+not)\s+(?P<scope>[^.;]{3,100})",
        re.I,
    ),
    re.compile(r"(?P<subj>[^.;:]{3,100}?)\s+(?:is|are)\s+(?:prohibited|forbidden)\b", re.I),
]

_LEAD = re.compile(
    r"^(?:[-*•]\s*)?(?:\*\*)?(?:today,?\s+|currently,?\s+|note:\s*|however,?\s+)?", re.I
)


def find_statements(sentence: str) -> list[tuple[str, str]]:
    """(kind, subject) for each limitation or constraint a sentence states."""
    if not _GATE.search(sentence):
        return []
    text = _LEAD.sub("", sentence.strip())
    found: list[tuple[str, str]] = []
    for kind, patterns in (("constraint", _CONSTRAINTS), ("limitation", _LIMITATIONS)):
        for pattern in patterns:
            m = pattern.search(text)
            if m:
                subject = " ".join(m.group("subj").split()).strip(" ,:-*")
                subject = re.sub(r"^(?:the|our|all|any|every)\s+", "", subject, flags=re.I)
                if len(subject) >= 3:
                    found.append((kind, subject))
                    break
        if found:
            break
    return found
