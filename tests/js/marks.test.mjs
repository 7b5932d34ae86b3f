// The highlight layer's cuts: UTF-16 offsets, overlaps, the worst severity on top.
import assert from "node:assert/strict";
import { test } from "node:test";

import { markedPieces } from "../../docs/assets/checker/marks.js";

const SEVERITIES = ["error", "warning", "suggestion"];

function finding(rule, severity, start, end) {
  return { rule, severity, span: { start_utf16: start, end_utf16: end } };
}

test("plain text stays one unmarked piece", () => {
  assert.deepEqual(markedPieces("Hi Ada", [], SEVERITIES), [{ text: "Hi Ada", severity: null, rules: [] }]);
});

test("a finding after an emoji is marked at its UTF-16 offsets", () => {
  const text = "👋 Hi Bob";
  const start = text.indexOf("Bob"); // 6: the emoji is two code units
  const pieces = markedPieces(text, [finding("name", "error", start, start + 3)], SEVERITIES);
  assert.deepEqual(pieces.map((piece) => [piece.text, piece.severity]), [["👋 Hi ", null], ["Bob", "error"]]);
});

test("overlapping findings split the text and the worse severity wins where they meet", () => {
  const text = "Book a call today";
  const pieces = markedPieces(
    text,
    [finding("pitch", "warning", 0, 11), finding("call", "error", 7, 17)],
    SEVERITIES,
  );
  assert.deepEqual(
    pieces.map((piece) => [piece.text, piece.severity, piece.rules]),
    [
      ["Book a ", "warning", ["pitch"]],
      ["call", "error", ["pitch", "call"]],
      [" today", "error", ["call"]],
    ],
  );
});

test("spans past the end are clipped and empty or missing spans are ignored", () => {
  const pieces = markedPieces(
    "short",
    [finding("long", "suggestion", 2, 99), finding("empty", "error", 1, 1), { rule: "whole", severity: "error", span: null }],
    SEVERITIES,
  );
  assert.deepEqual(pieces.map((piece) => [piece.text, piece.severity]), [["sh", null], ["ort", "suggestion"]]);
  assert.equal(pieces.map((piece) => piece.text).join(""), "short");
});
