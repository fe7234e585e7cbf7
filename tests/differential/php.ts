// Runs batches of calls against the generated PHP through tests/differential/php-worker.php.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface PhpCall { class: string; method: string; args?: unknown[]; json?: string; withIndex?: boolean }

export const WORKER = path.join(__dirname, 'php-worker.php');
export const ENGINE_DIR = path.resolve(__dirname, '../../local_sens/classes/local/engine');

export function runPhp(calls: PhpCall[], classDir = ENGINE_DIR): unknown[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sens-php-'));
  const file = path.join(dir, 'calls.json');
  try {
    fs.writeFileSync(file, JSON.stringify(calls));
    const out = execFileSync('php', [WORKER, classDir, file], { maxBuffer: 1 << 30, encoding: 'utf8' });
    return JSON.parse(out) as unknown[];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
