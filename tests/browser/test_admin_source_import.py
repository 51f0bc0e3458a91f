"""In a real Chromium: a source admin imports a CSV file in the admin, reads the preview, then confirms."""

import pytest
from playwright.sync_api import expect

from sources.models import Source
from tests.browser.conftest import log_in
from tests.factories import SourceFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

CSV = (
    "name,homepage,kind,country,languages,reliability\n"
    'Agence France-Presse,https://www.afp.com/,Agence de presse,France,"fr,en",5\n'
    "Le Monde,http://lemonde.fr,newspaper,FR,French,4\n"
    "Le Monde (copie),https://www.lemonde.fr/index.html,newspaper,FR,fr,4\n"
    "Trop fiable,https://bad.example/,newspaper,FR,fr,9\n"
)


def test_a_source_admin_previews_an_import_then_confirms_it(open_browser, screenshot, tmp_path):
    admin = UserFactory(username="sam", is_staff=True, groups=["Source admin"])
    SourceFactory(name="Le Monde", homepage="https://www.lemonde.fr/", domains=["lemonde.fr"], reliability=3)
    path = tmp_path / "sources.csv"
    path.write_text(CSV)

    page = open_browser()
    log_in(page, admin)
    page.goto("/admin/sources/source/")
    page.get_by_role("link", name="Import sources").click()
    expect(page.locator("#import-help")).to_contain_text("separate the items with “|”")
    page.set_input_files("input[type=file]", str(path))
    page.get_by_role("button", name="Preview").click()

    expect(page.locator("#import-summary")).to_contain_text("1 to create, 1 to update, 0 unchanged, 2 errors.")
    errors = page.locator("#import-errors")
    expect(errors).to_contain_text("the same site as line 3")
    expect(errors).to_contain_text("reliability")
    expect(page.locator("#import-rows")).to_contain_text("Agence France-Presse")
    screenshot(page, "preview")
    assert not Source.objects.filter(name="Agence France-Presse").exists()

    page.get_by_role("button", name="Confirm the import").click()
    page.wait_for_url("**/admin/sources/source/")
    expect(page.locator(".messagelist")).to_contain_text("Import done: 1 created, 1 updated, 0 unchanged, 2 errors.")
    expect(page.locator("#result_list")).to_contain_text("Agence France-Presse")
    screenshot(page, "after-confirm")
    afp = Source.objects.get(name="Agence France-Presse")
    assert (afp.kind, afp.country, afp.languages) == ("wire", "FR", ["fr", "en"])
    assert Source.objects.get(name="Le Monde").languages == ["fr"]
