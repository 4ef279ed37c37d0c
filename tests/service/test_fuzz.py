"""Fuzz the API from its own OpenAPI document: bad input never gives a 5xx."""

from __future__ import annotations

import httpx
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from tests.service.conftest import Server

# Per operation and generation mode (valid, then invalid requests): bounded to stay under a minute.
MAX_EXAMPLES = 20


def test_service_fuzz_no_server_errors(open_server: Server) -> None:
    # Arrange: the schema the running server publishes
    schema = schemathesis.openapi.from_url(f"{open_server.url}/openapi.json")
    failures: list[str] = []
    seen: dict[int, int] = {}
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 6

    # Act: drive every operation with generated (and mutated) requests
    for operation, mode in [(op, mode) for op in operations for mode in GenerationMode]:

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(
            max_examples=MAX_EXAMPLES, deadline=None, derandomize=True, database=None,
            suppress_health_check=list(HealthCheck),
        )  # fmt: skip
        def run(case: schemathesis.Case) -> None:
            response = case.call(timeout=60)
            seen[response.status_code] = seen.get(response.status_code, 0) + 1
            if response.status_code >= 500:
                failures.append(
                    f"{case.method} {case.formatted_path} -> {response.status_code}: "
                    f"{response.text[:200]}"
                )

        try:
            run()
        except Unsatisfiable:
            # An operation without parameters or body has no invalid variant to generate.
            assert mode is GenerationMode.NEGATIVE, operation.label

    # Assert
    assert not failures, "\n".join(failures)
    assert sum(seen.values()) >= 3 * len(operations), seen
    print("fuzz status counts:", dict(sorted(seen.items())))
    assert httpx.get(open_server.url + "/readyz").status_code == 200
