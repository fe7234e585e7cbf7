// decide(programme, record, asOf): the state of every unit and the overall verdict, each with its reasons.
// Pure: no clock, no I/O; facts dated after asOf (or after the deadline) are ignored. Written in the TS subset
// of rules-engine/SUBSET.md so that build/gen-php translates it to PHP.
import type { ProgrammeT, UnitT, RequirementT, AttendanceRuleT } from '../schema/programme';
import type { RecordT } from '../schema/record';
import type { Decision, NextStep, Reason, UnitDecision, UnitState, VerdictCode } from './reasons';
import { addMonths } from './dates';

type Activity = NonNullable<RecordT['activities']>[number];
type Attestation = NonNullable<RecordT['attestations']>[number];
type JuryDecision = NonNullable<RecordT['juryDecisions']>[number];
type Exam = NonNullable<RecordT['exams']>[number];
type Attendance = NonNullable<RecordT['attendance']>[number];
type Placement = NonNullable<RecordT['placements']>[number];
type Exemption = NonNullable<RecordT['exemptions']>[number];

interface Ctx {
  programme: ProgrammeT;
  units: UnitT[];
  ids: string[];
  asOf: string;
  deadline: string | null;
  expired: boolean;
  passedSlots: string[];
  attemptedSlots: string[];
  attestations: Attestation[];
  jury: JuryDecision[];
  exams: Exam[];
  attendance: Attendance[];
  placements: Placement[];
  exemptions: Exemption[];
}

interface ReqResult {
  /** met | pending (nothing yet) | progress (some facts) | failed | barred */
  status: string;
  reason: Reason;
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

function round2(x: number): number {
  return Math.floor(x * 100 + 0.5) / 100;
}

/** A fact counts when dated on or before asOf and, when there is a deadline, on or before it. */
function counts(at: string, asOf: string, deadline: string | null): boolean {
  return !(at > asOf) && (deadline === null || !(at > deadline));
}

function slotPassed(programme: ProgrammeT, a: Activity): boolean {
  const passed = a.passed ?? null;
  if (passed !== null) {
    return passed;
  }
  const slot = (programme.slots ?? []).find((s) => s.id === a.slot) ?? null;
  const grade = a.grade ?? null;
  const max = a.max ?? null;
  const passPercent = slot === null ? null : slot.passPercent ?? null;
  if (passPercent !== null && grade !== null && max !== null) {
    return grade * 100 >= passPercent * max;
  }
  // No grade rule: Moodle's completion is the pass.
  return passPercent === null && a.completed;
}

function unitPath(ctx: Ctx, i: number): string {
  return '/units/' + i;
}

function unitIndex(ctx: Ctx, id: string): number {
  return ctx.ids.indexOf(id);
}

function childrenOf(ctx: Ctx, id: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < ctx.units.length; i++) {
    const u = ctx.units[i] as UnitT;
    if (u.parent === id) {
      out.push(i);
    }
  }
  return out;
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

/** Value for unit j in a pass: already recomputed in this pass (fresh) or from the previous pass (old). */
function lockAt(fresh: Lock[], old: Lock[], j: number): Lock {
  return j < fresh.length ? fresh[j] as Lock : old[j] as Lock;
}

function stateAt(fresh: (UnitDecision | null)[], old: (UnitDecision | null)[], j: number): UnitDecision | null {
  return j < fresh.length ? fresh[j] ?? null : old[j] ?? null;
}

/** Why unit i is locked (parent locked, previous level not validated, a prerequisite missing), once its inputs are known. */
function tryLock(ctx: Ctx, i: number, locks: Lock[], oldLocks: Lock[], states: (UnitDecision | null)[], oldStates: (UnitDecision | null)[]): Lock {
  const u = ctx.units[i] as UnitT;
  const pi = u.parent === null ? -1 : unitIndex(ctx, u.parent);
  if (pi >= 0) {
    const parentLock = lockAt(locks, oldLocks, pi);
    if (!parentLock.ready) {
      return { ready: false, reason: null };
    }
    if (parentLock.reason !== null) {
      return { ready: true, reason: { code: 'locked_by_parent', path: unitPath(ctx, i), params: { unit: u.id, parent: u.parent ?? '' } } };
    }
    const parent = ctx.units[pi] as UnitT;
    if ((parent.gating ?? 'none') === 'sequential') {
      const siblings = childrenOf(ctx, parent.id);
      const pos = siblings.indexOf(i);
      if (pos > 0) {
        const prev = siblings[pos - 1] as number;
        const prevDecision = stateAt(states, oldStates, prev);
        if (prevDecision === null) {
          return { ready: false, reason: null };
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
  for (let k = 0; k < prereqs.length; k++) {
    const id = prereqs[k] as string;
    const qi = unitIndex(ctx, id);
    if (qi >= 0) {
      const q = stateAt(states, oldStates, qi);
      if (q === null) {
        return { ready: false, reason: null };
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
  return { ready: true, reason: null };
}

/** Exemption of unit i: its own exemption, or a placement at a later level of the same gated parent. */
function exemptionOf(ctx: Ctx, i: number): Reason | null {
  const u = ctx.units[i] as UnitT;
  // Earliest-dated fact first so the result does not depend on the order of facts.
  let best: Exemption | null = null;
  for (const e of ctx.exemptions) {
    if (e.unit === u.id && (best === null || e.at < best.at || (e.at === best.at && e.id < best.id))) {
      best = e;
    }
  }
  if (best !== null) {
    return { code: 'exempt_by_exemption', path: unitPath(ctx, i), params: { unit: u.id, basis: best.basis, by: best.by, at: best.at } };
  }
  if (u.parent === null) {
    return null;
  }
  const pi = unitIndex(ctx, u.parent);
  const parent = pi >= 0 ? ctx.units[pi] as UnitT : null;
  if (parent === null || (parent.gating ?? 'none') !== 'sequential') {
    return null;
  }
  const siblings = childrenOf(ctx, parent.id);
  const pos = siblings.indexOf(i);
  let placed: Placement | null = null;
  for (const p of ctx.placements) {
    const qi = unitIndex(ctx, p.unit);
    const qpos = siblings.indexOf(qi);
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

function absenceOf(ctx: Ctx, unitId: string): number[] {
  // [hoursAbsent, hours]
  const u = ctx.units[unitIndex(ctx, unitId)] ?? null;
  let absent = 0;
  let hours = u === null ? 0 : u.hours ?? 0;
  for (const a of ctx.attendance) {
    if (a.unit === unitId) {
      absent = absent + a.hoursAbsent;
      const h = a.hours ?? null;
      if (h !== null) {
        hours = h;
      }
    }
  }
  return [absent, hours];
}

function triggers(rule: AttendanceRuleT, absent: number, hours: number): boolean {
  if (hours <= 0) {
    return false;
  }
  return rule.strict ? absent * 100 > rule.thresholdPercent * hours : absent * 100 >= rule.thresholdPercent * hours;
}

/** Attendance rules that hit unit u with the given effect; the first one in programme order. */
function attendanceHit(ctx: Ctx, i: number, effect: string): Reason | null {
  const u = ctx.units[i] as UnitT;
  const rules = ctx.programme.attendance ?? [];
  for (let k = 0; k < rules.length; k++) {
    const rule = rules[k] as AttendanceRuleT;
    const targets = rule.targets ?? null;
    let hit = false;
    let percent = 0;
    if (rule.effect !== effect) {
      // Another effect: handled by the other call.
    } else if (rule.scope === 'each-unit') {
      // Per-unit rule: the unit's own absences, or with targets, any counted unit over the limit hits the targets.
      for (const cu of rule.units) {
        const applies = targets === null ? cu === u.id : targets.includes(u.id);
        if (applies && !hit) {
          const ah = absenceOf(ctx, cu);
          if (triggers(rule, ah[0] as number, ah[1] as number)) {
            hit = true;
            percent = round2((ah[0] as number) * 100 / (ah[1] as number));
          }
        }
      }
    } else {
      const applies = targets === null ? rule.units.includes(u.id) : targets.includes(u.id);
      if (applies) {
        let absent = 0;
        let hours = 0;
        for (const cu of rule.units) {
          const ah = absenceOf(ctx, cu);
          absent = absent + (ah[0] as number);
          hours = hours + (ah[1] as number);
        }
        if (triggers(rule, absent, hours)) {
          hit = true;
          percent = round2(absent * 100 / hours);
        }
      }
    }
    if (hit) {
      const params = { unit: u.id, rule: rule.id, absentPercent: percent, limit: rule.thresholdPercent };
      return effect === 'defaillant'
        ? { code: 'attendance_defaillant', path: '/attendance/' + k, params: params }
        : { code: 'attendance_barred', path: '/attendance/' + k, params: params };
    }
  }
  return null;
}

/** Grade of a component in a session: the latest dated, the highest on the same day (order-independent). */
function examGrade(ctx: Ctx, unitId: string, component: string, session: string): number | null {
  let best: Exam | null = null;
  for (const e of ctx.exams) {
    if (e.unit === unitId && e.component === component && e.session === session) {
      if (best === null || e.at > best.at || (e.at === best.at && e.grade > best.grade)) {
        best = e;
      }
    }
  }
  return best === null ? null : best.grade;
}

function evalAssessment(ctx: Ctx, i: number, req: Extract<RequirementT, { kind: 'assessment' }>, path: string, barred: Reason | null): ReqResult {
  const u = ctx.units[i] as UnitT;
  let mainSum = 0;
  const mainMissing: string[] = [];
  for (const c of req.components) {
    const g = examGrade(ctx, u.id, c.id, 'main');
    if (g === null) {
      mainMissing.push(c.id);
    } else {
      mainSum = mainSum + (g / c.max) * req.scale * c.weight / 100;
    }
  }
  const mainAvg = round2(mainSum);
  if (barred === null) {
    if (mainMissing.length > 0) {
      return {
        status: mainMissing.length < req.components.length ? 'progress' : 'pending',
        reason: { code: 'assessment_pending', path: path, params: { unit: u.id, session: 'main', missing: mainMissing.join(', ') } },
      };
    }
    if (mainAvg >= req.passMark) {
      return { status: 'met', reason: { code: 'assessment_passed', path: path, params: { unit: u.id, session: 'main', average: mainAvg, passMark: req.passMark, scale: req.scale } } };
    }
    if (!req.resit) {
      return { status: 'failed', reason: { code: 'assessment_failed', path: path, params: { unit: u.id, session: 'main', average: mainAvg, passMark: req.passMark, scale: req.scale } } };
    }
  } else if (!req.resit) {
    return { status: 'failed', reason: barred };
  }
  // Resit (rattrapage): same weights; components not re-sat keep their main-session grade.
  let resitSum = 0;
  const resitMissing: string[] = [];
  for (const c of req.components) {
    const g = c.resit ? examGrade(ctx, u.id, c.id, 'resit') : examGrade(ctx, u.id, c.id, 'main');
    if (g === null) {
      resitMissing.push(c.id);
    } else {
      resitSum = resitSum + (g / c.max) * req.scale * c.weight / 100;
    }
  }
  if (resitMissing.length > 0) {
    if (barred !== null) {
      return { status: 'barred', reason: barred };
    }
    return { status: 'progress', reason: { code: 'assessment_main_below', path: path, params: { unit: u.id, average: mainAvg, passMark: req.passMark, scale: req.scale } } };
  }
  const resitAvg = round2(resitSum);
  if (resitAvg >= req.passMark) {
    return { status: 'met', reason: { code: 'assessment_passed', path: path, params: { unit: u.id, session: 'resit', average: resitAvg, passMark: req.passMark, scale: req.scale } } };
  }
  return { status: 'failed', reason: { code: 'assessment_failed', path: path, params: { unit: u.id, session: 'resit', average: resitAvg, passMark: req.passMark, scale: req.scale } } };
}

function juryRank(d: string): number {
  return d === 'accepted' ? 2 : d === 'deferred' ? 1 : 0;
}

function evalJury(ctx: Ctx, i: number, req: Extract<RequirementT, { kind: 'jury' }>, path: string): ReqResult {
  const u = ctx.units[i] as UnitT;
  let best: JuryDecision | null = null;
  for (const j of ctx.jury) {
    if (j.unit === u.id && (best === null || j.at > best.at || (j.at === best.at && juryRank(j.decision) > juryRank(best.decision)))) {
      best = j;
    }
  }
  if (best === null) {
    return { status: 'pending', reason: { code: 'jury_pending', path: path, params: { unit: u.id } } };
  }
  if (best.decision === 'rejected') {
    return { status: 'failed', reason: { code: 'jury_rejected', path: path, params: { unit: u.id, by: best.by, at: best.at } } };
  }
  if (best.decision === 'deferred') {
    return { status: 'progress', reason: { code: 'jury_deferred', path: path, params: { unit: u.id, by: best.by, at: best.at } } };
  }
  const passMark = req.passMark ?? null;
  const grade = best.grade ?? null;
  if (passMark !== null && (grade === null || grade < passMark)) {
    return {
      status: 'failed',
      reason: { code: 'jury_grade_below', path: path, params: { unit: u.id, grade: grade ?? 0, passMark: passMark, by: best.by, at: best.at } },
    };
  }
  return { status: 'met', reason: { code: 'jury_accepted', path: path, params: { unit: u.id, grade: grade ?? 0, by: best.by, at: best.at } } };
}

function evalRequirement(ctx: Ctx, i: number, req: RequirementT, path: string, states: (UnitDecision | null)[], oldStates: (UnitDecision | null)[], barred: Reason | null): ReqResult {
  const u = ctx.units[i] as UnitT;
  if (req.kind === 'all-of' || req.kind === 'n-of') {
    const members = membersOf(ctx, u, req);
    let done = 0;
    let started = 0;
    const missing: string[] = [];
    for (const c of members) {
      const m = stateAt(states, oldStates, c);
      const s = m === null ? 'open' : m.state;
      if (isDone(s)) {
        done = done + 1;
      } else {
        missing.push((ctx.units[c] as UnitT).id);
        if (s === 'in_progress' || s === 'barred' || s === 'failed') {
          started = started + 1;
        }
      }
    }
    const need = req.kind === 'n-of' ? req.n : members.length;
    const progress = done > 0 || started > 0 ? 'progress' : 'pending';
    if (req.kind === 'n-of') {
      return done >= need
        ? { status: 'met', reason: { code: 'choice_met', path: path, params: { unit: u.id, validated: done, n: need } } }
        : { status: progress, reason: { code: 'choice_pending', path: path, params: { unit: u.id, validated: done, n: need, options: missing.join(', ') } } };
    }
    return done >= need
      ? { status: 'met', reason: { code: 'children_met', path: path, params: { unit: u.id, validated: done, total: need } } }
      : { status: progress, reason: { code: 'children_pending', path: path, params: { unit: u.id, validated: done, total: need, missing: missing.join(', ') } } };
  }
  if (req.kind === 'activities') {
    let total = 0;
    let passed = 0;
    let attempted = 0;
    const missing: string[] = [];
    for (const s of ctx.programme.slots ?? []) {
      if (s.unit === u.id && s.required) {
        total = total + 1;
        if (ctx.passedSlots.includes(s.id)) {
          passed = passed + 1;
        } else {
          missing.push(s.id);
          if (ctx.attemptedSlots.includes(s.id)) {
            attempted = attempted + 1;
          }
        }
      }
    }
    if (passed === total) {
      return { status: 'met', reason: { code: 'activities_met', path: path, params: { unit: u.id, passed: passed, total: total } } };
    }
    return {
      status: passed > 0 || attempted > 0 ? 'progress' : 'pending',
      reason: { code: 'activities_pending', path: path, params: { unit: u.id, passed: passed, total: total, missing: missing.join(', ') } },
    };
  }
  if (req.kind === 'attestation') {
    // A passed attestation wins (earliest); otherwise the latest unsuccessful one is reported.
    let pass: Attestation | null = null;
    let other: Attestation | null = null;
    for (const a of ctx.attestations) {
      if (a.unit !== u.id) {
        // Another unit's attestation.
      } else if (a.result === 'passed') {
        if (pass === null || a.at < pass.at || (a.at === pass.at && a.id < pass.id)) {
          pass = a;
        }
      } else if (other === null || a.at > other.at || (a.at === other.at && a.id > other.id)) {
        other = a;
      }
    }
    if (pass !== null) {
      return { status: 'met', reason: { code: 'attestation_passed', path: path, params: { unit: u.id, session: pass.session, by: pass.by, at: pass.at } } };
    }
    if (other !== null) {
      return {
        status: 'progress',
        reason: { code: 'attestation_not_passed', path: path, params: { unit: u.id, session: other.session, result: other.result, by: other.by, at: other.at } },
      };
    }
    return { status: 'pending', reason: { code: 'attestation_missing', path: path, params: { unit: u.id } } };
  }
  if (req.kind === 'assessment') {
    return evalAssessment(ctx, i, req, path, barred);
  }
  return evalJury(ctx, i, req, path);
}

/** Members of an all-of / n-of requirement (non-optional children when not listed). */
function membersOf(ctx: Ctx, u: UnitT, req: RequirementT): number[] {
  if (req.kind === 'n-of') {
    return req.units.map((id) => unitIndex(ctx, id)).filter((c) => c >= 0);
  }
  if (req.kind === 'all-of') {
    const listed = req.units ?? null;
    return listed === null
      ? childrenOf(ctx, u.id).filter((c) => !((ctx.units[c] as UnitT).optional ?? false))
      : listed.map((id) => unitIndex(ctx, id)).filter((c) => c >= 0);
  }
  return [];
}

/** The decision on unit i, or null while a unit it depends on is still undecided. */
function tryState(ctx: Ctx, i: number, lockState: Lock, states: (UnitDecision | null)[], oldStates: (UnitDecision | null)[]): UnitDecision | null {
  const u = ctx.units[i] as UnitT;
  const path = unitPath(ctx, i);
  // Wait until the inputs are known (parent's lock, previous level, prerequisites, all-of/n-of members).
  if (!lockState.ready) {
    return null;
  }
  for (const req of u.requirements) {
    if (membersOf(ctx, u, req).some((c) => stateAt(states, oldStates, c) === null)) {
      return null;
    }
  }
  const exempt = exemptionOf(ctx, i);
  if (exempt !== null) {
    return unitDecision(u, path, 'exempt', [exempt]);
  }
  // Défaillant is a fact about the learner: it wins over a lock (nothing can be sat, not even later).
  const defaillant = attendanceHit(ctx, i, 'defaillant');
  if (defaillant !== null) {
    return unitDecision(u, path, 'defaillant', [defaillant]);
  }
  if (lockState.reason !== null) {
    return unitDecision(u, path, 'locked', [lockState.reason]);
  }
  const barred = attendanceHit(ctx, i, 'bar-main-session');
  const reasons: Reason[] = [];
  let allMet = true;
  let anyFailed = false;
  let anyBarred = false;
  let anyProgress = false;
  for (let k = 0; k < u.requirements.length; k++) {
    const r = evalRequirement(ctx, i, u.requirements[k] as RequirementT, path + '/requirements/' + k, states, oldStates, barred);
    reasons.push(r.reason);
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
  if (allMet) {
    return unitDecision(u, path, 'validated', reasons);
  }
  if (anyFailed) {
    return unitDecision(u, path, 'failed', reasons);
  }
  if (ctx.expired) {
    return unitDecision(u, path, 'expired', [{ code: 'deadline_passed', path: '/maxDurationMonths', params: { deadline: ctx.deadline ?? '', asOf: ctx.asOf } } as Reason].concat(reasons));
  }
  if (anyBarred && barred !== null) {
    // The assessment's own reason already names the attendance rule that bars the main session.
    return unitDecision(u, path, 'barred', reasons);
  }
  return unitDecision(u, path, anyProgress ? 'in_progress' : 'open', reasons);
}

function nextStep(units: UnitDecision[], ctx: Ctx): NextStep | null {
  // The first open unit, in programme order, whose first unmet reason is something the learner can act on.
  for (const d of units) {
    if (d.state === 'open' || d.state === 'in_progress' || d.state === 'barred') {
      for (const r of d.reasons) {
        if (r.code === 'activities_pending' || r.code === 'attestation_missing' || r.code === 'attestation_not_passed'
          || r.code === 'assessment_pending' || r.code === 'assessment_main_below' || r.code === 'jury_pending'
          || r.code === 'jury_deferred' || r.code === 'attendance_barred') {
          return { unit: d.id, path: d.path, reason: r };
        }
      }
    }
  }
  return null;
}

export function decide(programme: ProgrammeT, record: RecordT, asOf: string): Decision {
  const months = programme.maxDurationMonths ?? null;
  const deadline = months === null ? null : addMonths(record.enrolment.start, months);
  const units = programme.units;
  // Slots passed / attempted, computed before the context (PHP copies arrays by value).
  const passedSlots: string[] = [];
  const attemptedSlots: string[] = [];
  for (const a of record.activities ?? []) {
    if (counts(a.at, asOf, deadline)) {
      if (slotPassed(programme, a)) {
        passedSlots.push(a.slot);
      } else {
        attemptedSlots.push(a.slot);
      }
    }
  }
  const ctx0: Ctx = {
    programme: programme, units: units, ids: units.map((u) => u.id), asOf: asOf, deadline: deadline,
    expired: deadline !== null && asOf > deadline, passedSlots: passedSlots, attemptedSlots: attemptedSlots,
    attestations: (record.attestations ?? []).filter((a) => counts(a.at, asOf, deadline)),
    jury: (record.juryDecisions ?? []).filter((a) => counts(a.at, asOf, deadline)),
    exams: (record.exams ?? []).filter((a) => counts(a.at, asOf, deadline)),
    attendance: record.attendance ?? [],
    placements: (record.placements ?? []).filter((a) => !(a.at > asOf)),
    exemptions: (record.exemptions ?? []).filter((a) => !(a.at > asOf)),
  };
  // Fixpoint without recursion or mutation: each pass decides the units whose inputs are known
  // (parent's lock, previous level, prerequisites, members of all-of/n-of). Passes ≤ units + 1.
  let locks: Lock[] = units.map(() => ({ ready: false, reason: null }));
  let states: (UnitDecision | null)[] = units.map(() => null);
  let known = 0;
  let pass = 0;
  let progress = true;
  while (progress && known < units.length * 2 && pass <= units.length + 1) {
    // In programme order, so parents, previous levels and prerequisites decided in this pass are seen at once.
    const newLocks: Lock[] = [];
    const newStates: (UnitDecision | null)[] = [];
    for (let i = 0; i < units.length; i++) {
      const l = (locks[i] as Lock).ready ? locks[i] as Lock : tryLock(ctx0, i, newLocks, locks, newStates, states);
      newLocks.push(l);
      newStates.push(states[i] !== null ? states[i] ?? null : tryState(ctx0, i, l, newStates, states));
    }
    const nowKnown = newLocks.filter((l) => l.ready).length + newStates.filter((d) => d !== null).length;
    progress = nowKnown > known;
    known = nowKnown;
    locks = newLocks;
    states = newStates;
    pass = pass + 1;
  }
  // Only a dependency cycle (rejected by validateProgramme) leaves a unit undecided: report it locked.
  const decisions: UnitDecision[] = units.map((u, i) => states[i] ?? {
    id: u.id, kind: u.kind, title: u.title, path: unitPath(ctx0, i), state: 'locked',
    reasons: [{ code: 'locked_by_parent', path: unitPath(ctx0, i), params: { unit: u.id, parent: u.parent ?? '' } }],
  });
  const certIds = programme.certification.units ?? units.filter((u) => u.parent === null && !(u.optional ?? false)).map((u) => u.id);
  const cert = decisions.filter((d) => certIds.includes(d.id));
  const validated = cert.filter((d) => isDone(d.state)).length;
  const dl = deadline ?? '—';
  let code: VerdictCode = 'in_progress';
  let reasons: Reason[] = [];
  const defaillant = decisions.find((d) => d.state === 'defaillant') ?? null;
  const failed = cert.find((d) => d.state === 'failed') ?? null;
  const anyFact = passedSlots.length + attemptedSlots.length + ctx0.attestations.length + ctx0.jury.length + ctx0.exams.length > 0;
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
      : [{ code: 'verdict_expired', path: '/maxDurationMonths', params: { deadline: dl } }];
  } else if (!anyFact && ctx0.placements.length + ctx0.exemptions.length === 0) {
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
    next: code === 'in_progress' || code === 'not_started' ? nextStep(decisions, ctx0) : null,
  };
}
