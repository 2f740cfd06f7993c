"""The small JSON files kept next to downloads: what a `.part` file is, where a model came from.

For `MODEL.gguf` in a models folder:
- `MODEL.gguf.part`       the bytes received so far (a prefix of the real file);
- `MODEL.gguf.part.json`  a DownloadRecord: which repo, commit and sha256 these bytes
                          belong to, so a resume after a restart continues the right file;
- `MODEL.gguf.paddock.json` the same record once the file is verified and installed
                          (the models list shows the repo; a re-download is skipped).
Stored on disk: never change the meaning of a key or reuse one; add keys, bump FORMAT
only for incompatible changes (older Paddocks then ignore the record, which is safe).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any, Optional

FORMAT = 1
PART_SUFFIX = ".part"
STATE_SUFFIX = ".part.json"
SOURCE_SUFFIX = ".paddock.json"
LOCK_SUFFIX = ".lock"


@dataclass(frozen=True)
class DownloadRecord:
    repo_id: str
    revision: str  # as asked for: a branch, tag or commit
    commit: str  # what it resolved to when the download started
    filename: str  # path inside the repo
    size: int
    sha256: Optional[str]
    git_oid: str
    endpoint: str
    verified_mtime_ns: Optional[int] = None  # set once the whole .part matched the checksum

    def same_bytes(self, other: "DownloadRecord") -> bool:
        """Whether both records describe the same file content."""
        return (self.size, self.sha256, self.git_oid) == (other.size, other.sha256, other.git_oid)

    def verified(self, mtime_ns: int) -> "DownloadRecord":
        return replace(self, verified_mtime_ns=mtime_ns)


def part_path(final: Path) -> Path:
    return final.with_name(final.name + PART_SUFFIX)


def state_path(final: Path) -> Path:
    return final.with_name(final.name + STATE_SUFFIX)


def source_path(final: Path) -> Path:
    return final.with_name(final.name + SOURCE_SUFFIX)


def lock_path(final: Path) -> Path:
    return final.with_name(final.name + LOCK_SUFFIX)


def read_record(path: Path) -> Optional[DownloadRecord]:
    """The record at `path`, or None if missing, unreadable or from an unknown format."""
    try:
        raw: Any = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        return None
    try:
        return DownloadRecord(
            repo_id=str(raw["repo_id"]),
            revision=str(raw["revision"]),
            commit=str(raw["commit"]),
            filename=str(raw["filename"]),
            size=int(raw["size"]),
            sha256=raw.get("sha256"),
            git_oid=str(raw["git_oid"]),
            endpoint=str(raw["endpoint"]),
            verified_mtime_ns=raw.get("verified_mtime_ns"),
        )
    except (KeyError, TypeError, ValueError):
        return None


def write_record(path: Path, record: DownloadRecord) -> None:
    """Write atomically: a crash leaves the old record or the new one, never half of one."""
    path = Path(path)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps({"format": FORMAT, **asdict(record)}, indent=1), encoding="utf-8")
    os.replace(temporary, path)
