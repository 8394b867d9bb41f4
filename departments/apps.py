from django.utils.translation import gettext_lazy as _

from core import content


class DepartmentsConfig(content.ContentAppConfig):
    name = "departments"
    verbose_name = _("Department")
