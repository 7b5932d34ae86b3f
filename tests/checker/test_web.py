"""checker/web.py, the browser's entry point: JSON in and out, the same report as check()."""

from __future__ import annotations

import json

from checker import check
from checker.replies import replies_for
from checker.web import check_json, compose_json, relationships_json

NOTE = "I'd like to add you to my professional network on LinkedIn."


def test_check_json_carries_the_report_check_gives() -> None:
    answer = json.loads(check_json(NOTE, "draft", None, 300))
    assert answer["report"] == json.loads(json.dumps(check(NOTE).to_dict()))
    assert answer["replies"] is None


def test_a_received_note_with_a_policy_link_gets_its_replies() -> None:
    link = "https://example.org/policy/?name=Ada"
    answer = json.loads(check_json(NOTE, "received", "Ada", 200, link))
    expected = replies_for(check(NOTE, mode="received", name="Ada", limit=200), policy_url=link)
    assert answer["replies"] == [reply.to_dict() for reply in expected]
    assert link in answer["replies"][0]["text"]


def test_compose_json_gives_a_draft_or_a_plain_error() -> None:
    kinds = json.loads(relationships_json())
    first = kinds[0]["id"]
    draft = json.loads(compose_json(first, "Ada", "the PyCon talk on packaging", "", "", 200))
    assert "Ada" in draft["text"] and len(draft["text"]) <= 200
    assert "error" in json.loads(compose_json("no-such-kind", "Ada", "x", "", "", 200))
