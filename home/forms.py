"""Form plumbing shared by every public form."""

from django import forms
from django.db import models
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import mark_safe

from . import caching


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
    """Base for citizens' forms: accessible fields, rendered by `django/forms/field.html`.

    An empty form looks the same for every visitor who opens it with the same arguments
    in the same language, and rendering its fields through their templates costs more
    than the rest of the page: its HTML is cached (`home.caching`) under the form's class,
    the arguments it was made with, the language and the generation, which renews when a
    page, topic or the site settings change. Initial values listed in `fresh_initial`
    (such as a time stamp) differ from visitor to visitor and are put in afterwards. A
    bound form, with the visitor's input and errors, is always rendered anew."""

    bound_field_class = AccessibleBoundField
    #: Initial values that differ per visitor; their field must render the value as is.
    fresh_initial: tuple[str, ...] = ()

    def __new__(cls, *args, **kwargs):
        form = super().__new__(cls)
        form._made_with = (args, kwargs)  # the cache key of the empty form's HTML
        return form

    def render(self, template_name=None, context=None, renderer=None):
        if self.is_bound or template_name or context or renderer:
            return super().render(template_name, context, renderer)
        fresh = {name: self.initial.get(name, "") for name in self.fresh_initial}
        placeholders = {name: f"teilhabe-fresh-{name}" for name in fresh}

        def render_empty() -> str:
            self.initial.update(placeholders)
            try:
                return str(super(PublicForm, self).render())
            finally:
                self.initial.update(fresh)

        args, kwargs = self._made_with
        html = caching.cached(
            None,
            "form",
            f"{type(self).__module__}.{type(self).__qualname__}",
            translation.get_language(),
            *(_key_part(value) for value in args),
            *(f"{name}={_key_part(value)}" for name, value in sorted(kwargs.items())),
            compute=render_empty,
        )
        for name, value in fresh.items():
            html = html.replace(placeholders[name], escape(value))
        return mark_safe(html)  # noqa: S308 - rendered by the form's templates, escaped there

    __str__ = render  # as in Django's RenderableMixin, which binds its own render
    __html__ = render


def _key_part(value) -> str:
    """A model instance by its identity (its content is covered by the generation)."""
    if isinstance(value, models.Model):
        return f"{value._meta.label}:{value.pk}"
    return repr(value)
