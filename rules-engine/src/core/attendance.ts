// Attendance limits: the minutes a rule counts for a unit in the learner's latest attempt, whether it triggers, the
// share shown, and the reason when a unit is barred from its main session or défaillant.
import type { AttendanceRuleT, UnitT } from '../schema/programme';
import type { Reason } from './reasons';
import { MINUTE, PERCENT, mulDiv, scaled } from './exact';
import { unitIndex, type Ctx } from './decision-context';

/**
 * [minutes absent that the rule counts, minutes of the unit] in the learner's latest attempt at the unit, as whole
 * minutes: a rule whose justified is not-counted leaves the justified minutes out.
 */
function absenceOf(ctx: Ctx, rule: AttendanceRuleT, unitId: string): number[] {
  const notCounted = (rule.justified ?? 'counted') === 'not-counted';
  const ui = unitIndex(ctx, unitId);
  if (ui >= 0) {
    // Summed once per decision (decide): the rules ask for the same units many times.
    const all = ctx.absent[ui] ?? 0;
    return [notCounted ? all - (ctx.justified[ui] ?? 0) : all, ctx.given[ui] ?? ctx.ix.minutes[ui] ?? 0];
  }
  let absent = 0;
  let minutes = 0;
  for (const a of ctx.allAttendance) {
    if (a.unit === unitId && (a.attempt ?? 1) === 1) {
      absent = absent + scaled(a.hoursAbsent, MINUTE) - (notCounted ? scaled(a.hoursJustified ?? 0, MINUTE) : 0);
      const h = a.hours ?? null;
      if (h !== null) {
        minutes = scaled(h, MINUTE);
      }
    }
  }
  return [absent, minutes];
}

/** absent / total against the rule's threshold (hundredths of a percent), on integers: absent × 10000 > threshold × total (or >=). */
function triggers(rule: AttendanceRuleT, threshold: number, absent: number, total: number): boolean {
  if (total <= 0) {
    return false;
  }
  const lhs = absent * 10000;
  const rhs = threshold * total;
  return rule.strict ? lhs > rhs : lhs >= rhs;
}

/**
 * absent / total as a percent to the hundredth, rounded to the nearest (ties up) — except that a share above the
 * limit never reads as the limit itself (20.003 % over a 20 % limit shows 20.01 %).
 */
function percentShown(rule: AttendanceRuleT, absent: number, total: number): number {
  const qr = mulDiv(absent, 10000, total);
  const q = qr[0] as number;
  const rem = qr[1] as number;
  let shown = 2 * rem >= total ? q + 1 : q;
  const limit = scaled(rule.thresholdPercent, PERCENT);
  if (shown === limit && (q > limit || rem > 0)) {
    shown = limit + 1;
  }
  return shown / 100;
}

/** Attendance rules that hit unit u with the given effect; the first one in programme order. */
export function attendanceHit(ctx: Ctx, i: number, effect: string): Reason | null {
  const u = ctx.units[i] as UnitT;
  const rules = ctx.programme.attendance ?? [];
  // Only the rules that name the unit (prepare's index): the others cannot hit it.
  for (const k of ctx.ix.attendanceRules[i] as number[]) {
    const rule = rules[k] as AttendanceRuleT;
    const targets = rule.targets ?? null;
    let hit = false;
    let percent = 0;
    if (rule.effect !== effect) {
      // Another effect: handled by the other call.
    } else if (rule.scope === 'each-unit' && (targets === null || !targets.includes(u.id))) {
      // Per-unit rule on the unit itself: its own absences (a counted unit of a défaillant rule is défaillant too).
      const ah = absenceOf(ctx, rule, u.id);
      if (triggers(rule, ctx.ix.thresholds[k] as number, ah[0] as number, ah[1] as number)) {
        hit = true;
        percent = percentShown(rule, ah[0] as number, ah[1] as number);
      }
    } else if (rule.scope === 'each-unit') {
      // With targets: any counted unit over the limit hits the targets (the first one in the rule's order).
      for (const cu of rule.units) {
        if (!hit) {
          const ah = absenceOf(ctx, rule, cu);
          if (triggers(rule, ctx.ix.thresholds[k] as number, ah[0] as number, ah[1] as number)) {
            hit = true;
            percent = percentShown(rule, ah[0] as number, ah[1] as number);
          }
        }
      }
    } else {
      let absent = 0;
      let total = 0;
      for (const cu of rule.units) {
        const ah = absenceOf(ctx, rule, cu);
        absent = absent + (ah[0] as number);
        total = total + (ah[1] as number);
      }
      if (triggers(rule, ctx.ix.thresholds[k] as number, absent, total)) {
        hit = true;
        percent = percentShown(rule, absent, total);
      }
    }
    if (hit) {
      const params = { unit: u.id, rule: rule.id, absentPercent: percent, limit: rule.thresholdPercent };
      if (effect !== 'defaillant') {
        return { code: 'attendance_barred', path: '/attendance/' + k, params: params };
      }
      return (rule.redo ?? 'programme') === 'unit'
        ? { code: 'attendance_defaillant_unit', path: '/attendance/' + k, params: params }
        : { code: 'attendance_defaillant', path: '/attendance/' + k, params: params };
    }
  }
  return null;
}
