"""The feedback form: thin, like the consultation views; `services` does the work."""

from http import HTTPStatus

from django.shortcuts import redirect

from home.participation import privacy_notice_url, rate_limited

from . import services
from .forms import FeedbackForm


@rate_limited
def feedback(request, page):
    form = FeedbackForm(request.POST or None, privacy_url=privacy_notice_url(request))
    if request.method == "POST":
        if form.is_valid():
            services.submit_feedback(page=page, data=form.cleaned_data, request=request)
            return redirect(page.url + page.reverse_subpage("sent_view"))
        response = page.render(request, context_overrides={"form": form})
        response.status_code = HTTPStatus.BAD_REQUEST
        return response
    return page.render(request, context_overrides={"form": form})


def sent(request, page):
    return page.render(
        request, template="beteiligung/sent.html", context_overrides={"what": "feedback"}
    )
