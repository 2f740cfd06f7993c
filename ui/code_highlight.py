"""Code highlighting for the transcript: the only module that imports Pygments.

The HTML it returns is what Qt's rich text understands: spans with inline `color`,
`font-weight` and `font-style` (no CSS classes, which QTextDocument cannot resolve
from a stylesheet per token), and the block's background colour for the caller's frame.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexer import Lexer
from pygments.lexers import TextLexer, get_lexer_by_name
from pygments.styles import get_style_by_name
from pygments.util import ClassNotFound

LIGHT_STYLE = "default"
DARK_STYLE = "monokai"


@dataclass(frozen=True)
class CodeTheme:
    style: str
    background: str  # "#rrggbb"


def code_theme(dark: bool) -> CodeTheme:
    style = DARK_STYLE if dark else LIGHT_STYLE
    background = get_style_by_name(style).background_color or ("#272822" if dark else "#f8f8f8")
    return CodeTheme(style, background)


@lru_cache(maxsize=64)
def _lexer(language: str) -> Lexer:
    # Only the name the model gave: guessing a lexer from the text is slow and often wrong.
    try:
        return get_lexer_by_name(language, stripnl=False, ensurenl=False) if language else TextLexer()
    except ClassNotFound:
        return TextLexer()


@lru_cache(maxsize=4)
def _formatter(style: str) -> HtmlFormatter:
    return HtmlFormatter(style=style, nowrap=True, noclasses=True)


def warm_up(languages: tuple[str, ...] = ("python",)) -> None:
    """Load Pygments' lexer table and the commonest lexers now: the first lookup costs
    ~30 ms, a stall in the middle of a streaming reply, but nothing when nothing streams."""
    for language in languages:
        _lexer(language)


def highlight_html(code: str, language: str, theme: CodeTheme) -> str:
    """`code` as escaped HTML with inline-styled spans (no <pre> around it)."""
    html = highlight(code, _lexer(language.strip().lower()), _formatter(theme.style))
    return html[:-1] if html.endswith("\n") and not code.endswith("\n") else html
