/**
 * The mapping page's editor: which activity fills which slot and micro-competences, the assessment components' grade
 * items, saving them, and the coverage of slots and micro-competences with the programme's crosswalks.
 *
 * @module local_sens/mapping_editor
 */

import {call} from 'core/ajax';
import Templates from 'core/templates';
import {getString} from 'core/str';

export interface Cm {id: number; name: string; modname: string; modfullname: string; section: string; visible: boolean}
export interface Item {cmid: number; slot: string; competences: string[]}
export interface SlotCoverage {
    id: string; title: string; unit: string; unittitle: string; grouptitle: string; activitytype: string;
    required: boolean; microcompetences: string[]; cmids: number[]; covered: boolean;
}
export interface CompetenceCoverage {
    id: string; title: string; level: string; parent: string; parenttitle: string; referential: string;
    cmids: number[]; covered: boolean;
}
export interface Crosswalk {
    id: string; title: string; from: string; to: string; empty: boolean;
    links: {from: string; fromtitle: string; to: string; totitle: string}[];
    notes: {text: string; source: string}[];
}
export interface Coverage {
    summary: {[k: string]: number};
    slots: SlotCoverage[];
    competences: CompetenceCoverage[];
    unmappedcmids: number[];
    crosswalks: Crosswalk[];
}
export interface Component {unit: string; unittitle: string; component: string; title: string; session: string; weight: number;
    max: number}
export interface GradeItem {id: number; name: string; type: string; gradetype: string; grademin: number; grademax: number;
    exact: boolean}
export interface Assessment {unit: string; component: string; session: string; gradeitemid: number}
export interface MappingData {
    courseid: number; programme: string; versionid: number; version: number; title: string; definition: string;
    lang: string; today: string; cms: Cm[]; items: Item[]; coverage?: Coverage; learners: {id: number; fullname: string}[];
    programmes: {id: string; title: string}[];
    components: Component[]; gradeitems: GradeItem[]; assessments: Assessment[];
}
export interface SaveResult {
    saved: boolean; message: string; errors: {item: number; cmid: number; field: string; message: string}[];
    coverage?: Coverage;
}

/** What the editor works on: the page root and what local_sens_get_course_mapping returned. */
export interface EditorPage {
    root: HTMLElement;
    data: MappingData;
}

/**
 * Renders a template into a region.
 *
 * @param {HTMLElement} region Where.
 * @param {string} template Template name.
 * @param {object} context Context.
 */
export async function render(region: HTMLElement, template: string, context: object): Promise<void> {
    const {html, js} = await Templates.renderForPromise(template, context);
    Templates.replaceNodeContents(region, html, js);
}

/**
 * Editor rows' template context for the items.
 *
 * @param {MappingData} data The mapping data.
 * @param {Item[]} items The rows.
 * @returns {object[]} Rows.
 */
export function rowsContext(data: MappingData, items: Item[]): object[] {
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
export function componentsContext(data: MappingData, words: {[key: string]: string}): object[] {
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
export function coverageContext(coverage: Coverage, cms: Cm[]): object {
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
 * Reads the editor's rows.
 *
 * @param {HTMLElement} root The page root.
 * @returns {Item[]} Items.
 */
export function readItems(root: HTMLElement): Item[] {
    return [...root.querySelectorAll<HTMLElement>('[data-region="mapping-row"]')].map((tr) => ({
        cmid: parseInt(tr.querySelector<HTMLSelectElement>('[data-field="cmid"]')?.value ?? '0', 10) || 0,
        slot: tr.querySelector<HTMLSelectElement>('[data-field="slot"]')?.value ?? '',
        competences: [...(tr.querySelector<HTMLSelectElement>('[data-field="competences"]')?.selectedOptions ?? [])]
            .map((o) => o.value),
    }));
}

/**
 * Saves the editor's rows; shows the problems by row, or the new coverage.
 *
 * @param {EditorPage} page The page.
 */
export async function save(page: EditorPage): Promise<void> {
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
 * @param {EditorPage} page The page.
 * @param {Item[]} items The rows.
 * @param {string} focus Selector of the element to focus.
 */
export async function renderRows(page: EditorPage, items: Item[], focus: string): Promise<void> {
    const tbody = page.root.querySelector<HTMLElement>('[data-region="mapping-rows"]')!;
    await render(tbody, 'local_sens/mapping_rows', {rows: rowsContext(page.data, items)});
    page.root.querySelector<HTMLElement>('[data-region="mapping-unsaved"]')!.hidden = false;
    page.root.querySelector<HTMLElement>(focus)?.focus();
}

