// A web address is one word: "Scroll.in", "History.com", "www.gov.uk" name a site (a source, most
// often), and split at their dots they were read as common words ("Scroll.in" searched as
// "scroll", which found the Dead Sea scrolls, not the claim citing Scroll.in). Joined on both
// sides, in the index's sources and in the question alike (tokenize.ts), as "U.S." is.

/** Endings of a site's name people write: generic ones and the countries' most cited. */
const TOP_LEVEL_DOMAINS = ['com', 'org', 'net', 'gov', 'edu', 'int', 'mil', 'io', 'info', 'biz', 'news', 'tv', 'co', 'uk', 'in', 'au', 'ca', 'de', 'fr', 'nl', 'es', 'jp', 'nz', 'ie', 'za', 'ch', 'se'];
const ENDING = TOP_LEVEL_DOMAINS.join('|');

/**
 * A site's name: up to four labels each ending in a dot ("bbc.co."), then a known ending, not
 * inside a longer word; "www." before it is no part of the name. The labels are bounded and each
 * ends at a dot, so a failed match backtracks over one run of labels only.
 */
const WEB_ADDRESS = new RegExp(`(?<![\\p{L}\\p{N}.-])(?:www\\.)?((?:[\\p{L}\\p{N}][\\p{L}\\p{N}-]*\\.){1,4})(${ENDING})(?![\\p{L}\\p{N}-])(?!\\.[\\p{L}\\p{N}])`, 'giu');
/** A quick look for an ending first: most texts have none, and a replace costs a copy. */
const MAY_HAVE_WEB_ADDRESS = new RegExp(`[\\p{L}\\p{N}]\\.(?:${ENDING})(?![\\p{L}\\p{N}])`, 'iu');
const DOT = /\./g;

/**
 * The text with each web address written as one word, without "www." and its dots ("Scroll.in" ->
 * "Scrollin", "www.gov.uk" -> "govuk"). Its ending must be in lower case, or the whole address in
 * capitals ("GOV.UK"): "stopped.In 1950" is two sentences run together, not a site.
 */
export function withWebAddressesJoined(text: string): string {
  if (!MAY_HAVE_WEB_ADDRESS.test(text)) return text;
  return text.replace(WEB_ADDRESS, (address: string, labels: string, ending: string) => {
    const inCapitals = ending === ending.toUpperCase() && labels === labels.toUpperCase();
    if (ending !== ending.toLowerCase() && !inCapitals) return address;
    return (labels + ending).replace(DOT, '');
  });
}
