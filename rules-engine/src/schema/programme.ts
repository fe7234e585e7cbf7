// Programme definition schema (zod v4): the single source for the TS types and the emitted JSON Schema.
// Collections are arrays of items with an `id` (never objects used as maps), so PHP can read them as lists.
import { z } from 'zod';

/** Calendar date YYYY-MM-DD; shape only here — existence (2029-02-30) is a semantic check in core/dates. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('Date YYYY-MM-DD');
export const Id = z.string().min(1).max(120).regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/).describe('Identifier');

export const ExternalCode = z.object({
  system: z.string().min(1).describe('e.g. apogee, ametys, rncp'),
  code: z.string().min(1),
});

export const Note = z.object({
  id: Id,
  text: z.string().min(1).describe('The choice made where a seed is ambiguous'),
  source: z.string().min(1).describe('Seed file and line, e.g. 003_eb326ad81d104b02.txt:108'),
});

/** What must be true for a unit to be validated; every requirement of a unit must be met. */
export const Requirement = z.discriminatedUnion('kind', [
  // All children (units whose parent is this unit) validated or exempt.
  z.object({ kind: z.literal('all-of'), id: Id, units: z.array(Id).nullable().optional()
    .describe('Units concerned; null/absent = all children') }),
  // At least n of the listed units (e.g. one transversal module among two).
  z.object({ kind: z.literal('n-of'), id: Id, n: z.number().int().min(1), units: z.array(Id).min(1) }),
  // Every required activity slot mapped to this unit passed (Moodle completion / pass rules).
  z.object({ kind: z.literal('activities'), id: Id }),
  // A passed workshop attestation (atelier pratique) for this unit, recorded by a teacher; signed by `signers`
  // distinct leads where the programme asks for a co-signature.
  z.object({ kind: z.literal('attestation'), id: Id,
    signers: z.number().nullable().optional()
      .describe('Distinct leads who must sign a passed attestation before it counts: the lead who records it and co-signers; a whole number from 1 to 5 (validation: signers_invalid); absent/null = 1, no co-signature') }),
  // Weighted average of graded components, main session then resit (rattrapage) with the same weights.
  z.object({
    kind: z.literal('assessment'), id: Id,
    scale: z.number().positive().describe('Average expressed on this scale, e.g. 20'),
    passMark: z.number().min(0).describe('Average needed, e.g. 10 (on scale)'),
    resit: z.boolean().describe('A resit session exists'),
    rounding: z.object({
      mode: z.enum(['half-up', 'half-even', 'down', 'up']).describe('How the average is rounded'),
      decimals: z.number().int().min(0).max(5).describe('Rounded to this many decimals (2 = the hundredth)'),
    }).nullable().optional()
      .describe('The programme\'s own rounding of the average before it is compared with passMark; absent/null = no rounding, the exact average is compared'),
    components: z.array(z.object({
      id: Id, title: z.string().min(1), weight: z.number().min(0).max(100).describe('Percent; weights sum to 100'),
      max: z.number().positive().describe('Grade maximum, e.g. 20'),
      resit: z.boolean().describe('Re-sat at the resit session (else the main grade is kept)'),
    })).min(1),
  }),
  // A jury decision (portfolio, mémoire): accepted, optionally with a grade at least passMark.
  z.object({ kind: z.literal('jury'), id: Id, passMark: z.number().min(0).nullable().optional(),
    max: z.number().positive().nullable().optional(),
    maxSubmissions: z.number().int().min(1).nullable().optional()
      .describe('Submissions the jury decides on (accepted, rejected, or graded below passMark) before a rejection is final; absent/null = no limit: a rejected dossier may be submitted again until the deadline'),
    criteria: z.array(z.object({ id: Id, title: z.string().min(1), titleEn: z.string().min(1).nullable().optional() })).optional()
      .describe('What the jury reviews the portfolio / mémoire against; a jury decision may say which are met'),
    finalDecision: z.enum(['any-member', 'president']).nullable().optional()
      .describe('Several jury members may review a submission. any-member (absent/null): one member\'s decision suffices; president: each member\'s review is kept, only the president\'s decision is the jury\'s (the record holds only that one)'),
    memberReviews: z.number().int().min(1).nullable().optional()
      .describe('finalDecision president only: members\' reviews a submission needs before the president records the decision; absent/null = none') }),
]);

export const UnitKind = z.enum(['block', 'domain', 'level', 'module', 'unit', 'workshop', 'portfolio', 'memoire', 'exam', 'certification']);

export const Unit = z.object({
  id: Id,
  kind: UnitKind,
  title: z.string().min(1),
  titleEn: z.string().min(1).nullable().optional(),
  parent: Id.nullable().describe('Parent unit id; null for top-level units'),
  hours: z.number().min(0).nullable().optional(),
  hoursOnline: z.number().min(0).nullable().optional(),
  hoursInPerson: z.number().min(0).nullable().optional(),
  codes: z.array(ExternalCode).optional(),
  ects: z.number().min(0).nullable().optional(),
  /** sequential: children are ordered levels; child n+1 opens only when child n is validated or exempt. */
  gating: z.enum(['none', 'sequential']).optional(),
  prerequisites: z.array(Id).optional().describe('Units to validate before this one opens'),
  requirements: z.array(Requirement).describe('All must be met; empty = validated when open (use for pure containers with all-of)'),
  optional: z.boolean().optional().describe('Not required for certification on its own (e.g. a choice option)'),
  enseignements: z.array(z.object({ id: Id, title: z.string().min(1), hours: z.number().min(0).nullable().optional(),
    mode: z.enum(['online', 'in-person', 'hybrid']).nullable().optional() })).optional(),
});

export const Slot = z.object({
  id: Id,
  unit: Id.describe('Unit (usually a level) the activity counts for'),
  title: z.string().min(1),
  titleEn: z.string().min(1).nullable().optional(),
  activityType: z.enum(['quiz', 'h5p', 'scorm', 'lesson', 'assign', 'page', 'url', 'forum', 'workshop', 'other']),
  required: z.boolean(),
  passPercent: z.number().min(0).max(100).nullable().optional().describe('Grade percent to pass when the record has no explicit pass'),
  microCompetences: z.array(Id).optional().describe('Référentiel item ids'),
});

export const WorkshopSession = z.object({
  id: Id, title: z.string().min(1), from: IsoDate.nullable().optional(), to: IsoDate.nullable().optional(),
  units: z.array(Id).optional().describe('Units whose attestation can be given in this session; absent = all'),
});

export const AttendanceRule = z.object({
  id: Id,
  scope: z.enum(['each-unit', 'total']).describe('each-unit: per listed unit; total: summed over listed units'),
  units: z.array(Id).min(1).describe('Units whose hours are counted'),
  thresholdPercent: z.number().min(0).max(100),
  strict: z.boolean().describe('true: absence > threshold triggers; false: >='),
  effect: z.enum(['bar-main-session', 'defaillant']),
  targets: z.array(Id).nullable().optional().describe('Units whose main session is barred; null = the counted unit itself (each-unit) or all listed units (total)'),
  redo: z.enum(['unit', 'programme']).nullable().optional()
    .describe('effect defaillant: what the learner redoes with the next cohort — the unit (the programme goes on; a later attempt of the unit can validate it) or the whole programme (the verdict is défaillant); absent/null = programme'),
  justified: z.enum(['counted', 'not-counted']).nullable().optional()
    .describe('Justified absences (the record\'s hoursJustified): counted against the threshold like any absence, or not counted; absent/null = counted'),
});

export const ReferentialItem = z.object({
  id: Id,
  kind: z.enum(['domain', 'competence', 'macro-competence', 'micro-competence', 'capacity', 'situation', 'block', 'other']),
  title: z.string().min(1),
  titleEn: z.string().min(1).nullable().optional(),
  parent: Id.nullable().optional(),
  level: Id.nullable().optional().describe('Level id (e.g. debutant) for micro-competences and situations'),
  hours: z.number().min(0).nullable().optional(),
  codes: z.array(ExternalCode).optional(),
});

export const Referential = z.object({
  id: Id, title: z.string().min(1), version: z.string().min(1), items: z.array(ReferentialItem),
  url: z.string().regex(/^https?:[/][/][^ ]+$/).nullable().optional()
    .describe('Official description of the référentiel (the alignment target URL of badges)'),
});

export const Crosswalk = z.object({
  id: Id, title: z.string().min(1),
  from: z.string().min(1).describe('Referential id, or "units" for programme units/enseignements'),
  to: z.string().min(1).describe('Referential id, or an external framework such as rncp36050'),
  links: z.array(z.object({ from: z.string().min(1), to: z.string().min(1) })),
});

/** Moodle core badges: one per level validated (a domain × level), created from the programme by local_sens. */
export const Badges = z.object({
  units: z.array(Id).nullable().optional()
    .describe('Units of kind level that earn a badge when validated; absent/null = every level whose parent is a domain'),
  alignment: z.array(z.object({
    unit: Id.describe('A level that earns a badge'),
    items: z.array(Id).min(1).describe('Référentiel item ids the badge is aligned to'),
  })).optional()
    .describe('Référentiel items of a level\'s badge besides the derived ones (crosswalk targets of the level and its domain, micro-competences of its slots)'),
});

export const Programme = z.object({
  id: Id,
  version: z.string().min(1),
  title: z.string().min(1),
  titleEn: z.string().min(1).nullable().optional(),
  validFrom: IsoDate,
  validTo: IsoDate.nullable().optional(),
  maxDurationMonths: z.number().int().positive().nullable().optional().describe('Deadline = enrolment start + months'),
  validToCapsDeadline: z.boolean().optional()
    .describe('true: a learner\'s deadline is never after validTo (the earlier of the two); absent/false: validTo is the edition only'),
  codes: z.array(ExternalCode).optional().describe('Codes of the diploma itself, e.g. Ametys/Apogée, RNCP'),
  ects: z.number().min(0).nullable().optional(),
  hours: z.number().min(0).nullable().optional().describe('Total hours of the programme'),
  levels: z.array(z.object({ id: Id, title: z.string().min(1), titleEn: z.string().min(1).nullable().optional(),
    rank: z.number().int().min(0) })).optional(),
  units: z.array(Unit).min(1),
  slots: z.array(Slot).optional(),
  workshopSessions: z.array(WorkshopSession).optional(),
  attendance: z.array(AttendanceRule).optional(),
  placementBases: z.array(z.string().min(1)).optional().describe('Accepted placement bases, e.g. PIX, Europass'),
  certification: z.object({
    units: z.array(Id).nullable().optional().describe('Units to validate; null = all top-level non-optional units'),
    participationAttestation: z.boolean().describe('An attestation de participation is given otherwise'),
  }),
  referentials: z.array(Referential).optional(),
  crosswalks: z.array(Crosswalk).optional(),
  badges: Badges.nullable().optional()
    .describe('Moodle core badges, one per level validated; absent/null = no badges'),
  notes: z.array(Note).optional(),
});

export type ProgrammeT = z.infer<typeof Programme>;
export type UnitT = z.infer<typeof Unit>;
export type RequirementT = z.infer<typeof Requirement>;
export type SlotT = z.infer<typeof Slot>;
export type AttendanceRuleT = z.infer<typeof AttendanceRule>;
