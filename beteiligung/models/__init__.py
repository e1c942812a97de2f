from .contributions import Contribution, Report, Support, Topic
from .pages import ConsultationIndexPage, ConsultationPage, ModerationMode, Paragraph, Phase

__all__ = [
    "ConsultationIndexPage",
    "ConsultationPage",
    "Contribution",
    "ModerationMode",
    "Paragraph",
    "Phase",
    "Report",
    "Support",
    "Topic",
]
