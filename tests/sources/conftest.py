# The local test web's fixtures (web, loopback_only, fetch_workers) live beside its servers.
from tests.sources.hostile_web import fetch_workers, loopback_only, web  # noqa: F401
