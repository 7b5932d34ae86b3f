"""MkDocs hook: render the rules reference (docs/rules.md) from the checker's own rules.

docs/rules.md holds the introduction and a marker line; at build time the marker is replaced
by one section per rule in ``checker.RULES``: title, id, severity, message, why, the
examples it must flag and must pass, and the suggested fix. Each section's heading carries
the rule id as its anchor, because the checker's findings link to ``rules/#<rule-id>``.
Nothing is written into docs/: the page is generated in memory on every build.
"""

from __future__ import annotations

import sys
import unicodedata
from html import escape

from checker.model import (  # rules themselves are read per build
    PREMIUM_LIMIT,
    Example,
    Rule,
    Severity,
)

PAGE = "rules.md"
MARKER = "<!-- generated: rules -->"
VERDICT_MARKER = "<!-- generated: verdicts -->"


def describe_options(example: Example) -> str:
    """What the example is checked with, beyond the defaults, in words."""
    options = []
    if example.name:
        options.append(f"to {example.name}")
    if example.limit != PREMIUM_LIMIT:
        options.append(f"limit {example.limit}")
    if example.mode == "received":
        options.append("a note you received")
    return ", ".join(options)


def is_visible(character: str) -> bool:
    """False for spaces, line breaks and invisible format characters (zero-width space...)."""
    return not unicodedata.category(character).startswith(("Z", "C"))


CONTROL_NAMES = {" ": "spaces", "\n": "a line break", "\r": "a carriage return", "\t": "a tab"}


def character_name(character: str) -> str:
    fallback = f"U+{ord(character):04X}"
    return CONTROL_NAMES.get(character) or unicodedata.name(character, fallback).lower()


def show_text(text: str) -> str:
    """The example as a reader should see it, naming characters that would not show."""
    if not text:
        return "<em>(no note)</em>"
    if not any(is_visible(character) for character in text):
        names = dict.fromkeys(character_name(character) for character in text)
        return f"<em>(nothing but {escape(', '.join(names))})</em>"
    return f"<q>{escape(text)}</q>"


def render_example(example: Example) -> str:
    shown = show_text(example.text)
    options = describe_options(example)
    meta = f' <span class="tmn-example-options">({escape(options)})</span>' if options else ""
    return f"<li>{shown}{meta}</li>"


def render_examples(heading: str, css: str, examples: tuple[Example, ...]) -> str:
    items = "".join(render_example(example) for example in examples)
    heading_html = f'<p class="tmn-examples-heading">{heading}</p>'
    return f'{heading_html}<ul class="tmn-examples {css}">{items}</ul>'


def severity_name(severity: Severity) -> str:
    """The words the checker's widget heads this severity's findings with."""
    from checker.wording import SEVERITY_HEADINGS

    return SEVERITY_HEADINGS["draft"][severity]


def render_rule(rule: Rule) -> str:
    body = "\n".join(
        [
            '<div class="tmn-rule">',
            f'<p class="tmn-rule-meta"><span class="tmn-severity tmn-severity--{rule.severity}">'
            f"{severity_name(rule.severity)}</span> "
            f'<span class="tmn-rule-id">Shown as <code>{escape(rule.id)}</code> by the '
            "command line</span></p>",
            f'<p class="tmn-rule-message">{escape(rule.message)}</p>',
            f"<p><strong>Why it matters.</strong> {escape(rule.why)}</p>",
            render_examples("Flagged, for example:", "tmn-examples--flag", rule.must_flag),
            render_examples("Not flagged, for example:", "tmn-examples--pass", rule.must_pass),
            f"<p><strong>How to fix it.</strong> {escape(rule.suggestion)}</p>",
            "</div>",
        ]
    )
    return f"## {escape(rule.title)} {{#{rule.id}}}\n\n{body}\n"


def render_verdicts() -> str:
    """The meta-rules in the order they are tried, and the pitch signals with their points."""
    from checker.language import SUPPORTED_LANGUAGES, language_named
    from checker.signals import PITCH_POINTS, catalogue
    from checker.verdict import META_RULES

    rows = "".join(
        f"<tr><td>{number}</td><td><code>{escape(meta.id)}</code></td>"
        f"<td>{escape(meta.verdict)}</td><td>{escape(meta.describes)}</td></tr>"
        for number, meta in enumerate(META_RULES, start=1)
    )
    signals = "".join(
        f"<tr><td><code>{escape(signal_id)}</code></td><td>{points:+g}</td>"
        f"<td>{escape(says)}</td></tr>"
        for signal_id, points, says in catalogue()
    )
    languages = ", ".join(language_named(code).name for code in SUPPORTED_LANGUAGES)
    return "\n".join(
        [
            "## How the verdict is decided {#verdict}",
            "",
            "<p>The checker tries these meta-rules in order; the first that holds gives the "
            "verdict, and the checker names it (“Decided by: …”).</p>",
            '<table class="tmn-meta-rules"><thead><tr><th>#</th><th>meta-rule</th>'
            f"<th>verdict</th><th>when</th></tr></thead><tbody>{rows}</tbody></table>",
            f"<p>Pitch signals and their points (a pitch needs {PITCH_POINTS:g}). The learned "
            "score comes from a model trained on the project's labelled notes; the words that "
            "carried it are marked in the note.</p>",
            '<table class="tmn-signals"><thead><tr><th>signal</th><th>points</th>'
            f"<th>what it saw</th></tr></thead><tbody>{signals}</tbody></table>",
            f"<p>Languages the checker reads: {escape(languages)}. A note in another language "
            "gets only the checks that read no words.</p>",
            "",
        ]
    )


def render_reference(rules: tuple[Rule, ...]) -> str:
    return "\n".join(render_rule(rule) for rule in rules)


def forget_checker() -> None:
    """Drop the cached checker modules, so this build reads the rules from disk afresh.

    `mkdocs serve` loads hooks once but rebuilds on every change to checker/; without this,
    an edited rule would only reach the rules reference after restarting the server. This
    hook is listed before guide_pages.py, so that one reads fresh modules too.
    """
    for name in [name for name in sys.modules if name == "checker" or name.startswith("checker.")]:
        del sys.modules[name]


def on_config(config, **kwargs):
    forget_checker()
    return config


def on_page_markdown(markdown: str, page, **kwargs) -> str:
    if page.file.src_uri != PAGE:
        return markdown
    if MARKER not in markdown:
        raise ValueError(f"docs/{PAGE} lost its marker line {MARKER!r}")
    from checker import RULES  # imported per build, after on_config cleared the cache

    if VERDICT_MARKER not in markdown:
        raise ValueError(f"docs/{PAGE} lost its marker line {VERDICT_MARKER!r}")
    return markdown.replace(VERDICT_MARKER, render_verdicts()).replace(
        MARKER, render_reference(RULES)
    )
