"""EmbeddingService: /v1/embeddings from a second model, loaded for embeddings.

The chat model's context is made for generating; embeddings need a context created for
them (LoadSettings.embeddings, with the file's own pooling: multilingual-e5 mean, bge-m3
CLS; mean for a file that names none), so an embedding model has its own engine worker
and its own line. An embedding GGUF has no chat template and needs none here. Every text must fit that context whole: llama-cpp-python would
otherwise cut it silently, and the vector would stand for part of the text.
"""

from __future__ import annotations

import base64
import struct
from dataclasses import dataclass
from typing import Any, Callable, Mapping, Optional, Protocol, Sequence

from app.catalog.embedding_entries import ENCODER_ARCHITECTURES
from app.engine.settings import ModelInfo
from app.errors import AppError
from app.jobs import CancelToken
from app.serve.api_errors import ApiError, bad_request, from_app_error
from app.serve.served_model import ServedModel

MAX_INPUTS = 2048  # as OpenAI


class EmbeddingEngine(Protocol):
    @property
    def model_info(self) -> Optional[ModelInfo]: ...

    def tokenize(self, text: str, special: bool = True) -> list[int]: ...

    def embed(self, texts: Sequence[str]) -> list[list[float]]: ...


@dataclass(frozen=True)
class EmbeddingRequest:
    texts: tuple[str, ...]
    model: Optional[str] = None
    base64: bool = False  # OpenAI's Python client asks for base64 unless told otherwise


def embedding_request(body: Mapping[str, Any]) -> EmbeddingRequest:
    texts = body.get("input")
    if isinstance(texts, str):
        texts = [texts]
    if not isinstance(texts, list) or not texts or not all(isinstance(t, str) for t in texts):
        raise bad_request("`input` must be a string or a non-empty list of strings (token arrays are not "
                          "supported).", "input")
    if len(texts) > MAX_INPUTS:
        raise bad_request(f"`input` may hold at most {MAX_INPUTS} texts.", "input")
    if any(not t for t in texts):
        raise bad_request("`input` may not hold empty strings.", "input")
    encoding = body.get("encoding_format") or "float"
    if encoding not in ("float", "base64"):
        raise bad_request("`encoding_format` must be float or base64.", "encoding_format")
    if body.get("dimensions") is not None:
        raise bad_request("`dimensions` is not supported: the model's vectors have their own size.", "dimensions")
    model = body.get("model")
    if model is not None and not isinstance(model, str):
        raise bad_request("`model` must be a string.", "model")
    return EmbeddingRequest(tuple(texts), model, encoding == "base64")


@dataclass(frozen=True)
class Embeddings:
    vectors: list[list[float]]
    prompt_tokens: int


class EmbeddingService(ServedModel):
    def __init__(self, engine: EmbeddingEngine, load: Callable[[], ModelInfo], model_id: str) -> None:
        super().__init__(load, model_id)
        self._engine = engine

    def embed(self, request: EmbeddingRequest, *, cancel: CancelToken) -> Embeddings:
        """The normalized vectors of the texts; ApiError for a text too long for the context."""
        self.check_model(request.model)
        with self._queue.turn(cancel):
            info = self._engine.model_info
            limit = info.n_ctx if info is not None else 0
            try:
                added = _added_tokens(info.architecture if info is not None else "")
                counts = [len(self._engine.tokenize(text, special=False)) + added for text in request.texts]
                for index, count in enumerate(counts):
                    if count > limit:
                        raise ApiError(400, f"input[{index}] has {count:,} tokens; the embedding model's context "
                                            f"holds {limit:,}.", code="context_length_exceeded", param="input")
                vectors = self._engine.embed(request.texts)
            except AppError as exc:
                raise from_app_error(exc) from exc
        return Embeddings(vectors, sum(counts))

    def response(self, request: EmbeddingRequest, result: Embeddings) -> dict[str, Any]:
        """OpenAI's embeddings list."""
        data = [{"object": "embedding", "index": i, "embedding": _encoded(v) if request.base64 else v}
                for i, v in enumerate(result.vectors)]
        return {"object": "list", "data": data, "model": self.model_id,
                "usage": {"prompt_tokens": result.prompt_tokens, "total_tokens": result.prompt_tokens}}


def _added_tokens(architecture: str) -> int:
    """The special tokens the model's tokenizer adds to each text: [CLS] and [SEP] for an
    encoder (BERT, XLM-RoBERTa), BOS for a Llama."""
    return 2 if architecture in ENCODER_ARCHITECTURES else 1


def _encoded(vector: list[float]) -> str:
    """OpenAI's base64 form: the float32 values, little-endian."""
    return base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode("ascii")
