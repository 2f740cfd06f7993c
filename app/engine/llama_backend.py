"""The one adapter for llama-cpp-python: every call into llama_cpp goes through here.

Maps llama-cpp-python's failures (it raises ValueError/RuntimeError for everything) to
AppErrors, using llama.cpp's own log lines to say why, and routes llama.cpp's log into
Python logging (the worker's log). Two parts:

- `open_llama` and `LlamaHandle`: an open model and context, through the few calls the
  engine needs (tokens and their bytes, the KV cache, prompt evaluation, sampling,
  embeddings). The chat logic on top of them lives in loaded_model.py.
- File tools that keep nothing loaded: `next_token_logits`, `tokenize_with_model`
  (checking conversions against a reference), `check_model_loads` and `quantize_file`
  (quantization and its validation), `QUANT_TYPES`.
"""

from __future__ import annotations

import collections
import ctypes
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Generator, Optional, Sequence

import llama_cpp

from app.engine.settings import LoadSettings, ModelInfo, SamplingSettings
from app.errors import QT_TRANSLATE_NOOP, EngineError, InvalidRequestError, UnsupportedModelError

if TYPE_CHECKING:
    import numpy

log = logging.getLogger("llama.cpp")

_KV_TYPES = {"f16": llama_cpp.GGML_TYPE_F16, "q8_0": llama_cpp.GGML_TYPE_Q8_0, "q4_0": llama_cpp.GGML_TYPE_Q4_0}
# ggml_log_level (ggml.h): 0 none, 1 debug, 2 info, 3 warn, 4 error, 5 continuation
_LOG_LEVELS = {0: logging.CRITICAL, 1: logging.DEBUG, 2: logging.INFO, 3: logging.WARNING, 4: logging.ERROR}


class _LlamaLog:
    """Receives llama.cpp's log callback: lines go to logging; recent ones are kept so a
    failed load can say why."""

    def __init__(self) -> None:
        self.recent: collections.deque[str] = collections.deque(maxlen=200)
        self.n_lines = 0  # ever logged: marks stay valid once `recent` drops old lines
        self._partial = ""
        self._level = logging.INFO

        @llama_cpp.llama_log_callback
        def callback(level: int, text: bytes, _user: ctypes.c_void_p) -> None:
            if level != 5:  # 5 = continuation of the previous line
                self._level = _LOG_LEVELS.get(level, logging.INFO)
            self._partial += text.decode("utf-8", "replace")
            while "\n" in self._partial:
                line, self._partial = self._partial.split("\n", 1)
                if line.strip():
                    self.recent.append(line)
                    self.n_lines += 1
                    log.log(self._level, "%s", line)

        self._callback = callback  # keep a reference: ctypes must not free it
        llama_cpp.llama_log_set(self._callback, ctypes.c_void_p(0))

    def mark(self) -> int:
        return self.n_lines

    def errors_since(self, mark: int) -> list[str]:
        new = min(max(self.n_lines - mark, 0), len(self.recent))
        lines = list(self.recent)[len(self.recent) - new:] if new else []
        return [l.strip() for l in lines if any(w in l.lower() for w in ("error", "failed", "unknown", "invalid", "cannot"))]


_LOG: Optional[_LlamaLog] = None


def _llama_log() -> _LlamaLog:
    global _LOG
    if _LOG is None:
        _LOG = _LlamaLog()
    return _LOG


def llama_cpp_version() -> str:
    return str(getattr(llama_cpp, "__version__", "unknown"))


def supports_gpu_offload() -> bool:
    return bool(llama_cpp.llama_supports_gpu_offload())


def _load_error(settings: LoadSettings, exc: Exception, lines: list[str]) -> Exception:
    reason = "; ".join(lines[-3:]) or str(exc)
    name = Path(settings.model_path).name
    if any("unknown model architecture" in l for l in lines):
        return UnsupportedModelError(
            QT_TRANSLATE_NOOP(
                "AppError", "This version of llama.cpp (llama-cpp-python {version}) cannot run {name}: {reason}"
            ),
            version=llama_cpp_version(), name=name, reason=reason,
        )
    if "context" in str(exc).lower():
        return EngineError(
            QT_TRANSLATE_NOOP(
                "AppError",
                "llama.cpp could not create a {n_ctx:,}-token context for {name} "
                "(often not enough memory; try a shorter context or a q8_0 KV cache): {reason}",
            ),
            n_ctx=settings.n_ctx, name=name, reason=reason,
        )
    return EngineError(
        QT_TRANSLATE_NOOP("AppError", "llama.cpp could not load {name}: {reason}"), name=name, reason=reason
    )


def open_llama(settings: LoadSettings) -> "LlamaHandle":
    """Load the model and create its context as `settings` say; a clear AppError if
    llama.cpp refuses (from its own log lines)."""
    llama_log = _llama_log()
    mark = llama_log.mark()
    kv_type = _KV_TYPES[settings.kv_cache_type]
    # For embeddings the pooling is the file's own (multilingual-e5 mean, bge-m3 CLS); a
    # file that names none (a Llama) would give one vector per token, so it is mean-pooled.
    pooling = llama_cpp.LLAMA_POOLING_TYPE_UNSPECIFIED
    for _ in range(2):
        try:
            llm = llama_cpp.Llama(
                model_path=str(settings.model_path), n_ctx=settings.n_ctx, n_batch=settings.n_batch,
                n_ubatch=settings.n_ubatch, n_threads=settings.n_threads, n_threads_batch=settings.n_threads,
                n_gpu_layers=settings.n_gpu_layers, flash_attn=settings.effective_flash_attention,
                type_k=kv_type, type_v=kv_type, embedding=settings.embeddings, pooling_type=pooling,
                seed=settings.seed,
                verbose=True,  # output goes to the engine log, never to a terminal
            )
        except (ValueError, RuntimeError, OSError) as exc:
            raise _load_error(settings, exc, llama_log.errors_since(mark)) from exc
        if not settings.embeddings or llm.pooling_type() != llama_cpp.LLAMA_POOLING_TYPE_NONE:
            break
        llm.close()
        pooling = llama_cpp.LLAMA_POOLING_TYPE_MEAN
    return LlamaHandle(llm)


class LlamaHandle:
    """An open llama.cpp model and context. `llm` is llama-cpp-python's object, for
    the tests and benchmarks that watch llama.cpp's own calls; the engine uses the
    methods."""

    def __init__(self, llm: llama_cpp.Llama) -> None:
        self.llm = llm

    def close(self) -> None:
        self.llm.close()

    # --- the model -------------------------------------------------------------------

    def model_info(self, model_path: Path) -> ModelInfo:
        meta = self.llm.metadata
        return ModelInfo(
            path=Path(model_path),
            architecture=meta.get("general.architecture", "unknown"),
            name=meta.get("general.name", Path(model_path).stem),
            file_type=meta.get("general.file_type", "unknown"),
            n_ctx=self.llm.n_ctx(),
            n_ctx_train=self.llm._model.n_ctx_train(),
            n_vocab=self.llm.n_vocab(),
            n_embd=self.llm.n_embd(),
            has_chat_template="tokenizer.chat_template" in meta,
            llama_cpp_version=llama_cpp_version(),
            sampling_metadata=tuple(sorted((key, str(value)) for key, value in meta.items()
                                           if key.startswith("general.sampling."))),
        )

    def chat_template_source(self) -> Optional[str]:
        """The GGUF's own chat template (tokenizer.chat_template), if it has one."""
        return self.llm.metadata.get("tokenizer.chat_template") or None

    def special_token_texts(self) -> tuple[str, str]:
        """The text of the beginning- and end-of-sequence tokens ("" where there is none)."""
        vocab = self.llm._model
        return _token_text(self.llm, vocab.token_bos()), _token_text(self.llm, vocab.token_eos())

    # --- tokens --------------------------------------------------------------------

    def tokenize(self, text: str, special: bool = True) -> list[int]:
        return self.llm.tokenize(text.encode("utf-8"), add_bos=False, special=special)

    def token_bytes(self, token: int, special: bool = True) -> bytes:
        """The bytes one token stands for (special tokens spelled out when `special`)."""
        return _token_bytes(self.llm, token, special)

    def is_end_of_generation(self, token: int) -> bool:
        return bool(llama_cpp.llama_vocab_is_eog(self.llm._model.vocab, token))

    # --- the KV cache, prompt evaluation, sampling -----------------------------------

    def cached_tokens(self) -> list[int]:
        """The tokens whose keys and values are in the KV cache, in order."""
        return self.llm.input_ids[: self.llm.n_tokens].tolist()

    def keep_cached_prefix(self, n_tokens: int) -> None:
        """Forget the cached tokens after the first `n_tokens`."""
        self.llm.n_tokens = n_tokens
        self.llm._ctx.kv_cache_seq_rm(-1, n_tokens, -1)

    def evaluate(self, tokens: Sequence[int]) -> None:
        """Decode `tokens` after the cached ones (one batch of at most n_batch)."""
        try:
            self.llm.eval(tokens)
        except RuntimeError as exc:
            self.llm.reset()
            raise EngineError(
                QT_TRANSLATE_NOOP("AppError", "llama.cpp failed while reading the prompt: {reason}"), reason=exc
            ) from exc

    def sample(self, tokens: Sequence[int], sampling: SamplingSettings) -> Generator[int, None, None]:
        """Sampled tokens after `tokens` (already evaluated), until the caller stops;
        close the iterator when done."""
        if sampling.seed is not None:
            self.llm.set_seed(sampling.seed)
        grammar = self._grammar(sampling.grammar) if sampling.grammar else None
        stream = self.llm.generate(
            tokens, top_k=sampling.top_k, top_p=sampling.top_p, min_p=sampling.min_p, temp=sampling.temperature,
            repeat_penalty=sampling.repeat_penalty, reset=True, grammar=grammar,
        )
        try:
            yield from stream
        except RuntimeError as exc:
            self.llm.reset()
            raise EngineError(
                QT_TRANSLATE_NOOP("AppError", "llama.cpp failed while generating: {reason}"), reason=exc
            ) from exc
        finally:
            stream.close()

    def _grammar(self, gbnf: str) -> "llama_cpp.LlamaGrammar":
        """The grammar for the sampler, parsed once here first: llama-cpp-python adds a
        grammar that llama.cpp refuses to the sampler chain as a null pointer, which crashes."""
        parsed = llama_cpp.llama_sampler_init_grammar(self.llm._model.vocab, gbnf.encode("utf-8"), b"root")
        if not parsed:
            raise InvalidRequestError(
                QT_TRANSLATE_NOOP("AppError", "llama.cpp could not parse the grammar for this reply.")
            )
        llama_cpp.llama_sampler_free(parsed)
        return llama_cpp.LlamaGrammar.from_string(gbnf, verbose=False)

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        """Normalized pooled embeddings (the context was created for embeddings; the pooling
        is the file's own, mean where it names none)."""
        try:
            result = self.llm.embed(list(texts), normalize=True)
        except (ValueError, RuntimeError) as exc:
            raise EngineError(
                QT_TRANSLATE_NOOP("AppError", "llama.cpp could not embed the text: {reason}"), reason=exc
            ) from exc
        finally:
            self.llm.reset()
        return [list(map(float, row)) for row in result]


class EmbeddingModel:
    """An embedding model in this process, for the documents index: its own tokenizer
    (counting includes the special tokens it adds: [CLS] ... [SEP], or BOS) and pooled
    vectors as one float32 matrix. The pooling is the file's own (mean for e5, CLS for
    bge-m3); a file that names none (a Llama) is mean-pooled."""

    def __init__(self, llm: llama_cpp.Llama, model_path: Path) -> None:
        self.llm = llm
        self.model_path = Path(model_path)
        self.dim = int(llm.n_embd())
        self.n_ctx = int(llm.n_ctx())
        self.architecture = str(llm.metadata.get("general.architecture", "unknown"))

    def close(self) -> None:
        self.llm.close()

    def count_tokens(self, text: str) -> int:
        return len(self.llm.tokenize(text.encode("utf-8"), add_bos=True, special=False))

    def embed(self, texts: Sequence[str]) -> "numpy.ndarray":
        """One row per text, not normalized (llama-cpp-python normalizes in a Python loop;
        the caller does it for the whole matrix at once). A text longer than the context
        is cut to it."""
        import numpy

        if not texts:
            return numpy.zeros((0, self.dim), dtype=numpy.float32)
        try:
            rows = self.llm.embed(list(texts), normalize=False)
        except (ValueError, RuntimeError) as exc:
            raise EngineError(
                QT_TRANSLATE_NOOP("AppError", "llama.cpp could not embed the text: {reason}"), reason=exc
            ) from exc
        return numpy.asarray(rows, dtype=numpy.float32).reshape(len(texts), self.dim)


def open_embedding_model(model_path: Path, *, n_ctx: int = 2048, n_threads: Optional[int] = None,
                         n_gpu_layers: int = 0) -> EmbeddingModel:
    """Load an embedding GGUF (BERT-style or any llama.cpp model) for embeddings: context,
    batch and micro-batch all `n_ctx` (at most the trained context), so that each text is
    read in one pass, several texts to a batch."""
    llama_log = _llama_log()
    pooling = llama_cpp.LLAMA_POOLING_TYPE_UNSPECIFIED
    for _ in range(2):
        mark = llama_log.mark()
        try:
            llm = llama_cpp.Llama(
                model_path=str(model_path), embedding=True, n_ctx=n_ctx, n_batch=n_ctx, n_ubatch=n_ctx,
                n_threads=n_threads, n_threads_batch=n_threads, n_gpu_layers=n_gpu_layers,
                # verbose=False: in the app's own process nothing is printed; llama.cpp's
                # log still reaches _LlamaLog (and a failed load's reason with it).
                pooling_type=pooling, verbose=False,
            )
        except (ValueError, RuntimeError, OSError) as exc:
            settings = LoadSettings(model_path=Path(model_path), n_ctx=n_ctx, embeddings=True)
            raise _load_error(settings, exc, llama_log.errors_since(mark)) from exc
        if llm.pooling_type() != llama_cpp.LLAMA_POOLING_TYPE_NONE:
            break
        llm.close()  # the file names no pooling: one vector per token. Mean-pool it.
        pooling = llama_cpp.LLAMA_POOLING_TYPE_MEAN
    trained = int(llm._model.n_ctx_train())
    if trained and llm.n_ctx() > trained:
        llm.close()
        return open_embedding_model(model_path, n_ctx=trained, n_threads=n_threads, n_gpu_layers=n_gpu_layers)
    return EmbeddingModel(llm, Path(model_path))


def json_schema_grammar(schema: str) -> str:
    """The GBNF grammar of JSON text matching `schema` (JSON Schema, as JSON text), by
    llama.cpp's own converter (pure Python: no model needed). InvalidRequestError when the
    schema cannot be used."""
    from llama_cpp.llama_grammar import json_schema_to_gbnf

    try:
        return json_schema_to_gbnf(schema)
    # The converter reports an unknown schema with `assert`, a bad one with whatever it hits.
    except (AssertionError, ValueError, KeyError, TypeError, AttributeError, NotImplementedError, RecursionError) as exc:
        raise InvalidRequestError(
            QT_TRANSLATE_NOOP("AppError", "This JSON schema cannot be turned into a grammar: {reason}"), reason=exc
        ) from exc


def _token_bytes(llm: llama_cpp.Llama, token: int, special: bool) -> bytes:
    """llama.cpp's text for one token. (llama-cpp-python's own detokenize drops tokens
    longer than its 32-byte buffer, such as Llama 3's runs of spaces in indented code.)"""
    size = 64
    while True:
        buffer = ctypes.create_string_buffer(size)
        n = llama_cpp.llama_token_to_piece(llm._model.vocab, token, buffer, size, 0, special)
        if n >= 0:
            return buffer.raw[:n]
        size = -n


def _token_text(llm: llama_cpp.Llama, token: int) -> str:
    if token < 0:
        return ""
    return _token_bytes(llm, token, special=True).decode("utf-8", "replace")


# --- files: logits, tokens, load check, quantizing -------------------------------------
# Used to verify conversions against a reference implementation and to quantize and
# validate files; nothing in here keeps a model loaded.

QUANT_TYPES = {
    name.removeprefix("LLAMA_FTYPE_MOSTLY_"): getattr(llama_cpp, name)
    for name in dir(llama_cpp)
    if name.startswith("LLAMA_FTYPE_MOSTLY_")
}


# --- converted and quantized models: logits, tokens, load check, requantizing ----------
# Used to verify conversions against a reference implementation and to validate
# quantized files; nothing in here keeps a model loaded.


def _open_for_check(model_path: Path, *, verbose: bool = False, **kwargs: object) -> llama_cpp.Llama:
    llama_log = _llama_log()
    mark = llama_log.mark()
    try:
        # verbose=False: no metadata dump on stdout; llama.cpp's log still reaches _LlamaLog.
        return llama_cpp.Llama(model_path=str(model_path), verbose=verbose, **kwargs)  # type: ignore[arg-type]
    except (ValueError, RuntimeError, OSError) as exc:
        reason = "; ".join(llama_log.errors_since(mark)[-3:]) or str(exc)
        raise EngineError(
            QT_TRANSLATE_NOOP("AppError", "llama.cpp could not load {name}: {reason}"),
            name=Path(model_path).name, reason=reason,
        ) from exc


def next_token_logits(
    model_path: Path, token_ids: Sequence[int], *, all_positions: bool = False, n_threads: Optional[int] = None
) -> "numpy.ndarray":
    """llama.cpp's logits after `token_ids`: one row (vocab,), or one per position.

    The KV cache is F32 and flash attention off, so the weights' own type is the only
    precision limit (F32 weights give reference-grade logits).
    """
    import numpy

    tokens = [int(t) for t in token_ids]
    llm = _open_for_check(
        model_path, n_ctx=max(len(tokens), 16), n_batch=512, n_ubatch=512, n_threads=n_threads,
        n_threads_batch=n_threads, logits_all=all_positions, type_k=llama_cpp.GGML_TYPE_F32,
        type_v=llama_cpp.GGML_TYPE_F32, flash_attn=False,
    )
    try:
        llm.eval(tokens)
        if all_positions:
            return numpy.array(llm.scores[: len(tokens)], dtype=numpy.float32, copy=True)
        # Without logits_all, llama-cpp-python keeps no scores: read the last row from llama.cpp.
        last = llm._ctx.get_logits_ith(-1)
        return numpy.ctypeslib.as_array(last, shape=(llm.n_vocab(),)).astype(numpy.float32, copy=True)
    except RuntimeError as exc:
        raise EngineError(
            QT_TRANSLATE_NOOP("AppError", "llama.cpp failed to evaluate {count} tokens: {reason}"),
            count=len(tokens), reason=exc,
        ) from exc
    finally:
        llm.close()


def tokenize_with_model(model_path: Path, text: str, *, add_bos: bool = False, special: bool = True) -> list[int]:
    """Token ids of `text` by the model file's own tokenizer (only the vocabulary is loaded)."""
    llm = _open_for_check(model_path, vocab_only=True)
    try:
        return [int(t) for t in llm.tokenize(text.encode("utf-8"), add_bos=add_bos, special=special)]
    finally:
        llm.close()


def check_model_loads(model_path: Path, *, sample_text: Optional[str] = None, keep_stderr: bool = False) -> int:
    """Load the model with a small context and free it; its vocabulary size, or EngineError.

    With `sample_text`, the text is tokenized too (llama.cpp's pre-tokenizer and merges run).
    `keep_stderr` is for child processes whose stderr is a log: llama-cpp-python otherwise
    silences stderr during the load, and with it the message of a llama.cpp assertion.
    """
    llm = _open_for_check(model_path, verbose=keep_stderr, n_ctx=256, n_batch=64, n_ubatch=64)
    try:
        if sample_text is not None:
            try:
                tokens = llm.tokenize(sample_text.encode("utf-8"), add_bos=False, special=True)
            except (ValueError, RuntimeError) as exc:
                raise EngineError(
                    QT_TRANSLATE_NOOP("AppError", "llama.cpp loaded {name} but could not tokenize text: {reason}"),
                    name=Path(model_path).name, reason=exc,
                ) from exc
            if not tokens:
                raise EngineError(
                    QT_TRANSLATE_NOOP("AppError", "llama.cpp loaded {name} but tokenized text to nothing."),
                    name=Path(model_path).name,
                )
        return int(llm.n_vocab())
    finally:
        llm.close()


def quantize_file(
    source: Path, target: Path, quant_type: str, *, n_threads: int = 0, allow_requantize: bool = False
) -> None:
    """Quantize a GGUF with llama.cpp (blocking; app/hub/quantize.py runs it in a child
    process so it can be cancelled). `allow_requantize` re-quantizes quantized tensors."""
    ftype = QUANT_TYPES.get(quant_type.upper())
    if ftype is None:
        raise InvalidRequestError(
            QT_TRANSLATE_NOOP("AppError", "Unknown quantization {quant_type!r}; known: {known}."),
            quant_type=quant_type, known=", ".join(sorted(QUANT_TYPES)),
        )
    llama_log = _llama_log()
    mark = llama_log.mark()
    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = ftype
    params.nthread = n_threads
    params.allow_requantize = allow_requantize
    code = llama_cpp.llama_model_quantize(str(source).encode(), str(target).encode(), ctypes.byref(params))
    if code != 0:
        Path(target).unlink(missing_ok=True)
        reason = "; ".join(llama_log.errors_since(mark)[-2:])
        if not reason:
            raise EngineError(
                QT_TRANSLATE_NOOP("AppError", "llama.cpp could not quantize {name} to {quant_type}: code {code}"),
                name=Path(source).name, quant_type=quant_type, code=code,
            )
        raise EngineError(
            QT_TRANSLATE_NOOP("AppError", "llama.cpp could not quantize {name} to {quant_type}: {reason}"),
            name=Path(source).name, quant_type=quant_type, reason=reason,
        )
