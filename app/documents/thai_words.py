"""Words of any text, Thai included: the only module that imports pythainlp.

Thai is written without spaces between words, so whitespace splitting (and SQLite's
unicode61 tokenizer, which also cuts Thai and Devanagari words at their vowel marks)
finds no word boundaries. Runs of Thai letters go through pythainlp's `newmm`
dictionary segmenter: pure Python, its dictionary ships in the wheel (no download, no
network, no native build), and it is the standard Thai segmenter; deepcut or attacut
would need TensorFlow or PyTorch. Every other script is split at spaces and punctuation,
keeping combining marks (Hindi matras) inside their word.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


def _is_thai(char: str) -> bool:
    return "\u0e00" <= char <= "\u0e7f"


def _is_word_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LMN"


def _runs(text: str) -> list[tuple[str, bool]]:
    """Consecutive word characters, each run with whether it is Thai."""
    runs: list[tuple[str, bool]] = []
    current: list[str] = []
    thai = False
    for char in text:
        if _is_word_char(char):
            if current and _is_thai(char) != thai:
                runs.append(("".join(current), thai))
                current = []
            if not current:
                thai = _is_thai(char)
            current.append(char)
        elif current:
            runs.append(("".join(current), thai))
            current = []
    if current:
        runs.append(("".join(current), thai))
    return runs


@lru_cache(maxsize=4096)
def _thai(run: str) -> tuple[str, ...]:
    from pythainlp.tokenize import word_tokenize

    return tuple(w for w in word_tokenize(run, engine="newmm", keep_whitespace=False) if w.strip())


def words(text: str) -> list[str]:
    """The words of `text`, in order, as written."""
    found: list[str] = []
    for run, thai in _runs(text):
        found.extend(_thai(run) if thai else (run,))
    return found


def fold(word: str) -> str:
    """Case and Latin accents folded ("Café" -> "cafe"); other scripts' marks kept."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    kept = []
    for char in decomposed:
        if unicodedata.combining(char) and kept and kept[-1] < "\u0250":
            continue
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


def search_terms(text: str) -> list[str]:
    """Folded words, as the keyword index stores and queries them."""
    return [fold(w) for w in words(text)]
