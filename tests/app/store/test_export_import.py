"""Export to JSON (exact round trip) and Markdown; import of Paddock JSON and of
ChatGPT's conversations.json (plain or zipped)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from app.chat.messages import ReplyStats, StopReason
from app.store.conversations import create_conversation, list_conversations, set_pinned
from app.store.database import Database
from app.store.errors import ImportFormatError
from app.store.export_json import dumps, export_json, parse_paddock_json
from app.store.export_markdown import export_markdown
from app.store.import_chatgpt import parse_chatgpt_export
from app.store.import_files import import_file
from app.store.importing import store_imported
from app.store.messages import add_message, edit_user_message, siblings, thread
from app.store.opening import open_store
from app.store.records import MessageStatus, Role, TitleSource
from app.store.search import search
from app.store.streaming import StreamingReply


def _fill(db: Database) -> None:
    first = create_conversation(db, title="Brot backen", model="Llama 3.2 1B",
                                settings={"n_ctx": 8192, "temperature": 0.7}, system_prompt="Antworte kurz.",
                                created_ms=1_700_000_000_123)
    question = add_message(db, first.id, Role.USER, "Wie backe ich Brot? `code` **fett**", created_ms=1_700_000_001_000)
    reply = StreamingReply(db, first.id, model="Llama 3.2 1B", settings={"temperature": 0.7})
    reply.add("Mehl, Wasser, Salz und Hefe.")
    reply.finish(ReplyStats(57, 12, 9, 0.123456789, 456.5, 21.25, StopReason.END_OF_TURN))
    edit_user_message(db, question.id, "Wie backe ich Brötchen?")
    cut = StreamingReply(db, first.id)
    cut.add("Zuerst den Teig…")
    cut.fail("The model's worker process crashed (SIGSEGV).")
    set_pinned(db, first.id, True)

    second = create_conversation(db, created_ms=1_700_000_100_000)
    add_message(db, second.id, Role.USER, "ข้าวผัด กับ दुनिया", created_ms=1_700_000_100_500)
    add_message(db, second.id, Role.ASSISTANT, "ครึ่งทาง", status=MessageStatus.INTERRUPTED)
    create_conversation(db, title="empty", created_ms=1_700_000_200_000)


def test_json_round_trip_is_exact(tmp_path: Path) -> None:
    with open_store(tmp_path / "a.sqlite3") as source:
        _fill(source.connection())
        exported = dumps(export_json(source.connection()))
    document = json.loads(exported)
    assert document["format"] == "paddock.conversations" and document["version"] == 1
    assert [len(c["messages"]) for c in document["conversations"]] == [4, 2, 0]

    with open_store(tmp_path / "b.sqlite3") as target:
        result = store_imported(target.connection(), parse_paddock_json(document))
        assert (result.imported, result.skipped, result.messages) == (3, 0, 6)
        assert dumps(export_json(target.connection())) == exported
        # every branch came along, and the one shown is the same
        db = target.connection()
        shown = thread(db, result.conversation_ids[0])
        assert [m.content for m in shown] == ["Wie backe ich Brötchen?", "Zuerst den Teig…"]
        assert len(siblings(db, shown[0].id)) == 2
        assert [h.message_id for h in search(db, "brotchen")] == [shown[0].id]  # imported rows are indexed

        again = store_imported(db, parse_paddock_json(document))  # the same file twice adds nothing
        assert (again.imported, again.skipped) == (0, 3)
        assert len(list_conversations(db)) == 3


def test_export_of_chosen_conversations(db: Database) -> None:
    _fill(db)
    document = export_json(db, [2])
    assert [c["messages"][0]["content"] for c in document["conversations"]] == ["ข้าวผัด กับ दुनिया"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format="something-else"), "not a Paddock"),
        (lambda d: d.update(version=99), "newer Paddock"),
        (lambda d: d["conversations"][0].pop("title"), 'conversations[0]: the field "title" is missing'),
        (lambda d: d["conversations"][0]["messages"][1].update(role="wizard"), "conversations[0].messages[1].role"),
        (lambda d: d["conversations"][0]["messages"][1].update(parent_id="nope"), "not an earlier message"),
        (lambda d: d["conversations"][0].update(created_at="yesterday"), "created_at"),
        (lambda d: d["conversations"][0]["messages"][1]["stats"].update(tokens_per_s="fast"), "tokens_per_s"),
    ],
)
def test_bad_paddock_files_are_refused_with_the_place(db: Database, change, message: str) -> None:  # type: ignore[no-untyped-def]
    _fill(db)
    document = json.loads(dumps(export_json(db)))
    change(document)
    with pytest.raises(ImportFormatError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse_paddock_json(document)


def test_markdown_shows_the_branch_on_screen(db: Database) -> None:
    _fill(db)
    text = export_markdown(db)
    assert text.startswith("# Brot backen\n")
    assert "model Llama 3.2 1B" in text and "Antworte kurz." in text
    assert "## You\n\nWie backe ich Brötchen?" in text and "Wie backe ich Brot?" not in text
    assert "*(failed: The model's worker process crashed (SIGSEGV).)*" in text
    assert "*(interrupted: Paddock closed while this reply was written)*" in text
    assert text.count("\n---\n") == 2 and "# Untitled conversation" in text


CHATGPT = [
    {
        "title": "Sourdough help",
        "create_time": 1700000000.5,
        "update_time": 1700000500.25,
        "conversation_id": "c0ffee00-0000-4000-8000-000000000001",
        "default_model_slug": "gpt-4o",
        "current_node": "a2",
        "mapping": {
            "root": {"id": "root", "message": None, "parent": None, "children": ["sys"]},
            "sys": {"id": "sys", "parent": "root", "children": ["u1", "u1b"], "message": {
                "id": "sys", "author": {"role": "system"}, "content": {"content_type": "text", "parts": [""]},
                "metadata": {"is_visually_hidden_from_conversation": True}}},
            "u1": {"id": "u1", "parent": "sys", "children": ["a1"], "message": {
                "id": "u1", "author": {"role": "user"}, "create_time": 1700000001.0,
                "content": {"content_type": "text", "parts": ["How do I feed a starter?"]}, "status": "finished_successfully"}},
            "a1": {"id": "a1", "parent": "u1", "children": [], "message": {
                "id": "a1", "author": {"role": "assistant"}, "create_time": 1700000002.0,
                "content": {"content_type": "text", "parts": ["Equal parts flour and water."]},
                "metadata": {"model_slug": "gpt-4o"}, "status": "finished_successfully", "recipient": "all"}},
            "u1b": {"id": "u1b", "parent": "sys", "children": ["tool"], "message": {
                "id": "u1b", "author": {"role": "user"}, "create_time": 1700000003.0,
                "content": {"content_type": "multimodal_text", "parts": [
                    {"content_type": "image_asset_pointer", "asset_pointer": "file-x"}, "Is this one ready?"]}}},
            "tool": {"id": "tool", "parent": "u1b", "children": ["a2"], "message": {
                "id": "tool", "author": {"role": "assistant"}, "recipient": "python",
                "content": {"content_type": "code", "text": "print(1)"}}},
            "a2": {"id": "a2", "parent": "tool", "children": [], "message": {
                "id": "a2", "author": {"role": "assistant"}, "create_time": 1700000004.0,
                "content": {"content_type": "text", "parts": ["Yes, it doubled: über ready."]},
                "metadata": {"model_slug": "gpt-4o-mini"}, "status": "finished_successfully"}},
        },
    },
    {"title": None, "create_time": 1700001000, "update_time": None, "id": "second", "current_node": None,
     "mapping": {"n": {"id": "n", "parent": None, "children": [], "message": {
         "id": "n", "author": {"role": "user"}, "content": {"content_type": "text", "parts": ["Hallo"]}}}}},
]


def _chatgpt_file(tmp_path: Path, zipped: bool) -> Path:
    if not zipped:
        path = tmp_path / "conversations.json"
        path.write_text(json.dumps(CHATGPT), encoding="utf-8")
        return path
    path = tmp_path / "chatgpt-export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("chat.html", "<html></html>")
        archive.writestr("conversations.json", json.dumps(CHATGPT))
    return path


@pytest.mark.parametrize("zipped", [False, True])
def test_chatgpt_import(db: Database, tmp_path: Path, zipped: bool) -> None:
    result = import_file(db, _chatgpt_file(tmp_path, zipped))
    assert (result.imported, result.messages, result.left_out) == (2, 5, ())

    sourdough, hallo = result.conversation_ids
    shown = thread(db, sourdough)  # current_node: the edited question and its answer
    assert [(m.role, m.content) for m in shown] == [
        (Role.USER, "[image]\nIs this one ready?"),
        (Role.ASSISTANT, "Yes, it doubled: über ready."),
    ]
    assert shown[1].model == "gpt-4o-mini" and shown[1].parent_id == shown[0].id  # the tool call was skipped
    assert shown[0].created_ms == 1_700_000_003_000 and shown[0].parent_id is None  # hidden system dropped
    assert [m.content for m in siblings(db, shown[0].id)] == ["How do I feed a starter?", "[image]\nIs this one ready?"]
    first = siblings(db, shown[0].id)[0]
    assert [m.content for m in thread(db, sourdough, leaf_id=first.id + 1)] == [
        "How do I feed a starter?", "Equal parts flour and water."]

    conversations = {c.id: c for c in list_conversations(db)}
    assert conversations[sourdough].title == "Sourdough help" and conversations[sourdough].model == "gpt-4o"
    assert conversations[hallo].title == ""
    assert [m.content for m in thread(db, hallo)] == ["Hallo"]
    assert [h.message_id for h in search(db, "uber ready")] == [shown[1].id]

    again = import_file(db, _chatgpt_file(tmp_path, zipped), "chatgpt")
    assert (again.imported, again.skipped) == (0, 2)


def test_unknown_files_are_refused(db: Database, tmp_path: Path) -> None:
    for name, content in [("a.json", "{\"hello\": 1}"), ("b.json", "not json"), ("c.json", "[1, 2]")]:
        path = tmp_path / name
        path.write_text(content)
        with pytest.raises(ImportFormatError):
            import_file(db, path)
    empty_zip = tmp_path / "e.zip"
    with zipfile.ZipFile(empty_zip, "w") as archive:
        archive.writestr("other.txt", "x")
    with pytest.raises(ImportFormatError, match="without a conversations.json"):
        import_file(db, empty_zip)
    with pytest.raises(ImportFormatError, match="Cannot read"):
        import_file(db, tmp_path / "missing.json")
    assert list_conversations(db) == []


def test_imported_titles_are_marked(db: Database) -> None:
    (conversation,) = parse_chatgpt_export(CHATGPT[:1])
    assert conversation.title_source is TitleSource.IMPORTED
