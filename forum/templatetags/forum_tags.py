"""Template helpers for forum pages."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import translation
from django.utils.safestring import mark_safe

from home import caching

from .. import services

register = template.Library()

#: The escapes of Django's `json_script`: no "</script>" or "<!--" can appear in the output.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def ld_json(data) -> str:
    """JSON for a `<script type="application/ld+json">` block, escaped like Django's
    `json_script` so that no text in it can close the script element."""
    return mark_safe(json.dumps(data, cls=DjangoJSONEncoder).translate(_SCRIPT_ESCAPES))


@register.simple_tag(takes_context=True)
def upcoming_forum_sessions(context, limit: int = 3):
    """`{% upcoming_forum_sessions 3 as sessions %}`: the next sessions in the active language.

    A teaser (the start page shows it on every visit): cached per language until a page is
    published, and for a minute at most, since sessions leave it as time passes."""
    return caching.cached(
        context.get("request"),
        "upcoming-sessions",
        translation.get_language(),
        limit,
        caching.this_minute(),
        compute=lambda: services.upcoming_sessions(limit),
    )
