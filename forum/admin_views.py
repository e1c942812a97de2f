"""Admin views for registrations that go through `forum.services` instead of saving
the model directly: the seat and the waitlist must stay right whatever staff do."""

from django.conf import settings
from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.views import generic
from wagtail.admin.widgets.button import MenuItem
from wagtail.log_actions import log

from home.exports import SafeCsvExportMixin

from . import services
from .models import Registration

CANCEL_ACTION = "forum.cancel_registration"


class RegistrationIndexView(SafeCsvExportMixin, generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("session")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.status != Registration.Status.CANCELLED and self.cancel_url_name:
            buttons.append(
                MenuItem(
                    _("Cancel registration"),
                    url=reverse(self.cancel_url_name, args=(quote(instance.pk),)),
                    icon_name="cross",
                    priority=25,
                )
            )
        return buttons

    cancel_url_name = None

    def stream_csv(self, queryset):
        """Rows are written while the response streams, after the request's language was
        switched off: keep the staff member's language for each row (status, languages)."""
        language = translation.get_language()
        rows = iter(super().stream_csv(queryset))

        def in_language():
            while True:
                with translation.override(language):
                    row = next(rows, None)
                if row is None:
                    return
                yield row

        return in_language()


class StaffRegistrationCreateView(generic.CreateView):
    """A registration taken by phone or at the desk: seat or waitlist place at once."""

    def save_instance(self):
        data = self.form.cleaned_data
        try:
            registration = services.register_by_staff(
                data["session"],
                name=data["name"],
                email=data.get("email", ""),
                organisation=data.get("organisation", ""),
                interpretation=data.get("interpretation", ""),
                accessibility_needs=data.get("accessibility_needs", ""),
                language=data.get("language") or settings.LANGUAGE_CODE,
            )
        except services.Refused as refused:
            # The form checked this already; another person was faster.
            self.form.add_error("email", refused.message)
            raise
        log(registration, "wagtail.create", user=self.request.user)
        return registration

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except services.Refused:
            return self.form_invalid(form)

    def get_success_message(self, instance):
        if instance.status == Registration.Status.WAITLISTED:
            return _("'%(name)s' is on the waitlist: every seat is taken.") % {
                "name": instance.name
            }
        return _("'%(name)s' has a confirmed seat.") % {"name": instance.name}


class RegistrationDeleteView(generic.DeleteView):
    """Deleting (for example at the person's request) frees the seat for the waitlist."""

    def delete_action(self):
        log(self.object, "wagtail.delete", user=self.request.user)
        services.erase(self.object.pk)


class RegistrationCancelView(generic.DeleteView):
    """Staff cancel a registration, for example after a phone call; the person is told
    by mail and the seat goes to the waitlist."""

    permission_required = "change"
    page_title = gettext_lazy("Cancel registration")
    success_message = gettext_lazy("Registration of '%(object)s' cancelled.")
    template_name = "forum/admin/confirm_cancel.html"
    cancel_url_name = None

    def get_usage_url(self):
        return None

    def get_delete_url(self):
        return reverse(self.cancel_url_name, args=(quote(self.object.pk),))

    @property
    def confirmation_message(self):
        return _("Cancel the registration of '%(name)s' for '%(session)s'?") % {
            "name": self.object.name,
            "session": self.object.session.title,
        }

    def delete_action(self):
        services.cancel(self.object.pk, by_staff=True)
        log(self.object, CANCEL_ACTION, user=self.request.user)
