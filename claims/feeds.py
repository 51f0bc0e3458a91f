"""RSS of published verdicts, for readers, newsletters and partner newsrooms."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from factcheck.text import clean_text

from .models import Verdict

FEED_SIZE = 50


@method_decorator(require_safe, name="__call__")  # a feed is read, never written: PUT, POST, DELETE get 405
class LatestVerdictsFeed(Feed):
    link = reverse_lazy("verdict-list")
    description = _("The latest claims we checked, with their rating.")

    def title(self) -> str:
        return clean_text(_("%(organisation)s: fact-checks") % {"organisation": settings.FACTCHECK_ORGANISATION})

    def feed_url(self) -> str:
        return reverse("verdict-feed")

    def items(self):
        return (
            Verdict.objects.published()
            .select_related("rating", "claim__article")
            .order_by("-published_at", "-pk")[:FEED_SIZE]
        )

    # Cleaned again on the way out: a row stored before text was cleaned at the boundary would make the whole
    # feed unserializable (XML 1.0 has no control characters), not just its own item.
    def item_title(self, verdict: Verdict) -> str:
        label = verdict.rating.label(get_language() or "en") if verdict.rating else ""
        text = clean_text(verdict.claim.text)
        return f"{label} — {text}" if label else text

    def item_description(self, verdict: Verdict) -> str:
        return clean_text(verdict.summary)

    def item_pubdate(self, verdict: Verdict):
        return verdict.published_at

    def item_updateddate(self, verdict: Verdict):
        return verdict.updated_at

    def item_author_name(self) -> str:
        return settings.FACTCHECK_ORGANISATION
