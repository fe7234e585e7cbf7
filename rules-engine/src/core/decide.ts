// decide(programme, record, asOf): the state of every unit and the overall verdict, each with its reasons.
// Pure: no clock, no I/O; facts dated after asOf (or after the deadline) are ignored. Written in the TS subset
// of rules-engine/SUBSET.md so that build/gen-php translates it to PHP.
// Speed: prepare(programme) builds the programme's indexes once (units and slots by id, children, sibling positions,
// requirement members, required slots per unit); decide takes it optionally and groups the record's facts by unit in
// one pass, so no rule scans the whole programme or record again.
// The rules are split by responsibility: programme-index.ts (the indexes), decision-context.ts (one decision's facts),
// gating.ts (locks and exemptions), attendance.ts (attendance limits), requirements.ts (each requirement's result).
import type { ProgrammeT, UnitT, RequirementT } from '../schema/programme';
import type { RecordT } from '../schema/record';
import type { Decision, NextStep, Reason, UnitDecision, UnitState, VerdictCode } from './reasons';
import { addMonths } from './dates';
import { MINUTE, scaled } from './exact';
import { buildIndex, indexOfId, type ProgrammeIndex } from './programme-index';
import {
  counts, groupByUnit, isDone, slotPassed, unitDecision, unitPath,
  type Attestation, type Ctx, type Exam, type Exemption, type JuryDecision,
} from './decision-context';
import { NOT_READY, exemptionOf, tryLock, type Lock } from './gating';
import { attendanceHit } from './attendance';
import { evalRequirement } from './requirements';

/**
 * Indexes of a programme, built once and shared by every decision on it (programme-index.ts): give them to decide()
 * to decide many learners of one programme.
 */
export function prepare(programme: ProgrammeT): ProgrammeIndex {
  return buildIndex(programme);
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
