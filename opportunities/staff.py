"""What pages show signed-in staff only, without touching visitors' sessions."""

from django.conf import settings
from django.urls import reverse


def add_url_for_staff(request):
    """The admin's "add opportunity" page for staff who may add one, else "".

    Visitors without a session cookie never touch the session: that would
    add Vary: Cookie, and the page cache would not keep the page.
    """
    if request is None or settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return ""
    user = request.user
    if user.is_active and user.is_staff and user.has_perm("opportunities.add_opportunity"):
        return reverse("admin:opportunities_opportunity_add")
    return ""
