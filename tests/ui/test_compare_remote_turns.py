"""The compare controller's turns with a remote pane, without engines: the remote pane
starts with the message while the local panes take turns one after another, it never holds
up the next local pane, and its vote stores the endpoint and model id it was rated by."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.arena.schedule import Mode
from app.chat.messages import ReplyStats, StopReason
from app.config.remote_endpoints import RemoteEndpoint
from app.dev.scripted_model import write_scripted_llama
from app.hardware.detect import HardwareSnapshot
from app.remote.records import RemoteModel
from ui.controllers.compare_controller import CompareController, Outcome, PaneJob, PaneResult, PaneSetup, make_planner

GIB = 1024**3
ONE_CORE = HardwareSnapshot(ram_total=64 * GIB, ram_available=32 * GIB, physical_cores=1, logical_cores=1)
STATS = ReplyStats(5, 0, 3, 0.1, 50.0, 20.0, StopReason.END_OF_TURN)
LAB = RemoteEndpoint("lab", "http://127.0.0.1:1/v1")


@pytest.fixture(scope="module")
def two(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("models")
    return [write_scripted_llama(folder / f"model-{n}.gguf", f"Answer {n}.") for n in "xy"]


def test_the_remote_pane_answers_beside_local_panes_taking_turns(two: list[Path]) -> None:
    controller = CompareController(make_planner(ONE_CORE), shuffle=lambda order: None)
    jobs: list[PaneJob] = []
    controller.runRequested.connect(jobs.append)
    remote = PaneSetup.remote(LAB, RemoteModel("lab", "big-llama"))
    assert controller.start([PaneSetup(two[0]), remote, PaneSetup(two[1])], blind=False)
    assert controller.schedule is not None and controller.schedule.mode is Mode.SEQUENTIAL  # one core, two locals
    assert controller.schedule.panes[1].remote == "lab" and "Remote on a server: B (lab)" in controller.schedule.reason
    assert controller.send("Hello")
    assert sorted(j.slot for j in jobs) == [0, 1]  # the remote pane starts with the first local one
    remote_job = next(j for j in jobs if j.slot == 1)
    assert remote_job.endpoint == LAB and remote_job.remote_model == RemoteModel("lab", "big-llama")
    assert not remote_job.unload_after
    controller.on_finished(PaneResult(0, "local one", STATS, 1000))
    assert [j.slot for j in jobs][2:] == [2]  # the remote pane, still streaming, does not hold up pane C
    controller.on_finished(PaneResult(2, "local two", STATS, 1000))
    assert controller.busy  # until the remote one is done
    controller.on_failed(1, "remote_unreachable", "lab could not be reached", "")
    assert controller.can_vote

    requests: list = []
    controller.voteRequested.connect(lambda request, _query: requests.append(request))
    remote_winner: list = []
    controller.continueRemoteRequested.connect(lambda *args: remote_winner.append(args))
    assert controller.vote(Outcome.WINNER, 1)
    [request] = requests
    assert request.panes[1].identity.key == "big-llama @ lab (remote, temperature=0.7)"
    assert request.panes[1].settings["endpoint"] == "lab" and request.panes[1].settings["model_id"] == "big-llama"
    controller.on_voted(7)
    assert controller.continue_with_winner()
    assert remote_winner == [(7, LAB, RemoteModel("lab", "big-llama"))]
