"""Citations [n] in a rendered reply as links to their sources, and where each one opens.

Pure Python (no Qt): the transcript gives the reply's HTML and its sources (stored with
the reply) and gets the HTML back with each known [n] a link `cite:INDEX/N` titled with the
document and page; code (inside <pre> or <code>) is left alone. `source_url` says what a
click opens: a PDF at its page (`file:///...#page=N`, which PDF viewers honour), any
other file as it is.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Callable, Sequence

from app.chat.grounding import Passage

CITE_SCHEME = "cite"
_CODE = re.compile(r"(<pre\b.*?</pre>|<code\b.*?</code>|<[^>]+>)", re.DOTALL)
_CITATION = re.compile(r"\[(\d{1,3})\]")


def link_citations(body: str, sources: Sequence[Passage], describe: Callable[[Passage], str], index: int) -> str:
    """Citations of message `index` as links `cite:INDEX/N`; `describe(passage)` is the
    translated tooltip ("manual.pdf, page 3")."""
    if not sources:
        return body

    def link(match: re.Match[str]) -> str:
        n = int(match.group(1))
        if not 1 <= n <= len(sources):
            return match.group(0)
        title = html.escape(describe(sources[n - 1]), quote=True)
        return f'<a href="{CITE_SCHEME}:{index}/{n}" title="{title}">[{n}]</a>'

    parts = _CODE.split(body)
    # split keeps the separators (tags and code) at odd indexes: only text between them changes
    return "".join(part if i % 2 else _CITATION.sub(link, part) for i, part in enumerate(parts))


def source_url(passage: Passage) -> str:
    """The file URL a citation opens (a PDF at its page)."""
    url = Path(passage.path).absolute().as_uri()
    if passage.page is not None and passage.path.lower().endswith(".pdf"):
        url += f"#page={passage.page}"
    return url


def sources_html(index: int, sources: Sequence[Passage], describe: Callable[[Passage], str], label: str) -> str:
    """Message `index`'s sources under it, each a link: "[1] manual.pdf, page 3" (`label`:
    the translated "Sources:"); nothing without sources."""
    if not sources:
        return ""
    items = [f'<a href="{CITE_SCHEME}:{index}/{n}">[{n}] {html.escape(describe(p))}</a>'
             for n, p in enumerate(sources, start=1)]
    return f'<p style="margin-top: 0px;"><small>{html.escape(label)} {" · ".join(items)}</small></p>'


def cited(target: str) -> tuple[int, int] | None:
    """The (message index, source number) a `cite:` link's path names, or None."""
    index, _, number = target.partition("/")
    if not (index.isdigit() and number.isdigit()):
        return None
    return int(index), int(number)


def describe_source(passage: Passage, page_template: str) -> str:
    """What a source is called: "manual.pdf, page 3" (`page_template`: "%1, page %2", translated)."""
    if passage.page is not None:
        return page_template.replace("%1", passage.name).replace("%2", str(passage.page))
    if passage.location:
        return f"{passage.name}, {passage.location}"
    return passage.name
