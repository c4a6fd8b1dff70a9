"""Does the organization's context belong to the deck's organization and field?

A plan built on another business's context is worse than no context (DOMAIN.md, "Fit"):
a tea chain's deck planned with a hospital's roster and systems. Three signals:

- the name: the organization the deck names appears in the org's own documents;
- the field: the domain packs the deck's words point to, against the org's;
- the words: the deck's distinctive terms the org's documents also use.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Literal

from agent.knowledge.packs import Vocabulary, pack_scores
from agent.knowledge.text import STOPWORDS, stem, words
from schemas.context import OrgContext
from schemas.plan import OrgFit

# Words every strategy deck and org folder uses: they say nothing about which business it is.
_GENERIC = frozenset(
    stem(w)
    for w in """strategy strategic plan plans planning roadmap phase phases year years month months
    quarter week weeks target targets goal goals kpi kpis metric metrics baseline growth grow
    business team teams people data system systems platform process processes project program
    programme management manager director head lead chief officer board committee review report
    quality cost costs revenue investment budget value risk risks mitigation pilot rollout scale
    digital technology new customer customers service services operations operational model
    build launch deliver improve increase reduce first next key core total average rate share
    percent level levels time support capability capabilities standard standards including
    across within based group company organization organisation vision mission north star pillar
    pillars priority priorities initiative initiatives action actions plan owner owners
    confidential proposal appendix agenda summary executive overview contents thank questions
    sources assumptions governance benchmark benchmarks market markets industry national
    transformation day days daily weekly monthly annual hours available availability design
    engineer engineering incident incidents account accounts accountable accountability certify
    certified certification health safety security secure schedule scheduling gate gates staff
    training contract contracts policy compliance performance three four five six seven eight
    nine ten twelve hundred thousand million""".split()  # noqa: SIM905
)
_NAME_NOISE = re.compile(
    r"\b(?:inc|ltd|llc|plc|group|holdings|industries|company|co|corporation|corp|the|of|and|"
    r"hospitality|health|bank|university|council|agency|department|ministry|authority|city|county|"
    r"trust|foundation|systems|partners|board|directors)\b",
    re.I,
)


def _distinctive(text: str, limit: int = 60) -> list[str]:
    counts = Counter(
        stem(w) for w in words(text) if w not in STOPWORDS and len(w) > 3 and w.isalpha()
    )
    return [w for w, n in counts.most_common(limit * 2) if w not in _GENERIC and n >= 2][:limit]


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    keys = set(a) | set(b)
    dot = sum(a.get(k, 0.0) * b.get(k, 0.0) for k in keys)
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def org_text(org: OrgContext) -> str:
    parts = [*org.texts]
    for role in org.roles:
        parts.append(" ".join([role.name, role.team or "", *role.responsibilities]))
    parts += [f"{s.name} {s.description}" for s in org.systems]
    parts += [f"{m.name} {m.definition}" for m in org.metrics]
    parts += [a.text for a in org.absences]
    parts += org.documents
    return "\n".join(parts)


def assess_fit(deck_text: str, organization: str | None, org: OrgContext) -> OrgFit:
    text = org_text(org)
    if not org.roles and not org.texts and not org.systems:
        return OrgFit(
            score=0.0,
            verdict="none",
            reason="The org-context folder holds no usable roster or documents.",
        )
    deck_vocab, org_vocab = Vocabulary(deck_text), Vocabulary(text)

    name_tokens = [
        w for w in words(_NAME_NOISE.sub(" ", organization or "")) if len(w) >= 4 and w.isalpha()
    ]
    name_known = bool(name_tokens)
    name_hit = name_known and any(org_vocab.mentions(t) for t in name_tokens)

    deck_packs = {k: v[0] for k, v in pack_scores(deck_vocab, None).items()}
    org_packs = {k: v[0] / 2.0 for k, v in pack_scores(org_vocab, None).items()}
    field = _cosine(deck_packs, org_packs)
    deck_field = max(deck_packs, key=lambda k: deck_packs[k]) if any(deck_packs.values()) else None
    org_field = max(org_packs, key=lambda k: org_packs[k]) if any(org_packs.values()) else None

    distinctive = _distinctive(deck_text)
    shared = [w for w in distinctive if w in org_vocab.bag]
    lexical = len(shared) / len(distinctive) if distinctive else 0.0

    if name_known:
        score = 0.4 * float(name_hit) + 0.35 * field + 0.25 * min(1.0, lexical * 2)
    else:
        score = 0.6 * field + 0.4 * min(1.0, lexical * 2)
    score = round(max(0.0, min(1.0, score)), 3)

    mismatch = (
        # Same field or not, a folder that never names the organization and shares almost
        # none of the deck's own terms is another organization's.
        (not name_hit and (field < 0.5 and lexical < 0.25 or lexical < 0.15))
        if name_known
        else (field < 0.35 and lexical < 0.2)
    )
    verdict: Literal["fits", "partial", "mismatch"]
    if mismatch:
        verdict = "mismatch"
        reason = (
            f"The org context does not look like {organization or 'the deck’s organization'}: "
            f"{'its documents never name it; ' if name_known else ''}"
            f"the deck reads as {_label(deck_field)}, the context as {_label(org_field)}, "
            f"and they share {len(shared)} of the deck's {len(distinctive)} distinctive terms. "
            "The plan is built from the deck alone."
        )
    elif score < 0.55:
        verdict = "partial"
        reason = (
            f"The org context fits the deck only in part (score {score:.2f}; "
            f"{len(shared)} of {len(distinctive)} distinctive deck terms appear in it)."
        )
    else:
        verdict = "fits"
        reason = (
            f"The org context fits the deck (score {score:.2f}"
            f"{'; it names ' + organization if name_hit and organization else ''})."
        )
    return OrgFit(score=score, verdict=verdict, reason=reason, shared=shared[:12])


def _label(pack: str | None) -> str:
    return (pack or "an unclear field").replace("_", " ")
