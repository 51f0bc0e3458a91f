"""FACTCHECK_BYLINE accepts "names" or "desk"; anything else stops the app with one clear line."""

from tests.factcheck.test_settings import manage


def test_an_unknown_byline_setting_is_refused_clearly():
    result = manage("check", DEBUG="1", FACTCHECK_BYLINE="everyone")

    assert result.returncode != 0
    assert "FACTCHECK_BYLINE must be 'names' or 'desk', not 'everyone'." in result.stderr
    assert "Traceback" not in result.stderr


def test_a_desk_byline_is_accepted_in_any_case():
    assert manage("check", DEBUG="1", FACTCHECK_BYLINE=" Desk ").returncode == 0
