// Browser test: a workshop lead marks the attestation sheet of a 25-learner workshop on a tablet held in portrait
// (800×1280): touch targets of at least 44 px, no horizontal scroll, "All present" in one tap, search by name,
// one save; the learner whose online exercises were done (learner06) sees Intermédiaire open afterwards. Then the
// network is cut: the marks wait in the browser, the page says they are not saved, and they are sent on its return.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { artifacts, baseUrl, launch, learnerFacts, login, resetDemo, sesskey, siteFacts, storedState } from './support';

const php = process.env.PHP ?? 'php';
let browser: Browser;

/** Empties the demo sheets (what this test marked) and recomputes the course. */
function resetSheets(): void {
  execFileSync(php, [join(__dirname, 'workshop-reset.php')], { stdio: 'ignore' });
}

before(async () => {
  resetDemo();
  resetSheets();
  browser = await launch();
});

after(async () => {
  resetSheets();
  await browser?.close();
});

/** Opens the sheet of the Données de santé workshop of session S1 as the demo teacher, from the Workshops page. */
async function openSheet(page: Page): Promise<void> {
  const { courseid } = siteFacts();
  await login(page, 'enseignant');
  await page.goto(`${baseUrl}/local/sens/workshops.php?courseid=${courseid}`);
  const s1 = page.locator('section', { has: page.locator('h3', { hasText: /^S1/ }) });
  await s1.locator('a[href*="workshop=donnees"]').click();
  await page.waitForSelector('[data-region="local_sens-sheet"]');
  await page.waitForLoadState('networkidle');
}

test('a lead marks a 25-learner workshop on a tablet; learner06\'s Intermédiaire opens', async () => {
  const before06 = learnerFacts('learner06');
  assert.equal(storedState(before06, 'donnees.debutant'), 'in_progress', 'demo: exercises done, workshop not attested');
  assert.equal(storedState(before06, 'donnees.intermediaire'), 'locked');

  const context = await browser.newContext({ viewport: { width: 800, height: 1280 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openSheet(page);

  const rows = page.locator('[data-region="row"]:not([hidden])');
  assert.equal(await rows.count(), 25, 'the 25 learners of the promotion are expected');
  // No horizontal scroll at 800 px.
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(widths[0]! <= widths[1]!, `no horizontal scroll: ${widths[0]} > ${widths[1]}`);
  // Touch targets ≥ 44 px: the marks, the comment fields, the buttons.
  for (const selector of ['label.local_sens-mark', '[data-mark="note"]', '[data-action="allpresent"]', '[data-action="save"]']) {
    const boxes = await page.locator(selector).evaluateAll((els) => els.map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 0).map((r) => [r.width, r.height]));
    for (const [w, h] of boxes) {
      assert.ok(w! >= 44 && h! >= 44, `${selector}: ${w}×${h} px`);
    }
  }
  // Every learner's marks are a fieldset with a legend; each field has a label.
  assert.equal(await page.locator('[data-region="row"] fieldset legend').count(), await page.locator('[data-region="row"]').count());

  await page.getByRole('button', { name: 'All present' }).tap();
  assert.equal(await page.locator('[data-region="row"]:not([hidden]) [data-mark="present"]:checked').count(), 25);

  const name = await page.locator('[data-region="row"]').evaluateAll((els, id) =>
    (els.find((e) => (e as HTMLElement).dataset.userid === String(id)) as HTMLElement).dataset.name, before06.id);
  await page.getByLabel('Search by name').fill(name!);
  assert.equal(await rows.count(), 1, 'the search shows one learner');
  const row06 = page.locator(`[data-region="row"][data-userid="${before06.id}"]`);
  await row06.getByLabel('Passed').tap();

  // Saved while the search still shows one learner: the whole sheet is sent.
  await page.getByRole('button', { name: 'Save the sheet' }).tap();
  await page.locator('[data-region="status"]', { hasText: /Sheet saved: 25 attestations/ }).waitFor({ timeout: 30000 });
  await page.getByLabel('Search by name').fill('');
  assert.equal(await rows.count(), 25);
  assert.match(await row06.locator('[data-region="result"]').innerText(), /In progress → Validated/);
  await page.screenshot({ path: join(artifacts, 'workshop-sheet-800.png'), fullPage: false });
  // The attendance list downloads as CSV and as a PDF to sign.
  for (const [label, type] of [['Attendance list (CSV)', /text\/csv/], ['Attendance list to sign (PDF)', /application\/pdf/]] as const) {
    const href = await page.getByRole('link', { name: label }).getAttribute('href');
    const response = await page.request.get(href!);
    assert.equal(response.status(), 200, label);
    assert.match(response.headers()['content-type'] ?? '', type, label);
    if (label.includes('CSV')) {
      assert.match(await response.text(), new RegExp(name!), 'the CSV lists learner06');
    }
  }
  assert.deepEqual(errors, []);
  await context.close();

  const after06 = learnerFacts('learner06');
  assert.equal(storedState(after06, 'donnees.debutant'), 'validated');
  assert.equal(storedState(after06, 'donnees.intermediaire'), 'open');
  // The learner sees it on their dashboard.
  const learnerContext = await browser.newContext({ viewport: { width: 800, height: 1280 } });
  const learnerPage = await learnerContext.newPage();
  await login(learnerPage, 'learner06');
  await learnerPage.goto(`${baseUrl}/my/`);
  const unit = learnerPage.locator('[data-region="block_competences-unit"][data-unit="donnees.intermediaire"]').first();
  assert.equal(await unit.getAttribute('data-state'), 'open');
  await learnerContext.close();
});

test('offline in the room: the marks wait in the browser and are sent when the network returns', async () => {
  resetSheets();
  const context = await browser.newContext({ viewport: { width: 800, height: 1280 } });
  const page = await context.newPage();
  await openSheet(page);
  await page.getByRole('button', { name: 'All present' }).click();
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Save the sheet' }).click();
  await page.locator('[data-region="status"]', { hasText: /NOT saved yet/ }).waitFor({ timeout: 30000 });
  const queued = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('local_sens/sheet:')));
  assert.equal(queued.length, 1, 'the marks are queued in localStorage');
  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await page.locator('[data-region="status"]', { hasText: /Sheet saved: 25 attestations/ }).waitFor({ timeout: 30000 });
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('local_sens/sheet:')).length), 0);
  await context.close();
});

test('a learner reaches neither the workshops, the session page, the sheet nor its web service', async () => {
  resetSheets();
  const { courseid } = siteFacts();
  const context = await browser.newContext({ viewport: { width: 800, height: 1280 } });
  const page = await context.newPage();
  await login(page, 'learner01');
  const sessionid = await (async () => {
    const out = execFileSync(php, ['-r', `define('CLI_SCRIPT', true); require('${process.env.MOODLE_DIR ?? `${process.env.HOME}/moodle`}/config.php');
      echo $DB->get_field('local_sens_session', 'id', ['courseid' => ${courseid}, 'sessionkey' => 'S1']);`], { encoding: 'utf8' });
    return Number(out.trim());
  })();
  assert.ok(sessionid > 0);
  for (const path of [`/local/sens/workshops.php?courseid=${courseid}`, `/local/sens/session.php?id=${sessionid}`,
    `/local/sens/sheet.php?sessionid=${sessionid}&workshop=donnees`,
    `/local/sens/export.php?sessionid=${sessionid}&workshop=donnees&format=csv&sesskey=${await sesskey(page)}`]) {
    await page.goto(`${baseUrl}${path}`);
    assert.equal(await page.locator('[data-region="local_sens-sheet"], form.mform, .local_sens-workshops').count(), 0, path);
    assert.match(await page.locator('body').innerText(), /permission/i, path);
  }
  const learner = learnerFacts('learner01');
  const stateBefore = storedState(learner, 'donnees.debutant');
  const response = await page.evaluate(async ([sid, uid]) => {
    const cfg = (window as unknown as { M: { cfg: { sesskey: string; wwwroot: string } } }).M.cfg;
    const r = await fetch(`${cfg.wwwroot}/lib/ajax/service.php?sesskey=${cfg.sesskey}`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify([{ index: 0, methodname: 'local_sens_save_attestation_sheet', args: { sessionid: sid, workshop: 'donnees',
        rows: [{ userid: uid, unit: 'donnees.debutant', present: true, passed: true }] } }]),
    });
    return r.json();
  }, [sessionid, learner.id]);
  assert.equal(response[0].error, true);
  assert.equal(response[0].exception.errorcode, 'nopermissions');
  assert.equal(storedState(learnerFacts('learner01'), 'donnees.debutant'), stateBefore, 'nothing attested');
  await context.close();
  // The lead's attendance list needs the session key.
  const leadContext = await browser.newContext();
  const lead = await leadContext.newPage();
  await login(lead, 'enseignant');
  const r = await lead.request.get(`${baseUrl}/local/sens/export.php?sessionid=${sessionid}&workshop=donnees&format=csv`);
  assert.doesNotMatch(r.headers()['content-type'] ?? '', /text\/csv/, 'export without sesskey refused');
  await leadContext.close();
});
