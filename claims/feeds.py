"""RSS of published verdicts, for readers, newsletters and partner newsrooms."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse, reverse_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .models import Verdict

FEED_SIZE = 50


class LatestVerdictsFeed(Feed):
    link = reverse_lazy("verdict-list")
    description = _("The latest claims we checked, with their rating.")

    def title(self) -> str:
        return _("%(organisation)s: fact-checks") % {"organisation": settings.FACTCHECK_ORGANISATION}

    def feed_url(self) -> str:
        return reverse("verdict-feed")

    def items(self):
        return (
            Verdict.objects.published()
            .select_related("rating", "claim__article")
            .order_by("-published_at", "-pk")[:FEED_SIZE]
        )

    def item_title(self, verdict: Verdict) -> str:
        label = verdict.rating.label(get_language() or "en") if verdict.rating else ""
        return f"{label} — {verdict.claim.text}" if label else verdict.claim.text

    def item_description(self, verdict: Verdict) -> str:
        return verdict.summary

    def item_pubdate(self, verdict: Verdict):
        return verdict.published_at

    def item_updateddate(self, verdict: Verdict):
        return verdict.updated_at

    def item_author_name(self) -> str:
        return settings.FACTCHECK_ORGANISATION
