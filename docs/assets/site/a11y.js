// Accessibility fixes for Material for MkDocs, on every page (mkdocs.yml, extra_javascript).
// What CSS alone cannot do (docs/stylesheets/extra.css does the rest):
//
// - the search dialog gets an accessible name;
// - on a narrow screen the navigation drawer is `inert` while closed, so Tab no longer walks
//   through a dozen invisible links; a real menu button (Material's is a <label>, no tab stop)
//   opens it from the keyboard, and Escape closes it; on a wide screen it is the sidebar and
//   stays reachable;
// - the colour switch: Tab lands on the option of the scheme in use (whose label is the visible
//   button, so the focus ring shows), and Space switches the scheme as Enter does;
// - the search results' scroll area takes a tab stop only while it shows results;
// - the copy buttons' <nav> landmarks get names, one per code block.
//
// Material's navigation.instant swaps pages without a reload and emits each on `document$`;
// some of its parts (the copy buttons) are drawn later, so a MutationObserver catches those too.
// Every step may run any number of times. No inline styles: the CSP allows none.

const DRAWER_SCREEN = window.matchMedia("(max-width: 76.234375em)"); // Material's breakpoint

const NAMES = {
  search: "Search",
  menu: "Menu",
  codeBlock: (number) => `Code block ${number}`,
};

function nameSearchDialog() {
  const dialog = document.querySelector(".md-search[role=dialog]");
  if (dialog && !dialog.hasAttribute("aria-label") && !dialog.hasAttribute("aria-labelledby")) {
    dialog.setAttribute("aria-label", NAMES.search);
  }
}

/** Material's menu button is a <label> for the drawer's hidden checkbox: no tab stop, no role.
 *  A real button takes its place for the keyboard and screen readers, lying over the label
 *  (extra.css), which still takes the pointer's clicks. */
function addMenuButton() {
  const label = document.querySelector(".md-header label.md-header__button[for=__drawer]");
  if (!label || label.parentElement.classList.contains("tmn-menu")) return;
  const wrapper = document.createElement("span");
  wrapper.className = "tmn-menu";
  const button = document.createElement("button");
  button.type = "button";
  button.className = "tmn-menu__button";
  button.setAttribute("aria-label", NAMES.menu);
  button.setAttribute("aria-expanded", "false");
  button.addEventListener("click", openOrCloseDrawer);
  label.replaceWith(wrapper);
  wrapper.append(label, button);
}

/** The menu button's click (from the keyboard or a screen reader: the pointer reaches the label):
 *  toggles the drawer, and moves the focus to its first link when it opens. */
function openOrCloseDrawer() {
  const toggle = document.getElementById("__drawer");
  if (!toggle) return;
  toggle.click(); // a change event, as Material's own toggling makes: updateDrawer() runs
  if (toggle.checked) document.querySelector(".md-sidebar--primary a[href]")?.focus();
}

function updateDrawer() {
  const toggle = document.getElementById("__drawer");
  const drawer = document.querySelector(".md-sidebar--primary");
  if (!toggle || !drawer) return;
  const closed = DRAWER_SCREEN.matches && !toggle.checked;
  if (drawer.inert !== closed) drawer.inert = closed;
  document.querySelector(".tmn-menu__button")?.setAttribute("aria-expanded", String(toggle.checked));
}

function closeDrawerOnEscape(event) {
  const toggle = document.getElementById("__drawer");
  const search = document.getElementById("__search");
  if (event.key !== "Escape" || !toggle?.checked || search?.checked || !DRAWER_SCREEN.matches) return;
  toggle.click();
  document.querySelector(".tmn-menu__button")?.focus();
}

function paletteOptions() {
  const form = document.querySelector("form[data-md-component=palette]");
  return form ? [...form.querySelectorAll("input.md-option")] : [];
}

/** Material shows the label after the option of the scheme in use, but checks no option when
 *  the scheme comes from storage or the system; Tab then lands on the first option, whose label
 *  may be hidden. Checking the option in use puts the focus next to the visible label. */
function syncPalette() {
  const current = paletteOptions().find((option) => {
    const label = option.nextElementSibling;
    return label instanceof HTMLLabelElement && !label.hidden;
  });
  if (current && !current.checked) current.checked = true;
}

/** Space on the colour switch does what Material does on Enter: the next scheme. */
function switchPaletteOnSpace(event) {
  if (event.key !== " " || !(event.target instanceof HTMLInputElement)) return;
  const options = paletteOptions();
  const index = options.indexOf(event.target);
  if (index < 0) return;
  event.preventDefault();
  const next = options[(index + 1) % options.length];
  next.click();
  next.focus();
}

function updateSearchScroll() {
  const scroll = document.querySelector(".md-search__scrollwrap");
  if (!scroll) return;
  const open = document.getElementById("__search")?.checked;
  const shows = open && scroll.querySelector(".md-search-result__item") !== null;
  const tabIndex = shows ? 0 : -1;
  if (scroll.tabIndex !== tabIndex) scroll.tabIndex = tabIndex;
}

function nameCodeNavs() {
  document.querySelectorAll("nav.md-code__nav").forEach((nav, index) => {
    const name = NAMES.codeBlock(index + 1);
    if (nav.getAttribute("aria-label") !== name) nav.setAttribute("aria-label", name);
  });
}

function apply() {
  nameSearchDialog();
  addMenuButton();
  updateDrawer();
  syncPalette();
  updateSearchScroll();
  nameCodeNavs();
}

let scheduled = false;
function applySoon() {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    apply();
  });
}

document.addEventListener("change", (event) => {
  const id = event.target instanceof HTMLInputElement ? event.target.id : "";
  if (id === "__drawer") updateDrawer();
  else if (id === "__search") updateSearchScroll();
  else if (id.startsWith("__palette")) syncPalette();
});
document.addEventListener("keydown", (event) => {
  closeDrawerOnEscape(event);
  switchPaletteOnSpace(event);
});
DRAWER_SCREEN.addEventListener("change", updateDrawer);
new MutationObserver(applySoon).observe(document.body, { childList: true, subtree: true });

apply();
const documents = window.document$;
if (documents && typeof documents.subscribe === "function") documents.subscribe(() => apply());
