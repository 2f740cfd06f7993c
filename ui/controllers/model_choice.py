"""ChatController's model choice: loading a model file (or choosing a remote endpoint's
model), the planner's refusal and "load anyway", and the loaded file's own recommended
sampling becoming the defaults.

A part of ChatController (mixed into it; its signals, state and the engine task's answers,
on_loaded and the like, are there).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Optional

from app.chat.sampling_settings import LLAMA_31_RECOMMENDED, sampling_from_gguf
from app.config.remote_endpoints import RemoteEndpoint
from app.engine.settings import DEFAULT_CONTEXT, LoadSettings, ModelInfo
from app.remote.records import RemoteModel
from app.remote.remote_engine import DEFAULT_CONTEXT as REMOTE_CONTEXT
from ui.controllers.chat_status import ChatState


class ModelChoice:
    """Which model the conversation talks to (a part of ChatController)."""

    @property
    def refused_load(self) -> Optional[LoadSettings]:
        """The load the planner refused (the person may load it anyway), else None."""
        failed = self.status.state is ChatState.FAILED and self.status.error_kind == "model_too_large"
        return self._attempted if failed else None

    def open_model(self, path: Path, n_ctx: int = DEFAULT_CONTEXT, *, force: bool = False) -> None:
        if self.busy:
            return
        self._load(LoadSettings(model_path=Path(path), n_ctx=n_ctx), force)

    def load_with(self, settings: LoadSettings, *, force: bool = False) -> None:
        """Load with settings chosen in the load settings dialog (`force`: past the planner)."""
        if not self.busy:
            self._load(settings, force)

    def load_anyway(self) -> None:
        """Load the model the planner refused, at the person's explicit request."""
        settings = self.refused_load
        if settings is not None and not self.busy:
            self._load(settings, True)

    def choose_remote(self, endpoint: RemoteEndpoint, model: RemoteModel) -> None:
        """Chat with a model of a remote endpoint (app/remote): the same turns, history and stats."""
        if self.busy:
            return
        name = f"{model.model_id} @ {endpoint.name}"
        n_ctx = model.context_length or REMOTE_CONTEXT
        self.loading_name = name
        self._before_load = (self.model_info, self._load_settings)
        self.model_info = None
        # Saved with each message: which remote model answered (no file here).
        self._load_settings = self._attempted = LoadSettings(model_path=Path(f"remote:{name}"), n_ctx=n_ctx)
        self.modelLoading.emit(name)
        self._set_status(ChatState.LOADING)
        self._set_busy()
        self.remoteRequested.emit(endpoint, model)

    @property
    def is_remote(self) -> bool:
        """True when the loaded model runs elsewhere: what is sent (document passages too) leaves the machine."""
        return self.model_info is not None and self.model_info.file_type == "remote"

    def _load(self, settings: LoadSettings, force: bool) -> None:
        self.loading_name = settings.model_path.name
        self._before_load = (self.model_info, self._load_settings)
        self.model_info = None
        self._load_settings = self._attempted = settings
        self.modelLoading.emit(self.loading_name)
        self._set_status(ChatState.LOADING)
        self._set_busy()
        self.loadRequested.emit(settings, force)

    @property
    def load_settings(self) -> Optional[LoadSettings]:
        """How the loaded model was loaded (None without one)."""
        return self._load_settings if self.model_info is not None else None

    def _take_model_sampling(self, info: ModelInfo) -> None:
        """The file's own recommended sampling (general.sampling.*) becomes the defaults,
        and the sampling of a chat not yet started (a saved chat keeps its own)."""
        self.recommended_sampling = sampling_from_gguf(info.sampling_metadata, LLAMA_31_RECOMMENDED)
        if not info.sampling_metadata:
            return
        ours = self.recommended_sampling
        self.default_sampling = replace(ours, max_tokens=self.sampling.max_tokens, seed=self.sampling.seed)
        if self.conversation_id is None and not self.chat:
            self.sampling = self.default_sampling
            self.samplingChanged.emit(self.sampling)
