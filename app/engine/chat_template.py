"""Render a model's own chat template (`tokenizer.chat_template`) safely.

Templates come from downloaded files, so they are untrusted code: they run in Jinja's
immutable sandbox (llama-cpp-python's CVE-2024-34359 was a template escaping a plain
Environment), with string/list repetition and powers capped so a template cannot eat
all memory. Any template failure becomes a ChatTemplateError.
"""

from __future__ import annotations

import datetime as _dt
import json
import operator
from typing import Any, Optional, Sequence

import jinja2
import jinja2.ext
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from app.chat.messages import ChatMessage
from app.errors import QT_TRANSLATE_NOOP, ChatTemplateError

MAX_RENDERED_CHARS = 8_000_000  # ~2M tokens: far beyond any context Paddock offers
_MAX_REPEAT = 1_000_000
_MAX_EXPONENT = 1_000


class _GuardedSandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, plus limits on `*` and `**` (memory/CPU exhaustion)."""

    intercepted_binops = frozenset(["*", "**"])

    def call_binop(self, context: Any, operator_name: str, left: Any, right: Any) -> Any:
        if operator_name == "**":
            if isinstance(right, (int, float)) and abs(right) > _MAX_EXPONENT:
                raise SecurityError("the template raised a number to a huge power")
            return operator.pow(left, right)
        if operator_name == "*":
            for seq, count in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(count, int):
                    if len(seq) * count > _MAX_REPEAT:
                        raise SecurityError("the template built a huge string or list")
            return operator.mul(left, right)
        return super().call_binop(context, operator_name, left, right)


def _raise_exception(message: str) -> None:
    raise jinja2.TemplateError(message)


def _make_environment() -> _GuardedSandbox:
    env = _GuardedSandbox(
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=[jinja2.ext.loopcontrols],
        undefined=jinja2.Undefined,
    )

    def tojson(value: Any, indent: Optional[int] = None) -> str:
        return json.dumps(value, ensure_ascii=False, indent=indent)

    env.filters["tojson"] = tojson
    env.globals["raise_exception"] = _raise_exception
    env.globals["strftime_now"] = lambda fmt: _dt.datetime.now().strftime(fmt)
    return env


class ChatTemplate:
    """A compiled chat template with the model's BOS/EOS strings."""

    def __init__(self, source: str, bos_token: str = "", eos_token: str = "") -> None:
        self._env = _make_environment()
        self.bos_token = bos_token
        self.eos_token = eos_token
        try:
            self._template = self._env.from_string(source)
        except jinja2.TemplateError as exc:
            raise ChatTemplateError(
                QT_TRANSLATE_NOOP("AppError", "The model's chat template cannot be compiled: {reason}"), reason=exc
            ) from exc

    def render(self, messages: Sequence[ChatMessage], add_generation_prompt: bool = True) -> str:
        """The prompt text for `messages`; special tokens appear as their text."""
        try:
            text = self._template.render(
                messages=[{"role": m.role, "content": m.content} for m in messages],
                add_generation_prompt=add_generation_prompt,
                bos_token=self.bos_token,
                eos_token=self.eos_token,
                date_string=_dt.date.today().strftime("%d %b %Y"),
            )
        except SecurityError as exc:
            raise ChatTemplateError(
                QT_TRANSLATE_NOOP(
                    "AppError",
                    "The model's chat template tried an unsafe operation and was stopped: {reason}. "
                    "The file may be malicious; Paddock will not use it.",
                ),
                reason=exc,
            ) from exc
        except jinja2.TemplateError as exc:
            raise ChatTemplateError(
                QT_TRANSLATE_NOOP("AppError", "The model's chat template failed: {reason}"), reason=exc
            ) from exc
        except (TypeError, ValueError, AttributeError, KeyError, IndexError,
                ZeroDivisionError, OverflowError, RecursionError, MemoryError) as exc:
            raise ChatTemplateError(
                QT_TRANSLATE_NOOP("AppError", "The model's chat template failed: {error_type}: {reason}"),
                error_type=type(exc).__name__, reason=exc,
            ) from exc
        if len(text) > MAX_RENDERED_CHARS:
            raise ChatTemplateError(
                QT_TRANSLATE_NOOP("AppError", "The model's chat template produced an impossibly long prompt.")
            )
        return text

    def probe(self) -> None:
        """Render a small conversation once, so a broken or hostile template fails at load."""
        self.render(
            [
                ChatMessage("system", "You are a helpful assistant."),
                ChatMessage("user", "Hello"),
                ChatMessage("assistant", "Hi!"),
                ChatMessage("user", "How are you?"),
            ]
        )
