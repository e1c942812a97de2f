"""Business rules of online consultations: submitting, confirming and moderating
contributions, supports and reports. Views and the admin call these; nothing else
changes a contribution's state."""

import datetime
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from home import page_cache
from home.caching import active_locale, public
from home.participation import (
    SignedLink,
    email_hash,
    email_key,
    hash_ip,
    privacy_notice_version,
    send_templated_mail,
)

from . import cycle
from .models import ConsultationPage, Contribution, ModerationMode, Paragraph, Report, Support

#: The link that confirms a contribution or an "I agree"; unconfirmed entries are deleted
#: once it has expired (`settings.PARTICIPATION_LINK_HOURS`).
CONFIRMATION = SignedLink("consultation.confirm")
#: How long the hashed client address of a contribution or report is kept for abuse checks.
IP_HASH_RETENTION = datetime.timedelta(days=7)

ModerationStatus = Contribution.ModerationStatus


class NotConfirmed(Exception):
    """A moderator's decision about a contribution whose author has not confirmed the
    address: nothing is published without the double opt-in."""


# Reading ---------------------------------------------------------------------


#: Seconds the comment counts of a consultation are cached at most; a contribution that
#: is published, hidden or deleted renews them at once (`forget_counts`).
COUNTS_TIMEOUT = 600


def _counts_key(translation_key) -> str:
    return f"teilhabe:consultation-counts:{translation_key}"


def published_counts(page: ConsultationPage) -> dict[str, int]:
    """Published top-level comments per paragraph id (key "" for the whole document)."""
    return cached_counts(page)[0]


def cached_counts(page: ConsultationPage) -> tuple[dict[str, int], int]:
    """The published counts of every language version of `page` from one cached
    aggregate, and when they were counted (part of the document's fragment cache key)."""
    key = _counts_key(page.translation_key)
    entry = cache.get(key)
    if entry is None:
        entry = (_count_published(page), time.time_ns())
        cache.set(key, entry, COUNTS_TIMEOUT)
    return entry


def forget_counts(contribution: Contribution) -> None:
    """After a contribution was published, hidden, rejected, answered or deleted, or
    someone's "I agree" with it was confirmed: counts and rendered threads are renewed."""
    if contribution.consultation_id is None:
        return
    if Contribution.consultation.is_cached(contribution) and contribution.consultation:
        translation_key = contribution.consultation.translation_key
    else:
        translation_key = (
            ConsultationPage.objects.filter(pk=contribution.consultation_id)
            .values_list("translation_key", flat=True)
            .first()
        )
    if translation_key is not None:
        key = _counts_key(translation_key)
        cache.delete(key)
        # Again once committed: a request may have counted meanwhile what was still there.
        transaction.on_commit(lambda: cache.delete(key))
        page_cache.purge()


def _count_published(page: ConsultationPage) -> dict[str, int]:
    rows = (
        Contribution.objects.for_consultation(page)
        .published()
        .filter(parent=None)
        .values("block_id")
        .annotate(count=Count("id"))
    )
    return {row["block_id"]: row["count"] for row in rows}


def published_thread(page: ConsultationPage, block_id: str) -> QuerySet[Contribution]:
    """Published comments on one paragraph with their published replies and support
    counts, in a fixed number of queries. Lazy: where the rendered thread comes from the
    cache, the queries never run."""
    confirmed_supports = Count("supports", filter=Q(supports__confirmed_at__isnull=False))
    replies = (
        Contribution.objects.published()
        .annotate(support_count=confirmed_supports)
        .select_related("version")
        .with_change_links()
    )
    return (
        Contribution.objects.for_consultation(page)
        .published()
        .filter(parent=None, block_id=block_id)
        .annotate(support_count=confirmed_supports)
        .select_related("version")
        .with_change_links()
        .prefetch_related(Prefetch("replies", queryset=replies, to_attr="published_replies"))
        .order_by("published_at", "pk")
    )


def find_published(page: ConsultationPage, contribution_id: int) -> Contribution | None:
    return (
        Contribution.objects.for_consultation(page).published().filter(pk=contribution_id).first()
    )


# Citizens --------------------------------------------------------------------


def _store_unconfirmed(request, page, data: dict, *, scope: dict, **fields) -> Contribution:
    """Stores what a citizen sent as unconfirmed and mails the confirmation link. The same
    text from the same address within `scope` (a double click, a reload) is stored once."""
    duplicate = (
        Contribution.objects.filter(email_key=email_key(data["email"]), text=data["text"], **scope)
        .exclude(moderation_status__in=[ModerationStatus.REJECTED, ModerationStatus.HIDDEN])
        .first()
    )
    if duplicate is not None:
        return duplicate
    contribution = Contribution.objects.create(
        **scope,
        **fields,
        text=data["text"],
        email=data["email"],
        author_name=data.get("author_name", ""),
        organisation=data.get("organisation", ""),
        topic=data.get("topic"),
        notify_on_answer=data.get("notify_on_answer", False),
        language=translation.get_language(),
        privacy_notice_version=privacy_notice_version(request),
        ip_hash=hash_ip(request),
    )
    send_confirmation_request(contribution, page, request)
    return contribution


def submit_contribution(
    *,
    page: ConsultationPage,
    paragraph: Paragraph | None,
    data: dict,
    request,
    parent: Contribution | None = None,
) -> Contribution:
    """A comment, reply or statement on a consultation, waiting for its confirmation."""
    block_id = parent.block_id if parent else (paragraph.block_id if paragraph else "")
    if data.get("organisation"):
        source = Contribution.Source.STATEMENT
    elif block_id:
        source = Contribution.Source.PARAGRAPH_COMMENT
    else:
        source = Contribution.Source.DOCUMENT_COMMENT
    return _store_unconfirmed(
        request,
        page,
        data,
        scope={"consultation": page, "block_id": block_id, "parent": parent},
        source=source,
        paragraph_number=paragraph.number if paragraph else "",
        **cycle.record_context(page),
    )


def submit_feedback(*, page, data: dict, request) -> Contribution:
    """A message from the feedback form, waiting for its confirmation."""
    return _store_unconfirmed(request, page, data, scope={"source": Contribution.Source.FEEDBACK})


def _confirmation_mail(template: str, page, request, kind: str, pk: int, to: str, language):
    """The mail carries nothing but the link: no text that a stranger could make us send."""
    url = CONFIRMATION.url(page, "confirm_view", {"kind": kind, "id": pk}, request)
    context = {"url": url, "days": CONFIRMATION.lifetime.days, "title": page.title}
    send_templated_mail(template, context, to, language)


def send_confirmation_request(contribution: Contribution, page, request) -> None:
    _confirmation_mail(
        "beteiligung/emails/confirm_contribution",
        page,
        request,
        "contribution",
        contribution.pk,
        contribution.email,
        contribution.language,
    )
    contribution.confirmation_sent_at = timezone.now()
    contribution.save(update_fields=["confirmation_sent_at"])


def confirm_contribution(contribution_id: int) -> Contribution | None:
    """Confirms the e-mail address; the contribution goes to moderation or, under
    post-moderation, straight online. Confirming twice changes nothing, and neither
    does confirming a contribution a moderator has already rejected or hidden: the
    confirmation records the opt-in, it never overrules a decision."""
    with transaction.atomic():
        contribution = (
            Contribution.objects.select_for_update(of=("self",))
            .select_related("consultation")
            .filter(pk=contribution_id)
            .first()
        )
        if contribution is None or contribution.confirmed_at:
            return contribution
        now = timezone.now()
        contribution.confirmed_at = now
        consultation = contribution.consultation
        # A moderator who decided before the author confirmed keeps the decision.
        undecided = contribution.moderation_status == ModerationStatus.UNCONFIRMED
        if undecided and consultation and consultation.moderation_mode == ModerationMode.POST:
            contribution.moderation_status = ModerationStatus.PUBLISHED
            contribution.published_at = now
        elif undecided:
            contribution.moderation_status = ModerationStatus.PENDING
        contribution.save(update_fields=["confirmed_at", "moderation_status", "published_at"])
    return contribution


def request_support(
    *, contribution: Contribution, email: str, page: ConsultationPage, request
) -> Support:
    """Records an unconfirmed "I agree" and mails the confirmation link; an address that
    already agreed gets no second vote."""
    support, created = Support.objects.get_or_create(
        contribution=contribution, email_hash=email_hash(email)
    )
    if created or support.confirmed_at is None:
        _confirmation_mail(
            "beteiligung/emails/confirm_support",
            page,
            request,
            "support",
            support.pk,
            email,
            translation.get_language(),
        )
    return support


def confirm_support(support_id: int) -> Support | None:
    support = Support.objects.filter(pk=support_id).first()
    if support is not None and support.confirmed_at is None:
        support.confirmed_at = timezone.now()
        support.save(update_fields=["confirmed_at"])
    return support


def report_contribution(*, contribution: Contribution, reason: str, request) -> Report:
    return Report.objects.create(contribution=contribution, reason=reason, ip_hash=hash_ip(request))


# Retention (run daily by `manage.py purge_personal_data`) -----------------------------

#: Contributions that never need an opt-in: staff typed them in, or a forum published them.
_WITHOUT_OPT_IN = [Contribution.Source.OFFLINE, Contribution.Source.FORUM_RESULT]


def purge_unconfirmed(now: datetime.datetime) -> int:
    """Deletes contributions and agreements whose confirmation link has expired, also a
    contribution a moderator decided about before its author confirmed. Returns how many
    entries were deleted."""
    cutoff = now - CONFIRMATION.lifetime
    without_opt_in = Q(confirmed_at=None) | Q(moderation_status=ModerationStatus.UNCONFIRMED)
    _total, contributions = (
        Contribution.objects.filter(without_opt_in, created_at__lt=cutoff)
        .exclude(source__in=_WITHOUT_OPT_IN)
        .delete()
    )
    _total, supports = Support.objects.filter(confirmed_at=None, created_at__lt=cutoff).delete()
    # Counted per model: deleting a contribution also deletes what hangs on it.
    return contributions.get(Contribution._meta.label, 0) + supports.get(Support._meta.label, 0)


def forget_ip_hashes(now: datetime.datetime) -> int:
    """Hashed client addresses are for spotting abuse while it happens: a week."""
    forget = now - IP_HASH_RETENTION
    return sum(
        model.objects.filter(created_at__lt=forget).exclude(ip_hash="").update(ip_hash="")
        for model in (Contribution, Report)
    )


def forget_addresses(now: datetime.datetime) -> int:
    """Forgets the e-mail address of a contribution (and with it the answer notification)
    `RETENTION_CONTRIBUTION_EMAIL_DAYS` after the report on its consultation was published,
    so that its author can be told what became of it until then. Without a report date it
    counts from the consultation's close; a contribution without a consultation (feedback,
    a letter) from when it was received."""
    cutoff = now - datetime.timedelta(days=settings.RETENTION_CONTRIBUTION_EMAIL_DAYS)
    expired = (
        Q(consultation__report_date__lt=cutoff.date())
        | Q(consultation__report_date=None, consultation__closes_at__lt=cutoff)
        | Q(consultation=None, created_at__lt=cutoff)
    )
    return (
        Contribution.objects.filter(expired)
        .exclude(email="")
        .update(email="", email_key="", notify_on_answer=False)
    )


# Moderators ------------------------------------------------------------------


def _require_confirmation(contribution: Contribution) -> None:
    if contribution.confirmed_at is None:
        raise NotConfirmed(contribution.pk)


def approve(contribution: Contribution, user) -> None:
    """Publishes a contribution; refused (`NotConfirmed`) before its author confirmed."""
    _require_confirmation(contribution)
    contribution.moderation_status = ModerationStatus.PUBLISHED
    contribution.published_at = contribution.published_at or timezone.now()
    contribution.moderation_reason = ""
    contribution.save(update_fields=["moderation_status", "published_at", "moderation_reason"])
    log(contribution, "beteiligung.approve", user=user)


def reject(contribution: Contribution, user, reason: str) -> None:
    """Not published; the author learns why."""
    _withhold(contribution, user, reason, ModerationStatus.REJECTED, "beteiligung.reject")


def hide(contribution: Contribution, user, reason: str) -> None:
    """Takes a published contribution offline; the author learns why."""
    _withhold(contribution, user, reason, ModerationStatus.HIDDEN, "beteiligung.hide")


def _withhold(contribution, user, reason: str, status: str, action: str) -> None:
    contribution.moderation_status = status
    contribution.moderation_reason = reason
    contribution.save(update_fields=["moderation_status", "moderation_reason"])
    log(contribution, action, user=user, data={"reason": reason})
    send_templated_mail(
        "beteiligung/emails/rejected",
        {"contribution": contribution},
        contribution.email,
        contribution.language,
    )


def edit_text(contribution: Contribution, user, new_text: str) -> None:
    """A moderator removes personal data from a text; the change is logged, the old text
    is not kept in the log (it is what had to go)."""
    if new_text == contribution.text:
        return
    contribution.text = new_text
    contribution.save(update_fields=["text"])
    log(contribution, "beteiligung.edit_text", user=user)


def moderate(contribution: Contribution, user, *, status: str, reason: str, text: str) -> None:
    """Applies a moderator's decision from the admin form; refused (`NotConfirmed`) for a
    contribution whose author has not confirmed the address."""
    _require_confirmation(contribution)
    edit_text(contribution, user, text)
    if status == contribution.moderation_status:
        return
    if status == ModerationStatus.PUBLISHED:
        approve(contribution, user)
    elif status == ModerationStatus.REJECTED:
        reject(contribution, user, reason)
    elif status == ModerationStatus.HIDDEN:
        hide(contribution, user, reason)


def resolve_report(report: Report, user) -> None:
    report.handled_at = timezone.now()
    report.handled_by = user
    report.save(update_fields=["handled_at", "handled_by"])
    log(report.contribution, "beteiligung.report_handled", user=user, data={"report": report.pk})


def current_consultations(limit: int = 3) -> list[ConsultationPage]:
    """Open consultations in the visitor's language, the one closing soonest first."""
    now = timezone.now()
    return list(
        public(ConsultationPage.objects.live())
        .filter(locale=active_locale(), opens_at__lte=now, closes_at__gt=now)
        # Teasers show title and dates: the cached list carries no documents to unpickle.
        .defer_streamfields()
        .order_by("closes_at")[:limit]
    )


def receive_typed_in(contribution: Contribution) -> None:
    """A letter, e-mail, call or remark at an event that staff type in (the caller saves
    it): nothing to confirm; moderators decide whether a new one is shown."""
    contribution.source = Contribution.Source.OFFLINE
    if contribution.confirmed_at is None:
        contribution.confirmed_at = timezone.now()
        contribution.moderation_status = ModerationStatus.PENDING


# Evaluators -----------------------------------------------------------------


def review_snapshot(contribution: Contribution) -> dict[str, str]:
    """The review fields as text, to log what an evaluator changed from what to what."""
    return {
        "review_status": str(contribution.get_review_status_display()),
        "assignee": str(contribution.assignee or ""),
        "public_answer": contribution.public_answer,
        "internal_note": contribution.internal_note,
        "tags": ", ".join(sorted(tag.name for tag in contribution.tags.all())),
        "related": ", ".join(
            str(pk) for pk in sorted(contribution.related.values_list("pk", flat=True))
        ),
        "changes": cycle.describe_links(contribution),
    }


def record_review(contribution: Contribution, user, before: dict[str, str]) -> None:
    """Logs the changes since `before` and, when a public answer appears for the first
    time, tells the author if they asked for it."""
    after = review_snapshot(contribution)
    changes = {name: [before[name], after[name]] for name in after if before[name] != after[name]}
    if changes:
        log(contribution, "beteiligung.review", user=user, data={"changes": changes})
    if contribution.public_answer and contribution.answered_at is None:
        contribution.answered_at = timezone.now()
        contribution.save(update_fields=["answered_at"])
        notify_author_of_answer(contribution)


def update_reviews(contributions, user, apply) -> int:
    """Applies `apply(contribution)` to each contribution, saves and logs it: the bulk
    actions of the inbox (assign, set status, tag) go through here."""
    for contribution in contributions:
        before = review_snapshot(contribution)
        apply(contribution)
        contribution.save()
        record_review(contribution, user, before)
    return len(contributions)


def public_url(contribution: Contribution) -> str:
    """Where the author finds the contribution and its answer."""
    page = contribution.consultation
    if page is None:
        return ""
    if contribution.block_id:
        route = page.reverse_subpage("paragraph_view", args=[contribution.block_id])
    else:
        route = page.reverse_subpage("document_comment_view")
    return f"{page.get_full_url() or ''}{route}#c-{contribution.pk}"


def notify_author_of_answer(contribution: Contribution) -> None:
    if contribution.notify_on_answer:
        send_templated_mail(
            "beteiligung/emails/answered",
            {
                "contribution": contribution,
                "url": cycle.change_url(contribution) or public_url(contribution),
            },
            contribution.email,
            contribution.language,
        )


# Forum results ----------------------------------------------------------------


def collect_results(page) -> int:
    """Turns each result of a page into a contribution for the review inbox, once.

    The page (a forum session) gives `contribution_results()`: pairs of a stable id and
    the result's text; and `topic`, the field of action its results are filed under. A
    result is known by the page's translation key and its id. Results are public on the
    page already, so they count as published."""
    known = set(
        Contribution.objects.filter(
            source=Contribution.Source.FORUM_RESULT,
            forum_session__translation_key=page.translation_key,
        ).values_list("block_id", flat=True)
    )
    now = timezone.now()
    new = [
        Contribution(
            source=Contribution.Source.FORUM_RESULT,
            forum_session_id=page.pk,
            topic_id=page.topic_id,
            block_id=result_id,
            text=text,
            author_name=str(_("Intercultural Forum")),
            language=page.locale.language_code,
            moderation_status=ModerationStatus.PUBLISHED,
            confirmed_at=now,
            published_at=now,
        )
        for result_id, text in page.contribution_results()
        if result_id not in known
    ]
    Contribution.objects.bulk_create(new)
    return len(new)
