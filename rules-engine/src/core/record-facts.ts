// The semantic checks of one learner-record fact against its programme: references to units, slots, sessions,
// criteria and assessment components, dates, and the numbers each kind of fact constrains.
import type { ProgrammeT } from '../schema/programme';
import type { RecordT } from '../schema/record';
import type { ValidationError } from './reasons';
import { isValidDate } from './dates';
import { MAX_HOURS, MAX_POINTS, MINUTE, POINT } from './exact';
import { checkDate, checkNumber, checkRef, err } from './validate-common';

type Placement = NonNullable<RecordT['placements']>[number];
type Exemption = NonNullable<RecordT['exemptions']>[number];
type Activity = NonNullable<RecordT['activities']>[number];
type Attendance = NonNullable<RecordT['attendance']>[number];
type Attestation = NonNullable<RecordT['attestations']>[number];
type JuryDecision = NonNullable<RecordT['juryDecisions']>[number];
type Exam = NonNullable<RecordT['exams']>[number];
export type Fact = Placement | Exemption | Activity | Attendance | Attestation | JuryDecision | Exam;

/** The record's fact lists, in the order they are checked (and their errors listed). */
export const FACT_LISTS = ['placements', 'exemptions', 'activities', 'attendance', 'attestations', 'juryDecisions', 'exams'];

/** The facts of one of the record's lists (FACT_LISTS). */
export function factsOf(r: RecordT, list: string): Fact[] {
  switch (list) {
    case 'placements':
      return r.placements ?? [];
    case 'exemptions':
      return r.exemptions ?? [];
    case 'activities':
      return r.activities ?? [];
    case 'attendance':
      return r.attendance ?? [];
    case 'attestations':
      return r.attestations ?? [];
    case 'juryDecisions':
      return r.juryDecisions ?? [];
    default:
      return r.exams ?? [];
  }
}

/** What a record's facts may refer to in its programme. */
export interface Known {
  units: string[];
  slots: string[];
  sessions: string[];
  bases: string[] | null;
}

/** Criteria of the jury requirements of a unit (what a jury decision on it may review). */
function juryCriteria(p: ProgrammeT, unit: string): string[] {
  const known: string[] = [];
  const u = p.units.find((y) => y.id === unit) ?? null;
  for (const req of u === null ? [] : u.requirements) {
    if (req.kind === 'jury') {
      for (const c of req.criteria ?? []) {
        known.push(c.id);
      }
    }
  }
  return known;
}

/** Checks of one fact at `path` (e.g. /activities/3): references, dates, and the values its kind constrains. */
export function checkFact(out: ValidationError[], p: ProgrammeT, known: Known, list: string, fact: Fact, path: string): void {
  switch (list) {
    case 'placements': {
      const x = fact as Placement;
      checkRef(out, known.units, x.unit, path + '/unit', 'unit');
      checkDate(out, x.at, path + '/at');
      const bases = known.bases;
      if (bases !== null && !bases.includes(x.basis)) {
        out.push(err('unknown_placement_basis', path + '/basis', { basis: x.basis, accepted: bases.join(', ') }));
      }
      break;
    }
    case 'exemptions': {
      const x = fact as Exemption;
      checkRef(out, known.units, x.unit, path + '/unit', 'unit');
      checkDate(out, x.at, path + '/at');
      break;
    }
    case 'activities': {
      const x = fact as Activity;
      checkRef(out, known.slots, x.slot, path + '/slot', 'slot');
      checkDate(out, x.at, path + '/at');
      const g = x.grade ?? null;
      const max = x.max ?? null;
      checkNumber(out, g, POINT, '0.00001', MAX_POINTS, path + '/grade');
      checkNumber(out, max, POINT, '0.00001', MAX_POINTS, path + '/max');
      if (g !== null && max !== null && g > max) {
        out.push(err('grade_above_max', path + '/grade', { grade: g, max: max }));
      }
      break;
    }
    case 'attendance': {
      const x = fact as Attendance;
      checkRef(out, known.units, x.unit, path + '/unit', 'unit');
      const h = x.hours ?? null;
      checkNumber(out, x.hoursAbsent, MINUTE, '1/60 h', MAX_HOURS, path + '/hoursAbsent');
      checkNumber(out, h, MINUTE, '1/60 h', MAX_HOURS, path + '/hours');
      if (h !== null && x.hoursAbsent > h) {
        out.push(err('absence_above_hours', path + '/hoursAbsent', { absent: x.hoursAbsent, hours: h }));
      }
      const j = x.hoursJustified ?? null;
      checkNumber(out, j, MINUTE, '1/60 h', MAX_HOURS, path + '/hoursJustified');
      if (j !== null && j > x.hoursAbsent) {
        out.push(err('justified_above_absence', path + '/hoursJustified', { justified: j, absent: x.hoursAbsent }));
      }
      break;
    }
    case 'attestations': {
      const x = fact as Attestation;
      checkRef(out, known.units, x.unit, path + '/unit', 'unit');
      checkRef(out, known.sessions, x.session, path + '/session', 'workshop session');
      checkDate(out, x.at, path + '/at');
      const cosignatures = x.cosignatures ?? [];
      for (let m = 0; m < cosignatures.length; m++) {
        const c = cosignatures[m] as NonNullable<Attestation['cosignatures']>[number];
        const cp = path + '/cosignatures/' + m + '/at';
        checkDate(out, c.at, cp);
        // A co-signature confirms an attestation given at a session: it cannot come before it.
        if (isValidDate(c.at) && c.at < x.at) {
          out.push(err('cosigned_before_attestation', cp, { at: c.at, attested: x.at }));
        }
      }
      break;
    }
    case 'juryDecisions': {
      const x = fact as JuryDecision;
      checkRef(out, known.units, x.unit, path + '/unit', 'unit');
      checkDate(out, x.at, path + '/at');
      checkNumber(out, x.grade ?? null, POINT, '0.00001', MAX_POINTS, path + '/grade');
      // Criteria the decision reviews must be criteria of a jury requirement of that unit.
      const reviewed = x.criteria ?? [];
      const criteria = reviewed.length > 0 ? juryCriteria(p, x.unit) : [];
      for (let m = 0; m < reviewed.length; m++) {
        checkRef(out, criteria, (reviewed[m] as NonNullable<JuryDecision['criteria']>[number]).criterion, path + '/criteria/' + m + '/criterion', 'jury criterion');
      }
      break;
    }
    default: {
      const x = fact as Exam;
      checkDate(out, x.at, path + '/at');
      checkNumber(out, x.grade, POINT, '0.00001', MAX_POINTS, path + '/grade');
      const u = p.units.find((y) => y.id === x.unit) ?? null;
      if (u === null) {
        checkRef(out, known.units, x.unit, path + '/unit', 'unit');
      } else {
        let max = -1;
        for (const req of u.requirements) {
          if (req.kind === 'assessment') {
            for (const c of req.components) {
              if (c.id === x.component) {
                max = c.max;
              }
            }
          }
        }
        if (max < 0) {
          out.push(err('dangling_reference', path + '/component', { id: x.component, kind: 'assessment component' }));
        } else if (x.grade > max) {
          out.push(err('grade_above_max', path + '/grade', { grade: x.grade, max: max }));
        }
      }
    }
  }
}
