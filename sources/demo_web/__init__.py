"""Demo web: fake, clearly labelled "(demo)" news sites served on loopback addresses 127.0.0.N.

Used by the test suite to measure cross-lingual evidence retrieval (French/English) on eight real events (three of
September 2023: Nagorno-Karabakh offensive, Al Haouz earthquake, Derna floods; the Maui wildfires of August 2023,
which destroyed Lahaina; the Hualien earthquake of April 2024; the Notre-Dame de Paris fire of 15 April 2019;
two held out from tuning, in pages_heldout.py and truth_heldout.py, and in pages_heldout_c.py and
truth_heldout_c.py) and by the app as offline demo sources.
Standard library only.

Each site serves /robots.txt, / (its pages, newest first), /<yyyy>/<mm>/<slug>.html, and, depending on its
settings, /feed.xml (RSS 2.0), /sitemap.xml and /search?q=... Run `python -m sources.demo_web` to serve it.
"""

import copy
from pathlib import Path

from .pages import PAGES
from .server import DemoWeb
from .sites import SITES
from .truth import TRUTH

ARTICLES_DIR = Path(__file__).resolve().parent / "articles"


def load_pages() -> list[dict]:
    """A copy of every page dict (see pages.py for the keys)."""
    return copy.deepcopy(PAGES)


def load_truth() -> dict:
    """A copy of the annotation: {article name: {"event", "lang", "published", "claims": [...]}}."""
    return copy.deepcopy(TRUTH)


def load_article(name: str) -> str:
    """The text of articles/<name>.txt (title line, blank line, paragraphs)."""
    return (ARTICLES_DIR / f"{name}.txt").read_text(encoding="utf-8")


__all__ = ["ARTICLES_DIR", "SITES", "DemoWeb", "load_article", "load_pages", "load_truth"]
