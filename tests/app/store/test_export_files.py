"""Export files are written completely or not at all."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.store.conversations import create_conversation
from app.store.database import Database
from app.store.errors import ExportWriteError
from app.store.export_files import export_to_file
from app.store.messages import add_message
from app.store.records import Role


@pytest.fixture
def conversation_id(db: Database) -> int:
    conversation = create_conversation(db, title="Brot")
    add_message(db, conversation.id, Role.USER, "Wie backe ich Brot?")
    return conversation.id


def test_format_follows_the_suffix(db: Database, conversation_id: int, tmp_path: Path) -> None:
    export_to_file(db, [conversation_id], tmp_path / "a" / "brot.md")
    assert (tmp_path / "a" / "brot.md").read_text(encoding="utf-8").startswith("# Brot")
    export_to_file(db, [conversation_id], tmp_path / "brot.json")
    assert json.loads((tmp_path / "brot.json").read_text())["conversations"][0]["title"] == "Brot"
    export_to_file(db, None, tmp_path / "all.txt", markdown=True)
    assert "Wie backe ich Brot?" in (tmp_path / "all.txt").read_text()
    assert not list(tmp_path.rglob("*.partial"))


def test_unwritable_target_is_a_clear_error_and_keeps_the_old_file(db: Database, conversation_id: int,
                                                                   tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("keep")
    with pytest.raises(ExportWriteError) as caught:
        export_to_file(db, [conversation_id], not_a_folder / "x.md")
    assert "could not be written" in caught.value.detail and str(not_a_folder) in caught.value.detail
    assert not_a_folder.read_text() == "keep"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into read-only folders")
def test_read_only_folder_keeps_the_old_export(db: Database, conversation_id: int, tmp_path: Path) -> None:
    read_only = tmp_path / "ro"
    read_only.mkdir()
    (read_only / "old.md").write_text("old")
    read_only.chmod(0o500)
    try:
        with pytest.raises(ExportWriteError):
            export_to_file(db, [conversation_id], read_only / "old.md")
    finally:
        read_only.chmod(0o700)
    assert (read_only / "old.md").read_text() == "old"
