// Level gating and exemptions of one unit: why it is locked (its parent locked, the previous level of a sequential
// parent not done, a prerequisite not done), and whether an exemption or a placement at a later level exempts it.
import type { UnitT } from '../schema/programme';
import type { Reason, UnitDecision } from './reasons';
import { isDone, unitIndex, unitPath, type Ctx, type Exemption, type Placement } from './decision-context';

/** Not yet known in this pass of the fixpoint (a dependency is still undecided). */
export interface Lock {
  ready: boolean;
  reason: Reason | null;
}

export const NOT_READY: Lock = { ready: false, reason: null };
export const NO_LOCK: Lock = { ready: true, reason: null };

/** Why unit i is locked (parent locked, previous level not validated, a prerequisite missing), once its inputs are known. */
export function tryLock(ctx: Ctx, i: number, locks: Lock[], states: (UnitDecision | null)[]): Lock {
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
export function exemptionOf(ctx: Ctx, i: number): Reason | null {
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
