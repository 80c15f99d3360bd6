"""The write stage: all-or-nothing as a reader sees it, symlinks never followed, leftovers of a
killed run cleaned and reported, concurrent runs ending in one complete set."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import traceback
from collections.abc import Mapping
from pathlib import Path

import pytest

from generator import buildcache, write
from generator.cli import main
from generator.inputs import DEFAULT_CATALOG, DEFAULT_OVERRIDES
from generator.problems import InputError
from generator.write import MANIFEST, stale_files, write_files
from tests.conftest import ROOT, shipped


def files_of(variant: str, count: int = 300) -> dict[str, str]:
    """A generated set; the two variants differ in every file's bytes and in which files exist,
    so any mix of the two is visible."""
    names = [f"group{index % 7}/file{index}.txt" for index in range(count)]
    names = names[: count - 20] if variant == "A" else names[20:]
    return {name: f"{variant} {name}\n" * 40 for name in names}


def on_disk(out: Path) -> dict[str, str]:
    """Every file under `out` by relative path: its text, or `-> target` for a symlink (never
    followed)."""
    found: dict[str, str] = {}
    for directory, folders, names in os.walk(out):
        for name in [*folders, *names]:
            path = os.path.join(directory, name)
            relative = os.path.relpath(path, out).replace(os.sep, "/")
            if os.path.islink(path):
                found[relative] = f"-> {os.readlink(path)}"
            elif name in names and os.path.isfile(path):
                with open(path, encoding="utf-8") as file:
                    found[relative] = file.read()
    return dict(sorted(found.items()))


def which_set(out: Path, hand_kept: Mapping[str, str]) -> str:
    """ "A" or "B" when the folder holds exactly that set (plus the hand-kept files), else fails."""
    found = on_disk(out)
    for variant in ("A", "B"):
        expected = {**write.with_manifest(files_of(variant)), **hand_kept}
        if found == expected:
            return variant
    mixed = sorted({text[:1] for name, text in found.items() if name.startswith("group")})
    raise AssertionError(f"the folder holds neither complete set: file variants {mixed}")


def siblings(out: Path) -> list[str]:
    return sorted(path.name for path in out.parent.iterdir() if path.name != out.name)


# --------------------------------------------------------------------------- symlinks


@pytest.fixture
def generated(tmp_path: Path) -> Path:
    out = tmp_path / "generated"
    write_files(out, files_of("A"))
    return out


def test_an_obsolete_entry_behind_a_symlinked_folder_deletes_nothing_outside(
    tmp_path: Path, generated: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "victim.txt").write_text("not the generator's\n")
    (generated / "linked").symlink_to(outside, target_is_directory=True)
    manifest = generated / MANIFEST
    manifest.write_text(manifest.read_text() + "linked/victim.txt\n")
    write_files(generated, files_of("A"))
    assert (outside / "victim.txt").read_text() == "not the generator's\n"
    assert (generated / "linked").is_symlink()


def test_a_symlinked_folder_where_a_generated_folder_belongs_is_refused(
    tmp_path: Path, generated: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "file0.txt").write_text("not the generator's\n")
    (generated / "group0").rename(tmp_path / "group0-moved")
    (generated / "group0").symlink_to(outside, target_is_directory=True)
    before = on_disk(generated)
    with pytest.raises(InputError) as error:
        write_files(generated, files_of("B"))
    assert "group0" in str(error.value) and "symlink" in str(error.value)
    assert (outside / "file0.txt").read_text() == "not the generator's\n"
    assert sorted(path.name for path in outside.iterdir()) == ["file0.txt"]
    assert on_disk(generated) == before
    assert siblings(generated) == ["group0-moved", "outside"]


def test_a_symlink_where_a_generated_file_belongs_is_refused(
    tmp_path: Path, generated: Path
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("not the generator's\n")
    target = generated / "group2" / "file100.txt"
    target.unlink()
    target.symlink_to(victim)
    with pytest.raises(InputError, match="symlink"):
        write_files(generated, files_of("B"))
    assert victim.read_text() == "not the generator's\n"
    assert target.is_symlink()
    with pytest.raises(InputError, match="symlink"):
        stale_files(generated, files_of("B"))


def test_an_output_folder_that_is_a_symlink_is_refused(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (real / "keep.txt").write_text("mine\n")
    link = tmp_path / "generated"
    link.symlink_to(real, target_is_directory=True)
    with pytest.raises(InputError, match="symlink"):
        write_files(link, files_of("A"))
    assert sorted(path.name for path in real.iterdir()) == ["keep.txt"]


def remember_the_shipped_build(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The build cache on, holding the build of the default catalog and overlay (what
    `generate` with no options stores): the runs below need the files, not the parsing."""
    monkeypatch.setenv("EXPANSE_GENERATOR_CACHE", "1")
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    key = buildcache.build_key(DEFAULT_CATALOG, DEFAULT_OVERRIDES)
    assert key is not None and not shipped().warnings
    buildcache.store(key, shipped().files, shipped().warnings)


def test_the_cli_exits_2_on_a_planted_symlink_and_touches_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    remember_the_shipped_build(tmp_path / "cache", monkeypatch)
    out = tmp_path / "generated"
    assert main(["generate", "--out", str(out)]) == 0
    outside = tmp_path / "outside"
    outside.mkdir()
    (out / "python").rename(tmp_path / "python-moved")
    (out / "python").symlink_to(outside, target_is_directory=True)
    (out / "openapi.json").write_text("{}")
    capsys.readouterr()
    assert main(["generate", "--out", str(out)]) == 2
    error = capsys.readouterr().err
    assert "python" in error and "symlink" in error and "Traceback" not in error
    assert list(outside.iterdir()) == []
    assert (out / "openapi.json").read_text() == "{}"
    assert main(["check", "--out", str(out)]) == 2


# --------------------------------------------------------------------------- what a run keeps


def test_hand_kept_files_folders_and_symlinks_survive_and_unchanged_files_keep_their_inode(
    generated: Path,
) -> None:
    (generated / "CHANGELOG.md").write_text("mine\n")
    (generated / "notes").mkdir()
    (generated / "empty").mkdir()
    (generated / "notes" / "todo.txt").write_text("mine too\n")
    (generated / "group2" / "extra.txt").write_text("kept beside generated files\n")
    (generated / "docs").symlink_to("../elsewhere")
    unchanged = generated / "group3" / "file3.txt"
    before = unchanged.stat()
    changed = write_files(generated, files_of("A") | {"group1/file1.txt": "new\n"})
    assert changed == ["group1/file1.txt"]
    assert (generated / "group1" / "file1.txt").read_text() == "new\n"
    assert (generated / "CHANGELOG.md").read_text() == "mine\n"
    assert (generated / "notes" / "todo.txt").read_text() == "mine too\n"
    assert (generated / "group2" / "extra.txt").read_text() == "kept beside generated files\n"
    assert (generated / "empty").is_dir()
    assert os.readlink(generated / "docs") == "../elsewhere"
    after = unchanged.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert siblings(generated) == []


def test_a_run_with_nothing_to_change_touches_nothing(generated: Path) -> None:
    folder = generated.stat()
    assert write_files(generated, files_of("A")) == []
    assert (generated.stat().st_ino, generated.stat().st_mtime_ns) == (
        folder.st_ino,
        folder.st_mtime_ns,
    )


def test_obsolete_files_and_their_emptied_folders_go(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    write_files(out, {"a/b/old.txt": "x", "keep.txt": "y"})
    assert write_files(out, {"keep.txt": "y"}) == [MANIFEST, "a/b/old.txt"]
    assert sorted(p.name for p in out.iterdir()) == [MANIFEST, "keep.txt"]


def test_folder_permissions_are_kept(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    out.mkdir(mode=0o755)
    out.chmod(0o751)
    write_files(out, {"a.txt": "x"})
    assert out.stat().st_mode & 0o777 == 0o751


# --------------------------------------------------------------------------- leftovers


def test_leftovers_of_a_killed_run_are_reported_by_check_and_cleaned_by_the_next_run(
    generated: Path,
) -> None:
    staging = generated.parent / ".generated.staging-123-abc"
    (staging / "group0").mkdir(parents=True)
    (staging / "group0" / "file0.txt").write_text("half")
    old_style = generated / "group0" / ".file0.txt.4242.tmp"
    old_style.write_text("half")
    (generated / ".CHANGELOG.md.1.tmp").write_text("a hand-kept file's lookalike")
    report = {(item.reason, item.path) for item in stale_files(generated, files_of("A"))}
    assert report == {
        ("leftover", "../.generated.staging-123-abc"),
        ("leftover", "group0/.file0.txt.4242.tmp"),
    }
    write_files(generated, files_of("A"))
    assert siblings(generated) == []
    assert not old_style.exists()
    assert (generated / ".CHANGELOG.md.1.tmp").exists()  # not a staged generated file
    assert stale_files(generated, files_of("A")) == []


def test_a_run_killed_between_the_two_renames_is_rolled_back(
    tmp_path: Path, generated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the system cannot swap two folders in one rename, the folder is moved aside first:
    a run killed just then leaves no output folder, and the next run puts it back."""
    monkeypatch.setattr(write, "exchange", lambda first, second: False)
    hand_kept = {"CHANGELOG.md": "mine\n"}
    (generated / "CHANGELOG.md").write_text("mine\n")
    os.rename(generated, tmp_path / ".generated.previous-999-x")
    assert not generated.exists()
    report = {(item.reason, item.path) for item in stale_files(generated, files_of("A"))}
    assert ("leftover", "../.generated.previous-999-x") in report
    write_files(generated, files_of("B"))
    assert which_set(generated, hand_kept) == "B"
    assert siblings(generated) == []


# --------------------------------------------------------------------------- real processes

WRITER = """
import json, sys
from pathlib import Path
from generator.write import write_files
files = json.loads(Path(sys.argv[1]).read_text())
print("go", flush=True)
sys.stdin.readline() if sys.argv[3] == "True" else None
write_files(Path(sys.argv[2]), files)
"""


def start_writer(sets: Path, variant: str, out: Path, wait: bool = False) -> subprocess.Popen[str]:
    """A new interpreter writing one set; with `wait` it writes only after a line on stdin."""
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(sets / f"{variant}.json"), str(out), str(wait)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdout.readline() == "go\n"
    return process


def fork_writer(variant: str, out: Path, gate: int | None = None) -> int:
    """A process forked from this one (the writer is loaded here already, so it starts in
    microseconds) writing one set; its pid, once it is about to write. With `gate`, the read end
    of a pipe, it writes only after reading a byte from it. It ends with `os._exit`: nothing of
    pytest's runs in it."""
    files = files_of(variant)
    ready, ready_writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the writer
        code = 1
        try:
            os.close(ready)
            os.write(ready_writer, b"go")
            if gate is not None:
                os.read(gate, 1)
            write_files(out, files)
            code = 0
        except BaseException:
            os.write(2, traceback.format_exc().encode())
        finally:
            os._exit(code)
    os.close(ready_writer)
    assert os.read(ready, 2) == b"go"
    os.close(ready)
    return pid


def exit_status(pid: int) -> int:
    """The process's exit code, or minus the signal that ended it (as Popen.wait says it)."""
    _, status = os.waitpid(pid, 0)
    return -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)


@pytest.fixture
def sets(tmp_path: Path) -> Path:
    folder = tmp_path / "sets"
    folder.mkdir()
    for variant in ("A", "B"):
        (folder / f"{variant}.json").write_text(json.dumps(files_of(variant)))
    return folder


def test_kill_9_at_random_points_leaves_one_complete_set(tmp_path: Path, sets: Path) -> None:
    out = tmp_path / "work" / "generated"
    write_files(out, files_of("A"))
    hand_kept = {"CHANGELOG.md": "mine\n"}
    (out / "CHANGELOG.md").write_text("mine\n")
    first = fork_writer("B", out)
    started = time.monotonic()
    assert exit_status(first) == 0
    window = time.monotonic() - started
    rng = random.Random(15)
    killed_mid_run = leftovers_seen = 0
    for attempt in range(30):
        variant = "AB"[attempt % 2]
        pid = fork_writer(variant, out)
        time.sleep(rng.uniform(0, 0.8 * window))
        os.kill(pid, signal.SIGKILL)
        killed_mid_run += exit_status(pid) == -signal.SIGKILL
        which_set(out, hand_kept)
        report = stale_files(out, files_of("A"), diff_lines=0)  # the leftovers are the point
        leftovers = [item for item in report if item.reason == "leftover"]
        leftovers_seen += bool(leftovers)
    assert killed_mid_run >= 10, "the kills must land while the writer runs"
    assert leftovers_seen >= 3, "some kills must land while a run has staged files"
    # A new interpreter, as a rerun after a crash is, cleans up after the killed ones.
    assert start_writer(sets, "A", out).wait() == 0
    assert which_set(out, hand_kept) == "A"
    assert siblings(out) == []


def test_two_concurrent_runs_end_in_one_complete_set(tmp_path: Path, sets: Path) -> None:
    out = tmp_path / "work" / "generated"
    write_files(out, files_of("A"))
    # Two new interpreters, then three rounds of forked writers released at the same moment.
    writers = [start_writer(sets, variant, out, wait=True) for variant in ("B", "A")]
    for process in writers:
        assert process.stdin is not None
        process.stdin.write("\n")
        process.stdin.flush()
    assert [process.wait() for process in writers] == [0, 0]
    which_set(out, {})
    assert siblings(out) == []
    for _ in range(3):
        gate, release = os.pipe()
        pids = [fork_writer(variant, out, gate) for variant in ("B", "A")]
        os.write(release, b"!!")
        assert [exit_status(pid) for pid in pids] == [0, 0]
        os.close(gate)
        os.close(release)
        which_set(out, {})
        assert siblings(out) == []


def test_the_current_folder_or_a_file_is_refused_as_the_output_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "project"
    (project / "inner").mkdir(parents=True)
    (project / "mine.txt").write_text("mine\n")
    monkeypatch.chdir(project / "inner")
    for out in (Path("."), Path(".."), project):
        with pytest.raises(InputError, match="current folder"):
            write_files(out, files_of("A"))
    a_file = tmp_path / "a-file"
    a_file.write_text("not a folder\n")
    with pytest.raises(InputError, match="found a file"):
        write_files(a_file, files_of("A"))
    assert sorted(path.name for path in project.iterdir()) == ["inner", "mine.txt"]
    assert list((project / "inner").iterdir()) == []
    assert a_file.read_text() == "not a folder\n"
