// Browser test of the référentiel admin page (local/sens/programmes.php) against the running SENS site: an invalid
// definition is refused with its errors by JSON path and nothing is stored; a learner cannot open the page; a
// crafted POST without the session key changes nothing. Run by tests/stages/60-e2e.sh.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { artifacts, baseUrl, launch, login, repoRoot } from './support';

const admin = { username: 'admin', password: process.env.SENS_ADMIN_PASS ?? 'Sens-Admin-2026!' };
const learner = { username: 'learner01', password: 'Sens-Demo-2026!' };
const programmes = join(repoRoot, 'rules-engine', 'programmes');
const pageUrl = `${baseUrl}/local/sens/programmes.php`;

let browser: Browser;

before(async () => {
  mkdirSync(artifacts, { recursive: true });
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

/** Rows of the version tables on the list page. */
async function versionRows(page: Page): Promise<string[]> {
  await page.goto(pageUrl);
  return page.locator('.local_sens-programmes tbody tr').allInnerTexts();
}

test('an invalid definition pasted in the import form is refused with its errors by path; nothing is stored', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await login(page, admin.username, admin.password);
  const before = await versionRows(page);

  await page.goto(`${pageUrl}?action=import`);
  // 96 kB typed by fill() takes about 20 s; setting the value is what a paste does.
  await page.locator('#id_definitionjson').evaluate((el, text) => { (el as HTMLTextAreaElement).value = text; },
    readFileSync(join(programmes, 'invalid', 'du-cns-feb-30.json'), 'utf8'));
  await Promise.all([page.waitForLoadState('load'), page.click('#id_submitbutton')]);
  const errors = page.locator('.local_sens-programme-errors');
  await errors.waitFor({ state: 'visible' });
  await page.screenshot({ path: join(artifacts, 'programmes-import-errors.png'), fullPage: true });
  const rows = await errors.locator('tbody tr').allInnerTexts();
  assert.equal(rows.length, 1, rows.join('\n'));
  assert.match(rows[0] ?? '', /^\/validTo\s+The date "2029-02-30" does not exist/);

  assert.deepEqual(await versionRows(page), before, 'no version was added');
  await context.close();
});

test('a learner cannot open the référentiel page', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, learner.username, learner.password);
  await page.goto(pageUrl);
  assert.equal(await page.locator('.local_sens-programmes').count(), 0, 'the version list is not shown');
  assert.equal(await page.locator('a[href*="action=import"]').count(), 0, 'no import link');
  await context.close();
});

test('a crafted POST without the session key is refused and changes nothing', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, admin.username, admin.password);
  const before = await versionRows(page);
  const response = await context.request.post(pageUrl, {
    form: { action: 'migrateall', id: '1', to: '2', confirm: '1' },
  });
  const body = await response.text();
  assert.match(body, /sesskey|session key|session has (most likely )?timed out/i);
  assert.deepEqual(await versionRows(page), before);
  await context.close();
});
