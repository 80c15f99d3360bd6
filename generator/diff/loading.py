"""Reading the two documents: a path to an openapi.json, else a file in a git revision."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from generator.diff.document import Json

DEFAULT_REVISION_PATH = "generated/openapi.json"


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
