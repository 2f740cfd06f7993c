"""Search in every UI language: Thai inside sentences, Hindi, diacritics folded both ways,
ranked results with highlighted snippets, filters, short queries."""

from __future__ import annotations

import pytest

from app.errors import InvalidRequestError
from app.store.conversations import create_conversation, delete_conversation
from app.store.database import Database
from app.store.messages import add_message
from app.store.records import Role
from app.store.search import SearchFilters, search
from app.store.streaming import StreamingReply

TEXTS = {
    "en": "The weather in Berlin is sunny today, perfect for a walk.",
    "de": "Ich möchte etwas über die Straße in München wissen.",
    "fr": "Voici la réponse à votre question sur le café.",
    "it": "Perché la città è così bella? Grazie per la risposta.",
    "pt": "Obrigado pela informação sobre a ação do governo.",
    "es": "El niño preguntó qué año es en España.",
    "hi": "नमस्ते दुनिया, आज मौसम बहुत अच्छा है।",
    "th": "วันนี้ฉันอยากกินข้าวผัดกับไก่ทอดที่ร้านใกล้บ้าน",
}


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    out = {}
    for lang, text in TEXTS.items():
        conversation = create_conversation(db, title=f"chat {lang}", model=f"llama-{lang}")
        out[lang] = add_message(db, conversation.id, Role.USER, text, created_ms=1_000_000 * (len(out) + 1)).id
    return out


def _found(db: Database, query: str, **filters: object) -> list[int]:
    return [hit.message_id for hit in search(db, query, filters=SearchFilters(**filters))]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("query", "lang"),
    [
        ("ข้าวผัด", "th"),  # a Thai word inside a Thai sentence (no spaces)
        ("ไก่ทอด", "th"),
        ("दुनिया", "hi"),  # a Hindi word
        ("मौसम", "hi"),
        ("uber", "de"),  # `uber` finds `über`
        ("ÜBER", "de"),
        ("strasse", "de"),  # ß spelled out
        ("munchen", "de"),
        ("reponse", "fr"),
        ("perche citta", "it"),
        ("informacao", "pt"),
        ("nino", "es"),
        ("españa", "es"),  # accents in the query are fine too
        ("weather", "en"),
        ("eath", "en"),  # parts of words match
        ('"sunny today"', "en"),
    ],
)
def test_finds_words_in_every_language(db: Database, ids: dict[str, int], query: str, lang: str) -> None:
    assert _found(db, query) == [ids[lang]]


def test_no_false_matches(db: Database, ids: dict[str, int]) -> None:
    assert _found(db, "ขาวผัด") == []  # a Thai tone mark changes the word: kept, not folded away
    assert _found(db, "sunny yesterday") == []  # every word must match
    assert _found(db, '"today sunny"') == []  # a phrase keeps its order


def test_snippet_highlights_the_original_text(db: Database, ids: dict[str, int]) -> None:
    (hit,) = search(db, "uber strasse")
    assert hit.snippet.marked() == "Ich möchte etwas [über] die [Straße] in München wissen."
    assert hit.conversation_title == "chat de" and hit.role is Role.USER
    (thai,) = search(db, "ข้าวผัด")
    assert thai.snippet.marked() == "วันนี้ฉันอยากกิน[ข้าวผัด]กับไก่ทอดที่ร้านใกล้บ้าน"


def test_long_message_snippet_is_short_and_centered(db: Database) -> None:
    conversation = create_conversation(db)
    text = "filler " * 200 + "the needle is here " + "filler " * 200
    add_message(db, conversation.id, Role.ASSISTANT, text)
    (hit,) = search(db, "needle")
    assert len(hit.snippet.text) < 200 and hit.snippet.text.startswith("…") and hit.snippet.text.endswith("…")
    assert "[needle]" in hit.snippet.marked()


def test_results_are_ranked(db: Database) -> None:
    conversation = create_conversation(db)
    weak = add_message(db, conversation.id, Role.USER, "kubernetes " + "and other things " * 30).id
    strong = add_message(db, conversation.id, Role.USER, "kubernetes kubernetes kubernetes cluster").id
    hits = search(db, "kubernetes")
    assert [h.message_id for h in hits] == [strong, weak]
    assert hits[0].score < hits[1].score  # bm25: lower is better


def test_filters(db: Database, ids: dict[str, int]) -> None:
    conversation = create_conversation(db, model="other-model")
    extra = add_message(db, conversation.id, Role.USER, "Noch einmal über Brot", created_ms=50_000_000).id
    assert _found(db, "uber") == [ids["de"], extra] or _found(db, "uber") == [extra, ids["de"]]
    assert _found(db, "uber", conversation_id=conversation.id) == [extra]
    assert _found(db, "uber", model="other") == [extra]
    assert _found(db, "uber", model="LLAMA-DE") == [ids["de"]]
    assert _found(db, "uber", since_ms=10_000_000) == [extra]
    assert _found(db, "uber", until_ms=10_000_000) == [ids["de"]]
    assert _found(db, "uber", since_ms=60_000_000) == []


def test_short_queries(db: Database, ids: dict[str, int]) -> None:
    assert _found(db, "है") == [ids["hi"]]  # 2 characters: below the trigram size, scanned
    assert _found(db, "xq") == []
    assert _found(db, "ca") == [ids["pt"], ids["fr"]]  # newest first (ação, café)
    assert _found(db, "café de") == []  # "de" must also occur in the same message
    assert _found(db, "cafe la") == [ids["fr"]]


def test_queries_with_search_syntax_are_taken_literally(db: Database, ids: dict[str, int]) -> None:
    for query in ['"unbalanced', "NEAR(a b)", "a* OR b", "-x", "col:val", "100%", "under_score", "'"]:
        search(db, query)  # no syntax error reaches the person
    assert _found(db, "sunny, perfect") == []  # the comma is part of the word typed


def test_empty_query_is_refused(db: Database) -> None:
    with pytest.raises(InvalidRequestError):
        search(db, "   ")


def _index_is_sound(db: Database) -> None:
    db.execute("INSERT INTO message_fts (message_fts) VALUES ('integrity-check')")  # raises if not


def test_a_reply_is_indexed_once_written_and_deletes_follow(db: Database) -> None:
    """A streaming reply is rewritten every ~30 ms: it is indexed once it ends, not at
    each piece (re-indexing its whole text was most of each write's cost)."""
    conversation = create_conversation(db)
    add_message(db, conversation.id, Role.USER, "question")
    reply = StreamingReply(db, conversation.id, min_interval_s=0.0)
    reply.add("erste Fassung")
    reply.add(" über alles")
    assert search(db, "fassung") == []
    _index_is_sound(db)
    reply.stop()
    assert len(search(db, "uber alles")) == 1 and len(search(db, "erste fassung")) == 1
    _index_is_sound(db)
    delete_conversation(db, conversation.id)
    assert search(db, "fassung") == [] and search(db, "question") == []
    _index_is_sound(db)


def test_a_reply_cut_by_a_crash_is_indexed_when_marked_interrupted(db: Database) -> None:
    conversation = create_conversation(db)
    add_message(db, conversation.id, Role.USER, "question")
    streaming = StreamingReply(db, conversation.id, min_interval_s=0.0)
    streaming.add("halb geschriebene Antwort")
    other = StreamingReply(db, create_conversation(db).id, min_interval_s=0.0)
    other.add("deleted while streaming")
    db.execute("DELETE FROM messages WHERE id = ?", (other.message_id,))  # never indexed: nothing to remove
    db.execute("UPDATE messages SET status = 'interrupted' WHERE id = ?", (streaming.message_id,))  # as recovery does
    assert [h.message_id for h in search(db, "geschriebene")] == [streaming.message_id]
    _index_is_sound(db)


def test_paging(db: Database) -> None:
    conversation = create_conversation(db)
    made = [add_message(db, conversation.id, Role.USER, f"zebra number {i}").id for i in range(30)]
    first = search(db, "zebra", limit=20)
    second = search(db, "zebra", limit=20, offset=20)
    assert len(first) == 20 and len(second) == 10
    assert sorted(h.message_id for h in first + second) == made


def test_very_common_words_are_ranked_among_the_newest_matches(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.store import search as search_module

    monkeypatch.setattr(search_module, "RANK_WINDOW", 3)
    conversation = create_conversation(db)
    best_but_old = add_message(db, conversation.id, Role.USER, "walrus walrus walrus walrus").id
    newer = [add_message(db, conversation.id, Role.USER, f"a walrus and {i} other things here").id for i in range(4)]
    assert best_but_old not in _found(db, "walrus")
    assert sorted(_found(db, "walrus")) == newer[-3:]
    monkeypatch.setattr(search_module, "RANK_WINDOW", 1000)
    assert _found(db, "walrus")[0] == best_but_old  # within the window, bm25 decides
