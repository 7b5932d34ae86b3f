// DOM helpers shared by the checker widget, the note composer and the policy page.
// Safety: strings always become text nodes, never HTML, so visitor text cannot inject markup.

/** Creates an element with attributes and children. Strings become text nodes, never HTML. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (key === "dataset") Object.assign(element.dataset, value);
    else element.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** Characters as the checker (and LinkedIn's counter) count them: code points, not UTF-16 units. */
export function countCharacters(text) {
  return [...text].length;
}

// One counter for every widget on the page, so ids never collide between them.
let uniqueCounter = 0;
export function uniqueId(prefix) {
  uniqueCounter += 1;
  return `${prefix}-${uniqueCounter}`;
}
