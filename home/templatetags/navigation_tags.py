from collections.abc import Callable

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.models import Site

from home import caching, navigation
from home.translation import shows_source_text

register = template.Library()


def _site_pk(request) -> str:
    site = Site.find_for_request(request)
    return str(site.pk) if site else ""


def _cached_html(context, template_name: str, values: Callable[[], dict], *parts) -> str:
    """`template_name` rendered with `values()`, cached per generation (see home.caching)
    under `parts`: menus, breadcrumbs and language links are the same for many requests,
    and while their HTML is cached, what it was rendered from is not even read."""
    request = context["request"]

    def render() -> str:
        template = context.template.engine.get_template(template_name)
        return template.render(context.new(values()))

    html = caching.cached(
        request, "html", template_name, translation.get_language(), *parts, compute=render
    )
    return mark_safe(html)  # noqa: S308 - rendered by our own template, escaped there


@register.simple_tag(takes_context=True)
def main_menu(context):
    request = context["request"]
    page = context.get("page")
    current_path = page.path if page is not None and hasattr(page, "path") else ""
    active_paths = {
        path for path in navigation.main_menu_paths(request) if current_path.startswith(path)
    }
    return _cached_html(
        context,
        "includes/main_menu.html",
        lambda: {
            "request": request,
            "menu": navigation.main_menu(request),
            "active_paths": active_paths,
        },
        _site_pk(request),
        ",".join(sorted(active_paths)),
    )


@register.simple_tag(takes_context=True)
def breadcrumb(context, current: str = ""):
    """`{% breadcrumb %}`; on a step below a page (a form, a confirmation), name the step:
    `{% breadcrumb _("Register") %}`."""
    page = context.get("page")
    request = context["request"]
    step = f"{current}@{request.path}" if current else ""
    return _cached_html(
        context,
        "includes/breadcrumb.html",
        lambda: {
            "request": request,
            "ancestors": navigation.breadcrumb(page),
            "page": page,
            "current": current,
        },
        _site_pk(request),
        page.pk,
        step,
    )


@register.simple_tag(takes_context=True)
def language_switcher(context):
    request = context["request"]
    page = context.get("page")

    def values() -> dict:
        return {"links": navigation.language_links(request, page)}

    if page is None or not page.pk:
        # Pages outside the tree (search) link to their own address in each language.
        template_name = "includes/language_switcher.html"
        return context.template.engine.get_template(template_name).render(context.new(values()))
    return _cached_html(
        context, "includes/language_switcher.html", values, _site_pk(request), page.pk
    )


@register.simple_tag(takes_context=True)
def cache_version(context) -> str:
    """`{% cache_version as version %}{% cache 600 footer version %}`: a fragment that
    depends only on the site, the language and what editors published."""
    request = context["request"]
    return f"{caching.generation(request)}:{_site_pk(request)}:{translation.get_language()}"


@register.filter
def untranslated_lang(page) -> str:
    """` lang="de"` for a page that still shows the German original in another language's
    tree, so that screen readers pronounce its title as German."""
    if getattr(page, "alias_of_id", None):
        return format_html(' lang="{}"', settings.LANGUAGE_CODE)
    return ""


@register.simple_tag(takes_context=True)
def partly_untranslated(context, page) -> bool:
    """Whether a translated page still shows parts in German (see
    `home.translation.shows_source_text`), cached until a page is published."""
    if page is None or getattr(page, "locale_id", None) is None:
        return False
    return caching.cached(
        context["request"], "partly-untranslated", page.pk, compute=lambda: shows_source_text(page)
    )
