"""Sourced figures on North Korean workers abroad, from news articles to tidy tables.

Library entry points (pandas is imported only by the table functions):

- ``extract_text(text, source, published)``: figures in a string (automatic only)
- ``load_corpus(raw=False)``: every seed article, extracted and curated
- ``analysis.tables``: ``figures()``, ``workers_by_country_year()``, ``estimate_ranges()``,
  ``timeline()``, ``sources()``, ``boilerplate()``, ``all_tables()``
- ``analysis.findings``: the notebooks' answers, computed from the tables (plain pandas)
- ``analysis.charts``: the house-style charts that draw them (matplotlib)
"""
from .errors import InputError
from .extract import Figure, extract_text
from .pipeline import load_corpus

__all__ = ["Figure", "InputError", "extract_text", "load_corpus"]
