// What the site keeps in the visitor's browser (localStorage, never sent anywhere), and the
// presets a page's address gives the checker. The functions take the storage and the limits as
// arguments where a unit test needs to give its own (tests/js/storage.test.mjs).

/** The limit a visitor last chose, so a free account's limit stays chosen on the next visit. */
export const LIMIT_KEY = "two-minute-note:limit";
/** The visitor's own policy link, saved by the policy page's builder; the checker's replies
 *  to a generic request link to it. */
export const POLICY_KEY = "two-minute-note:policy";

function browserStorage(kind = "localStorage") {
  try {
    return globalThis[kind] ?? null;
  } catch {
    return null; // storage switched off: reading the property itself throws
  }
}

/** The note being written on a page, kept for this tab only (sessionStorage: gone when the tab
 *  closes), so that Back after following a rule link brings the name back with the note. */
export const DRAFT_KEY_PREFIX = "two-minute-note:draft:";

export function savedDraft(page, store = browserStorage("sessionStorage")) {
  try {
    const draft = JSON.parse(read(DRAFT_KEY_PREFIX + page, store) || "null");
    if (!draft || typeof draft.text !== "string" || typeof draft.name !== "string") return null;
    return { text: draft.text, name: draft.name, mode: draft.mode === "received" ? "received" : "draft" };
  } catch {
    return null;
  }
}

export function saveDraft(page, { text, name, mode }, store = browserStorage("sessionStorage")) {
  return write(DRAFT_KEY_PREFIX + page, JSON.stringify({ text, name, mode }), store);
}

function read(key, store) {
  try {
    return store ? store.getItem(key) : null;
  } catch {
    return null;
  }
}

/** Writes, and says whether it worked (storage may be switched off or full). */
function write(key, value, store) {
  try {
    if (!store) return false;
    store.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** The saved limit as a string ("200"), or null when none is saved or it is not one of `limits`. */
export function savedLimit(limits, store = browserStorage()) {
  const value = read(LIMIT_KEY, store);
  return limits.map(String).includes(value) ? value : null;
}

export function saveLimit(value, store = browserStorage()) {
  return write(LIMIT_KEY, String(value), store);
}

/** The saved policy ({link, name, ...}), or null. */
export function savedPolicy(store = browserStorage()) {
  try {
    const saved = JSON.parse(read(POLICY_KEY, store) || "null");
    return saved && typeof saved.link === "string" ? saved : null;
  } catch {
    return null;
  }
}

export function savePolicy(policy, link, store = browserStorage()) {
  return write(POLICY_KEY, JSON.stringify({ link, ...policy }), store);
}

export function forgetPolicy(store = browserStorage()) {
  try {
    store?.removeItem(POLICY_KEY);
  } catch {
    // nothing saved, nothing to forget
  }
}

/** The visitor's own policy link when it is a link to `generalUrl` (this site's policy page),
 *  else the general page: {url, own}. */
export function policyLink(generalUrl, store = browserStorage()) {
  const general = new URL(generalUrl);
  try {
    const link = new URL(savedPolicy(store).link);
    if (link.origin === general.origin && link.pathname === general.pathname) return { url: link.href, own: true };
  } catch {
    // nothing saved, or not a link of this site
  }
  return { url: general.href, own: false };
}

// "Try it in the checker" links from the guide: /checker/?text=…&name=…&mode=…&limit=…
const ADDRESS_CAPS = { text: 2000, name: 80 };

/** The checker's presets from a page address's query: text and name as text, length-capped;
 *  mode and limit only when they are one of `modes` / `limits`. Anything else is ignored. */
export function presetsFromQuery(search, { modes, limits }) {
  const query = new URLSearchParams(search);
  const presets = {};
  for (const [key, cap] of Object.entries(ADDRESS_CAPS)) {
    const value = query.get(key);
    if (value !== null) presets[key] = [...value.slice(0, cap * 2)].slice(0, cap).join("");
  }
  if (modes.includes(query.get("mode"))) presets.mode = query.get("mode");
  if (limits.map(String).includes(query.get("limit"))) presets.limit = query.get("limit");
  return presets;
}
