// What a new programme version changes: the rule changes (core/diff.ts, also generated to PHP) and, for learners
// already enrolled, what their decisions become (each record decided under both versions on the same date).
import { decide, prepare } from './core/decide';
import { diffDecisions, diffProgrammes, type Change } from './core/diff';
import { displayParams } from './core/format';
import { message, type Lang } from './messages';
import type { ProgrammeT } from './schema/programme';
import type { RecordT } from './schema/record';

export { diffProgrammes, diffDecisions };
export type { Change };

export interface LearnerDiff {
  /** Where the record came from (file name), for the report. */
  source: string;
  learner: string;
  changes: Change[];
}

/**
 * Decides every record under the old and the new version as of `asOf` and lists what changes per learner. The record
 * keeps its facts; only its programme version is moved to the new one (that is what publishing a version does).
 */
export function diffLearners(old: ProgrammeT, next: ProgrammeT, records: { source: string; record: RecordT }[], asOf: string): LearnerDiff[] {
  const oldIndex = prepare(old);
  const newIndex = prepare(next);
  return records.map(({ source, record }) => {
    const before = decide(old, record, asOf, oldIndex);
    const after = decide(next, { ...record, programme: { id: next.id, version: next.version } }, asOf, newIndex);
    return { source, learner: record.learner, changes: diffDecisions(before, after) };
  });
}

/** A change as text: ids shown as titles (from the new version, else the old one for removed units and slots). */
export function changeText(c: Change, lang: Lang, old: ProgrammeT, next: ProgrammeT): string {
  return message(lang, c.code, displayParams(old, displayParams(next, c.params, lang), lang));
}
