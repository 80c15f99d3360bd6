"""`python -m generator publish`: a versioned release bundle in `dist/`.

The version follows the API. Without `--previous` this is the first release, versioned by the
overlay's `info.version`. With `--previous` (the last *published* openapi.json, a path or a git
revision) the new document is compared with it by `generator.diff`, after giving the new document
the previous version so the version field itself is not a change, and the previous version is
bumped:

- major: any breaking finding;
- minor: any warning, or any info finding that adds or loosens something callers can use (every
  info rule except those in `PATCH_RULES`: `operation-added`, `optional-param-added`,
  `param-became-optional`, `enum-value-added`, `response-field-added`, ... and any info rule the
  diff gains later, so a new rule errs on the side of the larger bump);
- patch: only `PATCH_RULES` findings (summaries, descriptions, tags, info fields, an error
  status that can no longer occur, a response constraint tightened), or a document that differs
  only where the diff does not look (examples, `x-source`, response descriptions);
- none: the same document gives the same version.

The overlay's `info.version` is a floor: a release is never numbered below it, which is how a
maintainer forces a bump the document does not show (a client-only change: a package index
refuses a second upload of the same version).

The bundle: openapi.json, openapi.yaml, scopes.json and api-route-permissions.ts as `render`
writes them, the Python client as a wheel and an sdist under `python/`, `reference/index.html`,
`CHANGES.md` and `manifest.json` (the version and the SHA-256 of every other file). Only when
everything is built is the output folder switched to it, in one step, by the same writer as
`generate` (`generator.write.replace_tree`): a failure or a kill at any point leaves the previous
bundle whole. Files the previous manifest does not list are carried over untouched.

The client is built by the backend its pyproject.toml names, hatchling, called in this process
(sdist, then wheel, from the rendered source, as `python -m build --no-isolation --sdist --wheel`
would call it, without the interpreters that starts): the hatchling installed with this project,
so no download at release time, and the hatchling version (written into every wheel) is pinned by
the project rather than by whatever PyPI serves that day. SOURCE_DATE_EPOCH is fixed during the
build so that the archives' timestamps, and with them their bytes, depend on nothing but the
inputs.

For CI: `--dry-run` decides the version and writes nothing (when `generate` or `check` built
the same catalog and overlay before, it takes their remembered document from the build cache,
`generator.buildcache`, and loads none of the parser's libraries); `--outputs FILE` appends the
decision as `version=`, `previous-version=`, `bump=`, `breaking=true|false` and `summary=` lines
(the `$GITHUB_OUTPUT` format), so a workflow reads the version without parsing the summary line.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from generator.diff.rules import Finding
    from generator.model import Api, Catalog

Bump = Literal["first", "none", "patch", "minor", "major"]

DEFAULT_OUT = Path("dist")
MANIFEST = "manifest.json"
CLIENT_FOLDER = "python"
# Files of `render`'s output that are published as they are.
PUBLISHED_RENDERINGS = ("openapi.json", "openapi.yaml", "scopes.json", "api-route-permissions.ts")

# Info rules that change no behaviour a caller can use: a patch release. Every other info rule
# (additions, loosened requests, richer responses) and every warning is a minor release.
PATCH_RULES = frozenset(
    {
        "summary-changed",
        "description-changed",
        "tags-changed",
        "tag-changed",
        "api-info-changed",
        "api-version-changed",
        "error-status-removed",
        "response-constraint-tightened",
    }
)

# 1980-01-01T00:00:00Z, the earliest time a ZIP entry can carry. Archive timestamps say nothing
# about a release (its version does); a constant keeps the bytes a function of the inputs, and
# overriding an inherited SOURCE_DATE_EPOCH (CI systems often set one) keeps them so everywhere.
SOURCE_DATE_EPOCH = 315532800
# The backend the client's pyproject.toml names; publish builds with it and no other.
CLIENT_BACKEND = "hatchling.build"
SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")


class BuildFailed(Exception):
    """The client package did not build; the message says why."""


@dataclass(frozen=True)
class Release:
    version: str
    previous: str | None  # the previous published version; None for a first release
    bump: Bump
    findings: tuple[Finding, ...]
    floor: str  # the overlay's info.version
    documents_differ: bool  # False: the document is the previous one, byte for byte in JSON

    @property
    def raised_by_floor(self) -> bool:
        return self.previous is not None and self.version != bumped(self.previous, self.bump)


# --------------------------------------------------------------------------- command line


def configure(parser: argparse.ArgumentParser) -> None:
    from generator.diff.loading import DEFAULT_REVISION_PATH
    from generator.inputs import add_input_options

    parser.description = (
        "Build a versioned release bundle: the OpenAPI document, the scope map, the TypeScript "
        "permission module, the Python client (wheel and sdist), the HTML reference, CHANGES.md "
        "and manifest.json. The version is bumped from the previous published document by what "
        "changed: major for a breaking change, minor for an addition or a warning, patch for "
        "anything else."
    )
    add_input_options(parser, out=False)
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help=f"bundle folder (default: {DEFAULT_OUT})"
    )
    parser.add_argument(
        "--previous",
        metavar="SPEC",
        help="the last published openapi.json: a path (e.g. a kept copy of the previous "
        "release's dist/openapi.json) or a git revision; without it, a first release versioned "
        "by the overlay's info.version",
    )
    parser.add_argument(
        "--previous-path",
        default=DEFAULT_REVISION_PATH,
        metavar="FILE",
        help="the document inside a --previous revision, from the repository root "
        f"(default: {DEFAULT_REVISION_PATH})",
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="decide the version and print the summary, but build and write nothing",
    )
    parser.add_argument(
        "--outputs",
        type=Path,
        metavar="FILE",
        help="append the release as version=, previous-version=, bump=, breaking=true|false and "
        "summary= lines to FILE (the format of GitHub Actions' $GITHUB_OUTPUT)",
    )


def run(args: argparse.Namespace) -> int:
    from generator.diff.loading import load_document
    from generator.problems import EXIT_OK, InputError, Problem

    if args.outputs is not None:
        append_outputs(args.outputs, "")  # an unwritable file fails before anything is built
    previous = load_document(args.previous, args.previous_path) if args.previous else None
    document_at: Callable[[str], Mapping[str, Any]]
    loaded: tuple[Catalog, Api] | None = None
    remembered = remembered_document(args) if args.dry_run else None
    if remembered is not None:
        # A dry run needs only the document: a remembered build's, without the libraries.
        floor, title = str(remembered["info"]["version"]), str(remembered["info"]["title"])
        document_at = functools.partial(with_version, remembered)
    else:
        from generator.inputs import load_inputs
        from generator.targets import openapi

        loaded = load_inputs(args)
        api = loaded[1]
        floor, title = api.version, api.title

        def at_version(version: str) -> dict[str, Any]:
            return openapi.document(api.model_copy(update={"version": version}))

        document_at = at_version
    if not SEMVER.match(floor):
        raise InputError([Problem(str(args.overrides), 0, semver_problem("info.version", floor))])
    if previous is not None:
        info = previous.get("info")
        previous_version = str(info.get("version", "")) if isinstance(info, dict) else ""
        if not SEMVER.match(previous_version):
            label = (
                args.previous
                if Path(args.previous).is_file()
                else f"{args.previous}:{args.previous_path}"
            )
            raise InputError([Problem(label, 0, semver_problem("info.version", previous_version))])
    release = plan_release(document_at, floor, previous)
    if args.dry_run:
        print(f"{args.out}: {summary(release, title)}; dry run, nothing written")
    else:
        assert loaded is not None  # only a dry run takes a remembered document
        catalog, api = loaded
        release_api = api.model_copy(update={"version": release.version})
        try:
            files = bundle(catalog, release_api, release, args.out)
        except BuildFailed as error:
            # Reported like any other problem: `FILE: message` on stderr by the CLI, exit 2.
            nothing = f"{error}; nothing was written to {args.out}"
            raise InputError([Problem(str(args.out), 0, nothing)]) from None
        print(f"{args.out}: {summary(release, title)}; {len(files)} files and {MANIFEST}")
    if args.outputs is not None:
        append_outputs(args.outputs, outputs_text(release, title))
    return EXIT_OK


def remembered_document(args: argparse.Namespace) -> dict[str, Any] | None:
    """The OpenAPI document of `--catalog` and `--overrides` from the build cache (that of
    `generate` and `check`), its overlay warnings reported as a build reports them; None on a
    miss. `openapi.document` puts the API's version in `info.version` only, so this document at
    another version is `with_version` of it (test_publish holds the two to be equal)."""
    from generator import buildcache
    from generator.problems import report_warnings

    key = buildcache.key_of(args.catalog, args.overrides)
    built = buildcache.load(key) if key else None
    if built is None:
        return None
    files, warnings = built
    try:
        document = json.loads(files["openapi.json"])
    except (KeyError, ValueError):
        return None
    report_warnings(warnings, args.strict)
    return dict(document)


def with_version(document: Mapping[str, Any], version: str) -> dict[str, Any]:
    """`document` with `info.version` set to `version` (a copy: the original is not changed)."""
    return {**document, "info": {**document["info"], "version": version}}


def outputs_text(release: Release, title: str) -> str:
    """The release for a CI step to read without parsing prose: `name=value` lines, each value
    on one line (a line break in the overlay's title must not start another output)."""
    breaking = any(item.severity == "breaking" for item in release.findings)
    values = {
        "version": release.version,
        "previous-version": release.previous or "",
        "bump": release.bump,
        "breaking": "true" if breaking else "false",
        "summary": summary(release, title),
    }
    return "".join(f"{name}={' '.join(value.split())}\n" for name, value in values.items())


def append_outputs(path: Path, text: str) -> None:
    """Appended, not replaced: $GITHUB_OUTPUT collects every step's outputs in one file."""
    from generator.problems import InputError, Problem

    try:
        with path.open("a", encoding="utf-8") as outputs:
            outputs.write(text)
    except OSError as error:
        raise InputError([Problem(str(path), 0, f"cannot append the outputs ({error})")]) from None


def semver_problem(field: str, value: str) -> str:
    return f"{field} {value!r} is not a release version, expected MAJOR.MINOR.PATCH (e.g. 1.4.0)"


def summary(release: Release, title: str) -> str:
    from generator.diff.report import counts

    name = f"{title} {release.version}"
    if release.previous is None:
        return f"{name} (first release)"
    if release.bump == "none":
        return f"{name} (unchanged since {release.previous})"
    totals = counts(release.findings)
    found = f"{totals['breaking']} breaking, {totals['warning']} warning(s), {totals['info']} info"
    return f"{name} ({release.bump} release over {release.previous}: {found})"


# --------------------------------------------------------------------------- versioning


def plan_release(
    document_at: Callable[[str], Mapping[str, Any]],
    floor: str,
    previous: Mapping[str, Any] | None,
) -> Release:
    """The release's version, from the previous published document and what changed since.

    `document_at(version)` is the new OpenAPI document at a version; `floor` is the overlay's
    info.version."""
    from generator.diff.compare import compare

    if previous is None:
        return Release(floor, None, "first", (), floor, True)
    previous_version = str(previous["info"]["version"])
    # Same version on both sides: the version field is the outcome, not one of the changes.
    candidate = dict(document_at(previous_version))
    findings = tuple(compare(dict(previous), candidate))
    differ = candidate != previous
    bump = bump_for(findings, differ)
    version = max(bumped(previous_version, bump), floor, key=version_key)
    return Release(version, previous_version, bump, findings, floor, differ)


def bump_for(findings: Sequence[Finding], documents_differ: bool) -> Bump:
    if any(item.severity == "breaking" for item in findings):
        return "major"
    if any(item.severity == "warning" or item.rule not in PATCH_RULES for item in findings):
        return "minor"
    return "patch" if findings or documents_differ else "none"


def version_key(version: str) -> tuple[int, int, int]:
    major, minor, patch = (int(part) for part in version.split("."))
    return major, minor, patch


def bumped(version: str, bump: Bump) -> str:
    major, minor, patch = version_key(version)
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    if bump == "patch":
        return f"{major}.{minor}.{patch + 1}"
    return version


def changes_markdown(release: Release, api: Api) -> str:
    from generator.diff.report import render_markdown

    heading = f"# {api.title} {release.version}\n\n"
    if release.previous is None:
        return (
            f"{heading}First release: {len(api.operations)} operations. There is no previous "
            "published document to compare with.\n"
        )
    since = release.previous
    lines = [
        {
            "major": f"Major release over {since}: breaking changes, read them before upgrading.",
            "minor": f"Minor release over {since}: additions or changes to review, nothing "
            "breaking.",
            "patch": f"Patch release over {since}: nothing callers send or receive changed.",
            "none": f"No change to the API document since {since}.",
        }[release.bump]
    ]
    if release.raised_by_floor:
        lines.append(
            f"The version is the overlay's info.version {release.floor}, above the "
            f"{bumped(release.previous, release.bump)} the changes alone call for."
        )
    if release.documents_differ and not release.findings:
        lines.append(
            "The document differs only where the diff does not compare (examples, x-source, "
            "response descriptions)."
        )
    return heading + "\n".join(lines) + "\n\n" + render_markdown(list(release.findings))


# --------------------------------------------------------------------------- the bundle


def bundle(catalog: Catalog, api: Api, release: Release, out: Path) -> dict[str, str]:
    """Build every file of the bundle, then switch `out` to it; {relative path: sha256}."""
    from generator.render import render
    from generator.serialise import dump_json
    from generator.targets import reference
    from generator.write import replace_tree

    rendered = render(catalog, api)
    texts = {name: rendered[name] for name in PUBLISHED_RENDERINGS}
    texts |= reference.render(api)
    texts["CHANGES.md"] = changes_markdown(release, api)
    files = {name: text.encode("utf-8") for name, text in texts.items()}
    client = {
        name.removeprefix(f"{CLIENT_FOLDER}/"): text
        for name, text in rendered.items()
        if name.startswith(f"{CLIENT_FOLDER}/")
    }
    # The client is built in the system's temporary folder: only the writer stages beside `out`.
    with tempfile.TemporaryDirectory(prefix="expanse-publish-") as staging:
        built = Path(staging) / "built"
        build_client(client, Path(staging) / "client", built, api.version)
        for path in sorted(built.iterdir()):
            files[f"{CLIENT_FOLDER}/{path.name}"] = path.read_bytes()
    hashes = {name: hashlib.sha256(data).hexdigest() for name, data in sorted(files.items())}
    manifest = {"version": api.version, "files": hashes}
    files[MANIFEST] = dump_json(manifest).encode("utf-8")
    replace_tree(out, files, owned_files)
    return hashes


def build_client(files: Mapping[str, str], source: Path, outdir: Path, version: str) -> None:
    """Build the client's sdist and wheel into `outdir` from its rendered files."""
    for name, text in files.items():
        write_bytes(source / name, text.encode("utf-8"))
    # hatchling looks for a .gitignore in every folder above the project up to a .git: the
    # boundaries keep an enclosing repository's ignore rules (`dist/`, `build/`) out of the build.
    (source / ".git").mkdir()
    (source / ".hg").mkdir()
    backend = build_backend(source / "pyproject.toml")
    if backend != CLIENT_BACKEND:
        raise BuildFailed(
            f"the Python client names the build backend {backend!r}; publish builds with "
            f"{CLIENT_BACKEND}"
        )
    try:
        with source_date_epoch(SOURCE_DATE_EPOCH):
            from hatchling.builders.sdist import SdistBuilder
            from hatchling.builders.wheel import WheelBuilder

            for builder in (SdistBuilder, WheelBuilder):
                for _ in builder(str(source)).build(directory=str(outdir), versions=["standard"]):
                    pass
    except Exception as error:  # a backend reports a bad project with any exception it likes
        raise BuildFailed(
            f"the Python client did not build ({CLIENT_BACKEND}: {type(error).__name__}: "
            f"{error}; `make setup` installs hatchling)"
        ) from None
    built = sorted(path.name for path in outdir.iterdir()) if outdir.is_dir() else []
    wheels = [name for name in built if name.endswith(".whl")]
    sdists = [name for name in built if name.endswith(".tar.gz")]
    if len(wheels) != 1 or len(sdists) != 1 or len(built) != 2:
        raise BuildFailed(f"expected one wheel and one sdist from the client build, got {built}")
    if f"-{version}-" not in wheels[0] or not sdists[0].endswith(f"-{version}.tar.gz"):
        raise BuildFailed(f"the client package is not versioned {version}: built {built}")


def build_backend(pyproject: Path) -> str:
    """The `[build-system] build-backend` a pyproject.toml names ("" when it names none)."""
    import tomllib

    try:
        table = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("build-system", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise BuildFailed(f"the Python client's pyproject.toml cannot be read ({error})") from None
    backend = table.get("build-backend", "") if isinstance(table, dict) else ""
    return backend if isinstance(backend, str) else ""


@contextmanager
def source_date_epoch(seconds: int) -> Iterator[None]:
    """SOURCE_DATE_EPOCH set to `seconds` for the duration, as the builder reads it, then put
    back: the archives' timestamps must not come from the caller's environment."""
    inherited = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(seconds)
    try:
        yield
    finally:
        if inherited is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = inherited


def owned_files(out: Path) -> set[str]:
    """The files the previous bundle's manifest lists; only these are ever dropped."""
    from generator.write import inside

    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        listed = manifest["files"]
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError):
        return set()
    if not isinstance(listed, dict):
        return set()
    return {name for name in listed if inside(name)}


def write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
