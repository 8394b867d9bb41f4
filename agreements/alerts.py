"""What needs action: agreements expiring within 90 days, and expired ones
whose partner the site still shows with nothing else in force. The admin
index and the `agreement_alerts` command show the same lists."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from agreements.models import Agreement, tashkent_today

# Each list shows at most this many; a link leads to all of them.
SHOWN_AT_MOST = 20


@dataclass
class AlertGroup:
    key: str
    title: str
    agreements: list
    count: int

    @property
    def more(self):
        return self.count - len(self.agreements)


def needing_action(today=None, limit=SHOWN_AT_MOST):
    """Both lists, the soonest first: one query each, two for a list
    longer than `limit`."""
    today = today or tashkent_today()
    lists = [
        ("expiring", _("Expiring within 90 days"), Agreement.objects.expiring(today)),
        (
            "expired-partner-shown",
            _("Expired, while the partner is still shown on the site"),
            Agreement.objects.expired_but_partner_shown(today),
        ),
    ]
    groups = []
    for key, title, queryset in lists:
        queryset = queryset.for_lists().order_by("valid_until", "pk")
        shown = list(queryset if limit is None else queryset[:limit])
        count = len(shown) if limit is None or len(shown) < limit else queryset.count()
        groups.append(AlertGroup(key, title, shown, count))
    return groups
