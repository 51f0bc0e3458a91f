"""`python manage.py …` reads the .env that scripts/run writes, without overriding the environment."""

import os

from manage import read_env_file


def test_the_env_file_sets_what_the_environment_does_not(tmp_path, monkeypatch):
    env = tmp_path / ".env"
    env.write_text("# written by scripts/run\nFACTCHECK_T1=1\nFACTCHECK_T2='kept'\n\nnot a setting\n")
    monkeypatch.setenv("FACTCHECK_T2", "from the environment")
    monkeypatch.delenv("FACTCHECK_T1", raising=False)
    read_env_file(env)
    assert os.environ["FACTCHECK_T1"] == "1"
    assert os.environ["FACTCHECK_T2"] == "from the environment"
    monkeypatch.delenv("FACTCHECK_T1")


def test_no_env_file_is_fine(tmp_path):
    read_env_file(tmp_path / ".env")
