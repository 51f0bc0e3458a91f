"""What a site is: one spelling per homepage, and which URLs belong to a source (host, scheme and port).

Plain functions, no database: the model, the form, the importer, discovery and source_for_url share them.
"""

import re
from urllib.parse import urlsplit, urlunsplit

DEFAULT_PORTS = {"http": 80, "https": 443}
# The pages servers give for "/": a homepage spelt with one of them is the same homepage.
INDEX_PAGE = re.compile(r"/(index|default|home)\.(html?|php|aspx?|shtml)$", re.I)


def homepage_normalize(url: str) -> str:
    """One spelling per homepage: lower-case scheme and host, no default port, no index page, no fragment."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if not scheme or not host:
        return url
    if ":" in host:  # an IPv6 address
        host = f"[{host}]"
    netloc = host if port is None or port == DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
    path = INDEX_PAGE.sub("/", parts.path or "/")
    return urlunsplit((scheme, netloc, path, parts.query, ""))


def origin_of(url: str) -> tuple[str, str, int | None]:
    """(scheme, host without "www.", port) of a URL; the port is the scheme's default when none is written."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return "", "", None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".").removeprefix("www.")
    return scheme, host, port if port is not None else DEFAULT_PORTS.get(scheme)


def site_key(url: str) -> str:
    """What makes two homepages one site: the host without "www.", a port other than 80 or 443, and the path.

    http and https on their default ports are one site (a site that moved to https is still itself);
    on any other port the scheme is part of the site too.
    """
    homepage = homepage_normalize(url)
    scheme, host, port = origin_of(homepage)
    if not host:
        return homepage.lower()
    path = urlsplit(homepage).path or "/"
    query = urlsplit(homepage).query
    where = host if (scheme, port) in DEFAULT_PORTS.items() else f"{scheme}://{host}:{port}"
    return where + path.rstrip("/") + "/" + (f"?{query}" if query else "")


def same_origin(scheme: str, port: int | None, other_scheme: str, other_port: int | None) -> bool:
    """Whether a URL's scheme and port reach a source's: http:80 and https:443 are one site, any other
    port must be the same port with the same scheme (127.0.0.1:1 is not the site on 127.0.0.1:8765)."""
    standard = (scheme, port) in DEFAULT_PORTS.items()
    other_standard = (other_scheme, other_port) in DEFAULT_PORTS.items()
    if standard or other_standard:
        return standard and other_standard
    return (scheme, port) == (other_scheme, other_port)


def host_suffixes(host: str) -> list[str]:
    """The host and each parent domain, longest first: the names a source may have registered for it."""
    host = host.lower().rstrip(".").removeprefix("www.")
    if not host:
        return []
    if host.startswith("[") or re.fullmatch(r"[\d.]+", host):
        return [host]  # an IP address has no parent domain
    labels = host.split(".")
    return [".".join(labels[index:]) for index in range(len(labels))]


def source_hosts(homepage: str, domains: list | None) -> list[str]:
    """The host names (without "www.") whose pages belong to a source: its domains and its homepage's host."""
    names = [origin_of(homepage)[1]]
    for name in domains or []:
        name = str(name).strip().lower().rstrip(".").removeprefix("www.")
        if name and name not in names:
            names.append(name)
    return [name for name in names if name]


def url_on_source(url: str, *, homepage: str, domains: list | None) -> bool:
    """Whether a URL is one of the source's pages: on one of its hosts (or a subdomain), scheme and port alike."""
    scheme, host, port = origin_of(url)
    if scheme not in DEFAULT_PORTS or not host:
        return False
    source_scheme, _, source_port = origin_of(homepage)
    if not same_origin(scheme, port, source_scheme, source_port):
        return False
    return any(host == name or host.endswith("." + name) for name in source_hosts(homepage, domains))
