"""schemathesis drives every operation of the OpenAPI schema with generated requests: no server error anywhere, and
every answer matches the description (status code documented, content type, headers, body schema)."""
from __future__ import annotations

import os

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import (content_type_conformance, negative_data_rejection, not_a_server_error,
                                 response_headers_conformance, response_schema_conformance, status_code_conformance)

from tests.api.conftest import KEY

#: The contract: no 500, and the answer is the one the description promises.
CONTRACT = [not_a_server_error, status_code_conformance, content_type_conformance, response_headers_conformance,
            response_schema_conformance]
#: Examples per operation and mode: bounded so the whole run stays within a couple of minutes in CI.
EXAMPLES = int(os.environ.get("KEHOACH_FUZZ_EXAMPLES", "25"))


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    from api.app import create_app
    from api.settings import Settings
    from tests.conftest import SAMPLES

    db = tmp_path_factory.mktemp("schemathesis") / "kehoach.db"
    app = create_app(Settings(db_url=f"sqlite:///{db}", api_key=KEY, workers=1, max_upload_bytes=200_000))
    with TestClient(app) as client:  # runs the lifespan: database, job runner
        for f in sorted(SAMPLES.glob("*.txt"))[:2]:
            client.post("/documents", files={"file": (f.name, f.read_bytes(), "text/plain")}, headers={"X-API-Key": KEY})
        app.state.jobs.wait_idle(120)
        yield schemathesis.openapi.from_asgi("/openapi.json", app)


def _run(op, mode: GenerationMode, checks) -> list[str]:
    failures: list[str] = []

    @given(case=op.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None,
              derandomize=not os.environ.get("KEHOACH_FUZZ"))
    def check(case):
        try:
            case.call_and_validate(headers={"X-API-Key": KEY}, checks=checks)
        except BaseException as group:  # a FailureGroup: every failed check of this case
            for e in getattr(group, "exceptions", [group]):
                failures.append(f"{case.method} {op.path} {case.path_parameters} {case.query}: {type(e).__name__}: "
                                + " | ".join(str(e).splitlines()[:4]))

    try:
        check()
    except Unsatisfiable:  # no invalid request exists for an operation without parameters
        assert mode is GenerationMode.NEGATIVE
    return failures


@pytest.fixture(scope="module")
def operations(api_schema):
    ops = [r.ok() for r in api_schema.get_all_operations()]
    assert len(ops) >= 14
    return ops


def test_valid_requests_get_documented_answers(operations):
    """Schema-valid requests for every operation (derandomized, so CI runs the same cases; KEHOACH_FUZZ=1 for
    fresh random ones): never a 500, and status, content type, headers and body as documented."""
    failures = [f for op in operations for f in _run(op, GenerationMode.POSITIVE, CONTRACT)]
    assert not failures, "\n".join(dict.fromkeys(failures))


def test_invalid_requests_are_rejected_as_documented(operations):
    """Schema-violating requests: rejected (4xx), with a documented problem+json answer, never a 500.

    A multipart field cannot carry a type, so `file=false` is a file holding "false": that one check is left out
    for request bodies."""
    failures = []
    for op in operations:
        checks = CONTRACT + ([] if "requestBody" in op.definition.raw else [negative_data_rejection])
        failures += _run(op, GenerationMode.NEGATIVE, checks)
    assert not failures, "\n".join(dict.fromkeys(failures))


def test_problem_answers_are_documented_as_sent(api_schema):
    raw = api_schema.raw_schema
    for path, item in raw["paths"].items():
        for method, op in item.items():
            for code, answer in op["responses"].items():
                if int(code) >= 400:
                    assert list(answer["content"]) == ["application/problem+json"], (method, path, code)
    for path in ("/citations/{key}", "/jobs/{job_id}", "/documents/{document_id}/source", "/documents/{document_id}", "/graph"):
        assert "404" in raw["paths"][path]["get"]["responses"], path
