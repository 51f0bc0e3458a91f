from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .models import Claim, Evidence, Rating

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


class ArticleSubmitForm(forms.Form):
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
        from .inputs import read_article_file

        try:
            self.upload = read_article_file(upload.read(), name=upload.name)
        except ExtractionError as exc:
            raise forms.ValidationError(str(exc)) from exc
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

    status = forms.ChoiceField(label=_("Status"), required=False)
    assignee = forms.ChoiceField(label=_("Assignee"), required=False)
    article = forms.IntegerField(label=_("Article #"), required=False, min_value=1)
    language = forms.ChoiceField(
        label=_("Language"), required=False, choices=[("", _("Any")), ("fr", _("French")), ("en", _("English"))]
    )
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=[("", _("Any")), *Claim.Kind.choices])
    evidence = forms.ChoiceField(label=_("Evidence"), required=False, choices=EVIDENCE)
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
        if data.get("min_checkworthiness") is not None:
            claims = claims.filter(checkworthiness__gte=data["min_checkworthiness"])
        order = {
            "oldest": ["created_at", "pk"],
            "newest": ["-created_at", "-pk"],
            "checkworthiness": ["-checkworthiness", "-priority", "pk"],
        }.get(data.get("sort") or "priority", ["-priority", "created_at", "pk"])
        return claims.order_by(*order)


class BulkForm(forms.Form):
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


class VerdictForm(forms.Form):
    rating = RatingChoiceField(label=_("Rating"), queryset=Rating.objects.all(), required=False, empty_label="—")
    summary = forms.CharField(label=_("Summary"), max_length=500, required=False)
    explanation = forms.CharField(label=_("Explanation"), widget=forms.Textarea(attrs={"rows": 8}), required=False)
    evidence = forms.ModelMultipleChoiceField(
        label=_("Evidence cited"), queryset=Evidence.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)

    def __init__(self, *args, claim: Claim, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["evidence"].queryset = claim.evidence.select_related("document")
        self.fields["evidence"].label_from_instance = lambda e: f"{e.document} — {e.passage[:120]}"


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)


class CorrectionForm(forms.Form):
    text = forms.CharField(label=_("Correction"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)
    explanation = forms.CharField(
        label=_("Corrected explanation (optional)"), widget=forms.Textarea(attrs={"rows": 6}), required=False
    )


class CommentForm(forms.Form):
    text = forms.CharField(label=_("Comment"), widget=forms.Textarea(attrs={"rows": 3}), max_length=10_000)


class EvidenceUrlForm(forms.Form):
    url = forms.URLField(label=_("Evidence URL"), max_length=2000, assume_scheme="https")
