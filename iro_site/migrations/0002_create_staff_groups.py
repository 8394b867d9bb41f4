"""Create the Editors and Translators groups with their permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CONTENT_MODELS = {
    "departments": ["department", "departmenthead", "officehours", "goal"],
    "partners": ["partner"],
    "programs": ["programme", "project"],
}
GROUP_ACTIONS = {
    "Editors": ["add", "change", "delete", "view"],
    "Translators": ["change", "view"],
}


def ensure_permissions_exist(apps):
    # Permissions are normally created after all migrations have run; the
    # groups need them now.
    for app_label in CONTENT_MODELS:
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ensure_permissions_exist(apps)
    for group_name, actions in GROUP_ACTIONS.items():
        group, _created = Group.objects.get_or_create(name=group_name)
        codenames = [
            f"{action}_{model}"
            for models in CONTENT_MODELS.values()
            for model in models
            for action in actions
        ]
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label__in=CONTENT_MODELS, codename__in=codenames
            )
        )


def delete_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUP_ACTIONS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("iro_site", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("departments", "0001_initial"),
        ("partners", "0001_initial"),
        ("programs", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_groups, delete_groups)]
