"""One signed agreement for each of the department's partners.

The department's page says the Institute has signed agreements with these
institutions and gives no dates: each agreement is signed, with every date
empty, so its status reads "in force, dates not recorded".
"""

from agreements.models import Agreement
from core.seeding import read_seed_file
from partners.models import Partner


def load(report):
    for data in read_seed_file(__file__)["agreements"]:
        partner = Partner.objects.filter(slug=data["partner"]).first()
        if partner is None:
            continue  # staff deleted the partner: nothing to attach to
        existing = Agreement.objects.filter(partner=partner)
        if report.first_time(f"agreement:{data['partner']}", existing):
            Agreement.objects.create(partner=partner, kind=data["kind"], is_signed=True)
