"""The probe's report as text (for people), JSON (for tools) or JUnit XML (one test per
operation, for CI). Every excerpt in it was redacted when it was read; keys appear by id only."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.probe.expect import LEGEND, Caller, Result, finding

if TYPE_CHECKING:
    from generator.model import Operation
    from generator.probe.send import Tally

FORMATS = ("text", "json", "junit")


@dataclass(frozen=True)
class Checked:
    """One operation and the calls made on it."""

    operation: Operation
    results: tuple[Result, ...]

    @property
    def finding(self) -> str | None:
        return finding(self.results)

    @property
    def mismatches(self) -> tuple[Result, ...]:
        return tuple(result for result in self.results if not result.matched)


def by_operation(operations: Sequence[Operation], results: Sequence[Result]) -> tuple[Checked, ...]:
    """The results of each operation, in the model's order."""
    found: dict[str, list[Result]] = {op.operation_id: [] for op in operations}
    for result in results:
        found[result.operation.operation_id].append(result)
    return tuple(Checked(op, tuple(found[op.operation_id])) for op in operations)


@dataclass(frozen=True)
class GroupCount:
    name: str
    operations: int
    calls: int
    mismatches: int
    failed_operations: int


@dataclass(frozen=True)
class ProbeReport:
    base_url: str
    callers: tuple[Caller, ...]
    checked: tuple[Checked, ...]
    held_back: int
    allow_writes: bool
    client_ip: str | None  # set when a key's ipWhitelist made it matter
    tally: Tally

    @property
    def failed(self) -> tuple[Checked, ...]:
        return tuple(item for item in self.checked if item.mismatches)

    @property
    def groups(self) -> list[GroupCount]:
        names = sorted({item.operation.tag for item in self.checked})
        counts = [
            self._count(name, [i for i in self.checked if i.operation.tag == name])
            for name in names
        ]
        return [*counts, self._count("all", list(self.checked))]

    @staticmethod
    def _count(name: str, items: Sequence[Checked]) -> GroupCount:
        return GroupCount(
            name=name,
            operations=len(items),
            calls=sum(len(item.results) for item in items),
            mismatches=sum(len(item.mismatches) for item in items),
            failed_operations=sum(1 for item in items if item.mismatches),
        )


def render(report: ProbeReport, form: str) -> str:
    return {"text": text_report, "json": json_report, "junit": junit_report}[form](report)


# --------------------------------------------------------------------------- text


def text_report(report: ProbeReport) -> str:
    tally, total = report.tally, report.groups[-1]
    callers = ", ".join(caller.name for caller in report.callers)
    lines = [
        f"Auth contract probe of {report.base_url}",
        f"callers: {callers}",
        f"{total.operations} operations x {len(report.callers)} callers: {total.calls} calls, "
        f"{tally.requests} requests ({tally.retries} retried after 429, {tally.waited:g} s "
        f"waited) in {tally.seconds:.1f} s",
    ]
    if report.held_back:
        lines.append(
            f"not sent: {report.held_back} writes that should be allowed "
            "(--allow-writes sends them, on staging only)"
        )
    if report.client_ip is not None:
        lines.append(f"keys with an ipWhitelist judged for client address {report.client_ip}")
    lines += ["", _table(report.groups), ""]
    if not report.failed:
        lines.append("Every call matched the documented auth contract.")
        return "\n".join(lines) + "\n"
    lines += [
        f"{total.mismatches} mismatches in {total.failed_operations} operations",
        f"(expected {LEGEND})",
    ]
    width = max(len(caller.name) for caller in report.callers)
    for item in report.failed:
        op = item.operation
        lines += [
            "",
            f"{op.method} {op.path}  ({op.scope or 'public'}; {op.operation_id})",
            f"  likely: {item.finding}",
        ]
        for result in item.mismatches:
            lines.append(
                f"  {result.caller.name:<{width}}  expected {result.expected:<11}  "
                f"got {result.answer}"
            )
    return "\n".join(lines) + "\n"


def _table(groups: Sequence[GroupCount]) -> str:
    header = ("group", "operations", "calls", "match", "mismatch")
    rows = [
        (g.name, str(g.operations), str(g.calls), str(g.calls - g.mismatches), str(g.mismatches))
        for g in groups
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    return "\n".join(
        "  ".join(
            cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)
        ).rstrip()
        for row in [header, *rows]
    )


# --------------------------------------------------------------------------- JSON


def json_report(report: ProbeReport) -> str:
    tally = report.tally
    document = {
        "baseUrl": report.base_url,
        "allowWrites": report.allow_writes,
        "clientAddress": report.client_ip,
        "callers": [_caller(caller) for caller in report.callers],
        "requests": tally.requests,
        "retries": tally.retries,
        "waitedSeconds": tally.waited,
        "seconds": round(tally.seconds, 3),
        "heldBackWrites": report.held_back,
        "groups": [
            {
                "name": g.name,
                "operations": g.operations,
                "calls": g.calls,
                "matched": g.calls - g.mismatches,
                "mismatched": g.mismatches,
            }
            for g in report.groups
        ],
        "operations": [
            {
                "operationId": item.operation.operation_id,
                "method": item.operation.method,
                "path": item.operation.path,
                "group": item.operation.tag,
                "scope": item.operation.scope,
                "finding": item.finding,
                "calls": [_call(result) for result in item.results],
            }
            for item in report.checked
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _caller(caller: Caller) -> dict[str, object]:
    """A caller as the keys file describes it, without its secret."""
    key = caller.key
    if key is None:
        return {"name": caller.name, "key": False}
    return {
        "name": caller.name,
        "key": True,
        "scopes": sorted(key.scopes),
        "expiresAt": None if key.expires_at is None else key.expires_at.isoformat(),
        "ipWhitelist": [str(network) for network in key.ip_whitelist],
        "revoked": key.revoked,
    }


def _call(result: Result) -> dict[str, object]:
    answer = result.answer
    return {
        "caller": result.caller.name,
        "expected": str(result.expected),
        "status": answer.status,
        "error": answer.error,
        "excerpt": answer.excerpt,
        "problem": answer.problem or None,
        "matched": result.matched,
        "meaning": None if result.matched else result.meaning,
    }


# --------------------------------------------------------------------------- JUnit


def junit_report(report: ProbeReport) -> str:
    """One `<testsuite>` per group, one `<testcase>` per operation; a mismatch is a failure."""
    groups = report.groups
    root = ElementTree.Element(
        "testsuites",
        name="expanse auth probe",
        tests=str(groups[-1].operations),
        failures=str(groups[-1].failed_operations),
        time=f"{report.tally.seconds:.3f}",
    )
    for group in groups[:-1]:
        suite = ElementTree.SubElement(
            root,
            "testsuite",
            name=group.name,
            tests=str(group.operations),
            failures=str(group.failed_operations),
            errors="0",
        )
        for item in report.checked:
            op = item.operation
            if op.tag != group.name:
                continue
            case = ElementTree.SubElement(
                suite, "testcase", classname=f"probe.{group.name}", name=f"{op.method} {op.path}"
            )
            if item.mismatches:
                failure = ElementTree.SubElement(
                    case, "failure", message=item.finding or "", type="auth-mismatch"
                )
                failure.text = "\n".join(
                    f"{r.caller.name}: expected {r.expected}, got {r.answer}"
                    for r in item.mismatches
                )
    ElementTree.indent(root)
    return ElementTree.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
