# ruff: noqa: E501 (msgids are Rosetta's exact strings; gettext needs them whole)
"""Rosetta's interface strings, so our catalogues translate its screens.

Rosetta ships no Uzbek and leaves about a third of its Russian untranslated;
listed here so makemessages keeps them in locale/uz and locale/ru, where our
translations take precedence over Rosetta's own. Regenerate after upgrading
django-rosetta (makemessages run inside its package lists them).
"""

from django.utils.translation import gettext_noop, ngettext_lazy

STRINGS = [
    gettext_noop("Translations"),
    gettext_noop("Change"),
    gettext_noop("Language selection"),
    gettext_noop("Home"),
    gettext_noop(
        "Couldn't load the specified language file. This usually happens when using the Encrypted Cookies Session Storage backend on Django 1.4 or higher.<br/>Setting ROSETTA_STORAGE_CLASS = 'rosetta.storage.CacheRosettaStorage' in your settings file should fix this."
    ),
    gettext_noop("Filter"),
    gettext_noop("Project"),
    gettext_noop("Third party"),
    gettext_noop("All"),
    gettext_noop("Application"),
    gettext_noop("Progress"),
    gettext_noop("Messages"),
    gettext_noop("Translated"),
    gettext_noop("Fuzzy entries call for revision by the translator."),
    gettext_noop("Fuzzy"),
    gettext_noop("Obsolete"),
    gettext_noop("File"),
    gettext_noop("Nothing to translate!"),
    gettext_noop(
        "You haven't specified any languages in your settings file, or haven't yet generated a batch of translation catalogs."
    ),
    gettext_noop(
        'Please refer to <a href="%(i18n_doc_link)s">Django\'s I18N documentation</a> for a guide on how to set up internationalization for your project.'
    ),
    gettext_noop("Pick another file"),
    gettext_noop("Download this catalog"),
    gettext_noop("Progress: %(percent_translated)s%%"),
    gettext_noop("File is read-only: download the file when done editing!"),
    gettext_noop("Translate into %(rosetta_i18n_lang_name)s"),
    gettext_noop("Display:"),
    gettext_noop("Untranslated only"),
    gettext_noop("Translated only"),
    gettext_noop("Fuzzy only"),
    gettext_noop("Search"),
    gettext_noop("Go"),
    gettext_noop("Reference language"),
    gettext_noop("Original"),
    gettext_noop("Occurrences(s)"),
    gettext_noop("Unmatched variables"),
    gettext_noop("suggest"),
    gettext_noop("Show less"),
    gettext_noop("Context hint"),
    gettext_noop("Save and translate next block"),
    gettext_noop("Skip to page:"),
    gettext_noop("Displaying:"),
    gettext_noop(
        "Some items in your last translation block couldn't be saved: this usually happens when the catalog file changes on disk after you last loaded it."
    ),
    ngettext_lazy("%(more_count)s more", "%(more_count)s more", 1),
    ngettext_lazy(
        "%(hits)s/%(message_number)s message", "%(hits)s/%(message_number)s messages", 1
    ),
]
