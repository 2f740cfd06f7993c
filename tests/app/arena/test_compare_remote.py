"""Remote panes in a comparison: a model on a real OpenAI-compatible server (llama-cpp-python's
own, on the scripted model) beside a local one. Planned apart from the local models (no
memory, no cores here), answering at the same time in either mode, failing alone when its
server is down; and `paddock-cli compare --model remote:ENDPOINT/MODEL-ID`."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from app.arena.compare_run import PaneSettings, PaneStage, plan_compare, run_compare
from app.arena.schedule import Mode, PaneLoad, schedule_panes
from app.chat.messages import ChatMessage, StopReason
from app.cli.main import main
from app.config.remote_endpoints import RemoteEndpoint, save_endpoints
from app.engine.preflight import check_model_file
from app.engine.settings import LoadSettings, SamplingSettings
from app.hardware.detect import HardwareSnapshot, detect_hardware
from app.paths import AppPaths
from app.planner.model_size import footprint_of_file
from app.remote.records import RemoteModel
from app.remote.remote_engine import remote_load_settings
from tests.conftest import SCRIPTED_REPLY, endless_text
from tests.remote_servers import free_port

GIB = 1024**3
MESSAGES = [ChatMessage("user", "What is bread?")]
GREEDY = SamplingSettings(temperature=0.0, max_tokens=12, seed=1)


def remote_pane(url: str, name: str = "lab") -> PaneSettings:
    model = RemoteModel(name, "scripted")
    return PaneSettings(f"scripted @ {name}", remote_load_settings(model), GREEDY, RemoteEndpoint(name, url), model)


def local_pane(endless: Path) -> PaneSettings:
    return PaneSettings("endless", LoadSettings(endless, n_ctx=1024, n_threads=8, seed=1), GREEDY)


def test_a_remote_pane_takes_no_memory_or_cores_in_the_schedule(endless_model_path: Path) -> None:
    hw = HardwareSnapshot(ram_total=64 * GIB, ram_available=32 * GIB, physical_cores=2, logical_cores=2)
    settings = LoadSettings(endless_model_path, n_ctx=1024, n_threads=8)
    local = PaneLoad("A", footprint_of_file(check_model_file(settings)), settings)
    remote = PaneLoad("B", None, remote_load_settings(RemoteModel("lab", "big")), remote="lab")
    plan = schedule_panes([local, remote], hw)
    assert plan.mode is Mode.CONCURRENT
    assert plan.panes[0].settings.n_threads == 2  # the local model keeps both cores: B is not counted
    assert plan.panes[1].remote == "lab" and plan.panes[1].fit is None
    assert len(plan.together.placements) == 1  # only the local model in fit_together
    assert "Remote on a server: B (lab)" in plan.reason and "left out of the memory check" in plan.reason
    alone = schedule_panes([local], hw)
    assert plan.together.ram_needed == alone.together.ram_needed


def test_remote_and_local_panes_answer_together(
        remote_server_url: str, endless_model_path: Path, tmp_path: Path) -> None:
    hw = replace(detect_hardware(), physical_cores=2)
    chosen = [local_pane(endless_model_path), remote_pane(remote_server_url)]
    events: list = []
    result = run_compare(chosen, MESSAGES, hardware=hw, log_dir=tmp_path, progress=events.append)
    local, remote = result.panes
    assert local.text == endless_text(12) and local.error == "" and not local.remote
    assert remote.text == SCRIPTED_REPLY and remote.error == "" and remote.remote
    assert remote.memory_bytes is None and remote.stats.stop_reason is StopReason.END_OF_TURN
    assert remote.stats.time_to_first_token_s > 0 and remote.stats.tokens_per_s > 0
    assert "".join(e.text for e in events if e.pane == 1 and e.stage is PaneStage.PIECE) == SCRIPTED_REPLY
    assert [p.name for p in tmp_path.iterdir()] == ["engine-pane-1.log"]  # no worker for the remote pane


def test_a_down_server_fails_its_pane_alone_while_the_local_ones_take_turns(
        endless_model_path: Path, tmp_path: Path) -> None:
    hw = replace(detect_hardware(), physical_cores=2)
    chosen = [local_pane(endless_model_path), remote_pane(f"http://127.0.0.1:{free_port()}/v1", "gone")]
    plan = plan_compare(chosen, hw, force_sequential=True)
    assert plan.mode is Mode.SEQUENTIAL and "Remote on a server: scripted @ gone (gone)" in plan.reason
    result = run_compare(chosen, MESSAGES, hardware=hw, log_dir=tmp_path, schedule=plan)
    local, remote = result.panes
    assert local.text == endless_text(12) and local.error == ""
    assert remote.stats is None and "gone" in remote.error and "could not be reached" in remote.error


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PADDOCK_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def test_the_cli_compares_a_remote_model_and_ranks_it(
        capsys, home: Path, remote_server_url: str, endless_model_path: Path) -> None:  # type: ignore[no-untyped-def]
    paths = AppPaths.from_environment({"PADDOCK_HOME": str(home)})
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    save_endpoints(paths.config_dir, [RemoteEndpoint("lab", remote_server_url)])
    code = main(["compare", "-m", str(endless_model_path), "-m", "remote:lab/scripted", "--ctx", "1024",
                 "--max-tokens", "12", "--temperature", "0", "--vote", "b", "Hi"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "Remote on a server: scripted @ lab (lab)" in out.splitlines()[0]
    assert "=== Model B: scripted @ lab (remote) ===" in out and SCRIPTED_REPLY in out
    remote_stats = next(line for line in out.split("=== Model B")[1].splitlines() if line.startswith("["))
    assert remote_stats.startswith("[first token") and "remote" in remote_stats and "thread" not in remote_stats
    assert main(["arena", "--json", "--bootstrap", "0", "--include-unblind"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["model"] == "scripted @ lab (remote)" and rows[0]["wins"] == 1


@pytest.mark.parametrize("spec, says", [
    ("remote:nowhere/scripted", "No remote endpoint is named 'nowhere'"),
    ("remote:lab", "remote:ENDPOINT/MODEL-ID"),
])
def test_a_wrong_remote_model_is_one_clear_line(capsys, home: Path, endless_model_path: Path,  # type: ignore[no-untyped-def]
                                                spec: str, says: str) -> None:
    code = main(["compare", "-m", str(endless_model_path), "-m", spec, "Hi"])
    assert code != 0 and says in capsys.readouterr().err
