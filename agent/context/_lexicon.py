"""Vocabulary for reading org documents: system categories, known products, column names, and
the file/heading words that mark a roster, a system inventory or a metric dictionary.
"""

from __future__ import annotations

import re

# Category -> generic capability terms (lower case, matched on word boundaries).
# Order is priority when one name matches several categories (Epic Cadence: scheduling, not ehr).
CATEGORY_TERMS: dict[str, tuple[str, ...]] = {
    "cdp": ("cdp", "customer data platform", "audience platform"),
    "identity": (
        "identity resolution",
        "identity graph",
        "identity stitching",
        "identity management",
        "master patient index",
        "enterprise master patient index",
        "empi",
        "mdm",
        "master data management",
        "single customer view",
        "golden record",
        "patient matching",
        "customer matching",
        "identity",
    ),
    "consent": (
        "consent management",
        "consent platform",
        "cmp",
        "preference center",
        "preference management",
        "consent",
    ),
    "experimentation": (
        "experimentation",
        "a/b test",
        "a/b testing",
        "ab testing",
        "split test",
        "holdout",
        "holdout group",
        "control group",
        "feature flag",
        "multivariate",
    ),
    "realtime": (
        "real-time",
        "real time",
        "realtime",
        "streaming",
        "event stream",
        "event feed",
        "webhook",
        "event bus",
    ),
    "crm": ("crm", "customer relationship management"),
    "warehouse": (
        "data warehouse",
        "warehouse",
        "data lake",
        "lakehouse",
        "data platform",
        # where the systems' data is copied to be reported on together
        "reporting layer",
        "reporting database",
        "data mart",
        "operational data store",
    ),
    "email": (
        "email service provider",
        "esp",
        "email",
        "e-mail",
        "sms",
        "push notification",
        "messaging platform",
        "marketing automation",
    ),
    "scheduling": (
        "scheduling",
        "online booking",
        "booking widget",
        "appointment booking",
        "provider directory",
    ),
    "ehr": (
        "ehr",
        "emr",
        "electronic health record",
        "electronic medical record",
        "patient portal",
    ),
    "cms": ("cms", "content management", "web content", "digital experience platform", "dxp"),
    "content": (
        "content variant",
        "content variants",
        "content library",
        "modular content",
        "dam",
        "digital asset management",
        "content tagging",
    ),
    "analytics": (
        "web analytics",
        "product analytics",
        "analytics",
        "business intelligence",
        "bi",
        "dashboard",
        "dashboards",
        "tag management",
        "attribution",
    ),
    "survey": ("survey", "surveys", "nps", "voice of the customer", "voc"),
    "contact_center": (
        "contact center",
        "contact centre",
        "call center",
        "call centre",
        "telephony",
        "ivr",
        "helpdesk",
        "help desk",
        "ticketing",
    ),
    "telehealth": ("telehealth", "telemedicine", "virtual care", "video visit", "virtual visit"),
    "integration": (
        "integration engine",
        "integration platform",
        "ipaas",
        "interface engine",
        "hl7",
        "fhir",
        "etl",
        "elt",
        "api gateway",
    ),
    "advertising": ("paid search", "ad platform", "ads", "advertising", "dsp", "paid media"),
    "erp": ("erp", "enterprise resource planning"),
    "hr": ("hris", "hr system", "learning management", "lms", "payroll"),
    "ecommerce": ("ecommerce", "e-commerce", "online store", "commerce platform"),
    "personalization": ("personalization engine", "recommendation engine", "recommendations"),
}

# Product names (case-sensitive, word-bounded) -> category.
PRODUCTS: dict[str, str] = {
    "Salesforce Health Cloud": "crm",
    "Salesforce Sales Cloud": "crm",
    "Salesforce Service Cloud": "crm",
    "Salesforce Marketing Cloud": "email",
    "Salesforce Data Cloud": "cdp",
    "Salesforce Commerce Cloud": "ecommerce",
    "Salesforce": "crm",
    "HubSpot": "crm",
    "Dynamics 365": "crm",
    "Microsoft Dynamics": "crm",
    "Zoho CRM": "crm",
    "Pipedrive": "crm",
    "Twilio Segment": "cdp",
    "Segment": "cdp",
    "mParticle": "cdp",
    "Tealium": "cdp",
    "RudderStack": "cdp",
    "Adobe Real-Time CDP": "cdp",
    "Treasure Data": "cdp",
    "Amperity": "cdp",
    "Bloomreach": "cdp",
    "LiveRamp": "identity",
    "Snowflake": "warehouse",
    "BigQuery": "warehouse",
    "Redshift": "warehouse",
    "Databricks": "warehouse",
    "Azure Synapse": "warehouse",
    "Braze": "email",
    "Marketo": "email",
    "Mailchimp": "email",
    "Klaviyo": "email",
    "Iterable": "email",
    "Customer.io": "email",
    "Attentive": "email",
    "SendGrid": "email",
    "Twilio": "email",
    "OneTrust": "consent",
    "Cookiebot": "consent",
    "TrustArc": "consent",
    "Osano": "consent",
    "Optimizely": "experimentation",
    "Adobe Target": "experimentation",
    "VWO": "experimentation",
    "LaunchDarkly": "experimentation",
    "Statsig": "experimentation",
    "AB Tasty": "experimentation",
    "Google Optimize": "experimentation",
    "Adobe Experience Manager": "cms",
    "AEM": "cms",
    "Contentful": "cms",
    "WordPress": "cms",
    "Drupal": "cms",
    "Sitecore": "cms",
    "Contentstack": "cms",
    "Google Analytics 4": "analytics",
    "Google Analytics": "analytics",
    "GA4": "analytics",
    "Adobe Analytics": "analytics",
    "Amplitude": "analytics",
    "Mixpanel": "analytics",
    "Tableau": "analytics",
    "Power BI": "analytics",
    "Looker": "analytics",
    "Google Tag Manager": "analytics",
    "Qualtrics": "survey",
    "Medallia": "survey",
    "SurveyMonkey": "survey",
    "Epic Cadence": "scheduling",
    "Kyruus ProviderMatch": "scheduling",
    "Kyruus": "scheduling",
    "Zocdoc": "scheduling",
    "Calendly": "scheduling",
    "MyChart": "ehr",
    "Epic": "ehr",
    "Cerner": "ehr",
    "Oracle Health": "ehr",
    "Meditech": "ehr",
    "athenahealth": "ehr",
    "SAP": "erp",
    "NetSuite": "erp",
    "Genesys Cloud": "contact_center",
    "Genesys": "contact_center",
    "Five9": "contact_center",
    "Talkdesk": "contact_center",
    "Amazon Connect": "contact_center",
    "NICE CXone": "contact_center",
    "Zendesk": "contact_center",
    "Intercom": "contact_center",
    "Freshdesk": "contact_center",
    "ServiceNow": "contact_center",
    "Amwell": "telehealth",
    "Teladoc": "telehealth",
    "Doxy.me": "telehealth",
    "Rhapsody": "integration",
    "MuleSoft": "integration",
    "Boomi": "integration",
    "Fivetran": "integration",
    "Kafka": "realtime",
    "Workday": "hr",
    "Google Ads": "advertising",
    "Meta Ads": "advertising",
    "The Trade Desk": "advertising",
    "Shopify": "ecommerce",
    "Magento": "ecommerce",
    "Dynamic Yield": "personalization",
}

# Short names that mean a listed system's full name (used when folding prose mentions).
ALIASES: dict[str, str] = {
    "GA4": "Google Analytics 4",
    "AEM": "Adobe Experience Manager",
    "Twilio Segment": "Segment",
    "SFMC": "Salesforce Marketing Cloud",
    "Genesys": "Genesys Cloud",
    "Kyruus": "Kyruus ProviderMatch",
}


def _terms_pattern(terms: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    alternatives = sorted(terms, key=len, reverse=True)
    body = "|".join(re.escape(t) for t in alternatives)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


CATEGORY_PATTERNS = {cat: _terms_pattern(terms) for cat, terms in CATEGORY_TERMS.items()}
_PRODUCT_NAMES = sorted(PRODUCTS, key=len, reverse=True)
PRODUCT_PATTERN = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in _PRODUCT_NAMES) + r")(?![\w-])"
)


# A term in another sense than a system's: a warehouse that holds stock, not data ("no
# warehouse management system", "warehouse staff").
_OTHER_SENSE = {
    "warehouse": re.compile(
        r"warehouse\s+(?:management|operations?|operatives?|staff|workers?|space|floors?|"
        r"racking|team|manager|shifts?|building|stock|pick(?:ing|ers)?|dock)\b",
        re.I,
    )
}


def _search(category: str, pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of a category's terms that means the system, not another sense."""
    other = _OTHER_SENSE.get(category)
    for m in pattern.finditer(text):
        if other is None or not other.match(text, m.start()):
            return m
    return None


def categorize(*texts: str | None) -> str:
    """Category of a system from its label, name, then description: first text that matches wins.

    Within one text a generic capability term wins over a product name (``Segment CDP
    (Twilio Segment)`` is a CDP), and categories are tried in priority order.
    """
    for text in texts:
        if not text:
            continue
        for category, pattern in CATEGORY_PATTERNS.items():
            if _search(category, pattern, text):
                return category
        product = PRODUCT_PATTERN.search(text)
        if product:
            return PRODUCTS[product.group(0)]
    return "other"


def capability_of(text: str) -> str | None:
    """The capability an absence statement is about: the earliest category term or product in it."""
    best: tuple[int, str] | None = None
    for category, pattern in CATEGORY_PATTERNS.items():
        found = _search(category, pattern, text)
        if found and (best is None or found.start() < best[0]):
            best = (found.start(), category)
    m = PRODUCT_PATTERN.search(text)
    if m and (best is None or m.start() < best[0]):
        best = (m.start(), PRODUCTS[m.group(0)])
    return best[1] if best else None


# --------------------------------------------------------------------- where things live

# A file or heading that holds a roster. Bare "team" only counts when the heading is about the
# team itself ("Team", "Core team", "Our team"), not "Digital Experience Team Charter".
ROSTER_FILE = re.compile(
    # (a staff forum's agreement, a staff survey or handbook is about staff, not a list of them)
    r"roster|people|staff(?![-_ ]?(?:forum|survey|handbook|council|association|side|agreement|"
    r"consultation|newsletter|engagement|wellbeing|rota))|"
    # (a team's consultation, meeting or briefing is about the team, not a list of it)
    r"teams?\b(?![-_ ]?(?:consultation|meeting|minutes|briefing|update|newsletter|survey))|"
    r"team[-_ ]?members|roles?\b|posts?\b|establishment|org[-_ ]?chart|"
    r"orgchart|directory|"
    r"stakeholders?|raci|who[-_ ]?is[-_ ]?who|contacts|personnel|headcount|structure[-_ ]?chart|"
    r"(?:org|organi[sz]ation(?:al)?|management|reporting|company|club|staff)[-_ ]structure",
    re.IGNORECASE,
)
ROSTER_HEADING = re.compile(
    r"\broster\b|\bpeople\b|\bstaff(ing)?\b|\broles?\b|\borg(ani[sz]ation(al)?)?\s*chart\b|"
    r"\bteam members\b|\bmembers\b|\bwho'?s who\b|\bdirectory\b|\bstakeholders?\b|\braci\b|"
    r"\bstructure chart\b|"
    r"\b(?:org|organi[sz]ation(?:al)?|management|reporting|company|club|staff)\s+structure\b|"
    r"^\s*(the\s+|our\s+)?((core|extended|project|program|working|steering)\s+)?teams?\s*$|"
    r"\b(core|extended|project|program)\s+team\b",
    re.IGNORECASE,
)
SYSTEM_FILE = re.compile(
    r"system|stack|tool|platform|inventor|technolog|martech|\btech\b|applications?|software|"
    r"architecture|vendors?|integrations?",
    re.IGNORECASE,
)
SYSTEM_HEADING = SYSTEM_FILE
# Charters and terms of reference: decision rights and membership, which the learned gap
# reader takes for gates ("Changes to workstream scope ... within the approved budget").
GOVERNANCE_FILE = re.compile(
    r"charter|terms[-_ ]?of[-_ ]?reference|(?:^|[-_ /])tor(?:$|[-_ .])|governance|decision[-_ ]?rights",
    re.IGNORECASE,
)
METRIC_FILE = re.compile(r"metric|kpi|measure|scorecard|indicator|definitions?", re.IGNORECASE)
METRIC_HEADING = re.compile(r"metric|kpi|measure|scorecard|indicator", re.IGNORECASE)
# Sections that talk about systems without listing them (gaps, risks, data quality, decisions).
# (each at a word's start: "Fleet Operations (Singapore)" holds no "gap")
NOT_A_LIST_HEADING = re.compile(
    r"\b(?:gap|risk|issue|quality|constraint|problem|lesson|limitation|question|todo|backlog|"
    r"parked|not committed|decision|history|caveat|vanity|out of scope|concern)",
    re.IGNORECASE,
)

# --------------------------------------------------------------------- column names


def normalize_header(header: str) -> str:
    # an HR system's export names its fields in camel case: "positionTitle", "reportsTo"
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", header.strip())
    text = re.sub(r"[_\-/]+", " ", text.lower())
    text = re.sub(r"[^\w& ]+", "", text)
    return " ".join(text.split())


ROLE_COLUMNS = (
    "role",
    "role name",
    "role title",
    "title",
    "job title",
    "position",
    "job",
    "function title",
    "post",
    "post title",
    "job role",
    "name",
)
PERSON_COLUMNS = ("person", "employee", "full name", "member", "holder", "incumbent", "name")
TEAM_COLUMNS = (
    "team",
    "department",
    "dept",
    "group",
    "function",
    "unit",
    "division",
    "directorate",
    "section",
    "org",
    "organization",
    "organisation",
    "business unit",
    "area",
    "team name",
    "office",
    "practice",
    "squad",
    "branch",
    "service",
)
TIER_COLUMNS = (
    "tier",
    "level",
    "core",
    "core team",
    "core extended",
    "membership",
    "involvement",
    "team tier",
    "type",
)
RESPONSIBILITY_COLUMNS = (
    "responsibilities",
    "responsibility",
    "owns",
    "ownership",
    "notes",
    "scope",
    "duties",
    "description",
    "accountabilities",
    "accountability",
    "focus",
    "remit",
    "role description",
    "what they own",
    "areas",
    # a remit worded as the holder's answer: "What the post answers for", "Accountable for"
    "answers for",
    "accountable for",
    "responsible for",
    "looks after",
    "look after",
    "looks_after",
    "in charge of",
    # a job description's own headings: "Role purpose", "Key result areas", "Purpose of the job"
    "purpose",
    "key result areas",
    "kras",
)
REPORTS_COLUMNS = ("reports to", "manager", "reports", "line manager", "reporting line")
SYSTEM_COLUMNS = (
    "system",
    "tool",
    "platform",
    "application",
    "product",
    "software",
    "vendor",
    "technology",
)
SYSTEM_CATEGORY_COLUMNS = ("category", "capability", "type", "function", "layer", "area")
SYSTEM_DESCRIPTION_COLUMNS = (
    "purpose",
    "description",
    "what it does",
    "use",
    "used for",
    "usage",
    "role",
    "notes",
    "function",
)
OWNER_COLUMNS = ("owner", "owners", "business owner", "owned by", "accountable", "admin")
METRIC_COLUMNS = ("metric", "kpi", "measure", "indicator", "metric name", "kpi name")
DEFINITION_COLUMNS = (
    "definition",
    "formula",
    "description",
    "calculation",
    "how measured",
    "how it is measured",
    "how counted",
    "how it is counted",
    "how calculated",
    "how it is calculated",
)
# A metric table's name column where the file or its heading says it holds measures ("The six
# numbers": | Number | How it is counted | Owner |), not elsewhere.
METRIC_NAME_COLUMNS = ("name", "number", "measure name")
# Columns that say what a thing is or does (a role's duties, a system's purpose, a measure's
# definition, who decides): their cells are read for gaps by the stated shapes and cues only,
# not by the learned reader, which takes "Validates GxP computerised systems" for a gate.
DESCRIBING_COLUMNS = tuple(
    c
    for c in dict.fromkeys(
        (
            *ROLE_COLUMNS,
            *PERSON_COLUMNS,
            *TEAM_COLUMNS,
            *TIER_COLUMNS,
            *RESPONSIBILITY_COLUMNS,
            *REPORTS_COLUMNS,
            *SYSTEM_COLUMNS,
            *SYSTEM_CATEGORY_COLUMNS,
            *SYSTEM_DESCRIPTION_COLUMNS,
            *OWNER_COLUMNS,
            *METRIC_COLUMNS,
            *DEFINITION_COLUMNS,
            "what it is for",
            "what we use it for",
            "decision",
            "decides",
            "who decides",
            "consulted",
            "consult",
        )
    )
    if c != "notes"  # where a roster or an inventory says what is wrong with it
)
# Where a measure's figure comes from ("| Source |", "| Data source |", "| Source and caveats |").
DATA_SOURCE_COLUMNS = ("source", "data source", "source system", "system of record", "system")
BASELINE_COLUMNS = ("baseline", "current", "current value", "today", "baseline value")
TARGET_COLUMNS = ("target", "goal", "target value")


def find_column(
    headers: list[str],
    candidates: tuple[str, ...],
    *,
    exclude: frozenset[int] | set[int] = frozenset(),
    contains: bool = True,
) -> int | None:
    """Index of the first header equal to a candidate (in candidate order), then one containing it."""
    normalized = [normalize_header(h) for h in headers]
    for candidate in candidates:
        for i, h in enumerate(normalized):
            if i not in exclude and h == candidate:
                return i
    if not contains:
        return None
    for candidate in candidates:
        if len(candidate) < 4:
            continue
        for i, h in enumerate(normalized):
            if i not in exclude and re.search(rf"\b{re.escape(candidate)}\b", h):
                return i
    return None


TIER_WORDS = {
    "core": "core",
    "core team": "core",
    "yes": "core",
    "y": "core",
    "true": "core",
    "1": "core",
    "tier 1": "core",
    "primary": "core",
    "decision maker": "core",
    "extended": "extended",
    "extended team": "extended",
    "ext": "extended",
    "no": "extended",
    "n": "extended",
    "false": "extended",
    "2": "extended",
    "tier 2": "extended",
    "secondary": "extended",
    "stakeholder": "extended",
    "consulted": "extended",
    "consultative": "extended",
    "informed": "extended",
    "advisory": "extended",
    "advisor": "extended",
    "support": "extended",
    "supporting": "extended",
    "wider": "extended",
    "wider team": "extended",
}


def parse_tier(value: str | None, *, column: str = "") -> str | None:
    """``core``/``extended`` from a tier cell, or None when it does not say."""
    if not value:
        return None
    text = normalize_header(value)
    if normalize_header(column) in {"core", "core team"}:  # a yes/no "core" column
        return (
            TIER_WORDS.get(text) if text in {"yes", "y", "true", "1", "no", "n", "false"} else None
        )
    if text in TIER_WORDS:
        return TIER_WORDS[text]
    if re.search(r"\bcore\b", text):
        return "core"
    if re.search(r"\b(extended|stakeholder|advis|consult|wider|support)", text):
        return "extended"
    return None
