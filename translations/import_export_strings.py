"""django-import-export strings whose Uzbek and Russian the library lacks
(4.4), listed so makemessages keeps our translations of them in both
catalogues. The rest of its screens, which only Uzbek lacks, are in
admin_strings_uz.py."""

from django.utils.translation import gettext_noop

STRINGS = [
    gettext_noop("export failed due to IllegalCharacterError"),
    gettext_noop("Select all"),
]
