"""The document head's description, canonical and hreflang links, and machine-readable
times."""

import datetime

from django import template
from django.utils import timezone

from home import seo

register = template.Library()


@register.inclusion_tag("includes/seo_head.html", takes_context=True)
def seo_head(context, title: str = "", description: str = ""):
    """`{% seo_head %}` describes the page in the context; views that show something other
    than the page itself (a paragraph, the results) pass their own title and description."""
    page = context.get("page")
    links = seo.head_links(context["request"], page)
    if not title and page is not None:
        title = page.seo_title or page.title
    return {
        "title": title,
        "description": seo.summary(description) or seo.page_description(page),
        "canonical": links.canonical,
        "alternates": links.alternates,
    }


@register.filter
def datetime_attr(value) -> str:
    """A value for `<time datetime>`: ISO 8601 in the current time zone, without the
    microseconds that `|date:"c"` keeps and HTML does not accept."""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, datetime.time):
        return value.replace(microsecond=0).isoformat(timespec="minutes")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return ""
