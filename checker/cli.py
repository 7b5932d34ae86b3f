"""Command line: `python -m checker` and `notecheck`. A thin shell around checker.check()."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import NoReturn, TextIO

from .engine import check
from .model import MODES, Finding, Report
from .replies import replies_for
from .rules import RULES
from .wording import ADVICE_LABELS, FREE_LIMIT, PREMIUM_LIMIT, VERDICT_NAMES

EXIT_PERSONAL, EXIT_OTHER, EXIT_USAGE = 0, 1, 2
_CONTEXT_CHARS = 40
_SEVERITY_MARKS = {"error": "✗", "warning": "!", "suggestion": "·"}


class UsageError(Exception):
    """A problem with the command line or the input, reported in one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def _parser() -> _Parser:
    parser = _Parser(
        prog="notecheck",
        description="Check a LinkedIn connection note: is it personal, generic, a pitch, "
        "or does it need work?",
        epilog="Exit status: 0 personal, 1 any other verdict, 2 usage or input error.",
    )
    parser.add_argument("file", nargs="?", default="-", help="a UTF-8 text file, or - for stdin")
    parser.add_argument(
        "--mode",
        choices=MODES,
        default="draft",
        help="draft: a note you will send; received: a note or first message you got",
    )
    parser.add_argument("--name", help="the recipient's name (in received mode: yours)")
    parser.add_argument(
        "--limit",
        type=_positive_int,
        default=PREMIUM_LIMIT,
        help=f"LinkedIn's character limit: {PREMIUM_LIMIT} Premium (default), {FREE_LIMIT} free",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--rules", action="store_true", help="list the rules and exit")
    return parser


def _read_input(path: str) -> str:
    try:
        if path == "-":
            if sys.stdin is None:
                raise UsageError("no standard input to read")
            if sys.stdin.isatty():
                print("Paste the note, then press Ctrl-D:", file=sys.stderr)
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as handle:
                data = handle.read()
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UsageError(f"{path}: is a directory, not a file") from None
    except PermissionError:
        raise UsageError(f"{path}: permission denied") from None
    except OSError as error:
        raise UsageError(f"{path}: {error.strerror or error}") from None
    return _decode(data, "standard input" if path == "-" else path)


def _decode(data: bytes, source: str) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UsageError(
            f"{source} is not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from None
    # A file's final newline is not part of the note.
    return text.removesuffix("\n").removesuffix("\r")


def _use_colour(stream: TextIO) -> bool:
    return stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def _marked_excerpt(text: str, finding: Finding, colour: bool) -> str:
    span = finding.span
    assert span is not None
    start = max(0, span.start - _CONTEXT_CHARS)
    end = min(len(text), span.end + _CONTEXT_CHARS)
    before, marked, after = (
        text[start : span.start],
        text[span.start : span.end],
        text[span.end : end],
    )
    marked = f"\033[1;4;31m{marked}\033[0m" if colour else f"»{marked}«"
    excerpt = (
        ("…" if start > 0 else "") + before + marked + after + ("…" if end < len(text) else "")
    )
    return " ".join(excerpt.split())


def render_human(report: Report, text: str, colour: bool) -> str:
    lines = [f"{VERDICT_NAMES[report.verdict].upper()}: {report.summary}"]
    if report.decided_by:
        lines.append(f"Decided by: {report.decided_by['says']}.")
    lines.append("")
    for finding in report.findings:
        mark = _SEVERITY_MARKS[finding.severity]
        lines.append(f"{mark} {finding.severity}: {finding.title} [{finding.rule}]")
        if finding.span is not None and finding.span.end > finding.span.start:
            lines.append(f"    {_marked_excerpt(text, finding, colour)}")
        lines.append(f"    {finding.message}")
        lines.append(f"    {ADVICE_LABELS[report.mode]}: {finding.suggestion}")
        lines.append(f"    {finding.link}")
        lines.append("")
    passed = [result.title for result in report.rules if result.status == "pass"]
    lines.append("Meets: " + ("; ".join(passed) if passed else "none of the rules"))
    skipped = [result.title for result in report.rules if result.status == "skipped"]
    if skipped and report.not_checked:
        lines.append(f"Not checked, because {report.not_checked}: " + "; ".join(skipped))
    lines.append(f"Length: {report.stats.characters} of {report.stats.limit} characters")
    if report.action is not None:
        lines += ["", f"What to do: {report.action.label}. {report.action.advice}"]
        # the same replies the site offers (checker/replies.py), best first
        for index, reply in enumerate(replies_for(report)):
            heading = "Reply you could send:" if index == 0 else f"Or, {_lower_first(reply.label)}:"
            lines += [heading, f"    {reply.text}"]
    return "\n".join(lines)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def render_rules() -> str:
    width = max(len(rule.id) for rule in RULES)
    return "\n".join(f"{rule.id:<{width}}  {rule.severity:<10}  {rule.title}" for rule in RULES)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _run(argv)
    except UsageError as error:
        print(f"notecheck: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); stop quietly.
        sys.stderr.close()
        return EXIT_OTHER


def _run(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    # Names from argv may carry undecodable bytes as surrogates: print them replaced, never crash.
    sys.stdout.reconfigure(errors="replace")  # type: ignore[union-attr]
    if args.rules:
        print(render_rules())
        return EXIT_PERSONAL
    text = _read_input(args.file)
    report = check(text, mode=args.mode, name=args.name, limit=args.limit)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(render_human(report, text, _use_colour(sys.stdout)))
    return EXIT_PERSONAL if report.verdict == "personal" else EXIT_OTHER
