"""Made-up activities for trying the site and for screenshots.

Every title says it is an example, and nothing here happened: the
department's real news is written by its staff. Partners and projects of
the seed are linked when they are there, never required.
"""

import datetime

from django.utils import timezone

from activities.models import Activity
from core.demo import example_image
from partners.models import Partner
from programs.models import Project

DEMO_SLUG_PREFIX = "example-"


def _first(model, **lookup):
    return model.objects.filter(**lookup).first()


def create_demo_content():
    today = timezone.localdate()
    now = timezone.now()
    examples = [
        {
            "kind": Activity.Kind.DELEGATION_VISIT,
            "slug": "example-delegation-visit",
            "title_uz": "Namuna: hamkor universitet delegatsiyasi tashrifi",
            "title_ru": "Пример: визит делегации вуза-партнёра",
            "title_en": "Example: a visit from a partner university’s delegation",
            "summary_uz": (
                "Bu namuna matn: bunday tashrif boʻlmagan. Sahifa qanday koʻrinishini koʻrsatadi."
            ),
            "summary_ru": (
                "Это пример: такого визита не было. Он показывает, как выглядит страница."
            ),
            "summary_en": (
                "This is an example: no such visit took place. It shows what the page looks like."
            ),
            "body_uz": "Namuna *xatboshi*.\n\n- Konsert\n- Maʼruza",
            "body_ru": "Пример *абзаца*.\n\n- Концерт\n- Лекция",
            "body_en": "An example *paragraph*.\n\n- A concert\n- A lecture",
            "place_uz": "Namuna: institutning katta zali",
            "place_ru": "Пример: большой зал института",
            "place_en": "Example: the institute’s great hall",
            "starts_on": today - datetime.timedelta(days=12),
            "published_at": now - datetime.timedelta(days=11),
            "image_colours": ("#14406b", "#f2c14e", "#0b5cad"),
            "image_alt_uz": "Namuna rasm: rangli chiziqlar",
            "image_alt_ru": "Пример изображения: цветные полосы",
            "image_alt_en": "Example picture: bands of colour",
            "partner": {"slug": "induk-university"},
        },
        {
            "kind": Activity.Kind.MASTER_CLASS,
            "slug": "example-master-class",
            "title_uz": "Namuna: taklif etilgan mutaxassisning mahorat darsi",
            "title_ru": "Пример: мастер-класс приглашённого специалиста",
            "title_en": "Example: a master class by an invited expert",
            "summary_uz": "Namuna: bu mahorat darsi oʻylab topilgan.",
            "summary_ru": "Пример: этот мастер-класс выдуман.",
            "summary_en": "Example: this master class is made up.",
            "starts_on": today - datetime.timedelta(days=40),
            "ends_on": today - datetime.timedelta(days=38),
            "published_at": now - datetime.timedelta(days=37),
        },
        {
            "kind": Activity.Kind.COMPETITION_RESULT,
            "slug": "example-festival-result",
            "title_uz": "Namuna: talabalarning festivaldagi natijasi",
            "title_ru": "Пример: результат студентов на фестивале",
            "title_en": "Example: students’ result at a festival",
            "summary_uz": "Namuna: bunday festival va mukofot boʻlmagan.",
            "summary_ru": "Пример: такого фестиваля и награды не было.",
            "summary_en": "Example: there was no such festival or prize.",
            "starts_on": today - datetime.timedelta(days=400),
            "published_at": now - datetime.timedelta(days=398),
            "project": {"slug": "uzdoc-2"},
        },
        {
            "kind": Activity.Kind.CONFERENCE,
            "slug": "example-scheduled-conference",
            "title_uz": "Namuna: rejalashtirilgan konferensiya xabari",
            "title_ru": "Пример: запланированная новость о конференции",
            "title_en": "Example: a scheduled conference report",
            "summary_uz": "Namuna: bu xabar ertaga oʻzi eʼlon qilinadi.",
            "summary_ru": "Пример: эта новость сама опубликуется завтра.",
            "summary_en": "Example: this report publishes itself tomorrow.",
            "starts_on": today,
            "published_at": now + datetime.timedelta(days=1),
        },
        {
            "kind": Activity.Kind.EXCHANGE,
            "slug": "example-draft-exchange",
            "title_uz": "Namuna: almashinuv haqida qoralama",
            "title_ru": "Пример: черновик об обмене",
            "title_en": "Example: a draft about an exchange",
            "summary_uz": "Namuna: qoralama, faqat xodimlar koʻradi.",
            "summary_ru": "Пример: черновик, его видят только сотрудники.",
            "summary_en": "Example: a draft only staff see.",
            "starts_on": today - datetime.timedelta(days=3),
            "published_at": None,
        },
    ]
    created = []
    for example in examples:
        colours = example.pop("image_colours", None)
        partner_lookup = example.pop("partner", None)
        project_lookup = example.pop("project", None)
        activity = Activity(**example)
        if colours:
            activity.image = example_image(colours)
        activity.save()
        if partner_lookup and (partner := _first(Partner, **partner_lookup)):
            activity.partners.add(partner)
        if project_lookup and (project := _first(Project, **project_lookup)):
            activity.projects.add(project)
        created.append(activity)
    return created
