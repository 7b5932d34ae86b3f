"""The checker page in headless Chromium: a visitor types a note and sees the verdict, the marked
words, the findings with their fixes and links, and the rule-by-rule list."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest

from checker import check
from checker.replies import replies_for
from checker.wording import VERDICT_NAMES

SEVERITY_ORDER = ("error", "warning", "suggestion")

# One note per verdict, typed as a visitor would write them. The expected verdict and marked
# words are what a reader of the guide expects; the emoji in two of them sit before the marked
# words, so a highlight placed by code-point offsets would land one or two letters off.
NOTES = [
    pytest.param(
        "personal",
        "Tom",
        "Hi Tom 👋, great meeting you at PyCon on Friday 🎉 I'd like to keep in touch about "
        "the packaging talk.",
        [],
        id="personal-with-emoji",
    ),
    pytest.param(
        "pitch",
        "Ada",
        "Hi Ada 🙂 loved your PyCon talk on accessible forms! Could we hop on a quick call so "
        "I can show you our product?",
        # one finding per sentence: the ask and the offer are marked as one run
        ["hop on a quick call so I can show you our product"],
        id="pitch-after-emoji",
    ),
    pytest.param(
        "generic",
        "Ada",
        "Hi [Name], I came across your profile and would love to connect.",
        ["[Name]", "I came across your profile"],
        id="generic-placeholder",
    ),
    pytest.param(
        "needs-work",
        "Ada",
        "Hi Adda, I enjoyed your talk on accessible forms at PyCon and would like to keep in "
        "touch.",
        ["Adda"],
        id="needs-work-misspelled-name",
    ),
]


@pytest.mark.parametrize(("verdict", "name", "text", "marked"), NOTES)
def test_a_typed_note_gets_its_verdict_and_marks(
    ready_checker: Any, verdict: str, name: str, text: str, marked: list[str]
) -> None:
    ready_checker.enter(text, mode="draft", limit=300, name=name)
    assert ready_checker.verdict == verdict
    assert ready_checker.marks() == marked


@pytest.mark.parametrize(("verdict", "name", "text", "marked"), NOTES)
def test_findings_match_the_python_checker_and_link_to_their_rules(
    ready_checker: Any, site_server: str, verdict: str, name: str, text: str, marked: list[str]
) -> None:
    ready_checker.enter(text, mode="draft", limit=300, name=name)
    expected = check(text, mode="draft", name=name, limit=300).to_dict()
    by_severity = sorted(expected["findings"], key=lambda f: SEVERITY_ORDER.index(f["severity"]))
    # findings with the same explanation are listed once, with every quote
    first_of_each: dict[tuple[str, ...], dict[str, Any]] = {}
    for finding in by_severity:
        key = (finding["severity"], finding["rule"], finding["message"], finding["suggestion"])
        first_of_each.setdefault(key, finding)
    by_severity = list(first_of_each.values())
    shown = ready_checker.findings()
    assert [(f["rule"], f["severity"]) for f in shown] == [
        (f["rule"], f["severity"]) for f in by_severity
    ]
    for finding, listed in zip(by_severity, shown, strict=True):
        assert finding["message"] in listed["text"]
        assert finding["suggestion"] in listed["text"]
        # the link works wherever the site is served: same origin, the rule's anchor
        assert listed["link"] == site_server + finding["guide_path"]


def test_the_rule_by_rule_list_shows_every_rule_met_or_missed(ready_checker: Any) -> None:
    text = "Hi [Name], I came across your profile and would love to connect."
    ready_checker.enter(text, mode="draft", limit=300, name="Ada")
    expected = check(text, mode="draft", name="Ada", limit=300).to_dict()["rules"]
    rows = ready_checker.page.eval_on_selector_all(
        ".nc-rules li", "items => items.map(i => [i.dataset.rule, i.dataset.passed === 'true'])"
    )
    assert rows == [[rule["rule"], rule["passed"]] for rule in expected]
    assert any(not passed for _, passed in rows) and any(passed for _, passed in rows)
    summary = ready_checker.page.inner_text(".nc-rules summary")
    judged = [rule for rule in expected if rule["status"] != "skipped"]
    assert f"{sum(passed for _, passed in rows)} of {len(judged)} met" in summary

    # opened once, the list stays open while the visitor keeps typing
    ready_checker.page.click(".nc-rules summary")
    assert ready_checker.page.locator(".nc-rules li").first.is_visible()
    ready_checker.enter(text + " We met at PyCon.")
    assert ready_checker.page.get_attribute(".nc-rules", "open") is not None


def test_for_a_stock_sentence_the_rule_table_ticks_nothing_the_sender_did_not_write(
    ready_checker: Any,
) -> None:
    ready_checker.enter("I'd like to add you to my professional network on LinkedIn.", name="Ada")
    assert ready_checker.verdict == "generic"
    rows = dict(
        ready_checker.page.eval_on_selector_all(
            ".nc-rules li", "items => items.map(i => [i.dataset.rule, i.dataset.status])"
        )
    )
    assert rows["reason"] == rows["self-intro"] == rows["boilerplate"] == "skipped"
    summary = ready_checker.page.inner_text(".nc-rules summary")
    assert "not checked" in summary
    assert summary.startswith(f"Rule by rule: {list(rows.values()).count('pass')} of 9 met")


def test_a_received_stock_request_gets_advice_and_a_reply_to_copy(
    ready_checker: Any, context_permissions: None, site_server: str
) -> None:
    text = "Hi Ada, I'd like to add you to my professional network."
    ready_checker.enter(text, mode="received", limit=300, name="Ada")
    report = check(text, mode="received", name="Ada", limit=300)
    expected = report.to_dict()["action"]
    # the first reply offered is the heads-up from checker/replies.py, linking the policy page
    reply = replies_for(report, policy_url=site_server + "policy/")[0].text
    assert ready_checker.verdict == "generic"
    page = ready_checker.page
    assert page.get_attribute(".nc-action", "data-action") == expected["id"]
    assert expected["advice"] in page.inner_text(".nc-action")
    assert page.locator(".nc-reply").first.inner_text() == reply
    page.locator(".nc-copy").first.click()
    page.wait_for_function("() => document.querySelector('.nc-copied').textContent !== ''")
    assert page.evaluate("navigator.clipboard.readText()") == reply


@pytest.fixture
def context_permissions(ready_checker: Any, site_server: str) -> None:
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(site_server))
    ready_checker.page.context.grant_permissions(
        ["clipboard-read", "clipboard-write"], origin=origin
    )


def test_the_count_counts_emoji_as_one_character_and_flags_the_free_limit(
    ready_checker: Any,
) -> None:
    ready_checker.enter("Hi 👋🏽", mode="draft", limit=300, name="")
    # H, i, space, waving hand, skin tone: five code points (seven UTF-16 units)
    assert ready_checker.count_text().startswith("5 / 300")
    long_note = "Hi Ada, we met at the Leeds meetup and talked about tests. " * 4
    ready_checker.enter(long_note, limit=200)
    count = ready_checker.count_text()
    assert count.startswith(f"{len(long_note)} / 200")
    assert f"{len(long_note) - 200} too many" in count
    assert "nc-count--over" in (ready_checker.page.get_attribute(".nc-count", "class") or "")


def test_typing_key_by_key_shows_the_verdict_for_the_final_text(ready_checker: Any) -> None:
    page = ready_checker.page
    page.fill("textarea[name=note]", "")
    ready_checker.set_options(mode="draft", limit=300, name="Ada")
    page.click("textarea[name=note]")
    page.keyboard.type("Hi Ada 😀 join my LinkedIn group for founders!", delay=15)
    ready_checker.wait_for_result()
    assert ready_checker.verdict == "pitch"
    assert ready_checker.marks() == ["join my LinkedIn group"]


def test_the_marks_layer_holds_the_same_text_in_the_same_place(ready_checker: Any) -> None:
    text = "Hi Ada 🙂\n\nloved your talk! Could we hop on a quick call?\n"
    ready_checker.enter(text, mode="draft", limit=300, name="Ada")
    page = ready_checker.page
    layer_text = page.evaluate(
        "document.querySelector('.nc-backdrop').textContent.replace(/\\u200b$/, '')"
    )
    assert layer_text == text
    layer = page.locator(".nc-backdrop").bounding_box()
    field = page.locator("textarea[name=note]").bounding_box()
    assert layer is not None and field is not None
    assert (layer["x"], layer["y"], layer["width"], layer["height"]) == pytest.approx(
        (field["x"], field["y"], field["width"], field["height"]), abs=1
    )
    mark = page.locator(".nc-backdrop mark").first.bounding_box()
    assert mark is not None
    assert field["y"] < mark["y"] < field["y"] + field["height"]
    styles = page.evaluate(
        """() => ['.nc-backdrop', 'textarea[name=note]'].map(s => {
            const c = getComputedStyle(document.querySelector(s));
            return [c.fontFamily, c.fontSize, c.lineHeight, c.paddingLeft, c.paddingTop,
                    c.borderLeftWidth, c.borderTopWidth, c.whiteSpace, c.letterSpacing];
        })"""
    )
    assert styles[0] == styles[1]


def test_a_page_script_can_preset_the_name_limit_and_note(ready_checker: Any) -> None:
    """The policy page fills in the owner's name from its link after the widget is mounted."""
    page = ready_checker.page
    page.fill("textarea[name=note]", "")
    page.eval_on_selector(
        ".note-checker",
        """root => {
            root.dataset.name = "Grace";
            root.dataset.limit = "200";
            root.dataset.text = "Hi Ada, we met at the Lagos PyCon and I'd like to keep in touch.";
        }""",
    )
    ready_checker.wait_for_result()
    assert page.input_value("input[name=name]") == "Grace"
    assert page.is_checked("input[name=limit][value='200']")
    assert ready_checker.count_text().endswith("/ 200 characters")
    assert ready_checker.verdict == "needs-work"
    assert ready_checker.marks() == ["Ada"]


def test_screen_readers_hear_the_verdict_once_typing_pauses_not_every_flip(
    ready_checker: Any,
) -> None:
    page = ready_checker.page
    announcer = ".note-checker .nc-verdict > .nc-visually-hidden"
    assert page.get_attribute(".note-checker .nc-verdict", "aria-live") == "polite"
    assert page.get_attribute(".note-checker .nc-verdict__text", "aria-hidden") == "true"
    ready_checker.enter("Hi Ada, join my group!", name="Ada")
    assert ready_checker.verdict == "pitch"
    # the visible banner changes at once; the spoken one follows after a pause
    assert "pitch" not in page.inner_text(announcer).lower()
    page.wait_for_function(
        "([sel, said]) => document.querySelector(sel).textContent.startsWith(said)",
        arg=[announcer, f"{VERDICT_NAMES['pitch']}. "],
    )


def test_the_note_placeholder_greets_the_name_given(ready_checker: Any) -> None:
    page = ready_checker.page
    ready_checker.set_options(mode="draft", name="Priya Raman")
    placeholder = page.get_attribute(".note-checker textarea[name=note]", "placeholder")
    assert placeholder is not None and placeholder.startswith("Hi Priya,")
    ready_checker.set_options(mode="received")
    placeholder = page.get_attribute(".note-checker textarea[name=note]", "placeholder")
    assert placeholder == "Paste the note you received"
    ready_checker.set_options(mode="draft")


def test_the_note_is_copied_with_one_click(ready_checker: Any, context_permissions: None) -> None:
    text = "Hi Ada, great meeting you at PyCon on Friday. I'd like to keep in touch!"
    ready_checker.enter(text, mode="draft", name="Ada")
    page = ready_checker.page
    page.get_by_role("button", name="Copy the note").click()
    page.wait_for_function("() => document.querySelector('.nc-note-copied').textContent !== ''")
    assert page.evaluate("navigator.clipboard.readText()") == text
    assert page.inner_text(".nc-note-copied") == "Copied the note."
