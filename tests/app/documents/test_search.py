"""Keyword search finds the passage with the answer, for a question in each of the eight
languages, among passages on other topics written in the same languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.documents.collections import add_sources, ensure_collection
from app.documents.indexing import index_collection
from app.documents.schema import open_documents
from app.documents.search import keyword_search

# language -> (the passage with the answer, a passage on another topic, the question)
CORPUS = {
    "en": ("The spare key is kept under the blue flowerpot.", "The train leaves at nine in the morning.",
           "Where is the spare key kept?"),
    "de": ("Der Ersatzschlüssel liegt unter dem blauen Blumentopf.", "Der Zug fährt um neun Uhr morgens ab.",
           "Wo liegt der Ersatzschlussel?"),
    "fr": ("La clé de secours est rangée sous le pot de fleurs bleu.", "Le train part à neuf heures du matin.",
           "Où est rangée la cle de secours ?"),
    "it": ("La chiave di riserva è sotto il vaso di fiori blu.", "Il treno parte alle nove del mattino.",
           "Dov'è la chiave di riserva?"),
    "pt": ("A chave reserva fica debaixo do vaso de flores azul.", "O trem parte às nove da manhã.",
           "Onde fica a chave reserva?"),
    "es": ("La llave de repuesto está debajo de la maceta azul.", "El tren sale a las nueve de la mañana.",
           "¿Dónde está la llave de repuesto?"),
    "hi": ("अतिरिक्त चाबी नीले गमले के नीचे रखी है।", "ट्रेन सुबह नौ बजे निकलती है।",
           "अतिरिक्त चाबी कहाँ रखी है?"),
    "th": ("กุญแจสำรองอยู่ใต้กระถางดอกไม้สีฟ้า", "รถไฟออกเวลาเก้าโมงเช้า",
           "กุญแจสำรองอยู่ที่ไหน"),
}


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("multilingual")
    folder = root / "corpus"
    folder.mkdir()
    for language, (answer, other, _) in CORPUS.items():
        (folder / f"{language}-answer.txt").write_text(answer + "\n", encoding="utf-8")
        (folder / f"{language}-other.md").write_text(f"# {language}\n\n{other}\n", encoding="utf-8")
    db = open_documents(root / "documents.sqlite3")
    collection = ensure_collection(db, "keys")
    add_sources(db, collection, [folder])
    index_collection(db, collection)
    yield db, collection
    db.close()


@pytest.mark.parametrize("language", sorted(CORPUS))
def test_the_question_finds_the_passage_with_the_answer(indexed, language: str) -> None:
    db, collection = indexed
    hits = keyword_search(db, collection, CORPUS[language][2], limit=3)
    assert hits, "nothing found"
    assert Path(hits[0].path).name == f"{language}-answer.txt"
    assert hits[0].text == CORPUS[language][0] and hits[0].location.line_start == 1
