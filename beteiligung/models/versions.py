"""Versions of a consultation document ("Fassungen") and the links from contributions to
the changes they caused: the revision cycle."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ConceptVersion(models.Model):
    """A named, frozen state of a consultation document: "Entwurf November 2026",
    "Überarbeitete Fassung", "Beschlossene Fassung".

    The document is copied, in every language it had been translated into when it was
    frozen, so later edits of the page never change it. Versions are numbered 1, 2, ...
    per consultation; any two can be compared paragraph by paragraph (`comparison`)."""

    class Step(models.TextChoices):
        DRAFT = "draft", _("Draft")
        REVISION = "revision", _("Revised version")
        ADOPTION = "adoption", _("Adopted version")

    consultation = models.ForeignKey(
        "beteiligung.ConsultationPage",
        verbose_name=_("consultation"),
        on_delete=models.CASCADE,
        related_name="versions",
        help_text=_("The original (German) page; its translations share its versions."),
    )
    number = models.PositiveIntegerField(_("number"), editable=False)
    name = models.CharField(
        _("name"), max_length=200, help_text=_("For example “Entwurf November 2026”.")
    )
    step = models.CharField(_("step of the cycle"), max_length=20, choices=Step.choices)
    date = models.DateField(_("date"), help_text=_("When this version was published."))
    note = models.TextField(
        _("note"), blank=True, help_text=_("A sentence on what this version is, for the public.")
    )
    #: {language code: {"title": ..., "document": StreamField data}} as frozen.
    documents = models.JSONField(editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("version")
        verbose_name_plural = _("versions")
        ordering = ["consultation", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["consultation", "number"], name="one_number_per_consultation"
            )
        ]

    def __str__(self) -> str:
        return f"{self.number}: {self.name}"

    @property
    def languages(self) -> list[str]:
        return list(self.documents)

    def document(self, language_code: str) -> list[dict]:
        return self.documents.get(language_code, {}).get("document", [])


class ChangeLink(models.Model):
    """A contribution answered by a change of one paragraph in a version ("adopted in
    version 2, paragraph 4.1"). A change can answer many contributions, a contribution can
    point to several changes."""

    contribution = models.ForeignKey(
        "beteiligung.Contribution", on_delete=models.CASCADE, related_name="change_links"
    )
    version = models.ForeignKey(ConceptVersion, on_delete=models.CASCADE, related_name="links")
    block_id = models.CharField(max_length=64)

    class Meta:
        verbose_name = _("link to a change")
        constraints = [
            models.UniqueConstraint(
                fields=["contribution", "version", "block_id"], name="one_link_per_change"
            )
        ]

    def __str__(self) -> str:
        return f"{self.contribution_id} → {self.version_id}/{self.block_id}"
