"""Scripted Llama GGUFs: a tiny Llama 3.1 whose reply is fixed, on any CPU.

A random-weight model's greedy choice can flip when llama.cpp runs other SIMD kernels
(AVX-512 against AVX2 against plain C sum floats in other orders), so a test cannot
assert what it says. This model is a fixed Markov chain over tokens, with margins of
~128 logits, so no rounding can change its choice, greedy or sampled:

- every layer adds nothing to the residual stream: its attention and feed-forward
  blocks compute on random weights, but their output matrices (`attn_output`,
  `ffn_down`) are zero, so they add exact zeros (a NaN or infinity anywhere in them
  would still show, as a broken reply). The final hidden state is the current token's
  embedding, normalized;
- each token of the script has a one-hot embedding in a dimension of its own; every
  other token shares dimension 0;
- the untied `output.weight` row of the wanted next token holds a large value in the
  current token's dimension, and every other entry is zero.

The logits therefore depend on the last token only. Llama 3.1's generation prompt ends
with "\\n\\n" (after the assistant header), so whatever the conversation, the reply is
the chain that starts there: the reply's tokens, then <|eot_id|> (or, for an endless
model, the reply again and again). A token outside the script, "\\n\\n" among them, leads
to the reply's first token.

Everything else is the tiny model's: Meta's real tokenizer, the Llama 3.1 chat template,
llama3 rope scaling, grouped-query attention, a 131,072-token trained context.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Optional, Sequence, Union

import numpy as np

from app.dev.llama3_vocab import build_llama3_vocab, bytes_to_token_text
from app.dev.tiny_model import CHAT_TEMPLATE_FILE, LLAMA3_TOKENIZER, TINY, llama3_metadata, tensor_specs
from app.errors import InvalidRequestError
from app.gguf_file import MetaValue, TensorSpec, write_gguf
from app.jobs import CancelToken, ProgressCallback
from app.llama.architecture import LlamaArchitecture

# The tiny model's dimensions (n_embd 256: K-quants apply, and up to 255 script tokens
# that lead elsewhere than the reply's start) with an output matrix of its own.
SCRIPTED = replace(TINY, tied_embeddings=False)
SCRIPTED_NAME = "Paddock scripted Llama 3.1"
# The Llama 3.1 template's generation prompt ends with "<|end_header_id|>\n\n"; "\n\n" is
# one token (271), the one a reply starts after.
GENERATION_PROMPT_END = "\n\n"
# A one-hot embedding of 1.0 becomes sqrt(n_embd) after RMS norm (16 for 256 dimensions);
# times 8 gives a logit of ~128 for the scripted next token and exactly 0 for all others.
_EMBEDDING_VALUE = 1.0
_OUTPUT_VALUE = 8.0
_DEFAULT_DIMENSION = 0
# Layer weights that compute something nobody uses (their blocks' outputs are zeroed).
_COMPUTING = ("attn_q.weight", "attn_k.weight", "attn_v.weight", "ffn_gate.weight", "ffn_up.weight")


@dataclass(frozen=True)
class Script:
    """What a scripted model does: after `start` (and after any token outside the
    script) it writes `reply`, then ends the turn, or for an endless model writes the
    reply again and again."""

    reply: tuple[int, ...]
    endless: bool
    start: int
    end_of_turn: int

    def next_tokens(self) -> dict[int, int]:
        """Each scripted token's successor. InvalidRequestError when the reply needs more
        than the last token to know what comes next (a token followed by two different
        tokens)."""
        if self.endless and not self.reply:
            raise InvalidRequestError("An endless scripted model needs a reply to repeat.")
        chain = [self.start, *self.reply]
        following = [*self.reply, self.reply[0] if self.endless else self.end_of_turn] if self.reply else [self.end_of_turn]
        successors: dict[int, int] = {}
        for token, after in zip(chain, following):
            if successors.setdefault(token, after) != after:
                raise InvalidRequestError(
                    f"Token {token} of the reply is followed by {successors[token]} once and by {after} "
                    "later: a scripted model only knows its last token. Use a reply in which every "
                    "token that repeats is followed by the same token each time."
                )
        return successors


def scripted_dimensions(script: Script, n_embd: int) -> tuple[dict[int, int], dict[int, int]]:
    """(token -> embedding dimension, successor of each dimension). Tokens whose
    successor is the reply's first token share dimension 0 with every unscripted one."""
    successors = script.next_tokens()
    first = script.reply[0] if script.reply else script.end_of_turn
    dimension_of: dict[int, int] = {}
    next_of_dimension = {_DEFAULT_DIMENSION: first}
    for token, after in successors.items():
        if after == first:
            continue
        dimension_of[token] = len(next_of_dimension)
        next_of_dimension[dimension_of[token]] = after
    if len(next_of_dimension) > n_embd:
        raise InvalidRequestError(
            f"The reply has {len(next_of_dimension) - 1} distinct tokens that lead elsewhere than "
            f"its start; a scripted model of width {n_embd} holds at most {n_embd - 1}. Use a shorter reply."
        )
    return dimension_of, next_of_dimension


def _tokenize(metadata: list[MetaValue], text: str, folder: Path) -> list[int]:
    """`text` as llama.cpp's tokenizer for this vocabulary splits it: the engine's own
    tokenizer, which tests/app/engine/test_tokenizer_parity.py checks against Meta's."""
    from app.engine.llama_backend import tokenize_with_model

    with tempfile.TemporaryDirectory(dir=folder, prefix=".vocab-") as scratch:
        vocab_only = write_gguf(Path(scratch) / "vocab.gguf", "llama", metadata, [], lambda spec: np.zeros(0))
        return tokenize_with_model(vocab_only, text, special=False)


def write_scripted_llama(
    path: Path,
    reply: Union[str, Sequence[int]],
    *,
    endless: bool = False,
    shape: LlamaArchitecture = SCRIPTED,
    seed: int = 0,
    name: str = SCRIPTED_NAME,
    tokenizer_model: Path = LLAMA3_TOKENIZER,
    chat_template: Optional[str] = None,
    progress: Optional[ProgressCallback] = None,
    cancel: Optional[CancelToken] = None,
) -> Path:
    """Write an F16 scripted Llama GGUF that answers `reply` to anything (then ends its
    turn), or with `endless`, `reply` repeated until it is stopped or runs out of room.

    `reply` is text, split into tokens by the model's own tokenizer, or token ids (to
    spell a text otherwise than the tokenizer would, as a sampled reply may).

    InvalidRequestError when the reply cannot be scripted (see Script.next_tokens).
    Quantizing the file keeps the reply: zeros stay exact zeros and the one-hot values
    keep margins far above any quantization error (checked with Q2_K, Q3_K_M, IQ4_XS,
    Q4_0, Q4_K_M, Q5_K_M, Q6_K and Q8_0; tests check Q8_0 and Q4_K_M). `seed` only sets
    the weights whose work is discarded.
    """
    if shape.tied_embeddings:
        raise InvalidRequestError("A scripted model needs its own output matrix (tied_embeddings=False).")
    path = Path(path)
    template = chat_template if chat_template is not None else CHAT_TEMPLATE_FILE.read_text()
    shape, metadata = llama3_metadata(shape, tokenizer_model, template, name)
    vocab_size = shape.n_vocab
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(reply, str):
        reply_tokens = _tokenize(metadata, reply, path.parent) if reply else []
    else:
        reply_tokens = [int(t) for t in reply]
        if not all(0 <= t < vocab_size for t in reply_tokens):
            raise InvalidRequestError(f"Reply token ids must be between 0 and {vocab_size - 1}.")
    vocab = build_llama3_vocab(tokenizer_model)
    start = vocab.tokens.index(bytes_to_token_text(GENERATION_PROMPT_END.encode()))
    script = Script(tuple(reply_tokens), endless, start, vocab.eot_id)
    dimension_of, next_of_dimension = scripted_dimensions(script, shape.n_embd)

    rng = np.random.default_rng(seed)

    def produce(spec: TensorSpec) -> np.ndarray:
        if spec.name == "rope_freqs.weight":
            return shape.rope_factors()
        if spec.name.endswith("norm.weight"):
            return np.ones(spec.shape, dtype=np.float32)
        if spec.name.endswith(_COMPUTING):
            weights = rng.standard_normal(spec.shape, dtype=np.float32)
            weights *= 0.02
            return weights.astype(np.float16)
        weights = np.zeros(spec.shape, dtype=np.float16)  # attn_output, ffn_down: the blocks add nothing
        if spec.name == "token_embd.weight":
            weights[:, _DEFAULT_DIMENSION] = _EMBEDDING_VALUE
            for token, dimension in dimension_of.items():
                weights[token, _DEFAULT_DIMENSION] = 0
                weights[token, dimension] = _EMBEDDING_VALUE
        elif spec.name == "output.weight":
            for dimension, after in next_of_dimension.items():
                weights[after, dimension] = _OUTPUT_VALUE
        return weights

    specs = tensor_specs(shape)
    return write_gguf(path, "llama", metadata, specs, produce, progress=progress, cancel=cancel)
