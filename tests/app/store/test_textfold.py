"""Folding for search: what is contained stays contained, accents go, other scripts stay."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from app.store.textfold import fold, make_snippet, match_key, match_key_with_origin, search_text_for


def test_fold_examples() -> None:
    assert fold("Grüße über Ærø, Łódź, naïve café, ação, niño") == "Grusse uber AEro, Lodz, naive cafe, acao, nino"
    assert fold("u\u0308ber") == "uber"  # an accent typed as its own character
    assert fold("ข้าวผัด") == "ข้าวผัด" and fold("दुनिया") == "दुनिया"  # Thai and Hindi marks are kept
    assert search_text_for("plain ASCII") is None and search_text_for("über") == "uber"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",))), st.data())
def test_contained_text_stays_contained(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    part = text[start:end]
    assert fold(part) in fold(text)
    assert match_key(part) in match_key(text)
    key, origin = match_key_with_origin(text)
    assert key == match_key(text) and len(origin) == len(key)
    assert origin == sorted(origin) and all(0 <= i < len(text) for i in origin)


def test_snippet_spans_point_at_the_match() -> None:
    snippet = make_snippet("Wir sprechen über STRASSEN und Straßen.", ["strassen"])
    assert [snippet.text[s:e] for s, e in snippet.spans] == ["STRASSEN", "Straßen"]
