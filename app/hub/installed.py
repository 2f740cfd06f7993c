"""Installed models: the models folder and referenced files, read from their GGUF headers.

Each model shows its real architecture, quantization and size (read by
`app.gguf_file.read_gguf_info`, a fraction of a second per file); a split GGUF is one
model. A model can be in Paddock's models folder (downloaded or imported: deleting it
frees the space) or referenced where it already is (another app's folder, any file a
person picks: Paddock never deletes those, it only forgets the reference).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

from app.errors import QT_TRANSLATE_NOOP, AppError, Cancelled, InvalidRequestError, ModelFileError
from app.gguf_file import GgufInfo, read_gguf_info, split_parts
from app.hub import records
from app.hub.disk_space import DEFAULT_RESERVE_BYTES, disk_free_bytes
from app.hub.errors import DiskSpaceError, DownloadConflictError
from app.hub.progress import format_bytes
from app.jobs import CancelToken, ProgressCallback, ProgressUpdate, check, report

REFERENCES_FILE = "references.json"  # in the models folder
REFERENCES_FORMAT = 1  # stored on disk: {"format": 1, "paths": [absolute paths]}
IMPORT_FOLDER = "imported"
COPY_BLOCK = 8 << 20

# Where a model lives. Stable words (the UI translates them).
SOURCES = ("models_folder", "reference", "hf_cache", "lm_studio", "ollama")


@dataclass(frozen=True)
class LocalModel:
    name: str
    path: Path  # the file to open: the first part of a split model
    parts: tuple[Path, ...]
    size: int  # bytes on disk, all parts
    architecture: str
    quantization: str
    source: str
    repo_id: Optional[str] = None
    problem: Optional[str] = None  # damaged, truncated or parts missing: why it cannot be used
    parameters: int = 0  # from the GGUF headers, all parts; 0 when unknown
    trained_context: int = 0  # the context length the model was trained for; 0 when unknown
    # `problem` as the error it came from (a marked template and its parameters, for the window)
    problem_error: Optional[AppError] = field(default=None, compare=False, repr=False)

    @property
    def managed(self) -> bool:
        """In Paddock's models folder: deleting it frees its space."""
        return self.source == "models_folder"


@dataclass(frozen=True)
class PartialDownload:
    """A paused or interrupted download: resumable by downloading the same file again."""

    record: records.DownloadRecord
    part: Path
    have: int


def describe_model(first: Path, *, name: str, source: str, repo_id: Optional[str] = None) -> LocalModel:
    """A model from its (first) file: header facts, or what is wrong with it."""
    parts = tuple(split_parts(Path(first)))
    present = [p for p in parts if p.is_file()]
    size = sum(p.stat().st_size for p in present)
    architecture = quantization = "?"
    problem: Optional[AppError] = None
    parameters = trained_context = 0
    try:
        info = read_gguf_info(parts[0])
        architecture, quantization, trained_context = info.architecture, info.file_type, info.context_length
        parameters = _parameters(info) + sum(_parameters(read_gguf_info(p)) for p in present if p != parts[0])
    except ModelFileError as exc:
        problem = ModelFileError(exc.template, **exc.params)  # without the traceback and its frames
    missing = [p.name for p in parts if p not in present]
    if missing and parts[0] in present:
        problem = ModelFileError(
            QT_TRANSLATE_NOOP("AppError", "{missing} of its {total} parts are missing: {names}"),
            missing=len(missing),
            total=len(parts),
            names=", ".join(missing[:3]),
        )
    return LocalModel(
        name=name, path=parts[0], parts=parts, size=size, architecture=architecture,
        quantization=quantization, source=source, repo_id=repo_id,
        problem=problem.detail if problem is not None else None, parameters=parameters,
        trained_context=trained_context, problem_error=problem,
    )


def _parameters(info: GgufInfo) -> int:
    total = 0
    for tensor in info.tensors:
        n = 1
        for d in tensor.shape:
            n *= d
        total += n
    return total


def first_parts(paths: Iterable[Path]) -> list[Path]:
    """One path per model: split parts are folded into their first part."""
    seen: dict[Path, None] = {}
    for path in paths:
        seen.setdefault(split_parts(Path(path))[0], None)
    return list(seen)


def scan_models_folder(models_dir: Path) -> list[LocalModel]:
    models_dir = Path(models_dir)
    if not models_dir.is_dir():
        return []
    found = []
    for first in first_parts(sorted(models_dir.rglob("*.gguf"))):
        source = records.read_record(records.source_path(first))
        name = first.relative_to(models_dir).as_posix()
        found.append(describe_model(first, name=name, source="models_folder", repo_id=source and source.repo_id))
    return found


def list_partial_downloads(models_dir: Path) -> list[PartialDownload]:
    found = []
    for state_file in sorted(Path(models_dir).rglob("*" + records.STATE_SUFFIX)) if Path(models_dir).is_dir() else []:
        record = records.read_record(state_file)
        final = state_file.with_name(state_file.name[: -len(records.STATE_SUFFIX)])
        part = records.part_path(final)
        if record is not None:
            found.append(PartialDownload(record, part, part.stat().st_size if part.exists() else 0))
    return found


class ReferenceList:
    """Files used where they are, listed in `MODELS/references.json`."""

    def __init__(self, models_dir: Path) -> None:
        self.file = Path(models_dir) / REFERENCES_FILE

    def paths(self) -> list[Path]:
        try:
            raw = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        if not isinstance(raw, dict) or raw.get("format") != REFERENCES_FORMAT:
            return []
        return [Path(p) for p in raw.get("paths", []) if isinstance(p, str)]

    def add(self, path: Path) -> None:
        path = Path(path).absolute()
        paths = self.paths()
        if path not in paths:
            self._save(paths + [path])

    def remove(self, path: Path) -> None:
        self._save([p for p in self.paths() if p != Path(path).absolute()])

    def models(self) -> list[LocalModel]:
        return [describe_model(p, name=p.name, source="reference") for p in self.paths()]

    def _save(self, paths: list[Path]) -> None:
        self.file.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.file.with_name(self.file.name + ".tmp")
        temporary.write_text(
            json.dumps({"format": REFERENCES_FORMAT, "paths": [str(p) for p in paths]}, indent=1), encoding="utf-8"
        )
        os.replace(temporary, self.file)


def list_installed(models_dir: Path) -> list[LocalModel]:
    """Everything Paddock can run: its models folder, then the referenced files."""
    return scan_models_folder(models_dir) + ReferenceList(models_dir).models()


def delete_model(model: LocalModel, models_dir: Path) -> int:
    """Remove a model; return the bytes freed on disk (0 for a reference: the file stays)."""
    models_dir = Path(models_dir)
    if model.source == "reference":
        ReferenceList(models_dir).remove(model.path)
        return 0
    if not model.managed:
        raise InvalidRequestError(
            QT_TRANSLATE_NOOP(
                "AppError",
                "{name} belongs to another app ({source}); delete it there. Paddock deletes "
                "only models in its own models folder.",
            ),
            name=model.name,
            source=model.source,
        )
    root = models_dir.resolve()
    freed = 0
    for part in model.parts:
        if root not in part.resolve().parents:
            raise InvalidRequestError(
                QT_TRANSLATE_NOOP("AppError", "{path} is not inside the models folder {folder}."),
                path=part,
                folder=models_dir,
            )
        if part.exists():
            stat = part.stat()
            freed += stat.st_size if stat.st_nlink == 1 else 0  # another hard link keeps the bytes
            part.unlink()
        for extra in (records.source_path(part), records.part_path(part), records.state_path(part)):
            extra.unlink(missing_ok=True)
    folder = model.path.parent
    while folder != models_dir and root in folder.resolve().parents and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
    return freed


def delete_partial(partial: PartialDownload) -> int:
    """Throw away a paused download; return the bytes freed."""
    size = partial.part.stat().st_size if partial.part.exists() else 0
    partial.part.unlink(missing_ok=True)
    final = partial.part.with_name(partial.part.name[: -len(records.PART_SUFFIX)])
    records.state_path(final).unlink(missing_ok=True)
    return size


def import_model(
    source: Path,
    models_dir: Path,
    *,
    name: Optional[str] = None,
    reference: bool = False,
    progress: Optional[ProgressCallback] = None,
    cancel: Optional[CancelToken] = None,
    free_space: Callable[[Path], int] = disk_free_bytes,
    reserve_bytes: int = DEFAULT_RESERVE_BYTES,
) -> LocalModel:
    """Copy a GGUF (all parts) into `MODELS/imported/`, or only reference it where it is.

    `name` names the copy (Ollama's blobs are called sha256-...). The header is checked
    first: a file that is not a whole GGUF is refused with ModelFileError.
    """
    first = split_parts(Path(source))[0]
    model = describe_model(first, name=first.name, source="reference")
    if model.problem:
        raise ModelFileError(
            QT_TRANSLATE_NOOP("AppError", "{path} cannot be used: {cause}"),
            path=first,
            cause=model.problem_error or model.problem,
        )
    if reference:
        ReferenceList(models_dir).add(first)
        return describe_model(first.absolute(), name=first.name, source="reference")
    stem = (name or first.name).removesuffix(".gguf")
    if len(model.parts) > 1:
        stem = split_stem(stem)
        targets = [
            Path(models_dir) / IMPORT_FOLDER / f"{stem}-{i:05d}-of-{len(model.parts):05d}.gguf"
            for i in range(1, len(model.parts) + 1)
        ]
    else:
        targets = [Path(models_dir) / IMPORT_FOLDER / f"{stem}.gguf"]
    if any(t.exists() for t in targets):
        raise DownloadConflictError(
            QT_TRANSLATE_NOOP("AppError", "{path} already exists; choose another name or delete it first."),
            path=targets[0],
        )
    targets[0].parent.mkdir(parents=True, exist_ok=True)
    free = free_space(targets[0].parent)
    if free - model.size < reserve_bytes:
        raise DiskSpaceError(
            QT_TRANSLATE_NOOP(
                "AppError",
                "Not enough disk space to copy {name} ({size}); "
                "{free} is free. Free some space, or reference the file where it is instead.",
            ),
            name=first.name,
            size=format_bytes(model.size),
            free=format_bytes(free),
        )
    _copy_all(list(model.parts), targets, model.size, progress, cancel)
    return describe_model(targets[0], name=targets[0].relative_to(models_dir).as_posix(), source="models_folder")


def split_stem(name: str) -> str:
    """'x-00001-of-00003' -> 'x'."""
    parts = split_parts(Path(name + ".gguf"))
    return parts[0].name.removesuffix(".gguf").rsplit("-", 3)[0] if len(parts) > 1 else name


def _copy_all(
    sources: list[Path], targets: list[Path], total: int, progress: Optional[ProgressCallback],
    cancel: Optional[CancelToken],
) -> None:
    """Copy through `.part` files and rename only when every part is complete."""
    temporaries = [records.part_path(t) for t in targets]
    done = 0
    try:
        for source, temporary in zip(sources, temporaries, strict=True):
            with source.open("rb") as reader, temporary.open("wb") as writer:
                while block := reader.read(COPY_BLOCK):
                    check(cancel)
                    writer.write(block)
                    done += len(block)
                    report(progress, ProgressUpdate("copy", done, total, source.name))
                writer.flush()
                os.fsync(writer.fileno())
    except (Cancelled, OSError) as exc:
        for temporary in temporaries:
            temporary.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise ModelFileError(
                QT_TRANSLATE_NOOP("AppError", "Could not copy {name}: {reason}"),
                name=sources[0].name,
                reason=exc.strerror or exc,
            ) from exc
        raise
    for temporary, target in zip(temporaries, targets, strict=True):
        os.replace(temporary, target)
