"""`python -m generator ...` run inside the test process, for tests whose subject is what a
command does, not the process around it.

A real process costs about half a second of imports per run; in the test process a command
costs only its own work. What is about the process itself (the exit code `python -m generator`
returns, no traceback on stderr) keeps at least one real-process test per promise.
"""

from __future__ import annotations

import gc
import io
from collections.abc import Sequence
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass

from generator.cli import main


@dataclass(frozen=True)
class Ran:
    """What a command left: its exit code and what it printed."""

    code: int
    stdout: str
    stderr: str


def run_generator(arguments: Sequence[str]) -> Ran:
    """`main(arguments)` with its output captured, as `python -m generator` would exit.

    An exception other than an exit escapes (a real process would print its traceback), so the
    test fails showing it. `generate` tunes the garbage collector for a short-lived process;
    the test process gets its own settings back.
    """
    threshold = gc.get_threshold()
    stdout, stderr = io.StringIO(), io.StringIO()
    try:
        with redirect_stdout(stdout), redirect_stderr(stderr):
            try:
                code = main(list(arguments))
            except SystemExit as exit:  # argparse refusing the arguments
                code = 0 if exit.code is None else exit.code if isinstance(exit.code, int) else 1
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
    return Ran(code, stdout.getvalue(), stderr.getvalue())
