"""JSON and JSONL renderings of results, and the JSON Schema of the contract."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from nlp_checker.outputs.result import CheckResult


def to_dict(result: CheckResult) -> dict[str, Any]:
    """Return the result as plain JSON-ready data."""
    return result.model_dump(mode="json")


def to_json(result: CheckResult) -> str:
    """Return one result as indented JSON."""
    return json.dumps(to_dict(result), indent=2, ensure_ascii=False)


def to_jsonl(results: Iterable[CheckResult]) -> Iterable[str]:
    """Yield one compact JSON line per result."""
    for result in results:
        yield json.dumps(to_dict(result), ensure_ascii=False, separators=(",", ":"))


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema of :class:`CheckResult` (schema/check_result.schema.json)."""
    schema = CheckResult.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://nlp-checker.invalid/schema/check_result.schema.json"
    return schema
