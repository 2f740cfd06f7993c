"""What the window does not wait for: `import ui.main`, in a fresh interpreter, leaves the
heavy libraries unimported. They load at first use: gguf and numpy when a model file is
read, llama_cpp in the engine worker, sqlite_utils when the history thread opens the
database. A guarantee about start-up, not a timing (timings: benchmarks/bundle_startup.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOT_AT_START = ("gguf", "numpy", "llama_cpp", "sqlite_utils", "huggingface_hub", "openai")


def imported_by(statement: str) -> set[str]:
    """Top-level packages in sys.modules after `statement`, in a fresh interpreter."""
    script = f"import json, sys\n{statement}\nprint(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}})))"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


def test_the_window_s_modules_leave_the_heavy_libraries_unimported() -> None:
    assert sorted(imported_by("import ui.main") & set(NOT_AT_START)) == []


def test_the_check_sees_an_import() -> None:
    assert {"numpy", "gguf"} <= imported_by("import ui.main\nfrom app.gguf_file import _ggml_types\n_ggml_types()")
