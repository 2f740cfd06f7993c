"""Catalog entries of `kind: embedding`: the multilingual embedding models Paddock
offers for documents (multilingual-e5 small and base, bge-m3), validated on load.

They are XLM-RoBERTa encoders that llama.cpp's converter writes as GGUF architecture
"bert" (with a SentencePiece "t5" vocabulary), which llama-cpp-python 0.3.36 runs in
embedding mode. They live apart from the Llama entries (Catalog.embedding_models, not
Catalog.entries), so nothing that lists chat models or plans Llamas ever sees them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping, Optional

from app.errors import QT_TRANSLATE_NOOP

POOLINGS = ("mean", "cls")
# Bits per weight of the big matrices, by llama.cpp file type (the 1-D tensors and the
# position and token-type tables stay F32 in these files).
_BITS = {"Q4_K_M": 4.9, "Q5_K_M": 5.7, "Q6_K": 6.5625, "Q8_0": 8.5, "F16": 16.0}
# llama.cpp's K-quant mixes keep the token embeddings (half of these models) at Q6_K.
_TOKEN_BITS = {"Q4_K_M": 6.5625, "Q5_K_M": 6.5625}


@dataclass(frozen=True)
class EmbeddingArchitecture:
    """The numbers of the model's config.json (XLM-RoBERTa / BERT)."""

    n_layer: int
    n_embd: int
    n_head: int
    n_ff: int
    n_vocab: int
    context_length: int
    pooling: str  # the GGUF's own pooling: e5 mean, bge-m3 cls

    @property
    def token_parameters(self) -> int:
        return self.n_vocab * self.n_embd

    @property
    def matrix_parameters(self) -> int:
        """Token embeddings and the layers' matrices (what a quantization shrinks)."""
        e, f = self.n_embd, self.n_ff
        return self.token_parameters + self.n_layer * (4 * e * e + 2 * e * f)

    @property
    def f32_parameters(self) -> int:
        """Positions, token types, biases and norms (kept F32)."""
        e, f = self.n_embd, self.n_ff
        return (self.context_length + 2) * e + 2 * e + self.n_layer * (4 * e + f + e + 4 * e)

    @property
    def parameter_count(self) -> int:
        return self.matrix_parameters + self.f32_parameters


@dataclass(frozen=True)
class EmbeddingEntry:
    id: str
    name: str
    family: str
    hf_repo: str
    architecture: EmbeddingArchitecture
    passage_prefix: str
    query_prefix: str
    licence: Any = None  # entries.Family
    downloads: tuple = ()  # entries.GgufDownload, one per quantization offered

    @property
    def quants(self) -> tuple[str, ...]:
        return tuple(d.quant for d in self.downloads)

    def download(self, quant: str) -> Optional[Any]:
        return next((d for d in self.downloads if d.quant == quant), None)

    def file_bytes(self, quant: str) -> int:
        """The GGUF's size: matrices at the quantization's bits, the rest F32."""
        arch = self.architecture
        layers = arch.matrix_parameters - arch.token_parameters
        tokens = arch.token_parameters * _TOKEN_BITS.get(quant, _BITS[quant])
        return int((layers * _BITS[quant] + tokens) / 8 + arch.f32_parameters * 4)


_ARCH_FIELDS = {"n_layer": int, "n_embd": int, "n_head": int, "n_ff": int, "n_vocab": int,
                "context_length": int, "pooling": str}
_FIELDS = {"id": str, "kind": str, "name": str, "family": str, "hf_repo": str, "architecture": dict,
           "prefixes": dict, "gguf": list}


def parse_embedding_entry(item: Any, where: str, families: Mapping[str, Any], fields: Callable[..., dict],
                          downloads: Callable[[Any, str, tuple[str, ...]], tuple], error: Callable[..., Exception],
                          ) -> EmbeddingEntry:
    """One `kind: embedding` model (the helpers are entries.py's, so the messages match)."""
    item = fields(item, where, _FIELDS)
    if item["family"] not in families:
        raise error(QT_TRANSLATE_NOOP("AppError", "{where}: unknown family {family}."), where=where, family=repr(item["family"]))
    if item["hf_repo"].count("/") != 1:
        raise error(
            QT_TRANSLATE_NOOP("AppError", "{where}: hf_repo must be 'owner/name', got {repo}."),
            where=where, repo=repr(item["hf_repo"]),
        )
    raw = fields(item["architecture"], f"{where}.architecture", _ARCH_FIELDS)
    if raw["pooling"] not in POOLINGS:
        raise error(
            QT_TRANSLATE_NOOP("AppError", "{where}.architecture: pooling must be one of {poolings}."),
            where=where, poolings=", ".join(POOLINGS),
        )
    if raw["n_embd"] % raw["n_head"]:
        raise error(
            QT_TRANSLATE_NOOP("AppError", "{where}.architecture: n_embd ({n_embd}) is not a multiple of n_head ({n_head})."),
            where=where, n_embd=raw["n_embd"], n_head=raw["n_head"],
        )
    prefixes = fields(item["prefixes"], f"{where}.prefixes", {"passage": str, "query": str})
    found = downloads(item["gguf"], where, tuple(_BITS))
    if not found:
        raise error(
            QT_TRANSLATE_NOOP(
                "AppError", "{where}: an embedding model needs at least one GGUF download (it is not made locally)."
            ),
            where=where,
        )
    return EmbeddingEntry(
        id=item["id"], name=item["name"], family=item["family"], hf_repo=item["hf_repo"],
        architecture=EmbeddingArchitecture(**raw), passage_prefix=prefixes["passage"],
        query_prefix=prefixes["query"], licence=families[item["family"]], downloads=found,
    )


# GGUF architectures of encoder embedding models (XLM-RoBERTa is written as "bert"): their
# tokenizer puts [CLS] before and [SEP] after each text.
ENCODER_ARCHITECTURES = ("bert", "nomic-bert", "jina-bert-v2", "modern-bert")

DEFAULT_QUANTS = ("Q8_0", "F16", "Q5_K_M", "Q4_K_M")  # near-lossless first: these models are small


@dataclass(frozen=True)
class EmbeddingOffer:
    """One embedding model to offer for download: its name, where, and its size."""

    entry_id: str
    name: str
    repo: str
    filename: str
    quant: str
    size: int


def embedding_offers(entries: Any) -> list[EmbeddingOffer]:
    """Each catalog embedding model at its preferred quantization (Q8_0 where offered)."""
    offers = []
    for entry in entries:
        quant = next((q for q in DEFAULT_QUANTS if entry.download(q) is not None), None)
        if quant is None and entry.downloads:
            quant = entry.downloads[0].quant
        if quant is None:
            continue
        download = entry.download(quant)
        offers.append(EmbeddingOffer(entry.id, entry.name, download.repo, download.parts[0], quant,
                                     entry.file_bytes(quant) if quant in _BITS else 0))
    return offers
