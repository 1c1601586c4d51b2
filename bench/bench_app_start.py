"""Time until the Streamlit app is ready with an existing store (target: at most 5 s).

Starts ``streamlit run app.py`` on a free loopback port, and with Debian's Chromium (Playwright)
opens the app and waits until the Ask page's question box is on screen. Prints, per run and as the
median: seconds to the server's health check, seconds from launch to the Ask page ready, and the
CPU seconds the server process had used by then (wall time on a shared machine says little without
it; the load average is printed too).
With ``--question`` it also times the first answer: in the first run as soon as the page is ready
(cold: the answer waits for whatever is still loading), in the second after ``--warm-wait`` seconds
(the first answer in a warm UI: the app has loaded what it loads after drawing its first page).

    python bench/bench_app_start.py --store .kg-store [--runs 3] [--question "…"] [--warm-wait S] [--baseline]

``--baseline`` times an empty Streamlit app the same way, to tell the framework's own start-up
(interpreter, Streamlit, the browser loading its front end) from what this app adds.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
TARGET_S = 5.0


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# An empty app with one text box: what Streamlit alone costs on this machine, for comparison.
BASELINE_APP = 'import streamlit as st\nst.title("baseline")\nst.text_area("Question")\n'


def one_run(
    store: Path, question: str | None, timeout: float, app_dir: Path = REPO, wait_s: float = 0.0
) -> dict:
    """Launch the server, wait for health, then for the Ask page in the browser (and an answer)."""
    from playwright.sync_api import sync_playwright

    port = free_port()
    env = {**os.environ, "KG_STORE": str(store.resolve()), "HF_HUB_OFFLINE": "1"}
    cmd = [
        sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
        "--server.port", str(port), "--server.address", "127.0.0.1",
        "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
    ]  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    out: dict = {}
    with sync_playwright() as p:
        # The browser starts first: its own launch is not the app's start-up.
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        page = browser.new_page()
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            cmd, cwd=app_dir, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            while True:
                if proc.poll() is not None:
                    raise SystemExit(f"streamlit exited with code {proc.returncode}")
                if time.perf_counter() - t0 > timeout:
                    raise SystemExit(f"no health check answer within {timeout}s")
                try:
                    with urllib.request.urlopen(url + "/_stcore/health", timeout=1):
                        break
                except OSError:
                    time.sleep(0.05)
            out["health_s"] = time.perf_counter() - t0
            page.goto(url + "/")
            page.get_by_role("textbox", name="Question").wait_for(timeout=timeout * 1000)
            out["ready_s"] = time.perf_counter() - t0
            out["ready_cpu_s"] = cpu_seconds(proc.pid)
            if question:
                time.sleep(wait_s)
                t1 = time.perf_counter()
                page.goto(f"{url}/?q={quote(question)}")
                page.get_by_text("Answer assembled").or_(
                    page.get_by_text("Nothing in the store supports")
                ).first.wait_for(timeout=timeout * 1000)
                out["first_answer_s"] = time.perf_counter() - t1
        finally:
            browser.close()
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path, default=Path(os.environ.get("KG_STORE") or REPO / ".kg-store"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--question", default=None, help="also time the first answer to this question")
    ap.add_argument("--warm-wait", type=float, default=30.0, help="seconds before the warm first answer")
    ap.add_argument("--timeout", type=float, default=180)
    ap.add_argument("--baseline", action="store_true", help="also time an empty Streamlit app the same way")
    args = ap.parse_args()
    if not (args.store / "corpus" / "bundle.json").exists() and not (args.store / "documents").is_dir():
        raise SystemExit(
            f"{args.store} holds no store: build one first (kg ingest corpus/, or start the app once)"
        )
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} is absent: apt-get install chromium")
    import tempfile

    runs, base = [], []
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "app.py").write_text(BASELINE_APP, encoding="utf-8")
        for n in range(args.runs):
            wait = args.warm_wait if n == 1 else 0
            r = one_run(args.store, args.question if n < 2 else None, args.timeout, wait_s=wait)
            runs.append(r)
            print(json.dumps({"run": n + 1, **{k: round(v, 2) for k, v in r.items()}}))
            if args.baseline:  # interleaved, so a load swing on a shared machine hits both alike
                base.append(one_run(args.store, None, args.timeout, Path(tmp)))
                print(json.dumps({"baseline_run": n + 1, **{k: round(v, 2) for k, v in base[-1].items()}}))
    ready = statistics.median(r["ready_s"] for r in runs)
    summary = {
        "store": str(args.store),
        "model": os.environ.get("KG_MODEL") or "(index's model)",
        "runs": len(runs),
        "median_health_s": round(statistics.median(r["health_s"] for r in runs), 2),
        "median_ready_s": round(ready, 2),
        "median_ready_cpu_s": round(statistics.median(r["ready_cpu_s"] for r in runs), 2),
        "load_average_1min": [round(load_before[0], 1), round(os.getloadavg()[0], 1)],  # before, after
        "target_s": TARGET_S,
        "meets_target": ready <= TARGET_S,
    }
    if "first_answer_s" in runs[0]:
        summary["first_answer_cold_s"] = round(runs[0]["first_answer_s"], 2)
    if len(runs) > 1 and "first_answer_s" in runs[1]:
        summary["first_answer_warm_s"] = round(runs[1]["first_answer_s"], 2)
    if base:
        base_ready = statistics.median(r["ready_s"] for r in base)
        summary["baseline_empty_app_ready_s"] = round(base_ready, 2)
        summary["x_baseline"] = round(ready / base_ready, 2)
        base_cpu = statistics.median(r["ready_cpu_s"] for r in base)
        summary["baseline_empty_app_ready_cpu_s"] = round(base_cpu, 2)
        summary["x_baseline_cpu"] = round(summary["median_ready_cpu_s"] / base_cpu, 2)
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
