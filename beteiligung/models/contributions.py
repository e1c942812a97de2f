"""Contributions: everything a person tells the unit, in one review pipeline."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail.search import index

#: Longest text a citizen can send in one contribution.
MAX_TEXT_LENGTH = 4000


class Topic(TranslatableMixin, models.Model):
    """A field of action a contribution can be about; translated like pages."""

    name = models.CharField(_("name"), max_length=120)

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ContributionQuerySet(models.QuerySet):
    def published(self):
        return self.filter(moderation_status=Contribution.ModerationStatus.PUBLISHED)

    def for_consultation(self, page):
        """Contributions on any language version of a consultation page."""
        return self.filter(consultation__translation_key=page.translation_key)


class Contribution(index.Indexed, models.Model):
    """Anything a person tells the unit: a comment on a paragraph or on a whole draft, an
    organisation's statement, a reply. Every contribution is moderated (may it be
    public?) before it is evaluated."""

    class Source(models.TextChoices):
        PARAGRAPH_COMMENT = "paragraph_comment", _("Comment on a paragraph")
        DOCUMENT_COMMENT = "document_comment", _("Comment on the whole document")
        STATEMENT = "statement", _("Statement of an organisation")

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
    block_id = models.CharField(
        _("paragraph id"),
        max_length=64,
        blank=True,
        db_index=True,
        help_text=_("Empty for a comment on the whole document."),
    )
    paragraph_number = models.CharField(
        _("paragraph"), max_length=20, blank=True, help_text=_("The number when it was written.")
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
        _("display name"), max_length=80, help_text=_("Shown publicly; a pseudonym is fine.")
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True, help_text=_("Never shown publicly."))
    topic = models.ForeignKey(
        Topic,
        verbose_name=_("topic"),
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

    # Double opt-in record: when the request, the mail and the confirmation happened,
    # and which privacy notice the person agreed to.
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True, editable=False)
    published_at = models.DateTimeField(_("published"), null=True, blank=True, editable=False)
    privacy_notice_version = models.CharField(max_length=60, blank=True, editable=False)
    ip_hash = models.CharField(max_length=64, blank=True, editable=False)

    objects = ContributionQuerySet.as_manager()

    search_fields = [
        index.SearchField("text"),
        index.SearchField("author_name"),
        index.SearchField("organisation"),
        index.FilterField("moderation_status"),
        index.FilterField("source"),
    ]

    class Meta:
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"{self.author_name}: {self.text[:60]}"

    @property
    def is_statement(self) -> bool:
        return bool(self.organisation)

    @property
    def is_published(self) -> bool:
        return self.moderation_status == self.ModerationStatus.PUBLISHED


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
