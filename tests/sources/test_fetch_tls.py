"""HTTPS through the pinned connection: the checked address is dialled; SNI and the certificate keep the host name."""

import socket
import ssl
import subprocess
import threading

import pytest

from sources import fetching
from tests.sources.hostile_web import HostileServer, Response, article_html, next_host


@pytest.fixture
def tls_web(tmp_path, settings):
    settings.FETCH_DEFAULT_CRAWL_DELAY = 0
    settings.FETCH_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=pinned.test",
         "-addext", "subjectAltName=DNS:pinned.test", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    server = HostileServer(next_host())
    server.routes["/robots.txt"] = Response(404, "none", "text/plain")
    server.routes["/article"] = Response(200, article_html())
    server.server_names = []
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    context.sni_callback = lambda sock, name, ctx: server.server_names.append(name)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    server.cert = cert
    yield server
    server.stop()


def resolve_to(monkeypatch, ip: str):
    monkeypatch.setattr(
        fetching.socket,
        "getaddrinfo",
        lambda host, port, *args, **kwargs: [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port))],
    )


def test_an_untrusted_certificate_is_refused_and_sni_carries_the_host_name(tls_web, monkeypatch):
    resolve_to(monkeypatch, tls_web.host)
    result = fetching.fetch(f"https://pinned.test:{tls_web.port}/article")
    assert result.outcome == "failed"
    assert result.reason.startswith("robots.txt could not be fetched (secure connection to pinned.test failed")
    assert tls_web.server_names and set(tls_web.server_names) == {"pinned.test"}


def test_a_trusted_certificate_for_the_host_name_is_fetched_at_the_checked_address(tls_web, monkeypatch):
    resolve_to(monkeypatch, tls_web.host)
    monkeypatch.setattr("requests.adapters.DEFAULT_CA_BUNDLE_PATH", str(tls_web.cert), raising=False)
    monkeypatch.setattr("requests.utils.DEFAULT_CA_BUNDLE_PATH", str(tls_web.cert))
    monkeypatch.setattr("certifi.where", lambda: str(tls_web.cert))
    result = fetching.fetch(f"https://pinned.test:{tls_web.port}/article")
    assert result.outcome == "ok", result.reason
    assert tls_web.hits("/article")[0]["headers"]["Host"] == f"pinned.test:{tls_web.port}"
    assert set(tls_web.server_names) == {"pinned.test"}
