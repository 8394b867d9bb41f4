"""Phone numbers as staff mean them: one number, read in Uzbekistan, linked in E.164.

The phonenumbers library (Google's libphonenumber) knows each country's
numbering plan; we only choose how a number reads on the page.
"""

import phonenumbers
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Numbers typed without a country code are Uzbek ones.
DEFAULT_REGION = "UZ"


def parse_phone_number(text):
    """The one valid number in `text`, or ValidationError saying what is wrong."""
    if not any(character.isdigit() for character in text):
        raise ValidationError(
            _("Enter a phone number with its digits, e.g. +998 71 230-28-16."), code="no_digits"
        )
    try:
        number = phonenumbers.parse(text, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(
            _(
                "“%(text)s” is not one valid phone number. Enter one number per row, "
                "e.g. +998 71 230-28-16."
            ),
            code="invalid_phone_number",
            params={"text": text},
        )
    return number


def normalised(text):
    """`text` as E.164 (+998712302816), the form we store and link."""
    return phonenumbers.format_number(
        parse_phone_number(text), phonenumbers.PhoneNumberFormat.E164
    )


def for_display(e164):
    """+998 71 230-28-16: country and area codes apart, the local number hyphenated.

    libphonenumber groups Uzbek numbers with spaces (+998 71 230 28 16); the
    hyphens are how numbers are written in Uzbekistan.
    """
    number = phonenumbers.parse(e164)
    groups = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    country_code, area_code, *local_groups = groups.split(" ")
    if not local_groups:
        return groups
    return f"{country_code} {area_code} {'-'.join(local_groups)}"


def tel_uri(e164):
    return f"tel:{e164}"
