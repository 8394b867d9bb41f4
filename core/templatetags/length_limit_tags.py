"""{% length_limit_texts %}: the admin length counter's words, for json_script."""

from django import template

from core import admin_length

register = template.Library()


@register.simple_tag
def length_limit_texts():
    return admin_length.length_limit_texts()
