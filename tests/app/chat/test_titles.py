"""Automatic titles: from the model when it says something usable (cleaned and capped),
else the first words; a title the person typed is kept. One test uses the real engine
(with the scripted model, whose reply is known)."""

from __future__ import annotations

import unicodedata

import pytest

from app.chat.titles import (
    MAX_TITLE_CHARS,
    auto_title,
    engine_summarizer,
    first_words_title,
    sanitize_title,
    suggest_title,
)
from app.engine.client import EngineClient
from app.errors import NoModelLoadedError
from app.store.conversations import create_conversation, get_conversation, rename_conversation
from app.store.database import Database
from app.store.messages import add_message
from app.store.records import Role, TitleSource
from tests.conftest import SCRIPTED_REPLY


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Baking Sourdough Bread", "Baking Sourdough Bread"),
        ('"Baking Bread."', "Baking Bread"),
        ("Title: Bread at home\nThis conversation is about...", "Bread at home"),
        ("## **Brot backen**<|eot_id|>", "Brot backen"),
        ("<|start_header_id|>assistant<|end_header_id|>\n\nKeto recipes", "Keto recipes"),
        ("", ""),
        ("<|eot_id|>", ""),
        ("!!! ??? 123 456", ""),
        ("\ufffd\ufffd\ufffd", ""),
        ("a", ""),
        ("Bread bread BREAD bread", ""),
        ("New York New York", "New York New York"),
        ("one two three four five six seven eight nine ten", "one two three four five six seven eight…"),
        ("Titre : Le pain maison", "Le pain maison"),
        ("ข้าวผัดกุ้ง", "ข้าวผัดกุ้ง"),
    ],
)
def test_sanitize(raw: str, title: str) -> None:
    assert sanitize_title(raw) == title


THAI = "วันนี้ฉันอยากกินข้าวผัดกับไก่ทอดที่ร้านใกล้บ้านมากที่สุดในโลกนี้เลยนะครับพี่น้องทุกคน"


# No spaces, so the cap cuts inside the text: after a consonant, and (with six more
# letters in front) just before a vowel sign (ุ), which must stay with its consonant.
@pytest.mark.parametrize("thai", [THAI, "พวกเรา" + THAI])
def test_sanitize_caps_length_without_splitting_letters(thai: str) -> None:
    title = sanitize_title(thai)
    assert len(title) <= MAX_TITLE_CHARS + 1 and title.endswith("…")
    assert thai.startswith(title[:-1])
    # The first character left out is not a vowel sign or tone mark of the last one kept.
    assert not unicodedata.category(thai[len(title) - 1]).startswith("M")


def test_first_words() -> None:
    assert first_words_title("  How do I bake bread at home without yeast?  ") == "How do I bake bread at…"
    assert first_words_title("Hello there") == "Hello there"
    assert first_words_title("नमस्ते दुनिया") == "नमस्ते दुनिया"
    cut = first_words_title("ฉันชอบกินข้าวผัดมากที่สุดในโลกนี้และอยากรู้วิธีทำข้าวผัดกุ้งที่บ้าน")
    assert cut.endswith("…") and not unicodedata.category(cut[-2]).startswith("M")


def test_model_title_when_usable_else_first_words() -> None:
    assert suggest_title("How do I bake bread?", "Mix flour.", lambda prompt: "Bread Baking Basics") == (
        "Bread Baking Basics", TitleSource.MODEL)
    assert suggest_title("How do I bake bread?", "Mix flour.", lambda prompt: "<|eot_id|>") == (
        "How do I bake bread", TitleSource.FIRST_WORDS)
    assert suggest_title("How do I bake bread?", "Mix flour.", None) == ("How do I bake bread", TitleSource.FIRST_WORDS)

    def no_model(prompt: str) -> str:
        raise NoModelLoadedError("No model is loaded.")

    assert suggest_title("Hallo Welt", "Hi", no_model) == ("Hallo Welt", TitleSource.FIRST_WORDS)


def test_prompt_carries_the_exchange() -> None:
    seen: list[str] = []
    suggest_title("Wie backe ich Brot?", "Mit Mehl.", lambda prompt: seen.append(prompt) or "Brot")
    assert "Wie backe ich Brot?" in seen[0] and "Mit Mehl." in seen[0]


def test_auto_title_never_replaces_the_persons_title(db: Database) -> None:
    c = create_conversation(db)
    add_message(db, c.id, Role.USER, "What is the capital of France?")
    assert auto_title(db, c.id).title == "What is the capital of France"  # before any reply
    add_message(db, c.id, Role.ASSISTANT, "Paris.")
    titled = auto_title(db, c.id, lambda prompt: "French Capital")
    assert (titled.title, titled.title_source) == ("French Capital", TitleSource.MODEL)
    rename_conversation(db, c.id, "Geography")
    assert auto_title(db, c.id, lambda prompt: "Something Else").title == "Geography"
    assert get_conversation(db, c.id).title_source is TitleSource.PERSON


@pytest.mark.slow
def test_title_with_the_real_engine(db: Database, scripted_engine: EngineClient) -> None:
    """The summarizer on real llama.cpp: the scripted model's reply comes back as the
    title, cleaned (the full stop goes; junk is covered by test_sanitize above)."""
    c = create_conversation(db)
    add_message(db, c.id, Role.USER, "How do I bake sourdough bread at home?")
    add_message(db, c.id, Role.ASSISTANT, "Feed the starter, mix, fold, proof, bake.")
    titled = auto_title(db, c.id, engine_summarizer(scripted_engine, max_tokens=16))
    assert (titled.title, titled.title_source) == (SCRIPTED_REPLY.removesuffix("."), TitleSource.MODEL)
    # Cut to max_tokens, the reply is still a title.
    short = create_conversation(db)
    add_message(db, short.id, Role.USER, "How do I bake sourdough bread at home?")
    add_message(db, short.id, Role.ASSISTANT, "Feed the starter.")
    assert auto_title(db, short.id, engine_summarizer(scripted_engine, max_tokens=4)).title == "Bread needs flour"
