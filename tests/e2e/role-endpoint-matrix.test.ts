// Role × endpoint matrix of the pages of every SENS plugin (issue 11): each entry page (a top-level .php of
// local_sens, block_competences, mod_portfolio → mod_sensportfolio, availability_sens) is requested by each persona
// with the ids of one target (the demo course, learner01), and the answer of each cell is checked against PAGES.
// A new top-level .php without a row (or a listed exception in NOT_PAGES) makes this test fail. The web services'
// matrix is local_sens/tests/security/role_endpoint_matrix_test.php (PHPUnit).
//
// To add a page: one row in PAGES (its URL, {placeholders} filled from tests/e2e/matrix-facts.php, and one cell per
// persona). Cells: 'ok' = the page itself answers (200, no Moodle error), 'login' = sent to the login page,
// 'refused' = an error page or sent elsewhere (e.g. a guest to the enrolment page).
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { APIResponse, Browser, BrowserContext } from 'playwright-core';
import { baseUrl, demoPassword, launch, login, repoRoot, sesskey } from './support';

type Answer = 'ok' | 'login' | 'refused';
type Persona = 'anonymous' | 'guest' | 'learner' | 'otherlearner' | 'otherteacher' | 'teacher' | 'engineer' | 'admin';

/** The personas, in the order of the cells, and who they are on the demo site. */
const PERSONAS: [Persona, string | null][] = [
  ['anonymous', null], // Not logged in.
  ['guest', 'guest'], // Moodle's guest user (the login page's guest button).
  ['learner', 'learner01'], // The target learner, on their own ids.
  ['otherlearner', 'learner02'], // Another learner of the course, sending learner01's ids.
  ['otherteacher', 'enseignant2'], // Editing teacher of another course (SENS-MATRIX-C2), sending the demo course's ids.
  ['teacher', 'enseignant'], // Editing teacher of the demo course.
  ['engineer', 'ingenieur'], // Pedagogical engineer: manager at the system level.
  ['admin', 'admin'],
];

/** Expected answer of each page for each persona (cells in the order of PERSONAS). */
const PAGES: Record<string, { url: string; cells: Answer[]; note?: string }> = {
  //                                                     anonymous guest  learner  otherlearner otherteacher teacher engineer admin
  'local/sens/mapping.php': { url: '?courseid={course}', cells: ['login', 'refused', 'refused', 'refused', 'refused', 'ok', 'ok', 'ok'] },
  'local/sens/programmes.php': { url: '', cells: ['login', 'refused', 'refused', 'refused', 'refused', 'refused', 'ok', 'ok'] },
  'local/sens/workshops.php': { url: '?courseid={course}', cells: ['login', 'refused', 'refused', 'refused', 'refused', 'ok', 'ok', 'ok'] },
  'local/sens/modules.php': { url: '?courseid={course}', cells: ['login', 'refused', 'refused', 'refused', 'refused', 'ok', 'ok', 'ok'] },
  'local/sens/session.php': { url: '?id={session}', cells: ['login', 'refused', 'refused', 'refused', 'refused', 'ok', 'ok', 'ok'] },
  'local/sens/sheet.php': {
    url: '?sessionid={session}&workshop=donnees',
    cells: ['login', 'refused', 'refused', 'refused', 'refused', 'ok', 'ok', 'ok'],
    note: 'only the session\'s named leads (enseignant leads the demo sessions) or local/sens:attestanysession (engineer, '
      + 'admin); a teacher of the course who does not lead it is refused: PHPUnit save_attestation_sheet@notlead',
  },
  'local/sens/attendance_import.php': {
    url: '?sessionid={teachingsession}&unit=uef2',
    cells: ['login', 'refused', 'refused', 'refused', 'refused', 'ok', 'ok', 'ok'],
    note: 'a teaching session of the demo Mastère (UEF 2), whose teacher is enseignant: learners of the DU and the teacher '
      + 'of another course are not in that course; a workshop session\'s import is refused (PHPUnit)',
  },
  'local/sens/export.php': {
    url: '?sessionid={session}&workshop=donnees&format=csv&sesskey={sesskey}',
    cells: ['login', 'refused', 'refused', 'refused', 'refused', 'ok', 'ok', 'ok'],
    note: 'with the persona\'s own session key: a download for those who may',
  },
  'blocks/competences/learner.php': {
    url: '?courseid={course}&userid={learner}',
    cells: ['login', 'refused', 'refused', 'refused', 'refused', 'ok', 'ok', 'ok'],
  },
  'mod/sensportfolio/view.php': { url: '?id={portfolio}', cells: ['login', 'refused', 'ok', 'ok', 'refused', 'ok', 'ok', 'ok'] },
  'mod/sensportfolio/index.php': { url: '?id={course}', cells: ['login', 'refused', 'ok', 'ok', 'refused', 'ok', 'ok', 'ok'] },
  // Only learners (mod/sensportfolio:submit, student archetype) write entries; the site admin has every capability.
  'mod/sensportfolio/entry.php': {
    url: '?id={portfolio}',
    cells: ['login', 'refused', 'ok', 'ok', 'refused', 'refused', 'refused', 'ok'],
  },
  'mod/sensportfolio/submissions.php': {
    url: '?id={portfolio}',
    cells: ['login', 'refused', 'refused', 'refused', 'refused', 'ok', 'ok', 'ok'],
  },
  'mod/sensportfolio/review.php': {
    url: '?id={portfolio}&submissionid={submission}',
    cells: ['login', 'refused', 'refused', 'refused', 'refused', 'ok', 'ok', 'ok'],
  },
  'mod/sensportfolio/deliberation.php': {
    url: '?id={portfolio}',
    cells: ['login', 'refused', 'refused', 'refused', 'refused', 'ok', 'ok', 'ok'],
  },
  // A GET without the session key: nobody submits that way (portfolio.test.ts submits with it).
  'mod/sensportfolio/submit.php': {
    url: '?id={portfolio}',
    cells: ['login', 'refused', 'refused', 'refused', 'refused', 'refused', 'refused', 'refused'],
  },
  // Certificates (issue 15): the verify page is public (no login, any code); managing needs
  // local/sens:managecertificates (manager archetype, system level).
  'local/sens/verify.php': { url: '?code=ZZZZ-ZZZZ-ZZZZ-ZZZZ', cells: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'] },
  'local/sens/certificate.php': {
    url: '',
    cells: ['login', 'refused', 'refused', 'refused', 'refused', 'refused', 'ok', 'ok'],
  },
};

/** Our plugin folders and where Moodle serves them. */
const PLUGINS: Record<string, string> = {
  local_sens: 'local/sens',
  block_competences: 'blocks/competences',
  mod_portfolio: 'mod/sensportfolio',
  availability_sens: 'availability/condition/sens',
};

/** Top-level .php files that are not pages a browser requests. */
const NOT_PAGES = new Set(['version.php', 'lib.php', 'settings.php', 'mod_form.php', 'block_competences.php']);

interface Facts {
  courseid: number; portfolio: number; submissionid: number; sessionid: number; teachingsessionid: number; learner: number;
}

let browser: Browser;
let facts: Facts;

before(async () => {
  facts = JSON.parse(execFileSync(process.env.PHP ?? 'php', [join(__dirname, 'matrix-facts.php')], { encoding: 'utf8' })
    .trim().split('\n').pop() as string) as Facts;
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

test('every entry page of our plugins has a row in the matrix, and every row is a page', () => {
  const pages: string[] = [];
  for (const [folder, path] of Object.entries(PLUGINS)) {
    let files: string[] = [];
    try { files = readdirSync(join(repoRoot, folder)); } catch { continue; }
    for (const file of files) {
      if (file.endsWith('.php') && !NOT_PAGES.has(file)) { pages.push(`${path}/${file}`); }
    }
  }
  assert.deepEqual(Object.keys(PAGES).sort(), pages.sort(), 'PAGES lists exactly the entry pages (add a row for a new page)');
  for (const [page, row] of Object.entries(PAGES)) {
    assert.equal(row.cells.length, PERSONAS.length, `${page}: one cell per persona`);
  }
});

/** A browser context logged in as the persona (none for anonymous). */
async function as(username: string | null): Promise<{ context: BrowserContext; key: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (username === 'guest') {
    await page.goto(`${baseUrl}/login/index.php`);
    await Promise.all([page.waitForLoadState('load'), page.locator('form#guestlogin button, #guestlogin [type="submit"]').first().click()]);
    await page.waitForLoadState('load');
  } else if (username !== null) {
    await login(page, username, username === 'admin' ? (process.env.SENS_ADMIN_PASS ?? 'Sens-Admin-2026!') : demoPassword);
  }
  const key = username === null ? '' : await sesskey(page).catch(() => '');
  await page.close();
  return { context, key };
}

/** What a response is: the page itself, the login page, or a refusal. */
async function answer(response: APIResponse, path: string): Promise<Answer> {
  const url = new URL(response.url());
  if (url.pathname.startsWith('/login/')) { return 'login'; }
  const type = response.headers()['content-type'] ?? '';
  if (response.status() !== 200 || url.pathname !== `/${path}`) { return 'refused'; }
  if (!type.includes('text/html')) { return 'ok'; }
  const body = await response.text();
  return /data-rel="fatalerror"/.test(body) ? 'refused' : 'ok';
}

test('each persona gets the expected answer from each page', async () => {
  const wrong: string[] = [];
  const fill = (url: string, key: string) => url.replace('{course}', String(facts.courseid))
    .replace('{portfolio}', String(facts.portfolio)).replace('{submission}', String(facts.submissionid))
    .replace('{session}', String(facts.sessionid))
    .replace('{teachingsession}', String(facts.teachingsessionid)).replace('{learner}', String(facts.learner)).replace('{sesskey}', key);
  for (const [i, [persona, username]] of PERSONAS.entries()) {
    const { context, key } = await as(username);
    try {
      for (const [path, row] of Object.entries(PAGES)) {
        if (path === 'mod/sensportfolio/review.php' && facts.submissionid === 0) { continue; }
        const response = await context.request.get(`${baseUrl}/${path}${fill(row.url, key)}`);
        const got = await answer(response, path);
        if (got !== row.cells[i]) { wrong.push(`${path} as ${persona}: expected ${row.cells[i]}, got ${got}`); }
      }
    } finally {
      await context.close();
    }
  }
  assert.deepEqual(wrong, [], 'every cell as expected');
});
