"""The kinds of activity, apart from the model so the page cache can check
a ?kind= value without loading any model."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    # The values appear in URLs (?kind=master-class): keep them stable.
    DELEGATION_VISIT = "delegation-visit", _("delegation visit")
    MASTER_CLASS = "master-class", _("master class")
    COMPETITION_RESULT = "competition-result", _("competition or festival result")
    CONFERENCE = "conference", _("conference")
    EXCHANGE = "exchange", _("exchange or mobility")
    OTHER = "other", _("other")
