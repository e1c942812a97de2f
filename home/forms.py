"""Form plumbing shared by every public form."""

from django import forms


class AccessibleBoundField(forms.BoundField):
    """Links a field's error message to its input, so screen readers announce it."""

    @property
    def is_checkbox(self) -> bool:
        return self.widget_type == "checkbox"

    def build_widget_attrs(self, attrs, widget=None):
        attrs = super().build_widget_attrs(attrs, widget)
        if self.errors:
            described = [f"{self.auto_id}_error"]
            if self.help_text:
                described.append(f"{self.auto_id}_helptext")
            attrs["aria-describedby"] = " ".join(described)
        return attrs


class PublicForm(forms.Form):
    """Base for citizens' forms: accessible fields, rendered by `django/forms/field.html`."""

    bound_field_class = AccessibleBoundField
