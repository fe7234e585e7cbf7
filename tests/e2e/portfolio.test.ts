// Browser test of the portfolio (mod_sensportfolio) in the demo DU course: a learner who has done everything else
// (tests/e2e/portfolio-everything-else.php) adds an entry (text, a référentiel item, a file) and submits; the demo
// teacher (jury) reads the submission, marks the criteria and accepts; the learner's block_competences shows the
// portfolio validated and the verdict certified. Then the role × endpoint rows of the portfolio's pages: each refused
// request changes nothing. The learner's portfolio is emptied first (tests/e2e/portfolio-reset.php).
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { artifacts, baseUrl, launch, learnerFacts, login, sesskey, storedState } from './support';

const learner = 'learner21';
const other = 'learner22';
const jury = 'enseignant';
const php = process.env.PHP ?? 'php';

let browser: Browser;
let cmid = 0;
let learnerid = 0;

/** Every fact of the DU but the portfolio (completions, attestations); the stored states of the certification's units. */
function everythingElse(username: string): { verdict: string; units: Record<string, string> } {
  const out = execFileSync(php, [join(__dirname, 'portfolio-everything-else.php'), username], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() as string) as { verdict: string; units: Record<string, string> };
}

function reset(username: string, facts = false): { cmid: number; userid: number } {
  const args = [join(__dirname, 'portfolio-reset.php'), username, ...(facts ? ['--facts'] : [])];
  const out = execFileSync(php, args, { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() as string) as { cmid: number; userid: number };
}

before(async () => {
  mkdirSync(artifacts, { recursive: true });
  browser = await launch();
  ({ cmid, userid: learnerid } = reset(learner));
  reset(other);
});

after(async () => {
  await browser?.close();
  // The learner leaves as the demo made them: later tests count the promotion's learners by level state.
  reset(learner, true);
});

async function as(username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  await login(page, username);
  return page;
}

/** Whether Moodle answered with its error page (an exception: no capability, bad session key, not found). */
async function refused(page: Page): Promise<boolean> {
  return (await page.locator('[data-rel="fatalerror"], .errorbox').count()) > 0;
}

let entryid = 0;
let submissionid = 0;
let fileurl = '';

test('a learner adds an entry with a référentiel item and a file, then submits; the jury accepts; the block shows the portfolio validated and the verdict certified', async () => {
  // Everything else done: every unit of the certification validated but the portfolio, which is open.
  const before = everythingElse(learner);
  assert.equal(before.verdict, 'in_progress');
  assert.deepEqual(Object.entries(before.units).filter(([, state]) => state !== 'validated'), [['portfolio', 'open']]);
  const page = await as(learner);
  await page.goto(`${baseUrl}/mod/sensportfolio/view.php?id=${cmid}`);
  assert.equal(await page.locator('[data-status]').getAttribute('data-status'), 'draft');

  await page.goto(`${baseUrl}/mod/sensportfolio/entry.php?id=${cmid}`);
  await page.fill('#id_title', 'Atelier cybersécurité : double authentification');
  await page.evaluate(() => {
    const w = window as unknown as { tinyMCE?: { get(id: string): { setContent(html: string): void } | null } };
    const editor = w.tinyMCE?.get('id_content_editor');
    if (editor) {
      editor.setContent('<p>J\'ai mis en place la double authentification dans mon service.</p>');
    } else {
      (document.getElementById('id_content_editor') as HTMLTextAreaElement).value = '<p>Double authentification.</p>';
    }
  });
  const search = page.locator('#fitem_id_competences input[type="text"]');
  await search.fill('mc1.d1');
  await page.locator('#fitem_id_competences [role="option"]', { hasText: 'mc1.d1' }).first().click();
  // A file through the file manager (draft area) and the upload repository.
  const evidence = join(artifacts, 'portfolio-evidence.txt');
  writeFileSync(evidence, 'Compte rendu de la mise en place de la double authentification.\n');
  // The picker's dialogue and its upload form are built by JavaScript: on a site whose caches were just purged the
  // first build is slow, so wait for each part rather than for a fixed time.
  const filemanager = page.locator('#fitem_id_attachments_filemanager');
  await filemanager.locator('.fp-btn-add a, .fp-btn-add').first().click();
  const picker = page.locator('.moodle-dialogue-base:not(.moodle-dialogue-hidden)');
  await picker.locator('.fp-repo-area').first().waitFor({ timeout: 60000 });
  await picker.locator('.fp-repo-area .fp-repo', { hasText: /Upload a file/ }).first().click({ timeout: 10000 })
    .catch(() => undefined); // Already on the upload repository when it is the last one used.
  const input = picker.locator('input[type="file"]');
  await input.waitFor({ state: 'attached', timeout: 60000 });
  await input.setInputFiles(evidence);
  await picker.locator('.fp-upload-btn').click();
  await filemanager.locator('.fp-filename', { hasText: 'portfolio-evidence.txt' }).first().waitFor({ timeout: 60000 });
  await Promise.all([page.waitForURL(/view\.php/), page.click('#id_submitbutton')]);

  const entry = page.locator('[data-entryid]').first();
  assert.match(await entry.innerText(), /double authentification/);
  assert.match(await entry.innerText(), /mc1\.d1/);
  assert.match(await entry.innerText(), /portfolio-evidence\.txt/);
  entryid = Number(await entry.getAttribute('data-entryid'));
  assert.match(await page.locator('#sensportfolio-coverage-heading').innerText(), /./);

  await Promise.all([page.waitForURL(/view\.php/), page.click('button:has-text("Submit my portfolio to the jury")')]);
  assert.equal(await page.locator('[data-status]').getAttribute('data-status'), 'submitted');
  await page.screenshot({ path: join(artifacts, 'portfolio-submitted.png'), fullPage: true });

  // The learner edits the draft afterwards: the jury still reads what was submitted.
  await page.goto(`${baseUrl}/mod/sensportfolio/entry.php?id=${cmid}&entryid=${entryid}`);
  await page.fill('#id_title', 'Titre modifié après la soumission');
  await Promise.all([page.waitForURL(/view\.php/), page.click('#id_submitbutton')]);

  const juror = await as(jury);
  await juror.goto(`${baseUrl}/mod/sensportfolio/submissions.php?id=${cmid}&filter=waiting`);
  const row = juror.locator('tr', { hasText: /./ }).filter({ has: juror.locator('a[href*="review.php"]') }).first();
  await row.waitFor();
  const href = await juror.locator('a[href*="review.php"]').first().getAttribute('href');
  submissionid = Number(new URL(href as string, baseUrl).searchParams.get('submissionid'));
  await juror.goto(href as string);
  const read = await juror.locator('.mod_sensportfolio-submission').innerText();
  assert.match(read, /Atelier cybersécurité/);
  assert.doesNotMatch(read, /Titre modifié/);
  assert.match(read, /portfolio-evidence\.txt/);
  fileurl = await juror.locator('.mod_sensportfolio-submission a[href*="pluginfile.php"]').first().getAttribute('href') ?? '';
  assert.match(fileurl, /mod_sensportfolio\/submission\//);
  for (const box of await juror.locator('input[type="checkbox"][name^="met["]').all()) {
    await box.check();
  }
  await juror.selectOption('#id_decision', 'accepted');
  await juror.fill('#id_feedback', 'Portfolio complet et réflexif.');
  await juror.fill('#id_note', 'Décision unanime.');
  await juror.screenshot({ path: join(artifacts, 'portfolio-review.png'), fullPage: true });
  await Promise.all([juror.waitForURL(/submissions\.php/), juror.click('#id_submitbutton')]);

  assert.equal(storedState(learnerFacts(learner), 'portfolio'), 'validated');
  await page.goto(`${baseUrl}/mod/sensportfolio/view.php?id=${cmid}`);
  assert.equal(await page.locator('[data-status]').getAttribute('data-status'), 'accepted');
  assert.match(await page.locator('.mod_sensportfolio-view').innerText(), /Portfolio complet et réflexif/);
  assert.doesNotMatch(await page.locator('body').innerText(), /Décision unanime/);
  await page.goto(`${baseUrl}/my/`);
  const unit = page.locator('[data-region="block_competences-unit"][data-unit="portfolio"]').first();
  await unit.waitFor({ timeout: 15000 });
  assert.equal(await unit.getAttribute('data-state'), 'validated');
  await unit.screenshot({ path: join(artifacts, 'portfolio-block-validated.png') });
  // The jury's acceptance was the last thing missing: the engine certifies, and the block says so.
  assert.equal(await page.locator('[data-region="block_competences-verdict"]').first().getAttribute('data-verdict'),
    'certified');
});

test('role × endpoint: the portfolio pages refuse who may not, and a refused request changes nothing', async () => {
  assert.ok(entryid > 0 && submissionid > 0, 'the first test ran');
  const page = await as(learner);
  const rows: [string, string, () => Promise<boolean>][] = [];
  // The learner reads neither the jury's list nor a review page.
  rows.push(['learner', 'submissions.php', async () => {
    await page.goto(`${baseUrl}/mod/sensportfolio/submissions.php?id=${cmid}`); return refused(page);
  }]);
  rows.push(['learner', 'review.php', async () => {
    await page.goto(`${baseUrl}/mod/sensportfolio/review.php?id=${cmid}&submissionid=${submissionid}`); return refused(page);
  }]);
  // Submitting without the session key.
  rows.push(['learner', 'submit.php without sesskey', async () => {
    const r = await page.request.post(`${baseUrl}/mod/sensportfolio/submit.php`, { form: { id: String(cmid) } });
    return /fatalerror|errorbox/i.test(await r.text());
  }]);
  // Deleting one's entry without the session key.
  rows.push(['learner', 'entry.php delete without sesskey', async () => {
    const r = await page.request.post(`${baseUrl}/mod/sensportfolio/entry.php`,
      { form: { id: String(cmid), entryid: String(entryid), action: 'delete', confirm: '1' } });
    return /fatalerror|errorbox/i.test(await r.text());
  }]);
  const otherpage = await as(other);
  const otherkey = await sesskey(otherpage);
  // Another learner edits, deletes or reads the learner's entry, or reads a file of the learner's submission.
  rows.push([other, 'entry.php edit another learner\'s entry', async () => {
    await otherpage.goto(`${baseUrl}/mod/sensportfolio/entry.php?id=${cmid}&entryid=${entryid}`); return refused(otherpage);
  }]);
  rows.push([other, 'entry.php delete another learner\'s entry', async () => {
    const r = await otherpage.request.post(`${baseUrl}/mod/sensportfolio/entry.php`,
      { form: { id: String(cmid), entryid: String(entryid), action: 'delete', confirm: '1', sesskey: otherkey } });
    return /fatalerror|errorbox/i.test(await r.text());
  }]);
  rows.push([other, 'pluginfile: a file of another learner\'s submission', async () => {
    const r = await otherpage.request.get(fileurl);
    return r.status() !== 200 || !(await r.text()).includes('double authentification');
  }]);
  rows.push(['learner', 'pluginfile: a file of their own submission (allowed)', async () => {
    const r = await page.request.get(fileurl);
    return r.status() === 200 && (await r.text()).includes('double authentification');
  }]);
  // The jury member is no learner: no portfolio of their own to submit.
  const juror = await as(jury);
  const jurykey = await sesskey(juror);
  rows.push([jury, 'submit.php', async () => {
    const r = await juror.request.post(`${baseUrl}/mod/sensportfolio/submit.php`, { form: { id: String(cmid), sesskey: jurykey } });
    return /fatalerror|errorbox/i.test(await r.text());
  }]);
  rows.push(['learner', 'deliberation.php', async () => {
    await page.goto(`${baseUrl}/mod/sensportfolio/deliberation.php?id=${cmid}`); return refused(page);
  }]);
  rows.push([jury, 'review.php (allowed)', async () => {
    await juror.goto(`${baseUrl}/mod/sensportfolio/review.php?id=${cmid}&submissionid=${submissionid}`);
    return !(await refused(juror)) && (await juror.locator('.mod_sensportfolio-submission').count()) === 1;
  }]);
  const failures: string[] = [];
  for (const [who, what, check] of rows) {
    if (!(await check())) { failures.push(`${who} × ${what}`); }
  }
  assert.deepEqual(failures, []);
  // Nothing changed: the learner's entry is there, their one submission is still accepted.
  await page.goto(`${baseUrl}/mod/sensportfolio/view.php?id=${cmid}`);
  assert.equal(await page.locator(`[data-entryid="${entryid}"]`).count(), 1);
  assert.equal(await page.locator('[data-status]').getAttribute('data-status'), 'accepted');
  assert.equal(storedState(learnerFacts(learner), 'portfolio'), 'validated');
});

test('deliberation: the president records a batch (a decision differing from the engine needs a justification), closes, the minutes PDF is stored and the session is read-only', async () => {
  const juror = await as(jury);
  await juror.goto(`${baseUrl}/mod/sensportfolio/deliberation.php?id=${cmid}`);
  await juror.fill('#sensportfolio-sessionname', `e2e: jury de certification ${Date.now()}`);
  await juror.fill('#sensportfolio-members', 'Étienne Atelier (président)');
  await Promise.all([juror.waitForURL(/sessionid=/), juror.click('button:has-text("Open a deliberation session")')]);
  const url = juror.url();
  // learner21 is certified by the engine (everything done, portfolio accepted): proposal "accepted"; deferring differs.
  await juror.selectOption(`#decision_${learnerid}`, 'deferred');
  await Promise.all([juror.waitForLoadState('load'), juror.click('button:has-text("Record the decisions")')]);
  assert.match(await juror.locator('.alert-danger, .alert-error').first().innerText(), /justification/);
  assert.equal(await juror.locator(`#decision_${learnerid}`).inputValue(), '');
  await juror.selectOption(`#decision_${learnerid}`, 'deferred');
  await juror.fill(`textarea[name="justification_${learnerid}"]`, 'Le jury ajourne : entretien complémentaire demandé.');
  await Promise.all([juror.waitForURL(url), juror.click('button:has-text("Record the decisions")')]);
  assert.equal(await juror.locator(`#decision_${learnerid}`).inputValue(), 'deferred');
  await Promise.all([juror.waitForLoadState('load'), juror.click('button:has-text("Close the session")')]);
  assert.equal(await juror.locator('[data-session-status]').getAttribute('data-session-status'), 'closed');
  assert.equal(await juror.locator('select[id^="decision_"]').count(), 0);
  const pdf = await juror.locator('a[href*="/minutes/"]').first().getAttribute('href');
  const r = await juror.request.get(pdf as string);
  assert.equal(r.status(), 200);
  assert.equal((await r.body()).subarray(0, 4).toString(), '%PDF');
  await juror.screenshot({ path: join(artifacts, 'portfolio-deliberation-closed.png'), fullPage: true });
  // A learner cannot fetch the minutes.
  const page = await as(learner);
  const denied = await page.request.get(pdf as string);
  assert.notEqual(denied.status() === 200 && (await denied.body()).subarray(0, 4).toString() === '%PDF', true);
});
