"""The types of JSON at the edges: what ``json.loads`` returns and JSON Schema documents.

Inside the workflow data is a pydantic model or a TypedDict; these aliases name the few
places where it is still JSON (a file read back, an HTTP body, a schema sent to a model).
"""

from __future__ import annotations

from typing import Any, TypeAlias

from pydantic import JsonValue

# Any JSON value; pydantic validates it as such in a model field (run.json, API bodies).
JSON: TypeAlias = JsonValue
JSONObject: TypeAlias = dict[str, JsonValue]
# A JSON Schema document, read and rewritten key by key (strict-mode rewriting, enums):
# its nodes are heterogeneous by design, so its values stay untyped.
JSONSchema: TypeAlias = dict[str, Any]

__all__ = ["JSON", "JSONObject", "JSONSchema"]
