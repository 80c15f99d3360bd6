"""Write stage: put rendered files in place atomically, or compare them with what is there.

All files are staged next to their targets before any is moved into place, so a failure leaves
the output folder as it was. Files whose bytes did not change are not touched (their mtimes stay,
so `make` and watchers see no change). The manifest lists what the generator owns: only those
files are ever deleted, so hand-kept files such as `CHANGELOG.md` survive.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

MANIFEST = ".generated-files"


@dataclass(frozen=True)
class StaleFile:
    path: str
    reason: str  # "changed", "missing" or "obsolete"
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
    return not path.is_absolute() and ".." not in path.parts


def _owned(out: Path) -> set[str]:
    try:
        listed = (out / MANIFEST).read_text(encoding="utf-8").split()
    except (OSError, UnicodeDecodeError):
        return set()
    return {name for name in listed if inside(name)}


def _current(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def stale_files(out: Path, files: Mapping[str, str], diff_lines: int = 20) -> list[StaleFile]:
    """What `write` would change, with a short unified diff of each changed file."""
    wanted = with_manifest(files)
    stale: list[StaleFile] = []
    for name in sorted(wanted):
        current = _current(out / name)
        new = wanted[name].encode("utf-8")
        if current is None:
            stale.append(StaleFile(name, "missing"))
        elif current != new:
            diff = difflib.unified_diff(
                current.decode("utf-8", "replace").splitlines(),
                wanted[name].splitlines(),
                f"{name} (on disk)",
                f"{name} (generated)",
                lineterm="",
                n=1,
            )
            stale.append(StaleFile(name, "changed", tuple(diff)[:diff_lines]))
    for name in sorted(_owned(out) - set(wanted)):
        if (out / name).exists():
            stale.append(StaleFile(name, "obsolete"))
    return stale


def write_files(out: Path, files: Mapping[str, str]) -> list[str]:
    """Make `out` hold exactly `files` (plus the manifest); return the names written or removed."""
    wanted = with_manifest(files)
    obsolete = sorted(name for name in _owned(out) - set(wanted) if (out / name).exists())
    changed = [
        name for name in sorted(wanted) if _current(out / name) != wanted[name].encode("utf-8")
    ]
    staged: list[tuple[Path, Path]] = []
    try:
        for name in changed:
            target = out / name
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
            temporary.write_bytes(wanted[name].encode("utf-8"))
            staged.append((temporary, target))
    except BaseException:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
        raise
    for temporary, target in staged:
        os.replace(temporary, target)
    for name in obsolete:
        (out / name).unlink()
        _remove_empty_parents(out, (out / name).parent)
    return changed + obsolete


def _remove_empty_parents(out: Path, folder: Path) -> None:
    while folder != out and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
