// A report, drawn: the findings by severity, what to do with a received note (with replies to
// copy), and the rule-by-rule table. Every wording comes from the report or from wording.json.
// The report's strings only ever become text nodes.

import { el, uniqueId } from "./dom.js";
import { copyText, sitePath } from "./page.js";
import { wording } from "./wording.js";

/** Findings grouped by rule and wording, in order: a repeated explanation is shown once. */
export function sameExplanations(findings) {
  const groups = new Map();
  for (const finding of findings) {
    const key = `${finding.rule}\u0000${finding.message}\u0000${finding.suggestion}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(finding);
  }
  return [...groups.values()];
}

/** One section per severity that has findings, worst first. */
export function renderFindings(findings, mode) {
  const headings = wording.severity_headings[mode];
  return wording.severities
    .filter((severity) => findings.some((finding) => finding.severity === severity))
    .map((severity) =>
      el(
        "section",
        { class: `nc-group nc-group--${severity}` },
        el("h3", {}, headings[severity]),
        el(
          "ul",
          {},
          sameExplanations(findings.filter((finding) => finding.severity === severity)).map((group) =>
            renderFinding(group, mode),
          ),
        ),
      ),
    );
}

/** One finding, or several with the same explanation: the explanation is shown once. */
function renderFinding(group, mode) {
  const [finding] = group;
  const quoted = group.filter((each) => each.text && each.span);
  const where = mode === "received" ? "In this note: " : "In your note: ";
  return el(
    "li",
    { class: "nc-finding", dataset: { rule: finding.rule, severity: finding.severity } },
    el("p", { class: "nc-finding__message" }, el("strong", {}, `${finding.title}: `), finding.message),
    quoted.length
      ? el("p", { class: "nc-finding__text" }, where, ...quoted.flatMap((each, index) => [index ? ", " : "", el("q", {}, each.text)]))
      : "",
    finding.suggestion
      ? el("p", { class: "nc-finding__fix" }, el("strong", {}, `${wording.advice_labels[mode]}: `), finding.suggestion)
      : "",
    el("a", { class: "nc-finding__link", href: sitePath(finding.guide_path) }, `About the “${finding.title}” rule`),
  );
}

/** What to do with a received note, and the replies that fit it (checker/replies.py). `link`
 *  is the policy link the replies carry: {url, own}. */
export function renderAction(action, replies, link) {
  const box = el(
    "section",
    { class: "nc-action", dataset: { action: action.id } },
    el("h3", {}, `What to do: ${action.label}`),
    el("p", {}, action.advice),
  );
  const options = Array.isArray(replies) ? replies : action.reply ? [{ id: "reply", label: "", text: action.reply }] : [];
  if (options.length === 0) return box;
  box.append(el("p", { class: "nc-reply__intro" }, options.length > 1 ? "Replies you can send:" : "A reply you can send:"));
  for (const reply of options) box.append(renderReply(reply));
  if (options.some((reply) => reply.text.includes(link.url))) box.append(linkSource(link));
  return box;
}

function linkSource(link) {
  const builder = sitePath(`${wording.policy_path}#make-your-own-policy-link`);
  return el(
    "p",
    { class: "nc-reply__source" },
    link.own
      ? "The link is your own policy page, which this browser remembers from the policy page's builder (it stays on this device). "
      : "The link goes to the general policy page. ",
    el("a", { href: builder }, link.own ? "Change your link" : "Make your own link with your name"),
    link.own ? "." : "; this browser then remembers it for these replies.",
  );
}

function renderReply(reply) {
  const replyId = uniqueId("nc-reply");
  const copied = el("span", { class: "nc-copied", role: "status" });
  const copy = el("button", { type: "button", class: "md-button nc-copy", "aria-describedby": replyId }, "Copy the reply");
  copy.addEventListener("click", () => copyText(reply.text, copied, "the reply"));
  return el(
    "div",
    { class: "nc-reply-option", dataset: { reply: reply.id } },
    reply.label ? el("p", { class: "nc-reply__label", id: replyId }, reply.label) : "",
    el("blockquote", { class: "nc-reply", id: reply.label ? null : replyId }, reply.text),
    el("div", { class: "nc-reply__actions" }, copy, copied),
  );
}

// [visible mark, word for screen readers] per rule status
const STATUS_MARKS = {
  pass: ["✓", "Met: "],
  tip: ["✓", "Met: "],
  fail: ["✗", "Missed: "],
  skipped: ["–", "Not checked: "],
};

/** The rule-by-rule table, open or closed as `open` says; `onToggle(open)` hears the visitor.
 *  `notChecked` says why the skipped rules were skipped. */
export function renderRuleTable(rules, notChecked, open, onToggle) {
  const passed = rules.filter((rule) => rule.passed).length;
  const skipped = rules.filter((rule) => rule.status === "skipped").length;
  const judged = rules.length - skipped;
  const details = el(
    "details",
    { class: "nc-rules", open },
    el(
      "summary",
      {},
      `Rule by rule: ${passed} of ${judged} met` + (skipped ? ` (${skipped} not checked: ${notChecked || "nothing to judge"})` : ""),
    ),
    el(
      "ul",
      {},
      rules.map((rule) => {
        const [mark, spoken] = STATUS_MARKS[rule.status] || (rule.passed ? STATUS_MARKS.pass : STATUS_MARKS.fail);
        return el(
          "li",
          { dataset: { rule: rule.rule, passed: String(rule.passed), status: rule.status || "" } },
          el("span", { class: "nc-rules__mark", "aria-hidden": "true" }, mark),
          el("span", { class: "nc-visually-hidden" }, spoken),
          el("a", { href: sitePath(rule.guide_path) }, rule.title),
        );
      }),
    ),
  );
  details.addEventListener("toggle", () => onToggle(details.open));
  return details;
}
