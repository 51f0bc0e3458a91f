import pytest
import yaml
from django.core.management import call_command


def test_the_openapi_schema_generates_and_validates_without_warnings(tmp_path):
    output = tmp_path / "schema.yaml"

    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(output))

    schema = yaml.safe_load(output.read_text())
    for path in ("/api/v1/verdicts/", "/api/v1/verdicts/{slug}/", "/api/v1/articles/", "/api/v1/claims/{id}/"):
        assert path in schema["paths"]


@pytest.mark.django_db
def test_the_schema_is_served_at_api_schema(client):
    response = client.get("/api/schema/")

    assert response.status_code == 200
    assert b"/api/v1/claims/{id}/" in response.content
