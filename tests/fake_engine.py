"""FakeEngine: a scripted stand-in for EngineClient, so use-case and controller tests need
no llama.cpp (in the spirit of simonw/llm's MockModel.enqueue).

Queue what the next `chat()` calls answer: `enqueue("Hel", "lo")` streams those pieces and
ends the turn; `enqueue(..., stop_reason=StopReason.CONTEXT_FULL)` ends it otherwise;
`enqueue_error(WorkerDiedError(...), "partial")` streams the pieces, then raises. Every
request is kept in `requests`. `load()` runs the given fit check on the file's real header
and answers a ModelInfo, so the planner's refusal is exercised for real.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional, Sequence

from app.chat.messages import ChatMessage, ChatReply, ReplyStats, StopReason
from app.engine.preflight import check_model_file
from app.engine.settings import LoadSettings, ModelInfo, SamplingSettings
from app.errors import AppError, NoModelLoadedError
from app.jobs import CancelToken


@dataclass(frozen=True)
class _Scripted:
    pieces: tuple[str, ...]
    stop_reason: StopReason = StopReason.END_OF_TURN
    error: Optional[AppError] = None
    gate: Optional[threading.Event] = None  # wait for it before the last piece


@dataclass
class FakeEngine:
    requests: list[tuple[tuple[ChatMessage, ...], SamplingSettings]] = field(default_factory=list)
    loads: list[LoadSettings] = field(default_factory=list)
    info: Optional[ModelInfo] = None
    on_chat: Optional[Callable[[], None]] = None  # runs when a chat starts (tests use it to kill, race...)
    _script: deque = field(default_factory=deque)

    def enqueue(self, *pieces: str, stop_reason: StopReason = StopReason.END_OF_TURN,
                gate: Optional[threading.Event] = None) -> None:
        self._script.append(_Scripted(pieces, stop_reason, gate=gate))

    def enqueue_error(self, error: AppError, *pieces: str) -> None:
        self._script.append(_Scripted(pieces, StopReason.ERROR, error))

    def load(self, settings: LoadSettings, *, fit_check: Optional[Callable] = None) -> ModelInfo:
        header = check_model_file(settings)
        if fit_check is not None:
            fit_check(settings, header)
        self.loads.append(settings)
        self.info = ModelInfo(
            path=Path(settings.model_path), architecture=header.architecture, name=header.name,
            file_type=header.file_type, n_ctx=settings.n_ctx, n_ctx_train=header.context_length,
            n_vocab=header.vocab_size, n_embd=0, has_chat_template=True, llama_cpp_version="fake",
            sampling_metadata=tuple(sorted((k, str(v)) for k, v in header.metadata.items()
                                           if k.startswith("general.sampling."))),
        )
        return self.info

    def chat(self, messages: Sequence[ChatMessage], sampling: SamplingSettings = SamplingSettings(), *,
             on_token: Optional[Callable[[str], None]] = None, cancel: Optional[CancelToken] = None) -> ChatReply:
        if self.info is None:
            raise NoModelLoadedError("No model is loaded. Load a GGUF model first.")
        self.requests.append((tuple(messages), sampling))
        if self.on_chat is not None:
            self.on_chat()
        step = self._script.popleft() if self._script else _Scripted(("OK",))
        sent: list[str] = []
        for index, piece in enumerate(step.pieces):
            if step.gate is not None and index == len(step.pieces) - 1:
                step.gate.wait(30)
            if cancel is not None and cancel.cancelled:
                return self._reply(sent, StopReason.STOPPED)
            sent.append(piece)
            if on_token is not None:
                on_token(piece)
        if step.error is not None:
            raise step.error
        return self._reply(sent, step.stop_reason)

    @property
    def model_info(self) -> Optional[ModelInfo]:
        return self.info

    @staticmethod
    def count_tokens(messages: Sequence[ChatMessage]) -> int:
        """A stand-in for the tokenizer: 4 tokens of template per message, one per word."""
        return sum(4 + len(m.content.split()) for m in messages)

    # What the window's EngineThread calls at quit; nothing to free here.
    worker_pid = None

    def stop(self) -> None:
        pass

    def close(self) -> None:
        pass

    @staticmethod
    def _reply(sent: list[str], reason: StopReason) -> ChatReply:
        stats = ReplyStats(prompt_tokens=10, reused_tokens=0, generated_tokens=len(sent), time_to_first_token_s=0.01,
                           prompt_tokens_per_s=1000.0, tokens_per_s=50.0, stop_reason=reason)
        return ChatReply("".join(sent), stats)
