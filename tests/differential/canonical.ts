// Canonical JSON for comparing TS and PHP results: keys sorted, numbers as numbers (PHP may print 10.0),
// and an empty object equal to an empty list (PHP's [] cannot tell them apart; outputs never use objects as maps).
export function canonical(v: unknown): string {
  return JSON.stringify(norm(v));
}
function norm(v: unknown): unknown {
  if (Array.isArray(v)) return v.length === 0 ? [] : v.map(norm);
  if (v && typeof v === 'object') {
    const keys = Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined).sort();
    if (keys.length === 0) return [];
    const o: Record<string, unknown> = {};
    for (const k of keys) o[k] = norm((v as Record<string, unknown>)[k]);
    return o;
  }
  if (typeof v === 'number' && Object.is(v, -0)) return 0;
  return v;
}
