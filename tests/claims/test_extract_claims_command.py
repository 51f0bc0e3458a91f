import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from tests.conftest import ROOT

TEXT = "Le gouvernement a annoncé mardi que 1 200 logements seront construits à Lyon d'ici 2027.\n"


def run(*args: str) -> str:
    out = StringIO()
    call_command("extract_claims", *args, stdout=out)
    return out.getvalue()


def test_it_prints_the_json_contract(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = json.loads(run(str(path), "--published", "2024-03-06T09:00:00+01:00"))
    assert result["language"] == "fr"
    [claim] = result["claims"]
    assert TEXT[claim["start"] : claim["end"]] == claim["text"]
    assert {"sentence_start", "sentence_end", "checkworthiness", "kind", "claimant", "facets"} <= set(claim)
    values = {f["text"]: f.get("value") for f in claim["facets"]}
    assert values["mardi"] == "2024-03-05"
    assert values["1 200"] == 1200


def test_it_keeps_non_ascii_characters_readable(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert "annoncé" in run(str(path))


def test_it_prints_a_readable_listing(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    out = run(str(path), "--format", "text", "--lang", "fr")
    assert out.startswith("Language: fr")
    assert "quantity: 1 200 → 1200" in out


def test_it_decodes_a_windows_1252_file(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.encode("cp1252"))
    assert json.loads(run(str(path)))["claims"][0]["text"].startswith("Le gouvernement a annoncé")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (bytes(range(256)) * 8, "binary"),
        ("Die Regierung hat am Dienstag neue Wohnungen in Berlin angekündigt.".encode(), "German"),
    ],
)
def test_it_refuses_bad_input_with_a_clear_message(tmp_path: Path, content: bytes, message: str):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        run(str(path))


def test_it_refuses_a_bad_published_date(tmp_path: Path):
    with pytest.raises(CommandError, match="ISO 8601"):
        run(str(tmp_path / "a.txt"), "--published", "next tuesday")


def test_it_refuses_a_missing_file(tmp_path: Path):
    with pytest.raises(CommandError, match="No such file"):
        run(str(tmp_path / "missing.txt"))


def manage(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings"}
    return subprocess.run(
        [sys.executable, "manage.py", "extract_claims", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def test_it_reads_standard_input_and_exits_zero():
    done = manage("-", "--format", "json", stdin=TEXT.encode())
    assert done.returncode == 0, done.stderr.decode()
    assert json.loads(done.stdout)["language"] == "fr"


def test_it_exits_non_zero_without_a_traceback_on_bad_input():
    done = manage("-", stdin=b"   ")
    assert done.returncode != 0
    assert b"empty" in done.stderr
    assert b"Traceback" not in done.stderr
