import math
import re
from datetime import date, datetime
from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from factcheck.text import CleanTextFormMixin

from .matching import SAME_CLAIM
from .models import Claim, ClaimMatch, Evidence, Rating

# claims.extraction.MAX_CHARS, repeated so that this module does not import the language models.
MAX_ARTICLE_CHARS = 200_000
UPLOAD_MAX_BYTES = 5 * 1024 * 1024
UPLOAD_SUFFIXES = {".txt", ".md", ".html", ".htm"}
TIME_ZONES = [settings.TIME_ZONE, "Europe/Paris", "UTC", "Europe/London", "Europe/Brussels", "America/New_York"]


def reviewers():
    """Fact-checkers and editors, the people claims can be assigned to."""
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(groups__name__in=["Fact-checker", "Editor"]) | Q(is_superuser=True))
        .distinct()
        .order_by("username")
    )


class ArticleSubmitForm(CleanTextFormMixin, forms.Form):
    title = forms.CharField(label=_("Title"), max_length=500, required=False)
    text = forms.CharField(
        label=_("Article text"), widget=forms.Textarea(attrs={"rows": 12}), required=False, max_length=MAX_ARTICLE_CHARS
    )
    file = forms.FileField(
        label=_("…or a file"),
        required=False,
        help_text=_("Plain text, Markdown or HTML (.txt, .md, .html), up to 5 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".txt,.md,.html,.htm,text/plain,text/html,text/markdown"}),
    )
    url = forms.URLField(label=_("…or its address"), max_length=2000, required=False, assume_scheme="https")
    published_date = forms.DateField(
        label=_("Publication date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    published_time = forms.TimeField(
        label=_("Publication time"), required=False, widget=forms.TimeInput(attrs={"type": "time"})
    )
    published_zone = forms.ChoiceField(
        label=_("Time zone"),
        choices=[(zone, zone) for zone in dict.fromkeys(TIME_ZONES)],
        initial=settings.TIME_ZONE,
        help_text=_("Relative dates in the article (“Wednesday”) are read from the publication date."),
    )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload:
            return ""
        suffix = Path(upload.name).suffix.lower()
        if suffix not in UPLOAD_SUFFIXES:
            raise forms.ValidationError(_("Upload a .txt, .md or .html file."))
        if upload.size > UPLOAD_MAX_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        # Imported here: the extraction package loads its language models on import, the form need not.
        from .extraction import ExtractionError
        from .failures import failure_text
        from .inputs import read_article_file

        try:
            self.upload = read_article_file(upload.read(), name=upload.name)
        except ExtractionError as exc:
            raise forms.ValidationError(failure_text(str(exc))) from exc
        text = self.upload.text
        if not text.strip():
            raise forms.ValidationError(_("The file contains no text."))
        if len(text) > MAX_ARTICLE_CHARS:
            raise forms.ValidationError(
                _("The file holds %(count)s characters; the limit is %(max)s. Split it into smaller articles.")
                % {"count": f"{len(text):,}", "max": f"{MAX_ARTICLE_CHARS:,}"}
            )
        return text

    def clean(self):
        data = super().clean()
        sources = [name for name in ("text", "file", "url") if data.get(name) and str(data[name]).strip()]
        if not sources and not self.errors:
            raise forms.ValidationError(_("Paste the article's text, upload a file or give its address."))
        if len(sources) > 1:
            raise forms.ValidationError(_("Give the article one way only: text, file or address."))
        if data.get("published_time") and not data.get("published_date"):
            self.add_error("published_date", _("A publication time needs a date."))
        return data

    upload = None  # the uploaded file's ArticleInput, once clean_file has read it

    def article_title(self) -> str:
        return self.cleaned_data["title"].strip() or (self.upload.title if self.upload else "")

    def article_author(self) -> str:
        return self.upload.author if self.upload else ""

    def published_at(self):
        """The date given in the form, else the one the uploaded page carries."""
        from datetime import datetime, time
        from zoneinfo import ZoneInfo

        day = self.cleaned_data.get("published_date")
        if not day:
            return self.upload.published_at if self.upload else None
        moment = datetime.combine(day, self.cleaned_data.get("published_time") or time(0, 0))
        return timezone.make_aware(moment, ZoneInfo(self.cleaned_data["published_zone"]))

    def article_text(self) -> str:
        return (self.cleaned_data.get("file") or self.cleaned_data.get("text") or "").strip()


class QueueFilterForm(forms.Form):
    """The review queue's filters, read from the query string; bad values are ignored, not fatal."""

    SORTS = [
        ("priority", _("Priority")),
        ("oldest", _("Oldest first")),
        ("newest", _("Newest first")),
        ("checkworthiness", _("Check-worthiness")),
    ]
    EVIDENCE = [("", _("Any")), ("yes", _("With evidence")), ("no", _("Without evidence"))]
    CHECKED = [("", _("Any")), ("yes", _("Previously checked")), ("no", _("Not yet checked anywhere"))]

    status = forms.ChoiceField(label=_("Status"), required=False)
    assignee = forms.ChoiceField(label=_("Assignee"), required=False)
    article = forms.IntegerField(label=_("Article #"), required=False, min_value=1)
    language = forms.ChoiceField(
        label=_("Language"), required=False, choices=[("", _("Any")), ("fr", _("French")), ("en", _("English"))]
    )
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=[("", _("Any")), *Claim.Kind.choices])
    evidence = forms.ChoiceField(label=_("Evidence"), required=False, choices=EVIDENCE)
    checked = forms.ChoiceField(label=_("Fact-checked before"), required=False, choices=CHECKED)
    min_checkworthiness = forms.FloatField(
        label=_("Check-worthiness ≥"),
        required=False,
        min_value=0,
        max_value=1,
        widget=forms.NumberInput({"step": "0.1"}),
    )
    sort = forms.ChoiceField(label=_("Sort"), required=False, choices=SORTS)

    def __init__(self, *args, people=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [
            ("", _("To do (new and in review)")),
            ("all", _("All")),
            *Claim.Status.choices,
        ]
        self.fields["assignee"].choices = [
            ("", _("Anyone")),
            ("me", _("Me")),
            ("none", _("Unassigned")),
            *[(str(person.pk), person.get_username()) for person in people],
        ]

    def filter(self, claims, user):
        data = self.cleaned_data if self.is_valid() else {}
        status = data.get("status")
        if not status:
            claims = claims.awaiting_review()
        elif status != "all":
            claims = claims.filter(status=status)
        assignee = data.get("assignee")
        if assignee == "me":
            claims = claims.filter(assignee=user)
        elif assignee == "none":
            claims = claims.filter(assignee__isnull=True)
        elif assignee:
            claims = claims.filter(assignee_id=int(assignee))
        if data.get("article"):
            claims = claims.filter(article_id=data["article"])
        if data.get("language"):
            claims = claims.filter(article__language=data["language"])
        if data.get("kind"):
            claims = claims.filter(kind=data["kind"])
        has_evidence = Exists(Evidence.objects.filter(claim=OuterRef("pk")))
        if data.get("evidence") == "yes":
            claims = claims.filter(has_evidence)
        elif data.get("evidence") == "no":
            claims = claims.filter(~has_evidence)
        # Previously checked: a published fact-check (another fact-checker's or ours) matched the claim.
        checked = Exists(ClaimMatch.objects.filter(claim=OuterRef("pk"), score__gte=SAME_CLAIM))
        if data.get("checked") == "yes":
            claims = claims.filter(checked)
        elif data.get("checked") == "no":
            claims = claims.filter(~checked)
        if data.get("min_checkworthiness") is not None:
            claims = claims.filter(checkworthiness__gte=data["min_checkworthiness"])
        order = {
            "oldest": ["created_at", "pk"],
            "newest": ["-created_at", "-pk"],
            "checkworthiness": ["-checkworthiness", "-priority", "pk"],
        }.get(data.get("sort") or "priority", ["-priority", "created_at", "pk"])
        return claims.order_by(*order)


class BulkForm(CleanTextFormMixin, forms.Form):
    ACTIONS = [
        ("assign_me", _("Assign to me")),
        ("assign", _("Assign to…")),
        ("unassign", _("Unassign")),
        ("not_checkable", _("Mark not checkable")),
    ]
    action = forms.ChoiceField(label=_("Action"), choices=ACTIONS)
    claims = forms.ModelMultipleChoiceField(
        queryset=Claim.objects.all(), error_messages={"required": _("Select claims first.")}
    )
    assignee = forms.ModelChoiceField(label=_("Assignee"), queryset=None, required=False)
    reason = forms.CharField(label=_("Reason"), required=False, max_length=1000)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = reviewers()

    def clean(self):
        data = super().clean()
        if data.get("action") == "assign" and not data.get("assignee"):
            self.add_error("assignee", _("Choose the person to assign the claims to."))
        return data


class RatingChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Rating) -> str:
        return obj.label(get_language() or "en")


class VerdictForm(CleanTextFormMixin, forms.Form):
    rating = RatingChoiceField(label=_("Rating"), queryset=Rating.objects.all(), required=False, empty_label="—")
    summary = forms.CharField(label=_("Summary"), max_length=500, required=False)
    explanation = forms.CharField(label=_("Explanation"), widget=forms.Textarea(attrs={"rows": 8}), required=False)
    evidence = forms.ModelMultipleChoiceField(
        label=_("Evidence cited"), queryset=Evidence.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)

    def __init__(self, *args, claim: Claim, **kwargs):
        super().__init__(*args, **kwargs)
        # Only archived pages can be cited: a fetch that failed (or is still running) backs nothing.
        self.fields["evidence"].queryset = claim.evidence.filter(document__status="archived").select_related("document")
        self.fields["evidence"].label_from_instance = lambda e: f"{e.document} — {e.passage[:120]}"


class ReasonForm(CleanTextFormMixin, forms.Form):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)


class CorrectionForm(CleanTextFormMixin, forms.Form):
    text = forms.CharField(label=_("Correction"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)
    explanation = forms.CharField(
        label=_("Corrected explanation (optional)"), widget=forms.Textarea(attrs={"rows": 6}), required=False
    )


class CommentForm(CleanTextFormMixin, forms.Form):
    text = forms.CharField(label=_("Comment"), widget=forms.Textarea(attrs={"rows": 3}), max_length=10_000)


class EvidenceUrlForm(forms.Form):
    url = forms.URLField(label=_("Evidence URL"), max_length=2000, assume_scheme="https")


class ClaimEditForm(CleanTextFormMixin, forms.Form):
    """The claim as reviewed and its claimant; the facets come with it in FacetFormSet."""

    reviewed_text = forms.CharField(
        label=_("Claim as reviewed"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=2000,
        help_text=_("One plain sentence saying what is checked. Empty: the article's words are shown."),
    )
    claimant = forms.CharField(label=_("Claimant"), required=False, max_length=300)
    reason = forms.CharField(
        label=_("Correction of the claim (shown publicly, dated)"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=5000,
        help_text=_("Needed once the verdict is published: what changed and why."),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "id_claim_%s")  # the claim page holds other forms with a "reason"
        super().__init__(*args, **kwargs)


FACET_TYPE_CHOICES = [
    ("quantity", _("Quantity")),
    ("date", _("Date")),
    ("datetime", _("Date and time")),
    ("time", _("Time")),
    ("duration", _("Duration")),
    ("entity", _("Entity")),
    ("quote", _("Quote")),
]
ISO_DURATION = re.compile(r"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$")


def parse_number(text: str) -> int | float:
    """'120 000', '120,000', '5,4', '5.4' as people write figures in French and English."""
    compact = re.sub(r"[\s\u00a0\u202f']", "", text)
    if "," in compact and "." in compact or re.fullmatch(r"-?\d{1,3}(,\d{3})+", compact):
        compact = compact.replace(",", "")
    else:
        compact = compact.replace(",", ".")
    number = float(compact)  # ValueError for anything else
    if not math.isfinite(number):
        raise ValueError(text)
    return int(number) if number.is_integer() and "." not in compact else number


class FacetForm(CleanTextFormMixin, forms.Form):
    """One facet, in the words a fact-checker uses; the stored JSON keeps the keys this form does not show."""

    type = forms.ChoiceField(label=_("Type"), choices=FACET_TYPE_CHOICES)
    text = forms.CharField(label=_("In the text"), required=False, max_length=500)
    value = forms.CharField(
        label=_("Value"),
        required=False,
        max_length=100,
        help_text=_("A number, a date (2023-09-20), a date and time (2023-09-20T11:00+02:00) or a duration (P9M)."),
    )
    unit = forms.CharField(label=_("Unit"), required=False, max_length=200)
    label = forms.CharField(label=_("Entity type"), required=False, max_length=20)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # On a phone the rows stack and the column headings are gone: each box says what it holds.
        for name in ("text", "value", "unit", "label"):
            self.fields[name].widget.attrs["placeholder"] = self.fields[name].label

    def clean(self):
        data = super().clean()
        kind, raw = data.get("type"), (data.get("value") or "").strip()
        if not kind or not raw:
            data["parsed"] = None
            return data
        try:
            if kind == "quantity":
                data["parsed"] = parse_number(raw)
            elif kind == "date":
                data["parsed"] = date.fromisoformat(raw).isoformat()
            elif kind == "datetime":
                data["parsed"] = datetime.fromisoformat(raw).isoformat()
            elif kind == "duration":
                if not ISO_DURATION.match(raw.upper()):
                    raise ValueError(raw)
                data["parsed"] = raw.upper()
            else:
                data["parsed"] = raw
        except ValueError:
            messages = {
                "quantity": _("Write a number, e.g. 120000 or 5.4."),
                "date": _("Write a date as 2023-09-20."),
                "datetime": _("Write a date and time as 2023-09-20T11:00+02:00."),
                "duration": _("Write a duration as P9M (nine months), P3D (three days) or PT2H (two hours)."),
            }
            self.add_error("value", messages[kind])
        return data

    def facet(self, original: dict | None) -> dict:
        """The facet to store: the original's keys (offsets, zone, range…) updated with what the form says."""
        data = self.cleaned_data
        facet = dict(original or {})
        if facet.get("type") != data["type"]:
            # Another kind of facet: the old kind's own keys no longer mean anything.
            facet = {key: facet[key] for key in ("start", "end") if key in facet}
        facet["type"] = data["type"]
        facet["text"] = data["text"].strip()
        if data["type"] != "entity" and data["type"] != "quote":
            facet["value"] = data["parsed"]
        for key in ("unit", "label"):
            if data[key].strip():
                facet[key] = data[key].strip()
            else:
                facet.pop(key, None)
        return facet


FacetFormSet = forms.formset_factory(FacetForm, extra=1, can_delete=True, max_num=100, validate_max=True)


def facet_initial(facets) -> list[dict]:
    """The stored facets as the form's rows; a facet of an unexpected shape is shown as its text."""
    rows = []
    for facet in facets if isinstance(facets, list) else []:
        facet = facet if isinstance(facet, dict) else {"type": "quote", "text": str(facet)}
        value = facet.get("value")
        rows.append(
            {
                "type": facet.get("type") if facet.get("type") in dict(FACET_TYPE_CHOICES) else "quote",
                "text": str(facet.get("text") or ""),
                "value": "" if value is None else str(value),
                "unit": str(facet.get("unit") or ""),
                "label": str(facet.get("label") or ""),
            }
        )
    return rows


def facets_from_formset(formset, original) -> list[dict]:
    """The facets to store from a valid FacetFormSet, in order, without the deleted and the empty rows."""
    original = original if isinstance(original, list) else []
    facets = []
    for index, form in enumerate(formset.forms):
        data = form.cleaned_data
        if index >= len(original) and not any(data.get(key, "").strip() for key in ("text", "value", "unit", "label")):
            continue  # the row for a new facet, left empty (its type select always sends a value)
        if formset.can_delete and formset._should_delete_form(form):
            continue
        before = original[index] if index < len(original) and isinstance(original[index], dict) else None
        facets.append(form.facet(before))
    return facets
