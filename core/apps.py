from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every content app shares: image fields and uploads, admin helpers,
    storage, the seed loader, the staff groups, the content version and the
    history of every save."""

    name = "core"
    verbose_name = _("Site")

    def ready(self):
        from core.content import content_models
        from core.content_version import mark_content_changed
        from core.demo import forget_demo_record
        from core.groups import grant_content_permissions
        from core.history import register_content_models

        for model in content_models():
            # Saves outside a request (shell, commands) empty the page cache too.
            post_save.connect(mark_content_changed, sender=model)
            post_delete.connect(mark_content_changed, sender=model)
            # A demo object deleted anywhere (the admin too) leaves no record.
            post_delete.connect(forget_demo_record, sender=model)
        # Every content model keeps versions, a new content app's too.
        register_content_models()
        post_migrate.connect(grant_content_permissions, dispatch_uid="staff-group-permissions")
