"""Every command in README.md and docs/*.md runs, and shown output is what the command prints.

The convention (docs/development.md says it for writers):

- A ```` ```sh ```` block is run with bash (`set -euo pipefail`) in a fresh copy of the project
  (its working tree, committed into a new git repository with `origin/main` at that commit),
  with `.venv/bin` first on PATH (then `tools/uv/bin`, when make installed uv there), HOME in a
  temporary folder and a mock panel serving `examples/mock-keys.toml` on a free loopback port:
  every `4010` in a block is that port. The blocks of one file run in order in one copy, so a
  later block may use what an earlier one made.
- A block whose lines start with `$ ` is a transcript: each `$ ` command (with its `\\`
  continuation lines) runs on its own, and the lines under it, when there are any, must be its
  output (trailing `  # comments` on output lines are notes for the reader, not output).
- A command that starts the mock (`python -m generator mock ...`) is run until it announces that
  it serves, then stopped. `make test`, `make contract`, `make lint` and `make bench` run as
  `make -n` (the suite inside the suite, the linters and the benchmark would take minutes; the
  dry run still proves the target and its recipe exist).
- A ```` ```python ```` block that starts with an import is a script: it runs with the project's
  Python, the generated client importable, `EXPANSE_BASE_URL` on the mock and
  `EXPANSE_API_KEY` a full-access key. Any other `python` block must compile.
"""

from __future__ import annotations

import os
import py_compile
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn
from markdown_it import MarkdownIt

from generator.mock.app import create_app
from generator.mock.keys import load_keys
from tests.conftest import ROOT, shipped

DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
DOC_PORT = "4010"
FULL_ACCESS_KEY = "sk_test_full_access"  # examples/mock-keys.toml
COMMAND_TIMEOUT = 180
# Symlinked into the copy rather than copied: installed, ignored, large.
SHARED_INSTALLS = (
    ".venv",
    "tools/uv",
    "tools/node-test/node_modules",
    "tools/node/node_modules",
)
SET_UP_FROM = (
    "pyproject.toml",
    "uv.lock",
    "tools/node-test/package-lock.json",
    "tools/node/package-lock.json",
)
# Compiled once into the copy every document starts from, beside their sources, as a reader's
# first run leaves them: each command then starts without compiling the generator again.
COMPILED = ("generator", "generated/python")
DRY_RUN_TARGETS = re.compile(r"\bmake ((?:-\S+ )*)(test|contract|lint|bench)\b")
MOCK_COMMAND = re.compile(r"^(\S*python\S*) -m generator mock\b", re.MULTILINE)
OUTPUT_NOTE = re.compile(r"\s{2,}# .*$")
SERVE_BRIEFLY = r"""
serve_briefly() {  # run a server until it announces that it serves, then stop it
  local log pid
  log=$(mktemp)
  "$@" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 600); do
    if grep -q "Uvicorn running on" "$log"; then
      kill -INT "$pid"; wait "$pid" || true; cat "$log"; return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      cat "$log"; wait "$pid"; echo "the server stopped before serving" >&2; return 1
    fi
    sleep 0.1
  done
  kill "$pid"; cat "$log"; echo "the server did not start in 60 s" >&2; return 1
}
"""


@dataclass(frozen=True)
class Block:
    document: Path
    line: int
    language: str
    text: str

    @property
    def where(self) -> str:
        return f"{self.document.relative_to(ROOT)}:{self.line}"


def blocks(document: Path) -> list[Block]:
    tokens = MarkdownIt("commonmark").parse(document.read_text(encoding="utf-8"))
    found = []
    for token in tokens:
        language = token.info.split()[0] if token.info.strip() else ""
        if token.type == "fence" and language in ("sh", "python") and token.map:
            found.append(Block(document, token.map[0] + 1, language, token.content))
    return found


def on_path(workspace: Path) -> list[str]:
    """.venv/bin, and the uv that make installs when it finds none (a reader has uv on PATH)."""
    uv = workspace / "tools" / "uv" / "bin"
    return [str(workspace / ".venv" / "bin"), *([str(uv)] if uv.is_dir() else [])]


def free_ports() -> tuple[int, int]:
    """Two distinct free loopback ports: the documents' mock, and one for a mock they start."""
    with socket.socket() as first, socket.socket() as second:
        first.bind(("127.0.0.1", 0))
        second.bind(("127.0.0.1", 0))
        return first.getsockname()[1], second.getsockname()[1]


def needs_mock(block: Block) -> bool:
    return DOC_PORT in block.text or (
        block.language == "python" and re.match(r"(from|import) ", block.text) is not None
    )


def copy_project(target: Path) -> None:
    """The working tree as it is (tracked and new files), committed in a repository of its own."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file() and not source.is_symlink():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)  # keeps mtimes: make sees .venv as up to date
    for name in SHARED_INSTALLS:
        if (ROOT / name).exists():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            (target / name).symlink_to(ROOT / name)
    # Setting up the shared .venv is make test's job, not a document's: dated back, the lists of
    # dependencies never look newer to make than the installs, even while they are being edited.
    for name in SET_UP_FROM:
        if (target / name).exists():
            os.utime(target / name, (0, 0))
    git = ["git", "-c", "user.name=docs", "-c", "user.email=docs@localhost"]
    for command in (
        ["init", "-q", "-b", "main"],
        ["add", "-A"],
        ["commit", "-q", "-m", "the docs under test"],
        ["update-ref", "refs/remotes/origin/main", "HEAD"],
    ):
        subprocess.run([*git, *command], cwd=target, check=True, capture_output=True)


def compile_sources(project: Path) -> None:
    """Bytecode beside each module of `COMPILED`, as the interpreter itself would write it: checked
    against the source's mtime and size, so a module a document changes is compiled afresh."""
    for folder in COMPILED:
        for source in sorted((project / folder).rglob("*.py")):
            cached = (
                source.parent / "__pycache__" / f"{source.stem}.{sys.implementation.cache_tag}.pyc"
            )
            py_compile.compile(
                str(source),
                cfile=str(cached),
                doraise=True,
                invalidation_mode=py_compile.PycInvalidationMode.TIMESTAMP,
            )


@contextmanager
def mock_panel(workspace: Path, port: int) -> Iterator[None]:
    """The mock the documents talk to, as `python -m generator mock --keys
    examples/mock-keys.toml --port PORT` serves it (the shipped route model, the keys file, the
    default rate limit), in a thread of this process: the documents' own commands that start a
    mock run it as a reader does, in a process of its own."""
    app = create_app(shipped().api, load_keys(workspace / "examples" / "mock-keys.toml"))
    server = uvicorn.Server(
        uvicorn.Config(
            app,
            host="127.0.0.1",
            port=port,
            proxy_headers=False,
            server_header=False,
            log_level="warning",
            lifespan="off",
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 60
        while not server.started:
            assert thread.is_alive(), f"the mock stopped before serving on port {port}"
            assert time.monotonic() < deadline, "the mock did not serve within 60 s"
            time.sleep(0.01)
        yield
    finally:
        server.should_exit = True
        thread.join(timeout=20)


def shell_text(text: str, ports: tuple[int, int]) -> str:
    """The block as it runs here: the mock's port, brief server runs, dry runs of slow targets."""
    panel, spare = ports
    text = text.replace(DOC_PORT, str(panel))
    text = MOCK_COMMAND.sub(rf"serve_briefly \1 -m generator mock --port {spare}", text)
    return DRY_RUN_TARGETS.sub(r"make -n \1\2", text)


def run_shell(script: str, workspace: Path, environment: dict[str, str]) -> str:
    done = subprocess.run(
        ["bash", "-c", f"set -euo pipefail\n{SERVE_BRIEFLY}\n{script}"],
        cwd=workspace,
        env=environment,
        capture_output=True,
        text=True,
        timeout=COMMAND_TIMEOUT,
        check=False,
    )
    if done.returncode != 0:
        raise AssertionError(
            f"exit {done.returncode}\n--- stdout\n{done.stdout[-3000:]}\n--- stderr\n"
            f"{done.stderr[-3000:]}"
        )
    return done.stdout


def transcript(text: str) -> list[tuple[str, list[str]]]:
    """`$ command` lines (with continuations) and the output lines shown under each."""
    steps: list[tuple[str, list[str]]] = []
    continued = False
    for line in text.splitlines():
        if line.startswith("$ ") and not continued:
            steps.append((line[2:], []))
            continued = line.endswith("\\")
        elif continued:
            steps[-1] = (steps[-1][0] + "\n" + line, [])
            continued = line.endswith("\\")
        elif steps:
            steps[-1][1].append(OUTPUT_NOTE.sub("", line).rstrip())
    return steps


def run_block(block: Block, workspace: Path, ports: tuple[int, int], env: dict[str, str]) -> str:
    """What the block printed to stdout."""
    if block.language == "python":
        if not re.match(r"(from|import) ", block.text):
            compile(block.text, block.where, "exec")
            return ""
        script = workspace / "docs-example.py"
        script.write_text(block.text.replace(DOC_PORT, str(ports[0])), encoding="utf-8")
        return run_shell(f"python {script.name}", workspace, env)
    steps = transcript(block.text)
    if not steps:
        return run_shell(shell_text(block.text, ports), workspace, env)
    printed_by_steps = []
    for command, shown in steps:
        printed = run_shell(shell_text(command, ports), workspace, env)
        printed_by_steps.append(printed)
        if any(shown):
            expected = "\n".join(shown).strip().replace(DOC_PORT, str(ports[0]))
            actual = "\n".join(line.rstrip() for line in printed.splitlines()).strip()
            assert actual == expected, f"{command}\n--- printed\n{printed}"
    return "".join(printed_by_steps)


def probe_md_promises(workspace: Path, printed: list[str]) -> None:
    """docs/probe.md: the run on the local mock passes, and the CI step's JUnit report has a
    test per operation and no failure (exit 0 alone would not show the report was written)."""
    assert "every call matched" in printed[0].lower(), printed[0]
    suite = ElementTree.parse(workspace / "probe.xml").getroot()
    assert suite.attrib["failures"] == "0" and int(suite.attrib["tests"]) > 0


# What a document says its commands do, beyond exiting 0 and printing what it shows: checked
# after its blocks ran, with what each block printed.
PROMISES = {"docs/probe.md": probe_md_promises}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The copy every document starts from (made once; each document runs in a copy of it)."""
    template = tmp_path_factory.mktemp("template") / "project"
    copy_project(template)
    compile_sources(template)
    return template


@pytest.fixture(scope="module")
def environment(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    home = tmp_path_factory.mktemp("home")
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    # A reader's shell: none of the suite's own settings, nor those of a make that runs it, nor
    # a machine-wide ban on bytecode files (each command would compile its imports afresh).
    dropped = (
        "EXPANSE_",
        "PYTEST_",
        "MAKE",
        "MFLAGS",
        "PYTHONDONTWRITEBYTECODE",
        "PYTHONPYCACHEPREFIX",
    )
    keep = {k: v for k, v in os.environ.items() if not k.startswith(dropped)}
    identity = {
        f"GIT_{role}_{part}": value
        for role in ("AUTHOR", "COMMITTER")
        for part, value in (("NAME", "docs"), ("EMAIL", "docs@localhost"))
    }
    return {**keep, **identity, "HOME": str(home), "XDG_CACHE_HOME": cache}


def test_the_readme_shows_commands_to_run() -> None:
    assert (ROOT / "docs").is_dir()
    assert [block for block in blocks(ROOT / "README.md") if block.language == "sh"]


@pytest.mark.parametrize(
    "document",
    [document for document in DOCUMENTS if blocks(document)],
    ids=lambda document: str(document.relative_to(ROOT)),
)
def test_every_command_in_the_document_runs(
    document: Path, tmp_path: Path, project: Path, environment: dict[str, str]
) -> None:
    workspace = tmp_path / "project"
    shutil.copytree(project, workspace, symlinks=True)
    ports = free_ports()
    env = {
        **environment,
        "PATH": os.pathsep.join([*on_path(workspace), environment["PATH"]]),
        "PYTHONPATH": str(workspace / "generated" / "python"),
        "EXPANSE_BASE_URL": f"http://127.0.0.1:{ports[0]}",
        "EXPANSE_API_KEY": FULL_ACCESS_KEY,
    }
    with ExitStack() as stack:
        if any(needs_mock(block) for block in blocks(document)):
            stack.enter_context(mock_panel(workspace, ports[0]))
        printed = []
        for block in blocks(document):
            try:
                printed.append(run_block(block, workspace, ports, env))
            except (AssertionError, SyntaxError, subprocess.TimeoutExpired) as failure:
                raise AssertionError(f"{block.where}: {failure}") from None
    promises = PROMISES.get(document.relative_to(ROOT).as_posix())
    if promises is not None:
        promises(workspace, printed)
