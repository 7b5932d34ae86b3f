// The checker's wordings and constants (verdict names and summaries, severity headings, reply
// texts, limits), written by the build from checker/wording.py into wording.json. Python owns
// them; no module here keeps a copy. `wording` is null when the file could not be read, and
// `wordingError` says why: the widgets then say so instead of starting.

const WORDING_URL = new URL("./wording.json", import.meta.url);

async function readWording() {
  let response;
  try {
    response = await fetch(WORDING_URL);
  } catch (error) {
    throw new Error("could not download wording.json", { cause: error });
  }
  if (!response.ok) throw new Error(`could not download wording.json (HTTP ${response.status})`);
  return response.json();
}

export let wording = null;
export let wordingError = null;
try {
  wording = await readWording();
} catch (error) {
  wordingError = error instanceof Error && error.message ? error.message : "could not download wording.json";
  console.error("note checker: wording", error);
}

/** The heads-up reply with a policy link in its slot. */
export function headsUpReply(link, replies = wording.replies) {
  return replies.heads_up.replace(replies.policy_url_slot, link);
}
