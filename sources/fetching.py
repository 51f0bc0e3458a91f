"""The hardened fetcher: one URL in, a FetchResult out, under every rule of DESIGN.md's "Fetching rules".

- http and https only, no credentials in URLs;
- each connection resolves its host itself, checks every address, and connects to the address it checked
  (no second lookup a rebinding DNS server could answer differently); the Host header, TLS SNI and
  certificate check keep the host name;
- private, loopback and other non-global addresses only inside settings.FETCH_ALLOWED_NETWORKS;
  link-local (169.254.0.0/16, fe80::/10) and cloud metadata addresses never;
- redirects followed by hand, each hop checked again (scheme, addresses, robots.txt, rate limit);
- robots.txt obeyed (cached per host, shared by the workers through the Django cache);
- one request at a time per host per crawl delay, shared by all workers through Redis;
- connect and read timeouts, and an overall deadline enforced by a watchdog that shuts the sockets down
  (a read timeout alone never ends a server that drips one byte a second);
- a maximum body size, checked against Content-Length, while streaming and after decompression, with
  bounded decompression so a gzip bomb never inflates in memory;
- content type checked before the body is read; conditional GET with ETag / Last-Modified.

fetch() never raises for a network problem: a refusal or failure comes back with a plain reason.
extract_page() turns an HTML (or text) body into title, author, date, language, canonical URL and main
text, and never raises on bad markup or encodings either.
"""

from __future__ import annotations

import contextvars
import errno
import ipaddress
import json
import logging
import re
import socket
import threading
import time
import zlib
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from urllib.parse import urljoin, urlsplit, urlunsplit

import requests
from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from factcheck.text import clean_text

log = logging.getLogger(__name__)

# What a document may be: web pages, plain text, and feeds (RSS, Atom, RDF and bare XML).
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml"}
)
DOCUMENT_TYPES = PAGE_TYPES | FEED_TYPES

REDIRECT_STATUSES = {301, 302, 303, 307, 308}
# Failures worth trying again later; a 404 or a refusal will not change by waiting.
TRANSIENT_STATUSES = {408, 425, 429, 500, 502, 503, 504}
ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309 asks crawlers to parse at least 500 KiB
ROBOTS_MAX_REDIRECTS = 5  # RFC 9309: follow at least five
ROBOTS_UNREACHABLE_SECONDS = 60  # short: the task retries with backoff; a site that is back is seen soon
CHUNK = 64 * 1024
MAX_URL_LENGTH = 2000  # Document.url

# Never reachable, whatever FETCH_ALLOWED_NETWORKS says: link-local (where cloud metadata services live)
# and the metadata addresses some clouds put elsewhere.
NEVER_NETWORKS = tuple(
    ipaddress.ip_network(net)
    for net in ("169.254.0.0/16", "fe80::/10", "fd00:ec2::254/128", "100.100.100.200/32", "192.0.0.192/32")
)
NAT64 = ipaddress.ip_network("64:ff9b::/96")


class UnfetchableURL(ValueError):
    """A URL that can never be fetched (not http/https, no host, credentials, too long)."""


class FetchRefused(Exception):
    """Our rules forbid this fetch; trying again later will not help."""

    def __init__(self, reason: str, status: int | None = None):
        super().__init__(reason)
        self.reason = reason
        self.status = status


class FetchFailed(Exception):
    """The fetch did not work; `transient` says whether trying again later may."""

    def __init__(
        self, reason: str, *, transient: bool = False, status: int | None = None, retry_after=None, site: bool = False
    ):
        super().__init__(reason)
        self.reason = reason
        self.transient = transient
        self.status = status
        self.retry_after = retry_after
        # The site itself cannot be reached (name, connection, timeout): said as such, even when robots.txt,
        # the first thing asked of a host, is what met it.
        self.site = site


class RateLimited(Exception):
    """The host's next free slot is further away than the caller wants to wait."""

    def __init__(self, wait: float):
        super().__init__(f"next request to this host allowed in {wait:.1f} s")
        self.wait = wait


@dataclass
class FetchResult:
    """What one fetch found. outcome: ok, not_modified, refused, failed or deferred (rate limit)."""

    url: str
    outcome: str
    final_url: str = ""
    reason: str = ""
    transient: bool = False
    status: int | None = None
    content_type: str = ""
    charset: str = ""
    body: bytes = b""
    raw_size: int = 0
    etag: str = ""
    last_modified: str = ""
    retry_after: float | None = None
    elapsed: float = 0.0
    headers: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.outcome == "ok"


# --- URLs -------------------------------------------------------------------------------------------

TRACKING_PARAMS = re.compile(
    r"^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|xtor|at_medium|at_campaign)$", re.I
)


def normalize_url(url: str) -> str:
    """The form a URL is stored and compared in; raises UnfetchableURL for what we never fetch.

    Lower-case scheme and host (IDNA-encoded), no default port, no fragment, no tracking parameters,
    "/" for an empty path.
    """
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise UnfetchableURL(f"not a valid URL: {exc}") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise UnfetchableURL(f"only http and https URLs are fetched, not {scheme or 'a URL without a scheme'}")
    if parts.username is not None or parts.password is not None:
        raise UnfetchableURL("URLs with a user name or password are not fetched")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise UnfetchableURL("the URL has no host name")
    try:
        host = ipaddress.ip_address(host).compressed
        if ":" in host:
            host = f"[{host}]"
    except ValueError:
        try:
            host = host.encode("idna").decode("ascii").lower()
        except UnicodeError:
            raise UnfetchableURL(f"not a valid host name: {parts.hostname}") from None
    netloc = host if port is None or port == {"http": 80, "https": 443}[scheme] else f"{host}:{port}"
    query = "&".join(
        pair for pair in parts.query.split("&") if pair and not TRACKING_PARAMS.match(pair.split("=", 1)[0])
    )
    normalized = urlunsplit((scheme, netloc, parts.path or "/", query, ""))
    if len(normalized) > MAX_URL_LENGTH:
        raise UnfetchableURL(f"the URL is longer than {MAX_URL_LENGTH} characters")
    return normalized


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def same_site(url: str, other: str) -> bool:
    """Whether two URLs belong to the same site: equal hosts, or one a subdomain of the other (www. aside)."""
    a = host_of(url).removeprefix("www.")
    b = host_of(other).removeprefix("www.")
    return bool(a and b) and (a == b or a.endswith("." + b) or b.endswith("." + a))


# --- Addresses --------------------------------------------------------------------------------------


def allowed_networks() -> list:
    networks = []
    for cidr in settings.FETCH_ALLOWED_NETWORKS:
        try:
            networks.append(ipaddress.ip_network(cidr, strict=False))
        except ValueError:
            log.warning("FETCH_ALLOWED_NETWORKS: ignoring %r, not a network", cidr)
    return networks


def _embedded_ipv4(ip) -> list:
    """IPv4 addresses an IPv6 address carries (mapped, 6to4, Teredo, NAT64): each is checked too."""
    if ip.version != 6:
        return []
    found = [ip.ipv4_mapped, ip.sixtofour]
    if ip.teredo:
        found.extend(ip.teredo)
    if ip in NAT64:
        found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return [address for address in found if address is not None]


def address_problem(address: str, networks: Iterable | None = None) -> str | None:
    """Why we may not connect to this IP address, or None when we may."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    networks = allowed_networks() if networks is None else list(networks)
    for candidate in [ip, *_embedded_ipv4(ip)]:
        if any(candidate in net for net in NEVER_NETWORKS):
            return f"link-local or cloud metadata address {address} is never allowed"
        if candidate.is_multicast or candidate.is_unspecified:
            return f"address {address} is not allowed"
        if not candidate.is_global and not any(candidate in net for net in networks):
            return f"private address {address} is not allowed"
    return None


_resolver_pool: ThreadPoolExecutor | None = None
_resolver_lock = threading.Lock()


def _resolve(host: str, port: int, timeout: float) -> list[tuple]:
    """getaddrinfo with a timeout (it has none of its own); runs in a small thread pool."""
    global _resolver_pool
    with _resolver_lock:
        if _resolver_pool is None:
            _resolver_pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix="fetch-dns")
    future = _resolver_pool.submit(socket.getaddrinfo, host, port, 0, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        return future.result(timeout=max(timeout, 0.01))
    except FutureTimeout:
        raise FetchFailed(
            f"timed out after {timeout:g} s looking up the name {host}", transient=True, site=True
        ) from None
    except socket.gaierror as exc:
        transient = exc.errno in (socket.EAI_AGAIN, getattr(socket, "EAI_NODATA", -5))
        raise FetchFailed(f"the name {host} does not resolve", transient=transient, site=True) from None


# --- The guarded connection -------------------------------------------------------------------------


class _Guard:
    """One fetch: the allowed networks, the overall deadline, and the sockets to cut when it passes."""

    def __init__(self, deadline: float, connect_timeout: float):
        self.deadline = deadline
        self.connect_timeout = connect_timeout
        self.networks = allowed_networks()
        self.used = 0.0
        self.expired = False
        self._started: float | None = None
        self._timer: threading.Timer | None = None
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()

    def remaining(self) -> float:
        running = time.monotonic() - self._started if self._started is not None else 0.0
        return max(0.0, self.deadline - self.used - running)

    @contextmanager
    def running(self):
        """Count time against the deadline (rate-limit waits in between do not count)."""
        if self.remaining() <= 0:
            self.expired = True
            raise FetchFailed(f"timed out after {self.deadline:g} s", transient=True)
        self._started = time.monotonic()
        self._timer = threading.Timer(self.remaining(), self.expire)
        self._timer.daemon = True
        self._timer.start()
        try:
            yield
        finally:
            self._timer.cancel()
            self.used += time.monotonic() - self._started
            self._started = None

    def expire(self) -> None:
        with self._lock:
            self.expired = True
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            _cut(sock)

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            if not self.expired:
                self._sockets.append(sock)
                return
        _cut(sock)
        raise FetchFailed(f"timed out after {self.deadline:g} s", transient=True)

    def close(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
        with self._lock:
            self._sockets = []

    def connect(self, host: str, port: int, timeout, source_address, socket_options) -> socket.socket:
        """Resolve, check every address, connect to a checked one: the only way our sockets are made."""
        host = host.strip("[]")
        connect_timeout = min(self.connect_timeout, self.remaining())
        infos = _resolve(host, port, connect_timeout)
        for *_, sockaddr in infos:
            problem = address_problem(sockaddr[0], self.networks)
            if problem:
                raise FetchRefused(problem)
        last_error: OSError | None = None
        for family, socktype, proto, _, sockaddr in infos:
            sock = socket.socket(family, socktype, proto)
            try:
                for option in socket_options or ():
                    sock.setsockopt(*option)
                sock.settimeout(max(0.01, min(self.connect_timeout, self.remaining())))
                if source_address:
                    sock.bind(source_address)
                self.watch(sock)
                sock.connect(sockaddr)
                sock.settimeout(timeout if isinstance(timeout, int | float) else None)
                return sock
            except TimeoutError:
                sock.close()
                if self.expired:
                    raise FetchFailed(f"timed out after {self.deadline:g} s", transient=True, site=True) from None
                raise FetchFailed(
                    f"timed out after {self.connect_timeout:g} s connecting to {host}:{port}", transient=True, site=True
                ) from None
            except OSError as exc:
                sock.close()
                last_error = exc
        if self.expired:
            raise FetchFailed(f"timed out after {self.deadline:g} s", transient=True, site=True)
        if last_error is not None and last_error.errno == errno.ECONNREFUSED:
            raise FetchFailed(f"the connection to {host}:{port} was refused", transient=True, site=True)
        reason = last_error.strerror if last_error is not None and last_error.strerror else "no address"
        raise FetchFailed(f"could not connect to {host}:{port}: {reason.lower()}", transient=True, site=True)


def _cut(sock: socket.socket) -> None:
    # socket.socket.shutdown, not SSLSocket.shutdown: wake the reading thread without touching TLS state.
    with suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


_current_guard: contextvars.ContextVar[_Guard | None] = contextvars.ContextVar("fetch_guard", default=None)


class _GuardedConnectionMixin:
    def _new_conn(self):
        guard = _current_guard.get()
        if guard is None:  # fail closed: these connections exist only inside fetch()
            raise FetchRefused("connections are only made through sources.fetching.fetch()")
        return guard.connect(self._dns_host, self.port, self.timeout, self.source_address, self.socket_options)


class GuardedHTTPConnection(_GuardedConnectionMixin, HTTPConnection):
    pass


class GuardedHTTPSConnection(_GuardedConnectionMixin, HTTPSConnection):
    pass


class GuardedHTTPConnectionPool(HTTPConnectionPool):
    ConnectionCls = GuardedHTTPConnection


class GuardedHTTPSConnectionPool(HTTPSConnectionPool):
    ConnectionCls = GuardedHTTPSConnection


class GuardedAdapter(HTTPAdapter):
    """A requests adapter whose every connection goes through _Guard.connect."""

    def __init__(self):
        super().__init__(max_retries=0, pool_connections=4, pool_maxsize=2)

    def init_poolmanager(self, *args, **kwargs):
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": GuardedHTTPConnectionPool,
            "https": GuardedHTTPSConnectionPool,
        }


def _session() -> requests.Session:
    session = requests.Session()
    session.trust_env = False  # no proxies or .netrc from the environment
    session.mount("http://", GuardedAdapter())
    session.mount("https://", GuardedAdapter())
    return session


# --- Rate limit ---------------------------------------------------------------------------------------

# Reserve the host's next slot atomically on the Redis clock, shared by every worker process.
_RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local spacing = tonumber(ARGV[1])
local max_wait = tonumber(ARGV[2])
local last = tonumber(redis.call('GET', KEYS[1]) or '0')
local slot = math.max(now, last + spacing)
if max_wait >= 0 and slot - now > max_wait then
  return -(slot - now) - 1
end
redis.call('SET', KEYS[1], slot, 'PX', spacing + 60000)
return slot - now
"""
# Just before sending: the host's previous request must have started at least the delay ago, whatever
# the reservations said; a worker that woke late from its slot would otherwise crowd the next one.
_START = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local spacing = tonumber(ARGV[1])
local last = tonumber(redis.call('GET', KEYS[1]) or '0')
if now < last + spacing then
  return last + spacing - now
end
redis.call('SET', KEYS[1], now, 'PX', spacing + 60000)
return 0
"""


class RateLimiter:
    """One request per host per crawl delay across all workers (Redis), or per process without Redis.

    Workers reserve slots in turn (reserve), sleep until theirs, then mark the request as starting
    (start), which holds them back if the previous request started late.
    """

    def __init__(self):
        self._scripts = None
        self._redis_url = None
        self._slots: dict[str, float] = {}
        self._starts: dict[str, float] = {}
        self._lock = threading.Lock()

    @staticmethod
    def spacing(delay: float) -> float:
        # A little more than the delay between reservations, so that start() seldom has to hold anyone back.
        return delay + min(delay * 0.1, 0.25) if delay > 0 else 0.0

    @staticmethod
    def start_spacing(delay: float) -> float:
        # The site sees our requests after a few milliseconds of our own jitter: never closer than the delay.
        return delay + min(delay * 0.05, 0.05) if delay > 0 else 0.0

    def wait_turn(self, host: str, delay: float, max_wait: float | None = None) -> None:
        """Sleep until a request to host may start; RateLimited if the wait would exceed max_wait."""
        if delay <= 0:
            return
        wait = self.reserve(host, delay, max_wait)
        while wait > 0:
            time.sleep(wait)
            wait = self.start(host, delay)

    def reserve(self, host: str, delay: float, max_wait: float | None = None) -> float:
        """Seconds to wait before the request to host; RateLimited if longer than max_wait."""
        spacing = self.spacing(delay)
        if spacing <= 0:
            return 0.0
        waited = self._redis("reserve", host, int(spacing * 1000), -1 if max_wait is None else int(max_wait * 1000))
        if waited is not None:
            if waited < 0:
                raise RateLimited((-waited - 1) / 1000)
            return waited / 1000 or self.start(host, delay)
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._slots.get(host, 0.0) + spacing)
            if max_wait is not None and slot - now > max_wait:
                raise RateLimited(slot - now)
            self._slots[host] = slot
        return slot - now or self.start(host, delay)

    def start(self, host: str, delay: float) -> float:
        """Mark a request to host as starting now and return 0, or return the seconds to wait first."""
        spacing = self.start_spacing(delay)
        waited = self._redis("start", host, int(spacing * 1000))
        if waited is not None:
            return waited / 1000
        with self._lock:
            now = time.monotonic()
            last = self._starts.get(host)
            if last is not None and now < last + spacing:
                return last + spacing - now
            self._starts[host] = now
            return 0.0

    def _redis(self, name: str, host: str, *args) -> int | None:
        """Run one of the scripts; None when there is no Redis or it does not answer."""
        url = getattr(settings, "REDIS_URL", "")
        if not url:
            return None
        try:
            if self._scripts is None or self._redis_url != url:
                import redis

                client = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
                self._scripts = {"reserve": client.register_script(_RESERVE), "start": client.register_script(_START)}
                self._redis_url = url
            return int(self._scripts[name](keys=[f"fetch:rate:{name}:{host}"], args=list(args)))
        except Exception as exc:  # Redis down: be polite per process rather than not at all
            log.warning("rate limit: Redis unavailable (%s), limiting per process", exc)
            return None


rate_limiter = RateLimiter()


# --- Robots.txt ---------------------------------------------------------------------------------------


@dataclass
class Robots:
    """A host's robots.txt as we understood it: rules, allow everything, or (unreachable) nothing."""

    kind: str  # rules | allow | deny
    text: str = ""
    reason: str = ""

    def as_cached(self) -> dict:
        return {"kind": self.kind, "text": self.text, "reason": self.reason}

    def parser(self):
        if "_parsed" not in self.__dict__:
            from protego import Protego

            self._parsed = Protego.parse(self.text)
        return self._parsed

    def allows(self, url: str, agent: str) -> bool:
        if self.kind == "allow":
            return True
        if self.kind == "deny":
            return False
        return self.parser().can_fetch(url, agent)

    def crawl_delay(self, agent: str) -> float | None:
        if self.kind != "rules":
            return None
        delay = self.parser().crawl_delay(agent)
        return float(delay) if delay is not None else None


def agent_token() -> str:
    """The product token robots.txt groups name us by: "factcheck" in "factcheck/0.1 (…)"."""
    return re.split(r"[/\s]", settings.FETCH_USER_AGENT.strip(), maxsplit=1)[0] or "*"


# --- Fetching -------------------------------------------------------------------------------------------


def _megabytes(size: int) -> str:
    return f"{size / 1048576:g} MB" if size >= 1048576 else f"{size / 1024:g} KB"


class _Decoder:
    """Content-Encoding removed with a bound on the output, so a small bomb never becomes a big buffer."""

    def __init__(self, encoding: str):
        encoding = encoding.strip().lower()
        self.encoding = encoding
        if encoding in ("", "identity"):
            self._new = None
        elif encoding in ("gzip", "x-gzip"):
            self._new = lambda: zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._new = lambda: zlib.decompressobj(zlib.MAX_WBITS)
        else:
            raise FetchRefused(f"unsupported content encoding {encoding}")
        self._d = self._new() if self._new else None
        self._raw_deflate_tried = False

    def feed(self, data: bytes, limit: int) -> bytes:
        """Up to limit + 1 bytes of output: one more than allowed is enough to know it is too big."""
        if self._d is None:
            return data
        out = bytearray()
        while data and len(out) <= limit:
            try:
                out += self._d.decompress(data, limit + 1 - len(out))
            except zlib.error:
                if self.encoding == "deflate" and not self._raw_deflate_tried and not out:
                    # Some servers send raw deflate without the zlib header.
                    self._raw_deflate_tried = True
                    self._d = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise FetchFailed(f"the {self.encoding} body is corrupt") from None
            if self._d.unconsumed_tail:
                data = self._d.unconsumed_tail
            elif self._d.eof and self._d.unused_data:
                data = self._d.unused_data  # another gzip member follows
                self._d = self._new()
            else:
                data = b""
        return bytes(out)


@dataclass
class _Response:
    url: str
    status: int
    headers: dict
    content_type: str = ""
    charset: str = ""
    body: bytes = b""
    raw_size: int = 0


class _Fetch:
    """The state of one fetch: its session, guard, rate-limit budget and options."""

    def __init__(self, *, crawl_delay, max_wait, max_bytes, accept):
        self.guard = _Guard(float(settings.FETCH_DEADLINE), float(settings.FETCH_CONNECT_TIMEOUT))
        self.session = _session()
        self.crawl_delay = crawl_delay
        self.max_wait = max_wait
        self.max_bytes = int(max_bytes or settings.FETCH_MAX_BYTES)
        self.accept = accept
        self.agent = settings.FETCH_USER_AGENT
        self.token = agent_token()
        self.timeouts = (float(settings.FETCH_CONNECT_TIMEOUT), float(settings.FETCH_READ_TIMEOUT))
        self._robots: dict[str, Robots] = {}
        self._first_request = True

    def close(self) -> None:
        self.guard.close()
        self.session.close()

    # The rate limit: only the first wait may be refused (deferred); later ones are part of this fetch.
    def wait_turn(self, host: str, delay: float) -> None:
        max_wait = self.max_wait if self._first_request else None
        self._first_request = False
        rate_limiter.wait_turn(host, delay, max_wait)

    def delay_for(self, robots: Robots | None) -> float:
        delays = [float(settings.FETCH_DEFAULT_CRAWL_DELAY) if self.crawl_delay is None else float(self.crawl_delay)]
        robots_delay = robots.crawl_delay(self.token) if robots else None
        if robots_delay is not None:
            # The site's own Crawl-delay wins over a shorter one of ours.
            delays.append(min(robots_delay, 60.0))
        return max(delays)

    def robots(self, url: str) -> Robots:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin in self._robots:
            return self._robots[origin]
        key = f"fetch:robots:{origin}"
        try:
            cached = cache.get(key)
        except Exception as exc:  # the cache is Redis: down, it only costs a robots.txt fetch per page
            log.warning("robots.txt cache unavailable (%s)", exc)
            cached = None
        if cached:
            robots = Robots(**cached)
        else:
            robots, ttl = self._fetch_robots(origin + "/robots.txt")
            with suppress(Exception):
                cache.set(key, robots.as_cached(), ttl)
        self._robots[origin] = robots
        return robots

    def _fetch_robots(self, url: str) -> tuple[Robots, int]:
        ttl = int(settings.FETCH_ROBOTS_CACHE_SECONDS)
        try:
            response = self.get(
                url, max_redirects=ROBOTS_MAX_REDIRECTS, max_bytes=ROBOTS_MAX_BYTES, accept=None, robots=False
            )
        except FetchRefused:
            raise
        except FetchFailed as exc:
            # Unreachable is unreachable: "the name does not resolve", not "robots.txt could not be fetched".
            reason = exc.reason if exc.site else f"robots.txt could not be fetched ({exc.reason})"
            return Robots("deny", reason=reason), ROBOTS_UNREACHABLE_SECONDS
        if 200 <= response.status < 300:
            return Robots("rules", text=response.body.decode("utf-8", "replace")), ttl
        if 400 <= response.status < 500 and response.status != 429:
            return Robots("allow"), ttl  # RFC 9309: no robots.txt means no restriction
        return (
            Robots("deny", reason=f"robots.txt could not be fetched (HTTP {response.status})"),
            ROBOTS_UNREACHABLE_SECONDS,
        )

    def get(
        self,
        url: str,
        *,
        max_redirects: int,
        max_bytes: int,
        accept,
        robots: bool = True,
        extra_headers: dict | None = None,
    ) -> _Response:
        """GET url following redirects by hand; every hop is checked. Returns the final response."""
        current = url
        for _ in range(max_redirects + 1):
            current = normalize_url(current)
            host = host_of(current)
            rules = None
            if robots:
                rules = self.robots(current)
                if not rules.allows(current, self.token):
                    if rules.kind == "deny":
                        raise FetchFailed(rules.reason, transient=True)
                    raise FetchRefused("robots.txt disallows this path")
            self.wait_turn(host, self.delay_for(rules))
            response = self._request(current, max_bytes=max_bytes, accept=accept, extra_headers=extra_headers)
            if isinstance(response, str):  # a redirect: its target, resolved against this URL
                current = response
                continue
            return response
        raise FetchRefused(f"too many redirects ({max_redirects})")

    def _request(self, url: str, *, max_bytes: int, accept, extra_headers) -> _Response | str:
        headers = {
            "User-Agent": self.agent,
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1",
            "Accept-Encoding": "gzip, deflate",
            **(extra_headers or {}),
        }
        with self.guard.running():
            try:
                response = self.session.get(
                    url, headers=headers, stream=True, allow_redirects=False, timeout=self.timeouts
                )
            except (FetchRefused, FetchFailed):
                raise
            except requests.RequestException as exc:
                raise self._network_failure(exc, url) from None
            try:
                return self._read(response, url, max_bytes=max_bytes, accept=accept)
            finally:
                response.close()

    def _read(self, response, url: str, *, max_bytes: int, accept) -> _Response | str:
        status = response.status_code
        if status in REDIRECT_STATUSES and response.headers.get("Location"):
            try:
                return urljoin(url, response.headers["Location"].strip())
            except ValueError:
                raise FetchFailed("the redirect's Location header is not a URL", status=status) from None
        content_type = response.headers.get("Content-Type", "")
        media, _, params = content_type.partition(";")
        media = media.strip().lower()
        charset = ""
        match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", params, re.I)
        if match:
            charset = match.group(1)
        result = _Response(url=url, status=status, headers=dict(response.headers), content_type=media, charset=charset)
        if not 200 <= status < 300:
            return result
        if accept is not None and media and media not in accept:
            raise FetchRefused(f"wrong content type {media}", status=status)
        length = response.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > max_bytes:
            raise FetchRefused(f"body larger than {_megabytes(max_bytes)}", status=status)
        decoder = _Decoder(response.headers.get("Content-Encoding", ""))
        body = bytearray()
        raw_size = 0
        try:
            while True:
                data = response.raw.read(CHUNK, decode_content=False)
                if not data:
                    break
                raw_size += len(data)
                if raw_size > max_bytes:
                    raise FetchRefused(f"body larger than {_megabytes(max_bytes)}", status=status)
                body += decoder.feed(data, max_bytes - len(body))
                if len(body) > max_bytes:
                    raise FetchRefused(f"body larger than {_megabytes(max_bytes)} once decompressed", status=status)
        except (FetchRefused, FetchFailed):
            raise
        except Exception as exc:
            if isinstance(exc, SoftTimeLimitExceeded):
                raise
            raise self._network_failure(exc, url, status=status) from None
        if self.guard.expired:
            raise FetchFailed(f"timed out after {self.guard.deadline:g} s", transient=True, status=status)
        if accept is not None and not media:
            media = _sniff(bytes(body))
            if media not in accept:
                raise FetchRefused("no content type, and the body does not look like a web page", status=status)
            result.content_type = media
        result.body = bytes(body)
        result.raw_size = raw_size
        return result

    def _network_failure(self, exc: Exception, url: str, status: int | None = None) -> FetchFailed:
        if self.guard.expired:
            return FetchFailed(f"timed out after {self.guard.deadline:g} s", transient=True, status=status)
        # requests wraps our own refusals raised inside the connection; unwrap them.
        cause = exc
        while cause is not None:
            if isinstance(cause, FetchRefused | FetchFailed):
                return cause
            cause = cause.__context__ or cause.__cause__
        host = host_of(url)
        if isinstance(exc, requests.ConnectTimeout):
            return FetchFailed(
                f"timed out after {self.timeouts[0]:g} s connecting to {host}", transient=True, site=True
            )
        if isinstance(exc, requests.ReadTimeout) or "timed out" in str(exc).lower():
            return FetchFailed(
                f"timed out after {self.timeouts[1]:g} s: {host} sent nothing", transient=True, status=status, site=True
            )
        if isinstance(exc, requests.exceptions.SSLError):
            return FetchFailed(f"secure connection to {host} failed (TLS certificate or protocol error)")
        if isinstance(exc, requests.exceptions.InvalidURL | requests.exceptions.InvalidSchema):
            return FetchFailed(f"not a valid URL: {url}")
        return FetchFailed(f"connection to {host} failed ({exc.__class__.__name__})", transient=True, status=status)


def _sniff(body: bytes) -> str:
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or b"<html" in head:
        return "text/html"
    if head.startswith(b"<?xml") or head.startswith((b"<rss", b"<feed")):
        return "application/xml"
    if head and b"\x00" not in head:
        return "text/plain"
    return "application/octet-stream"


def fetch(
    url: str,
    *,
    etag: str = "",
    last_modified: str = "",
    crawl_delay: float | None = None,
    max_wait: float | None = None,
    max_bytes: int | None = None,
    accept: Iterable[str] | None = DOCUMENT_TYPES,
) -> FetchResult:
    """Fetch one URL under every fetching rule. Never raises for a network problem or a refusal.

    etag / last_modified make a conditional GET (outcome "not_modified" on 304). crawl_delay is the
    source's (None: the default); robots.txt's Crawl-delay wins when longer. With max_wait, a host whose
    next free slot is further away comes back as outcome "deferred" with retry_after, nothing fetched.
    accept: the media types taken (None takes anything, for sitemaps and other raw files).
    """
    started = time.monotonic()
    try:
        url = normalize_url(url)
    except UnfetchableURL as exc:
        return FetchResult(url=url, outcome="refused", reason=str(exc))
    conditional = {}
    if etag:
        conditional["If-None-Match"] = etag
    if last_modified:
        conditional["If-Modified-Since"] = last_modified
    state = _Fetch(
        crawl_delay=crawl_delay,
        max_wait=max_wait,
        max_bytes=max_bytes,
        accept=frozenset(accept) if accept is not None else None,
    )
    token = _current_guard.set(state.guard)
    result = FetchResult(url=url, outcome="failed")
    try:
        response = state.get(
            url,
            max_redirects=int(settings.FETCH_MAX_REDIRECTS),
            max_bytes=state.max_bytes,
            accept=state.accept,
            extra_headers=conditional,
        )
        result.final_url = response.url
        result.status = response.status
        result.headers = response.headers
        result.etag = response.headers.get("ETag", "")[:500]
        result.last_modified = response.headers.get("Last-Modified", "")[:100]
        if response.status == 304 and conditional:
            result.outcome = "not_modified"
        elif 200 <= response.status < 300:
            result.outcome = "ok"
            result.content_type = response.content_type
            result.charset = response.charset
            result.body = response.body
            result.raw_size = response.raw_size
        else:
            result.reason = f"HTTP {response.status}"
            result.transient = response.status in TRANSIENT_STATUSES
            result.retry_after = _retry_after(response.headers.get("Retry-After", ""))
    except FetchRefused as exc:
        result.outcome, result.reason, result.status = "refused", exc.reason, exc.status
    except FetchFailed as exc:
        result.reason, result.transient, result.status = exc.reason, exc.transient, exc.status
    except UnfetchableURL as exc:
        result.outcome, result.reason = "refused", f"redirected to a URL we do not fetch: {exc}"
    except RateLimited as exc:
        result.outcome, result.reason, result.retry_after = "deferred", str(exc), exc.wait
    except SoftTimeLimitExceeded:
        raise
    except Exception as exc:  # a bug of ours must not take the worker down with it
        log.exception("fetch %s failed unexpectedly", url)
        result.reason = f"unexpected error ({exc.__class__.__name__}: {exc})"[:500]
    finally:
        _current_guard.reset(token)
        state.close()
    result.elapsed = time.monotonic() - started
    return result


def _retry_after(value: str) -> float | None:
    value = value.strip()
    if value.isdigit():
        return float(min(int(value), 86400))
    return None


# --- Extraction ---------------------------------------------------------------------------------------


@dataclass
class Page:
    """What a fetched document says about itself."""

    title: str = ""
    author: str = ""
    published_at: datetime | None = None
    language: str = ""
    canonical_url: str = ""
    text: str = ""
    # Why no text could be read: the page is then not archived as text (never as markup).
    error: str = ""

    @property
    def published_zone(self) -> str:
        """The UTC offset the page wrote its date in ("+04:00"), which its clock times most likely share."""
        return utc_offset_name(self.published_at) if self.published_at else ""


def utc_offset_name(moment: datetime) -> str:
    minutes = int(moment.utcoffset().total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']""", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def decode_body(body: bytes, declared: str = "") -> str:
    """Text from bytes: BOM, declared charset, meta/XML charset, then detection; never raises."""
    candidates = []
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if body.startswith(bom):
            candidates.append(encoding)
    if declared:
        candidates.append(declared)
    head = body[:4096]
    for pattern in (_META_CHARSET, _XML_ENCODING):
        match = pattern.search(head)
        if match:
            candidates.append(match.group(1).decode("ascii", "ignore"))
    for encoding in candidates:
        try:
            return _CONTROL.sub("", body.decode(encoding))
        except (LookupError, UnicodeError, ValueError):
            continue
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(body[:200_000]).best()
        if best is not None and best.encoding:
            return _CONTROL.sub("", body.decode(best.encoding, "replace"))
    except Exception:  # detection is a guess; a failed guess falls back below
        log.debug("charset detection failed", exc_info=True)
    return _CONTROL.sub("", body.decode("utf-8", "replace"))


def _clean(value, limit: int) -> str:
    if isinstance(value, list):
        value = ", ".join(str(item) for item in value if item)
    return re.sub(r"\s+", " ", str(value or "")).strip()[:limit]


def _json_ld_items(tree) -> list[dict]:
    items = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content() or "null")
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                items.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
    return items


def _ld_types(item: dict) -> set[str]:
    kinds = item.get("@type") or []
    return {str(kind) for kind in (kinds if isinstance(kinds, list) else [kinds])}


def _ld_person(value) -> str:
    if isinstance(value, list):
        return ", ".join(filter(None, (_ld_person(item) for item in value)))
    if isinstance(value, dict):
        return str(value.get("name") or "")
    return str(value or "")


def _meta(tree, *names: str) -> str:
    for name in names:
        for attribute in ("property", "name", "itemprop"):
            found = tree.xpath(f'//meta[@{attribute}="{name}"]/@content')
            if found and found[0].strip():
                return found[0].strip()
    return ""


def parse_datetime(value: str) -> datetime | None:
    """A timezone-aware datetime from the many ways pages write dates, or None."""
    value = (value or "").strip()
    if not value:
        return None
    from dateutil import parser

    try:
        parsed = parser.isoparse(value)
    except (ValueError, OverflowError):
        try:
            parsed = parser.parse(value, fuzzy=False)
        except (ValueError, OverflowError, parser.ParserError):
            return None
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed, timezone.get_default_timezone())
    if not datetime(1990, 1, 1, tzinfo=UTC) <= parsed <= timezone.now() + timedelta(days=2):
        return None  # a typo or a placeholder, not a publication date
    return parsed


def _language(tree, text: str) -> str:
    declared = (
        (tree.xpath("/html/@lang") or tree.xpath("//html/@lang") or [""])[0]
        or _meta(tree, "og:locale", "language", "dc.language", "DC.language")
        or (tree.xpath('//meta[@http-equiv="content-language" or @http-equiv="Content-Language"]/@content') or [""])[0]
    )
    code = re.split(r"[-_,\s]", declared.strip().lower(), maxsplit=1)[0] if declared else ""
    if re.fullmatch(r"[a-z]{2,3}", code or ""):
        return code
    return guess_language(text)


def guess_language(text: str) -> str:
    if len(text) < 40:
        return ""
    try:
        from py3langid.langid import classify
    except ImportError:  # pragma: no cover
        return ""
    try:
        return classify(text[:5000])[0]
    except Exception:
        return ""


_BOILERPLATE = "//script|//style|//noscript|//nav|//header|//footer|//aside|//form|//iframe|//svg|//template"


def _fallback_text(tree) -> str:
    """Visible text without navigation, for pages trafilatura finds too little in."""
    from lxml import etree

    for node in tree.xpath(_BOILERPLATE + "|//*[@role='navigation' or @role='banner' or @role='contentinfo']"):
        parent = node.getparent()
        if parent is not None:
            parent.remove(node)
    body = tree.find(".//body")
    root = body if body is not None else tree
    lines = []
    for block in root.iter():
        if not isinstance(block.tag, str):
            continue
        if block.tag in ("p", "h1", "h2", "h3", "h4", "li", "blockquote", "pre", "td", "dd", "dt"):
            line = _clean(etree.tostring(block, method="text", encoding="unicode", with_tail=False), 100_000)
            if line:
                lines.append(line)
    if not lines:
        lines = [_clean(root.text_content(), 1_000_000)]
    return "\n".join(lines)


def extract_page(body: bytes, *, url: str, content_type: str = "text/html", charset: str = "") -> Page:
    """Title, author, published date, language, canonical URL and main text; never raises.

    When the HTML cannot be read (the extractor fails to load, or fails on this page), the Page carries the
    reason in `error` and no text: markup is never passed off as text.
    """
    try:
        text = decode_body(body, charset)
        if content_type == "text/plain":
            page = Page(
                text=text.strip(), language=guess_language(text), title=_clean(text.strip()[:200].split("\n")[0], 500)
            )
        elif content_type in FEED_TYPES:
            page = _extract_feed(body, url)
        else:
            page = _extract_html(text, url)
        # JSON-LD and entities can still carry control characters ("\u0001", "&#1;") that the body's decoding let by.
        page.title, page.author, page.text = clean_text(page.title), clean_text(page.author), clean_text(page.text)
        return page
    except SoftTimeLimitExceeded:
        raise
    except ImportError as exc:
        log.error("the HTML extractor cannot load: %s", exc)
        return Page(error=f"the HTML text extractor cannot load ({exc}); the installation is incomplete")
    except Exception as exc:
        log.exception("extracting %s failed", url)
        return Page(error=f"the page's text could not be extracted ({exc.__class__.__name__}: {exc})"[:500])


def _extract_html(html: str, url: str) -> Page:
    import lxml.html
    import trafilatura
    from lxml.etree import ParserError

    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)  # lxml refuses str input with an encoding declaration
    if not html.strip():
        return Page()
    try:
        tree = lxml.html.document_fromstring(html)
    except (ParserError, ValueError):
        return Page(error="the page is not readable HTML")
    items = _json_ld_items(tree)
    article = next(
        (item for item in items if _ld_types(item) & {"NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle",
                                                       "AnalysisNewsArticle", "WebPage", "Report"}),
        {},
    )  # fmt: skip
    title = _clean(article.get("headline") or _meta(tree, "og:title", "twitter:title"), 500)
    if not title:
        title = _clean((tree.xpath("//title/text()") or [""])[0], 500)
    author = _clean(_ld_person(article.get("author")), 300)
    if not author:
        meta_author = _meta(tree, "author", "article:author", "byl", "dc.creator", "DC.creator")
        author = "" if meta_author.startswith(("http://", "https://")) else _clean(meta_author, 300)
    published = parse_datetime(str(article.get("datePublished") or "")) or parse_datetime(
        _meta(tree, "article:published_time", "og:article:published_time", "datePublished", "pubdate",
              "publishdate", "publish-date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "DC.date.issued",
              "dc.date", "DC.date", "date")
        or (tree.xpath("//time[@itemprop='datePublished']/@datetime | //time[@pubdate]/@datetime") or [""])[0]
    )  # fmt: skip
    canonical = ""
    for href in tree.xpath(
        "//link[contains(concat(' ', translate(@rel, 'CANONICAL', 'canonical'), ' '), ' canonical ')]/@href"
    ):
        try:
            candidate = normalize_url(urljoin(url, href.strip()))
        except (UnfetchableURL, ValueError):
            continue
        if same_site(candidate, url):
            canonical = candidate
            break

    # trafilatura's own metadata (heuristics on bylines, dates in text and URL) only for what the page's
    # tags did not say: it costs about as much as the main-text extraction.
    if not (title and author and published):
        from trafilatura.metadata import extract_metadata

        metadata = extract_metadata(tree, default_url=url)
        title = title or _clean(metadata.title, 500)
        author = author or _clean(metadata.author, 300)
        published = published or parse_datetime(metadata.date or "")
    # trafilatura cleans the tree it is given in place: metadata above first, main text now.
    # fast: trafilatura's own extractor without its readability/jusText second opinions (half the CPU);
    # the visible-text fallback below still catches the pages it finds too little in.
    extracted = trafilatura.bare_extraction(
        tree, url=url, fast=True, with_metadata=False, include_comments=False, include_tables=True, include_images=False
    )
    main_text = (extracted.text if extracted is not None else "") or ""
    if len(main_text) < 200:
        fallback = _fallback_text(lxml.html.document_fromstring(html))
        if len(fallback) > len(main_text):
            main_text = fallback
    return Page(
        title=title,
        author=author,
        published_at=published,
        language=_language(tree, main_text),
        canonical_url=canonical,
        text=main_text.strip(),
    )


def _extract_feed(body: bytes, url: str) -> Page:
    from lxml import etree

    # No entities, no DTD, no network: a feed is data, never instructions to our parser.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=True, huge_tree=False)
    root = etree.fromstring(body, parser)
    if root is None:
        return Page()
    titles = [_clean(node.text, 500) for node in root.iter() if isinstance(node.tag, str) and
              etree.QName(node).localname == "title" and node.text]  # fmt: skip
    text = "\n".join(titles)
    return Page(title=titles[0] if titles else "", text=text, language=guess_language(text))


_WARM_UP_PAGE = "<p>Une page courte, sans langue déclarée, dont il faut deviner la langue.</p>".encode()


def warm_up() -> None:
    """Load what extraction loads lazily (language model, stop lists), e.g. in a worker before its pool forks."""
    extract_page(_WARM_UP_PAGE, url="http://warm-up.invalid/page")
