"""What the engine benchmarks feed Paddock: the default random-weight model (built on first
use) and filler messages of a chosen length in tokens."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MODEL = ROOT / "benchmarks" / ".models" / "llama-3.2-1b-random-Q4_K_M.gguf"


def ensure_model(path: Path) -> Path:
    """`path`, built with Llama 3.2 1B dimensions at Q4_K_M if it does not exist."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "app.cli.main", "dev", "make-tiny-model", str(path),
             "--like", "llama-3.2-1b", "--quant", "Q4_K_M"],
            check=True, cwd=ROOT,
        )
    return path


def filler_text(tokenize: Callable[[str], list[int]], detokenize: Callable[[list[int]], str],
                n_tokens: int, salt: int) -> str:
    """About n_tokens tokens of distinct words (nothing repeats, so nothing is cached)."""
    words = " ".join(f"w{salt}x{i}" for i in range(n_tokens))
    return f"{salt} {detokenize(tokenize(words)[: n_tokens - 2])}"
