"""Whole builds remembered: the same bytes in give the same files out, without the libraries.

Most `generate` and `check` runs render exactly what the run before rendered, and most of such a
run is spent importing markdown-it, pydantic and Jinja and building the model. A build is a pure
function of the catalog and overlay (their bytes, and their paths, which warnings name), the
generator's own files, the templates, the Python version and the installed distributions. The
key is a SHA-256 over all of those, so editing any of them, or upgrading a library, is another
key; an entry holds the rendered files and the overlay warnings. Only a successful build is
stored: bad input is parsed, and reported, on every run. A missing, unreadable or corrupt entry
is a miss, never an error; nothing here may change what a run produces.

Entries live in `$XDG_CACHE_HOME/expanse-api-generator/builds/` (default `~/.cache/...`), one
file per key, written atomically; the newest few are kept. `EXPANSE_GENERATOR_CACHE=0` turns the
cache off.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from generator.problems import Problem

PACKAGE = Path(__file__).resolve().parent
TEMPLATES = PACKAGE.parent / "templates"
FORMAT = b"expanse-build-cache 1\n"
KEEP = 8  # entries kept: a few branches or catalogs side by side

Build = tuple[dict[str, str], list[Problem]]


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


def load(key: str) -> Build | None:
    try:
        data = (folder() / key).read_bytes()
        if not data.startswith(FORMAT):
            return None
        files, warnings = marshal.loads(data[len(FORMAT) :])
        return dict(files), [Problem(*warning) for warning in warnings]
    except (OSError, EOFError, ValueError, TypeError):
        return None


def store(key: str, files: Mapping[str, str], warnings: Iterable[Problem]) -> None:
    """Keep a successful build; a cache that cannot be written is no reason to fail a run."""
    entries = folder()
    payload = (dict(files), [(w.file, w.line, w.message) for w in warnings])
    staging = entries / f".{key}.{os.getpid()}"
    try:
        entries.mkdir(parents=True, exist_ok=True)
        staging.write_bytes(FORMAT + marshal.dumps(payload))
        os.replace(staging, entries / key)
        kept = sorted(entries.iterdir(), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in kept[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        staging.unlink(missing_ok=True)
