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

The rules and their severities are one table, `RULES` in `generator/diff/rules.py`.

Not compared: `x-source`, `x-zod-schema`, examples and response descriptions (documentation
derived from what is compared). Shared responses (`components.responses`) are compared once, at
document level, instead of under every operation that references them.
"""

from __future__ import annotations

from generator.diff.command import configure, run

__all__ = ["configure", "run"]
