"""The pages behind citizens' forms: a form, "please check your e-mail", "confirm with
this button", rendered as sub-pages of the page they belong to."""

from http import HTTPStatus

from django.utils.cache import add_never_cache_headers

from ..models import SiteSettings


def render_subpage(
    request, page, template: str, context=None, status=HTTPStatus.OK, private: bool = False
):
    """`page` rendered with another template and extra context, with everything a page has
    (menu, breadcrumb, language links). `private` for pages reached by a personal link:
    never cached, never indexed. (The site's `Referrer-Policy: same-origin` keeps the link
    from other sites; `no-referrer` would make browsers send `Origin: null` with the
    page's confirm button, which Django's CSRF check rightly refuses.)"""
    response = page.render(request, template=template, context_overrides=context or {})
    response.status_code = status
    if private:
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex"
    return response


def privacy_notice(request):
    """The privacy notice shown beside citizens' forms, in the visitor's language."""
    notice = SiteSettings.for_request(request).privacy_page
    return notice.localized if notice else None


def privacy_notice_url(request) -> str:
    notice = privacy_notice(request)
    return notice.get_url(request) if notice else ""


def privacy_notice_version(request) -> str:
    """Which privacy notice the person saw: its page and when it was last published, for
    the double opt-in record."""
    notice = SiteSettings.for_request(request).privacy_page
    if notice is None or notice.last_published_at is None:
        return "none"
    return f"{notice.pk}@{notice.last_published_at:%Y-%m-%dT%H:%M}"
