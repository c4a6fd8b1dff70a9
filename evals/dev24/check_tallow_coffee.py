"""Consistency checks of the dev24 case ``tallow-coffee`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, pypdf, python-docx):

    .venv/bin/python evals/dev24/check_tallow_coffee.py

``--dump`` prints the deck lines the gold was read from, slide by slide, and the roster (with
``--org`` also the org sentences); ``--org`` alone prints the org sentences and the roster rows.

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev24``, split "dev24") with
``build_tallow_coffee.py`` as the builder: the gold's fields, every label on its slide or in an
org sentence, the roster, owners on it and core, consult-only roles owning nothing, forbidden
terms in neither deck nor org, and the rebuild byte for byte. The gold also carries
``gap_blocks`` (a field of ``evals/cases/README.md``'s deck-grounded gold that dev13's field list
predates), so the field list the shared checks compare with is that list plus ``gap_blocks``.
The deck is read with dev13's ``deck_lines`` (one line per paragraph of every shape in XML
order, groups opened). What is this case's own:

- the roster, read from ``org/people/whos-who.html``, an intranet "Who's who" page saved with a
  browser's "Save page as, complete": every ``<article class="card">`` is a role; the role is
  its ``<p class="role">``, the tier its ``<span class="tag">`` (Core / Extended / Consult
  only); the vacant post's card is a role; the "Former colleagues" list is not;
- org sentences: dev15's reader plus an HTML reader (the visible text of the page, one part per
  block element; scripts and styles left out); the saved page's style sheet and script are not
  prose and are not read as sentences;
- checks of the roster's form: a doctype, Chrome's "saved from url" mark, the style sheet and
  the script linked from ``./whos-who_files/`` and that folder holding exactly those two files,
  a site header, a navigation menu, a cookie banner, a search box, 18 to 22 cards each with a
  name, a role, a team, a "What I look after" remit and an involvement tag, two Consult only,
  one vacant card, a "Former colleagues" section whose roles are not on the roster, and a
  footer with links and an inline script whose JSON parses;
- checks of the deck's form, as Canva downloads a design as PowerPoint: ``docProps/app.xml``
  naming Canva, 1920 x 1080 px in EMU (18288000 x 10287000), 14 to 22 slides, one master and
  one layout used by every slide, no placeholder, no speaker notes, every text in a text box
  (``txBox``) and no text in drawn shapes, fonts Montserrat / Montserrat Bold / Open Sans only,
  ``cap="all"`` always with letter spacing, decorative PNGs behind the text they sit under,
  groups, headings split over two or more text boxes, text boxes stacked out of reading order,
  the KPI tiles (a group of a big number, the KPI's label and a baseline line with a season
  by-when; exactly one tile without a by-when, the one vague KPI), and the roadmap (ten trading
  seasons from Spring 2029, their definition, month 0, rounded bars, circles for the gates, the
  gates at season ends, every gold phase and the pilot on it);
- ``gap_blocks``: every gap key inside one org sentence, every task item with an alternative
  in the deck;
- forbidden terms in no raw byte of the deck's slides or of any org file (the page's script
  and style sheet included).

It never runs the planner.
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree as ET

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "tallow-coffee"
PAGE = Path("people") / "whos-who.html"
ASSETS = Path("people") / "whos-who_files"
TIERS = {"Core", "Extended", "Consult only"}
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"a": A, "p": P}
EMU_W, EMU_H = 18288000, 10287000
FONTS = {"Montserrat", "Montserrat Bold", "Open Sans"}
SEASONS = [
    "spring 2029",
    "summer 2029",
    "autumn 2029",
    "winter 2029/30",
    "spring 2030",
    "summer 2030",
    "autumn 2030",
    "winter 2030/31",
    "spring 2031",
    "summer 2031",
]
BY_WHEN = re.compile(r"\b(spring|summer|autumn|winter) 20\d\d")
SEASON_END = {"may", "august", "november", "february"}

# The gold carries gap_blocks, which dev13's field list predates.
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the saved page

BLOCKS = {
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "li",
    "div",
    "article",
    "section",
    "header",
    "footer",
    "nav",
    "main",
    "form",
    "label",
    "button",
    "title",
    "ul",
}


class _Text(HTMLParser):
    """The page's visible text, one part per block element; scripts and styles skipped."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.buf: list[str] = []
        self.skip = 0

    def _flush(self) -> None:
        text = " ".join("".join(self.buf).split())
        if text:
            self.parts.append(text)
        self.buf = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "style"}:
            self.skip += 1
        elif tag in BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style"}:
            self.skip -= 1
        elif tag in BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.buf.append(data)


def html_parts(path: Path) -> list[str]:
    parser = _Text()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    parser._flush()
    return parser.parts


class _Cards(HTMLParser):
    """Every ``article.card``: its name, role, team, remit, tier and classes."""

    FIELDS = {"role", "team", "remit"}

    def __init__(self) -> None:
        super().__init__()
        self.cards: list[dict[str, str]] = []
        self.card: dict[str, str] | None = None
        self.field: str | None = None
        self.heads: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == "article" and "card" in classes:
            self.card = {"class": " ".join(classes)}
        elif self.card is None:
            return
        elif tag == "h3":
            self.field = "name"
        elif tag == "h4":
            self.field = "h4"
        elif tag == "p" and self.FIELDS & set(classes):
            self.field = (self.FIELDS & set(classes)).pop()
        elif tag == "span" and "tag" in classes:
            self.field = "tier"

    def handle_endtag(self, tag: str) -> None:
        if tag == "article" and self.card is not None:
            self.cards.append(self.card)
            self.card = None
        elif tag in {"h3", "h4", "p", "span"}:
            self.field = None

    def handle_data(self, data: str) -> None:
        if self.card is not None and self.field:
            key = self.field
            self.card[key] = " ".join((self.card.get(key, "") + data).split())
            if key == "h4":
                self.heads.append(self.card[key])


def cards(org: Path) -> list[dict[str, str]]:
    parser = _Cards()
    parser.feed((org / PAGE).read_text(encoding="utf-8"))
    parser.close()
    return parser.cards


def roster(org: Path) -> list[tuple[str, str]]:
    return [(c.get("role", ""), c.get("tier", "").lower()) for c in cards(org)]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".html": html_parts})


def roster_form(org: Path) -> list[str]:
    errors: list[str] = []
    html = (org / PAGE).read_text(encoding="utf-8")
    if not html.startswith("<!DOCTYPE html>\n<!-- saved from url=("):
        errors.append("page: no doctype followed by the 'saved from url' mark")
    mark = re.search(r"<!-- saved from url=\((\d{4})\)(\S+) -->", html)
    if not mark or int(mark.group(1)) != len(mark.group(2)):
        errors.append("page: the 'saved from url' mark does not give the URL's length")
    for link in ('href="./whos-who_files/site.css"', 'src="./whos-who_files/directory.js"'):
        if link not in html:
            errors.append(f"page: {link} not linked")
    assets = sorted(p.name for p in (org / ASSETS).iterdir())
    if assets != ["directory.js", "site.css"]:
        errors.append(f"page: whos-who_files holds {assets}")
    for what, needle in [
        ("site header", '<header class="site-header">'),
        ("navigation menu", '<nav class="main-nav"'),
        ("cookie banner", 'id="cookie-banner"'),
        ("search box", 'type="search"'),
        ("former colleagues", "<h2>Former colleagues</h2>"),
        ("footer", '<footer class="site-footer">'),
    ]:
        if needle not in html:
            errors.append(f"page: no {what}")
    found = cards(org)
    if not 18 <= len(found) <= 22:
        errors.append(f"page: {len(found)} cards (18 to 22)")
    for c in found:
        missing = [k for k in ("name", "role", "team", "remit", "tier") if not c.get(k)]
        if missing:
            errors.append(f"page: card {c.get('role')!r} without {missing}")
        if c.get("tier") not in TIERS:
            errors.append(f"page: card {c.get('role')!r} tier {c.get('tier')!r}")
    tiers = [c.get("tier") for c in found]
    if tiers.count("Consult only") != 2 or set(tiers) != TIERS:
        errors.append(f"page: tiers {sorted(set(map(str, tiers)))}, two Consult only expected")
    if html.count("<h4>What I look after</h4>") != len(found):
        errors.append("page: not every card has a 'What I look after' heading")
    vacant = [c for c in found if "card--vacant" in c["class"]]
    if len(vacant) != 1 or vacant[0].get("name") != "Vacant":
        errors.append(f"page: {len(vacant)} vacant cards (one expected)")
    roles = [r for r, _ in roster(org)]
    if len(set(roles)) != len(roles):
        errors.append("page: a role appears twice")
    former = html.split('id="former-colleagues"', 1)[-1].split("</section>", 1)[0]
    olds = re.findall(r"<li><strong>[^<]+</strong>, ([^(]+) \(left", former)
    if len(olds) < 2:
        errors.append("page: fewer than two former colleagues")
    for old in olds:
        if old.strip() in roles:
            errors.append(f"page: former colleague's role {old!r} is on the roster")
    if "<article" in former:
        errors.append("page: a card among the former colleagues")
    footer = html.split('<footer class="site-footer">', 1)[-1]
    if footer.count("<a href=") < 3:
        errors.append("page: the footer has fewer than three links")
    blob = re.search(r"<script>window\.__GROUNDS__ = (\{.*?\});</script>", footer)
    if not blob:
        errors.append("page: no inline script with a JSON blob in the footer")
    else:
        data = json.loads(blob.group(1))
        if data.get("cards") != len(found):
            errors.append("page: the JSON blob's card count differs from the cards")
    return errors


# =========================================================================== the deck's form


def _xml(z: zipfile.ZipFile, name: str) -> ET.Element:
    return ET.fromstring(z.read(name))


def _box(el: ET.Element) -> tuple[int, int, int, int]:
    off = el.find(".//a:xfrm/a:off", NS)
    ext = el.find(".//a:xfrm/a:ext", NS)
    assert off is not None and ext is not None
    return int(off.get("x", 0)), int(off.get("y", 0)), int(ext.get("cx", 0)), int(ext.get("cy", 0))


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def _text(el: ET.Element) -> list[str]:
    return [
        normalize("".join(t.text or "" for t in p.iter(f"{{{A}}}t"))) for p in el.iter(f"{{{A}}}p")
    ]


def _walk(tree: ET.Element) -> list[ET.Element]:
    """Every shape of a slide in z-order, groups opened (the group itself first)."""
    out: list[ET.Element] = []
    for el in tree:
        tag = el.tag.split("}")[1]
        if tag in {"sp", "pic"}:
            out.append(el)
        elif tag == "grpSp":
            out.append(el)
            out.extend(_walk(el))
    return out


def _is_textbox(el: ET.Element) -> bool:
    return el.tag == f"{{{P}}}sp" and el.find("p:txBody", NS) is not None


def deck_form(case: Path, gold: dict) -> list[str]:
    errors: list[str] = []
    z = zipfile.ZipFile(case / gold["deck"])
    names = z.namelist()
    if names != sorted(names):
        errors.append("deck: ZIP entries not in sorted order")
    app = z.read("docProps/app.xml").decode("utf-8")
    if "<Application>Canva</Application>" not in app:
        errors.append("deck: app.xml does not name Canva")
    pres = _xml(z, "ppt/presentation.xml")
    size = pres.find("p:sldSz", NS)
    if size is None or (size.get("cx"), size.get("cy")) != (str(EMU_W), str(EMU_H)):
        errors.append("deck: the slide is not 1920 x 1080 px (18288000 x 10287000 EMU)")
    slides = sorted(
        (n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
        key=lambda n: int(re.findall(r"\d+", n)[0]),
    )
    if not 14 <= len(slides) <= 22:
        errors.append(f"deck: {len(slides)} slides (14 to 22)")
    layouts = [n for n in names if re.fullmatch(r"ppt/slideLayouts/slideLayout\d+\.xml", n)]
    masters = [n for n in names if re.fullmatch(r"ppt/slideMasters/slideMaster\d+\.xml", n)]
    if len(layouts) != 1 or len(masters) != 1:
        errors.append(f"deck: {len(layouts)} layouts and {len(masters)} masters (one each)")
    if any("notesSlide" in n or "notesMaster" in n for n in names):
        errors.append("deck: speaker notes in the package")
    for part in layouts + masters:
        if _xml(z, part).findall(".//p:ph", NS):
            errors.append(f"deck: a placeholder on {part}")
    pages = deck_lines(case / gold["deck"])
    split_heads = unordered = pictured = grouped = 0
    cap_slides = 0
    roots: dict[int, ET.Element] = {}
    for k, name in enumerate(slides, start=1):
        root = _xml(z, name)
        roots[k] = root
        rels = z.read(name.replace("slides/", "slides/_rels/") + ".rels").decode("utf-8")
        if rels.count('/relationships/slideLayout"') != 1 or "slideLayout1.xml" not in rels:
            errors.append(f"slide {k}: not on the one layout")
        if root.findall(".//p:ph", NS):
            errors.append(f"slide {k}: a placeholder")
        tree = root.find(".//p:spTree", NS)
        assert tree is not None
        shapes = _walk(tree)
        boxes = [el for el in shapes if _is_textbox(el)]
        for el in shapes:
            if el.tag != f"{{{P}}}sp":
                continue
            pr = el.find("p:nvSpPr/p:cNvSpPr", NS)
            has_text = _is_textbox(el)
            is_box = pr is not None and pr.get("txBox") in {"1", "true"}
            if has_text != is_box:
                errors.append(f"slide {k}: a shape with text that is not a text box, or back")
        for latin in root.iter(f"{{{A}}}latin"):
            if latin.get("typeface") not in FONTS:
                errors.append(f"slide {k}: font {latin.get('typeface')!r}")
        caps = [rp for rp in root.iter(f"{{{A}}}rPr") if rp.get("cap") == "all"]
        if any(rp.get("spc") is None for rp in caps):
            errors.append(f"slide {k}: capitals without letter spacing")
        cap_slides += bool(caps)
        heads = [
            el
            for el in boxes
            if any(int(rp.get("sz", "0")) >= 4400 for rp in el.iter(f"{{{A}}}rPr"))
        ]
        split_heads += len(heads) >= 2
        top = [el for el in tree if _is_textbox(el)]
        spots = [(_box(el)[1], _box(el)[0]) for el in top]
        unordered += spots != sorted(spots)
        grouped += bool(tree.findall("p:grpSp", NS))
        pics = [el for el in shapes if el.tag == f"{{{P}}}pic"]
        if pics:
            pictured += 1
            first_box = min(shapes.index(b) for b in boxes) if boxes else len(shapes)
            for pic in pics:
                if shapes.index(pic) > first_box:
                    errors.append(f"slide {k}: a picture in front of text")
                if not any(_overlap(_box(pic), _box(b)) for b in boxes):
                    errors.append(f"slide {k}: a picture behind no text")
                blip = pic.find(".//a:blip", NS)
                rid = blip.get(f"{{{R}}}embed") if blip is not None else None
                target = re.search(rf'Id="{rid}"[^>]*Target="\.\./media/([^"]+)"', rels)
                if not target:
                    errors.append(f"slide {k}: a picture without its image")
                    continue
                data = z.read(f"ppt/media/{target.group(1)}")
                if not data.startswith(b"\x89PNG\r\n\x1a\n") or len(data) > 20000:
                    errors.append(f"slide {k}: {target.group(1)} is not a small PNG")
    if split_heads < 12:
        errors.append(f"deck: headings split over text boxes on {split_heads} slides (12+)")
    if unordered < 8:
        errors.append(f"deck: text boxes out of reading order on {unordered} slides (8+)")
    if pictured < 5 or grouped < 8 or cap_slides < len(slides) - 1:
        errors.append(f"deck: pictures on {pictured}, groups on {grouped}, caps on {cap_slides}")

    # the KPI tiles
    kpi_visions = [v for v in gold["visions"] if any(x in v["match"] for x in gold["kpis"])]
    kslides = {v["slide"] for v in kpi_visions}
    if len(kslides) != 1:
        errors.append(f"deck: KPI visions on slides {sorted(kslides)}")
        return errors
    kn = kslides.pop()
    tiles: list[list[str]] = []
    ktree = roots[kn].find(".//p:spTree", NS)
    assert ktree is not None
    for g in ktree.findall("p:grpSp", NS):
        texts = [_text(el) for el in g if _is_textbox(el)]
        if len(texts) == 3 and all(len(t) == 1 for t in texts):
            tiles.append([t[0] for t in texts])
    undated = []
    for v in kpi_visions:
        at = [t for t in tiles if t[1].startswith(v["match"])]
        if len(at) != 1:
            errors.append(f"deck: KPI {v['match']!r} is not one tile's label")
            continue
        big, small = at[0][0], at[0][2]
        if not re.search(r"\d", big) or "baseline" not in small:
            errors.append(f"deck: KPI {v['match']!r} without a big number or a baseline")
        if not BY_WHEN.search(small):
            undated.append(v["match"])
    vague = [v["match"] for v in kpi_visions if v["vague"]]
    if len(undated) != 1 or undated != vague:
        errors.append(f"deck: tiles without a season by-when {undated}; vague KPIs {vague}")

    # the roadmap
    road = [n for n, lines in pages.items() if all(s in lines for s in SEASONS)]
    if len(road) != 1:
        errors.append(f"deck: the season axis on slides {road}")
        return errors
    rn = road[0]
    lines = pages[rn]
    if [x for x in lines if x in SEASONS] != SEASONS:
        errors.append("deck: the seasons are not in order on the roadmap")
    text = " ".join(lines)
    for needle in ("spring = march to may", "winter = december to february", "month 0 = march"):
        if needle not in text:
            errors.append(f"deck: roadmap without {needle!r}")
    geoms = [g.get("prst") for g in roots[rn].iter(f"{{{A}}}prstGeom")]
    if geoms.count("roundRect") < 4 or geoms.count("ellipse") < 3:
        errors.append("deck: the roadmap has too few rounded bars or circles")
    gates = [x for x in lines if x.startswith("gate ")]
    if len(gates) != 3:
        errors.append(f"deck: gates on the roadmap {gates}")
    for gate in gates:
        month = re.search(r"end of (\w+) 20\d\d", gate)
        if not month or month.group(1) not in SEASON_END:
            errors.append(f"deck: a gate not at a season's end: {gate!r}")
    for ph in gold["phases"]:
        if not any(m in x for m in ph["match"] for x in lines):
            errors.append(f"deck: phase not on the roadmap: {ph['match']}")
    if not any(m in x for m in gold["pilot"]["match"] for x in lines):
        errors.append("deck: the pilot is not on the roadmap")
    return errors


# =========================================================================== the rest


def gap_blocks(case: Path, gold: dict) -> list[str]:
    errors: list[str] = []
    said = sentences(case / "org")
    pages = deck_lines(case / gold["deck"])
    if not gold.get("gap_blocks"):
        return ["gold: no gap_blocks"]
    for entry in gold["gap_blocks"]:
        if set(entry) != {"gap", "blocks", "not_blocks"}:
            errors.append(f"gap_blocks: keys {sorted(entry)}")
        for key in entry["gap"]:
            if not any(key in s for s in said):
                errors.append(f"gap_blocks: gap key in no org sentence: {key!r}")
        for field in ("blocks", "not_blocks"):
            if not entry[field]:
                errors.append(f"gap_blocks: {entry['gap'][0]!r} has no {field}")
            for item in entry[field]:
                if not any(_checks._anywhere(alt, pages) for alt in item):
                    errors.append(f"gap_blocks: {field} item in no deck line: {item}")
    return errors


def forbidden_raw(case: Path, gold: dict) -> list[str]:
    errors: list[str] = []
    texts = [
        p.read_text(encoding="utf-8").lower() for p in (case / "org").rglob("*") if p.is_file()
    ]
    with zipfile.ZipFile(case / gold["deck"]) as z:
        texts += [z.read(n).decode("utf-8").lower() for n in z.namelist() if n.endswith(".xml")]
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"gold: {len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    for term in gold["forbidden_terms"]:
        if any(term in t for t in texts):
            errors.append(f"forbidden term in a raw deck or org file: {term!r}")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return (
        roster_form(case / "org")
        + deck_form(case, gold)
        + gap_blocks(case, gold)
        + forbidden_raw(case, gold)
    )


CASE = Case(
    name=NAME,
    builder="build_tallow_coffee.py",
    roster=roster,
    org_sentences=sentences,
    extra=extra,
    folder=HERE,
    split="dev24",
)


def org_dump() -> None:
    org = HERE / NAME / "org"
    for c in cards(org):
        print(f"  # {c.get('role')} | {c.get('tier')} | {c.get('team')} | {c.get('remit')}")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        org_dump()
        sys.exit(0)
    sys.exit(run(CASE))
