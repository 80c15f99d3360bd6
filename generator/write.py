"""Write stage: switch the output folder to the rendered files in one step, or compare them with
what is there.

A run builds the complete new folder beside the output folder (`.NAME.staging-*`) and then swaps
the two in one rename (`renameat2(RENAME_EXCHANGE)`), so a reader, or a run killed at any point,
sees either the whole previous set or the whole new one, never a mix. Where the system cannot
swap two folders, the old folder is renamed aside (`.NAME.previous-*`) and the new one into place;
a run killed between those two renames leaves no output folder, and the next run renames the
previous one back before anything else. Runs into one folder take turns (a lock on the parent
folder), and each run first removes what a killed run left beside the folder; `check` reports
such leftovers.

What is not the generator's is carried into the new folder as it is: files by hard link (same
inode and mtime), symlinks as symlinks, folders as folders. Files whose bytes did not change are
hard-linked too, so their mtimes stay and `make` and watchers see no change; a run that changes
nothing touches nothing. The manifest lists what the generator owns: only those files are ever
dropped, so hand-kept files such as `CHANGELOG.md` survive.

A symlink is never followed: one where a generated file or folder belongs (or as the output
folder itself) is an error and nothing is touched, and carried symlinks are copied as links.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import itertools
import os
import re
import shutil
import stat
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path, PurePosixPath

from generator.problems import InputError, Problem

MANIFEST = ".generated-files"
# Beside the output folder: a run's new tree (after the swap, the old one on its way out), and
# the old tree moved aside where folders cannot be swapped.
STAGING, PREVIOUS = "staging", "previous"
# What the writer before this one staged next to each file: `.NAME.PID.tmp`.
OLD_STAGED_FILE = re.compile(r"^\.(?P<name>.+)\.\d+\.tmp$")


@dataclass(frozen=True)
class StaleFile:
    path: str
    reason: str  # "changed", "missing", "obsolete" or "leftover" (of a run that was killed)
    diff: tuple[str, ...] = ()


def with_manifest(files: Mapping[str, str]) -> dict[str, str]:
    listing = "".join(f"{name}\n" for name in sorted(files))
    return {**files, MANIFEST: listing}


def inside(name: object) -> bool:
    """Whether a manifest entry names a file inside the output folder: a hand-edited or foreign
    manifest must never make a run delete anything outside it."""
    if not isinstance(name, str) or not name or "\\" in name:
        return False
    path = PurePosixPath(name)
    return not path.is_absolute() and ".." not in path.parts and "." not in name.split("/")


def listed_files(out: Path) -> set[str]:
    """The files the previous run's `.generated-files` lists."""
    try:
        listed = (out / MANIFEST).read_text(encoding="utf-8").split()
    except (OSError, UnicodeDecodeError):
        return set()
    return {name for name in listed if inside(name)}


# --------------------------------------------------------------------------- generate


def write_files(out: Path, files: Mapping[str, str]) -> list[str]:
    """Make `out` hold exactly `files` (plus the manifest); return the names written or removed."""
    wanted = {name: text.encode("utf-8") for name, text in with_manifest(files).items()}
    return replace_tree(out, wanted, listed_files)


def replace_tree(
    out: Path, wanted: Mapping[str, bytes], owned_by: Callable[[Path], set[str]]
) -> list[str]:
    """Switch `out` to hold `wanted` (which includes the caller's manifest) and what it holds
    that is not the generator's; `owned_by(out)` reads the previous run's manifest. Returns the
    names written or dropped, changed ones first. Shared by `generate` and `publish`."""
    out = output_folder(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with _locked(out.parent):
            _recover(out)
            _refuse_symlinks(out, wanted)
            _remove_leftovers(out)
            owned = owned_by(out) if out.is_dir() else set()
            current = {name: _current(out, name) for name in wanted}
            changed = sorted(name for name in wanted if current[name] != wanted[name])
            obsolete = sorted(name for name in owned - set(wanted) if _entry(out, name) is not None)
            obsolete += _old_staged_files(out, set(wanted) | owned)
            if not changed and not obsolete:
                return []
            staging = _sibling(out, STAGING)
            try:
                _build(staging, out, wanted, changed, owned)
                old = _switch(out, staging)
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)
    except OSError as error:
        raise InputError(
            [Problem(str(error.filename or out), 0, f"cannot write the output ({error.strerror})")]
        ) from None
    return changed + obsolete


def output_folder(out: Path) -> Path:
    """The output folder as an absolute path; refused when it is a symlink or not a folder."""
    out = Path(os.path.abspath(out))
    if out.is_symlink():
        raise InputError(
            [
                Problem(
                    str(out),
                    0,
                    "found a symlink, expected a real output folder (or none): the generator "
                    "never writes through a symlink",
                )
            ]
        )
    if out.exists() and not out.is_dir():
        raise InputError([Problem(str(out), 0, "found a file, expected an output folder")])
    if out == Path(os.path.abspath(os.curdir)) or out in Path.cwd().parents or out.parent == out:
        raise InputError(
            [
                Problem(
                    str(out),
                    0,
                    "found the current folder (or one above it), expected a folder of its own "
                    "for the generated files: the whole folder is switched in one rename",
                )
            ]
        )
    return Path(os.path.realpath(out.parent)) / out.name


@contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Runs into one folder take turns; the kernel releases the lock of a killed run."""
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)


def _sibling(out: Path, kind: str) -> Path:
    """A new folder beside `out`, with the output folder's permissions (or the umask's)."""
    path = out.parent / f".{out.name}.{kind}-{os.getpid()}-{os.urandom(4).hex()}"
    path.mkdir()
    if out.is_dir():
        path.chmod(stat.S_IMODE(out.stat().st_mode))
    return path


def _leftover_siblings(out: Path) -> list[Path]:
    prefixes = tuple(f".{out.name}.{kind}-" for kind in (STAGING, PREVIOUS))
    try:
        return sorted(path for path in out.parent.iterdir() if path.name.startswith(prefixes))
    except OSError:
        return []


def _recover(out: Path) -> None:
    """A run killed between moving the old folder aside and the new one in: put the old back."""
    if os.path.lexists(out):
        return
    previous = [path for path in _leftover_siblings(out) if f".{PREVIOUS}-" in path.name]
    if previous:
        os.rename(max(previous, key=lambda path: path.stat().st_mtime_ns), out)


def _remove_leftovers(out: Path) -> None:
    """What killed runs left (only runs hold the lock, so nothing here is in use)."""
    for path in _leftover_siblings(out):
        shutil.rmtree(path, ignore_errors=True)


def _entry(out: Path, name: str) -> os.stat_result | None:
    """The entry at `out/name` without following any symlink on the way; None when absent or
    reached only through a symlink (then it is not inside the output folder)."""
    path = out
    for part in PurePosixPath(name).parts:
        try:
            info = path.lstat()
        except OSError:
            return None
        if not stat.S_ISDIR(info.st_mode):
            return None
        path = path / part
    try:
        return path.lstat()
    except OSError:
        return None


def _current(out: Path, name: str) -> bytes | None:
    info = _entry(out, name)
    if info is None or not stat.S_ISREG(info.st_mode):
        return None
    return (out / name).read_bytes()


def _refuse_symlinks(out: Path, wanted: Mapping[str, object]) -> None:
    """Where a generated file or folder belongs there is no symlink, and no entry of the other
    kind (a folder where a file belongs, or a file where a folder belongs)."""
    problems: set[Problem] = set()
    for name in wanted:
        parts = PurePosixPath(name).parts
        for depth in range(1, len(parts) + 1):
            relative = "/".join(parts[:depth])
            try:
                info = (out / relative).lstat()
            except OSError:
                break
            is_file = depth == len(parts)
            kind = "file" if is_file else "folder"
            if stat.S_ISLNK(info.st_mode):
                found = "a symlink"
            elif is_file and stat.S_ISDIR(info.st_mode):
                found = "a folder"
            elif not is_file and not stat.S_ISDIR(info.st_mode):
                found = "a file"
            else:
                continue
            problems.add(
                Problem(
                    str(out / relative),
                    0,
                    f"found {found} where the generated {kind} '{relative}' belongs, expected "
                    f"a {kind} or nothing: remove it (the generator never follows symlinks)",
                )
            )
            break
    if problems:
        raise InputError(sorted(problems))


def _build(
    staging: Path, out: Path, wanted: Mapping[str, bytes], changed: list[str], owned: set[str]
) -> None:
    """The complete new folder: what is not the generator's, then every wanted file."""
    if out.is_dir():
        _carry(out, staging, "", set(wanted) | owned)
    fresh = set(changed)
    for name, data in wanted.items():
        target = staging / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if name in fresh:
            target.write_bytes(data)
        else:
            _link(out / name, target)


def _carry(source: Path, target: Path, prefix: str, generated: set[str]) -> int:
    """Copy what in `source` is not the generator's into `target`; return how many entries."""
    placed = 0
    with os.scandir(source) as entries:
        for entry in entries:
            name = prefix + entry.name
            if name in generated or _old_staged_file(name, generated):
                continue
            destination = target / entry.name
            if entry.is_symlink():
                os.symlink(os.readlink(entry.path), destination)
            elif entry.is_dir(follow_symlinks=False):
                destination.mkdir()
                destination.chmod(stat.S_IMODE(entry.stat(follow_symlinks=False).st_mode))
                carried = _carry(Path(entry.path), destination, f"{name}/", generated)
                if not carried and not _is_empty(Path(entry.path)):
                    destination.rmdir()  # it held only the generator's files
                    continue
            elif entry.is_file(follow_symlinks=False):
                _link(Path(entry.path), destination)
            else:
                raise InputError(
                    [
                        Problem(
                            entry.path,
                            0,
                            "found a device, socket or pipe in the output folder, expected "
                            "files, folders and symlinks only",
                        )
                    ]
                )
            placed += 1
    return placed


def _is_empty(folder: Path) -> bool:
    with os.scandir(folder) as entries:
        return next(entries, None) is None


def _old_staged_file(name: str, generated: set[str]) -> bool:
    folder, _, base = name.rpartition("/")
    match = OLD_STAGED_FILE.match(base)
    return match is not None and f"{folder}/{match['name']}".lstrip("/") in generated


def _link(source: Path, target: Path) -> None:
    """Same inode and mtime; a copy that keeps the mtime where hard links are not possible."""
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError:
        shutil.copy2(source, target, follow_symlinks=False)


def _switch(out: Path, staging: Path) -> Path | None:
    """Put `staging` in place of `out`; return where the old folder now is."""
    if not os.path.lexists(out):
        os.rename(staging, out)
        return None
    if exchange(staging, out):
        return staging
    previous = out.parent / staging.name.replace(f".{STAGING}-", f".{PREVIOUS}-")
    os.rename(out, previous)
    os.rename(staging, out)
    return previous


AT_FDCWD = -100
RENAME_EXCHANGE = 2


@cache
def _renameat2() -> Callable[..., int] | None:
    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None
    function.argtypes = (
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    )
    function.restype = ctypes.c_int
    result: Callable[..., int] = function
    return result


def exchange(first: Path, second: Path) -> bool:
    """Swap two folders in one rename; False where the system or file system cannot."""
    renameat2 = _renameat2()
    if renameat2 is None:
        return False
    if renameat2(AT_FDCWD, os.fsencode(first), AT_FDCWD, os.fsencode(second), RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(second))


# --------------------------------------------------------------------------- check


def stale_files(out: Path, files: Mapping[str, str], diff_lines: int = 20) -> list[StaleFile]:
    """What `write` would change, with a short unified diff of each changed file, and what a
    killed run left behind."""
    out = output_folder(out)
    wanted = with_manifest(files)
    _refuse_symlinks(out, wanted)
    stale: list[StaleFile] = []
    for name in sorted(wanted):
        current = _current(out, name)
        new = wanted[name].encode("utf-8")
        if current is None:
            stale.append(StaleFile(name, "missing"))
        elif current != new:
            import difflib  # only a stale file needs it; generate and a fresh check do not

            diff = difflib.unified_diff(
                current.decode("utf-8", "replace").splitlines(),
                wanted[name].splitlines(),
                f"{name} (on disk)",
                f"{name} (generated)",
                lineterm="",
                n=1,
            )
            # Only the lines shown are produced, not the whole diff of a long file.
            shown = tuple(itertools.islice(diff, diff_lines)) if diff_lines > 0 else ()
            stale.append(StaleFile(name, "changed", shown))
    owned = listed_files(out)
    for name in sorted(owned - set(wanted)):
        if _entry(out, name) is not None:
            stale.append(StaleFile(name, "obsolete"))
    for path in _leftover_siblings(out):
        stale.append(StaleFile(f"../{path.name}", "leftover"))
    stale += [StaleFile(name, "leftover") for name in _old_staged_files(out, set(wanted) | owned)]
    return stale


def _old_staged_files(out: Path, generated: set[str]) -> list[str]:
    return [name for name in _walk(out) if _old_staged_file(name, generated)]


def _walk(folder: Path, prefix: str = "") -> Iterator[str]:
    """Every file below `folder`, never through a symlink."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path), f"{prefix}{entry.name}/")
        else:
            yield prefix + entry.name
