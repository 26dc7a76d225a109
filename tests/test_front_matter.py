"""The front matter fast path (analysis/article.py, _simple_front_matter) reads exactly
what the YAML parser reads, or steps aside: random 'key: value' blocks built from the
characters and words YAML treats specially are read both ways and compared."""
from __future__ import annotations

import random

import pytest

import analysis.article as article
from analysis.errors import InputError

_PIECES = ['a', 'Z', ' ', ':', '#', '"', "'", '\\', '\\u00e9', '\\ud83d', '\\u0000', '\\"', '\\\\', '\\n', '\\/', '\t', '-', '—',
           '’', '\u2028', '\x85', '\ufeff', '\U0001F600', '2019-03-26', 'yes', 'No', 'null', '~', '0x1F', '1.5', '.inf', '&a',
           '*a', '!x', '[1]', '{a: 1}', '|', '>', '%', '@', '`', ',', '?', 'é', '\x07', '\x7f', '\u00a0', 'true', 'On', '  ',
           '(x)', '<<', '=']
_KEYS = ['title', 'outlet', 'published', 'note', 'id', 'url', 'agency', 'other', 'Title']


def _value(rng: random.Random) -> str:
    body = ''.join(rng.choice(_PIECES) for _ in range(rng.randint(0, 5)))
    r = rng.random()
    if r < 0.4:
        return '"' + body + '"'
    if r < 0.5:
        return rng.choice(['2019-03-26', '2019-3-26', '2019-13-45', '20190326', '2019-03-26 '])
    return body


def _both(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[object, object]:
    def read() -> object:
        try:
            meta, start, lines = article.split_front_matter(text, "x")
        except InputError as e:
            return "error", str(e)
        return [(k, type(v), v) for k, v in meta.items()], start, lines

    fast = read()
    with monkeypatch.context() as m:
        m.setattr(article, "_simple_front_matter", lambda block: None)
        slow = read()
    return fast, slow


def test_fast_front_matter_reads_what_yaml_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(20240517)
    taken = 0
    for _ in range(20000):
        keys = rng.sample(_KEYS, rng.randint(1, 3)) if rng.random() < 0.9 else [rng.choice(_KEYS)] * 2
        block = ''.join(f"{k}: {_value(rng)}\n" for k in keys)
        if article._simple_front_matter(block) is None:
            continue
        taken += 1
        fast, slow = _both("---\n" + block + "---\nBody with 12 words.\n", monkeypatch)
        assert fast == slow, block
    assert taken > 500  # the fast path was exercised


@pytest.mark.parametrize("block", [
    'title: "A \\u00e9 \\"quoted\\" title"\noutlet: "Wire"\npublished: 2019-03-26\n',
    'title: Inside the Dandong factories\noutlet: NK News\n',
    'title: No\n', 'title: yes\n', 'title: "x" # c\n', 'title: a: b\n', 'published: 2019-03-26T10:00\n', 'title: x\ntitle: y\n',
])
def test_fast_front_matter_examples(block: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast, slow = _both("---\n" + block + "---\nBody.\n", monkeypatch)
    assert fast == slow
