"""Country names in the page's language.

django-countries ships Russian and English names but no Uzbek ones, so names
come from the Unicode CLDR through Babel, which has all three and spells them
the way each language's own references do.
"""

from functools import lru_cache

from babel import Locale, UnknownLocaleError
from django.utils.translation import get_language
from django_countries import countries

# CLDR writes Uzbek with ‘ in oʻ and gʻ and ’ for the tutuq belgisi
# ("Amerika Qo‘shma Shtatlari", "Kot-d’Ivuar"); the site's convention is
# ʻ (U+02BB) and ʼ (U+02BC), as in the rest of our Uzbek text.
UZBEK_APOSTROPHES = str.maketrans({"‘": "ʻ", "’": "ʼ"})


@lru_cache(maxsize=8)
def _territory_names(language):
    try:
        names = Locale.parse(language, sep="-").territories
    except (UnknownLocaleError, ValueError):
        return {}
    if language.split("-")[0] == "uz":
        return {code: name.translate(UZBEK_APOSTROPHES) for code, name in names.items()}
    return names


def country_name(code, language=None):
    """The name of the country with this ISO 3166 code, in `language`
    (the active language by default)."""
    return _territory_names(language or get_language() or "en").get(code) or countries.name(code)


def is_known_country(code):
    return code in countries
