"""A Hugging Face byte-level BPE tokenizer (tokenizer.json & co.) as GGUF tokenizer keys.

Reads the JSON files directly, no `tokenizers` or transformers: the vocabulary and merges
of tokenizer.json, its added tokens (special ones become CONTROL tokens, the others
USER_DEFINED), the special token ids (tokenizer_config.json, else the tokenizer's own
post-processor, else generation_config.json / config.json), whether BOS is added, and the
chat template (tokenizer_config.json, chat_template.jinja or chat_template.json).

llama.cpp re-implements each pre-tokenizer (the regexes that split text before BPE) and
needs its name in `tokenizer.ggml.pre`; it refuses to load a name it does not know.
llama.cpp's own converter recognises a tokenizer by hashing the token ids the original
tokenizer gives on a test string, which needs the `tokenizers` library; we recognise the
pre_tokenizer section of tokenizer.json by its structure instead (which pieces, which
regex). An unknown one falls back to llama.cpp's "default" with a warning, because token
ids may then differ from the original tokenizer on some text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from app.errors import QT_TRANSLATE_NOOP, ModelFileError, UnsupportedModelError
from app.gguf_file import MetaValue

# GGUF token types (llama.cpp's llama_token_type): stored on disk, never change.
TOKEN_NORMAL = 1
TOKEN_CONTROL = 3
TOKEN_USER_DEFINED = 4
TOKEN_UNUSED = 5

_LLAMA3_PATTERN = (
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}|"
    r" ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"
)
DEFAULT_PRE = "default"

# Every `tokenizer.ggml.pre` value Paddock writes, with the Hugging Face pre-tokenizer it
# stands for. Stored on disk: a name must be one llama.cpp knows (llama-cpp-python
# 0.3.36's llama.cpp, src/llama-vocab.cpp, llama_vocab::impl::load), or the file does
# not load; tests load a GGUF with each name in the installed llama.cpp.
PRE_TOKENIZERS = {
    "llama-bpe": "Llama 3's split regex, then ByteLevel without its own regex",
    "gpt-2": "ByteLevel with GPT-2's built-in regex alone (llama.cpp spells it gpt-2, not gpt2)",
    "smollm": "single digits split off (Digits), then ByteLevel with GPT-2's regex (SmolLM, StarCoder)",
    DEFAULT_PRE: "fallback for any other pre-tokenizer: llama.cpp's default regexes (with a warning)",
}

# The pieces of a pre_tokenizer section (see _signature) -> llama.cpp's name.
_RECOGNISED = {
    (("split", _LLAMA3_PATTERN), ("byte_level", False)): "llama-bpe",
    (("byte_level", True),): "gpt-2",
    (("digits", True), ("byte_level", True)): "smollm",
}
KNOWN_SPLIT_PATTERNS = {pieces[0][1]: name for pieces, name in _RECOGNISED.items() if pieces[0][0] == "split"}
# Names for which llama.cpp takes a whole pre-token that is in the vocabulary as one
# token without merging (its `ignore_merges`); tokenizer.json says so in model.ignore_merges.
_IGNORES_MERGES = frozenset({"llama-bpe"})


@dataclass(frozen=True)
class TokenizerData:
    metadata: list[MetaValue]
    warnings: list[str]
    n_tokens: int
    pre: str


def _load_json(path: Path, required: bool) -> Optional[Any]:
    if not path.is_file():
        if required:
            raise ModelFileError(
                QT_TRANSLATE_NOOP("AppError", "{name} is missing from {folder}; it holds the tokenizer."),
                name=path.name, folder=path.parent,
            )
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelFileError(
            QT_TRANSLATE_NOOP("AppError", "{name} in {folder} cannot be read ({reason})."),
            name=path.name, folder=path.parent, reason=exc,
        ) from exc


def _pieces(node: Optional[dict[str, Any]]) -> list[dict[str, Any]]:
    """Flatten a pre_tokenizer / decoder tree (Sequence nodes) into its parts."""
    if not node:
        return []
    if node.get("type") == "Sequence":
        children = node.get("pretokenizers") or node.get("decoders") or []
        return [piece for child in children for piece in _pieces(child)]
    return [node]


def _signature(part: dict[str, Any]) -> tuple[str, Any]:
    """One pre-tokenizer piece as (kind, the setting that changes how it splits)."""
    kind = part.get("type")
    if kind == "ByteLevel":
        return ("byte_level", bool(part.get("use_regex", True)))
    if kind == "Digits":
        return ("digits", bool(part.get("individual_digits", False)))
    if kind == "Split":
        isolated = str(part.get("behavior", "Isolated")).lower() == "isolated" and not part.get("invert")
        pattern = (part.get("pattern") or {}).get("Regex")
        return ("split", pattern) if isolated and pattern else ("split_other", json.dumps(part, sort_keys=True))
    return ("other", kind)


def _detect_pre(tokenizer: dict[str, Any], warnings: list[str]) -> str:
    parts = _pieces(tokenizer.get("pre_tokenizer"))
    name = _RECOGNISED.get(tuple(_signature(p) for p in parts))
    if name is None:
        warnings.append(
            "The tokenizer's pre-tokenizer is not one Paddock recognises; llama.cpp's default one "
            "is used, so token ids may differ from the original tokenizer on some text."
        )
        return DEFAULT_PRE
    if any(p.get("type") == "ByteLevel" and p.get("add_prefix_space") for p in parts):
        warnings.append(
            "The tokenizer adds a space before the text (ByteLevel add_prefix_space), which llama.cpp "
            "does not: the first word of a text may get other token ids."
        )
    if bool((tokenizer.get("model") or {}).get("ignore_merges", False)) != (name in _IGNORES_MERGES):
        warnings.append(
            f"The tokenizer {'ignores' if name not in _IGNORES_MERGES else 'does not ignore'} BPE merges for "
            f"words in its vocabulary (ignore_merges), unlike llama.cpp's {name!r} pre-tokenizer: some "
            "words may get other token ids."
        )
    return name


def _check_byte_level(tokenizer: dict[str, Any]) -> None:
    model = tokenizer.get("model") or {}
    if model.get("type") != "BPE":
        if not model.get("type"):
            raise UnsupportedModelError(
                QT_TRANSLATE_NOOP(
                    "AppError",
                    "tokenizer.json holds a tokenizer of unknown type; Paddock converts "
                    "byte-level BPE tokenizers (Llama 3 and later).",
                )
            )
        raise UnsupportedModelError(
            QT_TRANSLATE_NOOP(
                "AppError",
                "tokenizer.json holds a {type} tokenizer; Paddock converts "
                "byte-level BPE tokenizers (Llama 3 and later).",
            ),
            type=model.get("type"),
        )
    kinds = {p.get("type") for p in _pieces(tokenizer.get("pre_tokenizer")) + _pieces(tokenizer.get("decoder"))}
    if "ByteLevel" not in kinds:
        raise UnsupportedModelError(
            QT_TRANSLATE_NOOP(
                "AppError",
                "tokenizer.json is a BPE tokenizer but not a byte-level one (e.g. Llama 2's "
                "SentencePiece tokenizer); Paddock converts byte-level BPE tokenizers (Llama 3 and later).",
            )
        )


def _merges(model: dict[str, Any]) -> list[str]:
    merges = model.get("merges") or []
    if merges and isinstance(merges[0], list):
        # Pairs (tokenizers >= 0.20). GGUF keeps "left right" strings, so a literal space
        # inside a part is written as U+0120, as in llama.cpp's own converter.
        return [" ".join(part.replace(" ", "\u0120") for part in pair) for pair in merges]
    return [str(m) for m in merges]


def _token_text(value: Any) -> Optional[str]:
    if isinstance(value, dict):
        value = value.get("content")
    return value if isinstance(value, str) and value else None


def _first_id(value: Any) -> Optional[int]:
    if isinstance(value, list):
        value = value[0] if value else None
    return int(value) if isinstance(value, int) else None


def _template_bos(tokenizer: dict[str, Any]) -> Optional[str]:
    """The special token a TemplateProcessing post-processor puts first, if any."""
    post = tokenizer.get("post_processor") or {}
    for processor in post.get("processors", [post]):
        if processor.get("type") == "TemplateProcessing":
            single = processor.get("single") or []
            if len(single) > 1 and "SpecialToken" in single[0]:
                return single[0]["SpecialToken"].get("id")
    return None


def _chat_templates(model_dir: Path, config: dict[str, Any]) -> list[MetaValue]:
    template: Any = config.get("chat_template")
    if template is None and (model_dir / "chat_template.jinja").is_file():
        template = (model_dir / "chat_template.jinja").read_text(encoding="utf-8")
    if template is None:
        template = (_load_json(model_dir / "chat_template.json", required=False) or {}).get("chat_template")
    if isinstance(template, str):
        return [MetaValue("tokenizer.chat_template", template, "str")]
    found: list[MetaValue] = []
    if isinstance(template, list):  # named templates: "default" is the chat template
        names = []
        for item in template:
            name, text = item.get("name"), item.get("template")
            if not isinstance(name, str) or not isinstance(text, str):
                continue
            key = "tokenizer.chat_template" if name == "default" else f"tokenizer.chat_template.{name}"
            found.append(MetaValue(key, text, "str"))
            if name != "default":
                names.append(name)
        if names:
            found.append(MetaValue("tokenizer.chat_templates", names, "str[]"))
    return found


def convert_tokenizer(model_dir: Path, vocab_size: int, model_config: dict[str, Any]) -> TokenizerData:
    """GGUF tokenizer keys for the checkpoint in `model_dir`, padded to `vocab_size` tokens."""
    model_dir = Path(model_dir)
    warnings: list[str] = []
    tokenizer = _load_json(model_dir / "tokenizer.json", required=True)
    tok_config = _load_json(model_dir / "tokenizer_config.json", required=False) or {}
    gen_config = _load_json(model_dir / "generation_config.json", required=False) or {}
    _check_byte_level(tokenizer)
    model = tokenizer["model"]
    by_id: dict[int, str] = {int(i): t for t, i in (model.get("vocab") or {}).items()}
    types: dict[int, int] = {i: TOKEN_NORMAL for i in by_id}
    for added in tokenizer.get("added_tokens") or []:
        token_id, text = int(added["id"]), str(added["content"])
        by_id[token_id] = text
        types[token_id] = TOKEN_CONTROL if added.get("special") else TOKEN_USER_DEFINED
    if not by_id:
        raise ModelFileError(QT_TRANSLATE_NOOP("AppError", "tokenizer.json has an empty vocabulary."))
    if max(by_id) >= vocab_size:
        raise ModelFileError(
            QT_TRANSLATE_NOOP("AppError", "tokenizer.json has token id {token_id} but config.json says vocab_size={vocab_size}."),
            token_id=max(by_id), vocab_size=vocab_size,
        )
    tokens = [by_id.get(i, f"[PAD{i}]") for i in range(vocab_size)]
    token_types = [types.get(i, TOKEN_UNUSED) for i in range(vocab_size)]
    if tokenizer.get("normalizer"):
        warnings.append(f"The tokenizer's normalizer ({tokenizer['normalizer'].get('type')}) is not applied by llama.cpp.")
    pre = _detect_pre(tokenizer, warnings)
    ids = {text: i for i, text in enumerate(tokens) if token_types[i] != TOKEN_UNUSED}

    def special_id(kind: str) -> Optional[int]:
        text = _token_text(tok_config.get(f"{kind}_token"))
        if text is None and kind == "bos":
            text = _template_bos(tokenizer)
        if text is not None:
            if text not in ids:
                raise ModelFileError(
                    QT_TRANSLATE_NOOP(
                        "AppError", "tokenizer_config.json names {key} {token}, which is not in the vocabulary."
                    ),
                    key=f"{kind}_token", token=repr(text),
                )
            return ids[text]
        return _first_id(gen_config.get(f"{kind}_token_id", model_config.get(f"{kind}_token_id")))

    metadata = [
        MetaValue("tokenizer.ggml.model", "gpt2", "str"),
        MetaValue("tokenizer.ggml.pre", pre, "str"),
        MetaValue("tokenizer.ggml.tokens", tokens, "str[]"),
        MetaValue("tokenizer.ggml.token_type", token_types, "i32[]"),
        MetaValue("tokenizer.ggml.merges", _merges(model), "str[]"),
    ]
    for kind in ("bos", "eos", "unk", "pad"):
        token_id = special_id(kind)
        if token_id is not None and 0 <= token_id < vocab_size:
            metadata.append(MetaValue(f"tokenizer.ggml.{kind}_token_id", token_id, "u32"))
    add_bos = tok_config.get("add_bos_token")
    if add_bos is None:  # the tokenizer's post-processor decides (Llama 3 does it this way)
        first, bos_text = _template_bos(tokenizer), _token_text(tok_config.get("bos_token"))
        add_bos = first is not None and bos_text in (None, first)
    metadata.append(MetaValue("tokenizer.ggml.add_bos_token", bool(add_bos), "bool"))
    metadata.append(MetaValue("tokenizer.ggml.add_eos_token", bool(tok_config.get("add_eos_token", False)), "bool"))
    templates = _chat_templates(model_dir, tok_config)
    if not templates:
        warnings.append("The checkpoint has no chat template: the model can be run, but not chatted with in Paddock.")
    metadata += templates
    return TokenizerData(metadata=metadata, warnings=warnings, n_tokens=len(by_id), pre=pre)
