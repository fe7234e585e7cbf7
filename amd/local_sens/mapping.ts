/**
 * The mapping page: edits which activity fills which slot (domain × level) and micro-competences, shows the
 * coverage and the programme's crosswalks, and runs the simulate panel (decision computed in the browser).
 *
 * @module local_sens/mapping
 */

import {call} from 'core/ajax';
import Templates from 'core/templates';
import Notification from 'core/notification';
import Pending from 'core/pending';
import {getString, getStrings} from 'core/str';
import {announce} from './announce';
import {
    LISTS, canonical, describeDecision, emptyForm, newRow, recordToForm, sameDecision, simulate,
} from './simulate';
import type {FormState, Lang, ListName, Row} from './simulate';
import type {ProgrammeT} from 'sens-rules/src/schema/programme';
import {UNIT_STATES} from 'sens-rules/src/core/reasons';

interface Cm {id: number; name: string; modname: string; modfullname: string; section: string; visible: boolean}
interface Item {cmid: number; slot: string; competences: string[]}
interface SlotCoverage {
    id: string; title: string; unit: string; unittitle: string; grouptitle: string; activitytype: string;
    required: boolean; microcompetences: string[]; cmids: number[]; covered: boolean;
}
interface CompetenceCoverage {
    id: string; title: string; level: string; parent: string; parenttitle: string; referential: string;
    cmids: number[]; covered: boolean;
}
interface Crosswalk {
    id: string; title: string; from: string; to: string; empty: boolean;
    links: {from: string; fromtitle: string; to: string; totitle: string}[];
    notes: {text: string; source: string}[];
}
interface Coverage {
    summary: {[k: string]: number};
    slots: SlotCoverage[];
    competences: CompetenceCoverage[];
    unmappedcmids: number[];
    crosswalks: Crosswalk[];
}
interface Component {unit: string; unittitle: string; component: string; title: string; session: string; weight: number;
    max: number}
interface GradeItem {id: number; name: string; type: string; gradetype: string; grademin: number; grademax: number;
    exact: boolean}
interface Assessment {unit: string; component: string; session: string; gradeitemid: number}
interface MappingData {
    courseid: number; programme: string; versionid: number; version: number; title: string; definition: string;
    lang: string; today: string; cms: Cm[]; items: Item[]; coverage?: Coverage; learners: {id: number; fullname: string}[];
    programmes: {id: string; title: string}[];
    components: Component[]; gradeitems: GradeItem[]; assessments: Assessment[];
}
interface SaveResult {
    saved: boolean; message: string; errors: {item: number; cmid: number; field: string; message: string}[];
    coverage?: Coverage;
}
interface ServerDecision {found: boolean; versionid: number; asof: string; decision: string; record: string}

/** Unit states, from the engine (the one list). */
const STATES = UNIT_STATES;

/** Page state: what the web service returned, and the simulate panel's form. */
interface Page {
    root: HTMLElement;
    data: MappingData;
    programme: ProgrammeT;
    lang: Lang;
    form: FormState;
    server: {asof: string; decision: unknown} | null;
    states: {[state: string]: string};
    labels: {[list: string]: string};
}

/**
 * Editor rows' template context for the items.
 *
 * @param {MappingData} data The mapping data.
 * @param {Item[]} items The rows.
 * @returns {object[]} Rows.
 */
function rowsContext(data: MappingData, items: Item[]): object[] {
    const coverage = data.coverage;
    const groups: {label: string; slots: SlotCoverage[]}[] = [];
    for (const s of coverage?.slots ?? []) {
        const last = groups[groups.length - 1];
        if (last && last.label === s.grouptitle) {
            last.slots.push(s);
        } else {
            groups.push({label: s.grouptitle, slots: [s]});
        }
    }
    const competenceGroups: {label: string; competences: CompetenceCoverage[]}[] = [];
    for (const c of coverage?.competences ?? []) {
        const label = c.parent + ' ' + c.parenttitle;
        const last = competenceGroups[competenceGroups.length - 1];
        if (last && last.label === label) {
            last.competences.push(c);
        } else {
            competenceGroups.push({label, competences: [c]});
        }
    }
    return items.map((item, index) => ({
        index, number: index + 1,
        cms: data.cms.map((cm) => ({id: cm.id, label: `${cm.name} (${cm.modfullname})`, selected: cm.id === item.cmid})),
        slotgroups: groups.map((g) => ({
            label: g.label,
            slots: g.slots.map((s) => ({id: s.id, label: s.title, selected: s.id === item.slot})),
        })),
        competencegroups: competenceGroups.map((g) => ({
            label: g.label,
            competences: g.competences.map((c) => ({
                id: c.id, label: `${c.id} ${c.title} (${c.level})`, selected: item.competences.includes(c.id),
            })),
        })),
    }));
}

/**
 * The assessment components' rows: each component in each session, with the course's grade items to choose from.
 *
 * @param {MappingData} data The mapping data.
 * @param {{[key: string]: string}} words Session names and the "not always exact" note.
 * @returns {object[]} Rows.
 */
function componentsContext(data: MappingData, words: {[key: string]: string}): object[] {
    const held = new Map(data.assessments.map((a) => [`${a.unit}/${a.component}/${a.session}`, a.gradeitemid]));
    return data.components.map((c, index) => {
        const key = `${c.unit}/${c.component}/${c.session}`;
        return {
            key, index,
            label: `${c.unittitle} › ${c.title} › ${words[c.session] ?? c.session}`,
            options: data.gradeitems.map((g) => ({
                id: g.id, selected: held.get(key) === g.id,
                label: `${g.name} (${g.type}, ${g.gradetype === 'scale' ? g.grademax : `${g.grademin}–${g.grademax}`})`
                    + (g.exact ? '' : ` — ${words.notexact}`),
            })),
        };
    });
}

/**
 * Reads the grade item chosen for each assessment component (none: not mapped).
 *
 * @param {HTMLElement} root The page root.
 * @returns {Assessment[]} Assessments.
 */
function readAssessments(root: HTMLElement): Assessment[] {
    const out: Assessment[] = [];
    for (const select of root.querySelectorAll<HTMLSelectElement>('[data-region="mapping-assessment"] select')) {
        const gradeitemid = parseInt(select.value, 10) || 0;
        const [unit, component, session] = (select.getAttribute('data-key') ?? '').split('/');
        if (gradeitemid > 0 && unit && component && session) {
            out.push({unit, component, session, gradeitemid});
        }
    }
    return out;
}

/**
 * Coverage template context.
 *
 * @param {Coverage} coverage The coverage.
 * @param {Cm[]} cms The course's activities.
 * @returns {object} Context.
 */
function coverageContext(coverage: Coverage, cms: Cm[]): object {
    const names = new Map(cms.map((cm) => [cm.id, cm.name]));
    const activities = (ids: number[]) => ids.map((id) => ({name: names.get(id) ?? String(id)}));
    const slotgroups: {title: string; slots: object[]}[] = [];
    for (const s of coverage.slots) {
        const slot = {id: s.id, title: s.title, required: s.required, covered: s.covered, activities: activities(s.cmids)};
        const last = slotgroups[slotgroups.length - 1];
        if (last && last.title === s.grouptitle) {
            last.slots.push(slot);
        } else {
            slotgroups.push({title: s.grouptitle, slots: [slot]});
        }
    }
    const competencegroups: {title: string; competences: object[]}[] = [];
    for (const c of coverage.competences) {
        const title = c.parent + ' ' + c.parenttitle;
        const competence = {id: c.id, title: c.title, level: c.level, covered: c.covered, activities: activities(c.cmids)};
        const last = competencegroups[competencegroups.length - 1];
        if (last && last.title === title) {
            last.competences.push(competence);
        } else {
            competencegroups.push({title, competences: [competence]});
        }
    }
    return {
        summary: coverage.summary, slotgroups, competencegroups,
        hasunmapped: coverage.unmappedcmids.length > 0, unmapped: activities(coverage.unmappedcmids),
        crosswalks: coverage.crosswalks.map((c) => ({...c, count: c.links.length})),
    };
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
 * @param {Page} page The page.
 * @returns {object} Context.
 */
function factsContext(page: Page): object {
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
 * Reads the editor's rows.
 *
 * @param {HTMLElement} root The page root.
 * @returns {Item[]} Items.
 */
function readItems(root: HTMLElement): Item[] {
    return [...root.querySelectorAll<HTMLElement>('[data-region="mapping-row"]')].map((tr) => ({
        cmid: parseInt(tr.querySelector<HTMLSelectElement>('[data-field="cmid"]')?.value ?? '0', 10) || 0,
        slot: tr.querySelector<HTMLSelectElement>('[data-field="slot"]')?.value ?? '',
        competences: [...(tr.querySelector<HTMLSelectElement>('[data-field="competences"]')?.selectedOptions ?? [])]
            .map((o) => o.value),
    }));
}

/**
 * Reads the simulate form into the page state.
 *
 * @param {Page} page The page.
 */
function readForm(page: Page): void {
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
 * Renders a template into a region.
 *
 * @param {HTMLElement} region Where.
 * @param {string} template Template name.
 * @param {object} context Context.
 */
async function render(region: HTMLElement, template: string, context: object): Promise<void> {
    const {html, js} = await Templates.renderForPromise(template, context);
    Templates.replaceNodeContents(region, html, js);
}

/**
 * Re-renders the fact rows, then focuses a control.
 *
 * @param {Page} page The page.
 * @param {string|null} focus Selector of the element to focus after rendering.
 */
async function renderFacts(page: Page, focus: string | null): Promise<void> {
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
 * Computes the decision in the browser and shows it; compares it with the server's when a learner was loaded.
 *
 * @param {Page} page The page.
 */
async function compute(page: Page): Promise<void> {
    readForm(page);
    const result = simulate(page.form, page.programme, page.lang);
    const region = page.root.querySelector<HTMLElement>('[data-region="simulate-result"]')!;
    const compare = page.root.querySelector<HTMLElement>('[data-region="simulate-compare"]')!;
    if (!result.ok) {
        region.removeAttribute('data-decision');
        region.setAttribute('data-status', 'invalid');
        await render(region, 'local_sens/mapping_decision', {ok: false, errors: result.errors});
        compare.textContent = '';
        return;
    }
    const view = describeDecision(page.programme, result.decision, page.lang);
    const json = canonical(result.decision);
    region.setAttribute('data-decision', json);
    region.setAttribute('data-status', 'computed');
    await render(region, 'local_sens/mapping_decision', {
        ok: true, verdict: view.verdict, deadline: view.deadline, next: view.next,
        haswarnings: result.warnings.length > 0, warnings: result.warnings,
        units: view.units.map((u) => ({...u, indent: u.depth * 1.5, statelabel: page.states[u.state] ?? u.state})),
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
 * @param {Page} page The page.
 * @param {number} userid The learner.
 */
async function loadLearner(page: Page, userid: number): Promise<void> {
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

/**
 * Saves the editor's rows; shows the problems by row, or the new coverage.
 *
 * @param {Page} page The page.
 */
async function save(page: Page): Promise<void> {
    const root = page.root;
    const items = readItems(root);
    const args: {[k: string]: unknown} = {courseid: page.data.courseid, versionid: page.data.versionid, items};
    if (page.data.components.length > 0) {
        args.assessments = readAssessments(root);
    }
    const [request] = call<SaveResult>([{methodname: 'local_sens_save_course_mapping', args}]);
    const result = await request!;
    const status = root.querySelector<HTMLElement>('[data-region="mapping-status"]')!;
    const errors = root.querySelector<HTMLElement>('[data-region="mapping-errors"]')!;
    root.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
    errors.replaceChildren();
    status.setAttribute('data-saved', result.saved ? 'true' : 'false');
    if (!result.saved) {
        status.textContent = await getString('mapping:notsaved', 'local_sens');
        const list = document.createElement('ul');
        list.className = 'alert alert-danger';
        for (const e of result.errors) {
            const li = document.createElement('li');
            li.textContent = e.message;
            li.setAttribute('data-item', String(e.item));
            li.setAttribute('data-field', e.field);
            list.appendChild(li);
            if (e.field === 'assessments') {
                const a = readAssessments(root)[e.item];
                const key = a ? `${a.unit}/${a.component}/${a.session}` : '';
                root.querySelector(`[data-region="mapping-assessment"][data-key="${key}"] select`)
                    ?.setAttribute('aria-invalid', 'true');
                continue;
            }
            const field = ['competences', 'slot'].includes(e.field) ? e.field : 'cmid';
            root.querySelector(`#local_sens-row-${e.item} [data-field="${field}"]`)?.setAttribute('aria-invalid', 'true');
        }
        errors.appendChild(list);
        return;
    }
    status.textContent = result.message;
    root.querySelector<HTMLElement>('[data-region="mapping-unsaved"]')!.hidden = true;
    page.data.items = items;
    if (result.coverage) {
        page.data.coverage = result.coverage;
        const region = root.querySelector('[data-region="mapping-coverage"]') as HTMLElement;
        const context = coverageContext(result.coverage, page.data.cms);
        await render(region, 'local_sens/mapping_coverage', context);
    }
}

/**
 * Re-renders the editor's rows after adding or removing one, keeping what was chosen.
 *
 * @param {Page} page The page.
 * @param {Item[]} items The rows.
 * @param {string} focus Selector of the element to focus.
 */
async function renderRows(page: Page, items: Item[], focus: string): Promise<void> {
    const tbody = page.root.querySelector<HTMLElement>('[data-region="mapping-rows"]')!;
    await render(tbody, 'local_sens/mapping_rows', {rows: rowsContext(page.data, items)});
    page.root.querySelector<HTMLElement>('[data-region="mapping-unsaved"]')!.hidden = false;
    page.root.querySelector<HTMLElement>(focus)?.focus();
}

/**
 * Wires the page's controls (one delegated listener per event).
 *
 * @param {Page} page The page.
 */
function wire(page: Page): void {
    const root = page.root;
    const run = (key: string, work: () => Promise<void>) => {
        const pending = new Pending('local_sens/mapping:' + key);
        work().catch(Notification.exception).finally(() => pending.resolve());
    };
    root.addEventListener('change', (ev) => {
        if ((ev.target as HTMLElement).closest('[data-region="mapping-editor"]')) {
            root.querySelector<HTMLElement>('[data-region="mapping-unsaved"]')!.hidden = false;
        }
    });
    root.addEventListener('submit', (ev) => {
        const form = ev.target as HTMLElement;
        ev.preventDefault();
        if (form.matches('[data-region="mapping-editor"]')) {
            run('save', () => save(page));
        } else if (form.matches('[data-region="simulate-form"]')) {
            run('compute', () => compute(page));
        }
    });
    root.addEventListener('click', (ev) => {
        const button = (ev.target as HTMLElement).closest<HTMLElement>('[data-action]');
        if (!button) {
            return;
        }
        const action = button.getAttribute('data-action');
        if (action === 'add-row') {
            const items = readItems(root);
            items.push({cmid: 0, slot: '', competences: []});
            run('rows', () => renderRows(page, items, `#local_sens-cm-${items.length - 1}`));
        } else if (action === 'remove-row') {
            const items = readItems(root);
            const index = parseInt(button.getAttribute('data-index') ?? '-1', 10);
            items.splice(index, 1);
            const focus = items.length === 0
                ? '[data-action="add-row"]'
                : `#local_sens-cm-${Math.min(index, items.length - 1)}`;
            run('rows', () => renderRows(page, items, focus));
        } else if (action === 'simulate-add' || action === 'simulate-remove') {
            readForm(page);
            const list = button.getAttribute('data-list') as ListName;
            let focus: string;
            if (action === 'simulate-add') {
                page.form[list].push(newRow(list, page.form.asOf));
                focus = `#local_sens-sim-${list}-${page.form[list].length - 1}-${LISTS[list][1]}`;
            } else {
                page.form[list].splice(parseInt(button.getAttribute('data-index') ?? '-1', 10), 1);
                focus = `[data-action="simulate-add"][data-list="${list}"]`;
            }
            run('facts', () => renderFacts(page, focus));
        } else if (action === 'simulate-load') {
            const select = root.querySelector<HTMLSelectElement>('[data-region="simulate-learner"]');
            run('load', () => loadLearner(page, parseInt(select?.value ?? '0', 10)));
        }
    });
}

/**
 * Entry point (mapping.php): loads the course's mapping and renders the page.
 *
 * @param {number} courseid The course.
 */
export function init(courseid: number): void {
    const root = document.querySelector<HTMLElement>(`[data-region="local_sens-mapping"][data-courseid="${courseid}"]`);
    if (!root) {
        return;
    }
    const pending = new Pending('local_sens/mapping:init');
    start(root, courseid).catch(Notification.exception).finally(() => pending.resolve());
}

/**
 * Links the course to a programme, then loads its mapping.
 *
 * @param {HTMLElement} root The page root.
 * @param {number} courseid The course.
 * @param {string} programme The programme id.
 */
async function link(root: HTMLElement, courseid: number, programme: string): Promise<void> {
    const [request] = call<{message: string}>([{methodname: 'local_sens_link_course', args: {courseid, programme}}]);
    const result = await request!;
    announce(result.message);
    await start(root, courseid);
}

/**
 * Loads and renders.
 *
 * @param {HTMLElement} root The page root.
 * @param {number} courseid The course.
 */
async function start(root: HTMLElement, courseid: number): Promise<void> {
    const [request] = call<MappingData>([{methodname: 'local_sens_get_course_mapping', args: {courseid}}]);
    const data = await request!;
    const content = root.querySelector<HTMLElement>('[data-region="mapping-content"]')!;
    if (!data.versionid || !data.coverage) {
        const context = {linked: data.programme !== '', programme: data.programme, versionid: 0,
            hasprogrammes: data.programmes.length > 0, programmes: data.programmes};
        await render(content, 'local_sens/mapping_content', context);
        content.removeAttribute('aria-busy');
        const form = content.querySelector<HTMLFormElement>('[data-region="mapping-link"]');
        form?.addEventListener('submit', (ev) => {
            ev.preventDefault();
            const programme = form.querySelector<HTMLSelectElement>('[data-field="programme"]')?.value ?? '';
            const pending = new Pending('local_sens/mapping:link');
            link(root, courseid, programme).catch(Notification.exception).finally(() => pending.resolve());
        });
        return;
    }
    const lang: Lang = data.lang === 'en' ? 'en' : 'fr';
    const listKey = (l: string) => `simulate:${l === 'juryDecisions' ? 'jury' : l}`;
    const fieldKeys: {[f: string]: string} = {
        unit: 'simulate:unit', basis: 'simulate:basis', by: 'simulate:by', at: 'simulate:date', slot: 'mapping:slot',
        completed: 'simulate:completed', passed: 'simulate:passed', grade: 'simulate:grade', max: 'simulate:max',
        session: 'simulate:session', result: 'simulate:result', decision: 'simulate:decision',
    };
    const keys = STATES.map((s) => `decision:state_${s}`);
    keys.push(...Object.keys(LISTS).map(listKey), 'simulate:add', ...Object.values(fieldKeys));
    keys.push('report:session_main', 'report:session_resit', 'mapping:assessmentnotexact');
    const strings = await getStrings([...keys.map((key) => ({key, component: 'local_sens'})),
        {key: 'mapping:version', component: 'local_sens', param: {programme: data.programme, version: data.version}}]);
    const get = (key: string) => strings[keys.indexOf(key)] ?? key;
    const labels: {[k: string]: string} = {add: get('simulate:add')};
    for (const l of Object.keys(LISTS)) {
        labels[l] = get(listKey(l));
    }
    for (const f of Object.keys(fieldKeys)) {
        labels[f] = get(fieldKeys[f]!);
    }
    const page: Page = {
        root, data, lang, programme: JSON.parse(data.definition) as ProgrammeT,
        form: emptyForm(data.today, data.today), server: null,
        states: Object.fromEntries(STATES.map((s) => [s, get(`decision:state_${s}`)])), labels,
    };
    await render(content, 'local_sens/mapping_content', {
        linked: true, programme: data.programme, versionid: data.versionid, title: data.title,
        versionlabel: strings[keys.length],
        rows: rowsContext(data, data.items),
        coverage: coverageContext(data.coverage, data.cms),
        hascomponents: data.components.length > 0,
        components: componentsContext(data, {main: get('report:session_main'), resit: get('report:session_resit'),
            notexact: get('mapping:assessmentnotexact')}),
        simulate: {...factsContext(page), haslearners: data.learners.length > 0, learners: data.learners,
            start: page.form.start, asof: page.form.asOf},
    });
    content.removeAttribute('aria-busy');
    wire(page);
}
