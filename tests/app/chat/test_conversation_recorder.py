"""ConversationRecorder on a real SQLite file: what a chat front end saves, and when."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from app.chat.conversation_recorder import ConversationRecorder, chat_history
from app.chat.messages import ChatMessage, ReplyStats, StopReason
from app.chat.titles import TITLE_REQUEST, engine_summarizer
from app.store.conversations import count_conversations, get_conversation
from app.store.database import Database
from app.store.errors import NotFoundError
from app.store.messages import thread
from app.store.opening import open_store
from app.store.records import MessageStatus, Role, TitleSource

STATS = ReplyStats(prompt_tokens=30, reused_tokens=0, generated_tokens=3, time_to_first_token_s=0.1,
                   prompt_tokens_per_s=300.0, tokens_per_s=30.0, stop_reason=StopReason.END_OF_TURN)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    with open_store(tmp_path / "paddock.sqlite3") as store:
        yield store.connection()


def test_nothing_is_saved_before_the_first_message(db: Database) -> None:
    recorder = ConversationRecorder(db)
    assert recorder.conversation_id is None and recorder.history() == [] and recorder.messages() == []
    assert count_conversations(db) == 0


def test_an_exchange_is_saved_as_it_happens(db: Database) -> None:
    recorder = ConversationRecorder(db)
    recorder.add_user("Wie wird das Wetter morgen in München?", system_prompt="Be brief.", model="tiny",
                      settings={"n_ctx": 2048})
    conversation = get_conversation(db, recorder.conversation_id)  # type: ignore[arg-type]
    assert conversation.title_source is TitleSource.FIRST_WORDS and conversation.title.startswith("Wie wird")
    assert conversation.system_prompt == "Be brief." and conversation.model == "tiny"
    recorder.start_reply(model="tiny")
    recorder.add_reply_text("Sonnig")
    streaming = thread(db, conversation.id)[-1]
    assert streaming.status is MessageStatus.STREAMING and streaming.content == "Sonnig"  # a row from the first token
    recorder.add_reply_text(", 20 Grad.")
    final = recorder.finish_reply(STATS)
    assert final.status is MessageStatus.DONE and final.content == "Sonnig, 20 Grad." and final.stats == STATS
    assert recorder.history() == [
        ChatMessage("system", "Be brief."),
        ChatMessage("user", "Wie wird das Wetter morgen in München?"),
        ChatMessage("assistant", "Sonnig, 20 Grad."),
    ]


def test_a_failed_reply_keeps_what_the_engine_returned(db: Database) -> None:
    recorder = ConversationRecorder(db)
    recorder.add_user("Hi")
    recorder.start_reply()
    recorder.add_reply_text("Hel")
    failed = recorder.fail_reply("The model stopped unexpectedly.", partial_text="Hello th")
    assert failed.status is MessageStatus.FAILED and failed.content == "Hello th"
    assert failed.error == "The model stopped unexpectedly."
    recorder.add_user("Again")  # the recorder is ready for the next turn
    recorder.start_reply()
    stopped = recorder.stop_reply("")
    assert stopped.status is MessageStatus.STOPPED and stopped.content == ""
    # The empty stopped reply is not sent back to the model; the failed one with text is.
    assert [m.content for m in recorder.history()] == ["Hi", "Hello th", "Again"]


def test_continuing_a_saved_conversation(db: Database) -> None:
    first = ConversationRecorder(db)
    first.add_user("One", system_prompt="System.")
    first.start_reply()
    first.add_reply_text("Two")
    first.finish_reply(STATS)
    again = ConversationRecorder(db, first.conversation_id)
    assert [(m.role, m.content) for m in again.history()] == [("system", "System."), ("user", "One"), ("assistant", "Two")]
    again.add_user("Three")
    assert [m.content for m in thread(db, again.conversation_id)] == ["One", "Two", "Three"]  # type: ignore[arg-type]
    assert count_conversations(db) == 1
    with pytest.raises(NotFoundError):
        ConversationRecorder(db, 999)


def test_replies_must_be_finalized_in_order(db: Database) -> None:
    recorder = ConversationRecorder(db)
    with pytest.raises(RuntimeError):
        recorder.start_reply()  # nothing to answer yet
    recorder.add_user("Hi")
    recorder.start_reply()
    with pytest.raises(RuntimeError):
        recorder.add_user("Hi again")
    with pytest.raises(RuntimeError):
        recorder.start_reply()


def test_model_title_after_the_first_reply_only_once(db: Database) -> None:
    recorder = ConversationRecorder(db)
    recorder.add_user("Explain quantization of language models, please")
    assert not recorder.needs_model_title()  # no reply yet
    recorder.start_reply()
    recorder.add_reply_text("Quantization stores weights in fewer bits.")
    recorder.finish_reply(STATS)
    assert recorder.needs_model_title()
    prompts: list[str] = []
    titled = recorder.title_from_model(lambda prompt: prompts.append(prompt) or "Title: \"Quantization explained\"")
    assert titled.title == "Quantization explained" and titled.title_source is TitleSource.MODEL
    assert "fewer bits" in prompts[0]
    assert not recorder.needs_model_title()


def test_chat_history_skips_empty_and_streaming_replies(db: Database) -> None:
    recorder = ConversationRecorder(db)
    recorder.add_user("Hi")
    recorder.start_reply()
    recorder.add_reply_text("partial")  # still streaming: not history yet
    conversation = recorder.conversation()
    assert conversation is not None
    assert [m.role for m in chat_history(conversation, recorder.messages())] == ["user"]
    assert recorder.messages()[-1].role is Role.ASSISTANT


def test_title_request_continues_the_conversation(scripted_engine) -> None:  # type: ignore[no-untyped-def]
    """With the history, the title is one more turn: the conversation's tokens are reused
    for it, and the next real turn still finds them in the cache."""
    from app.engine.settings import SamplingSettings

    history = [ChatMessage("system", "Be brief."), ChatMessage("user", "Tell me about the sea")]
    sampling = SamplingSettings(temperature=0.0, max_tokens=6, seed=1)
    reply = scripted_engine.chat(history, sampling)
    assert reply.text == "Bread needs flour, water"  # the scripted reply's first 6 tokens
    history.append(ChatMessage("assistant", reply.text))
    title_turn = [*history, ChatMessage("user", TITLE_REQUEST)]
    title = engine_summarizer(scripted_engine, history=history, max_tokens=4)("an excerpt prompt, not sent")
    assert title == "Bread needs flour"
    same_request = scripted_engine.chat(title_turn, SamplingSettings(temperature=0.2, max_tokens=4, seed=0))
    assert same_request.text == title
    assert same_request.stats.reused_tokens == same_request.stats.prompt_tokens - 1  # the title turn was cached
    # The first exchange is still cached (but the reply's last token: sampled, never decoded).
    next_turn = scripted_engine.chat([*history, ChatMessage("user", "And the mountains?")], sampling).stats
    assert next_turn.reused_tokens >= reply.stats.prompt_tokens + reply.stats.generated_tokens - 1


def test_a_reply_answered_again_goes_beside_the_first_in_a_reopened_chat_too(db: Database) -> None:
    from app.chat.turn import TurnRequest, run_turn
    from app.engine.settings import SamplingSettings
    from app.store.messages import siblings
    from tests.fake_engine import FakeEngine

    recorder = ConversationRecorder(db)
    recorder.add_user("Which flour?")
    recorder.start_reply()
    recorder.add_reply_text("Rye.")
    first = recorder.finish_reply(STATS)
    conversation_id = recorder.conversation_id
    assert conversation_id is not None
    reopened = ConversationRecorder(db, conversation_id)  # as the window reopens it
    engine = FakeEngine()
    engine.info = object()  # type: ignore[assignment]  # "loaded"
    engine.enqueue("Spelt.")
    history = tuple(reopened.history())
    request = TurnRequest("Which flour?", history[:-2], SamplingSettings(), "tiny", regenerate=True)
    result = run_turn(engine, request, recorder=reopened)
    assert result.text == "Spelt." and engine.requests[0][0] == history[:-1]  # the prompt of the first time
    assert [m.content for m in thread(db, conversation_id)] == ["Which flour?", "Spelt."]  # one question, still
    assert [m.content for m in siblings(db, first.id)] == ["Rye.", "Spelt."]
    reopened.add_user("Thanks")
    assert thread(db, conversation_id)[-1].parent_id == thread(db, conversation_id)[1].id  # follows "Spelt."
