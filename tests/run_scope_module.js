// Runs the compiled generated/api-route-permissions.ts against tests/scope_cases.json and
// prints what it answers, for tests/test_scopes.py to compare with the Python rule.
const [compiled, casesFile] = process.argv.slice(2);
const permissions = require(compiled);
const cases = require(casesFile);
const required = cases.required.map(([method, path]) => {
  const scope = permissions.requiredScope(method, path);
  return scope === undefined ? "OUTSIDE" : scope;
});
const allowed = cases.allowed.map(([scopes, method, path]) =>
  permissions.hasRequiredScope(scopes, method, path));
const operations = permissions.API_OPERATIONS.map((op) => [
  op.operationId,
  op.scope,
  permissions.requiredScope(op.method, op.path.replace(/\{[^/]+\}/g, "x_1")) ?? null,
]);
console.log(JSON.stringify({ scopes: permissions.API_SCOPES, required, allowed, operations }));
