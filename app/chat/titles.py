"""Automatic conversation titles, from the first exchange.

With a model loaded, the caller passes `summarize` (prompt -> raw reply, e.g. built by
`engine_summarizer`); whatever it returns is cleaned (one line, no special tokens, no
quotes or "Title:", at most 8 words / 60 characters) and used only if it still looks like
words. Otherwise, or without a model, the title is the first words of the first message.
A title the person typed is never replaced.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from typing import TYPE_CHECKING, Callable, Optional, Sequence

from app.errors import AppError
from app.store.conversations import get_conversation, set_title
from app.store.database import Database
from app.store.messages import thread
from app.store.records import Conversation, Role, TitleSource

if TYPE_CHECKING:
    from app.chat.messages import ChatMessage
    from app.engine.client import EngineClient
    from app.jobs import CancelToken

log = logging.getLogger(__name__)

Summarizer = Callable[[str], str]

MAX_TITLE_CHARS = 60
MAX_TITLE_WORDS = 8
FIRST_WORDS = 6
FIRST_WORDS_CHARS = 48
_EXCERPT_CHARS = 1200

_SPECIAL_TOKEN = re.compile(
    r"<\|start_header_id\|>[^<\n]{0,40}<\|end_header_id\|>|<\|[^|>]{0,40}\|>|</?s>|\[/?INST\]"
)
_LABEL = re.compile(r"^\s*(title|titel|titre|título|titolo|शीर्षक|ชื่อเรื่อง)\s*[:：\-–]\s*", re.IGNORECASE)
_EDGE = "\"'“”‘’«»„‚*_#`~>[](){}.,;:!?-–— \t"


def title_prompt(first_message: str, first_reply: str) -> str:
    return (
        "Write a short title (at most 6 words) for the conversation below, in the language "
        "of the conversation. Reply with the title only, without quotes.\n\n"
        f"User: {first_message[:_EXCERPT_CHARS]}\n\nAssistant: {first_reply[:_EXCERPT_CHARS]}"
    )


def _cut(text: str, max_chars: int, max_words: int) -> str:
    """At most `max_words` words and `max_chars` characters, cut between words if possible,
    and never between a letter and its vowel sign or accent."""
    words = text.split()
    text = " ".join(words[:max_words])
    if len(text) <= max_chars:
        return text + ("…" if len(words) > max_words else "")
    cut = text[:max_chars]
    if " " in cut[max_chars // 2:]:
        cut = cut[: cut.rindex(" ")]
    else:
        end = max_chars
        while end > 1 and unicodedata.category(text[end]).startswith("M"):
            end -= 1
        cut = text[:end]
    return cut.rstrip() + "…"


def sanitize_title(raw: str) -> str:
    """A clean one-line title from a model's reply, or "" when nothing usable is left."""
    text = _SPECIAL_TOKEN.sub(" ", raw or "")
    lines = [line for line in text.splitlines() if line.strip()]
    text = _LABEL.sub("", lines[0] if lines else "")
    text = "".join(c if unicodedata.category(c)[0] != "C" else " " for c in text)
    text = " ".join(text.replace("\ufffd", " ").split()).strip(_EDGE)
    text = _cut(text, MAX_TITLE_CHARS, MAX_TITLE_WORDS).strip(_EDGE.replace(".", ""))
    letters = sum(1 for c in text if unicodedata.category(c)[0] in "LM")
    visible = sum(1 for c in text if not c.isspace())
    if letters < 2 or letters < visible * 0.6:
        return ""
    words = [w.strip("…").casefold() for w in text.split()]
    if len(words) >= 3 and max(words.count(w) for w in words) * 2 > len(words):
        return ""  # "word word word word": a model stuck in a loop
    return text


def first_words_title(text: str) -> str:
    """The first words of a message (the first characters for scripts without spaces)."""
    cleaned = " ".join(_SPECIAL_TOKEN.sub(" ", text).split()).strip(_EDGE)
    return _cut(cleaned, FIRST_WORDS_CHARS, FIRST_WORDS)


def suggest_title(first_message: str, first_reply: str,
                  summarize: Optional[Summarizer] = None) -> tuple[str, TitleSource]:
    """The title and where it came from (MODEL, or FIRST_WORDS as the fallback)."""
    if summarize is not None:
        try:
            title = sanitize_title(summarize(title_prompt(first_message, first_reply)))
        except AppError as exc:  # no model, worker died...: the first words will do
            log.info("title from the model failed (%s); using the first words", exc.detail)
            title = ""
        if title:
            return title, TitleSource.MODEL
    title = first_words_title(first_message)
    return (title, TitleSource.FIRST_WORDS) if title else ("", TitleSource.NONE)


def auto_title(db: Database, conversation_id: int, summarize: Optional[Summarizer] = None) -> Conversation:
    """Title the conversation from its first exchange, unless the person named it.

    Call it after the first reply (then `summarize` may use the loaded model), or after
    the first message alone (then the first words are used).
    """
    conversation = get_conversation(db, conversation_id)
    if conversation.title_source in (TitleSource.PERSON, TitleSource.MODEL):
        return conversation
    messages = thread(db, conversation_id)
    user = next((m.content for m in messages if m.role is Role.USER and m.content.strip()), "")
    if not user:
        return conversation
    reply = next((m.content for m in messages if m.role is Role.ASSISTANT), "")
    title, source = suggest_title(user, reply, summarize if reply else None)
    if not title:
        return conversation
    return set_title(db, conversation_id, title, source)


TITLE_REQUEST = (
    "Write a short title (at most 6 words) for our conversation so far, in the language of "
    "the conversation. Reply with the title only, without quotes."
)


def engine_summarizer(client: "EngineClient", *, history: Sequence["ChatMessage"] = (),
                      max_tokens: int = 24, cancel: Optional["CancelToken"] = None) -> Summarizer:
    """A Summarizer on the loaded model (low temperature, a few tokens).

    With `history` (the conversation as the engine last saw it) the title request is asked
    as one more turn of it: the engine reuses the conversation's cached tokens, and the
    next real turn still finds them (only the request and the title are evaluated). Without
    it, the excerpt prompt is sent alone. `cancel` stops the request (the text so far is
    returned; the caller decides whether a cut title is worth keeping).
    """
    from app.chat.messages import ChatMessage
    from app.engine.settings import SamplingSettings

    sampling = SamplingSettings(temperature=0.2, max_tokens=max_tokens, seed=0)

    def summarize(prompt: str) -> str:
        if history:
            messages = [*history, ChatMessage("user", TITLE_REQUEST)]
        else:
            messages = [ChatMessage("user", prompt)]
        return client.chat(messages, sampling, cancel=cancel).text

    return summarize
