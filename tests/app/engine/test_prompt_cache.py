"""CachedPrompt: which cached tokens a new prompt keeps, matched by their bytes."""

from __future__ import annotations

from hypothesis import given, strategies as st

from app.engine.prompt_cache import CachedPrompt, common_prefix_length

# A toy vocabulary: token id -> bytes. Several ways to spell the same text, as in BPE.
VOCAB = {1: b"<s>", 2: b"Hel", 3: b"lo", 4: b"Hello", 5: b" wor", 6: b"ld", 7: b" world", 8: b"\n",
         9: "é".encode()[:1], 10: "é".encode()[1:], 11: "é".encode(), 12: b"<eot>", 13: b"  "}


def cache_of(tokens: list[int]) -> CachedPrompt:
    cached = CachedPrompt()
    cached.sync(tokens, VOCAB.__getitem__)
    return cached


@given(st.lists(st.integers(0, 3), max_size=40), st.lists(st.integers(0, 3), max_size=40))
def test_common_prefix_length_matches_a_plain_loop(a: list[int], b: list[int]) -> None:
    expected = 0
    for x, y in zip(a, b):
        if x != y:
            break
        expected += 1
    assert common_prefix_length(a, b) == expected
    assert common_prefix_length(bytes(a), bytes(b)) == expected


def test_generated_tokens_are_kept_though_tokenizing_again_would_differ() -> None:
    # The model wrote "Hel" "lo" " wor" "ld"; the tokenizer would now say "Hello" " world".
    cached = cache_of([1, 2, 3, 5, 6])
    kept, covered = cached.reusable(b"<s>Hello world<eot>next")
    assert kept == [1, 2, 3, 5, 6] and covered == len(b"<s>Hello world")


def test_a_trimmed_reply_keeps_the_tokens_before_the_trim() -> None:
    # The reply ended in "\n"; the template trims it and writes <eot> right after "world".
    cached = cache_of([1, 4, 7, 8])
    kept, covered = cached.reusable(b"<s>Hello world<eot>")
    assert kept == [1, 4, 7] and covered == len(b"<s>Hello world")


def test_a_token_cut_by_the_new_prompt_is_read_again() -> None:
    cached = cache_of([1, 4, 7])
    kept, covered = cached.reusable(b"<s>Hello wo")
    assert kept == [1, 4] and covered == len(b"<s>Hello")


def test_the_match_never_ends_inside_a_character() -> None:
    # The model wrote the first byte of "é" as a token of its own, then something else;
    # the new prompt has the whole "é": keeping that first byte alone would leave the
    # rest of the prompt starting inside a character, so it is read again.
    cached = cache_of([1, 9, 13])
    kept, covered = cached.reusable("<s>éx".encode())
    assert kept == [1] and covered == len(b"<s>")
    cached = cache_of([1, 9, 10, 13])
    kept, covered = cached.reusable("<s>é!".encode())
    assert kept == [1, 9, 10] and covered == len("<s>é".encode())


def test_sync_follows_the_cache_as_it_shrinks_and_grows() -> None:
    cached = cache_of([1, 4, 7, 8])
    cached.sync([1, 4], VOCAB.__getitem__)  # the cache was cut after two tokens
    assert len(cached) == 2
    cached.sync([1, 4, 5, 6], VOCAB.__getitem__)
    kept, covered = cached.reusable(b"<s>Hello world!")
    assert kept == [1, 4, 5, 6] and covered == len(b"<s>Hello world")
    cached.sync([], VOCAB.__getitem__)  # the cache was cleared
    assert cached.reusable(b"<s>Hello") == ([], 0)


@given(st.lists(st.sampled_from(sorted(VOCAB)), max_size=30), st.binary(max_size=60))
def test_kept_tokens_always_spell_the_start_of_the_prompt(tokens: list[int], tail: bytes) -> None:
    spelled = b"".join(VOCAB[t] for t in tokens)
    cached = cache_of(tokens)
    for prompt in (spelled + tail, spelled[: len(spelled) // 2] + tail, tail):
        kept, covered = cached.reusable(prompt)
        assert kept == tokens[: len(kept)]
        assert b"".join(VOCAB[t] for t in kept) == prompt[:covered]
        assert covered in (0, len(prompt)) or not 0x80 <= prompt[covered] <= 0xBF
