"""Forms of the source registry: one SourceForm validates the admin and the bulk import alike."""

import re
from urllib.parse import urlsplit, urlunsplit

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

from .models import Source

http_url = URLValidator(schemes=["http", "https"])
HOSTNAME = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$|^localhost$")
LANGUAGE = re.compile(r"^[a-z]{2,3}$")
MAX_FEEDS = 20


def homepage_normalize(url: str) -> str:
    """One spelling per homepage, so that an import finds the source it updates."""
    url = url.strip()
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return url
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def domain_of(url: str) -> str:
    """The registrable-looking host of a URL: "www." is dropped so that subdomains match too."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return host.removeprefix("www.")


def host_in_domains(host: str, domains: list[str]) -> bool:
    """True when host is one of the domains or a subdomain of one."""
    host = (host or "").lower().rstrip(".")
    return any(host == domain or host.endswith("." + domain) for domain in domains)


class ListField(forms.Field):
    """A list stored as JSON, typed in the admin as text and given as a list by the importer."""

    widget = forms.Textarea(attrs={"rows": 3, "cols": 80})

    def __init__(self, *, separator: str = r"[\s,|]+", joiner: str = ", ", **kwargs):
        self.separator = re.compile(separator)
        self.joiner = joiner
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def to_python(self, value) -> list[str]:
        if value in (None, ""):
            return []
        if isinstance(value, str):
            items = self.separator.split(value)
        elif isinstance(value, list | tuple):
            items = value
        else:
            raise ValidationError(_("Enter a list."), code="invalid")
        cleaned = []
        for item in items:
            if not isinstance(item, str):
                raise ValidationError(_("Every item must be text, not %(item)r."), params={"item": item})
            item = item.strip()
            if item and item not in cleaned:
                cleaned.append(item)
        return cleaned

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return self.joiner.join(str(item) for item in value)
        return value

    def has_changed(self, initial, data):
        return self.to_python(initial or []) != self.to_python(data or [])


class SourceForm(forms.ModelForm):
    homepage = forms.URLField(label=_("homepage"), max_length=500, assume_scheme="https", validators=[http_url])
    domains = ListField(
        label=_("domains"),
        help_text=_("Host names whose pages belong to this source, separated by commas; subdomains are included. "
                    "Left empty, the homepage's host is used."),
    )  # fmt: skip
    languages = ListField(label=_("languages"), help_text=_("ISO 639-1 codes separated by commas, e.g. fr, en."))
    feeds = ListField(
        label=_("feed URLs"),
        separator=r"[\s|]+",  # commas are legal inside URLs
        joiner="\n",
        help_text=_("RSS or Atom feeds, one per line."),
    )
    sitemap = forms.URLField(
        label=_("sitemap URL"), max_length=500, required=False, assume_scheme="https", validators=[http_url]
    )
    crawl_delay = forms.FloatField(label=_("crawl delay (seconds)"), min_value=0, max_value=3600, initial=1.0)
    poll_interval = forms.IntegerField(
        label=_("poll interval (minutes)"), min_value=5, max_value=7 * 24 * 60, initial=60
    )

    class Meta:
        model = Source
        fields = [
            "name",
            "homepage",
            "domains",
            "kind",
            "country",
            "languages",
            "reliability",
            "reliability_note",
            "active",
            "feeds",
            "sitemap",
            "search_url",
            "crawl_delay",
            "poll_interval",
        ]

    def clean_homepage(self) -> str:
        return homepage_normalize(self.cleaned_data["homepage"])

    def clean_domains(self) -> list[str]:
        domains = []
        for item in self.cleaned_data["domains"]:
            domain = item.lower().rstrip(".")
            if "/" in domain or ":" in domain:
                raise ValidationError(
                    _("“%(item)s” is not a host name: give the host alone, e.g. example.org."), params={"item": item}
                )
            if not HOSTNAME.match(domain):
                raise ValidationError(_("“%(item)s” is not a valid host name."), params={"item": item})
            domains.append(domain)
        return domains

    def clean_country(self) -> str:
        country = self.cleaned_data["country"].strip().upper()
        if country and not re.fullmatch(r"[A-Z]{2}", country):
            raise ValidationError(_("Enter a two-letter ISO 3166 country code, e.g. FR."))
        return country

    def clean_languages(self) -> list[str]:
        languages = []
        for item in self.cleaned_data["languages"]:
            code = item.lower().replace("_", "-").split("-")[0]  # "fr-FR" → "fr"
            if not LANGUAGE.match(code):
                raise ValidationError(
                    _("“%(item)s” is not a language code: use ISO 639-1 codes such as fr or en."),
                    params={"item": item},
                )
            if code not in languages:
                languages.append(code)
        return languages

    def clean_feeds(self) -> list[str]:
        feeds = self.cleaned_data["feeds"]
        if len(feeds) > MAX_FEEDS:
            raise ValidationError(_("At most %(max)d feeds per source."), params={"max": MAX_FEEDS})
        for feed in feeds:
            try:
                http_url(feed)
            except ValidationError:
                raise ValidationError(
                    _("“%(feed)s” is not an http(s) URL."), params={"feed": feed}, code="invalid"
                ) from None
        return feeds

    def clean_search_url(self) -> str:
        template = self.cleaned_data["search_url"].strip()
        if not template:
            return ""
        if "{query}" not in template:
            raise ValidationError(
                _("The site-search URL must contain {query} where the search words go, "
                  "e.g. https://example.org/search?q={query}."),
            )  # fmt: skip
        try:
            http_url(template.replace("{query}", "test"))
        except ValidationError:
            raise ValidationError(_("The site-search URL must be an http(s) URL."), code="invalid") from None
        return template

    def clean(self):
        cleaned = super().clean()
        homepage = cleaned.get("homepage")
        if not homepage or "domains" not in cleaned:
            return cleaned
        if not cleaned["domains"]:
            cleaned["domains"] = [domain_of(homepage)]
        host = urlsplit(homepage).hostname or ""
        if not host_in_domains(host, cleaned["domains"]):
            self.add_error("domains", _("The homepage's host %(host)s is not among the domains.") % {"host": host})
        return cleaned


class DocumentAddForm(forms.Form):
    url = forms.URLField(
        label=_("Address of the page"),
        max_length=2000,
        assume_scheme="https",
        validators=[http_url],
        widget=forms.URLInput(attrs={"placeholder": "https://", "autofocus": True}),
    )
