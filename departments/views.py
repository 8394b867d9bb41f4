from django.http import Http404
from django.shortcuts import redirect, render

from core.public import public_page
from core.slugs import renamed_object
from departments.context_processors import department_with_contacts
from departments.models import Department
from departments.office_hours import seconds_until_change, status_line, weekly_ranges
from partners.models import Partner
from programs.models import Program


@public_page
def home(request):
    # The department the header and footer show, with its head and contacts:
    # read once per content version, not once more for this page.
    return _render_department(request, department_with_contacts())


@public_page
def department_detail(request, slug):
    department = Department.objects.for_page().filter(slug=slug).first() or renamed_object(
        Department.objects.all(), slug
    )
    if department is None:
        raise Http404("No department has this address.")
    if department == Department.objects.shown_on_home_page():
        # One page, one URL: the home page is this department's page.
        return redirect("departments:home", permanent=True)
    if department.slug != slug:
        return redirect(department, permanent=True)
    return _render_department(request, department)


def _render_department(request, department):
    context = {
        "department": department,
        "country_counts": Partner.objects.active().with_agreement_in_force().counted_by_country(),
        "programs": Program.objects.with_projects(),
    }
    office_hours = department.office_hours.all() if department else []
    context["office_hours"] = weekly_ranges(office_hours)
    context["office_hours_status"] = status_line(office_hours)
    response = render(request, "departments/department_detail.html", context)
    # The open-now line must not outlive the hour it describes.
    lifetime = seconds_until_change(office_hours)
    if lifetime is not None:
        response.page_cache_seconds = lifetime
    return response


@public_page
def accessibility_statement(request):
    return render(request, "departments/accessibility_statement.html")
