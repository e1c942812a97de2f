from .contributions import Contribution, Report, Support
from .feedback import FeedbackPage
from .pages import ConsultationIndexPage, ConsultationPage, ModerationMode, Paragraph, Phase
from .versions import ChangeLink, ConceptVersion

__all__ = [
    "ChangeLink",
    "ConceptVersion",
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
