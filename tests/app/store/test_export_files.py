"""Export files are written completely or not at all, a conversation at a time."""

from __future__ import annotations

import json
import os
import tracemalloc
from pathlib import Path

import pytest

from app.store.conversations import create_conversation
from app.store.database import Database
from app.store.errors import ExportWriteError
from app.store.export_files import export_to_file
from app.store.export_json import dumps, export_json
from app.store.export_markdown import export_markdown
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


def test_the_streamed_file_is_the_export_document(db: Database, tmp_path: Path) -> None:
    from tests.app.store.test_export_import import _fill

    export_to_file(db, None, tmp_path / "none.json")  # no conversations yet
    assert (tmp_path / "none.json").read_text(encoding="utf-8") == dumps(export_json(db))
    _fill(db)  # branches, an empty conversation, Thai and Hindi text
    export_to_file(db, None, tmp_path / "all.json")
    export_to_file(db, None, tmp_path / "all.md")
    assert (tmp_path / "all.json").read_text(encoding="utf-8") == dumps(export_json(db))
    assert (tmp_path / "all.md").read_text(encoding="utf-8") == export_markdown(db)


def test_a_large_export_is_written_without_holding_it_whole(db: Database, tmp_path: Path) -> None:
    for index in range(160):  # 8 MB of JSON
        create_conversation(db, title=f"c{index}", settings={"notes": f"{index} " + "x" * 50_000})
    tracemalloc.start()
    try:
        export_to_file(db, None, tmp_path / "big.json")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    size = (tmp_path / "big.json").stat().st_size
    assert size > 8_000_000 and peak < size / 4, f"the export held {peak:,} bytes for a {size:,}-byte file"
