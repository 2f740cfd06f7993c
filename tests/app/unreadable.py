"""Files this process really may not read, also when the tests run as root.

A file with mode 000 stops everyone but root, and root reads anything. So a root test
run reads such files with its effective user id dropped to `nobody` (`as_reader`, over
files in a folder `nobody` may enter: `open_folder`), and starts the command line as a
root that lost the power to override file permissions (`unprivileged_child`, for
subprocess's preexec_fn: `nobody` could not even run this Python under /root).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import tempfile
from pathlib import Path
from typing import Callable, Iterator, Optional

NOBODY = 65534
IS_ROOT = os.geteuid() == 0
# linux/prctl.h and linux/capability.h
_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH = 1, 2


@contextlib.contextmanager
def open_folder() -> Iterator[Path]:
    """A fresh folder everyone may enter and write (pytest's tmp_path is closed to other users)."""
    folder = Path(tempfile.mkdtemp(prefix="paddock-unreadable-"))
    folder.chmod(0o777)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def as_reader() -> Iterator[None]:
    """Run the block with the permissions of an ordinary user (`nobody` when root)."""
    if not IS_ROOT:
        yield
        return
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)


def _drop_permission_override() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
        if libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def unprivileged_child() -> Optional[Callable[[], None]]:
    """A preexec_fn after which a child started by root obeys file permissions (None when
    the tests do not run as root: permissions already apply)."""
    return _drop_permission_override if IS_ROOT else None
