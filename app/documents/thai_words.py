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

import re
import unicodedata
from functools import lru_cache

# A word: letters and digits, with the combining marks that belong to them (Python's \w
# leaves marks out, and Devanagari or Thai vowel signs are marks). The mark ranges are the
# combining-diacritics blocks plus the Indic, Thai and Lao blocks less their punctuation
# (danda, Thai fongman and khomut); one regex scan is
# several times faster than looking up each character's category.
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u0900-\u0963\u0966-\u0dff\u0e00-\u0e3e\u0e40-\u0e4e\u0e50-\u0e59\u0e80-\u0eff"
    "\u1ab0-\u1aff\u1dc0-\u1dff\u200c\u200d\u20d0-\u20ff\ufe20-\ufe2f"
)
_WORD = re.compile(f"(?:[^\\W_]|[{_MARKS}])+")
_THAI = re.compile("[\u0e00-\u0e7f]+")
_THAI_OR_NOT = re.compile("[\u0e00-\u0e7f]+|[^\u0e00-\u0e7f]+")


@lru_cache(maxsize=4096)
def _thai(run: str) -> tuple[str, ...]:
    from pythainlp.tokenize import word_tokenize

    return tuple(w for w in word_tokenize(run, engine="newmm", keep_whitespace=False) if w.strip())


def words(text: str) -> list[str]:
    """The words of `text`, in order, as written."""
    found: list[str] = []
    for match in _WORD.finditer(text):
        run = match.group()
        if not _THAI.search(run):
            found.append(run)
            continue
        for part in _THAI_OR_NOT.findall(run):
            found.extend(_thai(part) if _THAI.fullmatch(part) else (part,))
    return found


def fold(word: str) -> str:
    """Case and Latin accents folded ("Café" -> "cafe"); other scripts' marks kept."""
    if word.isascii():
        return word.lower()
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
