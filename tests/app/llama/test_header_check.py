"""The Llama header check on real GGUFs with one value damaged in place, as a torture run
damages them: each is refused naming the field, and the planner refuses them too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from app.errors import ModelFileError
from app.gguf_file import read_gguf_info
from app.llama.header_check import FIELD_KEYS, check_llama_header
from app.planner.model_size import footprint_of_file
from tests.app.gguf_damage import header_mutations, mutated, rename_tensor, rewrite_value
from tests.app.hub.support import SMALL_SHAPE, write_small_gguf


@pytest.fixture(scope="module")
def small_gguf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_small_gguf(tmp_path_factory.mktemp("small") / "small.gguf")


def test_a_sound_header_gives_its_architecture(small_gguf: Path, tiny_model_path: Path) -> None:
    arch = check_llama_header(read_gguf_info(small_gguf))
    assert (arch.n_layer, arch.n_embd, arch.n_head, arch.n_kv_head, arch.head_dim, arch.n_ff) == (
        SMALL_SHAPE.n_layer, SMALL_SHAPE.n_embd, SMALL_SHAPE.n_head, SMALL_SHAPE.n_kv_head, SMALL_SHAPE.head_dim,
        SMALL_SHAPE.n_ff)
    assert arch.n_vocab == read_gguf_info(small_gguf).vocab_size
    tiny = check_llama_header(read_gguf_info(tiny_model_path))  # Meta's tokenizer, llama3 rope scaling
    assert tiny.n_vocab == 128256 and tiny.rope_scaling is not None


DAMAGE = {
    "no layers": ("llama.block_count", 0, "llama.block_count must be positive, got 0"),
    "1000 layers": ("llama.block_count", 1000, "llama.block_count is 1,000 but the file holds 1 layer"),
    "no heads": ("llama.attention.head_count", 0, "llama.attention.head_count must be positive, got 0"),
    "negative epsilon": ("llama.attention.layer_norm_rms_epsilon", -1.0,
                         "llama.attention.layer_norm_rms_epsilon must be a positive number, got -1.0"),
    "NaN rope base": ("llama.rope.freq_base", float("nan"), "llama.rope.freq_base must be a positive number, got nan"),
    "vocab size 5": ("llama.vocab_size", 5, "llama.vocab_size is 5 but the tokenizer has 518 tokens"),
    "unknown pre-tokenizer": ("tokenizer.ggml.pre", "llama-bpX",
                              "tokenizer.ggml.pre names the pre-tokenizer 'llama-bpX', which this llama.cpp does not know"),
    "a float count": ("llama.block_count", 1.5, "llama.block_count should be a whole number, not 1.5"),
    "heads not a multiple": ("llama.attention.head_count_kv", 3,
                             "llama.attention.head_count (4) is not a multiple of llama.attention.head_count_kv (3)"),
    "wider embedding": ("llama.embedding_length", 72,
                        "the tensor token_embd.weight is 64 x 518 but llama.embedding_length (72) and "
                        "the vocabulary (518 tokens) call for 72 x 518 (10 more tensors do not match)"),
    "other ff size": ("llama.feed_forward_length", 100,
                      "the tensor blk.0.ffn_gate.weight is 64 x 128 but llama.embedding_length (64) and "
                      "llama.feed_forward_length (100) call for 64 x 100 (2 more tensors do not match)"),
    "rope dimensions": ("llama.rope.dimension_count", 8,
                        "llama.rope.dimension_count is 8 but the heads are 16 wide (llama.attention.key_length)"),
}


@pytest.mark.parametrize(("key", "value", "message"), DAMAGE.values(), ids=DAMAGE.keys())
def test_damaged_values_are_refused_naming_the_field(small_gguf: Path, tmp_path: Path, key: str,
                                                     value: object, message: str) -> None:
    damaged = rewrite_value(small_gguf, tmp_path / "damaged.gguf", key, value)  # type: ignore[arg-type]
    info = read_gguf_info(damaged)
    with pytest.raises(ModelFileError) as caught:
        check_llama_header(info)
    assert caught.value.detail == (
        f"damaged.gguf has a damaged Llama header: {message}. Download or convert the model again."
    )
    with pytest.raises(ModelFileError, match=re.escape(message)):
        footprint_of_file(info)  # what `paddock-cli plan --gguf` and the fit check build on


def test_a_missing_tensor_is_named(small_gguf: Path, tmp_path: Path) -> None:
    damaged = rename_tensor(small_gguf, tmp_path / "renamed.gguf", "blk.0.ffn_up.weight", "blk.0.ffn_uq.weight")
    with pytest.raises(ModelFileError, match="the tensor blk.0.ffn_up.weight is missing"):
        check_llama_header(read_gguf_info(damaged))


def test_every_field_key_is_one_the_architecture_writes() -> None:
    written = {meta.key for meta in SMALL_SHAPE.gguf_metadata()}
    assert {key for key in FIELD_KEYS.values() if key.startswith("llama.")} <= written


def test_other_architectures_are_not_checked_as_llamas(small_gguf: Path, tmp_path: Path) -> None:
    other = rewrite_value(small_gguf, tmp_path / "other.gguf", "general.architecture", "llamX")
    with pytest.raises(ValueError, match="'llamX'"):
        check_llama_header(read_gguf_info(other))
    assert footprint_of_file(read_gguf_info(other)).label == "small test Llama"  # planned as before


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_damaged_headers_never_get_past_the_checks_with_another_error(small_gguf: Path,
                                                                      data: st.DataObject) -> None:
    original = small_gguf.read_bytes()
    damaged = small_gguf.with_name("damaged.gguf")
    damaged.write_bytes(mutated(original, data.draw(header_mutations(original))))
    try:
        info = read_gguf_info(damaged)
        if info.architecture == "llama":
            check_llama_header(info)
        footprint_of_file(info)
    except ModelFileError as exc:
        assert "\n" not in exc.detail
