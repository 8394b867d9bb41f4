"""The site's languages, for tests that run once per language."""

from django.conf import settings

LANGUAGES = [code for code, _name in settings.LANGUAGES]
