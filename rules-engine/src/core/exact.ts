// Exact arithmetic of the rules (FORMAT.md, "Numbers"): every decimal of a definition or a record is read as an
// integer count of a fixed unit — minutes for hours, hundredths of a percent for percents, hundred-thousandths for
// grades and marks — and thresholds and averages are compared on those integers, never on floats.
// JSON gives both languages the same double for a decimal (the nearest one); x * unit is within far less than half a
// unit of the decimal's exact multiple, so rounding it to the nearest integer gives that multiple exactly, in
// TypeScript and in PHP alike (same IEEE operations). Validation refuses a value with more decimals than its unit
// (too_many_decimals) or too large for the products below to stay under 2^53 (number_too_large), so nothing is
// rounded away.

/** Grades, maxima, scales and pass marks: hundred-thousandths (Moodle stores grades with five decimals). */
export const POINT = 100000;
/** Percents (thresholds, pass percents, weights): hundredths of a percent. */
export const PERCENT = 100;
/** Hours: minutes. */
export const MINUTE = 60;
/** Largest grade, mark or scale (points) and largest number of hours accepted. */
export const MAX_POINTS = 1000000;
export const MAX_HOURS = 1000000;
/** 2^52: a product a * b with a <= SAFE_PRODUCT / b (a float division, rounded) stays below 2^53, exact in a double. */
export const SAFE_PRODUCT = 4503599627370496;
/** Largest common multiple of an assessment's component maxima, in hundred-thousandths (keeps products < 2^53). */
export const MAX_LCM = 10000000000;

/** x as a whole number of 1/unit (x * unit rounded to the nearest integer). */
export function scaled(x: number, unit: number): number {
  return Math.floor(x * unit + 0.5);
}

/** True when x has no more decimals than 1/unit resolves (within the double's own error). */
export function isExact(x: number, unit: number): boolean {
  const v = x * unit;
  const n = Math.floor(v + 0.5);
  return Math.abs(v - n) <= 0.000000001 * Math.max(1, Math.abs(v));
}

/** Greatest common divisor of two non-negative integers. */
export function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** Least common multiple of two positive integers. */
export function lcm(a: number, b: number): number {
  return (a / gcd(a, b)) * b;
}

/**
 * [q, r] with q = floor(a * b / c) and r = a * b - q * c, exactly, for integers a, b >= 0 and 0 < c < 4.7e14, without
 * forming a * b (which may pass 2^53): a = qa * c + ra, then ra * b / c by long division over b's decimal digits.
 * The quotient itself must stay under 2^53.
 */
export function mulDiv(a: number, b: number, c: number): number[] {
  if (b === 0 || a <= SAFE_PRODUCT / b) {
    // The product is exact: one division, corrected when the float quotient lands on the wrong side.
    const p = a * b;
    let q0 = Math.floor(p / c);
    if (q0 * c > p) {
      q0 = q0 - 1;
    }
    if ((q0 + 1) * c <= p) {
      q0 = q0 + 1;
    }
    return [q0, p - q0 * c];
  }
  const ra = a % c;
  const qa = (a - ra) / c;
  const digits: number[] = [];
  let rest = b;
  while (rest > 0) {
    const d = rest % 10;
    digits.push(d);
    rest = (rest - d) / 10;
  }
  let q = 0;
  let r = 0;
  for (let k = digits.length - 1; k >= 0; k--) {
    // t < 19 c: one quotient digit 0..18, corrected when the float division lands on the wrong side.
    const t = r * 10 + ra * (digits[k] as number);
    let qd = Math.floor(t / c);
    if (qd * c > t) {
      qd = qd - 1;
    }
    if ((qd + 1) * c <= t) {
      qd = qd + 1;
    }
    q = q * 10 + qd;
    r = t - qd * c;
  }
  return [qa * b + q, r];
}

/** 10^k for k in 0..5. */
export function pow10(k: number): number {
  let out = 1;
  for (let i = 0; i < k; i++) {
    out = out * 10;
  }
  return out;
}

/**
 * The value q + rem / den (q, rem, den integers, 0 <= rem < den) rounded to a multiple of `unit`, in units:
 * `mode` down, up, half-up (ties up) or half-even (ties to the even multiple). Exact.
 */
export function roundTo(q: number, rem: number, den: number, unit: number, mode: string): number {
  const r2 = q % unit;
  const base = (q - r2) / unit;
  if ((r2 === 0 && rem === 0) || mode === 'down') {
    return base;
  }
  if (mode === 'up') {
    return base + 1;
  }
  // The fraction x = (r2 + rem / den) / unit against 1/2: 2 * r2 vs unit, then 2 * rem vs den at the boundary.
  let side = 0;
  if (2 * r2 > unit) {
    side = 1;
  } else if (2 * r2 + 2 <= unit) {
    side = -1;
  } else if (2 * r2 === unit) {
    side = rem === 0 ? 0 : 1;
  } else {
    side = 2 * rem === den ? 0 : (2 * rem > den ? 1 : -1);
  }
  if (side > 0) {
    return base + 1;
  }
  if (side < 0) {
    return base;
  }
  if (mode === 'half-even') {
    return base % 2 === 0 ? base : base + 1;
  }
  return base + 1;
}
