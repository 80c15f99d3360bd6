"""Problems found in the generator's inputs, reported as `FILE:LINE: message`, and the exit
codes every command shares: 0 done, 1 findings (stale output, a failing diff), 2 bad input."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


class InputError(Exception):
    """Bad input (catalog, overlay, arguments): the CLI prints every problem and exits 2."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


# A junk input can hold a problem on every line: the first ones say what is wrong.
MAX_REPORTED = 100


def report(problems: Sequence[Problem], label: str) -> None:
    """Print problems to stderr as `label: FILE:LINE: message`, at most MAX_REPORTED of them and
    then how many more there are."""
    for problem in problems[:MAX_REPORTED]:
        print(f"{label}: {problem}", file=sys.stderr)
    if len(problems) > MAX_REPORTED:
        hidden = len(problems) - MAX_REPORTED
        noun = "problems" if label == "error" else f"{label}s"
        print(f"{label}: ... and {hidden} more {noun} ({len(problems)} in all)", file=sys.stderr)


def report_warnings(warnings: Sequence[Problem], strict: bool) -> None:
    """Print overlay warnings; under --strict they are errors: `InputError` (exit 2)."""
    if warnings and strict:
        raise InputError(warnings)
    report(warnings, "warning")
