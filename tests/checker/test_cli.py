"""The command line, run as a user would: a real subprocess, real files, real pipes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

STOCK = "I'd like to add you to my professional network on LinkedIn."
PERSONAL = "Hi Tom, great meeting you at PyCon on Friday. I'd like to keep in touch!"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "checker", *args],
        input=stdin,
        capture_output=True,
        check=False,
    )
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode(), result.stderr.decode()
    )


def test_stock_text_on_stdin_as_json_is_generic_and_exits_1() -> None:
    result = run("--json", stdin=(STOCK + "\n").encode())
    assert result.returncode == 1
    assert json.loads(result.stdout)["verdict"] == "generic"
    assert result.stderr == ""


def test_personal_note_from_a_file_exits_0(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(PERSONAL + "\n", encoding="utf-8")
    result = run("--name", "Tom", str(note))
    assert result.returncode == 0
    assert result.stdout.startswith("PERSONAL:")


def test_human_output_marks_the_offending_words_and_gives_the_fix() -> None:
    result = run(stdin=b"Hi [Name], I came across your profile and would love to connect.")
    assert result.returncode == 1
    assert "»[Name]«" in result.stdout
    assert "»I came across your profile«" in result.stdout
    assert "Fix: " in result.stdout
    assert "rules/#placeholder" in result.stdout


def test_received_mode_prints_the_action_and_a_reply() -> None:
    result = run("--mode", "received", stdin=STOCK.encode())
    assert result.returncode == 1
    assert "What to do: Ignore" in result.stdout
    assert "Reply you could send:" in result.stdout


def test_limit_option_changes_the_length_rule() -> None:
    long_note = (
        "Hi Tom, great meeting you at the Oslo meetup on Thursday, where we compared notes "
        "on retry queues and the odd scheduler both our teams rewrote last year. I'd like "
        "to keep in touch and hear how the migration goes."
    )
    assert run("--limit", "300", "--name", "Tom", stdin=long_note.encode()).returncode == 0
    result = run("--limit", "200", "--json", stdin=long_note.encode())
    assert json.loads(result.stdout)["verdict"] == "needs-work"


def test_undecodable_bytes_are_a_one_line_error_with_exit_2() -> None:
    result = run(stdin=b"Hi \xff\xfe Tom")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "not valid UTF-8" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_file_is_a_one_line_error_with_exit_2(tmp_path: Path) -> None:
    result = run(str(tmp_path / "nope.txt"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"notecheck: error: {tmp_path / 'nope.txt'}: no such file"


def test_directory_is_a_one_line_error(tmp_path: Path) -> None:
    result = run(str(tmp_path))
    assert result.returncode == 2 and result.stderr.count("\n") == 1


def test_bad_options_are_one_line_errors_with_exit_2() -> None:
    for args in (["--limit", "x"], ["--limit", "0"], ["--mode", "sent"], ["--bogus"]):
        result = run(*args, stdin=b"Hi")
        assert result.returncode == 2, args
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("notecheck: error:")
        assert "Traceback" not in result.stderr


def test_name_with_undecodable_bytes_does_not_crash() -> None:
    result = subprocess.run(
        [sys.executable.encode(), b"-m", b"checker", b"--name", b"Zo\xeb"],
        input=b"Hi Zoe, great meeting you at PyCon. Let's keep in touch!",
        capture_output=True,
        check=False,
    )
    assert result.returncode in (0, 1)
    assert b"Traceback" not in result.stderr


def test_byte_order_mark_and_crlf_are_handled(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_bytes(b"\xef\xbb\xbf" + PERSONAL.encode() + b"\r\n")
    result = run("--json", "--name", "Tom", str(note))
    data = json.loads(result.stdout)
    assert data["verdict"] == "personal"
    assert data["stats"]["characters"] == len(PERSONAL)


def test_rules_listing_names_every_rule() -> None:
    from checker import RULES

    result = run("--rules")
    assert result.returncode == 0
    for rule in RULES:
        assert rule.id in result.stdout


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).with_name("notecheck")
    result = subprocess.run(
        [str(script), "--json"], input=STOCK.encode(), capture_output=True, check=False
    )
    assert result.returncode == 1
    assert json.loads(result.stdout)["verdict"] == "generic"
