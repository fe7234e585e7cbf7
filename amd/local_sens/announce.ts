/**
 * Accessible announcements for the SENS suite: one polite live region per page, shared by every plugin
 * (WCAG 2.1 4.1.3 status messages are announced without moving focus).
 *
 * @module local_sens/announce
 */

const REGION_ID = 'local_sens-announce';

/**
 * Returns the page's polite live region, creating it once.
 *
 * @param {Document} doc The document.
 * @returns {HTMLElement} The live region.
 */
export function region(doc: Document = document): HTMLElement {
  let el = doc.getElementById(REGION_ID);
  if (!el) {
    el = doc.createElement('div');
    el.id = REGION_ID;
    el.className = 'sr-only';
    el.setAttribute('role', 'status');
    el.setAttribute('aria-live', 'polite');
    el.setAttribute('aria-atomic', 'true');
    doc.body.appendChild(el);
  }
  return el;
}

/**
 * Announces a message to screen readers (replacing the previous one).
 *
 * @param {string} message The text to announce.
 * @param {Document} doc The document.
 */
export function announce(message: string, doc: Document = document): void {
  region(doc).textContent = message;
}

/** Entry point for js_call_amd('local_sens/announce', 'init'): makes sure the region exists early. */
export function init(): void {
  region();
}
