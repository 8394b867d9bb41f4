from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save, pre_save
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """The translation workflow: the status page and command, fingerprints of
    the source text, "same in every language", catalogue checks and the
    Uzbek admin strings. It finds translated models through modeltranslation
    and their public pages through translations.pages."""

    name = "translations"
    verbose_name = _("Translations")

    def ready(self):
        from rosetta.signals import entry_changed

        from translations import fingerprints, rosetta_views
        from translations.fields import translated_models

        entry_changed.connect(rosetta_views.log_entry_change)

        for model, _fields in translated_models():
            pre_save.connect(fingerprints.remember_previous_values, sender=model)
            post_save.connect(fingerprints.update_fingerprints, sender=model)
            post_delete.connect(fingerprints.forget_translations, sender=model)
