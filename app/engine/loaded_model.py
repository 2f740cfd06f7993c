"""LoadedModel: the running model in the engine worker: chat with prefix reuse and
streaming, tokens, embeddings.

Owns prompt building (the GGUF's own chat template, sandboxed), reuse of the KV cache
for the prefix a new prompt shares with the cached one (prompt_cache), cancellable
prompt evaluation in batches, the generate loop with its stop reasons, and the reply's
stats. Every llama.cpp call goes through llama_backend's LlamaHandle, so this module
never imports llama_cpp.
"""

from __future__ import annotations

import codecs
import time
from pathlib import Path
from typing import Callable, Optional, Sequence

from app.chat.messages import ChatMessage, ReplyStats, StopReason
from app.engine.chat_template import ChatTemplate
from app.engine.llama_backend import LlamaHandle, open_llama
from app.engine.prompt_cache import CachedPrompt
from app.engine.settings import LoadSettings, SamplingSettings
from app.errors import QT_TRANSLATE_NOOP, ChatTemplateError, ContextOverflowError, InvalidRequestError


class LoadedModel:
    """A llama.cpp model and context, with the KV cache of the last conversation."""

    def __init__(self, llama: LlamaHandle, settings: LoadSettings, template: Optional[ChatTemplate]) -> None:
        self._llama = llama
        self._settings = settings
        self._template = template
        self._cached = CachedPrompt()  # the text of the tokens in the KV cache
        self.info = llama.model_info(settings.model_path)

    @classmethod
    def load(cls, settings: LoadSettings) -> "LoadedModel":
        """Load the model; refuse it (ChatTemplateError) without a usable chat template,
        unless it is loaded for embeddings only: embedding models (multilingual-e5, bge-m3)
        have none, and chatting with one is then refused when asked."""
        llama = open_llama(settings)
        if settings.embeddings and not llama.chat_template_source():
            return cls(llama, settings, None)
        try:
            template_source = llama.chat_template_source()
            if not template_source:
                raise ChatTemplateError(
                    QT_TRANSLATE_NOOP(
                        "AppError",
                        "{name} has no chat template (tokenizer.chat_template); "
                        "Paddock needs an instruct model with its template.",
                    ),
                    name=Path(settings.model_path).name,
                )
            bos_token, eos_token = llama.special_token_texts()
            template = ChatTemplate(template_source, bos_token=bos_token, eos_token=eos_token)
            template.probe()
        except ChatTemplateError:
            llama.close()
            raise
        return cls(llama, settings, template)

    def close(self) -> None:
        self._llama.close()

    # --- text and tokens ---------------------------------------------------------------

    def render(self, messages: Sequence[ChatMessage], add_generation_prompt: bool = True) -> str:
        return self._chat_template().render(messages, add_generation_prompt)

    def _chat_template(self) -> ChatTemplate:
        if self._template is None:
            raise ChatTemplateError(
                QT_TRANSLATE_NOOP("AppError", "{name} has no chat template: it was loaded for embeddings only."),
                name=Path(self._settings.model_path).name,
            )
        return self._template

    def tokenize(self, text: str, special: bool = True) -> list[int]:
        return self._llama.tokenize(text, special=special)

    def detokenize(self, tokens: Sequence[int]) -> str:
        """The tokens' text as the model streams it, special tokens spelled out (no
        clean-up of spaces before punctuation, unlike llama_detokenize)."""
        return b"".join(self.token_bytes(t) for t in tokens).decode("utf-8", "replace")

    def token_bytes(self, token: int, special: bool = True) -> bytes:
        """The bytes one token stands for (special tokens spelled out when `special`)."""
        return self._llama.token_bytes(token, special)

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        if not self._settings.embeddings:
            raise InvalidRequestError(
                QT_TRANSLATE_NOOP("AppError", "This model was not loaded for embeddings; load it with embeddings on.")
            )
        return self._llama.embed(texts)

    # --- chat ------------------------------------------------------------------------

    def _prompt_tokens(self, prompt: str) -> list[int]:
        """Tokens for `prompt`: the cached tokens that spell its beginning (the model's own
        tokens for a reply it wrote, which tokenizing the reply again may not give back),
        then the rest tokenized (see prompt_cache)."""
        self._cached.sync(self._llama.cached_tokens(), self.token_bytes)
        encoded = prompt.encode("utf-8")
        kept, covered = self._cached.reusable(encoded)
        rest = encoded[covered:].decode("utf-8")
        return kept + (self.tokenize(rest) if rest else [])

    def _reusable_prefix(self, tokens: list[int]) -> int:
        """Cached tokens the prompt keeps (the cache was synced by _prompt_tokens)."""
        return min(self._cached.shared_with(tokens), len(tokens) - 1)  # the last token is read for logits

    def _evaluate_prompt(self, tokens: list[int], reused: int, cancelled: Callable[[], bool]) -> bool:
        """Evaluate the prompt after the reused prefix in batches, the last token included,
        so that generation samples its first token from these logits without decoding the
        last prompt token a second time (llama-cpp-python's generate() skips evaluation
        when the whole prompt is already in the cache). False if cancelled."""
        self._llama.keep_cached_prefix(reused)
        position = reused
        while position < len(tokens):
            if cancelled():
                return False  # the cache keeps what was read; the next request reuses it
            chunk = tokens[position : position + self._settings.n_batch]
            self._llama.evaluate(chunk)
            position += len(chunk)
        return True

    def chat(
        self,
        messages: Sequence[ChatMessage],
        sampling: SamplingSettings,
        *,
        emit: Callable[[str], None],
        cancelled: Callable[[], bool],
    ) -> tuple[str, ReplyStats]:
        started = time.perf_counter()
        return self._continue(self.render(messages), "conversation", sampling, emit, cancelled, started)

    def complete(
        self,
        prompt: str,
        sampling: SamplingSettings,
        *,
        emit: Callable[[str], None],
        cancelled: Callable[[], bool],
    ) -> tuple[str, ReplyStats]:
        """Continue `prompt` as it is (no chat template); the beginning-of-text token is put
        first when the prompt does not start with it, as llama.cpp's own server does."""
        started = time.perf_counter()
        bos = self._chat_template().bos_token
        if bos and not prompt.startswith(bos):
            prompt = bos + prompt
        return self._continue(prompt, "prompt", sampling, emit, cancelled, started)

    def _continue(
        self,
        prompt: str,
        what: str,
        sampling: SamplingSettings,
        emit: Callable[[str], None],
        cancelled: Callable[[], bool],
        started: float,
    ) -> tuple[str, ReplyStats]:
        tokens = self._prompt_tokens(prompt)
        n_ctx = self.info.n_ctx
        if len(tokens) >= n_ctx and what == "conversation":
            raise ContextOverflowError(
                QT_TRANSLATE_NOOP(
                    "AppError",
                    "The conversation needs {tokens:,} tokens but the context holds {n_ctx:,}. "
                    "Start a new conversation, remove messages, or load the model with a longer context.",
                ),
                tokens=len(tokens), n_ctx=n_ctx,
            )
        if len(tokens) >= n_ctx:
            raise ContextOverflowError(
                QT_TRANSLATE_NOOP(
                    "AppError",
                    "The prompt needs {tokens:,} tokens but the context holds {n_ctx:,}. "
                    "Shorten the prompt, or load the model with a longer context.",
                ),
                tokens=len(tokens), n_ctx=n_ctx,
            )
        reused = self._reusable_prefix(tokens)
        if not self._evaluate_prompt(tokens, reused, cancelled):
            return "", self._stats(len(tokens), reused, 0, started, None, None, StopReason.STOPPED)
        return self._generate(tokens, reused, sampling, emit, cancelled, started)

    def _generate(
        self,
        tokens: list[int],
        reused: int,
        sampling: SamplingSettings,
        emit: Callable[[str], None],
        cancelled: Callable[[], bool],
        started: float,
    ) -> tuple[str, ReplyStats]:
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        pieces: list[str] = []
        generated: list[int] = []
        first_at = last_at = None
        reason = StopReason.LENGTH
        room = self.info.n_ctx - len(tokens)
        stream = self._llama.sample(tokens, sampling)
        try:
            for token in stream:
                last_at = time.perf_counter()
                if first_at is None:
                    first_at = last_at
                if self._llama.is_end_of_generation(token):
                    reason = StopReason.END_OF_TURN
                    break
                generated.append(token)
                text = decoder.decode(self.token_bytes(token, special=False))
                if text:
                    pieces.append(text)
                    emit(text)
                if cancelled():
                    reason = StopReason.STOPPED
                    break
                if len(generated) >= sampling.max_tokens:
                    reason = StopReason.LENGTH
                    break
                if len(generated) >= room - 1:
                    reason = StopReason.CONTEXT_FULL
                    break
        finally:
            stream.close()
        tail = decoder.decode(b"", final=True)
        if tail:
            pieces.append(tail)
            emit(tail)
        reply = "".join(pieces)
        stats = self._stats(len(tokens), reused, len(generated), started, first_at, last_at, reason)
        return reply, stats

    @staticmethod
    def _stats(
        n_prompt: int,
        reused: int,
        n_generated: int,
        started: float,
        first_at: Optional[float],
        last_at: Optional[float],
        reason: StopReason,
    ) -> ReplyStats:
        ttft = (first_at - started) if first_at is not None else 0.0
        evaluated = n_prompt - reused
        gen_speed = 0.0
        if first_at is not None and last_at is not None and n_generated > 1 and last_at > first_at:
            gen_speed = (n_generated - 1) / (last_at - first_at)
        return ReplyStats(
            prompt_tokens=n_prompt,
            reused_tokens=reused,
            generated_tokens=n_generated,
            time_to_first_token_s=ttft,
            prompt_tokens_per_s=evaluated / ttft if ttft > 0 else 0.0,
            tokens_per_s=gen_speed,
            stop_reason=reason,
        )
