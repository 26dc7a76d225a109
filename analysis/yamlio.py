"""Safe YAML loading that remembers line numbers, so a bad entry in a curated file or
the manifest is reported as ``file:line`` rather than "somewhere in the file".

Hostile YAML is refused, never executed or expanded: tags that would construct objects,
aliases (``*name``: no "billion laughs" expansion, no self-referencing structures),
nesting deeper than :data:`MAX_DEPTH` (a deep enough ``[[[[...`` crashes the C parser),
and keys that are not plain values."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import InputError
from .paths import rel

try:  # the C loader is several times faster; fall back quietly where it is missing
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader

MAX_DEPTH = 64  # curated files nest three or four levels; anything deeper is refused


class Located(dict):
    """A mapping from YAML that knows the line it started on (1-based)."""

    line: int = 0


_PLAIN_TAGS = {
    "tag:yaml.org,2002:" + t for t in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
}
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


def _construct(node: yaml.Node, loader: Any, seen: set[int]) -> Any:
    line = node.start_mark.line + 1
    if node.tag not in _PLAIN_TAGS:
        # refuse tags that would construct objects (!!python/object...) or anything exotic
        raise InputError(loader.name, f"YAML tag {node.tag!r} is not allowed", line)
    if id(node) in seen:
        raise InputError(loader.name, "YAML aliases (*name) are not allowed: write the value out", line)
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        out = Located()
        out.line = line
        for k, v in node.value:
            key = _construct(k, loader, seen)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                raise InputError(loader.name, "a mapping key must be a plain value, not a list or mapping", k.start_mark.line + 1)
            if key in out:
                raise InputError(loader.name, f"duplicate key {key!r}", k.start_mark.line + 1)
            out[key] = _construct(v, loader, seen)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_construct(v, loader, seen) for v in node.value]
    if node.tag == _TIMESTAMP:
        # keep dates as the text the analyst typed ("2019-03-26"), never a datetime; an
        # impossible date ("2019-02-30") is reported by whoever checks the date
        return node.value
    try:
        return loader.construct_object(node, deep=True)
    except (ValueError, TypeError, OverflowError, yaml.YAMLError) as e:
        raise InputError(loader.name, f"invalid value {node.value[:40]!r}: {e}", line) from None


def _check_depth(text: str, name: str) -> None:
    """Refuse nesting deeper than MAX_DEPTH before composing (the composer recurses)."""
    loader = _Loader(text)
    depth = 0
    try:
        while loader.check_event():
            ev = loader.get_event()
            if isinstance(ev, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    raise InputError(name, f"YAML nested more than {MAX_DEPTH} levels deep", ev.start_mark.line + 1)
            elif isinstance(ev, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    finally:
        loader.dispose()


def load_yaml(text: str, name: str) -> Any:
    """Parse YAML safely (no object-constructing tags, no aliases) into plain values and
    :class:`Located` mappings. Errors become :class:`InputError` with the line."""
    loader = None
    try:
        _check_depth(text, name)
        loader = _Loader(text)
        loader.name = name
        node = loader.get_single_node()
        if node is None:
            return None
        return _construct(node, loader, set())
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = (e.problem or e.context or "invalid YAML").strip()
        raise InputError(name, f"invalid YAML: {problem}", line) from None
    except yaml.YAMLError as e:
        raise InputError(name, f"invalid YAML: {' '.join(str(e).split())}") from None
    except RecursionError:  # pragma: no cover - MAX_DEPTH keeps well inside the limit
        raise InputError(name, "YAML nested too deeply") from None
    finally:
        if loader is not None:
            loader.dispose()


def load_yaml_file(path: Path) -> Any:
    name = rel(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(name, "file not found") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory, not a YAML file") from None
    except OSError as e:
        raise InputError(name, f"cannot read: {e.strerror}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(name, f"not UTF-8 text: byte 0x{data[e.start]:02x} cannot be decoded", data.count(b"\n", 0, e.start) + 1) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return load_yaml(text, name)
