"""The feedback form: thin, like the consultation views; `services` does the work."""

from http import HTTPStatus

from django.shortcuts import redirect

from home.participation import privacy_notice_url, rate_limited, render_subpage

from . import services
from .forms import FeedbackForm
from .views import confirm  # noqa: F401  (the feedback page's confirm route)


@rate_limited
def feedback(request, page):
    form = FeedbackForm(request.POST or None, privacy_url=privacy_notice_url(request))
    if request.method == "POST":
        if form.is_valid():
            services.submit_feedback(page=page, data=form.cleaned_data, request=request)
            return redirect(page.url + page.reverse_subpage("sent_view"))
        return render_subpage(
            request, page, page.get_template(request), {"form": form}, HTTPStatus.BAD_REQUEST
        )
    return render_subpage(request, page, page.get_template(request), {"form": form})


def sent(request, page):
    return render_subpage(request, page, "beteiligung/sent.html", {"what": "feedback"})
