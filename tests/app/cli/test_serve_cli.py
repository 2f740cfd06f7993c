"""`paddock-cli serve` as a person starts it, driven by OpenAI's official Python client:
chat streamed and not, a JSON-schema reply that parses, a text completion, embeddings from
a second model, errors as the client's own exceptions, the API key, and Ctrl-C."""

from __future__ import annotations

import json
import math
import os
import re
import signal
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest

from app.cli.main import main
from tests.conftest import SCRIPTED_REPLY, SCRIPTED_REPLY_TOKENS

openai = pytest.importorskip("openai")

KEY = "sk-paddock-cli-test-0123456789"
MODEL_ID = "scripted-llama"  # the file name without .gguf
EMBEDDING_ID = "tiny-llama"
HI = [{"role": "user", "content": "How do I bake bread?"}]


class RunningServe:
    def __init__(self, process: subprocess.Popen, url: str, lines: list[str]) -> None:
        self.process, self.url, self.lines = process, url, lines


@pytest.fixture(scope="module")
def serve(scripted_model_path: Path, tiny_model_path: Path,
          tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServe]:
    home = tmp_path_factory.mktemp("serve-home")
    process = subprocess.Popen(
        [sys.executable, "-m", "app.cli.main", "serve", "--model", str(scripted_model_path), "--port", "0",
         "--ctx", "2048", "--threads", "2", "--embedding-model", str(tiny_model_path), "--embedding-ctx", "512"],
        # the key as people should pass it: in the environment, not on the command line
        env={**os.environ, "PADDOCK_HOME": str(home), "PADDOCK_API_KEY": KEY},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert process.stderr is not None
    lines: list[str] = []
    url = None
    try:
        for line in process.stderr:  # the fixture's timeout bounds this
            lines.append(line)
            found = re.search(r"at (http://127\.0\.0\.1:\d+)/v1", line)
            url = url or (found.group(1) if found else None)
            if line.startswith("Ready:"):
                break
        assert url and lines[-1].startswith("Ready:"), "".join(lines)
        yield RunningServe(process, url, lines)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(30)


@pytest.fixture
def client(serve: RunningServe) -> "openai.OpenAI":
    return openai.OpenAI(base_url=f"{serve.url}/v1", api_key=KEY, max_retries=0, timeout=60)


def test_the_served_model_through_openais_client(client: "openai.OpenAI") -> None:
    assert [m.id for m in client.models.list()] == [MODEL_ID, EMBEDDING_ID]
    reply = client.chat.completions.create(model=MODEL_ID, messages=HI, temperature=0, seed=1)
    assert reply.choices[0].message.content == SCRIPTED_REPLY
    assert reply.choices[0].finish_reason == "stop"
    assert reply.usage is not None and reply.usage.completion_tokens == SCRIPTED_REPLY_TOKENS


def test_streaming_through_openais_client(client: "openai.OpenAI") -> None:
    stream = client.chat.completions.create(model=MODEL_ID, messages=HI, stream=True,
                                            stream_options={"include_usage": True})
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == SCRIPTED_REPLY
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "stop"
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens == SCRIPTED_REPLY_TOKENS


def test_a_json_schema_reply_through_openais_client(client: "openai.OpenAI") -> None:
    schema = {"type": "object", "properties": {"ready": {"type": "boolean"}}, "required": ["ready"],
              "additionalProperties": False}
    reply = client.chat.completions.create(
        model=MODEL_ID, messages=HI, max_tokens=50,
        response_format={"type": "json_schema", "json_schema": {"name": "status", "schema": schema, "strict": True}})
    assert isinstance(json.loads(reply.choices[0].message.content or "")["ready"], bool)


def test_a_text_completion_through_openais_client(client: "openai.OpenAI") -> None:
    reply = client.completions.create(model=MODEL_ID, prompt="Say hello", max_tokens=3)
    assert SCRIPTED_REPLY.startswith(reply.choices[0].text) and reply.choices[0].finish_reason == "length"
    assert reply.usage is not None and reply.usage.completion_tokens == 3


def test_embeddings_through_openais_client(client: "openai.OpenAI") -> None:
    # the client asks for base64 unless told otherwise; both forms must give the same vectors
    packed = client.embeddings.create(model=EMBEDDING_ID, input=["Bread needs flour.", "Water and time."])
    plain = client.embeddings.create(model=EMBEDDING_ID, input=["Bread needs flour.", "Water and time."],
                                     encoding_format="float")
    assert [d.index for d in packed.data] == [0, 1]
    for a, b in zip(packed.data, plain.data):
        assert len(a.embedding) == len(b.embedding) > 16
        assert a.embedding == pytest.approx(b.embedding, abs=1e-5)
        assert math.isclose(math.fsum(x * x for x in a.embedding), 1.0, rel_tol=1e-4)
    assert packed.usage.prompt_tokens > 6


def test_errors_are_the_clients_own_exceptions(client: "openai.OpenAI", serve: RunningServe) -> None:
    with pytest.raises(openai.NotFoundError, match="does not exist"):
        client.chat.completions.create(model="llama-3.1-405b", messages=HI)
    with pytest.raises(openai.BadRequestError) as overflow:
        client.chat.completions.create(model=MODEL_ID, messages=[{"role": "user", "content": "bread " * 3000}])
    assert overflow.value.code == "context_length_exceeded"
    stranger = openai.OpenAI(base_url=f"{serve.url}/v1", api_key="sk-not-the-key-0123456789", max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        stranger.models.list()


def test_ctrl_c_stops_the_server(serve: RunningServe, client: "openai.OpenAI") -> None:
    client.models.list()
    serve.process.send_signal(signal.SIGINT)
    assert serve.process.wait(30) == 0
    assert serve.process.stderr is not None
    assert "Stopped." in serve.process.stderr.read()


def test_another_address_needs_an_api_key(scripted_model_path: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PADDOCK_API_KEY", raising=False)
    assert main(["serve", "--model", str(scripted_model_path), "--host", "0.0.0.0", "--port", "0"]) == 1
    error = capsys.readouterr().err
    assert "0.0.0.0" in error and "--api-key" in error


def test_a_file_that_cannot_be_served_is_refused_before_listening(tmp_path: Path, scripted_model_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.gguf"
    assert main(["serve", "--model", str(missing), "--port", "0"]) == 1
    assert "missing.gguf" in capsys.readouterr().err
    not_gguf = tmp_path / "notes.gguf"
    not_gguf.write_text("not a model")
    assert main(["serve", "--model", str(scripted_model_path), "--embedding-model", str(not_gguf), "--port", "0"]) == 1
    assert "notes.gguf" in capsys.readouterr().err
