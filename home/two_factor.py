"""Two-factor authentication for staff: after the password, a code from an authenticator app
(TOTP), or one of ten recovery codes, through django-otp.

Required for the groups in `settings.TWO_FACTOR_REQUIRED_GROUPS` (Moderation and
Evaluation: they see citizens' addresses and decide what is public); optional for everyone
else, and once set up always asked for. Wagtail-2fa 1.8 would have been the ready-made
choice, but it does not run on Wagtail 8 (it imports `wagtail.users.widgets`, which Wagtail
8 removed; labd/wagtail-2fa#283), hence these few admin views on django-otp itself."""

import base64

import segno
from django import forms
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import Resolver404, resolve, reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import FormView
from django_otp import login as otp_login
from django_otp import verify_token
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_ratelimit.decorators import ratelimit
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

RECOVERY_CODES = 10
#: Admin pages open before the second factor: signing in and out, and what the admin's
#: own pages load.
OPEN_PAGES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "two_factor_verify",
}


def required_for(user) -> bool:
    return user.groups.filter(name__in=settings.TWO_FACTOR_REQUIRED_GROUPS).exists()


def authenticator(user) -> TOTPDevice | None:
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def check_code(user, code: str):
    """The device that accepts `code` (the authenticator app's, or a recovery code, which
    is used up), or None. Devices throttle failed attempts themselves."""
    code = "".join(code.split())
    for device in [authenticator(user), StaticDevice.objects.filter(user=user).first()]:
        if device is not None and verify_token(user, device.persistent_id, code):
            return device
    return None


def new_recovery_codes(user) -> list[str]:
    """Ten fresh recovery codes; older ones stop working."""
    with transaction.atomic():
        device, _created = StaticDevice.objects.get_or_create(
            user=user, defaults={"name": "recovery"}
        )
        device.token_set.all().delete()
        codes = [StaticToken.random_token() for _number in range(RECOVERY_CODES)]
        StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


class StaffTwoFactorMiddleware:
    """After django-otp's OTPMiddleware. In the admin, someone who set up two-factor
    authentication enters a code after the password; someone who must use it and has not
    set it up is sent to set it up first. Signing in and out stays open."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self._detour(request) or self.get_response(request)

    def _detour(self, request):
        if not request.path_info.startswith(settings.ADMIN_URL_PREFIXES):
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        try:
            name = resolve(request.path_info).url_name
        except Resolver404:
            return None
        if name in OPEN_PAGES:
            return None
        if authenticator(user) is not None:
            target = "two_factor_verify"
        elif required_for(user) and name != "two_factor_setup":
            target = "two_factor_setup"
        else:
            return None
        return redirect_to_login(request.get_full_path(), login_url=reverse(target))


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=32,
        help_text=_("The six digits your authenticator app shows now, or a recovery code."),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )


class TwoFactorView(WagtailAdminTemplateMixin, FormView):
    form_class = CodeForm
    header_icon = "key"
    page_title = _("Two-factor authentication")

    @method_decorator(never_cache)
    @method_decorator(ratelimit(key="user", rate="10/h", method="POST", block=True))
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)

    def next_url(self) -> str:
        url = self.request.POST.get("next") or self.request.GET.get("next", "")
        safe = url_has_allowed_host_and_scheme(
            url, allowed_hosts={self.request.get_host()}, require_https=self.request.is_secure()
        )
        return url if safe else reverse("wagtailadmin_home")

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "next": self.next_url()}

    def show_recovery_codes(self, codes: list[str]):
        # This class's context, not a subclass's: the set-up page's would make a new key.
        context = TwoFactorView.get_context_data(self)
        return TemplateResponse(
            self.request, "home/two_factor/recovery_codes.html", {**context, "codes": codes}
        )


class VerifyView(TwoFactorView):
    """After the password: a code from the app or a recovery code."""

    template_name = "home/two_factor/verify.html"

    def form_valid(self, form):
        device = check_code(self.request.user, form.cleaned_data["code"])
        if device is None:
            form.add_error("code", _("This code is not valid. Please try the current one."))
            return self.form_invalid(form)
        otp_login(self.request, device)
        return redirect(self.next_url())


class SetupView(TwoFactorView):
    """Links an authenticator app: scan the QR code (or type the key), enter the code the
    app shows; then the recovery codes are shown, once."""

    template_name = "home/two_factor/setup.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and authenticator(request.user) is not None:
            return redirect("two_factor_manage")
        return super().dispatch(request, *args, **kwargs)

    def device(self) -> TOTPDevice:
        """Unconfirmed until the first code is right; the key stays the same until then."""
        device = TOTPDevice.objects.devices_for_user(self.request.user, confirmed=False).first()
        return device or TOTPDevice.objects.create(
            user=self.request.user, name="authenticator", confirmed=False
        )

    def get_context_data(self, **kwargs):
        device = self.device()
        key = base64.b32encode(device.bin_key).decode()
        return {
            **super().get_context_data(**kwargs),
            "qr_code": segno.make(device.config_url, error="m").svg_inline(
                scale=5, title=str(_("QR code for your authenticator app"))
            ),
            "key": " ".join(key[start : start + 4] for start in range(0, len(key), 4)),
            "required": required_for(self.request.user),
        }

    def form_valid(self, form):
        device = self.device()
        if not device.verify_token("".join(form.cleaned_data["code"].split())):
            form.add_error("code", _("This code is not valid. Please try the current one."))
            return self.form_invalid(form)
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        codes = new_recovery_codes(self.request.user)
        otp_login(self.request, device)
        log(self.request.user, "home.two_factor_on", user=self.request.user)
        return self.show_recovery_codes(codes)


class ManageView(TwoFactorView):
    """The staff member's own two-factor settings: new recovery codes, or switching it off
    where it is not required."""

    template_name = "home/two_factor/manage.html"

    def get_context_data(self, **kwargs):
        user = self.request.user
        recovery = StaticDevice.objects.filter(user=user).first()
        return {
            **super().get_context_data(**kwargs),
            "enabled": authenticator(user) is not None,
            "required": required_for(user),
            "codes_left": recovery.token_set.count() if recovery else 0,
        }

    def post(self, request, *args, **kwargs):
        user = request.user
        enabled = authenticator(user) is not None
        action = request.POST.get("action")
        if action == "new_codes" and enabled:
            return self.show_recovery_codes(new_recovery_codes(user))
        if action == "switch_off" and enabled and not required_for(user):
            TOTPDevice.objects.filter(user=user).delete()
            StaticDevice.objects.filter(user=user).delete()
            log(user, "home.two_factor_off", user=user)
        return redirect("two_factor_manage")
