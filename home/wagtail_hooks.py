"""The fields of action in the admin: editors add and translate them like snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

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
