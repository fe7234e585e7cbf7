/**
 * Portfolio evidence form: a live "left / Maximum of n characters" counter for textareas with data-maxlength,
 * announced to screen readers only when the limit is near, so typing stays quiet.
 *
 * @module mod_sensportfolio/evidence
 */
import { getString } from 'core/str';
import { announce } from 'local_sens/announce';

/**
 * Characters left, never negative (counted in code points, as a person would).
 *
 * @param {string} text The current text.
 * @param {number} max The maximum length.
 * @returns {number} Characters left.
 */
export function remaining(text: string, max: number): number {
  return Math.max(0, max - [...text].length);
}

/**
 * Attaches counters inside the form with the given id.
 * Called by js_call_amd('mod_sensportfolio/evidence', 'init', [formid]).
 *
 * @param {string} formId Id of the evidence form.
 */
export function init(formId: string): void {
  const form = document.getElementById(formId);
  if (!form) {
    return;
  }
  form.querySelectorAll<HTMLTextAreaElement>('textarea[data-maxlength]').forEach((area) => {
    const max = Number(area.dataset.maxlength);
    if (!Number.isInteger(max) || max <= 0) {
      return;
    }
    const counter = document.createElement('div');
    counter.className = 'form-text text-muted';
    counter.id = `${area.id}-counter`;
    area.setAttribute('aria-describedby', `${area.getAttribute('aria-describedby') ?? ''} ${counter.id}`.trim());
    area.insertAdjacentElement('afterend', counter);
    /** Shows the characters left; announces them only near the limit. */
    const update = (): void => {
      const left = remaining(area.value, max);
      getString('maximumchars', 'core', max)
        .then((limit) => {
          const text = `${left} / ${limit}`;
          counter.textContent = text;
          if (left <= 20) {
            announce(text);
          }
          return text;
        })
        .catch(() => undefined);
    };
    area.addEventListener('input', update);
    update();
  });
}
