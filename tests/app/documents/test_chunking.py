"""Chunks stay within their token budget, cut at sentence then word boundaries, overlap,
keep their place; Thai without spaces is segmented into words."""

from __future__ import annotations

from app.documents.chunking import chunk_blocks
from app.documents.records import Block, Location
from app.documents.thai_words import search_terms, words

THAI = "ภาษาไทยไม่มีการเว้นวรรคระหว่างคำทำให้การค้นหาเป็นเรื่องยาก"


def count_words(text: str) -> int:
    return len(words(text))


def test_thai_without_spaces_is_split_into_words() -> None:
    found = words(THAI)
    assert "".join(found) == THAI
    assert "ภาษาไทย" in found and "ค้นหา" in found and len(found) >= 8


def test_search_terms_fold_latin_but_keep_hindi_marks() -> None:
    assert search_terms("Café, ÉTÉ! हिन्दी") == ["cafe", "ete", "हिन्दी"]
    assert words("दिल्ली राजधानी है। नमस्ते॥ x_y Ünïcode") == ["दिल्ली", "राजधानी", "है", "नमस्ते", "x", "y", "Ünïcode"]
    assert words("แมว๚ หมาๆ") == ["แมว", "หมา", "ๆ"]


def test_small_paragraphs_of_one_place_share_a_chunk_and_keep_lines() -> None:
    blocks = [Block("One two.", Location(line_start=1, line_end=1)), Block("Three four.", Location(line_start=3, line_end=4))]
    chunks = chunk_blocks(blocks, count_tokens=count_words, max_tokens=10, overlap_tokens=0)
    assert [(c.text, c.location.line_start, c.location.line_end, c.token_count) for c in chunks] == [
        ("One two. Three four.", 1, 4, 4)]


def test_chunks_never_cross_pages() -> None:
    blocks = [Block("On page one.", Location(page=1)), Block("On page two.", Location(page=2))]
    chunks = chunk_blocks(blocks, count_tokens=count_words, max_tokens=50, overlap_tokens=0)
    assert [(c.text, c.location.page) for c in chunks] == [("On page one.", 1), ("On page two.", 2)]


def test_long_paragraph_cut_at_sentences_with_overlap() -> None:
    text = " ".join(f"Sentence {n} has five words." for n in range(1, 7))
    chunks = chunk_blocks([Block(text, Location(page=4))], count_tokens=count_words, max_tokens=12, overlap_tokens=5)
    assert all(c.token_count <= 12 and c.location.page == 4 for c in chunks)
    assert chunks[0].text == "Sentence 1 has five words. Sentence 2 has five words."
    # each next chunk starts with the previous one's last sentence
    for before, after in zip(chunks, chunks[1:]):
        assert after.text.startswith(before.text.split(". ")[-1].rstrip("."))
    assert chunks[-1].text.endswith("Sentence 6 has five words.")


def test_thai_paragraph_without_spaces_is_cut_between_words() -> None:
    text = THAI * 3
    chunks = chunk_blocks([Block(text, Location(heading="บท"))], count_tokens=count_words, max_tokens=10,
                          overlap_tokens=0)
    assert len(chunks) > 2 and all(c.token_count <= 10 for c in chunks)
    assert "".join(c.text for c in chunks) == text  # nothing lost, no word cut in two
    pieces = set(words(text))
    for chunk in chunks:
        assert set(words(chunk.text)) <= pieces
