"""Nothing jumps while the checker pages load on a phone: cumulative layout shift under 0.05.

The widget, the composer and the policy page's personal parts are drawn by module scripts,
often after the first paint. To see the page as a slow phone does, the scripts and the
wordings are held back for a second each, so the browser paints before they run.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
HELD_BACK = ("**/widget.js", "**/wording.json", "**/policy.js", "**/composer.js")
TARGET_CLS = 0.05

# Layout shifts not caused by the visitor's input, summed, with what moved.
LAYOUT_SHIFTS = """
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    const moved = entry.sources.map((source) => source.node?.className || source.node?.nodeName);
    window.__shifts.push({ value: entry.value, moved });
  }
}).observe({ type: "layout-shift", buffered: true });
"""


def hold_back(route: Any) -> None:
    time.sleep(1.0)
    route.continue_()


@pytest.mark.parametrize("path", ["checker/", "policy/?name=Ada", "policy/"])
def test_the_page_does_not_jump_while_the_checker_mounts(
    new_context: Any, site_server: str, path: str
) -> None:
    page = new_context(**PHONE).new_page()
    page.add_init_script(LAYOUT_SHIFTS)
    for pattern in HELD_BACK:
        page.route(pattern, hold_back)
    page.goto(site_server + path)
    page.wait_for_selector(".note-checker.nc-mounted", timeout=30_000)
    page.wait_for_timeout(1500)  # the worker's progress and ready lines come after mounting
    shifts = page.evaluate("window.__shifts")
    total = sum(shift["value"] for shift in shifts)
    assert total < TARGET_CLS, shifts
