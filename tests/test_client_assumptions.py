"""The client never refuses a call that only an assumption forbids: one case per kind of assumed
constraint (format, bound, enum, requiredness, type), each sent as given.

The shipped overlay states its few enums and bounds, so the assumed ones are added here to a copy
of it; the client is generated from that copy into a temporary folder and driven in a separate
interpreter (its package name is the shipped client's).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.catalog import parse_catalog
from generator.overlay import load_overlay
from generator.resolve import resolve
from generator.targets import openapi, python_client
from tests.conftest import CATALOG, OVERRIDES

ASSUMPTIONS = {
    # an enum and a bound the page does not state
    'durationMinutes = { type = "integer", description = "Minutes the condition must hold before '
    'the rule fires." }\nseverity = { type = "string", description = "Severity of alerts raised '
    'by the rule." }\n\n# /api/services/{id}/bare-metal/console': (
        'durationMinutes = { type = "integer", minimum = 1, maximum = 1440, description = "Minutes '
        'the condition must hold before the rule fires." }\nseverity = { type = "string", enum = '
        '["info", "warning", "critical"], description = "Severity of alerts raised by the rule." '
        "}\n\n# /api/services/{id}/bare-metal/console"
    ),
    # a requiredness the page does not state
    'newPlanId = { type = "string", ': 'newPlanId = { type = "string", required = true, ',
}

# Each call breaks one assumption; what goes over the wire, as JSON.
CALLS = {
    "enum": (
        'client.services.alert_rules.create("s1", severity="urgent")',
        {"severity": "urgent"},
    ),
    "bound": (
        'client.services.alert_rules.create("s1", duration_minutes=0)',
        {"durationMinutes": 0},
    ),
    "requiredness": (
        'client.services.change_plan("s1", downgrade_mode="now")',
        {"downgradeMode": "now"},
    ),
    "format": (
        'client.teams.members.create("t1", email="not an email")',
        {"email": "not an email"},
    ),
    "type": (
        'client.zones.records.create("z1", name="www", type="A", content="x", ttl="1h")',
        {"name": "www", "type": "A", "content": "x", "ttl": "1h"},
    ),
}

# Every call in one interpreter (the client's import is most of a call's cost), each through a
# fresh client: what each sent, as JSON, or the traceback it raised, by kind.
SCRIPT = """
import json, sys, traceback
import httpx
import expanse_api

def send(call):
    sent = []

    def record(request):
        sent.append(json.loads(request.content))
        return httpx.Response(200, json={"ok": True})

    http = httpx.Client(transport=httpx.MockTransport(record))
    client = expanse_api.Expanse(api_key="sk_test_assumptions", http_client=http)
    try:
        exec(call, {"client": client})
    except Exception:
        return {"error": traceback.format_exc()}
    return {"sent": sent}

print(json.dumps({kind: send(call) for kind, call in json.loads(sys.argv[1]).items()}))
"""


@pytest.fixture(scope="module")
def assumed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    """The client and document of the shipped overlay plus the assumptions above."""
    folder = tmp_path_factory.mktemp("assumed")
    text = OVERRIDES.read_text(encoding="utf-8")
    for old, new in ASSUMPTIONS.items():
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    overlay = folder / "overrides.toml"
    overlay.write_text(text, encoding="utf-8")
    api, _ = resolve(parse_catalog(CATALOG), load_overlay(overlay), str(CATALOG), str(overlay))
    for name, content in python_client.render(api).items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    document = json.loads(openapi.render(api)["openapi.json"])
    return folder / "python", document


@pytest.fixture(scope="module")
def sent(assumed: tuple[Path, dict[str, object]]) -> dict[str, dict[str, object]]:
    """What each call of `CALLS` sent (or the error it raised), from one run of the client."""
    package, _ = assumed
    calls = {kind: call for kind, (call, _) in CALLS.items()}
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT, json.dumps(calls)],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(package), "PATH": ""},
        cwd=package,
    )
    assert run.returncode == 0, run.stderr
    result: dict[str, dict[str, object]] = json.loads(run.stdout)
    return result


@pytest.mark.parametrize("kind", sorted(CALLS))
def test_a_call_that_breaks_only_an_assumption_is_sent(
    sent: dict[str, dict[str, object]], kind: str
) -> None:
    _, body = CALLS[kind]
    assert "error" not in sent[kind], sent[kind]["error"]
    assert sent[kind]["sent"] == [body]


def test_the_assumptions_still_shape_the_hints_and_the_document(
    assumed: tuple[Path, dict[str, object]],
) -> None:
    package, document = assumed
    services = (package / "expanse_api" / "resources" / "services.py").read_text(encoding="utf-8")
    assert 'severity: Literal["info", "warning", "critical"] | None = None' in services
    assert "new_plan_id: str | None = None" in services  # assumed required: never demanded
    schemas = document["components"]["schemas"]  # type: ignore[index]
    rule = schemas["CreateServiceAlertRuleBody"]["properties"]
    assert rule["severity"]["enum"] == ["info", "warning", "critical"]
    assert rule["severity"]["x-assumed"] is True
    assert rule["severity"]["description"].endswith("page: type, allowed values.")
    assert rule["durationMinutes"]["description"].endswith("page: type, minimum, maximum.")
    plan = schemas["ChangePlanServiceBody"]
    assert plan["required"] == ["newPlanId"]
    assert plan["properties"]["newPlanId"]["description"].endswith("page: type, requiredness.")
