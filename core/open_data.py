"""Open data: a content app's public records as JSON and CSV, in the page's language.

A content app makes its list downloadable in a few lines. In its views.py:

    from core.open_data import open_data_views

    opportunities_json, opportunities_csv = open_data_views(
        "opportunities",
        lambda: Opportunity.objects.open(),
        {
            "title": lambda opportunity: opportunity.title,
            "deadline": lambda opportunity: opportunity.deadline,
        },
    )

in a module `open_data_urls.py` beside its urls.py:

    app_name = "opportunities-data"
    urlpatterns = [
        path("opportunities.json", views.opportunities_json, name="json"),
        path("opportunities.csv", views.opportunities_csv, name="csv"),
    ]

and one line in the root URLconf's i18n_patterns:
`path("", include("opportunities.open_data_urls"))`. Link them from the
list page with {% include "core/_open_data_links.html" with data="opportunities-data" %}.

Both formats carry the same columns, in the column order given, plus `url`,
the record's page as an absolute address. Texts are in the language of the
URL's prefix (with the fallbacks pages use), dates in ISO 8601, a missing
value is null in JSON and empty in CSV.

- JSON is an object: {"language", "generated" (when this copy was made,
  UTC), "count", "items": [{column: value}]}, so a reader knows what it holds
  and the envelope can grow without breaking anyone.
- CSV is RFC 4180: comma-separated, CRLF line ends, a header row, UTF-8
  with a byte order mark. Without the mark Excel reads the file in the
  computer's legacy code page, and Cyrillic and the Uzbek ʻ come out
  garbled; LibreOffice and Python's "utf-8-sig" read it either way. A text
  cell that begins with = + - @ or a tab would be run as a formula by a
  spreadsheet, so it gets a leading apostrophe (the usual guard; JSON keeps
  the text as it is). It is sent as a download (Content-Disposition) named
  `<name>-<language>.csv`.

Both are public GET pages: the page cache stores them like any page and
drops them when content changes.
"""

import csv
import io
import json
from datetime import date, datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import get_language

from core.public import public_page

# What a spreadsheet would read as the start of a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _plain(value):
    if value is None or value == "":
        return None
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (bool, int, float)):
        return value
    return str(value)


def records_as_rows(request, records, columns):
    """[{column: value}] for `records`, each with its page's absolute `url`."""
    rows = []
    for record in records:
        row = {name: _plain(read(record)) for name, read in columns.items()}
        row["url"] = request.build_absolute_uri(record.get_absolute_url())
        rows.append(row)
    return rows


def json_response(rows):
    payload = {
        "language": get_language(),
        "generated": timezone.now().isoformat(timespec="seconds"),
        "count": len(rows),
        "items": rows,
    }
    return HttpResponse(
        json.dumps(payload, ensure_ascii=False, indent=1),
        content_type="application/json; charset=utf-8",
    )


def _safe_cell(value):
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_response(rows, columns, name):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    header = [*columns, "url"]
    writer.writerow(header)
    for row in rows:
        writer.writerow([_safe_cell(row[column]) for column in header])
    response = HttpResponse(
        ("\ufeff" + buffer.getvalue()).encode("utf-8"),
        content_type="text/csv; charset=utf-8; header=present",
    )
    response["Content-Disposition"] = f'attachment; filename="{name}-{get_language()}.csv"'
    return response


def open_data_views(name, records, columns):
    """(json_view, csv_view) serving `records()` (a callable returning the
    public records, read per request) with `columns` {name: read(record)}."""

    @public_page
    def as_json(request):
        return json_response(records_as_rows(request, records(), columns))

    @public_page
    def as_csv(request):
        return csv_response(records_as_rows(request, records(), columns), columns, name)

    as_json.__name__ = f"{name}_json"
    as_csv.__name__ = f"{name}_csv"
    return as_json, as_csv
