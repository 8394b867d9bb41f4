from django.apps import AppConfig, apps
from django.db.models.signals import post_delete, post_save, pre_save
from django.utils.translation import gettext_lazy as _

CONTENT_APPS = ["departments", "partners", "programs"]
SIGNALS = {"save": post_save, "delete": post_delete}


class IroSiteConfig(AppConfig):
    """The project package doubles as an app for site-wide pieces: the seed
    loader, the template tags shared by every page, the page cache and the
    staff groups."""

    name = "iro_site"
    verbose_name = _("Site")

    def ready(self):
        from django_cleanup.signals import cleanup_post_delete

        from iro_site.images import forget_variants
        from iro_site.page_cache import mark_content_changed
        from iro_site.translation_status import fingerprints
        from iro_site.translation_status.fields import translated_models

        for app_label in CONTENT_APPS:
            for model in apps.get_app_config(app_label).get_models():
                for event, signal in SIGNALS.items():
                    signal.connect(
                        mark_content_changed,
                        sender=model,
                        dispatch_uid=f"page-cache-{event}-{model._meta.label}",
                    )
        cleanup_post_delete.connect(forget_variants, dispatch_uid="image-variants")
        for model, _fields in translated_models():
            label = model._meta.label
            pre_save.connect(
                fingerprints.remember_previous_values,
                sender=model,
                dispatch_uid=f"fingerprint-before-{label}",
            )
            post_save.connect(
                fingerprints.update_fingerprints, sender=model, dispatch_uid=f"fingerprint-{label}"
            )
            post_delete.connect(
                fingerprints.forget_translations,
                sender=model,
                dispatch_uid=f"fingerprint-forget-{label}",
            )
