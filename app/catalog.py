"""models_catalog.yaml -> frozen CatalogEntry objects.

The catalog is data shipped with Paddock: the Llama models offered, their architecture
numbers (what the planner and the tiny-model builder need) and where to get them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

import yaml

from app.errors import AppError
from app.paths import REPO_ROOT

CATALOG_FILE = REPO_ROOT / "models_catalog.yaml"


class CatalogError(AppError):
    kind = "catalog"


@dataclass(frozen=True)
class RopeScalingSpec:
    factor: float
    low_freq_factor: float
    high_freq_factor: float
    original_context: int


@dataclass(frozen=True)
class Architecture:
    n_layer: int
    n_embd: int
    n_head: int
    n_kv_head: int
    head_dim: int
    n_ff: int
    n_vocab: int
    context_length: int
    tied_embeddings: bool
    rope_theta: float
    rope_scaling: Optional[RopeScalingSpec]


@dataclass(frozen=True)
class CatalogEntry:
    id: str
    name: str
    family: str
    hf_repo: str
    architecture: Architecture


@dataclass(frozen=True)
class Catalog:
    entries: tuple[CatalogEntry, ...]

    def model(self, model_id: str) -> CatalogEntry:
        for entry in self.entries:
            if entry.id == model_id:
                return entry
        known = ", ".join(e.id for e in self.entries)
        raise CatalogError(f"Unknown model {model_id!r}. Known models: {known}.")


def _architecture(raw: dict[str, Any]) -> Architecture:
    scaling = raw.get("rope_scaling")
    return Architecture(
        **{k: v for k, v in raw.items() if k != "rope_scaling"},
        rope_scaling=RopeScalingSpec(**scaling) if scaling else None,
    )


def load_catalog(path: Path = CATALOG_FILE) -> Catalog:
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        entries = tuple(
            CatalogEntry(
                id=item["id"],
                name=item["name"],
                family=item["family"],
                hf_repo=item["hf_repo"],
                architecture=_architecture(item["architecture"]),
            )
            for item in raw["models"]
        )
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise CatalogError(f"The model catalog {path} cannot be read: {exc}") from exc
    return Catalog(entries)
