"""The fields of action in the admin: editors add and translate them like snippets; and
two-factor authentication for staff (`home.two_factor`)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import two_factor
from .models import Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Fields of action")
    menu_order = 210
    add_to_admin_menu = True
    url_prefix = "fields-of-action"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]


register_snippet(TopicViewSet)


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("two-factor/", two_factor.VerifyView.as_view(), name="two_factor_verify"),
        path("two-factor/setup/", two_factor.SetupView.as_view(), name="two_factor_setup"),
        path("two-factor/settings/", two_factor.ManageView.as_view(), name="two_factor_manage"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_settings(request):
    return {
        "url": reverse("two_factor_manage"),
        "label": _("Two-factor authentication"),
        "help_text": _("A code from an app on your phone after your password, and recovery codes."),
    }


@hooks.register("register_log_actions")
def two_factor_actions(actions):
    actions.register_action(
        "home.two_factor_on", _("Two-factor on"), _("Two-factor authentication switched on")
    )
    actions.register_action(
        "home.two_factor_off", _("Two-factor off"), _("Two-factor authentication switched off")
    )
