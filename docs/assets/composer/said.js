// What the composer tells the visitor about a draft it had to shorten (pure; tests/js).

const SHORTENED_WORDS = {
  "who you are": "leaves out who you are",
  "your reason": "uses a short general reason instead of yours",
  "the detail": "shortens your detail",
};

/** "a", "a and b", "a, b and c". */
export function joinWords(words) {
  if (words.length < 2) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/** "To fit, it leaves out who you are and shortens your detail." for the parts compose.py
 *  reports in `shortened`. */
export function whatWasCut(shortened) {
  return `To fit, it ${joinWords(shortened.map((part) => SHORTENED_WORDS[part] || `leaves out ${part}`))}.`;
}
