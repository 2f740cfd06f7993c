"""The remote engine against a real OpenAI-compatible server (llama-cpp-python's own,
started by the test on a scripted tiny model), and against broken, slow and absent ones."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from app.chat.conversation_recorder import ConversationRecorder
from app.chat.messages import ChatMessage, StopReason
from app.chat.turn import TurnRequest, run_turn
from app.config.remote_endpoints import RemoteEndpoint
from app.engine.settings import LoadSettings, SamplingSettings
from app.jobs import CancelToken
from app.remote.engine_switch import EngineSwitch
from app.remote.errors import RemoteServerError, RemoteTimeoutError, RemoteUnreachableError
from app.remote.openai_client import list_models
from app.remote.records import RemoteModel
from app.remote.remote_engine import RemoteEngine, is_remote
from app.store.database import Database
from app.store.records import MessageStatus, Role
from tests.conftest import SCRIPTED_REPLY, SCRIPTED_REPLY_TOKENS
from tests.fake_engine import FakeEngine
from tests.remote_servers import StubServer, free_port

GREEDY = SamplingSettings(temperature=0.0, max_tokens=32, seed=7)


@pytest.fixture
def remote(remote_server_url: str) -> RemoteEngine:
    engine = RemoteEngine(RemoteEndpoint("lab", remote_server_url))
    engine.select(RemoteModel("lab", "scripted"))
    return engine


def _request(text: str) -> TurnRequest:
    return TurnRequest(text, (), GREEDY, "scripted @ lab", {"endpoint": "lab"}, "You are brief.")


def test_the_server_lists_its_model(remote_server_url: str) -> None:
    models = list_models(RemoteEndpoint("lab", remote_server_url))
    assert [m.model_id for m in models] == ["scripted"] and models[0].endpoint == "lab"


def test_a_remote_reply_streams_into_the_history_with_its_stats(remote: RemoteEngine, db: Database) -> None:
    recorder = ConversationRecorder(db)
    shown: list[str] = []
    result = run_turn(remote, _request("What does bread need?"), recorder=recorder, on_text=shown.append,
                      coalesce_s=0.0)
    assert result.error is None and result.text == SCRIPTED_REPLY and "".join(shown) == SCRIPTED_REPLY
    assert len(shown) > 1  # it streamed, piece by piece
    user, reply = recorder.messages()
    assert (user.role, user.content, user.status) == (Role.USER, "What does bread need?", MessageStatus.DONE)
    assert (reply.role, reply.content, reply.status, reply.model) == (
        Role.ASSISTANT, SCRIPTED_REPLY, MessageStatus.DONE, "scripted @ lab")
    stats = reply.stats
    assert stats is not None and stats.stop_reason == StopReason.END_OF_TURN
    assert stats.generated_tokens in (SCRIPTED_REPLY_TOKENS, len(shown))  # usage, or the pieces counted
    assert 0 < stats.time_to_first_token_s < 60 and stats.tokens_per_s > 0
    assert is_remote(remote)


def test_stop_ends_a_remote_reply_as_stopped(remote: RemoteEngine) -> None:
    cancel = CancelToken()
    seen: list[str] = []

    def on_token(piece: str) -> None:
        seen.append(piece)
        cancel.cancel()  # Stop pressed after the first piece

    reply = remote.chat([ChatMessage("user", "Bread?")], GREEDY, on_token=on_token, cancel=cancel)
    assert reply.stats.stop_reason == StopReason.STOPPED
    assert reply.text == "".join(seen) and len(reply.text) < len(SCRIPTED_REPLY)


def test_a_down_server_fails_the_reply_and_keeps_the_message(db: Database) -> None:
    engine = RemoteEngine(RemoteEndpoint("gone", f"http://127.0.0.1:{free_port()}/v1"))
    engine.select(RemoteModel("gone", "scripted"))
    recorder = ConversationRecorder(db)
    result = run_turn(engine, _request("Anyone there?"), recorder=recorder)
    assert isinstance(result.error, RemoteUnreachableError) and "gone" in result.error.detail
    # The message is saved; the empty failed reply stays beside the branch, not resent.
    [user] = recorder.messages()
    assert user.content == "Anyone there?" and user.status == MessageStatus.DONE
    assert result.history[-1] == ChatMessage("system", "You are brief.")
    with pytest.raises(RemoteUnreachableError):
        list_models(RemoteEndpoint("gone", engine.endpoint.base_url))


def test_a_server_error_is_reported_with_its_status_and_message(db: Database) -> None:
    with StubServer(status=500) as stub:
        with pytest.raises(RemoteServerError, match="HTTP 500: the backend broke"):
            list_models(RemoteEndpoint("broken", stub.base_url))
        engine = RemoteEngine(RemoteEndpoint("broken", stub.base_url))
        engine.select(RemoteModel("broken", "m"))
        recorder = ConversationRecorder(db)
        result = run_turn(engine, _request("Hello"), recorder=recorder)
    assert isinstance(result.error, RemoteServerError) and "500" in result.error.detail
    assert [m.content for m in recorder.messages()] == ["Hello"]


def test_a_reply_cut_off_mid_stream_is_kept_and_marked_failed(db: Database) -> None:
    with StubServer(stream_pieces=("Half", " a")) as stub:
        engine = RemoteEngine(RemoteEndpoint("flaky", stub.base_url))
        engine.select(RemoteModel("flaky", "m"))
        recorder = ConversationRecorder(db)
        result = run_turn(engine, _request("Tell me"), recorder=recorder)
    assert isinstance(result.error, RemoteServerError) and result.text == "Half a"
    user, reply = recorder.messages()
    assert (reply.content, reply.status) == ("Half a", MessageStatus.FAILED) and "flaky" in (reply.error or "")


def test_a_slow_server_times_out(db: Database) -> None:
    with StubServer(hold_s=30) as stub:
        engine = RemoteEngine(RemoteEndpoint("slow", stub.base_url), read_timeout_s=0.5)
        engine.select(RemoteModel("slow", "m"))
        result = run_turn(engine, _request("Hello"), recorder=ConversationRecorder(db))
    assert isinstance(result.error, RemoteTimeoutError)


def test_a_remote_model_is_named_with_its_endpoint_and_estimates_tokens() -> None:
    engine = RemoteEngine(RemoteEndpoint("lab", "http://127.0.0.1:1/v1"))
    info = engine.select(RemoteModel("lab", "llama-3.1-405b", context_length=131072))
    assert info.name == "llama-3.1-405b @ lab" and info.n_ctx == 131072
    short = engine.count_tokens([ChatMessage("user", "Hi")])
    long = engine.count_tokens([ChatMessage("user", "Hi " * 400)])
    assert 0 < short < long and 250 < long < 400


def test_the_api_key_is_sent_but_never_logged(remote_server_url: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # even at the most talkative level
    engine = RemoteEngine(RemoteEndpoint("lab", remote_server_url, "sk-very-secret-key"))
    engine.select(RemoteModel("lab", "scripted"))
    reply = engine.chat([ChatMessage("user", "Bread?")], GREEDY)
    assert reply.text == SCRIPTED_REPLY
    assert caplog.records and all("sk-very-secret-key" not in r.getMessage() for r in caplog.records)
    assert "sk-very-secret-key" not in repr(engine.endpoint)


def test_the_switch_chats_remotely_until_the_next_local_load(remote_server_url: str, scripted_model_path: Path) -> None:
    local = FakeEngine()
    switch = EngineSwitch(local)
    info = switch.use_remote(RemoteEndpoint("lab", remote_server_url), RemoteModel("lab", "scripted"))
    assert switch.is_remote and is_remote(switch) and switch.model_info == info
    assert switch.chat([ChatMessage("user", "Bread?")], GREEDY).text == SCRIPTED_REPLY and local.requests == []
    switch.load(LoadSettings(model_path=scripted_model_path, n_ctx=2048))
    assert not switch.is_remote and switch.model_info == local.info
    local.enqueue("local")
    assert switch.chat([ChatMessage("user", "Bread?")], GREEDY).text == "local"
