"""The pre-tokenizer names Paddock accepts are the ones the installed llama.cpp knows."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from app.gguf_file import read_gguf_info
from app.llama.tokenizer_names import LLAMA_CPP_PRE_TOKENIZERS


def _libllama() -> bytes:
    spec = importlib.util.find_spec("llama_cpp")
    assert spec is not None and spec.submodule_search_locations
    libraries = sorted(Path(spec.submodule_search_locations[0], "lib").glob("*llama.*"))
    assert libraries, "llama-cpp-python ships its libllama in llama_cpp/lib"
    return libraries[0].read_bytes()


def test_every_name_is_in_the_installed_llama_cpp() -> None:
    # The comparisons of llama-vocab.cpp keep each name as a C string ("tekken" may share
    # its bytes with the end of "mistral-v3-tekken"): a name missing here was dropped by
    # the llama.cpp that llama-cpp-python now vendors.
    library = _libllama()
    assert sorted(n for n in LLAMA_CPP_PRE_TOKENIZERS if n.encode() + b"\0" not in library) == []
    assert b"unknown pre-tokenizer type: '%s'" in library


def test_paddock_models_use_a_known_pre_tokenizer(tiny_model_path: Path) -> None:
    from app.hub.convert_tokenizer import KNOWN_SPLIT_PATTERNS  # what the converter writes

    assert read_gguf_info(tiny_model_path).metadata["tokenizer.ggml.pre"] in LLAMA_CPP_PRE_TOKENIZERS
    assert set(KNOWN_SPLIT_PATTERNS.values()) <= LLAMA_CPP_PRE_TOKENIZERS
