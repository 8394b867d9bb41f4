"""Who may see translation status and edit interface strings."""

from core.groups import EDITORS, TRANSLATORS

TRANSLATING_GROUPS = {EDITORS, TRANSLATORS}


def can_translate(user):
    """Superusers, and staff in the Editors or Translators group."""
    if not (user.is_authenticated and user.is_active and user.is_staff):
        return False
    return user.is_superuser or user.groups.filter(name__in=TRANSLATING_GROUPS).exists()
