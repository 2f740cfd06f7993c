"""Run inside a private mount namespace on a tiny tmpfs: a download meets a really full disk.

Usage: python -m tests.app.hub.disk_full_child ENDPOINT REPO FILE FOLDER
FOLDER is a small tmpfs. When the first bytes have arrived, another "program" fills
the disk; the download must stop with DiskSpaceError and keep its bytes. Then the
space is freed and the same download resumes. Prints one JSON line with what happened.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from pathlib import Path

from app.hub import records
from app.hub.download import download_model
from app.hub.errors import DiskSpaceError
from app.hub.hub_api import HubClient
from app.hub.transfer import RetryPolicy
from app.jobs import ProgressUpdate


def main(endpoint: str, repo_id: str, filename: str, folder: Path) -> dict:
    hub = HubClient(endpoint)
    filler = folder / "other-program.bin"
    final = folder / filename
    outcome: dict = {"free_at_start": shutil.disk_usage(folder).free}

    def fill_the_disk(update: ProgressUpdate) -> None:
        if update.stage == "download" and not filler.exists():
            free = shutil.disk_usage(folder).free
            with filler.open("wb") as handle:  # leave a little room: the download fails mid-file
                handle.write(b"\0" * (free - 256 * 1024))

    try:
        download_model(
            hub, repo_id, filename, folder, progress=fill_the_disk, reserve_bytes=0,
            retry=RetryPolicy(first_delay_s=0.01),
        )
    except DiskSpaceError as exc:
        outcome["error"] = exc.detail
    outcome["part_size"] = records.part_path(final).stat().st_size
    outcome["installed_after_failure"] = final.exists()
    filler.unlink()
    result = download_model(hub, repo_id, filename, folder, reserve_bytes=0)
    outcome["fetched_on_resume"] = result.fetched_bytes
    outcome["sha256"] = hashlib.sha256(final.read_bytes()).hexdigest()
    return outcome


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], sys.argv[2], sys.argv[3], Path(sys.argv[4]))))
