"""Imports that must lose nothing and say so when they cannot: ChatGPT trees with broken
parent links, conversations without ids imported twice, JSON nested without end, zip
bombs, and files too large to hold whole in memory."""

from __future__ import annotations

import json
import tracemalloc
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from app.store.conversations import list_conversations
from app.store.database import Database
from app.store.errors import ImportFormatError
from app.store.export_json import export_json
from app.store.import_files import MAX_INFLATION, MIN_INFLATION_LIMIT, import_file
from app.store.importing import CONTENT_UUID_PREFIX
from app.store.messages import all_messages, thread
from app.store.opening import open_store
from app.store.records import Role


def _node(nid: str, parent: Any, text: str, when: float, role: str = "user", children: Any = ()) -> dict[str, Any]:
    return {"id": nid, "parent": parent, "children": list(children), "message": {
        "id": nid, "author": {"role": role}, "create_time": when,
        "content": {"content_type": "text", "parts": [text]}}}


def _conversation(mapping: dict[str, Any], title: str = "Loop", **extra: Any) -> dict[str, Any]:
    return {"title": title, "create_time": 1700000000, "mapping": mapping, **extra}


def _write(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_a_cycle_of_parents_is_cut_and_every_message_kept_in_time_order(db: Database, tmp_path: Path) -> None:
    # no root: the question's parent is the answer, the answer's parent the question
    mapping = {
        "a1": _node("a1", "u1", "Equal parts flour and water.", 1700000002, "assistant", ["u1"]),
        "u1": _node("u1", "a1", "How do I feed a starter?", 1700000001, children=["a1"]),
    }
    result = import_file(db, _write(tmp_path / "cycle.json", [_conversation(mapping, conversation_id="c-1")]))
    assert (result.imported, result.messages, result.left_out) == (1, 2, ())
    shown = thread(db, result.conversation_ids[0])
    assert [(m.role, m.content) for m in shown] == [
        (Role.USER, "How do I feed a starter?"), (Role.ASSISTANT, "Equal parts flour and water.")]
    assert shown[0].parent_id is None and shown[1].parent_id == shown[0].id


def test_a_node_that_is_its_own_parent_or_forgotten_by_its_parent_is_kept(db: Database, tmp_path: Path) -> None:
    mapping = {
        "u1": _node("u1", "u1", "Hallo", 1700000001),  # its own parent
        "a1": _node("a1", "u1", "Hallo!", 1700000002, "assistant"),  # u1 does not list it as a child
    }
    result = import_file(db, _write(tmp_path / "self.json", [_conversation(mapping, conversation_id="c-2")]))
    assert [m.content for m in thread(db, result.conversation_ids[0])] == ["Hallo", "Hallo!"]


def test_a_conversation_without_text_is_left_out_and_said(db: Database, tmp_path: Path) -> None:
    hidden = {"r": {"id": "r", "parent": None, "children": [], "message": None}}
    only_empty = _write(tmp_path / "empty.json", [_conversation(hidden, "Empty", conversation_id="c-3")])
    with pytest.raises(ImportFormatError) as caught:
        import_file(db, only_empty)
    assert caught.value.detail == (
        f"Nothing in {only_empty} could be imported: conversation 1 (\"Empty\") holds no user or assistant text."
    )
    good = _conversation({"u": _node("u", None, "Hallo", 1700000001)}, "Good", conversation_id="c-4")
    result = import_file(db, _write(tmp_path / "mixed.json", [good, _conversation(hidden, "Empty", id="c-5")]))
    assert (result.imported, result.messages) == (1, 1)
    assert result.left_out == ("conversation 2 (\"Empty\") holds no user or assistant text",)
    with pytest.raises(ImportFormatError, match="holds no conversations"):
        import_file(db, _write(tmp_path / "none.json", []))
    assert [c.title for c in list_conversations(db)] == ["Good"]


def test_the_same_export_without_ids_is_imported_once(db: Database, tmp_path: Path) -> None:
    def export() -> list[dict[str, Any]]:
        return [_conversation({"u": _node("u", None, "Wie backe ich Brot?", 1700000001),
                               "a": _node("a", "u", "Mehl, Wasser, Salz.", 1700000002, "assistant")}, "Brot"),
                _conversation({"u": _node("u", None, "Hallo", 1700000003)}, "Hallo")]

    first = import_file(db, _write(tmp_path / "first.json", export()))
    again = import_file(db, _write(tmp_path / "again.json", export()))
    assert (first.imported, again.imported, again.skipped) == (2, 0, 2)
    assert len(list_conversations(db)) == 2
    ids = [c["id"] for c in export_json(db)["conversations"]]
    assert all(i.startswith(CONTENT_UUID_PREFIX) for i in ids) and len(set(ids)) == 2


@pytest.mark.parametrize("document", ["[" * 200_000 + "]" * 200_000, '{"format": ' + "[" * 200_000])
def test_json_nested_without_end_is_a_clear_error(db: Database, tmp_path: Path, document: str) -> None:
    path = tmp_path / "deep.json"
    path.write_text(document)
    with pytest.raises(ImportFormatError, match="nested too deeply"):
        import_file(db, path)


def test_deeply_nested_settings_are_refused_with_the_place(db: Database, tmp_path: Path) -> None:
    settings: dict[str, Any] = {}
    for _ in range(200):
        settings = {"x": settings}
    document = {"format": "paddock.conversations", "version": 1, "conversations": [{
        "id": "c", "title": "", "title_source": "none", "created_at": "2025-01-01T00:00:00.000Z",
        "updated_at": "2025-01-01T00:00:00.000Z", "pinned": False, "model": None, "settings": settings,
        "system_prompt": "", "current_message_id": None, "messages": []}]}
    with pytest.raises(ImportFormatError, match=r"conversations\[0\]\.settings: nested more than 32 levels deep"):
        import_file(db, _write(tmp_path / "deep.json", document))


def test_a_zip_bomb_stops_at_its_limit_and_imports_nothing(db: Database, tmp_path: Path) -> None:
    bomb = tmp_path / "chatgpt-export.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive, archive.open("conversations.json", "w") as out:
        out.write(b'[{"title": "x", "mapping": {}}, {"title": "')
        for _ in range(MIN_INFLATION_LIMIT // (1 << 20) + 1):
            out.write(b"a" * (1 << 20))
        out.write(b'", "mapping": {}}]')
    compressed = zipfile.ZipFile(bomb).getinfo("conversations.json").compress_size
    assert bomb.stat().st_size < 100_000  # 17 MB of JSON in a few kilobytes
    with pytest.raises(ImportFormatError) as caught:
        import_file(db, bomb)
    assert caught.value.detail == (
        f"{bomb}: its conversations.json inflates to more than {MIN_INFLATION_LIMIT:,} bytes, over "
        f"{MAX_INFLATION} times its {compressed:,} compressed bytes. No real export compresses that well, "
        "so the import stopped and nothing was imported."
    )
    assert list_conversations(db) == []


def test_a_large_export_is_imported_without_holding_it_whole(tmp_path: Path) -> None:
    # 8 MB of JSON, each conversation carrying 50 kB of settings (not indexed, so quick to store)
    with open_store(tmp_path / "source.sqlite3") as source:
        from app.store.conversations import create_conversation

        for index in range(160):
            create_conversation(source.connection(), title=f"c{index}", settings={"notes": f"{index} " + "x" * 50_000})
        path = tmp_path / "big.json"
        path.write_text(json.dumps(export_json(source.connection())), encoding="utf-8")
    size = path.stat().st_size
    with open_store(tmp_path / "target.sqlite3") as target:
        tracemalloc.start()
        try:
            result = import_file(target.connection(), path)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert result.imported == 160
    assert peak < size / 2, f"the import held {peak:,} bytes for a {size:,}-byte file"


# Trees with every kind of broken link: parents that are missing, the node itself, any
# other node (cycles of any length), or not a string; children lists that lie.
_IDS = [f"n{i}" for i in range(8)]
_PARENTS = st.one_of(st.none(), st.sampled_from(_IDS), st.just("elsewhere"), st.integers(), st.lists(st.text()))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(_PARENTS, st.lists(st.sampled_from(_IDS), max_size=3),
                          st.one_of(st.floats(allow_nan=True), st.integers(), st.none())),
                min_size=1, max_size=len(_IDS)))
def test_every_message_of_a_broken_tree_is_imported_once(tmp_path: Path, nodes: list[Any]) -> None:
    mapping = {nid: {"id": nid, "parent": parent, "children": children, "message": {
        "id": nid, "author": {"role": "user"}, "create_time": when,
        "content": {"content_type": "text", "parts": [f"text of {nid}"]}}}
        for nid, (parent, children, when) in zip(_IDS, nodes)}
    path = tmp_path / "broken.json"
    path.write_text(json.dumps([_conversation(mapping)]), encoding="utf-8")  # NaN and Infinity included
    with open_store(tmp_path / f"{len(list(tmp_path.iterdir()))}.sqlite3") as store:
        result = import_file(store.connection(), path)
        stored = all_messages(store.connection(), result.conversation_ids[0])
    assert sorted(m.content for m in stored) == sorted(f"text of {nid}" for nid in mapping)
    place = {m.id: i for i, m in enumerate(stored)}
    assert all(m.parent_id is None or place[m.parent_id] < place[m.id] for m in stored)
