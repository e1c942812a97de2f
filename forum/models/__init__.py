from .pages import (
    TIME_ZONE,
    ForumAgendaItem,
    ForumIndexPage,
    ForumSessionPage,
    RegistrationState,
    SeatCounts,
)
from .registrations import Registration

__all__ = [
    "TIME_ZONE",
    "ForumAgendaItem",
    "ForumIndexPage",
    "ForumSessionPage",
    "Registration",
    "RegistrationState",
    "SeatCounts",
]
