"""Driving JupyterLab in headless Chromium: the browser test's machinery.

A `Lab` is one JupyterLab server on 127.0.0.1 (random port and token, Jupyter folders
and user settings in a temporary directory) serving a folder of notebook copies; `run`
opens one notebook in Chromium, runs all cells from the Run menu, and returns what a user
would see: cells not run, error outputs, broken images, outputs typeset as maths and,
for a notebook with selection widgets, whether each click redrew the table and the chart.
Chromium is the system one (Debian `chromium`), driven by Playwright; nothing is downloaded.
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

# Lab user settings: the whole notebook in the DOM (no virtualised cells), no news or
# update checks over the network. Kernel settings (comms over subshells) stay at their
# defaults: the notebooks must work as users have JupyterLab.
SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none", "scrollPastEnd": False},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false", "checkForUpdates": False},
}


def chromium_path() -> str | None:
    return os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


def strip_outputs(src: Path, dst: Path) -> None:
    """A copy of a notebook with no outputs, so everything the test sees comes from this run."""
    nb = nbformat.read(str(src), as_version=4)
    for c in nb.cells:
        if c.cell_type == "code":
            c.outputs, c.execution_count = [], None
    nb.metadata.pop("widgets", None)
    nbformat.write(nb, str(dst))


def count_images(path: Path) -> int:
    """Image outputs the committed notebook shows: the browser must show at least as many."""
    nb = nbformat.read(str(path), as_version=4)
    return sum(1 for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
               if any(k.startswith("image/") for k in o.get("data", {})))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Lab:
    """One JupyterLab server for a folder of notebooks; stop() ends it and its kernels."""

    def __init__(self, root: Path, home: Path):
        self.root, self.home = root, home
        self.port, self.token = _free_port(), secrets.token_hex(16)
        self.base = f"http://127.0.0.1:{self.port}"
        env = dict(os.environ)
        for var, sub in (("JUPYTER_CONFIG_DIR", "config"), ("JUPYTER_DATA_DIR", "data"),
                         ("JUPYTER_RUNTIME_DIR", "runtime"), ("JUPYTERLAB_SETTINGS_DIR", "settings"),
                         ("JUPYTERLAB_WORKSPACES_DIR", "workspaces"), ("IPYTHONDIR", "ipython"),
                         ("MPLCONFIGDIR", "mpl")):
            (home / sub).mkdir(parents=True, exist_ok=True)
            env[var] = str(home / sub)
        env.pop("MPLBACKEND", None)
        env.setdefault("PYTHONHASHSEED", "0")
        for name, value in SETTINGS.items():
            p = home / "settings" / name
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(json.dumps(value))
        cmd = [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--ServerApp.ip=127.0.0.1",
               f"--ServerApp.port={self.port}", "--ServerApp.port_retries=0",
               f"--IdentityProvider.token={self.token}", f"--ServerApp.root_dir={root}",
               "--LabApp.news_url=", "--ServerApp.log_level=WARN"]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            cmd.append("--allow-root")
        self.log = open(home / "lab.log", "wb")
        self.proc = subprocess.Popen(cmd, cwd=root, env=env, stdout=self.log, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        deadline = time.monotonic() + 60
        while True:
            try:
                self.api("GET", "/api/status")
                break
            except OSError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"JupyterLab did not start; see {home / 'lab.log'}")
                time.sleep(0.2)

    def api(self, method: str, path: str) -> object:
        req = urllib.request.Request(self.base + path, method=method,
                                     headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(req, timeout=10) as r:
            body = r.read()
        return json.loads(body) if body else None

    def end_sessions(self) -> None:
        """Closing a page leaves its kernel running: end every session before the next notebook."""
        for s in self.api("GET", "/api/sessions") or []:
            self.api("DELETE", f"/api/sessions/{s['id']}")

    def stop(self) -> None:
        try:
            self.api("POST", "/api/shutdown")
            self.proc.wait(timeout=15)
        except Exception:  # noqa: BLE001 - fall through to ending the process group we started
            pass
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
        self.log.close()


@dataclass
class Result:
    """What the user saw in one notebook."""

    name: str
    cells: int = 0
    not_run: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    images: int = 0
    broken_images: int = 0
    maths: list[str] = field(default_factory=list)
    clicks: list[str] = field(default_factory=list)
    click_problems: list[str] = field(default_factory=list)
    seconds: float = 0.0
    screenshot: Path | None = None

    def problems(self, min_images: int = 0, min_clicks: int = 0) -> list[str]:
        out = []
        if self.not_run:
            out.append(f"{len(self.not_run)} of {self.cells} code cells did not run (cells {self.not_run})")
        out += [f"error output: {e}" for e in self.errors]
        if self.broken_images:
            out.append(f"{self.broken_images} images did not decode")
        if self.images < min_images:
            out.append(f"{self.images} images shown, the committed notebook has {min_images}")
        out += [f"typeset as maths: {m}" for m in self.maths]
        out += self.click_problems
        if len(self.clicks) < min_clicks:
            out.append(f"only {len(self.clicks)} of {min_clicks} selection changes redrew the table and the chart")
        return out


# ------------------------------------------------------------------ in-page probes (JS)
_STATE = """() => {
  const nb = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook');
  const ind = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator');
  const kn = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-KernelName');
  if (!nb) return null;
  const prompts = [...nb.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')].map(p => p.textContent.trim());
  return {status: ind ? ind.getAttribute('data-status') : null, kernel: kn ? kn.textContent.trim() : '',
          prompts: prompts};
}"""

_CHECK = """() => {
  const nb = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook');
  const text = el => (el.innerText || el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 160);
  const errors = [...nb.querySelectorAll('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')]
      .map(e => { const lines = (e.innerText || e.textContent || '').split('\\n').map(l => l.trim()).filter(Boolean);
                  return (lines.length ? lines[lines.length - 1] : '').slice(0, 240); });
  const imgs = [...nb.querySelectorAll('.jp-OutputArea-output img')];
  const maths = [...nb.querySelectorAll('mjx-container, .MathJax, .MathJax_Preview, .jp-RenderedLatex')].map(m => {
      const cell = m.closest('.jp-Cell');
      return text(cell ? (m.closest('.jp-OutputArea-output') || m.closest('.jp-RenderedMarkdown') || cell) : m);
  });
  return {errors, images: imgs.length, broken: imgs.filter(i => !(i.complete && i.naturalWidth > 0)).length,
          maths: [...new Set(maths)]};
}"""

# The explorer's box: a widget output holding selection lists and an Output widget.
_MARK_STALE = """(box) => {
  const out = box.querySelector('.widget-output');
  if (!out) return false;
  out.querySelectorAll('table, img').forEach(e => e.setAttribute('data-stale', '1'));
  return true;
}"""

_REDRAWN = """(box) => {
  const out = box.querySelector('.widget-output');
  if (!out) return {ok: false, why: 'no Output widget'};
  const tables = [...out.querySelectorAll('table')];
  const imgs = [...out.querySelectorAll('img')];
  const stale = out.querySelectorAll('table[data-stale], img[data-stale]').length;
  const errors = out.querySelectorAll('[data-mime-type="application/vnd.jupyter.stderr"]').length;
  const fresh = x => !x.hasAttribute('data-stale');
  const loaded = imgs.filter(i => fresh(i) && i.complete && i.naturalWidth > 0).length;
  return {ok: tables.length === 1 && imgs.length === 1 && loaded === 1 && stale === 0 && !errors,
          tables: tables.length, imgs: imgs.length, loaded, stale, errors,
          why: `tables ${tables.length}, images ${imgs.length} (${loaded} new and decoded), stale ${stale}, errors ${errors}`};
}"""


def _wait(page, fn, timeout: float, what: str, interval: float = 0.25):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = fn()
        if last:
            return last
        time.sleep(interval)
    raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")


def _finished(state) -> bool:
    if not state or state["status"] != "idle" or not state["kernel"] or state["kernel"] == "No Kernel":
        return False
    p = state["prompts"]
    return "[*]:" not in p and any(x.startswith("[") and x[1:-2].isdigit() for x in p)


def run_notebook(lab: Lab, context, name: str, shots: Path | None, clicks: int = 8,
                 timeout: float = 240) -> Result:
    """Open `name` in a fresh page, Run > Run All Cells, wait until really finished, check
    what shows, click widgets, take a full-page screenshot. Never raises for what it finds."""
    res = Result(name)
    t0 = time.monotonic()
    page = context.new_page()
    try:
        page.goto(f"{lab.base}/lab/tree/{name}?reset&token={lab.token}", wait_until="domcontentloaded")
        _wait(page, lambda: (s := page.evaluate(_STATE)) and s["status"] == "idle" and s["kernel"]
              and s["kernel"] != "No Kernel", 90, f"{name}'s kernel")
        side = page.locator(".jp-SideBar.jp-mod-left .lm-TabBar-tab.lm-mod-current")
        if side.count():
            side.first.click()  # fold the file browser away: the notebook gets the width
        page.locator(".lm-MenuBar-itemLabel:text-is('Run')").click()
        page.locator(".lm-Menu-itemLabel:text-is('Run All Cells')").click()
        # Run All marks every queued cell [*] at once; finished = idle, none [*], some [N], twice.
        _wait(page, lambda: page.wait_for_timeout(300) or _finished(page.evaluate(_STATE)), timeout, "[*] to clear")
        _wait(page, lambda: page.wait_for_timeout(500) or _finished(page.evaluate(_STATE)), 30, "idle twice")
        state = page.evaluate(_STATE)
        res.cells = len(state["prompts"])
        res.not_run = [i + 1 for i, p in enumerate(state["prompts"]) if not (p[1:-2].isdigit())]
        _click_widgets(page, res, clicks)
        if shots is not None:
            res.screenshot = _screenshot(page, shots / f"{Path(name).stem}.png")
        found = page.evaluate(_CHECK)  # last: MathJax typesets asynchronously
        res.errors, res.images, res.broken_images, res.maths = (found["errors"], found["images"], found["broken"],
                                                                found["maths"])
    except Exception as e:  # noqa: BLE001 - a hang or a missing element is a finding, reported as such
        res.errors.append(f"{type(e).__name__}: {e}")
        if shots is not None:
            try:
                res.screenshot = _screenshot(page, shots / f"{Path(name).stem}-failed.png")
            except Exception:  # noqa: BLE001
                pass
    finally:
        page.close()
        lab.end_sessions()
        res.seconds = time.monotonic() - t0
    return res


def _click_widgets(page, res: Result, clicks: int) -> None:
    """For a notebook with selection lists: `clicks` consecutive plain clicks on options of
    the first list, each a new selection; after each, the Output widget must hold one new
    table and one new decoded chart, and nothing stale or erroneous, and still do so once
    the kernel is idle again."""
    selects = page.locator(".jp-OutputArea-output select[multiple]")
    if selects.count() == 0:
        return
    box = page.locator(".jp-OutputArea-output:has(select[multiple])").first.element_handle()
    first = selects.first
    options = first.locator("option")
    n = options.count()
    start = first.evaluate("s => [...s.selectedOptions].map(o => o.index)")
    others = [i for i in range(n) if [i] != start]
    # each click a new selection; the last goes back to a starting option, so the
    # screenshot shows the explorer as it opened, redrawn by a click
    order = ((others * clicks)[:clicks - 1] + [start[0] if start else others[0]]) if n > 1 and clicks else []
    for k, i in enumerate(order, 1):
        label = options.nth(i).inner_text().strip()
        box.evaluate(_MARK_STALE)
        options.nth(i).click()
        try:
            _wait(page, lambda: box.evaluate(_REDRAWN)["ok"], 20, f"click {k} to redraw")
            _wait(page, lambda: page.wait_for_timeout(400) or (_finished(page.evaluate(_STATE))
                                                              and box.evaluate(_REDRAWN)["ok"]), 30, "idle")
            page.wait_for_timeout(400)  # a second, late callback would show up here
            after = box.evaluate(_REDRAWN)
            if not after["ok"]:
                raise TimeoutError(f"redraw undone once idle ({after['why']})")
        except TimeoutError as e:
            res.click_problems.append(f"chart or table lost after click {k} ({label!r}): {e}; "
                                      f"now {box.evaluate(_REDRAWN)['why']}")
            return
        res.clicks.append(label)


def _screenshot(page, path: Path) -> Path:
    """The whole notebook in one image: the viewport grown to the notebook's height."""
    path.parent.mkdir(parents=True, exist_ok=True)
    h = page.evaluate("""() => { const o = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer')
                                  || document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook');
                                 return o ? o.scrollHeight : 1000; }""")
    page.set_viewport_size({"width": 1400, "height": int(min(max(h + 160, 800), 16000))})
    page.wait_for_timeout(500)
    page.screenshot(path=str(path))
    return path
