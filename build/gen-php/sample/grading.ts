// Sample module in the subset, used by the generator's tests (stands for the engine core).
export interface Grade { unit: string; session: 'main' | 'resit'; value: number; max: number; date?: string }
export interface Outcome { unit: string; state: string; average: number | null; reasons: { code: string; params: { unit: string; value?: number }; path: string }[] }

export const PASS_MARK = 10;
export const SESSIONS = ['main', 'resit'];

/** Scales a grade to 20. */
export function on20(g: Grade): number {
  return g.max === 0 ? 0 : (g.value * 20) / g.max;
}

export function isValidDate(s: string): boolean {
  if (s.length !== 10 || s[4] !== '-' || s[7] !== '-') return false;
  const parts = s.split('-');
  for (const p of parts) {
    for (let i = 0; i < p.length; i++) {
      const c = p[i] ?? '';
      if (c < '0' || c > '9') return false;
    }
  }
  const y = toInt(parts[0] ?? '');
  const m = toInt(parts[1] ?? '');
  const d = toInt(parts[2] ?? '');
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= (lengths[m - 1] ?? 0);
}

export function toInt(s: string): number {
  let n = 0;
  const digits = '0123456789';
  for (let i = 0; i < s.length; i++) n = n * 10 + digits.indexOf(s.slice(i, i + 1));
  return n;
}

export function decideUnit(unit: string, grades: Grade[], asOf: string): Outcome {
  const mine = grades.filter((g) => g.unit === unit && (g.date ?? '0000-00-00') <= asOf);
  const reasons: Outcome['reasons'] = [];
  if (mine.length === 0) {
    return { unit, state: 'open', average: null, reasons: [{ code: 'no_grade', params: { unit }, path: `/units/${unit}` }] };
  }
  let best: number | null = null;
  for (const s of SESSIONS) {
    const inSession = mine.filter((g) => g.session === s).map((g) => on20(g));
    if (inSession.length > 0) {
      const avg = sum(inSession) / inSession.length;
      best = best === null ? avg : Math.max(best, avg);
      reasons.push({ code: 'session_average', params: { unit, value: Math.floor(avg * 100) / 100 }, path: `/units/${unit}/sessions/${s}` });
    }
  }
  let state = 'failed';
  switch (best !== null && best >= PASS_MARK ? 'pass' : 'fail') {
    case 'pass':
      state = 'validated';
      break;
    default:
      state = mine.some((g) => g.session === 'resit') ? 'failed' : 'in_progress';
  }
  return { ...{ unit, state }, average: best, reasons };
}

export function sum(xs: number[]): number {
  let t = 0;
  for (const x of xs) t += x;
  return t;
}

export function summary(outcomes: Outcome[]): string {
  const names = outcomes.filter((o) => o.state === 'validated').map((o) => o.unit);
  return `${names.length}/${outcomes.length} validated: ${names.join(', ')}`;
}
