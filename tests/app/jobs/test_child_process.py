"""The child-process helper on real spawned children: results, errors, deaths by
signal, logs, cancel, and the outcome's wording."""

from __future__ import annotations

import multiprocessing
import signal
import tempfile
import threading
from pathlib import Path

import pytest

from app.errors import AppError, Cancelled, EngineError, ModelFileError, error_from_kind, portable_params
from app.jobs import CancelToken
from app.jobs.child_process import (
    ChildBug,
    ChildDied,
    ChildGone,
    ChildOutcome,
    ChildProcess,
    SharedInt,
    log_tail,
    run_in_child,
)
from tests.app.jobs import child_targets


@pytest.mark.parametrize(
    "exit_code, sentence",
    [
        (0, "The test child exited with code 0."),
        (3, "The test child exited with code 3."),
        (-signal.SIGKILL, "The test child was killed (SIGKILL); the system may have run out of memory."),
        (-signal.SIGSEGV, "The test child crashed (SIGSEGV)."),
        (-signal.SIGABRT, "The test child crashed (SIGABRT)."),
        (-signal.SIGTERM, "The test child was stopped (SIGTERM)."),
        (None, "The test child stopped answering."),
    ],
)
def test_outcome_says_how_the_child_ended(exit_code: int | None, sentence: str) -> None:
    outcome = ChildOutcome("The test child", exit_code)
    assert str(outcome) == sentence
    assert outcome.succeeded == (exit_code == 0)


def test_outcome_adds_the_log_lines() -> None:
    outcome = ChildOutcome("The test child", -signal.SIGABRT, "GGML_ASSERT(x) failed")
    assert str(outcome) == "The test child crashed (SIGABRT). Last messages in its log:\nGGML_ASSERT(x) failed"


def test_the_outcome_is_a_template_naming_the_child_by_its_own_template() -> None:
    what = AppError("The test child")
    error = ChildOutcome(what, -signal.SIGABRT, "GGML_ASSERT(x) failed").error()
    assert error.template == "{exit} Last messages in its log:\n{log_tail}"
    ended = error.params["exit"]
    assert ended.template == "{what} crashed ({signal})." and ended.params == {"what": what, "signal": "SIGABRT"}
    # Across a process boundary the nested errors come back as AppErrors, same text.
    back = error_from_kind("engine", error.detail, error.template, portable_params(error.params))
    assert back.detail == error.detail and back.params["exit"].params["what"].template == "The test child"


def test_log_tail_keeps_the_last_error_lines_written_since_the_start(tmp_path: Path) -> None:
    log = tmp_path / "child.log"
    log.write_text("an error of an earlier child\n")
    since = log.stat().st_size
    with log.open("a") as handle:
        handle.write("loading\nfirst error\nfine\nAssertion failed\nabort()\nsecond Error\nend\n")
    assert log_tail(log, since) == "Assertion failed\nabort()\nsecond Error"
    assert log_tail(log, since, lines=1) == "second Error"
    assert "earlier child" in log_tail(log, 0, lines=10)
    assert log_tail(tmp_path / "missing.log") == ""


def test_run_in_child_returns_the_result_and_removes_its_log() -> None:
    before = set(Path(tempfile.gettempdir()).glob("paddock-child-*.log"))
    assert run_in_child(child_targets.add, 2, 3, what="The adding process") == 5
    assert set(Path(tempfile.gettempdir()).glob("paddock-child-*.log")) == before


def test_messages_reach_the_parent_in_order() -> None:
    seen: list[int] = []
    ticks: list[None] = []
    result = run_in_child(child_targets.count_to, 5, what="The counting process", on_message=seen.append,
                          on_tick=lambda: ticks.append(None))
    assert result == "counted" and seen == [1, 2, 3, 4, 5] and len(ticks) >= 5


def test_an_expected_error_comes_back_as_itself() -> None:
    """With its template and fields, so the window can translate it (a nested cause too)."""
    with pytest.raises(ModelFileError, match="x.gguf is not a GGUF file") as caught:
        run_in_child(child_targets.refuse, "x.gguf", what="The checking process")
    error = caught.value
    assert error.detail == "x.gguf is not a GGUF file (it starts with b'PK')."
    assert error.template == "{path} is not a GGUF file ({cause})."
    cause = error.params["cause"]
    assert isinstance(cause, AppError) and cause.template == "it starts with {start!r}"
    assert cause.params == {"start": "b'PK'"}  # bytes crossed as their text


def test_a_bug_comes_back_with_its_traceback() -> None:
    with pytest.raises(ChildBug, match=r"(?s)The dividing process failed:.*ZeroDivisionError"):
        run_in_child(child_targets.divide_by_zero, what="The dividing process")


def test_a_killed_child_is_a_clear_error_with_its_native_output(tmp_path: Path) -> None:
    log = tmp_path / "logs" / "child.log"
    with pytest.raises(ChildDied) as caught:
        run_in_child(child_targets.abort_like_native_code, what="The load check", log_path=log)
    outcome = caught.value.outcome
    assert isinstance(caught.value, EngineError)
    assert outcome.exit_code == -signal.SIGKILL and outcome.signal_name == "SIGKILL"
    assert outcome.log_tail == "ggml.c:1234: GGML_ASSERT(n_dims <= 4) failed"
    assert caught.value.detail.startswith("The load check was killed (SIGKILL)")
    assert "loading tensors" in log.read_text()  # stdout went to the log too, which is kept


def test_cancel_stops_the_child() -> None:
    cancel = CancelToken()
    threading.Timer(0.3, cancel.cancel).start()
    with pytest.raises(Cancelled):
        run_in_child(child_targets.sleep_forever, what="The sleeping process", name="paddock-sleeper",
                     cancel=cancel, tick_s=0.05)
    assert not [p for p in multiprocessing.active_children() if p.name == "paddock-sleeper"]


def test_an_error_in_the_parent_s_callback_stops_the_child() -> None:
    def on_message(_number: int) -> None:
        raise KeyError("in the parent")

    with pytest.raises(KeyError):
        run_in_child(child_targets.count_to, 3, what="The counting process", name="paddock-counter",
                     on_message=on_message)
    assert not [p for p in multiprocessing.active_children() if p.name == "paddock-counter"]


def test_a_serving_child_talks_sees_the_shared_word_and_ends_with_its_pipe(tmp_path: Path) -> None:
    log = tmp_path / "server.log"
    word = SharedInt()
    child = ChildProcess.start(child_targets.echo_server, word, what="The echo server", log_path=log,
                               name="paddock-echo")
    try:
        child.send("hello")
        assert child.receive() == ("hello", 0)
        word.value = 42
        child.send("again")
        assert child.poll(10) and child.receive() == ("again", 42)
        assert child.is_alive() and child.pid
    finally:
        outcome = child.close()
    assert outcome.succeeded and str(outcome) == "The echo server exited with code 0."
    assert "echo server on stdout" in log.read_text() and "echo server on stderr" in log.read_text()
    with pytest.raises(ChildGone):
        child.receive()


def test_stop_ends_a_busy_child(tmp_path: Path) -> None:
    child = ChildProcess.start(child_targets.serve_nothing, what="The busy child", log_path=tmp_path / "busy.log",
                               name="paddock-busy")
    assert child.is_alive()
    outcome = child.stop(timeout_s=5)
    assert outcome.signal_name == "SIGTERM" and not child.is_alive()
    assert str(outcome) == "The busy child was stopped (SIGTERM)."
