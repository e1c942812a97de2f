"""Model fields the forum needs and Django does not have."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models


class LanguageListField(models.JSONField):
    """A list of language codes from a fixed choice list, edited as checkboxes.

    Stored as JSON so that it works on SQLite and PostgreSQL alike; wagtail-localize
    copies it unchanged into translations (it is not text to translate)."""

    def __init__(self, *args, language_choices=(), **kwargs):
        self.language_choices = list(language_choices)
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.language_choices,
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            label=kwargs.get("label", self.verbose_name),
            help_text=kwargs.get("help_text", self.help_text),
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        known = {code for code, _ in self.language_choices}
        unknown = [code for code in value or [] if code not in known]
        if known and unknown:
            raise ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": ", ".join(unknown)},
            )
