"""Wrong passwords lock a user name and an address for a while; an admin can unlock before the cool-off ends."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.utils import timezone, translation

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


def log_in(client, username, password, *, address="10.0.0.1", path="/accounts/login/"):
    return client.post(path, {"username": username, "password": password}, REMOTE_ADDR=address)


def test_twenty_wrong_passwords_lock_the_account_and_the_right_one_is_refused_until_the_cool_off(client):
    UserFactory(username="alice", groups=["Fact-checker"])

    answers = [log_in(client, "alice", f"guess {n}").status_code for n in range(20)]

    assert answers[0] == 200  # the form again, with its error
    assert answers[-1] == 429
    # The right password, even from another address, while the account is locked.
    response = log_in(client, "alice", PASSWORD, address="10.0.0.2")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    # Once the cool-off is over, the right password works.
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(hours=1))
    response = log_in(client, "alice", PASSWORD, address="10.0.0.2")
    assert response.status_code == 302
    assert client.get("/review/").status_code == 200


def test_an_address_that_tries_many_names_is_locked_for_every_name(client):
    UserFactory(username="bob", groups=["Fact-checker"])

    for n in range(20):
        log_in(client, f"someone{n}", "guess", address="10.0.0.9")

    assert log_in(client, "bob", PASSWORD, address="10.0.0.9").status_code == 429
    # Another address is not locked, and bob's own name was never guessed.
    assert log_in(client, "bob", PASSWORD, address="10.0.0.10").status_code == 302


def test_the_lockout_page_speaks_french_and_english(client):
    UserFactory(username="carol")
    for n in range(20):
        log_in(client, "carol", f"guess {n}")

    english = client.post(
        "/accounts/login/", {"username": "carol", "password": "x"}, REMOTE_ADDR="10.0.0.1",
        headers={"accept-language": "en"},
    )  # fmt: skip
    french = client.post(
        "/accounts/login/", {"username": "carol", "password": "x"}, REMOTE_ADDR="10.0.0.1",
        headers={"accept-language": "fr"},
    )  # fmt: skip

    assert english.status_code == french.status_code == 429
    assert "Too many failed logins" in english.content.decode()
    assert "15 minutes" in english.content.decode()
    # In the French catalogue's words (the lead compiles it from the merged entries).
    with translation.override("fr"):
        heading = translation.gettext("Too many failed logins")
    assert '<html lang="fr">' in french.content.decode()
    assert heading in french.content.decode()


def test_the_admin_login_is_throttled_too(client):
    UserFactory(username="root", is_staff=True, is_superuser=True)

    for n in range(20):
        log_in(client, "root", f"guess {n}", path="/admin/login/")

    response = log_in(client, "root", PASSWORD, path="/admin/login/", address="10.0.0.3")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_an_admin_unlocks_an_account_and_it_works_at_once(client):
    UserFactory(username="dave", groups=["Fact-checker"])
    UserFactory(username="root", is_staff=True, is_superuser=True)
    for n in range(20):
        log_in(client, "dave", f"guess {n}", address="10.0.0.4")
    assert log_in(client, "dave", PASSWORD, address="10.0.0.5").status_code == 429

    admin = client.__class__()
    assert log_in(admin, "root", PASSWORD, address="10.0.0.6").status_code == 302
    locked = AccessAttempt.objects.filter(username="dave")
    response = admin.post(
        "/admin/axes/accessattempt/",
        {"action": "delete_selected", "_selected_action": [str(pk) for pk in locked.values_list("pk", flat=True)],
         "post": "yes"},
    )  # fmt: skip
    assert response.status_code == 302
    assert not locked.exists()

    assert log_in(client, "dave", PASSWORD, address="10.0.0.4").status_code == 302


def test_a_locked_out_person_gets_no_api_session(client):
    UserFactory(username="erin", groups=["Editor"])
    for n in range(20):
        log_in(client, "erin", f"guess {n}")

    log_in(client, "erin", PASSWORD)

    assert client.get("/api/v1/articles/").status_code in (401, 403)


def test_behind_the_proxy_each_client_is_counted_by_the_address_nginx_passes_on(client, settings):
    settings.AXES_CLIENT_IP_CALLABLE = "factcheck.throttling.client_ip"  # BEHIND_PROXY=1
    UserFactory(username="fred", groups=["Fact-checker"])

    for n in range(20):
        client.post("/accounts/login/", {"username": f"x{n}", "password": "guess"}, REMOTE_ADDR="127.0.0.1",
                    headers={"x-real-ip": "203.0.113.7"})  # fmt: skip

    guesser = client.post("/accounts/login/", {"username": "fred", "password": PASSWORD}, REMOTE_ADDR="127.0.0.1",
                          headers={"x-real-ip": "203.0.113.7"})  # fmt: skip
    assert guesser.status_code == 429
    # Every request came from nginx's 127.0.0.1: only the guesser's own address is locked.
    other = client.post("/accounts/login/", {"username": "fred", "password": PASSWORD}, REMOTE_ADDR="127.0.0.1",
                        headers={"x-real-ip": "203.0.113.8"})  # fmt: skip
    assert other.status_code == 302
    assert log_in(client.__class__(), "fred", PASSWORD, address="127.0.0.1").status_code == 302
