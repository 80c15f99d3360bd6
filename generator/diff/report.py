"""The findings as a report: text for a terminal, Markdown for a pull request, JSON for scripts."""

from __future__ import annotations

import json
from collections.abc import Iterable

from generator.diff.rules import SCOPE_RULES, SEVERITIES, Finding


def counts(findings: Iterable[Finding]) -> dict[str, int]:
    totals: dict[str, int] = dict.fromkeys(SEVERITIES, 0)
    for item in findings:
        totals[item.severity] += 1
    return totals


def render_text(findings: list[Finding]) -> str:
    if not findings:
        return "No changes.\n"
    rule_width = max(len(item.rule) for item in findings)
    operation_width = max(len(item.operation or "(document)") for item in findings)
    lines = [
        f"{item.severity.upper():<8}  {item.rule:<{rule_width}}  "
        f"{item.operation or '(document)':<{operation_width}}  {item.message}"
        for item in findings
    ]
    totals = counts(findings)
    warnings = "warning" if totals["warning"] == 1 else "warnings"
    lines.append(
        f"\n{totals['breaking']} breaking, {totals['warning']} {warnings}, {totals['info']} info"
    )
    return "\n".join(lines) + "\n"


def render_markdown(findings: list[Finding]) -> str:
    totals = counts(findings)
    warnings = "warning" if totals["warning"] == 1 else "warnings"
    heading = (
        f"## API changes: {totals['breaking']} breaking, {totals['warning']} {warnings}, "
        f"{totals['info']} other"
    )
    if not findings:
        return f"{heading}\n\nNo changes.\n"
    sections = {"breaking": "Breaking changes", "warning": "Warnings", "info": "Other changes"}
    lines = [heading]
    for severity, title in sections.items():
        items = [item for item in findings if item.severity == severity]
        # a stable sort: scope changes first, the rest in the report's order
        items.sort(key=lambda item: item.rule not in SCOPE_RULES)
        if items:
            lines += ["", f"### {title}", ""]
            lines += [
                f"- {'**Scope change** ' if item.rule in SCOPE_RULES else ''}"
                f"{f'`{item.operation}`: ' if item.operation else ''}{item.message} "
                f"(`{item.rule}`)"
                for item in items
            ]
    return "\n".join(lines) + "\n"


def render_json(findings: list[Finding]) -> str:
    report = {"summary": counts(findings), "findings": [item.as_json() for item in findings]}
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"
