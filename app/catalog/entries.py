"""models_catalog.yaml -> frozen CatalogEntry objects, validated on load.

The catalog is data shipped with Paddock: the Llama models offered, their architecture
numbers (what the planner and the tiny-model builder need), their licence, the original
Hugging Face repository (for conversion) and the community GGUF repositories with the
file name per quantization. A broken catalog is refused with a message naming the model
and the field, never half-loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, Mapping, Optional

from app.catalog.embedding_entries import EmbeddingEntry, parse_embedding_entry
from app.errors import QT_TRANSLATE_NOOP, AppError
from app.gguf_file import split_parts
from app.llama.architecture import LlamaArchitecture
from app.llama.rope import Llama3RopeScaling
from app.paths import data_file

CATALOG_FILE = data_file("models_catalog.yaml")
CATALOG_SCHEMA = 2
# llama.cpp file types Paddock knows how to size and plan (see app/model_size.py).
KNOWN_QUANTS = ("Q2_K", "Q3_K_M", "IQ4_XS", "Q4_K_M", "Q5_K_M", "Q6_K", "Q8_0", "F16")
PURPOSES = ("chat", "safety")


class CatalogError(AppError):
    kind = "catalog"


@dataclass(frozen=True)
class Family:
    id: str
    licence: str
    licence_url: str
    gated: bool


@dataclass(frozen=True)
class GgufDownload:
    """Where one quantization of a model can be downloaded: all parts, in order."""

    repo: str
    quant: str
    parts: tuple[str, ...]  # paths inside the repo; one entry unless the model is split

    @property
    def is_split(self) -> bool:
        return len(self.parts) > 1


@dataclass(frozen=True)
class CatalogEntry:
    id: str
    name: str
    family: str
    hf_repo: str
    architecture: LlamaArchitecture
    purpose: str = "chat"
    licence: Optional[Family] = None
    downloads: tuple[GgufDownload, ...] = ()
    quants: tuple[str, ...] = KNOWN_QUANTS

    def download(self, quant: str) -> Optional[GgufDownload]:
        """The GGUF to download for `quant`, or None when it must be made locally
        (convert `hf_repo`, then quantize)."""
        return next((d for d in self.downloads if d.quant == quant), None)


@dataclass(frozen=True)
class Catalog:
    entries: tuple[CatalogEntry, ...]  # the Llamas (chat and safety)
    quants: tuple[str, ...] = KNOWN_QUANTS
    embedding_models: tuple[EmbeddingEntry, ...] = ()  # `kind: embedding`: never offered for chat

    def embedding_model(self, model_id: str) -> EmbeddingEntry:
        for entry in self.embedding_models:
            if entry.id == model_id:
                return entry
        known = ", ".join(e.id for e in self.embedding_models)
        raise CatalogError(
            QT_TRANSLATE_NOOP("AppError", "Unknown embedding model {model_id}. Known embedding models: {known}."),
            model_id=repr(model_id), known=known,
        )

    def model(self, model_id: str) -> CatalogEntry:
        for entry in self.entries:
            if entry.id == model_id:
                return entry
        known = ", ".join(e.id for e in self.entries)
        raise CatalogError(
            QT_TRANSLATE_NOOP("AppError", "Unknown model {model_id}. Known models: {known}."),
            model_id=repr(model_id), known=known,
        )

    @property
    def chat_models(self) -> tuple[CatalogEntry, ...]:
        return tuple(e for e in self.entries if e.purpose == "chat")


# --- validation helpers --------------------------------------------------------------


def _fields(raw: Any, where: str, required: Mapping[str, type], optional: Mapping[str, type] = {}) -> dict:
    """Check a mapping has exactly the known keys with the right types."""
    if not isinstance(raw, dict):
        raise CatalogError(
            QT_TRANSLATE_NOOP("AppError", "{where}: expected a mapping, got {type}."), where=where, type=type(raw).__name__
        )
    missing = [k for k in required if k not in raw]
    if missing:
        raise CatalogError(
            QT_TRANSLATE_NOOP("AppError", "{where}: missing field(s) {fields}."), where=where, fields=", ".join(missing)
        )
    unknown = [k for k in raw if k not in required and k not in optional]
    if unknown:
        raise CatalogError(
            QT_TRANSLATE_NOOP("AppError", "{where}: unknown field(s) {fields}."),
            where=where, fields=", ".join(map(str, unknown)),
        )
    for key, value in raw.items():
        expected = required.get(key) or optional.get(key)
        ok = isinstance(value, expected) and not (expected in (int, float) and isinstance(value, bool))
        if expected is float:
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        if value is None and key in optional:
            ok = True
        if not ok:
            raise CatalogError(
                QT_TRANSLATE_NOOP("AppError", "{where}: field {key} must be {type}, got {value}."),
                where=where, key=repr(key), type=expected.__name__, value=repr(value),
            )
    return raw


_ARCH_FIELDS = {
    "n_layer": int, "n_embd": int, "n_head": int, "n_kv_head": int, "head_dim": int, "n_ff": int,
    "n_vocab": int, "context_length": int, "tied_embeddings": bool, "rope_theta": float,
}
_ROPE_FIELDS = {"factor": float, "low_freq_factor": float, "high_freq_factor": float, "original_context": int}


def _architecture(raw: Any, where: str) -> LlamaArchitecture:
    raw = _fields(raw, where, _ARCH_FIELDS, {"rope_scaling": dict})
    scaling = raw.get("rope_scaling")
    spec = None
    if scaling is not None:
        scaling = _fields(scaling, f"{where}.rope_scaling", _ROPE_FIELDS)
        spec = Llama3RopeScaling(
            float(scaling["factor"]), float(scaling["low_freq_factor"]),
            float(scaling["high_freq_factor"]), int(scaling["original_context"]),
        )
    values = {k: raw[k] for k in _ARCH_FIELDS}
    values["rope_theta"] = float(values["rope_theta"])
    arch = LlamaArchitecture(**values, rope_scaling=spec)
    problems = arch.problems()
    if problems:
        raise CatalogError(QT_TRANSLATE_NOOP("AppError", "{where}: {problems}."), where=where, problems="; ".join(problems))
    if arch.n_embd_q != arch.n_embd:
        raise CatalogError(
            QT_TRANSLATE_NOOP(
                "AppError",
                "{where}: n_head x head_dim ({n_head} x {head_dim}) != n_embd ({n_embd}); "
                "every Llama 3 model has n_embd = n_head x head_dim.",
            ),
            where=where, n_head=arch.n_head, head_dim=arch.head_dim, n_embd=arch.n_embd,
        )
    return arch


def split_part_names(path: str) -> tuple[str, ...]:
    """All parts of a split GGUF given the first (`x-00001-of-00003.gguf`), or (path,)."""
    parts = split_parts(PurePosixPath(path))
    if parts[0] != PurePosixPath(path):
        raise CatalogError(
            QT_TRANSLATE_NOOP("AppError", "{path}: name the first part of a split model (-00001-of-...)."), path=path
        )
    return tuple(str(part) for part in parts)


def _downloads(raw: Any, where: str, quants: tuple[str, ...]) -> tuple[GgufDownload, ...]:
    if not isinstance(raw, list):
        raise CatalogError(QT_TRANSLATE_NOOP("AppError", "{where}: gguf must be a list of repositories."), where=where)
    found: dict[str, GgufDownload] = {}
    for i, item in enumerate(raw):
        item = _fields(item, f"{where}.gguf[{i}]", {"repo": str, "files": dict})
        for quant, path in item["files"].items():
            if quant not in KNOWN_QUANTS:
                raise CatalogError(
                    QT_TRANSLATE_NOOP("AppError", "{where}: unknown quantization {quant}; known: {known}."),
                    where=where, quant=repr(quant), known=", ".join(KNOWN_QUANTS),
                )
            if quant not in quants:
                raise CatalogError(
                    QT_TRANSLATE_NOOP("AppError", "{where}: {quant} has a file but is not offered (quantizations)."),
                    where=where, quant=quant,
                )
            if not isinstance(path, str) or not path.endswith(".gguf"):
                raise CatalogError(
                    QT_TRANSLATE_NOOP("AppError", "{where}: {quant} file must be a .gguf path, got {path}."),
                    where=where, quant=quant, path=repr(path),
                )
            if quant not in found:  # first repository listing a quantization wins
                found[quant] = GgufDownload(item["repo"], quant, split_part_names(path))
    return tuple(found[q] for q in quants if q in found)


def _families(raw: Any) -> dict[str, Family]:
    if not isinstance(raw, dict) or not raw:
        raise CatalogError(QT_TRANSLATE_NOOP("AppError", "The catalog has no families (licences)."))
    return {
        key: Family(key, **_fields(value, f"family {key}", {"licence": str, "licence_url": str, "gated": bool}))
        for key, value in raw.items()
    }


def parse_catalog(raw: Any, source: str = "catalog") -> Catalog:
    """Validate parsed YAML and build the catalog; raise CatalogError naming the fault."""
    raw = _fields(raw, source, {"schema": int, "quantizations": list, "families": dict, "models": list})
    if raw["schema"] != CATALOG_SCHEMA:
        raise CatalogError(
            QT_TRANSLATE_NOOP("AppError", "{source}: schema {schema} is not supported (expected {expected})."),
            source=source, schema=raw["schema"], expected=CATALOG_SCHEMA,
        )
    quants = tuple(raw["quantizations"])
    for quant in quants:
        if quant not in KNOWN_QUANTS:
            raise CatalogError(
                QT_TRANSLATE_NOOP("AppError", "{where}: unknown quantization {quant}; known: {known}."),
                where=source, quant=repr(quant), known=", ".join(KNOWN_QUANTS),
            )
    families = _families(raw["families"])
    entries: list[CatalogEntry] = []
    embedding: list[EmbeddingEntry] = []
    seen: set[str] = set()
    for i, item in enumerate(raw["models"]):
        where = f"{source}: model #{i + 1}"
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            where = f"{source}: model {item['id']}"
        if isinstance(item, dict) and "kind" in item:
            if item["kind"] != "embedding":
                raise CatalogError(
                    QT_TRANSLATE_NOOP("AppError", "{where}: kind must be embedding (or left out for a Llama)."), where=where
                )
            if item.get("id") in seen:
                raise CatalogError(
                    QT_TRANSLATE_NOOP("AppError", "{where}: duplicate id {id}."), where=where, id=repr(item["id"])
                )
            seen.add(item.get("id"))
            embedding.append(parse_embedding_entry(item, where, families, _fields, _downloads, CatalogError))
            continue
        item = _fields(
            item, where,
            {"id": str, "name": str, "family": str, "purpose": str, "hf_repo": str, "architecture": dict, "gguf": list},
        )
        if item["id"] in seen:
            raise CatalogError(QT_TRANSLATE_NOOP("AppError", "{where}: duplicate id {id}."), where=where, id=repr(item["id"]))
        seen.add(item["id"])
        if item["family"] not in families:
            raise CatalogError(
                QT_TRANSLATE_NOOP("AppError", "{where}: unknown family {family}."), where=where, family=repr(item["family"])
            )
        if item["purpose"] not in PURPOSES:
            raise CatalogError(
                QT_TRANSLATE_NOOP("AppError", "{where}: purpose must be one of {purposes}."),
                where=where, purposes=", ".join(PURPOSES),
            )
        if item["hf_repo"].count("/") != 1:
            raise CatalogError(
                QT_TRANSLATE_NOOP("AppError", "{where}: hf_repo must be 'owner/name', got {repo}."),
                where=where, repo=repr(item["hf_repo"]),
            )
        entries.append(
            CatalogEntry(
                id=item["id"],
                name=item["name"],
                family=item["family"],
                hf_repo=item["hf_repo"],
                architecture=_architecture(item["architecture"], f"{where}.architecture"),
                purpose=item["purpose"],
                licence=families[item["family"]],
                downloads=_downloads(item["gguf"], where, quants),
                quants=quants,
            )
        )
    if not entries:
        raise CatalogError(QT_TRANSLATE_NOOP("AppError", "{source}: no models."), source=source)
    return Catalog(tuple(entries), quants, tuple(embedding))


def load_catalog(path: Path = CATALOG_FILE) -> Catalog:
    import yaml  # here, not at the top: read when the catalog is, not at start

    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise CatalogError(
            QT_TRANSLATE_NOOP("AppError", "The model catalog {path} cannot be read: {reason}"), path=path, reason=exc
        ) from exc
    return parse_catalog(raw, Path(path).name)
