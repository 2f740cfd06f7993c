"""Stop sequences cut across streamed pieces, and requests taking turns in arrival order."""

from __future__ import annotations

import threading
import time
from typing import Sequence

import pytest
from hypothesis import given, strategies as st

from app.errors import Cancelled
from app.jobs import CancelToken
from app.serve.fair_queue import FairQueue
from app.serve.stop_text import StopText


def _run(stops: Sequence[str], pieces: Sequence[str]) -> tuple[list[str], bool]:
    cut = StopText(stops)
    out = [cut.feed(p) for p in pieces] + [cut.flush()]
    return out, cut.hit


def test_a_stop_split_over_pieces_is_never_shown() -> None:
    out, hit = _run(["</answer>"], ["The loaf", " is done</an", "swer> and more"])
    assert out == ["The loaf", " is done", "", ""]
    assert hit


def test_text_that_only_looked_like_a_stop_comes_out() -> None:
    out, hit = _run(["STOP"], ["ST", "OCK", " up"])
    assert "".join(out) == "STOCK up" and not hit
    assert out[0] == ""  # held back until the next piece told


def test_the_earliest_of_several_stops_wins() -> None:
    out, hit = _run(["water", "flour"], ["Bread needs flour, water and time."])
    assert out[0] == "Bread needs " and hit


@given(text=st.text(alphabet="abc ", max_size=30), stops=st.lists(st.text(alphabet="abc", min_size=1, max_size=4),
       max_size=3), cuts=st.lists(st.integers(0, 30), max_size=6))
def test_same_result_however_the_reply_is_split(text: str, stops: list[str], cuts: list[int]) -> None:
    bounds = sorted({0, len(text), *[min(c, len(text)) for c in cuts]})
    pieces = [text[a:b] for a, b in zip(bounds, bounds[1:])]
    out, hit = _run(stops, pieces)
    found = [i for i in (text.find(s) for s in stops) if i >= 0]
    assert "".join(out) == (text[: min(found)] if found else text)
    assert hit == bool(found)


def _enter_in_order(queue: FairQueue, names: Sequence[str], entered: list[str],
                    cancels: dict[str, CancelToken]) -> list[threading.Thread]:
    threads = []
    for name in names:
        def take_turn(name: str = name) -> None:
            try:
                with queue.turn(cancels[name]):
                    entered.append(name)
            except Cancelled:
                entered.append(f"{name} left")
        before = queue.waiting
        thread = threading.Thread(target=take_turn)
        thread.start()
        threads.append(thread)
        deadline = time.monotonic() + 10
        while queue.waiting == before and time.monotonic() < deadline:  # in line before the next one comes
            time.sleep(0.001)
    return threads


def test_requests_take_turns_in_arrival_order_and_a_cancelled_one_leaves_the_line() -> None:
    queue = FairQueue()
    names = ["b", "c", "d", "e", "f"]
    cancels = {name: CancelToken() for name in names}
    entered: list[str] = []
    with queue.turn(CancelToken()):
        threads = _enter_in_order(queue, names, entered, cancels)
        assert queue.waiting == 5 and entered == []
        cancels["d"].cancel()
        threads[2].join(10)
        assert entered == ["d left"] and queue.waiting == 4
    for thread in threads:
        thread.join(10)
    assert entered == ["d left", "b", "c", "e", "f"]
    assert queue.waiting == 0


def test_a_request_cancelled_before_its_turn_never_gets_it() -> None:
    queue = FairQueue()
    cancel = CancelToken()
    cancel.cancel()
    with queue.turn(CancelToken()):
        with pytest.raises(Cancelled):
            with queue.turn(cancel):
                pytest.fail("a cancelled request got the engine")
    with queue.turn(CancelToken()):  # the line is empty again
        pass
