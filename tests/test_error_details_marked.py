"""Every error Paddock shows in the window has a translatable detail.

An AppError built in app/ takes as its detail a template marked with
QT_TRANSLATE_NOOP("AppError", "..."), with named {fields} given as keyword arguments, so
packaging/translations.py collects it and the window shows it in the person's language.
An f-string or a bare text would reach the window in English. The command line's own
modules (app/cli, app/dev: the terminal is English) are not checked.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import string
from pathlib import Path

import app
from app.errors import AppError

ROOT = Path(__file__).resolve().parent.parent
NOT_IN_THE_WINDOW = ("app/cli/", "app/dev/")
# Where an AppError is rebuilt from a template that is already marked elsewhere.
FORWARDING = {"app/errors.py"}
# Keyword arguments of AppError subclasses that are not template fields.
NOT_FIELDS = {"partial_text"}


def _error_class_names() -> set[str]:
    for module in pkgutil.walk_packages(app.__path__, "app."):
        if not module.name.endswith(("__main__", ".worker")):
            importlib.import_module(module.name)
    names, todo = set(), [AppError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo += cls.__subclasses__()
    return names


def _called_name(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _marked_template(node: ast.expr) -> str | None:
    """The text of QT_TRANSLATE_NOOP("AppError", "...") or None."""
    if not (isinstance(node, ast.Call) and _called_name(node) == "QT_TRANSLATE_NOOP" and len(node.args) == 2):
        return None
    context, text = node.args
    if not (isinstance(context, ast.Constant) and context.value == "AppError"):
        return None
    return text.value if isinstance(text, ast.Constant) and isinstance(text.value, str) else None


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _problems() -> list[str]:
    error_names = _error_class_names()
    problems = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith(NOT_IN_THE_WINDOW) or relative in FORWARDING:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and _called_name(node) in error_names):
                continue
            where = f"{relative}:{node.lineno} {_called_name(node)}"
            detail = node.args[0] if node.args else None
            template = _marked_template(detail) if detail is not None else None
            if detail is not None and isinstance(detail, ast.Attribute) and detail.attr == "template":
                continue  # re-raising another error's (marked) template with its params
            if template is None:
                problems.append(f"{where}: the detail is not QT_TRANSLATE_NOOP(\"AppError\", \"...\")")
                continue
            if any(keyword.arg is None for keyword in node.keywords):
                continue  # **params: checked when it runs
            given = {keyword.arg for keyword in node.keywords} - NOT_FIELDS
            if _fields(template) != given:
                problems.append(f"{where}: fields {sorted(_fields(template))} but arguments {sorted(given)}")
    return problems


def test_every_error_detail_in_app_is_a_marked_template() -> None:
    assert _problems() == []


def test_the_check_finds_an_unmarked_detail(tmp_path: Path) -> None:
    bad = ast.parse('raise ModelFileError(f"{path} is broken")').body[0]
    call = bad.exc  # type: ignore[attr-defined]
    assert _marked_template(call.args[0]) is None
    good = ast.parse('ModelFileError(QT_TRANSLATE_NOOP("AppError", "{path} is broken"), path=p)').body[0]
    assert _marked_template(good.value.args[0]) == "{path} is broken"  # type: ignore[attr-defined]
    assert _fields("{path} is {size:,} bytes") == {"path", "size"}
