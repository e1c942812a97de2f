from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import pgettext_lazy
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from forum import views as forum_views
from home import my_data_views
from home import views as home_views

urlpatterns = [
    path("healthz/", home_views.health, name="health"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# German, the default language, lives at "/"; every other language under its prefix
# ("/en/", "/ar/", ...). Pages come from the Wagtail tree of the active locale.
urlpatterns += i18n_patterns(
    # Translators: a URL path: lowercase Latin letters, digits and hyphens, ending in "/".
    path(pgettext_lazy("URL path", "search/"), home_views.search, name="search"),
    # "My data": what the site stores under an e-mail address (request, link, download).
    path(
        pgettext_lazy("URL path", "my-data/"),
        include(
            [
                path("", my_data_views.request_link, name="my_data"),
                path("sent/", my_data_views.sent, name="my_data_sent"),
                path("overview/", my_data_views.overview, name="my_data_overview"),
                re_path(
                    r"^download/(?P<file_format>json|csv)/$",
                    my_data_views.download,
                    name="my_data_download",
                ),
            ]
        ),
    ),
    # Calendar apps subscribe to an address ending in ".ics"; Wagtail serves only "/" paths.
    path("forum/calendar.ics", forum_views.calendar_feed, name="forum_calendar_feed"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
