"""What the published page promises integrators, held once: where the API lives, the session
cookie, and the error bodies the auth contract fixes. The OpenAPI templates, the Python client's
templates and the mock all read them from here."""

SERVER_URL = "https://panel.expanse.host"
SESSION_COOKIE = "__session"

# Bodies of the auth errors, as {"error": ...}. Only the expired and missing-scope wordings are
# promised; the others are the generic wording the page tells integrators not to rely on.
KEY_EXPIRED = "API key expired"
INSUFFICIENT_SCOPE = "Insufficient API key permissions"
UNAUTHORIZED = "Unauthorized"
TOO_MANY_REQUESTS = "Too many requests"
