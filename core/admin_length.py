"""Length limits staff can see instead of a paste cut without a word.

A browser silently cuts a paste into an <input maxlength>, so the admin's
text fields carry their limit as `data-max-length` instead; a small script
(static/admin/length_limits.js) counts under each one and warns when the
text is over it, and the server's max_length validator still refuses it.
"""

from django.utils.translation import ngettext

# A number in each plural category (Unicode CLDR) of the site's languages,
# so the script can pick the right form with Intl.PluralRules.
PLURAL_CATEGORY_SAMPLES = {"one": 1, "few": 3, "many": 5, "other": 100}


class LengthLimitShownMixin:
    """Form fields keep their limit visible but no longer cut what is pasted."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        widget = getattr(formfield, "widget", None)
        limit = widget.attrs.pop("maxlength", None) if widget is not None else None
        if limit is not None:
            widget.attrs["data-max-length"] = limit
        return formfield


def length_limit_texts():
    """The script's warning in every plural form of the current language,
    keyed by plural category, with "{count}" where the number goes."""
    return {
        category: ngettext(
            "Too long by %(count)s character: it will not be saved.",
            "Too long by %(count)s characters: it will not be saved.",
            number,
        ).replace("%(count)s", "{count}")
        for category, number in PLURAL_CATEGORY_SAMPLES.items()
    }
