"""One chat turn (app/chat/turn.py) on the FakeEngine and a real SQLite store."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Iterator

import pytest

from app.chat.conversation_recorder import ConversationRecorder
from app.chat.messages import ChatMessage, StopReason
from app.chat.turn import ChatSession, TurnRequest, run_turn, saved_settings, system_prompt_for
from app.engine.settings import LoadSettings, SamplingSettings
from app.errors import ContextOverflowError, WorkerDiedError
from app.store.database import Database
from app.store.errors import DiskFullError
from app.store.messages import thread
from app.store.opening import open_store
from app.store.records import MessageStatus, Role
from tests.app.hub.support import write_small_gguf
from tests.fake_engine import FakeEngine

SAMPLING = SamplingSettings(temperature=0.0, max_tokens=16)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    store = open_store(tmp_path / "paddock.sqlite3")
    yield store.connection()
    store.close()


@pytest.fixture
def engine(tiny_header_model: Path) -> FakeEngine:
    fake = FakeEngine()
    fake.load(LoadSettings(model_path=tiny_header_model, n_ctx=2048))
    return fake


@pytest.fixture(scope="module")
def tiny_header_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real (small) GGUF: the FakeEngine reads its header, nothing runs it."""
    return write_small_gguf(tmp_path_factory.mktemp("header") / "small.gguf")


def _request(text: str, history: tuple[ChatMessage, ...] = ()) -> TurnRequest:
    settings = saved_settings(LoadSettings(model_path=Path("m.gguf"), n_ctx=2048), SAMPLING)
    return TurnRequest(text, history, SAMPLING, "small test Llama", settings, system_prompt_for(None))


def _ticking_clock(step: float = 1.0):  # type: ignore[no-untyped-def]
    counter = itertools.count()
    return lambda: next(counter) * step


def test_the_message_is_saved_before_the_model_is_made_ready(db: Database, engine: FakeEngine) -> None:
    recorder = ConversationRecorder(db)
    seen_when_loading: list[list[str]] = []

    def prepare() -> None:  # the slow part (loading the model) comes after the message is safe
        assert recorder.conversation_id is not None
        seen_when_loading.append([m.content for m in thread(db, recorder.conversation_id)])

    engine.enqueue("Bon", "jour")
    result = run_turn(engine, _request("Hallo?"), recorder=recorder, prepare=prepare)
    assert seen_when_loading == [["Hallo?"]]
    assert result.text == "Bonjour" and result.error is None
    messages = recorder.messages()
    assert [(m.role, m.content, m.status) for m in messages] == [
        (Role.USER, "Hallo?", MessageStatus.DONE), (Role.ASSISTANT, "Bonjour", MessageStatus.DONE)]
    assert messages[1].parent_id == messages[0].id
    assert messages[1].settings == {"model_file": "m.gguf", "n_ctx": 2048, "kv_cache_type": "f16",
                                    "temperature": 0.0, "top_p": 0.9, "top_k": 40, "min_p": 0.05,
                                    "repeat_penalty": 1.0, "max_tokens": 16, "seed": None}
    # The engine saw the default system prompt, then the message.
    sent, _sampling = engine.requests[0]
    assert [m.role for m in sent] == ["system", "user"] and sent[0].content == system_prompt_for(None)


def test_every_piece_shown_is_saved_at_once(db: Database, engine: FakeEngine) -> None:
    recorder = ConversationRecorder(db)
    shown: list[str] = []
    saved_when_shown: list[str] = []

    def on_text(piece: str) -> None:
        if recorder.conversation_id is not None and shown:
            saved_when_shown.append(recorder.messages()[-1].content)  # what a kill now would keep
        shown.append(piece)

    engine.enqueue(*[f"w{i} " for i in range(20)])
    run_turn(engine, _request("Count"), recorder=recorder, on_text=on_text, clock=_ticking_clock())
    assert len(shown) == 20  # the clock ticks 1 s a piece: nothing coalesced
    assert saved_when_shown == ["".join(shown[:i]) for i in range(1, 20)]


def test_pieces_are_coalesced_when_they_come_fast(db: Database, engine: FakeEngine) -> None:
    shown: list[str] = []
    engine.enqueue(*[f"{i}," for i in range(50)])
    result = run_turn(engine, _request("Fast"), on_text=shown.append, clock=_ticking_clock(0.001))
    assert "".join(shown) == result.text and 2 <= len(shown) < 10  # one piece per 30 ms of tokens


def test_a_dead_worker_keeps_the_partial_reply(db: Database, engine: FakeEngine) -> None:
    recorder = ConversationRecorder(db)
    engine.enqueue_error(WorkerDiedError("The model's worker process was killed.", partial_text="Half a"), "Half", " a")
    result = run_turn(engine, _request("Tell me"), recorder=recorder)
    assert isinstance(result.error, WorkerDiedError) and result.text == "Half a"
    assert result.history[-1] == ChatMessage("assistant", "Half a")
    reply = recorder.messages()[-1]
    assert (reply.content, reply.status, reply.error) == ("Half a", MessageStatus.FAILED,
                                                          "The model's worker process was killed.")


def test_a_reply_cut_by_the_full_context_keeps_its_reason(db: Database, engine: FakeEngine) -> None:
    recorder = ConversationRecorder(db)
    engine.enqueue("Once upon", stop_reason=StopReason.CONTEXT_FULL)
    result = run_turn(engine, _request("Story"), recorder=recorder)
    assert result.stop_reason is StopReason.CONTEXT_FULL
    reply = recorder.messages()[-1]
    assert reply.stats is not None and reply.stats.stop_reason is StopReason.CONTEXT_FULL


def test_a_failed_save_is_reported_once_and_the_reply_still_shown(db: Database, engine: FakeEngine) -> None:
    class FullDisk(ConversationRecorder):
        writes = 0

        def add_reply_text(self, text: str) -> None:
            FullDisk.writes += 1
            raise DiskFullError("The disk is full.")

    recorder = FullDisk(db)
    shown: list[str] = []
    engine.enqueue("one ", "two ", "three")
    result = run_turn(engine, _request("Go"), recorder=recorder, on_text=shown.append, clock=_ticking_clock())
    assert "".join(shown) == result.text == "one two three"
    assert isinstance(result.save_error, DiskFullError) and FullDisk.writes == 1
    assert not recorder.replying  # abandoned: the next turn can be saved again
    engine.enqueue("four")
    assert run_turn(engine, _request("Again"), recorder=recorder).save_error is not None  # the disk is still full


def test_ctrl_c_stops_the_reply_and_keeps_its_text(db: Database, engine: FakeEngine) -> None:
    recorder = ConversationRecorder(db)

    def interrupt(piece: str) -> None:
        if piece == "b":
            raise KeyboardInterrupt

    engine.enqueue("a", "b", "c")
    with pytest.raises(KeyboardInterrupt):
        run_turn(engine, _request("Hi"), recorder=recorder, on_text=interrupt, clock=_ticking_clock())
    reply = recorder.messages()[-1]
    assert (reply.role, reply.status, reply.content) == (Role.ASSISTANT, MessageStatus.STOPPED, "ab")


def test_a_session_sends_the_whole_conversation_each_turn(db: Database, engine: FakeEngine) -> None:
    session = ChatSession(engine, model="m", sampling=SAMPLING, settings={}, system_prompt="Be brief.",
                          recorder=ConversationRecorder(db))
    engine.enqueue("A1")
    engine.enqueue("A2")
    session.turn("Q1")
    session.turn("Q2")
    sent, _ = engine.requests[1]
    assert [(m.role, m.content) for m in sent] == [
        ("system", "Be brief."), ("user", "Q1"), ("assistant", "A1"), ("user", "Q2")]
    assert session.history[-1] == ChatMessage("assistant", "A2")


def test_two_writers_on_one_conversation_make_branches(db: Database, engine: FakeEngine) -> None:
    first = ConversationRecorder(db)
    engine.enqueue("Hello")
    run_turn(engine, _request("Start"), recorder=first)
    conversation_id = first.conversation_id
    assert conversation_id is not None
    a, b = ConversationRecorder(db, conversation_id), ConversationRecorder(db, conversation_id)
    # Interleaved as two processes would: both messages are saved before either reply.
    a.add_user("from A")
    a.start_reply()
    b.add_user("from B")
    b.start_reply()
    b.add_reply_text("reply to B")
    a.add_reply_text("reply to A")
    b.finish_reply(FakeEngine._reply(["x"], StopReason.END_OF_TURN).stats)
    a.finish_reply(FakeEngine._reply(["x"], StopReason.END_OF_TURN).stats)
    for recorder, text in ((a, "A"), (b, "B")):
        branch = [(m.role, m.content) for m in recorder.messages()]
        assert branch[-2:] == [(Role.USER, f"from {text}"), (Role.ASSISTANT, f"reply to {text}")]
        assert branch[:2] == [(Role.USER, "Start"), (Role.ASSISTANT, "Hello")]


def test_a_message_after_a_failed_empty_reply_does_not_pile_up(db: Database, engine: FakeEngine) -> None:
    session = ChatSession(engine, model="m", sampling=SAMPLING, settings={}, recorder=ConversationRecorder(db))
    engine.enqueue("Fine")
    session.turn("First")
    engine.enqueue_error(ContextOverflowError("The conversation needs 3,000 tokens but the context holds 2,048."))
    failed = session.turn("Too long " * 10)
    assert isinstance(failed.error, ContextOverflowError)
    engine.enqueue("Shorter answer")
    session.turn("Shorter")
    recorder = session.recorder
    assert isinstance(recorder, ConversationRecorder)
    assert [m.content for m in recorder.messages()] == ["First", "Fine", "Shorter", "Shorter answer"]
    assert session.history[-2:] == (ChatMessage("user", "Shorter"), ChatMessage("assistant", "Shorter answer"))


def test_a_conversation_past_its_context_goes_on_with_its_newest_exchanges(db: Database, engine: FakeEngine) -> None:
    long_history = tuple(ChatMessage("user" if i % 2 == 0 else "assistant", "word " * 300) for i in range(10))
    session = ChatSession(engine, model="m", sampling=SAMPLING, settings={}, recorder=ConversationRecorder(db),
                          history=(ChatMessage("system", "Be brief."), *long_history), drop_oldest=True)
    engine.enqueue("Short answer")
    result = session.turn("And now?")
    sent, _ = engine.requests[0]
    assert result.error is None and result.left_out == 4  # 6 of 304 tokens each fit in 2,048 - 16
    assert sent[0] == ChatMessage("system", "Be brief.") and sent[-1] == ChatMessage("user", "And now?")
    assert engine.count_tokens(sent) <= 2048 - 16
    assert len(session.history) == 13  # the conversation itself keeps everything
