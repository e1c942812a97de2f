from .contributions import Contribution, Report, Support
from .feedback import FeedbackPage
from .pages import ConsultationIndexPage, ConsultationPage, ModerationMode, Paragraph, Phase

__all__ = [
    "ConsultationIndexPage",
    "ConsultationPage",
    "Contribution",
    "FeedbackPage",
    "ModerationMode",
    "Paragraph",
    "Phase",
    "Report",
    "Support",
]
