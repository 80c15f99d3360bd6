"""Every Python example of the generated client's README runs, unchanged, against the live mock
panel: the examples read the key and the base URL from the environment as the README says, so
the test only points those at the mock (and gives the examples a folder to write in).

Each example runs in a process of its own, as `python -c EXAMPLE` would run it; the processes
are forked from one interpreter per module that has imported httpx and pydantic (not the client),
so an example does not pay for starting Python and importing those again."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_client_against_mock import mock_url  # noqa: F401  (the live mock fixture)
from tests.test_mock import FULL

README = ROOT / "generated" / "python" / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.DOTALL)

# Reads one job a line ({"code", "cwd", "stdout", "stderr"}), runs it in a forked child as
# `python -c` would (a fresh __main__, sys.argv ["-c"], the job's folder as cwd, stdin from
# /dev/null, a traceback and exit status 1 for an uncaught exception, atexit handlers run) and
# answers with the child's exit status.
RUNNER = r"""
import atexit, json, os, sys, traceback, types
import httpx, pydantic  # what every example loads first; the client each example imports itself


def run(job):
    os.chdir(job["cwd"])
    for fd, path, flags in (
        (0, os.devnull, os.O_RDONLY),
        (1, job["stdout"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
        (2, job["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
    ):
        opened = os.open(path, flags, 0o644)
        os.dup2(opened, fd)
        os.close(opened)
    sys.stdin = open(0, closefd=False)
    sys.stdout = open(1, "w", closefd=False)
    sys.stderr = open(2, "w", closefd=False, buffering=1)
    sys.argv[:] = ["-c"]
    main = types.ModuleType("__main__")
    sys.modules["__main__"] = main
    status = 0
    try:
        exec(compile(job["code"], "<string>", "exec"), main.__dict__)
    except SystemExit as done:
        if done.code is None or isinstance(done.code, int):
            status = done.code or 0
        else:
            print(done.code, file=sys.stderr)
            status = 1
    except BaseException:
        traceback.print_exc()
        status = 1
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    return status


for line in sys.stdin:
    child = os.fork()
    if child == 0:
        os._exit(run(json.loads(line)))
    _, waited = os.waitpid(child, 0)
    print(os.waitstatus_to_exitcode(waited), flush=True)
"""


def first_line(block: str) -> str:
    return next(line for line in block.splitlines() if line and not line.startswith("import"))


@pytest.fixture(scope="module")
def examples(
    mock_url: str,  # noqa: F811
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[subprocess.Popen[str]]:
    """The interpreter the examples are forked from, its environment pointed at the mock."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT / "generated" / "python"),
        "EXPANSE_API_KEY": FULL.secret,
        "EXPANSE_BASE_URL": mock_url,
    }
    env.pop("EXPANSE_LOG", None)
    log = tmp_path_factory.mktemp("runner") / "runner.log"
    with log.open("w") as errors:
        runner = subprocess.Popen(
            [sys.executable, "-c", RUNNER],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
    yield runner
    assert runner.stdin is not None
    runner.stdin.close()
    runner.wait(timeout=60)


def run_example(
    block: str, runner: subprocess.Popen[str], folder: Path
) -> subprocess.CompletedProcess[str]:
    (folder / "boot.log").write_bytes(b"line 1\nline 2\n")
    job = {
        "code": block,
        "cwd": str(folder),
        "stdout": str(folder.parent / "stdout.txt"),
        "stderr": str(folder.parent / "stderr.txt"),
    }
    assert runner.stdin is not None and runner.stdout is not None
    runner.stdin.write(json.dumps(job) + "\n")
    runner.stdin.flush()
    answer = runner.stdout.readline()
    assert answer, f"the examples' interpreter stopped (exit {runner.poll()})"
    return subprocess.CompletedProcess(
        ["python", "-c", block],
        int(answer),
        Path(job["stdout"]).read_text(encoding="utf-8"),
        Path(job["stderr"]).read_text(encoding="utf-8"),
    )


def test_the_readme_has_an_example_for_each_feature() -> None:
    text = "\n".join(BLOCKS)
    for feature in (
        "with_raw_response",
        "with_streaming_response",
        "write_to_file",
        "iter_bytes",
        "iter_lines",
        "extra_body",
        "extra_query",
        "extra_headers",
        "allow_insecure_http",
        "EXPANSE_LOG",
        "AsyncExpanse",
    ):
        assert feature in text, feature


@pytest.mark.parametrize("block", BLOCKS, ids=[first_line(block)[:40] for block in BLOCKS])
def test_each_readme_example_runs_against_the_mock(
    block: str,
    examples: subprocess.Popen[str],
    tmp_path: Path,
) -> None:
    folder = tmp_path / "example"
    folder.mkdir()
    result = run_example(block, examples, folder)
    assert result.returncode == 0, result.stderr
    shown = result.stdout + result.stderr
    assert FULL.secret not in shown and "wrong_key_0123" not in shown
    if "EXPANSE_LOG" in block:
        assert re.search(r"expanse_api INFO GET /api/zones -> 200 in [\d.]+ ms", result.stderr)
        assert "authorization" not in result.stderr.lower()
    if "write_to_file" in block and "async def" not in block:
        assert (folder / "invoice.html").read_bytes()
    if "tll=300" in block:
        assert "did you mean 'ttl'?" in result.stdout
