"""Forms of the source registry: one SourceForm validates the admin and the bulk import alike."""

import ipaddress
import re
import unicodedata
from functools import cache
from urllib.parse import urlsplit

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

from factcheck.text import CleanTextFormMixin

from . import sites
from .models import Source

http_url = URLValidator(schemes=["http", "https"])
HOSTNAME = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$|^localhost$")
LANGUAGE = re.compile(r"^[a-z]{2,3}$")
MAX_FEEDS = 20


homepage_normalize = sites.homepage_normalize


class HttpURLField(forms.URLField):
    """A URL field validated once, for http(s) only: URLField's own validator plus http_url ran the regex twice."""

    default_validators = [http_url]


# What people write for a kind, beside its value and its English and French labels.
KIND_SYNONYMS = {
    Source.Kind.WIRE: ["agency", "news agency", "press agency", "wire", "wire service", "agence",
                       "agence de presse"],
    Source.Kind.NEWSPAPER: ["newspaper", "paper", "press", "magazine", "news", "journal", "presse", "quotidien"],
    Source.Kind.BROADCASTER: ["broadcaster", "broadcast", "tv", "radio", "television", "télévision", "tele",
                              "télé", "audiovisuel"],
    Source.Kind.GOVERNMENT: ["government", "gov", "official", "ministry", "gouvernement", "ministère",
                             "administration", "public body"],
    Source.Kind.INTERNATIONAL: ["international", "international organization", "igo", "io", "un agency",
                                "organisation internationale", "organisation intergouvernementale"],
    Source.Kind.NGO: ["ngo", "ong", "charity", "association", "non-profit", "nonprofit", "think tank"],
    Source.Kind.FACT_CHECKER: ["fact-checker", "fact checker", "factchecker", "fact-checking", "fact checking",
                               "factcheck", "fact-check", "vérificateur", "vérification"],
    Source.Kind.OTHER: ["other", "autre", "blog"],
}  # fmt: skip


def _fold(text: str) -> str:
    """Case and accents folded, separators as spaces: "Fact_Checker" and "fact-checker" read the same."""
    text = unicodedata.normalize("NFKD", str(text).strip().casefold())
    text = "".join(char for char in text if not unicodedata.combining(char))
    return re.sub(r"[\s_\-]+", " ", text).strip()


@cache
def _names(kind: str) -> dict[str, str]:
    """Folded English and French names of languages or territories (CLDR, through Babel) → code."""
    from babel import Locale

    names: dict[str, str] = {}
    for locale in ("en", "fr"):
        table = getattr(Locale(locale), kind)
        for code, name in table.items():
            if (kind == "languages" and re.fullmatch(r"[a-z]{2,3}", code)) or re.fullmatch(r"[A-Z]{2}", code):
                names.setdefault(_fold(name), code)
    return names


@cache
def _kinds(language: str) -> dict[str, str]:
    """Folded words → Kind value: synonyms, English labels, and the labels in the active language."""
    from django.utils import translation

    table = {_fold(word): value for value, words in KIND_SYNONYMS.items() for word in words}
    for value, label in Source.Kind.choices:
        with translation.override("en"):
            table[_fold(str(label))] = value
        table[_fold(str(label))] = value
        table[_fold(value)] = value
    return table


def kind_value(text: str) -> str:
    """The Kind value for what people write ("wire", "Wire agency", "Agence de presse", "TV"); else as given."""
    from django.utils.translation import get_language

    return _kinds(get_language() or "en").get(_fold(text), str(text).strip())


def language_code(text: str) -> str:
    """The code of "fr", "FR", "fr-FR", "French" or "français" ("fr"); anything else comes back lower-cased."""
    code = str(text).strip().lower().replace("_", "-").split("-")[0]
    if LANGUAGE.match(code):
        return code
    return _names("languages").get(_fold(text), code)


def country_code(text: str) -> str:
    """The ISO 3166 code of "FR", "fr", "France", "Royaume-Uni", "United Kingdom"; else the text upper-cased."""
    text = str(text).strip()
    if re.fullmatch(r"[A-Za-z]{2}", text):
        return text.upper()
    folded = _fold(text)
    aliases = {"uk": "GB", "usa": "US", "us": "US", "etats unis": "US", "united states of america": "US"}
    return aliases.get(folded) or _names("territories").get(folded, text.upper())


def domain_of(url: str) -> str:
    """The registrable-looking host of a URL: "www." is dropped so that subdomains match too."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return host.removeprefix("www.")


def host_in_domains(host: str, domains: list[str]) -> bool:
    """True when host is one of the domains or a subdomain of one."""
    host = (host or "").lower().rstrip(".")
    return any(host == domain or host.endswith("." + domain) for domain in domains)


def _is_ip_address(host: str) -> bool:
    # A site served on an address (the demo web, an intranet) has that address as its only "domain".
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


class ListField(forms.Field):
    """A list stored as JSON, typed in the admin as text and given as a list by the importer."""

    widget = forms.Textarea(attrs={"rows": 3, "cols": 80})

    def __init__(self, *, separator: str = r"[\s,;|]+", joiner: str = ", ", **kwargs):
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


class SourceForm(CleanTextFormMixin, forms.ModelForm):
    homepage = HttpURLField(label=_("homepage"), max_length=500, assume_scheme="https")
    domains = ListField(
        label=_("domains"),
        help_text=_("Host names whose pages belong to this source, separated by commas, spaces, “;” or “|”; "
                    "subdomains are included. Left empty, the homepage's host is used. Pages on another port "
                    "or, off ports 80 and 443, another scheme than the homepage's are not this source's."),
    )  # fmt: skip
    languages = ListField(
        label=_("languages"),
        help_text=_("ISO 639-1 codes or language names, separated by commas, spaces, “;” or “|”, "
                    "e.g. fr, en or French|English."),
    )  # fmt: skip
    country = forms.CharField(
        label=_("country"),
        max_length=100,
        required=False,
        help_text=_("ISO 3166 code or country name, e.g. FR or France."),
    )
    kind = forms.CharField(
        label=_("kind"),
        max_length=100,
        required=False,
        widget=forms.Select(choices=Source.Kind.choices),
        help_text=_("In a file: the value, the label or a common word (wire, agency, TV, ngo, fact-checker…)."),
    )
    feeds = ListField(
        label=_("feed URLs"),
        separator=r"[\s|]+",  # commas are legal inside URLs
        joiner="\n",
        help_text=_("RSS or Atom feeds, one per line (in a CSV file, separated by “|”)."),
    )
    sitemap = HttpURLField(label=_("sitemap URL"), max_length=500, required=False, assume_scheme="https")
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

    def __init__(self, *args, check_unique: bool = True, **kwargs):
        # The import checks uniqueness for the whole file at once (one query, not one per row).
        self.check_unique = check_unique
        super().__init__(*args, **kwargs)

    # Fields whose form field validates at least as strictly as the model field (a country is two letters once
    # clean_country is done, a kind one of Kind): the model's second pass over them was a fifth of an import's time.
    FORM_VALIDATED = ("homepage", "domains", "kind", "country", "languages", "feeds", "sitemap")

    def _get_validation_exclusions(self):
        return {*super()._get_validation_exclusions(), *self.FORM_VALIDATED}

    def validate_unique(self):
        if self.check_unique:
            super().validate_unique()

    def clean_homepage(self) -> str:
        homepage = homepage_normalize(self.cleaned_data["homepage"])
        if self.check_unique:
            other = Source.objects.filter(site_key=sites.site_key(homepage)).exclude(pk=self.instance.pk).first()
            if other is not None:
                raise ValidationError(
                    _("This site is already in the registry as “%(name)s” (%(homepage)s)."),
                    params={"name": other.name, "homepage": other.homepage},
                    code="unique",
                )
        return homepage

    def clean_kind(self) -> str:
        kind = kind_value(self.cleaned_data["kind"] or Source.Kind.OTHER)
        if kind not in Source.Kind.values:
            raise ValidationError(
                _("“%(kind)s” is not a kind of source; the kinds are: %(kinds)s."),
                params={"kind": kind, "kinds": ", ".join(Source.Kind.values)},
            )
        return kind

    def clean_domains(self) -> list[str]:
        domains = []
        for item in self.cleaned_data["domains"]:
            domain = item.lower().rstrip(".")
            if "/" in domain or ":" in domain:
                raise ValidationError(
                    _("“%(item)s” is not a host name: give the host alone, e.g. example.org."), params={"item": item}
                )
            if not HOSTNAME.match(domain) and not _is_ip_address(domain):
                raise ValidationError(_("“%(item)s” is not a valid host name."), params={"item": item})
            domains.append(domain)
        return domains

    def clean_country(self) -> str:
        country = country_code(self.cleaned_data["country"]) if self.cleaned_data["country"].strip() else ""
        if country and not re.fullmatch(r"[A-Z]{2}", country):
            raise ValidationError(
                _("“%(country)s” is not a country: use an ISO 3166 code such as FR, or its name."),
                params={"country": self.cleaned_data["country"]},
            )
        return country

    def clean_languages(self) -> list[str]:
        languages = []
        for item in self.cleaned_data["languages"]:
            code = language_code(item)  # "fr-FR", "French", "français" → "fr"
            if not LANGUAGE.match(code):
                raise ValidationError(
                    _("“%(item)s” is not a language: use ISO 639-1 codes such as fr or en, or names."),
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
