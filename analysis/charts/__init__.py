"""The chart collection: one house style, every chart the notebooks show, exportable.

Each chart is a :class:`Chart`: a slug computed from the data, ``draw(tables, size)``
returning a matplotlib Figure (title stating the finding, subtitle with units and period,
a source line generated from the rows plotted, all *inside* the image), ``data(tables)``
the tidy table behind it and ``caption(tables)``, two sentences generated from the data.
The numbers come from ``analysis.findings``: a chart draws findings, it does not compute
its own. ``charts()`` below is the collection, in notebook order: the notebooks call the
same builders, so every chart a notebook shows is also a chart the briefing exports.

Figures are created with pyplot (so ``plt.show()`` displays them in a notebook); callers
that draw many should ``plt.close(fig)``. Text artists carry gids ``title``, ``subtitle``
and ``source``. Modules: ``style`` (house style, frame, text measuring), ``marks`` (points,
ranges, fading bounds), ``labels`` (label placement), ``chart`` (the record) and one
module per chart family. matplotlib and seaborn are imported here, so this package stays
off the ``extract`` path: only notebooks and the export import it.
"""
from __future__ import annotations

import pandas as pd

from ..findings import load
from .chart import Chart
from .estimates import estimate_ranges_chart
from .explorer import explorer_chart, explorer_ui
from .repatriation import repatriation_counts, share_gone_chart
from .russia import russia_counts, russia_wording_chart
from .sources import figures_by_source
from .style import SIZES, setup
from .timeline import deadline_chart, repatriation_timeline

__all__ = [
    "SIZES", "Chart", "setup", "charts", "get",
    "figures_by_source", "russia_counts", "russia_wording_chart", "estimate_ranges_chart",
    "repatriation_timeline", "deadline_chart", "repatriation_counts", "explorer_chart", "explorer_ui",
    "share_gone_chart",
]


def charts(tables: dict[str, pd.DataFrame] | None = None) -> list[Chart]:
    """Every chart of the collection, in notebook order: the one list the notebooks'
    charts and the briefing's (``python -m analysis export``) come from."""
    t = load(tables)
    return [
        figures_by_source(t),
        russia_counts(t),
        russia_wording_chart(t),
        estimate_ranges_chart(t, "people"),
        estimate_ranges_chart(t, "money"),
        repatriation_timeline(t),
        deadline_chart(t),
        repatriation_counts(t),
        explorer_chart(t),
        share_gone_chart(t),
    ]


def get(slug: str, tables: dict[str, pd.DataFrame] | None = None) -> Chart:
    """The chart with this slug; the error lists the slugs there are."""
    cs = charts(tables)
    for c in cs:
        if c.slug == slug:
            return c
    raise KeyError(f"no chart {slug!r}; charts are: {', '.join(c.slug for c in cs)}")
