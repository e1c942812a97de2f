"""schema.org `Event` data for a session page, so that search engines can show the date,
place and availability of a session."""

from django.utils import timezone

from home.models import SiteSettings

from .models import TIME_ZONE, ForumSessionPage, RegistrationState, SeatCounts

SCHEMA = "https://schema.org/"

AVAILABILITY = {
    RegistrationState.NOT_YET_OPEN: "PreOrder",
    RegistrationState.OPEN: "InStock",
    RegistrationState.WAITLIST: "SoldOut",
    RegistrationState.CLOSED: "SoldOut",
    RegistrationState.OVER: "SoldOut",
}


def event_data(
    session: ForumSessionPage, request, counts: SeatCounts, state: RegistrationState
) -> dict:
    url = session.get_full_url(request) or ""
    if session.is_online and session.is_on_site:
        mode = "MixedEventAttendanceMode"
    elif session.is_online:
        mode = "OnlineEventAttendanceMode"
    else:
        mode = "OfflineEventAttendanceMode"

    locations = []
    if session.is_on_site:
        locations.append(
            {
                "@type": "Place",
                "name": session.venue_name or session.venue_line(),
                "address": session.venue_line(),
            }
        )
    if session.is_online:
        # The conference link itself is only for registered people.
        locations.append({"@type": "VirtualLocation", "url": url})

    organizer = SiteSettings.for_request(request).organisation_name if request else ""
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": session.title,
        "startDate": timezone.localtime(session.start, TIME_ZONE).isoformat(),
        "endDate": timezone.localtime(session.end, TIME_ZONE).isoformat(),
        "eventStatus": SCHEMA + "EventScheduled",
        "eventAttendanceMode": SCHEMA + mode,
        "location": locations[0] if len(locations) == 1 else locations,
        "url": url,
        "isAccessibleForFree": True,
        "maximumAttendeeCapacity": session.capacity,
        "remainingAttendeeCapacity": max(session.capacity - counts.confirmed, 0),
        "offers": {
            "@type": "Offer",
            "price": "0",
            "priceCurrency": "EUR",
            "availability": SCHEMA + AVAILABILITY[state],
            "url": url + session.reverse_subpage("register"),
        },
    }
    if session.intro:
        data["description"] = session.intro
    if session.languages:
        data["inLanguage"] = list(session.languages)
    if organizer:
        data["organizer"] = {"@type": "Organization", "name": organizer}
    if session.registration_opens:
        data["offers"]["validFrom"] = timezone.localtime(
            session.registration_opens, TIME_ZONE
        ).isoformat()
    return data
