// decide(programme, record, asOf): the state of every unit and the overall verdict, each with its reasons.
// Pure: no clock, no I/O; facts dated after asOf (or after the deadline) are ignored. Written in the TS subset
// of rules-engine/SUBSET.md so that build/gen-php translates it to PHP.
// Speed: prepare(programme) builds the programme's indexes once (units and slots by id, children, sibling positions,
// requirement members, required slots per unit); decide takes it optionally and groups the record's facts by unit in
// one pass, so no rule scans the whole programme or record again.
import type { ProgrammeT, UnitT, RequirementT, AttendanceRuleT, SlotT } from '../schema/programme';
import type { RecordT } from '../schema/record';
import type { Decision, NextStep, Reason, UnitDecision, UnitState, VerdictCode } from './reasons';
import { addMonths } from './dates';
import { MINUTE, PERCENT, POINT, gcd, lcm, mulDiv, pow10, roundTo, scaled } from './exact';

type Activity = NonNullable<RecordT['activities']>[number];
type Attestation = NonNullable<RecordT['attestations']>[number];
type JuryDecision = NonNullable<RecordT['juryDecisions']>[number];
type Exam = NonNullable<RecordT['exams']>[number];
type Attendance = NonNullable<RecordT['attendance']>[number];
type Placement = NonNullable<RecordT['placements']>[number];
type Exemption = NonNullable<RecordT['exemptions']>[number];

/**
 * Indexes of a programme, built once by prepare() and shared by every decision on it. Maps are keyed with a prefix
 * (unit id, slot id) so no id can meet an Object prototype key or become an int key in PHP.
 * With duplicate ids (rejected by validation) the first unit or slot wins, as a linear search would find it.
 */
export interface ProgrammeIndex {
  /** Unit index by unit id (the first unit of that id). */
  unitAt: Map<string, number>;
  /** Slot index by slot id (the first slot of that id). */
  slotAt: Map<string, number>;
  /** Index of the first unit with the same id (itself, unless ids are duplicated): facts are grouped under it. */
  first: number[];
  /** Parent's index, -1 for a top-level unit (or an unknown parent). */
  parent: number[];
  /** Children of the unit's id, in programme order. */
  children: number[][];
  /** Position among the parent's children, -1 for a top-level unit. */
  siblingPos: number[];
  /** Per unit, per prerequisite: the prerequisite's index or -1 when unknown. */
  prereqs: number[][];
  /** Per unit, per requirement: the units of an all-of / n-of (membersOf), empty for other kinds. */
  members: number[][][];
  /** Per unit: indexes of the required slots counted for it, in slot order. */
  requiredSlots: number[][];
  /** Per slot: the index of the first slot with its id (facts name slots by id). */
  slotKey: number[];
  paths: string[];
  /** Per unit, per requirement: its JSON pointer. */
  requirementPaths: string[][];
  /** Units required for certification, in programme order. */
  certification: number[];
  /** Per unit: the attendance rules (indexes, programme order) that name it, in `targets` or else in `units`. */
  attendanceRules: number[][];
  /**
   * Per unit, per requirement: for an assessment, its exact-average constants (assessmentConstants), else [].
   * Computed once: the average of a session is then one product per component and one division.
   */
  assessments: number[][][];
  /** Per unit: its hours in minutes (0 when not given). */
  minutes: number[];
  /** Per attendance rule: its threshold in hundredths of a percent. */
  thresholds: number[];
}

/**
 * An assessment's constants for its exact average: [denominator, scale numerator, pass mark in hundred-thousandths,
 * then per component weight (hundredths of a percent) × L / max (L the common multiple of the maxima)]. The average
 * in hundred-thousandths of a point is numerator × Σ coefficientᵢ × gradeᵢ / denominator, with scale / (10000 × L)
 * reduced (usually to 1 / 10000: scale 20, maxima 20), so that the product stays small.
 */
function assessmentConstants(req: Extract<RequirementT, { kind: 'assessment' }>): number[] {
  let l = 1;
  for (const c of req.components) {
    l = lcm(l, scaled(c.max, POINT));
  }
  const s = scaled(req.scale, POINT);
  const g = gcd(s, 10000 * l);
  const out: number[] = [(10000 * l) / g, s / g, scaled(req.passMark, POINT)];
  for (const c of req.components) {
    out.push(scaled(c.weight, PERCENT) * (l / scaled(c.max, POINT)));
  }
  return out;
}

interface Ctx {
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

interface ReqResult {
  /** met | pending (nothing yet) | progress (some facts) | failed | barred */
  status: string;
  reason: Reason;
  /** A second reason shown after it (the programme's rounding of an average), or null. */
  note: Reason | null;
}

/** Order of states used by the monotonicity property: a passing fact never lowers a unit's rank. */
export function stateRank(s: UnitState): number {
  if (s === 'validated' || s === 'exempt') {
    return 3;
  }
  if (s === 'in_progress') {
    return 2;
  }
  if (s === 'open' || s === 'barred') {
    return 1;
  }
  return 0;
}

function isDone(s: UnitState): boolean {
  return s === 'validated' || s === 'exempt';
}

/** A fact counts when dated on or before asOf and, when there is a deadline, on or before it: on or before `limit`. */
function counts(at: string, limit: string): boolean {
  return !(at > limit);
}

function slotPassed(programme: ProgrammeT, si: number, a: Activity): boolean {
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

function unitPath(ctx: Ctx, i: number): string {
  return ctx.ix.paths[i] ?? '/units/' + i;
}

function unitIndex(ctx: Ctx, id: string): number {
  return indexOfId(ctx.ix.unitAt, id);
}

/** at's index for id, or -1 when absent. One expression, so the PHP generator inlines it (it runs for every fact). */
function indexOfId(at: Map<string, number>, id: string): number {
  return at.get(id) ?? -1;
}

/**
 * The one grouping of a record's facts by unit: appends to `into[i]` (i the index of the fact's unit; a group exists
 * only for a unit with such facts, readers take a missing one as empty) every fact dated after `after` (null: no
 * lower bound) and on or before `upTo`, in record order. Returns how many facts are in that window, facts naming an
 * unknown unit included (they make the record started, though no unit counts them).
 */
function groupByUnit<F extends { unit: string; at: string }>(facts: F[], unitAt: Map<string, number>, after: string | null, upTo: string, into: F[][]): number {
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

/** Members of an all-of / n-of requirement (non-optional children when not listed). */
function membersFor(units: UnitT[], unitAt: Map<string, number>, children: number[], req: RequirementT): number[] {
  // Loops, not map/filter callbacks: prepare runs once per programme on a server, but once per learner for a
  // one-off decision, and PHP pays a closure call per element.
  const out: number[] = [];
  if (req.kind === 'n-of' || req.kind === 'all-of') {
    const listed = req.units ?? null;
    if (listed !== null) {
      for (const id of listed) {
        const c = indexOfId(unitAt, id);
        if (c >= 0) {
          out.push(c);
        }
      }
    } else {
      for (const c of children) {
        if (!((units[c] as UnitT).optional ?? false)) {
          out.push(c);
        }
      }
    }
  }
  return out;
}
export function prepare(programme: ProgrammeT): ProgrammeIndex {
  const units = programme.units;
  const slots = programme.slots ?? [];
  const unitAt = new Map<string, number>();
  for (let i = 0; i < units.length; i++) {
    const key = (units[i] as UnitT).id;
    if (indexOfId(unitAt, key) < 0) {
      unitAt.set(key, i);
    }
  }
  const slotAt = new Map<string, number>();
  const slotKey: number[] = [];
  for (let k = 0; k < slots.length; k++) {
    const key = (slots[k] as SlotT).id;
    if (indexOfId(slotAt, key) < 0) {
      slotAt.set(key, k);
    }
    slotKey.push(indexOfId(slotAt, key));
  }
  // Children and required slots are gathered under the first unit of each id, then shared by its duplicates.
  const parent: number[] = [];
  const siblingPos: number[] = [];
  const childrenByFirst: number[][] = units.map(() => []);
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as UnitT;
    const pi = u.parent === null ? -1 : indexOfId(unitAt, u.parent);
    parent.push(pi);
    if (pi >= 0) {
      siblingPos.push((childrenByFirst[pi] as number[]).length);
      (childrenByFirst[pi] as number[]).push(i);
    } else {
      siblingPos.push(-1);
    }
  }
  const slotsByFirst: number[][] = units.map(() => []);
  for (let k = 0; k < slots.length; k++) {
    const s = slots[k] as SlotT;
    const ui = indexOfId(unitAt, s.unit);
    if (s.required && ui >= 0) {
      (slotsByFirst[ui] as number[]).push(k);
    }
  }
  const first: number[] = [];
  const children: number[][] = [];
  const requiredSlots: number[][] = [];
  const prereqs: number[][] = [];
  const members: number[][][] = [];
  const paths: string[] = [];
  const requirementPaths: string[][] = [];
  const rules = programme.attendance ?? [];
  const attendanceRules: number[][] = [];
  const assessments: number[][][] = [];
  const minutes: number[] = [];
  const thresholds: number[] = [];
  for (const rule of rules) {
    thresholds.push(scaled(rule.thresholdPercent, PERCENT));
  }
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as UnitT;
    const fi = indexOfId(unitAt, u.id);
    first.push(fi);
    const kids = childrenByFirst[fi] as number[];
    children.push(kids);
    requiredSlots.push(slotsByFirst[fi] as number[]);
    const unitPrereqs: number[] = [];
    for (const id of u.prerequisites ?? []) {
      unitPrereqs.push(indexOfId(unitAt, id));
    }
    prereqs.push(unitPrereqs);
    const path = '/units/' + i;
    paths.push(path);
    const unitMembers: number[][] = [];
    const unitRequirementPaths: string[] = [];
    const unitAssessments: number[][] = [];
    for (let k = 0; k < u.requirements.length; k++) {
      const req = u.requirements[k] as RequirementT;
      unitMembers.push(membersFor(units, unitAt, kids, req));
      unitRequirementPaths.push(path + '/requirements/' + k);
      unitAssessments.push(req.kind === 'assessment' ? assessmentConstants(req) : []);
    }
    members.push(unitMembers);
    assessments.push(unitAssessments);
    minutes.push(scaled(u.hours ?? 0, MINUTE));
    requirementPaths.push(unitRequirementPaths);
    const rulesOfUnit: number[] = [];
    for (let k = 0; k < rules.length; k++) {
      const rule = rules[k] as AttendanceRuleT;
      const targets = rule.targets ?? null;
      // A unit counted by a per-unit défaillant rule is défaillant itself too (even when the rule targets others).
      if (targets === null ? rule.units.includes(u.id)
        : targets.includes(u.id) || (rule.effect === 'defaillant' && rule.scope === 'each-unit' && rule.units.includes(u.id))) {
        rulesOfUnit.push(k);
      }
    }
    attendanceRules.push(rulesOfUnit);
  }
  const topIds: string[] = [];
  for (const u of units) {
    if (u.parent === null && !(u.optional ?? false)) {
      topIds.push(u.id);
    }
  }
  const certIds = programme.certification.units ?? topIds;
  const certification: number[] = [];
  for (let i = 0; i < units.length; i++) {
    if (certIds.includes((units[i] as UnitT).id)) {
      certification.push(i);
    }
  }
  return {
    unitAt: unitAt, slotAt: slotAt, first: first, parent: parent, children: children, siblingPos: siblingPos, prereqs: prereqs,
    members: members, requiredSlots: requiredSlots, slotKey: slotKey, paths: paths, attendanceRules: attendanceRules,
    requirementPaths: requirementPaths, certification: certification, assessments: assessments,
    minutes: minutes, thresholds: thresholds,
  };
}

/** Built field by field: object spread is slow in V8's hot paths and this runs for every unit. */
function unitDecision(u: UnitT, path: string, state: UnitState, reasons: Reason[]): UnitDecision {
  return { id: u.id, kind: u.kind, title: u.title, path: path, state: state, reasons: reasons };
}

/** Not yet known in this pass of the fixpoint (a dependency is still undecided). */
interface Lock {
  ready: boolean;
  reason: Reason | null;
}

const NOT_READY: Lock = { ready: false, reason: null };
const NO_LOCK: Lock = { ready: true, reason: null };

/** Why unit i is locked (parent locked, previous level not validated, a prerequisite missing), once its inputs are known. */
function tryLock(ctx: Ctx, i: number, locks: Lock[], states: (UnitDecision | null)[]): Lock {
  const u = ctx.units[i] as UnitT;
  const pi = ctx.ix.parent[i] ?? -1;
  if (pi >= 0) {
    const parentLock = locks[pi] as Lock;
    if (!parentLock.ready) {
      return NOT_READY;
    }
    if (parentLock.reason !== null) {
      return { ready: true, reason: { code: 'locked_by_parent', path: unitPath(ctx, i), params: { unit: u.id, parent: u.parent ?? '' } } };
    }
    const parent = ctx.units[pi] as UnitT;
    if ((parent.gating ?? 'none') === 'sequential') {
      const pos = ctx.ix.siblingPos[i] ?? -1;
      if (pos > 0) {
        const prev = (ctx.ix.children[pi] as number[])[pos - 1] as number;
        const prevDecision = states[prev] ?? null;
        if (prevDecision === null) {
          return NOT_READY;
        }
        if (!isDone(prevDecision.state)) {
          return {
            ready: true,
            reason: {
              code: 'locked_by_level', path: unitPath(ctx, pi) + '/gating',
              params: { unit: u.id, previous: prevDecision.id, previousState: prevDecision.state },
            },
          };
        }
      }
    }
  }
  const prereqs = u.prerequisites ?? [];
  const prereqIndexes = ctx.ix.prereqs[i] as number[];
  for (let k = 0; k < prereqs.length; k++) {
    const id = prereqs[k] as string;
    const qi = prereqIndexes[k] ?? -1;
    if (qi >= 0) {
      const q = states[qi] ?? null;
      if (q === null) {
        return NOT_READY;
      }
      if (!isDone(q.state)) {
        return {
          ready: true,
          reason: {
            code: 'locked_by_prerequisite', path: unitPath(ctx, i) + '/prerequisites/' + k,
            params: { unit: u.id, prerequisite: id, prerequisiteState: q.state },
          },
        };
      }
    }
  }
  return NO_LOCK;
}

/** Exemption of unit i: its own exemption, or a placement at a later level of the same gated parent. */
function exemptionOf(ctx: Ctx, i: number): Reason | null {
  const u = ctx.units[i] as UnitT;
  // Earliest-dated fact first so the result does not depend on the order of facts.
  let best: Exemption | null = null;
  for (const e of ctx.exemptions[ctx.ix.first[i] ?? -1] ?? []) {
    if ((best === null || e.at < best.at || (e.at === best.at && e.id < best.id))) {
      best = e;
    }
  }
  if (best !== null) {
    return { code: 'exempt_by_exemption', path: unitPath(ctx, i), params: { unit: u.id, basis: best.basis, by: best.by, at: best.at } };
  }
  if (u.parent === null) {
    return null;
  }
  const pi = ctx.ix.parent[i] ?? -1;
  const parent = pi >= 0 ? ctx.units[pi] as UnitT : null;
  if (parent === null || (parent.gating ?? 'none') !== 'sequential') {
    return null;
  }
  const pos = ctx.ix.siblingPos[i] ?? -1;
  let placed: Placement | null = null;
  for (const p of ctx.placements) {
    const qi = unitIndex(ctx, p.unit);
    // Position of the placed level among the same parent's children (-1 elsewhere).
    const qpos = qi >= 0 && ctx.ix.parent[qi] === pi ? ctx.ix.siblingPos[qi] ?? -1 : -1;
    if (qpos > pos && (placed === null || p.at < placed.at || (p.at === placed.at && p.id < placed.id))) {
      placed = p;
    }
  }
  if (placed === null) {
    return null;
  }
  return {
    code: 'exempt_by_placement', path: unitPath(ctx, i),
    params: { unit: u.id, placedAt: placed.unit, basis: placed.basis, by: placed.by, at: placed.at },
  };
}

/** The learner's latest attempt at unit i (attendance and exam facts; 1 when none says otherwise). */
function latestAttempt(ctx: Ctx, i: number): number {
  return ctx.attempts[ctx.ix.first[i] ?? -1] ?? 1;
}

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
function attendanceHit(ctx: Ctx, i: number, effect: string): Reason | null {
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

/** Grade of a component in a session of the given attempt: the latest dated, the highest on the same day (order-independent). */
function examGrade(ctx: Ctx, i: number, component: string, session: string, attempt: number): number | null {
  let best: Exam | null = null;
  for (const e of ctx.exams[ctx.ix.first[i] ?? -1] ?? []) {
    if (e.component === component && e.session === session && (e.attempt ?? 1) === attempt) {
      if (best === null || e.at > best.at || (e.at === best.at && e.grade > best.grade)) {
        best = e;
      }
    }
  }
  return best === null ? null : best.grade;
}

type Assessment = Extract<RequirementT, { kind: 'assessment' }>;

/**
 * The weighted average of one session, exactly: [missing count, shown average, passed (1/0), exact average shown
 * truncated]. With the constants prepared once (assessmentConstants): N = Σ coefficientᵢ × gradeᵢ (grades in
 * hundred-thousandths), and the average in hundred-thousandths of a point is ⌊numerator × N / denominator⌋, taken by
 * exact division (mulDiv). Without a rounding rule the exact average is compared with the pass mark and shown
 * truncated to five decimals (never above its value); with one, the average is rounded as the definition says.
 */
function sessionAverage(ctx: Ctx, i: number, k: number, req: Assessment, resit: boolean, attempt: number, missing: string[]): number[] {
  const constants = (ctx.ix.assessments[i] as number[][])[k] as number[];
  let n = 0;
  for (let m = 0; m < req.components.length; m++) {
    const c = req.components[m] as Assessment['components'][number];
    const g = resit && c.resit ? examGrade(ctx, i, c.id, 'resit', attempt) : examGrade(ctx, i, c.id, 'main', attempt);
    if (g === null) {
      missing.push(c.id);
    } else {
      n = n + (constants[m + 3] as number) * scaled(g, POINT);
    }
  }
  const den = constants[0] as number;
  const qr = mulDiv(constants[1] as number, n, den);
  const q = qr[0] as number;
  const exact = q / POINT;
  const rounding = req.rounding ?? null;
  const passMark = constants[2] as number;
  if (rounding === null) {
    return [missing.length, exact, q >= passMark ? 1 : 0, exact];
  }
  const unit = pow10(5 - rounding.decimals);
  const r = roundTo(q, qr[1] as number, den, unit, rounding.mode);
  return [missing.length, r / pow10(rounding.decimals), r * unit >= passMark ? 1 : 0, exact];
}

/** The programme's rounding, said next to the assessment's reason; null when the definition declares none. */
function roundingNote(u: UnitT, req: Assessment, path: string, session: string, avg: number[]): Reason | null {
  const rounding = req.rounding ?? null;
  if (rounding === null) {
    return null;
  }
  return {
    code: 'assessment_rounded', path: path + '/rounding',
    params: { unit: u.id, session: session, exact: avg[3] as number, average: avg[1] as number, decimals: rounding.decimals, mode: rounding.mode },
  };
}

function evalAssessment(ctx: Ctx, i: number, k: number, req: Assessment, path: string, barred: Reason | null): ReqResult {
  const u = ctx.units[i] as UnitT;
  const attempt = latestAttempt(ctx, i);
  const mainMissing: string[] = [];
  const main = sessionAverage(ctx, i, k, req, false, attempt, mainMissing);
  const mainAvg = main[1] as number;
  if (barred === null) {
    if (mainMissing.length > 0) {
      return {
        status: mainMissing.length < req.components.length ? 'progress' : 'pending',
        reason: { code: 'assessment_pending', path: path, params: { unit: u.id, session: 'main', missing: mainMissing } },
        note: null,
      };
    }
    if (main[2] === 1) {
      return {
        status: 'met', reason: { code: 'assessment_passed', path: path, params: { unit: u.id, session: 'main', average: mainAvg, passMark: req.passMark, scale: req.scale } },
        note: roundingNote(u, req, path, 'main', main),
      };
    }
    if (!req.resit) {
      return {
        status: 'failed', reason: { code: 'assessment_failed', path: path, params: { unit: u.id, session: 'main', average: mainAvg, passMark: req.passMark, scale: req.scale } },
        note: roundingNote(u, req, path, 'main', main),
      };
    }
  } else if (!req.resit) {
    return { status: 'failed', reason: barred, note: null };
  }
  // Resit (rattrapage): same weights; components not re-sat keep their main-session grade.
  const resitMissing: string[] = [];
  const resit = sessionAverage(ctx, i, k, req, true, attempt, resitMissing);
  if (resitMissing.length > 0) {
    if (barred !== null) {
      return { status: 'barred', reason: barred, note: null };
    }
    return {
      status: 'progress', reason: { code: 'assessment_main_below', path: path, params: { unit: u.id, average: mainAvg, passMark: req.passMark, scale: req.scale } },
      note: roundingNote(u, req, path, 'main', main),
    };
  }
  const resitAvg = resit[1] as number;
  if (resit[2] === 1) {
    return {
      status: 'met', reason: { code: 'assessment_passed', path: path, params: { unit: u.id, session: 'resit', average: resitAvg, passMark: req.passMark, scale: req.scale } },
      note: roundingNote(u, req, path, 'resit', resit),
    };
  }
  return {
    status: 'failed', reason: { code: 'assessment_failed', path: path, params: { unit: u.id, session: 'resit', average: resitAvg, passMark: req.passMark, scale: req.scale } },
    note: roundingNote(u, req, path, 'resit', resit),
  };
}

/**
 * Distinct leads who signed an attestation: who recorded it and its co-signers whose signature counts (dated on or
 * before `limit`); the same person twice counts once.
 */
function signersOf(a: Attestation, limit: string): number {
  const names: string[] = [a.by];
  for (const c of a.cosignatures ?? []) {
    if (counts(c.at, limit) && !names.includes(c.by)) {
      names.push(c.by);
    }
  }
  return names.length;
}

function juryRank(d: string): number {
  return d === 'accepted' ? 2 : d === 'deferred' ? 1 : 0;
}

function evalJury(ctx: Ctx, i: number, req: Extract<RequirementT, { kind: 'jury' }>, path: string): ReqResult {
  const u = ctx.units[i] as UnitT;
  const passMark = req.passMark ?? null;
  let best: JuryDecision | null = null;
  // Submissions decided: accepted or rejected (a grade below the pass mark is a rejection); deferred is not a decision.
  let submissions = 0;
  for (const j of ctx.jury[ctx.ix.first[i] ?? -1] ?? []) {
    if ((best === null || j.at > best.at || (j.at === best.at && juryRank(j.decision) > juryRank(best.decision)))) {
      best = j;
    }
    if (j.decision !== 'deferred') {
      submissions = submissions + 1;
    }
  }
  const grade = best === null ? null : best.grade ?? null;
  const below = passMark !== null && (grade === null || scaled(grade, POINT) < scaled(passMark, POINT));
  if (best !== null && best.decision === 'accepted' && !below) {
    return { status: 'met', reason: { code: 'jury_accepted', path: path, params: { unit: u.id, grade: grade ?? 0, by: best.by, at: best.at } }, note: null };
  }
  // A decision dated after the deadline exists: say so rather than "awaiting the jury".
  let late: JuryDecision | null = null;
  for (const j of ctx.juryLate[ctx.ix.first[i] ?? -1] ?? []) {
    if (late === null || j.at > late.at || (j.at === late.at && juryRank(j.decision) > juryRank(late.decision))) {
      late = j;
    }
  }
  if (late !== null) {
    return {
      status: 'progress', note: null,
      reason: { code: 'jury_late', path: path, params: { unit: u.id, by: late.by, at: late.at, deadline: ctx.deadline ?? '' } },
    };
  }
  if (best === null) {
    return { status: 'pending', reason: { code: 'jury_pending', path: path, params: { unit: u.id } }, note: null };
  }
  if (best.decision === 'deferred') {
    return { status: 'progress', reason: { code: 'jury_deferred', path: path, params: { unit: u.id, by: best.by, at: best.at } }, note: null };
  }
  // Rejected (or graded below the pass mark): final only when the definition limits submissions and they are used up;
  // otherwise the dossier may be revised and submitted again until the deadline.
  const maxSubmissions = req.maxSubmissions ?? null;
  if (maxSubmissions !== null && submissions >= maxSubmissions) {
    return {
      status: 'failed', note: null,
      reason: { code: 'jury_submissions_exhausted', path: path + '/maxSubmissions', params: { unit: u.id, submissions: submissions, max: maxSubmissions, by: best.by, at: best.at } },
    };
  }
  if (best.decision === 'rejected') {
    return { status: 'progress', reason: { code: 'jury_rejected', path: path, params: { unit: u.id, by: best.by, at: best.at, deadline: ctx.deadline ?? '—' } }, note: null };
  }
  return {
    status: 'progress', note: null,
    reason: { code: 'jury_grade_below', path: path, params: { unit: u.id, grade: grade ?? 0, passMark: passMark ?? 0, by: best.by, at: best.at, deadline: ctx.deadline ?? '—' } },
  };
}

function evalRequirement(ctx: Ctx, i: number, k: number, req: RequirementT, path: string, states: (UnitDecision | null)[], barred: Reason | null): ReqResult {
  const u = ctx.units[i] as UnitT;
  if (req.kind === 'all-of' || req.kind === 'n-of') {
    const members = (ctx.ix.members[i] as number[][])[k] as number[];
    let done = 0;
    let started = 0;
    const missing: string[] = [];
    // Loop-invariant reads taken out of the loops here and below: PHP does not hoist them itself.
    const units = ctx.units;
    for (const c of members) {
      const m = states[c] ?? null;
      const s = m === null ? 'open' : m.state;
      if (isDone(s)) {
        done = done + 1;
      } else {
        missing.push((units[c] as UnitT).id);
        if (s === 'in_progress' || s === 'barred' || s === 'failed') {
          started = started + 1;
        }
      }
    }
    const need = req.kind === 'n-of' ? req.n : members.length;
    const progress = done > 0 || started > 0 ? 'progress' : 'pending';
    if (req.kind === 'n-of') {
      return done >= need
        ? { status: 'met', reason: { code: 'choice_met', path: path, params: { unit: u.id, validated: done, n: need } }, note: null }
        : { status: progress, reason: { code: 'choice_pending', path: path, params: { unit: u.id, validated: done, n: need, options: missing } }, note: null };
    }
    return done >= need
      ? { status: 'met', reason: { code: 'children_met', path: path, params: { unit: u.id, validated: done, total: need } }, note: null }
      : { status: progress, reason: { code: 'children_pending', path: path, params: { unit: u.id, validated: done, total: need, missing: missing } }, note: null };
  }
  if (req.kind === 'activities') {
    let total = 0;
    let passed = 0;
    let attempted = 0;
    const missing: string[] = [];
    const slots = ctx.programme.slots ?? [];
    const slotKey = ctx.ix.slotKey;
    const slotState = ctx.slotState;
    for (const k2 of ctx.ix.requiredSlots[i] as number[]) {
      const key = slotKey[k2] ?? -1;
      total = total + 1;
      const state = slotState[key] ?? 0;
      if (state === 2) {
        passed = passed + 1;
      } else {
        missing.push((slots[k2] as SlotT).id);
        if (state === 1) {
          attempted = attempted + 1;
        }
      }
    }
    if (passed === total) {
      return { status: 'met', reason: { code: 'activities_met', path: path, params: { unit: u.id, passed: passed, total: total } }, note: null };
    }
    return {
      status: passed > 0 || attempted > 0 ? 'progress' : 'pending',
      reason: { code: 'activities_pending', path: path, params: { unit: u.id, passed: passed, total: total, missing: missing } },
      note: null,
    };
  }
  if (req.kind === 'attestation') {
    // A passed attestation signed by enough distinct leads wins (earliest); then a pass still awaiting its
    // co-signatures (earliest); otherwise the latest unsuccessful one is reported.
    const required = req.signers ?? 1;
    let pass: Attestation | null = null;
    let awaiting: Attestation | null = null;
    let awaitingSigners = 0;
    let other: Attestation | null = null;
    for (const a of ctx.attestations[ctx.ix.first[i] ?? -1] ?? []) {
      if (a.result === 'passed') {
        const signers = required > 1 ? signersOf(a, ctx.limit) : 1;
        if (signers >= required) {
          if (pass === null || a.at < pass.at || (a.at === pass.at && a.id < pass.id)) {
            pass = a;
          }
        } else if (awaiting === null || a.at < awaiting.at || (a.at === awaiting.at && a.id < awaiting.id)) {
          awaiting = a;
          awaitingSigners = signers;
        }
      } else if (other === null || a.at > other.at || (a.at === other.at && a.id > other.id)) {
        other = a;
      }
    }
    if (pass !== null) {
      return { status: 'met', reason: { code: 'attestation_passed', path: path, params: { unit: u.id, session: pass.session, by: pass.by, at: pass.at } }, note: null };
    }
    if (awaiting !== null) {
      return {
        status: 'progress', note: null,
        reason: {
          code: 'attestation_awaiting_cosign', path: path + '/signers',
          params: { unit: u.id, session: awaiting.session, by: awaiting.by, at: awaiting.at, signers: awaitingSigners, required: required },
        },
      };
    }
    if (other !== null) {
      return {
        status: 'progress',
        reason: { code: 'attestation_not_passed', path: path, params: { unit: u.id, session: other.session, result: other.result, by: other.by, at: other.at } },
        note: null,
      };
    }
    return { status: 'pending', reason: { code: 'attestation_missing', path: path, params: { unit: u.id } }, note: null };
  }
  if (req.kind === 'assessment') {
    return evalAssessment(ctx, i, k, req, path, barred);
  }
  return evalJury(ctx, i, req, path);
}

/** The decision on unit i, or null while a unit it depends on is still undecided. */
function tryState(ctx: Ctx, i: number, lockState: Lock, states: (UnitDecision | null)[]): UnitDecision | null {
  // Wait until the inputs are known (parent's lock, previous level, prerequisites, all-of/n-of members).
  if (!lockState.ready) {
    return null;
  }
  for (const members of ctx.ix.members[i] as number[][]) {
    for (const c of members) {
      if ((states[c] ?? null) === null) {
        return null;
      }
    }
  }
  const u = ctx.units[i] as UnitT;
  const path = unitPath(ctx, i);
  // Exemptions and placements are rare, attendance rules name few units: skip the calls when nothing can apply
  // (PHP pays for every call).
  const exempt = ctx.placements.length === 0 && (ctx.exemptions[ctx.ix.first[i] ?? -1] ?? null) === null ? null : exemptionOf(ctx, i);
  if (exempt !== null) {
    return unitDecision(u, path, 'exempt', [exempt]);
  }
  const attendanceNamed = (ctx.ix.attendanceRules[i] as number[]).length > 0;
  // Défaillant is a fact about the learner: it wins over a lock (nothing can be sat, not even later).
  const defaillant = attendanceNamed ? attendanceHit(ctx, i, 'defaillant') : null;
  if (defaillant !== null) {
    return unitDecision(u, path, 'defaillant', [defaillant]);
  }
  if (lockState.reason !== null) {
    return unitDecision(u, path, 'locked', [lockState.reason]);
  }
  const barred = attendanceNamed ? attendanceHit(ctx, i, 'bar-main-session') : null;
  const reasons: Reason[] = [];
  let allMet = true;
  let anyFailed = false;
  let anyBarred = false;
  let anyProgress = false;
  for (let k = 0; k < u.requirements.length; k++) {
    const r = evalRequirement(ctx, i, k, u.requirements[k] as RequirementT, (ctx.ix.requirementPaths[i] as string[])[k] as string, states, barred);
    reasons.push(r.reason);
    if (r.note !== null) {
      reasons.push(r.note);
    }
    if (r.status !== 'met') {
      allMet = false;
    }
    if (r.status === 'failed') {
      anyFailed = true;
    }
    if (r.status === 'barred') {
      anyBarred = true;
    }
    if (r.status === 'met' || r.status === 'progress') {
      anyProgress = true;
    }
  }
  if (u.requirements.length === 0 && barred !== null) {
    // Attendance rules apply to content-only units too: over the limit, the unit is not validated.
    return unitDecision(u, path, 'barred', [barred]);
  }
  if (u.requirements.length === 0) {
    // Content only (e.g. the CEC's seminar modules): nothing to assess, so the open unit counts as done — said so,
    // rather than shown validated with no reason.
    return unitDecision(u, path, 'validated', [{ code: 'content_only', path: path + '/requirements', params: { unit: u.id } }]);
  }
  if (allMet) {
    return unitDecision(u, path, 'validated', reasons);
  }
  if (anyFailed) {
    return unitDecision(u, path, 'failed', reasons);
  }
  if (ctx.expired) {
    return unitDecision(u, path, 'expired', [{ code: 'deadline_passed', path: ctx.deadlinePath, params: { deadline: ctx.deadline ?? '', asOf: ctx.asOf } } as Reason].concat(reasons));
  }
  if (anyBarred && barred !== null) {
    // The assessment's own reason already names the attendance rule that bars the main session.
    return unitDecision(u, path, 'barred', reasons);
  }
  return unitDecision(u, path, anyProgress ? 'in_progress' : 'open', reasons);
}

function nextStep(units: UnitDecision[], ctx: Ctx): NextStep | null {
  // Options of a choice (n-of) already satisfied are not proposed: the learner chose the others.
  const skip: boolean[] = units.map(() => false);
  for (let j = 0; j < units.length; j++) {
    const reqs = (ctx.units[j] as UnitT).requirements;
    for (let k = 0; k < reqs.length; k++) {
      const req = reqs[k] as RequirementT;
      if (req.kind === 'n-of') {
        const members = (ctx.ix.members[j] as number[][])[k] as number[];
        let done = 0;
        for (const c of members) {
          if (isDone((units[c] as UnitDecision).state)) {
            done = done + 1;
          }
        }
        if (done >= req.n) {
          for (const c of members) {
            skip[c] = true;
          }
        }
      }
    }
  }
  // A module to redo with the next cohort comes first: the programme goes on, but nothing replaces that module.
  for (let j = 0; j < units.length; j++) {
    const d = units[j] as UnitDecision;
    if (!(skip[j] ?? false) && d.state === 'defaillant' && (d.reasons[0] as Reason).code === 'attendance_defaillant_unit') {
      return { unit: d.id, path: d.path, reason: d.reasons[0] as Reason };
    }
  }
  // Otherwise the first open unit, in programme order, whose first unmet reason is something the learner can act on.
  for (let j = 0; j < units.length; j++) {
    const d = units[j] as UnitDecision;
    if (!(skip[j] ?? false) && (d.state === 'open' || d.state === 'in_progress' || d.state === 'barred')) {
      for (const r of d.reasons) {
        if (r.code === 'activities_pending' || r.code === 'attestation_missing' || r.code === 'attestation_not_passed'
          || r.code === 'attestation_awaiting_cosign'
          || r.code === 'assessment_pending' || r.code === 'assessment_main_below' || r.code === 'jury_pending'
          || r.code === 'jury_deferred' || r.code === 'jury_rejected' || r.code === 'jury_grade_below'
          || r.code === 'attendance_barred') {
          return { unit: d.id, path: d.path, reason: r };
        }
      }
    }
  }
  return null;
}

/**
 * The decision on one learner. `index` is prepare(programme), to build once when deciding many records on the same
 * programme; without it decide prepares it itself (same result).
 */
export function decide(programme: ProgrammeT, record: RecordT, asOf: string, index?: ProgrammeIndex | null): Decision {
  const ix = index ?? prepare(programme);
  const months = programme.maxDurationMonths ?? null;
  const byDuration = months === null ? null : addMonths(record.enrolment.start, months);
  // validTo is the edition's end; it caps the learner's deadline only when the programme says so.
  const validTo = programme.validTo ?? null;
  const capped = (programme.validToCapsDeadline ?? false) && validTo !== null && (byDuration === null || validTo < byDuration);
  const deadline = capped ? validTo : byDuration;
  const deadlinePath = capped ? '/validTo' : '/maxDurationMonths';
  const units = programme.units;
  const limit = deadline !== null && deadline < asOf ? deadline : asOf;
  // The record's counted facts in one pass each: slots passed / attempted, the other facts grouped by unit
  // (groupByUnit), the latest attempt and the absences of each unit.
  const slotState: number[] = ix.slotKey.map(() => 0);
  const slotAt = ix.slotAt;
  const unitAt = ix.unitAt;
  let slotFacts = 0;
  for (const a of record.activities ?? []) {
    if (counts(a.at, limit)) {
      slotFacts = slotFacts + 1;
      const si = indexOfId(slotAt, a.slot);
      if (slotPassed(programme, si, a)) {
        if (si >= 0) {
          slotState[si] = 2;
        }
      } else if (si >= 0 && slotState[si] === 0) {
        slotState[si] = 1;
      }
    }
  }
  const attestations: Attestation[][] = [];
  const attestationFacts = groupByUnit(record.attestations ?? [], unitAt, null, limit, attestations);
  const jury: JuryDecision[][] = [];
  const juryLate: JuryDecision[][] = [];
  const juryDecisions = record.juryDecisions ?? [];
  const juryFacts = groupByUnit(juryDecisions, unitAt, null, limit, jury);
  if (limit < asOf) {
    // After the deadline, on or before asOf: it does not count, but it is reported as late.
    groupByUnit(juryDecisions, unitAt, limit, asOf, juryLate);
  }
  const exams: Exam[][] = [];
  const examFacts = groupByUnit(record.exams ?? [], unitAt, null, limit, exams);
  const attempts: number[] = [];
  for (const a of record.exams ?? []) {
    const ui = indexOfId(unitAt, a.unit);
    const attempt = a.attempt ?? 1;
    if (ui >= 0 && attempt > (attempts[ui] ?? 1) && counts(a.at, limit)) {
      attempts[ui] = attempt;
    }
  }
  for (const a of record.attendance ?? []) {
    const ui = indexOfId(unitAt, a.unit);
    const attempt = a.attempt ?? 1;
    if (ui >= 0 && attempt > (attempts[ui] ?? 1)) {
      attempts[ui] = attempt;
    }
  }
  // Absences of each unit's latest attempt, summed once (in minutes); the last fact giving the hours wins.
  const absent: number[] = [];
  const given: number[] = [];
  const justified: number[] = [];
  for (const a of record.attendance ?? []) {
    const ui = indexOfId(unitAt, a.unit);
    if (ui >= 0 && (a.attempt ?? 1) === (attempts[ui] ?? 1)) {
      absent[ui] = (absent[ui] ?? 0) + scaled(a.hoursAbsent, MINUTE);
      justified[ui] = (justified[ui] ?? 0) + scaled(a.hoursJustified ?? 0, MINUTE);
      const h = a.hours ?? null;
      if (h !== null) {
        given[ui] = scaled(h, MINUTE);
      }
    }
  }
  const exemptions: Exemption[][] = [];
  // Exemptions are not cut by the deadline: only those recorded after asOf are not known yet.
  const exemptionFacts = groupByUnit(record.exemptions ?? [], unitAt, null, asOf, exemptions);
  const ctx0: Ctx = {
    programme: programme, units: units, ix: ix, asOf: asOf, deadline: deadline, limit: limit, deadlinePath: deadlinePath,
    expired: deadline !== null && asOf > deadline, slotState: slotState,
    attestations: attestations, jury: jury, juryLate: juryLate, attempts: attempts, absent: absent, given: given, justified: justified, exams: exams, allAttendance: record.attendance ?? [],
    placements: (record.placements ?? []).filter((a) => !(a.at > asOf)),
    exemptions: exemptions,
  };
  // Fixpoint without recursion: each pass decides, in programme order, the units whose inputs are known (parent's
  // lock, previous level, prerequisites, members of all-of/n-of); a value once known never changes, so what a pass
  // decides is seen at once by the units after it. Usually two passes (containers wait for their children).
  const locks: Lock[] = units.map(() => NOT_READY);
  const states: (UnitDecision | null)[] = units.map(() => null);
  let known = 0;
  let pass = 0;
  let progress = true;
  while (progress && known < units.length * 2 && pass <= units.length + 1) {
    let nowKnown = 0;
    for (let i = 0; i < units.length; i++) {
      let l = locks[i] as Lock;
      if (!l.ready) {
        l = tryLock(ctx0, i, locks, states);
        locks[i] = l;
      }
      if (l.ready) {
        nowKnown = nowKnown + 1;
      }
      if ((states[i] ?? null) === null) {
        states[i] = tryState(ctx0, i, l, states);
      }
      if ((states[i] ?? null) !== null) {
        nowKnown = nowKnown + 1;
      }
    }
    progress = nowKnown > known;
    known = nowKnown;
    pass = pass + 1;
  }
  // Only a dependency cycle (rejected by validateProgramme) leaves a unit undecided: report it locked.
  // Plain loops rather than map/filter/find: the generated PHP would call a closure per unit.
  const decisions: UnitDecision[] = [];
  let defaillant: UnitDecision | null = null;
  let barred: UnitDecision | null = null;
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as UnitT;
    const d: UnitDecision = states[i] ?? {
      id: u.id, kind: u.kind, title: u.title, path: unitPath(ctx0, i), state: 'locked',
      reasons: [{ code: 'locked_by_parent', path: unitPath(ctx0, i), params: { unit: u.id, parent: u.parent ?? '' } }],
    };
    decisions.push(d);
    // Défaillant ends the programme only when the rule says the programme is redone (the first reason is the rule's).
    if (defaillant === null && d.state === 'defaillant' && (d.reasons[0] as Reason).code === 'attendance_defaillant') {
      defaillant = d;
    }
    if (barred === null && d.state === 'barred') {
      barred = d;
    }
  }
  const cert: UnitDecision[] = [];
  let validated = 0;
  let failed: UnitDecision | null = null;
  for (const ci of ix.certification) {
    const d = decisions[ci] as UnitDecision;
    cert.push(d);
    if (isDone(d.state)) {
      validated = validated + 1;
    }
    if (failed === null && d.state === 'failed') {
      failed = d;
    }
  }
  const dl = deadline ?? '—';
  let code: VerdictCode = 'in_progress';
  let reasons: Reason[] = [];
  const anyFact = slotFacts + attestationFacts + juryFacts + examFacts > 0;
  const attendanceFacts = (record.attendance ?? []).length;
  if (validated === cert.length) {
    code = 'certified';
    reasons = [{ code: 'verdict_certified', path: '/certification', params: { programme: programme.id, version: programme.version } }];
  } else if (defaillant !== null) {
    code = 'defaillant';
    reasons = [{ code: 'verdict_defaillant', path: defaillant.path, params: { unit: defaillant.id } } as Reason].concat(defaillant.reasons);
  } else if (failed !== null) {
    code = 'failed';
    reasons = [{ code: 'verdict_failed', path: failed.path, params: { unit: failed.id } }];
  } else if (ctx0.expired) {
    const participation = programme.certification.participationAttestation && anyFact;
    code = participation ? 'participation' : 'expired';
    reasons = participation
      ? [{ code: 'verdict_participation', path: '/certification/participationAttestation', params: { validated: validated, total: cert.length, deadline: dl } }]
      : [{ code: 'verdict_expired', path: deadlinePath, params: { deadline: dl } }];
  } else if (barred !== null) {
    // An attendance fact is a fact: the verdict says which unit the learner is barred from, and why.
    code = 'barred';
    reasons = [{ code: 'verdict_barred', path: barred.path, params: { unit: barred.id, validated: validated, total: cert.length, deadline: dl } } as Reason]
      .concat(barred.reasons);
  } else if (!anyFact && attendanceFacts + ctx0.placements.length + exemptionFacts === 0) {
    code = 'not_started';
    reasons = [{ code: 'verdict_not_started', path: '/certification', params: { total: cert.length, deadline: dl } }];
  } else {
    reasons = [{ code: 'verdict_in_progress', path: '/certification', params: { validated: validated, total: cert.length, deadline: dl } }];
  }
  return {
    programme: { id: programme.id, version: programme.version },
    learner: record.learner,
    asOf: asOf,
    deadline: deadline,
    verdict: { code: code, reasons: reasons },
    units: decisions,
    next: code === 'in_progress' || code === 'not_started' || code === 'barred' ? nextStep(decisions, ctx0) : null,
  };
}
