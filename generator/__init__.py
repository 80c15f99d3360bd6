"""Expanse API generator: route catalog -> OpenAPI 3.1, scope map and a typed Python client."""
