"""Whole builds remembered: the same bytes in give the same files out, without the libraries.

Most `generate` and `check` runs render exactly what the run before rendered, and most of such a
run is spent importing markdown-it, pydantic and Jinja and building the model. A build is a pure
function of the catalog and overlay (their bytes, and their paths, which warnings name), the
generator's own files, the templates, the Python version and the installed distributions. The
key is a SHA-256 over all of those, so editing any of them, or upgrading a library, is another
key; an entry holds the rendered files and the overlay warnings. Only a successful build is
stored: bad input is parsed, and reported, on every run. A missing, unreadable or corrupt entry
is a miss, never an error; nothing here may change what a run produces.

The commands that need the model rather than the files (`scopes`, `mock`, `probe`, `publish`)
keep it under the same key: the parsed catalog, the resolved API and the warnings, pickled. A hit
skips markdown-it, the parse and the resolve (a `scopes` answer in about half the time). Unpickling
runs code named in the entry, so a model entry is read only from a folder this user owns that
no one else may write to, and only when the entry itself is this user's.

Entries live in `$XDG_CACHE_HOME/expanse-api-generator/builds/` (default `~/.cache/...`), one
file per key and kind, written atomically; the most recently used few keys are kept.
`EXPANSE_GENERATOR_CACHE=0` turns the cache off.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import pickle
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from generator.problems import Problem

if TYPE_CHECKING:
    from generator.model import Api, Catalog

PACKAGE = Path(__file__).resolve().parent
TEMPLATES = PACKAGE.parent / "templates"
FORMAT = b"expanse-build-cache 1\n"
MODEL_FORMAT = b"expanse-model-cache 1\n"
MODEL_SUFFIX = ".model"
KEEP = 8  # keys kept: a few branches or catalogs side by side

Build = tuple[dict[str, str], list[Problem]]
Loaded = tuple["Catalog", "Api", list[Problem]]


def enabled() -> bool:
    return os.environ.get("EXPANSE_GENERATOR_CACHE", "1") not in ("0", "false", "")


def folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "expanse-api-generator" / "builds"


def _files_under(root: Path) -> list[Path]:
    found: list[Path] = []
    for directory, subdirectories, names in os.walk(root):
        subdirectories[:] = sorted(d for d in subdirectories if d != "__pycache__")
        found.extend(Path(directory) / name for name in sorted(names) if not name.endswith(".pyc"))
    return found


def _distributions() -> list[str]:
    """Every installed distribution with its version (`jinja2-3.1.6.dist-info`), from sys.path."""
    names: set[str] = set()
    for entry in sys.path:
        try:
            names.update(n for n in os.listdir(entry or ".") if n.endswith(".dist-info"))
        except OSError:
            continue
    return sorted(names)


def key_of(catalog: Path, overlay: Path) -> str | None:
    """The key to look up and store these inputs' build under; None when the cache is off."""
    return build_key(catalog, overlay) if enabled() else None


def unchanged(key: str, catalog: Path, overlay: Path) -> bool:
    """Whether the inputs still have the key they had before a build read them: a file saved
    while the build ran would otherwise be stored under the key of its earlier bytes."""
    return build_key(catalog, overlay) == key


def build_key(
    catalog: Path, overlay: Path, code: Sequence[Path] = (PACKAGE, TEMPLATES)
) -> str | None:
    """The key of a build, or None when an input cannot be read (the build will say why)."""
    digest = hashlib.sha256(FORMAT)

    def feed(label: str, data: bytes) -> None:
        digest.update(f"{label}\0{len(data)}\0".encode())
        digest.update(data)

    try:
        for path in (catalog, overlay):
            feed(f"input {path}", path.read_bytes())
        for root in code:
            for path in _files_under(root):
                feed(f"code {path.relative_to(root.parent)}", path.read_bytes())
    except OSError:
        return None
    feed("python", sys.version.encode())
    feed("distributions", "\n".join(_distributions()).encode())
    return digest.hexdigest()


def _read(name: str) -> bytes:
    """An entry's bytes; marks it used, so the keys kept are the ones last used."""
    path = folder() / name
    data = path.read_bytes()
    with contextlib.suppress(OSError):  # a read-only cache still serves its entries
        os.utime(path)
    return data


def load(key: str) -> Build | None:
    try:
        data = _read(key)
        if not data.startswith(FORMAT):
            return None
        files, warnings = marshal.loads(data[len(FORMAT) :])
        return dict(files), [Problem(*warning) for warning in warnings]
    except (OSError, EOFError, ValueError, TypeError):
        return None


def store(key: str, files: Mapping[str, str], warnings: Iterable[Problem]) -> None:
    """Keep a successful build; a cache that cannot be written is no reason to fail a run."""
    payload = (dict(files), [(w.file, w.line, w.message) for w in warnings])
    _write(key, FORMAT + marshal.dumps(payload))


def _only_mine(path: Path) -> bool:
    """Owned by this user, and not writable by the group or others."""
    info = path.stat()
    return info.st_uid == os.getuid() and not info.st_mode & 0o022


def load_model(key: str) -> Loaded | None:
    """The catalog, API and warnings a load of these inputs gave, or None."""
    try:
        entry = folder() / (key + MODEL_SUFFIX)
        if not (_only_mine(folder()) and _only_mine(entry)):
            return None
        data = _read(entry.name)
        if not data.startswith(MODEL_FORMAT):
            return None
        catalog, api, warnings = pickle.loads(data[len(MODEL_FORMAT) :])
        return catalog, api, list(warnings)
    # Damaged bytes can fail unpickling in many ways (EOFError, UnpicklingError, KeyError,
    # ValueError, ...); each is a miss.
    except Exception:
        return None


def store_model(key: str, loaded: Loaded) -> None:
    """Keep a successful load; one that cannot be pickled (RecursionError on a model nested
    deeper than the interpreter's limit, say) is simply not kept."""
    catalog, api, warnings = loaded
    try:
        payload = pickle.dumps((catalog, api, list(warnings)), protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, RecursionError, TypeError, AttributeError):
        return
    _write(key + MODEL_SUFFIX, MODEL_FORMAT + payload)


def _write(name: str, data: bytes) -> None:
    """Write one entry atomically and drop the keys least recently used beyond KEEP; a cache that
    cannot be written is no reason to fail a run."""
    entries = folder()
    staging = entries / f".{name}.{os.getpid()}"
    try:
        entries.mkdir(mode=0o700, parents=True, exist_ok=True)
        if entries.stat().st_uid == os.getuid():
            # A folder made by an earlier version under a umask of 002 was group-writable,
            # and no model entry would ever be read from it.
            entries.chmod(0o700)
        # Private whatever the umask: a group-writable model entry is never read.
        with open(os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as file:
            file.write(data)
        os.replace(staging, entries / name)
        used: dict[str, float] = {}
        for path in entries.iterdir():
            key = path.name.removesuffix(MODEL_SUFFIX)
            used[key] = max(used.get(key, 0.0), path.stat().st_mtime)
        for old in sorted(used, key=used.__getitem__, reverse=True)[KEEP:]:
            for path in (entries / old, entries / (old + MODEL_SUFFIX)):
                path.unlink(missing_ok=True)
    except OSError:
        staging.unlink(missing_ok=True)
