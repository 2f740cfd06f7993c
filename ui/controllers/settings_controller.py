"""SettingsController: the person's settings (app/config/settings.py) in the GUI thread.

`apply` saves them (two small files in the config folder) and tells the rest at once:
the load settings dialog reads the default context, KV cache type and threads from
here, and the download thread gets the hub address and token through `hubChanged`. A
new models folder applies at once too (`modelsDirChanged`: the model list, the downloads,
conversions and quantizations move to it). The token is never logged or emitted in
any signal a widget sees; widgets get `token_hint` only.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QObject, Signal

from app.config.settings import UserSettings, load_settings, masked, read_token, save_settings, save_token
from app.engine.settings import default_threads


class SettingsController(QObject):
    settingsChanged = Signal()
    hubChanged = Signal(str, str)  # endpoint, token ("": none): to the download thread only
    modelsDirChanged = Signal(str)  # the models folder of the settings ("": Paddock's own)

    def __init__(self, config_dir: Path) -> None:
        super().__init__()
        self._config_dir = Path(config_dir)
        self.settings: UserSettings = load_settings(self._config_dir)
        self._token: Optional[str] = read_token(self._config_dir)
        self.models_dir_at_start = self.settings.models_dir

    @property
    def token_hint(self) -> str:
        return masked(self._token)

    @property
    def threads(self) -> int:
        return self.settings.threads or default_threads()

    def announce(self) -> None:
        """Send the hub address and token to the download thread (at start)."""
        self.hubChanged.emit(self.settings.hub_endpoint, self._token or "")

    def apply(self, settings: UserSettings, *, token: str = "", forget_token: bool = False) -> bool:
        """Save `settings` (and a new token, or forget the stored one) and apply them; True
        when the models folder changed."""
        folder_changed = settings.models_dir != self.settings.models_dir
        save_settings(self._config_dir, settings)
        if forget_token:
            save_token(self._config_dir, None)
            self._token = None
        elif token.strip():
            save_token(self._config_dir, token)
            self._token = token.strip()
        self.settings = replace(settings)
        self.settingsChanged.emit()
        self.announce()
        if folder_changed:
            self.modelsDirChanged.emit(settings.models_dir)
        return folder_changed
