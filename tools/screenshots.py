"""Screenshots of the chat for the README and the docs, with the real local model.

    .venv/bin/python tools/screenshots.py [--out docs/screens]

Serves the seed corpus in a temporary data folder and takes, at 1280x900 and at 390x844:
the first load, a disagreement, an abstention, the article view, the Conflicts tab and
the Articles tab. Needs Debian's chromium (`make browser`).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import serving  # noqa: E402
from tests.test_ui import CHROMIUM_FLAGS, ask  # noqa: E402

SIZES = {"desktop": (1280, 900), "phone": (390, 844)}


def shoot(url: str, out: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = "/usr/bin/chromium"
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        for name, (width, height) in SIZES.items():
            page = browser.new_page(viewport={"width": width, "height": height})
            page.goto(url)
            page.wait_for_selector("#examples button", timeout=180_000)
            page.screenshot(path=str(out / f"{name}-first-load.png"))
            ask(page, "Where was the complaint filed?")
            page.screenshot(path=str(out / f"{name}-conflict.png"), full_page=True)
            answer = page.locator("#chat [data-testid='bot']").last
            answer.locator("a.dq-cite").first.click()
            answer.locator(".dq-target .dq-article summary").click()
            page.screenshot(path=str(out / f"{name}-article-view.png"), full_page=True)
            ask(page, "How much money in damages is Anthropic seeking?")
            page.screenshot(path=str(out / f"{name}-abstention.png"), full_page=True)
            page.get_by_role("tab", name="Conflicts").click()
            page.wait_for_selector("#corpus-conflicts .dq-banner", timeout=120_000)
            page.screenshot(path=str(out / f"{name}-conflicts-tab.png"), full_page=True)
            page.get_by_role("tab", name="Articles").click()
            page.wait_for_timeout(1500)
            page.screenshot(path=str(out / f"{name}-articles-tab.png"), full_page=True)
            page.close()
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screens")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        env = {"DISPUTE_QA_DATA_DIR": str(Path(tmp) / "data"), "DISPUTE_QA_LLM": "local"}
        command = [str(ROOT / ".venv/bin/dispute-qa"), "ingest", "corpus"]
        full = {**os.environ, **env}
        subprocess.run(command, cwd=ROOT, env=full, check=True, stdout=subprocess.DEVNULL)
        with serving(Path(tmp), env) as served:
            shoot(served.url, args.out)


if __name__ == "__main__":
    main()
