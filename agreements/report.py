"""The yearly report: agreements signed, in force, expiring and expired in
a chosen year, by country and by type, as a staff page and as XLSX or CSV.

Other content apps add their own tables to the same report: an app with a
`report` module defining `yearly_report_tables(year, on_day)` (returning a
list of `core.reports.Table`) is asked, in INSTALLED_APPS order
(activities adds "activities by kind" this way). This module is one of them.
"""

import csv
import datetime
import io

import tablib
from django import forms
from django.db.models import Count, Q
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import get_language, gettext_lazy, pgettext_lazy
from django.utils.translation import gettext as _

from agreements.models import Agreement, Kind, Status, status_conditions, tashkent_today
from core.content import content_app_modules
from core.reports import Table
from core.translated_text import fill_in
from partners.countries import country_name

EARLIEST_YEAR = 1991


def report_day(year, today=None):
    """The day statuses are counted on: 31 December, or today for this year."""
    today = today or tashkent_today()
    return min(datetime.date(year, 12, 31), today)


def _counts(year, on_day):
    conditions = status_conditions(on_day)
    return {
        "signed": Count("pk", filter=Q(is_signed=True, signed_on__year=year)),
        "in_force": Count("pk", filter=conditions["in_force"]),
        "expiring": Count("pk", filter=conditions[Status.EXPIRING]),
        "expired": Count(
            "pk",
            filter=conditions[Status.EXPIRED] & Q(valid_until__year=year),
        ),
    }


COLUMNS = ["signed", "in_force", "expiring", "expired"]


def _headers(first, on_day):
    day = on_day.isoformat()
    return [
        str(first),
        _("Signed in the year"),
        fill_in(gettext_lazy("In force on %(day)s"), {"day": day}),
        fill_in(gettext_lazy("Expiring within 90 days of %(day)s"), {"day": day}),
        _("Expired during the year"),
    ]


def yearly_report_tables(year, on_day):
    """This app's tables: by country and by type, in two queries."""
    by_country = (
        Agreement.objects.values("partner__country")
        .annotate(**_counts(year, on_day))
        .order_by("partner__country")
    )
    by_kind = Agreement.objects.values("kind").annotate(**_counts(year, on_day)).order_by("kind")
    labels = dict(Kind.choices)
    country_rows = sorted(
        (
            [country_name(row["partner__country"]), *(row[c] for c in COLUMNS)]
            for row in by_country
        ),
        key=lambda row: row[0],
    )
    kind_rows = [
        [str(labels.get(row["kind"], row["kind"])), *(row[c] for c in COLUMNS)] for row in by_kind
    ]
    return [
        Table(_("Agreements by country"), _headers(_("Country"), on_day), country_rows),
        Table(
            _("Agreements by type"),
            _headers(pgettext_lazy("kind of agreement", "Type"), on_day),
            kind_rows,
        ),
    ]


def all_tables(year, on_day):
    tables = []
    for module in content_app_modules("report"):
        if hasattr(module, "yearly_report_tables"):
            tables += module.yearly_report_tables(year, on_day)
    return tables


class YearForm(forms.Form):
    year = forms.IntegerField(label=gettext_lazy("Year"))

    def __init__(self, *args, this_year, **kwargs):
        super().__init__(*args, **kwargs)
        self.this_year = this_year
        self.fields["year"].widget.attrs.update({"min": EARLIEST_YEAR, "max": this_year})

    def clean_year(self):
        year = self.cleaned_data["year"]
        if not EARLIEST_YEAR <= year <= self.this_year:
            raise forms.ValidationError(
                fill_in(
                    gettext_lazy("Choose a year from %(first)s to %(last)s."),
                    {"first": EARLIEST_YEAR, "last": self.this_year},
                )
            )
        return year


def _dataset(table):
    dataset = tablib.Dataset(headers=table.headers, title=str(table.title)[:31])
    for row in table.rows:
        dataset.append(row)
    dataset.append([_("Total"), *table.totals])
    return dataset


def export(tables, year, file_format):
    """The tables as an XLSX workbook (one sheet each) or one CSV."""
    name = f"agreements-report-{year}-{get_language()}"
    if file_format == "xlsx":
        content = tablib.Databook([_dataset(table) for table in tables]).export("xlsx")
        content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    else:
        # One file, each table under its title and a blank line after it;
        # the byte order mark makes spreadsheets read it as UTF-8.
        buffer = io.StringIO()
        buffer.write("\ufeff")
        writer = csv.writer(buffer)
        for table in tables:
            dataset = _dataset(table)
            writer.writerow([str(table.title)])
            writer.writerow(dataset.headers)
            writer.writerows(dataset)
            writer.writerow([])
        content = buffer.getvalue()
        content_type = "text/csv; charset=utf-8"
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}.{file_format}"'
    response["Cache-Control"] = "private, no-store"
    return response


def report_response(request, admin_site):
    today = tashkent_today()
    form = YearForm(request.GET or {"year": today.year}, this_year=today.year)
    year = form.cleaned_data["year"] if form.is_valid() else today.year
    on_day = report_day(year, today)
    tables = all_tables(year, on_day)
    file_format = request.GET.get("format")
    if file_format in ("xlsx", "csv") and form.is_valid():
        return export(tables, year, file_format)
    title = fill_in(gettext_lazy("Agreements in %(year)s"), {"year": year})
    context = {
        **admin_site.each_context(request),
        "title": title,
        "form": form,
        "year": year,
        "on_day": on_day,
        "tables": tables,
        "opts": Agreement._meta,
    }
    return TemplateResponse(request, "admin/agreements/report.html", context)
