"""requirements.txt alone must run the app: the test requirements pull in packages of their own."""

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.timeout(900)
def test_requirements_txt_alone_imports_every_module_and_reads_a_fetched_page():
    # Built once and reused while requirements.txt is unchanged (scripts/test builds it before pytest).
    subprocess.run([ROOT / "scripts" / "runtime-env"], check=True, cwd=ROOT)
    result = subprocess.run(
        [ROOT / ".venv-runtime" / "bin" / "python", ROOT / "scripts" / "check_runtime.py"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "runtime check: ok" in result.stdout
