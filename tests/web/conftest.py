"""Browser tests: a real server over the sample corpus, driven by Debian's Chromium through
Playwright. Every request the pages make is checked: one to any host but this machine fails
the test (and is not sent). Screenshots and page load times go to tests/web/screenshots/
(ignored by git).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.conftest import CORPUS, loader_for, make_context
from tests.support.http_server import start_server, stop_server

SCREENSHOTS = Path(__file__).parent / "screenshots"
CHROMIUM = os.environ.get("MANDATES_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
LOCAL_HOSTS = {"127.0.0.1", "localhost"}

sync_api = pytest.importorskip("playwright.sync_api")


def _need_chromium() -> None:
    if not Path(CHROMIUM).exists():
        message = f"no Chromium at {CHROMIUM}: apt-get install -y chromium (or set MANDATES_CHROMIUM)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)  # CI installs it (.ci/run): a missing browser is a broken CI, not a skip
        pytest.skip(message)


@pytest.fixture(scope="session")
def web_server(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The sample corpus only, so every evidence span has its file to show."""
    path = tmp_path_factory.mktemp("web") / "store"
    ctx = make_context(store=str(path))
    results = loader_for(ctx).load([CORPUS])
    assert all(r.ok for r in results), [r.error for r in results if not r.ok]
    ctx.close()
    running = start_server(path, {"MANDATES_SOURCES": str(CORPUS), "MANDATES_QUERY_TIMEOUT": "10"})
    yield running
    stop_server(running)


# Package scope: Playwright's sync API keeps an event loop running on the main thread while it
# lives, so a session-long browser would break every later test that calls asyncio.run().
@pytest.fixture(scope="package")
def browser():  # type: ignore[no-untyped-def]
    _need_chromium()
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield launched
        launched.close()


class LoadTimes:
    """Page load times measured in the browser (Navigation Timing), written at the end."""

    def __init__(self) -> None:
        self.pages: dict[str, dict[str, float]] = {}

    def measure(self, page, name: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
        page.wait_for_load_state("load")
        timing = page.evaluate(
            """() => { const n = performance.getEntriesByType("navigation")[0];
                       return { response: n.responseEnd - n.requestStart, domReady: n.domContentLoadedEventEnd - n.startTime,
                                load: n.loadEventEnd - n.startTime }; }"""
        )
        self.pages[name] = {k: round(v, 1) for k, v in timing.items()}
        return self.pages[name]


@pytest.fixture(scope="session")
def load_times():  # type: ignore[no-untyped-def]
    times = LoadTimes()
    yield times
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / "load-times.json"
    # Merged with what another pytest-xdist worker of the same run wrote.
    try:
        earlier = json.loads(path.read_text()) if path.exists() else {}
    except ValueError:
        earlier = {}
    path.write_text(json.dumps({**earlier, **times.pages}, indent=2) + "\n")


@pytest.fixture
def page(browser, web_server, request):  # type: ignore[no-untyped-def]
    """A fresh browser tab at 1280 px; fails the test if any request leaves the machine."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True,
                                  base_url=web_server.url)
    outside: list[str] = []

    def guard(route, req):  # type: ignore[no-untyped-def]
        url = urlparse(req.url)
        if url.scheme in {"http", "https", "ws", "wss"} and url.hostname not in LOCAL_HOSTS:
            outside.append(req.url)
            route.abort()
        else:
            route.continue_()

    context.route("**/*", guard)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    yield tab
    context.close()
    assert outside == [], f"requests left the machine: {outside}"
    assert errors == [], f"script errors on the page: {errors}"


def screenshot(page, name: str) -> Path:  # type: ignore[no-untyped-def]
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
