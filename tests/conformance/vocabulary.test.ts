// The vocabulary of a decision exported as values by rules-engine/src/core/reasons.ts (and generated into PHP):
// it must name exactly what the engine decides, on every conformance fixture.
import {
  ACTIONABLE_STATES, DATE_PARAMS, DONE_STATES, LIST_PARAMS, OPEN_STATES, REASON_CODES, STATE_PARAMS, UNIT_STATES, USABLE_STATES,
  VERDICT_CODES, type Decision, type ReasonCode,
} from '../../rules-engine/src/core/reasons';
import { listParam, titleOf } from '../../rules-engine/src/core/format';
import { loadFixtures } from './fixtures';

// Compile-time: REASON_CODES names every member of the Reason union and nothing else.
type Listed = (typeof REASON_CODES)[number];
const everyCodeListed: [Exclude<ReasonCode, Listed>] extends [never] ? true : false = true;
const nothingElseListed: [Exclude<Listed, ReasonCode>] extends [never] ? true : false = true;

const fixtures = loadFixtures();
const decisions = fixtures.map((f) => [f, f.expected as unknown as Decision] as const);

describe('decision vocabulary', () => {
  test('REASON_CODES is the Reason union, each once', () => {
    expect(everyCodeListed && nothingElseListed).toBe(true);
    expect(new Set(REASON_CODES).size).toBe(REASON_CODES.length);
  });
  test('the sub-lists are made of unit states', () => {
    for (const s of [...DONE_STATES, ...USABLE_STATES, ...ACTIONABLE_STATES, ...OPEN_STATES]) {
      expect(UNIT_STATES).toContain(s);
    }
  });
  test('every state, verdict, reason code and next step of the fixtures is in the vocabulary', () => {
    const seenStates = new Set<string>();
    const seenVerdicts = new Set<string>();
    for (const [f, d] of decisions) {
      seenVerdicts.add(d.verdict.code);
      expect(VERDICT_CODES).toContain(d.verdict.code);
      for (const u of d.units) {
        seenStates.add(u.state);
        expect(UNIT_STATES).toContain(u.state);
        for (const r of u.reasons) {
          expect(REASON_CODES).toContain(r.code);
        }
      }
      if (d.next !== null) {
        const unit = d.units.find((u) => u.id === d.next?.unit);
        expect([...ACTIONABLE_STATES, 'defaillant']).toContain(unit?.state);
      }
      expect(f.file).toBeTruthy();
    }
    // The fixtures exercise most of the vocabulary (a state or verdict nobody reaches would be suspicious).
    expect(seenStates.size).toBeGreaterThanOrEqual(6);
    expect(seenVerdicts.size).toBeGreaterThanOrEqual(4);
  });
  test('list, date and state params hold what their names say', () => {
    let lists = 0;
    for (const [f, d] of decisions) {
      const reasons = [...d.verdict.reasons, ...d.units.flatMap((u) => u.reasons)];
      for (const r of reasons) {
        const params = r.params as Record<string, string | number | string[]>;
        for (const name of LIST_PARAMS) {
          const value = params[name];
          if (value !== undefined) {
            lists++;
            // A list stays a list: an array of ids, never "a, b".
            expect(Array.isArray(value)).toBe(true);
            for (const id of listParam(value as string[])) {
              expect(typeof id).toBe('string');
              // Units or slots (an assessment's missing components are component ids).
              expect(r.code === 'assessment_pending' || titleOf(f.programme as never, id, 'fr') !== null).toBe(true);
            }
          }
        }
        for (const name of DATE_PARAMS) {
          if (params[name] !== undefined) {
            expect(String(params[name])).toMatch(/^(\d{4}-\d{2}-\d{2}|—)$/);
          }
        }
        for (const name of STATE_PARAMS) {
          if (params[name] !== undefined) {
            expect(UNIT_STATES).toContain(params[name]);
          }
        }
      }
    }
    expect(lists).toBeGreaterThan(0);
    expect(listParam('')).toEqual([]);
    expect(listParam('a, b')).toEqual(['a', 'b']);
  });
});
