"""Tokenizer conversion: the JSON variants Hugging Face writes, and Meta's real Llama 3
vocabulary giving the same token ids in llama.cpp as in tiktoken and `tokenizers`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

import pytest

from app.errors import ModelFileError
from app.hub.convert_tokenizer import convert_tokenizer

BYTE_LEVEL = {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True}


def _write(folder: Path, tokenizer: dict[str, Any], config: Optional[dict[str, Any]] = None, **files: Any) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "tokenizer.json").write_text(json.dumps(tokenizer))
    if config is not None:
        (folder / "tokenizer_config.json").write_text(json.dumps(config))
    for name, content in files.items():
        (folder / name.replace("__", ".")).write_text(content if isinstance(content, str) else json.dumps(content))
    return folder


def _tokenizer(merges: list[Any], post: Optional[dict[str, Any]] = None) -> dict[str, Any]:
    vocab = {"a": 0, "b": 1, "ab": 2, "Ġ": 3, "Ġa": 4}
    return {
        "model": {"type": "BPE", "vocab": vocab, "merges": merges},
        "added_tokens": [
            {"id": 5, "content": "<s>", "special": True},
            {"id": 6, "content": "</s>", "special": True},
            {"id": 7, "content": "<tool>", "special": False},
        ],
        "normalizer": None,
        "pre_tokenizer": BYTE_LEVEL,
        "decoder": {"type": "ByteLevel"},
        "post_processor": post,
    }


def _meta(data: Any) -> dict[str, Any]:
    return {m.key: m.value for m in data.metadata}


def test_pair_merges_and_gpt2_pre_tokenizer(tmp_path: Path) -> None:
    folder = _write(tmp_path, _tokenizer([["a", "b"], ["Ġ", "a"], ["a b", "b"]]), {"bos_token": "<s>", "eos_token": "</s>"})
    data = convert_tokenizer(folder, 10, {})
    meta = _meta(data)
    assert meta["tokenizer.ggml.merges"] == ["a b", "Ġ a", "aĠb b"]  # a space inside a part becomes U+0120
    assert meta["tokenizer.ggml.pre"] == "gpt-2" and data.warnings[-1].startswith("The checkpoint has no chat template")
    assert meta["tokenizer.ggml.tokens"][5:] == ["<s>", "</s>", "<tool>", "[PAD8]", "[PAD9]"]
    assert meta["tokenizer.ggml.token_type"] == [1, 1, 1, 1, 1, 3, 3, 4, 5, 5]
    assert (meta["tokenizer.ggml.bos_token_id"], meta["tokenizer.ggml.eos_token_id"]) == (5, 6)
    assert meta["tokenizer.ggml.add_bos_token"] is False


def test_without_tokenizer_config_ids_come_from_post_processor_and_generation_config(tmp_path: Path) -> None:
    post = {"type": "TemplateProcessing", "single": [{"SpecialToken": {"id": "<s>", "type_id": 0}},
                                                     {"Sequence": {"id": "A", "type_id": 0}}]}
    folder = _write(tmp_path, _tokenizer(["a b"], post), generation_config__json={"eos_token_id": [6, 5]})
    meta = _meta(convert_tokenizer(folder, 8, {"eos_token_id": 2}))
    assert meta["tokenizer.ggml.bos_token_id"] == 5 and meta["tokenizer.ggml.add_bos_token"] is True
    assert meta["tokenizer.ggml.eos_token_id"] == 6


def test_chat_templates_in_every_place_transformers_puts_them(tmp_path: Path) -> None:
    named = [{"name": "default", "template": "{{ messages }}"}, {"name": "tool_use", "template": "{{ tools }}"}]
    meta = _meta(convert_tokenizer(_write(tmp_path / "a", _tokenizer([]), {"chat_template": named}), 8, {}))
    assert meta["tokenizer.chat_template"] == "{{ messages }}"
    assert meta["tokenizer.chat_template.tool_use"] == "{{ tools }}" and meta["tokenizer.chat_templates"] == ["tool_use"]
    folder = _write(tmp_path / "b", _tokenizer([]), {}, chat_template__jinja="{{ jinja }}")
    assert _meta(convert_tokenizer(folder, 8, {}))["tokenizer.chat_template"] == "{{ jinja }}"
    folder = _write(tmp_path / "c", _tokenizer([]), {}, chat_template__json={"chat_template": "{{ json }}"})
    assert _meta(convert_tokenizer(folder, 8, {}))["tokenizer.chat_template"] == "{{ json }}"


def test_token_ids_beyond_vocab_size_and_unknown_special_tokens_are_errors(tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match="token id 7 but config.json says vocab_size=6"):
        convert_tokenizer(_write(tmp_path / "a", _tokenizer([])), 6, {})
    with pytest.raises(ModelFileError, match="eos_token '<eot>', which is not in the vocabulary"):
        convert_tokenizer(_write(tmp_path / "b", _tokenizer([]), {"eos_token": {"content": "<eot>"}}), 8, {})


@pytest.mark.slow
def test_meta_llama3_vocabulary_gives_tiktoken_s_token_ids(tmp_path: Path) -> None:
    """Meta's 128k-token tokenizer as a tokenizer.json (as on the hub): llama.cpp, on the
    converted file, tokenizes like tiktoken (Meta's own tokenizer) and `tokenizers`."""
    tiktoken = pytest.importorskip("tiktoken")
    from tokenizers import Regex, Tokenizer, decoders, models, pre_tokenizers

    from app.dev.llama3_vocab import (
        LLAMA3_SPLIT_PATTERN,
        build_llama3_vocab,
        llama3_special_tokens,
        load_tiktoken_ranks,
    )
    from app.dev.tiny_model import LLAMA3_TOKENIZER
    from app.engine.llama_backend import tokenize_with_model
    from app.hub.convert import convert_checkpoint
    from tests.app.hub.test_convert_helpers import (
        MULTILINGUAL_SAMPLE,
        TinyLlama,
        build_llama,
        save_checkpoint,
        transformers,
    )

    vocab = build_llama3_vocab(LLAMA3_TOKENIZER)
    n_base = len(vocab.tokens) - 256
    bpe = models.BPE(
        vocab={t: i for i, t in enumerate(vocab.tokens[:n_base])},
        merges=[tuple(m.split(" ")) for m in vocab.merges],
        ignore_merges=True,
    )
    hf = Tokenizer(bpe)
    hf.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Split(Regex(LLAMA3_SPLIT_PATTERN), behavior="isolated", invert=False),
        pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
    ])
    hf.decoder = decoders.ByteLevel()
    hf.add_special_tokens(llama3_special_tokens())
    fast = transformers.PreTrainedTokenizerFast(tokenizer_object=hf, bos_token="<|begin_of_text|>", eos_token="<|eot_id|>")
    model = build_llama(TinyLlama(hidden=64, heads=2, kv_heads=1, ff=64, layers=1, tied=True), fast)
    gguf_path = convert_checkpoint(save_checkpoint(model, fast, tmp_path / "llama3"), tmp_path / "m.gguf", "f16").path

    specials = {t: n_base + i for i, t in enumerate(llama3_special_tokens())}
    meta_tokenizer = tiktoken.Encoding(
        "llama3", pat_str=LLAMA3_SPLIT_PATTERN, mergeable_ranks=load_tiktoken_ranks(LLAMA3_TOKENIZER), special_tokens=specials
    )
    text = MULTILINGUAL_SAMPLE + " Ünïcödé, ﬁne ligatures, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢, and a URL https://example.com/a?b=c#d"
    expected = meta_tokenizer.encode(text, allowed_special="all")
    assert fast(text, add_special_tokens=False)["input_ids"] == expected
    assert tokenize_with_model(gguf_path, text) == expected
