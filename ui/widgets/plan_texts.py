"""How the planner's figures read in the window: sizes, speeds, durations, fit badges.

Shared by the load settings dialog and the first run page, so one figure reads the same
everywhere. Literal QCoreApplication.translate() calls (lupdate only sees those); numbers
are formatted for the current locale.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, QLocale

# Binary units under the names people know, as operating systems show memory: a 16 GiB
# machine reads "16.0 GB", and a 24 GiB card "24.0 GB".
GB = 1024**3
MB = 1024**2
# Fit values (app/planner/plan.py Fit): stored values, compared as strings here.
FIT_GPU, FIT_PARTIAL, FIT_RAM, FIT_NONE = "gpu", "partial", "ram", "none"
FIT_COLOURS = {FIT_GPU: "#1b7f3b", FIT_PARTIAL: "#2f6db3", FIT_RAM: "#8a6d00", FIT_NONE: "#b3261e"}


def size_text(n_bytes: int) -> str:
    locale = QLocale()
    if n_bytes < MB:
        return QCoreApplication.translate("PlanTexts", "%1 KB").replace("%1", locale.toString(n_bytes / 1024, "f", 0))
    if n_bytes < GB:
        return QCoreApplication.translate("PlanTexts", "%1 MB").replace("%1", locale.toString(n_bytes / MB, "f", 0))
    return QCoreApplication.translate("PlanTexts", "%1 GB").replace("%1", locale.toString(n_bytes / GB, "f", 1))


def tps_text(tps: Optional[float]) -> str:
    if not tps:
        return QCoreApplication.translate("PlanTexts", "unknown")
    digits = 1 if tps < 10 else 0
    return QCoreApplication.translate("PlanTexts", "about %1 tokens/s").replace("%1", QLocale().toString(tps, "f", digits))


def short_tps_text(tps: float) -> str:
    """For a grid cell: the number and the unit only."""
    digits = 1 if tps < 10 else 0
    return QCoreApplication.translate("PlanTexts", "%1 tokens/s").replace("%1", QLocale().toString(tps, "f", digits))


def duration_text(seconds: Optional[float]) -> str:
    if seconds is None:
        return QCoreApplication.translate("PlanTexts", "unknown")
    locale = QLocale()
    if seconds < 90:
        return QCoreApplication.translate("PlanTexts", "about %1 s").replace("%1", locale.toString(seconds, "f", 0))
    if seconds < 5400:
        return QCoreApplication.translate("PlanTexts", "about %1 min").replace("%1", locale.toString(seconds / 60, "f", 0))
    return QCoreApplication.translate("PlanTexts", "about %1 h").replace("%1", locale.toString(seconds / 3600, "f", 1))


def fit_badge(fit: str) -> str:
    return {
        FIT_GPU: QCoreApplication.translate("PlanTexts", "on GPU"),
        FIT_PARTIAL: QCoreApplication.translate("PlanTexts", "partly on GPU"),
        FIT_RAM: QCoreApplication.translate("PlanTexts", "in RAM"),
        FIT_NONE: QCoreApplication.translate("PlanTexts", "does not fit"),
    }[fit]


def fit_sentence(fit: str, gpu_layers: int, n_layer: int, gpu_name: str) -> str:
    """The verdict of a load, in a sentence."""
    if fit == FIT_GPU:
        return QCoreApplication.translate("PlanTexts", "Fits: every layer runs on %1.").replace("%1", gpu_name)
    if fit == FIT_PARTIAL:
        return (QCoreApplication.translate("PlanTexts", "Fits: %1 of %2 layers run on %3, the rest in RAM.")
                .replace("%1", str(gpu_layers)).replace("%2", str(n_layer)).replace("%3", gpu_name))
    if fit == FIT_RAM:
        return QCoreApplication.translate("PlanTexts", "Fits in RAM (runs on the CPU).")
    return QCoreApplication.translate("PlanTexts", "Does not fit in the memory that is free now.")


def tokens_text(n: int) -> str:
    return QCoreApplication.translate("PlanTexts", "%1 tokens").replace("%1", QLocale().toString(n))


def parameters_text(count: int) -> str:
    locale = QLocale()
    if count >= 1e9:
        return QCoreApplication.translate("PlanTexts", "%1 billion parameters").replace(
            "%1", locale.toString(count / 1e9, "f", 1))
    return QCoreApplication.translate("PlanTexts", "%1 million parameters").replace(
        "%1", locale.toString(count / 1e6, "f", 0))
