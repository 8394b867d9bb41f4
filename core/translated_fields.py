"""Which fields of a model modeltranslation translates."""

from modeltranslation.translator import NotRegistered, translator


def translated_field_names(model):
    """The names of `model`'s translated fields ("name", not "name_uz"), or
    an empty set for a model without translations.

    Each stands for its language columns: its own attribute reads whichever
    language is active.
    """
    try:
        return set(translator.get_options_for_model(model).fields)
    except NotRegistered:
        return set()
