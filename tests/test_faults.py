"""Faults: a build killed for real in the middle of writing leaves data/ whole, and the
test run itself has no network.

The build runs in a scratch copy of the project (analysis/, seeds/, data/), so
analysis.paths.ROOT points at the copy and the real data/ is never touched. The copy's
tables are first replaced by an "old" version, so the build has every table to rewrite;
then a subprocess is killed with SIGKILL (no clean-up code runs) at three points."""
from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Runs `build` in the scratch copy with one fault injected into analysis.fileio.
KILLER = r'''
import os, signal, sys
import analysis, analysis.fileio as fio
assert analysis.__file__.startswith(os.getcwd()), analysis.__file__  # the copy, not the repo
mode = sys.argv[1]
real_fdopen, real_replace = fio.os.fdopen, fio.os.replace
calls = {"write": 0, "replace": 0}

class HalfThenDie:
    """The second file written: half its bytes reach the disk, then SIGKILL."""
    def __init__(self, f): self.f = f
    def __enter__(self): return self
    def __exit__(self, *exc): return self.f.__exit__(*exc)
    def __getattr__(self, name): return getattr(self.f, name)
    def write(self, data):
        self.f.write(data[: len(data) // 2]); self.f.flush(); os.fsync(self.f.fileno())
        os.kill(os.getpid(), signal.SIGKILL)

def fdopen(fd, *a, **k):
    f = real_fdopen(fd, *a, **k)
    calls["write"] += 1
    return HalfThenDie(f) if mode == "kill-mid-write" and calls["write"] == 2 else f

def replace(src, dst):
    calls["replace"] += 1
    if calls["replace"] == 2:
        if mode == "kill-between-renames":
            os.kill(os.getpid(), signal.SIGKILL)
        if mode == "fail-between-renames":
            raise OSError(28, "No space left on device (injected)")
    return real_replace(src, dst)

fio.os.fdopen, fio.os.replace = fdopen, replace
from analysis.cli import main
sys.exit(main(["build", "--quiet"]))
'''


def _tables(project: Path) -> dict[str, bytes]:
    data = project / "data"
    files = sorted((data / "tables").glob("*.csv")) + [data / "datapackage.json", data / "gazetteer.tsv"]
    return {p.relative_to(project).as_posix(): p.read_bytes() for p in files if p.exists()}


def _temps(project: Path) -> list[str]:
    return sorted(p.name for p in (project / "data").rglob(".*.tmp"))


def _build(project: Path, mode: str | None = None) -> subprocess.CompletedProcess:
    args = ["-c", KILLER, mode] if mode else ["-m", "analysis", "build", "--quiet"]
    return subprocess.run([sys.executable, *args], cwd=project, capture_output=True, timeout=300,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(project), "PYTHONHASHSEED": "0"})


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    p = tmp_path_factory.mktemp("project")
    for d in ("analysis", "seeds", "data"):
        shutil.copytree(ROOT / d, p / d, ignore=shutil.ignore_patterns("__pycache__", ".*.tmp"))
    return p


def _make_old(project: Path) -> dict[str, bytes]:
    """Replace every derived table by an 'old' version the build must rewrite."""
    old = {}
    for name in _tables(project):
        if name.endswith("gazetteer.tsv"):
            continue  # the build writes it first, on its own; the tables are what matter here
        content = f"old version of {name}\n".encode() * 50
        (project / name).write_bytes(content)
        old[name] = content
    return old


@pytest.fixture(scope="module")
def new_tables(project: Path) -> dict[str, bytes]:
    """What a complete build writes (computed in a second copy, left untouched)."""
    clean = project.parent / "clean"
    for d in ("analysis", "seeds", "data"):
        shutil.copytree(project / d, clean / d, ignore=shutil.ignore_patterns("__pycache__"))
    _make_old(clean)
    r = _build(clean)
    assert r.returncode == 0, r.stderr.decode()
    return _tables(clean)


@pytest.mark.parametrize("mode", ["kill-mid-write", "kill-between-renames", "fail-between-renames"])
def test_a_killed_build_leaves_every_table_whole(project, new_tables, mode):
    old = _make_old(project)
    r = _build(project, mode)
    if mode.startswith("kill"):
        assert r.returncode == -signal.SIGKILL, (r.returncode, r.stderr.decode()[-2000:])
    else:
        assert r.returncode != 0 and b"No space left on device" in r.stderr
    after = _tables(project)
    assert set(after) >= set(old)
    whole = {name: ("old" if after[name] == old[name] else "new" if after[name] == new_tables[name] else "HALF")
             for name in old}
    assert "HALF" not in whole.values(), whole
    if mode == "kill-mid-write":
        # killed while writing the second temporary file: nothing was replaced yet; the first
        # (whole) and second (half) temporary files are hidden beside their tables, not in place
        assert set(whole.values()) == {"old"}, whole
        assert len(_temps(project)) == 2, _temps(project)
    else:
        # one table renamed before the fault, the rest untouched; no temporary file left
        # by the failure (a kill leaves the unrenamed ones, hidden)
        assert list(whole.values()).count("new") == 1, whole
        if mode == "fail-between-renames":
            assert _temps(project) == []


def test_the_next_build_removes_leftovers_and_completes(project, new_tables):
    _make_old(project)
    r = _build(project, "kill-between-renames")
    assert r.returncode == -signal.SIGKILL
    assert _temps(project), "the kill should leave temporary files to clean up"
    r = _build(project)
    assert r.returncode == 0, r.stderr.decode()
    assert _temps(project) == []
    assert _tables(project) == new_tables


def test_build_check_treats_a_damaged_table_as_stale_not_an_error(project, new_tables):
    (project / "data" / "tables" / "figures.csv").write_bytes(b"\xff\xfe half a row,")
    r = subprocess.run([sys.executable, "-m", "analysis", "build", "--check", "--quiet"], cwd=project, capture_output=True,
                       env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(project)}, timeout=300)
    assert r.returncode == 1 and b"data/tables/figures.csv: stale" in r.stderr and b"Traceback" not in r.stderr


# ----------------------------------------------------------------------------- network
@pytest.mark.filterwarnings("ignore:A test tried to use socket")
def test_outbound_connections_are_blocked_during_tests():
    """pytest-socket (pyproject addopts: --allow-hosts=127.0.0.1,::1,localhost) refuses any
    connection that leaves the machine, before a packet is sent."""
    from pytest_socket import SocketBlockedError, SocketConnectBlockedError

    with pytest.raises((SocketConnectBlockedError, SocketBlockedError)):
        socket.create_connection(("93.184.215.14", 80), timeout=3)  # example.com by address: no DNS needed
    with pytest.raises((SocketConnectBlockedError, SocketBlockedError)):
        socket.create_connection(("2606:2800:21f:cb07:6820:80da:af6b:8b2c", 80), timeout=3)
    try:
        socket.create_connection(("example.com", 80), timeout=3)
    except (SocketConnectBlockedError, SocketBlockedError, OSError):
        pass  # blocked at connect, or the name does not even resolve offline
    else:  # pragma: no cover
        pytest.fail("an outbound connection to example.com succeeded during the tests")


def test_loopback_stays_open_for_notebook_kernels():
    with socket.create_server(("127.0.0.1", 0)) as server:
        port = server.getsockname()[1]
        with socket.create_connection(("127.0.0.1", port), timeout=3):
            pass
