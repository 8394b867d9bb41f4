"""A made-up project for trying the site and for screenshots: a page with
everything a project's page can say (lead image, period, status, partner
institutions, description), linked from the programmes list and from its
partners' pages. Its title says it is an example."""

import datetime

from django.utils import timezone

from core.demo import example_image
from partners.models import Partner
from programs.models import Program, Project

DEMO_PARTNER_SLUGS = ["induk-university", "kazakh-national-university-of-arts"]


def create_demo_content():
    program = Program.objects.order_by("position", "pk").first()
    if program is None:
        return []
    today = timezone.localdate()
    project = Project(
        program=program,
        slug="example-joint-masterclasses",
        title_uz="Namuna: hamkor akademiyalar bilan qoʻshma mahorat darslari",
        title_ru="Пример: совместные мастер-классы с академиями-партнёрами",
        title_en="Example: joint master classes with partner academies",
        summary_uz="Namuna loyiha: bunday loyiha yoʻq. Sahifa qanday koʻrinishini koʻrsatadi.",
        summary_ru="Пример проекта: такого проекта нет. Он показывает, как выглядит страница.",
        summary_en=(
            "An example project: there is no such project. It shows what the page looks like."
        ),
        description_uz=(
            "Talabalar va oʻqituvchilar bir semestr davomida hamkor akademiyalarda "
            "mahorat darslarida qatnashadi.\n\nYakunida qoʻshma konsert boʻladi."
        ),
        description_ru=(
            "Студенты и преподаватели в течение семестра участвуют в мастер-классах "
            "в академиях-партнёрах.\n\nВ конце проходит совместный концерт."
        ),
        description_en=(
            "For a semester, students and teachers take part in master classes at "
            "the partner academies.\n\nIt ends with a joint concert."
        ),
        status=Project.Status.ONGOING,
        starts_on=today - datetime.timedelta(days=60),
        ends_on=today + datetime.timedelta(days=300),
        image=example_image(["#1a3170", "#127a80", "#e0a43a", "#f8f4ec"]),
        image_alt_uz="Namuna rasm: rangli chiziqlar",
        image_alt_ru="Пример изображения: цветные полосы",
        image_alt_en="Example picture: bands of colour",
    )
    project.save()
    project.partners.set(Partner.objects.filter(slug__in=DEMO_PARTNER_SLUGS))
    return [project]
