"""Decks that put a priority's owner in a box under its column of work, a measure in a chart
of its own (where it stands, then its target bar), and work as verbs that are nouns too
("Trial two electric excavators", "Feed the data into ..."). Made-up wording (issue 11)."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Emu, Inches, Pt

from agent.knowledge.verbs import opens_with_work
from agent.planning.deck_plan import read_deck_plan
from extractors import extract


def _text(slide, x: float, y: float, w: float, lines: list[str]) -> None:  # type: ignore[no-untyped-def]
    frame = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(1.5)).text_frame
    frame.text = lines[0]
    for line in lines[1:]:
        frame.add_paragraph().text = line


def _deck(path: Path) -> Path:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "Three priorities"
    columns = [
        (
            "1 Safer yards",
            [
                "Fit reversing cameras to every loader we own",
                "Trial two electric forklifts at Bramley",
            ],
        ),
        (
            "2 Fewer returns",
            [
                "Inspect every pallet before it leaves the yard",
                "Log every return with a photo and its cause",
            ],
        ),
        (
            "3 Cleaner fleet",
            [
                "Switch every van we own to electric power",
                "Feed the telematics data into the fleet report every night",
            ],
        ),
    ]
    for i, (head, items) in enumerate(columns):  # a heading bar over a box of its work
        _text(s, 0.5 + 4.1 * i, 1.3, 3.8, [head])
        _text(s, 0.5 + 4.1 * i, 2.0, 3.8, items)
    for i, owner in enumerate(["Health and Safety Lead", "Quality Manager", "Fleet Manager"]):
        _text(s, 0.5 + 4.1 * i, 6.0, 3.8, [f"Owner: {owner}"])
    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "How we will know"
    for i, (name, start, target) in enumerate(
        [("Returns per 1,000 pallets", 42, 15), ("Vans on electric power (%)", 10, 80)]
    ):
        data = CategoryChartData()
        data.categories = ["2027 actual", "March 2030 target"]
        data.add_series("Series 1", (start, target))
        chart = s.shapes.add_chart(
            XL_CHART_TYPE.COLUMN_CLUSTERED,
            Inches(0.5 + 6 * i),
            Inches(1.5),
            Inches(5),
            Inches(4),
            data,
        ).chart
        chart.has_title = True
        chart.chart_title.text_frame.text = name
        chart.chart_title.text_frame.paragraphs[0].runs[0].font.size = Pt(14)
    prs.save(str(path))
    return path


def test_an_owner_boxed_under_a_column_leads_that_columns_work(tmp_path: Path) -> None:
    plan = read_deck_plan(extract(_deck(tmp_path / "cards.pptx")))
    leads = {c.title: c.lead for c in plan.commitments if c.kind == "initiative"}
    assert leads["Fit reversing cameras to every loader we own"] == "Health and Safety Lead"
    assert leads["Log every return with a photo and its cause"] == "Quality Manager"
    assert leads["Switch every van we own to electric power"] == "Fleet Manager"
    # verbs that are nouns as often are work before their object
    assert leads["Trial two electric forklifts at Bramley"] == "Health and Safety Lead"
    assert "Feed the telematics data into the fleet report every night" in leads


def test_a_chart_per_measure_is_a_kpi_from_its_first_bar_to_its_target(tmp_path: Path) -> None:
    plan = read_deck_plan(extract(_deck(tmp_path / "charts.pptx")))
    kpis = {k.metric: k for k in plan.kpis}
    returns = kpis["Returns per 1,000 pallets"]
    assert (returns.baseline, returns.target, returns.by) == ("42", "15", "March 2030")
    vans = kpis["Vans on electric power"]
    assert (vans.baseline, vans.target) == ("10%", "80%")


def test_a_noun_that_opens_a_line_is_no_work() -> None:
    assert opens_with_work("Trial two electric forklifts at Bramley")
    assert not opens_with_work("Trial results were better than planned")
    assert not opens_with_work("Book sales rose four per cent")
    assert opens_with_work("Add the new checks to every site induction")
