"""Every item the demo ships, opened in the admin and saved unchanged, as staff
do: the save goes through and the page opens again. (Every shipped Spanish
translation was once refused this way: nothing had tried it.)"""

import re

import pytest
from django.contrib import admin
from django.urls import NoReverseMatch, reverse

from tests.support.forms import form_values

pytestmark = pytest.mark.django_db

# At most this many rows of one model (the demo has fewer of each kind of content).
PER_MODEL = 40
ERRORS = re.compile(
    r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>|<p class="errornote">(.*?)</p>', re.S
)


def saved_unchanged(client, url) -> str | None:
    """None when the page is not this person's, has no save button (read-only) or saves unchanged;
    otherwise what went wrong."""
    page = client.get(url)
    if page.status_code == 403:
        return None  # not this person's to open
    if page.status_code != 200:
        return f"GET {page.status_code}"
    html = page.content.decode()
    form_id = f"{page.context['opts'].model_name}_form"
    if f'id="{form_id}"' not in html or 'name="_save"' not in html:
        return None  # no change form or no save button: a read-only page
    data = form_values(html, form_id)
    data["_save"] = "Save"
    response = client.post(url, data)
    if response.status_code != 302:
        errors = [
            re.sub(r"<[^>]+>", " ", a or b).split()
            for a, b in ERRORS.findall(response.content.decode())
        ]
        return f"POST {response.status_code}: " + " | ".join(" ".join(e) for e in errors)[:600]
    again = client.get(url)
    if again.status_code != 200:
        return f"GET after the save {again.status_code}"
    return None


@pytest.mark.parametrize("who", ["admin_user", "author", "reviewer", "publisher"])
def test_every_demo_item_saves_unchanged_from_the_admin(client, demo, who, request):
    """As each role: what that person may change saves unchanged."""
    client.force_login(request.getfixturevalue(who))
    failures, tried = {}, 0
    for model in admin.site._registry:
        opts = model._meta
        for obj in model._default_manager.all()[:PER_MODEL]:
            try:
                url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
            except NoReverseMatch:
                continue
            tried += 1
            problem = saved_unchanged(client, url)
            if problem:
                failures[f"{opts.label} {obj.pk} {obj}"] = problem
    assert tried > 30 or who != "admin_user"
    assert not failures, "\n".join(f"{item}: {problem}" for item, problem in failures.items())
