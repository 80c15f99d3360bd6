"""A trust store of one certificate, for tests whose clients never make a TLS connection.

httpx loads its trust store whenever a client is made (certifi's ~150 certificates: ~35 ms of
CPU a client); it reads `SSL_CERT_FILE` instead when that is set. A module that makes many
clients but only talks plain http on loopback (or to no server at all) points it at a file of
one certificate, which costs next to nothing to load. No test that checks a certificate may
use it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

END = "-----END CERTIFICATE-----"


def use_one_certificate_store(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    import certifi

    store = tmp_path_factory.getbasetemp() / "one-certificate.pem"
    if not store.exists():
        bundle = Path(certifi.where()).read_text(encoding="ascii")
        first = bundle[bundle.index("-----BEGIN CERTIFICATE-----") : bundle.index(END) + len(END)]
        store.write_text(first + "\n", encoding="ascii")
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    monkeypatch.setenv("SSL_CERT_FILE", str(store))
