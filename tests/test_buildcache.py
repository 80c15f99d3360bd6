"""The build cache: a hit gives the very files a fresh build gives, without loading the parser,
pydantic or Jinja; any change to an input, the code, a template or a library is a miss."""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import generator.pipeline
from generator import buildcache
from generator.cli import main
from generator.inputs import load_inputs
from generator.problems import InputError
from tests.conftest import CATALOG, ROOT

OVERLAY = ROOT / "catalog" / "overrides.toml"
HEAVY = ("markdown_it", "jinja2", "pydantic", "generator.pipeline")
RUN = f"""
import json, sys
from generator.cli import main
code = main(sys.argv[1:])
print(json.dumps({{"code": code, "loaded": sorted(m for m in {HEAVY!r} if m in sys.modules)}}))
"""


def generate(tmp_path: Path, out: Path, *options: str, cache: str = "1") -> dict[str, object]:
    env = {"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env["EXPANSE_GENERATOR_CACHE"] = cache
    done = subprocess.run(
        [sys.executable, "-c", RUN, "generate", "--out", str(out), *options],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    result["stderr"] = done.stderr
    return result


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def entries(tmp_path: Path) -> list[Path]:
    builds = tmp_path / "cache" / "expanse-api-generator" / "builds"
    return sorted(builds.iterdir()) if builds.exists() else []


@pytest.fixture(scope="module")
def first_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    """One process's `generate` into an empty cache, shared read-only: its folder (with the
    cache under `cache/`) and its result."""
    folder = tmp_path_factory.mktemp("first-build")
    return folder, generate(folder, folder / "fresh")


def copy_of_cache(first: Path, tmp_path: Path) -> None:
    shutil.copytree(first / "cache", tmp_path / "cache")


def test_a_hit_writes_the_same_files_without_loading_the_libraries(
    tmp_path: Path, first_build: tuple[Path, dict[str, object]]
) -> None:
    first, fresh = first_build
    assert fresh["code"] == 0 and set(fresh["loaded"]) == set(HEAVY)  # type: ignore[call-overload]
    assert len(entries(first)) == 1
    copy_of_cache(first, tmp_path)
    cached = generate(tmp_path, tmp_path / "cached")
    assert cached == {**cached, "code": 0, "loaded": []}
    assert tree(tmp_path / "cached") == tree(first / "fresh") == tree(ROOT / "generated")


def test_a_corrupt_entry_is_a_miss_and_is_replaced(
    tmp_path: Path, first_build: tuple[Path, dict[str, object]]
) -> None:
    copy_of_cache(first_build[0], tmp_path)
    (entry,) = entries(tmp_path)
    entry.write_bytes(entry.read_bytes()[:1000])
    again = generate(tmp_path, tmp_path / "again")
    assert again["code"] == 0 and again["loaded"]
    assert tree(tmp_path / "again") == tree(ROOT / "generated")
    assert entry.stat().st_size > 1000


@pytest.fixture
def cache_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache on for this process (the suite runs with it off), in tmp_path/cache."""
    monkeypatch.setenv("EXPANSE_GENERATOR_CACHE", "1")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.mark.usefixtures("cache_on")
def test_bad_input_is_reported_every_time_and_never_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # In this process: what is checked is the exit code, the message and the cache folder.
    broken = tmp_path / "broken.md"
    broken.write_text("# not a catalog\n")
    for _ in range(2):
        code = main(["generate", "--out", str(tmp_path / "out"), "--catalog", str(broken)])
        assert code == 2 and "found no routes" in capsys.readouterr().err
    assert entries(tmp_path) == []
    assert not (tmp_path / "out").exists()


@pytest.mark.usefixtures("cache_on")
def test_warnings_come_back_from_the_cache_and_strict_still_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    overlay = tmp_path / "overrides.toml"
    overlay.write_text(OVERLAY.read_text() + '\n[routes."/api/nowhere".body.Nothing]\n')
    inputs = ("--catalog", str(CATALOG), "--overrides", str(overlay))
    # The build that stores the entry runs in this process (what it loads is not checked);
    # the runs that must find it are processes of their own.
    assert main(["generate", "--out", str(tmp_path / "a"), *inputs]) == 0
    first_stderr = capsys.readouterr().err
    second = generate(tmp_path, tmp_path / "b", *inputs)
    assert second["loaded"] == [] and first_stderr == second["stderr"]
    assert "warning:" in str(second["stderr"])
    strict = generate(tmp_path, tmp_path / "c", *inputs, "--strict")
    assert strict["code"] == 2 and strict["loaded"] == []


def test_the_cache_can_be_turned_off(tmp_path: Path) -> None:
    for _ in range(2):
        assert generate(tmp_path, tmp_path / "out", cache="0")["loaded"]
    assert entries(tmp_path) == []


@pytest.fixture
def code(tmp_path: Path) -> tuple[Path, Path]:
    package, templates = tmp_path / "generator", tmp_path / "templates"
    shutil.copytree(ROOT / "generator", package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "templates", templates)
    return package, templates


@pytest.mark.parametrize(
    "change",
    [
        "catalog",
        "overlay",
        "a template",
        "a new template",
        "the generator's code",
        "a library version",
        "the catalog's path",
    ],
)
def test_every_input_of_a_build_is_in_its_key(
    tmp_path: Path, code: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    catalog, overlay = tmp_path / "routes.md", tmp_path / "overrides.toml"
    shutil.copy(CATALOG, catalog)
    shutil.copy(OVERLAY, overlay)
    before = buildcache.build_key(catalog, overlay, code)
    assert before == buildcache.build_key(catalog, overlay, code)
    package, templates = code
    template = next(templates.rglob("*.j2"))
    match change:
        case "catalog":
            catalog.write_text(catalog.read_text() + " ")
        case "overlay":
            overlay.write_text(overlay.read_text() + "\n")
        case "a template":
            template.write_text(template.read_text().replace("{{", "{{ ", 1))
        case "a new template":
            (template.parent / "extra.j2").write_text("")
        case "the generator's code":
            source = package / "naming.py"
            source.write_text(source.read_text() + "\n")
        case "a library version":
            listed = buildcache._distributions()
            monkeypatch.setattr(buildcache, "_distributions", lambda: [*listed, "x-1.dist-info"])
        case "the catalog's path":
            catalog = catalog.rename(tmp_path / "other.md")
    assert buildcache.build_key(catalog, overlay, code) != before


def test_an_unreadable_input_has_no_key(tmp_path: Path) -> None:
    assert buildcache.build_key(tmp_path / "missing.md", OVERLAY) is None


# --------------------------------------------------------------------------- the model kept


def load_args(
    catalog: Path = CATALOG, overlay: Path = OVERLAY, strict: bool = False
) -> argparse.Namespace:
    return argparse.Namespace(catalog=catalog, overrides=overlay, strict=strict)


@pytest.fixture
def model_cache(cache_on: None, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The cache on, in tmp_path; the list records every real load (a miss)."""
    loads: list[object] = []
    real = generator.pipeline.load

    def counted(catalog: Path, overlay: Path) -> object:
        loads.append(catalog)
        return real(catalog, overlay)

    monkeypatch.setattr(generator.pipeline, "load", counted)
    return loads


def test_a_model_hit_is_the_same_model_line_numbers_included(
    tmp_path: Path, model_cache: list[object]
) -> None:
    catalog, api = load_inputs(load_args())
    again = load_inputs(load_args())
    assert len(model_cache) == 1
    assert again == (catalog, api)
    assert [route.line for route in again[0].routes] == [route.line for route in catalog.routes]
    assert [path.name for path in entries(tmp_path)] == [
        buildcache.build_key(CATALOG, OVERLAY) + buildcache.MODEL_SUFFIX  # type: ignore[operator]
    ]


def test_scopes_on_a_hit_loads_neither_the_parser_nor_the_pipeline(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": str(tmp_path / "cache")}
    runs = [
        subprocess.run(
            [sys.executable, "-c", RUN, "scopes", "zones.list", "zones.records.create"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for _ in range(2)
    ]
    printed = [run.splitlines()[:-1] for run in runs]
    loaded = [json.loads(run.splitlines()[-1])["loaded"] for run in runs]
    assert printed[0] == printed[1] and "Minimal scopes: dns.read, dns.write" in printed[0]
    assert set(loaded[0]) == set(HEAVY)
    assert loaded[1] == ["pydantic"]  # the model's classes, and nothing to parse or resolve


def test_a_model_entry_others_could_write_is_never_unpickled(
    tmp_path: Path, model_cache: list[object]
) -> None:
    load_inputs(load_args())
    (entry,) = entries(tmp_path)
    for target, mode in [(entry, 0o666), (entry.parent, 0o777), (entry.parent, 0o770)]:
        target.chmod(mode)
        load_inputs(load_args())
        # The miss stored the model afresh: this user's folder and entry are private again.
        assert entry.parent.stat().st_mode & 0o777 == 0o700
        assert entry.stat().st_mode & 0o022 == 0
    assert len(model_cache) == 4  # the first load, then a miss for each unsafe mode
    load_inputs(load_args())
    assert len(model_cache) == 4  # safe again: a hit


def test_under_a_umask_that_shares_with_the_group_entries_are_still_private_and_hit(
    tmp_path: Path, model_cache: list[object]
) -> None:
    previous = os.umask(0o002)
    try:
        load_inputs(load_args())
        load_inputs(load_args())
    finally:
        os.umask(previous)
    (entry,) = entries(tmp_path)
    assert entry.stat().st_mode & 0o777 == 0o600
    assert entry.parent.stat().st_mode & 0o777 == 0o700
    assert len(model_cache) == 1


def test_a_corrupt_model_entry_is_a_miss_and_is_replaced(
    tmp_path: Path, model_cache: list[object]
) -> None:
    expected = load_inputs(load_args())
    (entry,) = entries(tmp_path)
    whole = entry.read_bytes()
    noise = random.Random(7)
    oversized = [  # a string longer than memory can be, a memo slot far beyond any list
        b"\x8d" + (2**63).to_bytes(8, "little"),
        b"}r" + (0xFFFFFFF0).to_bytes(4, "little"),
    ]
    damaged = [whole[:1000], whole[:30] + b"\0" * 50 + whole[80:], b"junk"] + [
        buildcache.MODEL_FORMAT + payload
        for payload in oversized + [noise.randbytes(noise.randrange(1, 400)) for _ in range(20)]
    ]
    for broken in damaged:
        entry.write_bytes(broken)
        assert load_inputs(load_args()) == expected
        assert entry.read_bytes() == whole
    assert len(model_cache) == 1 + len(damaged)


def test_warnings_come_back_from_a_model_hit_and_strict_still_fails(
    tmp_path: Path, model_cache: list[object], capsys: pytest.CaptureFixture[str]
) -> None:
    overlay = tmp_path / "overrides.toml"
    overlay.write_text(OVERLAY.read_text() + '\n[routes."/api/nowhere".body.Nothing]\n')
    load_inputs(load_args(overlay=overlay))
    first = capsys.readouterr().err
    load_inputs(load_args(overlay=overlay))
    assert len(model_cache) == 1 and "warning:" in first
    assert capsys.readouterr().err == first
    with pytest.raises(InputError):
        load_inputs(load_args(overlay=overlay, strict=True))
    assert len(model_cache) == 1


def test_bad_input_is_loaded_every_time_and_never_kept(
    tmp_path: Path, model_cache: list[object]
) -> None:
    broken = tmp_path / "broken.md"
    broken.write_text("# not a catalog\n")
    for _ in range(2):
        with pytest.raises(InputError):
            load_inputs(load_args(catalog=broken))
    assert len(model_cache) == 2 and entries(tmp_path) == []


def test_the_least_recently_used_keys_go_beyond_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(buildcache, "KEEP", 2)
    buildcache.store("a", {"f": "a"}, [])
    buildcache.store("b", {"f": "b"}, [])
    folder = buildcache.folder()
    os.utime(folder / "a", (1, 1))  # stored long ago ...
    assert buildcache.load("a") is not None  # ... but used now
    os.utime(folder / "b", (2, 2))
    buildcache.store("c", {"f": "c"}, [])
    assert [path.name for path in entries(tmp_path)] == ["a", "c"]


@pytest.mark.usefixtures("cache_on")
def test_a_catalog_saved_while_it_is_loaded_is_not_kept_under_its_earlier_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    catalog = tmp_path / "routes.md"
    catalog.write_text(CATALOG.read_text())
    real_load = generator.pipeline.load

    def load_then_save(catalog_path: Path, overlay: Path) -> object:
        loaded = real_load(catalog_path, overlay)
        catalog_path.write_text(catalog_path.read_text() + "\n")  # an editor saves meanwhile
        return loaded

    monkeypatch.setattr(generator.pipeline, "load", load_then_save)
    load_inputs(load_args(catalog=catalog))
    assert main(["generate", "--catalog", str(catalog), "--out", str(tmp_path / "out")]) == 0
    capsys.readouterr()
    assert entries(tmp_path) == []
    monkeypatch.setattr(generator.pipeline, "load", real_load)
    load_inputs(load_args(catalog=catalog))  # unchanged while loaded: kept
    assert len(entries(tmp_path)) == 1


def test_a_model_that_cannot_be_pickled_is_not_kept_and_the_run_goes_on(
    tmp_path: Path, model_cache: list[object], monkeypatch: pytest.MonkeyPatch
) -> None:
    def too_deep(*args: object, **kwargs: object) -> bytes:
        raise RecursionError("maximum recursion depth exceeded while pickling an object")

    monkeypatch.setattr(buildcache.pickle, "dumps", too_deep)
    _, api = load_inputs(load_args())
    assert api.operations and entries(tmp_path) == []
