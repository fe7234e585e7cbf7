// The requirements of a unit, each evaluated to met, pending, progress, failed or barred with its reason: all-of and
// n-of members, online activities, workshop attestations (co-signatures), weighted assessments (main then resit
// session, exact averages, the programme's rounding) and jury decisions.
import type { RequirementT, SlotT, UnitT } from '../schema/programme';
import type { Reason, UnitDecision } from './reasons';
import { POINT, mulDiv, pow10, roundTo, scaled } from './exact';
import { counts, isDone, latestAttempt, type Attestation, type Ctx, type Exam, type JuryDecision, type ReqResult } from './decision-context';

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

export function evalRequirement(ctx: Ctx, i: number, k: number, req: RequirementT, path: string, states: (UnitDecision | null)[], barred: Reason | null): ReqResult {
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
