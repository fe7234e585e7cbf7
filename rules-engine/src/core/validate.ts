// Semantic checks the JSON Schema cannot express: dates that do not exist, duplicate ids, dangling references,
// impossible choices, weights. Every error is { code, path (JSON pointer), params }; all errors are listed.
// The shared small checks are in validate-common.ts, the checks of one record fact in record-facts.ts.
import type { ProgrammeT } from '../schema/programme';
import type { RecordT } from '../schema/record';
import type { ValidationError } from './reasons';
import { isValidDate } from './dates';
import { MAX_HOURS, MAX_LCM, MAX_POINTS, MINUTE, PERCENT, POINT, isExact, lcm, scaled } from './exact';
import { checkDate, checkNumber, checkRef, checkUnique, err } from './validate-common';
import { FACT_LISTS, checkFact, factsOf, type Fact, type Known } from './record-facts';

/** A unit that earns a badge: it exists and is a level (badge_not_level otherwise). */
function checkBadgeUnit(out: ValidationError[], p: ProgrammeT, unitIds: string[], id: string, path: string): void {
  const u = p.units.find((x) => x.id === id) ?? null;
  if (u === null) {
    checkRef(out, unitIds, id, path, 'unit');
  } else if (u.kind !== 'level') {
    out.push(err('badge_not_level', path, { id: id, kind: u.kind }));
  }
}

/**
 * A cycle of prerequisites through unit `start` that only passes through units after it in programme order (so each
 * cycle is found once, from its first unit): the units on it in prerequisite order, or [] when there is none.
 * Depth-first with an explicit stack (no recursion); each unit is entered at most once per start.
 */
function prerequisiteCycleFrom(p: ProgrammeT, unitIds: string[], start: number): number[] {
  const visited: boolean[] = p.units.map(() => false);
  const nodes: number[] = [start];
  const edges: number[] = [0];
  let depth = 1;
  while (depth > 0) {
    const node = nodes[depth - 1] as number;
    const k = edges[depth - 1] as number;
    const prereqs = (p.units[node] as ProgrammeT['units'][number]).prerequisites ?? [];
    if (k >= prereqs.length) {
      depth = depth - 1;
    } else {
      edges[depth - 1] = k + 1;
      const q = unitIds.indexOf(prereqs[k] as string);
      if (q === start) {
        return nodes.slice(0, depth);
      }
      if (q > start && !(visited[q] ?? false)) {
        visited[q] = true;
        nodes[depth] = q;
        edges[depth] = 0;
        depth = depth + 1;
      }
    }
  }
  return [];
}

export function validateProgramme(p: ProgrammeT): ValidationError[] {
  const out: ValidationError[] = [];
  checkDate(out, p.validFrom, '/validFrom');
  const validTo = p.validTo ?? null;
  checkDate(out, validTo, '/validTo');
  if (validTo !== null && isValidDate(validTo) && isValidDate(p.validFrom) && validTo < p.validFrom) {
    out.push(err('date_order', '/validTo', { from: p.validFrom, to: validTo }));
  }
  const unitIds = p.units.map((u) => u.id);
  checkUnique(out, unitIds, '/units');
  const slots = p.slots ?? [];
  checkUnique(out, slots.map((s) => s.id), '/slots');
  const sessions = p.workshopSessions ?? [];
  checkUnique(out, sessions.map((s) => s.id), '/workshopSessions');
  const rules = p.attendance ?? [];
  checkUnique(out, rules.map((r) => r.id), '/attendance');
  checkUnique(out, (p.notes ?? []).map((n) => n.id), '/notes');
  checkUnique(out, (p.levels ?? []).map((n) => n.id), '/levels');
  const refs = p.referentials ?? [];
  checkUnique(out, refs.map((r) => r.id), '/referentials');
  checkUnique(out, (p.crosswalks ?? []).map((r) => r.id), '/crosswalks');
  for (let i = 0; i < p.units.length; i++) {
    const u = p.units[i] as ProgrammeT['units'][number];
    const path = '/units/' + i;
    if (u.parent !== null) {
      checkRef(out, unitIds, u.parent, path + '/parent', 'unit');
      // Walk up the parents: a cycle never reaches a top-level unit.
      let cur: string | null = u.parent;
      let steps = 0;
      while (cur !== null && steps <= p.units.length) {
        const pu = p.units.find((x) => x.id === cur) ?? null;
        cur = pu === null ? null : pu.parent;
        steps = steps + 1;
      }
      if (steps > p.units.length) {
        out.push(err('parent_cycle', path + '/parent', { id: u.id }));
      }
    }
    checkNumber(out, u.hours ?? null, MINUTE, '1/60 h', MAX_HOURS, path + '/hours');
    const prereqs = u.prerequisites ?? [];
    for (let k = 0; k < prereqs.length; k++) {
      const q = prereqs[k] as string;
      checkRef(out, unitIds, q, path + '/prerequisites/' + k, 'unit');
    }
    // A unit that needs itself, directly or through other prerequisites, can never open.
    const cycle = unitIds.indexOf(u.id) === i ? prerequisiteCycleFrom(p, unitIds, i) : [];
    if (cycle.length > 0) {
      const nextId = unitIds[cycle.length > 1 ? cycle[1] as number : i] as string;
      const names = cycle.map((c) => unitIds[c] as string);
      out.push(err('prerequisite_cycle', path + '/prerequisites/' + prereqs.indexOf(nextId), { id: u.id, cycle: names.join(' → ') + ' → ' + u.id }));
    }
    checkUnique(out, u.requirements.map((r) => r.id), path + '/requirements');
    for (let k = 0; k < u.requirements.length; k++) {
      const r = u.requirements[k] as ProgrammeT['units'][number]['requirements'][number];
      const rp = path + '/requirements/' + k;
      if (r.kind === 'n-of') {
        for (let m = 0; m < r.units.length; m++) {
          checkRef(out, unitIds, r.units[m] as string, rp + '/units/' + m, 'unit');
        }
        if (r.n > r.units.length) {
          out.push(err('n_of_exceeds_options', rp + '/n', { n: r.n, options: r.units.length }));
        }
      } else if (r.kind === 'all-of') {
        const listed = r.units ?? [];
        for (let m = 0; m < listed.length; m++) {
          checkRef(out, unitIds, listed[m] as string, rp + '/units/' + m, 'unit');
        }
      } else if (r.kind === 'assessment') {
        checkNumber(out, r.scale, POINT, '0.00001', MAX_POINTS, rp + '/scale');
        checkNumber(out, r.passMark, POINT, '0.00001', MAX_POINTS, rp + '/passMark');
        // Weights in hundredths of a percent must add up to exactly 10000; maxima need a common multiple that keeps
        // the exact average's products under 2^53.
        let total = 0;
        let common = 1;
        let exact = true;
        for (let m = 0; m < r.components.length; m++) {
          const c = r.components[m] as (typeof r.components)[number];
          const cp = rp + '/components/' + m;
          checkNumber(out, c.weight, PERCENT, '0.01', 100, cp + '/weight');
          checkNumber(out, c.max, POINT, '0.00001', MAX_POINTS, cp + '/max');
          total = total + scaled(c.weight, PERCENT);
          if (c.max <= MAX_POINTS && isExact(c.max, POINT) && common <= MAX_LCM) {
            common = lcm(common, scaled(c.max, POINT));
          } else {
            exact = false;
          }
        }
        if (total !== 10000) {
          out.push(err('weights_not_100', rp + '/components', { total: total / 100 }));
        }
        if (exact && common > MAX_LCM) {
          out.push(err('maxima_too_disparate', rp + '/components', { lcm: common, max: MAX_LCM }));
        }
        checkUnique(out, r.components.map((c) => c.id), rp + '/components');
        if (r.passMark > r.scale) {
          out.push(err('pass_mark_above_scale', rp + '/passMark', { passMark: r.passMark, scale: r.scale }));
        }
      } else if (r.kind === 'attestation') {
        // Distinct signers of a passed attestation: the lead alone (1) up to the lead and four co-signers.
        const signers = r.signers ?? null;
        if (signers !== null && (!Number.isInteger(signers) || signers < 1 || signers > 5)) {
          out.push(err('signers_invalid', rp + '/signers', { signers: signers }));
        }
      } else if (r.kind === 'jury') {
        checkUnique(out, (r.criteria ?? []).map((c) => c.id), rp + '/criteria');
        const pm = r.passMark ?? null;
        const max = r.max ?? null;
        checkNumber(out, pm, POINT, '0.00001', MAX_POINTS, rp + '/passMark');
        checkNumber(out, max, POINT, '0.00001', MAX_POINTS, rp + '/max');
        if (pm !== null && max !== null && pm > max) {
          out.push(err('pass_mark_above_scale', rp + '/passMark', { passMark: pm, scale: max }));
        }
        // Member reviews to wait for only make sense when a president records the final decision.
        const reviews = r.memberReviews ?? null;
        if (reviews !== null && (r.finalDecision ?? 'any-member') !== 'president') {
          out.push(err('member_reviews_without_president', rp + '/memberReviews', { memberReviews: reviews }));
        }
      }
    }
  }
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i] as NonNullable<ProgrammeT['slots']>[number];
    checkRef(out, unitIds, slot.unit, '/slots/' + i + '/unit', 'unit');
    checkNumber(out, slot.passPercent ?? null, PERCENT, '0.01', 100, '/slots/' + i + '/passPercent');
  }
  for (let i = 0; i < sessions.length; i++) {
    const s = sessions[i] as NonNullable<ProgrammeT['workshopSessions']>[number];
    const from = s.from ?? null;
    const to = s.to ?? null;
    checkDate(out, from, '/workshopSessions/' + i + '/from');
    checkDate(out, to, '/workshopSessions/' + i + '/to');
    if (from !== null && to !== null && isValidDate(from) && isValidDate(to) && to < from) {
      out.push(err('date_order', '/workshopSessions/' + i + '/to', { from: from, to: to }));
    }
    const su = s.units ?? [];
    for (let m = 0; m < su.length; m++) {
      checkRef(out, unitIds, su[m] as string, '/workshopSessions/' + i + '/units/' + m, 'unit');
    }
  }
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i] as NonNullable<ProgrammeT['attendance']>[number];
    checkNumber(out, r.thresholdPercent, PERCENT, '0.01', 100, '/attendance/' + i + '/thresholdPercent');
    for (let m = 0; m < r.units.length; m++) {
      checkRef(out, unitIds, r.units[m] as string, '/attendance/' + i + '/units/' + m, 'unit');
    }
    const targets = r.targets ?? [];
    for (let m = 0; m < targets.length; m++) {
      checkRef(out, unitIds, targets[m] as string, '/attendance/' + i + '/targets/' + m, 'unit');
    }
  }
  const certUnits = p.certification.units ?? [];
  for (let m = 0; m < certUnits.length; m++) {
    checkRef(out, unitIds, certUnits[m] as string, '/certification/units/' + m, 'unit');
  }
  const badges = p.badges ?? null;
  if (badges !== null) {
    const itemIds: string[] = [];
    for (const ref of refs) {
      for (const item of ref.items) {
        itemIds.push(item.id);
      }
    }
    const badgeUnits = badges.units ?? [];
    for (let m = 0; m < badgeUnits.length; m++) {
      checkBadgeUnit(out, p, unitIds, badgeUnits[m] as string, '/badges/units/' + m);
    }
    const alignment = badges.alignment ?? [];
    for (let m = 0; m < alignment.length; m++) {
      const a = alignment[m] as NonNullable<NonNullable<ProgrammeT['badges']>['alignment']>[number];
      checkBadgeUnit(out, p, unitIds, a.unit, '/badges/alignment/' + m + '/unit');
      for (let k = 0; k < a.items.length; k++) {
        checkRef(out, itemIds, a.items[k] as string, '/badges/alignment/' + m + '/items/' + k, 'referential item');
      }
    }
  }
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i] as NonNullable<ProgrammeT['referentials']>[number];
    const itemIds = ref.items.map((x) => x.id);
    checkUnique(out, itemIds, '/referentials/' + i + '/items');
    for (let m = 0; m < ref.items.length; m++) {
      const parent = (ref.items[m] as NonNullable<ProgrammeT['referentials']>[number]['items'][number]).parent ?? null;
      if (parent !== null) {
        checkRef(out, itemIds, parent, '/referentials/' + i + '/items/' + m + '/parent', 'referential item');
      }
    }
  }
  return out;
}

/** A record against its programme: dates, duplicate fact ids, references to units, slots, sessions, components. */
export function validateRecord(p: ProgrammeT, r: RecordT): ValidationError[] {
  const out: ValidationError[] = [];
  if (r.programme.id !== p.id) {
    out.push(err('programme_mismatch', '/programme/id', { expected: p.id, actual: r.programme.id }));
  }
  if (r.programme.version !== p.version) {
    out.push(err('version_mismatch', '/programme/version', { expected: p.version, actual: r.programme.version }));
  }
  checkDate(out, r.enrolment.start, '/enrolment/start');
  const known: Known = {
    units: p.units.map((u) => u.id), slots: (p.slots ?? []).map((s) => s.id),
    sessions: (p.workshopSessions ?? []).map((s) => s.id), bases: p.placementBases ?? null,
  };
  // One walker over every fact list: duplicate ids in the list, then each fact's own checks.
  for (const list of FACT_LISTS) {
    const facts = factsOf(r, list);
    checkUnique(out, facts.map((x) => x.id), '/' + list);
    for (let i = 0; i < facts.length; i++) {
      checkFact(out, p, known, list, facts[i] as Fact, '/' + list + '/' + i);
    }
  }
  return out;
}
