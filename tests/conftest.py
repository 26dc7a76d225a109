"""Shared test set-up. Tests run with the network disabled: pytest-socket allows only
loopback (the notebook kernels talk to pytest over 127.0.0.1), see pyproject.toml."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, input_bytes: bytes | None = None, cwd: Path = ROOT, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run `python -m analysis ARGS` as a user would, capturing text output."""
    e = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=cwd, input=input_bytes,
                          capture_output=True, env=e, timeout=300)


@pytest.fixture
def cli():
    return run_cli
