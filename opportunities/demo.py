"""Clearly fictional opportunities for trying the site and for screenshots.

Every title says it is an example; every link goes to example.org. The
deadlines are set from the moment the demo is loaded: three open, closing
at different times, and one already closed, so the list, the archive, the
home page and the calendar all have something to show.
"""

from datetime import timedelta

from django.utils import timezone

from opportunities.models import Opportunity
from programs.models import Program

DEMO_OPPORTUNITIES = [
    {
        "slug": "demo-summer-school-scholarship",
        "title_uz": "Namuna: yozgi musiqa maktabi uchun stipendiya",
        "title_ru": "Пример: стипендия летней музыкальной школы",
        "title_en": "Example: summer music school scholarship",
        "funder_uz": "Namuna jamgʻarmasi",
        "funder_ru": "Фонд-пример",
        "funder_en": "Example Foundation",
        "for_students": True,
        "deadline_in": timedelta(days=3, hours=4),
        "description_uz": "Bu namunaviy eʼlon: saytni sinash uchun toʻqib chiqarilgan.",
        "description_ru": "Это пример объявления, придуманный для знакомства с сайтом.",
        "description_en": "This is an example call, made up for trying the site.",
    },
    {
        "slug": "demo-staff-mobility-call",
        "title_uz": "Namuna: oʻqituvchilar akademik almashinuvi tanlovi",
        "title_ru": "Пример: конкурс академической мобильности преподавателей",
        "title_en": "Example: teaching staff mobility call",
        "funder_uz": "",
        "funder_ru": "",
        "funder_en": "",
        "for_teaching_staff": True,
        "for_administrative_staff": True,
        "program_slug": "erasmus-plus",
        "deadline_in": timedelta(days=12),
        "description_uz": "Bu namunaviy eʼlon: saytni sinash uchun toʻqib chiqarilgan.",
        "description_ru": "Это пример объявления, придуманный для знакомства с сайтом.",
        "description_en": "This is an example call, made up for trying the site.",
    },
    {
        "slug": "demo-research-grant",
        "title_uz": "Namuna: sanʼatshunoslik tadqiqotlari uchun grant",
        "title_ru": "Пример: грант на исследования в области искусствоведения",
        "title_en": "Example: arts research grant",
        "funder_uz": "Namuna ilmiy kengashi",
        "funder_ru": "Научный совет-пример",
        "funder_en": "Example Research Council",
        "for_researchers": True,
        "for_teaching_staff": True,
        "deadline_in": timedelta(days=40),
        "description_uz": "Bu namunaviy eʼlon: saytni sinash uchun toʻqib chiqarilgan.",
        "description_ru": "Это пример объявления, придуманный для знакомства с сайтом.",
        "description_en": "This is an example call, made up for trying the site.",
    },
    {
        "slug": "demo-festival-travel-grant",
        "title_uz": "Namuna: festivalga safar granti (yopilgan)",
        "title_ru": "Пример: грант на поездку на фестиваль (закрыт)",
        "title_en": "Example: festival travel grant (closed)",
        "funder_uz": "Namuna jamgʻarmasi",
        "funder_ru": "Фонд-пример",
        "funder_en": "Example Foundation",
        "for_students": True,
        "deadline_in": timedelta(days=-10),
        "description_uz": "Bu namunaviy eʼlon: saytni sinash uchun toʻqib chiqarilgan.",
        "description_ru": "Это пример объявления, придуманный для знакомства с сайтом.",
        "description_en": "This is an example call, made up for trying the site.",
    },
]


def create_demo_content():
    """Create the example opportunities; return them (deleting them removes all)."""
    # Deadlines on the hour, Tashkent time, as real calls set them.
    now = timezone.localtime().replace(minute=0, second=0, microsecond=0)
    created = []
    for values in DEMO_OPPORTUNITIES:
        values = dict(values)
        program_slug = values.pop("program_slug", None)
        deadline = now + values.pop("deadline_in")
        opportunity = Opportunity(
            **values,
            deadline=deadline.replace(hour=17),
            apply_url=f"https://example.org/apply/{values['slug']}",
            program=Program.objects.filter(slug=program_slug).first() if program_slug else None,
        )
        opportunity.save()
        created.append(opportunity)
    return created
