"""Safe YAML loading that remembers line numbers, so a bad entry in a curated file or
the manifest is reported as ``file:line`` rather than "somewhere in the file"."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from .errors import InputError
from .paths import rel

try:  # the C loader is several times faster; fall back quietly where it is missing
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader


class Located(dict):
    """A mapping from YAML that knows the line it started on (1-based)."""

    line: int = 0


_PLAIN_TAGS = {
    "tag:yaml.org,2002:" + t for t in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
}


def _construct(node: yaml.Node, loader: yaml.SafeLoader) -> Any:
    if node.tag not in _PLAIN_TAGS:
        # refuse tags that would construct objects (!!python/object...) or anything exotic
        raise InputError(loader.name, f"YAML tag {node.tag!r} is not allowed", node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        out = Located()
        out.line = node.start_mark.line + 1
        for k, v in node.value:
            key = _construct(k, loader)
            if key in out:
                raise InputError(loader.name, f"duplicate key {key!r}", k.start_mark.line + 1)
            out[key] = _construct(v, loader)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_construct(v, loader) for v in node.value]
    value = loader.construct_object(node, deep=True)
    if isinstance(value, (dt.date, dt.datetime)):
        # keep dates as the text the analyst typed: "2019-03-26", never a datetime
        return node.value
    return value


def load_yaml(text: str, name: str) -> Any:
    """Parse YAML safely (no object-constructing tags) into plain values and
    :class:`Located` mappings. Errors become :class:`InputError` with the line."""
    loader = _Loader(text)
    loader.name = name
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        return _construct(node, loader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = (e.problem or e.context or "invalid YAML").strip()
        raise InputError(name, f"invalid YAML: {problem}", line) from None
    except yaml.YAMLError as e:
        raise InputError(name, f"invalid YAML: {e}") from None
    finally:
        loader.dispose()


def load_yaml_file(path: Path) -> Any:
    name = rel(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(name, "file not found") from None
    except UnicodeDecodeError as e:
        raise InputError(name, f"not UTF-8 text (byte {e.start})") from None
    return load_yaml(text, name)
