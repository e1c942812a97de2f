from django import template
from django.utils.safestring import mark_safe
from wagtail.rich_text import expand_db_html

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
