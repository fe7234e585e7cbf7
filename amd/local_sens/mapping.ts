/**
 * The mapping page: loads the course's mapping, links the course to a programme when it has none, renders the
 * editor (local_sens/mapping_editor) and the simulate panel (local_sens/mapping_simulate), and wires their controls.
 *
 * @module local_sens/mapping
 */

import {call} from 'core/ajax';
import Notification from 'core/notification';
import Pending from 'core/pending';
import {getStrings} from 'core/str';
import {announce} from './announce';
import {componentsContext, coverageContext, readItems, render, renderRows, rowsContext, save} from './mapping_editor';
import type {MappingData} from './mapping_editor';
import {compute, factsContext, loadLearner, readForm, renderFacts} from './mapping_simulate';
import type {Lang, Panel} from './mapping_simulate';
import {LISTS, emptyForm, newRow} from './simulate';
import type {ListName} from './simulate';
import type {ProgrammeT} from 'sens-rules/src/schema/programme';

/**
 * Wires the page's controls (one delegated listener per event).
 *
 * @param {Panel} page The page.
 */
function wire(page: Panel): void {
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
    const keys = [...Object.keys(LISTS).map(listKey), 'simulate:add', ...Object.values(fieldKeys)];
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
    const page: Panel = {
        root, data, lang, programme: JSON.parse(data.definition) as ProgrammeT,
        form: emptyForm(data.today, data.today), server: null, labels,
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
