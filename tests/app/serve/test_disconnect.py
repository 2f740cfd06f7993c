"""A client that goes away stops its reply: streamed or not, running or still in line.

The endless model never ends its turn, so without the stop each of these replies would
run to max_tokens (1,500 tokens, half a minute here) and be logged as "length".
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Callable

import httpx2 as httpx
import pytest

from app.engine.client import EngineClient
from tests.app.serve.conftest import Served, load_settings, loaded_once

HI = [{"role": "user", "content": "Go on."}]
LONG = 1500


@pytest.fixture
def endless_api(start_server: Callable[..., Served], module_engine: EngineClient, endless_model_path: Path,
                caplog: pytest.LogCaptureFixture) -> Served:
    caplog.set_level(logging.INFO, logger="app.serve")
    return start_server(module_engine, loaded_once(module_engine, load_settings(endless_model_path)))


def _replies(caplog: pytest.LogCaptureFixture) -> list[tuple[int, str]]:
    """(tokens generated, why it ended) of each reply the service logged, in order."""
    found = [re.search(r"(\d+) generated, (\w+)", r.getMessage()) for r in caplog.records
             if r.name == "app.serve.service" and r.getMessage().startswith("reply:")]
    return [(int(m.group(1)), m.group(2)) for m in found if m]


def _read_some_then_leave(api: Served, pieces: int = 5) -> None:
    body = {"messages": HI, "stream": True, "max_tokens": LONG}
    with httpx.stream("POST", f"{api.url}/v1/chat/completions", json=body, timeout=60) as response:
        seen = 0
        for line in response.iter_lines():
            seen += '"content"' in line
            if seen >= pieces:
                break
    # leaving the block closes the connection with the reply half read


def _next_reply_is_served(api: Served) -> None:
    """A short request after the others: answered once they have left the engine."""
    body = httpx.post(f"{api.url}/v1/chat/completions", json={"messages": HI, "max_tokens": 4}, timeout=60).json()
    assert body["usage"]["completion_tokens"] == 4


def test_a_streaming_client_that_leaves_stops_its_generation(endless_api: Served,
                                                              caplog: pytest.LogCaptureFixture) -> None:
    _read_some_then_leave(endless_api)
    _next_reply_is_served(endless_api)
    (left, left_reason), (after, after_reason) = _replies(caplog)
    # The client read 5 "content" lines, the first of them the role's empty one: at least 4
    # tokens were made before it left (more if the stop came later), never most of LONG.
    assert left_reason == "stopped" and 4 <= left < LONG // 2
    assert (after, after_reason) == (4, "length")


def test_a_waiting_client_that_leaves_before_its_answer(endless_api: Served,
                                                        caplog: pytest.LogCaptureFixture) -> None:
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(f"{endless_api.url}/v1/chat/completions", json={"messages": HI, "max_tokens": LONG},
                   timeout=httpx.Timeout(60, read=1.0))
    _next_reply_is_served(endless_api)
    (left, left_reason), _ = _replies(caplog)
    assert left_reason == "stopped" and left < LONG // 2


def test_a_client_that_leaves_the_line_is_never_answered(endless_api: Served,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    url = f"{endless_api.url}/v1/chat/completions"
    body = {"messages": HI, "stream": True, "max_tokens": LONG}
    with httpx.stream("POST", url, json=body, timeout=60) as running:
        lines = running.iter_lines()
        next(lines)  # the first one holds the engine
        with pytest.raises(httpx.ReadTimeout):  # the second waits behind it, then gives up
            httpx.post(url, json={"messages": HI, "max_tokens": LONG}, timeout=httpx.Timeout(60, read=0.5))
    _next_reply_is_served(endless_api)
    replies = _replies(caplog)
    assert [reason for _, reason in replies] == ["stopped", "length"]  # the one that left never ran
    assert endless_api.service.waiting == 0
