"""The type checkers and code tools the tests run: each once per test process for many inputs,
each with its own incremental cache kept in `.test-cache/` (ignored by git).

mypy keeps its `--cache-dir` there, tsc its build info (`tsc --build`), black its cache; each
tool checks a cached result against the file's contents, so a changed input is checked afresh
and the answer is the tool's own (a clean clone fills the caches on its first run).
openapi-typescript and openapi-python-client have no cache of their own: their successful
output is kept by the document's text and the installed tool's version. A result covers
several inputs but is read per input: a failure names the file it is in.
Child Python processes keep their bytecode there too (PYTHONPYCACHEPREFIX), so a tool or
script started by a test does not compile the same modules from source on every run.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import ROOT, shipped

CACHE = ROOT / ".test-cache"
FIXTURES = ROOT / "tests" / "fixtures"
NODE_BIN = ROOT / "tools" / "node-test" / "node_modules" / ".bin"

# Integrator code checked with the shipped client in its mypy run, by file name.
SHIPPED_CLIENT_SNIPPETS = ("client_wrappers.py",)


def python_env(**extra: str) -> dict[str, str]:
    """The environment for a child Python: bytecode kept in the tree `make test` names
    (PYTHONPYCACHEPREFIX), else under .test-cache/pycache, never beside the sources."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    prefix = os.environ.get("PYTHONPYCACHEPREFIX") or str(CACHE / "pycache")
    return {**env, "PYTHONPYCACHEPREFIX": prefix, **extra}


@contextlib.contextmanager
def locked(folder: Path) -> Iterator[Path]:
    """`folder`, held by this process alone: pytest-xdist workers share the caches."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder.parent / f"{folder.name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield folder


def sync_tree(folder: Path, files: Mapping[str, str]) -> None:
    """Make `folder` hold exactly `files` (relative path -> text), leaving dot-folders (tool
    caches) alone. An unchanged file keeps its modification time, so a tool's cache sees it
    unchanged without reading it twice; a file no longer listed is removed."""
    for relative, text in files.items():
        path = folder / relative
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    for path in sorted(folder.rglob("*"), reverse=True):
        relative = path.relative_to(folder)
        if relative.parts[0].startswith("."):
            continue
        if path.is_file() and relative.as_posix() not in files:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()


# mypy's "file.py:3: error: ..." and tsc's "file.ts(3,5): error TS2322: ..."
ERROR = re.compile(r"^[^:(]+(?::\d+:|\(\d+,\d+\):) error\b")


@dataclass(frozen=True)
class Checked:
    """One tool run over several inputs: its exit code and output, read per input."""

    returncode: int
    output: str

    def lines_about(self, name: str) -> list[str]:
        """The output lines about file `name` or any file under folder `name`."""
        pattern = re.compile(rf"^{re.escape(name)}(?:/[^:(]*)?[:(]")
        return [line for line in self.output.splitlines() if pattern.match(line)]

    def errors_in(self, name: str) -> list[str]:
        return [line for line in self.lines_about(name) if ERROR.search(line)]

    def errors(self) -> list[str]:
        return [line for line in self.output.splitlines() if ERROR.search(line)]


# --------------------------------------------------------------------------- Python


def shipped_client() -> dict[str, str]:
    """The generated Python client's files (pyproject.toml, expanse_api/...), as rendered."""
    return {
        name.removeprefix("python/"): text
        for name, text in shipped().files.items()
        if name.startswith("python/")
    }


@functools.cache
def shipped_client_folder() -> Path:
    """The shipped client written to a fixed folder, so black's cache (keyed by path) applies."""
    with locked(CACHE / "packages" / "shipped") as folder:
        sync_tree(folder, shipped_client())
    return folder


_mypy_runs: dict[tuple[str, str], Checked] = {}


def mypy_strict(name: str, package: Mapping[str, str], snippets: Mapping[str, str]) -> Checked:
    """`mypy --strict` under the package's own configuration over its `expanse_api` and the
    integrator `snippets` (file name -> code) beside it, with a cache kept per `name`; run once
    per process for the same inputs."""
    key = (
        name,
        hashlib.sha256(json.dumps([package, snippets], sort_keys=True).encode()).hexdigest(),
    )
    if key not in _mypy_runs:
        with locked(CACHE / "mypy" / name) as folder:
            sync_tree(folder / "src", {**package, **snippets})
            done = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "mypy",
                    "--strict",
                    "--config-file",
                    "pyproject.toml",
                    "--cache-dir",
                    str(folder / "cache"),
                    "expanse_api",
                    *sorted(snippets),
                ],
                cwd=folder / "src",
                env=python_env(MYPYPATH=str(folder / "src")),
                capture_output=True,
                text=True,
                check=False,
            )
        _mypy_runs[key] = Checked(done.returncode, done.stdout + done.stderr)
    return _mypy_runs[key]


def mypy_checked_files(checked: Checked) -> int:
    """How many files mypy says it checked (0 if it stopped before its summary line)."""
    found = re.search(
        r"(?:checked|no issues found in) (\d+) source files?\)?$", checked.output, re.M
    )
    return int(found.group(1)) if found else 0


def shipped_client_mypy() -> Checked:
    """The shipped client and the integrator snippets that use it, in one mypy run."""
    snippets = {
        name: (FIXTURES / name).read_text(encoding="utf-8") for name in SHIPPED_CLIENT_SNIPPETS
    }
    return mypy_strict("shipped", shipped_client(), snippets)


def python_tool(*command: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """`python -m <command>` in a child Python, with black's cache under .test-cache/."""
    return subprocess.run(
        [sys.executable, "-m", *map(str, command)],
        cwd=cwd,
        env=python_env(BLACK_CACHE_DIR=str(CACHE / "black")),
        capture_output=True,
        text=True,
        check=False,
    )


# Generated clients kept beyond this many (least recently used first) are removed.
GENERATED_KEPT = 4


@dataclass(frozen=True)
class Generated:
    """A code generator's run: its exit code, what it printed, and the folder it wrote."""

    returncode: int
    output: str
    folder: Path


def openapi_python_client(document: str, package: str) -> Generated:
    """`openapi-python-client generate` over the document (JSON text) into a package folder
    named `package`. Like openapi-typescript it has no cache of its own: its output is kept in
    .test-cache/ by the document's text, the package name and the versions of the tool and of the
    ruff its post-hooks run; a document it has not seen is generated afresh. Read-only: copy the
    folder before changing it."""
    versions = [importlib.metadata.version(name) for name in ("openapi-python-client", "ruff")]
    key = hashlib.sha256(json.dumps([document, package, versions]).encode()).hexdigest()
    with locked(CACHE / "openapi-python-client") as folder:
        kept = folder / key
        if not (kept / "exit").is_file():
            shutil.rmtree(kept, ignore_errors=True)
            kept.mkdir()
            (kept / "openapi.json").write_text(document, encoding="utf-8")
            bin_folder = Path(sys.executable).parent
            done = subprocess.run(
                [
                    str(bin_folder / "openapi-python-client"),
                    "generate",
                    "--path",
                    str(kept / "openapi.json"),
                    "--meta",
                    "none",
                    "--output-path",
                    str(kept / "out" / package),
                ],
                capture_output=True,
                text=True,
                # Its post-hooks run ruff, which is in this venv.
                env=python_env(PATH=f"{bin_folder}{os.pathsep}{os.environ.get('PATH', '')}"),
            )
            (kept / "output").write_text(done.stdout + done.stderr, encoding="utf-8")
            (kept / "exit").write_text(str(done.returncode), encoding="utf-8")
        os.utime(kept)  # used: the last to be removed
        by_use = sorted(folder.iterdir(), key=lambda entry: entry.stat().st_mtime, reverse=True)
        for stale in by_use[GENERATED_KEPT:]:
            shutil.rmtree(stale, ignore_errors=True)
        generated = Generated(
            int((kept / "exit").read_text(encoding="utf-8")),
            (kept / "output").read_text(encoding="utf-8"),
            kept / "out" / package,
        )
        if generated.returncode != 0:  # kept only when it worked: the next run tries again
            (kept / "exit").unlink()
        return generated


# --------------------------------------------------------------------------- TypeScript


@dataclass(frozen=True)
class Compiled(Checked):
    out: Path  # the emitted JavaScript, by source name with .js

    def javascript(self, source: str) -> Path:
        return self.out / Path(source).with_suffix(".js").name


def tsc_build(name: str, sources: Mapping[str, str], options: Mapping[str, object]) -> Compiled:
    """One `tsc --build` program over `sources` (file name -> code) with `options`, kept in
    .test-cache/tsc/<name>: tsc checks again only what changed since its last build."""
    tsc = NODE_BIN / "tsc"
    with locked(CACHE / "tsc" / name) as folder:
        emits = not options.get("noEmit")
        config = {
            "compilerOptions": {
                **options,
                "incremental": True,
                "rootDir": "../src",
                "tsBuildInfoFile": "../build/tsbuildinfo",
                **({"outDir": "../build/js"} if emits else {}),
            },
            "files": [f"../src/{name}" for name in sorted(sources)],
        }
        sync_tree(folder / "src", sources)
        sync_tree(folder / "config", {"tsconfig.json": json.dumps(config, indent=2) + "\n"})
        command = [
            str(tsc),
            "--build",
            "--pretty",
            "false",
            str(folder / "config" / "tsconfig.json"),
        ]
        # Run in src/, so that tsc names each file as the caller does.
        done = subprocess.run(
            command, cwd=folder / "src", capture_output=True, text=True, check=False
        )
        compiled = Compiled(done.returncode, done.stdout + done.stderr, folder / "build" / "js")
        # tsc --build trusts its build info to say the JavaScript is there: if a file was
        # deleted by hand, build afresh.
        if emits and not all(compiled.javascript(source).is_file() for source in sources):
            shutil.rmtree(folder / "build")
            done = subprocess.run(
                command, cwd=folder / "src", capture_output=True, text=True, check=False
            )
            compiled = Compiled(done.returncode, done.stdout + done.stderr, compiled.out)
    return compiled


# Converted documents kept beyond this many (least recently used first) are removed.
OPENAPI_TYPESCRIPT_KEPT = 8


def openapi_typescript(documents: Mapping[str, str]) -> dict[str, tuple[str | None, str]]:
    """openapi-typescript's output for each OpenAPI document (name -> JSON text): the text (None
    if it made none) and what the tool printed. Kept in .test-cache/ by the document's text and
    the installed tool (node_modules' lock): a document converted before by the same tool is
    not converted again. The rest go in one run (one redocly.yaml listing them all, the tool's
    own way to do many); pytest-xdist workers share the cache. A document the tool made no
    types of is converted again next time."""
    tool = hashlib.sha256(installed_node_tools()).hexdigest()
    keys = {
        name: hashlib.sha256(f"{tool}\0{text}".encode()).hexdigest()
        for name, text in documents.items()
    }
    with locked(CACHE / "openapi-typescript") as folder:
        missing = {
            name: text
            for name, text in documents.items()
            if not (folder / f"{keys[name]}.log").is_file()
        }
        if missing:
            convert(missing, {name: folder / keys[name] for name in missing})
        found = {}
        for name in documents:
            output = folder / keys[name]
            types = output.with_suffix(".ts")
            text = types.read_text(encoding="utf-8") if types.is_file() else None
            found[name] = (text, output.with_suffix(".log").read_text(encoding="utf-8"))
            if text is None:
                output.with_suffix(".log").unlink()
            else:
                output.with_suffix(".log").touch()  # used: the last to be removed
        for earlier in folder.iterdir():
            if earlier.is_dir():  # an earlier layout's folder per pytest run
                shutil.rmtree(earlier)
        by_use = sorted(folder.glob("*.log"), key=lambda log: log.stat().st_mtime, reverse=True)
        for stale in by_use[OPENAPI_TYPESCRIPT_KEPT:]:
            stale.with_suffix(".ts").unlink(missing_ok=True)
            stale.unlink()
        return found


def installed_node_tools() -> bytes:
    """What npm installed in tools/node-test/ (its record of the exact packages), else the lock."""
    installed = NODE_BIN.parent / ".package-lock.json"
    return (
        installed if installed.is_file() else NODE_BIN.parents[1] / "package-lock.json"
    ).read_bytes()


def convert(documents: Mapping[str, str], outputs: Mapping[str, Path]) -> None:
    """One openapi-typescript run: each document's types to its output path with .ts, and what
    the tool printed to the same path with .log."""
    with tempfile.TemporaryDirectory(prefix="openapi-typescript-") as work:
        folder = Path(work)
        apis = {}
        for name, text in documents.items():
            (folder / f"{name}.json").write_text(text, encoding="utf-8")
            apis[name] = {"root": f"./{name}.json", "x-openapi-ts": {"output": f"./{name}.ts"}}
        # JSON is YAML: redocly.yaml lists every document and where its types go.
        (folder / "redocly.yaml").write_text(json.dumps({"apis": apis}), encoding="utf-8")
        done = subprocess.run(
            [str(NODE_BIN / "openapi-typescript")],
            cwd=folder,
            capture_output=True,
            text=True,
            check=False,
        )
        for name, path in outputs.items():
            if (folder / f"{name}.ts").is_file():
                shutil.copyfile(folder / f"{name}.ts", path.with_suffix(".ts"))
            log = done.stdout + done.stderr + f"\n(exit {done.returncode})"
            path.with_suffix(".log").write_text(log, encoding="utf-8")
