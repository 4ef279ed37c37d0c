"""JSON and JSONL renderings of results, and the JSON Schema of the contract."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel

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


_SCHEMA_FILES = {
    "result": "check_result.schema.json",
    "claim": "claim.schema.json",
    "procedure": "procedure_profile.schema.json",
    "payer": "payer_profile.schema.json",
}


def json_schema(which: str = "result") -> dict[str, Any]:
    """Return a JSON Schema: ``result`` (CheckResult), ``claim``, ``procedure`` or ``payer``.

    The committed copies are under schema/ (a test keeps them equal to the models).
    """
    from nlp_checker.claims.model import Claim
    from nlp_checker.profiles.model import PayerProfile, ProcedureProfile

    models: dict[str, type[BaseModel]] = {
        "result": CheckResult, "claim": Claim, "procedure": ProcedureProfile,
        "payer": PayerProfile,
    }  # fmt: skip
    schema: dict[str, Any] = models[which].model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://nlp-checker.invalid/schema/{_SCHEMA_FILES[which]}"
    return schema
