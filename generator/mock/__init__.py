"""`python -m generator mock`: a local mock of the panel that enforces the auth contract.

Every operation of the route model is served over HTTP, with routes built at start-up from
`pipeline.load(...)`: there is no hand-written route list. A request goes through the panel's
steps, in the panel's order:

1. Routing as in Next.js: at each segment a static name beats a `{param}`; the first route whose
   path matches owns the request, and a method it does not define is a 405 (never another route).
2. Authentication, except on the public route: `Authorization: Bearer sk_...` (unknown or revoked
   key: 401 generic; expired: 401 `API key expired`; client IP outside a non-empty `ipWhitelist`:
   401); without that header a non-empty `__session` cookie is a full-access session; neither is a
   401.
3. The rate limit: one token bucket per key id (per cookie for sessions); empty: 429 with
   `Retry-After` in whole seconds.
4. The scope: `Operation.scope`, which `generator/scopes.py` decides; a key without scopes has
   full access. Missing: 403 `Insufficient API key permissions`.
5. Input: path and query parameters and the JSON (or multipart) body against the JSON schemas the
   OpenAPI document publishes (`generator.schema`): 400 naming the field. Unknown body fields
   are dropped, as the panel's Zod objects drop them and as the document allows. Only what the model declares is read, so an
   operation without a body or query parameters can never answer 400.
6. The documented success: the catalog's example, else a body synthesised from the response
   schema; binary bodies with their content type; the portal's redirect.

Where each step lives: routing and the auth contract in `app.py` (steps 1, 2 and 4), the rate
limit in `ratelimit.py`, the keys in `keys.py`, input checks in `validation.py` and the answers in
`answers.py`; the command line in `command.py`.

Only the standard library is imported at module level; Starlette, uvicorn, jsonschema and
pydantic are imported where they are used, so other commands never load them.
"""

from __future__ import annotations

from generator.mock.command import configure, run

__all__ = ["configure", "run"]
