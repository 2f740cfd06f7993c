"""The compare controller's turns and the votes task on a real SQLite store, without
engines: sequential panes wait for each other, a waiting pane can be stopped alone, and a
vote between three panes is saved with every pane's replies as a branch of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.arena.votes import battles, list_votes
from app.chat.messages import ReplyStats, StopReason
from app.dev.scripted_model import write_scripted_llama
from app.hardware.detect import HardwareSnapshot
from app.store import messages as msg
from app.store.opening import open_store
from ui.controllers.compare_controller import CompareController, Outcome, PaneJob, PaneResult, PaneSetup, make_planner
from ui.tasks.compare_task import VotesTask

GIB = 1024**3
PLENTY = HardwareSnapshot(ram_total=64 * GIB, ram_available=32 * GIB, physical_cores=4, logical_cores=4)
ONE_CORE = HardwareSnapshot(ram_total=64 * GIB, ram_available=32 * GIB, physical_cores=1, logical_cores=1)
STATS = ReplyStats(5, 0, 3, 0.1, 50.0, 20.0, StopReason.END_OF_TURN)


@pytest.fixture(scope="module")
def three(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("models")
    return [write_scripted_llama(folder / f"model-{n}.gguf", f"Answer {n}.") for n in "xyz"]


def _answer(controller: CompareController, job: PaneJob, text: str) -> None:
    controller.on_text(job.slot, text)
    controller.on_finished(PaneResult(job.slot, text, STATS, 1000))


def test_concurrent_panes_all_start_and_split_the_cores(three: list[Path]) -> None:
    controller = CompareController(make_planner(PLENTY), shuffle=lambda order: None)
    jobs: list[PaneJob] = []
    controller.runRequested.connect(jobs.append)
    assert controller.start([PaneSetup(p) for p in three], blind=False)
    assert controller.send("Hello")
    assert sorted(j.slot for j in jobs) == [0, 1, 2]  # all at once
    assert sum(j.settings.n_threads for j in jobs) <= 4 and not any(j.unload_after for j in jobs)
    assert not controller.can_vote  # not before every pane has answered
    for job in jobs:
        _answer(controller, job, f"reply {job.slot}")
    assert controller.can_vote and not controller.busy


def test_sequential_panes_wait_and_a_waiting_pane_is_stopped_alone(three: list[Path]) -> None:
    controller = CompareController(make_planner(ONE_CORE), shuffle=lambda order: None)  # three CPU panes, one core
    jobs: list[PaneJob] = []
    failed: list[tuple[int, str]] = []
    controller.runRequested.connect(jobs.append)
    controller.paneFailed.connect(lambda slot, kind, _detail: failed.append((slot, kind)))
    assert controller.start([PaneSetup(p) for p in three], blind=True)
    assert controller.schedule is not None and controller.schedule.mode.value == "sequential"
    controller.send("Hello")
    assert [j.slot for j in jobs] == [0] and jobs[0].unload_after
    controller.stop_pane(1)  # still waiting: skipped, the others go on
    assert failed == [(1, "Stopped")]
    _answer(controller, jobs[0], "first")
    assert [j.slot for j in jobs] == [0, 2]  # pane 1 was skipped
    controller.stop_pane(2)  # running: its own token only
    assert jobs[1].cancel.cancelled and not jobs[0].cancel.cancelled
    controller.on_failed(2, "Stopped", "", "par")
    assert not controller.busy and controller.can_vote
    assert controller._history(2)[-1].content == "par"


def test_a_vote_between_three_saves_every_branch_and_implies_two_wins(three: list[Path], tmp_path: Path) -> None:
    store = open_store(tmp_path / "history.db")
    try:
        controller = CompareController(make_planner(PLENTY), shuffle=lambda order: order.reverse())
        task = VotesTask(store.connection)
        controller.voteRequested.connect(task.vote)
        controller.boardRequested.connect(task.board)
        task.voted.connect(controller.on_voted)
        task.boardReady.connect(controller.on_board)
        boards: list[object] = []
        controller.boardChanged.connect(boards.append)
        jobs: list[PaneJob] = []
        controller.runRequested.connect(jobs.append)
        revealed: list[list[str]] = []
        controller.revealed.connect(revealed.append)
        started: list[list[str]] = []
        controller.started.connect(started.append)
        controller.start([PaneSetup(p) for p in three], blind=True)
        assert started == [["", "", ""]]  # blind
        for turn in ("First question", "Second question"):
            jobs.clear()
            controller.send(turn)
            for job in jobs:
                _answer(controller, job, f"{turn} answered by slot {job.slot}")
        assert jobs[0].messages[-2].content.endswith("slot 0")  # each pane's own earlier reply
        assert controller.vote(Outcome.WINNER, 2, {"task": "chat", "language": " ", "note": "good"})
        assert revealed == [[three[2].name, three[1].name, three[0].name]]  # shown reversed

        db = store.connection()
        (vote,) = list_votes(db)
        assert [m.file_name for m in vote.models] == [three[2].name, three[1].name, three[0].name]
        assert vote.winner == 2 and vote.blind and vote.tags == {"task": "chat", "note": "good"}
        wins = battles([vote])
        assert [(b.model_a, b.score_a) for b in wins] == [(vote.models[2].key, 1.0)] * 2
        assert boards and boards[-1].ratings[0].model == vote.models[2].key  # type: ignore[attr-defined]

        assert vote.conversation_id is not None and controller.can_continue
        every = msg.all_messages(db, vote.conversation_id)
        assert len(every) == 1 + 3 * 3  # the first question, then per pane: reply, question, reply
        shown = msg.thread(db, vote.conversation_id)
        assert [m.content for m in shown] == ["First question", "First question answered by slot 2",
                                               "Second question", "Second question answered by slot 2"]
        assert shown[-1].model == three[0].name and shown[-1].settings["n_ctx"] == 4096
        continued: list[tuple[int, object]] = []
        controller.continueRequested.connect(lambda cid, settings: continued.append((cid, settings)))
        assert controller.continue_with_winner()
        assert continued[0][0] == vote.conversation_id
        assert continued[0][1].model_path == three[0]  # type: ignore[attr-defined]
    finally:
        store.close()


def test_both_bad_votes_count_as_ties_unless_left_out(tmp_path: Path) -> None:
    from app.arena.votes import ModelIdentity, Vote, record_vote
    from ui.controllers.compare_controller import BoardQuery

    store = open_store(tmp_path / "history.db")
    try:
        db = store.connection()
        a, b = ModelIdentity.of("a.gguf", "Q8_0"), ModelIdentity.of("b.gguf", "Q4_K_M")
        record_vote(db, Vote((a, b), Outcome.WINNER, 0))
        record_vote(db, Vote((a, b), Outcome.BOTH_BAD))
        task = VotesTask(store.connection)
        boards: list[object] = []
        task.boardReady.connect(boards.append)
        task.board(BoardQuery())
        task.board(BoardQuery(drop_both_bad=True))
        kept, dropped = ({r.model: r for r in board.ratings} for board in boards)  # type: ignore[attr-defined]
        assert (kept[a.key].battles, kept[a.key].ties) == (2, 1)
        assert (dropped[a.key].battles, dropped[a.key].ties) == (1, 0)
    finally:
        store.close()
