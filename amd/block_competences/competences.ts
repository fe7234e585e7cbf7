/**
 * Competences block: buttons marked data-action="toggle-details" show or hide the details of a
 * competence (aria-expanded kept in step) and the new state is announced politely.
 *
 * @module block_competences/competences
 */
import { getString } from 'core/str';
import Pending from 'core/pending';
import { announce } from 'local_sens/announce';

const SELECTOR = '[data-action="toggle-details"][aria-controls]';

/**
 * Flips one toggle.
 *
 * @param {HTMLElement} button The toggle button (aria-controls names the details element).
 * @param {Document} doc The document holding both.
 * @returns {boolean|null} The new expanded state, or null if the details element is missing.
 */
export function toggle(button: HTMLElement, doc: Document = document): boolean | null {
  const target = doc.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!target) {
    return null;
  }
  const expanded = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(expanded));
  target.hidden = !expanded;
  return expanded;
}

/**
 * Enhances the block whose root element has the given id.
 * Called by js_call_amd('block_competences/competences', 'init', [rootid]).
 *
 * @param {string} rootId Id of the block's root element (a leading '#' is accepted, as the template passes it).
 */
export function init(rootId: string): void {
  const root = document.getElementById(rootId.replace(/^#/, ''));
  if (!root || root.dataset.sensEnhanced === '1') {
    return;
  }
  root.dataset.sensEnhanced = '1';
  root.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLElement>(SELECTOR);
    if (!button || !root.contains(button)) {
      return;
    }
    event.preventDefault();
    const expanded = toggle(button);
    if (expanded === null) {
      return;
    }
    const pending = new Pending('block_competences/competences:toggle');
    const label = button.textContent?.trim() ?? '';
    getString(expanded ? 'show' : 'hide', 'core')
      .then((state) => announce(label ? `${label}: ${state}` : state))
      .catch(() => undefined)
      .finally(() => pending.resolve());
  });
  root.dataset.sensReady = '1';
}
