"""`paddock --self-test`: the packaged app's own check, driven through a real window, the
real engine worker and the real history (the bundle's smoke test runs the same code)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import SCRIPTED_NAME, SCRIPTED_REPLY
from ui.launch import model_argument
from ui.self_test import DEFAULT_PROMPT, SelfTest, SelfTestRequest, self_test_request


def test_the_command_line_asks_for_it() -> None:
    assert self_test_request(["x.gguf"]) is None
    assert self_test_request(["--self-test"]) == SelfTestRequest(None, DEFAULT_PROMPT)
    assert self_test_request(["--self-test", "m.gguf", "--prompt", "Hi"]) == SelfTestRequest(Path("m.gguf"), "Hi")
    assert model_argument(["-platform", "offscreen", "A.GGUF"]) == Path("A.GGUF")


def _run(qtbot, paddock, request: SelfTestRequest, timeout_s: float = 120) -> tuple[list[dict], list[int]]:
    lines: list[str] = []
    codes: list[int] = []
    SelfTest(paddock.app, paddock.window, paddock.controller, request, emit=lines.append,
             timeout_s=timeout_s, quit=codes.append).start()
    qtbot.waitUntil(lambda: bool(codes), timeout=int(timeout_s * 1000) + 30_000)
    return [json.loads(line) for line in lines], codes


def test_a_window_only_check_reports_ready(qtbot, paddock) -> None:
    events, codes = _run(qtbot, paddock, SelfTestRequest(None))
    assert [e["event"] for e in events] == ["ready"] and events[0]["visible"] is True
    assert codes == [0]


def test_a_reply_through_the_engine_worker_is_reported_and_saved(qtbot, paddock, scripted_model_path: Path) -> None:
    events, codes = _run(qtbot, paddock, SelfTestRequest(scripted_model_path, "Bake bread?"))
    assert [e["event"] for e in events] == ["ready", "loaded", "reply"], events
    assert events[1]["model"] == SCRIPTED_NAME
    assert events[2]["text"] == SCRIPTED_REPLY
    assert codes == [0]
    assert events[0]["time"] <= events[1]["time"] <= events[2]["time"]
    qtbot.waitUntil(lambda: SCRIPTED_REPLY in paddock.window.transcript_text(), timeout=10_000)
    qtbot.waitUntil(lambda: len(paddock.window.history_panel.titles()) == 1, timeout=30_000)  # saved and listed


def test_a_model_that_cannot_load_fails_the_check(qtbot, paddock, tmp_path: Path) -> None:
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF but not really")
    events, codes = _run(qtbot, paddock, SelfTestRequest(broken))
    assert events[-1]["event"] == "failed" and events[-1]["kind"]
    assert codes == [1]
