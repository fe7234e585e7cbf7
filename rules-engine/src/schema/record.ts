// Learner record schema (facts only; decisions are computed by core/decide).
import { z } from 'zod';
import { Id, IsoDate } from './programme';

const Who = z.string().min(1).describe('Who recorded it (user id or name)');

export const Record = z.object({
  learner: z.string().min(1),
  programme: z.object({ id: Id, version: z.string().min(1) }),
  enrolment: z.object({ start: IsoDate }),
  placements: z.array(z.object({
    id: Id, unit: Id.describe('Level the learner is placed at; lower levels of the same domain become exempt'),
    basis: z.string().min(1).describe('e.g. PIX, Europass'), by: Who, at: IsoDate,
  })).optional(),
  exemptions: z.array(z.object({ id: Id, unit: Id, basis: z.string().min(1), by: Who, at: IsoDate })).optional(),
  activities: z.array(z.object({
    id: Id, slot: Id, completed: z.boolean(), passed: z.boolean().nullable().optional(),
    grade: z.number().min(0).nullable().optional(), max: z.number().positive().nullable().optional(),
    timeSeconds: z.number().int().min(0).nullable().optional(), at: IsoDate,
  })).optional(),
  attendance: z.array(z.object({ id: Id, unit: Id, hoursAbsent: z.number().min(0).describe('Hours absent, a whole number of minutes (e.g. 4.4 = 4 h 24)'),
    hoursJustified: z.number().min(0).nullable().optional()
      .describe('Of hoursAbsent, the hours whose absence was justified, a whole number of minutes; absent = 0. Whether they count is the attendance rule\'s justified'),
    hours: z.number().positive().nullable().optional()
      .describe('Hours of the unit, a whole number of minutes; absent = the programme unit hours'),
    attempt: z.number().int().min(1).nullable().optional()
      .describe('Attempt at the unit (2 = redone with the next cohort); absent = 1. Only the latest attempt counts') })).optional(),
  attestations: z.array(z.object({
    id: Id, unit: Id, session: Id, result: z.enum(['passed', 'failed', 'absent']), by: Who, at: IsoDate,
    cosignatures: z.array(z.object({ by: Who, at: IsoDate })).optional()
      .describe('Further leads who signed this attestation, each with the day they signed; the engine counts distinct signers (by and these)'),
  })).optional(),
  juryDecisions: z.array(z.object({
    id: Id, unit: Id, decision: z.enum(['accepted', 'rejected', 'deferred']),
    grade: z.number().min(0).nullable().optional(), by: Who, at: IsoDate,
    criteria: z.array(z.object({ criterion: Id, met: z.boolean(), comment: z.string().nullable().optional() })).optional()
      .describe('The jury\'s review against the requirement\'s criteria'),
  })).optional(),
  exams: z.array(z.object({
    id: Id, unit: Id, component: Id, session: z.enum(['main', 'resit']), grade: z.number().min(0), at: IsoDate,
    attempt: z.number().int().min(1).nullable().optional()
      .describe('Attempt at the unit (2 = redone with the next cohort); absent = 1. Only the latest attempt counts'),
  })).optional(),
});

export type RecordT = z.infer<typeof Record>;
