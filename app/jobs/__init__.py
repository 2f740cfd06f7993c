"""Long operations and the processes they run in.

The package owns what every long job in `app/` shares: stopping it (CancelToken,
`check`), reporting how far it got (ProgressUpdate, `report`), and running a part of
it in a child process (`child_process`, the one place in app/ that starts processes).
The child-process helper is imported from its own module so that a job that never
starts a process does not load multiprocessing.
"""

from app.jobs.cancel import CancelToken, check
from app.jobs.progress import ProgressCallback, ProgressUpdate, report

__all__ = ["CancelToken", "ProgressCallback", "ProgressUpdate", "check", "report"]
