from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import pgettext_lazy
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from config.api import PREFIX as API_PREFIX
from config.api import api as open_data_api
from forum import views as forum_views
from home import my_data_views, open_data, readiness, seo
from home import views as home_views

# A database outage outside a view (a middleware saving the session) gets the 503 page too.
handler500 = "config.outage.server_error"

urlpatterns = [
    path("healthz/", home_views.health, name="health"),
    # One sitemap for all languages: each page lists its translations as alternates.
    path("sitemap.xml", seo.sitemap, name="sitemap"),
    path("robots.txt", seo.robots_txt, name="robots_txt"),
    path("readyz/", readiness.ready, name="ready"),
    path("admin/", include(wagtailadmin_urls)),
    # Open data: ninja's own docs load Swagger UI from a CDN, so ours are rendered here.
    path(
        "api/open/docs",
        open_data.docs,
        {"api": open_data_api, "prefix": API_PREFIX},
        name="open_data_docs",
    ),
    path("api/open/", open_data_api.urls),
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
