"""Builders for conversion tests: tiny Hugging Face Llama checkpoints made by transformers.

transformers and torch are the reference implementation here (test-only dependencies):
a checkpoint is a real `LlamaForCausalLM.save_pretrained` output, and its tokenizer is a
small byte-level BPE trained with `tokenizers` using Llama 3's pre-tokenizer, saved by
`PreTrainedTokenizerFast.save_pretrained` (tokenizer.json, tokenizer_config.json and
the chat template), so Paddock reads exactly what Hugging Face tools write.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

import numpy as np
import pytest

from app.dev.tiny_model import CHAT_TEMPLATE_FILE
from app.hub.convert_tokenizer import KNOWN_SPLIT_PATTERNS

torch = pytest.importorskip("torch")  # test extra: pip install -e ".[test]"
transformers = pytest.importorskip("transformers")

LLAMA3_PATTERN = next(p for p, name in KNOWN_SPLIT_PATTERNS.items() if name == "llama-bpe")
SPECIAL_TOKENS = ["<|begin_of_text|>", "<|end_of_text|>", "<|start_header_id|>", "<|end_header_id|>", "<|eot_id|>"]
USER_TOKEN = "<paddock>"  # an added, non-special token (USER_DEFINED in GGUF)

# Tokenizer training text (several scripts, so merges exist for each).
TRAIN_TEXT = [
    "The quick brown fox jumps over the lazy dog. It's 2024, and we're running models locally!",
    "Llamas are domesticated South American camelids, widely used as meat and pack animals.",
    "Der schnelle braune Fuchs springt über den faulen Hund. Größe, Straße, Mädchen.",
    "Le renard brun rapide saute par-dessus le chien paresseux. Où est la bibliothèque ?",
    "Быстрая коричневая лиса прыгает через ленивую собаку. Привет, как дела?",
    "敏捷的棕色狐狸跳过了懒狗。我想在苹果公司工作。今天天气很好。",
    "素早い茶色の狐が怠け者の犬を飛び越える。こんにちは、世界！",
    "الثعلب البني السريع يقفز فوق الكلب الكسول. مرحبا بالعالم",
    "तेज़ भूरी लोमड़ी आलसी कुत्ते के ऊपर कूदती है। नमस्ते दुनिया",
    "def main(argv):\n    for i in range(10):\n        print(f'{i:03d}', argv[i])\n    return 0\n",
    "Numbers 1 12 123 1234 12345 3.14159 and emoji 🦙🚀😶‍🌫️ ✅ in one line\t\ttabs\n\n\nnewlines",
]
# Compared between the checkpoint's tokenizer and llama.cpp: not the training text.
MULTILINGUAL_SAMPLE = (
    "Hello world! I've been told he'd say 'RE you sure?' — 3333333 3.3 3..3 "
    "Grüße aus München, élève, naïve façade. Съешь же ещё этих мягких французских булок. "
    "我们明天去北京吧？東京は晴れ。안녕하세요 세계. שלום עולם. Γειά σου Κόσμε. "
    "🦙🦙 (llamas) 😶‍🌫️\n\n  indented\tline\r\n"
    f"<|begin_of_text|>special{USER_TOKEN} tokens <|eot_id|>"
)


# Tokenizer styles: the pre-tokenizer (and ignore_merges) of the checkpoints that use them.
# "other" is one Paddock does not recognise (converted with llama.cpp's default).
TOKENIZER_STYLES = ("llama-bpe", "gpt-2", "smollm", "other")
OTHER_SPLIT_PATTERN = r"\p{L}+|\p{N}+|\s+|[^\s\p{L}\p{N}]+"


def _pre_tokenizer(style: str) -> tuple[Any, bool]:
    """The `tokenizers` pre-tokenizer of `style`, and whether its BPE ignores merges."""
    from tokenizers import Regex, pre_tokenizers

    if style == "llama-bpe":  # Llama 3 and 3.x
        return pre_tokenizers.Sequence([
            pre_tokenizers.Split(Regex(LLAMA3_PATTERN), behavior="isolated", invert=False),
            pre_tokenizers.ByteLevel(add_prefix_space=False, trim_offsets=True, use_regex=False),
        ]), True
    if style == "gpt-2":  # GPT-2's own tokenizer.json
        return pre_tokenizers.ByteLevel(add_prefix_space=False, trim_offsets=True, use_regex=True), False
    if style == "smollm":  # SmolLM / SmolLM2 (LlamaForCausalLM), StarCoder
        return pre_tokenizers.Sequence([
            pre_tokenizers.Digits(individual_digits=True),
            pre_tokenizers.ByteLevel(add_prefix_space=False, trim_offsets=True, use_regex=True),
        ]), False
    if style == "other":
        return pre_tokenizers.Sequence([
            pre_tokenizers.Split(Regex(OTHER_SPLIT_PATTERN), behavior="isolated", invert=False),
            pre_tokenizers.ByteLevel(add_prefix_space=False, trim_offsets=True, use_regex=False),
        ]), False
    raise ValueError(f"unknown tokenizer style {style!r}")


def train_tokenizer(vocab_size: int = 1000, style: str = "llama-bpe") -> Any:
    """A byte-level BPE with the pre-tokenizer of `style` (default: Llama 3's split regex);
    specials appended after the vocabulary."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers

    pre_tokenizer, ignore_merges = _pre_tokenizer(style)
    tok = Tokenizer(models.BPE(ignore_merges=ignore_merges))
    tok.pre_tokenizer = pre_tokenizer
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size, initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False
    )
    tok.train_from_iterator(TRAIN_TEXT * 20, trainer)
    tok.add_special_tokens(SPECIAL_TOKENS)
    tok.add_tokens([USER_TOKEN])
    bos = SPECIAL_TOKENS[0]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A", pair=f"{bos} $A {bos} $B", special_tokens=[(bos, tok.token_to_id(bos))]
    )
    fast = transformers.PreTrainedTokenizerFast(tokenizer_object=tok, bos_token=bos, eos_token="<|eot_id|>")
    fast.chat_template = CHAT_TEMPLATE_FILE.read_text()
    return fast


LLAMA3_ROPE = {
    "rope_type": "llama3",
    "factor": 8.0,
    "low_freq_factor": 1.0,
    "high_freq_factor": 4.0,
    # Small, so a 1,500-token prompt reaches the positions where the scaling matters.
    "original_max_position_embeddings": 256,
}


@dataclass(frozen=True)
class TinyLlama:
    hidden: int = 128
    layers: int = 2
    heads: int = 4
    kv_heads: int = 2
    ff: int = 256
    head_dim: Optional[int] = None
    tied: bool = False
    rope: Optional[dict[str, Any]] = None
    rope_theta: float = 10000.0
    init_std: float = 0.06
    attention_bias: bool = False
    seed: int = 0


def padded_vocab(tokenizer: Any, multiple: int = 64) -> int:
    """Like real checkpoints, the embedding may have more rows than the tokenizer has tokens."""
    return (len(tokenizer) + multiple - 1) // multiple * multiple


def build_llama(spec: TinyLlama, tokenizer: Any) -> Any:
    """A random LlamaForCausalLM (float32, eval mode) with non-trivial norm weights."""
    torch.manual_seed(spec.seed)
    config = transformers.LlamaConfig(
        vocab_size=padded_vocab(tokenizer),
        hidden_size=spec.hidden,
        intermediate_size=spec.ff,
        num_hidden_layers=spec.layers,
        num_attention_heads=spec.heads,
        num_key_value_heads=spec.kv_heads,
        head_dim=spec.head_dim or spec.hidden // spec.heads,
        max_position_embeddings=4096,
        rms_norm_eps=1e-5,
        rope_theta=spec.rope_theta,
        rope_scaling=dict(spec.rope) if spec.rope else None,
        tie_word_embeddings=spec.tied,
        initializer_range=spec.init_std,
        attention_bias=spec.attention_bias,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
    )
    model = transformers.LlamaForCausalLM(config).eval()
    generator = torch.Generator().manual_seed(spec.seed + 1)
    with torch.no_grad():
        for name, param in model.named_parameters():
            if name.endswith("norm.weight"):  # default ones would hide a mixed-up norm
                param.copy_(0.5 + torch.rand(param.shape, generator=generator))
            elif name.endswith(".bias"):
                param.copy_(0.05 * torch.randn(param.shape, generator=generator))
    return model


def save_checkpoint(model: Any, tokenizer: Any, folder: Path, *, dtype: Any = None, shard_size: Optional[str] = None) -> Path:
    """save_pretrained in `dtype` (default float32), optionally sharded, plus the tokenizer.

    With a `dtype`, the model's own float32 weights are rounded to it first, so the saved
    checkpoint and the in-memory reference hold the same numbers. Buffers (the rotary
    frequencies) stay float32: `model.to(bfloat16)` would round those too and make the
    reference itself drift on long prompts.
    """
    kwargs: dict[str, Any] = {"max_shard_size": shard_size} if shard_size else {}
    if dtype is not None:
        with torch.no_grad():
            for param in model.parameters():
                param.copy_(param.to(dtype).to(param.dtype))
        kwargs["state_dict"] = {k: v.to(dtype) for k, v in model.state_dict().items()}
    model.save_pretrained(folder, **kwargs)
    tokenizer.save_pretrained(folder)
    return folder


def hf_logits(model: Any, token_ids: list[int], all_positions: bool = False) -> np.ndarray:
    with torch.no_grad():
        logits = model(torch.tensor([token_ids])).logits[0].float().numpy()
    return logits if all_positions else logits[-1]


def random_prompt(n: int, vocab_limit: int, seed: int) -> list[int]:
    return [int(t) for t in np.random.default_rng(seed).integers(0, vocab_limit, size=n)]
