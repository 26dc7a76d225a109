"""Normalise executed notebooks so that re-running them changes nothing in git.

    python -m analysis.nbclean NOTEBOOK... [--check]

Keeps the outputs and execution counts (strict nbval compares them) and removes what
varies between machines and runs:

- notebook metadata: kernelspec set to the project's ``python3`` kernel ("Python 3
  (ipykernel)"), language_info reduced to stable fields (no Python patch version), and
  the saved widget state dropped (its model ids are random on every run);
- cell metadata: execution timings (``execution``, ``ExecuteTime``), ``collapsed``,
  ``scrolled`` and similar view state; tags are kept (nbval reads NBVAL_* markers);
- outputs: the widget-view entry of a widget's display (a random model id pointing at
  state that is not saved), leaving its text/plain fallback, and transient metadata.

With --check it changes nothing and exits 1 if any notebook would change (for CI).
Standard library only, so it runs before the environment has pandas.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
LANGUAGE_INFO = {
    "codemirror_mode": {"name": "ipython", "version": 3},
    "file_extension": ".py",
    "mimetype": "text/x-python",
    "name": "python",
    "nbconvert_exporter": "python",
    "pygments_lexer": "ipython3",
}
KEEP_NOTEBOOK_META = ("title", "authors")
DROP_CELL_META = ("execution", "ExecuteTime", "collapsed", "scrolled", "jupyter", "papermill", "widgets")
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def clean(nb: dict) -> dict:
    """The notebook (a parsed .ipynb dict) with volatile metadata removed, in place."""
    meta = nb.get("metadata", {})
    nb["metadata"] = {"kernelspec": dict(KERNELSPEC), "language_info": dict(LANGUAGE_INFO),
                      **{k: meta[k] for k in KEEP_NOTEBOOK_META if k in meta}}
    for cell in nb.get("cells", []):
        cm = cell.get("metadata", {})
        for k in DROP_CELL_META:
            cm.pop(k, None)
        cell["metadata"] = cm
        if cell.get("cell_type") != "code":
            cell.pop("outputs", None)
            cell.pop("execution_count", None)
            continue
        outputs = []
        for out in cell.get("outputs", []):
            data = out.get("data")
            if isinstance(data, dict) and WIDGET_VIEW in data:
                data.pop(WIDGET_VIEW)
                if not data:
                    continue
            if "transient" in out:
                out.pop("transient")
            outputs.append(out)
        cell["outputs"] = outputs
    return nb


def dumps(nb: dict) -> str:
    """JSON as Jupyter writes it (nbformat's layout), so saving from Lab is a no-op."""
    return json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m analysis.nbclean", description=__doc__.split("\n\n")[0])
    ap.add_argument("notebooks", nargs="+", type=Path, metavar="NOTEBOOK")
    ap.add_argument("--check", action="store_true", help="change nothing; exit 1 if a notebook is not clean")
    args = ap.parse_args(argv)
    dirty = []
    for path in args.notebooks:
        try:
            text = path.read_text(encoding="utf-8")
            nb = json.loads(text)
        except (OSError, ValueError) as e:
            print(f"nbclean: {path}: cannot read notebook: {e}", file=sys.stderr)
            return 2
        new = dumps(clean(nb))
        if new != text:
            dirty.append(path)
            if not args.check:
                path.write_text(new, encoding="utf-8")
    if args.check and dirty:
        for p in dirty:
            print(f"nbclean: {p}: not clean (run python -m analysis.nbclean {p})", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
