// The indexes of a programme, built once (buildIndex) and shared by every decision on it: units and slots by id,
// parents, children and sibling positions, prerequisites, requirement members, required slots per unit, JSON
// pointers, attendance rules per unit and the constants of each assessment's exact average.
import type { AttendanceRuleT, ProgrammeT, RequirementT, SlotT, UnitT } from '../schema/programme';
import { MINUTE, PERCENT, POINT, gcd, lcm, scaled } from './exact';

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
export function assessmentConstants(req: Extract<RequirementT, { kind: 'assessment' }>): number[] {
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

/** at's index for id, or -1 when absent. One expression, so the PHP generator inlines it (it runs for every fact). */
export function indexOfId(at: Map<string, number>, id: string): number {
  return at.get(id) ?? -1;
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

export function buildIndex(programme: ProgrammeT): ProgrammeIndex {
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
