// What a new programme version changes for learners already enrolled (they keep their facts; ids link them),
// and what it changes in one learner's decision. Changes are values { code, path, params } like reasons: texts in
// messages/{fr,en}.json; params name units and slots by id (format.displayParams shows their titles).
// `path` is a JSON pointer into the new programme, or into the old one for what was removed.
import type { ProgrammeT, UnitT, SlotT, AttendanceRuleT } from '../schema/programme';
import type { Decision, UnitDecision } from './reasons';

export type Change =
  | { code: 'change_programme_id'; path: string; params: { old: string; new: string } }
  | { code: 'change_max_duration'; path: string; params: { old: string; new: string } }
  | { code: 'change_placement_bases'; path: string; params: { old: string; new: string } }
  | { code: 'change_unit_added'; path: string; params: { unit: string; parent: string } }
  | { code: 'change_unit_added_optional'; path: string; params: { unit: string; parent: string } }
  | { code: 'change_unit_removed'; path: string; params: { unit: string } }
  | { code: 'change_unit_moved'; path: string; params: { unit: string; old: string; new: string } }
  | { code: 'change_unit_now_optional'; path: string; params: { unit: string } }
  | { code: 'change_unit_now_required'; path: string; params: { unit: string } }
  | { code: 'change_unit_hours'; path: string; params: { unit: string; old: string; new: string } }
  | { code: 'change_gating'; path: string; params: { unit: string; old: string; new: string } }
  | { code: 'change_prerequisites'; path: string; params: { unit: string; old: string; new: string } }
  | { code: 'change_requirements'; path: string; params: { unit: string } }
  | { code: 'change_slot_added'; path: string; params: { slot: string; unit: string } }
  | { code: 'change_slot_removed'; path: string; params: { slot: string; unit: string } }
  | { code: 'change_slot_changed'; path: string; params: { slot: string; unit: string } }
  | { code: 'change_attendance_added'; path: string; params: { rule: string } }
  | { code: 'change_attendance_removed'; path: string; params: { rule: string } }
  | { code: 'change_attendance_changed'; path: string; params: { rule: string } }
  | { code: 'change_certification'; path: string; params: { programme: string } }
  | { code: 'change_learner_verdict'; path: string; params: { learner: string; old: string; new: string } }
  | { code: 'change_learner_deadline'; path: string; params: { learner: string; old: string; new: string } }
  | { code: 'change_learner_state'; path: string; params: { learner: string; unit: string; old: string; new: string } }
  | { code: 'change_learner_unit_added'; path: string; params: { learner: string; unit: string; new: string } }
  | { code: 'change_learner_unit_removed'; path: string; params: { learner: string; unit: string; old: string } };

export type ChangeCode = Change['code'];

/** Shown for "none" (no limit, no parent, empty list): the same sign in every language. */
const NONE = '—';

/** Deep equality of decoded JSON: key order ignored, absent = null, numbers by value (PHP's 10 and 10.0). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b;
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    return a === b;
  }
  const aList = Array.isArray(a);
  const bList = Array.isArray(b);
  if (aList && bList) {
    const al = a as unknown[];
    const bl = b as unknown[];
    if (al.length !== bl.length) {
      return false;
    }
    for (let i = 0; i < al.length; i++) {
      if (!sameJson(al[i] ?? null, bl[i] ?? null)) {
        return false;
      }
    }
    return true;
  }
  // A list against an object: equal only when the list is empty (PHP cannot tell [] from {}); an empty list has no
  // keys, so it then compares as an empty object.
  if ((aList && (a as unknown[]).length > 0) || (bList && (b as unknown[]).length > 0)) {
    return false;
  }
  const ao = a as { [k: string]: unknown };
  const bo = b as { [k: string]: unknown };
  const aKeys = Object.keys(ao);
  const bKeys = Object.keys(bo);
  for (const k of aKeys) {
    if (!sameJson(ao[k] ?? null, bo[k] ?? null)) {
      return false;
    }
  }
  for (const k of bKeys) {
    if ((ao[k] ?? null) === null && (bo[k] ?? null) !== null) {
      return false;
    }
  }
  return true;
}

function orNone(v: string | null): string {
  return v === null ? NONE : v;
}

function listText(ids: string[]): string {
  return ids.length === 0 ? NONE : ids.join(', ');
}

function numberText(n: number | null): string {
  return n === null ? NONE : '' + n;
}

function findUnit(units: UnitT[], id: string): UnitT | null {
  for (const u of units) {
    if (u.id === id) {
      return u;
    }
  }
  return null;
}

function findSlot(slots: SlotT[], id: string): SlotT | null {
  for (const s of slots) {
    if (s.id === id) {
      return s;
    }
  }
  return null;
}

function findRule(rules: AttendanceRuleT[], id: string): AttendanceRuleT | null {
  for (const r of rules) {
    if (r.id === id) {
      return r;
    }
  }
  return null;
}

/** Changes from old to new that can change an enrolled learner's decision, in a stable order. */
export function diffProgrammes(old: ProgrammeT, next: ProgrammeT): Change[] {
  const out: Change[] = [];
  if (old.id !== next.id) {
    out.push({ code: 'change_programme_id', path: '/id', params: { old: old.id, new: next.id } });
  }
  const oldMonths = old.maxDurationMonths ?? null;
  const newMonths = next.maxDurationMonths ?? null;
  if (!sameJson(oldMonths, newMonths)) {
    out.push({ code: 'change_max_duration', path: '/maxDurationMonths', params: { old: numberText(oldMonths), new: numberText(newMonths) } });
  }
  const oldBases = old.placementBases ?? [];
  const newBases = next.placementBases ?? [];
  if (!sameJson(oldBases, newBases)) {
    out.push({ code: 'change_placement_bases', path: '/placementBases', params: { old: listText(oldBases), new: listText(newBases) } });
  }
  for (let i = 0; i < old.units.length; i++) {
    const u = old.units[i] as UnitT;
    if (findUnit(next.units, u.id) === null) {
      out.push({ code: 'change_unit_removed', path: '/units/' + i, params: { unit: u.id } });
    }
  }
  for (let i = 0; i < next.units.length; i++) {
    const u = next.units[i] as UnitT;
    const path = '/units/' + i;
    const was = findUnit(old.units, u.id);
    const optional = u.optional ?? false;
    if (was === null) {
      out.push(optional
        ? { code: 'change_unit_added_optional', path: path, params: { unit: u.id, parent: orNone(u.parent) } }
        : { code: 'change_unit_added', path: path, params: { unit: u.id, parent: orNone(u.parent) } });
      continue;
    }
    if (was.parent !== u.parent) {
      out.push({ code: 'change_unit_moved', path: path + '/parent', params: { unit: u.id, old: orNone(was.parent), new: orNone(u.parent) } });
    }
    const wasOptional = was.optional ?? false;
    if (wasOptional && !optional) {
      out.push({ code: 'change_unit_now_required', path: path + '/optional', params: { unit: u.id } });
    } else if (!wasOptional && optional) {
      out.push({ code: 'change_unit_now_optional', path: path + '/optional', params: { unit: u.id } });
    }
    const wasHours = was.hours ?? null;
    const hours = u.hours ?? null;
    if (!sameJson(wasHours, hours)) {
      out.push({ code: 'change_unit_hours', path: path + '/hours', params: { unit: u.id, old: numberText(wasHours), new: numberText(hours) } });
    }
    const wasGating = was.gating ?? 'none';
    const gating = u.gating ?? 'none';
    if (wasGating !== gating) {
      out.push({ code: 'change_gating', path: path + '/gating', params: { unit: u.id, old: wasGating, new: gating } });
    }
    const wasPrereqs = was.prerequisites ?? [];
    const prereqs = u.prerequisites ?? [];
    if (!sameJson(wasPrereqs, prereqs)) {
      out.push({ code: 'change_prerequisites', path: path + '/prerequisites', params: { unit: u.id, old: listText(wasPrereqs), new: listText(prereqs) } });
    }
    if (!sameJson(was.requirements, u.requirements)) {
      out.push({ code: 'change_requirements', path: path + '/requirements', params: { unit: u.id } });
    }
  }
  const oldSlots = old.slots ?? [];
  const newSlots = next.slots ?? [];
  for (let i = 0; i < newSlots.length; i++) {
    const s = newSlots[i] as SlotT;
    const was = findSlot(oldSlots, s.id);
    if (was === null) {
      // An optional activity changes no decision.
      if (s.required) {
        out.push({ code: 'change_slot_added', path: '/slots/' + i, params: { slot: s.id, unit: s.unit } });
      }
    } else if (was.unit !== s.unit || was.required !== s.required || !sameJson(was.passPercent ?? null, s.passPercent ?? null)) {
      out.push({ code: 'change_slot_changed', path: '/slots/' + i, params: { slot: s.id, unit: s.unit } });
    }
  }
  for (let i = 0; i < oldSlots.length; i++) {
    const s = oldSlots[i] as SlotT;
    if (findSlot(newSlots, s.id) === null) {
      out.push({ code: 'change_slot_removed', path: '/slots/' + i, params: { slot: s.id, unit: s.unit } });
    }
  }
  const oldRules = old.attendance ?? [];
  const newRules = next.attendance ?? [];
  for (let i = 0; i < newRules.length; i++) {
    const r = newRules[i] as AttendanceRuleT;
    const was = findRule(oldRules, r.id);
    if (was === null) {
      out.push({ code: 'change_attendance_added', path: '/attendance/' + i, params: { rule: r.id } });
    } else if (!sameJson(was, r)) {
      out.push({ code: 'change_attendance_changed', path: '/attendance/' + i, params: { rule: r.id } });
    }
  }
  for (let i = 0; i < oldRules.length; i++) {
    const r = oldRules[i] as AttendanceRuleT;
    if (findRule(newRules, r.id) === null) {
      out.push({ code: 'change_attendance_removed', path: '/attendance/' + i, params: { rule: r.id } });
    }
  }
  if (!sameJson(old.certification, next.certification)) {
    out.push({ code: 'change_certification', path: '/certification', params: { programme: next.id } });
  }
  return out;
}

function findDecision(units: UnitDecision[], id: string): UnitDecision | null {
  for (const d of units) {
    if (d.id === id) {
      return d;
    }
  }
  return null;
}

/**
 * What changes for one learner between the decision under the old version and under the new one (same record,
 * same as-of date): verdict, deadline, and every unit whose state differs, appears or disappears.
 */
export function diffDecisions(before: Decision, after: Decision): Change[] {
  const out: Change[] = [];
  const learner = after.learner;
  if (before.verdict.code !== after.verdict.code) {
    out.push({ code: 'change_learner_verdict', path: '/certification', params: { learner: learner, old: before.verdict.code, new: after.verdict.code } });
  }
  if (before.deadline !== after.deadline) {
    out.push({
      code: 'change_learner_deadline', path: '/maxDurationMonths',
      params: { learner: learner, old: orNone(before.deadline), new: orNone(after.deadline) },
    });
  }
  for (const d of before.units) {
    if (findDecision(after.units, d.id) === null) {
      out.push({ code: 'change_learner_unit_removed', path: d.path, params: { learner: learner, unit: d.id, old: d.state } });
    }
  }
  for (const d of after.units) {
    const was = findDecision(before.units, d.id);
    if (was === null) {
      out.push({ code: 'change_learner_unit_added', path: d.path, params: { learner: learner, unit: d.id, new: d.state } });
    } else if (was.state !== d.state) {
      out.push({ code: 'change_learner_state', path: d.path, params: { learner: learner, unit: d.id, old: was.state, new: d.state } });
    }
  }
  return out;
}
