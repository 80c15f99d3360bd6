"""`python -m generator diff OLD NEW`: what changed between two OpenAPI documents, for integrators.

Each side is a path to an openapi.json or a git revision (`HEAD~1`, `origin/main`, a sha) whose
`generated/openapi.json` (`--path`) is read with `git show`; an existing file wins. Every change is
a `Finding` with a severity and a stable rule id. Schemas are compared after resolving local
`$ref`s (and merging `allOf`), request bodies and responses per media type, nested properties and
array items recursively (`records[].ttl`). A renamed operation keeps its findings under the new
`METHOD /path`.

Direction decides severity: a request that accepts less, or a response that promises less, breaks
callers; a response that may now carry values callers never saw is a warning. Unlike a generic
differ, the required scope is first-class: a least-privilege key that stops working is breaking.

breaking: operation-removed, path-param-renamed, operation-id-changed, required-param-added,
    param-became-required, required-field-added, field-became-required,
    required-request-body-added, request-body-became-required, request-media-type-removed,
    type-changed, type-narrowed, format-changed, enum-value-removed, max-lowered, min-raised,
    pattern-changed, nullable-removed, response-field-removed, response-field-became-optional,
    success-status-removed, response-media-type-removed, response-header-removed,
    scope-changed, auth-required, auth-method-removed, security-scheme-changed
warning: operation-deprecated, param-removed, field-removed, request-body-removed,
    response-optional-field-removed, response-nullable-added, response-type-widened,
    response-enum-value-added, response-constraint-relaxed, default-changed, auth-removed,
    scope-relaxed, server-removed
info: operation-added, optional-param-added, param-became-optional, optional-field-added,
    field-became-optional, optional-request-body-added, request-body-became-optional,
    request-media-type-added, type-widened, enum-value-added, nullable-added,
    constraint-relaxed, response-field-added, response-field-became-required,
    response-constraint-tightened, success-status-added, error-status-added,
    error-status-removed, response-media-type-added, response-header-added, summary-changed,
    description-changed, tags-changed, deprecation-removed, auth-method-added,
    security-scheme-added, api-version-changed, api-info-changed, server-added, tag-changed

Not compared: `x-source`, `x-zod-schema`, examples and response descriptions (documentation
derived from what is compared). Shared responses (`components.responses`) are compared once, at
document level, instead of under every operation that references them.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

Severity = Literal["breaking", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("breaking", "warning", "info")
DEFAULT_REVISION_PATH = "generated/openapi.json"

# rule id -> severity; the module docstring lists the same ids (a test holds them together).
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
    "api-version-changed": "info",
    "api-info-changed": "info",
    "server-added": "info",
    "tag-changed": "info",
}

HTTP_METHODS = ("get", "head", "post", "put", "patch", "delete", "options", "trace")
PATH_PARAM = re.compile(r"\{([^}]+)\}")
BOUNDS_MAX = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
BOUNDS_MIN = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
MAX_DEPTH = 32  # nesting and $ref hops; deeper means a recursive schema, compared no further
MISSING = object()

Json = Any
RuleMessage = tuple[str, str]
References = frozenset[tuple[str, str]]  # (old $ref, new $ref) pairs; "" for an inline schema


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


# --------------------------------------------------------------------------- command line


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Compare two OpenAPI documents and classify every change as breaking, warning or info. "
        "OLD and NEW are openapi.json paths or git revisions (HEAD~1, origin/main, a sha)."
    )
    parser.add_argument("old", metavar="OLD", help="openapi.json path or git revision")
    parser.add_argument("new", metavar="NEW", help="openapi.json path or git revision")
    parser.add_argument(
        "--path",
        default=DEFAULT_REVISION_PATH,
        help=f"the document inside a revision, from the repository root "
        f"(default: {DEFAULT_REVISION_PATH})",
    )
    parser.add_argument(
        "--format", choices=("text", "markdown", "json"), default="text", help="default: text"
    )
    parser.add_argument(
        "--fail-on",
        choices=("breaking", "warning"),
        help="exit 1 on a breaking finding (breaking), or on a breaking or warning one (warning)",
    )


def run(args: argparse.Namespace) -> int:
    from generator.cli import EXIT_FINDINGS, EXIT_OK

    old = load_document(args.old, args.path)
    new = load_document(args.new, args.path)
    findings = compare(old, new)
    renderers: dict[str, Callable[[list[Finding]], str]] = {
        "text": render_text,
        "markdown": render_markdown,
        "json": render_json,
    }
    print(renderers[args.format](findings), end="")
    failing = {"breaking": {"breaking"}, "warning": {"breaking", "warning"}}.get(
        args.fail_on, set()
    )
    return EXIT_FINDINGS if any(item.severity in failing for item in findings) else EXIT_OK


def load_document(spec: str, revision_path: str) -> dict[str, Json]:
    """The document at a file path, else at `revision_path` in a git revision."""
    from generator.problems import InputError, Problem

    file = Path(spec)
    if file.is_file():
        try:
            return parse_document(spec, file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            raise InputError([Problem(spec, 0, f"cannot read the file ({error})")]) from None
    text = read_revision(spec, revision_path)
    if text is None:
        what = "a directory" if file.is_dir() else "no such file"
        raise InputError(
            [
                Problem(
                    spec,
                    0,
                    f"{what}, and not a git revision of the repository here; expected an "
                    "openapi.json path or a revision such as HEAD~1, origin/main or a sha",
                )
            ]
        )
    return parse_document(f"{spec}:{revision_path}", text)


def read_revision(revision: str, revision_path: str) -> str | None:
    """The file's text at `revision`; None when `revision` is not a revision of this repo."""
    from generator.problems import InputError, Problem

    if not revision or revision.startswith("-"):  # never let git read it as an option
        return None
    try:
        verified = subprocess.run(
            ["git", "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"],
            capture_output=True,
            check=False,
        )
    except OSError:  # git is not installed
        return None
    if verified.returncode != 0:
        return None
    shown = subprocess.run(
        ["git", "show", f"{revision}:{revision_path}"], capture_output=True, check=False
    )
    label = f"{revision}:{revision_path}"
    if shown.returncode != 0:
        reason = shown.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = f" ({reason[0]})" if reason else ""
        raise InputError([Problem(label, 0, f"revision {revision} has no {revision_path}{detail}")])
    try:
        return shown.stdout.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError([Problem(label, 0, f"not UTF-8 ({error})")]) from None


def parse_document(label: str, text: str) -> dict[str, Json]:
    from generator.problems import InputError, Problem

    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            [
                Problem(
                    label,
                    error.lineno,
                    f"invalid JSON ({error.msg}, column {error.colno}), "
                    "expected an OpenAPI document",
                )
            ]
        ) from None
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise InputError(
            [Problem(label, 0, "not an OpenAPI document, expected a JSON object with `paths`")]
        )
    return document


# --------------------------------------------------------------------------- output


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
        if items:
            lines += ["", f"### {title}", ""]
            lines += [
                f"- {f'`{item.operation}`: ' if item.operation else ''}{item.message} "
                f"(`{item.rule}`)"
                for item in items
            ]
    return "\n".join(lines) + "\n"


def render_json(findings: list[Finding]) -> str:
    report = {"summary": counts(findings), "findings": [item.as_json() for item in findings]}
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------- comparison


def compare(old: dict[str, Json], new: dict[str, Json]) -> list[Finding]:
    """Every change from `old` to `new`, sorted: severity, operation, rule, message."""
    found = DocumentComparison(old, new).findings()
    return sorted(set(found), key=lambda item: item.sort_key)


def as_dict(value: Json) -> dict[str, Json]:
    return value if isinstance(value, dict) else {}


def as_list(value: Json) -> list[Json]:
    return value if isinstance(value, list) else []


def shown(value: Json) -> str:
    return "(none)" if value is MISSING else json.dumps(value, ensure_ascii=False)


def joined(values: Iterable[Json]) -> str:
    return ", ".join(str(value) for value in values)


def resolve_ref(document: dict[str, Json], node: Json) -> Json:
    """`node` with local `$ref`s followed; an unresolvable reference stays as it is."""
    for _ in range(MAX_DEPTH):
        if not isinstance(node, dict) or not isinstance(node.get("$ref"), str):
            return node
        reference: str = node["$ref"]
        if not reference.startswith("#/"):
            return node
        target: Json = document
        for part in reference[2:].split("/"):
            key = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or key not in target:
                return node
            target = target[key]
        node = target
    return node


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    node: dict[str, Json]
    path_item: dict[str, Json]

    @property
    def name(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def shape(self) -> tuple[str, str]:
        """Method and path with parameter names blanked: equal shapes serve the same URLs."""
        return self.method, PATH_PARAM.sub("{}", self.path)


def operations(document: dict[str, Json]) -> dict[tuple[str, str], Operation]:
    found = {}
    for path, item in as_dict(document.get("paths")).items():
        path_item = as_dict(resolve_ref(document, item))
        for method in HTTP_METHODS:
            if isinstance(path_item.get(method), dict):
                operation = Operation(method.upper(), path, path_item[method], path_item)
                found[(operation.method, path)] = operation
    return found


@dataclass(frozen=True)
class Access:
    """Who may call an operation: public, or keys with `scopes` over these `schemes`."""

    public: bool
    schemes: frozenset[str]
    scopes: frozenset[str]

    @property
    def scope_text(self) -> str:
        return " + ".join(sorted(self.scopes)) if self.scopes else "(none)"


def access(document: dict[str, Json], operation: dict[str, Json]) -> Access:
    requirements = operation.get("security", document.get("security", []))
    alternatives = [as_dict(item) for item in as_list(requirements)]
    scopes = {role for item in alternatives for roles in item.values() for role in as_list(roles)}
    declared = operation.get("x-required-scope")
    if isinstance(declared, str):
        scopes.add(declared)
    return Access(
        public=not alternatives or any(not item for item in alternatives),
        schemes=frozenset(name for item in alternatives for name in item),
        scopes=frozenset(str(scope) for scope in scopes),
    )


class DocumentComparison:
    def __init__(self, old: dict[str, Json], new: dict[str, Json]) -> None:
        self.old, self.new = old, new
        self.found: list[Finding] = []

    def add(self, rule: str, operation: str, message: str) -> None:
        self.found.append(finding(rule, operation, message))

    def findings(self) -> list[Finding]:
        self.compare_document()
        old_operations, new_operations = operations(self.old), operations(self.new)
        removed = {key: op for key, op in old_operations.items() if key not in new_operations}
        added = {key: op for key, op in new_operations.items() if key not in old_operations}
        pairs = [
            (old_operations[key], new_operations[key])
            for key in new_operations.keys() & old_operations.keys()
        ]
        pairs += self.renamed(removed, added)
        new_paths = {op.path for op in new_operations.values()}
        for op in removed.values():
            gone = (
                "the path remains, callers get 405"
                if op.path in new_paths
                else "the path is gone, callers get 404"
            )
            was = "; it was deprecated" if op.node.get("deprecated") is True else ""
            self.add(
                "operation-removed", op.name, f"operation {self.op_id(op)} removed: {gone}{was}"
            )
        for op in added.values():
            grant = access(self.new, op.node)
            who = "public" if grant.public else f"scope {grant.scope_text}"
            self.add("operation-added", op.name, f"new operation {self.op_id(op)} ({who})")
        for old_op, new_op in pairs:
            OperationComparison(self, old_op, new_op).compare()
        return self.found

    @staticmethod
    def op_id(operation: Operation) -> str:
        return str(operation.node.get("operationId") or operation.name)

    @staticmethod
    def renamed(
        removed: dict[tuple[str, str], Operation], added: dict[tuple[str, str], Operation]
    ) -> list[tuple[Operation, Operation]]:
        """Pairs of a removed and an added operation serving the same URLs (renamed params);
        taken out of `removed` and `added`. Ambiguous shapes stay a removal and an addition."""
        by_shape: dict[tuple[str, str], tuple[list[Operation], list[Operation]]] = {}
        for op in removed.values():
            by_shape.setdefault(op.shape, ([], []))[0].append(op)
        for op in added.values():
            by_shape.setdefault(op.shape, ([], []))[1].append(op)
        pairs = []
        for gone, new in by_shape.values():
            if len(gone) == 1 and len(new) == 1:
                pairs.append((gone[0], new[0]))
                del removed[(gone[0].method, gone[0].path)]
                del added[(new[0].method, new[0].path)]
        return pairs

    # ------------------------------------------------------------------ document level

    def compare_document(self) -> None:
        old_info, new_info = as_dict(self.old.get("info")), as_dict(self.new.get("info"))
        if old_info.get("version") != new_info.get("version"):
            self.add(
                "api-version-changed",
                "",
                f"info.version {old_info.get('version')} -> {new_info.get('version')}",
            )
        for key in sorted((old_info.keys() | new_info.keys()) - {"version"}):
            if old_info.get(key) != new_info.get(key):
                self.add("api-info-changed", "", f"info.{key} changed")
        old_servers = [as_dict(item).get("url") for item in as_list(self.old.get("servers"))]
        new_servers = [as_dict(item).get("url") for item in as_list(self.new.get("servers"))]
        for url in old_servers:
            if url not in new_servers:
                self.add("server-removed", "", f"server {url} removed")
        for url in new_servers:
            if url not in old_servers:
                self.add("server-added", "", f"server {url} added")
        self.compare_tags()
        self.compare_security_schemes()
        self.compare_shared_responses()

    def compare_tags(self) -> None:
        old_tags = {as_dict(t).get("name"): as_dict(t) for t in as_list(self.old.get("tags"))}
        new_tags = {as_dict(t).get("name"): as_dict(t) for t in as_list(self.new.get("tags"))}
        for name in old_tags.keys() - new_tags.keys():
            self.add("tag-changed", "", f"tag {name} removed")
        for name in new_tags.keys() - old_tags.keys():
            self.add("tag-changed", "", f"tag {name} added")
        for name in old_tags.keys() & new_tags.keys():
            if old_tags[name] != new_tags[name]:
                self.add("tag-changed", "", f"tag {name}: description changed")

    def compare_security_schemes(self) -> None:
        old_schemes = as_dict(as_dict(self.old.get("components")).get("securitySchemes"))
        new_schemes = as_dict(as_dict(self.new.get("components")).get("securitySchemes"))
        for name in sorted(old_schemes.keys() - new_schemes.keys()):
            self.add("security-scheme-changed", "", f"security scheme {name} removed")
        for name in sorted(new_schemes.keys() - old_schemes.keys()):
            self.add("security-scheme-added", "", f"security scheme {name} added")
        for name in sorted(old_schemes.keys() & new_schemes.keys()):
            old_scheme = as_dict(resolve_ref(self.old, old_schemes[name]))
            new_scheme = as_dict(resolve_ref(self.new, new_schemes[name]))
            for key in sorted((old_scheme.keys() | new_scheme.keys()) - {"description"}):
                if old_scheme.get(key) != new_scheme.get(key):
                    self.add(
                        "security-scheme-changed",
                        "",
                        f"security scheme {name}: {key} {shown(old_scheme.get(key, MISSING))} "
                        f"-> {shown(new_scheme.get(key, MISSING))}",
                    )
            if old_scheme.get("description") != new_scheme.get("description"):
                self.add("description-changed", "", f"security scheme {name}: description changed")

    def compare_shared_responses(self) -> None:
        """Shared error responses, once here rather than under every operation using them."""
        old_responses = as_dict(as_dict(self.old.get("components")).get("responses"))
        new_responses = as_dict(as_dict(self.new.get("components")).get("responses"))
        names = shared_error_responses(self.old) | shared_error_responses(self.new)
        for name in sorted(names & old_responses.keys() & new_responses.keys()):
            for rule, message in compare_response(
                self.old,
                old_responses[name],
                self.new,
                new_responses[name],
                f"shared response {name}",
            ):
                self.add(rule, "", message)


def shared_error_responses(document: dict[str, Json]) -> set[str]:
    """Names of `components.responses` that operations use for error statuses."""
    prefix = "#/components/responses/"
    names = set()
    for operation in operations(document).values():
        for status, response in as_dict(operation.node.get("responses")).items():
            reference = reference_of(response)
            if not is_success(status) and reference.startswith(prefix):
                names.add(reference[len(prefix) :])
    return names


class OperationComparison:
    def __init__(self, document: DocumentComparison, old: Operation, new: Operation) -> None:
        self.document, self.old, self.new = document, old, new
        self.old_doc, self.new_doc = document.old, document.new
        self.old_params = parameters(self.old_doc, old)
        self.new_params = parameters(self.new_doc, new)

    def add(self, rule: str, message: str) -> None:
        self.document.add(rule, self.new.name, message)

    def compare(self) -> None:
        self.compare_identity()
        self.compare_access()
        self.compare_path_params()
        self.compare_other_params()
        self.compare_request_body()
        self.compare_responses()

    def compare_identity(self) -> None:
        old, new = self.old.node, self.new.node
        old_id, new_id = old.get("operationId"), new.get("operationId")
        if old_id and new_id and old_id != new_id:
            self.add(
                "operation-id-changed",
                f"operationId {old_id} -> {new_id}: generated clients rename the method",
            )
        if old.get("deprecated") is not True and new.get("deprecated") is True:
            self.add("operation-deprecated", "operation deprecated: plan to migrate off it")
        if old.get("deprecated") is True and new.get("deprecated") is not True:
            self.add("deprecation-removed", "operation no longer deprecated")
        if old.get("summary") != new.get("summary"):
            before, after = old.get("summary", MISSING), new.get("summary", MISSING)
            self.add("summary-changed", f"summary {shown(before)} -> {shown(after)}")
        if old.get("description") != new.get("description"):
            self.add("description-changed", "description changed")
        if old.get("tags") != new.get("tags"):
            self.add(
                "tags-changed",
                f"tags {joined(as_list(old.get('tags'))) or '(none)'} -> "
                f"{joined(as_list(new.get('tags'))) or '(none)'}",
            )

    def compare_access(self) -> None:
        old, new = access(self.old_doc, self.old.node), access(self.new_doc, self.new.node)
        if old.public and not new.public:
            scope = f" (scope {new.scope_text})" if new.scopes else ""
            self.add(
                "auth-required", f"was public, now requires auth{scope}: anonymous calls get 401"
            )
            return
        if new.public and not old.public:
            self.add(
                "auth-removed",
                f"was scope {old.scope_text}, now public: anyone can call it without a key",
            )
            return
        if old.public:
            return
        for scheme in sorted(old.schemes - new.schemes):
            self.add("auth-method-removed", f"{scheme} no longer accepted: its callers get 401")
        for scheme in sorted(new.schemes - old.schemes):
            self.add("auth-method-added", f"{scheme} now accepted")
        if old.scopes == new.scopes:
            return
        if new.scopes < old.scopes:
            self.add(
                "scope-relaxed",
                f"scope {old.scope_text} -> {new.scope_text}: keys with fewer scopes now get in",
            )
        elif not old.scopes:
            self.add(
                "scope-changed",
                f"scope (none) -> {new.scope_text}: scoped keys without {new.scope_text} "
                "now get 403",
            )
        else:
            self.add(
                "scope-changed",
                f"scope {old.scope_text} -> {new.scope_text}: keys with only {old.scope_text} "
                "now get 403",
            )

    # ------------------------------------------------------------------ parameters

    def compare_path_params(self) -> None:
        old_names = PATH_PARAM.findall(self.old.path)
        new_names = PATH_PARAM.findall(self.new.path)
        renames = [
            f"{old} -> {new}" for old, new in zip(old_names, new_names, strict=True) if old != new
        ]
        if renames:
            self.add(
                "path-param-renamed",
                f"path parameter {', '.join(renames)} (was {self.old.path}): "
                "clients passing it by name break",
            )
        for old_name, new_name in zip(old_names, new_names, strict=True):
            self.compare_param(
                "path",
                new_name,
                self.old_params.get(("path", old_name), {}),
                self.new_params.get(("path", new_name), {}),
            )

    def compare_other_params(self) -> None:
        old_params, new_params = self.old_params, self.new_params
        old_keys = {key for key in old_params if key[0] != "path"}
        new_keys = {key for key in new_params if key[0] != "path"}
        for location, name in sorted(old_keys - new_keys):
            self.add(
                "param-removed",
                f"{location} parameter {name} removed: it is ignored or rejected now",
            )
        for location, name in sorted(new_keys - old_keys):
            if new_params[(location, name)].get("required") is True:
                self.add("required-param-added", f"new required {location} parameter {name}")
            else:
                self.add("optional-param-added", f"new optional {location} parameter {name}")
        for location, name in sorted(old_keys & new_keys):
            old, new = old_params[(location, name)], new_params[(location, name)]
            label = f"{location} parameter {name}"
            if old.get("required") is not True and new.get("required") is True:
                self.add("param-became-required", f"{label} is now required")
            if old.get("required") is True and new.get("required") is not True:
                self.add("param-became-optional", f"{label} is now optional")
            self.compare_param(location, name, old, new)

    def compare_param(
        self, location: str, name: str, old: dict[str, Json], new: dict[str, Json]
    ) -> None:
        label = f"{location} parameter "
        # same message as a changed description in the schema, which the generator repeats
        if old.get("description") != new.get("description"):
            self.add("description-changed", f"{label}{name}: description changed")
        schemas = SchemaComparison(self.old_doc, self.new_doc, True, label + name, label)
        for rule, message in schemas.compare(old.get("schema", {}), new.get("schema", {}), name):
            self.add(rule, message)

    # ------------------------------------------------------------------ request body

    def compare_request_body(self) -> None:
        old = resolve_ref(self.old_doc, self.old.node.get("requestBody"))
        new = resolve_ref(self.new_doc, self.new.node.get("requestBody"))
        if not isinstance(old, dict) and not isinstance(new, dict):
            return
        if not isinstance(old, dict):
            if as_dict(new).get("required") is True:
                self.add("required-request-body-added", "a request body is now required")
            else:
                self.add("optional-request-body-added", "an optional request body is accepted")
            return
        if not isinstance(new, dict):
            self.add("request-body-removed", "the request body is no longer read")
            return
        if old.get("required") is not True and new.get("required") is True:
            self.add("request-body-became-required", "the request body is now required")
        if old.get("required") is True and new.get("required") is not True:
            self.add("request-body-became-optional", "the request body is now optional")
        old_content, new_content = as_dict(old.get("content")), as_dict(new.get("content"))
        for media in sorted(old_content.keys() - new_content.keys()):
            self.add("request-media-type-removed", f"request body {media} no longer accepted")
        for media in sorted(new_content.keys() - old_content.keys()):
            self.add("request-media-type-added", f"request body {media} now accepted")
        schemas = SchemaComparison(self.old_doc, self.new_doc, True, "request body", "body field ")
        per_media = {
            media: schemas.compare(
                as_dict(old_content[media]).get("schema", {}),
                as_dict(new_content[media]).get("schema", {}),
            )
            for media in sorted(old_content.keys() & new_content.keys())
        }
        for rule, message in merge_media_types(per_media):
            self.add(rule, message)

    # ------------------------------------------------------------------ responses

    def compare_responses(self) -> None:
        old_responses = as_dict(self.old.node.get("responses"))
        new_responses = as_dict(self.new.node.get("responses"))
        for status in sorted(old_responses.keys() - new_responses.keys()):
            if is_success(status):
                self.add("success-status-removed", f"success status {status} no longer returned")
            else:
                self.add("error-status-removed", f"status {status} no longer documented")
        for status in sorted(new_responses.keys() - old_responses.keys()):
            if is_success(status):
                self.add("success-status-added", f"success status {status} may be returned")
            else:
                self.add("error-status-added", f"status {status} may be returned")
        for status in sorted(old_responses.keys() & new_responses.keys()):
            old, new = old_responses[status], new_responses[status]
            shared = reference_of(old) and reference_of(old) == reference_of(new)
            if shared and not is_success(status):
                continue  # a shared error response: compared once, at document level
            for rule, message in compare_response(
                self.old_doc, old, self.new_doc, new, f"response {status}"
            ):
                self.add(rule, message)


def parameters(document: dict[str, Json], op: Operation) -> dict[tuple[str, str], dict[str, Json]]:
    """The operation's parameters by (location, name), the path item's overridden by its own."""
    found: dict[tuple[str, str], dict[str, Json]] = {}
    for item in as_list(op.path_item.get("parameters")) + as_list(op.node.get("parameters")):
        param = as_dict(resolve_ref(document, item))
        if isinstance(param.get("name"), str) and isinstance(param.get("in"), str):
            found[(param["in"], param["name"])] = param
    return found


def is_success(status: str) -> bool:
    return status[:1] in ("2", "3")


def compare_response(
    old_doc: dict[str, Json],
    old: Json,
    new_doc: dict[str, Json],
    new: Json,
    label: str,
) -> list[RuleMessage]:
    """Headers, media types and schemas of one response (an operation's, or a shared one)."""
    old, new = as_dict(resolve_ref(old_doc, old)), as_dict(resolve_ref(new_doc, new))
    found: list[RuleMessage] = []
    old_headers = {name.lower(): name for name in as_dict(old.get("headers"))}
    new_headers = {name.lower(): name for name in as_dict(new.get("headers"))}
    for key in sorted(old_headers.keys() - new_headers.keys()):
        found.append(("response-header-removed", f"{label}: header {old_headers[key]} removed"))
    for key in sorted(new_headers.keys() - old_headers.keys()):
        found.append(("response-header-added", f"{label}: header {new_headers[key]} added"))
    old_content, new_content = as_dict(old.get("content")), as_dict(new.get("content"))
    for media in sorted(old_content.keys() - new_content.keys()):
        found.append(("response-media-type-removed", f"{label}: {media} no longer returned"))
    for media in sorted(new_content.keys() - old_content.keys()):
        found.append(("response-media-type-added", f"{label}: {media} may be returned"))
    schemas = SchemaComparison(old_doc, new_doc, False, label, f"{label} field ")
    per_media = {
        media: schemas.compare(
            as_dict(old_content[media]).get("schema", {}),
            as_dict(new_content[media]).get("schema", {}),
        )
        for media in sorted(old_content.keys() & new_content.keys())
    }
    return found + merge_media_types(per_media)


def merge_media_types(per_media: dict[str, list[RuleMessage]]) -> list[RuleMessage]:
    """One finding for a change seen under several media types (the same schema sent as JSON and
    as multipart); a change under only some of them names those media types."""
    media_of: dict[RuleMessage, list[str]] = {}
    for media, items in per_media.items():
        for item in items:
            media_of.setdefault(item, []).append(media)
    return [
        (rule, message if len(media) == len(per_media) else f"{message} ({', '.join(media)})")
        for (rule, message), media in media_of.items()
    ]


# --------------------------------------------------------------------------- schemas


@dataclass(frozen=True)
class SchemaView:
    """What a schema allows, with `allOf` merged and `null` split from the types."""

    types: frozenset[str] | None  # None: any type
    nullable: bool
    enum: tuple[Json, ...] | None
    format: str | None
    bounds: dict[str, Json]
    pattern: str | None
    default: Json
    description: Json
    properties: dict[str, Json]
    required: frozenset[str]
    items: Json
    alternatives: frozenset[str] | None  # anyOf / oneOf members as canonical JSON


def reference_of(schema: Json) -> str:
    reference = schema.get("$ref") if isinstance(schema, dict) else None
    return reference if isinstance(reference, str) else ""


def all_of_parts(document: dict[str, Json], schema: Json, depth: int = 0) -> list[dict[str, Json]]:
    """The schema and, depth first, every schema its `allOf` includes (references followed)."""
    node = as_dict(resolve_ref(document, schema))
    parts = [node]
    if depth < MAX_DEPTH:
        for part in as_list(node.get("allOf")):
            parts += all_of_parts(document, part, depth + 1)
    return parts


def schema_view(document: dict[str, Json], schema: Json) -> SchemaView:
    parts = all_of_parts(document, schema)
    merged: dict[str, Json] = {}
    properties: dict[str, Json] = {}
    required: set[str] = set()
    for part in parts:
        for key, value in part.items():
            merged.setdefault(key, value)
        properties.update(as_dict(part.get("properties")))
        required.update(str(name) for name in as_list(part.get("required")))
    declared = merged.get("type")
    type_names = {declared} if isinstance(declared, str) else set(as_list(declared))
    enum = merged.get("enum")
    nullable = "null" in type_names or merged.get("nullable") is True
    if isinstance(enum, list) and None in enum:
        nullable = True
    type_names.discard("null")
    alternatives = as_list(merged.get("anyOf")) + as_list(merged.get("oneOf"))
    return SchemaView(
        types=frozenset(str(name) for name in type_names) or None,
        nullable=nullable,
        enum=(
            tuple(value for value in enum if value is not None) if isinstance(enum, list) else None
        ),
        format=merged.get("format") if isinstance(merged.get("format"), str) else None,
        bounds={key: merged[key] for key in BOUNDS_MAX + BOUNDS_MIN if key in merged},
        pattern=merged.get("pattern") if isinstance(merged.get("pattern"), str) else None,
        default=merged.get("default", MISSING),
        description=merged.get("description"),
        properties=properties,
        required=frozenset(required),
        items=merged.get("items"),
        alternatives=frozenset(json.dumps(alt, sort_keys=True) for alt in alternatives) or None,
    )


def accepts(outer: frozenset[str] | None, inner: frozenset[str] | None) -> bool:
    """Whether every value of type `inner` is a value of type `outer` (None: any type)."""
    if outer is None:
        return True
    if inner is None:
        return False
    widened = outer | ({"integer"} if "number" in outer else set())
    return inner <= widened


def type_text(types: frozenset[str] | None) -> str:
    return "|".join(sorted(types)) if types else "any"


class SchemaComparison:
    """Changes between two schemas in one direction: values a caller sends (`request`) or
    values a caller receives. Returns (rule, message) pairs; the caller names the operation."""

    def __init__(
        self,
        old_doc: dict[str, Json],
        new_doc: dict[str, Json],
        request: bool,
        root: str,
        field_prefix: str,
    ) -> None:
        self.old_doc, self.new_doc = old_doc, new_doc
        self.request = request
        self.root = root  # names the schema itself: "request body", "response 200"
        self.field_prefix = field_prefix  # before a field's path: "body field records[].ttl"
        self.found: list[RuleMessage] = []

    def compare(self, old: Json, new: Json, path: str = "") -> list[RuleMessage]:
        self.found = []
        self.walk(old, new, path, 0, frozenset())
        return self.found

    def where(self, path: str) -> str:
        return f"{self.field_prefix}{path}" if path else self.root

    def narrowed(self, request_rule: str, path: str, detail: str) -> None:
        """Fewer values allowed: a request that used to pass may fail; a response is safer."""
        rule = request_rule if self.request else "response-constraint-tightened"
        self.found.append((rule, f"{self.where(path)}: {detail}"))

    def widened(self, request_rule: str, response_rule: str, path: str, detail: str) -> None:
        """More values allowed: harmless in a request; a response may surprise its callers."""
        rule = request_rule if self.request else response_rule
        self.found.append((rule, f"{self.where(path)}: {detail}"))

    def note(self, rule: str, path: str, detail: str) -> None:
        self.found.append((rule, f"{self.where(path)}: {detail}"))

    def walk(
        self, old_schema: Json, new_schema: Json, path: str, depth: int, entered: References
    ) -> None:
        """Compare two schemas and, recursively, their properties and items. `entered` holds the
        pairs of references being compared further up: a recursive schema is compared once."""
        references = (reference_of(old_schema), reference_of(new_schema))
        if depth > MAX_DEPTH or references in entered:
            return
        if references != ("", ""):
            entered = entered | {references}
        old = schema_view(self.old_doc, old_schema)
        new = schema_view(self.new_doc, new_schema)
        if not self.compare_types(old, new, path):
            return  # incompatible types: details of the old type no longer apply
        self.compare_nullable(old, new, path)
        self.compare_enum(old, new, path)
        self.compare_format(old, new, path)
        self.compare_bounds(old, new, path)
        self.compare_pattern(old, new, path)
        self.compare_alternatives(old, new, path)
        if old.default != new.default:
            self.note(
                "default-changed", path, f"default {shown(old.default)} -> {shown(new.default)}"
            )
        if path and old.description != new.description:  # the root's is the owner's
            self.note("description-changed", path, "description changed")
        self.compare_properties(old, new, path, depth, entered)
        if old.items is not None or new.items is not None:
            self.walk(
                old.items if old.items is not None else {},
                new.items if new.items is not None else {},
                f"{path}[]",
                depth + 1,
                entered,
            )

    def compare_types(self, old: SchemaView, new: SchemaView, path: str) -> bool:
        """Report a type change; False when the types are incompatible."""
        old_accepts_new, new_accepts_old = accepts(old.types, new.types), accepts(
            new.types, old.types
        )
        detail = f"type {type_text(old.types)} -> {type_text(new.types)}"
        if old_accepts_new and new_accepts_old:
            return True
        if new_accepts_old:
            self.widened("type-widened", "response-type-widened", path, detail)
        elif old_accepts_new:
            self.narrowed("type-narrowed", path, detail)
        else:
            self.note("type-changed", path, detail)
            return False
        return True

    def compare_nullable(self, old: SchemaView, new: SchemaView, path: str) -> None:
        if new.nullable and not old.nullable:
            self.widened("nullable-added", "response-nullable-added", path, "may now be null")
        elif old.nullable and not new.nullable:
            self.narrowed("nullable-removed", path, "null no longer allowed")

    def compare_enum(self, old: SchemaView, new: SchemaView, path: str) -> None:
        if old.enum == new.enum:
            return
        if old.enum is None:
            self.narrowed("enum-value-removed", path, f"now limited to {joined(new.enum or ())}")
            return
        if new.enum is None:
            self.widened(
                "enum-value-added",
                "response-enum-value-added",
                path,
                f"no longer limited to {joined(old.enum)}",
            )
            return
        removed = [value for value in old.enum if value not in new.enum]
        added = [value for value in new.enum if value not in old.enum]
        if removed:
            self.narrowed("enum-value-removed", path, f"enum value {joined(removed)} removed")
        if added:
            self.widened(
                "enum-value-added",
                "response-enum-value-added",
                path,
                f"enum value {joined(added)} added",
            )

    def compare_format(self, old: SchemaView, new: SchemaView, path: str) -> None:
        if old.format == new.format:
            return
        detail = f"format {old.format or '(none)'} -> {new.format or '(none)'}"
        if old.format is None:
            self.narrowed("format-changed", path, detail)
        elif new.format is None:
            self.widened("constraint-relaxed", "response-constraint-relaxed", path, detail)
        else:
            self.note("format-changed", path, detail)

    def compare_bounds(self, old: SchemaView, new: SchemaView, path: str) -> None:
        for key in BOUNDS_MAX + BOUNDS_MIN:
            before, after = old.bounds.get(key), new.bounds.get(key)
            if before == after:
                continue
            detail = f"{key} {shown(before) if before is not None else '(none)'} -> " + (
                shown(after) if after is not None else "(none)"
            )
            upper = key in BOUNDS_MAX
            if before is None or after is None:
                tighter = before is None
            elif isinstance(before, int | float) and isinstance(after, int | float):
                tighter = after < before if upper else after > before
            else:  # not numbers: an invalid bound, read as a new restriction
                tighter = True
            if tighter:
                self.narrowed("max-lowered" if upper else "min-raised", path, detail)
            else:
                self.widened("constraint-relaxed", "response-constraint-relaxed", path, detail)

    def compare_pattern(self, old: SchemaView, new: SchemaView, path: str) -> None:
        if old.pattern == new.pattern:
            return
        detail = f"pattern {old.pattern or '(none)'} -> {new.pattern or '(none)'}"
        if new.pattern is None:
            self.widened("constraint-relaxed", "response-constraint-relaxed", path, detail)
        elif old.pattern is None:
            self.narrowed("pattern-changed", path, detail)
        else:
            # a different pattern both admits and refuses values
            self.widened("pattern-changed", "response-constraint-relaxed", path, detail)

    def compare_alternatives(self, old: SchemaView, new: SchemaView, path: str) -> None:
        if old.alternatives == new.alternatives:
            return
        before, after = old.alternatives or frozenset(), new.alternatives or frozenset()
        for member in sorted(before - after):
            self.narrowed("type-narrowed", path, f"alternative {member} removed")
        for member in sorted(after - before):
            self.widened(
                "type-widened", "response-type-widened", path, f"alternative {member} added"
            )

    def compare_properties(
        self, old: SchemaView, new: SchemaView, path: str, depth: int, entered: References
    ) -> None:
        for name in sorted(old.properties.keys() - new.properties.keys()):
            field = f"{path}.{name}" if path else name
            if self.request:
                self.note("field-removed", field, "removed: it is ignored or rejected now")
            elif name in old.required:
                self.note("response-field-removed", field, "removed")
            else:
                self.note("response-optional-field-removed", field, "removed")
        for name in sorted(new.properties.keys() - old.properties.keys()):
            field = f"{path}.{name}" if path else name
            required = name in new.required
            if not self.request:
                self.note("response-field-added", field, "added")
            elif required:
                self.note("required-field-added", field, "new required field")
            else:
                self.note("optional-field-added", field, "new optional field")
        for name in sorted(old.properties.keys() & new.properties.keys()):
            field = f"{path}.{name}" if path else name
            was, now = name in old.required, name in new.required
            if not was and now:
                rule = "field-became-required" if self.request else "response-field-became-required"
                self.note(rule, field, "now required")
            elif was and not now:
                rule = "field-became-optional" if self.request else "response-field-became-optional"
                self.note(
                    rule, field, "now optional" if self.request else "no longer always present"
                )
            self.walk(old.properties[name], new.properties[name], field, depth + 1, entered)
