from django.shortcuts import get_object_or_404, render

from programs.models import Programme, Project


def programme_list(request):
    programmes = Programme.objects.with_projects()
    return render(request, "programs/programme_list.html", {"programmes": programmes})


def project_detail(request, programme_slug, slug):
    project = get_object_or_404(
        Project.objects.for_page(), programme__slug=programme_slug, slug=slug
    )
    return render(request, "programs/project_detail.html", {"project": project})
