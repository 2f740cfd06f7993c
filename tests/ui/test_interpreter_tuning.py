"""The GUI process's interpreter settings (ui/interpreter_tuning.py) take effect and the
start-up objects leave the collector's walks."""

from __future__ import annotations

import gc
import sys

from ui.interpreter_tuning import GC_THRESHOLDS, SWITCH_INTERVAL_S, freeze_start_up_objects, tune_for_responsiveness


def test_tuning_sets_the_switch_interval_and_thresholds_and_freezes() -> None:
    interval, thresholds = sys.getswitchinterval(), gc.get_threshold()
    try:
        tune_for_responsiveness()
        assert abs(sys.getswitchinterval() - SWITCH_INTERVAL_S) < 1e-9 and gc.get_threshold() == GC_THRESHOLDS
        freeze_start_up_objects()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        sys.setswitchinterval(interval)
        gc.set_threshold(*thresholds)
