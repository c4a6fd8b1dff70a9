"""The exception tree. Catch ``GroundworkError`` for everything groundwork raises on purpose.

GroundworkError                  one-line message, safe to show a user
├── InputError                   a file we were given is unusable (has .path and .reason)
│   ├── EncryptedFileError       password-protected PDF, encrypted PPTX container
│   ├── CorruptFileError         truncated, malformed, unreadable structure
│   ├── UnsupportedFormatError   not a deck (or legacy .ppt: convert to .pptx)
│   ├── NoTextError              nothing extractable (scanned: OCR it first)
│   ├── FileTooLargeError        over the byte limit, or a ZIP that would inflate past it
│   └── UnsafeArchiveError       an uploaded ZIP with traversal, links, encryption, clashes
├── ContextError                 org-context folder missing, empty, or unusable
├── ConfigError                  a setting no run can work with (names the flag/variable)
├── LLMError                     the model endpoint
│   ├── LLMConfigError           no endpoint/model configured for --engine llm
│   ├── LLMUnavailableError      429/5xx/timeouts after bounded retries
│   └── LLMResponseError         output still invalid after bounded repair attempts
├── PlanValidationError          a plan that breaks the contract after repair
├── ExportError                  a tracker refused an export (GitHub's API answered an error)
├── DatabaseError                the team database (Postgres) is unreachable or not set up
└── RunError                     unknown run directory, nothing to resume, bad answers file
    ├── BudgetExceededError      the run passed its time limit or memory ceiling (agent.budget)
    ├── RunCancelledError        the run was cancelled while it ran
    ├── RunNotFoundError         no run with that id (the web service)
    └── RunStateError            the run is not in a state for that (answers to a done run)
"""

from __future__ import annotations

from pathlib import Path


class GroundworkError(Exception):
    """Base class; ``str(err)`` is a single line suitable for a user."""

    def __str__(self) -> str:
        return " ".join(super().__str__().split())


class InputError(GroundworkError):
    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        # Pickled across the budget's process boundary: rebuild from (path, reason).
        return (type(self), (self.path, self.reason))


class EncryptedFileError(InputError):
    pass


class CorruptFileError(InputError):
    pass


class UnsupportedFormatError(InputError):
    pass


class NoTextError(InputError):
    pass


class FileTooLargeError(InputError):
    pass


class UnsafeArchiveError(InputError):
    pass


class ContextError(GroundworkError):
    pass


class ConfigError(GroundworkError):
    pass


class LLMError(GroundworkError):
    pass


class LLMConfigError(LLMError):
    pass


class LLMUnavailableError(LLMError):
    pass


class LLMResponseError(LLMError):
    pass


class PlanValidationError(GroundworkError):
    pass


class ExportError(GroundworkError):
    pass


class DatabaseError(GroundworkError):
    pass


class RunError(GroundworkError):
    pass


class BudgetExceededError(RunError):
    pass


class RunCancelledError(RunError):
    pass


class RunNotFoundError(RunError):
    pass


class RunStateError(RunError):
    pass


__all__ = [
    "BudgetExceededError",
    "ConfigError",
    "ContextError",
    "CorruptFileError",
    "DatabaseError",
    "EncryptedFileError",
    "ExportError",
    "FileTooLargeError",
    "GroundworkError",
    "InputError",
    "LLMConfigError",
    "LLMError",
    "LLMResponseError",
    "LLMUnavailableError",
    "NoTextError",
    "PlanValidationError",
    "RunCancelledError",
    "RunError",
    "RunNotFoundError",
    "RunStateError",
    "UnsafeArchiveError",
    "UnsupportedFormatError",
]
