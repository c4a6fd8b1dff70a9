"""The team database: connecting to it, and its schema (ours, the queue's, LangGraph's).

One Postgres database holds three things, each created by its own library:

- ``groundwork_runs`` / ``groundwork_run_events``: run records (the ``RunRecord`` JSON) and
  their numbered events (for server-sent events from any API process);
- procrastinate's tables (``procrastinate_jobs``...): the job queue;
- LangGraph's checkpoint tables (``checkpoints``...): ``PostgresSaver``.

``ensure_schema`` creates what is missing on first start (under an advisory lock, so several
processes starting at once do it once) and refuses to run against a schema this version does
not know; ``groundwork db upgrade`` applies the queue's migrations after a version upgrade.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypedDict

from agent.errors import ConfigError, DatabaseError

log = logging.getLogger("groundwork.team")

SCHEMA_VERSION = 1  # of our own tables
SCHEMA_LOCK = 0x67726E64  # advisory lock id ("grnd"): one process sets the schema up at a time
NOTIFY_CHANNEL = "groundwork_runs"

OUR_TABLES = """
CREATE TABLE IF NOT EXISTS groundwork_runs (
    id text PRIMARY KEY,
    status text NOT NULL,
    created double precision NOT NULL,
    updated double precision NOT NULL,
    last_seq integer NOT NULL DEFAULT 0,
    record jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS groundwork_runs_status ON groundwork_runs (status);
CREATE TABLE IF NOT EXISTS groundwork_run_events (
    run_id text NOT NULL REFERENCES groundwork_runs (id) ON DELETE CASCADE,
    seq integer NOT NULL,
    event text NOT NULL,
    data jsonb NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, seq)
);
"""


def check_url(url: str | None) -> str:
    """The URL, when it is one a worker or server can use; ConfigError naming the option else."""
    if not url or not url.strip():
        raise ConfigError("--database-url (or GROUNDWORK_DATABASE_URL) is required")
    url = url.strip()
    if not url.startswith(("postgresql://", "postgres://")):
        raise ConfigError(
            "--database-url must be a postgresql:// URL "
            "(e.g. postgresql://groundwork@db.internal:5432/groundwork)"
        )
    return url


def describe(url: str) -> str:
    """``user@host:port/dbname``: the URL without its password, for messages and logs."""
    try:
        from psycopg.conninfo import conninfo_to_dict

        info = conninfo_to_dict(url)
    except Exception:
        return "the database"
    user = f"{info['user']}@" if info.get("user") else ""
    host = str(info.get("host") or "localhost")
    port = f":{info['port']}" if info.get("port") else ""
    return f"{user}{host}{port}/{info.get('dbname') or ''}"


def _reason(exc: BaseException, url: str) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    try:
        from psycopg.conninfo import conninfo_to_dict

        password = conninfo_to_dict(url).get("password")
    except Exception:
        password = None
    if password:
        text = text.replace(str(password), "***")
    return text[:300]


def database_error(exc: BaseException, url: str, doing: str = "reach") -> DatabaseError:
    return DatabaseError(f"cannot {doing} the team database {describe(url)}: {_reason(exc, url)}")


class Keepalives(TypedDict):
    """libpq's TCP keepalive parameters."""

    keepalives: int
    keepalives_idle: int
    keepalives_interval: int
    keepalives_count: int


# Dead peers are noticed in about a minute, not the system's two hours (a worker's machine
# that loses power must release its runs' leases).
KEEPALIVES: Keepalives = {
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
}


def connect(url: str, **kwargs: Any) -> Any:
    """A psycopg connection (autocommit); DatabaseError with one line when it cannot be had."""
    import psycopg

    try:
        return psycopg.connect(url, autocommit=True, connect_timeout=10, **KEEPALIVES, **kwargs)
    except psycopg.Error as exc:
        raise database_error(exc, url) from None


class Database:
    """A connection pool on the team database, opened on first use."""

    def __init__(self, url: str, *, max_size: int = 8) -> None:
        self.url = check_url(url)
        self.max_size = max_size
        self._pool: Any = None

    def __repr__(self) -> str:
        return f"Database({describe(self.url)!r})"

    @property
    def where(self) -> str:
        return describe(self.url)

    def pool(self) -> Any:
        if self._pool is None:
            from psycopg_pool import ConnectionPool

            self._pool = ConnectionPool(
                self.url,
                min_size=1,
                max_size=self.max_size,
                kwargs={"autocommit": True, **KEEPALIVES},
                open=False,
                name="groundwork",
            )
            try:
                self._pool.open(wait=True, timeout=15)
            except Exception as exc:
                self._pool.close()
                self._pool = None
                raise database_error(exc, self.url) from None
        return self._pool

    @contextmanager
    def connection(self) -> Iterator[Any]:
        import psycopg

        try:
            with self.pool().connection() as conn:
                yield conn
        except psycopg.OperationalError as exc:
            raise database_error(exc, self.url) from None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool = None


def _migrations() -> list[Path]:
    from procrastinate import schema

    return sorted(Path(schema.SchemaManager.get_migrations_path()).glob("*.sql"))


def queue_schema_version() -> str:
    """The newest queue migration this install knows (its file name, without .sql)."""
    return _migrations()[-1].stem


def advisory_lock(
    conn: Any, key: int, sub: int | None = None, timeout: float | None = None
) -> None:
    """Take a session advisory lock, polling: a session blocked inside ``pg_advisory_lock``
    holds its transaction open, and ``CREATE INDEX CONCURRENTLY`` (LangGraph's migrations)
    waits for every open transaction, so a blocking wait could deadlock with it."""
    deadline = None if timeout is None else time.monotonic() + timeout

    def take() -> bool:
        if sub is None:
            return bool(conn.execute("SELECT pg_try_advisory_lock(%s)", (key,)).fetchone()[0])
        row = conn.execute("SELECT pg_try_advisory_lock(%s, %s)", (key, sub)).fetchone()
        return bool(row[0])

    while not take():
        if deadline is not None and time.monotonic() > deadline:
            raise DatabaseError(
                f"gave up after {timeout:g} s waiting for another process to release "
                "a lock on the team database"
            )
        time.sleep(0.2)


def ensure_schema(url: str, *, upgrade: bool = False) -> list[str]:
    """Create the team database's tables if they are missing; with ``upgrade``, apply the
    queue's pending migrations. Returns what was done (one line each)."""
    from procrastinate import schema

    from agent.checkpointers import PostgresCheckpoints

    done: list[str] = []
    with connect(url) as conn:
        try:
            advisory_lock(conn, SCHEMA_LOCK, timeout=600)
            conn.execute(
                "CREATE TABLE IF NOT EXISTS groundwork_schema "
                "(component text PRIMARY KEY, version text NOT NULL)"
            )
            versions = dict(conn.execute("SELECT component, version FROM groundwork_schema"))
            ours = int(versions.get("groundwork", 0))
            if ours > SCHEMA_VERSION:
                raise DatabaseError(
                    f"the team database {describe(url)} was set up by a newer groundwork "
                    f"(schema {ours}, this one knows {SCHEMA_VERSION}): upgrade this install"
                )
            if ours < SCHEMA_VERSION:
                with conn.transaction():
                    conn.execute(OUR_TABLES)
                    _set_version(conn, "groundwork", str(SCHEMA_VERSION))
                done.append(f"created groundwork's tables (schema {SCHEMA_VERSION})")
            latest = queue_schema_version()
            has_queue = conn.execute("SELECT to_regclass('procrastinate_jobs')").fetchone()[0]
            if has_queue is None:
                with conn.transaction():
                    conn.execute(schema.SchemaManager.get_schema())
                    _set_version(conn, "procrastinate", latest)
                done.append(f"created the job queue's tables (procrastinate {latest})")
            else:
                current = versions.get("procrastinate", latest)
                pending = [m for m in _migrations() if m.stem > current]
                if pending and not upgrade:
                    raise DatabaseError(
                        f"the team database {describe(url)} has the job queue's schema "
                        f"{current}; this version needs {len(pending)} migration(s): "
                        "stop the workers, back the database up, then run "
                        "`groundwork db upgrade`"
                    )
                for migration in pending:
                    with conn.transaction():
                        conn.execute(migration.read_text(encoding="utf-8"))
                        _set_version(conn, "procrastinate", migration.stem)
                    done.append(f"applied queue migration {migration.name}")
                if current != latest or "procrastinate" not in versions:
                    _set_version(conn, "procrastinate", latest)
            PostgresCheckpoints(url).setup()  # LangGraph's own migrations, idempotent
        except DatabaseError:
            raise
        except Exception as exc:
            raise database_error(exc, url, "set up") from None
        finally:
            try:
                conn.execute("SELECT pg_advisory_unlock(%s)", (SCHEMA_LOCK,))
            except Exception:  # the connection is going away anyway
                log.debug("advisory unlock failed", exc_info=True)
    return done


def _set_version(conn: Any, component: str, version: str) -> None:
    conn.execute(
        "INSERT INTO groundwork_schema (component, version) VALUES (%s, %s) "
        "ON CONFLICT (component) DO UPDATE SET version = EXCLUDED.version",
        (component, version),
    )
