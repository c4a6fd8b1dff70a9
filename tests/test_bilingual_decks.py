"""Bilingual decks (issue 11: any strategy deck, here a Welsh public body's): every slide says
each thing in Welsh and in English, and the plan reads the English once. A deck in another
language alone is planned as it is, with a warning. Made-up wording."""

from __future__ import annotations

from agent.engines.rules.visions import find_visions
from agent.knowledge.language import english_view
from schemas.deck import BlockKind
from tests.decks import slide_deck, table_block

PAIRS = [
    (
        "Mae'r cyngor yn defnyddio gormod o ynni yn ei adeiladau.",
        "The council uses too much energy in its buildings.",
    ),
    (
        "Byddwn yn gosod paneli solar ar do pob ysgol gynradd.",
        "We will fit solar panels on the roof of every primary school.",
    ),
    (
        "Bydd pob cerbyd newydd yn drydanol o fis Ebrill 2029 ymlaen.",
        "Every new vehicle will be electric from April 2029 onwards.",
    ),
    (
        "Byddwn yn plannu mil o goed ar dir y cyngor bob blwyddyn.",
        "We will plant a thousand trees on council land every year.",
    ),
    (
        "Rydym am i'r sir fod yn garbon sero net erbyn 2030.",
        "We want the county to be net zero carbon by 2030.",
    ),
    (
        "Bydd y staff i gyd yn cael hyfforddiant ar newid hinsawdd.",
        "All staff will be trained on climate change.",
    ),
    (
        "Byddwn yn cyhoeddi adroddiad blynyddol ar ein hallyriadau.",
        "We will publish an annual report on our emissions.",
    ),
    (
        "Mae angen i ni weithio gyda'r cymunedau lleol i newid.",
        "We need to work with local communities to change.",
    ),
    (
        "Bydd y cynllun yn dechrau gyda pheilot yn nhref Llanfair.",
        "The plan starts with a pilot in the town of Llanfair.",
    ),
]


def _deck():  # type: ignore[no-untyped-def]
    lines = [line for pair in PAIRS for line in pair]
    deck = slide_deck(
        [
            ("Sero Net / Net Zero", ["Cyngor Sir Llanfair / Llanfair County Council"]),
            ("Ein nod / Our aim", lines),
            ("Mesur / Measure", []),
        ],
        bullets=False,
    )
    table = table_block(
        [
            ["Mesur / Measure", "Heddiw / Today", "Targed / Target"],
            [
                "Allyriadau carbon y cyngor (tunelli) Council carbon emissions (tonnes)",
                "12,000",
                "6,000 erbyn 2030 6,000 by 2030",
            ],
            [
                "Ysgolion gyda phaneli solar Schools with solar panels",
                "4 o 31 4 of 31",
                "31 o 31 31 of 31",
            ],
        ],
        slide=3,
    )
    deck.units[2].blocks.append(table)
    return deck


def test_a_bilingual_deck_is_read_once_in_english() -> None:
    view, note = english_view(_deck())
    assert note is not None and "Welsh and English" in note, note
    body = [b.text for b in view.units[1].blocks if b.kind is BlockKind.body]
    text = "\n".join(body)
    for welsh, english in PAIRS:
        assert english in text, english
        assert welsh not in text, welsh
    assert view.units[1].title == "Our aim"
    table = next(b for b in view.units[2].blocks if b.rows)
    assert table.rows[1:] == [
        ["Council carbon emissions (tonnes)", "12,000", "6,000 by 2030"],
        ["Schools with solar panels", "4 of 31", "31 of 31"],
    ], table.rows
    # (a header's single words are too short to tell apart: "Targed / Target" may stay)
    assert table.rows[0][:2] == ["Measure", "Today"] and "Target" in table.rows[0][2]
    visions = [v.text for v in find_visions(view)]
    assert any(v.startswith("Council carbon emissions (tonnes)") for v in visions), visions
    assert not any("erbyn" in v or "Bydd" in v for v in visions), visions


def test_a_deck_in_another_language_alone_is_kept_and_said_to_be() -> None:
    lines = [
        "Nous voulons réduire de moitié les émissions de carbone de la ville d'ici 2030.",
        "Chaque école primaire aura des panneaux solaires sur son toit.",
        "Tous les nouveaux véhicules municipaux seront électriques dès avril 2029.",
        "Nous planterons mille arbres par an sur les terrains de la ville.",
        "Le plan commence par un projet pilote dans le quartier de la gare.",
    ]
    deck = slide_deck([("Notre ambition", lines)], bullets=False)
    view, note = english_view(deck)
    assert view is deck
    assert note is not None and "French" in note, note


def test_an_english_deck_of_headlines_is_left_alone() -> None:
    lines = [
        "Market size · Competitive landscape · Consumer profile",
        "Brand health radar · Network audit · North star goals",
        "Three pillars · Tactical breakdown · Growth flywheel",
        "Executive summary · Industry adoption · Policy shifts · Benchmarking",
        "We will open twelve stores in the north by the end of 2028.",
    ]
    deck = slide_deck([("Growth plan 2027-2029", lines)], bullets=False)
    view, note = english_view(deck)
    assert view is deck and note is None, note


def test_an_english_deck_with_a_table_of_welsh_names_is_left_alone() -> None:
    names = [
        "Ysgol Gymraeg Bro Morgannwg, Heol Gwaun Coch, Y Barri",
        "Ysgol Gynradd Gymraeg Pen y Garth, Heol y Cwm, Penarth",
        "Ysgol Gyfun Gymraeg Plasmawr, Heol Pentre-baen, Caerdydd",
        "Ysgol Gynradd Gymraeg Bro Eirwg, Heol Cae Glas, Llanrhymni",
        "Ysgol Gymraeg Treganna, Heol y Gorllewin, Treganna",
        "Ysgol Gyfun Gymraeg Glantaf, Heol yr Eglwys Newydd, Llandaf",
        "Ysgol Gynradd Gymraeg Melin Gruffydd, Heol yr Orsaf, Yr Eglwys Newydd",
        "Ysgol Gymraeg Coed-y-Gof, Heol y Bont Faen, Pentrebaen",
        "Ysgol Gynradd Gymraeg Pwll Coch, Heol Lecwydd, Lecwydd",
        "Ysgol Gymraeg Hamadryad, Heol Hamadryad, Butetown",
    ]
    rows = [["School", "Action", "When"]] + [
        [n, "Fit rooftop solar panels", "Q2 2027"] for n in names
    ]
    deck = slide_deck(
        [("Schools energy plan", ["We will cut the schools' energy use by a third by 2030."])]
    )
    deck.units[0].blocks.append(table_block(rows, slide=1))
    view, note = english_view(deck)
    assert note is None, note
    assert next(b for b in view.units[0].blocks if b.rows).rows == rows
