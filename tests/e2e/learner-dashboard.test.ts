// Browser test against the running SENS site (scripts/setup-site.sh + demo data): a demo learner logs in,
// sees block_competences on the dashboard, the page logs no JavaScript error, and no request leaves 127.0.0.1.
// Debian's chromium through playwright-core (no browser download). Run by tests/stages/60-e2e.sh.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { login } from './support';

const baseUrl = process.env.SENS_URL ?? 'http://127.0.0.1:8080';
const learner = { username: 'learner01', password: 'Sens-Demo-2026!' };
const artifacts = join(__dirname, 'artifacts');

let browser: Browser;

before(async () => {
  mkdirSync(artifacts, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    // launch() gives chromium a fresh temporary --user-data-dir itself (and refuses one in args).
  });
});

after(async () => {
  await browser?.close();
});

/** Records page errors, console errors and every requested URL of a page. */
function watch(page: Page) {
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('request', (r) => requests.push(r.url()));
  return { errors, requests };
}


test('a demo learner logs in and sees block_competences on the dashboard, without JS errors or outside requests', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const seen = watch(page);
  await login(page, learner.username, learner.password);
  await page.goto(`${baseUrl}/my/`);
  await page.waitForLoadState('networkidle');
  assert.match(await page.locator('#page-header, .usermenu').first().innerText().catch(() => ''), /./);
  // Moodle's first-visit user tour dims the page: end it, as a learner would, before the screenshot.
  const endTour = page.locator('[data-role="end"], [data-role="flexitour-step"] button:has-text("Got it")').first();
  if (await endTour.isVisible().catch(() => false)) { await endTour.click(); }
  const block = page.locator('section.block_competences, .block_competences').first();
  await block.waitFor({ state: 'visible', timeout: 15000 });
  await block.screenshot({ path: join(artifacts, 'block_competences-dashboard.png') });
  await page.screenshot({ path: join(artifacts, 'dashboard.png'), fullPage: true });
  assert.ok((await block.innerText()).trim().length > 0, 'the block renders some content');
  // The logged-in user is the learner, not a guest.
  const body = await page.content();
  assert.ok(!/You are not logged in/.test(body), 'the learner is logged in');
  assert.deepEqual(seen.errors, [], 'no JavaScript error on the dashboard');
  const outside = seen.requests.filter((u) => !u.startsWith(`${baseUrl}/`) && !u.startsWith('data:'));
  assert.deepEqual(outside, [], 'no request leaves the site');
  assert.ok(seen.requests.length > 3, 'requests were recorded');
  await context.close();
});

test('a wrong password does not log the learner in (the login check can fail)', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login/index.php`);
  await page.fill('#username', learner.username);
  await page.fill('#password', 'not-the-password');
  await page.click('#loginbtn');
  await page.waitForLoadState('load');
  assert.match(new URL(page.url()).pathname, /^\/login\//);
  assert.equal(await page.locator('.block_competences').count(), 0);
  await context.close();
});
