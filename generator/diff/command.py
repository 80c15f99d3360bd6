"""`python -m generator diff OLD NEW`: the command line."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from generator.diff.compare import compare
from generator.diff.loading import DEFAULT_REVISION_PATH, load_document
from generator.diff.report import render_json, render_markdown, render_text
from generator.diff.rules import Finding
from generator.problems import EXIT_FINDINGS, EXIT_OK


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
