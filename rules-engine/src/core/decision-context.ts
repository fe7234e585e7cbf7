// The context of one decision (the programme, its indexes, the as-of date and deadline, the record's facts grouped by
// unit) and the small helpers every rule of decide.ts reads it with.
import type { ProgrammeT, UnitT } from '../schema/programme';
import type { RecordT } from '../schema/record';
import type { Reason, UnitDecision, UnitState } from './reasons';
import { PERCENT, POINT, scaled } from './exact';
import { indexOfId, type ProgrammeIndex } from './programme-index';

export type Activity = NonNullable<RecordT['activities']>[number];
export type Attestation = NonNullable<RecordT['attestations']>[number];
export type JuryDecision = NonNullable<RecordT['juryDecisions']>[number];
export type Exam = NonNullable<RecordT['exams']>[number];
export type Attendance = NonNullable<RecordT['attendance']>[number];
export type Placement = NonNullable<RecordT['placements']>[number];
export type Exemption = NonNullable<RecordT['exemptions']>[number];

export interface Ctx {
  programme: ProgrammeT;
  units: UnitT[];
  ix: ProgrammeIndex;
  asOf: string;
  deadline: string | null;
  /** Facts dated on or before this day count: asOf, or the deadline when it has passed. */
  limit: string;
  /** The rule that sets the deadline: /maxDurationMonths, or /validTo when it caps the deadline. */
  deadlinePath: string;
  expired: boolean;
  /** Per slot (by slotKey): 2 a counted activity passed it, 1 attempted without a pass, 0 nothing. */
  slotState: number[];
  /** Counted facts grouped by unit index (facts on unknown units are in no group). */
  attestations: Attestation[][];
  jury: JuryDecision[][];
  /** Jury decisions dated after the deadline (and on or before asOf), grouped by unit: reported as late. */
  juryLate: JuryDecision[][];
  exams: Exam[][];
  /** Per unit index: the latest attempt named by its attendance or exam facts (absent: 1). */
  attempts: number[];
  /** Per unit index: minutes absent in the latest attempt, and the unit's minutes when an attendance fact gives them. */
  absent: number[];
  given: number[];
  /** Per unit index: of those minutes absent, the justified ones (a rule with justified not-counted leaves them out). */
  justified: number[];
  /** Every attendance fact, for rules naming an id that is not a unit. */
  allAttendance: Attendance[];
  placements: Placement[];
  exemptions: Exemption[][];
}

export interface ReqResult {
  /** met | pending (nothing yet) | progress (some facts) | failed | barred */
  status: string;
  reason: Reason;
  /** A second reason shown after it (the programme's rounding of an average), or null. */
  note: Reason | null;
}

export function isDone(s: UnitState): boolean {
  return s === 'validated' || s === 'exempt';
}

/** A fact counts when dated on or before asOf and, when there is a deadline, on or before it: on or before `limit`. */
export function counts(at: string, limit: string): boolean {
  return !(at > limit);
}

export function slotPassed(programme: ProgrammeT, si: number, a: Activity): boolean {
  const passed = a.passed ?? null;
  if (passed !== null) {
    return passed;
  }
  const slot = si >= 0 ? (programme.slots ?? [])[si] ?? null : null;
  const grade = a.grade ?? null;
  const max = a.max ?? null;
  const passPercent = slot === null ? null : slot.passPercent ?? null;
  if (passPercent !== null && grade !== null && max !== null) {
    // grade / max >= passPercent / 100, on integers (hundred-thousandths of a point, hundredths of a percent).
    return scaled(grade, POINT) * 10000 >= scaled(passPercent, PERCENT) * scaled(max, POINT);
  }
  // No grade rule: Moodle's completion is the pass.
  return passPercent === null && a.completed;
}

export function unitPath(ctx: Ctx, i: number): string {
  return ctx.ix.paths[i] ?? '/units/' + i;
}

export function unitIndex(ctx: Ctx, id: string): number {
  return indexOfId(ctx.ix.unitAt, id);
}

/**
 * The one grouping of a record's facts by unit: appends to `into[i]` (i the index of the fact's unit; a group exists
 * only for a unit with such facts, readers take a missing one as empty) every fact dated after `after` (null: no
 * lower bound) and on or before `upTo`, in record order. Returns how many facts are in that window, facts naming an
 * unknown unit included (they make the record started, though no unit counts them).
 */
export function groupByUnit<F extends { unit: string; at: string }>(facts: F[], unitAt: Map<string, number>, after: string | null, upTo: string, into: F[][]): number {
  let n = 0;
  for (const a of facts) {
    if (!(a.at > upTo) && (after === null || a.at > after)) {
      n = n + 1;
      const ui = indexOfId(unitAt, a.unit);
      if (ui >= 0) {
        if ((into[ui] ?? null) === null) {
          into[ui] = [a];
        } else {
          (into[ui] as F[]).push(a);
        }
      }
    }
  }
  return n;
}

/** Built field by field: object spread is slow in V8's hot paths and this runs for every unit. */
export function unitDecision(u: UnitT, path: string, state: UnitState, reasons: Reason[]): UnitDecision {
  return { id: u.id, kind: u.kind, title: u.title, path: path, state: state, reasons: reasons };
}

/** The learner's latest attempt at unit i (attendance and exam facts; 1 when none says otherwise). */
export function latestAttempt(ctx: Ctx, i: number): number {
  return ctx.attempts[ctx.ix.first[i] ?? -1] ?? 1;
}
