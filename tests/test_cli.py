"""The command line: generate, check, atomic writes, exit codes and error output."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from syrupy.assertion import SnapshotAssertion

from generator.cli import main
from tests.conftest import CATALOG, ROOT


def tree(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(path.relative_to(folder)): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture(scope="module")
def generated_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "generated"
    assert main(["generate", "--out", str(folder)]) == 0
    return folder


@pytest.fixture
def out(tmp_path: Path, generated_once: Path) -> Path:
    """A folder `generate` wrote: a copy (times included) of the module's one run, to change."""
    folder = tmp_path / "generated"
    shutil.copytree(generated_once, folder)
    return folder


def test_generate_writes_the_route_model(out: Path) -> None:
    routes = json.loads((out / "routes.json").read_text())
    assert (routes["routes"], routes["operations"]) == (96, 134)


def test_second_run_rewrites_nothing_and_is_byte_identical(
    out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = tree(out)
    assert main(["generate", "--out", str(out)]) == 0
    assert "0 written or removed" in capsys.readouterr().out
    assert tree(out) == before


def test_check_reports_stale_files_with_a_diff(
    out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--out", str(out)]) == 0
    routes = out / "routes.json"
    routes.write_text(routes.read_text().replace('"operations": 134', '"operations": 133'))
    (out / ".generated-files").write_text((out / ".generated-files").read_text() + "old.json\n")
    (out / "old.json").write_text("{}")
    capsys.readouterr()
    assert main(["check", "--out", str(out)]) == 1
    report = capsys.readouterr().out
    assert "changed: routes.json" in report
    assert '-  "operations": 133,' in report and '+  "operations": 134,' in report
    assert "obsolete: old.json" in report
    assert "changed: .generated-files" in report


def test_generate_removes_only_files_it_owns(out: Path) -> None:
    (out / ".generated-files").write_text(
        (out / ".generated-files").read_text() + "legacy/old.py\n"
    )
    (out / "legacy").mkdir()
    (out / "legacy" / "old.py").write_text("")
    (out / "CHANGELOG.md").write_text("kept by hand\n")
    assert main(["generate", "--out", str(out)]) == 0
    assert not (out / "legacy").exists()
    assert (out / "CHANGELOG.md").read_text() == "kept by hand\n"


def test_check_on_a_missing_folder_lists_every_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--out", str(tmp_path / "none")]) == 1
    assert "missing: routes.json" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            b"## G\n\n### `/api/x`\n\nSource: `src/app/api/x/route.ts`\n\nHTTP: GET\n\nOwner: me\n",
            ":9: found 'Owner: me', expected 'Source:'",
        ),
        (
            b"## G\n\n### `/api/x`\n\nSource: `caf\xe9`\n",
            ":5: found a byte that is not UTF-8 (0xe9)",
        ),
        (b"", ": found no routes"),
    ],
)
def test_bad_catalog_exits_2_and_leaves_output_untouched(
    out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, expected: str
) -> None:
    bad = tmp_path / "bad.md"
    bad.write_bytes(content)
    before = tree(out)
    capsys.readouterr()
    assert main(["generate", "--catalog", str(bad), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"error: {bad}{expected}" in err
    assert tree(out) == before


def test_missing_catalog(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["generate", "--catalog", str(tmp_path / "nope.md"), "--out", str(tmp_path)]) == 2
    assert "nope.md: no such file, expected the route catalog" in capsys.readouterr().err


def test_real_process_prints_no_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("## G\n\n### `/v1/x`\n")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            "--catalog",
            str(bad),
            "--out",
            str(tmp_path / "o"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert (
        f"{bad}:3: found route path '/v1/x', expected a path starting with '/api/'" in result.stderr
    )
    assert not (tmp_path / "o").exists()


def test_committed_generated_folder_is_current() -> None:
    assert main(["check", "--catalog", str(CATALOG), "--out", str(ROOT / "generated")]) == 0


def test_routes_json_snapshot(out: Path, text_snapshot: SnapshotAssertion) -> None:
    assert (out / "routes.json").read_text() == text_snapshot


@pytest.mark.parametrize(
    "entry", ["../victim.txt", "/tmp/victim.txt", "a/../../victim.txt", "..\\victim.txt"]
)
def test_a_manifest_entry_outside_the_folder_is_never_deleted(
    out: Path, tmp_path: Path, entry: str
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("not the generator's\n")
    absolute = Path(entry) if entry.startswith("/") else None
    if absolute is not None:
        entry = str(victim)
    (out / ".generated-files").write_text((out / ".generated-files").read_text() + entry + "\n")
    assert main(["generate", "--out", str(out)]) == 0
    assert victim.read_text() == "not the generator's\n"
