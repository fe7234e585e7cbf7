// Browser test (issue 16): a teacher records a Mastère teaching session's attendance on its sheet and a learner
// crosses 20 % of UEF 2's hours: their block shows the module barred from the main session with the reason and the
// absences against each limit (seed 000: « ne doivent pas dépasser les 20% du volume horaire total de chaque module.
// Dépassé ce seuil … non autorisé à passer l'examen du module à la session principale »). The fixture gives UEF 2 five
// past sessions of 3 h (15 h: 20 % is 3 h 00, strict). Then the CSV import page refuses a bad file, naming its line.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { artifacts, baseUrl, launch, login } from './support';

const php = process.env.PHP ?? 'php';
let browser: Browser;
interface Fixture { courseid: number; userid: number; sessions: number[] }
let fixture: Fixture;

function setup(): Fixture {
  return JSON.parse(execFileSync(php, [join(__dirname, 'attendance-fixture.php')], { encoding: 'utf8' })) as Fixture;
}

before(async () => {
  mkdirSync(artifacts, { recursive: true });
  fixture = setup();
  browser = await launch();
});

after(async () => {
  setup();
  await browser?.close();
});

/** Opens the UEF 2 sheet of a teaching session from the course's Workshops page, as the demo teacher. */
async function openSheet(page: Page, key: string): Promise<void> {
  await page.goto(`${baseUrl}/local/sens/workshops.php?courseid=${fixture.courseid}`);
  const section = page.locator('section', { has: page.locator('h3', { hasText: new RegExp(`^${key} `) }) });
  await section.locator('a[href*="workshop=uef2"]').click();
  await page.waitForSelector('[data-region="local_sens-sheet"]');
  await page.waitForLoadState('networkidle');
}

/** Saves the sheet and waits for the server's answer. */
async function save(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Save the sheet' }).click();
  const status = page.locator('[data-region="status"]');
  await page.waitForFunction(() => /saved|recorded|refused/i.test(document.querySelector('[data-region="status"]')?.textContent ?? ''));
  return (await status.textContent()) ?? '';
}

test('a teacher records absences in minutes; the learner crosses 20 % and the block says barred, with why', async () => {
  const context = await browser.newContext({ viewport: { width: 1200, height: 1000 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await login(page, 'enseignant');

  // T1: absent the whole session (3 h of 15 h: exactly 20 %, not above).
  await openSheet(page, 'T1');
  const row = page.locator(`[data-region="row"][data-userid="${fixture.userid}"]`);
  assert.equal(await row.count(), 1, 'the learner is on the sheet');
  const minutes = row.locator('[data-mark="minutesabsent"]');
  assert.equal(await minutes.getAttribute('max'), '180', 'the session lasts 180 minutes');
  assert.equal(await minutes.inputValue(), '180', 'not marked yet: absent, the whole session');
  await page.getByRole('button', { name: 'All present' }).click();
  assert.equal(await minutes.inputValue(), '0', 'all present: no minute absent');
  await row.getByLabel('Present').uncheck();
  assert.equal(await minutes.inputValue(), '180', 'absent: the whole session');
  let status = await save(page);
  assert.doesNotMatch(status, /refused/i, status);

  // T2: present but 10 minutes late — 190 of 900 minutes, 21.11 %.
  await openSheet(page, 'T2');
  await row.getByLabel('Present').check();
  await minutes.fill('10');
  status = await save(page);
  assert.doesNotMatch(status, /refused/i, status);
  await page.screenshot({ path: join(artifacts, 'attendance-sheet.png'), fullPage: true });
  assert.deepEqual(errors, []);

  // The learner's dashboard: UEF 2 barred, the attendance line and the engine's reason.
  const learner = await (await browser.newContext({ viewport: { width: 1200, height: 1000 } })).newPage();
  await login(learner, 'e2e-attendance');
  await learner.goto(`${baseUrl}/my/`);
  const unit = learner.locator('[data-region="block_competences-unit"][data-unit="uef2"]');
  await unit.waitFor();
  assert.equal(await unit.getAttribute('data-state'), 'barred');
  const attendance = await unit.locator('[data-region="block_competences-attendance"]').innerText();
  assert.match(attendance, /3 h 10 of 15 h 00 \(21\.11 %\), above the 20 % limit \(3 h 00\) by 0 h 10: barred from the main session/);
  assert.match(attendance, /Limit 50 % \(défaillant\) at 7 h 30: 4 h 20 left before it/);
  await unit.locator('[data-action="toggle-details"]').click();
  const reasons = await unit.locator('[data-region="block_competences-reasons"]').innerText();
  assert.match(reasons, /21\.11% absence, above the 20% limit \(rule absence-20\) — barred from the main session/);
  await learner.screenshot({ path: join(artifacts, 'attendance-block.png'), fullPage: true });
});

test('the CSV import refuses a file with a bad line and names it; nothing is recorded', async () => {
  const page = await (await browser.newContext()).newPage();
  await login(page, 'enseignant');
  await page.goto(`${baseUrl}/local/sens/attendance_import.php?sessionid=${fixture.sessions[2]}&unit=uef2`);
  // A filepicker: the upload repository of Moodle's file picker dialogue (built by JavaScript: wait for each part).
  const csv = join(artifacts, 'attendance-bad.csv');
  writeFileSync(csv, 'username,present,minutesabsent\ne2e-attendance,yes,abc\n');
  const field = page.locator('#fitem_id_csvfile');
  await field.locator('.fp-btn-choose, input[type="button"]').first().click();
  const picker = page.locator('.moodle-dialogue-base:not(.moodle-dialogue-hidden)');
  await picker.locator('.fp-repo-area').first().waitFor({ timeout: 60000 });
  await picker.locator('.fp-repo-area .fp-repo', { hasText: /Upload a file/ }).first().click({ timeout: 10000 })
    .catch(() => undefined);
  const input = picker.locator('input[type="file"]');
  await input.waitFor({ state: 'attached', timeout: 60000 });
  await input.setInputFiles(csv);
  await picker.locator('.fp-upload-btn').click();
  await field.locator('.filepicker-filename', { hasText: 'attendance-bad.csv' }).waitFor({ timeout: 60000 })
    .catch(async (e: Error) => {
      await page.screenshot({ path: join(artifacts, 'attendance-import-picker.png'), fullPage: true });
      throw e;
    });
  await page.getByRole('button', { name: 'Import' }).click();
  await page.waitForLoadState('networkidle');
  const body = await page.locator('#region-main').innerText();
  assert.match(body, /Nothing was imported/);
  assert.match(body, /Line 2, column minutesabsent: "abc" is not a whole number of minutes/);
});
