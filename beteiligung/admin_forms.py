"""Forms of the moderation views in the Wagtail admin."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .models import Contribution

ModerationStatus = Contribution.ModerationStatus


class ModerationForm(WagtailAdminModelForm):
    """A moderator's decision: publish, reject or hide (with a reason the author is told),
    and edits that remove personal data from the text."""

    def clean(self):
        cleaned = super().clean()
        status = cleaned.get("moderation_status")
        if status in (ModerationStatus.REJECTED, ModerationStatus.HIDDEN) and not cleaned.get(
            "moderation_reason"
        ):
            self.add_error(
                "moderation_reason", _("Tell the author why: the reason is sent to them.")
            )
        if status == ModerationStatus.UNCONFIRMED and self.instance.confirmed_at:
            self.add_error("moderation_status", _("A confirmed contribution cannot go back."))
        return cleaned


class ReportHandlingForm(WagtailAdminModelForm):
    handled = forms.BooleanField(
        label=_("Handled"),
        required=False,
        help_text=_("Tick once you have decided about the reported contribution."),
    )
