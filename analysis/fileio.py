"""Writing files atomically: a temporary file beside the target, then a rename, so a
killed build or export leaves the previous file whole, never half written.

:func:`write_files_atomic` does the same for a set of files in two phases: every new
content is written to its temporary file and flushed to disk first, and only then are
the files renamed into place, one quick rename each. A build killed while writing (the
slow part) leaves every previous file untouched; one killed between two renames leaves
each file either wholly old or wholly new. Temporary files a killed run leaves behind
are hidden (``.name.XXXX.tmp``) and removed by the next run."""
from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

_TMP = re.compile(r"^\..+\.[A-Za-z0-9_]{4,}\.tmp$")


def _default_mode() -> int:
    """What open() would give a new file: 0666 less the umask (mkstemp makes 0600)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _write_temp(path: Path, data: bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, _default_mode())  # tables and the pack are for sharing, not private
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
    except BaseException:
        _unlink(tmp)
        raise
    return tmp


def _unlink(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except FileNotFoundError:
        pass


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory handles
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    tmp = _write_temp(path, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        _unlink(tmp)
        raise
    _fsync_dir(path.parent)


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def write_files_atomic(files: dict[Path, str | bytes]) -> None:
    """Write several files: all contents to temporary files first, then rename each."""
    temps: list[tuple[str, Path]] = []
    try:
        for path, content in files.items():
            data = content.encode("utf-8") if isinstance(content, str) else content
            temps.append((_write_temp(path, data), path))
        while temps:
            tmp, path = temps[0]
            os.replace(tmp, path)
            temps.pop(0)
    except BaseException:
        for tmp, _ in temps:
            _unlink(tmp)
        raise
    for folder in sorted({p.parent for p in files}):
        _fsync_dir(folder)


def remove_stale_temps(folder: Path) -> list[Path]:
    """Delete temporary files an interrupted atomic write left in ``folder``."""
    gone = []
    if folder.is_dir():
        for p in sorted(folder.iterdir()):
            if p.is_file() and _TMP.match(p.name):
                p.unlink()
                gone.append(p)
    return gone
