// Browser test of the public certificate verification page (issue 15), without login, in English and French: a valid
// code typed loosely (lower case, spaces, O for 0) shows the certificate as issued and the PDFs' SHA-256; a revoked code
// says revoked with its date and reason and points to the corrected certificate; an unknown code and a malformed one
// get their own messages. Then the role × endpoint rows of the certificate endpoints: the stored PDF is refused
// without login and to another learner (the code is not a bearer token), served to its owner; the management page is
// refused to a learner. Certificates come from tests/e2e/certificate-fixture.php. Every state of the verify page, in
// both languages, is checked with axe-core: 0 violations.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { baseUrl, launch, login, sesskey } from './support';

const php = process.env.PHP ?? 'php';

interface Fixture { userid: number; validid: number; valid: string; revoked: string; reason: string; sha256en: string; download: string }

let browser: Browser;
let fixture: Fixture;

before(async () => {
  const out = execFileSync(php, [join(__dirname, 'certificate-fixture.php')], { encoding: 'utf8' });
  fixture = JSON.parse(out.trim().split('\n').pop() as string) as Fixture;
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

async function anonymous(locale: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
  return context.newPage();
}

/**
 * axe-core on the whole page as shown: every violation listed with its rule and the elements concerned. One element
 * of Moodle's own navbar is left out: theme_boost's language menu button (#lang-menu-toggle, language_menu.mustache)
 * has aria-label "Language" while it shows the language's name (label-content-name-mismatch) on every Moodle 4.5 page;
 * it is core's, not the verify page's.
 */
async function accessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).exclude('#lang-menu-toggle').analyze();
  const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(found, [], `axe-core violations on ${what}`);
}

async function verify(page: Page, code: string, lang: 'en' | 'fr'): Promise<string> {
  await page.goto(`${baseUrl}/local/sens/verify.php?lang=${lang}`);
  assert.ok(!new URL(page.url()).pathname.startsWith('/login/'), 'the verify page needs no login');
  await page.fill('#local_sens-verify-code', code);
  await Promise.all([page.waitForLoadState('load'), page.click('form[role="search"] button[type="submit"]')]);
  await page.waitForSelector('[data-region="local_sens-verify"] [data-status]');
  const status = await page.locator('[data-region="local_sens-verify"] [data-status]').first().getAttribute('data-status');
  await accessible(page, `the verify page (${lang}, ${status})`);
  return page.locator('[data-region="local_sens-verify"]').innerText();
}

test('verify page without login: valid, revoked, unknown and malformed told apart, in English and French; axe-core finds nothing', async () => {
  const loose = fixture.valid.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
  const en = await anonymous('en-GB');
  for (const lang of ['en', 'fr']) {
    await en.goto(`${baseUrl}/local/sens/verify.php?lang=${lang}`);
    await accessible(en, `the empty verify form (${lang})`);
  }
  let text = await verify(en, loose, 'en');
  assert.match(text, /Valid certificate/);
  assert.match(text, new RegExp(fixture.valid));
  assert.match(text, /Élise Vérif/);
  assert.match(text, /University diploma in Digital Health Competences/);
  assert.match(text, /Health data — Beginner/);
  assert.ok(text.includes(fixture.sha256en), 'the English PDF hash is shown');
  assert.equal(await en.locator('[data-region="local_sens-verify"] a[href*="pluginfile.php"]').count(), 0,
    'no download link on the verify page');

  text = await verify(en, fixture.revoked, 'en');
  assert.match(text, /Revoked certificate/);
  assert.ok(text.includes(fixture.reason), 'the reason of the revocation is shown');
  assert.match(text, new RegExp(`in its place: ${fixture.valid}`));

  text = await verify(en, 'ZZZZ-ZZZZ-ZZZZ-ZZZZ', 'en');
  assert.match(text, /Unknown code/);
  assert.doesNotMatch(text, /Revoked|Valid certificate/);
  text = await verify(en, 'ABC', 'en');
  assert.match(text, /not a certificate code/);

  const fr = await anonymous('fr-FR');
  text = await verify(fr, fixture.valid, 'fr');
  assert.match(text, /Certificat valide/);
  assert.match(text, /Diplôme universitaire Compétences Numériques en Santé/);
  assert.match(text, /Données de santé — Débutant/);
  text = await verify(fr, fixture.revoked, 'fr');
  assert.match(text, /Certificat révoqué/);
  assert.match(text, /Motif : /);
  text = await verify(fr, 'ZZZZ-ZZZZ-ZZZZ-ZZZZ', 'fr');
  assert.match(text, /Code inconnu/);
});

test('role × endpoint: the stored PDF only for its owner, the management page not for a learner', async () => {
  const nobody = await anonymous('en-GB');
  const refused = await nobody.request.get(fixture.download, { maxRedirects: 0 });
  assert.notEqual(refused.status(), 200, 'no PDF without login');

  const learner = await anonymous('en-GB');
  await login(learner, 'learner22');
  const other = await learner.request.get(fixture.download);
  assert.ok(!(other.headers()['content-type'] ?? '').includes('pdf'), 'another learner gets no PDF');
  await learner.goto(`${baseUrl}/local/sens/certificate.php?code=${fixture.valid}`);
  assert.doesNotMatch(await learner.locator('body').innerText(), /Revoke and re-issue/);
  const post = (page: Page, form: Record<string, string>) =>
    page.request.post(`${baseUrl}/local/sens/certificate.php`, { form: { id: String(fixture.validid), ...form } });
  await post(learner, { action: 'revoke', reason: 'e2e: a learner tries', sesskey: await sesskey(learner) });

  const admin = await anonymous('en-GB');
  await login(admin, 'admin', process.env.SENS_ADMIN_PASS ?? 'Sens-Admin-2026!');
  await admin.goto(`${baseUrl}/local/sens/certificate.php?lang=en`);
  await admin.click(`a:has-text("${fixture.valid}")`);
  assert.match(await admin.locator('[data-region="local_sens-verify"]').innerText(), /Élise Vérif/, 'picked from the list');
  await admin.goto(`${baseUrl}/local/sens/certificate.php?code=${fixture.valid}&lang=en`);
  assert.match(await admin.locator('body').innerText(), /Revoke and re-issue corrected/, 'a manager gets the actions');
  await post(admin, { action: 'revoke', reason: 'e2e: no session key' });
  await post(admin, { action: 'revoke', reason: '   ', sesskey: await sesskey(admin) });
  const still = await anonymous('en-GB');
  assert.match(await verify(still, fixture.valid, 'en'), /Valid certificate/,
    'refused requests (a learner, no session key, an empty reason) revoked nothing');

  const owner = await anonymous('en-GB');
  await login(owner, 'e2ecertificate');
  const mine = await owner.request.get(fixture.download);
  assert.equal(mine.status(), 200);
  const body = await mine.body();
  assert.equal(body.subarray(0, 4).toString(), '%PDF');
  assert.equal(createHash('sha256').update(body).digest('hex'), fixture.sha256en, 'the served PDF is the one issued');
});
