// Reasons: a discriminated union on `code`. Params name the facts and the rule; `path` is a JSON pointer into the
// programme (the rule or unit that applies). Texts live in messages/{fr,en}.json with {param} placeholders.

// The vocabulary of a decision, as values: generated into PHP (`reasons::UNIT_STATES`, …) and imported by the
// browser code, so no other list of states, verdicts or reason codes is written anywhere.

/** Every state the engine gives a unit. */
export const UNIT_STATES = ['locked', 'open', 'in_progress', 'validated', 'exempt', 'barred', 'defaillant', 'failed', 'expired'] as const;

export type UnitState = (typeof UNIT_STATES)[number];

/** Every verdict the engine gives a learner. */
export const VERDICT_CODES = ['certified', 'in_progress', 'not_started', 'barred', 'participation', 'expired', 'defaillant', 'failed'] as const;

export type VerdictCode = (typeof VERDICT_CODES)[number];

/** States in which a unit is done: it counts towards its parent and the certification. */
export const DONE_STATES = ['validated', 'exempt'] as const;

/** States in which the learner may use the unit's activities (level gating opens them). */
export const USABLE_STATES = ['open', 'in_progress', 'validated', 'exempt'] as const;

/** States of a unit open to the learner and not yet done: they may hand in work for it, and are expected at its workshop. */
export const OPEN_STATES = ['open', 'in_progress'] as const;

/** States in which the learner has something to do in the unit (its activity is offered): `next` is the first such unit, unless a module is to be redone (défaillant). */
export const ACTIONABLE_STATES = ['open', 'in_progress', 'barred'] as const;

/** Reason params whose value is a list of ids — units, slots or assessment components (`string[]`; `listParam` also reads the "a, b" of decisions stored before). */
export const LIST_PARAMS = ['missing', 'options'] as const;

/** Reason params holding a person: a Moodle user id, or a name as imported. */
export const PERSON_PARAMS = ['by'] as const;

/** Reason params holding a date YYYY-MM-DD. */
export const DATE_PARAMS = ['at', 'deadline', 'asOf'] as const;

/** Reason params holding a unit state. */
export const STATE_PARAMS = ['previousState', 'prerequisiteState'] as const;

export type Reason =
  | { code: 'exempt_by_exemption'; path: string; params: { unit: string; basis: string; by: string; at: string } }
  | { code: 'exempt_by_placement'; path: string; params: { unit: string; placedAt: string; basis: string; by: string; at: string } }
  | { code: 'locked_by_parent'; path: string; params: { unit: string; parent: string } }
  | { code: 'locked_by_level'; path: string; params: { unit: string; previous: string; previousState: string } }
  | { code: 'locked_by_prerequisite'; path: string; params: { unit: string; prerequisite: string; prerequisiteState: string } }
  | { code: 'attendance_barred'; path: string; params: { unit: string; rule: string; absentPercent: number; limit: number } }
  | { code: 'attendance_defaillant'; path: string; params: { unit: string; rule: string; absentPercent: number; limit: number } }
  | { code: 'attendance_defaillant_unit'; path: string; params: { unit: string; rule: string; absentPercent: number; limit: number } }
  | { code: 'content_only'; path: string; params: { unit: string } }
  | { code: 'children_met'; path: string; params: { unit: string; validated: number; total: number } }
  | { code: 'children_pending'; path: string; params: { unit: string; validated: number; total: number; missing: string[] } }
  | { code: 'choice_met'; path: string; params: { unit: string; validated: number; n: number } }
  | { code: 'choice_pending'; path: string; params: { unit: string; validated: number; n: number; options: string[] } }
  | { code: 'activities_met'; path: string; params: { unit: string; passed: number; total: number } }
  | { code: 'activities_pending'; path: string; params: { unit: string; passed: number; total: number; missing: string[] } }
  | { code: 'attestation_passed'; path: string; params: { unit: string; session: string; by: string; at: string } }
  | { code: 'attestation_not_passed'; path: string; params: { unit: string; session: string; result: string; by: string; at: string } }
  | { code: 'attestation_missing'; path: string; params: { unit: string } }
  | { code: 'attestation_awaiting_cosign'; path: string; params: { unit: string; session: string; by: string; at: string; signers: number; required: number } }
  | { code: 'assessment_passed'; path: string; params: { unit: string; session: string; average: number; passMark: number; scale: number } }
  | { code: 'assessment_main_below'; path: string; params: { unit: string; average: number; passMark: number; scale: number } }
  | { code: 'assessment_failed'; path: string; params: { unit: string; session: string; average: number; passMark: number; scale: number } }
  | { code: 'assessment_pending'; path: string; params: { unit: string; session: string; missing: string[] } }
  | { code: 'assessment_rounded'; path: string; params: { unit: string; session: string; exact: number; average: number; decimals: number; mode: string } }
  | { code: 'jury_accepted'; path: string; params: { unit: string; grade: number; by: string; at: string } }
  | { code: 'jury_grade_below'; path: string; params: { unit: string; grade: number; passMark: number; by: string; at: string; deadline: string } }
  | { code: 'jury_rejected'; path: string; params: { unit: string; by: string; at: string; deadline: string } }
  | { code: 'jury_deferred'; path: string; params: { unit: string; by: string; at: string } }
  | { code: 'jury_pending'; path: string; params: { unit: string } }
  | { code: 'jury_submissions_exhausted'; path: string; params: { unit: string; submissions: number; max: number; by: string; at: string } }
  | { code: 'jury_late'; path: string; params: { unit: string; by: string; at: string; deadline: string } }
  | { code: 'deadline_passed'; path: string; params: { deadline: string; asOf: string } }
  | { code: 'verdict_certified'; path: string; params: { programme: string; version: string } }
  | { code: 'verdict_in_progress'; path: string; params: { validated: number; total: number; deadline: string } }
  | { code: 'verdict_not_started'; path: string; params: { total: number; deadline: string } }
  | { code: 'verdict_participation'; path: string; params: { validated: number; total: number; deadline: string } }
  | { code: 'verdict_expired'; path: string; params: { deadline: string } }
  | { code: 'verdict_barred'; path: string; params: { unit: string; validated: number; total: number; deadline: string } }
  | { code: 'verdict_defaillant'; path: string; params: { unit: string } }
  | { code: 'verdict_failed'; path: string; params: { unit: string } };

export type ReasonCode = Reason['code'];

/** Every reason code of the union above, in its order (a type test fails when one is missing or unknown). */
export const REASON_CODES = [
  'exempt_by_exemption', 'exempt_by_placement', 'locked_by_parent', 'locked_by_level', 'locked_by_prerequisite',
  'attendance_barred', 'attendance_defaillant', 'attendance_defaillant_unit', 'content_only', 'children_met',
  'children_pending', 'choice_met', 'choice_pending', 'activities_met', 'activities_pending', 'attestation_passed',
  'attestation_not_passed', 'attestation_missing', 'attestation_awaiting_cosign', 'assessment_passed', 'assessment_main_below', 'assessment_failed',
  'assessment_pending', 'assessment_rounded', 'jury_accepted', 'jury_grade_below', 'jury_rejected', 'jury_deferred',
  'jury_pending', 'jury_submissions_exhausted', 'jury_late', 'deadline_passed', 'verdict_certified',
  'verdict_in_progress', 'verdict_not_started', 'verdict_participation', 'verdict_expired', 'verdict_barred',
  'verdict_defaillant', 'verdict_failed',
] as const;

export interface UnitDecision {
  id: string;
  kind: string;
  title: string;
  path: string;
  state: UnitState;
  reasons: Reason[];
}

export interface NextStep {
  unit: string;
  path: string;
  reason: Reason;
}

export interface Decision {
  programme: { id: string; version: string };
  learner: string;
  asOf: string;
  deadline: string | null;
  verdict: { code: VerdictCode; reasons: Reason[] };
  units: UnitDecision[];
  next: NextStep | null;
}

/** Validation errors of definitions and records: `path` is a JSON pointer into the validated document. */
export interface ValidationError {
  code: string;
  path: string;
  /** Always at least one entry (so PHP never sees an empty array); values are strings or numbers. */
  params: { [name: string]: string | number };
}
