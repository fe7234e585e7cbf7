/**
 * The mapping page's simulate panel: the facts of an imaginary or a real learner in a form, the decision computed in
 * the browser by the rules engine, decided again by the server's engine and shown as the server's one presenter
 * words it (local_sens_simulate_decision), compared with the decision the server stored for a loaded learner.
 *
 * @module local_sens/mapping_simulate
 */

import {call} from 'core/ajax';
import {getString} from 'core/str';
import {announce} from './announce';
import {render} from './mapping_editor';
import type {EditorPage} from './mapping_editor';
import {LISTS, canonical, emptyForm, layoutDecision, recordToForm, sameDecision, simulate} from './simulate';
import type {FormState, ListName, Presented, Row} from './simulate';
import type {ProgrammeT} from 'sens-rules/src/schema/programme';

export type Lang = 'fr' | 'en';

interface ServerDecision {found: boolean; versionid: number; asof: string; decision: string; record: string}

/** What local_sens_simulate_decision answers. */
interface ServerSimulation {ok: boolean; errors: string[]; warnings: string[]; decision: string; presented?: Presented}

/** The page with the panel's state: the programme, the form, the loaded learner's stored decision, the labels. */
export interface Panel extends EditorPage {
    programme: ProgrammeT;
    lang: Lang;
    form: FormState;
    server: {asof: string; decision: unknown} | null;
    labels: {[list: string]: string};
}

/**
 * Options of the simulate form's selects, by list and field.
 *
 * @param {ProgrammeT} p The programme.
 * @param {Lang} lang Language.
 * @returns {object} Options by field.
 */
function factOptions(p: ProgrammeT, lang: Lang): {[field: string]: {value: string; label: string}[]} {
    const title = (u: {title: string; titleEn?: string | null}) => (lang === 'en' ? u.titleEn ?? u.title : u.title);
    const byId = new Map(p.units.map((u) => [u.id, u]));
    const label = (id: string) => {
        const u = byId.get(id);
        if (!u) {
            return id;
        }
        const parent = u.parent ? byId.get(u.parent) : undefined;
        return parent ? `${title(parent)} — ${title(u)}` : title(u);
    };
    const has = (kind: string) => p.units.filter((u) => u.requirements.some((r) => r.kind === kind))
        .map((u) => ({value: u.id, label: label(u.id)}));
    return {
        level: p.units.filter((u) => u.kind === 'level').map((u) => ({value: u.id, label: label(u.id)})),
        unit: p.units.map((u) => ({value: u.id, label: label(u.id)})),
        attestation: has('attestation'),
        jury: has('jury'),
        slot: (p.slots ?? []).map((s) => ({value: s.id, label: `${label(s.unit)} — ${s.title}`})),
        session: (p.workshopSessions ?? []).map((s) => ({value: s.id, label: `${s.id} ${s.title}`})),
        basis: (p.placementBases ?? []).map((b) => ({value: b, label: b})),
        yesno: [{value: 'yes', label: '✓'}, {value: 'no', label: '✗'}],
        passed: [{value: '', label: '—'}, {value: 'yes', label: '✓'}, {value: 'no', label: '✗'}],
        result: ['passed', 'failed', 'absent'].map((v) => ({value: v, label: v})),
        decision: ['accepted', 'rejected', 'deferred'].map((v) => ({value: v, label: v})),
    };
}

/** Units a list's `unit` field offers: levels for placements, units with the matching requirement for the others. */
const UNIT_OPTIONS: {[list: string]: string} = {placements: 'level', attestations: 'attestation', juryDecisions: 'jury'};

/**
 * Which options a field of a list uses (null: a text or date input).
 *
 * @param {ListName} list The list.
 * @param {string} field The field.
 * @returns {string|null} Key of the options.
 */
function optionsOf(list: ListName, field: string): string | null {
    if (field === 'unit') {
        return UNIT_OPTIONS[list] ?? 'unit';
    }
    if (field === 'completed') {
        return 'yesno';
    }
    return ['slot', 'session', 'basis', 'passed', 'result', 'decision'].includes(field) ? field : null;
}

/**
 * The facts template context of the form.
 *
 * @param {Panel} page The page.
 * @returns {object} Context.
 */
export function factsContext(page: Panel): object {
    const options = factOptions(page.programme, page.lang);
    return {
        lists: (Object.keys(LISTS) as ListName[]).map((list) => ({
            name: list, legend: page.labels[list], addlabel: page.labels.add + ' — ' + page.labels[list],
            hasrows: page.form[list].length > 0,
            rows: page.form[list].map((row, index) => ({
                index, number: index + 1, legend: page.labels[list],
                fields: LISTS[list].map((field) => {
                    const value = row[field] ?? '';
                    const kind = optionsOf(list, field);
                    const base = {name: field, id: `local_sens-sim-${list}-${index}-${field}`, label: page.labels[field] ?? field,
                        value, hidden: field === 'id' || field === 'timeSeconds'};
                    if (kind === null) {
                        return {...base, isselect: false, type: field === 'at' ? 'date' : 'text', options: []};
                    }
                    const opts = options[kind] ?? [];
                    const known = opts.some((o) => o.value === value);
                    // A loaded value the programme does not list stays selectable, so nothing is lost silently.
                    const all = known || value === '' ? opts : [{value, label: value}, ...opts];
                    return {...base, isselect: true, options: all.map((o) => ({...o, selected: o.value === value}))};
                }),
            })),
        })),
    };
}

/**
 * Reads the simulate form into the page state.
 *
 * @param {Panel} page The page.
 */
export function readForm(page: Panel): void {
    const form = page.root.querySelector<HTMLElement>('[data-region="simulate-form"]');
    if (!form) {
        return;
    }
    page.form.start = form.querySelector<HTMLInputElement>('[data-field="start"]')?.value ?? '';
    page.form.asOf = form.querySelector<HTMLInputElement>('[data-field="asOf"]')?.value ?? '';
    for (const list of Object.keys(LISTS) as ListName[]) {
        const rows = form.querySelectorAll<HTMLElement>(`fieldset[data-list="${list}"] [data-region="simulate-row"]`);
        page.form[list] = [...rows].map((el) => {
            const row: Row = {};
            for (const field of LISTS[list]) {
                row[field] = el.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-field="${field}"]`)?.value ?? '';
            }
            return row;
        });
    }
}

/**
 * Re-renders the fact rows, then focuses a control.
 *
 * @param {Panel} page The page.
 * @param {string|null} focus Selector of the element to focus after rendering.
 */
export async function renderFacts(page: Panel, focus: string | null): Promise<void> {
    const region = page.root.querySelector<HTMLElement>('[data-region="simulate-facts"]');
    if (!region) {
        return;
    }
    await render(region, 'local_sens/mapping_simulate_facts', factsContext(page));
    if (focus) {
        page.root.querySelector<HTMLElement>(focus)?.focus();
    }
}

/**
 * Computes the decision in the browser, has the server decide the same record and shows the server's words for it;
 * says when the two engines differ, and compares with the server's stored decision when a learner was loaded.
 *
 * @param {Panel} page The page.
 */
export async function compute(page: Panel): Promise<void> {
    readForm(page);
    const result = simulate(page.form, page.programme);
    const region = page.root.querySelector<HTMLElement>('[data-region="simulate-result"]')!;
    const compare = page.root.querySelector<HTMLElement>('[data-region="simulate-compare"]')!;
    const invalid = async(errors: string[]) => {
        region.removeAttribute('data-decision');
        region.setAttribute('data-status', 'invalid');
        await render(region, 'local_sens/mapping_decision', {ok: false, errors});
        compare.textContent = '';
    };
    if (!result.ok) {
        await invalid(result.errors);
        return;
    }
    const args = {courseid: page.data.courseid, versionid: page.data.versionid, asof: page.form.asOf,
        record: JSON.stringify(result.record)};
    const [request] = call<ServerSimulation>([{methodname: 'local_sens_simulate_decision', args}]);
    const server = await request!;
    if (!server.ok || !server.presented) {
        await invalid(server.errors);
        return;
    }
    const view = layoutDecision(server.presented);
    const json = canonical(result.decision);
    region.setAttribute('data-decision', json);
    region.setAttribute('data-status', 'computed');
    await render(region, 'local_sens/mapping_decision', {
        ok: true, verdict: view.verdict, deadline: view.deadline, next: view.next,
        enginesdiffer: !sameDecision(result.decision, JSON.parse(server.decision)),
        haswarnings: server.warnings.length > 0, warnings: server.warnings,
        units: view.units.map((u) => ({...u, indent: u.depth * 1.5})),
        json: JSON.stringify(JSON.parse(json), null, 2),
    });
    if (page.server !== null) {
        const same = sameDecision(result.decision, page.server.decision);
        compare.setAttribute('data-match', same ? 'true' : 'false');
        compare.className = same ? 'mt-3 alert alert-success' : 'mt-3 alert alert-danger';
        compare.textContent = await getString(same ? 'simulate:matches' : 'simulate:differs', 'local_sens', page.server.asof);
    } else {
        compare.removeAttribute('data-match');
        compare.className = 'mt-3';
        compare.textContent = '';
    }
    announce(view.verdict.reasons.join(' '));
}

/**
 * Loads a learner's stored facts and decision into the simulate panel (empty form for 0).
 *
 * @param {Panel} page The page.
 * @param {number} userid The learner.
 */
export async function loadLearner(page: Panel, userid: number): Promise<void> {
    if (userid === 0) {
        page.form = emptyForm(page.form.start, page.data.today);
        page.server = null;
    } else {
        const [server] = call<ServerDecision>([{methodname: 'local_sens_get_learner_decision',
            args: {courseid: page.data.courseid, userid}}]);
        const result = await server!;
        const asOf = result.asof || page.data.today;
        page.form = result.record ? recordToForm(JSON.parse(result.record), asOf) : emptyForm(page.form.start, asOf);
        page.server = result.found ? {asof: result.asof, decision: JSON.parse(result.decision)} : null;
    }
    const form = page.root.querySelector<HTMLElement>('[data-region="simulate-form"]')!;
    form.querySelector<HTMLInputElement>('[data-field="start"]')!.value = page.form.start;
    form.querySelector<HTMLInputElement>('[data-field="asOf"]')!.value = page.form.asOf;
    form.setAttribute('data-learner', String(userid));
    await renderFacts(page, null);
    await compute(page);
}

