"""From the manifest to curated figures: the one place that reads every seed, runs the
extractor and applies data/curation.yaml. Tables, notebooks and exports start here."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .curation import Curation, apply, load_curation
from .extract import Extraction, Figure, extract_article
from .manifest import Source, load_manifest


@dataclass(frozen=True)
class SourceResult:
    source: Source
    extraction: Extraction
    figures: list[tuple[Figure, str, str]]  # figure, curation status, curation reason


@dataclass(frozen=True)
class Corpus:
    results: list[SourceResult]
    curation: Curation

    def by_id(self, sid: str) -> SourceResult:
        return next(r for r in self.results if r.source.id == sid)


def load_corpus(raw: bool = False) -> Corpus:
    """Every manifest article, extracted; curated unless ``raw``."""
    return _load_corpus(raw)


@lru_cache(maxsize=2)
def _load_corpus(raw: bool) -> Corpus:
    sources = load_manifest()
    articles = {s.id: s.read() for s in sources}
    curation = Curation() if raw else load_curation(texts={k: a.text for k, a in articles.items()})
    results = []
    for s in sources:
        ex = extract_article(articles[s.id])
        figs = apply(ex.figures, curation.for_source(s.id), ex.article.text, "data/curation.yaml")
        results.append(SourceResult(s, ex, figs))
    return Corpus(results, curation)
