"""A Hugging Face Llama config.json as checked hyperparameters and GGUF model keys.

Accepts both ways transformers has stored RoPE settings: `rope_theta` + `rope_scaling`
(Meta's published checkpoints, transformers 4) and `rope_parameters` (transformers 5).
llama3 rope scaling becomes llama.cpp's per-dimension `rope_freqs.weight` divisors;
linear scaling becomes `rope.scaling.*` keys. Anything llama.cpp's Llama graph cannot
run the same way is refused with a message naming the key.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

from app.errors import QT_TRANSLATE_NOOP, ModelFileError, UnsupportedModelError
from app.gguf_file import MetaValue
from app.llama.architecture import GGUF_ARCH, LlamaArchitecture
from app.llama.rope import Llama3RopeScaling

ARCH = GGUF_ARCH
LLAMA_ARCHITECTURES = ("LlamaForCausalLM",)
# llama_ftype values: stored in GGUF headers, never change.
FILE_TYPES = {"f32": 0, "f16": 1, "bf16": 32}


def load_config(model_dir: Path) -> dict[str, Any]:
    path = Path(model_dir) / "config.json"
    if not path.is_file():
        raise ModelFileError(
            QT_TRANSLATE_NOOP("AppError", "config.json is missing from {folder}; it is not a Hugging Face checkpoint folder."),
            folder=model_dir,
        )
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelFileError(
            QT_TRANSLATE_NOOP("AppError", "{name} in {folder} cannot be read ({reason})."),
            name="config.json", folder=model_dir, reason=exc,
        ) from exc
    if not isinstance(config, dict):
        raise ModelFileError(QT_TRANSLATE_NOOP("AppError", "config.json in {folder} is not a JSON object."), folder=model_dir)
    return config


def _check_is_llama(config: dict[str, Any]) -> None:
    archs = config.get("architectures")
    if archs:
        if not any(a in LLAMA_ARCHITECTURES for a in archs):
            raise UnsupportedModelError(
                QT_TRANSLATE_NOOP(
                    "AppError", "This checkpoint is not a Llama: architectures={archs}. Paddock converts {supported} checkpoints."
                ),
                archs=str(archs), supported=", ".join(LLAMA_ARCHITECTURES),
            )
    elif config.get("model_type") != "llama":
        raise UnsupportedModelError(
            QT_TRANSLATE_NOOP(
                "AppError", "This checkpoint is not a Llama: config.json has no architectures and model_type={model_type}."
            ),
            model_type=repr(config.get("model_type")),
        )


def _number(config: dict[str, Any], key: str, kind: type, where: str = "config.json") -> Any:
    if key not in config or config[key] is None:
        raise ModelFileError(
            QT_TRANSLATE_NOOP("AppError", "{where} lacks the key {key}, which a Llama checkpoint must have."),
            where=where, key=repr(key),
        )
    value = config[key]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (kind is int and value != int(value)):
        if kind is int:
            raise ModelFileError(
                QT_TRANSLATE_NOOP("AppError", "{where} has {key}={value}; a whole number is needed."),
                where=where, key=key, value=repr(value),
            )
        raise ModelFileError(
            QT_TRANSLATE_NOOP("AppError", "{where} has {key}={value}; a number is needed."),
            where=where, key=key, value=repr(value),
        )
    if value <= 0:
        raise ModelFileError(
            QT_TRANSLATE_NOOP("AppError", "{where} has {key}={value}; it must be positive."),
            where=where, key=key, value=repr(value),
        )
    return kind(value)


def _rope(config: dict[str, Any]) -> tuple[float, Optional[Llama3RopeScaling], Optional[float]]:
    params = config.get("rope_parameters") or config.get("rope_scaling") or {}
    if isinstance(params, dict) and isinstance(params.get("full_attention"), dict):
        params = params["full_attention"]
    if not isinstance(params, dict):
        raise ModelFileError(
            QT_TRANSLATE_NOOP("AppError", "config.json has a rope_scaling that is not an object: {value}."),
            value=repr(params),
        )
    theta = config.get("rope_theta", params.get("rope_theta", 10000.0))
    where = "config.json " + ("rope_parameters" if config.get("rope_parameters") else "rope_scaling")
    rope_type = str(params.get("rope_type") or params.get("type") or "default").lower()
    if rope_type == "default":
        return float(theta), None, None
    if rope_type == "llama3":
        rope = Llama3RopeScaling(
            factor=_number(params, "factor", float, where),
            low_freq_factor=_number(params, "low_freq_factor", float, where),
            high_freq_factor=_number(params, "high_freq_factor", float, where),
            original_context=_number(params, "original_max_position_embeddings", int, where),
        )
        if rope.high_freq_factor <= rope.low_freq_factor:
            raise ModelFileError(QT_TRANSLATE_NOOP("AppError", "{where} has high_freq_factor <= low_freq_factor."), where=where)
        return float(theta), rope, None
    if rope_type == "linear":
        return float(theta), None, _number(params, "factor", float, where)
    raise UnsupportedModelError(
        QT_TRANSLATE_NOOP(
            "AppError",
            "config.json asks for {rope_type} rope scaling; Paddock converts Llama checkpoints "
            "with no, linear or llama3 rope scaling.",
        ),
        rope_type=repr(rope_type),
    )


def read_llama_params(config: dict[str, Any]) -> LlamaArchitecture:
    """Checked hyperparameters; ModelFileError / UnsupportedModelError naming what is wrong."""
    _check_is_llama(config)
    n_embd = _number(config, "hidden_size", int)
    n_head = _number(config, "num_attention_heads", int)
    n_kv_head = _number(config, "num_key_value_heads", int) if config.get("num_key_value_heads") else n_head
    head_dim = _number(config, "head_dim", int) if config.get("head_dim") else n_embd // n_head
    if n_head % n_kv_head:
        raise ModelFileError(
            QT_TRANSLATE_NOOP(
                "AppError", "config.json has num_attention_heads={n_head}, not a multiple of num_key_value_heads={n_kv_head}."
            ),
            n_head=n_head, n_kv_head=n_kv_head,
        )
    if head_dim % 2:
        raise ModelFileError(
            QT_TRANSLATE_NOOP("AppError", "config.json gives an odd head dimension ({head_dim}); rotary embeddings need an even one."),
            head_dim=head_dim,
        )
    act = config.get("hidden_act", "silu")
    if act != "silu":
        raise UnsupportedModelError(
            QT_TRANSLATE_NOOP("AppError", "config.json has hidden_act={act}; Llama uses 'silu'."), act=repr(act)
        )
    theta, llama3, linear = _rope(config)
    arch = LlamaArchitecture(
        n_layer=_number(config, "num_hidden_layers", int),
        n_embd=n_embd,
        n_ff=_number(config, "intermediate_size", int),
        n_head=n_head,
        n_kv_head=n_kv_head,
        head_dim=head_dim,
        n_vocab=_number(config, "vocab_size", int),
        context_length=_number(config, "max_position_embeddings", int),
        rms_eps=_number(config, "rms_norm_eps", float),
        rope_theta=theta,
        tied_embeddings=bool(config.get("tie_word_embeddings", False)),
        attention_bias=bool(config.get("attention_bias", False)),
        mlp_bias=bool(config.get("mlp_bias", False)),
        rope_scaling=llama3,
        linear_rope_factor=linear,
    )
    problems = arch.problems()
    if problems:
        raise ModelFileError(
            QT_TRANSLATE_NOOP("AppError", "config.json describes a Llama llama.cpp cannot run: {problems}."),
            problems="; ".join(problems),
        )
    return arch


def model_metadata(arch: LlamaArchitecture, name: str, out_type: str) -> list[MetaValue]:
    """The `general.*` and `llama.*` keys llama.cpp reads for a Llama model."""
    return [
        MetaValue("general.name", name, "str"),
        MetaValue("general.file_type", FILE_TYPES[out_type], "u32"),
        *arch.gguf_metadata(),
    ]
