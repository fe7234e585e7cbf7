// Loads the conformance fixtures shared by jest (TS engine) and PHPUnit / run.php (generated PHP).
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface Fixture { file: string; name: string; programme: unknown; record: unknown; asOf: string; expected: unknown }

const ROOT = path.resolve(__dirname, '../..');
export const FIXTURE_DIR = path.join(__dirname, 'fixtures');

export function loadFixtures(): Fixture[] {
  const progs = new Map<string, unknown>();
  const out: Fixture[] = [];
  for (const dir of fs.readdirSync(FIXTURE_DIR).sort()) {
    for (const f of fs.readdirSync(path.join(FIXTURE_DIR, dir)).sort()) {
      const file = path.join(FIXTURE_DIR, dir, f);
      const fx = JSON.parse(fs.readFileSync(file, 'utf8'));
      // programme: a path to a shipped programme, or inline (engine table-driven cases).
      let programme = fx.programme;
      if (typeof programme === 'string') {
        if (!progs.has(programme)) progs.set(programme, JSON.parse(fs.readFileSync(path.join(ROOT, programme), 'utf8')));
        programme = progs.get(programme);
      }
      out.push({ file: path.relative(ROOT, file), name: fx.name, programme, record: fx.record, asOf: fx.asOf, expected: fx.expected });
    }
  }
  return out;
}
