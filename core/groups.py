"""The staff groups and the rule that gives them their permissions.

Editors may do anything to content; Translators may read all content and
change the translated models (core.admin_helpers keeps everything but the
text read-only for them). The rule runs after every migrate, for each app
that declares itself content (core.content), so a new content app or model
needs no list kept anywhere.
"""

from django.apps import apps as global_apps
from modeltranslation.translator import translator

from core.content import ContentAppConfig

EDITORS = "Editors"
TRANSLATORS = "Translators"


def grant_content_permissions(sender, app_config, using, apps=global_apps, **kwargs):
    """post_migrate: give both groups their permissions on `app_config`'s models.

    Permissions are only ever added, so what an administrator granted by hand
    stays. auth's own post_migrate receiver, connected earlier, has just
    created this app's permissions. `apps` is the migration state after
    migrate; a flush (TransactionTestCase) sends no `apps`.
    """
    if not isinstance(app_config, ContentAppConfig):
        return
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.using(using).filter(content_type__app_label=app_config.label)
    translated = {
        model._meta.model_name
        for model in translator.get_registered_models()
        if model._meta.app_label == app_config.label
    }
    editors, _created = Group.objects.using(using).get_or_create(name=EDITORS)
    editors.permissions.add(*permissions)
    translators, _created = Group.objects.using(using).get_or_create(name=TRANSLATORS)
    translators.permissions.add(
        *permissions.filter(codename__startswith="view_"),
        *permissions.filter(codename__in=[f"change_{name}" for name in translated]),
    )
