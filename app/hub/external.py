"""GGUF models other apps already downloaded: the Hugging Face cache, LM Studio, Ollama.

Found models can be referenced where they are (no copy) or imported (copied) with
`app.hub.installed.import_model`. Every root is injectable; `ExternalRoots.defaults()`
knows the usual places:
- Hugging Face cache: HF_HUB_CACHE / HF_HOME, else ~/.cache/huggingface/hub (read with
  huggingface_hub's own cache scanner, through `hub_api`);
- LM Studio: ~/.lmstudio/models (and the older ~/.cache/lm-studio/models), laid out
  publisher/repo/file.gguf;
- Ollama: OLLAMA_MODELS, else ~/.ollama/models (and /usr/share/ollama/.ollama/models for
  the Linux service). Its blobs are GGUF files named `sha256-<hex>`; the manifests under
  `manifests/<registry>/<namespace>/<model>/<tag>` name them.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Optional

from app.hub.installed import LocalModel, describe_model, first_parts

OLLAMA_MODEL_LAYER = "application/vnd.ollama.image.model"
OLLAMA_DEFAULT_REGISTRY = "registry.ollama.ai"


@dataclass(frozen=True)
class ExternalRoots:
    hf_cache: Optional[Path] = None
    lm_studio: tuple[Path, ...] = ()
    ollama: tuple[Path, ...] = ()

    @classmethod
    def defaults(cls, environ: Mapping[str, str] = os.environ, home: Optional[Path] = None) -> "ExternalRoots":
        from app.hub.hub_api import default_hf_cache_dir  # huggingface_hub loads when models are looked for

        home = Path(home) if home is not None else Path.home()
        if environ.get("OLLAMA_MODELS"):
            ollama: tuple[Path, ...] = (Path(environ["OLLAMA_MODELS"]).expanduser(),)
        else:
            ollama = (home / ".ollama" / "models", Path("/usr/share/ollama/.ollama/models"))
        return cls(
            hf_cache=default_hf_cache_dir(),
            lm_studio=(home / ".lmstudio" / "models", home / ".cache" / "lm-studio" / "models"),
            ollama=ollama,
        )


def find_external_models(roots: ExternalRoots) -> list[LocalModel]:
    """Every GGUF model found under `roots`, each file once (by its real path)."""
    found: list[LocalModel] = []
    if roots.hf_cache is not None:
        found += hf_cache_models(roots.hf_cache)
    for root in roots.lm_studio:
        found += lm_studio_models(root)
    for root in roots.ollama:
        found += ollama_models(root)
    unique: dict[Path, LocalModel] = {}
    for model in found:
        unique.setdefault(model.path.resolve(), model)
    return list(unique.values())


def hf_cache_models(cache_dir: Path) -> list[LocalModel]:
    from app.hub.hub_api import scan_hf_cache

    files = [f for f in scan_hf_cache(Path(cache_dir)) if f.filename.lower().endswith(".gguf")]
    by_path = {f.path: f for f in files}
    models = []
    for first in first_parts(sorted(by_path)):
        cached = by_path.get(first)
        if cached is None:  # the first part of a split set is not in the cache
            continue
        models.append(
            describe_model(
                first, name=f"{cached.repo_id}/{cached.filename}@{cached.commit[:8]}", source="hf_cache",
                repo_id=cached.repo_id,
            )
        )
    return models


def lm_studio_models(root: Path) -> list[LocalModel]:
    root = Path(root)
    if not root.is_dir():
        return []
    models = []
    for first in first_parts(sorted(root.rglob("*.gguf"))):
        relative = first.relative_to(root)
        repo_id = "/".join(relative.parts[:2]) if len(relative.parts) >= 3 else None
        models.append(describe_model(first, name=relative.as_posix(), source="lm_studio", repo_id=repo_id))
    return models


def ollama_models(root: Path) -> list[LocalModel]:
    """Models named by Ollama's manifests (one model per blob, all its tags in the name)."""
    root = Path(root)
    names: dict[Path, list[str]] = {}
    for manifest, name in _ollama_manifests(root / "manifests"):
        blob = _ollama_model_blob(root / "blobs", manifest)
        if blob is not None:
            names.setdefault(blob, []).append(name)
    return [
        describe_model(blob, name=", ".join(sorted(tags)), source="ollama")
        for blob, tags in sorted(names.items())
    ]


def _ollama_manifests(folder: Path) -> Iterable[tuple[Path, str]]:
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        parts = path.relative_to(folder).parts
        if len(parts) != 4:
            continue
        registry, namespace, model, tag = parts
        if registry == OLLAMA_DEFAULT_REGISTRY:
            name = f"{model}:{tag}" if namespace == "library" else f"{namespace}/{model}:{tag}"
        else:
            name = f"{registry}/{namespace}/{model}:{tag}"
        found.append((path, name))
    return found


def _ollama_model_blob(blobs: Path, manifest: Path) -> Optional[Path]:
    try:
        layers = json.loads(manifest.read_text(encoding="utf-8")).get("layers", [])
    except (OSError, ValueError, AttributeError):
        return None
    for layer in layers if isinstance(layers, list) else []:
        if isinstance(layer, dict) and layer.get("mediaType") == OLLAMA_MODEL_LAYER:
            digest = str(layer.get("digest", ""))
            blob = blobs / digest.replace(":", "-")
            return blob if digest.startswith("sha256:") and blob.is_file() else None
    return None
