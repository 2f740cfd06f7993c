"""ChatController is put together from parts (ui/controllers/model_choice.py,
chat_branches.py, chat_settings.py mixed into it). The task results it receives across
threads stay slots of the QObject class itself: with on_alternatives_listed in a mixin,
the history task's queued result was handled off the GUI thread, after the conversation
it belongs to was drawn (the ‹ 2/2 › went missing)."""

from __future__ import annotations

from PySide6.QtCore import QMetaMethod

from ui.controllers.chat_controller import ChatController


def test_every_slot_is_defined_on_the_controller_class() -> None:
    meta = ChatController.staticMetaObject
    methods = [meta.method(i) for i in range(meta.methodOffset(), meta.methodCount())]
    slots = {bytes(m.name().data()).decode() for m in methods if m.methodType() == QMetaMethod.MethodType.Slot}
    assert {"on_loaded", "on_alternatives_listed", "on_turn_ended"} <= slots
    assert sorted(name for name in slots if name not in vars(ChatController)) == []

