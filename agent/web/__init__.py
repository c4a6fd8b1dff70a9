"""The web service: a JSON API over background runs, server-sent progress, and one page.

Public API::

    from agent.web import WebSettings, create_app
    app = create_app(WebSettings.from_env("runs", ["examples/northwind-health/org"]))

- ``WebSettings``: the server's settings (``GROUNDWORK_*`` environment via pydantic-settings).
- ``create_app``: the FastAPI app (routers per resource under ``agent.web.routers``).
- ``RunService``: what the API does to runs (create, answer, cancel, delete, retention).
- ``JobQueue`` / ``LocalJobQueue``: where runs' work goes; the embedded default runs each
  job in its own worker process. ``Job`` and ``execute`` are the unit of work and the work.
- ``RunStore``: run folders, their ``RunRecord`` (``agent.record``) and pushed events
  (``Event``, ``event_data``; ``RUN_ID`` is what a run id looks like). ``agent.team`` moves
  records and events into Postgres behind the same interface.
- ``ScrubTokens``: the logging filter that blanks ``token=`` query values (access logs).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from agent.web._settings import LOOPBACK_HOSTS, WebSettings, org_map

if TYPE_CHECKING:
    from agent.web._jobs import JobQueue, LocalJobQueue
    from agent.web._runs import RunService
    from agent.web._security import ScrubTokens
    from agent.web._store import RUN_ID, Event, EventData, RunStore, event_data
    from agent.web._worker import CANCELLED, Job, execute
    from agent.web.app import create_app

_LAZY = {
    "create_app": "agent.web.app",
    "RunService": "agent.web._runs",
    "JobQueue": "agent.web._jobs",
    "LocalJobQueue": "agent.web._jobs",
    "RunStore": "agent.web._store",
    "RUN_ID": "agent.web._store",
    "Event": "agent.web._store",
    "EventData": "agent.web._store",
    "event_data": "agent.web._store",
    "Job": "agent.web._worker",
    "execute": "agent.web._worker",
    "CANCELLED": "agent.web._worker",
    "ScrubTokens": "agent.web._security",
}


def __getattr__(name: str) -> Any:
    # FastAPI and the app load only when asked for: `groundwork --help` stays fast.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(name)


__all__ = [
    "CANCELLED",
    "LOOPBACK_HOSTS",
    "RUN_ID",
    "Event",
    "EventData",
    "Job",
    "JobQueue",
    "LocalJobQueue",
    "RunService",
    "RunStore",
    "ScrubTokens",
    "WebSettings",
    "create_app",
    "event_data",
    "execute",
    "org_map",
]
