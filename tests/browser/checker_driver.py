"""Drives the checker widget in a Playwright page the way a visitor does (shared by the browser
tests and scripts/bench_browser.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

READY_TIMEOUT_MS = 30_000
RESULT_TIMEOUT_MS = 10_000


@dataclass
class PageWatch:
    """What a page did that it should not have: dialogs opened, uncaught errors."""

    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


class Checker:
    """One checker widget on a page, driven by its form fields."""

    def __init__(self, page: Any, root: str = ".note-checker") -> None:
        self.page = page
        self.root = root

    def selector(self, inner: str) -> str:
        return f"{self.root} {inner}"

    def wait_until_ready(self) -> None:
        """Waits for Python to load; a checker that loads on intent is started first, the way a
        visitor starts it: by clicking into the note."""
        if self.page.get_attribute(self.root, "data-load") == "on-intent":
            self.page.focus(self.selector("textarea[name=note]"))
        self.page.wait_for_selector(f"{self.root}[data-state=ready]", timeout=READY_TIMEOUT_MS)

    def set_options(
        self, *, mode: str | None = None, limit: int | None = None, name: str | None = None
    ) -> None:
        if mode is not None:
            self.page.check(self.selector(f"input[name=mode][value={mode}]"))
        if limit is not None:
            self.page.check(self.selector(f"input[name=limit][value='{limit}']"))
        if name is not None:
            self.page.fill(self.selector("input[name=name]"), name)

    def enter(self, text: str, **options: Any) -> None:
        """Sets the options, pastes the note and waits for the report on exactly that note."""
        self.set_options(**options)
        self.page.fill(self.selector("textarea[name=note]"), text)
        self.wait_for_result()

    def checks(self) -> int:
        """How many reports the widget has shown so far (its data-checks)."""
        return int(self.page.get_attribute(self.root, "data-checks") or 0)

    def wait_for_report_after(
        self, checks_before: int, timeout_ms: int = RESULT_TIMEOUT_MS
    ) -> None:
        """Waits until the widget has shown a report since `checks()` said `checks_before`, and
        no change is waiting for one."""
        self.page.wait_for_function(
            """([selector, before]) => {
                 const root = document.querySelector(selector);
                 return Number(root?.dataset.checks || 0) > before && !("pending" in root.dataset);
               }""",
            arg=[self.root, checks_before],
            timeout=timeout_ms,
        )

    def wait_for_result(self) -> None:
        self.page.wait_for_selector(
            f"{self.root}:not([data-pending]) .nc-verdict[data-verdict]", timeout=RESULT_TIMEOUT_MS
        )

    @property
    def verdict(self) -> str | None:
        return self.page.get_attribute(self.selector(".nc-verdict"), "data-verdict")

    def marks(self) -> list[str]:
        return self.page.locator(self.selector(".nc-backdrop mark")).all_text_contents()

    def findings(self) -> list[dict[str, str]]:
        return self.page.eval_on_selector_all(
            self.selector(".nc-finding"),
            """items => items.map(item => ({
                rule: item.dataset.rule,
                severity: item.dataset.severity,
                text: item.innerText,
                link: item.querySelector("a").href,
            }))""",
        )

    def count_text(self) -> str:
        return self.page.inner_text(self.selector(".nc-count"))


def watched_page(context: Any) -> tuple[Any, PageWatch]:
    page = context.new_page()
    watch = PageWatch()

    def on_dialog(dialog: Any) -> None:
        watch.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("pageerror", lambda error: watch.errors.append(f"{error}\n{error.stack}"))
    return page, watch


def open_home_watching_for_reloads(context: Any, address: str) -> tuple[Any, PageWatch]:
    """Opens the home page and marks the document, so a later full page load shows up in
    stayed_in_same_document(): navigation.instant should swap content without one."""
    page, watch = watched_page(context)
    page.goto(address)
    page.wait_for_load_state("networkidle")
    page.evaluate("window.__sameDocument = true")  # survives only if no full page load happens
    return page, watch


def stayed_in_same_document(page: Any) -> bool:
    return page.evaluate("window.__sameDocument === true")


def wait_until(page: Any, condition: Callable[[], object], timeout_ms: int = 30_000) -> bool:
    """Waits for a condition on the test's side (requests seen, workers closed), letting the page
    run and Playwright deliver its events meanwhile; returns whether it came true in time."""
    waited = 0
    while not condition() and waited < timeout_ms:
        page.wait_for_timeout(100)
        waited += 100
    return bool(condition())
