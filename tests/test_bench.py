"""The bench's corpus: realistic source texts, cycled deterministically, every copy a
valid article of its own. (The bench's timings are printed, never asserted.)"""
from __future__ import annotations

from analysis import bench
from analysis.article import split_front_matter


def test_corpus_is_deterministic_and_cycles_every_source_text():
    pool = bench._pool()
    n = 2 * len(pool) + 3
    first, again = list(bench.corpus(n)), list(bench.corpus(n))
    assert first == again
    assert {g for g, _ in first} == {"dev fixtures", "seeds"}
    texts = [t for _, t in first]
    assert len(set(texts)) == n  # no two articles the same string
    for i, text in enumerate(texts):
        meta, start, _ = split_front_matter(text, f"a{i}")
        assert set(meta) == {"title", "outlet", "published"}
        assert text[start:] == "\n" + pool[i % len(pool)][3]  # the body as written, after the closing line


def test_measure_counts_figures_and_regex_time_per_source_group():
    m = bench._measure_ours(len(bench._pool()))
    assert m["figures"] > 0 and m["seconds"] > 0 and m["regex_seconds"] > 0
    assert sum(g["articles"] for g in m["groups"].values()) == m["articles"]
    assert sum(g["figures"] for g in m["groups"].values()) == m["figures"]
