"""Page routes whose work is done above the models.

A page model declares its routes (Wagtail's `RoutablePageMixin`), but the views that do
the work import the models, so the models must not import them. Instead each app registers
the views of a page type in its `AppConfig.ready()` (`register_views(ConsultationPage,
views)`), and every route calls a function of `self.views`:

    @path("paragraph/<str:block_id>/")
    def paragraph_view(self, request, block_id):
        return self.views.paragraph(request, self, block_id)
"""

from django.core.exceptions import ImproperlyConfigured
from wagtail.contrib.routable_page.models import RoutablePageMixin


class RoutedPageMixin(RoutablePageMixin):
    _views = None

    @property
    def views(self):
        if self._views is None:
            name = type(self).__name__
            raise ImproperlyConfigured(
                f"{name} has no views: call home.routes.register_views({name}, views) "
                "in the ready() of its app."
            )
        return self._views


def register_views(page_class: type[RoutedPageMixin], views) -> None:
    """`views`: a module (or object) with one function per route, each taking
    `(request, page, *route_arguments)`."""
    page_class._views = views
