// Calendar dates as YYYY-MM-DD strings, without Date (the core is translated to PHP and must not read a clock).

const DIGITS = '0123456789';

function digitsToNumber(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const d = DIGITS.indexOf(s.slice(i, i + 1));
    if (d < 0) {
      return -1;
    }
    n = n * 10 + d;
  }
  return n;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) {
    return isLeapYear(y) ? 29 : 28;
  }
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** True when s is YYYY-MM-DD and the day exists (rejects 2029-02-30). */
export function isValidDate(s: string): boolean {
  if (s.length !== 10 || s.slice(4, 5) !== '-' || s.slice(7, 8) !== '-') {
    return false;
  }
  const y = digitsToNumber(s.slice(0, 4));
  const m = digitsToNumber(s.slice(5, 7));
  const d = digitsToNumber(s.slice(8, 10));
  if (y < 1 || m < 1 || m > 12 || d < 1) {
    return false;
  }
  return d <= daysInMonth(y, m);
}

function pad(n: number, width: number): string {
  let s = '' + n;
  while (s.length < width) {
    s = '0' + s;
  }
  return s;
}

/** Adds months; the day is clamped to the month's end (2026-03-31 + 11 months = 2027-02-28). */
export function addMonths(date: string, months: number): string {
  const y = digitsToNumber(date.slice(0, 4));
  const m = digitsToNumber(date.slice(5, 7));
  const d = digitsToNumber(date.slice(8, 10));
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  const nd = Math.min(d, daysInMonth(ny, nm));
  return pad(ny, 4) + '-' + pad(nm, 2) + '-' + pad(nd, 2);
}
