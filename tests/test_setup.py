"""Set-up files agree with each other: the README's commands, CI, the lock and conda."""
from __future__ import annotations

import re

from analysis.paths import ROOT


def _pins(lines):
    out = {}
    for line in lines:
        m = re.match(r"^\s*-?\s*([A-Za-z0-9_.-]+)\s*(?:==|=)\s*([0-9][\w.]*)\s*$", line)
        if m:
            out[m.group(1).lower()] = m.group(2)
    return out


def test_environment_yml_pins_the_same_packages_as_requirements_in():
    req = _pins((ROOT / "requirements.in").read_text().splitlines())
    env = _pins((ROOT / "environment.yml").read_text().splitlines())
    env.pop("python", None)
    assert env == req


def test_lock_pins_every_top_level_package_at_the_same_version():
    req = _pins((ROOT / "requirements.in").read_text().splitlines())
    lock = _pins((ROOT / "requirements.lock").read_text().splitlines())
    for name, version in req.items():
        assert lock.get(name) == version, name
    assert all("==" in l for l in (ROOT / "requirements.lock").read_text().splitlines() if l and not l.startswith("#"))


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text()
    assert "make test" in readme and "make briefing" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text()
