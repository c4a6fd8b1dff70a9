"""The faster paths give the same answers as the plain ones they replaced."""

from __future__ import annotations

import random
from pathlib import Path

from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer
from langgraph.types import Send

from agent.checkpoints import BLOB, BlobSerializer
from agent.engines.rules.visions import _jaccard, _StemIndex
from agent.planning.deck_plan import Commitment, _dedupe, _same
from agent.planning.raci import _dependents
from schemas.plan import Source


def test_stem_index_finds_what_comparing_every_pair_finds() -> None:
    rng = random.Random(5)
    vocab = [f"w{i}" for i in range(40)]
    index = _StemIndex()
    seen: list[frozenset[str]] = []
    near = 0
    for _ in range(600):
        base = rng.choice(seen) if seen and rng.random() < 0.4 else frozenset()
        if base:  # a variant of a seen set: sometimes near enough, sometimes not
            stems = set(rng.sample(sorted(base), k=len(base) * rng.choice([3, 4]) // 4))
            stems |= set(rng.sample(vocab, k=rng.randint(0, 2)))
        else:
            stems = set(rng.sample(vocab, k=rng.randint(0, 7)))
        stems_f = frozenset(stems)
        for threshold in (0.5, 0.7, 0.9):
            expected = any(_jaccard(stems_f, s) >= threshold for s in seen)
            assert (index.near(stems_f, threshold) is not None) == expected
        if index.near(stems_f, 0.7) is None:
            index.add(stems_f)
            seen.append(stems_f)
        else:
            near += 1
    assert near > 50 and len(seen) > 100  # both answers were exercised


def _dedupe_every_pair(items: list[Commitment]) -> list[Commitment]:
    out: list[Commitment] = []
    for item in items:
        twin = next((o for o in out if o.kind == item.kind and _same(o, item)), None)
        if twin is None:
            out.append(item)
        elif len(item.text) > len(twin.text):
            twin.text = item.text
    return out


def test_commitment_dedupe_matches_the_pairwise_one() -> None:
    rng = random.Random(3)
    words = ["pilot", "clinic", "booking", "reminders", "consent", "wave", "sites", "launch"]

    def make() -> list[Commitment]:
        r = random.Random(rng.random())
        return [
            Commitment(
                kind=r.choice(["milestone", "stage"]),
                title=" ".join(r.sample(words, 3)),
                text=" ".join(r.sample(words, r.randint(2, 6)))
                + (f" {r.randint(1, 3)} sites" if r.random() < 0.6 else "")
                + (" in wave 2" if r.random() < 0.3 else ""),
                source=Source(file="deck.pptx", slide=r.randint(1, 40)),
            )
            for _ in range(200)
        ]

    for _ in range(5):
        state = rng.random()
        rng.seed(state)
        fast = _dedupe(make())
        rng.seed(state)
        slow = _dedupe_every_pair(make())
        assert [(c.kind, c.title, c.text) for c in fast] == [
            (c.kind, c.title, c.text) for c in slow
        ]
        assert len(fast) < 150  # twins were found and merged


def test_dependents_in_task_order() -> None:
    tasks = {
        "T1": {"id": "T1", "depends_on": []},
        "T2": {"id": "T2", "depends_on": ["T1"]},
        "T3": {"id": "T3", "depends_on": ["T1", "T2", "T1"]},
    }
    got = _dependents(tasks)
    assert [t["id"] for t in got["T1"]] == ["T2", "T3"]
    assert [t["id"] for t in got["T2"]] == ["T3"]


def test_blob_serializer_round_trips_and_stores_each_value_once(tmp_path: Path) -> None:
    serde = BlobSerializer(tmp_path / "blobs")
    plain = JsonPlusSerializer()
    org = {"root": "/org", "roles": [{"name": f"Role {i}", "team": "x" * 40} for i in range(80)]}
    deck = {"name": "deck.pptx", "units": [{"number": i, "text": "y" * 200} for i in range(50)]}
    checkpoint = {
        "v": 4,
        "id": "c1",
        "channel_values": {"deck": deck, "org": org, "answers": {}, "repairs": 0},
        "channel_versions": {"deck": 1},
    }
    for _ in range(3):  # three steps with the same values: stored once
        kind, data = serde.dumps_typed(checkpoint)
        assert serde.loads_typed((kind, data)) == checkpoint
        assert len(data) < len(plain.dumps_typed(checkpoint)[1]) / 10
    blobs = sorted(p for p in (tmp_path / "blobs").rglob("*") if p.is_file())
    sends = [Send("decompose", {"vision": {"id": f"V{i}"}, "org": org}) for i in range(20)]
    for send in sends:
        kind, data = serde.dumps_typed(send)
        back = serde.loads_typed((kind, data))
        assert isinstance(back, Send) and back.arg == send.arg and back.node == "decompose"
        assert BLOB.encode() in data
    # the org every branch receives is the org the checkpoint already stored
    assert sorted(p for p in (tmp_path / "blobs").rglob("*") if p.is_file()) == blobs
    assert serde.loads_typed(serde.dumps_typed(None)) is None
    assert serde.loads_typed(serde.dumps_typed("short")) == "short"


def _python_docx_runs(paragraph: object, runs: object, size: object = None) -> None:
    """Spans as python-docx's own run objects write them: the reference for the fragments
    agent/render/_docx.py parses."""
    from agent.render._docx import _run_text

    for span in runs:  # type: ignore[attr-defined]
        text = _run_text(span)
        if not text:
            continue
        run = paragraph.add_run(text)  # type: ignore[attr-defined]
        run.bold = span.bold or None
        run.italic = span.italic or None
        if span.code:
            run.font.name = "Consolas"
        if size is not None:
            run.font.size = size


def _python_docx_block(doc: object, block: object) -> None:
    """A heading, paragraph, quote, callout or list as python-docx's own objects write it."""
    from agent.render._doc import Callout, Heading, ListBlock, Para, Quote
    from agent.render._docx import WARNING
    from agent.render._text import docx_text

    def para(style: str | None = None) -> object:
        return doc.add_paragraph(style=style)  # type: ignore[attr-defined]

    if isinstance(block, Heading):
        _python_docx_runs(para(f"Heading {min(max(block.level - 1, 1), 9)}"), block.text)
    elif isinstance(block, Para):
        _python_docx_runs(para(), block.text)
    elif isinstance(block, Quote):
        _python_docx_runs(para("Quote"), block.text)
    elif isinstance(block, Callout):
        par = para("Intense Quote")
        title = par.add_run(docx_text(block.title) + " ")  # type: ignore[attr-defined]
        title.bold = True
        if block.level == "warning":
            from docx.oxml import OxmlElement
            from docx.oxml.ns import qn

            title.font.color.rgb = WARNING
            shd = OxmlElement("w:shd")
            shd.set(qn("w:val"), "clear")
            shd.set(qn("w:color"), "auto")
            shd.set(qn("w:fill"), "FFF4E5")
            par._p.get_or_add_pPr().append(shd)  # type: ignore[attr-defined]
        _python_docx_runs(par, block.text)
    elif isinstance(block, ListBlock):
        for n, item in enumerate(block.items, start=1):
            if block.ordered:
                par = para("List Paragraph")
                par.add_run(f"{n}. ")  # type: ignore[attr-defined]
            else:
                par = para("List Bullet")
            _python_docx_runs(par, item.text)
            for child in item.children:
                _python_docx_runs(para("List Bullet 2"), child)


# Text a run must carry unchanged: edge spaces, markup characters, a CDATA end, RACI letters.
ODD_TEXT = [
    " lead",
    "trail ",
    "x & <y> \"q\" 'a'",
    "",
    "  ",
    "A",
    "R",
    "C",
    "I",
    "\u00e9\u4e2d",
    "a]]>b",
    "t\tab",
]


def _odd_spans(rng: random.Random, most: int = 4) -> list[object]:
    """Up to ``most`` spans of awkward text (edge spaces, markup characters, CDATA ends,
    letters a RACI cell colours), some bold, italic or code."""
    from agent.render._doc import Span

    return [
        Span(
            rng.choice(ODD_TEXT),
            bold=rng.random() < 0.3,
            italic=rng.random() < 0.3,
            code=rng.random() < 0.2,
        )
        for _ in range(rng.randint(0, most))
    ]


def test_docx_paragraphs_written_as_fragments_match_python_docx() -> None:
    from docx import Document as new_document
    from lxml import etree

    from agent.render._doc import Callout, Heading, Item, ListBlock, Para, Quote
    from agent.render._docx import docx_block

    rng = random.Random(11)
    blocks: list[object] = []
    for _ in range(60):
        kind = rng.randrange(7)
        if kind == 0:
            blocks.append(Heading(rng.randint(1, 12), _odd_spans(rng)))
        elif kind == 1:
            blocks.append(Para(_odd_spans(rng)))
        elif kind == 2:
            blocks.append(Quote(_odd_spans(rng)))
        elif kind in (3, 4):
            level = "warning" if kind == 3 else "note"
            blocks.append(Callout("Warning: <it> & 'this'", _odd_spans(rng), level=level))
        else:
            items = [
                Item(_odd_spans(rng), [_odd_spans(rng) for _ in range(rng.randint(0, 2))])
                for _ in range(rng.randint(1, 4))
            ]
            blocks.append(ListBlock(items, ordered=kind == 5))
    fast, slow = new_document(), new_document()
    state: dict[str, bool] = {}
    for block in blocks:
        docx_block(fast, block, state)  # type: ignore[arg-type]
        _python_docx_block(slow, block)
    assert len(fast.element.body) == len(slow.element.body) > 60
    assert etree.tostring(fast.element.body) == etree.tostring(slow.element.body)


def test_raci_workbook_styles_copied_per_column_match_styles_set_per_cell(
    tmp_path: Path,
) -> None:
    import zipfile

    from openpyxl.styles import Alignment

    from agent.render import _xlsx
    from agent.render._raci import RaciMatrix

    rows = [
        [f"T{i}", f"=cmd|' /C calc'!A{i}", "tech", "A", "R", "" if i % 3 else "C"]
        for i in range(30)
    ]
    matrix = RaciMatrix(roles=["CIO", "COO", "Data lead"], task_rows=rows, layer_rows=rows[:4])

    def per_cell(ws: object, matrix: object, rows: list[list[str]]) -> None:
        _matrix_sheet(ws, matrix, rows)
        for r, values in enumerate(rows, start=2):
            for col in range(1, len(values) + 1):
                c = ws.cell(row=r, column=col)  # type: ignore[attr-defined]
                c.alignment = (
                    Alignment(horizontal="center", vertical="top")
                    if col > len(_xlsx._FIXED_WIDTHS)
                    else Alignment(wrap_text=col == 2, vertical="top")
                )

    _matrix_sheet = _xlsx._matrix_sheet
    written = {}
    for name, writer in (("fast", _matrix_sheet), ("slow", per_cell)):
        from openpyxl import Workbook

        wb = Workbook()
        writer(wb.active, matrix, matrix.task_rows)
        writer(wb.create_sheet("Layers"), matrix, matrix.layer_rows)
        wb.save(tmp_path / f"{name}.xlsx")
        with zipfile.ZipFile(tmp_path / f"{name}.xlsx") as z:
            written[name] = {n: z.read(n) for n in z.namelist() if "docProps" not in n}
    assert written["fast"] == written["slow"]


def _python_docx_table(doc: object, block: object) -> None:
    """The table as python-docx's own objects write it, cell by cell: the reference the
    one-fragment writer in agent/render/_docx.py must match."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    from agent.render._doc import plain_text
    from agent.render._docx import LETTER_FILLS, _repeat_header, _shade, _style
    from agent.render._text import docx_text

    matrix = block.kind == "matrix"  # type: ignore[attr-defined]
    size = Pt(7.5) if matrix else Pt(9)
    table = doc.add_table(rows=1, cols=len(block.header))  # type: ignore[attr-defined]
    table.style = _style(doc, "Table Grid")
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for cell, name in zip(table.rows[0].cells, block.header, strict=True):  # type: ignore[attr-defined]
        run = cell.paragraphs[0].add_run(docx_text(name))
        run.bold = True
        run.font.size = size
        _shade(cell, "F2F2F2")
    _repeat_header(table)
    for row in block.rows:  # type: ignore[attr-defined]
        for n, (cell, runs) in enumerate(zip(table.add_row().cells, row, strict=True)):
            par = cell.paragraphs[0]
            text = plain_text(runs).strip()
            if matrix and n >= 2:
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if text in LETTER_FILLS:
                    run = par.add_run(text)
                    run.bold = True
                    run.font.size = size
                    if text in ("A", "R"):
                        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                    _shade(cell, LETTER_FILLS[text])
                continue
            _python_docx_runs(par, runs, size)


def test_docx_tables_written_as_one_fragment_match_python_docx() -> None:
    from docx import Document as new_document
    from lxml import etree

    from agent.render._doc import Table
    from agent.render._docx import _table

    rng = random.Random(7)
    for kind in ("plain", "matrix"):
        rows = [[_odd_spans(rng, most=3) for _ in range(5)] for _ in range(40)]
        block = Table(["Item", "Title", "CIO", "COO", "Data lead"], rows, kind=kind)  # type: ignore[arg-type]
        fast, slow = new_document(), new_document()
        _table(fast, block)
        _python_docx_table(slow, block)
        assert etree.tostring(fast.tables[0]._tbl) == etree.tostring(slow.tables[0]._tbl)


def test_blob_serializer_keeps_the_deck_and_org_as_their_models(tmp_path: Path) -> None:
    from schemas.context import OrgContext, Role
    from schemas.deck import Deck

    serde = BlobSerializer(tmp_path / "blobs")
    org = OrgContext(root="/org", roles=[Role(name=f"Role {i}", team="x" * 40) for i in range(80)])
    deck = Deck.model_validate(
        {
            "path": "/decks/deck.pptx",
            "name": "deck.pptx",
            "kind": "pptx",
            "sha256": "0" * 64,
            "units": [
                {"number": i, "kind": "slide", "title": f"Slide {i} " + "y" * 200}
                for i in range(1, 30)
            ],
        }
    )
    checkpoint = {"v": 4, "id": "c1", "channel_values": {"deck": deck, "org": org}}
    kind, data = serde.dumps_typed(checkpoint)
    back = serde.loads_typed((kind, data))["channel_values"]
    assert isinstance(back["deck"], Deck) and back["deck"] == deck
    assert isinstance(back["org"], OrgContext) and back["org"] == org
    assert BLOB.encode() in data and b"Role 1" not in data  # stored once, beside the checkpoint
    sent = serde.loads_typed(serde.dumps_typed(Send("decompose", {"org": org})))
    assert isinstance(sent.arg["org"], OrgContext) and sent.arg["org"] == org
    # lists of them too (the visions, a vision's retrieved passages), in state and in a Send
    from schemas.context import ContextHit
    from schemas.plan import Vision

    vision = Vision.model_validate(
        {
            "id": "V1",
            "text": "Raise the repeat rate to 25% by 2026",
            "source": {"file": "deck.pptx", "slide": 2},
            "vagueness": {"vague": False, "score": 0.1},
        }
    )
    hits = [ContextHit(doc="roster.csv", chunk=i, text="z" * 100) for i in range(30)]
    values = {"visions": [vision], "hits": {"V1": hits}, "tasks": [{"id": "T1"}]}
    back = serde.loads_typed(serde.dumps_typed({"v": 4, "channel_values": values}))
    assert back["channel_values"] == values
    assert isinstance(back["channel_values"]["hits"]["V1"][0], ContextHit)
    assert serde.loads_typed(serde.dumps_typed([vision])) == [vision]  # a step's write
    sent = serde.loads_typed(serde.dumps_typed(Send("decompose", {"vision": vision, "hits": hits})))
    assert sent.arg == {"vision": vision, "hits": hits}


def test_rare_overlap_gives_the_same_floats_whatever_the_hash_seed() -> None:
    """Ties between tasks (which tasks a gap blocks) must not flip between runs: the weights
    are summed in one order, not in a set's hash order."""
    import os
    import subprocess
    import sys

    script = (
        "from agent.knowledge.text import rare_overlap, content_stems as c;"
        "docs=[c(t) for t in ['sensor data retention depot yard','yard sensor retention weekly',"
        "'depot data weekly export manual','retention policy data yard depot sensor']];"
        "print(repr(rare_overlap('sensor data is retained for thirty days at the depot yard "
        "weekly export manual policy', docs)))"
    )
    outs = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
        )
        outs.add(done.stdout)
    assert len(outs) == 1, outs


def test_wordllama_embedding_without_padding_is_the_models_bit_for_bit() -> None:
    import warnings

    import numpy as np

    from agent.context._chunking import chunk_document
    from agent.context._loader import parse_source, resolve_org_dir, scan_folder
    from agent.context._wordllama import embed, wordllama_model

    root = resolve_org_dir(Path(__file__).parents[1] / "examples" / "northwind-health" / "org")
    texts = [
        chunk.search_text()
        for source in scan_folder(root, max_bytes=10**7, exclude=root / ".none", known={})
        for chunk in chunk_document(parse_source(source, max_bytes=10**7))
    ]
    texts += ["", " ", "a", "Émile naïve café — 東京 🙂", "x" * 3000, "word " * 900, "\n\t"]
    random.Random(2).shuffle(texts)
    model = wordllama_model("l2_supercat", 256)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the empty texts divide by a zero norm, in both
        for batch in (texts, texts[:1], texts[:70], [""]):
            expected = model.embed(list(batch), norm=True)
            got = np.array(embed(list(batch)))
            assert got.dtype == np.float32
            assert np.array_equal(expected, got, equal_nan=True)


def _example_texts() -> list[str]:
    org = Path(__file__).parents[1] / "examples" / "northwind-health" / "org"
    texts = [
        line for f in sorted(org.rglob("*")) if f.is_file() for line in f.read_text().splitlines()
    ]
    rng = random.Random(11)
    pieces = [
        "**Bold**",
        "_it_",
        "`code`",
        "[link](http://x)",
        "10 am",
        "10 amazing",
        "e-visit",
        "'quoted'",
        "A&B",
        "5.5%",
        "naïve",
        "don’t",
        "self-scheduling",
        "__init__",
        "*",
        "the",
        "and",
        "Q3",
        "9pm",
        "-",
        "'-'",
        "\t",
        "  ",
        "x_y",
        "[a]",
        "(b)",
    ]
    texts += [" ".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(400)]
    return texts


def test_bm25_tokenize_is_the_projects_tokens() -> None:
    from agent.context._search import tokenize
    from agent.knowledge.text import tokens

    for _ in range(2):  # the second pass answers from the word cache
        for text in _example_texts():
            assert tokenize(text) == tokens(text), text


def test_clean_inline_fast_path_and_cache_change_nothing() -> None:
    import re

    from agent.context._documents import clean_inline

    inline = re.compile(r"(\*\*|__|\*|_|`)(.+?)\1")
    link = re.compile(r"\[([^\]]+)\]\([^)]*\)")

    def plain(text: str) -> str:  # the function before the fast path and the cache
        text = link.sub(r"\1", text)
        for _ in range(2):
            text = inline.sub(r"\2", text)
        return " ".join(text.split())

    texts = _example_texts()
    texts.append("word " * 2000 + "**bold**")  # longer than the cache takes
    for _ in range(2):
        for text in texts:
            assert clean_inline(text) == plain(text), text


def test_index_written_from_a_child_process_is_the_one_written_here(tmp_path: Path) -> None:
    """Three syncs (first index; a file changed, one removed, one added, one unreadable; that
    one readable again) with the store written by a forked child and by the process itself:
    the same summaries, hits, context, saved corpus, facts cache and store contents. In a new
    process: a fork is only safe before Chroma's runtime is up (tests/_writes_equivalence.py)."""
    import subprocess
    import sys

    script = Path(__file__).parent / "_writes_equivalence.py"
    root = Path(__file__).parents[1]
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=root,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "same"


def test_plan_derived_fields_are_read_again_when_the_plan_changes(tmp_path: Path) -> None:
    import json
    import os

    from agent.web._runs import from_plan

    plan = tmp_path / "plan.json"
    reads: list[str] = []

    def read(path: Path) -> dict[str, list[str]]:
        reads.append(path.read_text())
        return {"roles": json.loads(path.read_text())}

    plan.write_text('["a"]')
    first = from_plan(plan, "roles", read)
    first["roles"].append("changed by a caller")
    assert from_plan(plan, "roles", read) == {"roles": ["a"]} and len(reads) == 1
    assert from_plan(plan, "other", read) == {"roles": ["a"]} and len(reads) == 2
    plan.write_text('["b", "c"]')  # a re-plan writes a new file
    assert from_plan(plan, "roles", read) == {"roles": ["b", "c"]} and len(reads) == 3
    replaced = tmp_path / "new.json"
    replaced.write_text('["d", "e"]')  # same size, replaced atomically: another inode
    stat = plan.stat()
    os.replace(replaced, plan)
    os.utime(plan, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert from_plan(plan, "roles", read) == {"roles": ["d", "e"]}
    plan.unlink()
    assert from_plan(plan, "missing", lambda p: {"roles": []}) == {"roles": []}
