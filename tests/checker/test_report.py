"""The report's shape: what the CLI, the browser and outside callers rely on."""

from __future__ import annotations

import json

import pytest

from checker import RULES, SCHEMA_VERSION, VERDICTS, check


def test_to_dict_is_json_ready_and_versioned() -> None:
    report = check("Hi Tom, great meeting you at PyCon. Let's keep in touch!", name="Tom")
    data = json.loads(json.dumps(report.to_dict()))
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["verdict"] in VERDICTS
    assert set(data) == {
        "schema_version",
        "verdict",
        "mode",
        "summary",
        "findings",
        "rules",
        "stats",
        "action",
        "decided_by",
        "language",
        "signals",
        "not_checked",
    }
    assert [row["rule"] for row in data["rules"]] == [rule.id for rule in RULES]
    assert data["stats"] == {"characters": 56, "characters_utf16": 56, "limit": 300}


def test_each_finding_carries_rule_severity_message_span_fix_and_link() -> None:
    report = check("Hi [Name], I came across your profile. Book a quick call: calendly.com/x")
    assert report.findings
    for finding in report.to_dict()["findings"]:
        assert finding["rule"] in {rule.id for rule in RULES}
        assert finding["severity"] in ("error", "warning", "suggestion")
        assert finding["message"] and finding["suggestion"]
        assert finding["link"].endswith(f"rules/#{finding['rule']}")
        assert finding["guide_path"] == f"rules/#{finding['rule']}"


def test_findings_are_ordered_errors_first() -> None:
    order = ["error", "warning", "suggestion"]
    report = check("Hey!!! I came across your profile. CHECK OUT MY COURSE")
    severities = [order.index(finding.severity) for finding in report.findings]
    assert severities == sorted(severities)


def test_spans_give_utf16_offsets_after_emoji() -> None:
    text = "🎉🎉 Hi [Name], congrats!"
    report = check(text)
    (slot,) = [finding for finding in report.findings if finding.rule == "placeholder"]
    assert slot.span is not None
    assert text[slot.span.start : slot.span.end] == "[Name]"
    assert slot.text == "[Name]"
    utf16 = text.encode("utf-16-le")
    start, end = slot.span.start_utf16 * 2, slot.span.end_utf16 * 2
    assert utf16[start:end].decode("utf-16-le") == "[Name]"
    assert (slot.span.start_utf16 - slot.span.start) == 2  # two astral emoji before it
    assert report.stats.characters_utf16 == report.stats.characters + 2


def test_received_mode_recommends_an_action_and_a_polite_reply_to_generic_requests() -> None:
    report = check("I'd like to add you to my professional network on LinkedIn.", mode="received")
    assert report.action is not None
    assert report.action.id == "ignore"
    assert report.action.reply and "personal note" in report.action.reply
    assert check("Hi", mode="draft").action is None


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Hi Ana, great to meet you at the Lisbon UX meetup. I'd like to keep in touch.", "accept"),
        (
            "Hi Ana, I'm a designer in Porto and would love to hear how you hire juniors.",
            "look-closer",
        ),
        ("Hi Ana, book a free strategy call with me this week!", "ignore"),
    ],
)
def test_received_actions_follow_the_verdict(text: str, action: str) -> None:
    report = check(text, mode="received", name="Ana")
    assert report.action is not None and report.action.id == action


def test_unclear_received_note_suggests_asking_how_you_know_each_other() -> None:
    report = check(
        "Hi Ana, I'm a designer in Porto and would love to hear how you hire juniors.",
        mode="received",
        name="Ana",
    )
    assert report.action is not None
    assert report.action.reply and "remind me how we know each other" in report.action.reply


def test_mode_changes_the_advice_not_the_verdict() -> None:
    text = "Hi Ana, I came across your profile and would love to connect."
    draft, received = check(text, mode="draft"), check(text, mode="received")
    assert draft.verdict == received.verdict == "generic"
    assert [f.suggestion for f in draft.findings] != [f.suggestion for f in received.findings]


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"mode": "sent"}, ValueError),
        ({"limit": 0}, ValueError),
        ({"limit": -5}, ValueError),
        ({"limit": True}, ValueError),
        ({"limit": "300"}, ValueError),
        ({"name": 42}, TypeError),
    ],
)
def test_nonsense_options_are_rejected_clearly(kwargs: dict, error: type[Exception]) -> None:
    with pytest.raises(error):
        check("Hi", **kwargs)


def test_non_string_text_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        check(b"Hi Tom")  # type: ignore[arg-type]


def test_blank_name_is_treated_as_unknown() -> None:
    assert (
        check("Hi Tom, great meeting you at PyCon. Let's keep in touch!", name="  ").verdict
        == "personal"
    )


@pytest.mark.parametrize(
    "text",
    [
        "I'd like to add you to my professional network on LinkedIn.",
        "Hi {first_name}, I'd love to learn from your experience and keep in touch.",
        "   ",
    ],
)
def test_a_template_or_empty_note_is_never_credited_with_content_it_does_not_have(
    text: str,
) -> None:
    statuses = {result.rule: result.status for result in check(text, name="Ada").rules}
    for rule in ("boilerplate", "context", "reason", "self-intro"):
        assert statuses[rule] in ("fail", "skipped"), (rule, statuses[rule])
    assert not any(r.passed for r in check(text).rules if r.status == "skipped")


@pytest.mark.parametrize(
    ("text", "because", "judged"),
    [
        ("", "there is no note", {"empty"}),
        ("I'd like to add you to my professional network on LinkedIn.", "stock sentence", None),
        ("Hi [Name], I saw your profile and would love to connect.", "template", None),
    ],
)
def test_rules_with_nothing_to_judge_are_not_ticked_and_the_report_says_why(
    text: str, because: str, judged: set[str] | None
) -> None:
    report = check(text)
    assert report.not_checked is not None and because in report.not_checked
    skipped = {row.rule for row in report.rules if row.status == "skipped"}
    assert {"reason", "self-intro"} <= skipped
    if judged is not None:
        assert {row.rule for row in report.rules} - skipped == judged


def test_a_real_note_has_every_rule_checked() -> None:
    report = check("Hi Tom, great meeting you at PyCon. Let's keep in touch!", name="Tom")
    assert report.not_checked is None
    assert all(row.status != "skipped" for row in report.rules)
