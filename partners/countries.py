"""Country names in the page's language.

django-countries ships Russian and English names but no Uzbek ones, so names
come from the Unicode CLDR through Babel, which has all three and spells them
the way each language's own references do.
"""

from functools import lru_cache

from babel import Locale, UnknownLocaleError
from django.utils.translation import get_language
from django_countries import countries


@lru_cache(maxsize=8)
def _territory_names(language):
    try:
        return Locale.parse(language, sep="-").territories
    except (UnknownLocaleError, ValueError):
        return {}


def country_name(code, language=None):
    """The name of the country with this ISO 3166 code, in `language`
    (the active language by default)."""
    return _territory_names(language or get_language() or "en").get(code) or countries.name(code)


def is_known_country(code):
    return code in countries
