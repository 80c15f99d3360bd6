"""`python -m generator publish`: the versioned release bundle, its version and its bytes."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import generator.inputs
import generator.render
from generator import buildcache, publish
from generator.cli import main
from generator.diff.loading import load_document
from generator.diff.rules import RULES, Finding, finding
from generator.pipeline import load
from generator.render import render
from generator.targets.openapi import document as openapi_document
from generator.targets.reference import render_reference
from tests.conftest import CATALOG, OVERRIDES, ROOT, shipped

FIRST_VERSION = "1.3.0"  # deliberately not the overlay's default, 1.0.0
PREVIOUS_VERSION = "1.4.2"
BUNDLE_FILES = {
    "CHANGES.md",
    "api-route-permissions.ts",
    "openapi.json",
    "openapi.yaml",
    "reference/index.html",
    "scopes.json",
}
AGENT_TOKEN = "/api/services/{id}/agent-token"
NEW_ROUTE = """### `/api/services/{id}/ping`

Source: `src/app/api/services/[id]/ping/route.ts`

HTTP: GET

"""
Document = dict[str, Any]


# --------------------------------------------------------------------------- helpers


def publish_cli(*args: str | Path, overrides: Path = OVERRIDES) -> int:
    return main(
        [
            "publish",
            "--catalog",
            str(CATALOG),
            "--overrides",
            str(overrides),
            *(str(arg) for arg in args),
        ]
    )


def overlay_with_version(folder: Path, version: str) -> Path:
    overlay = folder / f"overrides-{version}.toml"
    text = OVERRIDES.read_text(encoding="utf-8")
    overlay.write_text(f'{text}\n[info]\nversion = "{version}"\n', encoding="utf-8")
    return overlay


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def folder_state(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file's bytes and mtime: what "untouched" means."""
    return {
        name: (data, (folder / name).stat().st_mtime_ns)
        for name, data in folder_bytes(folder).items()
    }


def manifest(folder: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return loaded


def client_files(version: str) -> set[str]:
    return {
        f"python/expanse_api-{version}-py3-none-any.whl",
        f"python/expanse_api-{version}.tar.gz",
    }


def route_section(catalog: str, path: str) -> str:
    found = re.search(rf"^### `{re.escape(path)}`\n.*?(?=^#{{2,3}} |\Z)", catalog, re.M | re.S)
    assert found, path
    return found.group(0)


def replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, f"expected exactly one {old!r}"
    return text.replace(old, new)


def catalog_without_agent_token(catalog: str) -> str:
    return replace_once(catalog, route_section(catalog, AGENT_TOKEN), "")


def catalog_with_new_route(catalog: str) -> str:
    section = route_section(catalog, AGENT_TOKEN)
    return replace_once(catalog, section, NEW_ROUTE + section)


def catalog_with_other_description(catalog: str) -> str:
    return replace_once(
        catalog,
        "- Agent token management for VPS metrics",
        "- Agent token management for VPS monitoring",
    )


def catalog_with_other_source(catalog: str) -> str:
    return replace_once(
        catalog,
        "Source: `src/app/api/services/[id]/agent-token/route.ts`",
        "Source: `src/app/api/services/[id]/agent-token/handler.ts`",
    )


def previous_document(folder: Path, catalog_text: str, version: str) -> Path:
    """The document a release of `catalog_text` published as `version`, as a file."""
    target = folder / "previous-openapi.json"
    target.write_text(published_document(catalog_text, version), encoding="utf-8")
    return target


@functools.cache
def published_document(catalog_text: str, version: str) -> str:
    """Built once per catalog text and version: several tests compare with the same release."""
    with tempfile.TemporaryDirectory() as folder:
        catalog = Path(folder) / "previous-routes.md"
        catalog.write_text(catalog_text, encoding="utf-8")
        _, api, _ = load(catalog, OVERRIDES)
    document = openapi_document(api.model_copy(update={"version": version}))
    return json.dumps(document, indent=2)


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=Release", "-c", "user.email=release@example.com", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


def repository_with(folder: Path, files: dict[str, bytes]) -> Path:
    repo = folder / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    for name, data in files.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_bytes(data)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "release")
    return repo


# --------------------------------------------------------------------------- first release


@pytest.fixture(scope="module")
def first(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A first release (no --previous), shared by the tests that only read it."""
    folder = tmp_path_factory.mktemp("first")
    overlay = overlay_with_version(folder, FIRST_VERSION)
    assert publish_cli("--out", folder / "dist", overrides=overlay) == 0
    return folder / "dist"


def test_first_release_is_versioned_by_the_overlay(first: Path) -> None:
    assert set(folder_bytes(first)) == BUNDLE_FILES | client_files(FIRST_VERSION) | {
        "manifest.json"
    }
    assert manifest(first)["version"] == FIRST_VERSION
    document = json.loads((first / "openapi.json").read_text(encoding="utf-8"))
    assert document["info"]["version"] == FIRST_VERSION
    changes = (first / "CHANGES.md").read_text(encoding="utf-8")
    assert changes.startswith(f"# Expanse panel API (dual-auth routes) {FIRST_VERSION}\n")
    assert "First release: 134 operations." in changes


def test_manifest_lists_every_other_file_with_its_sha256(first: Path) -> None:
    listed = manifest(first)["files"]
    assert list(listed) == sorted(listed)
    on_disk = folder_bytes(first)
    del on_disk["manifest.json"]
    assert listed == {name: hashlib.sha256(data).hexdigest() for name, data in on_disk.items()}


def test_bundle_files_are_the_renderings_at_the_release_version(first: Path) -> None:
    catalog, api = shipped().catalog, shipped().api
    release = api.model_copy(update={"version": FIRST_VERSION})
    rendered = render(catalog, release)
    for name in ("openapi.json", "openapi.yaml", "scopes.json", "api-route-permissions.ts"):
        assert (first / name).read_text(encoding="utf-8") == rendered[name], name
    reference = (first / "reference" / "index.html").read_text(encoding="utf-8")
    assert reference == render_reference(release)


def pip_install() -> list[str]:
    """`uv pip` (the project's installer: `make` sets it up, on PATH or in tools/uv/) with this
    Python, else pip: what the wheel test is about is the wheel, not the installer."""
    found = shutil.which("uv") or ROOT / "tools" / "uv" / "bin" / "uv"
    if Path(found).is_file() and os.access(found, os.X_OK):
        return [str(found), "pip", "install", "--python", sys.executable]
    return [sys.executable, "-m", "pip", "install"]


def test_wheel_installs_and_reports_the_release_version(first: Path, tmp_path: Path) -> None:
    (wheel,) = (first / "python").glob("*.whl")
    target = tmp_path / "site"
    subprocess.run(
        [*pip_install(), "--quiet", "--no-deps", "--target", target, wheel],
        check=True,
        capture_output=True,
    )
    probe = (
        "import importlib.metadata, expanse_api; "
        "print(expanse_api.__version__, importlib.metadata.version('expanse-api'), "
        "expanse_api.__file__)"
    )
    environment = {**os.environ, "PYTHONPATH": str(target)}
    shown = subprocess.run(
        [sys.executable, "-c", probe],
        check=True,
        capture_output=True,
        text=True,
        env=environment,
        cwd=tmp_path,
    ).stdout.split()
    assert shown[:2] == [FIRST_VERSION, FIRST_VERSION]
    assert Path(shown[2]).is_relative_to(target)


def test_sdist_carries_the_client_source_at_the_release_version(first: Path) -> None:
    root = f"expanse_api-{FIRST_VERSION}"
    with tarfile.open(first / "python" / f"{root}.tar.gz") as sdist:
        names = set(sdist.getnames())
        metadata = sdist.extractfile(f"{root}/PKG-INFO")
        assert metadata is not None
        assert f"\nVersion: {FIRST_VERSION}\n" in metadata.read().decode("utf-8")
    assert {f"{root}/pyproject.toml", f"{root}/expanse_api/__init__.py"} <= names
    # The staging folder's VCS boundaries are not part of the package.
    assert not any("/.git" in name or "/.hg" in name for name in names)


def test_same_inputs_give_the_same_bytes(
    first: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # CI systems set their own (the commit's time); it must not reach the archives.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    overlay = overlay_with_version(tmp_path, FIRST_VERSION)
    assert publish_cli("--out", tmp_path / "again", overrides=overlay) == 0
    assert folder_bytes(tmp_path / "again") == folder_bytes(first)
    assert os.environ["SOURCE_DATE_EPOCH"] == "1700000000"  # the caller's, put back


# --------------------------------------------------------------------------- versioning


@pytest.mark.parametrize(
    ("edit_previous", "version", "says"),
    [
        # The previous release had a route the catalog no longer has.
        (catalog_with_new_route, "2.0.0", "`operation-removed`"),
        # The catalog has a route the previous release did not.
        (catalog_without_agent_token, "1.5.0", "`operation-added`"),
        (catalog_with_other_description, "1.4.3", "`description-changed`"),
        # x-source is not compared: no finding, but the published document did change.
        (catalog_with_other_source, "1.4.3", "differs only where the diff does not compare"),
        (lambda text: text, PREVIOUS_VERSION, "No change to the API document since"),
    ],
    ids=["route-removed-major", "route-added-minor", "description-patch", "x-source-patch", "same"],
)
def test_version_follows_what_changed_since_the_previous_release(
    tmp_path: Path, edit_previous: Callable[[str], str], version: str, says: str
) -> None:
    catalog = CATALOG.read_text(encoding="utf-8")
    previous = previous_document(tmp_path, edit_previous(catalog), PREVIOUS_VERSION)
    out = tmp_path / "dist"
    assert publish_cli("--out", out, "--previous", previous) == 0
    assert manifest(out)["version"] == version
    assert set(manifest(out)["files"]) == BUNDLE_FILES | client_files(version)
    document = json.loads((out / "openapi.json").read_text(encoding="utf-8"))
    assert document["info"]["version"] == version
    changes = (out / "CHANGES.md").read_text(encoding="utf-8")
    assert changes.startswith(f"# Expanse panel API (dual-auth routes) {version}\n")
    assert says in changes


@pytest.mark.parametrize("inside", ["generated/openapi.json", "releases/openapi.json"])
def test_previous_as_a_git_revision(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, inside: str
) -> None:
    catalog = catalog_without_agent_token(CATALOG.read_text(encoding="utf-8"))
    previous = previous_document(tmp_path, catalog, PREVIOUS_VERSION)
    repo = repository_with(tmp_path, {inside: previous.read_bytes()})
    monkeypatch.chdir(repo)
    where = [] if inside == "generated/openapi.json" else ["--previous-path", inside]
    assert publish_cli("--out", tmp_path / "dist", "--previous", "HEAD", *where) == 0
    assert manifest(tmp_path / "dist")["version"] == "1.5.0"


def test_overlay_version_is_a_floor_and_republishing_replaces_only_bundle_files(
    first: Path, tmp_path: Path
) -> None:
    out = tmp_path / "dist"
    shutil.copytree(first, out)
    (out / "notes.txt").write_text("kept by hand\n", encoding="utf-8")
    (out / "python" / "other-1.0.0.tar.gz").write_bytes(b"not ours")
    overlay = overlay_with_version(tmp_path, "3.0.0")
    # The same document as the previous release: the changes alone keep FIRST_VERSION.
    assert publish_cli("--out", out, "--previous", first / "openapi.json", overrides=overlay) == 0
    assert manifest(out)["version"] == "3.0.0"
    assert set(folder_bytes(out)) == BUNDLE_FILES | client_files("3.0.0") | {
        "manifest.json",
        "notes.txt",
        "python/other-1.0.0.tar.gz",
    }
    assert (out / "notes.txt").read_text(encoding="utf-8") == "kept by hand\n"
    changes = (out / "CHANGES.md").read_text(encoding="utf-8")
    assert f"overlay's info.version 3.0.0, above the {FIRST_VERSION}" in changes
    assert [path.name for path in tmp_path.iterdir() if "publish" in path.name] == []


def test_every_bump_rule_names_a_diff_rule() -> None:
    info_rules = {rule for rule, severity in RULES.items() if severity == "info"}
    assert publish.PATCH_RULES.issubset(info_rules)
    assert {"operation-added", "optional-field-added", "enum-value-added"} <= (
        info_rules - publish.PATCH_RULES
    )


@pytest.mark.parametrize(
    ("rules", "differ", "bump"),
    [
        (["description-changed", "operation-added", "operation-removed"], True, "major"),
        (["description-changed", "response-enum-value-added"], True, "minor"),
        (["summary-changed", "param-became-optional"], True, "minor"),
        (["summary-changed", "description-changed", "tag-changed"], True, "patch"),
        ([], True, "patch"),
        ([], False, "none"),
    ],
)
def test_bump_is_decided_by_the_most_significant_change(
    rules: list[str], differ: bool, bump: str
) -> None:
    findings: list[Finding] = [finding(rule, "GET /api/x", "m") for rule in rules]
    assert publish.bump_for(findings, differ) == bump


@pytest.mark.parametrize(
    ("bump", "version"),
    [("major", "2.0.0"), ("minor", "1.5.0"), ("patch", "1.4.3"), ("none", "1.4.2")],
)
def test_bumped_versions(bump: publish.Bump, version: str) -> None:
    assert publish.bumped("1.4.2", bump) == version


# --------------------------------------------------------------------------- failures


@pytest.fixture
def existing(first: Path, tmp_path: Path) -> Path:
    out = tmp_path / "dist"
    shutil.copytree(first, out)
    return out


def no_staging_left(out: Path) -> bool:
    return not [path for path in out.parent.iterdir() if path.name.startswith(f".{out.name}.")]


def test_an_exception_while_building_leaves_dist_untouched(
    existing: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(publish, "build_client", explode)
    before = folder_state(existing)
    overlay = overlay_with_version(tmp_path, "9.0.0")
    with pytest.raises(RuntimeError, match="disk full"):
        publish_cli("--out", existing, overrides=overlay)
    assert folder_state(existing) == before
    assert no_staging_left(existing)


def with_client_pyproject(monkeypatch: pytest.MonkeyPatch, edit: Callable[[str], str]) -> None:
    """`render` as publish calls it, with the client's pyproject.toml edited."""
    rendered = generator.render.render

    def edited(*args: Any) -> dict[str, str]:
        files = dict(rendered(*args))
        files["python/pyproject.toml"] = edit(files["python/pyproject.toml"])
        return files

    monkeypatch.setattr(generator.render, "render", edited)


def refused_without_a_trace(
    existing: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> str:
    """Publish 9.0.0 into `existing`: exit 2, the folder as it was, no staging left; its stderr."""
    before = folder_state(existing)
    assert publish_cli("--out", existing, overrides=overlay_with_version(tmp_path, "9.0.0")) == 2
    assert folder_state(existing) == before
    assert no_staging_left(existing)
    return capsys.readouterr().err


def test_a_failed_client_build_exits_2_and_leaves_dist_untouched(
    existing: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A project hatchling refuses: the distribution name is not a valid one.
    with_client_pyproject(
        monkeypatch,
        lambda text: replace_once(text, 'name = "expanse-api"', 'name = "expanse api!"'),
    )
    error = refused_without_a_trace(existing, tmp_path, capsys)
    assert "the Python client did not build (hatchling.build: ValueError:" in error
    assert "project.name" in error
    assert f"nothing was written to {existing}" in error
    assert "Traceback" not in error


def test_a_client_naming_another_build_backend_exits_2_and_leaves_dist_untouched(
    existing: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with_client_pyproject(
        monkeypatch,
        lambda text: replace_once(
            text, 'build-backend = "hatchling.build"', 'build-backend = "setuptools.build_meta"'
        ),
    )
    error = refused_without_a_trace(existing, tmp_path, capsys)
    assert "names the build backend 'setuptools.build_meta'; publish builds with hatchling" in error


def test_a_symlink_where_a_bundle_folder_belongs_exits_2_and_nothing_outside_is_touched(
    existing: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "mine.txt").write_text("not the publisher's\n")
    shutil.rmtree(existing / "reference")
    (existing / "reference").symlink_to(outside, target_is_directory=True)
    error = refused_without_a_trace(existing, tmp_path, capsys)
    assert "symlink where the generated folder 'reference' belongs" in error
    assert sorted(path.name for path in outside.iterdir()) == ["mine.txt"]


@pytest.mark.parametrize(
    ("previous", "message"),
    [
        ("missing.json", "no such file, and not a git revision"),
        ("invalid.json", "invalid JSON"),
        ("unversioned.json", "info.version 'v2' is not a release version"),
        ("HEAD", "revision HEAD has no generated/openapi.json"),
    ],
)
def test_bad_previous_exits_2_with_a_clear_message(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    previous: str,
    message: str,
) -> None:
    repo = repository_with(
        tmp_path,
        {
            "invalid.json": b"{ not json",
            "unversioned.json": json.dumps({"info": {"version": "v2"}, "paths": {}}).encode(),
        },
    )
    monkeypatch.chdir(repo)
    out = tmp_path / "dist"
    assert publish_cli("--out", out, "--previous", previous) == 2
    error = capsys.readouterr().err
    assert error.startswith("error: ")
    assert message in error
    assert not out.exists()


# --------------------------------------------------------------------------- for CI: --dry-run, --outputs


def test_dry_run_decides_the_version_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    catalog = catalog_without_agent_token(CATALOG.read_text(encoding="utf-8"))
    previous = previous_document(tmp_path, catalog, PREVIOUS_VERSION)
    outputs = tmp_path / "github-output"
    outputs.write_text("earlier=kept\n")
    out = tmp_path / "dist"
    assert publish_cli("--out", out, "--previous", previous, "--dry-run", "--outputs", outputs) == 0
    assert not out.exists()
    assert capsys.readouterr().out == (
        f"{out}: Expanse panel API (dual-auth routes) 1.5.0 (minor release over 1.4.2: "
        "0 breaking, 0 warning(s), 3 info); dry run, nothing written\n"
    )
    assert outputs.read_text() == (
        "earlier=kept\n"
        "version=1.5.0\n"
        "previous-version=1.4.2\n"
        "bump=minor\n"
        "breaking=false\n"
        "summary=Expanse panel API (dual-auth routes) 1.5.0 (minor release over 1.4.2: "
        "0 breaking, 0 warning(s), 3 info)\n"
    )


def test_outputs_of_a_real_release_match_its_manifest(tmp_path: Path) -> None:
    previous = previous_document(tmp_path, CATALOG.read_text(encoding="utf-8"), PREVIOUS_VERSION)
    document = json.loads(previous.read_text())
    del document["paths"]["/api/services/{id}/agent-token"]["delete"]["x-required-scope"]
    document["paths"]["/api/services/{id}/agent-token"]["delete"]["security"] = []
    previous.write_text(json.dumps(document))  # the release had DELETE public: now it is not
    outputs = tmp_path / "github-output"
    assert (
        publish_cli("--out", tmp_path / "dist", "--previous", previous, "--outputs", outputs) == 0
    )
    written = dict(line.split("=", 1) for line in outputs.read_text().splitlines())
    assert written["version"] == manifest(tmp_path / "dist")["version"] == "2.0.0"
    assert (written["bump"], written["breaking"], written["previous-version"]) == (
        "major",
        "true",
        PREVIOUS_VERSION,
    )


@pytest.fixture
def remembered_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The build cache on, holding the shipped catalog's build as `generate` stores it; loading
    the inputs fails the test: a dry run must take the remembered document."""
    monkeypatch.setenv("EXPANSE_GENERATOR_CACHE", "1")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    key = buildcache.build_key(CATALOG, OVERRIDES)
    assert key is not None
    buildcache.store(key, shipped().files, shipped().warnings)

    def not_loaded(*args: object) -> None:
        raise AssertionError("the inputs were loaded despite a remembered build")

    monkeypatch.setattr(generator.inputs, "load_inputs", not_loaded)


def test_a_remembered_document_at_a_version_is_the_document_at_that_version() -> None:
    remembered = json.loads(shipped().files["openapi.json"])
    for version in (PREVIOUS_VERSION, "2.0.0", shipped().api.version):
        at_version = shipped().api.model_copy(update={"version": version})
        assert publish.with_version(remembered, version) == openapi_document(at_version)
    assert remembered == json.loads(shipped().files["openapi.json"])  # a copy was changed


@pytest.mark.parametrize(
    ("edit_previous", "version"),
    [
        (catalog_with_new_route, "2.0.0"),
        (catalog_without_agent_token, "1.5.0"),
        (catalog_with_other_description, "1.4.3"),
        (catalog_with_other_source, "1.4.3"),
        (lambda text: text, PREVIOUS_VERSION),
    ],
    ids=["route-removed-major", "route-added-minor", "description-patch", "x-source-patch", "same"],
)
def test_a_dry_run_takes_the_remembered_build_and_decides_the_same(
    tmp_path: Path,
    remembered_build: None,
    capsys: pytest.CaptureFixture[str],
    edit_previous: Callable[[str], str],
    version: str,
) -> None:
    catalog = CATALOG.read_text(encoding="utf-8")
    previous = previous_document(tmp_path, edit_previous(catalog), PREVIOUS_VERSION)
    outputs = tmp_path / "github-output"
    out = tmp_path / "dist"
    assert publish_cli("--out", out, "--previous", previous, "--dry-run", "--outputs", outputs) == 0
    assert not out.exists()
    assert f"version={version}\n" in outputs.read_text()
    loaded = load_document(str(previous), "")
    release = publish.plan_release(
        lambda at: openapi_document(shipped().api.model_copy(update={"version": at})),
        shipped().api.version,
        loaded,
    )
    title = shipped().api.title
    assert outputs.read_text() == publish.outputs_text(release, title)
    assert capsys.readouterr().out == (
        f"{out}: {publish.summary(release, title)}; dry run, nothing written\n"
    )


def test_a_remembered_build_is_not_taken_for_a_real_release(
    tmp_path: Path, remembered_build: None
) -> None:
    with pytest.raises(AssertionError, match="the inputs were loaded"):
        publish_cli("--out", tmp_path / "dist")


def test_outputs_of_a_first_release(tmp_path: Path) -> None:
    outputs = tmp_path / "github-output"
    assert publish_cli("--out", tmp_path / "dist", "--dry-run", "--outputs", outputs) == 0
    lines = outputs.read_text().splitlines()
    assert lines[:4] == ["version=1.0.0", "previous-version=", "bump=first", "breaking=false"]


def test_a_line_break_in_the_title_cannot_add_an_output(tmp_path: Path) -> None:
    overlay = tmp_path / "overrides.toml"
    text = OVERRIDES.read_text(encoding="utf-8")
    overlay.write_text(f'{text}\n[info]\ntitle = "API\\nbreaking=false"\n', encoding="utf-8")
    outputs = tmp_path / "github-output"
    assert (
        publish_cli("--out", tmp_path / "d", "--dry-run", "--outputs", outputs, overrides=overlay)
        == 0
    )
    names = [line.split("=", 1)[0] for line in outputs.read_text().splitlines()]
    assert names == ["version", "previous-version", "bump", "breaking", "summary"]
    assert (
        outputs.read_text().splitlines()[-1] == "summary=API breaking=false 1.0.0 (first release)"
    )


def test_an_unwritable_outputs_file_fails_before_anything_is_built(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "dist"
    missing = tmp_path / "no-such-folder" / "github-output"
    assert publish_cli("--out", out, "--outputs", missing) == 2
    assert capsys.readouterr().err.startswith(f"error: {missing}: cannot append the outputs")
    assert not out.exists()
