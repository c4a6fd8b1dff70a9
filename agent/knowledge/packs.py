"""Method patterns as data: a domain-neutral core plus domain packs (packs/*.yaml).

The packs a plan uses are chosen by the deck's and the organization's own vocabulary, and
the plan says which. A pattern is planned only when its concepts are mentioned by the deck
or the org, and only when the deck's own plan does not already cover it.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from agent.knowledge.lexicon import read_yaml
from agent.knowledge.text import stem, words

PACKS_DIR = Path(__file__).with_name("packs")
CORE = "core"
MAX_DOMAIN_PACKS = 2
SECOND_PACK_SHARE = 0.85  # a second pack only when its vocabulary is nearly as present
MIN_ANCHORS = 2  # distinct words of a pack's own field ("anchors") before it can be chosen


@cache
def load_pack(name: str) -> dict[str, Any]:
    return dict(read_yaml(PACKS_DIR / f"{name}.yaml"))


def framing(packs: list[str] | None) -> tuple[str, str]:
    """(who the experience layer is about, what a scenario is) in the words of the plan's first
    domain pack: "patients" for a hospital, "operators ..." for a plant; the core's otherwise."""
    names = [p for p in packs or [] if p != CORE and p in pack_names()]
    pack = load_pack(names[0] if names else CORE)
    core = load_pack(CORE)
    return (
        str(pack.get("served") or core["served"]),
        str(pack.get("scenario_shape") or core["scenario_shape"]),
    )


@cache
def pack_names() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in PACKS_DIR.glob("*.yaml") if p.stem != CORE))


@cache
def _step_keys() -> re.Pattern[str]:
    keys = {str(p["key"]) for name in (CORE, *pack_names()) for p in load_pack(name)["patterns"]}
    # ("training_{s}" stands for one step a scenario, goal or measure: "training_s1")
    return re.compile("|".join(re.sub(r"\\\{\w\\\}", r"\\w+", re.escape(k)) for k in sorted(keys)))


def method_step(key: str) -> bool:
    """The key names one of the method's steps (of any pack): "vision_owners", "training_s1"."""
    return bool(_step_keys().fullmatch(key))


def _seq(term: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in words(term))


_OBJECT_PRONOUNS = frozenset({"its", "their", "them", "it", "our", "his", "her", "your"})


# A store that sells nothing: an app store, a data store. Its words name no field's stores.
_NOT_A_SHOP = re.compile(
    r"\b(?:app|apple|play|google\s+play|microsoft|data|object|document|key-value|feature|vector)"
    r"[\s-]+stores?\b",
    re.I,
)


# Where a text speaks of app stores, a bare "both stores" or "store data" is theirs too; a
# shop is then said as one ("in-store", "store managers", "our stores", "retail stores").
_BARE_STORE = re.compile(r"(?<![\w-])stores?(?![\w-])", re.I)
_A_SHOP = re.compile(
    r"\bin-store\b|\bstores?\s+(?:managers?|openings?|staff|colleagues|teams?|estate|network|"
    r"formats?|footfall)\b|\b(?:our|new|flagship|high[- ]street|retail|physical|local|"
    r"convenience|grocery|franchised?)\s+stores?\b",
    re.I,
)


def _without_app_stores(text: str) -> str:
    bare = _NOT_A_SHOP.sub(" ", text)
    if bare != text and not _A_SHOP.search(bare):
        return _BARE_STORE.sub(" ", bare)
    return bare


class Vocabulary:
    """A text's stemmed words and phrases, for asking "does it mention X?" cheaply."""

    def __init__(self, text: str) -> None:
        tokens = words(_without_app_stores(text))
        self.seq = [stem(w) for w in tokens]
        self.joined = f" {' '.join(self.seq)} "
        # A word with a pronoun for its object is a verb ("stores its readings", "fields
        # them"): it names no thing of the field on its own.
        # (a text of no words, such as a page of vertical CJK glyphs, has no next word either)
        nexts = [*tokens[1:], ""] if tokens else []
        self.bag = {
            s for s, nxt in zip(self.seq, nexts, strict=True) if nxt not in _OBJECT_PRONOUNS
        }

    def mentions(self, term: str) -> bool:
        seq = _seq(term)
        if not seq:
            return False
        if len(seq) == 1:
            return seq[0] in self.bag
        return f" {' '.join(seq)} " in self.joined

    def count(self, term: str) -> int:
        seq = _seq(term)
        if not seq:
            return 0
        return self.joined.count(f" {' '.join(seq)} ")


def pack_scores(deck: Vocabulary, org: Vocabulary | None) -> dict[str, tuple[float, list[str]]]:
    """Per domain pack: (score, the terms found). Distinct terms count, the deck's twice."""
    out: dict[str, tuple[float, list[str]]] = {}
    for name in pack_names():
        found: list[str] = []
        score = 0.0
        for term in load_pack(name)["vocabulary"]:
            in_deck = deck.mentions(term)
            in_org = org.mentions(term) if org is not None else False
            if in_deck or in_org:
                found.append(term)
                score += (2.0 if in_deck else 0.0) + (1.0 if in_org else 0.0)
        out[name] = (score, found)
    return out


def choose_packs(
    deck: Vocabulary, org: Vocabulary | None
) -> tuple[list[str], dict[str, list[str]]]:
    """The core plus the domain packs whose vocabulary the deck and org speak."""
    scores = {
        name: found for name, found in pack_scores(deck, org).items() if _anchored(name, deck, org)
    }
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1][0], kv[0]))
    chosen = [CORE]
    evidence: dict[str, list[str]] = {}
    if ranked and ranked[0][1][0] >= 6:
        best = ranked[0][1][0]
        for name, (score, found) in ranked[:MAX_DOMAIN_PACKS]:
            if name == ranked[0][0] or score >= SECOND_PACK_SHARE * best:
                chosen.append(name)
                evidence[name] = found[:12]
    return chosen, evidence


def _anchored(name: str, deck: Vocabulary, org: Vocabulary | None) -> bool:
    """A field is spoken only where at least two of its own words are ("patient", "clinician"):
    the words it shares with others ("ward", "admission", "care", "line", "shift") name a
    council's wards, a museum's admission, a retailer's lines as readily."""
    anchors = load_pack(name).get("anchors")
    if not anchors:
        return True
    said = {t for t in anchors if deck.mentions(t) or (org is not None and org.mentions(t))}
    return len({_seq(t)[-1] for t in said}) >= MIN_ANCHORS


def patterns(packs: list[str]) -> list[dict[str, Any]]:
    """The patterns of the chosen packs; a domain pack's pattern replaces the core one with the
    same key (keeping the core's covered_by and note when it has none of its own)."""
    merged: dict[str, dict[str, Any]] = {}
    order: list[str] = []
    for name in [CORE, *[p for p in packs if p != CORE]]:
        for pattern in load_pack(name)["patterns"]:
            key = pattern["key"]
            base = merged.get(key, {})
            item = {**pattern}
            for field in ("covered_by", "note"):
                if field not in item and field in base:
                    item[field] = base[field]
            item["pack"] = name
            if key not in merged:
                order.append(key)
            merged[key] = item
    # A domain pack's patterns come first in its own order, then the core's remaining ones.
    domain = [k for k in order if merged[k]["pack"] != CORE]
    return [merged[k] for k in domain + [k for k in order if k not in domain]]


def comparison(packs: list[str]) -> str:
    for name in packs:
        if name != CORE and load_pack(name).get("comparison"):
            return str(load_pack(name)["comparison"])
    return str(load_pack(CORE)["comparison"])


@cache
def concept_terms() -> tuple[str, ...]:
    """Every concept any pattern is gated on: words with a domain-specific meaning."""
    terms: set[str] = set()
    for name in (CORE, *pack_names()):
        for pattern in load_pack(name)["patterns"]:
            terms.update(str(t).lower() for t in pattern.get("concepts", []))
    # Longest first (a phrase before its words), then alphabetical: a set's order changes with
    # the hash seed, and what reads these terms must not change with the process.
    return tuple(sorted(terms, key=lambda t: (-len(t), t)))


# Words of the personalization template that must never reach a plan whose deck and org do not
# use them (the first build's failure: segments and CDPs for a factory).
TEMPLATE_TERMS = (
    "customer data platform",
    "cdp",
    "segment",
    "segments",
    "consent",
    "journey",
    "journeys",
    "content variant",
    "content variants",
    "holdout",
    "campaign",
    "personalization",
    "personalisation",
    "personalized",
    "audience",
)


def known_concepts(known: Vocabulary) -> list[str]:
    """The concept terms this deck or org mentions (small enough to travel with every branch)."""
    return [t for t in (*concept_terms(), *TEMPLATE_TERMS) if known.mentions(t)]


def foreign_terms(text: str, known: set[str]) -> list[str]:
    """Template words in ``text`` that neither the deck nor the org uses (``known`` holds the
    ones they do, from ``known_concepts``)."""
    found = []
    lowered = text.lower()
    for term in TEMPLATE_TERMS:
        if term in known:
            continue
        if re.search(rf"(?<![a-z]){re.escape(term)}(?![a-z])", lowered):
            found.append(term)
    return found
