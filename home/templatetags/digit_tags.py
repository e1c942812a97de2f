"""`{{ value|localized_digits }}`: a number, date or paragraph number in the digits of the
page's language (see `home.digits`). For text people read, never for attributes that
machines read (`datetime`, `href`, `id`)."""

from django import template

from home.digits import localized_digits as _localized_digits

register = template.Library()


@register.filter(is_safe=True, expects_localtime=True)
def localized_digits(value):
    return _localized_digits(value)
