"""What a launch asks of the window: the model file on its command line, and another
launch's arguments arriving at the running window (see ui/single_instance.py)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Optional, Sequence

from ui.widgets.main_window import MainWindow

log = logging.getLogger(__name__)


def model_argument(args: Sequence[str]) -> Optional[Path]:
    """The first .gguf file among the arguments (a double-clicked model, `paddock x.gguf`)."""
    return next((Path(arg) for arg in args if arg.lower().endswith(".gguf")), None)


def accept_launch(window: MainWindow, args: Sequence[str]) -> Optional[Path]:
    """Another launch handed over `args`: bring the window forward and open the model it
    names, as if chosen here (the controller ignores it while busy). Returns the model."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    model = model_argument(args)
    if model is not None:
        log.info("opening %s, handed over by another launch", model)
        window.open_model(model)
    return model
