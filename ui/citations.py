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
