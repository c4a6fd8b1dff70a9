"""One wording for each kind of gap, whichever step finds it (so gaps are not repeated)."""

from __future__ import annotations

CAPABILITY_LABELS = {
    "identity": "identity resolution",
    "consent": "consent management",
    "experimentation": "experimentation and holdout capability",
    "cdp": "customer data platform",
    "warehouse": "data warehouse",
    "cms": "content management system",
    "realtime": "real-time event feed",
    "content": "reusable, tagged content",
    "data_quality": "data quality management",
}


def capability_label(capability: str) -> str:
    return CAPABILITY_LABELS.get(capability, capability.replace("_", " "))


def capability_gap(capability: str, stated: str | None) -> str:
    """One wording for a missing capability, whichever step finds it (so gaps are not repeated)."""
    label = capability_label(capability)
    if stated and (capability not in CAPABILITY_LABELS or capability == "absence"):
        return f"Missing: {stated.strip().rstrip('.')}."  # the org's own words name it best
    if stated:
        return f"No {label}: {stated.strip().rstrip('.')}."
    return f"No {label}: none is listed in the systems inventory, and the plan depends on it."


def statement_gap(kind: str, capability: str, text: str) -> str:
    """The gap for a stated absence, limitation or constraint, quoting the org's sentence."""
    sentence = _quoted(text)
    if kind == "limitation":
        return f"Limitation: {sentence}."
    if kind == "constraint":
        return f"Constraint to plan around: {sentence}."
    return capability_gap(capability, text)


def practice_gap(text: str) -> str:
    """The gap for today's practice that the deck's plan changes, quoting the org's sentence."""
    return f"Today's practice, which the plan changes: {_quoted(text)}."


def _quoted(text: str) -> str:
    """The org's sentence on one line, without its full stop (the gap adds its own)."""
    return " ".join(text.split()).strip().rstrip(".")
