"""Contributions: everything a person tells the unit, in one review pipeline."""

from django.conf import settings
from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from wagtail.search import index

from home.participation.people import RecognisedByEmail

from .versions import ChangeLink

#: Longest text a citizen can send in one contribution.
MAX_TEXT_LENGTH = 4000


class ContributionQuerySet(models.QuerySet):
    def published(self):
        return self.filter(moderation_status=Contribution.ModerationStatus.PUBLISHED)

    def with_change_links(self):
        """Each contribution with its links to changes and their versions (one query more)."""
        links = ChangeLink.objects.select_related("version")
        return self.prefetch_related(models.Prefetch("change_links", queryset=links))

    def confirmed(self):
        """Everything but contributions whose author has not confirmed the address yet:
        staff see nothing before the double opt-in is complete."""
        return self.exclude(moderation_status=Contribution.ModerationStatus.UNCONFIRMED)

    def typed_in(self):
        """Letters, e-mails and calls that staff typed in."""
        return self.filter(source=Contribution.Source.OFFLINE)

    def for_consultation(self, page):
        """Contributions on any language version of a consultation page."""
        return self.filter(consultation__translation_key=page.translation_key)


class Contribution(RecognisedByEmail, index.Indexed, models.Model):
    """Anything a person tells the unit: a comment on a paragraph or on a whole draft, an
    organisation's statement, a reply, a message from the feedback form, a result of a
    forum session, a letter or call typed in by staff. Every contribution goes through one
    review: moderation (may it be public?), then evaluation (what became of it?)."""

    class Source(models.TextChoices):
        PARAGRAPH_COMMENT = "paragraph_comment", _("Comment on a paragraph")
        DOCUMENT_COMMENT = "document_comment", _("Comment on the whole document")
        STATEMENT = "statement", _("Statement of an organisation")
        FEEDBACK = "feedback", _("Feedback form")
        FORUM_RESULT = "forum_result", _("Result of a forum session")
        OFFLINE = "offline", _("Letter, e-mail, call or event (typed in by staff)")

    class Channel(models.TextChoices):
        LETTER = "letter", _("Letter")
        EMAIL = "email", _("E-mail")
        PHONE = "phone", _("Phone")
        EVENT = "event", _("Event")

    class ReviewStatus(models.TextChoices):
        RECEIVED = "received", _("Received")
        IN_REVIEW = "in_review", _("In review")
        ADOPTED = "adopted", _("Adopted")
        PARTLY_ADOPTED = "partly_adopted", _("Partly adopted")
        NOT_ADOPTED = "not_adopted", _("Not adopted")
        NOTED = "noted", _("Noted / outside our remit")

    class ModerationStatus(models.TextChoices):
        UNCONFIRMED = "unconfirmed", _("Waiting for e-mail confirmation")
        PENDING = "pending", _("Waiting for moderation")
        PUBLISHED = "published", _("Published")
        REJECTED = "rejected", _("Not published")
        HIDDEN = "hidden", _("Hidden after publication")

    consultation = models.ForeignKey(
        "beteiligung.ConsultationPage",
        verbose_name=_("consultation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contributions",
        help_text=_("The language version of the page it was written on."),
    )
    forum_session = models.ForeignKey(
        "forum.ForumSessionPage",
        verbose_name=_("forum session"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contributions",
        help_text=_("For results of a forum session: the session they came from."),
    )
    block_id = models.CharField(
        _("paragraph id"),
        max_length=64,
        blank=True,
        db_index=True,
        help_text=_(
            "The block a comment or forum result belongs to; empty for a comment on the "
            "whole document."
        ),
    )
    paragraph_number = models.CharField(
        _("paragraph"), max_length=20, blank=True, help_text=_("The number when it was written.")
    )
    version = models.ForeignKey(
        "beteiligung.ConceptVersion",
        verbose_name=_("version"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The latest version of the document when it was written."),
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page revision whose wording it was written on."),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("reply to"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="replies",
    )
    source = models.CharField(_("source"), max_length=30, choices=Source.choices)
    text = models.TextField(_("text"), max_length=MAX_TEXT_LENGTH)
    author_name = models.CharField(
        _("display name"),
        max_length=80,
        blank=True,
        help_text=_("Shown publicly; a pseudonym is fine. Empty for anonymous feedback."),
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True, help_text=_("Never shown publicly."))
    topic = models.ForeignKey(
        "home.Topic",
        verbose_name=_("field of action"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    notify_on_answer = models.BooleanField(_("notify when answered"), default=False)

    moderation_status = models.CharField(
        _("moderation"),
        max_length=20,
        choices=ModerationStatus.choices,
        default=ModerationStatus.UNCONFIRMED,
        db_index=True,
    )
    moderation_reason = models.TextField(
        _("reason"),
        blank=True,
        help_text=_("Told to the author when a contribution is not published or hidden."),
    )

    # Offline contributions: how and when they reached the unit.
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices, blank=True)
    received_on = models.DateField(
        _("received on"), null=True, blank=True, help_text=_("For letters, calls and events.")
    )

    # Evaluation: what became of the contribution.
    review_status = models.CharField(
        _("status"),
        max_length=20,
        choices=ReviewStatus.choices,
        default=ReviewStatus.RECEIVED,
        db_index=True,
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_contributions",
    )
    internal_note = models.TextField(
        _("internal note"), blank=True, help_text=_("For staff only; never shown publicly.")
    )
    public_answer = models.TextField(
        _("answer of the administration"),
        blank=True,
        help_text=_(
            "Shown beside the contribution. For “not adopted”, explain why. Authors who "
            "asked to be notified get an e-mail when the answer is first saved."
        ),
    )
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True, editable=False)
    tags = TaggableManager(_("tags"), blank=True, help_text=_("Topics for sorting."))
    related = models.ManyToManyField(
        "self",
        verbose_name=_("related contributions"),
        blank=True,
        help_text=_("Duplicates or contributions with the same concern."),
    )

    # Double opt-in record: when the request, the mail and the confirmation happened,
    # and which privacy notice the person agreed to.
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True, editable=False)
    published_at = models.DateTimeField(_("published"), null=True, blank=True, editable=False)
    privacy_notice_version = models.CharField(max_length=60, blank=True, editable=False)
    ip_hash = models.CharField(max_length=64, blank=True, editable=False)

    # At the author's request ("My data"): a published contribution keeps its place in
    # the discussion, but without the author's name and address, or without its text.
    author_erased_at = models.DateTimeField(
        _("author's data deleted"), null=True, blank=True, editable=False
    )
    withdrawn_at = models.DateTimeField(
        _("withdrawn by the author"), null=True, blank=True, editable=False
    )

    objects = ContributionQuerySet.as_manager()

    search_fields = [
        index.SearchField("text"),
        index.AutocompleteField("text"),
        index.SearchField("author_name"),
        index.SearchField("organisation"),
        index.SearchField("public_answer"),
        index.FilterField("moderation_status"),
        index.FilterField("review_status"),
        index.FilterField("source"),
        index.FilterField("consultation"),
        index.FilterField("topic"),
        index.FilterField("language"),
        index.FilterField("assignee"),
        index.FilterField("created_at"),
        index.FilterField("answered_at"),
        index.FilterField("paragraph_number"),
    ]

    class Meta:
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")
        ordering = ["created_at"]
        # Moderators decide what may be public; evaluators decide what becomes of it.
        # Both work on the same records in two admin views, each guarded by its own right.
        permissions = [
            ("moderate_contribution", _("Can moderate contributions")),
            ("review_contribution", _("Can review and answer contributions")),
        ]

    def __str__(self) -> str:
        return f"{self.organisation or self.author_name or _('anonymous')}: {self.text[:60]}"

    @property
    def is_statement(self) -> bool:
        return bool(self.organisation)

    @property
    def is_published(self) -> bool:
        return self.moderation_status == self.ModerationStatus.PUBLISHED

    @property
    def public_name(self) -> str:
        """The name shown beside the contribution."""
        if self.author_erased_at or self.withdrawn_at:
            return str(_("Deleted author"))
        return self.author_name

    @property
    def has_public_answer(self) -> bool:
        return bool(self.public_answer)

    @property
    def paragraph_text(self) -> str:
        """The paragraph the contribution is about, as plain text, for the reviewers."""
        page = self.consultation
        paragraph = page.specific.paragraph(self.block_id) if page and self.block_id else None
        if paragraph is None:
            return ""
        return strip_tags(paragraph.value.source)


class Support(models.Model):
    """One "I agree" for a contribution. Only a hash of the e-mail address is kept: enough
    to count one support per address, nothing to contact or identify anyone."""

    contribution = models.ForeignKey(
        Contribution, on_delete=models.CASCADE, related_name="supports"
    )
    email_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("support")
        constraints = [
            models.UniqueConstraint(
                fields=["contribution", "email_hash"], name="one_support_per_email"
            )
        ]

    def __str__(self) -> str:
        return f"{self.contribution_id}: {'confirmed' if self.confirmed_at else 'unconfirmed'}"


class Report(models.Model):
    """Someone flagged a published contribution ("melden"); a moderator decides."""

    contribution = models.ForeignKey(
        Contribution,
        verbose_name=_("contribution"),
        on_delete=models.CASCADE,
        related_name="reports",
    )
    reason = models.TextField(_("reason"), max_length=1000)
    created_at = models.DateTimeField(_("reported"), auto_now_add=True)
    handled_at = models.DateTimeField(_("handled"), null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    ip_hash = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.contribution}: {self.reason[:60]}"
