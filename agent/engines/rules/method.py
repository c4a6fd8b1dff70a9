"""The method's part of a plan: fill what the deck's own plan leaves out, for one vision.

Patterns come from the knowledge packs in use (agent/knowledge/packs: the domain-neutral
core plus the packs the deck's and org's vocabulary chose). A pattern is planned only when
its concepts are mentioned by the deck or the org, and only when the deck's own plan does
not already cover it; every task it yields says so (origin "method", with the reason).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from agent.engines.base import (
    ContextRefDraft,
    Decomposition,
    GapDraft,
    PlanningContext,
    TaskDraft,
)
from agent.engines.rules.scenarios import AUDIENCE
from agent.engines.rules.vagueness import VANITY  # one lexicon: attention metrics, read in context
from agent.knowledge import packs
from agent.knowledge import remit as owners
from agent.knowledge.gaps import capability_gap, capability_label, statement_gap
from agent.knowledge.kpis import same_measure
from agent.knowledge.text import content_stems, overlap, sentences, shorten, words
from agent.planning.commitments import data_source, definition_ref, naming_duty, source_owner
from schemas.context import ContextHit, OrgContext, Role, System, SystemAbsence
from schemas.plan import Layer, Scenario, Vision

# Words that tell which system category a name or description belongs to.
CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    "cdp": ("cdp", "customer data platform", "segment", "tealium", "mparticle", "bloomreach"),
    "crm": ("crm", "salesforce", "dynamics", "hubspot", "health cloud"),
    "warehouse": (
        "warehouse",
        "snowflake",
        "bigquery",
        "redshift",
        "databricks",
        "lakehouse",
        "data lake",
    ),
    "email": ("email", "sms", "braze", "marketo", "mailchimp", "iterable", "klaviyo", "messaging"),
    "consent": ("consent", "preference", "onetrust", "cookie"),
    "experimentation": (
        "experimentation",
        "a/b",
        "optimizely",
        "holdout",
        "feature flag",
        "vwo",
        "split testing",
    ),
    "identity": (
        "identity resolution",
        "identity",
        "mdm",
        "master data",
        "golden record",
        "customer 360",
    ),
    "cms": (
        "cms",
        "content management",
        "experience manager",
        "aem",
        "contentful",
        "sitecore",
        "wordpress",
        "drupal",
    ),
    "analytics": (
        "analytics",
        "ga4",
        "google analytics",
        "adobe analytics",
        "tableau",
        "looker",
        "power bi",
        "amplitude",
    ),
}
PERSONAL = re.compile(
    r"personali[sz]|tailor|relevan|1:1|one-to-one|individual|seamless|touchpoint|omni-?channel|"
    r"journey|experience|right message|next best|recommend|segment",
    re.I,
)
CONTENT = re.compile(
    r"content|message|messaging|variant|campaign|email|web|page|offer|communicat", re.I
)
SERVICE = re.compile(
    r"book|appointment|schedul|call|service|support|onboard|claim|application|apply|enrol|order|"
    r"deliver|store|branch|visit|no-show|wait|access|telehealth|checkout|renew",
    re.I,
)
MULTICHANNEL = re.compile(
    r"across|cross-channel|omni|every (?:touchpoint|channel)|all channels|single view|360", re.I
)
BROAD = re.compile(
    r"\b(every|all|across|entire|system-wide|enterprise-wide|nationwide|organi[sz]ation-wide|"
    r"company-wide|everywhere|whole|each)\b",
    re.I,
)
SINGLE_VIEW = re.compile(
    r"single view|single, trusted view|one view|golden record|360|unified (?:profile|record)|identity",
    re.I,
)
QUALITY = re.compile(
    r"stale|duplicate|data quality|out of date|out-of-date|incomplete|inconsistent|recency", re.I
)
_METRIC_PHRASE = re.compile(
    r"^(?:increase|reduce|grow|raise|lower|decrease|cut|improve|lift|boost|double|halve|shorten|"
    r"achieve|reach|hit|attain|deliver|maintain)\s+(?:our\s+|the\s+)?(.+?)(?=\s+(?:for|from|to|by|among|"
    r"in|within|across|at|on|per)\b|[,.;]|$)",
    re.I,
)
# Natural units of containment for a pilot, most useful first ("market" is last: decks use it
# for the competitive market far more often than for a sales territory).
PILOT_UNITS = (
    ("region", "region"),
    ("hospital", "hospital"),
    ("clinic", "clinic"),
    ("store", "store"),
    ("branch", "branch"),
    ("campus", "campus"),
    ("service line", "service line"),
    ("business unit", "business unit"),
    ("product line", "product line"),
    ("district", "district"),
    ("school", "school"),
    ("office", "office"),
    ("market", "market"),
)


def system_category(system: System) -> set[str]:
    """The context loader's category when it has one; else guessed from the name and description."""
    if system.category and system.category != "other":
        return {system.category}
    text = f"{system.name} {system.description}".lower()
    return {cat for cat, keys in CATEGORY_WORDS.items() if any(k in text for k in keys)} or {
        "other"
    }


def systems_by_category(org: OrgContext) -> dict[str, list[System]]:
    found: dict[str, list[System]] = defaultdict(list)
    absent = {a.capability for a in org.absences}
    for system in org.systems:
        for cat in system_category(system):
            if cat not in absent:
                found[cat].append(system)
    return found


def absence_record(org: OrgContext, capability: str) -> SystemAbsence | None:
    """The clearest stated absence of a capability: one that names it beats one merely tagged with it."""
    tagged = [a for a in org.absences if a.capability == capability or capability in a.text.lower()]
    tagged.sort(key=lambda a: capability not in a.text.lower())
    return tagged[0] if tagged else None


# a capitalised word that opens a sentence or a noun phrase, not a name
_NOT_A_NAME = (
    r"(?-i:The|A|An|Our|No|Any|This|That|Their|Its|One|Every|Each|New|Single|Central|Shared)"
)


def named_in_org(org: OrgContext, capability: str) -> bool:
    """The org names the thing it has outside its systems inventory: a role runs "the Pataka
    data warehouse", a note mentions "our Sitecore content management system". A proper name
    before the capability's words says it exists; "build a data warehouse" does not."""
    label = re.escape(capability_label(capability)).replace(r"\ ", r"\s+")
    named = re.compile(rf"\b(?!{_NOT_A_NAME}\b)(?-i:[A-Z][\w'’-]+)\s+{label}\b", re.I)
    said = [*org.texts, *(duty for role in org.roles for duty in role.responsibilities)]
    return any(named.search(text) for text in said)


def absence(org: OrgContext, capability: str) -> str | None:
    record = absence_record(org, capability)
    return record.text if record else None


UNKNOWN_METRIC = "the success metric agreed for this goal"


def metric_for(vision: Vision, org: OrgContext) -> str:
    """The metric the vision moves: its own words when measurable, else the closest org metric."""
    match = _METRIC_PHRASE.search(vision.text)
    phrase = match.group(1).strip() if match else ""
    best = max(org.metrics, key=lambda m: overlap(m.name, vision.text), default=None)
    if best is not None and overlap(best.name, vision.text) >= 0.5:
        return best.name
    if phrase and len(words(phrase)) <= 8 and not vision.vagueness.vague:
        return phrase
    if best is not None and overlap(best.name, vision.text) > 0:
        return best.name
    return UNKNOWN_METRIC


def pilot_unit(text: str) -> str:
    """The organization's natural unit of containment, in order of preference, if the text uses it."""
    lowered = text.lower()
    for word, unit in PILOT_UNITS:
        if lowered.count(word) >= 2:
            return unit
    return "region or business unit"


class _Defaults(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return f"<{key}>"


def _fill(template: str, values: dict[str, str]) -> str:
    return " ".join(template.format_map(_Defaults(values)).split())


def best_ref(hits: list[ContextHit], query: str, *, prefer: str = "") -> ContextRefDraft | None:
    """The passage that best supports a task: keyword overlap with the task, then retrieval score."""
    if not hits:
        return None
    target = content_stems(f"{query} {prefer}")
    # The task as written weighs more than the pattern's search words: the passage is cited
    # for what the task says ("Build one dashboard of the plan's measures"), not for "review".
    titled = content_stems(prefer)

    def score(hit: ContextHit) -> float:
        # A roster row supports "who", not "what": cite it only when nothing else fits.
        roster_row = hit.text.lstrip().lower().startswith(("role:", "name:", "position:"))
        found = content_stems(hit.text)
        return (
            2 * len(titled & found)
            + len(target & found)
            + 0.1 * hit.score
            - (3 if roster_row else 0)
        )

    hit = max(hits, key=score)
    if not target & content_stems(hit.text):
        return None
    sents = sentences(hit.text) or [hit.text]
    quote = max(
        sents, key=lambda s: (len(titled & content_stems(s)), len(target & content_stems(s)))
    )
    return ContextRefDraft(doc=hit.doc, chunk=hit.chunk, quote=shorten(quote, 220))


def _applies(
    pattern: dict[str, Any], planning: PlanningContext, known: set[str], values: dict[str, str]
) -> bool:
    """Deck first: a pattern the deck's plan already covers is not added; a pattern whose
    concepts neither the deck nor the org mentions is foreign to this plan. ``covered_by`` may
    name a placeholder ({metric}): the deck covers that metric, not every metric."""
    concepts = [str(c).lower() for c in pattern.get("concepts", [])]
    if concepts and not any(c in known for c in concepts):
        return False
    covered = pattern.get("covered_by")
    if not covered or not planning.deck_plan_text:
        return True

    def filled(metric: str) -> str:
        return re.sub(
            r"\{(\w+)\}",
            lambda m: metric if m.group(1) == "metric" else re.escape(values.get(m.group(1), "")),
            covered,
        )

    text = planning.deck_plan_text
    if re.search(filled(re.escape(values.get("metric", ""))), text, re.I):
        return False
    if "{metric}" not in covered or not values.get("metric"):
        return True
    # The deck may call the org's measure by its own name ("Lines grown in peat-free media"
    # for the org's "Peat-free lines"): it covers that measure all the same.
    return not any(
        same_measure(found.group("metric"), values["metric"])
        for found in re.finditer(filled("(?P<metric>[^:\n]+)"), text, re.I)
    )


def decompose(
    vision: Vision,
    scenarios: list[Scenario],
    org: OrgContext,
    hits: list[ContextHit],
    *,
    deck_text: str = "",
    planning: PlanningContext | None = None,
) -> Decomposition:
    planning = planning or PlanningContext()
    known = set(planning.known_concepts)
    v = vision.id.lower()
    codes = {r.code for r in vision.vagueness.reasons}
    systems = systems_by_category(org)
    context_text = " ".join(a.text for a in org.absences) + " " + " ".join(h.text for h in hits)
    sponsor = owners.executive_sponsor(org.roles)
    mine = [s for s in scenarios if vision.id in s.vision_ids]
    scenario = mine[0] if mine else None
    audience = AUDIENCE.search(vision.text)
    segment = (scenario.segment if scenario else None) or (
        audience.group(0) if audience else "the target customers"
    )
    broad = BROAD.search(vision.text)
    vanity = VANITY.search(vision.text)

    predicates = {
        "always": True,
        "vague": vision.vagueness.vague,
        "vanity": "vanity_metric" in codes or bool(vanity and vision.vagueness.vague),
        "broad": bool(broad) or "universal_scope" in codes,
        "personal": bool(PERSONAL.search(vision.text)),
        "content": bool(CONTENT.search(vision.text)),
        "service": bool(SERVICE.search(f"{vision.text} {scenario.context if scenario else ''}")),
        "multichannel": bool(MULTICHANNEL.search(vision.text)),
        "single_view": bool(SINGLE_VIEW.search(vision.text)),
        "has_audience": bool(audience) or "no_audience" not in codes and scenario is not None,
        "identity_absent": absence(org, "identity") is not None,
        "consent_absent": absence(org, "consent") is not None,
        "quality_issue": bool(QUALITY.search(context_text)),
        "no_sponsor": sponsor is None,
        "deck_pilot": planning.pilot is not None,
    }
    predicates["not_broad"] = not predicates["broad"]

    def names(cat: str, fallback: str) -> str:
        found = systems.get(cat)
        return " and ".join(s.name for s in found[:2]) if found else fallback

    activation = list(
        dict.fromkeys(s.name for cat in ("email", "cms", "crm") for s in systems.get(cat, [])[:1])
    )
    identity_sources = list(
        dict.fromkeys(
            s.name
            for cat in ("crm", "ehr", "cdp", "email", "contact_center")
            for s in systems.get(cat, [])[:1]
        )
    )
    review = owners.best_role(
        org.roles + [r for r in org.roles if r.tier == "extended"], ["legal", "compliance"]
    )
    values = {
        "vision_short": shorten(vision.text, 70),
        "segment": segment,
        "scenario": scenario.name if scenario else f"{segment}",
        "scenario_context": scenario.context if scenario else "the context the deck describes",
        "metric": metric_for(vision, org),
        "pilot": planning.pilot or "the pilot",
        "pilot_owner": planning.pilot_owner or "",
        "pilot_unit": planning.pilot_unit
        or pilot_unit(f"{deck_text} {' '.join(h.text for h in hits)}"),
        "comparison": packs.comparison(planning.packs),
        "sponsor": sponsor.name if sponsor else "the executive sponsor (not yet named)",
        "cdp": names("cdp", "the customer data platform (none listed)"),
        # only systems the org lists: a template never names a kind of system it lacks
        "data_homes": ", ".join(
            dict.fromkeys(
                s.name
                for cat in ("warehouse", "crm", "cdp", "analytics")
                for s in systems.get(cat, [])[:2]
            )
        )
        or "the systems that hold it today",
        "crm": names("crm", "the CRM"),
        "cms": names("cms", "the content management system"),
        "email": names("email", "the messaging platform"),
        "warehouse": names("warehouse", "the data warehouse"),
        "analytics": names("analytics", "web analytics"),
        "experimentation": names("experimentation", "a testing tool still to be chosen"),
        "activation": " and ".join(activation) or "the channels that act on the segment",
        "identity_sources": ", ".join(identity_sources) or "the customer-facing systems",
        "absence_identity": _stated("identity", org),
        "absence_consent": _stated("consent", org),
        "absence_experimentation": _stated("experimentation", org),
        "questions": " ".join(vision.vagueness.questions)
        or "Which metric, target and date define success?",
        "vanity": vanity.group(0) if vanity else "the attention metric",
        "broad_evidence": broad.group(0) if broad else "broad rollout",
        "review_role": review.name if review else "legal/compliance",
        "systems_list": ", ".join(s.name for s in org.systems[:5])
        or "systems not listed in the context",
    }

    result = Decomposition()
    seen_gaps: set[str] = set()

    def gap(layer: str, text: str, evidence: str | None, kind: str) -> None:
        if text not in seen_gaps:
            seen_gaps.add(text)
            result.gaps.append(
                GapDraft(layer=Layer(layer), text=text, evidence=evidence, kind=kind)
            )

    mkey = re.sub(r"[^a-z0-9]+", "_", values["metric"].lower()).strip("_")[:40] or v
    # A goal with a named measure and a figure is one the plan reports on.
    predicates["measured"] = values["metric"] != UNKNOWN_METRIC and bool(
        re.search(r"\d", vision.text)
    )
    # The org's own definition says where the measure's figure comes from.
    values["metric_source"] = data_source(values["metric"], org) if predicates["measured"] else ""
    predicates["sourced"] = bool(values["metric_source"])
    # ... and who owns it; the deck's own plan may already hold the work that moves it.
    predicates["owned"] = predicates["measured"] and (
        owners.metric_owner(values["metric"], org.metrics, org.roles) is not None
    )
    predicates["no_deck_process"] = "process_people" not in planning.deck_layers
    vague = vision.vagueness.vague

    def scenario_values(sc: Scenario | None) -> dict[str, str]:
        if sc is None:
            return values
        return {
            **values,
            "segment": sc.segment or segment,
            "scenario": sc.name,
            "scenario_context": sc.context,
        }

    chosen = packs.patterns(planning.packs)
    for pattern in chosen:
        if not _applies(pattern, planning, known, values):
            continue
        if "{m}" in pattern["key"] and values["metric"] == UNKNOWN_METRIC:
            continue  # no baseline for a metric nobody has named: restating the goal comes first
        if not all(predicates.get(p, False) for p in pattern.get("when", [])):
            continue
        if pattern.get("when_any") and not any(
            predicates.get(p, False) for p in pattern["when_any"]
        ):
            continue
        per_item = any(f"{{{x}}}" in pattern["key"] for x in "vsm")
        if vague and per_item and not pattern.get("clarify"):
            continue
        # Scenario-level work is planned for every scenario the vision serves (shared by key),
        # and only for the chosen scenarios: focus is the point of choosing at most three.
        if "{s}" in pattern["key"] and not mine:
            continue
        targets: list[Scenario | None] = list(mine) if "{s}" in pattern["key"] else [scenario]
        for sc in targets:
            task = _instantiate(
                pattern, vision, sc, scenario_values(sc), org, systems, hits, mkey, gap
            )
            if task is not None:
                task.scenario_ids = (
                    [sc.id] if sc is not None and "{s}" in pattern["key"] else [x.id for x in mine]
                )
                result.tasks.append(task)

    # Drop dependencies on patterns that did not apply to this vision.
    keys = {t.key for t in result.tasks}
    shared = {p["key"] for p in chosen if "{" not in p["key"]}
    for task in result.tasks:
        task.depends_on = [d for d in task.depends_on if d in keys or d in shared]

    covered = {t.layer for t in result.tasks} | set(planning.deck_layers)
    if vague:
        for layer in Layer:
            if layer.value not in covered:
                result.layer_notes[layer.value] = (
                    f"Deferred until {vision.id} is restated with a metric, a target and a date: "
                    f"detailed {layer.value.replace('_', ' & ')} work for a goal nobody can measure would be guessing. "
                    "Shared foundations elsewhere in the plan still apply."
                )
    else:
        for layer in Layer:
            if layer.value not in covered:
                result.layer_notes[layer.value] = (
                    f"No {layer.value.replace('_', ' & ')} work of its own: the deck's plan and the "
                    "shared tasks elsewhere in this plan carry it."
                )
    if predicates["vanity"]:
        gap(
            "governance_measurement",
            f"{vision.id} is measured only by an attention metric ({values['vanity']}), not by revenue, "
            "retention, margin or lifetime value.",
            f"{_where(vision)}: {vision.text}",
            "metric",
        )
    if sponsor is None:
        gap(
            "governance_measurement",
            "No executive sponsor with authority beyond marketing and across functions is named "
            "in the organization's context.",
            None,
            "sponsor",
        )
    return result


def _instantiate(
    pattern: dict[str, Any],
    vision: Vision,
    scenario: Scenario | None,
    values: dict[str, str],
    org: OrgContext,
    systems: dict[str, list[System]],
    hits: list[ContextHit],
    mkey: str,
    gap: Any,
) -> TaskDraft | None:
    """One playbook pattern for one vision (and scenario): owner, needs, consulted, citation."""
    v = vision.id.lower()
    sid = scenario.id.lower() if scenario else v
    key = pattern["key"].format(v=v, s=sid, m=mkey)
    # Work for one vision or scenario goes to who already works on that subject.
    subject = ""
    if "{s}" in pattern["key"] and scenario is not None:
        # work shared by every vision the scenario serves: its subject is the scenario's
        subject = f"{scenario.name} {scenario.context}"
    elif "{v}" in pattern["key"] or "{s}" in pattern["key"]:
        subject = f"{vision.text} {scenario.name if scenario else ''} {scenario.context if scenario else ''}"
    owner = None
    kept_by = None
    if "{m}" in pattern["key"]:  # a metric's work goes to the owner the org's definitions name
        owner = owners.metric_owner(values["metric"], org.metrics, org.roles)
    if owner is None and pattern.get("owner_by") == "source":
        # else whoever keeps the system the definition says the figures come from
        kept_by = source_owner(values["metric"], org)
        owner = kept_by[0] if kept_by else None
    if owner is None and pattern.get("owner_by") == "measurement":
        owner = owners.measurement_lead(org.roles, org.remits)  # else who sets baselines
    if owner is None and pattern.get("owner_by") == "pilot" and values.get("pilot_owner"):
        # Who runs the deck's pilot writes its plan (not the programme office by default); a
        # lead still to be named is no one to write it: the programme's placeholder does.
        runner = org.role(values["pilot_owner"])
        owner = runner if runner is not None and runner.source != "method" else None
    owner = owner or owners.best_role(org.roles, pattern["owner"], context=subject)
    if owner is None and "executive sponsor" in pattern["owner"]:
        # Sponsorship and decision rights sit with whoever decides for the organization (the
        # chair or chief executive its documents name): no gap while the org has one.
        owner = owners.decision_maker(org.roles, org.remits)
    if owner is None and pattern.get("owner_by") == "programme":
        # Work on the plan itself (restating its goals) is the programme's, else the decider's:
        # an org without a strategy office lacks nothing for it.
        owner = owners.programme_lead(org.roles, org.remits) or owners.decision_maker(
            org.roles, org.remits
        )
    advisor = None
    if owner is None:
        owner = _fallback_owner(org, pattern["layer"])
        # An extended-tier role whose remit covers the work (a legal counsel the programme
        # consults) means the org has it: it is consulted, and no gap says it is missing.
        ranked = owners.rank_roles(org.roles, pattern["owner"], tiers=("extended",))
        advisor = ranked[0][1] if ranked and ranked[0][0] >= 0.15 else None
        # The head of the layer's own field holds its specialist work (security, data
        # engineering, data quality for a Head of IT and Data; analytics for an insight lead):
        # the org has someone for it, only not named for that word.
        heads = _FIELD_HEADS.get(pattern["layer"])
        field_head = (
            _field_head(org, heads, pattern["owner"])
            if heads and advisor is None and not (owner is not None and heads.search(owner.name))
            else None
        )
        if field_head is not None:
            owner = field_head  # the fallback is someone else, and the org has a field head
        elif advisor is None and not (owner is not None and heads and heads.search(owner.name)):
            gap(
                pattern["layer"],
                f"No role in the roster has {pattern['owner'][0]} work in its remit (needed for: "
                f"{_fill(pattern['title'], values)}); {owner.name if owner else 'nobody'} holds "
                "it until one is named.",
                None,
                "owner",
            )
    if owner is None:
        return None
    for need in pattern.get("needs", []):
        if need not in systems:
            record = absence_record(org, need)
            if record is None and named_in_org(org, need):
                continue  # "Runs ... the Pataka data warehouse": the org has one by name
            gap(
                pattern["layer"],
                # A limitation or constraint the org states about it is quoted as such: the
                # org has the thing ("Matching happens only in Snowflake"), just not enough.
                statement_gap(record.kind, need, record.text)
                if record is not None and record.kind != "absence"
                else capability_gap(need, record.text if record else None),
                f"{record.source}: {record.text}" if record and record.source else None,
                "system",
            )
    consulted = [
        r.name for r in _consulted(org, pattern.get("consult", [])) if r.name != owner.name
    ][:3]
    if advisor is not None and advisor.name not in consulted and advisor.name != owner.name:
        consulted.append(advisor.name)
    # The passage about this task's own subject: its metric's definition, else the best hit
    # for the task as written (its title filled in, not the pattern's placeholders).
    defined = definition_ref(values["metric"], org) if "{m}" in pattern["key"] else []
    ref = defined[0] if defined else None
    title = _fill(pattern["title"], values)
    ref = ref or best_ref(hits, pattern.get("query", ""), prefer=title)
    if ref is None or not content_stems(title) & content_stems(ref.quote or ""):
        # the owner's duty that names the task's words says why this role does this work
        ref = naming_duty(owner, title, org) or ref
    return TaskDraft(
        key=key,
        origin="method",
        origin_note=pattern.get("note"),
        title=_fill(pattern["title"], values),
        description=_fill(pattern["description"], values),
        layer=Layer(pattern["layer"]),
        owner_role=owner.name,
        horizon=pattern["horizon"],
        depends_on=[d.format(v=v, s=sid, m=mkey) for d in pattern.get("depends_on", [])],
        done_when=_fill(pattern["done_when"], values),
        # (and the inventory's row that says who keeps the source the owner was chosen by)
        context_refs=[r for r in (ref, kept_by[1] if kept_by else None) if r is not None],
        consulted=consulted,
        pilot=bool(pattern.get("pilot", False)),
        accountable=_pattern_accountable(pattern, org, owner),
        readies_pilot=bool(pattern.get("readies_pilot", False)),
    )


def _pattern_accountable(pattern: dict[str, Any], org: OrgContext, owner: Role) -> str | None:
    """``accountable: chair`` in a pattern: the body's chair (the org's documents say who
    chairs or sponsors it) answers for the decision, not the owner's line manager."""
    if pattern.get("accountable") != "chair":
        return None
    chair = owners.decision_maker(org.roles, org.remits)
    return chair.name if chair is not None and chair.name != owner.name else None


def _where(vision: Vision) -> str:
    unit = f"slide {vision.source.slide}" if vision.source.slide else f"page {vision.source.page}"
    return f"{vision.source.file} {unit}"


def _stated(capability: str, org: OrgContext) -> str:
    text = absence(org, capability)
    return f'The context says: "{shorten(text, 160)}".' if text else ""


def _consulted(org: OrgContext, keywords: list[str]) -> list[Any]:
    every = owners.rank_roles(org.roles, keywords, tiers=("core", "extended"))
    return [r for _, r in every]


# Post titles that head a layer's field.
_FIELD_HEADS = {
    "tech_data": re.compile(r"\b(?:IT|ICT|digital|data|technology|systems|information)\b", re.I),
    "governance_measurement": re.compile(
        r"\b(?:insights?|analytics|analysis|performance|data|intelligence)\b", re.I
    ),
}


def _field_head(org: OrgContext, heads: re.Pattern[str], keywords: list[str]) -> Any:
    """The core role whose title names the layer's field ("Head of Data and Pricing", "Audience
    Insight Manager"), the one whose remit names the work best, else the most senior."""
    found = [r for r in org.roles if r.tier == "core" and heads.search(r.name)]
    if not found:
        return None
    return max(found, key=lambda r: (owners.match_score(r, keywords), owners.seniority(r)))


def _fallback_owner(org: OrgContext, layer: str) -> Any:
    generic = {
        "experience": ["experience", "digital", "marketing", "customer"],
        "process_people": ["operations", "program", "manager"],
        "tech_data": ["technology", "it", "data", "systems"],
        "governance_measurement": ["analytics", "finance", "chief", "director"],
    }[layer]
    role = owners.best_role(org.roles, generic, min_score=0.01)
    core = [r for r in org.roles if r.tier == "core"]
    return role or (max(core, key=owners.seniority) if core else None)
