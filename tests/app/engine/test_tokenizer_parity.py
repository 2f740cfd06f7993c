"""llama.cpp's tokenizer on our GGUF must equal Meta's reference tokenizer (tiktoken with
the same tokenizer.model, Meta's split pattern and special tokens), token for token."""

from __future__ import annotations

import random

import pytest
import tiktoken

from app.dev.llama3_vocab import LLAMA3_SPLIT_PATTERN, llama3_special_tokens, load_tiktoken_ranks
from app.engine.client import EngineClient
from tests.conftest import TOKENIZER_MODEL

SAMPLES = [
    "Hello, world! How are you today?",
    "Grüße aus München: Die Straße ist überraschend schön.",
    "L'été dernier, nous étions à Paris — c'était magnifique !",
    "Quanto costa? Più o meno trenta euro, perché è già tardi.",
    "Você não está sozinho; ações são necessárias.",
    "¿Dónde está la biblioteca? ¡Está allí, señor!",
    "नमस्ते, आप कैसे हैं? मैं ठीक हूँ, धन्यवाद।",
    "สวัสดีครับ วันนี้อากาศดีมาก ผมอยากไปเที่ยวทะเล",
    "def fib(n: int) -> int:\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n",
    "Emoji: 🦙🚀👍🏽 and 家族 👨‍👩‍👧‍👦 — done.",
    "Numbers 1234567 and 3.14159, dates 2024-07-23,   spaces\t\ttabs\n\n\nlines",
    "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|>",
    "   leading and trailing   ",
    "I'M SHOUTING, they're whispering, we'll see, you'd know, it's fine",
]


@pytest.fixture(scope="module")
def reference() -> tiktoken.Encoding:
    ranks = load_tiktoken_ranks(TOKENIZER_MODEL)
    specials = {token: len(ranks) + i for i, token in enumerate(llama3_special_tokens())}
    return tiktoken.Encoding("llama3", pat_str=LLAMA3_SPLIT_PATTERN, mergeable_ranks=ranks, special_tokens=specials)


@pytest.mark.parametrize("text", SAMPLES)
def test_multilingual_sample(loaded_engine: EngineClient, reference: tiktoken.Encoding, text: str) -> None:
    assert loaded_engine.tokenize(text) == reference.encode(text, allowed_special="all")


def test_strings_from_random_token_ids(loaded_engine: EngineClient, reference: tiktoken.Encoding) -> None:
    """Decoded random ids reach rare merges that a natural sample never touches."""
    rng = random.Random(20241123)
    mismatches = []
    for _ in range(300):
        ids = [rng.randrange(128000) for _ in range(rng.randint(1, 12))]
        text = reference.decode(ids)  # invalid UTF-8 becomes U+FFFD, as in a real string
        expected = reference.encode(text, disallowed_special=())
        got = loaded_engine.tokenize(text, special=False)
        if got != expected:
            mismatches.append((text, got, expected))
    assert mismatches == []


def test_every_single_token_round_trips(loaded_engine: EngineClient, reference: tiktoken.Encoding) -> None:
    """A sample of single tokens: each must tokenize back to itself."""
    rng = random.Random(7)
    for token in rng.sample(range(128000), 400):
        raw = reference.decode_single_token_bytes(token)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        assert loaded_engine.tokenize(text, special=False) == reference.encode(text, disallowed_special=())


def test_detokenizing_gives_meta_s_text(loaded_engine: EngineClient, reference: tiktoken.Encoding) -> None:
    """Token ids back to text: every token longer than 32 bytes (runs of spaces in code,
    rules of '=' and '-') and random sequences, special tokens included."""
    long_tokens = [t for t in range(128000) if len(reference.decode_single_token_bytes(t)) > 32]
    assert len(long_tokens) > 200
    assert loaded_engine.detokenize(long_tokens) == reference.decode(long_tokens)
    rng = random.Random(99)
    for _ in range(100):
        ids = [rng.randrange(128256) for _ in range(rng.randint(1, 16))]
        assert loaded_engine.detokenize(ids) == reference.decode(ids)
