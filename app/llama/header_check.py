"""The header check of a Llama GGUF: its numbers against each other and against its tensors.

llama.cpp trusts a header. A `block_count` of 0 or 1000 aborts the worker on an
assertion, a negative epsilon aborts it in the middle of a reply, and a NaN rope base or
a vocabulary size that contradicts the tokenizer loads and writes nonsense. So before
anything loads, the numbers are read into the one `LlamaArchitecture`, checked with its
`problems()`, and compared with the tensors the file really holds (its `tensor_shapes()`):
block_count equal to the layers present, widths equal to the tensor shapes, one vocabulary
size in the tokenizer arrays, token_embd and `llama.vocab_size`, and a pre-tokenizer
llama.cpp knows. The engine's preflight and the planner both call `check_llama_header`.
"""

from __future__ import annotations

from typing import Any, Optional, Sequence

from app.errors import QT_TRANSLATE_NOOP, ModelFileError
from app.gguf_file import GgufInfo, TensorInfo
from app.llama.architecture import GGUF_ARCH, LlamaArchitecture
from app.llama.tokenizer_names import LLAMA_CPP_PRE_TOKENIZERS

# llama.cpp's LLAMA_MAX_LAYERS (src/llama-hparams.h): more layers abort on an assertion.
LLAMA_CPP_MAX_LAYERS = 512
_A = GGUF_ARCH + "."
VOCABULARY = "the vocabulary (tokenizer.ggml.tokens)"
# The GGUF key each LlamaArchitecture field is read from (the keys gguf_metadata() writes).
FIELD_KEYS = {
    "n_layer": _A + "block_count",
    "n_embd": _A + "embedding_length",
    "n_head": _A + "attention.head_count",
    "n_kv_head": _A + "attention.head_count_kv",
    "head_dim": _A + "attention.key_length",
    "n_ff": _A + "feed_forward_length",
    "n_vocab": VOCABULARY,
    "context_length": _A + "context_length",
    "rope_theta": _A + "rope.freq_base",
    "rms_eps": _A + "attention.layer_norm_rms_epsilon",
}
_REQUIRED_COUNTS = ("block_count", "embedding_length", "attention.head_count", "feed_forward_length", "context_length")
_OPTIONAL_COUNTS = ("attention.head_count_kv", "attention.key_length", "attention.value_length",
                    "rope.dimension_count", "vocab_size", "expert_count")
_NUMBERS = (("attention.layer_norm_rms_epsilon", True), ("rope.freq_base", False))  # (key, required)
# The fields each tensor's shape follows from, named in the message when it does not match.
_SHAPE_FIELDS = {
    "token_embd": ("n_embd", "n_vocab"), "output": ("n_embd", "n_vocab"),
    "attn_q": ("n_embd", "n_head", "head_dim"), "attn_output": ("n_head", "head_dim", "n_embd"),
    "attn_k": ("n_embd", "n_kv_head", "head_dim"), "attn_v": ("n_embd", "n_kv_head", "head_dim"),
    "ffn_gate": ("n_embd", "n_ff"), "ffn_up": ("n_embd", "n_ff"), "ffn_down": ("n_ff", "n_embd"),
    "rope_freqs": ("head_dim",),
}
_EXPERT_FFN = ("ffn_gate", "ffn_up", "ffn_down")  # replaced by *_exps tensors in a mixture of experts
_MAX_REPORTED = 3


def check_llama_header(info: GgufInfo, tensors: Optional[Sequence[TensorInfo]] = None) -> LlamaArchitecture:
    """The architecture `info` describes; ModelFileError naming the fields that are wrong.

    `tensors`: the tensors of all parts of a split model (default: this file's).
    """
    if info.architecture != GGUF_ARCH:
        raise ValueError(f"check_llama_header() checks Llama headers, not {info.architecture!r}")
    held = tuple(info.tensors if tensors is None else tensors)
    problems = _key_problems(info.metadata)
    if not problems:
        arch = LlamaArchitecture.from_gguf(info, tensor_names={t.name for t in held})
        problems = [_with_keys(p) for p in arch.problems()] + _consistency_problems(info, arch, held)
        if not problems:
            problems = _tensor_problems(info.metadata, arch, held)
    if problems:
        more = len(problems) - _MAX_REPORTED
        shown = "; ".join(problems[:_MAX_REPORTED])
        if more > 0:
            raise ModelFileError(
                QT_TRANSLATE_NOOP(
                    "AppError",
                    "{name} has a damaged Llama header: {problems} (and {more} more). "
                    "Download or convert the model again.",
                ),
                name=info.path.name,
                problems=shown,
                more=more,
            )
        raise ModelFileError(
            QT_TRANSLATE_NOOP(
                "AppError", "{name} has a damaged Llama header: {problems}. Download or convert the model again."
            ),
            name=info.path.name,
            problems=shown,
        )
    return arch


def _shown(value: Any) -> str:
    if isinstance(value, dict) and "array_length" in value:
        return f"an array of {value['array_length']:,} items"
    if isinstance(value, list):
        return f"an array of {len(value)} items"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _key_problems(meta: dict[str, Any]) -> list[str]:
    """Keys that are missing or hold the wrong kind of value."""
    found = []
    for suffix in _REQUIRED_COUNTS + _OPTIONAL_COUNTS:
        key = _A + suffix
        if key not in meta:
            if suffix in _REQUIRED_COUNTS:
                found.append(f"{key} is missing")
        elif not _is_count(meta[key]):
            found.append(f"{key} should be a whole number, not {_shown(meta[key])}")
    for suffix, required in _NUMBERS:
        key = _A + suffix
        if key not in meta:
            if required:
                found.append(f"{key} is missing")
        elif isinstance(meta[key], bool) or not isinstance(meta[key], (int, float)):
            found.append(f"{key} should be a number, not {_shown(meta[key])}")
    tokens = meta.get("tokenizer.ggml.tokens")
    if not isinstance(tokens, (list, dict)):
        found.append(f"{VOCABULARY} is missing" if tokens is None else f"{VOCABULARY} should be an array of tokens")
    return found


def _with_keys(problem: str) -> str:
    """A `problems()` sentence with each field named by its GGUF key."""
    words = problem.split(" ")
    return " ".join(FIELD_KEYS.get(word, word) for word in words)


def _array_length(value: Any) -> Optional[int]:
    if isinstance(value, dict) and "array_length" in value:
        return int(value["array_length"])
    return len(value) if isinstance(value, list) else None


def _consistency_problems(info: GgufInfo, arch: LlamaArchitecture, tensors: Sequence[TensorInfo]) -> list[str]:
    """Numbers that each look fine but contradict another, or the layers the file holds."""
    meta = info.metadata
    found = []
    layers = sorted({n for n in (_layer_of(t.name) for t in tensors) if n is not None})
    if arch.n_layer > 0 and layers != list(range(arch.n_layer)):
        numbered = "" if layers == list(range(len(layers))) else ", not numbered from blk.0 on"
        found.append(f"{FIELD_KEYS['n_layer']} is {arch.n_layer:,} but the file holds "
                     f"{_count(len(layers), 'layer')}{numbered}")
    elif arch.n_layer > LLAMA_CPP_MAX_LAYERS:
        found.append(f"{FIELD_KEYS['n_layer']} is {arch.n_layer:,}; llama.cpp runs at most {LLAMA_CPP_MAX_LAYERS} layers")
    n_tokens = info.vocab_size
    declared = meta.get(_A + "vocab_size")
    if declared is not None and declared != n_tokens:
        found.append(f"{_A}vocab_size is {declared:,} but the tokenizer has {_count(n_tokens, 'token')}")
    for key in ("tokenizer.ggml.token_type", "tokenizer.ggml.scores"):
        if key in meta and _array_length(meta[key]) != n_tokens:
            found.append(f"{key} holds {_shown(meta[key])} for {_count(n_tokens, 'token')}")
    for suffix in ("attention.value_length", "rope.dimension_count"):
        value = meta.get(_A + suffix)
        if value is not None and value != arch.head_dim:
            found.append(f"{_A}{suffix} is {value:,} but the heads are {arch.head_dim:,} wide "
                         f"({FIELD_KEYS['head_dim']})")
    pre = meta.get("tokenizer.ggml.pre")
    if pre is not None and not isinstance(pre, str):
        found.append(f"tokenizer.ggml.pre should be a name, not {_shown(pre)}")
    elif pre and pre not in LLAMA_CPP_PRE_TOKENIZERS:
        found.append(f"tokenizer.ggml.pre names the pre-tokenizer {_shown(pre)}, which this llama.cpp does not know")
    return found


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def _layer_of(name: str) -> Optional[int]:
    parts = name.split(".")
    return int(parts[1]) if len(parts) > 2 and parts[0] == "blk" and parts[1].isdigit() else None


def _dims(shape: Sequence[int]) -> str:
    return " x ".join(f"{d:,}" for d in shape)


def _field_value(arch: LlamaArchitecture, field: str) -> str:
    if field == "n_vocab":
        return f"the vocabulary ({_count(arch.n_vocab, 'token')})"
    return f"{FIELD_KEYS[field]} ({getattr(arch, field):,})"


def _listed(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _tensor_problems(meta: dict[str, Any], arch: LlamaArchitecture, tensors: Sequence[TensorInfo]) -> list[str]:
    """The tensors the numbers call for, against those the file holds. Runs only on numbers
    that passed the other checks: block_count equals the layers present, every width is
    positive."""
    expected = arch.tensor_shapes()
    if _is_count(meta.get(_A + "expert_count")) and meta[_A + "expert_count"] > 0:
        expected = [(n, s) for n, s in expected if n.split(".")[-2] not in _EXPERT_FFN]
    held = {t.name: t.shape for t in tensors}
    found = [f"the tensor {name} is missing" for name, _ in expected
             if name not in held and not name.endswith(".bias")]
    wrong = [(name, shape) for name, shape in expected if name in held and held[name] != shape]
    if wrong:
        name, shape = wrong[0]
        fields = _SHAPE_FIELDS.get(name.split(".")[-2], ("n_embd",))
        named = [_field_value(arch, f) for f in dict.fromkeys(fields)]
        more = len(wrong) - 1
        others = f" ({more:,} more tensor{' does' if more == 1 else 's do'} not match)" if more else ""
        found.append(f"the tensor {name} is {_dims(held[name])} but {_listed(named)} "
                     f"call{'s' if len(named) == 1 else ''} for {_dims(shape)}{others}")
    return found
