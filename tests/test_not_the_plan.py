"""What in a deck is not its plan's goals (issue 11: the deck's own plan): the backup slides
after an "Appendix" divider (options it rejected, last years' missed targets, a glossary)
are set aside, and the plan says which slides were; what a "What it takes" slide lists is
work, not goals. Made-up wording."""

from __future__ import annotations

from collections.abc import Sequence

from agent.knowledge.appendix import without_appendix
from agent.planning.deck_plan import read_deck_plan
from schemas.deck import Block, BlockKind, Deck, Provenance, Unit


def _deck(slides: Sequence[tuple[str | None, list[str]]]) -> Deck:
    units = []
    for n, (title, lines) in enumerate(slides, start=1):
        prov = Provenance(file="deck.pptx", slide=n)
        blocks = [Block(kind=BlockKind.title, text=title, source=prov)] if title else []
        blocks += [Block(kind=BlockKind.body, text=t, source=prov) for t in lines]
        units.append(Unit(number=n, kind="slide", title=title, blocks=blocks))
    return Deck(path="deck.pptx", name="deck.pptx", sha256="0" * 64, kind="pptx", units=units)


PLAN: list[tuple[str | None, list[str]]] = [
    ("Harbour Rail 2030", ["Board, March 2029"]),
    ("Our ambition", ["Nine trains in ten on time by March 2032"]),
    ("What we will do", ["Recruit 60 new drivers by March 2031", "Overhaul the 28 diesel units"]),
    ("The first 90 days", ["Open the driver academy by June 2029"]),
]
BACKUP: list[tuple[str | None, list[str]]] = [
    ("Appendix", ["Backup slides · for reference, not for decision"]),
    (None, ["Backup A · Options we considered", "Cut 6% of trains so every turn is covered"]),
    (None, ["Backup B · Glossary", "PPM: trains within five minutes of time"]),
]


def test_the_slides_after_an_appendix_divider_are_no_part_of_the_plan() -> None:
    deck, note = without_appendix(_deck(PLAN + BACKUP))
    assert [u.number for u in deck.units] == [1, 2, 3, 4]
    assert note == (
        "slides 5-7 follow the deck's 'Appendix' divider: read as backup, not as the plan"
    )
    titles = [c.title for c in read_deck_plan(deck).commitments]
    assert not any("Cut 6%" in t for t in titles), titles
    assert any(t.startswith("Recruit 60 new drivers") for t in titles), titles


def test_a_deck_without_a_divider_or_with_one_too_early_is_kept_whole() -> None:
    whole = _deck(PLAN)
    assert without_appendix(whole) == (whole, None)
    # a contents slide that lists an appendix, early in the deck, is no divider
    early = _deck([PLAN[0], ("Appendix", ["Contents"]), *PLAN[1:], ("Risks", ["Late units"])])
    assert without_appendix(early)[1] is None
    # a slide about backups is no divider ("Backup and recovery", late in an IT strategy)
    backups = _deck([*PLAN, ("Backup and recovery", ["Nightly copies"]), ("Risks", ["Late"])])
    assert without_appendix(backups)[1] is None
    # a divider with a slide's worth of content under it is a slide, not a divider
    full = _deck([*PLAN, ("Appendix A: costs", ["a", "b", "c", "d"]), ("Glossary", ["PPM"])])
    assert without_appendix(full)[1] is None


def test_what_a_what_it_takes_slide_lists_is_work_not_goals() -> None:
    """ "WHAT IT TAKES" over "Bring the training records into the volunteer system": the
    plan's enablers, read by the deck plan as commitments; its measured lines stay goals."""
    from agent.engines.rules.visions import find_visions

    slide = (
        "Our people and foundations",
        [
            "WHAT IT TAKES",
            "Bring clinical volunteers' training records into the volunteer system",
            "Give every community nurse a phone that works on two networks",
            "Registered nurse vacancies: 14.5% → under 6% by March 2031",
        ],
    )
    found = [d.text for d in find_visions(_deck([PLAN[0], slide]))]
    assert not any(t.startswith(("Bring", "Give")) for t in found), found
    assert any(t.startswith("Registered nurse vacancies") for t in found), found


def test_a_glossed_term_under_a_measures_table_is_no_goal() -> None:
    """ "Today = the 12 months to December 2028. 2031/32 = our financial year ...": what the
    table's words mean, not a goal; the goal beside it stays one."""
    from agent.engines.rules.visions import find_visions

    slide = (
        "Measures and targets",
        [
            "Today = the 12 months to December 2028. 2031/32 = our financial year, April 2031 "
            "to March 2032.",
            "By March 2032, 85% of the people who die in our care die in the place they chose",
        ],
    )
    found = [d.text for d in find_visions(_deck([PLAN[0], slide]))]
    assert not any(t.startswith("Today =") for t in found), found
    assert any(t.startswith("By March 2032, 85%") for t in found), found


def _sectioned_pptx(sections: list[tuple[str, list[tuple[str, list[str]]]]]) -> bytes:
    """A deck divided into PowerPoint sections (p14:sectionLst in the presentation's
    extension list, as PowerPoint 2010 on writes it), each slide a title and bullets."""
    import io

    from lxml import etree
    from pptx import Presentation

    prs = Presentation()
    ids: list[list[str]] = []
    for _, slides in sections:
        ids.append([])
        for title, bullets in slides:
            slide = prs.slides.add_slide(prs.slide_layouts[1])
            slide.shapes.title.text = title
            slide.placeholders[1].text_frame.text = "\n".join(bullets)
            ids[-1].append(str(slide.slide_id))
    p = "http://schemas.openxmlformats.org/presentationml/2006/main"
    p14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
    root = prs.part._element
    ext_list = root.find(f"{{{p}}}extLst")
    if ext_list is None:
        ext_list = etree.SubElement(root, f"{{{p}}}extLst")
    ext = etree.SubElement(ext_list, f"{{{p}}}ext", uri="{521415D9-36F7-43E2-AB2F-B90AF26B5E84}")
    lst = etree.SubElement(ext, f"{{{p14}}}sectionLst", nsmap={"p14": p14})
    for n, ((name, _), slide_ids) in enumerate(zip(sections, ids, strict=True)):
        sec = etree.SubElement(
            lst, f"{{{p14}}}section", name=name, id=f"{{0000000{n}-0000-0000-0000-000000000000}}"
        )
        sld_ids = etree.SubElement(sec, f"{{{p14}}}sldIdLst")
        for sid in slide_ids:
            etree.SubElement(sld_ids, f"{{{p14}}}sldId", id=sid)
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def test_slides_in_a_parking_lot_or_appendix_section_are_no_part_of_the_plan(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from extractors import extract

    path = tmp_path / "sections.pptx"
    path.write_bytes(
        _sectioned_pptx(
            [
                ("Opening", [("Clear Water 2031", ["Fenmarsh Water · Board, May 2028"])]),
                (
                    "Our plan",
                    [
                        ("Our goals", ["Cut leakage from 18% to 12% by March 2031"]),
                        ("Our work", ["Fit smart meters to 40,000 homes by 2030"]),
                    ],
                ),
                (
                    "Parking lot",
                    [("Idea: a desalination plant", ["Build a desalination plant by 2031"])],
                ),
                ("Appendix", [("Glossary", ["Leakage: water lost between works and tap"])]),
            ]
        )
    )
    deck = extract(path)
    assert [u.section for u in deck.units] == [
        "Opening",
        "Our plan",
        "Our plan",
        "Parking lot",
        "Appendix",
    ]
    kept, note = without_appendix(deck)
    assert [u.number for u in kept.units] == [1, 2, 3]
    assert note is not None and "4, 5" in note and "'Parking lot'" in note, note
    # a deck whose sections are its plan's own parts keeps every slide
    plain = deck.model_copy(update={"units": deck.units[:3]})
    assert without_appendix(plain) == (plain, None)


def test_sections_named_now_next_later_or_ideas_are_the_plans_own(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from extractors import extract

    path = tmp_path / "horizons.pptx"
    path.write_bytes(
        _sectioned_pptx(
            [
                ("Now", [("This year", ["Fit smart meters to 40,000 homes by 2029"])]),
                ("Next", [("Next year", ["Cut leakage to 12% by 2030"])]),
                ("Later", [("After that", ["Open the second works by 2032"])]),
                ("Ideas", [("What we will try", ["Trial pressure sensors at two works"])]),
            ]
        )
    )
    deck = extract(path)
    assert without_appendix(deck) == (deck, None)
