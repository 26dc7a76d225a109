"""The metric vocabulary of data/metrics.yaml, read once: what each figure can count, the
cue words that suggest it and the limits that rule it out. Split from extract.py, which
chooses among these per figure; tables and curation read the same vocabulary."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import refast
from .paths import METRICS

# a cue past a turn of the sentence belongs to the next clause: "earn around $1,000 a month, but
# the government keeps about half" (the wage's metric, not the state's cut); extract.choose_metric
# counts such a cue within CONTRAST_REACH as far off as one with another figure between
CONTRAST_BETWEEN = refast.lazy(r",?[ \u00a0]+(?:but|while|whereas|although|though)[ \u00a0]")
CONTRAST_REACH = 160  # characters: a cue further past the figure is far already (and a long sentence stays linear)


@dataclass(frozen=True)
class Metric:
    name: str
    unit: str
    meaning: str
    cues: tuple[str, ...]
    default: bool
    estimate: bool
    requires: tuple[str, ...] = ()
    requires_nearby: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    min_value: float | None = None
    max_value: float | None = None
    unplaced: str | None = None
    unplaced_from: float = 0.0
    unstated_period: tuple[str, ...] = ()  # words that make pay with no period a month's ("workers earn around $650")
    unstated_period_below: float = 0.0
    not_before: tuple[str, ...] = ()  # words that, just before the figure in its clause, rule the metric out ("the yearly levy ... USD 6,800")


@lru_cache(maxsize=1)
def metrics() -> tuple[Metric, ...]:
    """The metric vocabulary from data/metrics.yaml, in file order (the tie-break)."""
    from .yamlio import load_yaml_file

    raw = load_yaml_file(METRICS)
    return tuple(Metric(k, v["unit"], v["meaning"], tuple(c.lower() for c in v.get("cues", [])),
                        bool(v.get("default")), bool(v.get("estimate")),
                        tuple(c.lower() for c in v.get("requires", [])), tuple(c.lower() for c in v.get("requires_nearby", [])),
                        tuple(c.lower() for c in v.get("not_after", [])), v.get("min_value"), v.get("max_value"),
                        v.get("unplaced"), float(v.get("unplaced_from") or 0), tuple((v.get("unstated_period") or {}).get("words", [])),
                        float((v.get("unstated_period") or {}).get("below", 0)), tuple(c.lower() for c in v.get("not_before", [])))
                 for k, v in raw.items())
