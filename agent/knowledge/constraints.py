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
from functools import cache

from agent.knowledge.gapmodel import read_gap
from agent.knowledge.lexicon import lexicon
from agent.knowledge.text import NUMBER_WORDS
from agent.knowledge.timeline import MONTH, month_number

# Each gated on a cheap test first: most sentences hold none of these words.
_GATE = re.compile(
    r"\b(?:only|paper|manual(?:ly)?|spreadsheets?|excel|retain(?:ed)?|kept|deleted|purged|"
    r"consult(?:ed)?|approv\w*|allowed|permitted|prohibited|forbid\w*|cannot|can't|may not|must not|"
    r"must be|requires?|limited|not (?:connected|integrated|linked|digiti[sz]ed|tracked|measured|"
    r"recorded|captured|shared|available|standardi[sz]ed|automated)|no (?:one|single)|"
    r"outdated|out of date|end[- ]of[- ]life|unsupported|legacy|siloed|fragmented|inconsistent|"
    r"vacant|unfilled|lacks?|nobody|share|shared|without|overwritten|below|above|notice|bargain\w*|"
    r"right to|veto|ends?|expires?|extended support|end of support|unsupported|standalone|"
    r"per plant|per site|per store|per hotel|differ\w*|no common|none is|not budgeted|defined per|"
    r"scanned|by hand|verbal|part-time|only|required|shall|has no|have no|not yet|need|needs|"
    r"do not|does not|don't|doesn't|decision|incomplete|missing|patchy|unreliable|partial|"
    r"out of support|no longer supported|weekly|monthly|nightly|overnight|not on|"
    r"not validated|not verified|not monitored|not searchable|not reported|by phone|"
    r"by telephone|by fax|by post|filled in|filled out|oblige\w*|consultation|go to|goes to|"
    r"must)\b",
    re.I,
)

# A participle the org says of itself in the negative: "Our vans are not refrigerated", "the
# vacancy target is not set", "records from 2019 were not migrated". Not a plan's own scope or
# a state that is fine ("not affected", "not required", "not expected to rise").
_NOT_DONE = re.compile(
    r"(?P<subj>[^.;:]{2,80}?)\s+(?:is|are|(?P<past>was|were)|has\s+been|have\s+been)\s+not\s+"
    r"(?:yet\s+)?"
    r"(?!(?:affected|expected|needed|required|intended|concerned|involved|included|planned|"
    r"allowed|permitted|obliged|limited|restricted|used\s+to|counted|deducted|excluded|"
    r"charged|scheduled|funded|changed|listed|shown|described|covered|named|damaged|harmed|"
    r"missed|delayed|stopped|lost|hurt|injured|breached|exceeded|cancelled|"
    r"(?:kept|held|recorded)\s+(?:here|in\s+this))\b)"
    r"(?P<done>[a-z]{3,}ed|set|kept|held|built|run|paid|known|shown|given|taken|written|done|made|"
    r"sent|sold|bought|brought|told)"
    # ("was not finished until March" tells when a thing was done; "is not set until the
    # review" that it is still not done)
    r"\b(?(past)(?!\s+until\b))(?P<scope>[^.;]{0,60})",
    re.I,
)

_LIMITATIONS = [
    # "The five Opera 5 hotels do not share guest profiles", "cannot export the permit history"
    re.compile(
        r"(?P<subj>[^.;:]{2,80}?)\s+(?:do|does|did|can|could)\s*(?:not|n't)\s+(?:share|connect|integrate|"
        r"talk|exchange|export|import|read|see|reach|sync|link|support|handle|track|record|scale|"
        r"publish|audit|monitor|report(?!\s+to\b))\b",
        re.I,
    ),
    # "Duetto only prices the nine Opera Cloud hotels"
    re.compile(r"(?P<subj>[^.;:]{3,60}?)\s+only\s+(?!if\b|when\b)[a-z]+s\b", re.I),
    # "The supply at the depot supports only six chargers", "the hall seats only 120 people"
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:supports?|takes?|holds?|serves?|seats?|fits?|carries|"
        r"carry|handles?|allows?)\s+only\s+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|"
        r"nine|ten|eleven|twelve)\s+\w+",
        re.I,
    ),
    # "priced by hand in spreadsheets", "approvals are verbal"
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:is|are|were)\s+(?:\w+\s+){0,2}?(?:by hand|verbal|manual|"
        r"scanned images|part-time|standalone|not networked|not budgeted)\b",
        re.I,
    ),
    # "keep sensor data for 7 days", "older data is overwritten"
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:keeps?|kept|retains?|retained|stores?|stored|buffers?|holds?)\s+"
        r"[^.;]{0,50}?\bfor\s+(?:only\s+)?(?:\d+|one|two|three|seven|thirty)\s+(?:days?|weeks?|months?)",
        re.I,
    ),
    re.compile(r"(?P<subj>[^.;:]{3,80}?)\s+(?:is|are)\s+(?:then\s+)?overwritten\b", re.I),
    # "is below our 50 Mbps per room standard"
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:is|are|runs?|sits?)\s+(?:\w+\s+)?(?:below|under)\s+(?:our|the)\s+[^.;]{2,60}",
        re.I,
    ),
    # "held in 7 systems with no common codes", "defined per plant"
    re.compile(r"(?P<subj>[^.;:]{3,80}?)\s+with\s+no\s+(?:common|shared|single|agreed)\b", re.I),
    re.compile(r"(?P<subj>[^.;:]{3,80}?)\s+(?:is|are)\s+defined\s+(?:per|by|differently)\b", re.I),
    # "the lease ends in March 2029", "extended support ends on 31 March 2029"
    re.compile(
        # "ends" as a verb, with its date: "at month end," is a noun and binds nothing.
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:(?:will\s+)?(?:ends?|expires?)\s+(?:in|on|by|before|after|at the end|this|next|\d|"
        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d|20\d\d))|runs out|is end[- ]of[- ]life|reaches end of (?:life|support))\b",
        re.I,
    ),
    re.compile(r"(?P<subj>[^.;:]{3,80}?)\s+(?:is|are)\s+not\s+(?:yet\s+)?budgeted\b", re.I),
    re.compile(r"\b(?P<subj>none\s+(?:is|are|has been|have been)\s+[a-z]+)", re.I),
    # "can only be reached from MuleSoft", "may only be used for"
    re.compile(r"(?P<subj>[^.;:]{3,80}?)\s+(?:can|may|could)\s+only\s+be\s+\w+", re.I),
    # "kept by one part-time GIS officer", "run by a single person"
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:is|are)\s+(?:kept|run|maintained|managed|done)\s+by\s+(?:one|a single|only one)\b",
        re.I,
    ),
    # "are not yet in it", "is not yet live"
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:is|are)\s+not\s+yet\s+(?:in|on|live|available|connected)\b",
        re.I,
    ),
    # "has no second line", "which has no backup"
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:has|have)\s+no\s+(?:second|backup|spare|redundant|fallback)\b",
        re.I,
    ),
    # "MES runs only at two of five plants", "covers only the Xuzhou site", "available in English only"
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:\w+\s+){0,3}?only\s+(?:at|in|for|on|covers?|across|to|within|as)\s+"
        r"(?P<scope>[^.;]{2,80})",
        re.I,
    ),
    re.compile(r"(?P<subj>[^.;:]{3,80}?)\s+(?:in|at)\s+(?P<scope>[A-Za-z]+)\s+only\b", re.I),
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:is|are|were|remain|stay)\s+(?:still\s+)?(?:kept|recorded|"
        r"logged|tracked|managed|done|run|held|filed|keyed(?:\s+in)?|entered|typed|re-?keyed|"
        r"maintained|updated|compiled|collated|reconciled)\s+(?:\w+\s+){0,2}?(?:on\s+paper|in\s+"
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
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:is|are|has\s+been|have\s+been|remains?)\s+(?:now\s+)?"
        r"(?:outdated|out of date|end[- ]of[- ]life|out of support|no longer supported|"
        r"unsupported|siloed|fragmented|inconsistent|vacant|unfilled|incomplete|missing|patchy|"
        r"unreliable)\b",
        re.I,
    ),
    re.compile(
        r"\b(?:no\s+(?:one|single\s+(?:role|person|team|owner))|nobody)\s+(?P<subj>[^.;]{3,80})",
        re.I,
    ),
    re.compile(r"^only\s+[\d.,]+\s?%?\s+of\s+(?P<subj>[^.;]{3,80}?)\s+(?:is|are)\b", re.I),
    # "Routing tables (postcode to depot): maintained by hand by each depot"
    re.compile(
        r"^(?P<subj>[^.;:]{3,80}?)\s*:\s*(?:\w+\s+)?(?:maintained|kept|keyed(?:\s+in)?|updated|"
        r"compiled|recorded|held|run)\s+(?:\w+\s+){0,2}?(?:by hand|manually|on paper|in\s+"
        r"(?:spreadsheets?|excel))",
        re.I,
    ),
    # "Ground handlers key their turnaround milestones in manually after the event"
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:key|keys|enter|enters|type|types|re-?keys?|copy|copies|"
        r"record|records|log|logs|track|tracks)\s+[^.;]{2,60}?\s+(?:in\s+)?(?:manually|by hand|"
        r"on paper|in\s+(?:spreadsheets?|excel))\b",
        re.I,
    ),
    # "EDC data reaches the warehouse weekly, not daily"
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:reaches|arrives\s+in|lands\s+in|refreshes|updates|syncs|"
        r"loads|is\s+(?:loaded|refreshed|updated|synced))\s+(?:[\w-]+\s+){0,3}?(?:weekly|monthly|"
        r"daily|nightly|overnight|once\s+a\s+(?:week|day|month))\s*,?\s+not\s+(?:daily|hourly|"
        r"weekly|in\s+real[- ]time|real[- ]time|live)",
        re.I,
    ),
    # "(Terminal 2 not measured)", "post vacant since May 2026"
    re.compile(
        r"\((?P<subj>[^()]{3,60}?)\s+(?:is\s+|are\s+)?not\s+(?:yet\s+)?(?:measured|tracked|"
        r"recorded|captured|available)\)",
        re.I,
    ),
    # "Programme Director post still vacant"
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:is\s+|are\s+)?(?:still|currently)\s+(?:vacant|unfilled)\b",
        re.I,
    ),
    re.compile(r"\b(?P<subj>(?:the\s+)?(?:post|position|role|vacancy))\s+(?:is\s+)?vacant\b", re.I),
    # "Light-rail vehicles are not on CAD/AVL": a system (an acronym, or named as one) that
    # does not reach them; "not on Main Street" says nothing of the kind
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:is|are)\s+not\s+(?:yet\s+)?on\s+(?:the\s+)?"
        r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
        r"(?P<scope>[A-Z]{2,}[\w/&-]*|(?i:(?:[\w-]+\s+){0,3}?(?:system|platform|"
        r"network|register|database|app|portal))s?)\b"
    ),
    # "incident reports are filled in on paper forms"
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:is|are)\s+(?:filled\s+(?:in|out)|written|completed|submitted)"
        r"\s+(?:\w+\s+){0,2}?(?:on\s+paper|by\s+hand|in\s+(?:spreadsheets?|excel))",
        re.I,
    ),
    # "app tickets are not validated electronically", "incident reports are not searchable"
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:is|are)\s+not\s+(?:validated|verified|monitored|"
        r"searchable|reported|audited)\b(?P<scope>[^.;]{0,60})",
        re.I,
    ),
    # "trips are booked by phone only", "orders are still taken by fax"
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:is|are)\s+(?:still\s+(?:\w+\s+){1,2}?by\s+(?:tele)?(?:phone|fax|post)"
        r"|(?:\w+\s+){1,2}?(?:only\s+by\s+(?:tele)?(?:phone|fax|post)|by\s+(?:tele)?(?:phone|fax|post)\s+only))\b",
        re.I,
    ),
]

_CONSTRAINTS = [
    # "Any change to fees is a key decision for Cabinet"
    re.compile(
        r"(?P<subj>[^.;:]{3,100}?)\s+(?:is|are)\s+(?:a\s+)?(?:key\s+)?decisions?\s+for\s+(?P<scope>[^.;]{2,80})",
        re.I,
    ),
    # "Closing any contact centre line is a key decision: it must go to Cabinet ..." (a key
    # decision is one a council's executive takes, on notice, whoever it is said to)
    re.compile(
        r"(?P<subj>[^.;:]{3,100}?)\s+(?:is|are)\s+(?:a\s+)?key\s+decisions?\b(?P<scope>[^.;]{0,120})",
        re.I,
    ),
    # "must appear on the forward plan at least 28 days before", "must go through Pay360",
    # "is required before any new service processes personal data", "need a Cabinet decision"
    re.compile(
        r"(?P<subj>[^.;:]{3,100}?)\s+(?:must|shall|has to|have to|is required to|are required to)\s+"
        r"(?:\w+\s+){0,6}?(?:before|through|by|within|approv\w*|consult\w*|publish\w*|sign\w*|notif\w*)\b"
        r"(?P<scope>[^.;]{0,120})",
        re.I,
    ),
    re.compile(
        r"(?P<subj>[^.;:]{3,100}?)\s+(?:is|are)\s+required\s+before\b(?P<scope>[^.;]{0,120})", re.I
    ),
    re.compile(
        r"(?P<subj>[^.;:]{3,100}?)\s+needs?\s+(?:a|an|the)?\s*(?:\w+\s+){0,2}?(?:decision|approval|consent|"
        r"sign-?off|permission|licen[cs]e)\b(?P<scope>[^.;]{0,100})",
        re.I,
    ),
    # "the works council must be consulted before any change to shift patterns"
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)\s+must\s+(?:be\s+)?(?:consulted|informed|notified|involved|approve|"
        r"approved|sign\s+off|agree|agreed)\b(?P<scope>[^.;]{0,120})",
        re.I,
    ),
    re.compile(
        r"(?P<subj>[^.;:]{3,100}?)\s+(?:requires?|needs?|is\s+subject\s+to|must\s+(?:get|have|go\s+through))\s+"
        r"(?:the\s+|prior\s+|formal\s+|written\s+|\d+\s+days'?\s+)?"
        r"(?:approval|sign-?off|consent|agreement|consultation|notice|bargaining|negotiation|release|"
        r"assessment|review|key decision|publication)\b(?P<scope>[^.;]{0,100})",
        re.I,
    ),
    # "owners keep the right to approve capital spending", "holds a veto over design"
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:keeps?|keep|retains?|holds?|has|have)\s+(?:the\s+)?(?:right|power)\s+to\s+"
        r"(?:approve|veto|block|refuse)\b(?P<scope>[^.;]{0,100})",
        re.I,
    ),
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:holds?|has|have)\s+(?:a|the)\s+veto\b(?P<scope>[^.;]{0,80})",
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
    # "The agreement does not allow part-time operators", "do not oblige franchisees to follow"
    re.compile(
        r"(?P<subj>[^.;:]{3,100}?)\s+(?:do|does)\s+not\s+(?:allow|permit|oblige)\b(?P<scope>[^.;]{0,100})",
        re.I,
    ),
    # "Changes to shift patterns go to the Joint Consultative Committee", "Spend above 5m goes to
    # the Board": a change, a spend or a paper put to a body ("Profits go to the board" is none)
    re.compile(
        r"(?P<subj>[^.;:]{0,60}?\b(?:changes?|spend(?:ing)?|papers?|proposals?|decisions?|plans?|"
        r"budgets?|investments?|contracts?|cases?|requests?|closing|closures?|changing|ending)\b"
        r"[^.;:]{0,60}?)\s+(?:must\s+)?"
        r"(?:go|goes|are\s+referred|is\s+referred)\s+to\s+(?:the\s+)?(?P<scope>[^.;]{0,80}?\b(?:committee|"
        r"council|board|forum|panel|union|cabinet)s?)\b(?!\s+(?:fund|account|budget|pot)s?\b)",
        re.I,
    ),
]

# Shapes read after the cues and the counted shortfall, where neither reads the sentence: the
# participle said in the negative, a capacity's ceiling, an unreliable line, a clause that says
# "do not" of a second group; a rule that only one body changes, a dependency on a decision,
# a set time to comment.
_FALLBACK_CONSTRAINTS = [
    # "Competition regulations are changed only by the Council", "can be varied only with the
    # funder's written agreement"
    re.compile(
        r"(?P<subj>[^.;:]{3,100}?)\s+(?:is|are|can\s+be|may\s+be)\s+(?:changed|amended|varied|set|"
        r"approved|decided|agreed|made)\s+only\s+(?:by|with|at|through)\b(?P<scope>[^.;]{0,100})",
        re.I,
    ),
    # "a match fee for them needs a change to the Referees' Code", "depends on the spending
    # review in autumn 2030", "is conditional on the Board's approval"
    re.compile(
        r"(?P<subj>[^.;:]{3,100}?)\s+(?:needs?|requires?)\s+(?:a|an)\s+(?:change|amendment|"
        r"variation)\s+to\b(?P<scope>[^.;]{0,100})",
        re.I,
    ),
    re.compile(
        r"(?P<subj>[^.;:]{3,100}?)\s+(?:depends?|is\s+conditional|are\s+conditional)\s+on\s+"
        r"(?P<scope>(?:the\s+|a\s+|an\s+)?[\w'’ -]{0,40}?(?:review|approval|decision|agreement|"
        r"consent|vote|budget|funding|outcome|award|settlement)s?\b[^.;]{0,80})",
        re.I,
    ),
    # "The Volunteers' Forum is given six weeks to comment on any proposal"
    re.compile(
        r"(?P<subj>[^.;:]{3,100}?)\s+(?:is|are|must\s+be)\s+given\s+(?:at\s+least\s+)?"
        r"(?:\d+|one|two|three|four|five|six|eight|ten|twelve)\s+(?:working\s+)?(?:days?|weeks?|"
        r"months?)\s+to\s+(?:comment|respond|consider|reply|object)\b(?P<scope>[^.;]{0,100})",
        re.I,
    ),
    # "Consultation on a roster change lasts at least 45 days", "takes a minimum of 12 weeks"
    re.compile(
        r"(?P<subj>[^.;:]{3,100}?)\s+(?:lasts?|takes?|runs?|needs?|requires?)\s+(?:at\s+least|a\s+minimum"
        r"\s+of|no\s+less\s+than|not\s+less\s+than)\s+(?:\d+|one|two|three|four|five|six|eight|ten|"
        r"twelve)\s+(?:working\s+|calendar\s+|clear\s+)?(?:days?|weeks?|months?)\b(?P<scope>[^.;]{0,100})",
        re.I,
    ),
    # "The capital programme is agreed each October", "grants are released only in April"
    re.compile(
        r"(?P<subj>[^.;:]{3,100}?)\s+(?:is|are)\s+(?:agreed|set|released|approved|decided|allocated)"
        # (a month or a season: the one window in the year; "approved each year by the
        # committee" is a rhythm, no limit)
        r"\s+(?:each|every|only\s+in)\s+(?:spring|summer|autumn|winter|january|february|march|"
        r"april|may|june|july|august|september|october|november|december)\b(?P<scope>[^.;]{0,100})",
        re.I,
    ),
    # "The Tarva pier is owned by the Estate, whose consent is needed for any work on it"
    re.compile(
        r"(?P<subj>[^.;:]{3,100}?),?\s+whose\s+(?:consent|approval|agreement|permission)\s+is\s+"
        r"(?:needed|required)\b(?P<scope>[^.;]{0,100})",
        re.I,
    ),
    # "A league plays one format: it cannot hold 10-a-side and 15-a-side fixtures"
    # (or after a semicolon: "WarnDesk is a text editor; it cannot draw a warning area")
    re.compile(
        r"(?P<subj>[^.;:]{3,100}?)[:;]\s+(?:it|they|this)\s+(?:cannot|can't|may\s+not)\s+"
        r"(?P<scope>(?:hold|take|handle|store|run|record|show|carry|support|process|read|send|"
        r"print|accept|book|link|connect|track|export|import|draw|map|plot|produce|issue|keep)"
        r"\b[^.;]{0,100})",
        re.I,
    ),
]
_FALLBACK_LIMITATIONS = [
    _NOT_DONE,
    # "Same-day delivery has never been offered", "our vans have never carried chilled goods",
    # "the warnings survey has run only once"
    re.compile(
        # (never missed, failed, exceeded or lost anything: good news, no gap)
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:has|have|had)\s+(?:never\s+(?:been\s+)?(?!(?:missed|failed|"
        r"exceeded|breached|lost|dropped|closed|cancelled|delayed|overrun|overspent|needed|required|"
        r"had)\b)(?:[a-z]{2,}ed|{done})"
        r"|(?:been\s+)?(?:[a-z]{2,}ed|{done})\s+only\s+once(?=\s*(?:[,.;]|$|\s+(?:in|since|so\s+far|"
        r"before|a\s+year|every)\b)))\b(?P<scope>[^.;]{0,80})".replace(
            "{done}", "run|done|made|held|sent|seen|taken|given|shown|written|carried|offered"
        ),
        re.I,
    ),
    # "The services contract sets no carbon target", "PortLog publishes no feed the app can read"
    # (not "sets no new conditions": only a target, a baseline or a standard is wanting)
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:sets\s+no\s+(?P<set>(?:[\w-]+\s+){0,2}(?:targets?|baselines?|"
        r"standards?|budgets?|deadlines?|measures?|(?:attendance|response|repair)\s+times?|"
        r"service\s+levels?)\b)|(?:publishes|sends|shares|produces|exports|"
        r"provides|offers|collects)\s+no\s+(?!(?:cause|concerns?|problems?|issues?|risks?|reasons?|"
        r"complaints?|objections?|grounds?|surprises?)\b)(?P<scope>[a-z][^.;]{2,80}))",
        re.I,
    ),
    # "The certificate has been renewed for 12 months only", "licensed until 2030 only"
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:renewed|"
        r"extended|granted|issued|licensed|approved|agreed|funded)\s+(?:for|until|to)\s+"
        r"(?P<scope>[^.;]{1,40}?)\s+only\b",
        re.I,
    ),
    # "The Training Centre can take 24 new entrants a year", "the pitch can take no more than
    # three matches in seven days"
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)(?:\s+|[:;]\s+(?:it|they)\s+)can\s+(?:only\s+)?(?:take|train|handle|"
        r"hold|seat|serve|process|"
        r"carry|store)\s+(?:up\s+to\s+|no\s+more\s+than\s+|at\s+most\s+)?(?:\d[\d,]*|two|three|"
        r"four|five|six)\s+[\w' -]{0,30}?\s*(?:(?:a|per)\s+(?:year|month|week|day|shift|hour)|"
        r"in\s+(?:\w+\s+)?(?:days?|weeks?|months?))\b",
        re.I,
    ),
    # "The version of SailBook we run goes out of its supplier's support in December 2029"
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:goes|go|went|falls?|drops?)\s+out\s+of\s+"
        r"(?:(?:its|their|the)\s+)?(?:[\w'’]+\s+){0,2}support\b(?P<scope>[^.;]{0,80})",
        re.I,
    ),
    # "runs a single shift and fills at most 540,000 items a month", "to a ceiling of £150,000"
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:(?:fills|handles|holds|takes|processes|carries|sorts|"
        r"can\s+\w+)\s+(?:at\s+most|no\s+more\s+than|a\s+maximum\s+of)|"
        r"(?:\w+\s+){0,4}?(?:to|up\s+to)\s+a\s+ceiling\s+of)\s+[£$€]?\d",
        re.I,
    ),
    # "The broadband line drops several times a week", "the scanner fails most mornings"
    re.compile(
        r"(?P<subj>[^.;:]{3,80}?)\s+(?:drops|fails|goes\s+down|crashes|breaks\s+down|freezes)\s+"
        r"(?:out\s+)?(?:several|many|two|three|a\s+few|most|some)?\s*(?:times|mornings|days|nights|"
        r"weeks)\b",
        re.I,
    ),
    # "practices in Devon send referrals through the system; practices in Cornwall do not."
    # (in the same sentence, after what the others do; not after what binds them: "Exterior
    # works need consent; interior works do not" is relief, not a gap)
    re.compile(
        r"^(?![^;]*\b(?:needs?|requires?|must|consent|approv\w*|permission|licen[cs]e)\b)[^;]{10,}"
        r"(?:;|,\s+(?:but|whereas|while))\s+(?P<subj>(?!(?:it|what|which|that|they|some|most|many|"
        r"few|others?|the\s+rest|one|two|three|four|five)\s+(?:do|does|did)\b)[^.;:,]{3,80}?)\s+"
        r"(?:do|does|did)\s+not\.?\s*$",
        re.I,
    ),
]


_LEAD = re.compile(
    r"^(?:[-*•]\s*)?(?:\*\*)?(?:today,?\s+|currently,?\s+|note:\s*|however,?\s+)?", re.I
)


_SUBJECT = re.compile(r"^\(\?P<subj>\[\^\.;:\]\{[23],\d+\}\?\)")


def _anchor(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """What follows a leading lazy subject: a pattern can only match where this does. Searched
    first, it spares the subject scan (at every position, up to 100 characters each) in the
    sentences that cannot match; the results are the same (measured in issue 17)."""
    head = _SUBJECT.match(pattern.pattern)
    return re.compile(pattern.pattern[head.end() :], pattern.flags) if head else None


_FALLBACK = (("constraint", _FALLBACK_CONSTRAINTS), ("limitation", _FALLBACK_LIMITATIONS))
_ANCHORS = {
    id(p): _anchor(p)
    for p in (*_CONSTRAINTS, *_LIMITATIONS, *_FALLBACK_CONSTRAINTS, *_FALLBACK_LIMITATIONS)
}


def find_statements(sentence: str, *, learned: bool = True) -> list[tuple[str, str]]:
    """(kind, subject) for each limitation or constraint a sentence states: first the
    sentence shapes above, then the general vocabulary of gaps (lexicon ``gap_cues``), then,
    with ``learned``, the learned reader (agent.knowledge.gapmodel)."""
    return [] if good_news(sentence) else statements(sentence, learned=learned)


def statements(sentence: str, *, learned: bool = True) -> list[tuple[str, str]]:
    """``find_statements`` for a caller that has read the good-news guard already."""
    if _decision_rights().search(" ".join(sentence.split())):
        return []  # a delegated authority says whom to ask, not that a change is gated
    if role_legend(sentence) or _document_status().search(sentence):
        return []  # how the plan's roles work; what a document is, not what the org is
    # A subject stops at a full stop, not at a version's or a figure's point ("version 3.8")
    # (the general vocabulary reads figures as written: "rated at 1.5 MVA", "07.00 to 19.00")
    shaped = _GATE.search(sentence) and _pointed(sentence)
    if shaped:
        return shaped
    # The cues, the counted shortfall and the learned reader read the line without its bullet,
    # and none of them reads one whose words say the gap is solved, met, a duty or a decision
    # right ("paper forms were retired in 2024").
    plain = _LEAD.sub("", " ".join(sentence.split()))
    if _cue_guards().search(plain):
        return []
    return (
        _cued(plain)
        or _short(plain)
        or _pointed(plain, _FALLBACK)
        or (_learned(plain) if learned else [])
    )


_DECIMAL = re.compile(r"(?<=\d)\.(?=\d)")
_POINT = "\u2024"  # one dot leader: no clause punctuation to the patterns


def _pointed(
    sentence: str, tiers: tuple[tuple[str, list[re.Pattern[str]]], ...] | None = None
) -> list[tuple[str, str]]:
    """``_shaped`` on a sentence whose figures' points ("version 3.8") are no full stops to
    the patterns, the points given back in the subjects."""
    return [(k, t.replace(_POINT, ".")) for k, t in _shaped(_DECIMAL.sub(_POINT, sentence), tiers)]


def good_news(sentence: str) -> bool:
    """A gap's words that report good news or a problem already solved ("no shortage of
    toolmakers", "paper job cards were retired in 2024")."""
    return bool(_guards().search(sentence))


def document_status(sentence: str) -> bool:
    """The sentence says what a document is or how it frames itself, not what the org is."""
    return bool(_document_status().search(sentence))


def role_legend(sentence: str) -> bool:
    """The sentence says how the plan's roles work, not what the org lacks: a legend of the
    roster's tiers, or the bounds of a body's part ("it takes no decisions", "has no vote")
    where it says nothing that must be put to the body first."""
    if _tier_legend().search(sentence) or _owner_legend().match(sentence.strip()):
        return True
    bounds, unless = _role_bounds()
    return bool(bounds.search(sentence)) and not unless.search(sentence)


@cache
def _owner_legend() -> re.Pattern[str]:
    # case-sensitive: the post is written as a title ("the Data Platform Lead")
    return re.compile(lexicon()["owner_legend"])


@cache
def _document_status() -> re.Pattern[str]:
    return re.compile(lexicon()["document_status"], re.I)


@cache
def _role_bounds() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile(lexicon()["role_bounds"], re.I),
        re.compile(lexicon()["role_bounds_unless"], re.I),
    )


@cache
def _guards() -> re.Pattern[str]:
    return re.compile(lexicon()["gap_guards"], re.I)


@cache
def _decision_rights() -> re.Pattern[str]:
    return re.compile(lexicon()["decision_rights"], re.I)


@cache
def _tier_legend() -> re.Pattern[str]:
    return re.compile(lexicon()["tier_legend"], re.I)


@cache
def _cue_guards() -> re.Pattern[str]:
    return re.compile(lexicon()["cue_guards"], re.I)


@cache
def _learned_guards() -> re.Pattern[str]:
    return re.compile(lexicon()["learned_guards"], re.I)


@cache
def _cue_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    # constraint before absence before limitation: "needs the client's written instruction"
    # binds the plan whatever else the sentence admits
    cues = lexicon()["gap_cues"]
    return tuple(
        (kind, re.compile("|".join(f"(?:{p})" for p in cues[kind]), re.I))
        for kind in ("constraint", "absence", "limitation")
    )


_CLAUSE_END = re.compile(r"[;:\u2014\u2013]|,\s+(?:so|and|but|which|while)\b|\s+-\s+")
_CHANGE_TO = re.compile(
    r"^(?:any\s+|all\s+)?(?:changes?|alterations?|variations?|amendments?)\s+(?:to|of|in)\s+", re.I
)


def _cued(text: str) -> list[tuple[str, str]]:
    if len(text.split()) < 4:
        return []  # a label ("Peak change freeze.")
    for kind, pattern in _cue_patterns():
        m = pattern.search(text)
        if m:
            subject = _cue_subject(text, m.start(), m.end())
            changed = _CHANGED.search(text, m.start())
            if (
                kind == "constraint"
                and changed
                and (len(subject.split()) <= 2 or _AUXILIARY_END.search(subject))
            ):
                # "Usdaw is consulted 45 days before any change to shift patterns": the
                # constraint is on shift patterns, not on Usdaw
                subject = changed.group("what").strip()
            return [(kind, subject)]
    return []


# What there is, then what is needed, both counted: "The unit has six beds; on an average day
# nine patients need one", "18 doors; peak inbound needs about 26 slots", "22 staff beds for a
# winter crew of 140". A capacity stated below the need is a limitation; one above it is not.
_NUMBER = {w: n for n, w in enumerate(NUMBER_WORDS)}
_COUNT = r"(?:\d[\d,]*(?:\.\d+)?|" + "|".join(_NUMBER) + r")"
_HAVE = rf"^(?P<have>[^;.]*?\b(?P<a>{_COUNT})\s+(?:[\w-]+\s+){{0,3}}?[a-z-]+s\b[^;.]*?)"
_THEN = r"(?:[;,.]|\s(?:and|but|while|whereas)\s)[^;.]*?\b"
_ABOUT = r"(?:about\s+|around\s+|roughly\s+|some\s+|up\s+to\s+|at\s+least\s+|nearly\s+)?"
_SHORT = tuple(
    re.compile(p, re.I)
    for p in (
        # "... 18 doors; peak inbound needs about 26"
        rf"{_HAVE}{_THEN}(?:needs?|required?|requires|calls?\s+for|demand\s+(?:is|of)|"
        rf"forecast\s+(?:is|of))\s+(?:\w+\s+){{0,2}}?{_ABOUT}(?P<b>{_COUNT})\b",
        # "... six beds; on an average day nine patients need one"
        rf"{_HAVE}{_THEN}(?P<b>{_COUNT})\s+(?:[\w-]+\s+){{0,4}}?(?:need|require)s?\b",
        # "22 staff beds for a winter crew of 140"
        rf"^(?P<have>[^;.]*?\b(?P<a>{_COUNT})\s+(?:[\w-]+\s+){{0,2}}?[a-z-]+s)\s+for\s+"
        rf"(?:an?|the|our|its)\s+(?:[\w-]+\s+){{0,3}}?(?:crew|team|workforce|intake|cohort|staff|"
        rf"population|demand|peak)\s+of\s+{_ABOUT}(?P<b>{_COUNT})\b",
    )
)


def _count(word: str) -> float:
    return float(_NUMBER.get(word.lower(), 0)) if word.isalpha() else float(word.replace(",", ""))


def _short(text: str) -> list[tuple[str, str]]:
    """A capacity counted below the need counted beside it (see _SHORT)."""
    for pattern in _SHORT:
        m = pattern.search(text)
        if m and _count(m.group("b")) > _count(m.group("a")) * 1.1:
            return [("limitation", _bare(m.group("have").strip(" ,-*"))[:80])]
    return []


_AUXILIARY_END = re.compile(r"\s(?:is|are|must|shall|will|be|has|have)$", re.I)
_CHANGED = re.compile(
    r"\bbefore\s+(?:any|a|each|every)\s+(?:changes?|alterations?)\s+(?:to|of|in)\s+"
    r"(?:the\s+|our\s+)?(?P<what>[^.;,]{3,60}?)(?=\s+(?:in|at|under|for)\s|[.;,]|$)",
    re.I,
)


def _learned(text: str) -> list[tuple[str, str]]:
    """The learned reader (agent.knowledge.gapmodel) for a sentence no shape or cue reads:
    most gaps are stated in words no list holds. A line of a few words is a label, not a
    statement."""
    if len(text.split()) < _LEARNED_MIN_WORDS:
        return []
    if _learned_guards().search(text):
        return []
    kind = read_gap(text)
    return [(kind, _cue_subject(text, 0, 0))] if kind else []


_LEARNED_MIN_WORDS = 8


_ARTICLE = re.compile(r"^(?:the|our|all|any|every)\s+", re.I)


def _bare(subject: str) -> str:
    """A subject without its leading article or quantifier ("the rest of the fleet")."""
    return _ARTICLE.sub("", subject)


_NO_SUBJECT = re.compile(
    r"(?:\d+(?:\.\d+)*|[a-z]\))?\s*(?:there\s+(?:is|are|will\s+be)(?:\s+to\s+be)?)?\s*"
    r"|(?:on|by|at|in)\s+\d{1,2}\s+[a-z]+\s+20\d\d",
    re.I,
)


def _cue_subject(text: str, start: int, end: int) -> str:
    """What a cued statement is about: its clause's words before the cue, else the clause."""
    left = max((b.end() for b in _CLAUSE_END.finditer(text, 0, start)), default=0)
    right = next((b.start() for b in _CLAUSE_END.finditer(text, end)), len(text))
    before = text[left:start].strip(" ,-*")
    # (only an article or a possessive before the cue: "The licence caps ...", "Our permit
    # allows ...": the clause says what it is about)
    # (nor a clause's number, "There is to be" or a date before it: "4.4 No new site will be
    # approved before Gate 3", "On 31 January 2028, 38 of 214 posts ...")
    said = len(_bare(f"{before} ").strip()) >= 3 and not _NO_SUBJECT.fullmatch(before)
    subject = before if said else text[left:right].strip(" ,-*.")
    subject = _CHANGE_TO.sub("", subject)
    subject = re.sub(r",?\s+(?:which|that)\b.*$", "", subject)  # "..., which meets in March"
    subject = _bare(subject)
    subject = re.sub(r"\s+(?:is|are|was|were)$", "", subject)  # "Ethnicity is recorded for ..."
    return subject[:80].strip() or text[:80]


def _shaped(
    sentence: str, tiers: tuple[tuple[str, list[re.Pattern[str]]], ...] | None = None
) -> list[tuple[str, str]]:
    text = _LEAD.sub("", sentence.strip())
    found: list[tuple[str, str]] = []
    for kind, patterns in tiers or (("constraint", _CONSTRAINTS), ("limitation", _LIMITATIONS)):
        for pattern in patterns:
            anchor = _ANCHORS.get(id(pattern))
            if anchor is not None and not anchor.search(text):
                continue
            m = pattern.search(text)
            if m:
                subject = " ".join(m.group("subj").split()).strip(" ,:-*")
                if (
                    tiers is not None
                    and m.start("subj") > 0
                    and text[m.start("subj") - 1].isalnum()
                ):
                    # a subject past the pattern's reach starts mid-word: from the next word
                    subject = subject.partition(" ")[2]
                subject = _bare(subject)
                if subject.lower() in ("it", "they") and kind == "limitation":
                    # "It cannot see the stock ...": the clause says what ("it cannot be said
                    # too often" binds nothing)
                    subject = text[:80]
                if len(subject) >= 3:
                    found.append((kind, subject))
                    break
        if found:
            break
    return found


# A term that ends on a date: "the St Brannoc's contract runs to March 2030", "licences run
# until August 2029", "funding agreement is confirmed to March 2030". Alone it binds nothing
# (labellers read "The framework agreement runs to 2030" as no gap): it becomes one only when
# the plan runs past that date (agent.planning.assemble.org_gaps).
_TERM_END = re.compile(
    r"(?P<what>\b(?:[\w'’&-]+\s+){0,5}?(?:contracts?|licen[cs]es?|leases?|(?:funding\s+)?"
    r"agreements?|funding|fund|grants?|frameworks?|concessions?|warrant(?:y|ies)|"
    # (a unit held on option, an option to buy or lease: the option lapses on its date)
    r"support(?:\s+contract)?|(?:held|kept)\s+on\s+option|option(?=\s+(?:to|on)\b)))\b[^.;]{0,60}?"
    r"(?:\b(?:runs?|lasts?|(?:is|are)\s+(?:confirmed|"
    r"funded|fixed|agreed|secured|in\s+force)|expires?|ends?)\s+(?:only\s+)?(?:to|until|till|"
    r"through|in|on)|\b(?:to|until|till|through))\s+(?:the\s+end\s+of\s+)?"
    r"(?:\d{1,2}\s+)?(?P<month>"
    rf"{MONTH})?\s*(?P<year>20\d\d)\b",
    re.I,
)
# Already renewed or extended: the organization has dealt with it.
_RENEWED = re.compile(r"\b(?:renewed|extended|re-?let|re-?tendered)\b", re.I)


def term_end(sentence: str) -> tuple[str, str] | None:
    """(what ends, "YYYY-MM") for a contract, licence, lease or funding term the sentence says
    ends on a date; None otherwise, or when it has been renewed. A date alone names the year's
    last month."""
    if _RENEWED.search(sentence):
        return None
    m = _TERM_END.search(sentence)
    if m is None:
        return None
    month = month_number(m.group("month")) if m.group("month") else 12
    return m.group("what").strip(), f"{m.group('year')}-{month:02d}"


@cache
def _practice_cues() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in lexicon()["practice_cues"]), re.I)


def practice(sentence: str) -> str | None:
    """What a sentence describing today's practice at a set degree is about ("The guest survey
    runs twice a year" -> "guest survey"), None for any other sentence. Alone it states no gap:
    it is one only where the deck's own plan changes that practice (org_gaps decides). A line of
    a few words is a label; good news and solved problems are no practice to change."""
    plain = _LEAD.sub("", " ".join(sentence.split()))
    if len(plain.split()) < 5 or good_news(plain) or _cue_guards().search(plain):
        return None
    m = _practice_cues().search(plain)
    return _cue_subject(plain, m.start(), m.end()) if m else None
