"""The app in a real browser: Debian's Chromium driven by Playwright against `streamlit run app.py`.

The server starts on an empty temporary store, so this also walks the fresh-machine path: the
first start builds the shipped corpus, then answers the question from the link.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest
from servers import free_port, stop

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
QUESTION = "sanksi PNS ikut kampanye"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="/usr/bin/chromium is absent (apt-get install chromium)"
    ),
    pytest.mark.skipif(not (REPO / "corpus").is_dir(), reason="the shipped corpus/ folder is missing"),
]


def wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {proc.returncode}")
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"streamlit did not answer on {url} within {timeout}s")


def start_server(store: Path, port: int, log: Path) -> subprocess.Popen:
    """`streamlit run app.py` on a loopback port, with the fake encoder and this store."""
    env = {**os.environ, "KG_STORE": str(store), "KG_MODEL": "hash", "HF_HUB_OFFLINE": "1"}
    env.pop("KG_CORPUS", None)
    cmd = [
        sys.executable, "-m", "streamlit", "run", "app.py",
        "--server.headless", "true", "--server.port", str(port), "--server.address", "127.0.0.1",
        "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
    ]  # fmt: skip
    with log.open("wb") as out:
        return subprocess.Popen(cmd, cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT)


@pytest.fixture
def server(tmp_path):
    port = free_port()
    log = tmp_path / "streamlit.log"
    proc = start_server(tmp_path / "store", port, log)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc)
        yield url, tmp_path / "store"
    finally:
        stop(proc)


def test_question_link_answers_and_a_citation_opens_browse(server, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    url, store = server
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1600})
            page.goto(f"{url}/?q={quote(QUESTION)}")
            # The first start builds the store, then the answer card appears with its citations.
            done = page.get_by_text("Answer assembled").or_(page.get_by_text("Nothing in the store supports"))
            try:
                expect(done.first).to_be_visible(timeout=180_000)
            except AssertionError:
                page.screenshot(path=str(tmp_path / "no-answer.png"))
                raise
            page.screenshot(path=str(tmp_path / "ask.png"), full_page=True)
            shown = [t.strip() for t in page.get_by_role("link").all_inner_texts()]
            citation = page.get_by_role("link", name=re.compile(r"PP No\. 94 Tahun 2021")).first
            assert citation.count(), f"no citation to PP 94/2021 among the links: {shown}"
            expect(page.get_by_text("Sanctions by regime")).to_be_visible()
            # The chip's text is its icon's name, then the citation.
            found = re.search(r"PP No\. 94 Tahun 2021[^\n]*", citation.inner_text())
            assert found, citation.inner_text()
            label = found.group(0).strip()
            assert (store / "corpus" / "bundle.json").is_file()

            citation.click()
            expect(page.get_by_role("heading", name="Browse the law")).to_be_visible(timeout=30_000)
            expect(page.get_by_role("heading", name=label, exact=True)).to_be_visible(timeout=30_000)
            assert "/browse" in page.url and "id=pp-94-2021" in page.url
            page.screenshot(path=str(tmp_path / "browse.png"), full_page=True)
            assert (tmp_path / "browse.png").stat().st_size > 10_000
        finally:
            browser.close()
