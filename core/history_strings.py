"""django-reversion's strings that Editors see on the recover and restore
pages, which its own catalogues leave out in Uzbek (and partly in Russian).

Listed here so makemessages keeps them in locale/, where our translations
take precedence over the library's.
"""

from django.utils.translation import gettext_noop

STRINGS = [
    gettext_noop("Initial version."),
    gettext_noop("Reverted to previous version, saved on %(datetime)s"),
    gettext_noop("Could not load %(object_repr)s version - not found"),
    gettext_noop("Recover %(name)s"),
    gettext_noop("Revert %(name)s"),
    gettext_noop("Revert %(verbose_name)s"),
    gettext_noop("Recover deleted %(name)s"),
    gettext_noop("Choose a date from the list below to recover a deleted version of an object."),
    gettext_noop("There are no deleted objects to recover."),
    gettext_noop("Press the save button below to revert to this version of the object."),
    gettext_noop("Press the save button below to recover this version of the object."),
]
