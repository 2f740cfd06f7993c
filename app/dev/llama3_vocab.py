"""Meta's Llama 3 tokenizer (tiktoken format) as a GGUF byte-level BPE vocabulary.

`tokenizer.model` lists 128,000 base64 byte strings with their ranks. GGUF's "gpt2"
tokenizer wants each token as a GPT-2 byte-to-unicode string, a token type, and the BPE
merges. tiktoken has no merge list: it merges by rank. A merge list that reproduces it
must contain every split of a token into two tokens of the vocabulary (ordered by the
token's rank), not just one split per token, or rare words become unreachable.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# Meta's Llama 3 pre-tokenizer split pattern (llama.cpp calls it "llama-bpe").
LLAMA3_SPLIT_PATTERN = (
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}|"
    r" ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"
)
NUM_SPECIAL_TOKENS = 256
BOS_TOKEN = "<|begin_of_text|>"
EOT_TOKEN = "<|eot_id|>"

# Llama 3.1's named special tokens, in id order from 128000; the rest are reserved.
_NAMED_SPECIALS = (
    "<|begin_of_text|>",
    "<|end_of_text|>",
    "<|reserved_special_token_0|>",
    "<|reserved_special_token_1|>",
    "<|finetune_right_pad_id|>",
    "<|reserved_special_token_2|>",
    "<|start_header_id|>",
    "<|end_header_id|>",
    "<|eom_id|>",
    "<|eot_id|>",
    "<|python_tag|>",
)

# GGUF token types (llama.cpp's llama_token_type): stored on disk, never change.
TOKEN_TYPE_NORMAL = 1
TOKEN_TYPE_CONTROL = 3


def llama3_special_tokens() -> list[str]:
    """The 256 special tokens of Llama 3.1, ids 128000..128255."""
    reserved = [
        f"<|reserved_special_token_{3 + i}|>"
        for i in range(NUM_SPECIAL_TOKENS - len(_NAMED_SPECIALS))
    ]
    return list(_NAMED_SPECIALS) + reserved


@lru_cache(maxsize=1)
def _byte_to_unicode() -> dict[int, str]:
    """GPT-2's reversible map from bytes to printable unicode characters."""
    printable = (
        list(range(ord("!"), ord("~") + 1))
        + list(range(ord("¡"), ord("¬") + 1))
        + list(range(ord("®"), ord("ÿ") + 1))
    )
    mapping = {b: chr(b) for b in printable}
    extra = 0
    for b in range(256):
        if b not in mapping:
            mapping[b] = chr(256 + extra)
            extra += 1
    return mapping


def bytes_to_token_text(raw: bytes) -> str:
    table = _byte_to_unicode()
    return "".join(table[b] for b in raw)


def load_tiktoken_ranks(path: Path) -> dict[bytes, int]:
    """Read a tiktoken BPE file: one `base64 rank` pair per line."""
    ranks: dict[bytes, int] = {}
    with Path(path).open("rb") as handle:
        for line in handle:
            if not line.strip():
                continue
            token_b64, rank = line.split()
            ranks[base64.b64decode(token_b64)] = int(rank)
    return ranks


def derive_merges(ranks: dict[bytes, int]) -> list[tuple[bytes, bytes]]:
    """Every (left, right) split of each token into two vocabulary tokens, by rank."""
    found: list[tuple[int, int, int, bytes, bytes]] = []
    for token, rank in ranks.items():
        for cut in range(1, len(token)):
            left, right = token[:cut], token[cut:]
            left_rank = ranks.get(left)
            right_rank = ranks.get(right)
            if left_rank is not None and right_rank is not None:
                found.append((rank, left_rank, right_rank, left, right))
    found.sort()
    return [(left, right) for _, _, _, left, right in found]


@dataclass(frozen=True)
class Llama3Vocab:
    tokens: list[str]
    token_types: list[int]
    merges: list[str]
    bos_id: int
    eot_id: int


@lru_cache(maxsize=2)
def build_llama3_vocab(tokenizer_model: Path) -> Llama3Vocab:
    """The full Llama 3.1 vocabulary (128,256 tokens) for a GGUF file (cached: ~2 s)."""
    ranks = load_tiktoken_ranks(tokenizer_model)
    base = [""] * len(ranks)
    for raw, rank in ranks.items():
        base[rank] = bytes_to_token_text(raw)
    specials = llama3_special_tokens()
    tokens = base + specials
    types = [TOKEN_TYPE_NORMAL] * len(base) + [TOKEN_TYPE_CONTROL] * len(specials)
    merges = [
        f"{bytes_to_token_text(left)} {bytes_to_token_text(right)}"
        for left, right in derive_merges(ranks)
    ]
    return Llama3Vocab(
        tokens=tokens,
        token_types=types,
        merges=merges,
        bos_id=len(base) + specials.index(BOS_TOKEN),
        eot_id=len(base) + specials.index(EOT_TOKEN),
    )
