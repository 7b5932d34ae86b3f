"""MkDocs hook: render the Templates and Writing pages from checker/templates.py.

Both pages keep their prose in docs/ and a marker line where the generated part goes:
- docs/templates.md: each template with its slots shown as [Bracketed labels] in a code block
  (Material adds the copy button) and the template filled with its example values;
- docs/writing.md: for each rule, a bad note and a good note, with what the checker makes of
  the bad one. tests/site/test_guide_examples.py checks every claim made here against the checker.
"""

from __future__ import annotations

from html import escape
from urllib.parse import urlencode

from checker.model import FREE_LIMIT, PREMIUM_LIMIT, Rule
from checker.templates import Contrast, Template, fill, slots

# The rules, templates and contrasts themselves are imported inside the functions that use
# them, once per build: rules_reference.py's on_config clears the cached checker modules so
# that `mkdocs serve` shows edits to checker/ without a restart.

TEMPLATES_PAGE = "templates.md"
TEMPLATES_MARKER = "<!-- generated: templates -->"
WRITING_PAGE = "writing.md"
WRITING_MARKER = "<!-- generated: contrasts -->"

CHECKER_PAGE = "checker.md"
VERDICTS_MARKER = "<!-- generated: verdict-names -->"
# The order a reader meets them in: the good news first.
VERDICT_ORDER = ("personal", "needs-work", "generic", "pitch", "not-judged")


def slot_label(slot: str) -> str:
    """'your_name' -> '[Your name]': what a reader sees in place of a slot."""
    return "[" + slot.replace("_", " ").capitalize() + "]"


def with_labels(template: Template) -> str:
    return fill(template, {slot: slot_label(slot) for slot in slots(template)})


def try_link(text: str, name: str | None, limit: int = PREMIUM_LIMIT) -> str:
    """A link that opens the note in the checker (docs/checker.md reads these parameters)."""
    query = {"text": text, **({"name": name} if name else {}), "limit": str(limit)}
    href = "../checker/?" + urlencode(query)
    return f'<a class="tmn-try" href="{escape(href)}">Try it in the checker</a>'


def render_template(template: Template) -> str:
    filled = fill(template, template.example)
    return "\n".join(
        [
            f"## {escape(template.title)} {{#{template.id}}}",
            "",
            f'<p class="tmn-situation">{escape(template.situation)}</p>',
            "",
            "``` { .text .tmn-template }",
            with_labels(template),
            "```",
            "",
            '<figure class="tmn-note tmn-note--good">',
            f"<figcaption>Filled in ({len(filled)} characters)</figcaption>",
            f"<blockquote><p>{escape(filled)}</p></blockquote>",
            f'<p class="tmn-verdict">{try_link(filled, template.example.get("name"), FREE_LIMIT)}'
            "</p>",
            "</figure>",
            "",
        ]
    )


def render_note(kind: str, caption: str, text: str, verdict_line: str, link: str = "") -> str:
    shown = escape(text) if text.strip() else "<em>(no note at all)</em>"
    return (
        f'<figure class="tmn-note tmn-note--{kind}"><figcaption>{caption}</figcaption>'
        f"<blockquote><p>{shown}</p></blockquote>"
        f'<p class="tmn-verdict">{verdict_line} {link}</p></figure>'
    )


def verdict_line(contrast: Contrast, verdict: str, flagged: Rule | None = None) -> str:
    from checker.wording import VERDICT_NAMES

    limit = f", limit {contrast.limit}" if contrast.limit != PREMIUM_LIMIT else ""
    rated = (
        f"The checker's verdict: <strong>{VERDICT_NAMES[verdict]}</strong>"
        f" (to {escape(contrast.name)}{limit})"
    )
    if flagged is None:
        return rated + "."
    if flagged.severity == "suggestion":
        return f"{rated}, with a tip on <em>{escape(flagged.title)}</em>."
    return f"{rated}: it misses <em>{escape(flagged.title)}</em>."


def render_contrast(contrast: Contrast, rule: Rule) -> str:
    caption = "Could be better" if rule.severity == "suggestion" else "Not like this"
    bad_verdict = verdict_line(contrast, contrast.bad_verdict, flagged=rule)
    bad_link = try_link(contrast.bad, contrast.name, contrast.limit) if contrast.bad.strip() else ""
    good_link = try_link(contrast.good, contrast.name, contrast.limit)
    bad = render_note("bad", caption, contrast.bad, bad_verdict, bad_link)
    good_verdict = verdict_line(contrast, "personal")
    good = render_note("good", "Like this", contrast.good, good_verdict, good_link)
    return "\n".join(
        [
            f"### {escape(rule.title)} {{#note-{contrast.rule}}}",
            "",
            f"{escape(contrast.lesson)} [How the checker tests this](rules.md#{contrast.rule})",
            "",
            f'<div class="tmn-contrast">{bad}{good}</div>',
            "",
        ]
    )


def render_contrasts() -> str:
    """One section per rule, in the checker's order; a rule without a contrast is skipped
    here and reported by tests/site/test_guide_examples.py."""
    from checker import RULES
    from checker.templates import CONTRASTS

    contrasts = {contrast.rule: contrast for contrast in CONTRASTS}
    return "\n".join(
        render_contrast(contrasts[rule.id], rule) for rule in RULES if rule.id in contrasts
    )


def render_verdict_names() -> str:
    """docs/checker.md's "How to read the result": each verdict's name and what it means."""
    from checker.wording import VERDICT_MEANINGS, VERDICT_NAMES

    return "\n".join(
        f"- **{VERDICT_NAMES[verdict]}**: {escape(VERDICT_MEANINGS[verdict])}"
        for verdict in VERDICT_ORDER
    )


def replace_marker(markdown: str, page_name: str, marker: str, generated: str) -> str:
    if marker not in markdown:
        raise ValueError(f"docs/{page_name} lost its marker line {marker!r}")
    return markdown.replace(marker, generated)


def on_page_markdown(markdown: str, page, **kwargs) -> str:
    if page.file.src_uri == TEMPLATES_PAGE:
        from checker.templates import TEMPLATES

        generated = "\n".join(render_template(template) for template in TEMPLATES)
        return replace_marker(markdown, TEMPLATES_PAGE, TEMPLATES_MARKER, generated)
    if page.file.src_uri == WRITING_PAGE:
        return replace_marker(markdown, WRITING_PAGE, WRITING_MARKER, render_contrasts())
    if page.file.src_uri == CHECKER_PAGE:
        return replace_marker(markdown, CHECKER_PAGE, VERDICTS_MARKER, render_verdict_names())
    return markdown
