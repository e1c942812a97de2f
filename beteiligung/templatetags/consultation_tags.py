from django import template
from django.utils.safestring import mark_safe
from wagtail.rich_text import expand_db_html

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


@register.simple_tag
def current_consultations(limit: int = 3):
    """`{% current_consultations 3 as consultations %}`: open consultations in the active
    language, for teasers such as the start page."""
    return services.current_consultations(limit)
