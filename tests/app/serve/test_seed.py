"""`seed` makes a sampled reply repeat: the same request with the same seed gets the same
text, on /v1/chat/completions and /v1/completions (a random-weight model at temperature
1, whose words themselves are never asserted)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import httpx2 as httpx

from app.engine.client import EngineClient
from tests.app.serve.conftest import Served, load_settings, loaded_once


def test_the_same_seed_gives_the_same_sampled_reply(start_server: Callable[..., Served], module_engine: EngineClient,
                                                     tiny_model_path: Path) -> None:
    api = start_server(module_engine, loaded_once(module_engine, load_settings(tiny_model_path)))
    sampled = {"temperature": 1.0, "top_p": 1.0, "top_k": 0, "min_p": 0.0, "max_tokens": 24, "seed": 11}

    def chat() -> str:
        body = httpx.post(f"{api.url}/v1/chat/completions", timeout=60,
                          json={"messages": [{"role": "user", "content": "Tell me about rye."}], **sampled}).json()
        return body["choices"][0]["message"]["content"]

    def text() -> str:
        body = httpx.post(f"{api.url}/v1/completions", timeout=60, json={"prompt": "Rye bread is", **sampled}).json()
        return body["choices"][0]["text"]

    first_chat, first_text = chat(), text()  # the other request in between changes the cache, not the reply
    assert chat() == first_chat and text() == first_text
    assert first_chat and first_text
