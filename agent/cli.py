"""Command line: parse arguments, call the library, format output. No logic lives here.

Every command turns a GroundworkError into one line on stderr and a non-zero exit.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from agent.errors import BudgetExceededError, GroundworkError

if TYPE_CHECKING:
    from rich.console import Console

    from agent.config import PlanConfig
    from agent.record import Question
    from agent.runner import Progress, RunResult
    from agent.state import PlanState

# Startup stays a blink: the workflow (langgraph, chromadb, openai), pydantic and rich are
# imported inside the commands that use them, never here (bench/startup.py measures it).

app = typer.Typer(
    name="groundwork",
    help="Turn a strategy deck plus your organization's context into an operational plan.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # click's plain help: rich's formatter costs a second of startup on every --help.
    rich_markup_mode=None,
)
context_app = typer.Typer(
    help="Index and query an organization's context folder.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(context_app, name="context")
db_app = typer.Typer(
    help="The team database (groundwork serve/worker --database-url).", no_args_is_help=True
)
app.add_typer(db_app, name="db")


@cache
def _console(stderr: bool) -> Console:
    """rich's Console, made on first use: commands that print plain text never import rich."""
    from rich.console import Console

    return Console(stderr=stderr)


def out() -> Console:
    return _console(False)


def err() -> Console:
    return _console(True)


TimeLimitOption = Annotated[
    str | None,
    typer.Option(
        "--time-limit",
        help="stop the run after this much wall time: 600, 90s, 30m, 2h; 0 = none "
        "(env GROUNDWORK_TIME_LIMIT; default 1h)",
    ),
]
MemoryLimitOption = Annotated[
    str | None,
    typer.Option(
        "--memory-limit",
        help="stop the run when it holds more memory than this: 512M, 4G; 0 = none "
        "(env GROUNDWORK_MEMORY_LIMIT; default 4G)",
    ),
]


def _budget_overrides(time_limit: str | None, memory_limit: str | None) -> dict[str, float]:
    """PlanConfig fields from the flags (0 = no limit); unset flags leave env/defaults alone."""
    from agent.budget import Budget

    if time_limit is None and memory_limit is None:
        return {}
    budget = Budget.from_env(time_limit, memory_limit)
    return {"time_limit": budget.seconds or 0.0, "memory_limit": budget.memory_bytes or 0}


@app.command()
def extract(
    deck: Annotated[
        Path, typer.Argument(help="PPTX or PDF (type read from the bytes, not the name)")
    ],
    format: Annotated[str, typer.Option("--format", "-f", help="json | markdown")] = "markdown",
    max_bytes: Annotated[
        int | None, typer.Option(help="refuse files (or ZIP contents) larger than this")
    ] = None,
    time_limit: TimeLimitOption = None,
    memory_limit: MemoryLimitOption = None,
) -> None:
    """Extract a deck's text with structure and provenance.

    \b
    Example: groundwork extract examples/northwind/deck.pptx --format json
    """
    from agent.cli_entry import extract_deck, write_deck

    result = extract_deck(deck, max_bytes, time_limit, memory_limit)
    if format not in ("json", "markdown"):
        raise typer.BadParameter("--format must be json or markdown")
    write_deck(result, format)


def _engine_line(config: PlanConfig) -> str:
    name = config.resolved_engine()
    if name == "llm":
        return f"engine: llm (model {config.model or 'default'} at {config.base_url or 'api.openai.com'})"
    why = "no model endpoint configured" if config.engine == "auto" else "requested"
    return f"engine: rules ({why}; deterministic, offline)"


def _ask(questions: list[Question]) -> dict[str, str]:
    """Ask the strategist on the terminal; an empty answer keeps the flag."""
    answers: dict[str, str] = {}
    err().print(
        f"\n[bold]{len(questions)} vision(s) are too vague to execute.[/bold] Answer to sharpen them (Enter to skip)."
    )
    for item in questions:
        err().print(f"\n[bold]{item['id']}[/bold] {item['text']}")
        for reason in item.get("reasons", []) or []:
            err().print(f"  - {reason['message']}")
        lines = []
        for question in item.get("questions", []) or []:
            reply = typer.prompt(f"  ? {question}", default="", show_default=False)
            if reply.strip():
                lines.append(reply.strip())
        if lines:
            answers[str(item["id"])] = " ".join(lines)
    return answers


def _summary(result: RunResult) -> None:
    from rich.markup import escape

    plan = result.plan
    if plan is None:
        return
    from collections import Counter

    from schemas.plan import Layer

    vague = sum(1 for v in plan.visions if v.vagueness.vague)
    layers = Counter(str(t.layer) for t in plan.tasks)
    out().print(f"\n[bold]Plan written to {result.out_dir}[/bold]")
    if plan.org_fit is not None and plan.org_fit.verdict == "mismatch":
        # Said first: a plan built on another business's context would be worse than none.
        out().print(
            f"  [bold yellow]org context not used:[/bold yellow] {escape(plan.org_fit.reason)}"
        )
    out().print(
        f"  visions: {len(plan.visions)} ({vague} vague)   scenarios: {len(plan.scenarios)}   gaps: {len(plan.gaps)}"
    )
    from_deck = sum(1 for t in plan.tasks if t.origin == "deck")
    clock = plan.roadmap
    months = round((clock.horizon_weeks or 0) / 4.345)
    out().print(
        f"  from the deck: {from_deck} of {len(plan.tasks)} tasks   roadmap: {months} months"
        f" on the {'deck' if clock.clock == 'deck' else 'method'}'s clock"
        + (f"   packs: {', '.join(plan.domain.packs)}" if plan.domain else "")
    )
    out().print(
        "  tasks: "
        + ", ".join(f"{layer.value} {layers.get(layer.value, 0)}" for layer in Layer)
        + f" (total {len(plan.tasks)})"
    )
    if vague:
        out().print(
            f"  {vague} vision(s) still vague: answer later with "
            f"groundwork resume {result.out_dir} --answers answers.yaml (re-plans what they change)"
        )
    eng = plan.engine
    out().print(
        f"  engine: {eng.name}{' ' + eng.model if eng.model else ''}   calls: {eng.llm_calls} (+{eng.cached_calls} cached)"
        f"   tokens: {eng.prompt_tokens} prompt / {eng.completion_tokens} completion"
    )
    out().print(
        "  files: "
        + ", ".join(
            sorted({Path(p).name if "/tasks/" not in p else "tasks/" for p in result.outputs})
        )
    )


def _drive_cli(
    start: Callable[[Progress], RunResult], interactive: bool, out_dir: Path | None = None
) -> RunResult:
    """Run with progress lines; a model failure names the folder ``groundwork resume`` takes."""
    from agent.errors import LLMError

    try:
        return _drive_steps(start, interactive)
    except LLMError as exc:
        if out_dir is None:
            raise
        raise type(exc)(str(exc).replace("OUT_DIR", str(out_dir))) from None


def _drive_steps(start: Callable[[Progress], RunResult], interactive: bool) -> RunResult:
    import time

    from agent.runner import resume

    last = [time.monotonic()]

    def progress(step: str, update: PlanState) -> None:
        now = time.monotonic()
        drafts = update.get("drafts") if step == "decompose" else None
        label = f"{step} {drafts[0]['vision_id']}" if isinstance(drafts, list) and drafts else step
        err().print(f"  [green]✓[/green] {label} ({now - last[0]:.1f}s)", highlight=False)
        last[0] = now

    result = start(progress)
    while result.status == "paused" and interactive:
        answers = _ask(result.questions)  # {} when every question was skipped: keep the flags
        result = resume(result.run_dir, answers=answers, progress=progress)
    return result


@app.command("plan")
def plan_command(
    deck: Annotated[Path, typer.Argument(help="strategy deck: PPTX or PDF")],
    context: Annotated[
        Path, typer.Option("--context", "-c", help="the organization's context folder")
    ],
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="output folder")] = Path("out"),
    engine: Annotated[str, typer.Option(help="auto | llm | rules")] = "auto",
    model: Annotated[str | None, typer.Option(help="model name (env GROUNDWORK_MODEL)")] = None,
    base_url: Annotated[
        str | None, typer.Option(help="OpenAI-compatible endpoint (env OPENAI_BASE_URL)")
    ] = None,
    non_interactive: Annotated[
        bool, typer.Option("--non-interactive", help="never pause; keep vagueness flags")
    ] = False,
    answers: Annotated[
        Path | None, typer.Option(help="YAML/JSON answers to clarifying questions")
    ] = None,
    max_concurrency: Annotated[
        int | None,
        typer.Option(help="parallel model calls and branches (env GROUNDWORK_MAX_CONCURRENCY)"),
    ] = None,
    chroma_url: Annotated[
        str | None, typer.Option(help="shared Chroma server, e.g. http://127.0.0.1:8001")
    ] = None,
    context_tokens: Annotated[
        int | None,
        typer.Option(
            help="the model's context window; every prompt plus answer fits in it "
            "(env GROUNDWORK_CONTEXT_TOKENS, default 8000)"
        ),
    ] = None,
    llm_max_tokens: Annotated[
        int | None,
        typer.Option(
            help="tokens one answer may use (env GROUNDWORK_LLM_MAX_TOKENS, default 30% of the window)"
        ),
    ] = None,
    llm_timeout: Annotated[
        float | None,
        typer.Option(
            help="seconds one model request may take, retries included (env GROUNDWORK_LLM_TIMEOUT, default 120)"
        ),
    ] = None,
    llm_attempts: Annotated[
        int | None,
        typer.Option(
            help="tries per request on 429/5xx/connection errors (env GROUNDWORK_LLM_ATTEMPTS, default 5)"
        ),
    ] = None,
    time_limit: TimeLimitOption = None,
    memory_limit: MemoryLimitOption = None,
) -> None:
    """Write an operational plan for DECK grounded in the org context.

    \b
    Example: groundwork plan examples/northwind-health/strategy.pptx --context examples/northwind-health/org --out out

    \b
    Example (a local 8k model): OPENAI_BASE_URL=http://127.0.0.1:8080/v1 groundwork plan deck.pptx -c org --context-tokens 8192 --llm-timeout 600
    """
    if engine not in ("auto", "llm", "rules"):
        raise typer.BadParameter("--engine must be auto, llm or rules")
    from agent.config import PlanConfig
    from agent.runner import load_answers
    from agent.runner import plan as run_plan

    given = load_answers(answers) if answers else None
    interactive = not non_interactive and given is None and sys.stdin.isatty()
    config = PlanConfig.from_env(
        engine=engine,
        model=model,
        base_url=base_url,
        max_concurrency=max_concurrency,
        chroma_url=chroma_url,
        interactive=interactive or (not non_interactive and given is None),
        context_tokens=context_tokens,
        llm_max_tokens=llm_max_tokens,
        llm_timeout=llm_timeout,
        llm_max_attempts=llm_attempts,
        **_budget_overrides(time_limit, memory_limit),
    )
    err().print(_engine_line(config))
    result = _drive_cli(
        lambda progress: run_plan(
            deck, context=context, out=out_dir, config=config, answers=given, progress=progress
        ),
        interactive,
        out_dir,
    )
    _finish_cli(result)


def _finish_cli(result: RunResult) -> None:
    if result.status == "paused":
        err().print(
            f"\npaused: {len(result.questions)} vision(s) need the strategist's answers. "
            f"Run: groundwork resume {result.out_dir} --answers answers.yaml"
        )
        for item in result.questions:
            err().print(f"  {item['id']}: " + " | ".join(str(q) for q in item.get("questions", [])))
        raise typer.Exit(3)
    _summary(result)


@app.command("resume")
def resume_command(
    run_dir: Annotated[
        Path,
        typer.Argument(
            help="the output folder of a paused or interrupted run, or of a finished plan "
            "whose visions are still vague (with --answers)"
        ),
    ],
    answers: Annotated[
        Path | None, typer.Option(help="YAML/JSON answers to clarifying questions")
    ] = None,
    time_limit: TimeLimitOption = None,
    memory_limit: MemoryLimitOption = None,
) -> None:
    """Continue a run that paused for answers or stopped, without redoing finished steps.

    On a finished plan, --answers answers the visions it left vague and re-plans what they
    change (the deck is not read again).

    \b
    Example: groundwork resume out --answers answers.yaml
    """
    from agent.config import PlanConfig
    from agent.runner import load_answers, resume

    given = load_answers(answers) if answers else None
    interactive = given is None and sys.stdin.isatty()
    overrides = _budget_overrides(time_limit, memory_limit)
    config = PlanConfig.from_env(**overrides) if overrides else None
    result = _drive_cli(
        lambda progress: resume(run_dir, answers=given, config=config, progress=progress),
        interactive,
        run_dir,
    )
    _finish_cli(result)


def _context_index(org_dir: Path, index_dir: Path | None, chroma_url: str | None, embeddings: str):  # type: ignore[no-untyped-def]
    import os

    from agent.context import ContextIndex

    return ContextIndex(
        org_dir,
        index_dir=index_dir,
        chroma_url=chroma_url or os.environ.get("GROUNDWORK_CHROMA_URL") or None,
        embeddings=embeddings,
    )


def _context_sync(index, *, quiet: bool = False):  # type: ignore[no-untyped-def]
    """Sync with a rich progress bar on stderr; one warning line per skipped file."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    labels = {"read": "reading files", "embed": "embedding chunks"}
    # Redrawn from here, not by rich's refresh thread: a sync forks a child to write a large
    # index (agent/context/_writes.py), which it only does in a process without threads.
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err(),
        transient=True,
        disable=quiet,
        auto_refresh=False,
    ) as bar:
        tasks: dict[str, object] = {}
        drawn = [0.0]

        def report(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(labels.get(stage, stage), total=total)
            bar.update(tasks[stage], completed=done, total=total)  # type: ignore[arg-type]
            now = time.monotonic()
            if now - drawn[0] >= 0.1 or done >= total:
                drawn[0] = now
                bar.refresh()

        summary = index.sync(progress=report)
    for line in summary.skipped:
        err().print(f"[yellow]warning:[/yellow] skipped {line}", highlight=False, soft_wrap=True)
    return summary


ChromaUrlOption = Annotated[
    str | None,
    typer.Option(
        "--chroma-url", help="use a Chroma server (http://HOST:PORT) instead of the embedded store"
    ),
]
IndexDirOption = Annotated[
    Path | None,
    typer.Option(
        "--index-dir", help="embedded index location (default: ORG_DIR/../.groundwork/index)"
    ),
]
EmbeddingsOption = Annotated[
    str, typer.Option("--embeddings", help="wordllama (offline, default) | openai")
]


@context_app.command("index")
def context_index_command(
    org_dir: Annotated[Path, typer.Argument(help="the org-context folder")],
    chroma_url: ChromaUrlOption = None,
    index_dir: IndexDirOption = None,
    embeddings: EmbeddingsOption = "wordllama",
    json_output: Annotated[bool, typer.Option("--json", help="print the summary as JSON")] = False,
) -> None:
    """Index an org-context folder (incremental: unchanged files are not re-embedded).

    \b
    Example: groundwork context index examples/northwind-health/org
    """
    index = _context_index(org_dir, index_dir, chroma_url, embeddings)
    summary = _context_sync(index, quiet=json_output)
    if json_output:
        _print_json(summary.model_dump())
        return
    out().print(
        f"indexed [bold]{summary.documents}[/bold] documents into [bold]{summary.chunks}[/bold] chunks "
        f"at {summary.location} (collection {summary.collection}) in {summary.seconds:.2f}s",
        highlight=False,
    )
    out().print(
        f"  embedded {summary.embedded_chunks} chunks; files: {summary.added} new, {summary.changed} changed, "
        f"{summary.unchanged} unchanged, {summary.removed} removed",
        highlight=False,
    )
    out().print(
        f"  found {summary.roles} roles, {summary.systems} systems, {summary.absences} stated absences, "
        f"{summary.metrics} metrics",
        highlight=False,
    )
    if summary.skipped:
        out().print(f"  skipped {len(summary.skipped)} file(s):", highlight=False)
        for line in summary.skipped:
            out().print(f"    {line}", highlight=False, soft_wrap=True)
    if summary.tier_defaulted:
        out().print(
            f"  note: no tier stated for {len(summary.tier_defaulted)} role(s), assumed core: "
            + ", ".join(summary.tier_defaulted),
            highlight=False,
            soft_wrap=True,
        )
    if not summary.roles:
        out().print(
            "  note: no roster found (add a roster.csv, or a 'Team'/'Roles' section listing each role)",
            highlight=False,
            soft_wrap=True,
        )
    for warning in summary.warnings:
        out().print(f"  note: {warning}", highlight=False, soft_wrap=True)


@context_app.command("search")
def context_search_command(
    org_dir: Annotated[Path, typer.Argument(help="the org-context folder")],
    query: Annotated[str, typer.Argument(help="what to look for")],
    k: Annotated[int, typer.Option("-k", "--top", min=1, max=100, help="how many chunks")] = 6,
    json_output: Annotated[bool, typer.Option("--json", help="print hits as JSON")] = False,
    chroma_url: ChromaUrlOption = None,
    index_dir: IndexDirOption = None,
    embeddings: EmbeddingsOption = "wordllama",
) -> None:
    """Search an org-context folder (indexes it first, incrementally, if needed).

    \b
    Example: groundwork context search examples/northwind-health/org "who owns consent?" -k 3
    """
    index = _context_index(org_dir, index_dir, chroma_url, embeddings)
    _context_sync(index, quiet=json_output)
    hits = index.search(query, k=k)
    if json_output:
        _print_json([h.model_dump() for h in hits])
        return
    if not hits:
        out().print("no matches")
    for rank, hit in enumerate(hits, start=1):
        where = f"{hit.doc} #{hit.chunk}" + (f" ({hit.heading})" if hit.heading else "")
        out().print(
            f"[bold]{rank}. {where}[/bold]  chars {hit.start}-{hit.end}  score {hit.score:.4f}",
            highlight=False,
        )
        snippet = " ".join(hit.text.split())
        out().print(
            f"   {snippet[:300]}{'...' if len(snippet) > 300 else ''}",
            highlight=False,
            soft_wrap=True,
        )


@context_app.command("roles")
def context_roles_command(
    org_dir: Annotated[Path, typer.Argument(help="the org-context folder")],
    json_output: Annotated[bool, typer.Option("--json", help="print the roster as JSON")] = False,
) -> None:
    """Print the roster found in an org-context folder: role, team, tier and source.

    \b
    Example: groundwork context roles examples/northwind-health/org --json
    """
    from rich.table import Table

    from agent.budget import Budget, run_with_budget
    from agent.context import load_context

    # Under the run budget (GROUNDWORK_TIME_LIMIT / GROUNDWORK_MEMORY_LIMIT): a hostile org
    # folder ends in one line, never a hang.
    context = run_with_budget(
        load_context, org_dir, budget=Budget.from_env(), what="reading the org folder"
    )
    for line in context.skipped:
        err().print(f"[yellow]warning:[/yellow] skipped {line}", highlight=False, soft_wrap=True)
    for line in context.warnings:
        err().print(f"[yellow]warning:[/yellow] {line}", highlight=False, soft_wrap=True)
    if json_output:
        _print_json([r.model_dump() for r in context.roles])
        return
    if not context.roles:
        out().print(
            "no roster found (add a roster.csv, or a 'Team'/'Roles' section listing each role)"
        )
        return
    table = Table(title=f"{len(context.roles)} roles in {org_dir}")
    for column in ("role", "team", "tier", "source"):
        table.add_column(column)
    for role in context.roles:
        tier = role.tier if role.tier_stated else f"{role.tier} (not stated, assumed)"
        table.add_row(role.name, role.team or "", tier, role.source)
    out().print(table)
    defaulted = sum(not r.tier_stated for r in context.roles)
    if defaulted:
        out().print(f"{defaulted} role(s) had no tier in the source and default to core.")


DatabaseUrlOption = Annotated[
    str | None,
    typer.Option(
        "--database-url",
        help="team mode: a postgresql:// URL for runs, jobs and checkpoints (env "
        "GROUNDWORK_DATABASE_URL; keep the password in ~/.pgpass or PGPASSWORD, not here)",
        show_default=False,
    ),
]


@app.command("serve")
def serve_command(
    host: Annotated[str, typer.Option(help="interface to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port")] = 8000,
    org: Annotated[
        list[Path] | None,
        typer.Option("--org", help="an org-context folder users can pick (repeatable)"),
    ] = None,
    runs_dir: Annotated[
        Path, typer.Option("--runs-dir", help="where runs keep their uploads, state and plans")
    ] = Path("runs"),
    workers: Annotated[
        int | None, typer.Option(help="runs executed at the same time, one process each")
    ] = None,
    max_upload_mb: Annotated[
        int | None, typer.Option(help="largest upload accepted, in MB (default 50)")
    ] = None,
    allowed_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allowed-host",
            help="a Host name clients may use (repeatable; default: loopback names only; "
            "'*' allows any, behind a proxy that checks it)",
        ),
    ] = None,
    retention_days: Annotated[
        float | None, typer.Option(help="delete finished runs older than this (default 30)")
    ] = None,
    database_url: DatabaseUrlOption = None,
    chroma_url: Annotated[
        str | None,
        typer.Option(help="shared Chroma server for org indexes, e.g. http://127.0.0.1:8001"),
    ] = None,
) -> None:
    """Serve the upload page and JSON API (OpenAPI at /docs). Set GROUNDWORK_TOKEN to require a token.

    Settings also come from GROUNDWORK_* variables (GROUNDWORK_WORKERS, GROUNDWORK_ALLOWED_HOSTS,
    GROUNDWORK_RETENTION_DAYS, GROUNDWORK_RETENTION_BYTES, ...); options win.

    With --database-url (team mode) this process only records, queues and reads runs: start
    `groundwork worker` processes on the same database, and give every process the same
    --runs-dir (a shared storage path). See docs/deploy.md.

    \b
    Example: groundwork serve --org examples/northwind-health/org, then open http://127.0.0.1:8000/
    Example (team): groundwork serve --database-url postgresql://groundwork@db/groundwork --runs-dir /srv/groundwork/runs --chroma-url http://chroma:8001
    """
    import uvicorn

    from agent.web import LOOPBACK_HOSTS, WebSettings, create_app

    hosts = list(allowed_host or [])
    if host not in ("0.0.0.0", "::", *LOOPBACK_HOSTS):
        hosts.append(host)  # the address it was started on is a name clients may use
    settings = WebSettings.from_env(
        runs_dir,
        list(org or []),
        workers=workers,
        max_upload_bytes=max_upload_mb * 1024 * 1024 if max_upload_mb else None,
        allowed_hosts=[*LOOPBACK_HOSTS, *hosts] if hosts else None,
        retention_days=retention_days,
        database_url=database_url,
    )
    if chroma_url:
        settings.base_config.chroma_url = chroma_url
    mode = "in this process"
    if settings.database_url is not None:
        from agent.team import check_url, describe

        url = check_url(settings.database_url.get_secret_value())
        mode = f"by groundwork workers on {describe(url)}"
    err().print(
        f"groundwork: serving http://{host}:{port}/  (runs in {runs_dir.resolve()}, "
        f"executed {mode}; orgs: {', '.join(settings.orgs) or 'none, upload a ZIP'}; "
        f"hosts: {', '.join(settings.allowed_hosts)}; "
        f"token {'required' if settings.token else 'off'})",
        highlight=False,
        soft_wrap=True,
    )
    # Open event streams must not hold a shutdown: runs keep their checkpoints and resume.
    uvicorn.run(
        create_app(settings), host=host, port=port, log_level="info", timeout_graceful_shutdown=3
    )


@app.command("worker")
def worker_command(
    database_url: DatabaseUrlOption = None,
    concurrency: Annotated[
        int, typer.Option(min=1, help="runs executed at the same time, one process each")
    ] = 2,
    stalled_after: Annotated[
        float,
        typer.Option(
            min=1.0,
            help="seconds a worker may go without a heartbeat before others take over its runs",
        ),
    ] = 30.0,
    max_retries: Annotated[
        int, typer.Option(min=0, help="times a run whose worker died is continued elsewhere")
    ] = 1,
    shutdown_grace: Annotated[
        float,
        typer.Option(
            min=0.0, help="on SIGTERM, seconds running runs get to finish before being requeued"
        ),
    ] = 10.0,
) -> None:
    """Run plan and resume jobs for `groundwork serve --database-url` (team mode), until SIGTERM.

    Every worker needs the same database, the same storage path as the API processes (the
    run folders, at the same place) and the model settings (OPENAI_BASE_URL, OPENAI_API_KEY,
    GROUNDWORK_MODEL...) in its environment. See docs/deploy.md.

    \b
    Example: groundwork worker --database-url postgresql://groundwork@db/groundwork --concurrency 4
    """
    import logging
    import os

    from agent.config import PlanConfig
    from agent.team import WorkerSettings, check_url, describe, run_worker

    url = check_url(database_url or os.environ.get("GROUNDWORK_DATABASE_URL"))
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    settings = WorkerSettings(
        url,
        concurrency=concurrency,
        stalled_after=stalled_after,
        max_retries=max_retries,
        shutdown_grace=shutdown_grace,
    )

    def ready() -> None:
        err().print(
            f"groundwork: worker {settings.name} taking jobs from {describe(url)} "
            f"({concurrency} at a time)",
            highlight=False,
            soft_wrap=True,
        )

    run_worker(settings, api_key=PlanConfig.from_env().api_key, ready=ready)


@db_app.command("upgrade")
def db_upgrade_command(database_url: DatabaseUrlOption = None) -> None:
    """Create the team database's tables, or migrate them after upgrading groundwork.

    Stop the workers and back the database up first (docs/deploy.md). LangGraph's checkpoint
    tables migrate themselves when a server or worker starts; the job queue's need this.

    \b
    Example: groundwork db upgrade --database-url postgresql://groundwork@db/groundwork
    """
    import os

    from agent.team import check_url, describe, ensure_schema, queue_schema_version

    url = check_url(database_url or os.environ.get("GROUNDWORK_DATABASE_URL"))
    done = ensure_schema(url, upgrade=True)
    for line in done:
        out().print(f"  {line}", highlight=False)
    out().print(
        f"{describe(url)}: up to date (job queue schema {queue_schema_version()})",
        highlight=False,
    )


@app.command("eval")
def eval_command(
    engine: Annotated[str, typer.Option(help="rules | llm")] = "rules",
    cases: Annotated[
        list[Path] | None,
        typer.Option(
            "--cases",
            help="folder of eval cases, or one case; repeat for several (default: evals/cases)",
        ),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="print the JSON report on stdout")
    ] = False,
    report_path: Annotated[
        Path | None, typer.Option("--out", help="JSON report file (default: ./evals-report.json)")
    ] = None,
    min_score: Annotated[
        float | None, typer.Option("--min-score", help="fail when the overall score is under this")
    ] = None,
    keep: Annotated[
        Path | None, typer.Option("--keep", help="keep each case's plan and outputs in this folder")
    ] = None,
    junit: Annotated[
        Path | None,
        typer.Option("--junit", help="write JUnit XML: a testcase per eval case and threshold"),
    ] = None,
    markdown: Annotated[
        Path | None,
        typer.Option(
            "--markdown", help="write a Markdown summary (metric, threshold, value, delta)"
        ),
    ] = None,
    baseline: Annotated[
        Path | None,
        typer.Option(
            "--baseline",
            help="previous JSON report: fail when a metric drops by more than its tolerance",
        ),
    ] = None,
    prices: Annotated[
        Path | None,
        typer.Option("--prices", help="price table YAML for the cost estimate (evals/prices.yaml)"),
    ] = None,
    corpus: Annotated[
        Path | None,
        typer.Option(
            "--corpus", help="shared corpus folder for corpus_deck cases (default ../shared/corpus)"
        ),
    ] = None,
    suite: Annotated[
        str | None,
        typer.Option(
            "--suite",
            help="thresholds section to judge by: grounded (evals/domain and evals/corpus)",
        ),
    ] = None,
) -> None:
    """Plan every eval case, score the plans against the gold, fail under the thresholds.

    Exit codes: 0 pass; 1 a metric under its threshold (evals/thresholds.yaml), the overall
    score under --min-score, or a drop past tolerance against --baseline; 2 bad input;
    4 not run (--engine llm without an endpoint, or every case skipped).

    \b
    Examples:
      groundwork eval --engine rules --min-score 0.9
      groundwork eval --cases evals/cases --cases evals/domain --cases evals/blind
      groundwork eval --cases evals/domain --cases evals/corpus --suite grounded
      groundwork eval --baseline main-report.json --junit evals.xml --markdown evals.md
    """
    from agent.files import atomic_write_text
    from evals.ci import to_junit, to_markdown
    from evals.runner import default_report_path, run_evals

    if engine not in {"rules", "llm"}:
        raise typer.BadParameter("--engine must be rules or llm")
    try:
        report = run_evals(
            engine=engine,
            cases_dir=cases or None,
            out_dir=keep,
            progress=lambda message: err().print(message, highlight=False),
            min_score=min_score,
            corpus=corpus,
            baseline=baseline,
            prices=prices,
            suite=suite,
        )
    except (FileNotFoundError, ValueError) as exc:
        err().print(f"groundwork eval: {exc}", highlight=False, soft_wrap=True)
        raise SystemExit(2) from None
    for path, text in ((junit, to_junit), (markdown, to_markdown)):
        if path is not None:
            atomic_write_text(path, text(report))
    if report.skipped:
        err().print(
            f"groundwork eval: not run (engine {engine}): {report.skipped}",
            highlight=False,
            soft_wrap=True,
        )
        if as_json:
            sys.stdout.write(report.to_json() + "\n")
        raise SystemExit(report.exit_code)
    target = report_path or default_report_path()
    atomic_write_text(target, report.to_json() + "\n")
    if as_json:
        sys.stdout.write(report.to_json() + "\n")
    else:
        report.print_table(out())
    err().print(f"report written to {target}", highlight=False)
    if not report.passed:
        problems = [*report.failures, *(f"regressed {r}" for r in report.regressions)]
        err().print(
            f"groundwork eval: FAIL, {len(problems)} check(s) failed: " + "; ".join(problems),
            highlight=False,
            soft_wrap=True,
        )
        raise SystemExit(
            report.exit_code
        )  # not typer.Exit: main() runs click with standalone_mode=False


def _start_date(value: str | None) -> tuple[date, str]:
    """--start-date, or next Monday (said so, since every due date hangs on it)."""
    from agent.render import next_monday

    if value is None:
        start = next_monday()
        return start, f"start date {start.isoformat()} (next Monday; set --start-date to change)"
    try:
        return date.fromisoformat(value), f"start date {value}"
    except ValueError:
        raise typer.BadParameter(f"--start-date must be YYYY-MM-DD, not {value[:40]!r}") from None


@app.command("export")
def export_command(
    out_dir: Annotated[Path, typer.Argument(help="a plan's output folder (holds plan.json)")],
    to: Annotated[
        str,
        typer.Option("--to", help="jira | asana | linear | trello | github | ics | msproject"),
    ],
    start_date: Annotated[
        str | None,
        typer.Option("--start-date", help="the plan's week 1, YYYY-MM-DD (default next Monday)"),
    ] = None,
    dry_run: Annotated[
        bool,
        typer.Option("--dry-run", help="print what would be written or created; touch nothing"),
    ] = False,
    target: Annotated[
        str | None,
        typer.Option("--out", help="file to write, - for stdout (default OUT/exports/<name>)"),
    ] = None,
    epics: Annotated[
        str, typer.Option("--epics", help="group tasks by phase | layer | vision")
    ] = "phase",
    id_prefix: Annotated[
        str,
        typer.Option("--id-prefix", help="external ids are PREFIX-<task key> (default gw)"),
    ] = "gw",
    jira_keys: Annotated[
        Path | None,
        typer.Option(
            "--jira-keys",
            help="CSV exported from Jira after the last import: fills Issue Key so it updates",
        ),
    ] = None,
    repo: Annotated[
        str | None,
        typer.Option(
            "--repo", help="github: create the issues in OWNER/NAME (token: GITHUB_TOKEN)"
        ),
    ] = None,
    api_url: Annotated[
        str, typer.Option("--api-url", help="github: API base URL (GitHub Enterprise)")
    ] = "https://api.github.com",
) -> None:
    """Export a plan's tasks to a tracker, a calendar or a Gantt tool.

    Every task keeps a stable id (PREFIX-<task key>) across re-plans, so re-importing
    updates what the last import made (Jira with --jira-keys, GitHub with --repo, calendars
    by event UID). Due dates come from the roadmap weeks counted from --start-date.

    Examples:
      groundwork export out/northwind-health --to jira --start-date 2027-01-04
      groundwork export out/northwind-health --to ics --out roadmap.ics
      groundwork export out/northwind-health --to msproject --out roadmap.xml
      groundwork export out/northwind-health --to github --repo acme/launch --dry-run
      GITHUB_TOKEN=... groundwork export out/northwind-health --to github --repo acme/launch
    """
    import os

    from agent.errors import InputError
    from agent.export import (
        FORMATS,
        ExportOptions,
        GitHubPublisher,
        dry_run_text,
        export_plan,
        github_payload,
        load_plan,
        read_jira_keys,
    )
    from agent.render import atomic_write_bytes

    if to not in FORMATS:
        raise typer.BadParameter(f"--to must be one of {', '.join(FORMATS)}, not {to[:40]!r}")
    if repo is not None and to != "github":
        raise typer.BadParameter("--repo is for --to github")
    if jira_keys is not None and to != "jira":
        raise typer.BadParameter("--jira-keys is for --to jira")
    start, start_note = _start_date(start_date)
    options = ExportOptions(start=start, epics=epics, prefix=id_prefix)  # type: ignore[arg-type]
    plan = load_plan(out_dir)
    keys = None
    if jira_keys is not None:
        try:
            keys = read_jira_keys(
                jira_keys.read_text("utf-8-sig"), str(jira_keys), prefix=id_prefix
            )
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(
                jira_keys, getattr(exc, "strerror", None) or "not a UTF-8 CSV"
            ) from None
    result = export_plan(plan, to, options, issue_keys=keys)
    n_items = len(result.export.items)
    err().print(
        f"groundwork export: {n_items} task(s); {start_note}", highlight=False, soft_wrap=True
    )
    if to == "github" and repo is not None:
        payload = github_payload(result.export)
        if dry_run:
            sys.stdout.write(dry_run_text(payload, repo))
            return
        token = os.environ.get("GITHUB_TOKEN") or os.environ.get("GH_TOKEN") or ""
        publisher = GitHubPublisher(repo, token, api_url=api_url)
        try:
            report = publisher.publish(payload, result.export)
        finally:
            publisher.close()
        out().print(
            f"{repo}: {len(report.created)} issue(s) created, {len(report.updated)} updated, "
            f"{report.milestones_created} milestone(s) and {report.labels_created} label(s) created.",
            highlight=False,
        )
        return
    path = (
        None if target == "-" else Path(target) if target else out_dir / "exports" / result.filename
    )
    if dry_run:
        if to == "github":
            sys.stdout.write(dry_run_text(github_payload(result.export)))
        where = "stdout" if path is None else str(path)
        sys.stdout.write(
            f"Would write {result.filename} ({FORMATS[to][2]}) to {where}: {n_items} task(s), "
            f"{len(result.export.epics)} epic(s), {len(result.export.milestones)} phase(s).\n"
        )
        for item in result.export.items:
            sys.stdout.write(f"  {item.external_id}  due {item.due.isoformat()}  {item.title}\n")
        if keys is not None:
            sys.stdout.write(f"{len(keys)} row(s) already in Jira get their Issue Key (update).\n")
        return
    if path is None:
        sys.stdout.buffer.write(result.content)
        sys.stdout.flush()
        return
    atomic_write_bytes(path, result.content)
    err().print(f"written {path}", highlight=False)


@app.command("vagueness")
def vagueness_command(
    source: Annotated[
        str, typer.Argument(help="text file with one goal statement per line, or - for stdin")
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="print a JSON array of vagueness objects, in input order")
    ] = False,
    engine: Annotated[str, typer.Option(help="rules (offline, default) | llm")] = "rules",
    context: Annotated[
        Path | None,
        typer.Option(
            "--context",
            help="org-context folder: questions and rewrites name its metrics and roles",
        ),
    ] = None,
) -> None:
    """Flag goal statements too vague to execute: reasons, questions, a suggested rewrite.

    One statement per non-empty line; --json prints one vagueness object per line, same order.
    A goal is executable when it names a metric, a target value and a date.

    \b
    Example: echo "Deliver a seamless experience across every touchpoint" | groundwork vagueness -

    \b
    Example: groundwork vagueness --json --context examples/northwind-health/org goals.txt
    """
    from agent.errors import ContextError, InputError

    if engine not in {"rules", "llm"}:
        raise typer.BadParameter("--engine must be rules or llm")
    name = "<stdin>" if source == "-" else source
    try:
        raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise InputError(name, exc.strerror or "cannot be read") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(name, "not UTF-8 text (expected one goal statement per line)") from None
    statements = [line.strip() for line in text.splitlines() if line.strip()]
    if not statements:
        raise InputError(name, "no statements (expected one goal statement per line)")

    org = None
    if context is not None:
        try:
            from agent.context import load_context
        except ImportError as exc:
            raise ContextError(f"--context is unavailable in this build ({exc})") from None
        org = load_context(context)

    if engine == "llm":
        from agent.config import PlanConfig
        from agent.engines import make_engine

        assess_one = make_engine(PlanConfig.from_env(engine="llm")).assess_vagueness
    else:
        from agent.engines.rules.vagueness import assess as assess_one
    results = [assess_one(statement, org) for statement in statements]

    if as_json:
        _print_json([r.model_dump() for r in results])
        return
    from rich.table import Table

    table = Table(show_lines=True)
    table.add_column("#", justify="right")
    table.add_column("statement", ratio=3)
    table.add_column("vague")
    table.add_column("score", justify="right")
    table.add_column("reasons", ratio=1)
    table.add_column("first question", ratio=2)
    for i, (statement, result) in enumerate(zip(statements, results, strict=True), 1):
        table.add_row(
            str(i),
            statement,
            "[red]yes[/red]" if result.vague else "[green]no[/green]",
            f"{result.score:.2f}",
            ", ".join(r.code for r in result.reasons) or "-",
            result.questions[0] if result.questions else "-",
        )
    out().print(table)
    flagged = sum(r.vague for r in results)
    out().print(f"{flagged} of {len(results)} statement(s) too vague to execute ({engine} engine).")


def _print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def _one_line(exc: BaseException) -> str:
    """The message on one line, printable whatever the file names held (lone surrogates from
    undecodable bytes become U+FFFD instead of failing the print)."""
    text = " ".join(str(exc).split())
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")[:2000]
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")[:2000]


def main() -> None:
    """Console-script entry point: one line per error, never a traceback."""
    try:
        code = app(standalone_mode=False)
        if isinstance(code, int) and code:  # typer.Exit(n) comes back as a return value here
            raise SystemExit(code)
    except Exception as exc:
        exit_for(exc)
    except KeyboardInterrupt as exc:
        exit_for(exc)


def exit_for(exc: BaseException) -> NoReturn:
    """What a command's error prints (one line on stderr, never a traceback) and exits with;
    also for ``groundwork extract`` run without this module (agent/cli_entry.py)."""
    if isinstance(exc, GroundworkError):
        err().print(f"[red]error:[/red] {_one_line(exc)}", highlight=False, soft_wrap=True)
        raise SystemExit(4 if isinstance(exc, BudgetExceededError) else 2) from None
    if isinstance(exc, typer.Abort):
        err().print("aborted")
        raise SystemExit(130) from None
    if isinstance(exc, KeyboardInterrupt):
        err().print("interrupted")
        raise SystemExit(130) from None
    if isinstance(exc, typer.Exit):
        raise SystemExit(exc.exit_code) from None
    if isinstance(exc, typer.BadParameter):
        err().print(f"error: {_one_line(exc)}", highlight=False, soft_wrap=True)
        raise SystemExit(2) from None
    if isinstance(exc, typer.TyperException):  # usage errors (typer's own click): usage, one line
        if hasattr(exc, "show"):
            exc.show()
        else:
            err().print(f"error: {_one_line(exc)}", highlight=False, soft_wrap=True)
        raise SystemExit(exc.exit_code) from None
    if isinstance(exc, Exception):  # anything unexpected: still one line
        err().print(
            f"error: internal error ({type(exc).__name__}): {_one_line(exc)}",
            highlight=False,
            soft_wrap=True,
        )
        raise SystemExit(1) from None
    raise exc


if __name__ == "__main__":
    main()
