"""The app in a real browser: Debian's Chromium driven by Playwright against `streamlit run app.py`.

One server serves the module, on a store made the way a new user makes one: `kg ingest corpus/`
(plus, when ../shared is beside the checkout, two official texts), and no `kg index` step: the app
brings the search index up to date itself when the first question comes.
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
SHARED_RAW = REPO.parent / "shared" / "corpus-raw"
OFFICIAL = [SHARED_RAW / "pp-94-2021.md", SHARED_RAW / "uu-7-2017-partial.md"]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
QUESTION = "sanksi PNS yang ikut kampanye dengan fasilitas negara"
ANSWERED = 180_000  # ms: the first question also builds the index on a loaded 2-core machine

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="/usr/bin/chromium is absent (apt-get install chromium)"
    ),
    pytest.mark.skipif(not (REPO / "corpus").is_dir(), reason="the shipped corpus/ folder is missing"),
]
needs_official = pytest.mark.skipif(
    not all(p.is_file() for p in OFFICIAL), reason="../shared/corpus-raw is not beside the checkout"
)


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


def environment(store: Path) -> dict[str, str]:
    env = {**os.environ, "KG_STORE": str(store), "KG_MODEL": "hash", "HF_HUB_OFFLINE": "1"}
    env.pop("KG_CORPUS", None)
    return env


def ingest(store: Path, *paths: Path) -> None:
    """`kg ingest PATH…` as a user types it (and nothing else: no `kg index`)."""
    cmd = [sys.executable, "-m", "kg.cli", "ingest", *map(str, paths), "--store", str(store)]
    done = subprocess.run(cmd, cwd=REPO, env=environment(store), capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]


def start_server(store: Path, port: int, log: Path) -> subprocess.Popen:
    """`streamlit run app.py` on a loopback port, with the fake encoder and this store."""
    cmd = [
        sys.executable, "-m", "streamlit", "run", "app.py",
        "--server.headless", "true", "--server.port", str(port), "--server.address", "127.0.0.1",
        "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
    ]  # fmt: skip
    with log.open("wb") as out:
        return subprocess.Popen(cmd, cwd=REPO, env=environment(store), stdout=out, stderr=subprocess.STDOUT)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    base = tmp_path_factory.mktemp("browser")
    store = base / "store"
    ingest(store, REPO / "corpus")
    official = [p for p in OFFICIAL if p.is_file()]
    if official:
        ingest(store, *official)
    port = free_port()
    proc = start_server(store, port, base / "streamlit.log")
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc)
        yield url, store, base
    finally:
        stop(proc)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def page(browser, server):
    page = browser.new_page(viewport={"width": 1280, "height": 1600})
    try:
        yield page
    finally:
        page.close()


def answered(page, shots: Path, name: str) -> None:
    from playwright.sync_api import expect

    done = page.get_by_text("Answer assembled").or_(page.get_by_text("Nothing in the store supports"))
    try:
        expect(done.first).to_be_visible(timeout=ANSWERED)
    except AssertionError:
        page.screenshot(path=str(shots / f"{name}-no-answer.png"), full_page=True)
        raise


def settled_links(page, quiet: float = 2.0, timeout: float = 60.0) -> list[str]:
    """The citation chips once Streamlit has stopped adding them ("Answer assembled" shows first)."""
    links = page.get_by_test_id("stPageLink-NavLink")
    seen, since = links.all_inner_texts(), time.monotonic()
    deadline = since + timeout
    while time.monotonic() < deadline:
        page.wait_for_timeout(250)
        now = links.all_inner_texts()
        if now != seen:
            seen, since = now, time.monotonic()
        elif seen and time.monotonic() - since >= quiet:
            return seen
    raise AssertionError(f"the citation chips did not settle within {timeout}s: {seen}")


def test_after_kg_ingest_a_question_is_answered_with_no_index_step(page, server):
    from playwright.sync_api import expect

    url, store, shots = server
    page.goto(f"{url}/?q={quote(QUESTION)}")
    answered(page, shots, "ingest-ask")
    assert (store / "index" / "params.json").is_file()
    expect(page.get_by_text("Sanctions by regime")).to_be_visible()
    # A citation card's chip (the chips inside sentences open a new tab).
    chips = page.get_by_test_id("stPageLink-NavLink")
    citation = chips.filter(has_text=re.compile(r"PP No\. 94 Tahun 2021")).first
    label = re.search(r"PP No\. 94 Tahun 2021[^\n]*", citation.inner_text()).group(0).strip()
    citation.click()
    expect(page.get_by_role("heading", name=label, exact=True)).to_be_visible(timeout=30_000)
    assert "/browse" in page.url and "id=pp-94-2021" in page.url


def test_the_answer_opens_with_plain_sentences_each_with_citation_chips(page, server):
    from playwright.sync_api import expect

    url, _, shots = server
    page.goto(f"{url}/?q={quote(QUESTION)}")
    answered(page, shots, "direct")
    box = page.locator(".st-key-direct_answer")
    expect(box.get_by_text("In short")).to_be_visible()
    expect(box.get_by_text(re.compile(r"must not .*state facilities"))).to_be_visible()
    expect(box.get_by_text(re.compile(r"penalty is heavy"))).to_be_visible()
    chips = box.get_by_role("link")
    hrefs = [chips.nth(i).get_attribute("href") or "" for i in range(chips.count())]
    assert any("browse?id=pp-94-2021/pasal-5/huruf-n/angka-4" in h for h in hrefs), hrefs
    assert any("browse?id=pp-94-2021/pasal-14" in h for h in hrefs), hrefs
    # The chips read as citations, never as ids.
    assert all(re.match(r"[A-Z][A-Za-z]* No\. \S+ Tahun \d{4}", t) for t in chips.all_inner_texts()), (
        chips.all_inner_texts()
    )
    page.screenshot(path=str(shots / "ask.png"), full_page=True)


def test_a_link_with_a_date_reopens_the_same_dated_answer(page, browser, server):
    from playwright.sync_api import expect

    url, _, shots = server
    page.goto(f"{url}/")
    page.get_by_role("textbox", name="Question").fill(QUESTION)
    field = page.get_by_role("textbox", name=re.compile("Law as it stood on"))
    field.fill("2022-01-01")
    field.press("Enter")  # Enter in the date field asks
    answered(page, shots, "dated")
    expect(page.get_by_text("Law as it stood on 2022-01-01")).to_be_visible()
    expect(page).to_have_url(re.compile(r"at=2022-01-01"))
    shared = page.url
    first = settled_links(page)
    assert first

    again = browser.new_page(viewport={"width": 1280, "height": 1600})
    try:
        again.goto(shared)
        answered(again, shots, "dated-again")
        expect(again.get_by_text("Law as it stood on 2022-01-01")).to_be_visible()
        assert settled_links(again) == first
    finally:
        again.close()


@needs_official
def test_a_huruf_is_shown_with_its_lead_in_and_its_pasal(page, server):
    from playwright.sync_api import expect

    url, _, _ = server
    page.goto(f"{url}/?id=pp-94-2021/pasal-5/huruf-n/angka-4")
    lead = page.locator(".st-key-lead_in")
    expect(lead.get_by_text("Introduced by")).to_be_visible(timeout=60_000)
    expect(lead.get_by_text("PNS dilarang")).to_be_visible()
    expect(lead.get_by_role("link", name="Pasal 5")).to_be_visible()
    expect(lead.get_by_role("link", name="huruf n")).to_be_visible()


@needs_official
def test_uu_7_2017_shows_its_buku_level_in_the_tree(page, server):
    from playwright.sync_api import expect

    url, _, shots = server
    page.goto(f"{url}/?id=uu-7-2017")
    expect(page.get_by_text("Contents", exact=True)).to_be_visible(timeout=60_000)
    try:
        expect(page.get_by_text(re.compile(r"^Buku Kesatu")).first).to_be_visible(timeout=20_000)
    except AssertionError:
        page.screenshot(path=str(shots / "uu-7-2017.png"), full_page=True)
        raise
    expect(page.get_by_text(re.compile(r"^Buku Kedua")).first).to_be_visible()
