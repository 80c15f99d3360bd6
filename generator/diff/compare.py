"""Comparing two documents: the document level, then each operation matched by method and path."""

from __future__ import annotations

from dataclasses import replace

from generator.diff.document import (
    MISSING,
    DocumentOperation,
    Json,
    access,
    as_dict,
    as_list,
    is_success,
    joined,
    operations,
    parameters,
    reference_of,
    resolve_ref,
    scheme_renames,
    shown,
)
from generator.diff.rules import Finding, finding
from generator.diff.schemas import RuleMessage, SameReferences, SchemaComparison
from generator.naming import PATH_PARAM


def compare(old: dict[str, Json], new: dict[str, Json]) -> list[Finding]:
    """Every change from `old` to `new`, sorted: severity, operation, rule, message."""
    found = DocumentComparison(old, new).findings()
    return sorted(set(found), key=lambda item: item.sort_key)


class DocumentComparison:
    def __init__(self, old: dict[str, Json], new: dict[str, Json]) -> None:
        self.old, self.new = old, new
        self.found: list[Finding] = []
        self.references = SameReferences(old, new)

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
    def op_id(operation: DocumentOperation) -> str:
        return str(operation.node.get("operationId") or operation.name)

    @staticmethod
    def renamed(
        removed: dict[tuple[str, str], DocumentOperation],
        added: dict[tuple[str, str], DocumentOperation],
    ) -> list[tuple[DocumentOperation, DocumentOperation]]:
        """Pairs of a removed and an added operation serving the same URLs (renamed params);
        taken out of `removed` and `added`. Ambiguous shapes stay a removal and an addition."""
        by_shape: dict[tuple[str, str], tuple[list[DocumentOperation], list[DocumentOperation]]] = (
            {}
        )
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
        renames = scheme_renames(self.old, self.new)
        for new_name, old_name in sorted(renames.items()):
            self.add(
                "security-scheme-renamed",
                "",
                f"security scheme {old_name} renamed {new_name} (callers send the same)",
            )
        for name in sorted(old_schemes.keys() - new_schemes.keys() - set(renames.values())):
            self.add("security-scheme-changed", "", f"security scheme {name} removed")
        for name in sorted(new_schemes.keys() - old_schemes.keys() - renames.keys()):
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
                self.references,
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
    def __init__(
        self, document: DocumentComparison, old: DocumentOperation, new: DocumentOperation
    ) -> None:
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
        renames = scheme_renames(self.old_doc, self.new_doc)
        new = replace(new, schemes=frozenset(renames.get(name, name) for name in new.schemes))
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
        schemas = SchemaComparison(
            self.old_doc, self.new_doc, True, label + name, label, self.document.references
        )
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
        schemas = SchemaComparison(
            self.old_doc,
            self.new_doc,
            True,
            "request body",
            "body field ",
            self.document.references,
        )
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
                self.old_doc, old, self.new_doc, new, f"response {status}", self.document.references
            ):
                self.add(rule, message)


def compare_response(
    old_doc: dict[str, Json],
    old: Json,
    new_doc: dict[str, Json],
    new: Json,
    label: str,
    references: SameReferences | None = None,
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
    schemas = SchemaComparison(old_doc, new_doc, False, label, f"{label} field ", references)
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
