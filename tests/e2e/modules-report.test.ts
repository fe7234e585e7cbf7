// Browser test of the teacher's view of a Mastère course (local/sens/modules.php, issue 16) on the demo data
// (scripts/demo/sousse.php): the teacher reads the resit list — the learner barred from UEF 2's main session by
// her absences, with the engine's reason, and the learner below 10 at UEF 1's main session; not the learners who
// validated — sees the barred learner's main-session grades marked not counted, the learner admitted to the
// mémoire, and downloads the resit list as CSV; a learner of the course is refused. Run by tests/stages/60-e2e.sh.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { artifacts, baseUrl, launch, login } from './support';

let browser: Browser;

before(async () => {
  mkdirSync(artifacts, { recursive: true });
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

/** The report's URL for the demo Mastère course (found by its short name). */
async function reportUrl(page: Page): Promise<string> {
  await page.goto(`${baseUrl}/course/view.php?name=MASTERE-SOUSSE-2026`);
  const id = (await page.locator('body').getAttribute('class') ?? '').match(/\bcourse-(\d+)\b/)?.[1];
  assert.ok(id, 'the demo Mastère course exists (npm start)');
  return `${baseUrl}/local/sens/modules.php?courseid=${id}`;
}

test('the teacher reads the resit list of the Mastère with the reasons, and downloads it as CSV', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true,
    locale: 'en-GB' });
  const page = await context.newPage();
  await login(page, 'enseignant');
  const url = await reportUrl(page);
  await page.goto(url);
  const resit = page.locator('#local_sens-resit-list');
  await resit.waitFor({ state: 'visible' });
  await page.screenshot({ path: join(artifacts, 'modules-report.png'), fullPage: true });

  // Seed 000: above 20 % of a module's hours absent, no main session (7 h of 30 h: 23.33 %); an average below 10
  // at the main session goes to the resit (0.6 × 6 + 0.4 × 8 = 6.8).
  const items = await resit.locator('li').allInnerTexts();
  const barred = items.find((t) => t.includes('Chiraz Absente'));
  assert.ok(barred, items.join('\n'));
  assert.match(barred, /23\.33% absence, above the 20% limit.*barred from the main session/);
  const below = items.find((t) => t.includes('Fatma Moyenne'));
  assert.ok(below, items.join('\n'));
  assert.match(below, /6\.8\/20 in the main session, below the pass mark 10/);
  for (const validated of ['Amel Principale', 'Bilel Rattrapage', 'Elyes Memoire']) {
    assert.ok(!items.some((t) => t.includes(validated)), `${validated} validated UEF 1: not on the resit list`);
  }
  // The défaillant learner sits no session of UEF 5.
  assert.ok(!items.some((t) => t.includes('Dorra Defaillante') && t.includes('50%')), items.join('\n'));

  // Her UEF 2 main-session grades are shown, not counted, with the reason.
  const row = page.locator('section[data-unit="uef2"] tr', { hasText: 'Chiraz Absente' });
  const notcounted = await row.locator('li[data-counted="0"]').allInnerTexts();
  assert.equal(notcounted.length, 2, notcounted.join('\n'));
  assert.match(notcounted[0] ?? '', /12\/20 — not counted: .*23\.33% absence/);
  // UEF 1 of the first learner: 7.35 out of 10 is 14.7/20, average 12.62 at the main session.
  const first = await page.locator('section[data-unit="uef1"] tr', { hasText: 'Amel Principale' }).innerText();
  assert.match(first, /14\.7\/20/);
  assert.match(first, /12\.62/);
  // Admitted to the mémoire.
  assert.match(await page.locator('#local_sens-memoire-list').innerText(), /Elyes Memoire/);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    resit.locator('a[data-format="csv"]').click(),
  ]);
  const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  assert.match(csv, /Chiraz Absente/);
  assert.match(csv, /Fatma Moyenne/);
  assert.doesNotMatch(csv, /Amel Principale/);
  await context.close();
});

test('a learner of the course cannot open the teacher\'s view', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, 'mastere01');
  const url = await reportUrl(page);
  const response = await page.goto(url);
  assert.equal(await page.locator('.local_sens-modules').count(), 0, 'the report is not shown');
  assert.match(await page.locator('body').innerText(), /permission|autorisation/i, `status ${response?.status()}`);
  await context.close();
});
