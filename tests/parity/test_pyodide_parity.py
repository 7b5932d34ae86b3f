"""Parity: the checker gives exactly the same report in Pyodide as in CPython.

Every note of the labelled corpus, and every example of every rule, is checked twice: here by
CPython, and by tests/parity/check_in_pyodide.mjs, which runs the worker's wheel (bytecode) and
the precompiled, trimmed standard library from the built site in the pinned npm Pyodide under
Node (no browser), without the fallback to the full library: a module the trimmed library lacks
fails the run. The JSON reports must be equal, field for field, including both kinds of offsets.
The composer's drafts are compared too. In Pyodide, everything runs after the checker's warm-up
with its unpacked files deleted, as in a worker restored from a memory snapshot.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from checker import RULES, check
from checker.web import compose_json, relationships_json
from tests.parity.node_run import node_json
from tools.corpus import read_raw

ROOT = Path(__file__).resolve().parents[2]
NODE_SCRIPT = Path(__file__).resolve().parent / "check_in_pyodide.mjs"

# Notes that stress the offsets and the JSON round trip: emoji (two UTF-16 units each),
# combining accents, astral letters, and text that looks like markup.
EXTRA_NOTES: tuple[dict[str, Any], ...] = (
    {"id": "extra-emoji-before-pitch", "name": "Ada", "text": "Hi Ada 👋🏽😀, book a demo with me"},
    {
        "id": "extra-flag-and-stock",
        "text": "🇬🇧 I'd like to add you to my professional network on LinkedIn.",
    },
    {
        "id": "extra-combining-accent",
        "name": "Zoé",
        "text": "Hi Zoe\u0301, we met at the Lyon meetup; I'd like to keep in touch.",
    },
    {"id": "extra-astral-letters", "name": "Ada", "text": "Hi 𝐀da, [Name] told me about you"},
    {
        "id": "extra-markup",
        "text": "</textarea><script>alert(1)</script> <img src=x onerror=alert(1)>",
    },
    {"id": "extra-received-empty", "text": "", "mode": "received", "name": "Ada"},
    {
        "id": "extra-over-free-limit",
        "name": "Ada",
        "limit": 200,
        "text": "Hi Ada, " + "we met at the Leeds meetup. " * 8,
    },
)


def normalised(note: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": note["id"],
        "text": note["text"],
        "mode": note.get("mode", "draft"),
        "name": note.get("name"),
        "limit": int(note.get("limit", 300)),
    }


def corpus_notes() -> list[dict[str, Any]]:
    return [normalised({**note, "id": f"corpus-{note['id']}"}) for note in read_raw()]


def rule_example_notes() -> list[dict[str, Any]]:
    notes = []
    for rule in RULES:
        for kind, examples in (("flag", rule.must_flag), ("pass", rule.must_pass)):
            for index, example in enumerate(examples):
                notes.append(
                    normalised(
                        {
                            "id": f"rule-{rule.id}-{kind}-{index}",
                            "text": example.text,
                            "name": example.name,
                            "limit": example.limit,
                            "mode": example.mode,
                        }
                    )
                )
    return notes


def all_notes() -> list[dict[str, Any]]:
    notes = [*corpus_notes(), *rule_example_notes(), *(normalised(note) for note in EXTRA_NOTES)]
    ids = [note["id"] for note in notes]
    assert len(ids) == len(set(ids)), "note ids must be unique"
    return notes


def all_drafts() -> list[dict[str, Any]]:
    """A draft for every relationship the composer offers, and one it refuses."""
    drafts = [
        {
            "id": option["id"],
            "relationship": option["id"],
            "name": "Ada",
            "detail": option["detail_example"],
            "reason": "",
            "about": "",
            "limit": 200,
        }
        for option in json.loads(relationships_json())
    ]
    refused = {**drafts[0], "id": "refused-unknown", "relationship": "no-such-relationship"}
    return [*drafts, refused]


def cpython_report(note: dict[str, Any]) -> dict[str, Any]:
    report = check(note["text"], mode=note["mode"], name=note["name"], limit=note["limit"])
    # The worker hands the page json.dumps(...); compare what survives that round trip.
    return json.loads(json.dumps(report.to_dict(), ensure_ascii=False))


@pytest.fixture(scope="module")
def pyodide_run(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    # What the worker loads: the addresses in runtime.json, relative to it.
    assets = built_site / "assets" / "checker"
    runtime = json.loads((assets / "runtime.json").read_text(encoding="utf-8"))
    wheel = (assets / runtime["wheel"].split("?")[0]).resolve()
    stdlib = (assets / runtime["stdlib"].split("?")[0]).resolve()
    assert wheel.name.endswith("-cp314-none-any.whl") and stdlib.name == "python_stdlib.zip"
    job = {
        "wheel": str(wheel),
        "stdlib": str(stdlib),
        "notes": all_notes(),
        "drafts": all_drafts(),
    }
    job_path = tmp_path_factory.mktemp("parity") / "job.json"
    job_path.write_text(json.dumps(job, ensure_ascii=False), encoding="utf-8")
    run: dict[str, Any] = node_json(NODE_SCRIPT, str(job_path), timeout_s=300)
    return run


def test_pyodide_runs_the_pinned_runtime(pyodide_run: dict[str, Any]) -> None:
    package = json.loads((ROOT / "node_modules" / "pyodide" / "package.json").read_text())
    assert pyodide_run["pyodide"] == package["version"]
    assert pyodide_run["python"].startswith("3.14.")


def test_every_note_gets_a_report_in_pyodide(pyodide_run: dict[str, Any]) -> None:
    expected_ids = {note["id"] for note in all_notes()}
    assert set(pyodide_run["reports"]) == expected_ids
    assert len(expected_ids) > 200


def test_pyodide_reports_equal_cpython_reports(pyodide_run: dict[str, Any]) -> None:
    mismatches = []
    for note in all_notes():
        in_pyodide = pyodide_run["reports"][note["id"]]
        in_cpython = cpython_report(note)
        if in_pyodide != in_cpython:
            mismatches.append(describe_mismatch(note["id"], in_cpython, in_pyodide))
    assert not mismatches, f"{len(mismatches)} notes differ:\n" + "\n".join(mismatches[:10])


def test_the_composer_and_its_choices_equal_cpythons(pyodide_run: dict[str, Any]) -> None:
    assert pyodide_run["relationships"] == json.loads(relationships_json())
    drafts = all_drafts()
    assert set(pyodide_run["drafts"]) == {draft["id"] for draft in drafts}
    for draft in drafts:
        arguments = [draft[key] for key in ("relationship", "name", "detail", "reason", "about")]
        expected = json.loads(compose_json(*arguments, draft["limit"]))
        assert pyodide_run["drafts"][draft["id"]] == expected, draft["id"]
    assert "error" in pyodide_run["drafts"]["refused-unknown"]


def test_offsets_survive_emoji_in_both_runtimes(pyodide_run: dict[str, Any]) -> None:
    """The emoji before the pitch shift UTF-16 offsets by 2 per emoji, code points by 1."""
    report = pyodide_run["reports"]["extra-emoji-before-pitch"]
    text = next(note["text"] for note in EXTRA_NOTES if note["id"] == "extra-emoji-before-pitch")
    pitch = next(finding for finding in report["findings"] if finding["rule"] == "pitch")
    span = pitch["span"]
    assert text[span["start"] : span["end"]] == pitch["text"]
    as_utf16 = text.encode("utf-16-le")
    utf16_slice = as_utf16[2 * span["start_utf16"] : 2 * span["end_utf16"]].decode("utf-16-le")
    assert utf16_slice == pitch["text"]
    assert span["start_utf16"] > span["start"]


def test_tracebacks_name_the_checker_file_and_line(pyodide_run: dict[str, Any]) -> None:
    """The wheel is bytecode without sources: a traceback still names each file and line."""
    traceback = pyodide_run["traceback"]
    source = (ROOT / "checker" / "engine.py").read_text(encoding="utf-8").splitlines()
    raising = next(
        number
        for number, line in enumerate(source, start=1)
        if re.search(r"raise ValueError\(f\"mode must be one of", line)
    )
    function = next(
        match.group(1)
        for line in reversed(source[:raising])
        if (match := re.match(r"\s*def (\w+)", line))
    )
    assert f'File "checker/engine.py", line {raising}, in {function}' in traceback
    assert 'File "checker/web.py", line ' in traceback
    assert traceback.rstrip().splitlines()[-1] == (
        "ValueError: mode must be one of draft, received, not 'no-such-mode'"
    )


def describe_mismatch(note_id: str, expected: dict[str, Any], got: dict[str, Any]) -> str:
    keys = sorted(key for key in expected.keys() | got.keys() if expected.get(key) != got.get(key))
    details = "; ".join(
        f"{key}: CPython {expected.get(key)!r} / Pyodide {got.get(key)!r}" for key in keys
    )
    return f"- {note_id}: {details[:600]}"
