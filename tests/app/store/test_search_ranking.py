"""How search finds and ranks: the newest matches in at most two statements on the index,
bm25 computed from the texts as FTS5's bm25() computes it, term weights from samples."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from app.store import search as search_module
from app.store.conversations import create_conversation, delete_conversation
from app.store.database import Database
from app.store.messages import add_message
from app.store.records import Role
from app.store.search import SearchFilters, search
from app.store.textfold import count_overlapping, fold, folded_match_key, match_key

TEXTS = [
    "Kubernetes cluster upgrade notes",
    "kubernetes kubernetes kubernetes",
    "A long answer about Kubernetes, pods, services, deployments and a great many other things",
    "Привет мир, ПРИВЕТ снова, привет",
    "Grüße aus München über die Straße",
    "ข้าวผัดกับไก่ทอด ข้าวผัดอร่อย",
    "aaaa aaa",  # overlapping hits: FTS5 counts "aaa" three times here
    "unrelated words only",
]


def _fts5_bm25(db: Database, query: str) -> dict[int, float]:
    match = " ".join('"' + fold(term) + '"' for term in query.split())
    rows = db.query("SELECT rowid, bm25(message_fts) AS score FROM message_fts WHERE message_fts MATCH ?", (match,))
    return {row["rowid"]: row["score"] for row in rows}


@pytest.mark.parametrize(
    "query", ["kubernetes", "KUBERNETES cluster", "привет", "uber strasse", "ข้าวผัด", "aaa", "ber"]
)
def test_scores_are_those_of_fts5_bm25(db: Database, query: str) -> None:
    conversation = create_conversation(db)
    for text in TEXTS:
        add_message(db, conversation.id, Role.ASSISTANT, text)
    expected = _fts5_bm25(db, query)
    hits = search(db, query)
    assert expected and {hit.message_id for hit in hits} == set(expected)
    for hit in hits:  # a small table: every term's count is exact, so are the scores
        assert hit.score == pytest.approx(expected[hit.message_id], rel=1e-9)
    assert [hit.score for hit in hits] == sorted(hit.score for hit in hits)


def test_index_totals_follow_inserts_and_deletes(db: Database) -> None:
    assert search_module._index_totals(db) == (0, 0.0)
    kept = create_conversation(db)
    gone = create_conversation(db)
    for text in TEXTS:
        add_message(db, kept.id, Role.USER, text)
        add_message(db, gone.id, Role.USER, text + " and more")
    delete_conversation(db, gone.id)
    rows, average = search_module._index_totals(db)
    assert rows == len(TEXTS)
    assert average == pytest.approx(sum(max(len(fold(t)) - 2, 0) for t in TEXTS) / len(TEXTS))


def _walrus_every(db: Database, count: int, every: int) -> list[int]:
    """`count` messages, every `every`-th one about walruses; the ids of those."""
    conversation = create_conversation(db, model="llama-small")
    found = []
    for i in range(count):
        text = f"message {i} " + ("walrus " if i % every == 0 else "seal ") * (1 + i % 4)
        message_id = add_message(db, conversation.id, Role.USER, text).id
        if i % every == 0:
            found.append(message_id)
    return found


@pytest.fixture
def statements(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """How each statement on the index reads it: "forwards" or "backwards"."""
    seen: list[str] = []
    original = Database.query

    def recording(self: Database, sql: str, params: object = ()) -> list[dict[str, object]]:
        if "FROM message_fts f" in sql:
            seen.append("backwards" if " DESC" in sql else "forwards")
        return original(self, sql, params)  # type: ignore[arg-type]

    monkeypatch.setattr(Database, "query", recording)
    return seen


@pytest.mark.parametrize(
    ("probe", "window", "factor", "plan"),
    [
        (32, 1000, 1.5, ["backwards"]),  # fewer matches than the probe: one statement read them all
        (4, 1000, 1.5, ["backwards", "forwards"]),  # rare: the rest read forwards, in one pass
        (4, 6, 1.5, ["backwards", "backwards"]),  # common for this window: the rest read backwards
        (4, 6, 10.0, ["backwards", "forwards"]),  # a wrong guess: more read forwards than wanted
        (4, 3, 1.5, ["backwards"]),  # the window filled by the first statement
    ],
)
def test_newest_matches_by_every_plan(db: Database, monkeypatch: pytest.MonkeyPatch, statements: list[str],
                                      probe: int, window: int, factor: float, plan: list[str]) -> None:
    monkeypatch.setattr(search_module, "PROBE_MATCHES", probe)
    monkeypatch.setattr(search_module, "RANK_WINDOW", window)
    monkeypatch.setattr(search_module, "FORWARD_FACTOR", factor)
    walrus = _walrus_every(db, 60, 5)
    newest = sorted(walrus, reverse=True)[:window]

    statements.clear()
    found = sorted(hit.message_id for hit in search(db, "walrus", limit=1000))
    assert found == sorted(newest)
    assert statements == plan
    filtered = search(db, "walrus", filters=SearchFilters(model="small"), limit=1000)
    assert sorted(h.message_id for h in filtered) == found
    pages = [search(db, "walrus", limit=4, offset=offset) for offset in range(0, 20, 4)]
    assert sorted(h.message_id for page in pages for h in page) == found  # every one once


@pytest.mark.parametrize(("query", "plan"), [
    ("walrus narwhal", ["forwards"]),  # two rare words: surely few together, one pass forwards
    ("seal message", ["backwards", "backwards"]),  # two common words: the newest first
])
def test_several_terms_plan_from_samples_of_each(db: Database, monkeypatch: pytest.MonkeyPatch,
                                                 statements: list[str], query: str, plan: list[str]) -> None:
    monkeypatch.setattr(search_module, "RANK_WINDOW", 10)
    monkeypatch.setattr(search_module, "PROBE_MATCHES", 4)
    conversation = create_conversation(db)
    texts = [f"message {i} seal" + (" walrus" if i % 20 == 0 else "") + (" narwhal" if i % 30 == 0 else "")
             for i in range(120)]
    ids = [add_message(db, conversation.id, Role.USER, text).id for text in texts]
    statements.clear()
    found = [hit.message_id for hit in search(db, query, limit=100)]
    assert statements == plan
    words = query.split()
    expected = [i for i, text in zip(ids, texts) if all(w in text for w in words)][::-1][:10]
    assert sorted(found) == sorted(expected)


def test_scan_reports_what_it_read(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_module, "PROBE_MATCHES", 4)
    walrus = _walrus_every(db, 60, 5)  # 12 matches in ids 1..60
    rare = search_module._newest_matches(db, '"walrus"', 0, 60, "", [], 1000)
    assert rare.ids == walrus[::-1] and (rare.matched, rare.complete) == (12, True)
    common = search_module._newest_matches(db, '"walrus"', 0, 60, "", [], 6)
    assert common.ids == walrus[::-1][:6] and (common.matched, common.complete) == (6, False)
    assert common.scanned == 60 - walrus[-6] + 1
    first = search_module._newest_matches(db, '"walrus"', 0, 60, "", [], 3)
    assert first.ids == walrus[::-1][:3] and not first.complete and first.scanned == 60 - walrus[-3] + 1
    narrow = search_module._newest_matches(db, '"walrus"', walrus[2], walrus[8], "", [], 1000)
    assert narrow.ids == walrus[2:9][::-1] and narrow.complete


def test_a_short_term_filters_the_indexed_matches(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_module, "PROBE_MATCHES", 3)
    conversation = create_conversation(db)
    texts = [f"walrus number {i}" + (" ok" if i % 7 == 0 else "") for i in range(50)]
    ids = [add_message(db, conversation.id, Role.USER, text).id for text in texts]
    expected = {i for i, text in zip(ids, texts) if text.endswith(" ok")}
    assert {hit.message_id for hit in search(db, "walrus ok", limit=100)} == expected


def test_rarer_terms_weigh_more(db: Database) -> None:
    conversation = create_conversation(db)
    for i in range(30):
        add_message(db, conversation.id, Role.USER, f"common filler {i}")
    rare_twice = add_message(db, conversation.id, Role.USER, "narwhal narwhal common").id
    common_twice = add_message(db, conversation.id, Role.USER, "narwhal common common").id
    assert [hit.message_id for hit in search(db, "common narwhal")] == [rare_twice, common_twice]
    expected = _fts5_bm25(db, "common narwhal")
    assert expected[rare_twice] < expected[common_twice]  # FTS5's bm25 agrees


def test_term_weights_come_from_a_sample_of_the_newest_messages(db: Database,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_module, "DF_SAMPLE_IDS", 40)
    monkeypatch.setattr(search_module, "DF_SAMPLE_CAP", 5)
    conversation = create_conversation(db)
    add_message(db, conversation.id, Role.USER, "an old zebra")
    ids = [add_message(db, conversation.id, Role.USER, "walrus" if i % 4 == 0 else "seal").id for i in range(199)]
    newest = ids[-1]
    # Common: counted up to the 5th match from the bottom of the sample, then scaled.
    assert search_module._sampled_documents(db, "walrus", newest, 200) == pytest.approx(50, abs=12)
    # Rare (not in the newest 40): half a message in 40, scaled.
    assert search_module._sampled_documents(db, "zebra", newest, 200) == pytest.approx(200 * 0.5 / 40)
    # A sample that holds the whole table counts exactly (150 messages left in 200 ids).
    monkeypatch.setattr(search_module, "DF_SAMPLE_IDS", 1000)
    assert search_module._sampled_documents(db, "zebra", newest, 150) == 1


def test_folded_match_key_is_match_key_of_folded_text() -> None:
    for text in TEXTS:
        assert folded_match_key(fold(text)) == match_key(text)
    assert count_overlapping("aaaa", "aaa") == 2 and count_overlapping(b"xAbAb".lower(), b"ab") == 2
    assert count_overlapping("abc", "") == 0


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",))))
def test_folded_match_key_agrees_everywhere(text: str) -> None:
    folded = fold(text)
    assert folded_match_key(folded) == match_key(folded) == match_key(text)
    # ASCII terms are counted in lower-cased UTF-8 bytes: in a folded text, no other
    # character may case-fold to ASCII.
    assert not any(part.isascii() for char in folded if not char.isascii() for part in char.casefold())


def test_no_folded_character_case_folds_to_ascii() -> None:
    for code in range(0x80, 0x30000):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        for folded in fold(char):
            if not folded.isascii():
                assert not any(c.isascii() for c in folded.casefold()), (hex(code), folded)
