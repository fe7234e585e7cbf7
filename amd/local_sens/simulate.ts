/**
 * The simulate panel's logic, without the DOM: form state ↔ learner record, the decision computed by the
 * rules engine (local_sens/engine, the same core the server's PHP is generated from), the layout of the decision as
 * the server's presenter words it, and the comparison of decisions.
 *
 * @module local_sens/simulate
 */

import {decide} from './engine';
import type {ProgrammeT} from 'sens-rules/src/schema/programme';
import type {RecordT} from 'sens-rules/src/schema/record';
import type {Decision} from 'sens-rules/src/core/reasons';

/** A form row: every field as the form holds it (text). `id` is kept from a loaded record, else generated. */
export type Row = {[field: string]: string};

/** Fact lists of the form, in record order; fields of each row by list. */
export const LISTS = {
    placements: ['id', 'unit', 'basis', 'by', 'at'],
    exemptions: ['id', 'unit', 'basis', 'by', 'at'],
    activities: ['id', 'slot', 'completed', 'passed', 'grade', 'max', 'timeSeconds', 'at'],
    attestations: ['id', 'unit', 'session', 'result', 'by', 'at'],
    juryDecisions: ['id', 'unit', 'decision', 'grade', 'by', 'at'],
} as const;

export type ListName = keyof typeof LISTS;

export interface FormState {
    learner: string;
    start: string;
    asOf: string;
    placements: Row[];
    exemptions: Row[];
    activities: Row[];
    attestations: Row[];
    juryDecisions: Row[];
    /** Facts the form does not edit (exam grades, attendance), carried over unchanged from a loaded record. */
    exams: NonNullable<RecordT['exams']>;
    attendance: NonNullable<RecordT['attendance']>;
}

/** A problem of the form: which list, which row (0-based), which field, and the message. */
export interface FormError {
    list: ListName | 'enrolment' | 'asOf';
    index: number;
    field: string;
    message: string;
}

const PREFIX: {[list in ListName]: string} = {
    placements: 'p', exemptions: 'e', activities: 'a', attestations: 't', juryDecisions: 'j',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An empty form for a programme.
 *
 * @param {string} start Enrolment start (YYYY-MM-DD).
 * @param {string} asOf Decision date (YYYY-MM-DD).
 * @returns {FormState} The form.
 */
export function emptyForm(start: string, asOf: string): FormState {
    return {
        learner: 'simulation', start: start, asOf: asOf,
        placements: [], exemptions: [], activities: [], attestations: [], juryDecisions: [], exams: [], attendance: [],
    };
}

/**
 * A new row of a list, with defaults (dated on the decision date, recorded by "simulation").
 *
 * @param {ListName} list Which list.
 * @param {string} at Default date.
 * @returns {Row} The row.
 */
export function newRow(list: ListName, at: string): Row {
    const row: Row = {};
    for (const f of LISTS[list]) {
        row[f] = '';
    }
    row.at = at;
    if ('by' in row) {
        row.by = 'simulation';
    }
    if (list === 'activities') {
        row.completed = 'yes';
    }
    if (list === 'attestations') {
        row.result = 'passed';
    }
    if (list === 'juryDecisions') {
        row.decision = 'accepted';
    }
    return row;
}

/**
 * Text of a number or boolean held by a record field ('' for absent or null).
 *
 * @param {unknown} v The value.
 * @returns {string} The text.
 */
function text(v: unknown): string {
    if (v === null || v === undefined) {
        return '';
    }
    if (typeof v === 'boolean') {
        return v ? 'yes' : 'no';
    }
    return String(v);
}

/**
 * The form that shows a learner record (every fact kept, so recordToForm then formToRecord gives the record back).
 *
 * @param {RecordT} record The record.
 * @param {string} asOf Decision date.
 * @returns {FormState} The form.
 */
export function recordToForm(record: RecordT, asOf: string): FormState {
    const form = emptyForm(record.enrolment.start, asOf);
    form.learner = record.learner;
    for (const list of Object.keys(LISTS) as ListName[]) {
        const facts = (record[list] ?? []) as unknown as {[k: string]: unknown}[];
        form[list] = facts.map((fact) => {
            const row: Row = {};
            for (const f of LISTS[list]) {
                row[f] = text(fact[f]);
            }
            return row;
        });
    }
    form.exams = (record.exams ?? []).map((x) => ({...x}));
    form.attendance = (record.attendance ?? []).map((x) => ({...x}));
    return form;
}

/**
 * Reads a number field: '' → null; anything not a finite number ≥ 0 is an error.
 *
 * @param {string} value The text.
 * @param {Function} fail Called with the problem.
 * @returns {number|null} The number.
 */
function number(value: string, fail: (m: string) => void): number | null {
    const v = value.trim();
    if (v === '') {
        return null;
    }
    const n = Number(v.replace(',', '.'));
    if (!Number.isFinite(n) || n < 0) {
        fail(`"${value}" is not a number ≥ 0`);
        return null;
    }
    return n;
}

/**
 * The learner record the form describes, or the form's problems (then no record).
 *
 * @param {FormState} form The form.
 * @param {ProgrammeT} programme The programme version.
 * @returns {{record: RecordT|null, errors: FormError[]}} The record or the problems.
 */
export function formToRecord(form: FormState, programme: ProgrammeT): {record: RecordT | null; errors: FormError[]} {
    const errors: FormError[] = [];
    if (!DATE.test(form.start)) {
        errors.push({list: 'enrolment', index: 0, field: 'start', message: `"${form.start}" is not a date YYYY-MM-DD`});
    }
    if (!DATE.test(form.asOf)) {
        errors.push({list: 'asOf', index: 0, field: 'asOf', message: `"${form.asOf}" is not a date YYYY-MM-DD`});
    }
    const record: RecordT = {
        learner: form.learner.trim() === '' ? 'simulation' : form.learner,
        programme: {id: programme.id, version: programme.version},
        enrolment: {start: form.start},
    };
    for (const list of Object.keys(LISTS) as ListName[]) {
        const used = new Set(form[list].map((r) => r.id ?? '').filter((id) => id !== ''));
        let next = 1;
        const facts = form[list].map((row, index) => {
            const fail = (field: string) => (m: string) => errors.push({list, index, field, message: m});
            let id = row.id ?? '';
            if (id === '') {
                while (used.has(PREFIX[list] + next)) {
                    next++;
                }
                id = PREFIX[list] + next;
                used.add(id);
            }
            const fact: {[k: string]: unknown} = {id};
            for (const f of LISTS[list]) {
                const value = row[f] ?? '';
                if (f === 'id') {
                    continue;
                }
                if (f === 'grade' || f === 'max' || f === 'timeSeconds') {
                    const n = number(value, fail(f));
                    if (n !== null) {
                        fact[f] = n;
                    }
                } else if (f === 'completed') {
                    fact[f] = value === 'yes';
                } else if (f === 'passed') {
                    if (value !== '') {
                        fact[f] = value === 'yes';
                    }
                } else {
                    if (value.trim() === '') {
                        fail(f)('required');
                    } else if (f === 'at' && !DATE.test(value)) {
                        fail(f)(`"${value}" is not a date YYYY-MM-DD`);
                    }
                    fact[f] = value;
                }
            }
            return fact;
        });
        if (facts.length > 0) {
            (record as unknown as {[k: string]: unknown})[list] = facts;
        }
    }
    if (form.exams.length > 0) {
        record.exams = form.exams;
    }
    if (form.attendance.length > 0) {
        record.attendance = form.attendance;
    }
    return errors.length > 0 ? {record: null, errors} : {record, errors};
}

/** A decision as the server's presenter words it (local_sens\external\decision_exporter), as the web services return it. */
export interface Presented {
    units: {id: string; kind: string; parent?: string; label: string; state: string; statelabel: string; reasons: string[]}[];
    verdict?: {code: string; label: string; reasons: string[]};
    next?: {unit: string; label: string; text: string};
    deadline?: {iso: string; text: string};
}

/** What the panel lays out of a presented decision: each unit indented under its parent. */
export interface DecisionView {
    verdict: {code: string; label: string; reasons: string[]};
    deadline: string;
    next: {unit: string; text: string} | null;
    units: {id: string; title: string; state: string; statelabel: string; depth: number; reasons: string[]}[];
}

/**
 * Lays out a decision the server presented (no text is made here: the words are the server's one presenter's).
 *
 * @param {Presented} presented The presented decision.
 * @returns {DecisionView} The view.
 */
export function layoutDecision(presented: Presented): DecisionView {
    const parents = new Map(presented.units.map((u) => [u.id, u.parent ?? null]));
    const depth = (id: string): number => {
        let d = 0;
        let p = parents.get(id) ?? null;
        while (p !== null && d < 20) {
            d++;
            p = parents.get(p) ?? null;
        }
        return d;
    };
    return {
        verdict: presented.verdict ?? {code: '', label: '', reasons: []},
        deadline: presented.deadline?.text ?? '',
        next: presented.next ? {unit: presented.next.label, text: presented.next.text} : null,
        units: presented.units.map((u) => ({
            id: u.id, title: u.label, state: u.state, statelabel: u.statelabel, depth: depth(u.id), reasons: u.reasons,
        })),
    };
}

export type Simulation =
    | {ok: true; record: RecordT; decision: Decision}
    | {ok: false; errors: string[]};

/**
 * Computes the decision of the form's learner in the browser: the form's own checks (no decision without a
 * readable record), then decide(). The engine's semantic checks of the record are the server's to word (warnings
 * of local_sens_simulate_decision): the server decides on the facts Moodle holds even when, say, a grade is above its
 * maximum; so does the panel.
 *
 * @param {FormState} form The form.
 * @param {ProgrammeT} programme The programme version.
 * @returns {Simulation} The decision, or the problems in words.
 */
export function simulate(form: FormState, programme: ProgrammeT): Simulation {
    const {record, errors} = formToRecord(form, programme);
    if (record === null) {
        return {ok: false, errors: errors.map((e) => `${e.list}${e.list === 'enrolment' || e.list === 'asOf' ? ''
            : ' #' + (e.index + 1)} ${e.field}: ${e.message}`)};
    }
    return {ok: true, record, decision: decide(programme, record, form.asOf)};
}

/**
 * Canonical JSON (keys sorted, numbers as numbers) to compare decisions made by different implementations.
 *
 * @param {unknown} value Any JSON value.
 * @returns {string} The canonical text.
 */
export function canonical(value: unknown): string {
    if (Array.isArray(value)) {
        return '[' + value.map(canonical).join(',') + ']';
    }
    if (value !== null && typeof value === 'object') {
        const o = value as {[k: string]: unknown};
        return '{' + Object.keys(o).sort().filter((k) => o[k] !== undefined)
            .map((k) => JSON.stringify(k) + ':' + canonical(o[k])).join(',') + '}';
    }
    return JSON.stringify(value);
}

/**
 * Whether two decisions are the same (canonical JSON).
 *
 * @param {unknown} a One decision.
 * @param {unknown} b The other.
 * @returns {boolean} Same.
 */
export function sameDecision(a: unknown, b: unknown): boolean {
    return canonical(a) === canonical(b);
}
