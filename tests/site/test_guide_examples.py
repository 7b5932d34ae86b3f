"""What the Templates and Writing pages say about each note is what the checker says."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from checker import RULES, check
from checker.model import FREE_LIMIT
from checker.templates import (
    CONTRASTS,
    TEMPLATES,
    Contrast,
    Template,
    fill,
    slots,
)
from checker.wording import VERDICT_NAMES

FIGURE = re.compile(
    r'<figure class="tmn-note tmn-note--(?P<kind>good|bad)">.*?<blockquote><p>(?P<note>.*?)</p>'
    r'</blockquote><p class="tmn-verdict">The checker.s verdict: <strong>(?P<verdict>[^<]+)'
    r"</strong>",
    re.S,
)
# The name the page prints, and the checker's verdict it stands for.
VERDICT_BY_NAME = {name: verdict for verdict, name in VERDICT_NAMES.items()}


def page_text(built_site: Path, page: str) -> str:
    return (built_site / page / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda template: template.id)
def test_each_template_filled_in_is_personal_and_fits_a_free_account(template: Template) -> None:
    note = fill(template, template.example)
    report = check(note, name=template.example["name"], limit=FREE_LIMIT)
    assert len(note) < FREE_LIMIT
    assert report.verdict == "personal", [finding.message for finding in report.findings]


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda template: template.id)
def test_the_templates_page_shows_the_template_and_its_filled_example(
    built_site: Path, template: Template
) -> None:
    page = html.unescape(page_text(built_site, "templates"))
    assert f'id="{template.id}"' in page
    assert fill(template, template.example) in page
    for slot in slots(template):
        assert "[" + slot.replace("_", " ").capitalize() + "]" in page


def test_a_template_with_its_brackets_left_in_is_not_personal() -> None:
    template = TEMPLATES[0]
    unfilled = fill(template, {slot: f"[{slot}]" for slot in slots(template)})
    assert check(unfilled, name=template.example["name"]).verdict != "personal"


def test_fill_refuses_a_missing_slot() -> None:
    with pytest.raises(KeyError):
        fill(TEMPLATES[0], {})


def test_the_writing_page_has_a_bad_and_a_good_note_for_every_rule() -> None:
    assert sorted(contrast.rule for contrast in CONTRASTS) == sorted(rule.id for rule in RULES)


@pytest.mark.parametrize("contrast", CONTRASTS, ids=lambda contrast: contrast.rule)
def test_each_bad_note_is_rated_as_the_page_says_and_breaks_its_rule(contrast: Contrast) -> None:
    report = check(contrast.bad, name=contrast.name, limit=contrast.limit)
    assert report.verdict == contrast.bad_verdict, report.summary
    assert contrast.rule in {finding.rule for finding in report.findings}


@pytest.mark.parametrize("contrast", CONTRASTS, ids=lambda contrast: contrast.rule)
def test_each_good_note_is_personal_and_keeps_the_rule(contrast: Contrast) -> None:
    report = check(contrast.good, name=contrast.name, limit=contrast.limit)
    assert report.verdict == "personal", [finding.message for finding in report.findings]
    assert contrast.rule not in {finding.rule for finding in report.findings}


def test_every_verdict_printed_on_the_writing_page_matches_the_checker(built_site: Path) -> None:
    figures = list(FIGURE.finditer(page_text(built_site, "writing")))
    assert len(figures) == 2 * len(CONTRASTS)
    by_note = {(contrast.bad, "bad"): contrast for contrast in CONTRASTS}
    by_note.update({(contrast.good, "good"): contrast for contrast in CONTRASTS})
    for figure in figures:
        note = html.unescape(figure["note"])
        note = "" if note == "<em>(no note at all)</em>" else note
        contrast = by_note[(note, figure["kind"])]
        report = check(note, name=contrast.name, limit=contrast.limit)
        assert VERDICT_BY_NAME[figure["verdict"]] == report.verdict, note
