"""Every Python example of the generated client's README runs, unchanged, against the live mock
panel: the examples read the key and the base URL from the environment as the README says, so
the test only points those at the mock (and gives the examples a folder to write in)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_client_against_mock import mock_url  # noqa: F401  (the live mock fixture)
from tests.test_mock import FULL

README = ROOT / "generated" / "python" / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.DOTALL)


def first_line(block: str) -> str:
    return next(line for line in block.splitlines() if line and not line.startswith("import"))


def run_example(block: str, base_url: str, folder: Path) -> subprocess.CompletedProcess[str]:
    (folder / "boot.log").write_bytes(b"line 1\nline 2\n")
    # Bytecode as Python writes it by default (a machine-wide PYTHONDONTWRITEBYTECODE=1 would
    # have each example compile the client and its dependencies from source again).
    env = {
        **{key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"},
        "PYTHONPATH": str(ROOT / "generated" / "python"),
        "EXPANSE_API_KEY": FULL.secret,
        "EXPANSE_BASE_URL": base_url,
    }
    env.pop("EXPANSE_LOG", None)
    return subprocess.run(
        [sys.executable, "-c", block], cwd=folder, env=env, capture_output=True, text=True
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
    mock_url: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    result = run_example(block, mock_url, tmp_path)
    assert result.returncode == 0, result.stderr
    shown = result.stdout + result.stderr
    assert FULL.secret not in shown and "wrong_key_0123" not in shown
    if "EXPANSE_LOG" in block:
        assert re.search(r"expanse_api INFO GET /api/zones -> 200 in [\d.]+ ms", result.stderr)
        assert "authorization" not in result.stderr.lower()
    if "write_to_file" in block and "async def" not in block:
        assert (tmp_path / "invoice.html").read_bytes()
    if "tll=300" in block:
        assert "did you mean 'ttl'?" in result.stdout
