"""One module per top-level resource, imported when the client first touches it."""
