// The highlight layer behind the note's text area: the same text, with a <mark> wherever a
// finding points. Offsets are UTF-16 code units (JavaScript's string indices, the report's
// start_utf16 / end_utf16), so an emoji before a finding shifts nothing.

import { el } from "./dom.js";

/**
 * Cuts `text` into pieces at every finding's edges. Each piece is {text, severity, rules}:
 * severity is the worst of the findings covering it (in the order of `severities`), or null
 * for plain text; rules are the ids of those findings.
 */
export function markedPieces(text, findings, severities) {
  const spans = findings
    .filter((finding) => finding.span && finding.span.end_utf16 > finding.span.start_utf16)
    .map((finding) => ({ start: finding.span.start_utf16, end: Math.min(finding.span.end_utf16, text.length), finding }))
    .filter((span) => span.start < span.end);
  const cuts = new Set([0, text.length]);
  for (const span of spans) cuts.add(span.start).add(span.end);
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let index = 0; index < points.length - 1; index += 1) {
    const [start, end] = [points[index], points[index + 1]];
    const covering = spans.filter((span) => span.start <= start && end <= span.end);
    const severity = severities.find((level) => covering.some((span) => span.finding.severity === level)) ?? null;
    pieces.push({ text: text.slice(start, end), severity, rules: covering.map((span) => span.finding.rule) });
  }
  return pieces;
}

/** Fills `layer` with the text and its marks. */
export function renderMarks(layer, text, findings, severities) {
  const nodes = markedPieces(text, findings, severities).map((piece) =>
    piece.severity
      ? el("mark", { class: `nc-mark nc-mark--${piece.severity}`, dataset: { rules: piece.rules.join(" ") } }, piece.text)
      : document.createTextNode(piece.text),
  );
  // A trailing newline needs something after it, or the layer ends one line short.
  nodes.push(document.createTextNode("\u200b"));
  layer.replaceChildren(...nodes);
}
