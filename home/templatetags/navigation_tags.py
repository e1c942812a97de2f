from django import template
from django.conf import settings
from django.utils.html import format_html

from home import navigation

register = template.Library()


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    page = context.get("page")
    menu = navigation.main_menu(request)
    current_path = page.path if page is not None and hasattr(page, "path") else ""
    return {
        "request": request,
        "menu": menu,
        "active_paths": {item.path for item in menu if current_path.startswith(item.path)},
    }


@register.inclusion_tag("includes/breadcrumb.html", takes_context=True)
def breadcrumb(context, current: str = ""):
    """`{% breadcrumb %}`; on a step below a page (a form, a confirmation), name the step:
    `{% breadcrumb _("Register") %}`."""
    page = context.get("page")
    return {
        "request": context["request"],
        "ancestors": navigation.breadcrumb(page, context["request"]),
        "page": page,
        "current": current,
    }


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    return {"links": navigation.language_links(request, context.get("page"))}


@register.simple_tag(takes_context=True)
def language_links(context):
    """The same links for `<link rel="alternate" hreflang>` in the document head."""
    return navigation.language_links(context["request"], context.get("page"))


@register.filter
def untranslated_lang(page) -> str:
    """` lang="de"` for a page that still shows the German original in another language's
    tree, so that screen readers pronounce its title as German."""
    if getattr(page, "alias_of_id", None):
        return format_html(' lang="{}"', settings.LANGUAGE_CODE)
    return ""
