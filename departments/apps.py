from django.utils.translation import gettext_lazy as _

from core import content
from core.navigation import Section


class DepartmentsConfig(content.ContentAppConfig):
    name = "departments"
    verbose_name = _("Department")
    navigation = Section(_("Department"), "departments:home", position=10)
