"""What the published page promises integrators, held once: where the API lives, the session
cookie, the error bodies the auth contract fixes, and the shared error responses. The OpenAPI
templates, the Python client's templates, the reference and the mock all read them from here."""

SERVER_URL = "https://panel.expanse.host"
# The published page ("Expanse API") is on the panel's host; the catalog does not record its
# own path, so the document points at the host, where the page is linked.
API_PAGE_TITLE = "Expanse API: the published page this document is generated from"
API_PAGE_URL = SERVER_URL
# Assumed, not stated: the page says "Clerk session (browser cookies)"; `__session` is Clerk's.
SESSION_COOKIE = "__session"

# Bodies of the auth errors, as {"error": ...}. Only the expired and missing-scope wordings are
# promised (stated); the others are assumed wordings the page tells integrators not to rely on.
KEY_EXPIRED = "API key expired"
INSUFFICIENT_SCOPE = "Insufficient API key permissions"
UNAUTHORIZED = "Unauthorized"
TOO_MANY_REQUESTS = "Too many requests"

# The shared error responses (`components.responses` of the OpenAPI document), by status: their
# component names, and what each means, which the document and the reference both say.
ERROR_RESPONSES = {
    400: "BadRequest",
    401: "Unauthorized",
    403: "Forbidden",
    404: "NotFound",
    429: "TooManyRequests",
    500: "InternalServerError",
}
ERROR_MEANINGS = {
    400: "The request is invalid: a parameter or body field is missing or has the wrong type. "
    "Assumed, not stated by the API page: the status and the example's wording.",
    401: "No credentials, or the API key is invalid, revoked, expired, or used from an IP address "
    "outside its whitelist. Only the expired message is stated by the API page; the wording of "
    "the others is assumed: do not rely on it.",
    403: "The API key's scopes do not include the scope this operation requires.",
    404: "No resource with that id is visible to the caller. Assumed, not stated by the API "
    "page: the status and the example's wording.",
    429: "The API key's rate limit is exhausted; retry after the number of seconds in "
    "`Retry-After`. The page states only that API key traffic is rate-limited per key; the "
    "status 429, the `Retry-After` header and the example's wording are assumed.",
    500: "The panel failed to handle the request. Assumed, not stated by the API page: the "
    "example's wording.",
}
