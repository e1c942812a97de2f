"""Response headers that Django and django-csp do not set the way this site needs."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The strict public policy everywhere, a looser one for Wagtail's admin.

    Wagtail's admin still needs inline script and style (wagtail/wagtail#1288). A nonce
    in a directive makes browsers ignore 'unsafe-inline', so the admin policy has none.
    """

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(settings.ADMIN_URL_PREFIXES):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY
            parts.nonce = None
        return parts


class PermissionsPolicyMiddleware:
    """Switches off browser features the site never uses (camera, location, ...)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
