"""Every finding's rule id and its severity, and the finding itself."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["breaking", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("breaking", "warning", "info")

# rule id -> severity: the one list. docs/diff.md's table lists the same ids (a test holds them
# together).
RULES: dict[str, Severity] = {
    # operations
    "operation-removed": "breaking",
    "path-param-renamed": "breaking",
    "operation-id-changed": "breaking",
    "operation-deprecated": "warning",
    "operation-added": "info",
    "deprecation-removed": "info",
    "summary-changed": "info",
    "description-changed": "info",
    "tags-changed": "info",
    # parameters and request bodies
    "required-param-added": "breaking",
    "param-became-required": "breaking",
    "param-removed": "warning",
    "optional-param-added": "info",
    "param-became-optional": "info",
    "required-field-added": "breaking",
    "field-became-required": "breaking",
    "field-removed": "warning",
    "optional-field-added": "info",
    "field-became-optional": "info",
    "required-request-body-added": "breaking",
    "request-body-became-required": "breaking",
    "request-body-removed": "warning",
    "optional-request-body-added": "info",
    "request-body-became-optional": "info",
    "request-media-type-removed": "breaking",
    "request-media-type-added": "info",
    # values sent (parameters, request bodies): accepting less breaks callers
    "type-changed": "breaking",  # incompatible types, in requests and responses alike
    "type-narrowed": "breaking",
    "format-changed": "breaking",  # in requests and responses alike
    "enum-added": "breaking",  # a free value is now limited to a list
    "enum-value-removed": "breaking",
    "max-lowered": "breaking",
    "min-raised": "breaking",
    "pattern-changed": "breaking",
    "nullable-removed": "breaking",
    "type-widened": "info",
    "enum-value-added": "info",
    "nullable-added": "info",
    "constraint-relaxed": "info",
    "default-changed": "warning",
    # values received (responses): promising less breaks callers, new values deserve attention
    "response-field-removed": "breaking",
    "response-field-became-optional": "breaking",
    "response-optional-field-removed": "warning",
    "response-nullable-added": "warning",
    "response-type-widened": "warning",
    "response-enum-value-added": "warning",
    "response-constraint-relaxed": "warning",
    "response-field-added": "info",
    "response-field-became-required": "info",
    "response-constraint-tightened": "info",
    # statuses, media types, headers
    "success-status-removed": "breaking",
    "response-media-type-removed": "breaking",
    "response-header-removed": "breaking",
    "success-status-added": "info",
    "error-status-added": "info",
    "error-status-removed": "info",
    "response-media-type-added": "info",
    "response-header-added": "info",
    # access
    "scope-changed": "breaking",
    "auth-required": "breaking",
    "auth-method-removed": "breaking",
    "auth-removed": "warning",
    "scope-relaxed": "warning",
    "auth-method-added": "info",
    # document
    "security-scheme-changed": "breaking",
    "server-removed": "warning",
    "security-scheme-added": "info",
    "security-scheme-renamed": "info",
    "api-version-changed": "info",
    "api-info-changed": "info",
    "server-added": "info",
    "tag-changed": "info",
}

# Changes to who may call an operation: the markdown report lists them first in their section,
# marked, because they break keys and integrations without any change to paths or schemas.
SCOPE_RULES = frozenset({"scope-changed", "scope-relaxed", "auth-required", "auth-removed"})


@dataclass(frozen=True)
class Finding:
    severity: Severity
    rule: str
    operation: str  # "METHOD /path", or "" for the document
    message: str

    @property
    def sort_key(self) -> tuple[int, str, str, str]:
        return (SEVERITIES.index(self.severity), self.operation, self.rule, self.message)

    def as_json(self) -> dict[str, str]:
        return {
            "severity": self.severity,
            "rule": self.rule,
            "operation": self.operation,
            "message": self.message,
        }


def finding(rule: str, operation: str, message: str) -> Finding:
    return Finding(RULES[rule], rule, operation, message)
