"""A small local web for the fetcher's tests: ordinary pages and hostile servers, on 127.0.0.x.

Every server listens on a loopback address of its own (127.0.0.2, 127.0.0.3, … all reach this machine on
Linux), so per-host rules (robots.txt, rate limits) can be tested with one host per test. The server
records each request (time, path, headers) for the tests to inspect. Nothing here allocates a big body:
the 1 GB responses and the gzip bomb are generated as they are sent.
"""

import ipaddress
import random
import socket
import struct
import threading
import time
import zlib
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

GB = 1024**3

ARTICLE = """<!doctype html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{title} | Le Quotidien</title>
  <meta property="og:title" content="{title}">
  <meta name="author" content="Claire Martin">
  <meta property="article:published_time" content="2023-09-20T11:00:00+02:00">
  <link rel="canonical" href="{canonical}">
  <script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
    "headline": "{title}", "datePublished": "2023-09-20T11:00:00+02:00",
    "author": {{"@type": "Person", "name": "Claire Martin"}}}}</script>
  <script>var tracker = "nav-ads-script";</script>
</head>
<body>
  <header><nav><a href="/">Accueil</a> <a href="/monde">Monde</a> <a href="/sport">MENU-NAVIGATION</a></nav></header>
  <aside class="ads">PUBLICITE achetez maintenant</aside>
  <main><article>
    <h1>{title}</h1>
    <p>{body}</p>
    <p>Selon les autorités locales, environ 120 000 personnes ont quitté la région depuis le début de la semaine,
    et les organisations humanitaires estiment que les besoins resteront importants pendant plusieurs mois.</p>
    <p>Le gouvernement a annoncé mercredi l'ouverture de trois centres d'accueil supplémentaires, qui pourront
    recevoir chacun plusieurs milliers de personnes, a précisé le porte-parole lors d'une conférence de presse.</p>
  </article></main>
  <footer>FOOTER-MENTIONS-LEGALES Tous droits réservés</footer>
</body>
</html>
"""


def article_html(title="Un cessez-le-feu est entré en vigueur", body="Le cessez-le-feu est entré en vigueur "
                 "mercredi à 13 heures, heure locale.", canonical="/article", lang="fr") -> str:  # fmt: skip
    return ARTICLE.format(title=title, body=body, canonical=canonical, lang=lang)


def gzip_bomb(size: int = GB) -> bytes:
    """A valid gzip stream that inflates to `size` zero bytes, about 1 MB for 1 GB, made in a second.

    One megabyte of zeros compressed and fully flushed is a self-contained deflate block: repeating its
    bytes repeats the megabyte, so the gigabyte itself is never held, nor compressed.
    """
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    zeros = bytes(1024 * 1024)
    block = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    tail = compressor.flush(zlib.Z_FINISH)
    count = size // len(zeros)
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(zeros, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    return header + block * count + tail + struct.pack("<II", crc, (count * len(zeros)) & 0xFFFFFFFF)


_bomb_cache: dict[int, bytes] = {}


def cached_gzip_bomb(size: int = GB) -> bytes:
    if size not in _bomb_cache:
        _bomb_cache[size] = gzip_bomb(size)
    return _bomb_cache[size]


@dataclass
class Response:
    status: int = 200
    body: bytes | str = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict = field(default_factory=dict)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"  # one request per connection: simple, and each request is seen apart
    server: "HostileServer"

    def log_message(self, format, *args):  # quiet
        pass

    def do_GET(self):
        self.server.record(self)
        route = self.server.routes.get(self.path.split("?", 1)[0])
        try:
            if route is None:
                self.reply(Response(404, "not found", "text/plain"))
            elif callable(route):
                result = route(self)
                if result is not None:
                    self.reply(result)
            else:
                self.reply(route)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            pass  # the fetcher hung up, as it should on a hostile server

    def reply(self, response: Response) -> None:
        body = response.body.encode() if isinstance(response.body, str) else response.body
        self.send_response(response.status)
        if response.content_type:
            self.send_header("Content-Type", response.content_type)
        headers = {"Content-Length": str(len(body)), **response.headers}
        for name, value in headers.items():
            if value is not None:
                self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


class HostileServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, host: str = "127.0.0.2", port: int = 0):
        self.routes: dict = {}
        self.requests: list[dict] = []
        self._lock = threading.Lock()
        super().__init__((host, port), Handler)
        self.thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def host(self) -> str:
        return self.server_address[0]

    @property
    def port(self) -> int:
        return self.server_address[1]

    def url(self, path: str = "/", host: str | None = None) -> str:
        return f"http://{host or self.host}:{self.port}{path}"

    def record(self, handler: BaseHTTPRequestHandler) -> None:
        with self._lock:
            self.requests.append({"at": time.time(), "path": handler.path, "headers": dict(handler.headers)})

    def hits(self, path: str) -> list[dict]:
        with self._lock:
            return [request for request in self.requests if request["path"] == path]

    def start(self) -> "HostileServer":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


# --- The hostile routes ---------------------------------------------------------------------------------


def redirect(location: str, status: int = 302) -> Response:
    return Response(status, b"", "text/html", {"Location": location})


def endless_body(handler: Handler, *, size: int = GB, content_length: bool = True) -> None:
    """1 GB of generated bytes, streamed: nothing that size ever exists in memory."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    if content_length:
        handler.send_header("Content-Length", str(size))
    handler.end_headers()
    chunk = b"<p>" + b"a" * (64 * 1024 - 7) + b"</p>\n"
    sent = 0
    while sent < size:
        handler.wfile.write(chunk)
        sent += len(chunk)


def bomb(handler: Handler) -> None:
    payload = cached_gzip_bomb()
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    handler.send_header("Content-Encoding", "gzip")
    handler.send_header("Content-Length", str(len(payload)))
    handler.end_headers()
    handler.wfile.write(payload)


def drip(handler: Handler, *, headers_too: bool = False, seconds: float = 1.0, total: int = 600) -> None:
    """One byte a second: a read timeout never fires, only the overall deadline ends it."""
    if headers_too:
        head = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nContent-Length: 600\r\n\r\n"
        for byte in head:
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
            time.sleep(seconds)
        return
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    handler.send_header("Content-Length", str(total))
    handler.end_headers()
    handler.wfile.flush()
    for _ in range(total):
        handler.wfile.write(b"x")
        handler.wfile.flush()
        time.sleep(seconds)


def deflate_raw(data: bytes) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


# --- Fixtures (imported by the test modules that use them) ----------------------------------------------

_next_host = [random.randrange(10, 200)]


def next_host() -> str:
    """A loopback address of its own for each server: per-host state (robots.txt, rate limits) stays apart."""
    _next_host[0] = _next_host[0] % 250 + 2
    return f"127.0.0.{_next_host[0]}"


@pytest.fixture
def loopback_only(monkeypatch):
    """A safety net: any connection this test makes outside 127.0.0.0/8 fails instead of leaving the machine."""
    real_connect = socket.socket.connect
    attempts = []

    def connect(sock, address):
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            attempts.append(address[0])
            ip = ipaddress.ip_address(address[0].split("%")[0])
            if not ip.is_loopback:
                raise AssertionError(f"the test tried to connect to {address[0]}")
        return real_connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    return attempts


@pytest.fixture
def web(settings, loopback_only):
    """A hostile web server on a fresh 127.0.0.x, with fast limits so each hostile case ends in seconds."""
    settings.FETCH_DEFAULT_CRAWL_DELAY = 0
    settings.FETCH_DEADLINE = 3
    settings.FETCH_READ_TIMEOUT = 2
    settings.FETCH_CONNECT_TIMEOUT = 2
    settings.FETCH_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    server = HostileServer(next_host()).start()
    server.routes["/robots.txt"] = Response(200, "User-agent: *\nDisallow: /private/\n", "text/plain")
    server.routes["/article"] = Response(200, article_html())
    yield server
    server.stop()


@pytest.fixture
def fetch_workers(request):
    """Start real Celery workers on a queue of this test's own: start(env=…) -> process; all stopped after."""
    import uuid

    from tests.conftest import start_celery_worker, stop_celery_worker

    # The session's worker readies the test database and Redis, and tasks now go through Redis, not eagerly.
    request.getfixturevalue("live_worker")
    queue = f"fetch-test-{uuid.uuid4().hex[:8]}"
    started = []

    def start(name: str, *, concurrency: int = 2, env: dict | None = None):
        process = start_celery_worker(f"{name}-{queue}", queues=queue, concurrency=concurrency, env=env)
        process.log_offset = 0
        started.append(process)
        return process

    start.queue = queue
    yield start
    for process in started:
        if process.poll() is None:
            stop_celery_worker(process)
