// Runs before the policy page's content is drawn (a classic script at its top): when the address
// carries an owner's settings, it marks <html> so the stylesheet hides the general introduction
// from the first paint, and nothing jumps when policy.js fills in the owner's page. policy.js
// takes the mark off again if the settings turn out to be unusable.
document.documentElement.classList.toggle("tmn-personal", /[?&](?:name|msg|ask|limit)=/.test(location.search));
