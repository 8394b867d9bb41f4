from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render

from core.open_data import open_data_views
from core.public import public_page
from programs.models import Program, Project


@public_page
def program_list(request):
    programs = Program.objects.with_projects()
    return render(request, "programs/program_list.html", {"programs": programs})


@public_page
def project_detail(request, program_slug, slug):
    try:
        project = get_object_or_404(
            Project.objects.for_page().with_partner_list(), program__slug=program_slug, slug=slug
        )
    except Http404:
        renamed = Project.objects.for_page().renamed(program_slug, slug)
        if renamed is None:
            raise
        return redirect(renamed, permanent=True)
    return render(request, "programs/project_detail.html", {"project": project})


# /<lang>/projects.json and .csv: every project, programme by programme.
projects_json, projects_csv = open_data_views(
    "projects",
    lambda: Project.objects.for_page().in_programme_order(),
    {
        "title": lambda project: project.title,
        "programme": lambda project: project.program.name,
        "status": lambda project: project.get_status_display(),
        "status_code": lambda project: project.status,
        "starts_on": lambda project: project.starts_on,
        "ends_on": lambda project: project.ends_on,
        "website": lambda project: project.website,
    },
)
