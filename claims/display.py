"""How claims, facets, evidence comparisons and verdict history read on the review pages.

Facets and comparisons are JSON written by the extraction and evidence workers; anything of an
unexpected shape is shown as plain text rather than breaking the page.
"""

from dataclasses import dataclass, field

from django.utils.formats import number_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from .models import Claim, Verdict

CONTEXT_CHARS = 400


@dataclass
class FacetRow:
    kind: str
    text: str
    details: list[tuple[str, str]] = field(default_factory=list)


def _number(value) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    return number_format(value, force_grouping=True)


def _zone_from(value) -> str:
    return {
        "text": _("written in the text"),
        "published": _("taken from the publication date"),
    }.get(value, _("unknown: the time is not firm"))


def facet_rows(facets) -> list[FacetRow]:
    kinds = {
        "quantity": _("Quantity"),
        "datetime": _("Date and time"),
        "date": _("Date"),
        "time": _("Time"),
        "duration": _("Duration"),
        "entity": _("Entity"),
        "quote": _("Quote"),
    }
    rows = []
    for facet in facets if isinstance(facets, list) else []:
        if not isinstance(facet, dict):
            rows.append(FacetRow(kind="—", text=str(facet)))
            continue
        kind = str(facet.get("type", ""))
        row = FacetRow(kind=kinds.get(kind, kind or "—"), text=str(facet.get("text", "")))
        if kind == "quantity":
            if facet.get("value") is not None:
                prefix = "≈ " if facet.get("approximate") else ""
                row.details.append((_("value"), prefix + _number(facet["value"])))
            if facet.get("low") is not None or facet.get("high") is not None:
                low, high = facet.get("low"), facet.get("high")
                row.details.append(
                    (
                        _("range"),
                        f"{_number(low) if low is not None else '…'} – {_number(high) if high is not None else '…'}",
                    )
                )
            if facet.get("unit"):
                row.details.append((_("unit"), str(facet["unit"])))
        elif kind in ("datetime", "time"):
            if facet.get("value"):
                # "shortly after 11 p.m.": the same "≈" a hedged quantity shows.
                prefix = "≈ " if facet.get("approximate") else ""
                row.details.append((_("value"), prefix + str(facet["value"])))
            row.details.append((_("time zone"), _zone_from(facet.get("zone_from"))))
        elif kind in ("date", "duration"):
            if facet.get("value"):
                row.details.append((_("value"), str(facet["value"])))
        elif kind == "entity":
            if facet.get("label"):
                row.details.append((_("type"), str(facet["label"])))
        elif kind != "quote":
            shown = {"type", "text", "start", "end"}
            row.details.extend((str(k), str(v)) for k, v in facet.items() if k not in shown)
        rows.append(row)
    return rows


def comparison_rows(comparisons) -> list[tuple[str, str, str]]:
    """(facet, outcome, the comparison in words) for each facet the evidence worker compared with the passage."""
    from .comparison import comparison_sentence

    outcomes = {"agrees": _("agrees"), "disagrees": _("disagrees"), "not found": _("not found")}
    rows = []
    for item in comparisons if isinstance(comparisons, list) else []:
        if not isinstance(item, dict):
            rows.append(("", str(item), ""))
            continue
        outcome = str(item.get("outcome") or item.get("result") or "")
        if "claim" in item:
            words = comparison_sentence(item)
        else:  # stored before comparisons had their two sides: show what it holds
            used = {"facet", "text", "type", "result", "outcome"}
            words = ", ".join(f"{key}: {value}" for key, value in item.items() if key not in used)
        rows.append((str(item.get("facet") or item.get("type") or ""), outcomes.get(outcome, outcome), words))
    return rows


def claim_context(claim: Claim) -> dict:
    """The claim inside its article: a stretch of text before and after it."""
    text = claim.article.text
    start, end = min(claim.start, len(text)), min(claim.end, len(text))
    before_at = max(0, min(claim.sentence_start, start) - CONTEXT_CHARS)
    after_at = min(len(text), max(claim.sentence_end, end) + CONTEXT_CHARS)
    return {
        "cut_before": before_at > 0,
        "before": text[before_at:start],
        "claim": text[start:end],
        "after": text[end:after_at],
        "cut_after": after_at < len(text),
    }


def article_segments(text: str, claims: list[Claim]) -> list[tuple[str, Claim | None]]:
    """The article text cut into plain runs and claim spans (overlapping claims: the first one wins)."""
    segments, at = [], 0
    for claim in sorted(claims, key=lambda c: (c.start, -c.end)):
        if claim.start < at or claim.end > len(text) or claim.end <= claim.start:
            continue
        if claim.start > at:
            segments.append((text[at : claim.start], None))
        segments.append((text[claim.start : claim.end], claim))
        at = claim.end
    if at < len(text):
        segments.append((text[at:], None))
    return segments


def verdict_history(verdict: Verdict) -> list[dict]:
    """Each saved version of the verdict, newest first, with who did what."""
    from .services import VerdictAction

    records = verdict.history.select_related("history_user", "rating").order_by("-history_date", "-history_id")
    actions = dict(VerdictAction.choices)
    return [
        {
            "date": record.history_date,
            "user": record.history_user,
            "action": actions.get(record.history_change_reason or "", record.get_history_type_display()),
            "status": record.get_status_display(),
            "reason": record.status_reason,
            "version": record.version,
            "rating": record.rating.label(get_language() or "en") if record.rating else "",
            "summary": record.summary,
        }
        for record in records
    ]


CLAIM_FIELD_LABELS = {"reviewed_text", "claimant", "facets", "text", "kind", "priority"}


def claim_edits(claim: Claim) -> list[dict]:
    """People's corrections of the claim, newest first: who changed which fields, and the reason they gave."""
    records = list(claim.history.select_related("history_user").order_by("-history_date", "-history_id")[:51])
    edits = []
    for record, before in zip(records, records[1:], strict=False):
        if record.history_user is None:
            continue  # extraction and workflow saves: not a person's correction
        changed = [
            str(Claim._meta.get_field(name).verbose_name)
            for name in record.diff_against(before).changed_fields
            if name in CLAIM_FIELD_LABELS
        ]
        if changed:
            reason = record.history_change_reason or ""
            edits.append(
                {
                    "date": record.history_date,
                    "user": record.history_user,
                    "fields": changed,
                    "reason": "" if reason == "edited" else reason,
                }
            )
    return edits
