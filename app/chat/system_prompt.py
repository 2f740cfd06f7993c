"""The default system prompt: Llama answers in the language the person writes in.

The interface language is offered as a hint for the first message (a person who writes
"ok" in a German interface most likely wants German).
"""

from __future__ import annotations

from typing import Optional

# English names, because the prompt itself is English (Llama follows it best).
LANGUAGE_NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "it": "Italian",
    "pt": "Portuguese",
    "pt_BR": "Portuguese",
    "hi": "Hindi",
    "es": "Spanish",
    "th": "Thai",
}

BASE_PROMPT = (
    "You are a helpful, honest assistant running privately on the user's own computer. "
    "Always answer in the language the user writes in."
)


def default_system_prompt(ui_language: Optional[str] = None) -> str:
    """The system prompt for a new conversation; `ui_language` is a code like "de"."""
    name = LANGUAGE_NAMES.get(ui_language or "") or LANGUAGE_NAMES.get((ui_language or "").split("_")[0])
    if not name or name == "English":
        return BASE_PROMPT
    return f"{BASE_PROMPT} The user's interface is in {name}; when the language is unclear, answer in {name}."
