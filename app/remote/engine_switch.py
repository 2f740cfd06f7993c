"""EngineSwitch: the one engine the window's chat drives, local or remote.

It wraps the local EngineClient: loading a GGUF goes to it (and leaves any remote model);
`use_remote()` makes a remote model the one chats go to, until the next local load. Either
way the chat turn, the titles and Stop see the same interface.
"""

from __future__ import annotations

from typing import Any, Optional, Protocol, Sequence

from app.chat.messages import ChatMessage, ChatReply
from app.config.remote_endpoints import RemoteEndpoint
from app.engine.settings import LoadSettings, ModelInfo, SamplingSettings
from app.jobs import CancelToken
from app.remote.records import RemoteModel
from app.remote.remote_engine import RemoteEngine


class LocalEngine(Protocol):
    @property
    def model_info(self) -> Optional[ModelInfo]: ...

    def load(self, settings: LoadSettings, *, fit_check: Any = None) -> ModelInfo: ...

    def count_tokens(self, messages: Sequence[ChatMessage]) -> int: ...

    def chat(self, messages: Sequence[ChatMessage], sampling: SamplingSettings = ..., *,
             on_token: Any = None, cancel: Optional[CancelToken] = None) -> ChatReply: ...

    def stop(self) -> None: ...

    def close(self) -> None: ...


class EngineSwitch:
    def __init__(self, local: LocalEngine) -> None:
        self.local = local
        self._remote: Optional[RemoteEngine] = None

    def __getattr__(self, name: str) -> Any:
        """What only the local engine has (worker_pid, tokenize, embed...) is the local one's."""
        return getattr(self.local, name)

    @property
    def is_remote(self) -> bool:
        return self._remote is not None

    @property
    def _active(self) -> Any:
        return self._remote if self._remote is not None else self.local

    @property
    def model_info(self) -> Optional[ModelInfo]:
        return self._active.model_info

    def load(self, settings: LoadSettings, *, fit_check: Any = None) -> ModelInfo:
        info = self.local.load(settings, fit_check=fit_check)
        self._remote = None  # only once the local model is in: a refused file keeps the remote one
        return info

    def use_remote(self, endpoint: RemoteEndpoint, model: RemoteModel) -> ModelInfo:
        remote = RemoteEngine(endpoint)
        info = remote.select(model)
        self._remote = remote
        return info

    def count_tokens(self, messages: Sequence[ChatMessage]) -> int:
        return self._active.count_tokens(messages)

    def chat(self, messages: Sequence[ChatMessage], sampling: SamplingSettings = SamplingSettings(), *,
             on_token: Any = None, cancel: Optional[CancelToken] = None) -> ChatReply:
        return self._active.chat(messages, sampling, on_token=on_token, cancel=cancel)

    def stop(self) -> None:
        self._active.stop()

    def close(self) -> None:
        self._remote = None
        self.local.close()
