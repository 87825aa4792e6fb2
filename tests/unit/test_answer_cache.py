"""corpus.generation.AnswerCache: the answers of the newest generation only, the least recently used out first, and
with `max_bytes` (the JSON answers of api.answers) bounded in weight too."""
from __future__ import annotations

from corpus.generation import AnswerCache


def test_answers_of_an_older_generation_are_never_given():
    cache = AnswerCache()
    cache.put(1, "a", b"one")
    assert cache.get(1, "a") == (True, b"one")
    assert cache.get(2, "a") == (False, None)      # the corpus changed since
    cache.put(2, "b", b"two")
    assert cache.get(1, "a") == (False, None) and len(cache) == 1
    cache.put(1, "a", b"late")                      # computed in an older snapshot: not kept
    assert cache.get(2, "a") == (False, None)


def test_the_least_recently_used_go_first_by_number_and_by_weight():
    cache = AnswerCache(max_answers=3, max_bytes=10)
    for k in "abc":
        cache.put(1, k, b"xx")
    cache.get(1, "a")                               # b is now the least recently used
    cache.put(1, "d", b"xx")                        # four answers: b goes
    assert sorted(cache._answers) == ["a", "c", "d"]
    cache.put(1, "e", b"x" * 6)                     # 2 + 2 + 2 + 6 bytes > 10: c goes, then the weight fits
    assert sorted(cache._answers) == ["a", "d", "e"]
    cache.put(1, "f", b"x" * 11)                    # heavier than the whole cache: not kept, nothing goes
    assert sorted(cache._answers) == ["a", "d", "e"]
    cache.put(1, "e", b"y")                         # replaced: its weight counted once (2 + 2 + 1)
    cache.put(1, "g", b"z" * 5)                     # a fourth answer: a goes (8 bytes in all)
    assert sorted(cache._answers) == ["d", "e", "g"] and cache.get(1, "e") == (True, b"y")
