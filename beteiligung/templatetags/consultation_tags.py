from django import template
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.rich_text import expand_db_html

from home import caching

from .. import services

register = template.Library()


@register.filter
def get_item(mapping: dict, key):
    """`counts|get_item:block_id`: templates cannot index a dict with a variable."""
    return mapping.get(key, 0)


@register.filter
def paragraph_html(value) -> str:
    """Rich text of a document block without Wagtail's wrapper template: a document of
    hundreds of paragraphs would render that template once per paragraph."""
    return mark_safe(expand_db_html(value.source))  # noqa: S308 - editors' rich text


@register.simple_tag(takes_context=True)
def current_consultations(context, limit: int = 3):
    """`{% current_consultations 3 as consultations %}`: open consultations in the active
    language, for teasers such as the start page. Cached per language until a page is
    published, and for a minute at most, since consultations open and close with time."""
    return caching.cached(
        context.get("request"),
        "current-consultations",
        translation.get_language(),
        limit,
        caching.this_minute(),
        compute=lambda: services.current_consultations(limit),
    )
