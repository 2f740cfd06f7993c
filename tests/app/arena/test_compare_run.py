"""A compare run on real tiny models: concurrent with the cores split, sequential with
load/unload, every pane's reply and stats, one pane stopped alone, and the whole run cancelled."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest

from app.arena.compare_run import PanePiece, PaneSettings, PaneStage, plan_compare, run_compare
from app.arena.schedule import Mode
from app.chat.messages import ChatMessage, StopReason
from app.engine.settings import LoadSettings, SamplingSettings
from app.errors import Cancelled
from app.hardware.detect import HardwareSnapshot, detect_hardware
from app.jobs import CancelToken
from tests.conftest import SCRIPTED_REPLY, SCRIPTED_REPLY_TOKENS, endless_text

MESSAGES = [ChatMessage("user", "Hello"), ChatMessage("assistant", "Hi."), ChatMessage("user", "What is bread?")]


@pytest.fixture(scope="module")
def hardware() -> HardwareSnapshot:
    return detect_hardware()


def panes(scripted: Path, endless: Path, endless_tokens: int = 12) -> list[PaneSettings]:
    return [PaneSettings("scripted", LoadSettings(scripted, n_ctx=1024, n_threads=8, seed=1)),
            PaneSettings("endless", LoadSettings(endless, n_ctx=1024, kv_cache_type="q8_0", n_threads=8, seed=1),
                         SamplingSettings(temperature=0.0, max_tokens=endless_tokens))]


class Recorder:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.events: list[PanePiece] = []

    def __call__(self, piece: PanePiece) -> None:
        with self.lock:
            self.events.append(piece)

    def text(self, pane: int) -> str:
        return "".join(e.text for e in self.events if e.pane == pane and e.stage is PaneStage.PIECE)

    def stages(self, pane: int) -> list[PaneStage]:
        return [e.stage for e in self.events if e.pane == pane and e.stage is not PaneStage.PIECE]


def check_replies(result, recorder: Recorder) -> None:
    scripted, endless = result.panes
    assert (scripted.label, scripted.text, scripted.error) == ("scripted", SCRIPTED_REPLY, "")
    assert scripted.stats.generated_tokens == SCRIPTED_REPLY_TOKENS
    assert scripted.stats.stop_reason is StopReason.END_OF_TURN
    assert endless.text == endless_text(12) and endless.stats.stop_reason is StopReason.LENGTH
    for pane in result.panes:
        assert pane.stats.prompt_tokens > 20 and pane.stats.time_to_first_token_s > 0
        assert pane.stats.prompt_tokens_per_s > 0 and pane.stats.tokens_per_s > 0
        assert pane.load_s > 0 and (pane.memory_bytes is None or pane.memory_bytes > 50 * 2**20)
    assert recorder.text(0) == SCRIPTED_REPLY and recorder.text(1) == endless_text(12)
    assert recorder.stages(0) == recorder.stages(1) == [PaneStage.LOADING, PaneStage.DONE]
    assert result.wall_s > 0


def test_panes_that_fit_answer_at_once_with_the_cores_split(
        scripted_model_path: Path, endless_model_path: Path, hardware: HardwareSnapshot, tmp_path: Path) -> None:
    two_cores = replace(hardware, physical_cores=2)
    chosen = panes(scripted_model_path, endless_model_path)
    plan = plan_compare(chosen, two_cores)
    assert plan.mode is Mode.CONCURRENT, plan.reason
    recorder = Recorder()
    result = run_compare(chosen, MESSAGES, hardware=two_cores, log_dir=tmp_path, progress=recorder)
    assert result.mode is Mode.CONCURRENT and "answer at the same time" in result.reason
    assert [p.settings.n_threads for p in result.panes] == [1, 1]  # 2 cores, 2 panes: never more threads
    assert result.panes[1].settings.kv_cache_type == "q8_0"
    check_replies(result, recorder)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["engine-pane-1.log", "engine-pane-2.log"]


def test_panes_that_cannot_share_the_cpu_answer_one_after_another(
        scripted_model_path: Path, endless_model_path: Path, hardware: HardwareSnapshot, tmp_path: Path) -> None:
    one_core = replace(hardware, physical_cores=1)
    recorder = Recorder()
    result = run_compare(panes(scripted_model_path, endless_model_path), MESSAGES, hardware=one_core,
                         log_dir=tmp_path, progress=recorder)
    assert result.mode is Mode.SEQUENTIAL and "one after another" in result.reason
    assert [p.settings.n_threads for p in result.panes] == [1, 1]
    check_replies(result, recorder)
    # one after another: the second pane starts loading only after the first is done
    order = [(e.pane, e.stage) for e in recorder.events if e.stage is not PaneStage.PIECE]
    assert order == [(0, PaneStage.LOADING), (0, PaneStage.DONE), (1, PaneStage.LOADING), (1, PaneStage.DONE)]


def test_a_model_that_does_not_fit_fails_its_pane_only(
        scripted_model_path: Path, hardware: HardwareSnapshot, tmp_path: Path) -> None:
    no_room = replace(hardware, ram_available=2**20, cgroup_available=None)
    chosen = [PaneSettings("a", LoadSettings(scripted_model_path, n_ctx=512, n_threads=1)),
              PaneSettings("b", LoadSettings(scripted_model_path, n_ctx=1024, n_threads=1))]
    result = run_compare(chosen, MESSAGES, hardware=no_room, log_dir=tmp_path)
    assert result.mode is Mode.SEQUENTIAL and "do not fit in memory together" in result.reason
    assert all(p.stats is None and "needs" in p.error and p.text == "" for p in result.panes)


def test_one_pane_stopped_alone_keeps_its_reply_and_the_other_finishes(
        scripted_model_path: Path, endless_model_path: Path, hardware: HardwareSnapshot, tmp_path: Path) -> None:
    stop_endless = CancelToken()
    recorder = Recorder()

    def progress(piece: PanePiece) -> None:
        recorder(piece)
        if piece.pane == 1 and piece.stage is PaneStage.PIECE and len(recorder.text(1)) > 8:
            stop_endless.cancel()

    result = run_compare(panes(scripted_model_path, endless_model_path, endless_tokens=100_000), MESSAGES,
                         hardware=replace(hardware, physical_cores=2), log_dir=tmp_path, progress=progress,
                         pane_cancels=[None, stop_endless])
    scripted, endless = result.panes
    assert scripted.text == SCRIPTED_REPLY and not scripted.stopped
    assert endless.stopped and 0 < endless.stats.generated_tokens < 200
    assert endless.text == endless_text(endless.stats.generated_tokens)


def test_cancel_stops_every_pane_and_raises(
        scripted_model_path: Path, endless_model_path: Path, hardware: HardwareSnapshot, tmp_path: Path) -> None:
    cancel = CancelToken()
    seen = Recorder()

    def progress(piece: PanePiece) -> None:
        seen(piece)
        if piece.stage is PaneStage.PIECE and piece.pane == 0:
            cancel.cancel()

    chosen = [panes(scripted_model_path, endless_model_path, 100_000)[1]] * 2
    chosen = [replace(chosen[0], label="first"), replace(chosen[1], label="second")]
    with pytest.raises(Cancelled):
        run_compare(chosen, MESSAGES, hardware=replace(hardware, physical_cores=1), log_dir=tmp_path,
                    progress=progress, cancel=cancel)
    # sequential: the first pane stopped while streaming, the second never loaded
    assert seen.stages(0) == [PaneStage.LOADING, PaneStage.DONE] and seen.stages(1) == []
    assert 0 < len(seen.text(0)) < 400


def test_sequential_can_be_asked_for_and_then_each_pane_gets_the_whole_cpu(
        scripted_model_path: Path, endless_model_path: Path, hardware: HardwareSnapshot, tmp_path: Path) -> None:
    four_cores = replace(hardware, physical_cores=4)
    chosen = panes(scripted_model_path, endless_model_path)
    assert plan_compare(chosen, four_cores).mode is Mode.CONCURRENT
    plan = plan_compare(chosen, four_cores, force_sequential=True)
    assert plan.mode is Mode.SEQUENTIAL and plan.reason.startswith("Asked to answer one after another")
    assert [p.settings.n_threads for p in plan.panes] == [4, 4]
