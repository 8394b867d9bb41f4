"""Activities by kind in the yearly report (agreements.report, core.reports)."""

from django.db.models import Count
from django.utils.translation import gettext as _

from activities.kinds import Kind
from activities.models import Activity
from core.reports import Table


def yearly_report_tables(year, on_day):
    """Published activities that began in `year`, by kind (one query)."""
    counts = dict(
        Activity.objects.published()
        .filter(starts_on__year=year)
        .order_by()
        .values_list("kind")
        .annotate(count=Count("pk"))
        .values_list("kind", "count")
    )
    rows = [[str(kind.label), counts[kind]] for kind in Kind if counts.get(kind)]
    return [Table(_("Activities by kind"), [_("Kind of activity"), _("Activities")], rows)]
