from django.utils.translation import gettext_lazy as _

from core import content


class ProgramsConfig(content.ContentAppConfig):
    name = "programs"
    verbose_name = _("International programmes")
