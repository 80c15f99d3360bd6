"""What the published page promises integrators, held once: where the API lives, the session
cookie, the error bodies the auth contract fixes, and the shared error responses. The OpenAPI
templates, the Python client's templates, the reference and the mock all read them from here."""

SERVER_URL = "https://panel.expanse.host"
SESSION_COOKIE = "__session"

# Bodies of the auth errors, as {"error": ...}. Only the expired and missing-scope wordings are
# promised; the others are the generic wording the page tells integrators not to rely on.
KEY_EXPIRED = "API key expired"
INSUFFICIENT_SCOPE = "Insufficient API key permissions"
UNAUTHORIZED = "Unauthorized"
TOO_MANY_REQUESTS = "Too many requests"

# The shared error responses (`components.responses` of the OpenAPI document), by status.
ERROR_RESPONSES = {
    400: "BadRequest",
    401: "Unauthorized",
    403: "Forbidden",
    404: "NotFound",
    429: "TooManyRequests",
    500: "InternalServerError",
}
