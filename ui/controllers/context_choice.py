"""The decisions behind the "does not fit" choice (ui/widgets/context_full.py): the longer
context to offer, and the planner's word on whether it fits (the models window's cost, as
the load settings dialog asks it)."""

from __future__ import annotations

from typing import Callable, Optional

from app.chat.context_meter import DROP_OLDEST, RELOAD, ContextUsage
from app.engine.settings import LoadSettings, ModelInfo
from app.planner.load_cost import LoadCost
from ui.controllers.models_controller import ModelsController

__all__ = ["DROP_OLDEST", "RELOAD", "ContextUsage", "FitAnswer", "PlanReload", "longer_context", "planner_check"]

FitAnswer = Callable[[bool], None]
PlanReload = Callable[[LoadSettings, FitAnswer], None]  # asks the planner whether a load fits


def longer_context(info: ModelInfo, needed: int) -> Optional[int]:
    """The next context length (a power of two, at least double) that holds `needed`
    tokens, within what the model was trained for (when the file says); None when none."""
    n_ctx = info.n_ctx * 2
    while n_ctx < needed:
        n_ctx *= 2
    limit = info.n_ctx_train or n_ctx
    if n_ctx <= limit:
        return n_ctx
    return limit if limit > info.n_ctx and limit >= needed else None


def planner_check(models: ModelsController) -> PlanReload:
    """A reload's fit, from the planner that the load settings dialog asks."""

    def plan(settings: LoadSettings, answer: FitAnswer) -> None:
        def on_cost(cost: LoadCost) -> None:
            if cost.settings.n_ctx == settings.n_ctx:
                models.costChanged.disconnect(on_cost)
                answer(cost.fits)

        models.costChanged.connect(on_cost)
        models.plan_model(settings.model_path)
        models.plan_settings(settings, auto_layers=True)

    return plan
