"""Whatever a visitor pastes is shown as text: markup in a note or a name never runs and never
becomes part of the page."""

from __future__ import annotations

from typing import Any

import pytest
from checker_driver import Checker, watched_page

HOSTILE_TEXTS = [
    "<img src=x onerror=alert(1)>",
    "</textarea><script>alert(1)</script>",
    "Hi Ada, \"><svg onload=alert(1)> we met at PyCon <b>bold</b> & I'd like to keep in touch.",
]


@pytest.mark.parametrize("hostile", HOSTILE_TEXTS)
def test_markup_in_the_note_and_the_name_is_shown_as_text(
    new_context: Any, site_server: str, hostile: str
) -> None:
    context = new_context()
    page, watch = watched_page(context)
    page.goto(site_server + "checker/")
    checker = Checker(page)
    checker.wait_until_ready()
    elements_before = page.evaluate("document.querySelectorAll('*').length")

    # in received mode too, so the action box and reply are rendered as well
    for mode in ("draft", "received"):
        checker.enter(hostile, mode=mode, name=hostile)
        assert page.input_value("textarea[name=note]") == hostile
        assert page.input_value("input[name=name]") == hostile
        layer = page.evaluate("document.querySelector('.nc-backdrop').textContent")
        assert layer.replace("\u200b", "") == hostile
        assert page.evaluate("document.querySelectorAll('.nc-backdrop *:not(mark)').length") == 0

    page.wait_for_timeout(300)  # give an injected onerror/onload a moment to fire
    assert watch.dialogs == []
    assert watch.errors == []
    injected = page.evaluate(
        """() => ({
            images: document.querySelectorAll('img[src="x"]').length,
            svgs: document.querySelectorAll('.note-checker svg').length,
            bold: document.querySelectorAll('.note-checker b').length,
            scripts: [...document.scripts].filter(s => s.textContent.includes('alert(1)')).length,
        })"""
    )
    assert injected == {"images": 0, "svgs": 0, "bold": 0, "scripts": 0}
    # the page grew only by the widget's own results, never by a parsed copy of the text
    assert page.evaluate("document.querySelectorAll('textarea').length") == 1
    assert page.evaluate("document.querySelectorAll('*').length") > elements_before
