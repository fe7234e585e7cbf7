// Shared helpers of the browser tests: Debian's chromium through playwright-core (never a downloaded browser),
// logins, and facts read from the running site by tests/e2e/site-facts.php (the same machine serves the site).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const baseUrl = process.env.SENS_URL ?? 'http://127.0.0.1:8080';
export const demoPassword = 'Sens-Demo-2026!';
export const repoRoot = join(__dirname, '..', '..');
export const artifacts = join(__dirname, 'artifacts');
const php = process.env.PHP ?? 'php';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    // launch() gives chromium a fresh temporary --user-data-dir itself (and refuses one in args).
  });
}

export async function login(page: Page, username: string, password = demoPassword): Promise<void> {
  // The dev site is shared: while someone upgrades it, Moodle answers "Site is being upgraded" and the login is lost.
  // Only then is the login tried again (a wrong password fails at once).
  for (let attempt = 1; ; attempt++) {
    await page.goto(`${baseUrl}/login/index.php`);
    // Every Moodle 4.5 page, the login page included, has media_videojs ask lib/ajax/service.php for its language
    // strings once per fresh browser (then kept in localStorage), carrying the pre-login session cookie. Sent after the
    // login POST has replaced that session, it finds no session, starts a new one and its Set-Cookie logs the
    // browser out again ("Your session has timed out"). A loaded machine widens that window (CI runs lost 3-5 logins
    // in a row): wait until the page's own requests are done before submitting.
    await page.waitForLoadState('networkidle').catch(() => undefined);
    if (await page.locator('#username').count()) {
      await page.fill('#username', username);
      await page.fill('#password', password);
      await Promise.all([
        page.waitForURL((u) => !(u.pathname === '/login/index.php' && u.search === ''), { timeout: 30000 })
          .catch(() => undefined),
        page.click('#loginbtn'),
      ]);
      await page.waitForLoadState('load');
      if (!new URL(page.url()).pathname.startsWith('/login/')) { return; }
    }
    const body = await page.locator('body').innerText().catch(() => '');
    if (attempt >= 5 || !/being upgraded|loginredirect|^\s*$/i.test(body + page.url())) {
      throw new Error(`login as ${username} failed at ${page.url()}: ${body.slice(0, 300)}`);
    }
    await page.waitForTimeout(10000);
  }
}

/** The page's session key (M.cfg.sesskey), as a crafted request would carry it. */
export function sesskey(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { M: { cfg: { sesskey: string } } }).M.cfg.sesskey);
}

export interface LearnerFacts {
  id: number;
  lang: string;
  decision: { units: { id: string; state: string }[] } & Record<string, unknown> | null;
  attempts: { slot: string; state: string }[];
}
export interface SiteFacts { courseid: number; cms: Record<string, number>; learners: Record<string, LearnerFacts> }

/** Activity ids by slot, and for each named learner: id, language, stored decision, quiz attempts. */
export function siteFacts(...usernames: string[]): SiteFacts {
  const out = execFileSync(php, [join(__dirname, 'site-facts.php'), ...usernames], { encoding: 'utf8' });
  return JSON.parse(out) as SiteFacts;
}

export function learnerFacts(username: string): LearnerFacts {
  const l = siteFacts(username).learners[username];
  if (!l) { throw new Error(`no facts for ${username}`); }
  return l;
}

export function cmid(facts: SiteFacts, slot: string): number {
  const id = facts.cms[slot];
  if (id === undefined) { throw new Error(`no activity mapped to slot ${slot} in the demo course`); }
  return id;
}

/** Re-runs the demo data script: the demo learners go back to their documented states. */
export function resetDemo(): void {
  execFileSync(php, [join(repoRoot, 'scripts', 'demo', 'create_demo.php')], { stdio: 'ignore' });
}

/** State of one unit in a stored decision. */
export function storedState(l: LearnerFacts, unit: string): string | undefined {
  return l.decision?.units.find((u) => u.id === unit)?.state;
}

/** JSON with keys sorted and numbers as numbers (10.0 and 10 alike): how decisions are compared. */
export function canonical(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) { return v.map(sort); }
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(Object.keys(v as object).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])]));
    }
    return v;
  };
  return JSON.stringify(sort(value));
}
