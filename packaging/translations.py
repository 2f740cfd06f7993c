#!/usr/bin/env python3
"""Paddock's translations: Qt Linguist `.ts` sources in assets/i18n/, one per language,
compiled to `.qm` files next to them (those are build output, not committed).

    .venv/bin/python packaging/translations.py update   # after adding or changing a tr() text
    .venv/bin/python packaging/translations.py build    # .ts -> .qm (install.sh runs this)
    .venv/bin/python packaging/translations.py check    # what is unfinished, missing or obsolete

`update` runs pyside6-lupdate over every ui/**/*.py and app/**/*.py (app/ marks its error
texts with QT_TRANSLATE_NOOP("AppError", ...), their {names} filled in by the UI): new texts arrive in each .ts file
as unfinished, texts no longer in the code are dropped, existing translations are kept.
Translate the unfinished ones (Qt Linguist: `.venv/bin/pyside6-linguist assets/i18n/paddock_de.ts`,
or any editor), then `build`. `check` (also run by the tests) fails while any .ts lags
behind the code. English is the source language; paddock_en.ts holds only its plural
forms ("1 token", "2 tokens").
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import string
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

ROOT = Path(__file__).resolve().parent.parent
I18N_DIR = ROOT / "assets" / "i18n"
SOURCE_DIRS = (ROOT / "ui", ROOT / "app")
ERROR_CONTEXT = "AppError"  # app/'s error templates: str.format {fields}, not %1
SOURCE_LANGUAGE = "en"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# The number of plural forms Qt uses for each language (its numerus rules); a .ts
# message with "%n" has exactly this many <numerusform> entries.
NUMERUS_FORMS = {"en": 2, "de": 2, "fr": 2, "it": 2, "pt_BR": 2, "hi": 2, "es": 2, "th": 1}
# What a translation must keep exactly: %1..%99 and %n (with or without L), and the
# patterns of file-dialog filters such as "(*.gguf)".
PLACEHOLDER = re.compile(r"%L?(?:\d+|n)|\(\*[^)]*\)")


def languages() -> tuple[str, ...]:
    from ui.i18n import LANGUAGE_CODES  # the one list of interface languages

    return LANGUAGE_CODES


def ts_path(code: str, directory: Path = I18N_DIR) -> Path:
    return directory / f"paddock_{code}.ts"


def qm_path(code: str, directory: Path = I18N_DIR) -> Path:
    return directory / f"paddock_{code}.qm"


def source_files() -> list[Path]:
    return sorted(
        path for directory in SOURCE_DIRS for path in directory.rglob("*.py") if "__pycache__" not in path.parts
    )


def format_fields(text: str) -> Optional[list[str]]:
    """The {name:spec} fields of a str.format template, sorted; None if it is malformed."""
    try:
        return sorted(f"{name}:{spec}" for _, name, spec, _ in string.Formatter().parse(text) if name is not None)
    except ValueError:
        return None


# --- the Qt tools ---------------------------------------------------------------------------


def find_tool(name: str) -> Path:
    """lupdate or lrelease: PySide6's own copy first (the one that reads Python)."""
    exe = ".exe" if os.name == "nt" else ""
    candidates = []
    try:
        import PySide6

        candidates.append(Path(PySide6.__file__).resolve().parent / f"{name}{exe}")
    except ImportError:
        pass
    candidates.append(Path(sys.executable).parent / f"pyside6-{name}{exe}")
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    for command in (f"pyside6-{name}", f"{name}-qt6", name):
        found = shutil.which(command)
        if found:
            return Path(found)
    raise SystemExit(f"cannot find {name}: install PySide6 (pip install -e .) first")


def _run(tool: str, arguments: Sequence[str]) -> str:
    result = subprocess.run(
        [str(find_tool(tool)), *arguments], cwd=ROOT, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"{tool} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    return result.stdout + result.stderr


def lupdate(ts_files: Sequence[Path], *, drop_obsolete: bool, sources: Optional[Sequence[Path]] = None) -> str:
    """Bring `ts_files` up to date with the texts in `sources` (ui/ and app/; created if missing)."""
    sources = [os.path.relpath(path, ROOT) for path in (source_files() if sources is None else sources)]
    output = []
    for ts in ts_files:
        code = ts.stem.removeprefix("paddock_")
        arguments = [*sources, "-locations", "relative", "-source-language", SOURCE_LANGUAGE, "-target-language", code]
        if drop_obsolete:
            arguments.append("-no-obsolete")
        if code == SOURCE_LANGUAGE:
            arguments.append("-pluralonly")
        output.append(_run("lupdate", [*arguments, "-ts", str(ts)]))
    return "".join(output)


def lrelease(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    _run("lrelease", ["-silent", str(ts), "-qm", str(qm)])


# --- checking -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    numerus: bool
    kind: str  # the <translation type="...">: "" (finished), unfinished, obsolete, vanished
    forms: tuple[str, ...]  # the translation, or one text per plural form


def read_ts(path: Path) -> tuple[str, list[Entry]]:
    """The language attribute and every message of a .ts file."""
    root = ElementTree.parse(path).getroot()
    entries = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                kind, forms = "unfinished", ()
            elif numerus:
                kind = translation.get("type", "")
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                kind, forms = translation.get("type", ""), (translation.text or "",)
            entries.append(Entry(name, message.findtext("source", ""), numerus, kind, forms))
    return root.get("language", ""), entries


def entry_problems(code: str, entry: Entry) -> list[str]:
    where = f"{code}: [{entry.context}] {entry.source!r}"
    if entry.kind in ("obsolete", "vanished"):
        return [f"{where}: obsolete (no longer in ui/ or app/); run translations.py update"]
    if entry.kind == "unfinished":
        return [f"{where}: not translated (unfinished)"]
    if code == SOURCE_LANGUAGE and not entry.numerus:
        return [f"{where}: the English file holds plural forms only"]
    problems = []
    if entry.numerus and len(entry.forms) != NUMERUS_FORMS[code]:
        problems.append(f"{where}: {len(entry.forms)} plural forms, {code} has {NUMERUS_FORMS[code]}")
    expected = sorted(PLACEHOLDER.findall(entry.source))
    for form in entry.forms:
        if not form.strip():
            problems.append(f"{where}: empty translation")
        elif sorted(PLACEHOLDER.findall(form)) != expected:
            found = sorted(PLACEHOLDER.findall(form))
            problems.append(f"{where}: placeholders {found} in {form!r}, source has {expected}")
        elif entry.context == ERROR_CONTEXT and format_fields(form) != format_fields(entry.source):
            problems.append(f"{where}: fields {format_fields(form)} in {form!r}, source has "
                            f"{format_fields(entry.source)}")
    return problems


def check(i18n_dir: Path = I18N_DIR, sources: Optional[Sequence[Path]] = None) -> list[str]:
    """Everything that keeps the translations from being complete; [] when they are.

    Runs lupdate on copies of the .ts files, so a text added to ui/ and not yet in a .ts
    shows up as unfinished, and one removed from ui/ as obsolete."""
    codes = languages()
    problems = []
    present = {path.stem.removeprefix("paddock_") for path in i18n_dir.glob("paddock_*.ts")}
    problems += [f"{code}: assets/i18n/paddock_{code}.ts is missing" for code in codes if code not in present]
    problems += [f"{code}: paddock_{code}.ts is not a language in ui/i18n.py" for code in sorted(present - set(codes))]
    with tempfile.TemporaryDirectory(prefix="paddock-ts-") as scratch:
        copies = []
        for code in codes:
            if code in present:
                copy = ts_path(code, Path(scratch))
                shutil.copyfile(ts_path(code, i18n_dir), copy)
                copies.append(copy)
        lupdate(copies, drop_obsolete=False, sources=sources)
        for copy in copies:
            code = copy.stem.removeprefix("paddock_")
            language, entries = read_ts(copy)
            if language != code:
                problems.append(f"{code}: the .ts file says language={language!r}")
            for entry in entries:
                problems += entry_problems(code, entry)
    return problems


def stale_qm(i18n_dir: Path = I18N_DIR) -> list[str]:
    """The .qm files that are missing or were not built from the current .ts files."""
    stale = []
    with tempfile.TemporaryDirectory(prefix="paddock-qm-") as scratch:
        for code in languages():
            fresh = qm_path(code, Path(scratch))
            lrelease(ts_path(code, i18n_dir), fresh)
            built = qm_path(code, i18n_dir)
            if not built.is_file() or built.read_bytes() != fresh.read_bytes():
                stale.append(str(built.relative_to(ROOT) if built.is_relative_to(ROOT) else built))
    return stale


# --- commands -------------------------------------------------------------------------------


def build(out_dir: Path = I18N_DIR, i18n_dir: Path = I18N_DIR) -> list[Path]:
    built = []
    for code in languages():
        lrelease(ts_path(code, i18n_dir), qm_path(code, out_dir))
        built.append(qm_path(code, out_dir))
    return built


def update() -> list[str]:
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    print(lupdate([ts_path(code) for code in languages()], drop_obsolete=True), end="")
    build()
    return check()


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("update", "build", "check"))
    parser.add_argument("--out", type=Path, default=I18N_DIR, help="where build writes the .qm files")
    args = parser.parse_args(argv)
    if args.command == "build":
        for path in build(args.out):
            print(f"built {path}")
        return 0
    problems = update() if args.command == "update" else check()
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} translation problem(s): translate them in assets/i18n/*.ts, then run build.")
        return 1
    print("translations complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
