"""The rules reference page lists exactly the checker's rules, each under its own anchor."""

from __future__ import annotations

import html
import re
import unicodedata
from pathlib import Path

import pytest

from checker.wording import SEVERITY_HEADINGS

from checker import RULES

SECTION_HEADING = re.compile(r'<h2 id="([^"]+)"')


@pytest.fixture(scope="module")
def reference(built_site: Path) -> str:
    return (built_site / "rules" / "index.html").read_text(encoding="utf-8")


def sections(reference: str) -> dict[str, str]:
    """Each h2 section of the article, keyed by its id."""
    article = reference.split("<article", 1)[1].split("</article>", 1)[0]
    ids = SECTION_HEADING.findall(article)
    bodies = SECTION_HEADING.split(article)[2::2]
    return dict(zip(ids, bodies, strict=True))


def test_every_rule_has_a_section_with_its_id_as_anchor_and_nothing_else(reference: str) -> None:
    # first how the verdict is decided, then one section per rule
    assert list(sections(reference)) == ["verdict", *(rule.id for rule in RULES)]


def test_the_verdict_section_lists_the_meta_rules_in_order_and_the_signals(reference: str) -> None:
    from checker.signals import catalogue
    from checker.verdict import META_RULES

    section = html.unescape(sections(reference)["verdict"])
    positions = [section.index(f"<code>{meta.id}</code>") for meta in META_RULES]
    assert positions == sorted(positions)
    assert all(meta.describes in section for meta in META_RULES)
    assert all(f"<code>{signal_id}</code>" in section for signal_id, _, _ in catalogue())


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_each_section_shows_the_rules_own_metadata(reference: str, rule) -> None:
    section = html.unescape(sections(reference)[rule.id])
    assert rule.title in section
    assert SEVERITY_HEADINGS["draft"][rule.severity] in section
    for text in (rule.message, rule.why, rule.suggestion):
        assert text in section
    for example in (*rule.must_flag, *rule.must_pass):
        if any(
            not unicodedata.category(character).startswith(("Z", "C")) for character in example.text
        ):
            assert example.text in section
        elif example.text:  # only spaces or invisible characters: the page names them
            assert "(nothing but " in section


def test_finding_links_point_at_the_reference(reference: str) -> None:
    assert all(rule.guide_path == f"rules/#{rule.id}" for rule in RULES)
    assert all(f'id="{rule.id}"' in reference for rule in RULES)
