"""How the GUI process runs Python so that its event loop is not held up by its own threads.

The window shares Python's GIL with the engine, history, planner and download threads. By
default a thread that wants the GIL waits up to 5 ms for the one holding it, and the cyclic
garbage collector runs every 700 new container objects, now and then walking the whole heap.
`benchmarks/ui_latency.py` measured both as the window's longest stalls while a reply
streams (20-100 ms); with a 1 ms switch interval, a young generation of 50,000 objects and
the start-up objects frozen out of the collector's walks they fell to 11-18 ms (README).
Only the GUI process calls this (`ui.main.main`, and the benchmark that measures it); the
engine worker and the tests keep Python's defaults.
"""

from __future__ import annotations

import gc
import sys

SWITCH_INTERVAL_S = 0.001  # Python's default: 0.005
GC_THRESHOLDS = (50_000, 50, 100)  # Python's default: (700, 10, 10)


def tune_for_responsiveness() -> None:
    """The switch interval and collector thresholds above, for the rest of the process."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    gc.set_threshold(*GC_THRESHOLDS)


def freeze_start_up_objects() -> None:
    """Once the window is built: what start-up made lives as long as the app, so the
    collector's full walks need not visit it again (gc.freeze)."""
    gc.collect()
    gc.freeze()
