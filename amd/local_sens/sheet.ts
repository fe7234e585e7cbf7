/**
 * The attestation sheet of a workshop (local/sens/sheet.php): "All present", search by name, adding a learner who
 * was not expected, and saving every mark in one request (local_sens_save_attestation_sheet). Each mark carries an
 * idempotency key; when the network fails the marks wait in the browser (localStorage), the page says they are not
 * saved yet, and they are sent again when the network returns (the server refuses a key it has already received).
 *
 * @module local_sens/sheet
 */

import {call} from 'core/ajax';
import Pending from 'core/pending';
import {getString, getStrings} from 'core/str';
import {announce} from './announce';

export interface SheetRow {
    userid: number; unit: string; present: boolean; passed: boolean; note: string; reason: string; key: string;
    /** Teaching sessions: minutes absent (-1: the whole session, when not present) and whether they are justified. */
    minutesabsent?: number; justified?: boolean;
}
interface SheetError {row: number; userid: number; field: string; message: string}
interface LearnerResult {
    userid: number; unit: string; label: string; before: string; after: string; afterstate: string; reasons: string[];
}
interface SaveResult {saved: boolean; message: string; errors: SheetError[]; learners: LearnerResult[]}
export interface Queued {sessionid: number; workshop: string; rows: SheetRow[]}

/**
 * The localStorage key of a sheet's queued marks.
 *
 * @param {number} sessionid The session.
 * @param {string} workshop The workshop.
 * @returns {string} The key.
 */
export function queueKey(sessionid: number, workshop: string): string {
    return `local_sens/sheet:${sessionid}:${workshop}`;
}

/**
 * A new idempotency key for one mark.
 *
 * @returns {string} 32 letters and digits.
 */
export function newKey(): string {
    const bytes = new Uint8Array(16);
    if (globalThis.crypto?.getRandomValues) {
        globalThis.crypto.getRandomValues(bytes);
    } else {
        bytes.forEach((_, i) => {
            bytes[i] = Math.floor(Math.random() * 256);
        });
    }
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Whether a failed request failed for want of network (and so may be sent again), not because the server refused.
 *
 * @param {unknown} error What the request rejected with.
 * @returns {boolean} True for a network failure.
 */
export function isNetworkError(error: unknown): boolean {
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
        return true;
    }
    const e = error as {errorcode?: string; exception?: string} | null;
    // Moodle's web service errors carry an error code; a failed fetch or XHR does not.
    return !e || (e.errorcode === undefined && e.exception === undefined);
}

/**
 * Whether a row is on the sheet: expected, or added by the lead (a search hiding it does not take it off).
 *
 * @param {HTMLElement} li The row.
 * @returns {boolean} True when its marks are sent.
 */
function onSheet(li: HTMLElement): boolean {
    return li.dataset.other !== '1' || li.dataset.added === '1';
}

/**
 * The marks of the rows on the sheet (not those of learners who were not added), each with a fresh key.
 *
 * @param {HTMLElement} root The sheet.
 * @returns {SheetRow[]} One per learner.
 */
export function collect(root: HTMLElement): SheetRow[] {
    const rows: SheetRow[] = [];
    root.querySelectorAll<HTMLElement>('[data-region="row"]').forEach((li) => {
        if (!onSheet(li)) {
            return;
        }
        const value = (mark: string) => li.querySelector<HTMLInputElement>(`[data-mark="${mark}"]`);
        const present = value('present')?.checked ?? false;
        const row: SheetRow = {
            userid: Number(li.dataset.userid),
            unit: li.dataset.unit ?? '',
            present,
            passed: value('passed')?.checked ?? false,
            note: value('note')?.value ?? '',
            reason: value('reason')?.value ?? '',
            key: newKey(),
        };
        const minutes = value('minutesabsent');
        if (minutes) {
            // Absent: the whole session (the server knows its length); present: the minutes missed, if any.
            row.minutesabsent = present ? Math.max(0, Math.floor(Number(minutes.value) || 0)) : -1;
            row.justified = value('justified')?.checked ?? false;
        }
        rows.push(row);
    });
    return rows;
}

/**
 * Shows or hides rows by a search on names (learners not added stay hidden).
 *
 * @param {HTMLElement} root The sheet.
 * @param {string} query What was typed.
 */
export function filter(root: HTMLElement, query: string): void {
    const q = query.trim().toLocaleLowerCase();
    root.querySelectorAll<HTMLElement>('[data-region="row"]').forEach((li) => {
        if (!onSheet(li)) {
            return;
        }
        li.hidden = !(q === '' || (li.dataset.name ?? '').toLocaleLowerCase().includes(q));
    });
}

/**
 * Writes the outcome of a save on each row and in the status line.
 *
 * @param {HTMLElement} root The sheet.
 * @param {SaveResult} result What the server answered.
 */
async function showResult(root: HTMLElement, result: SaveResult): Promise<void> {
    const status = root.querySelector<HTMLElement>('[data-region="status"]')!;
    root.querySelectorAll<HTMLElement>('[data-region="row"]').forEach((li) => {
        li.classList.remove('local_sens-error');
        li.querySelector<HTMLElement>('[data-region="result"]')!.textContent = '';
    });
    for (const error of result.errors) {
        const li = root.querySelector<HTMLElement>(`[data-region="row"][data-userid="${error.userid}"]`);
        if (li) {
            li.classList.add('local_sens-error');
            li.querySelector<HTMLElement>('[data-region="result"]')!.textContent = error.message;
        }
    }
    for (const learner of result.learners) {
        const li = root.querySelector<HTMLElement>(`[data-region="row"][data-userid="${learner.userid}"]`);
        if (!li) {
            continue;
        }
        const change = {label: learner.label, before: learner.before, after: learner.after};
        const text = await getString('sheet:change', 'local_sens', change);
        li.querySelector<HTMLElement>('[data-region="result"]')!.textContent =
            [text, ...learner.reasons].join(' ');
        li.dataset.afterstate = learner.afterstate;
        if (li.dataset.attested !== '1') {
            li.dataset.attested = '1';
            await addReasonField(li);
        }
    }
    const message = result.saved ? result.message : [result.message, ...result.errors.map((e) => e.message)].join(' ');
    status.textContent = message;
    announce(message);
}

/**
 * Adds the "reason for the correction" field to a row that is now attested.
 *
 * @param {HTMLElement} li The row.
 */
async function addReasonField(li: HTMLElement): Promise<void> {
    if (li.querySelector('[data-mark="reason"]')) {
        return;
    }
    const id = `local_sens-reason-${li.dataset.userid}`;
    const label = document.createElement('label');
    label.className = 'local_sens-sheet-fieldlabel';
    label.htmlFor = id;
    label.textContent = await getString('sheet:reason', 'local_sens');
    const input = document.createElement('input');
    input.type = 'text';
    input.id = id;
    input.className = 'form-control local_sens-touch';
    input.dataset.mark = 'reason';
    const result = li.querySelector('[data-region="result"]')!;
    result.before(label, input);
}

/**
 * Sends marks; when the network fails they are queued in the browser and sent when it returns.
 *
 * @param {HTMLElement} root The sheet.
 * @param {Queued} payload What to send.
 * @returns {Promise<void>}
 */
async function send(root: HTMLElement, payload: Queued): Promise<void> {
    const pending = new Pending('local_sens/sheet:save');
    const status = root.querySelector<HTMLElement>('[data-region="status"]')!;
    const key = queueKey(payload.sessionid, payload.workshop);
    try {
        const [request] = call<SaveResult>([{methodname: 'local_sens_save_attestation_sheet',
            args: {sessionid: payload.sessionid, workshop: payload.workshop, rows: payload.rows}}]);
        const result = await request!;
        window.localStorage.removeItem(key);
        await showResult(root, result);
    } catch (error) {
        if (!isNetworkError(error)) {
            window.localStorage.removeItem(key);
            const message = (error as {message?: string}).message ?? String(error);
            status.textContent = message;
            announce(message);
        } else {
            window.localStorage.setItem(key, JSON.stringify(payload));
            const message = await getString('sheet:queued', 'local_sens');
            status.textContent = message;
            announce(message);
        }
    } finally {
        pending.resolve();
    }
}

/**
 * Co-signs one attestation awaiting co-signature (local_sens_cosign_attestations) and writes the outcome.
 *
 * @param {HTMLElement} root The sheet.
 * @param {HTMLButtonElement} button The row's Co-sign button.
 * @param {number} sessionid The session.
 * @param {string} workshop The workshop.
 * @returns {Promise<void>}
 */
async function cosign(root: HTMLElement, button: HTMLButtonElement, sessionid: number, workshop: string): Promise<void> {
    const pending = new Pending('local_sens/sheet:cosign');
    const status = root.querySelector<HTMLElement>('[data-region="status"]')!;
    button.disabled = true;
    try {
        const [request] = call<SaveResult>([{methodname: 'local_sens_cosign_attestations',
            args: {sessionid, workshop, attestationids: [Number(button.dataset.attestationid)]}}]);
        const result = await request!;
        await showResult(root, result);
        if (result.saved) {
            button.remove();
        } else {
            button.disabled = false;
        }
    } catch (error) {
        button.disabled = false;
        const message = (error as {message?: string}).message ?? String(error);
        status.textContent = message;
        announce(message);
    } finally {
        pending.resolve();
    }
}

/**
 * Sends the marks waiting in the browser for this sheet, if any.
 *
 * @param {HTMLElement} root The sheet.
 * @param {number} sessionid The session.
 * @param {string} workshop The workshop.
 * @returns {Promise<void>}
 */
async function flush(root: HTMLElement, sessionid: number, workshop: string): Promise<void> {
    const stored = window.localStorage.getItem(queueKey(sessionid, workshop));
    // One sending at a time: the browser may say "online" twice.
    if (stored !== null && root.dataset.sending !== '1') {
        root.dataset.sending = '1';
        try {
            await send(root, JSON.parse(stored) as Queued);
        } finally {
            delete root.dataset.sending;
        }
    }
}

/**
 * Entry point (sheet.php).
 *
 * @param {number} sessionid The session.
 * @param {string} workshop The workshop.
 */
export function init(sessionid: number, workshop: string): void {
    const root = document.querySelector<HTMLElement>('[data-region="local_sens-sheet"]');
    if (!root) {
        return;
    }
    // Fetched now, while online: the messages must show when the network is gone.
    getStrings(['sheet:allpresentdone', 'sheet:change', 'sheet:queued', 'sheet:reason', 'sheet:saving']
        .map((key) => ({key, component: 'local_sens'}))).catch(() => undefined);
    root.querySelector<HTMLElement>('[data-action="allpresent"]')?.addEventListener('click', async() => {
        let count = 0;
        root.querySelectorAll<HTMLElement>('[data-region="row"]').forEach((li) => {
            if (!li.hidden) {
                li.querySelector<HTMLInputElement>('[data-mark="present"]')!.checked = true;
                const minutes = li.querySelector<HTMLInputElement>('[data-mark="minutesabsent"]');
                if (minutes && minutes.value === minutes.max) {
                    minutes.value = '0';
                }
                count++;
            }
        });
        announce(await getString('sheet:allpresentdone', 'local_sens', count));
    });
    root.addEventListener('change', (e) => {
        const input = e.target as HTMLInputElement;
        const li = input.closest<HTMLElement>('[data-region="row"]');
        if (!li) {
            return;
        }
        // Passed implies present; absent implies not passed.
        if (input.dataset.mark === 'passed' && input.checked) {
            li.querySelector<HTMLInputElement>('[data-mark="present"]')!.checked = true;
        } else if (input.dataset.mark === 'present' && !input.checked) {
            const passed = li.querySelector<HTMLInputElement>('[data-mark="passed"]');
            if (passed) {
                passed.checked = false;
            }
        }
        // A teaching session: absent is the whole session; present again, none of it.
        const minutes = li.querySelector<HTMLInputElement>('[data-mark="minutesabsent"]');
        if (minutes && input.dataset.mark === 'present') {
            minutes.value = input.checked ? '0' : minutes.max;
        }
    });
    root.addEventListener('click', (e) => {
        const button = (e.target as HTMLElement).closest<HTMLButtonElement>('[data-action="cosign"]');
        if (button) {
            cosign(root, button, sessionid, workshop).catch(() => undefined);
        }
    });
    root.querySelector<HTMLInputElement>('[data-action="search"]')?.addEventListener('input', (e) => {
        filter(root, (e.target as HTMLInputElement).value);
    });
    root.querySelector<HTMLElement>('[data-action="add"]')?.addEventListener('click', () => {
        const select = root.querySelector<HTMLSelectElement>('[data-region="addselect"]')!;
        const li = root.querySelector<HTMLElement>(`[data-region="row"][data-userid="${select.value}"]`);
        if (!li) {
            return;
        }
        li.hidden = false;
        li.dataset.added = '1';
        select.querySelector(`option[value="${select.value}"]`)?.remove();
        select.value = '';
        li.querySelector<HTMLInputElement>('[data-mark="present"]')?.focus();
    });
    root.querySelector<HTMLFormElement>('[data-region="sheet-form"]')?.addEventListener('submit', (e) => {
        e.preventDefault();
        const status = root.querySelector<HTMLElement>('[data-region="status"]')!;
        getString('sheet:saving', 'local_sens').then((text) => {
            status.textContent = text;
            return send(root, {sessionid, workshop, rows: collect(root)});
        }).catch(() => undefined);
    });
    window.addEventListener('online', () => {
        flush(root, sessionid, workshop).catch(() => undefined);
    });
    // The "online" event may come before requests get through again: queued marks are retried every few seconds.
    window.setInterval(() => {
        if (navigator.onLine !== false) {
            flush(root, sessionid, workshop).catch(() => undefined);
        }
    }, 5000);
    flush(root, sessionid, workshop).catch(() => undefined);
}
