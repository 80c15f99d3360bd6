"""`make bench`: speed and memory of the generator and the generated client.

Prints medians (min-max) over repeated runs and ratios measured side by side in the same run,
and writes them to .bench/results.md (ignored); `--record` (`make bench RECORD=1`) also writes
bench/results.md, the figures kept in git. Not a test: nothing fails on a time; the targets are
shown next to the figures. Sections:

1. `python -m generator generate` end to end as a whole process, against
   openapi-python-client on our own generated/openapi.json (bench-only venv, with and without
   its post-hooks), and `python -m generator check`.
2. Scale: synthetic catalogs of 1x, 10x and 50x the routes (copies of the real catalog under
   renamed paths): wall time, peak memory and the marginal cost per operation.
3. Client import time (`import expanse_api` against `import httpx`), time to first call, and
   how long the first call that sends a body blocks (sync and async, in-process figures).
4. Per-call overhead of the client against raw httpx on the same MockTransport, sync and async.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_VENV = ROOT / ".bench" / "opc-venv"
OPC_VERSION = "0.29.1"
PYTHON = sys.executable
CLIENT_PATH = ROOT / "generated" / "python"
# Every timed process caches its bytecode here (ignored), as an installed Python does beside its
# sources, so the warm-up run pays for compiling and the timed runs measure the program, not the
# compiler. Without this, a PYTHONDONTWRITEBYTECODE=1 in the caller's environment (or a venv
# installed without bytecode, as uv does by default) made every run of ours compile pydantic,
# jinja2, markdown-it and the generator from source (~0.3 s), while the comparison's venv,
# installed by pip, had its bytecode: the figures compared a compiler with a program.
PYCACHE = ROOT / ".bench" / "pycache"


def process_env(**extra: str) -> dict[str, str]:
    """The environment of every timed process: the caller's, with bytecode cached in PYCACHE."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPYCACHEPREFIX": str(PYCACHE), **extra}


@dataclass(frozen=True)
class Sample:
    """Wall times in seconds, CPU times (user + system, the process and what it waited for) and
    the largest peak memory (KiB) of repeated runs."""

    times: tuple[float, ...]
    peak_kib: int = 0
    cpu_times: tuple[float, ...] = ()

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def cpu_median(self) -> float:
        """What a run costs whatever else the machine does (wall time on a shared machine is
        mostly waiting for a core)."""
        return statistics.median(self.cpu_times)

    def show(self, unit: str = "ms") -> str:
        scale = 1000.0 if unit == "ms" else 1_000_000.0
        low, high = min(self.times) * scale, max(self.times) * scale
        return f"{self.median * scale:.1f} {unit} ({low:.1f}-{high:.1f})"


def run_process(command: Sequence[str], repeat: int, env: dict[str, str] | None = None,
                cwd: Path = ROOT, before: Callable[[], None] | None = None) -> Sample:
    """Time a whole process `repeat` times (after one warm-up run) and record its peak memory."""
    env = process_env() if env is None else env
    times, peaks, cpu_times = [], [], []
    for index in range(repeat + 1):
        if before is not None:
            before()
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        if status != 0:
            error = process.stderr.read().decode() if process.stderr else ""
            raise SystemExit(f"bench: {' '.join(command)} failed:\n{error}")
        if process.stderr:
            process.stderr.close()
        if index:  # the first run warms the file cache and Python's bytecode cache
            times.append(elapsed)
            peaks.append(usage.ru_maxrss)
            cpu_times.append(usage.ru_utime + usage.ru_stime)
    return Sample(tuple(times), max(peaks), tuple(cpu_times))


# --------------------------------------------------------------------------- 1. generate


def ensure_openapi_python_client() -> Path:
    """A bench-only venv with openapi-python-client (its dependencies clash with nothing of ours)."""
    tool = BENCH_VENV / "bin" / "openapi-python-client"
    if not tool.exists():
        subprocess.run([PYTHON, "-m", "venv", str(BENCH_VENV)], check=True)
        subprocess.run([str(BENCH_VENV / "bin" / "python"), "-m", "pip", "install", "--quiet",
                        f"openapi-python-client=={OPC_VERSION}"], check=True)
    return tool


def bench_generate(repeat: int, lines: list[str]) -> dict[str, Sample]:
    work = Path(tempfile.mkdtemp(prefix="bench-generate-"))
    tool = ensure_openapi_python_client()
    no_hooks = work / "no-hooks.yaml"
    no_hooks.write_text("post_hooks: []\n")
    env = process_env(PATH=f"{BENCH_VENV / 'bin'}:{os.environ['PATH']}")
    spec = ROOT / "generated" / "openapi.json"

    def clean_opc() -> None:
        shutil.rmtree(work / "opc", ignore_errors=True)

    uncached = process_env(EXPANSE_GENERATOR_CACHE="0")
    samples = {
        # After the warm-up run the build cache holds this build: the everyday case of a
        # regeneration that changed nothing. The uncached run is every build's first.
        "generate": run_process([PYTHON, "-m", "generator", "generate", "--out", str(work / "ours")],
                                repeat),
        "generate-uncached": run_process([PYTHON, "-m", "generator", "generate", "--out",
                                          str(work / "ours")], repeat, env=uncached),
        "check": run_process([PYTHON, "-m", "generator", "check", "--out", str(work / "ours")], repeat),
        "opc": run_process([str(tool), "generate", "--path", str(spec), "--output-path",
                            str(work / "opc"), "--overwrite"], repeat, env=env, before=clean_opc),
        "opc-no-hooks": run_process([str(tool), "generate", "--path", str(spec), "--output-path",
                                     str(work / "opc"), "--overwrite", "--config", str(no_hooks)],
                                    repeat, env=env, before=clean_opc),
    }
    clean_opc()
    consumed = subprocess.run([str(tool), "generate", "--path", str(spec), "--output-path",
                               str(work / "opc")], env=env, capture_output=True, text=True)
    opc_warnings = (consumed.stdout + consumed.stderr).count("Warning")
    shutil.rmtree(work, ignore_errors=True)
    ours, cold, opc = samples["generate"], samples["generate-uncached"], samples["opc"]
    lines += [
        "## 1. Generate end to end (whole process)",
        "",
        "| command | median (min-max) | CPU median | peak memory |",
        "| --- | --- | --- | --- |",
        *[f"| {label} | {sample.show()} | {sample.cpu_median * 1000:.1f} ms | "
          f"{sample.peak_kib // 1024} MiB |" for label, sample in (
            ("`python -m generator generate` (all artifacts; build cache hit)", ours),
            ("`python -m generator generate` (cache off: parse, resolve, render)", cold),
            ("`python -m generator check`", samples["check"]),
            (f"openapi-python-client {OPC_VERSION} generate (with its ruff post-hooks)", opc),
            (f"openapi-python-client {OPC_VERSION} generate (no post-hooks)",
             samples["opc-no-hooks"]),
        )],
        "",
        f"- generate / openapi-python-client (hooks): **{ours.median / opc.median:.3f}** "
        f"(1/{opc.median / ours.median:.1f}; target at most 1/8 = 0.125)",
        f"- generate without the cache / openapi-python-client (hooks): **{cold.median / opc.median:.3f}** "
        f"(1/{opc.median / cold.median:.1f}); in CPU time: {cold.cpu_median / opc.cpu_median:.3f} "
        f"(1/{opc.cpu_median / cold.cpu_median:.1f}), the figure to trust on a busy machine",
        f"- generate / openapi-python-client (no hooks): "
        f"{ours.median / samples['opc-no-hooks'].median:.3f}",
        f"- check / generate: **{samples['check'].median / ours.median:.2f}** (target at most 1.0)",
        f"- openapi-python-client on generated/openapi.json: exit {consumed.returncode}, "
        f"{opc_warnings} warnings (the document must be consumed without one)",
        "",
    ]
    return samples


# --------------------------------------------------------------------------- 2. scale

PATH_PREFIX = re.compile(r"/api/(services|teams|zones|domains|billing|tickets)(?=[/`\"]|$)")


def synthetic_catalog(copies: int, work: Path) -> tuple[Path, Path]:
    """The real catalog and overlay repeated `copies` times under renamed paths (`/api/zones/c3/...`)."""
    catalog = (ROOT / "catalog" / "developer-api-routes.md").read_text()
    overlay = (ROOT / "catalog" / "overrides.toml").read_text()
    head, _, body = catalog.partition("\n## ")
    first_route = overlay.index("\n[routes.") + 1
    groups_overlay, routes_overlay = overlay[:first_route], overlay[first_route:]
    catalogs, overlays = [head], [groups_overlay]
    for copy in range(copies):
        rename = (lambda match: match.group(0)) if copy == 0 else (
            lambda match, copy=copy: f"/api/{match.group(1)}/c{copy}")
        catalogs.append("\n## " + PATH_PREFIX.sub(rename, body))
        overlays.append(PATH_PREFIX.sub(rename, routes_overlay))
    catalog_path, overlay_path = work / f"catalog-{copies}x.md", work / f"overrides-{copies}x.toml"
    catalog_path.write_text("".join(catalogs))
    overlay_path.write_text("\n".join(overlays))
    return catalog_path, overlay_path


def bench_scale(repeat: int, lines: list[str]) -> None:
    work = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    # The pipeline's cost per operation, so the build cache stays off (a hit costs the same at
    # any size and would hide it).
    uncached = process_env(EXPANSE_GENERATOR_CACHE="0")
    rows = []
    for copies in (1, 10, 50):
        catalog, overlay = synthetic_catalog(copies, work)
        sample = run_process([PYTHON, "-m", "generator", "generate", "--catalog", str(catalog),
                              "--overrides", str(overlay), "--out", str(work / f"out-{copies}")],
                             repeat if copies < 50 else max(3, repeat // 3), env=uncached)
        rows.append((copies, 134 * copies, sample))
    shutil.rmtree(work, ignore_errors=True)
    (_, ops_1, first), (_, ops_50, last) = rows[0], rows[-1]
    marginal_ms = (last.median - first.median) / (ops_50 - ops_1) * 1000
    memory_per_op = (last.peak_kib - first.peak_kib) / (ops_50 - ops_1)
    lines += [
        "## 2. Scale: synthetic catalogs",
        "",
        "| catalog | operations | generate, cache off: median (min-max) | peak memory |",
        "| --- | --- | --- | --- |",
        *[f"| {copies}x | {ops} | {sample.show()} | {sample.peak_kib / 1024:.0f} MiB |"
          for copies, ops, sample in rows],
        "",
        f"- marginal cost per operation (1x -> 50x): **{marginal_ms:.3f} ms** (target at most 0.5 ms)",
        f"- marginal memory per operation: {memory_per_op:.1f} KiB; 10x step "
        f"{(rows[1][2].peak_kib - first.peak_kib) / (rows[1][1] - ops_1):.1f} KiB/op, 50x step "
        f"{(last.peak_kib - rows[1][2].peak_kib) / (ops_50 - rows[1][1]):.1f} KiB/op "
        "(equal steps = linear growth)",
        "",
    ]


# --------------------------------------------------------------------------- 3, 4. client

IMPORT_HTTPX = "import httpx"
IMPORT_CLIENT = "import expanse_api"


def bench_client_import(repeat: int, lines: list[str]) -> None:
    env = process_env(PYTHONPATH=str(CLIENT_PATH))
    httpx_sample = run_process([PYTHON, "-c", IMPORT_HTTPX], repeat * 3, env=env)
    client_sample = run_process([PYTHON, "-c", IMPORT_CLIENT], repeat * 3, env=env)
    baseline = run_process([PYTHON, "-c", "pass"], repeat * 3, env=env)
    first_call = run_process([PYTHON, str(Path(__file__).parent / "first_call.py")], repeat * 3,
                             env=env)
    net_httpx = httpx_sample.median - baseline.median
    net_client = client_sample.median - baseline.median
    lines += [
        "## 3. Client import and first call (whole process)",
        "",
        "| command | median (min-max) |",
        "| --- | --- |",
        f"| `python -c pass` (interpreter start) | {baseline.show()} |",
        f"| `import httpx` | {httpx_sample.show()} |",
        f"| `import expanse_api` | {client_sample.show()} |",
        f"| import, construct, first GET on a MockTransport | {first_call.show()} |",
        "",
        f"- `import expanse_api` / `import httpx`: **{client_sample.median / httpx_sample.median:.3f}**"
        " (target at most 1.15); without interpreter start: "
        f"{net_client / net_httpx:.3f}",
        "",
    ]


def bench_first_body_call(repeat: int, lines: list[str]) -> None:
    """Fresh processes; each reports its own in-process figures, and the medians are shown."""
    env = process_env(PYTHONPATH=str(CLIENT_PATH))
    script = str(Path(__file__).parent / "first_body_call.py")
    lines += ["| client | make the client | first GET | first call with a body | second call |",
              "| --- | --- | --- | --- | --- |"]
    for flavour in ("sync", "async"):
        runs = [json.loads(subprocess.run([PYTHON, script, flavour], env=env, capture_output=True,
                                          text=True, check=True).stdout)
                for _ in range(repeat)]
        cells = [f"{statistics.median(run[key] for run in runs):.1f} ms"
                 for key in ("construct", "get", "first", "second")]
        lines.append(f"| {'Expanse' if flavour == 'sync' else 'AsyncExpanse'} | " + " | ".join(cells) + " |")
    lines += ["", "- the async client imports the body models when made, so its first body call "
              "does not stall the event loop (target: far below 100 ms)", ""]


def bench_per_call(lines: list[str]) -> None:
    env = process_env(PYTHONPATH=str(CLIENT_PATH))
    result = subprocess.run([PYTHON, str(Path(__file__).parent / "per_call.py")], env=env,
                            capture_output=True, text=True, check=True)
    lines += ["## 4. Per-call overhead against raw httpx (same MockTransport, in process)", "",
              result.stdout.rstrip(), ""]


# --------------------------------------------------------------------------- report


def versions() -> list[str]:
    import httpx
    import jinja2
    import markdown_it
    import pydantic

    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return [
        f"- machine: {platform.machine()}, {os.cpu_count()} cores, {cpu}",
        f"- Python {platform.python_version()}; jinja2 {jinja2.__version__}, "
        f"markdown-it-py {markdown_it.__version__}, pydantic {pydantic.VERSION}, "
        f"httpx {httpx.__version__}; openapi-python-client {OPC_VERSION}",
        "- every process runs with its bytecode cached (written by each measurement's warm-up "
        "run to .bench/pycache), as an installed Python program does",
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10, help="runs per measurement (default 10)")
    parser.add_argument("--only", choices=["generate", "scale", "client"], action="append",
                        help="run only these sections (default: all)")
    parser.add_argument("--no-write", action="store_true", help="print only; write no file")
    parser.add_argument("--record", action="store_true",
                        help="also update bench/results.md (the figures kept in git)")
    args = parser.parse_args(argv)
    sections = set(args.only or ["generate", "scale", "client"])
    lines = ["# Benchmark results", "", f"Written by `make bench RECORD=1` on {time.strftime('%Y-%m-%d')}.",
             "Medians over repeated runs (min-max); ratios measured side by side in one run.", "",
             *versions(), ""]
    if "generate" in sections:
        bench_generate(args.repeat, lines)
    if "scale" in sections:
        bench_scale(args.repeat, lines)
    if "client" in sections:
        bench_client_import(args.repeat, lines)
        bench_first_body_call(args.repeat, lines)
        bench_per_call(lines)
    report = "\n".join(lines) + "\n"
    print(report)
    if not args.no_write:
        # The tree stays clean: a run's figures go to the ignored .bench/ unless asked to record.
        targets = [ROOT / ".bench" / "results.md"]
        if args.record:
            targets.append(Path(__file__).parent / "results.md")
        for target in targets:
            target.parent.mkdir(exist_ok=True)
            target.write_text(report)
        print("bench: figures written to " + ", ".join(str(t.relative_to(ROOT)) for t in targets))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
