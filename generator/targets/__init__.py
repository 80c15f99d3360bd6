"""The outputs, one room each: a module with one entry point, `render(...) -> {path: text}`,
beside its own `templates/<target>/` folder. No target imports another; what several share
lives below them (`templating`, `schema`, `pysource`, `serialise`, `contract`, `scopes`,
`naming`), and `generator.render` lists the targets `generate` writes.
"""
